"""Real sign-in (`auth` = google, auth0, keycloak, oidc) against a local identity provider.

No hosted provider is reachable in CI, so each case runs tests/e2e/oidc_provider.mjs, a
STAND-IN OpenID Connect provider (oauth2-mock-server, installed into a tools folder beside
the npm cache like knip) on 127.0.0.1, under an issuer path (`/realms/refine` for
Keycloak, as a realm URL). The app is the real generated project: installed, type-checked,
linted, built and served by `npm start`; the browser is headless Chromium.

Covering set (the four values differ only in src/auth/options.ts, .env.example and the
provider's button label; every other sign-in file is the same for all four): each UI kit
once, each value at least once, both routers; `oidc` on an App Router kit and a Pages
Router kit, `keycloak` on a realm-like issuer path. Google's discovery document is pointed
at the stand-in through GOOGLE_ISSUER; Auth0's provider takes the issuer as configuration.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.e2e.conftest import example_case
from tests.e2e.helpers import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    Case,
    Servers,
    check_sources,
    free_port,
    install_in_union,
    next_build,
    render,
    request,
    run,
    served_folder,
    start_server,
    stop_process_group,
)
from tests.e2e.next_metrics import first_load_js

pytestmark = pytest.mark.e2e

OIDC_MOCK = "oauth2-mock-server@8.2.3"  # 9.x needs Node 22
PROVIDER_SCRIPT = Path(__file__).with_name("oidc_provider.mjs")
USER_NAME = "Ada Lovelace"  # the stand-in's user (oidc_provider.mjs)
ENV_PREFIX = {"google": "GOOGLE", "auth0": "AUTH0", "keycloak": "KEYCLOAK", "oidc": "OIDC"}
BUTTON = {"google": "Google", "auth0": "Auth0", "keycloak": "Keycloak", "oidc": "OpenID Connect"}


@dataclass(frozen=True)
class SignInCase:
    case: Case
    issuer_path: str

    @property
    def auth(self) -> str:
        return self.case.answers["auth"]


# Built and served: each Auth.js flavour (OpenID Connect with a local provider, Keycloak's
# issuer path, Google's fixed one) on both routers; auth0 and every other kit x sign-in pair
# are type-checked by test_kit_sweep.
CASES = [
    SignInCase(Case("oidc-antd-app", {"auth": "oidc"}), "/oidc"),
    # The with-nextjs-keycloak example: App Router, shadcn, keycloak.
    SignInCase(example_case("with-nextjs-keycloak"), "/realms/refine"),
    SignInCase(
        Case(
            "google-tailwind-pages",
            {"auth": "google", "ui": "tailwind", "router": "pages", "routing": "catch-all"},
        ),
        "",
    ),
]


@pytest.fixture(scope="session")
def oidc_tools(npm_cache: Path) -> Path:
    """oauth2-mock-server, installed once into a tools folder beside the npm cache.
    Returns its node_modules (for NODE_PATH)."""
    tools = npm_cache.with_name(f"{npm_cache.name}-oidc-tools")
    stamp = tools / "installed.txt"
    if not (stamp.exists() and stamp.read_text() == OIDC_MOCK):
        tools.mkdir(parents=True, exist_ok=True)
        (tools / "package.json").write_text('{"private": true}\n')
        install = ["npm", "install", "--cache", str(npm_cache), "--prefer-offline", "--no-audit", "--no-fund"]
        run([*install, "--save-exact", OIDC_MOCK], tools, timeout=600)
        stamp.write_text(OIDC_MOCK)
    return tools / "node_modules"


@pytest.fixture(scope="module", params=CASES, ids=lambda c: c.case.name)
def signin_project(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, npm_cache: Path, knip: Path
) -> Iterator[tuple[SignInCase, Path]]:
    """The generated project: its packages resolve with no npm warning; linted, free of dead
    code (knip), type-checked and built."""
    sc: SignInCase = request.param
    target = served_folder(tmp_path_factory, sc.case.name)
    render(sc.case, target)
    install_in_union(target, npm_cache)  # resolves without an npm warning
    check_sources(target, knip, typecheck=False)  # ESLint, knip side by side; the build type-checks
    next_build(target)
    yield sc, target


class Provider:
    """The stand-in identity provider, in its own process group (killed as a group)."""

    def __init__(self, node_modules: Path, issuer_path: str, log: Path) -> None:
        self.port = free_port()
        # ES modules resolve packages from the script's own folder (NODE_PATH does not apply).
        script = node_modules.parent / PROVIDER_SCRIPT.name
        shutil.copyfile(PROVIDER_SCRIPT, script)
        self.issuer = f"http://127.0.0.1:{self.port}{issuer_path}"
        self.process = start_server(
            ["node", str(script), str(self.port), issuer_path],
            cwd=script.parent,
            log=log,
            ready=lambda: "ready" in log.read_text(),
            name="the stand-in identity provider",
            timeout=30,
        )

    def stop(self) -> None:
        stop_process_group(self.process)


def sign_in_env(sc: SignInCase, issuer: str, app_url: str) -> dict[str, str]:
    """Everything .env.example asks for, pointing at the stand-in."""
    prefix = ENV_PREFIX[sc.auth]
    env = {
        "NEXTAUTH_URL": app_url,
        "NEXTAUTH_SECRET": secrets.token_hex(32),
        f"{prefix}_CLIENT_ID": "refine-admin",
        f"{prefix}_CLIENT_SECRET": secrets.token_hex(16),
    }
    env["GOOGLE_ISSUER" if sc.auth == "google" else f"{prefix}_ISSUER"] = issuer
    return env


@pytest.fixture(scope="module")
def signin_servers(
    signin_project: tuple[SignInCase, Path], oidc_tools: Path
) -> Iterator[tuple[SignInCase, Servers, Provider]]:
    sc, target = signin_project
    provider = Provider(oidc_tools, sc.issuer_path, target.parent / "provider.log")
    servers = Servers(target, target.parent / "npm-start.log")
    servers.env.update(sign_in_env(sc, provider.issuer, servers.base))
    try:
        servers.start()
        yield sc, servers, provider
    finally:
        servers.stop()
        provider.stop()


def post_titles(servers: Servers) -> list[str]:
    """Every post title in the mock API (what a logged-out response must not contain)."""
    posts = request(f"{servers.mock}/posts")
    assert posts.status == 200
    titles = re.findall(r'"title":\s*"([^"]+)"', posts.body)
    assert titles, posts.body
    return titles


def test_logged_out_and_forged_sessions_get_a_307(
    signin_servers: tuple[SignInCase, Servers, Provider],
) -> None:
    """No session, a forged or a garbage session cookie: 307 to /login?to=…, no record in the body."""
    _, servers, _ = signin_servers
    titles = post_titles(servers)
    forged = "next-auth.session-token=" + "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z"
    for cookie in (None, forged, "next-auth.session-token=garbage"):
        res = request(f"{servers.base}/posts?x=1", cookie=cookie)
        assert res.status == 307, (cookie, res.status)
        assert res.location == f"/login?to={quote('/posts?x=1', safe='')}", res.location
        assert not any(title in res.body for title in titles)
        api = request(f"{servers.base}/api/data/posts", cookie=cookie)
        assert api.status == 401 and not any(title in api.body for title in titles)


def test_sign_in_flow_in_chromium(signin_servers: tuple[SignInCase, Servers, Provider]) -> None:
    """/posts?x=1 → 307 → login → provider's login → back on /posts?x=1 with records → the
    header shows the user → a tampered cookie is refused → logout → /posts is a 307 again."""
    sc, servers, provider = signin_servers
    titles = post_titles(servers)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context()
            page = context.new_page()
            page.goto(f"{servers.base}/posts?x=1")
            assert page.url == f"{servers.base}/login?to={quote('/posts?x=1', safe='')}", page.url
            page.get_by_role("button", name=f"Sign in with {BUTTON[sc.auth]}").click()
            expect(page.get_by_role("heading", name="Test identity provider")).to_be_visible(timeout=30_000)
            page.get_by_role("button", name="Continue").click()
            # refine then adds its list state (pageSize, currentPage) to the URL.
            page.wait_for_url(re.compile(re.escape(f"{servers.base}/posts?x=1") + r"(&|$)"), timeout=30_000)
            expect(page.get_by_role("row").nth(1)).to_be_visible(timeout=30_000)
            shown = page.get_by_role("row").nth(1).inner_text()
            assert any(title in shown for title in titles), shown
            expect(page.get_by_text(USER_NAME).first).to_be_visible(timeout=30_000)
            if sc.case.ui in (
                "antd",
                "mui",
            ):  # their avatars show the provider's picture (loaded by the browser)
                picture = f"http://127.0.0.1:{provider.port}/avatar.svg"
                expect(page.locator(f'img[src="{picture}"]')).to_be_visible(timeout=10_000)

            cookies = {c["name"]: c["value"] for c in context.cookies(servers.base)}
            token = cookies["next-auth.session-token"]
            assert request(f"{servers.base}/posts", cookie=f"next-auth.session-token={token}").status == 200
            tampered = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
            assert (
                request(f"{servers.base}/posts", cookie=f"next-auth.session-token={tampered}").status == 307
            )

            page.get_by_role("button", name="Log out").click()
            page.wait_for_url(re.compile(r"/login"), timeout=30_000)
            after = {c["name"]: c["value"] for c in context.cookies(servers.base)}
            assert "next-auth.session-token" not in after
            page.goto(f"{servers.base}/posts")
            assert "/login?to=" in page.url
        finally:
            browser.close()


def test_first_load_js(signin_project: tuple[SignInCase, Path]) -> None:
    """First Load JS of /posts and /login (reported; compare with the demo cases' metrics)."""
    sc, target = signin_project
    for route in ("/posts", "/login"):
        measured = first_load_js(target / ".next", route)
        print(f"{sc.case.name} First Load JS {route}: {int(measured['gzip_bytes']) / 1024:.1f} KiB gzip")
        assert int(measured["gzip_bytes"]) > 0


def test_missing_configuration_refuses_to_start(signin_project: tuple[SignInCase, Path]) -> None:
    """`npm start` and `next dev` without a required variable: exit code 1 and one message
    naming it; never a start on a default."""
    sc, target = signin_project
    env = sign_in_env(sc, "http://127.0.0.1:9/none", "http://localhost:3000")
    missing = f"{ENV_PREFIX[sc.auth]}_CLIENT_SECRET"
    env.pop(missing)
    env.update(PORT=str(free_port()), MOCK_API_PORT=str(free_port()))
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("npm_config_") and k not in env}
    for cmd in (["npm", "start"], ["node", "scripts/next.mjs", "dev", "--port", env["PORT"]]):
        result = subprocess.run(
            cmd,
            cwd=target,
            env={**base_env, **env, "NEXT_TELEMETRY_DISABLED": "1"},
            capture_output=True,
            text=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        output = result.stdout + result.stderr
        assert result.returncode != 0, (cmd, output[-3000:])
        assert f"{missing} is not set" in output, (cmd, output[-3000:])
        assert "Sign-in is not configured" in output


def test_generated_projects_own_spec(signin_servers: tuple[SignInCase, Servers, Provider]) -> None:
    """The project's own Playwright spec (e2e/admin.spec.ts): logged out → the login page with
    the provider's button; signed in by a session cookie it makes with NEXTAUTH_SECRET: list,
    page, create, edit, show, log out; no page error, no request outside the app."""
    sc, servers, _ = signin_servers
    run(
        ["npm", "run", "test:e2e", "--", f"--output={ARTIFACTS / sc.case.name}"],
        servers.project,
        timeout=600,
        CHROMIUM_PATH=CHROMIUM,
        E2E_BASE_URL=servers.base,
        NEXTAUTH_SECRET=servers.env["NEXTAUTH_SECRET"],
        NEXTAUTH_URL=servers.env["NEXTAUTH_URL"],
    )
