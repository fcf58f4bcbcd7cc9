"""The e2e suite's covering sets, checked without running it: every choice of the bundled
preset's main questions is built and served by some e2e case, and every kit meets every
data and sign-in value at least in the type-check sweep.

The e2e modules keep few cases for CI time; this test fails when a later cut (or a new
choice) leaves a value that no e2e case builds.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.e2e import (
    test_appwrite_sign_in,
    test_backends,
    test_hasura,
    test_hosted_standins,
    test_kit_sweep,
    test_sign_in,
    test_strapi,
    test_strapi_sign_in,
    test_supabase,
    test_supabase_sign_in,
)
from tests.e2e.conftest import CASES
from tests.e2e.helpers import UI_KITS, Case

COPIER = Path(__file__).resolve().parents[1] / "templates" / "refine-nextjs" / "copier.yml"
DEFAULTS = {"ui": "antd", "router": "app", "routing": "files", "auth": "demo", "data": "rest"}
#: Values built by no e2e case on purpose, each with where it is checked instead.
SWEPT_ONLY = {("auth", "auth0"): "test_kit_sweep (every kit), test_sign_in (the same Auth.js code as oidc)"}


def choices(question: str) -> set[str]:
    entries = yaml.safe_load(COPIER.read_text())[question]["choices"]
    return {entry["value"] if isinstance(entry, dict) else entry for entry in entries.values()}


def built_cases() -> list[Case]:
    return [
        *CASES,
        *test_backends.CASES,
        *(sign_in.case for sign_in in test_sign_in.CASES),
        *test_strapi_sign_in.CASES,
        test_strapi.CASE,
        test_supabase.CASE,
        test_hasura.CASE,
        test_hosted_standins.AIRTABLE,
        test_hosted_standins.APPWRITE,
        test_supabase_sign_in.CASE,
        test_appwrite_sign_in.CASE,
    ]


def test_every_choice_is_built_by_an_e2e_case() -> None:
    built = {
        (question, case.answers.get(question, DEFAULTS[question]))
        for case in built_cases()
        for question in DEFAULTS
    }
    for question in DEFAULTS:
        for value in choices(question):
            assert (question, value) in built or (question, value) in SWEPT_ONLY, f"{question}={value}"


def test_the_sweep_pairs_every_kit_with_every_data_and_sign_in_value() -> None:
    swept_data = set(test_kit_sweep.SIGN_IN_WITH)
    swept_auth = set(test_kit_sweep.SIGN_IN_WITH.values())
    built = {(case.answers.get("ui", "antd"), case.answers.get("data", "rest")) for case in built_cases()}
    for data in choices("data") - {"rest", "custom"}:  # rest and custom: test_refine_nextjs, every kit
        assert data in swept_data or all((ui, data) in built for ui in UI_KITS), data
    assert choices("auth") - {"demo", "none"} <= swept_auth
    assert set(UI_KITS) == choices("ui")


def test_the_sweep_adds_resources_on_every_kit_router_and_routing() -> None:
    """test_add_resource lints and knips five; the sweep type-checks all 20 after adds."""
    added = {
        (case.answers["ui"], case.answers["router"], case.answers["routing"])
        for case in test_kit_sweep.RENDERS
        if case.answers["data"] in test_kit_sweep.ADDS_RESOURCES
    }
    routes = {(router, routing) for router in choices("router") for routing in choices("routing")}
    assert added == {(ui, *route) for ui in choices("ui") for route in routes}
    assert (
        set(choices("data")) - {"rest", "custom", "strapi-v4", "airtable", "appwrite"}
        == test_kit_sweep.ADDS_RESOURCES
    )


def test_the_sweep_builds_every_kit_with_every_self_hosted_backend() -> None:
    built = {
        (case.answers["ui"], case.answers["data"])
        for case in test_kit_sweep.RENDERS
        if test_kit_sweep.is_built(case)
    }
    backends = {"nestjs-query", "graphql", "nestjsx-crud", "strapi-v4"}  # issue 15's four
    assert built == {(ui, data) for ui in choices("ui") for data in backends}


def test_the_sweep_lints_every_kit_and_router_with_every_hosted_backend() -> None:
    linted = {
        (case.answers["ui"], case.answers["data"], case.answers["router"])
        for case in test_kit_sweep.RENDERS
        if test_kit_sweep.is_linted(case)
    }
    hosted = {"hasura", "supabase", "airtable", "appwrite"}  # issue 16's four
    assert set(test_kit_sweep.HOSTED_OTHER_SIGN_IN) == hosted
    assert linted == {
        (ui, data, router) for ui in choices("ui") for data in hosted for router in choices("router")
    }
