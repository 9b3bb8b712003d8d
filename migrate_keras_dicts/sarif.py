"""``--format sarif``: one SARIF 2.1.0 log for code scanning (GitHub, GitLab, Azure DevOps).

One run, one result per finding. ``ruleId`` is the finding code; the rules come from the
findings table (findings.py) with its explanation as help. Locations are the file's own
lines and columns; a finding in a notebook cell is placed on the notebook (its JSON has no
line for the cell's code), with the cell and the line in the cell as properties and in
the message.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import Any, Protocol
from urllib.parse import quote

from . import __version__
from .findings import RULES, Finding, Severity, explain

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://github.com/OWNER/migrate-keras-dicts"

LEVELS: dict[Severity, str] = {
    Severity.INFO: "note",
    Severity.WARNING: "warning",
    Severity.REFUSED: "warning",  # the code was left as it was; a person should migrate it
    Severity.ERROR: "error",
}


class Reported(Protocol):
    """What the log reads of a file's result (result.FileResult)."""

    @property
    def path(self) -> str: ...

    @property
    def findings(self) -> tuple[Finding, ...]: ...


def sarif_log(reported: Iterable[Reported], *, quiet: bool = False) -> dict[str, Any]:
    """The whole log, ready for ``json.dumps``; ``quiet`` leaves out findings of severity
    info, as ``--quiet`` does for the other formats."""
    codes = list(RULES)
    results = [
        _result(file.path, finding, codes.index(finding.code))
        for file in reported
        for finding in file.findings
        if not (quiet and finding.severity is Severity.INFO)
    ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "migrate-keras-dicts",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": [_rule(code) for code in codes],
                    }
                },
                # Python's columns: code points, counted from 1 as the text output does
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {"%SRCROOT%": {"uri": _directory_uri(Path.cwd())}},
                "results": results,
            }
        ],
    }


def _rule(code: str) -> dict[str, Any]:
    rule = RULES[code]
    return {
        "id": rule.code,
        "name": _pascal(rule.title),
        "shortDescription": {"text": f"{rule.code} {rule.title}"},
        "fullDescription": {"text": rule.what},
        "help": {"text": f"{rule.what}\n\n{rule.why}", "markdown": explain(rule.code)},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"severity": rule.severity.value, "tags": ["keras", rule.severity.value]},
    }


def _result(display: str, finding: Finding, rule_index: int) -> dict[str, Any]:
    message = finding.message
    region: dict[str, int] = {"startLine": max(finding.line, 1)}
    properties: dict[str, Any] = {}
    cell = finding.cell
    if cell is not None:
        message = f"cell {cell} line {finding.line}: {message}"
        properties = {"cell": cell, "cellLine": finding.line, "cellColumn": finding.column}
        region = {"startLine": 1}
    else:
        region["startColumn"] = max(finding.column, 1)
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": message},
        "locations": [
            {"physicalLocation": {"artifactLocation": _artifact(display), "region": region}}
        ],
    }
    if properties:
        result["properties"] = properties
    return result


def _artifact(display: str) -> dict[str, str]:
    """Relative paths (the usual case: below the working directory) against %SRCROOT%."""
    path = PurePosixPath(display)
    if path.is_absolute() or os.path.isabs(display):
        return {"uri": Path(display).resolve().as_uri()}
    return {"uri": quote(path.as_posix()), "uriBaseId": "%SRCROOT%"}


def _directory_uri(path: Path) -> str:
    uri = path.resolve().as_uri()
    return uri if uri.endswith("/") else uri + "/"


def _pascal(title: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in title.split("-"))
