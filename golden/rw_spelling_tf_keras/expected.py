import tensorflow as tf

title = tf.keras.Input(shape=(32,), name="title")
body = tf.keras.Input(shape=(128,), name="body")
x = tf.keras.layers.concatenate([body, title])
x = tf.keras.layers.Dense(64, activation="relu")(x)
department = tf.keras.layers.Dense(4, activation="softmax", name="department")(x)
priority = tf.keras.layers.Dense(1, activation="sigmoid", name="priority")(x)

model = tf.keras.Model(
    inputs={"body": body, "title": title},
    outputs={"department": department, "priority": priority},
)
model.compile(
    optimizer=tf.keras.optimizers.Adam(1e-3),
    loss={
        "department": tf.keras.losses.CategoricalCrossentropy(),
        "priority": tf.keras.losses.BinaryCrossentropy(),
    },
    loss_weights={"department": 0.5, "priority": 1.0},
)
model.fit(
    {"body": body_data, "title": title_data},
    {"department": dept_targets, "priority": priority_targets},
    epochs=2,
    batch_size=32,
)
