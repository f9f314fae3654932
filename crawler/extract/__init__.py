"""Extraction: Page -> Article (guarded parse, metadata, dates, authors, main text)."""
