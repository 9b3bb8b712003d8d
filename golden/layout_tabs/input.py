# A file indented with tabs: laid-out lines are indented with tabs too.
import keras
from keras import layers


def train(x, y_left, y_right):
	inp = keras.Input(shape=(4,), name="joint_angles")
	left_hand_position = layers.Dense(3, name="left_hand_position")(inp)
	right_hand_position = layers.Dense(3, name="right_hand_position")(inp)
	model = keras.Model(inp, [left_hand_position, right_hand_position])
	model.compile(optimizer="adam", loss=["mse", "mse"])
	if x is not None:
		model.fit(x, [y_left, y_right], epochs=20, batch_size=16, validation_split=0.1)
	model.save_weights("hands.weights.h5")


train(None, None, None)
