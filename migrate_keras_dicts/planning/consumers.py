"""What predict() and model(x) return: indexes and unpacking rewritten by name."""

from __future__ import annotations

from typing import cast

import libcst as cst
from libcst.metadata import ImportAssignment

from ..rewrite.edits import IndexToKey, UnpackByKey
from ..scan import literal_int, literal_string
from . import syntax
from .state import PlanState


# -- consumers of predict() / model(x) ----------------------------------------------------
def consumer(st: PlanState, call: cst.Call) -> None:
    holder = st.meta.parent(call)
    keys = st.outputs.keys
    if syntax.discarded(st, call):
        return
    if isinstance(holder, cst.Expr):  # a notebook shows the list the call returns
        if not _rebuilt_as_list(st, call):
            _unprovable(
                st,
                call,
                f"the notebook shows the result of `{st.code(call.func)}(...)` (its cell's "
                "last expression), which becomes a dict; index it by name by hand",
            )
        return
    if isinstance(holder, cst.Subscript) and holder.value is call:
        _index(st, holder)
        return
    if isinstance(holder, cst.Assign) and len(holder.targets) == 1:
        target = holder.targets[0].target
        if isinstance(target, cst.Name):
            assignment = st.meta.assignment_of_target(target)
            uses = None if assignment is None else st.meta.uses_of(assignment)
            if uses is None:
                _unprovable(st, target, f"`{target.value}` is assigned more than once")
                return
            whole = [r for r in uses if not (_is_index_read(st, r) or _counted(st, r))]
            if whole and _rebuilt_as_list(st, call):
                return
            for ref in uses:
                if _is_index_read(st, ref):
                    _index(st, cast(cst.Subscript, st.meta.parent(ref)))
                elif _counted(st, ref):
                    continue  # a dict of the outputs has as many entries as the list
                else:
                    _unprovable(
                        st,
                        ref,
                        f"`{st.code(syntax.use_context(st, ref))}` uses `{ref.value}`, the whole "
                        f"result of `{st.code(call.func)}(...)`, which becomes a dict; "
                        "index it by name by hand",
                    )
            return
        if isinstance(target, cst.Tuple | cst.List):
            starred = any(isinstance(e, cst.StarredElement) for e in target.elements)
            if not starred and len(target.elements) == len(keys):
                if not st.outputs.becomes_dict:
                    return
                if operator_is_shadowed(st, call):
                    _unprovable(
                        st,
                        call,
                        f"`{st.code(holder)}` would need `operator.itemgetter`, but "
                        "`operator` is another name in this file; unpack by name by hand",
                    )
                    return
                st.edit(call, UnpackByKey(keys))
                return
    if _as_list_keeps_type(st) and st.outputs.becomes_dict and not operator_is_shadowed(st, call):
        st.edit(call, UnpackByKey(keys, as_list=True))  # the same list, by key
        return
    _unprovable(
        st,
        call,
        f"`{st.code(syntax.use_context(st, call))}` uses the whole result of "
        f"`{st.code(call.func)}(...)`, which becomes a dict; index it by name by hand",
    )


def _is_index_read(st: PlanState, ref: cst.CSTNode) -> bool:
    sub = st.meta.parent(ref)
    return isinstance(sub, cst.Subscript) and sub.value is ref


def _as_list_keeps_type(st: PlanState) -> bool:
    """Keras returns a list for ``outputs=[...]``; ``list(...)`` of the values by key
    is the same list (a tuple literal may come back as a tuple: left alone)."""
    return isinstance(st.outputs.literal, cst.List)


def _counted(st: PlanState, ref: cst.Name) -> bool:
    """``len(preds)``, with the builtin ``len``: the number of outputs either way."""
    arg = st.meta.parent(ref)
    call = st.meta.parent(arg) if isinstance(arg, cst.Arg) else None
    return (
        isinstance(call, cst.Call)
        and isinstance(call.func, cst.Name)
        and call.func.value == "len"
        and len(call.args) == 1
        and call.args[0] is arg
        and not arg.star
        and st.meta.builtin_only(call.func)
    )


def operator_is_shadowed(st: PlanState, node: cst.CSTNode) -> bool:
    """``operator`` bound in this file to anything but the standard module."""
    scope = st.meta.scope(node)
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


def _index(st: PlanState, sub: cst.Subscript) -> None:
    keys = st.outputs.keys
    user = st.meta.parent(sub)
    if isinstance(user, cst.AssignTarget | cst.Del) or len(sub.slice) != 1:
        _unprovable(st, sub, f"`{st.code(sub)}` is not a read of one output")
        return
    index = sub.slice[0].slice
    value = index.value if isinstance(index, cst.Index) else None
    position = literal_int(value) if value is not None else None
    if position is not None and value is not None and -len(keys) <= position < len(keys):
        if st.outputs.becomes_dict:
            st.edit(value, IndexToKey(keys[position]))
        return
    if value is not None and literal_string(value) in keys:
        return
    _unprovable(st, sub, f"`{st.code(sub)}` does not index one output by a constant")


def _rebuilt_as_list(st: PlanState, call: cst.Call) -> bool:
    """Where the whole result is used, rewrite the call to give the list Keras returned, in
    output order, when that list is what the program had; False when it cannot."""
    if not (_as_list_keeps_type(st) and st.outputs.becomes_dict) or operator_is_shadowed(st, call):
        return False
    st.edit(call, UnpackByKey(st.outputs.keys, as_list=True))
    return True


def _unprovable(st: PlanState, node: cst.CSTNode, message: str) -> None:
    if not st.outputs.becomes_dict:
        return
    st.unsafe_or_block("MKD111", node, message)
