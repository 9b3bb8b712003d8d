"""LibCST's visits, without rebuilding the tree they walk.

``CSTNode.visit`` rebuilds every node it passes (a new dataclass, validated) even for a
read-only ``CSTVisitor``, and looks its hooks up by name at every node and attribute.
For the scope analysis of a model file that costs about three times LibCST's parse.
Inside :func:`fast_visits`, a read-only visit of this thread instead walks the same
children in the same order (the order ``_visit_and_replace_children`` visits them,
read once from its source), calls the same hooks, and returns the same node; hooks are
looked up once per visitor class and node type, and no-op stubs are not called.

It also leaves out *trivia* for visitors that do not look at it: whitespace, comments,
commas, brackets and operator tokens, whose subtrees hold nothing but more trivia (no
name, no expression). LibCST's scope and expression-context visitors record nothing for
them but "this node is in that scope", so their results for every other node are the
same; the tests compare both walks over a corpus.

Transformers, other threads, and visits outside the context run LibCST's own code.
"""

from __future__ import annotations

import ast
import inspect
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from types import MappingProxyType
from typing import Any

import libcst as cst
from libcst import CSTNode, CSTVisitor, MaybeSentinel
from libcst._batched_visitor import _BatchedCSTVisitor
from libcst._nodes.base import BaseLeaf
from libcst.metadata import ExpressionContextProvider, MetadataWrapper, ScopeProvider
from libcst.metadata.expression_context_provider import ExpressionContextVisitor
from libcst.metadata.scope_provider import _ASSIGNMENT_LIKE_NODES, ScopeVisitor

_ORIGINAL_VISIT = CSTNode.visit

#: Node types whose subtrees hold only trivia: no name, expression or statement.
TRIVIA_BASES: tuple[type, ...] = (
    cst.BaseParenthesizableWhitespace,
    cst.TrailingWhitespace,
    cst.EmptyLine,
    cst.Comment,
    cst.Newline,
    cst.Comma,
    cst.Dot,
    cst.Colon,
    cst.Semicolon,
    cst.AssignEqual,
    cst.LeftParen,
    cst.RightParen,
    cst.LeftSquareBracket,
    cst.RightSquareBracket,
    cst.LeftCurlyBrace,
    cst.RightCurlyBrace,
    cst.BaseBinaryOp,
    cst.BaseBooleanOp,
    cst.BaseCompOp,
    cst.BaseUnaryOp,
    cst.BaseAugOp,
    cst.ImportStar,
    cst.Asynchronous,
)


def _subclasses(base: type) -> set[type]:
    found, todo = set(), [base]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in found:
                found.add(sub)
                todo.append(sub)
    return found


ALL_NODE_TYPES: frozenset[type] = frozenset(_subclasses(CSTNode))
TRIVIA: frozenset[type] = frozenset(t for t in ALL_NODE_TYPES if issubclass(t, TRIVIA_BASES))
TRIVIA_NAMES = frozenset(t.__name__ for t in TRIVIA)
# Visitors whose only overrides record metadata for each node they leave (read in
# LibCST 1.x): trivia is theirs to skip.
_SKIPPING_VISITORS = (ScopeVisitor, ExpressionContextVisitor)

_IS_NODE: dict[type, bool] = {}
_HOOKS = ("on_visit", "on_leave", "on_visit_attribute", "on_leave_attribute")

Hook = Callable[[Any, CSTNode], object] | None
#: ``(attribute, visited only when not None)``, in the order LibCST visits them
Spec = tuple[tuple[str, bool], ...]


def visit_order(
    kind: type, functions: dict[tuple[str, str], ast.FunctionDef] | None = None
) -> Spec:
    """The child attributes ``kind._visit_and_replace_children`` visits, in order, read
    from its source; raises ``UnknownShape`` for code of another shape. ``functions``:
    the methods of whole modules already parsed, by (module, class qualname)."""
    function = kind._visit_and_replace_children
    if function is BaseLeaf._visit_and_replace_children:
        return ()
    owner = next(c for c in kind.__mro__ if "_visit_and_replace_children" in vars(c))
    tree = (functions or {}).get((owner.__module__, owner.__qualname__))
    if tree is None:
        try:
            tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
        except (OSError, TypeError, SyntaxError) as error:
            raise UnknownShape(f"{kind.__name__}: no source") from error

    def is_visit(node: ast.AST) -> bool:
        return (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id.startswith("visit_")
        )

    # the constructor call (``Kind(...)`` or ``type(self)(...)``) that rebuilds the node
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and not is_visit(node)
        and any(is_visit(n) for k in node.keywords for n in ast.walk(k.value))
    ]
    if not calls:
        return ()  # no child is visited
    if len(calls) != 1 or calls[0].args:
        raise UnknownShape(f"{kind.__name__}: not one constructor call")
    spec: list[tuple[str, bool]] = []
    for keyword in calls[0].keywords:
        visits = [node for node in ast.walk(keyword.value) if is_visit(node)]
        if not visits:
            continue
        if any(
            len(v.args) != 4
            or not isinstance(v.args[1], ast.Constant)
            or v.args[1].value != keyword.arg
            for v in visits
        ):
            raise UnknownShape(f"{kind.__name__}.{keyword.arg}: unexpected visit")
        value = keyword.value
        if isinstance(value, ast.Call):
            spec.append((keyword.arg, False))
        elif (
            isinstance(value, ast.IfExp)
            and isinstance(value.orelse, ast.Constant)
            and value.orelse.value is None
            and isinstance(value.test, ast.Compare)
            and len(value.test.ops) == 1
            and isinstance(value.test.ops[0], ast.IsNot)
            and isinstance(value.test.comparators[0], ast.Constant)
            and value.test.comparators[0].value is None
        ):
            spec.append((keyword.arg, True))  # ``visit(...) if x is not None else None``
        elif isinstance(value, ast.IfExp) and all(
            isinstance(branch, ast.Call) for branch in (value.body, value.orelse)
        ):
            spec.append((keyword.arg, False))  # visited either way
        else:
            raise UnknownShape(f"{kind.__name__}.{keyword.arg}: unexpected condition")
    return tuple(spec)


class UnknownShape(Exception):
    """LibCST's code for a node type is not the shape fastwalk reads."""


def _methods_by_class(modules: set[str]) -> dict[tuple[str, str], ast.FunctionDef]:
    """Every ``_visit_and_replace_children`` of these modules, each module parsed once."""
    found: dict[tuple[str, str], ast.FunctionDef] = {}
    for name in modules:
        try:
            tree = ast.parse(inspect.getsource(sys.modules[name]))
        except (OSError, TypeError, SyntaxError, KeyError):
            continue  # read method by method instead
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if (
                        isinstance(item, ast.FunctionDef)
                        and item.name == "_visit_and_replace_children"
                    ):
                        found[(name, node.name)] = item
    return found


def read_orders() -> tuple[dict[type, Spec], str | None]:
    """The visit order of every node type, or why it cannot be read."""
    kinds = [
        k
        for k in sorted(ALL_NODE_TYPES, key=lambda k: k.__qualname__)
        if not getattr(k, "__abstractmethods__", None)
    ]
    functions = _methods_by_class({k.__module__ for k in kinds})
    orders: dict[type, Spec] = {}
    for kind in kinds:
        try:
            orders[kind] = visit_order(kind, functions)
        except UnknownShape as error:
            return {}, str(error)
    return orders, None


#: Read on the first fast walk, not at import: with several jobs, in the workers. When
#: LibCST's code is not of the expected shape (another version), ``problem`` says why
#: and every walk is LibCST's own.
ORDERS: dict[type, Spec] = {}
problem: str | None = None
_orders_read = False


def _read_once() -> None:
    global problem, _orders_read
    if not _orders_read:
        orders, problem = read_orders()
        ORDERS.update(orders)
        _orders_read = True


def _spec(kind: type) -> Spec:
    spec = ORDERS.get(kind)
    if spec is None:
        spec = ORDERS[kind] = visit_order(kind)  # a node type made after the import
    return spec


def is_node(value: object) -> bool:
    kind = type(value)
    known = _IS_NODE.get(kind)
    if known is None:
        known = _IS_NODE[kind] = isinstance(value, CSTNode)
    return known


# -- hooks ---------------------------------------------------------------------------


def _own_hook(kind: type, name: str) -> Hook:
    function = getattr(kind, name, None)
    if function is None or getattr(function, "_is_no_op", False):
        return None
    return function


def _class_skips_trivia(kind: type) -> bool:
    if kind in _SKIPPING_VISITORS:
        return True
    if any(getattr(kind, h) is not getattr(CSTVisitor, h) for h in _HOOKS):
        return False
    for name in dir(kind):
        hooked = name.startswith(("visit_", "leave_")) and _own_hook(kind, name) is not None
        if hooked and name.split("_")[1] in TRIVIA_NAMES:
            return False
    return True


_CLASS_PLANS: dict[type, tuple[bool, dict[type, tuple]]] = {}


def _class_plan(kind: type) -> tuple[bool, dict[type, tuple]]:
    plan = _CLASS_PLANS.get(kind)
    if plan is None:
        plan = _CLASS_PLANS[kind] = (_class_skips_trivia(kind), {})
    return plan


def _type_plan(kind: type, node: CSTNode) -> tuple:
    """``(enter, leave, ((attribute, before, after), ...))`` of a visitor class for a node
    type: each a function of ``(visitor, node)``, or None when LibCST would call nothing."""
    name = type(node).__name__
    default = {h: getattr(kind, h) is getattr(CSTVisitor, h) for h in _HOOKS}
    enter = _own_hook(kind, f"visit_{name}") if default["on_visit"] else kind.on_visit
    leave = _own_hook(kind, f"leave_{name}") if default["on_leave"] else kind.on_leave
    if kind is ScopeVisitor and SCOPE_LEAVE_KNOWN:
        leave = _scope_leave(type(node), _own_hook(kind, f"leave_{name}"))
    attributes = []
    for attribute, only_if_set in _spec(type(node)):
        if default["on_visit_attribute"]:
            before = _own_hook(kind, f"visit_{name}_{attribute}")
        else:
            before = _bind_attribute(kind.on_visit_attribute, attribute)
        if default["on_leave_attribute"]:
            after = _own_hook(kind, f"leave_{name}_{attribute}")
        else:
            after = _bind_attribute(kind.on_leave_attribute, attribute)
        attributes.append((attribute, only_if_set, before, after))
    return enter, leave, tuple(attributes)


# ScopeVisitor.on_leave tests every node it leaves against 18 abstract classes: a third
# of the scope analysis. Its code, as read below, is run with that test made once per
# node type instead; any other code is run as it is.
_SCOPE_LEAVE = """\
    def on_leave(self, original_node: cst.CSTNode) -> None:
        self.provider.set_metadata(original_node, self.scope)
        if isinstance(original_node, _ASSIGNMENT_LIKE_NODES):
            self.scope._assignment_count += 1
        super().on_leave(original_node)
"""


def _scope_leave_known() -> bool:
    try:
        return inspect.getsource(ScopeVisitor.on_leave) == _SCOPE_LEAVE
    except (OSError, TypeError):
        return False


SCOPE_LEAVE_KNOWN = _scope_leave_known()


def _scope_leave(node_type: type, hook: Hook) -> Callable[[Any, CSTNode], None]:
    counts = issubclass(node_type, _ASSIGNMENT_LIKE_NODES)

    def leave(visitor: Any, node: CSTNode) -> None:
        visitor.provider.set_metadata(node, visitor.scope)
        if counts:
            visitor.scope._assignment_count += 1
        if hook is not None:  # CSTVisitor.on_leave: the node type's own leave_ hook
            hook(visitor, node)

    return leave


def scopes(wrapper: MetadataWrapper) -> Mapping[CSTNode, object]:
    """``wrapper.resolve(ScopeProvider)``, without the two batched walks of the whole
    module that MetadataWrapper makes only to call each provider's ``visit_Module``."""
    module = wrapper.module
    try:
        context = ExpressionContextProvider()
        context.visit_Module(module)
        provider = ScopeProvider()
        provider.metadata = {ExpressionContextProvider: MappingProxyType(context._computed)}
        provider.visit_Module(module)
        return MappingProxyType(dict(provider._computed))
    except AttributeError:  # another LibCST: its own way
        return wrapper.resolve(ScopeProvider)


def _bind_attribute(method: Callable, attribute: str) -> Callable:
    return lambda visitor, node: method(visitor, node, attribute)


def _batched_plan(visitor: _BatchedCSTVisitor, node: CSTNode) -> tuple:
    """The same for LibCST's batched visitor, whose hooks are lists kept per instance."""
    methods = visitor.visitor_methods
    name = type(node).__name__

    def calls(key: str, first: Callable | None = None, last: Callable | None = None) -> Hook:
        found = list(methods.get(key, ()))
        if not found and first is None and last is None:
            return None

        def call(_: object, node: CSTNode) -> None:
            if first is not None:
                first(node)
            for method in found:
                method(node)
            if last is not None:
                last(node)

        return call

    attributes = tuple(
        (a, only_if_set, calls(f"visit_{name}_{a}"), calls(f"leave_{name}_{a}"))
        for a, only_if_set in _spec(type(node))
    )
    enter = calls(f"visit_{name}", first=visitor.before_visit)
    leave = calls(f"leave_{name}", last=visitor.after_leave)
    return enter, leave, attributes


def _batched_skips_trivia(visitor: _BatchedCSTVisitor) -> bool:
    if visitor.before_visit is not None or visitor.after_leave is not None:
        return False
    return not any(key.split("_")[1] in TRIVIA_NAMES for key in visitor.visitor_methods)


# -- the walk ------------------------------------------------------------------------


def _walker(visitor: CSTVisitor) -> Callable[[CSTNode], None] | None:
    kind = type(visitor)
    if any(k.startswith(("visit_", "leave_", "on_")) for k in vars(visitor)):
        return None  # a hook set on the instance: LibCST's own lookups see it
    if kind is _BatchedCSTVisitor:
        skips, plans = _batched_skips_trivia(visitor), {}
        make = _batched_plan
    else:
        skips, plans = _class_plan(kind)
        make = _type_plan
    trivia = TRIVIA if skips else frozenset()
    default = MaybeSentinel.DEFAULT
    known_nodes = _IS_NODE

    def walk(node: CSTNode) -> None:
        node_type = type(node)
        plan = plans.get(node_type)
        if plan is None:
            plan = plans[node_type] = make(visitor if make is _batched_plan else kind, node)
        enter, leave, attributes = plan
        if enter is None or enter(visitor, node) is not False:
            for name, only_if_set, before, after in attributes:
                value = getattr(node, name)
                if only_if_set and value is None:
                    continue
                if before is not None:
                    before(visitor, node)
                # inline, not a helper: this runs for every attribute of every node
                value_type = type(value)
                if value_type is tuple or value_type is list:
                    for child in value:
                        if type(child) not in trivia:
                            walk(child)
                elif value is None or value is default or value_type in trivia:
                    pass
                elif known_nodes.get(value_type) or is_node(value):
                    walk(value)
                else:
                    for child in value:
                        if type(child) not in trivia:
                            walk(child)
                if after is not None:
                    after(visitor, node)
        if leave is not None:
            leave(visitor, node)

    return walk


class _State(threading.local):
    depth = 0
    visitor: CSTVisitor | None = None
    walk: Callable[[CSTNode], None] | None = None


_state = _State()
_lock = threading.Lock()
_active_threads = 0


def _fast_visit(self: CSTNode, visitor: Any) -> Any:
    state = _state
    if not state.depth or not isinstance(visitor, CSTVisitor) or type(self) not in ORDERS:
        return _ORIGINAL_VISIT(self, visitor)
    if state.visitor is not visitor:
        state.visitor, state.walk = visitor, _walker(visitor)
    walk = state.walk
    if walk is None:
        return _ORIGINAL_VISIT(self, visitor)
    walk(self)
    return self


@contextmanager
def fast_visits() -> Iterator[None]:
    """Read-only visits in this thread take the fast walk until the block ends."""
    global _active_threads
    state = _state
    _read_once()
    if problem is not None:
        yield
        return
    if state.depth == 0:
        with _lock:
            _active_threads += 1
            CSTNode.visit = _fast_visit  # type: ignore[method-assign]
    state.depth += 1
    try:
        yield
    finally:
        state.depth -= 1
        if state.depth == 0:
            state.visitor = state.walk = None
            with _lock:
                _active_threads -= 1
                if _active_threads == 0:
                    CSTNode.visit = _ORIGINAL_VISIT  # type: ignore[method-assign]


def preorder(root: CSTNode) -> tuple[list[CSTNode], list[int], list[int]]:
    """Every node under ``root`` but trivia, in the order a visitor meets them, with the
    index of each one's parent (-1 for ``root``) and the index just past its subtree."""
    _read_once()
    nodes: list[CSTNode] = []
    parents: list[int] = []
    ends: list[int] = []
    default = MaybeSentinel.DEFAULT
    trivia = TRIVIA

    def go(node: CSTNode, parent: int) -> None:
        index = len(nodes)
        nodes.append(node)
        parents.append(parent)
        ends.append(0)
        for name, _ in _spec(type(node)):
            value = getattr(node, name)  # the same dispatch as in _walker's walk, inline
            value_type = type(value)
            if value_type is tuple or value_type is list:
                for child in value:
                    if type(child) not in trivia:
                        go(child, index)
            elif value is None or value is default or value_type in trivia:
                pass
            elif is_node(value):
                go(value, index)
            else:
                for child in value:
                    if type(child) not in trivia:
                        go(child, index)
        ends[index] = len(nodes)

    go(root, -1)
    return nodes, parents, ends
