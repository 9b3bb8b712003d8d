"""Property tests: over many generated model programs the tool never crashes, its output
parses, a second run changes nothing, and a refused model comes out byte-identical."""

from __future__ import annotations

import random
from pathlib import Path

import libcst as cst
from hypothesis import HealthCheck, given, settings

from migrate_keras_dicts.findings import Severity
from migrate_keras_dicts.pipeline import migrate_text

from .model_programs import model_programs

GOLDEN = Path(__file__).resolve().parent.parent / "golden"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(model_programs())
def test_generated_programs(program: str) -> None:
    result = migrate_text(program, "gen.py")
    assert not result.failed, result.findings
    cst.parse_module(result.new_text)
    again = migrate_text(result.new_text, "gen.py")
    assert again.new_text == result.new_text
    refused = any(f.severity is Severity.REFUSED for f in result.findings)
    if refused and result.models_migrated == 0:
        assert result.new_text == program


def test_mutated_golden_inputs_never_crash() -> None:
    rng = random.Random(20596)
    for case in sorted(GOLDEN.iterdir()):
        if not (case / "input.py").is_file():
            continue
        source = (case / "input.py").read_text()
        lines = source.splitlines(keepends=True)
        for _ in range(3):
            mutated = list(lines)
            i = rng.randrange(len(mutated))
            if rng.random() < 0.5:
                del mutated[i]
            else:
                mutated.insert(i, mutated[i])
            text = "".join(mutated)
            result = migrate_text(text, "mutated.py")
            if result.changed:
                cst.parse_module(result.new_text)
                assert migrate_text(result.new_text, "m.py").new_text == result.new_text
