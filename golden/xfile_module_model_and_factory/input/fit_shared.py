from nets import shared

shared.compile(optimizer="adam", loss=["mse", "mae"])
shared.fit(x_train, [y_level, y_trend], epochs=2)
