# A script cut out of a longer one: the imports stayed behind, so `Model` is unbound here.
first = Input(shape=(5,))
second = Input(shape=(5,))
merged = concatenate([Dense(8)(first), Dense(8)(second)])
price = Dense(1)(merged)

model = Model(inputs=[first, second], outputs=price)
model.compile(loss="mse", optimizer="adam")
model.fit([x_first, x_second], y_price, epochs=10)
