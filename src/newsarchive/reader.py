"""Finding inputs in the inbox and turning their bytes into text, or into a quarantine verdict.

Nothing here guesses silently: every input ends as a ``DecodedInput`` or a ``Quarantined``
record whose reason says what was wrong with it.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import charset_normalizer

from newsarchive.config import DEFAULT_SETTINGS, Settings
from newsarchive.model import DecodedInput, InputRef, Quarantined, QuarantineReason, Repair

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# File signatures of formats that are never a text dump, checked before any decoding.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\x7fELF", "ELF executable"),
    (b"RIFF", "RIFF media"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
)

_HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}
_HTML_START = re.compile(
    # The atomic group reads leading comments once; ".*?" spanning comments backtracked exponentially.
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?>(?:<!--(?:(?!-->).)*-->\s*)*)<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(r"</?(?:p|div|span|a|br|h[1-6]|article|section|li|ul|table|meta|script)\b[^>]*>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CONTROL_BYTES = frozenset(range(0x00, 0x09)) | frozenset((0x0B, 0x0E, 0x0F)) | frozenset(range(0x10, 0x20))
_CONTROL_DELETION = bytes(sorted(_CONTROL_BYTES))


def document_id(relative_path: str) -> str:
    """Stable id of a document: the same relative path gives the same id on every run.

    The path, not the content, is the identity, so a re-scraped page replaces its old version.
    """
    normalized = relative_path.replace(os.sep, "/").lstrip("/")
    return hashlib.sha256(f"newsarchive:{normalized}".encode()).hexdigest()[:20]


# A sidecar larger than this is not metadata; it is left alone (and then counts as an input).
MAX_SIDECAR_BYTES = 1 << 20


def sidecar_names(name: str) -> tuple[str, ...]:
    """The names a sidecar JSON of the input ``name`` may have: "story.html.json", then "story.json"."""
    if name.lower().endswith(".json"):
        return ()
    stem, dot, _ = name.rpartition(".")
    return (f"{name}.json", f"{stem}.json") if dot and stem else (f"{name}.json",)


def input_digest(data: bytes, sidecar: bytes | None = None) -> str:
    """The sha256 that identifies a version of an input: its bytes, then its sidecar's when it has one,
    so that a changed sidecar makes the input changed too."""
    return _with_sidecar(hashlib.sha256(data), sidecar)


def _with_sidecar(digest: Any, sidecar: bytes | None) -> str:
    """The hex digest of the input's bytes (already in ``digest``) followed by its sidecar's."""
    if sidecar is not None:
        digest.update(b"\0newsarchive-sidecar\0")
        digest.update(sidecar)
    return digest.hexdigest()


def _sidecar_of(root: Path, path: Path) -> bytes | None:
    """The bytes of the sidecar beside ``path`` (inside ``root``), or None when it has none."""
    for name in sidecar_names(path.name):
        candidate = path.parent / name
        try:
            resolved = candidate.resolve(strict=True)
            if resolved.is_relative_to(root) and resolved.is_file() and _small_enough(resolved):
                return resolved.read_bytes()
        except (OSError, RuntimeError):
            continue
    return None


def discover_inputs(input_dir: Path) -> Iterator[InputRef]:
    """Yield every regular file under ``input_dir`` in a stable order, hidden files excluded.

    Symlinks are yielded too; ``read_input`` quarantines those that lead outside the inbox. A
    sidecar JSON ("story.html.json" or "story.json" beside "story.html") is part of its input,
    not an input of its own.
    """
    root = input_dir.resolve()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        # os.walk does not enter linked folders; they are listed, so that the run reports them.
        linked = [d for d in dirnames if (Path(dirpath) / d).is_symlink()]
        dirnames[:] = [d for d in dirnames if d not in linked]
        names = {*filenames, *linked}
        sidecars = {
            sidecar
            for name in names
            for sidecar in sidecar_names(name)
            if sidecar in names and _small_enough(Path(dirpath) / sidecar)
        }
        for name in sorted(names):
            if name.startswith(".") or name in sidecars:
                continue
            path = Path(dirpath) / name
            try:
                size = path.stat().st_size if path.exists() else 0
            except OSError:
                size = 0
            yield InputRef(relative_path=path.relative_to(root).as_posix(), size=size)


def _small_enough(path: Path) -> bool:
    try:
        return path.stat().st_size <= MAX_SIDECAR_BYTES
    except OSError:
        return False


def content_sha256(input_dir: Path, ref: InputRef, settings: Settings = DEFAULT_SETTINGS) -> str | None:
    """The sha256 of an input's bytes, or None when ``read_input`` would reject it without reading
    (a path leading outside the inbox, not a regular file, above the size limit)."""
    root = input_dir.resolve()
    try:
        resolved = (root / ref.location).resolve(strict=True)
        if not resolved.is_relative_to(root) or not resolved.is_file():
            return None
        if resolved.stat().st_size > settings.max_input_bytes:
            return None
        digest = hashlib.sha256()
        with open(resolved, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
        sidecar = _sidecar_of(root, root / ref.location)
    except (OSError, RuntimeError):
        return None
    return _with_sidecar(digest, sidecar)


def read_input(
    input_dir: Path, ref: InputRef, settings: Settings = DEFAULT_SETTINGS
) -> tuple[DecodedInput | Quarantined, bytes]:
    """Read one input and decide: decoded text, or quarantine with a reason.

    Returns the verdict and the bytes read (empty when the file was not read, e.g. oversized),
    so the caller can keep the raw bytes without reading the file twice.
    """
    root = input_dir.resolve()
    path = root / ref.location
    try:
        resolved = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        return _quarantine(ref, b"", QuarantineReason.UNREADABLE, f"cannot resolve path: {exc}"), b""
    if not resolved.is_relative_to(root):
        return (
            _quarantine(
                ref, b"", QuarantineReason.OUTSIDE_INPUT, f"symlink points outside the input folder, to {resolved}"
            ),
            b"",
        )
    try:
        status = resolved.stat()
        if not stat.S_ISREG(status.st_mode):
            kind = "a folder" if stat.S_ISDIR(status.st_mode) else "a pipe, socket or device"
            return _quarantine(ref, b"", QuarantineReason.UNREADABLE, f"not a regular file but {kind}"), b""
        size = status.st_size
        if size > settings.max_input_bytes:
            return (
                _quarantine(
                    ref, b"", QuarantineReason.OVERSIZED, f"{size} bytes, above the limit of {settings.max_input_bytes}"
                ),
                b"",
            )
        data = resolved.read_bytes()
    except OSError as exc:
        return _quarantine(ref, b"", QuarantineReason.UNREADABLE, str(exc)), b""
    return decode_bytes(ref, data, settings, _sidecar_of(root, path)), data


def decode_bytes(
    ref: InputRef, data: bytes, settings: Settings = DEFAULT_SETTINGS, sidecar: bytes | None = None
) -> DecodedInput | Quarantined:
    """Decide what ``data`` is and decode it, or say why it cannot be archived."""
    if sidecar is not None:
        verdict = decode_bytes(ref, data, settings)
        if isinstance(verdict, Quarantined):
            return replace(verdict, sha256=input_digest(data, sidecar) if verdict.sha256 else "")
        return replace(verdict, sha256=input_digest(data, sidecar), sidecar=sidecar)
    if not data.strip():
        detail = "file is empty" if not data else f"file holds only whitespace ({len(data)} bytes)"
        return _quarantine(ref, data, QuarantineReason.EMPTY, detail)

    repairs: list[Repair] = []
    text: str | None = None
    encoding = ""
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(bom_encoding)
            except UnicodeDecodeError as exc:
                return _quarantine(
                    ref,
                    data,
                    QuarantineReason.UNDECODABLE,
                    f"starts with a {bom_encoding} byte-order mark but does not decode: {exc}",
                )
            encoding = bom_encoding
            repairs.append(Repair("byte-order-mark", None, f"removed {bom_encoding} byte-order mark", "", ""))
            break

    if text is None:
        text, encoding = _utf16_without_bom(data)
    if text is None:
        binary_kind = _binary_kind(data, settings)
        if binary_kind:
            return _quarantine(ref, data, QuarantineReason.BINARY, binary_kind)
        text, encoding, problem = _decode_without_bom(data)
        if text is None:
            return _quarantine(ref, data, QuarantineReason.UNDECODABLE, problem)

    if not text.strip():
        return _quarantine(ref, data, QuarantineReason.EMPTY, "no visible characters after decoding")

    source_format = "html" if looks_like_html(ref.relative_path, data, text) else "text"
    return DecodedInput(
        ref=ref,
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        encoding=encoding,
        source_format=source_format,
        repairs=repairs,
    )


def looks_like_html(relative_path: str, data: bytes, text: str) -> bool:
    """HTML by extension, by its opening bytes, or by a density of markup in the text."""
    if Path(relative_path).suffix.lower() in _HTML_EXTENSIONS:
        return True
    if _HTML_START.match(data[:4096]):
        return True
    sample = text[:20000]
    tags = len(_HTML_TAG.findall(sample))
    return tags >= 5 and tags * 40 > len(sample) / 10


def _decode_without_bom(data: bytes) -> tuple[str | None, str, str]:
    try:
        return data.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError as utf8_error:
        first_error = f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start})"

    declared = _META_CHARSET.search(data[:8192])
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            return data.decode(name), codecs.lookup(name).name, ""
        except (LookupError, UnicodeDecodeError):
            pass

    best = charset_normalizer.from_bytes(data).best()
    western = _plausible_cp1252(data)
    if western is not None and (best is None or _prefer_cp1252(best.encoding, western)):
        return western, "cp1252", ""
    if best is None or best.encoding is None:
        return None, "", f"{first_error}, and no single-byte or multi-byte encoding fits the bytes"
    decoded = str(best)
    # A decoding that needs many replacement or control characters is a guess, not a reading.
    suspicious = sum(1 for ch in decoded if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f"))
    if suspicious > max(2, len(decoded) // 200):
        return None, "", f"{first_error}; best guess {best.encoding} leaves {suspicious} unreadable characters"
    return decoded, best.encoding, ""


_WESTERN_EXTRAS = frozenset("€‚„…†‡‰‹›‘’“”•–—™¡¢£§©«®°·»¿×÷")
# How letters of Central European text look when read as cp1252: "podał się" -> "poda³ siê".
_CENTRAL_TELLTALES = frozenset("³¹¿œŸ¼¾ªº¥¯ðþýÐÞÝøìèòùïŒõû")
_EUROPEAN_SINGLE_BYTE = frozenset(
    "cp1250 cp1251 cp1253 cp1254 cp1257 iso8859-2 iso8859-4 iso8859-5 iso8859-7 iso8859-9 iso8859-10 iso8859-13 "
    "cp775 koi8-r koi8-u cp866 mac-cyrillic".split()
)


def _prefer_cp1252(detected: str | None, western: str) -> bool:
    """Whether cp1252 beats the detector's choice for text that reads plausibly as cp1252.

    Detectors are right about Central and Eastern European text, and wrong about short Western
    text, which they often give to cp1258, cp1250 or even gb18030 ("Muñoz" becomes "Muńoz").
    """
    if detected is None:
        return True
    try:
        name = codecs.lookup(detected).name
    except LookupError:
        return True
    if name not in _EUROPEAN_SINGLE_BYTE:
        return name != "utf-8"
    return name == "cp1250" and not (set(western) & _CENTRAL_TELLTALES)


def _plausible_cp1252(data: bytes) -> str | None:
    """Text in a Western European language saved as cp1252 or latin-1, or None.

    Detectors often pick cp1250 or cp1258 for short Spanish or Italian text and corrupt its
    accents. Western text is mostly ASCII letters with a few accented ones; text in Cyrillic or
    Greek single-byte encodings, read as cp1252, is mostly accented "letters" instead.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = sum(1 for ch in text if ch.isalpha())
    high = [ch for ch in text if ord(ch) > 127]
    if not high or not letters:
        return None
    accented = sum(1 for ch in high if ch.isalpha())
    if accented > 0.15 * letters:
        return None
    if any(not (ch.isalpha() and ord(ch) <= 0xFF) and ch not in _WESTERN_EXTRAS for ch in high):
        return None
    return text


def _utf16_without_bom(data: bytes) -> tuple[str | None, str]:
    """UTF-16 saved without a byte-order mark: NUL bytes in every other position."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None, ""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros > 0.6 * half and min(even, odd) < 0.05 * half:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None, ""
            controls = sum(1 for ch in text[:2000] if ord(ch) < 32 and ch not in "\t\n\r\f")
            return (text, encoding) if controls < 0.01 * min(len(text), 2000) + 1 else (None, "")
    return None, ""


def _binary_kind(data: bytes, settings: Settings) -> str:
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            return f"looks like a {kind} (file signature)"
    head = data[:8192]
    # A stray NUL in a text dump is damage that repair removes; many of them mean binary data.
    nuls = head.count(b"\x00")
    if nuls > max(2, len(head) // 1000):
        return f"{nuls} NUL bytes in the first {len(head)} bytes"
    controls = len(head) - len(head.translate(None, _CONTROL_DELETION))  # counted in C, not per byte
    if controls > settings.binary_control_ratio * len(head):
        return f"{controls} control bytes in the first {len(head)} bytes"
    return ""


def _quarantine(ref: InputRef, data: bytes, reason: QuarantineReason, detail: str) -> Quarantined:
    # An unread input has no hash; an empty one does (that of no bytes), so a rerun knows it unchanged.
    read = bool(data) or reason is QuarantineReason.EMPTY
    return Quarantined(ref=ref, sha256=hashlib.sha256(data).hexdigest() if read else "", reason=reason, detail=detail)
