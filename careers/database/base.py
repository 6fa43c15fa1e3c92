"""PostgreSQL as Django has it, with a deadline on every call that waits for the server."""

from contextlib import nullcontext

from django.conf import settings
from django.db.backends.postgresql import base

from careers.database.watchdog import watchdog


class DatabaseWrapper(base.DatabaseWrapper):
    """Each statement, health check, commit and rollback gets the statement timeout and a second.

    Connecting has libpq's own connect_timeout (settings.py). The second is
    for a server that still works: its own statement_timeout cancels a slow
    statement first, with a clearer error.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.execute_wrappers.append(self.within_deadline)

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
