"""The hooks of ``.pre-commit-hooks.yaml``, run by pre-commit itself on a fixture repository.

The hook repository is a git snapshot of this working tree (pre-commit installs hooks
from a repository and a rev). Both hooks share one environment, so pre-commit builds it
once, from the package index; PRE_COMMIT_HOME keeps that cache inside the test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .support import BUG_CASE, ROOT, snapshot_project

pytestmark = pytest.mark.slow


def git(*args: str, cwd: Path) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }
    done = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def repository(path: Path) -> Path:
    git("init", "-q", "-b", "main", str(path), cwd=path.parent)
    git("add", "-A", cwd=path)
    git("commit", "-q", "-m", "snapshot", cwd=path)
    return path


def test_hook_manifest_offers_check_and_write() -> None:
    hooks = {
        hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    }
    assert hooks["migrate-keras-dicts"]["entry"] == "migrate-keras-dicts --check"
    assert hooks["migrate-keras-dicts-write"]["entry"] == "migrate-keras-dicts --write"
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["types_or"] == ["python", "jupyter"]
        assert hook["require_serial"] is True  # one run sees every file: cross-file linking


def test_pre_commit_runs_the_check_and_the_write_hook(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit")
    hooks = repository(snapshot_project(tmp_path / "hooks"))
    rev = git("rev-parse", "HEAD", cwd=hooks)
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(BUG_CASE / "input.py", project / "train.py")
    config = {
        "repos": [
            {
                "repo": str(hooks),
                "rev": rev,
                "hooks": [{"id": "migrate-keras-dicts"}, {"id": "migrate-keras-dicts-write"}],
            }
        ]
    }
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    repository(project)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    env.pop("VIRTUAL_ENV", None)

    def run(hook: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "pre_commit", "run", hook, "--all-files"]
        return subprocess.run(
            command, cwd=project, env=env, capture_output=True, text=True, timeout=900
        )

    check = run("migrate-keras-dicts")
    assert check.returncode == 1, check.stdout + check.stderr
    assert "migrate-keras-dicts (check)" in check.stdout and "Failed" in check.stdout
    assert "train.py:10:9: MKD001 model `model` migrated to named dicts" in check.stdout
    assert (project / "train.py").read_text() == (BUG_CASE / "input.py").read_text()

    write = run("migrate-keras-dicts-write")
    assert write.returncode == 1  # pre-commit fails a hook that modified files
    assert "files were modified by this hook" in write.stdout
    assert (project / "train.py").read_text() == (BUG_CASE / "expected.py").read_text()

    again = run("migrate-keras-dicts")
    assert again.returncode == 0, again.stdout
    assert "Passed" in again.stdout
