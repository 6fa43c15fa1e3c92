"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives: mail in tests is sent, never mocked."""

import asyncio
import email
import email.policy
import logging
import threading

from aiosmtpd.controller import Controller

from tests.instances import free_port


class Inbox:
    """What the server received, as parsed messages; `handle_DATA` is aiosmtpd's hook."""

    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()
        self.on_message = None  # a test may act between receiving and answering
        self.delay = 0  # seconds per message, so that concurrent senders overlap

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append(message)
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.on_message:
            return self.on_message(server, message) or "250 OK"
        return "250 OK"

    def to(self, address):
        return [m for m in self.messages if m["To"] == address]

    def clear(self):
        with self.lock:
            self.messages.clear()


def start_server():
    """(inbox, controller): the server runs in a thread of its own until controller.stop()."""
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every command at INFO
    inbox = Inbox()
    inbox.port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=inbox.port)
    controller.start()
    return inbox, controller


def mailers(port):
    """MAILERS pointing at the loopback server, as EMAIL_URL=smtp://127.0.0.1:<port> would."""
    return {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                        "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 10}}}
