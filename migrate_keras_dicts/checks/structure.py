"""The model's inputs and outputs: whether the tool can see and name every one."""

from __future__ import annotations

from .base import (
    AGE_GENDER,
    FEATURES,
    IMPORTS,
    Rule,
    Severity,
    inputs_migration,
    migration,
    refusal,
    rewrite,
)

# Inputs made in a loop, and two named heads on them (MKD013).
LOOP_INPUTS = f"""\
{IMPORTS}

inputs = []
for width in (4, 6):
    inputs.append(keras.Input(shape=(width,)))
h = layers.concatenate(inputs)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)"""

RULES = (
    Rule(
        "MKD001",
        Severity.INFO,
        "model-migrated",
        what="A functional model, its compile and its data calls were rewritten to named dicts.",
        why=(
            "Keras 3 pairs dicts by name and lists by position; a list beside a dict is paired in "
            "sorted-key order without a warning (and Keras 3.5/3.6 sorted even full dict losses "
            "against list outputs). Fully named dicts are paired the same way on every Keras 3."
        ),
        examples=(migration(("MKD001",)),),
        decided_in=("plan",),
    ),
    Rule(
        "MKD002",
        Severity.INFO,
        "input-named",
        what="An unnamed `Input` got `name=` set to the variable it is assigned to.",
        why=(
            "Dict inputs are matched to data by the Input's name; an unnamed Input is called "
            "`keras_tensor_N`, which changes from run to run."
        ),
        examples=(
            inputs_migration(("MKD001", "MKD002"), "image", "meta", named=False, dict_model=False),
        ),
        decided_in=("plan",),
    ),
    Rule(
        "MKD013",
        Severity.WARNING,
        "inputs-kept-as-list",
        what=(
            "The inputs are a list filled at run time (`inputs.append(keras.Input(...))` in a "
            "loop): they stay that list, `x` stays a list, and the outputs are migrated."
        ),
        why=(
            "The tool cannot name tensors it cannot see, but a list of inputs with a list `x` is "
            "paired by position on every Keras, whatever the outputs are. The outputs are what "
            "losses, metrics and labels pair with, so they still become a named dict. To name "
            "the inputs too, write them as one list of named `keras.Input(...)` and rerun."
        ),
        examples=(
            rewrite(
                ("MKD001", "MKD013"),
                f"""\
{LOOP_INPUTS}
model = keras.Model(inputs, [age, gender])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit([x_a, x_b], [y_age, y_gender], epochs=3)
""",
                f"""\
{LOOP_INPUTS}
model = keras.Model(inputs, {{"age": age, "gender": gender}})
model.compile(optimizer="adam", loss={{"age": "mse", "gender": "binary_crossentropy"}})
model.fit([x_a, x_b], {{"age": y_age, "gender": y_gender}}, epochs=3)
""",
            ),
        ),
        decided_in=("plan",),
    ),
    Rule(
        "MKD101",
        Severity.REFUSED,
        "input-not-traced",
        what="An element of `inputs` is not a variable bound once to `keras.Input(...)`.",
        why=(
            "Input dict keys are Input names; the tool must see the `Input` call to read or add "
            "its name."
        ),
        examples=(
            refusal(
                ("MKD101",),
                f"""\
{IMPORTS}


def make_input():
    return keras.Input(shape=(8,), name="a")


b = keras.Input(shape=(8,), name="b")
a = make_input()
h = layers.concatenate([a, b])
score = layers.Dense(1, name="score")(h)
model = keras.Model([a, b], score)
model.compile(optimizer="adam", loss="mse")
model.fit([x_a, x_b], y, epochs=3)
""",
            ),
        ),
        decided_in=("planning.structure",),
    ),
    Rule(
        "MKD102",
        Severity.REFUSED,
        "output-not-traced",
        what="An output is not produced by a Keras layer call of its own.",
        why=(
            "Output dict keys must equal the output layer's name. An op result, a layer shared by "
            "several outputs, a custom layer without `name=`, or a helper function whose returned "
            "layer has no readable `name=` cannot be given a distinct name by the tool. (A helper "
            "returning a layer named by a literal, or by an f-string or parameter its call gives "
            "string literals, and an Input passed straight through, are keyed by that name.)"
        ),
        examples=(
            refusal(
                ("MKD102",),
                f"""\
{IMPORTS}

{FEATURES}
first = h[:, 0]
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)

model = keras.Model(features, [first, gender])
{AGE_GENDER.compile}
model.fit(x_train, [y_first, y_gender], epochs=3)
""",
            ),
            refusal(
                ("MKD102",),
                f"""\
{IMPORTS}

features = keras.Input(shape=(8,), name="features")
other = keras.Input(shape=(8,), name="other")
head = layers.Dense(1, name="head")
first = head(features)
second = head(other)

model = keras.Model([features, other], [first, second])
model.compile(optimizer="adam", loss=["mse", "mse"])
model.fit([x_a, x_b], [y_a, y_b], epochs=3)
""",
            ),
        ),
        decided_in=("planning.structure",),
    ),
    Rule(
        "MKD103",
        Severity.REFUSED,
        "name-not-literal",
        what="A layer or Input name is not a string literal.",
        why="Dict keys must equal names; the tool can only prove that for literal names.",
        examples=(
            refusal(
                ("MKD103",),
                f"""\
{IMPORTS}

prefix = "head"
{FEATURES}
age = layers.Dense(1, name=prefix + "_age")(h)
gender = layers.Dense(1, activation="sigmoid", name=prefix + "_gender")(h)

{AGE_GENDER.train}
""",
            ),
        ),
        decided_in=("planning.structure",),
    ),
    Rule(
        "MKD104",
        Severity.REFUSED,
        "name-collision",
        what="The name the tool would add is used already or may be a Keras automatic name.",
        why=(
            'Keras raises `The name "x" is used 2 times in the model` at `Model(...)`, also '
            "against automatic names such as `dense` or `dense_1`. The names checked are those "
            "this file spells (literal, computed or unreadable `name=`, `Input(**spec)`) and, in "
            "a whole-repository run, the literal `name=` of the run's modules this file imports. "
            "Rename the variable or give the layer a unique `name=` by hand."
        ),
        examples=(
            refusal(
                ("MKD104",),
                f"""\
{IMPORTS}

{FEATURES}
dense = layers.Dense(1)(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)

model = keras.Model(features, [dense, gender])
{AGE_GENDER.compile}
{AGE_GENDER.fit}
""",
            ),
        ),
        decided_in=("planning.structure",),
    ),
    Rule(
        "MKD105",
        Severity.REFUSED,
        "structure-not-literal",
        what=(
            "The model's `inputs`/`outputs` are not a list, tuple or dict literal the tool can see."
        ),
        why=(
            "The rewrite needs every element to name it; a variable built elsewhere or used for "
            "other things cannot be changed safely."
        ),
        examples=(
            refusal(
                ("MKD105",),
                f"""\
{IMPORTS}


def heads(h):
    return [layers.Dense(1, name="age")(h), layers.Dense(1, name="gender")(h)]


{FEATURES}
outs = heads(h)
model = keras.Model(features, outs)
{AGE_GENDER.compile}
{AGE_GENDER.fit}
""",
            ),
        ),
        decided_in=("plan", "planning.structure"),
    ),
    Rule(
        "MKD115",
        Severity.REFUSED,
        "shared-between-models",
        what="An Input or output layer belongs to more than one model the tool would rewrite.",
        why="Renaming it for one model changes the other; both must be migrated by hand together.",
        examples=(
            refusal(
                ("MKD106", "MKD115"),
                f"""\
{IMPORTS}

from training import train

{FEATURES}
age = layers.Dense(1)(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
aux = layers.Dense(1, name="aux")(h)

both = keras.Model(features, [age, gender])
both.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
both.fit(x_train, [y_age, y_gender], epochs=3)

with_aux = keras.Model(features, [age, aux])
train(with_aux)
""",
            ),
        ),
        decided_in=("engine",),
    ),
    Rule(
        "MKD117",
        Severity.REFUSED,
        "starred-element",
        what="A list uses `*` unpacking, so its length and order are not visible.",
        why="Each element must be seen to be named.",
        examples=(
            refusal(
                ("MKD117",),
                f"""\
{IMPORTS}

{FEATURES}
heads = [layers.Dense(1, name="age")(h), layers.Dense(1, name="gender")(h)]
aux = layers.Dense(1, name="aux")(h)

model = keras.Model(features, [*heads, aux])
model.compile(optimizer="adam", loss=["mse", "mse", "mse"])
model.fit(x_train, [y_age, y_gender, y_aux], epochs=3)
""",
            ),
        ),
        decided_in=("planning.syntax",),
    ),
    Rule(
        "MKD123",
        Severity.WARNING,
        "subclassed-model",
        what=(
            "A subclass of `keras.Model` defines its own `compile`, `train_step`, `test_step` or "
            "`compute_loss`; the tool never rewrites subclassed models."
        ),
        why=(
            "Such a model decides in its own code how losses, metrics and labels meet its "
            "outputs, so a dict rewrite of its callers could no longer match what the class "
            "expects. Migrate the class and its callers together by hand."
        ),
        examples=(
            refusal(
                ("MKD123",),
                f"""\
{IMPORTS}


class Twin(keras.Model):
    def train_step(self, data):
        x, (y_age, y_gender) = data
        return super().train_step((x, (y_age, y_gender)))


{AGE_GENDER.layers}
model = Twin(features, [age, gender])
{AGE_GENDER.compile}
{AGE_GENDER.fit}
""",
            ),
        ),
        decided_in=("engine",),
    ),
    Rule(
        "MKD130",
        Severity.REFUSED,
        "keras1-input-output",
        what=(
            "The model is built with the Keras 1 keywords `input=`/`output=` (`Model(input=[a, "
            "b], output=[c, d])`)."
        ),
        why=(
            "Keras 3 and tf.keras (Keras 2) accept only `inputs=`/`outputs=`: with "
            "`input=`/`output=` the constructor raises a ValueError (Keras 3) or TypeError "
            "(tf.keras), so the program runs only on Keras 1 or early standalone Keras 2, where "
            "the tool's dicts do not apply. The tool does not rename them itself: rename them to "
            "`inputs=`/`outputs=` by hand, check the program runs on your Keras, then rerun the "
            "tool."
        ),
        examples=(
            refusal(
                ("MKD130",),
                f"""\
{IMPORTS}

{AGE_GENDER.layers}

model = keras.Model(input=features, output=[age, gender])
{AGE_GENDER.compile}
{AGE_GENDER.fit}
""",
            ),
        ),
        decided_in=("planning.structure",),
    ),
)
