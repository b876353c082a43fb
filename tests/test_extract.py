"""Stand-alone extractors: quotes, amounts, tone, themes (tacitus.extract)."""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from tacitus.actors import DocActors
from tacitus.errors import DataFileError
from tacitus.extract.amounts import extract_amounts, load_units, parse_number
from tacitus.extract.quotes import extract_quotes, find_quotes
from tacitus.extract.themes import default_themes, load_themes, themes
from tacitus.extract.tone import tone

ROOT = Path(__file__).resolve().parent.parent


def _quotes(coder, text, date="2022-02-04"):
    doc = coder.nlp(text)
    return extract_quotes(doc, DocActors(doc, coder.dictionary, date, coder.gazetteer))


# ----------------------------------------------------------------------------- quotes
def test_quotes_pronoun_speaker_resolves_to_person(coder):
    text = 'Russian President Vladimir Putin arrived in Beijing. "We are ready," he said.'
    [q] = _quotes(coder, text)
    assert q.text == "We are ready,"
    assert text[q.start : q.end] == q.text
    assert q.speaker.name == "Vladimir Putin" and q.speaker.code == "RUSGOV"
    assert q.speaker_text == "he" and q.verb == "say"


@pytest.mark.parametrize("text, quoted, speaker, verb", [
    ("\u201cWe warned them again and again,\u201d Biden said in a statement.", "We warned them again and again,", "Joe Biden", "say"),
    ('Chancellor Olaf Scholz said: "Germany has to answer that."', "Germany has to answer that.", "Olaf Scholz", "say"),
    ('"Ties have never been closer," Putin told Xi.', "Ties have never been closer,", "Vladimir Putin", "tell"),
    ('"It is a provocation," said Chinese Foreign Minister Wang Yi.', "It is a provocation,", "Wang Yi", "say"),
    ("EU foreign policy chief Josep Borrell slammed the \"brutal and unjustified\" force.", "brutal and unjustified", "Josep Borrell", "slam"),
])
def test_quotes_speaker_and_verb(coder, text, quoted, speaker, verb):
    [q] = _quotes(coder, text, date="2022-02-27")
    assert q.text == quoted
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.verb == verb


def test_quotes_partial_single_quoted_phrase(coder):
    text = "U.S. Secretary of State Antony Blinken praised the agreement as a 'worthy' model for the region."
    [q] = _quotes(coder, text, date="2023-06-19")
    assert q.text == "worthy" and q.verb == "praise"
    assert q.speaker.name == "Antony Blinken"


@pytest.mark.parametrize("text", [
    "The countries' leaders met in Minsk and the ministers' talks went on.",
    "He said they don't agree and won't sign Russia's plan.",
    "Rebels' weapons and the soldiers' families: the officers' pay was cut.",
])
def test_quotes_apostrophes_and_plural_possessives_are_not_quotes(coder, text):
    assert _quotes(coder, text) == []
    assert find_quotes(text) == []


def test_quotes_span_paragraphs_in_news_style(coder):
    text = ('Putin spoke to reporters in Beijing.\n\n"We are ready to talk.\n\n'
            '"We will not wait forever," he added.\n\nThe talks ended.')
    [q] = _quotes(coder, text)
    assert q.text == "We are ready to talk.\nWe will not wait forever,"
    assert text[q.start : q.end].startswith("We are ready") and text[q.start : q.end].endswith("forever,")
    assert q.speaker.name == "Vladimir Putin" and q.verb == "add"


def test_quotes_unclosed_quote_stops_at_paragraph_end(coder):
    text = 'Xi said "we are ready.\n\nThe talks ended. "Fine," Putin said.'
    quotes = _quotes(coder, text)
    assert [q.text for q in quotes] == ["Fine,"]


def test_quotes_headline_fragments_are_not_quotes(coder):
    text = 'Putin and Xi hail "no limits" partnership\nRussia and China said ties "have no limits".'
    quotes = _quotes(coder, text)
    assert [q.text for q in quotes] == ["have no limits"]


def test_quotes_follow_on_quote_inherits_speaker(coder):
    text = '\u201cWe warned them,\u201d Biden said. \u201cThey kept firing.\u201d'
    first, second = _quotes(coder, text, date="2024-01-12")
    assert first.speaker.name == second.speaker.name == "Joe Biden"


def test_quotes_without_actors_still_give_speaker_text(coder):
    doc = coder.nlp('"Go away!" the crowd chanted.')
    [q] = extract_quotes(doc, None)
    assert q.speaker is None and q.speaker_text == "the crowd" and q.verb == "chant"


# ----------------------------------------------------------------------------- amounts
@pytest.mark.parametrize("words, value", [
    (["two"], 2), (["a", "dozen"], 12), (["1.5", "million"], 1.5e6), (["10", "billion"], 1e10),
    (["2bn"], 2e9), (["1,000"], 1000), (["two", "hundred"], 200), (["twenty", "five"], 25),
    (["several"], None),
])
def test_amounts_parse_number(words, value):
    assert parse_number(words) == value


@pytest.mark.parametrize("text, value, unit, kind, counted, rate", [
    ("Gazprom will supply 10 billion cubic meters of gas a year.", 1e10, "cubic metre", "quantity", "gas", "per year"),
    ("The attack killed 12 people.", 12, "people", "casualties", "people", None),
    ("The EU pledged $50 million.", 5e7, "USD", "money", None, None),
    ("The EU pledged €2bn.", 2e9, "EUR", "money", None, None),
    ("Support fell to 38 percent.", 38, "percent", "percent", None, None),
    ("Brent rose to $80 a barrel.", 80, "USD", "money", None, "per barrel"),
    ("Germany sent 1,000 anti-tank weapons.", 1000, "weapon", "count", "anti-tank weapons", None),
    ("Russia massed more than 100,000 troops near the border.", 100000, "troop", "count", "troops", None),
    ("A dozen soldiers died in the blast.", 12, "soldier", "casualties", "soldiers", None),
    ("The EU will spend 450 million euros on weapons.", 4.5e8, "EUR", "money", None, None),
])
def test_amounts_examples(coder, text, value, unit, kind, counted, rate):
    amounts = extract_amounts(coder.nlp(text))
    assert len(amounts) == 1, amounts
    a = amounts[0]
    assert a.value == pytest.approx(value)
    assert (a.unit, a.kind, a.counted, a.rate) == (unit, kind, counted, rate)
    assert text[a.start : a.end] == a.text


@pytest.mark.parametrize("text", [
    "The government announced a slew of measures.",
    "The law was passed in 2019.",
    "Several people and many soldiers were hurt in dozens of attacks.",
    "The two countries signed a 30-year contract after ten days of talks.",
    "Lukashenko, 65, has ruled since 1994.",
    "The meeting began at 10:30 on Feb. 4.",
    "Tens of thousands of people marched; thousands were detained.",
    "The Security Council adopted Resolution 2231.",
])
def test_amounts_skip_vague_dates_and_names(coder, text):
    assert extract_amounts(coder.nlp(text)) == []


def test_amounts_unit_lexicon_errors_name_the_line(tmp_path):
    bad = tmp_path / "units.tsv"
    bad.write_text("surface\tunit\tkind\tfactor\tposition\n$\tUSD\tmoney\t1\tbefore\nkm\tkilometre\tlength\t1\tafter\n")
    with pytest.raises(DataFileError, match=r"units.tsv:3: kind must be one of"):
        load_units(bad)


# ----------------------------------------------------------------------------- tone
def test_tone_signs(coder):
    good = tone(coder.nlp("The leaders praised the excellent agreement and celebrated a wonderful, peaceful success."))
    bad = tone(coder.nlp("The horrible attack killed dozens, and the terrified survivors condemned the brutal violence."))
    assert good.tone > 0 and good.positive > good.negative and good.compound > 0
    assert bad.tone < 0 and bad.negative > bad.positive and bad.compound < 0
    assert good.polarity == pytest.approx(good.positive + good.negative)


def test_tone_v2tone_fields_and_sentences(coder):
    doc = coder.nlp("We love peace. They hate war and we do not like it.")
    t = tone(doc)
    assert t.word_count == 12
    assert len(t.sentences) == 2 and t.sentences[0].tone > 0 and t.sentences[1].tone < 0
    assert t.self_group_density == pytest.approx(100 * 4 / 12, abs=1e-3)  # we, they, we, it
    assert len(t.v2tone().split(",")) == 7
    assert tone(coder.nlp("")).word_count == 0


def test_tone_negation_flips_sign(coder):
    assert tone(coder.nlp("The talks were not good.")).tone < 0


# ----------------------------------------------------------------------------- themes
def test_themes_sanctions_energy_paragraph(coder):
    text = ("The European Union imposed new sanctions on Russia's energy sector, banning imports of "
            "Russian crude oil and freezing assets of Gazprom, as gas prices rose and NATO allies met.")
    hits = {h.theme: h for h in themes(coder.nlp(text))}
    assert {"sanctions", "energy"} <= set(hits)
    assert hits["energy"].count >= 3
    assert "sanctions" in hits["sanctions"].triggers
    assert "trade" in hits  # "imports"


def test_themes_taxonomy_is_documented():
    names = default_themes().names
    assert len(names) >= 40
    doc = (ROOT / "docs" / "themes.md").read_text("utf-8")
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", doc, re.M))
    assert names == documented
    required = {"energy", "security", "elections", "sanctions", "sports", "migration", "health", "protest",
                "terrorism", "trade", "nuclear", "cyber", "climate", "human_rights", "corruption", "economy",
                "food_security", "humanitarian_aid", "diplomacy", "military_exercises", "maritime",
                "border_dispute", "refugees", "disaster", "religion", "media_freedom", "judiciary", "arms_trade",
                "space", "technology", "agriculture", "education", "labour", "gender", "drugs", "crime",
                "pandemic", "debt", "currency", "infrastructure"}
    assert required <= names


def test_themes_lexicon_errors_name_the_line(tmp_path):
    bad = tmp_path / "themes.tsv"
    bad.write_text("theme\ttrigger\nenergy\tgas\nEnergy Policy\toil\n")
    with pytest.raises(DataFileError, match=r"themes.tsv:3: theme must be"):
        load_themes(bad)


# ----------------------------------------------------------------------------- robustness
def _pathological(size: int) -> str:
    """Unbalanced quotes, thousands of numbers, no sentence punctuation, all caps, mixed scripts."""
    chunk = ('he said "we are ready and 12 people 3,000 troops $5 million 38 percent \u201cno '
             "limits the countries' gas 10 billion cubic meters a year ' quoted 'worthy \u041f\u0443\u0442\u0438\u043d "
             "SANCTIONS ON ENERGY 1 2 3 4 5 6 7 8 9 10 \u201d \u201d \" '")
    return (chunk * (size // len(chunk) + 1))[:size]


@pytest.mark.slow
def test_extractors_linear_on_1mb_pathological_text(coder):
    nlp = coder.nlp
    texts = [_pathological(100_000) for _ in range(10)]
    docs = list(nlp.pipe(texts, batch_size=2))
    # DocActors is the resolver's cost, not the extractors' (about 5 s per 100 KB one-sentence
    # doc): resolve the first doc only; the others run quotes without actors
    actors_first = DocActors(docs[0], coder.dictionary, "2022-02-04", coder.gazetteer)
    # CPU seconds of this process, not wall time: on a loaded machine (or beside a parallel test
    # worker) the wall clock also counts the time other processes ran; quadratic work still fails
    started = time.process_time()
    n_quotes = n_amounts = 0
    for k, doc in enumerate(docs):
        actors = actors_first if k == 0 else None
        n_quotes += len(extract_quotes(doc, actors))
        n_amounts += len(extract_amounts(doc))
        themes(doc)
    elapsed = time.process_time() - started
    assert elapsed < 20, f"extractors took {elapsed:.1f} CPU seconds on 1 MB"
    assert n_amounts > 1000 and n_quotes > 0
    # the quote scan alone on one 1 MB string
    text = _pathological(1_000_000)
    started = time.process_time()
    find_quotes(text)
    assert time.process_time() - started < 5


@pytest.mark.slow
def test_gazetteer_index_is_cached_on_disk_and_rebuilt_when_damaged(tmp_path, monkeypatch):
    from tacitus.extract.places import Gazetteer, _cache_file

    monkeypatch.setenv("TACITUS_CACHE_DIR", str(tmp_path / "cache"))
    built = Gazetteer()
    cached_file = _cache_file(15000)
    assert cached_file.is_file() and cached_file.parent == tmp_path / "cache"
    cached = Gazetteer()
    assert cached.by_name == built.by_name
    assert cached.lookup("Basra").country == "IRQ"
    assert cached.lookup("Moscow", prefer=("RUS",)).country == "RUS"
    cached_file.write_bytes(b"not a pickle")  # damaged: rebuilt and rewritten, same answers
    assert Gazetteer().lookup("Basra").country == "IRQ"
    assert Gazetteer().by_name == built.by_name
