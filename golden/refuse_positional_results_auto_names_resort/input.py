# As sem_positional_results_keep_places_auto_names, but the heads' automatic names are
# dense_9 and dense_10, which sort the other way round from output1 and output2: on Keras 3
# the metrics in the printed list would trade places, so the model is refused (MKD118).
import keras
from keras import layers

input1 = keras.Input(shape=(1,))
x = input1
x = layers.Dense(4)(x)
x = layers.Dense(4)(x)
x = layers.Dense(4)(x)
x = layers.Dense(4)(x)
x = layers.Dense(4)(x)
x = layers.Dense(4)(x)
x = layers.Dense(4)(x)
x = layers.Dense(4)(x)
x = layers.Dense(4)(x)
output1 = layers.Dense(1)(x)
output2 = layers.Dense(1, activation="sigmoid")(x)
model = keras.Model(inputs=input1, outputs=[output1, output2])
model.compile(loss=["mse", "binary_crossentropy"], optimizer="adam", metrics=[["mae"], ["mse"]])
model.fit(x_train, [y1_train, y2_train], epochs=1)
loss = model.evaluate(x_train, [y1_train, y2_train])
print("loss :", loss)
