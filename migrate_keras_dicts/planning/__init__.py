"""The planner, in parts; :mod:`migrate_keras_dicts.plan` assembles them."""
