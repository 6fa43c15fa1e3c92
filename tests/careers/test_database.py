"""careers/database: the watchdog that cuts a connection whose server does not answer.

The whole path (PostgreSQL through a proxy that hangs) is proven in
tests/e2e/test_faults.py; here the watchdog alone, on a socket whose other
end never answers, as a hung server's.
"""

import socket
import threading
import time

from careers.database.watchdog import Watchdog


def test_a_call_that_waits_past_its_deadline_is_woken_by_its_socket_being_cut():
    watchdog, cuts = Watchdog(), []
    watchdog.on_cut.append(lambda: cuts.append(True))
    ours, silent_server = socket.socketpair()
    with ours, silent_server:
        started = time.monotonic()
        with watchdog.guard(ours.fileno(), 0.3):
            answer = ours.recv(1)  # would wait forever: the server never writes
        assert answer == b""
        assert 0.3 <= time.monotonic() - started < 1.5
        assert cuts == [True]


def test_a_call_that_ends_in_time_is_left_alone():
    watchdog = Watchdog()
    ours, server = socket.socketpair()
    with ours, server:
        threading.Timer(0.05, server.sendall, [b"x"]).start()
        with watchdog.guard(ours.fileno(), 0.5):
            assert ours.recv(1) == b"x"
        time.sleep(0.8)  # past the deadline: the socket is the caller's again, and still works
        server.sendall(b"y")
        assert ours.recv(1) == b"y"
