# tf.saved_model.save exports the whole model for serving, now with dict inputs and outputs.
import tensorflow as tf

left = tf.keras.Input(shape=(4,), name="left")
right = tf.keras.Input(shape=(4,), name="right")
h = tf.keras.layers.concatenate([left, right])
match = tf.keras.layers.Dense(1, activation="sigmoid", name="match")(h)
offset = tf.keras.layers.Dense(1, name="offset")(h)
model = tf.keras.Model([left, right], [match, offset])
model.compile(optimizer="adam", loss=["binary_crossentropy", "mse"])
model.fit([xl, xr], [y_match, y_offset])
tf.saved_model.save(model, "export/matcher")
