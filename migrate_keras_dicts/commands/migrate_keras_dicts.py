"""``migrate_keras_dicts.MigrateKerasDictsCommand`` as LibCST's tool resolves it."""

from ..codemod import MigrateKerasDictsCommand

__all__ = ["MigrateKerasDictsCommand"]
