"""What the apps tell the page cache: which models change pages, when content changes by itself,
which query parameters their forms read."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from careers.pagecache import version

# Query parameters that some form of the site reads. Only addresses whose
# parameters are all in here are stored, so made-up query strings cannot fill
# the cache; a form that adds a field adds its name here through its app.
query_params = set()
# Functions of `now` that return the next moment an app's content changes by
# itself (a page set to publish later), or None.
changes_at = []


def invalidate(**kwargs):
    """Start a new content version, in the save's transaction: every process and instance then misses the old pages.

    Written to the database with the change itself, so it holds even when the
    cache cannot be reached (version.py).
    """
    version.start(using=kwargs.get("using"))


def invalidate_on_change(*models):
    """Empty the page cache whenever a row of one of these models is saved or deleted."""
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(invalidate, sender=model, dispatch_uid=f"page-cache-{model._meta.label}")
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(invalidate, sender=field.remote_field.through,
                                dispatch_uid=f"page-cache-{model._meta.label}-{field.name}")


def cache_query_params(*names):
    """Let addresses with these query parameters be cached: the fields of a form a page reads."""
    query_params.update(names)


def expire_at(when):
    """Cache no page past `when(now)`: the next moment an app's content changes without a save."""
    changes_at.append(when)
