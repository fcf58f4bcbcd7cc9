"""npm package-name rules for *new* packages, applied to the target directory's name.

The generated ``package.json`` takes its ``name`` from the target's basename, and
``npm install`` refuses names npm would not publish.  Checking here, before anything is
written, turns a confusing npm error later into one clear paragraph now.  The rules
follow npm's ``validate-npm-package-name`` (errors and the "no longer allowed" warnings
both count, because a new package must satisfy both).
"""

from __future__ import annotations

import re
from urllib.parse import quote

MAX_LENGTH = 214
_EXCLUDED = frozenset({"node_modules", "favicon.ico"})
_SPECIAL_CHARACTERS = re.compile(r"[~'!()*]")
_SCOPED = re.compile(r"^@([^/]+?)/([^/]+?)$")
# encodeURIComponent leaves exactly these (and ASCII letters and digits) unescaped.
_URI_COMPONENT_SAFE = "-_.!~*'()"
NODE_BUILTIN_MODULES = frozenset(
    """
    _http_agent _http_client _http_common _http_incoming _http_outgoing _http_server
    _stream_duplex _stream_passthrough _stream_readable _stream_transform _stream_wrap
    _stream_writable _tls_common _tls_wrap assert assert/strict async_hooks buffer
    child_process cluster console constants crypto dgram diagnostics_channel dns
    dns/promises domain events fs fs/promises http http2 https inspector
    inspector/promises module net os path path/posix path/win32 perf_hooks process
    punycode querystring readline readline/promises repl stream stream/consumers
    stream/promises stream/web string_decoder sys timers timers/promises tls
    trace_events tty url util util/types v8 vm wasi worker_threads zlib node:sea
    node:sqlite node:test node:test/reporters
    """.split()
)


def _is_uri_component(text: str) -> bool:
    return quote(text, safe=_URI_COMPONENT_SAFE) == text


def npm_name_problems(name: str) -> list[str]:
    """Return every rule ``name`` breaks as a short phrase; an empty list means valid."""
    problems: list[str] = []
    if not name:
        return ["it is empty"]
    if name.startswith("."):
        problems.append("it starts with a period")
    if name.startswith("-"):
        problems.append("it starts with a hyphen")
    if name.startswith("_"):
        problems.append("it starts with an underscore")
    if name.strip() != name:
        problems.append("it has leading or trailing spaces")
    if name.lower() in _EXCLUDED:
        problems.append(f"{name.lower()} is reserved")
    if name.lower() in NODE_BUILTIN_MODULES:
        problems.append(f"{name} is the name of a Node.js core module")
    if len(name) > MAX_LENGTH:
        problems.append(f"it is longer than {MAX_LENGTH} characters")
    if name.lower() != name:
        problems.append("it contains capital letters")
    if _SPECIAL_CHARACTERS.search(name.split("/")[-1]):
        problems.append("it contains one of the characters ~'!()*")
    if not _is_uri_component(name):
        scoped = _SCOPED.match(name)
        if scoped and scoped.group(2).startswith("."):
            problems.append("its package part starts with a period")
        if not (scoped and _is_uri_component(scoped.group(1)) and _is_uri_component(scoped.group(2))):
            problems.append(
                "it contains characters that are not URL-friendly (spaces, slashes, non-ASCII, ...)"
            )
    return problems


def suggest_npm_name(name: str) -> str:
    """A valid name close to ``name``, offered in the error message."""
    lowered = name.strip().lower()
    cleaned = re.sub(r"[^a-z0-9._-]+", "-", lowered)
    cleaned = cleaned.lstrip("._-").strip("-")[:MAX_LENGTH] or "refine-app"
    if npm_name_problems(cleaned):
        cleaned = f"{cleaned}-app"
    return cleaned
