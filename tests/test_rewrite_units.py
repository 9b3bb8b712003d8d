"""The node builders and the self-checks, on small hand-made inputs."""

from __future__ import annotations

import libcst as cst
import pytest

from migrate_keras_dicts import engine
from migrate_keras_dicts.options import Options
from migrate_keras_dicts.rewrite.edits import (
    AddName,
    EditApplier,
    ReorderDict,
    ToDict,
)
from migrate_keras_dicts.verify import (
    SelfCheckFailed,
    check_fixed_point,
    check_only_edits_changed,
)


def apply(source: str, pick, edit) -> str:
    module = cst.parse_module(source)
    node = pick(module)
    return module.visit(EditApplier({node: edit}, '"')).code


def first_expr(module: cst.Module) -> cst.BaseExpression:
    return module.body[0].body[0].value


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("x = [a, b]\n", 'x = {"ka": a, "kb": b}\n'),
        ("x = (a, b)\n", 'x = {"ka": a, "kb": b}\n'),
        ("x = a, b\n", 'x = {"ka": a, "kb": b}\n'),
        ("x = [\n    a,  # first\n    b,\n]\n", 'x = {\n    "ka": a,  # first\n    "kb": b,\n}\n'),
    ],
)
def test_sequence_to_dict_keeps_layout(source: str, expected: str) -> None:
    assert apply(source, first_expr, ToDict(("ka", "kb"))) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("x = Dense()\n", 'x = Dense(name="k")\n'),
        ("x = Dense(1)\n", 'x = Dense(1, name="k")\n'),
        ("x = Dense(1,)\n", 'x = Dense(1, name="k",)\n'),
        (
            "x = Dense(\n    1,\n    activation='relu',\n)\n",
            "x = Dense(\n    1,\n    activation='relu',\n    name=\"k\",\n)\n",
        ),
        ("x = Dense(1,\n          2)\n", 'x = Dense(1,\n          2,\n          name="k")\n'),
    ],
)
def test_add_name_follows_the_call_layout(source: str, expected: str) -> None:
    assert apply(source, first_expr, AddName("k")) == expected


def test_reorder_dict_moves_entries_not_commas() -> None:
    source = 'x = {"b": 1, "a": 2}\n'
    assert apply(source, first_expr, ReorderDict(("a", "b"))) == 'x = {"a": 2, "b": 1}\n'


def test_self_check_catches_a_change_outside_the_edits() -> None:
    old = cst.parse_module("x = [a, b]\ny = 1\n")
    new = cst.parse_module('x = {"a": a, "b": b}\ny = 2\n')
    old_list = first_expr(old)
    produced = {id(old_list): first_expr(new)}
    with pytest.raises(SelfCheckFailed):
        check_only_edits_changed(old, new, [old_list], produced)
    same = cst.parse_module('x = {"a": a, "b": b}\ny = 1\n')
    check_only_edits_changed(old, same, [old_list], {id(old_list): first_expr(same)})
    # the edited statement itself, outside the edited list: one space more before "="
    spaced = cst.parse_module('x  = {"a": a, "b": b}\ny = 1\n')
    with pytest.raises(SelfCheckFailed):
        check_only_edits_changed(old, spaced, [old_list], {id(old_list): first_expr(spaced)})
    # an edit that produced something else than what is in the new tree
    other = cst.parse_module('x = {"a": a, "b": b}\ny = 1\n')
    with pytest.raises(SelfCheckFailed):
        check_only_edits_changed(old, other, [old_list], {id(old_list): first_expr(same)})
    with pytest.raises(SelfCheckFailed):
        check_only_edits_changed(old, same, [old_list], {})


def test_self_check_catches_a_second_run_that_changes_more() -> None:
    with pytest.raises(SelfCheckFailed):
        check_fixed_point("a\n", lambda text: text + "b\n")


def test_a_failed_self_check_leaves_the_file_untouched(monkeypatch) -> None:
    source = (
        "import keras\n"
        "a = keras.Input((1,), name='a')\nb = keras.Input((1,), name='b')\n"
        "m = keras.Model([a, b], a)\n"
    )

    def broken(text: str, options) -> str:
        return text + "# again\n"

    monkeypatch.setattr(engine, "_rerun", broken)
    result = engine.migrate_python(source, "t.py", Options(check_second_run=True))
    assert result.new_text == source
    assert result.failed
    assert [f.code for f in result.findings] == ["MKD902"]
    # without --check-second-run the second run is not made (the tests make it instead)
    plain = engine.migrate_python(source, "t.py")
    assert plain.changed and not plain.failed


def test_check_second_run_reaches_the_engine_from_the_cli_and_the_api(
    monkeypatch, tmp_path
) -> None:
    from migrate_keras_dicts import api

    source = (
        "import keras\n"
        "a = keras.Input((1,), name='a')\nb = keras.Input((1,), name='b')\n"
        "m = keras.Model([a, b], a)\n"
    )
    calls: list[str] = []
    real = engine._rerun

    def counted(text: str, options) -> str:
        calls.append(text)
        return real(text, options)

    monkeypatch.setattr(engine, "_rerun", counted)
    assert api.migrate_source(source, "t.py").changed and calls == []
    assert api.migrate_source(source, "t.py", check_second_run=True).changed
    assert len(calls) == 1
    (tmp_path / "m.py").write_text(source)
    api.migrate_paths([tmp_path], check_second_run=True)
    assert len(calls) == 2


def test_files_without_keras_are_not_parsed() -> None:
    result = engine.migrate_python("this is not python (\n", "t.py")
    assert result.new_text == "this is not python (\n" and not result.findings


def test_syntax_error_is_a_finding_not_an_exception() -> None:
    result = engine.migrate_python("import keras\nprint 'x'\nkeras.Model\n", "t.py")
    assert result.failed
    assert result.findings[0].code == "MKD901" and result.findings[0].line == 2
