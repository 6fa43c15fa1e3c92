"""One throwaway deploy with two gunicorn instances for all end-to-end tests: starting it is the slow part."""

import re

import pytest
from django.conf import settings

from tests.e2e import PASSWORD
from tests.editors import secret_of
from tests.instances import Site


@pytest.fixture(scope="package")
def site(tmp_path_factory, collected_static):
    site = Site(tmp_path_factory.mktemp("instances"), static_root=settings.STATIC_ROOT)
    try:
        site.prepare()
        enrolment = site.manage("createhreditor", "--username", "redaktor", "--noinput", "--static-codes",
                                env={"DJANGO_HR_EDITOR_PASSWORD": PASSWORD})
        # The editor's app (its secret) and backup codes: each test's login uses up one code.
        site.editor_secret = secret_of(enrolment)
        site.backup_codes = re.findall(r"^  ([a-z2-7]{8})$", enrolment, re.MULTILINE)
        site.a, site.b = site.start(), site.start()
        yield site
    finally:
        site.close()
