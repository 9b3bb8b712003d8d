"""The command line, run as a user runs it: a subprocess on real files."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from migrate_keras_dicts.findings import RULES, catalogue_markdown

from .support import cli

ROOT = Path(__file__).resolve().parent.parent
BUG_CASE = ROOT / "golden" / "keras35_dict_loss_on_list_outputs"
REFUSED_CASE = ROOT / "golden" / "refuse_fit_on_dataset"


def test_diff_applies_with_git_and_writes_nothing(tmp_path: Path) -> None:
    shutil.copy(BUG_CASE / "input.py", tmp_path / "train.py")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    done = cli("train.py", "--diff", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("--- a/train.py\n+++ b/train.py\n")
    assert (tmp_path / "train.py").read_text() == (BUG_CASE / "input.py").read_text()
    (tmp_path / "patch.diff").write_text(done.stdout)
    subprocess.run(["git", "apply", "patch.diff"], cwd=tmp_path, check=True)
    assert (tmp_path / "train.py").read_text() == (BUG_CASE / "expected.py").read_text()


def test_write_then_check_is_clean(tmp_path: Path) -> None:
    target = tmp_path / "train.py"
    shutil.copy(BUG_CASE / "input.py", target)
    target.chmod(0o640)
    assert cli("train.py", "--check", cwd=tmp_path).returncode == 1
    done = cli("train.py", "--write", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert target.read_text() == (BUG_CASE / "expected.py").read_text()
    assert target.stat().st_mode & 0o777 == 0o640
    assert cli("train.py", "--check", cwd=tmp_path).returncode == 0
    assert [p.name for p in tmp_path.iterdir()] == ["train.py"]


def test_findings_go_to_stderr_with_location(tmp_path: Path) -> None:
    shutil.copy(REFUSED_CASE / "input.py", tmp_path / "train.py")
    done = cli("train.py", "--diff", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stdout == ""
    assert "train.py:10:1: MKD107 " in done.stderr


def test_syntax_error_exits_2_and_other_files_still_processed(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text("import keras\nprint 'x'\nkeras.Model\n")
    shutil.copy(BUG_CASE / "input.py", tmp_path / "train.py")
    done = cli(".", "--diff", cwd=tmp_path)
    assert done.returncode == 2
    assert "broken.py:2:" in done.stderr and "MKD901" in done.stderr
    assert "+++ b/train.py" in done.stdout


def test_missing_path_is_reported(tmp_path: Path) -> None:
    """A clear message without a made-up position, and not counted as scanned."""
    done = cli("nope.py", "--format", "json", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "migrate-keras-dicts: nope.py: no such file or directory\n"
    assert json.loads(done.stdout)["summary"]["files_scanned"] == 0


def test_explain_every_code() -> None:
    for code in RULES:
        done = cli("explain", code, cwd=ROOT)
        assert done.returncode == 0
        assert done.stdout.startswith(f"# {code} ")
    assert cli("explain", "NOPE1", cwd=ROOT).returncode == 2


def test_readme_catalogue_is_generated_from_the_code() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "<!-- catalogue:start -->\n" + catalogue_markdown() + "<!-- catalogue:end -->" in readme
