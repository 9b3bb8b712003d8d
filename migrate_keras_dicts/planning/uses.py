"""What each use of the model is: the use table's handlers.

``classify_use`` reads the shape of one use of the model's variable into a :class:`Use`
with a *kind*: ``model.<attr>`` and ``model.<method>(...)`` by ``MODEL_ATTRIBUTES``
(planning/common.py), ``f(model)`` by ``MODEL_FUNCTIONS`` and ``SAVE_FUNCTIONS``,
``model(x)`` as data, ``return model`` as returned. ``HANDLERS`` maps each kind to the one
function, registered below with ``@handles``, that decides whether the use is harmless,
rewritten, or blocks the model. A new use: a row in those tables; a new kind: a handler here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import libcst as cst

from ..formats.notebook import MAGIC_CALL
from . import compile_args, data_calls, follow, passed, saving, syntax
from .common import (
    MODEL_ATTRIBUTES,
    MODEL_FUNCTIONS,
    SAVE_FUNCTIONS,
    ModelRef,
    is_none,
    keyword_arg,
)
from .state import PlanState

_BUILTINS = frozenset(n.split(".", 1)[1] for n in MODEL_FUNCTIONS if n.startswith("builtins."))


@dataclass(frozen=True)
class Use:
    """One use of the model's variable ``ref`` (or of the attribute of ``self`` it is
    stored in: ``self.model``), as the table keys it."""

    ref: ModelRef
    kind: str
    node: cst.CSTNode  # the use itself: ``model.attr``, ``return model``, ``f(model)``...
    call: cst.Call | None = None  # the call that makes it: ``model.fit(...)``, ``model(x)``
    attr: str | None = None  # ``model.<attr>``; None for a use of the bare name
    method: str = ""  # the data call's method, for kind ``data``


Handler = Callable[[PlanState, Use], None]
HANDLERS: dict[str, Handler] = {}


def handles(*kinds: str) -> Callable[[Handler], Handler]:
    """Register the handler of ``kinds`` of use (one handler per kind)."""

    def register(handler: Handler) -> Handler:
        for kind in kinds:
            assert kind not in HANDLERS, f"two handlers for {kind!r}"
            HANDLERS[kind] = handler
        return handler

    return register


def classify_use(st: PlanState, ref: ModelRef) -> None:
    """Hand one use of the model to the handler of its kind (which may raise Blocked)."""
    use = use_of(st, ref)
    HANDLERS[use.kind](st, use)


def use_of(st: PlanState, ref: ModelRef) -> Use:
    """The shape of one use of the model, and its kind in the use table."""
    parent = st.meta.parent(ref)
    if isinstance(parent, cst.Call) and parent.func is ref:
        return Use(ref, "data", parent, parent, method="__call__")
    if isinstance(parent, cst.Return):
        return Use(ref, "returned", parent)
    if not (isinstance(parent, cst.Attribute) and parent.value is ref):
        node = parent if parent is not None else ref
        if isinstance(parent, cst.Expr) or _harmless_function(st, ref) or _is_none_test(parent):
            return Use(ref, "harmless", node)
        saver = _save_function(st, ref)
        if saver is not None:
            return Use(ref, "save", saver, saver)
        grand = st.meta.parent(parent) if isinstance(parent, cst.Arg) else None
        if (
            isinstance(grand, cst.Call)
            and isinstance(grand.func, cst.Name)
            and grand.func.value != MAGIC_CALL  # a masked IPython line: no function
        ):
            return Use(ref, "passed", node, grand)
        return Use(ref, "unknown", node)
    attr = parent.attr.value
    grand = st.meta.parent(parent)
    call = grand if isinstance(grand, cst.Call) and grand.func is parent else None
    kind = MODEL_ATTRIBUTES.get(f"{attr}()" if call is not None else attr, "unknown")
    return Use(ref, kind, parent, call, attr, method=attr)


# -- the handlers, one per kind ------------------------------------------------------------
@handles("data")
def _data(st: PlanState, use: Use) -> None:
    assert use.call is not None
    data_calls.data_call(st, use.method, use.call)


@handles("compile")
def _compile(st: PlanState, use: Use) -> None:
    assert use.call is not None
    compile_args.compile_call(st, use.call)


@handles("returned")
def _returned(st: PlanState, use: Use) -> None:
    """``return model``: each use of the builder's result is a use of the model."""
    assert isinstance(use.node, cst.Return)
    if isinstance(use.ref, cst.Attribute):
        raise st.stop(
            "MKD106",
            use.node,
            f"`{st.code(use.node)}` hands the model stored in `{st.code(use.ref)}` to the "
            "method's callers, which the tool does not follow; migrate this model by hand",
        )
    for ref in follow.follow_return(st, use.node, depth=1):
        classify_use(st, ref)


@handles("harmless")
def _harmless(st: PlanState, use: Use) -> None:
    """A bare ``model`` line (a notebook shows its repr, a script nothing), a harmless
    function of it, or a harmless attribute, except ``get_layer()`` by index."""
    call = use.call
    by_index = (
        use.attr == "get_layer"
        and call is not None
        and (keyword_arg(call, "index") is not None or len(call.args) > 1)
    )
    if by_index and (st.inputs.order_changes or st.outputs.order_changes):
        assert call is not None
        st.unsafe_or_block(
            "MKD116",
            use.node,
            f"`{st.code(call)}` picks a layer by position, which sorted dict keys "
            "change; pick it by name",
        )


@handles("order")
def _order(st: PlanState, use: Use) -> None:
    if use.attr == "load_weights" and use.call is not None and keyword_arg(use.call, "by_name"):
        if st.renames_layers():
            st.unsafe_or_block(
                "MKD116",
                use.node,
                f"`{st.code(use.call)}` matches weights by layer name, and the rewrite "
                "names layers that had automatic names; their weights would not load",
            )
    elif (st.inputs.order_changes or st.outputs.order_changes) and not _gradient_step(st, use):
        st.unsafe_or_block(
            "MKD116",
            use.node,
            f"`{st.code(use.node)}` depends on layer and weight order, which sorted dict "
            "keys change; re-save weights after migrating, then rerun",
        )


_TRAINED = frozenset({"trainable_weights", "trainable_variables"})


def _gradient_step(st: PlanState, use: Use) -> bool:
    """``grads = tape.gradient(loss, model.trainable_weights)`` and
    ``optimizer.apply_gradients(zip(grads, model.trainable_weights))``: the gradients come
    in the order of the list they pair with again, whatever that order is. Either use is
    harmless when it is one of such a pair and ``grads`` is used only there."""
    if use.attr not in _TRAINED or not isinstance(use.node, cst.Attribute):
        return False
    arg = st.meta.parent(use.node)
    call = st.meta.parent(arg) if isinstance(arg, cst.Arg) else None
    if not (isinstance(arg, cst.Arg) and isinstance(call, cst.Call)):
        return False
    if _is_call_of(call, "gradient") and call.args.index(arg) == 1:
        grads = _gradients_of(st, call)
        return grads is not None and all(
            _zipped_with(st, ref, use.node.value, use.attr) for ref in grads
        )
    if _is_call_of(call, "zip", attribute=False) and call.args.index(arg) == 1:
        first = call.args[0].value
        binding = st.meta.binding_of(first) if isinstance(first, cst.Name) else None
        source = binding.value if binding is not None else None
        if not (isinstance(source, cst.Call) and _is_call_of(source, "gradient")):
            return False
        sources = source.args[1].value if len(source.args) > 1 else None
        grads = _gradients_of(st, source)
        return (
            _same_attribute(sources, use.node.value, use.attr)
            and grads is not None
            and all(_zipped_with(st, ref, use.node.value, use.attr) for ref in grads)
        )
    return False


def _is_call_of(call: cst.Call, name: str, *, attribute: bool = True) -> bool:
    func = call.func
    if attribute:
        return isinstance(func, cst.Attribute) and func.attr.value == name
    return isinstance(func, cst.Name) and func.value == name


def _gradients_of(st: PlanState, gradient: cst.Call) -> list[cst.Name] | None:
    """Every use of ``grads`` in ``grads = tape.gradient(...)``; None when it is bound
    otherwise or some use is unsure."""
    return syntax.uses_of_assigned(st, gradient) or None


def _zipped_with(st: PlanState, ref: cst.Name, model: cst.BaseExpression, attr: str) -> bool:
    """``optimizer.apply_gradients(zip(ref, model.<attr>))``."""
    arg = st.meta.parent(ref)
    zipped = st.meta.parent(arg) if isinstance(arg, cst.Arg) else None
    if not (
        isinstance(zipped, cst.Call)
        and _is_call_of(zipped, "zip", attribute=False)
        and len(zipped.args) == 2
        and zipped.args[0] is arg
        and _same_attribute(zipped.args[1].value, model, attr)
    ):
        return False
    outer = st.meta.parent(zipped)
    applied = st.meta.parent(outer) if isinstance(outer, cst.Arg) else None
    return isinstance(applied, cst.Call) and _is_call_of(applied, "apply_gradients")


def _same_attribute(expr: cst.BaseExpression | None, model: cst.BaseExpression, attr: str) -> bool:
    """``expr`` is ``<model>.<attr>``, the model spelled as ``model`` is (a name, or
    ``self.model``)."""
    return (
        isinstance(expr, cst.Attribute)
        and expr.attr.value == attr
        and _same_spelling(expr.value, model)
    )


def _same_spelling(one: cst.BaseExpression, other: cst.BaseExpression) -> bool:
    if isinstance(one, cst.Name) and isinstance(other, cst.Name):
        return one.value == other.value
    return (
        isinstance(one, cst.Attribute)
        and isinstance(other, cst.Attribute)
        and one.attr.value == other.attr.value
        and _same_spelling(one.value, other.value)
    )


@handles("config")
def _config(st: PlanState, use: Use) -> None:
    if st.inputs.becomes_dict or st.outputs.becomes_dict or st.renames_layers():
        st.unsafe_or_block(
            "MKD112",
            use.node,
            f"`{st.code(use.call or use.node)}` describes the architecture, which the rewrite "
            "changes (`input_layers`/`output_layers` become dicts, layers get names); compare "
            "or store configs only after migrating by hand",
        )


@handles("compile_config")
def _compile_config(st: PlanState, use: Use) -> None:
    """Checked once every compile call is known (readback.py)."""
    assert use.call is not None
    st.compile_configs.append(use.call)


@handles("save")
def _save(st: PlanState, use: Use) -> None:
    assert use.call is not None
    if st.inputs.becomes_dict or st.outputs.becomes_dict:
        saving.saved_whole(st, use.call)


@handles("results_names")
def _results_names(st: PlanState, use: Use) -> None:
    """``model.metrics_names``: checked with the positional results (readback.py)."""
    assert isinstance(use.node, cst.Attribute)
    st.positional_results.append(use.node)


@handles("output", "outputs", "input", "inputs")
def _structure(st: PlanState, use: Use) -> None:
    assert isinstance(use.node, cst.Attribute)
    _structure_attribute(st, use.kind, use.node)


@handles("passed")
def _passed(st: PlanState, use: Use) -> None:
    """``show(model, x)``: the uses of ``show``'s parameter, when the tool can follow the
    model there (planning/passed.py)."""
    if isinstance(use.ref, cst.Attribute):
        raise st.stop(
            "MKD106",
            use.ref,
            f"`{st.code(syntax.use_context(st, use.ref))}` passes the model stored in "
            f"`{st.code(use.ref)}` to a function; the tool follows such a model only through "
            "that attribute; migrate this model by hand",
        )
    uses = passed.parameter_uses(st, use.ref)
    if isinstance(uses, str):
        raise st.stop(
            "MKD106",
            use.ref,
            f"`{st.code(syntax.use_context(st, use.ref))}` passes the model `{use.ref.value}` "
            f"where the tool cannot follow it ({uses})",
        )
    for ref in uses:
        classify_use(st, ref)


@handles("unknown")
def _unknown(st: PlanState, use: Use) -> None:
    """Anything not in the table: the tool cannot see what is done with the model."""
    if use.attr is None:
        raise st.stop(
            "MKD106",
            use.ref,
            f"`{st.code(syntax.use_context(st, use.ref))}` passes the model "
            f"`{st.code(use.ref)}` where the tool cannot follow it",
        )
    method = f"{use.attr}()" in MODEL_ATTRIBUTES
    raise st.stop(
        "MKD106",
        use.node,
        f"`{st.code(syntax.use_context(st, use.node))}` takes the method "
        f"`{st.code(use.node)}` without calling it; the tool cannot see what is done with it"
        if method
        else f"`{st.code(use.node)}`: the tool does not know this use of the model, so "
        "it cannot tell whether dict inputs or outputs change it",
    )


# Every kind of the tables has its handler.
assert set(MODEL_ATTRIBUTES.values()) | set(MODEL_FUNCTIONS.values()) <= set(HANDLERS)


def _structure_attribute(st: PlanState, kind: str, parent: cst.Attribute) -> None:
    """``model.output`` becomes the dict itself; ``model.outputs`` and ``output_names``
    stay flat lists, in sorted-key order."""
    side = st.inputs if kind.startswith("input") else st.outputs
    side_name = "inputs" if side is st.inputs else "outputs"
    order_only = kind.endswith("s")
    if side.becomes_dict and (not order_only or side.order_changes):
        change = (
            f"is re-ordered to {sorted(side.keys)}"
            if order_only
            else "becomes a dict keyed by name"
        )
        st.unsafe_or_block(
            "MKD112",
            parent,
            f"`{st.code(parent)}` {change} with dict {side_name}; use names instead of positions",
        )


def _is_none_test(parent: cst.CSTNode | None) -> bool:
    """``model is None`` / ``model is not None``: identity with ``None``, whatever the
    model's structure (a class that builds its model on first use)."""
    if not (isinstance(parent, cst.Comparison) and len(parent.comparisons) == 1):
        return False
    (target,) = parent.comparisons
    return isinstance(target.operator, cst.Is | cst.IsNot) and is_none(target.comparator)


def _harmless_function(st: PlanState, ref: ModelRef) -> bool:
    """``plot_model(model, ...)``, ``print(model)``, ``isinstance(model, ...)``: the model
    is an argument of a function in ``MODEL_FUNCTIONS``, which cannot see lists."""
    arg = st.meta.parent(ref)
    call = st.meta.parent(arg) if isinstance(arg, cst.Arg) else None
    if not (
        isinstance(arg, cst.Arg)
        and isinstance(call, cst.Call)
        and arg.value is ref
        and not arg.star
    ):
        return False
    if isinstance(call.func, cst.Name) and call.func.value in _BUILTINS:
        if st.meta.referents(call.func) and st.meta.builtin_only(call.func):
            return MODEL_FUNCTIONS.get(f"builtins.{call.func.value}") == "harmless"
        return False
    names = st.meta.keras_names(call.func)
    return bool(names) and all(MODEL_FUNCTIONS.get(n) == "harmless" for n in names)


def _save_function(st: PlanState, ref: ModelRef) -> cst.Call | None:
    """``keras.models.save_model(model, ...)``, ``tf.saved_model.save(model, ...)``: the
    call, when the model is its first argument."""
    arg = st.meta.parent(ref)
    call = st.meta.parent(arg) if isinstance(arg, cst.Arg) else None
    if not (isinstance(call, cst.Call) and call.args and call.args[0] is arg):
        return None
    dotted = st.code(call.func)
    return call if any(dotted.endswith(name) for name in SAVE_FUNCTIONS) else None
