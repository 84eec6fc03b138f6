"""Language identification with py3langid: fast, pure Python with NumPy, model shipped in the wheel.

Chosen over lingua (slower on long text, large memory) and fastText-based detectors (model
download at run time, which this archive's machines cannot do).
"""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

MIN_CHARACTERS = 20
_SAMPLE = 800  # a hundred-odd words settle the language (all labelled sets agree); the rest costs time


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> tuple[str | None, float | None]:
    """ISO 639-1 code and probability, or (None, None) when there is too little text to tell."""
    sample = text[:_SAMPLE]
    if len(sample) < 4 * MIN_CHARACTERS and sum(ch.isalpha() for ch in sample) < MIN_CHARACTERS:
        return None, None
    code, probability = _identifier().classify(sample)
    return str(code), round(float(probability), 4)
