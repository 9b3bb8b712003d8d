"""The finding codes, one module per family; each code with its rule page and examples.

Where a code lives (pyupgrade's registry, Fixit's one-rule-a-file):

- ``structure``: the model's inputs and outputs (MKD001, MKD002, MKD101-105, MKD115, MKD117,
  MKD123, MKD130);
- ``arguments``: compile's arguments and the data calls (MKD005, 006, 009, 011, 015, MKD107-110,
  MKD131, MKD114);
- ``uses``: uses of the model and its results (MKD010, MKD014, MKD106, MKD111-113, MKD120,
  MKD129);
- ``order``: sorted-key order, results, history, weights (MKD004, MKD012, MKD116, MKD118);
- ``names``: layer names and strings that spell them (MKD003, 008, 119, 124, 127, 128);
- ``crossfile``: other files (MKD007, MKD121, MKD122, MKD125, MKD126, MKD132);
- ``errors``: files the tool could not process (MKD901-905).

Each ``Rule`` names the modules that decide it (``decided_in``), and its examples are run
by tests/test_checks.py. A new code goes into its family's ``RULES`` (or a new family,
added to ``FAMILIES``); ``findings.RULES`` is built from here.
"""

from __future__ import annotations

from types import ModuleType

from . import arguments, crossfile, errors, names, order, structure, uses
from .base import Example, Rule, Severity, Source

__all__ = ["FAMILIES", "Example", "Rule", "Severity", "Source", "all_rules"]

FAMILIES: tuple[ModuleType, ...] = (structure, arguments, uses, order, names, crossfile, errors)


def all_rules() -> dict[str, Rule]:
    """Every rule of every family, by code, in code order."""
    rules: list[Rule] = [rule for family in FAMILIES for rule in family.RULES]
    return {rule.code: rule for rule in sorted(rules, key=lambda rule: rule.code)}
