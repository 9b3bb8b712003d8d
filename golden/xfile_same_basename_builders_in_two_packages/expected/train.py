# Imports build_model from pkg_a.models; pkg_b has a models.py with a build_model too.
import numpy as np
from pkg_a.models import build_model

m = build_model()
m.fit(
    np.ones((4, 2)), {"volume": np.ones((4, 1)), "price": np.zeros((4, 1))}, verbose=0
)
