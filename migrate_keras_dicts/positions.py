"""Where findings point, without printing the module.

LibCST computes positions by printing: over a whole module that costs as much as the
print itself, and a file has findings in only a few statements. The ``ast`` tree of the
same text, which the syntax check makes anyway, already knows every statement's line and
most expressions' line and column; it is used where it tells exactly which node is meant,
and LibCST's PositionProvider over the one statement everywhere else.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from typing import cast

import libcst as cst

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
        for statement in statements:
            for candidate in ast.walk(statement):
                if type(candidate) is not twin:
                    continue
                twin_node = cast(ast.expr, candidate)  # ``twin`` is an expression class
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
