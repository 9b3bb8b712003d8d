# Automatic layer names built by `%`, `.format()` and `+`: the migration names the heads,
# so "dense_1_loss" and get_layer("dense_2") would find nothing; the tool cannot rewrite a
# template, so the model is refused (MKD127), each template at its own line.
import keras
from keras import layers

features = keras.Input(shape=(4,), name="features")
hidden = layers.Dense(8, activation="relu")(features)
head1 = layers.Dense(1)(hidden)
head2 = layers.Dense(1)(hidden)
model = keras.Model(features, [head1, head2])
model.compile(optimizer="adam", loss=["mse", "mae"])
history = model.fit(x, [y1, y2], epochs=2)
for i in range(1, 3):
    print(history.history["dense_%d_loss" % i][-1])
    print(model.get_layer("dense_{}".format(i)).units)
    print(model.get_layer("dense_" + str(i)).name)
print(history.history["dense" + "_1_loss"])
