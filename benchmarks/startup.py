"""How long do the quick commands take, from process start to exit?

A pre-commit hook or an editor integration pays the start-up on every call, so
``--version``, ``--help`` and ``explain`` should answer in well under 0.3 s, and a run over a
file without Keras in under 0.5 s. Each command runs ``--repeat`` times in a fresh
interpreter (``python -m migrate_keras_dicts ...``) and the median wall time is printed.

    python benchmarks/startup.py                   # this checkout
    python benchmarks/startup.py --before HEAD~5   # and a git revision, side by side

``--before REV`` exports that revision with ``git archive`` into a temporary folder and
times it with the same interpreter, taking turns with this checkout so that a busy machine
slows both alike. A report, not a test: the script always exits 0.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

COMMANDS: list[tuple[str, list[str]]] = [
    ("--version", ["--version"]),
    ("--help", ["--help"]),
    ("explain MKD004", ["explain", "MKD004"]),
    ("a file without Keras", ["{plain}", "--no-progress"]),
]


def _export(revision: str, destination: Path) -> Path:
    """The package as it was at ``revision``, unpacked below ``destination``."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", revision, "migrate_keras_dicts"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(destination, filter="data")
    return destination


def _time_once(python: str, package_root: Path, args: list[str], cwd: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(package_root), "NO_COLOR": "1"}
    start = time.perf_counter()
    subprocess.run(
        [python, "-m", "migrate_keras_dicts", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9, help="runs per command (default 9)")
    parser.add_argument("--before", metavar="REV", help="also time this git revision")
    parser.add_argument("--python", default=sys.executable, help="interpreter to run")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        (work / "plain.py").write_text("import os\n\nprint(os.getcwd())\n")
        roots = {"this checkout": ROOT}
        if arguments.before:
            roots = {
                arguments.before: _export(arguments.before, work / "before"),
                "this checkout": ROOT,
            }
        times: dict[tuple[str, str], list[float]] = {}
        for _ in range(arguments.repeat):
            for label, args in COMMANDS:
                filled = [a.replace("{plain}", str(work / "plain.py")) for a in args]
                for name, root in roots.items():
                    spent = _time_once(arguments.python, root, filled, work)
                    times.setdefault((label, name), []).append(spent)
    width = max(len(label) for label, _ in COMMANDS)
    header = "".join(f"{name:>16}" for name in roots)
    print(f"{'median of ' + str(arguments.repeat):<{width}}{header}")
    for label, _ in COMMANDS:
        cells = "".join(f"{statistics.median(times[label, name]):>15.3f}s" for name in roots)
        print(f"{label:<{width}}{cells}")


if __name__ == "__main__":
    main()
