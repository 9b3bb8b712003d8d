"""Hypothesis strategies that write Keras functional-model programs as text."""

from __future__ import annotations

from hypothesis import strategies as st

IMPORT_STYLES = {
    "keras": (
        "import keras\nfrom keras import layers\n",
        "keras.Model",
        "keras.Input",
        "layers.Dense",
    ),
    "tf": (
        "import tensorflow as tf\n",
        "tf.keras.Model",
        "tf.keras.Input",
        "tf.keras.layers.Dense",
    ),
    "from": (
        "from keras.models import Model\nfrom keras.layers import Input, Dense\n",
        "Model",
        "Input",
        "Dense",
    ),
    "alias": ("import keras as K\n", "K.Model", "K.Input", "K.layers.Dense"),
}
NAMES = ["age", "gender", "zeta", "alpha", "out_b", "out_a", "score", "mask_head"]
INPUT_NAMES = ["in_z", "in_a", "feat", "aux_in", "text", "img"]


def _seq(items: list[str], kind: str, keys: list[str] | None = None) -> str:
    if kind == "dict" and keys is not None:
        return "{" + ", ".join(f'"{k}": {v}' for k, v in zip(keys, items, strict=True)) + "}"
    if kind == "tuple":
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if kind == "multiline":
        return "[\n    " + ",\n    ".join(items) + ",  # trailing\n]"
    return "[" + ", ".join(items) + "]"


@st.composite
def model_programs(draw) -> str:
    style = draw(st.sampled_from(sorted(IMPORT_STYLES)))
    header, model, inp, dense = IMPORT_STYLES[style]
    n_in = draw(st.integers(1, 4))
    n_out = draw(st.integers(1, 5))
    ins = draw(st.lists(st.sampled_from(INPUT_NAMES), min_size=n_in, max_size=n_in, unique=True))
    outs = draw(st.lists(st.sampled_from(NAMES), min_size=n_out, max_size=n_out, unique=True))
    lines = [header]
    for name in ins:
        named = draw(st.booleans())
        lines.append(f"{name} = {inp}(shape=(1,){', name=' + repr(name) if named else ''})")
        if draw(st.booleans()):
            lines.append("")
    merged = ins[0] if n_in == 1 else "h"
    if n_in > 1:
        layers_prefix = dense.rsplit(".", 1)[0] + "." if "." in dense else ""
        lines.append(f"h = {layers_prefix}Concatenate()([{', '.join(ins)}])")
    for name in outs:
        named = draw(st.booleans())
        if draw(st.booleans()):
            lines.append(f"# head {name}")
        lines.append(f"{name} = {dense}(1{', name=' + repr(name) if named else ''})({merged})")
    in_kind = draw(st.sampled_from(["list", "tuple", "dict", "multiline"]))
    out_kind = draw(st.sampled_from(["list", "tuple", "dict", "multiline"]))
    inputs = ins[0] if n_in == 1 and draw(st.booleans()) else _seq(ins, in_kind, ins)
    outputs = outs[0] if n_out == 1 and draw(st.booleans()) else _seq(outs, out_kind, outs)
    if draw(st.booleans()):
        lines.append(f"model = {model}({inputs}, {outputs})")
    else:
        lines.append(f"model = {model}(inputs={inputs}, outputs={outputs})")
    loss_kind = draw(st.sampled_from(["list", "tuple", "dict", "single", "none", "wrong"]))
    losses = [repr(draw(st.sampled_from(["mse", "mae", "binary_crossentropy"]))) for _ in outs]
    if loss_kind == "single":
        loss = "'mse'"
    elif loss_kind == "none":
        loss = None
    elif loss_kind == "wrong":
        loss = _seq([*losses, "'mse'"], "list")
    else:
        loss = _seq(losses, loss_kind, outs)
    metrics = draw(st.sampled_from([None, "flat", "nested"]))
    compile_args = ["optimizer='adam'"]
    if loss is not None:
        compile_args.append(f"loss={loss}")
    if metrics == "flat":
        compile_args.append("metrics=" + _seq(["'mae'"] * n_out, "list"))
    elif metrics == "nested":
        compile_args.append("metrics=" + _seq(["['mae']"] * n_out, "list"))
    if draw(st.booleans()):
        compile_args.append("loss_weights=" + _seq(["1.0"] * n_out, "list"))
    lines.append(f"model.compile({', '.join(compile_args)})")
    x = (
        ins[0] + "_data"
        if n_in == 1
        else _seq([f"x_{n}" for n in ins], draw(st.sampled_from(["list", "tuple", "dict"])), ins)
    )
    y = (
        "y_data"
        if n_out == 1
        else _seq([f"y_{n}" for n in outs], draw(st.sampled_from(["list", "tuple", "dict"])), outs)
    )
    call = draw(st.sampled_from(["fit", "evaluate", "train_on_batch", "dataset"]))
    if call == "dataset":
        lines.append("model.fit(train_ds, epochs=2)")
    else:
        lines.append(f"model.{call}({x}, {y})")
    consumer = draw(st.sampled_from(["none", "index", "unpack", "whole"]))
    if consumer == "index":
        lines.append(f"preds = model.predict({x})")
        lines.append("first = preds[0]")
    elif consumer == "unpack" and n_out > 1:
        lines.append(f"{', '.join(o + '_pred' for o in outs)} = model.predict({x})")
    elif consumer == "whole":
        lines.append(f"print(model.predict({x}))")
    return "\n".join(lines) + "\n"
