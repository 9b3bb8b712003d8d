"""Files -> outcomes, in parallel, in a deterministic order.

Workers read and migrate; the main process prints and writes, one file at a time, so a
Ctrl-C stops between files and every file is either as it was or completely rewritten.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .engine import migrate_source
from .findings import Finding
from .linked import LinkedFile, mentions, migrate_linked, module_name
from .notebooks import NotebookError, NotPythonNotebook, migrate_notebook
from .plan import Options
from .report import Totals, display_path
from .sources import (
    DEFAULT_MAX_BYTES,
    ChangedOnDisk,
    SourceError,
    SourceFile,
    TooLarge,
    read_source,
    write_source,
)


@dataclass(frozen=True)
class RunConfig:
    """What the command line asked for, beyond the engine's own options."""

    options: Options = field(default_factory=Options)
    max_bytes: int = DEFAULT_MAX_BYTES
    jobs: int = 1


@dataclass
class Outcome:
    display: str
    old_text: str = ""
    new_text: str | None = None
    findings: list[Finding] = field(default_factory=list)
    failed: bool = False
    models_migrated: int = 0
    models_refused: int = 0
    source: SourceFile | None = None
    written: bool = False
    exports: list[str] = field(default_factory=list)
    path: Path | None = None
    cell_diffs: list[tuple[int, str, str]] = field(default_factory=list)  # notebooks only

    @property
    def changed(self) -> bool:
        return not self.failed and self.new_text is not None and self.new_text != self.old_text


def process_file(path: Path, config: RunConfig) -> Outcome:
    """Read and migrate one file; never raises for bad input."""
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
    if path.suffix == ".ipynb":
        return _process_notebook(path, display, source, config)
    result = migrate_source(source.text, display, config.options)
    outcome = Outcome(display, source=source, path=path)
    _take(outcome, result)
    return outcome


def _process_notebook(path: Path, display: str, source: SourceFile, config: RunConfig) -> Outcome:
    """A notebook's code cells are one module; only the changed cells' sources change."""
    outcome = Outcome(display, source.text, source.text, source=source)
    try:
        result = migrate_notebook(source.text, display, config.options)
    except NotPythonNotebook:
        return outcome
    except NotebookError as error:
        outcome.findings = [Finding("MKD903", f"cannot read notebook: {error}")]
        outcome.failed = True
        return outcome
    outcome.new_text, outcome.findings, outcome.failed = (
        result.new_text,
        result.findings,
        result.failed,
    )
    outcome.models_migrated, outcome.models_refused = result.models_migrated, result.models_refused
    outcome.cell_diffs = result.cell_diffs
    return outcome


def _take(outcome: Outcome, result) -> None:
    outcome.old_text, outcome.new_text = result.source, result.new_source
    outcome.findings, outcome.failed = result.findings, result.failed
    outcome.models_migrated, outcome.models_refused = result.models_migrated, result.models_refused
    outcome.exports = result.exports


def link_across_files(outcomes: list[Outcome], root: Path, config: RunConfig) -> None:
    """Redo, together, the files that share a model through imports (see linked.py).

    A group holds a file that hands a model to other modules and every file of the run
    that names what it exports; notebooks and unreadable files among them can only block.
    """
    exporters = [
        o
        for o in outcomes
        if o.exports and not o.failed and o.path is not None and o.path.suffix == ".py"
    ]
    if not exporters:
        return
    group_of: dict[int, set[int]] = {}
    for exporter in exporters:
        members = {id(exporter)} | {
            id(other)
            for other in outcomes
            if other is not exporter and any(mentions(other.old_text, s) for s in exporter.exports)
        }
        for member in list(members):
            members |= group_of.get(member, set())
        for member in members:
            group_of[member] = members
    by_id = {id(o): o for o in outcomes}
    done: set[int] = set()
    for members in group_of.values():
        if id(members) in done or len(members) < 2:
            continue
        done.add(id(members))
        group = [by_id[m] for m in sorted(members, key=lambda m: outcomes.index(by_id[m]))]
        files = [
            LinkedFile(
                o.display,
                o.old_text,
                _module_name(o, root),
                python=o.path is not None and o.path.suffix == ".py" and not o.failed,
            )
            for o in group
        ]
        results = migrate_linked(files, config.options)
        for outcome in group:
            if outcome.display in results:
                _take(outcome, results[outcome.display])


def _module_name(outcome: Outcome, root: Path) -> str:
    path = outcome.path if outcome.path is not None else Path(outcome.display)
    try:
        relative = path.resolve().relative_to(root.resolve())
    except ValueError:
        relative = Path(path.name)
    return module_name(relative.parts)


def write_outcome(outcome: Outcome) -> None:
    """Write a changed file atomically; a failure becomes a finding on the outcome."""
    if not outcome.changed or outcome.source is None or outcome.new_text is None:
        return
    try:
        write_source(outcome.source, outcome.new_text)
    except ChangedOnDisk as error:
        outcome.findings.append(Finding("MKD905", str(error)))
        outcome.failed = True
    except OSError as error:
        outcome.findings.append(Finding("MKD903", f"not written: {error.strerror or error}"))
        outcome.failed = True
    else:
        outcome.written = True


def run_files(paths: Iterable[Path], config: RunConfig) -> Iterator[Outcome]:
    """Outcomes in the order of ``paths``, whatever the scheduling."""
    paths = list(paths)
    if config.jobs <= 1 or len(paths) < 2:
        for path in paths:
            yield process_file(path, config)
        return
    chunk = max(1, min(64, len(paths) // (config.jobs * 8)))
    pool = ProcessPoolExecutor(max_workers=config.jobs, initializer=_ignore_interrupts)
    try:
        yield from pool.map(process_file, paths, [config] * len(paths), chunksize=chunk)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _ignore_interrupts() -> None:
    # Ctrl-C is the main process's to handle: it stops between files.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def count(totals: Totals, outcome: Outcome) -> None:
    totals.scanned += 1
    if outcome.failed:
        totals.failed += 1
    elif outcome.changed:
        totals.changed += 1
    else:
        totals.unchanged += 1
    totals.migrated_models += outcome.models_migrated
    totals.refused_models += outcome.models_refused


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
