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

import re
from dataclasses import dataclass

import libcst as cst

from .engine import (
    MigrationResult,
    ModuleAnalysis,
    analyse_module,
    complete,
    finish_module,
    parse_or_report,
)
from .findings import Finding
from .plan import ModelPlan, Options, RemotePlanner


@dataclass(frozen=True)
class LinkedFile:
    path: str  # as displayed
    text: str
    modules: tuple[str, ...]  # dotted names the file can be imported as


@dataclass
class _Use:
    path: str
    plan: ModelPlan


def module_names(relative_parts: tuple[str, ...]) -> tuple[str, ...]:
    """``("pkg", "models.py")`` -> ``("pkg.models", "models")``: the dotted names a file
    can be imported as, from the run's root and (script style) from its own folder."""
    parts = list(relative_parts)
    parts[-1] = parts[-1].removesuffix(".py")
    if parts[-1] == "__init__":
        parts.pop()
    return tuple(".".join(parts[i:]) for i in range(len(parts)) if parts[i:])


def migrate_linked(files: list[LinkedFile], options: Options) -> dict[str, MigrationResult]:
    """Migrate files that share models through imports; every file gets a result."""
    results = {f.path: MigrationResult(f.path, f.text, f.text) for f in files}
    analyses: dict[str, ModuleAnalysis] = {}
    for file in files:
        module = parse_or_report(results[file.path])
        if module is not None:
            analyses[file.path] = analyse_module(module, options, exports=True)
    by_module = {name: f for f in files for name in f.modules}
    exports: dict[tuple[str, str], tuple[str, ModelPlan]] = {}
    for file in files:
        for plan in analyses[file.path].plans if file.path in analyses else []:
            if plan.export and plan.inputs is not None and plan.outputs is not None:
                for name in file.modules:
                    exports[(name, plan.export)] = (file.path, plan)
    users: dict[int, list[_Use]] = {}
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
            planner = RemotePlanner(
                analysis.meta, analysis.facts, calls, options, source, origin, uses, anchor=node
            )
            plan = planner.run() if (calls or uses) and not other else None
            if other:
                plan = planner.plan
                line, column = analysis.meta.position(other[0])
                plan.blockers.append(
                    Finding(
                        "MKD106",
                        f"`{symbol}` from {origin} is used in a way the tool cannot follow "
                        f"(`{cst.Module([]).code_for_node(analysis.meta.parent(other[0]))}`)",
                        line,
                        column,
                    )
                )
            if plan is not None:
                analysis.plans.append(plan)
                users.setdefault(id(source), []).append(_Use(file.path, plan))
    _settle_transactions(files, analyses, exports, users, by_module)
    for file in files:
        analysis = analyses.get(file.path)
        if analysis is not None:
            results[file.path] = complete(
                results[file.path], lambda a=analysis: finish_module(a), options
            )
    return results


def _settle_transactions(files, analyses, exports, users, by_module) -> None:
    """All or nothing per exported model, across its files."""
    texts = {f.path: f.text for f in files}
    seen: set[int] = set()
    for (_, symbol), (origin, source) in exports.items():
        if id(source) in seen:
            continue
        seen.add(id(source))
        group = [_Use(origin, source), *users.get(id(source), [])]
        blocked = [use for use in group if use.plan.refused]
        linked_paths = {use.path for use in group}
        unseen = [
            path
            for path, text in texts.items()
            if path not in linked_paths
            and re.search(rf"\b{re.escape(symbol)}\b", text)
            and _imports_from(text, origin, by_module)
        ]
        if not blocked and not unseen and len(group) == 1 and source.only_called_elsewhere:
            _block(
                source,
                analyses[origin],
                "MKD106",
                f"`{source.label}` returns the model to code outside the files given",
            )
            continue
        if blocked or unseen:
            if unseen:
                reason = f"{unseen[0]} uses `{symbol}` in a way the tool cannot follow"
            else:
                first = blocked[0]
                finding = first.plan.blockers[0]
                reason = f"{first.path}:{finding.line}: {finding.code} {finding.message}"
            for use in group:
                if not use.plan.refused:
                    _block(
                        use.plan,
                        analyses[use.path],
                        "MKD122",
                        f"the model from `{source.label}` ({origin}) cannot be migrated in every "
                        f"file that uses it: {reason}",
                    )
            continue
        others = sorted(use.path for use in group[1:])
        if others:
            line, column = analyses[origin].meta.position(source.call)
            source.findings.append(
                Finding(
                    "MKD121",
                    f"model from `{source.label}` migrated together with {', '.join(others)}",
                    line,
                    column,
                )
            )


def _block(plan: ModelPlan, analysis: ModuleAnalysis, code: str, message: str) -> None:
    line, column = analysis.meta.position(plan.call)
    plan.blockers.append(Finding(code, message, line, column))


def _imports_from(text: str, origin: str, by_module) -> bool:
    """Whether ``text`` has an import line naming the module of ``origin``."""
    names = {name for name, file in by_module.items() if file.path == origin}
    names |= {name.rsplit(".", 1)[-1] for name in names}
    return any(
        re.search(rf"^\s*(from|import)\s+[\w.]*\b{re.escape(name)}\b", text, re.MULTILINE)
        for name in names
    )


def _imported_names(module: cst.Module, file: LinkedFile):
    """``(local name, candidate module names, symbol, ImportFrom node)`` per imported name."""
    package = file.modules[0].split(".")[:-1] if file.modules else []
    if file.path.endswith("__init__.py") and file.modules:
        package = file.modules[0].split(".")
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
                candidates = (".".join([*base, dotted] if dotted else base),)
            else:
                candidates = (dotted,)
            for alias in small.names:
                symbol = alias.evaluated_name
                local = alias.evaluated_alias or symbol
                yield local, candidates, symbol, small


def _call_sites(analysis: ModuleAnalysis, local: str, node: cst.ImportFrom, source: ModelPlan):
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
        for access in assignment.references:
            ref = access.node
            parent = parent_of(ref)
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
                    and _calls(parent_of(attribute), attribute)
                ):
                    calls.append(parent_of(attribute))
                else:
                    other.append(ref)
            else:
                other.append(ref)
    return calls, uses, other


def _calls(node: cst.CSTNode | None, func: cst.CSTNode) -> bool:
    return isinstance(node, cst.Call) and node.func is func
