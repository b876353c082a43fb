"""The perf7 speed round's shortcuts give the answers the full work gives.

- `DocActors._agent_candidates`: the agent phrase matcher (`_agent_at`) is called only at tokens
  whose lemma or form starts an agent row, or whose form ends in "s" / "men". Here `_agent_at` is
  called at every OTHER token of a sample of the lane sentences and must find nothing: an agent
  row or a plural reading added later that the pre-test would skip fails this test instead of
  being skipped in silence.
- `tone._no_emoji_pass` and `tone._with_remembered_negations`: VADER's scores of a sentence handed
  over as a one-item string, with the negation words' answers remembered, equal a plain
  analyzer's scores of the plain string.
- `TokenTable.lemma_lower`: the lower-cased lemmas the resolver, the themes and the tone share.
"""
from __future__ import annotations

import pytest

from tacitus.actors import DocActors
from tacitus.extract import tone as tone_module
from tacitus.nlp import token_table

from conftest import lane_sample

SIZE = 1100  # lane sentences from every lane; a fixed number (it was every 6th: 2,000 by session 22)


@pytest.fixture(scope="module")
def docs(coder):
    recs = lane_sample(SIZE)
    return [(r.get("date"), doc) for r, doc in zip(recs, coder.nlp.pipe([r["text"] for r in recs]))]


def test_agent_matcher_finds_nothing_at_the_tokens_the_pretest_skips(coder, docs):
    skipped = found = 0
    problems = []
    for date, doc in docs:
        actors = DocActors(doc, coder.dictionary, date, coder.gazetteer)
        lowers, lemmas, _ = actors._columns()
        candidates = set(actors._agent_candidates(lowers, lemmas))
        starts = {s for s, _ in token_table(doc).sents}
        for i in range(len(doc)):
            if i in candidates:
                continue
            skipped += 1
            got = actors._agent_at(i, starts)
            if got is not None:
                problems.append(f"{doc.text!r}: {doc[i].text!r} -> {got}")
        found += sum(1 for a in actors.agent_at if a is not None)
    assert not problems, problems[:5]
    assert skipped > 10_000 and found > 500  # the sample is broad enough to mean something


def test_agent_phrases_still_found_through_the_pretest(coder):
    doc = coder.nlp("Rebels attacked the town. Gunmen killed two police officers and Kenyan MPs protested.")
    actors = DocActors(doc, coder.dictionary, "2020-03-02", coder.gazetteer)
    words = {doc[i].lower_ for i, a in enumerate(actors.agent_at) if a is not None}
    assert {"rebels", "gunmen", "police", "officers", "mps"} <= words


@pytest.mark.parametrize("text", [
    "The minister said the talks were a great success and thanked Turkey.",
    "Rebels killed 12 soldiers in a brutal attack, the army said on Sunday!!!",
    "It was NOT a good deal, officials warned, and it is kind of a disaster.",
    "Protesters were not happy :( but the police were very calm :)",
    "  He said the vote was fair, but the opposition called it a fraud?  ",
    "The summit ended without any agreement, no progress, nor hope.",
    "Moscow isn't pleased and Kyiv doesn't trust the deal; neither side never really agreed.",
    "Without doubt the talks were never so good, said the envoy, who wasn't at all happy.",
    "Turkey's president \u00c9rdogan praised the \u201cexcellent\u201d deal \U0001F600 with Russia.",
    "Peace \u2764\ufe0f and love, the crowd chanted as the ceasefire held.",
])
def test_compound_score_equals_plain_vader(text):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer, _ = tone_module._vader()
    plain = SentimentIntensityAnalyzer()
    assert tone_module._compound(analyzer, text) == plain.polarity_scores(text)["compound"]
    assert analyzer.polarity_scores(tone_module._no_emoji_pass(analyzer, text)) == plain.polarity_scores(text)


@pytest.mark.parametrize("word", ["not", "never", "isn't", "cannot", "without", "nope", "good", "n't", "NOT", ""])
def test_remembered_negation_answers_equal_vader(word):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer, negated

    check = tone_module._with_remembered_negations(SentimentIntensityAnalyzer._negation_check)
    remembered = check.__globals__["negated"]
    for _ in range(2):  # worked out, then remembered
        assert remembered([word]) == negated([word])
    assert remembered([word, "no"]) == negated([word, "no"])
    for start_i in (0, 1, 2):
        words = ["it", word, "so", "good"]
        assert check(1.5, words, start_i, 3) == SentimentIntensityAnalyzer._negation_check(1.5, words, start_i, 3)


def test_one_chunk_text_is_only_used_for_ascii_text():
    analyzer, _ = tone_module._vader()
    assert type(tone_module._no_emoji_pass(analyzer, "Talks failed.")) is not str
    odd = "Talks failed \U0001F61E."
    assert type(tone_module._no_emoji_pass(analyzer, odd)) is str


def test_shared_lower_case_lemmas(coder):
    doc = coder.nlp("The United Nations condemned the attacks on Kyiv.")
    table = token_table(doc)
    assert table.lemma_lower == [t.lemma_.lower() for t in doc]
    assert table.lemma_lower is table.lemma_lower  # made once per doc
