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

A statement its author aligned by hand (items continued under the first one, right after the
opening bracket) keeps that style: an edited line past the limit breaks before the first item
that no longer fits and goes on at that column, and an item too long alone has its own items
aligned after its bracket; only what fits neither way gets the formatter's split.

Indents are the file's own unit (``Module.default_indent``) on top of the block's indent.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from typing import Any, cast

import libcst as cst
from libcst.metadata import CodeRange, MetadataWrapper

from .. import fastwalk

_Literal = cst.Dict | cst.List | cst.Set | cst.Tuple  # the brackets _items reads

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

    def __init__(
        self,
        module: cst.Module,
        originals: Mapping[int, str],
        limit: int,
        paths: set[int] | None = None,
    ) -> None:
        super().__init__()
        self.module = module
        self.originals = originals
        self.limit = limit
        self.paths = paths  # ids of the edited statements and their ancestors; None: all
        self.unit = module.default_indent
        self.indents: list[str] = []
        self.changed = False
        self.newline = cst.Newline()  # the statement's own, where line endings are mixed
        # each statement laid out anew: (as it was given, as laid out)
        self.laid: list[tuple[cst.SimpleStatementLine, cst.SimpleStatementLine]] = []
        self._codes: dict[cst.CSTNode, str] = {}

    def on_visit(self, node: cst.CSTNode) -> bool:
        if self.paths is not None and id(node) not in self.paths:
            return False  # no edited statement below: the same objects, never rebuilt
        if isinstance(node, cst.IndentedBlock):
            self.indents.append(node.indent if node.indent is not None else self.unit)
            return True
        if isinstance(node, cst.SimpleStatementLine):
            return False  # laid out whole in on_leave
        return not isinstance(node, cst.BaseExpression | cst.SimpleStatementSuite)

    def on_leave(  # type: ignore[override]
        self, original_node: cst.CSTNode, updated_node: cst.CSTNode
    ) -> cst.CSTNode:
        if self.paths is not None and id(original_node) not in self.paths:
            return updated_node
        if isinstance(original_node, cst.IndentedBlock):
            self.indents.pop()
            return updated_node
        if isinstance(updated_node, cst.SimpleStatementLine):
            key = id(original_node)
            if key in self.originals:
                laid = self._statement(updated_node, lambda: self.originals[key])
                if laid is not updated_node:
                    self.laid.append((updated_node, laid))
                return laid
        return updated_node

    def code(self, node: cst.CSTNode) -> str:
        # Splitting measures the same items again at each depth. Keyed by the node itself
        # (LibCST nodes hash and compare by identity): held here, no node is freed and no
        # id reused while the transformer lives.
        text = self._codes.get(node)
        if text is None:
            text = self._codes[node] = self.module.code_for_node(node)
        return text

    def _statement(
        self, line: cst.SimpleStatementLine, original: Callable[[], str]
    ) -> cst.SimpleStatementLine:
        if len(line.body) != 1:
            return line
        self.newline = line.trailing_whitespace.newline
        code = self.code(line.with_changes(leading_lines=())).rstrip("\r\n")
        indent = text_width("".join(self.indents))
        if "\n" not in code and indent + text_width(code) <= self.limit:
            return line  # one line that fits: nothing to lay out, whatever it was before
        before = original()
        if "\n" in code or "\n" in before.strip("\r\n"):
            return self._lines(line, code, before, indent)
        comment = line.trailing_whitespace.comment
        small = line.body[0]
        small_code = self.code(small)
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
        new = self._split(value, "", lead, tail, bare_tuple)
        if new is None:
            return line
        self.changed = True
        return line.with_changes(body=[small.with_changes(value=new)])

    def _lines(
        self, line: cst.SimpleStatementLine, code: str, before: str, indent: int
    ) -> cst.SimpleStatementLine:
        """A statement on several lines: each edited line past the limit gets its last
        bracketed item laid out at that line's own indentation; other lines stay."""
        old_lines = set(before.splitlines())
        lines = code.split("\n")
        long = [
            i
            for i, text in enumerate(lines)
            if indent + text_width(text) > self.limit and text not in old_lines
        ]
        if not long:
            return line
        bare = line.with_changes(leading_lines=(), trailing_whitespace=cst.TrailingWhitespace())
        wrapper = MetadataWrapper(cst.Module(body=[bare]), unsafe_skip_copy=True)
        spans = fastwalk.positions(wrapper)
        replacements: dict[cst.CSTNode, cst.CSTNode] = {}
        # Continuation lines aligned with a bracket (not whole indents): items stay aligned.
        width = len(self.unit)
        aligned = self.unit.strip(" ") == "" and any(
            (len(text) - len(text.lstrip(" "))) % width for text in lines[1:] if text.strip()
        )
        for i in long:
            text = lines[i]
            own = text[: len(text) - len(text.lstrip())]
            brackets = self._aligned_brackets(spans, lines, i + 1)
            rewrapped = self._rewrap(brackets, spans, lines, i, indent)
            if rewrapped:  # hand-aligned items: the overflow moves to a line of its own
                replacements.update(rewrapped)
                continue
            body = self._body_on(spans, i + 1)
            if body is not None:  # the line is the body of a bracket split by hand: re-split
                closing = lines[spans[body].end.line - 1]
                indent_of_closing = closing[: len(closing) - len(closing.lstrip())]
                new = (
                    self._split_call(body, indent_of_closing)
                    if isinstance(body, cst.Call)
                    else self._split_literal(cast(_Literal, body), indent_of_closing)
                )
                if new is not None:
                    replacements[body] = new
                continue
            on_line = [
                item.value
                for item in spans
                if isinstance(item, cst.Arg | cst.Element | cst.DictElement)
                and isinstance(item.value, _SPLITTABLE)
                and spans[item.value].start.line == spans[item.value].end.line == i + 1
            ]
            outermost = [
                v
                for v in on_line
                if not any(o is not v and _contains(spans[o], spans[v]) for o in on_line)
            ]
            if not outermost:
                continue
            value = max(outermost, key=lambda v: spans[v].start.column)
            start, end = spans[value].start.column, spans[value].end.column
            lead = indent + text_width(text[:start])
            tail = text_width(text[end:])
            aligned_value = (
                self._aligned(value, spans, text, indent) if aligned or brackets else None
            )
            if aligned_value is not None:
                replacements[aligned_value[0]] = aligned_value[1]
                continue
            new = self._split(value, own, lead, tail, False)
            if new is not None:
                replacements[value] = new
        if not replacements:
            return line
        self.changed = True
        bare = bare.visit(_Replace(replacements))  # type: ignore[assignment]
        return bare.with_changes(
            leading_lines=line.leading_lines, trailing_whitespace=line.trailing_whitespace
        )

    def _aligned(
        self,
        value: cst.BaseExpression,
        spans: Mapping[cst.CSTNode, CodeRange],
        text: str,
        indent: int,
    ) -> tuple[cst.BaseExpression, cst.BaseExpression] | None:
        """``value`` or, failing that, its last bracketed item (and so on inwards) with its
        items aligned after its opening bracket, the first whose lines all fit."""
        node: cst.BaseExpression = value
        while True:
            items = _items(node)
            start, end = spans[node].start.column, spans[node].end.column
            if isinstance(node, cst.Tuple):  # its position leaves out its parentheses
                start, end = text.rfind("(", 0, start), text.find(")", end) + 1
            if items:
                column = " " * text_width(text[: spans[items[0]].start.column])
                new = self._align(node, column)  # each item under the first one
                lead = indent + text_width(text[:start])
                if new is not None and self._fits(new, lead, _code_width(text[end:])):
                    return node, new
            if not items or not isinstance(items[-1].value, _SPLITTABLE):
                return None  # past the limit even aligned: split as the formatter would
            node = items[-1].value

    def _fits(self, node: cst.BaseExpression, lead: int, tail: int) -> bool:
        """Every line of ``node`` fits, placed after ``lead`` columns and before ``tail``."""
        laid = self.code(node).split("\n")
        widths = [lead + text_width(laid[0])]
        widths += [text_width("".join(self.indents)) + text_width(text) for text in laid[1:]]
        widths[-1] += tail
        return max(widths) <= self.limit

    @staticmethod
    def _aligned_brackets(
        spans: Mapping[cst.CSTNode, CodeRange], lines: list[str], number: int
    ) -> list[cst.CSTNode]:
        """The brackets around line ``number`` aligned by hand (the first item right after
        the opening bracket, a later one starting a line at its column), innermost first."""
        found = []
        for node, span in spans.items():
            items = _items(node)
            if len(items) < 2 or not (span.start.line <= number <= span.end.line):
                continue
            first = spans[items[0]].start
            if not lines[first.line - 1][: first.column].strip():
                continue  # a hanging indent: the formatter's style, not alignment
            if any(
                spans[item].start.line > first.line
                and spans[item].start.column == first.column
                and lines[spans[item].start.line - 1][: first.column].strip() == ""
                for item in items[1:]
            ):
                found.append(node)
        return sorted(found, key=lambda node: spans[node].end.line - spans[node].start.line)

    def _rewrap(
        self,
        brackets: list[cst.CSTNode],
        spans: Mapping[cst.CSTNode, CodeRange],
        lines: list[str],
        i: int,
        indent: int,
    ) -> dict[cst.CSTNode, cst.CSTNode] | None:
        """Line ``i`` of a hand-aligned bracket broken before each item that would pass the
        limit, going on at the first item's column, as the author of the alignment would;
        None when an item alone is still too long."""
        text, number = lines[i], i + 1
        if "\t" in text:
            return None
        for bracket in brackets:
            items = _items(bracket)
            first = spans[items[0]].start
            head = lines[first.line - 1][: first.column]
            here = [item for item in items if spans[item].start.line == number]
            if len(here) < 2 or any(spans[item].end.line != number for item in here):
                continue
            starts = [spans[item].start.column for item in here] + [len(text)]
            column = indent + text_width(head)
            position = indent + text_width(text[: starts[0]])
            breaks: list[int] = []
            for j in range(len(here)):
                piece = text[starts[j] : starts[j + 1]]
                width = _code_width(piece) if j == len(here) - 1 else text_width(piece.rstrip())
                if j and position + width > self.limit:
                    breaks.append(j - 1)
                    position = column
                if position + width > self.limit:
                    break  # too long even alone
                position += text_width(piece)
            else:
                if not breaks:
                    return None
                return {
                    here[j]: here[j].with_changes(
                        comma=here[j].comma.with_changes(
                            whitespace_after=self._newline(" " * text_width(head))
                        )
                    )
                    for j in breaks
                }
        return None

    def _align(self, node: cst.BaseExpression, column: str) -> cst.BaseExpression | None:
        """Items one per line, aligned after the opening bracket, as hand-aligned code
        writes them: no trailing comma added, the closing bracket after the last item."""
        items = _items(node)
        if len(items) < 2 or (isinstance(node, cst.Tuple) and not node.lpar):
            return None
        laid = [
            item.with_changes(
                comma=cst.Comma(
                    whitespace_before=cst.SimpleWhitespace(""),
                    whitespace_after=self._newline(column),
                )
            )
            for item in items[:-1]
        ] + [items[-1]]
        if isinstance(node, cst.Call):
            return node.with_changes(args=laid)
        return node.with_changes(elements=laid)

    @staticmethod
    def _body_on(spans: Mapping[cst.CSTNode, CodeRange], line: int) -> cst.CSTNode | None:
        """The innermost call or literal opened on an earlier line and closed on a later one
        whose items all sit on ``line``, without a magic trailing comma."""
        found = None
        for node, span in spans.items():
            items = _items(node)
            if not items or not (span.start.line < line < span.end.line):
                continue
            if isinstance(items[-1].comma, cst.Comma):
                continue
            if spans[items[0]].start.line == spans[items[-1]].end.line == line and (
                found is None or _contains(spans[found], span)
            ):
                found = node
        return found

    # -- splitting ----------------------------------------------------------------------
    def _newline(self, indent: str) -> cst.ParenthesizedWhitespace:
        """A line break, then the block's indent and ``indent`` (the line's own, past it)."""
        return cst.ParenthesizedWhitespace(
            first_line=cst.TrailingWhitespace(newline=self.newline),
            empty_lines=[],
            indent=True,
            last_line=cst.SimpleWhitespace(indent),
        )

    def _width(self, indent: str) -> int:
        return text_width("".join(self.indents)) + text_width(indent)

    def _fit(
        self, node: cst.BaseExpression, indent: str, lead: int, tail: int
    ) -> cst.BaseExpression:
        if lead + text_width(self.code(node)) + tail <= self.limit:
            return node
        return self._split(node, indent, lead, tail, False) or node

    def _split(
        self, node: cst.BaseExpression, indent: str, lead: int, tail: int, bare_tuple: bool
    ) -> cst.BaseExpression | None:
        if isinstance(node, cst.Call | cst.Subscript | cst.Attribute):
            if _fluent(node):
                return None  # ``a(x).b(y).c(z)``: ruff's fluent layout, left to the formatter
            return self._split_chain(node, indent, lead, tail)
        if isinstance(node, cst.Dict | cst.List | cst.Set):
            return self._split_literal(node, indent)
        if isinstance(node, cst.Tuple):
            if not node.lpar:
                if not bare_tuple:
                    return None
                node = node.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
            return self._split_literal(node, indent)
        return None

    def _split_chain(
        self, node: cst.BaseExpression, indent: str, lead: int, tail: int
    ) -> cst.BaseExpression | None:
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
                return self._split_call(node, indent)
            return self._split_subscript(node, indent)
        trailer = text_width(self.code(node)) - text_width(self.code(inner))
        split = self._split_chain(inner, indent, lead, trailer + tail)
        if split is None:
            return None
        return (
            node.with_changes(func=split)
            if isinstance(node, cst.Call)
            else node.with_changes(value=split)
        )

    def _split_subscript(self, node: cst.Subscript, indent: str) -> cst.Subscript | None:
        if len(node.slice) != 1 or isinstance(node.slice[0].comma, cst.Comma):
            return None
        element = node.slice[0]
        return node.with_changes(
            lbracket=node.lbracket.with_changes(whitespace_after=self._newline(indent + self.unit)),
            rbracket=node.rbracket.with_changes(whitespace_before=self._newline(indent)),
            slice=[element],
        )

    def _split_call(self, call: cst.Call, indent: str) -> cst.Call | None:
        args = list(call.args)
        if not args:
            return None
        inner = indent + self.unit
        magic = isinstance(args[-1].comma, cst.Comma)
        # one argument is not split at commas: no trailing comma (nor may a generator take one)
        single = len(args) == 1 and not magic
        body = "".join(self.code(arg) for arg in args[:-1]) + self.code(
            args[-1].with_changes(whitespace_after_arg=cst.SimpleWhitespace(""))
        )
        if not magic and self._width(inner) + text_width(body) <= self.limit:
            last = args[-1].with_changes(whitespace_after_arg=self._newline(indent))
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
            at_end = i == len(args) - 1
            if single:
                laid.append(
                    flat.with_changes(value=value, whitespace_after_arg=self._newline(indent))
                )
                continue
            comma = cst.Comma(
                whitespace_before=cst.SimpleWhitespace(""),
                whitespace_after=self._newline(indent if at_end else inner),
            )
            laid.append(flat.with_changes(value=value, comma=comma))
        return call.with_changes(args=laid, whitespace_before_args=self._newline(inner))

    def _split_literal(
        self,
        node: _Literal,
        indent: str,
    ) -> cst.BaseExpression | None:
        elements = list(node.elements)
        if not elements:
            return None
        inner = indent + self.unit
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
        closing = self._newline(indent)
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


_SPLITTABLE = (cst.Call, cst.Dict, cst.List, cst.Set, cst.Tuple)


class _Replace(cst.CSTTransformer):
    """Each node of ``replacements`` (by identity) by its replacement, in one pass."""

    def __init__(self, replacements: Mapping[cst.CSTNode, cst.CSTNode]) -> None:
        super().__init__()
        self.by_id = {id(old): new for old, new in replacements.items()}

    def on_visit(self, node: cst.CSTNode) -> bool:
        return id(node) not in self.by_id

    def on_leave(  # type: ignore[override]
        self, original_node: cst.CSTNode, updated_node: cst.CSTNode
    ) -> cst.CSTNode:
        return self.by_id.get(id(original_node), updated_node)


def _items(node: cst.CSTNode) -> list[Any]:
    if isinstance(node, cst.Call):
        return list(node.args)
    if isinstance(node, cst.Dict | cst.List | cst.Set) or (
        isinstance(node, cst.Tuple) and node.lpar
    ):
        return list(node.elements)
    return []


def _code_width(text: str) -> int:
    """Columns of ``text`` without a trailing comment, which the author let run long."""
    code, hash_, _ = text.partition("#")
    return text_width(code.rstrip() if hash_ and not set("'\"") & set(code) else text)


def _contains(outer: CodeRange, inner: CodeRange) -> bool:
    return (outer.start.line, outer.start.column) <= (inner.start.line, inner.start.column) and (
        inner.end.line,
        inner.end.column,
    ) <= (outer.end.line, outer.end.column)


def _fluent(node: cst.BaseExpression) -> bool:
    """Two or more attributes read off calls or subscripts (``a(x).b(y).c(z)``)."""
    count = 0
    while isinstance(node, cst.Call | cst.Subscript | cst.Attribute):
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Call | cst.Subscript):
            count += 1
        node = node.func if isinstance(node, cst.Call) else node.value
    return count >= 2
