"""The real CLI and the real refine-nextjs template: a backend's own sign-in (`auth=strapi-v4`,
…) is offered only with that backend as `data`, through copier's per-choice `validator`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# auth value → the only data value it works with.
BACKEND_SIGN_INS = {"strapi-v4": "strapi-v4", "supabase": "supabase", "appwrite": "appwrite"}


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CREATE_REFINE_APP_TEMPLATES"}
    return subprocess.run(
        [sys.executable, "-m", "create_refine_app", *args],
        cwd=cwd,
        env={**env, "PYTHONPATH": str(REPO), "NO_COLOR": "1"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("auth", sorted(BACKEND_SIGN_INS))
def test_a_backend_sign_in_with_another_backend_is_a_usage_error(auth: str, tmp_path: Path) -> None:
    """Exit 2, nothing written, and the message names the data value it needs and the auth
    values that do work with these answers (the other backends' sign-ins not among them)."""
    result = cli(
        "app", "-a", "data=rest", "-a", f"auth={auth}", "--yes", "--no-install", "--no-git", cwd=tmp_path
    )
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    message = " ".join(result.stderr.split())
    assert f"auth={auth} only works with data={BACKEND_SIGN_INS[auth]}." in message, message
    assert "With these answers 'auth' can be: demo|none|google|auth0|keycloak|oidc." in message, message
    assert not (tmp_path / "app").exists()


def test_list_json_shows_each_backend_sign_in_needs_its_data(tmp_path: Path) -> None:
    """`--list --json` (defaults: data=rest) marks each backend sign-in unavailable, saying why."""
    result = cli("--list", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    preset = next(p for p in json.loads(result.stdout)["presets"] if p["name"] == "refine-nextjs")
    auth = next(q for q in preset["questions"] if q["name"] == "auth")
    by_value = {c["value"]: c for c in auth["choices"]}
    for value, data in BACKEND_SIGN_INS.items():
        assert by_value[value]["unavailable_with_defaults"] == f"only works with data={data}", by_value[value]
    assert not by_value["demo"]["unavailable_with_defaults"]


@pytest.mark.parametrize("auth", sorted(BACKEND_SIGN_INS))
def test_a_backend_sign_in_with_its_backend_renders(auth: str, tmp_path: Path) -> None:
    """The valid pairing renders the shared login layer with the backend's module, and none of
    the demo's account, register or forgot-password files."""
    data = BACKEND_SIGN_INS[auth]
    result = cli(
        "app", "-a", f"data={data}", "-a", f"auth={auth}", "--yes", "--no-install", "--no-git", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    app = tmp_path / "app"
    for path in ("src/auth/backend-sign-in.ts", "pages/api/auth/login.ts", "proxy.ts"):
        assert (app / path).is_file(), path
    # Strapi's JWT and Appwrite's session secret go into the app's own cookie; Supabase's
    # session into @supabase/ssr's cookies.
    assert (app / "src/auth/token-cookie.ts").is_file() == (auth != "supabase")
    for path in ("src/auth/demo-account.ts", "src/auth/session.ts", "app/(auth)/register/page.tsx"):
        assert not (app / path).exists(), path
    assert f"auth: {auth}" in (app / ".copier-answers.yml").read_text()


def test_plain_copier_copy_takes_a_backend_sign_in(tmp_path: Path) -> None:
    """copier's own CLI reads the per-choice validator: the pairing works, the mismatch is refused."""
    copier = Path(sys.executable).with_name("copier")
    base = [str(copier), "copy", "--trust", "--defaults", str(REPO / "templates" / "refine-nextjs")]
    ok = subprocess.run(
        [*base, str(tmp_path / "ok"), "-d", "data=strapi-v4", "-d", "auth=strapi-v4"],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "ok" / "src" / "auth" / "backend-sign-in.ts").is_file()
    for auth in ("supabase", "appwrite"):
        paired = subprocess.run(
            [*base, str(tmp_path / auth), "-d", f"data={auth}", "-d", f"auth={auth}"],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert paired.returncode == 0, paired.stderr
    bad = subprocess.run(
        [*base, str(tmp_path / "bad"), "-d", "data=rest", "-d", "auth=strapi-v4"],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert bad.returncode != 0 and "only works with data=strapi-v4" in bad.stderr, (
        bad.returncode,
        bad.stderr,
    )
