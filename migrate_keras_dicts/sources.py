"""A file <-> text, losing nothing: encoding cookie, BOM and newlines come back as they were."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import tokenize
from dataclasses import dataclass
from pathlib import Path


class SourceError(Exception):
    """The file cannot be read or decoded; the message says why in one line."""


class ChangedOnDisk(Exception):
    pass


@dataclass(frozen=True)
class SourceFile:
    path: Path
    text: str
    encoding: str  # as Python's tokenizer detected it; "utf-8-sig" keeps a BOM
    digest: str


def read_source(path: Path) -> SourceFile:
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise SourceError("is a directory") from None
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
    """Atomically replace the file, unless it changed on disk since it was read."""
    data = new_text.encode(source.encoding)
    current = source.path.read_bytes()
    if hashlib.sha256(current).hexdigest() != source.digest:
        raise ChangedOnDisk(f"{source.path} changed on disk while it was processed; not written")
    mode = source.path.stat().st_mode
    directory = source.path.parent
    fd, temp = tempfile.mkstemp(prefix=f".{source.path.name}.", suffix=".mkd-tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode & 0o7777)
        os.replace(temp, source.path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
