"""A file <-> text, losing nothing: encoding cookie, BOM and newlines come back as they were."""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import tempfile
import tokenize
from dataclasses import dataclass
from pathlib import Path


class SourceError(Exception):
    """The file cannot be read or decoded; the message says why in one line."""


class TooLarge(SourceError):
    pass


class ChangedOnDisk(Exception):
    pass


DEFAULT_MAX_BYTES = 1_000_000


@dataclass(frozen=True)
class SourceFile:
    path: Path
    text: str
    encoding: str  # as Python's tokenizer detected it; "utf-8-sig" keeps a BOM
    digest: str


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceFile:
    """Read and decode ``path``; a symlink is read (and later written) through its target."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise SourceError("is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise SourceError("not a regular file")
        if info.st_size > max_bytes:
            raise TooLarge(
                f"{info.st_size / 1e6:.1f} MB is over the {max_bytes / 1e6:g} MB limit; "
                "raise it with --max-file-size"
            )
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(error.strerror or str(error)) from None
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(encoding)
    except (SyntaxError, LookupError, UnicodeDecodeError) as error:
        raise SourceError(f"cannot decode: {error}") from None
    if "\x00" in text:
        raise SourceError("binary file (contains NUL bytes)")
    return SourceFile(path, text, encoding, hashlib.sha256(data).hexdigest())


def write_source(source: SourceFile, new_text: str) -> None:
    """Atomically replace the file, unless it changed on disk since it was read.

    The new bytes go to a temporary file in the same folder, which then replaces the
    target in one rename: a reader (or a Ctrl-C) sees the old file or the new one, never
    half of either. A symlink stays a symlink: its target is what gets replaced.
    """
    data = new_text.encode(source.encoding)
    target = Path(os.path.realpath(source.path))
    current = target.read_bytes()
    if hashlib.sha256(current).hexdigest() != source.digest:
        raise ChangedOnDisk("changed on disk while it was processed; not written")
    mode = target.stat().st_mode
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".mkd-tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode & 0o7777)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


# Text that runs other code into its own namespace: ``exec``/``eval``/``execfile``, ``runpy``,
# IPython's ``%run`` and its ``run_line_magic``/``magic``/``run_cell``. Cheap enough to ask of
# every file of a run (see linked.snippet_exports); it finds every call that
# ``linked._runs_code`` counts (a superset: a comment or a string may match too). A method
# ``tensor.eval()`` is not the builtin.
_RUNS_CODE_TEXT = re.compile(
    r"%run\b|\brunpy\b|(?:(?<![\w.])|\bbuiltins\.)(?:exec|eval|execfile)\s*\("
    r"|(?P<dot>\.\s*)?\b(?P<method>run_path|run_module|run_line_magic|magic|run_cell)\s*\("
)
# IPython's shell methods: called on a bare name they are the file's own function when it
# defines one of that name (``def magic(*args): ...`` then ``magic(1, 2)``), not IPython's.
SHELL_METHODS = frozenset({"run_line_magic", "magic", "run_cell"})
# Every match holds one of these: plain substring tests, far faster than the pattern's scan,
# skip it for the text of almost every file.
_RUNS_CODE_WORDS = ("%run", "runpy", "exec", "eval", "run_", "magic")


def runs_code_text(text: str) -> bool:
    """Whether ``text`` may run other code into its namespace (see ``_RUNS_CODE_TEXT``)."""
    if not any(word in text for word in _RUNS_CODE_WORDS):
        return False
    return any(not _own_function(text, match) for match in _RUNS_CODE_TEXT.finditer(text))


def _own_function(text: str, match: re.Match[str]) -> bool:
    """The match is a bare call (or the ``def``) of an IPython shell method's name that the
    text defines as its own function."""
    method = match.group("method")
    return (
        method in SHELL_METHODS
        and not match.group("dot")
        and re.search(rf"^\s*(?:async\s+)?def\s+{method}\s*\(", text, re.MULTILINE) is not None
    )
