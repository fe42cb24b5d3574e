#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# A small PNG reader for the browser test: enough of PNG (ISO/IEC 15948)
# to decode what Chromium's screenshots are — 8-bit greyscale, RGB or
# RGBA, not interlaced — with zlib from the standard library, and to
# count the pixels that are not (near) white.

import struct
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}   # colour type → samples per pixel


class PngError(Exception):
    pass


def read_png(data):
    """Returns (width, height, channels, rows): rows is a list of
    bytes objects of width * channels samples each."""
    if data[:8] != PNG_SIGNATURE:
        raise PngError("not a PNG file")
    pos = 8
    header = None
    idat = []
    while pos < len(data):
        if pos + 8 > len(data):
            raise PngError("truncated chunk")
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc, = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + body) & 0xffffffff != crc:
            raise PngError(f"bad CRC in chunk {kind!r}")
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    if header is None:
        raise PngError("no IHDR chunk")
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in CHANNELS or interlace != 0:
        raise PngError(f"unsupported PNG: depth {depth}, colour type {colour}, "
                       f"interlace {interlace}")
    channels = CHANNELS[colour]
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    if len(raw) != height * (stride + 1):
        raise PngError("image data has the wrong size")

    rows = []
    previous = bytearray(stride)
    bpp = channels
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1:start + 1 + stride])
        if kind == 0:
            pass
        elif kind == 1:      # Sub
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xff
        elif kind == 2:      # Up
            line = bytearray((a + b) & 0xff for a, b in zip(line, previous))
        elif kind == 3:      # Average
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xff
        elif kind == 4:      # Paeth
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = previous[i]
                c = previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                if pa <= pb and pa <= pc:
                    pred = a
                elif pb <= pc:
                    pred = b
                else:
                    pred = c
                line[i] = (line[i] + pred) & 0xff
        else:
            raise PngError(f"unknown filter {kind} in row {y}")
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def count_non_white(rows, channels, threshold=245):
    """Pixels with any colour sample below @threshold (alpha ignored;
    a fully transparent pixel counts as white)."""
    colour = 1 if channels in (1, 2) else 3
    count = 0
    white = bytes([255]) * colour
    for row in rows:
        for x in range(0, len(row), channels):
            px = row[x:x + colour]
            if px == white:
                continue
            if channels in (2, 4) and row[x + channels - 1] == 0:
                continue
            if min(px) < threshold:
                count += 1
    return count


def distinct_colours(rows, channels, limit=1000):
    """The number of distinct colours, counted up to @limit."""
    colour = 1 if channels in (1, 2) else 3
    seen = set()
    for row in rows:
        for x in range(0, len(row), channels):
            seen.add(row[x:x + colour])
            if len(seen) >= limit:
                return len(seen)
    return len(seen)
