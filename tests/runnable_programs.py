"""Hypothesis strategies that write complete, runnable Keras programs with multi-input,
multi-output functional models, tiny data and diagnostic losses (a wrong pairing shows up
as a different number)."""

from __future__ import annotations

from hypothesis import strategies as st

PRELUDE = """import numpy as np
import keras
from keras import layers, ops


def P(t, p):
    return ops.mean(1000.0 + 10.0 * t + p, axis=-1)


def Q(t, p):
    return ops.mean(2000.0 + 10.0 * t + p, axis=-1)


def R(t, p):
    return ops.mean(3000.0 + 10.0 * t + p, axis=-1)


def mP(t, p):
    return ops.mean(100.0 + 10.0 * t + p, axis=-1)


N = 8
"""
INPUTS = ["in_z", "in_a", "in_m"]
OUTPUTS = ["zeta", "alpha", "mu"]
LOSSES = ["P", "Q", "R"]


def _seq(items: list[str], kind: str) -> str:
    if kind == "tuple":
        return "(" + ", ".join(items) + ")"
    return "[" + ", ".join(items) + "]"


@st.composite
def runnable_programs(draw) -> str:
    n_in = draw(st.integers(1, 3))
    n_out = draw(st.integers(2, 3))
    ins, outs = INPUTS[:n_in], OUTPUTS[:n_out]
    if draw(st.booleans()):
        outs = list(reversed(outs))  # list order against sorted order
    lines = [PRELUDE]
    for i, name in enumerate(ins):
        lines.append(f'x_{name} = np.full((N, 1), {i + 1}.0, "float32")')
        named = f', name="{name}"' if draw(st.booleans()) else ""
        lines.append(f"{name} = keras.Input(shape=(1,){named})")
    for k, name in enumerate(outs):
        lines.append(f'y_{name} = np.full((N, 1), {3 + 2 * k}.0, "float32")')
    source = ins[0] if n_in == 1 else "h"
    if n_in > 1:
        lines.append(f"h = layers.Concatenate()([{', '.join(ins)}])")
    for k, name in enumerate(outs):
        named = f', name="{name}"' if draw(st.booleans()) else ""
        lines.append(
            f"{name} = layers.Dense(1, kernel_initializer=keras.initializers.Constant({k + 1}.0), "
            f'bias_initializer="zeros"{named})({source})'
        )
    inputs = ins[0] if n_in == 1 else _seq(ins, draw(st.sampled_from(["list", "tuple"])))
    outputs = _seq(outs, draw(st.sampled_from(["list", "tuple"])))
    lines.append(f"model = keras.Model({inputs}, {outputs})")
    loss_kind = draw(st.sampled_from(["list", "dict", "single"]))
    named_outputs = all(f'name="{o}"' in "\n".join(lines) for o in outs)
    if loss_kind == "dict" and named_outputs:
        keys = draw(st.permutations(outs))
        loss = "{" + ", ".join(f'"{o}": {LOSSES[outs.index(o)]}' for o in keys) + "}"
    elif loss_kind == "single":
        loss = "P"
    else:
        loss = _seq(LOSSES[:n_out], "list")
    args = ["optimizer=keras.optimizers.SGD(learning_rate=0.0)", f"loss={loss}"]
    if draw(st.booleans()) and loss_kind != "single":
        args.append("loss_weights=" + _seq([f"{w + 1}.0" for w in range(n_out)], "list"))
    metrics = draw(st.sampled_from([None, "nested", "flat"]))
    if metrics == "nested":
        args.append("metrics=" + _seq(["[mP]"] * n_out, "list"))
    elif metrics == "flat":
        args.append("metrics=" + _seq(["mP"] + ['"mae"'] * (n_out - 1), "list"))
    lines.append(f"model.compile({', '.join(args)})")
    x = f"x_{ins[0]}" if n_in == 1 else _seq([f"x_{i}" for i in ins], "list")
    y = _seq([f"y_{o}" for o in outs], draw(st.sampled_from(["list", "tuple"])))
    lines.append(f"model.fit({x}, {y}, epochs=1, batch_size=4, verbose=0)")
    if draw(st.booleans()):
        lines.append(f"model.evaluate({x}, {y}, verbose=0, return_dict=True)")
    consumer = draw(st.sampled_from(["index", "unpack", "none"]))
    if consumer == "index":
        lines.append(f"preds = model.predict({x}, verbose=0)")
        lines.append("print(np.round(preds[0][:2], 3), np.round(preds[-1][:2], 3))")
    elif consumer == "unpack":
        names = ", ".join(f"p_{o}" for o in outs)
        lines.append(f"{names} = model.predict({x}, verbose=0)")
        lines.append(f"print([float(p[0, 0]) for p in ({names},)])")
    return "\n".join(lines) + "\n"
