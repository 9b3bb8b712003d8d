"""Command line: flags in, a run out. The logic lives in the engine and the runner."""

from __future__ import annotations

import contextlib
import glob
import json
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from . import __version__
from .discover import DEFAULT_INCLUDE, Selection, common_root, discover
from .findings import RULES, Severity, explain
from .pairing_view import show_pairings
from .plan import Options
from .project import weights_order_findings
from .report import (
    Totals,
    file_record,
    github_annotation,
    stderr_console,
    summary_table,
    totals_record,
    unified_diff,
)
from .runner import (
    Outcome,
    RunConfig,
    count,
    default_jobs,
    link_across_files,
    run_files,
    write_outcome,
)
from .sources import DEFAULT_MAX_BYTES

# Completion options (--install-completion/--show-completion) ride on the single command;
# `explain` stays a second app that main() dispatches to by hand.
app = typer.Typer(rich_markup_mode=None)
explain_app = typer.Typer(add_completion=False, rich_markup_mode=None)


class Format(str, Enum):
    text = "text"
    json = "json"
    github = "github"


def _complete_words(ctx: typer.Context, incomplete: str) -> list[str]:
    """`explain` as the first word and finding codes after it. Anything else answers
    nothing, which makes bash, zsh and fish complete file names themselves."""
    words = [str(p) for p in ctx.params.get("paths") or ()]
    if words == ["explain"]:
        return [code for code in RULES if code.startswith(incomplete.upper())]
    if not words and incomplete and "explain".startswith(incomplete):
        return [] if any(Path().glob(glob.escape(incomplete) + "*")) else ["explain"]
    return []


@app.command()
def migrate(
    paths: list[Path] | None = typer.Argument(
        None,
        help="Files or directories (walked for *.py and *.ipynb).",
        autocompletion=_complete_words,
    ),
    diff: bool = typer.Option(False, "--diff", help="Print a unified diff; write nothing."),
    write: bool = typer.Option(False, "--write", help="Write the changes (atomically)."),
    check: bool = typer.Option(False, "--check", help="Exit 1 when any file would change."),
    interactive: bool = typer.Option(
        False, "--interactive", "-i", help="Show each file's diff and ask before writing it."
    ),
    unsafe: bool = typer.Option(
        False,
        "--unsafe",
        help="Migrate even when a use of the model's result cannot be proven "
        "right; such uses are reported (MKD010).",
    ),
    update_name_strings: bool = typer.Option(
        False,
        "--update-name-strings",
        help="Kept for compatibility; changes nothing. Strings that spell a changed automatic "
        "layer name are updated by default where the tool can work the names out (MKD124), "
        "and otherwise the model is refused (MKD127).",
    ),
    check_second_run: bool = typer.Option(
        False,
        "--check-second-run",
        help="Run the migration again over each rewritten file and leave the file untouched "
        "(MKD902) if that run would change it again (slower: about twice the time).",
    ),
    output_format: Format = typer.Option(
        Format.text, "--format", help="Findings as text, one JSON document, or GitHub annotations."
    ),
    output_patch: Path | None = typer.Option(
        None, "--output-patch", metavar="FILE", help="Write the whole patch to FILE."
    ),
    jobs: int = typer.Option(
        0, "--jobs", "-j", help="Worker processes (default: the number of cores)."
    ),
    include: list[str] = typer.Option(
        [], "--include", help="Glob of files to walk (repeatable; default *.py and *.ipynb)."
    ),
    exclude: list[str] = typer.Option([], "--exclude", help="Glob to skip (repeatable)."),
    no_gitignore: bool = typer.Option(
        False, "--no-gitignore", help="Walk files that .gitignore excludes too."
    ),
    follow_symlinks: bool = typer.Option(
        False, "--follow-symlinks", help="Follow symlinks met while walking directories."
    ),
    max_file_size: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-file-size", metavar="BYTES", help="Skip larger files (MKD904)."
    ),
    progress: bool | None = typer.Option(
        None, "--progress/--no-progress", help="Progress bar on stderr (default: on a terminal)."
    ),
    quiet: bool = typer.Option(
        False, "--quiet", "-q", help="No findings of severity info, no summary."
    ),
    color: bool | None = typer.Option(None, "--color/--no-color", help="Force color on or off."),
    version: bool = typer.Option(False, "--version", help="Print the version and exit."),
    explain_pairing: bool = typer.Option(
        False,
        "--explain-pairing",
        help="For each model, show which loss, loss weight and metrics reach which output, as "
        "written and as Keras 3.5/3.6 and 3.7+ pair them; writes nothing.",
    ),
) -> None:
    """Rewrite Keras functional models into fully named dict form.

    Without --write or --interactive nothing is written. Findings go to stderr as
    path:line:col: CODE message; `migrate-keras-dicts explain CODE` explains a code.
    """
    if version:
        typer.echo(__version__)
        raise typer.Exit(0)
    if not paths:
        typer.echo("migrate-keras-dicts: give at least one PATH (see --help)", err=True)
        raise typer.Exit(2)
    console = stderr_console(color)
    selection = Selection(
        include=tuple(include) or DEFAULT_INCLUDE,
        exclude=tuple(exclude),
        gitignore=not no_gitignore,
        follow_symlinks=follow_symlinks,
    )
    files = list(discover(paths, selection))
    if explain_pairing:
        if write or interactive:
            typer.echo("migrate-keras-dicts: --explain-pairing writes nothing", err=True)
            raise typer.Exit(2)
        as_json = output_format is Format.json
        raise typer.Exit(show_pairings(files, max_file_size, as_json=as_json, color=color))
    config = RunConfig(
        Options(
            unsafe=unsafe,
            update_name_strings=update_name_strings,
            check_second_run=check_second_run,
        ),
        max_file_size,
        jobs or default_jobs(),
        keep_texts=False,
    )
    totals = Totals()
    records: list[dict] = []
    patch = output_patch.open("w", encoding="utf-8", newline="") if output_patch else None
    show_progress = (
        progress if progress is not None else sys.stderr.isatty() and len(files) > 20
    ) and not interactive
    bar = Progress(
        TextColumn("migrating"), BarColumn(), MofNCompleteColumn(), console=console, transient=True
    )
    write_all = write
    try:
        with bar if show_progress else contextlib.nullcontext():
            task = bar.add_task("files", total=len(files))
            outcomes = []
            for outcome in run_files(files, config):
                outcomes.append(outcome)
                bar.advance(task)
        if not interactive:  # answering per file could split a cross-file transaction
            link_across_files(outcomes, common_root(paths), config)
        weights_order_findings(outcomes)
        for outcome in outcomes:
            diff_text = (
                unified_diff(outcome.old_text, outcome.new_text or "", outcome.display)
                if outcome.changed
                else None
            )
            stop = False
            if diff_text and write_all:
                write_outcome(outcome)
            elif diff_text and interactive:
                answer = _ask(console, outcome, diff_text)
                if answer in ("y", "a"):
                    write_outcome(outcome)
                write_all = answer == "a"
                stop = answer == "q"
            count(totals, outcome)
            _report(console, outcome, output_format, quiet, diff and diff_text, records)
            if patch is not None and diff_text:
                patch.write(diff_text)
            if stop:
                break
    except KeyboardInterrupt:
        console.print(
            f"interrupted after {totals.scanned} file(s): every file is either as it was or "
            "completely rewritten",
            markup=False,
        )
        raise typer.Exit(130) from None
    finally:
        if patch is not None:
            patch.close()
    if output_format is Format.json:
        document = {"version": 1, "files": records, "summary": totals_record(totals)}
        sys.stdout.write(json.dumps(document, indent=2) + "\n")
    sys.stdout.flush()
    if not quiet and output_format is Format.text:
        console.print(summary_table(totals, "written" if write else "to change"))
    if totals.failed:
        raise typer.Exit(2)
    if check and totals.changed and not (write or interactive):
        raise typer.Exit(1)


def _report(console, outcome: Outcome, output_format: Format, quiet, diff_text, records) -> None:
    if output_format is Format.json:
        records.append(file_record(outcome, diff_text or None))
        return
    for finding in outcome.findings:
        if quiet and finding.severity is Severity.INFO:
            continue
        if output_format is Format.github:
            sys.stdout.write(github_annotation(outcome.display, finding) + "\n")
        else:
            console.print(
                finding.render(finding.path or outcome.display), markup=False, soft_wrap=True
            )
    if diff_text and outcome.cell_diffs and sys.stdout.isatty():
        # On a terminal a notebook's diff is shown per cell; piped, it stays a JSON patch.
        for number, old, new in outcome.cell_diffs:
            sys.stdout.write(unified_diff(old, new, f"{outcome.display} (cell {number})"))
    elif diff_text:
        sys.stdout.write(diff_text)


def _ask(console, outcome: Outcome, diff_text: str) -> str:
    """y: write this file; n: skip it; a: this and all the rest; q: stop here."""
    console.print(diff_text, markup=False, highlight=False)
    while True:
        answer = typer.prompt(f"write {outcome.display}? [y/n/a/q]", default="n").strip().lower()
        if answer[:1] in ("y", "n", "a", "q"):
            return answer[:1]


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
