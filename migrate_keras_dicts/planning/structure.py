"""The constructor: a model's inputs and outputs, their members and the names they need."""

from __future__ import annotations

import re
from collections import Counter

import libcst as cst
from libcst.metadata import Assignment, BaseAssignment

from .. import keras_api
from ..findings import line_ref
from ..meta import assigned_node
from ..scan import literal_string
from . import called_models, heads, syntax
from .common import (
    MUTATORS,
    Blocked,
    Member,
    Side,
    assigned_value,
    is_class_call,
    keyword_arg,
    returns,
)
from .state import PlanState


# -- the constructor ---------------------------------------------------------
def ctor_arguments(st: PlanState) -> tuple[cst.BaseExpression | None, cst.BaseExpression | None]:
    bound = syntax.bind(st, st.call, ("inputs", "outputs"), keyword_only_from=2)
    return bound.get("inputs"), bound.get("outputs")


def side(st: PlanState, expr: cst.BaseExpression | None, *, is_input: bool) -> Side | None:
    if expr is None:
        return None
    if isinstance(expr, cst.List | cst.Tuple):
        return _sequence_side(st, expr, is_input)
    if isinstance(expr, cst.Dict):
        return _dict_side(st, expr, is_input)
    if isinstance(expr, cst.Name):
        binding = st.meta.binding_of(expr)
        if binding is not None and isinstance(binding.value, cst.List | cst.Tuple | cst.Dict):
            st.consume(binding.assignment, expr.value, "MKD105")
            return side(st, binding.value, is_input=is_input)
        if _is_single_tensor(st, expr, is_input):
            return Side("single")
        if not is_input and called_models.gives_one_tensor(st, expr):
            return Side("single")
        return None
    if isinstance(expr, cst.Call) and is_tensor_call(st, expr, is_input):
        return Side("single")
    if isinstance(expr, cst.Call) and not is_input and called_models.gives_one_tensor(st, expr):
        return Side("single")
    if is_input and _is_one_model_input(st, expr):
        return Side("single")
    return None


def _is_one_model_input(st: PlanState, expr: cst.BaseExpression) -> bool:
    """``base.input`` of a model with one input: a ``keras.applications`` model, or a
    model this module builds from one ``Input`` (directly or in a builder function)."""
    value = _input_owner(st, expr)
    return value is not None and _one_input_model(st, value, depth=0)


def _input_owner(st: PlanState, expr: cst.BaseExpression) -> cst.BaseExpression | None:
    """For ``name.input``: the value ``name`` is bound to (the model it is the input of)."""
    if not (
        isinstance(expr, cst.Attribute)
        and expr.attr.value == "input"
        and isinstance(expr.value, cst.Name)
    ):
        return None
    binding = st.meta.binding_of(expr.value)
    return binding.value if binding is not None else None


def _one_input_model(st: PlanState, value: cst.BaseExpression, depth: int) -> bool:
    if not isinstance(value, cst.Call) or depth > 3:
        return False
    names = st.meta.keras_names(value.func)
    if any(n.startswith("keras.applications.") for n in names):
        return True  # every application model has one image input
    if keras_api.is_model(names):
        inputs = keyword_arg(value, "inputs")
        given = inputs.value if inputs is not None else None
        if given is None and value.args and value.args[0].keyword is None:
            given = None if value.args[0].star else value.args[0].value
        if isinstance(given, cst.Name):
            binding = st.meta.binding_of(given)
            given = binding.value if binding is not None else None
        return isinstance(given, cst.Call) and keras_api.is_input(st.meta.keras_names(given.func))
    function = heads.helper_function(st.meta, value.func)
    found = returns(function) if function is not None else []
    if len(found) != 1 or found[0].value is None:
        return False
    returned = found[0].value
    if isinstance(returned, cst.Name):
        binding = st.meta.binding_of(returned)
        if (
            binding is None
            or function is None
            or not syntax.inside(st, binding.statement, function)
        ):
            return False
        returned = binding.value
    return _one_input_model(st, returned, depth + 1)


def _maybe_list(st: PlanState, expr: cst.BaseExpression) -> bool:
    """A variable bound to a function result or a comprehension: possibly several tensors.

    ``base.output`` and chains of layer calls are taken as one tensor without a finding,
    so that ordinary single-output models stay quiet.
    """
    if isinstance(expr, cst.ListComp | cst.GeneratorExp):
        return True
    if isinstance(expr, cst.Call):  # ``outputs=heads(x)``: as a variable bound to it
        return not _one_tensor_call(st, expr)
    if not isinstance(expr, cst.Name):
        return False
    binding = st.meta.binding_of(expr)
    return binding is not None and isinstance(
        binding.value, cst.Call | cst.ListComp | cst.BinaryOperation
    )


def _one_tensor_call(st: PlanState, call: cst.Call) -> bool:
    """A layer application, merge function or op, or a call of a helper of this file that
    returns one (an output)."""
    if is_tensor_call(st, call, False):
        return True
    function = heads.helper_function(st.meta, call.func)
    return function is not None and not isinstance(heads.head_of(st.meta, function, call), str)


def _is_single_tensor(st: PlanState, name: cst.Name, is_input: bool) -> bool:
    """A name whose reaching assignment (else every assignment) is an Input or a layer
    application (for outputs, also a call of a helper that returns one), or whose
    assignment that reaches the constructor in straight-line code is one (``x =
    Dense(10)(x)`` after ``x = block(x)`` and ``if ...: x = other(x)``)."""
    every = st.meta.referents(name)
    reaching = st.meta.binding_of(name)
    referents = [reaching.assignment] if reaching is not None else every
    if not referents:
        return False
    last = _straight_line_value(st, name, every) if every else None
    if isinstance(last, cst.Call) and is_tensor_call(st, last, is_input):
        return True
    for assignment in referents:
        binding = st.meta.binding_from_assignment(assignment)
        value = binding.value if binding else assigned_value(st.meta, assignment)
        if not isinstance(value, cst.Call):
            return False
        if is_tensor_call(st, value, is_input):
            continue
        function = None if is_input else heads.helper_function(st.meta, value.func)
        if function is None or isinstance(heads.head_of(st.meta, function, value), str):
            return False
    return True


def _straight_line_value(
    st: PlanState, name: cst.Name, referents: set[BaseAssignment]
) -> cst.BaseExpression | None:
    """The value of ``name = value`` when that is the last statement of the use's own
    block to assign the name before the use: nothing between can rebind it. None when
    the name is also assigned in another frame (a ``global``/``nonlocal`` function), the
    use sits in a lambda or comprehension, or no earlier statement of the block assigns
    it (the value comes from outside the block)."""
    frame = syntax.frame(st, name)
    if frame is None:
        return None
    assigned: list[tuple[BaseAssignment, cst.CSTNode]] = []
    for a in referents:
        node = getattr(a, "node", None)  # a builtin has none
        if not isinstance(node, cst.CSTNode) or syntax.frame(st, node) is not frame:
            return None
        assigned.append((a, node))
    statement: cst.CSTNode = name
    while not isinstance(parent := st.meta.parent(statement), cst.IndentedBlock | cst.Module):
        if parent is None:
            return None
        statement = parent
    body: list[cst.CSTNode] = list(parent.body)
    for earlier in reversed(body[: body.index(statement)]):
        inside = [a for a, node in assigned if syntax.inside(st, node, earlier)]
        if not inside:
            continue
        binding = st.meta.binding_from_assignment(inside[0])
        if (
            len(inside) == 1
            and isinstance(earlier, cst.SimpleStatementLine)
            and len(earlier.body) == 1
            and binding
            and binding.statement is earlier.body[0]
        ):
            return binding.value
        return None
    return None


def is_tensor_call(st: PlanState, call: cst.Call, is_input: bool) -> bool:
    """An Input call, or (outputs) a layer application, merge function or op: one tensor."""
    names = st.meta.keras_names(call.func)
    if keras_api.is_input(names):
        return True
    if is_input:
        return False
    if keras_api.merge_function(names) or keras_api.is_one_tensor_op(
        names | st.meta.qualified_names(call.func)
    ):
        return True
    ctor: cst.BaseExpression | None = call.func
    if isinstance(ctor, cst.Name):
        binding = st.meta.binding_of(ctor)
        ctor = binding.value if binding is not None else None
    if not (isinstance(ctor, cst.Call) and is_class_call(st.meta, ctor)):
        return False
    # ``LSTM(..., return_state=True)(x)`` and attention with its scores give a list
    return not any(
        arg.keyword is not None and arg.keyword.value in keras_api.SEVERAL_RESULTS_FLAGS
        for arg in ctor.args
    )


def _sequence_side(st: PlanState, node: cst.List | cst.Tuple, is_input: bool) -> Side:
    if len(node.elements) >= 2:
        st.ctor_changes = True
    syntax.no_starred(st, node)
    if len(node.elements) < 2:
        return Side("single", node)
    st.ctor_changes = True
    trace = _input_member if is_input else _output_member
    members = [trace(st, element.value) for element in node.elements]
    return Side("sequence", node, members)


def _dict_side(st: PlanState, node: cst.Dict, is_input: bool) -> Side:
    trace = _input_member if is_input else _output_member
    members = []
    for element in node.elements:
        key = literal_string(element.key) if isinstance(element, cst.DictElement) else None
        if key is None:
            raise st.stop(
                "MKD110", element, "dict keys of the model structure must be string literals"
            )
        members.append(trace(st, element.value, key=key))
    if len(members) < 2:
        return Side("single", node, members)
    return Side("dict", node, members)


def _bound_value(
    st: PlanState, expr: cst.BaseExpression, code: str, expected: str
) -> tuple[str | None, cst.BaseExpression]:
    """``(variable, value)`` for a name bound once, ``(None, expr)`` for anything else."""
    if not isinstance(expr, cst.Name):
        return None, expr
    binding = st.meta.binding_of(expr)
    if binding is None:
        raise _untraceable(st, expr, code, expected)
    return expr.value, binding.value


def _input_member(st: PlanState, expr: cst.BaseExpression, key: str | None = None) -> Member:
    variable, call = _bound_value(
        st, _submodel_input(st, expr) or expr, "MKD101", "an `Input(...)`"
    )
    if not (isinstance(call, cst.Call) and keras_api.is_input(st.meta.keras_names(call.func))):
        raise st.stop(
            "MKD101",
            expr,
            f"input `{st.code(expr)}` is not bound to `keras.Input(...)`, so the tool "
            "cannot name it; bind it to a named `keras.Input(...)` by hand (the inputs "
            "of a dict model are keyed by their names), then rerun",
        )
    positional = [a for a in call.args if a.keyword is None and not a.star]
    if len(positional) >= 3:
        raise st.stop(
            "MKD114",
            positional[2],
            f"positional argument 3 of `{st.code(call.func)}` means different things in "
            "Keras 2 (name) and 3 (dtype); pass it by keyword",
        )
    return _member(st, expr, call, call, variable, key, layer_class=None)


def _submodel_input(st: PlanState, expr: cst.BaseExpression) -> cst.Name | None:
    """``branch.input`` where ``branch = keras.Model(inputs=a, ...)`` here, with ``a`` a
    name bound once to a ``keras.Input(...)``: that Input's name (``Model(inputs=[mlp.input,
    cnn.input], ...)`` over two branch models). The branch keeps its one input, which gets
    the same ``name=`` as a Input of the combined model would."""
    value = _input_owner(st, expr)
    if not (isinstance(value, cst.Call) and keras_api.is_model(st.meta.keras_names(value.func))):
        return None
    if any(arg.star for arg in value.args):
        return None
    inputs = keyword_arg(value, "inputs")
    given = inputs.value if inputs is not None else None
    if given is None and value.args and value.args[0].keyword is None:
        given = value.args[0].value
    return given if isinstance(given, cst.Name) else None


def _output_member(st: PlanState, expr: cst.BaseExpression, key: str | None = None) -> Member:
    variable, value = _bound_value(st, expr, "MKD102", "a layer call")
    what = f"output `{st.code(expr)}`"
    if not isinstance(value, cst.Call):
        raise st.stop(
            "MKD102", expr, f"{what} is not produced by a layer call (`{st.code(value)}`)"
        )
    func = value.func
    names = st.meta.keras_names(func)
    if keras_api.is_input(names):
        return _passed_through(st, expr, value, key, what)
    if merge := keras_api.merge_function(names):
        return _member(st, expr, value, value, variable, key, layer_class=merge)
    ctor: cst.Call | None = None
    if isinstance(func, cst.Call):
        ctor = func
    elif isinstance(func, cst.Name):
        ctor = _layer_object(st, func)
    if ctor is None:
        function = heads.helper_function(st.meta, func)
        if function is not None:
            return _head_member(st, expr, value, function, key, what)
        raise st.stop("MKD102", expr, _why_no_layer(st, what, func))
    layer_class = keras_api.layer_class(st.meta.keras_names(ctor.func))
    return _member(st, expr, ctor, ctor, variable, key, layer_class=layer_class or "")


def _passed_through(
    st: PlanState, expr: cst.BaseExpression, call: cst.Call, key: str | None, what: str
) -> Member:
    """An ``Input`` that is also an output: Keras names that output after the Input
    (measured on Keras 3.4.1-3.15.1 and tf_keras: ``output_names``, log keys and dict
    pairing all use the Input's name), so its key is the Input's name, which the
    model's inputs give it (written, or added there). The Input is one of the model's
    members even when this model is refused: a model that names it renames this output
    (and its log keys) too."""
    st.plan.identities.add(id(call))
    as_input = [
        m
        for m in (st.traced_inputs.members if st.traced_inputs is not None else [])
        if m.identity is call
    ]
    if not as_input:
        inputs = ctor_arguments(st)[0]
        if isinstance(inputs, cst.Name) and _bound_value(st, inputs, "MKD101", "")[1] is call:
            as_input = [_input_member(st, inputs)]
    if not as_input:
        raise st.stop(
            "MKD102",
            expr,
            f"{what} is an Input passed straight through, and the tool cannot see it "
            "among the model's inputs; name it after its Input by hand",
        )
    if as_input[0].name_call is not None and not st.inputs.multi:
        raise st.stop(
            "MKD102",
            expr,
            f"{what} is an Input passed straight through, and named after that Input, "
            "which has no `name=` (the migration names only the inputs of a multi-input "
            "model); give the Input a `name=` by hand, then rerun",
        )
    name = as_input[0].key
    if key is not None and key != name:
        raise st.stop("MKD110", expr, f"dict key {key!r} differs from the Input name {name!r}")
    return Member(name, expr, call)


def _head_member(
    st: PlanState,
    expr: cst.BaseExpression,
    call: cst.Call,
    function: cst.FunctionDef,
    key: str | None,
    what: str,
) -> Member:
    """An output built by a function of this module: keyed by the name its layer gets
    at this call. The call itself is the member's identity (one function, many heads)."""
    helper = f"`{st.code(call.func)}(...)`"
    head = heads.head_of(st.meta, function, call)
    if isinstance(head, str):
        raise st.stop(
            "MKD102",
            expr,
            f"{what} comes from {helper}, whose result the tool cannot name: {head}; "
            "return a layer call with `name=` a string (or a parameter given one), "
            "or name the output by hand",
        )
    if head.name is None:
        raise st.stop(
            "MKD102",
            expr,
            f"{what} comes from {helper}, whose layer `{st.code(head.ctor)}` has no "
            f"`name=`; give it one inside `{function.name.value}` (a parameter that "
            "each call passes as a string), then rerun",
        )
    if key is not None and key != head.name:
        raise st.stop("MKD110", expr, f"dict key {key!r} differs from the layer name {head.name!r}")
    return Member(head.name, expr, call)


def _why_no_layer(st: PlanState, what: str, func: cst.BaseExpression) -> str:
    if keras_api.is_input(st.meta.keras_names(func)):
        return f"{what} is an Input passed straight through; it has no layer to name"
    if isinstance(func, cst.Name):
        defs = [r for r in st.meta.referents(func) if isinstance(assigned_node(r), cst.FunctionDef)]
        if len(defs) > 1 and st.meta.reaching(func) is None:
            return (
                f"{what} comes from `{func.value}(...)`, and `{func.value}` is defined "
                f"{len(defs)} times, not word for word alike: the tool cannot tell which "
                "definition the call runs; keep one, then rerun"
            )
        binding = st.meta.binding_of(func)
        uses = st.meta.uses_of(binding.assignment) if binding else None
        if binding is not None and isinstance(binding.value, cst.Call) and uses:
            return (
                f"{what} comes from layer `{func.value}`, which is called {len(uses)} times; "
                "a shared layer cannot get a name per output"
            )
    return (
        f"{what} comes from `{st.code(func)}(...)`, which is not a Keras layer call the "
        "tool can name; wrap it in a named layer by hand"
    )


def _layer_object(st: PlanState, name: cst.Name) -> cst.Call | None:
    """``layer = Dense(1)`` used exactly once: its constructor call."""
    binding = st.meta.binding_of(name)
    if binding is None or not isinstance(binding.value, cst.Call):
        return None
    uses = st.meta.uses_of(binding.assignment)
    if uses is None or len(uses) != 1:
        return None
    return binding.value


def _untraceable(st: PlanState, name: cst.Name, code: str, expected: str) -> Blocked:
    referents = st.meta.referents(name)
    if len(referents) > 1:
        return st.stop(
            "MKD113",
            name,
            f"`{name.value}` is assigned more than once; cannot tell which value reaches the model",
        )
    if len(referents) == 1 and type(next(iter(referents))) is Assignment:
        call = _unpacked_call(st, next(iter(referents)))
        if call is not None:
            return st.stop(
                "MKD113",
                name,
                f"`{name.value}` is one of the results unpacked from one call "
                f"(`{st.code(call)}`, a layer with several outputs such as "
                "`LSTM(return_state=True)`), which the tool cannot name apart; give it a "
                f"layer of its own by hand (`keras.layers.Identity(name=...)({name.value})`)",
            )
        return st.stop(
            "MKD113",
            name,
            f"`{name.value}` is assigned by unpacking or in a loop; write "
            f"`{name.value} = ...` on its own line",
        )
    return st.stop(code, name, f"`{name.value}` is not bound once to {expected}")


def _unpacked_call(st: PlanState, assignment: BaseAssignment) -> cst.Call | None:
    """``a, b, c = <call>``: the one call whose results are unpacked into the name."""
    node = assigned_node(assignment)
    current = syntax.out_of_unpacking(st, node)[1] if node is not None else None
    if not isinstance(current, cst.AssignTarget):
        return None
    statement = st.meta.parent(current)
    if isinstance(statement, cst.Assign) and isinstance(statement.value, cst.Call):
        return statement.value
    return None


def _member(
    st: PlanState,
    expr: cst.BaseExpression,
    name_holder: cst.Call,
    identity: cst.Call,
    variable: str | None,
    key: str | None,
    layer_class: str | None,
) -> Member:
    for arg in name_holder.args:
        if arg.star:
            raise st.stop(
                "MKD114",
                arg,
                f"`{st.code(name_holder)}` uses `{arg.star}` arguments; the tool cannot "
                "tell whether they set `name=`",
            )
    explicit = keyword_arg(name_holder, "name")
    index = keras_api.POSITIONAL_NAME_INDEX.get(layer_class or "")
    positional = [a for a in name_holder.args if a.keyword is None]
    if explicit is None and index is not None and len(positional) > index:
        explicit = positional[index]
    if explicit is not None:
        name = literal_string(explicit.value)
        if name is None:
            raise st.stop(
                "MKD103",
                explicit,
                f"name `{st.code(explicit.value)}` is not a string literal",
            )
        if key is not None and key != name:
            raise st.stop("MKD110", expr, f"dict key {key!r} differs from the layer name {name!r}")
        return Member(name, expr, identity)
    new_name = key if key is not None else variable
    if new_name is None:
        raise st.stop(
            "MKD102", expr, f"`{st.code(expr)}` has no name and no variable to name it after"
        )
    if layer_class == "":
        raise st.stop(
            "MKD102",
            expr,
            f"`{st.code(identity.func)}` is not a Keras layer class; "
            "the tool cannot prove it accepts `name=`",
        )
    return Member(new_name, expr, identity, name_holder, layer_class)


def _runs_repeatedly(st: PlanState, call: cst.Call) -> str | None:
    """Where ``call`` may run several times for the graph of one model: a loop,
    comprehension, lambda or function around it that does not also create every input
    of the model afresh (a builder with its own ``Input`` builds a new graph each call)."""
    roots = _input_roots(st)
    current: cst.CSTNode = call
    while (parent := st.meta.parent(current)) is not None:
        repeats = isinstance(
            parent,
            cst.For
            | cst.While
            | cst.ListComp
            | cst.SetComp
            | cst.DictComp
            | cst.GeneratorExp
            | cst.Lambda
            | cst.FunctionDef,
        )
        if isinstance(parent, cst.For) and current is parent.iter:
            repeats = False  # the iterable is evaluated once
        if repeats and (roots is None or not all(syntax.inside(st, r, parent) for r in roots)):
            if isinstance(parent, cst.FunctionDef):
                return f"inside function `{parent.name.value}`, which may be called again"
            if isinstance(parent, cst.For | cst.While):
                return f"inside `{st.code(parent)}`"
            return f"inside `{st.code(parent)}`"
        current = parent
    return None


def _input_roots(st: PlanState) -> list[cst.CSTNode] | None:
    """The nodes that create the model's inputs (``Input(...)`` calls, or the value a
    ``base.input`` comes from), or None when the tool cannot tell."""
    expr = ctor_arguments(st)[0]
    if st.traced_inputs is not None and st.traced_inputs.members:
        return [m.identity for m in st.traced_inputs.members]
    while isinstance(expr, cst.Attribute):
        expr = expr.value
    if isinstance(expr, cst.Name):
        binding = st.meta.binding_of(expr)
        return None if binding is None else [binding.value]
    if isinstance(expr, cst.Call):
        return [expr]
    return None


# TensorFlow's rule for a root name scope, which tf.keras (Keras 2) opens with each layer's
# name: `_mu` raises there, and a Greek letter on Keras 3's TensorFlow backend too.
_TF_SCOPE_NAME = re.compile(r"[A-Za-z0-9.][A-Za-z0-9_.\\/>-]*")


def name_members(st: PlanState) -> None:
    """Check the names the rewrite adds: unique, and never a Keras automatic name."""
    members = st.inputs.members + st.outputs.members
    for side in (st.inputs, st.outputs):
        seen: set[int] = set()
        for member in side.members:
            if id(member.identity) in seen:
                raise st.stop(
                    "MKD102",
                    member.node,
                    f"`{st.code(member.node)}` appears twice in the model structure; "
                    "a dict cannot hold it under two keys",
                )
            seen.add(id(member.identity))
        keys = Counter(side.keys)
        for member in side.members:
            if side.multi and keys[member.key] > 1:
                raise st.stop(
                    "MKD102",
                    member.node,
                    f"two {'inputs' if side is st.inputs else 'outputs'} are named "
                    f"{member.key!r} (one layer reached twice, or a function that names "
                    "every layer it builds alike); a dict cannot hold both under one key, "
                    "so give each its own name by hand",
                )
    # one key per member; an Input passed through as an output is one member twice
    all_keys = Counter(key for key, _ in {(m.key, id(m.identity)) for m in members})
    outputs = {id(m) for m in st.outputs.members}

    def is_output(member: Member) -> bool:
        return id(member) in outputs

    for member in members:
        if member.name_call is None:
            continue
        stem = keras_api.auto_name_stem(member.key)
        taken = dict(st.options.taken_names)
        if all_keys[member.key] > 1 or member.key in st.facts.explicit_names:
            st.block("MKD104", member.node, f"name {member.key!r} is already used in this file")
        elif member.key in taken:
            st.block(
                "MKD104",
                member.node,
                f"name {member.key!r} is already given to a layer in {taken[member.key]}, "
                "which this file imports: a model built with both would hold two layers of "
                "that name, which Keras rejects; name this layer by hand",
            )
        elif any(p.fullmatch(member.key) for p in st.facts.name_patterns):
            st.block(
                "MKD104",
                member.node,
                f"name {member.key!r} may be spelled by a computed `name=` in this file",
            )
        elif st.facts.unreadable_names:
            where = st.facts.unreadable_names[0]
            st.block(
                "MKD104",
                member.node,
                f"a layer name in this file is set by `{st.code(where)}` "
                f"({line_ref(st.meta.position(where)[0])}), which the tool cannot read, so it "
                "cannot "
                f"prove {member.key!r} unique; name the layer by hand",
            )
        elif stem in st.facts.callee_stems or stem in keras_api.AUTO_NAME_STEMS:
            st.block(
                "MKD104",
                member.node,
                f"name {member.key!r} may collide with a Keras automatic name ({stem}_N)",
            )
        elif stem in keras_api.OPERATOR_STEMS or (
            stem in keras_api.OP_STEMS and st.facts.may_build_ops
        ):
            st.block(
                "MKD104",
                member.node,
                f"name {member.key!r} may collide with the automatic name of a Keras "
                f"operation ({stem}, {stem}_N: `-x`, `x + y`, `keras.ops.{stem}(...)` on "
                "graph tensors are named so); name the layer by hand with a name no "
                "operation uses",
            )
        elif is_output(member) and not _TF_SCOPE_NAME.fullmatch(member.key):
            st.block(
                "MKD104",
                member.node,
                f"name {member.key!r} is not a valid TensorFlow root scope name (a first "
                "character that is a letter, a digit or `.`, then letters, digits and "
                "`_.-/>` only), which a layer's name must be on Keras 2 (Keras 3's "
                "TensorFlow backend takes a leading `_`, but no other character): the "
                "model would raise there; name the layer by hand",
            )
        elif member.key == "val" or member.key.startswith("val_"):
            st.block(
                "MKD104",
                member.node,
                f"name {member.key!r} would give log keys such as {member.key + '_loss'!r}, "
                "which Keras also writes for validation (`val_<name>_loss`); name the "
                "layer by hand with a name that does not start with `val`",
            )
        elif repeated := _runs_repeatedly(st, member.name_call):
            st.block(
                "MKD104",
                member.node,
                f"`{st.code(member.name_call.func)}(...)` may run more than once for one "
                f"model ({repeated}), so `name={member.key!r}` could name two layers of "
                "the graph alike and `Model(...)` would raise; name it by hand, with a "
                "name unique to each pass or call",
            )
    for side in (st.inputs, st.outputs):
        if side.multi:
            for member in side.members:
                st.plan.identities.add(id(member.identity))
    if st.plan.blockers:
        raise Blocked()


def may_be_list(st: PlanState, expr: cst.BaseExpression) -> bool:
    """``_maybe_list``, and lists joined by ``+`` (``[base.output] + heads``)."""
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        return any(
            isinstance(part, cst.List | cst.Tuple | cst.ListComp) or may_be_list(st, part)
            for part in (expr.left, expr.right)
        )
    return _maybe_list(st, expr)


def grown_list(
    st: PlanState, expr: cst.BaseExpression | None, *, dicts: bool
) -> cst.CSTNode | None:
    """The first use that changes the list (or, with ``dicts``, the dict) a side's
    variable is bound to (``inputs.append(x)`` in a loop, ``outputs[0] = ...``,
    ``heads.update(...)``): the model gets what the program put in, not the literal the
    tool sees. A dict filled so is already keyed by name: it matters only when the
    other side is migrated beside it."""
    if not isinstance(expr, cst.Name):
        return None
    binding = st.meta.binding_of(expr)
    kinds = cst.List | cst.Dict if dicts else cst.List
    if binding is None or not (
        isinstance(binding.value, kinds) or empty_list_call(st, binding.value)
    ):
        return None
    for use in st.meta.uses_of(binding.assignment) or []:
        parent = st.meta.parent(use)
        if isinstance(parent, cst.Attribute) and parent.value is use:
            grand = st.meta.parent(parent)
            if isinstance(grand, cst.Call) and parent.attr.value in MUTATORS:
                return grand
        elif isinstance(parent, cst.Subscript) and parent.value is use:
            holder = st.meta.parent(parent)
            if isinstance(holder, cst.AssignTarget | cst.Del) or (
                isinstance(holder, cst.AugAssign) and holder.target is parent
            ):
                return holder
    return None


def empty_list_call(st: PlanState, node: cst.BaseExpression) -> bool:
    """``list()`` with the builtin ``list``: the empty list ``[]`` is, spelt as a call."""
    return (
        isinstance(node, cst.Call)
        and not node.args
        and isinstance(node.func, cst.Name)
        and node.func.value == "list"
        and st.meta.builtin_only(node.func)
    )


def keras1_keywords(st: PlanState) -> None:
    """``Model(input=[a, b], output=[c, d])``: Keras 1's keywords, which Keras 3 and
    tf.keras reject. A multi-IO model so spelt is refused with what to rename (MKD130)."""
    old = {
        arg.keyword.value: arg
        for arg in st.call.args
        if arg.keyword is not None and arg.keyword.value in ("input", "output")
    }
    if not old:
        return
    sides = [arg.value for arg in st.call.args if arg.keyword is None]
    sides += [
        arg.value
        for arg in st.call.args
        if arg.keyword is not None and arg.keyword.value in ("inputs", "outputs", *old)
    ]
    if not any(_literal_several(st, side) for side in sides):
        return  # a single-input single-output model: nothing the tool would change
    st.ctor_changes = True
    first = min(old.values(), key=lambda arg: st.meta.position(arg))
    spelt = " and ".join(f"`{k}=`" for k in sorted(old))
    renamed = " and ".join(f"`{k}s=`" for k in sorted(old))
    raise st.stop(
        "MKD130",
        first,
        f"the model is built with the Keras 1 keyword{'s' if len(old) > 1 else ''} "
        f"{spelt}, which Keras 3 and tf.keras reject (ValueError, TypeError); rename "
        f"{'them' if len(old) > 1 else 'it'} to {renamed} by hand, then rerun",
    )


def _literal_several(st: PlanState, expr: cst.BaseExpression) -> bool:
    """A list, tuple or dict literal of two or more, or a name bound once to one."""
    if isinstance(expr, cst.Name):
        binding = st.meta.binding_of(expr)
        expr = binding.value if binding is not None else expr
    return isinstance(expr, cst.List | cst.Tuple | cst.Dict) and len(expr.elements) >= 2


# What a NumPy array (what ``predict()`` returns for one output) has and neither a list
# nor a dict of arrays has: reading one of these from the predictions fails unless the
# model has a single output.
ARRAY_ONLY_ATTRIBUTES = frozenset(
    {
        "argmax", "argmin", "argsort", "astype", "clip", "cumsum", "dtype", "flatten",
        "max", "mean", "min", "ndim", "ravel", "reshape", "round", "shape", "squeeze",
        "std", "sum", "T", "tolist", "transpose",
    }
)  # fmt: skip


def predictions_read_as_one_array(st: PlanState) -> cst.Attribute | None:
    """``model.predict(x).argmax(axis=1)``, or ``preds = model.predict(x)`` then
    ``preds.argmax(...)`` of the name the model is bound to: the program reads its
    predictions as one array, which a list (or dict) of outputs' predictions is not. The
    model then has a single output wherever the program gets that far."""
    for use in syntax.uses_of_assigned(st, st.call) or []:
        method = st.meta.parent(use)
        call = st.meta.parent(method) if isinstance(method, cst.Attribute) else None
        if not (
            isinstance(method, cst.Attribute)
            and method.value is use
            and method.attr.value == "predict"
            and isinstance(call, cst.Call)
            and call.func is method
        ):
            continue
        for predictions in [call, *(syntax.uses_of_assigned(st, call) or [])]:
            read = _array_attribute_on(st, predictions)
            if read is not None:
                return read
    return None


def _array_attribute_on(st: PlanState, value: cst.BaseExpression) -> cst.Attribute | None:
    parent = st.meta.parent(value)
    if (
        isinstance(parent, cst.Attribute)
        and parent.value is value
        and parent.attr.value in ARRAY_ONLY_ATTRIBUTES
    ):
        return parent
    return None
