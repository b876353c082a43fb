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
    event_ids   VARCHAR[]
);
