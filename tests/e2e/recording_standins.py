"""Recording HTTP stand-ins for hosted services that cannot run here (Airtable, Appwrite).

NOT the real services: small `http.server` threads in the test process that answer with the
services' documented response shapes (from the template's mock/seed.json) and record every
request (method, path, query, headers), so a test can assert what the generated app sends
and what it renders. No end-to-end run against the real Airtable or Appwrite exists; these prove the
wire format the app speaks, on the documented shape.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
import uuid
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.e2e.helpers import REPO

SEED = REPO / "templates" / "refine-nextjs" / "template" / "mock" / "{% if samples %}seed.json{% endif %}"


@dataclass(frozen=True)
class Recorded:
    """One request the stand-in received."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes = b""


class RecordingServer:
    """A loopback HTTP server in a thread: `answer(method, path, query)` → (status, JSON body)."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                record = Recorded(
                    self.command,
                    unquote(parts.path),
                    parse_qs(parts.query),
                    {k.lower(): v for k, v in self.headers.items()},
                    self.rfile.read(length) if length else b"",
                )
                standin.requests.append(record)
                status, body = standin.answer(record)
                payload = b"" if body is None else json.dumps(body).encode()  # None: no body (204)
                self.send_response(status)
                if body is not None:
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(payload)

            do_GET = do_HEAD = do_POST = do_PATCH = do_DELETE = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def answer(self, request: Recorded) -> tuple[int, object]:
        raise NotImplementedError

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _seed() -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = json.loads(Path(SEED).read_text())
    return data


def _sort_key(value: object) -> tuple[int, float, str]:
    """Numbers before text, each in its own order (as Airtable sorts a number or text field)."""
    if isinstance(value, int | float):
        return (0, float(value), "")
    return (1, 0.0, "" if value is None else str(value))


def airtable_id(table: str, number: int) -> str:
    """A record id of Airtable's shape: `rec` + 14 characters."""
    return f"rec{table[:3].upper()}{number:011d}"


class AirtableStandIn(RecordingServer):
    """A stand-in for Airtable's Web API, records of one base (`base_id`) seeded from mock/seed.json.

    Wire format from Airtable's Web API reference (https://airtable.com/developers/web/api):
    - "List records" `GET /v0/{baseId}/{tableIdOrName}` with `pageSize` (≤ 100), `offset`,
      `sort[i][field]` / `sort[i][direction]`: `{"records": [{"id", "createdTime", "fields"}],
      "offset"?}`; the `offset` is present while more records remain.
    - "Get record" `GET /v0/{baseId}/{tableIdOrName}/{recordId}`: `{"id", "createdTime", "fields"}`.
    - Errors: 404 `{"error": {"type": "MODEL_ID_NOT_FOUND", "message"}}` for a missing record,
      401 `{"error": {"type": "AUTHENTICATION_REQUIRED", ...}}` without the right bearer token
      ("Authentication" and "Errors" sections).
    Link fields are arrays of record ids ("Field model: multipleRecordLinks"). Only reads are
    answered; this stand-in is for what the server renders and what the proxy forwards.
    """

    def __init__(self, base_id: str, token: str) -> None:
        super().__init__()
        self.base_id = base_id
        self.token = token
        seed = _seed()
        self.tables: dict[str, list[dict[str, Any]]] = {
            "categories": [self._record("categories", c, {}) for c in seed["categories"]],
            "users": [self._record("users", u, {}) for u in seed["users"]],
            "posts": [
                self._record(
                    "posts",
                    p,
                    {"category": [airtable_id("categories", p["categoryId"])]},
                    drop=("categoryId", "userId"),
                )
                for p in seed["posts"]
            ],
        }

    @staticmethod
    def _record(
        table: str, row: dict[str, Any], extra: dict[str, Any], drop: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        fields = {k: v for k, v in row.items() if k != "id" and k not in drop}
        fields["number"] = row["id"]
        return {
            "id": airtable_id(table, row["id"]),
            "createdTime": "2025-01-01T00:00:00.000Z",
            "fields": {**fields, **extra},
        }

    def answer(self, request: Recorded) -> tuple[int, object]:
        if request.headers.get("authorization") != f"Bearer {self.token}":
            return 401, {"error": {"type": "AUTHENTICATION_REQUIRED", "message": "Authentication required"}}
        parts = request.path.strip("/").split("/")
        if request.method == "HEAD" or len(parts) < 3 or parts[:2] != ["v0", self.base_id]:
            return 404, {"error": "NOT_FOUND"}
        records = self.tables.get(parts[2])
        if records is None:
            return 404, {"error": {"type": "TABLE_NOT_FOUND", "message": "Could not find table"}}
        if len(parts) == 4:
            found = [r for r in records if r["id"] == parts[3]]
            if not found:
                return 404, {"error": {"type": "MODEL_ID_NOT_FOUND", "message": "Could not find a record"}}
            return 200, found[0]
        return 200, self._list(records, request.query)

    @staticmethod
    def _list(records: list[dict[str, Any]], query: dict[str, list[str]]) -> dict[str, object]:
        ordered = list(records)
        index = 0
        sorts = []
        while f"sort[{index}][field]" in query:
            direction = query.get(f"sort[{index}][direction]", ["asc"])[0]
            sorts.append((query[f"sort[{index}][field]"][0], direction == "desc"))
            index += 1
        for field, descending in reversed(sorts):
            ordered.sort(key=lambda r, f=field: _sort_key(r["fields"].get(f)), reverse=descending)
        page_size = min(int(query.get("pageSize", ["100"])[0]), 100)
        start = int(query.get("offset", ["0"])[0])
        page: dict[str, object] = {"records": ordered[start : start + page_size]}
        if start + page_size < len(ordered):
            page["offset"] = str(start + page_size)
        return page


def appwrite_queries(query: dict[str, list[str]]) -> list[str]:
    """The `queries` array of a request: `queries[]=…` or `queries[0]=…` (PHP's array syntax,
    which Appwrite's server parses; the web SDK sends the indexed form)."""
    keys = [k for k in query if k == "queries[]" or re.fullmatch(r"queries\[\d+\]", k)]
    keys.sort(key=lambda k: -1 if k == "queries[]" else int(k[8:-1]))
    return [value for key in keys for value in query[key]]


# The Appwrite stand-in's one account.
APPWRITE_USER = {"email": "ada@example.com", "password": "appwrite-stand-in", "name": "Ada Lovelace"}
APPWRITE_KEY = "standin_key_0123456789abcdef0123456789abcdef0123456789abcdef"
APPWRITE_PROJECT = "standin-project"
APPWRITE_DATABASE = "standin-db"


class AppwriteStandIn(RecordingServer):
    """A stand-in for Appwrite's REST API (Databases), one database seeded from mock/seed.json.

    Wire format from Appwrite's docs (https://appwrite.io/docs):
    - REST headers (docs/apis/rest, "Headers"): `X-Appwrite-Project`, and `X-Appwrite-Key`
      for a server's API key.
    - Databases "List documents" `GET /v1/databases/{databaseId}/collections/{collectionId}/documents`
      with `queries[]` (each a JSON query: `{"method": "limit", "values": [10]}`, `offset`,
      `orderAsc` / `orderDesc` with `attribute`) → the Document List model `{"total", "documents"}`;
      "Get document" `…/documents/{documentId}` → the Document model (`$id`, `$collectionId`,
      `$databaseId`, `$createdAt`, `$updatedAt`, `$permissions`, then the attributes).
    - Errors (docs/advanced/platform/response-codes): `{"message", "code", "type", "version"}`,
      404 `document_not_found`, 401 `general_unauthorized_scope`. Default limit 25.
    - Account (docs/references/cloud/client-rest/account, docs/products/auth/server-side-rendering):
      "Create email password session" `POST /v1/account/sessions/email` `{email, password}` →
      the Session model (`$id`, `userId`, `expire`, `provider: "email"`, …) whose `secret` is
      filled in only for a request with an API key; 401 `user_invalid_credentials`. "Get
      account" `GET /v1/account` with `X-Appwrite-Session: <secret>` → the User model (`$id`,
      `name`, `email`, `status`, …), 401 `general_unauthorized_scope` without a live session.
      "Delete session" `DELETE /v1/account/sessions/current` → 204, the session gone.
      One user: APPWRITE_USER.
    Only reads of documents are answered.
    """

    def __init__(self, project: str, database: str, key: str) -> None:
        super().__init__()
        self.project = project
        self.database = database
        self.key = key
        seed = _seed()
        self.collections = {name: [self._document(name, row) for row in rows] for name, rows in seed.items()}
        self.sessions: dict[str, str] = {}  # secret → session id

    def _account(self, request: Recorded) -> tuple[int, object]:
        parts = request.path.strip("/").split("/")
        secret = request.headers.get("x-appwrite-session", "")
        if request.method == "POST" and parts == ["v1", "account", "sessions", "email"]:
            given = json.loads(request.body or b"{}")
            if (
                given.get("email") != APPWRITE_USER["email"]
                or given.get("password") != APPWRITE_USER["password"]
            ):
                return self._error(401, "user_invalid_credentials", "Invalid credentials.")
            session_id, new_secret = uuid.uuid4().hex, secrets.token_hex(32)
            self.sessions[new_secret] = session_id
            with_key = request.headers.get("x-appwrite-key") == self.key
            return 201, {
                "$id": session_id,
                "$createdAt": "2025-01-01T00:00:00.000+00:00",
                "userId": "ada",
                "expire": "2026-12-31T00:00:00.000+00:00",
                "provider": "email",
                "current": True,
                "secret": new_secret if with_key else "",
            }
        if secret not in self.sessions:
            return self._error(
                401, "general_unauthorized_scope", "User (role: guests) missing scope (account)."
            )
        if request.method == "GET" and parts == ["v1", "account"]:
            user = {
                "$id": "ada",
                "name": APPWRITE_USER["name"],
                "email": APPWRITE_USER["email"],
                "status": True,
            }
            return 200, {**user, "emailVerification": True, "labels": [], "prefs": {}}
        if request.method == "DELETE" and parts == ["v1", "account", "sessions", "current"]:
            del self.sessions[secret]
            return 204, None
        return self._error(404, "general_route_not_found", "Route not found.")

    def _document(self, collection: str, row: dict[str, Any]) -> dict[str, Any]:
        attributes = {k: (str(v) if k.endswith("Id") else v) for k, v in row.items() if k != "id"}
        return {
            "$id": str(row["id"]),
            "$collectionId": collection,
            "$databaseId": self.database,
            "$createdAt": "2025-01-01T00:00:00.000+00:00",
            "$updatedAt": "2025-01-01T00:00:00.000+00:00",
            "$permissions": [],
            **attributes,
        }

    @staticmethod
    def _error(code: int, kind: str, message: str) -> tuple[int, object]:
        return code, {"message": message, "code": code, "type": kind, "version": "1.6.0"}

    def answer(self, request: Recorded) -> tuple[int, object]:
        if request.headers.get("x-appwrite-project") != self.project:
            return self._error(404, "project_not_found", "Project with the requested ID could not be found.")
        if request.path.startswith("/v1/account"):
            return self._account(request)
        if request.headers.get("x-appwrite-key") != self.key:
            return self._error(401, "general_unauthorized_scope", "The current user is not authorized.")
        parts = request.path.strip("/").split("/")
        prefix = ["v1", "databases", self.database, "collections"]
        if request.method == "HEAD" or parts[:4] != prefix or len(parts) < 6 or parts[5] != "documents":
            return self._error(404, "general_route_not_found", "Route not found.")
        documents = self.collections.get(parts[4])
        if documents is None:
            return self._error(
                404, "collection_not_found", "Collection with the requested ID could not be found."
            )
        if len(parts) == 7:
            found = [d for d in documents if d["$id"] == parts[6]]
            if not found:
                return self._error(
                    404, "document_not_found", "Document with the requested ID could not be found."
                )
            return 200, found[0]
        return 200, self._list(documents, appwrite_queries(request.query))

    @staticmethod
    def _list(documents: list[dict[str, Any]], queries: list[str]) -> dict[str, object]:
        parsed = [json.loads(q) for q in queries]
        ordered = list(documents)
        for query in reversed([q for q in parsed if q["method"] in ("orderAsc", "orderDesc")]):
            ordered.sort(
                key=lambda d, a=query["attribute"]: _sort_key(d.get(a)),
                reverse=query["method"] == "orderDesc",
            )
        limit = next((int(q["values"][0]) for q in parsed if q["method"] == "limit"), 25)
        offset = next((int(q["values"][0]) for q in parsed if q["method"] == "offset"), 0)
        return {"total": len(ordered), "documents": ordered[offset : offset + limit]}
