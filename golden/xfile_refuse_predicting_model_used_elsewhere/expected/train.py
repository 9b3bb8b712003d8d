from viewer import viewer

viewer.compile(optimizer="sgd", loss=["mse", "mse"])
viewer.fit(images, [first_target, second_target], epochs=1)
