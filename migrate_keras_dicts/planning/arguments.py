"""compile and data calls: lists become dicts keyed by name, producers included."""

from __future__ import annotations

import dataclasses

import libcst as cst
from libcst.metadata import Assignment, ImportAssignment

from .. import keras_api
from ..rewrite.edits import Edit, ToDict
from ..scan import literal_int, literal_string
from .common import (
    COMPILE_POSITIONAL,
    DATA_SIGNATURES,
    LOSS_BASES,
    METRIC_ARGS,
    PER_OUTPUT_ARGS,
    POSITIONAL_RESULTS,
    RETURNS_OUTPUTS,
    SINGLE_ARRAY_FUNCTIONS,
    SINGLE_ARRAY_METHODS,
    SINGLE_CALLABLE_FACTORIES,
    STRUCTURE_KEEPING_DATASET_METHODS,
    Side,
    entries,
    is_none,
    own_nodes,
    returns,
    transparent_decorator,
    visible_class_chain,
)

# Calls that show the order of a dict's keys when given one.
ORDER_SHOWING_CALLS = frozenset(
    {"print", "str", "repr", "list", "tuple", "format", "json.dumps", "pprint", "pprint.pprint"}
)
DATAFRAME_CALLS = frozenset({"pd.DataFrame", "pandas.DataFrame", "DataFrame"})
# ... and for a history dict, tables built from it (their columns follow the keys).
HISTORY_ORDER_CALLS = ORDER_SHOWING_CALLS | DATAFRAME_CALLS | {"json.dump"}


class ArgumentsMixin:
    """Methods of :class:`~migrate_keras_dicts.plan.ModelPlanner`."""

    # -- compile ----------------------------------------------------------------------
    def _compile(self, call: cst.Call) -> None:
        bound = self._bind(call, COMPILE_POSITIONAL)
        self.compiles.append(call)
        if not self.outputs.multi:
            return
        for name in PER_OUTPUT_ARGS:
            if name in bound:
                self._per_output(bound[name], name)
        for name in METRIC_ARGS:
            if name in bound and not is_none(bound[name]):
                self.compiled_metrics = True
                self._metrics(bound[name], name)
        weights = self._resolved_literal(bound.get("loss_weights"))
        loss = self._resolved_literal(bound.get("loss"))
        if (
            loss is not None
            and not is_none(loss)
            and not isinstance(loss, cst.List | cst.Tuple | cst.Dict)
            and isinstance(weights, cst.List | cst.Tuple | cst.Dict)
        ):
            # KERAS_RULES W7-W10: Keras 3.7+ raises for one loss with several weights; 3.4-3.6
            # accept the call, and a rewritten weights structure changes what they do.
            self.block(
                "MKD109",
                weights,
                "one `loss` with several `loss_weights`: Keras 3.7+ raises here, older Keras 3 "
                "accepts it, and a rewrite would change what that Keras does; give one loss per "
                "output (or drop `loss_weights`) by hand",
            )
        if (
            self.outputs.kind == "sequence"
            and isinstance(loss, cst.List | cst.Tuple)
            and isinstance(weights, cst.Dict)
            and list(self.outputs.keys) != sorted(self.outputs.keys)
        ):
            # KERAS_RULES W4: a dict loss_weights beside a list loss is applied in sorted order.
            self.mixed_notes.append(
                (
                    weights,
                    "`loss_weights` was a dict beside a list `loss` (Keras applied it in "
                    f"sorted-key order {sorted(self.outputs.keys)}); now both are keyed by name, "
                    "which changes what trains",
                )
            )

    def _resolved_literal(self, expr: cst.BaseExpression | None) -> cst.BaseExpression | None:
        if isinstance(expr, cst.Name):
            binding = self.meta.binding_of(expr)
            return binding.value if binding is not None else None
        return expr

    def _per_output(self, expr: cst.BaseExpression, what: str) -> None:
        if is_none(expr):
            return
        if isinstance(expr, cst.List | cst.Tuple):
            self._sequence_to_dict(expr, self.outputs, what)
        elif isinstance(expr, cst.Dict):
            keys = self._check_dict(expr, self.outputs, what, must_cover=False)
            if (
                keys is not None
                and self.outputs.kind == "sequence"
                and len(keys) < len(self.outputs.keys)
            ):
                missing = [k for k in self.outputs.keys if k not in keys]
                self.block(
                    "MKD110",
                    expr,
                    f"`{what}` dict has no entry for {missing}: Keras raises for a partial dict on "
                    "list outputs; add the missing keys (`None` for no loss) by hand",
                )
            elif what == "loss" and keys is not None and self.outputs.becomes_dict:
                in_order = tuple(k for k in self.outputs.keys if k in keys)
                if in_order != tuple(keys):
                    # Dict outputs report per-output losses in loss-dict order (KERAS_RULES
                    # §3e); list outputs reported them in output order. Kept where something
                    # reads that order (plan.py ``_settle_reorders``).
                    self.pending_reorders.append((expr, in_order))
        elif isinstance(expr, cst.Name):
            binding = self.meta.binding_of(expr)
            if binding is not None and isinstance(binding.value, cst.List | cst.Tuple | cst.Dict):
                self._consume(binding.assignment, expr.value, "MKD108")
                self._per_output(binding.value, what)
            elif not self._is_single_value(expr):
                self._not_single(expr, what)
        elif not self._is_single_expression(expr):
            self._not_single(expr, what)

    def _metrics(self, expr: cst.BaseExpression, what: str) -> None:
        if is_none(expr):
            return
        if isinstance(expr, cst.List | cst.Tuple):
            self._no_starred(expr)
            n = len(self.outputs.members)
            flat = [
                e
                for e in expr.elements
                if not isinstance(e.value, cst.List | cst.Tuple | cst.Dict) and not is_none(e.value)
            ]
            if len(expr.elements) == n:
                self._sequence_to_dict(expr, self.outputs, what)
                if flat:
                    self.note(
                        "MKD005",
                        expr,
                        f"flat `{what}` list read as one entry per output (Keras 3 semantics)",
                    )
            elif len(flat) == len(expr.elements):
                self.note(
                    "MKD009",
                    expr,
                    f"`{what}` has {entries(len(expr.elements))} for {n} outputs; left as it is "
                    "(Keras 3 raises for it)",
                )
            else:
                self.block(
                    "MKD109",
                    expr,
                    f"`{what}` has {len(expr.elements)} entries but the model has {n} outputs",
                )
        elif isinstance(expr, cst.Dict):
            self._check_dict(expr, self.outputs, what, must_cover=False)
        elif isinstance(expr, cst.Name):
            binding = self.meta.binding_of(expr)
            if binding is not None and isinstance(binding.value, cst.List | cst.Tuple | cst.Dict):
                self._consume(binding.assignment, expr.value, "MKD108")
                self._metrics(binding.value, what)
            else:
                self.block(
                    "MKD108", expr, f"`{what}={expr.value}`: the tool cannot see its structure"
                )
        elif not self._is_single_expression(expr):
            self._not_single(expr, what)

    def _is_single_expression(self, expr: cst.BaseExpression, depth: int = 0) -> bool:
        """Provably ONE loss, metric or weight, never a list or dict Keras would pair by position.

        A string or number, a lambda, a Keras loss or metric (``keras.losses.mse``,
        ``keras.metrics.AUC()``), a function defined in this file with ``def`` (or a call of
        one whose every ``return`` is provably one value), an instance of a class of this
        file whose bases are all visible, ``functools.partial(...)``. An attribute of an
        imported module or class, an imported name, a call of something else or a subscript
        may be a list: not single.
        """
        if depth > 8:
            return False
        if isinstance(
            expr,
            cst.SimpleString
            | cst.ConcatenatedString
            | cst.FormattedString
            | cst.Lambda
            | cst.Integer
            | cst.Float,
        ):
            return True
        if isinstance(expr, cst.UnaryOperation) and isinstance(expr.operator, cst.Minus | cst.Plus):
            return isinstance(expr.expression, cst.Integer | cst.Float)
        if isinstance(expr, cst.Attribute | cst.Name) and keras_api.is_loss_or_metric_object(
            self.meta.keras_names(expr)
        ):
            return True
        if isinstance(expr, cst.Call):
            func = expr.func
            if keras_api.is_loss_or_metric_object(self.meta.keras_names(func)):
                return True
            if self.meta.qualified_names(func) & SINGLE_CALLABLE_FACTORIES:
                return True
            definition = self._local_definition(func)
            if isinstance(definition, cst.ClassDef):
                return visible_class_chain(self.meta, definition, LOSS_BASES) is not None
            if isinstance(definition, cst.FunctionDef) and self._plain_function(definition):
                values = [r.value for r in returns(definition)]
                return bool(values) and all(
                    v is not None and self._is_single_expression(v, depth + 1) for v in values
                )
            return False
        if isinstance(expr, cst.Name):
            return self._is_single_value(expr, depth + 1)
        return False

    def _local_definition(self, func: cst.BaseExpression) -> cst.FunctionDef | cst.ClassDef | None:
        """The one ``def``/``class`` of this file that a bare name refers to, else None."""
        if not isinstance(func, cst.Name):
            return None
        referents = self.meta.referents(func)
        if len(referents) != 1:
            return None
        (assignment,) = referents
        node = assignment.node
        return node if isinstance(node, cst.FunctionDef | cst.ClassDef) else None

    def _plain_function(self, definition: cst.FunctionDef) -> bool:
        """A ``def`` whose name stays the function: undecorated, or decorated only by Keras'
        registration (which returns the function itself) or ``tf.function``."""
        return all(transparent_decorator(self.meta, d) for d in definition.decorators)

    def _is_single_value(self, name: cst.Name, depth: int = 0) -> bool:
        """Every assignment of ``name`` is one value: a ``def`` or ``class`` of this file or
        a binding to a single expression. An imported name may be anything."""
        if keras_api.is_loss_or_metric_object(self.meta.keras_names(name)):
            return True  # from keras.losses import mse
        referents = self.meta.referents(name)
        if not referents:
            return False
        for assignment in referents:
            node = assignment.node
            if isinstance(assignment, ImportAssignment):
                return False
            if isinstance(node, cst.ClassDef):
                continue
            if isinstance(node, cst.FunctionDef):
                if not self._plain_function(node):
                    return False
                continue
            binding = self.meta.binding_from_assignment(assignment)
            if binding is None or not self._is_single_expression(binding.value, depth + 1):
                return False
        return True

    def _not_single(self, expr: cst.BaseExpression, what: str) -> None:
        """MKD108 for a compile argument that may be a list: say where it comes from."""
        shown = self.code(expr)
        self.block(
            "MKD108",
            expr,
            f"`{what}={shown}`: {self._origin(expr)}, so the tool cannot prove it is one "
            f"{'weight' if what == 'loss_weights' else 'loss' if what == 'loss' else 'metric'}"
            " and not a list Keras pairs by position; write it in the call as a list or dict "
            "literal, then rerun",
        )

    def _origin(self, expr: cst.BaseExpression) -> str:
        """Where a value the tool cannot see comes from, for a refusal message."""
        base = expr
        while isinstance(base, cst.Attribute | cst.Subscript | cst.Call):
            if isinstance(base, cst.Subscript):
                return "it is an item of a container the tool cannot see into"
            if isinstance(base, cst.Call):
                return f"it is what `{self.code(base.func)}(...)` returns"
            base = base.value
        if isinstance(base, cst.Name):
            referents = self.meta.referents(base)
            imported = any(isinstance(a, ImportAssignment) for a in referents)
            kinds = {type(a.node).__name__ for a in referents}
            if base is not expr:
                if imported:
                    return f"it is an attribute of `{base.value}`, imported from another module"
                if "ClassDef" in kinds:
                    return f"it is an attribute of the class `{base.value}`"
                return f"it is an attribute of `{base.value}`"
            if imported:
                return f"`{base.value}` is imported from another module"
            if len(referents) > 1:
                return f"`{base.value}` is assigned more than once"
            if not referents:
                return f"`{base.value}` is not defined in this file"
            binding = self.meta.binding_from_assignment(next(iter(referents)))
            if binding is not None:
                return f"`{base.value} = {self.code(binding.value)}`"
            return f"`{base.value}` is not bound by a plain assignment"
        return "the tool cannot see what it is"

    # -- data calls -------------------------------------------------------------------
    def _data_call(self, method: str, call: cst.Call) -> None:
        bound = self._bind(call, DATA_SIGNATURES[method])
        x, y = bound.get("x"), bound.get("y")
        if (
            method in ("fit", "evaluate")
            and (y is None or is_none(y))
            and x is not None
            and self._producer(x)
        ):
            self._after_data_call(method, call, bound)
            return
        if self.inputs.multi:
            x = bound.get("x")
            if x is None:
                self.block("MKD107", call, f"`{self.code(call.func)}(...)` gets no visible `x`")
            else:
                self._data(x, self.inputs, "x")
        if self.outputs.multi and method not in RETURNS_OUTPUTS:
            y = bound.get("y")
            if y is None or is_none(y):
                self.block(
                    "MKD107",
                    call,
                    f"`{self.code(call.func)}(...)` takes its labels from "
                    f"`{self.code(bound['x']) if 'x' in bound else 'x'}`, whose structure the "
                    "tool cannot see",
                )
            else:
                self._data(y, self.outputs, "y")
            weights = bound.get("sample_weight")
            if weights is not None and not is_none(weights):
                self._data(weights, self.outputs, "sample_weight")
        self._after_data_call(method, call, bound)

    def _after_data_call(
        self, method: str, call: cst.Call, bound: dict[str, cst.BaseExpression]
    ) -> None:
        if method in POSITIONAL_RESULTS and not isinstance(self.meta.parent(call), cst.Expr):
            flag = bound.get("return_dict")
            as_dict = isinstance(flag, cst.Name) and flag.value == "True"
            unused = self._result_variable_uses(call) == []  # ``loss = model.evaluate(...)``
            if not as_dict and not unused and not self._reads_total_loss_only(call):
                self.positional_results.append(call)
            elif as_dict and not self._reads_by_key_only(call):
                self.ordered_dict_results.append(call)
        if method == "fit":
            self.fit_calls.append(call)
        if "callbacks" in bound:
            self.callback_args.append(bound["callbacks"])
        if method == "fit" and "validation_data" in bound:
            self._validation(bound["validation_data"])
        checkpoints = self.facts.whole_model_checkpoints
        if method == "fit" and "callbacks" in bound and checkpoints and self._changed_sides():
            # A ModelCheckpoint of this file may be among the callbacks: it saves the model.
            self._saved_whole(checkpoints[0])
        if self.outputs.multi and method in RETURNS_OUTPUTS:
            self._consumer(call)

    def _in_sorted(self, node: cst.CSTNode) -> bool:
        current = self.meta.parent(node)
        while current is not None and not isinstance(current, cst.BaseStatement):
            if (
                isinstance(current, cst.Call)
                and isinstance(current.func, cst.Name)
                and current.func.value == "sorted"
            ):
                return True
            current = self.meta.parent(current)
        return False

    def _shows_order(self, node: cst.CSTNode, calls: frozenset[str] = ORDER_SHOWING_CALLS) -> bool:
        """Whether this use of a dict shows the order of its keys: printed, formatted,
        iterated, listed, ``.keys()``/``.values()``/``.items()``, unpacked; not inside
        ``sorted(...)``."""
        if self._in_sorted(node):
            return False
        parent = self.meta.parent(node)
        if isinstance(parent, cst.Arg):
            outer = self.meta.parent(parent)
            return (
                isinstance(outer, cst.Call)
                and isinstance(outer.func, cst.Name | cst.Attribute)
                and self.code(outer.func) in calls
            )
        if isinstance(parent, cst.FormattedStringExpression):
            return True
        if isinstance(parent, cst.For | cst.CompFor) and parent.iter is node:
            return True
        if isinstance(parent, cst.Attribute) and parent.value is node:
            return parent.attr.value in ("keys", "values", "items", "popitem")
        return isinstance(parent, cst.StarredElement)

    def _history_in_order(self) -> cst.CSTNode | None:
        """The first read of a training history (``<x>.history``) that shows the order of
        its keys, directly or through the one name it is assigned to."""
        for node in self.meta.history_attributes():
            if not self._may_be_own_history(node):
                continue
            holder = self.meta.parent(node)
            if isinstance(holder, cst.Assign) and len(holder.targets) == 1:
                uses = self._result_variable_uses(node)  # None: not one plain name
                if uses is None or any(self._shows_order(r, HISTORY_ORDER_CALLS) for r in uses):
                    return node
            elif self._shows_order(node, HISTORY_ORDER_CALLS) and not self._plotted(node):
                return node
        return None

    def _may_be_own_history(self, node: cst.Attribute) -> bool:
        """``h.history`` where ``h`` is bound by another model's ``fit()`` is not this one's;
        anything the tool cannot place may be."""
        if not isinstance(node.value, cst.Name):
            return True
        binding = self.meta.binding_of(node.value)
        if binding is None or not isinstance(binding.value, cst.Call):
            return True
        func = binding.value.func
        if isinstance(func, cst.Attribute) and func.attr.value == "fit":
            return any(binding.value is call for call in self.fit_calls)
        return True

    def _plotted(self, node: cst.CSTNode) -> bool:
        """``pd.DataFrame(h.history).plot(...)`` or ``plt.plot(pd.DataFrame(h.history))``: the
        table only feeds a plot (MKD012)."""
        call = self.meta.parent(self.meta.parent(node))
        if not (isinstance(call, cst.Call) and self.code(call.func) in DATAFRAME_CALLS):
            return False
        holder = self.meta.parent(call)
        user = self.meta.parent(holder)
        if isinstance(holder, cst.Attribute):  # pd.DataFrame(...).plot(...)
            return (
                holder.value is call
                and holder.attr.value == "plot"
                and isinstance(user, cst.Call)
                and user.func is holder
            )
        return (  # plt.plot(pd.DataFrame(...))
            isinstance(holder, cst.Arg)
            and holder.keyword is None
            and isinstance(user, cst.Call)
            and self.code(user.func) in ("plt.plot", "pyplot.plot", "matplotlib.pyplot.plot")
        )

    def _plotted_histories(self) -> list[cst.CSTNode]:
        return [
            n
            for n in self.meta.history_attributes()
            if self._plotted(n) and self._may_be_own_history(n)
        ]

    def _reads_by_key_only(self, call: cst.Call) -> bool:
        """No use of the ``return_dict=True`` result, directly or through a variable, shows
        the order of its keys: printed, formatted, iterated, listed, or ``.keys()``/
        ``.values()``/``.items()`` outside ``sorted(...)``. Keyed reads and other calls do not
        (a helper of the program's is taken to read it as it likes: see the README)."""
        if self._shows_order(call):
            return False
        if not isinstance(self.meta.parent(call), cst.Assign | cst.AnnAssign | cst.NamedExpr):
            return True
        uses = self._result_variable_uses(call)  # None: unpacked or bound to several names
        return uses is not None and not any(self._shows_order(ref) for ref in uses)

    def _result_variable_uses(self, value: cst.BaseExpression) -> list[cst.Name] | None:
        """The uses of the one name ``value`` is assigned to; None when it is not."""
        holder = self.meta.parent(value)
        if not (
            isinstance(holder, cst.Assign)
            and len(holder.targets) == 1
            and isinstance(holder.targets[0].target, cst.Name)
        ):
            return None
        assignment = self.meta.assignment_of_target(holder.targets[0].target)
        return None if assignment is None else self.meta.uses_of(assignment)

    def _reads_total_loss_only(self, call: cst.Call) -> bool:
        """``model.evaluate(...)[0]``, or a variable read only as ``results[0]``: the total
        loss, first in every Keras version whatever the outputs' structure."""

        def first(node: cst.CSTNode) -> bool:
            sub = self.meta.parent(node)
            if not (isinstance(sub, cst.Subscript) and sub.value is node and len(sub.slice) == 1):
                return False
            index = sub.slice[0].slice
            return (
                isinstance(index, cst.Index)
                and literal_int(index.value) == 0
                and not isinstance(self.meta.parent(sub), cst.AssignTarget | cst.Del)
            )

        if first(call):
            return True
        uses = self._result_variable_uses(call)
        return bool(uses) and all(first(ref) for ref in uses)

    def _producer(self, expr: cst.BaseExpression) -> bool:
        """``fit(gen())`` / ``fit(MyPyDataset(...))`` / ``fit(tf.data pipeline)`` with a producer
        defined in this module: its ``yield``s (``__getitem__``'s returns, the dataset's
        element) are ``(x, y[, sample_weight])`` tuples whose parts are rewritten like literal
        data. False when ``expr`` is no such producer; a producer the tool cannot see into
        blocks the model with a finding naming it."""
        call = expr
        binding = None
        if isinstance(expr, cst.Name):
            binding = self.meta.binding_of(expr)
            if binding is None or not isinstance(binding.value, cst.Call):
                return self._imported_producer(expr)
            call = binding.value
        if not isinstance(call, cst.Call):
            return False
        dataset = self._dataset_items(call)
        if dataset is not None:
            if binding is not None:
                self._consume(binding.assignment, expr.value)  # type: ignore[attr-defined]
            if isinstance(dataset, str):
                self.block("MKD107", call, dataset)
            else:
                self._producer_items(*dataset, tf_data=True)
            return True
        if not isinstance(call.func, cst.Name):
            return False
        referents = self.meta.referents(call.func)
        if len(referents) != 1:
            return False
        (assignment,) = referents
        if isinstance(assignment, ImportAssignment):
            return self._imported_producer(call.func)
        definition = assignment.node
        if isinstance(definition, cst.FunctionDef):
            items = [y.value for y in own_nodes(definition, cst.Yield)]
            if not items:
                return False
            kind = f"generator `{definition.name.value}`"
        elif isinstance(definition, cst.ClassDef) and self._is_dataset_class(definition):
            getitem = next(
                (
                    item
                    for item in definition.body.body
                    if isinstance(item, cst.FunctionDef) and item.name.value == "__getitem__"
                ),
                None,
            )
            if getitem is None:
                return False
            items = [r.value for r in own_nodes(getitem, cst.Return)]
            kind = f"`{definition.name.value}.__getitem__`"
        else:
            return False
        if binding is not None:
            self._consume(binding.assignment, expr.value)  # type: ignore[attr-defined]
        self._consume(assignment, call.func.value)
        self._public_producer(definition)
        if self._opaque_producer(definition, kind):
            return True
        self._producer_items(items, kind, definition)
        return True

    def _opaque_producer(self, definition: cst.FunctionDef | cst.ClassDef, kind: str) -> bool:
        """A decorator may reshape what the producer returns, and a dataset class that reads
        its own items (``self[0]``, ``__getitem__``) or is subclassed would meet the dicts:
        blocked, naming the producer."""
        reason = None
        getitem = [
            item
            for item in (definition.body.body if isinstance(definition, cst.ClassDef) else ())
            if isinstance(item, cst.FunctionDef) and item.name.value == "__getitem__"
        ]
        if definition.decorators or any(item.decorators for item in getitem):
            reason = "is decorated; the tool cannot see what the decorator does with its output"
        elif isinstance(definition, cst.ClassDef):
            code = self.meta.module.code_for_node(definition)
            subclassed = any(
                isinstance(other, cst.ClassDef)
                and any(
                    isinstance(base.value, cst.Name) and base.value.value == definition.name.value
                    for base in other.bases
                )
                for other in self.meta.module.body
            )
            if "self[" in code or code.count("__getitem__") > 1 or subclassed:
                reason = "reads its own items or is subclassed, and would then get dicts too"
        if reason is None:
            return False
        self.block("MKD107", definition.name, f"{kind} {reason}")
        return True

    def _public_producer(self, definition: cst.FunctionDef | cst.ClassDef) -> None:
        """A module-level producer without a leading underscore may be imported elsewhere,
        where its new dict labels would meet a model the tool did not migrate."""
        name = definition.name.value
        if name.startswith("_") or self.meta.parent(definition) is not self.meta.module:
            return
        self.plan.producers.add(name)
        if not self.exports:
            self.note(
                "MKD126",
                definition.name,
                f"`{name}` is public: code in other files that feeds it to a model must get "
                "dict labels too",
            )

    def _imported_producer(self, name: cst.Name) -> bool:
        """A producer imported from another module: named in the refusal, never followed."""
        referents = self.meta.referents(name)
        if len(referents) != 1 or not isinstance(next(iter(referents)), ImportAssignment):
            return False
        if not self.outputs.multi:
            return False
        self.block(
            "MKD107",
            name,
            f"the data comes from `{name.value}`, imported from another module; the tool does "
            "not follow data producers across modules — make its labels a dict keyed by output "
            "name by hand, then rerun",
        )
        return True

    def _dataset_items(
        self, call: cst.Call
    ) -> tuple[list[cst.BaseExpression], str, cst.CSTNode] | str | None:
        """A ``tf.data`` pipeline: the expressions that build its element and what produced
        them (``from_tensor_slices((x, y))``, ``Dataset.zip((x_ds, y_ds))`` or the last
        ``.map(f)``), or a reason the element cannot be seen; None when ``call`` is no
        ``tf.data`` pipeline."""
        mapper: cst.Call | None = None
        outer_method = None
        followed: list[tuple[Assignment, str]] = []
        while isinstance(call.func, cst.Attribute):
            owner = call.func.value
            if isinstance(owner, cst.Name):  # ds = ...; ds = ds.batch(32)
                binding = self.meta.binding_of(owner)
                if binding is None or not isinstance(binding.value, cst.Call):
                    break
                followed.append((binding.assignment, owner.value))
                owner = binding.value
            if not isinstance(owner, cst.Call):
                break
            method = call.func.attr.value
            if method == "map" and mapper is None and outer_method is None:
                mapper = call
            elif mapper is None and not _keeps_structure(call):
                outer_method = outer_method or method
            call = owner
        names = self.meta.qualified_names(call.func)
        if not any(n.startswith(("tensorflow.data.", "tf.data.")) for n in names):
            return None
        for assignment, name in followed:
            self._consume(assignment, name)
        if outer_method is not None:
            return (
                f"the `tf.data` pipeline's `.{outer_method}(...)` changes or hides its "
                "structure; the tool cannot see the labels it produces"
            )
        if mapper is not None:
            return self._map_items(mapper)
        positional = [a for a in call.args if a.keyword is None and not a.star]
        root = call.func.attr.value if isinstance(call.func, cst.Attribute) else "?"
        if root in ("from_tensor_slices", "from_tensors", "zip"):
            if len(positional) == 1 and len(call.args) == 1:
                return [positional[0].value], f"`tf.data.Dataset.{root}`", call
            return f"`tf.data.Dataset.{root}(...)` takes more than one argument here"
        return f"`{self.code(call.func)}(...)`: the tool cannot see the structure of its elements"

    def _map_items(
        self, mapper: cst.Call
    ) -> tuple[list[cst.BaseExpression], str, cst.CSTNode] | str:
        """``.map(lambda x, y: (x, (y[0], y[1])))`` or ``.map(split)`` with ``split`` defined
        in this module and used only here: the tuples the function returns."""
        function = next(
            (a.value for a in mapper.args if a.keyword is None or a.keyword.value == "map_func"),
            None,
        )
        if isinstance(function, cst.Lambda):
            return [function.body], "the `.map(lambda ...)`", function
        if isinstance(function, cst.Name):
            referents = self.meta.referents(function)
            if len(referents) == 1:
                (assignment,) = referents
                definition = assignment.node
                if isinstance(definition, cst.FunctionDef) and not own_nodes(definition, cst.Yield):
                    self._consume(assignment, function.value)
                    self._public_producer(definition)
                    if definition.decorators:
                        return (
                            f"`.map({function.value})`: `{function.value}` is decorated; the "
                            "tool cannot see what the decorator does with what it returns"
                        )
                    items = [r.value for r in own_nodes(definition, cst.Return)]
                    return items, f"`.map({function.value})`", definition
            return (
                f"`.map({function.value})`: `{function.value}` is not a function defined in "
                "this file whose returns the tool can see"
            )
        shown = self.code(function) if function is not None else "..."
        return f"`.map({shown})`: the tool cannot see what the mapped function returns"

    def _producer_items(
        self, items: list, kind: str, anchor: cst.CSTNode, *, tf_data: bool = False
    ) -> None:
        for item in items:
            if not (
                isinstance(item, cst.Tuple)
                and len(item.elements) in (2, 3)
                and not any(isinstance(e, cst.StarredElement) for e in item.elements)
            ):
                shown = self.code(item) if item is not None else "nothing"
                self.block(
                    "MKD107",
                    item if item is not None else anchor,
                    f"{kind} produces `{shown}`, not an `(x, y)` tuple the tool can see",
                )
                continue
            parts = [e.value for e in item.elements]
            if tf_data and any(self._stacked_list(part, kind) for part in parts):
                continue
            if self.inputs.multi:
                self._data(parts[0], self.inputs, f"x of {kind}")
            if self.outputs.multi:
                self._data(parts[1], self.outputs, f"y of {kind}")
                if len(parts) == 3 and not is_none(parts[2]):
                    self._data(parts[2], self.outputs, f"sample_weight of {kind}")

    def _stacked_list(self, part: cst.BaseExpression, kind: str) -> bool:
        """In a ``tf.data`` element a list is one stacked tensor, not a structure: turning it
        into a dict would change what the dataset yields."""
        value = part
        if isinstance(part, cst.Name) and (binding := self.meta.binding_of(part)) is not None:
            value = binding.value
        if not isinstance(value, cst.List):
            return False
        self.block(
            "MKD107",
            part,
            f"in {kind}, `{self.code(part)}` is a list, which `tf.data` stacks into one tensor; "
            "write a tuple if one entry per input or output was meant",
        )
        return True

    def _is_dataset_class(self, definition: cst.ClassDef) -> bool:
        names: set[str] = set()
        for base in definition.bases:
            names |= self.meta.keras_names(base.value)
        return any(n.endswith((".PyDataset", ".Sequence")) for n in names)

    def _validation(self, expr: cst.BaseExpression) -> None:
        if is_none(expr) or (not isinstance(expr, cst.Tuple | cst.List) and self._producer(expr)):
            return
        if isinstance(expr, cst.Name):
            binding = self.meta.binding_of(expr)
            if binding is not None and isinstance(binding.value, cst.Tuple | cst.List):
                self._consume(binding.assignment, expr.value)
                self._validation(binding.value)
                return
        if isinstance(expr, cst.Tuple | cst.List) and len(expr.elements) in (2, 3):
            self._no_starred(expr)
            parts = [e.value for e in expr.elements]
            if self.inputs.multi:
                self._data(parts[0], self.inputs, "validation x")
            if self.outputs.multi:
                self._data(parts[1], self.outputs, "validation y")
                if len(parts) == 3 and not is_none(parts[2]):
                    self._data(parts[2], self.outputs, "validation sample_weight")
            return
        self.block(
            "MKD107",
            expr,
            f"`validation_data={self.code(expr)}`: the tool cannot see its structure",
        )

    def _data(self, expr: cst.BaseExpression, side: Side, what: str) -> None:
        if isinstance(expr, cst.List | cst.Tuple):
            self._sequence_to_dict(expr, side, what)
        elif isinstance(expr, cst.Dict):
            self._check_dict(expr, side, what, must_cover=what.endswith("x"))
        elif isinstance(expr, cst.Name):
            binding = self.meta.binding_of(expr)
            if binding is not None and isinstance(binding.value, cst.List | cst.Tuple | cst.Dict):
                self._consume(binding.assignment, expr.value)
                self._data(binding.value, side, what)
            elif what.endswith("sample_weight") and self._is_single_array(expr):
                pass  # one 1-D array weighs every output alike (KERAS_RULES SW5)
            elif len(self.meta.referents(expr)) > 1:
                self.block("MKD113", expr, f"`{expr.value}` ({what}) is assigned more than once")
            else:
                self._invisible_data(expr, what)
        elif what.endswith("sample_weight") and self._is_single_array(expr):
            pass  # one array weighs every output alike (KERAS_RULES SW5)
        else:
            self._invisible_data(expr, what)

    def _invisible_data(self, expr: cst.BaseExpression, what: str) -> None:
        shown = f"{what} `{self.code(expr)}`"
        if what.endswith("sample_weight"):
            message = (
                f"{shown} is neither a list or dict the tool can see nor provably one array "
                "(it may be a list of arrays, which Keras pairs with the outputs by position)"
            )
        else:
            message = f"{shown} is not a list or dict the tool can see"
        self.block("MKD107", expr, message)

    def _is_single_array(self, expr: cst.BaseExpression, depth: int = 0) -> bool:
        """Provably ONE array: a call of a known single-array producer
        (``SINGLE_ARRAY_FUNCTIONS``), arithmetic, slicing or an array method on such values,
        or a name bound once to one. ``np.hsplit(w, 2)`` and any unknown call may be a list."""
        if depth > 8:
            return False
        if isinstance(expr, cst.Integer | cst.Float):
            return depth > 0  # a number only as an operand
        if isinstance(expr, cst.Name):
            binding = self.meta.binding_of(expr)
            return binding is not None and self._is_single_array(binding.value, depth + 1)
        if isinstance(expr, cst.BinaryOperation):
            operands = (expr.left, expr.right)
            return any(not isinstance(o, cst.Integer | cst.Float) for o in operands) and all(
                self._is_single_array(o, depth + 1) for o in operands
            )
        if isinstance(expr, cst.UnaryOperation):
            return self._is_single_array(expr.expression, depth + 1)
        if isinstance(expr, cst.Subscript):
            return self._is_single_array(expr.value, depth + 1)
        if isinstance(expr, cst.Attribute) and expr.attr.value == "T":
            return self._is_single_array(expr.value, depth + 1)
        if isinstance(expr, cst.Call):
            func = expr.func
            names = self.meta.qualified_names(func)
            canonical = {keras_api.canonical(n) or n for n in names}
            if names and all(n in SINGLE_ARRAY_FUNCTIONS for n in canonical):
                return True
            if isinstance(func, cst.Attribute) and func.attr.value in SINGLE_ARRAY_METHODS:
                return self._is_single_array(func.value, depth + 1)
        return False

    # -- shared list/dict handling --------------------------------------------------------
    def _sequence_to_dict(self, node: cst.List | cst.Tuple, side: Side, what: str) -> None:
        self._no_starred(node)
        if len(node.elements) != len(side.members):
            self.block(
                "MKD109",
                node,
                f"`{what}` has {len(node.elements)} entries but the model has {len(side.members)}",
            )
            return
        self._edit(node, ToDict(side.keys))
        if side.kind == "dict":
            self.mixed.append((node, what))

    def _check_dict(
        self, node: cst.Dict, side: Side, what: str, *, must_cover: bool
    ) -> list[str] | None:
        """The dict's keys when they are literal names of ``side``; else a blocker and None."""
        keys = []
        for element in node.elements:
            key = literal_string(element.key) if isinstance(element, cst.DictElement) else None
            if key is None:
                self.block("MKD110", element, f"`{what}` dict has a key that is not a literal")
                return None
            if key in keys:
                self.block("MKD110", element, f"`{what}` dict has the key {key!r} twice")
                return None
            keys.append(key)
        unknown = [k for k in keys if k not in side.keys]
        missing = [k for k in side.keys if k not in keys] if must_cover else []
        if unknown or missing:
            detail = f"unknown keys {unknown}" if unknown else f"missing keys {missing}"
            self.block(
                "MKD110",
                node,
                f"`{what}` dict does not match the names {list(side.keys)}: {detail}",
            )
            return None
        return keys

    def _no_starred(self, node: cst.List | cst.Tuple) -> None:
        for element in node.elements:
            if isinstance(element, cst.StarredElement):
                raise self.stop("MKD117", element, f"`{self.code(node)}` uses `*` unpacking")

    def _edit(self, node: cst.CSTNode, edit: Edit) -> None:
        quote = self._fstring_quote(node)
        if quote == "":
            self.block("MKD111", node, "inside nested f-strings that use both quote characters")
            return
        if quote is not None:
            keys = getattr(edit, "keys", None) or (getattr(edit, "key", None),)
            awkward = next(
                (k for k in keys if isinstance(k, str) and not _fits_in_fstring(k)), None
            )
            if awkward is not None:
                self.block(
                    "MKD111",
                    node,
                    f"the key {awkward!r} holds a quote, a backslash or a control character, "
                    "which cannot be written inside an f-string expression before Python "
                    "3.12; index the result by name by hand, outside the f-string",
                )
                return
            edit = dataclasses.replace(edit, quote=quote)
        existing = self.plan.edits.get(node)
        if existing is not None and existing != edit:
            self.block("MKD113", node, "the same literal would need two different rewrites")
        self.plan.edits[node] = edit

    def _fstring_quote(self, node: cst.CSTNode) -> str | None:
        """Inside an f-string, the quote that does not end it (before Python 3.12); else None."""
        used = set()
        current = self.meta.parent(node)
        while current is not None:
            if isinstance(current, cst.FormattedString):
                used.add(current.start.lstrip("rRbBfF")[:1])
            current = self.meta.parent(current)
        if not used:
            return None
        free = [q for q in ('"', "'") if q not in used]
        return free[0] if free else ""

    def _consume(self, assignment: Assignment, what: str, code: str = "MKD107") -> None:
        self.consumed[assignment] += 1
        self.consumed_what[assignment] = (what, code)

    def _check_consumed(self) -> None:
        for assignment, count in self.consumed.items():
            uses = self.meta.uses_of(assignment)
            if uses is None or len(uses) != count:
                name, code = self.consumed_what[assignment]
                where = ""
                if uses:
                    lines = sorted({self.meta.position(use)[0] for use in uses})
                    where = f" (uses on lines {', '.join(map(str, lines))})"
                self.block(
                    code,
                    assignment.node,
                    f"`{name}` would be rewritten for this model but is also used elsewhere"
                    f"{where}; give the model its own literal",
                )


def _keeps_structure(call: cst.Call) -> bool:
    """``.batch(32)``, ``.shuffle(n)``...: the element keeps its structure. ``padded_batch``
    with padded shapes or values spells the structure out, so it does not count."""
    method = call.func.attr.value  # type: ignore[attr-defined]
    if method not in STRUCTURE_KEEPING_DATASET_METHODS:
        return False
    if method == "padded_batch":
        return not any(
            (a.keyword is None and index > 0)
            or (a.keyword is not None and a.keyword.value in ("padded_shapes", "padding_values"))
            for index, a in enumerate(call.args)
        )
    return True


def _fits_in_fstring(key: str) -> bool:
    """A key that can be written as a string literal inside an f-string's expression on
    every Python 3: no quote of either kind (one of them ends the f-string), no backslash."""
    return key.isprintable() and not any(c in key for c in "'\"\\")
