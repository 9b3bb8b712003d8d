"""benchmarks/corpus.py counts models one by one: a generated folder, known figures."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

MIGRATES = """\
import keras
from keras import layers

a = keras.Input(shape=(4,))
b = keras.Input(shape=(2,))
h = layers.Concatenate()([a, b])
age = layers.Dense(1)(h)
model = keras.Model([a, b], age)
model.compile(optimizer="adam", loss="mse")
"""

# The outputs come from a function: the tool cannot see the list in them (MKD105).
REFUSED = """\
import keras
from keras import layers


def heads(h):
    return [layers.Dense(1)(h), layers.Dense(2)(h)]


a = keras.Input(shape=(4,))
b = keras.Input(shape=(2,))
h = layers.Concatenate()([a, b])
outputs = heads(h)
model = keras.Model([a, b], outputs)
model.compile(optimizer="adam", loss=["mse", "mse"])
"""

# only predicts: left as written (MKD014), counted apart from the refused
NEVER_TRAINED = REFUSED.replace(
    'model.compile(optimizer="adam", loss=["mse", "mse"])', "print(model.predict(data)[0])"
)

SINGLE = """\
import keras
from keras import layers

x = keras.Input(shape=(4,))
y = layers.Dense(1)(x)
model = keras.Model(x, y)
"""

# Python 2: the tool fails the file (MKD901); the scan still sees the model in its text.
BROKEN = """\
import keras
a = keras.Input(shape=(4,))
b = keras.Input(shape=(4,))
model = keras.Model(inputs=[a, b], outputs=a)
print "done"
"""


def _notebook(*cells: str) -> str:
    return json.dumps(
        {
            "cells": [
                {"cell_type": "code", "metadata": {}, "source": c, "outputs": []} for c in cells
            ],
            "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
            "nbformat": 4,
            "nbformat_minor": 5,
        }
    )


@pytest.fixture(scope="module")
def corpus():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import corpus
    finally:
        sys.path.pop(0)
    return corpus


def _run(corpus, folder: Path, capsys) -> dict:
    assert corpus.main([str(folder), "--json", "--jobs", "1"]) == 0
    return json.loads(capsys.readouterr().out)


def test_counts_each_model(tmp_path: Path, corpus, capsys) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "migrates.py").write_text(MIGRATES)
    (repo / "refused.py").write_text(REFUSED)
    (repo / "single.py").write_text(SINGLE)
    (repo / "broken.py").write_text(BROKEN)
    (repo / "plain.py").write_text("print('no keras')\n")
    (repo / "viewer.py").write_text(NEVER_TRAINED)
    data = _run(corpus, repo, capsys)
    figures = data["repositories"][0]
    assert figures["repo"] == "repo"
    assert figures["files"] == 6
    assert (figures["models"], figures["migrated"], figures["refused"]) == (3, 1, 1)
    assert figures["never_trained"] == 1
    assert figures["refused_by_primary_code"] == {"MKD105": 1}
    assert (figures["failed_files"], figures["failed_files_python_parses"]) == (1, 0)
    assert figures["failed_by_code"] == {"MKD901": 1}
    assert figures["models_in_failed_files"] == 1
    assert figures["not_seen"] == 0
    assert data["total"]["models"] == 3
    models = {(m["file"], m["line"]): m for m in data["models"]}
    assert set(models) == {
        ("migrates.py", 8),
        ("refused.py", 13),
        ("viewer.py", 13),
        ("broken.py", 4),
    }
    assert models[("viewer.py", 13)]["outcome"] == "never trained"
    assert models[("viewer.py", 13)]["codes"] == []
    assert models[("migrates.py", 8)]["outcome"] == "migrated"
    refused = models[("refused.py", 13)]
    assert refused["outcome"] == "refused"
    assert refused["codes"] == ["MKD105"]
    assert refused["refusals"][0]["where"] == "refused.py:13"
    assert models[("broken.py", 4)]["outcome"] == "in failed file"
    # read-only: nothing was written
    assert (repo / "migrates.py").read_text() == MIGRATES


def test_a_folder_under_the_working_folder_counts_each_model_once(
    tmp_path: Path, corpus, capsys, monkeypatch
) -> None:
    """The tool shows paths under the working folder relative to it: an absolute folder
    argument must still match them (they were counted twice, once as "not seen")."""
    repo = tmp_path / "corpus" / "repo"
    repo.mkdir(parents=True)
    (repo / "migrates.py").write_text(MIGRATES)
    monkeypatch.chdir(tmp_path)
    figures = _run(corpus, repo, capsys)["repositories"][0]
    assert (figures["models"], figures["migrated"], figures["not_seen"]) == (1, 1, 0)


def test_notebook_models_are_placed_in_cells(tmp_path: Path, corpus, capsys) -> None:
    repo = tmp_path / "nb"
    repo.mkdir()
    (repo / "study.ipynb").write_text(_notebook("%matplotlib inline\nimport keras", MIGRATES))
    # a cell with a leading indent: dedented as IPython runs it, so no file fails
    (repo / "indented.ipynb").write_text(_notebook("  " + SINGLE.replace("\n", "\n  ")))
    data = _run(corpus, repo, capsys)
    figures = data["repositories"][0]
    assert (figures["models"], figures["migrated"]) == (1, 1)
    assert [(m["file"], m["line"]) for m in data["models"]] == [("study.ipynb:cell 2", 8)]
    assert (figures["failed_files"], figures["failed_files_python_parses"]) == (0, 0)


def test_tables(tmp_path: Path, corpus, capsys) -> None:
    (tmp_path / "refused.py").write_text(REFUSED)
    assert corpus.main([str(tmp_path), "--per-model", "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert "MKD105" in out and "refused.py" in out and "total" in out
    assert "migrated: 0 of 1 models (0%); 0 of the 1 that need a migration (0%)" in out


BUILDER = """\
import keras
from keras import layers


def build():
    a = keras.Input(shape=(4,))
    b = keras.Input(shape=(2,))
    h = layers.Concatenate()([a, b])
    age = layers.Dense(1)(h)
    gender = layers.Dense(2)(h)
    return keras.Model([a, b], [age, gender])
"""

TRAINER = """\
from models import build

model = build()
model.compile(optimizer="adam", loss=["mse", "mse"])
"""


def test_a_model_used_in_another_file_counts_once(tmp_path: Path, corpus, capsys) -> None:
    (tmp_path / "models.py").write_text(BUILDER)
    (tmp_path / "train.py").write_text(TRAINER)
    data = _run(corpus, tmp_path, capsys)
    figures = data["repositories"][0]
    assert (figures["models"], figures["remote_uses"]) == (1, 1)
    assert [m["file"] for m in data["models"]] == ["models.py"]
    assert data["remote_uses"][tmp_path.name][0].startswith("train.py:")
    assert data["models"][0]["outcome"] == "migrated"  # the two files together
    assert figures["migrated"] == 1
