"""The LibCST codemod command: in-process on every single-file rewrite case, and through
``python -m libcst.tool codemod`` as a LibCST user runs it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from libcst.codemod import (
    CodemodContext,
    TransformSkip,
    TransformSuccess,
    transform_module,
)

from migrate_keras_dicts.codemod import MigrateKerasDictsCommand

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden"
REWRITES = sorted(
    p.name
    for p in GOLDEN.iterdir()
    if p.name.startswith("rw_") and (p / "input.py").is_file() and not (p / "flags.txt").exists()
)
CASE = GOLDEN / "rw_three_outputs"
REFUSED = GOLDEN / "refuse_fit_on_dataset"


@pytest.mark.parametrize("name", REWRITES)
def test_codemod_gives_the_golden_output(name: str) -> None:
    case = GOLDEN / name
    source = (case / "input.py").read_text()
    expected = (case / "expected.py").read_text()
    command = MigrateKerasDictsCommand(CodemodContext(filename="input.py"))
    result = transform_module(command, source)
    if expected == source:
        assert isinstance(result, TransformSkip)
    else:
        assert isinstance(result, TransformSuccess), result
        assert result.code == expected


def test_codemod_skips_a_refused_model_and_warns() -> None:
    command = MigrateKerasDictsCommand(CodemodContext(filename="train.py"))
    result = transform_module(command, (REFUSED / "input.py").read_text())
    assert isinstance(result, TransformSkip)
    assert "left as they were" in result.skip_description
    assert any("MKD107" in warning for warning in result.warning_messages)


def libcst_tool(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "libcst.tool", "codemod", *args]
    return subprocess.run(
        [*command, "--no-format", "--hide-progress"],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_libcst_tool_runs_the_command_by_module_path(tmp_path: Path) -> None:
    shutil.copy(CASE / "input.py", tmp_path / "train.py")
    shutil.copy(REFUSED / "input.py", tmp_path / "refused.py")
    done = libcst_tool(
        "-x", "migrate_keras_dicts.codemod.MigrateKerasDictsCommand", ".", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "train.py").read_text() == (CASE / "expected.py").read_text()
    assert (tmp_path / "refused.py").read_text() == (REFUSED / "input.py").read_text()
    assert "MKD107" in done.stderr and "Transformed 1 files" in done.stderr


def test_libcst_tool_finds_the_command_through_its_config(tmp_path: Path) -> None:
    """``migrate_keras_dicts.MigrateKerasDictsCommand``, as the README documents it."""
    (tmp_path / ".libcst.codemod.yaml").write_text(
        "modules:\n- libcst.codemod.commands\n- migrate_keras_dicts.commands\n"
    )
    shutil.copy(CASE / "input.py", tmp_path / "train.py")
    done = libcst_tool("migrate_keras_dicts.MigrateKerasDictsCommand", "train.py", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "train.py").read_text() == (CASE / "expected.py").read_text()
    listed = subprocess.run(
        [sys.executable, "-m", "libcst.tool", "list"], cwd=tmp_path, capture_output=True, text=True
    )
    assert "migrate_keras_dicts.MigrateKerasDictsCommand - Rewrite Keras" in listed.stdout
