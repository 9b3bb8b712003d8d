import keras
from models import build_model

model = build_model()
model.compile(optimizer="adam", loss=["mse", "mse"], metrics=[["mae"], ["mae"]])
model.fit(x, [ya, yg])
