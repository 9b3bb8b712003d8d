import keras
from keras import layers

ids = keras.Input(shape=(20,), dtype="int32", name="ids")
mask = keras.Input(shape=(20,), name="mask")
x = layers.Embedding(3000, 32)(ids)
x = layers.GlobalAveragePooling1D()(x)
x = layers.concatenate([x, mask])
intent = layers.Dense(7, activation="softmax", name="intent")(x)
urgency = layers.Dense(1, activation="sigmoid", name="urgency")(x)

model = keras.Model(
    inputs={"ids": ids, "mask": mask}, outputs={"intent": intent, "urgency": urgency}
)
model.compile(
    optimizer="adam",
    loss={
        "intent": "sparse_categorical_crossentropy",
        "urgency": "binary_crossentropy",
    },
)
for batch_ids, batch_mask, batch_intent, batch_urgency in batches:
    model.train_on_batch(
        {"ids": batch_ids, "mask": batch_mask},
        {"intent": batch_intent, "urgency": batch_urgency},
    )
model.test_on_batch(
    {"ids": val_ids, "mask": val_mask}, {"intent": val_intent, "urgency": val_urgency}
)
results = model.evaluate(
    {"ids": test_ids, "mask": test_mask},
    {"intent": test_intent, "urgency": test_urgency},
    verbose=0,
)
top_intent = model.predict({"ids": test_ids, "mask": test_mask}, batch_size=64)[
    "intent"
].argmax(axis=-1)
urgent = model.predict_on_batch({"ids": test_ids[:8], "mask": test_mask[:8]})["urgency"] > 0.5
