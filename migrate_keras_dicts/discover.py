"""Paths from the command line -> the files to look at, in a stable order.

Directories are walked for ``*.py`` and ``*.ipynb``; ``.gitignore`` files (the repository's
root one above the walk, and nested ones inside it) are honoured with pathspec's gitignore
semantics; virtualenvs, VCS and build folders are skipped; ``--include``/``--exclude`` globs
narrow the walk. Files named explicitly are always processed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pathspec import GitIgnoreSpec

SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        ".venv",
        "venv",
        "env",
        ".env",
        "virtualenv",
        "__pycache__",
        "node_modules",
        "site-packages",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".ipynb_checkpoints",
        "build",
        "dist",
        ".eggs",
    }
)
DEFAULT_INCLUDE = ("*.py", "*.ipynb")


@dataclass(frozen=True)
class Selection:
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    gitignore: bool = True
    follow_symlinks: bool = False
    _include: GitIgnoreSpec = field(init=False, repr=False, compare=False)
    _exclude: GitIgnoreSpec = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_include", GitIgnoreSpec.from_lines(self.include))
        object.__setattr__(self, "_exclude", GitIgnoreSpec.from_lines(self.exclude))

    def wants(self, relative: str) -> bool:
        return self._include.match_file(relative) and not self._exclude.match_file(relative)

    def excludes_dir(self, relative: str) -> bool:
        return bool(self.exclude) and self._exclude.match_file(relative + "/")


def discover(paths: list[Path], selection: Selection | None = None) -> Iterator[Path]:
    """Each file once, explicit ones always (a missing one too: the reader reports it)."""
    selection = selection or Selection()
    seen: set[str] = set()
    for path in paths:
        found = _walk(path, selection) if path.is_dir() else iter([path])
        for item in found:
            key = os.path.realpath(item)  # ./a.py, a.py and /abs/a.py are one file
            if key not in seen:
                seen.add(key)
                yield item


def common_root(paths: list[Path]) -> Path:
    """Where dotted module names start for cross-file linking: the folder the paths share."""
    folders = [str(p.resolve() if p.is_dir() else p.resolve().parent) for p in paths]
    return Path(os.path.commonpath(folders)) if folders else Path.cwd()


def _walk(root: Path, selection: Selection) -> Iterator[Path]:
    ignores = _Ignores(root) if selection.gitignore else None
    visited: set[str] = {os.path.realpath(root)}
    for directory, dirnames, filenames in os.walk(root, followlinks=selection.follow_symlinks):
        here = Path(directory)
        if ignores is not None:
            ignores.enter(here)
        kept = []
        for name in sorted(dirnames):
            full = here / name
            relative = full.relative_to(root).as_posix()
            if name in SKIP_DIRS or name.endswith(".egg-info") or _is_virtualenv(full):
                continue
            if selection.excludes_dir(relative) or (ignores and ignores.ignored(full, True)):
                continue
            if full.is_symlink():
                real = os.path.realpath(full)
                if not selection.follow_symlinks or real in visited:
                    continue
                visited.add(real)
            kept.append(name)
        dirnames[:] = kept
        for filename in sorted(filenames):
            full = here / filename
            if not selection.wants(full.relative_to(root).as_posix()):
                continue
            if full.is_symlink() and (not selection.follow_symlinks or not full.exists()):
                continue
            if ignores is not None and ignores.ignored(full, False):
                continue
            yield full


def _is_virtualenv(directory: Path) -> bool:
    return (directory / "pyvenv.cfg").is_file()


class _Ignores:
    """The ``.gitignore`` rules that apply inside a walk, nested ones included."""

    def __init__(self, root: Path) -> None:
        # per .gitignore: its folder, the rules for files, the rules for folders
        self.specs: list[tuple[Path, GitIgnoreSpec, GitIgnoreSpec]] = []
        top = _repository_root(root)
        if top is not None:
            # .gitignore files between the repository root and the walk's root apply too.
            chain = [root.resolve(), *root.resolve().parents]
            for directory in reversed(chain[: chain.index(top) + 1]):
                if directory != root.resolve():
                    self._load(directory, directory)
        self.root = root

    def enter(self, directory: Path) -> None:
        self._load(directory, directory)

    def _load(self, directory: Path, base: Path) -> None:
        file = directory / ".gitignore"
        if file.is_file():
            try:
                lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                return
            folders = [_as_folder_rule(line) for line in lines]
            self.specs.append(
                (base, GitIgnoreSpec.from_lines(lines), GitIgnoreSpec.from_lines(folders))
            )

    def ignored(self, path: Path, is_dir: bool) -> bool:
        verdict = False
        for base, files, folders in self.specs:
            try:
                relative = path.resolve().relative_to(base.resolve()).as_posix()
            except ValueError:
                try:
                    relative = path.relative_to(base).as_posix()
                except ValueError:
                    continue
            result = folders.check_file(relative) if is_dir else files.check_file(relative)
            if result.include is not None:
                verdict = result.include
        return verdict


def _as_folder_rule(line: str) -> str:
    """A rule as it applies to a folder: ``build/`` is ``build``. pathspec cannot tell a
    folder by a trailing ``/``, so a folder-only negation such as ``!*/`` (``*`` then
    ``!*/`` then ``!*.py``: ignore all but the folders and the Python files) never
    matched, and such a repository's every folder was skipped."""
    rule = line.rstrip()
    if rule.endswith("/") and not rule.endswith("\\/") and rule.strip("/!"):
        return rule[:-1]
    return line


def _repository_root(start: Path) -> Path | None:
    for directory in [start.resolve(), *start.resolve().parents]:
        if (directory / ".git").exists():
            return directory
    return None
