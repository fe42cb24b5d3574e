/* styr-zip.c — a small ZIP writer, enough for OpenDocument packages.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * See styr-zip-private.h. The record layouts are those of PKWARE's
 * APPNOTE.TXT 6.3 (sections 4.3.7, 4.3.12 and 4.3.16); all numbers are
 * little-endian.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <zlib.h>

#include "styr-zip-private.h"

#define LOCAL_HEADER_SIGNATURE   0x04034b50u
#define CENTRAL_HEADER_SIGNATURE 0x02014b50u
#define END_RECORD_SIGNATURE     0x06054b50u

#define LOCAL_HEADER_SIZE   30
#define CENTRAL_HEADER_SIZE 46
#define END_RECORD_SIZE     22

/* Version 2.0: deflate, folders. Made by: 3 (UNIX), so that the external
 * attributes carry a file mode. */
#define VERSION_NEEDED  20
#define VERSION_MADE_BY ((3 << 8) | 20)

/* General purpose flag bit 11: the name is UTF-8. */
#define FLAG_UTF8 (1 << 11)

/* The largest value a 32-bit field may hold without meaning "see ZIP64". */
#define ZIP32_LIMIT G_GUINT64_CONSTANT (0xFFFFFFFE)
#define MAX_ENTRIES 0xFFFE

/* zlib counts in uInt; feed it in pieces no larger than this. */
#define ZLIB_CHUNK ((gsize) 1 << 30)

typedef struct
{
  char *name;
  guint32 crc;
  guint32 compressed_size;
  guint32 size;
  guint32 offset;
  guint16 method;
  guint16 flags;
} Entry;

struct _StyrZipWriter
{
  GOutputStream *out;
  guint16 dos_time;
  guint16 dos_date;
  guint64 offset;
  guint64 limit;
  GArray *entries;        /* of Entry */
  GHashTable *names;      /* set of the entries' names (borrowed) */
  gboolean broken;
  gboolean finished;
};

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->name);
}

StyrZipWriter *
_styr_zip_writer_new (GOutputStream *out,
                      GDateTime     *mtime)
{
  g_autoptr(GDateTime) now = NULL;
  StyrZipWriter *self;
  int year;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), NULL);

  if (mtime == NULL)
    mtime = now = g_date_time_new_now_local ();

  self = g_new0 (StyrZipWriter, 1);
  self->out = g_object_ref (out);
  self->limit = ZIP32_LIMIT;
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  self->names = g_hash_table_new (g_str_hash, g_str_equal);

  /* MS-DOS date and time: years since 1980, seconds halved. */
  year = g_date_time_get_year (mtime);
  if (year < 1980)
    {
      self->dos_date = (1 << 5) | 1;
      self->dos_time = 0;
    }
  else
    {
      self->dos_date = (guint16) (((MIN (year, 2107) - 1980) << 9)
                                  | (g_date_time_get_month (mtime) << 5)
                                  | g_date_time_get_day_of_month (mtime));
      self->dos_time = (guint16) ((g_date_time_get_hour (mtime) << 11)
                                  | (g_date_time_get_minute (mtime) << 5)
                                  | (g_date_time_get_second (mtime) / 2));
    }

  return self;
}

void
_styr_zip_writer_free (StyrZipWriter *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->names);
  g_array_unref (self->entries);
  g_object_unref (self->out);
  g_free (self);
}

guint64
_styr_zip_writer_get_offset (StyrZipWriter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->offset;
}

void
_styr_zip_writer_set_limit (StyrZipWriter *self,
                            guint64        limit)
{
  g_return_if_fail (self != NULL);

  self->limit = MIN (limit, ZIP32_LIMIT);
}

static void
put16 (GByteArray *buf,
       guint       value)
{
  guint8 b[2] = { value & 0xff, (value >> 8) & 0xff };

  g_byte_array_append (buf, b, sizeof b);
}

static void
put32 (GByteArray *buf,
       guint32     value)
{
  guint8 b[4] = { value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, (value >> 24) & 0xff };

  g_byte_array_append (buf, b, sizeof b);
}

static gboolean
write_all (StyrZipWriter  *self,
           const void     *data,
           gsize           len,
           GCancellable   *cancellable,
           GError        **error)
{
  if (len == 0)
    return TRUE;
  if (!g_output_stream_write_all (self->out, data, len, NULL, cancellable, error))
    {
      self->broken = TRUE;
      return FALSE;
    }
  self->offset += len;
  return TRUE;
}

static gboolean
check_usable (StyrZipWriter  *self,
              GError        **error)
{
  if (self->finished)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CLOSED,
                           _("ZIP-arkivet är redan avslutat"));
      return FALSE;
    }
  if (self->broken)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("ZIP-arkivet är ofullständigt efter ett tidigare fel"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
name_is_valid (const char *name)
{
  const char *p;

  if (name[0] == '\0' || name[0] == '/' || strlen (name) > 0xFFFF)
    return FALSE;
  if (!g_utf8_validate (name, -1, NULL))
    return FALSE;
  if (strchr (name, '\\') != NULL)
    return FALSE;
  /* Windows drive letters ("C:") and ".." segments escape the archive. */
  if (g_ascii_isalpha (name[0]) && name[1] == ':')
    return FALSE;
  for (p = name; *p != '\0';)
    {
      const char *end = strchr (p, '/');
      gsize n = end != NULL ? (gsize) (end - p) : strlen (p);

      if (n == 2 && p[0] == '.' && p[1] == '.')
        return FALSE;
      if (n == 0 && end != NULL)       /* "a//b" */
        return FALSE;
      if (end == NULL)
        break;
      p = end + 1;
    }
  return TRUE;
}

static guint32
compute_crc (const guint8 *data,
             gsize         len)
{
  uLong crc = crc32 (0, Z_NULL, 0);

  while (len > 0)
    {
      gsize n = MIN (len, ZLIB_CHUNK);

      crc = crc32 (crc, data, (uInt) n);
      data += n;
      len -= n;
    }
  return (guint32) crc;
}

/* Raw deflate (no zlib header), as ZIP method 8 wants. */
static GByteArray *
deflate_data (const guint8  *data,
              gsize          len,
              GError       **error)
{
  g_autoptr(GByteArray) result = g_byte_array_new ();
  z_stream z = { 0 };
  int ret;

  if (deflateInit2 (&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8,
                    Z_DEFAULT_STRATEGY) != Z_OK)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Kunde inte starta komprimeringen (zlib)"));
      return NULL;
    }

  do
    {
      guint8 chunk[16384];
      gsize in_now = MIN (len, ZLIB_CHUNK);

      z.next_in = (Bytef *) data;
      z.avail_in = (uInt) in_now;
      do
        {
          z.next_out = chunk;
          z.avail_out = sizeof chunk;
          ret = deflate (&z, in_now == len ? Z_FINISH : Z_NO_FLUSH);
          if (ret == Z_STREAM_ERROR)
            {
              deflateEnd (&z);
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                                   _("Komprimeringen misslyckades (zlib)"));
              return NULL;
            }
          g_byte_array_append (result, chunk, sizeof chunk - z.avail_out);
        }
      while (z.avail_out == 0);
      data += in_now;
      len -= in_now;
    }
  while (len > 0);

  g_assert (ret == Z_STREAM_END);
  deflateEnd (&z);
  return g_steal_pointer (&result);
}

static gboolean
too_large (const char  *name,
           GError     **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
               _("ZIP-arkivet blir för stort med %s: mer än 4 GiB "
                 "eller 65535 filer stöds inte (ZIP64 skrivs inte)"),
               name);
  return FALSE;
}

gboolean
_styr_zip_writer_add (StyrZipWriter  *self,
                      const char     *name,
                      const void     *data,
                      gsize           len,
                      StyrZipMethod   method,
                      GCancellable   *cancellable,
                      GError        **error)
{
  g_autoptr(GByteArray) header = NULL;
  g_autoptr(GByteArray) deflated = NULL;
  const guint8 *payload;
  gsize payload_len;
  gsize name_len;
  Entry entry = { 0 };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  g_return_val_if_fail (method == STYR_ZIP_STORED || method == STYR_ZIP_DEFLATED, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_usable (self, error))
    return FALSE;

  if (!name_is_valid (name))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("Ogiltigt filnamn i ZIP-arkivet: »%s«"), name);
      return FALSE;
    }
  if (g_hash_table_contains (self->names, name))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("Filen %s finns redan i ZIP-arkivet"), name);
      return FALSE;
    }
  name_len = strlen (name);

  /* Refuse before reading or writing anything. */
  if (self->entries->len >= MAX_ENTRIES || len > self->limit)
    return too_large (name, error);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (method == STYR_ZIP_DEFLATED)
    {
      deflated = deflate_data (data, len, error);
      if (deflated == NULL)
        return FALSE;
      payload = deflated->data;
      payload_len = deflated->len;
    }
  else
    {
      payload = data;
      payload_len = len;
    }

  /* The central directory must start within the limit too. */
  if (payload_len > self->limit
      || self->offset > self->limit
      || LOCAL_HEADER_SIZE + name_len + payload_len > self->limit - self->offset)
    return too_large (name, error);

  entry.name = g_strdup (name);
  entry.crc = compute_crc (data, len);
  entry.size = (guint32) len;
  entry.compressed_size = (guint32) payload_len;
  entry.offset = (guint32) self->offset;
  entry.method = method;
  entry.flags = g_str_is_ascii (name) ? 0 : FLAG_UTF8;

  header = g_byte_array_sized_new (LOCAL_HEADER_SIZE + name_len);
  put32 (header, LOCAL_HEADER_SIGNATURE);
  put16 (header, VERSION_NEEDED);
  put16 (header, entry.flags);
  put16 (header, entry.method);
  put16 (header, self->dos_time);
  put16 (header, self->dos_date);
  put32 (header, entry.crc);
  put32 (header, entry.compressed_size);
  put32 (header, entry.size);
  put16 (header, name_len);
  put16 (header, 0);                      /* no extra field */
  g_byte_array_append (header, (const guint8 *) name, name_len);

  if (!write_all (self, header->data, header->len, cancellable, error)
      || !write_all (self, payload, payload_len, cancellable, error))
    {
      g_free (entry.name);
      return FALSE;
    }

  g_array_append_val (self->entries, entry);
  g_hash_table_add (self->names, entry.name);
  return TRUE;
}

gboolean
_styr_zip_writer_add_bytes (StyrZipWriter  *self,
                            const char     *name,
                            GBytes         *bytes,
                            StyrZipMethod   method,
                            GCancellable   *cancellable,
                            GError        **error)
{
  gsize len;
  const void *data;

  g_return_val_if_fail (bytes != NULL, FALSE);

  data = g_bytes_get_data (bytes, &len);
  return _styr_zip_writer_add (self, name, data != NULL ? data : "", len, method,
                               cancellable, error);
}

gboolean
_styr_zip_writer_finish (StyrZipWriter  *self,
                         GCancellable   *cancellable,
                         GError        **error)
{
  g_autoptr(GByteArray) dir = NULL;
  guint64 dir_offset;
  guint32 dir_size;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_usable (self, error))
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  dir_offset = self->offset;
  dir = g_byte_array_sized_new (self->entries->len * CENTRAL_HEADER_SIZE + END_RECORD_SIZE);
  for (guint i = 0; i < self->entries->len; i++)
    {
      const Entry *e = &g_array_index (self->entries, Entry, i);
      gsize name_len = strlen (e->name);

      put32 (dir, CENTRAL_HEADER_SIGNATURE);
      put16 (dir, VERSION_MADE_BY);
      put16 (dir, VERSION_NEEDED);
      put16 (dir, e->flags);
      put16 (dir, e->method);
      put16 (dir, self->dos_time);
      put16 (dir, self->dos_date);
      put32 (dir, e->crc);
      put32 (dir, e->compressed_size);
      put32 (dir, e->size);
      put16 (dir, name_len);
      put16 (dir, 0);                     /* extra field length */
      put16 (dir, 0);                     /* comment length */
      put16 (dir, 0);                     /* disk number start */
      put16 (dir, 0);                     /* internal attributes */
      put32 (dir, (guint32) 0100644 << 16); /* external: a regular file, rw-r--r-- */
      put32 (dir, e->offset);
      g_byte_array_append (dir, (const guint8 *) e->name, name_len);
    }

  if (dir_offset > self->limit || dir->len > self->limit - dir_offset)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                           _("ZIP-arkivet blir större än 4 GiB, vilket inte "
                             "stöds (ZIP64 skrivs inte)"));
      self->broken = TRUE;
      return FALSE;
    }
  dir_size = dir->len;

  put32 (dir, END_RECORD_SIGNATURE);
  put16 (dir, 0);                         /* this disk */
  put16 (dir, 0);                         /* disk with the central directory */
  put16 (dir, self->entries->len);        /* entries on this disk */
  put16 (dir, self->entries->len);        /* entries in all */
  put32 (dir, dir_size);
  put32 (dir, (guint32) dir_offset);
  put16 (dir, 0);                         /* comment length */

  if (!write_all (self, dir->data, dir->len, cancellable, error))
    return FALSE;

  self->finished = TRUE;
  return TRUE;
}
