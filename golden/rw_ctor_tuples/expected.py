import keras
from keras import layers

audio = keras.Input(shape=(16000, 1), name="audio")
video = keras.Input(shape=(224, 224, 3), name="video")
a = layers.GlobalAveragePooling1D()(layers.Conv1D(16, 9)(audio))
v = layers.GlobalAveragePooling2D()(layers.Conv2D(16, 3)(video))
fused = layers.concatenate([a, v])
genre = layers.Dense(12, activation="softmax", name="genre")(fused)
mood = layers.Dense(5, activation="softmax", name="mood")(fused)

model = keras.Model(
    inputs={"audio": audio, "video": video}, outputs={"genre": genre, "mood": mood}
)
model.compile(
    optimizer="adam",
    loss={"genre": "categorical_crossentropy", "mood": "categorical_crossentropy"},
)
model.fit(
    x={"audio": train_audio, "video": train_video},
    y={"genre": train_genre, "mood": train_mood},
    epochs=2,
)
