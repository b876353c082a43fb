"""The evaluator's definitions (GUIDE.md section 4) on small gold files with a known coder."""
import json

import pytest

from tacitus.errors import InputError
from tacitus.evaluate import evaluate, format_report, load_gold
from tacitus.model import Actor, ArticleResult, Event


def _actor(code):
    return Actor(code, code, code, code[:3], code[3:6] or None)


def _event(event, src, tgt, conf):
    return Event("id", "d", None, event, None, [], "000", 0.0, 1, [_actor(c) for c in src], [_actor(c) for c in tgt],
                 "s", (0, 1), "t", conf)


class FakeCoder:
    """Returns scripted events per text, so the metrics can be checked by hand."""

    def __init__(self, script):
        self.script = script

    def code_articles(self, articles, batch_size=64):
        for a in articles:
            yield ArticleResult(a, self.script.get(a.text, []))


def _gold(tmp_path, records):
    p = tmp_path / "gold.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    return load_gold(str(p))


def test_evaluate_metrics_follow_the_guide_definitions(tmp_path):
    recs = _gold(tmp_path, [
        {"id": "1", "text": "a", "events": [{"event": "CONSULT", "source": ["RUSGOV"], "target": ["CHN"]}]},
        {"id": "2", "text": "b", "events": [{"event": "ASSAULT", "source": ["ISR"], "target": ["PSE"]}]},
        {"id": "3", "text": "c", "events": [{"event": "AGREE", "source": ["JAP"], "target": []}]},
        {"id": "4", "text": "d", "events": []},
    ])
    coder = FakeCoder({
        # right triple
        "a": [_event("CONSULT", ["RUS"], ["CHNGOV"], 0.9)],
        # primary (most confident) is wrong; a less confident one is right -> recall, not primary
        "b": [_event("ACCUSE", ["ISR"], ["PSE"], 0.9), _event("ASSAULT", ["ISRMIL"], ["PSE"], 0.5)],
        # JAP in gold is read as JPN; no gold target -> any target is fine
        "c": [_event("AGREE", ["JPNGOV"], [], 0.8)],
        # an event on a no-event record is a false positive
        "d": [_event("PROTEST", ["FRA"], [], 0.7)],
    })
    m = evaluate(coder, recs).metrics
    assert m["type_acc"] == pytest.approx(2 / 3, abs=1e-3)
    assert m["source_acc"] == 1.0
    assert m["target_acc"] == 1.0  # records 1 and 2 have gold targets; both primaries hit them
    assert m["primary_triple_acc"] == pytest.approx(2 / 3, abs=1e-3)
    assert m["triple_recall"] == 1.0
    assert m["triple_precision"] == pytest.approx(3 / 5)
    assert m["no_event_false_positive_rate"] == 1.0


def test_evaluate_ties_pick_the_first_event_in_the_text(tmp_path):
    recs = _gold(tmp_path, [{"id": "1", "text": "a", "events": [{"event": "REJECT", "source": ["TUR"], "target": []}]}])
    coder = FakeCoder({"a": [_event("REJECT", ["TUR"], [], 0.8), _event("ACCUSE", ["TUR"], [], 0.8)]})
    assert evaluate(coder, recs).metrics["type_acc"] == 1.0


def test_evaluate_report_has_table_confusion_and_misses(tmp_path):
    recs = _gold(tmp_path, [{"id": "x1", "text": "a", "events": [{"event": "AID", "source": ["USA"], "target": ["HTI"]}]}])
    report = evaluate(FakeCoder({}), recs)
    text = format_report(report, n_errors=5)
    assert "type_acc" in text and "confusion" in text
    assert "x1" in text and "no event found" in text


@pytest.mark.parametrize(
    "content, message",
    [("{bad json\n", "not valid JSON"), ('{"events": []}\n', "needs 'text'"), ("", "no gold records")],
)
def test_evaluate_bad_gold_files_raise_clear_errors(tmp_path, content, message):
    p = tmp_path / "g.jsonl"
    p.write_text(content)
    with pytest.raises(InputError, match=message):
        load_gold(str(p))


@pytest.mark.shared
def test_evaluate_plover_gold_loads_with_label_mapping(shared_data):
    recs = load_gold(str(shared_data / "plover-gsr-dev.json"))
    assert len(recs) == 179
    labels = {r.events[0].event for r in recs}
    assert not labels & {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"}
    assert {"REQUEST", "ACCUSE", "ASSAULT"} <= labels


@pytest.mark.slow
@pytest.mark.shared
def test_evaluate_cli_prints_one_json_line_on_the_plover_gold(cli, shared_data):
    r = cli("eval", str(shared_data / "plover-gsr-dev.json"), "--json")
    assert r.returncode == 0, r.stderr
    m = json.loads(r.stdout)
    for key in ("type_acc", "source_acc", "target_acc", "primary_triple_acc", "triple_f1"):
        assert 0.0 <= m[key] <= 1.0
    # a floor well under the measured values, so a broken coder cannot pass unnoticed
    assert m["type_acc"] >= 0.6 and m["primary_triple_acc"] >= 0.35


# ---- story records: gold events that name their evidence sentence, scored event by event ----

STORY = ("Ministers agree ceasefire talks\n"
         "Armenia and Azerbaijan agreed on Monday to hold talks in Vienna. "
         "Azerbaijani troops shelled an Armenian village the same night, officials said. "
         "The conflict has killed thousands since the 1990s.")
S1 = "Armenia and Azerbaijan agreed on Monday to hold talks in Vienna."
S2 = "Azerbaijani troops shelled an Armenian village"
S3 = "The conflict has killed thousands since the 1990s."


def _in(sentence, event, src, tgt, conf=0.8):
    e = _event(event, src, tgt, conf)
    e.sentence = sentence
    return e


def _story_record(**changes):
    events = [
        {"event": "AGREE", "cameo": "036", "source": ["ARM", "AZE"], "target": [], "sentence": S1},
        {"event": "ASSAULT", "cameo": "194", "source": ["AZEMIL"], "target": ["ARM"], "sentence": S2},
    ]
    rec = {"id": "s-1", "split": "stories", "text": STORY, "events": events}
    rec.update(changes)
    return rec


def test_story_events_score_by_sentence_with_repeats_counted_once(tmp_path):
    recs = _gold(tmp_path, [_story_record()])
    assert recs[0].is_story and recs[0].events[1].sentence == S2
    shelling = S2 + " the same night, officials said."
    coder = FakeCoder({STORY: [
        _in(S1, "AGREE", ["ARMGOV"], [], 0.9),  # matches gold 1
        _in(S1, "AGREE", ["AZE"], [], 0.8),  # the same gold event again: a repeat, in neither count
        _in(shelling, "ASSAULT", ["AZEMIL"], ["AZE"], 0.7),  # wrong target: spurious, gold 2 missed
        _in(S3, "ASSAULT", ["ARM"], [], 0.6),  # background sentence coded: spurious
        _in(S3, "AGREE", ["ARM"], [], 0.5),  # right triple, wrong sentence: spurious
    ]})
    report = evaluate(coder, recs)
    m = report.metrics
    assert m["gold_events"] == 2
    assert m["event_recall"] == 0.5
    assert m["event_precision"] == pytest.approx(1 / 4)
    assert m["event_f1"] == pytest.approx(2 * 0.25 * 0.5 / 0.75, abs=1e-3)
    # the record-level metrics keep their definitions: agree is a gold triple somewhere
    assert m["triple_recall"] == 1.0 and m["primary_triple_acc"] == 1.0
    text = format_report(report, n_errors=10)
    assert "event_recall" in text and "event-level misses" in text
    assert "missed   ASSAULT AZE -> ARM | in: Azerbaijani troops shelled" in text
    assert text.count("spurious") == 3 and "in: The conflict has killed" in text


def test_story_scores_perfectly_when_each_gold_event_is_found_in_its_sentence(tmp_path):
    recs = _gold(tmp_path, [_story_record(), {"id": "q", "text": "Quiet day.", "events": []}])
    coder = FakeCoder({STORY: [_in(S1, "AGREE", ["AZE"], [], 0.9),
                               _in("Azerbaijani troops  shelled an Armenian\nvillage", "ASSAULT", ["AZE"], ["ARMCVL"])]})
    m = evaluate(coder, recs).metrics
    assert (m["event_precision"], m["event_recall"], m["event_f1"]) == (1.0, 1.0, 1.0)
    # a prediction on a no-event record counts against event precision as well
    coder.script["Quiet day."] = [_in("Quiet day.", "PROTEST", ["FRA"], [])]
    assert evaluate(coder, recs).metrics["event_precision"] == pytest.approx(2 / 3, abs=1e-3)


def test_a_gold_span_holding_two_parser_sentences_matches_an_event_found_in_either(tmp_path):
    """An annotator's sentence the parser splits in two (a quotation opening '"[T]he' after a full
    stop): the event the coder finds in one half is at the place the gold names, not spurious."""
    story = ('Judge halts the order\nThe judge rejected the order on Friday. "[T]he ministry acted unlawfully," '
             'she wrote. Officials said they would appeal.')
    span = 'The judge rejected the order on Friday. "[T]he ministry acted unlawfully," she wrote.'
    rec = {"id": "s-2", "split": "stories", "text": story,
           "events": [{"event": "REJECT", "cameo": "120", "source": ["USAJUD"], "target": ["USAGOV"], "sentence": span}]}
    recs = _gold(tmp_path, [rec])
    coder = FakeCoder({story: [_in("The judge rejected the order on Friday.", "REJECT", ["USAJUD"], ["USAGOV"]),
                               _in('"[T]he ministry acted unlawfully," she wrote.', "REJECT", ["USAJUD"], ["USAGOV"], 0.5)]})
    m = evaluate(coder, recs).metrics
    assert (m["event_precision"], m["event_recall"]) == (1.0, 1.0)  # the second half's report is a repeat
    # an event from a sentence outside the span still counts against precision
    coder.script[story].append(_in("Officials said they would appeal.", "REJECT", ["USAJUD"], ["USAGOV"], 0.4))
    assert evaluate(coder, recs).metrics["event_precision"] == pytest.approx(1 / 2)


def test_event_metrics_on_plain_records_match_the_gold_anywhere_in_the_record(tmp_path):
    recs = _gold(tmp_path, [{"id": "1", "text": "a", "events": [{"event": "CONSULT", "source": ["RUS"], "target": []}]}])
    coder = FakeCoder({"a": [_event("CONSULT", ["RUSGOV"], [], 0.9), _event("ACCUSE", ["RUS"], [], 0.5)]})
    m = evaluate(coder, recs).metrics
    assert m["event_recall"] == 1.0 and m["event_precision"] == 0.5


@pytest.mark.parametrize(
    "change, message",
    [
        ({"sentence": "Georgia and Turkey agreed"}, "g.jsonl:2: event 1: sentence 'Georgia and Turkey agreed' is not in the record's text"),
        ({"sentence": ""}, "g.jsonl:2: event 1: 'sentence' must be a non-empty string"),
        ({"source": []}, "g.jsonl:2: event 1: a story event needs a 'source'"),
        ({"target": None}, "g.jsonl:2: event 1: a story event needs a 'target' list"),
    ],
)
def test_bad_story_records_name_the_file_line_and_problem(tmp_path, change, message):
    rec = _story_record()
    rec["events"][0].update(change)
    p = tmp_path / "g.jsonl"
    p.write_text(json.dumps({"id": "ok", "text": "x", "events": []}) + "\n" + json.dumps(rec) + "\n", "utf-8")
    with pytest.raises(InputError) as err:
        load_gold(str(p))
    assert message in str(err.value) and "\n" not in str(err.value)


def test_eval_cli_reports_a_bad_story_file_in_one_line(cli, tmp_path):
    rec = _story_record()
    rec["events"][1]["sentence"] = "Armenian troops shelled"
    p = tmp_path / "bad.jsonl"
    p.write_text(json.dumps(rec) + "\n", "utf-8")
    r = cli("eval", str(p))
    assert r.returncode != 0
    assert "bad.jsonl:1: event 2: sentence 'Armenian troops shelled' is not in the record's text" in r.stderr
    assert "Traceback" not in r.stderr
