# The head comes from a module of the program that the tool does not follow, and the
# predictions are only indexed (`predictions[0]` is the first output's, if there are
# several): the outputs may still be a list, so the model keeps its refusal (MKD105).
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
print(predictions[0].argmax(axis=1))
