"""STORAGES["default"], MEDIA_URL and the CSP sources of uploaded files, read from the environment.

Without DJANGO_MEDIA_S3_BUCKET, files go to a folder under DJANGO_DATA_DIR and the site
serves them itself (careers/media/serve.py). With it, they go to S3-compatible object
storage through django-storages, and pages link straight to the storage: every
instance then shares the same files. Addresses are path-style (endpoint/bucket/name)
unless a custom domain is given, so that one CSP source covers every file.
"""

from pathlib import Path

LOCAL_URL = "/media/"


def media(env, data_dir):
    """(default storage, MEDIA_ROOT, MEDIA_URL, CSP sources beyond 'self') for settings.py."""
    root = Path(env.str("DJANGO_MEDIA_ROOT", default=str(Path(data_dir) / "media")))
    bucket = env.str("DJANGO_MEDIA_S3_BUCKET", default="")
    if not bucket:
        storage = {"BACKEND": "careers.media.storage.LocalStorage", "OPTIONS": {"location": root}}
        return storage, root, LOCAL_URL, []
    endpoint = env.str("DJANGO_MEDIA_S3_ENDPOINT_URL", default="").rstrip("/")
    region = env.str("DJANGO_MEDIA_S3_REGION", default="eu-north-1")
    domain = env.str("DJANGO_MEDIA_S3_CUSTOM_DOMAIN", default="").strip("/")
    options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint or None,
        "region_name": region,
        "access_key": env.str("DJANGO_MEDIA_S3_ACCESS_KEY_ID", default="") or None,
        "secret_key": env.str("DJANGO_MEDIA_S3_SECRET_ACCESS_KEY", default="") or None,
        "addressing_style": "path",
        # The bucket's policy lets anyone read (README.md): plain addresses,
        # which pages can be cached with, never signed ones that expire.
        "querystring_auth": False,
        "default_acl": None,
        "file_overwrite": False,
    }
    if domain:
        options["custom_domain"] = domain
        url = f"https://{domain}/"
    else:
        url = f"{endpoint or f'https://s3.{region}.amazonaws.com'}/{bucket}/"
    storage = {"BACKEND": "careers.media.storage.ObjectStorage", "OPTIONS": options}
    # A source with a path covers everything below it, and nothing else on that host.
    return storage, root, url, [url]
