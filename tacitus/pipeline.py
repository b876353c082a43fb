"""The one per-document code path and the one batch generator.

    coder = Coder()                                  # loads model and dictionaries once
    events = coder.code(text, date="2022-02-04")     # list[Event]
    for result in coder.code_articles(articles):     # ArticleResult per Article, input order
        ...

Engines (local processes, Ray) only decide where `code_articles` runs.
"""
from __future__ import annotations

import logging
from collections import OrderedDict
from itertools import islice
from typing import Iterable, Iterator

import numpy

from tacitus.actors import DocActors, load_dictionary
from tacitus.config import Settings
from tacitus.events import load_lexicon, load_ontology
from tacitus.events.coder import EventCoder
from tacitus.extract.facts import article_facts, article_places
from tacitus.extract.places import dateline_place, default_gazetteer
from tacitus.model import Article, ArticleResult, Event
from tacitus.nlp import TEXT_KEY, load_model, steady_acronyms, word_count

log = logging.getLogger(__name__)

REPRINT_MEMORY = 64  # parsed texts kept, so an exact reprint later in the run is not parsed again
_NO_TENSOR = numpy.zeros((0, 0), dtype="float32")


class Coder:
    """Turns article text into coded events. Thread-compatible, not thread-safe."""

    def __init__(self, settings: Settings | None = None, *, nlp=None, dictionary=None, ontology=None, lexicon=None,
                 gazetteer=None):
        self.settings = settings or Settings.from_env()
        self.nlp = nlp or load_model(self.settings.model, self.settings.max_chars)
        tokenize = lambda s: [t.text for t in self.nlp.tokenizer(s)]  # noqa: E731
        self.dictionary = dictionary or load_dictionary(tokenize, self.settings.actors_files)
        steady_acronyms(self.nlp, self.dictionary.acronyms)  # "ECOWAS imposed sanctions" parsed as a name (odds14)
        self.ontology = ontology or load_ontology()
        self.lexicon = lexicon or load_lexicon(self.ontology)
        self.gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
        self.events = EventCoder(self.ontology, self.lexicon, include_negated=self.settings.include_negated)
        self._parsed: OrderedDict = OrderedDict()  # text -> parsed Doc, the last REPRINT_MEMORY texts
        self.reprints = 0  # articles whose parse was reused

    # -- single documents ---------------------------------------------------------------
    def code(self, text: str, *, date: str | None = None, doc_id: str | None = None) -> list[Event]:
        """Events of one text. `date` (YYYY-MM-DD) anchors relative dates and office terms."""
        article = Article(text=text, doc_id=doc_id or "", date=date)
        return self.code_article(article).events

    def code_article(self, article: Article) -> ArticleResult:
        doc = self.nlp(article.text)
        return self._result(article, doc)

    # -- batches ------------------------------------------------------------------------
    def code_articles(self, articles: Iterable[Article], *, batch_size: int | None = None) -> Iterator[ArticleResult]:
        """Code many articles with batched parsing; results come in input order.

        Wire copy is reprinted word for word by many outlets: a text identical to one parsed
        recently (in this batch or the last REPRINT_MEMORY texts) reuses that parse. Everything
        after the parse still runs for the reprint's own date and id, so its result is exactly
        what a fresh parse would give."""
        batch_size = batch_size or self.settings.batch_size
        articles = iter(articles)
        while chunk := list(islice(articles, batch_size)):
            docs = {a.text: self._parsed[a.text] for a in chunk if a.text in self._parsed}
            fresh = list(dict.fromkeys(a.text for a in chunk if a.text not in docs))
            docs.update(zip(fresh, self.nlp.pipe(fresh, batch_size=batch_size)))
            unseen = set(fresh)
            for article in chunk:
                doc = docs[article.text]
                if article.text in unseen:
                    unseen.discard(article.text)
                else:
                    self.reprints += 1
                result = self._result(article, doc)
                self._remember(article.text, doc)
                yield result

    def _remember(self, text: str, doc) -> None:
        if text in self._parsed:
            self._parsed.move_to_end(text)
            return
        doc.tensor = _NO_TENSOR  # the stages after the parse never read it; a reprint needs no copy
        self._parsed[text] = doc
        while len(self._parsed) > REPRINT_MEMORY:
            self._parsed.popitem(last=False)

    def _result(self, article: Article, doc) -> ArticleResult:
        if TEXT_KEY not in doc.user_data and len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(article.text):
            # the doc was parsed from this text, and spaCy's tokens give it back exactly: the stages
            # read it from here instead of `doc.text` joining every token again (0.026 s per 150 articles)
            doc.user_data[TEXT_KEY] = article.text
        actors = DocActors(doc, self.dictionary, article.date, self.gazetteer)
        places = article_places(doc, actors, self.gazetteer)
        actors.use_places(places)  # event locations use the article-level place resolution
        events = self.events.code_doc(doc, actors, doc_id=article.doc_id, date=article.date)
        dateline = dateline_place(places)
        if dateline is not None:
            for e in events:
                if e.location is None:
                    e.location = dateline.location()  # no place in the clause: where the story was filed
                    e.location_from = "dateline"
        n_words = word_count(doc)
        notes = []
        if article.date_source == "mtime":
            notes.append("date taken from the file's modification time")
        elif article.date is None:
            notes.append("no article date: relative dates and office terms are unresolved")
        facts = article_facts(doc, actors, events=events, date=article.date, places=places)
        return ArticleResult(article, events, actors.mentions(), n_words, notes, facts)
