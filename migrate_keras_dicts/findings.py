"""Finding codes: one table, from which messages, ``explain`` and the README catalogue come."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    INFO = "info"  # a rewrite was made; nothing to do
    WARNING = "warning"  # a rewrite was made (or code left); a person should look
    REFUSED = "refused"  # the model was left untouched; migrate it by hand
    ERROR = "error"  # the file could not be processed


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    title: str
    what: str
    why: str
    before: str
    after: str


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    line: int = 1
    column: int = 1
    path: str = ""
    cell: int | None = None  # a notebook's cell, 1-based over all cells; line is in the cell

    @property
    def severity(self) -> Severity:
        return RULES[self.code].severity

    def render(self, path: str | None = None) -> str:
        where = path if path is not None else self.path
        if self.cell is not None:
            where = f"{where}:cell {self.cell}"
        return f"{where}:{self.line}:{self.column}: {self.code} {self.message}"


def _rule(code: str, severity: Severity, title: str, what: str, why: str, before: str, after: str):
    return Rule(code, severity, title, what.strip(), why.strip(), before.strip(), after.strip())


_R = Severity.REFUSED
_W = Severity.WARNING
_I = Severity.INFO

RULES: dict[str, Rule] = {
    r.code: r
    for r in [
        _rule(
            "MKD001",
            _I,
            "model-migrated",
            "A functional model, its compile and its data calls were rewritten to named dicts.",
            "Keras 3 pairs dicts by name and lists by position; a list beside a dict is paired in "
            "sorted-key order without a warning (and Keras 3.5/3.6 sorted even full dict losses "
            "against list outputs). Fully named dicts are paired the same way on every Keras 3.",
            "model = keras.Model([a, b], [age, gender])\nmodel.compile(loss=['mse', 'bce'])",
            'model = keras.Model({"a": a, "b": b}, {"age": age, "gender": gender})\n'
            'model.compile(loss={"age": "mse", "gender": "bce"})',
        ),
        _rule(
            "MKD002",
            _I,
            "input-named",
            "An unnamed `Input` got `name=` set to the variable it is assigned to.",
            "Dict inputs are matched to data by the Input's name; an unnamed Input is called "
            "`keras_tensor_N`, which changes from run to run.",
            "inp_b = keras.Input(shape=(4,))",
            'inp_b = keras.Input(shape=(4,), name="inp_b")',
        ),
        _rule(
            "MKD003",
            _W,
            "output-layer-named",
            "An output layer got `name=`; its log keys and `get_layer` name change.",
            "Dict keys must equal the output layer's name on every Keras 3 version. Keras named "
            "the layer automatically before (`dense_1`), so history keys, callback `monitor=` "
            'strings and `model.get_layer("dense_1")` that used the old name must be updated.',
            'age = layers.Dense(1)(h)\nEarlyStopping(monitor="val_dense_1_loss")',
            'age = layers.Dense(1, name="age")(h)\nEarlyStopping(monitor="val_age_loss")',
        ),
        _rule(
            "MKD004",
            _W,
            "order-changes",
            "The dict keys do not sort in list order: `model.outputs`/`model.inputs`, "
            "`model.layers`, `get_weights()` and `.weights.h5` files change order, and the "
            "per-output losses are summed in another order.",
            "Keras flattens a dict in sorted-key order. Weights saved by the old model load by "
            "position, so an old `.weights.h5` file can load into the wrong layers silently. "
            "Re-save weights after migrating, or load them by name from a `.keras` file. The "
            "total loss adds the per-output losses in the flattened order too, so training "
            "results can differ from the list model's in the last float digits (floating-point "
            "addition is not associative); the pairing of losses and outputs does not change.",
            "outputs=[zeta, alpha]",
            'outputs={"zeta": zeta, "alpha": alpha}  # model.outputs is now [alpha, zeta]',
        ),
        _rule(
            "MKD005",
            _W,
            "flat-metrics-per-output",
            "A flat metrics list as long as the outputs was read as one metric per output.",
            "Keras 3 pairs `metrics=['mae', 'acc']` with two outputs one to one (it never "
            "broadcasts). Keras 2 (`tf.keras`) applied every metric to every output: if this code "
            "was written for Keras 2, the dict now says what Keras 3 did, not what you meant.",
            "model.compile(metrics=['mae', 'accuracy'])",
            'model.compile(metrics={"age": "mae", "gender": "accuracy"})',
        ),
        _rule(
            "MKD006",
            _W,
            "mixed-structure-fixed",
            "The model mixed a dict structure with a list argument, which Keras pairs in "
            "sorted-key order or rejects; it was migrated by list order, which changes (fixes) "
            "what the call does.",
            "With dict outputs, a list `loss`, `loss_weights`, `metrics` or `y` is packed in "
            "sorted-key order on every Keras 3, silently: the list order you wrote was not what "
            "Keras used (a list `sample_weight` beside dict `y` raises). With dict inputs whose "
            "keys are not in sorted order, a list `x` raises a ValueError on Keras 3.8+ (3.7 "
            "warned and swapped the inputs, 3.5/3.6 swapped them silently). The rewrite follows "
            "the order you wrote, so the call now trains or runs by that order; check that this "
            "is what you meant.",
            'outputs={"zeta": z, "alpha": a}\nmodel.compile(loss=[P, Q])  # Keras gave P to alpha',
            'model.compile(loss={"zeta": P, "alpha": Q})',
        ),
        _rule(
            "MKD007",
            _W,
            "public-builder",
            "The model comes from a public function; callers in other files must be migrated "
            "together with this one.",
            "A builder such as `build_model()` may be imported elsewhere. Code there that still "
            "passes lists to the dict model is paired in sorted-key order, silently. Run the tool "
            "over the whole repository, or check the other callers by hand.",
            "def build_model(): ...\n    return keras.Model([a, b], [y1, y2])",
            'def build_model(): ...\n    return keras.Model({"a": a, "b": b}, {"y1": y1, "y2": y2})',
        ),
        _rule(
            "MKD008",
            _W,
            "old-layer-name-in-text",
            "A string contains an old automatic name of a renamed layer, but is not a name or "
            "log key the program looks up (a path, a message); it was left as it is.",
            "Strings that name a layer or a log key are updated (MKD124) or make the tool "
            "refuse the model (MKD127). What is left only contains the old name as text, such "
            "as a file name; check that nothing reads it back as a layer name.",
            'model.save_weights("dense_1.weights.h5")',
            'model.save_weights("dense_1.weights.h5")  # still valid, only a file name',
        ),
        _rule(
            "MKD009",
            _W,
            "flat-metrics-wrong-length",
            "A flat metrics list whose length differs from the number of outputs was left as it is.",
            "Keras 3 raises for it (`Invalid metrics`), before and after the rewrite: it never "
            "broadcasts a flat list over outputs. Write one list per output.",
            "model.compile(metrics=['mae'])  # two outputs",
            'model.compile(metrics={"age": ["mae"], "gender": ["mae"]})',
        ),
        _rule(
            "MKD010",
            _W,
            "unsafe-consumer-left",
            "Under --unsafe, a use of the model's result the tool cannot prove right was left.",
            "With dict outputs, `predict()` and `model(x)` return dicts. Code that indexes, "
            "iterates or unpacks the old list needs a hand rewrite.",
            "preds = model.predict(x)\nfor p in preds: ...",
            'preds = model.predict(x)\nfor p in (preds["age"], preds["gender"]): ...',
        ),
        _rule(
            "MKD011",
            _I,
            "loss-dict-reordered",
            "A `loss` dict not in output order was put in output order, because the program "
            "reads the per-output losses in order; the finding names the reader.",
            "List outputs log the per-output losses in output order; dict outputs log them in "
            "the order of the `loss` dict on Keras 3.6+ (KERAS_RULES §3e). Positional "
            "`evaluate()` results and callbacks see that order, so the dict keeps the order "
            "they saw. (`history.history` is sorted by key on Keras 3 whatever the order; on "
            "Keras 2 it follows sorted keys for dict outputs, which MKD118 guards.) With no such "
            "reader the dict is left as written.",
            'outputs=[zeta, alpha]\nmodel.compile(loss={"alpha": "mse", "zeta": "mae"})\n'
            "model.fit(x, y, callbacks=[LogEveryLoss()])",
            'outputs={"zeta": zeta, "alpha": alpha}\n'
            'model.compile(loss={"zeta": "mae", "alpha": "mse"})',
        ),
        _rule(
            "MKD012",
            _W,
            "history-plot-order",
            "A plot of the training history (`pd.DataFrame(history.history).plot()`) draws its "
            "lines in another order on Keras 2, where the outputs' sorted order differs.",
            "Keras 3 logs history keys in sorted order whatever the outputs. Keras 2 logs them "
            "in output order for list outputs and in sorted-key order for dict outputs, so the "
            "table's columns, and the plot's line colours and legend, follow the sorted names "
            "there. The values are the same; a plot only shows them. Printing, iterating or "
            "saving the history in order refuses the model instead (MKD118).",
            "outputs=[main_output, aux_output]\npd.DataFrame(history.history).plot()",
            'outputs={"main_output": main_output, "aux_output": aux_output}\n'
            "pd.DataFrame(history.history).plot()  # Keras 2: aux_* lines first",
        ),
        _rule(
            "MKD101",
            _R,
            "input-not-traced",
            "An element of `inputs` is not a variable bound once to `keras.Input(...)`.",
            "Input dict keys are Input names; the tool must see the `Input` call to read or add "
            "its name.",
            "inputs=[make_input(), b]",
            'a = keras.Input(shape=(8,), name="a")\ninputs={"a": a, "b": b}',
        ),
        _rule(
            "MKD102",
            _R,
            "output-not-traced",
            "An output is not produced by a Keras layer call of its own.",
            "Output dict keys must equal the output layer's name. An op result, a layer shared "
            "by several outputs, a custom layer without `name=`, or a helper function whose "
            "returned layer has no readable `name=` cannot be given a distinct name by the "
            "tool. (A helper returning a layer named by a literal, or by an f-string or "
            "parameter its call gives string literals, and an Input passed straight through, "
            "are keyed by that name.)",
            "out = h[:, 0]\nkeras.Model(inp, [out, other])",
            'out = layers.Identity(name="out")(h[:, 0])',
        ),
        _rule(
            "MKD103",
            _R,
            "name-not-literal",
            "A layer or Input name is not a string literal.",
            "Dict keys must equal names; the tool can only prove that for literal names.",
            'layers.Dense(1, name=prefix + "_age")',
            'layers.Dense(1, name="head_age")',
        ),
        _rule(
            "MKD104",
            _R,
            "name-collision",
            "The name the tool would add is used already or may be a Keras automatic name.",
            'Keras raises `The name "x" is used 2 times in the model` at `Model(...)`, also '
            "against automatic names such as `dense` or `dense_1`. Rename the variable or give "
            "the layer a unique `name=` by hand.",
            "dense = layers.Dense(1)(h)",
            'age = layers.Dense(1, name="age")(h)',
        ),
        _rule(
            "MKD105",
            _R,
            "structure-not-literal",
            "The model's `inputs`/`outputs` are not a list, tuple or dict literal the tool can see.",
            "The rewrite needs every element to name it; a variable built elsewhere or used "
            "for other things cannot be changed safely.",
            "outs = heads(h)\nkeras.Model(inp, outs)",
            'keras.Model(inp, {"age": age, "gender": gender})',
        ),
        _rule(
            "MKD106",
            _R,
            "model-escapes",
            "The model is used where the tool cannot follow it (passed on, stored, or returned "
            "to code outside this file), in a way it does not know (an attribute outside its "
            "table of known uses, a method taken without being called such as "
            "`f = model.to_json`, `getattr(model, ...)`), or a callback may use it through "
            "`self.model`.",
            "Constructor, compile and data calls must migrate together. If any of them is out "
            "of sight, a half-migrated model would be paired in sorted-key order silently. A use "
            "the tool does not positively know to be unchanged by dict inputs and outputs may "
            "depend on their structure or order, so it refuses rather than guess. A "
            "callback's `self.model` is the migrated model: list labels it evaluates with are "
            "paired in sorted-key order, and `predict()` gives it a dict. So every callback "
            "passed to the model must be a Keras built-in or a class of this file (bases up to "
            "Keras included) that reads `self.model` only for harmless attributes such as "
            "`stop_training`, `optimizer` or `save_weights()` (and `get_weights()`/"
            "`set_weights()` when the layer order stays); `self._model`, `getattr(self, ...)`, "
            "a `set_model` override, an imported class or an opaque `callbacks=` value refuse. "
            "Passing the model to `plot_model`, `print`, `isinstance` or `type` is known "
            "harmless; Keras 2's `fit_generator` is not rewritten (call `fit` instead).",
            "train(model)  # compiled and fitted elsewhere",
            "# migrate train() together with the model, by hand or by running on both files",
        ),
        _rule(
            "MKD107",
            _R,
            "data-not-visible",
            "Data passed to the model is not a literal (a dataset, generator, array or function "
            "result whose structure the tool cannot see), or a `sample_weight` is not provably "
            "one array.",
            "With dict outputs, tuple or list labels are paired in sorted-key order, silently; "
            "with dict inputs, list features raise or are swapped. A `sample_weight` is left as "
            "one array for every output only when it is built by a call known to return one "
            "array (`np.array`, `np.ones`, `np.concatenate`, `keras.ops.ones`, ...), by "
            "arithmetic or slicing on one; `np.hsplit(w, 2)` returns a list. Make the producer "
            "yield dicts keyed by the names, then migrate.",
            "model.fit(train_ds)  # yields (x, (y_age, y_gender))",
            'model.fit(train_ds.map(lambda x, y: (x, {"age": y[0], "gender": y[1]})))',
        ),
        _rule(
            "MKD108",
            _R,
            "argument-not-visible",
            "A compile argument is a variable or call whose structure the tool cannot see.",
            "A list `loss`, `loss_weights` or `metrics` on dict outputs is applied in sorted-key "
            "order, silently. A value is taken as one loss, weight or metric only when that is "
            "provable: a literal, a Keras loss or metric, a `def`, lambda or loss class of this "
            "file, or a call of a factory of this file that returns one. An imported name, an "
            "attribute of an imported module or class (`settings.LOSSES`, `Config.METRICS`), "
            "a call of an unknown function or a subscript may be a list. Write the argument "
            "inline, or as a dict keyed by output names.",
            "model.compile(loss=my_losses)",
            'model.compile(loss={"age": "mse", "gender": "bce"})',
        ),
        _rule(
            "MKD109",
            _R,
            "length-mismatch",
            "A list has a different number of entries than the model has inputs or outputs.",
            "The tool pairs list entries with names by position; with a different length it "
            "cannot know which entry belongs to which output.",
            "model.compile(loss=['mse'])  # two outputs",
            'model.compile(loss={"age": "mse", "gender": "mse"})',
        ),
        _rule(
            "MKD110",
            _R,
            "dict-keys-mismatch",
            "A dict's keys are not string literals naming the model's inputs or outputs.",
            "Keys must equal Input and output-layer names for the pairing to be the same on "
            "every Keras 3 version.",
            'model.fit(x, {"out_1": y1, "out_2": y2})  # layers are age, gender',
            'model.fit(x, {"age": y1, "gender": y2})',
        ),
        _rule(
            "MKD111",
            _R,
            "result-consumer",
            "The result of `predict()` or `model(x)` is used in a way the tool cannot rewrite.",
            "With dict outputs these return dicts: `preds[0]` raises KeyError and "
            "`a, b = model.predict(x)` silently yields the key strings. Constant indexes, "
            "tuple unpacking and a variable used whole (as `list(operator.itemgetter(...)(...))`, "
            "the same list) are rewritten; other uses block the model (or, with --unsafe, are "
            "left and reported).",
            "plot(model.predict(x))",
            'preds = model.predict(x)\nplot([preds["age"], preds["gender"]])',
        ),
        _rule(
            "MKD112",
            _R,
            "structure-attribute",
            "The code reads a structure attribute or description of the model that the rewrite "
            "changes: `model.output`/`model.input`/`output_shape` (become dicts), "
            "`model.outputs`/`inputs`/`output_names` when sorted-key order differs from list "
            "order, `get_config()`/`to_json()`/`to_yaml()`/`get_build_config()` (dict "
            "`input_layers`/`output_layers`, new layer names), or `get_compile_config()` when "
            "compile's lists become dicts.",
            "With dict structures `model.output` is a dict, `model.outputs`, `model.inputs` "
            "and `output_names` follow sorted-key order, and the saved or printed architecture "
            "and compile arguments are dicts. Code comparing, storing or indexing them would "
            "see something else.",
            "head = model.output[0]",
            'head = model.output["age"]',
        ),
        _rule(
            "MKD113",
            _R,
            "ambiguous-binding",
            "A variable or function the rewrite depends on is bound more than once in a way "
            "that leaves open which binding a use sees (a branch, a loop, unpacking).",
            "The tool follows a name only when one assignment or `def` reaches each use; "
            "straight-line rebinding (a notebook that builds `model` again in each section) "
            "is followed, each use belonging to the binding before it.",
            "model = build_a()\nif resume:\n    model = load()\nmodel.fit(...)",
            "model_a = build_a()\nif resume:\n    model_a = load()  # or migrate by hand",
        ),
        _rule(
            "MKD114",
            _R,
            "call-signature",
            "A call uses `*args`, `**kwargs` or positional arguments whose meaning differs between "
            "Keras versions.",
            "`compile`'s third positional parameter is `loss_weights` in Keras 3 and `metrics` "
            "in Keras 2; the tool does not guess.",
            "model.compile('adam', 'mse', ['mae'])",
            "model.compile('adam', 'mse', metrics=['mae'])",
        ),
        _rule(
            "MKD115",
            _R,
            "shared-between-models",
            "An Input or output layer belongs to more than one model the tool would rewrite.",
            "Renaming it for one model changes the other; both must be migrated by hand together.",
            "m1 = keras.Model(inp, [a, b])\nm2 = keras.Model(inp, [a, c])",
            "# give a, b and c names by hand, then rerun",
        ),
        _rule(
            "MKD116",
            _R,
            "weights-order",
            "The model's weights are saved, loaded or read by position in this file and the "
            "dict order differs from the list order.",
            "Keras matches `.weights.h5`, `get_weights()` and `set_weights()` by position. "
            "After the rewrite `model.layers` follows sorted-key order, so old weights load "
            "into the wrong layers, silently when shapes match (KERAS_RULES §3f).",
            "outputs=[zeta, alpha]\nmodel.load_weights('old.weights.h5')",
            "# rename so that sorted order equals list order, or re-save the weights",
        ),
        _rule(
            "MKD117",
            _R,
            "starred-element",
            "A list uses `*` unpacking, so its length and order are not visible.",
            "Each element must be seen to be named.",
            "outputs=[*heads, aux]",
            'outputs={"age": age, "gender": gender, "aux": aux}',
        ),
        _rule(
            "MKD118",
            _R,
            "positional-results-order",
            "`evaluate()`/`train_on_batch()`/`test_on_batch()` results (or `model.metrics_names`) "
            "are used by position — unpacked, indexed, iterated, passed on, returned or printed "
            "— and after the rewrite their order could differ on some Keras version.",
            "Positional results are `[loss, <per-output losses>, <compiled metrics sorted by log "
            "key>]`. With list outputs the per-output losses follow output order on every Keras. "
            "With dict outputs, Keras 3.5/3.6 list them in sorted-key order whatever the loss, "
            "and every Keras does so for a single broadcast loss (measured on 3.5.0 and 3.15.1). "
            "Where the order would change, the tool reads the results by key instead: "
            '`operator.itemgetter("loss", "a_loss", ...)(model.evaluate(..., '
            "return_dict=True))`, keyed as each position was on the original (Keras 2 lists the "
            "metrics in output order, Keras 3 by log key). It refuses when it cannot tell that "
            "order (metrics that are not plain strings, automatic names it cannot follow, "
            "Keras 2 and 3 disagreeing on the original), when `metrics_names` is read, or when "
            "the whole list is used on Keras 3 (3.4 logs no per-output losses, so a keyed read "
            "would fail there). Likewise a training history whose keys are printed, iterated or "
            "made a table of in order: Keras 2 logs dict outputs in sorted-key order. Reading only `[0]`, the total loss, is safe. Otherwise pass "
            "`return_dict=True` and read the values by key, then rerun.",
            "outputs=[output, aux_output]\ntotal, main_loss, aux_loss = model.evaluate(x, y)",
            "logs = model.evaluate(x, y, return_dict=True)\n"
            'main_loss, aux_loss = logs["output_loss"], logs["aux_output_loss"]',
        ),
        _rule(
            "MKD119",
            _W,
            "auto-name-shift",
            "Layers named by the rewrite no longer use up Keras' automatic names, so unnamed "
            "layers created after them get other automatic names (`dense_2` becomes `dense`); "
            "nothing in this file reads layer names or log keys.",
            "Keras numbers automatic layer names with one counter per class for the whole "
            "process, and explicitly named layers do not count. Strings in the file that spell "
            "the shifted names are updated (MKD124) or refuse the migration (MKD127), and a "
            "file that reads names or log keys in other ways refuses it (MKD128). This warning "
            "is left only where nothing in the file can see the shift: code in other files or "
            "later processes that spells the old names (a loaded model's "
            '`get_layer("dense_3")`) must follow.',
            "m1 = Model(x, [Dense(1)(h), Dense(1)(h)])  # dense, dense_1\n"
            "m2 = Model(x, [Dense(1)(g), Dense(1)(g)])  # dense_2, dense_3",
            'm1 = Model(x, {"a": Dense(1, name="a")(h), ...})\n'
            "m2 = Model(x, [Dense(1)(g), Dense(1)(g)])  # now dense, dense_1",
        ),
        _rule(
            "MKD120",
            _R,
            "saved-model-structure",
            "The whole model is saved (`model.save`, `model.export`, `keras.models.save_model`, "
            "`tf.saved_model.save`, or a `ModelCheckpoint` of this file without "
            "`save_weights_only=True` in a `fit(callbacks=...)`) and the rewrite makes its "
            "inputs or outputs a dict.",
            "The saved file outlives the program, with the new structure: code that loads it "
            "gets dicts from `predict()` and `model(x)` (`preds[0]` raises, `a, b = preds` "
            "yields key strings), and calling it with a list of inputs warns, and raises on "
            "Keras 3.8+ unless the keys are in sorted order. That code is out of the tool's "
            "sight — it does not follow `load_model` — so the rewrite could break a program "
            "it cannot see, and a warning beside it would not make it right. Weights-only saves "
            "keep migrating (their order is MKD116/MKD125's). Migrate the loading code by hand "
            "(dict inputs, outputs by key), or save weights only, then rerun.",
            'model = keras.Model([a, b], [age, gender])\nmodel.save("m.keras")',
            'model.save_weights("m.weights.h5")\n'
            "# or: migrate the code that loads m.keras to dicts, then this model",
        ),
        _rule(
            "MKD121",
            _I,
            "migrated-across-files",
            "A model built in one file and compiled, fitted or predicted in another was migrated "
            "in both, as one transaction.",
            "The builder's module and every module that calls it through the project's imports "
            "change together, so no list is left beside a dict.",
            "# models.py: return keras.Model(inp, [age, gender])\n"
            "# train.py:  model = build_model(); model.fit(x, [ya, yg])",
            '# models.py: return keras.Model(inp, {"age": age, "gender": gender})\n'
            '# train.py:  model = build_model(); model.fit(x, {"age": ya, "gender": yg})',
        ),
        _rule(
            "MKD122",
            _R,
            "blocked-across-files",
            "A model used across files was left untouched in all of them, because one of them "
            "cannot be migrated.",
            "Migrating the builder without its callers (or the reverse) would leave lists beside "
            "dicts, which Keras pairs in sorted-key order. The finding names the file and line "
            "that blocks; fix or migrate that by hand, then rerun on all the files.",
            "# models.py: return keras.Model(inp, [age, gender])\n"
            "# train.py:  model.fit(train_ds)  # MKD107",
            "# make train_ds yield dicts keyed by name, then rerun",
        ),
        _rule(
            "MKD123",
            _W,
            "subclassed-model",
            "A subclass of `keras.Model` defines its own `compile`, `train_step`, `test_step` or "
            "`compute_loss`; the tool never rewrites subclassed models.",
            "Such a model decides in its own code how losses, metrics and labels meet its "
            "outputs, so a dict rewrite of its callers could no longer match what the class "
            "expects. Migrate the class and its callers together by hand.",
            "class Twin(keras.Model):\n    def train_step(self, data):\n        x, (y1, y2) = data",
            "class Twin(keras.Model):\n    def train_step(self, data):\n"
            '        x, y = data  # y = {"age": ..., "gender": ...}',
        ),
        _rule(
            "MKD124",
            _I,
            "layer-name-string-updated",
            "A string spelling an automatic layer name or log key of a renamed layer was updated.",
            "Naming an output layer renames it and shifts the automatic names of later unnamed "
            "layers of the same class, so `monitor=`, `history.history[...]`, `get_layer(...)` "
            "strings and callback filepath templates (`{val_dense_1_loss:.2f}`) must follow. "
            "The tool updates them by default, only in a file whose every layer is built once, "
            "in order, at module level, importing nothing that could build layers; it assumes "
            "such a file runs as a script in a fresh process. Where it cannot prove the new "
            "name it refuses the model instead (MKD127).",
            'age = layers.Dense(1)(h)\nEarlyStopping(monitor="val_dense_1_loss")',
            'age = layers.Dense(1, name="age")(h)\nEarlyStopping(monitor="val_age_loss")',
        ),
        _rule(
            "MKD125",
            _W,
            "weights-order-in-project",
            "A migrated model's layer order changes, and a file of the project loads or sets "
            "weights by position.",
            "`load_weights`, `.weights.h5` files and `set_weights` match weights by position "
            "(KERAS_RULES §3f). Dict outputs are flattened in sorted-key order, so when that "
            "differs from the old list order `model.layers` and `get_weights()` change order and "
            "weights saved by the old code load into the wrong layers, silently when shapes "
            "match. Re-save: with the old code, `model.save('model.keras')`; with the new code, "
            "`old = keras.models.load_model('model.keras')` and copy layer by layer by name "
            "(`new.get_layer(n).set_weights(old.get_layer(n).get_weights())`, using the old "
            "automatic name for a renamed layer), then `new.save_weights(...)` again.",
            "outputs=[zeta, alpha]\n# infer.py: model.load_weights('old.weights.h5')",
            "# re-save old.weights.h5 from the migrated model before loading it again",
        ),
        _rule(
            "MKD126",
            _W,
            "public-producer",
            "The migrated model's data comes from a public generator, dataset class or `.map` "
            "function of this file, which now produces dict labels.",
            "Another module could import it and feed a model that still has list outputs; that "
            "model would then get dict labels paired in sorted-key order. Run the tool over the "
            "whole repository (a file that imports the producer then blocks or joins the "
            "migration), or check the importers by hand.",
            "def batches():\n    yield x, (y_age, y_gender)",
            'def batches():\n    yield x, {"age": y_age, "gender": y_gender}',
        ),
        _rule(
            "MKD127",
            _R,
            "name-string-not-updatable",
            "A string spells an automatic layer name or log key that the migration changes, "
            "and the tool cannot update it provably; the model was left untouched.",
            "After output layers get names, keys such as `val_dense_1_loss` and layer names "
            "such as `dense_1` no longer exist: an `EarlyStopping` monitoring one never stops, "
            "a `get_layer` raises, a `history.history[...]` raises. The tool updates such "
            "strings only where it can work out every automatic name (MKD124) and the string "
            "is a whole name or key (not an f-string, a piece of a concatenation or a template "
            "outside a callback's filepath). The message says which string, and the new name "
            "when the tool knows it: name the output layers by hand and update the string.",
            'age = layers.Dense(1)(h)  # in a function\nEarlyStopping(monitor="val_dense_1_loss")',
            'age = layers.Dense(1, name="age")(h)\nEarlyStopping(monitor="val_age_loss")',
        ),
        _rule(
            "MKD128",
            _R,
            "auto-name-shift-observed",
            "Names the migration adds would shift the automatic names of layers built later, "
            "and the file reads layer names or log keys; the model was left untouched.",
            "Keras numbers automatic layer names with one counter per class for the whole "
            "process and explicit names take no number, so naming `dense` and `dense_1` "
            "renames a later model's `dense_2`/`dense_3` to `dense`/`dense_1`. Code that reads "
            "names or logs without spelling them (`layer.name`, `output_names`, a whole "
            "`history.history`, `return_dict=True`, `get_layer(variable)`, CSVLogger or a "
            "custom callback's `logs`) would see other names. Name those later layers by hand "
            "with their old automatic names, or name the output layers by hand.",
            "m1 = Model(x, [Dense(1)(h), Dense(1)(h)])\n"
            "m2 = Model(x, [Dense(1)(g), Dense(1)(g)])\nprint(m2.output_names)",
            'm2 = Model(x, [Dense(1, name="dense_2")(g), Dense(1, name="dense_3")(g)])',
        ),
        _rule(
            "MKD129",
            _R,
            "exception-sensitive",
            "A structural call of the model (its constructor, compile, fit, evaluate, predict, "
            "...) runs where an exception or warning is checked or caught: `pytest.raises`, "
            "`assertRaises`, `pytest.warns`, `assertWarns`, `warnings.catch_warnings`, "
            "`contextlib.suppress`, a `try:` with an `except` (or the handler itself), or an `xfail` "
            "test.",
            "Exceptions and warnings are part of what a program does. The rewrite removes "
            "errors and warnings Keras gives for lists beside dicts (a list `x` on dict inputs "
            "raises on Keras 3.8+, and warns before), and can add others: a test that expects "
            "the error would now fail, and a handler would now run the other branch. Migrate "
            "this model by hand and decide what the check should expect.",
            "with pytest.raises(ValueError):\n    model.fit([xa, xb], y)",
            "# by hand: keep the list call the test is about, or update what it expects",
        ),
        _rule(
            "MKD130",
            _R,
            "keras1-input-output",
            "The model is built with the Keras 1 keywords `input=`/`output=` "
            "(`Model(input=[a, b], output=[c, d])`).",
            "Keras 3 and tf.keras (Keras 2) accept only `inputs=`/`outputs=`: with "
            "`input=`/`output=` the constructor raises a ValueError (Keras 3) or TypeError "
            "(tf.keras), so the program runs only on Keras 1 or early standalone Keras 2, "
            "where the tool's dicts do not apply. The tool does not rename them itself: rename "
            "them to `inputs=`/`outputs=` by hand, check the program runs on your Keras, then "
            "rerun the tool.",
            "Model(input=[a, b], output=[c, d])",
            "Model(inputs=[a, b], outputs=[c, d])  # by hand; then rerun the tool",
        ),
        _rule(
            "MKD901",
            Severity.ERROR,
            "syntax-error",
            "The file could not be parsed; it was left untouched.",
            "The tool only rewrites code it can parse completely.",
            "print 'hello'",
            "print('hello')",
        ),
        _rule(
            "MKD902",
            Severity.ERROR,
            "self-check-failed",
            "The rewrite failed its own safety check; the file was left untouched.",
            "Every rewrite is compiled by the running Python and compared with the old tree "
            "outside the edited expressions before it is shown; with `--check-second-run` it "
            "is also migrated a second time, which must change nothing. A failure is a bug in "
            "the tool: please report it with the file.",
            "",
            "",
        ),
        _rule(
            "MKD903",
            Severity.ERROR,
            "unreadable-file",
            "The file could not be read or decoded; it was left untouched.",
            "The tool never writes a file it could not read exactly.",
            "",
            "",
        ),
        _rule(
            "MKD904",
            Severity.ERROR,
            "file-too-large",
            "The file (for a notebook: its code cells) is larger than the size limit; it was not read.",
            "Very large generated files take minutes to analyse. The limit (1 MB by default) "
            "keeps a repository run predictable; raise it with `--max-file-size BYTES`. A "
            "notebook counts by its code, not its outputs: plots do not make it too large.",
            "",
            "",
        ),
        _rule(
            "MKD905",
            Severity.ERROR,
            "changed-while-working",
            "The file changed on disk between reading and writing; it was not written.",
            "Writing would have thrown away the other change. Run the tool again.",
            "",
            "",
        ),
    ]
}


def explain(code: str) -> str:
    """The long explanation of ``code``, in ruff's rule-page shape."""
    rule = RULES[code.upper()]
    parts = [
        f"# {rule.code} ({rule.title}) [{rule.severity.value}]",
        "",
        "## What it means",
        rule.what,
        "",
        "## Why",
        rule.why,
    ]
    if rule.before:
        parts += ["", "## Example", "```python", rule.before, "```"]
    if rule.after:
        parts += ["", "## Instead / after", "```python", rule.after, "```"]
    return "\n".join(parts) + "\n"


def catalogue_markdown() -> str:
    """The README's finding table, generated so it cannot drift from the code."""
    rows = ["| code | severity | name | meaning |", "| --- | --- | --- | --- |"]
    rows += [f"| {r.code} | {r.severity.value} | {r.title} | {r.what} |" for r in RULES.values()]
    return "\n".join(rows) + "\n"
