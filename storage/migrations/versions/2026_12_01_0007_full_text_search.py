"""full-text search over stories

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 23:30:00

SQLite: an FTS5 external-content table `article_search` (title, headlines, text) over the view
`article_search_source`; triggers on `articles` and `article_urls` keep it in sync, so no write
path needs to know about it. PostgreSQL: `articles.search_vector` (tsvector, GIN-indexed), built
by triggers with the text-search configuration of the story's language.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# ISO 639-1 code -> PostgreSQL text-search configuration; only those the server has are used
PG_LANGUAGES = {
    "ar": "arabic", "ca": "catalan", "da": "danish", "de": "german", "el": "greek",
    "en": "english", "es": "spanish", "eu": "basque", "fi": "finnish", "fr": "french",
    "ga": "irish", "hi": "hindi", "hu": "hungarian", "hy": "armenian", "id": "indonesian",
    "it": "italian", "lt": "lithuanian", "ne": "nepali", "nl": "dutch", "no": "norwegian",
    "nb": "norwegian", "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian",
    "sv": "swedish", "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}  # fmt: skip

# headlines other than the story's own title: what syndicated copies and variants carried
_SQLITE_HEADLINES = """(SELECT group_concat(DISTINCT u.title) FROM article_urls u
     WHERE u.article_id = {id} AND u.title IS NOT {title}{extra})"""

SQLITE_UP = [
    f"""CREATE VIEW article_search_source AS
    SELECT a.id AS id, a.title AS title, {_SQLITE_HEADLINES.format(id="a.id", title="a.title", extra="")}
           AS headlines, a.text AS text
    FROM articles a""",
    """CREATE VIRTUAL TABLE article_search USING fts5(
        title, headlines, text,
        content='article_search_source', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN
        INSERT INTO article_search(rowid, title, headlines, text)
        SELECT id, title, headlines, text FROM article_search_source WHERE id = new.id;
    END""",
    f"""CREATE TRIGGER article_search_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO article_search(article_search, rowid, title, headlines, text)
        VALUES ('delete', old.id, old.title,
                {_SQLITE_HEADLINES.format(id="old.id", title="old.title", extra="")}, old.text);
        INSERT INTO article_search(rowid, title, headlines, text)
        SELECT id, title, headlines, text FROM article_search_source WHERE id = new.id;
    END""",
    """CREATE TRIGGER article_search_delete BEFORE DELETE ON articles BEGIN
        INSERT INTO article_search(article_search, rowid, title, headlines, text)
        SELECT 'delete', id, title, headlines, text FROM article_search_source WHERE id = old.id;
    END""",
    # a URL row changes the index only when it brings a headline the story did not have yet
    f"""CREATE TRIGGER article_search_url_insert AFTER INSERT ON article_urls
    WHEN new.title IS NOT NULL
     AND new.title IS NOT (SELECT title FROM articles WHERE id = new.article_id)
     AND NOT EXISTS (SELECT 1 FROM article_urls WHERE article_id = new.article_id
                     AND id != new.id AND title = new.title)
    BEGIN
        INSERT INTO article_search(article_search, rowid, title, headlines, text)
        SELECT 'delete', a.id, a.title,
               {_SQLITE_HEADLINES.format(id="a.id", title="a.title", extra=" AND u.id != new.id")},
               a.text
        FROM articles a WHERE a.id = new.article_id;
        INSERT INTO article_search(rowid, title, headlines, text)
        SELECT id, title, headlines, text FROM article_search_source WHERE id = new.article_id;
    END""",
    # after a cascade from a deleted story there is nothing left to re-index (EXISTS is false)
    """CREATE TRIGGER article_search_url_delete AFTER DELETE ON article_urls
    WHEN old.title IS NOT NULL
     AND EXISTS (SELECT 1 FROM articles WHERE id = old.article_id)
    BEGIN
        INSERT INTO article_search(article_search, rowid, title, headlines, text)
        SELECT 'delete', a.id, a.title,
               (SELECT group_concat(DISTINCT t) FROM (
                    SELECT u.title AS t FROM article_urls u WHERE u.article_id = a.id
                    UNION ALL SELECT old.title) WHERE t IS NOT a.title),
               a.text
        FROM articles a WHERE a.id = old.article_id;
        INSERT INTO article_search(rowid, title, headlines, text)
        SELECT id, title, headlines, text FROM article_search_source WHERE id = old.article_id;
    END""",
    "INSERT INTO article_search(article_search) VALUES ('rebuild')",
]

SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS article_search_url_delete",
    "DROP TRIGGER IF EXISTS article_search_url_insert",
    "DROP TRIGGER IF EXISTS article_search_delete",
    "DROP TRIGGER IF EXISTS article_search_update",
    "DROP TRIGGER IF EXISTS article_search_insert",
    "DROP TABLE IF EXISTS article_search",
    "DROP VIEW IF EXISTS article_search_source",
]


def _pg_config_function(available: set[str]) -> str:
    cases = " ".join(
        f"WHEN '{code}' THEN '{name}'"
        for code, name in sorted(PG_LANGUAGES.items())
        if name in available
    )
    return f"""CREATE FUNCTION newsagg_search_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT (CASE lower(left(coalesce(language, ''), 2)) {cases} ELSE 'simple' END)::regconfig
    $$"""


def _pg_query_function(available: set[str]) -> str:
    configs = sorted({name for name in PG_LANGUAGES.values() if name in available} | {"simple"})
    listed = ", ".join(f"'{name}'" for name in configs)
    # without a language filter a query matches a story in any language: the OR of the query as
    # each configuration stems it, each distinct form once (IMMUTABLE: folded once per query,
    # so the GIN index answers it)
    return f"""CREATE FUNCTION newsagg_search_query(query text, language text DEFAULT NULL)
    RETURNS tsquery LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
    DECLARE
        result tsquery;
        part tsquery;
        seen text[] := '{{}}';
        config regconfig;
    BEGIN
        IF language IS NOT NULL THEN
            RETURN websearch_to_tsquery(newsagg_search_config(language), query);
        END IF;
        FOREACH config IN ARRAY ARRAY[{listed}]::regconfig[] LOOP
            part := websearch_to_tsquery(config, query);
            IF numnode(part) > 0 AND NOT (part::text = ANY(seen)) THEN
                seen := seen || part::text;
                result := CASE WHEN result IS NULL THEN part ELSE result || part END;
            END IF;
        END LOOP;
        RETURN coalesce(result, websearch_to_tsquery('simple', query));
    END $$"""


PG_UP = [
    "ALTER TABLE articles ADD COLUMN search_vector tsvector",
    # texts are capped so that no story can exceed tsvector's 1 MB limit and fail its save
    """CREATE FUNCTION newsagg_article_vector(
        article_id bigint, language text, title text, body text) RETURNS tsvector
    LANGUAGE sql STABLE AS $$
        SELECT setweight(to_tsvector(cfg, coalesce(title, '')), 'A')
            || setweight(to_tsvector(cfg, coalesce((
                   SELECT string_agg(DISTINCT u.title, ' ') FROM article_urls u
                   WHERE u.article_id = $1 AND u.title IS DISTINCT FROM $3), '')), 'B')
            || setweight(to_tsvector(cfg, left(coalesce(body, ''), 500000)), 'D')
        FROM (SELECT newsagg_search_config(language) AS cfg) AS chosen
    $$""",
    """CREATE FUNCTION newsagg_articles_search() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.search_vector := newsagg_article_vector(NEW.id, NEW.language, NEW.title, NEW.text);
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER articles_search BEFORE INSERT OR UPDATE OF title, text, language
    ON articles FOR EACH ROW EXECUTE FUNCTION newsagg_articles_search()""",
    """CREATE FUNCTION newsagg_article_urls_search() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            UPDATE articles a SET search_vector =
                newsagg_article_vector(a.id, a.language, a.title, a.text)
            WHERE a.id = OLD.article_id AND OLD.title IS NOT NULL;
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
            UPDATE articles a SET search_vector =
                newsagg_article_vector(a.id, a.language, a.title, a.text)
            WHERE a.id = NEW.article_id AND NEW.title IS DISTINCT FROM a.title
              AND NEW.title IS NOT NULL;
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER article_urls_search AFTER INSERT OR DELETE OR UPDATE OF title, article_id
    ON article_urls FOR EACH ROW EXECUTE FUNCTION newsagg_article_urls_search()""",
    """UPDATE articles SET search_vector =
        newsagg_article_vector(id, language, title, text)""",
    "CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)",
]

PG_DOWN = [
    "DROP TRIGGER IF EXISTS article_urls_search ON article_urls",
    "DROP TRIGGER IF EXISTS articles_search ON articles",
    "DROP FUNCTION IF EXISTS newsagg_article_urls_search()",
    "DROP FUNCTION IF EXISTS newsagg_articles_search()",
    "DROP INDEX IF EXISTS ix_articles_search_vector",
    "ALTER TABLE articles DROP COLUMN IF EXISTS search_vector",
    "DROP FUNCTION IF EXISTS newsagg_article_vector(bigint, text, text, text)",
    "DROP FUNCTION IF EXISTS newsagg_search_query(text, text)",
    "DROP FUNCTION IF EXISTS newsagg_search_config(text)",
]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        available = {row[0] for row in bind.exec_driver_sql("SELECT cfgname FROM pg_ts_config")}
        statements = [_pg_config_function(available), _pg_query_function(available), *PG_UP]
    else:
        statements = SQLITE_UP
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    for statement in PG_DOWN if bind.dialect.name == "postgresql" else SQLITE_DOWN:
        op.execute(statement)
