# Imports both builders, uses one: the unused import is no use of the tagger.
from models import (
    build_ranker,
    build_tagger,
)

ranker = build_ranker()
ranker.compile(
    optimizer="adam", loss={"relevance": "mse", "clicked": "binary_crossentropy"}
)
ranker.fit({"query": q, "doc": d}, {"relevance": rel, "clicked": clk}, epochs=2)
