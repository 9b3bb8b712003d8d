# What the tool adds follows the call's own spacing and the file's quotes.
from keras.layers import Dense, Input
from keras.models import Model

input1 = Input(shape = (3, ), name = 'input1')
input2 = Input(shape = (3, ), name = 'input2')
x = Dense(5)(Dense(10)(input1))
y = Dense(5)(input2)
out_a = Dense(1, activation = 'sigmoid', name = 'out_a')(x)
out_b = Dense(1, name = 'out_b')(y)
model = Model(
    inputs = {'input1': input1,'input2': input2},
    outputs = {'out_a': out_a,'out_b': out_b},
)
model.compile(
    loss = {'out_a': 'binary_crossentropy','out_b': 'mse'}, optimizer = 'adam'
)
model.fit({'input1': x1,'input2': x2}, {'out_a': ya,'out_b': yb}, epochs = 1)
