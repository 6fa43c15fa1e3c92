"""Load test: two gunicorn instances on loopback, 64 concurrent clients for 30 seconds.

    .venv/bin/python bench/loadtest.py [--seconds 30] [--clients 64] [--saves 5] [--fault redis] [--proxy]

Meanwhile an editor saves a role in the admin of the first instance every
--saves seconds (0: never), and every save makes every page a miss on both
instances at once: the render lock (careers/pagecache/lock.py) must keep that
from becoming a stampede, which the p99 latency shows.

With --fault redis the instances share a Redis server of the run's own
(tests/faults.py), which is stopped a third of the way through and started
again at two thirds: the site must answer every request meanwhile, from the
database, with no 5xx; the p99 latency says what the outage cost.

With --proxy the clients go through Debian's nginx with deploy/nginx.conf
(deploy/proxy.py) in front of the two instances, as in production, instead
of half of them to each instance.

The instances share one database and one cache, as in production: PostgreSQL
and Redis when DATABASE_URL and CACHE_URL point there, else SQLite and the
file cache (tests/instances.py makes a database, cache prefix and folder
of its own and removes them afterwards). wrk drives each instance with half
of the clients over the site's pages; one request in ten carries a query
string never seen before, so it misses the page cache and is rendered from the
database. Passes only with zero connection errors, zero timeouts and no
answer other than 200 (every address is checked for 200 first). Bounded in
time and to 127.0.0.1 only; it stops by itself.
"""

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from deploy.proxy import Nginx  # noqa: E402
from tests.e2e import PASSWORD  # noqa: E402
from tests.faults import RedisServer  # noqa: E402
from tests.instances import Browser, Site, free_port  # noqa: E402

ADMIN = "/admin/"

LUA = r"""
-- One wrk thread's requests: the site's pages in turn, every tenth with a fresh query string.
local paths = {%(paths)s}
local n, threads = 0, {}
counts = {ok = 0, c3 = 0, c4 = 0, c5 = 0}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + id)
end

function request()
  n = n + 1
  local path = paths[(n %% #paths) + 1]
  if n %% 10 == 0 then
    path = path .. "?utm_source=last" .. math.random(1, 1000000000)
  end
  return wrk.format("GET", path, {["Accept-Encoding"] = "br, gzip"})
end

function response(status, headers, body)
  if status == 200 then counts.ok = counts.ok + 1
  elseif status < 400 then counts.c3 = counts.c3 + 1
  elseif status < 500 then counts.c4 = counts.c4 + 1
  else counts.c5 = counts.c5 + 1 end
end

function done(summary, latency, requests)
  local total = {ok = 0, c3 = 0, c4 = 0, c5 = 0}
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for key, value in pairs(c) do total[key] = total[key] + value end
  end
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %%d, "seconds": %%.3f, "ok": %%d, "3xx": %%d, "4xx": %%d, "5xx": %%d, ' ..
    '"connect": %%d, "read": %%d, "write": %%d, "timeout": %%d, "p50_ms": %%.1f, "p99_ms": %%.1f, ' ..
    '"max_ms": %%.1f}\n',
    summary.requests, summary.duration / 1e6, total.ok, total.c3, total.c4, total.c5,
    e.connect, e.read, e.write, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def site_paths(base):
    """The home page and every page it links to on the site itself (no admin, no static files)."""
    with urllib.request.urlopen(base + "/", timeout=10) as response:
        html = response.read().decode()
    links = {"/", "/healthz", "/kakor/"}
    links |= {link for link in re.findall(r'href="(/[^"#?]*)"', html)
              if not link.startswith(("/static/", "/admin/", "//"))}
    return sorted(links)


def check_all_answer_200(base, paths):
    for path in paths:
        with urllib.request.urlopen(base + path, timeout=10) as response:
            assert response.status == 200, (path, response.status)


def redis_outage(redis, seconds, timeline):
    """Stop Redis a third of the way through the run, start it again at two thirds."""
    started = time.monotonic()
    time.sleep(seconds / 3)
    redis.stop()
    timeline.append(("stopped", time.monotonic() - started))
    time.sleep(seconds / 3)
    redis.start()
    timeline.append(("started again", time.monotonic() - started))


def logged_in_editor(site, instance, enrolment):
    """An HR editor logged in to the instance's admin (with a backup code), and the change form of the first role."""
    pk = site.manage("shell", "--no-imports", "-c",
                     "from careers.models import Role; print(Role.objects.order_by('pk').first().pk)").strip()
    editor = Browser(instance.url)
    editor.get(ADMIN + "login/")
    code = re.findall(r"^  ([a-z2-7]{8})$", enrolment, re.MULTILINE)[0]  # as tests/e2e/conftest.py reads them
    status, _, _ = editor.submit(ADMIN + "login/?next=" + ADMIN,
                                 {"username": ["redaktor"], "password": [PASSWORD], "otp_token": [code]})
    assert status == 302, f"the editor's login answered {status}"
    return editor, f"{ADMIN}careers/role/{pk}/change/"


def saves_in_the_admin(editor, change_url, every, until, saves):
    """Save the role every `every` seconds, its summary changed each time: each save makes every page a miss."""
    n = 0
    while time.monotonic() + every < until:
        time.sleep(every)
        n += 1
        try:
            status, _, _ = editor.submit(change_url, {"summary_sv": [f"Sparad under lasttestet, gång {n}."]})
        except Exception as error:  # reported, and the run fails
            status = repr(error)
        saves.append(("save", status))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--saves", type=float, default=5, help="seconds between two saves in the admin (0: none)")
    parser.add_argument("--fault", choices=["redis"], help="stop and restart a Redis of the run's own meanwhile")
    parser.add_argument("--proxy", action="store_true", help="all clients through nginx (deploy/nginx.conf)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("The load test needs wrk: apt-get install wrk")
    if args.fault and not shutil.which("redis-server"):
        sys.exit("The fault run needs redis-server: apt-get install redis-server")
    seconds = min(max(args.seconds, 1), 300)  # bounded, whatever is asked
    clients = min(max(args.clients, 2), 512)

    timeline = []
    nginx = None
    with tempfile.TemporaryDirectory(prefix="jobba-loadtest-") as folder:
        redis = RedisServer(Path(folder) / "redis") if args.fault else None
        site = Site(folder, name="loadtest")
        if redis:
            site.env["CACHE_URL"] = redis.url
        try:
            print("Preparing a database with content and example ads, and the static files…", flush=True)
            site.manage("migrate", "--noinput")
            site.manage("loadcontent", "--examples")
            site.manage("collectstatic", "--noinput", "--verbosity", "0")
            enrolment = site.manage("createhreditor", "--username", "redaktor", "--noinput", "--static-codes",
                                    env={"DJANGO_HR_EDITOR_PASSWORD": PASSWORD})
            if args.proxy:  # the client's address from nginx's header, as behind it in production
                site.env["DJANGO_CLIENT_IP_HEADER"] = "HTTP_X_FORWARDED_FOR"
            instances = [site.start(), site.start()]
            paths = site_paths(instances[0].url)
            for instance in instances:
                check_all_answer_200(instance.url, paths)
            targets = [instance.url for instance in instances]
            if args.proxy:
                nginx = Nginx(Path(folder) / "nginx", [instance.port for instance in instances], free_port())
                check_all_answer_200(nginx.url, paths)
                targets = [nginx.url]
            database = site.env.get("DATABASE_URL", "sqlite").split(":")[0]
            cache = site.env.get("CACHE_URL", "file").split(":")[0]
            front = f" behind nginx on {nginx.url}" if nginx else ""
            print(f"Two instances ({', '.join(i.url for i in instances)}){front}, {database} and {cache} cache, "
                  f"{len(paths)} addresses; {clients} clients for {seconds} s…", flush=True)
            editor = logged_in_editor(site, instances[0], enrolment) if args.saves > 0 else None
            script = Path(folder) / "load.lua"
            script.write_text(LUA % {"paths": ", ".join(json.dumps(p) for p in paths)})
            started = time.monotonic()
            runs = [subprocess.Popen(["wrk", "--threads", "1", "--connections", str(clients // len(targets)),
                                      "--duration", f"{seconds}s", "--timeout", "10s", "--latency",
                                      "--script", str(script), target + "/"],
                                     stdout=subprocess.PIPE, text=True)
                    for target in targets]
            saves = []
            if args.saves > 0:
                threading.Thread(target=saves_in_the_admin, daemon=True,
                                 args=(*editor, max(args.saves, 1), started + seconds, saves)).start()
            if redis:
                threading.Thread(target=redis_outage, args=(redis, seconds, timeline), daemon=True).start()
            outputs = [run.communicate(timeout=seconds + 60)[0] for run in runs]
            elapsed = time.monotonic() - started
            results = [json.loads(re.search(r"^RESULT (.*)$", out, re.MULTILINE).group(1)) for out in outputs]
            server_errors = sum(instance.log.read_text().count(" ERROR ") for instance in instances)
        finally:
            if nginx:
                nginx.stop()
            site.close()
            if redis:
                redis.stop()

    total = {key: sum(r[key] for r in results) for key in ("requests", "ok", "3xx", "4xx", "5xx",
                                                           "connect", "read", "write", "timeout")}
    errors = total["connect"] + total["read"] + total["write"] + total["timeout"]
    print(f"requests      {total['requests']} in {elapsed:.1f} s: {total['requests'] / elapsed:.0f} per second")
    for target, result in zip(targets, results, strict=True):
        print(f"  {target}  {result['requests']} requests, p50 {result['p50_ms']} ms, "
              f"p99 {result['p99_ms']} ms, max {result['max_ms']} ms")
    for event, at in timeline:
        print(f"Redis         {event} at {at:.1f} s")
    saved = sum(1 for kind, status in saves if kind == "save" and status == 302)
    failed_saves = [entry for entry in saves if entry[1] != 302]
    if args.saves > 0:
        print(f"admin saves   {saved} saved (a role, every {max(args.saves, 1):g} s), failed: {failed_saves or 'none'}")
    print(f"p99 latency   {max(r['p99_ms'] for r in results)} ms (the highest of {len(results)} wrk runs)")
    print(f"answers       200: {total['ok']}, 3xx: {total['3xx']}, 4xx: {total['4xx']}, 5xx: {total['5xx']}")
    print(f"errors        connection/read/write: {errors - total['timeout']}, timeouts: {total['timeout']}, "
          f"ERROR lines in the server logs: {server_errors}")
    failed = failed_saves or (args.saves > 0 and not saved)
    failed = failed or errors or total["5xx"] or total["4xx"] or total["3xx"] or server_errors or not total["requests"]
    print("FAILED" if failed else "PASSED: zero errors, zero 5xx")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
