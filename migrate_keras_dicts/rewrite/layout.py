"""Edited statements that grew past the project's line length, laid out as black and
``ruff format`` lay out a call or a literal; nothing else is touched.

Only a statement the edits changed, on one line before and after them, is laid out, and only
its bracketed value, the way black's right-hand split does it:

* the last bracket pair of the value is split (a call chain's earlier pair when the head
  before the last one does not fit); a bare tuple on the right of ``=`` gets parentheses;
* a call's arguments stay on one line of their own when they fit there (and have no magic
  trailing comma), else one per line with a trailing comma;
* a literal with more than one item goes one item per line with a trailing comma (black
  explodes collections whose body has commas);
* each item still too long is split the same way, one indent deeper.

Indents are the file's own unit (``Module.default_indent``) on top of the block's indent.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

import libcst as cst

DEFAULT_LINE_LENGTH = 88
_TAB = 4  # ruff's default indent width, for measuring tabs


def text_width(text: str) -> int:
    """Columns ``text`` takes: wide East Asian characters take two, a tab four."""
    width = 0
    for char in text:
        if char == "\t":
            width += _TAB
        elif ord(char) < 0x1100:
            width += 1
        else:
            width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return width


class LayoutTransformer(cst.CSTTransformer):
    """Lays out the edited statements of ``module`` (``originals``: each edited statement's
    text before the edits, by the new statement's id; a new statement has none)."""

    def __init__(self, module: cst.Module, originals: Mapping[int, str], limit: int) -> None:
        super().__init__()
        self.module = module
        self.originals = originals
        self.limit = limit
        self.unit = module.default_indent
        self.indents: list[str] = []
        self.changed = False

    def on_visit(self, node: cst.CSTNode) -> bool:
        if isinstance(node, cst.IndentedBlock):
            self.indents.append(node.indent if node.indent is not None else self.unit)
            return True
        if isinstance(node, cst.SimpleStatementLine):
            return False  # laid out whole in on_leave
        return not isinstance(node, cst.BaseExpression | cst.SimpleStatementSuite)

    def on_leave(self, original_node, updated_node):  # type: ignore[override]
        if isinstance(original_node, cst.IndentedBlock):
            self.indents.pop()
            return updated_node
        if isinstance(updated_node, cst.SimpleStatementLine):
            key = id(original_node)
            if key in self.originals:
                return self._statement(updated_node, self.originals[key])
        return updated_node

    def code(self, node: cst.CSTNode) -> str:
        return self.module.code_for_node(node)

    def _statement(self, line: cst.SimpleStatementLine, before: str) -> cst.SimpleStatementLine:
        if len(line.body) != 1:
            return line
        code = self.code(line.with_changes(leading_lines=())).rstrip("\r\n")
        if "\n" in code or "\n" in before.strip("\r\n"):
            return line  # laid out by hand already: its lines are the author's
        indent = text_width("".join(self.indents))
        comment = line.trailing_whitespace.comment
        small = line.body[0]
        small_code = self.code(small)
        if indent + text_width(code) <= self.limit:
            return line
        if (
            comment is not None
            and indent + text_width(small_code) <= self.limit
            and before
            and indent + text_width(before.strip("\r\n")) > self.limit
        ):
            return line  # too long before, for its comment: the author's choice
        value = getattr(small, "value", None)
        if not isinstance(
            small, cst.Assign | cst.AugAssign | cst.AnnAssign | cst.Return | cst.Expr
        ):
            return line
        if not isinstance(value, cst.BaseExpression):
            return line
        value_code = self.code(value)
        if not small_code.endswith(value_code):
            return line
        lead = indent + text_width(small_code[: len(small_code) - len(value_code)])
        tail = text_width(code) - text_width(small_code)
        bare_tuple = isinstance(small, cst.Assign | cst.Return | cst.AnnAssign | cst.AugAssign)
        new = self._split(value, 0, lead, tail, bare_tuple)
        if new is None:
            return line
        self.changed = True
        return line.with_changes(body=[small.with_changes(value=new)])

    # -- splitting ----------------------------------------------------------------------
    def _newline(self, depth: int) -> cst.ParenthesizedWhitespace:
        return cst.ParenthesizedWhitespace(
            first_line=cst.TrailingWhitespace(),
            empty_lines=[],
            indent=True,
            last_line=cst.SimpleWhitespace(self.unit * depth),
        )

    def _width(self, depth: int) -> int:
        return text_width("".join(self.indents)) + text_width(self.unit) * depth

    def _fit(self, node: cst.BaseExpression, depth: int, lead: int, tail: int):
        if lead + text_width(self.code(node)) + tail <= self.limit:
            return node
        return self._split(node, depth, lead, tail, False) or node

    def _split(self, node: cst.BaseExpression, depth: int, lead: int, tail: int, bare_tuple: bool):
        if isinstance(node, cst.Call | cst.Subscript | cst.Attribute):
            if _fluent(node):
                return None  # ``a(x).b(y).c(z)``: ruff's fluent layout, left to the formatter
            return self._split_chain(node, depth, lead, tail)
        if isinstance(node, cst.Dict | cst.List | cst.Set):
            return self._split_literal(node, depth)
        if isinstance(node, cst.Tuple):
            if not node.lpar:
                if not bare_tuple:
                    return None
                node = node.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
            return self._split_literal(node, depth)
        return None

    def _split_chain(self, node: cst.BaseExpression, depth: int, lead: int, tail: int):
        """The last bracket pair of a trailer chain whose head (up to the opening bracket)
        fits, as black's right-hand split omitting trailers."""
        if getattr(node, "lpar", None):
            return None
        if isinstance(node, cst.Call):
            inner = node.func
        elif isinstance(node, cst.Subscript | cst.Attribute):
            inner = node.value
        else:
            return None
        head = lead + text_width(self.code(inner)) + 1
        if isinstance(node, cst.Call | cst.Subscript) and head <= self.limit:
            if isinstance(node, cst.Call):
                return self._split_call(node, depth)
            return self._split_subscript(node, depth)
        trailer = text_width(self.code(node)) - text_width(self.code(inner))
        split = self._split_chain(inner, depth, lead, trailer + tail)
        if split is None:
            return None
        return (
            node.with_changes(func=split)
            if isinstance(node, cst.Call)
            else node.with_changes(value=split)
        )

    def _split_subscript(self, node: cst.Subscript, depth: int) -> cst.Subscript | None:
        if len(node.slice) != 1 or isinstance(node.slice[0].comma, cst.Comma):
            return None
        element = node.slice[0]
        return node.with_changes(
            lbracket=node.lbracket.with_changes(whitespace_after=self._newline(depth + 1)),
            rbracket=node.rbracket.with_changes(whitespace_before=self._newline(depth)),
            slice=[element],
        )

    def _split_call(self, call: cst.Call, depth: int) -> cst.Call | None:
        args = list(call.args)
        if not args:
            return None
        inner = depth + 1
        magic = isinstance(args[-1].comma, cst.Comma)
        # one argument is not split at commas: no trailing comma (nor may a generator take one)
        single = len(args) == 1 and not magic
        body = "".join(self.code(arg) for arg in args[:-1]) + self.code(
            args[-1].with_changes(whitespace_after_arg=cst.SimpleWhitespace(""))
        )
        if not magic and self._width(inner) + text_width(body) <= self.limit:
            last = args[-1].with_changes(whitespace_after_arg=self._newline(depth))
            return call.with_changes(
                args=[*args[:-1], last], whitespace_before_args=self._newline(inner)
            )
        laid = []
        for i, arg in enumerate(args):
            flat = arg.with_changes(
                comma=cst.MaybeSentinel.DEFAULT, whitespace_after_arg=cst.SimpleWhitespace("")
            )
            lead = (
                self._width(inner) + text_width(self.code(flat)) - text_width(self.code(arg.value))
            )
            value = self._fit(arg.value, inner, lead, 0 if single else 1)
            last = i == len(args) - 1
            if single:
                laid.append(
                    flat.with_changes(value=value, whitespace_after_arg=self._newline(depth))
                )
                continue
            comma = cst.Comma(
                whitespace_before=cst.SimpleWhitespace(""),
                whitespace_after=self._newline(depth if last else inner),
            )
            laid.append(flat.with_changes(value=value, comma=comma))
        return call.with_changes(args=laid, whitespace_before_args=self._newline(inner))

    def _split_literal(self, node, depth: int):
        elements = list(node.elements)
        if not elements:
            return None
        inner = depth + 1
        magic = isinstance(elements[-1].comma, cst.Comma)
        explode = len(elements) > 1 or magic
        laid = []
        for i, element in enumerate(elements):
            flat = element.with_changes(comma=cst.MaybeSentinel.DEFAULT)
            value = element.value
            if isinstance(element, cst.DictElement | cst.Element):
                lead = (
                    self._width(inner) + text_width(self.code(flat)) - text_width(self.code(value))
                )
                value = self._fit(value, inner, lead, 1 if explode else 0)
            last = i == len(elements) - 1
            if explode:
                comma = cst.Comma(
                    whitespace_before=cst.SimpleWhitespace(""),
                    whitespace_after=cst.SimpleWhitespace("") if last else self._newline(inner),
                )
                laid.append(flat.with_changes(value=value, comma=comma))
            else:
                laid.append(flat.with_changes(value=value))
        closing = self._newline(depth)
        opening = self._newline(inner)
        if isinstance(node, cst.Dict | cst.Set):
            return node.with_changes(
                elements=laid,
                lbrace=node.lbrace.with_changes(whitespace_after=opening),
                rbrace=node.rbrace.with_changes(whitespace_before=closing),
            )
        if isinstance(node, cst.List):
            return node.with_changes(
                elements=laid,
                lbracket=node.lbracket.with_changes(whitespace_after=opening),
                rbracket=node.rbracket.with_changes(whitespace_before=closing),
            )
        lpar, rpar = list(node.lpar), list(node.rpar)
        lpar[0] = lpar[0].with_changes(whitespace_after=opening)
        rpar[-1] = rpar[-1].with_changes(whitespace_before=closing)
        return node.with_changes(elements=laid, lpar=lpar, rpar=rpar)


def _fluent(node: cst.BaseExpression) -> bool:
    """Two or more attributes read off calls or subscripts (``a(x).b(y).c(z)``)."""
    count = 0
    while isinstance(node, cst.Call | cst.Subscript | cst.Attribute):
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Call | cst.Subscript):
            count += 1
        node = node.func if isinstance(node, cst.Call) else node.value
    return count >= 2
