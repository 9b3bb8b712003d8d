"""What each semantic case must show on each Keras version, as pinned in the case itself.

A case's ``semantic`` file is empty when, on every version, the migrated program must do
exactly what the original does. Otherwise it holds lines ``VERSION: EXPECTATION reason``
(``*`` for every version; ``#`` starts a comment):

- ``equal``: the migrated program does what the original does on that version (the default);
- ``fixed``: the original is mis-paired on that version (the Keras 3.5 bug and its family),
  and the migrated program computes what the original computes on Keras 3.7.0, as meant;
- ``intended MKDxxx``: the programs differ, and the finding MKDxxx (pinned in the case's
  findings.txt) announces it;
- ``n/a``: the original does not run on that version (the test checks that it raises).

The README's matrix is generated from these pins (``tools/update_readme.py``), and the
semantic tests check every pin, so the table is what the tests prove.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .keras_envs import VERSIONS

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden"
KINDS = ("equal", "fixed", "intended", "n/a")
HEADERS = {
    "3.4.1": "3.4.1",
    "3.5.0": "3.5.0",
    "3.6.0": "3.6.0",
    "3.7.0": "3.7.0",
    "newest": "newest 3.x",
    "keras2": "Keras 2",
}


@dataclass(frozen=True)
class Expectation:
    kind: str
    code: str = ""
    reason: str = ""

    def cell(self) -> str:
        return f"intended {self.code}" if self.kind == "intended" else self.kind


def semantic_cases() -> list[str]:
    return sorted(
        p.name
        for p in GOLDEN.iterdir()
        if (p / "semantic").is_file() and (p / "input.py").is_file()
    )


def read_pins(case: Path) -> dict[str, Expectation]:
    """Every version's expectation for ``case``; unknown versions and kinds are errors."""
    pins = dict.fromkeys(VERSIONS, Expectation("equal"))
    for number, raw in enumerate((case / "semantic").read_text().splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        where = f"{case.name}/semantic line {number}"
        version, _, rest = line.partition(":")
        version = version.strip()
        words = rest.split()
        if version != "*" and version not in VERSIONS:
            raise ValueError(f"{where}: unknown version {version!r}; known: {VERSIONS}")
        if not words or words[0] not in KINDS:
            raise ValueError(f"{where}: expectation must be one of {KINDS}")
        kind, code = words[0], ""
        if kind == "intended":
            if len(words) < 2 or not words[1].startswith("MKD"):
                raise ValueError(f"{where}: `intended` needs the finding code that announces it")
            code = words[1]
        reason = " ".join(words[2 if code else 1 :])
        if kind == "n/a" and not reason:
            raise ValueError(f"{where}: say why the original does not run there")
        for target in VERSIONS if version == "*" else (version,):
            pins[target] = Expectation(kind, code, reason)
    return pins


def matrix_markdown() -> str:
    """The case-by-version table for the README."""
    versions = list(VERSIONS)
    lines = [
        "| case | " + " | ".join(HEADERS[v] for v in versions) + " |",
        "| --- | " + " | ".join("---" for _ in versions) + " |",
    ]
    counts = dict.fromkeys(KINDS, 0)
    for name in semantic_cases():
        pins = read_pins(GOLDEN / name)
        for v in versions:
            counts[pins[v].kind] += 1
        lines.append(f"| `{name}` | " + " | ".join(pins[v].cell() for v in versions) + " |")
    run = sum(counts[k] for k in ("equal", "fixed", "intended"))
    summary = (
        f"{len(semantic_cases())} cases, {len(versions)} versions: {run} pairs compared "
        f"({counts['equal']} equal, {counts['fixed']} fixed, {counts['intended']} intended), "
        f"{counts['n/a']} n/a."
    )
    return "\n".join(lines) + "\n\n" + summary + "\n"
