"""Configuration: one Settings model, loaded once by the CLI and passed down."""

from settings.model import (
    DatabaseSettings,
    DedupSettings,
    HttpSettings,
    PollSettings,
    ServeSettings,
    Settings,
    SourceConfig,
    default_database_url,
    load_settings,
    masked_settings,
)
from settings.topics import TopicProfile, TopicTerm, load_builtin_topics

__all__ = [
    "DatabaseSettings",
    "DedupSettings",
    "HttpSettings",
    "PollSettings",
    "ServeSettings",
    "Settings",
    "SourceConfig",
    "TopicProfile",
    "TopicTerm",
    "default_database_url",
    "load_builtin_topics",
    "load_settings",
    "masked_settings",
]
