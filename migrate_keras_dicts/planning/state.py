"""What the planner knows about one model while it plans: one typed object that every part
of the planning package receives explicitly (``st``), and the few ways to add to it (a
finding, a blocker, an edit, a consumed literal)."""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field

import libcst as cst
from libcst.metadata import BaseAssignment

from ..findings import Finding
from ..meta import ModuleMeta
from ..options import OVERRIDABLE, Options
from ..rewrite.edits import Edit
from ..scan import ModuleFacts
from .common import Blocked, ModelPlan, ModelRef, Side


@dataclass
class PlanState:
    """One model's planning: what it is given, what it has traced, what it has decided."""

    meta: ModuleMeta
    facts: ModuleFacts
    call: cst.Call  # the constructor (a remote model: its first use in this module)
    options: Options
    plan: ModelPlan
    exports: bool = False  # cross-file pass: a public builder may have callers elsewhere
    remote: bool = False  # the model is built in another module (RemotePlanner)
    # The sides as traced; None until traced, or when they cannot be read.
    traced_inputs: Side | None = None
    traced_outputs: Side | None = None
    uses: list[ModelRef] | None = None  # every use of the model, once followed
    # Literals rewritten for this model (``x = [a, b]``): every use of theirs must be one.
    consumed: Counter[BaseAssignment] = field(default_factory=Counter)
    consumed_what: dict[BaseAssignment, tuple[str, str]] = field(default_factory=dict)
    consumed_regions: dict[BaseAssignment, cst.CSTNode] = field(default_factory=dict)
    # Producers (generators, dataset classes) whose items were read, by id: read once,
    # however many call sites make one (``train = Gen(a)``, ``val = Gen(b)``).
    producers_read: set[int] = field(default_factory=set)
    # Parameters of this file's functions the model is passed to (planning/passed.py), by
    # id of their assignment: followed once, however many calls pass the model.
    followed_parameters: set[int] = field(default_factory=set)
    # Lists given to a dict model ((node, what)) and MKD006 notes written in full.
    mixed: list[tuple[cst.CSTNode, str]] = field(default_factory=list)
    mixed_notes: list[tuple[cst.CSTNode, str]] = field(default_factory=list)
    ctor_changes: bool = False  # the rewrite would change the constructor call
    compiles: list[cst.Call] = field(default_factory=list)
    compile_configs: list[cst.Call] = field(default_factory=list)
    compiled_metrics: bool = False
    callback_args: list[cst.BaseExpression] = field(default_factory=list)  # ``callbacks=``
    fit_calls: list[cst.Call] = field(default_factory=list)  # whose ``History`` is the model's
    # Uses of positional evaluate()/train_on_batch()/test_on_batch() results (the calls)
    # and of their names (``model.metrics_names``).
    positional_results: list[cst.Call | cst.Attribute] = field(default_factory=list)
    elsewhere_positional: bool = False  # remote: in the builder's file
    # ``return_dict=True`` results whose key order the program may see (printed, iterated)
    ordered_dict_results: list[cst.Call] = field(default_factory=list)
    # ``loss`` dicts not in output order: (dict, keys in output order), see readback.py
    pending_reorders: list[tuple[cst.Dict, tuple[str, ...]]] = field(default_factory=list)

    # -- the sides, once traced ----------------------------------------------------
    @property
    def inputs(self) -> Side:
        """The traced inputs; only parts that run after the constructor is read ask."""
        assert self.traced_inputs is not None, "the inputs are traced first"
        return self.traced_inputs

    @property
    def outputs(self) -> Side:
        assert self.traced_outputs is not None, "the outputs are traced first"
        return self.traced_outputs

    def changed_sides(self) -> str:
        """``"inputs"``, ``"outputs"``, both, or ``""``: the sides that become dicts."""
        sides = [
            name
            for name, side in (("inputs", self.inputs), ("outputs", self.outputs))
            if side.becomes_dict
        ]
        return " and ".join(sides)

    def renames_layers(self) -> bool:
        return any(m.name_call is not None for m in self.inputs.members + self.outputs.members)

    # -- findings ------------------------------------------------------------------
    def finding(self, code: str, node: cst.CSTNode, message: str) -> Finding:
        line, column = self.meta.position(node)
        return Finding(code, message, line, column)

    def note(self, code: str, node: cst.CSTNode, message: str) -> None:
        self.plan.findings.append(self.finding(code, node, message))

    def block(self, code: str, node: cst.CSTNode, message: str) -> None:
        self.plan.blockers.append(self.finding(code, node, message))

    def stop(self, code: str, node: cst.CSTNode, message: str) -> Blocked:
        """Block, and hand back the exception that ends this part of the analysis."""
        self.block(code, node, message)
        return Blocked()

    def unsafe_or_block(self, code: str, node: cst.CSTNode, message: str) -> None:
        """A blocker, or under ``--unsafe`` or ``--accept CODE`` a note that the change was
        left in."""
        assert code in OVERRIDABLE, code
        if self.options.unsafe:
            self.note("MKD010", node, f"left under --unsafe: {message}")
        elif code in self.options.accept:
            self.note("MKD010", node, f"left under --accept {code}: {message}")
        else:
            self.block(code, node, message)

    def code(self, node: cst.CSTNode) -> str:
        """Short source text of ``node`` for a one-line message (a loop by its header)."""
        render = self.meta.module.code_for_node
        if isinstance(node, cst.For):
            text = f"for {render(node.target)} in {render(node.iter)}"
        elif isinstance(node, cst.While | cst.If):
            text = f"{'while' if isinstance(node, cst.While) else 'if'} {render(node.test)}"
        else:
            text = render(node).strip()
        text = " ".join(text.split())
        return text if len(text) <= 60 else text[:57] + "..."

    # -- edits ---------------------------------------------------------------------
    def edit(self, node: cst.CSTNode, edit: Edit) -> None:
        """Record ``edit`` for ``node`` (blocked when it cannot be written there)."""
        quote = self._fstring_quote(node)
        if quote == "":
            self.block("MKD111", node, "inside nested f-strings that use both quote characters")
            return
        if quote is not None:
            keys = getattr(edit, "keys", None) or (getattr(edit, "key", None),)
            awkward = next(
                (k for k in keys if isinstance(k, str) and not _fits_in_fstring(k)), None
            )
            if awkward is not None:
                self.block(
                    "MKD111",
                    node,
                    f"the key {awkward!r} holds a quote, a backslash or a control character, "
                    "which cannot be written inside an f-string expression before Python "
                    "3.12; index the result by name by hand, outside the f-string",
                )
                return
            # every edit that writes keys has a ``quote`` field
            edit = dataclasses.replace(edit, quote=quote)  # type: ignore[arg-type]
        existing = self.plan.edits.get(node)
        if existing is not None and existing != edit:
            self.block("MKD113", node, "the same literal would need two different rewrites")
        self.plan.edits[node] = edit

    def _fstring_quote(self, node: cst.CSTNode) -> str | None:
        """Inside an f-string, the quote that does not end it (before Python 3.12); else None."""
        used = set()
        current = self.meta.parent(node)
        while current is not None:
            if isinstance(current, cst.FormattedString):
                used.add(current.start.lstrip("rRbBfF")[:1])
            current = self.meta.parent(current)
        if not used:
            return None
        free = [q for q in ('"', "'") if q not in used]
        return free[0] if free else ""

    def consume(
        self,
        assignment: BaseAssignment,
        what: str,
        code: str,
        region: cst.CSTNode | None = None,
    ) -> None:
        """A literal bound to a name is rewritten for this model: count the use (``code``:
        the blocker when the name has other uses too). ``region``: where the rewrite of
        what the name holds would be (a producer's definition for ``gen = Gen()``); by
        default the value the name is bound to."""
        self.consumed[assignment] += 1
        self.consumed_what[assignment] = (what, code)
        if region is not None:
            self.consumed_regions[assignment] = region

    def release(self, assignment: BaseAssignment) -> None:
        """Take back one :meth:`consume`: the literal is left as it is after all."""
        self.consumed[assignment] -= 1
        if not self.consumed[assignment]:
            del self.consumed[assignment], self.consumed_what[assignment]
            self.consumed_regions.pop(assignment, None)


def _fits_in_fstring(key: str) -> bool:
    """A key that can be written as a string literal inside an f-string's expression on
    every Python 3: no quote of either kind (one of them ends the f-string), no backslash."""
    return key.isprintable() and not any(c in key for c in "'\"\\")
