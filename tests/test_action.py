"""The GitHub Action (action.yml), its steps run as the runner runs them.

Each `run:` step goes through `bash --noprofile --norc -eo pipefail` (GitHub's `shell: bash`)
with the step's `env:` filled from the inputs, and with GITHUB_ENV/GITHUB_OUTPUT files that
carry values from one step to the next as on a runner. The install step is run with
`install: false` (the tool of this checkout is on PATH): building the package from the
index is what tests/test_precommit.py's slow tests cover.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from .support import BUG_CASE, ROOT, snapshot_project

ACTION = yaml.safe_load((ROOT / "action.yml").read_text())
SARIF_SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text())
EXPRESSION = re.compile(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}")


def run_action(
    workspace: Path, tmp_path: Path, action_path: Path = ROOT, **given: str
) -> tuple[int, str, dict]:
    """Every step in order, stopping at the first that fails, as a runner does; the exit
    code of the last step run, all it printed, and the outputs it set."""
    inputs = {name: spec.get("default", "") for name, spec in ACTION["inputs"].items()}
    unknown = set(given) - set(inputs)
    assert not unknown, f"not inputs of the action: {unknown}"
    inputs.update(given)
    github_env, github_output = tmp_path / "github_env", tmp_path / "github_output"
    github_env.write_text("")
    env = {
        **os.environ,
        "PATH": f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}",
        "GITHUB_ACTION_PATH": str(action_path),
        "GITHUB_ENV": str(github_env),
        "RUNNER_TEMP": str(tmp_path),
        "NO_COLOR": "1",
    }
    printed = ""
    code = 0
    outputs: dict[str, str] = {}
    for step in ACTION["runs"]["steps"]:
        assert step["shell"] == "bash"
        github_output.write_text("")
        step_env = {
            **env,
            **_exported(github_env),
            "GITHUB_OUTPUT": str(github_output),
            **{k: EXPRESSION.sub(lambda m: inputs[m[1]], v) for k, v in step["env"].items()},
        }
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
            cwd=workspace,
            env=step_env,
            capture_output=True,
            text=True,
            check=False,
        )
        printed += done.stdout + done.stderr
        code = done.returncode
        if step.get("id"):
            outputs.update(_exported(github_output))
        if code != 0:
            break
    return code, printed, outputs


def _exported(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)


@pytest.fixture
def tool_on_path(tmp_path: Path) -> None:
    """`migrate-keras-dicts` on PATH: this checkout, run by the test's interpreter."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "migrate-keras-dicts"
    script.write_text(
        f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m migrate_keras_dicts "$@"\n'
    )
    script.chmod(0o755)


def test_action_is_composite_with_the_documented_inputs() -> None:
    assert ACTION["runs"]["using"] == "composite"
    assert set(ACTION["inputs"]) == {"src", "options", "format", "sarif-file", "version", "install"}
    assert ACTION["inputs"]["format"]["default"] == "github"
    for step in ACTION["runs"]["steps"]:
        # inputs reach the scripts through env only, never pasted into the script's text
        assert "${{" not in step["run"]


@pytest.mark.usefixtures("tool_on_path")
def test_annotations_and_failure_when_a_model_would_change(tmp_path: Path) -> None:
    workspace = tmp_path / "repo"
    workspace.mkdir()
    shutil.copy(BUG_CASE / "input.py", workspace / "train.py")
    (workspace / "clean.py").write_text("print('no keras here')\n")
    code, printed, outputs = run_action(workspace, tmp_path, install="false")
    assert code == 1, printed
    assert outputs == {"exit-code": "1"}
    assert "::warning file=train.py,line=10,col=28,title=MKD004::" in printed
    assert "would change train.py" in printed
    assert (workspace / "train.py").read_text() == (BUG_CASE / "input.py").read_text()


@pytest.mark.usefixtures("tool_on_path")
def test_sarif_log_for_code_scanning(tmp_path: Path) -> None:
    workspace = tmp_path / "repo"
    (workspace / "src").mkdir(parents=True)
    shutil.copy(BUG_CASE / "input.py", workspace / "src" / "train.py")
    code, printed, _ = run_action(
        workspace, tmp_path, install="false", format="sarif", src="src", options="--quiet"
    )
    assert code == 1, printed
    log = json.loads((workspace / "migrate-keras-dicts.sarif").read_text())
    jsonschema.validate(log, SARIF_SCHEMA)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
    }
    assert uris == {"src/train.py"}
    assert {r["level"] for r in log["runs"][0]["results"]} == {"warning"}  # --quiet: no notes


@pytest.mark.usefixtures("tool_on_path")
def test_nothing_to_change_passes(tmp_path: Path) -> None:
    workspace = tmp_path / "repo"
    workspace.mkdir()
    shutil.copy(BUG_CASE / "expected.py", workspace / "train.py")
    code, printed, outputs = run_action(workspace, tmp_path, install="false", options="-q")
    assert code == 0, printed
    assert outputs == {"exit-code": "0"}


def test_unknown_format_and_missing_tool_are_clear_errors(tmp_path: Path, monkeypatch) -> None:
    workspace = tmp_path / "repo"
    workspace.mkdir()
    monkeypatch.setenv("PATH", "/usr/bin:/bin")  # no migrate-keras-dicts anywhere
    code, printed, _ = run_action(workspace, tmp_path, install="false")
    assert code == 2 and "migrate-keras-dicts is not on PATH" in printed
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "migrate-keras-dicts").write_text("#!/bin/sh\nexit 0\n")
    (tmp_path / "bin" / "migrate-keras-dicts").chmod(0o755)
    code, printed, _ = run_action(workspace, tmp_path, install="false", format="xml")
    assert code == 2 and "format must be github or sarif" in printed


@pytest.mark.slow
def test_the_install_step_installs_the_action_checkout(tmp_path: Path) -> None:
    """`install: true` (the default): a virtualenv in RUNNER_TEMP, the package built from
    the action's own checkout (a snapshot of this one), then the check runs with it."""
    action_path = snapshot_project(tmp_path / "action")
    workspace = tmp_path / "repo"
    workspace.mkdir()
    shutil.copy(BUG_CASE / "input.py", workspace / "train.py")
    runner_temp = tmp_path / "runner"
    runner_temp.mkdir()
    code, printed, outputs = run_action(workspace, runner_temp, action_path)
    assert code == 1, printed
    assert outputs == {"exit-code": "1"}
    assert "title=MKD004::" in printed
    assert (runner_temp / "migrate-keras-dicts-venv" / "bin" / "migrate-keras-dicts").exists()
