"""compile's loss, loss_weights and metrics, and the data given to fit, evaluate and predict."""

from __future__ import annotations

from .base import (
    AGE_GENDER,
    IMPORTS,
    ZETA_ALPHA,
    Rule,
    Severity,
    inputs_migration,
    refusal,
    rewrite,
)

# a callback that reads the per-output losses in order (MKD011)
LOG_EVERY_LOSS = """\
class LogEveryLoss(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        print(list(logs.values()))"""


def with_metrics(metrics: str) -> str:
    """The standard program compiled with ``metrics``, as the tool rewrites it (compile's
    arguments one a line, since they no longer fit on one)."""
    return f"""\
{IMPORTS}

{AGE_GENDER.layers}

{AGE_GENDER.model_dict}
model.compile(
    optimizer="adam",
    loss={{"age": "mse", "gender": "binary_crossentropy"}},
    metrics={metrics},
)
{AGE_GENDER.fit_dict}
"""


RULES = (
    Rule(
        "MKD005",
        Severity.WARNING,
        "flat-metrics-per-output",
        what=(
            "A flat metrics list as long as the outputs, with one metric named twice, was read "
            "as one metric per output."
        ),
        why=(
            "Keras 3 pairs `metrics=['mae', 'mae']` with two outputs one to one (it never "
            "broadcasts). Keras 2 (`tf.keras`) applies every metric to every output, and raises "
            "when that gives an output two metrics of one name: the Keras 3 reading is the only "
            "one that runs. Without a repeated name the versions disagree, and the model is "
            "refused (MKD131)."
        ),
        examples=(
            rewrite(
                ("MKD001", "MKD005"),
                f"""\
{IMPORTS}

{AGE_GENDER.layers}

{AGE_GENDER.model}
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"], metrics=["mae", "mae"])
{AGE_GENDER.fit}
""",
                with_metrics('{"age": "mae", "gender": "mae"}'),
            ),
        ),
        decided_in=("planning.compile_args",),
    ),
    Rule(
        "MKD006",
        Severity.WARNING,
        "mixed-structure-fixed",
        what=(
            "The model mixed a dict structure with a list argument, or a list structure with "
            "a dict argument, which some Keras releases pair in sorted-key order or reject; it "
            "was migrated by the order or names written, which changes (fixes) what the call "
            "does there."
        ),
        why=(
            "With dict outputs, a list `loss`, `loss_weights`, `metrics` or `y` is packed in "
            "sorted-key order on every Keras 3, silently: the list order you wrote was not what "
            "Keras used (a list `sample_weight` beside dict `y` raises). With dict inputs whose "
            "keys are not in sorted order, a list `x` raises a ValueError on Keras 3.8+ (3.7 "
            "warned and swapped the inputs, 3.5/3.6 swapped them silently). The rewrite follows "
            "the order you wrote, so the call now trains or runs by that order; check that this "
            "is what you meant. The other way round, a dict `x` keyed by the Input names on "
            "list inputs was paired in sorted-key order on Keras 3.4-3.6, and a dict `y` or "
            "`sample_weight` on list outputs on 3.5/3.6 (3.7+ pair them by name, or raise for "
            "`sample_weight`); the migrated dict model pairs them by name on every version."
        ),
        examples=(
            rewrite(
                ("MKD001", "MKD006"),
                f"""\
{IMPORTS}

{ZETA_ALPHA.layers}

{ZETA_ALPHA.model_dict}
{ZETA_ALPHA.compile}
{ZETA_ALPHA.fit_dict}
""",
                f"""\
{IMPORTS}

{ZETA_ALPHA.layers}

{ZETA_ALPHA.train_dict}
""",
            ),
            inputs_migration(
                ("MKD001", "MKD006"), "zeta_in", "alpha_in", named=True, dict_model=True
            ),
            rewrite(
                ("MKD001", "MKD004", "MKD006"),
                f"""\
{IMPORTS}

{ZETA_ALPHA.layers}

{ZETA_ALPHA.model}
{ZETA_ALPHA.compile}
{ZETA_ALPHA.fit_dict}
""",
                f"""\
{IMPORTS}

{ZETA_ALPHA.layers}

{ZETA_ALPHA.train_dict}
""",
            ),
        ),
        decided_in=("plan",),
    ),
    Rule(
        "MKD009",
        Severity.WARNING,
        "flat-metrics-wrong-length",
        what=(
            "A flat metrics list whose length differs from the number of outputs was left as it is."
        ),
        why=(
            "Keras 3 raises for it (`Invalid metrics`), before and after the rewrite: it never "
            "broadcasts a flat list over outputs. Write one list per output."
        ),
        examples=(
            rewrite(
                ("MKD001", "MKD009"),
                f"""\
{IMPORTS}

{AGE_GENDER.layers}

{AGE_GENDER.model}
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"], metrics=["mae"])
{AGE_GENDER.fit}
""",
                with_metrics('["mae"]'),
            ),
        ),
        decided_in=("planning.compile_args",),
    ),
    Rule(
        "MKD011",
        Severity.INFO,
        "loss-dict-reordered",
        what=(
            "A `loss` dict not in output order was put in output order, because the program reads "
            "the per-output losses in order; the finding names the reader."
        ),
        why=(
            "List outputs log the per-output losses in output order; dict outputs log them in the "
            "order of the `loss` dict on Keras 3.7+ (3.5 and 3.6 sort them by key; "
            "keras-pairing.md §6). Positional `evaluate()` results and callbacks see that order, "
            "so the dict keeps the order they saw. (`history.history` is sorted by key on Keras 3 "
            "whatever the order; on Keras 2 it and the logs a callback sees follow sorted keys for "
            "dict outputs, so a reader of their order is refused (MKD118) unless the keys sort in "
            "list order.) With no such reader the dict is left as written."
        ),
        examples=(
            rewrite(
                ("MKD001", "MKD011"),
                f"""\
{IMPORTS}


{LOG_EVERY_LOSS}


{AGE_GENDER.layers}

{AGE_GENDER.model}
model.compile(optimizer="adam", loss={{"gender": "binary_crossentropy", "age": "mse"}})
model.fit(x_train, [y_age, y_gender], epochs=3, callbacks=[LogEveryLoss()])
""",
                f"""\
{IMPORTS}


{LOG_EVERY_LOSS}


{AGE_GENDER.layers}

{AGE_GENDER.model_dict}
model.compile(optimizer="adam", loss={{"age": "mse", "gender": "binary_crossentropy"}})
model.fit(
    x_train, {{"age": y_age, "gender": y_gender}}, epochs=3, callbacks=[LogEveryLoss()]
)
""",
            ),
        ),
        decided_in=("planning.readback",),
    ),
    Rule(
        "MKD107",
        Severity.REFUSED,
        "data-not-visible",
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
                ("MKD107",),
                AGE_GENDER.program(
                    "model.fit(train_ds, epochs=3)  # yields (x, (y_age, y_gender))\n", fit=False
                ),
            ),
            refusal(
                ("MKD107",),
                f"""\
import numpy as np
{IMPORTS}

{AGE_GENDER.layers}

{AGE_GENDER.compiled}
model.fit(x_train, [y_age, y_gender], sample_weight=np.hsplit(weights, 2), epochs=3)
""",
            ),
        ),
        decided_in=("planning.data_calls", "planning.literals", "planning.producers"),
    ),
    Rule(
        "MKD108",
        Severity.REFUSED,
        "argument-not-visible",
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
                ("MKD108",),
                f"""\
{IMPORTS}

from settings import LOSSES

{AGE_GENDER.layers}

{AGE_GENDER.model}
model.compile(optimizer="adam", loss=LOSSES)
{AGE_GENDER.fit}
""",
            ),
        ),
        decided_in=("planning.compile_args",),
    ),
    Rule(
        "MKD131",
        Severity.REFUSED,
        "flat-metrics-differ-by-version",
        what=(
            "A flat metrics list as long as the outputs (`metrics=['mae', 'accuracy']` for two "
            "outputs) means one thing on Keras 3 and another on Keras 2."
        ),
        why=(
            "Keras 3 gives each output its entry; Keras 2 (`tf.keras`) gives every output every "
            "metric, and logs and `evaluate` list other metrics (measured on tf_keras 2.21). No "
            "dict keeps both, so the tool does not choose. Write the reading you mean as a list "
            "of lists, one per output: `[['mae'], ['accuracy']]` (Keras 3's) or `[['mae', "
            "'accuracy'], ['mae', 'accuracy']]` (Keras 2's); every version reads that form by "
            "position, and the tool then migrates it."
        ),
        examples=(
            refusal(
                ("MKD131",),
                f"""\
{IMPORTS}

{ZETA_ALPHA.layers}

{ZETA_ALPHA.model}
model.compile(optimizer="adam", loss=["mse", "mae"], metrics=["mae", "mse"])
{ZETA_ALPHA.fit}
""",
            ),
        ),
        decided_in=("planning.compile_args",),
    ),
    Rule(
        "MKD015",
        Severity.WARNING,
        "flat-metrics-kept",
        what=(
            "A flat metrics list as long as the outputs (`metrics=['mae', 'accuracy']` for two "
            "outputs) stays as written beside the migrated dicts: it means the same on the "
            "dict model as before, on every version, which no dict would."
        ),
        why=(
            "Keras 3 gives each output its entry, Keras 2 (`tf.keras`) gives every output every "
            "metric; a dict keeps only one reading. On dict outputs, Keras 3 pairs the list in "
            "sorted-key order and Keras 2 still broadcasts it (measured on Keras 3.5-3.15 and "
            "tf_keras 2.21), so the list keeps both readings when the outputs' keys sort in "
            "list order, or the outputs are a dict already. Otherwise the model is refused "
            "(MKD131). To migrate the metrics too, write the reading you mean as a list of "
            "lists and rerun."
        ),
        examples=(
            rewrite(
                ("MKD001", "MKD015"),
                f"""\
{IMPORTS}

{AGE_GENDER.layers}

{AGE_GENDER.model}
model.compile(
    optimizer="adam", loss=["mse", "binary_crossentropy"], metrics=["mae", "accuracy"]
)
{AGE_GENDER.fit}
""",
                with_metrics('["mae", "accuracy"]'),
            ),
        ),
        decided_in=("planning.compile_args",),
    ),
    Rule(
        "MKD016",
        Severity.WARNING,
        "one-loss-given-to-each-output",
        what=(
            "One loss with a list of `loss_weights`, one per output (`loss='mse', "
            "loss_weights=[1.0, 0.5]`, Keras 2's guide style), became a dict of that loss for "
            "each output beside the weights dict."
        ),
        why=(
            "Keras 2 and Keras 3.4-3.6 give every output the loss, weighted by position; the "
            "dicts mean the same there (measured: the same losses, metrics and weights on "
            "3.4.1, 3.5.0, 3.6.0 and tf_keras 2.21). Keras 3.7+ raises for the original "
            "(`loss_weights` must match the number of losses) and trains the migrated "
            "program as the others trained the original (the same total loss; 3.5/3.6 log "
            "each output's loss weighted, 3.7+ unweighted). Only a loss written by reference (a "
            "string or a name) is given to each output: a call such as "
            "`MeanSquaredError()` would become one object per output, and is refused (MKD109)."
        ),
        examples=(
            rewrite(
                ("MKD001", "MKD016"),
                f"""\
{IMPORTS}

{AGE_GENDER.layers}

{AGE_GENDER.model}
model.compile(optimizer="adam", loss="mse", loss_weights=[1.0, 0.5])
{AGE_GENDER.fit}
""",
                f"""\
{IMPORTS}

{AGE_GENDER.layers}

{AGE_GENDER.model_dict}
model.compile(
    optimizer="adam",
    loss={{"age": "mse", "gender": "mse"}},
    loss_weights={{"age": 1.0, "gender": 0.5}},
)
{AGE_GENDER.fit_dict}
""",
            ),
        ),
        decided_in=("planning.compile_args",),
    ),
    Rule(
        "MKD109",
        Severity.REFUSED,
        "length-mismatch",
        what="A list has a different number of entries than the model has inputs or outputs.",
        why=(
            "The tool pairs list entries with names by position; with a different length it "
            "cannot know which entry belongs to which output."
        ),
        examples=(
            refusal(
                ("MKD109",),
                f"""\
{IMPORTS}

{AGE_GENDER.layers}

{AGE_GENDER.model}
model.compile(optimizer="adam", loss=["mse"])
{AGE_GENDER.fit}
""",
            ),
        ),
        decided_in=("planning.compile_args", "planning.literals"),
    ),
    Rule(
        "MKD110",
        Severity.REFUSED,
        "dict-keys-mismatch",
        what="A dict's keys are not string literals naming the model's inputs or outputs.",
        why=(
            "Keys must equal Input and output-layer names for the pairing to be the same on every "
            "Keras 3 version."
        ),
        examples=(
            refusal(
                ("MKD110",),
                f"""\
{IMPORTS}

{AGE_GENDER.layers}

{AGE_GENDER.compiled}
model.fit(x_train, {{"out_1": y_age, "out_2": y_gender}}, epochs=3)
""",
            ),
        ),
        decided_in=("planning.compile_args", "planning.literals", "planning.structure"),
    ),
    Rule(
        "MKD114",
        Severity.REFUSED,
        "call-signature",
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
                ("MKD114",),
                f"""\
{IMPORTS}

{AGE_GENDER.layers}

{AGE_GENDER.model}
model.compile("adam", ["mse", "binary_crossentropy"], ["mae"])
{AGE_GENDER.fit}
""",
            ),
        ),
        decided_in=("planning.structure", "planning.syntax"),
    ),
)
