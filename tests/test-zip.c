/* test-zip.c — the private ZIP writer behind the OpenDocument report
 * (libstyr/styr-zip.c, compiled into this test: its symbols are not
 * exported from the library).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The archives are read back twice, independently of the writer: by a
 * small reader here that follows APPNOTE's record layouts and checks
 * each CRC-32 against a bitwise CRC written out below (not zlib's), and
 * by Python's zipfile module (testzip() checks every CRC too).
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <zlib.h>

#include "libstyr/styr-zip-private.h"

#define ODF_MIMETYPE "application/vnd.oasis.opendocument.text"

/* CRC-32 (ISO-HDLC, reflected polynomial 0xEDB88320), bit by bit. */
static guint32
reference_crc (const guint8 *data,
               gsize         len)
{
  guint32 crc = 0xFFFFFFFFu;

  for (gsize i = 0; i < len; i++)
    {
      crc ^= data[i];
      for (int k = 0; k < 8; k++)
        crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
  return crc ^ 0xFFFFFFFFu;
}

static guint
get16 (const guint8 *p)
{
  return p[0] | (p[1] << 8);
}

static guint32
get32 (const guint8 *p)
{
  return (guint32) p[0] | ((guint32) p[1] << 8) | ((guint32) p[2] << 16) | ((guint32) p[3] << 24);
}

typedef struct
{
  char *name;
  guint method;
  guint flags;
  guint32 crc;
  GBytes *data;       /* uncompressed */
  guint32 offset;
  guint dos_time;
  guint dos_date;
  guint32 external;
} ReadEntry;

static void
read_entry_clear (gpointer p)
{
  ReadEntry *e = p;

  g_free (e->name);
  g_bytes_unref (e->data);
}

static GBytes *
inflate_raw (const guint8 *data,
             gsize         len,
             gsize         expected)
{
  z_stream z = { 0 };
  guint8 *out = g_malloc (expected + 1);
  int ret;

  g_assert_cmpint (inflateInit2 (&z, -MAX_WBITS), ==, Z_OK);
  z.next_in = (Bytef *) data;
  z.avail_in = len;
  z.next_out = out;
  z.avail_out = expected + 1;
  ret = inflate (&z, Z_FINISH);
  g_assert_cmpint (ret, ==, Z_STREAM_END);
  g_assert_cmpuint (z.total_out, ==, expected);
  g_assert_cmpuint (z.avail_in, ==, 0);
  inflateEnd (&z);
  return g_bytes_new_take (out, expected);
}

/* Reads the archive through its end record and central directory, checks
 * each local header against its central entry, and returns the entries in
 * the order of the central directory, which must be the file order. */
static GArray *
read_archive (GBytes *archive)
{
  gsize size;
  const guint8 *z = g_bytes_get_data (archive, &size);
  const guint8 *end;
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (ReadEntry));
  guint n, dir_size, dir_offset, pos;
  guint32 expected_offset = 0;

  g_array_set_clear_func (entries, read_entry_clear);

  g_assert_cmpuint (size, >=, 22);
  end = z + size - 22;                       /* no archive comment */
  g_assert_cmphex (get32 (end), ==, 0x06054b50);
  g_assert_cmpuint (get16 (end + 4), ==, 0);
  g_assert_cmpuint (get16 (end + 6), ==, 0);
  n = get16 (end + 8);
  g_assert_cmpuint (get16 (end + 10), ==, n);
  dir_size = get32 (end + 12);
  dir_offset = get32 (end + 16);
  g_assert_cmpuint (get16 (end + 20), ==, 0);
  g_assert_cmpuint (dir_offset + dir_size, ==, size - 22);

  pos = dir_offset;
  for (guint i = 0; i < n; i++)
    {
      const guint8 *c = z + pos;
      const guint8 *l;
      ReadEntry e = { 0 };
      guint32 csize, usize;
      guint name_len;

      g_assert_cmpuint (pos + 46, <=, size - 22);
      g_assert_cmphex (get32 (c), ==, 0x02014b50);
      g_assert_cmpuint (get16 (c + 6), ==, 20);
      e.flags = get16 (c + 8);
      e.method = get16 (c + 10);
      e.dos_time = get16 (c + 12);
      e.dos_date = get16 (c + 14);
      e.crc = get32 (c + 16);
      csize = get32 (c + 20);
      usize = get32 (c + 24);
      name_len = get16 (c + 28);
      g_assert_cmpuint (get16 (c + 30), ==, 0);   /* extra */
      g_assert_cmpuint (get16 (c + 32), ==, 0);   /* comment */
      e.external = get32 (c + 38);
      e.offset = get32 (c + 42);
      e.name = g_strndup ((const char *) c + 46, name_len);
      pos += 46 + name_len;

      /* Entries follow each other without gaps, in directory order. */
      g_assert_cmpuint (e.offset, ==, expected_offset);
      l = z + e.offset;
      g_assert_cmphex (get32 (l), ==, 0x04034b50);
      g_assert_cmpuint (get16 (l + 4), ==, 20);
      g_assert_cmpuint (get16 (l + 6), ==, e.flags);
      g_assert_cmpuint (get16 (l + 8), ==, e.method);
      g_assert_cmpuint (get16 (l + 10), ==, e.dos_time);
      g_assert_cmpuint (get16 (l + 12), ==, e.dos_date);
      g_assert_cmphex (get32 (l + 14), ==, e.crc);
      g_assert_cmpuint (get32 (l + 18), ==, csize);
      g_assert_cmpuint (get32 (l + 22), ==, usize);
      g_assert_cmpuint (get16 (l + 26), ==, name_len);
      g_assert_cmpuint (get16 (l + 28), ==, 0);   /* no extra field */
      g_assert_cmpmem (l + 30, name_len, e.name, name_len);
      expected_offset = e.offset + 30 + name_len + csize;
      g_assert_cmpuint (expected_offset, <=, dir_offset);

      if (e.method == 0)
        {
          g_assert_cmpuint (csize, ==, usize);
          e.data = g_bytes_new (l + 30 + name_len, usize);
        }
      else
        {
          g_assert_cmpuint (e.method, ==, 8);
          e.data = inflate_raw (l + 30 + name_len, csize, usize);
        }
      g_assert_cmphex (reference_crc (g_bytes_get_data (e.data, NULL), usize), ==, e.crc);

      g_array_append_val (entries, e);
    }
  g_assert_cmpuint (pos, ==, dir_offset + dir_size);
  g_assert_cmpuint (expected_offset, ==, dir_offset);

  return entries;
}

typedef struct
{
  const char *name;
  const char *data;
  gsize len;
  StyrZipMethod method;
} Input;

static GBytes *
write_archive (const Input *inputs,
               guint        n,
               GDateTime   *mtime)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(StyrZipWriter) zip = _styr_zip_writer_new (out, mtime);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      _styr_zip_writer_add (zip, inputs[i].name, inputs[i].data, inputs[i].len,
                            inputs[i].method, NULL, &error);
      g_assert_no_error (error);
    }
  _styr_zip_writer_finish (zip, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (_styr_zip_writer_get_offset (zip), ==,
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

/* Text that compresses well, and bytes that do not. */
static char *
make_text (gsize *len)
{
  GString *s = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rapport>\n");

  for (int i = 0; i < 400; i++)
    g_string_append_printf (s, "  <rad nr=\"%d\">Välfärdsnämnden — måluppfyllelse %d %%</rad>\n", i, i % 101);
  g_string_append (s, "</rapport>\n");
  *len = s->len;
  return g_string_free (s, FALSE);
}

static char *
make_noise (gsize len)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4711);
  char *data = g_malloc (len);

  for (gsize i = 0; i < len; i++)
    data[i] = (char) g_rand_int_range (rand, 0, 256);
  return data;
}

static void
test_zip_round_trip (void)
{
  gsize text_len;
  g_autofree char *text = make_text (&text_len);
  g_autofree char *noise = make_noise (70000);
  const Input inputs[] = {
    { "mimetype", ODF_MIMETYPE, strlen (ODF_MIMETYPE), STYR_ZIP_STORED },
    { "content.xml", text, text_len, STYR_ZIP_DEFLATED },
    { "Pictures/brus.bin", noise, 70000, STYR_ZIP_DEFLATED },
    { "Pictures/brus-lagrat.bin", noise, 70000, STYR_ZIP_STORED },
    { "tom.txt", "", 0, STYR_ZIP_DEFLATED },
    { "tom-lagrad.txt", "", 0, STYR_ZIP_STORED },
    { "Bilder/målvärden.svg", "<svg/>", 6, STYR_ZIP_DEFLATED },
  };
  g_autoptr(GDateTime) mtime = g_date_time_new_local (2025, 5, 31, 13, 45, 58);
  g_autoptr(GBytes) archive = write_archive (inputs, G_N_ELEMENTS (inputs), mtime);
  g_autoptr(GArray) entries = read_archive (archive);
  const guint8 *z = g_bytes_get_data (archive, NULL);

  g_assert_cmpuint (entries->len, ==, G_N_ELEMENTS (inputs));
  for (guint i = 0; i < entries->len; i++)
    {
      const ReadEntry *e = &g_array_index (entries, ReadEntry, i);
      gsize len;
      const void *data = g_bytes_get_data (e->data, &len);

      g_assert_cmpstr (e->name, ==, inputs[i].name);
      g_assert_cmpuint (e->method, ==, inputs[i].method);
      g_assert_cmpmem (data, len, inputs[i].data, inputs[i].len);
      /* Bit 11 (UTF-8 name) only where the name is not ASCII. */
      g_assert_cmpuint (e->flags, ==, g_str_is_ascii (e->name) ? 0 : 1 << 11);
      /* 2025-05-31 13:45:58 in MS-DOS form. */
      g_assert_cmpuint (e->dos_date, ==, ((2025 - 1980) << 9) | (5 << 5) | 31);
      g_assert_cmpuint (e->dos_time, ==, (13 << 11) | (45 << 5) | (58 / 2));
      g_assert_cmphex (e->external >> 16, ==, 0100644);
    }

  /* The ODF rule: mimetype first, stored, its bytes at offset 38. */
  g_assert_cmpmem (z + 30, 8, "mimetype", 8);
  g_assert_cmpmem (z + 38, strlen (ODF_MIMETYPE), ODF_MIMETYPE, strlen (ODF_MIMETYPE));

  /* Deflate pays off on text. */
  g_assert_cmpuint (get32 (z + 38 + strlen (ODF_MIMETYPE) + 18), <, text_len / 4);

  /* A known CRC: "123456789" → CBF43926, the check value of CRC-32. */
  {
    const Input check[] = { { "check", "123456789", 9, STYR_ZIP_DEFLATED } };
    g_autoptr(GBytes) a = write_archive (check, 1, mtime);
    g_assert_cmphex (get32 ((const guint8 *) g_bytes_get_data (a, NULL) + 14), ==, 0xCBF43926);
  }
}

/* Python's zipfile reads what the writer wrote and checks every CRC. */
static void
test_zip_python (void)
{
  gsize text_len;
  g_autofree char *text = make_text (&text_len);
  g_autofree char *noise = make_noise (5000);
  const Input inputs[] = {
    { "mimetype", ODF_MIMETYPE, strlen (ODF_MIMETYPE), STYR_ZIP_STORED },
    { "META-INF/manifest.xml", "<manifest/>", 11, STYR_ZIP_DEFLATED },
    { "content.xml", text, text_len, STYR_ZIP_DEFLATED },
    { "Pictures/brus.bin", noise, 5000, STYR_ZIP_STORED },
    { "Bilder/målvärden.svg", "<svg/>", 6, STYR_ZIP_DEFLATED },
  };
  g_autoptr(GBytes) archive = write_archive (inputs, G_N_ELEMENTS (inputs), NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("styr-zip-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);
  int status;
  const char *script =
    "import sys, zipfile, zlib\n"
    "z = zipfile.ZipFile(sys.argv[1])\n"
    "bad = z.testzip()\n"
    "assert bad is None, bad\n"
    "for i in z.infolist():\n"
    "    data = z.read(i)\n"
    "    assert zlib.crc32(data) == i.CRC, i.filename\n"
    "    print(i.filename, i.compress_type, i.file_size, i.CRC)\n";
  const char *argv[] = { "/usr/bin/python3", "-c", script, NULL, NULL };

  g_assert_no_error (error);
  path = g_build_filename (dir, "test.zip", NULL);
  g_file_set_contents (path, g_bytes_get_data (archive, NULL), g_bytes_get_size (archive), &error);
  g_assert_no_error (error);
  argv[3] = path;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("python3: %s", err);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    g_string_append_printf (expected, "%s %d %zu %u\n", inputs[i].name, inputs[i].method,
                            inputs[i].len,
                            reference_crc ((const guint8 *) inputs[i].data, inputs[i].len));
  g_assert_cmpstr (out, ==, expected->str);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_zip_bad_names (void)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(StyrZipWriter) zip = _styr_zip_writer_new (out, NULL);
  g_autoptr(GBytes) archive = NULL;
  g_autoptr(GArray) entries = NULL;
  const char *bad[] = { "", "/etc/passwd", "a/../b", "..", "../x", "a\\b", "C:x", "a//b", "\xff.txt" };
  GError *error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (_styr_zip_writer_add (zip, bad[i], "x", 1, STYR_ZIP_STORED, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
      g_clear_error (&error);
    }
  g_assert_cmpuint (_styr_zip_writer_get_offset (zip), ==, 0);

  /* A refused entry leaves the writer usable. */
  g_assert_true (_styr_zip_writer_add (zip, "a", "x", 1, STYR_ZIP_STORED, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (_styr_zip_writer_add (zip, "a", "y", 1, STYR_ZIP_DEFLATED, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_true (_styr_zip_writer_add (zip, "dir/..b", "z", 1, STYR_ZIP_STORED, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (_styr_zip_writer_finish (zip, NULL, &error));
  g_assert_no_error (error);

  /* Nothing is added after the end. */
  g_assert_false (_styr_zip_writer_add (zip, "b", "x", 1, STYR_ZIP_STORED, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
  g_clear_error (&error);
  g_assert_false (_styr_zip_writer_finish (zip, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
  g_clear_error (&error);

  g_output_stream_close (out, NULL, NULL);
  archive = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  entries = read_archive (archive);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpstr (g_array_index (entries, ReadEntry, 0).name, ==, "a");
  g_assert_cmpstr (g_array_index (entries, ReadEntry, 1).name, ==, "dir/..b");
}

/* No ZIP64: an entry of 4 GiB or more is refused before any of it is
 * read (so the pointer may point at a single byte), and so is an archive
 * growing past the limit, tested with a lowered limit. */
static void
test_zip_too_large (void)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(StyrZipWriter) zip = _styr_zip_writer_new (out, NULL);
  g_autofree char *noise = make_noise (1001);
  GError *error = NULL;
  guint64 offset;

#if GLIB_SIZEOF_SIZE_T > 4
  g_assert_false (_styr_zip_writer_add (zip, "huge", "x", G_GUINT64_CONSTANT (0xFFFFFFFF),
                                        STYR_ZIP_STORED, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "4 GiB"));
  g_clear_error (&error);
  g_assert_false (_styr_zip_writer_add (zip, "huge", "x", G_GUINT64_CONSTANT (5) << 30,
                                        STYR_ZIP_DEFLATED, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_clear_error (&error);
#endif
  g_assert_cmpuint (_styr_zip_writer_get_offset (zip), ==, 0);

  _styr_zip_writer_set_limit (zip, 1000);

  /* An entry larger than the limit by itself. */
  g_assert_false (_styr_zip_writer_add (zip, "big", noise, 1001, STYR_ZIP_STORED, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_clear_error (&error);

  /* "a" and "b" go in (2 × (30 + 1 + 400) = 862 bytes), "c" would end at 1293. */
  g_assert_true (_styr_zip_writer_add (zip, "a", noise, 400, STYR_ZIP_STORED, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (_styr_zip_writer_add (zip, "b", noise, 400, STYR_ZIP_STORED, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (_styr_zip_writer_add (zip, "c", noise, 400, STYR_ZIP_STORED, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_clear_error (&error);
  offset = _styr_zip_writer_get_offset (zip);
  g_assert_cmpuint (offset, ==, 862);

  /* Room for a small entry still, but not for the central directory. */
  g_assert_true (_styr_zip_writer_add (zip, "d", noise, 100, STYR_ZIP_STORED, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (_styr_zip_writer_finish (zip, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_clear_error (&error);
  /* That broke the writer. */
  g_assert_false (_styr_zip_writer_finish (zip, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_clear_error (&error);
}

/* A stream that fails part-way breaks the writer for good. */
static void
test_zip_write_error (void)
{
  static guint8 buffer[64];
  g_autoptr(GOutputStream) out = g_memory_output_stream_new (buffer, sizeof buffer, NULL, NULL);
  g_autoptr(StyrZipWriter) zip = _styr_zip_writer_new (out, NULL);
  g_autofree char *noise = make_noise (100);
  GError *error = NULL;

  g_assert_true (_styr_zip_writer_add (zip, "a", "x", 1, STYR_ZIP_STORED, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (_styr_zip_writer_add (zip, "b", noise, 100, STYR_ZIP_STORED, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);
  g_assert_false (_styr_zip_writer_add (zip, "c", "x", 1, STYR_ZIP_STORED, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (_styr_zip_writer_finish (zip, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_clear_error (&error);
}

static void
test_zip_cancelled (void)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(StyrZipWriter) zip = _styr_zip_writer_new (out, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  GError *error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (_styr_zip_writer_add (zip, "a", "x", 1, STYR_ZIP_STORED, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (_styr_zip_writer_finish (zip, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (_styr_zip_writer_get_offset (zip), ==, 0);

  /* Nothing was written: the writer is still usable. */
  g_assert_true (_styr_zip_writer_add (zip, "a", "x", 1, STYR_ZIP_STORED, NULL, &error));
  g_assert_no_error (error);
}

/* Dates before 1980 cannot be said in MS-DOS form: 1980-01-01 00:00. */
static void
test_zip_old_date (void)
{
  const Input inputs[] = { { "a", "x", 1, STYR_ZIP_STORED } };
  g_autoptr(GDateTime) mtime = g_date_time_new_local (1970, 1, 1, 0, 0, 0);
  g_autoptr(GBytes) archive = write_archive (inputs, 1, mtime);
  g_autoptr(GArray) entries = read_archive (archive);
  const ReadEntry *e = &g_array_index (entries, ReadEntry, 0);

  g_assert_cmpuint (e->dos_date, ==, (0 << 9) | (1 << 5) | 1);
  g_assert_cmpuint (e->dos_time, ==, 0);
}

static void
test_zip_empty (void)
{
  g_autoptr(GBytes) archive = write_archive (NULL, 0, NULL);
  g_autoptr(GArray) entries = read_archive (archive);

  g_assert_cmpuint (g_bytes_get_size (archive), ==, 22);
  g_assert_cmpuint (entries->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/zip/round-trip", test_zip_round_trip);
  g_test_add_func ("/zip/python", test_zip_python);
  g_test_add_func ("/zip/bad-names", test_zip_bad_names);
  g_test_add_func ("/zip/too-large", test_zip_too_large);
  g_test_add_func ("/zip/write-error", test_zip_write_error);
  g_test_add_func ("/zip/cancelled", test_zip_cancelled);
  g_test_add_func ("/zip/old-date", test_zip_old_date);
  g_test_add_func ("/zip/empty", test_zip_empty);

  return g_test_run ();
}
