"""The shortcuts that make large runs fast give the same results as the long way round."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import libcst as cst
import pytest
from hypothesis import given
from hypothesis import strategies as st
from libcst.metadata import MetadataWrapper

from migrate_keras_dicts.engine import analyse_module, builds_models, finish_module
from migrate_keras_dicts.meta import ModuleMeta
from migrate_keras_dicts.options import Options
from migrate_keras_dicts.runner import RunConfig, link_across_files, process_file, run_files

from .support import cli

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden"
SOURCES = sorted(
    [*GOLDEN.glob("*/input.py"), *GOLDEN.glob("*/expected.py"), *GOLDEN.glob("*/input/**/*.py")]
)
MULTI_FILE_CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "input").is_dir())


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(GOLDEN)))
def test_a_file_the_prefilter_skips_has_nothing_to_analyse(path: Path) -> None:
    """``builds_models`` False must mean: no model, no subclassed model, no finding."""
    text = path.read_text()
    if builds_models(ast.parse(text)):
        return
    outcome = finish_module(analyse_module(cst.parse_module(text), Options()))
    assert outcome.new_text == text
    assert outcome.findings == () and outcome.models_migrated == outcome.models_refused == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("import keras\nm = keras.Model(a, b)\n", True),
        ("from keras import Model as Net\nm = Net(a, b)\n", True),
        ("import keras.Model as Net\nm = Net(a, b)\n", True),  # odd, but LibCST resolves it
        ("from keras.models import *\nm = Model(a, b)\n", True),
        ("import keras\nclass Mine(keras.Model):\n    pass\n", True),
        ("from keras import Model as M\nclass Mine(M[int]):\n    pass\n", True),
        (
            "import keras\ndef load() -> keras.Model:\n    return keras.models.load_model('m')\n",
            False,
        ),
        ("import keras\n# keras.Model(a, b)\nx = 'keras.Model(a, b)'\n", False),
    ],
)
def test_builds_models(text: str, expected: bool) -> None:
    assert builds_models(ast.parse(text)) is expected


@pytest.mark.parametrize("name", MULTI_FILE_CASES)
def test_linking_without_kept_texts_gives_the_same_outcomes(
    name: str, tmp_path: Path, monkeypatch
) -> None:
    """The command line keeps no text of an unchanged file; linking reads it again."""
    shutil.copytree(GOLDEN / name / "input", tmp_path / "repo")
    monkeypatch.chdir(tmp_path / "repo")
    files = sorted(Path(".").rglob("*.py"))
    runs = []
    for config in (RunConfig(), RunConfig(keep_texts=False), RunConfig(jobs=2, keep_texts=False)):
        outcomes = list(run_files(files, config))
        outcomes = link_across_files(outcomes, Path("."), config)
        runs.append(
            [
                (o.path, o.changed, o.new_text if o.changed else None, o.findings, o.failed)
                for o in outcomes
            ]
        )
    assert runs[0] == runs[1] == runs[2]


def test_a_file_changed_on_disk_before_linking_is_not_linked(tmp_path: Path, monkeypatch) -> None:
    shutil.copytree(GOLDEN / "xfile_models_train" / "input", tmp_path / "repo")
    monkeypatch.chdir(tmp_path / "repo")
    config = RunConfig(keep_texts=False)
    outcomes = [process_file(path, config) for path in sorted(Path(".").rglob("*.py"))]
    dropped = [i for i, o in enumerate(outcomes) if o.facts.text_dropped]
    assert dropped, "an importer that changes nothing on its own comes back without its text"
    edited = outcomes[dropped[0]].file
    assert edited is not None
    edited.write_text(edited.read_text() + "# edited\n")
    outcomes = link_across_files(outcomes, Path("."), config)
    assert outcomes[dropped[0]].failed
    assert [f.code for f in outcomes[dropped[0]].findings] == ["MKD905"]
    assert not any(o.changed for o in outcomes)  # the group is blocked, as a failed file does


def test_cross_file_groups_give_the_same_output_with_one_or_two_jobs(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    case = GOLDEN / "xfile_models_train" / "input"
    for i in range(6):  # six independent groups: builders of different names
        (root / f"app{i}").mkdir(parents=True)
        (root / f"app{i}" / "__init__.py").write_text("")
        for file in case.iterdir():
            text = file.read_text().replace("build_model", f"build_model_{i}")
            (root / f"app{i}" / file.name).write_text(text)
    one = cli(".", "--diff", "-j", "1", "--no-color", cwd=root)
    two = cli(".", "--diff", "-j", "2", "--no-color", cwd=root)
    assert one.returncode == two.returncode == 0, one.stderr
    assert one.stdout == two.stdout and one.stdout.count("+++ b/") == 18
    assert one.stderr == two.stderr


def test_string_values_read_directly_are_the_evaluated_ones() -> None:
    """``string_value`` skips ``ast.literal_eval`` for plain literals: same value always."""
    import sysconfig

    from migrate_keras_dicts.scan import string_value

    stdlib = Path(sysconfig.get_paths()["stdlib"])
    paths = [*SOURCES, *sorted(stdlib.glob("*.py"))[:80]]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    texts.append(
        "x = ['a', b'x', r'a\\\\b', 'a\\nb', u'é', '''x\\r\\ny''', rb'q', B'z', '\\x64ense']\n"
    )
    seen = 0

    class Strings(cst.CSTVisitor):
        def visit_SimpleString(self, node: cst.SimpleString) -> None:
            nonlocal seen
            seen += 1
            assert string_value(node) == node.evaluated_value, node.value

    for text in texts:
        try:
            module = cst.parse_module(text)
        except cst.ParserSyntaxError:
            continue
        module.visit(Strings())
    assert seen > 1000


def test_a_migrated_module_is_not_kept_after_its_file_is_done() -> None:
    """Nothing the analysis caches may hold a module: in a run of thousands of files, each
    one kept would cost memory and make every garbage collection walk all of them."""
    import gc

    text = (GOLDEN / "sem_layer_name_strings" / "input.py").read_text()

    def modules() -> int:
        gc.collect()
        return sum(1 for o in gc.get_objects() if isinstance(o, cst.Module))

    before = modules()
    for _ in range(3):
        outcome = finish_module(analyse_module(cst.parse_module(text), Options()))
        assert outcome.models_migrated == 1
    assert modules() == before


@given(
    st.sets(st.sampled_from(["model", "build_model", "Trainer", "m2", "é_net", "net"])),
    st.text(alphabet="model_build Trainer.é2ab()\n#", max_size=60),
)
def test_symbols_found_as_words_are_those_of_one_alternation(symbols: set[str], text: str) -> None:
    """The cross-file pass's word lookup finds what ``\\b(?:s1|s2|...)\\b`` finds."""
    from migrate_keras_dicts.runner import _symbol_finder

    ordered = sorted(symbols, key=len, reverse=True)
    alternation = re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b")
    expected = set(alternation.findall(text)) if symbols else set()
    assert _symbol_finder(symbols)(text) == expected
    # a symbol that is not one word (none is: exports are names) is still found
    assert _symbol_finder({*symbols, "a.b"})(text + " a.b") == expected | {"a.b"}


@pytest.mark.parametrize("path", SOURCES[::7], ids=lambda p: str(p.relative_to(GOLDEN)))
def test_names_the_worker_packs_are_those_the_text_gives(path: Path) -> None:
    """The cross-file pass reads a file's names from its worker's tree (packed) instead of
    parsing its text again: they must be the same."""
    from migrate_keras_dicts.linked import _names, packed_names, unpacked_names

    text = path.read_text()
    assert unpacked_names(packed_names(ast.parse(text))) == _names(text)


@pytest.mark.parametrize(
    "path", sorted(ROOT.glob("golden/*/input.py"))[::3], ids=lambda p: p.parent.name
)
def test_names_no_import_binds_have_no_keras_names_without_the_shortcut(path: Path) -> None:
    """``keras_names`` answers at once for a name no import binds: the same answer as the
    scope lookup it skips, on every name and dotted name of the golden inputs."""
    module = cst.parse_module(path.read_text())
    meta = ModuleMeta(MetadataWrapper(module, unsafe_skip_copy=True))
    slow = ModuleMeta(MetadataWrapper(module, unsafe_skip_copy=True))
    slow.may_name_keras = lambda identifier: True  # type: ignore[method-assign]
    names = [n for n in meta.nodes() if isinstance(n, cst.Name | cst.Attribute)]
    assert [meta.keras_names(n) for n in names] == [slow.keras_names(n) for n in names]
    imports = any(isinstance(n, cst.Import | cst.ImportFrom) for n in meta.nodes())
    assert any(meta.keras_names(n) for n in names) or not imports


class _Recorder(cst.CSTVisitor):
    """Records what it meets; skips the arguments of every method call."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[int] = []

    def visit_Call(self, node: cst.Call) -> bool:
        self.seen.append(id(node))
        return not isinstance(node.func, cst.Attribute)

    def visit_Name(self, node: cst.Name) -> None:
        self.seen.append(id(node))

    def visit_SimpleString(self, node: cst.SimpleString) -> None:
        self.seen.append(id(node))


@pytest.mark.parametrize(
    "path", sorted(ROOT.glob("golden/*/input.py"))[1::4], ids=lambda p: p.parent.name
)
def test_a_replayed_visit_meets_what_libcsts_walk_meets(path: Path) -> None:
    """``ModuleMeta.visit`` replays the recorded walk over the hooked node types only; a
    hook's False skips the subtree as LibCST's walk does."""
    module = cst.parse_module(path.read_text())
    meta = ModuleMeta(MetadataWrapper(module, unsafe_skip_copy=True))
    replayed, walked = _Recorder(), _Recorder()
    meta.visit(replayed)
    meta.visit(again := _Recorder())  # the index is kept between visits
    module.visit(walked)
    assert replayed.seen == walked.seen == again.seen
    assert walked.seen


def test_a_run_tunes_the_collector_and_gives_it_back(tmp_path: Path, monkeypatch) -> None:
    import gc

    from migrate_keras_dicts import runner
    from migrate_keras_dicts.pipeline import migrate_files

    (tmp_path / "a.py").write_text("x = 1\n")
    seen: list[tuple[int, ...]] = []
    original = runner.process_file

    def recording(path: Path, config: RunConfig):
        seen.append(gc.get_threshold())
        return original(path, config)

    monkeypatch.setattr(runner, "process_file", recording)
    before = gc.get_threshold()
    migrate_files([tmp_path / "a.py"], RunConfig(jobs=1), root=tmp_path)
    assert seen == [runner._COLLECTOR_THRESHOLDS] != [before]
    assert gc.get_threshold() == before
