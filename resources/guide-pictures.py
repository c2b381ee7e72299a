#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Draws the guides' step pictures and task icons as plain SVG from guide-pictures.json.

The pictures are simple on purpose: one phone or object, big shapes, one highlighted button, one arrow.
They are NHS-style, never NHS marks. Run it again after changing guide-pictures.json:
    python3 resources/guide-pictures.py
A hub may replace any picture with its own SVG or PNG; the loader only needs the file named in task.json.
"""
import json
import os
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
BLUE, GREEN, DARK, GREY, PALE, WHITE, YELLOW = "#005eb8", "#007f3b", "#212b32", "#4c6272", "#f0f4f5", "#ffffff", "#ffdd00"
FONT = 'font-family="Noto Sans, DejaVu Sans, sans-serif"'
W, H = 480, 360


def text(x, y, s, size=22, fill=DARK, weight="normal", anchor="middle"):
    return (f'<text x="{x}" y="{y}" {FONT} font-size="{size}" font-weight="{weight}" fill="{fill}" '
            f'text-anchor="{anchor}">{escape(s)}</text>')


def svg(body, w=W, h=H, title=""):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img">'
            f'<title>{escape(title)}</title><rect width="{w}" height="{h}" rx="16" fill="{PALE}"/>{body}</svg>\n')


def arrow(tip_x, tip_y):
    """A thick arrow from the right pointing left at (tip_x, tip_y)."""
    x = tip_x
    return (f'<path d="M{x},{tip_y} l34,-30 v18 h60 v24 h-60 v18 z" fill="{YELLOW}" stroke="{DARK}" '
            f'stroke-width="4" stroke-linejoin="round"/>')


def phone_frame(inner, title, x=140, y=14, w=200, h=332):
    out = f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="26" fill="{DARK}"/>'
    out += f'<rect x="{x+12}" y="{y+30}" width="{w-24}" height="{h-56}" rx="6" fill="{WHITE}"/>'
    out += f'<rect x="{x+12}" y="{y+30}" width="{w-24}" height="48" fill="{BLUE}"/>'
    out += text(x + w / 2, y + 62, title, 20 if len(title) <= 13 else 16, WHITE, "bold")
    return out + inner


def button(x, y, w, label, colour=GREEN):
    size = 20 if len(label) <= 14 else 16
    return (f'<rect x="{x}" y="{y}" width="{w}" height="50" rx="8" fill="{colour}"/>'
            + text(x + w / 2, y + 32, label, size, WHITE, "bold"))


def lines_block(lines, x, y, width):
    out = ""
    for i, line in enumerate(lines):
        if line.startswith("••"):
            out += f'<rect x="{x}" y="{y + i*44 - 26}" width="{width}" height="38" rx="4" fill="{WHITE}" stroke="{GREY}" stroke-width="3"/>'
            out += text(x + 12, y + i * 44, line, 20, DARK, anchor="start")
        else:
            out += text(x + width / 2, y + i * 44, line, 18 if len(line) > 16 else 20)
    return out


def phone(title, lines, label):
    inner = lines_block(lines, 162, 128, 156)
    inner += button(160, 262, 160, label)
    return phone_frame(inner, title) + arrow(326, 287)


def computer(title, lines, label):
    out = f'<rect x="60" y="20" width="360" height="250" rx="12" fill="{DARK}"/>'
    out += f'<rect x="74" y="34" width="332" height="222" fill="{WHITE}"/>'
    out += f'<rect x="74" y="34" width="332" height="46" fill="{BLUE}"/>' + text(240, 65, title, 22, WHITE, "bold")
    out += lines_block(lines, 110, 112, 260)
    out += button(170, 196, 140, label)
    out += f'<rect x="200" y="270" width="80" height="40" fill="{GREY}"/><rect x="150" y="310" width="180" height="16" rx="6" fill="{GREY}"/>'
    return out + arrow(316, 221)


def store(title, label):
    inner = f'<rect x="166" y="112" width="64" height="64" rx="14" fill="{BLUE}"/>' + text(198, 152, "App", 18, WHITE, "bold")
    inner += text(282, 140, "NHS App", 18, DARK, "bold") + text(282, 164, "Free", 16, GREY)
    inner += button(160, 262, 160, label, BLUE)
    return phone_frame(inner, title) + arrow(326, 287)


def checklist(title, items):
    inner = ""
    for i, item in enumerate(items[:3]):
        y = 104 + i * 56
        inner += f'<rect x="164" y="{y}" width="34" height="34" rx="4" fill="{WHITE}" stroke="{DARK}" stroke-width="3"/>'
        if i == 0:
            inner += f'<path d="M170,{y+18} l8,9 l15,-20" stroke="{GREEN}" stroke-width="6" fill="none"/>'
        inner += text(206, y + 25, item, 16 if len(item) <= 12 else 14, DARK, anchor="start")
    return phone_frame(inner, title) + arrow(340, 121)


def pharmacy(name):
    out = f'<rect x="90" y="90" width="300" height="200" fill="{WHITE}" stroke="{DARK}" stroke-width="4"/>'
    out += f'<rect x="90" y="60" width="300" height="50" fill="{GREEN}"/>' + text(240, 94, "Pharmacy", 26, WHITE, "bold")
    out += f'<rect x="120" y="140" width="90" height="150" fill="{PALE}" stroke="{DARK}" stroke-width="4"/>'
    cx, cy = 310, 180
    out += f'<path d="M{cx-12},{cy-40} h24 v28 h28 v24 h-28 v28 h-24 v-28 h-28 v-24 h28 z" fill="{GREEN}"/>'
    out += text(240, 330, name, 24, DARK, "bold")
    return out


def calendar(slot):
    out = f'<rect x="80" y="40" width="320" height="280" rx="10" fill="{WHITE}" stroke="{DARK}" stroke-width="4"/>'
    out += f'<rect x="80" y="40" width="320" height="50" rx="10" fill="{BLUE}"/>' + text(240, 74, "Choose a time", 22, WHITE, "bold")
    for r in range(3):
        for c in range(3):
            x, y = 100 + c * 100, 108 + r * 68
            hot = (r, c) == (1, 1)
            out += f'<rect x="{x}" y="{y}" width="80" height="52" rx="6" fill="{GREEN if hot else PALE}" stroke="{GREY}" stroke-width="2"/>'
            if hot:
                out += text(x + 40, y + 33, slot.split()[-1], 18, WHITE, "bold")
    return out + arrow(386, 202)


def code(label):
    inner = f'<rect x="162" y="100" width="156" height="100" rx="14" fill="{PALE}" stroke="{GREY}" stroke-width="2"/>'
    inner += text(240, 136, "Text message", 16, GREY) + text(240, 174, label, 26 if len(label) < 8 else 20, DARK, "bold")
    return phone_frame(inner, "Messages") + arrow(324, 150)


def idcard(x, y):
    out = f'<rect x="{x}" y="{y}" width="170" height="110" rx="10" fill="{WHITE}" stroke="{DARK}" stroke-width="4"/>'
    out += f'<rect x="{x+12}" y="{y+14}" width="50" height="64" fill="{PALE}" stroke="{GREY}" stroke-width="2"/>'
    out += f'<circle cx="{x+37}" cy="{y+38}" r="12" fill="{GREY}"/><path d="M{x+17},{y+76} q20,-28 40,0" fill="{GREY}"/>'
    for i in range(3):
        out += f'<rect x="{x+74}" y="{y+22+i*22}" width="{80-i*16}" height="10" rx="4" fill="{GREY}"/>'
    return out + text(x + 85, y + 140, "Photo ID", 20, DARK, "bold")


def face(x, y):
    out = f'<rect x="{x}" y="{y}" width="140" height="180" rx="18" fill="{DARK}"/><rect x="{x+10}" y="{y+14}" width="120" height="152" rx="6" fill="{WHITE}"/>'
    out += f'<ellipse cx="{x+70}" cy="{y+84}" rx="38" ry="50" fill="none" stroke="{GREEN}" stroke-width="5" stroke-dasharray="10 6"/>'
    out += f'<circle cx="{x+56}" cy="{y+76}" r="5" fill="{DARK}"/><circle cx="{x+84}" cy="{y+76}" r="5" fill="{DARK}"/>'
    out += f'<path d="M{x+54},{y+104} q16,12 32,0" stroke="{DARK}" stroke-width="4" fill="none"/>'
    return out + text(x + 70, y + 212, "Face scan", 20, DARK, "bold")


def numbers(x, y):
    out = f'<rect x="{x}" y="{y}" width="140" height="180" rx="18" fill="{DARK}"/><rect x="{x+10}" y="{y+14}" width="120" height="152" rx="6" fill="{WHITE}"/>'
    out += f'<circle cx="{x+70}" cy="{y+60}" r="24" fill="#d8534f"/>' + text(x + 70, y + 130, "4 7 2 9", 26, DARK, "bold")
    return out + text(x + 70, y + 212, "Say 4 numbers", 18, DARK, "bold")


def id_and(kind):
    out = idcard(30, 100) + text(232, 168, "+", 48, DARK, "bold")
    out += face(290, 50) if kind == "face" else numbers(290, 50)
    return out


def letter():
    out = f'<rect x="100" y="24" width="280" height="312" fill="{WHITE}" stroke="{DARK}" stroke-width="4"/>'
    out += text(240, 64, "Your GP surgery", 20, DARK, "bold")
    rows = [("ODS code", "A12345"), ("Account ID", "1234567890"), ("Linkage key", "AB12 CD34 EF")]
    for i, (k, v) in enumerate(rows):
        y = 110 + i * 72
        out += text(124, y, k, 17, GREY, anchor="start")
        out += f'<rect x="120" y="{y+8}" width="240" height="38" rx="4" fill="{PALE}"/>' + text(132, y + 35, v, 20, DARK, "bold", "start")
    return out


def wait():
    out = f'<circle cx="240" cy="150" r="100" fill="{WHITE}" stroke="{DARK}" stroke-width="6"/>'
    out += f'<path d="M240,150 V80 M240,150 L290,180" stroke="{DARK}" stroke-width="8" stroke-linecap="round"/>'
    return out + text(240, 300, "1 day to 1 week", 30, DARK, "bold")


def routes():
    out = ""
    labels = [("1", "Photo ID", "+ face scan"), ("2", "Photo ID", "+ short video"), ("3", "GP surgery", "letter")]
    for i, (n, a, b) in enumerate(labels):
        x = 20 + i * 150
        out += f'<rect x="{x}" y="40" width="140" height="260" rx="12" fill="{WHITE}" stroke="{BLUE}" stroke-width="4"/>'
        out += f'<circle cx="{x+70}" cy="100" r="36" fill="{BLUE}"/>' + text(x + 70, 116, n, 44, WHITE, "bold")
        out += text(x + 70, 190, a, 20, DARK, "bold") + text(x + 70, 222, b, 18, DARK)
    return out


def results():
    inner = ""
    for i, (name, date) in enumerate([("Blood test", "12 March"), ("Urine test", "2 February")]):
        y = 100 + i * 78
        inner += f'<rect x="162" y="{y}" width="156" height="66" rx="6" fill="{PALE if i else "#e8f1f8"}" stroke="{BLUE if i == 0 else GREY}" stroke-width="3"/>'
        inner += text(176, y + 28, name, 18, BLUE, "bold", "start") + text(176, y + 52, date, 16, GREY, anchor="start")
    return phone_frame(inner, "Test results") + arrow(326, 133)


def booth():
    out = f'<rect x="70" y="30" width="180" height="300" fill="{WHITE}" stroke="{DARK}" stroke-width="5"/>'
    out += f'<rect x="90" y="60" width="140" height="50" rx="6" fill="{BLUE}"/>' + text(160, 93, "Video room", 20, WHITE, "bold")
    out += f'<circle cx="225" cy="190" r="8" fill="{DARK}"/>'
    out += f'<rect x="290" y="90" width="150" height="100" rx="8" fill="{DARK}"/><rect x="300" y="100" width="130" height="80" fill="#e8f1f8"/>'
    out += f'<circle cx="365" cy="130" r="16" fill="{GREY}"/><path d="M335,180 q30,-40 60,0" fill="{GREY}"/>'
    out += f'<rect x="355" y="190" width="20" height="30" fill="{GREY}"/>'
    return out


def people():
    def person(x, scale, colour):
        r = 24 * scale
        return (f'<circle cx="{x}" cy="{170 - 70*scale}" r="{r}" fill="{colour}"/>'
                f'<path d="M{x-45*scale},{300} q{45*scale},{-180*scale} {90*scale},0 z" fill="{colour}"/>')
    out = person(150, 1.2, BLUE) + person(330, 1.0, GREEN)
    out += f'<path d="M205,200 h70" stroke="{DARK}" stroke-width="8"/><path d="M275,185 l20,15 l-20,15 z" fill="{DARK}"/>'
    return out + text(150, 340, "You", 22, DARK, "bold") + text(330, 340, "Them", 22, DARK, "bold")


ICONS = {
    "phone": f'<rect x="34" y="14" width="52" height="92" rx="10" fill="{WHITE}"/><rect x="40" y="26" width="40" height="64" fill="{BLUE}"/>',
    "key": f'<circle cx="42" cy="60" r="20" fill="none" stroke="{WHITE}" stroke-width="10"/><path d="M60,60 h40 v16 M88,60 v12" stroke="{WHITE}" stroke-width="10" fill="none"/>',
    "pill": f'<g transform="rotate(-40 60 60)"><rect x="22" y="42" width="76" height="36" rx="18" fill="{WHITE}"/><rect x="60" y="42" width="38" height="36" rx="18" fill="{YELLOW}"/><rect x="60" y="42" width="16" height="36" fill="{YELLOW}"/></g>',
    "cross": f'<path d="M50,22 h20 v28 h28 v20 h-28 v28 h-20 v-28 h-28 v-20 h28 z" fill="{WHITE}"/>',
    "calendar": f'<rect x="22" y="28" width="76" height="70" rx="8" fill="{WHITE}"/><rect x="22" y="28" width="76" height="18" fill="{YELLOW}"/><path d="M42,68 l10,10 l22,-22" stroke="{GREEN}" stroke-width="8" fill="none"/>',
    "calendar-x": f'<rect x="22" y="28" width="76" height="70" rx="8" fill="{WHITE}"/><rect x="22" y="28" width="76" height="18" fill="{YELLOW}"/><path d="M46,56 l28,28 M74,56 l-28,28" stroke="#d5281b" stroke-width="8"/>',
    "flask": f'<path d="M48,20 h24 v30 l22,44 q4,10 -8,10 h-52 q-12,0 -8,-10 l22,-44 z" fill="{WHITE}"/><path d="M36,82 h48 l6,12 h-60 z" fill="#d5281b"/>',
    "folder": f'<path d="M20,34 h30 l8,10 h42 v56 h-80 z" fill="{WHITE}"/><rect x="32" y="60" width="56" height="8" fill="{BLUE}"/><rect x="32" y="76" width="40" height="8" fill="{BLUE}"/>',
    "phone-111": f'<text x="60" y="78" {FONT} font-size="44" font-weight="bold" fill="{WHITE}" text-anchor="middle">111</text>',
    "map-pin": f'<path d="M60,104 q-36,-44 -36,-64 a36,36 0 0 1 72,0 q0,20 -36,64 z" fill="{WHITE}"/><circle cx="60" cy="40" r="14" fill="{BLUE}"/>',
    "video": f'<rect x="18" y="38" width="60" height="44" rx="8" fill="{WHITE}"/><path d="M80,60 l24,-18 v36 z" fill="{WHITE}"/>',
    "house": f'<path d="M60,20 l44,38 h-12 v44 h-64 v-44 h-12 z" fill="{WHITE}"/><rect x="50" y="72" width="20" height="30" fill="{BLUE}"/>',
    "people": f'<circle cx="42" cy="42" r="14" fill="{WHITE}"/><path d="M18,100 q24,-60 48,0 z" fill="{WHITE}"/><circle cx="82" cy="52" r="11" fill="{YELLOW}"/><path d="M64,100 q18,-46 36,0 z" fill="{YELLOW}"/>',
}


def icon(name):
    body = f'<circle cx="60" cy="60" r="58" fill="{BLUE}"/>' + ICONS[name]
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120" role="img">{body}</svg>\n'


SCENES = {"phone": phone, "computer": computer, "store": store, "checklist": checklist, "pharmacy": pharmacy,
          "calendar": calendar, "code": code, "letter": letter, "wait": wait, "routes": routes,
          "results": results, "booth": booth, "people": people}


def main():
    with open(os.path.join(HERE, "guide-pictures.json")) as f:
        spec = json.load(f)
    for path, (kind, *args) in spec.items():
        if kind == "icon":
            content = icon(*args)
        elif kind == "idcard":
            content = svg(id_and(*args))
        else:
            content = svg(SCENES[kind](*args))
        with open(os.path.join(HERE, "guides", path), "w") as out:
            out.write(content)
    print(f"{len(spec)} pictures written")


if __name__ == "__main__":
    main()
