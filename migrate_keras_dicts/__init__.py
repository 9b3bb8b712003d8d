"""migrate-keras-dicts: move Keras functional models to fully named dict structures.

The library API (see README, "Library API"): :func:`migrate_source` for a text,
:func:`migrate_paths` for files and directories.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .api import FileResult, Finding, Result, migrate_paths, migrate_source

__all__ = ["FileResult", "Finding", "Result", "__version__", "migrate_paths", "migrate_source"]


def __getattr__(name: str) -> Any:
    """The API is imported on first use (PEP 562): `--version`, `--help` and a run over
    files without Keras then never load LibCST."""
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
