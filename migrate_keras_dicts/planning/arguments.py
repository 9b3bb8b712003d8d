"""compile and data calls: lists become dicts keyed by name, producers included."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

import libcst as cst
from libcst.metadata import Assignment, BaseAssignment, ImportAssignment

from .. import keras_api
from ..findings import line_ref
from ..meta import assigned_node
from ..rewrite.edits import ToDict
from ..scan import literal_int, literal_string
from . import consumers, saving, syntax
from .common import (
    COMPILE_POSITIONAL,
    DATA_SIGNATURES,
    KERAS2_GENERATOR_METHODS,
    LOSS_BASES,
    METRIC_ARGS,
    MUTATORS,
    PER_OUTPUT_ARGS,
    POSITIONAL_RESULTS,
    RETURNS_OUTPUTS,
    SINGLE_ARRAY_FUNCTIONS,
    SINGLE_ARRAY_METHODS,
    SINGLE_CALLABLE_FACTORIES,
    STRUCTURE_KEEPING_DATASET_METHODS,
    Side,
    entries,
    is_none,
    own_nodes,
    returns,
    transparent_decorator,
    visible_class_chain,
)
from .state import PlanState

# Calls that show the order of a dict's keys when given one.
ORDER_SHOWING_CALLS = frozenset(
    {"print", "str", "repr", "list", "tuple", "format", "json.dumps", "pprint", "pprint.pprint"}
)
DATAFRAME_CALLS = frozenset({"pd.DataFrame", "pandas.DataFrame", "DataFrame"})
# ... and for a history dict, tables built from it (their columns follow the keys).
HISTORY_ORDER_CALLS = ORDER_SHOWING_CALLS | DATAFRAME_CALLS | {"json.dump"}


# -- compile ----------------------------------------------------------------------
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
        loss is not None
        and not is_none(loss)
        and not isinstance(loss, cst.List | cst.Tuple | cst.Dict)
        and isinstance(weights, cst.List | cst.Tuple | cst.Dict)
    ):
        # KERAS_RULES W7-W10: Keras 3.7+ raises for one loss with several weights; 3.4-3.6
        # accept the call, and a rewritten weights structure changes what they do.
        st.block(
            "MKD109",
            weights,
            "one `loss` with several `loss_weights`: Keras 3.7+ raises here, older Keras 3 "
            "accepts it, and a rewrite would change what that Keras does; give one loss per "
            "output (or drop `loss_weights`) by hand",
        )
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


def _per_output(st: PlanState, expr: cst.BaseExpression, what: str) -> None:
    if is_none(expr):
        return
    if isinstance(expr, cst.List | cst.Tuple):
        _sequence_to_dict(st, expr, st.outputs, what)
    elif isinstance(expr, cst.Dict):
        keys = _check_dict(st, expr, st.outputs, what, must_cover=False)
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
        elif not is_single_value(st, expr):
            _not_single(st, expr, what)
    elif not is_single_expression(st, expr):
        _not_single(st, expr, what)


def _metrics(st: PlanState, expr: cst.BaseExpression, what: str) -> None:
    if is_none(expr):
        return
    if isinstance(expr, cst.List | cst.Tuple):
        syntax.no_starred(st, expr)
        n = len(st.outputs.members)
        flat = [
            e
            for e in expr.elements
            if not isinstance(e.value, cst.List | cst.Tuple | cst.Dict) and not is_none(e.value)
        ]
        if len(expr.elements) == n and n > 1 and len(flat) + _nones(expr) == n:
            _flat_metrics(st, expr, what)
        elif len(expr.elements) == n:
            _sequence_to_dict(st, expr, st.outputs, what)
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
                f"`{what}` has {_entries(len(expr.elements))} but the model has {n} outputs",
            )
    elif isinstance(expr, cst.Dict):
        _check_dict(st, expr, st.outputs, what, must_cover=False)
    elif isinstance(expr, cst.Name):
        binding = st.meta.binding_of(expr)
        if binding is not None and isinstance(binding.value, cst.List | cst.Tuple | cst.Dict):
            st.consume(binding.assignment, expr.value, "MKD108")
            _metrics(st, binding.value, what)
        else:
            st.block("MKD108", expr, f"`{what}={expr.value}`: the tool cannot see its structure")
    elif not is_single_expression(st, expr):
        _not_single(st, expr, what)


def _nones(expr: cst.List | cst.Tuple) -> int:
    return sum(is_none(e.value) for e in expr.elements)


def _flat_metrics(st: PlanState, expr: cst.List | cst.Tuple, what: str) -> None:
    """A list with nothing nested in it, one entry per output: Keras 3 gives each output its
    entry, Keras 2 gives every output every metric (measured on tf_keras 2.21). No dict says
    both, so the model is refused, unless two entries spell one metric: then Keras 2 raises
    for two metrics of one name, and the Keras 3 reading is the only one that runs."""
    spelled = [_metric_spelling(st, e.value) for e in expr.elements if not is_none(e.value)]
    known = [s for s in spelled if s is not None]
    if len(set(known)) < len(known):
        _sequence_to_dict(st, expr, st.outputs, what)
        st.note(
            "MKD005",
            expr,
            f"flat `{what}` list read as one entry per output, as Keras 3 reads it (Keras 2 "
            "raises for it: two of its metrics have one name)",
        )
        return
    code = st.meta.module.code_for_node
    per_output = ", ".join(
        "None" if is_none(e.value) else f"[{code(e.value)}]" for e in expr.elements
    )
    st.block(
        "MKD131",
        expr,
        f"`{what}` is a flat list as long as the outputs: Keras 3 gives each output its entry, "
        "Keras 2 gives every output every metric; write the reading you mean as a list of "
        f"lists (`{what}=[{per_output}]` is Keras 3's), then rerun",
    )


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


# -- data calls -------------------------------------------------------------------
def data_call(st: PlanState, method: str, call: cst.Call) -> None:
    if method in KERAS2_GENERATOR_METHODS:
        _keras2_generator_call(st, method, call)
        return
    _data_call(st, method, call, syntax.bind(st, call, DATA_SIGNATURES[method]))


def _keras2_generator_call(st: PlanState, method: str, call: cst.Call) -> None:
    """``fit_generator(generator, ...)`` is ``fit(generator, ...)`` on Keras 2. Results the
    rewrite reorders could be read by key only with ``return_dict``, which
    ``evaluate_generator`` lacks; the total loss alone, or results of a model whose
    outputs stay as they are, keep their order."""
    runs, params = KERAS2_GENERATOR_METHODS[method]
    bound = syntax.bind(
        st, call, params, differs="in different Keras 2 releases (Keras 3 has none of them)"
    )
    if "generator" in bound:
        bound["x"] = bound.pop("generator")
    reordered = (
        st.outputs.becomes_dict
        and not _reads_total_loss_only(st, call)
        and syntax.uses_of_assigned(st, call) != []  # ``loss = ...`` never read
    )
    if runs == "evaluate" and reordered and not syntax.discarded(st, call):
        owner = st.code(call.func.value) if isinstance(call.func, cst.Attribute) else "model"
        how = "shown as the cell's output" if isinstance(st.meta.parent(call), cst.Expr) else "kept"
        st.block(
            "MKD118",
            call,
            f"the result of `{st.code(call.func)}(...)` is {how}, and Keras 2's "
            "`evaluate_generator` cannot give it by key (it has no `return_dict`); call "
            f"`{owner}.evaluate(...)` with the generator as its first argument, then rerun",
        )
    _data_call(st, runs, call, bound, keyed_results=runs != "evaluate")


def _data_call(
    st: PlanState,
    method: str,
    call: cst.Call,
    bound: dict[str, cst.BaseExpression],
    *,
    keyed_results: bool = True,
) -> None:
    x, y = bound.get("x"), bound.get("y")
    if (
        method in ("fit", "evaluate")
        and (y is None or is_none(y))
        and x is not None
        and _producer(st, x)
    ):
        _after_data_call(st, method, call, bound, keyed_results)
        return
    if st.inputs.multi:
        x = bound.get("x")
        if x is None:
            st.block("MKD107", call, f"`{st.code(call.func)}(...)` gets no visible `x`")
        else:
            _data(st, x, st.inputs, "x")
    if st.outputs.multi and method not in RETURNS_OUTPUTS:
        y = bound.get("y")
        if y is None or is_none(y):
            st.block(
                "MKD107",
                call,
                f"`{st.code(call.func)}(...)` takes its labels from "
                f"`{st.code(bound['x']) if 'x' in bound else 'x'}`, whose structure the "
                "tool cannot see",
            )
        else:
            _data(st, y, st.outputs, "y")
        weights = bound.get("sample_weight")
        if weights is not None and not is_none(weights):
            _data(st, weights, st.outputs, "sample_weight")
    _after_data_call(st, method, call, bound, keyed_results)


def _after_data_call(
    st: PlanState,
    method: str,
    call: cst.Call,
    bound: dict[str, cst.BaseExpression],
    keyed_results: bool,
) -> None:
    kept = not syntax.discarded(st, call)
    if method in POSITIONAL_RESULTS and kept and keyed_results:
        flag = bound.get("return_dict")
        as_dict = isinstance(flag, cst.Name) and flag.value == "True"
        unused = syntax.uses_of_assigned(st, call) == []  # ``loss = model.evaluate(...)``
        if not as_dict and not unused and not _reads_total_loss_only(st, call):
            st.positional_results.append(call)
        elif as_dict and not _reads_by_key_only(st, call):
            st.ordered_dict_results.append(call)
    if method == "fit":
        st.fit_calls.append(call)
    if "callbacks" in bound:
        st.callback_args.append(bound["callbacks"])
    if method == "fit" and "validation_data" in bound:
        _validation(st, bound["validation_data"])
    checkpoints = st.facts.whole_model_checkpoints
    if method == "fit" and "callbacks" in bound and checkpoints and st.changed_sides():
        # A ModelCheckpoint of this file may be among the callbacks: it saves the model.
        saving.saved_whole(st, checkpoints[0])
    if st.outputs.multi and method in RETURNS_OUTPUTS:
        consumers.consumer(st, call)


def _in_sorted(st: PlanState, node: cst.CSTNode) -> bool:
    current = st.meta.parent(node)
    while current is not None and not isinstance(current, cst.BaseStatement):
        if (
            isinstance(current, cst.Call)
            and isinstance(current.func, cst.Name)
            and current.func.value == "sorted"
        ):
            return True
        current = st.meta.parent(current)
    return False


def _shows_order(
    st: PlanState, node: cst.CSTNode, calls: frozenset[str] = ORDER_SHOWING_CALLS
) -> bool:
    """Whether this use of a dict shows the order of its keys: printed, formatted,
    iterated, listed, ``.keys()``/``.values()``/``.items()``, unpacked; not inside
    ``sorted(...)``."""
    if _in_sorted(st, node):
        return False
    parent = st.meta.parent(node)
    if isinstance(parent, cst.Expr):
        return not syntax.discarded(st, node)  # a notebook shows its cell's last value
    if isinstance(parent, cst.Arg):
        outer = st.meta.parent(parent)
        return (
            isinstance(outer, cst.Call)
            and isinstance(outer.func, cst.Name | cst.Attribute)
            and st.code(outer.func) in calls
        )
    if isinstance(parent, cst.FormattedStringExpression):
        return True
    if isinstance(parent, cst.For | cst.CompFor) and parent.iter is node:
        return True
    if isinstance(parent, cst.Attribute) and parent.value is node:
        return parent.attr.value in ("keys", "values", "items", "popitem")
    return isinstance(parent, cst.StarredElement)


def history_in_order(st: PlanState) -> cst.CSTNode | None:
    """The first read of a training history (``<x>.history``) that shows the order of
    its keys, directly or through the one name it is assigned to."""
    for node in st.meta.history_attributes():
        if not _may_be_own_history(st, node):
            continue
        holder = st.meta.parent(node)
        if isinstance(holder, cst.Assign) and len(holder.targets) == 1:
            uses = syntax.uses_of_assigned(st, node)  # None: not one plain name
            if uses is None or any(_shows_order(st, r, HISTORY_ORDER_CALLS) for r in uses):
                return node
        elif _shows_order(st, node, HISTORY_ORDER_CALLS) and not _plotted(st, node):
            return node
    return None


def _may_be_own_history(st: PlanState, node: cst.Attribute) -> bool:
    """``h.history`` where ``h`` is bound by another model's ``fit()`` is not this one's;
    anything the tool cannot place may be."""
    if not isinstance(node.value, cst.Name):
        return True
    binding = st.meta.binding_of(node.value)
    if binding is None or not isinstance(binding.value, cst.Call):
        return True
    func = binding.value.func
    if isinstance(func, cst.Attribute) and func.attr.value == "fit":
        return any(binding.value is call for call in st.fit_calls)
    return True


def _plotted(st: PlanState, node: cst.CSTNode) -> bool:
    """``pd.DataFrame(h.history).plot(...)`` or ``plt.plot(pd.DataFrame(h.history))``: the
    table only feeds a plot (MKD012)."""
    arg = st.meta.parent(node)
    call = st.meta.parent(arg) if arg is not None else None
    if not (isinstance(call, cst.Call) and st.code(call.func) in DATAFRAME_CALLS):
        return False
    holder = st.meta.parent(call)
    user = st.meta.parent(holder) if holder is not None else None
    if isinstance(holder, cst.Attribute):  # pd.DataFrame(...).plot(...)
        return (
            holder.value is call
            and holder.attr.value == "plot"
            and isinstance(user, cst.Call)
            and user.func is holder
        )
    return (  # plt.plot(pd.DataFrame(...))
        isinstance(holder, cst.Arg)
        and holder.keyword is None
        and isinstance(user, cst.Call)
        and st.code(user.func) in ("plt.plot", "pyplot.plot", "matplotlib.pyplot.plot")
    )


def plotted_histories(st: PlanState) -> list[cst.CSTNode]:
    return [
        n for n in st.meta.history_attributes() if _plotted(st, n) and _may_be_own_history(st, n)
    ]


def _reads_by_key_only(st: PlanState, call: cst.Call) -> bool:
    """No use of the ``return_dict=True`` result, directly or through a variable, shows
    the order of its keys: printed, formatted, iterated, listed, or ``.keys()``/
    ``.values()``/``.items()`` outside ``sorted(...)``. Keyed reads and other calls do not
    (a helper of the program's is taken to read it as it likes: see the README)."""
    if _shows_order(st, call):
        return False
    if not isinstance(st.meta.parent(call), cst.Assign | cst.AnnAssign | cst.NamedExpr):
        return True
    uses = syntax.uses_of_assigned(st, call)  # None: unpacked or bound to several names
    return uses is not None and not any(_shows_order(st, ref) for ref in uses)


def _reads_total_loss_only(st: PlanState, call: cst.Call) -> bool:
    """``model.evaluate(...)[0]``, or a variable read only as ``results[0]``: the total
    loss, first in every Keras version whatever the outputs' structure."""

    def first(node: cst.CSTNode) -> bool:
        sub = st.meta.parent(node)
        if not (isinstance(sub, cst.Subscript) and sub.value is node and len(sub.slice) == 1):
            return False
        index = sub.slice[0].slice
        return (
            isinstance(index, cst.Index)
            and literal_int(index.value) == 0
            and not isinstance(st.meta.parent(sub), cst.AssignTarget | cst.Del)
        )

    if first(call):
        return True
    uses = syntax.uses_of_assigned(st, call)
    return uses is not None and bool(uses) and all(first(ref) for ref in uses)


def _producer(st: PlanState, expr: cst.BaseExpression) -> bool:
    """``fit(gen())`` / ``fit(MyPyDataset(...))`` / ``fit(tf.data pipeline)`` with a producer
    defined in this module: its ``yield``s (``__getitem__``'s returns, the dataset's
    element) are ``(x, y[, sample_weight])`` tuples whose parts are rewritten like literal
    data. False when ``expr`` is no such producer; a producer the tool cannot see into
    blocks the model with a finding naming it."""
    call = expr
    binding = None
    if isinstance(expr, cst.Name):
        binding = st.meta.binding_of(expr)
        if binding is None or not isinstance(binding.value, cst.Call):
            return _imported_producer(st, expr)
        call = binding.value
    if not isinstance(call, cst.Call):
        return False
    dataset = _dataset_items(st, call)
    if dataset is not None:
        if binding is not None:
            st.consume(binding.assignment, expr.value, "MKD107")  # type: ignore[attr-defined]
        if isinstance(dataset, str):
            st.block("MKD107", call, dataset)
        else:
            _producer_items(st, *dataset, tf_data=True)
        return True
    if not isinstance(call.func, cst.Name):
        return False
    referents = st.meta.referents(call.func)
    if len(referents) != 1:
        return False
    (assignment,) = referents
    if isinstance(assignment, ImportAssignment):
        return _imported_producer(st, call.func)
    definition = assigned_node(assignment)
    if isinstance(definition, cst.FunctionDef):
        items = [y.value for y in own_nodes(definition, cst.Yield)]
        if not items:
            return False
        kind = f"generator `{definition.name.value}`"
    elif isinstance(definition, cst.ClassDef) and _is_dataset_class(st, definition):
        getitem = next(
            (
                item
                for item in definition.body.body
                if isinstance(item, cst.FunctionDef) and item.name.value == "__getitem__"
            ),
            None,
        )
        if getitem is None:
            return False
        items = [r.value for r in own_nodes(getitem, cst.Return)]
        kind = f"`{definition.name.value}.__getitem__`"
    else:
        return False
    if binding is not None:
        st.consume(binding.assignment, expr.value, "MKD107", definition)  # type: ignore[attr-defined]
    st.consume(assignment, call.func.value, "MKD107", definition)
    if id(definition) in st.producers_read:
        return True  # its items are rewritten once for every call site
    st.producers_read.add(id(definition))
    _public_producer(st, definition)
    if _opaque_producer(st, definition, kind):
        return True
    _producer_items(st, items, kind, definition)
    return True


def _opaque_producer(st: PlanState, definition: cst.FunctionDef | cst.ClassDef, kind: str) -> bool:
    """A decorator may reshape what the producer returns, and a dataset class that reads
    its own items (``self[0]``, ``__getitem__``) or is subclassed would meet the dicts:
    blocked, naming the producer."""
    reason = None
    getitem = [
        item
        for item in (definition.body.body if isinstance(definition, cst.ClassDef) else ())
        if isinstance(item, cst.FunctionDef) and item.name.value == "__getitem__"
    ]
    if definition.decorators or any(item.decorators for item in getitem):
        reason = "is decorated; the tool cannot see what the decorator does with its output"
    elif isinstance(definition, cst.ClassDef):
        code = st.meta.module.code_for_node(definition)
        subclassed = any(
            isinstance(other, cst.ClassDef)
            and any(
                isinstance(base.value, cst.Name) and base.value.value == definition.name.value
                for base in other.bases
            )
            for other in st.meta.module.body
        )
        if "self[" in code or code.count("__getitem__") > 1 or subclassed:
            reason = "reads its own items or is subclassed, and would then get dicts too"
    if reason is None:
        return False
    st.block("MKD107", definition.name, f"{kind} {reason}")
    return True


def _public_producer(st: PlanState, definition: cst.FunctionDef | cst.ClassDef) -> None:
    """A module-level producer without a leading underscore may be imported elsewhere,
    where its new dict labels would meet a model the tool did not migrate."""
    name = definition.name.value
    if name.startswith("_") or st.meta.parent(definition) is not st.meta.module:
        return
    st.plan.producers.add(name)
    if not st.exports:
        st.note(
            "MKD126",
            definition.name,
            f"`{name}` is public: code in other files that feeds it to a model must get "
            "dict labels too",
        )


def _imported_producer(st: PlanState, name: cst.Name) -> bool:
    """A producer imported from another module: named in the refusal, never followed."""
    referents = st.meta.referents(name)
    if len(referents) != 1 or not isinstance(next(iter(referents)), ImportAssignment):
        return False
    if not st.outputs.multi:
        return False
    st.block(
        "MKD107",
        name,
        f"the data comes from `{name.value}`, imported from another module; the tool does "
        "not follow data producers across modules — make its labels a dict keyed by output "
        "name by hand, then rerun",
    )
    return True


def _dataset_items(
    st: PlanState, call: cst.Call
) -> tuple[list[cst.BaseExpression | None], str, cst.CSTNode] | str | None:
    """A ``tf.data`` pipeline: the expressions that build its element and what produced
    them (``from_tensor_slices((x, y))``, ``Dataset.zip((x_ds, y_ds))`` or the last
    ``.map(f)``), or a reason the element cannot be seen; None when ``call`` is no
    ``tf.data`` pipeline."""
    mapper: cst.Call | None = None
    outer_method = None
    followed: list[tuple[Assignment, str]] = []
    while isinstance(call.func, cst.Attribute):
        owner = call.func.value
        if isinstance(owner, cst.Name):  # ds = ...; ds = ds.batch(32)
            binding = st.meta.binding_of(owner)
            if binding is None or not isinstance(binding.value, cst.Call):
                break
            followed.append((binding.assignment, owner.value))
            owner = binding.value
        if not isinstance(owner, cst.Call):
            break
        method = call.func.attr.value
        if method == "map" and mapper is None and outer_method is None:
            mapper = call
        elif mapper is None and not _keeps_structure(call):
            outer_method = outer_method or method
        call = owner
    names = st.meta.qualified_names(call.func)
    if not any(n.startswith(("tensorflow.data.", "tf.data.")) for n in names):
        return None
    for assignment, name in followed:
        st.consume(assignment, name, "MKD107")
    if outer_method is not None:
        return (
            f"the `tf.data` pipeline's `.{outer_method}(...)` changes or hides its "
            "structure; the tool cannot see the labels it produces"
        )
    if mapper is not None:
        return _map_items(st, mapper)
    positional = [a for a in call.args if a.keyword is None and not a.star]
    root = call.func.attr.value if isinstance(call.func, cst.Attribute) else "?"
    if root in ("from_tensor_slices", "from_tensors", "zip"):
        if len(positional) == 1 and len(call.args) == 1:
            return [positional[0].value], f"`tf.data.Dataset.{root}`", call
        return f"`tf.data.Dataset.{root}(...)` takes more than one argument here"
    return f"`{st.code(call.func)}(...)`: the tool cannot see the structure of its elements"


def _map_items(
    st: PlanState, mapper: cst.Call
) -> tuple[list[cst.BaseExpression | None], str, cst.CSTNode] | str:
    """``.map(lambda x, y: (x, (y[0], y[1])))`` or ``.map(split)`` with ``split`` defined
    in this module and used only here: the tuples the function returns."""
    function = next(
        (a.value for a in mapper.args if a.keyword is None or a.keyword.value == "map_func"),
        None,
    )
    if isinstance(function, cst.Lambda):
        return [function.body], "the `.map(lambda ...)`", function
    if isinstance(function, cst.Name):
        referents = st.meta.referents(function)
        if len(referents) == 1:
            (assignment,) = referents
            definition = assigned_node(assignment)
            if isinstance(definition, cst.FunctionDef) and not own_nodes(definition, cst.Yield):
                st.consume(assignment, function.value, "MKD107")
                _public_producer(st, definition)
                if definition.decorators:
                    return (
                        f"`.map({function.value})`: `{function.value}` is decorated; the "
                        "tool cannot see what the decorator does with what it returns"
                    )
                items = [r.value for r in own_nodes(definition, cst.Return)]
                return items, f"`.map({function.value})`", definition
        return (
            f"`.map({function.value})`: `{function.value}` is not a function defined in "
            "this file whose returns the tool can see"
        )
    shown = st.code(function) if function is not None else "..."
    return f"`.map({shown})`: the tool cannot see what the mapped function returns"


def _producer_items(
    st: PlanState,
    items: Sequence[cst.CSTNode | None],
    kind: str,
    anchor: cst.CSTNode,
    *,
    tf_data: bool = False,
) -> None:
    for item in items:
        if not (
            isinstance(item, cst.Tuple)
            and len(item.elements) in (2, 3)
            and not any(isinstance(e, cst.StarredElement) for e in item.elements)
        ):
            shown = st.code(item) if item is not None else "nothing"
            st.block(
                "MKD107",
                item if item is not None else anchor,
                f"{kind} produces `{shown}`, not an `(x, y)` tuple the tool can see",
            )
            continue
        parts = [e.value for e in item.elements]
        if tf_data and any(_stacked_list(st, part, kind) for part in parts):
            continue
        if st.inputs.multi:
            _data(st, parts[0], st.inputs, f"x of {kind}")
        if st.outputs.multi:
            _data(st, parts[1], st.outputs, f"y of {kind}")
            if len(parts) == 3 and not is_none(parts[2]):
                _data(st, parts[2], st.outputs, f"sample_weight of {kind}")


def _stacked_list(st: PlanState, part: cst.BaseExpression, kind: str) -> bool:
    """In a ``tf.data`` element a list is one stacked tensor, not a structure: turning it
    into a dict would change what the dataset yields."""
    value = part
    if isinstance(part, cst.Name) and (binding := st.meta.binding_of(part)) is not None:
        value = binding.value
    if not isinstance(value, cst.List):
        return False
    st.block(
        "MKD107",
        part,
        f"in {kind}, `{st.code(part)}` is a list, which `tf.data` stacks into one tensor; "
        "write a tuple if one entry per input or output was meant",
    )
    return True


def _is_dataset_class(st: PlanState, definition: cst.ClassDef) -> bool:
    names: set[str] = set()
    for base in definition.bases:
        names |= st.meta.keras_names(base.value)
    return any(n.endswith((".PyDataset", ".Sequence")) for n in names)


def _validation(st: PlanState, expr: cst.BaseExpression) -> None:
    if is_none(expr) or (not isinstance(expr, cst.Tuple | cst.List) and _producer(st, expr)):
        return
    if isinstance(expr, cst.Name):
        binding = st.meta.binding_of(expr)
        if binding is not None and isinstance(binding.value, cst.Tuple | cst.List):
            st.consume(binding.assignment, expr.value, "MKD107")
            _validation(st, binding.value)
            return
    if isinstance(expr, cst.Tuple | cst.List) and len(expr.elements) in (2, 3):
        syntax.no_starred(st, expr)
        parts = [e.value for e in expr.elements]
        if st.inputs.multi:
            _data(st, parts[0], st.inputs, "validation x")
        if st.outputs.multi:
            _data(st, parts[1], st.outputs, "validation y")
            if len(parts) == 3 and not is_none(parts[2]):
                _data(st, parts[2], st.outputs, "validation sample_weight")
        return
    st.block(
        "MKD107",
        expr,
        f"`validation_data={st.code(expr)}`: the tool cannot see its structure",
    )


def _data(st: PlanState, expr: cst.BaseExpression, side: Side, what: str) -> None:
    if isinstance(expr, cst.List | cst.Tuple):
        if not _nested_data(st, expr, what):
            _sequence_to_dict(st, expr, side, what)
    elif isinstance(expr, cst.Dict):
        _check_dict(st, expr, side, what, must_cover=what.endswith("x"))
    elif isinstance(expr, cst.Name):
        binding = st.meta.binding_of(expr)
        if binding is not None and isinstance(binding.value, cst.List | cst.Tuple | cst.Dict):
            st.consume(binding.assignment, expr.value, "MKD107")
            _data(st, binding.value, side, what)
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


# -- shared list/dict handling --------------------------------------------------------
def _entries(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"


def _sequence_to_dict(st: PlanState, node: cst.List | cst.Tuple, side: Side, what: str) -> None:
    syntax.no_starred(st, node)
    if len(node.elements) != len(side.members):
        st.block(
            "MKD109",
            node,
            f"`{what}` has {_entries(len(node.elements))} but the model has {len(side.members)}",
        )
        return
    st.edit(node, ToDict(side.keys))
    if side.kind == "dict":
        st.mixed.append((node, what))


def _check_dict(
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


def _keeps_structure(call: cst.Call) -> bool:
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
