# What the tool adds follows the call's own spacing and the file's quotes.
from keras.layers import Dense, Input
from keras.models import Model

input1 = Input(shape = (3, ))
input2 = Input(shape = (3, ))
x = Dense(5)(Dense(10)(input1))
y = Dense(5)(input2)
out_a = Dense(1, activation = 'sigmoid')(x)
out_b = Dense(1)(y)
model = Model(inputs = [input1,input2], outputs = [out_a,out_b])
model.compile(loss = ['binary_crossentropy','mse'], optimizer = 'adam')
model.fit([x1,x2], [ya,yb], epochs = 1)
