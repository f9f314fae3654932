"""Fetching: the one Scrapy HTTP stack, the private-address guard, spiders and the process runner."""
