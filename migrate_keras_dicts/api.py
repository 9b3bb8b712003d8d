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
from pathlib import Path

from .discover import DEFAULT_INCLUDE, Selection, common_root, discover
from .findings import Finding
from .options import Options, accepted_codes
from .pipeline import migrate_files, migrate_text
from .result import FileResult
from .runner import RunConfig, write_result
from .sources import DEFAULT_MAX_BYTES

__all__ = ["FileResult", "Finding", "Result", "migrate_paths", "migrate_source"]

#: The name the library API had for a text's result; one type serves texts and files.
Result = FileResult


def migrate_source(
    text: str,
    path: str = "<string>",
    *,
    unsafe: bool = False,
    accept: Iterable[str] = (),
    update_name_strings: bool = False,
    check_second_run: bool = False,
    line_length: int | None = None,
) -> FileResult:
    """Migrate every functional model in ``text``; never raises for bad input.

    ``path`` names the text in findings and diffs; a path ending in ``.ipynb`` makes
    ``text`` a notebook's JSON. ``unsafe``, ``accept`` (codes), ``update_name_strings``,
    ``check_second_run`` and ``line_length`` are the ``--unsafe``, ``--accept``,
    ``--update-name-strings``, ``--check-second-run`` and ``--line-length`` flags (a text
    has no project: its line length is 88 unless given); a code ``--accept`` refuses
    raises ValueError.
    """
    options = Options(
        unsafe=unsafe,
        accept=accepted_codes(accept),
        update_name_strings=update_name_strings,
        check_second_run=check_second_run,
        line_length=line_length,
    )
    return migrate_text(text, path, options)


def migrate_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    write: bool = False,
    jobs: int = 1,
    unsafe: bool = False,
    accept: Iterable[str] = (),
    update_name_strings: bool = False,
    check_second_run: bool = False,
    include: Iterable[str] = DEFAULT_INCLUDE,
    exclude: Iterable[str] = (),
    gitignore: bool = True,
    follow_symlinks: bool = False,
    max_file_size: int = DEFAULT_MAX_BYTES,
    line_length: int | None = None,
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
        unsafe=unsafe,
        accept=accepted_codes(accept),
        update_name_strings=update_name_strings,
        check_second_run=check_second_run,
        line_length=line_length,
    )
    config = RunConfig(options, max_file_size, max(1, jobs))
    files = list(discover(roots, selection))
    results = migrate_files(files, config, root=common_root(roots) if roots else None)
    return [write_result(result) for result in results] if write else results
