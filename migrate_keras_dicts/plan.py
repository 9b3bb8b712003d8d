"""Per-model decision: the edits that migrate one model, or the findings that say why not.

A model is the constructor call plus everything that reaches it: its variable, the
builder function that returns it, and every compile, data and consumer call on it.
The planner collects *blockers*; one blocker leaves the whole model untouched. The
independent checks (the names the rewrite adds, each use of the model, callbacks, results)
all run, so every blocker is reported at once, each at its own line; only a blocker that
makes the rest meaningless (sides the tool cannot read, a model it cannot follow) stops.

This module is the order of the checks; what each check does lives in
:mod:`migrate_keras_dicts.planning` (a map is in its docstring), over one
:class:`~migrate_keras_dicts.planning.state.PlanState`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

import libcst as cst
from libcst.metadata import BaseAssignment

from . import keras_api
from .findings import line_ref
from .meta import ModuleMeta
from .options import Options
from .planning import follow, guards, literals, readback, structure, untrained
from .planning.common import MUTATORS, Blocked, ModelPlan, ModelRef, Side
from .planning.state import PlanState
from .planning.uses import classify_use
from .rewrite.edits import AddName, ToDict
from .scan import ModuleFacts

__all__ = ["ModelPlan", "ModelPlanner", "PlanState", "RemotePlanner"]


class ModelPlanner:
    """Plans one model built in this module: ``ModelPlanner(...).run()``."""

    def __init__(
        self,
        meta: ModuleMeta,
        facts: ModuleFacts,
        call: cst.Call,
        options: Options,
        *,
        exports: bool = False,
    ) -> None:
        self.state = PlanState(
            meta, facts, call, options, ModelPlan(call=call, label="model"), exports=exports
        )

    @property
    def plan(self) -> ModelPlan:
        return self.state.plan

    def run(self) -> ModelPlan | None:
        """The plan, or None when the model needs no change."""
        st = self.state
        with contextlib.suppress(Blocked):
            self._analyse()
        _order_blockers(st)
        if not st.plan.edits and not st.plan.blockers:
            return None
        if st.plan.blockers and not (st.plan.edits or st.ctor_changes):
            return None
        if st.plan.blockers and not st.remote:
            found = untrained.untrained_note(st.meta, st.facts, st.call, st.options, st.plan.label)
            if found is not None:
                st.plan.untrained, probe = found
                if probe.export and not st.plan.export:  # for the cross-file check
                    st.plan.export, st.plan.export_kind = probe.export, probe.export_kind
        return st.plan

    def _analyse(self) -> None:
        analyse(self.state)


class RemotePlanner(ModelPlanner):
    """The uses, in this module, of a model built in another one (``build_model()``
    imported from ``models.py``): its data, compile and consumer calls get migrated with
    the sides the builder's own plan decided."""

    def __init__(
        self,
        meta: ModuleMeta,
        facts: ModuleFacts,
        calls: list[cst.Call],
        options: Options,
        source: ModelPlan,
        origin: str,
        uses: list[cst.Name] | None = None,
        *,
        anchor: cst.CSTNode,
    ) -> None:
        first = calls[0] if calls else uses[0] if uses else anchor
        super().__init__(meta, facts, first, options)  # type: ignore[arg-type]
        self.state.remote = True
        self.calls = calls
        self.direct_uses = uses or []
        self.source = source
        self.origin = origin
        self.state.plan.label = source.label

    def _analyse(self) -> None:
        analyse_remote(self.state, self.source, self.origin, self.calls, self.direct_uses)


def _order_blockers(st: PlanState) -> None:
    """Every blocker once, by line: what a person fixes, top to bottom."""
    unique = {(b.line, b.column, b.code, b.message): b for b in st.plan.blockers}
    st.plan.blockers[:] = [unique[key] for key in sorted(unique)]


def classify_uses(st: PlanState, uses: Sequence[ModelRef]) -> bool:
    """Each use on its own: one the tool cannot follow stops only that use's analysis,
    so every blocker of the model is reported at once. False when a use was stopped
    (what it would have consumed is then unknown)."""
    complete = True
    for use in uses:
        try:
            classify_use(st, use)
        except Blocked:
            complete = False
    return complete


def analyse(st: PlanState) -> None:
    """Plan a model built here: read its constructor, then follow it to every use."""
    parent = st.meta.parent(st.call)
    if isinstance(parent, cst.Assign) and len(parent.targets) == 1:
        target = parent.targets[0].target
        if isinstance(target, cst.Name):
            st.plan.label = target.value  # named in findings even if refused before its uses
    structure.keras1_keywords(st)
    inputs_expr, outputs_expr = structure.ctor_arguments(st)
    st.traced_inputs = structure.side(st, inputs_expr, is_input=True)
    st.traced_outputs = structure.side(st, outputs_expr, is_input=False)
    _keep_grown_inputs(st, inputs_expr)
    for which, expr, other in (
        ("inputs", inputs_expr, st.traced_outputs),
        ("outputs", outputs_expr, st.traced_inputs),
    ):
        if which == "inputs" and st.traced_inputs is not None and st.traced_inputs.kind == "kept":
            continue
        grown = structure.grown_list(st, expr, dicts=other is not None and other.multi)
        if grown is not None and expr is not None:
            st.ctor_changes = True
            st.block(
                "MKD105",
                grown,
                f"`{which}={st.code(expr)}` is changed after it is written "
                f"(`{st.code(grown)}`, {line_ref(st.meta.position(grown)[0])}); the tool "
                f"cannot see which tensors it holds; write `{which}` as one list or dict "
                "literal of named tensors",
            )
    if st.plan.blockers:
        raise Blocked()
    if st.traced_inputs is None or st.traced_outputs is None:
        sides = (
            ("inputs", inputs_expr, st.traced_inputs, st.traced_outputs),
            ("outputs", outputs_expr, st.traced_outputs, st.traced_inputs),
        )
        for which, expr, side, other in sides:
            if side is not None or expr is None:
                continue
            if (
                which == "outputs"
                and other is not None
                and not other.multi
                and structure.predictions_read_as_one_array(st) is not None
            ):
                continue  # one input, and the program reads one output's predictions
            if (other is not None and other.multi) or structure.may_be_list(st, expr):
                st.ctor_changes = True
                st.block(
                    "MKD105",
                    expr,
                    f"`{which}={st.code(expr)}` may be a list the tool cannot see into; "
                    f"write `{which}` as a list or dict literal of named tensors",
                )
        return
    st.plan.inputs, st.plan.outputs = st.inputs, st.outputs
    if not st.inputs.multi and not st.outputs.multi:
        return
    st.ctor_changes |= any(m.name_call is not None for m in st.inputs.members + st.outputs.members)
    with contextlib.suppress(Blocked):  # names and uses are independent checks
        structure.name_members(st)
    uses = follow.model_uses(st)
    st.uses = uses
    if classify_uses(st, uses):
        literals.check_consumed(st)
    guards.check_callbacks(st)
    guards.check_exception_sensitive(st, _structural_nodes(st, uses))
    if st.plan.export_kind == "attribute":
        guards.check_methods_caught(st)
    if st.facts.runs_strings and (st.outputs.becomes_dict or st.inputs.becomes_dict):
        st.unsafe_or_block(
            "MKD106",
            st.facts.runs_strings[0],
            f"`{st.code(st.facts.runs_strings[0].func)}(...)` runs code from a string, "
            "which may use the model with lists the tool cannot see; migrate it by hand",
        )
    readback.check_results(st)
    if st.plan.blockers:
        return
    readback.settle_reorders(st)
    _summarise(st)


def _keep_grown_inputs(st: PlanState, expr: cst.BaseExpression | None) -> None:
    """Inputs built at run time (``inputs.append(Input(...))`` in a loop) stay the list they
    are, with every ``x`` as written, when the outputs are a list of tensors the tool sees:
    the outputs are what Keras pairs losses and labels with, so they still migrate."""
    outputs = st.traced_outputs
    grown = structure.grown_list(st, expr, dicts=False)
    if grown is None or outputs is None or not outputs.becomes_dict:
        return
    assert isinstance(expr, cst.Name)  # a grown list is a name bound to a list
    binding = st.meta.binding_of(expr)
    assert binding is not None
    if not _filled_with_inputs(st, binding.assignment, binding.value):
        return
    if st.consumed[binding.assignment]:  # ``[]`` was traced as the side; ``list()`` is not
        st.release(binding.assignment)  # the literal is not rewritten after all
    st.traced_inputs = Side("kept")
    st.note(
        "MKD013",
        grown,
        f"`inputs={st.code(expr)}` stays a list: it is filled at run time "
        f"(`{st.code(grown)}`, {line_ref(st.meta.position(grown)[0])}), so the tool cannot "
        "name its tensors, and `x` stays a list too; the outputs are migrated. To name the "
        "inputs, write them as one list of named `keras.Input(...)` and rerun",
    )


def _filled_with_inputs(
    st: PlanState, assignment: BaseAssignment, literal: cst.BaseExpression
) -> bool:
    """Every tensor the list gets is a ``keras.Input(...)`` of this file, put there by
    ``.append``: their names (or automatic ones) are then among the names this file spells,
    which the names the rewrite adds are checked against. A helper from another module, or
    ``extend``/``insert``/``+=``, may bring inputs whose names the tool cannot read."""
    written_empty = structure.empty_list_call(st, literal)  # ``inputs = list()``, as ``[]``
    if not written_empty and not (
        isinstance(literal, cst.List) and all(_is_input(st, e.value) for e in literal.elements)
    ):
        return False
    for use in st.meta.uses_of(assignment) or []:
        parent = st.meta.parent(use)
        call = st.meta.parent(parent) if isinstance(parent, cst.Attribute) else None
        if not (isinstance(parent, cst.Attribute) and parent.value is use):
            continue  # read: passed to a layer, to the model
        if parent.attr.value in MUTATORS and not (
            parent.attr.value == "append"
            and isinstance(call, cst.Call)
            and len(call.args) == 1
            and _is_input(st, call.args[0].value)
        ):
            return False
    return st.meta.uses_of(assignment) is not None


def _is_input(st: PlanState, expr: cst.BaseExpression, depth: int = 0) -> bool:
    """A ``keras.Input(...)`` call, or a name every binding of which is one (``tensor =
    Input(...)`` in each of two loops)."""
    if isinstance(expr, cst.Name) and depth < 4:
        referents = st.meta.referents(expr)
        bindings = [st.meta.binding_from_assignment(a) for a in referents]
        return bool(bindings) and all(b is not None and _is_input(st, b.value) for b in bindings)
    return isinstance(expr, cst.Call) and keras_api.is_input(st.meta.keras_names(expr.func))


def _summary_shown(st: PlanState) -> bool:
    """``model.summary()`` is called: its table lists ``model.layers``, in the order a dict
    side sorted by key changes. Only a display (what trains and predicts is the same), so
    it is not refused; the finding says what the table will show."""
    for use in st.uses or []:
        attribute = st.meta.parent(use)
        if (
            isinstance(attribute, cst.Attribute)
            and attribute.attr.value == "summary"
            and isinstance(st.meta.parent(attribute), cst.Call)
        ):
            return True
    return False


def _structural_nodes(st: PlanState, uses: Sequence[ModelRef]) -> list[cst.CSTNode]:
    """The constructor, every use of the model and everything the rewrite would edit."""
    names = [m.name_call for m in st.inputs.members + st.outputs.members if m.name_call]
    return [st.call, *uses, *st.plan.edits, *names]


def _mixed_message(st: PlanState, what: str, side: Side) -> str:
    """What the old list did on the dict model, per KERAS_RULES B4, B8, A4, M6, SW4."""
    written = f"now keyed in the order written {list(side.keys)}"
    if side is st.inputs:
        return (
            f"`{what}` was a list on dict inputs whose keys are not in sorted order: Keras "
            "3.8+ raises a ValueError for it (3.7 warned and swapped the inputs in sorted-key "
            f"order {sorted(side.keys)}, 3.5/3.6 swapped them silently); {written}, so the "
            "call now runs"
        )
    if what.endswith("sample_weight"):
        return (
            f"`{what}` was a list on a dict model: Keras pairs it in sorted-key order "
            f"{sorted(side.keys)} (and raises when `y` is a dict); {written}, which changes "
            "what trains"
        )
    return (
        f"`{what}` was a list on a dict model, which Keras pairs in sorted-key order "
        f"{sorted(side.keys)}; {written}, which changes what trains"
    )


# -- success ----------------------------------------------------------------------------
def _summarise(st: PlanState) -> None:
    for side in (st.inputs, st.outputs):
        if side.becomes_dict:
            assert side.literal is not None  # a sequence side is its literal
            st.edit(side.literal, ToDict(side.keys))
        for member in side.members:
            if member.name_call is not None:
                st.edit(member.name_call, AddName(member.key))
                if side is st.inputs:
                    st.note("MKD002", member.name_call, f"Input named {member.key!r}")
                else:
                    if member.layer_class:
                        st.plan.renamed_classes.add(member.layer_class)
                    st.note(
                        "MKD003",
                        member.name_call,
                        f"output layer named {member.key!r}: its log keys become "
                        f"`{member.key}_loss`, `val_{member.key}_...`",
                    )
        if side.order_changes:
            assert side.literal is not None
            which = "inputs" if side is st.inputs else "outputs"
            label = st.plan.label
            layers = f"`{label}.layers`"
            if _summary_shown(st):
                layers += f" (so the table `{label}.summary()` prints)"
            st.note(
                "MKD004",
                side.literal,
                f"sorted key order {sorted(side.keys)} differs from list order "
                f"{list(side.keys)}: `{label}.{which}`, {layers} and weight files "
                "change order"
                + (
                    ", and the per-output losses are summed in sorted order, so results "
                    "can differ in the last float digits"
                    if side is st.outputs
                    else ""
                ),
            )
    for node, what in st.mixed:
        side = st.inputs if what.endswith("x") else st.outputs
        if list(side.keys) != sorted(side.keys):
            st.note("MKD006", node, _mixed_message(st, what, side))
    for node, message in st.mixed_notes:
        st.note("MKD006", node, message)
    parts = []
    if st.inputs.multi:
        parts.append(f"{len(st.inputs.members)} inputs")
    if st.outputs.multi:
        parts.append(f"{len(st.outputs.members)} outputs")
    st.plan.findings.insert(
        0,
        st.finding(
            "MKD001",
            st.call,
            f"model `{st.plan.label}` migrated to named dicts ({', '.join(parts)})",
        ),
    )


def analyse_remote(
    st: PlanState, source: ModelPlan, origin: str, calls: list[cst.Call], direct: list[cst.Name]
) -> None:
    """Plan this module's uses of a model built elsewhere, with the sides ``source`` decided."""
    assert source.inputs is not None and source.outputs is not None
    st.traced_inputs, st.traced_outputs = source.inputs, source.outputs
    st.ctor_changes = True
    uses: list[cst.Name] = list(direct)
    for call in calls:
        uses += follow.uses_of_result(st, call, depth=1, relabel=False)
    if classify_uses(st, uses):
        literals.check_consumed(st)
    guards.check_callbacks(st)
    guards.check_exception_sensitive(st, [*uses, *st.plan.edits])
    # The builder's file and this one together: metrics compiled in one, results read
    # by position in the other.
    st.compiled_metrics = st.compiled_metrics or source.compiled_metrics
    st.elsewhere_positional = source.positional_results
    readback.check_results(st)
    if st.plan.blockers:
        return
    for node, message in st.mixed_notes:
        st.note("MKD006", node, message)
    st.plan.findings.insert(
        0,
        st.finding(
            "MKD121",
            st.call,
            f"the model from `{source.exported_as}` ({origin}) is migrated together with its builder",
        ),
    )
