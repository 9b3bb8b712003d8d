"""Models called like layers (``valid = discriminator(img)``, ``self.generator(z)``): a call of
a model with one output gives one tensor, so a model built on it has one output too.

GAN code builds its combined model this way, one model on another. Without this the tool
could not tell such an output from a list and refused a model that needs nothing. Being
wrong here costs a missed finding, never a rewrite: a side taken for one tensor is left as
it is, with everything paired to it.
"""

from __future__ import annotations

import libcst as cst

from .. import keras_api
from . import heads, syntax
from .common import keyword_arg, own_nodes, returns
from .state import PlanState

_DEPTH = 4


def gives_one_tensor(st: PlanState, expr: cst.BaseExpression, depth: int = 0) -> bool:
    """``expr`` (or the value its name is bound to) is a call of a one-output model, or a
    layer call or ``Input`` inside such a model's builder."""
    from .structure import is_tensor_call  # structure imports this module

    if isinstance(expr, cst.Name):
        binding = st.meta.binding_of(expr)
        if binding is None:
            return False
        expr = binding.value
    if not isinstance(expr, cst.Call) or depth > _DEPTH:
        return False
    if is_tensor_call(st, expr, is_input=False):
        return True
    model = _model_value(st, expr.func)
    return model is not None and _one_output_model(st, model, depth + 1)


def _model_value(st: PlanState, func: cst.BaseExpression) -> cst.BaseExpression | None:
    """What the called object was bound to: a name's value, or the one value a method of
    the enclosing class assigns to ``self.<attr>``."""
    if isinstance(func, cst.Name):
        binding = st.meta.binding_of(func)
        return binding.value if binding is not None else None
    if isinstance(func, cst.Attribute):
        return _self_attribute(st, func)
    return None


def _one_output_model(st: PlanState, value: cst.BaseExpression, depth: int) -> bool:
    if not isinstance(value, cst.Call) or depth > _DEPTH:
        return False
    names = st.meta.keras_names(value.func)
    if any(n.endswith(".Sequential") or n.startswith("keras.applications.") for n in names):
        return True  # a Sequential, like every application model, has one output
    if keras_api.is_model(names):
        outputs = keyword_arg(value, "outputs")
        given = outputs.value if outputs is not None else None
        positional = [a for a in value.args if a.keyword is None]
        if given is None and len(positional) >= 2 and not positional[1].star:
            given = positional[1].value
        return given is not None and gives_one_tensor(st, given, depth + 1)
    function = heads.helper_function(st.meta, value.func) or _own_method(st, value.func)
    found = returns(function) if function is not None else []
    if function is None or len(found) != 1 or found[0].value is None:
        return False
    returned = found[0].value
    if isinstance(returned, cst.Name):
        binding = st.meta.binding_of(returned)
        if binding is None or not syntax.inside(st, binding.statement, function):
            return False
        returned = binding.value
    return _one_output_model(st, returned, depth + 1)


def _enclosing_class(st: PlanState, node: cst.CSTNode) -> cst.ClassDef | None:
    """The class whose method (taking ``self`` first) runs ``node``."""
    method = syntax.enclosing_function(st, node)
    if method is None or not method.params.params:
        return None
    if method.params.params[0].name.value != "self":
        return None
    return heads.method_owner(st.meta, method)


def _is_self_attribute(node: cst.BaseExpression, attr: str) -> bool:
    return (
        isinstance(node, cst.Attribute)
        and isinstance(node.value, cst.Name)
        and node.value.value == "self"
        and node.attr.value == attr
    )


def _self_attribute(st: PlanState, func: cst.Attribute) -> cst.BaseExpression | None:
    """The value of ``self.<attr>`` when the class's methods assign it exactly once (besides
    ``None``), and nothing else in the class can set it (``setattr``, ``+=``, unpacking,
    ``__dict__``). Code outside the class may still set it: then a model with several
    outputs is taken for one, which leaves it untouched (see the module docstring)."""
    if not (isinstance(func.value, cst.Name) and func.value.value == "self"):
        return None
    owner = _enclosing_class(st, func)
    if owner is None:
        return None
    attr = func.attr.value
    writes = heads.attribute_writes(owner, attr)
    # ``self.D = None`` until it is built: calling it then would raise
    values = [
        value
        for target, value in writes.assigned
        if _is_self_attribute(target, attr)
        and not (isinstance(value, cst.Name) and value.value == "None")
    ]
    others = writes.unpacked + writes.augmented + writes.removed_or_looped
    unknown = any(_is_self_attribute(t, attr) for t in others) or bool(
        writes.dynamic & {"setattr", "__dict__", "vars"}
    )
    return values[0] if len(values) == 1 and not unknown else None


def _own_method(st: PlanState, func: cst.BaseExpression) -> cst.FunctionDef | None:
    """``self.build()`` inside a class: its one method of that name."""
    if not (isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name)):
        return None
    if func.value.value != "self":
        return None
    owner = _enclosing_class(st, func)
    if owner is None:
        return None
    found = heads.methods_named(owner, func.attr.value)
    if len(found) != 1 or found[0].decorators:
        return None
    if own_nodes(found[0], cst.Yield) or found[0].asynchronous is not None:
        return None
    return found[0]
