from nets import Factory

model = Factory.build()
model.compile(
    optimizer="adam",
    loss={"low": "mse", "high": "mse"},
    metrics={"low": ["mae"], "high": ["mae"]},
)
model.fit(x_train, {"low": y_low, "high": y_high}, epochs=2)
predictions = model.predict(x_test)
low, high = predictions["low"], predictions["high"]
