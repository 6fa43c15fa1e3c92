"""What the fault tests break: a Redis server of their own, and a TCP path to the database they can cut.

Nothing here touches the shared services: the Redis server is started on a
free port for the test, and the database is reached through a proxy that the
test owns (PostgreSQL), or is a SQLite file of the test's own. Tests in one
process fail the database on their own connection (`database_down()`).
"""

import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from django.db import OperationalError, connection

# The breaker's pause (DJANGO_CACHE_RETRY_SECONDS) with the `redis` fixture
# (tests/conftest.py): short, so that a test sees its Redis again soon.
RETRY = 1.0


@contextmanager
def database_down():
    """Every statement of this thread (the test and the test client's requests) fails as with a database that is down.

    The site's note of the outage (DatabaseUnavailableMiddleware.down) is left
    as the requests made it, so that a test can go on to see the site heal;
    tests/conftest.py clears it after each test.
    """

    def refused(execute, sql, params, many, context):
        raise OperationalError("connection refused")

    with connection.execute_wrapper(refused):
        yield


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """redis-server on a free port, with its data in `folder` so that a restart keeps it (as production's would)."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None
        self.start()

    def start(self):
        if not shutil.which("redis-server"):
            raise RuntimeError("The fault tests need redis-server (Debian's redis-server): `make test` installs it.")
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
             "--dir", str(self.folder), "--save", "", "--appendonly", "yes", "--protected-mode", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(64).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        """Stopped for good (its data stays on disk for start())."""
        if self.process and self.process.poll() is None:
            self.resume()
            self.process.terminate()
            self.process.wait(timeout=10)

    def pause(self):
        """Alive but silent, as behind a network partition: connections open, nothing answers."""
        os.kill(self.process.pid, signal.SIGSTOP)

    def resume(self):
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGCONT)


class Proxy:
    """A TCP proxy on a free port to `target`, which the test can cut (refused) or hang (accepted, silent)."""

    def __init__(self, target_host, target_port):
        self.target = (target_host, target_port)
        self.port = free_port()
        self.state = "open"
        self.pairs = []
        self.lock = threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.state == "cut":
                client.close()
                continue
            with self.lock:
                self.pairs.append([client, None])
            if self.state == "open":
                self.connect(self.pairs[-1])

    def connect(self, pair):
        try:
            pair[1] = socket.create_connection(self.target, timeout=5)
            pair[1].settimeout(None)
        except OSError:
            pair[0].close()
            return
        for source, sink in ((pair[0], pair[1]), (pair[1], pair[0])):
            threading.Thread(target=self.pipe, args=(source, sink), daemon=True).start()

    def pipe(self, source, sink):
        try:
            while data := source.recv(65536):
                while self.state == "hang":
                    time.sleep(0.05)  # held, as a server that hangs holds it
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def cut(self):
        """Every connection closed, every new one refused: the database is down."""
        self.state = "cut"
        with self.lock:
            pairs, self.pairs = self.pairs, []
        for pair in pairs:
            for sock in pair:
                if sock is not None:
                    try:
                        sock.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                    sock.close()

    def hang(self):
        """Connections accepted and kept, but nothing goes through either way."""
        self.state = "hang"

    def restore(self):
        held = self.state == "hang"
        self.state = "open"
        if not held:
            return
        with self.lock:
            waiting = [pair for pair in self.pairs if pair[1] is None]
        for pair in waiting:
            self.connect(pair)

    def close(self):
        self.cut()
        self.listener.close()
