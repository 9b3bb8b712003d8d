"""The project's line length, as black and ruff read it, for laying out edited lines."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

DEFAULT_LINE_LENGTH = 88  # black's and ruff's default


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
    """``line-length = N`` in one of ``sections`` (None: the top level), read with the
    standard TOML reader; a file that does not parse has none."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    for section in sections:
        table = data
        for part in section.split(".") if section else []:
            table = table.get(part, {}) if isinstance(table, dict) else {}
        value = table.get("line-length") if isinstance(table, dict) else None
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
    return None
