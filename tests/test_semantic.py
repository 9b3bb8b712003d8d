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
- the same keys in history and dict results (their order shows only where the program
  prints or iterates them, and then in stdout);
- the same warnings from the program itself, and no new warning from Keras;
- the same exception type when the original program raises.

Each case runs on every Keras version in tests/keras_envs.py; what it must show on each is
pinned in the case's ``semantic`` file (tests/semantic_pins.py).
"""

from __future__ import annotations

import atexit
import json
import os
import select
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pytest

from .keras_envs import VERSIONS, KerasEnv, keras2_available, keras_env
from .semantic_pins import Expectation, read_pins, semantic_cases

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden"
RUNNER = Path(__file__).resolve().parent / "semantic_runner.py"
CASES = semantic_cases()
TIMEOUT = 240
# Keras 3.7.0 is the first release that pairs lists and dicts as meant: what a `fixed` case's
# migrated program must compute on the mis-pairing releases.
REFERENCE = "3.7.0"

# (program, its text, version) -> record: a program is run once per version in a session
_records: dict[tuple[str, str, str], dict] = {}


def _key(program: Path, version: str) -> tuple[str, str, str]:
    return str(program), program.read_text(), version


def _environment(env: KerasEnv) -> dict[str, str]:
    variables = dict(os.environ)
    variables["KERAS_BACKEND"] = "jax"
    variables["JAX_PLATFORMS"] = "cpu"
    variables["PYTHONHASHSEED"] = "0"
    variables["TF_CPP_MIN_LOG_LEVEL"] = "3"
    variables.setdefault("XLA_FLAGS", "--xla_cpu_multi_thread_eigen=false")
    variables.pop("PYTHONPATH", None)  # the runner imports no project code
    if env.path:
        variables["PYTHONPATH"] = os.pathsep.join(env.path)
    variables.update(env.env)
    return variables


class _Server:
    """One ``semantic_runner.py --serve`` per Keras version: Keras is imported once, and each
    program runs in a fork of that process (the runner's serve() says why that is clean)."""

    def __init__(self, env: KerasEnv) -> None:
        # TensorFlow's autograph (Keras 2) leaves a generated file in the temp folder for
        # every function it converts: thousands a run, in a folder removed with the server
        self.scratch = tempfile.TemporaryDirectory(prefix="mkd-keras-tmp-")
        self.process = subprocess.Popen(
            [env.python, str(RUNNER), "--serve"],
            env={**_environment(env), "TMPDIR": self.scratch.name},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )

    def run(self, jobs: list[tuple[Path, Path, Path, Path]], timeout: float) -> list[int] | None:
        """Exit statuses, or None when the server did not answer in time (then it is gone)."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps([[str(part) for part in job] for job in jobs]))
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        line = self.process.stdout.readline() if ready else ""
        if not line:
            self.close()
            return None
        return json.loads(line)

    def close(self) -> None:
        self.process.kill()
        self.process.wait()
        self.scratch.cleanup()


_servers: dict[str, _Server] = {}


@atexit.register
def _stop_servers() -> None:
    for server in _servers.values():
        server.close()


def run_programs(
    *programs: Path, version: str = "newest", in_own_folder: bool = False
) -> list[dict]:
    """Run each program through the runner under Keras ``version``, concurrently, each in its
    own temp directory; a program already run under that version in this session is not rerun.

    With ``in_own_folder`` each program runs in its own folder instead, so a ``main.py`` can
    use the files beside it (the program's folder is always first on ``sys.path``).
    """
    env = keras_env(version)
    todo = [p for p in dict.fromkeys(programs) if _key(p, version) not in _records]
    if todo:
        with tempfile.TemporaryDirectory(prefix="mkd-semantic-") as tmp:
            jobs = []
            for index, program in enumerate(todo):
                scratch = Path(tmp) / f"run{index}"
                scratch.mkdir()
                workdir = Path(program).resolve().parent if in_own_folder else scratch
                jobs.append((program, scratch / "record.json", workdir, scratch / "stderr.txt"))
            if version not in _servers:
                _servers[version] = _Server(env)
            statuses = _servers[version].run(jobs, TIMEOUT)
            if statuses is None:
                del _servers[version]
                pytest.fail(f"{todo} did not finish within {TIMEOUT}s on Keras {version}")
            for (program, out, _, err), status in zip(jobs, statuses, strict=True):
                if status != 0 or not out.exists():
                    stderr = err.read_text(errors="replace")[-4000:] if err.exists() else ""
                    pytest.fail(
                        f"runner failed on {program} under Keras {version} (exit {status}):\n"
                        f"{stderr}"
                    )
                record = json.loads(out.read_text())
                _check_version(record, version)
                _records[_key(program, version)] = record
    return [_records[_key(p, version)] for p in programs]


def _check_version(record: dict, version: str) -> None:
    """The environment really runs the Keras it is named after."""
    ran = record["keras_version"]
    if version == "keras2":
        assert ran.startswith("2."), f"the Keras 2 environment ran Keras {ran}"
    elif version != "newest":
        assert ran == version, f"the Keras {version} environment ran Keras {ran}"


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


def assert_same_values(
    before: dict, after: dict, where: str, *, more_keys: bool = False, weighted: bool = False
) -> None:
    """Same keys and values; with ``more_keys`` (a run against another release), ``after``
    may log keys ``before`` does not (per-output losses beside a `None` loss); with
    ``weighted`` (3.5/3.6 against 3.7 for a program with ``loss_weights``) per-output losses
    are not compared, since 3.5/3.6 log them weighted: the total and metrics still are."""
    if more_keys:
        assert set(before) <= set(after), f"{where}: keys {sorted(before)} became {sorted(after)}"
    else:
        assert sorted(before) == sorted(after), (
            f"{where}: keys {sorted(before)} became {sorted(after)}"
        )
    for key in before:
        if weighted and _per_output_loss(key):
            continue  # Keras 3.5/3.6 log them weighted (keras-team/keras#20476)
        assert_close(before[key], after[key], f"{where}[{key!r}]")


def describe_calls(record: dict) -> list[str]:
    return [f"{e['method']}@{e.get('model')}" for e in record["events"]]


def _found(value: float, values: list[float]) -> bool:
    return any(np.isclose(value, v, rtol=1e-5, atol=1e-6) for v in values)


def _per_output_loss(key: str) -> bool:
    return key.endswith("_loss") and key not in ("loss", "val_loss")


def compare_records(
    before: dict, after: dict, *, more_keys: bool = False, weighted: bool = False
) -> None:
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
            history = rename_keys(old["history"], names)
            assert_same_values(
                history, new["history"], f"{where} history", more_keys=more_keys, weighted=weighted
            )
        if "positional" in old and "logs" in new and "logs" not in old:
            # Read by key now (operator.itemgetter(...)(evaluate(..., return_dict=True))):
            # the same values; which name gets which the program's output shows.
            values = list(new["logs"].values())
            missing = [v for v in old["positional"] if not _found(v, values)]
            assert not missing, f"{where}: results {missing} are gone"
            if not more_keys:
                assert len(values) == len(old["positional"]), f"{where}: other results"
            continue
        if "logs" in old or "logs" in new:
            assert "logs" in old and "logs" in new, f"{where}: a dict result became a list"
            logs = rename_keys(old["logs"], names)
            assert_same_values(
                logs, new["logs"], f"{where} logs", more_keys=more_keys, weighted=weighted
            )
        if "positional" in old or "positional" in new:
            assert "positional" in old and "positional" in new, f"{where}: list became dict"
            use = old.get("use") if old.get("use") == new.get("use") else "used"
            if use == "discarded":  # only the values can matter
                if more_keys:  # another release may list more
                    missing = [v for v in old["positional"] if not _found(v, new["positional"])]
                    assert not missing, f"{where}: results {missing} are gone"
                else:
                    assert_close(
                        sorted(old["positional"]), sorted(new["positional"]), f"{where} results"
                    )
            elif use == "first":  # the program reads the total loss only
                assert_close(old["positional"][0], new["positional"][0], f"{where} total loss")
            else:
                assert_close(old["positional"], new["positional"], f"{where} positional results")
        if "outputs" in old:
            assert_same_values(
                rename_keys(old["outputs"], names), new["outputs"], f"{where} outputs"
            )
    assert before["stdout"] == after["stdout"], "the programs printed different things"
    compare_warnings(before, after)


def compare_warnings(before: dict, after: dict) -> None:
    """The program's own warnings are kept; Keras may stop warning (a mixed list/dict it
    warned about is gone), but the migrated program must not make Keras warn anew."""
    old, new = before.get("warnings", []), after.get("warnings", [])
    own = [w for w in old if not w["from_keras"]]
    assert own == [w for w in new if not w["from_keras"]], f"warnings {old} became {new}"
    keras_before = {(w["category"], w["message"]) for w in old if w["from_keras"]}
    added = [
        w for w in new if w["from_keras"] and (w["category"], w["message"]) not in keras_before
    ]
    assert not added, f"the migrated program makes Keras warn: {added}"


# -- the tests -------------------------------------------------------------------------------


def test_there_are_semantic_cases() -> None:
    assert len(CASES) >= 45, CASES


def _marks(version: str) -> list[pytest.MarkDecorator]:
    marks = [pytest.mark.semantic]
    if version != "newest":
        marks.append(pytest.mark.matrix)
    return marks


MATRIX = [
    pytest.param(name, version, marks=_marks(version), id=f"{name}-{version}")
    for name in CASES
    for version in VERSIONS
]


@pytest.mark.parametrize(("name", "version"), MATRIX)
def test_migration_keeps_what_keras_does(name: str, version: str) -> None:
    case = GOLDEN / name
    expectation = read_pins(case)[version]
    if version == "keras2" and not keras2_available():
        pytest.skip("Keras 2 needs TensorFlow, installed by the test extra on x86-64 Linux")
    source, migrated = case / "input.py", case / "expected.py"
    assert source.read_text() != migrated.read_text(), f"{name}: the tool did not migrate it"
    if expectation.kind == "n/a":
        (before,) = run_programs(source, version=version)
        assert before["exception"] is not None, (
            f"{name} is pinned n/a on Keras {version} ({expectation.reason}), but it runs there: "
            "pin what it does instead"
        )
        return
    before, after = run_programs(source, migrated, version=version)
    if "raises" not in name:  # a program that fails before and after proves little
        assert before["exception"] is None, (
            f"{name}: the original raised on Keras {version}: {before['exception']}; "
            f"if it cannot run there, pin `{version}: n/a <why>` in {name}/semantic"
        )
    assert before["events"], f"{name}: the original program recorded no Keras call"
    check_expectation(name, version, expectation, before, after)


def check_expectation(
    name: str, version: str, expectation: Expectation, before: dict, after: dict
) -> None:
    case = GOLDEN / name
    if expectation.kind == "equal":
        compare_records(before, after)
    elif expectation.kind == "intended":
        code = expectation.code
        assert f" {code} " in (case / "findings.txt").read_text(), f"{name}: no {code} finding"
        with pytest.raises(AssertionError):
            compare_records(before, after)
    else:  # fixed: mis-paired as written, as meant once migrated
        assert version != REFERENCE, f"{name}: Keras {REFERENCE} is the reference"
        (reference,) = run_programs(case / "input.py", version=REFERENCE)
        with pytest.raises(AssertionError):
            compare_records(reference, before)  # this version really mis-pairs the original
        weighted = "loss_weights" in (case / "input.py").read_text()
        compare_records(reference, after, more_keys=True, weighted=weighted)


def test_pins_are_well_formed() -> None:
    for name in CASES:
        pins = read_pins(GOLDEN / name)
        assert pins[REFERENCE].kind != "fixed", f"{name}: {REFERENCE} is the reference"


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
