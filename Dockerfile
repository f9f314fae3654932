# newsagg service image: installs exactly the locked dependencies, runs as a non-root user.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY requirements.lock ./
RUN python -m venv /opt/newsagg \
 && /opt/newsagg/bin/pip install --require-hashes -r requirements.lock
COPY pyproject.toml README.md ./
COPY crawler ./crawler
COPY scheduler ./scheduler
COPY storage ./storage
COPY settings ./settings
COPY web ./web
RUN /opt/newsagg/bin/pip install --no-deps .

FROM python:3.11-slim
RUN useradd --system --create-home --home-dir /var/lib/newsagg --uid 10001 newsagg
COPY --from=build /opt/newsagg /opt/newsagg
COPY newsagg.example.toml /etc/newsagg/newsagg.toml
ENV PATH=/opt/newsagg/bin:$PATH \
    NEWSAGG_CONFIG=/etc/newsagg/newsagg.toml \
    NEWSAGG_DATABASE_URL=sqlite:////var/lib/newsagg/newsagg.db \
    NEWSAGG_DAEMON__METRICS_HOST=0.0.0.0 \
    PYTHONUNBUFFERED=1
USER newsagg
WORKDIR /var/lib/newsagg
VOLUME ["/var/lib/newsagg"]
EXPOSE 9108
# asks /healthz on the configured port (daemon.metrics_port / NEWSAGG_DAEMON__METRICS_PORT)
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["newsagg", "healthcheck", "--timeout-s", "4"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["newsagg"]
CMD ["run"]
