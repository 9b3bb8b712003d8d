# Probes: a session snippet reads an unbound `model` and calls its methods; two modules
# (first.py, second.py) export a multi-output `model`, so the snippet links to neither, and
# each model migrates alone while the snippet's list loss stays beside whichever it runs with.
import runpy
from pathlib import Path

import common

space = runpy.run_path("second.py")
space.update(vars(common))
exec(Path("snippet.py").read_text(), space)
