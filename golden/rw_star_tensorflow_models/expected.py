from tensorflow.keras.layers import Dense, Input
from tensorflow.keras.models import *

features = Input(shape=(30,), name="features")
h = Dense(64, activation="relu")(features)
benign = Dense(1, activation="sigmoid", name="benign")(h)
malignant = Dense(1, activation="sigmoid", name="malignant")(h)

model = Model(features, {"benign": benign, "malignant": malignant})
model.compile(
    optimizer="adam",
    loss={"benign": "binary_crossentropy", "malignant": "binary_crossentropy"},
)
model.fit(x_train, {"benign": y_benign, "malignant": y_malignant}, epochs=10, verbose=0)
