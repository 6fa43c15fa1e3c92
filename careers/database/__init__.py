"""How the site lives with a database that fails: refuses, hangs, or is cut off.

- `base`: the database backend for PostgreSQL (settings.py picks it): Django's
  own, with a deadline on every wait for the server (`watchdog`), so that a
  server that hangs holds no worker longer than the statement timeout and a second.
- `middleware`: a page that cannot be rendered for want of the database is a
  503 in the address's language with Retry-After, never a 500; the page cache
  around it serves its last good copy instead when it has one.
"""
