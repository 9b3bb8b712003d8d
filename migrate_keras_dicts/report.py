"""Diffs that ``git apply`` accepts, finding lines, and the summary table."""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Rich is imported when something is printed with it: commands that only answer
# (--version, --help, explain) start without it.
if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from .findings import Finding
    from .result import FileResult


def display_path(path: Path) -> str:
    """Relative to the working directory when below it, as ``git apply`` wants."""
    try:
        relative = Path(os.path.relpath(path))
    except ValueError:  # another drive
        return path.as_posix()
    return path.as_posix() if relative.parts[:1] == ("..",) else relative.as_posix()


def unified_diff(old: str, new: str, path: str) -> str:
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    out = []
    for line in difflib.unified_diff(old_lines, new_lines, f"a/{path}", f"b/{path}"):
        if line.startswith(("---", "+++")):
            out.append(line if line.endswith("\n") else line + "\n")
            continue
        if not line.endswith(("\n", "\r")):
            out.append(line + "\n\\ No newline at end of file\n")
        else:
            out.append(line)
    return "".join(out)


@dataclass
class Totals:
    scanned: int = 0
    changed: int = 0
    unchanged: int = 0
    migrated_models: int = 0
    refused_models: int = 0
    failed: int = 0
    written: int = 0


def summary_table(totals: Totals, mode: str) -> Table:
    """``mode``: ``report`` (files to change), ``write`` (files written) or
    ``interactive`` (files written and files skipped, answered n or not asked after q)."""
    from rich.table import Table

    columns: list[tuple[str, int]] = [("files scanned", totals.scanned)]
    if mode == "report":
        columns.append(("files to change", totals.changed))
    else:
        columns.append(("files written", totals.written))
    if mode == "interactive":
        columns.append(("files skipped", totals.changed - totals.written))
    columns += [
        ("unchanged", totals.unchanged),
        ("models migrated", totals.migrated_models),
        ("models refused", totals.refused_models),
        ("files failed", totals.failed),
    ]
    table = Table(title="migrate-keras-dicts", show_header=True, header_style="bold")
    for header, _ in columns:
        table.add_column(header, justify="right")
    table.add_row(*(str(value) for _, value in columns))
    return table


def stderr_console(color: bool | None) -> Console:
    import sys

    from rich.console import Console

    # In a CI log or a file, the summary keeps its natural width instead of 80 columns.
    width = None if sys.stderr.isatty() else 200
    return Console(stderr=True, no_color=color is False, highlight=False, width=width)


def github_annotation(path: str, finding: Finding) -> str:
    """A GitHub Actions workflow command for one finding."""
    level = {"info": "notice", "warning": "warning", "refused": "warning", "error": "error"}[
        finding.severity.value
    ]
    text = finding.message
    line, column = finding.line, finding.column
    if finding.cell is not None:  # a notebook cell: no line of the JSON file
        text = f"cell {finding.cell} line {line}: {text}"
        line, column = 1, 1
    message = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    where = path.replace("%", "%25").replace(",", "%2C").replace(":", "%3A")
    return f"::{level} file={where},line={line},col={column},title={finding.code}::{message}"


def finding_record(finding: Finding) -> dict[str, Any]:
    record: dict[str, Any] = {
        "code": finding.code,
        "severity": finding.severity.value,
        "line": finding.line,
        "column": finding.column,
        "message": finding.message,
    }
    if finding.cell is not None:
        record["cell"] = finding.cell
    return record


def file_record(result: FileResult, diff_text: str | None) -> dict[str, Any]:
    status = "failed" if result.failed else "changed" if result.changed else "unchanged"
    record = {
        "path": result.path,
        "status": status,
        "written": result.written,
        "models_migrated": result.models_migrated,
        "models_refused": result.models_refused,
        "findings": [finding_record(f) for f in result.findings],
    }
    if diff_text is not None:
        record["diff"] = diff_text
    return record


def totals_record(totals: Totals) -> dict[str, int]:
    return {
        "files_scanned": totals.scanned,
        "files_changed": totals.changed,
        "files_unchanged": totals.unchanged,
        "files_failed": totals.failed,
        "models_migrated": totals.migrated_models,
        "models_refused": totals.refused_models,
    }
