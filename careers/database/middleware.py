"""A page that cannot be rendered for want of the database: a 503 in the address's language, never a 500."""

import logging

from django.db import InterfaceError, OperationalError, connection
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger("careers.database")

# Errors of the connection (refused, timed out, cut, a file that cannot be
# opened); any other database error is a bug and stays a 500.
UNAVAILABLE = (OperationalError, InterfaceError)


def reason(error):
    """The first line of a database error, for a log line that stays one line."""
    return (str(error).strip() or type(error).__name__).splitlines()[0]


def unavailable(request, retry_after=30):
    """The 503 page (in the address's language) with Retry-After; marked so the page cache may answer with its
    last good copy."""
    response = render(request, "503.html", status=503)
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    response.database_unavailable = True
    quiet(response)
    return response


def quiet(response):
    """Keep django.request from logging this 5xx as an error, once per request: the outage is logged once."""
    response._has_been_logged = True  # the flag Django's own log_response() checks
    return response


class DatabaseUnavailableMiddleware:
    """Answer 503 and Retry-After, in the address's language, when a view fails because the database does not answer.

    One warning in the log per outage and process, and one when the database
    answers again (the first page rendered without an error), not a traceback
    per request: the outage is the operator's news, not a bug.
    """

    retry_after = 30
    down = False  # per process

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not DatabaseUnavailableMiddleware.down:
            return self.get_response(request)
        # Back at the first statement that gets an answer; a request that
        # never needed the database says nothing either way.
        answered = []

        def note(execute, *args):
            result = execute(*args)
            answered.append(True)
            return result

        with connection.execute_wrapper(note):
            response = self.get_response(request)
        if answered and DatabaseUnavailableMiddleware.down:
            DatabaseUnavailableMiddleware.down = False
            logger.warning("database: answers again")
        return response

    def process_exception(self, request, exception):
        if not isinstance(exception, UNAVAILABLE):
            return None
        went_down(exception)
        return unavailable(request, self.retry_after)


def went_down(error):
    """Note that the database does not answer: a warning when this process sees an outage start, not per request.

    For a view that answers the outage itself (/healthz); the middleware
    above notes it for the others, and logs when the database answers again.
    """
    if not DatabaseUnavailableMiddleware.down:
        DatabaseUnavailableMiddleware.down = True
        logger.warning("database: does not answer (%s); answering 503 or the last good copy of a page",
                       reason(error))
