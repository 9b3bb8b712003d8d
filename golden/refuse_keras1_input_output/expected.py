# Keras 1 spelling: Keras 3 and tf.keras reject `input=`/`output=`; the tool says to rename
# them and leaves the model alone.
from keras.layers import Dense, Input, concatenate
from keras.models import Model

left = Input(shape=(4,))
right = Input(shape=(2,))
merged = concatenate([left, right])
price = Dense(1)(merged)
volume = Dense(1)(merged)
model = Model(input=[left, right], output=[price, volume])
model.compile(optimizer="adam", loss=["mse", "mae"])
model.fit([x_left, x_right], [y_price, y_volume], epochs=2)
