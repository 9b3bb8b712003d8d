"""Findings placed from ``ast`` are placed where LibCST's PositionProvider places them."""

from __future__ import annotations

import ast
import random
import sysconfig
from pathlib import Path

import libcst as cst
import pytest
from libcst.metadata import MetadataWrapper, ParentNodeProvider, PositionProvider

from migrate_keras_dicts.pipeline import migrate_text
from migrate_keras_dicts.positions import (
    AstLocator,
    LineLocator,
    statement_lines_by_printing,
    statements_from_ast,
)

ROOT = Path(__file__).resolve().parent.parent
STDLIB = Path(sysconfig.get_paths()["stdlib"])
SOURCES = sorted((ROOT / "golden").glob("**/*.py")) + sorted(
    random.Random(11).sample(sorted(p for p in STDLIB.glob("*.py") if p.stat().st_size), 40)
)
TRICKY = (
    "#!/usr/bin/env python\n# header\n\n@dec\n# between\n@dec2(1)\ndef f():\n    pass\n"
    "x = 1; y = (2,\n 3); z = 4\n\n\n# lead\nclass C:\n    a = 1\n\n    # trailing\n"
    "if x:\n    pass\nelse:\n    pass\nasync def g():\n    async with a:\n        pass\n"
    's = """\nmulti\nline\n"""\nw = 1 \\\n    + 2\ntry:\n    pass\nexcept* E:\n    pass\n'
    "é = ['ü', f(1)]; h = {'ß': g(é)}[0]\nv = f'{f(1)}' + str(f(1))\n"
    "m = k(1)(2)\nq = (k(1))\nr = [k(1), k(1)]\n\x0cafter = [1]\nt = a \\\r\n  [0]\r\n"
)


def _texts() -> list[tuple[str, str]]:
    return [("tricky", TRICKY)] + [(p.name, p.read_text()) for p in SOURCES]


@pytest.mark.parametrize(("name", "text"), _texts(), ids=lambda v: v if len(v) < 60 else "")
def test_statement_lines_from_ast_are_the_printed_ones(name: str, text: str) -> None:
    module = cst.parse_module(text)
    placed = statements_from_ast(ast.parse(text), module)
    assert placed is not None
    assert placed[0] == statement_lines_by_printing(module)


@pytest.mark.parametrize(("name", "text"), _texts(), ids=lambda v: v if len(v) < 60 else "")
def test_nodes_placed_from_ast_or_by_their_line_are_where_libcst_places_them(
    name: str, text: str
) -> None:
    module = cst.parse_module(text)
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    positions = wrapper.resolve(PositionProvider)
    parents = wrapper.resolve(ParentNodeProvider)
    placed = statements_from_ast(ast.parse(text), module)
    assert placed is not None
    starts = [placed[0][id(s)] for s in module.body]
    locator, by_line = AstLocator(text), LineLocator(text)
    ends = [*starts[1:], len(by_line.starts)][: len(starts)]
    past = dict(zip(map(id, module.body), ends, strict=True))
    located = {"ast": 0, "line": 0}
    for node, where in positions.items():
        statement = node
        while statement is not None and id(statement) not in past:
            statement = parents.get(statement)
        if statement is None:
            continue
        expected = (where.start.line, where.start.column + 1)
        found = locator.locate(node, placed[1][id(statement)], parents.get, module.code_for_node)
        if found is not None:
            located["ast"] += 1
            assert found == expected, module.code_for_node(node)
        lines = (placed[0][id(statement)], past[id(statement)])
        found = by_line.locate(node, lines, parents.get, module.code_for_node)
        if found is not None:
            located["line"] += 1
            assert found == expected, module.code_for_node(node)
    if name == "tricky":  # each shortcut is taken, not only refused
        assert located["ast"] >= 5 and located["line"] >= 5, located


def test_a_line_that_appears_twice_in_its_function_is_left_to_libcst() -> None:
    text = "def f():\n    x = g(x)\n    if x:\n        x = g(x)\n    y = 1\n"
    module = cst.parse_module(text)
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    parents = wrapper.resolve(ParentNodeProvider)
    function = module.body[0]
    assert isinstance(function, cst.FunctionDef)
    twice, once = function.body.body[0], function.body.body[2]
    assert isinstance(twice, cst.SimpleStatementLine)
    assert isinstance(once, cst.SimpleStatementLine)
    locator = LineLocator(text)
    code = module.code_for_node
    assert locator.locate(twice.body[0], (1, 6), parents.get, code) is None
    assert locator.locate(once.body[0], (1, 6), parents.get, code) == (5, 5)


def test_an_ambiguous_expression_is_left_to_libcst() -> None:
    text = "r = [k(1), k(1)]\n"
    module = cst.parse_module(text)
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    parents = wrapper.resolve(ParentNodeProvider)
    placed = statements_from_ast(ast.parse(text), module)
    assert placed is not None
    call = module.body[0].body[0].value.elements[0].value
    assert isinstance(call, cst.Call)
    locator = AstLocator(text)
    statements = placed[1][id(module.body[0])]
    assert locator.locate(call, statements, parents.get, module.code_for_node) is None


def test_findings_keep_their_positions_with_and_without_the_ast(monkeypatch) -> None:
    """The engine's findings are placed the same with the shortcut as by LibCST alone."""
    from migrate_keras_dicts import meta

    paths = sorted((ROOT / "golden").glob("*/input.py"))
    fast = [migrate_text(p.read_text(), "t.py").findings for p in paths]
    original = meta.ModuleMeta.__init__

    def without_ast(self, *args, **kwargs) -> None:
        kwargs["tree"] = kwargs["text"] = None
        original(self, *args, **kwargs)

    monkeypatch.setattr(meta.ModuleMeta, "__init__", without_ast)
    slow = [migrate_text(p.read_text(), "t.py").findings for p in paths]
    assert fast == slow
    assert sum(len(f) for f in fast) > 100
