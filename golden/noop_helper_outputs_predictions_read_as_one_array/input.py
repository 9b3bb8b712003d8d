# The head comes from a module of the program that the tool does not follow, but the
# program reads the model's predictions as one array (`.argmax`), which the predictions of
# a list of outputs are not: one input, one output, nothing to migrate and nothing to say.
from keras.applications import VGG16
from keras.layers import Input
from keras.models import Model

from heads import FullyConnectedHead

base = VGG16(weights=None, include_top=False, input_tensor=Input(shape=(64, 64, 3)))
head = FullyConnectedHead.build(base, 17, 256)
model = Model(inputs=base.input, outputs=head)
model.compile(loss="categorical_crossentropy", optimizer="sgd", metrics=["accuracy"])
model.fit(train_x, train_y, epochs=2)
predictions = model.predict(test_x, batch_size=32)
print(report(test_y.argmax(axis=1), predictions.argmax(axis=1)))
