"""Edited code in the file's own style (rewrite/layout.py, rewrite/imports.py, style.py).

- every golden input that ``ruff format`` leaves as it is gives an output it leaves as it
  is too (at the case's line length);
- laying out touches no line the edits did not change: the lines of the input a run removes
  are the lines the same run without a line limit removes;
- the line length comes from the nearest pyproject.toml / ruff.toml.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from migrate_keras_dicts.options import Options
from migrate_keras_dicts.pipeline import migrate_text
from migrate_keras_dicts.rewrite.layout import text_width
from migrate_keras_dicts.style import line_length

from .support import cli
from .test_golden import CASES, GOLDEN, MULTI_FILE_CASES, options_for


def _ruff() -> str:
    beside = Path(sys.executable).parent / "ruff"
    found = str(beside) if beside.exists() else shutil.which("ruff")
    if found is None:
        pytest.skip("ruff is not installed (it is in the test extra)")
    return found


def _ruff_clean(text: str, length: int) -> bool:
    done = subprocess.run(
        [_ruff(), "format", "--isolated", f"--line-length={length}", "--stdin-filename=x.py", "-"],
        input=text,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.returncode == 0 and done.stdout == text


def _cases() -> list[tuple[str, Path, Path, int]]:
    """(name, input, expected, line length) of every golden Python file."""
    found = []
    for name in CASES:
        case = GOLDEN / name
        length = options_for(case).line_length or 88
        found.append((name, case / "input.py", case / "expected.py", length))
    for name in MULTI_FILE_CASES:
        case = GOLDEN / name
        # The golden test runs a copy of input/ outside this repository: only a project
        # file inside the case counts (the repository's own pyproject.toml does not).
        own = any(any((case / "input").rglob(n)) for n in ("pyproject.toml", "ruff.toml"))
        for source in sorted((case / "input").rglob("*.py")):
            relative = source.relative_to(case / "input")
            length = line_length(source) if own else 88
            found.append((f"{name}/{relative}", source, case / "expected" / relative, length))
    return found


def test_ruff_clean_inputs_give_ruff_clean_outputs() -> None:
    clean = []
    unclean = []
    for name, source, expected, length in _cases():
        if source.read_text() == expected.read_text():
            continue
        if not _ruff_clean(source.read_text(), length):
            continue
        clean.append(name)
        if not _ruff_clean(expected.read_text(), length):
            unclean.append(name)
    assert len(clean) > 50, "golden/ should pin formatted inputs"
    assert any(name.startswith("layout_") for name in clean)
    assert not unclean, f"outputs `ruff format` would change: {unclean}"


@pytest.mark.parametrize(
    ("case", "config"),
    [("layout_tabs", 'format.indent-style="tab"'), ("layout_two_space_indent", "indent-width=2")],
)
def test_tab_and_two_space_outputs_are_ruff_clean_in_their_style(case: str, config: str) -> None:
    expected = (GOLDEN / case / "expected.py").read_text()
    done = subprocess.run(
        [_ruff(), "format", "--isolated", "--config", config, "--stdin-filename=x.py", "-"],
        input=expected,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout == expected


def _removed(old: str, new: str) -> list[int]:
    """Indexes of the lines of ``old`` that ``new`` does not keep."""
    matcher = difflib.SequenceMatcher(a=old.splitlines(), b=new.splitlines(), autojunk=False)
    kept = {block.a + k for block in matcher.get_matching_blocks() for k in range(block.size)}
    return [i for i in range(len(old.splitlines())) if i not in kept]


@pytest.mark.parametrize("name", CASES)
def test_layout_touches_only_edited_lines(name: str) -> None:
    case = GOLDEN / name
    source = (case / "input.py").read_text()
    expected = (case / "expected.py").read_text()
    if expected == source:
        return
    options = options_for(case)
    unlimited = migrate_text(source, "input.py", Options(**{**vars(options), "line_length": 10**6}))
    assert _removed(source, expected) == _removed(source, unlimited.new_text)


def test_text_width_counts_wide_characters_and_tabs() -> None:
    assert text_width("abc") == 3
    assert text_width("\tx") == 5
    assert text_width("모델") == 4


def test_line_length_from_the_nearest_project_file(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text("[tool.black]\nline-length = 100\n")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "pyproject.toml").write_text(
        "[tool.black]\nline-length = 100\n\n[tool.ruff]\nline-length = 110  # wide\n"
    )
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "ruff.toml").write_text(
        "line-length = 79\n[format]\nquote-style = 'single'\n"
    )
    (tmp_path / "c" / "d").mkdir(parents=True)
    (tmp_path / "c" / "pyproject.toml").write_text('[project]\nname = "c"\n')
    (tmp_path / "e").mkdir()
    assert line_length(tmp_path / "a" / "x.py") == 110  # ruff's before black's
    assert line_length(tmp_path / "b" / "x.py") == 79
    assert line_length(tmp_path / "c" / "d" / "x.py") == 88  # a project without either
    assert line_length(tmp_path / "e" / "x.py") == 100  # the root's
    assert line_length(tmp_path / "x.py") == 100


MODEL = """\
import keras
from keras import layers

inp = keras.Input(shape=(4,), name="inp")
low = layers.Dense(1, name="low")(inp)
high = layers.Dense(1, name="high")(inp)
model = keras.Model(inp, [low, high])
"""


def _migrate(text: str) -> str:
    result = migrate_text(text, "x.py")
    assert not result.failed, result.findings
    return result.new_text


def test_unpacking_in_a_class_body_keeps_itemgetter() -> None:
    text = MODEL + "\n\nclass Report:\n    low_pred, high_pred = model.predict(x)\n"
    new = _migrate(text)
    assert 'low_pred, high_pred = operator.itemgetter("low", "high")(model.predict(x))' in new
    assert new.count("import operator") == 1


def test_unpacking_in_a_function_becomes_two_statements() -> None:
    text = MODEL + "\n\ndef report(x):\n    low_pred, high_pred = model.predict(x)  # both\n"
    new = _migrate(text)
    assert (
        "    predictions = model.predict(x)  # both\n"
        '    low_pred, high_pred = predictions["low"], predictions["high"]\n'
    ) in new
    assert "operator" not in new


def test_code_that_reads_its_locals_keeps_itemgetter() -> None:
    text = MODEL + "low_pred, high_pred = model.predict(x)\nprint(locals())\n"
    assert "operator.itemgetter" in _migrate(text)


LOOP = "for head in model.predict(x):\n    print(head)\n"


def test_import_operator_goes_after_the_last_import_before_the_use() -> None:
    text = '"""Doc."""\n\nfrom __future__ import annotations\n\n' + MODEL + LOOP
    new = _migrate(text)
    assert new.startswith(
        '"""Doc."""\n\nfrom __future__ import annotations\n\nimport keras\n'
        "from keras import layers\nimport operator\n\ninp ="
    )


def test_import_operator_after_the_docstring_when_no_import_comes_first() -> None:
    show = "def show(x):\n    for head in model.predict(x):\n        print(head)\n\n\n"
    text = '"""Doc."""\n\nfrom __future__ import annotations\n\n' + show + MODEL
    new = _migrate(text)
    assert new.startswith(
        '"""Doc."""\n\nfrom __future__ import annotations\n\nimport operator\n\ndef show'
    )


def test_import_operator_in_a_stdlib_block_keeps_its_comments_above() -> None:
    text = "# standard library\nimport sys\n\n" + MODEL + LOOP
    new = _migrate(text)
    assert new.startswith("# standard library\nimport operator\nimport sys\n\nimport keras\n")


def test_line_length_flag_overrides_the_project(tmp_path: Path) -> None:
    """``--line-length`` wins over pyproject.toml's, for the edited lines only."""
    (tmp_path / "pyproject.toml").write_text("[tool.ruff]\nline-length = 120\n")
    (tmp_path / "m.py").write_text(MODEL + 'model.compile(loss=["mse", "binary_crossentropy"])\n')
    wide = cli("m.py", "--diff", "-q", cwd=tmp_path).stdout
    narrow = cli("m.py", "--diff", "-q", "--line-length", "40", cwd=tmp_path).stdout
    assert '+model = keras.Model(inp, {"low": low, "high": high})' in wide
    added = [line[1:] for line in narrow.splitlines() if line[:1] == "+" and line[:3] != "+++"]
    assert added[:3] == ["model = keras.Model(", '    inp, {"low": low, "high": high}', ")"]
    assert max(map(len, added)) <= 40


HAND_ALIGNED = MODEL + (
    "history = model.fit(train_features, [train_low_targets, train_high], epochs = 20,\n"
    "                    validation_data = (valid, [valid_low, valid_high]))\n"
)


def test_hand_aligned_call_breaks_before_the_argument_that_no_longer_fits() -> None:
    """The author's alignment kept: the overflow goes on at the first argument's column."""
    new = _migrate(HAND_ALIGNED)
    assert new.endswith(
        'history = model.fit(train_features, {"low": train_low_targets, "high": train_high},\n'
        "                    epochs = 20,\n"
        '                    validation_data = (valid, {"low": valid_low, "high": valid_high}))\n'
    )
    assert _migrate(new) == new


def test_hand_aligned_item_too_long_alone_is_aligned_after_its_bracket() -> None:
    text = HAND_ALIGNED.replace("train_low_targets", "train_low_targets_with_a_long_name_")
    text = text.replace("train_high]", "train_high_targets]")
    new = _migrate(text)
    assert new.endswith(
        'history = model.fit(train_features, {"low": train_low_targets_with_a_long_name_,\n'
        '                                     "high": train_high_targets}, epochs = 20,\n'
        '                    validation_data = (valid, {"low": valid_low, "high": valid_high}))\n'
    )
    assert max(map(text_width, new.splitlines()[-3:])) <= 88


def test_inner_bracket_is_aligned_when_the_outer_one_would_not_fit() -> None:
    text = MODEL + (
        "history = model.fit(train, [low_y, high_y],\n"
        "          validation_data=(valid_features_array,"
        " [valid_low_targets_array, valid_high_targets_array]))\n"
    )
    new = _migrate(text)
    assert new.endswith(
        "          validation_data=(valid_features_array, {"
        '"low": valid_low_targets_array,\n' + " " * 50 + '"high": valid_high_targets_array}))\n'
    )


def test_hand_aligned_tuple_items_go_under_the_first_item() -> None:
    """A tuple's position leaves out its parentheses: its items still align under the first."""
    text = MODEL + (
        "history = model.fit(train, [low_y, high_y], epochs=2,\n"
        "                    validation_data=(valid_features_with_a_much_longer_name,"
        " [valid_low, valid_high]))\n"
    )
    new = _migrate(text)
    assert new.endswith(
        "                    validation_data=(valid_features_with_a_much_longer_name,\n"
        + " " * 37
        + '{"low": valid_low, "high": valid_high}))\n'
    )
