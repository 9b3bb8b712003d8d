"""Self-checks before any output leaves the engine (black's safety net, for a codemod).

1. the new text parses (with LibCST, and with this Python when the old text did);
2. outside the edited expressions, old and new modules print the same text;
3. a second run over the new text changes nothing.
"""

from __future__ import annotations

import ast
import warnings
from collections.abc import Callable, Mapping

import libcst as cst

from .rewrite.edits import Placeholders


class SelfCheckFailed(Exception):
    pass


def check_parses(text: str) -> cst.Module:
    try:
        return cst.parse_module(text)
    except cst.ParserSyntaxError as error:
        raise SelfCheckFailed(f"the rewritten text does not parse: {error.message}") from None


def check_same_python(old_text: str, new_text: str) -> None:
    """What this Python could compile before, it can compile after (LibCST's grammar is
    wider: it accepts 3.12 f-strings that 3.10 and 3.11 reject)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(old_text)
        except (SyntaxError, ValueError):
            return
        try:
            ast.parse(new_text)
        except SyntaxError as error:
            raise SelfCheckFailed(f"the rewritten text does not compile: {error.msg}") from None


def check_only_edits_changed(
    old_module: cst.Module,
    new_module: cst.Module,
    edited: list[cst.CSTNode],
    produced: Mapping[int, cst.CSTNode],
) -> None:
    old_numbers = {id(node): i for i, node in enumerate(edited)}
    new_numbers = {
        id(produced[id(node)]): i for i, node in enumerate(edited) if id(node) in produced
    }
    if len(new_numbers) != len(old_numbers):
        raise SelfCheckFailed("an edit was planned but not applied")
    old_skeleton = old_module.visit(Placeholders(old_numbers)).code
    new_skeleton = new_module.visit(Placeholders(new_numbers)).code
    if old_skeleton != new_skeleton:
        raise SelfCheckFailed("text outside the edited expressions changed")


def check_fixed_point(text: str, rerun: Callable[[str], str]) -> None:
    if rerun(text) != text:
        raise SelfCheckFailed("a second run changes the output again")
