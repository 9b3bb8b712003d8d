# Names `model` only as attributes, a path and a comment: no link to any script's `model`.
import keras

WEIGHTS = "./model/xgb.model"  # see search.best_estimator_.model


class Stopper(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        if logs and logs.get("loss", 1.0) < 0.01:
            self.model.stop_training = True
