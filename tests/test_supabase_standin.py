"""The Supabase STAND-IN of the e2e tests (tests/e2e/supabase_standin.py): its query parsing,
and its answers on the wire for the PostgREST / GoTrue behaviour it claims to follow."""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.supabase_standin import (
    Auth,
    Condition,
    Database,
    StandIn,
    anon_key,
    parse_query,
    parse_select,
    sign_jwt,
    split_top,
    verify_jwt,
)

SEED = (
    Path(__file__).resolve().parents[1]
    / "templates"
    / "refine-nextjs"
    / "template"
    / "mock"
    / "{% if samples %}seed.json{% endif %}"
)
SECRET = "stand-in-test-secret-0123456789abcdef"


def test_split_top_keeps_parentheses_and_quotes_together() -> None:
    assert split_top('a,b(c,d),"e,f",or(x.eq.1,y.eq.2)') == ["a", "b(c,d)", '"e,f"', "or(x.eq.1,y.eq.2)"]


def test_select_with_an_embedded_table() -> None:
    select = parse_select("*, categories(title)")
    assert select.columns is None
    assert list(select.embeds) == ["categories"]
    table, inner = select.embeds["categories"]
    assert table == "categories" and inner.columns == ["title"]
    aliased = parse_select("id,title,category:categories(id,title)")
    assert aliased.columns == ["id", "title"] and aliased.embeds["category"][0] == "categories"


def test_filters_order_and_paging() -> None:
    query = parse_query(
        "select=*&status=in.(published,%22a,b%22)&title=not.ilike.*data*&userId=is.null"
        "&or=(id.lt.3,and(id.gt.10,id.lte.12))&order=title.asc,id.desc.nullslast&limit=5&offset=10"
    )
    first, second, third, logic = query.conditions
    assert (first.op, first.column, first.value) == ("in", "status", ["published", "a,b"])
    assert (second.op, second.negated, second.value) == ("ilike", True, "*data*")
    assert (third.op, third.value) == ("is", "null")
    assert logic.op == "or" and [c.op for c in logic.children] == ["lt", "and"]
    assert [c.op for c in logic.children[1].children] == ["gt", "lte"]
    assert query.order == [("title", False, None), ("id", True, "LAST")]
    assert (query.limit, query.offset) == (5, 10)


def test_malformed_filters_are_pgrst100() -> None:
    for bad in ("id=between.1.2", "id=in.1,2", "userId=is.maybe", "limit=ten", "or=id.eq.1"):
        with pytest.raises(Exception) as caught:
            parse_query(bad)
        assert getattr(caught.value, "status", None) == 400, bad


def test_jwt_round_trip_and_tampering() -> None:
    token = sign_jwt({"role": "authenticated", "sub": "u"}, SECRET)
    assert verify_jwt(token, SECRET) == {"role": "authenticated", "sub": "u"}
    assert verify_jwt(token, "another-secret") is None
    assert verify_jwt(token[:-2] + "xx", SECRET) is None
    assert verify_jwt(sign_jwt({"exp": 1}, SECRET), SECRET) is None
    assert verify_jwt(anon_key(SECRET), SECRET) == verify_jwt(anon_key(SECRET), SECRET)


def test_conditions_on_unknown_columns_are_42703() -> None:
    db = Database(json.loads(SEED.read_text()))
    with pytest.raises(Exception) as caught:
        db.ids("posts", [Condition("eq", "nope", "1")])
    assert getattr(caught.value, "body", {}).get("code") == "42703"


@pytest.fixture(scope="module")
def standin() -> Iterator[StandIn]:
    server = StandIn(0, Database(json.loads(SEED.read_text())), Auth(SECRET, "editor@example.com", "pw"))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def call(
    server: StandIn, method: str, path: str, body: Any = None, key: str | None = "anon", **headers: str
) -> tuple[int, dict[str, str], Any]:
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=5)
    sent = {k.replace("_", "-"): v for k, v in headers.items()}
    if key == "anon":
        sent["apikey"] = server.key
    elif key:
        sent["apikey"] = key
    payload = json.dumps(body) if body is not None else None
    if payload:
        sent["Content-Type"] = "application/json"
    try:
        conn.request(method, path, body=payload, headers=sent)
        res = conn.getresponse()
        raw = res.read()
        return res.status, {k.lower(): v for k, v in res.getheaders()}, json.loads(raw) if raw else None
    finally:
        conn.close()


def test_the_gateway_wants_the_project_key(standin: StandIn) -> None:
    assert call(standin, "GET", "/rest/v1/posts", key=None)[0] == 401
    assert call(standin, "GET", "/rest/v1/posts", key=anon_key("wrong-secret"))[0] == 401
    assert call(standin, "GET", "/rest/v1/posts", Authorization="Bearer forged.jwt.value")[0] == 401


def test_counts_ranges_and_embedding(standin: StandIn) -> None:
    status, headers, rows = call(
        standin,
        "GET",
        "/rest/v1/posts?select=id,categories(title)&order=id.asc&offset=10&limit=10",
        Prefer="count=exact",
    )
    assert status == 200 and headers["content-range"] == "10-19/60"
    seed = json.loads(SEED.read_text())
    category = next(c for c in seed["categories"] if c["id"] == seed["posts"][10]["categoryId"])
    assert rows[0] == {"id": 11, "categories": {"title": category["title"]}}
    status, headers, rows = call(
        standin, "GET", "/rest/v1/posts?select=id", Range="0-4", Prefer="count=exact"
    )
    assert status == 206 and headers["content-range"] == "0-4/60" and len(rows) == 5
    assert call(standin, "GET", "/rest/v1/posts?select=id")[1]["content-range"] == "0-59/*"
    assert call(standin, "GET", "/rest/v1/posts?offset=100&limit=5", Prefer="count=exact")[0] == 416
    status, _, one = call(
        standin, "GET", "/rest/v1/posts?id=eq.1", Accept="application/vnd.pgrst.object+json"
    )
    assert status == 200 and one["id"] == 1
    status, _, error = call(
        standin, "GET", "/rest/v1/posts?id=eq.0", Accept="application/vnd.pgrst.object+json"
    )
    assert status == 406 and error["code"] == "PGRST116"


def test_writes_with_and_without_representation(standin: StandIn) -> None:
    status, _, rows = call(
        standin,
        "POST",
        "/rest/v1/posts?select=*,categories(title)",
        {"title": "New", "categoryId": 2},
        Prefer="return=representation",
    )
    assert (
        status == 201 and rows[0]["title"] == "New" and rows[0]["categories"] == {"title": "Design"}
    )  # id 2
    new_id = rows[0]["id"]
    assert call(standin, "PATCH", f"/rest/v1/posts?id=eq.{new_id}", {"title": "Renamed"})[0] == 204
    status, _, rows = call(
        standin,
        "PATCH",
        f"/rest/v1/posts?id=eq.{new_id}",
        {"status": "published"},
        Prefer="return=representation",
    )
    assert status == 200 and rows[0]["title"] == "Renamed" and rows[0]["status"] == "published"
    assert call(standin, "DELETE", f"/rest/v1/posts?id=eq.{new_id}")[0] == 204
    assert call(standin, "GET", f"/rest/v1/posts?id=eq.{new_id}")[2] == []
    assert call(standin, "POST", "/rest/v1/posts", {"nope": 1})[2]["code"] == "PGRST204"


def test_gotrue_password_refresh_user_logout(standin: StandIn) -> None:
    token = "/auth/v1/token?grant_type="
    assert (
        call(standin, "POST", token + "password", {"email": "editor@example.com", "password": "no"})[0] == 400
    )
    status, _, session = call(
        standin, "POST", token + "password", {"email": "editor@example.com", "password": "pw"}
    )
    assert (
        status == 200
        and session["token_type"] == "bearer"
        and session["user"]["email"] == "editor@example.com"
    )
    bearer = {"Authorization": f"Bearer {session['access_token']}"}
    assert call(standin, "GET", "/auth/v1/user", **bearer)[2]["email"] == "editor@example.com"
    assert call(standin, "GET", "/rest/v1/posts?select=id&limit=1", **bearer)[0] == 200
    status, _, renewed = call(
        standin, "POST", token + "refresh_token", {"refresh_token": session["refresh_token"]}
    )
    assert status == 200 and renewed["refresh_token"] != session["refresh_token"]
    # Refresh tokens are single use.
    assert (
        call(standin, "POST", token + "refresh_token", {"refresh_token": session["refresh_token"]})[0] == 400
    )
    renewed_bearer = {"Authorization": f"Bearer {renewed['access_token']}"}
    assert call(standin, "POST", "/auth/v1/logout", **renewed_bearer)[0] == 204
    assert call(standin, "GET", "/auth/v1/user", **renewed_bearer)[0] == 403
    assert (
        call(standin, "POST", token + "refresh_token", {"refresh_token": renewed["refresh_token"]})[0] == 400
    )
