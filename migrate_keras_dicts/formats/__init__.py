"""File formats: each turns a file's text into one Python module and the engine's answer
for that module back into an answer for the file.

The engine knows Python modules only. A new format (a Quarto document, a Python file in
another encoding) is a new module here with a :class:`Format` and a :class:`Module`, and
one line in :func:`format_for`; nothing else changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ..options import Options
    from ..result import FileResult
    from ..sources import SourceFile

__all__ = ["Format", "Module", "Unreadable", "format_for"]


class Unreadable(Exception):
    """The text is not what its format says it is (broken JSON, a cell that is not text)."""


class Module(Protocol):
    """A file's text as the one Python module the engine migrates, and the way back."""

    @property
    def text(self) -> str:
        """The Python module."""
        ...

    def options(self, options: Options) -> Options:
        """The engine's options for this module (a notebook is not run as a script)."""
        ...

    def place(self, result: FileResult) -> FileResult:
        """The engine's result for :attr:`text` -> the result for the file: the file's new
        text, and findings and models placed in it."""
        ...

    def where(self, line: int, column: int) -> tuple[int | None, int, int]:
        """A position in the module -> (cell or None, line, column) in the file."""
        ...


class Format(Protocol):
    """How one kind of file is read and opened as a module."""

    kind: str  # in messages: "cannot read notebook: ..."

    def read(self, path: Path, max_bytes: int) -> SourceFile:
        """Read ``path`` (sources.read_source's errors), within this format's size limit."""
        ...

    def load(self, text: str) -> Module | None:
        """The module of ``text``; None when the file holds no Python to migrate (a
        notebook of another language). Raises :class:`Unreadable`."""
        ...


def format_for(path: str | Path) -> Format:
    """The format of a file, by its name."""
    if Path(path).suffix == ".ipynb":  # as the runner and discovery tell a notebook
        from .notebook import NOTEBOOK

        return NOTEBOOK
    from .python import PYTHON

    return PYTHON
