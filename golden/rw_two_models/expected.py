import keras
from keras import layers

# Model 1: a two-tower matcher.
job = keras.Input(shape=(50,), name="job")
resume = keras.Input(shape=(50,), name="resume")
match = layers.Dense(1, activation="sigmoid", name="match")(layers.concatenate([job, resume]))
matcher = keras.Model({"job": job, "resume": resume}, match)
matcher.compile(optimizer="adam", loss="binary_crossentropy")
matcher.fit({"job": x_job, "resume": x_resume}, y_match, epochs=2)

# Model 2: a salary and seniority regressor.
posting = keras.Input(shape=(50,), name="posting")
h = layers.Dense(32, activation="relu")(posting)
salary = layers.Dense(1, name="salary")(h)
seniority = layers.Dense(3, activation="softmax", name="seniority")(h)
regressor = keras.Model(posting, {"salary": salary, "seniority": seniority})
regressor.compile(
    optimizer="adam",
    loss={"salary": "mse", "seniority": "sparse_categorical_crossentropy"},
)
regressor.fit(x_posting, {"salary": y_salary, "seniority": y_seniority}, epochs=2)
