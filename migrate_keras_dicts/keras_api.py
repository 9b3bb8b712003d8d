"""Which qualified names are Keras' functional-model API, under every spelling.

LibCST's QualifiedNameProvider turns ``tf.keras.layers.Dense`` into
``tensorflow.keras.layers.Dense``; we fold every known prefix onto ``keras.`` so
that one table serves ``keras``, ``tf.keras``, ``tensorflow.python.keras`` and
``tf_keras`` alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_PREFIXES = (
    "tensorflow.python.keras.",
    "tensorflow.keras.",
    "tf_keras.",
    "keras.src.",
    "keras.api.",
    "keras._tf_keras.keras.",
    "keras.",
)

MODEL_NAMES = frozenset(
    {
        "keras.Model",
        "keras.models.Model",
        "keras.engine.training.Model",
        "keras.engine.functional.Functional",
        "keras.models.model.Model",
        "keras.models.functional.Functional",
    }
)
INPUT_NAMES = frozenset(
    {
        "keras.Input",
        "keras.layers.Input",
        "keras.engine.input_layer.Input",
        "keras.layers.core.input_layer.Input",
    }
)
# Functional helpers in keras.layers that build a layer and accept ``name=``.
MERGE_FUNCTIONS = frozenset(
    {"add", "subtract", "multiply", "average", "maximum", "minimum", "concatenate", "dot"}
)
LOSS_MODULES = ("keras.losses.", "keras.metrics.")

# Layers whose constructor takes ``name`` as a positional parameter (Keras 3.15): its index.
# Elsewhere ``name`` only goes through ``**kwargs``, so a call can only set it by keyword.
POSITIONAL_NAME_INDEX = {
    "AveragePooling1D": 4,
    "AveragePooling2D": 4,
    "AveragePooling3D": 4,
    "AvgPool1D": 4,
    "AvgPool2D": 4,
    "AvgPool3D": 4,
    "Discretization": 6,
    "HashedCrossing": 3,
    "IntegerLookup": 13,
    "MaxPool1D": 4,
    "MaxPool2D": 4,
    "MaxPool3D": 4,
    "MaxPooling1D": 4,
    "MaxPooling2D": 4,
    "MaxPooling3D": 4,
    "Pipeline": 1,
    "RandomCrop": 4,
    "SpatialDropout1D": 2,
    "SpatialDropout2D": 3,
    "SpatialDropout3D": 3,
    "StringLookup": 11,
    "TextVectorization": 12,
}

# Modules whose star import brings Model, Input or layers into scope.
STAR_MODULES = frozenset({"keras", "keras.models", "keras.layers"})


def canonical(qualified_name: str) -> str | None:
    """``tensorflow.keras.layers.Dense`` -> ``keras.layers.Dense``; non-Keras -> None."""
    for prefix in _PREFIXES:
        if qualified_name.startswith(prefix):
            return "keras." + qualified_name[len(prefix) :]
    return None


def canonical_all(qualified_names: Iterable[str]) -> set[str]:
    return {c for q in qualified_names if (c := canonical(q)) is not None}


def is_model(names: set[str]) -> bool:
    return bool(names & MODEL_NAMES)


def is_input(names: set[str]) -> bool:
    return bool(names & INPUT_NAMES)


def layer_class(names: set[str]) -> str | None:
    """The class name when ``names`` is a Keras layer class (``keras.layers.Dense``)."""
    for name in names:
        parts = name.split(".")
        if len(parts) >= 3 and parts[1] == "layers" and parts[-1][:1].isupper():
            if name in INPUT_NAMES or parts[-1] == "InputLayer":
                continue
            return parts[-1]
    return None


def merge_function(names: set[str]) -> str | None:
    for name in names:
        parts = name.split(".")
        if len(parts) >= 3 and parts[1] == "layers" and parts[-1] in MERGE_FUNCTIONS:
            return parts[-1]
    return None


def is_loss_or_metric_object(names: set[str]) -> bool:
    return any(name.startswith(LOSS_MODULES) for name in names)


def snake_case(class_name: str) -> str:
    """Keras' own ``to_snake_case``: the stem of the automatic layer name."""
    intermediate = re.sub(r"(.)([A-Z][a-z0-9]+)", r"\1_\2", class_name)
    return re.sub(r"([a-z])([A-Z])", r"\1_\2", intermediate).lower()


AUTO_NAME_STEMS = frozenset(
    {"input_layer", "keras_tensor", "functional", "sequential", "model", "input"}
)
_NUMBERED = re.compile(r"^(.*?)(?:_\d+)?$")


def auto_name_stem(name: str) -> str:
    """``dense_3`` -> ``dense``: the stem Keras would number."""
    match = _NUMBERED.match(name)
    return match.group(1) if match else name
