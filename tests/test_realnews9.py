"""Shapes found missing on a fresh set of 160 labelled sentences drawn from real news (Wikinews
2019 sentences that name a state, demonym, capital or office and hold a political verb; issue #3,
helper realnews9), one cause per test. Every sentence here is written for this file; none is
taken from Wikinews, a gold set or the fresh set itself."""
import pytest

from conftest import coded


@pytest.mark.parametrize("text, date, event, code, source, target", [
    # aid and money held back: delayed, held up or denied funds are aid reduced (162) or a
    # request for aid rejected (122); a legislature impeaching an office holder charges him (115)
    ("The White House delayed military aid to Kyiv for two months.", "2019-09-25", "SANCTION", "162", "USA", "UKR"),
    ("Washington held up $250 million in security assistance to Ukraine.", "2019-09-24", "SANCTION", "162", "USA", "UKR"),
    ("The Dutch parliament denied funding for the Afghan police mission.", "2011-01-20", "REJECT", "122", "NLD", None),
    ("South Korea's National Assembly impeached President Park Geun-hye on Friday.", "2016-12-09", "ACCUSE", "115", "KOR", "KOR"),
    ("Brazil's lower house voted to impeach President Dilma Rousseff.", "2016-04-17", "ACCUSE", "115", "BRA", "BRA"),
])
def test_realnews9_aid_held_back_and_impeachment(coder, text, date, event, code, source, target):
    evs = coded(coder, text, date)
    assert any(ev == event and c.startswith(code) and source in src and (target is None or target in tgt)
               for ev, c, src, tgt in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    # office holders of 2019 the actor tables lacked: named in full or by surname they are their
    # office's actor (a former one is his country's elite), not nobody
    ("Delfin Lorenzana thanked Washington for the surveillance drones.", "2019-05-03", "PHLGOV", "USA"),
    ("Prime Minister Tuilaepa accused Australia of lecturing Pacific nations on climate.", "2019-08-16", "WSMGOV", "AUS"),
    ("Brett McGurk criticised Ankara over its offensive in northern Syria.", "2019-10-12", "USAELI", "TUR"),
    ("Gordon Sondland met Ukrainian President Volodymyr Zelensky in Kyiv.", "2019-07-26", "USAGOV", "UKR"),
    ("Agnes Callamard urged Riyadh to open the trial to observers.", "2019-06-20", "IGOUNO", "SAU"),
    ("France banned Mahan Air from flying to French airports.", "2019-03-25", "FRA", "IRN"),
])
def test_realnews9_office_holders_of_2019(coder, text, date, source, target):
    evs = coder.code(text, date=date)
    assert any(source in [a.code for a in e.source] + [a.primary for a in e.source]
               and (target is None or target in [a.primary for a in e.target]) for e in evs), \
        [(e.cameo, e.source_codes, e.target_codes) for e in evs]


@pytest.mark.parametrize("text, date, source, target", [
    # a name the tables lack is known by the office a 'who is/was' relative clause gives it, or
    # by the body an apposed member or spokesman speaks for, as by a plain apposition
    ("Amina Yusuf, who is Nigeria's envoy to the African Union, criticised Cameroon.", "2019-03-11", "NGA", "CMR"),
    ("Pavel Orlov, who was Russia's deputy foreign minister until May, accused NATO of provocations.", "2019-11-02", "RUS", "IGO"),
    ("Reza Karimi, a member of the Iranian parliament, condemned Saudi Arabia.", "2019-09-16", "IRN", "SAU"),
    ("Juan Ortega, a spokesman for the Colombian army, accused the rebels of an ambush.", "2019-08-30", "COL", "COL"),
])
def test_realnews9_unknown_name_known_by_relative_role(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert any(source in src and target in tgt for _, _, src, tgt in evs), evs


@pytest.mark.parametrize("text, date, coded_at_all", [
    # an emergency, curfew or ban declared against a disease or ahead of a storm coerces no one
    # (the purpose may hang on the last of several measures); one declared after riots or a coup does
    ("Fiji declared a state of emergency and banned school gatherings to contain the dengue epidemic.", "2019-03-02", False),
    ("The Malawian government imposed a curfew in Blantyre to stop the spread of cholera.", "2019-02-14", False),
    ("The Mozambican government declared a state of emergency ahead of the cyclone.", "2019-03-13", False),
    ("Bolivia declared a state of emergency and imposed a curfew after the riots in La Paz.", "2019-11-12", True),
])
def test_realnews9_health_and_hazard_measures(coder, text, date, coded_at_all):
    evs = coded(coder, text, date)
    assert any(ev == "COERCE" for ev, _, _, _ in evs) == coded_at_all, evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # a participle on the medium of a message the subject posted or published is the poster's
    # act ("posted a note on Twitter blaming X"), like "issued a statement blaming X"
    ("The Saudi foreign minister posted a note on Twitter blaming Qatar for the unrest.", "2017-06-14", "ACCUSE", "SAU", "QAT"),
    ("Ukraine's foreign minister published a post on Facebook accusing Moscow of blocking the strait.", "2018-11-26", "ACCUSE", "UKR", "RUS"),
])
def test_realnews9_participle_on_the_medium(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert any(ev == event and source in src and target in tgt for ev, _, src, tgt in evs), evs
