"""Tiny DSL for the held-out set.

Each document body is a block of lines "TAG|raw text".
  T   the title line (raw form, may carry a site suffix given via suffix=)
  P   an article line that is kept
  B   a whitespace-only raw line (text after | is emitted verbatim)
  <category id>  a debris line that is removed
An empty line is a blank raw line.  The raw text after the first "|" is
emitted verbatim (leading indentation is preserved on purpose).
"""
DOCS = []


def doc(num, slug, body, notes, suffix=None):
    DOCS.append(dict(num=num, slug=slug, body=body, notes=notes, suffix=suffix))
