"""The tool's one pipeline: text -> result, and files -> results.

The command line and the library API both call these two functions; the command line
adds only flags, prompts and rendering, the library API only its keyword arguments.

    text --format.load--> module --engine--> result --module.place--> result for the file

``migrate_files`` runs that over files (in worker processes with ``jobs`` > 1), then the
passes that need every file of the run: cross-file links (linked.py) and weights loaded
by position elsewhere in the project (project.py, MKD125).
"""

from __future__ import annotations

import ast
import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .findings import Finding
from .formats import Unreadable, format_for
from .options import Options
from .result import FileResult
from .unbound_models import report_unbound_models

if TYPE_CHECKING:
    from .runner import RunConfig

__all__ = ["migrate_files", "migrate_text"]


def migrate_text(
    text: str,
    path: str = "<string>",
    options: Options | None = None,
    trees: list[ast.Module] | None = None,
) -> FileResult:
    """Migrate every functional model in ``text``, a file of the format ``path`` names
    (a notebook's JSON for ``.ipynb``, else Python). Never raises for bad input.
    ``trees`` receives the tree of the module's Python when the engine parsed it."""
    options = options or Options()
    file_format = format_for(path)
    try:
        module = file_format.load(text)
    except Unreadable as error:
        finding = Finding("MKD903", f"cannot read {file_format.kind}: {error}", 1, 1, path)
        return FileResult(path, text, text, (finding,), failed=True)
    if module is None:
        return FileResult(path, text, text)
    if "keras" not in module.text:
        # what the engine answers for such a text (its first test, may_hold_models, needs
        # "keras"), without loading it and LibCST
        result = FileResult(path, module.text, module.text)
    else:
        from .engine import migrate_python

        result = migrate_python(module.text, path, module.options(options), trees)
    return module.place(report_unbound_models(result, module.text))


def _without_link_names(result: FileResult) -> FileResult:
    """The result without what only the cross-file pass reads: a run holds every result."""
    if result.facts.link_names is None:
        return result
    return dataclasses.replace(result, facts=dataclasses.replace(result.facts, link_names=None))


def migrate_files(
    files: Sequence[Path],
    config: RunConfig,
    *,
    root: Path | None = None,
    link: bool = True,
    progress: Callable[[], None] | None = None,
) -> list[FileResult]:
    """Migrate ``files`` as one run: each file, then the passes over all of them.

    ``root`` is the folder module names are taken from for cross-file links (the common
    root of what was asked for); ``link`` False skips those links (each file alone, as
    ``--interactive`` needs, since an answer per file could split a transaction);
    ``progress`` is called once per file done.
    """
    from .project import TakenNames, names_taken_elsewhere, weights_order_findings
    from .runner import (
        link_across_files,
        module_name_of,
        process_file,
        run_files,
        text_of,
        worker_pool,
    )

    results = []
    with worker_pool(config) as pool:
        for result in run_files(files, config, pool):
            results.append(result)
            if progress is not None:
                progress()
        if link and root is not None:
            taken = TakenNames(results, lambda r: module_name_of(r, root), text_of)
            results = link_across_files(results, root, config, taken, pool)

            def redo(result: FileResult, taken: tuple[tuple[str, str], ...]) -> FileResult:
                assert result.file is not None  # results of files have one
                options = dataclasses.replace(config.options, taken_names=taken)
                return process_file(result.file, dataclasses.replace(config, options=options))

            results = names_taken_elsewhere(results, taken, redo)
    results = [_without_link_names(result) for result in results]
    return weights_order_findings(results)
