import keras

from train import report

loaded = keras.models.load_model("old.keras")
report(loaded, x_test)
