"""Wire idioms that stand for an event verb (issue #3, helper types8): each test holds new
sentences of one family found on /work/types8-fresh.jsonl and its probes (other actors and
words than the fresh sentences), with look-alikes that must stay non-events."""
import pytest
from conftest import main_event


def _main(coder, text, date="2023-05-06"):
    return main_event(coder, text, date)


def _check(main, expected):
    if expected is None:
        assert main is None, main
        return
    event, cameo, source, target = expected
    assert main is not None, main
    assert main[0] == event and main[1] == cameo, main
    assert source in main[2], main
    if target is not None:
        assert target in main[3], main


# ------------------------------------------- "put X on hold / on ice": suspending it (16x)
@pytest.mark.parametrize("text, expected", [
    ("Seoul put its security talks with Tokyo on hold.", ("SANCTION", "164", "KOR", "JPN")),
    ("The Dutch government put its negotiations with Morocco on ice.", ("SANCTION", "164", "NLD", "MAR")),
    ("Washington put its military aid to Egypt on hold.", ("SANCTION", "1622", "USA", "EGY")),
    ("The company put the merger on hold.", None),
])
def test_putting_talks_or_aid_on_hold_suspends_them(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- "left the door open to talks": an offer to meet (036)
@pytest.mark.parametrize("text, expected", [
    ("The Greek government left the door open to talks with Ankara.", ("AGREE", "036", "GRC", "TUR")),
    ("Pakistan's prime minister left the door open to a summit with New Delhi.", ("AGREE", "036", "PAK", "IND")),
    ("The coach left the door open to a return next season.", None),
])
def test_leaving_the_door_open_to_talks_offers_them(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- blessing / green light / rounding on / blame
@pytest.mark.parametrize("text, expected", [
    ("The Kenyan president gave his blessing to the Ethiopian peace plan.", ("SUPPORT", "051", "KEN", None)),
    ("Beijing rounded on Canberra over its new security law.", ("ACCUSE", "111", "CHN", "AUS")),
    ("Tehran pinned the blame for the explosion on Israel.", ("ACCUSE", "112", "IRN", "ISR")),
    ("Greece laid the blame for the shipwreck on Turkey.", ("ACCUSE", "112", "GRC", "TUR")),
])
def test_idioms_of_support_and_criticism(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- easing: rolled back curbs, reversed a ban (081)
@pytest.mark.parametrize("text, expected", [
    ("Vietnam's government rolled back its curbs on foreign travel.", ("CONCEDE", "081", "VNM", None)),
    ("The Indian government reversed its ban on opposition rallies in Kashmir.", ("CONCEDE", "081", "IND", None)),
    ("The carmaker rolled back its sales targets for the year.", None),
])
def test_rolling_back_curbs_eases_restrictions(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- refusing, defying, quitting (12x / 16x)
@pytest.mark.parametrize("text, expected", [
    ("Polish lawmakers voted down the government's media bill.", ("REJECT", "120", "POL", "POL")),
    ("Iran walked away from the nuclear talks with the Europeans.", ("SANCTION", "164", "IRN", None)),
    ("Moscow walked away from the arms control treaty.", ("SANCTION", "160", "RUS", None)),
    ("The striker walked away from the club after one season.", None),
    ("Niger's junta thumbed its nose at ECOWAS demands to free the president.", ("REJECT", "128", "NER", "IGO")),
    ("Caracas turned its back on the talks with the opposition.", ("REJECT", "125", "VEN", None)),
    ("Palestinian officials stormed out of the talks with Israel.", ("SANCTION", "164", "PSE", "ISR")),
])
def test_refusing_and_quitting_idioms(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- expelling, stopping aid, warning (16x / 13x)
@pytest.mark.parametrize("text, expected", [
    ("Lithuania sent home three Russian diplomats.", ("SANCTION", "161", "LTU", "RUS")),
    ("The Netherlands pulled the plug on funding for the Palestinian Authority.", ("SANCTION", "1621", "NLD", None)),
    ("China put Japan on notice over its military build-up.", ("THREATEN", "130", "CHN", "JPN")),
])
def test_expelling_cutting_and_warning_idioms(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- giving, releasing, pressing, mobilising
@pytest.mark.parametrize("text, expected", [
    ("Washington handed Taipei a new package of military assistance.", ("AID", "072", "USA", "TWN")),
    ("South Korea chipped in $200 million for Ukraine's reconstruction.", ("AID", "071", "KOR", "UKR")),
    ("Belarus set free a group of Lithuanian prisoners.", ("RETREAT", "0841", "BLR", "LTU")),
    ("Washington leaned on Cairo to open the Rafah crossing.", ("REQUEST", None, "USA", "EGY")),
    ("The Georgian opposition clamoured for early elections.", ("REQUEST", "024", "GEO", None)),
    ("Paris dispatched an aircraft carrier to the eastern Mediterranean.", ("MOBILIZE", "150", "FRA", None)),
    ("Russian drones hit an oil depot in Odesa.", ("ASSAULT", "1952", "RUS", "UKR")),
    ("The referee handed the captain a yellow card.", None),
])
def test_giving_releasing_pressing_idioms(coder, text, expected):
    main = _main(coder, text)
    if expected is not None and expected[1] is None:
        assert main is not None and main[0] == expected[0] and expected[2] in main[2] and expected[3] in main[3], main
        return
    _check(main, expected)


# ------------------------------------------- a speaker saying a side committed atrocities (1124)
@pytest.mark.parametrize("text, expected", [
    ("Canada's foreign minister said Russian troops had committed war crimes in Izium.", ("ACCUSE", "1124", "CAN", "RUS")),
    ("The Dutch government said Myanmar's army committed genocide against the Rohingya.", ("ACCUSE", "1124", "NLD", "MMR")),
    ("Russian troops committed atrocities in Izium.", ("ASSAULT", "200", "RUS", None)),
])
def test_saying_a_side_committed_atrocities_accuses_it(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- "is open to / ready for talks": an offer to meet (036)
@pytest.mark.parametrize("text, expected", [
    ("Baku said it was open to talks with Yerevan.", ("AGREE", "036", "AZE", "ARM")),
    ("The Thai government said it was ready for negotiations with the rebels.", ("AGREE", "036", "THA", None)),
    ("Seoul is not open to talks with Pyongyang.", None),
    ("The new bridge is open to traffic on weekdays.", None),
])
def test_being_open_to_talks_offers_them(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- refusal, rebuke, threat and help idioms
@pytest.mark.parametrize("text, expected", [
    ("Baghdad stonewalled UN investigators for months.", ("REJECT", "120", "IRQ", None)),
    ("Pyongyang gave the cold shoulder to Tokyo's offer of talks.", ("REJECT", "120", "PRK", "JPN")),
    ("Serbia dug in its heels over the EU's demands on Kosovo.", ("REJECT", "120", "SRB", None)),
    ("Austria stood in the way of Romania's Schengen bid.", ("REJECT", "120", "AUT", None)),
    ("The Spanish army stood in the way of the marathon runners.", None),
    ("Canberra called out Beijing over a cyberattack on its parliament.", ("ACCUSE", "111", "AUS", "CHN")),
    ("The Chinese government called out the names of the winners.", None),
    ("Warsaw took Brussels to task over the frozen recovery funds.", ("ACCUSE", "111", "POL", None)),
    ("Moscow rattled its nuclear sabre at NATO.", ("THREATEN", "1385", "RUS", None)),
    ("Denmark came out in support of Moldova's EU membership bid.", ("SUPPORT", "051", "DNK", None)),
    ("Japan and South Korea patched up relations after years of feuding.", ("SUPPORT", "050", "JPN", None)),
    ("Qatar threw a lifeline to Lebanon with a $500 million deposit.", ("AID", "070", "QAT", "LBN")),
    ("Canada scaled back diplomatic ties with India.", ("SANCTION", "161", "CAN", "IND")),
    ("Germany cut off arms sales to Turkey.", ("SANCTION", "1622", "DEU", "TUR")),
])
def test_refusal_rebuke_threat_and_help_idioms(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- approving, making peace, reaching out, visiting
@pytest.mark.parametrize("text, expected", [
    ("The Hungarian parliament rubber-stamped the accession of Sweden.", ("SUPPORT", "051", "HUN", "SWE")),
    ("The IMF board okayed a $2 billion loan for Egypt.", ("AID", "071", "IGO", "EGY")),
    ("The Senate rubber-stamped the budget.", None),
    ("Greece and North Macedonia buried the hatchet after years of rows.", ("SUPPORT", "050", "GRC", None)),
    ("Tokyo reached out to Seoul after the court ruling.", ("CONSULT", "040", "JPN", "KOR")),
    ("The charity reached out to flood victims.", None),
    ("Qatar's foreign minister jetted into Tehran for talks.", ("CONSULT", "042", "QAT", "IRN")),
    ("Armenian protesters blocked a main avenue in Yerevan.", ("PROTEST", "144", "ARM", None)),
    ("Moscow stationed nuclear weapons in Belarus.", ("MOBILIZE", "154", "RUS", "BLR")),
    ("Nigeria's government rolled back the fuel price increase.", ("CONCEDE", "080", "NGA", None)),
])
def test_approving_peace_contact_and_visit_idioms(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- a complement adjective after the object
@pytest.mark.parametrize("text, expected", [
    ("Al-Shabaab took more than thirty Kenyan soldiers captive.", ("ASSAULT", "181", "SOM", "KEN")),
    ("Fulani gunmen went on a killing spree in Plateau state, Nigerian police said.", ("ASSAULT", "180", "NGA", None)),
])
def test_complement_after_the_object_and_killing_sprees(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- boats pushed back, prisoners who stop eating
@pytest.mark.parametrize("text, expected", [
    ("Croatian police pushed back boats carrying migrants.", ("COERCE", "174", "HRV", None)),
    ("Jailed Egyptian activists stopped eating in protest at their detention.", ("PROTEST", "142", "EGY", None)),
])
def test_pushed_back_boats_and_hunger_strikes(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- "hammered X over Y": criticism, not an attack
@pytest.mark.parametrize("text, expected", [
    ("Beijing hammered Tokyo over its release of Fukushima water.", ("ACCUSE", "111", "CHN", "JPN")),
    ("Russian artillery hammered the town of Vuhledar.", ("ASSAULT", "194", "RUS", None)),
    ("The storm hammered the coast for hours.", None),
])
def test_hammering_with_words_and_with_guns(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- cover, requests, scorn, barrages, relief
@pytest.mark.parametrize("text, expected", [
    ("Moscow lent diplomatic cover to Damascus at the Security Council.", ("SUPPORT", "052", "RUS", "SYR")),
    ("Taipei put in a request for more Patriot missiles.", ("REQUEST", "020", "TWN", None)),
    ("Ankara heaped scorn on Athens over the migrant pushbacks.", ("ACCUSE", "111", "TUR", "GRC")),
    ("Iran unleashed a barrage of missiles on Israeli air bases.", ("ASSAULT", "195", "IRN", "ISR")),
    ("The European Union granted sanctions relief to Minsk.", ("RETREAT", "085", "IGO", "BLR")),
    ("Pakistan's government granted relief to flood victims.", None),
])
def test_cover_requests_scorn_barrages_and_relief(coder, text, expected):
    _check(_main(coder, text), expected)
