"""Self-checks before any output leaves the engine (black's safety net, for a codemod).

1. this Python compiles the new text (always);
2. outside the edited expressions, old and new modules are the same tree (always);
3. a second run over the new text changes nothing (with --check-second-run).
"""

from __future__ import annotations

import ast
import dataclasses
import warnings
from collections.abc import Callable, Mapping, Sequence

import libcst as cst


class SelfCheckFailed(Exception):
    pass


def check_parses(text: str) -> cst.Module:
    """The LibCST module of the rewritten ``text``, for the second run."""
    try:
        return cst.parse_module(text)
    except cst.ParserSyntaxError as error:
        raise SelfCheckFailed(f"the rewritten text does not parse: {error.message}") from None


def check_compiles(new_text: str) -> None:
    """This Python compiles the new text. The engine only rewrites text it compiled (LibCST's
    grammar is wider: it accepts 3.12 f-strings that 3.10 and 3.11 reject), so what this
    Python could compile before, it can compile after."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
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
    """Outside the edited expressions, old and new are the same tree, so they print the
    same text.

    Compared node by node instead of printed: where the transformer kept a subtree it is
    the very same object in both trees; elsewhere every field must be equal, except that
    an edited node must have become exactly what its edit produced.
    """
    if {id(node) for node in edited} - produced.keys():
        raise SelfCheckFailed("an edit was planned but not applied")
    if any(a is not b for a, b in zip(old_module.header, new_module.header, strict=False)):
        raise SelfCheckFailed("the start of the file changed")
    if not _same_sequence(old_module.body, new_module.body, produced):
        raise SelfCheckFailed("text outside the edited expressions changed")
    if any(a is not b for a, b in zip(old_module.footer, new_module.footer, strict=False)):
        raise SelfCheckFailed("the end of the file changed")


def _same_outside_edits(old: object, new: object, produced: Mapping[int, cst.CSTNode]) -> bool:
    if old is new:
        return True
    if not isinstance(old, cst.CSTNode):
        if isinstance(old, list | tuple):
            return isinstance(new, list | tuple) and _same_sequence(old, new, produced)
        return type(old) is type(new) and old == new
    if id(old) in produced:  # an edited node: it is replaced by what its edit produced
        return new is produced[id(old)]
    if type(old) is not type(new):
        return False
    return all(
        _same_outside_edits(getattr(old, f.name), getattr(new, f.name), produced)
        for f in dataclasses.fields(old)
    )


def _same_sequence(
    old: Sequence[object], new: Sequence[object], produced: Mapping[int, cst.CSTNode]
) -> bool:
    """Item by item; a statement its edit made into several takes their places."""
    at = 0
    for item in old:
        made = produced.get(id(item))
        if isinstance(made, cst.FlattenSentinel):
            nodes = list(made.nodes)
            placed = new[at : at + len(nodes)]
            if len(placed) != len(nodes) or any(
                a is not b for a, b in zip(placed, nodes, strict=True)
            ):
                return False
            at += len(nodes)
            continue
        if at >= len(new) or not _same_outside_edits(item, new[at], produced):
            return False
        at += 1
    return at == len(new)


def check_fixed_point(text: str, rerun: Callable[[str], str]) -> None:
    if rerun(text) != text:
        raise SelfCheckFailed("a second run changes the output again")
