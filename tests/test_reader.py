from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsarchive.config import Settings
from newsarchive.model import DecodedInput, InputRef, Quarantined, QuarantineReason
from newsarchive.reader import decode_bytes, discover_inputs, document_id, looks_like_html, read_input

RUSSIAN = "Москва, 10 октября. Министры иностранных дел договорились о прекращении огня после переговоров."


def decode(data: bytes, name: str = "doc.txt") -> DecodedInput | Quarantined:
    return decode_bytes(InputRef(name, len(data)), data)


def test_utf8_text_is_decoded_as_is() -> None:
    result = decode("Talks begin in Yevlakh — “constructive”, says Baku.\n".encode())
    assert isinstance(result, DecodedInput)
    assert result.encoding == "utf-8"
    assert result.text == "Talks begin in Yevlakh — “constructive”, says Baku.\n"
    assert result.source_format == "text"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", QuarantineReason.EMPTY),
        (b"  \n\n\t \r\n", QuarantineReason.EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", QuarantineReason.BINARY),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", QuarantineReason.BINARY),
        (b"rec\x00\x00\x01\x00" * 200, QuarantineReason.BINARY),
    ],
)
def test_unusable_bytes_are_quarantined_with_reason(data: bytes, reason: QuarantineReason) -> None:
    result = decode(data)
    assert isinstance(result, Quarantined)
    assert result.reason is reason
    assert result.detail


def test_cp1251_text_is_detected_and_decoded() -> None:
    data = (RUSSIAN + "\n" + RUSSIAN + "\n").encode("cp1251")
    result = decode(data)
    assert isinstance(result, DecodedInput)
    assert result.encoding in {"cp1251", "windows-1251"}
    assert RUSSIAN in result.text


def test_utf16_with_byte_order_mark_is_decoded_and_the_mark_reported() -> None:
    data = "\ufeffCeasefire holds in the south.".encode("utf-16-le")
    result = decode(b"\xff\xfe" + data[2:])
    assert isinstance(result, DecodedInput)
    assert result.text == "Ceasefire holds in the south."
    assert [r.kind for r in result.repairs] == ["byte-order-mark"]


def test_utf8_byte_order_mark_is_removed() -> None:
    result = decode(b"\xef\xbb\xbfHeadline\n\nBody sentence here.")
    assert isinstance(result, DecodedInput)
    assert result.text.startswith("Headline")


def test_random_high_bytes_are_undecodable_or_binary() -> None:
    data = bytes(range(0x80, 0x100)) * 3 + bytes(range(1, 8)) * 200
    result = decode(data)
    assert isinstance(result, Quarantined)
    assert result.reason in {QuarantineReason.UNDECODABLE, QuarantineReason.BINARY}


def test_html_is_recognised_by_content_and_by_extension() -> None:
    page = b"<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>"
    assert looks_like_html("page.txt", page, page.decode())
    assert looks_like_html("page.html", b"plain", "plain")
    assert not looks_like_html("a.txt", b"Plain text < with > angle brackets", "Plain text < with > angle brackets")


def test_oversized_file_is_not_read(inbox: Path) -> None:
    (inbox / "big.txt").write_bytes(b"word " * 1000)
    ref = next(discover_inputs(inbox))
    verdict, data = read_input(inbox, ref, Settings(max_input_bytes=100))
    assert isinstance(verdict, Quarantined)
    assert verdict.reason is QuarantineReason.OVERSIZED
    assert data == b""


def test_symlink_leading_outside_the_inbox_is_refused(inbox: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("outside the inbox")
    os.symlink(secret, inbox / "link.txt")
    ref = next(discover_inputs(inbox))
    verdict, _ = read_input(inbox, ref)
    assert isinstance(verdict, Quarantined)
    assert verdict.reason is QuarantineReason.OUTSIDE_INPUT


def test_discovery_is_sorted_recursive_and_skips_hidden_files(inbox: Path) -> None:
    (inbox / "b").mkdir()
    (inbox / "b" / "2.txt").write_text("x")
    (inbox / "a.txt").write_text("x")
    (inbox / ".partial.txt").write_text("x")
    assert [r.relative_path for r in discover_inputs(inbox)] == ["a.txt", "b/2.txt"]


def test_document_id_is_stable_and_path_based() -> None:
    assert document_id("a/b.txt") == document_id("a/b.txt")
    assert document_id("a/b.txt") != document_id("a/c.txt")
    assert len(document_id("x")) == 20


def test_a_named_pipe_is_quarantined_not_read(inbox: Path) -> None:
    os.mkfifo(inbox / "pipe.txt")
    ref = next(discover_inputs(inbox))
    verdict, _ = read_input(inbox, ref)
    assert isinstance(verdict, Quarantined)
    assert verdict.reason is QuarantineReason.UNREADABLE
    assert "pipe" in verdict.detail


def test_a_linked_folder_is_listed_and_refused(inbox: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("outside the inbox")
    os.symlink(outside, inbox / "linked")
    refs = list(discover_inputs(inbox))
    assert [r.relative_path for r in refs] == ["linked"]
    verdict, _ = read_input(inbox, refs[0])
    assert isinstance(verdict, Quarantined) and verdict.reason is QuarantineReason.OUTSIDE_INPUT


@pytest.mark.parametrize(
    "text",
    [
        "El alcalde José Muñoz presentó el lunes su dimisión tras la polémica por los contratos públicos.",
        "Il sindaco ha annunciato lunedì le sue dimissioni dopo la polemica sugli appalti. È la terza crisi.",
        "Der Stadtrat hat am Dienstag den Haushalt beschlossen. Die Gebühren für Müll steigen um fünf Prozent.",
    ],
)
def test_western_text_in_cp1252_keeps_its_accents(text: str) -> None:
    result = decode(text.encode("cp1252"))
    assert isinstance(result, DecodedInput)
    assert result.text == text
    assert result.encoding == "cp1252"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Premier podał się do dymisji po przegranym głosowaniu w Sejmie, poinformowała kancelaria.", "cp1250"),
        ("A kormány bejelentette, hogy őszig megújítják a vasútvonalat, közölte a miniszter.", "cp1250"),
        ("Vláda schválila rozpočet na příští rok, řekl ministr financí po zasedání.", "cp1250"),
        ("Belediye başkanı, şehirdeki su kesintisinin yarın sona ereceğini açıkladı.", "cp1254"),
        ("Η κυβέρνηση ενέκρινε τον προϋπολογισμό για το επόμενο έτος, δήλωσε ο υπουργός.", "cp1253"),
    ],
)
def test_central_and_eastern_european_single_byte_text(text: str, encoding: str) -> None:
    result = decode(text.encode(encoding))
    assert isinstance(result, DecodedInput)
    assert result.text == text


def test_utf16_without_byte_order_mark_is_decoded() -> None:
    text = "Ceasefire holds in the south, officials say.\nTalks resume on Monday."
    for encoding in ("utf-16-le", "utf-16-be"):
        result = decode(text.encode(encoding))
        assert isinstance(result, DecodedInput), encoding
        assert result.text == text and result.encoding == encoding


def test_a_stray_nul_byte_does_not_make_text_binary() -> None:
    result = decode(("The council met on Tuesday." * 20).encode() + b"\x00" + b" It voted to approve the plan.")
    assert isinstance(result, DecodedInput)


def test_a_sidecar_belongs_to_its_input_and_changes_its_hash(tmp_path: Path) -> None:
    from newsarchive.reader import content_sha256

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "story.html").write_text("<html><body><p>Text of the story.</p></body></html>", encoding="utf-8")
    (inbox / "story.json").write_text('{"datePublished": "2023-09-21"}', encoding="utf-8")
    (inbox / "feed.json").write_text('{"items": []}', encoding="utf-8")  # no page beside it: an input
    refs = list(discover_inputs(inbox))
    assert [ref.relative_path for ref in refs] == ["feed.json", "story.html"]

    story = refs[1]
    verdict, _ = read_input(inbox, story)
    assert verdict.sidecar == b'{"datePublished": "2023-09-21"}'
    assert verdict.sha256 == content_sha256(inbox, story)
    before = verdict.sha256
    (inbox / "story.json").write_text('{"datePublished": "2023-09-22"}', encoding="utf-8")
    assert content_sha256(inbox, story) != before
