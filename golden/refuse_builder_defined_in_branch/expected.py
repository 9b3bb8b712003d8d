import keras
from keras import layers

if use_small_heads:

    def make_net():
        feats = keras.Input(shape=(4,), name="feats")
        score = layers.Dense(1, name="score")(feats)
        box = layers.Dense(4, name="box")(feats)
        return keras.Model(feats, [score, box])

else:

    def make_net():
        feats = keras.Input(shape=(4,), name="feats")
        box = layers.Dense(4, name="box")(feats)
        score = layers.Dense(1, name="score")(feats)
        return keras.Model(feats, [box, score])


net = make_net()
net.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
net.fit(x_train, [y_first, y_second], epochs=2)
