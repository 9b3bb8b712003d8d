# A public builder that nothing in this file calls hands the model to code the tool cannot
# see, which may compile and train it: refused, not left as a model that only predicts.
import keras


def make_viewer(base):
    return keras.Model(base.input, [layer.output for layer in base.layers[:3]])
