from tensorflow import keras
from tensorflow.keras import layers
from tensorflow.keras.preprocessing.image import ImageDataGenerator

inp = keras.Input(shape=(64, 64, 3), name="image")
h = layers.GlobalAveragePooling2D()(layers.Conv2D(8, 3, activation="relu")(inp))
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, [age, gender])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])

augment = ImageDataGenerator(rotation_range=10, horizontal_flip=True)
model.fit(augment.flow(x_train, y_train, batch_size=32), epochs=5)
