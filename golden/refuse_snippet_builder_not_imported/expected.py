# A solution file a notebook pulls in with %load: it imports nothing, so its Model is not
# known to be Keras', and the notebook compiles it with lists. Left alone, with MKD132.
def create_model(input_shape=(32, 32, 3)):
    image = Input(shape=input_shape)
    x = Conv2D(16, 3, activation="relu")(image)
    x = Flatten()(x)
    present = Dense(1, activation="sigmoid", name="present")(x)
    box = Dense(4, name="box")(x)
    heads = [present, box]
    return Model(image, heads)
