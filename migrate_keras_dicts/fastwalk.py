"""LibCST's read-only visits, without rebuilding the tree they walk.

``CSTNode.visit`` rebuilds every node it passes (a new dataclass, validated) even for a
read-only ``CSTVisitor``, and looks its hooks up by name at every node and attribute.
For the scope analysis of a model file that costs about three times LibCST's parse.
The fast walk instead walks the same children in the same order (the order
``_visit_and_replace_children`` visits them, read once from its source), calls the same
hooks, and returns the same node; hooks are looked up once per visitor class and node
type, and no-op stubs are not called.

It also leaves out *trivia* for visitors that do not look at it: whitespace, comments,
commas, brackets and operator tokens, whose subtrees hold nothing but more trivia (no
name, no expression). LibCST's scope and expression-context visitors record nothing for
them but "this node is in that scope", so their results for every other node are the
same; the tests compare both walks over a corpus.

It is called explicitly, and patches nothing of LibCST: :func:`scopes` and
:func:`positions` are ``MetadataWrapper.resolve`` of ScopeProvider and PositionProvider,
:func:`visit` is ``node.visit(visitor)`` for a read-only visitor, :func:`preorder` lists
the nodes a visitor meets. Anything else (transformers, other code) runs LibCST's own.

What it reads of LibCST's private code (the visit orders, ``ScopeVisitor``, what the
providers' ``visit_Module`` do) is read and checked by one guarded loader, :func:`load`,
on the first walk: never at import, so ``--version`` and runs over files without a model
never touch it. On any failure (a name gone or renamed, code of another shape, a provider
with a dependency it does not know, a LibCST outside the versions the tests checked,
:data:`CHECKED`), and when a fast walk raises where LibCST's own does not, every function
here takes LibCST's own walk: the same results, only slower; :func:`problem` says why.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib.metadata
import inspect
import re
import sys
import textwrap
import threading
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, TypeGuard, TypeVar, cast

import libcst as cst
from libcst import CSTNode, CSTVisitor, MaybeSentinel
from libcst.metadata import (
    BatchableMetadataProvider,
    CodeRange,
    ExpressionContext,
    ExpressionContextProvider,
    MetadataWrapper,
    PositionProvider,
    ScopeProvider,
)

#: The LibCST releases whose code the test suite has checked the fast walk against
#: (``>=1.1,<1.10``: the oldest and the newest that pyproject allows are tested); on any
#: other the walk is LibCST's own.
CHECKED: tuple[tuple[int, int], tuple[int, int]] = ((1, 1), (1, 10))

#: Node types whose subtrees hold only trivia: no name, expression or statement. Looked up
#: by name: a type a LibCST release drops is simply not skipped.
_TRIVIA_BASE_NAMES = (
    "BaseParenthesizableWhitespace",
    "TrailingWhitespace",
    "EmptyLine",
    "Comment",
    "Newline",
    "Comma",
    "Dot",
    "Colon",
    "Semicolon",
    "AssignEqual",
    "LeftParen",
    "RightParen",
    "LeftSquareBracket",
    "RightSquareBracket",
    "LeftCurlyBrace",
    "RightCurlyBrace",
    "BaseBinaryOp",
    "BaseBooleanOp",
    "BaseCompOp",
    "BaseUnaryOp",
    "BaseAugOp",
    "ImportStar",
    "Asynchronous",
)
TRIVIA_BASES: tuple[type, ...] = tuple(
    base for name in _TRIVIA_BASE_NAMES if isinstance(base := getattr(cst, name, None), type)
)


def _subclasses(base: type) -> set[type]:
    found: set[type] = set()
    todo = [base]
    while todo:
        subs: list[type] = todo.pop().__subclasses__()
        for sub in subs:
            if sub not in found:
                found.add(sub)
                todo.append(sub)
    return found


ALL_NODE_TYPES: frozenset[type] = frozenset(_subclasses(CSTNode))
TRIVIA: frozenset[type] = frozenset(t for t in ALL_NODE_TYPES if issubclass(t, TRIVIA_BASES))
TRIVIA_NAMES = frozenset(t.__name__ for t in TRIVIA)

_IS_NODE: dict[type, bool] = {}
_HOOKS = ("on_visit", "on_leave", "on_visit_attribute", "on_leave_attribute")

Hook = Callable[[Any, CSTNode], object] | None
#: ``(attribute, visited only when not None)``, in the order LibCST visits them
Spec = tuple[tuple[str, bool], ...]
#: ``(enter, leave, ((attribute, only if set, before, after), ...))`` of a visitor class
#: for a node type, or ``_LIBCST`` for a node type whose order was not read
Plan = tuple[Hook, Hook, tuple[tuple[str, bool, Hook, Hook], ...]]
_LIBCST: Plan = (None, None, ())
_T = TypeVar("_T")


class Unavailable(Exception):
    """The fast walk cannot be used with this LibCST; the message says why."""


class UnknownShape(Unavailable):
    """LibCST's code for a node type is not the shape fastwalk reads."""


def visit_order(
    kind: type,
    functions: dict[tuple[str, str], ast.FunctionDef] | None = None,
    leaf: object = None,
) -> Spec:
    """The child attributes ``kind._visit_and_replace_children`` visits, in order, read
    from its source; raises ``UnknownShape`` for code of another shape. ``functions``:
    the methods of whole modules already parsed, by (module, class qualname); ``leaf``:
    the method of LibCST's ``BaseLeaf`` (no children)."""
    function = getattr(kind, "_visit_and_replace_children", None)
    if function is None:
        raise UnknownShape(f"{kind.__name__}: no _visit_and_replace_children")
    if function is leaf:
        return ()
    owner = next(c for c in kind.__mro__ if "_visit_and_replace_children" in vars(c))
    tree: ast.FunctionDef | None = (functions or {}).get((owner.__module__, owner.__qualname__))
    code = getattr(function, "__code__", None)
    if tree is not None and (
        code is None
        or tree.lineno != code.co_firstlineno
        or function.__qualname__ != f"{owner.__qualname__}._visit_and_replace_children"
    ):
        tree = None  # not the method the module's source defines there: read its own
    if tree is None:
        try:
            parsed = ast.parse(textwrap.dedent(inspect.getsource(function))).body[0]
        except (OSError, TypeError, SyntaxError) as error:
            raise UnknownShape(f"{kind.__name__}: no source") from error
        if not isinstance(parsed, ast.FunctionDef):
            raise UnknownShape(f"{kind.__name__}: not a function")
        tree = parsed

    def is_visit(node: ast.AST) -> TypeGuard[ast.Call]:
        return (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id.startswith("visit_")
        )

    def walks(node: ast.AST) -> bool:  # any visit of a child, however written
        return is_visit(node) or (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr.startswith("visit")
        )

    every = sum(1 for node in ast.walk(tree) if walks(node))
    # the constructor call (``Kind(...)`` or ``type(self)(...)``) that rebuilds the node
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and not is_visit(node)
        and any(is_visit(n) for k in node.keywords for n in ast.walk(k.value))
    ]
    if not calls:
        if every:
            raise UnknownShape(f"{kind.__name__}: children visited without a constructor call")
        return ()  # no child is visited
    if len(calls) != 1 or calls[0].args:
        raise UnknownShape(f"{kind.__name__}: not one constructor call")
    spec: list[tuple[str, bool]] = []
    counted = 0
    for keyword in calls[0].keywords:
        if keyword.arg is None:
            raise UnknownShape(f"{kind.__name__}: ** in the constructor call")
        visits = [node for node in ast.walk(keyword.value) if is_visit(node)]
        if not visits:
            continue
        counted += len(visits)
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
    if counted != every:
        raise UnknownShape(f"{kind.__name__}: a child visited outside the constructor call")
    return tuple(spec)


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


def read_orders(leaf: object) -> tuple[dict[type, Spec], str | None]:
    """The visit order of every node type, or why it cannot be read. ``leaf``: the
    ``_visit_and_replace_children`` of LibCST's ``BaseLeaf`` (the loader reads it)."""
    kinds = [
        k
        for k in sorted(ALL_NODE_TYPES, key=lambda k: k.__qualname__)
        if not getattr(k, "__abstractmethods__", None)
    ]
    functions = _methods_by_class({k.__module__ for k in kinds})
    orders: dict[type, Spec] = {}
    for kind in kinds:
        try:
            orders[kind] = visit_order(kind, functions, leaf)
        except UnknownShape as error:
            return {}, str(error)
    return orders, None


# -- the loader ------------------------------------------------------------------------

# The code of LibCST 1.x that the fast scope analysis stands in for, as read below: the
# two providers' ``visit_Module`` (each runs its own visitor over the module), and
# ScopeVisitor.on_leave, which tests every node it leaves against 18 abstract classes (a
# third of the scope analysis) and is run with that test made once per node type.
_CONTEXT_MODULE = """\
    def visit_Module(self, node: cst.Module) -> Optional[bool]:
        node.visit(ExpressionContextVisitor(self, ExpressionContext.LOAD))
"""
_SCOPE_MODULE = """\
    def visit_Module(self, node: cst.Module) -> Optional[bool]:
        visitor = ScopeVisitor(self)
        node.visit(visitor)
        visitor.infer_accesses()
"""
_SCOPE_LEAVE = """\
    def on_leave(self, original_node: cst.CSTNode) -> None:
        self.provider.set_metadata(original_node, self.scope)
        if isinstance(original_node, _ASSIGNMENT_LIKE_NODES):
            self.scope._assignment_count += 1
        super().on_leave(original_node)
"""


@dataclass(frozen=True)
class FastPath:
    """What the loader read of LibCST's private code, checked: all the fast walk uses."""

    version: str
    orders: Mapping[type, Spec]
    #: visitor classes whose only overrides record metadata for the nodes they leave:
    #: trivia is theirs to skip (ScopeVisitor, ExpressionContextVisitor)
    skipping: tuple[type, ...]
    #: ``(module) -> (scopes, expression contexts)``, as the two providers make them
    scope_metadata: Callable[[cst.Module], tuple[Mapping[CSTNode, Any], Mapping[CSTNode, Any]]]
    #: ``(wrapper) -> positions``, as PositionProvider makes them
    position_metadata: Callable[[MetadataWrapper], Mapping[CSTNode, CodeRange]]
    #: ``(node type, leave_<Type> hook) -> ScopeVisitor.on_leave`` for that type
    scope_leave: Callable[[type, Hook], Hook]
    #: the visitor class of that on_leave
    scope_visitor: type
    #: per visitor class: (skips trivia, plans by node type); weak: the tool defines
    #: visitor classes inside functions, one per call
    plans: weakref.WeakKeyDictionary[type, tuple[bool, dict[type, Plan]]] = field(
        default_factory=weakref.WeakKeyDictionary
    )


def _source(function: object) -> str | None:
    try:
        return inspect.getsource(function)  # type: ignore[arg-type]
    except (OSError, TypeError):
        return None


def _version_problem(version: str) -> str | None:
    found = re.match(r"(\d+)\.(\d+)", version)
    (low_major, low_minor), (high_major, high_minor) = CHECKED
    checked = f">={low_major}.{low_minor},<{high_major}.{high_minor}"
    if found is None:
        return f"LibCST {version}: a version it does not understand"
    if not CHECKED[0] <= (int(found[1]), int(found[2])) < CHECKED[1]:
        return f"LibCST {version} is not one the tests checked ({checked})"
    return None


def _load(check_version: bool = True) -> FastPath:
    """Import, read and check every private piece of LibCST the fast walk uses; raises
    (``Unavailable`` or whatever the import raised) when one is not as expected."""
    version = importlib.metadata.version("libcst")
    if check_version and (why := _version_problem(version)):
        raise Unavailable(why)
    from libcst._nodes.base import BaseLeaf
    from libcst.metadata.expression_context_provider import ExpressionContextVisitor
    from libcst.metadata.scope_provider import _ASSIGNMENT_LIKE_NODES, ScopeVisitor

    for provider, needs in (
        (ExpressionContextProvider, ()),
        (ScopeProvider, (ExpressionContextProvider,)),
        (PositionProvider, ()),
    ):
        found = tuple(provider.METADATA_DEPENDENCIES)
        if found != needs:
            names = ", ".join(p.__name__ for p in found) or "nothing"
            raise Unavailable(f"{provider.__name__} depends on {names}")
    if issubclass(PositionProvider, BatchableMetadataProvider) or PositionProvider.gen_cache:
        raise Unavailable("PositionProvider is batched or cached")
    if _source(ExpressionContextProvider.visit_Module) != _CONTEXT_MODULE:
        raise Unavailable("ExpressionContextProvider.visit_Module is not the code read")
    if _source(ScopeProvider.visit_Module) != _SCOPE_MODULE:
        raise Unavailable("ScopeProvider.visit_Module is not the code read")
    if _source(ScopeVisitor.on_leave) != _SCOPE_LEAVE:
        raise Unavailable("ScopeVisitor.on_leave is not the code read")
    skipping = (ScopeVisitor, ExpressionContextVisitor)
    for visitor_class, own in ((ScopeVisitor, ["on_leave"]), (ExpressionContextVisitor, [])):
        trivia_hooks = [
            name
            for name in dir(visitor_class)
            if name.startswith(("visit_", "leave_"))
            and name.split("_")[1] in TRIVIA_NAMES
            and _own_hook(visitor_class, name) is not None
        ]
        overrides = [h for h in _HOOKS if getattr(visitor_class, h) is not getattr(CSTVisitor, h)]
        if trivia_hooks or overrides != own:  # it may look at trivia: not to be skipped
            raise Unavailable(f"{visitor_class.__name__} may look at trivia")
    if not isinstance(_ASSIGNMENT_LIKE_NODES, tuple) or not all(
        isinstance(kind, type) for kind in _ASSIGNMENT_LIKE_NODES
    ):
        raise Unavailable("_ASSIGNMENT_LIKE_NODES is not a tuple of node types")
    orders, why = read_orders(BaseLeaf._visit_and_replace_children)
    if why is not None:
        raise Unavailable(why)
    for kind, spec in orders.items():  # every attribute read is a field of its node type
        fields = (
            {f.name for f in dataclasses.fields(kind)} if dataclasses.is_dataclass(kind) else ()
        )
        missing = [attribute for attribute, _ in spec if attribute not in fields]
        if missing:
            raise Unavailable(f"{kind.__name__} has no field {missing[0]}")

    def scope_metadata(
        module: cst.Module,
    ) -> tuple[Mapping[CSTNode, Any], Mapping[CSTNode, Any]]:
        # the providers' visit_Module, as read above, with their visitors walked fast
        context = ExpressionContextProvider()
        _visit(fast, module, ExpressionContextVisitor(context, ExpressionContext.LOAD))
        contexts = MappingProxyType(dict(context._computed))
        provider = ScopeProvider()
        provider.metadata = {ExpressionContextProvider: contexts}
        visitor = ScopeVisitor(provider)
        _visit(fast, module, visitor)
        visitor.infer_accesses()
        return MappingProxyType(dict(provider._computed)), contexts

    def position_metadata(wrapper: MetadataWrapper) -> Mapping[CSTNode, CodeRange]:
        # what MetadataWrapper stores for a provider that is not batched (``_gen``)
        return cast(Mapping[CSTNode, CodeRange], PositionProvider()._gen(wrapper))

    def scope_leave(node_type: type, hook: Hook) -> Hook:
        counts = issubclass(node_type, _ASSIGNMENT_LIKE_NODES)

        def leave(visitor: Any, node: CSTNode) -> None:
            visitor.provider.set_metadata(node, visitor.scope)
            if counts:
                visitor.scope._assignment_count += 1
            if hook is not None:  # CSTVisitor.on_leave: the node type's own leave_ hook
                hook(visitor, node)

        return leave

    fast = FastPath(
        version,
        MappingProxyType(orders),
        skipping,
        scope_metadata,
        position_metadata,
        scope_leave,
        ScopeVisitor,
    )
    return fast


@dataclass
class _Loaded:
    done: bool = False
    fast: FastPath | None = None
    why: str | None = None


_loaded = _Loaded()
_load_lock = threading.Lock()


def load() -> FastPath | None:
    """The fast walk's view of LibCST, read on first use; None when it is off."""
    loaded = _loaded
    if not loaded.done:
        with _load_lock:
            if not loaded.done:
                try:
                    loaded.fast = _load()
                except Exception as error:  # whatever a new LibCST does: its own walk
                    why = str(error) if isinstance(error, Unavailable) else None
                    loaded.why = why or f"{type(error).__name__}: {error}"
                loaded.done = True
    return loaded.fast


def problem() -> str | None:
    """Why the fast walk is off (LibCST's own walk is used), or None when it is on."""
    load()
    return _loaded.why


def off_note() -> str | None:
    """The line ``--verbose`` prints when the fast walk is off (in this process)."""
    why = problem()
    if why is None:
        return None
    return f"migrate-keras-dicts: fast walk off (LibCST's own walk is used: the same results, slower): {why}"


def reset() -> None:
    """Forget what the loader read: the next walk loads again (as a new process would)."""
    global _loaded
    _loaded = _Loaded()


def _give_up(why: str) -> None:
    """A fast walk raised where LibCST's own did not: LibCST's walk from now on."""
    _loaded.fast, _loaded.why, _loaded.done = None, why, True


def _or_libcst(fast_call: Callable[[], _T], libcst_call: Callable[[], _T], what: str) -> _T:
    """``fast_call()``; if it raises, ``libcst_call()`` (which raises as LibCST does), and
    when that does not raise, the fast walk is off from then on."""
    try:
        return fast_call()
    except Exception as error:
        result = libcst_call()
        _give_up(f"{what} raised {type(error).__name__}: {error}")
        return result


# -- the entry points ------------------------------------------------------------------


def scopes(wrapper: MetadataWrapper) -> Mapping[CSTNode, object]:
    """``wrapper.resolve(ScopeProvider)``: the providers' visitors walked fast, without
    the two batched walks of the whole module that MetadataWrapper makes only to call
    each provider's ``visit_Module``."""
    fast = load()
    if fast is None:
        return wrapper.resolve(ScopeProvider)
    return _or_libcst(
        lambda: fast.scope_metadata(wrapper.module)[0],
        lambda: wrapper.resolve(ScopeProvider),
        "the fast scope analysis",
    )


def positions(wrapper: MetadataWrapper) -> Mapping[CSTNode, CodeRange]:
    """``wrapper.resolve(PositionProvider)``, without the walk of the whole module that
    MetadataWrapper then makes for the batched providers (there are none)."""
    fast = load()
    if fast is None:
        return wrapper.resolve(PositionProvider)
    return _or_libcst(
        lambda: fast.position_metadata(wrapper),
        lambda: wrapper.resolve(PositionProvider),
        "the positions",
    )


def visit(node: CSTNode, visitor: CSTVisitor) -> None:
    """``node.visit(visitor)`` for a read-only visitor, walked fast.

    Its hooks are called exactly as LibCST calls them. A walk cannot be redone once a
    hook has seen a node, so what the walk relies on is checked before the first one
    (:func:`load`), and a node type whose order was not read is walked by LibCST."""
    fast = load()
    if fast is None or not isinstance(visitor, CSTVisitor):
        node.visit(visitor)
        return
    _visit(fast, node, visitor)


def _visit(fast: FastPath, node: CSTNode, visitor: CSTVisitor) -> None:
    # LibCST's own ``node.visit`` runs, with the visitor's ``on_visit`` set on this one
    # instance, for this call, to the fast walk of the node's children (then False: LibCST
    # does not walk them again). The visits a hook makes itself (ScopeVisitor walks a
    # function's parameters and body with ``node.params.visit(self)``) walk fast too.
    namespace = getattr(visitor, "__dict__", None)
    if namespace is None or any(k.startswith(("visit_", "leave_", "on_")) for k in namespace):
        node.visit(visitor)  # a hook set on the instance, or no room for one: LibCST's
        return
    namespace["on_visit"] = _entry(fast, visitor)
    try:
        node.visit(visitor)
    finally:
        namespace.pop("on_visit", None)


def preorder(root: CSTNode) -> tuple[list[CSTNode], list[int], list[int]]:
    """Every node under ``root`` but trivia, in the order a visitor meets them, with the
    index of each one's parent (-1 for ``root``) and the index just past its subtree."""
    fast = load()
    if fast is None:
        return _libcst_preorder(root)
    orders = fast.orders
    return _or_libcst(
        lambda: _fast_preorder(orders, root), lambda: _libcst_preorder(root), "the preorder"
    )


def _fast_preorder(
    orders: Mapping[type, Spec], root: CSTNode
) -> tuple[list[CSTNode], list[int], list[int]]:
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
        for name, _ in orders[type(node)]:
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


class _Preorder(CSTVisitor):
    """The same lists, made by LibCST's own walk."""

    def __init__(self, root: CSTNode) -> None:
        self.root = root
        self.nodes: list[CSTNode] = []
        self.parents: list[int] = []
        self.ends: list[int] = []
        self.open: list[int] = [-1]

    def on_visit(self, node: CSTNode) -> bool:
        if type(node) in TRIVIA and node is not self.root:
            return False  # a trivia subtree holds only trivia
        self.parents.append(self.open[-1])
        self.open.append(len(self.nodes))
        self.nodes.append(node)
        self.ends.append(0)
        return True

    def on_leave(self, original_node: CSTNode) -> None:
        if type(original_node) not in TRIVIA or original_node is self.root:
            self.ends[self.open.pop()] = len(self.nodes)


def _libcst_preorder(root: CSTNode) -> tuple[list[CSTNode], list[int], list[int]]:
    walk = _Preorder(root)
    root.visit(walk)
    return walk.nodes, walk.parents, walk.ends


def is_node(value: object) -> bool:
    kind = type(value)
    known = _IS_NODE.get(kind)
    if known is None:
        known = _IS_NODE[kind] = isinstance(value, CSTNode)
    return known


# -- hooks -----------------------------------------------------------------------------


def _own_hook(kind: type, name: str) -> Hook:
    function = getattr(kind, name, None)
    if function is None or getattr(function, "_is_no_op", False):
        return None
    return cast(Hook, function)


def _class_skips_trivia(fast: FastPath, kind: type[CSTVisitor]) -> bool:
    if kind in fast.skipping:
        return True
    if any(getattr(kind, h) is not getattr(CSTVisitor, h) for h in _HOOKS):
        return False
    for name in dir(kind):
        hooked = name.startswith(("visit_", "leave_")) and _own_hook(kind, name) is not None
        if hooked and name.split("_")[1] in TRIVIA_NAMES:
            return False
    return True


def _bind_attribute(method: Callable[[Any, CSTNode, str], object], attribute: str) -> Hook:
    return lambda visitor, node: method(visitor, node, attribute)


def _type_plan(fast: FastPath, kind: type[CSTVisitor], node_type: type) -> Plan:
    """The hooks of a visitor class for a node type: each a function of
    ``(visitor, node)``, or None when LibCST would call nothing."""
    spec = fast.orders.get(node_type)
    if spec is None:
        return _LIBCST  # a node type made after the loader read the others
    name = node_type.__name__
    default = {h: getattr(kind, h) is getattr(CSTVisitor, h) for h in _HOOKS}
    enter = _own_hook(kind, f"visit_{name}") if default["on_visit"] else kind.on_visit
    leave = _own_hook(kind, f"leave_{name}") if default["on_leave"] else kind.on_leave
    if kind is fast.scope_visitor:
        leave = fast.scope_leave(node_type, _own_hook(kind, f"leave_{name}"))
    attributes = []
    for attribute, only_if_set in spec:
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


# -- the walk --------------------------------------------------------------------------


def _entry(fast: FastPath, visitor: CSTVisitor) -> Callable[[CSTNode], bool]:
    """The ``on_visit`` LibCST's ``node.visit`` calls: the node's enter hook and the fast
    walk of its children; False, so that LibCST does not walk them again (it then calls
    the visitor's own ``on_leave``, as it always does)."""
    kind = type(visitor)
    plan_of_class = fast.plans.get(kind)
    if plan_of_class is None:
        plan_of_class = fast.plans[kind] = (_class_skips_trivia(fast, kind), {})
    skips, plans = plan_of_class
    trivia = TRIVIA if skips else frozenset()
    default = MaybeSentinel.DEFAULT
    known_nodes = _IS_NODE
    libcst_walk = _LIBCST

    def walk(node: CSTNode, leaves: bool = True) -> None:
        node_type = type(node)
        plan = plans.get(node_type)
        if plan is None:
            plan = plans[node_type] = _type_plan(fast, kind, node_type)
        if plan is libcst_walk:
            node.visit(visitor)  # its children come back through entry
            return
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
        if leave is not None and leaves:
            leave(visitor, node)

    def entry(node: CSTNode) -> bool:
        node_type = type(node)
        plan = plans.get(node_type)
        if plan is None:
            plan = plans[node_type] = _type_plan(fast, kind, node_type)
        if plan is libcst_walk:
            return kind.on_visit(visitor, node)  # LibCST walks this node's children
        walk(node, False)
        return False

    return entry
