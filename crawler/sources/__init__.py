"""Sources: feeds, sitemaps and site discovery, from bytes to entries and URLs (pure, no network)."""
