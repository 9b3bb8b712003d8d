"""What several test modules share: the tool run as a user runs it, and the bug case."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUG_CASE = ROOT / "golden" / "keras35_dict_loss_on_list_outputs"
SOURCE = (BUG_CASE / "input.py").read_text()
MIGRATED = (BUG_CASE / "expected.py").read_text()


def cli(*args: str, cwd: Path, **kwargs) -> subprocess.CompletedProcess[str]:
    """``migrate-keras-dicts ARGS`` in a subprocess, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "migrate_keras_dicts", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        **kwargs,
    )


PACKAGE_FILES = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "migrate_keras_dicts")


def snapshot_project(destination: Path) -> Path:
    """Copy what building the package needs, so a build or a hook install never writes
    into the working tree (and sees the working tree as it is, uncommitted edits too)."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in PACKAGE_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, destination / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(source, destination / name)
    return destination
