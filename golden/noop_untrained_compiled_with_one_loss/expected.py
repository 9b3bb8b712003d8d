# A word2vec pair model from two Sequential branches, whose inputs the tool cannot name: it
# is compiled with one loss and only summarised, never trained, evaluated or fed, so nothing
# pairs with its list of inputs. Left as written (MKD014), not refused.
from keras.layers import Dense, Embedding, Reshape, dot
from keras.models import Model, Sequential

word_model = Sequential()
word_model.add(Embedding(5000, 300, input_length=1))
word_model.add(Reshape((300,)))
context_model = Sequential()
context_model.add(Embedding(5000, 300, input_length=1))
context_model.add(Reshape((300,)))
x = dot([word_model.output, context_model.output], axes=1)
x = Dense(1, activation="sigmoid")(x)
model = Model([word_model.input, context_model.input], x)
model.compile(loss="mean_squared_error", optimizer="adam", metrics=["mae"])
model.summary()
