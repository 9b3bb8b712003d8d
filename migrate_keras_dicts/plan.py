"""Per-model decision: the edits that migrate one model, or the findings that say why not.

A model is the constructor call plus everything that reaches it: its variable, the
builder function that returns it, and every compile, data and consumer call on it.
The planner collects *blockers*; one blocker leaves the whole model untouched. The
independent checks (the names the rewrite adds, each use of the model, callbacks, results)
all run, so every blocker is reported at once, each at its own line; only a blocker that
makes the rest meaningless (sides the tool cannot read, a model it cannot follow) stops.
"""

from __future__ import annotations

import contextlib
from collections import Counter

import libcst as cst
from libcst.metadata import Assignment

from .autonames import renamed_layers
from .findings import Finding
from .meta import ModuleMeta
from .planning.arguments import ArgumentsMixin
from .planning.common import (
    COMPILE_POSITIONAL,
    Blocked,
    ModelPlan,
    Options,
    is_none,
)
from .planning.consumers import ConsumersMixin
from .planning.guards import GuardsMixin
from .planning.results import log_key_clash, result_layout
from .planning.structure import StructureMixin
from .planning.uses import UsesMixin
from .rewrite.edits import AddName, ReorderDict, ResultsByKey, ToDict
from .scan import ModuleFacts

__all__ = ["ModelPlan", "ModelPlanner", "Options", "RemotePlanner"]


# Methods that change a list or dict in place.
# Where Keras 3 takes `return_dict` by position (0-based; Keras 2 takes it later still).
_RETURN_DICT_AT = {"evaluate": 7, "train_on_batch": 4, "test_on_batch": 3}
_MUTATORS = frozenset(
    {"append", "extend", "insert", "remove", "pop", "clear", "reverse", "sort", "update"}
    | {"setdefault", "popitem"}
)


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


class ModelPlanner(StructureMixin, UsesMixin, ArgumentsMixin, ConsumersMixin, GuardsMixin):
    def __init__(
        self,
        meta: ModuleMeta,
        facts: ModuleFacts,
        call: cst.Call,
        options: Options,
        *,
        exports: bool = False,
    ) -> None:
        self.exports = exports  # cross-file pass: a public builder may have callers elsewhere
        self.meta = meta
        self.facts = facts
        self.call = call
        self.options = options
        self.plan = ModelPlan(call=call, label="model")
        self.consumed: Counter[Assignment] = Counter()
        self.consumed_what: dict[Assignment, str] = {}
        self.mixed: list[tuple[cst.CSTNode, str]] = []
        self.mixed_notes: list[tuple[cst.CSTNode, str]] = []
        self._ctor_changes = False
        self.compiles: list[cst.Call] = []
        self.compile_configs: list[cst.Call] = []
        self.compiled_metrics = False
        self.callback_args: list[cst.BaseExpression] = []  # ``callbacks=`` of data calls
        self.fit_calls: list[cst.Call] = []  # whose ``History`` is this model's
        # Uses of positional evaluate()/train_on_batch()/test_on_batch() results (the calls)
        # and of their names (``model.metrics_names``).
        self.positional_results: list[cst.Call | cst.Attribute] = []
        self.elsewhere_positional = False  # RemotePlanner: in the builder's file
        # ``return_dict=True`` results whose key order the program may see (printed, iterated)
        self.ordered_dict_results: list[cst.Call] = []
        # ``loss`` dicts not in output order: (dict, keys in output order), see _settle_reorders
        self.pending_reorders: list[tuple[cst.Dict, tuple[str, ...]]] = []

    # -- findings ----------------------------------------------------------
    def _finding(self, code: str, node: cst.CSTNode, message: str) -> Finding:
        line, column = self.meta.position(node)
        return Finding(code, message, line, column)

    def note(self, code: str, node: cst.CSTNode, message: str) -> None:
        self.plan.findings.append(self._finding(code, node, message))

    def block(self, code: str, node: cst.CSTNode, message: str) -> None:
        self.plan.blockers.append(self._finding(code, node, message))

    def stop(self, code: str, node: cst.CSTNode, message: str) -> Blocked:
        self.block(code, node, message)
        return Blocked()

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

    # -- entry point -----------------------------------------------------------
    def run(self) -> ModelPlan | None:
        """The plan, or None when the model needs no change."""
        with contextlib.suppress(Blocked):
            self._analyse()
        self._order_blockers()
        if not self.plan.edits and not self.plan.blockers:
            return None
        if self.plan.blockers and not self._would_change():
            return None
        return self.plan

    def _order_blockers(self) -> None:
        """Every blocker once, by line: what a person fixes, top to bottom."""
        unique = {(b.line, b.column, b.code, b.message): b for b in self.plan.blockers}
        self.plan.blockers[:] = [unique[key] for key in sorted(unique)]

    def _classify_uses(self, uses: list[cst.Name]) -> bool:
        """Each use on its own: one the tool cannot follow stops only that use's analysis,
        so every blocker of the model is reported at once. False when a use was stopped
        (what it would have consumed is then unknown)."""
        complete = True
        for use in uses:
            try:
                self._classify_use(use)
            except Blocked:
                complete = False
        return complete

    def _would_change(self) -> bool:
        return bool(self.plan.edits) or self._ctor_changes

    def _analyse(self) -> None:
        self._keras1_keywords()
        inputs_expr, outputs_expr = self._ctor_arguments()
        self.inputs = self._side(inputs_expr, is_input=True)
        self.outputs = self._side(outputs_expr, is_input=False)
        for which, expr, other in (
            ("inputs", inputs_expr, self.outputs),
            ("outputs", outputs_expr, self.inputs),
        ):
            grown = self._grown_list(expr, dicts=other is not None and other.multi)
            if grown is not None:
                self._ctor_changes = True
                self.block(
                    "MKD105",
                    grown,
                    f"`{which}={self.code(expr)}` is changed after it is written "
                    f"(`{self.code(grown)}`, line {self.meta.position(grown)[0]}); the tool "
                    f"cannot see which tensors it holds; write `{which}` as one list or dict "
                    "literal of named tensors",
                )
        if self.plan.blockers:
            raise Blocked()
        if self.inputs is None or self.outputs is None:
            sides = (
                ("inputs", inputs_expr, self.inputs, self.outputs),
                ("outputs", outputs_expr, self.outputs, self.inputs),
            )
            for which, expr, side, other in sides:
                if side is not None or expr is None:
                    continue
                if (other is not None and other.multi) or self._may_be_list(expr):
                    self._ctor_changes = True
                    self.block(
                        "MKD105",
                        expr,
                        f"`{which}={self.code(expr)}` may be a list the tool cannot see into; "
                        f"write `{which}` as a list or dict literal of named tensors",
                    )
            return
        self.plan.inputs, self.plan.outputs = self.inputs, self.outputs
        if not self.inputs.multi and not self.outputs.multi:
            return
        self._ctor_changes |= any(
            m.name_call is not None for m in self.inputs.members + self.outputs.members
        )
        with contextlib.suppress(Blocked):  # names and uses are independent checks
            self._name_members()
        uses = self._model_uses()
        if self._classify_uses(uses):
            self._check_consumed()
        self._check_callbacks()
        self._check_exception_sensitive(self._structural_nodes(uses))
        if self.facts.runs_strings and (self.outputs.becomes_dict or self.inputs.becomes_dict):
            self._unsafe_or_block(
                "MKD106",
                self.facts.runs_strings[0],
                f"`{self.code(self.facts.runs_strings[0].func)}(...)` runs code from a string, "
                "which may use the model with lists the tool cannot see; migrate it by hand",
            )
        self._check_results()
        if self.plan.blockers:
            return
        self._settle_reorders()
        self._summarise()

    def _settle_reorders(self) -> None:
        """A ``loss`` dict out of output order is put in output order only where the program
        reads the order of the per-output losses: list outputs logged them in output order,
        dict outputs log them in loss-dict order (Keras 3.6+, KERAS_RULES §3e). The finding
        names the reader; with none, the dict is left as the author wrote it."""
        if not self.pending_reorders:
            return
        reader = self._order_reader()
        if reader is None:
            return
        for expr, in_order in self.pending_reorders:
            self._edit(expr, ReorderDict(in_order))
            self.note(
                "MKD011",
                expr,
                f"`loss` put in output order {list(in_order)}: {reader} reads the per-output "
                "losses in order, which follows the `loss` dict once outputs are a dict",
            )

    def _order_reader(self) -> str | None:
        """What reads the order of the logged losses, described; None when nothing does."""
        if self.exports or self.elsewhere_positional or isinstance(self, RemotePlanner):
            return "code in other files"
        for use in self.positional_results:
            if not isinstance(self.plan.edits.get(use), ResultsByKey):
                line = self.meta.position(use)[0]
                return f"`{self.code(use)}` (line {line})"
        if self.ordered_dict_results:
            use = self.ordered_dict_results[0]
            return f"`{self.code(use)}` (line {self.meta.position(use)[0]})"
        for arg in self.callback_args:
            if not self._order_blind_callbacks(arg):
                return f"the callbacks `{self.code(arg)}` (line {self.meta.position(arg)[0]})"
        return None

    def _order_blind_callbacks(self, arg: cst.BaseExpression) -> bool:
        """``callbacks=[EarlyStopping(...), stop]``: Keras callbacks that read the logs by
        key or sorted (CSVLogger), never in their order."""
        if isinstance(arg, cst.Name):
            binding = self.meta.binding_of(arg)
            arg = binding.value if binding is not None else arg
        if not isinstance(arg, cst.List | cst.Tuple):
            return False
        for element in arg.elements:
            value = element.value
            if isinstance(value, cst.Name):
                binding = self.meta.binding_of(value)
                value = binding.value if binding is not None else value
            if not isinstance(value, cst.Call):
                return False
            names = self.meta.keras_names(value.func)
            if not any(n.rpartition(".")[2] in _ORDER_BLIND_CALLBACKS for n in names):
                return False
        return True

    def _may_be_list(self, expr: cst.BaseExpression) -> bool:
        """``_maybe_list``, and lists joined by ``+`` (``[base.output] + heads``)."""
        if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
            return any(
                isinstance(part, cst.List | cst.Tuple | cst.ListComp) or self._may_be_list(part)
                for part in (expr.left, expr.right)
            )
        return self._maybe_list(expr)

    def _grown_list(self, expr: cst.BaseExpression | None, *, dicts: bool) -> cst.CSTNode | None:
        """The first use that changes the list (or, with ``dicts``, the dict) a side's
        variable is bound to (``inputs.append(x)`` in a loop, ``outputs[0] = ...``,
        ``heads.update(...)``): the model gets what the program put in, not the literal the
        tool sees. A dict filled so is already keyed by name: it matters only when the
        other side is migrated beside it."""
        if not isinstance(expr, cst.Name):
            return None
        binding = self.meta.binding_of(expr)
        kinds = cst.List | cst.Dict if dicts else cst.List
        if binding is None or not isinstance(binding.value, kinds):
            return None
        for use in self.meta.uses_of(binding.assignment) or []:
            parent = self.meta.parent(use)
            if isinstance(parent, cst.Attribute) and parent.value is use:
                grand = self.meta.parent(parent)
                if isinstance(grand, cst.Call) and parent.attr.value in _MUTATORS:
                    return grand
            elif isinstance(parent, cst.Subscript) and parent.value is use:
                holder = self.meta.parent(parent)
                if isinstance(holder, cst.AssignTarget | cst.Del) or (
                    isinstance(holder, cst.AugAssign) and holder.target is parent
                ):
                    return holder
        return None

    def _keras1_keywords(self) -> None:
        """``Model(input=[a, b], output=[c, d])``: Keras 1's keywords, which Keras 3 and
        tf.keras reject. A multi-IO model so spelt is refused with what to rename (MKD130)."""
        old = {
            arg.keyword.value: arg
            for arg in self.call.args
            if arg.keyword is not None and arg.keyword.value in ("input", "output")
        }
        if not old:
            return
        sides = [arg.value for arg in self.call.args if arg.keyword is None]
        sides += [
            arg.value
            for arg in self.call.args
            if arg.keyword is not None and arg.keyword.value in ("inputs", "outputs", *old)
        ]
        if not any(self._literal_several(side) for side in sides):
            return  # a single-input single-output model: nothing the tool would change
        self._ctor_changes = True
        first = min(old.values(), key=lambda arg: self.meta.position(arg))
        spelt = " and ".join(f"`{k}=`" for k in sorted(old))
        renamed = " and ".join(f"`{k}s=`" for k in sorted(old))
        raise self.stop(
            "MKD130",
            first,
            f"the model is built with the Keras 1 keyword{'s' if len(old) > 1 else ''} "
            f"{spelt}, which Keras 3 and tf.keras reject (ValueError, TypeError); rename "
            f"{'them' if len(old) > 1 else 'it'} to {renamed} by hand, then rerun",
        )

    def _literal_several(self, expr: cst.BaseExpression) -> bool:
        """A list, tuple or dict literal of two or more, or a name bound once to one."""
        if isinstance(expr, cst.Name):
            binding = self.meta.binding_of(expr)
            expr = binding.value if binding is not None else expr
        return isinstance(expr, cst.List | cst.Tuple | cst.Dict) and len(expr.elements) >= 2

    def _structural_nodes(self, uses: list[cst.Name]) -> list[cst.CSTNode]:
        """The constructor, every use of the model and everything the rewrite would edit."""
        names = [m.name_call for m in self.inputs.members + self.outputs.members if m.name_call]
        return [self.call, *uses, *self.plan.edits, *names]

    def _check_results(self) -> None:
        """Results and compile configs read by position; what the cross-file pass needs."""
        self._keep_positional_results()
        self._keep_compile_config()
        self.plan.compiled_metrics = self.compiled_metrics
        self.plan.positional_results = bool(self.positional_results)

    def _keep_positional_results(self) -> None:
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
        if self.ordered_dict_results and self.outputs.becomes_dict and self.outputs.order_changes:
            use = self.ordered_dict_results[0]
            self._unsafe_or_block(
                "MKD118",
                use,
                f"the keys of `{self.code(use.func)}(..., return_dict=True)` are read in order "
                f"(printed or iterated): with dict outputs Keras 2 lists them in sorted-key order "
                f"{sorted(self.outputs.keys)}, not {list(self.outputs.keys)}; read the values "
                "by key (or sort them), then rerun",
            )
        whole = self._history_in_order() if self.outputs.order_changes else None
        if whole is not None:
            # Keras 3 logs history keys sorted whatever the outputs; Keras 2 in output order
            # for list outputs and in sorted-key order for dict outputs (measured).
            self._unsafe_or_block(
                "MKD118",
                whole,
                f"`{self.code(whole)}` reads the training history's keys in order: with dict "
                f"outputs Keras 2 logs them in sorted-key order {sorted(self.outputs.keys)}, "
                f"not {list(self.outputs.keys)} (Keras 3 sorts them either way); read them by "
                "key (or sort them), or name the outputs so that they sort in list order, "
                "then rerun",
            )
        for plot in self._plotted_histories() if self.outputs.order_changes else []:
            self.note(
                "MKD012",
                plot,
                f"on Keras 2 the history's columns come in sorted-key order "
                f"{sorted(self.outputs.keys)}, not {list(self.outputs.keys)}, once the outputs "
                "are a dict: this plot draws the same values with other line colours",
            )
        if not (self.positional_results or self.elsewhere_positional):
            return
        if not self.outputs.becomes_dict:
            return
        renames_metrics = self.compiled_metrics and any(
            m.name_call is not None for m in self.outputs.members
        )
        if not (self.outputs.order_changes or renames_metrics):
            return
        why_not = self._read_results_by_key()
        if why_not is None:
            return
        use = self.positional_results[0] if self.positional_results else self.call
        if not self.positional_results:
            what = f"the results of `{self.plan.label}` are used by position in its builder's file"
        elif isinstance(use, cst.Attribute):
            what = f"`{self.code(use)}` names the positional results"
        else:
            what = f"the result of `{self.code(use.func)}(...)` is used by position"
        if self.outputs.order_changes:
            self._unsafe_or_block(
                "MKD118",
                use,
                f"{what}: with dict outputs Keras 3.5/3.6 (and every Keras, for a single "
                f"`loss`) list the per-output losses in sorted-key order "
                f"{sorted(self.outputs.keys)}, not {list(self.outputs.keys)}, and the tool "
                f"cannot read them by key here ({why_not}); pass `return_dict=True` and read "
                "the values by key, then rerun",
            )
        else:
            self._unsafe_or_block(
                "MKD118",
                use,
                f"{what}, and naming the output layers re-sorts the compiled metrics in it "
                f"(Keras 3 sorts them by log key), and the tool cannot read them by key here "
                f"({why_not}); name the output layers by hand, or pass `return_dict=True` and "
                "read the values by key, then rerun",
            )

    def _read_results_by_key(self) -> str | None:
        """Rewrite every positional read of the results as a read by key (see
        planning/results.py); None when done, else why the tool cannot."""
        if self.elsewhere_positional:
            return "the model is used in other files"
        if isinstance(self, RemotePlanner):
            return "the model is built in another file"
        if len(self.compiles) != 1:
            return "the tool does not see one `compile()` of the model"
        if any(isinstance(use, cst.Attribute) for use in self.positional_results):
            return "`metrics_names` names the positional results"
        if any(w in self.meta.module.code for w in ("add_loss", "add_metric")):
            return "the file adds losses or metrics of its own, which Keras logs too"
        if self._defines_layer_class():
            # A metric a layer owns (``self.seen = keras.metrics.Sum()``) is logged too
            # (measured on tf_keras): the original list holds one value more.
            return "the file defines a layer or model class, whose own metrics Keras logs too"
        bound = self._bind(self.compiles[0], COMPILE_POSITIONAL)
        if "weighted_metrics" in bound and not is_none(bound["weighted_metrics"]):
            return "`weighted_metrics` log keys of their own"
        loss = bound.get("loss")
        resolved = self._resolved_literal(loss)
        if loss is not None and not isinstance(resolved, cst.List | cst.Tuple | cst.Dict):
            single = (
                self._is_single_value(loss)
                if isinstance(loss, cst.Name)
                else self._is_single_expression(loss)
            )
            if not single:
                return "the tool cannot see whether `loss` is one loss or several"
            resolved = loss
        layout = result_layout(
            resolved, self._resolved_literal(bound.get("metrics")), self.outputs.keys
        )
        if isinstance(layout, str):
            return layout
        if layout.has_metrics and not layout.keras3_rejects:
            old = self._original_output_names()
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
        keys = tuple(slot.key(self.outputs.keys) for slot in layout.slots)
        clash = log_key_clash(layout, self._original_output_names() or self.outputs.keys, keys)
        if clash is not None:
            return clash
        edits: list[tuple[cst.Call, ResultsByKey]] = []
        for use in self.positional_results:
            assert isinstance(use, cst.Call)
            edit = self._keyed_read(use, keys, layout.keras3_rejects)
            if isinstance(edit, str):
                return edit
            edits.append((use, edit))
        for call, edit in edits:
            self._edit(call, edit)
        return None

    def _defines_layer_class(self) -> bool:
        """A class of this file derives from a ``...Layer`` or ``...Model`` class."""
        for node in self.meta.nodes():
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
                if last.endswith(("Layer", "Model")) and self._may_be_in_this_model(node):
                    return True
        return False

    def _may_be_in_this_model(self, definition: cst.ClassDef) -> bool:
        """A class first used after this model was built, in module code that runs once, is
        no part of it (a subclassed model defined in a later section of the script)."""
        scope = self.meta.scope(definition)
        if not isinstance(self._frame(self.call), cst.Module) or scope is None:
            return True
        built = self.meta.position(self.call)
        uses = [
            access.node
            for assignment in scope.assignments[definition.name.value]
            for access in self.meta.references(assignment)
        ]
        if any(self.meta.position(use) <= built for use in uses):
            return True
        # never named after its ``class`` statement: used where the tool cannot see
        return not uses and self.meta.position(definition) <= built

    def _keyed_read(self, call: cst.Call, keys: tuple[str, ...], keras3_rejects: bool):
        """The edit that reads ``call``'s results by key, or why there is none."""
        if any(arg.keyword is not None and arg.keyword.value == "return_dict" for arg in call.args):
            return "the call passes `return_dict` already"
        method = call.func.attr.value if isinstance(call.func, cst.Attribute) else ""
        positional = [arg for arg in call.args if arg.keyword is None]
        if any(arg.star for arg in call.args) or len(positional) > _RETURN_DICT_AT.get(method, 0):
            # Keras 3 takes `return_dict` at this position (Keras 2 later): the call may pass it
            # (or, on Keras 2, `reset_metrics`) already, and a keyword beside it would clash.
            return "the call passes arguments by position up to where `return_dict` may be"
        if self._operator_is_shadowed(call):
            return "`operator` is another name in this file"
        holder = self.meta.parent(call)
        if isinstance(holder, cst.Assign) and len(holder.targets) == 1:
            target = holder.targets[0].target
            if isinstance(target, cst.Tuple | cst.List):
                if any(isinstance(e, cst.StarredElement) for e in target.elements):
                    return "the results are unpacked with `*`"
                if len(target.elements) != len(keys):
                    return (
                        f"{len(target.elements)} results are unpacked where Keras gives {len(keys)}"
                    )
                return ResultsByKey(keys)
        if keras3_rejects:
            # Only Keras 2 runs this compile; it logs every key in the list.
            return ResultsByKey(keys, as_list=True)
        return (
            "the whole list is used, and Keras 3.4 lists no per-output losses in it, so a read "
            "by key would fail there"
        )

    def _original_output_names(self) -> tuple[str, ...] | None:
        """Each output layer's name in the original program (automatic names included)."""
        added = {id(m.name_call): m.key for m in self.outputs.members if m.name_call is not None}
        if not added:
            return self.outputs.keys
        calls: dict[str, cst.Call] = {}
        if renamed_layers(self.meta, added, calls=calls) is None:
            return None
        old_by_call = {id(call): old for old, call in calls.items()}
        return tuple(
            old_by_call.get(id(m.name_call), m.key) if m.name_call is not None else m.key
            for m in self.outputs.members
        )

    def _keep_compile_config(self) -> None:
        """``get_compile_config()`` returns the compile arguments as written: a rewritten
        ``loss``/``metrics`` list comes back as a dict."""
        if not self.compile_configs:
            return
        rewritten = [
            call
            for call in self.compiles
            if any(self._within(node, call) for node in self.plan.edits)
        ]
        sees_every_compile = self.plan.export is None and not isinstance(self, RemotePlanner)
        if rewritten or not (self.compiles or sees_every_compile):
            self._unsafe_or_block(
                "MKD112",
                self.compile_configs[0],
                f"`{self.code(self.compile_configs[0])}` returns the compile arguments, which "
                "the rewrite turns from lists into dicts"
                if rewritten
                else f"`{self.code(self.compile_configs[0])}` returns compile arguments the "
                "tool cannot see",
            )

    def _within(self, node: cst.CSTNode, ancestor: cst.CSTNode) -> bool:
        current: cst.CSTNode | None = node
        while current is not None:
            if current is ancestor:
                return True
            current = self.meta.parent(current)
        return False

    def _mixed_message(self, what: str, side) -> str:
        """What the old list did on the dict model, per KERAS_RULES B4, B8, A4, M6, SW4."""
        written = f"now keyed in the order written {list(side.keys)}"
        if side is self.inputs:
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
    def _summarise(self) -> None:
        for side in (self.inputs, self.outputs):
            if side.becomes_dict:
                self._edit(side.literal, ToDict(side.keys))
            for member in side.members:
                if member.name_call is not None:
                    self._edit(member.name_call, AddName(member.key))
                    if side is self.inputs:
                        self.note("MKD002", member.name_call, f"Input named {member.key!r}")
                    else:
                        if member.layer_class:
                            self.plan.renamed_classes.add(member.layer_class)
                        self.note(
                            "MKD003",
                            member.name_call,
                            f"output layer named {member.key!r}: its log keys become "
                            f"`{member.key}_loss`, `val_{member.key}_...`",
                        )
            if side.order_changes:
                which = "inputs" if side is self.inputs else "outputs"
                self.note(
                    "MKD004",
                    side.literal,
                    f"sorted key order {sorted(side.keys)} differs from list order "
                    f"{list(side.keys)}: `{self.plan.label}.{which}`, `{self.plan.label}.layers` and weight files "
                    "change order"
                    + (
                        ", and the per-output losses are summed in sorted order, so results "
                        "can differ in the last float digits"
                        if side is self.outputs
                        else ""
                    ),
                )
        for node, what in self.mixed:
            side = self.inputs if what.endswith("x") else self.outputs
            if list(side.keys) != sorted(side.keys):
                self.note("MKD006", node, self._mixed_message(what, side))
        for node, message in self.mixed_notes:
            self.note("MKD006", node, message)
        parts = []
        if self.inputs.multi:
            parts.append(f"{len(self.inputs.members)} inputs")
        if self.outputs.multi:
            parts.append(f"{len(self.outputs.members)} outputs")
        self.plan.findings.insert(
            0,
            self._finding(
                "MKD001",
                self.call,
                f"model `{self.plan.label}` migrated to named dicts ({', '.join(parts)})",
            ),
        )


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
        self.calls = calls
        self.direct_uses = uses or []
        self.source = source
        self.origin = origin
        self.plan.label = source.label

    def _analyse(self) -> None:
        assert self.source.inputs is not None and self.source.outputs is not None
        self.inputs, self.outputs = self.source.inputs, self.source.outputs
        self._ctor_changes = True
        uses: list[cst.Name] = list(self.direct_uses)
        for call in self.calls:
            uses += self._uses_of_result(call, depth=1, relabel=False)
        if self._classify_uses(uses):
            self._check_consumed()
        self._check_callbacks()
        self._check_exception_sensitive([*uses, *self.plan.edits])
        # The builder's file and this one together: metrics compiled in one, results read
        # by position in the other.
        self.compiled_metrics = self.compiled_metrics or self.source.compiled_metrics
        self.elsewhere_positional = self.source.positional_results
        self._check_results()
        if self.plan.blockers:
            return
        for node, message in self.mixed_notes:
            self.note("MKD006", node, message)
        self.plan.findings.insert(
            0,
            self._finding(
                "MKD121",
                self.call,
                f"the model from `{self.source.label}` ({self.origin}) is migrated together "
                "with its builder",
            ),
        )
