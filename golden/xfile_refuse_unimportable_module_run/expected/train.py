import runpy

import numpy as np

build_model = runpy.run_path("7.2-two-heads.py")["build_model"]
model = build_model()
model.compile(optimizer="adam", loss=["mse", "mae"])
model.fit([np.zeros((8, 4)), np.zeros((8, 2))], [np.zeros((8, 1)), np.zeros((8, 1))], verbose=0)
