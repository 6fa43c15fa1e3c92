"""Measure the site that bench/run.sh has started: throughput, latency, sizes and SQL queries.

Run by bench/run.sh (`make bench`), with the same environment as the gunicorn
it started, so that this process reads the same SQLite file and file cache.
Writes bench-results/bench-<time>.json and bench-results/latest.json, and
prints a table. See bench/README.md for what each figure means.
"""

import argparse
import gzip
import http.client
import io
import json
import os
import re
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careers.settings")

import django  # noqa: E402

django.setup()

from django.contrib.staticfiles.storage import staticfiles_storage  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import NoReverseMatch, reverse  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

from bench import render  # noqa: E402
from benefits.models import Benefit  # noqa: E402
from careers.models import JobAd, Link, Role, Section, Testimonial  # noqa: E402

# Goals from issue 7.
MIN_RATIO = 0.8  # of the CSS file's throughput
# Issue 10: a first visit, everything over the wire (page, CSS, fonts, icons), and
# a second page with a warm cache (the static files are hashed and kept a year).
MAX_FIRST_VISIT_KB = 60
MAX_WARM_KB = 12
MAX_QUERIES = {"/": 10, "/en/": 10}  # the main page gathers every model, in either language
MAX_QUERIES_OTHER = 4
# Browsers ask for compressed responses; wrk and the size check do the same.
ACCEPT_ENCODING = "br, gzip"


def targets():
    """(name, path, note) for each thing to measure, in Swedish and then in English; path None when
    the route does not exist yet."""
    found = []
    for language, suffix in [("sv", ""), ("en", " (en)")]:
        with translation.override(language):
            found += [(name + suffix, path, note) for name, path, note in pages()]
    found.append(("CSS file", staticfiles_storage.url("css/site.css"), ""))
    return found


def pages():
    role = Role.objects.order_by("order", "title").first()
    found = [("main page", reverse("careers:home"), ""),
             ("role page", role.get_absolute_url(), "")]
    try:
        reverse("careers:job-list")
    except NoReverseMatch:
        found += [("job list, filtered", None, "no job list yet"), ("job ad", None, "no job ads yet")]
    else:
        ad = JobAd.objects.open(timezone.localdate()).select_related("role").order_by("pk").first()
        if ad is None:
            found += [("job list, filtered", None, "no open ad"), ("job ad", None, "no open ad")]
        else:
            found += [("job list, filtered", f"{reverse('careers:job-list')}?yrkesroll={ad.role.slug}", ""),
                      ("job ad", ad.get_absolute_url(), "")]
    return found


# SQL queries, counted in this process with Django's test client.

def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, f"{path}: HTTP {response.status_code}"
    return len(queries)


def more_content(copies):
    """`copies` more of every listed thing, so a count that grows with the content shows."""
    roles, ads = list(Role.objects.all()), list(JobAd.objects.open(timezone.localdate()))
    benefits = list(Benefit.objects.prefetch_related("amounts"))
    others = [*Testimonial.objects.all(), *Link.objects.all()]
    sections = list(Section.objects.filter(listing=""))
    for n in range(1, copies + 1):
        for role in roles:
            Role.objects.create(**render.field_values(role, slug=f"{role.slug}-{n}"))
        for ad in ads:
            JobAd.objects.create(**render.field_values(ad, reference=f"{ad.reference}-{n}"))
        for benefit in benefits:
            copy = Benefit.objects.create(**render.field_values(benefit, title=f"{benefit.title} {n}"))
            for amount in benefit.amounts.all():
                copy.amounts.create(**render.field_values(amount, benefit=copy))
        for row in others:
            type(row).objects.create(**render.field_values(row))
        for section in sections:
            Section.objects.create(**render.field_values(section, anchor=f"{section.anchor}-{n}"))


def queries_per_page(paths, copies=5):
    """Uncached (cache cleared before each page) and cached, with the content as loaded and with more."""
    client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_ENCODING=ACCEPT_ENCODING)
    result = {}
    for path in paths:
        render.cold()
        uncached = count_queries(client, path)
        result[path] = {"uncached": uncached, "cached": count_queries(client, path)}
    with transaction.atomic():  # rolled back below: the database the server reads stays as it was
        more_content(copies)
        for path in paths:
            render.cold()
            result[path]["uncached_more_content"] = count_queries(client, path)
        transaction.set_rollback(True)
    cache.clear()
    return result


# Sizes and load, over HTTP against gunicorn.

def fetch(base, path, accept_encoding):
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    conn.request("GET", path, headers={"Accept-Encoding": accept_encoding})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, response.getheader("Content-Encoding") or "", body


def sizes(base, path):
    status, encoding, sent = fetch(base, path, ACCEPT_ENCODING)
    _, _, raw = fetch(base, path, "identity")
    assert status == 200, f"{path}: HTTP {status}"
    return {
        "raw_bytes": len(raw),
        "sent_bytes": len(sent),
        "content_encoding": encoding or "none",
        # What GZipMiddleware (level 6) would send; it adds up to 100 random bytes against BREACH.
        "gzip_bytes": len(gzip.compress(raw, 6)) if not encoding else len(sent),
        "scripts": len(re.findall(rb"<script\b", raw)),
    }


# What a page loads besides itself: stylesheets, the icon sprite, the favicon;
# in a stylesheet, what url() names (the fonts).
PAGE_ASSETS = re.compile(rb'<link rel="(?:stylesheet|icon)" href="([^"]+)"|<use href="([^"#]+)#')
CSS_ASSETS = re.compile(rb'url\(["\']?([^"\')]+)')


def first_visit_bytes(base, path):
    """The page and every file it loads, once each, as sent to a browser that accepts br and gzip."""
    _, _, page = fetch(base, path, "identity")
    assets = {a or b for a, b in PAGE_ASSETS.findall(page)}
    total = len(fetch(base, path, ACCEPT_ENCODING)[2])
    for asset in sorted(assets):
        url = asset.decode()
        status, _, body = fetch(base, url, ACCEPT_ENCODING)
        assert status == 200, f"{url}: HTTP {status}"
        total += len(body)
        if url.endswith(".css"):
            css = fetch(base, url, "identity")[2]
            for font in sorted(set(CSS_ASSETS.findall(css))):
                total += len(fetch(base, urljoin(url, font.decode()), ACCEPT_ENCODING)[2])
    return total


def app_cpu_us(path, requests=300):
    """CPU time per cached request inside Django, called in this process without a server.

    CPU time, not wall time: it holds still while other work shares the
    machine, where wrk's figures do not. The server's own work per request
    (HTTP parsing, the access log) comes on top, the same for every address.
    """
    from django.core.wsgi import get_wsgi_application

    app = get_wsgi_application()
    path_info, _, query = path.partition("?")
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path_info, "QUERY_STRING": query,
               "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "80", "HTTP_HOST": "127.0.0.1",
               "SERVER_PROTOCOL": "HTTP/1.1", "HTTP_ACCEPT_ENCODING": ACCEPT_ENCODING,
               "wsgi.url_scheme": "http", "wsgi.errors": sys.stderr}

    def call():
        body = app({**environ, "wsgi.input": io.BytesIO()}, lambda status, headers, *exc: None)
        b"".join(body)
        body.close()

    call()  # stored in the cache, if it is a page
    start = time.process_time()
    for _ in range(requests):
        call()
    return round((time.process_time() - start) / requests * 1e6)


LATENCY = re.compile(r"^\s*(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def load(base, path, seconds, connections, threads):
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency",
               "-H", f"Accept-Encoding: {ACCEPT_ENCODING}", base + path]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    latency = {p: float(v) * UNITS[u] for p, v, u in LATENCY.findall(out)}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50_ms": latency.get("50"),
        "p99_ms": latency.get("99"),
        "non_2xx": int(errors.group(1)) if errors else 0,
        "socket_errors": bool(re.search(r"Socket errors", out)),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="the server, e.g. http://127.0.0.1:8765")
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", 5)),
                        help="load time per address and round")
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", 3)))
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()

    found = targets()
    pages = [path for name, path, _ in found if path and name != "CSS file"]
    print("Counting SQL queries (cache cleared before each page)…", flush=True)
    queries = queries_per_page(pages)
    print(f"Timing every page type uncached and cached against /healthz, {render.REQUESTS} requests each…",
          flush=True)
    costs = render.render_costs()

    rows = []
    for name, path, note in found:
        if path is None:
            rows.append({"name": name, "path": None, "note": f"skipped: {note}"})
            continue
        fetch(args.base, path, ACCEPT_ENCODING)  # warms the shared page cache
        rows.append({"name": name, "path": path, **sizes(args.base, path), "app_cpu_us": app_cpu_us(path),
                     **({"first_visit_bytes": first_visit_bytes(args.base, path)} if name != "CSS file" else {}),
                     **({"queries": queries[path]} if path in queries else {})})
    # Rounds over every address in turn, each address's best round kept: on a
    # shared machine a burst of other work then spoils one round, not a ratio.
    measured = [row for row in rows if row["path"]]
    rounds = {row["path"]: [] for row in measured}
    for n in range(1, args.rounds + 1):
        for row in measured:
            print(f"Round {n}/{args.rounds}: {row['path']} for {args.seconds} s…", flush=True)
            rounds[row["path"]].append(load(args.base, row["path"], args.seconds, args.connections, args.threads))
    for row in measured:
        best = max(rounds[row["path"]], key=lambda r: r["requests_per_second"])
        row.update(best, rounds=[r["requests_per_second"] for r in rounds[row["path"]]])

    css = next(row for row in rows if row["name"] == "CSS file")
    for row in rows:
        if row.get("path") and row is not css:
            row["ratio_to_css"] = round(row["requests_per_second"] / css["requests_per_second"], 2)
            row["first_visit_kb"] = round(row["first_visit_bytes"] / 1024, 1)
            row["warm_kb"] = round(row["sent_bytes"] / 1024, 1)
            limit = MAX_QUERIES.get(row["path"], MAX_QUERIES_OTHER)
            row["goals"] = {
                "throughput": row["ratio_to_css"] >= MIN_RATIO,
                "first_visit": row["first_visit_kb"] <= MAX_FIRST_VISIT_KB,
                "warm": row["warm_kb"] <= MAX_WARM_KB,
                "queries": max(row["queries"]["uncached"], row["queries"]["uncached_more_content"]) <= limit
                and row["queries"]["uncached"] == row["queries"]["uncached_more_content"],
            }

    result = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "setup": {"server": "gunicorn, 2 workers, production settings, SQLite, file cache",
                  "settings": os.environ["DJANGO_SETTINGS_MODULE"],
                  "load": f"wrk -t{args.threads} -c{args.connections} -d{args.seconds}s, best of {args.rounds} rounds, "
                          f"Accept-Encoding: {ACCEPT_ENCODING}, no cookies (a first visit: the banner shows)",
                  "cpus": os.cpu_count()},
        "goals": {"min_ratio_to_css": MIN_RATIO, "max_first_visit_kb": MAX_FIRST_VISIT_KB, "max_warm_kb": MAX_WARM_KB,
                  "max_queries_main_page": MAX_QUERIES["/"], "max_queries_other": MAX_QUERIES_OTHER},
        "results": rows,
        "render": costs,
    }
    out_dir = ROOT / "bench-results"
    out_dir.mkdir(exist_ok=True)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    (out_dir / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(text)
    (out_dir / "latest.json").write_text(text)
    print_table(rows)
    render.print_table(costs)
    print(f"\nWritten to {out_dir / 'latest.json'}")


def print_table(rows):
    print()
    print(f"{'page':<20}{'req/s':>8}{'×CSS':>6}{'p50 ms':>8}{'p99 ms':>8}{'app µs':>8}"
          f"{'raw KB':>8}{'warm KB':>9}{'first KB':>9}{'SQL':>5}{'SQL+':>6}{'cached':>7}")
    for row in rows:
        if not row.get("path"):
            print(f"{row['name']:<20}{row['note']}")
            continue
        q = row.get("queries", {})
        print(f"{row['name']:<20}{row['requests_per_second']:>8.0f}{row.get('ratio_to_css', 1):>6.2f}"
              f"{row['p50_ms']:>8.1f}{row['p99_ms']:>8.1f}{row['app_cpu_us']:>8}{row['raw_bytes'] / 1024:>8.1f}"
              f"{row['sent_bytes'] / 1024:>9.1f}{row.get('first_visit_kb', ''):>9}"
              f"{q.get('uncached', ''):>5}"
              f"{q.get('uncached_more_content', ''):>6}{q.get('cached', ''):>7}")
    failed = [f"{row['name']}: {goal}" for row in rows for goal, ok in row.get("goals", {}).items() if not ok]
    print("\nGoals met." if not failed else "\nGoals not met: " + "; ".join(failed))


if __name__ == "__main__":
    main()
