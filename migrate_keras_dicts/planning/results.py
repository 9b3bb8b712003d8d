"""Positional ``evaluate()`` results read by key: which log key each position held.

``model.evaluate(...)`` without ``return_dict=True`` lists ``[loss, <per-output losses>,
<compiled metrics>]``. After the outputs become a dict, Keras 3.5/3.6 (and every Keras, for
one broadcast loss) list the per-output losses in sorted-key order, and naming the output
layers re-sorts the metrics on Keras 3. Reading the results by key,
``operator.itemgetter("loss", "a_loss", ...)(model.evaluate(..., return_dict=True))``, keeps
what each position held in the original whatever the version, once the tool knows that order.

Measured (KERAS_RULES §5b, tests/semantic_runner.py): with list outputs, every Keras from 3.5
and Keras 2 list the total loss, then ``<output>_loss`` in output order; Keras 3 then lists
the metrics' log keys ``<output>_<metric>`` in sorted order, Keras 2 in output order, each
output's metrics as compiled. Keras 3.4 logs no per-output losses, so a program that unpacks
them fails there before and after. A metric given as a lowercase string logs under that
string on every version; other metrics (objects, functions, class names) are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import libcst as cst

from ..scan import literal_string
from .common import is_none

# A metric spelled as a string whose log key is ``<output>_<string>`` on every version
# (measured for mse, mae, acc, accuracy, mape and the *_accuracy / mean_* names).
_PLAIN_METRIC = re.compile(r"[a-z][a-z0-9_]*\Z")


@dataclass(frozen=True)
class Slot:
    """One positional result: ``metric`` of output ``index`` (``None``: the total)."""

    metric: str  # "loss" or the metric's string
    index: int | None

    def key(self, names: tuple[str, ...]) -> str:
        return "loss" if self.index is None else f"{names[self.index]}_{self.metric}"


@dataclass(frozen=True)
class ResultLayout:
    """What the positional results of a compiled model are, as far as the tool can tell."""

    slots: tuple[Slot, ...]  # in the order Keras 2 lists them (output order)
    keras3_rejects: bool  # a flat metrics list on several outputs: Keras 3 raises at compile

    def keras3_slots(self, old_names: tuple[str, ...]) -> tuple[Slot, ...]:
        """The order Keras 3 lists them: the metrics sorted by their original log key."""
        losses = [s for s in self.slots if s.metric == "loss"]
        metrics = sorted(
            (s for s in self.slots if s.metric != "loss"), key=lambda s: s.key(old_names)
        )
        return (*losses, *metrics)

    @property
    def has_metrics(self) -> bool:
        return any(s.metric != "loss" for s in self.slots)


def result_layout(
    loss: cst.BaseExpression | None,
    metrics: cst.BaseExpression | None,
    keys: tuple[str, ...],
) -> ResultLayout | str:
    """The layout of the results for a model with output ``keys``, or why the tool cannot
    tell it. ``loss``/``metrics`` are the compile arguments, names already resolved."""
    n = len(keys)
    if loss is None or is_none(loss):
        return "the model is compiled without a `loss`"
    if isinstance(loss, cst.List | cst.Tuple):
        if len(loss.elements) != n or any(is_none(e.value) for e in loss.elements):
            return "`loss` does not give every output a loss"
        if any(isinstance(e, cst.StarredElement) for e in loss.elements):
            return "`loss` is unpacked from elsewhere"
    elif isinstance(loss, cst.Dict):
        given = {
            literal_string(e.key): e.value for e in loss.elements if isinstance(e, cst.DictElement)
        }
        if set(given) != set(keys) or any(is_none(v) for v in given.values()):
            return "`loss` does not give every output a loss"
    slots = [Slot("loss", None), *(Slot("loss", i) for i in range(n))]
    per_output: list[list[str]] = [[] for _ in range(n)]
    keras3_rejects = False
    if metrics is not None and not is_none(metrics):
        if isinstance(metrics, cst.List | cst.Tuple):
            if any(isinstance(e, cst.StarredElement) for e in metrics.elements):
                return "`metrics` is unpacked from elsewhere"
            values = [e.value for e in metrics.elements]
            nested = (cst.List, cst.Tuple, cst.Dict)
            if n > 1 and len(values) == n and not any(isinstance(v, nested) for v in values):
                # Keras 2 broadcasts a list with nothing nested in it (``["mae", None]``) to
                # every output (measured on tf_keras): it lists other results than Keras 3.
                return (
                    "a flat `metrics` list as long as the outputs gives one metric to each "
                    "output on Keras 3 but every metric to every output on Keras 2"
                )
            if len(values) == n:
                # One entry per output, as Keras 3 reads it and as the rewrite keys it (a flat
                # list with nothing nested is refused, MKD131, or names a metric twice, MKD005).
                for i, value in enumerate(values):
                    names = _metric_names(value)
                    if names is None:
                        return _NOT_PLAIN
                    per_output[i] = names
            else:
                names = _plain_metrics(metrics)
                if names is None:
                    return _NOT_PLAIN
                # Left as it is: Keras 3 raises at compile, Keras 2 applies it to every output.
                per_output = [list(names) for _ in range(n)]
                keras3_rejects = n > 1 and bool(names)
        elif isinstance(metrics, cst.Dict):
            for element in metrics.elements:
                if not isinstance(element, cst.DictElement):
                    return "`metrics` is unpacked from elsewhere"
                key = literal_string(element.key)
                if key not in keys:
                    return "`metrics` is keyed by names the tool cannot match to the outputs"
                names = _metric_names(element.value)
                if names is None:
                    return _NOT_PLAIN
                per_output[keys.index(key)] = names
        else:
            return "the tool cannot see the `metrics` list"
    for i, names in enumerate(per_output):
        if len(set(names)) != len(names) or "loss" in names:
            return "an output compiles one metric twice"
        slots += [Slot(name, i) for name in names]
    return ResultLayout(tuple(slots), keras3_rejects)


def log_key_clash(
    layout: ResultLayout, old_names: tuple[str, ...], keys: tuple[str, ...]
) -> str | None:
    """Why the log keys cannot be read back by key, or None.

    Keras 3 renames a repeated log key ``k`` to ``k_1``, and lists first every log key equal
    to a compiled metric's own name (``_flatten_metrics_in_order`` looks the unprefixed
    names up in the logs): output ``binary`` with ``accuracy`` logs ``binary_accuracy``,
    which comes before the per-output losses when another output compiles
    ``binary_accuracy`` (measured on 3.6.0 and 3.15.1)."""
    old = [slot.key(old_names) for slot in layout.slots]
    for written in (old, list(keys)):
        repeated = sorted({k for k in written if written.count(k) > 1})
        if repeated:
            return f"two results are logged under one key {repeated[0]!r}"
    metrics = {slot.metric for slot in layout.slots if slot.metric != "loss"}
    shared = sorted(metrics & set(old))
    if shared:
        return (
            f"the log key {shared[0]!r} is also a compiled metric's own name, which Keras 3 "
            "lists out of the usual order"
        )
    return None


_NOT_PLAIN = "a metric is not a plain string, so the tool does not know its log key"


def _metric_names(node: cst.BaseExpression) -> list[str] | None:
    """The metrics of one output: a plain string, a list of them, or None (no metric)."""
    if is_none(node):
        return []
    single = literal_string(node)
    if single is not None:
        return [single] if _PLAIN_METRIC.match(single) else None
    return _plain_metrics(node)


def _plain_metrics(node: cst.BaseExpression) -> list[str] | None:
    if not isinstance(node, cst.List | cst.Tuple):
        return None
    names = []
    for element in node.elements:
        value = literal_string(element.value) if isinstance(element, cst.Element) else None
        if value is None or not _PLAIN_METRIC.match(value):
            return None
        names.append(value)
    return names
