from models import build_model

model = build_model()
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(train_ds, epochs=3)  # a tf.data pipeline: its structure is out of sight
