"""compile and data calls: lists become dicts keyed by name, producers included."""

from __future__ import annotations

import dataclasses

import libcst as cst
from libcst.metadata import Assignment, ImportAssignment

from .. import keras_api
from ..rewrite.edits import Edit, ReorderDict, ToDict
from ..scan import literal_int, literal_string
from .common import (
    COMPILE_POSITIONAL,
    DATA_SIGNATURES,
    METRIC_ARGS,
    PER_OUTPUT_ARGS,
    POSITIONAL_RESULTS,
    RETURNS_OUTPUTS,
    STRUCTURE_KEEPING_DATASET_METHODS,
    Side,
    entries,
    is_none,
    own_nodes,
)


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
                    # §3e); list outputs reported them in output order. Keep that order.
                    self._edit(expr, ReorderDict(in_order))
        elif isinstance(expr, cst.Name):
            binding = self.meta.binding_of(expr)
            if binding is not None and isinstance(binding.value, cst.List | cst.Tuple | cst.Dict):
                self._consume(binding.assignment, expr.value, "MKD108")
                self._per_output(binding.value, what)
            elif not self._is_single_value(expr):
                self.block(
                    "MKD108", expr, f"`{what}={expr.value}`: the tool cannot see its structure"
                )
        elif not self._is_single_expression(expr):
            self.block(
                "MKD108", expr, f"`{what}={self.code(expr)}`: the tool cannot see its structure"
            )

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
            self.block(
                "MKD108", expr, f"`{what}={self.code(expr)}`: the tool cannot see its structure"
            )

    def _is_single_expression(self, expr: cst.BaseExpression) -> bool:
        """A string, number, lambda, loss object or module function: one value, not a list."""
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
        if isinstance(expr, cst.Attribute):
            if keras_api.is_loss_or_metric_object(self.meta.keras_names(expr)):
                return True
            base = expr
            while isinstance(base, cst.Attribute):
                base = base.value
            return (
                isinstance(base, cst.Name)
                and all(isinstance(a, ImportAssignment) for a in self.meta.referents(base))
                and bool(self.meta.referents(base))
            )
        if isinstance(expr, cst.Call):
            func = expr.func
            if keras_api.is_loss_or_metric_object(self.meta.keras_names(func)):
                return True
            last = (
                func.attr.value
                if isinstance(func, cst.Attribute)
                else (func.value if isinstance(func, cst.Name) else "")
            )
            return last[:1].isupper()
        if isinstance(expr, cst.Name):
            return self._is_single_value(expr)
        return False

    def _is_single_value(self, name: cst.Name) -> bool:
        referents = self.meta.referents(name)
        if not referents:
            return False
        for assignment in referents:
            node = assignment.node
            if isinstance(assignment, ImportAssignment) or isinstance(
                node, cst.FunctionDef | cst.ClassDef
            ):
                continue
            binding = self.meta.binding_from_assignment(assignment)
            if binding is None or not self._is_single_expression(binding.value):
                return False
        return True

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
            if not as_dict and not self._reads_total_loss_only(call):
                self.positional_results.append(call)
        if method == "fit" and "validation_data" in bound:
            self._validation(bound["validation_data"])
        checkpoints = self.facts.whole_model_checkpoints
        if method == "fit" and "callbacks" in bound and checkpoints and self._changed_sides():
            # A ModelCheckpoint of this file may be among the callbacks: it saves the model.
            self._saved_whole(checkpoints[0])
        if self.outputs.multi and method in RETURNS_OUTPUTS:
            self._consumer(call)

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
        holder = self.meta.parent(call)
        if not (
            isinstance(holder, cst.Assign)
            and len(holder.targets) == 1
            and isinstance(holder.targets[0].target, cst.Name)
        ):
            return False
        assignment = self.meta.assignment_of_target(holder.targets[0].target)
        uses = None if assignment is None else self.meta.uses_of(assignment)
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
            elif what.endswith("sample_weight") and self._is_numpy_array(binding):
                pass  # one 1-D array weighs every output alike (KERAS_RULES SW5)
            elif len(self.meta.referents(expr)) > 1:
                self.block("MKD113", expr, f"`{expr.value}` ({what}) is assigned more than once")
            else:
                self.block(
                    "MKD107",
                    expr,
                    f"{what} `{expr.value}` is not a list or dict the tool can see",
                )
        else:
            self.block(
                "MKD107", expr, f"{what} `{self.code(expr)}` is not a list or dict the tool can see"
            )

    def _is_numpy_array(self, binding) -> bool:
        """``w = np.array(...)``/``np.ones(...)``: NumPy builds arrays, never lists."""
        if binding is None or not isinstance(binding.value, cst.Call):
            return False
        names = self.meta.qualified_names(binding.value.func)
        return bool(names) and all(name.startswith("numpy.") for name in names)

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
