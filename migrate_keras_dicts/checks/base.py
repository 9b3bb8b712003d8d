"""What a finding code is made of: its rule page and its runnable examples.

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
# two heads) trained with lists, plus the few lines that make their finding; each composes its
# whole program from these pieces with an f-string, so that it still reads as one program and
# `explain` prints it whole. A piece is whole lines, without the last newline.
IMPORTS = "import keras\nfrom keras import layers"
FEATURES = """\
features = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(features)"""


@dataclass(frozen=True)
class TwoHeads:
    """A model of the examples with two heads on ``FEATURES``: its layers, and its training
    calls with lists (as written) and with dicts (as the tool migrates them)."""

    layers: str
    model: str
    compile: str
    fit: str
    model_dict: str
    compile_dict: str
    fit_dict: str
    unnamed_layers: str = ""  # the heads without names, which the tool names (MKD003)

    @property
    def train(self) -> str:
        return f"{self.model}\n{self.compile}\n{self.fit}"

    @property
    def train_dict(self) -> str:
        return f"{self.model_dict}\n{self.compile_dict}\n{self.fit_dict}"


# the standard model: age and gender, named in the order they sort
AGE_GENDER = TwoHeads(
    layers=f"""\
{FEATURES}
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)""",
    unnamed_layers=f"""\
{FEATURES}
age = layers.Dense(1)(h)
gender = layers.Dense(1, activation="sigmoid")(h)""",
    model="model = keras.Model(features, [age, gender])",
    compile='model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])',
    fit="model.fit(x_train, [y_age, y_gender], epochs=3)",
    model_dict='model = keras.Model(features, {"age": age, "gender": gender})',
    compile_dict='model.compile(optimizer="adam", loss={"age": "mse", "gender": "binary_crossentropy"})',
    fit_dict='model.fit(x_train, {"age": y_age, "gender": y_gender}, epochs=3)',
)
# outputs whose names do not sort in list order (zeta before alpha): MKD004's model
ZETA_ALPHA = TwoHeads(
    layers=f"""\
{FEATURES}
zeta = layers.Dense(1, name="zeta")(h)
alpha = layers.Dense(1, name="alpha")(h)""",
    model="model = keras.Model(features, [zeta, alpha])",
    compile='model.compile(optimizer="adam", loss=["mse", "mae"])',
    fit="model.fit(x_train, [y_zeta, y_alpha], epochs=3)",
    model_dict='model = keras.Model(features, {"zeta": zeta, "alpha": alpha})',
    compile_dict='model.compile(optimizer="adam", loss={"zeta": "mse", "alpha": "mae"})',
    fit_dict='model.fit(x_train, {"zeta": y_zeta, "alpha": y_alpha}, epochs=3)',
)


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


Rules = tuple[Rule, ...]  # a family's RULES
