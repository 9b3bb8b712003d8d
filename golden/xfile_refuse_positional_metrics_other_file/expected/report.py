# The builder names the output layers; train.py compiles with metrics, report.py reads
# evaluate() results by position: together, the new names re-sort the metrics in them.
import keras
from models import build_model

model = build_model()
total, age_loss, gender_loss, *metric_values = model.evaluate(x, [ya, yg])
