import keras
from keras import layers

numeric = keras.Input(shape=(8,), name="numeric")
text = keras.Input((200,), dtype="int32", name="text")
t = layers.Embedding(5000, 16)(text)
t = layers.GlobalAveragePooling1D()(t)
h = layers.concatenate([numeric, t])
fraud = layers.Dense(1, activation="sigmoid", name="fraud")(h)
risk = layers.Dense(1, name="risk")(h)

model = keras.Model(
    inputs={"numeric": numeric, "text": text}, outputs={"fraud": fraud, "risk": risk}
)
model.compile(optimizer="adam", loss={"fraud": "binary_crossentropy", "risk": "mse"})
model.fit(
    {"numeric": x_numeric, "text": x_text}, {"fraud": y_fraud, "risk": y_risk}, epochs=4
)
