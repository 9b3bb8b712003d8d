"""What a finding code is made of: its rule page and its runnable examples, and the pieces
the examples' programs are composed of (most share one small model).

Pure data, no LibCST: ``explain`` and ``--version`` load this without the tool's engine.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    INFO = "info"  # a rewrite was made; nothing to do
    WARNING = "warning"  # a rewrite was made (or code left); a person should look
    REFUSED = "refused"  # the model was left untouched; migrate it by hand
    ERROR = "error"  # the file could not be processed


@dataclass(frozen=True)
class Source:
    """One file of an example: as the user wrote it, and as the tool leaves it.

    ``after`` is None when the tool leaves the file byte for byte as it was (a refusal).
    """

    path: str
    before: str
    after: str | None = None

    @property
    def expected(self) -> str:
        return self.before if self.after is None else self.after


@dataclass(frozen=True)
class Example:
    """A program (one file or several, run as one project), what the tool makes of it, and
    the finding codes it reports: exactly these, no other. ``flags`` are command-line flags
    the example needs (``--unsafe``). tests/test_checks.py runs every example."""

    sources: tuple[Source, ...]
    findings: tuple[str, ...]
    flags: tuple[str, ...] = ()

    @property
    def refused(self) -> bool:
        return all(source.after is None for source in self.sources)


def rewrite(
    findings: tuple[str, ...],
    before: str,
    after: str,
    *,
    flags: tuple[str, ...] = (),
    path: str = "train.py",
) -> Example:
    """A one-file example the tool rewrites from ``before`` to ``after``, reporting ``findings``
    (first, so that each example opens with what it shows)."""
    return Example((Source(path, before, after),), findings, flags)


def refusal(
    findings: tuple[str, ...],
    before: str,
    *,
    flags: tuple[str, ...] = (),
    path: str = "train.py",
) -> Example:
    """A one-file example the tool leaves unchanged (after == before), reporting ``findings``."""
    return Example((Source(path, before),), findings, flags)


def project(findings: tuple[str, ...], *sources: Source) -> Example:
    """An example of several files, run as one project, reporting ``findings``."""
    return Example(sources, findings)


# Pieces of the example programs. Most examples are one small model (an Input, a hidden layer,
# two heads) trained with lists, plus the few lines that make their finding. A refusal composes
# its program from these pieces with an f-string; a rewrite writes its program once, as a
# template that ``migration`` fills with the list lines (before) and the dict lines (after).
# Either way the example still reads as one program, and `explain` prints it whole. A piece is
# whole lines, without the last newline.
IMPORTS = "import keras\nfrom keras import layers"
FEATURES = """\
features = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(features)"""
# the template of the standard program: imports, model, training (see TwoHeads.fill)
STANDARD = "{imports}\n\n{layers}\n\n{train}\n"


@dataclass(frozen=True)
class TwoHeads:
    """A model of the examples with two heads on ``FEATURES``: its layers, and the lines that
    build and train it with lists (as written) and with dicts (as the tool migrates them).
    Made by ``two_heads``, which writes the dict lines from the same names as the lists."""

    layers: str
    unnamed_layers: str  # the heads without ``name=``, which the tool adds (MKD003)
    outputs: str  # what ``keras.Model`` gets as outputs: a list ...
    outputs_dict: str  # ... and the dict the tool makes of it
    model: str
    model_dict: str
    compile: str
    compile_dict: str
    fit: str
    fit_dict: str
    compiled: str  # model and compile, with lists ...
    compiled_dict: str  # ... and with dicts
    train: str  # model, compile and fit, with lists ...
    train_dict: str  # ... and with dicts

    def program(self, tail: str = "", *, fit: bool = True) -> str:
        """The standard program (imports, this model, its training with lists), then ``tail``
        (lines, each ending in a newline); without the fit when ``tail`` fits its own way."""
        return self.fill(STANDARD if fit else STANDARD.replace("{train}", "{compiled}")) + tail

    def fill(self, template: str, *, migrated: bool = False, unnamed: bool = False) -> str:
        """``template`` (``str.format``: ``{{`` for a brace) with its pieces filled in: with
        the lists (and the heads ``unnamed`` if asked), or ``migrated``, with the dicts.

        The pieces: ``{imports}``, ``{layers}`` (``{indented_layers}`` in a function),
        ``{outputs}``, ``{model}``, ``{compile}``, ``{fit}``, ``{compiled}`` (model and
        compile) and ``{train}`` (all three).
        """
        suffix = "_dict" if migrated else ""
        names = ("outputs", "model", "compile", "fit", "compiled", "train")
        pieces = {name: getattr(self, name + suffix) for name in names}
        layers = self.unnamed_layers if unnamed and not migrated else self.layers
        return template.format(
            imports=IMPORTS, layers=layers, indented_layers=indent(layers), **pieces
        )


def two_heads(
    first: str, second: str, losses: tuple[str, str], activations: tuple[str, str] = ("", "")
) -> TwoHeads:
    """The pieces of a model with Dense heads ``first`` and ``second`` (with ``activations``,
    "" for none) on ``FEATURES``, one loss each, labels ``y_<head>``; the dict lines are keyed
    by the same names as the lists, so the two cannot drift apart."""
    names = (first, second)
    heads = tuple(zip(names, activations, strict=True))
    outputs, outputs_dict = _as_list(names), _as_dict(names, names)
    labels = tuple(f"y_{name}" for name in names)
    quoted = tuple(f'"{loss}"' for loss in losses)
    model, model_dict = (f"model = keras.Model(features, {o})" for o in (outputs, outputs_dict))
    compile_, compile_dict = (
        f'model.compile(optimizer="adam", loss={o})'
        for o in (_as_list(quoted), _as_dict(names, quoted))
    )
    fit, fit_dict = (
        f"model.fit(x_train, {o}, epochs=3)" for o in (_as_list(labels), _as_dict(names, labels))
    )
    return TwoHeads(
        layers="\n".join((FEATURES, *(_dense(*head, named=True) for head in heads))),
        unnamed_layers="\n".join((FEATURES, *(_dense(*head, named=False) for head in heads))),
        outputs=outputs,
        outputs_dict=outputs_dict,
        model=model,
        model_dict=model_dict,
        compile=compile_,
        compile_dict=compile_dict,
        fit=fit,
        fit_dict=fit_dict,
        compiled=f"{model}\n{compile_}",
        compiled_dict=f"{model_dict}\n{compile_dict}",
        train=f"{model}\n{compile_}\n{fit}",
        train_dict=f"{model_dict}\n{compile_dict}\n{fit_dict}",
    )


def _dense(head: str, activation: str, *, named: bool) -> str:
    """The line that builds output ``head``: one unit, with ``activation`` and a name."""
    option = f', activation="{activation}"' if activation else ""
    name = f', name="{head}"' if named else ""
    return f"{head} = layers.Dense(1{option}{name})(h)"


def _as_list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(values) + "]"


def _as_dict(names: tuple[str, ...], values: tuple[str, ...]) -> str:
    """The dict the tool writes for the list of ``values``: keyed by ``names``, in order."""
    items = (f'"{name}": {value}' for name, value in zip(names, values, strict=True))
    return "{" + ", ".join(items) + "}"


# the standard model: age and gender, whose names sort in list order
AGE_GENDER = two_heads("age", "gender", ("mse", "binary_crossentropy"), ("", "sigmoid"))
# outputs whose names do not sort in list order (zeta before alpha): MKD004's model
ZETA_ALPHA = two_heads("zeta", "alpha", ("mse", "mae"))


def migration(
    findings: tuple[str, ...],
    template: str = STANDARD,
    *,
    heads: TwoHeads = AGE_GENDER,
    unnamed: bool = False,
    flags: tuple[str, ...] = (),
) -> Example:
    """An example the tool rewrites from ``template`` filled with ``heads``' lists to the same
    template filled with their dicts (``TwoHeads.fill``): the program is written once."""
    before = heads.fill(template, unnamed=unnamed)
    return rewrite(findings, before, heads.fill(template, migrated=True), flags=flags)


def migrated_file(path: str, template: str, *, heads: TwoHeads = AGE_GENDER) -> Source:
    """One file of a project example, written once as ``template`` (see ``migration``)."""
    return Source(path, heads.fill(template), after=heads.fill(template, migrated=True))


def two_inputs(first: str, second: str, *, named: bool, dict_model: bool, dict_fit: bool) -> str:
    """A whole program scoring two Inputs, ``first`` and ``second``, with one head: its
    Inputs ``named`` or not, its Model given the Inputs and its fit the data as a dict or a
    list (the tool's rewrite makes all three so)."""
    names = (first, second)
    data = tuple(f"x_{name}" for name in names)
    option = tuple(f', name="{name}"' if named else "" for name in names)
    inputs = _as_dict(names, names) if dict_model else _as_list(names)
    fed = _as_dict(names, data) if dict_fit else _as_list(data)
    return f"""\
{IMPORTS}

{first} = keras.Input(shape=(4,){option[0]})
{second} = keras.Input(shape=(4,){option[1]})
h = layers.concatenate([{first}, {second}])
score = layers.Dense(1, name="score")(h)

model = keras.Model({inputs}, score)
model.compile(optimizer="adam", loss="mse")
model.fit({fed}, y_score, epochs=3)
"""


def inputs_migration(
    findings: tuple[str, ...], first: str, second: str, *, named: bool, dict_model: bool
) -> Example:
    """An example the tool rewrites from ``two_inputs`` (as given: list data, Inputs ``named``
    or not, the Model's inputs a dict or not) to its all-dict form."""
    before = two_inputs(first, second, named=named, dict_model=dict_model, dict_fit=False)
    after = two_inputs(first, second, named=True, dict_model=True, dict_fit=True)
    return rewrite(findings, before, after)


def indent(piece: str) -> str:
    """``piece`` as the body of a function: every line four spaces in."""
    return textwrap.indent(piece, "    ")


@dataclass(frozen=True)
class Rule:
    """One finding code: its rule page (``explain CODE``), examples and where it is decided.

    ``decided_in`` names the package modules (dotted, below ``migrate_keras_dicts``) whose
    code spells the code as a string literal: where it is raised, or read back. A rule with
    no example says why in ``no_example``.
    """

    code: str
    severity: Severity
    title: str
    what: str
    why: str
    examples: tuple[Example, ...]
    decided_in: tuple[str, ...]
    no_example: str = ""
