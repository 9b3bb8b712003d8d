"""Whole repositories: which files are walked, parallel runs, reports and patches."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from migrate_keras_dicts.discover import Selection, discover

from .support import cli

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "golden" / "keras35_dict_loss_on_list_outputs"
SOURCE = (CASE / "input.py").read_text()
MIGRATED = (CASE / "expected.py").read_text()
REFUSED = (ROOT / "golden" / "refuse_fit_on_dataset" / "input.py").read_text()


def make_repo(root: Path) -> Path:
    """A small repository: models at several depths, ignored and vendored folders."""
    files = {
        "train.py": SOURCE,
        "pkg/__init__.py": "",
        "pkg/model.py": SOURCE,
        "pkg/refused.py": REFUSED,
        "pkg/plain.py": "print('no keras here')\n",
        "pkg/generated/out.py": SOURCE,  # ignored by pkg/.gitignore
        "pkg/.gitignore": "generated/\n*.tmp.py\n",
        "pkg/scratch.tmp.py": SOURCE,  # ignored by pattern
        "logs/keep.py": SOURCE,  # re-included by a negation below the root rule
        "logs/drop.py": SOURCE,
        ".gitignore": "logs/*\n!logs/keep.py\n",
        ".venv/lib/site.py": SOURCE,  # a virtualenv by name
        "myenv/pyvenv.cfg": "home = /usr/bin\n",  # a virtualenv by its marker
        "myenv/lib/thing.py": SOURCE,
        "node_modules/x.py": SOURCE,
        "build/lib/copy.py": SOURCE,
        "docs/notes.txt": "keras.Model([a, b], [c, d])\n",
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    return root


def walked(root: Path, **selection) -> list[str]:
    return [p.relative_to(root).as_posix() for p in discover([root], Selection(**selection))]


def test_walk_honours_nested_gitignore_and_skips_environments(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    assert walked(root) == [
        "train.py",
        "logs/keep.py",
        "pkg/__init__.py",
        "pkg/model.py",
        "pkg/plain.py",
        "pkg/refused.py",
    ]


def test_gitignore_can_be_turned_off_and_globs_narrow_the_walk(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    everything = walked(root, gitignore=False)
    assert "pkg/generated/out.py" in everything and "logs/drop.py" in everything
    assert ".venv/lib/site.py" not in everything and "myenv/lib/thing.py" not in everything
    assert walked(root, exclude=("pkg/",)) == ["train.py", "logs/keep.py"]
    assert walked(root, include=("model.py",)) == ["pkg/model.py"]


def test_explicit_files_are_always_processed(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    ignored = root / "pkg" / "generated" / "out.py"
    assert list(discover([ignored], Selection())) == [ignored]


def test_folder_only_rules_as_git_reads_them(tmp_path: Path) -> None:
    """An allow-list ``.gitignore`` (ignore everything, then ``!*/`` to keep the folders and
    ``!*.py`` to keep the Python files) walks what git keeps; pathspec alone cannot tell a
    folder by its trailing ``/`` and skipped every folder, so the whole repository."""
    files = {
        ".gitignore": "*\n!*/\n!.gitignore\n!*.py\ndata/big/\n/top/\n",
        "train.py": SOURCE,
        "notes.txt": "",
        "src/app/model.py": SOURCE,
        "src/app/readme.md": "",
        "data/big/copy.py": SOURCE,  # a folder-only rule after the negation
        "data/small/keep.py": SOURCE,
        "top/drop.py": SOURCE,  # anchored folder-only rule
        "nested/top/keep.py": SOURCE,
    }
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    kept = subprocess.run(
        ["git", "ls-files", "--others", "--exclude-standard", "--", "*.py"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    assert sorted(walked(tmp_path)) == sorted(kept)
    assert sorted(kept) == [
        "data/small/keep.py",
        "nested/top/keep.py",
        "src/app/model.py",
        "train.py",
    ]


def test_a_subdirectory_walk_sees_the_repository_root_gitignore(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    assert [p.name for p in discover([root / "logs"], Selection())] == ["keep.py"]


def test_patch_touches_exactly_the_right_files_and_applies(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "repo")
    clean = tmp_path / "clean"
    shutil.copytree(root, clean)
    patch = tmp_path / "all.patch"
    done = cli(".", "--output-patch", str(patch), "-q", cwd=root)
    assert done.returncode == 0, done.stderr
    text = patch.read_text()
    touched = sorted(line[6:] for line in text.splitlines() if line.startswith("+++ b/"))
    assert touched == ["logs/keep.py", "pkg/model.py", "train.py"]
    subprocess.run(["git", "apply", "--check", str(patch)], cwd=clean, check=True)
    subprocess.run(["git", "apply", str(patch)], cwd=clean, check=True)
    for name in touched:
        assert (clean / name).read_text() == MIGRATED
    assert (clean / "pkg" / "refused.py").read_text() == REFUSED


def test_json_report_follows_the_documented_schema(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    done = cli(".", "--format", "json", "--diff", cwd=root)
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["version"] == 1
    by_path = {record["path"]: record for record in document["files"]}
    assert by_path["train.py"]["status"] == "changed"
    assert by_path["train.py"]["diff"].startswith("--- a/train.py")
    assert by_path["pkg/refused.py"]["status"] == "unchanged"
    assert by_path["pkg/refused.py"]["models_refused"] == 1
    refusal = by_path["pkg/refused.py"]["findings"][0]
    assert set(refusal) == {"code", "severity", "line", "column", "message"}
    assert refusal["code"] == "MKD107" and refusal["severity"] == "refused"
    assert document["summary"] == {
        "files_scanned": 6,
        "files_changed": 3,
        "files_unchanged": 3,
        "files_failed": 0,
        "models_migrated": 3,
        "models_refused": 1,
    }


def test_github_annotations(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    done = cli(".", "--format", "github", "-q", cwd=root)
    lines = done.stdout.splitlines()
    assert "::warning file=pkg/refused.py,line=10,col=1,title=MKD107::" in "\n".join(lines)
    assert all(line.startswith("::") for line in lines)


def test_interactive_asks_per_file(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    done = cli(".", "--interactive", "--jobs", "1", cwd=root, input="y\nn\nq\n")
    assert done.returncode == 0, done.stderr
    assert (root / "logs" / "keep.py").read_text() == SOURCE  # said n
    assert (root / "train.py").read_text() == MIGRATED  # said y
    assert (root / "pkg" / "model.py").read_text() == SOURCE  # quit before it


def test_interactive_all_writes_the_rest(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    done = cli(".", "-i", cwd=root, input="n\na\n")
    assert done.returncode == 0, done.stderr
    assert (root / "train.py").read_text() == SOURCE
    assert (root / "logs" / "keep.py").read_text() == MIGRATED
    assert (root / "pkg" / "model.py").read_text() == MIGRATED


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_check_exit_codes(tmp_path: Path, jobs: str) -> None:
    root = make_repo(tmp_path)
    assert cli(".", "--check", "-j", jobs, cwd=root).returncode == 1
    assert cli(".", "--write", "-j", jobs, "-q", cwd=root).returncode == 0
    assert cli(".", "--check", "-j", jobs, cwd=root).returncode == 0


def test_a_thousand_files_give_the_same_output_with_one_or_two_jobs(tmp_path: Path) -> None:
    root = tmp_path / "big"
    kinds = [SOURCE, REFUSED, "import os\nprint(os.sep)\n", "import keras\nx = keras.ops.ones(3)\n"]
    for i in range(1000):
        folder = root / f"pkg{i % 17}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"m{i:04d}.py").write_text(kinds[i % len(kinds)])
    one = cli(".", "--diff", "-j", "1", "--no-color", cwd=root)
    two = cli(".", "--diff", "-j", "2", "--no-color", cwd=root)
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and one.stdout.count("+++ b/") == 250
    assert one.stderr == two.stderr


PLAIN_NOTEBOOK = (
    '{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 1,\n'
    '   "metadata": {},\n   "outputs": [{"name": "stdout", "output_type": "stream", '
    '"text": ["3\\n"]}],\n   "source": ["%matplotlib inline\\n", "print(1 + 2)"]\n  }\n ],\n'
    ' "metadata": {"kernelspec": {"language": "python", "name": "python3"}},\n'
    ' "nbformat": 4,\n "nbformat_minor": 5\n}\n'
)


def test_notebooks_in_a_repository(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "notebooks" / ".ipynb_checkpoints").mkdir(parents=True)
    magics = (ROOT / "tests" / "notebooks" / "magics.ipynb").read_text()
    (root / "notebooks" / "explore.ipynb").write_text(magics)
    (root / "notebooks" / ".ipynb_checkpoints" / "explore-checkpoint.ipynb").write_text(magics)
    (root / "notebooks" / "plain.ipynb").write_text(PLAIN_NOTEBOOK)
    (root / "train.py").write_text(SOURCE)
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    clean = tmp_path / "clean"
    shutil.copytree(root, clean)
    patch = tmp_path / "nb.patch"
    done = cli(".", "--output-patch", str(patch), "--diff", cwd=root)
    assert done.returncode == 0, done.stderr
    touched = sorted(line[6:] for line in patch.read_text().splitlines() if line.startswith("+++"))
    assert touched == ["notebooks/explore.ipynb", "train.py"]
    assert "notebooks/explore.ipynb:cell 7:2:7: MKD106 an IPython magic" in done.stderr
    subprocess.run(["git", "apply", str(patch)], cwd=clean, check=True)
    expected = (ROOT / "golden" / "nb_magics" / "expected.ipynb").read_text()
    assert (clean / "notebooks" / "explore.ipynb").read_text() == expected
    assert (clean / "notebooks" / "plain.ipynb").read_text() == PLAIN_NOTEBOOK
    done = cli(".", "--write", "-q", cwd=root)
    assert done.returncode == 0, done.stderr
    assert (root / "notebooks" / "explore.ipynb").read_text() == expected
    assert (root / "notebooks" / "plain.ipynb").read_bytes() == PLAIN_NOTEBOOK.encode()
    checkpoint = root / "notebooks" / ".ipynb_checkpoints" / "explore-checkpoint.ipynb"
    assert checkpoint.read_text() == magics


def test_a_notebook_importing_a_builder_blocks_the_cross_file_migration(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(ROOT / "golden" / "xfile_models_train" / "input", root)
    cell = "from models import build_model\\nmodel = build_model()\\nmodel.fit(x, [ya, yg])\\n"
    notebook = {
        "cells": [
            {
                "cell_type": "code",
                "execution_count": None,
                "metadata": {},
                "outputs": [],
                "source": cell,
            }
        ],
        "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    (root / "explore.ipynb").write_text(json.dumps(notebook, indent=1) + "\n")
    before = {p.name: p.read_text() for p in root.iterdir()}
    done = cli(".", "--write", cwd=root)
    assert done.returncode == 0, done.stderr
    assert {p.name: p.read_text() for p in root.iterdir()} == before
    assert "models.py:12:12: MKD122" in done.stderr
    assert "explore.ipynb uses `build_model`" in done.stderr
