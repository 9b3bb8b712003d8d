"""compile's loss, loss_weights and metrics: lists become dicts keyed by output name,
and what the tool cannot see into refuses."""

from __future__ import annotations

import libcst as cst
from libcst.metadata import ImportAssignment

from .. import keras_api
from ..meta import assigned_node
from ..rewrite.edits import Broadcast
from ..scan import literal_string
from . import syntax
from .common import (
    COMPILE_POSITIONAL,
    LOSS_BASES,
    METRIC_ARGS,
    PER_OUTPUT_ARGS,
    SINGLE_CALLABLE_FACTORIES,
    entries,
    is_none,
    returns,
    transparent_decorator,
    visible_class_chain,
)
from .literals import check_dict, sequence_to_dict
from .state import PlanState


def compile_call(st: PlanState, call: cst.Call) -> None:
    bound = syntax.bind(st, call, COMPILE_POSITIONAL)
    st.compiles.append(call)
    if not st.outputs.multi:
        return
    for name in PER_OUTPUT_ARGS:
        if name in bound:
            _per_output(st, bound[name], name)
    for name in METRIC_ARGS:
        if name in bound and not is_none(bound[name]):
            st.compiled_metrics = True
            _metrics(st, bound[name], name)
    weights = syntax.resolved_literal(st, bound.get("loss_weights"))
    loss = syntax.resolved_literal(st, bound.get("loss"))
    if (
        "loss" in bound
        and not is_none(bound["loss"])
        and not isinstance(loss, cst.List | cst.Tuple | cst.Dict)
        and isinstance(weights, cst.List | cst.Tuple | cst.Dict)
        and _one_value(st, bound["loss"])  # else it may be a list: MKD108 said so
    ):
        _one_loss_weighted(st, bound["loss"], weights)
    if st.outputs.kind == "sequence" and isinstance(loss, cst.Dict):
        _dict_loss_on_list_outputs(st, loss, weights)
    if (
        st.outputs.kind == "sequence"
        and isinstance(loss, cst.List | cst.Tuple)
        and isinstance(weights, cst.Dict)
        and list(st.outputs.keys) != sorted(st.outputs.keys)
    ):
        # KERAS_RULES W4: a dict loss_weights beside a list loss is applied in sorted order.
        st.mixed_notes.append(
            (
                weights,
                "`loss_weights` was a dict beside a list `loss` (Keras applied it in "
                f"sorted-key order {sorted(st.outputs.keys)}); now both are keyed by name, "
                "which changes what trains",
            )
        )


def _one_loss_weighted(
    st: PlanState, loss: cst.BaseExpression, weights: cst.List | cst.Tuple | cst.Dict
) -> None:
    """One loss with a weight per output (KERAS_RULES W7-W10). Keras 2 and 3.4-3.6 give
    every output the loss, weighted by position; 3.7+ raises. On list outputs with a weights
    list, the loss written once by reference (a string, a name) becomes a dict of the same
    loss for each output, which all of them read alike (measured on 3.4.1 to 3.15.1 and
    tf_keras 2.21: the same losses and weights where the original runs), and which 3.7+
    runs; anything else is refused."""
    n = len(st.outputs.members)
    if (
        st.outputs.kind == "sequence"
        and isinstance(weights, cst.List | cst.Tuple)
        and len(weights.elements) == n
        and _reference(loss)
    ):
        st.edit(loss, Broadcast(st.outputs.keys))
        st.note(
            "MKD016",
            loss,
            f"one `loss` with {n} `loss_weights`: each output now gets `{st.code(loss)}` by "
            "name, weighted as Keras 2 and 3.4-3.6 weighted it; Keras 3.7+ raised for the "
            "original (`loss_weights` must match the number of losses), and runs this",
        )
        return
    st.block(
        "MKD109",
        weights,
        "one `loss` with several `loss_weights`: Keras 3.7+ raises here, older Keras 3 "
        "accepts it, and the tool gives each output the loss only when it is a string or a "
        "name and the weights a list, one per output, on list outputs; give one loss per "
        "output (or drop `loss_weights`) by hand",
    )


def _one_value(st: PlanState, expr: cst.BaseExpression) -> bool:
    """Provably one loss or weight (a name: every binding of it), not a list."""
    if isinstance(expr, cst.Name):
        return is_single_value(st, expr)
    return is_single_expression(st, expr)


def _reference(expr: cst.BaseExpression) -> bool:
    """``"mse"``, ``custom_loss``, ``keras.losses.mse``: written twice, it is the same value
    twice (a call, ``MeanSquaredError()``, would make two objects)."""
    if isinstance(expr, cst.SimpleString):
        return not expr.prefix.lower().startswith("b")
    while isinstance(expr, cst.Attribute):
        expr = expr.value
    return isinstance(expr, cst.Name)


def _dict_loss_on_list_outputs(
    st: PlanState, loss: cst.Dict, weights: cst.BaseExpression | None
) -> None:
    """What the migration changes for a dict ``loss`` on list outputs (KERAS_RULES L2,
    keras-team/keras#20596): Keras 3.5/3.6 paired it in sorted-key order, and 3.4.1
    refused list ``loss_weights`` beside it. Keyed by name on dict outputs, it pairs by
    name everywhere: said in a note, since it changes what trains there."""
    changes = []
    keys = list(st.outputs.keys)
    if keys != sorted(keys):
        changes.append(
            f"Keras 3.5/3.6 paired it with the outputs in sorted-key order {sorted(keys)}, "
            "not by name"
        )
    if isinstance(weights, cst.List | cst.Tuple):
        changes.append("Keras 3.4.1 raised for the list `loss_weights` beside it")
    if changes:
        st.mixed_notes.append(
            (
                loss,
                f"`loss` was a dict on list outputs ({'; '.join(changes)}); now the outputs "
                "are a dict too, and every Keras pairs it by name, which changes (fixes) what "
                "trains there",
            )
        )


def _per_output(st: PlanState, expr: cst.BaseExpression, what: str) -> None:
    if is_none(expr):
        return
    if isinstance(expr, cst.List | cst.Tuple):
        sequence_to_dict(st, expr, st.outputs, what)
    elif isinstance(expr, cst.Dict):
        keys = check_dict(st, expr, st.outputs, what, must_cover=False)
        if keys is not None and st.outputs.kind == "sequence" and len(keys) < len(st.outputs.keys):
            missing = [k for k in st.outputs.keys if k not in keys]
            st.block(
                "MKD110",
                expr,
                f"`{what}` dict has no entry for {missing}: Keras raises for a partial dict on "
                "list outputs; add the missing keys (`None` for no loss) by hand",
            )
        elif what == "loss" and keys is not None and st.outputs.becomes_dict:
            in_order = tuple(k for k in st.outputs.keys if k in keys)
            if in_order != tuple(keys):
                # Dict outputs report per-output losses in loss-dict order (KERAS_RULES
                # §3e); list outputs reported them in output order. Kept where something
                # reads that order (plan.py ``_settle_reorders``).
                st.pending_reorders.append((expr, in_order))
    elif isinstance(expr, cst.Name):
        binding = st.meta.binding_of(expr)
        if binding is not None and isinstance(binding.value, cst.List | cst.Tuple | cst.Dict):
            st.consume(binding.assignment, expr.value, "MKD108")
            _per_output(st, binding.value, what)
        elif not _one_value(st, expr):
            _not_single(st, expr, what)
    elif not _one_value(st, expr):
        _not_single(st, expr, what)


def _metrics(st: PlanState, expr: cst.BaseExpression, what: str) -> bool:
    """True when the list is left as written (see :func:`_flat_metrics`)."""
    if is_none(expr):
        return False
    if isinstance(expr, cst.List | cst.Tuple):
        syntax.no_starred(st, expr)
        n = len(st.outputs.members)
        inner = [isinstance(e.value, cst.List | cst.Tuple | cst.Dict) for e in expr.elements]
        flat = [
            e for e, i in zip(expr.elements, inner, strict=True) if not i and not is_none(e.value)
        ]
        if len(expr.elements) == n and n > 1 and not any(inner):
            return _flat_metrics(st, expr, what)
        elif len(expr.elements) == n:
            sequence_to_dict(st, expr, st.outputs, what)
        elif len(flat) == len(expr.elements):
            st.note(
                "MKD009",
                expr,
                f"`{what}` has {entries(len(expr.elements))} for {n} outputs; left as it is "
                "(Keras 3 raises for it)",
            )
        else:
            st.block(
                "MKD109",
                expr,
                f"`{what}` has {entries(len(expr.elements))} but the model has {n} outputs",
            )
    elif isinstance(expr, cst.Dict):
        check_dict(st, expr, st.outputs, what, must_cover=False)
    elif isinstance(expr, cst.Name):
        binding = st.meta.binding_of(expr)
        if binding is not None and isinstance(binding.value, cst.List | cst.Tuple | cst.Dict):
            st.consume(binding.assignment, expr.value, "MKD108")
            if _metrics(st, binding.value, what):
                st.release(binding.assignment)  # left as written: other uses may read it
        else:
            st.block("MKD108", expr, f"`{what}={expr.value}`: the tool cannot see its structure")
    elif not is_single_expression(st, expr):
        _not_single(st, expr, what)
    return False


def _flat_metrics(st: PlanState, expr: cst.List | cst.Tuple, what: str) -> bool:
    """A list with nothing nested in it, one entry per output: Keras 3 gives each output its
    entry, Keras 2 gives every output every metric (measured on tf_keras 2.21). No dict says
    both. Two entries that spell one metric make Keras 2 raise (two metrics of one name),
    so the Keras 3 reading, the only one that runs, becomes the dict. Otherwise the list
    stays as written (True), where it means on the dict model what it meant before: Keras 3
    pairs it with dict outputs in sorted-key order, so the outputs' keys must be in list
    order (or already a dict), and Keras 2 broadcasts it whatever the outputs are. Else the
    model is refused."""
    spelled = [_metric_spelling(st, e.value) for e in expr.elements if not is_none(e.value)]
    known = [s for s in spelled if s is not None]
    if len(set(known)) < len(known):
        sequence_to_dict(st, expr, st.outputs, what)
        st.note(
            "MKD005",
            expr,
            f"flat `{what}` list read as one entry per output, as Keras 3 reads it (Keras 2 "
            "raises for it: two of its metrics have one name)",
        )
        return False
    code = st.meta.module.code_for_node
    per_output = ", ".join(
        "None" if is_none(e.value) else f"[{code(e.value)}]" for e in expr.elements
    )
    if st.outputs.kind == "dict" or not st.outputs.order_changes:
        order = (
            "in the dict outputs' sorted-key order, as before"
            if st.outputs.kind == "dict"
            else "on dict outputs in sorted-key order, which is the list order here"
        )
        st.note(
            "MKD015",
            expr,
            f"`{what}` stays the flat list it is: Keras 3 gives each output its entry ({order}), "
            "Keras 2 gives every output every metric, and a dict would change one of them; to "
            f"say which you mean, write a list of lists (`{what}=[{per_output}]` is Keras 3's) "
            "and rerun",
        )
        return True
    st.block(
        "MKD131",
        expr,
        f"`{what}` is a flat list as long as the outputs: Keras 3 gives each output its entry, "
        "Keras 2 gives every output every metric, and the outputs' sorted key order "
        f"{sorted(st.outputs.keys)}, in which Keras 3 pairs a list with dict outputs, is not "
        "the list order; write the reading you mean as a list of lists "
        f"(`{what}=[{per_output}]` is Keras 3's), then rerun",
    )
    return False


def _metric_spelling(st: PlanState, value: cst.BaseExpression) -> str | None:
    """What names a metric entry as Keras 2 names its metric: a string, or the same name or
    dotted name (one object, so one metric name); None for anything else (a call builds a
    metric whose name the tool does not work out)."""
    string = literal_string(value)
    if string is not None:
        return repr(string)
    node = value
    while isinstance(node, cst.Attribute):
        node = node.value
    if isinstance(node, cst.Name):
        return st.meta.module.code_for_node(value)
    return None


def is_single_expression(st: PlanState, expr: cst.BaseExpression, depth: int = 0) -> bool:
    """Provably ONE loss, metric or weight, never a list or dict Keras would pair by position.

    A string or number, a lambda, a Keras loss or metric (``keras.losses.mse``,
    ``keras.metrics.AUC()``), a function defined in this file with ``def`` (or a call of
    one whose every ``return`` is provably one value), an instance of a class of this
    file whose bases are all visible, ``functools.partial(...)``. An attribute of an
    imported module or class, an imported name, a call of something else or a subscript
    may be a list: not single.
    """
    if depth > 8:
        return False
    if isinstance(
        expr,
        cst.SimpleString
        | cst.ConcatenatedString
        | cst.FormattedString
        | cst.Lambda
        | cst.Integer
        | cst.Float,
    ):
        return True
    if isinstance(expr, cst.UnaryOperation) and isinstance(expr.operator, cst.Minus | cst.Plus):
        return isinstance(expr.expression, cst.Integer | cst.Float)
    if isinstance(expr, cst.Attribute | cst.Name) and keras_api.is_loss_or_metric_object(
        st.meta.keras_names(expr)
    ):
        return True
    if isinstance(expr, cst.Call):
        func = expr.func
        if keras_api.is_loss_or_metric_object(st.meta.keras_names(func)):
            return True
        if st.meta.qualified_names(func) & SINGLE_CALLABLE_FACTORIES:
            return True
        definition = _local_definition(st, func)
        if isinstance(definition, cst.ClassDef):
            return visible_class_chain(st.meta, definition, LOSS_BASES) is not None
        if isinstance(definition, cst.FunctionDef) and _plain_function(st, definition):
            values = [r.value for r in returns(definition)]
            return bool(values) and all(
                v is not None and is_single_expression(st, v, depth + 1) for v in values
            )
        return False
    if isinstance(expr, cst.Name):
        return is_single_value(st, expr, depth + 1)
    return False


def _local_definition(
    st: PlanState, func: cst.BaseExpression
) -> cst.FunctionDef | cst.ClassDef | None:
    """The one ``def``/``class`` of this file that a bare name refers to, else None."""
    if not isinstance(func, cst.Name):
        return None
    referents = st.meta.referents(func)
    if len(referents) != 1:
        return None
    (assignment,) = referents
    node = assigned_node(assignment)
    return node if isinstance(node, cst.FunctionDef | cst.ClassDef) else None


def _plain_function(st: PlanState, definition: cst.FunctionDef) -> bool:
    """A ``def`` whose name stays the function: undecorated, or decorated only by Keras'
    registration (which returns the function itself) or ``tf.function``."""
    return all(transparent_decorator(st.meta, d) for d in definition.decorators)


def is_single_value(st: PlanState, name: cst.Name, depth: int = 0) -> bool:
    """Every assignment of ``name`` is one value: a ``def`` or ``class`` of this file or
    a binding to a single expression. An imported name may be anything."""
    if keras_api.is_loss_or_metric_object(st.meta.keras_names(name)):
        return True  # from keras.losses import mse
    referents = st.meta.referents(name)
    if not referents:
        return False
    for assignment in referents:
        node = assigned_node(assignment)
        if isinstance(assignment, ImportAssignment):
            return False
        if isinstance(node, cst.ClassDef):
            continue
        if isinstance(node, cst.FunctionDef):
            if not _plain_function(st, node):
                return False
            continue
        binding = st.meta.binding_from_assignment(assignment)
        if binding is None or not is_single_expression(st, binding.value, depth + 1):
            return False
    return True


def _not_single(st: PlanState, expr: cst.BaseExpression, what: str) -> None:
    """MKD108 for a compile argument that may be a list: say where it comes from."""
    shown = st.code(expr)
    st.block(
        "MKD108",
        expr,
        f"`{what}={shown}`: {_origin(st, expr)}, so the tool cannot prove it is one "
        f"{'weight' if what == 'loss_weights' else 'loss' if what == 'loss' else 'metric'}"
        " and not a list Keras pairs by position; write it in the call as a list or dict "
        "literal, then rerun",
    )


def _origin(st: PlanState, expr: cst.BaseExpression) -> str:
    """Where a value the tool cannot see comes from, for a refusal message."""
    base = expr
    while isinstance(base, cst.Attribute | cst.Subscript | cst.Call):
        if isinstance(base, cst.Subscript):
            return "it is an item of a container the tool cannot see into"
        if isinstance(base, cst.Call):
            return f"it is what `{st.code(base.func)}(...)` returns"
        base = base.value
    if isinstance(base, cst.Name):
        referents = st.meta.referents(base)
        imported = any(isinstance(a, ImportAssignment) for a in referents)
        kinds = {type(assigned_node(a)).__name__ for a in referents}
        if base is not expr:
            if imported:
                return f"it is an attribute of `{base.value}`, imported from another module"
            if "ClassDef" in kinds:
                return f"it is an attribute of the class `{base.value}`"
            return f"it is an attribute of `{base.value}`"
        if imported:
            return f"`{base.value}` is imported from another module"
        if len(referents) > 1:
            return f"`{base.value}` is assigned more than once"
        if not referents:
            return f"`{base.value}` is not defined in this file"
        binding = st.meta.binding_from_assignment(next(iter(referents)))
        if binding is not None:
            return f"`{base.value} = {st.code(binding.value)}`"
        return f"`{base.value}` is not bound by a plain assignment"
    return "the tool cannot see what it is"
