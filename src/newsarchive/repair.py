"""Text repair: undo damage, leave correct text exactly as written.

Repairs run line by line and only where damage is possible, because ``ftfy.fix_text`` on
every line would cost more than all the other stages together: mojibake needs non-ASCII
characters, entities need ``&``. Each change is returned as a ``Repair`` so the archive
says what was changed and where.
"""

from __future__ import annotations

import hashlib
import html
import re

import ftfy
from ftfy import badness

from newsarchive.model import Repair

# ftfy's defaults also "fix" correct text (curly quotes, ligatures, full-width letters,
# Unicode normalization). Only the settings that undo damage stay on.
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # done by ``_unescape_entities`` with its own record
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,  # done by ``_CONTROL`` with its own record
    normalization=None,
    explain=True,
)

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# C0 and C1 controls except tab; DEL. Newlines are already split off by the caller.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Invisible characters that only get in the way of search: zero-width space, word joiner,
# a byte-order mark inside the text, soft hyphen. ZWJ and ZWNJ are kept: scripts need them.
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff\u00ad]")
_ODD_SPACE = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_MULTI_SPACE = re.compile(" {2,}")
_C1 = re.compile(r"[\x80-\x9f]")
_OTHER_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029]")
_BREAK_NAMES = {"\x0b": "vertical tab", "\x0c": "form feed", "\x85": "NEL", "\u2028": "U+2028", "\u2029": "U+2029"}
# Terminal colour codes ("\x1b[1m") that a scraper of a console page kept.
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
# After one unescape, only entities that are damage get a second one: "&amp;#8217;" is a
# double-escaped apostrophe, but "&amp;lt;" in a text about HTML means the literal "&lt;".
_DOUBLE_ESCAPED = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|rsquo|lsquo|rdquo|ldquo|quot|apos|nbsp|mdash|ndash|hellip|eacute|egrave|aacute|oacute|uacute|iacute|ntilde|ccedil|uuml|ouml|auml|szlig);"
)


def _mojibake_hint() -> re.Pattern[str] | None:
    """A cheap necessary condition for ``ftfy.badness.is_bad``, or None for an ftfy we do not know.

    ftfy's test is an alternation of some forty character sequences; most of them may start with
    an ASCII letter or a space, so it is tried at nearly every position of a line and costs more
    than the rest of repair together. Every one of its sequences holds a character of ``rare``
    below, except five whose characters are all common in clean text (curly quotes, accented
    lower-case letters, Cyrillic and Greek capitals): those are kept as the short sequences of
    theirs that the match must contain. A line with none of them cannot look like mojibake.
    Derived from ftfy 6.3's BADNESS_RE, whose hash guards it.
    """
    if hashlib.sha256(badness.BADNESS_RE.pattern.encode()).hexdigest() != _KNOWN_BADNESS:
        return None
    c = badness.MOJIBAKE_CATEGORIES
    rare = c["c1"] + c["bad"] + c["upper_accented"] + c["currency"] + c["numeric"] + c["law"] + c["box"]
    rare += "ŒœØÙ°‚Ђ"  # "œ" not before a letter, "Ø"/"Ù" pairs, "°", "‚Ä", "вЂ"
    quotes = c["start_punctuation"] + c["end_punctuation"]
    return re.compile(
        f"[{rare}]"
        f"|[{c['end_punctuation']}][{c['lower_accented']}]"  # [box end currency numeric][lower_accented]
        f"|[{c['end_punctuation']}][{c['start_punctuation']}]"  # [… end_punctuation][start_punctuation]
        f"|[{c['lower_accented']}][{quotes}]\\w"  # [lower_accented upper_accented][start end]\w
        f"|[ВГРС][{quotes}][ВГРС]"
        f"|[ΒΓΞΟ][{quotes}][ΒΓΞΟ]"
    )


_KNOWN_BADNESS = "9dcc0f2ac90d9ae3c85eb7b9b2c0b8a8e8126153847c2b30c91a0bb263f3b8c4"
_MOJIBAKE_HINT = _mojibake_hint()


def _may_be_mojibake(line: str) -> bool:
    if _MOJIBAKE_HINT is not None and not _MOJIBAKE_HINT.search(line):
        return False
    return bool(_C1.search(line) or badness.is_bad(line))


def split_lines(text: str) -> tuple[list[str], list[Repair]]:
    """Split on any line ending; report Windows or old-Mac line endings as a repair."""
    repairs: list[Repair] = []
    crlf = text.count("\r\n")
    lone_cr = text.count("\r") - crlf
    if crlf or lone_cr:
        parts = []
        if crlf:
            parts.append(f"{crlf} CRLF")
        if lone_cr:
            parts.append(f"{lone_cr} lone CR")
        repairs.append(Repair("line-endings", None, f"normalized {' and '.join(parts)} to LF", "", ""))
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Vertical tab, form feed, NEL and the Unicode separators end lines too (Word's soft line
    # break is a vertical tab); deleting them as control characters would glue words together.
    breaks = _OTHER_BREAKS.findall(text)
    if breaks:
        names = ", ".join(sorted({_BREAK_NAMES[ch] for ch in breaks}))
        repairs.append(Repair("line-endings", None, f"turned {len(breaks)} {names} into line breaks", "", ""))
        text = _OTHER_BREAKS.sub("\n", text)
    return text.split("\n"), repairs


def repair_line(line: str, line_no: int) -> tuple[str, list[Repair]]:
    """Repair one line. Returns the line and the repairs made, in the order they were made."""
    repairs: list[Repair] = []
    if "&" in line:
        line = _record(repairs, "html-entity", line_no, line, _unescape_entities(line), "unescaped HTML entities")
    if not line.isascii():
        if _may_be_mojibake(line):
            fixed, plan = ftfy.fix_and_explain(line, config=FTFY_CONFIG)
            steps = ", ".join(f"{op} {arg}" for op, arg in (plan or []))
            line = _record(repairs, "mojibake", line_no, line, fixed, steps or "ftfy")
        line = _record(
            repairs,
            "zero-width",
            line_no,
            line,
            _ZERO_WIDTH.sub("", line),
            "removed zero-width characters and soft hyphens",
        )
    if "\x1b" in line:
        line = _record(
            repairs, "control-character", line_no, line, _ANSI.sub("", line), "removed terminal escape codes"
        )
    line = _record(repairs, "control-character", line_no, line, _CONTROL.sub("", line), "removed control characters")
    return _normalize_space(line), repairs


def _normalize_space(line: str) -> str:
    """Whitespace is layout, not content: one plain space between words, none at the ends."""
    if not line.isascii() or "\t" in line:
        line = _ODD_SPACE.sub(" ", line)
    if "  " in line:
        line = _MULTI_SPACE.sub(" ", line)
    return line.strip()


def _unescape_entities(line: str) -> str:
    line = _ENTITY.sub(lambda m: html.unescape(m.group(0)), line)
    if _DOUBLE_ESCAPED.search(line):
        line = _DOUBLE_ESCAPED.sub(lambda m: html.unescape(m.group(0)), line)
    return line


def _record(repairs: list[Repair], kind: str, line_no: int, before: str, after: str, detail: str) -> str:
    if after != before:
        repairs.append(Repair(kind, line_no, detail, before, after))
    return after
