# A helper module that imports build_a (never naming it again): main.py imports it from here.
import numpy as np
from models import build_a, build_b


def data():
    return np.ones((4, 1), "float32"), build_b
