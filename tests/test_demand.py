"""Demands and appeals news states without "demand" or "urge": a reported obligation laid on an
actor ("X said Y must / has to / should / ought to / needs to do Z", "it is time for Y to do
Z") and a wish that another actor act ("X wants / expects Y to do Z"). The speaker is the
source, the one who must act the target; look-alikes (no actor to act, the speaker's own
country, forecasts, market talk) stay silent."""
import pytest


def _requests(events):
    return [e for e in events if e.event == "REQUEST"]


def _show(events):
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events]


def _request_by(events, source, target):
    for e in _requests(events):
        if source in {a.primary for a in e.source} and target in {a.primary for a in e.target}:
            return e
    return None


# must / has to / had to (reported): a demand (CAMEO 10x)
@pytest.mark.parametrize("text,date,source,target", [
    ("Canadian Prime Minister Justin Trudeau said India must cooperate with the investigation into the killing.",
     "2023-09-21", "CAN", "IND"),
    ("The Organisation of Islamic Cooperation said Israel has to end its raids on the Al-Aqsa compound.",
     "2022-04-17", "IGO", "ISR"),
    ("Nigeria's foreign ministry said that Niger's junta had to restore the elected president to office.",
     "2023-08-02", "NGA", "NER"),
    ("Serbia must arrest the suspects in the monastery attack, the European Parliament said.",
     "2023-10-19", "IGO", "SRB"),
])
def test_demand_reported_must_is_a_demand_on_the_clause_subject(coder, text, date, source, target):
    events = coder.code(text, date=date)
    e = _request_by(events, source, target)
    assert e is not None and e.cameo.startswith("10"), _show(events)


# should / ought to / needs to: an appeal (CAMEO 02x)
@pytest.mark.parametrize("text,date,source,target", [
    ("Malaysian Prime Minister Anwar Ibrahim said Myanmar's generals should free the detained lawmakers.",
     "2023-05-10", "MYS", "MMR"),
    ("Argentina ought to return the seized oil company to its Spanish owners, the Spanish government said.",
     "2012-04-17", "ESP", "ARG"),
    ("Venezuela needs to hold talks with the opposition, Colombian President Gustavo Petro said.",
     "2023-04-25", "COL", "VEN"),
])
def test_demand_should_ought_need_is_an_appeal(coder, text, date, source, target):
    events = coder.code(text, date=date)
    e = _request_by(events, source, target)
    assert e is not None and e.cameo.startswith("02"), _show(events)


# wants / expects another actor to act: an appeal whose content is the wished deed
@pytest.mark.parametrize("text,date,source,target,cameo", [
    ("Taiwan wants Washington to speed up deliveries of missiles ordered years ago.", "2022-09-30", "TWN", "USA", "02"),
    ("The Philippines expects Beijing to release the detained fishermen soon.", "2016-10-21", "PHL", "CHN", "0253"),
    ("Armenia wants Russia to send peacekeepers to the border, a government spokesman said.", "2021-05-14", "ARM", "RUS", "02"),
    ("Ottawa wants to see Beijing free the two detained Canadians.", "2019-03-04", "CAN", "CHN", "0253"),
    ("The Vatican would like Israel to lift the restrictions on pilgrims.", "2010-04-01", "VAT", "ISR", "02"),
])
def test_demand_wanting_another_actor_to_act_is_an_appeal(coder, text, date, source, target, cameo):
    events = coder.code(text, date=date)
    e = _request_by(events, source, target)
    assert e is not None and e.cameo.startswith(cameo), _show(events)
    assert e.modality == "asserted" and not [x for x in events if x.event in ("RETREAT", "AID")], _show(events)


# "it is time / essential / important for X to do" or "that X do": an appeal to X, and the deed
# is not coded as done
@pytest.mark.parametrize("text,date,source,target,undone", [
    ("The Chinese foreign ministry said it was time for Japan to return the seized trawler captain.",
     "2010-09-20", "CHN", "JPN", "RETREAT"),
    ("It is high time for Morocco to hold the promised referendum, the Algerian president said.",
     "1999-06-11", "DZA", "MAR", None),
    ("The Red Cross said it was vital that Yemen's warring parties allow medicines into the port.",
     "2018-11-12", "NGO", "YEM", "RETREAT"),
])
def test_demand_judged_necessity_is_an_appeal(coder, text, date, source, target, undone):
    events = coder.code(text, date=date)
    e = _request_by(events, source, target)
    assert e is not None and e.cameo.startswith("02"), _show(events)
    assert undone is None or not [x for x in events if x.event == undone], _show(events)


# "told X to do": a demand on X, not the deed done by the teller
@pytest.mark.parametrize("text,date,source,target,not_done", [
    ("Ankara told Baghdad to expel the Kurdish rebels from the mountains near the border.", "1997-05-20", "TUR", "IRQ", "COERCE"),
    ("Washington told Islamabad to shut down the militant training camps.", "2002-01-10", "USA", "PAK", "COERCE"),
])
def test_demand_told_to_act_is_a_demand(coder, text, date, source, target, not_done):
    events = coder.code(text, date=date)
    e = _request_by(events, source, target)
    assert e is not None and e.cameo.startswith("10"), _show(events)
    assert not [x for x in events if x.event == not_done], _show(events)


# the requested deed gives the content: release -> 1053 / 0253, withdraw -> 1056 / 0256
@pytest.mark.parametrize("text,date,cameo", [
    ("Sweden's foreign minister said Iran must release the Swedish diplomat it is holding.", "2024-06-15", "1053"),
    ("The Turkish government said Armenia should withdraw its troops from the occupied districts.", "1994-03-02", "0256"),
])
def test_demand_takes_its_content_from_the_required_deed(coder, text, date, cameo):
    events = coder.code(text, date=date)
    assert cameo in {e.cameo for e in _requests(events)}, _show(events)


# "must not" / "should not": the one who must hold back is the target; no support, no aid is coded
@pytest.mark.parametrize("text,date,source,target", [
    ("Japanese officials said China must not deploy more coast guard ships near the Senkaku islands.",
     "2013-04-24", "JPN", "CHN"),
    ("The Kenyan president told his Somali counterpart that Mogadishu should not sign the maritime deal with the oil firms.",
     "2019-02-20", "KEN", "SOM"),
])
def test_demand_negated_obligation_is_still_a_request_of_the_subject(coder, text, date, source, target):
    events = coder.code(text, date=date)
    assert _request_by(events, source, target) is not None, _show(events)
    assert not [e for e in events if e.event in ("SUPPORT", "AID", "MOBILIZE")], _show(events)


# nothing is asked of another actor: silent
@pytest.mark.parametrize("text,date", [
    ("Gold prices must climb further before miners reopen the pits, traders said.", "2013-06-01"),
    ("The peace agreement must still be approved by the Colombian parliament.", "2016-10-01"),
    ("The former army chief must be put on trial, the families of the victims said.", "2012-03-03"),
    ("We must protect our borders, the Hungarian prime minister said.", "2015-09-15"),
    ("Poland has to build more power plants this decade, the Polish climate minister said.", "2021-02-02"),
    ("Italy should spend more on its schools, Italian Prime Minister Mario Draghi said.", "2021-05-05"),
    ("Motorists should stay off the roads during the blizzard, police said.", "2017-01-07"),
    ("Shareholders want the company to raise its dividend, analysts said.", "2019-03-03"),
    ("South Korea expects North Korea to fire more missiles this month, the defence ministry said.", "2022-06-06"),
    ("Syria has yet to answer the Arab League plan, diplomats said.", "2011-11-05"),
    ("The finance minister said it was important for the economy to grow faster.", "2015-02-02"),
    ("The Egyptian president said the army must secure the border with Gaza.", "2014-10-26"),
    ("In Ankara to attend the summit, the Iraqi prime minister told Turkish journalists that the talks went well.",
     "2019-05-05"),
    ("Tehran must know that the US Navy will defend the shipping lanes, the American defence secretary said.",
     "2019-06-20"),
])
def test_demand_look_alikes_stay_silent(coder, text, date):
    events = coder.code(text, date=date)
    assert not _requests(events), _show(events)
    assert not [e for e in events if e.event in ("ASSAULT", "FIGHT", "COOPERATE")], _show(events)
