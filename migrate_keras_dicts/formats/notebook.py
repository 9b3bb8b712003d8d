"""Jupyter notebooks <-> one Python module, losing nothing.

The code cells of a notebook run in one namespace, so a model built in one cell and fitted
in another is one transaction: the engine must see every code cell at once. This module
joins them into one module (each cell after a marker comment line), hides IPython syntax
behind placeholder statements the engine can parse, and writes the migrated module back
into the notebook cell by cell, changing nothing but the ``source`` of changed cells.

Choices:

- Cells are numbered 1-based over *all* cells (markdown and raw included), i.e. ``cell N``
  is ``notebook["cells"][N - 1]``, the N-th cell from the top whatever its type.
- A line magic, shell escape or help request becomes ``__ipython_magic__(...)`` naming every
  identifier of the original line, with the same indentation, on the same line: a model
  mentioned by a magic escapes to code the engine cannot follow, so the engine refuses it
  rather than miss a use. A masked line that mentions ``name`` passes ``name=`` an unreadable
  value, so the engine will not add layer names it cannot prove unique.
- JSON is read with :mod:`json` and written back with the indent, separators, ``ensure_ascii``,
  newline and final newline that reproduce the original text exactly (key order is kept as
  loaded). If no such layout exists, a changed notebook is not written at all.
"""

from __future__ import annotations

import bisect
import dataclasses
import difflib
import io
import json
import keyword
import re
import tokenize
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from ..findings import Finding
from ..options import Options
from ..result import FileResult
from ..sources import SourceFile, TooLarge, read_source
from . import Unreadable

__all__ = [
    "MAGIC_CALL",
    "NOTEBOOK",
    "CodeCell",
    "Layout",
    "MaskedCell",
    "NotPythonNotebook",
    "Notebook",
    "NotebookError",
    "NotebookFormat",
    "NotebookModule",
    "load_notebook",
    "mask_cell",
]

MAGIC_CALL = "__ipython_magic__"

# Cell magics whose body is Python run in the user namespace: the body is kept.
PYTHON_BODY_CELL_MAGICS = frozenset({"time", "timeit", "capture", "prun", "debug"})
# Cell magics whose body is not Python and cannot touch Python names: only the magic line
# (which may expand ``{var}``) is mentioned. Any other cell magic is unknown, and its
# placeholder mentions every identifier of the whole cell.
FOREIGN_CELL_MAGICS = frozenset(
    {
        "bash",
        "sh",
        "script",
        "writefile",
        "file",
        "html",
        "HTML",
        "javascript",
        "js",
        "latex",
        "markdown",
        "svg",
        "perl",
        "ruby",
        "python",
        "python2",
        "python3",
        "pypy",
    }
)

_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_NEWLINE_RE = re.compile(r"(?:\r\n|\r|\n)\Z")
_IDENT_RE = re.compile(r"[^\W\d]\w*")
_ESCAPE_STARTS = ("%", "!", "?", "/", ",", ";")  # no Python line starts with one of these
_HELP_END_RE = re.compile(r"[^\s#'\"]+\?{1,2}")
_ASSIGN_MAGIC_RE = re.compile(r"([ \t\f]*)([^=#]*?[\w)\]'\"])\s*=\s*[!%]")
_CELL_MAGIC_RE = re.compile(r"%%(\S*)")
_TRAILING_WS = " \t\f\v\r\n"
_NON_ASCII_ESCAPE_RE = re.compile(r"\\u(?!00[0-7])[0-9a-fA-F]{4}")


class NotebookError(Unreadable):
    """The notebook cannot be read or written back safely; the message is one line."""


class NotPythonNotebook(NotebookError):
    """The notebook's kernel is not Python: callers may skip it rather than fail."""


def _split_lines(text: str) -> list[str]:
    """Lines with their endings, split where Python splits them (\\n, \\r\\n, \\r only)."""
    return _LINE_RE.findall(text)


def _ending(line: str) -> str:
    match = _NEWLINE_RE.search(line)
    return match.group() if match else ""


def _identifiers(text: str) -> list[str]:
    """Every name-like word, once, in order: what a masked line still mentions."""
    seen: dict[str, None] = {}
    for word in _IDENT_RE.findall(text):
        if word.isidentifier() and not keyword.iskeyword(word) and word != MAGIC_CALL:
            seen[word] = None
    return list(seen)


def _placeholder(text: str) -> str:
    """A call mentioning every identifier of ``text``; ``name`` becomes an opaque ``name=``."""
    names = _identifiers(text)
    args = [n for n in names if n != "name"]
    if "name" in names:
        args.append(f"name={MAGIC_CALL}")
    return f"{MAGIC_CALL}({', '.join(args)})"


def _is_assign_target(target: str) -> bool:
    try:
        compile(f"{target} = 0", "<magic>", "exec")
    except (SyntaxError, ValueError):
        return False
    return True


def _starts_logical_line(prefix: list[str]) -> bool:
    """Whether a line after ``prefix`` starts a statement (not inside brackets or a string)."""
    text = "".join(prefix)
    if not any(c in text for c in "([{'\"\\"):
        return True
    try:
        for _ in tokenize.generate_tokens(io.StringIO(text).readline):
            pass
    except tokenize.TokenError:
        return False  # an open bracket, string or backslash: the line continues a statement
    except (SyntaxError, ValueError):
        return True  # e.g. a bad dedent: not an open construct, so IPython would see a line
    return True


@dataclass(frozen=True)
class MaskedCell:
    """One cell's lines before and after masking; same count, same endings."""

    lines: list[str]
    masked_lines: list[str]
    masked: frozenset[int]  # indexes of masked lines
    cell_magic: str | None = None
    indent: str = ""  # IPython's leading_indent: removed from the lines that start with it

    @property
    def text(self) -> str:
        return "".join(self.masked_lines)


def _leading_indent(lines: list[str]) -> str:
    """The indent IPython strips from a cell whose first non-blank line is indented
    (``leading_empty_lines`` then ``leading_indent`` in IPython.core.inputtransformer2)."""
    first = next((line for line in lines if line.strip(_TRAILING_WS)), "")
    return first[: len(first) - len(first.lstrip(" \t"))]


def mask_cell(source: str) -> MaskedCell:
    """Replace IPython syntax by Python the engine parses, line for line."""
    original = _split_lines(source)
    indent = _leading_indent(original)
    if indent:
        lines = [line[len(indent) :] if line.startswith(indent) else line for line in original]
        cell = _mask_lines(lines)
        return MaskedCell(original, cell.masked_lines, cell.masked, cell.cell_magic, indent)
    return _mask_lines(original)


def _mask_lines(lines: list[str]) -> MaskedCell:
    out = list(lines)
    masked: set[int] = set()

    def put(i: int, body: str) -> None:
        out[i] = body + _ending(lines[i])
        masked.add(i)

    def comment(i: int) -> None:
        content = lines[i][: len(lines[i]) - len(_ending(lines[i]))]
        put(i, "#" + content.replace("\x00", ""))

    first = next((i for i, line in enumerate(lines) if line.strip(_TRAILING_WS)), None)
    cell_magic = None
    start = 0
    if first is not None and lines[first].startswith("%%"):
        match = _CELL_MAGIC_RE.match(lines[first])
        cell_magic = match.group(1) if match else ""
        if cell_magic in PYTHON_BODY_CELL_MAGICS:
            put(first, _placeholder(lines[first]))
            start = first + 1
        else:
            scope = lines[first] if cell_magic in FOREIGN_CELL_MAGICS else "".join(lines)
            put(first, _placeholder(scope))
            for i in range(first + 1, len(lines)):
                comment(i)
            return MaskedCell(lines, out, frozenset(masked), cell_magic)

    i = start
    while i < len(lines):
        line = lines[i]
        content = line[: len(line) - len(_ending(line))]
        stripped = content.strip(" \t\f")
        kind, assign = None, None
        if stripped.startswith(_ESCAPE_STARTS) or _HELP_END_RE.fullmatch(stripped):
            kind = "escape"
        else:
            assign = _ASSIGN_MAGIC_RE.match(content)
            if assign and _is_assign_target(assign.group(2).strip()):
                kind = "assign"
        if kind is None or not _starts_logical_line(out[start:i]):
            i += 1
            continue
        end = i
        while end + 1 < len(lines) and lines[end].rstrip("\r\n").endswith("\\"):
            end += 1  # IPython joins a magic's backslash-continued lines
        joined = "".join(lines[i : end + 1])
        indent = content[: len(content) - len(content.lstrip(" \t\f"))]
        if kind == "assign":
            assert assign is not None
            rest = content[assign.end() :]
            rhs = "".join([rest, *lines[i + 1 : end + 1]])
            put(i, f"{assign.group(1)}{assign.group(2).strip()} = {_placeholder(rhs)}")
        else:
            put(i, indent + _placeholder(joined))
        for j in range(i + 1, end + 1):
            comment(j)
        i = end + 1
    return MaskedCell(lines, out, frozenset(masked), cell_magic)


def _unmask(cell: MaskedCell, new_text: str, number: int) -> str:
    """The migrated cell with its IPython lines put back; a touched masked line is an error."""
    new_lines = _split_lines(new_text)
    if new_lines == cell.masked_lines:
        return "".join(cell.lines)
    matcher = difflib.SequenceMatcher(None, cell.masked_lines, new_lines, autojunk=False)
    out: list[str] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(cell.lines[i1:i2])
            continue
        if any(i in cell.masked for i in range(i1, i2)):
            raise NotebookError(
                f"cell {number}: the migration edited a masked IPython line; not rewritten"
            )
        inserted = [cell.indent + line if line.strip() else line for line in new_lines[j1:j2]]
        if any(MAGIC_CALL in line for line in inserted):
            raise NotebookError(
                f"cell {number}: the migration copied a masked IPython line; not rewritten"
            )
        out.extend(inserted)
    return "".join(out)


@dataclass(frozen=True)
class Layout:
    """How the notebook's JSON text was written, as :func:`json.dumps` arguments."""

    indent: int | str | None
    separators: tuple[str, str]
    ensure_ascii: bool
    newline: str  # "\n" or "\r\n" between lines
    final_newline: bool

    def dumps(self, data: Any) -> str:
        text = json.dumps(
            data,
            indent=self.indent,
            separators=self.separators,
            ensure_ascii=self.ensure_ascii,
            sort_keys=False,
        )
        if self.newline != "\n":
            text = text.replace("\n", self.newline)  # JSON strings hold no raw newline
        return text + (self.newline if self.final_newline else "")


def _layout_candidates(text: str) -> list[Layout]:
    """The few layouts worth trying, read off the text's first lines and characters."""
    newline = "\r\n" if "\r\n" in text else "\n"
    final = text.endswith(("\n", "\r"))
    body = text.rstrip("\r\n")
    indents: list[int | str | None] = []
    match = re.match(r"[{\[]\r?\n([ \t]*)", body)
    if match:
        space = match.group(1)
        indents.append(len(space) if set(space) <= {" "} else space)
    else:
        indents.append(None)
    if not text.isascii():
        ascii_options = [False]
    elif _NON_ASCII_ESCAPE_RE.search(text):
        ascii_options = [True, False]
    else:  # both reproduce the text; new non-ASCII text is written raw, as Jupyter does
        ascii_options = [False, True]
    out = []
    for indent in indents:
        separator_options = (
            [(",", ": "), (", ", ": ")] if indent is not None else [(", ", ": "), (",", ":")]
        )
        for separators in separator_options:
            for ensure_ascii in ascii_options:
                out.append(Layout(indent, separators, ensure_ascii, newline, final))
    return out


@dataclass
class CodeCell:
    """A code cell as the module holds it."""

    number: int  # 1-based over all cells
    source: str
    as_list: bool
    masked: MaskedCell
    added_newline: bool
    first_line: int = 0  # module line of the cell's first line


class Notebook:
    """A loaded notebook: its code cells as one module, and the way back to JSON text."""

    def __init__(self, text: str, data: dict[str, Any], language: str | None) -> None:
        self.text = text
        self.data = data
        self.language = language
        self.cells: list[CodeCell] = []
        sources: list[str] = []
        for index, cell in enumerate(data["cells"]):
            number = index + 1
            if not isinstance(cell, dict):
                raise NotebookError(f"cell {number} is not a JSON object")
            if cell.get("cell_type") != "code":
                continue
            raw = cell.get("source", "")
            if isinstance(raw, list) and all(isinstance(s, str) for s in raw):
                source, as_list = "".join(raw), True
            elif isinstance(raw, str):
                source, as_list = raw, False
            else:
                raise NotebookError(f"cell {number}: source is not text or a list of text")
            masked = mask_cell(source)
            added = not source.endswith(("\n", "\r"))
            self.cells.append(CodeCell(number, source, as_list, masked, added))
            sources.append(source)
        tag = "mkd-cell"
        suffix = 0
        while any(tag in s for s in sources):
            suffix += 1
            tag = f"mkd-cell-{suffix}"
        self._tag = tag
        parts: list[str] = []
        line = 1
        for cell in self.cells:
            parts.append(self.marker(cell.number) + "\n")
            line += 1
            cell.first_line = line
            parts.append(cell.masked.text + ("\n" if cell.added_newline else ""))
            line += max(len(cell.masked.lines), 1)
        self.module_source = "".join(parts)
        self._starts = [c.first_line for c in self.cells]

    def marker(self, number: int) -> str:
        """The comment line that opens cell ``number`` in :attr:`module_source`."""
        return f"# <{self._tag} {number}>"

    @cached_property
    def layout(self) -> Layout | None:
        """The layout that reproduces the original text exactly, or None if there is none."""
        for candidate in _layout_candidates(self.text):
            try:
                if candidate.dumps(self.data) == self.text:
                    return candidate
            except ValueError:  # e.g. a lone surrogate under ensure_ascii=False
                continue
        return None

    # -- module lines -> cells -------------------------------------------------------------

    def locate(self, line: int) -> tuple[int, int]:
        """Module line -> (cell number, 1-based line in that cell); a marker is line 1."""
        if not self.cells:
            return (1, max(line, 1))
        k = max(bisect.bisect_right(self._starts, line + 1) - 1, 0)  # a marker: next cell
        cell = self.cells[k]
        within = line - cell.first_line + 1
        last = max(len(cell.masked.lines), 1)
        return (cell.number, min(max(within, 1), last))

    def position(self, line: int, column: int) -> tuple[int, int, int]:
        """Module (line, column) -> (cell, line, column); a column on a masked line is moved
        to the same identifier in the original IPython line, else to its first character."""
        number, within = self.locate(line)
        cell = next((c for c in self.cells if c.number == number), None)
        if cell is None:
            return (number, within, column)
        if within - 1 not in cell.masked.masked:
            line_text = cell.masked.lines[within - 1] if within <= len(cell.masked.lines) else ""
            shift = len(cell.masked.indent) if line_text.startswith(cell.masked.indent) else 0
            return (number, within, column + shift)
        original = cell.masked.lines[within - 1]
        masked = cell.masked.masked_lines[within - 1]
        indent = len(original) - len(original.lstrip(" \t\f"))
        for match in _IDENT_RE.finditer(masked):
            if match.start() < column <= match.end() and match.group() != MAGIC_CALL:
                found = re.search(rf"(?<!\w){re.escape(match.group())}(?!\w)", original)
                if found:
                    return (number, within, found.start() + 1)
        return (number, within, indent + 1)

    # -- module -> cells -> JSON -----------------------------------------------------------

    def _new_sources(self, new_module_source: str) -> dict[int, str]:
        """Cell number -> new source, for the cells whose source changed."""
        if new_module_source == self.module_source:
            return {}
        markers = {self.marker(c.number): k for k, c in enumerate(self.cells)}
        segments: list[list[str]] = [[] for _ in self.cells]
        before: list[str] = []
        current = -1
        for line in _split_lines(new_module_source):
            content = line[: len(line) - len(_ending(line))]
            if content.startswith(f"# <{self._tag} "):
                k = markers.get(content)
                if k != current + 1 or _ending(line) != "\n":
                    raise NotebookError(
                        "the migrated module lost, moved or edited a cell marker; not rewritten"
                    )
                current = k
            elif current < 0:
                before.append(line)  # e.g. an import added above the first cell
            else:
                segments[current].append(line)
        if current != len(self.cells) - 1:
            raise NotebookError("the migrated module lost a cell marker; not rewritten")
        for k, cell in enumerate(self.cells):
            # Lines the migration put above a cell magic (an added import) must move: the
            # magic has to stay the cell's first line.
            if cell.masked.cell_magic is not None and cell.masked.masked_lines:
                first = cell.masked.masked_lines[0]
                if first in segments[k] and segments[k].index(first) > 0:
                    at = segments[k].index(first)
                    before, segments[k] = before + segments[k][:at], segments[k][at:]
        if before:
            # An import added above everything goes to the first cell without a cell magic:
            # ``%%bash``/``%%time`` must stay the first line of theirs.
            target = next(
                (k for k, c in enumerate(self.cells) if c.masked.cell_magic is None), None
            )
            if target is None:
                raise NotebookError("no plain code cell to hold an added import; not rewritten")
            segments[target][:0] = before
        changed: dict[int, str] = {}
        for cell, segment in zip(self.cells, segments, strict=True):
            new_masked = "".join(segment)
            old_masked = cell.masked.text + ("\n" if cell.added_newline else "")
            if new_masked == old_masked:
                continue
            padded = cell.masked
            if cell.added_newline:
                padded = _with_newline(cell.masked)
            new = _unmask(padded, new_masked, cell.number)
            # Keep the cell's own tail (no final newline, trailing blank lines): an import
            # added at the end of a cell must not leave a blank line or a newline behind.
            core = cell.source.rstrip(_TRAILING_WS)
            new = new.rstrip(_TRAILING_WS) + cell.source[len(core) :]
            if new != cell.source:
                changed[cell.number] = new
        return changed

    def cell_diffs(self, new_module_source: str) -> list[tuple[int, str, str]]:
        """(cell number, old source, new source) for each cell the migration changed."""
        sources = {c.number: c.source for c in self.cells}
        changed = self._new_sources(new_module_source)
        return [(n, sources[n], new) for n, new in sorted(changed.items())]

    def apply(self, new_module_source: str) -> str:
        """The notebook's JSON text with the changed cells' sources replaced; nothing else
        changes. Raises NotebookError rather than write a differently formatted file."""
        changed = self._new_sources(new_module_source)
        if not changed:
            return self.text
        layout = self.layout
        if layout is None:
            raise NotebookError(
                "JSON layout not recognised; not rewritten (json.dumps cannot reproduce "
                "this file's indentation, spacing, escapes or numbers)"
            )
        forms = {c.number: c.as_list for c in self.cells}
        cells = list(self.data["cells"])
        for number, source in changed.items():
            cell = dict(cells[number - 1])  # a copy keeps key order; the loaded data stays
            cell["source"] = source.splitlines(True) if forms[number] else source
            cells[number - 1] = cell
        data = dict(self.data)
        data["cells"] = cells
        text = layout.dumps(data)
        if json.loads(text) != data:  # pragma: no cover - json.dumps/json.loads agree
            raise NotebookError("the rewritten notebook does not read back; not rewritten")
        return text


def _with_newline(cell: MaskedCell) -> MaskedCell:
    """The cell as it sits in the module: its last line ended by the newline added there."""
    if not cell.lines:
        return MaskedCell(["\n"], ["\n"], cell.masked, cell.cell_magic, cell.indent)
    return MaskedCell(
        [*cell.lines[:-1], cell.lines[-1] + "\n"],
        [*cell.masked_lines[:-1], cell.masked_lines[-1] + "\n"],
        cell.masked,
        cell.cell_magic,
        cell.indent,
    )


NOTEBOOK_ALLOWANCE = 100  # a notebook may be this many times the limit, its outputs included


def read_within_limit(path: Path, max_bytes: int) -> SourceFile:
    """``read_source`` with the size limit on what the tool analyses: a notebook's size is
    mostly its outputs (images), so the limit is for its code cells."""
    source = read_source(path, max_bytes * NOTEBOOK_ALLOWANCE)
    if len(source.text) > max_bytes:
        code = notebook_code_size(source.text)
        if code > max_bytes:
            raise TooLarge(
                f"its code cells hold {code / 1e6:.1f} MB, over the "
                f"{max_bytes / 1e6:g} MB limit; raise it with --max-file-size"
            )
    return source


def notebook_code_size(text: str) -> int:
    """Characters in the code cells of a notebook's JSON text (0 if it is not a notebook)."""
    try:
        data = json.loads(text)
    except ValueError:
        return 0
    cells = data.get("cells", []) if isinstance(data, dict) else []
    size = 0
    for cell in cells:
        if isinstance(cell, dict) and cell.get("cell_type") == "code":
            raw = cell.get("source", "")
            size += (
                sum(len(s) for s in raw if isinstance(s, str))
                if isinstance(raw, list)
                else len(str(raw))
            )
    return size


def load_notebook(text: str) -> Notebook:
    """Read a notebook's JSON text; NotebookError says in one line why it cannot be used."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise NotebookError(f"invalid JSON: {error}") from None
    except RecursionError:
        raise NotebookError("invalid JSON: nested too deeply") from None
    if not isinstance(data, dict):
        raise NotebookError("not a Jupyter notebook: the JSON is not an object")
    version = data.get("nbformat")
    if not isinstance(version, int) or isinstance(version, bool):
        raise NotebookError("not a Jupyter notebook: no integer 'nbformat' field")
    if version < 4:
        raise NotebookError(
            f"nbformat {version} is not supported (4 or later needed); "
            "open and save it in Jupyter to upgrade it"
        )
    if not isinstance(data.get("cells"), list):
        raise NotebookError("not a Jupyter notebook: no 'cells' list")
    language = _language(data.get("metadata"))
    if language is not None and language.lower() not in ("python", "python3", "ipython"):
        raise NotPythonNotebook(f"the notebook's kernel language is {language!r}, not Python")
    return Notebook(text, data, language)


def _language(metadata: Any) -> str | None:
    if not isinstance(metadata, dict):
        return None
    for key, field_name in (("language_info", "name"), ("kernelspec", "language")):
        value = metadata.get(key)
        if isinstance(value, dict) and isinstance(name := value.get(field_name), str):
            return name
    return None


def _run_magics(notebook: Notebook) -> list[tuple[int, int]]:
    """(cell number, line) of every ``%run`` line magic."""
    found = []
    for cell in notebook.cells:
        for index in sorted(cell.masked.masked):
            if re.match(r"\s*%run\b", cell.masked.lines[index]):
                found.append((cell.number, index + 1))
    return found


def _relabel(finding: Finding, notebook: Notebook) -> str:
    """The module lines the message names (``Finding.refs``) -> ``cell N line L``."""

    def one(number: int) -> str:
        cell, line = notebook.locate(number)
        return f"cell {cell} line {line}"

    message = finding.message
    for start, end, lines in reversed(finding.refs):
        message = message[:start] + ", ".join(one(n) for n in lines) + message[end:]
    # The placeholder stands for a masked IPython line; say so instead of quoting it.
    return re.sub(rf"`{MAGIC_CALL}\([^`]*\)`", "an IPython magic or shell line", message)


@dataclass(frozen=True)
class NotebookModule:
    """A notebook's code cells as one module (see :class:`Notebook`)."""

    notebook: Notebook

    @property
    def text(self) -> str:
        return self.notebook.module_source

    def options(self, options: Options) -> Options:
        # cells may have run in any order, any number of times: not a script
        return dataclasses.replace(options, script=False)

    def where(self, line: int, column: int) -> tuple[int | None, int, int]:
        return self.notebook.position(line, column)

    def place(self, result: FileResult) -> FileResult:
        """Findings and models into cells, the new module into the JSON text. A migration
        that cannot be written back leaves the text as it was, with an MKD902."""
        notebook, path, text = self.notebook, result.path, self.notebook.text

        def in_cell(finding: Finding) -> Finding:
            cell, line, column = notebook.position(finding.line, finding.column)
            message = _relabel(finding, notebook)
            return Finding(finding.code, message, line, column, path, cell)

        findings = tuple(in_cell(finding) for finding in result.findings)
        models = []
        for model in result.models:
            cell, line, column = notebook.position(model.line, model.column)
            blockers = tuple(in_cell(blocker) for blocker in model.blockers)
            models.append(
                dataclasses.replace(
                    model, line=line, column=column, blockers=blockers, path=path, cell=cell
                )
            )
        # nothing imports a notebook: it exports no model to other files
        placed = dataclasses.replace(
            result,
            old_text=text,
            new_text=text,
            findings=findings,
            models=tuple(models),
            exports=(),
        )
        runs = _run_magics(notebook)
        if result.changed and runs:
            # ``%run`` executes another script in (or into) the notebook's namespace: its
            # uses of the models are out of sight, so nothing is rewritten.
            number, line = runs[0]
            blocker = Finding(
                "MKD106",
                "`%run` executes code the tool cannot see in this notebook's namespace; "
                "its models are not migrated",
                line,
                1,
                path,
                number,
            )
            return dataclasses.replace(
                placed,
                findings=(blocker,),
                models_migrated=0,
                models_refused=result.models_migrated + result.models_refused,
                models=tuple(
                    dataclasses.replace(m, migrated=False, blockers=(*m.blockers, blocker))
                    for m in models
                ),
            )
        if not result.changed:
            return placed
        try:
            new_text = notebook.apply(result.new_text)
            diffs = notebook.cell_diffs(result.new_text)
        except NotebookError as error:
            failure = Finding("MKD902", f"self-check failed: {error}", 1, 1, path)
            return dataclasses.replace(placed, models_migrated=0, models=()).with_failure(failure)
        return dataclasses.replace(placed, new_text=new_text, cell_diffs=tuple(diffs))


class NotebookFormat:
    kind = "notebook"

    def read(self, path: Path, max_bytes: int) -> SourceFile:
        return read_within_limit(path, max_bytes)

    def load(self, text: str) -> NotebookModule | None:
        try:
            return NotebookModule(load_notebook(text))
        except NotPythonNotebook:
            return None


NOTEBOOK = NotebookFormat()
