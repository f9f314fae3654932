"""Acquisition and processing: fetch, extract, clean, classify. Never touches the database."""
