"""Following the model: its variable, builder functions, and what each use of it is."""

from __future__ import annotations

import libcst as cst

from .common import (
    DATA_SIGNATURES,
    MODEL_ATTRIBUTES,
    MODEL_FUNCTIONS,
    SAVE_FUNCTIONS,
    keyword_arg,
    returns,
)

# Keras 2 methods that Keras 2 runs as the data call named here, and Keras 3 does not have.
KERAS2_GENERATOR_METHODS = {
    "fit_generator": "fit",
    "evaluate_generator": "evaluate",
    "predict_generator": "predict",
}
_BUILTINS = frozenset(n.split(".", 1)[1] for n in MODEL_FUNCTIONS if n.startswith("builtins."))


class UsesMixin:
    """Methods of :class:`~migrate_keras_dicts.plan.ModelPlanner`."""

    # -- following the model ---------------------------------------------------------
    def _model_uses(self) -> list[cst.Name]:
        parent = self.meta.parent(self.call)
        if isinstance(parent, cst.Return):
            return self._follow_return(parent, depth=0)
        if isinstance(parent, cst.Assign) and len(parent.targets) == 1:
            target = parent.targets[0].target
            if isinstance(target, cst.Name):
                self.plan.label = target.value
                uses = self._references_of_target(target)
                scope = self.meta.scope(target)
                if scope is self.meta.scope(self.meta.module) and not target.value.startswith("_"):
                    self.plan.export, self.plan.export_kind = target.value, "value"
                return uses
        if isinstance(parent, cst.Assign | cst.AnnAssign):
            target = parent.targets[0].target if isinstance(parent, cst.Assign) else parent.target
            raise self.stop(
                "MKD106",
                self.call,
                f"the model is assigned to `{self.code(target)}`, which the tool cannot follow",
            )
        raise self.stop(
            "MKD106",
            self.call,
            f"the model is passed to `{self.code(self._use_context(self.call))}` "
            "without a variable; the tool cannot follow it",
        )

    def _references_of_target(self, target: cst.Name) -> list[cst.Name]:
        assignment = self.meta.assignment_of_target(target)
        if assignment is not None and type(assignment.scope).__name__ == "ClassScope":
            raise self.stop(
                "MKD106",
                target,
                f"the model is a class attribute `{target.value}`, used through `self` where "
                "the tool cannot follow it",
            )
        uses = None if assignment is None else self.meta.uses_of(assignment)
        if uses is None:
            unsure = [
                access.node
                for access in (self.meta.references(assignment) if assignment else [])
                if isinstance(access.node, cst.Name) and self.meta.reaching(access.node) is None
            ]
            where = (
                f" (`{self.code(self._use_context(unsure[0]))}`, line "
                f"{self.meta.position(unsure[0])[0]})"
                if unsure
                else ""
            )
            raise self.stop(
                "MKD113",
                target,
                f"`{target.value}` is assigned more than once, and a use{where} may see this "
                "model or another one (a rebinding in a branch, a loop or a `with` that may skip "
                "it, or a use in a function or "
                "generator that runs later); give "
                "each model its own name, then rerun",
            )
        return uses

    def _follow_return(self, node: cst.Return, depth: int) -> list[cst.Name]:
        function = self._enclosing_function(node)
        if function is None or depth > 4:
            raise self.stop("MKD106", node, "the model is returned to code the tool cannot see")
        owner = self._method_owner(function)
        if owner is not None:
            return self._follow_method(node, function, owner, depth)
        scope = self.meta.scope(function)
        assignments = [a for a in scope.assignments[function.name.value] if a.node is function]
        # Defined again later (a notebook's next section): each call belongs to the ``def``
        # that reaches it, as for ``model = ...`` rebound in straight-line code.
        callers = self.meta.uses_of(assignments[0]) if len(assignments) == 1 else None
        if callers is None:
            raise self.stop(
                "MKD113",
                function.name,
                f"`{function.name.value}` is defined more than once, and the tool cannot tell "
                "which definition a call uses (a `def` in a branch or loop, or a call inside "
                "a function); give each definition its own name",
            )
        if function.decorators:
            raise self.stop(
                "MKD106",
                function.name,
                f"`{function.name.value}()` is decorated; the decorator may use the model",
            )
        for other in returns(function):
            if other is not node and not self._returns_same_model(other, node):
                raise self.stop(
                    "MKD106",
                    other,
                    f"`{function.name.value}()` may also return something else "
                    f"(`{self.code(other)}`)",
                )
        public = scope is self.meta.scope(self.meta.module) and not function.name.value.startswith(
            "_"
        )
        if depth == 0 and self.plan.label == "model":
            self.plan.label = f"{function.name.value}()"
        if public and depth == 0:
            self.plan.export = function.name.value
        if not callers:
            if self.exports and public and depth == 0:
                self.plan.only_called_elsewhere = True
                return []  # the cross-file pass brings the callers of other modules
            raise self.stop(
                "MKD106",
                function.name,
                f"`{function.name.value}()` returns the model to code outside this file",
            )
        if public and not self.exports:
            self.note(
                "MKD007",
                function.name,
                f"`{function.name.value}()` is public: callers in other files must be migrated too",
            )
        uses: list[cst.Name] = []
        for ref in callers:
            call = self.meta.parent(ref)
            if not (isinstance(call, cst.Call) and call.func is ref):
                raise self.stop(
                    "MKD106", ref, f"`{function.name.value}` is used other than by calling it"
                )
            uses += self._uses_of_result(call, depth + 1, relabel=True)
        return uses

    def _uses_of_result(self, call: cst.Call, depth: int, *, relabel: bool) -> list[cst.Name]:
        """Where the model a builder call returns goes: discarded, returned on, or bound to
        a variable whose uses are the model's; anything else blocks."""
        holder = self.meta.parent(call)
        if isinstance(holder, cst.Expr):
            return []
        if isinstance(holder, cst.Return):
            return self._follow_return(holder, depth)
        if (
            isinstance(holder, cst.Assign)
            and len(holder.targets) == 1
            and isinstance(holder.targets[0].target, cst.Name)
        ):
            if relabel:
                self.plan.label = holder.targets[0].target.value
            return self._references_of_target(holder.targets[0].target)
        raise self.stop(
            "MKD106",
            call,
            f"the model returned by `{self.code(call.func)}()` is passed on where the tool "
            "cannot follow it",
        )

    def _returns_same_model(self, other: cst.Return, node: cst.Return) -> bool:
        """Both ``return model`` of the same (one) assignment."""
        if not (isinstance(other.value, cst.Name) and isinstance(node.value, cst.Name)):
            return False
        return self.meta.reaching(other.value) is self.meta.reaching(node.value) is not None

    def _method_owner(self, function: cst.FunctionDef) -> cst.ClassDef | None:
        block = self.meta.parent(function)
        owner = self.meta.parent(block) if isinstance(block, cst.IndentedBlock) else None
        return owner if isinstance(owner, cst.ClassDef) else None

    def _follow_method(
        self, node: cst.Return, function: cst.FunctionDef, owner: cst.ClassDef, depth: int
    ) -> list[cst.Name]:
        """``class Factory: def build(self): return keras.Model(...)``: its callers are found
        by the cross-file pass (``Factory().build()``), never within one file."""
        label = f"{owner.name.value}.{function.name.value}()"
        decorators = {
            d.decorator.value for d in function.decorators if isinstance(d.decorator, cst.Name)
        }
        public = (
            not owner.name.value.startswith("_")
            and not function.name.value.startswith("_")
            and self.meta.parent(owner) is self.meta.module
            and len(decorators) == len(function.decorators)
            and decorators <= {"staticmethod", "classmethod"}
        )
        others = [r for r in returns(function) if r is not node]
        owner_assignment = next(
            (a for a in self.meta.scope(owner).assignments[owner.name.value] if a.node is owner),
            None,
        )
        if owner_assignment is not None and any(
            not self._calls_other_member(access.node, function.name.value)
            for access in owner_assignment.references
        ):
            raise self.stop(
                "MKD106",
                function.name,
                f"`{owner.name.value}` is also used in this file; the tool follows `{label}` "
                "only from other files",
            )
        if depth == 0 and public and not others:
            self.plan.label = label
            self.plan.export, self.plan.export_kind = owner.name.value, "method"
            self.plan.export_member = function.name.value
            if self.exports:
                self.plan.only_called_elsewhere = True
                return []
        raise self.stop(
            "MKD106",
            function.name,
            f"`{label}` returns the model to callers the tool cannot follow within one file; "
            "run the tool on the files that call it too",
        )

    def _calls_other_member(self, node: cst.CSTNode, member: str) -> bool:
        """``Owner.other(...)``: a call of another member of the class, which cannot hand
        out the model ``Owner.member()`` returns (a static branch builder, say)."""
        attribute = self.meta.parent(node)
        call = self.meta.parent(attribute) if isinstance(attribute, cst.Attribute) else None
        return (
            isinstance(attribute, cst.Attribute)
            and attribute.value is node
            and attribute.attr.value != member
            and isinstance(call, cst.Call)
            and call.func is attribute
        )

    def _enclosing_function(self, node: cst.CSTNode) -> cst.FunctionDef | None:
        current = self.meta.parent(node)
        while current is not None and not isinstance(current, cst.FunctionDef):
            if isinstance(current, cst.Lambda | cst.ClassDef):
                return None
            current = self.meta.parent(current)
        return current

    def _classify_use(self, ref: cst.Name) -> None:
        parent = self.meta.parent(ref)
        if isinstance(parent, cst.Call) and parent.func is ref:
            self._data_call("__call__", parent)
            return
        if isinstance(parent, cst.Return):
            for ref2 in self._follow_return(parent, depth=1):
                self._classify_use(ref2)
            return
        if not (isinstance(parent, cst.Attribute) and parent.value is ref):
            if isinstance(parent, cst.Expr) or self._harmless_function(ref):
                return  # a bare `model` line: a notebook shows its repr, a script nothing
            saver = self._save_function(ref)
            if saver is not None:
                if self.inputs.becomes_dict or self.outputs.becomes_dict:
                    self._saved_whole(saver)
                return
            raise self.stop(
                "MKD106",
                ref,
                f"`{self.code(self._use_context(ref))}` passes the model `{ref.value}` where the "
                "tool cannot follow it",
            )
        attr = parent.attr.value
        grand = self.meta.parent(parent)
        is_call = isinstance(grand, cst.Call) and grand.func is parent
        if is_call and attr == "compile":
            self._compile(grand)
            return
        if is_call and attr in DATA_SIGNATURES:
            self._data_call(attr, grand)
            return
        kind = MODEL_ATTRIBUTES.get(f"{attr}()" if is_call else attr)
        if kind is None and attr in KERAS2_GENERATOR_METHODS:
            self.block(
                "MKD106",
                parent,
                f"`{self.code(parent)}(...)` is Keras 2's (removed in Keras 3, and in Keras 2 "
                f"only `{KERAS2_GENERATOR_METHODS[attr]}` under another name); the tool "
                f"rewrites `{KERAS2_GENERATOR_METHODS[attr]}`, so call "
                f"`{self.code(parent.value)}.{KERAS2_GENERATOR_METHODS[attr]}(...)` with the "
                "generator as its first argument, then rerun",
            )
            return
        if kind is None:
            method = f"{attr}()" in MODEL_ATTRIBUTES or attr in DATA_SIGNATURES or attr == "compile"
            raise self.stop(
                "MKD106",
                parent,
                f"`{self.code(self._use_context(parent))}` takes the method `{self.code(parent)}` "
                "without calling it; the tool cannot see what is done with it"
                if method
                else f"`{self.code(parent)}`: the tool does not know this use of the model, so "
                "it cannot tell whether dict inputs or outputs change it",
            )
        by_index = attr == "get_layer" and (
            keyword_arg(grand, "index") is not None or len(grand.args) > 1
        )
        if kind == "harmless":
            if by_index and (self.inputs.order_changes or self.outputs.order_changes):
                self._unsafe_or_block(
                    "MKD116",
                    parent,
                    f"`{self.code(grand)}` picks a layer by position, which sorted dict keys "
                    "change; pick it by name",
                )
        elif kind == "order" and attr == "load_weights" and keyword_arg(grand, "by_name"):
            if self._renames_layers():
                self._unsafe_or_block(
                    "MKD116",
                    parent,
                    f"`{self.code(grand)}` matches weights by layer name, and the rewrite "
                    "names layers that had automatic names; their weights would not load",
                )
        elif kind == "order":
            if self.inputs.order_changes or self.outputs.order_changes:
                self._unsafe_or_block(
                    "MKD116",
                    parent,
                    f"`{self.code(parent)}` depends on layer and weight order, which sorted dict "
                    "keys change; re-save weights after migrating, then rerun",
                )
        elif kind == "config":
            if self.inputs.becomes_dict or self.outputs.becomes_dict or self._renames_layers():
                self._unsafe_or_block(
                    "MKD112",
                    parent,
                    f"`{self.code(grand)}` describes the architecture, which the rewrite changes "
                    "(`input_layers`/`output_layers` become dicts, layers get names); compare "
                    "or store configs only after migrating by hand",
                )
        elif kind == "compile_config":
            self.compile_configs.append(grand)
        elif kind == "save":
            if self.inputs.becomes_dict or self.outputs.becomes_dict:
                self._saved_whole(grand)
        elif kind == "results_names":
            self.positional_results.append(parent)
        else:
            self._structure_attribute(kind, parent)

    def _structure_attribute(self, kind: str, parent: cst.Attribute) -> None:
        """``model.output`` becomes the dict itself; ``model.outputs`` and ``output_names``
        stay flat lists, in sorted-key order."""
        side = self.inputs if kind.startswith("input") else self.outputs
        side_name = "inputs" if side is self.inputs else "outputs"
        order_only = kind.endswith("s")
        if side.becomes_dict and (not order_only or side.order_changes):
            change = (
                f"is re-ordered to {sorted(side.keys)}"
                if order_only
                else "becomes a dict keyed by name"
            )
            self._unsafe_or_block(
                "MKD112",
                parent,
                f"`{self.code(parent)}` {change} with dict {side_name}; "
                "use names instead of positions",
            )

    def _harmless_function(self, ref: cst.Name) -> bool:
        """``plot_model(model, ...)``, ``print(model)``, ``isinstance(model, ...)``: the model
        is an argument of a function in ``MODEL_FUNCTIONS``, which cannot see lists."""
        arg = self.meta.parent(ref)
        call = self.meta.parent(arg) if isinstance(arg, cst.Arg) else None
        if not (isinstance(call, cst.Call) and arg.value is ref and not arg.star):
            return False
        if isinstance(call.func, cst.Name) and call.func.value in _BUILTINS:
            referents = self.meta.referents(call.func)
            if referents and all(type(r).__name__ == "BuiltinAssignment" for r in referents):
                return MODEL_FUNCTIONS.get(f"builtins.{call.func.value}") == "harmless"
            return False
        names = self.meta.keras_names(call.func)
        return bool(names) and all(MODEL_FUNCTIONS.get(n) == "harmless" for n in names)

    def _save_function(self, ref: cst.Name) -> cst.Call | None:
        """``keras.models.save_model(model, ...)``, ``tf.saved_model.save(model, ...)``: the
        call, when the model is its first argument."""
        arg = self.meta.parent(ref)
        call = self.meta.parent(arg) if isinstance(arg, cst.Arg) else None
        if not (isinstance(call, cst.Call) and call.args and call.args[0] is arg):
            return None
        dotted = self.code(call.func)
        return call if any(dotted.endswith(name) for name in SAVE_FUNCTIONS) else None

    def _saved_whole(self, call: cst.Call) -> None:
        """The saved file outlives the program: whoever loads it gets the new structure, and
        the tool cannot see (so cannot migrate) that code."""
        effects = []
        if self.inputs.becomes_dict:
            effects.append(
                "calling it with a list of inputs warns, and raises on Keras 3.8+ unless the "
                "keys are in sorted order"
            )
        if self.outputs.becomes_dict:
            effects.append("its `predict()` and `model(x)` return dicts instead of lists")
        self._unsafe_or_block(
            "MKD120",
            call,
            f"`{self.code(call)}` saves the whole model with dict {self._changed_sides()}: "
            f"for code that loads it, {'; '.join(effects)}. Save weights only "
            "(`save_weights`, `save_weights_only=True`), or migrate the loading code by hand "
            "and then this model",
        )

    def _changed_sides(self) -> str:
        sides = [
            name
            for name, side in (("inputs", self.inputs), ("outputs", self.outputs))
            if side.becomes_dict
        ]
        return " and ".join(sides)

    def _renames_layers(self) -> bool:
        return any(m.name_call is not None for m in self.inputs.members + self.outputs.members)

    def _unsafe_or_block(self, code: str, node: cst.CSTNode, message: str) -> None:
        if self.options.unsafe:
            self.note("MKD010", node, f"left under --unsafe: {message}")
        else:
            self.block(code, node, message)

    # -- argument binding ---------------------------------------------------------
    def _bind(
        self, call: cst.Call, params: tuple[str, ...], keyword_only_from: int | None = None
    ) -> dict[str, cst.BaseExpression]:
        bound: dict[str, cst.BaseExpression] = {}
        limit = len(params) if keyword_only_from is None else keyword_only_from
        position = 0
        for arg in call.args:
            if arg.star:
                raise self.stop(
                    "MKD114", arg, f"`{self.code(call.func)}(...)` uses `{arg.star}` arguments"
                )
            if arg.keyword is None:
                if position >= limit:
                    raise self.stop(
                        "MKD114",
                        arg,
                        f"positional argument {position + 1} of `{self.code(call.func)}` "
                        "means different things in Keras 2 and 3; pass it by keyword",
                    )
                bound[params[position]] = arg.value
                position += 1
            else:
                keyword = arg.keyword.value
                bound["x" if keyword == "inputs" and params[0] == "x" else keyword] = arg.value
        return bound
