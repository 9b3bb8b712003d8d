"""Models that only predict or are only compiled, never trained: nothing pairs with their
lists.

Keras pairs losses, metrics, labels and sample weights with a model's outputs, in
``compile`` and the training calls. A model that only predicts (an activation viewer over
``model.layers``, a seq2seq inference encoder fed its states by position) has none of
them: its list inputs and outputs mean the same on every Keras version. When the tool
cannot migrate such a model, leaving it as written is all it needs, so it is reported as
left alone (MKD014), not refused; saving it whole changes nothing then (the file keeps the
lists, and whoever loads and trains it pairs them as the original would). So is a model
compiled with one loss for every output (a flat list of metrics, no loss weights) and never
trained or evaluated: compile pairs nothing until a training or evaluation step builds the
losses. The check follows the model
to every use; one use it cannot follow, or any use that could train it, keeps the refusal.
"""

from __future__ import annotations

import libcst as cst

from ..findings import Finding
from ..meta import ModuleMeta
from ..options import Options
from ..scan import ModuleFacts
from . import follow, structure
from .common import Blocked, ModelPlan, ModelRef
from .state import PlanState
from .uses import use_of

# Uses that read the model or predict with it; none can compile or train it. Not among
# them: ``model(x)`` and ``model.input``/``.output``, which put the model into another
# one that may train, and the trainable weights a custom training loop steps.
_PASSIVE_KINDS = frozenset({"harmless", "order"})
_TRAINED_THROUGH = frozenset({"trainable_weights", "trainable_variables"})
_PREDICT_METHODS = frozenset({"predict", "predict_on_batch", "predict_generator"})
_DEPTH = 4  # builders returning builders, as follow.follow_return allows


def untrained_note(
    meta: ModuleMeta, facts: ModuleFacts, call: cst.Call, options: Options, label: str
) -> tuple[Finding, ModelPlan] | None:
    """MKD014 for the model built by ``call``, with the probe's plan (its export, which the
    cross-file pass checks), or None when some use may compile or train it. The probe
    plans as for one file alone: a public builder no caller here calls is handed to code
    the tool cannot see, which may train it."""
    probe = PlanState(meta, facts, call, options, ModelPlan(call=call, label=label))
    if any(_keyed(probe, side) for side in structure.ctor_arguments(probe)):
        return None
    try:
        uses = follow.model_uses(probe)
        predicts: list[cst.Call] = []
        shown: list[cst.CSTNode] = []
        compiled: list[cst.Call] = []
        saved: list[cst.CSTNode] = []
        if probe.plan.blockers or not _only_predicts(
            probe, uses, 0, predicts, shown, compiled, saved
        ):
            return None
        if not (predicts or shown or compiled):
            return None  # a model with no use at all may be trained where the tool cannot see
    except Blocked:
        return None
    label = probe.plan.label
    if compiled:
        what = (
            "it is compiled with one loss for every output and never trained or evaluated "
            "(nothing the tool sees fits it)"
        )
    elif predicts:
        what = "it only predicts (nothing the tool sees compiles or trains it)"
    else:
        what = (
            "nothing the tool sees compiles, trains or predicts with it (it is only shown "
            "or inspected)"
        )
    also = (
        "; it is saved as written too: code that loads the file gets the lists it got"
        if saved
        else ""
    )
    finding = probe.finding(
        "MKD014",
        call,
        f"model `{label}` is left as written: {what}, so no loss, metric or label pairs "
        f"with its inputs and outputs, and its lists mean the same on every Keras version{also}",
    )
    return finding, probe.plan


def _keyed(st: PlanState, expr: cst.BaseExpression | None) -> bool:
    """A side (or a predict's ``x``) written as a dict: ``predict`` pairs a list ``x`` with
    dict inputs, and a dict ``x`` with list inputs, in an order that depends on the Keras
    version (KERAS_RULES B4), so such a model is not left as one that needs nothing. A
    side the tool cannot see into (another model's ``.input``, a comprehension over its
    layers) is taken for the list or tensor such code builds."""
    if isinstance(expr, cst.Name):
        binding = st.meta.binding_of(expr)
        expr = binding.value if binding is not None else expr
    if isinstance(expr, cst.Call) and "builtins.dict" in st.meta.qualified_names(expr.func):
        return True
    return isinstance(expr, cst.Dict | cst.DictComp)


def _data_argument(call: cst.Call) -> cst.BaseExpression | None:
    """The ``x`` a predict call passes, by position or keyword."""
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value == "x":
            return arg.value
    plain = [arg for arg in call.args if arg.keyword is None and not arg.star]
    return plain[0].value if plain else None


def _may_pass_callbacks(call: cst.Call) -> bool:
    """``predict(x, callbacks=[...])`` (its fifth positional argument, or unpacked): Keras
    calls ``set_model`` on each callback, whose ``on_predict_end`` may train the model."""
    if any(
        arg.star or (arg.keyword is not None and arg.keyword.value == "callbacks")
        for arg in call.args
    ):
        return True
    return sum(arg.keyword is None for arg in call.args) > 4


def _only_predicts(
    st: PlanState,
    uses: list[ModelRef],
    depth: int,
    predicts: list[cst.Call],
    shown: list[cst.CSTNode],
    compiled: list[cst.Call],
    saved: list[cst.CSTNode],
) -> bool:
    """Every use reads the model, predicts with it or compiles it with nothing per output
    (the predict calls go to ``predicts``, the reads, ``summary()`` or
    ``plot_model(model)``, to ``shown``, the compile calls to ``compiled``)."""
    for ref in uses:
        use = use_of(st, ref)
        if use.kind == "returned" and depth < _DEPTH:
            assert isinstance(use.node, cst.Return)
            if isinstance(ref, cst.Attribute):
                return False  # ``return self.model``: to callers the tool does not follow
            callers = follow.follow_return(st, use.node, depth + 1)
            found = (predicts, shown, compiled, saved)
            if not _only_predicts(st, list(callers), depth + 1, *found):
                return False
        elif use.kind == "data":
            if use.method not in _PREDICT_METHODS:
                return False
            assert use.call is not None
            if _keyed(st, _data_argument(use.call)):
                return False  # a dict `x` pairs with list inputs by version too
            if _may_pass_callbacks(use.call):
                return False  # Keras hands them the model, which they may compile and fit
            predicts.append(use.call)
        elif use.kind == "compile" and use.call is not None and _one_loss_for_all(st, use.call):
            compiled.append(use.call)
        elif use.kind == "save":
            saved.append(use.node)  # left as written, it is saved as written: no change
        elif use.kind not in _PASSIVE_KINDS or use.attr in _TRAINED_THROUGH:
            return False
        else:
            shown.append(use.node)
    return not st.plan.blockers


# compile()'s keywords that set nothing per output when their value is one loss or metric
# (``sample_weight_mode`` and ``target_tensors`` of Keras 2 take one per output: not here).
_SINGLE_VALUED = frozenset({"loss", "metrics", "weighted_metrics"})
_STRUCTURELESS = frozenset(
    {"optimizer", "run_eagerly", "jit_compile", "steps_per_execution", "auto_scale_loss"}
)


def _one_loss_for_all(st: PlanState, call: cst.Call) -> bool:
    """``model.compile(optimizer=..., loss="mse", metrics=["acc"])``: one loss (a string
    or a Keras loss object) and a flat list of metrics, no loss weights. Compiling so
    pairs nothing with the outputs; only training or evaluating would, and the model is
    never trained or evaluated where this is asked."""
    for index, arg in enumerate(call.args):
        if arg.star:
            return False
        keyword = arg.keyword.value if arg.keyword is not None else None
        if keyword is None:
            if index > 0:
                return False  # ``compile("adam", ["mse", "mae"])``: the loss by position
            continue  # the optimizer
        if keyword in _STRUCTURELESS:
            continue
        if keyword not in _SINGLE_VALUED:
            return False
        value = arg.value
        if keyword != "loss" and isinstance(value, cst.List | cst.Tuple):
            if not all(_one_value(st, element.value) for element in value.elements):
                return False
        elif not _one_value(st, value):
            return False
    return True


def _one_value(st: PlanState, value: cst.BaseExpression) -> bool:
    """A string, or a call of a Keras class or function (``keras.losses.Huber()``)."""
    if isinstance(value, cst.SimpleString | cst.ConcatenatedString):
        return True
    return isinstance(value, cst.Call) and bool(st.meta.keras_names(value.func))
