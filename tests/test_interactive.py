"""`--interactive` on a pseudo-terminal, answered as a person answers: y, n, a, q, Ctrl-D, Ctrl-C.

The tool runs on the child side of a pty (stdin, stdout and stderr all a terminal, 60
columns wide so that a hard-wrapping printer would show), the test reads until each
question, answers, and checks what is on disk after the run.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from .support import MIGRATED, ROOT, SOURCE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

FILES = ("a.py", "b.py", "c.py")
QUESTION = re.compile(rb"write (\S+)\? \[y/n/a/q\]")


def _take_terminal() -> None:
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)
    # As a shell starts it: a test run in the background (``cmd &``) inherits ignored SIGINT.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Terminal:
    """The tool on a pseudo-terminal; ``expect`` reads until a pattern, ``send`` types."""

    def __init__(self, args: list[str], cwd: Path) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 60, 0, 0))
        env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "60", "TERM": "dumb"}
        env.pop("NO_COLOR", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "migrate_keras_dicts", *args, "--no-color"],
            cwd=cwd,
            env=env,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            close_fds=True,
            # its own session with the pty as controlling terminal, as in a shell: Ctrl-C
            # typed on it is a SIGINT to the tool
            start_new_session=True,
            preexec_fn=_take_terminal,
        )
        os.close(slave)
        self.seen = b""

    def expect(self, pattern: re.Pattern[bytes], timeout: float = 60) -> re.Match[bytes]:
        deadline = time.monotonic() + timeout
        start = len(self.seen)
        while True:
            match = pattern.search(self.seen, start)
            if match:
                return match
            left = deadline - time.monotonic()
            assert left > 0, f"timed out waiting for {pattern.pattern!r}; got {self.seen!r}"
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:  # the child closed the terminal
                    chunk = b""
                assert chunk or pattern.search(self.seen, start), (
                    f"ended before {pattern.pattern!r}; got {self.seen!r}"
                )
                self.seen += chunk

    def send(self, text: bytes) -> None:
        os.write(self.master, text)

    def finish(self, timeout: float = 60) -> int:
        """Read to the end (the child's last output) and the exit code."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    break
                self.seen += chunk
            elif self.process.poll() is not None:
                break
        os.close(self.master)
        return self.process.wait(timeout=timeout)


def project(tmp_path: Path) -> Path:
    for name in FILES:
        (tmp_path / name).write_text(SOURCE)
    return tmp_path


def answer_all(tmp_path: Path, answers: list[bytes]) -> tuple[int, bytes]:
    terminal = Terminal([".", "-i"], tmp_path)
    for answer in answers:
        terminal.expect(QUESTION)
        terminal.send(answer)
    code = terminal.finish()
    return code, terminal.seen


def on_disk(tmp_path: Path) -> dict[str, str]:
    return {name: "new" if (tmp_path / name).read_text() == MIGRATED else "old" for name in FILES}


def test_yes_no_and_the_summary(tmp_path: Path) -> None:
    code, seen = answer_all(project(tmp_path), [b"y\n", b"n\n", b"y\n"])
    assert code == 0, seen.decode()
    assert on_disk(tmp_path) == {"a.py": "new", "b.py": "old", "c.py": "new"}
    text = seen.decode()
    assert "written" in text and "skipped" in text  # headers, wrapped at 60 columns
    assert re.search(r"│\s+3 │\s+2 │\s+1 │", text), text  # scanned, written, skipped


def test_findings_come_before_the_question_and_the_diff_is_not_wrapped(tmp_path: Path) -> None:
    terminal = Terminal([".", "-i"], project(tmp_path))
    first = terminal.expect(QUESTION)
    shown = terminal.seen[: first.start()].decode().replace("\r\n", "\n")
    assert "a.py:10:9: MKD001" in shown  # the findings of the file asked about
    assert shown.index("MKD001") < shown.index("--- a/a.py")
    diff = shown[shown.index("--- a/a.py") :]
    added = set(MIGRATED.splitlines()) - set(SOURCE.splitlines())
    long_lines = [line for line in added if len(line) > 60]
    assert long_lines, "the case must add lines wider than the terminal"
    for line in long_lines:
        assert f"+{line}\n" in diff  # whole, with its +, not cut at 60 columns
    terminal.send(b"q\n")
    assert terminal.finish() == 0
    assert on_disk(tmp_path) == {"a.py": "old", "b.py": "old", "c.py": "old"}


def test_all_writes_this_file_and_the_rest(tmp_path: Path) -> None:
    code, seen = answer_all(project(tmp_path), [b"n\n", b"a\n"])
    assert code == 0, seen.decode()
    assert on_disk(tmp_path) == {"a.py": "old", "b.py": "new", "c.py": "new"}
    assert seen.count(b"? [y/n/a/q]") == 2


def test_quit_leaves_the_rest_untouched(tmp_path: Path) -> None:
    code, seen = answer_all(project(tmp_path), [b"y\n", b"q\n"])
    assert code == 0, seen.decode()
    assert on_disk(tmp_path) == {"a.py": "new", "b.py": "old", "c.py": "old"}
    assert seen.count(b"? [y/n/a/q]") == 2
    assert re.search(r"│\s+3 │\s+1 │\s+2 │", seen.decode())


def test_end_of_input_stops_cleanly(tmp_path: Path) -> None:
    # Ctrl-D at the start of a line: the terminal reports the end of input
    code, seen = answer_all(project(tmp_path), [b"y\n", b"\x04"])
    assert code == 0, seen.decode()
    assert b"Aborted" not in seen and b"Traceback" not in seen
    assert on_disk(tmp_path) == {"a.py": "new", "b.py": "old", "c.py": "old"}


def test_an_unknown_answer_asks_again_and_enter_means_no(tmp_path: Path) -> None:
    code, seen = answer_all(project(tmp_path), [b"maybe\n", b"\n", b"y\n", b"n\n"])
    assert code == 0, seen.decode()
    assert on_disk(tmp_path) == {"a.py": "old", "b.py": "new", "c.py": "old"}


def test_ctrl_c_at_the_question_exits_130_with_the_answered_files_written(tmp_path: Path) -> None:
    code, seen = answer_all(project(tmp_path), [b"y\n", b"\x03"])
    assert code == 130, seen.decode()
    assert b"interrupted after 1 file(s)" in seen and b"Traceback" not in seen
    assert on_disk(tmp_path) == {"a.py": "new", "b.py": "old", "c.py": "old"}
