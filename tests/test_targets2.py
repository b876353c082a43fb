"""Targets inside the object phrase (issue #3, helper targets2): each test holds sentences of one
shape, written for this file (not taken from an eval set), and checks the target country a reader
would give the main event."""
import pytest
from conftest import primary_event

DATE = "2001-06-01"


def _main(coder, text, date=DATE):
    p = primary_event(coder.code(text, date=date))
    return (p.event, [a.code[:3] for a in p.source], [a.code[:3] for a in p.target]) if p else None


# ------------------------------------------- a border phrase locates the act: the named owner's
# side, never the far side ("villages near Kenya's border with Ethiopia" are Kenyan villages);
# one's own border ("its border with Lithuania") still points at the other side
@pytest.mark.parametrize("text, source, target", [
    ("Ethnic Uzbeks threatened to seize villages near Kyrgyzstan's border with Tajikistan, Kyrgyz officials said.", "KGZ", "KGZ"),
    ("Ethnic Somalis attacked villages near Kenya's border with Ethiopia, Kenyan officials said.", "KEN", "KEN"),
    ("Ethnic Armenians have vowed to fight until they hold the villages near Azerbaijan's border with Iran, Azerbaijani officials said.", "AZE", "AZE"),
    ("Ethnic Serbs vowed to fight for villages near Bosnia's border with Croatia, Bosnian officials said.", "BIH", "BIH"),
    ("Belarus moved troops toward its border with Lithuania, Lithuanian officials said.", "BLR", "LTU"),
    ("Turkey closed its border with Syria after the attack.", "TUR", "SYR"),
])
def test_border_phrase_is_the_owners_side(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and source in main[1], main
    assert main[2] == [target], main


# ------------------------------------------- "the X-led war / mission": X is the one refused,
# backed or criticised, not the place the war is in or against; a led force that is an actor
# itself ("the Saudi-led coalition") stays the source of its own strikes
@pytest.mark.parametrize("text, source, target", [
    ("Spain refused to support the US-led invasion of Iraq without a new UN resolution.", "ESP", "USA"),
    ("Kenya refused to contribute troops to the Saudi-led war in Yemen.", "KEN", "SAU"),
    ("Chile opposed the US-led war against Iraq at the Security Council.", "CHL", "USA"),
    ("Brazil criticised the French-led intervention in Libya.", "BRA", "FRA"),
    ("Germany declined to take part in the British-led evacuation from Kabul.", "DEU", "GBR"),
    ("An airstrike by the Saudi-led coalition hit a market in northern Yemen.", "SAU", "YEM"),
])
def test_leader_of_a_led_war_is_the_target(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and source in main[1], main
    assert main[2] == [target], main


# ------------------------------------------- ethnic groups named alone ("Karen villages", "Naga
# insurgents") are coded by the country they live in, not by a neighbour named nearby
@pytest.mark.parametrize("text, source, target", [
    ("Burmese army units shelled Karen villages close to the Thai town of Mae Sot, Thai officials said.", "MMR", "MMR"),
    ("Thai police arrested five Karen fighters carrying rifles near Mae Hong Son.", "THA", "MMR"),
    ("Karen guerrillas ambushed a Burmese army convoy, Thai intelligence officers said.", "MMR", "MMR"),
    ("Naga insurgents attacked an Indian army camp in Manipur, killing four soldiers.", "IND", "IND"),
    ("Karenni rebels seized a Burmese army outpost near the Thai frontier.", "MMR", "MMR"),
])
def test_ethnic_group_is_its_home_country(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and source in main[1], main
    assert main[2] == [target], main


@pytest.mark.parametrize("text", [
    "Karen Armstrong accused the government of neglect.",
    "US Ambassador Karen Pierce criticised the decision.",
])
def test_given_name_is_no_ethnic_group(coder, text):
    assert all("MMR" not in a.code for e in coder.code(text, date=DATE) for a in e.source + e.target)


# ------------------------------------------- a weapon or unit whose country was only guessed
# (here from the country the attribution names twice) is no target when the clause names one
@pytest.mark.parametrize("text, source, target", [
    ("Ethiopian troops launched heavy mortar and rocket fire against Somali militia camps close to the Kenyan frontier today, Kenyan army officers said.", "ETH", "SOM"),
    ("Ugandan troops launched heavy mortar and rocket fire against Sudanese rebel camps close to the Kenyan frontier today, Kenyan police sources said.", "UGA", "SDN"),
    ("Syrian troops launched heavy mortar and rocket fire against Palestinian guerrilla camps close to the Jordanian frontier, Jordanian army sources said.", "SYR", "PSE"),
    ("Iraqi troops launched heavy mortar and rocket fire against Iranian army positions close to the Kuwaiti frontier, Kuwaiti officials said.", "IRQ", "IRN"),
    ("Vietnamese troops launched heavy mortar and rocket fire against Khmer Rouge bases close to the northern Thai frontier, killing 30, Thai army sources said.", "VNM", "KHM"),
    ("Ethiopian forces fired shells and rockets against Somali militia camps close to the Kenyan frontier, Kenyan army officers said.", "ETH", "SOM"),
    ("Ugandan forces fired shells and rockets against Sudanese rebel bases close to the Kenyan frontier, Kenyan police officers said.", "UGA", "SDN"),
    ("Iraqi forces fired shells and rockets against Iranian army positions close to the Kuwaiti frontier, Kuwaiti army officers said.", "IRQ", "IRN"),
])
def test_guessed_weapon_yields_to_named_target(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and source in main[1], main
    assert main[2] == [target], main


# ------------------------------------------- a consultation "in a phone call with X", "during
# talks with X" is with X, not with the place discussed; other acts keep their own target
@pytest.mark.parametrize("text, source, target", [
    ("Turkish Foreign Minister Mevlut Cavusoglu discussed the situation in Libya in a phone call with his Russian counterpart Sergei Lavrov.", "TUR", "RUS"),
    ("French President Emmanuel Macron discussed the crisis in Lebanon during talks with Saudi Crown Prince Mohammed bin Salman.", "FRA", "SAU"),
    ("Egyptian President Abdel Fattah al-Sisi discussed the conflict in Sudan at a meeting with Kenyan President William Ruto.", "EGY", "KEN"),
    ("Qatar's emir discussed the war in Gaza in a telephone conversation with Iranian President Ebrahim Raisi.", "QAT", "IRN"),
    ("Russian President Vladimir Putin condemned the attacks on Gaza in a phone call with Turkish President Recep Tayyip Erdogan.", "RUS", "PSE"),
])
def test_talk_partner_is_the_one_consulted(coder, text, source, target):
    main = _main(coder, text, "2023-11-20")
    assert main is not None and source in main[1], main
    assert main[2] == [target], main


# ------------------------------------------- a community's homes, shops or quarters in a town of
# another country take that country ("Serb homes in Pristina"); settlements keep their owner
@pytest.mark.parametrize("text, source, target, date", [
    ("Mobs torched Serb homes in Pristina after the riots, NATO officials said.", "XKX", "XKX", "2004-03-18"),
    ("Rioters attacked Albanian shops in Skopje, police said.", "MKD", "MKD", DATE),
    ("Kyrgyz police raided Uzbek neighbourhoods in the city of Jalal-Abad.", "KGZ", "KGZ", "2010-06-14"),
    ("Mobs attacked Armenian homes in Sumgait, killing dozens, Soviet officials said.", "AZE", "AZE", "1988-02-28"),
    ("Palestinian gunmen attacked Israeli settlements in the West Bank.", "PSE", "ISR", DATE),
])
def test_community_homes_take_the_towns_country(coder, text, source, target, date):
    main = _main(coder, text, date)
    assert main is not None and source in main[1], main
    assert main[2] == [target], main


# ------------------------------------------- "an X-flagged tanker", "an X-sponsored resolution",
# "an X-operated ship": X is hit, seized or refused, not the sea or country the text is about
@pytest.mark.parametrize("text, source, target", [
    ("Iran seized a Greek-flagged tanker in the Gulf of Oman, Greek officials said.", "IRN", "GRC"),
    ("China vetoed a French-sponsored resolution on Myanmar at the Security Council.", "CHN", "FRA"),
    ("Houthi rebels attacked a Norwegian-operated tanker in the Red Sea.", "YEM", "NOR"),
    ("Somali pirates hijacked a Danish-owned cargo ship off the Horn of Africa.", "SOM", "DNK"),
    ("Venezuela detained a US-owned oil tanker in the Caribbean.", "VEN", "USA"),
])
def test_flag_owner_or_sponsor_is_the_target(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and source in main[1], main
    assert main[2] == [target], main
