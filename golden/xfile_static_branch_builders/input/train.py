from nets import TwoHeadNet

model = TwoHeadNet.build(colours=5)
model.compile(optimizer="adam", loss=["categorical_crossentropy", "mse"], loss_weights=[1.0, 0.2])
model.fit(x_train, [y_colour, y_size], validation_split=0.1, epochs=4)
