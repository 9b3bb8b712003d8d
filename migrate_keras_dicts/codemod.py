"""The migration as a LibCST codemod command, for codebases that already run codemods.

    python -m libcst.tool codemod -x migrate_keras_dicts.codemod.MigrateKerasDictsCommand src/

or, with ``migrate_keras_dicts.commands`` in the ``modules`` of ``.libcst.codemod.yaml``,
``python -m libcst.tool codemod migrate_keras_dicts.MigrateKerasDictsCommand src/``.
LibCST runs it one file at a time, so a model built in one file and used in another is
refused here; the ``migrate-keras-dicts`` command line links such files.
"""

from __future__ import annotations

import argparse

import libcst as cst
from libcst.codemod import CodemodCommand, CodemodContext, SkipFile

from .api import migrate_source
from .findings import Severity


class MigrateKerasDictsCommand(CodemodCommand):
    DESCRIPTION: str = (
        "Rewrite Keras functional models, their compile and their data calls into fully "
        "named dicts (migrate-keras-dicts)."
    )

    def __init__(self, context: CodemodContext, unsafe: bool = False) -> None:
        super().__init__(context)
        self.unsafe = unsafe

    @staticmethod
    def add_args(arg_parser: argparse.ArgumentParser) -> None:
        arg_parser.add_argument(
            "--unsafe",
            action="store_true",
            help="Migrate even when a use of the model's result cannot be proven right (MKD010).",
        )

    def transform_module_impl(self, tree: cst.Module) -> cst.Module:
        """Run the engine on the module's text; its findings become codemod warnings."""
        path = self.context.filename or "<string>"
        result = migrate_source(tree.code, path, unsafe=self.unsafe)
        for finding in result.findings:
            if finding.severity is not Severity.INFO:
                self.warn(finding.render(path))
        if result.failed:
            raise SkipFile("migrate-keras-dicts could not process the file (see warnings)")
        if not result.changed:
            refused = result.models_refused
            raise SkipFile(
                f"{refused} model(s) left as they were (see warnings)"
                if refused
                else "no model to migrate"
            )
        return cst.parse_module(result.new_text).with_changes(encoding=tree.encoding)
