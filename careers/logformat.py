import logging

from careers.requestid import current


class OneLineFormatter(logging.Formatter):
    """One line per event, tracebacks included, so log shippers never split an event.

    A line written while a request is answered ends with its ID
    (careers/requestid.py); gunicorn's access line writes it itself
    (gunicorn.conf.py), after the request.
    """

    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")

    def format(self, record):
        line = super().format(record).replace("\r", "").replace("\n", "\\n")
        request_id = current.get()
        # gunicorn's access line writes the ID itself, and may be written before the request is over.
        if request_id and not line.endswith(f" request_id={request_id}"):
            line += f" request_id={request_id}"
        return line
