"""A page's text as converters and crawlers store it. pipes: paragraphs a line, table rows as
markdown pipe rows (cells as they appear, spans not repeated); oneline: every text node run
together on one line, as a crawler's innerText with whitespace dropped; cells: paragraphs a line,
table cells one a line with " |" after each (the form of ../../../../shared/archive)."""
import sys
from html.parser import HTMLParser

class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks, self.text, self.row, self.cell, self.in_cell, self.skip = [], [], None, [], False, False
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"): self.skip = True
        if tag == "tr": self.row = []
        if tag == "td": self.in_cell, self.cell = True, []
        if tag == "br" and not self.in_cell: self.flush()
    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"): self.skip = False
        if tag == "td":
            self.row.append("".join(self.cell).replace("\xa0", " ").strip()); self.in_cell = False
        elif tag == "tr":
            self.blocks.append(("row", self.row)); self.row = None
        elif tag == "p" and not self.in_cell:
            self.flush()
    def flush(self):
        t = "".join(self.text).replace("\xa0", " ").strip()
        if t: self.blocks.append(("p", t))
        self.text = []
    def handle_data(self, data):
        if self.skip: return
        (self.cell if self.in_cell else self.text).append(data)

page = Page(); page.feed(sys.stdin.read()); page.flush()
mode = sys.argv[1]
if mode == "oneline":
    print("".join(b[1] if b[0] == "p" else "".join(b[1]) for b in page.blocks).replace(" ", ""))
else:
    for kind, value in page.blocks:
        if kind == "p": print(value)
        elif mode == "pipes": print("| " + " | ".join(value) + " |")
        else:
            for c in value: print(f"{c} |")
