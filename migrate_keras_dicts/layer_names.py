"""The layer names the migration adds, and what they change elsewhere in the file: strings
that spell the old automatic names or log keys (rewritten or refused), code that reads layer
names, and later layers whose automatic names shift (MKD008, MKD119, MKD124, MKD128)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import libcst as cst

from . import keras_api
from .autonames import later_constructions, name_strings, renamed_layers, renamed_string
from .findings import Finding, line_ref
from .meta import ModuleMeta
from .options import Options
from .plan import ModelPlan
from .rewrite.edits import AddName, Edit, ReplaceString
from .scan import ModuleFacts, string_value


@dataclass
class NameStrings:
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


def layer_name_strings(
    meta: ModuleMeta, facts: ModuleFacts, accepted: list[ModelPlan], options: Options
) -> NameStrings:
    """Strings spelling a layer name or log key the migration changes: updated where the
    automatic names are provable and the string is a name, a key or a callback's filepath
    template (MKD124); otherwise the models whose names they depend on are refused
    (MKD127). Strings that only contain an old name (a path, a message) are flagged
    (MKD008). Later layers whose automatic names shift: refused when the file reads names
    or log keys (MKD128), else flagged (MKD119)."""
    out = NameStrings()
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
    stem_word = r"(?<![A-Za-z0-9])(?:" + "|".join(re.escape(s) for s in sorted(watched)) + ")"
    token = re.compile(stem_word + r"(?=_|$|\W)")
    # a stem, then where a number goes (`%d`, `{}`) or the end of a piece joined to more
    template = re.compile(stem_word + r"(?:_(?:%|\{|$)|$)")
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
        if piece and template.search(value):  # "dense_%d_loss" % i, "dense_" + str(i)
            block(node, value, None, "it is a template that builds automatic layer names")
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
    out: NameStrings, node: cst.CSTNode, value: str, new: str, line: int, column: int
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
    out: NameStrings,
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
