# A notebook exported to a script defines its head helper in two sections, the second
# naming the layers otherwise; the builder's calls run later, so the tool cannot tell which
# definition names the heads. Refused.
import keras
from keras import layers

N_CLASSES = 3


def make_head(name, x):
    return layers.Dense(N_CLASSES, activation="softmax", name=f"{name}_output")(x)


print("classes:", N_CLASSES)


def make_head(name, x):
    return layers.Dense(N_CLASSES, activation="softmax", name=f"{name}_probs")(x)


def build_model():
    features = keras.Input(shape=(12,), name="features")
    trunk = layers.Dense(16, activation="relu")(features)
    colour = make_head("colour", trunk)
    size = make_head("size", trunk)
    return keras.Model(inputs=features, outputs=[colour, size])


model = build_model()
model.compile(optimizer="sgd", loss="categorical_crossentropy")
model.fit(x_train, [y_colour, y_size], epochs=2)
