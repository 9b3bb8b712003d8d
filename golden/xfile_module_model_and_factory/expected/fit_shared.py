from nets import shared

shared.compile(optimizer="adam", loss={"level": "mse", "trend": "mae"})
shared.fit(x_train, {"level": y_level, "trend": y_trend}, epochs=2)
