"""The library API: what the command line does, callable from Python.

    >>> from migrate_keras_dicts import migrate_source
    >>> result = migrate_source("print('no model here')\\n", "plain.py")
    >>> result.changed, result.findings
    (False, ())

Both functions keep the tool's promises: a model is migrated whole or not at all, the
output is checked before it is returned, and nothing is written unless asked for.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import engine
from .discover import DEFAULT_INCLUDE, Selection, common_root, discover
from .findings import Finding
from .notebooks import NotebookError, NotPythonNotebook, migrate_notebook
from .plan import Options
from .project import weights_order_findings
from .report import unified_diff
from .runner import Outcome, RunConfig, link_across_files, run_files, write_outcome
from .sources import DEFAULT_MAX_BYTES

__all__ = ["FileResult", "Finding", "Result", "migrate_paths", "migrate_source"]


@dataclass(frozen=True)
class Result:
    """One text, migrated. When a model is refused, its code is left as it was and a
    finding says why; ``failed`` means the text could not be processed at all."""

    path: str
    old_text: str
    new_text: str
    findings: tuple[Finding, ...] = ()
    models_migrated: int = 0
    models_refused: int = 0
    failed: bool = False

    @property
    def changed(self) -> bool:
        return not self.failed and self.new_text != self.old_text

    def diff(self) -> str:
        """A unified diff (``a/``, ``b/`` prefixes) that ``git apply`` accepts; "" if unchanged."""
        return unified_diff(self.old_text, self.new_text, self.path) if self.changed else ""


@dataclass(frozen=True)
class FileResult(Result):
    """One file of :func:`migrate_paths`; ``written`` is True once the new text is on disk."""

    file: Path | None = None
    written: bool = False


def migrate_source(
    text: str,
    path: str = "<string>",
    *,
    unsafe: bool = False,
    update_name_strings: bool = False,
    check_second_run: bool = False,
) -> Result:
    """Migrate every functional model in ``text``; never raises for bad input.

    ``path`` names the text in findings and diffs; a path ending in ``.ipynb`` makes
    ``text`` a notebook's JSON. ``unsafe``, ``update_name_strings`` and
    ``check_second_run`` are the ``--unsafe``, ``--update-name-strings`` and
    ``--check-second-run`` flags.
    """
    options = Options(
        unsafe=unsafe, update_name_strings=update_name_strings, check_second_run=check_second_run
    )
    if path.endswith(".ipynb"):
        try:
            done = migrate_notebook(text, path, options)
        except NotPythonNotebook:
            return Result(path, text, text)
        except NotebookError as error:
            finding = Finding("MKD903", f"cannot read notebook: {error}", 1, 1, path)
            return Result(path, text, text, (finding,), failed=True)
        return Result(
            path,
            text,
            done.new_text,
            tuple(done.findings),
            done.models_migrated,
            done.models_refused,
            done.failed,
        )
    result = engine.migrate_source(text, path, options)
    return Result(
        path,
        text,
        result.new_source,
        tuple(result.findings),
        result.models_migrated,
        result.models_refused,
        result.failed,
    )


def migrate_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    write: bool = False,
    jobs: int = 1,
    unsafe: bool = False,
    update_name_strings: bool = False,
    check_second_run: bool = False,
    include: Iterable[str] = DEFAULT_INCLUDE,
    exclude: Iterable[str] = (),
    gitignore: bool = True,
    follow_symlinks: bool = False,
    max_file_size: int = DEFAULT_MAX_BYTES,
) -> list[FileResult]:
    """Migrate files and directories as ``migrate-keras-dicts PATH...`` does.

    Directories are walked like the command line walks them, and a model built in one
    file and used in others migrates in all of them or in none (cross-file linking).
    ``jobs`` > 1 uses worker processes; it is 1 by default because a process pool needs
    an ``if __name__ == "__main__":`` guard in the calling script on some platforms.
    """
    roots = [Path(p) for p in paths]
    selection = Selection(
        include=tuple(include) or DEFAULT_INCLUDE,
        exclude=tuple(exclude),
        gitignore=gitignore,
        follow_symlinks=follow_symlinks,
    )
    options = Options(
        unsafe=unsafe, update_name_strings=update_name_strings, check_second_run=check_second_run
    )
    config = RunConfig(options, max_file_size, max(1, jobs))
    outcomes = list(run_files(discover(roots, selection), config))
    if roots:
        link_across_files(outcomes, common_root(roots), config)
    weights_order_findings(outcomes)
    if write:
        for outcome in outcomes:
            write_outcome(outcome)
    return [_file_result(outcome) for outcome in outcomes]


def _file_result(outcome: Outcome) -> FileResult:
    return FileResult(
        outcome.display,
        outcome.old_text,
        outcome.old_text if outcome.new_text is None or outcome.failed else outcome.new_text,
        tuple(outcome.findings),
        outcome.models_migrated,
        outcome.models_refused,
        outcome.failed,
        outcome.path,
        outcome.written,
    )
