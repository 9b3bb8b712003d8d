# Output Dense layers without name=: Keras calls them dense / dense_1, the tool names them
# after their variables, so history keys change from dense_1_loss to gender_loss.
import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


def mP(y_true, y_pred):
    return 100.0 + 10.0 * y_true + y_pred


def mQ(y_true, y_pred):
    return 200.0 + 10.0 * y_true + y_pred


N = 8
features = np.linspace(0.0, 1.0, N * 3, dtype="float32").reshape(N, 3)
y_age = np.full((N, 1), 3.0, "float32")
y_gender = np.full((N, 1), 5.0, "float32")
v_features = features[:4] + 1.0

inp = keras.Input(shape=(3,), name="features")
h = layers.Dense(4, kernel_initializer="ones", bias_initializer="zeros", name="hidden")(inp)
age = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="age")(
    h
)
gender = layers.Dense(
    1, kernel_initializer="zeros", bias_initializer="ones", name="gender"
)(h)
model = keras.Model(inputs=inp, outputs={"age": age, "gender": gender})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"age": P, "gender": Q},
    metrics={"age": [mP], "gender": [mQ]},
)
history = model.fit(
    features,
    {"age": y_age, "gender": y_gender},
    validation_data=(v_features, {"age": y_age[:4], "gender": y_gender[:4]}),
    batch_size=N,
    verbose=0,
)
model.evaluate(
    features,
    {"age": y_age, "gender": y_gender},
    batch_size=N,
    verbose=0,
    return_dict=True,
)
