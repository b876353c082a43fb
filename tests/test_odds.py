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


@pytest.mark.parametrize("text, date, source, victims", [
    # an unnamed attacker does not borrow the nationality of those it attacks: it is of the
    # country where it happened, else unknown (no event source at all)
    ("Armed men kidnapped two Spanish nurses from a clinic off Somalia's coast.", "2011-10-13", "SOM", "ESP"),
    ("Gunmen abducted three Austrian tourists near the border between Tunisia and Libya.", "2008-02-22", None, "AUT"),
    ("Militants seized two Canadian geologists working at a gold mine off Mali's border.", "2015-04-04", None, "CAN"),
    ("Unknown attackers kidnapped four Filipino fishermen.", "2016-11-20", None, "PHL"),
    ("Kidnappers snatched a Swiss missionary.", "2012-02-01", None, "CHE"),
])
def test_odds_unnamed_attacker_is_not_of_the_victims_country(coder, text, date, source, victims):
    evs = coded(coder, text, date)
    assert not any(victims in src for _, _, src, _ in evs), evs
    if source is not None:
        assert _has(evs, "ASSAULT", source, victims), evs


@pytest.mark.parametrize("text, source", [
    # look-alikes that keep their source: the attacker's own demonym, a state's own agents as
    # victims (they serve at home), a place named in the sentence
    ("Gunmen shot dead three Afghan policemen at a checkpoint.", "AFG"),
    ("Syrian troops detained two Lebanese shepherds near the border.", "SYR"),
    ("Gunmen kidnapped two Indian engineers in Libya's southern desert.", "LBY"),
])
def test_odds_attacker_country_kept_when_known(coder, text, source):
    evs = coded(coder, text, "2014-08-19")
    assert _has(evs, None, source, None), evs
