import keras
from keras import layers

sequence = keras.Input(shape=(None, 20), name="aa_seq")
profile = keras.Input(shape=(None, 20), name="msa_profile")
x = layers.concatenate([sequence, profile])
x = layers.Bidirectional(layers.LSTM(32, return_sequences=True))(x)
ss_head = layers.Dense(3, activation="softmax", name="secondary")(x)
sa_head = layers.Dense(1, activation="sigmoid", name="solvent")(x)

model = keras.Model(inputs=[sequence, profile], outputs=[ss_head, sa_head])
model.compile(
    optimizer="adam",
    loss=["categorical_crossentropy", "binary_crossentropy"],
    metrics=[["accuracy"], ["mae"]],
)
model.fit([train_seq, train_profile], [train_ss, train_sa], epochs=12)
