"""Every answer carries a request ID, and every log line written while answering it ends with the same ID."""

import io
import logging
import re

import pytest

from careers.logformat import OneLineFormatter


@pytest.fixture
def log():
    """What django.request logs, formatted as the site formats it on stdout."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(OneLineFormatter())
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    yield stream
    logger.removeHandler(handler)


def test_a_request_id_from_the_proxy_is_answered_and_ends_each_log_line_of_the_request(client, db, log):
    response = client.get("/finns-inte/", headers={"X-Request-ID": "a1b2c3d4e5f6-nginx"})
    assert response.status_code == 404
    assert response["X-Request-ID"] == "a1b2c3d4e5f6-nginx"
    [line] = log.getvalue().splitlines()
    assert "WARNING django.request Not Found: /finns-inte/" in line
    assert line.endswith(" request_id=a1b2c3d4e5f6-nginx")


@pytest.mark.parametrize("given", [None, "", "två ord", "x" * 129, "id\r\nSet-Cookie: a=b", "<script>"])
def test_without_a_usable_request_id_one_is_made_and_used_for_the_log(client, db, log, given):
    headers = {"X-Request-ID": given} if given is not None else {}
    response = client.get("/finns-inte/", headers=headers)
    made = response["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", made)
    assert log.getvalue().splitlines()[0].endswith(f" request_id={made}")


def test_a_line_that_writes_the_id_itself_carries_it_once(log):
    # gunicorn's access line (gunicorn.conf.py) ends with the response's X-Request-ID.
    from careers.requestid import current

    token = current.set("a1b2c3d4")
    try:
        logging.getLogger("django.request").warning('"GET / HTTP/1.1" 200 request_id=a1b2c3d4')
    finally:
        current.reset(token)
    assert log.getvalue().splitlines()[-1].count("request_id=") == 1


def test_each_request_gets_its_own_id_and_lines_outside_a_request_have_none(client, db, log):
    first, second = client.get("/"), client.get("/")
    assert first["X-Request-ID"] != second["X-Request-ID"]
    logging.getLogger("django.request").warning("utanför en förfrågan")
    assert "request_id=" not in log.getvalue().splitlines()[-1]


def test_a_refused_host_is_answered_with_an_id_too(client, db):
    response = client.get("/", headers={"Host": "elak.example.com"})
    assert response.status_code == 400 and response["X-Request-ID"]
