"""Command line: flags in, a run out. The logic lives in the engine and the runner."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from . import __version__
from .findings import RULES, explain
from .plan import Options
from .report import stderr_console, summary_table, unified_diff
from .runner import Outcome, RunConfig, run_files
from .sources import DEFAULT_MAX_BYTES

app = typer.Typer(add_completion=False, rich_markup_mode=None)
explain_app = typer.Typer(add_completion=False, rich_markup_mode=None)


@app.command()
def migrate(
    paths: list[Path] | None = typer.Argument(None, help="Files or directories (walked for *.py)."),
    diff: bool = typer.Option(False, "--diff", help="Print a unified diff; write nothing."),
    write: bool = typer.Option(False, "--write", help="Write the changes (atomically)."),
    check: bool = typer.Option(False, "--check", help="Exit 1 when any file would change."),
    unsafe: bool = typer.Option(
        False,
        "--unsafe",
        help="Migrate even when a use of the model's result cannot be proven "
        "right; such uses are reported (MKD010).",
    ),
    quiet: bool = typer.Option(
        False, "--quiet", "-q", help="No findings of severity info, no summary."
    ),
    color: bool | None = typer.Option(None, "--color/--no-color", help="Force color on or off."),
    max_file_size: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-file-size", metavar="BYTES", help="Skip larger files (MKD904)."
    ),
    follow_symlinks: bool = typer.Option(
        False, "--follow-symlinks", help="Follow symlinks met while walking directories."
    ),
    version: bool = typer.Option(False, "--version", help="Print the version and exit."),
) -> None:
    """Rewrite Keras functional models into fully named dict form.

    Without --write nothing is written. Findings go to stderr as path:line:col: CODE message;
    `migrate-keras-dicts explain CODE` explains a code.
    """
    if version:
        typer.echo(__version__)
        raise typer.Exit(0)
    if not paths:
        typer.echo("migrate-keras-dicts: give at least one PATH (see --help)", err=True)
        raise typer.Exit(2)
    console = stderr_console(color)
    config = RunConfig(write=write, max_bytes=max_file_size, follow_symlinks=follow_symlinks)
    outcomes: list[Outcome] = []
    try:
        totals = run_files(paths, Options(unsafe=unsafe), config, outcomes)
    except KeyboardInterrupt:
        written = sum(outcome.written for outcome in outcomes)
        console.print(
            f"interrupted: {written} file(s) written; every file is either as it was or "
            "completely rewritten",
            markup=False,
        )
        raise typer.Exit(130) from None
    for outcome in outcomes:
        for finding in outcome.findings:
            if quiet and finding.severity.value == "info":
                continue
            console.print(finding.render(outcome.display), markup=False, soft_wrap=True)
        if diff and outcome.new_text is not None and outcome.new_text != outcome.old_text:
            sys.stdout.write(unified_diff(outcome.old_text, outcome.new_text, outcome.display))
    sys.stdout.flush()
    if not quiet:
        console.print(summary_table(totals, "written" if write else "to change"))
    if totals.failed:
        raise typer.Exit(2)
    if check and totals.changed and not write:
        raise typer.Exit(1)


@explain_app.command()
def explain_command(
    code: str = typer.Argument(None, help="A finding code such as MKD004; none lists all."),
) -> None:
    """Explain a finding code, with an example and the rewrite."""
    if code is None:
        for rule in RULES.values():
            typer.echo(f"{rule.code}  {rule.severity.value:<8} {rule.title}")
        return
    if code.upper() not in RULES:
        typer.echo(f"unknown code {code!r}; `migrate-keras-dicts explain` lists them", err=True)
        raise typer.Exit(2)
    typer.echo(explain(code), nl=False)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "explain":
        explain_app(args=sys.argv[2:], prog_name="migrate-keras-dicts explain")
    else:
        app(prog_name="migrate-keras-dicts")
