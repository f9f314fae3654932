"""Topic: profile term matching and relevance scoring with evidence."""
