from __future__ import annotations

from newsarchive.metadata.language import identify_language


def test_common_languages() -> None:
    samples = {
        "en": "The city council voted on Tuesday to extend the night bus network to the northern suburbs.",
        "de": "Der Stadtrat hat am Dienstag beschlossen, das Nachtbusnetz in die nördlichen Vororte zu verlängern.",
        "fr": "Le conseil municipal a voté mardi la prolongation du réseau de bus de nuit vers la banlieue nord.",
        "ru": "Городской совет во вторник проголосовал за продление сети ночных автобусов в северные пригороды.",
    }
    for code, text in samples.items():
        language, confidence = identify_language(text)
        assert language == code
        assert confidence is not None and 0.5 < confidence <= 1.0


def test_too_little_text_gives_no_language() -> None:
    assert identify_language("OK 42") == (None, None)
