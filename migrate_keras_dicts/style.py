"""The project's line length, as black and ruff read it, for laying out edited lines."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .rewrite.layout import DEFAULT_LINE_LENGTH

_SECTION = re.compile(r"^\s*\[(?P<name>[^\]]+)\]\s*$")
_LENGTH = re.compile(r"^\s*line-length\s*=\s*(?P<n>\d+)\s*(#.*)?$")


def line_length(path: Path) -> int:
    """``line-length`` of the nearest ``ruff.toml``/``.ruff.toml`` (top level) or
    ``pyproject.toml`` (``[tool.ruff]``, else ``[tool.black]``) above ``path``; a
    ``pyproject.toml`` without either, or a ``.git`` folder, ends the search (the project's
    root): 88, black's and ruff's default."""
    return _for_folder(path.resolve().parent)


@lru_cache(maxsize=256)
def _for_folder(folder: Path) -> int:
    for ruff in (folder / "ruff.toml", folder / ".ruff.toml"):
        found = _read(ruff, {None})
        if found is not None:
            return found
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file():
        found = _read(pyproject, {"tool.ruff"})
        if found is None:
            found = _read(pyproject, {"tool.black"})
        return found if found is not None else DEFAULT_LINE_LENGTH
    if (folder / ".git").exists() or folder.parent == folder:
        return DEFAULT_LINE_LENGTH
    return _for_folder(folder.parent)


def _read(path: Path, sections: set[str | None]) -> int | None:
    """``line-length = N`` in one of ``sections`` (None: before any section header)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    section: str | None = None
    for line in text.splitlines():
        header = _SECTION.match(line)
        if header:
            section = header.group("name").strip().strip('"')
            continue
        length = _LENGTH.match(line)
        if length and section in sections:
            return int(length.group("n"))
    return None
