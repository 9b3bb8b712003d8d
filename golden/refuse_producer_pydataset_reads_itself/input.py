import numpy as np
import keras
from keras import layers

X = np.ones((8, 4), "float32")
Y1 = np.ones((8, 1), "float32")
Y2 = np.zeros((8, 1), "float32")


class Seq(keras.utils.PyDataset):
    def __len__(self):
        return 2

    def __getitem__(self, i):
        s = slice(4 * i, 4 * i + 4)
        return X[s], (Y1[s], Y2[s])

    def on_epoch_end(self):
        print("first label mean", float(np.mean(self[0][1][0])))


inp = keras.Input((4,))
out1 = layers.Dense(1, name="o1")(inp)
out2 = layers.Dense(1, name="o2")(inp)
model = keras.Model(inp, [out1, out2])
model.compile(optimizer="sgd", loss=["mse", "mse"])
model.fit(Seq(), epochs=1, verbose=0)
