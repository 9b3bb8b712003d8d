"""Other files: public builders and producers, and models migrated (or blocked) across files."""

from __future__ import annotations

from .base import (
    AGE_GENDER,
    IMPORTS,
    ZETA_ALPHA,
    Rule,
    Severity,
    Source,
    migrated_file,
    migration,
    project,
    refusal,
    rewrite,
)

# models.py of the project examples: a public builder, for other files to import
BUILDER = """\
{imports}


def build_model():
{indented_layers}
    return keras.Model(features, {outputs})
"""
# what calls the builder: compile and fit the model it returns
CALLER = """\
model = build_model()
{compile}
{fit}
"""
TRAIN_PY = "from models import build_model\n\n" + CALLER

RULES = (
    Rule(
        "MKD007",
        Severity.WARNING,
        "public-builder",
        what=(
            "The model comes from a public function, or is passed to one whose body is "
            "rewritten for it, or is stored on `self` in a public class; callers in other files "
            "must be migrated together with this one."
        ),
        why=(
            "A builder such as `build_model()` may be imported elsewhere. Code there that still "
            "passes lists to the dict model is paired in sorted-key order, silently. A function "
            "the model is passed to (`show(model, x)`) is rewritten for a dict model, which "
            "other files may call with their own. Run the tool over the whole repository, or "
            "check the other callers by hand."
        ),
        examples=(migration(("MKD001", "MKD007"), BUILDER + "\n\n" + CALLER),),
        decided_in=("planning.follow", "planning.passed", "planning.self_attribute"),
    ),
    Rule(
        "MKD121",
        Severity.INFO,
        "migrated-across-files",
        what=(
            "A model built in one file and compiled, fitted or predicted in another was migrated "
            "in both, as one transaction."
        ),
        why=(
            "The builder's module and every module that calls it through the project's imports "
            "change together, so no list is left beside a dict."
        ),
        examples=(
            project(
                ("MKD001", "MKD121"),
                migrated_file("models.py", BUILDER),
                migrated_file("train.py", TRAIN_PY),
            ),
        ),
        decided_in=("linked", "plan"),
    ),
    Rule(
        "MKD122",
        Severity.REFUSED,
        "blocked-across-files",
        what=(
            "A model used across files was left untouched in all of them, because one of them "
            "cannot be migrated."
        ),
        why=(
            "Migrating the builder without its callers (or the reverse) would leave lists beside "
            "dicts, which Keras pairs in sorted-key order. The finding names the file and line "
            "that blocks; fix or migrate that by hand, then rerun on all the files."
        ),
        examples=(
            project(
                ("MKD107", "MKD122"),
                Source("models.py", AGE_GENDER.fill(BUILDER)),
                Source(
                    "train.py",
                    f"""\
from models import build_model

model = build_model()
{AGE_GENDER.compile}
model.fit(train_ds, epochs=3)  # yields (x, (y_age, y_gender))
""",
                ),
            ),
        ),
        decided_in=("linked",),
    ),
    Rule(
        "MKD125",
        Severity.WARNING,
        "weights-order-in-project",
        what=(
            "A migrated model's layer order changes, and a file of the project loads or sets "
            "weights by position."
        ),
        why=(
            "`load_weights`, `.weights.h5` files and `set_weights` match weights by position "
            "(keras-pairing.md §8). Dict outputs are flattened in sorted-key order, so when that "
            "differs from the old list order `model.layers` and `get_weights()` change order and "
            "weights saved by the old code load into the wrong layers, silently when shapes "
            "match. Re-save: with the old code, `model.save('model.keras')`; with the new code, "
            "`old = keras.models.load_model('model.keras')` and copy layer by layer by name "
            "(`new.get_layer(n).set_weights(old.get_layer(n).get_weights())`, using the old "
            "automatic name for a renamed layer), then `new.save_weights(...)` again."
        ),
        examples=(
            project(
                ("MKD001", "MKD004", "MKD121", "MKD125"),
                migrated_file("models.py", BUILDER, heads=ZETA_ALPHA),
                migrated_file("train.py", TRAIN_PY, heads=ZETA_ALPHA),
                Source(
                    "infer.py",
                    """\
import keras

import models  # noqa: F401  (registers the project's custom objects)

net = keras.models.load_model("zeta_alpha.keras")
net.load_weights("zeta_alpha.weights.h5")
""",
                ),
            ),
        ),
        decided_in=("project",),
    ),
    Rule(
        "MKD126",
        Severity.WARNING,
        "public-producer",
        what=(
            "The migrated model's data comes from a public generator, dataset class or `.map` "
            "function of this file, which now produces dict labels."
        ),
        why=(
            "Another module could import it and feed a model that still has list outputs; that "
            "model would then get dict labels paired in sorted-key order. Run the tool over the "
            "whole repository (a file that imports the producer then blocks or joins the "
            "migration), or check the importers by hand."
        ),
        examples=(
            rewrite(
                ("MKD001", "MKD126"),
                f"""\
{IMPORTS}


def batches(paths):
    for path in paths:
        x, y_age, y_gender = load_batch(path)
        yield x, (y_age, y_gender)


{AGE_GENDER.layers}

{AGE_GENDER.compiled}
model.fit(batches(train_paths), steps_per_epoch=100, epochs=3)
""",
                f"""\
{IMPORTS}


def batches(paths):
    for path in paths:
        x, y_age, y_gender = load_batch(path)
        yield x, {{"age": y_age, "gender": y_gender}}


{AGE_GENDER.layers}

{AGE_GENDER.compiled_dict}
model.fit(batches(train_paths), steps_per_epoch=100, epochs=3)
""",
            ),
        ),
        decided_in=("planning.producers",),
    ),
    Rule(
        "MKD132",
        Severity.REFUSED,
        "model-not-imported",
        what=(
            "A file calls `Model(...)` with several inputs or outputs but neither imports nor "
            "defines `Model`: a snippet that a notebook loads (`%load`) or another script runs."
        ),
        why=(
            "The tool knows a `Model` is Keras' only through the file's imports, so it cannot "
            "migrate this one, and the code that compiles and fits it lives elsewhere: "
            "migrating the builder alone would leave that code's lists on a dict model. "
            "Migrate the snippet together with the code that runs it, by hand, or paste it "
            "into that file and rerun the tool there."
        ),
        examples=(
            refusal(
                ("MKD132",),
                """\
def create_model():
    features = Input(shape=(8,), name="features")
    h = Dense(16, activation="relu")(features)
    age = Dense(1)(h)
    gender = Dense(1, activation="sigmoid")(h)
    return Model(features, [age, gender])
""",
                path="solutions/create_model.py",
            ),
        ),
        decided_in=("unbound_models",),
    ),
)
