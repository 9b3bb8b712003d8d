import keras
from keras import layers


class AgeGender(keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = layers.Dense(16, activation="relu")
        self.age = layers.Dense(1)
        self.gender = layers.Dense(1, activation="sigmoid")

    def call(self, inputs):
        h = self.hidden(inputs)
        return [self.age(h), self.gender(h)]


model = AgeGender()
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(x_train, [y_age, y_gender], epochs=3)
preds = model.predict(x_test)
print(preds[0])
