import io

import pytest
from django.core.management import call_command


@pytest.fixture
def content(db):
    """The site's real first content, as `make run` loads it."""
    call_command("loadcontent", stdout=io.StringIO(), stderr=io.StringIO())
