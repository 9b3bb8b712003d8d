# Probes: a public builder in models.py, compiled in main.py, and a positional evaluate()
# unpacked into total, main_loss, aux_loss (sorted-key order on Keras 3.5/3.6).
import keras
import numpy as np
from models import build_model


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


N = 4
x = np.full((N, 1), 1.0, "float32")
model = build_model()
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
total, main_loss, aux_loss = model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0)
print("main", round(main_loss, 2), "aux", round(aux_loss, 2))
