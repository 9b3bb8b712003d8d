# A train_on_batch() result indexed by position: index 1 is the first output's loss in list
# order, the sorted-key order's first ("dir") on Keras 3.5/3.6 once the outputs are a dict.
import keras
from keras import layers

inp = keras.Input(shape=(16,), name="inp")
speed = layers.Dense(1, name="speed")(inp)
direction = layers.Dense(2, name="dir")(inp)
model = keras.Model(inp, [speed, direction])
model.compile(optimizer="adam", loss=["mse", "mse"])
for xb, sb, db in batches:
    speed_loss = model.train_on_batch(xb, [sb, db])[1]
    print("speed", speed_loss)
