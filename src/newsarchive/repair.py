"""Text repair: undo damage, leave correct text exactly as written.

Repairs run line by line and only where damage is possible, because ``ftfy.fix_text`` on
every line would cost more than all the other stages together: mojibake needs non-ASCII
characters, entities need ``&``. Each change is returned as a ``Repair`` so the archive
says what was changed and where.
"""

from __future__ import annotations

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
        if _C1.search(line) or badness.is_bad(line):
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
