import keras as K
from keras import Model as KModel

rgb = K.Input(shape=(32, 32, 3), name="rgb")
depth = K.Input(shape=(32, 32, 1), name="depth")
x = K.layers.Concatenate(axis=-1)([rgb, depth])
x = K.layers.Conv2D(16, 3, activation="relu")(x)
x = K.layers.GlobalAveragePooling2D()(x)
objectness = K.layers.Dense(1, activation="sigmoid", name="objectness")(x)
size = K.layers.Dense(2, name="size")(x)

net = KModel(
    inputs={"depth": depth, "rgb": rgb},
    outputs={"objectness": objectness, "size": size},
)
net.compile(
    optimizer=K.optimizers.SGD(0.01),
    loss={"objectness": "binary_crossentropy", "size": "mse"},
)
net.fit(
    {"depth": x_depth, "rgb": x_rgb}, {"objectness": y_obj, "size": y_size}, epochs=20
)
