"""Real news, article by article (realnews25 helper, session 25). Families of misses found on
Wikinews 2019 articles, each tested here on sentences written for this file (none is taken from
the articles):
- courts: a legal 'appeal' (one a court hears or rules on, one against or of a ruling) is no request
  to anyone; a court ruling or declaring an act unlawful in a small clause ("ruled the ban
  unlawful", "declared the decree unconstitutional") accuses the act's owner as "ruled that the ban
  was unlawful" does; a measure found to breach a law ("ruled the quota violated the charter") is
  judged the same way;
- removals: a court or assembly that "removes Governor X" or "removes the mayor" with no "from
  office" removes an office holder (172);
- inquiries: a person named as a modifier of an inquiry ("a Bolsonaro corruption probe", "the
  Trump impeachment inquiry") is the one investigated, the target.
"""


def _codes(actors):
    return [a.code for a in actors]


def _one(coder, text, date="2019-09-20"):
    return coder.code(text, date=date, doc_id="rn25")


def _view(evs):
    return [(e.event, e.cameo, _codes(e.source), _codes(e.target)) for e in evs]


# --- courts: the legal appeal ----------------------------------------------------------------------
def test_legal_appeal_is_no_request(coder):
    for text in ("Kenya's Court of Appeal ruled on the appeal of the election decision by the opposition on Monday.",
                 "The Ghanaian government lost its appeal against the verdict on Thursday.",
                 "Nigeria's Supreme Court heard the appeal by the state government for two days."):
        evs = _one(coder, text)
        assert not any(e.event == "REQUEST" for e in evs), (text, _view(evs))


def test_appeal_for_help_is_still_a_request(coder):
    evs = _one(coder, "Malawi's president made an appeal to donors for emergency food aid.")
    assert any(e.event == "REQUEST" and _codes(e.source) == ["MWIGOV"] for e in evs), _view(evs)
    evs = _one(coder, "Uganda's top court rejected the opposition's appeal.")
    assert any(e.event == "REJECT" and _codes(e.source) == ["UGAJUD"] for e in evs), _view(evs)


# --- courts: small-clause verdicts -----------------------------------------------------------------
def test_ruled_act_unlawful_in_small_clause(coder):
    evs = _one(coder, "Israel's Supreme Court ruled the cabinet's decision unlawful.")
    assert any(e.event == "ACCUSE" and _codes(e.source) == ["ISRJUD"] and _codes(e.target) == ["ISRGOV"] for e in evs), _view(evs)
    evs = _one(coder, "Zambia's High Court declared the government's curfew unconstitutional.")
    assert any(e.event == "ACCUSE" and _codes(e.source) == ["ZMBJUD"] and _codes(e.target) == ["ZMBGOV"] for e in evs), _view(evs)


def test_small_clause_needs_a_court(coder):
    evs = _one(coder, "Zambia's president declared the miners' strike illegal.")
    assert not any(e.event == "ACCUSE" and _codes(e.source) == ["ZMBGOV"] and e.cameo == "112" for e in evs), _view(evs)


def test_measure_found_to_breach_a_law(coder):
    evs = _one(coder, "Kenya's High Court ruled the government's new levy violated the constitution.")
    assert any(e.event == "ACCUSE" and _codes(e.source) == ["KENJUD"] and _codes(e.target) == ["KENGOV"] for e in evs), _view(evs)
    assert not any(e.event == "REJECT" for e in evs), _view(evs)


# --- removals --------------------------------------------------------------------------------------
def test_removes_office_holder_by_title(coder):
    evs = _one(coder, "Nigeria's Supreme Court removes Governor Ihedioha", "2020-01-14")
    assert any(e.event == "COERCE" and _codes(e.source) == ["NGAJUD"] and e.target and e.target[0].code.startswith("NGA")
               for e in evs), _view(evs)
    evs = _one(coder, "Peru's Congress removed the mayor on Tuesday.", "2020-01-14")
    assert any(e.event == "COERCE" and _codes(e.source) == ["PERLEG"] for e in evs), _view(evs)
    evs = _one(coder, "Chilean workers removed the statue of a general on Tuesday.", "2020-01-14")
    assert not any(e.event == "COERCE" for e in evs), _view(evs)


# --- inquiries named after a person ----------------------------------------------------------------
def test_person_named_on_inquiry_is_its_target(coder):
    evs = _one(coder, "US House Democrats open Trump impeachment probe", "2019-09-24")
    assert any(e.event == "ACCUSE" and _codes(e.source)[:1] == ["USALEG"] and e.target and e.target[0].code.startswith("USA")
               for e in evs), _view(evs)
    evs = _one(coder, "The UN opened a Sudan inquiry into the killings.", "2019-09-24")
    assert not any(a.kind == "person" for e in evs for a in e.target), _view(evs)


# --- background: an earlier occasion --------------------------------------------------------------
def test_act_on_an_earlier_occasion_is_background(coder):
    evs = _one(coder, "Chilean police fired rubber bullets at students in an earlier march.", "2019-10-20")
    assert not evs, _view(evs)
    evs = _one(coder, "During a previous trip, Modi met Abe in Tokyo.", "2019-10-20")
    assert not evs, _view(evs)
    evs = _one(coder, "Chilean police fired rubber bullets at students on Sunday.", "2019-10-20")
    assert any(e.event == "COERCE" and _codes(e.source) == ["CHLCOP"] for e in evs), _view(evs)


# --- a bare refusal of a request -------------------------------------------------------------------
def test_bare_refusal_joined_to_a_request(coder):
    evs = _one(coder, "Ghana asked Togo to hand over the fugitive, but Togo refused.", "2019-06-01")
    assert any(e.event == "REQUEST" and _codes(e.source) == ["GHA"] and _codes(e.target) == ["TGO"] for e in evs), _view(evs)
    assert any(e.event == "REJECT" and _codes(e.source) == ["TGO"] and _codes(e.target) == ["GHA"] for e in evs), _view(evs)
    evs = _one(coder, "Ghana's exports grew and imports declined.", "2019-06-01")
    assert not any(e.event == "REJECT" for e in evs), _view(evs)


# --- judged harshly by one of several joined adjectives --------------------------------------------
def test_harsh_adjective_among_joined_ones(coder):
    evs = _one(coder, "Taiwan's premier said the conduct of the opposition lawmakers was anti-democratic and shameful.", "2019-10-16")
    assert any(e.event == "ACCUSE" and _codes(e.source) == ["TWNGOV"] and e.target and e.target[0].code.startswith("TWN")
               for e in evs), _view(evs)
    evs = _one(coder, "Taiwan's premier said the conduct of the opposition lawmakers was new and unusual.", "2019-10-16")
    assert not any(e.event == "ACCUSE" for e in evs), _view(evs)


# --- a quotation read as a clause of its speech verb -----------------------------------------------
def test_quote_as_clause_of_speech_verb(coder):
    evs = _one(coder, "Putin replied on television, \"If Kyiv crosses that line, I will cut off Ukraine's gas.\"", "2019-10-08")
    assert any(e.event == "THREATEN" and _codes(e.source) == ["RUSGOV"] and e.target and e.target[0].code.startswith("UKR")
               for e in evs), _view(evs)


# --- a headline's place after a comma --------------------------------------------------------------
def test_headline_place_after_comma(coder):
    evs = _one(coder, "Thousands rally against pension reform, Madrid", "2019-03-28")
    assert any(e.event == "PROTEST" and e.source and e.source[0].code.startswith("ESP") for e in evs), _view(evs)


def test_story_headline_place_after_comma(coder):
    from story_tools import in_sentence, show, story_events
    events = story_events(coder, "Thousands rally against pension cuts, Lisbon\nSaturday, May 4, 2019\n\nUnion leaders said the "
                                 "government had ignored their letters for months.", "2019-05-04")
    assert any(e.event == "PROTEST" and e.source and e.source[0].code.startswith("PRT")
               for e in in_sentence(events, "Thousands rally")), show(events)
