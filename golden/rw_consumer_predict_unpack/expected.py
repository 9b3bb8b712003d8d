import keras
from keras import layers

photo = keras.Input(shape=(128, 128, 3), name="photo")
x = layers.Conv2D(16, 3, activation="relu")(photo)
x = layers.GlobalAveragePooling2D()(x)
bbox = layers.Dense(4, name="bbox")(x)
cls = layers.Dense(3, activation="softmax", name="cls")(x)

model = keras.Model(photo, {"bbox": bbox, "cls": cls})
model.compile(optimizer="adam", loss={"bbox": "mse", "cls": "categorical_crossentropy"})
model.fit(photos, {"bbox": boxes, "cls": classes}, epochs=12)

predictions = model.predict(test_photos)
pred_boxes, pred_classes = predictions["bbox"], predictions["cls"]
print(pred_boxes[:3], pred_classes.argmax(axis=-1)[:3])
