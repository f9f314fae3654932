"""The Settings model: defaults < TOML config file < NEWSAGG_* environment < CLI flags."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from settings.topics import TopicProfile, load_builtin_topics

DEFAULT_DB_FILENAME = "newsagg.db"
CONFIG_ENV = "NEWSAGG_CONFIG"
DATABASE_URL_ENV = "NEWSAGG_DATABASE_URL"
DEFAULT_CONFIG_FILENAME = "newsagg.toml"


def default_database_url() -> str:
    """SQLite file `newsagg.db` in the current directory."""
    return f"sqlite:///{Path.cwd() / DEFAULT_DB_FILENAME}"


class Section(BaseModel):
    """A group of settings; unknown keys are errors, so a typo in the config file is reported."""

    model_config = ConfigDict(extra="forbid")


class DatabaseSettings(Section):
    url: SecretStr = Field(
        default_factory=lambda: SecretStr(default_database_url()),
        description="any SQLAlchemy URL; default: SQLite file newsagg.db in the current directory",
    )
    echo: bool = False

    @field_validator("url", mode="before")
    @classmethod
    def _accept_plain_paths(cls, value: Any) -> Any:
        raw = value.get_secret_value() if isinstance(value, SecretStr) else value
        if isinstance(raw, str) and "://" not in raw:
            return f"sqlite:///{Path(raw).expanduser().resolve()}"
        if isinstance(raw, str) and raw.startswith(("postgresql://", "postgres://")):
            # psycopg 3 is the driver we ship; plain postgresql:// would ask for psycopg2
            return "postgresql+psycopg://" + raw.split("://", 1)[1]
        return value

    @field_validator("url")
    @classmethod
    def _parseable(cls, value: SecretStr) -> SecretStr:
        from sqlalchemy.engine import make_url  # SQLAlchemy costs ~1 s to import; only needed here

        try:
            make_url(value.get_secret_value())
        except Exception:  # the message would quote the URL, password and all
            raise ValueError("not a database URL that SQLAlchemy can parse") from None
        return value


class HttpSettings(Section):
    user_agent: str = "newsagg/0.1 (+{contact_url})"
    contact_url: str = "https://github.com/newsagg/newsagg"
    timeout_s: float = 20.0
    max_body_bytes: int = 10 * 1024 * 1024
    retries: int = 2
    obey_robots: bool = True
    concurrent_requests: int = 16
    concurrent_per_host: int = 2
    download_delay_s: float = 0.5
    autothrottle: bool = True
    max_redirects: int = 10
    allow_private_networks: bool = Field(
        default=False,
        description="follow links/redirects into private, loopback and link-local addresses",
    )

    def resolved_user_agent(self) -> str:
        return self.user_agent.format(contact_url=self.contact_url)


class PollSettings(Section):
    default_interval_s: int = 1800
    min_interval_s: int = 300
    max_interval_s: int = 6 * 3600
    max_backoff_s: int = 24 * 3600
    unconditional_every: int = Field(
        default=10,
        description="every Nth poll ignores stored validators (guards against stale ETags)",
    )
    quiet_spell_s: int = Field(
        default=2 * 24 * 3600,
        description="after this long without new entries, poll unconditionally",
    )
    fetch_articles: bool = True
    entry_max_attempts: int = Field(
        default=8,
        description="an entry's page that failed this often is given up (rejected as gave_up)",
    )


class CrawlSettings(Section):
    depth: int = 2
    max_pages: int = 500
    interval_s: int = 6 * 3600
    frontier_redis_url: SecretStr | None = Field(
        default=None,
        description="share crawl queues and seen-sets in Redis (scrapy-redis) across processes",
    )


class DedupSettings(Section):
    # measured on tests/data/syndication (bench/dedup.py): edited copies sit above Jaccard 0.45,
    # different stories below 0.3; excerpts keeping 30% of a story have Jaccard ~0.2 with it,
    # so bands of 2 rows: 48 of them make a 0.2 pair a candidate 86% of the time (98% at 0.3)
    num_perm: int = 96
    bands: int = 48
    near_threshold: float = Field(
        default=0.45,
        description="Jaccard of word shingles at or above which a text is a copy",
    )
    shingle_size: int = 5
    containment_threshold: float = Field(
        default=0.55,
        description="share of the shorter text's shingles found in the longer one at or above "
        "which it is an excerpt of it",
    )
    containment_min_shingles: int = Field(
        default=30, description="texts with fewer shingles are matched on resemblance only"
    )

    @model_validator(mode="after")
    def _bands_divide_permutations(self) -> DedupSettings:
        if self.num_perm % self.bands:
            raise ValueError(
                f"num_perm ({self.num_perm}) must be a multiple of bands ({self.bands})"
            )
        return self


class DaemonSettings(Section):
    metrics_host: str = "127.0.0.1"
    metrics_port: int = Field(
        default=9108, description="/metrics and /healthz; 0 picks a free port"
    )
    tick_s: float = Field(default=5.0, description="how often the daemon looks for due sources")
    lease_ttl_s: float = Field(
        default=30.0, description="SQLite leader lease; a standby takes over after it"
    )
    claim_ttl_s: float = Field(
        default=45.0,
        description="a source claim lasts this long unless its daemon renews it (every tick)",
    )
    feeds_per_cycle: int = 50
    max_cycles: int = Field(default=2, description="cycle subprocesses running at once")
    cycle_timeout_s: int = Field(default=1800, description="a cycle running longer is killed")
    housekeeping_interval_s: int = 6 * 3600
    fetch_event_retention_days: int = 30
    stop_timeout_s: int = 30


class ServeSettings(Section):
    host: str = Field(default="127.0.0.1", description="`newsagg serve` binds here")
    port: int = 8080
    token: SecretStr | None = Field(
        default=None,
        description="bearer token every request must carry; required to bind beyond loopback",
    )
    page_size: int = Field(default=50, ge=1, le=500)


SourceKind = Literal["feed", "sitemap", "site"]


class SourceConfig(Section):
    """A source declared in the config file."""

    url: str
    kind: SourceKind = "feed"
    name: str | None = None
    topic: str | None = None  # default: Settings.topic
    interval_s: int | None = None
    cron: str | None = None
    enabled: bool = True


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="NEWSAGG_",
        env_nested_delimiter="__",
        extra="forbid",
        validate_default=True,
    )

    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    http: HttpSettings = Field(default_factory=HttpSettings)
    poll: PollSettings = Field(default_factory=PollSettings)
    crawl: CrawlSettings = Field(default_factory=CrawlSettings)
    dedup: DedupSettings = Field(default_factory=DedupSettings)
    daemon: DaemonSettings = Field(default_factory=DaemonSettings)
    serve: ServeSettings = Field(default_factory=ServeSettings)
    topic: str = Field(
        default="immigration-policy",
        description="topic profile used by default; 'none' keeps everything",
    )
    topics: dict[str, TopicProfile] = Field(default_factory=dict)
    sources: list[SourceConfig] = Field(default_factory=list)
    log_level: str = "INFO"
    log_format: Literal["text", "json"] = "text"
    config_file: Path | None = Field(default=None, exclude=True)

    @model_validator(mode="after")
    def _merge_builtin_topics(self) -> Settings:
        merged = load_builtin_topics()
        merged.update(self.topics)  # a profile in the config file replaces the built-in one
        self.topics = merged
        if self.topic != "none" and self.topic not in self.topics:
            known = ", ".join(sorted(self.topics)) or "none"
            raise ValueError(f"unknown topic profile {self.topic!r} (known: {known})")
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # first wins: CLI flags (init) > environment > TOML file > defaults
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if settings_cls.model_config.get("toml_file"):
            sources.append(TomlConfigSettingsSource(settings_cls))
        return tuple(sources)

    def topic_profile(self, name: str | None = None) -> TopicProfile | None:
        """The named profile (default: the configured one); None for topic 'none'."""
        chosen = name or self.topic
        if chosen == "none":
            return None
        if chosen not in self.topics:
            known = ", ".join(sorted(self.topics))
            raise KeyError(f"unknown topic profile {chosen!r} (known: {known})")
        return self.topics[chosen]


class ConfigError(Exception):
    """The configuration file is missing or invalid."""


def find_config_file(
    explicit: Path | None, environ: Mapping[str, str] | None = None
) -> Path | None:
    """--config, else $NEWSAGG_CONFIG, else ./newsagg.toml if present."""
    env = os.environ if environ is None else environ
    if explicit is not None:
        chosen = explicit
    elif env.get(CONFIG_ENV):
        chosen = Path(env[CONFIG_ENV])
    else:
        local = Path.cwd() / DEFAULT_CONFIG_FILENAME
        return local if local.is_file() else None
    if not chosen.is_file():
        raise ConfigError(f"config file not found: {chosen}")
    return chosen


def load_settings(
    config_file: Path | None = None, *, environ: Mapping[str, str] | None = None, **overrides: Any
) -> Settings:
    """Build the effective Settings; `overrides` are CLI flags (highest precedence)."""
    env = os.environ if environ is None else environ
    path = find_config_file(config_file, env)
    if env.get(DATABASE_URL_ENV) and "url" not in overrides.get("database", {}):
        # the short, conventional spelling of NEWSAGG_DATABASE__URL
        overrides["database"] = {**overrides.get("database", {}), "url": env[DATABASE_URL_ENV]}
    settings_cls: type[Settings] = Settings
    if path is not None:
        # the file is part of the class config in pydantic-settings; a subclass carries it
        config = SettingsConfigDict(**{**Settings.model_config, "toml_file": path})
        settings_cls = type("Settings", (Settings,), {"model_config": config})
    try:
        settings = settings_cls(**overrides)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
    except ValidationError as exc:
        where = f" in {path}" if path else ""
        raise ConfigError(f"invalid configuration{where}: {describe_errors(exc)}") from None
    settings.config_file = path
    return settings


def describe_errors(error: ValidationError) -> str:
    """Every problem on one line, `key.path: message (got value)`. The value is shown only when
    it cannot be a secret: never for a misspelled key (its value may be a URL with a password),
    a secret-looking key, or a table; a URL in it has its password masked."""
    parts = []
    for problem in error.errors(include_url=False, include_context=False):
        key = ".".join(str(part) for part in problem["loc"]) or "(top level)"
        secret = any(word in key for word in SECRET_KEYS) or problem["type"] == "extra_forbidden"
        shown = not (secret or isinstance(problem["input"], dict))
        got = f" (got {mask_secrets(repr(problem['input']))})" if shown else ""
        parts.append(f"{key}: {problem['msg']}{got}")
    return "; ".join(parts)


def masked_settings(settings: Settings) -> dict[str, Any]:
    """The effective settings as plain data, with passwords in URLs masked."""
    data = settings.model_dump(mode="json", exclude={"topics"})
    data["database"]["url"] = mask_url(settings.database.url.get_secret_value())
    if settings.crawl.frontier_redis_url is not None:
        data["crawl"]["frontier_redis_url"] = mask_url(
            settings.crawl.frontier_redis_url.get_secret_value()
        )
    data["topics"] = sorted(settings.topics)
    data["config_file"] = str(settings.config_file) if settings.config_file else None
    return data


SECRET_KEYS = ("url", "password", "token", "secret")
SECRET_IN_URL = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")


def mask_secrets(text: str) -> str:
    """Any text that may quote a URL (an error message), with passwords in URLs as ***."""
    return SECRET_IN_URL.sub(r"\1***@", text)


def mask_url(url: str) -> str:
    """A database URL safe to print or log: the password replaced by ***."""
    from sqlalchemy.engine import make_url  # SQLAlchemy costs ~1 s to import; only needed here

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy understands; show nothing that could be secret
        return "<unparseable url>"
