from models import build_model

model = build_model(hidden=32)
model.fit(x_train, [y_age, y_gender], validation_data=(x_val, [v_age, v_gender]), epochs=3)
age_pred, gender_pred = model.predict(x_test)
