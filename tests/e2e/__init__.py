# The password of the HR editor that the end-to-end deploy (conftest.py) creates.
PASSWORD = "Ett-långt-lösenord-för-e2e-42"

# The METRICS_TOKEN of the deploy behind nginx (conftest.py's `proxied`), for Prometheus' bearer header.
METRICS_TOKEN = "e2e-skrapnyckel-4f1c"
