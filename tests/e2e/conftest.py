"""One throwaway deploy with two gunicorn instances for all end-to-end tests: starting it is the slow part."""

import pytest
from django.conf import settings

from tests.e2e import PASSWORD
from tests.instances import Site


@pytest.fixture(scope="package")
def site(tmp_path_factory, collected_static):
    site = Site(tmp_path_factory.mktemp("instances"), static_root=settings.STATIC_ROOT)
    try:
        site.prepare()
        site.manage("createhreditor", "--username", "redaktor", "--noinput",
                    env={"DJANGO_HR_EDITOR_PASSWORD": PASSWORD})
        site.a, site.b = site.start(), site.start()
        yield site
    finally:
        site.close()
