# Imports both builders and re-exports the tagger's through __all__: other code may call it
# from here, where the tool cannot follow it, so the tagger's model is refused (MKD122).
from models import build_ranker, build_tagger

__all__ = ["build_tagger", "train"]


def train(q, d, rel, clk):
    ranker = build_ranker()
    ranker.compile(
        optimizer="adam", loss={"relevance": "mse", "clicked": "binary_crossentropy"}
    )
    ranker.fit({"query": q, "doc": d}, {"relevance": rel, "clicked": clk}, epochs=2)
