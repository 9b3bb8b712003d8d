import keras
from keras import layers

features = keras.Input(shape=(24,), name="features")
h = layers.Dense(48, activation="relu")(features)
default = layers.Dense(1, activation="sigmoid", name="default")(h)
loss_given = layers.Dense(1, activation="sigmoid", name="loss_given")(h)

model = keras.Model(features, {"default": default, "loss_given": loss_given})
model.compile(
    optimizer="adam",
    loss={"default": "binary_crossentropy", "loss_given": "mse"},
    metrics={
        "default": ["accuracy", keras.metrics.AUC(name="auc")],
        "loss_given": ["mae", "mse"],
    },
    weighted_metrics={"default": ["accuracy"], "loss_given": []},
)
model.fit(
    x,
    {"default": y_default, "loss_given": y_lgd},
    sample_weight={"default": w_default, "loss_given": w_lgd},
    epochs=6,
)
