"""fit, evaluate, predict (and Keras 2's *_generator): their x, y, sample_weight and
validation data become dicts, and what their results show of the order is checked."""

from __future__ import annotations

import libcst as cst

from ..scan import literal_int
from . import consumers, saving, syntax
from .common import (
    DATA_SIGNATURES,
    KERAS2_GENERATOR_METHODS,
    POSITIONAL_RESULTS,
    RETURNS_OUTPUTS,
    is_none,
)
from .literals import rewrite_data
from .producers import rewrite_producer
from .state import PlanState

# Calls that show the order of a dict's keys when given one.
ORDER_SHOWING_CALLS = frozenset(
    {"print", "str", "repr", "list", "tuple", "format", "json.dumps", "pprint", "pprint.pprint"}
)
DATAFRAME_CALLS = frozenset({"pd.DataFrame", "pandas.DataFrame", "DataFrame"})
# ... and for a history dict, tables built from it (their columns follow the keys).
HISTORY_ORDER_CALLS = ORDER_SHOWING_CALLS | DATAFRAME_CALLS | {"json.dump"}


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
        and rewrite_producer(st, x)
    ):
        _after_data_call(st, method, call, bound, keyed_results)
        return
    if st.inputs.multi:
        x = bound.get("x")
        if x is None:
            st.block("MKD107", call, f"`{st.code(call.func)}(...)` gets no visible `x`")
        else:
            rewrite_data(st, x, st.inputs, "x")
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
            rewrite_data(st, y, st.outputs, "y")
        weights = bound.get("sample_weight")
        if weights is not None and not is_none(weights):
            rewrite_data(st, weights, st.outputs, "sample_weight")
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


def _validation(st: PlanState, expr: cst.BaseExpression) -> None:
    if is_none(expr) or (not isinstance(expr, cst.Tuple | cst.List) and rewrite_producer(st, expr)):
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
            rewrite_data(st, parts[0], st.inputs, "validation x")
        if st.outputs.multi:
            rewrite_data(st, parts[1], st.outputs, "validation y")
            if len(parts) == 3 and not is_none(parts[2]):
                rewrite_data(st, parts[2], st.outputs, "validation sample_weight")
        return
    st.block(
        "MKD107",
        expr,
        f"`validation_data={st.code(expr)}`: the tool cannot see its structure",
    )
