# Keras 2 re-exports Input from keras.models, and `tf.nn.softmax` of one tensor is one
# tensor: a single-input single-output model, nothing to migrate, no finding.
import tensorflow as tf
from keras.layers import Dense
from keras.models import Input, Model

features = Input(shape=(8,))
hidden = Dense(16, activation="relu")(features)
logits = Dense(3)(hidden)
probabilities = tf.nn.softmax(logits)
model = Model(inputs=features, outputs=probabilities)
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(x_train, y_train, epochs=2)
