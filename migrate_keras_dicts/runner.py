"""Files -> outcomes: read, migrate, optionally write, and count."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .discover import discover
from .engine import migrate_source
from .findings import Finding
from .plan import Options
from .report import Totals, display_path
from .sources import (
    DEFAULT_MAX_BYTES,
    ChangedOnDisk,
    SourceError,
    TooLarge,
    read_source,
    write_source,
)


@dataclass(frozen=True)
class RunConfig:
    """What the command line asked for, beyond the engine's own options."""

    write: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    follow_symlinks: bool = False


@dataclass
class Outcome:
    display: str
    old_text: str = ""
    new_text: str | None = None
    findings: list[Finding] = field(default_factory=list)
    failed: bool = False
    models_migrated: int = 0
    models_refused: int = 0
    written: bool = False


def run_files(
    paths: list[Path], options: Options, config: RunConfig, outcomes: list[Outcome]
) -> Totals:
    """Process every file, appending to ``outcomes`` as it goes (so that an interrupted
    run still reports what it wrote)."""
    totals = Totals()
    for path in discover(paths, follow_symlinks=config.follow_symlinks):
        outcome = process_file(path, options, config)
        outcomes.append(outcome)
        totals.scanned += 1
        if outcome.failed:
            totals.failed += 1
        elif outcome.new_text is not None and outcome.new_text != outcome.old_text:
            totals.changed += 1
        else:
            totals.unchanged += 1
        totals.migrated_models += outcome.models_migrated
        totals.refused_models += outcome.models_refused
    return totals


def process_file(path: Path, options: Options, config: RunConfig) -> Outcome:
    display = display_path(path)
    if not path.exists() and not path.is_symlink():
        return Outcome(
            display, findings=[Finding("MKD903", "no such file or directory")], failed=True
        )
    try:
        source = read_source(path, config.max_bytes)
    except TooLarge as error:
        return Outcome(display, findings=[Finding("MKD904", f"not read: {error}")], failed=True)
    except SourceError as error:
        return Outcome(display, findings=[Finding("MKD903", f"cannot read: {error}")], failed=True)
    result = migrate_source(source.text, display, options)
    outcome = Outcome(
        display,
        source.text,
        result.new_source,
        result.findings,
        result.failed,
        result.models_migrated,
        result.models_refused,
    )
    if config.write and result.changed:
        try:
            write_source(source, result.new_source)
        except ChangedOnDisk as error:
            outcome.findings.append(Finding("MKD905", str(error)))
            outcome.failed = True
        except OSError as error:
            outcome.findings.append(Finding("MKD903", f"not written: {error.strerror or error}"))
            outcome.failed = True
        else:
            outcome.written = True
    return outcome
