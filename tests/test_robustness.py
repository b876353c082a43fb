"""Hostile input: no exception escapes the readers or the coder, and time stays linear."""
import json
import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tacitus.ingest import Skipped, read_articles
from tacitus.model import Article

# bench/fuzz.py raises the number of generated cases per property (10,000+ in all)
N = int(os.environ.get("TACITUS_FUZZ_EXAMPLES", "0"))

# text with control characters, bidi marks, combining sequences and odd quotes
NASTY = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs",)),
        st.sampled_from(["\u202e", "\u200f", "\u0301", "\u0308", "\x00", "\x1b", "“", "”", "'", '"', "\n", "\r", "\t"]),
    ),
    max_size=400,
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=N or 150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_robustness_text_reader_never_raises_on_random_bytes(tmp_path, data):
    p = tmp_path / "x.txt"
    p.write_bytes(data)
    for item in read_articles([str(p)]):
        assert isinstance(item, (Article, Skipped))


@settings(max_examples=N or 150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(st.one_of(JSON_VALUES, st.dictionaries(st.sampled_from(["text", "id", "date", "title"]), JSON_VALUES)), max_size=6))
def test_robustness_jsonl_reader_skips_every_malformed_record(tmp_path, values):
    p = tmp_path / "x.jsonl"
    p.write_text("\n".join(json.dumps(v) for v in values) + "\n{truncated", "utf-8")
    items = list(read_articles([str(p)]))
    assert all(isinstance(i, (Article, Skipped)) for i in items)
    assert isinstance(items[-1], Skipped)  # the truncated last line


@settings(max_examples=N or 60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=NASTY)
def test_robustness_coder_never_raises_and_spans_point_into_the_text(coder, text):
    for e in coder.code(text, date="2022-02-04"):
        assert text[e.span[0]:e.span[1]] == e.sentence
        assert e.event and -10 <= e.goldstein <= 10


@pytest.mark.parametrize(
    "unit",
    [
        "RUSSIA ATTACKED UKRAINE AND THE UNITED STATES CONDEMNED IT ",  # all caps
        "Putin met Xi and signed deals and agreed to talks and ",  # no sentence punctuation
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 ",  # thousands of numbers
        "“Russia said ‘we will strike’ and China '",  # unbalanced quotes
        "Москва 北京 Russia القاهرة met in Cairo ",  # mixed scripts
    ],
    ids=["caps", "no-punctuation", "numbers", "quotes", "scripts"],
)
def test_robustness_pathological_text_is_coded_in_linear_time(coder, unit):
    small, big = unit * 40, unit * 400
    # CPU seconds of this process: wall time on a loaded machine also counts other processes, and
    # a burst of them during one of the two runs skewed the ratio
    t0 = time.process_time()
    coder.code(small, date="2022-02-04")
    t_small = time.process_time() - t0
    t0 = time.process_time()
    coder.code(big, date="2022-02-04")
    t_big = time.process_time() - t0
    assert t_big < 30
    assert t_big < 30 * max(t_small, 0.02), f"10x the text took {t_big / max(t_small, 0.02):.0f}x the time"


# deeply nested, truncated and malformed HTML pages, as a scraped feed item can bring
HTML_PAGES = st.recursive(
    st.text(max_size=40).map(lambda t: t.replace("<", "&lt;")),
    lambda inner: st.builds(
        lambda tag, attrs, body, close: f"<{tag}{attrs}>" + "".join(body) + (f"</{tag}>" if close else ""),
        st.sampled_from(["div", "p", "article", "span", "table", "td", "script", "style", "b", "html", "body", "x-y"]),
        st.sampled_from(["", ' class="c"', " id=a", ' style="x', " onload='"]),
        st.lists(inner, max_size=4),
        st.booleans(),
    ),
    max_leaves=30,
)


@settings(max_examples=N or 80, deadline=None)
@given(page=HTML_PAGES, cut=st.integers(min_value=0, max_value=400), nest=st.integers(min_value=0, max_value=3000))
def test_robustness_page_extractor_never_raises_on_broken_html(page, cut, nest):
    from tacitus.watch.extract import main_text, make_article

    html = ("<div>" * nest + page)[: len(page) + nest * 5 - cut]  # very deep, then cut anywhere
    text = main_text(html.encode("utf-8", "surrogatepass"), url="http://127.0.0.1/a")
    assert text is None or isinstance(text, str)
    art = make_article(text=text or "", title="t", date=None, url="http://127.0.0.1/a", outlet="o",
                       where="http://127.0.0.1/a", max_chars=2_000_000)
    assert isinstance(art, (Article, Skipped))
