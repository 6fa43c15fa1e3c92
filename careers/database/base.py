"""PostgreSQL as Django has it, with a deadline on every call that waits for the server."""

import threading
import time
from contextlib import nullcontext

from django.conf import settings
from django.db.backends.postgresql import base
from psycopg.errors import ConnectionTimeout

from careers.breaker import Breaker
from careers.database.watchdog import watchdog

# After a connection timed out or was cut for hanging, new connections are
# refused at once: otherwise every request would wait out its connect
# timeout, some twice (the content version, then the view).
# Meanwhile a thread of the process tries to connect (`Probe`), and any
# statement that gets an answer closes the breaker too, so the site answers
# as soon as the database does: no pause to wait out, and no requests that
# answer and fail in turn. A request tries itself only if the probe has not
# tried for a connect timeout and a second. A server that refuses is asked
# every time: that costs nothing.
hanging = Breaker("The database", settings.DB_CONNECT_TIMEOUT + 1, quiet=True, service="database")
watchdog.on_cut.append(lambda: hanging.failed(TimeoutError("no answer within the deadline")))


class Probe:
    """One thread per process that connects again and again while `hanging` is open, and closes it on success.

    Each try waits at most the connect timeout; a try under way when the
    server resumes succeeds at once. Requests never wait for it.
    """

    pause = 0.1  # between a try that failed fast (refused) and the next

    def __init__(self):
        self.thread = None
        self.lock = threading.Lock()

    def start(self, connect):
        with self.lock:
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self.run, args=(connect,), name="database-probe", daemon=True)
                self.thread.start()

    def run(self, connect):
        while hanging.down:
            try:
                connect().close()
            except Exception as error:  # whatever the driver raises: the server does not answer yet
                hanging.failed(error)
                time.sleep(self.pause)
            else:
                hanging.succeeded()


probe = Probe()


class DatabaseWrapper(base.DatabaseWrapper):
    """Each statement, health check, commit and rollback gets the statement timeout and a second.

    Connecting has libpq's own connect_timeout (settings.py). The second is
    for a server that still works: its own statement_timeout cancels a slow
    statement first, with a clearer error. After a timeout the `hanging`
    breaker spares the next requests the wait.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.execute_wrappers.append(self.within_deadline)

    def get_new_connection(self, conn_params):
        if not hanging.allows():
            probe.start(lambda: self.Database.connect(**conn_params))
            raise self.Database.OperationalError("the database hangs: asked again in the background")
        try:
            connection = super().get_new_connection(conn_params)
        except ConnectionTimeout as error:
            hanging.failed(error)
            raise
        hanging.succeeded()
        return connection

    def deadline(self):
        if self.connection is None or self.connection.closed:
            return nullcontext()
        return watchdog.guard(self.connection.fileno(), settings.DB_STATEMENT_TIMEOUT + 1)

    def within_deadline(self, execute, sql, params, many, context):
        with self.deadline():
            result = execute(sql, params, many, context)
        hanging.succeeded()  # an answer: new connections may be made again
        return result

    def init_connection_state(self):
        with self.deadline():
            super().init_connection_state()

    def is_usable(self):
        with self.deadline():
            return super().is_usable()

    def _commit(self):
        with self.deadline():
            return super()._commit()

    def _rollback(self):
        with self.deadline():
            return super()._rollback()
