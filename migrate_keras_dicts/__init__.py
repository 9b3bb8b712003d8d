"""migrate-keras-dicts: move Keras functional models to fully named dict structures.

The library API (see README, "Library API"): :func:`migrate_source` for a text,
:func:`migrate_paths` for files and directories.
"""

__version__ = "0.1.0"

from .api import FileResult, Finding, Result, migrate_paths, migrate_source

__all__ = ["FileResult", "Finding", "Result", "__version__", "migrate_paths", "migrate_source"]
