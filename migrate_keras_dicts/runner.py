"""Files -> outcomes, in parallel, in a deterministic order.

Workers read and migrate; the main process prints and writes, one file at a time, so a
Ctrl-C stops between files and every file is either as it was or completely rewritten.
"""

from __future__ import annotations

import os
import re
import signal
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .findings import Finding
from .options import Options
from .project import imported_names, weight_receivers
from .report import Totals, display_path
from .sources import (
    DEFAULT_MAX_BYTES,
    RUNS_CODE_TEXT,
    ChangedOnDisk,
    SourceError,
    SourceFile,
    TooLarge,
    read_source,
    write_source,
)
from .style import line_length

# The engine (and LibCST with it) is imported when a file may hold a model: a run over
# files without Keras, or a command that only prints, starts in a fraction of the time.
if TYPE_CHECKING:
    from .engine import MigrationResult, ModelRecord
    from .linked import LinkedFile


@dataclass(frozen=True)
class RunConfig:
    """What the command line asked for, beyond the engine's own options."""

    options: Options = field(default_factory=Options)
    max_bytes: int = DEFAULT_MAX_BYTES
    jobs: int = 1
    # False: an outcome that changes nothing and exports nothing comes back without its
    # text, so memory grows with the results, not with the files read. The cross-file
    # pass reads such a file again only when it names something another file exports.
    keep_texts: bool = True


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
    text_dropped: bool = False  # unchanged, and its text was not kept (RunConfig.keep_texts)
    weight_sites: list[int] = field(default_factory=list)  # see project.weight_sites
    weight_receivers: list[tuple[int, str]] = field(default_factory=list)  # and what they load
    imported: set[str] = field(default_factory=set)  # see project.imported_names, for MKD125
    runs_code: bool = False  # exec/runpy/%run in its text: see linked.snippet_exports
    models: list[ModelRecord] = field(default_factory=list)  # see engine.ModelRecord

    @property
    def changed(self) -> bool:
        return not self.failed and self.new_text is not None and self.new_text != self.old_text


def process_file(path: Path, config: RunConfig) -> Outcome:
    """Read and migrate one file; never raises for bad input."""
    outcome = _process_file(path, config)
    outcome.runs_code = bool(RUNS_CODE_TEXT.search(outcome.old_text))
    outcome.weight_receivers = weight_receivers(outcome.old_text)
    outcome.weight_sites = sorted({line for line, _ in outcome.weight_receivers})
    if outcome.weight_sites:
        outcome.imported = imported_names(outcome.old_text)
    if outcome.weight_sites and path.suffix == ".ipynb":
        outcome.weight_sites = [0]  # a line of the notebook's JSON would mislead
        outcome.weight_receivers = [(0, "")]
    if not config.keep_texts:
        _drop_text(outcome)
    return outcome


def _drop_text(outcome: Outcome) -> None:
    if outcome.source is None or outcome.changed or outcome.exports or not outcome.old_text:
        return
    outcome.old_text, outcome.new_text, outcome.text_dropped = "", None, True
    outcome.source = replace(outcome.source, text="")


def _process_file(path: Path, config: RunConfig) -> Outcome:
    display = display_path(path)
    if not path.exists() and not path.is_symlink():
        return Outcome(
            display, findings=[Finding("MKD903", "no such file or directory")], failed=True
        )
    notebook = path.suffix == ".ipynb"
    try:
        source = (
            _read_notebook(path, config.max_bytes)
            if notebook
            else read_source(path, config.max_bytes)
        )
    except TooLarge as error:
        return Outcome(display, findings=[Finding("MKD904", f"not read: {error}")], failed=True)
    except SourceError as error:
        return Outcome(display, findings=[Finding("MKD903", f"cannot read: {error}")], failed=True)
    if notebook:
        return _process_notebook(path, display, source, config)
    outcome = Outcome(display, source.text, source.text, source=source, path=path)
    if "keras" not in source.text:
        # what migrate_source returns for such a text (its first test, may_hold_models,
        # needs "keras"), without loading the engine
        return outcome
    from .engine import migrate_source

    result = migrate_source(source.text, display, _with_line_length(config.options, path))
    _take(outcome, result)
    return outcome


def _read_notebook(path: Path, max_bytes: int) -> SourceFile:
    from .notebooks import read_within_limit

    return read_within_limit(path, max_bytes)


def _with_line_length(options: Options, path: Path) -> Options:
    """The options, with the line length of the file's project unless one is set."""
    if options.line_length is not None:
        return options
    return replace(options, line_length=line_length(path))


def _process_notebook(path: Path, display: str, source: SourceFile, config: RunConfig) -> Outcome:
    """A notebook's code cells are one module; only the changed cells' sources change."""
    from .notebooks import NotebookError, NotPythonNotebook, migrate_notebook

    outcome = Outcome(display, source.text, source.text, source=source)
    try:
        result = migrate_notebook(source.text, display, _with_line_length(config.options, path))
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
    outcome.models = result.models
    return outcome


def _take(outcome: Outcome, result) -> None:
    outcome.old_text, outcome.new_text = result.source, result.new_source
    outcome.findings, outcome.failed = result.findings, result.failed
    outcome.models_migrated, outcome.models_refused = result.models_migrated, result.models_refused
    outcome.exports = result.exports
    outcome.models = [replace(m, path=outcome.display) for m in result.models]


def link_across_files(outcomes: list[Outcome], root: Path, config: RunConfig) -> None:
    """Redo, together, the files that share a model through imports (see linked.py).

    A group holds a file that hands a model to other modules and every file of the run
    that names what it exports; notebooks and unreadable files among them can only block.

    One pattern of every exported name finds the few files that may name one, so the
    cost grows with the files, not with files times exporters; a file whose text was
    not kept is read again only then. Groups are independent: with several jobs they
    are migrated in parallel.
    """
    exporters = [
        o
        for o in outcomes
        if o.exports and not o.failed and o.path is not None and o.path.suffix == ".py"
    ]
    if not exporters:
        return
    from .linked import LinkedFile, mentions, snippet_exports

    exported = sorted({export for o in exporters for export in o.exports})
    symbols = sorted({export.partition(":")[2] for export in exported}, key=len, reverse=True)
    any_symbol = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in symbols) + r")\b")
    modules = {id(o): _module_name(o, root) for o in exporters}
    naming: dict[int, set[int]] = {id(o): set() for o in exporters}  # exporter -> users
    texts: dict[int, str] = {}  # of the files that may name an export
    snippets = snippet_exports(
        (export for o in exporters for export in set(o.exports)),
        any(o.runs_code for o in outcomes),
    )

    def links(text: str, export: str, module: str | None = None) -> bool:
        return mentions(text, export, module, snippets=snippets is None or export in snippets)

    for outcome in outcomes:
        text = _text_for_linking(outcome)
        present = set(any_symbol.findall(text))
        if not present:
            continue
        texts[id(outcome)] = text
        # first without the exporter's module: a file that can use no such export is done
        possible = {e for e in exported if e.partition(":")[2] in present and links(text, e)}
        if not possible:
            continue
        for exporter in exporters:
            if exporter is outcome or id(outcome) in naming[id(exporter)]:
                continue
            if possible.isdisjoint(exporter.exports):
                continue
            if any(
                export.partition(":")[2] in present and links(text, export, modules[id(exporter)])
                for export in exporter.exports
            ):
                naming[id(exporter)].add(id(outcome))
    group_of: dict[int, set[int]] = {}
    for exporter in exporters:
        members = {id(exporter)} | naming[id(exporter)]
        for member in list(members):
            members |= group_of.get(member, set())
        for member in members:
            group_of[member] = members
    by_id = {id(o): o for o in outcomes}
    position = {id(o): i for i, o in enumerate(outcomes)}
    done: set[int] = set()
    groups: list[list[Outcome]] = []
    for members in group_of.values():
        if id(members) in done or len(members) < 2:
            continue
        done.add(id(members))
        groups.append([by_id[m] for m in sorted(members, key=position.__getitem__)])
    jobs = [
        (
            [
                LinkedFile(
                    o.display,
                    texts.get(id(o), o.old_text),  # an exporter's text is always kept
                    _module_name(o, root),
                    python=o.path is not None and o.path.suffix == ".py" and not o.failed,
                    line_length=line_length(o.path) if o.path is not None else None,
                )
                for o in group
            ],
            snippets,
        )
        for group in groups
    ]
    # In workers even for one group: the main process then never holds a parsed module.
    linked = _map(_migrate_group, jobs, config, pool_from=1)
    for group, results in zip(groups, linked, strict=True):
        for outcome in group:
            if outcome.display in results:
                _take(outcome, results[outcome.display])
                outcome.text_dropped = False
                if outcome.source is not None and not outcome.source.text:
                    outcome.source = replace(outcome.source, text=outcome.old_text)


def _migrate_group(
    job: tuple[list[LinkedFile], frozenset[str] | None], config: RunConfig
) -> dict[str, MigrationResult]:
    from .linked import migrate_linked

    files, snippets = job
    return migrate_linked(files, config.options, snippets=snippets)


def _text_for_linking(outcome: Outcome) -> str:
    """The text the file had when it was processed, read again if it was not kept.

    A file that changed on disk since cannot be linked as it was: it fails (MKD905), and
    its new text can then only block a group, as the text of a failed file does.
    """
    if not outcome.text_dropped or outcome.source is None:
        return outcome.old_text
    try:
        again = read_source(outcome.source.path, sys.maxsize)
    except SourceError as error:
        again, problem = None, str(error)
    else:
        if again.digest == outcome.source.digest:
            return again.text
        problem = "its content changed"
    outcome.findings.append(
        Finding("MKD905", f"changed on disk while it was processed ({problem}); not linked")
    )
    outcome.failed, outcome.text_dropped = True, False
    outcome.old_text = outcome.new_text = again.text if again is not None else ""
    return outcome.old_text


def _module_name(outcome: Outcome, root: Path) -> str:
    path = outcome.path if outcome.path is not None else Path(outcome.display)
    try:
        relative = path.resolve().relative_to(root.resolve())
    except ValueError:
        relative = Path(path.name)
    from .linked import module_name

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
    yield from _map(process_file, list(paths), config)


def _map(function, items: list, config: RunConfig, *, pool_from: int = 2) -> Iterator:
    """``function(item, config)`` for each item, in order, over ``config.jobs`` processes
    (when there are ``pool_from`` items or more).

    Items go out in small chunks: one file costs from microseconds (no Keras: one text
    search) to a second (a large model file analysed twice), so big chunks would leave a
    worker idle at the end while the other finishes its last chunk.
    """
    if config.jobs <= 1 or len(items) < pool_from:
        for item in items:
            yield function(item, config)
        return
    chunk = max(1, min(16, len(items) // (config.jobs * 32)))
    pool = ProcessPoolExecutor(max_workers=config.jobs, initializer=_ignore_interrupts)
    try:
        yield from pool.map(function, items, [config] * len(items), chunksize=chunk)
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
