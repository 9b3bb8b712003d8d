from models import build_default, build_model

m = build_default()
m.fit(x, [a, b])
n = build_model()
n.fit(x, [a, b])
