"""Source text in, migrated text and findings out. The whole tool is a loop over this."""

from __future__ import annotations

import ast
import re
import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace

import libcst as cst
from libcst.metadata import MetadataWrapper

from . import keras_api
from .findings import Finding, Severity
from .layer_names import layer_name_strings, plan_stems
from .meta import ModuleMeta
from .options import Options
from .plan import ModelPlan, ModelPlanner
from .result import FileResult, ModelRecord
from .rewrite.edits import (
    Edit,
    EditApplier,
    ReadByKeyStatement,
    ResultsByKey,
    UnpackByKey,
    uses_operator,
)
from .rewrite.imports import add_import_operator
from .rewrite.layout import LayoutTransformer
from .rewrite.literals import keyword_spacing
from .scan import ModuleFacts, collect
from .style import DEFAULT_LINE_LENGTH
from .verify import (
    SelfCheckFailed,
    check_compiles,
    check_fixed_point,
    check_only_edits_changed,
    check_parses,
)

__all__ = ["Options", "migrate_python"]


def migrate_python(
    text: str,
    path: str = "<string>",
    options: Options | None = None,
    trees: list[ast.Module] | None = None,
) -> FileResult:
    """Migrate every functional model in the Python module ``text``. Never raises for bad
    input: a text that cannot be processed gives a failed result with a finding.
    ``trees`` receives this Python's tree of the text when it was parsed."""
    options = options or Options()
    result = FileResult(path, text, text)
    if not may_hold_models(text):
        return result  # no Keras, or no model constructor under any alias: nothing to parse
    trees = [] if trees is None else trees
    if _python_syntax_error(text, trees) is None and not builds_models(trees[0]):
        return result  # no model constructor and no Model subclass: no plan, no finding
    module = parse_or_report(text, path, trees)
    if isinstance(module, Finding):
        return result.with_failure(module)
    return complete(
        result,
        lambda: finish_module(analyse_module(module, options, tree=trees[0], text=text)),
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
    called: set[str] = set()  # the last identifier of every callee and class base
    for node in ast.walk(tree):  # one walk, by exact type: this runs on every Keras file
        if type(node) is ast.Call:
            last = _last_identifier(node.func)
            if last is not None:
                called.add(last)
        elif type(node) is ast.Import or type(node) is ast.ImportFrom:
            names.update(
                alias.asname
                for alias in node.names
                if alias.asname and alias.name.rpartition(".")[2] in _MODEL_CLASS_NAMES
            )
        elif type(node) is ast.ClassDef:
            for base in node.bases:
                called.update(i for part in ast.walk(base) if (i := _last_identifier(part)))
    return not called.isdisjoint(names)


def _last_identifier(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def parse_or_report(
    text: str, path: str, trees: list[ast.Module] | None = None
) -> cst.Module | Finding:
    """The module, or the MKD901 finding that says why there is none; ``trees`` receives
    the ``ast`` tree when this Python parses the text too."""
    # ``trees`` already holding this Python's tree means it parsed the text
    problem = None if trees else _python_syntax_error(text, trees)
    module = None
    try:
        module = cst.parse_module(text)
    except cst.ParserSyntaxError as error:
        problem = problem or _libcst_syntax_error(error)
    if problem is not None:
        # LibCST also accepts some Python 2 (``except E, e``); what this Python rejects is
        # not rewritten either.
        line, column, message = problem
        return Finding("MKD901", f"syntax error: {message}", line, column, path)
    assert module is not None  # LibCST's error would have set ``problem``
    return module


def complete(result: FileResult, produce: Callable[[], FileResult], options: Options) -> FileResult:
    """Run ``produce``, check what it made, and return ``result`` with it; a failure
    leaves the text as it was, with an MKD902 finding."""
    path, source = result.path, result.old_text
    try:
        produced = produce()
        if produced.new_text != source:
            check_compiles(produced.new_text)
            if options.check_second_run:
                check_fixed_point(produced.new_text, lambda text: _rerun(text, options))
    except SelfCheckFailed as error:
        return _failed(result, f"self-check failed: {error}")
    except RecursionError:
        return _failed(result, "self-check failed: nesting too deep")
    except Exception as error:  # a bug in the tool must cost one file, not the whole run
        return _failed(
            result,
            f"internal error ({type(error).__name__}: {error}); the file was left untouched, "
            "please report it",
        )
    findings = sorted(
        {replace(f, path=path) for f in produced.findings},
        key=lambda f: (f.line, f.column, f.code),
    )
    return replace(
        result,
        new_text=produced.new_text,
        findings=(*result.findings, *findings),
        models_migrated=produced.models_migrated,
        models_refused=produced.models_refused,
        exports=produced.exports,
        models=tuple(replace(m, path=path) for m in produced.models),
        added_names=produced.added_names,
    )


def _failed(result: FileResult, message: str) -> FileResult:
    return result.with_failure(Finding("MKD902", message, 1, 1, result.path))


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
    return finish_module(analyse_module(check_parses(text), options, positions=False)).new_text


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
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    meta = ModuleMeta(wrapper, positions=positions, tree=tree, text=text)
    facts = collect(meta)
    plans = [
        plan
        for call in facts.model_calls
        if (plan := ModelPlanner(meta, facts, call, options, exports=exports).run()) is not None
    ]
    return ModuleAnalysis(module, meta, facts, plans, options)


def finish_module(analysis: ModuleAnalysis) -> FileResult:
    """Settle the plans against each other, apply the accepted ones, check the result."""
    module, meta, facts, plans = analysis.module, analysis.meta, analysis.facts, analysis.plans
    accepted = _settle_conflicts(plans, meta)
    names = layer_name_strings(meta, facts, accepted, analysis.options)
    while names.blocks:  # refuse the models whose added names the blocks depend on
        for stems, finding in names.blocks:
            for plan in accepted:
                if plan_stems(plan, meta) & stems and finding not in plan.blockers:
                    plan.blockers.append(finding)
        still = _settle_conflicts(plans, meta)
        if len(still) == len(accepted):  # no plan owned the stems: refuse all that rename
            for plan in accepted:
                if plan_stems(plan, meta):
                    plan.blockers.append(names.blocks[0][1])
            still = _settle_conflicts(plans, meta)
        accepted = still
        names = layer_name_strings(meta, facts, accepted, analysis.options)
    findings: list[Finding] = []
    for plan in plans:
        if plan.refused and plan.untrained is not None:
            findings.append(plan.untrained)
        else:
            findings += plan.blockers if plan.refused else plan.findings
    refused = sum(1 for plan in plans if plan.refused and plan.untrained is None)
    exports = sorted(
        {f"{plan.export_kind}:{plan.export}" for plan in plans if plan.export}
        | {f"producer:{name}" for plan in plans for name in plan.producers}
    )
    findings += _subclassed_models(meta, facts)
    models = _model_records(plans, meta, facts)
    if not accepted:
        # LibCST prints a parsed module back byte for byte: the text it came from is its code
        text = meta.text if meta.text is not None else module.code
        return _produced(text, text, findings, 0, refused, exports, models)
    edits = {node: edit for plan in accepted for node, edit in plan.edits.items()}
    edits.update(names.edits)
    edits = _statement_reads(edits, meta)
    paths = set()
    for node in edits:
        current: cst.CSTNode | None = node
        while current is not None and id(current) not in paths:
            paths.add(id(current))
            current = meta.parent(current)
    applier = EditApplier(edits, facts.quote, paths)
    with keyword_spacing(_spaced_keywords(meta)):
        new_module = meta.module.visit(applier)
    check_only_edits_changed(meta.module, new_module, list(edits), applier.produced)
    new_module = _lay_out(new_module, applier.statements, applier.new_paths, meta, analysis.options)
    if uses_operator(list(edits.values())):
        first_use = min(
            _top_level_index(node, meta)
            for node, edit in edits.items()
            if isinstance(edit, UnpackByKey | ResultsByKey)
        )
        new_module = add_import_operator(meta.module, new_module, first_use)
    findings += names.findings
    new_text = new_module.code
    old_text = meta.text if meta.text is not None else module.code
    added = sorted(
        {
            member.key
            for plan in accepted
            for side in (plan.inputs, plan.outputs)
            for member in (side.members if side is not None else ())
            if member.name_call is not None
        }
    )
    result = _produced(old_text, new_text, findings, len(accepted), refused, exports, models)
    return replace(result, added_names=tuple(added))


def _produced(
    old_text: str,
    new_text: str,
    findings: list[Finding],
    migrated: int,
    refused: int,
    exports: list[str],
    models: list[ModelRecord],
) -> FileResult:
    """What a module's analysis made, before ``complete`` checks it and gives it a path."""
    return FileResult(
        "",
        old_text,
        new_text,
        tuple(findings),
        migrated,
        refused,
        exports=tuple(exports),
        models=tuple(models),
    )


_FRESH_STEMS = {"evaluate": "results", "test_on_batch": "results", "train_on_batch": "results"}


def _statement_reads(edits: dict[cst.CSTNode, Edit], meta: ModuleMeta) -> dict[cst.CSTNode, Edit]:
    """Reads by key that have a statement to themselves become two statements, as a person
    writes them (:class:`ReadByKeyStatement`); elsewhere ``operator.itemgetter`` stays.

    The statement must be ``targets = <call>`` alone on its line, in a module or function
    body (a class body would gain an attribute), and the new name one that the file spells
    nowhere (no identifier, no word of a string), so it binds nothing the program reads.
    """
    text = meta.text if meta.text is not None else meta.module.code
    if "locals(" in text or "vars(" in text or "exec(" in text or "eval(" in text:
        return edits  # code that can see the new name
    spelled: set[str] | None = None
    out: dict[cst.CSTNode, Edit] = {}
    for node, edit in edits.items():
        statement = (
            _own_statement(node, meta, edit.as_list)
            if isinstance(edit, UnpackByKey | ResultsByKey)
            else None
        )
        if statement is None:
            out[node] = edit
            continue
        assert isinstance(edit, UnpackByKey | ResultsByKey) and isinstance(node, cst.Call)
        if spelled is None:
            spelled = _spelled_names(meta)
        method = node.func.attr.value if isinstance(node.func, cst.Attribute) else ""
        stem = _FRESH_STEMS.get(
            method, "predictions" if method.startswith("predict") else "outputs"
        )
        fresh, n = stem, 1
        while fresh in spelled:
            fresh, n = f"{stem}_{n}", n + 1
        spelled.add(fresh)
        out[statement] = ReadByKeyStatement(
            edit.keys, fresh, edit.as_list, isinstance(edit, ResultsByKey)
        )
    return out


def _lay_out(
    new_module: cst.Module,
    statements: dict[int, cst.SimpleStatementLine | None],
    paths: set[int],
    meta: ModuleMeta,
    options: Options,
) -> cst.Module:
    """Edited lines past the line length, laid out as black would (rewrite/layout.py);
    each statement laid out must be the same program, token for token but whitespace.
    Only the edited statements and their ancestors are visited (``paths``): nothing else
    can change."""
    originals = _OldTexts(statements, meta.module)
    limit = options.line_length or DEFAULT_LINE_LENGTH
    transformer = LayoutTransformer(new_module, originals, limit, paths)
    laid = new_module.visit(transformer)
    if not transformer.changed:
        return new_module
    code = new_module.code_for_node
    for before, after in transformer.laid:
        # a simple statement parses alone (its continuation lines are inside brackets)
        if ast.dump(ast.parse(code(before))) != ast.dump(ast.parse(code(after))):
            raise SelfCheckFailed("laying out the edited lines changed the program")
    return laid


class _OldTexts(Mapping[int, str]):
    """Each edited statement's text before the edits (a new one's is empty), printed only
    for the few statements whose new text is too long or on several lines."""

    def __init__(self, statements: dict[int, cst.SimpleStatementLine | None], module: cst.Module):
        self.statements, self.module = statements, module

    def __getitem__(self, key: int) -> str:
        old = self.statements[key]
        return "" if old is None else self.module.code_for_node(old.with_changes(leading_lines=()))

    def __contains__(self, key: object) -> bool:
        return key in self.statements  # Mapping's own would print the statement to tell

    def __iter__(self) -> Iterator[int]:
        return iter(self.statements)

    def __len__(self) -> int:
        return len(self.statements)


def _spaced_keywords(meta: ModuleMeta) -> bool:
    """Whether most keyword arguments of the file are written ``key = value``.

    Every ``=`` of the kind (``AssignEqual``: keywords, defaults, annotated assignments,
    ``f"{x=}"``) is the ``equal`` of a node the recorded walk holds; being trivia, it is
    not a node of that walk itself, so a visitor of it would walk the module again."""
    counts = [0, 0]
    for node in meta.nodes():
        equal = getattr(node, "equal", None)
        if isinstance(equal, cst.AssignEqual):
            counts[getattr(equal.whitespace_before, "value", "") == " "] += 1
    return counts[1] > counts[0]


def _top_level_index(node: cst.CSTNode, meta: ModuleMeta) -> int:
    statement = node
    while not isinstance(parent := meta.parent(statement), cst.Module):
        assert parent is not None
        statement = parent
    return next(i for i, item in enumerate(meta.module.body) if item is statement)


def _spelled_names(meta: ModuleMeta) -> set[str]:
    """Every identifier of the module and every word of its strings."""
    found: set[str] = set()
    word = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

    class Finder(cst.CSTVisitor):
        def visit_Name(self, node: cst.Name) -> None:
            found.add(node.value)

        def visit_SimpleString(self, node: cst.SimpleString) -> None:
            found.update(word.findall(node.value))

        def visit_FormattedStringText(self, node: cst.FormattedStringText) -> None:
            found.update(word.findall(node.value))

    meta.visit(Finder())
    return found


def _own_statement(
    call: cst.CSTNode, meta: ModuleMeta, as_list: bool
) -> cst.SimpleStatementLine | None:
    """The statement line ``targets = call`` of ``call`` in a module or function body: one
    name where the whole list is used, else a tuple or list of targets."""
    assign = meta.parent(call)
    if not (isinstance(assign, cst.Assign) and assign.value is call and len(assign.targets) == 1):
        return None
    target = assign.targets[0].target
    if not isinstance(target, cst.Name if as_list else cst.Tuple | cst.List):
        return None
    line = meta.parent(assign)
    if not (isinstance(line, cst.SimpleStatementLine) and len(line.body) == 1):
        return None
    block = meta.parent(line)
    if isinstance(block, cst.Module):
        return line
    owner = meta.parent(block) if isinstance(block, cst.IndentedBlock) else None
    while owner is not None and not isinstance(owner, cst.Module):
        if isinstance(owner, cst.ClassDef):
            return None
        if isinstance(owner, cst.FunctionDef):
            return line
        owner = meta.parent(owner)
    return line if owner is not None else None


def _model_records(
    plans: list[ModelPlan], meta: ModuleMeta, facts: ModuleFacts
) -> list[ModelRecord]:
    constructors = {id(call) for call in facts.model_calls}
    return [
        ModelRecord(
            *meta.position(plan.call),
            plan.label,
            not plan.refused,
            tuple(plan.blockers),
            id(plan.call) not in constructors,
            untrained=plan.refused and plan.untrained is not None,
        )
        for plan in plans
    ]


def _settle_conflicts(plans: list[ModelPlan], meta: ModuleMeta) -> list[ModelPlan]:
    """Refuse a model that shares a member or an edited node with a refused model, or that
    needs a different edit of a shared node than another model does."""

    def touched(plan: ModelPlan) -> set[int]:
        return plan.identities | {id(node) for node in plan.edits}

    def edit_at(plan: ModelPlan, key: int) -> Edit | None:
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


def is_error(finding: Finding) -> bool:
    return finding.severity is Severity.ERROR
