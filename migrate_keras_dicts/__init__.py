"""migrate-keras-dicts: move Keras functional models to fully named dict structures."""

__version__ = "0.1.0"
