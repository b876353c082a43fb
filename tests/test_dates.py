"""Relative and explicit dates resolve against the article date."""
import pytest

from tacitus.extract.dates import resolve

BASE = "2022-02-04"  # a Friday


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("on Friday", "2022-02-04", "2022-02-04"),
        ("on Tuesday", "2022-02-01", "2022-02-01"),
        ("last Friday", "2022-01-28", "2022-01-28"),
        ("next Monday", "2022-02-07", "2022-02-07"),
        ("yesterday", "2022-02-03", "2022-02-03"),
        ("today", "2022-02-04", "2022-02-04"),
        ("last week", "2022-01-24", "2022-01-30"),
        ("last month", "2022-01-01", "2022-01-31"),
        ("Feb. 4", "2022-02-04", "2022-02-04"),
        ("December 25", "2021-12-25", "2021-12-25"),
        ("4 February 2021", "2021-02-04", "2021-02-04"),
        ("2020-05-01", "2020-05-01", "2020-05-01"),
        ("three days ago", "2022-02-01", "2022-02-01"),
        ("in 2019", "2019-01-01", "2019-12-31"),
        ("over the weekend", "2022-01-29", "2022-01-30"),
    ],
)
def test_dates_resolve_against_article_date(text, start, end):
    r = resolve(text, BASE)
    assert r is not None
    assert (r.start.isoformat(), r.end.isoformat()) == (start, end)


def test_dates_no_expression_or_no_base_gives_none():
    assert resolve("the talks went well", BASE) is None
    assert resolve("on Friday", None) is None
    assert resolve("they may meet", BASE) is None


def test_dates_keep_offsets_and_capitals_when_lower_casing_changes_the_length():
    # 'İ' lower-cases to two characters: the patterns then run case-insensitively on the original
    from tacitus.extract.dates import find_dates

    for text in ("Talks in İstanbul resumed on Monday, May 4.", "Talks in Ankara resumed on Monday, May 4."):
        found = find_dates(text, "2020-05-06")
        assert found and all(text[d.start:d.end] == d.text for d in found), found
        assert any(str(d.date_start) == "2020-05-04" for d in found), found
    assert not find_dates("Officials may meet again.", "2020-05-06")  # 'may' the verb is no month
