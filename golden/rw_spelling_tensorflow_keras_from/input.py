from tensorflow.keras.layers import Dense, Input, concatenate
from tensorflow.keras.models import Model

dense_in = Input(shape=(20,), name="dense_in")
sparse_in = Input(shape=(100,), name="sparse_in")
h = Dense(32, activation="relu")(concatenate([dense_in, sparse_in]))
ctr = Dense(1, activation="sigmoid", name="ctr")(h)
cvr = Dense(1, activation="sigmoid", name="cvr")(h)

model = Model(inputs=[dense_in, sparse_in], outputs=[ctr, cvr])
model.compile(optimizer="adam", loss=["binary_crossentropy", "binary_crossentropy"])
model.fit([x_dense, x_sparse], [y_ctr, y_cvr], epochs=1)
