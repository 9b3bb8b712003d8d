"""Order: what changes when a dict is flattened in sorted-key order (results, history, weights)."""

from __future__ import annotations

from .base import (
    IMPORTS,
    ZETA_ALPHA,
    Rule,
    Severity,
    migration,
    refusal,
    two_heads,
)

# a main output and an auxiliary one, whose names sort the other way round
MAIN_AUX = two_heads("main", "aux", ("mse", "mse"))
OUTPUT_AUX = two_heads("output", "aux_output", ("mse", "mse"))

RULES = (
    Rule(
        "MKD004",
        Severity.WARNING,
        "order-changes",
        what=(
            "The dict keys do not sort in list order: `model.outputs`/`model.inputs`, "
            "`model.layers`, `get_weights()` and `.weights.h5` files change order, and the "
            "per-output losses are summed in another order; or a `loss` dict kept as written "
            "is keyed in another order than the outputs, which Keras 3.7 sums in its order."
        ),
        why=(
            "Keras flattens a dict in sorted-key order. Weights saved by the old model load by "
            "position, so an old `.weights.h5` file can load into the wrong layers silently. "
            "Re-save weights after migrating, or load them by name from a `.keras` file. The "
            "total loss adds the per-output losses in the flattened order too, so training "
            "results can differ from the list model's in the last float digits (floating-point "
            "addition is not associative); the pairing of losses and outputs does not change."
        ),
        examples=(migration(("MKD001", "MKD004"), heads=ZETA_ALPHA),),
        decided_in=("plan", "planning.readback", "project"),
    ),
    Rule(
        "MKD012",
        Severity.WARNING,
        "history-plot-order",
        what=(
            "A plot of the training history (`pd.DataFrame(history.history).plot()`) draws its "
            "lines in another order on Keras 2, where the outputs' sorted order differs."
        ),
        why=(
            "Keras 3 logs history keys in sorted order whatever the outputs. Keras 2 logs them in "
            "output order for list outputs and in sorted-key order for dict outputs, so the "
            "table's columns, and the plot's line colours and legend, follow the sorted names "
            "there. The values are the same; a plot only shows them. Printing, iterating or "
            "saving the history in order refuses the model instead (MKD118)."
        ),
        examples=(
            migration(
                ("MKD001", "MKD004", "MKD012"),
                """\
import pandas as pd
{imports}

{layers}

{model}
{compile}
history = {fit}
pd.DataFrame(history.history).plot()
""",
                heads=MAIN_AUX,
            ),
        ),
        decided_in=("planning.readback",),
    ),
    Rule(
        "MKD116",
        Severity.REFUSED,
        "weights-order",
        what=(
            "The model's weights are saved, loaded or read by position in this file and the dict "
            "order differs from the list order."
        ),
        why=(
            "Keras matches `.weights.h5`, `get_weights()` and `set_weights()` by position. After "
            "the rewrite `model.layers` follows sorted-key order, so old weights load into the "
            "wrong layers, silently when shapes match (keras-pairing.md §8)."
        ),
        examples=(
            refusal(
                ("MKD116",),
                f"""\
{IMPORTS}

{ZETA_ALPHA.layers}

{ZETA_ALPHA.model}
model.load_weights("old.weights.h5")
{ZETA_ALPHA.compile}
{ZETA_ALPHA.fit}
""",
            ),
        ),
        decided_in=("options", "planning.uses"),
    ),
    Rule(
        "MKD118",
        Severity.REFUSED,
        "positional-results-order",
        what=(
            "`evaluate()`/`train_on_batch()`/`test_on_batch()` results (or `model.metrics_names`) "
            "are used by position — unpacked, indexed, iterated, passed on, returned or printed — "
            "and after the rewrite their order could differ on some Keras version."
        ),
        why=(
            "Positional results are `[loss, <per-output losses>, <compiled metrics sorted by log "
            "key>]`. With list outputs the per-output losses follow output order on every Keras. "
            "With dict outputs, Keras 3.5/3.6 list them in sorted-key order whatever the loss, "
            "and every Keras does so for a single broadcast loss (measured on 3.5.0 and 3.15.1). "
            "Where the order would change, the tool reads the results by key instead: "
            '`operator.itemgetter("loss", "a_loss", ...)(model.evaluate(..., return_dict=True))`, '
            "keyed as each position was on the original (Keras 2 lists the metrics in output "
            "order, Keras 3 by log key). It refuses when it cannot tell that order (metrics that "
            "are not plain strings, automatic names it cannot follow, Keras 2 and 3 disagreeing "
            "on the original), when `metrics_names` is read, or when the whole list is used on "
            "Keras 3 (3.4 logs no per-output losses, so a keyed read would fail there). Likewise "
            "a training history, or a `return_dict=True` result, whose keys may be shown in "
            "order: Keras 2 logs dict outputs in sorted-key order. Only reads known not to show "
            "it pass: by key, `in`, `==`, `len`/`sorted`/`set` of the dict or of a view, "
            "`json.dumps(..., sort_keys=True)`, a dict comprehension over its items used so, "
            "and a function of the file that uses its parameter so; printing, logging, `%` "
            "and `format` strings, joins and copies may show it. Reading only `[0]`, the total loss, "
            "is safe. Keras 2's `evaluate_generator` has no `return_dict`, so a result of it that "
            "the rewrite reorders refuses, as does a `LambdaCallback` function that reads the "
            "logs other than by key when Keras 2 would log them in another order. Otherwise pass `return_dict=True` and read the values by key, "
            "then rerun."
        ),
        examples=(
            refusal(
                ("MKD118",),
                f"""\
{IMPORTS}

{OUTPUT_AUX.layers}

{OUTPUT_AUX.model}
model.compile(optimizer="adam", loss="mse", metrics=[["mae"], ["mae"]])
{OUTPUT_AUX.fit}
results = model.evaluate(x_test, [t_main, t_aux])
print(results)
""",
            ),
            refusal(
                ("MKD118",),
                f"""\
{IMPORTS}

{ZETA_ALPHA.layers}

{ZETA_ALPHA.compiled}
history = {ZETA_ALPHA.fit}
for key in history.history:
    print(key, history.history[key][-1])
""",
            ),
        ),
        decided_in=(
            "linked",
            "options",
            "planning.data_calls",
            "planning.guards",
            "planning.readback",
        ),
    ),
)
