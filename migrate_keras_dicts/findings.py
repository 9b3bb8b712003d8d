"""Finding codes: ``Finding`` and the table of rules, built from the ``checks`` families.

Each code's rule page, examples and the modules that decide it live in
``migrate_keras_dicts/checks/<family>.py``; ``explain`` and the README catalogue come from there.
"""

from __future__ import annotations

from dataclasses import dataclass

from .checks import Example, Rule, Severity, all_rules

__all__ = [
    "KERAS_DOC",
    "RULES",
    "Finding",
    "LineRef",
    "Rule",
    "Severity",
    "catalogue_markdown",
    "explain",
    "line_ref",
    "location",
]

# The documentation ``explain`` and the README cite: installed with the package (package data),
# written from what the tests measure; docs/keras-pairing.md in the repository is its source.
KERAS_DOC = "migrate_keras_dicts/docs/keras-pairing.md"


# Marks a line reference while a message is built (``line_ref``); never in parsed source.
_REF = "\x00"

#: A line reference in a message: where it stands (start, end) and the lines it names.
LineRef = tuple[int, int, tuple[int, ...]]


def line_ref(*lines: int, word: str | None = None) -> str:
    """``line 12`` (``lines 3, 7``) for a message: the finding made from the message keeps
    where the reference stands and what it names (:attr:`Finding.refs`), so a format can
    place it (a notebook's ``cell 2 line 4``) without searching the text."""
    word = word or ("line" if len(lines) == 1 else "lines")
    return f"{_REF}{word} {_REF}{', '.join(map(str, lines))}{_REF}"


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    line: int = 1
    column: int = 1
    path: str = ""
    cell: int | None = None  # a notebook's cell, 1-based over all cells; line is in the cell
    refs: tuple[LineRef, ...] = ()  # the other lines the message names (see line_ref)

    def __post_init__(self) -> None:
        if _REF not in self.message:
            return
        parts = self.message.split(_REF)  # text, word, lines, text, word, lines, text...
        text, refs = parts[0], list(self.refs)
        for index in range(1, len(parts) - 1, 3):
            word, lines, after = parts[index], parts[index + 1], parts[index + 2]
            start = len(text)
            text += word + lines
            refs.append((start, len(text), tuple(int(n) for n in lines.split(", "))))
            text += after
        object.__setattr__(self, "message", text)
        object.__setattr__(self, "refs", tuple(refs))

    @property
    def severity(self) -> Severity:
        return RULES[self.code].severity

    def render(self, path: str | None = None) -> str:
        where = location(path if path is not None else self.path, self.line, self.column, self.cell)
        return f"{where}: {self.code} {self.message}"


def location(path: str, line: int, column: int, cell: int | None = None) -> str:
    """How the tool names a place: ``path:line:col``, in a notebook ``path:cell N:line:col``."""
    where = path if cell is None else f"{path}:cell {cell}"
    return f"{where}:{line}:{column}"


RULES: dict[str, Rule] = all_rules()


def explain(code: str) -> str:
    """The long explanation of ``code``, in ruff's rule-page shape, with its examples."""
    rule = RULES[code.upper()]
    parts = [
        f"# {rule.code} ({rule.title}) [{rule.severity.value}]",
        "",
        "## What it means",
        rule.what,
        "",
        "## Why",
        rule.why,
    ]
    for number, example in enumerate(rule.examples, 1):
        parts += _example_parts(example, number if len(rule.examples) > 1 else None)
    if rule.no_example:
        parts += ["", "## Example", f"None that runs: {rule.no_example}."]
    if rule.decided_in:
        where = ", ".join(
            f"`migrate_keras_dicts/{m.replace('.', '/')}.py`" for m in rule.decided_in
        )
        parts += ["", "## Where the tool decides it", where]
    if rule.severity is not Severity.ERROR:
        parts += [
            "",
            "## Keras behaviour",
            f"What each Keras version does, as measured: {KERAS_DOC}.",
        ]
    return "\n".join(parts) + "\n"


def _example_parts(example: Example, number: int | None) -> list[str]:
    """One example as explain prints it: the program, then what the tool makes of it."""
    several = len(example.sources) > 1
    run = "migrate-keras-dicts " + " ".join([*(s.path for s in example.sources), *example.flags])
    codes = ", ".join(example.findings)
    parts = ["", f"## Example {number}" if number else "## Example", "```python"]
    for index, source in enumerate(example.sources):
        parts += [*([""] if index else []), *([f"# {source.path}"] if several else [])]
        parts.append(source.before.rstrip("\n"))
    parts += ["```", "", "## Instead / after"]
    if example.refused:
        parts.append(f"`{run}` leaves the code unchanged and reports {codes}.")
        return parts
    parts += [f"`{run}` rewrites it to this and reports {codes}:", "```python"]
    changed = [s for s in example.sources if s.after is not None]
    for index, source in enumerate(changed):
        parts += [*([""] if index else []), *([f"# {source.path}"] if several else [])]
        parts.append(source.expected.rstrip("\n"))
    parts.append("```")
    kept = [s.path for s in example.sources if s.after is None]
    if kept:
        parts.append(f"({', '.join(kept)}: unchanged.)")
    return parts


def catalogue_markdown() -> str:
    """The README's finding table, generated so it cannot drift from the code."""
    rows = ["| code | severity | name | meaning |", "| --- | --- | --- | --- |"]
    rows += [f"| {r.code} | {r.severity.value} | {r.title} | {r.what} |" for r in RULES.values()]
    return "\n".join(rows) + "\n"
