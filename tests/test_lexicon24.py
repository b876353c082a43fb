"""Wording the event lexicon did not know, found by helper "lexicon24" (issue #3) on fresh sentences
with less common political verbs, idioms and headline shapes:

- CONSULT: "hobnobbed with" a leader is a meeting (040);
- SUPPORT: "stuck up for" a side defends it verbally (052);
- AID: weapons "ferried" to a side are military aid (072);
- COERCE: a court "handing" someone a jail or prison term (no "down") jails them (173), and a side
  "court-martialling" someone charges them (173; spaCy splits the word and lemmatises the verb
  "martialle" / "martial");
- ACCUSE: "hauling" a side before a court or a trade body sues it (115);
- SANCTION: a lender suspending or halting loans or lending cuts economic aid (1621);
- COOPERATE / MOBILIZE: drills "rehearsed" are drills held (joint ones by two sides 062, else 150);
- MOBILIZE: military aircraft entering another side's air defence (identification) zone (150, the
  zone's owner the target);
- THREATEN: vowing to "unleash" a storm, an arsenal, firepower on a side if it acts is a threat;
- RETREAT: a bloc readmitting a suspended member lifts its suspension (085, as the coder codes sanctions
  eased for another side), also as a headline passive ("Syria readmitted to Arab League"), where the
  body named by "to" is the doer, as "from" names it for "suspended from";
- SANCTION: an accord or pact revoked, scrapped, annulled, rescinded, abrogated, ditched, renounced,
  repudiated or torn up is a withdrawal from it (160), with the partner named by "with" as target;
- headline passives without an auxiliary ("Mali suspended from African Union") for suspend, ban, bar,
  blacklist, intern, readmit, reinstate: the subject is the target.

Every sentence is written for this file, none is taken from a gold or lane set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Indian Prime Minister Narendra Modi hobnobbed with Gulf monarchs at a forum in Abu Dhabi.", "2024-02-14",
     "CONSULT", "040", "INDGOV", None),
    ("Austria stuck up for Hungary in its quarrel with the European Commission over frozen funds.", "2023-05-03",
     "SUPPORT", "052", "AUT", "HUN"),
    ("Canada ferried artillery ammunition to Ukraine aboard military cargo planes.", "2023-02-02",
     "AID", "072", "CAN", "UKR"),
    ("A Belarusian court handed a prison term of eight years to an opposition blogger.", "2022-09-06",
     "COERCE", "173", "BLRJUD", "BLR"),
    ("Azerbaijan hauled Armenia before the International Court of Justice over landmines.", "2023-04-13",
     "ACCUSE", "115", "AZE", "ARM"),
    ("The World Bank halted lending to Mali after the second coup.", "2021-06-02",
     "SANCTION", "1621", "IGOWBK", "MLI"),
    ("Japanese and Australian destroyers rehearsed air defence drills in the Coral Sea.", "2023-07-21",
     "COOPERATE", "062", "JPNMIL", None),
    ("Chinese bombers entered Japan's air defence identification zone near Okinawa.", "2022-05-24",
     "MOBILIZE", "150", "CHNMIL", "JPN"),
    ("Russian fighter jets flew into Taiwan's air defence zone on Monday.", "2024-01-08",
     "MOBILIZE", "150", "RUSMIL", "TWN"),
    ("Iran's army chief vowed to unleash overwhelming firepower on Israel if it attacked Iranian soil.",
     "2024-10-20", "THREATEN", None, "IRNMIL", "ISR"),
    ("Chad's president palavered with rebel chiefs in Doha.", "2022-08-10", "CONSULT", "040", "TCDGOV", None),
    ("Slovakia's prime minister fawned over the Russian president at their meeting in Sochi.", "2024-12-22",
     "SUPPORT", "051", "SVKGOV", "RUSGOV"),
    ("Georgia's ruling party lionized the riot police who broke up the rallies.", "2024-12-05",
     "SUPPORT", "051", "GEO", None),
    ("Hungary's leader cosied up to Beijing during a visit by Xi Jinping.", "2024-05-09",
     "SUPPORT", "050", "HUNGOV", "CHN"),
    ("Turkey patched up its relationship with Egypt after a decade of hostility.", "2024-02-14",
     "SUPPORT", "050", "TUR", "EGY"),
    ("Pyongyang gave short shrift to Seoul's offer of family reunions.", "2023-10-02",
     "REJECT", "120", "PRK", "KOR"),
    ("Paris mothballed its embassy in Niamey after the coup.", "2023-12-21", "SANCTION", "161", "FRA", "NER"),
    ("Washington badgered Riyadh to pump more oil.", "2022-07-15", "REQUEST", None, "USA", "SAU"),
    ("Belgrade backpedalled on its threat to cut ties with Montenegro.", "2023-03-09",
     "CONCEDE", "080", "SRB", None),
    ("Burkina Faso's junta tore up its defence accord with France.", "2023-01-25", "SANCTION", "160", "BFAMIL", "FRA"),
    ("Mali scraps military pact with France", "2022-05-03", "SANCTION", "160", "MLI", "FRA"),
    ("The Southern African bloc readmitted Madagascar to the organisation after elections.", "2014-01-31",
     "RETREAT", "085", None, "MDG"),
])
def test_lexicon24_less_common_wording(coder, text, date, event, cameo, source, target):
    assert _has(coded(coder, text, date), event, source, target, cameo=cameo)


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Guinea readmitted to African Union after transition deal", "2024-05-02", "RETREAT", "IGOAFU", "GIN"),
    ("Niger suspended from African Union after coup", "2023-08-23", "SANCTION", "IGOAFU", "NER"),
    ("Belarus barred from Council of Europe assemblies", "2022-03-16", "SANCTION", "IGOCOE", "BLR"),
])
def test_lexicon24_headline_passive_membership(coder, text, date, event, source, target):
    """The headline participle with its subject is a passive: the body acts, the member is the target."""
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target)
    assert not any(src and src[0].startswith(target) for _, _, src, _ in evs)


@pytest.mark.parametrize("text, date", [
    ("The rugby coach hobnobbed with sponsors at the club's annual dinner.", "2023-06-01"),
    ("The ferry operator suspended crossings to the island during the storm.", "2023-01-15"),
    ("The striker walked back to the centre circle after the goal was ruled out.", "2024-04-04"),
])
def test_lexicon24_non_political_uses_stay_silent(coder, text, date):
    assert coded(coder, text, date) == []


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Armenia rallies behind Pashinyan amid border clashes", "2023-09-14", "SUPPORT", "ARM", "ARMGOV"),
])
def test_lexicon24_headline_ies_verb(coder, text, date, event, source, target):
    """A headline verb in -ies the tagger read as a plural noun is reread as the verb in -y, not as
    a crowd's rallies."""
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target)
    assert not any(ev == "PROTEST" for ev, *_ in evs)
