# The test checks that Keras rejects a list for dict inputs whose keys are not sorted (Keras
# 3.8+). Rewriting the list into a dict would make the call succeed and the test fail.
import keras
import numpy as np
import pytest
from keras import layers


def test_list_for_unsorted_dict_inputs_raises():
    zeta = keras.Input(shape=(1,), name="zeta")
    alpha = keras.Input(shape=(1,), name="alpha")
    out = layers.Dense(1, name="out")(layers.concatenate([zeta, alpha]))
    model = keras.Model({"zeta": zeta, "alpha": alpha}, out)
    with pytest.raises(ValueError):
        model.predict([np.ones((2, 1)), np.zeros((2, 1))], verbose=0)
