"""A module's CST -> the facts the planner needs: model constructors and file-wide names."""

from __future__ import annotations

from dataclasses import dataclass, field

import libcst as cst

from . import keras_api
from .meta import ModuleMeta


@dataclass
class ModuleFacts:
    model_calls: list[cst.Call] = field(default_factory=list)
    explicit_names: set[str] = field(default_factory=set)  # every literal ``name=`` in the file
    callee_stems: set[str] = field(default_factory=set)  # snake_case of every called name
    strings: list[cst.SimpleString] = field(default_factory=list)
    quote: str = '"'


class _Collector(cst.CSTVisitor):
    def __init__(self, meta: ModuleMeta) -> None:
        super().__init__()
        self.meta = meta
        self.facts = ModuleFacts()
        self._quotes = {'"': 0, "'": 0}

    def visit_Call(self, node: cst.Call) -> None:
        func = node.func
        last = (
            func.value
            if isinstance(func, cst.Name)
            else func.attr.value
            if isinstance(func, cst.Attribute)
            else None
        )
        if last is not None:
            self.facts.callee_stems.add(keras_api.snake_case(last))
            if keras_api.is_model(self.meta.keras_names(func)):
                self.facts.model_calls.append(node)
        for arg in node.args:
            if arg.keyword is not None and arg.keyword.value == "name":
                value = literal_string(arg.value)
                if value is not None:
                    self.facts.explicit_names.add(value)

    def visit_SimpleString(self, node: cst.SimpleString) -> None:
        self.facts.strings.append(node)
        quote = node.value.lstrip("rRbBuUfF")[:1]
        if quote in self._quotes and not node.value.lstrip("rRbBuUfF").startswith(quote * 3):
            self._quotes[quote] += 1


def collect(meta: ModuleMeta) -> ModuleFacts:
    collector = _Collector(meta)
    meta.module.visit(collector)
    facts = collector.facts
    facts.quote = "'" if collector._quotes["'"] > collector._quotes['"'] else '"'
    return facts


def literal_string(node: cst.BaseExpression) -> str | None:
    """The value of a plain string literal (no f-string, no bytes), else None."""
    if isinstance(node, cst.SimpleString | cst.ConcatenatedString):
        try:
            value = node.evaluated_value
        except Exception:
            return None
        return value if isinstance(value, str) else None
    return None


def literal_int(node: cst.BaseExpression) -> int | None:
    if isinstance(node, cst.Integer):
        return int(node.evaluated_value)
    if (
        isinstance(node, cst.UnaryOperation)
        and isinstance(node.operator, cst.Minus)
        and isinstance(node.expression, cst.Integer)
    ):
        return -int(node.expression.evaluated_value)
    return None
