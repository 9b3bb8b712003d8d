"""The ways in: the console script and ``python -m`` agree; ``--version``; shell completion."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from migrate_keras_dicts import __version__

from .support import BUG_CASE, cli

SCRIPT = Path(sys.executable).parent / "migrate-keras-dicts"


def script(*args: str, cwd: Path, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *args], cwd=cwd, capture_output=True, text=True, check=False, **kwargs
    )


def test_python_m_works_like_the_console_script(tmp_path: Path) -> None:
    shutil.copy(BUG_CASE / "input.py", tmp_path / "train.py")
    for args in (["--version"], ["train.py", "--diff"], ["explain", "MKD004"], ["--help"]):
        by_module, by_script = cli(*args, cwd=tmp_path), script(*args, cwd=tmp_path)
        assert (by_module.returncode, by_module.stdout) == (by_script.returncode, by_script.stdout)
        assert by_module.returncode == 0, by_module.stderr
    assert cli("--version", cwd=tmp_path).stdout == f"{__version__}\n"


def completion(shell_words: str, cword: int) -> list[str]:
    env = {
        **os.environ,
        "_MIGRATE_KERAS_DICTS_COMPLETE": "complete_bash",
        "COMP_WORDS": shell_words,
        "COMP_CWORD": str(cword),
    }
    done = cli(cwd=Path.cwd(), env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_show_completion_prints_a_script() -> None:
    env = {**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    for shell, marker in (("bash", "complete -o default -F"), ("zsh", "compdef")):
        done = cli("--show-completion", shell, cwd=Path.cwd(), env=env)
        assert done.returncode == 0, done.stderr
        assert marker in done.stdout and "_MIGRATE_KERAS_DICTS_COMPLETE" in done.stdout


def test_completion_answers_options_values_and_codes() -> None:
    assert completion("migrate-keras-dicts --ex", 1) == ["--exclude", "--explain-pairing"]
    assert completion("migrate-keras-dicts --format ", 2) == ["text", "json", "github", "sarif"]
    assert completion("migrate-keras-dicts explain MKD10", 2)[:2] == ["MKD101", "MKD102"]
    assert completion("migrate-keras-dicts expl", 1) == ["explain"]
    # a path: no answer, so the shell completes file names itself (-o default / _files)
    assert completion("migrate-keras-dicts gold", 1) == []


def test_completion_options_leave_the_usual_usage_alone(tmp_path: Path) -> None:
    shutil.copy(BUG_CASE / "input.py", tmp_path / "train.py")
    assert cli("train.py", "--check", cwd=tmp_path).returncode == 1
    done = cli("explain", "MKD001", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("# MKD001 ")
    assert "--install-completion" in cli("--help", cwd=tmp_path).stdout
