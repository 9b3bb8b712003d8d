# Uses helpers.build_model (see the notes in 7.2-two-heads.py about build_model).
from helpers import build_model


class Runner:
    def __init__(self):
        self.build_model = build_model

    def run(self):
        return self.build_model()
