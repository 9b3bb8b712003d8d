"""Which automatic layer names a migration changes, when the file makes that provable.

Keras names an unnamed layer ``<snake_case class>`` then ``<stem>_1``, ``<stem>_2``... from a
counter per stem that lives in the process; explicit names take no slot (KERAS_RULES §3d).
Naming an output layer therefore renames it *and* shifts every later unnamed layer of the same
class. Strings that spell such names (``monitor="val_dense_1_loss"``, ``history.history[...]``,
``get_layer("dense_1")``) can only be updated when every layer the process builds before them
is visible: a script whose layers are all built in straight-line module code, importing nothing
that could build layers. Anything else returns None, and a model whose names such strings
depend on is refused (MKD127).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import cast

import libcst as cst

from . import fastwalk, keras_api
from .meta import ModuleMeta, assigned_node

# Layers that build no automatically named layer of their own when constructed, and whose
# stem no Keras operation shares: ``a + b`` on tensors is an ``Add`` operation that takes a
# slot of the ``add`` counter, as do ``keras.ops.concatenate``, ``softmax``, ``reshape``...
# (measured on Keras 3.15: the Operation subclasses of keras.src.ops), so merge layers and
# those classes stay unprovable.
LEAF_LAYERS = frozenset(
    {
        "Dense",
        "EinsumDense",
        "Dropout",
        "Activation",
        "Flatten",
        "BatchNormalization",
        "LayerNormalization",
        "Embedding",
        "Conv1D",
        "Conv2D",
        "Conv3D",
        "MaxPooling1D",
        "MaxPooling2D",
        "AveragePooling1D",
        "AveragePooling2D",
        "GlobalAveragePooling1D",
        "GlobalAveragePooling2D",
        "GlobalMaxPooling1D",
        "GlobalMaxPooling2D",
        "Lambda",
        "Rescaling",
        "Normalization",
        "LeakyReLU",
    }
)
# Keras calls that build no layer: safe to meet anywhere.
SAFE_KERAS_PREFIXES = (
    "keras.Input",
    "keras.layers.Input",
    "keras.Model",
    "keras.models.Model",
    "keras.optimizers.",
    "keras.losses.",
    "keras.metrics.",
    "keras.callbacks.",
    "keras.initializers.",
    "keras.regularizers.",
    "keras.utils.set_random_seed",
    "keras.utils.to_categorical",
    "keras.utils.plot_model",
    "keras.utils.PyDataset",
    "keras.utils.Sequence",
    "keras.utils.normalize",
    "keras.utils.pad_sequences",
    "keras.utils.get_file",
    "keras.ops.",  # operations take slots of their own stems, none of them a LEAF_LAYERS stem
    "keras.activations.",
    "keras.datasets.",
)
# tensorflow is left out: ``tf.compat.v1.keras``, ``tfk = tf.keras`` and the Keras 2 copies
# build layers on counters the tool cannot follow. Stdlib modules that run other code too.
SAFE_IMPORTS = frozenset({"keras", "numpy", "pandas", "matplotlib", "sklearn", "scipy"})
UNSAFE_STDLIB = frozenset({"importlib", "runpy", "imp", "pkgutil", "code", "builtins"})


@dataclass(frozen=True)
class Construction:
    call: cst.Call
    stem: str
    explicit: bool


class _Unprovable(Exception):
    pass


def renamed_layers(
    meta: ModuleMeta,
    new_names: dict[int, str],
    stems: set[str] | None = None,
    calls: dict[str, cst.Call] | None = None,
) -> dict[str, str] | None:
    """Old automatic name -> new name for every layer whose name the migration changes.

    ``new_names`` maps ``id(call)`` of each layer construction that gains ``name=``. None
    when the file does not let the tool know the automatic names. ``calls`` receives the
    construction of each renamed layer, by old name."""
    collector = _Collector(meta, stems or set())
    try:
        fastwalk.visit(meta.module, collector)
    except _Unprovable:
        return None
    if collector.classes & {c.stem for c in collector.found}:
        return None
    if not all(any(id(c.call) == key for c in collector.found) for key in new_names):
        return None
    before: dict[str, int] = {}
    after: dict[str, int] = {}
    renamed: dict[str, str] = {}
    for construction in collector.found:
        if construction.explicit:
            continue
        old = _next_auto_name(before, construction.stem)
        new = new_names.get(id(construction.call))
        if new is None:
            new = _next_auto_name(after, construction.stem)
        if new != old:
            renamed[old] = new
            if calls is not None:
                calls[old] = construction.call
    return renamed


def _next_auto_name(counters: dict[str, int], stem: str) -> str:
    count = counters.get(stem, 0)
    counters[stem] = count + 1
    return stem if count == 0 else f"{stem}_{count}"


class _Collector(cst.CSTVisitor):
    """Layer constructions in execution order; raises when that order is not certain."""

    def __init__(self, meta: ModuleMeta, stems: set[str]) -> None:
        super().__init__()
        self.meta = meta
        self.stems = stems
        self.found: list[Construction] = []
        self.conditional = 0  # inside code that may run zero or several times, or later
        self.construction_args = 0  # inside the arguments of a layer construction
        self.classes: set[str] = set()

    # -- code that does not run exactly once, in source order ------------------------------
    def _enter(self, node: cst.CSTNode) -> bool:
        self.conditional += 1
        return True

    def _leave(self, node: cst.CSTNode) -> None:
        self.conditional -= 1

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        self.classes.add(keras_api.snake_case(node.name.value))  # ``class Dense(Layer)``
        return self._enter(node)

    visit_FunctionDef = visit_Lambda = _enter
    visit_For = visit_While = visit_If = visit_Try = visit_Match = _enter
    visit_IfExp = visit_BooleanOperation = _enter
    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _enter
    leave_FunctionDef = leave_ClassDef = leave_Lambda = _leave  # type: ignore[assignment]
    leave_For = leave_While = leave_If = leave_Try = leave_Match = _leave  # type: ignore[assignment]
    leave_IfExp = leave_BooleanOperation = _leave  # type: ignore[assignment]
    leave_ListComp = leave_SetComp = leave_DictComp = leave_GeneratorExp = _leave  # type: ignore[assignment]

    def visit_FormattedStringText(self, node: cst.FormattedStringText) -> bool:
        if any(stem in node.value for stem in self.stems):
            raise _Unprovable  # ``f"dense_{i}_loss"``: a name the tool cannot update
        return False

    def visit_TryStar(self, node: cst.TryStar) -> bool:
        raise _Unprovable

    # -- imports: code that runs before ours ------------------------------------------------
    def visit_Import(self, node: cst.Import) -> bool:
        for alias in node.names:
            _check_import(cst.Module([]).code_for_node(alias.name))
        return False

    def visit_ImportFrom(self, node: cst.ImportFrom) -> bool:
        if node.relative or node.module is None:
            raise _Unprovable
        _check_import(cst.Module([]).code_for_node(node.module))
        return False

    # -- calls -------------------------------------------------------------------------------
    def visit_Call(self, node: cst.Call) -> bool:
        if (
            isinstance(node.func, cst.Call)
            and isinstance(node.func.func, cst.Name)
            and node.func.func.value == "type"
        ):
            raise _Unprovable  # ``type(layer)(8)`` builds a layer of the same class
        if isinstance(node.func, cst.Attribute) and node.func.attr.value == "__class__":
            raise _Unprovable
        if not isinstance(node.func, cst.Name | cst.Attribute):
            return True  # ``Dense(1)(h)`` calls a layer: the construction is its ``func``
        names = self.meta.keras_names(node.func)
        if not names:
            return True
        if keras_api.merge_function(names):
            raise _Unprovable  # ``layers.add(...)``: a stem Keras operations share
        cls = keras_api.layer_class(names)
        if cls is None:
            if any(n.startswith(SAFE_KERAS_PREFIXES) for n in names):
                return True
            raise _Unprovable  # a Keras call that may build layers (applications, Sequential...)
        if cls not in LEAF_LAYERS or self.conditional or self.construction_args:
            raise _Unprovable
        if any(arg.star for arg in node.args):
            raise _Unprovable  # ``**kwargs`` may or may not hold a name
        self.found.append(Construction(node, keras_api.snake_case(cls), _explicit(node, cls)))
        self.construction_args += 1
        return True

    def visit_Name(self, node: cst.Name) -> bool:
        if node.value in ("exec", "eval", "getattr", "__import__") and not self.meta.keras_names(
            node
        ):
            raise _Unprovable  # may build layers the tool cannot see
        self._referenced(node)
        return True

    def visit_Attribute(self, node: cst.Attribute) -> bool:
        self._referenced(node)
        return True

    def _referenced(self, node: cst.Name | cst.Attribute) -> None:
        """``D = layers.Dense``, ``partial(layers.Dense, 8)``, ``map(layers.Dense, ...)``,
        ``f(layers)``: layers may then be built where the tool does not count them."""
        if not self.meta.is_reference(node):
            return
        parent = self.meta.parent(node)
        if isinstance(parent, cst.Call) and parent.func is node:
            return  # a call: visit_Call judges it
        names = self.meta.keras_names(node)
        if not names:
            return
        if any(n.count(".") <= 1 and not n.split(".")[-1][:1].isupper() for n in names) or (
            keras_api.layer_class(names) or keras_api.merge_function(names)
        ):
            raise _Unprovable

    def leave_Call(self, original_node: cst.Call) -> None:
        if self.found and self.found[-1].call is original_node:
            self.construction_args -= 1


def _explicit(node: cst.Call, cls: str) -> bool:
    """A construction that passes ``name=`` (by keyword or position): it takes no slot."""
    index = keras_api.POSITIONAL_NAME_INDEX.get(cls)
    positional = [a for a in node.args if a.keyword is None]
    return any(a.keyword is not None and a.keyword.value == "name" for a in node.args) or (
        index is not None and len(positional) > index
    )


def _named_by_string(node: cst.Call, cls: str) -> bool:
    """A construction whose name is a string literal: surely explicit (``name=None`` or a
    variable may leave Keras to pick the name)."""
    strings = (cst.SimpleString, cst.ConcatenatedString, cst.FormattedString)
    if any(a.keyword is not None and a.keyword.value == "name" for a in node.args):
        return any(
            a.keyword is not None and a.keyword.value == "name" and isinstance(a.value, strings)
            for a in node.args
        )
    index = keras_api.POSITIONAL_NAME_INDEX.get(cls)
    positional = [a for a in node.args if a.keyword is None]
    return (
        index is not None
        and not any(a.star for a in node.args)
        and len(positional) > index
        and isinstance(positional[index].value, strings)
    )


# Code whose layers may be built at any later time, or several times: a function's or a
# lambda's body runs when called, a generator expression when consumed; a loop body runs
# again after the rest of its body.
_DEFERRED = (cst.FunctionDef, cst.Lambda, cst.GeneratorExp)
_REPEATED = (cst.For, cst.While, cst.ListComp, cst.SetComp, cst.DictComp, cst.GeneratorExp)


def later_constructions(
    meta: ModuleMeta, stems: set[str], named: list[cst.Call]
) -> list[cst.CSTNode]:
    """Layers of the ``stems`` that may be built after one of the ``named`` constructions
    (the layers the migration names), when the tool cannot work the automatic names out:
    their names may shift, whether they are called on a tensor or only constructed
    (``keras.Sequential([layers.Dense(8)])``, ``model.add(layers.Dense(8))``, stored for
    later); with ``input_layer`` among the stems, Inputs and the Sequentials that may
    build one. Each is a construction without ``name=``, a reference to the class that
    is not called (``D = layers.Dense``, ``partial(layers.Dense, 8)``), which may build
    layers anywhere, or a call of a function or class imported from a module of the
    program, whose layers the tool does not see. A construction counts as earlier only
    when it runs before every named one: before them in the source, not holding one in its
    arguments, in no loop that also holds one, and at module level or in the function that
    builds every named one, called once (a builder called twice builds its unnamed layers
    again after the named ones)."""
    named_ids = {id(call) for call in named}
    named_ancestors: set[int] = set()
    for call in named:
        current = meta.parent(call)
        while current is not None:
            named_ancestors.add(id(current))
            current = meta.parent(current)
    named_frames = {id(_deferred_frame(meta, call)) for call in named}
    found: list[cst.CSTNode] = []
    seen_named = False

    def earlier(node: cst.Call) -> bool:
        if seen_named or id(node) in named_ancestors:
            return False
        frame = _deferred_frame(meta, node)
        if frame is not None and not (named_frames == {id(frame)} and _runs_once(meta, frame)):
            return False
        current = meta.parent(node)
        while current is not None and current is not frame:
            if isinstance(current, _REPEATED) and id(current) in named_ancestors:
                return False
            current = meta.parent(current)
        return True

    class Finder(cst.CSTVisitor):
        def visit_Call(self, node: cst.Call) -> None:
            nonlocal seen_named
            if id(node) in named_ids:
                seen_named = True
            elif _project_call(meta, node) and not earlier(node):
                found.append(node)  # ``make_encoder()`` from another module of the program

        def visit_Name(self, node: cst.Name) -> None:
            if meta.may_name_keras(node.value):  # most names are not: skip them cheaply
                self._reference(node)

        def visit_Attribute(self, node: cst.Attribute) -> None:
            self._reference(node)

        def _reference(self, node: cst.Name | cst.Attribute) -> None:
            if not meta.is_reference(node):
                return
            parent = meta.parent(node)
            cls = _built_class(meta.keras_names(node), stems)
            if cls is None:
                return
            if not (isinstance(parent, cst.Call) and parent.func is node):
                found.append(node)  # the class itself: layers may be built from it anywhere
            elif not (id(parent) in named_ids or _named_by_string(parent, cls) or earlier(parent)):
                found.append(parent)

    meta.visit(Finder())
    return found


def _built_class(names: set[str], stems: set[str]) -> str | None:
    """The class of a construction that builds an automatically named layer of the
    ``stems``: a layer class, or for ``input_layer`` an Input, an InputLayer or a
    Sequential (which builds an unnamed InputLayer once it knows its input shape)."""
    cls = keras_api.layer_class(names)
    if cls is not None and keras_api.snake_case(cls) in stems:
        return cls
    if "input_layer" in stems and (
        names & keras_api.INPUT_NAMES
        or any(n.endswith((".InputLayer", ".Sequential")) for n in names)
    ):
        return "InputLayer"
    return None


def _project_call(meta: ModuleMeta, node: cst.Call) -> bool:
    """A call of something imported from a module that may build layers: not Keras, not the
    standard library nor a known package (``from encoders import make_encoder``)."""
    if not isinstance(node.func, cst.Name | cst.Attribute) or meta.keras_names(node.func):
        return False
    base: cst.BaseExpression = node.func
    while isinstance(base, cst.Attribute):
        base = base.value
    if not isinstance(base, cst.Name) or not meta.bound_by_import(base.value):
        return False
    if not any(type(r).__name__ == "ImportAssignment" for r in meta.referents(base)):
        return False
    for name in meta.qualified_names(node.func):
        try:
            _check_import(name)
        except _Unprovable:
            return not name.startswith(("tensorflow.", "tf_keras."))
    return False


def _deferred_frame(meta: ModuleMeta, node: cst.CSTNode) -> cst.CSTNode | None:
    """The innermost function, lambda or generator expression around ``node``, if any."""
    current = meta.parent(node)
    while current is not None and not isinstance(current, _DEFERRED):
        current = meta.parent(current)
    return current


def _runs_once(meta: ModuleMeta, frame: cst.CSTNode) -> bool:
    """A plain module-level function whose only use in the file is one call made once, in
    module-level code outside loops (calls from other files are not seen here)."""
    if not isinstance(frame, cst.FunctionDef) or frame.decorators:
        return False
    if meta.parent(frame) is not meta.module:
        return False
    scope = meta.scope(frame)
    if scope is None:
        return False
    assignments = [a for a in scope.assignments[frame.name.value] if assigned_node(a) is frame]
    uses = meta.uses_of(assignments[0]) if len(assignments) == 1 else None
    if uses is None or len(uses) != 1:
        return False
    call = meta.parent(uses[0])
    if not (isinstance(call, cst.Call) and call.func is uses[0]):
        return False
    current = meta.parent(call)
    while current is not None:
        if isinstance(current, _DEFERRED + _REPEATED):
            return False
        current = meta.parent(current)
    return True


def _check_import(dotted: str) -> None:
    top = dotted.split(".")[0]
    if top in UNSAFE_STDLIB or (top not in SAFE_IMPORTS and top not in sys.stdlib_module_names):
        raise _Unprovable  # a module of the project may build layers when imported


NAME_CONTEXT_METHODS = frozenset({"get_layer"})


def name_strings(
    meta: ModuleMeta, strings: list[cst.SimpleString]
) -> list[tuple[cst.SimpleString, str]]:
    """The strings that spell a layer name or a log key, with how: ``"layer"`` for
    ``get_layer("dense_1")``, ``"key"`` for ``monitor=`` values and ``history.history[...]``."""
    found = []
    for node in strings:
        parent = meta.parent(node)
        if isinstance(parent, cst.Arg):
            call = meta.parent(parent)
            keyword = parent.keyword.value if parent.keyword else None
            if keyword == "monitor":
                found.append((node, "key"))
            elif (
                isinstance(call, cst.Call)
                and isinstance(call.func, cst.Attribute)
                and call.func.attr.value in NAME_CONTEXT_METHODS
                and (keyword == "name" or (keyword is None and call.args[0] is parent))
            ):
                found.append((node, "layer"))
        elif isinstance(parent, cst.Index):
            subscript = meta.parent(cast(cst.CSTNode, meta.parent(parent)))  # an Index has one
            if (
                isinstance(subscript, cst.Subscript)
                and isinstance(subscript.value, cst.Attribute)
                and subscript.value.attr.value == "history"
            ):
                found.append((node, "key"))
    return found


def renamed_string(
    value: str,
    how: str,
    renamed: dict[str, str],
    taken: set[str] = frozenset(),  # type: ignore[assignment]
) -> str | None:
    """The string after the rename, or None when it names no renamed layer or may name a
    layer called by one of the ``taken`` names (``dense_head_loss`` beside ``dense``)."""
    if how == "layer":
        return None if value in taken else renamed.get(value)
    if how == "any":  # does the string contain a changed name at all (paths, pieces)?
        return next((new for old, new in renamed.items() if old in value), None)
    for name in taken:
        if value == name or value.startswith((f"{name}_", f"val_{name}_")):
            return None
    for old in sorted(renamed, key=len, reverse=True):
        for prefix in ("val_", ""):
            head = f"{prefix}{old}_"
            if value.startswith(head) and not value[len(head) : len(head) + 1].isdigit():
                return f"{prefix}{renamed[old]}_{value[len(head) :]}"
    return None
