from nets import Factory
import operator

model = Factory.build()
model.compile(optimizer="adam", loss={"low": "mse", "high": "mse"}, metrics={"low": ["mae"], "high": ["mae"]})
model.fit(x_train, {"low": y_low, "high": y_high}, epochs=2)
low, high = operator.itemgetter("low", "high")(model.predict(x_test))
