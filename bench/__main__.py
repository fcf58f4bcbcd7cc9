"""``python -m bench``: run the selected parts side by side and print ratios.

Examples::

    python -m bench                       # everything, 5 runs, load test included
    python -m bench --quick               # 3 runs, no load test (what CI runs)
    python -m bench --only cli,scaffold   # the cheap parts (no npm needed but for the Node tool)
    python -m bench --only app,load --json > bench.json

Exit status: 0 whatever the figures are; 2 when the benchmark itself broke.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import app as app_part
from bench import cli_start, kits, load, scaffold, versus
from bench.report import Headline, Report, render_json, render_text
from bench.timing import BenchError, Sample, busy_builds, ratio
from bench.tools import DEFAULT_CACHE, install_npm_tool

PARTS = ("cli", "scaffold", "app", "load", "versus", "kits")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m bench", description=__doc__.split("\n\n")[0] if __doc__ else None
    )
    p.add_argument("--quick", action="store_true", help="3 runs per timing and no load test (CI mode)")
    p.add_argument("--runs", type=int, help="timed runs per contender (default 5, --quick 3)")
    p.add_argument("--app-runs", type=int, help="install+build rounds per app (default: --runs)")
    p.add_argument("--only", default=",".join(PARTS), help=f"comma-separated parts: {','.join(PARTS)}")
    p.add_argument(
        "--kits", help="app part: comma-separated UI kits to build (default: every `ui` of copier.yml)"
    )
    p.add_argument("--no-node-tool", action="store_true", help="skip the npm create-refine-app contender")
    p.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    p.add_argument("--json-out", type=Path, help="also write the JSON report to this file")
    p.add_argument("--work", type=Path, help="work directory (kept; default: a temporary one)")
    p.add_argument(
        "--cache", type=Path, default=DEFAULT_CACHE, help=f"npm cache root (default {DEFAULT_CACHE})"
    )
    p.add_argument("--connections", type=int, default=50, help="load test: concurrent connections (≤ 200)")
    p.add_argument("--seconds", type=float, default=20.0, help="load test: duration (≤ 120)")
    p.add_argument("--load-runs", type=int, default=3, help="load test: repetitions (≤ 5)")
    p.add_argument("--versus-runs", type=int, default=2, help="versus: SSR and dev rounds per app (≤ 5)")
    args = p.parse_args(argv)
    args.parts = [x.strip() for x in args.only.split(",") if x.strip()]
    unknown = set(args.parts) - set(PARTS)
    if unknown:
        p.error(f"unknown part(s): {', '.join(sorted(unknown))}")
    if args.quick:
        args.parts = [x for x in args.parts if x not in ("load", "versus", "kits")]
    args.runs = args.runs or (3 if args.quick else 5)
    args.kits = [x.strip() for x in args.kits.split(",") if x.strip()] if args.kits else None
    unknown_kits = set(args.kits or ()) - set(app_part.ui_kits())
    if unknown_kits:
        p.error(
            f"unknown kit(s): {', '.join(sorted(unknown_kits))}; choose from {', '.join(app_part.ui_kits())}"
        )
    args.app_runs = args.app_runs or args.runs
    args.connections = max(1, min(args.connections, 200))
    args.seconds = max(1.0, min(args.seconds, 120.0))
    args.load_runs = max(1, min(args.load_runs, 5))
    args.versus_runs = max(1, min(args.versus_runs, 5))
    return args


def help_imports(top: int = 3) -> str:
    """The heaviest top-level imports of ``create-refine-app --help`` (``python -X importtime``)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "create_refine_app", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    # Each line: "import time: self | cumulative | <indent>name"; nesting is the indent.
    # Level 1 (two spaces) lists what create_refine_app.cli pulls in directly.
    rows: list[tuple[int, str]] = []
    for line in done.stderr.splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", line)
        if m and len(m.group(2)) <= 3:
            rows.append((int(m.group(1)), m.group(3)))
    rows.sort(reverse=True)
    return ", ".join(f"{name} {us / 1000:.0f} ms" for us, name in rows[:top])


def run_cli(args: argparse.Namespace, work: Path, report: Report) -> None:
    tool = None if args.no_node_tool else install_npm_tool(args.cache)
    samples = cli_start.measure(args.runs, tool, work)
    report.tables.append(("CLI start (wall clock, fresh process)", list(samples.values())))
    ours, copier = samples["create-refine-app --help"], samples["copier --help"]
    report.headlines.append(Headline("`--help` vs `copier --help`", ratio(ours, copier), 0.25, "medians"))
    if tool is not None:
        node = next(s for n, s in samples.items() if n.startswith("npm create-refine-app"))
        report.headlines.append(
            Headline(
                f"`--help` vs npm create-refine-app {tool.version} `--help`",
                ratio(ours, node),
                1.0,
                "medians",
            )
        )
        report.notes.append(
            "The npm create-refine-app is compared on `--help` only: generating a project needs GitHub "
            "(it downloads its templates), which this machine cannot reach."
        )
    if ratio(ours, copier) > 0.25:
        report.notes.append(
            "`--help` misses ≤ 0.25× copier: it is bound by imports, the heaviest being "
            f"{help_imports()} (`python -X importtime -m create_refine_app --help`)."
        )


def run_scaffold(args: argparse.Namespace, work: Path, report: Report) -> None:
    samples, counts = scaffold.measure(args.runs, work)
    report.tables.append(("Scaffold (default preset, no install, no git)", list(samples.values())))
    ours, raw = samples.values()
    report.headlines.append(Headline("Scaffold vs raw `copier copy`", ratio(ours, raw), 1.3, "medians"))
    report.extra["scaffold_files"] = counts


def run_app(args: argparse.Namespace, work: Path, report: Report) -> list[app_part.App]:
    apps = app_part.prepare(work / "apps", args.cache, kits=args.kits)
    app_part.measure(apps, args.app_runs, args.cache)
    ours, official = apps[0], apps[-1]
    report.tables.append(
        ("Generated app: warm install and next build", [s for a in apps for s in (a.install, a.build)])
    )
    sizes: list[Sample] = []
    for a in apps:
        fl = a.first_load
        if fl is None:
            continue
        sizes += [
            Sample(f"{a.name}: First Load JS of {fl.route}", "B", [float(fl.total)], "gzip"),
            Sample(f"{a.name}: shared by all pages", "B", [float(fl.shared)], "gzip"),
            Sample(f"{a.name}: node_modules", "B", [float(a.node_modules_bytes)]),
        ]
    report.tables.append(("Generated app: sizes (one build; sizes do not vary between runs)", sizes))
    if ours.first_load and official.first_load:
        report.headlines.append(
            Headline(
                "First Load JS `/posts` vs official `/blog-posts`",
                ours.first_load.total / official.first_load.total,
                0.9,
                f"{ours.first_load.total / 1024:.0f} kB vs {official.first_load.total / 1024:.0f} kB gzip",
            )
        )
        report.headlines.append(
            Headline(
                "Shared chunk vs official", ours.first_load.shared / official.first_load.shared, 1.0, "gzip"
            )
        )
    pairs = (
        ("Warm install vs official", ours.install, official.install),
        ("next build vs official", ours.build, official.build),
    )
    for label, mine, theirs in pairs:
        report.headlines.append(Headline(label, ratio(mine, theirs), 1.0, "medians (no target in the issue)"))
    report.extra["versions"] = {a.name: app_part.versions(a.path) for a in apps}
    report.extra["biggest_chunks"] = {
        a.name: [(c, s) for c, s in a.first_load.chunks] for a in apps if a.first_load is not None
    }
    return apps


def run_load(args: argparse.Namespace, work: Path, report: Report, apps: list[app_part.App] | None) -> None:
    if apps is None:
        apps = app_part.prepare(work / "apps", args.cache, kits=args.kits, official=False)
    ours = apps[0]
    app_part.ensure_built(ours)
    results = load.measure(ours.path, "/posts", args.connections, args.seconds, args.load_runs)
    report.extra["load"] = [r.as_dict() for r in results]

    def sample(name: str, unit: str, values: list[float]) -> Sample:
        return Sample(name, unit, values)

    p99 = sample("latency p99", "ms", [r.p99_ms for r in results])
    rps = sample("throughput", "req/s", [r.rps for r in results])
    errors = sum(r.errors for r in results)
    requests = sum(r.requests for r in results)
    report.headlines.append(
        Headline(
            f"SSR `/posts` p99 under {args.connections} connections vs 150 ms",
            p99.median / 150,
            1.0,
            f"p99 {p99.median:.0f} ms, {rps.median:.0f} req/s, {errors} errors",
        )
    )
    report.tables.append(
        (
            f"SSR under load: {ours.name}, GET /posts logged in, {args.connections} connections × "
            f"{args.seconds:.0f} s × {len(results)} runs: {requests} responses, {errors} errors",
            [
                rps,
                sample("latency, one request at a time (idle server)", "ms", [results[0].single_ms]),
                sample("latency p50", "ms", [r.p50_ms for r in results]),
                sample("latency p90", "ms", [r.p90_ms for r in results]),
                p99,
                sample("latency max", "ms", [r.max_ms for r in results]),
            ],
        )
    )
    outcomes: dict[str, int] = {}
    for r in results:
        for kind, n in r.statuses.items():
            outcomes[kind] = outcomes.get(kind, 0) + n
    if errors:
        report.notes.append(f"Load test errors: {errors} (outcomes {outcomes}).")
    if p99.median > 150:
        queue_s = args.connections / max(rps.median, 1e-9)
        report.notes.append(
            f"p99 misses 150 ms: one `/posts` render costs ~{results[0].single_ms:.0f} ms of the single "
            f"Node thread even on an idle server, so {args.connections} connections queue (closed loop: "
            f"latency ≈ connections / throughput = {queue_s:.1f} s). Meeting it needs "
            f"≥ {args.connections / 0.15:.0f} req/s."
        )


def _kib(n: float) -> str:
    return f"{n / 1024:.1f} KiB"


def run_versus(args: argparse.Namespace, work: Path, report: Report) -> None:
    """Our default preset against refine's official template (superplate), side by side."""
    sides = versus.prepare(work / "versus", args.cache)
    ours, official = sides
    versus.install_and_build(sides, 1, args.cache)
    with versus.serving(sides) as servers:
        versus.first_loads(sides, servers)
        versus.ssr(sides, servers, args.seconds, args.versus_runs)
    versus.dev_start(sides, args.versus_runs)
    report.notes.append(
        f"versus: {args.versus_runs} rounds of SSR (10 connections) and of dev start per app, "
        "apps alternated; one warm install and one build each."
    )

    def med(values: list[float]) -> float:
        return Sample("", "", values).median

    for route_ours, route_theirs, limit in (
        (ours.list_route, official.list_route, 0.85),
        ("/login", "/login", 1.0),
    ):
        mine, theirs = ours.first_load[route_ours].total, official.first_load[route_theirs].total
        report.headlines.append(
            Headline(
                f"First Load JS `{route_ours}` vs official `{route_theirs}`",
                mine / theirs,
                limit,
                f"{_kib(mine)} vs {_kib(theirs)}, <script src> of the HTML, gzip -9",
            )
        )
    rps = [med([r.rps for r in s.ssr]) for s in sides]
    p50 = [med([r.p50_ms for r in s.ssr]) for s in sides]
    p99 = [med([r.p99_ms for r in s.ssr]) for s in sides]
    errors10 = [sum(r.errors for r in s.ssr) for s in sides]
    report.headlines.append(
        Headline(
            f"SSR time per request, 10 connections × {args.seconds:.0f} s, vs official (= its req/s ÷ ours)",
            rps[1] / rps[0] if rps[0] else float("nan"),
            1.0,
            f"{rps[0]:.1f} vs {rps[1]:.1f} req/s; p50 {p50[0]:.0f} vs {p50[1]:.0f} ms; "
            f"p99 {p99[0]:.0f} vs {p99[1]:.0f} ms; errors {errors10[0]} vs {errors10[1]}",
        )
    )
    cpu = [med(s.ssr_cpu_ms) for s in sides]
    report.headlines.append(
        Headline(
            "SSR server CPU per response vs official (app + its mock API; robust to other load)",
            cpu[0] / cpu[1] if cpu[1] else float("nan"),
            1.0,
            f"{cpu[0]:.0f} vs {cpu[1]:.0f} ms per response",
        )
    )
    report.headlines.append(
        Headline("SSR `/posts` p99 at 10 connections vs 300 ms", p99[0] / 300, 1.0, f"p99 {p99[0]:.0f} ms")
    )
    burst = [s.burst[0] for s in sides]
    report.headlines.append(
        Headline(
            f"SSR errors at 50 connections × {args.seconds:.0f} s (value = our error count; target 0)",
            float(burst[0].errors),
            0.0,
            f"ours {burst[0].errors} of {burst[0].requests + burst[0].errors} ({burst[0].statuses}); "
            f"official {burst[1].errors} of {burst[1].requests + burst[1].errors}; "
            f"{burst[0].rps:.1f} vs {burst[1].rps:.1f} req/s, "
            f"p99 {burst[0].p99_ms:.0f} vs {burst[1].p99_ms:.0f} ms",
        )
    )
    report.headlines.append(
        Headline(
            "`npm run dev` to first 200 of the list page vs official",
            ours.dev.median / official.dev.median,
            0.8,
            f"{ours.dev.median:.1f} s vs {official.dev.median:.1f} s (fresh .next, logged in)",
        )
    )
    report.headlines.append(
        Headline(
            "Packages installed vs official",
            ours.packages / official.packages,
            0.7,
            f"{ours.packages} vs {official.packages}",
        )
    )
    report.headlines.append(
        Headline(
            "node_modules size vs official",
            ours.node_modules_bytes / official.node_modules_bytes,
            0.7,
            f"{ours.node_modules_bytes / 2**20:.0f} MB vs {official.node_modules_bytes / 2**20:.0f} MB",
        )
    )
    report.tables.append(
        (
            "Versus the official template: install, build, dev start",
            [x for s in sides for x in (s.install, s.build, s.dev)],
        )
    )
    report.extra["versus"] = {
        s.name: {
            "packages": s.packages,
            "node_modules_bytes": s.node_modules_bytes,
            "first_load": {
                r: {"total": fl.total, "chunks": list(fl.chunks)} for r, fl in s.first_load.items()
            },
            "ssr_10": [r.as_dict() for r in s.ssr],
            "ssr_cpu_ms": s.ssr_cpu_ms,
            "ssr_50": [r.as_dict() for r in s.burst],
            "dev_s": s.dev.values,
        }
        for s in sides
    }
    report.extra["versions"] = {s.name: app_part.versions(s.path) for s in sides}


def run_kits(args: argparse.Namespace, work: Path, report: Report) -> None:
    """First Load JS of every kit x router against the official template of that router."""
    builds, officials = kits.prepare(work / "kits")
    kits.measure(builds, officials, args.cache)
    report.grids.append(
        (
            "First Load JS per kit × router (logged in for the list page, logged out for `/login`; "
            "<script src> of the server HTML, gzip -9), against the official template of the same router",
            kits.HEADER,
            kits.rows(builds, officials),
        )
    )
    report.extra["kits"] = {
        f"{b.name} {b.router}": {page: fl.total for page, fl in b.first_load.items()}
        for b in [*builds, *officials.values()]
    }
    report.extra["kits_biggest_chunks"] = {
        f"{b.name} {b.router}": list(b.first_load["list"].chunks) for b in [*builds, *officials.values()]
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # Ours must render the bundled preset, the very template raw copier renders.
    os.environ.pop("CREATE_REFINE_APP_TEMPLATES", None)
    report = Report(quick=args.quick, runs=args.runs)
    others = busy_builds()
    if others:
        report.notes.append(f"Other builds were running when the benchmark started: {'; '.join(others)}.")
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="cra-bench-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        try:
            if "cli" in args.parts:
                run_cli(args, work, report)
            if "scaffold" in args.parts:
                run_scaffold(args, work, report)
            apps = run_app(args, work, report) if "app" in args.parts else None
            if "load" in args.parts:
                run_load(args, work, report, apps)
            if "versus" in args.parts:
                run_versus(args, work, report)
            if "kits" in args.parts:
                run_kits(args, work, report)
        except (BenchError, OSError, subprocess.SubprocessError) as exc:
            print(f"benchmark broke: {exc}", file=sys.stderr)
            return 2
    load_after = os.getloadavg()[0]
    cores = os.cpu_count() or 1
    # Only the start counts: the load test itself keeps the load average up at the end.
    if load_before > cores / 2:
        report.notes.append(
            f"The machine was busy when the benchmark started (1-min load average {load_before:.1f}, "
            f"{cores} cores): absolute figures are inflated; interleaved ratios hold better."
        )
    report.extra["loadavg"] = {"start": load_before, "end": load_after}
    if args.json_out:
        args.json_out.write_text(render_json(report) + "\n")
    print(render_json(report) if args.json else render_text(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
