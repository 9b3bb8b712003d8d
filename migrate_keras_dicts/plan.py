"""Per-model decision: the edits that migrate one model, or the findings that say why not.

A model is the constructor call plus everything that reaches it: its variable, the
builder function that returns it, and every compile, data and consumer call on it.
The planner collects *blockers*; one blocker leaves the whole model untouched.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections import Counter
from dataclasses import dataclass, field

import libcst as cst
from libcst.metadata import Assignment, ImportAssignment

from . import keras_api
from .findings import Finding
from .meta import ModuleMeta
from .rewrite.edits import AddName, Broadcast, Edit, IndexToKey, ReorderDict, ToDict, UnpackByKey
from .scan import ModuleFacts, literal_int, literal_string

DATA_SIGNATURES: dict[str, tuple[str, ...]] = {
    "fit": (
        "x",
        "y",
        "batch_size",
        "epochs",
        "verbose",
        "callbacks",
        "validation_split",
        "validation_data",
        "shuffle",
        "class_weight",
        "sample_weight",
    ),
    "evaluate": ("x", "y", "batch_size", "verbose", "sample_weight", "steps", "callbacks"),
    "predict": ("x", "batch_size", "verbose", "steps", "callbacks"),
    "train_on_batch": ("x", "y", "sample_weight", "class_weight", "return_dict"),
    "test_on_batch": ("x", "y", "sample_weight", "return_dict"),
    "predict_on_batch": ("x",),
    "__call__": ("x", "training", "mask"),
}
RETURNS_OUTPUTS = frozenset({"predict", "predict_on_batch", "__call__"})
# tf.data methods that keep each element's structure: the (x, y) of the source stays.
STRUCTURE_KEEPING_DATASET_METHODS = frozenset(
    {
        "batch",
        "shuffle",
        "prefetch",
        "repeat",
        "cache",
        "take",
        "skip",
        "shard",
        "unbatch",
        "rebatch",
        "padded_batch",
        "with_options",
        "apply_options",
    }
)
# Methods whose list result holds per-output losses in an order the rewrite can change.
POSITIONAL_RESULTS = frozenset({"evaluate", "train_on_batch", "test_on_batch"})
# compile's first two parameters are the same in Keras 2 and 3; the third is not.
COMPILE_POSITIONAL = ("optimizer", "loss")
PER_OUTPUT_ARGS = ("loss", "loss_weights")
METRIC_ARGS = ("metrics", "weighted_metrics")

HARMLESS_METHODS = frozenset(
    {
        "summary",
        "save",
        "save_weights",
        "export",
        "count_params",
        "to_json",
        "to_yaml",
        "get_config",
        "get_layer",
        "reset_metrics",
        "reset_states",
        "get_compile_config",
        "get_build_config",
        "make_predict_function",
        "make_train_function",
        "make_test_function",
        "quantize",
    }
)
HARMLESS_ATTRS = frozenset(
    {
        "name",
        "trainable",
        "optimizer",
        "stop_training",
        "history",
        "built",
        "metrics_names",
        "dtype",
        "dtype_policy",
        "compiled",
        "run_eagerly",
        "jit_compile",
        "distribute_strategy",
    }
)
ORDER_ATTRS = frozenset(
    {
        "layers",
        "weights",
        "trainable_weights",
        "non_trainable_weights",
        "variables",
        "trainable_variables",
        "non_trainable_variables",
    }
)
ORDER_METHODS = frozenset({"get_weights", "set_weights", "load_weights"})
STRUCTURE_ATTRS = {
    "output": ("outputs", False),
    "output_shape": ("outputs", False),
    "outputs": ("outputs", True),
    "output_names": ("outputs", True),
    "input": ("inputs", False),
    "input_shape": ("inputs", False),
    "input_spec": ("inputs", False),
    "inputs": ("inputs", True),
    "input_names": ("inputs", True),
}


class Blocked(Exception):
    """Raised when a blocker makes further analysis of the model meaningless."""


@dataclass
class Member:
    """One input or output: its key, and the call that needs ``name=`` (if any)."""

    key: str
    node: cst.CSTNode  # where findings about it point
    identity: cst.CSTNode  # the Input call or layer constructor: shared-ness is checked on it
    name_call: cst.Call | None = None
    layer_class: str | None = None


@dataclass
class Side:
    kind: str  # "single", "sequence", "dict"
    literal: cst.List | cst.Tuple | cst.Dict | None = None
    members: list[Member] = field(default_factory=list)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(m.key for m in self.members)

    @property
    def multi(self) -> bool:
        return self.kind in ("sequence", "dict") and len(self.members) >= 2

    @property
    def becomes_dict(self) -> bool:
        return self.kind == "sequence" and self.multi

    @property
    def order_changes(self) -> bool:
        return self.becomes_dict and list(self.keys) != sorted(self.keys)


@dataclass
class ModelPlan:
    call: cst.Call
    label: str
    edits: dict[cst.CSTNode, Edit] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    blockers: list[Finding] = field(default_factory=list)
    identities: set[int] = field(default_factory=set)
    renamed_classes: set[str] = field(default_factory=set)
    # Cross-file: the public builder function that hands this model to other modules, and
    # the model's sides, which the planners of those modules need.
    export: str | None = None
    only_called_elsewhere: bool = False  # the builder has no caller in its own file
    export_kind: str = "call"  # "call": build_model(); "value": a module-level model;
    export_member: str | None = None  # "method": Factory().build() / Factory.build()
    inputs: Side | None = None
    outputs: Side | None = None

    @property
    def refused(self) -> bool:
        return bool(self.blockers)


@dataclass(frozen=True)
class Options:
    unsafe: bool = False


class ModelPlanner:
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
        self.single_losses: list[cst.BaseExpression] = []
        self.saved: list[cst.Call] = []
        self.compiled_metrics = False
        self.positional_results: list[cst.Call] = []

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
        if not self.plan.edits and not self.plan.blockers:
            return None
        if self.plan.blockers and not self._would_change():
            return None
        return self.plan

    def _would_change(self) -> bool:
        return bool(self.plan.edits) or self._ctor_changes

    def _analyse(self) -> None:
        inputs_expr, outputs_expr = self._ctor_arguments()
        self.inputs = self._side(inputs_expr, is_input=True)
        self.outputs = self._side(outputs_expr, is_input=False)
        if self.inputs is None or self.outputs is None:
            other = self.outputs if self.inputs is None else self.inputs
            which = "inputs" if self.inputs is None else "outputs"
            expr = inputs_expr if self.inputs is None else outputs_expr
            if expr is not None and ((other is not None and other.multi) or self._maybe_list(expr)):
                self._ctor_changes = True
                raise self.stop(
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
        self._name_members()
        uses = self._model_uses()
        for use in uses:
            self._classify_use(use)
        self._check_consumed()
        if self.outputs.becomes_dict or self.inputs.becomes_dict:
            for callback in self.facts.callbacks_using_model:
                self._unsafe_or_block(
                    "MKD106",
                    callback.name,
                    f"callback `{callback.name.value}` uses `self.model`, which the tool cannot "
                    "follow to a model",
                )
        self._keep_positional_loss_order()
        if self.plan.blockers:
            return
        self._summarise()

    def _keep_positional_loss_order(self) -> None:
        """A single loss on dict outputs reports per-output losses in sorted-key order.

        Measured (Keras 3.15): ``evaluate()`` on list outputs gives ``[loss, zeta, alpha]``;
        on dict outputs with ``loss="mse"`` it gives ``[loss, alpha, zeta]``. Where such a
        result is used positionally, spell the loss out per output, in output order.
        """
        if (
            self.positional_results
            and self.compiled_metrics
            and any(m.name_call is not None for m in self.outputs.members)
        ):
            self.block(
                "MKD118",
                self.positional_results[0],
                f"the result of `{self.code(self.positional_results[0].func)}(...)` is used by "
                "position, and naming the output layers re-sorts the compiled metrics in it; "
                "name the output layers by hand or use `return_dict=True`",
            )
        if not (self.outputs.order_changes and self.single_losses and self.positional_results):
            return
        for expr in self.single_losses:
            if isinstance(expr, cst.SimpleString | cst.ConcatenatedString | cst.Name):
                self._edit(expr, Broadcast(self.outputs.keys))
            else:
                self.block(
                    "MKD118",
                    self.positional_results[0],
                    f"the result of `{self.code(self.positional_results[0].func)}(...)` is used by "
                    f"position and `loss={self.code(expr)}` would report outputs in sorted order",
                )

    # -- the constructor ---------------------------------------------------------
    def _ctor_arguments(self) -> tuple[cst.BaseExpression | None, cst.BaseExpression | None]:
        bound = self._bind(self.call, ("inputs", "outputs"), keyword_only_from=2)
        return bound.get("inputs"), bound.get("outputs")

    def _side(self, expr: cst.BaseExpression | None, *, is_input: bool) -> Side | None:
        if expr is None:
            return None
        if isinstance(expr, cst.List | cst.Tuple):
            return self._sequence_side(expr, is_input)
        if isinstance(expr, cst.Dict):
            return self._dict_side(expr, is_input)
        if isinstance(expr, cst.Name):
            binding = self.meta.binding_of(expr)
            if binding is not None and isinstance(binding.value, cst.List | cst.Tuple | cst.Dict):
                self._consume(binding.assignment, expr.value, "MKD105")
                return self._side(binding.value, is_input=is_input)
            if self._is_single_tensor(expr, is_input):
                return Side("single")
            return None
        if isinstance(expr, cst.Call) and self._is_tensor_call(expr, is_input):
            return Side("single")
        return None

    def _maybe_list(self, expr: cst.BaseExpression) -> bool:
        """A variable bound to a function result or a comprehension: possibly several tensors.

        ``base.output`` and chains of layer calls are taken as one tensor without a finding,
        so that ordinary single-output models stay quiet.
        """
        if isinstance(expr, cst.ListComp | cst.GeneratorExp):
            return True
        if not isinstance(expr, cst.Name):
            return False
        binding = self.meta.binding_of(expr)
        return binding is not None and isinstance(
            binding.value, cst.Call | cst.ListComp | cst.BinaryOperation
        )

    def _is_single_tensor(self, name: cst.Name, is_input: bool) -> bool:
        """A name every assignment of which is an Input or a layer application."""
        referents = self.meta.referents(name)
        if not referents:
            return False
        for assignment in referents:
            binding = self.meta.binding_from_assignment(assignment)
            value = binding.value if binding else _assigned_value(self.meta, assignment)
            if value is None or not (
                isinstance(value, cst.Call) and self._is_tensor_call(value, is_input)
            ):
                return False
        return True

    def _is_tensor_call(self, call: cst.Call, is_input: bool) -> bool:
        """An Input call, or (outputs) a layer application, merge function or op: one tensor."""
        names = self.meta.keras_names(call.func)
        if keras_api.is_input(names):
            return True
        if is_input:
            return False
        if keras_api.merge_function(names) or any(n.startswith("keras.ops.") for n in names):
            return True
        ctor = call.func
        if isinstance(ctor, cst.Name):
            binding = self.meta.binding_of(ctor)
            ctor = binding.value if binding is not None else None
        return isinstance(ctor, cst.Call) and _is_class_call(self.meta, ctor)

    def _sequence_side(self, node: cst.List | cst.Tuple, is_input: bool) -> Side:
        if len(node.elements) >= 2:
            self._ctor_changes = True
        self._no_starred(node)
        if len(node.elements) < 2:
            return Side("single", node)
        self._ctor_changes = True
        trace = self._input_member if is_input else self._output_member
        members = [trace(element.value) for element in node.elements]
        return Side("sequence", node, members)

    def _dict_side(self, node: cst.Dict, is_input: bool) -> Side:
        trace = self._input_member if is_input else self._output_member
        members = []
        for element in node.elements:
            key = literal_string(element.key) if isinstance(element, cst.DictElement) else None
            if key is None:
                raise self.stop(
                    "MKD110", element, "dict keys of the model structure must be string literals"
                )
            members.append(trace(element.value, key=key))
        if len(members) < 2:
            return Side("single", node, members)
        return Side("dict", node, members)

    def _bound_value(
        self, expr: cst.BaseExpression, code: str, expected: str
    ) -> tuple[str | None, cst.BaseExpression]:
        """``(variable, value)`` for a name bound once, ``(None, expr)`` for anything else."""
        if not isinstance(expr, cst.Name):
            return None, expr
        binding = self.meta.binding_of(expr)
        if binding is None:
            raise self._untraceable(expr, code, expected)
        return expr.value, binding.value

    def _input_member(self, expr: cst.BaseExpression, key: str | None = None) -> Member:
        variable, call = self._bound_value(expr, "MKD101", "an `Input(...)`")
        if not (
            isinstance(call, cst.Call) and keras_api.is_input(self.meta.keras_names(call.func))
        ):
            raise self.stop(
                "MKD101", expr, f"input `{self.code(expr)}` is not bound to `keras.Input(...)`"
            )
        positional = [a for a in call.args if a.keyword is None and not a.star]
        if len(positional) >= 3:
            raise self.stop(
                "MKD114",
                positional[2],
                f"positional argument 3 of `{self.code(call.func)}` means different things in "
                "Keras 2 (name) and 3 (dtype); pass it by keyword",
            )
        return self._member(expr, call, call, variable, key, layer_class=None)

    def _output_member(self, expr: cst.BaseExpression, key: str | None = None) -> Member:
        variable, value = self._bound_value(expr, "MKD102", "a layer call")
        what = f"output `{self.code(expr)}`"
        if not isinstance(value, cst.Call):
            raise self.stop(
                "MKD102", expr, f"{what} is not produced by a layer call (`{self.code(value)}`)"
            )
        func = value.func
        names = self.meta.keras_names(func)
        if merge := keras_api.merge_function(names):
            return self._member(expr, value, value, variable, key, layer_class=merge)
        ctor: cst.Call | None = None
        if isinstance(func, cst.Call):
            ctor = func
        elif isinstance(func, cst.Name):
            ctor = self._layer_object(func)
        if ctor is None:
            raise self.stop("MKD102", expr, self._why_no_layer(what, func))
        layer_class = keras_api.layer_class(self.meta.keras_names(ctor.func))
        return self._member(expr, ctor, ctor, variable, key, layer_class=layer_class or "")

    def _why_no_layer(self, what: str, func: cst.BaseExpression) -> str:
        if keras_api.is_input(self.meta.keras_names(func)):
            return f"{what} is an Input passed straight through; it has no layer to name"
        if isinstance(func, cst.Name):
            binding = self.meta.binding_of(func)
            uses = self.meta.uses_of(binding.assignment) if binding else None
            if binding is not None and isinstance(binding.value, cst.Call) and uses:
                return (
                    f"{what} comes from layer `{func.value}`, which is called {len(uses)} times; "
                    "a shared layer cannot get a name per output"
                )
        return (
            f"{what} comes from `{self.code(func)}(...)`, which is not a Keras layer call the "
            "tool can name; wrap it in a named layer by hand"
        )

    def _layer_object(self, name: cst.Name) -> cst.Call | None:
        """``layer = Dense(1)`` used exactly once: its constructor call."""
        binding = self.meta.binding_of(name)
        if binding is None or not isinstance(binding.value, cst.Call):
            return None
        uses = self.meta.uses_of(binding.assignment)
        if uses is None or len(uses) != 1:
            return None
        return binding.value

    def _untraceable(self, name: cst.Name, code: str, expected: str) -> Blocked:
        referents = self.meta.referents(name)
        if len(referents) > 1:
            return self.stop(
                "MKD113",
                name,
                f"`{name.value}` is assigned more than once; cannot tell which "
                "value reaches the model",
            )
        if len(referents) == 1 and type(next(iter(referents))) is Assignment:
            return self.stop(
                "MKD113",
                name,
                f"`{name.value}` is assigned by unpacking or in a loop; write "
                f"`{name.value} = ...` on its own line",
            )
        return self.stop(code, name, f"`{name.value}` is not bound once to {expected}")

    def _member(
        self,
        expr: cst.BaseExpression,
        name_holder: cst.Call,
        identity: cst.Call,
        variable: str | None,
        key: str | None,
        layer_class: str | None,
    ) -> Member:
        for arg in name_holder.args:
            if arg.star:
                raise self.stop(
                    "MKD114",
                    arg,
                    f"`{self.code(name_holder)}` uses `{arg.star}` arguments; the tool cannot "
                    "tell whether they set `name=`",
                )
        explicit = _keyword(name_holder, "name")
        index = keras_api.POSITIONAL_NAME_INDEX.get(layer_class or "")
        positional = [a for a in name_holder.args if a.keyword is None]
        if explicit is None and index is not None and len(positional) > index:
            explicit = positional[index]
        if explicit is not None:
            name = literal_string(explicit.value)
            if name is None:
                raise self.stop(
                    "MKD103",
                    explicit,
                    f"name `{self.code(explicit.value)}` is not a string literal",
                )
            if key is not None and key != name:
                raise self.stop(
                    "MKD110", expr, f"dict key {key!r} differs from the layer name {name!r}"
                )
            return Member(name, expr, identity)
        new_name = key if key is not None else variable
        if new_name is None:
            raise self.stop(
                "MKD102", expr, f"`{self.code(expr)}` has no name and no variable to name it after"
            )
        if layer_class == "":
            raise self.stop(
                "MKD102",
                expr,
                f"`{self.code(identity.func)}` is not a Keras layer class; "
                "the tool cannot prove it accepts `name=`",
            )
        return Member(new_name, expr, identity, name_holder, layer_class)

    def _name_members(self) -> None:
        """Check the names the rewrite adds: unique, and never a Keras automatic name."""
        members = self.inputs.members + self.outputs.members
        for side in (self.inputs, self.outputs):
            seen: set[int] = set()
            for member in side.members:
                if id(member.identity) in seen:
                    raise self.stop(
                        "MKD102",
                        member.node,
                        f"`{self.code(member.node)}` appears twice in the model structure; "
                        "a dict cannot hold it under two keys",
                    )
                seen.add(id(member.identity))
        all_keys = Counter(m.key for m in members)
        for member in members:
            if member.name_call is None:
                continue
            stem = keras_api.auto_name_stem(member.key)
            if all_keys[member.key] > 1 or member.key in self.facts.explicit_names:
                self.block(
                    "MKD104", member.node, f"name {member.key!r} is already used in this file"
                )
            elif any(p.fullmatch(member.key) for p in self.facts.name_patterns):
                self.block(
                    "MKD104",
                    member.node,
                    f"name {member.key!r} may be spelled by a computed `name=` in this file",
                )
            elif self.facts.unreadable_names:
                where = self.facts.unreadable_names[0]
                self.block(
                    "MKD104",
                    member.node,
                    f"a layer name in this file is set by `{self.code(where)}` (line "
                    f"{self.meta.position(where)[0]}), which the tool cannot read, so it cannot "
                    f"prove {member.key!r} unique; name the layer by hand",
                )
            elif stem in self.facts.callee_stems or stem in keras_api.AUTO_NAME_STEMS:
                self.block(
                    "MKD104",
                    member.node,
                    f"name {member.key!r} may collide with a Keras automatic name ({stem}_N)",
                )
        for side in (self.inputs, self.outputs):
            if side.multi:
                for member in side.members:
                    self.plan.identities.add(id(member.identity))
        if self.plan.blockers:
            raise Blocked()

    # -- following the model ---------------------------------------------------------
    def _model_uses(self) -> list[cst.Name]:
        parent = self.meta.parent(self.call)
        if isinstance(parent, cst.Return):
            return self._follow_return(parent, depth=0)
        if isinstance(parent, cst.Assign) and len(parent.targets) == 1:
            target = parent.targets[0].target
            if isinstance(target, cst.Name):
                self.plan.label = target.value
                uses = self._references_of_target(target)
                scope = self.meta.scope(target)
                if scope is self.meta.scope(self.meta.module) and not target.value.startswith("_"):
                    self.plan.export, self.plan.export_kind = target.value, "value"
                return uses
        if isinstance(parent, cst.Assign | cst.AnnAssign):
            target = parent.targets[0].target if isinstance(parent, cst.Assign) else parent.target
            raise self.stop(
                "MKD106",
                self.call,
                f"the model is assigned to `{self.code(target)}`, which the tool cannot follow",
            )
        raise self.stop(
            "MKD106",
            self.call,
            f"the model is passed to `{self.code(self._use_context(self.call))}` "
            "without a variable; the tool cannot follow it",
        )

    def _references_of_target(self, target: cst.Name) -> list[cst.Name]:
        assignment = self.meta.assignment_of_target(target)
        if assignment is not None and type(assignment.scope).__name__ == "ClassScope":
            raise self.stop(
                "MKD106",
                target,
                f"the model is a class attribute `{target.value}`, used through `self` where "
                "the tool cannot follow it",
            )
        uses = None if assignment is None else self.meta.uses_of(assignment)
        if uses is None:
            raise self.stop(
                "MKD113",
                target,
                f"`{target.value}` is assigned more than once; the tool cannot tell which "
                "model each call uses",
            )
        return uses

    def _follow_return(self, node: cst.Return, depth: int) -> list[cst.Name]:
        function = self._enclosing_function(node)
        if function is None or depth > 4:
            raise self.stop("MKD106", node, "the model is returned to code the tool cannot see")
        owner = self._method_owner(function)
        if owner is not None:
            return self._follow_method(node, function, owner, depth)
        scope = self.meta.scope(function)
        assignments = [a for a in scope.assignments[function.name.value] if a.node is function]
        if len(assignments) != 1 or len(scope.assignments[function.name.value]) != 1:
            raise self.stop(
                "MKD113", function.name, f"`{function.name.value}` is defined more than once"
            )
        if function.decorators:
            raise self.stop(
                "MKD106",
                function.name,
                f"`{function.name.value}()` is decorated; the decorator may use the model",
            )
        for other in _returns(function):
            if other is not node and not self._returns_same_model(other, node):
                raise self.stop(
                    "MKD106",
                    other,
                    f"`{function.name.value}()` may also return something else "
                    f"(`{self.code(other)}`)",
                )
        callers = self.meta.references(assignments[0])
        public = scope is self.meta.scope(self.meta.module) and not function.name.value.startswith(
            "_"
        )
        if depth == 0 and self.plan.label == "model":
            self.plan.label = f"{function.name.value}()"
        if public and depth == 0:
            self.plan.export = function.name.value
        if not callers:
            if self.exports and public and depth == 0:
                self.plan.only_called_elsewhere = True
                return []  # the cross-file pass brings the callers of other modules
            raise self.stop(
                "MKD106",
                function.name,
                f"`{function.name.value}()` returns the model to code outside this file",
            )
        if public and not self.exports:
            self.note(
                "MKD007",
                function.name,
                f"`{function.name.value}()` is public: callers in other files must be migrated too",
            )
        uses: list[cst.Name] = []
        for access in callers:
            ref = access.node
            call = self.meta.parent(ref)
            if not (isinstance(call, cst.Call) and call.func is ref):
                raise self.stop(
                    "MKD106", ref, f"`{function.name.value}` is used other than by calling it"
                )
            holder = self.meta.parent(call)
            if isinstance(holder, cst.Expr):
                continue
            if isinstance(holder, cst.Return):
                uses += self._follow_return(holder, depth + 1)
            elif (
                isinstance(holder, cst.Assign)
                and len(holder.targets) == 1
                and isinstance(holder.targets[0].target, cst.Name)
            ):
                self.plan.label = holder.targets[0].target.value
                uses += self._references_of_target(holder.targets[0].target)
            else:
                raise self.stop(
                    "MKD106",
                    call,
                    f"the model returned by `{function.name.value}()` is passed on where the "
                    "tool cannot follow it",
                )
        return uses

    def _returns_same_model(self, other: cst.Return, node: cst.Return) -> bool:
        """Both ``return model`` of the same (one) assignment."""
        if not (isinstance(other.value, cst.Name) and isinstance(node.value, cst.Name)):
            return False
        return self.meta.reaching(other.value) is self.meta.reaching(node.value) is not None

    def _method_owner(self, function: cst.FunctionDef) -> cst.ClassDef | None:
        block = self.meta.parent(function)
        owner = self.meta.parent(block) if isinstance(block, cst.IndentedBlock) else None
        return owner if isinstance(owner, cst.ClassDef) else None

    def _follow_method(
        self, node: cst.Return, function: cst.FunctionDef, owner: cst.ClassDef, depth: int
    ) -> list[cst.Name]:
        """``class Factory: def build(self): return keras.Model(...)``: its callers are found
        by the cross-file pass (``Factory().build()``), never within one file."""
        label = f"{owner.name.value}.{function.name.value}()"
        decorators = {
            d.decorator.value for d in function.decorators if isinstance(d.decorator, cst.Name)
        }
        public = (
            not owner.name.value.startswith("_")
            and not function.name.value.startswith("_")
            and self.meta.parent(owner) is self.meta.module
            and len(decorators) == len(function.decorators)
            and decorators <= {"staticmethod", "classmethod"}
        )
        others = [r for r in _returns(function) if r is not node]
        owner_assignment = next(
            (a for a in self.meta.scope(owner).assignments[owner.name.value] if a.node is owner),
            None,
        )
        if owner_assignment is not None and owner_assignment.references:
            raise self.stop(
                "MKD106",
                function.name,
                f"`{owner.name.value}` is also used in this file; the tool follows `{label}` "
                "only from other files",
            )
        if depth == 0 and public and not others:
            self.plan.label = label
            self.plan.export, self.plan.export_kind = owner.name.value, "method"
            self.plan.export_member = function.name.value
            if self.exports:
                self.plan.only_called_elsewhere = True
                return []
        raise self.stop(
            "MKD106",
            function.name,
            f"`{label}` returns the model to callers the tool cannot follow within one file; "
            "run the tool on the files that call it too",
        )

    def _enclosing_function(self, node: cst.CSTNode) -> cst.FunctionDef | None:
        current = self.meta.parent(node)
        while current is not None and not isinstance(current, cst.FunctionDef):
            if isinstance(current, cst.Lambda | cst.ClassDef):
                return None
            current = self.meta.parent(current)
        return current

    def _classify_use(self, ref: cst.Name) -> None:
        parent = self.meta.parent(ref)
        if isinstance(parent, cst.Call) and parent.func is ref:
            self._data_call("__call__", parent)
            return
        if isinstance(parent, cst.Return):
            for ref2 in self._follow_return(parent, depth=1):
                self._classify_use(ref2)
            return
        if not (isinstance(parent, cst.Attribute) and parent.value is ref):
            raise self.stop(
                "MKD106",
                ref,
                f"`{self.code(self._use_context(ref))}` passes the model `{ref.value}` where the "
                "tool cannot follow it",
            )
        attr = parent.attr.value
        grand = self.meta.parent(parent)
        is_call = isinstance(grand, cst.Call) and grand.func is parent
        if is_call and attr == "compile":
            self._compile(grand)
        elif is_call and attr in DATA_SIGNATURES:
            self._data_call(attr, grand)
        elif (
            attr == "get_layer"
            and is_call
            and (_keyword(grand, "index") is not None or len(grand.args) > 1)
        ):
            if self.inputs.order_changes or self.outputs.order_changes:
                self._unsafe_or_block(
                    "MKD116",
                    parent,
                    f"`{self.code(grand)}` picks a layer by position, which sorted dict keys "
                    "change; pick it by name",
                )
        elif attr == "load_weights" and is_call and _keyword(grand, "by_name") is not None:
            if self._renames_layers():
                self._unsafe_or_block(
                    "MKD116",
                    parent,
                    f"`{self.code(grand)}` matches weights by layer name, and the rewrite names "
                    "layers that had automatic names; their weights would not load",
                )
        elif attr in ("get_config", "to_json", "to_yaml") and is_call:
            if self.inputs.becomes_dict or self.outputs.becomes_dict:
                self._unsafe_or_block(
                    "MKD112",
                    parent,
                    f"`{self.code(grand)}` describes `input_layers`/`output_layers` as dicts "
                    "after the rewrite",
                )
        elif attr in ("save", "export") and is_call:
            if self.outputs.becomes_dict and self.facts.loads_models:
                self._unsafe_or_block(
                    "MKD106",
                    parent,
                    f"`{self.code(grand)}` saves a model with dict outputs, and this file loads "
                    "models; code using a loaded model would get dicts",
                )
            elif self.outputs.becomes_dict:
                self.saved.append(grand)
        elif attr in ORDER_ATTRS or attr in ORDER_METHODS:
            if self.inputs.order_changes or self.outputs.order_changes:
                self._unsafe_or_block(
                    "MKD116",
                    parent,
                    f"`{self.code(parent)}` depends on layer and weight order, which sorted dict "
                    "keys change; re-save weights after migrating, then rerun",
                )
        elif attr in STRUCTURE_ATTRS:
            side_name, order_only = STRUCTURE_ATTRS[attr]
            side = self.inputs if side_name == "inputs" else self.outputs
            if side.becomes_dict and (not order_only or side.order_changes):
                change = (
                    f"is re-ordered to {sorted(side.keys)}"
                    if order_only
                    else "becomes a dict keyed by name"
                )
                self._unsafe_or_block(
                    "MKD112",
                    parent,
                    f"`{self.code(parent)}` {change} with dict {side_name}; "
                    "use names instead of positions",
                )
        elif attr in HARMLESS_METHODS or attr in HARMLESS_ATTRS:
            pass
        else:
            raise self.stop(
                "MKD106", parent, f"`{self.code(parent)}`: the tool does not know this use"
            )

    def _renames_layers(self) -> bool:
        return any(m.name_call is not None for m in self.inputs.members + self.outputs.members)

    def _unsafe_or_block(self, code: str, node: cst.CSTNode, message: str) -> None:
        if self.options.unsafe:
            self.note("MKD010", node, f"left under --unsafe: {message}")
        else:
            self.block(code, node, message)

    # -- argument binding ---------------------------------------------------------
    def _bind(
        self, call: cst.Call, params: tuple[str, ...], keyword_only_from: int | None = None
    ) -> dict[str, cst.BaseExpression]:
        bound: dict[str, cst.BaseExpression] = {}
        limit = len(params) if keyword_only_from is None else keyword_only_from
        position = 0
        for arg in call.args:
            if arg.star:
                raise self.stop(
                    "MKD114", arg, f"`{self.code(call.func)}(...)` uses `{arg.star}` arguments"
                )
            if arg.keyword is None:
                if position >= limit:
                    raise self.stop(
                        "MKD114",
                        arg,
                        f"positional argument {position + 1} of `{self.code(call.func)}` "
                        "means different things in Keras 2 and 3; pass it by keyword",
                    )
                bound[params[position]] = arg.value
                position += 1
            else:
                keyword = arg.keyword.value
                bound["x" if keyword == "inputs" and params[0] == "x" else keyword] = arg.value
        return bound

    # -- compile ----------------------------------------------------------------------
    def _compile(self, call: cst.Call) -> None:
        bound = self._bind(call, COMPILE_POSITIONAL)
        if not self.outputs.multi:
            return
        for name in PER_OUTPUT_ARGS:
            if name in bound:
                self._per_output(bound[name], name)
        for name in METRIC_ARGS:
            if name in bound and not _is_none(bound[name]):
                self.compiled_metrics = True
                self._metrics(bound[name], name)
        weights = self._resolved_literal(bound.get("loss_weights"))
        loss = self._resolved_literal(bound.get("loss"))
        if (
            self.outputs.kind == "sequence"
            and isinstance(loss, cst.List | cst.Tuple)
            and isinstance(weights, cst.Dict)
            and list(self.outputs.keys) != sorted(self.outputs.keys)
        ):
            # KERAS_RULES W4: a dict loss_weights beside a list loss is applied in sorted order.
            self.mixed_notes.append(
                (
                    weights,
                    "`loss_weights` was a dict beside a list `loss` (Keras applied it in "
                    f"sorted-key order {sorted(self.outputs.keys)}); now both are keyed by name, "
                    "which changes what trains",
                )
            )

    def _resolved_literal(self, expr: cst.BaseExpression | None) -> cst.BaseExpression | None:
        if isinstance(expr, cst.Name):
            binding = self.meta.binding_of(expr)
            return binding.value if binding is not None else None
        return expr

    def _per_output(self, expr: cst.BaseExpression, what: str) -> None:
        if _is_none(expr):
            return
        if isinstance(expr, cst.List | cst.Tuple):
            self._sequence_to_dict(expr, self.outputs, what)
        elif isinstance(expr, cst.Dict):
            keys = self._check_dict(expr, self.outputs, what, must_cover=False)
            if (
                keys is not None
                and self.outputs.kind == "sequence"
                and len(keys) < len(self.outputs.keys)
            ):
                missing = [k for k in self.outputs.keys if k not in keys]
                self.block(
                    "MKD110",
                    expr,
                    f"`{what}` dict has no entry for {missing}: Keras raises for a partial dict on "
                    "list outputs; add the missing keys (`None` for no loss) by hand",
                )
            elif what == "loss" and keys is not None and self.outputs.becomes_dict:
                in_order = tuple(k for k in self.outputs.keys if k in keys)
                if in_order != tuple(keys):
                    # Dict outputs report per-output losses in loss-dict order (KERAS_RULES
                    # §3e); list outputs reported them in output order. Keep that order.
                    self._edit(expr, ReorderDict(in_order))
        elif isinstance(expr, cst.Name):
            binding = self.meta.binding_of(expr)
            if binding is not None and isinstance(binding.value, cst.List | cst.Tuple | cst.Dict):
                self._consume(binding.assignment, expr.value, "MKD108")
                self._per_output(binding.value, what)
            elif not self._is_single_value(expr):
                self.block(
                    "MKD108", expr, f"`{what}={expr.value}`: the tool cannot see its structure"
                )
            elif what == "loss":
                self.single_losses.append(expr)
        elif not self._is_single_expression(expr):
            self.block(
                "MKD108", expr, f"`{what}={self.code(expr)}`: the tool cannot see its structure"
            )
        elif what == "loss":
            self.single_losses.append(expr)

    def _metrics(self, expr: cst.BaseExpression, what: str) -> None:
        if _is_none(expr):
            return
        if isinstance(expr, cst.List | cst.Tuple):
            self._no_starred(expr)
            n = len(self.outputs.members)
            flat = [
                e
                for e in expr.elements
                if not isinstance(e.value, cst.List | cst.Tuple | cst.Dict)
                and not _is_none(e.value)
            ]
            if len(expr.elements) == n:
                self._sequence_to_dict(expr, self.outputs, what)
                if flat:
                    self.note(
                        "MKD005",
                        expr,
                        f"flat `{what}` list read as one entry per output (Keras 3 semantics)",
                    )
            elif len(flat) == len(expr.elements):
                self.note(
                    "MKD009",
                    expr,
                    f"`{what}` has {_entries(len(expr.elements))} for {n} outputs; left as it is "
                    "(Keras 3 raises for it)",
                )
            else:
                self.block(
                    "MKD109",
                    expr,
                    f"`{what}` has {len(expr.elements)} entries but the model has {n} outputs",
                )
        elif isinstance(expr, cst.Dict):
            self._check_dict(expr, self.outputs, what, must_cover=False)
        elif isinstance(expr, cst.Name):
            binding = self.meta.binding_of(expr)
            if binding is not None and isinstance(binding.value, cst.List | cst.Tuple | cst.Dict):
                self._consume(binding.assignment, expr.value, "MKD108")
                self._metrics(binding.value, what)
            else:
                self.block(
                    "MKD108", expr, f"`{what}={expr.value}`: the tool cannot see its structure"
                )
        elif not self._is_single_expression(expr):
            self.block(
                "MKD108", expr, f"`{what}={self.code(expr)}`: the tool cannot see its structure"
            )

    def _is_single_expression(self, expr: cst.BaseExpression) -> bool:
        """A string, number, lambda, loss object or module function: one value, not a list."""
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
        if isinstance(expr, cst.Attribute):
            if keras_api.is_loss_or_metric_object(self.meta.keras_names(expr)):
                return True
            base = expr
            while isinstance(base, cst.Attribute):
                base = base.value
            return (
                isinstance(base, cst.Name)
                and all(isinstance(a, ImportAssignment) for a in self.meta.referents(base))
                and bool(self.meta.referents(base))
            )
        if isinstance(expr, cst.Call):
            func = expr.func
            if keras_api.is_loss_or_metric_object(self.meta.keras_names(func)):
                return True
            last = (
                func.attr.value
                if isinstance(func, cst.Attribute)
                else (func.value if isinstance(func, cst.Name) else "")
            )
            return last[:1].isupper()
        if isinstance(expr, cst.Name):
            return self._is_single_value(expr)
        return False

    def _is_single_value(self, name: cst.Name) -> bool:
        referents = self.meta.referents(name)
        if not referents:
            return False
        for assignment in referents:
            node = assignment.node
            if isinstance(assignment, ImportAssignment) or isinstance(
                node, cst.FunctionDef | cst.ClassDef
            ):
                continue
            binding = self.meta.binding_from_assignment(assignment)
            if binding is None or not self._is_single_expression(binding.value):
                return False
        return True

    # -- data calls -------------------------------------------------------------------
    def _data_call(self, method: str, call: cst.Call) -> None:
        bound = self._bind(call, DATA_SIGNATURES[method])
        x, y = bound.get("x"), bound.get("y")
        if (
            method in ("fit", "evaluate")
            and (y is None or _is_none(y))
            and x is not None
            and self._producer(x)
        ):
            self._after_data_call(method, call, bound)
            return
        if self.inputs.multi:
            x = bound.get("x")
            if x is None:
                self.block("MKD107", call, f"`{self.code(call.func)}(...)` gets no visible `x`")
            else:
                self._data(x, self.inputs, "x")
        if self.outputs.multi and method not in RETURNS_OUTPUTS:
            y = bound.get("y")
            if y is None or _is_none(y):
                self.block(
                    "MKD107",
                    call,
                    f"`{self.code(call.func)}(...)` takes its labels from "
                    f"`{self.code(bound['x']) if 'x' in bound else 'x'}`, whose structure the "
                    "tool cannot see",
                )
            else:
                self._data(y, self.outputs, "y")
            weights = bound.get("sample_weight")
            if weights is not None and not _is_none(weights):
                self._data(weights, self.outputs, "sample_weight")
        self._after_data_call(method, call, bound)

    def _after_data_call(
        self, method: str, call: cst.Call, bound: dict[str, cst.BaseExpression]
    ) -> None:
        if method in POSITIONAL_RESULTS and not isinstance(self.meta.parent(call), cst.Expr):
            flag = bound.get("return_dict")
            if not (isinstance(flag, cst.Name) and flag.value == "True"):
                self.positional_results.append(call)
        if method == "fit" and "validation_data" in bound:
            self._validation(bound["validation_data"])
        if self.outputs.multi and method in RETURNS_OUTPUTS:
            self._consumer(call)

    def _producer(self, expr: cst.BaseExpression) -> bool:
        """``fit(gen())`` / ``fit(MyPyDataset(...))`` with a producer defined in this module:
        its ``yield``s (or ``__getitem__``'s returns) are ``(x, y[, sample_weight])`` tuples
        whose parts are rewritten like literal data. False when ``expr`` is no such call."""
        call = expr
        if isinstance(expr, cst.Name):
            binding = self.meta.binding_of(expr)
            if binding is None or not isinstance(binding.value, cst.Call):
                return False
            call = binding.value
        if isinstance(call, cst.Call) and (items := self._dataset_slices(call)) is not None:
            if isinstance(expr, cst.Name):
                self._consume(binding.assignment, expr.value)  # type: ignore[union-attr]
            self._producer_items(items, "`tf.data.Dataset.from_tensor_slices`", call)
            return True
        if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Name):
            return False
        referents = self.meta.referents(call.func)
        if len(referents) != 1:
            return False
        (assignment,) = referents
        definition = assignment.node
        if isinstance(definition, cst.FunctionDef):
            items = [y.value for y in _own_nodes(definition, cst.Yield)]
            if not items:
                return False
            kind = f"generator `{definition.name.value}`"
        elif isinstance(definition, cst.ClassDef) and self._is_dataset_class(definition):
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
            items = [r.value for r in _own_nodes(getitem, cst.Return)]
            kind = f"`{definition.name.value}.__getitem__`"
        else:
            return False
        if isinstance(expr, cst.Name):
            self._consume(binding.assignment, expr.value)  # type: ignore[union-attr]
        self._consume(assignment, call.func.value)
        self._producer_items(items, kind, definition)
        return True

    def _dataset_slices(self, call: cst.Call) -> list[cst.BaseExpression] | None:
        """``tf.data.Dataset.from_tensor_slices((x, y)).batch(32)...``: ``[(x, y)]``; None for
        anything else (``.map`` and friends change the structure: not followed)."""
        while (
            isinstance(call.func, cst.Attribute)
            and call.func.attr.value in STRUCTURE_KEEPING_DATASET_METHODS
            and isinstance(call.func.value, cst.Call)
        ):
            call = call.func.value
        names = self.meta.qualified_names(call.func)
        if not any(
            n.endswith(("data.Dataset.from_tensor_slices", "data.Dataset.from_tensors"))
            and n.startswith(("tensorflow.", "tf."))
            for n in names
        ):
            return None
        positional = [a for a in call.args if a.keyword is None and not a.star]
        return [positional[0].value] if len(positional) == 1 and len(call.args) == 1 else None

    def _producer_items(self, items: list, kind: str, anchor: cst.CSTNode) -> None:
        for item in items:
            if not (
                isinstance(item, cst.Tuple)
                and len(item.elements) in (2, 3)
                and not any(isinstance(e, cst.StarredElement) for e in item.elements)
            ):
                shown = self.code(item) if item is not None else "nothing"
                self.block(
                    "MKD107",
                    item if item is not None else anchor,
                    f"{kind} produces `{shown}`, not an `(x, y)` tuple the tool can see",
                )
                continue
            parts = [e.value for e in item.elements]
            if self.inputs.multi:
                self._data(parts[0], self.inputs, f"x of {kind}")
            if self.outputs.multi:
                self._data(parts[1], self.outputs, f"y of {kind}")
                if len(parts) == 3 and not _is_none(parts[2]):
                    self._data(parts[2], self.outputs, f"sample_weight of {kind}")

    def _is_dataset_class(self, definition: cst.ClassDef) -> bool:
        names: set[str] = set()
        for base in definition.bases:
            names |= self.meta.keras_names(base.value)
        return any(n.endswith((".PyDataset", ".Sequence")) for n in names)

    def _validation(self, expr: cst.BaseExpression) -> None:
        if _is_none(expr) or (not isinstance(expr, cst.Tuple | cst.List) and self._producer(expr)):
            return
        if isinstance(expr, cst.Name):
            binding = self.meta.binding_of(expr)
            if binding is not None and isinstance(binding.value, cst.Tuple | cst.List):
                self._consume(binding.assignment, expr.value)
                self._validation(binding.value)
                return
        if isinstance(expr, cst.Tuple | cst.List) and len(expr.elements) in (2, 3):
            self._no_starred(expr)
            parts = [e.value for e in expr.elements]
            if self.inputs.multi:
                self._data(parts[0], self.inputs, "validation x")
            if self.outputs.multi:
                self._data(parts[1], self.outputs, "validation y")
                if len(parts) == 3 and not _is_none(parts[2]):
                    self._data(parts[2], self.outputs, "validation sample_weight")
            return
        self.block(
            "MKD107",
            expr,
            f"`validation_data={self.code(expr)}`: the tool cannot see its structure",
        )

    def _data(self, expr: cst.BaseExpression, side: Side, what: str) -> None:
        if isinstance(expr, cst.List | cst.Tuple):
            self._sequence_to_dict(expr, side, what)
        elif isinstance(expr, cst.Dict):
            self._check_dict(expr, side, what, must_cover=what.endswith("x"))
        elif isinstance(expr, cst.Name):
            binding = self.meta.binding_of(expr)
            if binding is not None and isinstance(binding.value, cst.List | cst.Tuple | cst.Dict):
                self._consume(binding.assignment, expr.value)
                self._data(binding.value, side, what)
            elif what.endswith("sample_weight") and self._is_numpy_array(binding):
                pass  # one 1-D array weighs every output alike (KERAS_RULES SW5)
            elif len(self.meta.referents(expr)) > 1:
                self.block("MKD113", expr, f"`{expr.value}` ({what}) is assigned more than once")
            else:
                self.block(
                    "MKD107",
                    expr,
                    f"{what} `{expr.value}` is not a list or dict the tool can see",
                )
        else:
            self.block(
                "MKD107", expr, f"{what} `{self.code(expr)}` is not a list or dict the tool can see"
            )

    def _is_numpy_array(self, binding) -> bool:
        """``w = np.array(...)``/``np.ones(...)``: NumPy builds arrays, never lists."""
        if binding is None or not isinstance(binding.value, cst.Call):
            return False
        names = self.meta.qualified_names(binding.value.func)
        return bool(names) and all(name.startswith("numpy.") for name in names)

    # -- shared list/dict handling --------------------------------------------------------
    def _sequence_to_dict(self, node: cst.List | cst.Tuple, side: Side, what: str) -> None:
        self._no_starred(node)
        if len(node.elements) != len(side.members):
            self.block(
                "MKD109",
                node,
                f"`{what}` has {len(node.elements)} entries but the model has {len(side.members)}",
            )
            return
        self._edit(node, ToDict(side.keys))
        if side.kind == "dict":
            self.mixed.append((node, what))

    def _check_dict(
        self, node: cst.Dict, side: Side, what: str, *, must_cover: bool
    ) -> list[str] | None:
        """The dict's keys when they are literal names of ``side``; else a blocker and None."""
        keys = []
        for element in node.elements:
            key = literal_string(element.key) if isinstance(element, cst.DictElement) else None
            if key is None:
                self.block("MKD110", element, f"`{what}` dict has a key that is not a literal")
                return None
            if key in keys:
                self.block("MKD110", element, f"`{what}` dict has the key {key!r} twice")
                return None
            keys.append(key)
        unknown = [k for k in keys if k not in side.keys]
        missing = [k for k in side.keys if k not in keys] if must_cover else []
        if unknown or missing:
            detail = f"unknown keys {unknown}" if unknown else f"missing keys {missing}"
            self.block(
                "MKD110",
                node,
                f"`{what}` dict does not match the names {list(side.keys)}: {detail}",
            )
            return None
        return keys

    def _no_starred(self, node: cst.List | cst.Tuple) -> None:
        for element in node.elements:
            if isinstance(element, cst.StarredElement):
                raise self.stop("MKD117", element, f"`{self.code(node)}` uses `*` unpacking")

    def _edit(self, node: cst.CSTNode, edit: Edit) -> None:
        quote = self._fstring_quote(node)
        if quote == "":
            self.block("MKD111", node, "inside nested f-strings that use both quote characters")
            return
        if quote is not None:
            edit = dataclasses.replace(edit, quote=quote)
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

    def _consume(self, assignment: Assignment, what: str, code: str = "MKD107") -> None:
        self.consumed[assignment] += 1
        self.consumed_what[assignment] = (what, code)

    def _check_consumed(self) -> None:
        for assignment, count in self.consumed.items():
            uses = self.meta.uses_of(assignment)
            if uses is None or len(uses) != count:
                name, code = self.consumed_what[assignment]
                where = ""
                if uses:
                    lines = sorted({self.meta.position(use)[0] for use in uses})
                    where = f" (uses on lines {', '.join(map(str, lines))})"
                self.block(
                    code,
                    assignment.node,
                    f"`{name}` would be rewritten for this model but is also used elsewhere"
                    f"{where}; give the model its own literal",
                )

    # -- consumers of predict() / model(x) ----------------------------------------------------
    def _consumer(self, call: cst.Call) -> None:
        holder = self.meta.parent(call)
        keys = self.outputs.keys
        if isinstance(holder, cst.Expr):
            return
        if isinstance(holder, cst.Subscript) and holder.value is call:
            self._index(holder)
            return
        if isinstance(holder, cst.Assign) and len(holder.targets) == 1:
            target = holder.targets[0].target
            if isinstance(target, cst.Name):
                assignment = self.meta.assignment_of_target(target)
                uses = None if assignment is None else self.meta.uses_of(assignment)
                if uses is None:
                    self._unprovable(target, f"`{target.value}` is assigned more than once")
                    return
                for ref in uses:
                    sub = self.meta.parent(ref)
                    if isinstance(sub, cst.Subscript) and sub.value is ref:
                        self._index(sub)
                    else:
                        self._unprovable(
                            ref,
                            f"`{self.code(self._use_context(ref))}` uses `{ref.value}`, the whole "
                            f"result of `{self.code(call.func)}(...)`, which becomes a dict; "
                            "index it by name by hand",
                        )
                return
            if isinstance(target, cst.Tuple | cst.List):
                starred = any(isinstance(e, cst.StarredElement) for e in target.elements)
                if not starred and len(target.elements) == len(keys):
                    if not self.outputs.becomes_dict:
                        return
                    if self._operator_is_shadowed(call):
                        self._unprovable(
                            call,
                            f"`{self.code(holder)}` would need `operator.itemgetter`, but "
                            "`operator` is another name in this file; unpack by name by hand",
                        )
                        return
                    self._edit(call, UnpackByKey(keys))
                    return
        self._unprovable(
            call,
            f"`{self.code(self._use_context(call))}` uses the whole result of "
            f"`{self.code(call.func)}(...)`, which becomes a dict; index it by name by hand",
        )

    def _operator_is_shadowed(self, node: cst.CSTNode) -> bool:
        """``operator`` bound in this file to anything but the standard module."""
        scope = self.meta.scope(node)
        while scope is not None:
            for assignment in scope.assignments["operator"]:
                if not (
                    isinstance(assignment, ImportAssignment)
                    and isinstance(assignment.node, cst.Import)
                    and any(
                        alias.evaluated_name == "operator" and alias.asname is None
                        for alias in assignment.node.names
                    )
                ):
                    return True
            scope = scope.parent if scope.parent is not scope else None
        return False

    def _index(self, sub: cst.Subscript) -> None:
        keys = self.outputs.keys
        user = self.meta.parent(sub)
        if isinstance(user, cst.AssignTarget | cst.Del) or len(sub.slice) != 1:
            self._unprovable(sub, f"`{self.code(sub)}` is not a read of one output")
            return
        index = sub.slice[0].slice
        value = index.value if isinstance(index, cst.Index) else None
        position = literal_int(value) if value is not None else None
        if position is not None and -len(keys) <= position < len(keys):
            if self.outputs.becomes_dict:
                self._edit(value, IndexToKey(keys[position]))
            return
        if value is not None and literal_string(value) in keys:
            return
        self._unprovable(sub, f"`{self.code(sub)}` does not index one output by a constant")

    def _use_context(self, node: cst.CSTNode) -> cst.CSTNode:
        """The smallest readable piece of code around a use: its call, loop header or line."""
        current = self.meta.parent(node)
        while current is not None:
            if isinstance(current, cst.Call):
                return current
            if isinstance(current, cst.For | cst.While | cst.If):
                return current
            comprehension = cst.ListComp | cst.SetComp | cst.DictComp | cst.GeneratorExp
            if isinstance(current, cst.BaseSmallStatement | comprehension | cst.Lambda):
                return current
            current = self.meta.parent(current)
        return node

    def _unprovable(self, node: cst.CSTNode, message: str) -> None:
        if not self.outputs.becomes_dict:
            return
        self._unsafe_or_block("MKD111", node, message)

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
                    "change order",
                )
        for node, what in self.mixed:
            side = self.inputs if what.endswith("x") else self.outputs
            if list(side.keys) != sorted(side.keys):
                self.note(
                    "MKD006",
                    node,
                    f"`{what}` was a list on a dict model, which Keras pairs in sorted-key order "
                    f"{sorted(side.keys)}; now keyed in the order written {list(side.keys)}, "
                    "which changes what trains",
                )
        for node, message in self.mixed_notes:
            self.note("MKD006", node, message)
        for call in self.saved:
            self.note(
                "MKD120",
                call,
                f"`{self.code(call)}` now saves a model with dict outputs: code that loads it "
                "gets dicts from `predict()`",
            )
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


def _is_class_call(meta: ModuleMeta, call: cst.Call) -> bool:
    """``Dense(1)``, ``layers.Dense(1)``: a call of a Keras layer or of a capitalised name."""
    if keras_api.layer_class(meta.keras_names(call.func)):
        return True
    func = call.func
    last = func.attr.value if isinstance(func, cst.Attribute) else getattr(func, "value", "")
    return isinstance(last, str) and last[:1].isupper()


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
            holder = self.meta.parent(call)
            if isinstance(holder, cst.Expr):
                continue
            if isinstance(holder, cst.Return):
                uses += self._follow_return(holder, depth=1)
            elif (
                isinstance(holder, cst.Assign)
                and len(holder.targets) == 1
                and isinstance(holder.targets[0].target, cst.Name)
            ):
                uses += self._references_of_target(holder.targets[0].target)
            else:
                raise self.stop(
                    "MKD106",
                    call,
                    f"the model returned by `{self.code(call.func)}()` is passed on where the "
                    "tool cannot follow it",
                )
        for use in uses:
            self._classify_use(use)
        self._check_consumed()
        self._keep_positional_loss_order()
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


def _returns(function: cst.FunctionDef) -> list[cst.Return]:
    """The function's own return statements (not those of nested functions or classes)."""
    return _own_nodes(function, cst.Return)


def _own_nodes(function: cst.FunctionDef, kind: type) -> list:
    """Nodes of ``kind`` in the function itself, not in nested functions, classes, lambdas."""
    found: list = []

    class Finder(cst.CSTVisitor):
        def on_visit(self, node: cst.CSTNode) -> bool:
            if (
                isinstance(node, cst.FunctionDef | cst.ClassDef | cst.Lambda)
                and node is not function
            ):
                return False
            if isinstance(node, kind):
                found.append(node)
            return True

    function.visit(Finder())
    return found


def _entries(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"


def _keyword(call: cst.Call, keyword: str) -> cst.Arg | None:
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value == keyword:
            return arg
    return None


def _is_none(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Name) and expr.value == "None"


def _assigned_value(meta: ModuleMeta, assignment) -> cst.BaseExpression | None:
    """The value of ``name = value`` for one of several assignments of a name."""
    if type(assignment) is not Assignment or not isinstance(assignment.node, cst.Name):
        return None
    holder = meta.parent(assignment.node)
    statement = meta.parent(holder) if isinstance(holder, cst.AssignTarget) else None
    if isinstance(statement, cst.Assign) and len(statement.targets) == 1:
        return statement.value
    return None
