"""Command line: flags in, a run out. The logic lives in the engine and the runner."""

from __future__ import annotations

import glob
import json
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from typer.core import TyperArgument, TyperCommand

from . import __version__
from .findings import RULES, Severity, explain
from .sources import DEFAULT_MAX_BYTES

# Only what parsing the command line needs is imported here: `--version`, `--help` and
# `explain` answer without loading Rich's heavy parts or LibCST, and a run loads the
# engine only for files that may hold a model (see runner.py).
if TYPE_CHECKING:
    from rich.console import Console

    from .report import Totals
    from .result import FileResult
    from .runner import RunConfig

# Completion options (--install-completion/--show-completion) ride on the single command;
# `explain` stays a second app that main() dispatches to by hand.
app = typer.Typer(rich_markup_mode=None)
explain_app = typer.Typer(add_completion=False, rich_markup_mode=None)

EPILOG = """\b
Commands:
  explain [CODE]  Explain a finding code (without CODE: list them all).

\b
Exit codes:
  0    done; with --check, nothing would change
  1    --check: a file would change (even if another failed)
  2    usage error, missing path, or a file not read, parsed or written
  130  interrupted (Ctrl-C)
"""


class _Command(TyperCommand):
    """Help without the argument's Python type: `PATH`, not `PATH <list[Path]>`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, TyperArgument):
                param.display_type_rich = lambda ctx: None  # type: ignore[method-assign]


class Format(str, Enum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


def _complete_words(ctx: typer.Context, incomplete: str) -> list[str]:
    """`explain` as the first word and finding codes after it. Anything else answers
    nothing, which makes bash, zsh and fish complete file names themselves."""
    words = [str(p) for p in ctx.params.get("paths") or ()]
    if words == ["explain"]:
        return [code for code in RULES if code.startswith(incomplete.upper())]
    if not words and incomplete and "explain".startswith(incomplete):
        return [] if any(Path().glob(glob.escape(incomplete) + "*")) else ["explain"]
    return []


@app.command(cls=_Command, epilog=EPILOG)
def migrate(
    paths: list[Path] | None = typer.Argument(
        None,
        metavar="PATH",
        help="Files or directories (walked for *.py and *.ipynb), one or more.",
        autocompletion=_complete_words,
        show_default=False,
    ),
    diff: bool = typer.Option(False, "--diff", help="Print a unified diff; write nothing."),
    write: bool = typer.Option(False, "--write", help="Write the changes (atomically)."),
    check: bool = typer.Option(
        False, "--check", help="Exit 1 when any file would change, and name each such file."
    ),
    interactive: bool = typer.Option(
        False,
        "--interactive",
        "-i",
        help="Show each changed file's findings and diff, and ask before writing it "
        "(not with --write).",
    ),
    unsafe: bool = typer.Option(
        False,
        "--unsafe",
        help="Migrate even when a use of the model's result cannot be proven "
        "right; such uses are reported (MKD010).",
    ),
    accept: list[str] = typer.Option(
        [],
        "--accept",
        metavar="CODE",
        help="Migrate despite refusals of this code, one that --unsafe overrides (say "
        "MKD120 once the code loading the saved model is migrated); repeatable; each is "
        "reported (MKD010).",
        show_default=False,
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
    line_length: int | None = typer.Option(
        None,
        "--line-length",
        metavar="N",
        min=1,
        help="Lay out edited lines longer than N columns (default: the project's line-length "
        "in ruff.toml or pyproject.toml, else 88).",
        show_default=False,
    ),
    output_format: Format = typer.Option(
        Format.text,
        "--format",
        metavar="text|json|github|sarif",
        help="Findings as text (stderr), one JSON document, GitHub annotations, or a SARIF "
        "2.1.0 log for code scanning (stdout).  [default: text]",
        show_default=False,
    ),
    output_patch: Path | None = typer.Option(
        None, "--output-patch", metavar="FILE", help="Write the whole patch to FILE."
    ),
    jobs: int = typer.Option(
        0,
        "--jobs",
        "-j",
        metavar="N",
        help="Worker processes (default 0: one per core).",
        show_default=False,
    ),
    include: list[str] = typer.Option(
        [],
        "--include",
        metavar="GLOB",
        help="Glob of files to walk (repeatable; default *.py and *.ipynb).",
        show_default=False,
    ),
    exclude: list[str] = typer.Option(
        [], "--exclude", metavar="GLOB", help="Glob to skip (repeatable).", show_default=False
    ),
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
        False,
        "--quiet",
        "-q",
        help="No findings of severity info, no summary (files that would change are still named).",
    ),
    color: bool | None = typer.Option(None, "--color/--no-color", help="Force color on or off."),
    version: bool = typer.Option(False, "--version", help="Print the version and exit."),
    verbose: bool = typer.Option(False, "--verbose", help="Also say when the fast walk is off."),
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
        _usage_error("give at least one PATH (see --help)")
    if write and interactive:
        _usage_error(
            "--write and --interactive cannot be combined: --interactive asks before "
            "each write, --write writes every file without asking"
        )
    from .options import accepted_codes

    try:
        accepted = accepted_codes(accept)
    except ValueError as error:
        _usage_error(str(error))
    if interactive and output_format in (Format.json, Format.sarif):
        _usage_error(f"--interactive asks on stdout, where --format {output_format.value} writes")
    from .discover import DEFAULT_INCLUDE, Selection, common_root, discover

    selection = Selection(
        include=tuple(include) or DEFAULT_INCLUDE,
        exclude=tuple(exclude),
        gitignore=not no_gitignore,
        follow_symlinks=follow_symlinks,
    )
    present = [p for p in paths if p.exists() or p.is_symlink()]
    missing = len(paths) - len(present)
    for path in paths:
        if path not in present:
            typer.echo(f"migrate-keras-dicts: {path}: no such file or directory", err=True)
    files = list(discover(present, selection))
    if explain_pairing:
        if write or interactive:
            _usage_error("--explain-pairing writes nothing")
        from .pairing_view import show_pairings

        as_json = output_format is Format.json
        status = show_pairings(files, max_file_size, as_json=as_json, color=color)
        raise typer.Exit(2 if missing else status)
    from .options import Options
    from .report import Totals, stderr_console, summary_table, totals_record
    from .runner import RunConfig, count, default_jobs, write_result

    console = stderr_console(color)
    if verbose:
        from .fastwalk import off_note

        if note := off_note():
            typer.echo(note, err=True)
    config = RunConfig(
        Options(
            unsafe=unsafe,
            accept=accepted,
            update_name_strings=update_name_strings,
            check_second_run=check_second_run,
            line_length=line_length,
        ),
        max_file_size,
        jobs or default_jobs(),
        keep_texts=False,
    )
    checking = check and not (write or interactive)
    totals = Totals()
    records: list[dict[str, Any]] = []
    reported: list[FileResult] = []
    patch = output_patch.open("w", encoding="utf-8", newline="") if output_patch else None
    show_progress = (
        progress if progress is not None else sys.stderr.isatty() and len(files) > 20
    ) and not interactive
    asking = interactive  # until a, q or the end of input
    stopped = False  # q or the end of input: the rest is neither written nor reported
    try:
        # answering per file (--interactive) could split a cross-file transaction
        results = _migrate_all(
            files, config, common_root(present or paths), not interactive, console, show_progress
        )
        for result in results:
            diff_text = result.diff() or None
            if diff_text and asking:
                # the findings first: they are what the answer should weigh
                _report(console, result, output_format, quiet, None, records, reported)
                answer = _ask(result, diff_text)
                if answer in ("y", "a"):
                    result = write_result(result)
                asking = answer in ("y", "n")
                write = answer == "a"
                stopped = answer == "q"
            else:
                if diff_text and write:
                    result = write_result(result)
                if not stopped:
                    shown = diff_text if diff and not interactive else None
                    _report(console, result, output_format, quiet, shown, records, reported)
            count(totals, result)
            if checking and result.changed:
                console.print(f"would change {result.path}", markup=False, soft_wrap=True)
            if patch is not None and diff_text:
                patch.write(diff_text)
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
    elif output_format is Format.sarif:
        from .sarif import sarif_log

        sys.stdout.write(json.dumps(sarif_log(reported, quiet=quiet), indent=2) + "\n")
    sys.stdout.flush()
    if not quiet and output_format is Format.text:
        console.print(summary_table(totals, _mode(write, interactive)))
    raise typer.Exit(_exit_code(totals, missing, checking))


def _usage_error(message: str) -> NoReturn:
    typer.echo(f"migrate-keras-dicts: {message}", err=True)
    raise typer.Exit(2)


def _mode(write: bool, interactive: bool) -> str:
    return "interactive" if interactive else "write" if write else "report"


def _exit_code(totals: Totals, missing: int, checking: bool) -> int:
    """1 under --check when a file would change, whatever else failed (a CI job must see
    it); otherwise 2 when a file failed or a path is missing; else 0."""
    if checking and totals.changed:
        return 1
    return 2 if totals.failed or missing else 0


def _migrate_all(
    files: list[Path],
    config: RunConfig,
    root: Path,
    link: bool,
    console: Console,
    show_progress: bool,
) -> list[FileResult]:
    from .pipeline import migrate_files

    if not show_progress:
        return migrate_files(files, config, root=root, link=link)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    bar = Progress(
        TextColumn("migrating"), BarColumn(), MofNCompleteColumn(), console=console, transient=True
    )
    with bar:
        task = bar.add_task("files", total=len(files))
        return migrate_files(
            files, config, root=root, link=link, progress=lambda: bar.advance(task)
        )


def _report(
    console: Console,
    result: FileResult,
    output_format: Format,
    quiet: bool,
    diff_text: str | None,
    records: list[dict[str, Any]],
    reported: list[FileResult],
) -> None:
    from .report import file_record, github_annotation

    if output_format is Format.json:
        records.append(file_record(result, diff_text or None))
        return
    if output_format is Format.sarif:
        reported.append(result)
    for finding in result.findings:
        if output_format is Format.sarif:
            break
        if quiet and finding.severity is Severity.INFO:
            continue
        if output_format is Format.github:
            sys.stdout.write(github_annotation(result.path, finding) + "\n")
        else:
            console.print(finding.render(result.path), markup=False, soft_wrap=True)
    if diff_text:
        sys.stdout.write(_shown_diff(result, diff_text))


def _shown_diff(result: FileResult, diff_text: str) -> str:
    """On a terminal a notebook's diff is shown per cell; piped, it stays a JSON patch."""
    if result.cell_diffs and sys.stdout.isatty():
        from .report import unified_diff

        return "".join(
            unified_diff(old, new, f"{result.path} (cell {number})")
            for number, old, new in result.cell_diffs
        )
    return diff_text


def _ask(result: FileResult, diff_text: str) -> str:
    """y: write this file; n: skip it; a: this and all the rest; q: stop here (and end of
    input too). The diff is written as it is, never wrapped at the terminal's width, so
    every line keeps its `+`/`-`."""
    sys.stderr.flush()
    sys.stdout.write(_shown_diff(result, diff_text))
    while True:
        sys.stdout.write(f"write {result.path}? [y/n/a/q] (default n) ")
        sys.stdout.flush()
        line = sys.stdin.readline()
        if not line:  # end of input (Ctrl-D): as q, the files not yet answered stay as they are
            sys.stdout.write("\n")
            return "q"
        answer = line.strip().lower()[:1] or "n"
        if answer in ("y", "n", "a", "q"):
            return answer


@explain_app.command(cls=_Command)
def explain_command(
    code: str = typer.Argument(
        None, metavar="CODE", help="A finding code such as MKD004; none lists all."
    ),
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
