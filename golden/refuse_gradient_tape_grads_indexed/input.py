# A custom training step takes the gradients of `model.trainable_weights` and also prints
# the first one: which weight comes first changes with the sorted dict keys. Refused.
import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

image = keras.Input(shape=(8,), name="image")
series = keras.Input(shape=(5,), name="series")
joined = layers.concatenate([image, series])
score = layers.Dense(1, name="score")(joined)
label = layers.Dense(3, name="label")(joined)
model = keras.Model(inputs=[image, series], outputs=[score, label])
optimizer = keras.optimizers.Adam()
mse = keras.losses.MeanSquaredError()
xent = keras.losses.CategoricalCrossentropy(from_logits=True)

x_image = np.random.random((16, 8)).astype("float32")
x_series = np.random.random((16, 5)).astype("float32")
y_score = np.random.random((16, 1)).astype("float32")
y_label = np.eye(3, dtype="float32")[np.random.randint(0, 3, 16)]

with tf.GradientTape() as tape:
    score_pred, label_pred = model([x_image, x_series])
    loss = mse(y_score, score_pred) + xent(y_label, label_pred)
grads = tape.gradient(loss, model.trainable_weights)
optimizer.apply_gradients(zip(grads, model.trainable_weights))
print(float(loss))
print(grads[0].shape)
