"""The group of HR editors.

Its permissions are given by migrations (careers 0002 and 0004, cookies 0002),
each with its own code: add, change, delete and view on content; view only on
consent records; nothing on users and groups.
"""

HR_EDITOR_GROUP = "HR-redaktör"
