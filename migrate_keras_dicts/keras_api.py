"""Which qualified names are Keras' functional-model API, under every spelling.

LibCST's QualifiedNameProvider turns ``tf.keras.layers.Dense`` into
``tensorflow.keras.layers.Dense``; we fold every known prefix onto ``keras.`` so
that one table serves ``keras``, ``tf.keras``, ``tensorflow.python.keras`` and
``tf_keras`` alike.
"""

from __future__ import annotations

import functools
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
        "keras.models.Input",  # Keras 2 re-exports it: ``from keras.models import Input``
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


# ``keras.ops`` functions that return a tuple or list of tensors; every other op returns one.
SEVERAL_TENSOR_OPS = frozenset(
    {
        "split",
        "array_split",
        "unstack",
        "meshgrid",
        "top_k",
        "eig",
        "eigh",
        "qr",
        "svd",
        "slogdet",
        "lu_factor",
        "moments",
        "fft",
        "fft2",
        "ifft2",
        "rfft",
        "stft",
        "unique",
        "shape",
        "cond",
        "switch",
        "scan",
        "associative_scan",
        "while_loop",
        "fori_loop",
        "map",
        "vectorized_map",
        "custom_gradient",
        "stop_gradient",  # structure in, structure out
        "convert_to_numpy",
    }
)
# TensorFlow activations and element-wise math that take one tensor and return one.
ONE_TENSOR_TF_FUNCTIONS = frozenset(
    f"tensorflow.{name}"
    for name in (
        "nn.softmax",
        "nn.log_softmax",
        "nn.sigmoid",
        "nn.relu",
        "nn.relu6",
        "nn.elu",
        "nn.selu",
        "nn.gelu",
        "nn.silu",
        "nn.swish",
        "nn.tanh",
        "nn.softplus",
        "nn.leaky_relu",
        "nn.l2_normalize",
        "math.sigmoid",
        "math.tanh",
        "math.softplus",
        "math.l2_normalize",
        "sigmoid",
        "tanh",
    )
)
# Layer constructor flags under which calling the layer returns several tensors.
SEVERAL_RESULTS_FLAGS = frozenset({"return_state", "return_attention_scores"})


def is_one_tensor_op(names: set[str]) -> bool:
    """``keras.ops.softmax(x)``, ``tf.nn.softmax(x)``: one tensor, never a list."""
    for name in names:
        if name.startswith("keras.ops.") and name.rpartition(".")[2] not in SEVERAL_TENSOR_OPS:
            return True
        if name in ONE_TENSOR_TF_FUNCTIONS:
            return True
    return False


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


@functools.lru_cache(maxsize=4096)
def snake_case(class_name: str) -> str:
    """Keras' own ``to_snake_case``: the stem of the automatic layer name. Cached: it is
    asked of the callee of every call of a file, and a file calls few names."""
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


# Automatic names of Keras Operations (measured on Keras 3.15.1: ``to_snake_case`` of every
# Operation subclass in keras.src.ops). A tensor op in a functional graph (``-h``,
# ``keras.ops.concatenate(...)``) is named ``<stem>``, ``<stem>_1``... from the same counters
# as layers, so an added layer name equal to one of them collides at ``Model(...)``.
OP_STEMS = frozenset(
    """
    abs absolute adaptive_average_pool adaptive_max_pool add affine_transform all
    all_close amax amin angle any append arange arccos arccosh arcsin arcsinh arctan
    arctan2 arctanh argmax argmin argpartition argsort array array_split associative_scan
    average average_pool batch_norm binary_crossentropy bincount bitwise_and
    bitwise_invert bitwise_left_shift bitwise_not bitwise_or bitwise_right_shift
    bitwise_xor broadcast_to c_dist cast categorical_crossentropy cbrt ceil celu cholesky
    cholesky_inverse clip concatenate cond conj conjugate conv conv_transpose
    convert_to_tensor copy corrcoef correlate cos cosh count_nonzero crop_images cross
    ctc_decode ctc_loss cumprod cumsum deg2rad depth_to_space depthwise_conv det diag
    diagflat diagonal diff digitize divide divide_no_nan dot dot_product_attention dsplit
    dstack eig eigh einsum elastic_transform elu empty_like equal erf erfc erfinv exp exp2
    expand_dims expm1 extract_patches extract_sequences fabs fft fft2 flip fliplr flipud
    floor floor_divide fmax fmin fmod fold fori_loop full full_like function gaussian_blur
    gcd gelu geomspace get_item glu greater greater_equal hard_shrink hard_sigmoid
    hard_silu hard_tanh heaviside histogram hsplit hstack hsv_to_rgb hypot i0 ifft2 imag
    in_top_k inner inv irfft is_in isclose isfinite isinf isnan isneginf isposinf isreal
    istft jvp kron layer_norm lcm ldexp leaky_relu left_shift less less_equal linspace log
    log10 log1p log2 log_sigmoid log_softmax logaddexp logaddexp2 logdet logical_and
    logical_not logical_or logical_xor logspace logsumexp lstsq lu_factor map
    map_coordinates matmul matrix_rank max max_pool maximum mean median meshgrid min
    minimum mod moments moveaxis multi_hot multiply nan_to_num nanargmax nanargmin
    nancumprod nancumsum nanmax nanmean nanmedian nanmin nanpercentile nanprod nanquantile
    nanstd nansum nanvar ndim negative nextafter nonzero norm normalize not_equal one_hot
    ones_like outer pad pad_images percentile perspective_transform pinv polar power prod
    psnr ptp qr quantile rad2deg ravel real rearrange reciprocal relu relu6 repeat reshape
    resize rfft rgb_to_grayscale rgb_to_hsv right_shift rms_norm roll rot90 round rsqrt
    saturate_cast scale_and_translate scan scatter scatter_update search_sorted
    segment_max segment_min segment_prod segment_reduction segment_sum select selu
    separable_conv sigmoid sign signbit silu sin sinc sinh size slice slice_update slogdet
    sobel_edges soft_shrink softmax softplus softsign solve solve_triangular sort
    space_to_depth sparse_categorical_crossentropy sparse_plus sparse_sigmoid sparsemax
    split sqrt square squareplus squeeze ssim stack std stft stop_gradient subtract sum
    svd swapaxes switch take take_along_axis tan tanh tanh_shrink tensordot threshold tile
    top_k trace transpose trapezoid tril triu true_divide trunc unfold unique
    unravel_index unstack vander var vdot vectorized_map view view_as_complex view_as_real
    vsplit vstack where while_loop zeros_like
    """.split()  # noqa: SIM905 (one word per op stem, as measured)
)
# The operations Python operators create on Keras tensors (measured: ``-x`` negative,
# ``abs(x)`` absolute, ``x / y`` true_divide, ``x[:, 0]`` get_item, ``round(x)`` round...):
# they hide in any expression, so names equal to them are never added.
OPERATOR_STEMS = frozenset(
    {
        "negative",
        "absolute",
        "add",
        "subtract",
        "multiply",
        "true_divide",
        "divide",
        "floor_divide",
        "mod",
        "power",
        "matmul",
        "get_item",
        "less",
        "greater",
        "less_equal",
        "greater_equal",
        "equal",
        "not_equal",
        "round",
        "logical_and",
        "logical_or",
        "logical_xor",
        "logical_not",
        "bitwise_and",
        "bitwise_or",
        "bitwise_xor",
        "bitwise_invert",
        "bitwise_left_shift",
        "bitwise_right_shift",
        "left_shift",
        "right_shift",
        "reciprocal",
    }
)
