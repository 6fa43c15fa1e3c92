"""Addresses an editor types, judged as a browser will read them.

A browser strips leading and trailing spaces and control characters, drops
tabs and newlines anywhere, and reads a backslash as a slash in an http(s)
address: `/\\evil.example/` and `/<TAB>/evil.example/` both become
`//evil.example/`, another website, though they look like paths on this one.
Rather than follow each browser's repairs, an address holding any of those
characters is refused, and what is left is read plainly: a path on this site
starts with one slash, a whole address is https with a host and no user name
(`https://fk.se@evil.example/` leads to evil.example).
"""

import re
from urllib.parse import urlsplit

from django.utils.translation import gettext as _

# Spaces and control characters (which browsers strip or drop), and backslashes (which they read as /).
REPAIRED_BY_BROWSERS = re.compile(r"[\x00-\x20\x7f\\]")


def problem(address, local=True):
    """Why a browser would not read `address` as it looks (a Swedish message), or None.

    `local`: a path on this site (one slash, then the path) is allowed too.
    """
    if REPAIRED_BY_BROWSERS.search(address):
        return _("Write the address without spaces, tabs, line breaks or backslashes (\\).")
    if local and address.startswith("/") and not address.startswith("//"):
        return None
    parts = urlsplit(address)
    if address[:8].lower() == "https://" and parts.hostname and "@" not in parts.netloc:
        return None
    if local:
        return _("The address must start with / or https://.")
    return _("The address must start with https://.")
