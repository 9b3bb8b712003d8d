from nets import Factory

model = Factory.build()
model.compile(optimizer="adam", loss=["mse", "mse"], metrics=[["mae"], ["mae"]])
model.fit(x_train, [y_low, y_high], epochs=2)
low, high = model.predict(x_test)
