"""The Keras versions the semantic tests run on, each an interpreter plus an import path.

Users run their code on whatever their environment gives them, so a rewrite is checked on:

- ``3.4.1`` (before the 3.5 regression), ``3.5.0`` and ``3.6.0`` (the mis-pairing releases,
  keras-team/keras#20596), ``3.7.0`` (the fix): one shared virtualenv with jax 0.4.31, the
  newest jax these releases import (3.5.0 fails on newer jax: ``jax.spmd_mode`` is gone), and
  each Keras in a folder of its own put first on ``PYTHONPATH``;
- ``newest``: the Keras the test suite itself installs (pyproject's ``test`` extra);
- ``keras2``: ``tf_keras`` (Keras 2) on the TensorFlow the test suite installs, with
  ``TF_USE_LEGACY_KERAS=1``; the runner makes ``import keras`` give ``tf_keras``.

Environments are built from the package registry on first use and cached between runs under
``$MKD_KERAS_ENVS`` (default ``~/.cache/migrate-keras-dicts/keras-envs``); a folder appears
only when its build finished, so a killed build is redone, never half used.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

OLD_KERAS = ("3.4.1", "3.5.0", "3.6.0", "3.7.0")
VERSIONS = (*OLD_KERAS, "newest", "keras2")
# What the old releases need besides Keras itself (Keras' own dependencies, and the jax they
# import); pinned so that a cached environment and a fresh one are the same.
OLD_BASE = (
    "jax==0.4.31",
    "jaxlib==0.4.31",
    "scipy==1.14.1",
    "ml-dtypes==0.4.1",
    "absl-py",
    "rich",
    "namex",
    "h5py",
    "optree",
    "packaging",
)
# Keras 3.4.1's callbacks use `np.Inf`, which NumPy 2 removed: its users had NumPy 1.
NUMPY = {"3.4.1": "numpy==1.26.4"}
DEFAULT_NUMPY = "numpy==2.0.2"


@dataclass(frozen=True)
class KerasEnv:
    """How to start a Python that imports the Keras of one version."""

    version: str
    python: str
    path: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)


def cache_root() -> Path:
    configured = os.environ.get("MKD_KERAS_ENVS")
    root = Path(configured) if configured else Path.home() / ".cache/migrate-keras-dicts/keras-envs"
    root.mkdir(parents=True, exist_ok=True)
    return root


def _pip(python: str, *args: str) -> None:
    command = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *args]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")


def _built(folder: Path, build) -> Path:
    """``folder`` once ``build(tmp)`` filled a sibling temporary folder; one builder at a time."""
    if folder.is_dir():
        return folder
    with open(folder.parent / f".{folder.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if folder.is_dir():
            return folder
        tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
        try:
            build(tmp)
            tmp.rename(folder)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return folder


def _old_base(numpy: str) -> Path:
    """A virtualenv with jax 0.4.31, ``numpy`` and Keras' dependencies, without Keras."""
    pins = (*OLD_BASE, numpy)
    name = "jax-0.4.31-" + hashlib.sha256(" ".join(pins).encode()).hexdigest()[:10]

    def build(tmp: Path) -> None:
        subprocess.run([sys.executable, "-m", "venv", str(tmp)], check=True)
        _pip(str(tmp / "bin/python"), *pins)

    return _built(cache_root() / name, build)  # `bin/python` still works once moved


def _keras_folder(spec: str, python: str) -> Path:
    name = spec.replace("==", "-").replace(".*", "")

    def build(tmp: Path) -> None:
        _pip(python, "--no-deps", "--target", str(tmp), spec)

    return _built(cache_root() / name, build)


def _tensorflow_version() -> str | None:
    for dist in ("tensorflow-cpu", "tensorflow"):
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def keras2_available() -> bool:
    return _tensorflow_version() is not None


@functools.cache
def keras_env(version: str) -> KerasEnv:
    """The environment of ``version`` (one of VERSIONS), built on first use."""
    if version == "newest":
        return KerasEnv(version, sys.executable)
    if version == "keras2":
        tf_version = _tensorflow_version()
        if tf_version is None:
            raise RuntimeError("Keras 2 needs TensorFlow, which the test extra installs on x86-64")
        major_minor = ".".join(tf_version.split(".")[:2])
        folder = _keras_folder(f"tf_keras=={major_minor}.*", sys.executable)
        return KerasEnv(
            version,
            sys.executable,
            (str(folder),),
            {"TF_USE_LEGACY_KERAS": "1", "MKD_KERAS2": "1"},
        )
    if version not in OLD_KERAS:
        raise ValueError(f"unknown Keras version {version!r}; known: {VERSIONS}")
    base = _venv_python(_old_base(NUMPY.get(version, DEFAULT_NUMPY)))
    folder = _keras_folder(f"keras=={version}", base)
    return KerasEnv(version, base, (str(folder),))


def _venv_python(folder: Path) -> str:
    return str(folder / "bin/python")
