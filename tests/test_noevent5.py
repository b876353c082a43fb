"""False events from background, calendar and dismissed rumours, fixed as families (issue #3,
helper "noevent5"). One parametrised test per cause; every sentence is written for this file,
none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event


@pytest.mark.parametrize("text, date", [
    # a meeting noun that is the subject of a schedule has not happened yet
    ("The ASEAN summit is due to open in Jakarta on Tuesday.", "2023-09-04"),
    ("The Commonwealth summit is set to begin in Kigali next week.", "2022-06-17"),
    ("The Arab League summit will open in Jeddah on Friday.", "2023-05-17"),
    ("Talks between Ethiopia and Egypt on the dam are scheduled for next month.", "2021-03-01"),
    ("A summit between Modi and Sharif is slated for the autumn.", "2024-06-20"),
    # an event noun whose only predicate measures its length is background
    ("The Iran-Iraq war lasted eight years.", "2020-09-22"),
    ("The Soviet occupation of Afghanistan lasted nearly ten years.", "2019-02-15"),
])
def test_noevent5_scheduled_and_measured_event_nouns_code_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


@pytest.mark.parametrize("text, date", [
    # rejecting a report, rumour or speculation is a denial, as rejecting an accusation is
    ("The Egyptian presidency dismissed reports that Sisi was seriously ill.", "2021-04-02"),
    ("Tehran rejected rumours that the supreme leader had died.", "2023-01-12"),
    ("The Saudi foreign ministry dismissed speculation that Riyadh would recognise Israel this year.", "2023-08-10"),
])
def test_noevent5_dismissed_rumours_code_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


@pytest.mark.parametrize("text, date", [
    # a habit ("often", "routinely") or a standing quantity in the simple present is no act of the day
    ("The Greek coast guard often turns back migrant boats in the Aegean.", "2021-06-10"),
    ("Japan buys about 9 percent of its liquefied natural gas from Russia.", "2022-05-03"),
    ("India imports about 1.5 million barrels of Russian crude a day.", "2023-05-18"),
    # a people counted by "most / many / few" with a stance verb is a poll's finding
    ("Most Poles support Ukraine's bid to join the European Union, a survey showed.", "2023-06-12"),
])
def test_noevent5_habits_and_standing_quantities_code_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


@pytest.mark.parametrize("text, date, bad", [
    # the gerund complement of a verb of opposing or avoiding is an act not done
    ("France opposes sending Western ground troops to Ukraine.", "2024-02-27", "AID"),
    ("Slovakia resisted imposing sanctions on Russian nuclear fuel.", "2023-05-30", "SANCTION"),
    ("Washington blocked supplying long-range missiles to Kyiv.", "2023-01-20", "AID"),
])
def test_noevent5_opposed_gerunds_are_not_done(coder, text, date, bad):
    evs = coded(coder, text, date)
    assert not any(e[0] == bad for e in evs), evs


@pytest.mark.parametrize("text, date, event, source, target, cameo", [
    # real acts of the same shapes keep their events
    ("Pakistan rejected India's proposal for talks on Kashmir.", "2019-08-20", "REJECT", "PAK", "IND", "12"),
    ("Russia will begin talks with Ukraine in Istanbul on Monday.", "2022-03-27", "AGREE", "RUS", "UKR", "036"),
    ("Lula is slated to meet Biden at the White House on Friday.", "2023-02-08", "AGREE", "BRA", "USA", "036"),
    ("Indian and Chinese troops clashed in the Galwan valley.", "2020-06-16", "ASSAULT", "IND", "CHN", "19"),
    ("Gazprom cut gas deliveries to Germany by 60 percent.", "2022-06-16", "SANCTION", "RUS", "DEU", "16"),
    ("Britain began sending Challenger tanks to Ukraine.", "2023-03-27", "AID", "GBR", "UKR", "07"),
])
def test_noevent5_real_acts_of_the_same_shapes_stay(coder, text, date, event, source, target, cameo):
    evs = coded(coder, text, date)
    assert has_full_event(evs, event, source, target, cameo_prefix=cameo), evs


def test_noevent5_offensive_that_will_begin_is_still_a_threat(coder):
    evs = coded(coder, "Russia's new offensive will begin in the spring, Ukrainian intelligence said.", "2023-01-20")
    assert has_full_event(evs, "THREATEN", "RUS", None, cameo_prefix="13"), evs
