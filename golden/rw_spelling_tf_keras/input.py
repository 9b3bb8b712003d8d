import tensorflow as tf

title = tf.keras.Input(shape=(32,), name="title")
body = tf.keras.Input(shape=(128,), name="body")
x = tf.keras.layers.concatenate([body, title])
x = tf.keras.layers.Dense(64, activation="relu")(x)
department = tf.keras.layers.Dense(4, activation="softmax", name="department")(x)
priority = tf.keras.layers.Dense(1, activation="sigmoid", name="priority")(x)

model = tf.keras.Model(inputs=[body, title], outputs=[department, priority])
model.compile(
    optimizer=tf.keras.optimizers.Adam(1e-3),
    loss=[tf.keras.losses.CategoricalCrossentropy(), tf.keras.losses.BinaryCrossentropy()],
    loss_weights=[0.5, 1.0],
)
model.fit([body_data, title_data], [dept_targets, priority_targets], epochs=2, batch_size=32)
