from models import build_ranker, build_tagger

tagger = build_tagger()
tagger.compile(optimizer="adam", loss=["categorical_crossentropy", "binary_crossentropy"])
tagger.fit(texts, [topics, tones], epochs=2)
