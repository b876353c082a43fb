"""Shapes found missing on a fourth fresh set of wire-style sentences (issue #3, helper wire4:
2015-2026 agency copy, less-covered regions), one cause per test. Every sentence here is written
for this file; none is taken from a gold set or from the fresh set itself."""
import pytest


from conftest import coded, has_event as _has


def _events(coder, text, date="2021-05-10"):
    return coded(coder, text, date)


@pytest.mark.parametrize("text, event, source, target", [
    # a border force named by its service is an actor, like border guards
    ("The Uzbek border service detained three Afghan smugglers near Termez.", "COERCE", "UZB", "AFG"),
    ("The Armenian and Iranian border services began sharing information on drug convoys.", "COOPERATE", "ARM", "IRN"),
    ("Mongolia's border guard service handed two Chinese poachers over to police in Erlian.", None, "MNG", None),
])
def test_wire4_border_services_are_actors(coder, text, event, source, target):
    evs = _events(coder, text)
    assert evs and any(source in src for _, _, src, _ in evs), evs
    if event:
        assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, source, target", [
    # a time limit named by its end ("until Friday") is an ultimatum like "gave them ten days"
    ("Somalia's president gave clan militias until midnight to leave the capital.", "SOM", "SOM"),
    ("ECOWAS granted the Malian junta until the end of the year to name an election date.", "IGO", "MLI"),
    ("Serbia gave Kosovo until Monday to withdraw its special police from the north, the Serbian president said.", "SRB", "XKX"),
])
def test_wire4_deadline_until_is_an_ultimatum(coder, text, source, target):
    assert _has(_events(coder, text), "THREATEN", source, target), _events(coder, text)


@pytest.mark.parametrize("text, event, source, target", [
    # leaving a bloc or court cuts relations with it; forces leaving a bloc's mission still retreat
    ("Burundi announced its withdrawal from the International Criminal Court on Friday.", "SANCTION", "BDI", "IGO"),
    ("Nicaragua said on Tuesday it was quitting the OAS and completed its withdrawal from the bloc two years later.", None, "NIC", None),
    ("The Philippines completed its withdrawal from the ICC, the presidential palace said.", "SANCTION", "PHL", "IGO"),
    ("Kenyan troops completed their withdrawal from the AU mission in Somalia.", "RETREAT", "KEN", None),
    ("France withdrew its troops from MINUSMA.", "RETREAT", "FRA", None),
])
def test_wire4_leaving_an_organisation_is_a_sanction(coder, text, event, source, target):
    evs = _events(coder, text)
    if event is None:
        assert not any(ev == "RETREAT" for ev, *_ in evs), evs
    else:
        assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, cameo, source", [
    # forces called out or in to act at home are mobilised, whatever the force is called
    ("Vanuatu's government called in the defence force after riots in Port Vila.", "154", "VUT"),
    ("Sri Lanka's president called out the armed forces to keep order, the gazette said.", "154", "LKA"),
    ("The Solomon Islands government called out its police force to guard the airport.", "153", "SLB"),
])
def test_wire4_forces_called_out_are_mobilised(coder, text, cameo, source):
    evs = _events(coder, text)
    assert any(c == cameo and source in src for _, c, src, _ in evs), evs


def test_wire4_calling_out_a_team_is_no_mobilisation(coder):
    assert not _events(coder, "The coach called out the defence for its poor play on Saturday.")


@pytest.mark.parametrize("text, source", [
    # outside investigators let in are international involvement, like inspectors
    ("Eritrea let the UN special rapporteur into the country for the first time.", "ERI"),
    ("Myanmar permitted ICC investigators to enter Rakhine state.", "MMR"),
    ("Sri Lanka allowed UN war crimes investigators to visit the north, the foreign ministry said.", "LKA"),
])
def test_wire4_investigators_let_in_is_international_involvement(coder, text, source):
    assert _has(_events(coder, text), "RETREAT", source), _events(coder, text)


@pytest.mark.parametrize("text, source, target", [
    # soldiers, guards or citizens held by the other side and handed back are released
    ("Azerbaijan returned two Armenian soldiers who had strayed across the border.", "AZE", "ARM"),
    ("Russia returned 90 Ukrainian servicemen under a prisoner exchange on Friday.", "RUS", "UKR"),
    ("North Korea returned the South Korean nationals it had seized at sea.", "PRK", "KOR"),
])
def test_wire4_captives_returned_are_released(coder, text, source, target):
    assert _has(_events(coder, text), "RETREAT", source, target), _events(coder, text)


@pytest.mark.parametrize("text, kept, dropped", [
    # a past-perfect relative clause on the object tells what came before the news, not news
    ("Tajikistan handed back nine Kyrgyz farmers it had detained near the border.", "RETREAT", "COERCE"),
    ("Kenya deported the Somali preachers it had arrested in March.", "COERCE", "COERCE 173"),
    ("Iran freed the British tanker it had seized in the Gulf, the port authority said.", "RETREAT", "COERCE"),
])
def test_wire4_past_perfect_relative_on_object_is_background(coder, text, kept, dropped):
    evs = _events(coder, text)
    assert any(ev == kept for ev, *_ in evs), evs
    if " " in dropped:
        event, cameo = dropped.split()
        assert not any(ev == event and c == cameo for ev, c, *_ in evs), evs
    else:
        assert not any(ev == dropped for ev, *_ in evs), evs


@pytest.mark.parametrize("text", [
    # a warning that a storm, flood or fire may strike is a forecast, not a threat
    "Officials in Port Vila warned that the cyclone could hit the northern islands on Sunday.",
    "The Fijian government warned that floods could cut the road to Nadi.",
    "Samoa's disaster office warned that a tsunami may reach the coast within an hour.",
])
def test_wire4_hazard_forecast_is_no_threat(coder, text):
    assert not any(ev == "THREATEN" for ev, *_ in _events(coder, text)), _events(coder, text)


@pytest.mark.parametrize("text, source, target", [
    ("Iran warned that its missiles could hit US bases in the Gulf.", "IRN", "USA"),
    ("Azerbaijan warned that its army would respond to any Armenian provocation.", "AZE", None),
])
def test_wire4_warnings_of_armed_harm_stay_threats(coder, text, source, target):
    assert _has(_events(coder, text), "THREATEN", source, target), _events(coder, text)


@pytest.mark.parametrize("text, event, source, target", [
    # a sum's "in" phrase names what the money is, like its "of" phrase
    ("Washington said it would suspend 40 million dollars in military aid to Burkina Faso.", "THREATEN", "USA", "BFA"),
    ("The EU froze 500 million euros in budget support for Niger after the coup.", "SANCTION", "IGO", "NER"),
    ("The United States said it would halt 70 million dollars in aid to Mali.", "THREATEN", "USA", "MLI"),
])
def test_wire4_sum_in_aid_names_the_aid(coder, text, event, source, target):
    assert _has(_events(coder, text), event, source, target), _events(coder, text)


@pytest.mark.parametrize("text, source", [
    # shrugging off criticism or a demand rejects it, like brushing it off
    ("Eritrea shrugged off the UN report on forced conscription.", "ERI"),
    ("Myanmar's junta shrugged off ASEAN's demand to release political prisoners.", "MMR"),
    ("Belarus shrugged off the new EU sanctions, the foreign ministry said.", "BLR"),
])
def test_wire4_shrugging_off_is_rejection(coder, text, source):
    evs = _events(coder, text)
    assert _has(evs, "REJECT", source), evs
    assert not any(ev == "RETREAT" for ev, *_ in evs), evs


@pytest.mark.parametrize("text, source, target", [
    # consequences promised to someone are a threat of measures against them
    ("Russia will impose consequences on Moldova if it joins NATO, the Kremlin said.", "RUS", "MDA"),
    ("The EU said it would impose serious consequences on Belarus over the forced landing.", "IGO", "BLR"),
])
def test_wire4_promised_consequences_are_a_threat(coder, text, source, target):
    assert _has(_events(coder, text), "THREATEN", source, target), _events(coder, text)


@pytest.mark.parametrize("text, source, target", [
    # a joint body or venture set up together is material cooperation
    ("Ghana and Ivory Coast set up a joint commission on cocoa prices.", "GHA", "CIV"),
    ("Kazakhstan launched a joint investment fund with Uzbekistan on Monday.", "KAZ", "UZB"),
    ("Fiji and Papua New Guinea established a joint venture to export fish to Japan.", "FJI", "PNG"),
])
def test_wire4_joint_ventures_are_cooperation(coder, text, source, target):
    assert _has(_events(coder, text), "COOPERATE", source, target), _events(coder, text)


@pytest.mark.parametrize("text, sides, kept", [
    # a bloc named only as the summit where two sides met is the venue: they meet each other
    ("Xi and Putin met on the sidelines of the SCO summit in Samarkand.", ("CHN", "RUS"), None),
    ("The Kyrgyz and Tajik presidents held talks during the CSTO summit in Yerevan.", ("KGZ", "TJK"), None),
    ("The Armenian and Azerbaijani leaders met at the EU summit in Granada.", ("ARM", "AZE"), None),
    # talks held with the bloc itself keep it
    ("Kenya and Somalia held talks with the African Union on Friday.", ("KEN", "SOM"), "IGO"),
])
def test_wire4_summit_of_a_bloc_is_a_venue(coder, text, sides, kept):
    evs = [e for e in _events(coder, text) if e[0] == "CONSULT"]
    assert evs, _events(coder, text)
    _, _, src, tgt = evs[0]
    assert set(sides) <= set(src), evs
    if kept:
        assert kept in tgt, evs
    else:
        assert "IGO" not in tgt and set(tgt) & set(sides), evs
