"""What does migrate-keras-dicts do with the code people really have? Count it, per model.

    python benchmarks/corpus.py REPO_FOLDER... [--json] [--jobs N] [--per-model]

Each folder is one run, as ``migrate-keras-dicts FOLDER`` (no ``--write``) makes it: the
same discovery, per-file pass, cross-file pass and whole-run findings, through the
runner the command line uses. Nothing is written. Per folder and in total it prints files
scanned, multi-input/multi-output models found, migrated and refused (by the first
refusal code of each model and by every code), files that failed (and how many of those
Python itself parses), and the wall time of the run.

How a model is counted (the figures mean exactly this):

* **A multi-IO model** is a functional-model construction (``Model(...)``,
  ``keras.Model(...)``, ``Functional(...)``, under any import alias) that the tool plans:
  its ``inputs`` or ``outputs`` has more than one element (a list, tuple or dict literal
  of two or more, after following variables), or has a structure the tool cannot see into
  while the other side is multi or may be a list (MKD105); a model spelt with Keras 1's
  ``input=``/``output=`` counts when a side is such a literal (refused, MKD130). A
  single-input single-output model is not counted: the tool has nothing to change there
  and makes no plan.
  One record per constructor call (``engine.ModelRecord``), whatever the number of files
  it is used in.
* **Migrated**: the model's plan was accepted (an MKD001 finding at the constructor).
  **Refused**: it has at least one blocker (a finding of severity ``refused``); the
  *primary* code is its first blocker by line (the planner reports every independent
  blocker of a model, each at its own line, sorted by line). A model
  refused by the cross-file pass gets MKD122, whose message names the finding in the
  other file; that underlying code is shown as ``MKD122>MKDxxx``.
* **Never trained**: not migrated, and never compiled or trained either (MKD014): it
  only predicts or is called, so nothing pairs with its lists and nothing needs to
  change. Counted among the models, apart from the refused; the share migrated is
  given of all models and of those that need a migration (all but these).
* **Uses in other files** of a model built elsewhere (``from models import build``) are
  planned by the tool too (``ModelRecord.remote``); they share the builder's outcome (one
  transaction) and are counted apart (``remote_uses``), not as models.
* **Models in failed files**: a file the tool cannot process (syntax error MKD901, too
  large MKD904, unreadable notebook MKD903, self-check MKD902) has no plans. Where Python
  parses it (a notebook: cell by cell, IPython magics masked and each cell dedented as
  IPython does), a syntactic scan estimates its multi-IO models: a ``Model``/``Functional``
  call with ``inputs``/``outputs`` (or Keras 1 ``input``/``output``, or positional) where
  a side is a list/tuple/dict literal of two or more, or a name last assigned one, or a
  comprehension. These are shown apart as ``in failed files``.
* **Not seen**: the same scan over the files that did not fail finds multi-IO
  constructions that have no plan (the tool did not recognise the call, or found nothing to
  change); they are listed to check the tool's own count, not added to it.

The script always exits 0: it is a report.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
import time
import warnings
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from migrate_keras_dicts.discover import Selection, common_root, discover
from migrate_keras_dicts.findings import Finding, Severity
from migrate_keras_dicts.options import Options
from migrate_keras_dicts.project import weights_order_findings
from migrate_keras_dicts.result import FileResult, ModelRecord
from migrate_keras_dicts.runner import (
    RunConfig,
    default_jobs,
    link_across_files,
    run_files,
)
from migrate_keras_dicts.sources import DEFAULT_MAX_BYTES

_UNDERLYING = re.compile(r":\d+: (MKD\d{3}) ")


@dataclass
class Model:
    """One multi-IO model of a run, as the tables and ``--json`` show it."""

    repo: str
    file: str  # as the tool displays it; a notebook's ``path:cell N``
    line: int
    column: int
    outcome: str  # "migrated", "refused", "never trained", "in failed file", "not seen"
    primary: str | None = None  # the first refusal code (``MKD122>MKD118`` across files)
    codes: list[str] = field(default_factory=list)  # every refusal code, by line
    refusals: list[dict[str, object]] = field(default_factory=list)  # code, line, message
    note: str = ""


@dataclass
class RepoReport:
    repo: str
    folder: Path = Path()
    files: int = 0
    failed: int = 0
    failed_python_parses: int = 0
    failed_codes: Counter[str] = field(default_factory=Counter)
    models: list[Model] = field(default_factory=list)
    remote_uses: list[str] = field(default_factory=list)  # "file:line model-label"
    seconds: float = 0.0

    def count(self, outcome: str) -> int:
        return sum(1 for m in self.models if m.outcome == outcome)

    def figures(self) -> dict[str, object]:
        refused = [m for m in self.models if m.outcome == "refused"]
        return {
            "repo": self.repo,
            "files": self.files,
            "failed_files": self.failed,
            "failed_files_python_parses": self.failed_python_parses,
            "failed_by_code": dict(sorted(self.failed_codes.items())),
            "models": self.count("migrated") + self.count("refused") + self.count("never trained"),
            "migrated": self.count("migrated"),
            "refused": len(refused),
            "never_trained": self.count("never trained"),
            "refused_by_primary_code": dict(Counter(m.primary for m in refused).most_common()),
            "refused_by_any_code": dict(
                Counter(c for m in refused for c in sorted(set(m.codes))).most_common()
            ),
            "models_in_failed_files": self.count("in failed file"),
            "not_seen": self.count("not seen"),
            "remote_uses": len(self.remote_uses),
            "seconds": round(self.seconds, 3),
        }


def run_repo(folder: Path, jobs: int) -> RepoReport:
    """One default whole-folder run, read-only, then the per-model records of it."""
    report = RepoReport(folder.name, folder)
    started = time.perf_counter()
    files = list(discover([folder], Selection()))
    config = RunConfig(Options(), DEFAULT_MAX_BYTES, jobs, keep_texts=False)
    outcomes = list(run_files(files, config))
    outcomes = link_across_files(outcomes, common_root([folder]), config)
    outcomes = weights_order_findings(outcomes)
    report.seconds = time.perf_counter() - started
    report.files = len(outcomes)
    for outcome, path in zip(outcomes, files, strict=True):
        if outcome.failed:
            _failed_file(report, outcome, path)
            continue
        for record in outcome.models:
            if record.remote:
                where = f"{_relative(_in_file(record), folder)}:{record.line}"
                report.remote_uses.append(f"{where} {record.label}")
                continue
            model = Model(
                report.repo,
                _relative(_in_file(record), folder),
                record.line,
                record.column,
                _outcome(record),
            )
            if model.outcome == "never trained":
                model.note = "MKD014: never compiled or trained; left as written"
            if model.outcome == "refused":
                model.codes = [b.code for b in record.blockers]
                model.primary = _primary(record.blockers[0]) if record.blockers else "?"
                model.refusals = [_refusal(b, _in_file(record), folder) for b in record.blockers]
            report.models.append(model)
        seen = {(_relative(_in_file(r), folder), r.line) for r in outcome.models if not r.remote}
        for file, line, kind in _scan(path, folder)[1]:
            if (file, line) not in seen:
                report.models.append(Model(report.repo, file, line, 1, "not seen", note=kind))
    return report


def _outcome(record: ModelRecord) -> str:
    if record.migrated:
        return "migrated"
    return "never trained" if record.untrained else "refused"


def _failed_file(report: RepoReport, outcome: FileResult, path: Path) -> None:
    report.failed += 1
    errors = [f for f in outcome.findings if f.severity is Severity.ERROR]
    code = errors[0].code if errors else "?"
    report.failed_codes[code] += 1
    parses, found = _scan(path, report.folder)
    report.failed_python_parses += parses
    why = errors[0].message if errors else ""
    for file, line, kind in found:
        model = Model(report.repo, file, line, 1, "in failed file", code, [code])
        model.note = f"{kind}; {why}"[:160]
        report.models.append(model)


def _in_file(located: ModelRecord | Finding) -> str:
    """The file as shown, and the cell of a notebook (``nb.ipynb:cell 3``)."""
    return located.path if located.cell is None else f"{located.path}:cell {located.cell}"


def _relative(shown: str, folder: Path) -> str:
    """``shown`` (a path as the tool shows it: relative to the working folder when under it,
    with ``:cell N`` for a notebook's cell) relative to ``folder``."""
    path, cell, rest = shown.partition(":cell ")
    try:
        inside = Path(path).resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return shown
    return inside + cell + rest


def _primary(blocker: Finding) -> str:
    if blocker.code == "MKD122":
        underlying = _UNDERLYING.search(blocker.message)
        if underlying:
            return f"MKD122>{underlying.group(1)}"
    return blocker.code


def _refusal(blocker: Finding, path: str, folder: Path) -> dict[str, object]:
    return {
        "code": blocker.code,
        "where": f"{_relative(_in_file(blocker) if blocker.path else path, folder)}:{blocker.line}",
        "line": blocker.line,
        "message": blocker.message.replace(str(folder) + "/", ""),
    }


# -- a syntactic scan, for failed files and to check the tool's count ------------------------

_MODEL_NAMES = {"Model", "Functional"}


def _scan(path: Path, folder: Path) -> tuple[bool, list[tuple[str, int, str]]]:
    """Whether Python parses the file, and ``(file as shown, line, kind)`` of the multi-IO
    constructions found: by its tree, or, if it does not parse, call by call in its text."""
    shown = _relative(str(path), folder)
    if path.suffix == ".ipynb":
        cells = _cell_sources(path)
        if cells is None:  # not JSON: nothing Python could parse
            return False, []
        parses, found = _scan_cells(cells)
        return parses, [(f"{shown}:cell {cell}", line, kind) for (cell, line), kind in found]
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False, []
    tree = _parse(text)
    found = _multi_io_calls(tree) if tree is not None else _scan_text(text)
    return tree is not None, [(shown, line, kind) for line, kind in found]


def _parse(text: str) -> ast.Module | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ast.parse(text)
    except (SyntaxError, ValueError):
        return None


_MAGIC = re.compile(r"^(\s*)([%!?]|\w+\s*=\s*!)")


def _cell_sources(path: Path) -> list[str] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, ValueError):
        return None
    cells = data.get("cells") if isinstance(data, dict) else None
    if cells is None and isinstance(data, dict):  # nbformat 3
        cells = [c for ws in data.get("worksheets", []) for c in ws.get("cells", [])]
    sources = []
    for cell in cells or []:
        if not isinstance(cell, dict):
            continue
        code = cell.get("cell_type") == "code"
        source = cell.get("source", cell.get("input", "")) if code else ""
        sources.append("".join(source) if isinstance(source, list) else str(source))
    return sources


def _scan_cells(sources: list[str]) -> tuple[bool, list[tuple[tuple[int, int], str]]]:
    """The cells as one module (magics masked, each cell's leading indent removed as
    IPython does); ``(cell, line)`` positions."""
    body: list[ast.stmt] = []
    where: dict[int, tuple[int, int]] = {}
    texts: list[str] = []
    parses = True
    for number, source in enumerate(sources, 1):
        if not source.strip():
            continue
        lines = [
            m.group(1) + "pass" if (m := _MAGIC.match(line)) else line
            for line in _leading_indent(source.splitlines())
        ]
        for i in range(len(lines)):
            where[len(where) + 1] = (number, i + 1)
        texts += lines
        tree = _parse("\n".join(lines) + "\n")
        if tree is None:
            parses = False
            continue
        ast.increment_lineno(tree, len(where) - len(lines))
        body += tree.body
    if parses:
        found = _multi_io_calls(ast.Module(body=body, type_ignores=[]))
    else:
        found = _scan_text("\n".join(texts) + "\n")
    return parses, [(where.get(line, (0, line)), kind) for line, kind in found]


def _leading_indent(lines: list[str]) -> list[str]:
    """IPython's ``leading_indent``: the first line's indent is removed from every line
    that starts with it."""
    first = next((line for line in lines if line.strip()), "")
    indent = first[: len(first) - len(first.lstrip(" \t"))]
    if not indent:
        return lines
    return [line[len(indent) :] if line.startswith(indent) else line for line in lines]


_CALL_START = re.compile(r"\b(?:Model|Functional)\s*\(")
_ASSIGN = re.compile(r"^[ \t]*(\w+)[ \t]*=[ \t]*(?!=)(.+)$", re.MULTILINE)


def _scan_text(text: str) -> list[tuple[int, str]]:
    """For a text Python does not parse: each ``Model(...)`` call parsed alone, its
    variables followed through ``name = ...`` lines that parse."""
    assigned: Assigned = {}
    for match in _ASSIGN.finditer(text):
        tree = _parse(match.group(2).strip().rstrip("\\"))
        if tree is not None and tree.body and isinstance(tree.body[0], ast.Expr):
            line = text.count("\n", 0, match.start()) + 1
            assigned.setdefault(match.group(1), []).append((line, tree.body[0].value))
    found = []
    for match in _CALL_START.finditer(text):
        depth, end = 0, None
        for i in range(match.end() - 1, min(len(text), match.end() + 2000)):
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            if depth == 0:
                end = i + 1
                break
        line = text.count("\n", 0, match.start()) + 1
        call = _parse(text[match.start() : end].replace("\\\n", " ")) if end else None
        if call is None or not call.body or not isinstance(call.body[0], ast.Expr):
            continue
        node = call.body[0].value
        if isinstance(node, ast.Call) and (kind := _multi_io(node, assigned, line)):
            found.append((line, kind))
    return found


def _multi_io_calls(tree: ast.Module) -> list[tuple[int, str]]:
    aliases = set(_MODEL_NAMES)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name in _MODEL_NAMES and alias.asname:
                    aliases.add(alias.asname)
    found = []
    for node, assigned in _calls_in_scopes(tree, {}, top=True):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name in aliases and (kind := _multi_io(node, assigned, node.lineno)):
            found.append((node.lineno, kind))
    return sorted(found)


Assigned = dict[str, list[tuple[int, ast.expr]]]
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


def _calls_in_scopes(
    scope: ast.AST, outer: Assigned, *, top: bool = False
) -> list[tuple[ast.Call, Assigned]]:
    """Every call, with the ``name = value`` assignments of its own function (falling back
    to the module's): a name is followed where it is defined, not in another function."""
    assigned: Assigned = {name: list(values) for name, values in outer.items()}
    calls: list[ast.Call] = []
    inner: list[ast.AST] = []
    pending = list(ast.iter_child_nodes(scope))
    while pending:
        node = pending.pop()
        if isinstance(node, _SCOPES):
            inner.append(node)
            continue
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    assigned.setdefault(target.id, []).append((node.lineno, node.value))
        elif isinstance(node, ast.Call):
            calls.append(node)
        pending.extend(ast.iter_child_nodes(node))
    for values in assigned.values():
        values.sort(key=lambda item: item[0])
    found = [(call, assigned) for call in calls]
    module = assigned if top else outer  # functions see the module's names, not each other's
    for node in inner:
        found += _calls_in_scopes(node, module)
    return found


def _multi_io(node: ast.Call, assigned: Assigned, line: int) -> str:
    """ "multi-IO" (with a note) if a side of this model call holds several tensors, else ""."""
    keywords = {k.arg: k.value for k in node.keywords if k.arg}
    inputs = keywords.get("inputs", keywords.get("input"))
    outputs = keywords.get("outputs", keywords.get("output"))
    if inputs is None and node.args:
        inputs = node.args[0]
    if outputs is None and len(node.args) > 1:
        outputs = node.args[1]
    if inputs is None or outputs is None:
        return ""
    if "multi" not in [_elements(side, assigned, line) for side in (inputs, outputs)]:
        return ""
    legacy = "input" in keywords or "output" in keywords
    return "multi-IO (Keras 1 input=/output=)" if legacy else "multi-IO"


def _elements(expr: ast.expr, assigned: Assigned, line: int) -> str:
    """ "multi", "single" or "unknown": how many tensors a model side holds."""
    for _ in range(5):  # follow a few ``name = ...``
        if not isinstance(expr, ast.Name):
            break
        before = [value for at, value in assigned.get(expr.id, []) if at <= line]
        if not before:
            return "unknown"
        expr = before[-1]
    if isinstance(expr, ast.List | ast.Tuple | ast.Set):
        # ``inputs = []`` is then filled by ``inputs.append(...)``, in a loop
        many = len(expr.elts) != 1 or any(isinstance(e, ast.Starred) for e in expr.elts)
        return "multi" if many else "single"
    if isinstance(expr, ast.Dict):
        return "multi" if len(expr.keys) > 1 or None in expr.keys else "single"
    if isinstance(expr, ast.ListComp):
        return "multi"
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
        lists = isinstance(expr.left, ast.List) or isinstance(expr.right, ast.List)
        return "multi" if lists else "unknown"  # ``[model.output] + outputs``
    if isinstance(expr, ast.Call):
        return "single"
    return "unknown"


# -- output ----------------------------------------------------------------------------------


def totals(reports: list[RepoReport]) -> dict[str, object]:
    merged = RepoReport("total")
    for report in reports:
        merged.files += report.files
        merged.failed += report.failed
        merged.failed_python_parses += report.failed_python_parses
        merged.failed_codes.update(report.failed_codes)
        merged.models += report.models
        merged.remote_uses += report.remote_uses
        merged.seconds += report.seconds
    return merged.figures()


def _codes(counts: dict[str, int]) -> str:
    return ", ".join(f"{code}x{n}" if n > 1 else code for code, n in counts.items())


def print_tables(reports: list[RepoReport], per_model: bool) -> None:
    console = Console(width=200)
    table = Table(title="migrate-keras-dicts over whole repositories (read-only)")
    for column in (
        "repository",
        "files",
        "failed (py parses)",
        "models",
        "migrated",
        "refused",
        "never trained",
        "refused: first code",
        "refused: any code",
        "in failed files",
        "not seen",
        "seconds",
    ):
        table.add_column(column, overflow="fold")
    rows = [r.figures() for r in reports] + [totals(reports)]
    for i, row in enumerate(rows):
        table.add_row(
            str(row["repo"]),
            str(row["files"]),
            f"{row['failed_files']} ({row['failed_files_python_parses']})",
            str(row["models"]),
            str(row["migrated"]),
            str(row["refused"]),
            str(row["never_trained"]),
            _codes(row["refused_by_primary_code"]),  # type: ignore[arg-type]
            _codes(row["refused_by_any_code"]),  # type: ignore[arg-type]
            str(row["models_in_failed_files"]),
            str(row["not_seen"]),
            f"{row['seconds']:.2f}",
            end_section=i == len(rows) - 2,
        )
    console.print(table)
    total = rows[-1]
    models, migrated = int(total["models"]), int(total["migrated"])  # type: ignore[call-overload]
    needing = models - int(total["never_trained"])  # type: ignore[call-overload]
    if models:
        console.print(
            f"migrated: {migrated} of {models} models ({100 * migrated / models:.0f}%); "
            f"{migrated} of the {needing} that need a migration "
            f"({100 * migrated / max(needing, 1):.0f}%)"
        )
    if not per_model:
        return
    listing = Table(title="models")
    for column in ("repository", "file", "line", "outcome", "codes", "first refusal"):
        listing.add_column(column, overflow="fold")
    for report in reports:
        for m in report.models:
            first = m.refusals[0] if m.refusals else None
            listing.add_row(
                m.repo,
                m.file,
                str(m.line),
                m.outcome,
                ",".join(m.codes),
                f"{first['where']}: {first['message']}" if first else m.note,
            )
    console.print(listing)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="one repository per folder")
    parser.add_argument("--json", action="store_true", help="figures and models as JSON")
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (default: cores)")
    parser.add_argument("--per-model", action="store_true", help="list every model")
    args = parser.parse_args(argv)
    jobs = args.jobs or default_jobs()
    reports = [run_repo(folder.resolve(), jobs) for folder in args.folders]
    if args.json:
        data = {
            "repositories": [r.figures() for r in reports],
            "total": totals(reports),
            "models": [asdict(m) for r in reports for m in r.models],
            "remote_uses": {r.repo: r.remote_uses for r in reports if r.remote_uses},
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print_tables(reports, args.per_model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
