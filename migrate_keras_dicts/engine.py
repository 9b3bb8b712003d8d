"""Source text in, migrated text and findings out. The whole tool is a loop over this."""

from __future__ import annotations

import ast
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field

import libcst as cst
from libcst.metadata import MetadataWrapper

from . import keras_api
from .autonames import name_strings, renamed_layers, renamed_string
from .fastwalk import fast_visits
from .findings import Finding, Severity
from .meta import ModuleMeta
from .plan import ModelPlan, ModelPlanner, Options
from .rewrite.edits import AddName, Edit, EditApplier, ReplaceString, uses_operator
from .scan import ModuleFacts, collect, string_value
from .verify import (
    SelfCheckFailed,
    check_compiles,
    check_fixed_point,
    check_only_edits_changed,
    check_parses,
)

__all__ = ["MigrationResult", "ModelRecord", "Options", "migrate_source"]


@dataclass(frozen=True)
class ModelRecord:
    """One planned model and what became of it, for reports that count models
    (benchmarks/corpus.py); nothing the tool prints or writes is read from it.

    Findings alone cannot tell models apart: a refusal is placed at the use that blocks
    it, which may be far from the constructor and may belong to any model of the file.
    """

    line: int  # of the constructor call; for ``remote``, of the first use of the model
    column: int
    label: str
    migrated: bool
    blockers: tuple[Finding, ...] = ()  # every refusal, in the order the planner found them
    remote: bool = False  # the uses, in this file, of a model built in another file
    path: str = ""  # set where findings get a path (a notebook's ``path:cell N``)


@dataclass
class MigrationResult:
    path: str
    source: str
    new_source: str
    findings: list[Finding] = field(default_factory=list)
    models_migrated: int = 0
    models_refused: int = 0
    failed: bool = False
    exports: list[str] = field(default_factory=list)
    models: list[ModelRecord] = field(default_factory=list)  # set once the output is checked

    @property
    def changed(self) -> bool:
        return self.new_source != self.source


def migrate_source(
    source: str, path: str = "<string>", options: Options | None = None
) -> MigrationResult:
    """Migrate every functional model in ``source``. Never raises for bad input."""
    options = options or Options()
    result = MigrationResult(path, source, source)
    if not may_hold_models(source):
        return result  # no Keras, or no model constructor under any alias: nothing to parse
    trees: list[ast.Module] = []
    if _python_syntax_error(source, trees) is None and not builds_models(trees[0]):
        return result  # no model constructor and no Model subclass: no plan, no finding
    module = parse_or_report(result, trees)
    if module is None:
        return result
    return complete(
        result,
        lambda: finish_module(analyse_module(module, options, tree=trees[0], text=source)),
        options,
    )


def may_hold_models(source: str) -> bool:
    return "keras" in source and ("Model" in source or "Functional" in source)


_MODEL_CLASS_NAMES = frozenset(name.rpartition(".")[2] for name in keras_api.MODEL_NAMES)


def builds_models(tree: ast.Module) -> bool:
    """Whether a call or a class base in ``tree`` may be Keras' ``Model``: if not, the
    analysis would find no model and no subclassed model, so it is skipped.

    The scanner resolves a name to ``keras.Model`` only through imports, so the callee's
    last identifier is ``Model``/``Functional`` or an import alias of one of them; any
    such identifier counts (a superset: this only decides what is analysed).
    """
    names = set(_MODEL_CLASS_NAMES)
    nodes = list(ast.walk(tree))
    for node in nodes:
        if isinstance(node, ast.Import | ast.ImportFrom):
            names.update(
                alias.asname
                for alias in node.names
                if alias.asname and alias.name.rpartition(".")[2] in _MODEL_CLASS_NAMES
            )
    for node in nodes:
        if isinstance(node, ast.Call) and _last_identifier(node.func) in names:
            return True
        if isinstance(node, ast.ClassDef) and any(
            _last_identifier(part) in names for base in node.bases for part in ast.walk(base)
        ):
            return True
    return False


def _last_identifier(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def parse_or_report(
    result: MigrationResult, trees: list[ast.Module] | None = None
) -> cst.Module | None:
    """The module, or None with an MKD901 finding on ``result``; ``trees`` receives the
    ``ast`` tree when this Python parses the text too."""
    source = result.source
    # ``trees`` already holding this Python's tree means it parsed the text
    problem = None if trees else _python_syntax_error(source, trees)
    module = None
    try:
        module = cst.parse_module(source)
    except cst.ParserSyntaxError as error:
        problem = problem or _libcst_syntax_error(error)
    if problem is not None:
        # LibCST also accepts some Python 2 (``except E, e``); what this Python rejects is
        # not rewritten either.
        result.failed = True
        line, column, message = problem
        result.findings.append(
            Finding("MKD901", f"syntax error: {message}", line, column, result.path)
        )
        return None
    return module


def complete(
    result: MigrationResult, produce: Callable[[], ModuleOutcome], options: Options
) -> MigrationResult:
    """Run ``produce``, check what it made, and fill ``result``; a failure leaves the
    file as it was, with an MKD902 finding."""
    path, source = result.path, result.source
    try:
        outcome = produce()
        if outcome.text != source:
            check_compiles(outcome.text)
            if options.check_second_run:
                check_fixed_point(outcome.text, lambda text: _rerun(text, options))
    except SelfCheckFailed as error:
        result.failed = True
        result.findings.append(Finding("MKD902", f"self-check failed: {error}", 1, 1, path))
        return result
    except RecursionError:
        result.failed = True
        result.findings.append(Finding("MKD902", "self-check failed: nesting too deep", 1, 1, path))
        return result
    except Exception as error:  # a bug in the tool must cost one file, not the whole run
        result.failed = True
        result.findings.append(
            Finding(
                "MKD902",
                f"internal error ({type(error).__name__}: {error}); the file was left untouched, "
                "please report it",
                1,
                1,
                path,
            )
        )
        return result
    result.new_source = outcome.text
    result.findings = sorted(
        {Finding(f.code, f.message, f.line, f.column, path) for f in outcome.findings},
        key=lambda f: (f.line, f.column, f.code),
    )
    result.models_migrated, result.models_refused = outcome.migrated, outcome.refused
    result.exports = outcome.exports
    result.models = outcome.models
    return result


def _python_syntax_error(
    source: str, trees: list[ast.Module] | None = None
) -> tuple[int, int, str] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source)
        if trees is not None:
            trees.append(tree)
    except SyntaxError as error:
        return error.lineno or 1, error.offset or 1, error.msg
    except ValueError as error:  # e.g. NUL bytes
        return 1, 1, str(error)
    return None


def _libcst_syntax_error(error: cst.ParserSyntaxError) -> tuple[int, int, str]:
    match = re.search(r"error at (\d+):(\d+): (.*)", error.message)
    if match:
        return int(match.group(1)), int(match.group(2)) + 1, match.group(3)[:200]
    return error.editor_line, error.editor_column, error.message[:200]


def _rerun(text: str, options: Options) -> str:
    # Only the text of the second run is compared: its findings need no positions.
    return finish_module(analyse_module(check_parses(text), options, positions=False)).text


@dataclass
class ModuleAnalysis:
    """One parsed module and the plans of the models built in it."""

    module: cst.Module
    meta: ModuleMeta
    facts: ModuleFacts
    plans: list[ModelPlan]
    options: Options = field(default_factory=Options)


def analyse_module(
    module: cst.Module,
    options: Options,
    *,
    exports: bool = False,
    positions: bool = True,
    tree: ast.Module | None = None,
    text: str | None = None,
) -> ModuleAnalysis:
    """``tree`` and ``text``: this Python's tree of the text the module was parsed from,
    and that text, when the caller has them (they place findings cheaply)."""
    with fast_visits():  # read-only visits walk without rebuilding (see fastwalk)
        return _analyse_module(module, options, exports, positions, tree, text)


def _analyse_module(
    module: cst.Module,
    options: Options,
    exports: bool,
    positions: bool,
    tree: ast.Module | None,
    text: str | None,
) -> ModuleAnalysis:
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    meta = ModuleMeta(wrapper, positions=positions, tree=tree, text=text)
    facts = collect(meta)
    plans = [
        plan
        for call in facts.model_calls
        if (plan := ModelPlanner(meta, facts, call, options, exports=exports).run()) is not None
    ]
    return ModuleAnalysis(module, meta, facts, plans, options)


@dataclass
class ModuleOutcome:
    text: str
    findings: list[Finding]
    migrated: int
    refused: int
    exports: list[str]  # "kind:name" of what hands a model to other modules (see linked.py)
    models: list[ModelRecord] = field(default_factory=list)


def finish_module(analysis: ModuleAnalysis) -> ModuleOutcome:
    """Settle the plans against each other, apply the accepted ones, check the result."""
    with fast_visits():  # read-only visits below walk without rebuilding (see fastwalk)
        return _finish_module(analysis)


def _finish_module(analysis: ModuleAnalysis) -> ModuleOutcome:
    module, meta, facts, plans = analysis.module, analysis.meta, analysis.facts, analysis.plans
    accepted = _settle_conflicts(plans, meta)
    findings: list[Finding] = []
    for plan in plans:
        findings += plan.blockers if plan.refused else plan.findings
    exports = sorted(
        {f"{plan.export_kind}:{plan.export}" for plan in plans if plan.export}
        | {f"producer:{name}" for plan in plans for name in plan.producers}
    )
    findings += _subclassed_models(meta, facts)
    models = _model_records(plans, meta, facts)
    if not accepted:
        # LibCST prints a parsed module back byte for byte: the text it came from is its code
        text = meta.text if meta.text is not None else module.code
        return ModuleOutcome(text, findings, 0, len(plans), exports, models)
    edits = {node: edit for plan in accepted for node, edit in plan.edits.items()}
    string_edits, string_findings = _layer_name_strings(meta, facts, accepted, analysis.options)
    edits.update(string_edits)
    paths = set()
    for node in edits:
        current = node
        while current is not None and id(current) not in paths:
            paths.add(id(current))
            current = meta.parent(current)
    applier = EditApplier(edits, facts.quote, paths)
    new_module = meta.module.visit(applier)
    check_only_edits_changed(meta.module, new_module, list(edits), applier.produced)
    if uses_operator(list(edits.values())):
        # imported here: libcst.codemod loads libcst.matchers, a fifth of a second at startup
        from libcst.codemod import CodemodContext
        from libcst.codemod.visitors import AddImportsVisitor

        context = CodemodContext()
        AddImportsVisitor.add_needed_import(context, "operator")
        new_module = AddImportsVisitor(context).transform_module(new_module)
    findings += string_findings
    findings += _auto_name_shifts(meta, facts, accepted)
    new_text = new_module.code
    return ModuleOutcome(
        new_text, findings, len(accepted), len(plans) - len(accepted), exports, models
    )


def _model_records(plans: list[ModelPlan], meta: ModuleMeta, facts) -> list[ModelRecord]:
    constructors = {id(call) for call in facts.model_calls}
    return [
        ModelRecord(
            *meta.position(plan.call),
            plan.label,
            not plan.refused,
            tuple(plan.blockers),
            id(plan.call) not in constructors,
        )
        for plan in plans
    ]


def _settle_conflicts(plans: list[ModelPlan], meta: ModuleMeta) -> list[ModelPlan]:
    """Refuse a model that shares a member or an edited node with a refused model, or that
    needs a different edit of a shared node than another model does."""

    def touched(plan: ModelPlan) -> set[int]:
        return plan.identities | {id(node) for node in plan.edits}

    def edit_at(plan: ModelPlan, key: int):
        return next((e for n, e in plan.edits.items() if id(n) == key), None)

    changed = True
    while changed:
        changed = False
        owners: dict[int, list[ModelPlan]] = {}
        for plan in plans:
            for key in touched(plan):
                owners.setdefault(key, []).append(plan)
        for plan in plans:
            if plan.refused:
                continue
            clashing = {
                other.label
                for key in touched(plan)
                for other in owners[key]
                if other is not plan
                and (other.refused or edit_at(other, key) != edit_at(plan, key))
            }
            if clashing:
                line, column = meta.position(plan.call)
                others = ", ".join(f"`{label}`" for label in sorted(clashing))
                plan.blockers.append(
                    Finding(
                        "MKD115",
                        f"model `{plan.label}` shares inputs, layers or data with {others}, "
                        "which cannot be migrated the same way; migrate them together by hand",
                        line,
                        column,
                    )
                )
                changed = True
    return [plan for plan in plans if not plan.refused]


def _layer_name_strings(
    meta: ModuleMeta, facts: ModuleFacts, accepted: list[ModelPlan], options: Options
) -> tuple[dict[cst.CSTNode, Edit], list[Finding]]:
    """Strings spelling a layer name or log key the migration changes: updated where the
    automatic names are provable (MKD124), flagged where they are not (MKD008)."""
    stems = {keras_api.snake_case(c) for plan in accepted for c in plan.renamed_classes}
    if not stems:
        return {}, []
    new_names: dict[int, str] = {}  # output layers that gain ``name=``
    inputs_renamed = False
    for plan in accepted:
        for node, edit in plan.edits.items():
            if isinstance(edit, AddName) and isinstance(node, cst.Call):
                if meta.keras_names(node.func) & keras_api.INPUT_NAMES:
                    inputs_renamed = True
                else:
                    new_names[id(node)] = edit.name
    readable = not (facts.name_patterns or facts.unreadable_names)  # computed names: unknown
    renamed = renamed_layers(meta, new_names, stems) if options.script and readable else None
    pattern = re.compile(
        r"^(?:val_)?(?:" + "|".join(re.escape(s) for s in sorted(stems)) + r")(?:_\d+)?(?:_.*)?$"
    )
    watched = stems | ({"input_layer"} if inputs_renamed else set())
    values = {node: string_value(node) for node in facts.strings}
    spelled = [  # every string that contains a stem: names, keys, paths, pieces of strings
        node
        for node, value in values.items()
        if isinstance(value, str) and any(stem in value for stem in watched)
    ]
    updates: dict[cst.CSTNode, str] = {}
    taken = facts.explicit_names | set(new_names.values())
    if renamed is not None and options.update_name_strings:
        contexts = dict(name_strings(meta, spelled))
        for node in spelled:
            value = values[node]
            how = contexts.get(node)
            new = renamed_string(value, how, renamed, taken) if how else None
            if new is not None:
                updates[node] = new
            elif how is None or "input_layer" in value or _renamed_name(value, renamed):
                updates.clear()  # one string the tool cannot update: update none of them
                break
    edits: dict[cst.CSTNode, Edit] = {}
    findings = []
    for node in spelled:
        value = values[node]
        line, column = meta.position(node)
        if node in updates:
            new = updates[node]
            edits[node] = ReplaceString(new)
            message = (
                f"{value!r} became {new!r}: the automatic layer name it spelled changes "
                "with the migration (worked out from every layer this script builds before it)"
            )
            findings.append(Finding("MKD124", message, line, column))
            continue
        spelled_old = guess = None
        if renamed is not None:
            spelled_old = _renamed_name(value, renamed)
            guess = _renamed_name(value, renamed, taken)
        if (
            (renamed is None and pattern.match(value))
            or spelled_old is not None
            or (
                renamed is not None
                and (renamed_string(value, "any", renamed) or "input_layer" in value)
            )
        ):
            message = f"{value!r} may name a Keras automatic layer name of a renamed output layer"
            if guess is not None:
                message += f" (if so, it is now {guess!r}); update it by hand" + (
                    "" if options.update_name_strings else ", or rerun with --update-name-strings"
                )
            findings.append(Finding("MKD008", message, line, column))
    return edits, findings


def _renamed_name(value: str, renamed: dict[str, str], taken: set[str] | None = None) -> str | None:
    """What ``value`` becomes if it is a log key or a layer name of a renamed layer."""
    taken = taken or set()
    return renamed_string(value, "key", renamed, taken) or renamed_string(
        value, "layer", renamed, taken
    )


def _subclassed_models(meta: ModuleMeta, facts: ModuleFacts) -> list[Finding]:
    """Subclassed models pair losses and outputs in their own code: never rewritten."""
    findings = []
    for node in facts.subclassed_models:
        methods = {
            item.name.value
            for item in node.body.body
            if isinstance(item, cst.FunctionDef)
            and item.name.value in ("compile", "train_step", "test_step", "compute_loss")
        }
        if methods:
            line, column = meta.position(node.name)
            findings.append(
                Finding(
                    "MKD123",
                    f"subclassed model `{node.name.value}` defines {', '.join(sorted(methods))}; "
                    "the tool does not rewrite subclassed models — check by hand how it pairs "
                    "losses and metrics with outputs",
                    line,
                    column,
                )
            )
    return findings


def _auto_name_shifts(meta: ModuleMeta, facts, accepted: list[ModelPlan]) -> list[Finding]:
    """Other models in the file whose unnamed layers may get other automatic names."""
    classes = {c for plan in accepted for c in plan.renamed_classes}
    if not classes:
        return []
    migrated = {id(plan.call) for plan in accepted}
    findings = []
    for call in facts.model_calls:
        if id(call) in migrated:
            continue
        line, column = meta.position(call)
        findings.append(
            Finding(
                "MKD119",
                f"this model's unnamed {', '.join(sorted(classes))} layers may get other automatic "
                "names (and log keys) now that the migrated model names its output layers",
                line,
                column,
            )
        )
    return findings


def is_error(finding: Finding) -> bool:
    return finding.severity is Severity.ERROR
