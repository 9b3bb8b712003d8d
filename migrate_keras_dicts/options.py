"""The engine's options, in a module of their own: the command line builds them before it
knows whether any file needs the engine, and must not import LibCST for that."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# Refusals that rest on what the tool cannot prove rather than on what it sees break:
# ``--unsafe`` overrides them all, ``--accept CODE`` one code (say MKD120 once the code that
# loads the saved model is migrated by hand); each override is reported as MKD010.
OVERRIDABLE = frozenset({"MKD106", "MKD111", "MKD112", "MKD116", "MKD118", "MKD120", "MKD129"})


def accepted_codes(codes: Iterable[str]) -> frozenset[str]:
    """The ``--accept`` codes, in capitals; one outside OVERRIDABLE raises ValueError."""
    accepted = frozenset(code.strip().upper() for code in codes)
    if wrong := sorted(accepted - OVERRIDABLE):
        raise ValueError(
            f"--accept {', '.join(wrong)}: only refusals that rest on what the tool cannot "
            f"prove can be accepted ({', '.join(sorted(OVERRIDABLE))}); the others would "
            "change what the program does"
        )
    return accepted


@dataclass(frozen=True)
class Options:
    unsafe: bool = False
    accept: frozenset[str] = frozenset()  # --accept CODE: codes of OVERRIDABLE to override
    # A script runs top to bottom once, so automatic layer names can be worked out; a
    # notebook's cells may have run in any order, any number of times.
    script: bool = True
    # --update-name-strings: kept for compatibility. Strings spelling changed automatic layer
    # names are always updated where provable, else the model is refused (engine.py).
    update_name_strings: bool = False
    # --check-second-run: run the migration again over each rewritten text and refuse the
    # file (MKD902) if that run would change it again. Off by default: it proves
    # idempotence, which the test suite proves for every golden case, at the cost of a
    # second parse and analysis; the checks that guard meaning always run.
    check_second_run: bool = False
    # The project's line length (pyproject.toml's [tool.ruff]/[tool.black] ``line-length``,
    # found by the runner), past which edited lines are laid out; None: 88, black's.
    line_length: int | None = None
    # Layer names other files of the run spell as ``name=`` and this file imports from
    # them (name, that file): a layer the rewrite names so would be a second layer of that
    # name in one model, which Keras rejects. Set by the run's names pass (pipeline.py).
    taken_names: tuple[tuple[str, str], ...] = ()
