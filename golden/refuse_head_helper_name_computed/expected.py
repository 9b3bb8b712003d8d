import keras
from keras import layers

TASKS = ["speed", "heading"]


def task_head(task, features):
    return layers.Dense(1, name=task.upper())(features)


signal = keras.Input(shape=(20,), name="signal")
shared = layers.Dense(32, activation="relu")(signal)
speed = task_head(TASKS[0], shared)
heading = task_head(TASKS[1], shared)
model = keras.Model(signal, [speed, heading])
model.compile(optimizer="adam", loss=["mse", "mse"])
model.fit(x_train, [y_speed, y_heading], epochs=3)
