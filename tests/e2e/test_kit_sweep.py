"""Every UI kit with every data value and every sign-in value, type-checked.

The e2e modules build and serve one or a few kits per value; this sweep checks the rest
against ONE shared install (helpers.typecheck_with_one_install). A data value touches no
kit file and a sign-in value meets the kit only at the login button, the header's user
and the session hooks, all of which the compiler checks. Each render pairs one data value
with one sign-in value, so a single sweep of 40 renders covers kit x data and kit x
sign-in at once (one sweep per module used to type-check 48, in six installs).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.helpers import UI_KITS, Case, typecheck_with_one_install

pytestmark = pytest.mark.e2e

# Each data value beside a sign-in value; the three sign-ins that need their own backend
# ride with it, the Auth.js ones with the others (airtable with demo: its built case has none).
SIGN_IN_WITH = {
    "nestjs-query": "oidc",
    "graphql": "google",
    "nestjsx-crud": "auth0",
    "hasura": "keycloak",
    "airtable": "demo",
    "strapi-v4": "strapi-v4",
    "supabase": "supabase",
    "appwrite": "appwrite",
}


def test_every_kit_type_checks_with_every_data_and_sign_in_value(
    tmp_path_factory: pytest.TempPathFactory, npm_cache: Path
) -> None:
    """Five kits x eight data values, each with its sign-in value, the routers alternating
    (so each pair meets both routers across the kits)."""
    renders = [
        Case(
            f"{ui}-{data}-{auth}",
            {"ui": ui, "data": data, "auth": auth, "router": "pages" if (i + j) % 2 else "app"},
        )
        for j, (data, auth) in enumerate(SIGN_IN_WITH.items())
        for i, ui in enumerate(UI_KITS)
    ]
    typecheck_with_one_install(renders, tmp_path_factory.mktemp("kits-x-values"), npm_cache)
