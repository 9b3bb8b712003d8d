# The heads of the first model are unnamed and get names from the tool, so the layers built
# after them take other automatic names: a Sequential's list, a layer added with `add` and
# one stored for later (dense_3 ... dense_6 become dense_1 ... dense_4). A Sequential stops
# the tool from working the names out, and nothing in the file reads names or log keys:
# the model is migrated, and each of those layers gets a warning (MKD119).
import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


N = 8
x = np.full((N, 2), 1.0, "float32")
y_a = np.full((N, 1), 3.0, "float32")
y_b = np.full((N, 1), 5.0, "float32")

inp = keras.Input(shape=(2,), name="inp")
h = layers.Dense(2, kernel_initializer="ones")(inp)
up = layers.Dense(1, kernel_initializer="ones", name="up")(h)
down = layers.Dense(
    1, kernel_initializer="zeros", bias_initializer="ones", name="down"
)(h)
model = keras.Model(inp, {"up": up, "down": down})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss={"up": P, "down": Q}
)
model.fit(x, {"up": y_a, "down": y_b}, batch_size=N, verbose=0)

encoder = keras.Sequential([layers.Dense(2, kernel_initializer="ones"), layers.Dense(1)])
decoder = keras.Sequential()
decoder.add(layers.Dense(2, kernel_initializer="ones"))
head = layers.Dense(1, kernel_initializer="ones")
print(float(head(decoder(encoder(x)))[0, 0] * 0.0))
