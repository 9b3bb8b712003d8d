"""Semantic tests: a golden case's input.py and expected.py must make Keras do the same thing.

Every golden case whose directory holds a file named ``semantic`` is run twice under real Keras
(JAX backend, CPU), once as written and once as migrated, each in a fresh interpreter through
``tests/semantic_runner.py``, and the two records are compared:

- the same sequence of recorded calls (compile, fit, evaluate, predict, ..., ``model(x)``);
- the same per-output losses and metrics, after mapping log keys through the renaming of output
  layers (old and new output names are paired by position in the program's own output order);
- the same predictions per output;
- the same positional ``evaluate``/``train_on_batch``/``test_on_batch`` results, in order;
- the same stdout (the programs print what they compute from predictions);
- the same exception type when the original program raises.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden"
RUNNER = Path(__file__).resolve().parent / "semantic_runner.py"
CASES = sorted(
    p.name for p in GOLDEN.iterdir() if (p / "semantic").is_file() and (p / "input.py").is_file()
)
TIMEOUT = 240

# Cases where the migration changes what Keras does on purpose, each with the finding that
# tells the user so. The test checks both: the runs differ, and the finding is there.
INTENDED_DIFFERENCES: dict[str, str] = {
    # list loss + dict loss_weights on list outputs: Keras pairs the weights in sorted-key
    # order (total 12362); the migration pairs them by name (total 21551).
    "sem_list_loss_dict_weights": "MKD006",
    # naming the first model's output layers frees the automatic names dense/dense_1, so the
    # second (refused) model's log keys change from dense_2_loss/dense_3_loss.
    "sem_auto_name_shift": "MKD119",
}


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["KERAS_BACKEND"] = "jax"
    env["JAX_PLATFORMS"] = "cpu"
    env["PYTHONHASHSEED"] = "0"
    env["TF_CPP_MIN_LOG_LEVEL"] = "3"
    env.setdefault("XLA_FLAGS", "--xla_cpu_multi_thread_eigen=false")
    return env


def run_programs(*programs: Path, in_own_folder: bool = False) -> list[dict]:
    """Run each program through the runner, concurrently, each in its own temp directory.

    With ``in_own_folder`` each program runs with its own folder as the working directory and
    on ``PYTHONPATH`` instead, so a ``main.py`` can import the modules beside it.
    """
    with tempfile.TemporaryDirectory(prefix="mkd-semantic-") as tmp:
        started = []
        for index, program in enumerate(programs):
            workdir = Path(tmp) / f"run{index}"
            workdir.mkdir()
            out = workdir / "record.json"
            env = _environment()
            if in_own_folder:
                folder = str(Path(program).resolve().parent)
                env["PYTHONPATH"] = os.pathsep.join(filter(None, [folder, env.get("PYTHONPATH")]))
            process = subprocess.Popen(
                [sys.executable, str(RUNNER), str(program), str(out)],
                cwd=Path(program).resolve().parent if in_own_folder else workdir,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            started.append((program, process, out))
        records = []
        for program, process, out in started:
            try:
                _, stderr = process.communicate(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()
                pytest.fail(f"{program} did not finish within {TIMEOUT}s")
            if process.returncode != 0 or not out.exists():
                pytest.fail(f"runner failed on {program} (exit {process.returncode}):\n{stderr}")
            records.append(json.loads(out.read_text()))
        return records


# -- comparing two records ----------------------------------------------------------------


def name_mapping(before: dict, after: dict) -> dict[int, dict[str, str]]:
    """Per model index: old output layer name -> new one, paired by program order."""
    assert len(before["models"]) == len(after["models"]), "a different number of models"
    mapping = {}
    for index, (old, new) in enumerate(zip(before["models"], after["models"], strict=True)):
        assert len(old["output_names"]) == len(new["output_names"]), (
            f"model {index}: outputs {old['output_names']} became {new['output_names']}"
        )
        mapping[index] = dict(zip(old["output_names"], new["output_names"], strict=True))
    return mapping


def rename_key(key: str, names: dict[str, str]) -> str:
    """``dense_1_loss`` -> ``age_loss``, ``val_dense_1_mae`` -> ``val_age_mae``."""
    prefix = "val_" if key.startswith("val_") else ""
    rest = key[len(prefix) :]
    matches = [old for old in names if rest == old or rest.startswith(old + "_")]
    if not matches:
        return key
    old = max(matches, key=len)
    return prefix + names[old] + rest[len(old) :]


def rename_keys(values: dict, names: dict[str, str]) -> dict:
    renamed = {rename_key(k, names): v for k, v in values.items()}
    assert len(renamed) == len(values), f"renaming {sorted(values)} merged keys"
    return renamed


def assert_close(before, after, where: str) -> None:
    if isinstance(before, dict) or isinstance(after, dict):  # a symbolic result: its shape
        assert before == after, f"{where}: {before} became {after}"
        return
    a, b = np.asarray(before, dtype="float64"), np.asarray(after, dtype="float64")
    assert a.shape == b.shape, f"{where}: shape {a.shape} became {b.shape}"
    assert np.allclose(a, b, rtol=1e-5, atol=1e-6, equal_nan=True), (
        f"{where}: {before} became {after}"
    )


def assert_same_values(before: dict, after: dict, where: str) -> None:
    assert sorted(before) == sorted(after), f"{where}: keys {sorted(before)} became {sorted(after)}"
    for key in before:
        assert_close(before[key], after[key], f"{where}[{key!r}]")


def describe_calls(record: dict) -> list[str]:
    return [f"{e['method']}@{e.get('model')}" for e in record["events"]]


def compare_records(before: dict, after: dict) -> None:
    if before["exception"] is not None:
        assert after["exception"] is not None, (
            f"the original raised {before['exception']['type']}: "
            f"{before['exception']['message']}, the migrated program did not"
        )
        assert after["exception"]["type"] == before["exception"]["type"], (
            f"exception {before['exception']['type']} became {after['exception']['type']}: "
            f"{after['exception']['message']}"
        )
    else:
        assert after["exception"] is None, (
            f"the migrated program raised {after['exception']['type']}: "
            f"{after['exception']['message']}\n{after['exception']['traceback']}"
        )
    assert describe_calls(before) == describe_calls(after), "different sequence of calls"
    mapping = name_mapping(before, after)
    for position, (old, new) in enumerate(zip(before["events"], after["events"], strict=True)):
        where = f"call #{position} {old['method']}"
        names = mapping.get(old.get("model"), {})
        assert ("error" in old) == ("error" in new), (
            f"{where}: error {old.get('error')} became {new.get('error')}"
        )
        if "error" in old:
            assert old["error"]["type"] == new["error"]["type"], f"{where}: different error"
            continue
        assert "record_error" not in old and "record_error" not in new, where
        if "history" in old:
            assert_same_values(
                rename_keys(old["history"], names), new["history"], f"{where} history"
            )
        if "logs" in old or "logs" in new:
            assert "logs" in old and "logs" in new, f"{where}: a dict result became a list"
            assert_same_values(rename_keys(old["logs"], names), new["logs"], f"{where} logs")
        if "positional" in old or "positional" in new:
            assert "positional" in old and "positional" in new, f"{where}: list became dict"
            assert_close(old["positional"], new["positional"], f"{where} positional results")
        if "outputs" in old:
            assert_same_values(
                rename_keys(old["outputs"], names), new["outputs"], f"{where} outputs"
            )
    assert before["stdout"] == after["stdout"], "the programs printed different things"


# -- the tests -------------------------------------------------------------------------------


def test_there_are_semantic_cases() -> None:
    assert len(CASES) >= 16, CASES


@pytest.mark.semantic
@pytest.mark.parametrize("name", CASES)
def test_migration_keeps_what_keras_does(name: str) -> None:
    case = GOLDEN / name
    source, migrated = case / "input.py", case / "expected.py"
    assert source.read_text() != migrated.read_text(), f"{name}: the tool did not migrate it"
    before, after = run_programs(source, migrated)
    assert before["events"], f"{name}: the original program recorded no Keras call"
    if "raises" not in name:  # a program that fails before and after proves little
        assert before["exception"] is None, f"{name}: the original raised {before['exception']}"
    if name in INTENDED_DIFFERENCES:
        code = INTENDED_DIFFERENCES[name]
        assert f" {code} " in (case / "findings.txt").read_text(), f"{name}: no {code} finding"
        with pytest.raises(AssertionError):
            compare_records(before, after)
    else:
        compare_records(before, after)


PAIRING_PROGRAM = """
import keras
import numpy as np
from keras import layers, ops


def P(y_true, y_pred):
    return ops.mean(1000.0 + 10.0 * y_true + y_pred, axis=-1)


def Q(y_true, y_pred):
    return ops.mean(2000.0 + 10.0 * y_true + y_pred, axis=-1)


x = np.full((4, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, OUTPUTS)
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
model.evaluate(x, [x * 3, x * 5], verbose=0, return_dict=True)
"""


@pytest.mark.semantic
def test_the_comparison_sees_a_wrong_pairing(tmp_path: Path) -> None:
    """A list loss on dict outputs is paired in sorted-key order (KERAS_RULES A4): caught."""
    right = tmp_path / "right.py"
    right.write_text(PAIRING_PROGRAM.replace("OUTPUTS", "[zeta, alpha]"))
    wrong = tmp_path / "wrong.py"
    wrong.write_text(PAIRING_PROGRAM.replace("OUTPUTS", '{"zeta": zeta, "alpha": alpha}'))
    before, after = run_programs(right, wrong)
    assert before["events"][-1]["logs"]["zeta_loss"] == 1031.0
    with pytest.raises(AssertionError, match=r"evaluate logs\[.*became"):
        compare_records(before, after)
    compare_records(before, before)


def test_rename_key() -> None:
    names = {"dense": "age", "dense_1": "gender"}
    assert rename_key("dense_1_loss", names) == "gender_loss"
    assert rename_key("dense_loss", names) == "age_loss"
    assert rename_key("val_dense_1_mae", names) == "val_gender_mae"
    assert rename_key("dense", names) == "age"
    assert rename_key("loss", names) == "loss"
    assert rename_key("val_loss", names) == "val_loss"
