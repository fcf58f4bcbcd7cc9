"""The benchmark runs (CI runs it only in --quick mode and never on a figure).

The cheap parts (CLI start, scaffold) run here for real; the generated-app part needs
npm and ``next build`` and is marked e2e.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from bench.firstload import first_load, first_load_from_html, html_script_files
from tests.e2e.helpers import build_slot

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
    """One kit beside the official template proves the part runs end to end; every kit is
    built by the e2e cases (all five kits here took 14 minutes of CI). It holds one of the
    machine's build slots throughout (its two builds run one after the other), so that no
    more than two builds run at a time beside the e2e tests."""
    with build_slot():
        doc = run_bench("--only", "app", "--app-runs", "1", "--kits", "antd", timeout=1800)
    labels = [h["label"] for h in doc["headlines"]]
    assert "First Load JS `/posts` vs official `/blog-posts`" in labels
    assert list(doc["extra"]["versions"]) == [
        "create-refine-app (ui=antd)",
        "official refine template (fixture)",
    ]


def test_an_unknown_kit_is_refused() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--only", "app", "--kits", "bootstrap"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "unknown kit(s): bootstrap; choose from antd, mui" in done.stderr


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


def test_versus_and_kits_are_not_part_of_quick_mode() -> None:
    from bench.__main__ import parse_args

    assert {"versus", "kits"}.isdisjoint(parse_args(["--quick"]).parts)
    assert parse_args(["--only", "versus"]).parts == ["versus"]
    assert parse_args(["--only", "kits"]).parts == ["kits"]


def test_kits_rows_set_each_router_against_its_official(tmp_path: Path) -> None:
    """Each kit x router row is divided by the official build of the same router."""
    from bench.firstload import FirstLoad
    from bench.kits import HEADER, Build, rows
    from bench.report import Report, render_text

    def fl(total: int) -> FirstLoad:
        return FirstLoad(route="/", total=total, shared=0, page_only=total, chunks=())

    app = Build("ui=antd", "app", tmp_path, "/posts", official=False)
    app.first_load = {"list": fl(512 * 1024), "/login": fl(300 * 1024)}
    pages = Build("ui=antd", "pages", tmp_path, "/posts", official=False)
    pages.first_load = {"list": fl(400 * 1024), "/login": fl(400 * 1024)}
    officials = {
        "app": Build("official", "app", tmp_path, "/blog-posts", official=True),
        "pages": Build("official", "pages", tmp_path, "/blog-posts", official=True),
    }
    officials["app"].first_load = {"list": fl(1024 * 1024), "/login": fl(600 * 1024)}
    officials["pages"].first_load = {"list": fl(500 * 1024), "/login": fl(800 * 1024)}
    grid = rows([app, pages], officials)
    assert grid == [
        ["antd", "app", "512.0 KiB", "1024.0 KiB", "0.50×", "300.0 KiB", "600.0 KiB", "0.50×"],
        ["antd", "pages", "400.0 KiB", "500.0 KiB", "0.80×", "400.0 KiB", "800.0 KiB", "0.50×"],
    ]
    report = Report(quick=False, runs=1)
    report.grids.append(("First Load JS", HEADER, grid))
    text = render_text(report)
    assert "| antd | pages | 400.0 KiB | 500.0 KiB | 0.80× |" in text
    assert "|---|---|---:|" in text


def test_kill_group_stops_a_whole_process_group() -> None:
    """One kill_group for every server the benchmark starts: the child it spawned dies too."""
    from bench.load import kill_group

    proc = subprocess.Popen(
        ["sh", "-c", "sleep 60 & echo $!; wait"], stdout=subprocess.PIPE, start_new_session=True
    )
    assert proc.stdout is not None
    child = int(proc.stdout.readline())
    kill_group(proc)
    assert proc.returncode is not None

    def child_alive() -> bool:
        try:  # gone, or a zombie waiting for init to reap it: both are dead
            return Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    deadline = time.monotonic() + 5
    while child_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not child_alive()


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


def test_versus_report_prints_every_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The report wiring of the versus part, with the measuring steps replaced by fixed figures."""
    import bench.__main__ as main
    from bench import versus
    from bench.firstload import FirstLoad
    from bench.load import LoadResult
    from bench.report import Report

    def result(rps: float, errors: int) -> LoadResult:
        return LoadResult(10, 20.0, int(rps * 20), errors, rps, 100.0, 200.0, 250.0, 300.0, {"200": 1})

    sides = (
        versus.Side("ours", tmp_path / "ours", "/posts", official=False),
        versus.Side("official", tmp_path / "official", "/blog-posts", official=True),
    )

    def measured(*_args: object) -> None:
        for side, (kib, cpu, rps, dev) in zip(
            sides, ((600, 150.0, 4.0, 40.0), (650, 60.0, 8.0, 60.0)), strict=True
        ):
            side.packages, side.node_modules_bytes = (600, 900)[side.official], 2**20 * kib
            for route in (side.list_route, "/login"):
                side.first_load[route] = FirstLoad(route, kib * 1024, 0, kib * 1024, ())
            side.ssr, side.ssr_cpu_ms, side.burst = [result(rps, 0)], [cpu], [result(rps, 5)]
            side.install.values, side.build.values, side.dev.values = [1.0], [1.0], [dev]

    monkeypatch.setattr(versus, "prepare", lambda *_a: sides)
    monkeypatch.setattr(versus, "install_and_build", measured)
    monkeypatch.setattr(versus, "serving", lambda _s: contextlib.nullcontext(("a", "b")))
    for step in ("first_loads", "ssr", "dev_start"):
        monkeypatch.setattr(versus, step, lambda *_a: None)
    monkeypatch.setattr(main.app_part, "versions", lambda _p: {})
    report = Report(quick=False, runs=1)
    main.run_versus(main.parse_args(["--only", "versus"]), tmp_path, report)
    ratios = {h.label.split(" vs")[0]: round(h.value, 2) for h in report.headlines}
    assert ratios["First Load JS `/posts`"] == round(600 / 650, 2)
    assert ratios["SSR server CPU per response"] == 2.5
    assert ratios["`npm run dev` to first 200 of the list page"] == round(40 / 60, 2)
    assert ratios["Packages installed"] == round(600 / 900, 2)
    assert any(h.label.startswith("SSR errors at 50") and h.value == 5 for h in report.headlines)


def test_bundle_attributes_chunk_bytes_to_packages(tmp_path: Path) -> None:
    """Source-map attribution: index maps (one section per module) and plain VLQ maps."""
    from bench.bundle import analyse, chunk_packages, package_of

    js = tmp_path / "static" / "chunks" / "a.js"
    js.parent.mkdir(parents=True)
    js.write_text("abcdefghij\n//# sourceMappingURL=a.js.map")
    sections = [
        {
            "offset": {"line": 0, "column": 0},
            "map": {"sources": ["../node_modules/@x/y/i.js"], "mappings": "AAAA"},
        },
        {"offset": {"line": 0, "column": 4}, "map": {"sources": ["../src/app.tsx"], "mappings": "AAAA"}},
    ]
    (tmp_path / "static" / "chunks" / "a.js.map").write_text(json.dumps({"version": 3, "sections": sections}))
    raw = chunk_packages(js)
    assert raw["@x/y"] == 4 and raw["app code"] == 7
    plain = {
        "version": 3,
        "sources": ["node_modules/foo/a.js", "node_modules/bar/b.js"],
        "mappings": "AAAA,ICAA",
    }
    (tmp_path / "static" / "chunks" / "a.js.map").write_text(json.dumps(plain))
    assert chunk_packages(js)["foo"] == 4 and chunk_packages(js)["bar"] == 7
    (chunk,) = analyse(tmp_path, ["static/chunks/a.js"])
    assert chunk.gzip == len(gzip.compress(b"abcdefghij", compresslevel=9, mtime=0))
    assert package_of("turbopack:///[turbopack]/runtime.js") == "[runtime]"
    assert package_of("../node_modules/.pnpm/x/node_modules/@a/b/c.js") == "@a/b"
