"""Findings that need the whole run: saved weights and a model whose layer order changes."""

from __future__ import annotations

from pathlib import Path

from migrate_keras_dicts.project import weight_sites

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


def test_weights_loaded_elsewhere_are_pointed_at(tmp_path: Path) -> None:
    (tmp_path / "train.py").write_text(ORDER_CHANGES)
    (tmp_path / "infer.py").write_text(LOADS_WEIGHTS)
    result = cli(".", "-q", cwd=tmp_path)
    warnings = [line for line in result.stderr.splitlines() if " MKD125 " in line]
    assert len(warnings) == 1, result.stderr  # one per model, not one per changed side
    assert warnings[0].startswith("train.py:")
    assert "infer.py:5" in warnings[0]


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
