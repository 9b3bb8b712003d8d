"""Outputs built by a function of the same module: ``gender = build_head("gender", x)``
with ``def build_head(name, x): return Dense(2, name=f"{name}_output")(x)``.

Keras names an output after the layer that produced it, so when the function returns a
layer call (directly, or through the one assignment that reaches its ``return``) whose
``name=`` is a string literal, or an f-string or parameter that the call binds to string
literals, the output's name is known at the call: it is the dict key, and nothing inside
the function needs an edit. Anything the tool cannot read that way is a reason, in words,
for the planner's refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import libcst as cst
from libcst.metadata import Assignment

from .. import fastwalk, keras_api
from ..meta import ModuleMeta
from ..scan import literal_string
from .common import is_class_call, keyword_arg, own_nodes, returns


@dataclass(frozen=True)
class Head:
    """The layer a helper function returns, as seen from one call of it."""

    function: cst.FunctionDef
    layer: cst.Call  # the returned layer application, ``Dense(...)(x)``
    ctor: cst.Call  # the call that takes ``name=``: the constructor, or a merge function
    name: str | None  # the output's layer name at this call; None: the layer has no name=


def helper_function(meta: ModuleMeta, func: cst.BaseExpression) -> cst.FunctionDef | None:
    """The plain function (``build_head``) or static method (``Net.build_branch``) of this
    module that ``func`` calls, when that is the only thing it can be."""
    if isinstance(func, cst.Name):
        definition = _defined(meta, func)
        if not isinstance(definition, cst.FunctionDef) or method_owner(meta, definition):
            return None
        return definition if _plain(definition) else None
    if not (isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name)):
        return None
    owner = _defined(meta, func.value)
    if owner is None:
        return _instance_method(meta, func)
    if not isinstance(owner, cst.ClassDef) or owner.decorators or owner.keywords:
        return None
    member = func.attr.value
    found = methods_named(owner, member)
    if len(found) != 1:
        return None
    method = found[0]
    scope = meta.scope(method)
    if scope is None or len(scope.assignments[member]) != 1:
        return None  # also bound otherwise in the class body
    decorators = [d.decorator for d in method.decorators]
    if not (
        len(decorators) == 1
        and isinstance(decorators[0], cst.Name)
        and decorators[0].value == "staticmethod"
        and meta.builtin_only(decorators[0])
    ):
        return None
    if _attribute_assigned(meta, func.value, member):
        return None
    return method if method.asynchronous is None and not own_nodes(method, cst.Yield) else None


def _instance_method(meta: ModuleMeta, func: cst.Attribute) -> cst.FunctionDef | None:
    """``heads.head(x, "main")`` with ``heads = HeadMaker(10)`` bound once: the plain method
    ``head`` of ``class HeadMaker:`` (no bases, decorators or ``__getattribute__``), which
    neither the instance nor the class has reassigned."""
    assert isinstance(func.value, cst.Name)
    binding = meta.binding_of(func.value)
    made = binding.value if binding is not None else None
    if not (isinstance(made, cst.Call) and isinstance(made.func, cst.Name)):
        return None
    owner = _defined(meta, made.func)
    if not isinstance(owner, cst.ClassDef) or owner.decorators or owner.keywords:
        return None
    if any(not (isinstance(b.value, cst.Name) and b.value.value == "object") for b in owner.bases):
        return None  # a base class may define the method's name otherwise
    member = func.attr.value
    defined = methods_named(owner, member, "__getattribute__")
    if len(defined) != 1 or defined[0].name.value != member:
        return None
    method = defined[0]
    scope = meta.scope(method)
    if scope is None or len(scope.assignments[member]) != 1 or not method.params.params:
        return None
    if _attribute_assigned(meta, func.value, member) or _attribute_assigned(
        meta, made.func, member
    ):
        return None
    if _sets_attribute(owner, member):
        return None  # ``self.head = ...`` in a method hides the class's ``head``
    return method if _plain(method) else None


@dataclass
class AttributeWrites:
    """How code in a class writes an attribute ``member`` (of ``self`` or anything else),
    for the callers that each decide which writes they can still reason about."""

    assigned: list[tuple[cst.Attribute, cst.BaseExpression]]  # ``x.member = value``
    unpacked: list[cst.Attribute]  # ``x.member, y = ...``
    augmented: list[cst.Attribute]  # ``x.member += ...``, ``x.member: T = ...``
    removed_or_looped: list[cst.Attribute]  # ``del x.member``, ``for x.member in ...``
    dynamic: set[str]  # ``setattr``, ``__setattr__``, ``__dict__``, ``vars`` named in the class


def attribute_writes(owner: cst.ClassDef, member: str) -> AttributeWrites:
    writes = AttributeWrites([], [], [], [], set())

    def named(target: cst.BaseExpression) -> cst.Attribute | None:
        if isinstance(target, cst.Attribute) and target.attr.value == member:
            return target
        return None

    def unpacked(target: cst.BaseExpression) -> list[cst.Attribute]:
        if isinstance(target, cst.Tuple | cst.List):
            return [a for e in target.elements for a in unpacked(e.value)]
        found = named(target)
        return [found] if found is not None else []

    class Writes(cst.CSTVisitor):
        def visit_Assign(self, node: cst.Assign) -> None:
            for target in node.targets:
                found = named(target.target)
                if found is not None:
                    writes.assigned.append((found, node.value))
                else:
                    writes.unpacked.extend(unpacked(target.target))

        def visit_AugAssign(self, node: cst.AugAssign) -> None:
            writes.augmented.extend(unpacked(node.target))

        def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
            writes.augmented.extend(unpacked(node.target))

        def visit_Del(self, node: cst.Del) -> None:
            self._removed_or_looped(node.target)

        def visit_For(self, node: cst.For) -> None:
            self._removed_or_looped(node.target)

        def _removed_or_looped(self, target: cst.BaseExpression) -> None:
            found = named(target)
            if found is not None:
                writes.removed_or_looped.append(found)

        def visit_Name(self, node: cst.Name) -> None:
            if node.value in ("setattr", "__setattr__", "__dict__", "vars"):
                writes.dynamic.add(node.value)

    fastwalk.visit(owner, Writes())
    return writes


def _sets_attribute(owner: cst.ClassDef, member: str) -> bool:
    """Code in the class that may set an attribute ``member`` on an instance: an
    assignment to ``<anything>.member``, or ``setattr``/``__dict__``/``vars``."""
    writes = attribute_writes(owner, member)
    return bool(writes.assigned or writes.unpacked or writes.augmented or writes.dynamic)


def head_of(meta: ModuleMeta, function: cst.FunctionDef, call: cst.Call) -> Head | str:
    """What ``call`` of ``function`` returns: a :class:`Head`, or why the tool cannot say."""
    found = returns(function)
    if len(found) != 1 or found[0].value is None:
        return "it has more than one `return`, or none with a value"
    value = found[0].value
    if isinstance(value, cst.Name):
        binding = meta.binding_of(value)
        if binding is None or not meta.inside(binding.statement, function):
            return f"the `{value.value}` it returns is not bound once, in the function, to a layer call"
        value = binding.value
    if not isinstance(value, cst.Call):
        return "it does not return a layer call"
    ctor = _layer_constructor(meta, value, function)
    if ctor is None:
        return (
            "what it returns is not a call of a Keras layer built inside the function "
            "(a layer object shared between calls, or another function)"
        )
    if any(arg.star for arg in ctor.args):
        return f"`{_code(meta, ctor)}` uses `*`/`**` arguments, which may set `name=`"
    name_arg = _name_argument(meta, ctor)
    if name_arg is None:
        return Head(function, value, ctor, None)
    arguments = bound_arguments(function, call, bound_method=_bound_method(meta, function))
    name = None if arguments is None else _evaluate(meta, function, name_arg, arguments)
    if name is None:
        return (
            f"the layer's `name={_code(meta, name_arg)}` is not a string literal, nor an "
            "f-string or parameter that this call gives string literals"
        )
    return Head(function, value, ctor, name)


def _bound_method(meta: ModuleMeta, function: cst.FunctionDef) -> bool:
    """An undecorated method, called on an instance: its first parameter is the instance."""
    return method_owner(meta, function) is not None and not function.decorators


def bound_arguments(
    function: cst.FunctionDef, call: cst.Call, *, bound_method: bool = False
) -> dict[str, cst.BaseExpression] | None:
    """Parameter name -> the expression the call (or the default) gives it; None when the
    call passes ``*``/``**`` arguments or more positional arguments than named parameters.
    ``bound_method``: the call does not pass the first parameter (``self``)."""
    params = function.params
    positional = [*params.posonly_params, *params.params][1 if bound_method else 0 :]
    bound: dict[str, cst.BaseExpression] = {}
    index = 0
    for arg in call.args:
        if arg.star:
            return None
        if arg.keyword is None:
            if index >= len(positional):
                return None
            bound[positional[index].name.value] = arg.value
            index += 1
        else:
            bound[arg.keyword.value] = arg.value
    for param in [*positional, *params.kwonly_params]:
        if param.name.value not in bound and param.default is not None:
            bound[param.name.value] = param.default
    return bound


def _evaluate(
    meta: ModuleMeta,
    function: cst.FunctionDef,
    expr: cst.BaseExpression,
    arguments: dict[str, cst.BaseExpression],
) -> str | None:
    """The string ``expr`` is at this call: a literal, a parameter given a literal, or an
    f-string of literal text and such parameters (no conversions, no format specs)."""
    exact = literal_string(expr)
    if exact is not None:
        return exact
    if isinstance(expr, cst.Name):
        param = _parameter(meta, function, expr)
        if param is None:
            return _constant(meta, expr)  # a module constant, ``HEAD = "score"``
        given = arguments.get(param)
        if isinstance(given, cst.Name):
            return _constant(meta, given)  # ``build_head(TASK, x)`` with ``TASK = "age"``
        return literal_string(given) if given is not None else None
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        left = _evaluate(meta, function, expr.left, arguments)  # ``name + "_score"``
        right = _evaluate(meta, function, expr.right, arguments) if left is not None else None
        return None if right is None else left + right  # type: ignore[operator]
    if not isinstance(expr, cst.FormattedString) or "b" in expr.prefix.lower():
        return None
    pieces = []
    for part in expr.parts:
        if isinstance(part, cst.FormattedStringText):
            if "\\" in part.value or "{" in part.value or "}" in part.value:
                return None  # escapes and doubled braces: not worth reading by hand
            pieces.append(part.value)
            continue
        if not isinstance(part, cst.FormattedStringExpression):
            return None
        if part.conversion is not None or part.format_spec is not None or part.equal:
            return None
        if not isinstance(part.expression, cst.Name):
            return None
        value = _evaluate(meta, function, part.expression, arguments)
        if value is None:
            return None
        pieces.append(value)
    return "".join(pieces)


def _constant(meta: ModuleMeta, name: cst.Name) -> str | None:
    """The string literal ``name`` is bound to, when one assignment reaches it."""
    binding = meta.binding_of(name)
    return literal_string(binding.value) if binding is not None else None


def _parameter(meta: ModuleMeta, function: cst.FunctionDef, name: cst.Name) -> str | None:
    """``name``'s parameter of ``function`` when the parameter is all that binds it."""
    referents = meta.referents(name)
    if len(referents) != 1:
        return None
    assignment = next(iter(referents))
    if type(assignment) is not Assignment or not isinstance(assignment.node, cst.Param):
        return None
    param = assignment.node
    every = [*function.params.posonly_params, *function.params.params]
    every += function.params.kwonly_params
    return param.name.value if any(p is param for p in every) else None


def _name_argument(meta: ModuleMeta, ctor: cst.Call) -> cst.BaseExpression | None:
    explicit = keyword_arg(ctor, "name")
    if explicit is not None:
        return explicit.value
    layer_class = keras_api.layer_class(meta.keras_names(ctor.func)) or ""
    index = keras_api.POSITIONAL_NAME_INDEX.get(layer_class)
    positional = [a for a in ctor.args if a.keyword is None]
    if index is not None and len(positional) > index:
        return positional[index].value
    return None


def _layer_constructor(
    meta: ModuleMeta, value: cst.Call, function: cst.FunctionDef
) -> cst.Call | None:
    """The call that names the layer ``value`` applies, when it runs afresh on each call
    of ``function``: ``Dense(...)(x)``, ``layer(x)`` of a ``layer = Dense(...)`` made in
    the function and used once, or a merge function such as ``concatenate([...])``."""
    if keras_api.merge_function(meta.keras_names(value.func)):
        return value
    ctor: cst.BaseExpression | None = value.func
    if isinstance(ctor, cst.Name):
        binding = meta.binding_of(ctor)
        uses = meta.uses_of(binding.assignment) if binding is not None else None
        if binding is None or uses is None or len(uses) != 1:
            return None
        ctor = binding.value
    if not (isinstance(ctor, cst.Call) and is_class_call(meta, ctor)):
        return None
    return ctor if meta.inside(ctor, function) else None


def _defined(meta: ModuleMeta, name: cst.Name) -> cst.CSTNode | None:
    """The ``def``/``class`` statement that reaches this use of ``name``, if one does, or
    the one ``def`` that every binding of it spells word for word (a notebook that defines
    its helper again in a later section): whichever runs last, the call runs that code."""
    assignment = meta.reaching(name)
    if assignment is None:
        return _same_definition(meta, name)
    if type(assignment) is not Assignment:
        return None
    node = assignment.node
    return node if isinstance(node, cst.FunctionDef | cst.ClassDef) else None


def _same_definition(meta: ModuleMeta, name: cst.Name) -> cst.FunctionDef | None:
    referents = meta.referents(name)
    nodes = [getattr(a, "node", None) for a in referents if type(a) is Assignment]
    if len(nodes) < 2 or len(nodes) != len(referents):
        return None
    if not all(isinstance(n, cst.FunctionDef) and meta.parent(n) is meta.module for n in nodes):
        return None
    functions = [cast(cst.FunctionDef, n) for n in nodes]
    # Defaults and decorators run when the ``def`` does, and may differ between the two.
    if any(f.decorators or _defaults(f) for f in functions):
        return None
    code = {meta.module.code_for_node(f) for f in functions}
    return functions[0] if len(code) == 1 else None


def _defaults(function: cst.FunctionDef) -> bool:
    params = function.params
    every = [*params.posonly_params, *params.params, *params.kwonly_params]
    return any(p.default is not None and literal_string(p.default) is None for p in every)


def _plain(function: cst.FunctionDef) -> bool:
    """Undecorated, synchronous, not a generator: calling it runs its body and returns."""
    return (
        not function.decorators
        and function.asynchronous is None
        and not own_nodes(function, cst.Yield)
    )


def method_owner(meta: ModuleMeta, function: cst.FunctionDef) -> cst.ClassDef | None:
    """The class ``function`` is a method of (defined in its body), if it is one."""
    block = meta.parent(function)
    owner = meta.parent(block) if isinstance(block, cst.IndentedBlock) else None
    return owner if isinstance(owner, cst.ClassDef) else None


def methods_named(owner: cst.ClassDef, *names: str) -> list[cst.FunctionDef]:
    """The ``def`` statements of the class body named one of ``names``."""
    return [s for s in owner.body.body if isinstance(s, cst.FunctionDef) and s.name.value in names]


def _attribute_assigned(meta: ModuleMeta, owner: cst.Name, member: str) -> bool:
    """``Owner.member = ...`` (or ``del``, augmented) anywhere the class name reaches."""
    assignment = meta.reaching(owner)
    for access in meta.references(assignment) if assignment is not None else ():
        node = access.node
        attribute = meta.parent(node) if isinstance(node, cst.Name) else None
        if isinstance(attribute, cst.Attribute) and attribute.attr.value == member:
            holder = meta.parent(attribute)
            if isinstance(holder, cst.AssignTarget | cst.Del) or (
                isinstance(holder, cst.AugAssign | cst.AnnAssign) and holder.target is attribute
            ):
                return True
    return False


def _code(meta: ModuleMeta, node: cst.CSTNode) -> str:
    text = " ".join(meta.module.code_for_node(node).split())
    return text if len(text) <= 60 else text[:57] + "..."
