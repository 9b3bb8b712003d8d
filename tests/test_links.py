"""Which texts link to another module's module-level model: imports and code run into the
namespace only (``linked.mentions``)."""

from __future__ import annotations

import json

import pytest

from migrate_keras_dicts.linked import mentions, snippet_exports

MODEL = "value:model"


@pytest.mark.parametrize(
    "text",
    [
        "from build import model\nmodel.fit(x, y)\n",
        "import build as b\nb.model.fit(x, y)\n",
        "from build import *\nmodel.fit(x, y)\n",
        "exec(open('build.py').read())\nmodel.fit(x, y)\n",
        "import runpy\nrunpy.run_path('build.py')\nmodel.fit(x, y)\n",
        "get_ipython().run_line_magic('run', 'build.py')\nmodel.fit(x, y)\n",
    ],
)
def test_an_import_or_code_run_here_links(text: str) -> None:
    assert mentions(text, MODEL, "build")


@pytest.mark.parametrize(
    "text",
    [
        "print(self.model, search.best_estimator_.model)\n",
        "PATH = './model/xgb.model'  # see foo.model\n",
        "model = make()\nmodel.fit(x, y)\n",
    ],
)
def test_an_unbound_read_is_no_link(text: str) -> None:
    assert not mentions(text, MODEL, "build")


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("model.compile(optimizer='adam', loss=['mse', 'mae'])\n", True),
        ("model.fit(x, y)\nmodel.save_weights('w.h5')\n", True),
        ("print(model)\n", False),  # not used as a model
        ("print(self.model.fit)\n", False),
        ("model = make()\nmodel.fit(x, y)\n", False),  # its own model
    ],
)
def test_a_session_snippet_links_when_it_may_run_after_the_exporter(text: str, links: bool) -> None:
    """A model method called on the unbound name links when the caller says snippets may
    run after the exporter (one exporter of the name, or a file of the run that runs other
    files' code); unrelated scripts that each build a ``model`` do not."""
    assert mentions(text, MODEL, "build", snippets=True) is links
    assert not mentions(text, MODEL, "build", snippets=False)


def test_snippets_link_to_a_sole_exporter_or_when_code_is_run() -> None:
    exports = ["value:model", "value:model", "value:modelA", "call:build"]
    assert snippet_exports(exports, runs_code=False) == frozenset({"value:modelA"})
    assert snippet_exports(exports, runs_code=True) is None


def test_a_notebook_that_imports_or_runs_the_file_links() -> None:
    def notebook(*sources: str) -> str:
        cells = [{"cell_type": "code", "source": s, "metadata": {}} for s in sources]
        return json.dumps({"cells": cells, "nbformat": 4, "metadata": {}})

    assert mentions(notebook("%run build.py", "model.fit(x, y)"), MODEL, "build")
    # The JSON is a Python expression too: the cells are read, not the JSON.
    assert mentions(notebook("from build import model", "model.fit(x, y)"), MODEL, "build")
    # A session snippet: the unbound model's method links it (to every exporter of `model`).
    assert mentions(notebook("model.fit(x, y)"), MODEL, "build")
    assert not mentions(notebook("print(model)"), MODEL, "build")


def test_a_notebook_importing_a_module_model_blocks_it(tmp_path, monkeypatch) -> None:
    """End to end: the notebook's list calls would reach the dict model, so the builder's
    file is refused (MKD122) and nothing is rewritten."""
    from pathlib import Path

    from migrate_keras_dicts.runner import RunConfig, link_across_files, process_file

    golden = Path(__file__).resolve().parent.parent / "golden"
    build = golden / "xfile_refuse_session_snippet" / "input" / "build.py"
    (tmp_path / "build.py").write_text(build.read_text())
    cells = ["from build import model\n", "model.fit([xa, xb], [y1, y2])\n"]
    notebook = {
        "cells": [
            {
                "cell_type": "code",
                "source": s,
                "metadata": {},
                "outputs": [],
                "execution_count": None,
            }
            for s in cells
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    (tmp_path / "train.ipynb").write_text(json.dumps(notebook, indent=1) + "\n")
    monkeypatch.chdir(tmp_path)
    outcomes = [process_file(Path(p), RunConfig()) for p in ("build.py", "train.ipynb")]
    outcomes = link_across_files(outcomes, Path("."), RunConfig())
    codes = [f.code for f in outcomes[0].findings]
    assert codes == ["MKD122"]
    assert not outcomes[0].changed


RUNS_CODE_SPELLINGS = [
    ("exec(open('build.py').read())", True),
    ("eval(compile(src, 'f', 'exec'))", True),
    ("execfile('build.py')", True),
    ("builtins.exec(code)", True),
    ("runpy.run_path('build.py')", True),
    ("runpy.run_module('pkg.build')", True),
    ("get_ipython().run_line_magic('run', 'build.py')", True),
    ("get_ipython().magic('run build.py')", True),
    ("get_ipython().run_cell(src)", True),
    ("mse.eval()", False),  # a TF1 tensor's method, not the builtin
    ("frame.eval('a + b')", False),
    ("model.evaluate(x, y)", False),
]


@pytest.mark.parametrize(("code", "runs"), RUNS_CODE_SPELLINGS)
def test_the_text_check_finds_every_call_that_runs_code(code: str, runs: bool) -> None:
    """The runner asks the text of every file (sources.runs_code_text); the cross-file pass
    asks the tree (linked._runs_code). The text check must never miss what the tree counts."""
    import ast

    from migrate_keras_dicts.linked import _runs_code
    from migrate_keras_dicts.sources import runs_code_text

    call = ast.parse(code).body[0].value  # type: ignore[attr-defined]
    assert _runs_code(call) is runs
    if runs:
        assert runs_code_text(code)
    else:
        assert not runs_code_text(code)


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("from trainer import Trainer\nTrainer(4).train(x, y)\n", True),  # the class
        ("t = load()\nt.model.fit(x, y)\n", True),  # some `.model`
        ("print(getattr(t, 'model'))\n", True),  # by name, spelling it
        ("model = build()\nmodel.fit(x, y)\n", False),  # a variable of its own
        ("import keras\nprint(keras.__version__)\n", False),
    ],
)
def test_a_model_stored_on_self_links_where_the_class_or_attribute_is_named(
    text: str, links: bool
) -> None:
    assert mentions(text, "attribute:Trainer.model", "trainer") is links
