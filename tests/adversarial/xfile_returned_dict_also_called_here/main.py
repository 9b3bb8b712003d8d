# Probes: models.score() returns evaluate()'s dict, read by key in models.py, printed whole here.
from models import score

print(list(score()))
