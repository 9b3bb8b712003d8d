# Probes: a session snippet reads an unbound `model` and calls its methods; one module
# (first.py) exports a multi-output `model`, another (second.py) binds `model` from a builder,
# and the snippet runs in second's namespace: the builder's model migrates without the
# snippet's list loss in sight, which then pairs in sorted-key order.
import runpy
from pathlib import Path

import common

space = runpy.run_path("second.py")
space.update(vars(common))
exec(Path("snippet.py").read_text(), space)
