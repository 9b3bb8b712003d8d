"""Run one Keras program and record what Keras did with it, as JSON.

Usage: ``python tests/semantic_runner.py PROGRAM.py OUT.json``, or ``--serve`` (see serve()).

The program runs under the JAX backend with ``keras.utils.set_random_seed(0)``. The Keras
training API is wrapped (recording only: the real method is always called with the same
arguments and its result is returned unchanged). The JSON holds, in call order, one event per
top-level call of ``compile``, ``fit``, ``evaluate``, ``predict``, ``train_on_batch``,
``test_on_batch``, ``predict_on_batch`` and ``model(...)`` (calls Keras makes internally, such as
the ``evaluate`` that ``fit`` runs on ``validation_data``, are not recorded separately), plus
every model seen, the program's stdout, the warnings shown and the exception it raised, if any.

Event shapes:
- ``{"method": "fit", "model": i, "history": {key: [floats]}}``
- ``{"method": "evaluate"|"train_on_batch"|"test_on_batch", "model": i, "logs": {key: float}}``
  for a dict result, ``"positional": [floats]`` for a list or scalar result, and
  ``"use"``: ``discarded``, ``first`` (only ``[0]`` read at once) or ``used``
- ``{"method": "predict"|"predict_on_batch"|"__call__", "model": i,
  "outputs": {output layer name: nested list}, "container": "list"|"dict"|"array"}``
- any event may carry ``"error": {"type": ..., "message": ...}`` when the call raised.

Models: ``{"output_names": [...], "input_names": [...], "output_kind": ..., "input_kind": ...}``
with names in the program's own order (list order for lists, insertion order for dicts);
``keras_output_names`` is ``model.output_names`` as Keras reports it.
"""

from __future__ import annotations

import contextlib
import dis
import functools
import importlib.abc
import importlib.util
import io
import json
import os
import runpy
import sys
import traceback
import warnings

os.environ["KERAS_BACKEND"] = "jax"


class _Keras2Alias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """``import keras`` and ``from keras.x import y`` give ``tf_keras`` (Keras 2)."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname == "keras" or fullname.startswith("keras."):
            return importlib.util.spec_from_loader(fullname, self)
        return None

    def create_module(self, spec):
        return importlib.import_module("tf_keras" + spec.name[len("keras") :])

    def exec_module(self, module):
        pass


if os.environ.get("MKD_KERAS2") == "1":
    sys.meta_path.insert(0, _Keras2Alias())

import keras  # noqa: E402
import numpy as np  # noqa: E402

RECORDED = (
    "fit",
    "evaluate",
    "predict",
    "train_on_batch",
    "test_on_batch",
    "predict_on_batch",
    "compile",
    "__call__",
)
RETURNS_OUTPUTS = ("predict", "predict_on_batch", "__call__")
RETURNS_LOGS = ("evaluate", "train_on_batch", "test_on_batch")

events: list[dict] = []
models: list[dict] = []
_model_ids: dict[int, int] = {}
_keep_alive: list[object] = []  # ids stay unique while the run lasts
_depth = 0


def _tensor_name(tensor) -> str:
    history = getattr(tensor, "_keras_history", None)
    if history is not None:
        return history[0].name
    return str(getattr(tensor, "name", "?"))


def _structure(struct) -> tuple[str, list[str]]:
    if isinstance(struct, dict):
        return "dict", [_tensor_name(t) for t in struct.values()]
    if isinstance(struct, list | tuple):
        return type(struct).__name__, [_tensor_name(t) for t in struct]
    return "single", [_tensor_name(struct)]


def _describe(model) -> dict:
    description: dict = {"class": type(model).__name__}
    try:
        if hasattr(model, "_outputs_struct"):  # Keras 3
            outputs, inputs = model._outputs_struct, model._inputs_struct
        else:  # Keras 2
            outputs, inputs = model._nested_outputs, model._nested_inputs
        description["output_kind"], description["output_names"] = _structure(outputs)
        description["input_kind"], description["input_names"] = _structure(inputs)
    except AttributeError:  # not a functional model
        description["output_kind"] = description["input_kind"] = "unknown"
        description["output_names"] = description["input_names"] = []
    try:
        description["keras_output_names"] = list(model.output_names)
    except Exception:  # recorded as missing, the program decides what fails
        description["keras_output_names"] = []
    return description


def _model_id(model) -> int:
    key = id(model)
    if key not in _model_ids:
        _model_ids[key] = len(models)
        _keep_alive.append(model)
        models.append(_describe(model))
    return _model_ids[key]


def _floats(value):
    if isinstance(value, dict):
        return {str(k): _floats(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_floats(v) for v in value]
    return float(np.asarray(value))


def _array(value):
    # A model called on a symbolic tensor (one model built on another): Keras 3's
    # KerasTensor, or tf_keras's, which Keras 2 does not export as keras.KerasTensor.
    if (
        isinstance(value, getattr(keras, "KerasTensor", ()))
        or type(value).__name__ == "KerasTensor"
    ):
        return {"symbolic_shape": [None if d is None else int(d) for d in value.shape]}
    return np.asarray(value, dtype="float64").tolist()


def _outputs(model, result) -> tuple[str, dict]:
    """The result keyed by output layer name."""
    names = list(getattr(model, "output_names", []) or [])
    if isinstance(result, dict):
        return "dict", {str(k): _array(v) for k, v in result.items()}
    if isinstance(result, list | tuple):
        keys = names if len(names) == len(result) else [f"#{i}" for i in range(len(result))]
        return type(result).__name__, {k: _array(v) for k, v in zip(keys, result, strict=True)}
    key = names[0] if len(names) == 1 else "#0"
    return "array", {key: _array(result)}


def _record_result(event: dict, method: str, model, result) -> None:
    if method == "fit":
        event["history"] = _floats(result.history)
    elif method in RETURNS_LOGS:
        if isinstance(result, dict):
            event["logs"] = _floats(result)
        elif isinstance(result, list | tuple):
            event["positional"] = _floats(list(result))
        else:
            event["positional"] = [_floats(result)]
    elif method in RETURNS_OUTPUTS:
        event["container"], event["outputs"] = _outputs(model, result)


def _next_use(frame) -> str:
    """What the program does with a call's result right away: ``discarded``
    (``model.evaluate(...)`` as a statement), ``first`` (``model.evaluate(...)[0]``, the total
    loss) or ``used``. f_lasti is the call (or its inline cache)."""
    after = [i for i in dis.get_instructions(frame.f_code) if i.offset > frame.f_lasti]
    if after and after[0].opname == "POP_TOP":
        return "discarded"
    if len(after) > 1 and (after[0].opname, after[0].argval, after[1].opname) == (
        "LOAD_CONST",
        0,
        "BINARY_SUBSCR",
    ):
        return "first"
    stores = ("STORE_NAME", "STORE_GLOBAL", "STORE_FAST")
    if after and after[0].opname in stores and not _ever_loaded(frame.f_code, after[0].argval):
        return "discarded"  # ``loss = model.evaluate(...)`` and ``loss`` never read
    return "used"


def _program_frame(frame):
    """The program's frame that made the call: past Keras' own frames, as tf_keras's
    ``evaluate_generator`` is ``return self.evaluate(...)``."""
    while frame.f_back is not None and {"keras", "tf_keras"} & set(
        frame.f_code.co_filename.split(os.sep)
    ):
        frame = frame.f_back
    return frame


def _ever_loaded(code, name: str) -> bool:
    """Whether ``code`` or a function inside it reads ``name`` at all."""
    for instruction in dis.get_instructions(code):
        if instruction.opname.startswith("LOAD") and instruction.argval == name:
            return True
    return any(_ever_loaded(c, name) for c in code.co_consts if hasattr(c, "co_code"))


def _wrap(method: str):
    original = getattr(keras.Model, method)

    @functools.wraps(original)
    def wrapper(self, *args, **kwargs):
        global _depth
        if _depth > 0:
            return original(self, *args, **kwargs)
        event: dict = {"method": method}
        if method in RETURNS_LOGS:
            event["use"] = _next_use(_program_frame(sys._getframe(1)))
        events.append(event)
        _depth += 1
        try:
            result = original(self, *args, **kwargs)
        except Exception as error:
            event["model"] = _model_id(self)
            event["error"] = {"type": type(error).__name__, "message": str(error)[:2000]}
            raise
        finally:
            _depth -= 1
        event["model"] = _model_id(self)
        try:
            _record_result(event, method, self, result)
        except Exception as error:  # a recording problem must not change the run
            event["record_error"] = f"{type(error).__name__}: {error}"
        return result

    setattr(keras.Model, method, wrapper)


def _record_warnings() -> list[dict]:
    """Every warning shown while the program runs (the default filters stay as they are)."""
    shown: list[dict] = []
    original = warnings.showwarning

    def showwarning(message, category, filename, lineno, file=None, line=None):
        shown.append(
            {
                "category": category.__name__,
                "message": str(message)[:500],
                "from_keras": f"{os.sep}keras{os.sep}" in filename
                or f"{os.sep}tf_keras{os.sep}" in filename,
            }
        )
        return original(message, category, filename, lineno, file, line)

    warnings.showwarning = showwarning
    return shown


def main(program: str, out: str) -> int:
    keras.utils.set_random_seed(0)
    for method in RECORDED:
        _wrap(method)
    shown = _record_warnings()
    stdout = io.StringIO()
    exception = None
    sys.path[0] = os.path.dirname(program)  # as `python program.py` would have it
    try:
        with contextlib.redirect_stdout(stdout):
            runpy.run_path(program, run_name="__main__")
    except BaseException as error:  # SystemExit too: the program's own outcome
        exception = {
            "type": type(error).__name__,
            "message": str(error)[:2000],
            "traceback": traceback.format_exc()[-4000:],
        }
    record = {
        "program": program,
        "keras_version": keras.__version__,
        "backend": keras.backend.backend(),
        "events": events,
        "models": models,
        "stdout": stdout.getvalue(),
        "warnings": shown,
        "exception": exception,
    }
    with open(out, "w") as handle:
        json.dump(record, handle, indent=1)
    return 0


def _threads() -> int:
    return len(os.listdir("/proc/self/task")) if os.path.isdir("/proc/self/task") else 1


def _preload_tensorflow() -> None:
    """``set_random_seed`` imports TensorFlow, where installed, to seed it too: about 7 s of
    every program when each forked child imports it anew. Imported here once instead; the
    children still start alike, and the import starts no thread (checked: a fork of a
    multithreaded process could deadlock)."""
    before = _threads()
    with contextlib.suppress(ImportError):
        import tensorflow  # noqa: F401
    if _threads() != before:
        raise RuntimeError("importing TensorFlow started threads: forking after it is unsafe")


def serve() -> int:
    """Keras imported once, each program run in a fork of this clean process.

    Importing Keras and JAX costs seconds and running a test program well under that, so the
    tests keep one server per Keras version. Each line on stdin is a JSON list of jobs
    ``[program, out, workdir, stderr file]``; each job runs in its own child (all at once), in
    ``workdir``, its stdout and stderr into the stderr file; the answer is one JSON line, each job's exit status. JAX starts
    no thread at import, so the children are forked before anything is multithreaded; each
    child starts from the same untouched state: Keras' name counters, seeds, ``sys.modules``.
    """
    _preload_tensorflow()
    for line in sys.stdin:
        jobs = json.loads(line)
        children = []
        for program, out, workdir, errors in jobs:
            pid = os.fork()
            if pid == 0:  # the child: run one program, never return into the loop
                status = 1
                try:
                    os.chdir(workdir)
                    err = os.open(errors, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
                    os.dup2(err, 1)  # stdout is the answer channel: keep it clean
                    os.dup2(err, 2)
                    status = main(program, out)
                except BaseException:
                    traceback.print_exc()
                finally:
                    sys.stderr.flush()
                    os._exit(status)
            children.append(pid)
        statuses = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in children]
        print(json.dumps(statuses), flush=True)
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        sys.exit(serve())
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])))
