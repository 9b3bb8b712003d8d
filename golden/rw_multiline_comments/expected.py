import keras
from keras import layers

dense_x = keras.Input(shape=(13,), name="dense_x")
sparse_x = keras.Input(shape=(26,), name="sparse_x")
h = layers.Dense(64, activation="relu")(layers.concatenate([dense_x, sparse_x]))
h = layers.Dense(32, activation="relu")(h)
p_click = layers.Dense(1, activation="sigmoid", name="p_click")(h)
p_order = layers.Dense(1, activation="sigmoid", name="p_order")(h)

model = keras.Model(
    inputs={
        "dense_x": dense_x,  # 13 numeric features
        "sparse_x": sparse_x,  # 26 hashed categorical features
    },
    outputs={
        # the CTR head comes first
        "p_click": p_click,
        "p_order": p_order,  # CVR head
    },
)
model.compile(
    optimizer="adam",
    loss={
        "p_click": "binary_crossentropy",  # click
        "p_order": "binary_crossentropy",  # order
    },
    loss_weights={"p_click": 1.0, "p_order": 2.0},  # orders are rarer
)
model.fit(
    {"dense_x": train_dense, "sparse_x": train_sparse},
    {
        "p_click": y_click,
        "p_order": y_order,
    },
    epochs=3,
)
