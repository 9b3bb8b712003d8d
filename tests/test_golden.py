"""Every golden case: input -> expected text and findings; expected is a fixed point.

Set MKD_UPDATE_GOLDEN=1 to (re)write expected.py and findings.txt from the tool's output;
review the diff of golden/ before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import libcst as cst
import pytest

from migrate_keras_dicts.engine import migrate_source
from migrate_keras_dicts.plan import Options

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "input.py").is_file())
UPDATE = os.environ.get("MKD_UPDATE_GOLDEN") == "1"


def options_for(case: Path) -> Options:
    flags = (case / "flags.txt").read_text().split() if (case / "flags.txt").exists() else []
    return Options(unsafe="--unsafe" in flags)


def render(findings) -> str:
    return "".join(f"{f.line}:{f.column}: {f.code} {f.message}\n" for f in findings)


@pytest.mark.parametrize("name", CASES)
def test_golden_case(name: str) -> None:
    case = GOLDEN / name
    source = (case / "input.py").read_text()
    result = migrate_source(source, "input.py", options_for(case))
    if UPDATE:
        (case / "expected.py").write_text(result.new_source)
        (case / "findings.txt").write_text(render(result.findings))
    assert result.new_source == (case / "expected.py").read_text()
    assert render(result.findings) == (case / "findings.txt").read_text()
    cst.parse_module(result.new_source)


@pytest.mark.parametrize("name", CASES)
def test_expected_is_a_fixed_point(name: str) -> None:
    case = GOLDEN / name
    expected = (case / "expected.py").read_text()
    again = migrate_source(expected, "expected.py", options_for(case))
    assert again.new_source == expected
    assert not again.failed


def test_there_are_refusal_and_rewrite_cases() -> None:
    refusals = [
        c
        for c in CASES
        if (GOLDEN / c / "input.py").read_text() == (GOLDEN / c / "expected.py").read_text()
    ]
    assert refusals, "golden/ should pin refusals too"
    assert len(refusals) < len(CASES), "golden/ should pin rewrites too"
