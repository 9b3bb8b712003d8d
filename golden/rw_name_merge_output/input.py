import keras
from keras import layers

query = keras.Input(shape=(32,), name="query")
doc = keras.Input(shape=(32,), name="doc")
q = layers.Dense(16)(query)
d = layers.Dense(16)(doc)
relevance = layers.dot([q, d], axes=1, normalize=True)
joint = layers.concatenate([q, d])

model = keras.Model(inputs=[doc, query], outputs=[joint, relevance])
model.compile(optimizer="adam", loss=[None, "mse"])
model.fit([x_doc, x_query], [dummy, y_relevance], epochs=3)
