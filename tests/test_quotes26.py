"""Families of reported-speech misses found by helper "quotes26" on fresh sentences: a speaker and a
colon before a quotation with no verb of saying ('Blinken in Tel Aviv: "Israel must ..."', 'X on Y:
"We will respond ..."'), where the colon stands for the saying; readiness to answer by force with
nothing named to answer ('"our troops are ready to intervene if ..."', '"we are prepared to respond
within seconds"'), a threat (138), not intent; a call or talks in which something was told that
codes nothing ('told Erdogan in a phone call that he hoped relations would recover'), the call itself
(041); and idioms inside quotes ('"We will not let this stand"', '"They are playing with fire"',
'warned of a merciless counterattack'). Every sentence is written for this file, none is taken from a
gold or fresh set."""
from conftest import coded_full as coded, has_full_event as _has


def test_quotes26_colon_speaker_demand(coder):
    evs = coded(coder, 'Rubio in Panama City: "China must stop controlling the canal."', "2025-02-02")
    assert _has(evs, "REQUEST", "USA", "CHN"), evs


def test_quotes26_colon_speaker_we_will_respond(coder):
    evs = coded(coder, 'The Canadian finance minister on the new U.S. duties on lumber: "We will respond forcefully."',
                "2017-04-25")
    assert _has(evs, "THREATEN", "CAN"), evs


def test_quotes26_colon_speaker_judgement(coder):
    evs = coded(coder, 'Shehbaz Sharif on the dam dispute: "India has made a grave mistake."', "2025-04-25")
    assert _has(evs, "ACCUSE", "PAK", "IND"), evs


def test_quotes26_colon_after_a_finite_verb_is_left_alone(coder):
    # a verb before the colon: the clause before it is its own (no speaker read from the colon)
    evs = coded(coder, 'The report was blunt: "Growth will slow next year."', "2023-05-02")
    assert evs == [], evs


def test_quotes26_ready_to_intervene_is_a_threat(coder):
    evs = coded(coder, '"Our soldiers are ready to intervene if the militias attack the capital," the Chadian army '
                       'chief said.', "2021-04-22")
    assert _has(evs, "THREATEN", "TCD", cameo="138"), evs
    assert not _has(evs, "AGREE"), evs


def test_quotes26_prepared_to_respond_warning_names_the_target(coder):
    evs = coded(coder, '"We are prepared to respond within hours," a Turkish general said, warning Syria against any '
                       'further shelling.', "2012-10-05")
    assert _has(evs, "THREATEN", "TUR", "SYR", cameo="138"), evs


def test_quotes26_ready_to_respond_to_a_proposal_is_no_threat(coder):
    evs = coded(coder, 'The union said it was ready to respond to the government proposal next week.', "2019-03-02")
    assert not _has(evs, "THREATEN"), evs


def test_quotes26_ready_to_withdraw_stays_intent(coder):
    evs = coded(coder, 'Armenia said it was ready to withdraw its forces from the border villages.', "2021-05-20")
    assert _has(evs, "AGREE", "ARM"), evs


def test_quotes26_phone_call_with_nothing_coded_is_the_call(coder):
    evs = coded(coder, 'Macron told Modi in a telephone call on Friday that relations between the two countries were excellent.', "2022-12-09")
    assert _has(evs, "CONSULT", "FRA", "IND", cameo="041"), evs


def test_quotes26_phone_call_with_a_threat_keeps_the_threat(coder):
    evs = coded(coder, 'Biden told Xi in a phone call that Beijing would face consequences if it armed Russia.',
                "2022-03-18")
    assert _has(evs, "THREATEN", "USA", "CHN"), evs
    assert not _has(evs, "CONSULT"), evs


def test_quotes26_will_not_let_this_stand(coder):
    evs = coded(coder, '"We will not let this stand," the Dutch foreign minister said of the downing of the airliner.',
                "2014-07-18")
    assert _has(evs, "THREATEN", "NLD", cameo="130"), evs


def test_quotes26_let_stand_without_negation_is_no_threat(coder):
    evs = coded(coder, 'The appeals court let the lower court ruling stand.', "2019-06-03")
    assert not _has(evs, "THREATEN"), evs


def test_quotes26_playing_with_fire(coder):
    evs = coded(coder, '"Those countries are playing with fire," an Iranian foreign ministry spokesman said.',
                "2019-07-05")
    assert _has(evs, "THREATEN", "IRN", cameo="130"), evs


def test_quotes26_warned_of_counterattack(coder):
    evs = coded(coder, 'Taipei warned of a swift counterattack if Chinese forces landed on its islands.', "2022-08-05")
    assert _has(evs, "THREATEN", "TWN", cameo="138"), evs


def test_quotes26_quote_with_no_event_codes_nothing(coder):
    evs = coded(coder, '"The harvest this year was the best in a decade," the Kenyan agriculture minister said.',
                "2020-11-10")
    assert evs == [], evs


def test_quotes26_will_not_let_it_go_unanswered(coder):
    evs = coded(coder, '"We will not let this attack go unanswered," the Australian prime minister told parliament.',
                "2023-06-01")
    assert _has(evs, "THREATEN", "AUS", cameo="130"), evs
    assert not _has(evs, "REJECT"), evs


def test_quotes26_call_whose_told_clause_hangs_on_the_call(coder):
    # "that" read as a determiner and the told clause as a relative clause of "call"
    evs = coded(coder, 'Erdogan told Putin in a phone call that trade between their countries was growing fast.',
                "2018-08-08")
    assert _has(evs, "CONSULT", "TUR", "RUS", cameo="041"), evs

