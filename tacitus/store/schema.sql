-- Tacitus store, schema version 1.
CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);
CREATE TABLE IF NOT EXISTS articles (
    doc_id       VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL UNIQUE,
    title        VARCHAR,
    date         DATE,
    date_source  VARCHAR,
    url          VARCHAR,
    source       VARCHAR,
    path         VARCHAR,
    n_words      INTEGER,
    n_events     INTEGER,
    text         VARCHAR,
    ingested_at  TIMESTAMP
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
CREATE TABLE IF NOT EXISTS events (
    event_id     VARCHAR PRIMARY KEY,
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
