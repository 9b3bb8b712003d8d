"""Findings that need the whole run: a migrated model whose layer order changes, in a
project that loads weights by position somewhere (KERAS_RULES §3f)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .findings import Finding

_WEIGHTS_BY_POSITION = re.compile(r"\.(load_weights|set_weights)\s*\(")


def weight_sites(text: str) -> list[int]:
    """Lines that load or set weights by position (cheap: text only, comments included)."""
    if "_weights" not in text:
        return []
    return sorted({text.count("\n", 0, m.start()) + 1 for m in _WEIGHTS_BY_POSITION.finditer(text)})


class _Outcome(Protocol):
    display: str
    findings: list[Finding]
    weight_sites: list[int]

    @property
    def changed(self) -> bool: ...


def weights_order_findings(outcomes: Sequence[_Outcome]) -> None:
    """Add MKD125 beside each MKD004 of a changed file when any file of the run loads or
    sets weights by position."""
    sites = [(o.display, line) for o in outcomes for line in o.weight_sites]
    if not sites:
        return
    for outcome in outcomes:
        if not outcome.changed:
            continue
        lines: dict[int, Finding] = {}
        for finding in outcome.findings:
            if finding.code == "MKD004":
                lines.setdefault(finding.line, finding)  # one per model, not per side
        extra = [_warning(f, sites) for f in lines.values()]
        if extra:
            outcome.findings = sorted(
                outcome.findings + extra, key=lambda f: (f.line, f.column, f.code)
            )


def _warning(order: Finding, sites: list[tuple[str, int]]) -> Finding:
    shown = ", ".join(f"{path}:{line}" if line else path for path, line in sites[:3])
    more = f" and {len(sites) - 3} more" if len(sites) > 3 else ""
    return Finding(
        "MKD125",
        f"this model's layer order changes and the project loads or sets weights by position "
        f"({shown}{more}): weights saved before the migration would load into the wrong layers; "
        "re-save them (see `explain MKD125`)",
        order.line,
        order.column,
        order.path,
    )
