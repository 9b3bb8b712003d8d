"""Self-checks before any output leaves the engine (black's safety net, for a codemod).

1. the new text parses (with LibCST, and with this Python when the old text did);
2. outside the edited expressions, old and new modules print the same text;
3. a second run over the new text changes nothing.
"""

from __future__ import annotations

import ast
import warnings
from collections.abc import Callable, Collection, Mapping

import libcst as cst

from .rewrite.edits import Placeholders


class SelfCheckFailed(Exception):
    pass


_last_parsed: tuple[str, cst.Module] | None = None


def check_parses(text: str) -> cst.Module:
    """The module of ``text``. The rewritten text is parsed here once, then again by the
    second run of the fixed-point check: the same text, so the module is reused (LibCST
    nodes are immutable; analyses never change them)."""
    global _last_parsed
    if _last_parsed is not None and _last_parsed[0] == text:
        return _last_parsed[1]
    try:
        module = cst.parse_module(text)
    except cst.ParserSyntaxError as error:
        raise SelfCheckFailed(f"the rewritten text does not parse: {error.message}") from None
    _last_parsed = (text, module)
    return module


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
    old_paths: Collection[int] | None = None,
    old_nodes: Collection[int] | None = None,
) -> None:
    """Outside the edited expressions, old and new print the same text.

    Statements the transformer did not touch are the very same objects in both trees, so
    only the statements whose identity changed are printed and compared. ``old_paths``
    (ids of the edited nodes and their ancestors) and ``old_nodes`` (ids of the old
    tree's nodes) let the placeholders skip what cannot hold an edit: in the old tree,
    what is off the paths; in the new, the old nodes the transformer kept.
    """
    old_numbers = {id(node): i for i, node in enumerate(edited)}
    new_numbers = {
        id(produced[id(node)]): i for i, node in enumerate(edited) if id(node) in produced
    }
    if len(new_numbers) != len(old_numbers):
        raise SelfCheckFailed("an edit was planned but not applied")
    if len(old_module.body) != len(new_module.body) or any(
        a is not b for a, b in zip(old_module.header, new_module.header, strict=False)
    ):
        raise SelfCheckFailed("statements were added or removed")
    for old, new in zip(old_module.body, new_module.body, strict=True):
        if old is new:
            continue
        old_holds = None if old_paths is None else (lambda node: id(node) in old_paths)
        new_holds = None if old_nodes is None else (lambda node: id(node) not in old_nodes)
        old_text = old_module.code_for_node(old.visit(Placeholders(old_numbers, old_holds)))
        new_text = new_module.code_for_node(new.visit(Placeholders(new_numbers, new_holds)))
        if old_text != new_text:
            raise SelfCheckFailed("text outside the edited expressions changed")
    if any(a is not b for a, b in zip(old_module.footer, new_module.footer, strict=False)):
        raise SelfCheckFailed("the end of the file changed")


def check_fixed_point(text: str, rerun: Callable[[str], str]) -> None:
    if rerun(text) != text:
        raise SelfCheckFailed("a second run changes the output again")
