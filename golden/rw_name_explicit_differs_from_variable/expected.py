import keras
from keras import layers

sequence = keras.Input(shape=(None, 20), name="aa_seq")
profile = keras.Input(shape=(None, 20), name="msa_profile")
x = layers.concatenate([sequence, profile])
x = layers.Bidirectional(layers.LSTM(32, return_sequences=True))(x)
ss_head = layers.Dense(3, activation="softmax", name="secondary")(x)
sa_head = layers.Dense(1, activation="sigmoid", name="solvent")(x)

model = keras.Model(
    inputs={"aa_seq": sequence, "msa_profile": profile},
    outputs={"secondary": ss_head, "solvent": sa_head},
)
model.compile(
    optimizer="adam",
    loss={"secondary": "categorical_crossentropy", "solvent": "binary_crossentropy"},
    metrics={"secondary": ["accuracy"], "solvent": ["mae"]},
)
model.fit(
    {"aa_seq": train_seq, "msa_profile": train_profile},
    {"secondary": train_ss, "solvent": train_sa},
    epochs=12,
)
