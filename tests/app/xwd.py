# SPDX-License-Identifier: LGPL-2.1-or-later
"""Read an X Window Dump (what `xwd -root` writes) into RGB bytes.

Only what an Xvfb TrueColor screen gives is handled: ZPixmap format, 24 or
32 bits per pixel, 8-bit byte-aligned channel masks. Anything else raises
ValueError rather than returning a wrong picture.
"""

import struct

XWD_HEADER = struct.Struct(">25I")
ZPIXMAP = 2


class Image:
    def __init__(self, width, height, rgb):
        self.width = width
        self.height = height
        self.rgb = rgb  # width * height * 3 bytes, row-major, no padding

    def pixel(self, x, y):
        i = 3 * (y * self.width + x)
        return tuple(self.rgb[i:i + 3])

    def colour_counts(self):
        """{(r, g, b): number of pixels}."""
        counts = {}
        rgb = self.rgb
        # Count 3-byte keys without building a tuple per pixel.
        for i in range(0, len(rgb), 3):
            key = rgb[i:i + 3]
            counts[key] = counts.get(key, 0) + 1
        return {tuple(k): v for k, v in counts.items()}

    def save_png(self, path):
        import gi

        gi.require_version("GdkPixbuf", "2.0")
        from gi.repository import GdkPixbuf, GLib

        pixbuf = GdkPixbuf.Pixbuf.new_from_bytes(
            GLib.Bytes.new(self.rgb), GdkPixbuf.Colorspace.RGB, False, 8,
            self.width, self.height, self.width * 3)
        pixbuf.savev(path, "png", [], [])


def _channel_byte(mask, bytes_per_pixel, lsb_first):
    shift = (mask & -mask).bit_length() - 1
    if mask >> shift != 0xFF or shift % 8 != 0:
        raise ValueError(f"unsupported channel mask {mask:#x}")
    index = shift // 8
    return index if lsb_first else bytes_per_pixel - 1 - index


def read(data):
    if len(data) < XWD_HEADER.size:
        raise ValueError("not an XWD file: too short")
    h = XWD_HEADER.unpack_from(data)
    (header_size, version, pixmap_format, _depth, width, height, _xoffset,
     byte_order, _bitmap_unit, _bit_order, _pad, bits_per_pixel, bytes_per_line,
     _visual_class, red_mask, green_mask, blue_mask, _bits_per_rgb,
     _colormap_entries, ncolors) = h[:20]
    if version != 7:
        raise ValueError(f"not an XWD version 7 file (version {version})")
    if pixmap_format != ZPIXMAP or bits_per_pixel not in (24, 32):
        raise ValueError(f"unsupported XWD: format {pixmap_format}, {bits_per_pixel} bpp")
    bpp = bits_per_pixel // 8
    lsb_first = byte_order == 0
    offsets = [_channel_byte(m, bpp, lsb_first) for m in (red_mask, green_mask, blue_mask)]
    start = header_size + ncolors * 12
    if len(data) < start + bytes_per_line * height:
        raise ValueError("XWD file is truncated")
    out = bytearray(width * height * 3)
    for y in range(height):
        row = data[start + y * bytes_per_line:start + y * bytes_per_line + width * bpp]
        base = y * width * 3
        for c, off in enumerate(offsets):
            out[base + c:base + width * 3:3] = row[off::bpp]
    return Image(width, height, bytes(out))


def read_file(path):
    with open(path, "rb") as f:
        return read(f.read())
