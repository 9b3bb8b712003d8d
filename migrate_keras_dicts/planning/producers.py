"""Producers of data (generators, Sequence/PyDataset classes, tf.data pipelines): the
lists they yield become dicts, where the tool can see every one."""

from __future__ import annotations

from collections.abc import Sequence

import libcst as cst
from libcst.metadata import Assignment, ImportAssignment

from ..meta import assigned_node
from .common import is_none, own_nodes
from .literals import keeps_structure, rewrite_data
from .state import PlanState


def rewrite_producer(st: PlanState, expr: cst.BaseExpression) -> bool:
    """``fit(gen())`` / ``fit(MyPyDataset(...))`` / ``fit(tf.data pipeline)`` with a producer
    defined in this module: its ``yield``s (``__getitem__``'s returns, the dataset's
    element) are ``(x, y[, sample_weight])`` tuples whose parts are rewritten like literal
    data. False when ``expr`` is no such producer; a producer the tool cannot see into
    blocks the model with a finding naming it."""
    call = expr
    binding = None
    if isinstance(expr, cst.Name):
        binding = st.meta.binding_of(expr)
        if binding is None or not isinstance(binding.value, cst.Call):
            return _imported_producer(st, expr)
        call = binding.value
    if not isinstance(call, cst.Call):
        return False
    dataset = _dataset_items(st, call)
    if dataset is not None:
        if binding is not None:
            st.consume(binding.assignment, expr.value, "MKD107")  # type: ignore[attr-defined]
        if isinstance(dataset, str):
            st.block("MKD107", call, dataset)
        else:
            _producer_items(st, *dataset, tf_data=True)
        return True
    if not isinstance(call.func, cst.Name):
        return False
    referents = st.meta.referents(call.func)
    if len(referents) != 1:
        return False
    (assignment,) = referents
    if isinstance(assignment, ImportAssignment):
        return _imported_producer(st, call.func)
    definition = assigned_node(assignment)
    if isinstance(definition, cst.FunctionDef):
        items = [y.value for y in own_nodes(definition, cst.Yield)]
        if not items:
            return False
        kind = f"generator `{definition.name.value}`"
    elif isinstance(definition, cst.ClassDef) and _is_dataset_class(st, definition):
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
        items = [r.value for r in own_nodes(getitem, cst.Return)]
        kind = f"`{definition.name.value}.__getitem__`"
    else:
        return False
    if binding is not None:
        st.consume(binding.assignment, expr.value, "MKD107", definition)  # type: ignore[attr-defined]
    st.consume(assignment, call.func.value, "MKD107", definition)
    if id(definition) in st.producers_read:
        return True  # its items are rewritten once for every call site
    st.producers_read.add(id(definition))
    _public_producer(st, definition)
    if _opaque_producer(st, definition, kind):
        return True
    _producer_items(st, items, kind, definition)
    return True


def _opaque_producer(st: PlanState, definition: cst.FunctionDef | cst.ClassDef, kind: str) -> bool:
    """A decorator may reshape what the producer returns, and a dataset class that reads
    its own items (``self[0]``, ``__getitem__``) or is subclassed would meet the dicts:
    blocked, naming the producer."""
    reason = None
    getitem = [
        item
        for item in (definition.body.body if isinstance(definition, cst.ClassDef) else ())
        if isinstance(item, cst.FunctionDef) and item.name.value == "__getitem__"
    ]
    if definition.decorators or any(item.decorators for item in getitem):
        reason = "is decorated; the tool cannot see what the decorator does with its output"
    elif isinstance(definition, cst.ClassDef):
        code = st.meta.module.code_for_node(definition)
        subclassed = any(
            isinstance(other, cst.ClassDef)
            and any(
                isinstance(base.value, cst.Name) and base.value.value == definition.name.value
                for base in other.bases
            )
            for other in st.meta.module.body
        )
        if "self[" in code or code.count("__getitem__") > 1 or subclassed:
            reason = "reads its own items or is subclassed, and would then get dicts too"
    if reason is None:
        return False
    st.block("MKD107", definition.name, f"{kind} {reason}")
    return True


def _public_producer(st: PlanState, definition: cst.FunctionDef | cst.ClassDef) -> None:
    """A module-level producer without a leading underscore may be imported elsewhere,
    where its new dict labels would meet a model the tool did not migrate."""
    name = definition.name.value
    if name.startswith("_") or st.meta.parent(definition) is not st.meta.module:
        return
    st.plan.producers.add(name)
    if not st.exports:
        st.note(
            "MKD126",
            definition.name,
            f"`{name}` is public: code in other files that feeds it to a model must get "
            "dict labels too",
        )


def _imported_producer(st: PlanState, name: cst.Name) -> bool:
    """A producer imported from another module: named in the refusal, never followed."""
    referents = st.meta.referents(name)
    if len(referents) != 1 or not isinstance(next(iter(referents)), ImportAssignment):
        return False
    if not st.outputs.multi:
        return False
    st.block(
        "MKD107",
        name,
        f"the data comes from `{name.value}`, imported from another module; the tool does "
        "not follow data producers across modules — make its labels a dict keyed by output "
        "name by hand, then rerun",
    )
    return True


def _dataset_items(
    st: PlanState, call: cst.Call
) -> tuple[list[cst.BaseExpression | None], str, cst.CSTNode] | str | None:
    """A ``tf.data`` pipeline: the expressions that build its element and what produced
    them (``from_tensor_slices((x, y))``, ``Dataset.zip((x_ds, y_ds))`` or the last
    ``.map(f)``), or a reason the element cannot be seen; None when ``call`` is no
    ``tf.data`` pipeline."""
    mapper: cst.Call | None = None
    outer_method = None
    followed: list[tuple[Assignment, str]] = []
    while isinstance(call.func, cst.Attribute):
        owner = call.func.value
        if isinstance(owner, cst.Name):  # ds = ...; ds = ds.batch(32)
            binding = st.meta.binding_of(owner)
            if binding is None or not isinstance(binding.value, cst.Call):
                break
            followed.append((binding.assignment, owner.value))
            owner = binding.value
        if not isinstance(owner, cst.Call):
            break
        method = call.func.attr.value
        if method == "map" and mapper is None and outer_method is None:
            mapper = call
        elif mapper is None and not keeps_structure(call):
            outer_method = outer_method or method
        call = owner
    names = st.meta.qualified_names(call.func)
    if not any(n.startswith(("tensorflow.data.", "tf.data.")) for n in names):
        return None
    for assignment, name in followed:
        st.consume(assignment, name, "MKD107")
    if outer_method is not None:
        return (
            f"the `tf.data` pipeline's `.{outer_method}(...)` changes or hides its "
            "structure; the tool cannot see the labels it produces"
        )
    if mapper is not None:
        return _map_items(st, mapper)
    positional = [a for a in call.args if a.keyword is None and not a.star]
    root = call.func.attr.value if isinstance(call.func, cst.Attribute) else "?"
    if root in ("from_tensor_slices", "from_tensors", "zip"):
        if len(positional) == 1 and len(call.args) == 1:
            return [positional[0].value], f"`tf.data.Dataset.{root}`", call
        return f"`tf.data.Dataset.{root}(...)` takes more than one argument here"
    return f"`{st.code(call.func)}(...)`: the tool cannot see the structure of its elements"


def _map_items(
    st: PlanState, mapper: cst.Call
) -> tuple[list[cst.BaseExpression | None], str, cst.CSTNode] | str:
    """``.map(lambda x, y: (x, (y[0], y[1])))`` or ``.map(split)`` with ``split`` defined
    in this module and used only here: the tuples the function returns."""
    function = next(
        (a.value for a in mapper.args if a.keyword is None or a.keyword.value == "map_func"),
        None,
    )
    if isinstance(function, cst.Lambda):
        return [function.body], "the `.map(lambda ...)`", function
    if isinstance(function, cst.Name):
        referents = st.meta.referents(function)
        if len(referents) == 1:
            (assignment,) = referents
            definition = assigned_node(assignment)
            if isinstance(definition, cst.FunctionDef) and not own_nodes(definition, cst.Yield):
                st.consume(assignment, function.value, "MKD107")
                _public_producer(st, definition)
                if definition.decorators:
                    return (
                        f"`.map({function.value})`: `{function.value}` is decorated; the "
                        "tool cannot see what the decorator does with what it returns"
                    )
                items = [r.value for r in own_nodes(definition, cst.Return)]
                return items, f"`.map({function.value})`", definition
        return (
            f"`.map({function.value})`: `{function.value}` is not a function defined in "
            "this file whose returns the tool can see"
        )
    shown = st.code(function) if function is not None else "..."
    return f"`.map({shown})`: the tool cannot see what the mapped function returns"


def _producer_items(
    st: PlanState,
    items: Sequence[cst.CSTNode | None],
    kind: str,
    anchor: cst.CSTNode,
    *,
    tf_data: bool = False,
) -> None:
    for item in items:
        if not (
            isinstance(item, cst.Tuple)
            and len(item.elements) in (2, 3)
            and not any(isinstance(e, cst.StarredElement) for e in item.elements)
        ):
            shown = st.code(item) if item is not None else "nothing"
            st.block(
                "MKD107",
                item if item is not None else anchor,
                f"{kind} produces `{shown}`, not an `(x, y)` tuple the tool can see",
            )
            continue
        parts = [e.value for e in item.elements]
        if tf_data and any(_stacked_list(st, part, kind) for part in parts):
            continue
        if st.inputs.multi:
            rewrite_data(st, parts[0], st.inputs, f"x of {kind}")
        if st.outputs.multi:
            rewrite_data(st, parts[1], st.outputs, f"y of {kind}")
            if len(parts) == 3 and not is_none(parts[2]):
                rewrite_data(st, parts[2], st.outputs, f"sample_weight of {kind}")


def _stacked_list(st: PlanState, part: cst.BaseExpression, kind: str) -> bool:
    """In a ``tf.data`` element a list is one stacked tensor, not a structure: turning it
    into a dict would change what the dataset yields."""
    value = part
    if isinstance(part, cst.Name) and (binding := st.meta.binding_of(part)) is not None:
        value = binding.value
    if not isinstance(value, cst.List):
        return False
    st.block(
        "MKD107",
        part,
        f"in {kind}, `{st.code(part)}` is a list, which `tf.data` stacks into one tensor; "
        "write a tuple if one entry per input or output was meant",
    )
    return True


def _is_dataset_class(st: PlanState, definition: cst.ClassDef) -> bool:
    names: set[str] = set()
    for base in definition.bases:
        names |= st.meta.keras_names(base.value)
    return any(n.endswith((".PyDataset", ".Sequence")) for n in names)
