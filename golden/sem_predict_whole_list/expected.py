# predict() results used whole (printed, counted, iterated, concatenated) and an evaluate()
# result assigned but never read. The rewrite gives back the same list, in output order, from
# the dict by key; the unused result needs nothing.
import keras
import numpy as np
from keras import layers

N = 4
x = np.arange(N * 2, dtype="float32").reshape(N, 2)
y_1 = np.full((N, 1), 3.0, "float32")
y_2 = np.full((N, 1), 1.0, "float32")

inp = keras.Input(shape=(2,), name="inp")
h = layers.Dense(3, kernel_initializer="ones", bias_initializer="zeros")(inp)
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(h)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(h)
model = keras.Model(inputs=inp, outputs={"zeta": zeta, "alpha": alpha})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"zeta": "mse", "alpha": "mse"},
)
model.fit(x, {"zeta": y_1, "alpha": y_2}, batch_size=N, verbose=0)
loss = model.evaluate(x, {"zeta": y_1, "alpha": y_2}, verbose=0)

predictions = model.predict(x, verbose=0)
preds = [predictions["zeta"], predictions["alpha"]]
print(len(preds), type(preds).__name__)
for p in preds:
    print(p.shape, np.round(p.ravel(), 3))
print(np.round(np.concatenate(preds, axis=-1), 3))
