# `inputs=` spelt as today, `output=` as in Keras 1: still rejected by Keras 3 and tf.keras.
from keras.layers import Dense, Input, concatenate
from keras.models import Model

left = Input(shape=(4,))
right = Input(shape=(2,))
merged = concatenate([left, right])
score = Dense(1)(merged)
model = Model(inputs=[left, right], output=score)
model.compile(optimizer="adam", loss="mse")
model.fit([x_left, x_right], y_score, epochs=2)
