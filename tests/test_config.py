from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.config import ConfigError, load_settings
from newsarchive.debris import make_line, remove_debris, select_rules


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "newsarchive.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_config_switches_rules_off_and_adds_phrases(tmp_path: Path) -> None:
    settings = load_settings(
        write(
            tmp_path,
            """
[input]
max_bytes = 1000

[debris]
disabled_rules = ["social.lone-counter"]

[debris.phrases]
newsletter = ["Courier Morning Briefing"]
""",
        )
    )
    assert settings.max_input_bytes == 1000
    assert "social.lone-counter" in settings.disabled_rules
    rules = select_rules(settings.disabled_rules, settings.extra_phrases)
    lines = [
        make_line(1, "42"),
        make_line(2, "The council voted on Tuesday to extend the night bus network to the suburbs."),
        make_line(3, "Get the Courier Morning Briefing"),
        make_line(4, "Readers of the Courier Morning Briefing were the first to learn of the vote on Tuesday."),
    ]
    removed = {r.line_no: (r.rule_id, r.category) for r in remove_debris(lines, rules).removed}
    assert removed == {3: ("config.newsletter", "newsletter")}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[debris]\ndisabled_rules = ['no.such-rule']\n", "unknown debris rule"),
        ("[debris.phrases]\nnot-a-category = ['x']\n", "unknown debris category"),
        ("[colours]\nred = 1\n", "unknown section"),
        ("[debris]\ndisabled = []\n", "unknown key"),
        ("[debris\n", "cannot read configuration"),
    ],
)
def test_mistakes_in_the_config_are_reported(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises((ConfigError, ValueError), match=message):
        settings = load_settings(write(tmp_path, text))
        select_rules(settings.disabled_rules, settings.extra_phrases)
