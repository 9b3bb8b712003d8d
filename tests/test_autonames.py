"""When the tool may work out Keras' automatic layer names, and what it makes of strings."""

from __future__ import annotations

import libcst as cst
import pytest
from libcst.metadata import MetadataWrapper

from migrate_keras_dicts.autonames import renamed_layers, renamed_string
from migrate_keras_dicts.meta import ModuleMeta

HEAD = "import keras\nfrom keras import layers\n"
SCRIPT = HEAD + (
    "inp = keras.Input(shape=(4,))\n"
    "h = layers.Dense(8)(inp)\n"  # dense
    "a = layers.Dense(1)(h)\n"  # dense_1 -> named "a"
    "n = layers.Dense(1, name='fixed')(h)\n"  # explicit: takes no slot
    "b = layers.Dense(1)(h)\n"  # dense_2 -> dense_1
    "c = layers.Dropout(0.1)(b)\n"
)


def _renames(source: str) -> dict[str, str] | None:
    meta = ModuleMeta(MetadataWrapper(cst.parse_module(source), unsafe_skip_copy=True))
    target = None
    for statement in meta.module.body:
        line = meta.module.code_for_node(statement)
        if line.startswith("a = "):
            target = statement.body[0].value.func  # the construction in ``Dense(1)(h)``
    assert target is not None
    return renamed_layers(meta, {id(target): "a"})


def test_straight_line_script_names_are_worked_out() -> None:
    assert _renames(SCRIPT) == {"dense_1": "a", "dense_2": "dense_1"}


@pytest.mark.parametrize(
    "extra",
    [
        "def helper():\n    return layers.Dense(3)\n",  # a layer built in a function
        "from project import blocks\n",  # a project module may build layers on import
        "from . import blocks\n",
        "base = keras.applications.MobileNetV2()\n",  # builds layers of its own
        "extra = layers.Dense(2) if flag else None\n",  # may or may not run
        "for _ in range(2):\n    layers.Dense(2)\n",
        "class Dense(layers.Layer):\n    pass\n",  # a class sharing the stem
        "d = layers.Dense(2, **options)\n",  # may or may not carry a name
        "w = layers.TimeDistributed(layers.Dense(2))\n",  # a wrapper builds its own
        # found by review: each of these made a rewritten string name the wrong layer
        "class Noop:\n    pass\n\n\ndef build():\n    return layers.Dense(2)\n",
        "D = layers.Dense\nx = D(8)\n",  # a layer class under another name
        "from functools import partial\nx = partial(layers.Dense, 8)\n",
        "x = list(map(layers.Dense, [8]))\n",
        "keras.utils.clear_session()\n",  # resets the counters
        "x = getattr(layers, 'Dense')(8)\n",
        "exec('layers.Dense(8)')\n",
        # found by a second review
        "import tensorflow as tf\nextra = tf.compat.v1.keras.layers.Dense(3)\n",
        "import importlib\nplugins = importlib.import_module('extras')\n",
        "proto = layers.Dense(8)\ntwin = type(proto)(8)\n",
        "proto = layers.Dense(8)\ntwin = proto.__class__(8)\n",
    ],
)
def test_anything_unprovable_gives_up(extra: str) -> None:
    assert _renames(HEAD + extra + SCRIPT[len(HEAD) :]) is None


def test_safe_calls_do_not_count() -> None:
    prelude = (
        "import numpy as np\n"
        "from keras import ops\n"
        "y = ops.add(1, 2) + ops.softmax([1.0])\n"  # operations: stems no counted layer has
        "keras.utils.set_random_seed(0)\n"
        "(x, y), _ = keras.datasets.mnist.load_data()\n"
        "stop = keras.callbacks.EarlyStopping(monitor='val_loss')\n"
    )
    assert _renames(HEAD + prelude + SCRIPT[len(HEAD) :]) == {
        "dense_1": "a",
        "dense_2": "dense_1",
    }


@pytest.mark.parametrize(
    ("value", "how", "expected"),
    [
        ("dense_1_loss", "key", "age_loss"),
        ("val_dense_1_mae", "key", "val_age_mae"),
        ("dense_2_loss", "key", "dense_1_loss"),
        ("dense_10_loss", "key", None),  # another layer
        ("dense_loss", "key", None),
        ("dense_1", "key", None),  # a key has a metric after the name
        ("dense_1", "layer", "age"),
        ("dense_1_loss", "layer", None),
    ],
)
def test_renamed_string(value: str, how: str, expected: str | None) -> None:
    renamed = {"dense_1": "age", "dense_2": "dense_1"}
    assert renamed_string(value, how, renamed) == expected


def test_a_string_that_may_name_an_explicitly_named_layer_is_not_updated() -> None:
    renamed = {"dense": "out1"}
    assert renamed_string("dense_head_loss", "key", renamed) == "out1_head_loss"
    assert renamed_string("dense_head_loss", "key", renamed, {"dense_head"}) is None
    assert renamed_string("val_dense_head_loss", "key", renamed, {"dense_head"}) is None
    assert renamed_string("dense", "layer", {"dense": "out1"}, {"dense"}) is None
