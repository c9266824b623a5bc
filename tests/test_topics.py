from briefing.topics import AliasRow, TopicMatcher

MATCHER = TopicMatcher(
    [
        AliasRow("Russia", "russia"),
        AliasRow("Moscow", "russia"),
        AliasRow("Russian", "russia"),
        AliasRow("China", "china"),
        AliasRow("PRC", "china", case_sensitive=True),
        AliasRow("Iran", "iran"),
        AliasRow("US", "united-states", case_sensitive=True),
        AliasRow("U.S.", "united-states", case_sensitive=True),
    ]
)


def test_aliases_tag_whole_words_including_possessives():
    assert MATCHER.topics_for("Moscow's support was muted.") == {"russia"}
    assert MATCHER.topics_for("Russians arrived.") == {"russia"}
    assert MATCHER.topics_for("Iranian tankers arrived.") == {"overview"}  # "Iranian" is not an alias here
    assert MATCHER.topics_for("Moscovites") == {"overview"}


def test_case_sensitive_aliases_do_not_match_ordinary_words():
    assert MATCHER.topics_for("Let us talk about the PRC.") == {"china"}
    assert "united-states" not in MATCHER.topics_for("They told us about prices.")
    assert MATCHER.topics_for("U.S. sanctions bit hard.") == {"united-states"}
    assert MATCHER.topics_for("The US/Israeli strikes") == {"united-states"}


def test_a_passage_about_no_partner_or_many_partners_is_overview():
    assert MATCHER.topics_for("Venezuela changed course in 1999.") == {"overview"}
    assert MATCHER.topics_for("Russia, China and Iran all helped.") == {"russia", "china", "iran", "overview"}
    assert "overview" not in MATCHER.topics_for("China bought the oil.")
