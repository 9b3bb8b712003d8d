"""A module's CST -> the facts the planner needs: model constructors and file-wide names."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field

import libcst as cst

from . import keras_api
from .meta import ModuleMeta

OP_MODULES = ("keras.ops.", "keras.activations.", "keras.backend.", "keras.random.")
SEEN_MODULES = frozenset({"keras", "numpy", "pandas", "matplotlib", "sklearn", "scipy"})


@dataclass
class ModuleFacts:
    model_calls: list[cst.Call] = field(default_factory=list)
    explicit_names: set[str] = field(default_factory=set)  # every literal ``name=`` in the file
    # ``name=`` values that are not literals: f-strings and concatenations as patterns,
    # and the nodes of those the tool cannot read at all (a call, a parameter, ``**kw``).
    name_patterns: list[re.Pattern[str]] = field(default_factory=list)
    unreadable_names: list[cst.CSTNode] = field(default_factory=list)
    loads_models: bool = False  # keras.models.load_model is called somewhere
    classes: list[cst.ClassDef] = field(default_factory=list)  # every class, for callbacks
    # ``ModelCheckpoint(...)`` calls that save the whole model (no ``save_weights_only=True``)
    whole_model_checkpoints: list[cst.Call] = field(default_factory=list)
    subclassed_models: list[cst.ClassDef] = field(default_factory=list)
    callee_stems: set[str] = field(default_factory=set)  # snake_case of every called name
    strings: list[cst.SimpleString] = field(default_factory=list)
    quote: str = '"'
    # Keras Operations may be applied to graph tensors here: ``keras.ops``/``activations``
    # calls, or code imported from modules the tool cannot see (names equal to op stems).
    may_build_ops: bool = False
    # ``exec(...)``/``eval(...)`` calls: code in strings may use any model of the file
    runs_strings: list[cst.Call] = field(default_factory=list)


class _Collector(cst.CSTVisitor):
    def __init__(self, meta: ModuleMeta) -> None:
        super().__init__()
        self.meta = meta
        self.facts = ModuleFacts()
        self._quotes = {'"': 0, "'": 0}
        # for each class: whether it subclasses a Keras loss or metric
        self._loss_or_metric_classes: dict[cst.ClassDef, bool] = {}

    def _names_no_layer(self, node: cst.Call, names: set[str]) -> bool:
        """The call's ``name=`` names a loss or metric, never a layer of a model: a Keras
        loss or metric constructor, or ``super().__init__(...)`` in a class subclassing
        one (``def __init__(self, name="f1"): super().__init__(name=name)``)."""
        if keras_api.is_loss_or_metric_object(names):
            return True
        func = node.func
        if not (
            isinstance(func, cst.Attribute)
            and func.attr.value == "__init__"
            and isinstance(func.value, cst.Call)
            and isinstance(func.value.func, cst.Name)
            and func.value.func.value == "super"
        ):
            return False
        # the innermost class around the call (looked up, not tracked on the way down and
        # up: a ``leave_`` hook would make this visitor walk the module again)
        current = self.meta.parent(node)
        while current is not None and not isinstance(current, cst.ClassDef):
            current = self.meta.parent(current)
        return current is not None and self._loss_or_metric_classes.get(current, False)

    def visit_Call(self, node: cst.Call) -> None:
        func = node.func
        last = (
            func.value
            if isinstance(func, cst.Name)
            else func.attr.value
            if isinstance(func, cst.Attribute)
            else None
        )
        if isinstance(func, cst.Name) and func.value in ("exec", "eval"):
            self.facts.runs_strings.append(node)
        if last is not None:
            self.facts.callee_stems.add(keras_api.snake_case(last))
            names = self.meta.keras_names(func)
            if any(n.startswith(OP_MODULES) for n in names):
                self.facts.may_build_ops = True
            if keras_api.is_model(names):
                self.facts.model_calls.append(node)
            elif any(n.endswith(".load_model") for n in names):
                self.facts.loads_models = True
            elif "ModelCheckpoint" in (
                last,
                *(n.rpartition(".")[2] for n in names),
            ) and not _saves_weights_only(node):
                self.facts.whole_model_checkpoints.append(node)
        for arg in node.args:
            if arg.keyword is not None and arg.keyword.value == "name":
                self._name_value(
                    arg.value, layer=not self._names_no_layer(node, self.meta.keras_names(func))
                )
            elif arg.star == "**" and keras_api.layer_class(self.meta.keras_names(func)):
                self.facts.unreadable_names.append(arg)
            elif arg.star and keras_api.is_input(self.meta.keras_names(func)):
                self.facts.unreadable_names.append(arg)  # ``Input(**spec)`` may set name=

    def _name_value(self, value: cst.BaseExpression, *, layer: bool = True) -> None:
        """Record a ``name=`` value; one that only names a loss or metric (``layer``
        false) counts when it is a literal, and is no unreadable layer name otherwise."""
        exact = literal_string(value)
        if exact is None and isinstance(value, cst.Name):
            binding = self.meta.binding_of(value)
            exact = literal_string(binding.value) if binding is not None else None
        if exact is not None:
            self.facts.explicit_names.add(exact)
            return
        if not layer:
            return
        pattern = _name_pattern(value)
        if pattern is None:
            self.facts.unreadable_names.append(value)
        else:
            self.facts.name_patterns.append(re.compile(pattern))

    def visit_Import(self, node: cst.Import) -> None:
        for alias in node.names:
            self._imported(cst.Module([]).code_for_node(alias.name))

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        if node.relative or node.module is None:
            self.facts.may_build_ops = True
        else:
            self._imported(cst.Module([]).code_for_node(node.module))

    def _imported(self, dotted: str) -> None:
        top = dotted.split(".")[0]
        if top not in SEEN_MODULES and top not in sys.stdlib_module_names:
            self.facts.may_build_ops = True  # project code may apply ops to graph tensors

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        bases = set()
        for base in node.bases:
            bases |= self.meta.keras_names(base.value)
        if keras_api.is_model(bases):
            self.facts.subclassed_models.append(node)
        self.facts.classes.append(node)
        self._loss_or_metric_classes[node] = keras_api.is_loss_or_metric_object(bases)

    def visit_SimpleString(self, node: cst.SimpleString) -> None:
        self.facts.strings.append(node)
        quote = node.value.lstrip("rRbBuUfF")[:1]
        if quote in self._quotes and not node.value.lstrip("rRbBuUfF").startswith(quote * 3):
            self._quotes[quote] += 1


def _saves_weights_only(call: cst.Call) -> bool:
    """``ModelCheckpoint(..., save_weights_only=True)``, spelled as a keyword."""
    return any(
        arg.keyword is not None
        and arg.keyword.value == "save_weights_only"
        and isinstance(arg.value, cst.Name)
        and arg.value.value == "True"
        for arg in call.args
    )


def collect(meta: ModuleMeta) -> ModuleFacts:
    collector = _Collector(meta)
    meta.visit(collector)
    facts = collector.facts
    facts.quote = "'" if collector._quotes["'"] > collector._quotes['"'] else '"'
    return facts


def _name_pattern(node: cst.BaseExpression) -> str | None:
    """A regex for the names an f-string or a ``+`` of strings can spell, else None."""
    if (exact := literal_string(node)) is not None:
        return re.escape(exact)
    if isinstance(node, cst.FormattedString):
        parts = []
        for part in node.parts:
            if isinstance(part, cst.FormattedStringText):
                parts.append(re.escape(part.value))
            else:
                parts.append(".*")
        return "".join(parts)
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add):
        left, right = _name_pattern(node.left), _name_pattern(node.right)
        if left is None and right is None:
            return None
        return (left or ".*") + (right or ".*")
    return None


def literal_string(node: cst.BaseExpression) -> str | None:
    """The value of a plain string literal (no f-string, no bytes), else None."""
    if isinstance(node, cst.SimpleString | cst.ConcatenatedString):
        try:
            value = node.evaluated_value
        except Exception:
            return None
        return value if isinstance(value, str) else None
    return None


def string_value(node: cst.SimpleString) -> str | bytes:
    """``node.evaluated_value``, which runs ``ast.literal_eval``, read directly when the
    literal has no escape and no carriage return (the only things evaluation changes)."""
    raw = node.raw_value
    if "\\" in raw or "\r" in raw:
        return node.evaluated_value
    return raw.encode("latin-1") if "b" in node.prefix.lower() else raw


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
