"""What the program reads back from Keras in an order the rewrite can change: positional
``evaluate()`` results and their names, the history's keys, the per-output losses' order,
``get_compile_config()``; the cross-file pass's summary of them."""

from __future__ import annotations

import libcst as cst

from ..autonames import renamed_layers
from ..findings import line_ref
from ..rewrite.edits import ReorderDict, ResultsByKey
from . import compile_args, consumers, data_calls, syntax
from .common import COMPILE_POSITIONAL, is_none
from .results import log_key_clash, result_layout
from .state import PlanState

# Where Keras 3 takes `return_dict` by position (0-based; Keras 2 takes it later still).
_RETURN_DICT_AT = {"evaluate": 7, "train_on_batch": 4, "test_on_batch": 3}
_ORDER_BLIND_CALLBACKS = frozenset(
    {
        "EarlyStopping",
        "ModelCheckpoint",
        "ReduceLROnPlateau",
        "TerminateOnNaN",
        "LearningRateScheduler",
        "CSVLogger",
        "TensorBoard",
        "BackupAndRestore",
        "History",
    }
)


def settle_reorders(st: PlanState) -> None:
    """A ``loss`` dict out of output order is put in output order only where the program
    reads the order of the per-output losses: list outputs logged them in output order,
    dict outputs log them in loss-dict order (Keras 3.6+, KERAS_RULES §3e). The finding
    names the reader; with none, the dict is left as the author wrote it."""
    if not st.pending_reorders:
        return
    reader = _order_reader(st)
    if reader is None:
        for expr, in_order in st.pending_reorders:
            st.note(
                "MKD004",
                expr,
                f"`loss` is keyed in another order than the outputs {list(in_order)}; left "
                "as written, since nothing reads the order of the per-output losses, but "
                "once the outputs are a dict Keras 3.7 sums them in the `loss` dict's order, "
                "so results can differ in the last float digits there",
            )
        return
    for expr, in_order in st.pending_reorders:
        st.edit(expr, ReorderDict(in_order))
        st.note(
            "MKD011",
            expr,
            f"`loss` put in output order {list(in_order)}: {reader} reads the per-output "
            "losses in order, which follows the `loss` dict once outputs are a dict",
        )


def _order_reader(st: PlanState) -> str | None:
    """What reads the order of the logged losses, described; None when nothing does."""
    if st.exports or st.elsewhere_positional or st.remote:
        return "code in other files"
    for use in st.positional_results:
        if not isinstance(st.plan.edits.get(use), ResultsByKey):
            line = st.meta.position(use)[0]
            return f"`{st.code(use)}` ({line_ref(line)})"
    if st.ordered_dict_results:
        use = st.ordered_dict_results[0]
        return f"`{st.code(use)}` ({line_ref(st.meta.position(use)[0])})"
    for arg in st.callback_args:
        if not _order_blind_callbacks(st, arg):
            return f"the callbacks `{st.code(arg)}` ({line_ref(st.meta.position(arg)[0])})"
    return None


def _order_blind_callbacks(st: PlanState, arg: cst.BaseExpression) -> bool:
    """``callbacks=[EarlyStopping(...), stop]``: Keras callbacks that read the logs by
    key or sorted (CSVLogger), never in their order."""
    if isinstance(arg, cst.Name):
        binding = st.meta.binding_of(arg)
        arg = binding.value if binding is not None else arg
    if not isinstance(arg, cst.List | cst.Tuple):
        return False
    for element in arg.elements:
        value = element.value
        if isinstance(value, cst.Name):
            binding = st.meta.binding_of(value)
            value = binding.value if binding is not None else value
        if not isinstance(value, cst.Call):
            return False
        names = st.meta.keras_names(value.func)
        if not any(n.rpartition(".")[2] in _ORDER_BLIND_CALLBACKS for n in names):
            return False
    return True


def check_results(st: PlanState) -> None:
    """Results and compile configs read by position; what the cross-file pass needs."""
    _keep_positional_results(st)
    _keep_compile_config(st)
    st.plan.compiled_metrics = st.compiled_metrics
    st.plan.positional_results = bool(st.positional_results)


def _keep_positional_results(st: PlanState) -> None:
    """Positional results keep their order only if Keras lists them the same way on
    every version after the rewrite (KERAS_RULES §3e, §5b).

    ``evaluate()`` without ``return_dict=True`` gives ``[loss, <per-output losses>,
    <compiled metrics sorted by log key>]`` (``metrics_names`` names the first part).
    With list outputs the per-output losses follow output order on every Keras. With
    dict outputs they follow sorted-key order on Keras 3.5/3.6 whatever the loss, and on
    every Keras when one loss is broadcast (the loss dict's order only on 3.7+). So a
    positional use is safe only when the sorted keys are in list order, and, with
    compiled metrics, when no output layer gets a new name (the log keys that sort them).
    """
    if st.ordered_dict_results and st.outputs.becomes_dict and st.outputs.order_changes:
        use = st.ordered_dict_results[0]
        st.unsafe_or_block(
            "MKD118",
            use,
            f"the keys of `{st.code(use.func)}(..., return_dict=True)` are read in order "
            f"(printed or iterated): with dict outputs Keras 2 lists them in sorted-key order "
            f"{sorted(st.outputs.keys)}, not {list(st.outputs.keys)}; read the values "
            "by key (or sort them), then rerun",
        )
    whole = data_calls.history_in_order(st) if st.outputs.order_changes else None
    if whole is not None:
        # Keras 3 logs history keys sorted whatever the outputs; Keras 2 in output order
        # for list outputs and in sorted-key order for dict outputs (measured).
        st.unsafe_or_block(
            "MKD118",
            whole,
            f"`{st.code(whole)}` reads the training history's keys in order: with dict "
            f"outputs Keras 2 logs them in sorted-key order {sorted(st.outputs.keys)}, "
            f"not {list(st.outputs.keys)} (Keras 3 sorts them either way); read them by "
            "key (or sort them), or name the outputs so that they sort in list order, "
            "then rerun",
        )
    for plot in data_calls.plotted_histories(st) if st.outputs.order_changes else []:
        st.note(
            "MKD012",
            plot,
            f"on Keras 2 the history's columns come in sorted-key order "
            f"{sorted(st.outputs.keys)}, not {list(st.outputs.keys)}, once the outputs "
            "are a dict: this plot draws the same values with other line colours",
        )
    if not (st.positional_results or st.elsewhere_positional):
        return
    if not st.outputs.becomes_dict:
        return
    renames_metrics = st.compiled_metrics and any(
        m.name_call is not None for m in st.outputs.members
    )
    if not (st.outputs.order_changes or renames_metrics):
        return
    if not st.outputs.order_changes and _metrics_keep_their_places(st):
        return
    why_not = _read_results_by_key(st)
    if why_not is None:
        return
    first: cst.Call | cst.Attribute = st.positional_results[0] if st.positional_results else st.call
    if not st.positional_results:
        what = f"the results of `{st.plan.label}` are used by position in its builder's file"
    elif isinstance(first, cst.Attribute):
        what = f"`{st.code(first)}` names the positional results"
    else:
        what = f"the result of `{st.code(first.func)}(...)` is used by position"
    if st.outputs.order_changes:
        st.unsafe_or_block(
            "MKD118",
            first,
            f"{what}: with dict outputs Keras 3.5/3.6 (and every Keras, for a single "
            f"`loss`) list the per-output losses in sorted-key order "
            f"{sorted(st.outputs.keys)}, not {list(st.outputs.keys)}, and the tool "
            f"cannot read them by key here ({why_not}); pass `return_dict=True` and read "
            "the values by key, then rerun",
        )
    else:
        st.unsafe_or_block(
            "MKD118",
            first,
            f"{what}, and naming the output layers re-sorts the compiled metrics in it "
            f"(Keras 3 sorts them by log key), and the tool cannot read them by key here "
            f"({why_not}); name the output layers by hand, or pass `return_dict=True` and "
            "read the values by key, then rerun",
        )


def _metrics_keep_their_places(st: PlanState) -> bool:
    """With the outputs' keys in list order, the rewrite can move a positional result only by
    renaming the log keys that sort the compiled metrics on Keras 3 (``<output>_<metric>``;
    Keras 2 lists them in output order). When the old output names sort as the new ones do,
    and no name begins another (so names alone decide the order of their keys), every
    result keeps its place on every version, and there is nothing to rewrite. Keys that
    are not an output's (``add_metric``, a layer's own metrics) could fall between them."""
    if st.elsewhere_positional or st.remote or len(st.compiles) != 1:
        return False
    if any(w in st.meta.module.code for w in ("add_loss", "add_metric")):
        return False
    if _defines_layer_class(st):
        return False
    old = _original_output_names(st)
    if old is None:
        return False
    new = st.outputs.keys
    for names in (old, new):
        if any(a != b and b.startswith(a) for a in names for b in names):
            return False
    return sorted(range(len(old)), key=old.__getitem__) == sorted(
        range(len(new)), key=new.__getitem__
    )


def _read_results_by_key(st: PlanState) -> str | None:
    """Rewrite every positional read of the results as a read by key (see
    planning/results.py); None when done, else why the tool cannot."""
    if st.elsewhere_positional:
        return "the model is used in other files"
    if st.remote:
        return "the model is built in another file"
    if len(st.compiles) != 1:
        return "the tool does not see one `compile()` of the model"
    if any(isinstance(use, cst.Attribute) for use in st.positional_results):
        return "`metrics_names` names the positional results"
    if any(w in st.meta.module.code for w in ("add_loss", "add_metric")):
        return "the file adds losses or metrics of its own, which Keras logs too"
    if _defines_layer_class(st):
        # A metric a layer owns (``self.seen = keras.metrics.Sum()``) is logged too
        # (measured on tf_keras): the original list holds one value more.
        return "the file defines a layer or model class, whose own metrics Keras logs too"
    bound = syntax.bind(st, st.compiles[0], COMPILE_POSITIONAL)
    if "weighted_metrics" in bound and not is_none(bound["weighted_metrics"]):
        return "`weighted_metrics` log keys of their own"
    loss = bound.get("loss")
    resolved = syntax.resolved_literal(st, loss)
    if loss is not None and not isinstance(resolved, cst.List | cst.Tuple | cst.Dict):
        single = (
            compile_args.is_single_value(st, loss)
            if isinstance(loss, cst.Name)
            else compile_args.is_single_expression(st, loss)
        )
        if not single:
            return "the tool cannot see whether `loss` is one loss or several"
        resolved = loss
    layout = result_layout(
        resolved, syntax.resolved_literal(st, bound.get("metrics")), st.outputs.keys
    )
    if isinstance(layout, str):
        return layout
    if layout.has_metrics and not layout.keras3_rejects:
        old = _original_output_names(st)
        if old is None:
            return (
                "the output layers' automatic names, which order the metrics on Keras 3, "
                "cannot be told from this file"
            )
        keras3 = layout.keras3_slots(old)
        if keras3 != layout.slots:
            return (
                "Keras 2 lists the metrics in output order "
                f"{[s.key(old) for s in layout.slots if s.metric != 'loss']}, Keras 3 in "
                f"sorted order {[s.key(old) for s in keras3 if s.metric != 'loss']}, so the "
                "program reads other values on each"
            )
    keys = tuple(slot.key(st.outputs.keys) for slot in layout.slots)
    clash = log_key_clash(layout, _original_output_names(st) or st.outputs.keys, keys)
    if clash is not None:
        return clash
    edits: list[tuple[cst.Call, ResultsByKey]] = []
    for use in st.positional_results:
        assert isinstance(use, cst.Call)
        edit = _keyed_read(st, use, keys, layout.keras3_rejects)
        if isinstance(edit, str):
            return edit
        edits.append((use, edit))
    for call, edit in edits:
        st.edit(call, edit)
    return None


def _defines_layer_class(st: PlanState) -> bool:
    """A class of this file derives from a ``...Layer`` or ``...Model`` class."""
    for node in st.meta.nodes():
        if not isinstance(node, cst.ClassDef):
            continue
        for base in node.bases:
            value = base.value
            last = (
                value.attr.value
                if isinstance(value, cst.Attribute)
                else value.value
                if isinstance(value, cst.Name)
                else ""
            )
            if last.endswith(("Layer", "Model")) and _may_be_in_this_model(st, node):
                return True
    return False


def _may_be_in_this_model(st: PlanState, definition: cst.ClassDef) -> bool:
    """A class first used after this model was built, in module code that runs once, is
    no part of it (a subclassed model defined in a later section of the script)."""
    scope = st.meta.scope(definition)
    if not isinstance(syntax.frame(st, st.call), cst.Module) or scope is None:
        return True
    built = st.meta.position(st.call)
    uses = [
        access.node
        for assignment in scope.assignments[definition.name.value]
        for access in st.meta.references(assignment)
    ]
    if any(st.meta.position(use) <= built for use in uses):
        return True
    # never named after its ``class`` statement: used where the tool cannot see
    return not uses and st.meta.position(definition) <= built


def _keyed_read(
    st: PlanState, call: cst.Call, keys: tuple[str, ...], keras3_rejects: bool
) -> ResultsByKey | str:
    """The edit that reads ``call``'s results by key, or why there is none."""
    if any(arg.keyword is not None and arg.keyword.value == "return_dict" for arg in call.args):
        return "the call passes `return_dict` already"
    method = call.func.attr.value if isinstance(call.func, cst.Attribute) else ""
    positional = [arg for arg in call.args if arg.keyword is None]
    if any(arg.star for arg in call.args) or len(positional) > _RETURN_DICT_AT.get(method, 0):
        # Keras 3 takes `return_dict` at this position (Keras 2 later): the call may pass it
        # (or, on Keras 2, `reset_metrics`) already, and a keyword beside it would clash.
        return "the call passes arguments by position up to where `return_dict` may be"
    if consumers.operator_is_shadowed(st, call):
        return "`operator` is another name in this file"
    holder = st.meta.parent(call)
    if isinstance(holder, cst.Assign) and len(holder.targets) == 1:
        target = holder.targets[0].target
        if isinstance(target, cst.Tuple | cst.List):
            if any(isinstance(e, cst.StarredElement) for e in target.elements):
                return "the results are unpacked with `*`"
            if len(target.elements) != len(keys):
                return f"{len(target.elements)} results are unpacked where Keras gives {len(keys)}"
            return ResultsByKey(keys)
    if keras3_rejects:
        # Only Keras 2 runs this compile; it logs every key in the list.
        return ResultsByKey(keys, as_list=True)
    return (
        "the whole list is used, and Keras 3.4 lists no per-output losses in it, so a read "
        "by key would fail there"
    )


def _original_output_names(st: PlanState) -> tuple[str, ...] | None:
    """Each output layer's name in the original program (automatic names included)."""
    added = {id(m.name_call): m.key for m in st.outputs.members if m.name_call is not None}
    if not added:
        return st.outputs.keys
    calls: dict[str, cst.Call] = {}
    if renamed_layers(st.meta, added, calls=calls) is None:
        return None
    old_by_call = {id(call): old for old, call in calls.items()}
    return tuple(
        old_by_call.get(id(m.name_call), m.key) if m.name_call is not None else m.key
        for m in st.outputs.members
    )


def _keep_compile_config(st: PlanState) -> None:
    """``get_compile_config()`` returns the compile arguments as written: a rewritten
    ``loss``/``metrics`` list comes back as a dict."""
    if not st.compile_configs:
        return
    rewritten = [
        call for call in st.compiles if any(syntax.inside(st, node, call) for node in st.plan.edits)
    ]
    sees_every_compile = st.plan.export is None and not st.remote
    if rewritten or not (st.compiles or sees_every_compile):
        st.unsafe_or_block(
            "MKD112",
            st.compile_configs[0],
            f"`{st.code(st.compile_configs[0])}` returns the compile arguments, which "
            "the rewrite turns from lists into dicts"
            if rewritten
            else f"`{st.code(st.compile_configs[0])}` returns compile arguments the "
            "tool cannot see",
        )
