import keras
from keras import layers
from keras.utils import plot_model

photo = keras.Input(shape=(64, 64, 3), name="photo")
x = layers.Conv2D(8, 3, activation="relu")(photo)
x = layers.GlobalAveragePooling2D()(x)
age = layers.Dense(1, name="age")(x)
gender = layers.Dense(1, activation="sigmoid", name="gender")(x)
net = keras.Model(photo, {"age": age, "gender": gender})
print(net)
net.summary()
plot_model(net, show_shapes=True)
keras.utils.plot_model(net, to_file="net.png")
net.compile(optimizer="adam", loss={"age": "mse", "gender": "binary_crossentropy"})
net.fit(x_photos, {"age": y_age, "gender": y_gender}, epochs=2)
net
