import numpy as np
from trainer import Trainer

trainer = Trainer(4)
trainer.train(np.ones((8, 4)), np.ones((8, 1)), np.zeros((8, 1)))
