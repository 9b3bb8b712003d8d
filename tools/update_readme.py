"""Regenerate README.md's generated parts (the finding catalogue and the Keras version matrix)
and the package's copy of docs/keras-pairing.md, which `explain` cites (package data)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from migrate_keras_dicts.findings import catalogue_markdown  # noqa: E402
from tests.semantic_pins import matrix_markdown  # noqa: E402

README = ROOT / "README.md"
KERAS_DOC = ROOT / "docs" / "keras-pairing.md"
PACKAGE_DOC = ROOT / "migrate_keras_dicts" / "docs" / "keras-pairing.md"


def replace_block(text: str, name: str, body: str) -> str:
    start, end = f"<!-- {name}:start -->\n", f"<!-- {name}:end -->"
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return head + start + body + end + tail


if __name__ == "__main__":
    text = README.read_text()
    text = replace_block(text, "catalogue", catalogue_markdown())
    text = replace_block(text, "matrix", matrix_markdown())
    README.write_text(text)
    PACKAGE_DOC.parent.mkdir(exist_ok=True)
    PACKAGE_DOC.write_text(KERAS_DOC.read_text(encoding="utf-8"), encoding="utf-8")
