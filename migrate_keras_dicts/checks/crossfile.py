"""Other files: public builders and producers, and models migrated (or blocked) across files."""

from __future__ import annotations

from .base import Example, Rule, Severity, Source, rewrite

RULES: tuple[Rule, ...] = (
    Rule(
        code="MKD007",
        severity=Severity.WARNING,
        title="public-builder",
        what=(
            "The model comes from a public function; callers in other files must be migrated "
            "together with this one."
        ),
        why=(
            "A builder such as `build_model()` may be imported elsewhere. Code there that still "
            "passes lists to the dict model is paired in sorted-key order, silently. Run the tool "
            "over the whole repository, or check the other callers by hand."
        ),
        examples=(
            rewrite(
                """\
import keras
from keras import layers


def build_model():
    features = keras.Input(shape=(8,), name="features")
    h = layers.Dense(16, activation="relu")(features)
    age = layers.Dense(1, name="age")(h)
    gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
    return keras.Model(features, [age, gender])


model = build_model()
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(x_train, [y_age, y_gender], epochs=3)
""",
                """\
import keras
from keras import layers


def build_model():
    features = keras.Input(shape=(8,), name="features")
    h = layers.Dense(16, activation="relu")(features)
    age = layers.Dense(1, name="age")(h)
    gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
    return keras.Model(features, {"age": age, "gender": gender})


model = build_model()
model.compile(optimizer="adam", loss={"age": "mse", "gender": "binary_crossentropy"})
model.fit(x_train, {"age": y_age, "gender": y_gender}, epochs=3)
""",
                findings=("MKD001", "MKD007"),
            ),
        ),
        decided_in=("planning.follow",),
    ),
    Rule(
        code="MKD121",
        severity=Severity.INFO,
        title="migrated-across-files",
        what=(
            "A model built in one file and compiled, fitted or predicted in another was migrated "
            "in both, as one transaction."
        ),
        why=(
            "The builder's module and every module that calls it through the project's imports "
            "change together, so no list is left beside a dict."
        ),
        examples=(
            Example(
                sources=(
                    Source(
                        "models.py",
                        """\
import keras
from keras import layers


def build_model():
    features = keras.Input(shape=(8,), name="features")
    h = layers.Dense(16, activation="relu")(features)
    age = layers.Dense(1, name="age")(h)
    gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
    return keras.Model(features, [age, gender])
""",
                        after="""\
import keras
from keras import layers


def build_model():
    features = keras.Input(shape=(8,), name="features")
    h = layers.Dense(16, activation="relu")(features)
    age = layers.Dense(1, name="age")(h)
    gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
    return keras.Model(features, {"age": age, "gender": gender})
""",
                    ),
                    Source(
                        "train.py",
                        """\
from models import build_model

model = build_model()
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(x_train, [y_age, y_gender], epochs=3)
""",
                        after="""\
from models import build_model

model = build_model()
model.compile(optimizer="adam", loss={"age": "mse", "gender": "binary_crossentropy"})
model.fit(x_train, {"age": y_age, "gender": y_gender}, epochs=3)
""",
                    ),
                ),
                findings=("MKD001", "MKD121"),
            ),
        ),
        decided_in=("linked", "plan"),
    ),
    Rule(
        code="MKD122",
        severity=Severity.REFUSED,
        title="blocked-across-files",
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
            Example(
                sources=(
                    Source(
                        "models.py",
                        """\
import keras
from keras import layers


def build_model():
    features = keras.Input(shape=(8,), name="features")
    h = layers.Dense(16, activation="relu")(features)
    age = layers.Dense(1, name="age")(h)
    gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
    return keras.Model(features, [age, gender])
""",
                    ),
                    Source(
                        "train.py",
                        """\
from models import build_model

model = build_model()
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(train_ds, epochs=3)  # yields (x, (y_age, y_gender))
""",
                    ),
                ),
                findings=("MKD107", "MKD122"),
            ),
        ),
        decided_in=("linked",),
    ),
    Rule(
        code="MKD125",
        severity=Severity.WARNING,
        title="weights-order-in-project",
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
            Example(
                sources=(
                    Source(
                        "models.py",
                        """\
import keras
from keras import layers


def build_model():
    features = keras.Input(shape=(8,), name="features")
    h = layers.Dense(16, activation="relu")(features)
    zeta = layers.Dense(1, name="zeta")(h)
    alpha = layers.Dense(1, name="alpha")(h)
    return keras.Model(features, [zeta, alpha])
""",
                        after="""\
import keras
from keras import layers


def build_model():
    features = keras.Input(shape=(8,), name="features")
    h = layers.Dense(16, activation="relu")(features)
    zeta = layers.Dense(1, name="zeta")(h)
    alpha = layers.Dense(1, name="alpha")(h)
    return keras.Model(features, {"zeta": zeta, "alpha": alpha})
""",
                    ),
                    Source(
                        "train.py",
                        """\
from models import build_model

model = build_model()
model.compile(optimizer="adam", loss=["mse", "mae"])
model.fit(x_train, [y_zeta, y_alpha], epochs=3)
""",
                        after="""\
from models import build_model

model = build_model()
model.compile(optimizer="adam", loss={"zeta": "mse", "alpha": "mae"})
model.fit(x_train, {"zeta": y_zeta, "alpha": y_alpha}, epochs=3)
""",
                    ),
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
                findings=("MKD001", "MKD004", "MKD121", "MKD125"),
            ),
        ),
        decided_in=("project",),
    ),
    Rule(
        code="MKD126",
        severity=Severity.WARNING,
        title="public-producer",
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
                """\
import keras
from keras import layers


def batches(paths):
    for path in paths:
        x, y_age, y_gender = load_batch(path)
        yield x, (y_age, y_gender)


features = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(features)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)

model = keras.Model(features, [age, gender])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(batches(train_paths), steps_per_epoch=100, epochs=3)
""",
                """\
import keras
from keras import layers


def batches(paths):
    for path in paths:
        x, y_age, y_gender = load_batch(path)
        yield x, {"age": y_age, "gender": y_gender}


features = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(features)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)

model = keras.Model(features, {"age": age, "gender": gender})
model.compile(optimizer="adam", loss={"age": "mse", "gender": "binary_crossentropy"})
model.fit(batches(train_paths), steps_per_epoch=100, epochs=3)
""",
                findings=("MKD001", "MKD126"),
            ),
        ),
        decided_in=("planning.arguments",),
    ),
)
