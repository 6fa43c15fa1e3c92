"""What modeltranslation translates (it imports this module of every app at start-up)."""

from careers import jobads_translation  # noqa: F401 (registers JobAd's English columns)
