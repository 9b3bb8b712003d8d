"""The fast walk gives LibCST's own metadata, node for node, and LibCST's walk when it can't.

The scope analysis the tool trusts is LibCST's; fastwalk only changes how the tree is
walked. These tests resolve the metadata both ways over the golden corpus, the benchmark's
generated files and a slice of the standard library, and compare every non-trivia node:
its scope, its expression context, and for names and attributes what they resolve to.
Then they take LibCST apart as a new release might (names deleted, another shape, a
provider with a new dependency, another version) and check the tool takes LibCST's own
walk, with the same results. ``test_oldest_libcst`` runs the comparisons again under the
oldest LibCST that pyproject allows; the newest is the one the test extra installs.
"""

from __future__ import annotations

import dataclasses
import importlib.metadata
import os
import random
import re
import subprocess
import sys
import sysconfig
import threading
import types
from collections.abc import Iterator
from pathlib import Path

import libcst as cst
import pytest
from libcst.metadata import (
    ExpressionContextProvider,
    MetadataWrapper,
    PositionProvider,
    ScopeProvider,
)

import migrate_keras_dicts
from migrate_keras_dicts import fastwalk
from migrate_keras_dicts.fastwalk import TRIVIA, preorder

from . import keras_envs

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = sorted((ROOT / "golden").glob("**/*.py"))
STDLIB = Path(sysconfig.get_paths()["stdlib"])
# A fixed sample of the standard library: scopes of every kind, classes in functions,
# comprehensions, global/nonlocal, star imports, decorators, match statements.
STDLIB_FILES = sorted(
    random.Random(7).sample(sorted(p for p in STDLIB.glob("*.py") if p.stat().st_size), 60)
    + [STDLIB / name for name in ("typing.py", "dataclasses.py", "enum.py", "ast.py")]
)
# Set by test_oldest_libcst for the run it starts: the LibCST that run must import, and
# one file in how many it compares (the same tests on a sample, to stay quick).
EXPECTED_LIBCST = os.environ.get("MKD_EXPECT_LIBCST")
SAMPLE = int(os.environ.get("MKD_FASTWALK_SAMPLE", "1"))
GOLDEN, STDLIB_FILES = GOLDEN[::SAMPLE], STDLIB_FILES[::SAMPLE]
ORIGINAL_VISIT = cst.CSTNode.visit
CHECKED = fastwalk.CHECKED
INSTALLED = importlib.metadata.version("libcst")


@pytest.fixture(autouse=True)
def checked_or_not(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a LibCST release outside ``fastwalk.CHECKED`` the tool walks as LibCST does; the
    comparisons here still check the fast walk on it (it is what they are for), and
    test_the_installed_libcst_is_in_the_checked_range fails: widen CHECKED if they pass."""
    if fastwalk._version_problem(INSTALLED):
        major, minor = (int(part) for part in INSTALLED.split(".")[:2])
        monkeypatch.setattr(fastwalk, "CHECKED", (CHECKED[0], (major, minor + 1)))


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """LibCST's private code loaded anew, as a new process would (after the test's
    changes to LibCST, and again once they are undone)."""
    fastwalk.reset()
    yield
    fastwalk.reset()


def _benchmark_files(tmp: Path) -> list[Path]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench
    finally:
        sys.path.pop(0)
    bench.generate_repository(tmp, 40 // SAMPLE, 0.5, bench.SEED)
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

    root.visit(Collect())  # LibCST's own walk
    return found


def _positions(mapping) -> list:
    return sorted((id(node), str(span)) for node, span in mapping.items())


def _assert_same_metadata(path: Path) -> None:
    try:
        module = cst.parse_module(path.read_bytes())
    except cst.ParserSyntaxError:
        return
    fast = fastwalk.load()
    assert fast is not None, fastwalk.problem()
    slow = _resolve(module)
    scopes, contexts = fast.scope_metadata(module)
    expected = _summary(module, slow)
    assert _summary(module, {ScopeProvider: scopes, ExpressionContextProvider: contexts}) == (
        expected
    )
    # as the tool asks: the scopes alone (the contexts are LibCST's here)
    direct = fastwalk.scopes(MetadataWrapper(module, unsafe_skip_copy=True))
    both = {ScopeProvider: direct, ExpressionContextProvider: slow[ExpressionContextProvider]}
    assert _summary(module, both) == expected
    assert fastwalk.problem() is None  # no fast walk fell back on the way
    assert cst.CSTNode.visit is ORIGINAL_VISIT


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: str(p.relative_to(ROOT / "golden")))
def test_golden_sources_get_libcsts_metadata(path: Path) -> None:
    _assert_same_metadata(path)


@pytest.mark.parametrize("path", STDLIB_FILES, ids=lambda p: p.name)
def test_standard_library_modules_get_libcsts_metadata(path: Path) -> None:
    _assert_same_metadata(path)


def test_benchmark_files_get_libcsts_metadata(tmp_path: Path) -> None:
    for path in _benchmark_files(tmp_path):
        _assert_same_metadata(path)


def test_positions_are_libcsts() -> None:
    for path in [*GOLDEN[:40], *STDLIB_FILES[:5]]:
        module = cst.parse_module(path.read_bytes())
        for statement in module.body[:30]:
            alone = module.with_changes(body=[statement], header=[], footer=[])
            expected = MetadataWrapper(alone, unsafe_skip_copy=True).resolve(PositionProvider)
            found = fastwalk.positions(MetadataWrapper(alone, unsafe_skip_copy=True))
            assert _positions(found) == _positions(expected)
    assert fastwalk.problem() is None


def test_preorder_is_the_order_libcst_visits_non_trivia_nodes() -> None:
    for path in [*GOLDEN[: 40 // SAMPLE], *STDLIB_FILES[: 10 // SAMPLE]]:
        module = cst.parse_module(path.read_bytes())
        expected = [n for n in _all_nodes(module) if type(n) not in TRIVIA]
        nodes, parents, ends = preorder(module)
        assert [id(n) for n in nodes] == [id(n) for n in expected]
        for index, node in enumerate(nodes):
            below = {id(n) for n in _all_nodes(node) if type(n) not in TRIVIA}
            assert {id(n) for n in nodes[index : ends[index]]} == below
            if parents[index] >= 0:
                assert id(node) in {id(c) for c in nodes[parents[index]].children}
        # and LibCST's own walk, the fallback, makes the same lists
        assert fastwalk._libcst_preorder(module) == (nodes, parents, ends)


def test_trivia_holds_only_trivia() -> None:
    """Skipping a trivia subtree skips no name, expression or statement."""
    for path in [*GOLDEN, *STDLIB_FILES]:
        module = cst.parse_module(path.read_bytes())
        for node in _all_nodes(module):
            if type(node) in TRIVIA:
                assert all(type(n) in TRIVIA for n in _all_nodes(node)), type(node)


class Trace(cst.CSTVisitor):
    """A visitor with every kind of hook, trivia included."""

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


SOURCE = "def skip_me(a, b):\n    f(a, b)\n\ndef g(x, *, y=1):\n    h(x, y)[0] + k(1, 2)\n"


def _same_calls(visitor_class: type[Trace], texts: list[str]) -> None:
    for text in texts:
        module = cst.parse_module(text)
        slow, fast = visitor_class(), visitor_class()
        module.visit(slow)
        fastwalk.visit(module, fast)
        assert fast.calls == slow.calls
        assert "on_visit" not in vars(fast)  # set for the call only


def test_visitors_see_the_same_calls_in_the_same_order() -> None:
    """A visitor is called exactly as LibCST calls it (trivia is skipped only for
    visitors that have no hook for it)."""
    _same_calls(Trace, [SOURCE, *(p.read_text() for p in GOLDEN[:20])])


def test_hooks_that_visit_children_themselves_walk_fast_too() -> None:
    """As ScopeVisitor does: a hook walks some children with ``child.visit(self)`` and
    returns False; those walks get the same calls."""

    class Nested(Trace):
        def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
            self.calls.append(("def", id(node)))
            node.params.visit(self)
            node.body.visit(self)
            return False

        def visit_Lambda(self, node: cst.Lambda) -> bool:
            assert cst.CSTNode.visit is ORIGINAL_VISIT  # nothing of LibCST is patched
            node.body.visit(self)
            return False

    _same_calls(Nested, [SOURCE + "f = lambda q: q(1, 2)\n", *(p.read_text() for p in GOLDEN[:10])])


def test_a_node_type_made_after_the_loader_is_walked_by_libcst() -> None:
    class Mine(cst.Name):
        pass

    module = cst.parse_module(SOURCE)
    module = module.deep_replace(module.body[0].name, Mine("skip_me"))  # type: ignore[attr-defined]
    slow, fast = Trace(), Trace()
    module.visit(slow)
    fastwalk.visit(module, fast)
    assert fast.calls == slow.calls and fast.calls
    assert fastwalk.problem() is None


def test_transformers_and_other_threads_take_libcsts_own_walk() -> None:
    module = cst.parse_module("x = [1, 2]\n")

    class Upper(cst.CSTTransformer):
        def leave_Name(self, original: cst.Name, updated: cst.Name) -> cst.Name:
            return updated.with_changes(value=updated.value.upper())

    fastwalk.visit(module, Upper())  # type: ignore[arg-type]  # LibCST's walk, no error
    seen: list[tuple] = []

    class Slow(Trace):
        def visit_Name(self, node: cst.Name) -> None:
            # another thread, during this fast walk, walks as LibCST does: nothing is patched
            other = Trace()
            thread = threading.Thread(target=lambda: module.visit(other))
            thread.start()
            thread.join()
            seen.append(tuple(other.calls))
            super().visit_Name(node)

    fastwalk.visit(module, Slow())
    reference = Trace()
    module.visit(reference)
    assert seen and all(calls == tuple(reference.calls) for calls in seen)
    assert cst.CSTNode.visit is ORIGINAL_VISIT


def test_a_hook_that_raises_leaves_the_visitor_as_it_was() -> None:
    class Boom(Trace):
        def visit_Name(self, node: cst.Name) -> None:
            raise LookupError("from the hook")

    visitor = Boom()
    with pytest.raises(LookupError, match="from the hook"):
        fastwalk.visit(cst.parse_module(SOURCE), visitor)
    assert "on_visit" not in vars(visitor)
    assert fastwalk.problem() is None  # the hook's error, not the walk's


def test_libcst_code_is_of_the_shape_fastwalk_reads() -> None:
    """On another LibCST the tool stays right but slow; this says when that happens."""
    fast = fastwalk.load()
    assert fast is not None, fastwalk.problem()
    assert fastwalk.problem() is None
    assert cst.FunctionDef in fast.orders
    from libcst._nodes.base import BaseLeaf

    leaf = BaseLeaf._visit_and_replace_children
    orders, problem = fastwalk.read_orders(leaf)
    assert problem is None and orders == dict(fast.orders)
    # read module by module as the tool does, or method by method: the same orders
    assert all(fastwalk.visit_order(kind, None, leaf) == spec for kind, spec in orders.items())
    if EXPECTED_LIBCST:
        assert importlib.metadata.version("libcst") == EXPECTED_LIBCST


def test_the_installed_libcst_is_in_the_checked_range(monkeypatch: pytest.MonkeyPatch) -> None:
    """pyproject's bound lets in LibCST releases the fast walk was not checked on; when the
    test extra installs one, this fails, and the other tests here check the fast walk on
    it: when they pass, widen ``fastwalk.CHECKED``."""
    monkeypatch.setattr(fastwalk, "CHECKED", CHECKED)
    assert fastwalk._version_problem(INSTALLED) is None, f"widen fastwalk.CHECKED to {INSTALLED}"
    (low_major, low_minor), (high_major, high_minor) = CHECKED
    text = (ROOT / "pyproject.toml").read_text()
    assert f'"libcst>={low_major}.{low_minor},<2"' in text  # the oldest allowed is checked
    assert fastwalk._version_problem(f"{low_major}.{low_minor}.0") is None
    assert fastwalk._version_problem(f"{high_major}.{high_minor}.0") is not None
    assert fastwalk._version_problem("2.0.0") is not None


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
        fastwalk.visit(module, fast)
        assert fast.calls == slow.calls, path


# -- a LibCST the fast walk does not know ------------------------------------------------

FALLBACK_FILES = [*GOLDEN[:8], STDLIB / "textwrap.py"]


def _assert_libcsts_own_results(why: str) -> None:
    """The fast walk is off, says ``why``, and every entry point gives LibCST's results."""
    assert fastwalk.load() is None
    assert re.search(why, fastwalk.problem() or ""), fastwalk.problem()
    for path in FALLBACK_FILES:
        module = cst.parse_module(path.read_bytes())
        slow = _resolve(module)
        direct = fastwalk.scopes(MetadataWrapper(module, unsafe_skip_copy=True))
        both = {ScopeProvider: direct, ExpressionContextProvider: slow[ExpressionContextProvider]}
        assert _summary(module, both) == _summary(module, slow)
        expected = [n for n in _all_nodes(module) if type(n) not in TRIVIA]
        assert [id(n) for n in preorder(module)[0]] == [id(n) for n in expected]
        slow_trace, fast_trace = Trace(), Trace()
        module.visit(slow_trace)
        fastwalk.visit(module, fast_trace)
        assert fast_trace.calls == slow_trace.calls
        alone = module.with_changes(body=module.body[:1], header=[], footer=[])
        found = fastwalk.positions(MetadataWrapper(alone, unsafe_skip_copy=True))
        expected_positions = MetadataWrapper(alone).resolve(PositionProvider)
        assert sorted(map(str, found.values())) == sorted(map(str, expected_positions.values()))
    assert cst.CSTNode.visit is ORIGINAL_VISIT


@pytest.mark.usefixtures("fresh")
def test_a_private_name_gone_gives_libcsts_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    """A release without a name fastwalk reads: the loader says so, results stay."""
    monkeypatch.delattr(sys.modules["libcst._nodes.base"], "BaseLeaf")
    _assert_libcsts_own_results("ImportError: .*BaseLeaf")


RENAMED = [
    ("libcst.metadata.scope_provider", "ScopeVisitor"),
    ("libcst.metadata.scope_provider", "_ASSIGNMENT_LIKE_NODES"),
    ("libcst.metadata.expression_context_provider", "ExpressionContextVisitor"),
]


@pytest.mark.usefixtures("fresh")
@pytest.mark.parametrize(("module", "name"), RENAMED, ids=lambda x: x)
def test_a_private_name_renamed_gives_libcsts_walk(
    monkeypatch: pytest.MonkeyPatch, module: str, name: str
) -> None:
    """A release that renamed a name fastwalk reads. LibCST's own code uses these names,
    as a release would use the new ones: they are gone for ``import`` only (deleted, they
    would break LibCST itself)."""
    found = sys.modules[module]

    class Renamed(types.ModuleType):
        def __getattribute__(self, attribute: str) -> object:
            if attribute == name:
                raise AttributeError(f"module {module!r} has no attribute {name!r}")
            return super().__getattribute__(attribute)

    monkeypatch.setattr(found, "__class__", Renamed)
    with pytest.raises(AttributeError):
        getattr(found, name)
    _assert_libcsts_own_results(f"ImportError: .*{name}")


@pytest.mark.usefixtures("fresh")
def test_a_provider_with_a_new_dependency_gives_libcsts_walk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    needs = (ExpressionContextProvider, PositionProvider)
    monkeypatch.setattr(ScopeProvider, "METADATA_DEPENDENCIES", needs)
    _assert_libcsts_own_results("ScopeProvider depends on ExpressionContextProvider, Position")


@pytest.mark.usefixtures("fresh")
def test_code_of_another_shape_gives_libcsts_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    def _visit_and_replace_children(self, visitor):  # children visited in a loop
        for name in ("target", "value"):
            getattr(self, name).visit(visitor)
        return self

    monkeypatch.setattr(cst.AugAssign, "_visit_and_replace_children", _visit_and_replace_children)
    assert fastwalk.load() is None
    assert "AugAssign" in (fastwalk.problem() or "")


@pytest.mark.usefixtures("fresh")
def test_visit_module_of_another_shape_gives_libcsts_walk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def visit_Module(self, node):  # same effect, other code: not what the loader read
        visitor = cst.metadata.scope_provider.ScopeVisitor(self)
        node.visit(visitor)
        visitor.infer_accesses()

    monkeypatch.setattr(ScopeProvider, "visit_Module", visit_Module)
    _assert_libcsts_own_results("ScopeProvider.visit_Module is not the code read")


@pytest.mark.usefixtures("fresh")
@pytest.mark.parametrize("version", ["1.10.0", "1.0.9", "2.0.0", "nightly"])
def test_a_version_not_checked_gives_libcsts_walk(
    monkeypatch: pytest.MonkeyPatch, version: str
) -> None:
    real = importlib.metadata.version
    monkeypatch.setattr(fastwalk, "CHECKED", CHECKED)
    monkeypatch.setattr(
        fastwalk.importlib.metadata,
        "version",
        lambda dist: version if dist == "libcst" else real(dist),
    )
    _assert_libcsts_own_results(f"LibCST {re.escape(version)}")


@pytest.mark.usefixtures("fresh")
def test_a_fast_walk_that_raises_gives_libcsts_result_from_then_on() -> None:
    fast = fastwalk.load()
    assert fast is not None

    def broken(module: cst.Module) -> tuple:
        raise TypeError("a shape the loader did not see")

    fastwalk._loaded.fast = dataclasses.replace(fast, scope_metadata=broken)
    module = cst.parse_module(GOLDEN[0].read_bytes())
    found = fastwalk.scopes(MetadataWrapper(module, unsafe_skip_copy=True))
    slow = _resolve(module)
    both = {ScopeProvider: found, ExpressionContextProvider: slow[ExpressionContextProvider]}
    assert _summary(module, both) == _summary(module, slow)
    assert "the fast scope analysis raised TypeError" in (fastwalk.problem() or "")
    assert fastwalk.load() is None


@pytest.mark.usefixtures("fresh")
def test_an_error_libcst_raises_too_is_libcsts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A module too deep for either walk: LibCST's error, and the fast walk stays on."""
    fast = fastwalk.load()
    assert fast is not None

    def deep(module: cst.Module) -> tuple:
        raise RecursionError("fast")

    def resolve(self, provider):
        raise RecursionError("LibCST's")

    fastwalk._loaded.fast = dataclasses.replace(fast, scope_metadata=deep)
    monkeypatch.setattr(MetadataWrapper, "resolve", resolve)
    with pytest.raises(RecursionError, match="LibCST's"):
        fastwalk.scopes(MetadataWrapper(cst.parse_module("x = 1\n")))
    assert fastwalk.load() is not None and fastwalk.problem() is None


# The CLI under a LibCST whose private names are gone (imported first: LibCST itself
# needs them; then deleted, as a release that renamed them would not have them).
CRIPPLED = """
import sys
import libcst, libcst.metadata, libcst._nodes.base as base
if sys.argv[1] == "crippled":
    del base.BaseLeaf
from migrate_keras_dicts import cli, fastwalk
sys.argv = ["migrate-keras-dicts", *sys.argv[2:]]
try:
    cli.main()
finally:
    if "--version" in sys.argv:  # --version reads nothing of LibCST's private code
        assert not fastwalk._loaded.done
"""


def _cli(mode: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", CRIPPLED, mode, *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd)


def test_the_cli_without_libcsts_private_names(tmp_path: Path) -> None:
    version = _cli("crippled", "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == migrate_keras_dicts.__version__
    case = next(  # a golden case the tool rewrites, without flags
        case
        for case in sorted((ROOT / "golden").iterdir())
        if (case / "input.py").is_file()
        and not (case / "flags.txt").exists()
        and (case / "input.py").read_text() != (case / "expected.py").read_text()
    )
    (tmp_path / "train.py").write_text((case / "input.py").read_text())
    args = ("train.py", "--diff", "--no-color", "--jobs", "1", "--verbose")
    crippled, whole = _cli("crippled", *args, cwd=tmp_path), _cli("whole", *args, cwd=tmp_path)
    assert crippled.returncode == whole.returncode == 0, crippled.stderr
    assert crippled.stdout == whole.stdout and "+++ b/train.py" in crippled.stdout
    note = "fast walk off (LibCST's own walk is used: the same results, slower): ImportError"
    assert note in crippled.stderr
    assert "fast walk off" not in whole.stderr


# -- the oldest LibCST allowed ------------------------------------------------------------


def _oldest_allowed() -> str:
    found = re.search(r'"libcst>=([0-9.]+),', (ROOT / "pyproject.toml").read_text())
    assert found, "pyproject's libcst requirement"
    return found[1] + ".0" * (2 - found[1].count("."))


@pytest.mark.slow
def test_oldest_libcst() -> None:
    """The comparisons above, under the oldest LibCST pyproject allows: its wheel (with
    typing_inspect, which LibCST 1.1 imports) in a folder of its own, cached like the
    Keras versions of the semantic tests, put first on the path of a pytest run."""
    oldest = _oldest_allowed()
    name = f"libcst-{oldest}"

    def build(tmp: Path) -> None:
        keras_envs._pip(
            sys.executable,
            "--no-deps",
            "--target",
            str(tmp),
            f"libcst=={oldest}",
            "typing_inspect==0.9.0",
        )

    folder = keras_envs._built(keras_envs.cache_root() / name, build)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(folder), str(ROOT)]),
        "MKD_EXPECT_LIBCST": oldest,
        "MKD_FASTWALK_SAMPLE": "4",
    }
    command = [
        sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "not slow",
        "-k", "not test_the_cli", str(Path(__file__)),
    ]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "skipped" not in done.stdout
