from tensorflow import keras
from tensorflow.keras import layers

question = keras.Input(shape=(None,), dtype="int32", name="question")
passage = keras.Input(shape=(None,), dtype="int32", name="passage")
embed = layers.Embedding(1000, 32)
encoded = layers.concatenate(
    [layers.GlobalAveragePooling1D()(embed(question)), layers.GlobalAveragePooling1D()(embed(passage))]
)
answer_end = layers.Dense(1, name="answer_end")(encoded)
answer_start = layers.Dense(1, name="answer_start")(encoded)

model = keras.Model(
    {"passage": passage, "question": question},
    {"answer_end": answer_end, "answer_start": answer_start},
)
model.compile(
    optimizer="adam",
    loss={"answer_end": "mse", "answer_start": "mse"},
    metrics={"answer_end": "mae", "answer_start": "mae"},
)
model.fit(
    {"passage": x_passage, "question": x_question},
    {"answer_end": y_end, "answer_start": y_start},
    epochs=2,
)
