"""fit, evaluate, predict (and Keras 2's *_generator): their x, y, sample_weight and
validation data become dicts, and what their results show of the order is checked."""

from __future__ import annotations

from typing import cast

import libcst as cst
from libcst.metadata import ClassScope

from ..scan import literal_int
from . import consumers, passed, saving, syntax
from .common import (
    CALLBACK_BASES,
    DATA_SIGNATURES,
    KERAS2_GENERATOR_METHODS,
    POSITIONAL_RESULTS,
    RETURNS_OUTPUTS,
    is_none,
    visible_class_chain,
)
from .heads import method_owner
from .literals import rewrite_data
from .producers import rewrite_producer
from .state import PlanState

# Tables built from a history dict (their columns follow its keys), plotted (MKD012).
DATAFRAME_CALLS = frozenset({"pd.DataFrame", "pandas.DataFrame", "DataFrame"})


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


# Builtins that read a dict (or a view of it) without showing the order of its keys.
_ORDER_BLIND_BUILTINS = frozenset({"sorted", "len", "set", "frozenset", "isinstance"})
# Methods that read or change one key.
_KEYED_METHODS = frozenset({"get", "pop", "setdefault", "__getitem__", "__contains__"})
_VIEWS = frozenset({"keys", "values", "items"})
_DEPTH = 6  # names bound to dicts, dicts derived from them, helpers returning them


def shows_order(st: PlanState, node: cst.CSTNode) -> bool:
    """Whether this use of a dict may show the order of its keys. Only uses known not
    to are let through (keyed reads, ``in``, ``==``, ``len``/``sorted``/``set`` of it or
    of a view, ``sorted`` with no ``key=``, which ties keep in the dict's order, a
    comprehension over a view that calls nothing but builtins and ``np``/``math`` reads,
    ``json.dumps(..., sort_keys=True)``, a discarded value); anything else, a
    call of the program's own helpers and ``%``-formatting or logging included, may
    print or iterate it."""
    return not _order_blind(st, node, 0)


def _order_blind(st: PlanState, node: cst.CSTNode, depth: int) -> bool:
    parent = st.meta.parent(node)
    if isinstance(parent, cst.Expr):
        return syntax.discarded(st, node)  # a notebook shows its cell's last value
    if isinstance(parent, cst.Subscript) and parent.value is node:
        return True
    if isinstance(parent, cst.Attribute) and parent.value is node:
        call = st.meta.parent(parent)
        if not (isinstance(call, cst.Call) and call.func is parent):
            return False
        if parent.attr.value in _KEYED_METHODS:
            return bool(call.args)
        return parent.attr.value in _VIEWS and not call.args and _view_blind(st, call, depth)
    if isinstance(parent, cst.Arg):
        return _argument_blind(st, parent, depth)
    if isinstance(parent, cst.ComparisonTarget):
        return isinstance(parent.operator, cst.In | cst.NotIn | cst.Equal | cst.NotEqual)
    if isinstance(parent, cst.Comparison) and parent.left is node:
        first = parent.comparisons[0].operator
        return isinstance(first, cst.Equal | cst.NotEqual)
    if isinstance(parent, cst.Assign) and isinstance(node, cst.BaseExpression) and depth < _DEPTH:
        uses = syntax.uses_of_assigned(st, node)  # None: not one plain name
        return uses is not None and all(_order_blind(st, r, depth + 1) for r in uses)
    if isinstance(parent, cst.Return) and depth < _DEPTH:
        return _returned_blind(st, parent, depth)
    return False


def _argument_blind(st: PlanState, arg: cst.Arg, depth: int) -> bool:
    """``sorted(d)``, ``len(d)``, ``set(d)``; ``json.dumps(d, sort_keys=True)``; a
    function of this file whose parameter is used so (``_helper_blind``)."""
    call = st.meta.parent(arg)
    if not isinstance(call, cst.Call) or arg.star:
        return False
    func = call.func
    if isinstance(func, cst.Name) and func.value not in _ORDER_BLIND_BUILTINS:
        return _helper_blind(st, func, call, arg, depth)
    if not (call.args and call.args[0] is arg) or arg.keyword is not None:
        return False
    if isinstance(func, cst.Name) and func.value in _ORDER_BLIND_BUILTINS:
        # ``sorted(d, key=len)`` is stable: keys the key function ties keep the dict's order.
        extra = call.args[1:] if func.value == "sorted" else ()
        plain = all(a.keyword is not None and a.keyword.value == "reverse" for a in extra)
        return plain and st.meta.builtin_only(func)
    if st.code(func) in ("json.dumps", "json.dump"):
        sort_keys = next(
            (a.value for a in call.args if a.keyword and a.keyword.value == "sort_keys"), None
        )
        return isinstance(sort_keys, cst.Name) and sort_keys.value == "True"
    return False


def _helper_blind(st: PlanState, func: cst.Name, call: cst.Call, arg: cst.Arg, depth: int) -> bool:
    """``show(d)`` where ``def show(values): ...`` is defined once in this file, outside a
    class, undecorated, and uses its parameter only in order-blind ways, the ones after
    an ``if isinstance(values, dict): ... return ...`` at the top of its body excepted
    (a dict never reaches them)."""
    function = passed.defined_once(st, func)
    if function is None or function.decorators or depth >= _DEPTH:
        return False
    if _reads_frame(function):  # ``print(locals())`` shows the parameter without naming it
        return False
    if isinstance(st.meta.scope(function), ClassScope):
        return False
    name = passed.parameter_of(function, call, arg)
    assignment = passed.parameter_assignment(st, function, name) if name else None
    uses = st.meta.uses_of(assignment) if assignment is not None else None
    if uses is None:
        return False
    guard = _dict_guard(st, function, name)
    for ref in uses:
        if guard is not None and _after(st, ref, guard, function):
            continue
        if not _order_blind(st, ref, depth + 1):
            return False
    return True


def _dict_guard(st: PlanState, function: cst.FunctionDef, name: str | None) -> cst.If | None:
    """A top-level ``if isinstance(<name>, dict): ... return ...`` (no ``else``) of the
    function's body: a dict argument leaves the function in it."""
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    for statement in function.body.body:
        if not isinstance(statement, cst.If):
            continue
        test = statement.test
        if not (
            isinstance(test, cst.Call)
            and isinstance(test.func, cst.Name)
            and test.func.value == "isinstance"
            and len(test.args) == 2
            and isinstance(test.args[0].value, cst.Name)
            and test.args[0].value.value == name
            and isinstance(test.args[1].value, cst.Name)
            and test.args[1].value.value == "dict"
            and st.meta.builtin_only(test.func)
            and st.meta.builtin_only(test.args[1].value)
            and statement.orelse is None
            and isinstance(statement.body, cst.IndentedBlock)
            and statement.body.body
        ):
            continue
        last = statement.body.body[-1]
        if isinstance(last, cst.SimpleStatementLine) and isinstance(last.body[-1], cst.Return):
            return statement
    return None


def _after(st: PlanState, ref: cst.CSTNode, guard: cst.If, function: cst.FunctionDef) -> bool:
    """``ref`` is in a top-level statement of ``function`` that follows ``guard``."""
    assert isinstance(function.body, cst.IndentedBlock)
    body = list(function.body.body)
    statement: cst.CSTNode | None = ref
    while statement is not None and st.meta.parent(statement) is not function.body:
        statement = st.meta.parent(statement)
    return statement is not None and body.index(statement) > body.index(guard)  # type: ignore[arg-type]


def _view_blind(st: PlanState, view: cst.Call, depth: int) -> bool:
    """``sorted(d.items())``, ``len(d.keys())``; a comprehension over the view that is
    itself used so (``sorted(v for v in d.values())``); or ``{k: f(v) for k, v in
    d.items()}`` (also over ``d.keys()``), a dict with the same keys in the same order."""
    parent = st.meta.parent(view)
    if isinstance(parent, cst.Arg):
        return _argument_blind(st, parent, depth)
    comp = st.meta.parent(parent) if isinstance(parent, cst.CompFor) else None
    if not (
        isinstance(parent, cst.CompFor)
        and parent.iter is view
        and parent.inner_for_in is None
        and isinstance(comp, cst.DictComp | cst.GeneratorExp | cst.ListComp | cst.SetComp)
        and comp.for_in is parent
        and depth < _DEPTH
    ):
        return False
    if not _pure_comprehension(st, comp):  # ``sorted(print(k) or k for k in d.keys())``
        return False
    if not isinstance(comp, cst.DictComp):
        return _order_blind(st, comp, depth + 1)
    target: cst.BaseExpression = parent.target
    items = isinstance(view.func, cst.Attribute) and view.func.attr.value == "items"
    if items:
        if not (isinstance(target, cst.Tuple) and len(target.elements) == 2):
            return False
        target = target.elements[0].value
    elif not (isinstance(view.func, cst.Attribute) and view.func.attr.value == "keys"):
        return False
    same_keys = (
        isinstance(target, cst.Name)
        and isinstance(comp.key, cst.Name)
        and comp.key.value == target.value
    )
    return same_keys and _order_blind(st, comp, depth + 1)


# Calls a comprehension over a dict's view may make: they see one item, never the order.
_PURE_BUILTINS = frozenset(
    {"abs", "bool", "float", "int", "len", "list", "max", "min", "round", "sorted", "str", "sum"}
)
_PURE_MODULES = frozenset({"np", "numpy", "math"})
# Of those modules' functions, the ones known to read a value and write nothing (no
# ``np.save``, whose last call would keep the dict's last item).
_PURE_FUNCTIONS = frozenset(
    {
        "abs",
        "argmax",
        "argmin",
        "around",
        "array",
        "asarray",
        "ceil",
        "exp",
        "fabs",
        "float32",
        "float64",
        "floor",
        "isfinite",
        "isnan",
        "log",
        "max",
        "mean",
        "median",
        "min",
        "prod",
        "ravel",
        "round",
        "sqrt",
        "squeeze",
        "std",
        "sum",
        "var",
    }
)
# Builtins that show a function's variables, or run code, without naming them.
_FRAME_READERS = frozenset({"locals", "vars", "eval", "exec"})


def _pure_comprehension(
    st: PlanState, comp: cst.DictComp | cst.GeneratorExp | cst.ListComp | cst.SetComp
) -> bool:
    """The comprehension's element and ``if`` filters call only builtins or ``np``/``math``
    functions that read a value (no ``print(k)``, no ``next(counter)`` that picks items by
    position), and bind nothing (no walrus, no ``yield``)."""
    parts: list[cst.CSTNode] = (
        [comp.key, comp.value] if isinstance(comp, cst.DictComp) else [comp.elt]
    )
    parts.extend(c.test for c in comp.for_in.ifs)
    for part in parts:
        for node in _walk(part):
            if isinstance(node, cst.NamedExpr | cst.Yield | cst.Await | cst.Lambda):
                return False
            if not isinstance(node, cst.Call):
                continue
            func = node.func
            if isinstance(func, cst.Name):
                if not (func.value in _PURE_BUILTINS and st.meta.builtin_only(func)):
                    return False
            elif not (
                isinstance(func, cst.Attribute)
                and isinstance(func.value, cst.Name)
                and func.value.value in _PURE_MODULES
                and func.attr.value in _PURE_FUNCTIONS
            ):
                return False
    return True


def _reads_frame(function: cst.FunctionDef) -> bool:
    return any(
        isinstance(node, cst.Call)
        and isinstance(node.func, cst.Name)
        and node.func.value in _FRAME_READERS
        for node in _walk(function.body)
    )


def _walk(node: cst.CSTNode) -> list[cst.CSTNode]:
    found: list[cst.CSTNode] = []
    stack = [node]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(current.children)
    return found


def _returned_blind(st: PlanState, node: cst.Return, depth: int) -> bool:
    """``return d`` from a plain module-level function of this file, each of whose calls
    discards the result or binds it to a name used only in order-blind ways."""
    function = syntax.enclosing_function(st, node)
    if function is None or function.decorators or st.meta.parent(function) is not st.meta.module:
        return False
    scope = st.meta.scope(function)
    known = scope.assignments[function.name.value] if scope is not None else ()
    if len(known) != 1:
        return False
    callers = st.meta.uses_of(next(iter(known)))
    if not callers:
        return False  # called from other files, or from nowhere the tool can see
    for ref in callers:
        call = st.meta.parent(ref)
        if not (isinstance(call, cst.Call) and call.func is ref):
            return False
        if not _order_blind(st, call, depth + 1):
            return False
    # Other files of the run may call it too (``from train import score``): linked.py
    # blocks the model when one does, as for a function the model is passed to.
    st.plan.producers.add(function.name.value)
    return True


def history_in_order(st: PlanState) -> cst.CSTNode | None:
    """The first read of a training history (``<x>.history``) that shows the order of
    its keys, directly or through the one name it is assigned to; any
    ``getattr(<x>, "history")``, whose uses are not followed."""
    for node in st.meta.history_attributes():
        if _written(st, node) or not _may_be_own_history(st, node):
            continue
        if shows_order(st, node) and not _plotted(st, node):
            return node
    for read in st.meta.calls():  # ``getattr(h, "history")``: the tool follows no such read
        if (
            isinstance(read.func, cst.Name)
            and read.func.value == "getattr"
            and len(read.args) >= 2
            and isinstance(read.args[1].value, cst.SimpleString)
            and read.args[1].value.evaluated_value == "history"
        ):
            return read
    return None


def _written(st: PlanState, node: cst.Attribute) -> bool:
    """``x.history = ...`` reads nothing; the reads that follow are checked themselves."""
    holder = st.meta.parent(node)
    return isinstance(holder, cst.AssignTarget) and holder.target is node


def _may_be_own_history(st: PlanState, node: cst.Attribute) -> bool:
    """``h.history`` where ``h`` is bound by another model's ``fit()`` is not this one's,
    nor a callback's own ``self.history``; anything the tool cannot place may be."""
    if not isinstance(node.value, cst.Name):
        return True
    if node.value.value == "self" and _callback_keeps_own_history(st, node):
        return False
    binding = st.meta.binding_of(node.value)
    if binding is None or not isinstance(binding.value, cst.Call):
        return True
    func = binding.value.func
    if isinstance(func, cst.Attribute) and func.attr.value == "fit":
        return any(binding.value is call for call in st.fit_calls)
    return True


def _callback_keeps_own_history(st: PlanState, node: cst.Attribute) -> bool:
    """``self.history`` in a callback class of this file that sets ``self.history`` itself
    and derives from no ``History``: Keras never fills it (its ``Callback`` has no such
    attribute), and nothing else in the file sets a ``.history``. What the class's hooks
    see of the logs is checked where it is passed to ``fit()`` (guards)."""
    method = syntax.enclosing_function(st, node)
    owner = method_owner(st.meta, method) if method is not None else None
    if owner is None or method is None or not method.params.params:
        return False
    if method.params.params[0].name.value != "self":
        return False
    chain = visible_class_chain(st.meta, owner, CALLBACK_BASES)
    if chain is None or any(_derives_from_history(st, cls) for cls in chain):
        return False
    sets_own = False
    for target in _history_targets(st):
        method_of_target = syntax.enclosing_function(st, target)
        owner_of_target = (
            method_owner(st.meta, method_of_target) if method_of_target is not None else None
        )
        if not (isinstance(target.value, cst.Name) and target.value.value == "self"):
            return False
        if not any(owner_of_target is cls for cls in chain):
            return False
        sets_own = True
    return sets_own


def _derives_from_history(st: PlanState, cls: cst.ClassDef) -> bool:
    return any(
        n.rpartition(".")[2] == "History" for b in cls.bases for n in st.meta.keras_names(b.value)
    )


def _history_targets(st: PlanState) -> list[cst.Attribute]:
    """Every ``<x>.history`` the file assigns to."""
    found: list[cst.Attribute] = []
    for target in st.meta.nodes_of(cst.AssignTarget, cst.AnnAssign, cst.AugAssign):
        value = cast(cst.AssignTarget | cst.AnnAssign | cst.AugAssign, target).target
        if isinstance(value, cst.Attribute) and value.attr.value == "history":
            found.append(value)
    return found


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
    """No use of the ``return_dict=True`` result, directly or through the one name it is
    bound to, may show the order of its keys (``shows_order``)."""
    return not shows_order(st, call)


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
