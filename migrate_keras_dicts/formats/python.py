"""Python files: the text is the module, and every position is its own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..options import Options
from ..result import FileResult
from ..sources import SourceFile, read_source

__all__ = ["PYTHON", "PythonFormat", "PythonModule"]


@dataclass(frozen=True)
class PythonModule:
    text: str

    def options(self, options: Options) -> Options:
        return options

    def place(self, result: FileResult) -> FileResult:
        return result

    def where(self, line: int, column: int) -> tuple[int | None, int, int]:
        return (None, line, column)


class PythonFormat:
    kind = "file"

    def read(self, path: Path, max_bytes: int) -> SourceFile:
        return read_source(path, max_bytes)

    def load(self, text: str) -> PythonModule:
        return PythonModule(text)


PYTHON = PythonFormat()
