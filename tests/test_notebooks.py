"""Notebooks: the code cells migrate as one module, IPython syntax is masked and put back,
and the JSON text changes only where a cell's source changed."""

from __future__ import annotations

import ast
import difflib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from migrate_keras_dicts.engine import migrate_python
from migrate_keras_dicts.findings import location
from migrate_keras_dicts.formats.notebook import (
    MAGIC_CALL,
    Notebook,
    NotebookError,
    NotPythonNotebook,
    load_notebook,
    mask_cell,
)
from migrate_keras_dicts.pipeline import migrate_text

NOTEBOOKS = Path(__file__).resolve().parent / "notebooks"
FIXTURES = ["jupyter_model.ipynb", "colab_model.ipynb", "magics.ipynb"]


def read(name: str) -> str:
    return (NOTEBOOKS / name).read_text(encoding="utf-8")


def migrate(nb: Notebook, path: str = "nb.ipynb") -> tuple[str, Any]:
    result = migrate_python(nb.module_source, path)
    assert not result.failed, [f.render() for f in result.findings]
    return nb.apply(result.new_text), result


def sources(data: dict[str, Any]) -> dict[int, str]:
    """Cell number -> source text, for every cell."""
    out = {}
    for number, cell in enumerate(data["cells"], 1):
        raw = cell.get("source", "")
        out[number] = "".join(raw) if isinstance(raw, list) else raw
    return out


def assert_only_sources_changed(old_text: str, new_text: str, layout_kwargs: dict) -> set[int]:
    """Every byte outside the changed cells' ``source`` values is the same; returns the
    changed cell numbers."""
    old, new = json.loads(old_text), json.loads(new_text)
    old_sources, new_sources = sources(old), sources(new)
    changed = {n for n in old_sources if old_sources[n] != new_sources[n]}
    # The JSON data: the old notebook with the changed sources put back is the new one.
    expected = json.loads(old_text)
    for n in changed:
        cell = expected["cells"][n - 1]
        src = new_sources[n]
        cell["source"] = src.splitlines(True) if isinstance(cell["source"], list) else src
    assert new == expected
    # The text: the same layout, and the differing lines are lines of changed sources only.
    trailer = "\n" if old_text.endswith("\n") else ""
    assert json.dumps(new, **layout_kwargs) + trailer == new_text
    ascii_ = layout_kwargs.get("ensure_ascii", True)
    allowed_old = {
        json.dumps(line, ensure_ascii=ascii_)
        for n in changed
        for line in old_sources[n].splitlines(True)
    }
    allowed_new = {
        json.dumps(line, ensure_ascii=ascii_)
        for n in changed
        for line in new_sources[n].splitlines(True)
    }
    old_lines, new_lines = old_text.splitlines(), new_text.splitlines()
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        for line in old_lines[i1:i2]:
            assert line.strip().rstrip(",") in allowed_old, line
        for line in new_lines[j1:j2]:
            assert line.strip().rstrip(",") in allowed_new, line
    return changed


JUPYTER = {"indent": 1, "sort_keys": True, "ensure_ascii": False}
COLAB = {"indent": 2, "ensure_ascii": True}


# -- fixtures round-trip ---------------------------------------------------------------------


@pytest.mark.parametrize("name", FIXTURES)
def test_unchanged_notebook_round_trips_byte_for_byte(name: str) -> None:
    text = read(name)
    nb = load_notebook(text)
    assert nb.apply(nb.module_source) == text
    assert nb.cell_diffs(nb.module_source) == []
    assert nb.layout is not None
    assert nb.layout.dumps(nb.data) == text
    ast.parse(nb.module_source)


def test_layouts_are_detected() -> None:
    jupyter = load_notebook(read("jupyter_model.ipynb")).layout
    colab = load_notebook(read("colab_model.ipynb")).layout
    assert jupyter is not None and colab is not None
    assert (jupyter.indent, jupyter.ensure_ascii, jupyter.final_newline) == (1, False, True)
    assert (colab.indent, colab.ensure_ascii, colab.final_newline) == (2, True, False)


# -- a model across cells ---------------------------------------------------------------------


def test_jupyter_model_built_in_one_cell_fitted_in_another() -> None:
    text = read("jupyter_model.ipynb")
    nb = load_notebook(text)
    new_text, result = migrate(nb)
    assert result.models_migrated == 1
    changed = assert_only_sources_changed(text, new_text, JUPYTER)
    # build, compile, fit, predict; not the imports, the data or markdown cells
    assert changed == {3, 6, 7, 8}
    new = sources(json.loads(new_text))
    assert new[2] == "import keras\nfrom keras import layers\nimport numpy as np"
    assert 'outputs={"age": age, "gender": gender}' in new[3]
    assert new[3].endswith(")")
    assert new[7].startswith('history = model.fit(\n    {"a": xa, "inp_b": xb}, {"age": y_age')
    assert new[8].startswith(
        'predictions = model.predict({"a": xa, "inp_b": xb})\n'
        'age_pred, gender_pred = predictions["age"], predictions["gender"]\n'
    )
    assert [n for n, _, _ in nb.cell_diffs(result.new_text)] == [3, 6, 7, 8]
    # Applying the migrated notebook again changes nothing.
    again = load_notebook(new_text)
    assert migrate_python(again.module_source, "nb.ipynb").new_text == again.module_source


def test_colab_layout_kept() -> None:
    text = read("colab_model.ipynb")
    nb = load_notebook(text)
    new_text, result = migrate(nb)
    assert result.models_migrated == 1
    changed = assert_only_sources_changed(text, new_text, COLAB)
    assert changed == {3, 5, 6}
    assert not new_text.endswith("\n")
    assert new_text.startswith('{\n  "nbformat": 4,\n  "nbformat_minor": 0,\n  "metadata": {')
    assert "prix estim\\u00e9" in new_text and "estimé" not in new_text
    cell = json.loads(new_text)["cells"][2]
    assert list(cell) == ["cell_type", "source", "metadata", "execution_count", "outputs"]
    assert cell["metadata"] == {"id": "bu1ldM0dEl3"}
    assert sources(json.loads(new_text))[6].startswith(
        'preds = net.predict(x)\nprint(preds["price"]'
    )


def test_string_sources_and_crlf_json_kept() -> None:
    data = json.loads(read("jupyter_model.ipynb"))
    for cell in data["cells"]:
        cell["source"] = "".join(cell["source"])
    text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False).replace("\n", "\r\n")
    nb = load_notebook(text)
    assert nb.layout is not None and nb.layout.newline == "\r\n"
    new_text, _ = migrate(nb)
    new = json.loads(new_text)
    assert all(isinstance(c["source"], str) for c in new["cells"])
    assert "\n" not in new_text.replace("\r\n", "")
    assert new_text.count("\r\n") == text.count("\r\n")
    assert 'predictions["age"]' in sources(new)[8]


# -- magics ----------------------------------------------------------------------------------


def test_magics_masked_and_time_fit_refused() -> None:
    text = read("magics.ipynb")
    nb = load_notebook(text)
    ast.parse(nb.module_source)
    new_text, result = migrate(nb)
    assert result.models_migrated == 1 and result.models_refused == 1
    [refusal] = [f for f in result.findings if f.code == "MKD106"]
    assert "`model`" in refusal.message
    # Reported on the `%time model.fit(...)` line, at `model` in the original line.
    assert nb.position(refusal.line, refusal.column) == (7, 2, len("%time ") + 1)
    assert nb.position(refusal.line, 1) == (7, 2, 1)  # the call itself: the magic's start
    changed = assert_only_sources_changed(text, new_text, JUPYTER)
    assert changed == {5, 8}  # clf's cells; the refused model's cells and the magics stay
    new = sources(json.loads(new_text))
    assert new[8] == (
        'clf.compile(loss={"score": "mse", "label": "binary_crossentropy"})\n'
        "for epoch in range(2):\n"
        "    !echo epoch {epoch}\n"
        '    clf.fit({"x_in": xa, "z_in": xb}, {"score": ya, "label": yb}, epochs=1)\n'
    )


def test_magic_cells_in_the_module() -> None:
    nb = load_notebook(read("magics.ipynb"))
    module = nb.module_source
    assert "%" not in module.replace("%%", "") and "!" not in module
    assert f"{MAGIC_CALL}(time)\na_in = keras.Input(" in module  # %%time body kept
    assert f'{MAGIC_CALL}(bash)\n#echo "training the model"\n#ls -la | head -3\n' in module
    assert f"files = {MAGIC_CALL}(ls)\n" in module
    assert f"    {MAGIC_CALL}(echo, epoch)\n" in module


@pytest.mark.parametrize(
    ("line", "masked"),
    [
        ("%matplotlib inline", f"{MAGIC_CALL}(matplotlib, inline)"),
        ("!pip install keras", f"{MAGIC_CALL}(pip, install, keras)"),
        ("x = !ls", f"x = {MAGIC_CALL}(ls)"),
        ("a, b = %sx ls {path}", f"a, b = {MAGIC_CALL}(sx, ls, path)"),
        ("%time model.fit([a, b], y)", f"{MAGIC_CALL}(time, model, fit, a, b, y)"),
        ("    !echo {f}", f"{MAGIC_CALL}(echo, f)"),  # IPython strips a cell's leading indent
        ("obj?", f"{MAGIC_CALL}(obj)"),
        ("model.fit??", f"{MAGIC_CALL}(model, fit)"),
        ("?model", f"{MAGIC_CALL}(model)"),
        ("%time for i in range(3): f(i)", f"{MAGIC_CALL}(time, i, range, f)"),
        (
            '%time out = Dense(1, name="x")(h)',
            f"{MAGIC_CALL}(time, out, Dense, x, h, name={MAGIC_CALL})",
        ),
        ("x = 1", "x = 1"),
    ],
)
def test_line_masking(line: str, masked: str) -> None:
    cell = mask_cell(line + "\n")
    assert cell.masked_lines == [masked + "\n"]
    ast.parse(cell.text.strip())


def test_plain_python_is_never_masked() -> None:
    files = sorted((Path(__file__).resolve().parent.parent / "golden").glob("*/*.py"))
    files += sorted(Path(__file__).resolve().parent.parent.glob("migrate_keras_dicts/**/*.py"))
    assert len(files) > 100
    for path in files:
        cell = mask_cell(path.read_text(encoding="utf-8"))
        assert cell.masked == frozenset(), path


def test_magic_looking_lines_inside_strings_and_brackets_are_python() -> None:
    source = "s = '''\n%not a magic\n!nor this\n'''\nf(a,\n  b)?\n"
    cell = mask_cell(source)
    assert cell.masked_lines[:5] == source.splitlines(True)[:5]
    assert cell.masked == frozenset()  # `  b)?` continues f(...): IPython would not see help


def test_backslash_continued_magic_is_one_placeholder() -> None:
    cell = mask_cell("!pip install \\\n    keras jax\nx = 1\n")
    assert cell.masked_lines == [
        f"{MAGIC_CALL}(pip, install, keras, jax)\n",
        "#    keras jax\n",
        "x = 1\n",
    ]


@pytest.mark.parametrize(
    ("source", "body_kept"),
    [
        ("%%time\nmodel.fit(x)\n", True),
        ("\n%%capture out\nmodel.fit(x)", True),
        ("%%bash\necho model\n", False),
        ("%%writefile train.py\nmodel.fit(x)\n", False),
    ],
)
def test_cell_magics(source: str, body_kept: bool) -> None:
    cell = mask_cell(source)
    [body] = [line for line in cell.masked_lines if "fit" in line or "echo" in line]
    assert body.startswith("#") == (not body_kept)
    ast.parse(cell.text)


def test_unknown_cell_magic_mentions_every_name_of_the_cell() -> None:
    cell = mask_cell("%%prun_remote -s\nmodel.fit(x)\n")
    assert cell.masked_lines == [
        f"{MAGIC_CALL}(prun_remote, s, model, fit, x)\n",
        "#model.fit(x)\n",
    ]
    # ... so a model used by an unknown cell magic is refused, not migrated without that use
    data = json.loads(read("jupyter_model.ipynb"))
    data["cells"].append(
        {
            "cell_type": "code",
            "execution_count": None,
            "id": "x",
            "metadata": {},
            "outputs": [],
            "source": ["%%px\n", "model.evaluate([xa, xb], [y_age, y_gender])"],
        }
    )
    nb = load_notebook(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    result = migrate_python(nb.module_source, "nb.ipynb")
    assert result.models_migrated == 0 and not result.changed
    assert any(f.code == "MKD106" for f in result.findings)


def test_name_in_a_magic_blocks_name_additions() -> None:
    data = json.loads(read("jupyter_model.ipynb"))
    data["cells"][4]["source"].append('\n%time extra = layers.Dense(1, name="inp_b")(h)')
    text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    outcome = migrate_text(text, "nb.ipynb")
    assert not outcome.changed
    [blocked, *_] = [f for f in outcome.findings if f.code == "MKD104"]
    # The module line in the message is given as a cell line.
    assert "(cell 5 line 7)" in blocked.message
    assert (blocked.path, blocked.cell) == ("nb.ipynb", 3)
    assert blocked.render().startswith("nb.ipynb:cell 3:6:")  # at the Model call


def test_migrate_notebook_end_to_end() -> None:
    text = read("jupyter_model.ipynb")
    outcome = migrate_text(text, "nb.ipynb")
    assert outcome.changed and not outcome.failed and outcome.models_migrated == 1
    nb = load_notebook(text)
    assert outcome.new_text == nb.apply(migrate_python(nb.module_source, "nb.ipynb").new_text)
    assert [n for n, _, _ in outcome.cell_diffs] == [3, 6, 7, 8]
    rendered = [f.render() for f in outcome.findings]
    assert "nb.ipynb:cell 3:2:9: MKD002 Input named 'inp_b'" in rendered
    assert all(line.startswith("nb.ipynb:cell ") for line in rendered)


def test_syntax_error_is_located_in_its_cell() -> None:
    data = json.loads(read("jupyter_model.ipynb"))
    data["cells"][5]["source"][2] = "    loss_weights=[1.0, 0.5]\n"  # a comma lost
    text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    outcome = migrate_text(text, "nb.ipynb")
    assert outcome.failed and outcome.new_text == text
    [error] = outcome.findings
    assert error.code == "MKD901" and (error.path, error.cell) == ("nb.ipynb", 6)
    assert error.line in (2, 3)


def test_write_back_problem_leaves_the_notebook_as_it_was() -> None:
    data = json.loads(read("jupyter_model.ipynb"))
    data["metadata"]["epsilon"] = 1e-7
    text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False).replace("1e-07", "1e-7")
    outcome = migrate_text(text + "\n", "nb.ipynb")
    assert outcome.failed and not outcome.changed
    assert outcome.findings[-1].code == "MKD902"
    assert "layout not recognised" in outcome.findings[-1].message


# -- writing back refuses what it cannot do exactly -----------------------------------------


def test_edited_masked_line_is_an_error() -> None:
    nb = load_notebook(read("magics.ipynb"))
    edited = nb.module_source.replace(f"files = {MAGIC_CALL}(ls)", f"files = {MAGIC_CALL}(ls, x)")
    with pytest.raises(NotebookError, match="edited a masked IPython line"):
        nb.apply(edited)
    copied = nb.module_source.replace(
        "    clf.fit(", f"    {MAGIC_CALL}(echo, epoch)\n    clf.fit("
    )
    with pytest.raises(NotebookError, match="copied a masked IPython line"):
        nb.apply(copied)


def test_lost_or_moved_marker_is_an_error() -> None:
    nb = load_notebook(read("jupyter_model.ipynb"))
    with pytest.raises(NotebookError, match="marker"):
        nb.apply(nb.module_source.replace("# <mkd-cell 6>\n", ""))
    with pytest.raises(NotebookError, match="marker"):
        nb.apply(nb.module_source.replace("# <mkd-cell 6>", "# <mkd-cell 7>", 1))


def test_text_above_the_first_marker_goes_to_the_first_code_cell() -> None:
    nb = load_notebook(read("jupyter_model.ipynb"))
    new = sources(json.loads(nb.apply("import operator\n" + nb.module_source)))
    assert new[2] == "import operator\nimport keras\nfrom keras import layers\nimport numpy as np"


def test_marker_text_in_a_cell_gets_another_marker() -> None:
    data = json.loads(read("jupyter_model.ipynb"))
    data["cells"][1]["source"].append("\n# <mkd-cell 3>")
    # read whole in an expression: only ``operator.itemgetter`` fits, and it needs an import
    data["cells"][7]["source"] = ["print(model.predict([xa, xb]))"]
    nb = load_notebook(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    assert "# <mkd-cell-1 3>" in nb.module_source
    new_text, _ = migrate(nb)
    # The import goes after the cell's last import, above the comment that ends the cell.
    assert sources(json.loads(new_text))[2].endswith("import operator\n# <mkd-cell 3>")


@pytest.mark.parametrize(
    "text",
    [
        # a float json.dumps writes as 1e-05
        '{"cells": [{"cell_type": "code", "source": "x = 1", "metadata": {"t": 1e-5}}], '
        '"metadata": {}, "nbformat": 4, "nbformat_minor": 5}',
        # irregular spacing
        '{"cells":[{"cell_type": "code", "source": "x = 1", "metadata": {}}], '
        '"metadata": {}, "nbformat": 4, "nbformat_minor": 5}',
        # a duplicate key
        '{"cells": [{"cell_type": "code", "source": "x = 1", "metadata": {}}], '
        '"metadata": {}, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}',
    ],
)
def test_unrecognised_layout_is_not_rewritten(text: str) -> None:
    nb = load_notebook(text)
    assert nb.layout is None
    assert nb.apply(nb.module_source) == text  # unchanged: still byte-for-byte
    with pytest.raises(NotebookError, match="layout not recognised; not rewritten"):
        nb.apply(nb.module_source.replace("x = 1", "x = 2"))


# -- reading ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (read("truncated.ipynb"), "invalid JSON"),
        ("", "invalid JSON"),
        (read("nbformat3.ipynb"), "nbformat 3 is not supported"),
        ("[1, 2]", "not an object"),
        ('{"nbformat": 4, "metadata": {}}', "no 'cells' list"),
        ('{"cells": []}', "no integer 'nbformat'"),
        ('{"nbformat": 4, "cells": [{"cell_type": "code", "source": 3}]}', "cell 1: source"),
        ('{"nbformat": 4, "cells": ["x"]}', "cell 1 is not a JSON object"),
    ],
)
def test_bad_notebooks_raise_one_line(text: str, words: str) -> None:
    with pytest.raises(NotebookError, match=re.escape(words)) as caught:
        load_notebook(text)
    assert "\n" not in str(caught.value)


def test_other_kernel_languages_are_not_python() -> None:
    text = '{"nbformat": 4, "cells": [], "metadata": {"kernelspec": {"language": "R"}}}'
    with pytest.raises(NotPythonNotebook, match="'R'"):
        load_notebook(text)


def test_locate_maps_every_module_line() -> None:
    nb = load_notebook(read("magics.ipynb"))
    data = json.loads(nb.text)
    expected: list[tuple[int, int]] = []
    for number, cell in enumerate(data["cells"], 1):
        if cell["cell_type"] == "code":
            lines = "".join(cell["source"]).splitlines() or [""]
            expected.append((number, 1))  # the marker line
            expected.extend((number, i) for i in range(1, len(lines) + 1))
    assert len(expected) == len(nb.module_source.splitlines())
    assert [nb.locate(line) for line in range(1, len(expected) + 1)] == expected
    module = nb.module_source.splitlines()
    compile_cell = next(c for c in nb.cells if c.number == 7)
    assert module[compile_cell.first_line - 1] == 'model.compile(loss=["mse", "mae"])'
    fit_line = next(
        i for i, line in enumerate(module, 1) if line.startswith(f"{MAGIC_CALL}(time, model")
    )
    assert nb.locate(fit_line) == (7, 2)
    cell, line, column = nb.position(fit_line, 1)
    assert location("m.ipynb", line, column, cell) == "m.ipynb:cell 7:2:1"


# -- properties ------------------------------------------------------------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
PY_LINES = st.sampled_from(
    [
        "x = 1\n",
        "model.fit([a, b], y)\n",
        "s = 'café — ☕'\n",
        "%time f(x)\n",
        "%matplotlib inline\n",
        "!pip install keras\n",
        "y = !ls {d}\n",
        "obj?\n",
        'print("a = !b")\n',
        "t = '''\n%not a magic\n'''\n",
        "f(a,\n  b)\n",
        "for i in range(2):\n    !echo {i}\n    g(i)\n",
        "# a comment?\n",
        "\n",
        "   \n",
        "x = 1 \\\n    + 2\n",
    ]
)
CELL_MAGIC = st.sampled_from(
    ["", "", "%%time\n", "%%capture c\n", "%%bash\n", "%%writefile a.py\n"]
)


@st.composite
def python_sources(draw: st.DrawFn) -> str:
    body = draw(CELL_MAGIC) + "".join(draw(st.lists(PY_LINES, max_size=6)))
    if draw(st.booleans()):
        body = body.rstrip("\n")
    return body


ANY_SOURCE = st.one_of(
    python_sources(),
    TEXT,
    st.lists(st.sampled_from(["a", "\n", "\r", "\r\n", "%", "!x", "?"]), max_size=8).map("".join),
)


@st.composite
def notebooks(draw: st.DrawFn, source: st.SearchStrategy[str] = ANY_SOURCE) -> str:
    cells = []
    for i in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(["code", "code", "markdown", "raw"]))
        text = draw(source if kind == "code" else TEXT)
        as_list = draw(st.booleans())
        cell: dict[str, Any] = {"cell_type": kind, "id": f"c{i}", "metadata": {}}
        if kind == "code":
            cell["execution_count"] = draw(st.none() | st.integers(1, 99))
            cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": [draw(TEXT)]}]
        cell["source"] = text.splitlines(True) if as_list else text
        cells.append(cell)
    data = {
        "cells": cells,
        "metadata": {"kernelspec": {"language": "python", "name": "python3"}, "note": draw(TEXT)},
        "nbformat": 4,
        "nbformat_minor": draw(st.integers(0, 5)),
    }
    indent = draw(st.sampled_from([1, 2, 4, 0, None, "\t"]))
    separators = draw(st.sampled_from([None, (",", ":")])) if indent is None else None
    text = json.dumps(
        data,
        indent=indent,
        separators=separators,
        ensure_ascii=draw(st.booleans()),
        sort_keys=draw(st.booleans()),
    )
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return text.replace("\n", newline) + draw(st.sampled_from(["", newline]))


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(notebooks())
def test_unchanged_module_gives_the_original_text(text: str) -> None:
    nb = load_notebook(text)
    assert nb.apply(nb.module_source) == text
    assert nb.layout is not None and nb.layout.dumps(nb.data) == text


@SETTINGS
@given(notebooks(source=python_sources()))
def test_masked_module_parses(text: str) -> None:
    ast.parse(load_notebook(text).module_source)


@SETTINGS
@given(ANY_SOURCE)
def test_masking_keeps_lines_and_endings(source: str) -> None:
    cell = mask_cell(source)
    assert "".join(cell.lines) == source
    assert len(cell.masked_lines) == len(cell.lines)
    for i, (old, new) in enumerate(zip(cell.lines, cell.masked_lines, strict=True)):
        ending = re.search(r"(\r\n|\r|\n)?\Z", old).group()  # type: ignore[union-attr]
        assert new.endswith(ending) and not re.search(r"[\r\n]", new[: len(new) - len(ending)])
        if i not in cell.masked:  # only IPython's leading indent may be gone
            assert old == (cell.indent + new if old.startswith(cell.indent) else new)


@SETTINGS
@given(notebooks(), st.data())
def test_an_edit_changes_that_cell_only(text: str, data: st.DataObject) -> None:
    nb = load_notebook(text)
    plain = [c for c in nb.cells if c.masked.cell_magic is None]  # a magic stays first
    if not plain:
        return
    cell = data.draw(st.sampled_from(plain))
    marker = nb.marker(cell.number) + "\n"
    assert nb.module_source.count(marker) == 1
    new_text = nb.apply(nb.module_source.replace(marker, marker + "edited = 1\n"))
    old = cell.source
    # A cell IPython dedents gets its indent back on every line, the added one too.
    expected = cell.masked.indent + "edited = 1\n" + old
    core = old.rstrip(" \t\f\v\r\n")
    expected = expected.rstrip(" \t\f\v\r\n") + old[len(core) :]
    new_data = json.loads(new_text)
    want = json.loads(text)
    target = want["cells"][cell.number - 1]
    target["source"] = expected.splitlines(True) if isinstance(target["source"], list) else expected
    assert new_data == want
    assert nb.layout is not None and new_text == nb.layout.dumps(want)
    assert load_notebook(new_text).layout == nb.layout


def test_a_line_added_above_a_cell_magic_moves_to_the_first_plain_cell() -> None:
    cells = [
        {
            "cell_type": "code",
            "execution_count": None,
            "metadata": {},
            "outputs": [],
            "source": ["%%bash\n", "echo hi"],
        },
        {
            "cell_type": "code",
            "execution_count": None,
            "metadata": {},
            "outputs": [],
            "source": ["x = 1"],
        },
    ]
    text = (
        json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1)
        + "\n"
    )
    nb = load_notebook(text)
    marker = nb.marker(1) + "\n"
    new = json.loads(nb.apply(nb.module_source.replace(marker, marker + "import operator\n")))
    assert new["cells"][0]["source"] == ["%%bash\n", "echo hi"]
    assert new["cells"][1]["source"] == ["import operator\n", "x = 1"]


def test_a_cell_indented_as_a_whole_is_dedented_as_ipython_does() -> None:
    """IPython's leading_indent: the first line's indent goes from every line that has it;
    lines the migration writes get it back."""
    cell = mask_cell("\n  x = [a,\n  b]\n  if x:\n      y = 1\n")
    assert cell.masked_lines == ["\n", "x = [a,\n", "b]\n", "if x:\n", "    y = 1\n"]
    assert cell.indent == "  "
    assert cell.lines[1] == "  x = [a,\n"


def test_a_line_added_to_a_dedented_cell_gets_its_indent() -> None:
    """IPython runs a cell whose lines all start with one indent as if they did not; a line
    the tool adds there (an import) takes the same indent, so the cell still runs."""
    cell = {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None}
    text = json.dumps({"cells": [{**cell, "source": "\t0"}], "metadata": {}, "nbformat": 4})
    nb = load_notebook(text)
    marker = nb.marker(1) + "\n"
    new = nb.apply(nb.module_source.replace(marker, marker + "edited = 1\n"))
    assert json.loads(new)["cells"][0]["source"] == "\tedited = 1\n\t0"


def test_line_references_are_placed_in_cells_and_quoted_code_is_not() -> None:
    """A finding names other module lines through ``line_ref``; in a notebook each becomes
    ``cell N line L``, while text that only looks like one (quoted code) stays as it is."""
    from migrate_keras_dicts.findings import Finding, line_ref
    from migrate_keras_dicts.formats.notebook import NotebookModule, load_notebook
    from migrate_keras_dicts.result import FileResult

    cells = [
        {"cell_type": "code", "metadata": {}, "source": "a = 1\n", "outputs": []},
        {"cell_type": "code", "metadata": {}, "source": "b = 'see line 1'\nc = 3\n"},
    ]
    text = json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": cells})
    module = NotebookModule(load_notebook(text))
    c_line = module.text.splitlines().index("c = 3") + 1  # the module line of `c = 3`
    finding = Finding("MKD106", f"`b = 'see line 1'` and {line_ref(c_line)}", 1, 1, "nb.ipynb")
    placed = module.place(FileResult("nb.ipynb", module.text, module.text, (finding,)))
    (moved,) = placed.findings
    assert moved.message == "`b = 'see line 1'` and cell 2 line 2"
    assert (moved.path, moved.cell) == ("nb.ipynb", 1)
