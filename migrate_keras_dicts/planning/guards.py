"""Uses of a model that the rewrite could change without touching them: callbacks that reach
the model through ``self.model``, and structural calls whose exception or warning a test or
a handler checks."""

from __future__ import annotations

import libcst as cst
from libcst.metadata import Assignment, BaseAssignment, ImportAssignment

from .. import fastwalk
from ..findings import line_ref
from ..meta import assigned_node
from . import data_calls, heads
from .common import CALLBACK_BASES, MODEL_ATTRIBUTES, returns, visible_class_chain
from .state import PlanState

# What a callback may do with ``self.model`` whatever the model's structure.
HARMLESS_CALLBACK_USES = frozenset(
    {
        "stop_training",
        "optimizer",
        "name",
        "trainable",
        "built",
        "dtype",
        "dtype_policy",
        "history",
        "summary",
        "count_params",
    }
)
# Context managers that catch or record an exception or a warning (by their last name).
CATCHING_CONTEXTS = frozenset(
    {
        "raises",
        "warns",
        "deprecated_call",
        "assertRaises",
        "assertRaisesRegex",
        "assertRaisesRegexp",
        "assertWarns",
        "assertWarnsRegex",
        "catch_warnings",
        "suppress",
        "assert_raises",
        "assert_raises_regex",
        "assert_warns",
    }
)
# Decorators that turn an exception or a warning into a test result.
CATCHING_DECORATORS = frozenset({"xfail", "expectedFailure", "filterwarnings", "raises"})


def _last_name(node: cst.BaseExpression) -> str | None:
    if isinstance(node, cst.Call):
        node = node.func
    if isinstance(node, cst.Attribute):
        return node.attr.value
    if isinstance(node, cst.Name):
        return node.value
    return None


# -- callbacks ----------------------------------------------------------------------
def check_callbacks(st: PlanState) -> None:
    """After the rewrite ``self.model`` in a callback is the dict model: a list ``y`` it
    evaluates with is paired in sorted-key order, a list it indexes from ``predict`` is
    a dict. Every callback class of this file, and every callback passed to this model,
    must be seen whole (its classes up to Keras) and use the model only harmlessly."""
    if not (st.outputs.becomes_dict or st.inputs.becomes_dict):
        return
    checked: set[int] = set()
    for definition in st.facts.classes:
        if _derives_from_callback(st, definition, 0) and _may_be_used(st, definition):
            _check_callback_class(st, definition, definition.name, checked)
    for value in st.callback_args:
        _check_callback_argument(st, value, checked)


# Text through which a class no name refers to can still be reached.
_DYNAMIC_LOOKUPS = ("globals(", "locals(", "vars(", "eval(", "exec(", "__subclasses__", "getattr(")


def _may_be_used(st: PlanState, definition: cst.ClassDef) -> bool:
    """A callback class that nothing refers to (a notebook's spare scheduler, defined and
    never instantiated) cannot reach the model, unless the file looks names up at run
    time. Another file that imports it and passes it to this model is checked there."""
    scope = st.meta.scope(definition)
    if scope is None:
        return True
    assignments = [
        a
        for a in scope.assignments[definition.name.value]
        if isinstance(a, Assignment) and a.node is definition
    ]
    if len(assignments) != 1 or assignments[0].references:
        return True
    text = st.meta.text if st.meta.text is not None else st.meta.module.code
    return any(lookup in text for lookup in _DYNAMIC_LOOKUPS)


def _derives_from_callback(st: PlanState, definition: cst.ClassDef, depth: int) -> bool:
    if depth > 8:
        return False
    for base in definition.bases:
        if any(n.startswith(CALLBACK_BASES) for n in st.meta.keras_names(base.value)):
            return True
        parent = _class_of(st, base.value)
        if parent is not None and _derives_from_callback(st, parent, depth + 1):
            return True
    return False


def _class_of(st: PlanState, expr: cst.BaseExpression) -> cst.ClassDef | None:
    if not isinstance(expr, cst.Name):
        return None
    referents = st.meta.referents(expr)
    if len(referents) != 1:
        return None
    node = assigned_node(next(iter(referents)))
    return node if isinstance(node, cst.ClassDef) else None


def _check_callback_argument(st: PlanState, value: cst.BaseExpression, checked: set[int]) -> None:
    if isinstance(value, cst.Name) and value.value == "None":
        return
    if isinstance(value, cst.Name):
        binding = st.meta.binding_of(value)
        if binding is not None and isinstance(binding.value, cst.List | cst.Tuple):
            uses = st.meta.uses_of(binding.assignment)
            if uses is None or not all(_is_callbacks_argument(st, u) for u in uses):
                st.unsafe_or_block(
                    "MKD106",
                    value,
                    f"`callbacks={value.value}`: the list is also used elsewhere, where it "
                    "may get callbacks the tool cannot see; write the list in the call",
                )
                return
            value = binding.value
    if not isinstance(value, cst.List | cst.Tuple):
        st.unsafe_or_block(
            "MKD106",
            value,
            f"`callbacks={st.code(value)}`: the tool cannot see which callbacks these are, "
            "and a callback may use the model through `self.model`; write the list in the "
            "call",
        )
        return
    for element in value.elements:
        item = element.value
        if isinstance(element, cst.StarredElement):
            st.unsafe_or_block(
                "MKD106", item, f"callbacks `*{st.code(item)}`: the tool cannot see them"
            )
            continue
        if isinstance(item, cst.Name):
            binding = st.meta.binding_of(item)
            item = binding.value if binding is not None else item
        _check_callback(st, item, checked)


def _is_callbacks_argument(st: PlanState, use: cst.Name) -> bool:
    arg = st.meta.parent(use)
    return (
        isinstance(arg, cst.Arg)
        and arg.value is use
        and arg.keyword is not None
        and arg.keyword.value == "callbacks"
    )


def _check_callback(st: PlanState, item: cst.BaseExpression, checked: set[int]) -> None:
    if isinstance(item, cst.Call):
        names = st.meta.keras_names(item.func)
        if any(n.endswith(".LambdaCallback") for n in names):
            _check_lambda_callback(st, item)
            return
        if any(n.startswith(CALLBACK_BASES) for n in names):
            return  # a Keras built-in callback
        definition = _class_of(st, item.func)
        if definition is not None:
            _check_callback_class(st, definition, item, checked)
            return
        if _makes_builtin_callback(st, item.func):
            return  # ``step_decay(...)`` returning ``LearningRateScheduler(schedule)``
        imported = isinstance(item.func, cst.Name | cst.Attribute) and any(
            isinstance(a, ImportAssignment) for a in _base_referents(st, item.func)
        )
        where = "is imported from another module" if imported else "is not a class of this file"
        st.unsafe_or_block(
            "MKD106",
            item,
            f"callback `{st.code(item)}`: `{st.code(item.func)}` {where}, so the tool "
            "cannot see whether it uses the model through `self.model`; check it by hand",
        )
        return
    st.unsafe_or_block(
        "MKD106",
        item,
        f"callback `{st.code(item)}`: the tool cannot see its class, which may use the "
        "model through `self.model`",
    )


def _check_lambda_callback(st: PlanState, call: cst.Call) -> None:
    """``LambdaCallback(on_epoch_end=lambda epoch, logs: ...)`` runs code of this file with
    the logs, whose keys Keras 2 orders by the sorted dict keys once the outputs are a dict:
    each function must read them by key only (``logs["loss"]``, ``logs.get("loss")``)."""
    if not st.outputs.order_changes:
        return
    for arg in call.args:
        function: cst.CSTNode = arg.value
        if isinstance(arg.value, cst.Name):
            defined = heads.helper_function(st.meta, arg.value)
            function = defined if defined is not None else arg.value
        if not isinstance(function, cst.Lambda | cst.FunctionDef) or arg.star:
            st.unsafe_or_block(
                "MKD118",
                arg.value,
                f"`{st.code(arg.value)}` is given to a `LambdaCallback`, which hands it the "
                "training logs; the tool cannot see whether it reads their keys in order "
                "(Keras 2 sorts them once the outputs are a dict); check it by hand",
            )
            return
        params = function.params.params
        logs = params[-1].name.value if params else None
        if logs is not None and not _reads_logs_by_key(st, function, logs):
            st.unsafe_or_block(
                "MKD118",
                arg.value,
                f"the `LambdaCallback` function reads `{logs}` other than by key: Keras 2 "
                "lists the logs in sorted-key order once the outputs are a dict, so what it "
                "sees in order changes; read them by key (`logs['loss']`), then rerun",
            )
            return


def _reads_logs_by_key(st: PlanState, function: cst.Lambda | cst.FunctionDef, logs: str) -> bool:
    """Every use of ``logs`` in the function is ``logs["key"]`` or ``logs.get("key")``."""
    uses: list[cst.Name] = []

    class Finder(cst.CSTVisitor):
        def visit_Name(self, node: cst.Name) -> None:
            if node.value == logs:
                uses.append(node)

    fastwalk.visit(function.body, Finder())
    return all(_reads_by_key(st, use, function) for use in uses)


def _reads_by_key(st: PlanState, use: cst.Name, function: cst.CSTNode) -> bool:
    """A use of the logs that shows no order (``data_calls.shows_order``: ``logs["loss"]``,
    ``logs.get("loss")``, ``len(logs)``, ``sorted(logs.values())``...), or one that only
    tests or passes them on: ``logs = logs or {}``, ``logs is None``, ``if logs:``, and
    the base class's same hook (``super().on_epoch_end(epoch, logs)``)."""
    parent = st.meta.parent(use)
    if isinstance(parent, cst.AssignTarget) and parent.target is use:
        return True  # ``logs = logs or {}``: the value is read below
    if isinstance(parent, cst.BooleanOperation) and parent.left is use:
        holder = st.meta.parent(parent)
        return isinstance(holder, cst.Assign) and all(
            isinstance(t.target, cst.Name) and t.target.value == use.value for t in holder.targets
        )
    if (
        isinstance(parent, cst.Comparison)
        and parent.left is use
        and all(isinstance(c.operator, cst.Is | cst.IsNot) for c in parent.comparisons)
    ):
        return True
    if isinstance(parent, cst.If | cst.While) and parent.test is use:
        return True
    if isinstance(parent, cst.UnaryOperation) and isinstance(parent.operator, cst.Not):
        return True
    if isinstance(parent, cst.Arg) and (parent.keyword is None or parent.keyword.value == "logs"):
        call = st.meta.parent(parent)
        if isinstance(call, cst.Call) and _calls_same_hook_of_super(call, function):
            return True
    return not data_calls.shows_order(st, use)


def _calls_same_hook_of_super(call: cst.Call, function: cst.CSTNode) -> bool:
    func = call.func
    return (
        isinstance(function, cst.FunctionDef)
        and isinstance(func, cst.Attribute)
        and func.attr.value == function.name.value
        and isinstance(func.value, cst.Call)
        and isinstance(func.value.func, cst.Name)
        and func.value.func.value == "super"
    )


def _makes_builtin_callback(st: PlanState, func: cst.BaseExpression) -> bool:
    """A function of this file whose every return is a Keras built-in callback, made right
    there (``return LearningRateScheduler(schedule)``)."""
    function = heads.helper_function(st.meta, func)
    found = returns(function) if function is not None else []
    return bool(found) and all(
        isinstance(r.value, cst.Call)
        and any(n.startswith(CALLBACK_BASES) for n in st.meta.keras_names(r.value.func))
        for r in found
    )


def _base_referents(st: PlanState, func: cst.BaseExpression) -> set[BaseAssignment]:
    base = func
    while isinstance(base, cst.Attribute):
        base = base.value
    return st.meta.referents(base) if isinstance(base, cst.Name) else set()


def _check_callback_class(
    st: PlanState, definition: cst.ClassDef, anchor: cst.CSTNode, checked: set[int]
) -> None:
    if id(definition) in checked:
        return
    checked.add(id(definition))
    label = definition.name.value
    chain = visible_class_chain(st.meta, definition, CALLBACK_BASES)
    if chain is None:
        st.unsafe_or_block(
            "MKD106",
            anchor,
            f"callback `{label}` derives from a class the tool cannot see (imported, or "
            "not a Keras callback), which may use the model through `self.model`",
        )
        return
    for cls in chain:
        reason = _model_touch(st, cls)
        if reason is not None:
            where = "" if cls is definition else f" (in its base class `{cls.name.value}`)"
            st.unsafe_or_block(
                "MKD106",
                definition.name,
                f"callback `{label}` {reason}{where}: the tool cannot follow that to a "
                "model, and after the rewrite it is the dict model",
            )
            return
    if st.outputs.order_changes:
        for cls in chain:
            if _check_hooks_read_logs_by_key(st, label, cls):
                return


def _check_hooks_read_logs_by_key(st: PlanState, label: str, cls: cst.ClassDef) -> bool:
    """Keras hands each ``on_...`` hook the logs, which Keras 2 lists in sorted-key order
    once the outputs are a dict (as with ``LambdaCallback``): a hook must read them by key.
    True when a finding was made."""
    for statement in cls.body.body:
        if not (isinstance(statement, cst.FunctionDef) and statement.name.value.startswith("on_")):
            continue
        params = statement.params
        hidden = isinstance(params.star_arg, cst.Param) or isinstance(params.star_kwarg, cst.Param)
        logs = params.params[-1].name.value if len(params.params) >= 2 else None
        if hidden or (logs is not None and not _reads_logs_by_key(st, statement, logs)):
            shown = f"`{logs}`" if logs is not None and not hidden else "its arguments"
            st.unsafe_or_block(
                "MKD118",
                statement.name,
                f"callback `{label}`'s `{statement.name.value}` reads {shown} other than by "
                "key: Keras 2 lists the training logs in sorted-key order once the outputs "
                "are a dict, so what it sees in order changes; read them by key "
                "(`logs['loss']`), then rerun",
            )
            return True
    return False


def _model_touch(st: PlanState, definition: cst.ClassDef) -> str | None:
    """How the class's code reaches the model in a way not known to be harmless."""
    found: list[str] = []
    planner = st

    class Finder(cst.CSTVisitor):
        def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
            if node.name.value == "set_model" and not found:
                found.append("overrides `set_model`, which receives the model")

        def visit_Attribute(self, node: cst.Attribute) -> None:
            if found or not (isinstance(node.value, cst.Name) and node.value.value == "self"):
                return
            attr = node.attr.value
            if attr == "__dict__":
                found.append("reads `self.__dict__`")
            elif attr in ("model", "_model"):
                outer = planner.meta.parent(node)
                if (
                    isinstance(outer, cst.Attribute)
                    and outer.value is node
                    and _harmless_in_callback(planner, outer)
                ):
                    return
                shown = planner.code(outer if isinstance(outer, cst.Attribute) else node)
                if isinstance(outer, cst.Attribute) and _order_bound(planner, outer):
                    found.append(
                        f"uses `{shown}`, which goes by layer order, and the sorted dict "
                        "keys change that order (weights kept from before the migration, "
                        "in files or from other runs, would reach other layers; check "
                        "that by hand)"
                    )
                else:
                    found.append(f"uses `{shown}`")

        def visit_Call(self, node: cst.Call) -> None:
            if found or not isinstance(node.func, cst.Name):
                return
            if node.func.value in ("getattr", "setattr", "vars") and any(
                isinstance(a.value, cst.Name) and a.value.value == "self" for a in node.args
            ):
                found.append(f"uses `{planner.code(node)}`, which may reach `self.model`")

    fastwalk.visit(definition.body, Finder())
    return found[0] if found else None


def _harmless_in_callback(st: PlanState, use: cst.Attribute) -> bool:
    """``self.model.<attr>`` that the rewrite cannot change: the attributes above, and
    the uses ``MODEL_ATTRIBUTES`` calls harmless (``save_weights()``, ``summary()``) or,
    when no dict key order moves the layers, order-bound (``get_weights()``...), as on
    the model itself."""
    attr = use.attr.value
    if attr in HARMLESS_CALLBACK_USES:
        return True
    outer = st.meta.parent(use)
    call = outer if isinstance(outer, cst.Call) and outer.func is use else None
    kind = MODEL_ATTRIBUTES.get(f"{attr}()" if call is not None else attr)
    if kind == "harmless" and attr != "get_layer":  # get_layer(index=): see uses.py
        return True
    if kind == "order" and not (attr == "load_weights" and call is not None and call.args[1:]):
        return not (st.inputs.order_changes or st.outputs.order_changes)
    return False


def _order_bound(st: PlanState, use: cst.Attribute) -> bool:
    outer = st.meta.parent(use)
    is_call = isinstance(outer, cst.Call) and outer.func is use
    return MODEL_ATTRIBUTES.get(f"{use.attr.value}()" if is_call else use.attr.value) == "order"


# -- exceptions and warnings ----------------------------------------------------------
def check_exception_sensitive(st: PlanState, nodes: list[cst.CSTNode]) -> None:
    """A structural call inside ``pytest.raises``/``assertRaises``/``catch_warnings``, a
    ``try`` with a handler or an ``xfail`` test: the rewrite may make the exception or
    warning that the program checks for disappear (or appear), so its outcome changes."""
    seen: set[int] = set()
    for node in nodes:
        found = _catching_context(st, node, 0, seen)
        if found is not None:
            context, why = found
            st.unsafe_or_block(
                "MKD129",
                node,
                f"`{st.code(_statement_of(st, node))}` runs {why} "
                f"({line_ref(st.meta.position(context)[0])}): the rewrite can make an exception or "
                "warning appear or disappear there, which changes what the program does; "
                "migrate this model by hand and check what is expected",
            )
            return


def check_methods_caught(st: PlanState) -> None:
    """A model stored on ``self`` (planning/self_attribute.py) is used in its class's
    methods, which run wherever they are called: ``trainer.train()``, ``Trainer(...)``,
    Keras calling a callback's hooks, Python a ``__call__``. The tool does not list those
    calls, so any call of the file that runs inside an exception check may run them."""
    for node in st.meta.nodes():
        if not isinstance(node, cst.Call):
            continue
        found = _catching_context(st, node, 0, set())
        if found is not None:
            context, why = found
            st.unsafe_or_block(
                "MKD129",
                st.call,
                f"`{st.code(_statement_of(st, node))}` runs {why} "
                f"({line_ref(st.meta.position(context)[0])}), and may run the methods that "
                f"use `{st.plan.label}`: the rewrite can make an exception or warning appear "
                "or disappear there, which changes what the program does; migrate this model "
                "by hand and check what is expected",
            )
            return


def _statement_of(st: PlanState, node: cst.CSTNode) -> cst.CSTNode:
    current = node
    while current is not None and not isinstance(
        st.meta.parent(current), cst.SimpleStatementLine | cst.IndentedBlock | cst.Module
    ):
        parent = st.meta.parent(current)
        if parent is None:
            break
        current = parent
    return current if current is not None else node


def _catching_context(
    st: PlanState, node: cst.CSTNode, depth: int, seen: set[int]
) -> tuple[cst.CSTNode, str] | None:
    if depth > 4 or id(node) in seen:
        return None
    seen.add(id(node))
    child, current = node, st.meta.parent(node)
    while current is not None:
        if isinstance(current, cst.With) and child is current.body:
            for item in current.items:
                name = _last_name(item.item)
                if name in CATCHING_CONTEXTS:
                    return current, f"inside `with {st.code(item.item)}`"
        elif (
            isinstance(current, cst.Try | cst.TryStar)
            and child is current.body
            and current.handlers
        ):
            return current, "inside a `try:` that has an `except` handler"
        elif isinstance(current, cst.ExceptHandler | cst.ExceptStarHandler):
            # runs only when its `try:` raised: the rewrite may stop that exception
            return current, "in an `except` handler, which runs only when its `try:` raised"
        elif isinstance(current, cst.FunctionDef):
            for decorator in current.decorators:
                if _last_name(decorator.decorator) in CATCHING_DECORATORS:
                    return decorator, (
                        f"in `{current.name.value}`, decorated with "
                        f"`@{st.code(decorator.decorator)}`"
                    )
            for caller in _callers(st, current):
                found = _catching_context(st, caller, depth + 1, seen)
                if found is not None:
                    context, why = found
                    return context, f"in `{current.name.value}()`, called {why}"
        child, current = current, st.meta.parent(current)
    return None


def _callers(st: PlanState, function: cst.FunctionDef) -> list[cst.CSTNode]:
    """The places of this file that use ``function`` by its name (calls or not)."""
    scope = st.meta.scope(function)
    if scope is None:
        return []
    callers: list[cst.CSTNode] = []
    for assignment in scope.assignments[function.name.value]:
        if assigned_node(assignment) is function:
            callers += [access.node for access in assignment.references]
    return callers
