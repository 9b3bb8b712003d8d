"""The README's examples, run, so they cannot rot.

Convention: an HTML comment on the line right before a fenced block marks it for this test
(the comment does not show on a rendered README):

- ``<!-- readme-test -->`` before a ```` ```python ```` block runs it with this Python; before a
  ```` ```sh ```` block runs it with bash (``bash -e -o pipefail``, or as written when the block
  starts with a ``#!`` line); either must exit 0, or N with ``<!-- readme-test: exit=N -->``.
  Before a ```` ```yaml ```` block it must parse; a pre-commit config may only name hooks of
  ``.pre-commit-hooks.yaml``.
- ``changes=PATH,...`` (with the above) asserts that the block changed those files.
- ``<!-- readme-test: stdout -->`` marks a block as the exact stdout of the block run before
  it (line ends stripped, 100 columns).
- ``<!-- readme-test: file=NAME -->`` makes the block the file NAME, put in the workspace of
  every block after it.

Each block runs in a fresh workspace, a git repository holding ``train.py`` (the Keras 3.5
bug case) and ``src/`` (a model built in ``src/models.py`` and used by two other files), with
``migrate-keras-dicts`` of this checkout on the PATH. Besides, every ``--flag`` written after
``migrate-keras-dicts`` anywhere in the README must be one ``--help`` lists.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from .semantic_pins import matrix_markdown
from .support import BUG_CASE, ROOT, cli

README = ROOT / "README.md"
MULTI_FILE_CASE = ROOT / "golden" / "xfile_models_train" / "input"
MARKER = re.compile(r"^<!-- readme-test(?::\s*(?P<options>.*?))?\s*-->$")
FENCE = re.compile(r"^```(?P<lang>\w*)$")


@dataclass
class Block:
    line: int
    lang: str
    text: str
    options: dict[str, str] = field(default_factory=dict)
    marked: bool = False
    stdout: str | None = None  # the expected output, from a following stdout block
    files: dict[str, str] = field(default_factory=dict)  # file= blocks seen before this one


def read_blocks() -> list[Block]:
    lines = README.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        fence = FENCE.match(lines[index])
        if fence is None:
            index += 1
            continue
        end = lines.index("```", index + 1)
        marker = MARKER.match(lines[index - 1]) if index else None
        options = {}
        if marker and marker.group("options"):
            for option in marker.group("options").split():
                key, _, value = option.partition("=")
                options[key] = value
        text = "\n".join(lines[index + 1 : end]) + "\n"
        blocks.append(Block(index + 1, fence.group("lang"), text, options, marker is not None))
        index = end + 1
    return blocks


def runnable_blocks() -> list[Block]:
    files: dict[str, str] = {}
    runnable: list[Block] = []
    for block in read_blocks():
        if not block.marked:
            continue
        if "file" in block.options:
            files[block.options["file"]] = block.text
        elif "stdout" in block.options:
            runnable[-1].stdout = block.text
        else:
            block.files = dict(files)
            runnable.append(block)
    return runnable


BLOCKS = runnable_blocks()


def workspace(root: Path, files: dict[str, str]) -> Path:
    root.mkdir()
    shutil.copy(BUG_CASE / "input.py", root / "train.py")
    shutil.copytree(MULTI_FILE_CASE, root / "src")
    for name, text in files.items():
        (root / name).write_text(text)
    env = {**os.environ, **{k: "readme" for k in ("GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME")}}
    env.update(GIT_AUTHOR_EMAIL="readme@example.com", GIT_COMMITTER_EMAIL="readme@example.com")
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "fixture"]):
        subprocess.run(["git", *command], cwd=root, env=env, check=True, capture_output=True)
    return root


def run(block: Block, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    root = workspace(tmp_path / "workspace", block.files)
    script = tmp_path / f"block.{'py' if block.lang == 'python' else 'sh'}"
    script.write_text(block.text)
    if block.lang == "python":
        command = [sys.executable, str(script)]
    elif block.text.startswith("#!"):
        command = ["bash", str(script)]
    else:
        command = ["bash", "-e", "-o", "pipefail", str(script)]
    env = {
        **os.environ,
        "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""),
        "COLUMNS": "100",
        "NO_COLOR": "1",
    }
    return subprocess.run(
        command, cwd=root, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def check_yaml(block: Block) -> None:
    document = yaml.safe_load(block.text)
    assert isinstance(document, dict | list), f"README line {block.line}: not a YAML document"
    if isinstance(document, dict) and "repos" in document:
        manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
        ids = {hook["id"] for hook in manifest}
        for repo in document["repos"]:
            for hook in repo["hooks"]:
                assert hook["id"] in ids, f"README line {block.line}: no hook {hook['id']}"


@pytest.mark.parametrize("block", BLOCKS, ids=[f"line{b.line}-{b.lang}" for b in BLOCKS])
def test_readme_example_runs(block: Block, tmp_path: Path) -> None:
    if block.lang == "yaml":
        check_yaml(block)
        return
    assert block.lang in ("python", "sh"), f"README line {block.line}: cannot run {block.lang}"
    done = run(block, tmp_path)
    expected = int(block.options.get("exit", "0"))
    assert done.returncode == expected, (
        f"README line {block.line} exited {done.returncode}\n{done.stdout}\n{done.stderr}"
    )
    for name in filter(None, block.options.get("changes", "").split(",")):
        changed = (tmp_path / "workspace" / name).read_bytes()
        original = subprocess.run(
            ["git", "show", f"HEAD:{name}"], cwd=tmp_path / "workspace", capture_output=True
        ).stdout
        assert changed != original, f"README line {block.line} did not change {name}"
    if block.stdout is not None:
        lines = [line.rstrip() for line in done.stdout.splitlines()]
        assert "\n".join(lines).strip("\n") == block.stdout.strip("\n")


def test_readme_has_runnable_examples_of_each_kind() -> None:
    kinds = [block.lang for block in BLOCKS]
    assert kinds.count("python") >= 1 and kinds.count("sh") >= 4 and kinds.count("yaml") >= 2
    assert any(block.stdout is not None for block in BLOCKS)


def test_readme_flags_exist() -> None:
    """Every ``--flag`` after ``migrate-keras-dicts`` in the README, tested block or not."""
    helped = cli("--help", cwd=ROOT, env={**os.environ, "COLUMNS": "200"}).stdout
    known = set(re.findall(r"--[a-z][a-z-]*", helped))
    text = README.read_text(encoding="utf-8")
    for command in re.findall(r"migrate-keras-dicts((?: [^\n|&;#`]*)?)", text):
        for flag in re.findall(r"(?<![\w-])--[a-z][a-z-]*", command):
            assert flag in known, f"README uses {flag}, which `--help` does not list"


def test_readme_version_matrix_is_generated_from_the_pins() -> None:
    """The case-by-version table is what the semantic cases pin (tools/update_readme.py)."""
    text = README.read_text(encoding="utf-8")
    assert "<!-- matrix:start -->\n" + matrix_markdown() + "<!-- matrix:end -->" in text, (
        "README's version matrix is stale: run `python tools/update_readme.py`"
    )


def test_readme_before_after_is_what_the_tool_prints() -> None:
    """The "Before / after" pair, byte for byte: the second block is the tool's output for
    the first (behind the imports the example leaves out)."""
    from migrate_keras_dicts import migrate_source

    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Before / after") : text.index("## Why: the Keras 3.5 story")]
    before, after = re.findall(r"```python\n(.*?)```", section, re.S)
    head = "import keras\nfrom keras import layers\n\n"
    result = migrate_source(head + before, "example.py")
    assert result.new_text.startswith(head)
    assert result.new_text[len(head) :] == after
