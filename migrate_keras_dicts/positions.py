"""Where findings point, without printing the module.

LibCST computes positions by printing: over a whole module that costs as much as the
print itself, and a file has findings in only a few statements. The ``ast`` tree of the
same text, which the syntax check makes anyway, already knows every statement's line and
most expressions' line and column; it is used where it tells exactly which node is meant.
Elsewhere the one simple statement that holds the node is found in the text by its own
code, and PositionProvider runs over that line alone; over the whole top-level statement
(a training script's ``main()``) only when neither can say.
"""

from __future__ import annotations

import ast
import bisect
import re
from collections.abc import Callable, Mapping
from typing import cast

import libcst as cst
from libcst.metadata import CodeRange, MetadataWrapper

from . import fastwalk

_SAME_COMPOUND = {
    "FunctionDef": ("FunctionDef", "AsyncFunctionDef"),
    "ClassDef": ("ClassDef",),
    "If": ("If",),
    "For": ("For", "AsyncFor"),
    "While": ("While",),
    "Try": ("Try",),
    "TryStar": ("TryStar",),
    "With": ("With", "AsyncWith"),
    "Match": ("Match",),
}
_COMPOUND = tuple(
    getattr(ast, name) for names in _SAME_COMPOUND.values() for name in names if hasattr(ast, name)
)

# LibCST node types whose every instance is one ``ast`` node of the type given, spanning
# the same text when the LibCST node has no parentheses of its own.
_AST_TWIN: dict[type, type] = {
    cst.Call: ast.Call,
    cst.List: ast.List,
    cst.Dict: ast.Dict,
    cst.Subscript: ast.Subscript,
}


def statement_lines_by_printing(module: cst.Module) -> dict[int, int]:
    """The line on which each top-level statement (its leading blank and comment lines
    included) starts, by printing the module."""
    lines = {}
    line = 1 + sum(module.code_for_node(e).count("\n") for e in module.header)
    for item in module.body:
        lines[id(item)] = line
        line += module.code_for_node(item).count("\n")
    return lines


def statements_from_ast(
    tree: ast.Module | None, module: cst.Module
) -> tuple[dict[int, int], dict[int, list[ast.stmt]]] | None:
    """The same lines from ``ast``'s line numbers of the same text, and the ``ast``
    statements of each top-level LibCST statement; None when the two trees do not line up
    statement for statement."""
    if tree is None:
        return None
    body = tree.body
    lines: dict[int, int] = {}
    statements: dict[int, list[ast.stmt]] = {}
    index = 0
    for item in module.body:
        if index >= len(body):
            return None
        first = body[index]
        if isinstance(item, cst.SimpleStatementLine):
            count = len(item.body)
            if isinstance(first, _COMPOUND):
                return None
        else:
            count = 1
            if type(first).__name__ not in _SAME_COMPOUND.get(type(item).__name__, ()):
                return None
        decorators = getattr(first, "decorator_list", None)
        line = decorators[0].lineno if decorators else first.lineno
        lines[id(item)] = line - len(item.leading_lines)
        statements[id(item)] = body[index : index + count]
        index += count
    return (lines, statements) if index == len(body) else None


class AstLocator:
    """Positions of LibCST expressions read from the ``ast`` tree of the same text."""

    def __init__(self, text: str) -> None:
        self.lines = _source_lines(text)
        # the expressions of each top-level statement by type: a finding in a long
        # ``main()`` walks its tree once, not once per finding
        self._by_type: dict[int, dict[type, list[ast.expr]]] = {}

    def locate(
        self,
        node: cst.CSTNode,
        statements: list[ast.stmt],
        parent: Callable[[cst.CSTNode], cst.CSTNode | None],
        code: Callable[[cst.CSTNode], str],
    ) -> tuple[int, int] | None:
        """1-based line and column of ``node``, or None when the ``ast`` tree cannot say
        which of its nodes ``node`` is: exactly one ``ast`` twin in the statement must
        span exactly the text of ``node``."""
        twin = _AST_TWIN.get(type(node))
        if twin is None or getattr(node, "lpar", None):
            return None
        if _in_fstring(node, parent):
            return None  # before 3.12, ``ast`` positions inside f-strings can be off
        text = code(node)
        height = text.count("\n")
        found: ast.expr | None = None
        for twin_node in self._of_type(statements).get(twin, ()):
            end_line = twin_node.end_lineno
            if end_line is None or end_line - twin_node.lineno != height:
                continue
            if self._segment(twin_node) != text:
                continue
            if found is not None:
                return None  # the same text twice: which one is not known
            found = twin_node
        if found is None:
            return None
        line = self.lines[found.lineno - 1]
        before = line.encode("utf-8")[: found.col_offset].decode("utf-8", "replace")
        if "\x0c" in before:
            return None  # LibCST does not count a form feed as a column
        return found.lineno, len(before) + 1

    def _of_type(self, statements: list[ast.stmt]) -> dict[type, list[ast.expr]]:
        key = id(statements[0]) if statements else 0
        index = self._by_type.get(key)
        if index is None:
            index = {}
            twins = set(_AST_TWIN.values())
            for statement in statements:
                for candidate in ast.walk(statement):
                    if type(candidate) in twins:  # expression classes all
                        index.setdefault(type(candidate), []).append(cast(ast.expr, candidate))
            self._by_type[key] = index
        return index

    def _segment(self, node: ast.expr) -> str | None:
        start, end = node.lineno - 1, (node.end_lineno or node.lineno) - 1
        if node.end_col_offset is None or end >= len(self.lines):
            return None
        first = self.lines[start].encode("utf-8")
        if start == end:
            return first[node.col_offset : node.end_col_offset].decode("utf-8", "replace")
        last = self.lines[end].encode("utf-8")
        return "".join(
            [
                first[node.col_offset :].decode("utf-8", "replace"),
                *self.lines[start + 1 : end],
                last[: node.end_col_offset].decode("utf-8", "replace"),
            ]
        )


class LineLocator:
    """Positions of nodes in a simple statement nested in a top-level one.

    The statement's code (without its leading comment lines) is what the text holds from
    its first token, after the block's indentation, to the end of its line: when it is
    found there exactly once inside the top-level statement, positions inside it are
    LibCST's over that statement alone, shifted to where it was found (only its first
    line is indented by the block: the lines it continues on are kept verbatim).
    """

    def __init__(self, text: str, lines: list[str] | None = None) -> None:
        """``lines``: the text's lines as ``AstLocator`` split them, when it has."""
        self.text = text
        self.starts = [0]
        for line in _source_lines(text) if lines is None else lines:
            self.starts.append(self.starts[-1] + len(line))
        self._placed: dict[int, tuple[int, int, Mapping[cst.CSTNode, CodeRange]] | None] = {}

    def locate(
        self,
        node: cst.CSTNode,
        lines: tuple[int, int],
        parent: Callable[[cst.CSTNode], cst.CSTNode | None],
        code: Callable[[cst.CSTNode], str],
    ) -> tuple[int, int] | None:
        """1-based line and column of ``node``, or None. ``lines``: the first line of the
        top-level statement and the line just past it."""
        line = _simple_statement_of(node, parent)
        if line is None or parent(line) is None or line is node:
            return None
        key = id(line)
        if key not in self._placed:
            self._placed[key] = self._place(line, lines, code)
        placed = self._placed[key]
        if placed is None:
            return None
        first, indent, spans = placed
        span = spans.get(node)
        if span is None:
            return None
        where = span.start
        column = where.column + (indent if where.line == 1 else 0)
        return first + where.line - 1, column + 1

    def _place(
        self,
        line: cst.SimpleStatementLine,
        lines: tuple[int, int],
        code: Callable[[cst.CSTNode], str],
    ) -> tuple[int, int, Mapping[cst.CSTNode, CodeRange]] | None:
        bare = line.with_changes(leading_lines=())
        own = code(bare).rstrip("\r\n")
        if not own.strip():
            return None
        first_line, past = lines
        if first_line < 1 or past > len(self.starts) or first_line >= past:
            return None
        begin, end = self.starts[first_line - 1], self.starts[past - 1]
        found: int | None = None
        at = self.text.find(own, begin, end)
        while at != -1:
            line_start = self.text.rfind("\n", 0, at) + 1
            line_start = max(line_start, self.text.rfind("\r", 0, at) + 1)
            after = at + len(own)
            indent = self.text[line_start:at]
            if indent.strip(" \t") == "" and (
                after == len(self.text) or self.text[after] in "\r\n"
            ):
                if found is not None:
                    return None  # the same line twice: which one is not known
                found = at
            at = self.text.find(own, at + 1, end)
        if found is None:
            return None
        index = bisect.bisect_right(self.starts, found) - 1
        indent_width = found - self.starts[index]
        wrapper = MetadataWrapper(cst.Module(body=[bare]), unsafe_skip_copy=True)
        return index + 1, indent_width, fastwalk.positions(wrapper)


def _simple_statement_of(
    node: cst.CSTNode, parent: Callable[[cst.CSTNode], cst.CSTNode | None]
) -> cst.SimpleStatementLine | None:
    """The simple statement line that holds ``node``; None when a compound statement's
    header (or a one-line suite) holds it first."""
    current: cst.CSTNode | None = node
    while current is not None:
        if isinstance(current, cst.SimpleStatementLine):
            return current
        if isinstance(current, cst.BaseCompoundStatement | cst.SimpleStatementSuite):
            return None
        current = parent(current)
    return None


def _in_fstring(node: cst.CSTNode, parent: Callable[[cst.CSTNode], cst.CSTNode | None]) -> bool:
    current = parent(node)
    while current is not None and not isinstance(current, cst.BaseStatement):
        if isinstance(current, cst.FormattedString):
            return True
        current = parent(current)
    return False


def _source_lines(text: str) -> list[str]:
    """Lines as the tokenizer counts them: ended by \\n, \\r\\n or \\r only (not by the
    form feeds and other breaks ``str.splitlines`` knows)."""
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)
