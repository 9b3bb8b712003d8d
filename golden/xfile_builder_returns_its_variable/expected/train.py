from models import build_model

model = build_model(hidden=32)
model.fit(
    x_train,
    {"age": y_age, "gender": y_gender},
    validation_data=(x_val, {"age": v_age, "gender": v_gender}),
    epochs=3,
)
predictions = model.predict(x_test)
age_pred, gender_pred = predictions["age"], predictions["gender"]
