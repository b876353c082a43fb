"""wire26: wire paragraphs. A clause that only tells the news act again, its reason, its aim or
its toll is no second event; an act named as a cause, judged or averted did not happen as news."""
import pytest


def _events(coder, text, date):
    return [(e.event, [a.primary for a in e.source], [a.primary for a in e.target]) for e in coder.code(text, date=date)]


@pytest.mark.parametrize("date, text, event, source, target", [
    # a participle of reprisal after the act is that act ("retaliating for a strike on its consulate")
    ("2024-04-14", "Iran launched more than 300 drones and missiles at Israel overnight, retaliating for a strike on "
                   "its consulate in Damascus earlier this month.", "ASSAULT", "IRN", "ISR"),
    # the fighting a force is called up for is what it is for
    ("2022-09-21", "President Vladimir Putin ordered Russia's first mobilisation since World War Two on Wednesday, "
                   "calling up 300,000 reservists to fight in Ukraine.", "MOBILIZE", "RUS", None),
    # an owned act given as the cause ("because of Russia's invasion of Ukraine")
    ("2022-05-18", "Finland and Sweden formally applied to join NATO on Wednesday, abandoning decades of military "
                   "non-alignment because of Russia's invasion of Ukraine.", "REQUEST", "FIN", "IGO"),
    # an act judged in what a speaker tells ("that Moscow's invasion violated the U.N. charter")
    ("2024-10-24", "U.N. Secretary-General Antonio Guterres told Russian President Vladimir Putin at a summit in Kazan "
                   "on Thursday that Moscow's invasion of Ukraine violated the U.N. charter.", "ACCUSE", "IGO", "RUS"),
    # a participle weighing the act against a span of the past
    ("2015-07-14", "Iran and six world powers reached a deal on Tuesday to curb Tehran's nuclear programme, ending "
                   "nearly two years of talks.", "SUPPORT", "IRN", None),
    ("2017-12-06", "U.S. President Donald Trump recognised Jerusalem as Israel's capital on Wednesday and said he "
                   "would move the U.S. embassy there, reversing decades of U.S. policy.", "SUPPORT", "USA", "ISR"),
    # the damage a riot did is its toll
    ("2007-12-27", "Bhutto's supporters rioted in several Pakistani cities on Thursday, setting fire to banks and cars.",
     "PROTEST", "PAK", None),
])
def test_only_the_news_act_is_coded(coder, date, text, event, source, target):
    got = _events(coder, text, date)
    assert got and all(e == event for e, _, _ in got), got
    assert any(source in s and (target is None or target in t) for _, s, t in got), got


@pytest.mark.parametrize("date, text", [
    ("2013-09-14", "The deal averted a U.S. military strike on Syria."),
    ("2013-09-14", "Diplomats worked to prevent a war between India and Pakistan."),
    ("2023-08-24", "Russian investigators opened a criminal case into the plane crash that killed Wagner chief "
                   "Yevgeny Prigozhin."),
    ("2015-04-02", "Crowds poured into the streets of Tehran to celebrate."),
    ("2019-09-24", "The sanctions remained in place."),
    ("2002-04-02", "Palestinian leader Yasser Arafat remained besieged in his Ramallah headquarters."),
])
def test_no_attack_protest_or_sanction(coder, date, text):
    assert not [g for g in _events(coder, text, date) if g[0] in ("ASSAULT", "PROTEST", "SANCTION")]


@pytest.mark.parametrize("date, text, event, source, target", [
    ("2015-04-02", "Crowds poured into the streets of Tehran to protest against the deal.", "PROTEST", "IRN", None),
    ("2022-09-21", "Russia sent troops into Ukraine on Thursday and its forces fought Ukrainian units near Kharkiv.", "ASSAULT", "RUS", "UKR"),
    ("2019-01-03", "Israeli jets struck Hamas targets in Gaza, killing three militants.", "ASSAULT", "ISR", "PSE"),
    ("2024-04-14", "Iran vowed to retaliate for the strike on its consulate in Damascus.", "THREATEN", "IRN", None),
    ("2002-04-02", "Israeli troops besieged Arafat in his Ramallah headquarters.", "ASSAULT", "ISR", "PSE"),
])
def test_news_acts_stay(coder, date, text, event, source, target):
    got = _events(coder, text, date)
    assert any(e == event and source in s and (target is None or target in t) for e, s, t in got), got


def test_bare_claim_after_the_attack_takes_its_target(coder):
    text = ("Drones struck two oil plants of Saudi Aramco on Saturday, knocking out more than half of the kingdom's "
            "output. Yemen's Houthis claimed responsibility.")
    got = _events(coder, text, "2019-09-14")
    claim = got[-1]
    assert claim[0] == "ASSAULT" and "YEM" in claim[1] and "SAU" in claim[2], got
