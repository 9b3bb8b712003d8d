"""Codemod commands in LibCST's layout: list ``migrate_keras_dicts.commands`` under
``modules`` in ``.libcst.codemod.yaml`` and ``python -m libcst.tool codemod
migrate_keras_dicts.MigrateKerasDictsCommand PATH`` finds the command."""
