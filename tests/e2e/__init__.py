# The password of the HR editor that the end-to-end deploy (conftest.py) creates.
PASSWORD = "Ett-långt-lösenord-för-e2e-42"
