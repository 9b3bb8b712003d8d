"""What the planner's parts share: the Keras call signatures it knows, the plan's data
types and small CST helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

import libcst as cst
from libcst.metadata import Assignment, BaseAssignment

from .. import fastwalk, keras_api
from ..findings import Finding
from ..meta import ModuleMeta, assigned_node
from ..rewrite.edits import Edit

# A use of the model: its variable (``model``), or the attribute of ``self`` it is stored in
# (``self.model``, planning/self_attribute.py); the use table reads both alike.
ModelRef = cst.Name | cst.Attribute

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
# Methods that change a list or dict in place.
MUTATORS = frozenset(
    {"append", "extend", "insert", "remove", "pop", "clear", "reverse", "sort", "update"}
    | {"setdefault", "popitem"}
)
# Methods whose list result holds per-output losses in an order the rewrite can change.
POSITIONAL_RESULTS = frozenset({"evaluate", "train_on_batch", "test_on_batch"})
# compile's first two parameters are the same in Keras 2 and 3; the third is not.
COMPILE_POSITIONAL = ("optimizer", "loss")
PER_OUTPUT_ARGS = ("loss", "loss_weights")
METRIC_ARGS = ("metrics", "weighted_metrics")

# Keras 2's generator methods: tf_keras runs each as the data call named here, the generator
# as its ``x``; Keras 3 has none of them, so there the program fails at the call before and
# after the rewrite alike. Their parameters, by position as far as every Keras 2 release
# agrees (``validation_freq`` came later, so what follows must be passed by keyword).
KERAS2_GENERATOR_METHODS: dict[str, tuple[str, tuple[str, ...]]] = {
    "fit_generator": (
        "fit",
        (
            "x",
            "steps_per_epoch",
            "epochs",
            "verbose",
            "callbacks",
            "validation_data",
            "validation_steps",
        ),
    ),
    "evaluate_generator": ("evaluate", ("x", "steps")),
    "predict_generator": ("predict", ("x", "steps")),
}

# THE USE TABLE. Every use of a migrated model through one of its attributes, by spelling,
# and its kind; planning/uses.py has one handler per kind (``@handles("kind")``), which
# says what the rewrite does to such a use. A key ending in ``()`` is a method, known only
# when called there and then; a method taken without a call (``describe = model.to_json``),
# ``getattr(model, ...)`` and anything not in the table block the model (MKD106): the tool
# cannot see what is done with it. The kinds:
#   harmless        the rewrite cannot change it (new layer names aside, which MKD003 announces)
#   order           layer and weight order: blocks when sorted dict keys change it (MKD116)
#   config          the architecture: dict ``input_layers``/``output_layers``, new layer
#                   names; blocks when the constructor changes (MKD112)
#   compile_config  the compile arguments: blocks when they are rewritten (MKD112)
#   save            the whole model leaves the program with its new structure (MKD120)
#   results_names   the names of positional ``evaluate()`` results (MKD118)
#   output/input    becomes the dict itself with dict outputs/inputs (MKD112)
#   outputs/inputs  a flat list in sorted-key order: blocks when that order differs (MKD112)
#   compile, data   their arguments are rewritten (compile_args.py, data_calls.py); Keras 2's
#                   ``fit_generator()``... are the data calls they run
MODEL_ATTRIBUTES: dict[str, str] = {
    "summary()": "harmless",
    "count_params()": "harmless",
    "save_weights()": "harmless",  # by position; a project that loads them: MKD125
    "get_layer()": "harmless",  # by index: MKD116 (uses.py)
    "reset_metrics()": "harmless",
    "reset_states()": "harmless",
    "make_predict_function()": "harmless",
    "make_train_function()": "harmless",
    "make_test_function()": "harmless",
    "quantize()": "harmless",
    "name": "harmless",
    "trainable": "harmless",
    "optimizer": "harmless",
    "stop_training": "harmless",
    "history": "harmless",
    "built": "harmless",
    "dtype": "harmless",
    "dtype_policy": "harmless",
    "compiled": "harmless",
    "run_eagerly": "harmless",
    "jit_compile": "harmless",
    "distribute_strategy": "harmless",
    "get_weights()": "order",
    "set_weights()": "order",
    "load_weights()": "order",  # by_name=: MKD116 (uses.py)
    "layers": "order",
    "weights": "order",
    "trainable_weights": "order",
    "non_trainable_weights": "order",
    "variables": "order",
    "trainable_variables": "order",
    "non_trainable_variables": "order",
    "get_config()": "config",
    "to_json()": "config",
    "to_yaml()": "config",
    "get_build_config()": "config",
    "get_compile_config()": "compile_config",
    "save()": "save",
    "export()": "save",
    "metrics_names": "results_names",
    "output": "output",
    "output_shape": "output",
    "outputs": "outputs",
    "output_names": "outputs",
    "input": "input",
    "input_shape": "input",
    "input_spec": "input",
    "inputs": "inputs",
    "input_names": "inputs",
    "compile()": "compile",
    **{f"{method}()": "data" for method in DATA_SIGNATURES},
    **{f"{method}()": "data" for method in KERAS2_GENERATOR_METHODS},
}
# Uses of the model as an argument: functions it may be passed to that the rewrite cannot
# change (kind ``harmless``, as in the table above), besides the savers below (``save``):
# by Keras qualified name (any spelling folds onto ``keras.``), or a builtin.
# ``plot_model``/``model_to_dot`` draw the graph (new layer names aside, which MKD003
# announces; measured: they draw dict-IO models on Keras 3.4.1-3.15.1 and tf_keras alike);
# ``print``/``repr``/``str`` show ``<Functional name=..., built=True>``; ``isinstance``,
# ``type`` and ``id`` see the same Functional object.
MODEL_FUNCTIONS: dict[str, str] = {
    "keras.utils.plot_model": "harmless",
    "keras.utils.vis_utils.plot_model": "harmless",
    "keras.utils.model_visualization.plot_model": "harmless",
    "keras.utils.model_to_dot": "harmless",
    "keras.utils.vis_utils.model_to_dot": "harmless",
    "keras.utils.model_visualization.model_to_dot": "harmless",
    "builtins.print": "harmless",
    "builtins.repr": "harmless",
    "builtins.str": "harmless",
    "builtins.isinstance": "harmless",
    "builtins.type": "harmless",
    "builtins.id": "harmless",
}
# Functions that save a whole model passed to them, by the end of their dotted name.
SAVE_FUNCTIONS = ("save_model", "saved_model.save")


N = TypeVar("N", bound=cst.CSTNode)


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
    kind: str  # "single", "sequence", "dict"; "kept": a list built at run time, left as it is
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
    # Public module-level producers (generators, dataset classes, ``.map`` functions) whose
    # output this plan rewrites: another module importing one would get dicts too.
    producers: set[str] = field(default_factory=set)
    # Cross-file: the public builder function that hands this model to other modules, and
    # the model's sides, which the planners of those modules need.
    export: str | None = None
    only_called_elsewhere: bool = False  # the builder has no caller in its own file
    # For the planners of other modules' uses: the builder's file compiles the model with
    # metrics / reads its evaluate() results by position (MKD118 needs both together).
    compiled_metrics: bool = False
    positional_results: bool = False
    # "call": build_model(); "value": a module-level model; "attribute": ``Trainer.model``,
    # a model stored on ``self`` (planning/self_attribute.py);
    export_kind: str = "call"
    export_member: str | None = None  # "method": Factory().build() / Factory.build()
    inputs: Side | None = None
    outputs: Side | None = None
    # A refused model that is never compiled or trained (planning/untrained.py): reported
    # with this note instead of its blockers, and not counted as refused.
    untrained: Finding | None = None

    @property
    def refused(self) -> bool:
        return bool(self.blockers)

    @property
    def exported_as(self) -> str:
        """How other files reach the model (``build_model()``), for the cross-file findings;
        the label inside its own file may be the builder's local variable."""
        if self.export is None or self.export_kind in ("value", "attribute"):
            return self.export or self.label
        if self.export_kind == "method":
            return f"{self.export}.{self.export_member}()"
        return f"{self.export}()"


def is_class_call(meta: ModuleMeta, call: cst.Call) -> bool:
    """``Dense(1)``, ``layers.Dense(1)``: a call of a Keras layer or of a capitalised name."""
    if keras_api.layer_class(meta.keras_names(call.func)):
        return True
    func = call.func
    last = func.attr.value if isinstance(func, cst.Attribute) else getattr(func, "value", "")
    return isinstance(last, str) and last[:1].isupper()


def returns(function: cst.FunctionDef) -> list[cst.Return]:
    """The function's own return statements (not those of nested functions or classes)."""
    return own_nodes(function, cst.Return)


def own_nodes(function: cst.FunctionDef, kind: type[N]) -> list[N]:
    """Nodes of ``kind`` in the function itself, not in nested functions, classes, lambdas."""
    found: list[N] = []

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

    fastwalk.visit(function, Finder())
    return found


def entries(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"


def keyword_arg(call: cst.Call, keyword: str) -> cst.Arg | None:
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value == keyword:
            return arg
    return None


def is_none(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Name) and expr.value == "None"


def assigned_value(meta: ModuleMeta, assignment: BaseAssignment) -> cst.BaseExpression | None:
    """The value of ``name = value`` for one of several assignments of a name."""
    if type(assignment) is not Assignment or not isinstance(assignment.node, cst.Name):
        return None
    holder = meta.parent(assignment.node)
    statement = meta.parent(holder) if isinstance(holder, cst.AssignTarget) else None
    if isinstance(statement, cst.Assign) and len(statement.targets) == 1:
        return statement.value
    return None


# Calls that return one callable, never a list: a loss or metric built from a function.
SINGLE_CALLABLE_FACTORIES = frozenset({"functools.partial"})
# Decorators that return the function they decorate (or one callable standing for it).
TRANSPARENT_DECORATORS = frozenset(
    {
        "keras.saving.register_keras_serializable",
        "keras.utils.register_keras_serializable",
        "tensorflow.function",
        "functools.wraps",
    }
)
# Base classes of a loss or metric class: an instance is one loss or metric.
LOSS_BASES = ("keras.losses.", "keras.metrics.")
CALLBACK_BASES = ("keras.callbacks.",)


def transparent_decorator(meta: ModuleMeta, decorator: cst.Decorator) -> bool:
    """A decorator that returns what it decorates (Keras' registration, ``tf.function``)."""
    target = decorator.decorator
    if isinstance(target, cst.Call):
        target = target.func
    return bool((meta.keras_names(target) | meta.qualified_names(target)) & TRANSPARENT_DECORATORS)


def visible_class_chain(
    meta: ModuleMeta, definition: cst.ClassDef, keras_bases: tuple[str, ...], depth: int = 0
) -> list[cst.ClassDef] | None:
    """The classes of this file from ``definition`` up to Keras (or ``object``), when every
    base on the way is one of them or a Keras class under ``keras_bases``; None when some
    base (an imported class, a builtin such as ``list``, a metaclass or decorator) is out of
    sight, so what an instance is or does cannot be read here."""
    if depth > 8 or not all(transparent_decorator(meta, d) for d in definition.decorators):
        return None
    chain = [definition]
    for base in definition.bases:
        if base.keyword is not None or base.star:
            return None
        value = base.value
        names = meta.keras_names(value)
        if names:
            if not any(n.startswith(keras_bases) for n in names):
                return None
            continue
        if isinstance(value, cst.Name) and value.value == "object" and not meta.referents(value):
            continue
        referents = meta.referents(value) if isinstance(value, cst.Name) else set()
        if len(referents) != 1:
            return None
        parent = assigned_node(next(iter(referents)))
        if not isinstance(parent, cst.ClassDef):
            return None
        above = visible_class_chain(meta, parent, keras_bases, depth + 1)
        if above is None:
            return None
        chain += [c for c in above if c not in chain]
    return chain


def _qualified(prefix: str, names: str) -> set[str]:
    return {prefix + name for name in names.split()}


# Calls known to return ONE array or tensor, never a list or tuple of them. A data value
# (a ``sample_weight`` for every output) is taken as one array only when built by these;
# ``np.split``/``np.hsplit``/``np.where(c)``/``keras.ops.split``... return several.
SINGLE_ARRAY_FUNCTIONS = frozenset(
    _qualified(
        "numpy.",
        "array asarray asanyarray ascontiguousarray zeros ones full empty zeros_like "
        "ones_like full_like empty_like arange linspace eye identity concatenate stack vstack "
        "hstack column_stack reshape squeeze expand_dims ravel transpose tile repeat clip abs "
        "absolute exp log sqrt square maximum minimum float32 float64 int32 int64 round",
    )
    | _qualified(
        "numpy.random.",
        "rand randn random random_sample uniform normal randint choice permutation binomial "
        "poisson exponential beta gamma",
    )
    | _qualified(
        "keras.ops.",
        "convert_to_tensor ones zeros full ones_like zeros_like full_like arange concatenate "
        "stack reshape expand_dims squeeze cast abs exp log sqrt square clip",
    )
    | _qualified(
        "tensorflow.",
        "constant convert_to_tensor ones zeros fill ones_like zeros_like concat stack "
        "reshape cast random.normal random.uniform",
    )
)
# Methods of an array that return one array.
SINGLE_ARRAY_METHODS = frozenset(
    {"astype", "reshape", "copy", "flatten", "ravel", "squeeze", "clip", "round", "numpy"}
)
