"""Known small faults, each fixed as a family (issue #3, helper "odds3"). One parametrised test
per cause; every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest


def coded(coder, text, date):
    """Each event of `text` as (type, cameo, source codes, target codes), full actor codes."""
    return [(e.event, e.cameo, [a.code for a in e.source], [a.code for a in e.target])
            for e in coder.code(text, date=date)]


def _has(evs, event, source=None, target=None):
    """An event of that type (None: any) whose source / target codes start with the given ones."""
    return any((event is None or ev == event)
               and (source is None or any(c.startswith(source) for c in src))
               and (target is None or any(c.startswith(target) for c in tgt))
               for ev, _, src, tgt in evs)


@pytest.mark.parametrize("text, date, event, source, target", [
    # asking another side for help is a request for aid
    ("Pakistan turned to China for help to avert a default on its debts.", "2023-06-10", "REQUEST", "PAK", "CHN"),
    ("Haiti turned to Kenya for assistance against the armed gangs of the capital.", "2023-07-29", "REQUEST", "HTI", "KEN"),
    # listing a side as terrorist is a sanction
    ("Canada put the Proud Boys on its terrorism list.", "2021-02-03", "SANCTION", "CAN", None),
    ("Britain put Hamas on its terror list in full.", "2021-11-19", "SANCTION", "GBR", "PSE"),
    # sanctions imposed again
    ("The United States reimposed sanctions on Myanmar's military rulers.", "2021-02-11", "SANCTION", "USA", "MMR"),
    ("Japan reimposed an embargo on North Korean ships.", "2006-10-11", "SANCTION", "JPN", "PRK"),
])
def test_odds3_request_and_sanction_verbs(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, date", [
    # the same verbs with nothing of the kind
    ("The talks in Geneva turned to the question of prisoners.", "2016-02-01"),
    ("Analysts said the country's economy had turned a corner.", "2016-02-01"),
])
def test_odds3_turn_without_help_is_nothing(coder, text, date):
    assert not [e for e in coded(coder, text, date) if e[0] in ("REQUEST", "SANCTION")]


@pytest.mark.parametrize("text, date, source, target", [
    # a negation that is part of the threat: the doer of the deed is the target, the speaker the source
    ("Egypt said the attack on its border post by Israeli troops would not go unanswered.", "2011-08-20", "EGY", "ISR"),
    ("India said Pakistan's shelling of its villages would not go unpunished.", "2018-05-20", "IND", "PAK"),
    ("Saudi Arabia said the strike by the Houthis on its oil terminal would not remain unanswered.", "2022-03-26", "SAU", "YEM"),
    ("The Iraqi militia leader said the United States would pay for the assassination.", "2020-01-05", "IRQ", "USA"),
])
def test_odds3_threat_in_a_negation(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target), evs


@pytest.mark.parametrize("text, date", [
    # nothing left unanswered or unpunished: no threat
    ("The prosecutor said the theft from the museum would not go unsolved.", "2019-11-26"),
    ("Critics said the minister's remarks would go unpunished.", "2019-11-26"),
])
def test_odds3_no_threat_without_the_phrase(coder, text, date):
    assert not [e for e in coded(coder, text, date) if e[0] == "THREATEN"]


@pytest.mark.parametrize("text, date, side, code", [
    # "the court in The Hague" is an international court
    ("Ukraine asked the court in The Hague to order Russia to halt its invasion.", "2022-02-27", "source", "UKR"),
    ("Ukraine asked the court in The Hague to order Russia to halt its invasion.", "2022-02-27", "target", "IGO"),
    ("The court in The Hague ordered Azerbaijan to let people pass through the Lachin corridor.", "2023-02-22", "source", "IGO"),
    ("The court in The Hague convicted a former Malian Islamist of destroying shrines in Timbuktu.", "2016-09-27", "source", "IGO"),
])
def test_odds3_court_in_the_hague_is_international(coder, text, date, side, code):
    evs = coded(coder, text, date)
    codes = [c for ev in evs for c in ev[2 if side == "source" else 3]]
    assert any(c.startswith(code) for c in codes), evs


@pytest.mark.parametrize("text, date", [
    # a Dutch court that sits in The Hague stays Dutch
    ("A Dutch district court in The Hague convicted a Syrian militia commander of war crimes.", "2021-07-21"),
    ("The district court in The Hague ordered the Dutch state to cut greenhouse gas emissions.", "2015-06-24"),
])
def test_odds3_dutch_court_in_the_hague_stays_dutch(coder, text, date):
    evs = coded(coder, text, date)
    assert evs and all(not c.startswith("IGO") for ev in evs for c in ev[2]), evs
    assert _has(evs, None, "NLD"), evs


@pytest.mark.parametrize("text, date, source, targets", [
    # the two sides named inside the subject's relative clause, participle or apposition
    ("Egypt and Qatar, which brokered the truce between Israel and Hamas, urged the two sides to extend it.",
     "2023-11-27", "EGY", ("ISR", "PSE")),
    ("The European Union, worried by the row between Serbia and Croatia, called on both sides to calm tensions.",
     "2023-05-10", "IGO", ("SRB", "HRV")),
    ("Qatar, which hosted talks between the United States and the Taliban, praised both sides for the deal.",
     "2020-02-29", "QAT", ("USA",)),
])
def test_odds3_both_sides_named_in_the_subject(coder, text, date, source, targets):
    evs = coded(coder, text, date)
    for t in targets:
        assert _has(evs, None, source, t), evs


@pytest.mark.parametrize("text, date, source, target", [
    # the speakers themselves are not the two sides
    ("The foreign ministers of Germany and Italy urged both sides in the Armenian-Azerbaijani dispute to talk.",
     "2020-10-02", "DEU", None),
    ("Japan and India agreed to hold regular talks, and both sides said they would widen trade.", "2019-10-11", "JPN", "IND"),
])
def test_odds3_both_sides_not_the_speakers_when_named_as_such(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, None, source, target), evs
    assert not any(src and tgt and set(c[:3] for c in src) == set(c[:3] for c in tgt) and source == "DEU"
                   for _, _, src, tgt in evs), evs


@pytest.mark.parametrize("text, date, code", [
    # sailors of a merchant ship are its civilian crew
    ("Pirates seized six Indian sailors from a cargo ship off Benin.", "2019-12-15", "INDCVL"),
    ("A Houthi drone killed two Filipino sailors aboard a bulk carrier in the Gulf of Aden.", "2024-03-07", "PHLCVL"),
    ("Iran freed the Greek sailors of the two seized tankers.", "2022-11-16", "GRCCVL"),
])
def test_odds3_merchant_sailors_are_civilians(coder, text, date, code):
    evs = coded(coder, text, date)
    assert any(code in tgt for _, _, _, tgt in evs), evs


@pytest.mark.parametrize("text, date, code", [
    # sailors of a navy stay military
    ("Russia seized two Ukrainian navy gunboats and their sailors in the Kerch Strait.", "2018-11-25", "UKRMIL"),
])
def test_odds3_navy_sailors_stay_military(coder, text, date, code):
    evs = coded(coder, text, date)
    assert any(code in tgt for _, _, _, tgt in evs), evs


@pytest.mark.parametrize("text, date, side, wrong", [
    # a region's office never takes the country the article names most (the addressee)
    ("Washington praised the Kurdish regional president for reopening the oil pipeline.", "2018-03-01", "target", "USA"),
    ("The regional governor accused Moscow of shelling the power plant.", "2022-10-11", "source", "RUS"),
    ("The provincial governor criticised Beijing's new quota on rice.", "2015-04-02", "source", "CHN"),
])
def test_odds3_regional_office_not_the_other_country(coder, text, date, side, wrong):
    evs = coded(coder, text, date)
    codes = [c for ev in evs for c in ev[2 if side == "source" else 3]]
    assert not any(c.startswith(wrong + "GOV") for c in codes), evs


@pytest.mark.parametrize("text, date, source", [
    # ... but its own place phrase, or where the sentence happens, gives the country
    ("The regional governor of Odesa accused Russian forces of shelling the port.", "2023-07-20", "UKRGOV"),
    ("US diplomats met the Kurdish regional president in Erbil on Monday.", "2017-09-18", None),
])
def test_odds3_regional_office_by_its_place(coder, text, date, source):
    evs = coded(coder, text, date)
    if source is None:
        assert any(c.startswith("IRQ") for ev in evs for c in ev[3]), evs
    else:
        assert any(source in ev[2] for ev in evs), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # a name read as the root with its verb as a modifier of the object: the verb and subject back
    ("Trump imposed tariffs on Mexican steel.", "2018-05-31", "SANCTION", "USA", "MEX"),
    ("Trump reimposed sanctions on Venezuela's state oil firm.", "2019-01-28", "SANCTION", "USA", "VEN"),
])
def test_odds3_name_read_as_modifier_keeps_its_verb(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a trip to a city the actor tables do not name is a visit to its country
    ("Italian Prime Minister Giorgia Meloni landed in Jeddah on Wednesday.", "2023-01-28", "ITA", "SAU"),
    ("Canadian Prime Minister Justin Trudeau arrived in Mumbai for a week-long tour.", "2018-02-19", "CAN", "IND"),
    ("Chinese Premier Li Qiang flew to Darwin on Monday.", "2024-06-17", "CHN", "AUS"),
])
def test_odds3_travel_to_a_city_visits_its_country(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "CONSULT", source, target), evs


@pytest.mark.parametrize("text, date", [
    # people on the move make no visit; a trip home visits no one
    ("Hundreds of migrants arrived in Lampedusa by boat overnight.", "2023-09-13"),
    ("Indian Prime Minister Narendra Modi arrived in Chennai on Saturday.", "2019-03-09"),
])
def test_odds3_no_visit_without_a_visited_country(coder, text, date):
    evs = coded(coder, text, date)
    assert not [e for e in evs if e[1] == "042" and e[3]], evs
    if "migrants" in text:
        assert not [e for e in evs if e[1] == "042"], evs


@pytest.mark.parametrize("text, date, source, target", [
    # a firm or fitting response promised to an act is a threat against its doer
    ("Iran said it would respond decisively to any Israeli attack on its nuclear sites.", "2024-10-03", "IRN", "ISR"),
    ("China said it would respond firmly to Japan's release of treated water.", "2023-08-22", "CHN", "JPN"),
])
def test_odds3_firm_response_is_a_threat(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target), evs


@pytest.mark.parametrize("text, date, event, sources", [
    # "X joined Y in doing Z": both do Z
    ("Slovakia joined Hungary in voting against the EU's new sanctions package.", "2023-06-20", "REJECT", ("SVK", "HUN")),
    ("Canada joined Australia in calling for an independent inquiry into the origins of the virus.", "2020-04-23",
     "REQUEST", ("CAN", "AUS")),
])
def test_odds3_joined_in_a_deed(coder, text, date, event, sources):
    evs = coded(coder, text, date)
    for s in sources:
        assert _has(evs, event, s), evs


@pytest.mark.parametrize("text, date, wrong", [
    # a journey's destination is not where the sentence happens: a bare "police" does not take
    # its country
    ("MANAGUA, May 2 - Police arrested a drug trafficker before he could board a flight to Miami.", "2017-05-02", "USA"),
    ("QUITO, March 3 - Police seized a container of cocaine bound for Rotterdam.", "2020-03-03", "NLD"),
    ("Police arrested two Senegalese men before they could board a flight to Madrid.", "2018-07-14", "ESP"),
    ("Police detained four Eritreans who had tried to fly to Rome on stolen passports.", "2016-05-09", "ITA"),
])
def test_odds3_destination_gives_no_country(coder, text, date, wrong):
    # (with no other country named the police are unknown: no event is better than a wrong one)
    evs = coded(coder, text, date)
    assert not any(c.startswith(wrong) for ev in evs for c in ev[2]), evs


@pytest.mark.parametrize("text, date, code", [
    # ... while those who fled to a place are there
    ("Kenyan police detained Somali families who had fled the fighting to Nairobi.", "2014-04-06", "KENCOP"),
])
def test_odds3_arrival_place_still_counts(coder, text, date, code):
    evs = coded(coder, text, date)
    assert any(code in ev[2] for ev in evs), evs


@pytest.mark.parametrize("text, date, side, code", [
    # families the brief listed that already held on new sentences; kept as guards
    # a bare sector noun with the country given earlier in the sentence
    ("In Chad, the junta expelled the German ambassador.", "2023-04-08", "source", "TCDMIL"),
    ("Protests spread in Togo, and the opposition accused the ruling party of fraud.", "2018-09-20", "target", "TGOPTY"),
    # the US Congress stays American in an Indian setting when "US" is said
    ("US Congress leaders visiting New Delhi criticised Pakistan over cross-border attacks.", "2019-03-01", "source", "USALEG"),
    # Kurdish fighters take the country of the place named
    ("Turkish drones struck Kurdish fighters near Qamishli in northeastern Syria.", "2022-11-23", "target", "SYR"),
])
def test_odds3_guards_for_families_that_held(coder, text, date, side, code):
    evs = coded(coder, text, date)
    codes = [c for ev in evs for c in ev[2 if side == "source" else 3]]
    assert any(c.startswith(code) for c in codes), evs
