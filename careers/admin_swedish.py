"""Strings that HR editors meet in the admin and that their own apps' Swedish catalogues lack.

Never imported: `make messages` reads these calls so that the strings, with
their Swedish, stay in locale/sv (which wins over the apps' own catalogues).
Django 6.1's admin and django-reversion lack them; the admin's scripts' strings
are in locale/sv/LC_MESSAGES/djangojs.po. tests/careers/test_admin_swedish.py
walks the admin and fails on any English left.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

DJANGO = [
    gettext_noop("- Select an option -"),
    gettext_noop("Filter by %(field_name)s"),
    gettext_noop("Logout"),
    gettext_noop(", "),
    gettext_noop('The app "%s" could not be found.'),
    gettext_noop("No %s matches the given query."),
    ngettext_lazy("…and %(count)d more object.", "…and %(count)d more objects.", "count"),
]

REVERSION = [
    gettext_noop("Choose a date from the list below to revert to a previous version of this object."),
    gettext_noop("This object doesn't have a change history. It probably wasn't added via this admin site."),
    gettext_noop("Could not load %(object_repr)s version - not found"),
    gettext_noop("Recover deleted %(name)s"),
    gettext_noop("Press the save button below to recover this version of the object."),
    gettext_noop("Reverted to previous version, saved on %(datetime)s"),
    gettext_noop("Deleted %(verbose_name)s."),
]
