"""Django 6.1's MAILERS read from the environment (EMAIL_URL), for settings.py."""


def _from_email_url(config):
    """django-environ's EMAIL_URL reading, as one of Django 6.1's MAILERS (which replace EMAIL_*)."""
    backend = config["EMAIL_BACKEND"]
    if backend.endswith(".smtp.EmailBackend"):
        options = {"host": config["EMAIL_HOST"] or "localhost", "port": config["EMAIL_PORT"],
                   "username": config["EMAIL_HOST_USER"] or None, "password": config["EMAIL_HOST_PASSWORD"] or None,
                   "use_tls": config.get("EMAIL_USE_TLS", False), "use_ssl": config.get("EMAIL_USE_SSL", False),
                   "timeout": config.get("OPTIONS", {}).get("TIMEOUT", 30)}
    elif backend.endswith(".filebased.EmailBackend"):
        # email_url() drops the path's leading slash: filemail:///srv/mail is /srv/mail.
        options = {"file_path": "/" + config["EMAIL_FILE_PATH"]}
    else:
        options = {}
    return {"BACKEND": backend, "OPTIONS": options}


def mailers(env, debug, data_dir):
    """EMAIL_URL, e.g. smtp+tls://user:password@smtp.internal:587.

    Without it, development writes each e-mail to a file in data/mail/ to be
    read there, and production hands mail to the machine's own mail server
    (localhost:25).
    """
    if env.str("EMAIL_URL", default=""):
        return {"default": _from_email_url(env.email_url("EMAIL_URL"))}
    if debug:
        return {"default": {"BACKEND": "django.core.mail.backends.filebased.EmailBackend",
                            "OPTIONS": {"file_path": str(data_dir / "mail")}}}
    return {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                        "OPTIONS": {"host": "localhost", "port": 25, "timeout": 30}}}
