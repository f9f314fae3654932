"""The API contract, property-based: schemathesis generates requests from /openapi.json for every
operation (API, pages, feed) and checks no response is a server error and each conforms to the
document. Bounded: a fixed number of examples per operation, derandomized for CI."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from storage.db import make_engine, session_factory, upgrade
from tests.readside import populate
from web import create_app

EXAMPLES = 40  # per operation: about 10 s for all of them on this machine


@pytest.fixture(scope="module")
def web_app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    from settings import load_settings

    path: Path = tmp_path_factory.mktemp("contract") / "newsagg.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    populate(engine)
    return create_app(load_settings(environ={}), session_factory(engine))


@pytest.fixture(scope="module")
def api_schema(web_app: FastAPI) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_asgi("/openapi.json", web_app)


def _is_impossible_day(error: dict[str, object]) -> bool:
    # a pattern cannot say "no 31 November": such a schema-valid `since` is a 422, nothing else
    return error["loc"] == ["query", "since"] and error["type"] == "value_error"


BOUNDS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)


def test_no_generated_input_makes_an_operation_fail(api_schema: schemathesis.BaseSchema) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 7
    for operation in operations:

        @BOUNDS
        @given(case=operation.as_strategy())
        def run(case: schemathesis.Case) -> None:
            response = case.call()
            case.validate_response(response, excluded_checks=[positive_data_acceptance])
            if response.status_code == 422:  # allowed only for a day its month lacks
                assert all(_is_impossible_day(error) for error in response.json()["detail"])

        run()
