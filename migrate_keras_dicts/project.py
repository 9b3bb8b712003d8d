"""Findings that need the whole run: a migrated model whose layer order changes, in a
project that loads weights by position somewhere (KERAS_RULES §3f); a layer name the
rewrite adds that a module the file imports already gives a layer."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .findings import Finding
from .result import FileResult

_WEIGHTS_BY_POSITION = re.compile(r"\.(load_weights|set_weights)\s*\(")


def weight_sites(text: str) -> list[int]:
    """Lines that load or set weights by position (cheap: text only, comments included)."""
    return sorted({line for line, _ in weight_receivers(text)})


_RECEIVER = re.compile(r"([A-Za-z_][\w.]*)\s*$")
_IMPORTS = re.compile(
    r"^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import[ \t]+([^\n#]*)|import[ \t]+([^\n#]*))", re.M
)


def weight_receivers(text: str) -> list[tuple[int, str]]:
    """Each load or set of weights by position: its line and what it loads into
    (``model``, ``self.model``; "" when the text does not say, ``get_model().load_weights``)."""
    if "_weights" not in text:
        return []
    found = []
    for match in _WEIGHTS_BY_POSITION.finditer(text):
        before = _RECEIVER.search(text[max(0, match.start() - 200) : match.start()])
        found.append((text.count("\n", 0, match.start()) + 1, before.group(1) if before else ""))
    return sorted(set(found))


def imported_names(text: str) -> set[str]:
    """Modules and names a file imports (``from a.b import c as d``: ``a.b``, ``b``, ``c``)."""
    names: set[str] = set()
    for match in _IMPORTS.finditer(text):
        module, items, plain = match.groups()
        for part in (items or plain or "").replace("(", " ").replace(")", " ").split(","):
            words = part.split()
            if words:
                names.add(words[0])
                names.add(words[0].rpartition(".")[2])
        if module:
            names.update({module, module.rpartition(".")[2]})
    return names


_NAME_LITERAL = re.compile(r"""\bname\s*=\s*(?:[rRuU]?)(['"])([^'"\\\n]+)\1""")


_NAME_CONSTANT = re.compile(r"\bname\s*=\s*([A-Za-z_]\w*)\b(?!\s*[(.\[])")


def spelled_names(text: str) -> frozenset[str]:
    """String literals given as ``name=`` in a file's text, directly or through a module
    constant (``name=HIDDEN`` with ``HIDDEN = "price"``): cheap, text only."""
    if "name" not in text:
        return frozenset()
    found = {match.group(2) for match in _NAME_LITERAL.finditer(text)}
    for constant in {match.group(1) for match in _NAME_CONSTANT.finditer(text)}:
        bound = re.finditer(
            rf"^{re.escape(constant)}\s*=\s*[rRuU]?(['\"])([^'\"\\\n]+)\1", text, re.M
        )
        found.update(match.group(2) for match in bound)
    return frozenset(found)


class TakenNames:
    """For a file, the layer names (and where) that the run's modules it imports spell as
    ``name=``, through imports of imports (``helpers.py`` re-exporting ``blocks.py``'s
    block): a model built in the file may hold those layers. Worked out on demand, for
    the few files a rewrite names layers in, reading only the modules their imports reach,
    so a large run pays nothing for the rest."""

    def __init__(
        self,
        results: Sequence[FileResult],
        module_of: Callable[[FileResult], str],
        text_of: Callable[[FileResult], str],
    ) -> None:
        self._results = results
        self._module_of = module_of
        self._text_of = text_of
        self._by_module: dict[str, list[FileResult]] | None = None
        self._by_path = {r.path: r for r in results}
        self._memo: dict[str, tuple[tuple[str, str], ...]] = {}
        self._read: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

    def get(self, path: str) -> tuple[tuple[str, str], ...]:
        result = self._by_path.get(path)
        if result is None:
            return ()
        if path not in self._memo:
            self._memo[path] = self._work_out(result)
        return self._memo[path]

    def _modules(self) -> dict[str, list[FileResult]]:
        if self._by_module is None:
            self._by_module = {}
            for result in self._results:
                dotted = self._module_of(result)
                for key in {dotted, dotted.rpartition(".")[2]}:
                    self._by_module.setdefault(key, []).append(result)
        return self._by_module

    def _facts(self, result: FileResult) -> tuple[frozenset[str], frozenset[str]]:
        """What the file imports and the layer names it spells, read once."""
        if result.path not in self._read:
            text = self._text_of(result)
            self._read[result.path] = (frozenset(imported_names(text)), spelled_names(text))
        return self._read[result.path]

    def _work_out(self, result: FileResult) -> tuple[tuple[str, str], ...]:
        by_module = self._modules()
        known = by_module.keys()
        seen: set[int] = {id(result)}
        queue = [result]
        taken: dict[str, str] = {}
        while queue:
            current = queue.pop()
            for module in sorted(self._facts(current)[0] & known):
                for other in by_module[module]:
                    if id(other) in seen:
                        continue
                    seen.add(id(other))
                    queue.append(other)
                    for name in self._facts(other)[1]:
                        taken.setdefault(name, other.path)
        return tuple(sorted(taken.items()))


def names_taken_elsewhere(
    results: Sequence[FileResult],
    taken: TakenNames,
    redo: Callable[[FileResult, tuple[tuple[str, str], ...]], FileResult],
) -> list[FileResult]:
    """A file whose rewrite names a layer as a module of the run it imports already names
    one (``name="price"`` in a block it calls): one model holding both layers would make
    Keras raise, so the file is migrated again with those names taken (MKD104). Files
    migrated together with others (MKD121) had the names taken in their group already."""
    out = list(results)
    for index, result in enumerate(results):
        if not (result.changed and result.added_names) or result.failed:
            continue
        names = dict(taken.get(result.path))
        if not set(result.added_names) & set(names):
            continue
        from .linked import migrated_with_others  # loads LibCST: only for such a file

        if not migrated_with_others(result):
            out[index] = redo(result, tuple(sorted(names.items())))
    return out


def weights_order_findings(results: Sequence[FileResult]) -> list[FileResult]:
    """Add MKD125 beside each MKD004 of a changed file when weights are loaded or set by
    position into that model: in its own file into its variable (or into what the text does
    not name), in other files where they import what the file exports (its builder)."""
    if not any(r.facts.weight_sites for r in results):
        return list(results)
    out = []
    for result in results:
        if not result.changed:
            out.append(result)
            continue
        lines: dict[int, Finding] = {}
        for finding in result.findings:
            if finding.code == "MKD004":
                lines.setdefault(finding.line, finding)  # one per model, not per side
        extra = []
        for finding in lines.values():
            sites = _sites_of(result, _label(result, finding.line), results)
            if sites:
                extra.append(_warning(finding, sites))
        if extra:
            findings = sorted(
                result.findings + tuple(extra), key=lambda f: (f.line, f.column, f.code)
            )
            result = replace(result, findings=tuple(findings))
        out.append(result)
    return out


def _label(result: FileResult, line: int) -> str | None:
    """The variable of the model whose MKD004 is at ``line`` (its constructor's, or the
    nearest constructor above it); None when no record says."""
    records = [m for m in result.models if m.line <= line and m.migrated]
    return max(records, key=lambda m: m.line).label if records else None


def _sites_of(
    result: FileResult, label: str | None, results: Sequence[FileResult]
) -> list[tuple[str, int]]:
    exported = {e.partition(":")[2] for e in result.exports}
    stem = result.path.replace("\\", "/").rpartition("/")[2].removesuffix(".py")
    sites = []
    for other in results:
        receivers = other.facts.weight_receivers or tuple(
            (line, "") for line in other.facts.weight_sites
        )
        if other is result:
            for line, receiver in receivers:
                last = receiver.rpartition(".")[2]
                if label is None or not receiver or last == label or line == 0:
                    sites.append((other.path, line))
        elif exported and (other.facts.imported & (exported | {stem})):
            sites.extend((other.path, line) for line, _ in receivers)
    return sites


def _warning(order: Finding, sites: list[tuple[str, int]]) -> Finding:
    shown = ", ".join(f"{path}:{line}" if line else path for path, line in sites[:3])
    more = f" and {len(sites) - 3} more" if len(sites) > 3 else ""
    return Finding(
        "MKD125",
        f"this model's layer order changes and the project loads or sets weights by position "
        f"({shown}{more}): weights saved before the migration would load into the wrong layers; "
        "re-save them (see `explain MKD125`)",
        order.line,
        order.column,
        order.path,
    )
