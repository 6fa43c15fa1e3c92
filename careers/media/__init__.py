"""Uploaded media: where files are stored (storage.py, config.py), how they are served
(serve.py) and how pictures become the sizes and formats browsers want (pictures.py)."""
