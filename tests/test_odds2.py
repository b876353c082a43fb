"""Known small faults, each fixed as a family (issue #3, helper "odds2"). One parametrised test
per cause; every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest

from conftest import has_event as _has


def coded(coder, text, date):
    """Each event of `text` as (type, cameo, source codes, target codes), full actor codes."""
    return [(e.event, e.cameo, [a.code for a in e.source], [a.code for a in e.target])
            for e in coder.code(text, date=date)]


def _codes(evs, side):
    return [c for ev in evs for c in ev[2 if side == "source" else 3]]


@pytest.mark.parametrize("text, date, side, code", [
    # a name the dictionary does not know, after a role noun that a demonym opens: the role's
    # sector of the demonym's country, also for a company name
    ("Serbian businessman Dragan Petrovic Jankov accused the police of extortion.", "2013-05-14", "source", "SRBBUS"),
    ("Moroccan journalist Youssef Amrani Tazi criticised the government over the arrest of editors.", "2019-02-11", "source", "MARMED"),
    ("Egyptian cleric Mahmoud Shaaban Farag condemned Israel over the raid on the mosque.", "2021-05-09", "source", "EGYREL"),
    ("The United States imposed sanctions on Russian oligarch Pyotr Sorokin Lebedev.", "2018-04-06", "target", "RUSELI"),
    ("Canada sanctioned Chinese drone manufacturer Shenzhen Feiyu Technology for supplying Russia.", "2023-06-20", "target", "CHNBUS"),
    ("The Treasury sanctioned Turkish carmaker Karadeniz Gokturk Motors for evading the embargo.", "2024-02-02", "target", "TURBUS"),
])
def test_odds2_role_noun_before_unknown_name(coder, text, date, side, code):
    evs = coded(coder, text, date)
    assert code in _codes(evs, side), evs


@pytest.mark.parametrize("text, date, side, code", [
    # a named person keeps the dictionary's code next to a role noun
    ("Russian opposition leader Alexei Navalny accused the Kremlin of poisoning him.", "2020-12-21", "source", "RUSOPP"),
])
def test_odds2_role_noun_leaves_known_names_alone(coder, text, date, side, code):
    evs = coded(coder, text, date)
    assert code in _codes(evs, side), evs


@pytest.mark.parametrize("text, date, source, target", [
    # "the North" / "the South" once the story names one of the two halves of a split state
    ("Pyongyang accused the South of staging war games with the United States.", "2016-03-07", "PRK", "KOR"),
    ("South Korea accused the North of laying mines along the border.", "2015-08-10", "KOR", "PRK"),
    ("Seoul criticised the North for testing a submarine-launched missile.", "2016-08-24", "KOR", "PRK"),
    ("Sudan accused the South of backing rebels in Darfur.", "2013-06-08", "SDN", "SSD"),
    ("South Sudan accused the North of bombing a refugee camp.", "2011-11-11", "SSD", "SDN"),
])
def test_odds2_north_and_south_of_split_states(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, None, source, target), evs


@pytest.mark.parametrize("text, date", [
    # no split state named: "the North" is not a Korea
    ("Italian police arrested 30 mafia suspects in the North.", "2018-03-04"),
    ("Nigerian soldiers killed 15 militants in the North, the army said.", "2017-06-02"),
])
def test_odds2_north_without_a_split_state_is_nobody(coder, text, date):
    evs = coded(coder, text, date)
    assert not any(c in ("PRK", "KOR", "SDN", "SSD") for ev in evs for c in ev[2] + ev[3]), evs


@pytest.mark.parametrize("text, date, wrong", [
    # a weak gazetteer name (an alternate name only, or short and borne by towns of several
    # countries) names no town of a country the article never names
    ("Gunmen killed eight traders near Baga on Tuesday.", "2015-01-05", "IND"),
    ("Gunmen ambushed a convoy of traders on the road to Bor.", "2014-03-02", "RUS"),
    ("Gunmen abducted four teachers in Bor, local officials said.", "2019-09-10", "RUS"),
])
def test_odds2_weak_place_names_need_their_country(coder, text, date, wrong):
    evs = coded(coder, text, date)
    assert not any(c.startswith(wrong) for ev in evs for c in ev[2] + ev[3]), evs


@pytest.mark.parametrize("text, date, code", [
    # the own name of a town keeps it ("Gao" in Mali, "Yei" in South Sudan)
    ("Militants attacked a UN base in Gao, killing two peacekeepers.", "2017-06-01", "MLI"),
    ("Gunmen looted shops in Yei, killing three traders.", "2016-09-05", "SSD"),
])
def test_odds2_own_town_names_still_place(coder, text, date, code):
    evs = coded(coder, text, date)
    assert any(c.startswith(code) for ev in evs for c in ev[2]), evs


@pytest.mark.parametrize("text, date, side, code", [
    # people the tables lacked, and spells in office of people they had
    ("Riek Machar accused the army of attacking his base near Juba.", "2016-07-12", "source", "SSDGOV"),
    ("Riek Machar's fighters attacked government troops in Upper Nile.", "2015-03-02", "source", "SSDREB"),
    ("Haftar rejected a truce proposed by Turkey and Russia.", "2020-01-14", "source", "LBYMIL"),
    ("Holbrooke met Milosevic in Belgrade.", "1995-09-13", "source", "USAGOV"),
    ("Edward Snowden accused the NSA of spying on millions of Americans.", "2013-06-10", "source", "USAOPP"),
    ("Anna Hazare accused the government of shielding corrupt ministers.", "2011-08-20", "source", "INDOPP"),
    ("Chief Secretary Carrie Lam met student leaders.", "2014-10-21", "source", "HKGGOV"),
])
def test_odds2_people_added(coder, text, date, side, code):
    evs = coded(coder, text, date)
    assert code in _codes(evs, side), evs


@pytest.mark.parametrize("text, date, source", [
    # a one-word name that is the surname of the one sitting holder (of one code) of a top office
    ("Rice met Abbas in Ramallah to discuss the roadmap.", "2005-08-14", "USAGOV"),
    ("Kim accused Washington of plotting to topple him.", "2018-01-02", "PRKGOV"),
])
def test_odds2_bare_surname_of_sitting_office_holder(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, None, source, None), evs


@pytest.mark.parametrize("text, date, source", [
    # a bare 'Congress' beside a party of a country whose party is called Congress is that party;
    # a party of a country whose Congress is a legislature does not move the US Congress
    ("A Congress spokesman accused the BJP of rigging the vote in Gujarat.", "2017-12-18", "INDPTY"),
    ("Congress leaders accused the Aam Aadmi Party of betraying voters in Punjab.", "2022-03-11", "INDPTY"),
    ("Congress condemned the Chinese Communist Party over the crackdown in Hong Kong.", "2020-07-01", "USALEG"),
])
def test_odds2_congress_party_of_india(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and evs[0][2] == [source], evs


@pytest.mark.parametrize("text, date, source", [
    # a national Red Cross or Red Crescent society is its country's NGO
    ("The Qatar Red Crescent sent medical teams to Gaza.", "2014-07-25", "QATNGO"),
    ("The Pakistani Red Crescent delivered tents to flood victims in Sindh.", "2022-09-02", "PAKNGO"),
    ("The British Red Cross sent volunteers to help refugees in Greece.", "2015-09-15", "GBRNGO"),
    ("The Red Crescent delivered aid to families in Idlib.", "2019-12-30", "NGORCR"),
])
def test_odds2_national_red_cross_society(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and source in evs[0][2], evs


@pytest.mark.parametrize("text, date", [
    # a country before a currency names money, not an actor
    ("Teachers in Zimbabwe demanded that their salaries be paid in US dollars.", "2019-10-02"),
    ("Lebanese depositors demanded their savings back in US dollars.", "2020-01-15"),
])
def test_odds2_currency_is_no_actor(coder, text, date):
    evs = coded(coder, text, date)
    assert not any("USA" in ev[2] + ev[3] for ev in evs), evs


@pytest.mark.parametrize("text, date, source, prefix", [
    # vowing to punish is a threat; protesters taking hostages abduct
    ("The junta vowed to punish the soldiers who joined the mutiny in Bamako.", "2012-04-01", None, "13"),
    ("Ethiopia vowed to punish those behind the killing of the singer.", "2020-07-01", "ETH", "13"),
    ("Protesters held six soldiers hostage for a day in eastern Congo.", "2012-11-22", None, "181"),
    ("Demonstrators took two police officers hostage in Cochabamba.", "2019-11-11", None, "181"),
    ("Villagers held four forest guards hostage for two days in Odisha.", "2016-03-10", None, "181"),
])
def test_odds2_punish_and_hostages(coder, text, date, source, prefix):
    evs = coded(coder, text, date)
    assert any(c.startswith(prefix) and (source is None or source in src) for _, c, src, _ in evs), evs
    if prefix == "181":
        assert not any(c.startswith("145") for _, c, _, _ in evs), evs
