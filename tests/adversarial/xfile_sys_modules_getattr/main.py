# Probes: build_a imported, then reached through sys.modules by a computed name.
import sys

import keras
import numpy as np
from models import build_a, build_b

model = sys.modules["models"].__dict__["build_" + "a"]()
other = build_b()
N = 4
x = np.full((N, 1), 1.0, "float32")
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
total, first, second = model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0)
print("first", round(first, 3), "second", round(second, 3))
