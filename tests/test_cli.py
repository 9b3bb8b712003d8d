"""The command line, run as a user runs it: a subprocess on real files."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from migrate_keras_dicts.findings import RULES, catalogue_markdown
from migrate_keras_dicts.options import OVERRIDABLE

from .support import cli

ROOT = Path(__file__).resolve().parent.parent
BUG_CASE = ROOT / "golden" / "keras35_dict_loss_on_list_outputs"
REFUSED_CASE = ROOT / "golden" / "refuse_fit_on_dataset"


def test_diff_applies_with_git_and_writes_nothing(tmp_path: Path) -> None:
    shutil.copy(BUG_CASE / "input.py", tmp_path / "train.py")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    done = cli("train.py", "--diff", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("--- a/train.py\n+++ b/train.py\n")
    assert (tmp_path / "train.py").read_text() == (BUG_CASE / "input.py").read_text()
    (tmp_path / "patch.diff").write_text(done.stdout)
    subprocess.run(["git", "apply", "patch.diff"], cwd=tmp_path, check=True)
    assert (tmp_path / "train.py").read_text() == (BUG_CASE / "expected.py").read_text()


def test_write_then_check_is_clean(tmp_path: Path) -> None:
    target = tmp_path / "train.py"
    shutil.copy(BUG_CASE / "input.py", target)
    target.chmod(0o640)
    assert cli("train.py", "--check", cwd=tmp_path).returncode == 1
    done = cli("train.py", "--write", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert target.read_text() == (BUG_CASE / "expected.py").read_text()
    assert target.stat().st_mode & 0o777 == 0o640
    assert cli("train.py", "--check", cwd=tmp_path).returncode == 0
    assert [p.name for p in tmp_path.iterdir()] == ["train.py"]


def test_findings_go_to_stderr_with_location(tmp_path: Path) -> None:
    shutil.copy(REFUSED_CASE / "input.py", tmp_path / "train.py")
    done = cli("train.py", "--diff", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stdout == ""
    assert "train.py:10:1: MKD107 " in done.stderr


def test_syntax_error_exits_2_and_other_files_still_processed(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text("import keras\nprint 'x'\nkeras.Model\n")
    shutil.copy(BUG_CASE / "input.py", tmp_path / "train.py")
    done = cli(".", "--diff", cwd=tmp_path)
    assert done.returncode == 2
    assert "broken.py:2:" in done.stderr and "MKD901" in done.stderr
    assert "+++ b/train.py" in done.stdout


def test_missing_path_is_reported(tmp_path: Path) -> None:
    """A clear message without a made-up position, and not counted as scanned."""
    done = cli("nope.py", "--format", "json", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "migrate-keras-dicts: nope.py: no such file or directory\n"
    assert json.loads(done.stdout)["summary"]["files_scanned"] == 0


def test_explain_every_code() -> None:
    for code in RULES:
        done = cli("explain", code, cwd=ROOT)
        assert done.returncode == 0
        assert done.stdout.startswith(f"# {code} ")
    assert cli("explain", "NOPE1", cwd=ROOT).returncode == 2


def test_readme_catalogue_is_generated_from_the_code() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "<!-- catalogue:start -->\n" + catalogue_markdown() + "<!-- catalogue:end -->" in readme


# -- what surprised a first-time user (issue 14) ---------------------------------------------


def test_write_and_interactive_are_exclusive(tmp_path: Path) -> None:
    shutil.copy(BUG_CASE / "input.py", tmp_path / "train.py")
    done = cli("train.py", "--write", "--interactive", cwd=tmp_path, input="")
    assert done.returncode == 2
    assert "--write and --interactive cannot be combined" in done.stderr
    assert (tmp_path / "train.py").read_text() == (BUG_CASE / "input.py").read_text()


def test_check_exits_1_and_names_files_even_with_a_failed_file_and_quiet(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text("import keras\nprint 'x'\nkeras.Model\n")
    shutil.copy(BUG_CASE / "input.py", tmp_path / "train.py")
    done = cli(".", "--check", "-q", cwd=tmp_path)
    assert done.returncode == 1
    assert "broken.py:2:1: MKD901" in done.stderr  # the failure is still reported
    assert "would change train.py\n" in done.stderr
    assert "MKD001" not in done.stderr  # -q: no info findings, no summary
    (tmp_path / "train.py").unlink()
    assert cli(".", "--check", cwd=tmp_path).returncode == 2  # nothing to change, one failed
    (tmp_path / "broken.py").unlink()
    assert cli(".", "--check", cwd=tmp_path).returncode == 0


def test_help_lists_explain_and_exit_codes_with_readable_metavars() -> None:
    done = cli("--help", cwd=ROOT, env={**os.environ, "COLUMNS": "100"})
    assert done.returncode == 0
    assert "explain [CODE]" in done.stdout and "Exit codes:" in done.stdout
    assert "<list[" not in done.stdout and "<int>" not in done.stdout
    assert "[default: 0]" not in done.stdout and "one per core" in done.stdout
    assert "--format text|json|github|sarif" in done.stdout
    done = cli("explain", "--help", cwd=ROOT)
    assert "Usage: migrate-keras-dicts explain [OPTIONS] [CODE]" in done.stdout
    assert "<str>" not in done.stdout


def test_explain_pairing_piped_keeps_whole_cells(tmp_path: Path) -> None:
    (tmp_path / "wide.py").write_text(
        "import keras\n\n"
        'first_input_of_the_model = keras.Input(shape=(3,), name="first_input_of_the_model")\n'
        "hidden = keras.layers.Dense(4)(first_input_of_the_model)\n"
        'main_output_head = keras.layers.Dense(1, name="main_output_head")(hidden)\n'
        'auxiliary_output_head = keras.layers.Dense(1, name="auxiliary_output_head")(hidden)\n'
        "model = keras.Model(first_input_of_the_model, [main_output_head, auxiliary_output_head])\n"
        'model.compile(loss={"auxiliary_output_head": "binary_crossentropy", '
        '"main_output_head": "mean_squared_error"}, metrics=[["mae"], ["accuracy"]])\n'
    )
    done = cli("wide.py", "--explain-pairing", cwd=tmp_path, env={**os.environ, "COLUMNS": "80"})
    assert done.returncode == 0, done.stderr
    assert "…" not in done.stdout
    assert '"binary_crossentropy"' in done.stdout and '"mean_squared_error"' in done.stdout


def test_interactive_end_of_input_is_a_clean_stop(tmp_path: Path) -> None:
    """Answers from a pipe (the pseudo-terminal test is tests/test_interactive.py)."""
    shutil.copy(BUG_CASE / "input.py", tmp_path / "train.py")
    done = cli("train.py", "--interactive", cwd=tmp_path, input="")
    assert done.returncode == 0, done.stderr
    assert "Aborted" not in done.stdout + done.stderr
    assert (tmp_path / "train.py").read_text() == (BUG_CASE / "input.py").read_text()
    assert "files skipped" in done.stderr


def sarif_schema() -> dict:
    return json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text())


def test_sarif_validates_and_places_every_finding(tmp_path: Path) -> None:
    import jsonschema

    shutil.copy(ROOT / "tests" / "notebooks" / "jupyter_model.ipynb", tmp_path / "nb.ipynb")
    shutil.copy(REFUSED_CASE / "input.py", tmp_path / "refused.py")
    shutil.copy(BUG_CASE / "input.py", tmp_path / "train.py")
    (tmp_path / "broken.py").write_text("import keras\nprint 'x'\nkeras.Model\n")
    done = cli(".", "--format", "sarif", cwd=tmp_path)
    assert done.returncode == 2, done.stderr  # broken.py failed, nothing asked to --check
    log = json.loads(done.stdout)
    jsonschema.validate(log, sarif_schema())
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(RULES)
    assert all(r["help"]["markdown"].startswith(f"# {r['id']} ") for r in rules)
    results = {
        (r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]): r
        for r in run["results"]
    }
    refused = results["MKD107", "refused.py"]
    assert refused["level"] == "warning"
    assert refused["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 10,
        "startColumn": 1,
    }
    assert results["MKD901", "broken.py"]["level"] == "error"
    assert results["MKD001", "train.py"]["level"] == "note"
    assert rules[results["MKD004", "train.py"]["ruleIndex"]]["id"] == "MKD004"
    in_cell = results["MKD003", "nb.ipynb"]
    assert in_cell["properties"]["cell"] == 3
    assert in_cell["message"]["text"].startswith("cell 3 line ")
    # every finding of the text output is a result
    text = cli(".", cwd=tmp_path).stderr
    assert len(run["results"]) == len(re.findall(r": MKD\d{3} ", text))


LOADED = """
import runpy, sys
sys.argv = ["migrate-keras-dicts", *sys.argv[1:]]
try:
    runpy.run_module("migrate_keras_dicts", run_name="__main__")
except SystemExit:
    pass
heavy = ("libcst", "rich.table", "rich.progress", "migrate_keras_dicts.engine")
print(" ".join(sorted(m for m in sys.modules if m in heavy)), file=sys.stderr)
"""


def test_quick_commands_do_not_load_libcst_or_rich_tables(tmp_path: Path) -> None:
    """What keeps start-up short (benchmarks/startup.py measures it), pinned without timing."""
    (tmp_path / "plain.py").write_text("import os\nprint(os.sep)\n")
    for args in (["--version"], ["--help"], ["explain", "MKD004"], ["explain"], ["plain.py", "-q"]):
        done = subprocess.run(
            [sys.executable, "-c", LOADED, *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert done.stderr.splitlines()[-1] == "", (args, done.stderr)


def test_interactive_refuses_machine_formats(tmp_path: Path) -> None:
    shutil.copy(BUG_CASE / "input.py", tmp_path / "train.py")
    done = cli("train.py", "-i", "--format", "json", cwd=tmp_path, input="y\n")
    assert done.returncode == 2 and "--interactive asks on stdout" in done.stderr
    assert (tmp_path / "train.py").read_text() == (BUG_CASE / "input.py").read_text()


def test_startup_benchmark_script_runs() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "startup.py"), "--repeat", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = done.stdout.splitlines()
    assert rows[0].startswith("median of 1")
    assert [row.split("  ")[0] for row in rows[1:]] == [
        "--version",
        "--help",
        "explain MKD004",
        "a file without Keras",
    ]


def test_accept_names_the_codes_it_can_override(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text("x = 1\n")
    done = cli("m.py", "--accept", "MKD130", cwd=tmp_path)
    assert done.returncode == 2
    assert "--accept MKD130" in done.stderr and "MKD120" in done.stderr


def test_overridable_codes_are_exactly_those_the_planner_lets_unsafe_override() -> None:
    """OVERRIDABLE (which --accept checks) is the set of codes given to unsafe_or_block."""
    spelled = set()
    for path in (ROOT / "migrate_keras_dicts").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "unsafe_or_block"
            ):
                first = node.args[0]
                assert isinstance(first, ast.Constant), f"{path}: a code not spelled out"
                spelled.add(first.value)
    assert spelled == OVERRIDABLE
