"""Following a model stored on ``self`` in one class: ``self.model = keras.Model(...)`` in a
method of ``Trainer``, then ``self.model.compile(...)`` and ``self.model.fit(...)`` in its
methods (a training wrapper, or a callback holding an activation model it predicts with).

The model's uses are then every ``<p>.model`` of the class's plain methods, ``<p>`` the
method's first parameter: each such attribute is handed to the use table (uses.py) as a use
of the model's variable would be. That holds only when nothing else can reach ``.model``:

- the constructor is the one assignment to any ``.model`` of the module, in a plain method
  (no decorator), on that method's first parameter;
- every ``.model`` of the module is one of those uses (``trainer.model.fit(...)`` outside
  the class, or ``other.model``, is not) or a ``self.model = None`` placeholder (it holds
  no model, so what reads it sees ``None`` alike before and after), and no text of the
  module reaches attributes by name (``getattr``, ``setattr``, ``vars(``, ``__dict__``,
  ``__slots__``, ...);
- the class has no decorator, no metaclass and no base but ``object``, or a Keras
  ``Callback`` when the attribute is none Keras reads or sets on callbacks (``model``,
  ``params``, ``validation_data``, ``async_safe``, ``_...``, ``on_...``, ``set_...``);
- its body binds no ``model`` of its own, no class of the module derives from it, and its
  name is only called (``Trainer(...)``, or ``super(Trainer, self)``): ``Trainer.train(obj)``
  would run a method with another object as ``self``.

Other files are out of this module's sight: the plan is exported with the kind
``attribute`` (``Trainer.model``), and the cross-file pass refuses it when another file
mentions ``.model`` or the class (linked.mentions).
"""

from __future__ import annotations

import re

import libcst as cst
from libcst.metadata import BaseAssignment

from ..findings import line_ref
from ..meta import assigned_node
from . import heads, syntax
from .common import Blocked, is_none
from .state import PlanState

# Text that reaches an attribute by a name computed at run time, or the class an object is.
REFLECTION = re.compile(
    r"getattr|setattr|delattr|attrgetter|getmembers|\bvars\s*\(|__dict__|__slots__"
    r"|__getattr|__setattr__|__delattr__|__class__"
)
# What Keras reads or sets on a callback (keras/src/callbacks/callback.py, callback_list.py,
# tf_keras' callbacks.py): a model stored there is Keras' too.
CALLBACK_ATTRIBUTES = frozenset({"model", "params", "validation_data", "async_safe"})
CALLBACK_PREFIXES = ("_", "on_", "set_")
KERAS_CALLBACK = "keras.callbacks.Callback"


def attribute_uses(st: PlanState, target: cst.Attribute) -> list[cst.Attribute]:
    """Every ``<p>.<member>`` of the class's methods the constructor's model reaches (see
    the module's docstring), or stop with MKD106 saying which condition fails."""
    member = target.attr.value
    shown = st.code(target)
    st.plan.label = shown

    method, owner = _method_and_class(st, target)
    if method is None or owner is None:
        raise _refused(
            st,
            target,
            st.call,
            "it is not assigned on the first parameter of a plain method (no decorator) of a class",
        )
    cls = owner.name.value
    _check_class(st, target, owner, method)
    text = st.meta.text if st.meta.text is not None else st.meta.module.code
    reflective = REFLECTION.search(text)
    if reflective is not None:
        line = text.count("\n", 0, reflective.start()) + 1
        raise _refused(
            st,
            target,
            st.call,
            f"the file reaches attributes by name (`{reflective.group(0)}`, {line_ref(line)}), "
            f"which may read or set `.{member}` where the tool cannot see",
        )
    followed = _followed(st, owner, member)
    for node in st.meta.nodes():
        if not (isinstance(node, cst.Attribute) and node.attr.value == member):
            continue
        if node is target:
            continue
        if id(node) not in followed:
            where = syntax.enclosing_function(st, node)
            owner_of = heads.method_owner(st.meta, where) if where is not None else None
            if where is not None and owner_of is owner and _first_parameter(st, where) is None:
                raise _refused(
                    st,
                    target,
                    node,
                    f"`{where.name.value}()` binds its first parameter again, so its "
                    f"`{st.code(node)}` ({_line(st, node)}) may be another object's",
                )
            raise _refused(
                st,
                target,
                node,
                f"`{st.code(syntax.use_context(st, node))}` ({_line(st, node)}) reaches "
                f"`.{member}` other than through the first parameter of a plain method of "
                f"`{cls}`",
            )
        if _stored(st, node) and not _none_placeholder(st, node):
            raise _refused(
                st,
                target,
                node,
                f"`.{member}` is also assigned or deleted (`{st.code(syntax.use_context(st, node))}`,"
                f" {_line(st, node)}); give each model its own attribute",
            )
    _check_class_references(st, target, owner)
    st.plan.export, st.plan.export_kind = f"{cls}.{member}", "attribute"
    public = st.meta.parent(owner) is st.meta.module and not cls.startswith("_")
    if public and not st.exports:
        st.note(
            "MKD007",
            owner.name,
            f"`{cls}` is public and holds the model in `.{member}`: code in other files that "
            f"uses `{cls}` or `.{member}` must be migrated too (the tool refuses the model "
            "when run on such files together)",
        )
    return [
        node
        for node in st.meta.nodes()
        if isinstance(node, cst.Attribute)
        and id(node) in followed
        and node is not target
        and not _none_placeholder(st, node)
    ]


def _line(st: PlanState, node: cst.CSTNode) -> str:
    return line_ref(st.meta.position(node)[0])


def _method_and_class(
    st: PlanState, target: cst.Attribute
) -> tuple[cst.FunctionDef | None, cst.ClassDef | None]:
    """The plain method whose first parameter ``target`` is an attribute of, and its class."""
    holder = target.value
    function = syntax.enclosing_function(st, st.call)
    if not isinstance(holder, cst.Name) or function is None or function.decorators:
        return None, None
    owner = heads.method_owner(st.meta, function)
    first = _first_parameter(st, function)
    if owner is None or first is None or st.meta.referents(holder) != {first}:
        return None, None
    return function, owner


def _first_parameter(st: PlanState, function: cst.FunctionDef) -> BaseAssignment | None:
    """The binding of the method's first parameter (``self``), when nothing else in the
    method binds that name."""
    positional = [*function.params.posonly_params, *function.params.params]
    if not positional:
        return None
    body = st.meta.scope(function.body)
    assignments = list(body.assignments[positional[0].name.value]) if body is not None else []
    if len(assignments) != 1 or not isinstance(assigned_node(assignments[0]), cst.Param):
        return None
    return assignments[0]


def _refused(st: PlanState, target: cst.Attribute, node: cst.CSTNode, why: str) -> Blocked:
    return st.stop(
        "MKD106",
        node,
        f"the model is assigned to `{st.code(target)}`, which the tool follows only inside "
        f"one class: {why}; migrate this model by hand",
    )


def _check_class(
    st: PlanState, target: cst.Attribute, owner: cst.ClassDef, method: cst.FunctionDef
) -> None:
    """The class's own conditions: no decorator, metaclass, base (but ``object`` or a
    Keras callback), binding of the member in its body, or subclass in this file."""
    cls = owner.name.value
    member = target.attr.value
    if owner.decorators:
        raise _refused(
            st, target, owner.name, f"`{cls}` is decorated; the decorator may reach `.{member}`"
        )
    if owner.keywords:
        raise _refused(st, target, owner.name, f"`{cls}` has a metaclass or class keywords")
    for base in owner.bases:
        value = base.value
        if base.keyword is not None or base.star:
            raise _refused(
                st, target, base, f"`{cls}` has a base the tool cannot read (`{st.code(base)}`)"
            )
        if isinstance(value, cst.Name) and value.value == "object" and st.meta.builtin_only(value):
            continue
        if KERAS_CALLBACK in st.meta.keras_names(value):
            if member in CALLBACK_ATTRIBUTES or member.startswith(CALLBACK_PREFIXES):
                raise _refused(
                    st,
                    target,
                    base,
                    f"`{cls}` is a Keras callback, and Keras reads or sets `.{member}` on "
                    "callbacks",
                )
            continue
        raise _refused(
            st,
            target,
            base,
            f"`{cls}` derives from `{st.code(value)}`, whose code may use `.{member}`; only "
            "`object` and `keras.callbacks.Callback` are known not to",
        )
    scope = st.meta.scope(method)  # the class body's
    if scope is not None and scope.assignments[member]:
        node = assigned_node(next(iter(scope.assignments[member])))
        raise _refused(
            st,
            target,
            node if node is not None else owner.name,
            f"the body of `{cls}` binds `{member}` too, which `self.{member}` reads before "
            "it is assigned",
        )
    for node in st.meta.nodes():
        if isinstance(node, cst.ClassDef) and node is not owner:
            for base in node.bases:
                if re.search(rf"\b{re.escape(cls)}\b", st.meta.module.code_for_node(base)):
                    raise _refused(
                        st,
                        target,
                        node.name,
                        f"`{node.name.value}` derives from `{cls}` ({_line(st, node)}), and "
                        f"its code may use `.{member}`",
                    )


def _followed(st: PlanState, owner: cst.ClassDef, member: str) -> set[int]:
    """The ids of every ``<p>.<member>`` in the plain methods of ``owner`` (``<p>`` the
    first parameter, as the method's name uses reach it: in nested functions too)."""
    found: set[int] = set()
    for method in owner.body.body:
        if not isinstance(method, cst.FunctionDef) or method.decorators:
            continue
        first = _first_parameter(st, method)
        uses = st.meta.uses_of(first) if first is not None else None
        for use in uses or []:
            parent = st.meta.parent(use)
            if (
                isinstance(parent, cst.Attribute)
                and parent.value is use
                and parent.attr.value == member
            ):
                found.add(id(parent))
    return found


def _stored(st: PlanState, node: cst.Attribute) -> bool:
    """``node`` is written, not read: an assignment's, ``del``'s, a loop's or a ``with``'s
    target, alone or unpacked into."""
    child, parent = syntax.out_of_unpacking(st, node)
    if isinstance(parent, cst.AssignTarget | cst.Del | cst.AsName):
        return True
    if isinstance(parent, cst.AnnAssign | cst.AugAssign):
        return parent.target is child
    if isinstance(parent, cst.For | cst.CompFor):
        return parent.target is child
    return False


def _none_placeholder(st: PlanState, node: cst.Attribute) -> bool:
    """``self.model = None``, a placeholder (``__init__``) or a reset: the attribute then
    holds no model, and every read of it fails or shows ``None`` alike before and after the
    migration."""
    target = st.meta.parent(node)
    statement = st.meta.parent(target) if isinstance(target, cst.AssignTarget) else None
    return isinstance(statement, cst.Assign) and is_none(statement.value)


# Builtins that may name the class (by argument position) without reaching its methods.
_NAMING_THE_CLASS = frozenset({("super", 0), ("isinstance", 1)})


def _in_annotation(st: PlanState, node: cst.CSTNode) -> bool:
    current = st.meta.parent(node)
    while current is not None and not isinstance(current, cst.BaseStatement):
        if isinstance(current, cst.Annotation):
            return True
        current = st.meta.parent(current)
    return False


def _check_class_references(st: PlanState, target: cst.Attribute, owner: cst.ClassDef) -> None:
    """The class is only instantiated (or named to ``super``, ``isinstance`` or in an
    annotation): ``Trainer.train(other, ...)`` or ``cls = Trainer`` may run its methods with
    another object as ``self``."""
    cls = owner.name.value
    scope = st.meta.scope(owner)
    known = scope.assignments[cls] if scope is not None else ()
    for assignment in known:
        if assigned_node(assignment) is not owner:
            continue
        for access in st.meta.references(assignment):
            ref = access.node
            parent = st.meta.parent(ref)
            if isinstance(parent, cst.Call) and parent.func is ref:
                continue
            call = st.meta.parent(parent) if isinstance(parent, cst.Arg) else None
            if (
                isinstance(call, cst.Call)
                and isinstance(call.func, cst.Name)
                and (call.func.value, call.args.index(parent)) in _NAMING_THE_CLASS
                and st.meta.builtin_only(call.func)
            ):
                continue
            if _in_annotation(st, ref):
                continue
            raise _refused(
                st,
                target,
                ref,
                f"`{cls}` is used other than by calling it "
                f"(`{st.code(syntax.use_context(st, ref))}`, {_line(st, ref)}), which may run "
                "its methods with another object as their first parameter",
            )
