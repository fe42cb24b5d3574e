/* styr-zip-private.h — a small ZIP writer, enough for OpenDocument packages.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Writes a ZIP archive (PKWARE APPNOTE 6.3, without ZIP64) to a
 * GOutputStream: one local header and the data per entry, in the order
 * they are added, then the central directory and its end record. Each
 * entry is given whole, in memory; sizes and the CRC-32 are computed
 * before its local header is written, so no data descriptors are used
 * and no extra fields are written — as ODF wants for its `mimetype`.
 *
 * Entries are stored or deflated (zlib, raw deflate). An archive that
 * would need ZIP64 (an entry or the whole archive reaching 4 GiB, or
 * 65535 entries) is refused with G_IO_ERROR_MESSAGE_TOO_LARGE before
 * anything of that entry is written.
 *
 * This file depends on GLib, GIO and zlib only, so that its test can
 * compile it in (its symbols are not exported from the library).
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  STYR_ZIP_STORED   = 0,
  STYR_ZIP_DEFLATED = 8,
} StyrZipMethod;

typedef struct _StyrZipWriter StyrZipWriter;

/* Writes to @out, which is referenced and never closed. Every entry
 * gets @mtime (local time, DOS resolution of two seconds; years before
 * 1980 become 1980); NULL means now. */
StyrZipWriter *_styr_zip_writer_new       (GOutputStream  *out,
                                           GDateTime      *mtime);
void           _styr_zip_writer_free      (StyrZipWriter  *self);

/* Adds an entry named @name (UTF-8, relative, `/` separated, no `..`,
 * unique in the archive) holding @len bytes at @data. A call refused
 * before writing (a bad or duplicate name, too large) leaves the writer
 * as it was; once writing to the stream fails, the writer is broken and
 * every later call fails too: the stream then holds a partial archive
 * that the caller must discard. */
gboolean       _styr_zip_writer_add       (StyrZipWriter  *self,
                                           const char     *name,
                                           const void     *data,
                                           gsize           len,
                                           StyrZipMethod   method,
                                           GCancellable   *cancellable,
                                           GError        **error);
gboolean       _styr_zip_writer_add_bytes (StyrZipWriter  *self,
                                           const char     *name,
                                           GBytes         *bytes,
                                           StyrZipMethod   method,
                                           GCancellable   *cancellable,
                                           GError        **error);

/* Writes the central directory and the end record. The stream is left
 * open. No entry can be added afterwards. */
gboolean       _styr_zip_writer_finish    (StyrZipWriter  *self,
                                           GCancellable   *cancellable,
                                           GError        **error);

/* The number of bytes written so far. */
guint64        _styr_zip_writer_get_offset (StyrZipWriter *self);

/* For tests: lowers the largest size or offset the archive may reach
 * (by default 0xFFFFFFFE, the largest a ZIP without ZIP64 can hold), so
 * that the refusal of large archives can be tested on small data. */
void           _styr_zip_writer_set_limit (StyrZipWriter  *self,
                                           guint64         limit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyrZipWriter, _styr_zip_writer_free)

G_END_DECLS
