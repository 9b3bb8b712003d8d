"""The list and dict literals the migration rewrites, shared by compile and the data
calls: a list becomes a dict keyed by the side's names, a dict is checked against them,
and a name bound to a literal may be rewritten only if nothing else reads it."""

from __future__ import annotations

from typing import cast

import libcst as cst
from libcst.metadata import Assignment, BaseAssignment

from .. import keras_api
from ..findings import line_ref
from ..meta import assigned_node
from ..rewrite.edits import ToDict
from ..scan import literal_string
from . import syntax
from .common import (
    MUTATORS,
    SINGLE_ARRAY_FUNCTIONS,
    SINGLE_ARRAY_METHODS,
    STRUCTURE_KEEPING_DATASET_METHODS,
    Side,
    entries,
)
from .state import PlanState


def rewrite_data(st: PlanState, expr: cst.BaseExpression, side: Side, what: str) -> None:
    if isinstance(expr, cst.List | cst.Tuple):
        if not _nested_data(st, expr, what):
            sequence_to_dict(st, expr, side, what)
    elif isinstance(expr, cst.Dict):
        keys = check_dict(st, expr, side, what, must_cover=what.endswith("x"))
        if keys is not None and side.kind == "sequence":
            _dict_on_list(st, expr, keys, side, what)
    elif isinstance(expr, cst.Name):
        binding = st.meta.binding_of(expr)
        if binding is not None and isinstance(binding.value, cst.List | cst.Tuple | cst.Dict):
            st.consume(binding.assignment, expr.value, "MKD107")
            rewrite_data(st, binding.value, side, what)
        elif what.endswith("sample_weight") and _is_single_array(st, expr):
            pass  # one 1-D array weighs every output alike (KERAS_RULES SW5)
        elif len(st.meta.referents(expr)) > 1:
            st.block("MKD113", expr, f"`{expr.value}` ({what}) is assigned more than once")
        else:
            _invisible_data(st, expr, what)
    elif what.endswith("sample_weight") and _is_single_array(st, expr):
        pass  # one array weighs every output alike (KERAS_RULES SW5)
    else:
        _invisible_data(st, expr, what)


_SEQUENCES = cst.List | cst.Tuple | cst.ListComp | cst.GeneratorExp


def _dict_on_list(st: PlanState, node: cst.Dict, keys: list[str], side: Side, what: str) -> None:
    """A dict of data on a list structure whose names are not in sorted order: some Keras
    releases paired it by sorted key, not by name (measured: a dict ``x`` on list inputs on
    3.4.1-3.6.0, a dict ``y`` or ``sample_weight`` on list outputs on 3.5/3.6); the
    migrated structure is a dict, paired by name on every version (MKD006)."""
    written = [key for key in side.keys if key in keys]
    if written == sorted(keys):
        return
    if what.endswith("x"):
        paired = "Keras 3.4-3.6 paired it with the inputs in sorted-key order"
        others = "3.7+ and Keras 2 pair it by name"
    elif what.endswith("sample_weight"):
        paired = "Keras 3.5/3.6 paired it with the outputs in sorted-key order"
        others = "3.7+ raise beside a dict `y`, every Keras 3 beside a list `y`"
    else:
        paired = "Keras 3.5/3.6 paired it with the outputs in sorted-key order"
        others = "3.4, 3.7+ and Keras 2 pair it by name"
    st.mixed_notes.append(
        (
            node,
            f"{what if '`' in what else f'`{what}`'} was a dict on a list model whose names "
            f"{written} are not in sorted "
            f"order: {paired} {sorted(keys)}, not by name ({others}); the model is a dict "
            "now, paired by name on every version, which changes (fixes) what the call does "
            "there",
        )
    )


def _nested_data(st: PlanState, node: cst.List | cst.Tuple, what: str) -> bool:
    """An entry that is itself a Python list (``predict([[x_a[-1]], [x_b[-1]]])``): Keras 2
    stacks it into one array inside a list but reads it as a nested structure inside a
    dict, and fails there (measured on tf_keras 2.21), so the dict would break the call."""
    for element in node.elements:
        value = element.value
        if isinstance(value, cst.Name) and (binding := st.meta.binding_of(value)) is not None:
            value = binding.value
        if isinstance(value, _SEQUENCES):
            st.block(
                "MKD107",
                element.value,
                f"{what} entry `{st.code(element.value)}` is itself a Python list, which "
                "Keras 2 reads as one array inside a list but as a nested structure inside "
                "a dict (and fails); make it an array (`np.array(...)`) by hand, then rerun",
            )
            return True
    return False


def _invisible_data(st: PlanState, expr: cst.BaseExpression, what: str) -> None:
    shown = f"{what} `{st.code(expr)}`"
    if what.endswith("sample_weight"):
        message = (
            f"{shown} is neither a list or dict the tool can see nor provably one array "
            "(it may be a list of arrays, which Keras pairs with the outputs by position)"
        )
    else:
        message = f"{shown} is not a list or dict the tool can see"
    st.block("MKD107", expr, message)


def _is_single_array(st: PlanState, expr: cst.BaseExpression, depth: int = 0) -> bool:
    """Provably ONE array: a call of a known single-array producer
    (``SINGLE_ARRAY_FUNCTIONS``), arithmetic, slicing or an array method on such values,
    or a name bound once to one. ``np.hsplit(w, 2)`` and any unknown call may be a list."""
    if depth > 8:
        return False
    if isinstance(expr, cst.Integer | cst.Float):
        return depth > 0  # a number only as an operand
    if isinstance(expr, cst.Name):
        binding = st.meta.binding_of(expr)
        return binding is not None and _is_single_array(st, binding.value, depth + 1)
    if isinstance(expr, cst.BinaryOperation):
        operands = (expr.left, expr.right)
        return any(not isinstance(o, cst.Integer | cst.Float) for o in operands) and all(
            _is_single_array(st, o, depth + 1) for o in operands
        )
    if isinstance(expr, cst.UnaryOperation):
        return _is_single_array(st, expr.expression, depth + 1)
    if isinstance(expr, cst.Subscript):
        return _is_single_array(st, expr.value, depth + 1)
    if isinstance(expr, cst.Attribute) and expr.attr.value == "T":
        return _is_single_array(st, expr.value, depth + 1)
    if isinstance(expr, cst.Call):
        func = expr.func
        names = st.meta.qualified_names(func)
        canonical = {keras_api.canonical(n) or n for n in names}
        if names and all(n in SINGLE_ARRAY_FUNCTIONS for n in canonical):
            return True
        if isinstance(func, cst.Attribute) and func.attr.value in SINGLE_ARRAY_METHODS:
            return _is_single_array(st, func.value, depth + 1)
    return False


def sequence_to_dict(st: PlanState, node: cst.List | cst.Tuple, side: Side, what: str) -> None:
    syntax.no_starred(st, node)
    if len(node.elements) != len(side.members):
        st.block(
            "MKD109",
            node,
            f"`{what}` has {entries(len(node.elements))} but the model has {len(side.members)}",
        )
        return
    st.edit(node, ToDict(side.keys))
    if side.kind == "dict":
        st.mixed.append((node, what))


def check_dict(
    st: PlanState, node: cst.Dict, side: Side, what: str, *, must_cover: bool
) -> list[str] | None:
    """The dict's keys when they are literal names of ``side``; else a blocker and None."""
    keys = []
    for element in node.elements:
        key = literal_string(element.key) if isinstance(element, cst.DictElement) else None
        if key is None:
            st.block("MKD110", element, f"`{what}` dict has a key that is not a literal")
            return None
        if key in keys:
            st.block("MKD110", element, f"`{what}` dict has the key {key!r} twice")
            return None
        keys.append(key)
    unknown = [k for k in keys if k not in side.keys]
    missing = [k for k in side.keys if k not in keys] if must_cover else []
    if unknown or missing:
        detail = f"unknown keys {unknown}" if unknown else f"missing keys {missing}"
        st.block(
            "MKD110",
            node,
            f"`{what}` dict does not match the names {list(side.keys)}: {detail}",
        )
        return None
    return keys


def check_consumed(st: PlanState) -> None:
    for assignment, count in st.consumed.items():
        uses = st.meta.uses_of(assignment)
        if uses is not None and len(uses) != count and _read_as_written(st, assignment, uses):
            continue
        if uses is None or len(uses) != count:
            name, code = st.consumed_what[assignment]
            where = ""
            if uses:
                lines = sorted({st.meta.position(use)[0] for use in uses})
                where = f" (uses on {line_ref(*lines, word='lines')})"
            st.block(
                code,
                cast(Assignment, assignment).node,  # consumed names are bound by assignment
                f"`{name}` would be rewritten for this model but is also used elsewhere"
                f"{where}; give the model its own literal",
            )


def _read_as_written(st: PlanState, assignment: BaseAssignment, uses: list[cst.Name]) -> bool:
    """Other uses of a name the plan read but rewrites nothing in (a dataset class already
    yielding dict labels, also drawn from by ``next(iter(train))``) see what they always
    saw, as long as none of them can change what it holds before the model reads it."""
    region = st.consumed_regions.get(assignment)
    if region is None:
        binding = st.meta.binding_from_assignment(assignment)
        region = binding.value if binding is not None else assigned_node(assignment)
    if region is None or any(st.meta.inside(node, region) for node in st.plan.edits):
        return False
    return not any(_may_change(st, use) for use in uses)


def _may_change(st: PlanState, use: cst.Name) -> bool:
    """``x.append(...)``, ``x[0] = ...``, ``x.attr = ...``, ``x += ...``, ``del x[...]``."""
    parent = st.meta.parent(use)
    holder = st.meta.parent(parent) if parent is not None else None
    if isinstance(parent, cst.Attribute) and parent.value is use:
        if isinstance(holder, cst.Call) and parent.attr.value in MUTATORS:
            return True
        return isinstance(holder, cst.AssignTarget | cst.Del) or (
            isinstance(holder, cst.AugAssign) and holder.target is parent
        )
    if isinstance(parent, cst.Subscript) and parent.value is use:
        return isinstance(holder, cst.AssignTarget | cst.Del) or (
            isinstance(holder, cst.AugAssign) and holder.target is parent
        )
    return isinstance(parent, cst.AugAssign | cst.Del)


def keeps_structure(call: cst.Call) -> bool:
    """``.batch(32)``, ``.shuffle(n)``...: the element keeps its structure. ``padded_batch``
    with padded shapes or values spells the structure out, so it does not count."""
    method = call.func.attr.value  # type: ignore[attr-defined]
    if method not in STRUCTURE_KEEPING_DATASET_METHODS:
        return False
    if method == "padded_batch":
        return not any(
            (a.keyword is None and index > 0)
            or (a.keyword is not None and a.keyword.value in ("padded_shapes", "padding_values"))
            for index, a in enumerate(call.args)
        )
    return True
