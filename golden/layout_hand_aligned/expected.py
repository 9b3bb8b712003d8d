# Hand-aligned continuation lines (not formatted): an edited line past the limit breaks
# before the first argument that no longer fits and goes on at the first argument's column;
# a lone item too long for its line is split, aligned after its bracket; other lines stay.
import keras
from keras.layers import Dense, Input
from keras.models import Model

input1 = Input(shape = (3, ), name = 'input1')
input2 = Input(shape = (3, ), name = 'input2')
dense1 = Dense(30, activation = 'relu')(input1)
dense2 = Dense(30, activation = 'relu')(input2)
merged = keras.layers.concatenate([dense1, dense2])
output1_layer = Dense(3, name = 'output1_layer')(merged)
output2_layer = Dense(3, name = 'output2_layer')(merged)
model = Model(inputs = {'input1': input1, 'input2': input2},
              outputs = {'output1_layer': output1_layer,
                         'output2_layer': output2_layer, })
model.compile(loss = 'mse', optimizer = 'adam', metrics = ['mse'])
model.fit({'input1': x1_train, 'input2': x2_train},
          {'output1_layer': y1_train, 'output2_layer': y2_train}, epochs = 10,
          batch_size = 1,
          validation_split = 0.25, verbose = 1)
predictions = model.predict({'input1': x1_test, 'input2': x2_test},
                            batch_size = 1)
y1_predict, y2_predict = predictions['output1_layer'], predictions['output2_layer']
