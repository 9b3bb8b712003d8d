"""The whole model leaves the program (MKD120): ``model.save(...)``, ``save_model(model)``,
``tf.saved_model.save(model, ...)`` and a whole-model ``ModelCheckpoint`` among ``fit``'s
callbacks (the use handlers and the data calls both come here)."""

from __future__ import annotations

import libcst as cst

from .state import PlanState


def saved_whole(st: PlanState, call: cst.Call) -> None:
    """The saved file outlives the program: whoever loads it gets the new structure, and
    the tool cannot see (so cannot migrate) that code."""
    effects = []
    if st.inputs.becomes_dict:
        effects.append(
            "calling it with a list of inputs warns, and raises on Keras 3.8+ unless the "
            "keys are in sorted order"
        )
    if st.outputs.becomes_dict:
        effects.append("its `predict()` and `model(x)` return dicts instead of lists")
    st.unsafe_or_block(
        "MKD120",
        call,
        f"`{st.code(call)}` saves the whole model with dict {st.changed_sides()}: "
        f"for code that loads it, {'; '.join(effects)}. Save weights only "
        "(`save_weights`, `save_weights_only=True`), or migrate the code that loads the file "
        "by hand (or make sure nothing does) and rerun with `--accept MKD120`",
    )
