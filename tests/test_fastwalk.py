"""The fast walk gives LibCST's own metadata, node for node.

The scope analysis the tool trusts is LibCST's; fastwalk only changes how the tree is
walked. These tests resolve the metadata both ways over the golden corpus, the benchmark's
generated files and a slice of the standard library, and compare every non-trivia node:
its scope, its expression context, and for names and attributes what they resolve to.
"""

from __future__ import annotations

import random
import sys
import sysconfig
import threading
from pathlib import Path

import libcst as cst
import pytest
from libcst.metadata import ExpressionContextProvider, MetadataWrapper, ScopeProvider

from migrate_keras_dicts import fastwalk
from migrate_keras_dicts.fastwalk import TRIVIA, fast_visits, preorder

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = sorted((ROOT / "golden").glob("**/*.py"))
STDLIB = Path(sysconfig.get_paths()["stdlib"])
# A fixed sample of the standard library: scopes of every kind, classes in functions,
# comprehensions, global/nonlocal, star imports, decorators, match statements.
STDLIB_FILES = sorted(
    random.Random(7).sample(sorted(p for p in STDLIB.glob("*.py") if p.stat().st_size), 60)
    + [STDLIB / name for name in ("typing.py", "dataclasses.py", "enum.py", "ast.py")]
)


def _benchmark_files(tmp: Path) -> list[Path]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench
    finally:
        sys.path.pop(0)
    bench.generate_repository(tmp, 40, 0.5, bench.SEED)
    return sorted(tmp.glob("**/*.py"))


def _resolve(module: cst.Module) -> dict:
    return MetadataWrapper(module, unsafe_skip_copy=True).resolve_many(
        [ScopeProvider, ExpressionContextProvider]
    )


def _summary(module: cst.Module, resolved: dict) -> list:
    """What the tool can read of the metadata, node by node, in a comparable form."""
    scopes, contexts = resolved[ScopeProvider], resolved[ExpressionContextProvider]

    def scope_key(scope: object) -> object:
        if scope is None:
            return None
        return (type(scope).__name__, id(getattr(scope, "node", None)))

    out: list = []
    for node in _all_nodes(module):
        if type(node) in TRIVIA:
            continue
        scope = scopes.get(node)
        out.append((id(node), type(node).__name__, scope_key(scope), contexts.get(node)))
        if scope is None:
            continue
        if isinstance(node, cst.Name):
            referents = {
                (type(r).__name__, id(getattr(r, "node", None)), scope_key(r.scope))
                for access in scope.accesses[node]
                if access.node is node
                for r in access.referents
            }
            assigned = {
                (type(a).__name__, id(getattr(a, "node", None)), len(a.references))
                for a in scope.assignments[node.value]
            }
            out.append((sorted(map(repr, referents)), sorted(map(repr, assigned))))
        if isinstance(node, cst.Name | cst.Attribute):
            out.append(sorted(q.name for q in scope.get_qualified_names_for(node)))
        if scope_key(scope)[1] == id(node):
            out.append(("parent", scope_key(scope.parent)))
    return out


def _all_nodes(root: cst.CSTNode) -> list[cst.CSTNode]:
    found: list[cst.CSTNode] = []

    class Collect(cst.CSTVisitor):
        def on_visit(self, node: cst.CSTNode) -> bool:
            found.append(node)
            return True

    root.visit(Collect())  # LibCST's own walk: this test is outside fast_visits
    return found


def _assert_same_metadata(path: Path) -> None:
    try:
        module = cst.parse_module(path.read_bytes())
    except cst.ParserSyntaxError:
        return
    slow = _resolve(module)
    with fast_visits():
        fast = _resolve(module)
        direct = fastwalk.scopes(MetadataWrapper(module, unsafe_skip_copy=True))
    assert cst.CSTNode.visit is fastwalk._ORIGINAL_VISIT  # restored on the way out
    expected = _summary(module, slow)
    assert _summary(module, fast) == expected
    # the providers called directly, as the tool does (no batched walks)
    contexts = slow[ExpressionContextProvider]
    assert (
        _summary(module, {ScopeProvider: direct, ExpressionContextProvider: contexts}) == expected
    )


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: str(p.relative_to(ROOT / "golden")))
def test_golden_sources_get_libcsts_metadata(path: Path) -> None:
    _assert_same_metadata(path)


@pytest.mark.parametrize("path", STDLIB_FILES, ids=lambda p: p.name)
def test_standard_library_modules_get_libcsts_metadata(path: Path) -> None:
    _assert_same_metadata(path)


def test_benchmark_files_get_libcsts_metadata(tmp_path: Path) -> None:
    for path in _benchmark_files(tmp_path):
        _assert_same_metadata(path)


def test_preorder_is_the_order_libcst_visits_non_trivia_nodes() -> None:
    for path in [*GOLDEN[:40], *STDLIB_FILES[:10]]:
        module = cst.parse_module(path.read_bytes())
        expected = [n for n in _all_nodes(module) if type(n) not in TRIVIA]
        nodes, parents, ends = preorder(module)
        assert [id(n) for n in nodes] == [id(n) for n in expected]
        for index, node in enumerate(nodes):
            below = {id(n) for n in _all_nodes(node) if type(n) not in TRIVIA}
            assert {id(n) for n in nodes[index : ends[index]]} == below
            if parents[index] >= 0:
                assert id(node) in {id(c) for c in nodes[parents[index]].children}


def test_trivia_holds_only_trivia() -> None:
    """Skipping a trivia subtree skips no name, expression or statement."""
    for path in [*GOLDEN, *STDLIB_FILES]:
        module = cst.parse_module(path.read_bytes())
        for node in _all_nodes(module):
            if type(node) in TRIVIA:
                assert all(type(n) in TRIVIA for n in _all_nodes(node)), type(node)


def test_visitors_see_the_same_calls_in_the_same_order() -> None:
    """A visitor with every kind of hook, trivia included, is called exactly as LibCST
    calls it (trivia is skipped only for visitors that have no hook for it)."""

    class Trace(cst.CSTVisitor):
        def __init__(self) -> None:
            self.calls: list[tuple] = []

        def visit_Name(self, node: cst.Name) -> None:
            self.calls.append(("visit", id(node)))

        def visit_Comma(self, node: cst.Comma) -> None:
            self.calls.append(("comma", id(node)))

        def leave_Call(self, node: cst.Call) -> None:
            self.calls.append(("leave", id(node)))

        def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
            self.calls.append(("def", id(node)))
            return node.name.value != "skip_me"

        def visit_Call_args(self, node: cst.Call) -> None:
            self.calls.append(("args", id(node)))

    source = "def skip_me(a, b):\n    f(a, b)\n\ndef g(x, *, y=1):\n    h(x, y)[0] + k(1, 2)\n"
    for text in [source, *(p.read_text() for p in GOLDEN[:20])]:
        module = cst.parse_module(text)
        slow, fast = Trace(), Trace()
        module.visit(slow)
        with fast_visits():
            assert module.visit(fast) is module
        assert fast.calls == slow.calls


def test_transformers_and_other_threads_take_libcsts_own_walk() -> None:
    module = cst.parse_module("x = [1, 2]\n")

    class Upper(cst.CSTTransformer):
        def leave_Name(self, original: cst.Name, updated: cst.Name) -> cst.Name:
            return updated.with_changes(value=updated.value.upper())

    seen: list[object] = []
    with fast_visits():
        assert module.visit(Upper()).code == "X = [1, 2]\n"
        thread = threading.Thread(target=lambda: seen.append(fastwalk._state.depth))
        thread.start()
        thread.join()
    assert seen == [0]
    assert cst.CSTNode.visit is fastwalk._ORIGINAL_VISIT


def test_libcst_code_is_of_the_shape_fastwalk_reads() -> None:
    """On another LibCST the tool stays right but slow; this says when that happens."""
    orders, problem = fastwalk.read_orders()
    assert problem is None
    assert cst.FunctionDef in orders
    assert fastwalk.SCOPE_LEAVE_KNOWN
    # read module by module as the tool does, or method by method: the same orders
    assert all(fastwalk.visit_order(kind) == spec for kind, spec in orders.items())


def test_every_attribute_is_visited_in_libcsts_order() -> None:
    """A visitor that overrides every ``on_*`` hook sees the same calls, node for node
    and attribute for attribute (trivia included: it might look at anything)."""

    class Everything(cst.CSTVisitor):
        def __init__(self) -> None:
            self.calls: list[tuple] = []

        def on_visit(self, node: cst.CSTNode) -> bool:
            self.calls.append(("visit", id(node)))
            return not isinstance(node, cst.Lambda)

        def on_leave(self, original_node: cst.CSTNode) -> None:
            self.calls.append(("leave", id(original_node)))

        def on_visit_attribute(self, node: cst.CSTNode, attribute: str) -> None:
            self.calls.append(("enter", id(node), attribute))

        def on_leave_attribute(self, original_node: cst.CSTNode, attribute: str) -> None:
            self.calls.append(("exit", id(original_node), attribute))

    for path in [*GOLDEN, *STDLIB_FILES]:
        module = cst.parse_module(path.read_bytes())
        slow, fast = Everything(), Everything()
        module.visit(slow)
        with fast_visits():
            module.visit(fast)
        assert fast.calls == slow.calls, path
