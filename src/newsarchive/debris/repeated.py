"""Lines the archive has seen under many articles of the same source: the site's own boilerplate.

The evidence comes from outside the document (``newsarchive.boilerplate``); this rule only asks
whether a short line is in it. It runs last, so a line that a specific rule recognises keeps
that rule's category.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsarchive.debris.engine import Page, block_rule, line_key

CATEGORY = "boilerplate"
MAX_WORDS = 20  # longer lines are article text, however often they recur


@block_rule(
    "boilerplate.repeated",
    CATEGORY,
    "A short line found under many documents of the same source (site straplines, section labels).",
)
def _repeated_lines(page: Page) -> Iterator[tuple[int, str | None]]:
    if not page.boilerplate:
        return
    for index in page.kept_short():
        line = page.lines[index]
        if line.words > MAX_WORDS or line_key(line.text) not in page.boilerplate:
            continue
        # Between two paragraphs of the article it is a house-style subheading ("What happens
        # next?"), however often the site uses it.
        before, after = page.previous_kept(index), page.next_kept(index)
        if before is not None and after is not None and page.lines[before].prose and page.lines[after].prose:
            continue
        yield index, None


RULES = [_repeated_lines]
