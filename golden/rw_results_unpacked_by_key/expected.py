# Layers already named, and evaluate() results unpacked by position. The rewrite adds no
# name, but "aux_output" sorts before "output": with dict outputs Keras 3.5/3.6 return
# [total, aux_loss, main_loss], so the rewrite reads the results by key instead.
import keras
from keras import layers

a = keras.Input(shape=(8,), name="a")
b = keras.Input(shape=(4,), name="b")
h = layers.concatenate([a, b])
output = layers.Dense(1, name="output")(h)
aux_output = layers.Dense(1, name="aux_output")(h)
model = keras.Model(
    inputs={"a": a, "b": b}, outputs={"output": output, "aux_output": aux_output}
)
model.compile(optimizer="adam", loss={"output": "mse", "aux_output": "mse"})
model.fit({"a": xa, "b": xb}, {"output": y, "aux_output": y}, epochs=3)
results = model.evaluate(
    {"a": xa, "b": xb}, {"output": y, "aux_output": y}, return_dict=True
)
total, main_loss, aux_loss = (
    results["loss"],
    results["output_loss"],
    results["aux_output_loss"],
)
print(f"main {main_loss:.3f} aux {aux_loss:.3f}")
