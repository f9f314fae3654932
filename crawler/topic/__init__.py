"""Topic stage: profile term matching and relevance scoring with evidence."""

from crawler.topic.relevance import TopicScorer, keyword_baseline

__all__ = ["TopicScorer", "keyword_baseline"]
