"""Following the model: its variable, builder functions, and what each use of it is."""

from __future__ import annotations

import libcst as cst

from . import arguments, follow, syntax
from .common import (
    DATA_SIGNATURES,
    MODEL_ATTRIBUTES,
    MODEL_FUNCTIONS,
    SAVE_FUNCTIONS,
    keyword_arg,
)
from .state import PlanState

# Keras 2 methods that Keras 2 runs as the data call named here, and Keras 3 does not have.
KERAS2_GENERATOR_METHODS = {
    "fit_generator": "fit",
    "evaluate_generator": "evaluate",
    "predict_generator": "predict",
}
_BUILTINS = frozenset(n.split(".", 1)[1] for n in MODEL_FUNCTIONS if n.startswith("builtins."))


def classify_use(st: PlanState, ref: cst.Name) -> None:
    parent = st.meta.parent(ref)
    if isinstance(parent, cst.Call) and parent.func is ref:
        arguments.data_call(st, "__call__", parent)
        return
    if isinstance(parent, cst.Return):
        for ref2 in follow.follow_return(st, parent, depth=1):
            classify_use(st, ref2)
        return
    if not (isinstance(parent, cst.Attribute) and parent.value is ref):
        if isinstance(parent, cst.Expr) or _harmless_function(st, ref):
            return  # a bare `model` line: a notebook shows its repr, a script nothing
        saver = _save_function(st, ref)
        if saver is not None:
            if st.inputs.becomes_dict or st.outputs.becomes_dict:
                syntax.saved_whole(st, saver)
            return
        raise st.stop(
            "MKD106",
            ref,
            f"`{st.code(syntax.use_context(st, ref))}` passes the model `{ref.value}` where the "
            "tool cannot follow it",
        )
    attr = parent.attr.value
    grand = st.meta.parent(parent)
    is_call = isinstance(grand, cst.Call) and grand.func is parent
    if is_call and attr == "compile":
        arguments.compile(st, grand)
        return
    if is_call and attr in DATA_SIGNATURES:
        arguments.data_call(st, attr, grand)
        return
    kind = MODEL_ATTRIBUTES.get(f"{attr}()" if is_call else attr)
    if kind is None and attr in KERAS2_GENERATOR_METHODS:
        st.block(
            "MKD106",
            parent,
            f"`{st.code(parent)}(...)` is Keras 2's (removed in Keras 3, and in Keras 2 "
            f"only `{KERAS2_GENERATOR_METHODS[attr]}` under another name); the tool "
            f"rewrites `{KERAS2_GENERATOR_METHODS[attr]}`, so call "
            f"`{st.code(parent.value)}.{KERAS2_GENERATOR_METHODS[attr]}(...)` with the "
            "generator as its first argument, then rerun",
        )
        return
    if kind is None:
        method = f"{attr}()" in MODEL_ATTRIBUTES or attr in DATA_SIGNATURES or attr == "compile"
        raise st.stop(
            "MKD106",
            parent,
            f"`{st.code(syntax.use_context(st, parent))}` takes the method `{st.code(parent)}` "
            "without calling it; the tool cannot see what is done with it"
            if method
            else f"`{st.code(parent)}`: the tool does not know this use of the model, so "
            "it cannot tell whether dict inputs or outputs change it",
        )
    by_index = attr == "get_layer" and (
        keyword_arg(grand, "index") is not None or len(grand.args) > 1
    )
    if kind == "harmless":
        if by_index and (st.inputs.order_changes or st.outputs.order_changes):
            st.unsafe_or_block(
                "MKD116",
                parent,
                f"`{st.code(grand)}` picks a layer by position, which sorted dict keys "
                "change; pick it by name",
            )
    elif kind == "order" and attr == "load_weights" and keyword_arg(grand, "by_name"):
        if st.renames_layers():
            st.unsafe_or_block(
                "MKD116",
                parent,
                f"`{st.code(grand)}` matches weights by layer name, and the rewrite "
                "names layers that had automatic names; their weights would not load",
            )
    elif kind == "order":
        if st.inputs.order_changes or st.outputs.order_changes:
            st.unsafe_or_block(
                "MKD116",
                parent,
                f"`{st.code(parent)}` depends on layer and weight order, which sorted dict "
                "keys change; re-save weights after migrating, then rerun",
            )
    elif kind == "config":
        if st.inputs.becomes_dict or st.outputs.becomes_dict or st.renames_layers():
            st.unsafe_or_block(
                "MKD112",
                parent,
                f"`{st.code(grand)}` describes the architecture, which the rewrite changes "
                "(`input_layers`/`output_layers` become dicts, layers get names); compare "
                "or store configs only after migrating by hand",
            )
    elif kind == "compile_config":
        st.compile_configs.append(grand)
    elif kind == "save":
        if st.inputs.becomes_dict or st.outputs.becomes_dict:
            syntax.saved_whole(st, grand)
    elif kind == "results_names":
        st.positional_results.append(parent)
    else:
        _structure_attribute(st, kind, parent)


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


def _harmless_function(st: PlanState, ref: cst.Name) -> bool:
    """``plot_model(model, ...)``, ``print(model)``, ``isinstance(model, ...)``: the model
    is an argument of a function in ``MODEL_FUNCTIONS``, which cannot see lists."""
    arg = st.meta.parent(ref)
    call = st.meta.parent(arg) if isinstance(arg, cst.Arg) else None
    if not (isinstance(call, cst.Call) and arg.value is ref and not arg.star):
        return False
    if isinstance(call.func, cst.Name) and call.func.value in _BUILTINS:
        referents = st.meta.referents(call.func)
        if referents and all(type(r).__name__ == "BuiltinAssignment" for r in referents):
            return MODEL_FUNCTIONS.get(f"builtins.{call.func.value}") == "harmless"
        return False
    names = st.meta.keras_names(call.func)
    return bool(names) and all(MODEL_FUNCTIONS.get(n) == "harmless" for n in names)


def _save_function(st: PlanState, ref: cst.Name) -> cst.Call | None:
    """``keras.models.save_model(model, ...)``, ``tf.saved_model.save(model, ...)``: the
    call, when the model is its first argument."""
    arg = st.meta.parent(ref)
    call = st.meta.parent(arg) if isinstance(arg, cst.Arg) else None
    if not (isinstance(call, cst.Call) and call.args and call.args[0] is arg):
        return None
    dotted = st.code(call.func)
    return call if any(dotted.endswith(name) for name in SAVE_FUNCTIONS) else None
