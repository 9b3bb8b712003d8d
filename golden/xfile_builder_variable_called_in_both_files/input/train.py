from models import build_model

m = build_model()
m.fit(x, [ya, yg])
