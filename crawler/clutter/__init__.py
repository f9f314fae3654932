"""Clutter: every decision that a block or line of a page is not the article."""
