# Hand-aligned continuation lines (not formatted): an edited line past the limit breaks
# before the first argument that no longer fits and goes on at the first argument's column;
# a lone item too long for its line is split, aligned after its bracket; other lines stay.
import keras
from keras.layers import Dense, Input
from keras.models import Model

input1 = Input(shape = (3, ))
input2 = Input(shape = (3, ))
dense1 = Dense(30, activation = 'relu')(input1)
dense2 = Dense(30, activation = 'relu')(input2)
merged = keras.layers.concatenate([dense1, dense2])
output1_layer = Dense(3)(merged)
output2_layer = Dense(3)(merged)
model = Model(inputs = [input1, input2],
              outputs = [output1_layer, output2_layer, ])
model.compile(loss = 'mse', optimizer = 'adam', metrics = ['mse'])
model.fit([x1_train, x2_train],
          [y1_train, y2_train], epochs = 10, batch_size = 1,
          validation_split = 0.25, verbose = 1)
y1_predict, y2_predict = model.predict([x1_test, x2_test],
                                       batch_size = 1)
