"""Newsletter sign-ups, subscription and paywall prompts, cookie notices."""

from __future__ import annotations

import re

from newsarchive.debris.engine import line_rule

CATEGORY = "newsletter"

RULES = [
    line_rule(
        "newsletter.signup",
        CATEGORY,
        "Newsletter and subscription prompts: 'Sign up for our newsletter', 'Subscribe now'.",
        re.compile(
            r"\b(?:sign up (?:for|to) (?:our|the|my) .{0,40}(?:newsletter|emails?|alerts|briefing)|"
            r"subscribe (?:now|today|here|for (?:free|just|only|\$|€|£)|"
            r"to (?:our|the) .{0,30}(?:newsletter|channel|podcast))|"
            r"(?:get|receive) (?:the|our) .{0,40}(?:newsletter|briefing|headlines) (?:delivered|in|straight)|"
            r"delivered (?:straight )?to your inbox|enter your e-?mail(?: address)?|"
            r"already (?:a subscriber|have an account|subscribed)|subscribe to (?:continue|keep) reading|"
            r"(?:this|the rest of this) (?:article|story|content) is "
            r"(?:for|available to|reserved for) (?:subscribers|members)|"
            r"by (?:clicking|signing up|subscribing).{0,60}(?:privacy policy|terms)|"
            r"(?:newsletter abonnieren|jetzt abonnieren|abonnez-vous|inscrivez-vous|suscríbete|assine (?:já|agora)|"
            r"iscriviti alla newsletter|подпишитесь))",
            re.IGNORECASE,
        ),
        max_words=30,
        may_remove_prose=True,
    ),
    line_rule(
        "newsletter.cookie-notice",
        CATEGORY,
        "Cookie and consent banners: 'We use cookies…', 'Accept all'.",
        re.compile(
            r"\b(?:(?:we|this (?:web)?site|our (?:web)?site) uses? cookies|"
            r"cookies? (?:policy|settings|preferences|consent)|"
            r"by (?:continuing to (?:browse|use)|using) (?:this|our) (?:web)?site,? you (?:agree|accept|consent))|"
            r"^\W*(?:accept(?: all)?(?: cookies)?|reject(?: all)?|manage (?:cookies|preferences|consent)|i agree|"
            r"got it|allow (?:all )?cookies)\W*$",
            re.IGNORECASE,
        ),
        max_words=60,
        may_remove_prose=True,
    ),
]
