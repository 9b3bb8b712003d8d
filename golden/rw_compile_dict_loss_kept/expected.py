import keras
from keras import layers

encoded = keras.Input(shape=(40,), name="encoded")
genotype = keras.Input(shape=(10,), name="genotype")
h = layers.Dense(32, activation="relu")(layers.concatenate([encoded, genotype]))
height = layers.Dense(1, name="height")(h)
yield_t = layers.Dense(1, name="yield_t")(h)

model = keras.Model(
    inputs={"encoded": encoded, "genotype": genotype},
    outputs={"height": height, "yield_t": yield_t},
)
model.compile(
    optimizer="adam",
    loss={"height": "mse", "yield_t": "huber"},
    loss_weights={"height": 0.5, "yield_t": 1.0},
    metrics={"yield_t": ["mae"]},
)
model.fit(
    {"encoded": x_env, "genotype": x_geno},
    {"height": y_height, "yield_t": y_yield},
    epochs=30,
)
