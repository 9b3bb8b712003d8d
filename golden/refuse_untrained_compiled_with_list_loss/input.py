# Never trained either, but compiled with a loss per output: a list that pairs with the
# outputs once anything fits the model, so the refusal for the inputs it cannot name stays.
from keras.layers import Dense, Embedding, Reshape, dot
from keras.models import Model, Sequential

word_model = Sequential()
word_model.add(Embedding(5000, 300, input_length=1))
word_model.add(Reshape((300,)))
context_model = Sequential()
context_model.add(Embedding(5000, 300, input_length=1))
context_model.add(Reshape((300,)))
x = dot([word_model.output, context_model.output], axes=1)
score = Dense(1, activation="sigmoid")(x)
similarity = Dense(1)(x)
model = Model([word_model.input, context_model.input], [score, similarity])
model.compile(loss=["binary_crossentropy", "mse"], optimizer="adam")
model.summary()
