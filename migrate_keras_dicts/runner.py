"""Files -> outcomes: read, migrate, optionally write, and count."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .discover import discover
from .engine import migrate_source
from .findings import Finding
from .plan import Options
from .report import Totals, display_path
from .sources import ChangedOnDisk, SourceError, read_source, write_source


@dataclass
class Outcome:
    display: str
    old_text: str = ""
    new_text: str | None = None
    findings: list[Finding] = field(default_factory=list)
    failed: bool = False
    models_migrated: int = 0
    models_refused: int = 0


def run_files(paths: list[Path], options: Options, *, write: bool) -> tuple[Totals, list[Outcome]]:
    totals = Totals()
    outcomes = []
    for path in discover(paths):
        outcome = process_file(path, options, write=write)
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
    return totals, outcomes


def process_file(path: Path, options: Options, *, write: bool) -> Outcome:
    display = display_path(path)
    if not path.exists():
        return Outcome(
            display, findings=[Finding("MKD903", "no such file or directory")], failed=True
        )
    try:
        source = read_source(path)
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
    if write and result.changed:
        try:
            write_source(source, result.new_source)
        except (ChangedOnDisk, OSError) as error:
            outcome.findings.append(Finding("MKD903", f"not written: {error}"))
            outcome.failed = True
    return outcome
