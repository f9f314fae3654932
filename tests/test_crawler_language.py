"""Language identification: py3langid's answers, from an unpacked model kept in the cache."""

from __future__ import annotations

from pathlib import Path

import py3langid
import pytest

from crawler.extract.language import UNPACKED_MODEL, detect_language, load_identifier

TEXTS = {
    "en": "The court ruled on Tuesday that the new asylum rules cannot take effect yet, "
    "and the government said it would appeal the decision to the highest court.",
    "de": "Das Gericht entschied am Dienstag, dass die neuen Asylregeln vorerst nicht in "
    "Kraft treten dürfen, und die Regierung kündigte an, in Berufung zu gehen.",
    "es": "El tribunal decidió el martes que las nuevas normas de asilo no pueden entrar en "
    "vigor todavía, y el gobierno anunció que apelará la decisión.",
    "ja": "裁判所は火曜日、新しい難民認定の規則はまだ施行できないと判断し、政府は上訴する方針を示した。",
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_unpacked_model_answers_as_the_bundled_one(tmp_path: Path, language: str) -> None:
    text = TEXTS[language]
    unpacked = load_identifier(tmp_path / "model")  # unpacks, then answers
    assert unpacked.classify(text) == py3langid.classify(text)
    assert unpacked.classify(text)[0] == language
    assert [p.name for p in (tmp_path / "model").iterdir()] == [UNPACKED_MODEL]  # no leftovers
    reread = load_identifier(tmp_path / "model")  # read back from the kept copy
    assert reread.classify(text) == py3langid.classify(text)


def test_unwritable_cache_still_identifies(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    identifier = load_identifier(blocker / "model")  # its parent cannot be created
    assert identifier.classify(TEXTS["de"])[0] == "de"


def test_damaged_copy_still_identifies(tmp_path: Path) -> None:
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / UNPACKED_MODEL).write_bytes(b"PK\x03\x04 cut short")
    assert load_identifier(tmp_path / "model").classify(TEXTS["es"])[0] == "es"


def test_short_text_trusts_the_page_and_long_text_is_sampled() -> None:
    assert detect_language("Kurz.", "de") == "de"
    assert detect_language("Kurz.", None) is None
    assert detect_language(TEXTS["es"] * 3, "en") == "es"  # the text outweighs the claim
