import logging


class OneLineFormatter(logging.Formatter):
    """One line per event, tracebacks included, so log shippers never split an event."""

    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")

    def format(self, record):
        return super().format(record).replace("\r", "").replace("\n", "\\n")
