"""A STAND-IN for a Supabase project (PostgREST + GoTrue), for the data=supabase e2e tests.

Not Supabase: the real services (PostgREST, GoTrue, the Kong gateway) cannot be installed
here, so this small server follows their documented wire format for the subset an app
uses, over an in-memory SQLite database seeded from the template's mock/seed.json:

PostgREST (https://docs.postgrest.org/en/v12/references/api/):
  - tables.html "Horizontal Filtering": `col=op.value` with eq, neq, gt, gte, lt, lte, like,
    ilike (`*` is accepted for `%`), in.(…), is.(null|true|false), `not.` negation,
    and the logical `or=(…)` / `and=(…)` trees, nestable;
  - tables.html "Vertical Filtering" / resource_embedding.html "Foreign Key Joins":
    `select=*`, column lists and many-to-one embedding by foreign key (`*,categories(title)`);
  - tables.html "Ordering": `order=col.asc|desc[.nullsfirst|.nullslast],…`;
  - pagination.html "Limits and Pagination": `limit`/`offset` and the `Range` header
    (`Range-Unit: items`), `Prefer: count=exact` → `Content-Range: 0-9/60` (`*` without a
    count), 206 for a partial `Range` request, 416 past the end;
  - preferences.html "Return Representation": `Prefer: return=representation|minimal` on
    POST/PATCH/DELETE (201/200 with the rows, or 201/204 without);
  - resource_representation.html "Singular or Plural": `Accept:
    application/vnd.pgrst.object+json` → one object, or 406 PGRST116;
  - errors.html: `{code, details, hint, message}` bodies (42703 unknown column, PGRST100
    bad query, PGRST116, PGRST301 bad JWT).
GoTrue / Supabase Auth (https://github.com/supabase/auth#endpoints, "Token" / "User" / "Logout"):
  - POST /auth/v1/token?grant_type=password {email, password} and
    ?grant_type=refresh_token {refresh_token} → {access_token, token_type, expires_in,
    expires_at, refresh_token, user}; refresh tokens are single use (rotated);
  - GET /auth/v1/user (Bearer access token) → the user; POST /auth/v1/logout → 204 and the
    session's refresh tokens revoked; errors `{code, error_code, msg}`.
Supabase API gateway (https://supabase.com/docs/guides/api/api-keys): every request carries
the project key in `apikey`; the Bearer JWT (HS256 under the project's JWT secret) decides
the database role (`anon` or `authenticated`). Invalid or missing key → 401.
Row-level security (https://supabase.com/docs/guides/database/postgres/row-level-security),
with `--rls authenticated` only, as the auth=supabase schema's policies say: `anon` reads
categories and nothing else (other tables read as empty, PostgREST's answer when RLS
filters every row) and writes nothing (401 `42501`, "new row violates row-level security
policy"); `authenticated` reads and writes everything. Without it both roles may do anything.

Run: `python -m tests.e2e.supabase_standin --port 54321 --seed seed.json --jwt-secret S`
(prints `ready` once listening). `anon_key(secret)` gives the anon key for that secret.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import json
import re
import secrets
import sqlite3
import sys
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

TABLES: dict[str, list[str]] = {
    "categories": ["id", "title", "description"],
    "users": ["id", "firstName", "lastName", "email", "role", "birthday"],
    "posts": ["id", "title", "content", "status", "categoryId", "userId", "createdAt"],
}
# Many-to-one foreign keys: (table, embedded table) → the referencing column.
FOREIGN_KEYS: dict[tuple[str, str], str] = {
    ("posts", "categories"): "categoryId",
    ("posts", "users"): "userId",
}
OPERATORS = {
    "eq": "=",
    "neq": "<>",
    "gt": ">",
    "gte": ">=",
    "lt": "<",
    "lte": "<=",
    "like": "LIKE",
    "ilike": "LIKE",
}
ACCESS_TOKEN_SECONDS = 3600
STANDIN_USER = {"email": "editor@example.com", "password": "stand-in-password"}


class ApiError(Exception):
    """An error answered as PostgREST / GoTrue do: a status and a JSON body."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(body)
        self.status = status
        self.body = body


def pgrst_error(status: int, code: str, message: str, details: str | None = None) -> ApiError:
    return ApiError(status, {"code": code, "details": details, "hint": None, "message": message})


# --- JWT (HS256), as Supabase signs its keys and access tokens ---------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign_jwt(claims: dict[str, Any], secret: str) -> str:
    head = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    body = _b64(json.dumps(claims).encode())
    mac = hmac.new(secret.encode(), f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{_b64(mac)}"


def verify_jwt(token: str, secret: str) -> dict[str, Any] | None:
    """The claims of an HS256 JWT signed with `secret` and not expired; None otherwise."""
    try:
        head, body, mac = token.split(".")
        if json.loads(_unb64(head)).get("alg") != "HS256":
            return None
        expected = hmac.new(secret.encode(), f"{head}.{body}".encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, _unb64(mac)):
            return None
        claims: dict[str, Any] = json.loads(_unb64(body))
    except (ValueError, json.JSONDecodeError):
        return None
    if "exp" in claims and float(claims["exp"]) < time.time():
        return None
    return claims


def anon_key(secret: str) -> str:
    """The project's anon key: a non-expiring JWT with role `anon` (what the dashboard shows)."""
    return sign_jwt({"iss": "supabase", "ref": "standin", "role": "anon", "iat": 1700000000}, secret)


# --- PostgREST query parsing --------------------------------------------------------------


def split_top(text: str, sep: str = ",") -> list[str]:
    """Splits at `sep` outside parentheses and double quotes: `a,b(c,d),"e,f"` → 3 parts."""
    parts, depth, quoted, current = [], 0, False, ""
    for char in text:
        if char == '"':
            quoted = not quoted
        elif not quoted and char == "(":
            depth += 1
        elif not quoted and char == ")":
            depth -= 1
        if char == sep and depth == 0 and not quoted:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [part.strip() for part in parts if part.strip()]


@dataclass
class Select:
    """`select=` parsed: own columns (None = `*`) and many-to-one embeddings (alias → (table, Select))."""

    columns: list[str] | None = None
    embeds: dict[str, tuple[str, Select]] = field(default_factory=dict)


def parse_select(text: str) -> Select:
    select = Select(columns=[])
    for item in split_top(text or "*"):
        match = re.fullmatch(r"(?:(\w+):)?(\w+)(?:!\w+)?\((.*)\)", item, re.S)
        if match:
            alias, table, inner = match.groups()
            select.embeds[alias or table] = (table, parse_select(inner))
        elif item == "*":
            select.columns = None
        elif select.columns is not None:
            select.columns.append(item.split(":")[-1] if ":" in item else item)
    return select


@dataclass
class Condition:
    """One filter (`column`, `op`, `value`, `negated`) or a logical tree (`op` = and|or, `children`)."""

    op: str
    column: str = ""
    value: Any = None
    negated: bool = False
    children: list[Condition] = field(default_factory=list)


def parse_operation(column: str, text: str) -> Condition:
    """`not.in.(1,2)` → Condition(op="in", value=["1","2"], negated=True)."""
    negated = text.startswith("not.")
    if negated:
        text = text[4:]
    op, _, value = text.partition(".")
    if op in ("or", "and"):
        return Condition(op=op, negated=negated, children=parse_logic(value))
    if op == "in":
        if not (value.startswith("(") and value.endswith(")")):
            raise pgrst_error(400, "PGRST100", f'"failed to parse filter (in.{value})"')
        return Condition("in", column, [unquote(v) for v in split_top(value[1:-1])], negated)
    if op == "is":
        if value.lower() not in ("null", "true", "false", "unknown"):
            raise pgrst_error(400, "PGRST100", f'"failed to parse filter (is.{value})"')
        return Condition("is", column, value.lower(), negated)
    if op not in OPERATORS:
        raise pgrst_error(400, "PGRST100", f'"failed to parse filter ({text})"')
    return Condition(op, column, unquote(value), negated)


def parse_logic(text: str) -> list[Condition]:
    """`(a.eq.1,b.ilike.*x*,and(c.gt.2,c.lt.5))` → conditions (PostgREST's logical operators)."""
    if not (text.startswith("(") and text.endswith(")")):
        raise pgrst_error(400, "PGRST100", f'"failed to parse logic tree ({text})"')
    conditions = []
    for part in split_top(text[1:-1]):
        nested = re.fullmatch(r"(not\.)?(or|and)(\(.*\))", part, re.S)
        if nested:
            conditions.append(Condition(nested[2], negated=bool(nested[1]), children=parse_logic(nested[3])))
        else:
            column, _, operation = part.partition(".")
            conditions.append(parse_operation(column, operation))
    return conditions


def unquote(value: str) -> str:
    return value[1:-1].replace('\\"', '"') if len(value) >= 2 and value[0] == value[-1] == '"' else value


def parse_order(text: str) -> list[tuple[str, bool, str | None]]:
    """`title.asc,id.desc.nullslast` → [(column, descending, nulls)]."""
    terms = []
    for term in split_top(text):
        column, *mods = term.split(".")
        descending = "desc" in mods
        nulls = "FIRST" if "nullsfirst" in mods else "LAST" if "nullslast" in mods else None
        terms.append((column, descending, nulls))
    return terms


@dataclass
class Query:
    """A table request's URL parsed: select, filters (one AND list), order, limit/offset."""

    select: Select
    conditions: list[Condition]
    order: list[tuple[str, bool, str | None]]
    limit: int | None
    offset: int


def parse_query(query: str) -> Query:
    select, conditions, order, limit, offset = Select(), [], [], None, 0
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key == "select":
            select = parse_select(value)
        elif key == "order":
            order = parse_order(value)
        elif key in ("limit", "offset"):
            if not value.isdigit():
                raise pgrst_error(400, "PGRST100", f'"failed to parse {key} ({value})"')
            limit, offset = (int(value), offset) if key == "limit" else (limit, int(value))
        elif key in ("or", "and"):
            conditions.append(Condition(key, children=parse_logic(value)))
        elif key in ("not.or", "not.and"):
            conditions.append(Condition(key[4:], negated=True, children=parse_logic(value)))
        elif key in ("columns", "on_conflict"):
            continue
        else:
            conditions.append(parse_operation(key, value))
    return Query(select, conditions, order, limit, offset)


def where_sql(table: str, conditions: list[Condition], joiner: str = "AND") -> tuple[str, list[Any]]:
    """SQL for conditions on `table` (unknown columns → 42703, as PostgreSQL answers)."""
    parts, params = [], []
    for condition in conditions:
        if condition.op in ("or", "and"):
            inner, inner_params = where_sql(table, condition.children, condition.op.upper())
            sql = f"({inner or '1'})"
            params += inner_params
        else:
            if condition.column not in TABLES[table]:
                raise pgrst_error(400, "42703", f"column {table}.{condition.column} does not exist")
            column = f'"{condition.column}"'
            if condition.op == "in":
                sql = f"{column} IN ({','.join('?' * len(condition.value))})" if condition.value else "0"
                params += condition.value
            elif condition.op == "is":
                mapping = {"null": "IS NULL", "true": "= 1", "false": "= 0", "unknown": "IS NULL"}
                sql = f"{column} {mapping[condition.value]}"
            elif condition.op in ("like", "ilike"):
                pattern = str(condition.value).replace("*", "%")
                sql = f"{column} LIKE ?" if condition.op == "ilike" else f"{column} GLOB ?"
                params.append(pattern if condition.op == "ilike" else like_to_glob(pattern))
            else:
                sql = f"{column} {OPERATORS[condition.op]} ?"
                params.append(condition.value)
        parts.append(f"NOT ({sql})" if condition.negated else sql)
    return f" {joiner} ".join(parts), params


def like_to_glob(pattern: str) -> str:
    """Case-sensitive LIKE as SQLite GLOB (SQLite's LIKE ignores ASCII case, as ilike does)."""
    return "".join("*" if c == "%" else "?" if c == "_" else f"[{c}]" if c in "*?[" else c for c in pattern)


# --- The database -------------------------------------------------------------------------


class Database:
    """The three sample tables in SQLite (one connection, one lock: the server is threaded)."""

    def __init__(self, seed: dict[str, list[dict[str, Any]]]) -> None:
        import threading

        self.lock = threading.Lock()
        self.conn = sqlite3.connect(":memory:", check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.executescript(
            """
            CREATE TABLE categories (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL,
              description TEXT);
            CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, "firstName" TEXT NOT NULL,
              "lastName" TEXT NOT NULL, email TEXT NOT NULL UNIQUE, role TEXT NOT NULL DEFAULT 'editor',
              birthday TEXT);
            CREATE TABLE posts (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL,
              content TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'draft',
              "categoryId" INTEGER NOT NULL REFERENCES categories(id),
              "userId" INTEGER REFERENCES users(id) ON DELETE SET NULL,
              "createdAt" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));
            """
        )
        for table in ("categories", "users", "posts"):
            for row in seed.get(table, []):
                self.insert(table, row)

    def insert(self, table: str, row: dict[str, Any]) -> int:
        unknown = [key for key in row if key not in TABLES[table]]
        if unknown:
            raise pgrst_error(
                400, "PGRST204", f"Could not find the '{unknown[0]}' column of '{table}' in the schema cache"
            )
        columns = ", ".join(f'"{key}"' for key in row)
        try:
            cursor = self.conn.execute(
                f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(row))})"
                if row
                else f"INSERT INTO {table} DEFAULT VALUES",
                list(row.values()),
            )
        except sqlite3.IntegrityError as error:
            raise pgrst_error(409 if "UNIQUE" in str(error) else 400, "23502", str(error)) from error
        return int(cursor.lastrowid or 0)

    def ids(self, table: str, conditions: list[Condition]) -> list[int]:
        where, params = where_sql(table, conditions)
        rows = self.conn.execute(f"SELECT id FROM {table} WHERE {where or '1'}", params).fetchall()
        return [row["id"] for row in rows]

    def read(
        self, table: str, query: Query, ids: list[int] | None = None
    ) -> tuple[list[dict[str, Any]], int]:
        """The selected rows (embedded, ordered, paged) and the total before paging."""
        where, params = where_sql(table, query.conditions)
        if ids is not None:
            where = f"id IN ({','.join(str(int(i)) for i in ids) or 'NULL'})"
            params = []
        order = []
        for column, descending, nulls in query.order:
            if column not in TABLES[table]:
                raise pgrst_error(400, "42703", f"column {table}.{column} does not exist")
            order.append(f'"{column}" {"DESC" if descending else "ASC"}{f" NULLS {nulls}" if nulls else ""}')
        sql = f"SELECT * FROM {table} WHERE {where or '1'}"
        total = int(self.conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])
        sql += f" ORDER BY {', '.join(order)}" if order else ""
        sql += f" LIMIT {query.limit if query.limit is not None else -1} OFFSET {query.offset}"
        rows = [dict(row) for row in self.conn.execute(sql, params).fetchall()]
        return [self.shape(table, row, query.select) for row in rows], total

    def shape(self, table: str, row: dict[str, Any], select: Select) -> dict[str, Any]:
        columns = TABLES[table] if select.columns is None else select.columns
        for column in columns:
            if column not in TABLES[table]:
                raise pgrst_error(400, "42703", f"column {table}.{column} does not exist")
        shaped = {column: row[column] for column in columns}
        for alias, (target, inner) in select.embeds.items():
            key = FOREIGN_KEYS.get((table, target))
            if key is None:
                raise pgrst_error(
                    400,
                    "PGRST200",
                    f"Could not find a relationship between '{table}' and '{target}' in the schema cache",
                )
            found = self.conn.execute(f"SELECT * FROM {target} WHERE id = ?", [row[key]]).fetchone()
            shaped[alias] = self.shape(target, dict(found), inner) if found else None
        return shaped


# --- GoTrue sessions ------------------------------------------------------------------------


@dataclass
class Auth:
    """One confirmed user (email + password) and the refresh tokens of its sessions."""

    secret: str
    email: str
    password: str
    user_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    refresh_tokens: dict[str, str] = field(default_factory=dict)  # token → session id
    revoked_sessions: set[str] = field(default_factory=set)

    def user(self) -> dict[str, Any]:
        return {
            "id": self.user_id,
            "aud": "authenticated",
            "role": "authenticated",
            "email": self.email,
            "email_confirmed_at": "2025-01-01T00:00:00Z",
            "app_metadata": {"provider": "email", "providers": ["email"]},
            "user_metadata": {"full_name": "Stand-in Editor"},
            "created_at": "2025-01-01T00:00:00Z",
        }

    def session(self, session_id: str) -> dict[str, Any]:
        now = int(time.time())
        claims = {
            "sub": self.user_id,
            "aud": "authenticated",
            "role": "authenticated",
            "email": self.email,
            "session_id": session_id,
            "iat": now,
            "exp": now + ACCESS_TOKEN_SECONDS,
        }
        refresh = secrets.token_urlsafe(16)
        self.refresh_tokens[refresh] = session_id
        return {
            "access_token": sign_jwt(claims, self.secret),
            "token_type": "bearer",
            "expires_in": ACCESS_TOKEN_SECONDS,
            "expires_at": now + ACCESS_TOKEN_SECONDS,
            "refresh_token": refresh,
            "user": self.user(),
        }

    def claims(self, authorization: str | None) -> dict[str, Any] | None:
        token = (authorization or "").removeprefix("Bearer ").strip()
        claims = verify_jwt(token, self.secret) if token else None
        if claims and claims.get("session_id") in self.revoked_sessions:
            return None
        return claims


def auth_error(status: int, error_code: str, message: str) -> ApiError:
    return ApiError(status, {"code": status, "error_code": error_code, "msg": message})


# --- HTTP -----------------------------------------------------------------------------------


class StandIn(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int, db: Database, auth: Auth, rls: str = "open") -> None:
        super().__init__(("127.0.0.1", port), Handler)
        self.db = db
        self.auth = auth
        self.key = anon_key(auth.secret)
        self.rls = rls


class Handler(BaseHTTPRequestHandler):
    server: StandIn

    def log_message(self, format: str, *args: Any) -> None:
        sys.stderr.write(f"{self.command} {self.path} {args[1] if len(args) > 1 else ''}\n")

    def do_HEAD(self) -> None:
        self.dispatch()

    def do_GET(self) -> None:
        self.dispatch()

    def do_POST(self) -> None:
        self.dispatch()

    def do_PATCH(self) -> None:
        self.dispatch()

    def do_DELETE(self) -> None:
        self.dispatch()

    def dispatch(self) -> None:
        url = urlsplit(self.path)
        try:
            if url.path.startswith("/rest/v1/"):
                self.check_key()
                self.rest(url.path.removeprefix("/rest/v1/"), url.query)
            elif url.path.startswith("/auth/v1/"):
                self.check_key()
                self.gotrue(url.path.removeprefix("/auth/v1/"), dict(parse_qsl(url.query)))
            else:
                self.reply(404, {"message": "no Route matched with those values"})
        except ApiError as error:
            self.reply(error.status, error.body)

    def check_key(self) -> None:
        """Supabase's gateway: the project key in `apikey` (or the query), else 401."""
        key = self.headers.get("apikey") or dict(parse_qsl(urlsplit(self.path).query)).get("apikey")
        if not key:
            raise ApiError(
                401, {"message": "No API key found in request", "hint": "No `apikey` request header"}
            )
        if verify_jwt(key, self.server.auth.secret) is None:
            raise ApiError(
                401, {"message": "Invalid API key", "hint": "Double check your Supabase `anon` key."}
            )

    def body(self) -> Any:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            return json.loads(raw) if raw else {}
        except json.JSONDecodeError as error:
            raise pgrst_error(400, "PGRST102", "Empty or invalid json") from error

    def reply(self, status: int, payload: Any = None, headers: dict[str, str] | None = None) -> None:
        data = b"" if payload is None else json.dumps(payload).encode()
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if payload is not None:
            self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    # PostgREST

    def rest(self, table: str, query_text: str) -> None:
        role = self.role()
        if role not in ("anon", "authenticated"):
            raise pgrst_error(401, "PGRST301", "JWT role not allowed")
        if table not in TABLES:
            raise pgrst_error(
                404, "PGRST205", f"Could not find the table 'public.{table}' in the schema cache"
            )
        query = parse_query(query_text)
        if self.server.rls == "authenticated" and role == "anon":
            if self.command not in ("GET", "HEAD"):
                raise pgrst_error(
                    401, "42501", f'new row violates row-level security policy for table "{table}"'
                )
            if table != "categories":
                return self.reply(200, [], {"Content-Range": "*/0"})
        prefer = {p.strip() for p in (self.headers.get("Prefer") or "").split(",")}
        representation = "return=representation" in prefer
        with self.server.db.lock:
            db = self.server.db
            if self.command in ("GET", "HEAD"):
                self.rest_read(table, query, prefer)
            elif self.command == "POST":
                payload = self.body()
                rows = payload if isinstance(payload, list) else [payload]
                ids = [db.insert(table, row) for row in rows]
                db.conn.commit()
                self.rest_write(201, 201, table, query, ids, representation)
            elif self.command == "PATCH":
                payload = self.body()
                ids = db.ids(table, query.conditions)
                unknown = [key for key in payload if key not in TABLES[table]]
                if unknown:
                    raise pgrst_error(
                        400, "PGRST204", f"Could not find the '{unknown[0]}' column of '{table}'"
                    )
                if ids and payload:
                    assignments = ", ".join(f'"{key}" = ?' for key in payload)
                    marks = ",".join("?" * len(ids))
                    db.conn.execute(
                        f"UPDATE {table} SET {assignments} WHERE id IN ({marks})", [*payload.values(), *ids]
                    )
                    db.conn.commit()
                self.rest_write(200, 204, table, query, ids, representation)
            elif self.command == "DELETE":
                ids = db.ids(table, query.conditions)
                rows, _ = db.read(table, query, ids) if representation else ([], 0)
                if ids:
                    db.conn.execute(f"DELETE FROM {table} WHERE id IN ({','.join('?' * len(ids))})", ids)
                    db.conn.commit()
                self.reply(200, rows) if representation else self.reply(204)

    def role(self) -> str | None:
        token = (self.headers.get("Authorization") or "").removeprefix("Bearer ").strip()
        if not token:
            return "anon"
        claims = self.server.auth.claims(f"Bearer {token}")
        if claims is None:
            raise pgrst_error(401, "PGRST301", "JWT is invalid or expired")
        return str(claims.get("role"))

    def rest_read(self, table: str, query: Query, prefer: set[str]) -> None:
        ranged = self.headers.get("Range")
        if ranged:
            match = re.fullmatch(r"\s*(\d+)-(\d*)\s*", ranged)
            if not match:
                raise pgrst_error(416, "PGRST103", "Requested range not satisfiable")
            start, end = int(match[1]), match[2]
            query.offset = start
            query.limit = int(end) - start + 1 if end else query.limit
        rows, total = self.server.db.read(table, query)
        counted = "count=exact" in prefer
        if query.offset > 0 and query.offset >= total and (ranged or counted):
            raise ApiError(
                416,
                {
                    "code": "PGRST103",
                    "details": f"An offset of {query.offset} was requested, but there are only {total} rows.",
                    "hint": None,
                    "message": "Requested range not satisfiable",
                },
            )
        span = f"{query.offset}-{query.offset + len(rows) - 1}" if rows else "*"
        headers = {"Content-Range": f"{span}/{total if counted else '*'}"}
        if counted:
            headers["Preference-Applied"] = "count=exact"
        if "vnd.pgrst.object" in (self.headers.get("Accept") or ""):
            if len(rows) != 1:
                raise pgrst_error(
                    406,
                    "PGRST116",
                    "JSON object requested, multiple (or no) rows returned",
                    f"The result contains {len(rows)} rows",
                )
            return self.reply(200, rows[0], headers)
        status = 206 if ranged and counted and len(rows) < total else 200
        self.reply(status, rows, headers)

    def rest_write(
        self, with_rows: int, without: int, table: str, query: Query, ids: list[int], representation: bool
    ) -> None:
        if not representation:
            return self.reply(without)
        rows, _ = self.server.db.read(table, Query(query.select, [], query.order, None, 0), ids)
        if "vnd.pgrst.object" in (self.headers.get("Accept") or ""):
            if len(rows) != 1:
                raise pgrst_error(406, "PGRST116", "JSON object requested, multiple (or no) rows returned")
            return self.reply(with_rows, rows[0])
        self.reply(with_rows, rows)

    # GoTrue

    def gotrue(self, path: str, params: dict[str, str]) -> None:
        auth = self.server.auth
        if path == "token" and self.command == "POST":
            payload = self.body()
            grant = params.get("grant_type")
            if grant == "password":
                if payload.get("email") != auth.email or payload.get("password") != auth.password:
                    raise auth_error(400, "invalid_credentials", "Invalid login credentials")
                return self.reply(200, auth.session(str(uuid.uuid4())))
            if grant == "refresh_token":
                session_id = auth.refresh_tokens.pop(str(payload.get("refresh_token")), None)
                if session_id is None or session_id in auth.revoked_sessions:
                    raise auth_error(
                        400, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found"
                    )
                return self.reply(200, auth.session(session_id))
            raise auth_error(400, "unsupported_grant_type", "unsupported_grant_type")
        if path == "user" and self.command == "GET":
            claims = auth.claims(self.headers.get("Authorization"))
            if claims is None or claims.get("sub") != auth.user_id:
                raise auth_error(403, "bad_jwt", "invalid JWT: unable to parse or verify signature")
            return self.reply(200, auth.user())
        if path == "logout" and self.command == "POST":
            claims = auth.claims(self.headers.get("Authorization"))
            if claims is None:
                raise auth_error(401, "no_authorization", "This endpoint requires a valid Bearer token")
            auth.revoked_sessions.add(str(claims.get("session_id")))
            return self.reply(204)
        raise auth_error(404, "not_found", "Not found")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--seed", type=Path, required=True)
    parser.add_argument("--jwt-secret", required=True)
    parser.add_argument("--email", default=STANDIN_USER["email"])
    parser.add_argument("--password", default=STANDIN_USER["password"])
    parser.add_argument("--rls", choices=["open", "authenticated"], default="open")
    args = parser.parse_args(argv)
    db = Database(json.loads(args.seed.read_text()))
    server = StandIn(args.port, db, Auth(args.jwt_secret, args.email, args.password), args.rls)
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
