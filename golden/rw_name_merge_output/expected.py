import keras
from keras import layers

query = keras.Input(shape=(32,), name="query")
doc = keras.Input(shape=(32,), name="doc")
q = layers.Dense(16)(query)
d = layers.Dense(16)(doc)
relevance = layers.dot([q, d], axes=1, normalize=True, name="relevance")
joint = layers.concatenate([q, d], name="joint")

model = keras.Model(
    inputs={"doc": doc, "query": query},
    outputs={"joint": joint, "relevance": relevance},
)
model.compile(optimizer="adam", loss={"joint": None, "relevance": "mse"})
model.fit(
    {"doc": x_doc, "query": x_query},
    {"joint": dummy, "relevance": y_relevance},
    epochs=3,
)
