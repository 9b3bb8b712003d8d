"""What predict() and model(x) return: indexes and unpacking rewritten by name."""

from __future__ import annotations

import libcst as cst
from libcst.metadata import ImportAssignment

from ..rewrite.edits import IndexToKey, UnpackByKey
from ..scan import literal_int, literal_string


class ConsumersMixin:
    """Methods of :class:`~migrate_keras_dicts.plan.ModelPlanner`."""

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
                whole = [r for r in uses if not (self._is_index_read(r) or self._counted(r))]
                if (
                    whole
                    and self._as_list_keeps_type()
                    and self.outputs.becomes_dict
                    and not self._operator_is_shadowed(call)
                ):
                    # The list Keras returned, in output order, wherever the whole is used.
                    self._edit(call, UnpackByKey(keys, as_list=True))
                    return
                for ref in uses:
                    if self._is_index_read(ref):
                        self._index(self.meta.parent(ref))
                    elif self._counted(ref):
                        continue  # a dict of the outputs has as many entries as the list
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
        if (
            self._as_list_keeps_type()
            and self.outputs.becomes_dict
            and not self._operator_is_shadowed(call)
        ):
            self._edit(call, UnpackByKey(keys, as_list=True))  # the same list, by key
            return
        self._unprovable(
            call,
            f"`{self.code(self._use_context(call))}` uses the whole result of "
            f"`{self.code(call.func)}(...)`, which becomes a dict; index it by name by hand",
        )

    def _is_index_read(self, ref: cst.CSTNode) -> bool:
        sub = self.meta.parent(ref)
        return isinstance(sub, cst.Subscript) and sub.value is ref

    def _as_list_keeps_type(self) -> bool:
        """Keras returns a list for ``outputs=[...]``; ``list(...)`` of the values by key
        is the same list (a tuple literal may come back as a tuple: left alone)."""
        return isinstance(self.outputs.literal, cst.List)

    def _counted(self, ref: cst.Name) -> bool:
        """``len(preds)``, with the builtin ``len``: the number of outputs either way."""
        arg = self.meta.parent(ref)
        call = self.meta.parent(arg) if isinstance(arg, cst.Arg) else None
        return (
            isinstance(call, cst.Call)
            and isinstance(call.func, cst.Name)
            and call.func.value == "len"
            and len(call.args) == 1
            and call.args[0] is arg
            and not arg.star
            and all(type(r).__name__ == "BuiltinAssignment" for r in self.meta.referents(call.func))
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
