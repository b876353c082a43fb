"""Families of reported-content misses found by helper "reported26" on fresh sentences: a hope that
another side will act is an appeal to it ('Xi told Trump that China hoped the United States would ...',
spaCy's lemma 'hop'), a side's own want is an intent; an act that 'amounted to' a condemning label
criticises its doer; warning a named side of a clash threatens it; working towards peace or
denuclearisation is an intent to cooperate; the clause told in a call whose 'that' the parser read as
a relative object; 'urged them' after a told clause points at the ones told; crying fraud accuses;
resorting to 'all means' threatens force. Some sentences come from the lane's fresh set A."""
from conftest import coded_full as coded, has_full_event as _has


def test_reported26_hoped_another_would_act_is_an_appeal(coder):
    evs = coded(coder, "Xi told Trump at the G20 summit in Osaka that China hoped the United States would treat "
                       "Chinese companies fairly.", "2019-06-28")
    assert _has(evs, "REQUEST", "CHN", "USA"), evs
    assert not _has(evs, "CONSULT"), evs


def test_reported26_hoped_for_itself_or_for_no_one_is_no_appeal(coder):
    assert coded(coder, "The minister said he hoped talks would resume soon.", "2020-03-02") == []


def test_reported26_own_want_is_intent(coder):
    evs = coded(coder, "China said it wanted to reach a deal with the United States.", "2019-05-10")
    assert _has(evs, "AGREE", "CHN", "USA"), evs
    assert not _has(evs, "SUPPORT"), evs


def test_reported26_amounted_to_genocide_accuses_the_doer(coder):
    evs = coded(coder, "Erdogan said Israel's attacks on Gaza amounted to genocide.", "2024-02-21")
    assert _has(evs, "ACCUSE", "TUR", "ISR"), evs


def test_reported26_amounted_to_a_sum_is_nothing(coder):
    assert coded(coder, "The minister said the aid amounted to 40 million dollars.", "2021-09-01") == []


def test_reported26_warned_a_side_of_confrontation_threatens_it(coder):
    evs = coded(coder, "Moscow warned Washington of a direct military confrontation if it supplied Tomahawk "
                       "missiles to Kyiv.", "2025-10-05")
    assert _has(evs, "THREATEN", "RUS", "USA", cameo="138"), evs


def test_reported26_warning_of_conflict_with_no_one_warned_is_a_forecast(coder):
    assert coded(coder, "The UN chief warned of a wider conflict in the region.", "2024-04-15") == []


def test_reported26_work_towards_denuclearisation_is_intent(coder):
    evs = coded(coder, "Kim Jong Un told Trump in Singapore that North Korea would work towards the complete "
                       "denuclearisation of the Korean peninsula.", "2018-06-12")
    assert _has(evs, "AGREE", "PRK", cameo="030"), evs


def test_reported26_worked_for_peace_for_decades_is_nothing(coder):
    assert coded(coder, "The envoy has worked for peace in the region for decades.", "2019-01-10") == []


def test_reported26_clause_told_in_a_call_and_urged_them(coder):
    evs = coded(coder, "Zelenskiy told EU leaders on a video call that Ukraine would not surrender and urged them "
                       "to impose the toughest sanctions on Russia.", "2022-02-24")
    assert _has(evs, "REQUEST", "UKR", "IGOEEC"), evs
    assert _has(evs, "REJECT", "UKR", cameo="124"), evs


def test_reported26_cried_fraud_accuses(coder):
    evs = coded(coder, "Trump cried fraud in the vote count as Biden edged ahead in Georgia and Pennsylvania.",
                "2020-11-05")
    assert _has(evs, "ACCUSE", "USA", cameo="1121"), evs


def test_reported26_all_means_to_defend_is_a_threat(coder):
    evs = coded(coder, "Putin said Russia would use all available means to defend its territory, adding that he "
                       "was not bluffing.", "2022-09-21")
    assert _has(evs, "THREATEN", "RUS", cameo="138"), evs
