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
