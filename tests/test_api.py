"""The library API: ``migrate_source`` and ``migrate_paths``, their types and py.typed."""

from __future__ import annotations

import doctest
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import migrate_keras_dicts
from migrate_keras_dicts import FileResult, Result, api, migrate_paths, migrate_source

from .support import snapshot_project

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden"
BUG_CASE = GOLDEN / "keras35_dict_loss_on_list_outputs"
NOTEBOOKS = ROOT / "tests" / "notebooks"


def codes_of(findings_txt: Path) -> list[str]:
    return [line.split()[1] for line in findings_txt.read_text().splitlines()]


def test_migrate_source_returns_new_text_and_findings() -> None:
    result = migrate_source((BUG_CASE / "input.py").read_text(), "train.py")
    assert isinstance(result, Result)
    assert result.changed and not result.failed
    assert result.new_text == (BUG_CASE / "expected.py").read_text()
    assert [f.code for f in result.findings] == codes_of(BUG_CASE / "findings.txt")
    assert all(f.path == "train.py" for f in result.findings)
    assert (result.models_migrated, result.models_refused) == (1, 0)
    assert result.diff().startswith("--- a/train.py\n+++ b/train.py\n")


def test_migrate_source_refusal_and_bad_input_never_raise() -> None:
    refused = migrate_source((GOLDEN / "refuse_fit_on_dataset" / "input.py").read_text(), "t.py")
    assert not refused.changed and refused.models_refused == 1 and refused.diff() == ""
    assert "MKD107" in [f.code for f in refused.findings]
    broken = migrate_source("import keras\nkeras.Model(\n", "broken.py")
    assert broken.failed and [f.code for f in broken.findings] == ["MKD901"]
    assert broken.new_text == broken.old_text


def test_migrate_source_unsafe_flag() -> None:
    case = GOLDEN / "rw_predict_passed_whole_unsafe"
    result = migrate_source((case / "input.py").read_text(), "t.py", unsafe=True)
    assert result.new_text == (case / "expected.py").read_text()


def test_migrate_source_reads_a_notebook_by_its_suffix() -> None:
    text = (NOTEBOOKS / "jupyter_model.ipynb").read_text(encoding="utf-8")
    result = migrate_source(text, "model.ipynb")
    assert result.changed and result.models_migrated == 1
    assert all(f.path == "model.ipynb" for f in result.findings)
    assert any(f.cell is not None for f in result.findings)
    assert migrate_source('{"nbformat": 4, "cells": 1}', "x.ipynb").failed


def test_migrate_paths_links_files_and_writes_only_when_asked(tmp_path: Path) -> None:
    case = GOLDEN / "xfile_models_train"
    shutil.copytree(case / "input", tmp_path / "repo")
    results = migrate_paths([tmp_path / "repo"])
    assert all(isinstance(r, FileResult) for r in results)
    assert [r.file.name for r in results if r.file] == ["models.py", "report.py", "train.py"]
    assert all(r.changed and not r.written for r in results)
    assert "MKD121" in [f.code for r in results for f in r.findings]
    for result in results:  # nothing written yet
        assert result.file is not None
        assert result.file.read_text() == (case / "input" / result.file.name).read_text()
    written = migrate_paths([str(tmp_path / "repo")], write=True, jobs=2)
    assert all(r.written for r in written)
    for result in written:
        assert result.file is not None
        assert result.file.read_text() == (case / "expected" / result.file.name).read_text()
    assert not any(r.changed for r in migrate_paths([tmp_path / "repo"]))


def test_package_exports_and_docstring_example() -> None:
    assert migrate_keras_dicts.migrate_source is api.migrate_source
    assert set(migrate_keras_dicts.__all__) >= {"migrate_source", "migrate_paths", "Result"}
    failures, _ = doctest.testmod(api, raise_on_error=False)
    assert failures == 0


def test_py_typed_is_in_the_package() -> None:
    assert (Path(migrate_keras_dicts.__file__).parent / "py.typed").is_file()


TYPED_CALLER = """
from pathlib import Path

from migrate_keras_dicts import FileResult, Result, migrate_paths, migrate_source

result: Result = migrate_source("x = 1\\n", "t.py")
text: str = result.new_text
codes: list[str] = [f.code for f in result.findings]
files: list[FileResult] = migrate_paths([Path(".")], write=False, jobs=1)
"""
WRONG_CALLER = """
from migrate_keras_dicts import migrate_source

count: int = migrate_source("x = 1\\n").new_text
"""


@pytest.mark.slow
def test_wheel_ships_py_typed_and_mypy_reads_the_types(tmp_path: Path) -> None:
    """Build the wheel as pip would, install it apart, and let mypy check two callers."""
    pytest.importorskip("mypy")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    project = snapshot_project(tmp_path / "project")
    subprocess.run([*pip, "wheel", "--no-deps", "-w", tmp_path / "dist", project], check=True)
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "migrate_keras_dicts/py.typed" in names
    assert "migrate_keras_dicts/commands/migrate_keras_dicts.py" in names
    site = tmp_path / "site"
    subprocess.run([*pip, "install", "--no-deps", "--target", site, wheel], check=True)
    (tmp_path / "good.py").write_text(TYPED_CALLER)
    (tmp_path / "bad.py").write_text(WRONG_CALLER)

    def mypy(name: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", name]
        env = {"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}
        return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)

    assert mypy("good.py").returncode == 0, mypy("good.py").stdout
    wrong = mypy("bad.py")
    assert wrong.returncode == 1 and 'expression has type "str"' in wrong.stdout
    (site / "migrate_keras_dicts" / "py.typed").unlink()
    assert "py.typed" in mypy("good.py").stdout  # without the marker mypy ignores the types


def test_accept_overrides_one_refusal_code_and_reports_it() -> None:
    case = GOLDEN / "rw_saved_model_accepted"
    text = (case / "input.py").read_text()
    refused = migrate_source(text, "t.py")
    assert not refused.changed and "MKD120" in {f.code for f in refused.findings}
    accepted = migrate_source(text, "t.py", accept=["mkd120"])
    assert accepted.new_text == (case / "expected.py").read_text()
    assert "MKD010" in {f.code for f in accepted.findings}
    other = migrate_source(text, "t.py", accept=["MKD118"])  # not this model's refusal
    assert not other.changed


def test_accept_refuses_codes_that_would_change_the_program() -> None:
    with pytest.raises(ValueError, match="MKD130"):
        migrate_source("x = 1\n", accept=["MKD130"])
