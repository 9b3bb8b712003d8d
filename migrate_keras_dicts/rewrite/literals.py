"""Node builders: list -> dict literal, one more keyword argument, a string key."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from contextvars import ContextVar

import libcst as cst

# ``name = "x"`` where a call has no keyword argument of its own to copy: the file's habit
_SPACED_EQUAL: ContextVar[bool] = ContextVar("spaced_equal", default=False)


@contextlib.contextmanager
def keyword_spacing(spaced: bool) -> Iterator[None]:
    """Within: a keyword added to a call without keywords is spaced as ``spaced`` says."""
    token = _SPACED_EQUAL.set(spaced)
    try:
        yield
    finally:
        _SPACED_EQUAL.reset(token)


def string_node(text: str, quote: str = '"') -> cst.SimpleString:
    escaped = text.replace("\\", "\\\\").replace(quote, "\\" + quote)
    return cst.SimpleString(f"{quote}{escaped}{quote}")


def sequence_to_dict(node: cst.List | cst.Tuple, keys: Sequence[str], quote: str = '"') -> cst.Dict:
    """``[a, b]`` -> ``{"ka": a, "kb": b}``, keeping every comma, comment and line break."""
    elements = []
    for element, key in zip(node.elements, keys, strict=True):
        assert isinstance(element, cst.Element)
        elements.append(
            cst.DictElement(
                key=string_node(key, quote),
                value=element.value,
                comma=element.comma,
            )
        )
    if isinstance(node, cst.List):
        lbrace = cst.LeftCurlyBrace(whitespace_after=node.lbracket.whitespace_after)
        rbrace = cst.RightCurlyBrace(whitespace_before=node.rbracket.whitespace_before)
        lpar, rpar = node.lpar, node.rpar
    elif node.lpar:
        # A parenthesised tuple: its parentheses become the braces.
        lbrace = cst.LeftCurlyBrace(whitespace_after=node.lpar[0].whitespace_after)
        rbrace = cst.RightCurlyBrace(whitespace_before=node.rpar[-1].whitespace_before)
        lpar, rpar = node.lpar[1:], node.rpar[:-1]
    else:
        lbrace, rbrace, lpar, rpar = cst.LeftCurlyBrace(), cst.RightCurlyBrace(), [], []
    if elements and not isinstance(node, cst.List) and not node.lpar:
        last = elements[-1]
        if isinstance(last.comma, cst.Comma) and not _has_newline(last.comma.whitespace_after):
            elements[-1] = last.with_changes(comma=cst.MaybeSentinel.DEFAULT)
    return cst.Dict(elements=elements, lbrace=lbrace, rbrace=rbrace, lpar=lpar, rpar=rpar)


def _has_newline(whitespace: cst.BaseParenthesizableWhitespace) -> bool:
    return isinstance(whitespace, cst.ParenthesizedWhitespace)


def add_keyword(call: cst.Call, keyword: str, value: cst.BaseExpression) -> cst.Call:
    """Append ``keyword=value`` as the call's last argument, in the call's own layout and
    spacing (``Input(shape = (3, ))`` gets ``name = "input1"``; a call without keywords
    follows the file, see :func:`keyword_spacing`)."""
    equal = next(
        (
            arg.equal
            for arg in call.args
            if isinstance(arg.equal, cst.AssignEqual)
            and isinstance(arg.equal.whitespace_before, cst.SimpleWhitespace)
            and isinstance(arg.equal.whitespace_after, cst.SimpleWhitespace)
        ),
        cst.AssignEqual(
            whitespace_before=cst.SimpleWhitespace(" " if _SPACED_EQUAL.get() else ""),
            whitespace_after=cst.SimpleWhitespace(" " if _SPACED_EQUAL.get() else ""),
        ),
    )
    new_arg = cst.Arg(value=value, keyword=cst.Name(keyword), equal=equal)
    args = list(call.args)
    if not args:
        return call.with_changes(args=[new_arg])
    last = args[-1]
    if isinstance(last.comma, cst.Comma):
        # Trailing comma: the new argument takes the old last line's place and its comma.
        separator: cst.BaseParenthesizableWhitespace
        if len(args) >= 2 and isinstance(args[-2].comma, cst.Comma):
            separator = args[-2].comma.whitespace_after
        elif _has_newline(last.comma.whitespace_after):
            separator = call.whitespace_before_args
            if not _has_newline(separator):
                separator = last.comma.whitespace_after
        else:
            separator = cst.SimpleWhitespace(" ")
        args[-1] = last.with_changes(
            comma=cst.Comma(
                whitespace_before=last.comma.whitespace_before, whitespace_after=separator
            )
        )
        args.append(new_arg.with_changes(comma=last.comma))
    else:
        # No trailing comma: the new argument goes where the next one would, and the
        # whitespace before ``)`` moves behind it.
        separator = cst.SimpleWhitespace(" ")
        if len(args) >= 2 and isinstance(args[-2].comma, cst.Comma):
            separator = args[-2].comma.whitespace_after
        elif _has_newline(call.whitespace_before_args):
            separator = call.whitespace_before_args
        args[-1] = last.with_changes(
            comma=cst.Comma(whitespace_after=separator),
            whitespace_after_arg=cst.SimpleWhitespace(""),
        )
        args.append(new_arg.with_changes(whitespace_after_arg=last.whitespace_after_arg))
    return call.with_changes(args=args)
