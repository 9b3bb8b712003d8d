"""The cross-file pass: a model built in one module and used in others migrates in all of
them as one transaction, or in none, with findings in each file that name the others.

The per-file pass refuses a model whose public builder (``def build_model(): ... return
keras.Model(...)``) has no caller in its own file. Here the builder's module and every
module that imports the builder (``from models import build_model``, relative imports too)
are analysed together: the builder's plan decides the model's sides, and in each importer a
:class:`~migrate_keras_dicts.plan.RemotePlanner` migrates the compile, data and consumer
calls on what the builder returns.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import keyword
import pickle
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeGuard

import libcst as cst

from .ast_bindings import BINDING_TYPES, bound_names
from .engine import (
    ModuleAnalysis,
    analyse_module,
    complete,
    finish_module,
    parse_or_report,
)
from .findings import Finding
from .formats.notebook import MAGIC_CALL, NotebookError, load_notebook
from .options import Options
from .plan import ModelPlan, RemotePlanner
from .planning.self_attribute import REFLECTION
from .result import FileResult
from .sources import SHELL_METHODS, runs_code_text


@dataclass(frozen=True)
class LinkedFile:
    path: str  # as displayed
    text: str
    module: str  # dotted name from the run's root: ``pkg.models``
    python: bool = True  # False: a notebook or a file that failed, only searched for names
    line_length: int | None = None  # the project's, where edited lines are laid out
    taken_names: tuple[tuple[str, str], ...] = ()  # see Options.taken_names


@dataclass
class _Use:
    path: str
    plan: ModelPlan


def migrated_with_others(result: FileResult) -> bool:
    """The file's models were migrated together with other files (MKD121): the group
    decided them, all or nothing."""
    return any(f.code == "MKD121" for f in result.findings)


# Methods whose call on a name shows it is used as a Keras model.
MODEL_METHODS = frozenset(
    {
        "compile",
        "fit",
        "fit_generator",
        "evaluate",
        "evaluate_generator",
        "predict",
        "predict_generator",
        "predict_on_batch",
        "train_on_batch",
        "test_on_batch",
        "save",
        "save_weights",
        "load_weights",
    }
)


def mentions(
    text: str,
    export: str,
    exporter: str | None = None,
    *,
    snippets: bool = True,
    names: Names | None = None,
) -> bool:
    """Whether ``text`` may use an export of the module ``exporter`` (dotted; None: any).

    ``export`` is ``kind:name`` (see ``finish_module``). A model stored on ``self``
    (``attribute:Trainer.model``) counts wherever some ``.model`` or the class is named
    (``_mentions_attribute``). A function or class counts when its
    name appears and the text does not simply define its own (a script with its own
    ``def build_model``). A module-level model, usually called ``model``, counts when the
    text imports it (``from pkg.models import model``, ``import pkg.models as m`` then
    ``m.model``, relative and star imports), or runs other code into its own namespace
    (``exec(...)``, ``runpy``, ``%run``) and reads the name without binding it. A file that
    only reads the name, unbound, would raise NameError run on its own: no import the
    module resolver can follow leads to the model, so it is no link, as ``self.model``,
    ``search.model``, a comment or a string are not; the model migrates alone. One exception
    keeps notebook-session snippets safe: when the text calls a model method on the unbound
    name (``modelA.compile(...)``) and ``snippets`` holds, the snippet may run after an
    exporter in one session, so it links (to every module of the run that exports the name).
    The caller passes ``snippets`` when one module alone exports the name (a notebook split
    into files), or when a file of the run runs other files' code (``exec``, ``runpy``,
    ``%run``: it may run them together); otherwise several scripts that each build a
    ``model`` beside a snippet are unrelated scripts, and each migrates alone.
    Text that is not Python (a notebook's JSON, a file that does not parse) is searched as
    text, so it can only link more. ``names``: the text's :class:`Names` when the caller
    has them (the worker that parsed the file made them), else the text is parsed here.
    """
    kind, _, symbol = export.partition(":")
    if kind == "attribute":
        return _mentions_attribute(text, symbol)
    if not re.search(rf"\b{re.escape(symbol)}\b", text):
        return False
    name = re.escape(symbol)
    if kind == "value":
        names = names or _names(text)
        if names is not None:  # imported, or read unbound after running other code here
            unbound = symbol in names.read and symbol not in names.bound
            if unbound and (names.runs_code or (snippets and _used_like_model(names, symbol))):
                return True
            return _imports_value(names, symbol, exporter)
        return bool(
            re.search(rf"^\s*(?:from|import)\b[^\n]*\b{name}\b", text, re.MULTILINE)
            or re.search(rf"\w\.{name}\b", text)
            or runs_code_text(text)
        )
    if exporter is not None and not _importable(exporter):
        names = names or _names(text)
        if names is not None and not names.runs_code and not _LOADS_BY_PATH.search(text):
            # no import statement can name that module (``16-1_model.py``): only a read
            # of the name, unbound here, may be its function (a snippet run after it)
            return symbol in names.read and symbol not in names.bound
    defines = re.search(rf"^(?:def|class)\s+{name}\b|^{name}\s*=", text, re.MULTILINE)
    imports = re.search(rf"^\s*(?:from|import)\b[^\n]*\b{name}\b", text, re.MULTILINE)
    if exporter is not None and _imported_from_elsewhere(names or _names(text), symbol, exporter):
        return False
    return not defines or bool(imports)


def export_words(export: str) -> set[str]:
    """The words a text must hold to mention ``export`` (``kind:name``): its name, or for
    a model stored on ``self`` (``attribute:Trainer.model``) the class or the attribute."""
    kind, _, symbol = export.partition(":")
    return set(symbol.rsplit(".", 1)) if kind == "attribute" else {symbol}


def _mentions_attribute(text: str, symbol: str) -> bool:
    """A model stored on ``self`` (``attribute:Trainer.model``, planning/self_attribute.py):
    any file that reads some ``.model``, names the class (it may subclass it, or run its
    methods on another object), or reaches attributes by name while spelling ``model``
    may use the model where the tool does not follow it."""
    cls, _, member = symbol.rpartition(".")
    return bool(
        re.search(rf"\.\s*{re.escape(member)}\b", text)
        or re.search(rf"\b{re.escape(cls)}\b", text)
        or (REFLECTION.search(text) and re.search(rf"\b{re.escape(member)}\b", text))
    )


# Loading a module by its path or name string, which reaches modules no import statement
# can name: ``importlib.import_module``, ``__import__``, ``spec_from_file_location``, ...
_LOADS_BY_PATH = re.compile(r"import_module|__import__|spec_from_file_location|SourceFileLoader")


def _importable(module: str) -> bool:
    """An import statement can name the module: its own name is an identifier (a file
    ``7.1_multi_output.py`` or ``16-1-1_transformer.py`` is reached only by running it)."""
    last = module.rpartition(".")[2]
    return last.isidentifier() and not keyword.iskeyword(last)


def _imported_from_elsewhere(names: Names | None, symbol: str, exporter: str) -> bool:
    """The text whose ``names`` these are takes ``symbol`` only by ``from M import symbol``
    of absolute modules that are not the exporter (``from pkg_b.models import build_model``
    is not ``pkg_a``'s), and neither star-imports it, reads it as a module's attribute nor
    runs other code: that name is another module's."""
    if names is None or names.runs_code:
        return False
    entries = [(m, level, n) for m, level, n, _ in names.from_imports if n in (symbol, "*")]
    if not entries or any(level or n == "*" for _, level, n in entries):
        return False
    if any(attribute == symbol for _, attribute in names.attributes):
        return False  # ``models.build_model`` may be the exporter's, through a module import
    return not any(_same_module(m, exporter) for m, _, _ in entries)


@dataclass(frozen=True)
class Names:
    """What a module's text imports, reads and binds: the facts cross-file links need."""

    from_imports: tuple[tuple[str, int, str, str], ...]  # (module, level, name, bound as)
    imports: tuple[tuple[str, str], ...]  # (module, bound as)
    attributes: frozenset[tuple[str, str]]  # (dotted base, attribute) read anywhere
    attribute_names: frozenset[str]
    bound: frozenset[str]
    read: frozenset[str]
    runs_code: bool  # exec/eval, runpy, execfile, IPython's run magic: names may come in


@functools.lru_cache(maxsize=64)
def _names(text: str) -> Names | None:
    """One parse and one walk per text, however many exporters it is checked against.

    A notebook's JSON is itself a Python expression: its code cells are read instead, with
    IPython's magics masked as the per-file pass masks them (``%run`` a call of ``run``).
    """
    if text.lstrip().startswith("{"):
        try:
            text = load_notebook(text).module_source
        except NotebookError:
            return None
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError):
        return None
    return names_of_tree(tree)


def packed_names(tree: ast.Module) -> bytes:
    """:func:`names_of_tree`, as the bytes a run holds for each file until its cross-file
    pass: a tenth of the memory of the sets themselves (25 KB for a training script)."""
    return zlib.compress(pickle.dumps(names_of_tree(tree)))


def unpacked_names(packed: bytes) -> Names:
    """The names :func:`packed_names` packed (by a worker of this run)."""
    names = pickle.loads(zlib.decompress(packed))
    assert isinstance(names, Names)
    return names


def names_of_tree(tree: ast.Module) -> Names:
    """:class:`Names` of a module's tree (what ``_names`` finds in its text).

    Every file of a run pays for this walk, so it dispatches on the node's exact type:
    the ``ast`` classes are final, and most nodes are names, constants and operators.
    """
    from_imports, imports, attributes, bound, read = [], [], set(), set(), set()
    runs_code = False
    defined: set[str] = set()  # function names the text defines
    shell_calls: set[str] = set()  # bare calls of IPython shell method names
    for node in ast.walk(tree):
        if type(node) is ast.Name:
            if type(node.ctx) is ast.Load:
                read.add(node.id)
            else:
                bound.add(node.id)
        elif type(node) is ast.Attribute:
            base = _dotted(node.value)
            if base is not None:
                attributes.add((base, node.attr))
        elif type(node) is ast.Call:
            if isinstance(node.func, ast.Name) and node.func.id in SHELL_METHODS:
                shell_calls.add(node.func.id)
            else:
                runs_code |= _runs_code(node)
        elif type(node) in _BINDS:
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    as_name = alias.asname or alias.name
                    from_imports.append((node.module or "", node.level, alias.name, as_name))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    imports.append((alias.name, alias.asname or alias.name))
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                defined.add(node.name)
            bound.update(bound_names(node))
    runs_code |= bool(shell_calls - defined)  # ``magic(...)`` of its own ``def magic`` is not
    return Names(
        tuple(from_imports),
        tuple(imports),
        frozenset(attributes),
        frozenset(attribute for _, attribute in attributes),
        frozenset(bound),
        frozenset(read),
        runs_code,
    )


# The node types but ``Name`` that may bind a name, or import one.
_BINDS = BINDING_TYPES | {ast.Import, ast.ImportFrom}


# Calls that run other code in the caller's namespace, so a name read there and bound
# nowhere may be another file's: ``exec(open("build.py").read())``, ``execfile``,
# ``runpy.run_path``, ``get_ipython().run_line_magic("run", ...)``/``.magic("run ...")``.
_RUNS_CODE_BUILTINS = frozenset({"exec", "eval", "execfile"})  # as names: ``x.eval()`` is not
_BUILTIN_RUNNERS = frozenset(f"builtins.{name}" for name in _RUNS_CODE_BUILTINS)
_RUNS_CODE_METHODS = SHELL_METHODS
# The same in text, for every file of a run: sources.runs_code_text.


def _runs_code(call: ast.Call) -> bool:
    func = call.func
    last = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if last == MAGIC_CALL:  # a masked IPython line: ``%run script.py`` is ``(run, script, py)``
        first = call.args[0] if call.args else None
        return isinstance(first, ast.Name) and first.id == "run"
    if isinstance(func, ast.Name) and func.id in _RUNS_CODE_BUILTINS:
        return True
    dotted = _dotted(func) or ""
    return last in _RUNS_CODE_METHODS or dotted.startswith("runpy.") or dotted in _BUILTIN_RUNNERS


def _same_module(imported: str, exporter: str | None) -> bool:
    """``models`` may be ``pkg.models`` run from inside ``pkg``: match on whole dotted tails."""
    imported = imported.strip(".")
    if exporter is None:
        return True
    if not imported:
        return False
    return (
        imported == exporter
        or exporter.endswith("." + imported)
        or imported.endswith("." + exporter)
    )


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def _reads_unbound(text: str, symbol: str) -> bool:
    """The text reads ``symbol`` without binding, importing or running code that may bind
    it (a session snippet)."""
    names = _names(text)
    return (
        names is not None
        and not names.runs_code
        and symbol in names.read
        and symbol not in names.bound
    )


def snippet_exports(exports: Iterable[str], runs_code: bool) -> frozenset[str] | None:
    """The exports (``value:NAME``) a session snippet links to: those one exporter alone
    exports, or all of them (None) when a file of the run runs other code (``exec``,
    ``runpy``, ``%run``: ``runs_code``), which may run a snippet after any exporter."""
    if runs_code:
        return None
    counts: dict[str, int] = {}
    for export in exports:
        counts[export] = counts.get(export, 0) + 1
    return frozenset(e for e, n in counts.items() if n == 1 and e.startswith("value:"))


def _used_like_model(names: Names, symbol: str) -> bool:
    return any((symbol, method) in names.attributes for method in MODEL_METHODS)


def _imports_value(names: Names, symbol: str, exporter: str | None) -> bool:
    if symbol not in names.attribute_names and not any(
        name in ("*", symbol) for _, _, name, _ in names.from_imports
    ):
        return False
    module_names: set[str] = set()  # names bound to the exporting module
    for source, level, name, as_name in names.from_imports:
        if name in ("*", symbol) and (_same_module(source, exporter) or (level and not source)):
            return True  # `from . import model` may be any module of the package
        if _same_module(f"{source}.{name}" if source else name, exporter):
            module_names.add(as_name)
    for module, as_name in names.imports:
        if _same_module(module, exporter):
            module_names.add(as_name)
            module_names.add(module.split(".")[0] if as_name == module else as_name)
    return any(attribute == symbol and base in module_names for base, attribute in names.attributes)


_FROM_FILES = frozenset({"<from the files>"})


def migrate_linked(
    files: list[LinkedFile], options: Options, *, snippets: frozenset[str] | None = _FROM_FILES
) -> dict[str, FileResult]:
    """Migrate files that share models through imports; every file gets a result.

    ``snippets``: the exports a session snippet links to, as ``snippet_exports`` gives them
    for the whole run (the runner knows every file; by default, these files alone)."""
    results = {f.path: FileResult(f.path, f.text, f.text) for f in files if f.python}
    analyses: dict[str, ModuleAnalysis] = {}
    for file in files:
        if not file.python:
            continue
        trees: list[ast.Module] = []
        module = parse_or_report(file.text, file.path, trees)
        if isinstance(module, Finding):
            results[file.path] = results[file.path].with_failure(module)
        else:
            own = options
            if file.line_length is not None and options.line_length is None:
                own = dataclasses.replace(options, line_length=file.line_length)
            if file.taken_names:
                own = dataclasses.replace(own, taken_names=file.taken_names)
            analyses[file.path] = analyse_module(
                module, own, exports=True, tree=trees[0], text=file.text
            )
    by_module = {f.module: f for f in files if f.python}
    exports: dict[tuple[str, str], tuple[str, ModelPlan]] = {}
    for file in files:
        for plan in analyses[file.path].plans if file.path in analyses else []:
            if plan.export and plan.inputs is not None and plan.outputs is not None:
                exports[(file.module, plan.export)] = (file.path, plan)
    users: dict[int, list[_Use]] = {}
    inert: dict[int, set[str]] = {}  # per export, the files that import it and never use it
    for file in files:
        analysis = analyses.get(file.path)
        if analysis is None:
            continue
        for local, candidates, symbol, node in _imported_names(analysis.module, file):
            found = [exports[(c, symbol)] for c in candidates if (c, symbol) in exports]
            if not found or found[0][0] == file.path:
                continue
            origin, source = found[0]
            calls, uses, other = _call_sites(analysis, local, node, source)
            if not (calls or uses or other) and _only_imported(file.text, local, symbol, node):
                inert.setdefault(id(source), set()).add(file.path)
                continue
            if len({by_module[c].path for c in candidates if c in by_module}) > 1:
                other = other or [node]  # which module it means depends on how it is run
            planner = RemotePlanner(
                analysis.meta, analysis.facts, calls, options, source, origin, uses, anchor=node
            )
            remote = planner.run() if (calls or uses) and not other else None
            if other:
                remote = planner.plan
                line, column = analysis.meta.position(other[0])
                around = analysis.meta.parent(other[0]) or other[0]
                remote.blockers.append(
                    Finding(
                        "MKD106",
                        f"`{symbol}` from {origin} is used in a way the tool cannot follow "
                        f"(`{cst.Module([]).code_for_node(around)}`)",
                        line,
                        column,
                    )
                )
            if remote is not None:
                analysis.plans.append(remote)
                users.setdefault(id(source), []).append(_Use(file.path, remote))
    _block_shared_producers(files, analyses)
    _settle_transactions(files, analyses, exports, users, inert, snippets)
    _train_elsewhere(files, analyses)
    for file in files:
        analysis = analyses.get(file.path)
        if analysis is not None:
            results[file.path] = complete(
                results[file.path], functools.partial(finish_module, analysis), options
            )
    return results


def _settle_transactions(
    files: list[LinkedFile],
    analyses: dict[str, ModuleAnalysis],
    exports: dict[tuple[str, str], tuple[str, ModelPlan]],
    users: dict[int, list[_Use]],
    inert: dict[int, set[str]],
    snippets: frozenset[str] | None,
) -> None:
    """All or nothing per exported model, across its files. A file that imports the
    builder and never uses it (``inert``) takes no part."""
    texts = {f.path: f.text for f in files}
    modules = {f.path: f.module for f in files}
    if snippets is _FROM_FILES:
        snippets = snippet_exports(
            (f"{source.export_kind}:{symbol}" for (_, symbol), (_, source) in exports.items()),
            any(runs_code_text(text) for text in texts.values()),
        )
    seen: set[int] = set()
    for (_, symbol), (origin, source) in exports.items():
        if id(source) in seen:
            continue
        seen.add(id(source))
        group = [_Use(origin, source), *users.get(id(source), [])]
        _positional_results_across_files(group, source, analyses)
        blocked = [use for use in group if use.plan.refused]
        linked_paths = {use.path for use in group} | inert.get(id(source), set())
        unseen = [
            path
            for path, text in texts.items()
            if path not in linked_paths
            and path != origin
            and mentions(
                text,
                f"{source.export_kind}:{symbol}",
                modules.get(origin),
                snippets=snippets is None or f"{source.export_kind}:{symbol}" in snippets,
            )
        ]
        if not blocked and not unseen and len(group) == 1 and source.only_called_elsewhere:
            _block(
                source,
                analyses[origin],
                "MKD106",
                f"`{source.exported_as}` returns the model to code outside the files given",
            )
            continue
        if blocked or unseen:
            # every reason at once: each blocked file's first blocker (the file lists all
            # of its own), then the files that name the model where the tool cannot follow
            reasons = [
                f"{use.path}:{use.plan.blockers[0].line}: {use.plan.blockers[0].code} "
                f"{use.plan.blockers[0].message}"
                for use in blocked
            ]
            unbound = [p for p in unseen if _reads_unbound(texts[p], symbol)]
            followed = [p for p in unseen if p not in unbound]
            if followed:
                verb = "uses" if len(followed) == 1 else "use"
                shown = f"`{symbol}`"
                if source.export_kind == "attribute":  # a model stored on `self`
                    cls, _, member = symbol.rpartition(".")
                    shown = f"`{cls}` or `.{member}`"
                reasons.append(
                    f"{', '.join(followed)} {verb} {shown} in a way the tool cannot follow"
                )
            if unbound:
                verb = "uses" if len(unbound) == 1 else "use"
                reasons.append(
                    f"{', '.join(unbound)} {verb} `{symbol}` as a model without importing it, "
                    "as code run after this file in one session does; import it there, or "
                    "migrate those files together by hand"
                )
            reason = "; ".join(reasons)
            for use in group:
                if not use.plan.refused:
                    _block(
                        use.plan,
                        analyses[use.path],
                        "MKD122",
                        f"the model from `{source.exported_as}` ({origin}) cannot be migrated in every "
                        f"file that uses it: {reason}",
                    )
            continue
        others = sorted(use.path for use in group[1:])
        if others:
            line, column = analyses[origin].meta.position(source.call)
            source.findings.append(
                Finding(
                    "MKD121",
                    f"model from `{source.exported_as}` migrated together with {', '.join(others)}",
                    line,
                    column,
                )
            )


def _train_elsewhere(files: list[LinkedFile], analyses: dict[str, ModuleAnalysis]) -> None:
    """A model never trained in its own file (MKD014) that another file of the run may
    reach is refused after all: that file may compile it."""
    for file in files:
        analysis = analyses.get(file.path)
        for plan in analysis.plans if analysis is not None else []:
            if plan.untrained is None or plan.export is None:
                continue
            export = f"{plan.export_kind}:{plan.export}"
            if any(f.path != file.path and mentions(f.text, export, file.module) for f in files):
                plan.untrained = None


def _positional_results_across_files(
    group: list[_Use], source: ModelPlan, analyses: dict[str, ModuleAnalysis]
) -> None:
    """Metrics compiled in one file, results read by position in another (MKD118): the
    planners of each file saw only their half."""
    renamed = source.outputs is not None and any(
        m.name_call is not None for m in source.outputs.members
    )
    if not renamed or not any(use.plan.compiled_metrics for use in group):
        return
    for use in group:
        if use.plan.positional_results and not use.plan.refused:
            _block(
                use.plan,
                analyses[use.path],
                "MKD118",
                f"the results of `{source.exported_as}` are used by position here and its compiled "
                "metrics (another file) are re-sorted by the new output layer names; pass "
                "`return_dict=True` and read the values by key, then rerun",
            )


def _only_imported(text: str, local: str, symbol: str, node: cst.ImportFrom) -> bool:
    """The imported name appears nowhere in the file but in its import (``from models
    import build_a, build_b`` where only ``build_b`` is called): no use, no re-export
    through ``__all__``, no second import, and no code run from strings that could reach
    it."""
    if runs_code_text(text):
        return False
    statement = cst.Module([]).code_for_node(node)
    words = {local, symbol}

    def count(where: str) -> int:
        return sum(len(re.findall(rf"\b{re.escape(w)}\b", where)) for w in words)

    return count(text) == count(statement)


def _block_shared_producers(files: list[LinkedFile], analyses: dict[str, ModuleAnalysis]) -> None:
    """A producer another file of the run names would hand it dict labels too: the model
    whose data it produces is not migrated (producers are not followed across files)."""
    for file in files:
        analysis = analyses.get(file.path)
        if analysis is None:
            continue
        for plan in analysis.plans:
            for name in sorted(plan.producers):
                other = next(
                    (
                        f.path
                        for f in files
                        if f.path != file.path and mentions(f.text, f"producer:{name}", file.module)
                    ),
                    None,
                )
                if other is not None and not plan.refused:
                    _block(
                        plan,
                        analysis,
                        "MKD122",
                        f"it goes through `{name}` (its data producer, a function it is passed "
                        f"to, or one returning its results), which {other} uses too; the tool "
                        "does not follow those across files",
                    )


def _block(plan: ModelPlan, analysis: ModuleAnalysis, code: str, message: str) -> None:
    line, column = analysis.meta.position(plan.call)
    plan.blockers.append(Finding(code, message, line, column))


def _imported_names(
    module: cst.Module, file: LinkedFile
) -> Iterator[tuple[str, tuple[str, ...], str, cst.ImportFrom]]:
    """``(local name, candidate module names, symbol, ImportFrom node)`` per imported name."""
    package = file.module.split(".")[:-1] if file.module else []
    if file.path.endswith("__init__.py"):
        package = file.module.split(".") if file.module else []
    for statement in module.body:
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            if not isinstance(small, cst.ImportFrom) or isinstance(small.names, cst.ImportStar):
                continue
            dotted = cst.Module([]).code_for_node(small.module) if small.module else ""
            dots = len(small.relative)
            if dots:
                base = package[: len(package) - (dots - 1)] if dots > 1 else package
                candidates: tuple[str, ...] = (".".join([*base, dotted] if dotted else base),)
            else:
                # Run as a script, a sibling module wins (sys.path[0]); run from the root,
                # the top-level one. Both are candidates; two real files make it ambiguous.
                sibling = ".".join([*package, dotted]) if package else dotted
                candidates = tuple(dict.fromkeys((sibling, dotted)))
            for alias in small.names:
                symbol = alias.evaluated_name
                local = alias.evaluated_alias or symbol
                yield local, candidates, symbol, small


def _call_sites(
    analysis: ModuleAnalysis, local: str, node: cst.ImportFrom, source: ModelPlan
) -> tuple[list[cst.Call], list[cst.Name], list[cst.CSTNode]]:
    """Where the imported name yields the model: ``build_model()`` calls, the model
    variable's own uses, or ``Factory().build()``/``Factory.build()``; and other uses."""
    parent_of = analysis.meta.parent
    scope = analysis.meta.scope(node)
    calls: list[cst.Call] = []
    uses: list[cst.Name] = []
    other: list[cst.CSTNode] = []
    for assignment in scope.assignments[local] if scope is not None else []:
        if getattr(assignment, "node", None) is not node:
            continue
        for access in analysis.meta.references(assignment):
            ref = access.node
            parent = parent_of(ref)
            if len(access.referents) != 1:  # the name is redefined in this file too
                other.append(ref)
                continue
            if source.export_kind == "value" and isinstance(ref, cst.Name):
                uses.append(ref)
            elif source.export_kind == "call" and _calls(parent, ref):
                calls.append(parent)
            elif source.export_kind == "method":
                holder = parent if _calls(parent, ref) else ref  # Factory() or Factory
                attribute = parent_of(holder)
                if (
                    isinstance(attribute, cst.Attribute)
                    and attribute.value is holder
                    and attribute.attr.value == source.export_member
                    and isinstance(call := parent_of(attribute), cst.Call)
                    and _calls(call, attribute)
                ):
                    calls.append(call)
                else:
                    other.append(ref)
            else:
                other.append(ref)
    return calls, uses, other


def _calls(node: cst.CSTNode | None, func: cst.CSTNode) -> TypeGuard[cst.Call]:
    return isinstance(node, cst.Call) and node.func is func
