"""Paths from the command line -> the Python files to look at, in a stable order."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        ".venv",
        "venv",
        "env",
        ".env",
        "__pycache__",
        "node_modules",
        "site-packages",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        "build",
        "dist",
        ".eggs",
    }
)


def discover(paths: list[Path], *, follow_symlinks: bool = False) -> Iterator[Path]:
    """Files given explicitly are always yielded (a missing one too: the reader reports
    it); directories are walked for ``*.py``. Symlinks met in a walk are not followed
    unless asked, and a followed one is visited once (no loops)."""
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            for found in _walk(path, follow_symlinks):
                if found not in seen:
                    seen.add(found)
                    yield found
        elif path not in seen:
            seen.add(path)
            yield path


def _walk(root: Path, follow_symlinks: bool) -> Iterator[Path]:
    visited: set[str] = {os.path.realpath(root)}
    for directory, dirnames, filenames in os.walk(root, followlinks=follow_symlinks):
        kept = []
        for name in sorted(dirnames):
            if name in SKIP_DIRS or name.endswith(".egg-info"):
                continue
            full = os.path.join(directory, name)
            if os.path.islink(full):
                real = os.path.realpath(full)
                if not follow_symlinks or real in visited:
                    continue
                visited.add(real)
            kept.append(name)
        dirnames[:] = kept
        for filename in sorted(filenames):
            full = Path(directory) / filename
            if not filename.endswith(".py") or (full.is_symlink() and not follow_symlinks):
                continue
            if full.is_symlink() and not full.exists():
                continue  # a dangling link met in a walk is nobody's file
            yield full
