"""The benchmark runs (CI runs it only in --quick mode and never on a figure).

The cheap parts (CLI start, scaffold) run here for real; the generated-app part needs
npm and ``next build`` and is marked e2e.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bench.firstload import first_load, first_load_from_html, html_script_files

REPO = Path(__file__).resolve().parents[1]


def run_bench(*args: str, timeout: float) -> Any:
    """Run ``python -m bench --quick --json`` and return the parsed report."""
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--json", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_quick_cli_and_scaffold() -> None:
    doc = run_bench("--only", "cli,scaffold", "--no-node-tool", timeout=300)
    labels = [h["label"] for h in doc["headlines"]]
    assert labels == ["`--help` vs `copier --help`", "Scaffold vs raw `copier copy`"]
    for samples in doc["parts"].values():
        for sample in samples:
            assert sample["runs"] == 3 and sample["median"] > 0
    files = doc["extra"]["scaffold_files"]
    # The same job, plus the record of the files the template wrote (for `update`).
    assert files["create-refine-app"] == files["copier copy"] + 1 > 11


def test_first_load_counts_app_and_page_js_once(tmp_path: Path) -> None:
    chunks = tmp_path / "static" / "chunks"
    chunks.mkdir(parents=True)
    for name in ("app.js", "runtime.js", "page.js", "style.css"):
        (chunks / name).write_text(name * 500)
    manifest = {
        "pages": {
            "/_app": ["static/chunks/app.js", "static/chunks/runtime.js", "static/chunks/style.css"],
            "/posts": ["static/chunks/page.js", "static/chunks/runtime.js"],
        },
        "polyfillFiles": [],
        "lowPriorityFiles": [],
    }
    (tmp_path / "build-manifest.json").write_text(json.dumps(manifest))

    def gz(name: str) -> int:
        return len(gzip.compress((chunks / name).read_bytes(), compresslevel=9, mtime=0))

    result = first_load(tmp_path, "/posts")
    assert result.shared == gz("app.js") + gz("runtime.js")
    assert result.page_only == gz("page.js")
    assert result.total == result.shared + result.page_only


@pytest.mark.e2e
@pytest.mark.timeout(1800)
def test_quick_app_part() -> None:
    doc = run_bench("--only", "app", "--app-runs", "1", timeout=1800)
    labels = [h["label"] for h in doc["headlines"]]
    assert "First Load JS `/posts` vs official `/blog-posts`" in labels


def test_first_load_from_html_counts_each_script_src_once(tmp_path: Path) -> None:
    chunks = tmp_path / "static" / "chunks"
    (chunks / "app" / "posts").mkdir(parents=True)
    files = {"a.js": "alpha" * 400, "b.js": "beta" * 300, "app/posts/[id].js": "page" * 200}
    for name, text in files.items():
        (chunks / name).write_text(text)
    html = (
        '<html><head><script src="/_next/static/chunks/a.js" async=""></script>'
        "<script src='/_next/static/chunks/b.js?dpl=x'></script>"
        '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>'
        '<script src="https://cdn.example/x.js"></script>'
        '<script>self.__next_f.push([1, "a.js"])</script></head><body>'
        '<script src="/_next/static/chunks/app/posts/%5Bid%5D.js" async=""></script>'
        '<script src="/_next/static/chunks/a.js" async=""></script></body></html>'
    )

    def gz(name: str) -> int:
        return len(gzip.compress((chunks / name).read_bytes(), compresslevel=9, mtime=0))

    assert html_script_files(html) == [
        "static/chunks/a.js",
        "static/chunks/b.js",
        "static/chunks/app/posts/[id].js",
    ]
    result = first_load_from_html(tmp_path, "/posts", html)
    assert result.total == sum(gz(name) for name in files)
    assert result.chunks[0] == ("static/chunks/a.js", gz("a.js"))
    with pytest.raises(ValueError):
        first_load_from_html(tmp_path, "/posts", "<html><script>1</script></html>")


def test_versus_is_not_part_of_quick_mode() -> None:
    from bench.__main__ import parse_args

    assert "versus" not in parse_args(["--quick"]).parts
    assert parse_args(["--only", "versus"]).parts == ["versus"]


def test_official_fixture_calls_no_public_api() -> None:
    """The official app's REST URL must point at the benchmark's local stand-in."""
    from bench.versus import OFFICIAL_APP

    provider = (OFFICIAL_APP / "src" / "providers" / "data-provider" / "index.ts").read_text()
    assert "fake-rest.refine.dev" not in provider
    assert "process.env.NEXT_PUBLIC_API_URL" in provider
    assert (OFFICIAL_APP / "package-lock.json").is_file()


def test_official_fixture_pins_follow_the_template() -> None:
    """Every package both apps use is pinned to the template's version (bench/fixtures/README.md)."""
    from bench.versus import OFFICIAL_APP

    template = (REPO / "templates" / "refine-nextjs" / "template" / "package.json.jinja").read_text()
    ours = dict(re.findall(r'^\s*"([@\w./-]+)": "(\d[^"]*)",?$', template, re.MULTILINE))
    theirs = json.loads((OFFICIAL_APP / "package.json").read_text())["dependencies"]
    shared = sorted(set(ours) & set(theirs))
    assert {"next", "react", "antd", "@refinedev/core", "@refinedev/antd"} <= set(shared)
    assert {name: theirs[name] for name in shared} == {name: ours[name] for name in shared}
