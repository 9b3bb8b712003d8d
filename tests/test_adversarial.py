"""Adversarial programs: small Keras programs built to make the tool write a wrong program.

Each program in ``tests/adversarial/`` (a ``.py`` file, or a folder with ``main.py`` and the
modules it imports) is migrated with the library API in a default run. Then one of two things
must hold:

- the tool left every file byte-identical, and said why (a refusal or a warning finding); or
- the migrated program, run under real Keras through ``tests/semantic_runner.py``, does exactly
  what the original does (``compare_records`` of ``tests/test_semantic.py``: same calls, same
  per-output values after the renaming of output layers, same positional results, same
  predictions, same stdout, same exception).

A program that exposes a defect today is listed in ``DEFECTS`` with what goes wrong; its run is
an ``xfail(strict=True)``, so the suite stays green and the entry must be removed once a fix
makes the program pass.
"""

from __future__ import annotations

import ast
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from migrate_keras_dicts import migrate_paths, migrate_source
from migrate_keras_dicts.findings import Finding, Severity
from tests.keras_envs import VERSIONS, keras2_available
from tests.test_semantic import REFERENCE, compare_records, run_programs

HERE = Path(__file__).resolve().parent / "adversarial"
PROGRAMS = sorted(
    p.stem if p.is_file() else p.name
    for p in HERE.iterdir()
    if (p.suffix == ".py" and p.is_file()) or (p / "main.py").is_file()
)

# Programs the tool gets wrong today (default run, Keras 3.15.1): name -> what goes wrong.
DEFECTS: dict[str, str] = {
    # -- models left untouched without a finding that says why -----------------------------
    "ctor_conditional_outputs": "outputs `[a, z] if SWAP else [z, a]` skipped with no finding "
    "(MKD105 expected)",
    # -- models migrated beside code that uses them out of the tool's sight ----------------
    "xfile_snippet_other_model": "a session snippet reads `model` unbound; second.py binds "
    "`model = build_other()` (a builder's model, no value export), so the snippet links to "
    "first.py only and the builder's model migrates beside the snippet's list loss, which "
    "then pairs in sorted-key order (every Keras)",
    # -- automatic names shifted without a finding -------------------------------------------
    "names_tensor_after_named_inputs": "naming the Inputs frees keras_tensor numbers (Keras 3): "
    "a later tensor's printed `.name` goes from keras_tensor_4 to keras_tensor_2 with no "
    "finding (a `.name` read cannot be told a tensor's from a layer's)",
    "inren_print_inputs_repr": "naming the Inputs renumbers a later model's unnamed Input: "
    "its `inputs` printed show keras_tensor_9 for keras_tensor_11 (Keras 3) and 'input_1' "
    "for 'input_3' (Keras 2), with an MKD119 note only (a tensor's repr, like its `.name`, "
    "is not seen as a name read)",
    "inren_error_message": "naming the Inputs renumbers a later model's unnamed Inputs: a "
    "Keras error message printed names their tensors (keras_tensor_11 -> keras_tensor_9), "
    "with an MKD119 note only",
    # -- kept on purpose: a display that changes, and a finding that says so ------------------
    "untr_viewer_shared_auto_output_names": "a viewer left as written (MKD014) shares the "
    "output layers the migration names; its weights' `.path` printed go from dense/kernel to "
    "a_out/kernel (MKD003 warns that the output layers' names change; `.path` is no name read)",
    "inren_summary_printed": "`summary()` of a model built after the named Inputs names "
    "its InputLayer input_layer for input_layer_2; MKD119 warns that later layers' automatic "
    "names change, and a summary is a display (as MKD004 treats it), not a name read",
    "k2_summary_layer_order": "`model.summary()` prints the layers in `model.layers` order, "
    "sorted once the outputs are a dict (every Keras); MKD004 names the summary's table",
}

# Programs whose original run raises on purpose (the comparison then checks the same type).
RAISES: set[str] = {
    "k2_predict_generator_index",  # Keras 3 has no predict_generator
    "k2_class_weight_two_outputs",  # every Keras raises for class_weight with two outputs
    # Keras 3 raises for a flat metrics list whose length differs from the outputs
    "k2_flat_metric_long_printed",
    "k2_flat_metric_short_history",
    "k2_flat_metric_short_unsorted_printed",
}

# One loss with a weights list migrated (MKD016): Keras 3.7+ raises for the original
# (`loss_weights` must match the number of losses), the migrated program must run there; what
# it does is compared with the original on the versions OTHER_VERSIONS gives it.
RAISES_FROM_3_7: set[str] = {
    "k2_single_loss_weights_list",
    "mkd16_compile_twice_sample_weight",
    "mkd16_keras_loss_instance_name",
    "mkd16_loss_name_two_branches",
    "mkd16_outputs_var_weights_var",
    "mkd16_self_placeholder_accuracy",
    "mkd16_stateful_loss_call_order",
    "mkd16_stateful_loss_instance",
    "mkd16_three_outputs_positional",
    "mkd16_weights_none_entry",
}

# Programs that cannot run on Keras 3 at all (they fail before any Keras call): they run
# only on the versions OTHER_VERSIONS gives them.
NOT_ON_NEWEST: dict[str, str] = {
    "k2_input_positional_name": "Keras 3 reads a third positional `Input` argument as the dtype",
}

# Programs that probe a Keras other than the newest: name -> the versions they run on too
# (tests/keras_envs.py), beside the newest run above. Kept to the versions they target.
KERAS2 = ("keras2",)
MISPAIRING = ("3.4.1", "3.5.0", "3.6.0")
# Flat metrics kept (MKD015) and positional results left as read: 3.4.1 logs no per-output
# losses, 3.5.0 sorts dict results, Keras 2 broadcasts a flat list.
FLAT_KEPT = ("3.4.1", "3.5.0", "keras2")
# One loss with a weights list (MKD016): the versions where the original runs.
ONE_LOSS_WEIGHTED = ("3.4.1", "3.5.0", "3.6.0", *KERAS2)
OTHER_VERSIONS: dict[str, tuple[str, ...]] = {
    "inren_error_message": KERAS2,
    "inren_passthrough_comprehension": KERAS2,
    "inren_passthrough_model_input": KERAS2,
    "inren_passthrough_named_input": KERAS2,
    "inren_passthrough_subscript": KERAS2,
    "inren_print_inputs_repr": KERAS2,
    "inren_summary_printed": KERAS2,
    "k2_helper_global_store": KERAS2,
    "k2_helper_guard_tuple": KERAS2,
    "k2_helper_kw_default": KERAS2,
    "k2_helper_locals": KERAS2,
    "k2_history_compared_list": KERAS2,
    "k2_history_getattr": KERAS2,
    "k2_history_sorted_key_len": KERAS2,
    "k2_history_update_chain": KERAS2,
    "k2_json_sort_keys_var": KERAS2,
    "k2_return_dict_comp_filter_counter": KERAS2,
    "k2_return_dict_comp_np_save": KERAS2,
    "k2_return_dict_gen_side_effect": KERAS2,
    "k2_returned_dict_iterated": KERAS2,
    "k2_shadowed_sorted": KERAS2,
    "k2_class_weight_two_outputs": KERAS2,
    "k2_evaluate_generator_unpack": KERAS2,
    "k2_evaluate_return_dict_positional": KERAS2,
    "k2_flat_metric_long_printed": KERAS2,
    "k2_flat_metric_short_history": KERAS2,
    "k2_flat_metric_short_unsorted_printed": KERAS2,
    "k2_flat_metric_short_weighted_printed": KERAS2,
    "k2_generator_two_inputs_unsorted": (*KERAS2, "3.5.0"),
    "k2_input_positional_name": KERAS2,
    "k2_later_input_dict_key": KERAS2,
    "k2_later_input_get_layer": KERAS2,
    "k2_later_input_names_attr": KERAS2,
    "k2_metrics_flat_tuple": KERAS2,
    "k2_metrics_mixed_nesting": (*KERAS2, "3.4.1"),
    "k2_metrics_none_and_string": KERAS2,
    "k2_op_output": KERAS2,
    "k2_operator_counter_monitor": KERAS2,
    "k2_output_metrics_names_sorted": (*KERAS2, "3.5.0"),
    "k2_partial_loss_dict": KERAS2,
    "k2_predict_generator_index": KERAS2,
    "k2_history_summary_by_key": KERAS2,
    "k2_return_dict_formatted": KERAS2,
    "k2_return_dict_logged": KERAS2,
    "k2_return_dict_printed_order": KERAS2,
    "k2_sequence_lists": (*KERAS2, "3.5.0"),
    "k2_sequence_weights": KERAS2,
    "k2_shared_metric_object": KERAS2,
    "k2_single_loss_weights_list": (*KERAS2, "3.4.1", "3.5.0", "3.6.0"),
    "mkd16_compile_twice_sample_weight": ONE_LOSS_WEIGHTED,
    "mkd16_keras_loss_instance_name": ONE_LOSS_WEIGHTED,
    "mkd16_loss_name_two_branches": ONE_LOSS_WEIGHTED,
    "mkd16_outputs_var_weights_var": ONE_LOSS_WEIGHTED,
    "mkd16_self_placeholder_accuracy": ONE_LOSS_WEIGHTED,
    "mkd16_stateful_loss_call_order": MISPAIRING,
    "mkd16_stateful_loss_instance": MISPAIRING,
    "order_stateful_loss_list": (*MISPAIRING, "3.7.0"),
    "selfnone_is_none_only": ("3.4.1", "3.5.0", *KERAS2),
    "selfnone_nested_reset": ("3.4.1", *KERAS2),
    "selfnone_callback_net": KERAS2,
    "mkd16_three_outputs_positional": ONE_LOSS_WEIGHTED,
    "mkd16_weights_none_entry": ONE_LOSS_WEIGHTED,
    "k2_summary_layer_order": (*KERAS2, "3.5.0"),
    "k2_tf_data_two_inputs_unsorted": KERAS2,
    "k2_tf_data_weights_tuple": KERAS2,
    "k2_train_on_batch_dict_iterated": KERAS2,
    "k2_tuple_outputs": (*KERAS2, "3.4.1"),
    "k2_two_metrics_one_output_unpack": (*KERAS2, "3.5.0"),
    "k2_validation_3tuple_weights": (*KERAS2, "3.4.1"),
    "k2_weighted_metrics_flat": (*KERAS2, "3.5.0"),
    "keep_auto_names_after_merge": FLAT_KEPT,
    "keep_auto_names_past_nine": FLAT_KEPT,
    "keep_history_and_positional": FLAT_KEPT,
    "keep_loss_dict_out_of_order": (*FLAT_KEPT, "3.6.0"),
    "keep_metrics_names_printed": FLAT_KEPT,
    "keep_op_output_beside_layer": FLAT_KEPT,
    "keep_shared_metric_object_auto_names": (*FLAT_KEPT, "3.6.0", "3.7.0"),
    "keep_test_on_batch_mixed_classes": FLAT_KEPT,
    "keep_two_stems_prefix_free": FLAT_KEPT,
    "keep_weighted_metrics_positional": (*FLAT_KEPT, "3.6.0", "3.7.0"),
    "mflat_accuracy_by_loss": (*FLAT_KEPT, "3.7.0"),
    "mflat_callback_logs": FLAT_KEPT,
    "mflat_evaluate_positional_auto_names": (*FLAT_KEPT, "3.6.0", "3.7.0"),
    "mflat_loss_weights_positional": FLAT_KEPT,
    "mflat_metric_object_var": FLAT_KEPT,
    "mflat_none_entry_return_dict": FLAT_KEPT,
    "mflat_same_metrics_weighted_auto": (*FLAT_KEPT, "3.6.0", "3.7.0"),
    "mflat_shared_list_two_models": FLAT_KEPT,
    "mflat_three_outputs_train_on_batch": FLAT_KEPT,
    "mflat_tuple_history_values": FLAT_KEPT,
    "mflat_weighted_sample_weight_dict": (*FLAT_KEPT, "3.6.0", "3.7.0"),
    "pass_evaluate_unpacked_in_helper": ("3.5.0", "3.6.0", *KERAS2),
    "pass_fit_own_labels": ("3.4.1", *KERAS2),
    "pass_returns_predictions": KERAS2,
    "old_dict_metrics_list_outputs": MISPAIRING,
    "old_evaluate_second_item": (*MISPAIRING, *KERAS2),
    "old_evaluate_second_item_unsorted": MISPAIRING,
    "old_loss_weights_zero_first": ("3.5.0", "3.6.0"),
    "old_metrics_empty_first": MISPAIRING,
    "old_metrics_none_first": MISPAIRING,
    "old_none_loss_none_label": ("3.5.0", *KERAS2),
    "old_none_loss_with_weights": (*MISPAIRING, *KERAS2),
    "old_sample_weight_none_entry": MISPAIRING,
    "old_tuple_weights_metrics": ("3.4.1", "3.5.0", *KERAS2),
    "old_two_inputs_unsorted": ("3.5.0", "3.6.0", *KERAS2),
    "old_weighted_metrics_none_first": MISPAIRING,
    "untr_viewer_shared_unnamed_inputs": (*KERAS2, "3.5.0"),
    "xfile_returned_dict_also_called_here": KERAS2,
    "xfile_returned_dict_printed": KERAS2,
}

# A Loss whose value depends on how often it was called: 3.4-3.6 compute a dict's per-output
# losses in sorted-key order, a list's in list order (MKD004 says only last digits may change).
CALL_ORDER = (
    "a Loss object counting its calls: 3.4-3.6 run the dict's per-output losses in sorted-key "
    "order (alpha first), the list's in list order, so each output's loss value changes"
)

# (program, version) pairs the tool gets wrong there: -> what goes wrong (strict xfails).
VERSION_DEFECTS: dict[tuple[str, str], str] = {
    **{
        (name, v): CALL_ORDER
        for name in ("mkd16_stateful_loss_call_order", "order_stateful_loss_list")
        for v in MISPAIRING
    },
    ("inren_summary_printed", "keras2"): "`summary()` of a later model names its InputLayer "
    "input_1 for input_3; MKD119 warns, a summary is a display",
    ("inren_print_inputs_repr", "keras2"): "a later model's `inputs` printed: Keras 2's "
    "KerasTensor repr names the layer that made it, 'input_3' before, 'input_1' after",
    # kept on purpose: summary() is a display, and MKD004 says its table changes order
    ("k2_summary_layer_order", "keras2"): "`model.summary()` lists alpha before zeta once the "
    "outputs are a dict (layers in sorted order); MKD004 says so, nothing refuses",
    ("k2_summary_layer_order", "3.5.0"): "`model.summary()` lists the layers in sorted order "
    "once the outputs are a dict; MKD004 says so",
}

# (program, version) pairs whose original is mis-paired there: the migrated program must do
# what the original does on Keras 3.7.0 (as the golden `fixed` pin, tests/semantic_pins.py).
FIXED: dict[tuple[str, str], str] = {
    ("old_none_loss_with_weights", "3.4.1"): "3.4.1 drops the None loss and gives `mse` to "
    "the first output",
}

# Multi-output programs the tool may leave without a finding: the code is right as it is.
NOTHING_TO_SAY: dict[str, str] = {
    # A list loss beside OrderedDict outputs is paired in insertion order (zeta_loss 1031).
    "ordered_dict_outputs": "OrderedDict outputs keep their order in tree.flatten",
}


@dataclass
class Migration:
    """What a default run of the tool did to one program."""

    changed: dict[str, str]  # relative path -> new text, only for files that changed
    findings: list[Finding]

    @property
    def codes(self) -> list[str]:
        return sorted({f.code for f in self.findings})

    @property
    def explained(self) -> bool:
        """A refusal, a warning or an error says why the code was left (or what to check)."""
        said = (Severity.REFUSED, Severity.WARNING, Severity.ERROR)
        return any(f.severity in said for f in self.findings)


def program_path(name: str) -> Path:
    folder = HERE / name
    return folder if folder.is_dir() else HERE / f"{name}.py"


def migrate(name: str) -> Migration:
    """Run the tool as a user would: one file with migrate_source, a folder with migrate_paths."""
    path = program_path(name)
    if path.is_file():
        text = path.read_text()
        result = migrate_source(text, path.name)
        changed = {path.name: result.new_text} if result.changed else {}
        return Migration(changed, list(result.findings))
    changed: dict[str, str] = {}
    findings: list[Finding] = []
    for file in migrate_paths([path]):
        assert not file.failed, f"{file.path}: the tool failed"
        findings.extend(file.findings)
        if file.changed:
            assert file.file is not None
            changed[str(file.file.resolve().relative_to(path.resolve()))] = file.new_text
    return Migration(changed, findings)


def materialise(name: str, migration: Migration | None, where: Path) -> Path:
    """Copy the program into ``where`` (migrated when given one); return the script to run."""
    path = program_path(name)
    if path.is_file():
        target = where / path.name
        text = path.read_text()
        if migration is not None:
            text = migration.changed.get(path.name, text)
        where.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
        return target
    shutil.copytree(path, where, ignore=shutil.ignore_patterns("__pycache__"))
    if migration is not None:
        for relative, text in migration.changed.items():
            (where / relative).write_text(text)
    return where / "main.py"


def _params() -> list:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=DEFECTS[name]))
        if name in DEFECTS
        else name
        for name in PROGRAMS
    ]


def test_there_are_enough_programs() -> None:
    assert len(PROGRAMS) >= 45, PROGRAMS


def test_the_defect_list_names_programs() -> None:
    assert not set(DEFECTS) - set(PROGRAMS), set(DEFECTS) - set(PROGRAMS)
    assert not set(OTHER_VERSIONS) - set(PROGRAMS), set(OTHER_VERSIONS) - set(PROGRAMS)
    pairs = {(name, v) for name, versions in OTHER_VERSIONS.items() for v in versions}
    assert not (set(VERSION_DEFECTS) | set(FIXED)) - pairs, (
        set(VERSION_DEFECTS) | set(FIXED)
    ) - pairs
    assert all(v in VERSIONS and v != "newest" for _, v in pairs), pairs
    assert not RAISES - set(PROGRAMS), RAISES - set(PROGRAMS)
    assert not RAISES_FROM_3_7 - set(PROGRAMS), RAISES_FROM_3_7 - set(PROGRAMS)
    assert not set(NOT_ON_NEWEST) - set(OTHER_VERSIONS), set(NOT_ON_NEWEST) - set(OTHER_VERSIONS)
    assert not set(NOTHING_TO_SAY) - set(PROGRAMS), set(NOTHING_TO_SAY) - set(PROGRAMS)


@pytest.mark.parametrize("name", PROGRAMS)
def test_program_parses_and_says_what_it_probes(name: str) -> None:
    path = program_path(name)
    files = [path] if path.is_file() else sorted(path.glob("*.py"))
    for file in files:
        ast.parse(file.read_text(), str(file))
    script = path if path.is_file() else path / "main.py"
    assert script.read_text().startswith("# "), f"{name}: start with a comment on the hole"


@pytest.mark.semantic
@pytest.mark.parametrize("name", _params())
def test_adversarial_program(name: str, tmp_path: Path) -> None:
    migration = migrate(name)
    in_folder = program_path(name).is_dir()
    if not migration.changed:
        # Left byte-identical: every program here builds a multi-input or multi-output model,
        # so the tool must say why it left it (or what a person should check).
        if name not in NOTHING_TO_SAY:
            assert migration.explained, (
                f"{name}: left unchanged without a reason: {migration.codes}"
            )
        return  # nothing to compare (every program was run once when it was written)
    if name in NOT_ON_NEWEST:
        pytest.skip(NOT_ON_NEWEST[name])
    before_script = materialise(name, None, tmp_path / "before")
    after_script = materialise(name, migration, tmp_path / "after")
    before, after = run_programs(before_script, after_script, in_own_folder=in_folder)
    assert before["events"], f"{name}: the original program recorded no Keras call"
    if name in RAISES_FROM_3_7:
        assert before["exception"] is not None, f"{name}: the original ran on the newest Keras"
        assert before["exception"]["type"] == "ValueError", before["exception"]
        assert after["exception"] is None, f"{name}: the migrated raised {after['exception']}"
        return
    if name not in RAISES:
        assert before["exception"] is None, f"{name}: the original raised {before['exception']}"
    compare_records(before, after)


def _version_params() -> list:
    params = []
    for name, versions in sorted(OTHER_VERSIONS.items()):
        for version in versions:
            reason = VERSION_DEFECTS.get((name, version))
            marks = [pytest.mark.matrix]
            if reason is not None:
                marks.append(pytest.mark.xfail(strict=True, reason=reason))
            params.append(pytest.param(name, version, marks=marks, id=f"{name}-{version}"))
    return params


@pytest.mark.semantic
@pytest.mark.parametrize(("name", "version"), _version_params())
def test_adversarial_program_on_other_keras(name: str, version: str, tmp_path: Path) -> None:
    """The same check on a Keras the program targets: Keras 2 reads flat metrics lists,
    automatic names and positional results its own way, 3.4.1 to 3.6.0 pair `None` entries
    and dicts their way; a migration must keep what the original does there too."""
    if version == "keras2" and not keras2_available():
        pytest.skip("Keras 2 needs TensorFlow, installed by the test extra on x86-64 Linux")
    migration = migrate(name)
    if not migration.changed:
        assert migration.explained, f"{name}: left unchanged without a reason"
        return
    in_folder = program_path(name).is_dir()
    before_script = materialise(name, None, tmp_path / "before")
    after_script = materialise(name, migration, tmp_path / "after")
    before, after = run_programs(
        before_script, after_script, version=version, in_own_folder=in_folder
    )
    assert before["events"], f"{name}: the original program recorded no Keras call on {version}"
    if (name, version) in FIXED:
        (reference,) = run_programs(before_script, version=REFERENCE, in_own_folder=in_folder)
        with pytest.raises(AssertionError):
            compare_records(reference, before)  # this version really mis-pairs the original
        compare_records(reference, after, more_keys=True)
        return
    compare_records(before, after)
