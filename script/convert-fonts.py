#!/usr/bin/python3
"""Converts the 公文 faces Debian ships as CFF-outline OpenType (Fandol, Noto Serif CJK SC) to
TrueType outlines, which PDFsharp can subset and our compact cutter can cut.

Usage: script/convert-fonts.py OUTPUT_FOLDER

Outlines go through fontTools' cu2qu (cubic to quadratic, at most 1 font unit of error), nothing
else of a face changes but what TrueType outlines need (glyf/loca instead of CFF, maxp 1.0, post
format 3, hmtx left side bearings from the new outlines). A face is skipped when its output is newer
than its source and was made by this same script (a hash of the script is kept in the folder), so
running it again costs nothing and a changed script converts every face again. Fonts are never
committed: the output is a cache folder the renderer scans (FontCatalog.DefaultFolders).
"""
import hashlib
import os
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor, as_completed

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont, newTable

FANDOL = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"
NOTO = "/usr/share/fonts/opentype/noto"

# (source file, family in a collection or None for a single face, output name)
FACES = [
    (f"{FANDOL}/FandolFang-Regular.otf", None, "FandolFang-Regular.ttf"),
    (f"{FANDOL}/FandolSong-Regular.otf", None, "FandolSong-Regular.ttf"),
    (f"{FANDOL}/FandolSong-Bold.otf", None, "FandolSong-Bold.ttf"),
    (f"{FANDOL}/FandolHei-Regular.otf", None, "FandolHei-Regular.ttf"),
    (f"{FANDOL}/FandolKai-Regular.otf", None, "FandolKai-Regular.ttf"),
    (f"{NOTO}/NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC", "NotoSerifCJKsc-Bold.ttf"),
    (f"{NOTO}/NotoSerifCJK-Black.ttc", "Noto Serif CJK SC Black", "NotoSerifCJKsc-Black.ttf"),
]

MAX_ERROR = 1.0  # font units


# A Noto face is a title face: it keeps Latin, punctuation and the CJK Unified block (the rarer
# characters fall back to the chain's wider faces), which makes its 65,535 glyphs about 30,000 and
# its conversion twice as fast.
TITLE_RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x3000, 0x303F), (0x4E00, 0x9FFF), (0xFF00, 0xFFEF)]


def open_face(path, family):
    if family is None:
        return TTFont(path)
    for face in TTCollection(path).fonts:
        if face["name"].getDebugName(1) == family:
            options = subset.Options()
            options.layout_features = []
            options.name_IDs = ["*"]
            options.notdef_outline = True
            options.hinting = False
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=[c for lo, hi in TITLE_RANGES for c in range(lo, hi + 1)])
            subsetter.subset(face)
            return face
    raise ValueError(f"{path} has no face of the family {family}")


def to_truetype(font):
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        glyph.recalcBounds(glyf)
        advance, _ = hmtx[name]
        hmtx[name] = (advance, getattr(glyph, "xMin", 0) if glyph.numberOfContours != 0 else 0)
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    font["maxp"] = maxp
    # Format 3 (no glyph names): format 2 cannot index Noto's 65,535 glyphs, and nothing reads the names.
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"


def convert(source, family, target):
    font = open_face(source, family)
    to_truetype(font)
    # Written beside the target and renamed, so a reader never sees half a face.
    handle, partial = tempfile.mkstemp(dir=os.path.dirname(target), suffix=".part")
    os.close(handle)
    os.chmod(partial, 0o644)
    font.save(partial)
    os.replace(partial, target)
    return os.path.basename(target)


def main(output):
    os.makedirs(output, exist_ok=True)
    stamp = os.path.join(output, ".converted-by")
    with open(__file__, "rb") as script:
        version = hashlib.sha256(script.read()).hexdigest()
    same_script = os.path.exists(stamp) and open(stamp).read().strip() == version
    pending = []
    for source, family, name in FACES:
        target = os.path.join(output, name)
        if not os.path.exists(source):
            print(f"convert-fonts: {source} is not installed, {name} skipped", file=sys.stderr)
            continue
        if same_script and os.path.exists(target) and os.path.getmtime(target) >= os.path.getmtime(source):
            continue
        pending.append((source, family, target))
    # One face per core, the slowest (Noto's, from collections) first: each takes a minute or more.
    pending.sort(key=lambda face: face[1] is None)
    with ProcessPoolExecutor(max_workers=max(1, min(len(pending), os.cpu_count() or 1))) as pool:
        for done in as_completed([pool.submit(convert, *face) for face in pending]):
            print(f"convert-fonts: {done.result()}", flush=True)
    with open(stamp, "w") as written:
        written.write(version + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
