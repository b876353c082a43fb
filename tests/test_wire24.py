"""wire24: long wire-service leads and quotes (background clauses, reprisals, warnings, tolls)."""


def _codes(events):
    return [(e.event, e.cameo, sorted(a.code for a in e.source), sorted(a.code for a in e.target)) for e in events]


def _types(events, source=None):
    return {e.event for e in events if source is None or source in {a.primary for a in e.source}}


def test_act_inside_a_reprisal_phrase_is_background(coder):
    # the strike that killed the fighters is what the rockets answer, reported before
    events = coder.code("Hezbollah fired rockets at an Israeli base on Sunday in retaliation for the killing of "
                        "two of its fighters in an Israeli air strike near Damascus last month.", date="2020-01-05")
    assert "ASSAULT" in _types(events, "LBN"), _codes(events)
    assert "ASSAULT" not in _types(events, "ISR"), _codes(events)


def test_relative_clause_on_an_avenged_raid_is_background(coder):
    events = coder.code("Pakistan shelled Indian posts along the frontier on Sunday, retaliating for an Indian "
                        "raid on a village that killed four civilians.", date="2020-01-05")
    assert "ASSAULT" in _types(events, "PAK"), _codes(events)
    assert "ASSAULT" not in _types(events, "IND"), _codes(events)


def test_economic_warning_is_a_forecast_not_a_threat(coder):
    for text in ("The World Bank warned on Tuesday that the global economy could slip into recession next year "
                 "as interest rates rise, and urged governments to cut debt.",
                 "The central bank said prices had risen again in March and warned the recovery could be "
                 "slower than expected."):
        events = coder.code(text, date="2023-04-11")
        assert "THREATEN" not in _types(events), _codes(events)


def test_warning_of_a_price_to_pay_stays_a_threat(coder):
    events = coder.code("China warned that Washington would pay a price for the sale of arms to Taiwan.",
                        date="2020-01-05")
    assert "THREATEN" in _types(events, "CHN"), _codes(events)


def test_a_sermon_delivered_is_no_aid(coder):
    events = coder.code("Thousands gathered in the cathedral on Sunday as the archbishop delivered a sermon "
                        "on forgiveness, days after the country's bitterly fought election.", date="2021-05-02")
    assert "AID" not in _types(events), _codes(events)


def test_second_verb_of_a_reported_clause_threatens_for_the_speaker(coder):
    events = coder.code("The Turkish defence minister said the Kurdish militia had violated the truce and would "
                        "pay a heavy price, as artillery fire resumed along the border on Thursday.",
                        date="2019-10-24")
    e = [x for x in events if x.event == "THREATEN"]
    assert e and "TUR" in {a.primary for a in e[0].source}, _codes(events)


def test_he_after_a_bodys_officer_is_that_officer(coder):
    # "the UN chief" / "the ICC prosecutor" are one person: the "he" of their words is them
    events = coder.code("The UN chief said on Friday he had pressed Israel to open more crossings into Gaza, "
                        "as aid agencies warned of famine in the north of the enclave.", date="2024-03-15")
    assert any(e.event == "REQUEST" and "IGO" in {a.primary for a in e.source}
               and "ISR" in {a.primary for a in e.target} for e in events), _codes(events)
    events = coder.code("The ICC prosecutor told reporters he had applied for arrest warrants for the junta "
                        "leader over the killing of protesters.", date="2024-11-27")
    assert any(e.event == "ACCUSE" and "IGO" in {a.primary for a in e.source} for e in events), _codes(events)


def test_relative_clause_without_that_has_its_subject_as_doer(coder):
    events = coder.code("Azerbaijan closed the only road into the region on Monday, a step Armenian Prime Minister "
                        "Nikol Pashinyan condemned as an attempt at ethnic cleansing.", date="2023-07-10")
    assert any(e.event == "ACCUSE" and "ARM" in {a.primary for a in e.source} for e in events), _codes(events)


def test_purging_the_army_is_a_dismissal_and_vowing_it_a_threat(coder):
    events = coder.code("Myanmar's junta purged the police force of officers suspected of backing the protests, "
                        "state media said on Tuesday.", date="2021-03-09")
    assert any(e.event == "COERCE" and "MMR" in {a.primary for a in e.source} for e in events), _codes(events)
    events = coder.code("Turkish President Tayyip Erdogan vowed on Sunday to purge the military of all the "
                        "plotters behind the failed coup.", date="2016-07-17")
    assert any(e.event == "THREATEN" and "TUR" in {a.primary for a in e.source} for e in events), _codes(events)


def test_noun_ranking_the_clauses_own_act_is_no_new_event(coder):
    events = coder.code("Indian and Chinese troops clashed in the Galwan valley on Monday night, in the deadliest "
                        "confrontation between the two nuclear-armed neighbours in 45 years, officials said.",
                        date="2020-06-16")
    assert len([e for e in events if e.event == "ASSAULT"]) == 1, _codes(events)


def test_ranked_noun_is_the_event_when_the_verb_codes_none(coder):
    events = coder.code("Students marched through the centre of Belgrade on Saturday in the biggest protest "
                        "against the government in a decade.", date="2024-12-22")
    assert "PROTEST" in _types(events), _codes(events)


def test_talks_the_act_followed_were_held_by_its_subject(coder):
    events = coder.code("Israel will allow more aid trucks into Gaza, U.S. Secretary of State Antony Blinken said "
                        "on Monday after talks with Netanyahu in Jerusalem.", date="2023-11-06")
    assert any(e.event == "CONSULT" and "USA" in {a.primary for a in e.source} for e in events), _codes(events)


def test_years_of_talks_before_a_deal_are_history(coder):
    events = coder.code("The government and the rebels signed a peace accord on Friday after three years of talks "
                        "in Havana.", date="2016-09-26")
    assert "CONSULT" not in _types(events), _codes(events)


def test_rescuing_an_accord_is_no_aid_and_an_atomic_blast_is_a_test(coder):
    events = coder.code("Egyptian and Qatari mediators worked through the night to rescue the truce after both "
                        "sides traded accusations of violations, officials said.", date="2023-11-28")
    assert "AID" not in _types(events), _codes(events)
    events = coder.code("Pakistan detonated five nuclear devices in the Chagai hills on Thursday, matching India's "
                        "tests earlier this month, officials said.", date="1998-05-28")
    assert "MOBILIZE" in _types(events, "PAK") and "ASSAULT" not in _types(events), _codes(events)


def test_vowing_that_ones_side_will_respond_is_a_threat(coder):
    events = coder.code("Turkish President Tayyip Erdogan vowed on Sunday that Turkey would respond after a car "
                        "bomb killed eight soldiers near the Iraqi border.", date="2016-09-11")
    e = [x for x in events if x.event == "THREATEN"]
    assert e and "TUR" in {a.primary for a in e[0].source}, _codes(events)
    assert "TUR" not in {a.primary for a in e[0].target}, _codes(events)
