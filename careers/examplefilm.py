"""The example film that `loadcontent --examples` shows, so that a newcomer sees every part work.

An honest example: a title card in the agency's green that says it is an
example film, and a tone; made here with ffmpeg, never a recording of real
people. The files in careers/example_film/ (about 40 KB together) were made by
`python -m careers.examplefilm`, which makes them again; they are committed so
that loading the examples takes no encoding. The captions and the text version
are written here, in Swedish, and uploaded with the files through the same
checks as HR's own film (careers/filmadmin.py).
"""

import subprocess
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "example_film"
FONT = Path(__file__).resolve().parent.parent / "static" / "fonts" / "inter-600.woff2"
SECONDS = 8
GREEN = "0x116a3e"  # the header's green (--fkds-color-header-background-primary)

TITLE, SUBTITLE = "Exempelfilm", "Så säger våra medarbetare"
NOTE = "HR byter ut den här filmen mot en riktig."
QUOTE = "Arbetet känns viktigt, kompetensen är hög och möjligheterna att göra karriär är stora."

CAPTIONS_SV = f"""WEBVTT

1
00:00:00.000 --> 00:00:03.000
[En ton hörs.]
Det här är en exempelfilm.

2
00:00:03.000 --> 00:00:{SECONDS:02d}.000
{QUOTE}
"""

TRANSCRIPT = (
    "Det här är en exempelfilm. Den visar hur en film ser ut på webbplatsen, tills HR byter ut den "
    "mot en riktig film med medarbetare.\n\n"
    f"**I bild:** en grön skylt med texten ”{TITLE}”, ”{SUBTITLE}” och ”{NOTE}”\n\n"
    "**Ljud:** en ton hörs hela filmen igenom. Ingen talar.\n\n"
    f"**Undertexter:** ”Det här är en exempelfilm.” ”{QUOTE}”"
)


def card_filter(folder):
    """drawtext for the three lines of the title card; the texts are read from files (no escaping)."""
    lines = [(TITLE, 56, 110), (SUBTITLE, 30, 190), (NOTE, 22, 250)]
    parts = []
    for number, (text, size, y) in enumerate(lines):
        path = folder / f"line{number}.txt"
        path.write_text(text, encoding="utf-8")
        parts.append(f"drawtext=fontfile={FONT}:textfile={path}:fontcolor=white:fontsize={size}:x=(w-tw)/2:y={y}")
    return ",".join(parts)


def generate(folder=FOLDER):
    """Make film.mp4, film.webm and poster.webp in `folder` with ffmpeg."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = ["-f", "lavfi", "-i", f"color=c={GREEN}:s=640x360:r=10:d={SECONDS}",
               "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={SECONDS}",
               "-vf", card_filter(folder), "-af", "volume=0.2", "-ac", "1", "-map_metadata", "-1"]
    ffmpeg = ["ffmpeg", "-v", "error", "-y"]
    subprocess.run([*ffmpeg, *sources, "-c:v", "libx264", "-profile:v", "main", "-pix_fmt", "yuv420p",
                    "-crf", "32", "-c:a", "aac", "-b:a", "16k", "-movflags", "+faststart",
                    str(folder / "film.mp4")], check=True)
    subprocess.run([*ffmpeg, *sources, "-c:v", "libvpx-vp9", "-crf", "45", "-b:v", "0", "-deadline", "good",
                    "-cpu-used", "4", "-c:a", "libopus", "-b:a", "16k", str(folder / "film.webm")], check=True)
    subprocess.run([*ffmpeg, "-i", str(folder / "film.mp4"), "-frames:v", "1", "-c:v", "libwebp",
                    "-quality", "70", "-map_metadata", "-1", str(folder / "poster.webp")], check=True)
    for number in range(3):
        (folder / f"line{number}.txt").unlink()


if __name__ == "__main__":
    generate(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER)
    print(f"Exempelfilmen är gjord i {FOLDER}.")
