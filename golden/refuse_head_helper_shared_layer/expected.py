import keras
from keras import layers

classifier = layers.Dense(3, activation="softmax", name="classifier")


def classify(features):
    return classifier(features)


day = keras.Input(shape=(12,), name="day")
night = keras.Input(shape=(12,), name="night")
day_class = classify(layers.Dense(8)(day))
night_class = classify(layers.Dense(8)(night))
model = keras.Model([day, night], [day_class, night_class])
model.compile(optimizer="adam", loss=["categorical_crossentropy", "categorical_crossentropy"])
model.fit([x_day, x_night], [y_day, y_night], epochs=3)
