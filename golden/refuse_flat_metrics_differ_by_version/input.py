# A flat metrics list as long as the outputs means one metric per output on Keras 3 and every
# metric on every output on Keras 2. Kept as written it would keep both (MKD015), but Keras 3
# pairs a list with dict outputs in sorted-key order, and ['occupied', 'people'] is not the
# list order: refused.
import keras
from keras import layers

frame = keras.Input(shape=(120, 160, 1), name="frame")
x = layers.Conv2D(8, 3, activation="relu")(frame)
x = layers.Flatten()(x)
occupied = layers.Dense(1, activation="sigmoid", name="occupied")(x)
people = layers.Dense(1, activation="relu", name="people")(x)

model = keras.Model(frame, [people, occupied])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"], metrics=["mae", "accuracy"])
model.fit(frames, [y_people, y_occupied], epochs=10)
