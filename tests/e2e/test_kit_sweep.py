"""Every UI kit with every data value and every sign-in value, type-checked, and built for
the backends you run yourself and the hosted ones; and `add resource` on every kit x router
x routing.

The e2e modules build and serve one or a few kits per value; this sweep checks the rest
against ONE shared install per test worker (helpers.check_with_one_install). A data value
touches no kit file and a sign-in value meets the kit only at the login button, the
header's user and the session hooks, all of which the compiler checks. Each render pairs one
data value with one sign-in value, so the sweep covers kit x data and kit x sign-in at once.
The renders of nestjs-query, graphql, nestjsx-crud and strapi-v4 are built (`next build`,
which type-checks too): every kit builds with every backend of issue 15. The hosted values
(hasura, supabase, airtable, appwrite) are rendered on both routers for every kit, and each
of those renders is type-checked and linted (building all 40 too, as issue 16 asks, made a
CI run here about half an hour longer).

The renders of the five data values `add resource` takes get two resources added (every
field type, and a plain one), with the router x routing pairs cycling so that each kit
meets all four: `add resource` is type-checked on every kit x router x routing, and with
every data value it writes for, at no extra install.

One test per data value, each a group of its own (tests/conftest.py:worker_group), so the
test workers share the sweep.
The type-checks of a data value's renders share one tsc process, and their lints one ESLint
process (helpers.typecheck_together, helpers.lint_together).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from create_refine_app.resources.project import GRAPHQL_DATA, PLAIN_DATA
from tests.e2e.helpers import (
    ALL_FIELDS,
    PLAIN_FIELDS,
    UI_KITS,
    Case,
    add_resource,
    check_with_one_install,
    union_folder,
)

pytestmark = pytest.mark.e2e

# Each data value beside a sign-in value; the three sign-ins that need their own backend
# ride with it, the Auth.js ones with the others (airtable with demo: its built case has none).
# The five values add resource takes come first (consecutive: see RENDERS).
SIGN_IN_WITH = {
    "nestjs-query": "oidc",
    "graphql": "google",
    "nestjsx-crud": "auth0",
    "hasura": "keycloak",
    "supabase": "supabase",
    "airtable": "demo",
    "strapi-v4": "strapi-v4",
    "appwrite": "appwrite",
}
#: The data values add resource writes for (rest and custom: test_add_resource).
ADDS_RESOURCES = frozenset(PLAIN_DATA + GRAPHQL_DATA) - {"rest", "custom"}
#: The hosted backends (issue 16): every kit on both routers, each render type-checked and
#: linted.
#: The render on the other router takes this sign-in value (its backend's own sign-in, or
#: Auth.js, rides on the first).
HOSTED_OTHER_SIGN_IN = {"hasura": "none", "supabase": "demo", "airtable": "none", "appwrite": "demo"}
#: The backends whose every kit is built, not only type-checked (issue 15).
BUILT = frozenset({"nestjs-query", "graphql", "nestjsx-crud", "strapi-v4"})
ROUTES = (("app", "files"), ("pages", "catch-all"), ("app", "catch-all"), ("pages", "files"))


def sweep_case(ui: str, data: str, auth: str, route: tuple[str, str]) -> Case:
    router, routing = route
    return Case(
        f"{ui}-{data}-{auth}-{router}-{routing}",
        {"ui": ui, "data": data, "auth": auth, "router": router, "routing": routing},
    )


#: Kit i with data value j on route (i + j) mod 4: any four consecutive data values give
#: each kit all four routes, and each (data, route) pair meets several kits. A hosted value
#: adds route (i + j + 1) mod 4, whose router is the other one.
RENDERS = [
    sweep_case(ui, data, auth, ROUTES[(i + j) % len(ROUTES)])
    for j, (data, auth) in enumerate(SIGN_IN_WITH.items())
    for i, ui in enumerate(UI_KITS)
] + [
    sweep_case(ui, data, HOSTED_OTHER_SIGN_IN[data], ROUTES[(i + j + 1) % len(ROUTES)])
    for j, data in enumerate(SIGN_IN_WITH)
    if data in HOSTED_OTHER_SIGN_IN
    for i, ui in enumerate(UI_KITS)
]


def is_built(case: Case) -> bool:
    return case.answers["data"] in BUILT


def is_linted(case: Case) -> bool:
    return case.answers["data"] in HOSTED_OTHER_SIGN_IN


def add_two_resources(case: Case, target: Path) -> None:
    if case.answers["data"] in ADDS_RESOURCES:
        add_resource(target, "gadgets", ALL_FIELDS)
        add_resource(target, "notes", PLAIN_FIELDS)


@pytest.mark.parametrize("data", list(SIGN_IN_WITH))
def test_every_kit_with_every_data_and_sign_in_value(
    data: str, tmp_path_factory: pytest.TempPathFactory, npm_cache: Path
) -> None:
    """Five kits with `data` (ten for a hosted value: both routers), with its sign-in
    values, the routers and routings cycling; two resources added where add resource
    writes for the data value; the BUILT values' renders built, the others type-checked
    (and a hosted value's linted)."""
    check_with_one_install(
        [case for case in RENDERS if case.answers["data"] == data],
        union_folder(tmp_path_factory),
        npm_cache,
        prepare=add_two_resources,
        build=is_built,
        lint=is_linted,
    )
