import tensorflow as tf

inp_num = tf.keras.layers.Input(shape=(12,), name="inp_num")
inp_txt = tf.keras.layers.Input(shape=(50,), name="inp_txt")
h = tf.keras.layers.Dense(16, activation="relu")(tf.keras.layers.concatenate([inp_num, inp_txt]))
churn = tf.keras.layers.Dense(1, activation="sigmoid", name="churn")(h)
spend = tf.keras.layers.Dense(1, name="spend")(h)

model = tf.keras.models.Model(
    inputs={"inp_num": inp_num, "inp_txt": inp_txt},
    outputs={"churn": churn, "spend": spend},
)
model.compile(optimizer="adam", loss={"churn": "binary_crossentropy", "spend": "mse"})
model.fit(
    {"inp_num": x_num, "inp_txt": x_txt},
    {"churn": y_churn, "spend": y_spend},
    validation_split=0.1,
    epochs=4,
)
