"""Uses of the model and of what it returns: calls, attributes, branches, saves, exception checks."""

from __future__ import annotations

from .base import AGE_GENDER, IMPORTS, STANDARD, Rule, Severity, indent, migration, refusal

# predictions read by position: refused (MKD111), or left and reported under --unsafe (MKD010)
PREDS_BY_POSITION = """\
preds = model.predict(x_test)
for i in range(2):
    print(preds[i].mean())
"""

# Two Sequential branches merged, compiled with one loss and only summarised: inputs the
# tool cannot name, and nothing that pairs with them (MKD014).
COMPILED_ONLY = f"""\
{IMPORTS}

words = keras.Sequential([layers.Embedding(500, 16), layers.Flatten()])
contexts = keras.Sequential([layers.Embedding(500, 16), layers.Flatten()])
score = layers.Dense(1, activation="sigmoid")(layers.dot([words.output, contexts.output], axes=1))
pairs = keras.Model([words.input, contexts.input], score)
pairs.compile(loss="mean_squared_error", optimizer="adam")
pairs.summary()
"""

# A viewer of every layer's activations: outputs the tool cannot name, read by position,
# and never compiled or trained (MKD014).
ACTIVATION_VIEWER = f"""\
{IMPORTS}

base = keras.Sequential([keras.Input(shape=(8,)), layers.Dense(4), layers.Dense(2)])
viewer = keras.Model(base.inputs, [layer.output for layer in base.layers])
activations = viewer.predict(x_test)
print(activations[0].shape, activations[-1].shape)
"""

RULES = (
    Rule(
        "MKD014",
        Severity.INFO,
        "never-trained-left-as-written",
        what=(
            "A model the tool cannot migrate only predicts (and may be saved), or is only "
            "compiled with one loss for every output: it is never trained or evaluated, so it "
            "is left as written, and not counted as refused."
        ),
        why=(
            "Keras pairs losses, metrics, labels and sample weights with a model's outputs, in "
            "`compile` and the training calls. A model with none of them (an activation viewer "
            "over `model.layers`, a seq2seq inference model fed its states by position) means "
            "the same with lists on every Keras version, so there is nothing to migrate. The "
            "tool follows every use of the model to say so: one it cannot follow, a `compile` "
            "with a list or dict of losses, loss weights or an argument per output (a `compile` "
            "with one loss, a flat list of metrics and no loss weights pairs nothing until a "
            "model trains), a training or evaluation call, a call inside another model (which "
            "may train it), a "
            "custom training loop's `trainable_weights`, a `predict` given callbacks (Keras "
            "hands them the model, which they may compile and fit), dict inputs (a list `x` "
            "pairs with them by version), or another file of the run that may reach the model "
            "keeps the refusal. A save is no such use: the model left as written is saved as "
            "written, and whoever loads and trains the file pairs its lists as before."
        ),
        examples=(refusal(("MKD014",), ACTIVATION_VIEWER), refusal(("MKD014",), COMPILED_ONLY)),
        decided_in=("planning.untrained",),
    ),
    Rule(
        "MKD010",
        Severity.WARNING,
        "unsafe-consumer-left",
        what=(
            "Under --unsafe, or --accept with the code of a refusal, a use of the model the tool "
            "cannot prove right was left as it is and the model migrated."
        ),
        why=(
            "With dict outputs, `predict()` and `model(x)` return dicts. Code that indexes, "
            "iterates or unpacks the old list needs a hand rewrite. `--accept CODE` overrides "
            "one kind of refusal, for what the tool cannot see: `--accept MKD120` once the code "
            "that loads a saved model is migrated by hand, or nothing loads it."
        ),
        examples=(
            migration(("MKD001", "MKD010"), STANDARD + PREDS_BY_POSITION, flags=("--unsafe",)),
            migration(
                ("MKD001", "MKD010"),
                STANDARD + 'model.save("age_gender.keras")\n',
                flags=("--accept", "MKD120"),
            ),
        ),
        decided_in=("planning.state",),
    ),
    Rule(
        "MKD106",
        Severity.REFUSED,
        "model-escapes",
        what=(
            "The model is used where the tool cannot follow it (passed on, stored, or returned to "
            "code outside this file), in a way it does not know (an attribute outside its table "
            "of known uses, a method taken without being called such as `f = model.to_json`, "
            "`getattr(model, ...)`), or a callback may use it through `self.model`."
        ),
        why=(
            "Constructor, compile and data calls must migrate together. If any of them is out of "
            "sight, a half-migrated model would be paired in sorted-key order silently. A use the "
            "tool does not positively know to be unchanged by dict inputs and outputs may depend "
            "on their structure or order, so it refuses rather than guess. A callback's "
            "`self.model` is the migrated model: list labels it evaluates with are paired in "
            "sorted-key order, and `predict()` gives it a dict. So every callback passed to the "
            "model must be a Keras built-in or a class of this file (bases up to Keras included) "
            "that reads `self.model` only for harmless attributes such as `stop_training`, "
            "`optimizer` or `save_weights()` (and `get_weights()`/`set_weights()` when the layer "
            "order stays); `self._model`, `getattr(self, ...)`, a `set_model` override, an "
            "imported class or an opaque `callbacks=` value refuse. Passing the model to "
            "`plot_model`, `print`, `isinstance` or `type` is known harmless. A model stored on "
            "`self` (`self.model = keras.Model(...)` in a plain method) is followed through "
            "every `self.model` of its class's methods, when nothing else can reach `.model`: "
            "it is the one assignment to any `.model` of the file, every `.model` of the file "
            "is one on a method's first parameter, the file reaches no attribute by name "
            "(`getattr`, `vars(`, `__dict__`, ...), the class has no decorator, metaclass, "
            "subclass or base but `object` or a Keras callback (whose `model`, `params` and "
            "other attributes Keras sets are not followed), and its name is only called; "
            "`return self.model`, `m = self.model` or passing it to a function refuse, and so "
            "does another file of the run that names the class or `.model`."
        ),
        examples=(
            refusal(
                ("MKD106",),
                f"""\
{IMPORTS}

from training import train

{AGE_GENDER.layers}

{AGE_GENDER.compiled}
train(model)  # fitted in another module
""",
            ),
            refusal(
                ("MKD106",),
                f"""\
{IMPORTS}


class ShowPredictions(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        age_pred, gender_pred = self.model.predict(x_val)
        print(epoch, age_pred.mean(), gender_pred.mean())


{AGE_GENDER.layers}

{AGE_GENDER.compiled}
model.fit(x_train, [y_age, y_gender], epochs=3, callbacks=[ShowPredictions()])
""",
            ),
        ),
        decided_in=(
            "formats.notebook",
            "linked",
            "options",
            "plan",
            "planning.follow",
            "planning.guards",
            "planning.self_attribute",
            "planning.uses",
        ),
    ),
    Rule(
        "MKD111",
        Severity.REFUSED,
        "result-consumer",
        what="The result of `predict()` or `model(x)` is used in a way the tool cannot rewrite.",
        why=(
            "With dict outputs these return dicts: `preds[0]` raises KeyError and `a, b = "
            "model.predict(x)` silently yields the key strings. Constant indexes, tuple unpacking "
            "and a variable used whole (as `list(operator.itemgetter(...)(...))`, the same list) "
            "are rewritten; other uses block the model (or, with --unsafe, are left and "
            "reported)."
        ),
        examples=(
            refusal(
                ("MKD111",),
                AGE_GENDER.program(PREDS_BY_POSITION),
            ),
        ),
        decided_in=("options", "planning.consumers", "planning.state"),
    ),
    Rule(
        "MKD112",
        Severity.REFUSED,
        "structure-attribute",
        what=(
            "The code reads a structure attribute or description of the model that the rewrite "
            "changes: `model.output`/`model.input`/`output_shape` (become dicts), "
            "`model.outputs`/`inputs`/`output_names` when sorted-key order differs from list "
            "order, `get_config()`/`to_json()`/`to_yaml()`/`get_build_config()` (dict "
            "`input_layers`/`output_layers`, new layer names), or `get_compile_config()` when "
            "compile's lists become dicts."
        ),
        why=(
            "With dict structures `model.output` is a dict, `model.outputs`, `model.inputs` and "
            "`output_names` follow sorted-key order, and the saved or printed architecture and "
            "compile arguments are dicts. Code comparing, storing or indexing them would see "
            "something else."
        ),
        examples=(
            refusal(
                ("MKD112",),
                AGE_GENDER.program("head = model.output[0]\n"),
            ),
            refusal(
                ("MKD112",),
                f"""\
import json

{IMPORTS}

{AGE_GENDER.layers}

{AGE_GENDER.train}
with open("architecture.json", "w") as f:
    json.dump(model.get_config(), f)
""",
            ),
        ),
        decided_in=("options", "planning.readback", "planning.uses"),
    ),
    Rule(
        "MKD113",
        Severity.REFUSED,
        "ambiguous-binding",
        what=(
            "A variable or function the rewrite depends on is bound more than once in a way that "
            "leaves open which binding a use sees (a branch, a loop, unpacking)."
        ),
        why=(
            "The tool follows a name only when one assignment or `def` reaches each use; "
            "straight-line rebinding (a notebook that builds `model` again in each section) is "
            "followed, each use belonging to the binding before it."
        ),
        examples=(
            refusal(
                ("MKD113",),
                f"""\
{IMPORTS}

{AGE_GENDER.layers}

{AGE_GENDER.model}
if resume:
    model = keras.models.load_model("last.keras")
{AGE_GENDER.compile}
{AGE_GENDER.fit}
""",
            ),
        ),
        decided_in=("planning.follow", "planning.literals", "planning.state", "planning.structure"),
    ),
    Rule(
        "MKD120",
        Severity.REFUSED,
        "saved-model-structure",
        what=(
            "The whole model is saved (`model.save`, `model.export`, `keras.models.save_model`, "
            "`tf.saved_model.save`, or a `ModelCheckpoint` of this file without "
            "`save_weights_only=True` in a `fit(callbacks=...)`) and the rewrite makes its inputs "
            "or outputs a dict."
        ),
        why=(
            "The saved file outlives the program, with the new structure: code that loads it gets "
            "dicts from `predict()` and `model(x)` (`preds[0]` raises, `a, b = preds` yields key "
            "strings), and calling it with a list of inputs warns, and raises on Keras 3.8+ "
            "unless the keys are in sorted order. That code is out of the tool's sight — it does "
            "not follow `load_model` — so the rewrite could break a program it cannot see, and a "
            "warning beside it would not make it right. Weights-only saves keep migrating (their "
            "order is MKD116/MKD125's). Save weights only and rerun; or migrate the code that "
            "loads the file by hand (dict inputs, outputs by key), or make sure nothing loads "
            "it, and rerun with `--accept MKD120`: the model migrates, and each save is "
            "reported (MKD010)."
        ),
        examples=(
            refusal(
                ("MKD120",),
                AGE_GENDER.program('model.save("age_gender.keras")\n'),
            ),
            refusal(
                ("MKD120",),
                f"""\
{IMPORTS}

{AGE_GENDER.layers}

{AGE_GENDER.compiled}
best = keras.callbacks.ModelCheckpoint("best.keras", save_best_only=True)
model.fit(x_train, [y_age, y_gender], validation_split=0.2, epochs=3, callbacks=[best])
""",
            ),
        ),
        decided_in=("options", "planning.saving"),
    ),
    Rule(
        "MKD129",
        Severity.REFUSED,
        "exception-sensitive",
        what=(
            "A structural call of the model (its constructor, compile, fit, evaluate, predict, "
            "...) runs where an exception or warning is checked or caught: `pytest.raises`, "
            "`assertRaises`, `pytest.warns`, `assertWarns`, `warnings.catch_warnings`, "
            "`contextlib.suppress`, a `try:` with an `except` (or the handler itself), or an "
            "`xfail` test."
        ),
        why=(
            "Exceptions and warnings are part of what a program does. The rewrite removes errors "
            "and warnings Keras gives for lists beside dicts (a list `x` on dict inputs raises on "
            "Keras 3.8+, and warns before), and can add others: a test that expects the error "
            "would now fail, and a handler would now run the other branch. A model stored on "
            "`self` is used in its class's methods, which any call may run (`trainer.train()`, "
            "Keras calling a callback, Python a `__call__`): any call of the file that runs "
            "where an exception is checked refuses it. Migrate this model by hand and decide "
            "what the check should expect."
        ),
        examples=(
            refusal(
                ("MKD129",),
                f"""\
import pytest
{IMPORTS}

{AGE_GENDER.layers}


def test_fit_rejects_wrong_shapes():
{indent(AGE_GENDER.compiled)}
    with pytest.raises(ValueError):
        model.fit(x_train, [y_age, y_gender], epochs=1)
""",
            ),
            refusal(
                ("MKD129",),
                f"""\
{IMPORTS}

{AGE_GENDER.layers}

{AGE_GENDER.compiled}
try:
{indent(AGE_GENDER.fit)}
except ValueError as error:
    print("could not train:", error)
""",
            ),
        ),
        decided_in=("options", "planning.guards"),
    ),
)
