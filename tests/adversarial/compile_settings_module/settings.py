# The settings module of a two-file program: the per-output lists live here.
from losses import P, Q

LOSSES = [P, Q]
LOSS_WEIGHTS = [1.0, 10.0]
