"""The finding registry (migrate_keras_dicts/checks/) checked against the tool itself.

- every example of every rule runs through the library API and gives its stated after, byte
  for byte, and exactly its stated finding codes;
- every rule's ``decided_in`` names exactly the package modules that spell its code;
- every code belongs to exactly one family module;
- the Keras documentation that ``explain`` cites is installed with the package.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
import zipfile
from importlib import resources
from pathlib import Path

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from migrate_keras_dicts import api, checks
from migrate_keras_dicts.checks.base import Example, Rule
from migrate_keras_dicts.findings import KERAS_DOC, RULES, explain

from .support import ROOT, snapshot_project

PACKAGE = ROOT / "migrate_keras_dicts"
EXAMPLES = [
    pytest.param(example, id=f"{rule.code}-{number}")
    for rule in RULES.values()
    for number, example in enumerate(rule.examples, 1)
]


def run_tool(example: Example, tmp_path: Path) -> tuple[dict[str, str], set[str]]:
    """The example through the library API: each file's new text and the codes reported.

    The one place that calls the API, so a renamed API is adapted here alone. One file goes
    through ``migrate_source``; several are written out and run as one project, as the
    command line runs a repository (models used across files are linked).
    """
    unsafe = "--unsafe" in example.flags
    names = "--update-name-strings" in example.flags
    flags = example.flags
    accept = [code for flag, code in itertools.pairwise(flags) if flag == "--accept"]
    if len(example.sources) == 1:
        (source,) = example.sources
        result = api.migrate_source(
            source.before, source.path, unsafe=unsafe, accept=accept, update_name_strings=names
        )
        return {source.path: result.new_text}, {f.code for f in result.findings}
    for source in example.sources:
        (tmp_path / source.path).write_text(source.before)
    results = api.migrate_paths([tmp_path], unsafe=unsafe, accept=accept, update_name_strings=names)
    texts = {Path(r.file or r.path).relative_to(tmp_path).as_posix(): r.new_text for r in results}
    return texts, {f.code for r in results for f in r.findings}


@pytest.mark.parametrize("example", EXAMPLES)
def test_example_gives_its_after_and_findings(example: Example, tmp_path: Path) -> None:
    texts, codes = run_tool(example, tmp_path)
    for source in example.sources:
        assert texts[source.path] == source.expected, source.path
    assert codes == set(example.findings)


def test_every_rule_has_examples_or_says_why_not() -> None:
    for rule in RULES.values():
        assert bool(rule.examples) != bool(rule.no_example), rule.code
        for example in rule.examples:
            assert rule.code in example.findings, rule.code
            assert list(example.findings) == sorted(set(example.findings)), rule.code
            if rule.severity.value == "refused":
                assert example.refused, f"{rule.code}: a refusal leaves the code unchanged"


def _spelling_modules(code: str) -> tuple[str, ...]:
    """The package modules, outside the registry, whose code spells ``code`` as a literal."""
    literal = re.compile(rf"[\"']{code}[\"']")
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).with_suffix("")
        if relative.parts[0] == "checks" or relative.parts == ("findings",):
            continue
        if literal.search(path.read_text(encoding="utf-8")):
            found.append(".".join(relative.parts))
    return tuple(found)


@pytest.mark.parametrize("code", list(RULES))
def test_decided_in_names_exactly_the_modules_that_spell_the_code(code: str) -> None:
    assert sorted(RULES[code].decided_in) == sorted(_spelling_modules(code)), (
        f"update decided_in of {code} in migrate_keras_dicts/checks/"
    )


def test_no_module_raises_a_code_the_registry_lacks() -> None:
    spelled = set()
    for path in PACKAGE.rglob("*.py"):
        if "checks" not in path.relative_to(PACKAGE).parts:
            spelled |= set(re.findall(r"[\"'](MKD\d{3})[\"']", path.read_text(encoding="utf-8")))
    assert spelled <= set(RULES)


def test_every_code_is_in_exactly_one_family() -> None:
    homes: dict[str, list[str]] = {}
    for family in checks.FAMILIES:
        rules: tuple[Rule, ...] = family.RULES
        for rule in rules:
            homes.setdefault(rule.code, []).append(family.__name__)
    assert {code: len(where) for code, where in homes.items()} == dict.fromkeys(RULES, 1)
    modules = {p.stem for p in (PACKAGE / "checks").glob("*.py")} - {"__init__", "base"}
    assert modules == {family.__name__.rpartition(".")[2] for family in checks.FAMILIES}


def test_explain_prints_the_examples() -> None:
    for rule in RULES.values():
        page = explain(rule.code)
        for example in rule.examples:
            for source in example.sources:
                assert source.before.rstrip("\n") in page
                if source.after is not None:
                    assert source.after.rstrip("\n") in page
            assert ", ".join(example.findings) in page
        if rule.no_example:
            assert rule.no_example in page


def test_explain_cites_documentation_the_package_installs() -> None:
    assert KERAS_DOC in explain("MKD004")
    doc = resources.files("migrate_keras_dicts").joinpath(KERAS_DOC.partition("/")[2])
    assert doc.is_file()
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert (
        KERAS_DOC.partition("/")[2]
        in data["tool"]["setuptools"]["package-data"]["migrate_keras_dicts"]
    )
    # the repository's docs/ is the source; the package's copy is generated from it
    assert doc.read_text(encoding="utf-8") == (ROOT / "docs" / "keras-pairing.md").read_text(
        encoding="utf-8"
    )


def test_documentation_cited_by_section_exists() -> None:
    """``keras-pairing.md §N`` in a rule page names a section the document has."""
    text = (ROOT / "docs" / "keras-pairing.md").read_text(encoding="utf-8")
    sections = set(re.findall(r"^## (\d+)\. ", text, re.M))
    for rule in RULES.values():
        for number in re.findall(r"keras-pairing\.md §(\d+)", rule.what + rule.why):
            assert number in sections, (rule.code, number)


@pytest.mark.slow
def test_wheel_ships_the_keras_documentation(tmp_path: Path) -> None:
    project = snapshot_project(tmp_path / "project")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp_path / "dist", project],
        check=True,
    )
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    assert KERAS_DOC in zipfile.ZipFile(wheel).namelist()
