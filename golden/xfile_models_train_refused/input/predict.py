from models import build_model

model = build_model()
age, gender = model.predict(x_new)
