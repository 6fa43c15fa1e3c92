"""PostgreSQL as Django has it, with a deadline on every call that waits for the server."""

from contextlib import nullcontext

from django.conf import settings
from django.db.backends.postgresql import base
from psycopg.errors import ConnectionTimeout

from careers.database.watchdog import watchdog
from careers.breaker import Breaker

# After a connection timed out or was cut for hanging, new connections are
# refused at once for a few seconds: otherwise every request would wait out
# its connect timeout, some twice (the content version, then the view).
# A server that refuses is asked every time: that costs nothing.
hanging = Breaker("The database", settings.DB_RETRY_SECONDS, quiet=True)
watchdog.on_cut.append(lambda: hanging.failed(TimeoutError("no answer within the deadline")))


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
            raise self.Database.OperationalError("the database hangs: not asked again for a few seconds")
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
            return execute(sql, params, many, context)

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
