import keras
from keras import layers

numeric = keras.Input(shape=(8,))
text = keras.Input((200,), dtype="int32")
t = layers.Embedding(5000, 16)(text)
t = layers.GlobalAveragePooling1D()(t)
h = layers.concatenate([numeric, t])
fraud = layers.Dense(1, activation="sigmoid", name="fraud")(h)
risk = layers.Dense(1, name="risk")(h)

model = keras.Model(inputs=[numeric, text], outputs=[fraud, risk])
model.compile(optimizer="adam", loss=["binary_crossentropy", "mse"])
model.fit([x_numeric, x_text], [y_fraud, y_risk], epochs=4)
