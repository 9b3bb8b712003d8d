"""Following the model into a function of this file it is passed to: ``show(model, x)``,
where ``def show(m, x): print(m.predict(x)[0])``.

The parameter's uses are then the model's uses, and are checked and rewritten as they are.
An edit in the function's body serves every call of it, so every call must pass this same
model at that parameter (by position or by keyword, never left to a default or to
``*args``), the function must be defined once, undecorated, and be used only by calling
it. A module-level function may be called from other files with other models (a private
one too, when imported by name): it is registered like a data producer, and another file
of the run that names it blocks.
"""

from __future__ import annotations

import libcst as cst
from libcst.metadata import BaseAssignment, ClassScope

from ..meta import assigned_node
from .state import PlanState


def parameter_uses(st: PlanState, ref: cst.Name) -> list[cst.Name] | str:
    """The uses, inside the function ``ref`` is passed to, of the parameter it lands in;
    or why the tool cannot follow it there."""
    arg = st.meta.parent(ref)
    call = st.meta.parent(arg) if arg is not None else None
    assert isinstance(arg, cst.Arg) and isinstance(call, cst.Call)
    assert isinstance(call.func, cst.Name)
    function = defined_once(st, call.func)
    if function is None:
        return f"`{call.func.value}` is not a function this file defines once"
    if function.decorators:
        return f"`{function.name.value}()` is decorated"
    if isinstance(st.meta.scope(function), ClassScope):
        # reached as `Helper.show(other)` too, which is no reference the tool sees
        return f"`{function.name.value}()` is defined in a class body"
    name = parameter_of(function, call, arg)
    if name is None:
        return f"the argument lands in no named parameter of `{function.name.value}()`"
    assignment = parameter_assignment(st, function, name)
    if assignment is None:
        return f"`{name}` is bound more than once in `{function.name.value}()`"
    reason = _every_call_passes_it(st, function, name, set(st.meta.referents(ref)))
    if reason is not None:
        return reason
    if id(assignment) in st.followed_parameters:
        return []  # a recursive call: its uses are being followed already
    st.followed_parameters.add(id(assignment))
    uses = st.meta.uses_of(assignment)
    if uses is None:
        return f"the tool cannot tell which uses of `{name}` in `{function.name.value}()` see it"
    scope = st.meta.scope(function)
    if scope is st.meta.scope(st.meta.module):
        # other files of the run may call it too: `from train import _report` as well
        st.plan.producers.add(function.name.value)
        if not st.exports and not function.name.value.startswith("_"):
            st.note(
                "MKD007",
                function.name,
                f"`{function.name.value}()` is public and rewritten for this model: callers "
                "in other files must pass it a migrated model too",
            )
    return uses


def defined_once(st: PlanState, name: cst.Name) -> cst.FunctionDef | None:
    referents = st.meta.referents(name)
    if len(referents) != 1:
        return None
    (assignment,) = referents
    node = assigned_node(assignment)
    return node if isinstance(node, cst.FunctionDef) else None


def parameter_of(function: cst.FunctionDef, call: cst.Call, arg: cst.Arg) -> str | None:
    """The parameter ``arg`` binds, when the call spells it plainly."""
    if any(a.star for a in call.args):
        return None
    params = function.params
    if arg.keyword is not None:
        names = {p.name.value for p in (*params.params, *params.kwonly_params)}
        return arg.keyword.value if arg.keyword.value in names else None
    positional = [*params.posonly_params, *params.params]
    index = [a for a in call.args if a.keyword is None].index(arg)
    return positional[index].name.value if index < len(positional) else None


def parameter_assignment(
    st: PlanState, function: cst.FunctionDef, name: str
) -> BaseAssignment | None:
    body = st.meta.scope(function.body)
    assignments = list(body.assignments[name]) if body is not None else []
    if len(assignments) != 1 or not isinstance(assigned_node(assignments[0]), cst.Param):
        return None
    return assignments[0]  # `(m := other)` in a comprehension: meta.uses_of gives None


def _every_call_passes_it(
    st: PlanState, function: cst.FunctionDef, name: str, model: set[BaseAssignment]
) -> str | None:
    """None when each use of the function is a call passing the model (whose binding is
    ``model``) at parameter ``name``; else why not."""
    scope = st.meta.scope(function)
    definitions = scope.assignments[function.name.value] if scope is not None else ()
    label = f"`{function.name.value}()`"
    for definition in definitions:
        for access in st.meta.references(definition):
            use = access.node
            call = st.meta.parent(use)
            if not (isinstance(call, cst.Call) and call.func is use):
                return f"{label} is used other than by calling it"
            if isinstance(use, cst.Name) and st.meta.rebound_later_in_loop(use):
                return f"{label} is defined again later in a loop that calls it"
            passed = _argument_for(function, call, name)
            if not (isinstance(passed, cst.Name) and set(st.meta.referents(passed)) == model):
                return f"{label} is also called without this model at `{name}`"
            # a use of the model rebound later in its loop: meta.uses_of gave no uses
    return None


def _argument_for(
    function: cst.FunctionDef, call: cst.Call, name: str
) -> cst.BaseExpression | None:
    for arg in call.args:
        if arg.star:
            return None
        if arg.keyword is not None and arg.keyword.value == name:
            return arg.value
    positional = [p.name.value for p in (*function.params.posonly_params, *function.params.params)]
    plain = [a for a in call.args if a.keyword is None]
    if name in positional and positional.index(name) < len(plain):
        return plain[positional.index(name)].value
    return None
