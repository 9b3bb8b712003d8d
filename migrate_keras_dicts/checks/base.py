"""What a finding code is made of: its rule page and its runnable examples.

Pure data, no LibCST: ``explain`` and ``--version`` load this without the tool's engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    INFO = "info"  # a rewrite was made; nothing to do
    WARNING = "warning"  # a rewrite was made (or code left); a person should look
    REFUSED = "refused"  # the model was left untouched; migrate it by hand
    ERROR = "error"  # the file could not be processed


@dataclass(frozen=True)
class Source:
    """One file of an example: as the user wrote it, and as the tool leaves it.

    ``after`` is None when the tool leaves the file byte for byte as it was (a refusal).
    """

    path: str
    before: str
    after: str | None = None

    @property
    def expected(self) -> str:
        return self.before if self.after is None else self.after


@dataclass(frozen=True)
class Example:
    """A program (one file or several, run as one project), what the tool makes of it, and
    the finding codes it reports: exactly these, no other. ``flags`` are command-line flags
    the example needs (``--unsafe``). tests/test_checks.py runs every example."""

    sources: tuple[Source, ...]
    findings: tuple[str, ...]
    flags: tuple[str, ...] = ()

    @property
    def refused(self) -> bool:
        return all(source.after is None for source in self.sources)


def rewrite(
    before: str,
    after: str,
    *,
    findings: tuple[str, ...],
    flags: tuple[str, ...] = (),
    path: str = "train.py",
) -> Example:
    """A one-file example the tool rewrites from ``before`` to ``after``."""
    return Example((Source(path, before, after),), findings, flags)


def refusal(
    before: str,
    *,
    findings: tuple[str, ...],
    flags: tuple[str, ...] = (),
    path: str = "train.py",
) -> Example:
    """A one-file example the tool leaves unchanged (after == before), reporting ``findings``."""
    return Example((Source(path, before),), findings, flags)


@dataclass(frozen=True)
class Rule:
    """One finding code: its rule page (``explain CODE``), examples and where it is decided.

    ``decided_in`` names the package modules (dotted, below ``migrate_keras_dicts``) whose
    code spells the code as a string literal: where it is raised, or read back. A rule with
    no example says why in ``no_example``.
    """

    code: str
    severity: Severity
    title: str
    what: str
    why: str
    examples: tuple[Example, ...]
    decided_in: tuple[str, ...]
    no_example: str = ""
