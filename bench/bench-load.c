/* bench-load.c — load, its peak memory, and save (issue 7).
 *
 *   load       styr_model_new_from_path () against a bare xmlTextReader
 *              walk of the same file that reads every element, every
 *              attribute value and every text node: what any loader on
 *              libxml2 must at least do.
 *   load-rss   the peak resident set of a child process (this program
 *              again, with --rss-child) that loads the file, from
 *              getrusage (RUSAGE_CHILDREN), against the file's size;
 *              both in bytes.
 *   save       styr_model_save_to_path () to tmpfs (/dev/shm) against
 *              the load.
 *
 * Each round walks, loads and saves, in that order; the medians are
 * printed as BENCH lines (docs/dev/bench-design.md). The objects column
 * of load and save is the number of elements in the file.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libstyr/styr.h>
#include <libxml/xmlreader.h>

#include "bench-common.h"

/* The parse options of the loader (libstyr/styr-loader.c), so that the
 * baseline parses the same way. */
#define READER_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | \
                        XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

/* Walks @path with an xmlTextReader, touching every attribute value and
 * text; returns the number of elements, or -1 on a parse error. The
 * length sum keeps the compiler from dropping the reads. */
static gint64
walk (const char *path,
      guint64    *bytes_seen)
{
  xmlTextReaderPtr reader = xmlReaderForFile (path, "UTF-8", READER_OPTIONS);
  gint64 n_elements = 0;
  guint64 seen = 0;
  int ret;

  if (reader == NULL)
    return -1;

  while ((ret = xmlTextReaderRead (reader)) == 1)
    {
      switch (xmlTextReaderNodeType (reader))
        {
        case XML_READER_TYPE_ELEMENT:
          n_elements++;
          seen += strlen ((const char *) xmlTextReaderConstLocalName (reader));
          while (xmlTextReaderMoveToNextAttribute (reader) == 1)
            {
              const xmlChar *value = xmlTextReaderConstValue (reader);

              seen += strlen ((const char *) xmlTextReaderConstLocalName (reader));
              if (value != NULL)
                seen += strlen ((const char *) value);
            }
          break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
          {
            const xmlChar *value = xmlTextReaderConstValue (reader);

            if (value != NULL)
              seen += strlen ((const char *) value);
          }
          break;
        default:
          break;
        }
    }
  xmlFreeTextReader (reader);

  *bytes_seen += seen;
  return ret == 0 ? n_elements : -1;
}

/* --rss-child: load the file and exit; the parent reads our peak RSS. */
static int
rss_child (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = styr_model_new_from_path (path, &error);

  if (model == NULL)
    {
      g_printerr ("bench-load: %s\n", error->message);
      return 1;
    }
  return 0;
}

static gboolean
measure_rss (const char  *self_exe,
             const char  *path,
             gint64       file_size,
             GError     **error)
{
  const char *argv[] = { self_exe, "--rss-child", "--file", path, NULL };
  struct rusage usage;
  int status = 0;

  /* g_spawn_sync execs a fresh image (no copy of this process's memory
   * counts against the child), and reaps it, so RUSAGE_CHILDREN holds
   * its peak. This runs before the parent loads anything, and is the
   * only child this program waits for. */
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN,
                     NULL, NULL, NULL, NULL, &status, error) ||
      !g_spawn_check_wait_status (status, error))
    return FALSE;

  if (getrusage (RUSAGE_CHILDREN, &usage) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                   "getrusage: %s", g_strerror (errno));
      return FALSE;
    }

  /* ru_maxrss is in kilobytes on Linux. */
  g_printerr ("load-rss: peak RSS %ld KiB, file %" G_GINT64_FORMAT " bytes\n",
              usage.ru_maxrss, file_size);
  bench_print ("load-rss", (double) usage.ru_maxrss * 1024.0, (double) file_size, 0);
  return TRUE;
}

static char *
save_path (void)
{
  const char *dir = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
  g_autofree char *name = g_strdup_printf ("bench-save-%d.styr", (int) getpid ());

  return g_build_filename (dir, name, NULL);
}

int
main (int    argc,
      char **argv)
{
  gboolean child = FALSE;
  const GOptionEntry extra[] = {
    { "rss-child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &child,
      "Load the file and exit (for the RSS measure)", NULL },
    { NULL }
  };
  BenchOptions options;
  BenchSamples load, save;
  g_autoptr(GError) error = NULL;
  g_autofree char *self_exe = NULL;
  g_autofree char *out = NULL;
  GStatBuf st;
  gint64 n_elements = 0;
  guint64 seen = 0;
  int status = 0;

  g_set_prgname ("bench-load");
  if (!bench_parse_options (&argc, &argv,
                            "Times loading and saving a model against an xmlTextReader walk.",
                            extra, FALSE, &options))
    return 2;

  LIBXML_TEST_VERSION

  if (child)
    {
      status = rss_child (options.file);
      bench_options_clear (&options);
      return status;
    }

  if (g_stat (options.file, &st) != 0)
    {
      g_printerr ("bench-load: %s: %s\n", options.file, g_strerror (errno));
      bench_options_clear (&options);
      return 1;
    }

  /* First, while this process is small: the peak RSS of a load. */
  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  if (self_exe == NULL)
    self_exe = g_strdup (argv[0]);
  if (!measure_rss (self_exe, options.file, (gint64) st.st_size, &error))
    {
      g_printerr ("bench-load: load-rss: %s\n", error->message);
      g_clear_error (&error);
      status = 1;
    }

  out = save_path ();
  bench_samples_init (&load);
  bench_samples_init (&save);

  for (int round = 0; round < options.rounds; round++)
    {
      g_autoptr(StyrModel) model = NULL;
      double t0, t_walk, t_load, t_save;

      t0 = bench_now ();
      n_elements = walk (options.file, &seen);
      t_walk = bench_now () - t0;
      if (n_elements < 0)
        {
          g_printerr ("bench-load: the baseline walk could not parse %s\n", options.file);
          status = 1;
          break;
        }

      t0 = bench_now ();
      model = styr_model_new_from_path (options.file, &error);
      t_load = bench_now () - t0;
      if (model == NULL)
        {
          g_printerr ("bench-load: load: %s\n", error->message);
          status = 1;
          break;
        }

      t0 = bench_now ();
      if (!styr_model_save_to_path (model, out, STYR_SAVE_FLAGS_NONE, &error))
        {
          g_printerr ("bench-load: save: %s\n", error->message);
          status = 1;
          g_unlink (out);
          break;
        }
      t_save = bench_now () - t0;
      g_unlink (out);

      bench_samples_add (&load, t_load, t_walk);
      bench_samples_add (&save, t_save, t_load);
    }

  if (status == 0)
    {
      g_printerr ("(the walk read %" G_GUINT64_FORMAT " bytes of names and values per round)\n",
                  seen / (guint64) options.rounds);
      bench_print_samples ("load", &load, (guint64) n_elements);
      bench_print_samples ("save", &save, (guint64) n_elements);
    }

  bench_samples_clear (&load);
  bench_samples_clear (&save);
  bench_options_clear (&options);
  xmlCleanupParser ();
  return status;
}
