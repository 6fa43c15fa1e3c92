"""The signed links in alert e-mails (django.core.signing, keyed by SECRET_KEY).

Each kind has its own salt, so a link of one kind is never accepted as another,
and its own lifetime:

- confirm: the sign-up itself (address, filters, frequency, consent version,
  language), 7 days. Nothing is stored before the click; the token is the whole sign-up.
- manage: the management page of one subscription, 60 days; every alert e-mail
  carries a fresh one.
- unsubscribe: the one-click List-Unsubscribe address. Mail programs offer it
  for old e-mails too, and ending a subscription can harm no one, so it lives
  longer than a subscription can (13 months and a little).
"""

import hashlib
import uuid
from datetime import timedelta

from django.core import signing

CONFIRM_MAX_AGE = timedelta(days=7)
MANAGE_MAX_AGE = timedelta(days=60)
UNSUBSCRIBE_MAX_AGE = timedelta(days=400)

CONFIRM, MANAGE, UNSUBSCRIBE = "careers.alerts.confirm", "careers.alerts.manage", "careers.alerts.unsubscribe"
MAX_AGES = {CONFIRM: CONFIRM_MAX_AGE, MANAGE: MANAGE_MAX_AGE, UNSUBSCRIBE: UNSUBSCRIBE_MAX_AGE}


class Expired(Exception):
    """A genuine link past its lifetime."""


class Invalid(Exception):
    """A link we did not sign, or one that was changed."""


def for_signup(email, query, frequency, consent_version, language="sv"):
    return signing.dumps({"e": email, "q": query, "f": frequency, "v": consent_version, "l": language},
                         salt=CONFIRM, compress=True)


def for_subscription(subscription, kind):
    return signing.dumps(subscription.key.hex, salt=kind)


def read(token, kind):
    """The signed value, or Expired / Invalid."""
    try:
        return signing.loads(token, salt=kind, max_age=MAX_AGES[kind])
    except signing.SignatureExpired as error:
        raise Expired from error
    except (signing.BadSignature, ValueError) as error:
        raise Invalid from error


def read_key(token, kind):
    """The subscription key a manage or unsubscribe link names."""
    value = read(token, kind)
    try:
        return uuid.UUID(hex=value)
    except (TypeError, ValueError) as error:
        raise Invalid from error


def digest(token):
    return hashlib.sha256(token.encode()).hexdigest()
