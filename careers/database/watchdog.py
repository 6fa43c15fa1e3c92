"""One thread per process that cuts the connection of a database call past its deadline.

PostgreSQL's statement_timeout cancels a slow statement, but only a server
that still works can enforce it; psycopg itself waits for an answer forever.
A server that hangs (stopped, swapped out, a network that drops packets, a
proxy that stalls) would hold the worker until gunicorn kills it. Shutting
the socket down wakes the waiting call at once with an OperationalError, and
Django then drops the connection.
"""

import logging
import os
import socket
import threading
import time

logger = logging.getLogger("careers.database")


class Watchdog:
    interval = 0.2

    def __init__(self):
        self.on_cut = []  # called after each cut: the server hangs
        self.calls = {}
        self.lock = threading.Lock()
        self.pid = None

    def guard(self, fileno, seconds):
        """A context manager: the call inside it has `seconds` before its socket is shut down."""
        return Call(self, fileno, time.monotonic() + seconds)

    def start(self):
        # Started in each process on first use: a thread does not survive a fork.
        if self.pid != os.getpid():
            self.pid = os.getpid()
            threading.Thread(target=self.run, name="database-watchdog", daemon=True).start()

    def run(self):
        while True:
            time.sleep(self.interval)
            now = time.monotonic()
            with self.lock:
                late = [call for call in self.calls.values() if call.deadline <= now]
                for call in late:
                    del self.calls[id(call)]
                    call.cut()
            for callback in self.on_cut if late else ():
                callback()


class Call:
    def __init__(self, watchdog, fileno, deadline):
        self.watchdog, self.fileno, self.deadline = watchdog, fileno, deadline

    def __enter__(self):
        with self.watchdog.lock:
            self.watchdog.start()
            self.watchdog.calls[id(self)] = self

    def __exit__(self, *exc_info):
        # Under the lock: once out, the socket (and its number) is the caller's again.
        with self.watchdog.lock:
            self.watchdog.calls.pop(id(self), None)

    def cut(self):
        logger.warning("database: no answer within the deadline; the connection is cut")
        try:
            with socket.socket(fileno=os.dup(self.fileno)) as sock:
                sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed: nothing left to wake


watchdog = Watchdog()
