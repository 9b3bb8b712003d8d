# Imports both builders, uses one: the unused import is no use of the tagger.
from models import (
    build_ranker,
    build_tagger,
)

ranker = build_ranker()
ranker.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
ranker.fit([q, d], [rel, clk], epochs=2)
