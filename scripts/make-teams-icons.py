#!/usr/bin/env python3
"""Draws the Teams app icons into appPackage/ with the standard library only (no image tools needed).

color.png   192x192, a white speech bubble on CroydonBot teal (Teams' full-colour icon).
outline.png 32x32, the same bubble as a white outline on a transparent background (Teams' outline icon).
Run again after changing the shapes or colours: python3 scripts/make-teams-icons.py
"""
import os
import struct
import zlib

TEAL = (0, 107, 110)
WHITE = (255, 255, 255)
SUPERSAMPLE = 4


def png(path, size, pixel):
    """Writes an RGBA PNG; pixel(x, y) gives (r, g, b, a) for the centre of each pixel, averaged over samples."""
    rows = bytearray()
    for y in range(size):
        rows.append(0)
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SUPERSAMPLE):
                for sx in range(SUPERSAMPLE):
                    r, g, b, a = pixel((x + (sx + 0.5) / SUPERSAMPLE) / size, (y + (sy + 0.5) / SUPERSAMPLE) / size)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            n = SUPERSAMPLE * SUPERSAMPLE
            alpha = acc[3] / n
            colour = [int(round(c / acc[3])) if acc[3] else 0 for c in acc[:3]]
            rows.extend(colour + [int(round(alpha))])

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


def in_rounded_rect(u, v, left, top, right, bottom, radius):
    cx = min(max(u, left + radius), right - radius)
    cy = min(max(v, top + radius), bottom - radius)
    return (u - cx) ** 2 + (v - cy) ** 2 <= radius ** 2


def in_tail(u, v):
    # A small triangle under the bubble's lower left, pointing down-left.
    (x1, y1), (x2, y2), (x3, y3) = (0.30, 0.66), (0.46, 0.66), (0.24, 0.84)
    d = (y2 - y3) * (x1 - x3) + (x3 - x2) * (y1 - y3)
    a = ((y2 - y3) * (u - x3) + (x3 - x2) * (v - y3)) / d
    b = ((y3 - y1) * (u - x3) + (x1 - x3) * (v - y3)) / d
    return a >= 0 and b >= 0 and a + b <= 1


def in_bubble(u, v, inset=0.0):
    return in_rounded_rect(u, v, 0.16 + inset, 0.20 + inset, 0.84 - inset, 0.68 - inset, 0.14 - inset) or (inset == 0 and in_tail(u, v))


def in_dot(u, v):
    return any((u - cx) ** 2 + (v - 0.44) ** 2 <= 0.045 ** 2 for cx in (0.35, 0.50, 0.65))


def colour_pixel(u, v):
    if in_bubble(u, v) and not in_dot(u, v):
        return WHITE + (255,)
    return TEAL + (255,)


def outline_pixel(u, v):
    # A 2-3 px white line: the bubble minus a smaller bubble, plus the dots.
    line = in_bubble(u, v) and not in_bubble(u, v, inset=0.085)
    return WHITE + (255,) if line or in_dot(u, v) else (0, 0, 0, 0)


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "appPackage")
    png(os.path.join(out, "color.png"), 192, colour_pixel)
    png(os.path.join(out, "outline.png"), 32, outline_pixel)
    print("Wrote appPackage/color.png (192x192) and appPackage/outline.png (32x32)")
