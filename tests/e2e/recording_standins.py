"""Recording HTTP stand-ins for hosted services that cannot run here (Airtable).

NOT the real services: small `http.server` threads in the test process that answer with the
services' documented response shapes (from the template's mock/seed.json) and record every
request (method, path, query, headers), so a test can assert what the generated app sends
and what it renders. No end-to-end run against the real Airtable exists; these prove the
wire format the app speaks, on the documented shape.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.e2e.helpers import REPO

SEED = REPO / "templates" / "refine-nextjs" / "template" / "mock" / "seed.json"


@dataclass(frozen=True)
class Recorded:
    """One request the stand-in received."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]


class RecordingServer:
    """A loopback HTTP server in a thread: `answer(method, path, query)` → (status, JSON body)."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                record = Recorded(
                    self.command,
                    unquote(parts.path),
                    parse_qs(parts.query),
                    {k.lower(): v for k, v in self.headers.items()},
                )
                standin.requests.append(record)
                status, body = standin.answer(record)
                payload = json.dumps(body).encode()
                self.send_response(status)
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
