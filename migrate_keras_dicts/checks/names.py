"""Layer names: the names the rewrite adds, Keras' automatic names they shift, strings that spell them."""

from __future__ import annotations

from .base import AGE_GENDER, IMPORTS, Rule, Severity, indent, migration, refusal, rewrite


def unnamed_heads(model: str) -> str:
    """Two unnamed heads on one input, compiled and fitted as lists: the migration names
    them, which shifts the automatic names of layers built later."""
    return f"""\
features = keras.Input(shape=(8,), name="features")
age = layers.Dense(1)(features)
gender = layers.Dense(1, activation="sigmoid")(features)
{model} = keras.Model(features, [age, gender])
{model}.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
{model}.fit(x_train, [y_age, y_gender], epochs=3)"""


RULES = (
    Rule(
        "MKD003",
        Severity.WARNING,
        "output-layer-named",
        what="An output layer got `name=`; its log keys and `get_layer` name change.",
        why=(
            "Dict keys must equal the output layer's name on every Keras 3 version. Keras named "
            "the layer automatically before (`dense_1`), so history keys, callback `monitor=` "
            'strings and `model.get_layer("dense_1")` that used the old name must be updated.'
        ),
        examples=(migration(("MKD001", "MKD003"), unnamed=True),),
        decided_in=("plan",),
    ),
    Rule(
        "MKD008",
        Severity.WARNING,
        "old-layer-name-in-text",
        what=(
            "A string contains an old automatic name of a renamed layer, but is not a name or log "
            "key the program looks up (a path, a message); it was left as it is."
        ),
        why=(
            "Strings that name a layer or a log key are updated (MKD124) or make the tool refuse "
            "the model (MKD127). What is left only contains the old name as text, such as a file "
            "name; check that nothing reads it back as a layer name."
        ),
        examples=(
            migration(
                ("MKD001", "MKD003", "MKD008"),
                """\
{imports}

{layers}

{train}
print("trained dense_1 on", len(x_train), "rows")
""",
                unnamed=True,
            ),
        ),
        decided_in=("layer_names",),
    ),
    Rule(
        "MKD119",
        Severity.WARNING,
        "auto-name-shift",
        what=(
            "Layers named by the rewrite no longer use up Keras' automatic names, so unnamed "
            "layers created after them get other automatic names (`dense_2` becomes `dense`); "
            "nothing in this file reads layer names or log keys."
        ),
        why=(
            "Keras numbers automatic layer names with one counter per class for the whole "
            "process, and explicitly named layers do not count. Strings in the file that spell "
            "the shifted names are updated (MKD124) or refuse the migration (MKD127), and a file "
            "that reads names or log keys in other ways refuses it (MKD128). This warning is left "
            "only where nothing in the file can see the shift: code in other files or later "
            'processes that spells the old names (a loaded model\'s `get_layer("dense_3")`) must '
            "follow."
        ),
        examples=(
            migration(
                ("MKD001", "MKD003", "MKD119"),
                """\
{imports}

{layers}

{train}

other = keras.Input(shape=(8,), name="other")
score = layers.Dense(1)(other)  # dense_3, and dense_1 once age and gender are named
scorer = keras.Model(other, score)
""",
                unnamed=True,
            ),
        ),
        decided_in=("layer_names",),
    ),
    Rule(
        "MKD124",
        Severity.INFO,
        "layer-name-string-updated",
        what="A string spelling an automatic layer name or log key of a renamed layer was updated.",
        why=(
            "Naming an output layer renames it and shifts the automatic names of later unnamed "
            "layers of the same class, so `monitor=`, `history.history[...]`, `get_layer(...)` "
            "strings and callback filepath templates (`{val_dense_1_loss:.2f}`) must follow. The "
            "tool updates them by default, only in a file whose every layer is built once, in "
            "order, at module level, importing nothing that could build layers; it assumes such a "
            "file runs as a script in a fresh process. Where it cannot prove the new name it "
            "refuses the model instead (MKD127)."
        ),
        examples=(
            rewrite(
                ("MKD001", "MKD003", "MKD124"),
                f"""\
{IMPORTS}

{AGE_GENDER.unnamed_layers}

{AGE_GENDER.compiled}
stop = keras.callbacks.EarlyStopping(monitor="val_dense_2_loss", patience=2)
model.fit(x_train, [y_age, y_gender], validation_split=0.2, callbacks=[stop])
""",
                f"""\
{IMPORTS}

{AGE_GENDER.layers}

{AGE_GENDER.compiled_dict}
stop = keras.callbacks.EarlyStopping(monitor="val_gender_loss", patience=2)
model.fit(
    x_train, {{"age": y_age, "gender": y_gender}}, validation_split=0.2, callbacks=[stop]
)
""",
            ),
        ),
        decided_in=("layer_names",),
    ),
    Rule(
        "MKD127",
        Severity.REFUSED,
        "name-string-not-updatable",
        what=(
            "A string spells an automatic layer name or log key that the migration changes, and "
            "the tool cannot update it provably; the model was left untouched."
        ),
        why=(
            "After output layers get names, keys such as `val_dense_1_loss` and layer names such "
            "as `dense_1` no longer exist: an `EarlyStopping` monitoring one never stops, a "
            "`get_layer` raises, a `history.history[...]` raises. The tool updates such strings "
            "only where it can work out every automatic name (MKD124) and the string is a whole "
            "name or key (not an f-string, a piece of a concatenation or a template outside a "
            "callback's filepath). A whole string `input_N` is Keras 2's automatic name of an "
            "unnamed Input, which shifts once the migration names Inputs: it refuses too. The "
            "message says which string, and the new name when the tool knows it: name the "
            "output layers (or Inputs) by hand and update the string."
        ),
        examples=(
            refusal(
                ("MKD127",),
                f"""\
{IMPORTS}


def build_model():
{indent(AGE_GENDER.unnamed_layers)}
{indent(AGE_GENDER.compiled)}
    return model


model = build_model()
stop = keras.callbacks.EarlyStopping(monitor="val_dense_2_loss", patience=2)
model.fit(x_train, [y_age, y_gender], validation_split=0.2, callbacks=[stop])
""",
            ),
        ),
        decided_in=("layer_names",),
    ),
    Rule(
        "MKD128",
        Severity.REFUSED,
        "auto-name-shift-observed",
        what=(
            "Names the migration adds would shift the automatic names of layers built later, and "
            "the file reads layer names or log keys; the model was left untouched."
        ),
        why=(
            "Keras numbers automatic layer names with one counter per class for the whole process "
            "and explicit names take no number, so naming `dense` and `dense_1` renames a later "
            "model's `dense_2`/`dense_3` to `dense`/`dense_1`; so for any layer built later, "
            "called on a tensor or only constructed (a `Sequential`'s list, `add(...)`). Where "
            "the tool cannot work the names out, every layer that may be built after the named "
            "ones counts (in a function: unless it is called once), and so do every other "
            "model and every later call of a function imported from another module of the "
            "program. Naming Inputs shifts the Inputs built later the same way (`input_layer_2` "
            "becomes `input_layer`, `input_3` becomes `input_1` on Keras 2), a Sequential's "
            "among them. Code that reads names or logs "
            "without spelling them (`layer.name`, `output_names`, Keras 2's `input_names`, a whole "
            "`history.history`, "
            "`return_dict=True`, `get_layer(variable)`, CSVLogger or a custom callback's `logs`, "
            "`print(model.layers)`, whose repr shows each name) would see other names; log keys "
            "name outputs and metrics, so for Inputs alone they count only where a model "
            "outputs an Input as it is, and they do not count at all when every model of the "
            "file is migrated to outputs keyed by the names the migration gives them, the file "
            "names Keras' `Model` nowhere else (a subclass, an alias), "
            "and nothing imported from another module builds layers later: no log key then "
            "holds an automatic name. Name those later layers by hand with their "
            "old automatic names, or name the output layers by hand."
        ),
        examples=(
            refusal(
                ("MKD102", "MKD128"),
                f"""\
{IMPORTS}

{unnamed_heads("first")}

other = keras.Input(shape=(8,), name="other")
second = keras.Model(other, [layers.Dense(1)(other), layers.Dense(1)(other)])
print(second.output_names)
""",
            ),
            refusal(
                ("MKD128",),
                f"""\
{IMPORTS}

{unnamed_heads("model")}

encoder = keras.Sequential([layers.Dense(16), layers.Dense(4)])  # dense_2, dense_3
print([layer.name for layer in encoder.layers])
""",
            ),
        ),
        decided_in=("layer_names",),
    ),
)
