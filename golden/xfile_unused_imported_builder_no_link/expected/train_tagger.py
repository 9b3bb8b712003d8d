from models import build_ranker, build_tagger

tagger = build_tagger()
tagger.compile(
    optimizer="adam",
    loss={"topic": "categorical_crossentropy", "tone": "binary_crossentropy"},
)
tagger.fit(texts, {"topic": topics, "tone": tones}, epochs=2)
