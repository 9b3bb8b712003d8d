"""Which output each compile entry reaches: as the code means it, and as Keras pairs it.

Pure rules, no CST: an argument of ``compile`` is described by its structure (a single
value, a list, a dict keyed by name) and paired with the model's outputs three ways.

* ``meant``: what a reader of the code expects — a dict by key, a list by position in
  the order the outputs are written, a single value for every output.
* ``keras35``: Keras 3.5.0 and 3.6.x. A dict ``loss`` or ``loss_weights`` on list outputs
  was flattened in sorted-key order and applied by position (keras-team/keras#20596, #20346).
* ``keras37``: Keras 3.7 up to 3.15. The 3.5 bug is fixed, but every Keras 3 still packs a
  list beside dict outputs in sorted-key order, and a dict ``loss_weights`` beside a *list*
  ``loss`` on list outputs is applied in sorted order too.

The rules were measured on Keras 3.4.1, 3.5.0, 3.6.0, 3.7.0, 3.8.0 and 3.15.1 (JAX backend)
with diagnostic losses; the ids in comments (A2: dict loss on list outputs, A4: list loss on
dict outputs, W2-W6: loss_weights, M4/M6: metrics) name those measurements, and
``tests/test_pairing.py`` replays them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ArgKind = Literal["absent", "single", "sequence", "dict", "opaque"]
What = Literal["loss", "loss_weights", "metrics", "weighted_metrics"]
Version = Literal["meant", "keras35", "keras37"]
VERSIONS: tuple[Version, ...] = ("meant", "keras35", "keras37")


@dataclass(frozen=True)
class Arg:
    """One ``compile`` argument as written: its kind, its text and its entries."""

    kind: ArgKind
    text: str = ""
    items: tuple[tuple[str | None, str], ...] = ()  # (dict key or None, entry text)

    def by_key(self) -> dict[str, str]:
        return {key: text for key, text in self.items if key is not None}


ABSENT = Arg("absent")


@dataclass(frozen=True)
class Applied:
    """Per output, in the model's order: the entry text that reaches it (None: nothing).

    ``values`` is None when Keras raises or the tool cannot tell; ``problem`` says which.
    """

    values: tuple[str | None, ...] | None
    problem: str | None = None


def pair(
    arg: Arg,
    what: What,
    keys: tuple[str, ...],
    outputs: Literal["list", "dict"],
    version: Version,
    loss_kind: ArgKind = "absent",
) -> Applied:
    """The entry of ``arg`` each output in ``keys`` gets under ``version``."""
    n = len(keys)
    if arg.kind == "absent":
        return Applied((None,) * n)
    if arg.kind == "opaque":
        return Applied(None, f"`{what}={arg.text}`: its structure is not visible to the tool")
    if arg.kind == "single":
        return Applied((arg.text,) * n)  # one loss (or weight, or metric) for every output
    if (
        what == "loss_weights"
        and version == "keras37"
        and loss_kind == "single"
        and len(arg.items) != 1
    ):
        return Applied(None, f"Keras ≥3.7 raises: 1 loss and {len(arg.items)} `loss_weights`")
    if arg.kind == "sequence":
        return _sequence(arg, what, keys, outputs, version)
    return _dict(arg, what, keys, outputs, version, loss_kind)


def _sequence(
    arg: Arg, what: What, keys: tuple[str, ...], outputs: str, version: Version
) -> Applied:
    texts = [text for _, text in arg.items]
    if len(texts) != len(keys):
        return Applied(
            None, f"`{what}` has {_entries(len(texts))} for {len(keys)} outputs: Keras raises"
        )
    if version == "meant" or outputs == "list":
        return Applied(tuple(texts))
    # Dict outputs: a list is packed in sorted-key order on every Keras 3 (A4, M6, W6).
    order = sorted(keys)
    return Applied(tuple(texts[order.index(key)] for key in keys))


def _dict(
    arg: Arg, what: What, keys: tuple[str, ...], outputs: str, version: Version, loss_kind: ArgKind
) -> Applied:
    entries = arg.by_key()
    unknown = [key for key in entries if key not in keys]
    if unknown:
        return Applied(None, f"`{what}` has keys {unknown} that name no output: Keras raises")
    by_name = Applied(tuple(entries.get(key) for key in keys))
    if version == "meant" or outputs == "dict" or what in ("metrics", "weighted_metrics"):
        return by_name
    sorted_positions = what == "loss" and version == "keras35"
    if what == "loss_weights":
        # 3.5/3.6 always; 3.7+ only beside a list loss (W4) — a dict loss keeps names (W2).
        sorted_positions = version == "keras35" or loss_kind == "sequence"
    if what == "loss" and len(entries) != len(keys):
        missing = [key for key in keys if key not in entries]
        return Applied(None, f"`loss` has no entry for {missing} on list outputs: Keras raises")
    if not sorted_positions:
        return by_name
    if len(entries) != len(keys):
        return Applied(None, f"`{what}` has {_entries(len(entries))} for {len(keys)} outputs")
    flat = [entries[key] for key in sorted(entries)]
    return Applied(tuple(flat))


def _entries(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"
