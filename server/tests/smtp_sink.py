"""A mail server on loopback for the outbox test: every message it accepts becomes one file
in FOLDER (first line: the envelope recipients). Usage: smtp_sink.py PORT FOLDER.
Prints "ready" once it listens; runs until killed."""

import pathlib
import sys
import threading
import uuid

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = pathlib.Path(folder)

    async def handle_DATA(self, server, session, envelope):
        name = self.folder / f"{uuid.uuid4().hex}.eml"
        partial = name.with_suffix(".partial")
        recipients = ",".join(envelope.rcpt_tos).encode()
        partial.write_bytes(b"X-Envelope-To: " + recipients + b"\r\n" + envelope.original_content)
        partial.rename(name)  # whole files only
        return "250 OK"


controller = Controller(Sink(sys.argv[2]), hostname="127.0.0.1", port=int(sys.argv[1]))
controller.start()
print("ready", flush=True)
threading.Event().wait()
