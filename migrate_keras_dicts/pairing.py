"""``--explain-pairing``: which loss, loss weight and metrics reach which output.

For each model, the compile arguments are paired with the outputs as the code means them
and as Keras 3.5/3.6 and 3.7+ pair them (rules in :mod:`keras_pairing`), so the silent
mismatch of keras-team/keras#20596 becomes visible before anyone migrates. It runs the
planner's tracing read-only, through the planning package's public functions over the
planner's state: nothing is rewritten, refused models are shown too.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import libcst as cst
from libcst.metadata import MetadataWrapper

from .engine import may_hold_models, parse_or_report
from .findings import Finding, location
from .keras_pairing import ABSENT, VERSIONS, Applied, Arg, Version, What, pair
from .meta import ModuleMeta
from .options import Options
from .plan import ModelPlanner
from .planning import compile_args, follow, structure
from .planning.common import Blocked, ModelRef, is_none
from .planning.state import PlanState
from .scan import collect, literal_string

ARGUMENTS: tuple[What, ...] = ("loss", "loss_weights", "metrics", "weighted_metrics")


class PairingUnavailable(Exception):
    """The file cannot be read as Python; the message says why in one line."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.line, self.column = line, column


@dataclass(frozen=True)
class CompilePairing:
    """One ``compile(...)`` call: its arguments, and their entries per output and version."""

    where: str
    arguments: dict[What, Arg]
    applied: dict[Version, dict[What, Applied]]

    def value(self, version: Version, what: What, index: int) -> str | None:
        """The entry output ``index`` gets; None for none (or an argument not given)."""
        applied = self.applied[version].get(what)
        return None if applied is None or applied.values is None else applied.values[index]

    def differs(self, version: Version, index: int) -> list[What]:
        """The arguments whose entry for output ``index`` is not the one the code means."""
        out: list[What] = []
        for what in self.arguments:
            meant, got = self.applied["meant"][what], self.applied[version][what]
            if (
                meant.values is not None
                and got.values is not None
                and meant.values[index] != got.values[index]
            ):
                out.append(what)
        return out

    def problems(self) -> list[str]:
        """Why an entry cannot be paired, once per problem (with the versions it concerns)."""
        found: dict[str, list[Version]] = {}
        for version in VERSIONS:
            for applied in self.applied[version].values():
                if applied.problem:
                    found.setdefault(applied.problem, []).append(version)
        return [
            problem if len(versions) == len(VERSIONS) else f"{_label(versions)}: {problem}"
            for problem, versions in found.items()
        ]

    def unknown(self, version: Version) -> bool:
        """Some entry cannot be paired (as written or under ``version``)."""
        return any(
            self.applied[v][what].values is None
            for v in ("meant", version)
            for what in self.arguments
        )


@dataclass(frozen=True)
class ModelPairing:
    """A multi-output model; ``note`` says why nothing can be paired (else ``compiles``)."""

    label: str
    where: str
    outputs: Literal["list", "dict"] | None = None
    keys: tuple[str, ...] = ()
    compiles: tuple[CompilePairing, ...] = ()
    note: str | None = None

    def unknown(self, version: Version) -> bool:
        return any(c.unknown(version) for c in self.compiles)

    def mismatches(self, version: Version) -> int:
        """How many outputs get another entry than the code means, in any compile call."""
        return sum(
            1
            for index in range(len(self.keys))
            if any(c.differs(version, index) for c in self.compiles)
        )


@dataclass
class FilePairing:
    path: str
    models: list[ModelPairing] = field(default_factory=list)
    single_output: int = 0


def explain_source(
    text: str, path: str, where: Callable[[int, int], str] | None = None
) -> FilePairing:
    """Pair every model of a module; ``where`` turns a (line, column) into a location."""
    result = FilePairing(path)
    if not may_hold_models(text):
        return result
    module = parse_or_report(text, path)
    if isinstance(module, Finding):
        raise PairingUnavailable(f"{module.code} {module.message}", module.line, module.column)
    locate = where or functools.partial(location, path)
    meta = ModuleMeta(MetadataWrapper(module, unsafe_skip_copy=True))
    facts = collect(meta)
    for call in facts.model_calls:
        model = _model(ModelPlanner(meta, facts, call, Options()), locate)
        if model is None:
            result.single_output += 1
        else:
            result.models.append(model)
    return result


def _model(planner: ModelPlanner, locate: Callable[[int, int], str]) -> ModelPairing | None:
    """Run the planner for what it traces (the outputs and the uses of the model) and pair
    each compile call it reaches."""
    st = planner.state
    meta = st.meta
    where = locate(*meta.position(st.call))
    planner.run()
    outputs = st.traced_outputs
    if outputs is None:  # tracing stopped at the inputs: the outputs may still be traceable
        with contextlib.suppress(Blocked):
            outputs = structure.side(st, structure.ctor_arguments(st)[1], is_input=False)
    label = st.plan.label
    if outputs is None:
        return ModelPairing(label, where, note=f"its outputs cannot be traced{_why(st)}")
    if not outputs.multi:
        return None
    kind: Literal["list", "dict"] = "dict" if outputs.kind == "dict" else "list"
    if st.uses is None:
        with contextlib.suppress(Blocked):
            st.uses = follow.model_uses(st)
    label = st.plan.label
    if st.uses is None:
        note = f"the tool cannot follow the model to its compile call{_why(st)}"
        return ModelPairing(label, where, kind, outputs.keys, note=note)
    calls = [_compile_call(meta, use) for use in _through_returns(st, st.uses)]
    compiles = tuple(
        _compile(st, call, outputs.keys, kind, locate)
        for call in sorted((c for c in calls if c is not None), key=meta.position)
    )
    if not compiles:
        return ModelPairing(label, where, kind, outputs.keys, note="no compile call on it")
    return ModelPairing(label, where, kind, outputs.keys, compiles)


def _through_returns(st: PlanState, uses: Sequence[ModelRef], depth: int = 1) -> list[ModelRef]:
    """``return model`` hands the model to the builder's callers: their uses count too
    (``return self.model`` to callers the planner does not follow)."""
    out: list[ModelRef] = []
    for use in uses:
        parent = st.meta.parent(use)
        if isinstance(parent, cst.Return) and isinstance(use, cst.Name) and depth <= 4:
            with contextlib.suppress(Blocked):
                out += _through_returns(st, follow.follow_return(st, parent, depth), depth + 1)
        else:
            out.append(use)
    return out


def _why(st: PlanState) -> str:
    blockers = st.plan.blockers
    return f" ({blockers[0].code}: {blockers[0].message})" if blockers else ""


def _compile_call(meta: ModuleMeta, use: ModelRef) -> cst.Call | None:
    attribute = meta.parent(use)
    if not (isinstance(attribute, cst.Attribute) and attribute.value is use):
        return None
    call = meta.parent(attribute)
    if attribute.attr.value == "compile" and isinstance(call, cst.Call) and call.func is attribute:
        return call
    return None


def _compile(
    st: PlanState,
    call: cst.Call,
    keys: tuple[str, ...],
    kind: Literal["list", "dict"],
    locate: Callable[[int, int], str],
) -> CompilePairing:
    bound: dict[str, cst.BaseExpression] = {}
    opaque = ""
    for index, arg in enumerate(call.args):
        if arg.star:
            opaque = f"{arg.star}{_text(st, arg.value)}"
        elif arg.keyword is not None:
            bound[arg.keyword.value] = arg.value
        elif index == 1:
            bound["loss"] = arg.value
        elif index > 1:
            opaque = f"positional argument {index + 1}"
    arguments: dict[What, Arg] = {}
    for what in ARGUMENTS:
        if what in bound:
            arguments[what] = _argument(st, bound[what])
        elif opaque:
            arguments[what] = Arg("opaque", opaque)
    if not arguments:
        arguments["loss"] = ABSENT
    loss_kind = arguments.get("loss", ABSENT).kind
    applied = {
        version: {
            what: pair(arg, what, keys, kind, version, loss_kind) for what, arg in arguments.items()
        }
        for version in VERSIONS
    }
    return CompilePairing(locate(*st.meta.position(call)), arguments, applied)


def _argument(st: PlanState, expr: cst.BaseExpression) -> Arg:
    if is_none(expr):
        return ABSENT
    text = _text(st, expr)
    value = expr
    if isinstance(expr, cst.Name):
        binding = st.meta.binding_of(expr)
        if binding is not None and isinstance(binding.value, cst.List | cst.Tuple | cst.Dict):
            value = binding.value
    if isinstance(value, cst.List | cst.Tuple):
        if any(isinstance(e, cst.StarredElement) for e in value.elements):
            return Arg("opaque", text)
        return Arg("sequence", text, tuple((None, _text(st, e.value)) for e in value.elements))
    if isinstance(value, cst.Dict):
        items: list[tuple[str | None, str]] = []
        for element in value.elements:
            key = literal_string(element.key) if isinstance(element, cst.DictElement) else None
            if key is None:
                return Arg("opaque", text)
            items.append((key, _text(st, element.value)))
        return Arg("dict", text, tuple(items))
    if compile_args.is_single_expression(st, expr):
        return Arg("single", text)
    return Arg("opaque", text)


def _text(st: PlanState, node: cst.CSTNode) -> str:
    text = " ".join(st.meta.module.code_for_node(node).split())
    return text if len(text) <= 40 else text[:37] + "..."


def _label(versions: list[Version]) -> str:
    names = {"meant": "as written", "keras35": "Keras 3.5/3.6", "keras37": "Keras 3.7+"}
    return ", ".join(names[v] for v in versions)
