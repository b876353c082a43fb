"""Known small faults, each fixed as a family (issue #3, helper "odds"). One parametrised test
per cause; every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest

from conftest import coded, has_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    # the SPLA and the SPLM were Sudanese rebels until 2005 and are South Sudan's army and
    # ruling party after: the article's date picks the code (dated_orgs.tsv)
    ("The SPLA accused Khartoum of arming militias in Jonglei state.", "2013-03-05", "SSD", "SDN"),
    ("SPLA troops clashed with Sudanese soldiers near the disputed town of Abyei.", "2012-05-02", "SSD", "SDN"),
    ("The SPLM accused the opposition of plotting a coup in Juba.", "2014-02-11", "SSD", None),
    ("SPLA fighters ambushed a Sudanese army convoy near Kapoeta.", "1993-08-14", "SDN", "SDN"),
    ("The SPLM rejected a government offer of talks in Nairobi.", "1999-10-06", "SDN", None),
])
def test_odds_spla_code_follows_the_date(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, None, source, target), evs
    if source == "SSD":
        assert not any("SDN" in src for _, _, src, _ in evs), evs


@pytest.mark.parametrize("text, source", [
    # a country's own council or assembly named by the short form of a UN body's name is that
    # country's, not the UN's
    ("Russia's Security Council accused Georgia of provoking the fighting in South Ossetia.", "RUS"),
    ("Turkey's National Security Council warned Syria against sheltering Kurdish fighters.", "TUR"),
    ("Kuwait's National Assembly condemned the Iraqi incursion across the border.", "KWT"),
    ("Egypt's Human Rights Council criticised the police over the deaths of detainees.", "EGY"),
    ("Kyrgyzstan's Security Council ordered the army to seal the border with Tajikistan.", "KGZ"),
])
def test_odds_national_council_is_not_the_un(coder, text, source):
    evs = coded(coder, text, "2010-06-10")
    assert evs and all(src == [source] or source in src for _, _, src, _ in evs[:1]), evs
    assert not any(any(c.startswith("IGO") for c in src) for _, _, src, _ in evs), evs


@pytest.mark.parametrize("text", [
    # the UN's bodies, named in full or alone, stay the UN's
    "The Security Council condemned Pyongyang's latest missile launch.",
    "France urged the UN Security Council to impose an arms embargo on South Sudan.",
])
def test_odds_un_council_stays_the_un(coder, text):
    evs = coded(coder, text, "2016-09-12")
    assert any(any(c.startswith("IGO") for c in src + tgt) for _, _, src, tgt in evs), evs
