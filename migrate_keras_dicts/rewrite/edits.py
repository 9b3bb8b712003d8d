"""Edit specifications and the one transformer that applies them.

A plan is a set of edits keyed by the *original* node they replace. Edits are data
(comparable, so two uses that need the same edit agree), and the transformer applies
each to the already-updated node, so an edit nested inside another (a predict call
whose ``x`` is rewritten, inside an unpacking rewrite) composes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import cast

import libcst as cst

from .literals import add_keyword, sequence_to_dict, string_node


@dataclass(frozen=True)
class Quoted:
    """An edit that writes strings: in the file's quote, or in ``quote`` where the file's
    may clash (set inside f-strings)."""

    quote: str | None = field(default=None, kw_only=True)

    def quote_for(self, file_quote: str) -> str:
        return self.quote or file_quote


@dataclass(frozen=True)
class ToDict(Quoted):
    """``[a, b]`` -> ``{"ka": a, "kb": b}``."""

    keys: tuple[str, ...]

    def apply(self, node: cst.CSTNode, quote: str) -> cst.CSTNode:
        quote = self.quote_for(quote)
        assert isinstance(node, cst.List | cst.Tuple)
        return sequence_to_dict(node, self.keys, quote)


@dataclass(frozen=True)
class Broadcast(Quoted):
    """``"mse"`` -> ``{"ka": "mse", "kb": "mse"}``: one loss given to every output by name,
    as Keras broadcasts it (the same object each time: only references are broadcast)."""

    keys: tuple[str, ...]

    def apply(self, node: cst.CSTNode, quote: str) -> cst.CSTNode:
        assert isinstance(node, cst.BaseExpression)
        quote = self.quote_for(quote)
        last = len(self.keys) - 1
        elements = [
            cst.DictElement(
                key=string_node(key, quote),
                value=node.deep_clone().with_changes(lpar=(), rpar=()),
                comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
                if i < last
                else cst.MaybeSentinel.DEFAULT,
            )
            for i, key in enumerate(self.keys)
        ]
        return cst.Dict(elements=elements)


@dataclass(frozen=True)
class ReorderDict(Quoted):
    """``{"b": 1, "a": 2}`` -> ``{"a": 2, "b": 1}``: entries move, commas and layout stay."""

    keys: tuple[str, ...]

    def apply(self, node: cst.CSTNode, quote: str) -> cst.CSTNode:
        quote = self.quote_for(quote)
        assert isinstance(node, cst.Dict)
        by_key = {}
        for element in node.elements:
            assert isinstance(element, cst.DictElement)
            assert isinstance(element.key, cst.SimpleString | cst.ConcatenatedString)
            by_key[element.key.evaluated_value] = element
        moved = [
            by_key[key].with_changes(comma=slot.comma)
            for key, slot in zip(self.keys, node.elements, strict=True)
        ]
        return node.with_changes(elements=moved)


@dataclass(frozen=True)
class AddName(Quoted):
    """``Dense(1)`` -> ``Dense(1, name="age")``."""

    name: str

    def apply(self, node: cst.CSTNode, quote: str) -> cst.CSTNode:
        assert isinstance(node, cst.Call)
        return add_keyword(node, "name", string_node(self.name, self.quote_for(quote)))


@dataclass(frozen=True)
class IndexToKey(Quoted):
    """``preds[0]`` -> ``preds["age"]`` (the edit replaces the index expression)."""

    key: str

    def apply(self, node: cst.CSTNode, quote: str) -> cst.CSTNode:
        assert isinstance(node, cst.BaseExpression)
        key = string_node(self.key, self.quote_for(quote))
        return key.with_changes(lpar=getattr(node, "lpar", ()), rpar=getattr(node, "rpar", ()))


@dataclass(frozen=True)
class UnpackByKey(Quoted):
    """``a, b = model.predict(x)`` -> ``a, b = operator.itemgetter("a", "b")(model.predict(x))``;
    ``preds = model.predict(x)``, used whole -> ``list(operator.itemgetter(...)(...))``."""

    keys: tuple[str, ...]
    as_list: bool = False  # ``list(...)`` around it, where the whole list is used

    def apply(self, node: cst.CSTNode, quote: str) -> cst.CSTNode:
        quote = self.quote_for(quote)
        assert isinstance(node, cst.BaseExpression)
        getter = cst.Call(
            func=cst.Attribute(value=cst.Name("operator"), attr=cst.Name("itemgetter")),
            args=[
                cst.Arg(
                    string_node(key, quote),
                    comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
                    if i < len(self.keys) - 1
                    else cst.MaybeSentinel.DEFAULT,
                )
                for i, key in enumerate(self.keys)
            ],
        )
        read = cst.Call(func=getter, args=[cst.Arg(node)])
        return cst.Call(func=cst.Name("list"), args=[cst.Arg(read)]) if self.as_list else read


@dataclass(frozen=True)
class ResultsByKey(Quoted):
    """``a, b, c = model.evaluate(x, y)`` -> ``a, b, c = operator.itemgetter("loss", "a_loss",
    "b_loss")(model.evaluate(x, y, return_dict=True))``; ``as_list`` wraps it in ``list(...)``
    where the whole list is used."""

    keys: tuple[str, ...]
    as_list: bool = False

    def apply(self, node: cst.CSTNode, quote: str) -> cst.CSTNode:
        assert isinstance(node, cst.Call)
        call = add_keyword(node, "return_dict", cst.Name("True"))
        return UnpackByKey(self.keys, self.as_list, quote=self.quote).apply(call, quote)


@dataclass(frozen=True)
class ReadByKeyStatement:
    """``a, b = model.predict(x)`` -> ``predictions = model.predict(x)`` and
    ``a, b = predictions["a"], predictions["b"]``: what a person writes where the call is
    the whole value of a one-target assignment statement (the planner's :class:`UnpackByKey`
    or :class:`ResultsByKey`, given a statement to itself). ``fresh`` is a name nothing in
    the file spells; ``as_list`` gives ``[...]`` (the whole list, used as it is)."""

    keys: tuple[str, ...]
    fresh: str
    as_list: bool = False
    return_dict: bool = False  # ResultsByKey: the call also gets ``return_dict=True``

    def apply(self, node: cst.CSTNode, quote: str) -> cst.FlattenSentinel[cst.BaseStatement]:
        assert isinstance(node, cst.SimpleStatementLine)
        assign = node.body[0]
        assert isinstance(assign, cst.Assign) and isinstance(assign.value, cst.Call)
        call = assign.value
        if self.return_dict:
            call = add_keyword(call, "return_dict", cst.Name("True"))
        (target,) = assign.targets
        # continuation lines aligned past the old targets move with the call
        old_width = len(cst.Module([]).code_for_node(target.target))
        if old_width != len(self.fresh):
            call = cast(cst.Call, call.visit(_ShiftAligned(old_width, len(self.fresh) - old_width)))
        first = node.with_changes(
            body=[
                assign.with_changes(
                    targets=[target.with_changes(target=cst.Name(self.fresh))], value=call
                )
            ]
        )
        reads = [
            cst.Subscript(
                value=cst.Name(self.fresh),
                slice=[cst.SubscriptElement(cst.Index(string_node(key, quote)))],
            )
            for key in self.keys
        ]
        comma = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
        elements = [
            cst.Element(read, comma=comma if i < len(reads) - 1 else cst.MaybeSentinel.DEFAULT)
            for i, read in enumerate(reads)
        ]
        value: cst.BaseExpression = (
            cst.List(elements) if self.as_list else cst.Tuple(elements, lpar=[], rpar=[])
        )
        second = cst.SimpleStatementLine(
            body=[assign.with_changes(value=value, semicolon=cst.MaybeSentinel.DEFAULT)],
            trailing_whitespace=cst.TrailingWhitespace(newline=node.trailing_whitespace.newline),
        )
        return cst.FlattenSentinel([first, second])


class _ShiftAligned(cst.CSTTransformer):
    """Line breaks whose next line starts past column ``past`` move by ``delta``."""

    def __init__(self, past: int, delta: int) -> None:
        super().__init__()
        self.past, self.delta = past, delta

    def leave_ParenthesizedWhitespace(
        self, original_node: cst.ParenthesizedWhitespace, updated_node: cst.ParenthesizedWhitespace
    ) -> cst.ParenthesizedWhitespace:
        spaces = updated_node.last_line.value
        if spaces.strip(" ") or len(spaces) <= self.past:
            return updated_node
        moved = cst.SimpleWhitespace(" " * max(1, len(spaces) + self.delta))
        return updated_node.with_changes(last_line=moved)


@dataclass(frozen=True)
class ReplaceString:
    """``"val_dense_1_loss"`` -> ``"val_age_loss"``: same quotes and prefix, new text."""

    value: str
    quote: str | None = None  # unused: the string keeps its own quotes

    def apply(self, node: cst.CSTNode, quote: str) -> cst.CSTNode:
        assert isinstance(node, cst.SimpleString)
        opening = node.prefix + node.quote
        return node.with_changes(value=f"{opening}{self.value}{node.quote}")


Edit = (
    ToDict
    | Broadcast
    | ReorderDict
    | AddName
    | IndexToKey
    | UnpackByKey
    | ResultsByKey
    | ReadByKeyStatement
    | ReplaceString
)


class EditApplier(cst.CSTTransformer):
    """Replaces each planned original node; records what it produced for verification."""

    def __init__(
        self, edits: Mapping[cst.CSTNode, Edit], quote: str, paths: set[int] | None = None
    ) -> None:
        super().__init__()
        self.edits = edits
        self.quote = quote
        self.paths = paths  # ids of edited nodes and their ancestors; None: visit everything
        self.produced: dict[int, cst.CSTNode] = {}
        # each edited statement line, by the new line's id: the line it was (None: new)
        self.statements: dict[int, cst.SimpleStatementLine | None] = {}
        # ids of the new nodes on the paths: the new module's edited nodes and their
        # ancestors, which is all a later pass over the new module needs to visit
        self.new_paths: set[int] = set()

    def on_visit(self, node: cst.CSTNode) -> bool:
        # Subtrees without edits are not visited, so they stay the very same objects.
        return self.paths is None or id(node) in self.paths

    def on_leave(  # type: ignore[override]
        self, original_node: cst.CSTNode, updated_node: cst.CSTNode
    ) -> cst.CSTNode | cst.FlattenSentinel[cst.CSTNode]:
        edit = self.edits.get(original_node)
        if edit is None:
            if (
                isinstance(original_node, cst.SimpleStatementLine)
                and updated_node is not original_node
            ):
                self.statements[id(updated_node)] = original_node
            self.new_paths.add(id(updated_node))
            return updated_node
        new = edit.apply(updated_node, self.quote)
        # a FlattenSentinel too: verify.py only compares what was produced by identity
        self.produced[id(original_node)] = new  # type: ignore[assignment]
        if isinstance(new, cst.FlattenSentinel):
            first, *rest = new.nodes
            self.statements[id(first)] = cast(cst.SimpleStatementLine, original_node)
            self.statements.update({id(node): None for node in rest})
            self.new_paths.update(id(node) for node in new.nodes)
        else:
            self.new_paths.add(id(new))
        return new


def uses_operator(edits: Sequence[Edit]) -> bool:
    return any(isinstance(edit, UnpackByKey | ResultsByKey) for edit in edits)
