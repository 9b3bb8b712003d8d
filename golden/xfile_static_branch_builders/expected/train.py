from nets import TwoHeadNet

model = TwoHeadNet.build(colours=5)
model.compile(
    optimizer="adam",
    loss={"colour_output": "categorical_crossentropy", "size_output": "mse"},
    loss_weights={"colour_output": 1.0, "size_output": 0.2},
)
model.fit(
    x_train,
    {"colour_output": y_colour, "size_output": y_size},
    validation_split=0.1,
    epochs=4,
)
