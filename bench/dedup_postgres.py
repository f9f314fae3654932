"""The dedup benchmark's PostgreSQL side: a fresh schema in your own database (never CI's
`test`), loaded with COPY, indexes and the foreign key added after the load as a bulk import
would; and the database's size per story."""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Engine, create_engine, text

from bench.dedup_scale import CHUNK, NOW, article_rows, sorted_bands
from settings import DedupSettings
from storage.models import Base


def populate_postgres(url: str, values: npt.NDArray[np.uint32], settings: DedupSettings) -> None:
    """Load with COPY into a fresh schema; indexes and foreign keys are added after the load,
    as a bulk import would."""
    engine = fresh_postgres_schema(url)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        _copy_articles(cursor, values)
        keys, ids = sorted_bands(values, settings.bands)
        with cursor.copy("COPY article_bands (band_key, article_id) FROM STDIN") as copy:
            for start in range(0, len(keys), CHUNK * 10):
                stop = start + CHUNK * 10
                buffer = io.StringIO()
                np.savetxt(buffer, np.column_stack([keys[start:stop], ids[start:stop]]),
                           fmt="%d", delimiter="\t")  # fmt: skip
                copy.write(buffer.getvalue())
        raw.commit()
    finally:
        raw.close()
    with engine.begin() as connection:
        for statement in POSTGRES_AFTER_LOAD:
            connection.execute(text(statement))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE"))
    engine.dispose()


def fresh_postgres_schema(url: str) -> Engine:
    """The schema of the models in an emptied database (never CI's `test`), without the band
    table's indexes and foreign key (POSTGRES_AFTER_LOAD adds them)."""
    if url.rsplit("/", 1)[-1] == "test":
        raise ValueError("the benchmark never uses the CI database `test`")
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    Base.metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE article_bands DROP CONSTRAINT pk_article_bands"))
        connection.execute(
            text("ALTER TABLE article_bands DROP CONSTRAINT fk_article_bands_article_id_articles")
        )
        connection.execute(text("DROP INDEX ix_article_bands_article_id"))
    return engine


POSTGRES_AFTER_LOAD = (
    "ALTER TABLE article_bands ADD CONSTRAINT pk_article_bands PRIMARY KEY (band_key, article_id)",
    "CREATE INDEX ix_article_bands_article_id ON article_bands (article_id)",
    "ALTER TABLE article_bands ADD CONSTRAINT fk_article_bands_article_id_articles FOREIGN KEY "
    "(article_id) REFERENCES articles (id) ON DELETE CASCADE",
    "SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))",
)


def _copy_articles(cursor: Any, values: npt.NDArray[np.uint32]) -> None:
    columns = (
        "id, url, text, text_hash, minhash, fetched_at, updated_at, authors, credits, evidence, "
    )
    columns += "is_relevant, revision"
    with cursor.copy(f"COPY articles ({columns}) FROM STDIN") as copy:
        for start in range(0, len(values), CHUNK):
            for row in article_rows(values, start, min(start + CHUNK, len(values))):
                copy.write_row(
                    (row["id"], row["url"], row["text"], row["text_hash"], row["minhash"],
                     NOW, NOW, "[]", "[]", "[]", True, 1)
                )  # fmt: skip


def postgres_sizes(engine: Engine, count: int) -> dict[str, float]:
    with engine.connect() as connection:
        database = connection.scalar(text("SELECT pg_database_size(current_database())"))
        bands = connection.scalar(text("SELECT pg_total_relation_size('article_bands')"))
    return {"db_bytes_per_story": round(database / count, 1),
            "band_bytes_per_story": round(bands / count, 1)}  # fmt: skip
