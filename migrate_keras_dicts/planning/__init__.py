"""The planner's parts: each a module of functions over one typed :class:`state.PlanState`.

:mod:`migrate_keras_dicts.plan` runs them in order for one model (``ModelPlanner``, and
``RemotePlanner`` for a model built in another file); every part receives the state
explicitly as ``st`` and records findings, blockers and edits through it.

- ``state``      PlanState: what the planner has traced and decided; findings, blockers, edits
- ``common``     Keras signatures, the use table (``MODEL_ATTRIBUTES``, ``MODEL_FUNCTIONS``),
                 the plan's data types (ModelPlan, Side, Member), small CST helpers
- ``syntax``     argument binding, ``*`` in literals, the code around a use, ancestry
- ``structure``  the constructor: the model's inputs and outputs, the names they need
- ``heads``      outputs built by a function of the module (``build_head("age", x)``), or by
                 a method of an instance of a class of the module
- ``called_models``  a model called like a layer: one tensor when it has one output
- ``follow``     from the constructor to every use: the variable, builders, returns
- ``uses``       what each use is: the use handlers, one per kind of the use table
- ``compile_args``  compile's loss, loss_weights and metrics
- ``data_calls``  fit/evaluate/predict (and Keras 2's ``*_generator``): data, validation,
                 and what their results and history show of the order
- ``producers``  generators, Sequence/PyDataset classes and tf.data pipelines that yield data
- ``literals``   the list and dict literals both rewrite, and names bound to one
- ``consumers``  what predict() and model(x) return: indexes and unpacking by name
- ``guards``     callbacks that reach ``self.model``; uses inside exception checks
- ``saving``     the whole model saved with its new structure (MKD120)
- ``readback``   what the program reads back in order: positional results, history, loss order
- ``results``    which log key each positional ``evaluate()`` result holds

Where does a new use handler go? A new use of a model is one row in the use table in
``common.py`` (``MODEL_ATTRIBUTES`` for ``model.<attr>``/``model.<method>()``,
``MODEL_FUNCTIONS`` for ``f(model)``) naming its kind; a new kind is one function
decorated ``@handles("kind")`` in ``uses.py``.
"""
