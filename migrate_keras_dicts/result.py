"""What became of one file: the one result every part of the tool hands on.

The engine makes it, a format adapter places it in the file (a notebook's cells), the
runner adds what the cross-file passes need, and the command line and the library API
read it. It is frozen: each step returns a changed copy (``dataclasses.replace``), as
LibCST's ``TransformResult`` family does, so no step can change another's answer.

It imports nothing heavy: the command line holds results without loading LibCST.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .findings import Finding

if TYPE_CHECKING:
    from .sources import SourceFile

__all__ = ["FileResult", "ModelRecord", "RunFacts"]


@dataclass(frozen=True)
class ModelRecord:
    """One planned model and what became of it, for reports that count models
    (benchmarks/corpus.py); nothing the tool prints or writes is read from it.

    Findings alone cannot tell models apart: a refusal is placed at the use that blocks
    it, which may be far from the constructor and may belong to any model of the file.
    """

    line: int  # of the constructor call; for ``remote``, of the first use of the model
    column: int
    label: str
    migrated: bool
    blockers: tuple[Finding, ...] = ()  # every refusal, in the order the planner found them
    remote: bool = False  # the uses, in this file, of a model built in another file
    path: str = ""  # the file, once the result has a path
    cell: int | None = None  # a notebook's cell (1-based over all cells), as in Finding
    untrained: bool = False  # not migrated, and needs nothing: never compiled or trained


@dataclass(frozen=True)
class RunFacts:
    """What the runner learns of a file's text for the passes over all files of a run."""

    weight_sites: tuple[int, ...] = ()  # see project.weight_sites
    weight_receivers: tuple[tuple[int, str], ...] = ()  # and what they load
    # see project.imported_names, for MKD125 (one string: a set per file would cost
    # kilobytes each in a run of many files)
    imported_text: str = ""
    runs_code: bool = False  # exec/runpy/%run in its text: see linked.snippet_exports
    # what the cross-file pass reads of a Python file's imports and names (linked.Names,
    # packed), from the worker's tree; dropped once that pass is done
    link_names: bytes | None = None

    @property
    def imported(self) -> frozenset[str]:
        return frozenset(self.imported_text.split())

    # unchanged, and its text was not kept (RunConfig.keep_texts): the cross-file pass
    # reads it again if it needs it
    text_dropped: bool = False


@dataclass(frozen=True)
class FileResult:
    """One file or text, migrated. When a model is refused, its code is left as it was
    and a finding says why; ``failed`` means the text could not be processed at all (its
    ``new_text`` is then its ``old_text``)."""

    path: str  # names the text in findings and diffs
    old_text: str
    new_text: str
    findings: tuple[Finding, ...] = ()
    models_migrated: int = 0
    models_refused: int = 0
    failed: bool = False
    file: Path | None = None  # the file on disk, for results of files
    written: bool = False  # the new text is on disk
    # what hands a model to other modules, as "kind:name" (see linked.py)
    exports: tuple[str, ...] = ()
    models: tuple[ModelRecord, ...] = ()  # set once the output is checked
    added_names: tuple[str, ...] = ()  # layer names the rewrite gives (``name=`` it adds)
    cell_diffs: tuple[tuple[int, str, str], ...] = ()  # notebooks: (cell, old, new) per cell
    source: SourceFile | None = field(default=None, repr=False)  # what a write checks against
    facts: RunFacts = field(default_factory=RunFacts, repr=False)

    @property
    def changed(self) -> bool:
        return not self.failed and self.new_text != self.old_text

    def with_failure(self, finding: Finding) -> FileResult:
        """This result, failed for ``finding``: its text stays the text it had."""
        return replace(
            self, new_text=self.old_text, findings=(*self.findings, finding), failed=True
        )

    def diff(self) -> str:
        """A unified diff (``a/``, ``b/`` prefixes) that ``git apply`` accepts; "" if unchanged."""
        from .report import unified_diff

        return unified_diff(self.old_text, self.new_text, self.path) if self.changed else ""
