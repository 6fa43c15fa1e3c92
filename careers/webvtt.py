"""A small, strict reader of WebVTT caption files (https://www.w3.org/TR/webvtt1/).

Stricter than a browser, which skips what it cannot read without a word: here
every block that is not a comment, a style, a region or a well-formed cue is an
error with its line number, so that HR learns of a broken caption file when
uploading it, not from a viewer who sees no captions. `parse()` returns the
cues; `CaptionError` says in the visitor's language what is wrong.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

TIMESTAMP = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
TIMING = re.compile(rf"^{TIMESTAMP}[ \t]+-->[ \t]+{TIMESTAMP}(?:[ \t]+(.*))?$")
HEADER = re.compile(r"^WEBVTT(?:[ \t].*)?$")
# Blocks that carry no cue and that a browser reads or skips by their first word.
OTHER_BLOCKS = ("NOTE", "STYLE", "REGION")


class CaptionError(ValueError):
    pass


@dataclass(frozen=True)
class Cue:
    start: float  # seconds
    end: float
    text: str


def seconds(hours, minutes, secs, millis):
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(secs) + int(millis) / 1000


def parse(data):
    """The cues of a WebVTT file given as bytes; CaptionError when it is not one."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CaptionError(_("The caption file is not UTF-8 text.")) from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in text:
        raise CaptionError(_("The caption file is not UTF-8 text."))
    lines = text.split("\n")
    if not HEADER.match(lines[0]):
        raise CaptionError(_('A WebVTT caption file starts with the line "WEBVTT".'))
    cues, body, block = [], 1, []
    # The header may go on over more lines until the first empty one.
    while body < len(lines) and lines[body].strip():
        body += 1
    for number, line in enumerate(lines[body:], start=body + 1):
        if line.strip():
            block.append((number, line))
        elif block:
            cues += read_block(block, cues)
            block = []
    if block:
        cues += read_block(block, cues)
    if not cues:
        raise CaptionError(_("The caption file has no captions."))
    return cues


def read_block(block, earlier):
    first_number, first = block[0]
    if first.split(" ", 1)[0].split("\t", 1)[0] in OTHER_BLOCKS and "-->" not in first:
        if earlier and first.startswith(("STYLE", "REGION")):
            raise CaptionError(_("Line %(line)d: styles and regions must come before the first caption.")
                               % {"line": first_number})
        return []
    # An identifier line before the timing is allowed; it must not itself hold "-->".
    if "-->" not in first:
        if len(block) < 2:
            raise CaptionError(_("Line %(line)d: a caption must start with its times, "
                                 "like 00:00:01.000 --> 00:00:04.000.") % {"line": first_number})
        block = block[1:]
    number, timing = block[0]
    match = TIMING.match(timing.strip())
    if not match:
        raise CaptionError(_("Line %(line)d: the times are not written as WebVTT writes them, "
                             "like 00:00:01.000 --> 00:00:04.000.") % {"line": number})
    start, end = seconds(*match.group(1, 2, 3, 4)), seconds(*match.group(5, 6, 7, 8))
    if end <= start:
        raise CaptionError(_("Line %(line)d: a caption must end after it starts.") % {"line": number})
    if earlier and start < earlier[-1].start:
        raise CaptionError(_("Line %(line)d: the captions must be in the order they are shown.")
                           % {"line": number})
    payload = [line for _number, line in block[1:]]
    if any("-->" in line for line in payload):
        raise CaptionError(_("Line %(line)d: an empty line is missing between two captions.")
                           % {"line": number + 1 + next(i for i, line in enumerate(payload) if "-->" in line)})
    if not payload:
        raise CaptionError(_("Line %(line)d: a caption has no text.") % {"line": number})
    return [Cue(start, end, "\n".join(payload))]
