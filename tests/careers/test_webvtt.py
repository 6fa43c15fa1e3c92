"""The captions reader: what a browser plays is read, and every broken block is named with its line."""

import pytest
from django.utils import translation

from careers import webvtt
from careers.webvtt import CaptionError, Cue


@pytest.fixture(autouse=True)
def _in_english():
    """The reasons are read here as written; the last test reads them as HR does, in Swedish."""
    with translation.override("en"):
        yield


GOOD = """WEBVTT - Medarbetare

NOTE Skrivet av HR.

STYLE
::cue { color: yellow; }

1
00:00:00.000 --> 00:00:02.500
[En ton hörs.]
Det här är en exempelfilm.

00:02.500 --> 01:00:03.000 line:90%
Arbetet känns viktigt.
"""


def test_the_cues_are_read_with_their_times_and_text():
    assert webvtt.parse(GOOD.encode()) == [
        Cue(0.0, 2.5, "[En ton hörs.]\nDet här är en exempelfilm."),
        Cue(2.5, 3603.0, "Arbetet känns viktigt."),
    ]


def test_windows_line_ends_and_a_byte_order_mark_are_read_as_well():
    data = ("\ufeff" + GOOD).replace("\n", "\r\n").encode()
    assert [cue.text for cue in webvtt.parse(data)] == [cue.text for cue in webvtt.parse(GOOD.encode())]


BROKEN = [
    ("00:00:00.000 --> 00:00:01.000\nHej\n", 'starts with the line "WEBVTT"'),
    ("WEBVTT\n\n", "no captions"),
    ("WEBVTT\n\nNOTE bara en kommentar\n", "no captions"),
    ("WEBVTT\n\n00:00:00,000 --> 00:00:01,000\nHej\n", "Line 3: the times are not written"),
    ("WEBVTT\n\n00:00:00.000 -> 00:00:01.000\nHej\n", "Line 4: the times are not written"),
    ("WEBVTT\n\nHej\n", "Line 3: a caption must start with its times"),
    ("WEBVTT\n\n00:00:61.000 --> 00:01:10.000\nHej\n", "Line 3: the times are not written"),
    ("WEBVTT\n\n00:00:02.000 --> 00:00:01.000\nHej\n", "Line 3: a caption must end after it starts"),
    ("WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nHej\n\n00:00:01.000 --> 00:00:02.000\nDå\n",
     "Line 6: the captions must be in the order"),
    ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n", "Line 3: a caption has no text"),
    ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHej\n00:00:02.000 --> 00:00:03.000\nDå\n",
     "Line 5: an empty line is missing"),
    ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHej\n\nSTYLE\n::cue {}\n", "Line 6: styles and regions"),
]


@pytest.mark.parametrize(("source", "message"), BROKEN)
def test_a_broken_file_is_refused_with_what_is_wrong(source, message):
    with pytest.raises(CaptionError, match=message):
        webvtt.parse(source.encode())


def test_a_file_that_is_not_utf8_text_is_refused():
    with pytest.raises(CaptionError, match="not UTF-8"):
        webvtt.parse("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nVåra\n".encode("latin-1"))
    with pytest.raises(CaptionError, match="not UTF-8"):
        webvtt.parse(b"WEBVTT\n\n\x00\x01")


def test_the_reasons_are_given_in_swedish_in_the_admin():
    with translation.override("sv"), pytest.raises(CaptionError) as caught:
        webvtt.parse(b"WEBVTT\n\n00:00:02.000 --> 00:00:01.000\nHej\n")
    assert str(caught.value) == "Rad 3: en undertext måste sluta efter att den har börjat."
