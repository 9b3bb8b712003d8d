from tensorflow.keras.layers import Dense, Input, concatenate
from tensorflow.keras.models import Model

dense_in = Input(shape=(20,), name="dense_in")
sparse_in = Input(shape=(100,), name="sparse_in")
h = Dense(32, activation="relu")(concatenate([dense_in, sparse_in]))
ctr = Dense(1, activation="sigmoid", name="ctr")(h)
cvr = Dense(1, activation="sigmoid", name="cvr")(h)

model = Model(
    inputs={"dense_in": dense_in, "sparse_in": sparse_in},
    outputs={"ctr": ctr, "cvr": cvr},
)
model.compile(
    optimizer="adam", loss={"ctr": "binary_crossentropy", "cvr": "binary_crossentropy"}
)
model.fit(
    {"dense_in": x_dense, "sparse_in": x_sparse}, {"ctr": y_ctr, "cvr": y_cvr}, epochs=1
)
