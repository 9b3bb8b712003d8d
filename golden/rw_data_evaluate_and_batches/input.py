import keras
from keras import layers

ids = keras.Input(shape=(20,), dtype="int32", name="ids")
mask = keras.Input(shape=(20,), name="mask")
x = layers.Embedding(3000, 32)(ids)
x = layers.GlobalAveragePooling1D()(x)
x = layers.concatenate([x, mask])
intent = layers.Dense(7, activation="softmax", name="intent")(x)
urgency = layers.Dense(1, activation="sigmoid", name="urgency")(x)

model = keras.Model(inputs=[ids, mask], outputs=[intent, urgency])
model.compile(optimizer="adam", loss=["sparse_categorical_crossentropy", "binary_crossentropy"])
for batch_ids, batch_mask, batch_intent, batch_urgency in batches:
    model.train_on_batch([batch_ids, batch_mask], [batch_intent, batch_urgency])
model.test_on_batch([val_ids, val_mask], [val_intent, val_urgency])
results = model.evaluate([test_ids, test_mask], [test_intent, test_urgency], verbose=0)
top_intent = model.predict([test_ids, test_mask], batch_size=64)[0].argmax(axis=-1)
urgent = model.predict_on_batch([test_ids[:8], test_mask[:8]])[1] > 0.5
