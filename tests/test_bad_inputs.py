"""Bad input, one real file on disk each: a clear one-line message, the documented exit
code, nothing lost, and every other file still processed."""

from __future__ import annotations

import difflib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from migrate_keras_dicts.runner import RunConfig, process_file, write_result
from migrate_keras_dicts.sources import ChangedOnDisk, read_source, write_source

from .support import cli

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "golden" / "keras35_dict_loss_on_list_outputs"
SOURCE = (CASE / "input.py").read_text()
MIGRATED = (CASE / "expected.py").read_text()


def run_one(path: Path, *, write: bool = True):
    outcome = process_file(path, RunConfig())
    return write_result(outcome) if write else outcome


def codes(outcome) -> list[str]:
    return [f.code for f in outcome.findings]


# -- files the tool cannot parse or read ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("import keras\nmodel = keras.Model(\n", 2, "never closed"),
        ("import keras\nprint 'hello'\nkeras.Model\n", 2, "Missing parentheses"),
        ("import keras\ntry:\n    keras.Model\nexcept ValueError, e:\n    pass\n", 4, ""),
    ],
    ids=["syntax-error", "python2-print", "python2-except"],
)
def test_unparsable_file_is_reported_and_untouched(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    path = tmp_path / "bad.py"
    path.write_text(text)
    outcome = run_one(path)
    assert outcome.failed and codes(outcome) == ["MKD901"]
    assert outcome.findings[0].line == line
    assert words in outcome.findings[0].message
    assert path.read_text() == text


def test_binary_junk_named_py(tmp_path: Path) -> None:
    path = tmp_path / "junk.py"
    junk = bytes(range(256)) * 40
    path.write_bytes(junk)
    outcome = run_one(path)
    assert outcome.failed and codes(outcome) == ["MKD903"]
    assert "binary" in outcome.findings[0].message or "decode" in outcome.findings[0].message
    assert path.read_bytes() == junk


def test_undecodable_utf8_without_cookie(tmp_path: Path) -> None:
    path = tmp_path / "latin.py"
    data = SOURCE.encode() + b"# caf\xe9\n"
    path.write_bytes(data)
    outcome = run_one(path)
    assert outcome.failed and codes(outcome) == ["MKD903"]
    assert "decode" in outcome.findings[0].message
    assert path.read_bytes() == data


def test_five_megabyte_file_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "huge.py"
    filler = "".join(f"def f{i}(a):\n    return a + {i}\n" for i in range(200_000))
    path.write_text(SOURCE + filler)
    assert path.stat().st_size > 5_000_000
    outcome = run_one(path)
    assert outcome.failed and codes(outcome) == ["MKD904"]
    assert "MB limit" in outcome.findings[0].message
    assert "--max-file-size" in outcome.findings[0].message


def _notebook(code: str, output_bytes: int) -> str:
    image = "A" * output_bytes  # a base64 PNG, as notebooks keep their plots
    cell = {
        "cell_type": "code",
        "execution_count": 1,
        "metadata": {},
        "outputs": [{"data": {"image/png": image}, "metadata": {}, "output_type": "display_data"}],
        "source": code.splitlines(keepends=True),
    }
    return json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def test_a_notebook_large_from_its_outputs_is_processed(tmp_path: Path) -> None:
    """The size limit is for the code: 3 MB of plots do not make a notebook too large."""
    path = tmp_path / "plots.ipynb"
    path.write_text(_notebook(SOURCE, 3_000_000))
    outcome = run_one(path)
    assert not outcome.failed and "MKD001" in codes(outcome)


def test_a_notebook_with_too_much_code_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "code.ipynb"
    filler = "".join(f"def f{i}(a):\n    return a + {i}\n" for i in range(60_000))
    path.write_text(_notebook(SOURCE + filler, 0))
    outcome = run_one(path)
    assert outcome.failed and codes(outcome) == ["MKD904"]
    assert "code cells hold" in outcome.findings[0].message


def test_missing_path(tmp_path: Path) -> None:
    outcome = run_one(tmp_path / "nope.py")
    assert outcome.failed and codes(outcome) == ["MKD903"]
    assert "no such file" in outcome.findings[0].message


def test_fifo_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "pipe.py"
    os.mkfifo(path)
    outcome = run_one(path)  # must not block
    assert outcome.failed and "not a regular file" in outcome.findings[0].message


def test_explicit_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a.py").symlink_to(tmp_path / "b.py")
    (tmp_path / "b.py").symlink_to(tmp_path / "a.py")
    outcome = run_one(tmp_path / "a.py")
    assert outcome.failed and codes(outcome) == ["MKD903"]
    assert "symbolic links" in outcome.findings[0].message


@pytest.mark.skipif(shutil.which("setpriv") is None, reason="needs setpriv to drop root")
def test_unreadable_file_as_an_unprivileged_user() -> None:
    work = Path(tempfile.mkdtemp(prefix="mkd-perm-"))
    try:
        work.chmod(0o777)
        (work / "secret.py").write_text(SOURCE)
        (work / "secret.py").chmod(0o000)
        (work / "good.py").write_text(SOURCE)
        (work / "good.py").chmod(0o644)
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        if os.geteuid() != 0:
            prefix = []
        done = subprocess.run(
            [*prefix, sys.executable, "-m", "migrate_keras_dicts", ".", "--diff"],
            cwd=work,
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(work)},
        )
        assert done.returncode == 2, done.stderr
        assert "secret.py:1:1: MKD903 cannot read: Permission denied" in done.stderr
        assert "+++ b/good.py" in done.stdout
    finally:
        (work / "secret.py").chmod(0o644)
        shutil.rmtree(work)


# -- files that must come back byte for byte as they were, apart from the rewrite ----------------


def test_latin1_with_cookie_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "latin.py"
    header = "# -*- coding: latin-1 -*-\n# café, naïve\n"
    path.write_bytes((header + SOURCE).encode("latin-1"))
    outcome = run_one(path)
    assert not outcome.failed
    assert path.read_bytes() == (header + MIGRATED).encode("latin-1")


def test_utf8_bom_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "bom.py"
    path.write_bytes(b"\xef\xbb\xbf" + SOURCE.encode())
    run_one(path)
    assert path.read_bytes() == b"\xef\xbb\xbf" + MIGRATED.encode()


def test_crlf_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "crlf.py"
    path.write_bytes(SOURCE.replace("\n", "\r\n").encode())
    run_one(path)
    assert path.read_bytes() == MIGRATED.replace("\n", "\r\n").encode()


def test_mixed_newlines_are_kept_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.py"
    lines = SOURCE.splitlines(keepends=True)
    mixed = "".join(line.replace("\n", "\r\n") if i % 2 else line for i, line in enumerate(lines))
    path.write_bytes(mixed.encode())
    run_one(path)
    after = path.read_bytes().decode().splitlines(keepends=True)
    expected = MIGRATED.splitlines(keepends=True)
    assert [line.rstrip("\r\n") for line in after] == [line.rstrip("\n") for line in expected]
    # every line the migration kept keeps its own newline (laid-out lines are new ones)
    old = [line.rstrip("\r\n") for line in lines]
    new = [line.rstrip("\r\n") for line in after]
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    kept = 0
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            i, got = block.a + k, after[block.b + k]
            assert got.endswith("\r\n") == bool(i % 2), f"line {i + 1} changed its newline"
            kept += 1
    assert kept > len(lines) // 2


def test_tabs_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "tabs.py"
    body = "".join("\t" + line if line.strip() else line for line in SOURCE.splitlines(True))
    path.write_text("def build():\n" + body.replace("\tmodel.fit", "\treturn model\n\tmodel.fit"))
    outcome = run_one(path, write=False)
    assert not outcome.failed
    assert "\t" in outcome.new_text
    compile(outcome.new_text, "tabs.py", "exec")


def test_no_trailing_newline(tmp_path: Path) -> None:
    path = tmp_path / "last.py"
    path.write_text(SOURCE.rstrip("\n"))
    run_one(path)
    assert path.read_text() == MIGRATED.rstrip("\n")


@pytest.mark.parametrize("content", [b"", b"   \n\n", b"# only a comment\n"])
def test_empty_files_are_fine(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.py"
    path.write_bytes(content)
    outcome = run_one(path)
    assert not outcome.failed and not outcome.findings
    assert path.read_bytes() == content


def test_mode_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "script.py"
    path.write_text(SOURCE)
    path.chmod(0o751)
    run_one(path)
    assert path.stat().st_mode & 0o7777 == 0o751
    assert sorted(p.name for p in tmp_path.iterdir()) == ["script.py"]


# -- symlinks and directories --------------------------------------------------------------------


def test_symlinks_are_not_followed_in_a_walk(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "model.py").write_text(SOURCE)
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "linked.py").symlink_to(outside / "model.py")
    (repo / "linked_dir").symlink_to(outside, target_is_directory=True)
    (repo / "loop").symlink_to(repo, target_is_directory=True)
    (repo / "dir.py").mkdir()
    (repo / "own.py").write_text(SOURCE)
    done = cli(".", "--write", cwd=repo)
    assert done.returncode == 0, done.stderr
    assert (outside / "model.py").read_text() == SOURCE
    assert (repo / "own.py").read_text() == MIGRATED
    assert "own.py:" in done.stderr and "linked" not in done.stderr


def test_follow_symlinks_writes_through_the_link(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "model.py").write_text(SOURCE)
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "linked.py").symlink_to(outside / "model.py")
    (repo / "loop").symlink_to(repo, target_is_directory=True)
    done = cli(".", "--write", "--follow-symlinks", cwd=repo)
    assert done.returncode == 0, done.stderr
    assert (repo / "linked.py").is_symlink()
    assert (outside / "model.py").read_text() == MIGRATED


def test_one_run_over_all_bad_inputs_processes_the_good_file(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text("import keras\nkeras.Model(\n")
    (tmp_path / "junk.py").write_bytes(b"\x00\x01keras Model")
    (tmp_path / "empty.py").write_bytes(b"")
    (tmp_path / "dir.py").mkdir()
    (tmp_path / "good.py").write_text(SOURCE)
    done = cli(".", "missing.py", "--diff", cwd=tmp_path)
    assert done.returncode == 2
    assert "broken.py:2:" in done.stderr and "MKD901" in done.stderr
    assert "junk.py:1:1: MKD903 cannot read: binary file" in done.stderr
    assert "migrate-keras-dicts: missing.py: no such file or directory" in done.stderr
    assert "+++ b/good.py" in done.stdout


# -- safe writes ---------------------------------------------------------------------------------


def test_file_changed_on_disk_is_not_written(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "train.py"
    path.write_text(SOURCE)
    source = read_source(path)
    path.write_text(SOURCE + "# edited meanwhile\n")
    with pytest.raises(ChangedOnDisk):
        write_source(source, MIGRATED)
    assert path.read_text() == SOURCE + "# edited meanwhile\n"

    import migrate_keras_dicts.engine as engine  # the runner imports it when it needs it

    real = engine.migrate_python

    def edit_meanwhile(text, display, options, *rest):
        path.write_text(SOURCE + "# and again\n")
        return real(text, display, options, *rest)

    path.write_text(SOURCE)
    monkeypatch.setattr(engine, "migrate_python", edit_meanwhile)
    outcome = run_one(path)
    assert outcome.failed and codes(outcome)[-1] == "MKD905"
    assert path.read_text() == SOURCE + "# and again\n"


def test_ctrl_c_during_write_leaves_every_file_old_or_new(tmp_path: Path) -> None:
    for count in (1000, 4000):
        work = tmp_path / f"run{count}"
        work.mkdir()
        for i in range(count):
            (work / f"m{i:04d}.py").write_text(SOURCE)
        process = subprocess.Popen(
            [sys.executable, "-m", "migrate_keras_dicts", ".", "--write", "-q"],
            cwd=work,
            # as a shell starts it: a test run in the background inherits ignored SIGINT
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if (work / "m0000.py").read_text() == MIGRATED:  # the first write has happened
                break
            time.sleep(0.001)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=120)
        contents = [p.read_text() for p in sorted(work.glob("*.py"))]
        leftovers = [p.name for p in work.iterdir() if not p.name.endswith(".py")]
        assert leftovers == []
        assert all(text in (SOURCE, MIGRATED) for text in contents)
        if process.returncode == 130 and SOURCE in contents:
            assert "interrupted" in stderr
            assert MIGRATED in contents
            return
    pytest.fail("the run finished before the signal; could not test an interruption")
