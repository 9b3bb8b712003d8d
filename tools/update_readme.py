"""Regenerate the finding catalogue in README.md from migrate_keras_dicts.findings."""

from pathlib import Path

from migrate_keras_dicts.findings import catalogue_markdown

START, END = "<!-- catalogue:start -->\n", "<!-- catalogue:end -->"
README = Path(__file__).resolve().parent.parent / "README.md"

text = README.read_text()
head, rest = text.split(START, 1)
_, tail = rest.split(END, 1)
README.write_text(head + START + catalogue_markdown() + END + tail)
