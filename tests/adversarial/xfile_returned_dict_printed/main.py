# Probes: models.score() returns evaluate()'s dict, which this file prints whole (Keras 2 order).
from models import score

print(list(score()))
