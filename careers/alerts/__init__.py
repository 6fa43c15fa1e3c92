"""Job alerts (jobbevakning): new open jobs by e-mail, for the filters of the job list.

- `tokens`: the signed links in the e-mails (confirm, manage, one-click unsubscribe).
- `models`: a confirmed subscription, and one row per e-mail sent (exactly once).
- `periods`: the closed Stockholm-day windows of publication time an e-mail covers.
- `sending`: `sendjobalerts`' work, batch by batch; `mail`: the messages themselves.
"""
