import keras
from keras import layers

features = keras.Input(shape=(24,), name="features")
h = layers.Dense(48, activation="relu")(features)
default = layers.Dense(1, activation="sigmoid", name="default")(h)
loss_given = layers.Dense(1, activation="sigmoid", name="loss_given")(h)

model = keras.Model(features, [default, loss_given])
model.compile(
    optimizer="adam",
    loss=["binary_crossentropy", "mse"],
    metrics=[["accuracy", keras.metrics.AUC(name="auc")], ["mae", "mse"]],
    weighted_metrics=[["accuracy"], []],
)
model.fit(x, [y_default, y_lgd], sample_weight=[w_default, w_lgd], epochs=6)
