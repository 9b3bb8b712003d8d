import numpy as np

model.fit(np.zeros((8, 4)), np.zeros((8, 1)), verbose=0)
print(model.count_params())
