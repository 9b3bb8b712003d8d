"""Findings that need the whole run: saved weights and a model whose layer order changes."""

from __future__ import annotations

from pathlib import Path

from migrate_keras_dicts.findings import Finding
from migrate_keras_dicts.project import weight_receivers, weight_sites, weights_order_findings
from migrate_keras_dicts.result import FileResult, ModelRecord, RunFacts

from .support import cli

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
ORDER_CHANGES = (GOLDEN / "sem_producer_generator" / "input.py").read_text()  # [zeta, alpha]
ORDER_KEPT = (GOLDEN / "rw_producer_generator" / "input.py").read_text()  # [age, gender]
LOADS_WEIGHTS = (
    "import keras\n\n"
    'net = keras.models.load_model("trained.keras")\n'
    "# weights saved by the old training code\n"
    'net.load_weights("old.weights.h5")\n'
)


def _codes(result) -> list[str]:
    return [line.split()[1] for line in result.stderr.splitlines() if ": MKD" in line]


def test_weights_loaded_into_another_model_are_not_pointed_at(tmp_path: Path) -> None:
    """``infer.py`` loads weights into a model of its own: nothing to do with train.py's."""
    (tmp_path / "train.py").write_text(ORDER_CHANGES)
    (tmp_path / "infer.py").write_text(LOADS_WEIGHTS)
    result = cli(".", "-q", cwd=tmp_path)
    assert "MKD004" in _codes(result)
    assert "MKD125" not in _codes(result), result.stderr


def _file(path: str, *, changed: bool = False, **facts: object) -> FileResult:
    """A result as the runner gives it: findings and records from the engine, the facts
    the runner read from the text."""
    findings = facts.pop("findings", ())
    models = facts.pop("models", ())
    exports = facts.pop("exports", ())
    return FileResult(
        path,
        "old\n",
        "new\n" if changed else "old\n",
        tuple(findings),  # type: ignore[arg-type]
        models=tuple(models),  # type: ignore[arg-type]
        exports=tuple(exports),  # type: ignore[arg-type]
        facts=RunFacts(**facts),  # type: ignore[arg-type]
    )


def test_mkd125_names_the_files_that_load_weights_into_the_model() -> None:
    train = _file(
        "pkg/train.py",
        findings=[Finding("MKD004", "order", 7, 21)],
        weight_receivers=((12, "model"), (14, "other_model")),
        weight_sites=(12, 14),
        exports=["builder:build"],
        models=[ModelRecord(7, 1, "model", True)],
        changed=True,
    )
    importer = _file(
        "serve.py",
        weight_receivers=((5, "net"),),
        weight_sites=(5,),
        imported_text="build pkg",
    )
    unrelated = _file("other.py", weight_receivers=((3, "net"),), weight_sites=(3,))
    train, _, _ = weights_order_findings([train, importer, unrelated])
    (warning,) = [f for f in train.findings if f.code == "MKD125"]
    assert "pkg/train.py:12" in warning.message
    assert "serve.py:5" in warning.message
    assert "train.py:14" not in warning.message  # into another model of the file
    assert "other.py" not in warning.message  # imports nothing from train.py


def test_no_weights_no_warning(tmp_path: Path) -> None:
    (tmp_path / "train.py").write_text(ORDER_CHANGES)
    (tmp_path / "infer.py").write_text("print('serving')\n")
    result = cli(".", "-q", cwd=tmp_path)
    assert "MKD004" in _codes(result)
    assert "MKD125" not in _codes(result)


def test_order_kept_no_warning(tmp_path: Path) -> None:
    (tmp_path / "train.py").write_text(ORDER_KEPT)
    (tmp_path / "infer.py").write_text(LOADS_WEIGHTS)
    result = cli(".", "-q", "--format", "json", cwd=tmp_path)
    assert "MKD001" in result.stdout
    assert "MKD125" not in result.stdout


def test_weight_sites() -> None:
    text = "m.load_weights('a')\nx = 1\nm.set_weights (w)\nm.get_weights()\n"
    assert weight_sites(text) == [1, 3]
    assert weight_sites("print('no weights')\n") == []
    assert weight_receivers(text) == [(1, "m"), (3, "m")]
    assert weight_receivers("get_model().load_weights(p)\n") == [(1, "")]
