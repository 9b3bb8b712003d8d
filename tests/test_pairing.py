"""``--explain-pairing``: which entry reaches which output, as written and per Keras version.

The rules are checked against the measured cases of KERAS_RULES (ids such as A2, W4 are
the experiments' names); the command line is checked on golden files, read-only.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from migrate_keras_dicts.keras_pairing import Arg, pair
from migrate_keras_dicts.pairing import explain_source

from .support import cli

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden"
KEYS = ("zeta", "alpha")  # list order; sorted order is alpha, zeta
LOSS_DICT = Arg("dict", "{...}", (("zeta", "P"), ("alpha", "Q")))
LOSS_LIST = Arg("sequence", "[P, Q]", ((None, "P"), (None, "Q")))
WEIGHTS_DICT = Arg("dict", "{...}", (("zeta", "1"), ("alpha", "10")))
WEIGHTS_LIST = Arg("sequence", "[1, 10]", ((None, "1"), (None, "10")))
METRICS_LISTS = Arg("sequence", "[[mP], [mQ]]", ((None, "[mP]"), (None, "[mQ]")))


@pytest.mark.parametrize(
    ("case", "arg", "what", "outputs", "loss", "meant", "keras35", "keras37"),
    [
        ("A1", LOSS_LIST, "loss", "list", None, ("P", "Q"), ("P", "Q"), ("P", "Q")),
        ("A2", LOSS_DICT, "loss", "list", None, ("P", "Q"), ("Q", "P"), ("P", "Q")),
        ("A3", LOSS_DICT, "loss", "dict", None, ("P", "Q"), ("P", "Q"), ("P", "Q")),
        ("A4", LOSS_LIST, "loss", "dict", None, ("P", "Q"), ("Q", "P"), ("Q", "P")),
        ("W1", WEIGHTS_LIST, "loss_weights", "list", LOSS_LIST, ("1", "10"), None, None),
        ("W2", WEIGHTS_DICT, "loss_weights", "list", LOSS_DICT, ("1", "10"), ("10", "1"), None),
        ("W3", WEIGHTS_LIST, "loss_weights", "list", LOSS_DICT, ("1", "10"), None, None),
        ("W4", WEIGHTS_DICT, "loss_weights", "list", LOSS_LIST, ("1", "10"), ("10", "1"), ("10", "1")),
        ("W5", WEIGHTS_DICT, "loss_weights", "dict", LOSS_DICT, ("1", "10"), None, None),
        ("W6", WEIGHTS_LIST, "loss_weights", "dict", LOSS_DICT, ("1", "10"), ("10", "1"), ("10", "1")),
        ("M1", METRICS_LISTS, "metrics", "list", None, ("[mP]", "[mQ]"), None, None),
        ("M4", Arg("dict", "{...}", (("alpha", "[mQ]"), ("zeta", "mP"))), "metrics", "list", None,
         ("mP", "[mQ]"), None, None),
        ("M6", METRICS_LISTS, "metrics", "dict", None, ("[mP]", "[mQ]"), ("[mQ]", "[mP]"), ("[mQ]", "[mP]")),
    ],
)  # fmt: skip
def test_rules_match_the_measured_keras_cases(
    case, arg, what, outputs, loss, meant, keras35, keras37
) -> None:
    loss_kind = loss.kind if loss is not None else "absent"
    for version, expected in (("meant", meant), ("keras35", keras35), ("keras37", keras37)):
        got = pair(arg, what, KEYS, outputs, version, loss_kind)
        assert got.values == (expected or meant), (case, version)


def test_rules_say_when_keras_raises() -> None:
    partial = Arg("dict", "{...}", (("zeta", "P"),))
    assert pair(partial, "loss", KEYS, "list", "keras37").values is None  # A2c
    assert pair(partial, "loss", KEYS, "dict", "keras37").values == ("P", None)  # A3b
    three = Arg("sequence", "[...]", ((None, "a"), (None, "b"), (None, "c")))
    assert "Keras raises" in (pair(three, "metrics", KEYS, "list", "meant").problem or "")
    single_loss_weights = pair(WEIGHTS_LIST, "loss_weights", KEYS, "list", "keras37", "single")
    assert single_loss_weights.values is None  # W7: 1 loss, 2 weights raises on 3.7+
    assert pair(WEIGHTS_LIST, "loss_weights", KEYS, "list", "keras35", "single").values == (
        "1",
        "10",
    )


def pairing_of(name: str, *args: str) -> str:
    env = {**os.environ, "COLUMNS": "200"}
    done = cli(
        str(GOLDEN / name / "input.py"), "--explain-pairing", "--no-color", *args, cwd=ROOT, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def rows(output: str) -> dict[str, list[str]]:
    """Table rows by output key: the cells between the box-drawing bars."""
    found = {}
    for line in output.splitlines():
        if line.startswith("│"):
            cells = [c.strip() for c in line.strip("│").split("│")]
            found[cells[0]] = cells[1:]
    return found


def test_keras35_bug_case_flags_both_outputs(tmp_path: Path) -> None:
    target = tmp_path / "train.py"
    shutil.copy(GOLDEN / "keras35_dict_loss_on_list_outputs" / "input.py", target)
    before = target.read_bytes()
    env = {**os.environ, "COLUMNS": "200"}
    done = cli("train.py", "--explain-pairing", "--no-color", cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    table = rows(done.stdout)
    assert table["zeta"] == ['"binary_crossentropy"', '✗ loss "mse"', "same"]
    assert table["alpha"] == ['"mse"', '✗ loss "binary_crossentropy"', "same"]
    assert "Keras 3.5/3.6 silently give 2 of 2 outputs another entry" in done.stdout
    assert "keras-team/keras#20596" in done.stdout
    assert target.read_bytes() == before  # read-only
    assert sorted(p.name for p in tmp_path.iterdir()) == ["train.py"]


def test_fully_dict_model_is_the_same_everywhere() -> None:
    table = rows(
        cli(
            str(GOLDEN / "keras35_dict_loss_on_list_outputs" / "expected.py"),
            "--explain-pairing",
            "--no-color",
            cwd=ROOT,
            env={**os.environ, "COLUMNS": "200"},
        ).stdout
    )
    assert set(table) == {"zeta", "alpha"}
    assert all(cells[-2:] == ["same", "same"] for cells in table.values())


def test_list_loss_on_dict_outputs_is_wrong_on_every_keras() -> None:
    output = pairing_of("rw_mixed_dict_outputs_list_loss")
    assert all(cells[-1].startswith("✗ loss") for cells in rows(output).values())
    assert "Keras 3.7+ still give 2 of 2 outputs another entry" in output


def test_refused_model_is_still_paired_and_untraceable_one_says_so() -> None:
    assert set(rows(pairing_of("refuse_fit_on_dataset"))) == {"age", "gender"}
    output = pairing_of("refuse_output_slice")
    assert "cannot pair its compile arguments: its outputs cannot be traced (MKD102" in output


def test_builder_model_is_followed_to_its_callers_compile() -> None:
    assert set(rows(pairing_of("rw_builder_public"))) == {"lang", "offensive"}


def test_json_document() -> None:
    document = json.loads(pairing_of("keras35_dict_loss_on_list_outputs", "--format", "json"))
    (model,) = document["models"]
    assert model["outputs"] == "list" and model["keys"] == ["zeta", "alpha"]
    (compiled,) = model["compiles"]
    zeta = compiled["rows"][0]
    assert zeta["meant"]["loss"] == '"binary_crossentropy"'
    assert zeta["keras35"]["loss"] == '"mse"'
    assert zeta["same"] == {"keras35": False, "keras37": True}


def test_explain_pairing_refuses_to_write(tmp_path: Path) -> None:
    shutil.copy(GOLDEN / "keras35_dict_loss_on_list_outputs" / "input.py", tmp_path / "t.py")
    done = cli("t.py", "--explain-pairing", "--write", cwd=tmp_path)
    assert done.returncode == 2
    assert "writes nothing" in done.stderr


def test_notebook_locations_name_the_cell() -> None:
    notebook = ROOT / "tests" / "notebooks" / "jupyter_model.ipynb"
    done = cli(str(notebook), "--explain-pairing", "--no-color", cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert ":cell " in done.stdout


def test_single_output_models_are_skipped() -> None:
    text = (GOLDEN / "refuse_input_from_call" / "input.py").read_text()
    result = explain_source(text, "t.py")
    assert result.models == [] and result.single_output == 1


# -- the "Keras 3.7+" column against the Keras installed here (3.15) ----------------------

KERAS_CASE = """
def case_{name}():
    in_z = keras.Input(shape=(1,), name="in_z")
    in_a = keras.Input(shape=(1,), name="in_a")
    zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(in_z)
    alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(in_a)
    model = keras.Model(inputs=[in_z, in_a], outputs={outputs})
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), {arguments})
    return model.evaluate(X, Y, verbose=0, return_dict=True)
"""
KERAS_PROGRAM = """
import json
import keras
import numpy as np
from keras import layers, ops


def P(y_true, y_pred):
    return ops.mean(1000.0 + 10.0 * y_true + y_pred, axis=-1)


def Q(y_true, y_pred):
    return ops.mean(2000.0 + 10.0 * y_true + y_pred, axis=-1)


def m_p(y_true, y_pred):
    return ops.mean(100.0 + 10.0 * y_true + y_pred, axis=-1)


def m_q(y_true, y_pred):
    return ops.mean(200.0 + 10.0 * y_true + y_pred, axis=-1)


ones = np.ones((4, 1), "float32")
X = {{"in_z": ones, "in_a": ones * 2}}
Y = {{"zeta": ones * 3, "alpha": ones * 5}}
{cases}
print(json.dumps({{name: fn() for name, fn in list(globals().items()) if name.startswith("case_")}}))
"""
LISTED = "[zeta, alpha]"
DICTED = '{"zeta": zeta, "alpha": alpha}'
KERAS_CASES = {
    "A1": (LISTED, "loss=[P, Q]"),
    "A2": (LISTED, 'loss={"alpha": Q, "zeta": P}'),
    "A4": (DICTED, "loss=[P, Q]"),
    "W3": (LISTED, 'loss={"alpha": Q, "zeta": P}, loss_weights=[1.0, 10.0]'),
    "W4": (LISTED, 'loss=[P, Q], loss_weights={"zeta": 1.0, "alpha": 10.0}'),
    "W6": (DICTED, 'loss={"alpha": Q, "zeta": P}, loss_weights=[1.0, 10.0]'),
    "M4": (LISTED, 'loss=[P, Q], metrics={"alpha": [m_q], "zeta": [m_p]}'),
    "M6": (DICTED, 'loss={"zeta": P, "alpha": Q}, metrics=[[m_p], [m_q]]'),
}
# (prediction, label) of each output: zeta predicts 1 for label 3, alpha 2 for label 5.
SEEN = {"zeta": 1 + 10 * 3, "alpha": 2 + 10 * 5}
BASE = {"P": 1000, "Q": 2000, "[m_p]": 100, "[m_q]": 200}


@pytest.mark.semantic
def test_keras37_column_is_what_the_installed_keras_does(tmp_path: Path) -> None:
    import subprocess
    import sys

    cases = "".join(
        KERAS_CASE.format(name=name, outputs=outputs, arguments=arguments)
        for name, (outputs, arguments) in KERAS_CASES.items()
    )
    program = KERAS_PROGRAM.format(cases=cases)
    predicted = explain_source(program, "cases.py").models
    assert len(predicted) == len(KERAS_CASES)
    env = {**os.environ, "KERAS_BACKEND": "jax", "JAX_PLATFORMS": "cpu"}
    (tmp_path / "cases.py").write_text(program)
    done = subprocess.run(
        [sys.executable, "cases.py"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    for name, model in zip(KERAS_CASES, predicted, strict=True):
        (compiled,) = model.compiles
        logs = measured[f"case_{name}"]
        total = 0.0
        for index, key in enumerate(model.keys):
            loss = compiled.value("keras37", "loss", index)
            weight = float(compiled.value("keras37", "loss_weights", index) or 1.0)
            assert logs[f"{key}_loss"] == pytest.approx(BASE[loss] + SEEN[key]), name
            total += weight * (BASE[loss] + SEEN[key])
            metric = compiled.value("keras37", "metrics", index)
            if metric is not None:
                suffix = metric.strip("[]")
                assert logs[f"{key}_{suffix}"] == pytest.approx(BASE[metric] + SEEN[key]), name
        assert logs["loss"] == pytest.approx(total), name


def test_unreadable_files_exit_2_and_the_others_are_still_shown(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text("import keras\nprint 'x'\nkeras.Model\n")
    shutil.copy(GOLDEN / "keras35_dict_loss_on_list_outputs" / "input.py", tmp_path / "t.py")
    done = cli("broken.py", "t.py", "--explain-pairing", "--no-color", cwd=tmp_path)
    assert done.returncode == 2
    assert "broken.py:2:1: MKD901 syntax error" in done.stderr
    assert "t.py:10:9: model `model`" in done.stdout
