"""Files -> outcomes, in parallel, in a deterministic order.

Workers read and migrate; the main process prints and writes, one file at a time, so a
Ctrl-C stops between files and every file is either as it was or completely rewritten.
"""

from __future__ import annotations

import ast
import gc
import os
import re
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .findings import Finding
from .formats import format_for
from .options import Options
from .pipeline import migrate_text
from .project import TakenNames, imported_names, weight_receivers
from .report import Totals, display_path
from .result import FileResult, RunFacts
from .sources import (
    DEFAULT_MAX_BYTES,
    ChangedOnDisk,
    SourceError,
    SourceFile,
    TooLarge,
    read_source,
    runs_code_text,
    write_source,
)
from .style import line_length

# The engine (and LibCST with it) is imported when a file may hold a model: a run over
# files without Keras, or a command that only prints, starts in a fraction of the time.
if TYPE_CHECKING:
    from .linked import LinkedFile, Names


_Item = TypeVar("_Item")
_Answer = TypeVar("_Answer")


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


def process_file(path: Path, config: RunConfig) -> FileResult:
    """Read and migrate one file; never raises for bad input."""
    trees: list[ast.Module] = []
    result = _process_file(path, config, trees)
    text = result.old_text
    receivers = weight_receivers(text)
    sites = sorted({line for line, _ in receivers})
    imported = imported_names(text) if sites else set()
    if sites and path.suffix == ".ipynb":
        sites, receivers = [0], [(0, "")]  # a line of the notebook's JSON would mislead
    facts = RunFacts(
        tuple(sites),
        tuple(receivers),
        " ".join(sorted(imported)),
        runs_code_text(text),
        link_names=_link_names(path, text, trees),
    )
    result = replace(result, facts=facts)
    return result if config.keep_texts else _drop_text(result)


def _link_names(path: Path, text: str, trees: list[ast.Module]) -> bytes | None:
    """What the cross-file pass reads of a Python file it may link (linked.Names), from the
    tree the engine parsed here: the main process then does not parse the file again."""
    if not trees or path.suffix != ".py" or text.lstrip().startswith("{"):
        return None  # (a text like a notebook's JSON is read as one there)
    from .linked import packed_names

    return packed_names(trees[0])


def _drop_text(result: FileResult) -> FileResult:
    if result.source is None or result.changed or result.exports or not result.old_text:
        return result
    return replace(
        result,
        old_text="",
        new_text="",
        source=replace(result.source, text=""),
        facts=replace(result.facts, text_dropped=True),
    )


def _process_file(path: Path, config: RunConfig, trees: list[ast.Module]) -> FileResult:
    display = display_path(path)
    if not path.exists() and not path.is_symlink():
        return _unread(display, path, Finding("MKD903", "no such file or directory"))
    file_format = format_for(path)
    try:
        source = file_format.read(path, config.max_bytes)
    except TooLarge as error:
        return _unread(display, path, Finding("MKD904", f"not read: {error}"))
    except SourceError as error:
        return _unread(display, path, Finding("MKD903", f"cannot read: {error}"))
    # the project's line length is looked up only where a model may be rewritten
    options = config.options
    if "keras" in source.text:
        options = _with_line_length(options, path)
    result = migrate_text(source.text, display, options, trees)
    return replace(result, file=path, source=source)


def _unread(display: str, path: Path, finding: Finding) -> FileResult:
    return FileResult(display, "", "", (finding,), failed=True, file=path)


def _with_line_length(options: Options, path: Path) -> Options:
    """The options, with the line length of the file's project unless one is set."""
    if options.line_length is not None:
        return options
    return replace(options, line_length=line_length(path))


def link_across_files(
    results: list[FileResult],
    root: Path,
    config: RunConfig,
    taken: TakenNames | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> list[FileResult]:
    """Redo, together, the files that share a model through imports (see linked.py).

    A group holds a file that hands a model to other modules and every file of the run
    that names what it exports; notebooks and unreadable files among them can only block.

    One pattern of every exported name finds the few files that may name one, so the
    cost grows with the files, not with files times exporters; a file whose text was
    not kept is read again only then. Groups are independent: with several jobs they
    are migrated in parallel.
    """
    results = list(results)
    exporters = [i for i, r in enumerate(results) if r.exports and not r.failed and _is_python(r)]
    if not exporters:
        return results
    from .linked import LinkedFile, export_words, mentions, snippet_exports, unpacked_names

    exported = sorted({export for i in exporters for export in results[i].exports})
    present_in = _symbol_finder({w for export in exported for w in export_words(export)})
    modules = {i: _module_name(results[i], root) for i in exporters}
    naming: dict[int, set[int]] = {i: set() for i in exporters}  # exporter -> users
    texts: dict[int, str] = {}  # of the files that may name an export
    snippets = snippet_exports(
        (export for i in exporters for export in set(results[i].exports)),
        any(r.facts.runs_code for r in results),
    )

    def links(text: str, names: Names | None, export: str, module: str | None = None) -> bool:
        return mentions(
            text, export, module, snippets=snippets is None or export in snippets, names=names
        )

    for index in range(len(results)):
        kept = results[index]
        text, results[index] = _text_for_linking(kept)
        present = present_in(text)
        if not present:
            continue
        # the worker's names are of the text it read: of no use if the file changed since
        packed = kept.facts.link_names if results[index] is kept else None
        names = unpacked_names(packed) if packed is not None else None
        texts[index] = text
        # first without the exporter's module: a file that can use no such export is done
        possible = {e for e in exported if present & export_words(e) and links(text, names, e)}
        if not possible:
            continue
        for exporter in exporters:
            if exporter == index or index in naming[exporter]:
                continue
            if possible.isdisjoint(results[exporter].exports):
                continue
            if any(
                present & export_words(export) and links(text, names, export, modules[exporter])
                for export in results[exporter].exports
            ):
                naming[exporter].add(index)
    group_of: dict[int, set[int]] = {}
    for exporter in exporters:
        members = {exporter} | naming[exporter]
        for member in list(members):
            members |= group_of.get(member, set())
        for member in members:
            group_of[member] = members
    done: set[int] = set()
    groups: list[list[int]] = []
    for members in group_of.values():
        if id(members) in done or len(members) < 2:
            continue
        done.add(id(members))
        groups.append(sorted(members))
    jobs = [
        (
            [
                LinkedFile(
                    results[i].path,
                    texts.get(i, results[i].old_text),  # an exporter's text is always kept
                    _module_name(results[i], root),
                    python=_is_python(results[i]) and not results[i].failed,
                    line_length=_line_length_of(results[i]),
                    taken_names=taken.get(results[i].path) if taken is not None else (),
                )
                for i in group
            ],
            snippets,
        )
        for group in groups
    ]
    # In workers even for one group: the main process then never holds a parsed module.
    linked = _map(_migrate_group, jobs, config, pool_from=1, pool=pool)
    for group, redone in zip(groups, linked, strict=True):
        for index in group:
            result = results[index]
            if result.path in redone:
                again = redone[result.path]
                source = result.source
                if source is not None and not source.text:  # its text was not kept
                    source = replace(source, text=again.old_text)
                # the group's answer, with what the run knows of the file
                results[index] = replace(
                    again,
                    file=result.file,
                    source=source,
                    facts=replace(result.facts, text_dropped=False),
                )
    return results


_WORD = re.compile(r"\w+")


def _symbol_finder(symbols: set[str]) -> Callable[[str], set[str]]:
    """The ``symbols`` a text holds as whole words (``\\bsymbol\\b``). A symbol that is one
    word is found among the text's words: one pass of a simple pattern, where an
    alternation of hundreds of exported names was tried at every position of every file."""
    words = {s for s in symbols if _WORD.fullmatch(s)}
    others = sorted(symbols - words, key=len, reverse=True)
    other = re.compile(r"\b(?:" + "|".join(map(re.escape, others)) + r")\b") if others else None

    def present_in(text: str) -> set[str]:
        found = words.intersection(_WORD.findall(text))
        if other is not None:
            found.update(other.findall(text))
        return found

    return present_in


def _line_length_of(result: FileResult) -> int | None:
    return line_length(result.file) if result.file is not None else None


def _is_python(result: FileResult) -> bool:
    return result.file is not None and result.file.suffix == ".py"


def _migrate_group(
    job: tuple[list[LinkedFile], frozenset[str] | None], config: RunConfig
) -> dict[str, FileResult]:
    from .linked import migrate_linked

    files, snippets = job
    return migrate_linked(files, config.options, snippets=snippets)


def _text_for_linking(result: FileResult) -> tuple[str, FileResult]:
    """The text the file had when it was processed, read again if it was not kept.

    A file that changed on disk since cannot be linked as it was: it fails (MKD905), and
    its new text can then only block a group, as the text of a failed file does.
    """
    kept = result.source
    if not result.facts.text_dropped or kept is None:
        return result.old_text, result
    again: SourceFile | None
    try:
        again = read_source(kept.path, sys.maxsize)
    except SourceError as error:
        again, problem = None, str(error)
    else:
        if again.digest == kept.digest:
            return again.text, result
        problem = "its content changed"
    finding = Finding("MKD905", f"changed on disk while it was processed ({problem}); not linked")
    text = again.text if again is not None else ""
    again_read = replace(result, old_text=text, facts=replace(result.facts, text_dropped=False))
    return text, again_read.with_failure(finding)


def text_of(result: FileResult) -> str:
    """The text a file had when it was processed, read again if it was not kept (a file
    changed on disk since gives the text it has now; the names pass only reads it)."""
    return _text_for_linking(result)[0]


def module_name_of(result: FileResult, root: Path) -> str:
    """The dotted module name of a result's file under ``root``."""
    return _module_name(result, root)


def _module_name(result: FileResult, root: Path) -> str:
    path = result.file if result.file is not None else Path(result.path)
    try:
        relative = path.resolve().relative_to(root.resolve())
    except ValueError:
        relative = Path(path.name)
    parts = list(relative.parts)  # ("pkg", "models.py") -> "pkg.models"
    parts[-1] = parts[-1].removesuffix(".py").removesuffix(".ipynb")
    if parts[-1] == "__init__":
        parts.pop()  # a package's __init__.py is the package
    return ".".join(parts)


def write_result(result: FileResult) -> FileResult:
    """Write a changed file atomically; a failure becomes a finding on the result."""
    if not result.changed or result.source is None:
        return result
    try:
        write_source(result.source, result.new_text)
    except ChangedOnDisk as error:
        problem = Finding("MKD905", str(error))
    except OSError as error:
        problem = Finding("MKD903", f"not written: {error.strerror or error}")
    else:
        return replace(result, written=True)
    return result.with_failure(problem)  # the text it had, which is what is on disk


def run_files(
    paths: Iterable[Path], config: RunConfig, pool: ProcessPoolExecutor | None = None
) -> Iterator[FileResult]:
    """Results in the order of ``paths``, whatever the scheduling."""
    yield from _map(process_file, list(paths), config, pool=pool)


@contextmanager
def worker_pool(config: RunConfig) -> Iterator[ProcessPoolExecutor | None]:
    """One pool of ``config.jobs`` workers for every pass of a run (None for one job).

    The cross-file pass then runs in workers that have imported the engine and loaded
    the fast walk already, instead of in new ones; the processes start at the first task.
    """
    with _collector_tuned():
        if config.jobs <= 1:
            yield None
            return
        pool = ProcessPoolExecutor(max_workers=config.jobs, initializer=_start_worker)
        try:
            yield pool
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


# Parsing and analysing a file allocate hundreds of thousands of objects that live until
# the file is done; Python's default (a young collection every 700 allocations) spent
# about 7% of a Keras file's time walking them again and again. With a young collection
# every 10,000 the cycles a file leaves are still collected, by full collections that
# come about once a million allocations (a few files) instead of once every 70,000.
_COLLECTOR_THRESHOLDS = (10_000, 10, 10)


@contextmanager
def _collector_tuned() -> Iterator[None]:
    """The collector's thresholds for a run, in this process and the workers it forks;
    as they were afterwards (a library caller's process is its own)."""
    before = gc.get_threshold()
    gc.set_threshold(*_COLLECTOR_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _map(
    function: Callable[[_Item, RunConfig], _Answer],
    items: list[_Item],
    config: RunConfig,
    *,
    pool_from: int = 2,
    pool: ProcessPoolExecutor | None = None,
) -> Iterator[_Answer]:
    """``function(item, config)`` for each item, in order, over ``config.jobs`` processes
    (when there are ``pool_from`` items or more): those of ``pool`` when given, else a
    pool of its own.

    Items go out in small chunks: one file costs from microseconds (no Keras: one text
    search) to a second (a large model file analysed twice), so big chunks would leave a
    worker idle at the end while the other finishes its last chunk.
    """
    if config.jobs <= 1 or len(items) < pool_from:
        for item in items:
            yield function(item, config)
        return
    chunk = max(1, min(16, len(items) // (config.jobs * 32)))
    if pool is not None:
        yield from pool.map(function, items, [config] * len(items), chunksize=chunk)
        return
    with worker_pool(config) as own:
        assert own is not None
        yield from own.map(function, items, [config] * len(items), chunksize=chunk)


def _start_worker() -> None:
    # Ctrl-C is the main process's to handle: it stops between files.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.set_threshold(*_COLLECTOR_THRESHOLDS)  # inherited when forked, not when spawned


def count(totals: Totals, result: FileResult) -> None:
    totals.scanned += 1
    if result.failed:
        totals.failed += 1
    elif result.changed:
        totals.changed += 1
    else:
        totals.unchanged += 1
    totals.migrated_models += result.models_migrated
    totals.refused_models += result.models_refused
    totals.written += result.written


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
