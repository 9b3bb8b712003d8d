"""Following the model: from its constructor to every use, through its variable and the
builder functions that return it."""

from __future__ import annotations

import libcst as cst

from ..findings import line_ref
from ..meta import assigned_node
from . import heads, self_attribute, syntax
from .common import ModelRef, returns
from .state import PlanState


# -- following the model ---------------------------------------------------------
def model_uses(st: PlanState) -> list[ModelRef]:
    """Every use of the model the constructor builds: of the variable it is assigned to,
    of the builder's result, or of the attribute of ``self`` it is stored in."""
    parent = st.meta.parent(st.call)
    if isinstance(parent, cst.Return):
        return list(follow_return(st, parent, depth=0))
    if isinstance(parent, cst.Assign) and len(parent.targets) == 1:
        target = parent.targets[0].target
        if isinstance(target, cst.Name):
            st.plan.label = target.value
            uses = _references_of_target(st, target)
            scope = st.meta.scope(target)
            if scope is st.meta.scope(st.meta.module) and not target.value.startswith("_"):
                st.plan.export, st.plan.export_kind = target.value, "value"
            return list(uses)
        if isinstance(target, cst.Attribute):
            return list(self_attribute.attribute_uses(st, target))
    if isinstance(parent, cst.Assign | cst.AnnAssign):
        target = parent.targets[0].target if isinstance(parent, cst.Assign) else parent.target
        raise st.stop(
            "MKD106",
            st.call,
            f"the model is assigned to `{st.code(target)}`, which the tool cannot follow",
        )
    raise st.stop(
        "MKD106",
        st.call,
        f"the model is passed to `{st.code(syntax.use_context(st, st.call))}` "
        "without a variable; the tool cannot follow it",
    )


def _references_of_target(st: PlanState, target: cst.Name) -> list[cst.Name]:
    assignment = st.meta.assignment_of_target(target)
    if assignment is not None and type(assignment.scope).__name__ == "ClassScope":
        raise st.stop(
            "MKD106",
            target,
            f"the model is a class attribute `{target.value}`, used through `self` where "
            "the tool cannot follow it",
        )
    uses = None if assignment is None else st.meta.uses_of(assignment)
    if uses is None:
        unsure = [
            access.node
            for access in (st.meta.references(assignment) if assignment else [])
            if isinstance(access.node, cst.Name) and st.meta.reaching(access.node) is None
        ]
        where = (
            f" (`{st.code(syntax.use_context(st, unsure[0]))}`, "
            f"{line_ref(st.meta.position(unsure[0])[0])})"
            if unsure
            else ""
        )
        raise st.stop(
            "MKD113",
            target,
            f"`{target.value}` is assigned more than once, and a use{where} may see this "
            "model or another one (a rebinding in a branch, a loop or a `with` that may skip "
            "it, or a use in a function or "
            "generator that runs later); give "
            "each model its own name, then rerun",
        )
    return uses


def follow_return(st: PlanState, node: cst.Return, depth: int) -> list[cst.Name]:
    function = syntax.enclosing_function(st, node)
    if function is None or depth > 4:
        raise st.stop("MKD106", node, "the model is returned to code the tool cannot see")
    owner = heads.method_owner(st.meta, function)
    if owner is not None:
        return _follow_method(st, node, function, owner, depth)
    scope = st.meta.scope(function)
    known = scope.assignments[function.name.value] if scope is not None else ()
    assignments = [a for a in known if assigned_node(a) is function]
    # Defined again later (a notebook's next section): each call belongs to the ``def``
    # that reaches it, as for ``model = ...`` rebound in straight-line code.
    callers = st.meta.uses_of(assignments[0]) if len(assignments) == 1 else None
    if callers is None:
        raise st.stop(
            "MKD113",
            function.name,
            f"`{function.name.value}` is defined more than once, and the tool cannot tell "
            "which definition a call uses (a `def` in a branch or loop, or a call inside "
            "a function); give each definition its own name",
        )
    if function.decorators:
        raise st.stop(
            "MKD106",
            function.name,
            f"`{function.name.value}()` is decorated; the decorator may use the model",
        )
    for other in returns(function):
        if other is not node and not _returns_same_model(st, other, node):
            raise st.stop(
                "MKD106",
                other,
                f"`{function.name.value}()` may also return something else (`{st.code(other)}`)",
            )
    public = scope is st.meta.scope(st.meta.module) and not function.name.value.startswith("_")
    builder = _builds_it(st, function, depth)
    if depth == 0 and st.plan.label == "model":
        st.plan.label = f"{function.name.value}()"
    if public and builder:
        st.plan.export = function.name.value
    if not callers:
        if st.exports and public and builder:
            st.plan.only_called_elsewhere = True
            return []  # the cross-file pass brings the callers of other modules
        raise st.stop(
            "MKD106",
            function.name,
            f"`{function.name.value}()` returns the model to code outside this file",
        )
    if public and not st.exports:
        st.note(
            "MKD007",
            function.name,
            f"`{function.name.value}()` is public: callers in other files must be migrated too",
        )
    uses: list[cst.Name] = []
    for ref in callers:
        call = st.meta.parent(ref)
        if not (isinstance(call, cst.Call) and call.func is ref):
            raise st.stop(
                "MKD106", ref, f"`{function.name.value}` is used other than by calling it"
            )
        uses += uses_of_result(st, call, depth + 1, relabel=True)
    return uses


def _builds_it(st: PlanState, function: cst.FunctionDef, depth: int) -> bool:
    """``function`` is the model's builder: it returns the constructor (``return
    keras.Model(...)``), or the variable it binds it to there (``model = keras.Model(...)``,
    ``model.compile(...)``, ``return model``). A function returning what another builder
    returned hands the model on; the callers of the builder are the ones that follow it."""
    return depth == 0 or (depth == 1 and syntax.inside(st, st.call, function))


def uses_of_result(st: PlanState, call: cst.Call, depth: int, *, relabel: bool) -> list[cst.Name]:
    """Where the model a builder call returns goes: discarded, returned on, or bound to
    a variable whose uses are the model's; anything else blocks."""
    holder = st.meta.parent(call)
    if isinstance(holder, cst.Expr):
        return []
    if isinstance(holder, cst.Return):
        return follow_return(st, holder, depth)
    if (
        isinstance(holder, cst.Assign)
        and len(holder.targets) == 1
        and isinstance(holder.targets[0].target, cst.Name)
    ):
        if relabel:
            st.plan.label = holder.targets[0].target.value
        return _references_of_target(st, holder.targets[0].target)
    raise st.stop(
        "MKD106",
        call,
        f"the model returned by `{st.code(call.func)}()` is passed on where the tool "
        "cannot follow it",
    )


def _returns_same_model(st: PlanState, other: cst.Return, node: cst.Return) -> bool:
    """Both ``return model`` of the same (one) assignment."""
    if not (isinstance(other.value, cst.Name) and isinstance(node.value, cst.Name)):
        return False
    return st.meta.reaching(other.value) is st.meta.reaching(node.value) is not None


def _follow_method(
    st: PlanState, node: cst.Return, function: cst.FunctionDef, owner: cst.ClassDef, depth: int
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
        and st.meta.parent(owner) is st.meta.module
        and len(decorators) == len(function.decorators)
        and decorators <= {"staticmethod", "classmethod"}
    )
    others = [r for r in returns(function) if r is not node]
    owner_scope = st.meta.scope(owner)
    owner_known = owner_scope.assignments[owner.name.value] if owner_scope is not None else ()
    owner_assignment = next((a for a in owner_known if assigned_node(a) is owner), None)
    reached = _reached_inside(st, owner, function)
    if reached is not None:
        raise st.stop(
            "MKD106",
            reached,
            f"`{label}` is also reached inside its class (`{st.code(reached)}`), where the "
            "tool cannot follow what is done with the model it returns",
        )
    if owner_assignment is not None and any(
        not _calls_other_member(st, access.node, function.name.value)
        for access in owner_assignment.references
    ):
        raise st.stop(
            "MKD106",
            function.name,
            f"`{owner.name.value}` is also used in this file; the tool follows `{label}` "
            "only from other files",
        )
    if _builds_it(st, function, depth) and public and not others:
        st.plan.label = label
        st.plan.export, st.plan.export_kind = owner.name.value, "method"
        st.plan.export_member = function.name.value
        if st.exports:
            st.plan.only_called_elsewhere = True
            return []
    raise st.stop(
        "MKD106",
        function.name,
        f"`{label}` returns the model to callers the tool cannot follow within one file; "
        "run the tool on the files that call it too",
    )


def _reached_inside(
    st: PlanState, owner: cst.ClassDef, function: cst.FunctionDef
) -> cst.Attribute | None:
    """``cls.build()`` or ``self.build()`` in the builder's own class: callers the
    cross-file pass never sees."""
    member = function.name.value
    found: list[cst.Attribute] = []

    class Finder(cst.CSTVisitor):
        def visit_Attribute(self, node: cst.Attribute) -> None:
            if not found and node.attr.value == member:
                found.append(node)

    owner.visit(Finder())
    return found[0] if found else None


def _calls_other_member(st: PlanState, node: cst.CSTNode, member: str) -> bool:
    """``Owner.other(...)``: a call of another member of the class, which cannot hand
    out the model ``Owner.member()`` returns (a static branch builder, say)."""
    attribute = st.meta.parent(node)
    call = st.meta.parent(attribute) if isinstance(attribute, cst.Attribute) else None
    return (
        isinstance(attribute, cst.Attribute)
        and attribute.value is node
        and attribute.attr.value != member
        and isinstance(call, cst.Call)
        and call.func is attribute
    )
