import keras

from train import _report

loaded = keras.models.load_model("old.keras")
_report(loaded, x_test)
