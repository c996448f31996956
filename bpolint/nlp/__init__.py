"""Language analysis for the engine: tokens, sentences, lemmas, obligations,
numbers and parties. Importing this package does not import spaCy; only
:func:`bpolint.nlp.pipeline.get_nlp` does."""
