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
from .autonames import later_constructions, name_strings, renamed_layers, renamed_string
from .findings import Finding, Severity, line_ref
from .meta import ModuleMeta
from .options import Options
from .plan import ModelPlan, ModelPlanner
from .result import FileResult, ModelRecord
from .rewrite.edits import (
    AddName,
    Edit,
    EditApplier,
    ReadByKeyStatement,
    ReplaceString,
    ResultsByKey,
    UnpackByKey,
    uses_operator,
)
from .rewrite.imports import add_import_operator
from .rewrite.layout import LayoutTransformer
from .rewrite.literals import keyword_spacing
from .scan import ModuleFacts, collect, string_value
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
    names = _layer_name_strings(meta, facts, accepted, analysis.options)
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
        names = _layer_name_strings(meta, facts, accepted, analysis.options)
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


@dataclass
class _NameStrings:
    """What the names the migration adds do to the strings and later layers of the file."""

    edits: dict[cst.CSTNode, Edit] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)  # MKD124, MKD008, MKD119
    # refusals: the stems a string or an observed shift depends on, and the finding
    blocks: list[tuple[set[str], Finding]] = field(default_factory=list)


_CALLBACK_TEMPLATE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?=[:!}])")


def plan_stems(plan: ModelPlan, meta: ModuleMeta) -> set[str]:
    """The automatic-name stems whose counters the plan's added names free."""
    stems = {keras_api.snake_case(c) for c in plan.renamed_classes}
    for node, edit in plan.edits.items():
        if (
            isinstance(edit, AddName)
            and isinstance(node, cst.Call)
            and meta.keras_names(node.func) & keras_api.INPUT_NAMES
        ):
            stems.add("input_layer")
    return stems


def _layer_name_strings(
    meta: ModuleMeta, facts: ModuleFacts, accepted: list[ModelPlan], options: Options
) -> _NameStrings:
    """Strings spelling a layer name or log key the migration changes: updated where the
    automatic names are provable and the string is a name, a key or a callback's filepath
    template (MKD124); otherwise the models whose names they depend on are refused
    (MKD127). Strings that only contain an old name (a path, a message) are flagged
    (MKD008). Later layers whose automatic names shift: refused when the file reads names
    or log keys (MKD128), else flagged (MKD119)."""
    out = _NameStrings()
    stems = {keras_api.snake_case(c) for plan in accepted for c in plan.renamed_classes}
    inputs_renamed = any("input_layer" in plan_stems(plan, meta) for plan in accepted)
    if not stems and not inputs_renamed:
        return out
    new_names: dict[int, str] = {}  # output layers that gain ``name=``
    named: list[cst.Call] = []
    named_inputs: list[cst.Call] = []  # Inputs that gain ``name=``
    for plan in accepted:
        for node, edit in plan.edits.items():
            if isinstance(edit, AddName) and isinstance(node, cst.Call):
                if meta.keras_names(node.func) & keras_api.INPUT_NAMES:
                    named_inputs.append(node)
                else:
                    new_names[id(node)] = edit.name
                    named.append(node)
    calls: dict[str, cst.Call] = {}
    renamed: dict[str, str] | None = None
    why = "the file is a notebook, whose cells may run in any order"
    if options.script:
        why = "a layer name in this file is computed"
        if not (facts.name_patterns or facts.unreadable_names):
            renamed = renamed_layers(meta, new_names, stems, calls) if stems else {}
            why = (
                "the tool can work automatic names out only where every layer is built "
                "once, in order, at module level, importing nothing that builds layers"
            )
    watched = stems | ({"input_layer"} if inputs_renamed else set())
    pattern = _stem_pattern(stems)
    input_pattern = _stem_pattern({"input_layer"} if inputs_renamed else set())
    # Keras 2 (tf_keras) numbers unnamed Inputs `input_1`, `input_2`, ... from one counter
    # that named Inputs do not use: naming Inputs renames later unnamed ones there too.
    keras2_input = re.compile(r"^input_\d+$" if inputs_renamed else r"(?!)")
    token = re.compile(
        r"(?<![A-Za-z0-9])(?:" + "|".join(re.escape(s) for s in sorted(watched)) + r")(?=_|$|\W)"
    )
    taken = facts.explicit_names | set(new_names.values())
    values = {node: string_value(node) for node in facts.strings}
    spelled = [  # every string that contains a stem: names, keys, paths, pieces of strings
        node
        for node, value in values.items()
        if isinstance(value, str)
        and (any(stem in value for stem in watched) or keras2_input.match(value))
        and not _is_name_argument(meta, node)
    ]
    contexts = dict(name_strings(meta, spelled))
    added = set(new_names.values())

    def block(
        node: cst.CSTNode, value: str, guess: str | None, reason: str, remedy: str = ""
    ) -> None:
        line, column = meta.position(node)
        where = {s for s in watched if s in value} or set(watched)
        layers_named = ", ".join(sorted(repr(n) for n in added)) or "their variables"
        message = (
            f"{value!r} ({line_ref(line)}) spells an automatic layer name or log key that the "
            f"migration changes (output layers named {layers_named}); {reason}, so the model "
            "was left as is: "
        )
        if remedy:
            message += remedy
        elif guess is not None:
            message += f"name the output layers by hand and write {guess!r} there"
        else:
            message += (
                "name the output layers by hand and write the key of the layer's new name "
                "there (`<name>_loss`, `val_<name>_loss`)"
            )
        out.blocks.append((where, Finding("MKD127", message, line, column)))

    for node in spelled:
        value = values[node]
        assert isinstance(value, str)
        line, column = meta.position(node)
        how = contexts.get(node)
        piece = _is_piece(meta, node)
        fields = _CALLBACK_TEMPLATE.findall(value)
        if keras2_input.match(value):
            reason = "Keras 2's automatic Input names (`input_1`, ...) shift once Inputs are named"
            remedy = "name the Inputs by hand, and write their names where this string is"
            block(node, value, None, reason, remedy)
            continue
        if inputs_renamed and (input_pattern.match(value) or (piece and "input_layer" in value)):
            block(node, value, None, "the automatic names of the Inputs named here change")
            continue
        if renamed is None:
            if (
                pattern.match(value)
                or (piece and token.search(value))
                or any(pattern.match(f) for f in fields)
            ):
                block(node, value, None, why)
            continue
        if how is not None:
            new = renamed_string(value, how, renamed, taken)
            if new is not None and not _writable(new):
                block(node, value, new, "the new name holds a quote or a backslash")
            elif new is not None and not piece:
                _updated(out, node, value, new, line, column)
            elif new is not None:
                block(node, value, new, "it is a piece of a longer string")
            continue
        changed_fields = {
            f: n for f in fields if (n := renamed_string(f, "key", renamed, taken)) is not None
        }
        if changed_fields:

            def renamed_field(m: re.Match[str], changed: dict[str, str] = changed_fields) -> str:
                return "{" + changed.get(m.group(1), m.group(1))

            new = _CALLBACK_TEMPLATE.sub(renamed_field, value)
            if _is_callback_filepath(meta, node) and not piece and _writable(new):
                _updated(out, node, value, new, line, column)
            else:
                block(node, value, new, "it is a format template the tool cannot follow")
            continue
        guess = _renamed_name(value, renamed, taken)
        if guess is not None:
            reason = (
                "it is a piece of a longer string"
                if piece
                else "it is not in a `monitor=`, `history.history[...]` or `get_layer(...)` "
                "the tool can update"
            )
            block(node, value, guess, reason)
        elif piece and any(
            re.search(rf"(?<![A-Za-z0-9]){re.escape(old)}(?![0-9])", value) for old in renamed
        ):
            block(node, value, None, "it is a piece of a longer string")
        elif renamed_string(value, "any", renamed):
            message = (
                f"{value!r} contains the old automatic name of a renamed layer; it is not a "
                "name or a log key the program looks up, so it was left as it is"
            )
            out.findings.append(Finding("MKD008", message, line, column))
    for node in _fstrings_with(meta, token):
        block(node, meta.module.code_for_node(node), None, "it is an f-string")
    _shifts(out, meta, facts, accepted, renamed, calls, added, named, named_inputs, why)
    return out


def _writable(text: str) -> bool:
    """Text that can replace a string literal's content as it is, in any quotes or prefix
    and inside an f-string expression too: no quote, no backslash, nothing unprintable."""
    return text.isprintable() and not any(c in text for c in "'\"\\")


def _stem_pattern(stems: set[str]) -> re.Pattern[str]:
    if not stems:
        return re.compile(r"(?!)")
    return re.compile(
        r"^(?:val_)?(?:" + "|".join(re.escape(s) for s in sorted(stems)) + r")(?:_\d+)?(?:_.*)?$"
    )


def _updated(
    out: _NameStrings, node: cst.CSTNode, value: str, new: str, line: int, column: int
) -> None:
    out.edits[node] = ReplaceString(new)
    message = (
        f"{value!r} became {new!r}: the automatic layer name it spelled changes "
        "with the migration (worked out from every layer this script builds before it)"
    )
    out.findings.append(Finding("MKD124", message, line, column))


def _is_name_argument(meta: ModuleMeta, node: cst.CSTNode) -> bool:
    """``name="dense_head"``: an explicit name, not a use of one."""
    parent = meta.parent(node)
    return (
        isinstance(parent, cst.Arg)
        and parent.keyword is not None
        and parent.keyword.value == "name"
    )


def _is_piece(meta: ModuleMeta, node: cst.CSTNode) -> bool:
    """Part of a longer string: concatenated, ``+``/``%`` operand, ``.format``/``.join``."""
    parent = meta.parent(node)
    if isinstance(parent, cst.ConcatenatedString | cst.BinaryOperation):
        return True
    if isinstance(parent, cst.Attribute) and parent.attr.value in ("format", "join"):
        return True
    if isinstance(parent, cst.Arg):
        call = meta.parent(parent)
        return (
            isinstance(call, cst.Call)
            and isinstance(call.func, cst.Attribute)
            and call.func.attr.value in ("format", "join")
        )
    return False


def _is_callback_filepath(meta: ModuleMeta, node: cst.CSTNode) -> bool:
    """The filepath of a Keras callback (``ModelCheckpoint("{val_dense_1_loss:.2f}.keras")``),
    which Keras formats with the epoch's logs."""
    parent = meta.parent(node)
    if not isinstance(parent, cst.Arg):
        return False
    call = meta.parent(parent)
    if not isinstance(call, cst.Call):
        return False
    if not any(n.startswith("keras.callbacks.") for n in meta.keras_names(call.func)):
        return False
    keyword = parent.keyword.value if parent.keyword else None
    return keyword == "filepath" or (keyword is None and call.args[0] is parent)


def _fstrings_with(meta: ModuleMeta, token: re.Pattern[str]) -> list[cst.FormattedString]:
    """f-strings whose text holds a stem as a word (``f"val_dense_{i}_loss"``)."""
    found: list[cst.FormattedString] = []

    class Finder(cst.CSTVisitor):
        def visit_FormattedString(self, node: cst.FormattedString) -> None:
            text = [p.value for p in node.parts if isinstance(p, cst.FormattedStringText)]
            if any(token.search(t) for t in text):
                found.append(node)

    meta.visit(Finder())
    return found


# Reads that see layer names or log keys whatever their spelling.
_NAME_READING_ATTRIBUTES = frozenset(
    {"name", "output_names", "input_names", "get_config", "to_json", "metrics_names"}
)  # `input_names`: Keras 2's names of the Inputs
_NAME_READING_CALLBACKS = ("CSVLogger", "LambdaCallback", "TensorBoard", "RemoteMonitor")


# Attributes whose repr shows names: Keras 3 prints a layer as ``<Dense name=dense_2, ...>``,
# a symbolic tensor with its ``keras_tensor_N`` name (Keras 2: the layer that made it).
_SHOWN_WITH_NAMES = frozenset({"layers", "input", "inputs", "output", "outputs"})
_SHOWING_BUILTINS = frozenset({"print", "repr", "str"})


def _shown(meta: ModuleMeta, node: cst.Attribute) -> bool:
    """``print(model.layers)``, ``repr(model.layers[1:])``, ``f"{model.inputs}"``: the value
    (or an item or slice of it) is printed or turned into text as it is."""
    current: cst.CSTNode = node
    parent = meta.parent(current)
    while isinstance(parent, cst.Subscript) and parent.value is current:
        current, parent = parent, meta.parent(parent)
    if isinstance(parent, cst.FormattedStringExpression):
        return True
    call = meta.parent(parent) if isinstance(parent, cst.Arg) else None
    return (
        isinstance(call, cst.Call)
        and isinstance(call.func, cst.Name)
        and call.func.value in _SHOWING_BUILTINS
        and meta.builtin_only(call.func)
    )


def _name_readers(meta: ModuleMeta, *, log_keys: bool = True) -> list[cst.CSTNode]:
    """Code that reads layer names or log keys without spelling them: ``layer.name``,
    ``output_names``, ``print(model.layers)``, ``get_config()``, a whole
    ``history.history``, ``return_dict=True``, ``get_layer(variable)``, callbacks that
    write or receive the logs. Without ``log_keys``, only what reads layer names: the log
    keys name outputs and metrics."""
    found: list[cst.CSTNode] = []

    class Finder(cst.CSTVisitor):
        def visit_Attribute(self, node: cst.Attribute) -> None:
            attr = node.attr.value
            if attr in _NAME_READING_ATTRIBUTES:
                if log_keys or attr != "metrics_names":
                    found.append(node)
            elif attr in _SHOWN_WITH_NAMES and _shown(meta, node):
                found.append(node)
            elif attr == "history" and not log_keys:
                return
            elif attr == "history":
                holder = meta.parent(node)
                if isinstance(holder, cst.Subscript) and holder.value is node:
                    index = holder.slice[0].slice if len(holder.slice) == 1 else None
                    if isinstance(index, cst.Index) and isinstance(index.value, cst.SimpleString):
                        return
                if isinstance(holder, cst.Attribute) and holder.value is node:
                    if holder.attr.value == "history":
                        return  # ``history.history``: judged at the outer attribute
                    call = meta.parent(holder)
                    if (
                        holder.attr.value == "get"
                        and isinstance(call, cst.Call)
                        and call.args
                        and isinstance(call.args[0].value, cst.SimpleString)
                    ):
                        return
                if isinstance(meta.parent(node), cst.Call):
                    return
                found.append(node)
            elif attr == "get_layer":
                call = meta.parent(node)
                if isinstance(call, cst.Call) and not (
                    call.args and isinstance(call.args[0].value, cst.SimpleString)
                ):
                    found.append(node)

        def visit_Arg(self, node: cst.Arg) -> None:
            if log_keys and node.keyword is not None and node.keyword.value == "return_dict":
                found.append(node)

        def visit_Name(self, node: cst.Name) -> None:
            if not log_keys and node.value != "TensorBoard":  # it also draws the graph
                return
            if node.value in _NAME_READING_CALLBACKS and meta.keras_names(node):
                found.append(node)

        def visit_ClassDef(self, node: cst.ClassDef) -> None:
            if not log_keys:
                return
            bases = set()
            for base in node.bases:
                bases |= meta.keras_names(base.value)
            if any(b.startswith("keras.callbacks.") for b in bases):
                found.append(node.name)  # receives the logs dict

    meta.visit(Finder())
    found.sort(key=lambda n: meta.position(n))
    return found


def _shifts(
    out: _NameStrings,
    meta: ModuleMeta,
    facts: ModuleFacts,
    accepted: list[ModelPlan],
    renamed: dict[str, str] | None,
    calls: dict[str, cst.Call],
    added: set[str],
    named: list[cst.Call],
    named_inputs: list[cst.Call],
    why: str,
) -> None:
    """Later unnamed layers whose automatic names the added names shift (``dense_2`` ->
    ``dense``): a refusal when the file reads names or log keys, else a warning. Where the
    names are unknowable, the layers that may be built after the named ones (called on a
    tensor or not) and the other models stand for them; Inputs built after the named
    Inputs always do (their numbers differ between Keras 2 and 3)."""
    migrated = {id(plan.call) for plan in accepted}
    others = [call for call in facts.model_calls if id(call) not in migrated]
    stems: set[str] = set()
    targets: list[cst.CSTNode] = []
    moves = ""
    if renamed is not None:
        shifted = {old: new for old, new in renamed.items() if new not in added}
        if shifted:
            moves = ", ".join(f"{old!r} -> {new!r}" for old, new in list(shifted.items())[:4])
            stems = {keras_api.auto_name_stem(old) for old in shifted}
            targets = [calls[old] for old in shifted if old in calls]
    else:
        layer_stems = {keras_api.snake_case(c) for plan in accepted for c in plan.renamed_classes}
        later = later_constructions(meta, layer_stems, named)
        if others or later:
            moves = "which ones the tool cannot tell: " + why
            stems = layer_stems
            targets = others + later
    named_what = "output layers"
    inputs = later_constructions(meta, {"input_layer"}, named_inputs) if named_inputs else []
    if inputs:
        stems = stems | {"input_layer"}
        moves = "; ".join(
            part for part in (moves, "Inputs built later are numbered after the named ones") if part
        )
        named_what = "Inputs" if not (stems - {"input_layer"}) else "output layers and Inputs"
        seen = {id(node) for node in targets}
        targets += [node for node in inputs if id(node) not in seen]
    if not moves:
        return
    # Log keys name outputs and metrics: never an Input unless a model outputs one as it
    # is, and no other layer when every model of the file keys its outputs by names it
    # spells (after the migration) and nothing out of sight builds layers later.
    inputs_only = stems == {"input_layer"} and not _outputs_an_input(meta, facts)
    log_keys = not (inputs_only or _log_keys_spelled(meta, facts, accepted, targets))
    readers = _name_readers(meta, log_keys=log_keys)
    if readers:
        reader = readers[0]
        line, column = meta.position(reader)
        code = meta.module.code_for_node(meta.parent(reader) or reader).strip().splitlines()[0]
        message = (
            "the names the migration adds free Keras automatic names, so unnamed layers built "
            f"later get other ones ({moves}), and this file reads layer names or log keys "
            f"({line_ref(line)}: `{code[:60]}`); the model was left as is: name those later "
            f"layers by hand first (with their old automatic names), or name the {named_what} "
            "by hand"
        )
        out.blocks.append((stems, Finding("MKD128", message, line, column)))
        return
    unread = "nothing else in this file reads layer names or log keys"
    if not log_keys and _name_readers(meta, log_keys=True):
        unread = (
            "nothing else in this file reads layer names, and the log keys it reads name only "
            "the outputs, each named, and metrics"
            if not inputs_only
            else "nothing else in this file reads layer names, and the log keys it reads name "
            "outputs and metrics, never an Input"
        )
    for node in targets:
        line, column = meta.position(node)
        out.findings.append(
            Finding(
                "MKD119",
                "layers built here may get other automatic names (and log keys) now that the "
                f"migrated model names its {named_what} ({moves}); {unread}, but code in "
                "other files that spells the old names must follow",
                line,
                column,
            )
        )


def _log_keys_spelled(
    meta: ModuleMeta, facts: ModuleFacts, accepted: list[ModelPlan], targets: list[cst.CSTNode]
) -> bool:
    """Every log key of the file's models is spelled by the file, after the migration:
    each model is migrated, its outputs the dict of names the migration makes, none of
    them an Input, and every layer built later is a Keras layer built here (a call of a
    helper from another module may build a model whose outputs take the shifted automatic
    names). Shifted names of other layers then show in no log key."""
    migrated = {id(plan.call) for plan in accepted}
    if any(id(call) not in migrated for call in facts.model_calls):
        return False
    if _model_class_elsewhere(meta, facts) or _outputs_an_input(meta, facts):
        return False
    for plan in accepted:
        # A list the migration makes a dict keyed by the names it gives the layers. Not one
        # expression taken for one tensor: a Lambda may return a list, a wrapper may hold
        # a layer that returns its states, and Keras then logs one key per tensor named
        # after that layer, automatic name and all. Not a dict as written: Keras 2 logs the
        # layers' own names, whatever its keys.
        if plan.outputs is None or not plan.outputs.becomes_dict:
            return False
    return not any(
        isinstance(node, cst.Call) and not meta.keras_names(node.func) for node in targets
    )


def _model_class_elsewhere(meta: ModuleMeta, facts: ModuleFacts) -> bool:
    """Keras' ``Model`` named other than as the callee of a model construction the file
    records: a subclass (``super().__init__(inputs=..., outputs=[...])``), an alias
    (``make = keras.Model``), ``partial(keras.Model, ...)``. Such a model's outputs may
    keep automatic names that the added names shift, in log keys the tool does not see."""
    callees = {id(call.func) for call in facts.model_calls}
    for node in meta.nodes():
        if not isinstance(node, cst.Name | cst.Attribute) or id(node) in callees:
            continue
        if not meta.is_reference(node):
            continue
        if isinstance(node, cst.Name) and not meta.may_name_keras(node.value):
            continue
        if keras_api.is_model(meta.keras_names(node)):
            return True
    return False


def _outputs_an_input(meta: ModuleMeta, facts: ModuleFacts) -> bool:
    """Some model of the file names an ``Input`` variable among its outputs, so its log keys
    spell that Input's name."""
    for call in facts.model_calls:
        outputs = [a.value for a in call.args if a.keyword is None][1:2] + [
            a.value for a in call.args if a.keyword and a.keyword.value in ("outputs", "output")
        ]
        if any(_holds_input(meta, o, 0) for o in outputs):
            return True
    return False


def _holds_input(meta: ModuleMeta, expr: cst.BaseExpression, depth: int) -> bool:
    """``expr`` is, or lists, a variable bound to ``keras.Input(...)`` (through variables
    bound to lists or comprehensions), an item of such a list (``ins[0]``), or a model's
    ``.input``/``.inputs`` (another model's Inputs, passed through). Sides out of sight
    count as not: the worst is an MKD119 note instead of MKD128 for code that reads an
    Input's log key."""
    if depth > 6:
        return False
    if isinstance(expr, cst.Attribute) and expr.attr.value in ("input", "inputs"):
        return True
    if isinstance(expr, cst.Subscript):
        return _holds_input(meta, expr.value, depth + 1)
    if isinstance(expr, cst.ListComp | cst.GeneratorExp):  # ``[keras.Input(...) for ...]``
        return _holds_input(meta, expr.elt, depth + 1)
    if isinstance(expr, cst.Call):
        return keras_api.is_input(meta.keras_names(expr.func))
    if isinstance(expr, cst.List | cst.Tuple):
        return any(_holds_input(meta, e.value, depth + 1) for e in expr.elements)
    if isinstance(expr, cst.Dict):
        return any(
            isinstance(e, cst.DictElement) and _holds_input(meta, e.value, depth + 1)
            for e in expr.elements
        )
    if isinstance(expr, cst.BinaryOperation):
        return _holds_input(meta, expr.left, depth + 1) or _holds_input(meta, expr.right, depth + 1)
    if not isinstance(expr, cst.Name):
        return False
    binding = meta.binding_of(expr)
    value = binding.value if binding is not None else None
    if isinstance(value, cst.Call):
        return keras_api.is_input(meta.keras_names(value.func))
    return value is not None and _holds_input(meta, value, depth + 1)


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


def is_error(finding: Finding) -> bool:
    return finding.severity is Severity.ERROR
