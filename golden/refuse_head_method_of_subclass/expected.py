# The heads come from a method of a class that derives from another: the base (or what it
# derives from) may define how the method is found, so the tool cannot read the head's name.
import keras
from keras import layers


class Base:
    pass


class HeadMaker(Base):
    def head(self, x, name):
        return layers.Dense(10, activation="softmax", name=f"{name}_probs")(x)


heads = HeadMaker()
image = keras.Input(shape=(32,), name="image")
trunk = layers.Dense(64, activation="relu")(image)
main = heads.head(trunk, name="main")
aux = heads.head(trunk, name="aux")
model = keras.Model(inputs=image, outputs=[main, aux])
model.compile(optimizer="adam", loss=["sparse_categorical_crossentropy", "mse"])
model.fit(x_train, [y_train, y_aux], epochs=2)
