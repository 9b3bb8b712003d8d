# The first model's third head gains a name, which frees an automatic name; the second
# model, built later, is not migrated (its heads come from a helper returning a list), so
# its heads keep automatic names that shift (dense_6 becomes dense_5), and the file prints
# its history's keys: the first model is refused (MKD128), the second with MKD105.
import keras
from keras import layers


def heads(h):
    return [layers.Dense(1)(h), layers.Dense(1)(h)]


def main():
    a = keras.Input(shape=(2,), name="a")
    b = keras.Input(shape=(1,), name="b")
    hidden = layers.Dense(4)(layers.concatenate([a, b]))
    speed = layers.Dense(1, name="speed")(hidden)
    incident = layers.Dense(1)(hidden)
    first = keras.Model(inputs=[a, b], outputs=[speed, incident])
    first.compile(optimizer="sgd", loss=["mse", "mae"])
    first.fit([x_a, x_b], [y_speed, y_incident], verbose=0)

    c = keras.Input(shape=(2,), name="c")
    second = keras.Model(inputs=c, outputs=heads(layers.Dense(4)(c)))
    second.compile(optimizer="sgd", loss=["mse", "mae"])
    history = second.fit(x_a, [y_speed, y_incident], verbose=0)
    print(sorted(history.history))


main()
