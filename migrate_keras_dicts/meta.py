"""One module's LibCST metadata, resolved once, with the lookups the scanner needs."""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst
from libcst.metadata import (
    Assignment,
    MetadataWrapper,
    ParentNodeProvider,
    PositionProvider,
    QualifiedNameProvider,
    ScopeProvider,
)

from . import keras_api


@dataclass(frozen=True)
class Binding:
    """``name = value``: the one assignment that reaches a use."""

    assignment: Assignment
    target: cst.Name
    statement: cst.Assign
    value: cst.BaseExpression


class ModuleMeta:
    def __init__(self, wrapper: MetadataWrapper) -> None:
        self.wrapper = wrapper
        self.module = wrapper.module
        resolved = wrapper.resolve_many(
            [QualifiedNameProvider, ScopeProvider, PositionProvider, ParentNodeProvider]
        )
        self._qnames = resolved[QualifiedNameProvider]
        self._scopes = resolved[ScopeProvider]
        self._positions = resolved[PositionProvider]
        self._parents = resolved[ParentNodeProvider]
        self.star_modules = self._keras_star_imports()

    # -- basic lookups -------------------------------------------------
    def parent(self, node: cst.CSTNode) -> cst.CSTNode | None:
        return self._parents.get(node)

    def position(self, node: cst.CSTNode) -> tuple[int, int]:
        where = self._positions[node].start
        return where.line, where.column + 1

    def scope(self, node: cst.CSTNode):
        return self._scopes.get(node)

    def keras_names(self, node: cst.CSTNode) -> set[str]:
        """Canonical Keras qualified names of ``node`` (``keras.layers.Dense``), or empty."""
        value = self._qnames.get(node, set())
        if callable(value):
            value = value()
        names = keras_api.canonical_all(q.name for q in value)
        if not names and isinstance(node, cst.Name) and self.star_modules:
            scope = self.scope(node)
            if scope is not None and not scope.assignments[node.value]:
                for module in self.star_modules:
                    names |= keras_api.canonical_all([f"{module}.{node.value}"])
        return names

    def qualified_names(self, node: cst.CSTNode) -> set[str]:
        value = self._qnames.get(node, set())
        if callable(value):
            value = value()
        return {q.name for q in value}

    def _keras_star_imports(self) -> set[str]:
        modules = set()
        for statement in self.module.body:
            if not isinstance(statement, cst.SimpleStatementLine):
                continue
            for small in statement.body:
                if isinstance(small, cst.ImportFrom) and isinstance(small.names, cst.ImportStar):
                    if small.module is None:
                        continue
                    dotted = cst.Module([]).code_for_node(small.module)
                    if keras_api.canonical(dotted + ".") is not None:
                        modules.add(dotted)
        return modules

    # -- bindings --------------------------------------------------------
    def referents(self, name: cst.Name) -> set:
        scope = self.scope(name)
        if scope is None:
            return set()
        for access in scope.accesses[name]:
            if access.node is name:
                return set(access.referents)
        return set()

    def binding_of(self, name: cst.Name) -> Binding | None:
        """The single ``name = value`` assignment that reaches this use, else None."""
        referents = self.referents(name)
        if len(referents) != 1:
            return None
        (assignment,) = referents
        return self.binding_from_assignment(assignment)

    def binding_from_assignment(self, assignment) -> Binding | None:
        if type(assignment) is not Assignment or not isinstance(assignment.node, cst.Name):
            return None
        target = assignment.node
        holder = self.parent(target)
        statement = self.parent(holder) if isinstance(holder, cst.AssignTarget) else None
        if not isinstance(statement, cst.Assign) or len(statement.targets) != 1:
            return None
        if len(assignment.scope.assignments[target.value]) != 1:
            return None
        return Binding(assignment, target, statement, statement.value)

    def assignment_of_target(self, target: cst.Name) -> Assignment | None:
        scope = self.scope(target)
        if scope is None:
            return None
        for assignment in scope.assignments[target.value]:
            if assignment.node is target:
                return assignment
        return None
