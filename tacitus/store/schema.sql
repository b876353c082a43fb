-- Tacitus store, schema version 2 (see migrate.py for how older stores are brought up to date).
--
-- One real-world event is one row of `events`; every report of it (a sentence in an article)
-- is one row of `mentions`, so an event told by ten articles is counted once, with ten
-- mentions as its evidence (GDELT's events and mentions tables). An article that reprints
-- another is stored with `duplicate_of` naming the first-seen article.
CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);
CREATE TABLE IF NOT EXISTS articles (
    doc_id       VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    title        VARCHAR,
    date         DATE,
    date_source  VARCHAR,
    url          VARCHAR,
    source       VARCHAR,
    path         VARCHAR,
    n_words      INTEGER,
    n_events     INTEGER,
    text         VARCHAR,
    ingested_at  TIMESTAMP,
    duplicate_of VARCHAR,   -- doc_id of the first-seen article this one reprints (NULL: original)
    dup_kind     VARCHAR,   -- exact | near
    dup_score    DOUBLE     -- estimated Jaccard similarity of word shingles with the original
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash);
-- MinHash signatures of article texts, for near-duplicate detection across runs.
CREATE TABLE IF NOT EXISTS signatures (
    doc_id  VARCHAR PRIMARY KEY,
    minhash BLOB
);
CREATE TABLE IF NOT EXISTS actor_mentions (
    doc_id   VARCHAR NOT NULL,
    start    INTEGER,
    "end"    INTEGER,
    text     VARCHAR,
    name     VARCHAR,
    code     VARCHAR,
    country  VARCHAR,
    sector   VARCHAR,
    kind     VARCHAR
);
CREATE TABLE IF NOT EXISTS mentions (
    mention_id   VARCHAR PRIMARY KEY,
    event_id     VARCHAR NOT NULL,   -- the merged event this report belongs to
    doc_id       VARCHAR NOT NULL,
    date         DATE,
    event        VARCHAR,
    mode         VARCHAR,
    context      VARCHAR[],
    cameo        VARCHAR,
    goldstein    DOUBLE,
    quad_class   TINYINT,
    source_codes VARCHAR[],
    target_codes VARCHAR[],
    source_json  VARCHAR,
    target_json  VARCHAR,
    location_json VARCHAR,
    sentence     VARCHAR,
    span_start   INTEGER,
    span_end     INTEGER,
    trigger      VARCHAR,
    confidence   DOUBLE,
    modality     VARCHAR,
    date_text    VARCHAR
);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions (event_id);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions (doc_id);
CREATE TABLE IF NOT EXISTS events (
    event_id     VARCHAR PRIMARY KEY,  -- the mention_id of its first report
    merge_key    VARCHAR NOT NULL,     -- event type | source codes | target codes
    doc_id       VARCHAR NOT NULL,     -- the article, sentence, span... of its first report
    date         DATE,
    event        VARCHAR,
    mode         VARCHAR,
    context      VARCHAR[],
    cameo        VARCHAR,
    goldstein    DOUBLE,
    quad_class   TINYINT,
    source_codes VARCHAR[],
    target_codes VARCHAR[],
    source_json  VARCHAR,
    target_json  VARCHAR,
    location_json VARCHAR,
    sentence     VARCHAR,
    span_start   INTEGER,
    span_end     INTEGER,
    trigger      VARCHAR,
    confidence   DOUBLE,               -- the highest of its mentions
    modality     VARCHAR,
    date_text    VARCHAR,
    num_mentions INTEGER,
    num_articles INTEGER,
    num_sources  INTEGER,              -- distinct outlets
    first_seen   TIMESTAMP,
    merge_place  VARCHAR               -- the place merging compares: its location unless that is only the dateline
);
CREATE INDEX IF NOT EXISTS events_key ON events (merge_key);
CREATE TABLE IF NOT EXISTS quotes (
    doc_id        VARCHAR NOT NULL,
    start         INTEGER,
    "end"         INTEGER,
    text          VARCHAR,
    speaker_code  VARCHAR,
    speaker_name  VARCHAR,
    speaker_text  VARCHAR,
    verb          VARCHAR
);
CREATE TABLE IF NOT EXISTS amounts (
    doc_id   VARCHAR NOT NULL,
    start    INTEGER,
    "end"    INTEGER,
    text     VARCHAR,
    value    DOUBLE,
    unit     VARCHAR,
    counted  VARCHAR,
    rate     VARCHAR,
    kind     VARCHAR,
    trigger  VARCHAR
);
CREATE TABLE IF NOT EXISTS themes (
    doc_id   VARCHAR NOT NULL,
    theme    VARCHAR,
    count    INTEGER,
    triggers VARCHAR[]
);
CREATE TABLE IF NOT EXISTS tone (
    doc_id             VARCHAR PRIMARY KEY,
    tone               DOUBLE,
    positive           DOUBLE,
    negative           DOUBLE,
    polarity           DOUBLE,
    activity_density   DOUBLE,
    self_group_density DOUBLE,
    word_count         INTEGER,
    compound           DOUBLE
);
CREATE TABLE IF NOT EXISTS places (
    doc_id         VARCHAR NOT NULL,
    start          INTEGER,
    "end"          INTEGER,
    text           VARCHAR,
    name           VARCHAR,
    feature        VARCHAR,
    geonameid      BIGINT,
    lat            DOUBLE,
    lon            DOUBLE,
    country        VARCHAR,
    city           VARCHAR,
    city_geonameid BIGINT,
    dateline       BOOLEAN
);
CREATE TABLE IF NOT EXISTS dates (
    doc_id      VARCHAR NOT NULL,
    start       INTEGER,
    "end"       INTEGER,
    text        VARCHAR,
    date_start  DATE,
    date_end    DATE,
    granularity VARCHAR,
    kind        VARCHAR,
    mention_ids VARCHAR[]          -- the event reports (mentions) of the expression's clause
);
-- Watched sources (tacitus watch): one row per folder or feed, its HTTP validators and health.
CREATE TABLE IF NOT EXISTS sources (
    source_id     VARCHAR PRIMARY KEY,
    kind          VARCHAR NOT NULL,
    location      VARCHAR NOT NULL,
    title         VARCHAR,
    etag          VARCHAR,
    last_modified VARCHAR,
    cursor        VARCHAR,
    last_attempt  TIMESTAMP,
    last_success  TIMESTAMP,
    last_error    VARCHAR,
    last_error_at TIMESTAMP,
    errors        INTEGER DEFAULT 0,
    items         INTEGER DEFAULT 0,
    duplicates    INTEGER DEFAULT 0,
    failed        INTEGER DEFAULT 0,
    events        INTEGER DEFAULT 0
);
-- Every feed item or folder file seen, and what became of it (new, duplicate, failed).
CREATE TABLE IF NOT EXISTS source_items (
    source_id  VARCHAR NOT NULL,
    item_key   VARCHAR NOT NULL,
    url        VARCHAR,
    version    VARCHAR,
    doc_id     VARCHAR,
    status     VARCHAR NOT NULL,
    error      VARCHAR,
    attempts   INTEGER DEFAULT 1,
    first_seen TIMESTAMP,
    last_seen  TIMESTAMP,
    PRIMARY KEY (source_id, item_key)
);
