"""Files the tool could not process; the file is always left as it was."""

from __future__ import annotations

from .base import Rule, Severity, refusal

RULES: tuple[Rule, ...] = (
    Rule(
        code="MKD901",
        severity=Severity.ERROR,
        title="syntax-error",
        what="The file could not be parsed; it was left untouched.",
        why="The tool only rewrites code it can parse completely.",
        examples=(
            refusal(
                """\
import keras
from keras import layers

features = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(features)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)

model = keras.Model(features, [age, gender])
print "built", model.name
""",
                findings=("MKD901",),
            ),
        ),
        decided_in=("engine",),
    ),
    Rule(
        code="MKD902",
        severity=Severity.ERROR,
        title="self-check-failed",
        what="The rewrite failed its own safety check; the file was left untouched.",
        why=(
            "Every rewrite is compiled by the running Python and compared with the old tree "
            "outside the edited expressions before it is shown; with `--check-second-run` it is "
            "also migrated a second time, which must change nothing. A failure is a bug in the "
            "tool: please report it with the file."
        ),
        examples=(),
        no_example="a self-check failure is a bug in the tool; an example that shows it would be a bug report, fixed as soon as it is found",
        decided_in=("engine", "formats.notebook"),
    ),
    Rule(
        code="MKD903",
        severity=Severity.ERROR,
        title="unreadable-file",
        what="The file could not be read or decoded; it was left untouched.",
        why="The tool never writes a file it could not read exactly.",
        examples=(
            refusal(
                """\
{"cells": [""",
                findings=("MKD903",),
                path="notebook.ipynb",
            ),
        ),
        decided_in=("pipeline", "runner"),
    ),
    Rule(
        code="MKD904",
        severity=Severity.ERROR,
        title="file-too-large",
        what=(
            "The file (for a notebook: its code cells) is larger than the size limit; it was not "
            "read."
        ),
        why=(
            "Very large generated files take minutes to analyse. The limit (1 MB by default) "
            "keeps a repository run predictable; raise it with `--max-file-size BYTES`. A "
            "notebook counts by its code, not its outputs: plots do not make it too large."
        ),
        examples=(),
        no_example="the size limit applies to files on disk (`--max-file-size`); no short program is too large",
        decided_in=("runner",),
    ),
    Rule(
        code="MKD905",
        severity=Severity.ERROR,
        title="changed-while-working",
        what="The file changed on disk between reading and writing; it was not written.",
        why="Writing would have thrown away the other change. Run the tool again.",
        examples=(),
        no_example="it needs another process to change the file between the tool's read and its write",
        decided_in=("runner",),
    ),
)
