"""One module's LibCST metadata, resolved once, with the lookups the scanner needs."""

from __future__ import annotations

import ast
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import TypeAlias, cast

import libcst as cst
from libcst.metadata import (
    Access,
    Assignment,
    BaseAssignment,
    CodeRange,
    MetadataWrapper,
    Scope,
)

from . import fastwalk, keras_api
from .fastwalk import TRIVIA_NAMES, preorder, scopes
from .positions import (
    AstLocator,
    LineLocator,
    statement_lines_by_printing,
    statements_from_ast,
)

#: A position in a block's straight-line order: one index per ``with`` level.
Path: TypeAlias = tuple[int, ...]
#: The block, the path of each plain assignment, and of the statement holding each other one.
Slots: TypeAlias = tuple[
    cst.Module | cst.IndentedBlock, dict[BaseAssignment, Path], dict[BaseAssignment, Path]
]
_Hook: TypeAlias = Callable[[cst.CSTVisitor, cst.CSTNode], bool | None]


def assigned_node(assignment: BaseAssignment) -> cst.CSTNode | None:
    """The node an assignment binds (a target name, a ``def``, an import); None for a
    builtin, which LibCST gives no node."""
    return assignment.node if isinstance(assignment, Assignment) else None


@dataclass(frozen=True)
class Binding:
    """``name = value``: the one assignment that reaches a use."""

    assignment: Assignment
    target: cst.Name
    statement: cst.Assign
    value: cst.BaseExpression


class ModuleMeta:
    def __init__(
        self,
        wrapper: MetadataWrapper,
        *,
        positions: bool = True,
        tree: ast.Module | None = None,
        text: str | None = None,
    ) -> None:
        self.wrapper = wrapper
        self.module = wrapper.module
        # this Python's tree of the same text, and the text, when the caller has them:
        # findings are placed with them without printing the module (see positions.py)
        self.tree = tree
        self.text = text
        self._ast_statements: dict[int, list[ast.stmt]] | None = None
        self._locator: AstLocator | None = None
        self._lines: LineLocator | None = None
        self._next_lines: dict[int, int] | None = None
        # False when nobody reads the findings (the fixed-point check's second run):
        # every node is then at 0:0, and no position is computed.
        self.positions = positions
        # Qualified names are asked of the scope directly, for the few nodes that need them:
        # QualifiedNameProvider would walk the whole module once more to set lazy values.
        # Both walks skip trivia and rebuild nothing (see fastwalk).
        self._scopes = scopes(wrapper)
        nodes, parent_indexes, ends = preorder(self.module)
        self._nodes: list[cst.CSTNode] = nodes  # in the order a visitor meets them
        self._ends: list[int] = ends
        self._statement_lines: dict[int, int] | None = None
        # Flow lookups repeat for every use of a reused name (``model`` in a notebook):
        # cache them, or a script with n models costs n^3.
        self._reaching: dict[int, BaseAssignment | None] = {}
        self._uses: dict[int, list[cst.Name] | None] = {}
        self._walrus_names: set[str] | None = None
        self._slots: dict[frozenset[int], Slots | None] = {}
        self._block_positions: dict[int, dict[int, int]] = {}
        self._own_functions: set[str] | None = None  # names this file defines or assigns
        self._statement_positions: dict[int, Mapping[cst.CSTNode, CodeRange]] = {}
        self._history: list[cst.Attribute] | None = None
        self._keras_names: dict[cst.CSTNode, frozenset[str]] = {}  # the tree does not change
        self._import_bound: frozenset[str] | None = None
        self._by_type: dict[str, list[int]] | None = None  # walk indexes by node type
        self._replay_indexes: dict[frozenset[str], list[int]] = {}
        self._parents: dict[cst.CSTNode, cst.CSTNode] = {
            node: nodes[parent]
            for node, parent in zip(nodes, parent_indexes, strict=True)
            if parent >= 0
        }
        # source order, to iterate LibCST's sets stably
        self._order: dict[int, int] = {id(node): order for order, node in enumerate(nodes)}
        self.star_modules = self._keras_star_imports()

    # -- basic lookups -------------------------------------------------
    def history_attributes(self) -> list[cst.Attribute]:
        """Reads of ``<x>.history`` other than by one key (``h.history["loss"]``,
        ``.get(...)``) or a call: where a training history's key order may be seen."""
        if self._history is None:
            found: list[cst.Attribute] = []
            for node in self._nodes:
                if not isinstance(node, cst.Attribute) or node.attr.value != "history":
                    continue
                holder = self.parent(node)
                if isinstance(holder, cst.Subscript) and holder.value is node:
                    continue
                if (
                    isinstance(holder, cst.Attribute)
                    and holder.value is node
                    and holder.attr.value in ("history", "get")
                ):
                    continue
                if isinstance(holder, cst.Call) and holder.func is node:
                    continue
                found.append(node)
            self._history = found
        return self._history

    def visit(self, visitor: cst.CSTVisitor) -> None:
        """``self.module.visit(visitor)``, for a visitor that only has ``visit_<Type>``
        methods: they are called on the nodes recorded by the walk already made, in the
        same order (and a ``False`` skips the node's subtree, as a walk would), without
        walking the tree again. Any other visitor walks the tree."""
        hooks = _visit_hooks(type(visitor))
        if hooks is None:
            fastwalk.visit(self.module, visitor)
            return
        nodes, ends = self._nodes, self._ends
        past = 0  # the end of a subtree a hook skipped
        for index in self._indexes_of(frozenset(hooks)):
            if index < past:
                continue
            node = nodes[index]
            if hooks[type(node).__name__](visitor, node) is False:
                past = ends[index]

    def calls(self) -> list[cst.Call]:
        """Every call of the module, in the order a visitor meets them."""
        return cast(list[cst.Call], self.nodes_of(cst.Call))

    def nodes_of(self, *types: type[cst.CSTNode]) -> list[cst.CSTNode]:
        """Every node of exactly these types, in the order a visitor meets them."""
        nodes = self._nodes
        return [nodes[i] for i in self._indexes_of(frozenset(t.__name__ for t in types))]

    def _indexes_of(self, type_names: frozenset[str]) -> list[int]:
        """The walk's indexes of the nodes of these types, in order: a replay meets only
        the nodes it has hooks for (a few hundred of a file's thousands)."""
        found = self._replay_indexes.get(type_names)
        if found is None:
            if self._by_type is None:
                self._by_type = {}
                for index, node in enumerate(self._nodes):
                    self._by_type.setdefault(type(node).__name__, []).append(index)
            by_type = self._by_type
            found = sorted(i for name in type_names for i in by_type.get(name, ()))
            self._replay_indexes[type_names] = found
        return found

    def nodes(self) -> list[cst.CSTNode]:
        """Every node of the module, in the order a visitor meets them."""
        return self._nodes

    def parent(self, node: cst.CSTNode) -> cst.CSTNode | None:
        return self._parents.get(node)

    def inside(self, node: cst.CSTNode, ancestor: cst.CSTNode) -> bool:
        """``node`` is ``ancestor`` or lies below it."""
        current: cst.CSTNode | None = node
        while current is not None:
            if current is ancestor:
                return True
            current = self.parent(current)
        return False

    def position(self, node: cst.CSTNode) -> tuple[int, int]:
        """1-based line and column of ``node``.

        Only findings need positions, so instead of PositionProvider over the whole module,
        positions are computed inside the one top-level statement that holds the node.
        """
        if not self.positions:
            return 0, 0
        statement = node
        while (parent := self.parent(statement)) is not None and parent is not self.module:
            statement = parent
        if parent is None and statement is not self.module:
            return 1, 1
        if statement is self.module:
            return 1, 1
        if self._statement_lines is None:
            placed = statements_from_ast(self.tree, self.module)
            if placed is None:
                self._statement_lines = statement_lines_by_printing(self.module)
            else:
                self._statement_lines, self._ast_statements = placed
        if self._ast_statements is not None and self.text is not None:
            if self._locator is None:
                self._locator = AstLocator(self.text)
            found = self._locator.locate(
                node, self._ast_statements[id(statement)], self.parent, self.module.code_for_node
            )
            if found is not None:
                return found
            found = self._line_locator().locate(
                node, self._lines_of(statement), self.parent, self.module.code_for_node
            )
            if found is not None:
                return found
        positions = self._statement_positions.get(id(statement))
        if positions is None:
            alone = self.module.with_changes(body=[statement], header=[], footer=[])
            positions = fastwalk.positions(MetadataWrapper(alone, unsafe_skip_copy=True))
            self._statement_positions[id(statement)] = positions
        where = positions[node].start
        return self._statement_lines[id(statement)] + where.line - 1, where.column + 1

    def _line_locator(self) -> LineLocator:
        if self._lines is None:
            assert self.text is not None
            split = self._locator.lines if self._locator is not None else None
            self._lines = LineLocator(self.text, split)
        return self._lines

    def _lines_of(self, statement: cst.CSTNode) -> tuple[int, int]:
        """The first line of a top-level statement and the line just past it."""
        assert self._statement_lines is not None
        if self._next_lines is None:
            starts = [self._statement_lines[id(s)] for s in self.module.body]
            past = len(self._line_locator().starts)  # the footer may follow: it holds no code
            self._next_lines = {
                id(s): nxt for s, nxt in zip(self.module.body, [*starts[1:], past], strict=True)
            }
        return self._statement_lines[id(statement)], self._next_lines[id(statement)]

    def scope(self, node: cst.CSTNode) -> Scope | None:
        return cast("Scope | None", self._scopes.get(node))

    def keras_names(self, node: cst.CSTNode) -> set[str]:
        """Canonical Keras qualified names of ``node`` (``keras.layers.Dense``), or empty.

        Empty too when the name (or the base of the attribute) may also be bound to
        something else here: ``from keras import Model`` followed by ``def Model(...)``.
        """
        known = self._keras_names.get(node)
        if known is None:
            known = self._keras_names[node] = frozenset(self._find_keras_names(node))
        return set(known)

    def _find_keras_names(self, node: cst.CSTNode) -> set[str]:
        base = node
        while isinstance(base, cst.Attribute):
            base = base.value
        if isinstance(base, cst.Name) and not self.may_name_keras(base.value):
            return set()
        if isinstance(base, cst.Name) and any(
            type(r).__name__ != "ImportAssignment" for r in self.referents(base)
        ):
            return set()
        names = keras_api.canonical_all(self.qualified_names(node))
        if not names and isinstance(node, cst.Name) and self.star_modules:
            scope = self.scope(node)
            if scope is not None and not scope.assignments[node.value]:
                for module in self.star_modules:
                    names |= keras_api.canonical_all([f"{module}.{node.value}"])
        return names

    def is_reference(self, node: cst.Name | cst.Attribute) -> bool:
        """A name or dotted name whole, as the code reads it: not the base of a longer
        dotted name (judged there), and not what an import statement spells."""
        parent = self.parent(node)
        if isinstance(parent, cst.Attribute) and parent.value is node:
            return False
        return not isinstance(parent, cst.ImportAlias | cst.Import | cst.ImportFrom)

    def may_name_keras(self, identifier: str) -> bool:
        """Whether a name (or the base of a dotted name) spelled ``identifier`` may have
        Keras qualified names here: only an import binds such a name, or a star import of
        a Keras module. A walk over every name asks this first, as ``keras_names`` does."""
        return self.bound_by_import(identifier) or bool(self.star_modules)

    def bound_by_import(self, identifier: str) -> bool:
        """Whether an import anywhere in the module binds a name spelled ``identifier``:
        a name that no import binds has no import among its referents."""
        imported = self._import_bound
        if imported is None:
            imported = self._imported_names()
        return identifier in imported

    def _imported_names(self) -> frozenset[str]:
        """The names an import binds anywhere in the module (``tf`` of ``import
        tensorflow as tf``, ``keras`` of ``import keras.layers``)."""
        if self._import_bound is None:
            names = set()
            for node in self._nodes:
                if isinstance(node, cst.ImportAlias):
                    if node.asname is not None and isinstance(node.asname.name, cst.Name):
                        names.add(node.asname.name.value)
                    else:
                        names.add(self.module.code_for_node(node.name).split(".")[0])
            self._import_bound = frozenset(names)
        return self._import_bound

    def qualified_names(self, node: cst.CSTNode) -> set[str]:
        scope = self.scope(node)
        if scope is None:
            return set()
        return {q.name for q in scope.get_qualified_names_for(node)}

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
    def referents(self, name: cst.Name) -> set[BaseAssignment]:
        scope = self.scope(name)
        if scope is None:
            return set()
        for access in scope.accesses[name]:
            if access.node is name:
                return set(access.referents)
        return set()

    def builtin_only(self, name: cst.Name) -> bool:
        """No binding of the file reaches ``name``: every referent is Python's builtin (as
        for any ``all``, also when LibCST recorded none)."""
        return all(type(r).__name__ == "BuiltinAssignment" for r in self.referents(name))

    def binding_of(self, name: cst.Name) -> Binding | None:
        """The single ``name = value`` assignment that reaches this use, else None."""
        assignment = self.reaching(name)
        return None if assignment is None else self.binding_from_assignment(assignment)

    def binding_from_assignment(self, assignment: BaseAssignment) -> Binding | None:
        if not isinstance(assignment, Assignment) or type(assignment) is not Assignment:
            return None
        if not isinstance(assignment.node, cst.Name):
            return None
        target = assignment.node
        holder = self.parent(target)
        statement = self.parent(holder) if isinstance(holder, cst.AssignTarget) else None
        if not isinstance(statement, cst.Assign) or len(statement.targets) != 1:
            return None
        return Binding(assignment, target, statement, statement.value)

    def assignment_of_target(self, target: cst.Name) -> Assignment | None:
        scope = self.scope(target)
        if scope is None:
            return None
        for assignment in scope.assignments[target.value]:
            if isinstance(assignment, Assignment) and assignment.node is target:
                return assignment
        return None

    # -- flow: which of several assignments reaches a use ---------------------------
    def reaching(self, name: cst.Name) -> BaseAssignment | None:
        """The assignment that reaches this use of ``name``, or None when unsure.

        LibCST's scopes are not flow-sensitive: with ``model = a(); model.fit(); model =
        b()`` every use has both assignments as referents. When all assignments are plain
        statements of one block and the use is in a later statement of that block (not in a
        nested function), the last earlier assignment is the one that reaches it.
        """
        key = id(name)
        if key not in self._reaching:
            self._reaching[key] = self._find_reaching(name)
        return self._reaching[key]

    def _find_reaching(self, name: cst.Name) -> BaseAssignment | None:
        referents = self.referents(name)
        if len(referents) == 1:
            return next(iter(referents))
        if not referents:
            return None
        slots_key = frozenset(id(a) for a in referents)
        if slots_key not in self._slots:
            self._slots[slots_key] = self._assignment_slots(referents)
        slots = self._slots[slots_key]
        if slots is None:
            return None
        block, indexes, nested = slots
        scope = next(iter(referents)).scope
        if not self._same_frame(name, scope):
            return None
        use_index = self._position(name, block)
        if use_index is None:
            return None
        earlier = [(i, a) for a, i in indexes.items() if i < use_index]
        if not earlier or any(i == use_index for i in indexes.values()):
            return None
        last, reaching = max(earlier, key=lambda pair: pair[0])
        # a branch, loop or `with` between that statement and the use may rebind the name;
        # one after the use cannot reach it (in a loop body, the plain statement runs first)
        if any(last < i <= use_index for i in nested.values()):
            return None
        return reaching

    def references(self, assignment: BaseAssignment) -> list[Access]:
        """The assignment's accesses in source order (LibCST keeps them in a set)."""
        return sorted(assignment.references, key=lambda a: self._order.get(id(a.node), 0))

    def uses_of(self, assignment: BaseAssignment) -> list[cst.Name] | None:
        """Every use this assignment reaches, or None when some use is ambiguous."""
        key = id(assignment)
        if key not in self._uses:
            self._uses[key] = self._find_uses(assignment)
        return self._uses[key]

    def _find_uses(self, assignment: BaseAssignment) -> list[cst.Name] | None:
        if assigned_node(assignment) is not None and self._bound_by_walrus(assignment.name):
            return None
        uses = []
        for access in self.references(assignment):
            if not isinstance(access.node, cst.Name):
                return None
            if self.rebound_later_in_loop(access.node):
                return None
            if len(access.referents) > 1 and self.reaching(access.node) is not assignment:
                if self.reaching(access.node) is None and self._may_reach(assignment, access.node):
                    return None
                continue
            uses.append(access.node)
        return uses

    def rebound_later_in_loop(self, name: cst.Name) -> bool:
        """``name`` is read in a loop that binds it again after the read: LibCST's
        referents leave that binding out, yet the next pass of the loop sees it (``for _ in
        ...: show(model); model = other``, or a ``def show`` after the call)."""
        scope = self.scope(name)
        if scope is None:
            return False
        seen = self.referents(name)
        others = [a for a in scope.assignments[name.value] if a not in seen]
        if not others:
            return False
        current = self.parent(name)
        while current is not None and not isinstance(
            current, cst.FunctionDef | cst.ClassDef | cst.Lambda | cst.Module
        ):
            if isinstance(current, cst.For | cst.While) and any(
                (node := assigned_node(a)) is not None and self.inside(node, current)
                for a in others
            ):
                return True
            current = self.parent(current)
        return False

    def _bound_by_walrus(self, name: str) -> bool:
        """A comprehension binds ``name`` with ``:=``: Python binds it in the enclosing
        function or module (PEP 572), LibCST in the comprehension, so the enclosing scope's
        bindings miss it. Any such name counts as rebound where the tool cannot see."""
        if self._walrus_names is None:
            self._walrus_names = {
                node.target.value
                for node in self._nodes
                if isinstance(node, cst.NamedExpr)
                and isinstance(node.target, cst.Name)
                and self._in_comprehension(node)
            }
        return name in self._walrus_names

    def _in_comprehension(self, node: cst.CSTNode) -> bool:
        current = self.parent(node)
        while current is not None and not isinstance(current, cst.FunctionDef | cst.Lambda):
            if isinstance(current, cst.ListComp | cst.SetComp | cst.DictComp | cst.GeneratorExp):
                return True
            current = self.parent(current)
        return False

    def _assignment_slots(self, assignments: Collection[BaseAssignment]) -> Slots | None:
        """Where each assignment runs in one block's straight-line order: the block, the
        position of each *plain* one (``name = value``, ``def``, ``class``, directly in
        the block or in the body of a ``with`` that cannot skip it) and of the statement
        holding each other one (a branch, a loop, unpacking, an import); None when some
        assignment is in no statement of that block, or in a function or class body,
        which may run at any time. Positions are tuples of indexes, one per ``with``
        level, so they compare in the order the statements run.

        A ``def`` or ``class`` statement counts like ``name = value``: a notebook that
        defines its builder again in a later cell has two plain statements binding it."""
        candidates: list[tuple[BaseAssignment, cst.Module | cst.IndentedBlock | None, Path]] = []
        for assignment in assignments:
            line: cst.CSTNode | None
            if type(assignment) is Assignment and isinstance(
                assignment.node, cst.FunctionDef | cst.ClassDef
            ):
                line = assignment.node
                container = self.parent(line)
            else:
                binding = self.binding_from_assignment(assignment)
                line = self.parent(binding.statement) if binding is not None else None
                container = self.parent(line) if isinstance(line, cst.SimpleStatementLine) else None
            if isinstance(container, cst.Module | cst.IndentedBlock) and line is not None:
                root, path = self._lift(container, line)
                candidates.append((assignment, root, path))
            else:
                candidates.append((assignment, None, ()))
        roots = [root for _, root, _ in candidates if root is not None]
        if not roots:
            return None
        block = min(roots, key=self._depth)
        plain: dict[BaseAssignment, Path] = {}
        nested: dict[BaseAssignment, Path] = {}
        for assignment, held_in, path in candidates:
            if held_in is block:
                plain[assignment] = path
                continue
            if self._parameter_of(assignment, block):
                plain[assignment] = (-1,)  # bound when the call starts, before the body
                continue
            where = self._position(getattr(assignment, "node", None), block)
            if where is None:
                return None
            nested[assignment] = where
        return block, plain, nested

    def _parameter_of(self, assignment: BaseAssignment, block: cst.CSTNode) -> bool:
        """``assignment`` binds a parameter of the function whose body is ``block``: it
        runs before every statement of that body (``def head(x): x = Dense(1)(x)``)."""
        node = getattr(assignment, "node", None)
        if type(assignment) is not Assignment or not isinstance(node, cst.Param):
            return False
        parameters = self.parent(node)
        function = self.parent(parameters) if parameters is not None else None
        return isinstance(function, cst.FunctionDef) and function.body is block

    def _may_reach(self, assignment: BaseAssignment, name: cst.Name) -> bool:
        """False when a plain rebinding runs between ``assignment`` and this use of
        ``name`` (a later section's ``model = ...``), so whichever binding the use sees, it
        is not this one; True when the tool cannot tell."""
        referents = self.referents(name)
        slots = self._slots.get(frozenset(id(a) for a in referents))
        if slots is None or not self._same_frame(name, next(iter(referents)).scope):
            return True
        block, plain, nested = slots
        use = self._position(name, block)
        mine = plain.get(assignment, nested.get(assignment))
        if use is None or mine is None:
            return True
        if any(mine < p < use for p in plain.values()):
            return False
        return not any(
            mine < p < use and self._rebinds_on_every_path(other, p, block, name.value)
            for other, p in nested.items()
        )

    def _rebinds_on_every_path(
        self, assignment: BaseAssignment, where: Path, block: cst.CSTNode, name: str
    ) -> bool:
        """``assignment`` sits in an ``if`` of ``block`` (at ``where``) that has an ``else``
        and binds ``name`` in every arm by a plain statement of the arm itself (``if wide:
        model = a() / else: model = b()``): no path through it keeps an earlier binding."""
        current = self.parent(getattr(assignment, "node", None) or block)
        while current is not None and current is not block:
            # only the ``if`` that is itself the block's statement: an ``if``/``else`` nested
            # in another ``if`` without ``else`` does not run on every path
            if isinstance(current, cst.If) and self.parent(current) is block:
                return self._position(current, block) == where and _binds_in_every_arm(
                    current, name
                )
            current = self.parent(current)
        return False

    def _lift(
        self, container: cst.Module | cst.IndentedBlock, line: cst.CSTNode
    ) -> tuple[cst.Module | cst.IndentedBlock, Path]:
        """``line`` of ``container`` as a position in the outermost block it runs
        straight in: up through the bodies of ``with`` statements that cannot skip it."""
        path: Path = (self._index_of(container, line),)
        while isinstance(container, cst.IndentedBlock):
            statement = self.parent(container)
            outer = self.parent(statement) if statement is not None else None
            if not (
                isinstance(statement, cst.With)
                and statement.body is container
                and self._straight_with(statement)
                and isinstance(outer, cst.Module | cst.IndentedBlock)
            ):
                break
            path = (self._index_of(outer, statement), *path)
            container = outer
        return container, path

    def _position(self, node: object, block: cst.CSTNode) -> Path | None:
        """The position in ``block`` of the statement that holds ``node`` (through straight
        ``with`` bodies), when running that statement is what runs ``node`` (not a function,
        class or lambda body inside it)."""
        if not isinstance(node, cst.CSTNode):
            return None
        chain: list[tuple[cst.Module | cst.IndentedBlock, cst.CSTNode]] = []
        child: cst.CSTNode = node
        current = self.parent(node)
        while current is not None:
            if isinstance(current, cst.Module | cst.IndentedBlock):
                chain.append((current, child))
                if current is block:
                    break
            if isinstance(current, cst.FunctionDef | cst.ClassDef | cst.Lambda):
                return None
            child, current = current, self.parent(current)
        if current is not block:
            return None
        path: Path = ()
        above: cst.CSTNode | None = None
        for container, statement in reversed(chain):
            if path and not (isinstance(above, cst.With) and above.body is container):
                break
            path = (*path, self._index_of(container, statement))
            above = statement
            if not (isinstance(statement, cst.With) and self._straight_with(statement)):
                break
        return path

    def _straight_with(self, statement: cst.With) -> bool:
        """Every item is one of STRAIGHT_CONTEXTS, and none is this file's own: a ``def
        scope(self): return contextlib.suppress(...)`` (or ``scope = ...``) may swallow an
        error in the body and skip the rest of it; a bare name must be the builtin or an
        import."""
        if not _known_straight(statement):
            return False
        if self._own_functions is None:
            self._own_functions = {
                node.name.value for node in self._nodes if isinstance(node, cst.FunctionDef)
            } | {
                node.target.value
                for node in self._nodes
                if isinstance(node, cst.AssignTarget) and isinstance(node.target, cst.Name)
            }
        for item in statement.items:
            func = cast(cst.Call, item.item).func  # a call: _known_straight checked it
            last = (
                func.attr.value if isinstance(func, cst.Attribute) else cast(cst.Name, func).value
            )
            if last in self._own_functions:
                return False
            if isinstance(func, cst.Name) and not all(
                type(r).__name__ in ("BuiltinAssignment", "ImportAssignment")
                for r in self.referents(func)
            ):
                return False
        return True

    def _depth(self, node: cst.CSTNode) -> int:
        depth = 0
        current = self.parent(node)
        while current is not None:
            depth += 1
            current = self.parent(current)
        return depth

    def _index_of(self, block: cst.Module | cst.IndentedBlock, statement: cst.CSTNode) -> int:
        positions = self._block_positions.get(id(block))
        if positions is None:
            positions = {id(item): i for i, item in enumerate(block.body)}
            self._block_positions[id(block)] = positions
        return positions[id(statement)]

    def _same_frame(self, name: cst.Name, scope: Scope) -> bool:
        """The use runs when its statement runs: same scope, or comprehensions inside it."""
        current = self.scope(name)
        while current is not None and current is not scope:
            if type(current).__name__ != "ComprehensionScope" or isinstance(
                getattr(current, "node", None), cst.GeneratorExp
            ):
                return False  # a function, or a generator that runs later
            current = current.parent
        return current is scope

    def _index_in_block(self, node: cst.CSTNode, block: cst.CSTNode) -> int | None:
        child, current = node, self.parent(node)
        while current is not None:
            if current is block and isinstance(block, cst.Module | cst.IndentedBlock):
                return self._index_of(block, child)
            child, current = current, self.parent(current)
        return None


# ``with`` items that cannot skip their body by swallowing an exception (by last name):
# a body under them runs statement by statement, like the block around it.
STRAIGHT_CONTEXTS = frozenset(
    {"scope", "device", "name_scope", "custom_object_scope", "as_default", "open"}
)


def _binds_in_every_arm(statement: cst.If, name: str) -> bool:
    arms: list[cst.BaseSuite] = []
    current: cst.If = statement
    while True:
        arms.append(current.body)
        orelse = current.orelse
        if orelse is None:
            return False  # no else: the earlier binding survives when no arm runs
        if isinstance(orelse, cst.If):
            current = orelse
            continue
        arms.append(orelse.body)
        break
    return all(any(_binds(line, name) for line in arm.body) for arm in arms)


def _binds(statement: cst.CSTNode, name: str) -> bool:
    """A plain binding of ``name``: ``name = ...``, ``def name``, ``class name``."""
    if isinstance(statement, cst.FunctionDef | cst.ClassDef):
        return statement.name.value == name
    small = statement.body if isinstance(statement, cst.SimpleStatementLine) else [statement]
    return any(
        isinstance(s, cst.Assign)
        and any(isinstance(t.target, cst.Name) and t.target.value == name for t in s.targets)
        for s in small
    )


def _known_straight(statement: cst.With) -> bool:
    for item in statement.items:
        call = item.item
        func = call.func if isinstance(call, cst.Call) else None
        last = (
            func.attr.value
            if isinstance(func, cst.Attribute)
            else func.value
            if isinstance(func, cst.Name)
            else None
        )
        if last not in STRAIGHT_CONTEXTS:
            return False
    return True


# By where the class is defined, not by the class: a visitor class defined in a function
# is a new class on every call, and holding it would hold what its methods close over
# (the module the call analysed) for the rest of the run.
_HOOK_NAMES: dict[tuple[object, ...], tuple[str, ...] | None] = {}


def _visit_hooks(visitor_class: type) -> dict[str, _Hook] | None:
    """``{type name: visit_<Type> function}`` of a visitor class that a replay serves
    exactly, else None: LibCST's own ``on_visit``/``on_leave``, no ``leave_<Type>`` and no
    attribute hook (the no-op stubs every visitor inherits do not count)."""
    key = _definition_key(visitor_class)
    if key not in _HOOK_NAMES:
        hooks = _replayable_hooks(visitor_class)
        _HOOK_NAMES[key] = None if hooks is None else tuple(hooks)
    names = _HOOK_NAMES[key]
    if names is None:
        return None
    return {name: getattr(visitor_class, "visit_" + name) for name in names}


def _definition_key(visitor_class: type) -> tuple[object, ...]:
    """What decides a class's hooks: each class of its MRO by name and by the code of the
    functions it defines, which the same ``class`` statement shares on every run. LibCST's
    own bases are the same for every visitor (and define a thousand no-op hooks: reading
    them on every visit cost more than the replay saved)."""
    return tuple(
        (
            klass.__module__,
            klass.__qualname__,
            tuple(
                (name, getattr(value, "__code__", None))
                for name, value in vars(klass).items()
                if callable(value)
            ),
        )
        for klass in visitor_class.__mro__
        if not klass.__module__.startswith("libcst.") and klass is not object
    )


def _replayable_hooks(visitor_class: type) -> dict[str, _Hook] | None:
    own = ("on_visit", "on_leave", "on_visit_attribute", "on_leave_attribute")
    if any(getattr(visitor_class, name) is not getattr(cst.CSTVisitor, name) for name in own):
        return None
    hooks: dict[str, _Hook] = {}
    for name in dir(visitor_class):
        if not name.startswith(("visit_", "leave_")):
            continue
        function = getattr(visitor_class, name)
        if getattr(function, "_is_no_op", False):
            continue
        if name.startswith("leave_") or "_" in name[len("visit_") :]:
            return None
        if name[len("visit_") :] in TRIVIA_NAMES:
            return None  # the walk that was recorded skipped trivia
        hooks[name[len("visit_") :]] = function
    return hooks
