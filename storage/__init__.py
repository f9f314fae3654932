"""Persistence and dedup: models, migrations, repository functions. Knows crawler.items, never HTTP."""
