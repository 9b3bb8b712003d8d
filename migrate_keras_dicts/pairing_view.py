"""``--explain-pairing`` on files: one table per compile call, or one JSON document."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .findings import location
from .formats import Unreadable, format_for
from .keras_pairing import VERSIONS, Version, What
from .pairing import CompilePairing, FilePairing, ModelPairing, PairingUnavailable, explain_source
from .report import display_path
from .sources import SourceError

PIPED_WIDTH = 10_000  # wider than any table: Rich sizes a table to its content, not to this

HEADERS: dict[What, str] = {
    "loss": "loss",
    "loss_weights": "loss weight",
    "metrics": "metrics",
    "weighted_metrics": "weighted metrics",
}
COMPARED: tuple[tuple[Version, str], ...] = (
    ("keras35", "Keras 3.5/3.6"),
    ("keras37", "Keras 3.7+"),
)


def explain_file(path: Path, max_bytes: int) -> FilePairing:
    """Read ``path`` (a notebook's code cells as one module) and pair its models."""
    display = display_path(path)
    file_format = format_for(path)
    try:
        text = file_format.read(path, max_bytes).text
    except SourceError as error:
        raise PairingUnavailable(f"MKD903 cannot read: {error}") from None
    try:
        module = file_format.load(text)
    except Unreadable as error:
        raise PairingUnavailable(f"MKD903 cannot read {file_format.kind}: {error}") from None
    if module is None:
        return FilePairing(display)

    def where(line: int, column: int) -> str:
        cell, line, column = module.where(line, column)
        return location(display, line, column, cell)

    return explain_source(module.text, display, where)


def show_pairings(
    paths: Iterable[Path], max_bytes: int, *, as_json: bool, color: bool | None
) -> int:
    """Print every file's pairings; the exit code is 2 when a file could not be read."""
    # Piped into a file or a pager, a table keeps its natural width: Rich's 80 columns
    # would cut the cells ("binary_cr…") of exactly what the reader came for.
    width = None if sys.stdout.isatty() else PIPED_WIDTH
    out = Console(
        file=sys.stdout,
        force_terminal=color,
        no_color=color is False,
        highlight=False,
        width=width,
    )
    err = Console(stderr=True, force_terminal=color, no_color=color is False, highlight=False)
    records: list[dict[str, Any]] = []
    failed = 0
    for path in paths:
        try:
            pairing = explain_file(path, max_bytes)
        except PairingUnavailable as error:
            where = f"{display_path(path)}:{error.line}:{error.column}"
            err.print(f"{where}: {error}", markup=False, soft_wrap=True)
            failed += 1
            continue
        except RecursionError:
            err.print(f"{display_path(path)}:1:1: nested too deeply", markup=False)
            failed += 1
            continue
        except Exception as error:  # a bug in the tool must cost one file, not the run
            message = f"internal error ({type(error).__name__}: {error}), please report it"
            err.print(f"{display_path(path)}:1:1: {message}", markup=False, soft_wrap=True)
            failed += 1
            continue
        if as_json:
            records += [model_record(model) for model in pairing.models]
        else:
            for model in pairing.models:
                render_model(out, model)
    if as_json:
        sys.stdout.write(json.dumps({"version": 1, "models": records}, indent=2) + "\n")
    return 2 if failed else 0


def render_model(console: Console, model: ModelPairing) -> None:
    title = f"{model.where}: model `{model.label}`"
    if model.note is not None:
        console.print(f"{title}: cannot pair its compile arguments: {model.note}", markup=False)
        console.print()
        return
    console.print(
        f"{title}, {model.outputs} outputs {list(model.keys)}", markup=False, soft_wrap=True
    )
    for compiled in model.compiles:
        console.print(f"compile at {compiled.where}", markup=False, soft_wrap=True)
        console.print(_table(model, compiled))
        for problem in compiled.problems():
            console.print(f"  note: {problem}", markup=False, soft_wrap=True)
    console.print(Text(_verdict(model)), soft_wrap=True)
    console.print()


def _table(model: ModelPairing, compiled: CompilePairing) -> Table:
    table = Table()
    table.add_column("output")
    for what in compiled.arguments:
        table.add_column(f"{HEADERS[what]} (as written)")
    for _, header in COMPARED:
        table.add_column(header)
    for index, key in enumerate(model.keys):
        cells = [Text(key)]  # Text, not str: `[mae]` in a cell is code, not rich markup
        cells += [_meant(compiled, what, index) for what in compiled.arguments]
        for version, _ in COMPARED:
            cells.append(_compared(compiled, version, index))
        table.add_row(*cells)
    return table


def _cell(value: str | None) -> str:
    return "—" if value is None else value


def _meant(compiled: CompilePairing, what: What, index: int) -> Text:
    if compiled.applied["meant"][what].values is None:
        return Text("? see note", style="yellow")
    return Text(_cell(compiled.value("meant", what, index)))


def _compared(compiled: CompilePairing, version: Version, index: int) -> Text:
    if compiled.unknown(version):
        return Text("? see note", style="yellow")
    wrong = compiled.differs(version, index)
    if not wrong:
        return Text("same", style="green")
    parts = [f"{HEADERS[w]} {_cell(compiled.value(version, w, index))}" for w in wrong]
    return Text("✗ " + "; ".join(parts), style="bold red")


def _verdict(model: ModelPairing) -> str:
    n = len(model.keys)
    wrong35, wrong37 = model.mismatches("keras35"), model.mismatches("keras37")
    lines = []
    if not wrong35 and not wrong37:
        if model.unknown("keras35") or model.unknown("keras37"):
            return "The tool cannot tell how some entries are paired (see the notes)."
        return "Every output gets what the code says on Keras 3.5 through 3.15."
    if wrong35:
        lines.append(
            f"Keras 3.5/3.6 silently give {wrong35} of {n} outputs another entry than written "
            "(keras-team/keras#20596, #20346)."
        )
    if wrong37:
        lines.append(
            f"Keras 3.7+ still give {wrong37} of {n} outputs another entry than written: a list beside "
            "dict outputs, or a dict `loss_weights` beside a list `loss`, is applied in "
            "sorted-key order."
        )
    lines.append("Fully named dicts (what the tool writes) are paired by name on every Keras 3.")
    return "\n".join(lines)


def model_record(model: ModelPairing) -> dict[str, Any]:
    record: dict[str, Any] = {
        "location": model.where,
        "model": model.label,
        "outputs": model.outputs,
        "keys": list(model.keys),
        "note": model.note,
        "compiles": [],
    }
    for compiled in model.compiles:
        rows = []
        for index, key in enumerate(model.keys):
            row: dict[str, Any] = {"output": key}
            for version in VERSIONS:
                row[version] = {
                    what: compiled.value(version, what, index) for what in compiled.arguments
                }
            row["same"] = {version: not compiled.differs(version, index) for version, _ in COMPARED}
            rows.append(row)
        record["compiles"].append(
            {
                "location": compiled.where,
                "arguments": {what: arg.text for what, arg in compiled.arguments.items()},
                "rows": rows,
                "problems": compiled.problems(),
            }
        )
    return record
