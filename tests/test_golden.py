"""Every golden case: input -> expected text and findings; expected is a fixed point.

Set MKD_UPDATE_GOLDEN=1 to (re)write expected.py and findings.txt from the tool's output;
review the diff of golden/ before committing it.
"""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

import libcst as cst
import pytest

from migrate_keras_dicts.options import Options
from migrate_keras_dicts.pipeline import migrate_files, migrate_text
from migrate_keras_dicts.runner import RunConfig

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "input.py").is_file())
MULTI_FILE_CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "input").is_dir())
NOTEBOOK_CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "input.ipynb").is_file())
UPDATE = os.environ.get("MKD_UPDATE_GOLDEN") == "1"


def options_for(case: Path) -> Options:
    flags = (case / "flags.txt").read_text().split() if (case / "flags.txt").exists() else []
    lengths = [int(f.split("=", 1)[1]) for f in flags if f.startswith("--line-length=")]
    accept = frozenset(code for flag, code in itertools.pairwise(flags) if flag == "--accept")
    return Options(
        unsafe="--unsafe" in flags,
        accept=accept,
        update_name_strings="--update-name-strings" in flags,
        line_length=lengths[-1] if lengths else None,
    )


def render(findings) -> str:
    return "".join(f"{f.line}:{f.column}: {f.code} {f.message}\n" for f in findings)


@pytest.mark.parametrize("name", CASES)
def test_golden_case(name: str) -> None:
    case = GOLDEN / name
    source = (case / "input.py").read_text()
    result = migrate_text(source, "input.py", options_for(case))
    if UPDATE:
        (case / "expected.py").write_text(result.new_text)
        (case / "findings.txt").write_text(render(result.findings))
    assert result.new_text == (case / "expected.py").read_text()
    assert render(result.findings) == (case / "findings.txt").read_text()
    cst.parse_module(result.new_text)


@pytest.mark.parametrize("name", CASES)
def test_expected_is_a_fixed_point(name: str) -> None:
    case = GOLDEN / name
    expected = (case / "expected.py").read_text()
    again = migrate_text(expected, "expected.py", options_for(case))
    assert again.new_text == expected
    assert not again.failed


def test_there_are_refusal_and_rewrite_cases() -> None:
    refusals = [
        c
        for c in CASES
        if (GOLDEN / c / "input.py").read_text() == (GOLDEN / c / "expected.py").read_text()
    ]
    assert refusals, "golden/ should pin refusals too"
    assert len(refusals) < len(CASES), "golden/ should pin rewrites too"


@pytest.mark.parametrize("name", MULTI_FILE_CASES)
def test_multi_file_case(name: str, tmp_path, monkeypatch) -> None:
    """``input/`` -> ``expected/``: a repository migrated as one run, models across files."""
    case = GOLDEN / name
    shutil.copytree(case / "input", tmp_path / "repo")
    monkeypatch.chdir(tmp_path / "repo")
    files = sorted(Path(".").rglob("*.py"))
    outcomes = migrate_files(files, RunConfig(), root=Path("."))  # the whole run, passes and all
    findings = "".join(
        f"{o.path}:{f.line}:{f.column}: {f.code} {f.message}\n"
        for o in outcomes
        for f in o.findings
    )
    if UPDATE:
        for outcome in outcomes:
            target = case / "expected" / outcome.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(outcome.new_text or outcome.old_text)
        (case / "findings.txt").write_text(findings)
    for outcome in outcomes:
        assert outcome.new_text == (case / "expected" / outcome.path).read_text(), outcome.path
    assert findings == (case / "findings.txt").read_text()


@pytest.mark.parametrize("name", NOTEBOOK_CASES)
def test_notebook_case(name: str) -> None:
    """``input.ipynb`` -> ``expected.ipynb``: code cells migrated as one module, every other
    byte of the JSON kept; ``expected.ipynb`` is a fixed point."""
    case = GOLDEN / name
    result = migrate_text((case / "input.ipynb").read_text(), "input.ipynb")
    findings = "".join(f"{f.render()}\n" for f in result.findings)
    if UPDATE:
        (case / "expected.ipynb").write_text(result.new_text)
        (case / "findings.txt").write_text(findings)
    assert result.new_text == (case / "expected.ipynb").read_text()
    assert findings == (case / "findings.txt").read_text()
    expected = (case / "expected.ipynb").read_text()
    assert migrate_text(expected, "expected.ipynb").new_text == expected
