"""compile's loss, loss_weights and metrics, and the data given to fit, evaluate and predict."""

from __future__ import annotations

from .base import Rule, Severity, refusal, rewrite

RULES: tuple[Rule, ...] = (
    Rule(
        code="MKD005",
        severity=Severity.WARNING,
        title="flat-metrics-per-output",
        what="A flat metrics list as long as the outputs was read as one metric per output.",
        why=(
            "Keras 3 pairs `metrics=['mae', 'acc']` with two outputs one to one (it never "
            "broadcasts). Keras 2 (`tf.keras`) applied every metric to every output: if this code "
            "was written for Keras 2, the dict now says what Keras 3 did, not what you meant."
        ),
        examples=(
            rewrite(
                """\
import keras
from keras import layers

features = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(features)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)

model = keras.Model(features, [age, gender])
model.compile(
    optimizer="adam", loss=["mse", "binary_crossentropy"], metrics=["mae", "accuracy"]
)
model.fit(x_train, [y_age, y_gender], epochs=3)
""",
                """\
import keras
from keras import layers

features = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(features)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)

model = keras.Model(features, {"age": age, "gender": gender})
model.compile(
    optimizer="adam",
    loss={"age": "mse", "gender": "binary_crossentropy"},
    metrics={"age": "mae", "gender": "accuracy"},
)
model.fit(x_train, {"age": y_age, "gender": y_gender}, epochs=3)
""",
                findings=("MKD001", "MKD005"),
            ),
        ),
        decided_in=("planning.arguments",),
    ),
    Rule(
        code="MKD006",
        severity=Severity.WARNING,
        title="mixed-structure-fixed",
        what=(
            "The model mixed a dict structure with a list argument, which Keras pairs in "
            "sorted-key order or rejects; it was migrated by list order, which changes (fixes) "
            "what the call does."
        ),
        why=(
            "With dict outputs, a list `loss`, `loss_weights`, `metrics` or `y` is packed in "
            "sorted-key order on every Keras 3, silently: the list order you wrote was not what "
            "Keras used (a list `sample_weight` beside dict `y` raises). With dict inputs whose "
            "keys are not in sorted order, a list `x` raises a ValueError on Keras 3.8+ (3.7 "
            "warned and swapped the inputs, 3.5/3.6 swapped them silently). The rewrite follows "
            "the order you wrote, so the call now trains or runs by that order; check that this "
            "is what you meant."
        ),
        examples=(
            rewrite(
                """\
import keras
from keras import layers

features = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(features)
zeta = layers.Dense(1, name="zeta")(h)
alpha = layers.Dense(1, name="alpha")(h)

model = keras.Model(features, {"zeta": zeta, "alpha": alpha})
model.compile(optimizer="adam", loss=["mse", "mae"])
model.fit(x_train, {"zeta": y_zeta, "alpha": y_alpha}, epochs=3)
""",
                """\
import keras
from keras import layers

features = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(features)
zeta = layers.Dense(1, name="zeta")(h)
alpha = layers.Dense(1, name="alpha")(h)

model = keras.Model(features, {"zeta": zeta, "alpha": alpha})
model.compile(optimizer="adam", loss={"zeta": "mse", "alpha": "mae"})
model.fit(x_train, {"zeta": y_zeta, "alpha": y_alpha}, epochs=3)
""",
                findings=("MKD001", "MKD006"),
            ),
            rewrite(
                """\
import keras
from keras import layers

zeta_in = keras.Input(shape=(4,), name="zeta_in")
alpha_in = keras.Input(shape=(4,), name="alpha_in")
h = layers.concatenate([zeta_in, alpha_in])
score = layers.Dense(1, name="score")(h)

model = keras.Model({"zeta_in": zeta_in, "alpha_in": alpha_in}, score)
model.compile(optimizer="adam", loss="mse")
model.fit([x_zeta, x_alpha], y_score, epochs=3)
""",
                """\
import keras
from keras import layers

zeta_in = keras.Input(shape=(4,), name="zeta_in")
alpha_in = keras.Input(shape=(4,), name="alpha_in")
h = layers.concatenate([zeta_in, alpha_in])
score = layers.Dense(1, name="score")(h)

model = keras.Model({"zeta_in": zeta_in, "alpha_in": alpha_in}, score)
model.compile(optimizer="adam", loss="mse")
model.fit({"zeta_in": x_zeta, "alpha_in": x_alpha}, y_score, epochs=3)
""",
                findings=("MKD001", "MKD006"),
            ),
        ),
        decided_in=("plan",),
    ),
    Rule(
        code="MKD009",
        severity=Severity.WARNING,
        title="flat-metrics-wrong-length",
        what=(
            "A flat metrics list whose length differs from the number of outputs was left as it is."
        ),
        why=(
            "Keras 3 raises for it (`Invalid metrics`), before and after the rewrite: it never "
            "broadcasts a flat list over outputs. Write one list per output."
        ),
        examples=(
            rewrite(
                """\
import keras
from keras import layers

features = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(features)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)

model = keras.Model(features, [age, gender])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"], metrics=["mae"])
model.fit(x_train, [y_age, y_gender], epochs=3)
""",
                """\
import keras
from keras import layers

features = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(features)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)

model = keras.Model(features, {"age": age, "gender": gender})
model.compile(
    optimizer="adam",
    loss={"age": "mse", "gender": "binary_crossentropy"},
    metrics=["mae"],
)
model.fit(x_train, {"age": y_age, "gender": y_gender}, epochs=3)
""",
                findings=("MKD001", "MKD009"),
            ),
        ),
        decided_in=("planning.arguments",),
    ),
    Rule(
        code="MKD011",
        severity=Severity.INFO,
        title="loss-dict-reordered",
        what=(
            "A `loss` dict not in output order was put in output order, because the program reads "
            "the per-output losses in order; the finding names the reader."
        ),
        why=(
            "List outputs log the per-output losses in output order; dict outputs log them in the "
            "order of the `loss` dict on Keras 3.7+ (3.5 and 3.6 sort them by key; "
            "keras-pairing.md §6). Positional `evaluate()` results and callbacks see that order, "
            "so the dict keeps the order they saw. (`history.history` is sorted by key on Keras 3 "
            "whatever the order; on Keras 2 it follows sorted keys for dict outputs, which MKD118 "
            "guards.) With no such reader the dict is left as written."
        ),
        examples=(
            rewrite(
                """\
import keras
from keras import layers


class LogEveryLoss(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        print(list(logs.values()))


features = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(features)
zeta = layers.Dense(1, name="zeta")(h)
alpha = layers.Dense(1, name="alpha")(h)

model = keras.Model(features, [zeta, alpha])
model.compile(optimizer="adam", loss={"alpha": "mse", "zeta": "mae"})
model.fit(x_train, [y_zeta, y_alpha], epochs=3, callbacks=[LogEveryLoss()])
""",
                """\
import keras
from keras import layers


class LogEveryLoss(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        print(list(logs.values()))


features = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(features)
zeta = layers.Dense(1, name="zeta")(h)
alpha = layers.Dense(1, name="alpha")(h)

model = keras.Model(features, {"zeta": zeta, "alpha": alpha})
model.compile(optimizer="adam", loss={"zeta": "mae", "alpha": "mse"})
model.fit(
    x_train, {"zeta": y_zeta, "alpha": y_alpha}, epochs=3, callbacks=[LogEveryLoss()]
)
""",
                findings=("MKD001", "MKD004", "MKD011"),
            ),
        ),
        decided_in=("planning.readback",),
    ),
    Rule(
        code="MKD107",
        severity=Severity.REFUSED,
        title="data-not-visible",
        what=(
            "Data passed to the model is not a literal (a dataset, generator, array or function "
            "result whose structure the tool cannot see), or a `sample_weight` is not provably "
            "one array."
        ),
        why=(
            "With dict outputs, tuple or list labels are paired in sorted-key order, silently; "
            "with dict inputs, list features raise or are swapped. A `sample_weight` is left as "
            "one array for every output only when it is built by a call known to return one array "
            "(`np.array`, `np.ones`, `np.concatenate`, `keras.ops.ones`, ...), by arithmetic or "
            "slicing on one; `np.hsplit(w, 2)` returns a list. Make the producer yield dicts "
            "keyed by the names, then migrate."
        ),
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
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(train_ds, epochs=3)  # yields (x, (y_age, y_gender))
""",
                findings=("MKD107",),
            ),
            refusal(
                """\
import numpy as np
import keras
from keras import layers

features = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(features)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)

model = keras.Model(features, [age, gender])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(x_train, [y_age, y_gender], sample_weight=np.hsplit(weights, 2), epochs=3)
""",
                findings=("MKD107",),
            ),
        ),
        decided_in=("planning.arguments",),
    ),
    Rule(
        code="MKD108",
        severity=Severity.REFUSED,
        title="argument-not-visible",
        what="A compile argument is a variable or call whose structure the tool cannot see.",
        why=(
            "A list `loss`, `loss_weights` or `metrics` on dict outputs is applied in sorted-key "
            "order, silently. A value is taken as one loss, weight or metric only when that is "
            "provable: a literal, a Keras loss or metric, a `def`, lambda or loss class of this "
            "file, or a call of a factory of this file that returns one. An imported name, an "
            "attribute of an imported module or class (`settings.LOSSES`, `Config.METRICS`), a "
            "call of an unknown function or a subscript may be a list. Write the argument inline, "
            "or as a dict keyed by output names."
        ),
        examples=(
            refusal(
                """\
import keras
from keras import layers

from settings import LOSSES

features = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(features)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)

model = keras.Model(features, [age, gender])
model.compile(optimizer="adam", loss=LOSSES)
model.fit(x_train, [y_age, y_gender], epochs=3)
""",
                findings=("MKD108",),
            ),
        ),
        decided_in=("planning.arguments",),
    ),
    Rule(
        code="MKD109",
        severity=Severity.REFUSED,
        title="length-mismatch",
        what="A list has a different number of entries than the model has inputs or outputs.",
        why=(
            "The tool pairs list entries with names by position; with a different length it "
            "cannot know which entry belongs to which output."
        ),
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
model.compile(optimizer="adam", loss=["mse"])
model.fit(x_train, [y_age, y_gender], epochs=3)
""",
                findings=("MKD109",),
            ),
        ),
        decided_in=("planning.arguments",),
    ),
    Rule(
        code="MKD110",
        severity=Severity.REFUSED,
        title="dict-keys-mismatch",
        what="A dict's keys are not string literals naming the model's inputs or outputs.",
        why=(
            "Keys must equal Input and output-layer names for the pairing to be the same on every "
            "Keras 3 version."
        ),
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
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(x_train, {"out_1": y_age, "out_2": y_gender}, epochs=3)
""",
                findings=("MKD110",),
            ),
        ),
        decided_in=("planning.arguments", "planning.structure"),
    ),
    Rule(
        code="MKD114",
        severity=Severity.REFUSED,
        title="call-signature",
        what=(
            "A call uses `*args`, `**kwargs` or positional arguments whose meaning differs "
            "between Keras versions."
        ),
        why=(
            "`compile`'s third positional parameter is `loss_weights` in Keras 3 and `metrics` in "
            "Keras 2; the tool does not guess."
        ),
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
model.compile("adam", ["mse", "binary_crossentropy"], ["mae"])
model.fit(x_train, [y_age, y_gender], epochs=3)
""",
                findings=("MKD114",),
            ),
        ),
        decided_in=("planning.structure", "planning.syntax"),
    ),
)
