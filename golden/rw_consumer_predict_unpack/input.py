import keras
from keras import layers

photo = keras.Input(shape=(128, 128, 3), name="photo")
x = layers.Conv2D(16, 3, activation="relu")(photo)
x = layers.GlobalAveragePooling2D()(x)
bbox = layers.Dense(4, name="bbox")(x)
cls = layers.Dense(3, activation="softmax", name="cls")(x)

model = keras.Model(photo, [bbox, cls])
model.compile(optimizer="adam", loss=["mse", "categorical_crossentropy"])
model.fit(photos, [boxes, classes], epochs=12)

pred_boxes, pred_classes = model.predict(test_photos)
print(pred_boxes[:3], pred_classes.argmax(axis=-1)[:3])
