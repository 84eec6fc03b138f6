"""Comment sections and comment forms: the reader's box under the article, not the article."""

from __future__ import annotations

import re

from newsarchive.debris.engine import line_rule

CATEGORY = "comments"

# Phrases a comment form prints; each is specific enough to remove a line that reads like prose.
_FORM_PHRASES = re.compile(
    r"^\W*(?:leave a (?:reply|comment|response)|cancel reply|post (?:a |your )?comment|submit (?:a )?comment|"
    r"add (?:a |your )?comment|write a comment|join the (?:discussion|conversation)|"
    r"please enter your (?:comment|name|email)(?: (?:address )?here)?|you have entered an incorrect email address|"
    r"save my name,? e-?mail,? and website in this browser|your e-?mail address will not be published|"
    r"required fields are marked|notify me of (?:follow-up comments|new (?:posts|comments))|"
    r"(?:you must be )?log(?:ged)? ?in to (?:leave|post|add) a comment|be the first to comment|"
    r"no comments(?: yet)?|comments are closed|show comments|view comments|load (?:more )?comments|"
    r"kommentar (?:schreiben|verfassen|abgeben)|deja (?:un|tu) comentario|laisser un commentaire|"
    r"lascia un commento|deixe (?:um|seu) coment[aá]rio|оставить комментарий)\b"
    # A section heading that is nothing but the word "comments", in the languages we see.
    r"|^\W*(?:comments?|kommentare|comentarios|commentaires|commenti|coment[aá]rios|комментарии)\W*$",
    re.IGNORECASE,
)
_COMMENT_COUNT = re.compile(r"^\(?\d+\)?\s*(?:comments?|responses?|replies|thoughts? on .{1,120})\W*$", re.IGNORECASE)
_FORM_FIELD = re.compile(r"^(?:name|e-?mail|website|url|comment|message)\s*(?:\*|:|\(required\))\W*$", re.IGNORECASE)

RULES = [
    line_rule(
        "comments.form-phrase",
        CATEGORY,
        "A comment form's fixed wording: 'Leave a Reply', 'Please enter your comment!'.",
        _FORM_PHRASES,
        max_words=30,
        may_remove_prose=True,
    ),
    line_rule(
        "comments.count",
        CATEGORY,
        "A comment counter heading: '12 Comments', '3 thoughts on \"…\"'.",
        _COMMENT_COUNT,
        max_words=25,
        may_remove_prose=True,
    ),
    line_rule(
        "comments.form-field",
        CATEGORY,
        "A comment form field label: 'Name *', 'Email:'.",
        _FORM_FIELD,
        max_words=4,
    ),
]
