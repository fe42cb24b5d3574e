/* bench-common.c — see bench-common.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "bench-common.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

gboolean
bench_parse_options (int                *argc,
                     char             ***argv,
                     const char         *summary,
                     const GOptionEntry *extra,
                     gboolean            file_optional,
                     BenchOptions       *options)
{
  const GOptionEntry entries[] = {
    { "file", 'f', 0, G_OPTION_ARG_FILENAME, &options->file,
      "The generated model (styr generate)", "PATH" },
    { "rounds", 'n', 0, G_OPTION_ARG_INT, &options->rounds,
      "Rounds of baseline and subject, alternated (default 5)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  options->file = NULL;
  options->rounds = 5;

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, NULL);
  if (extra != NULL)
    g_option_context_add_main_entries (context, extra, NULL);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return FALSE;
    }
  if (*argc > 1)
    {
      g_printerr ("%s: too many arguments: %s\n", g_get_prgname (), (*argv)[1]);
      return FALSE;
    }
  if (options->file == NULL && !file_optional)
    {
      g_printerr ("%s: no model given: use --file PATH\n", g_get_prgname ());
      return FALSE;
    }
  if (options->rounds < 1)
    {
      g_printerr ("%s: --rounds must be at least 1\n", g_get_prgname ());
      return FALSE;
    }
  return TRUE;
}

void
bench_options_clear (BenchOptions *options)
{
  g_clear_pointer (&options->file, g_free);
}

double
bench_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec + (double) ts.tv_nsec * 1e-9;
}

void
bench_samples_init (BenchSamples *samples)
{
  samples->subject = g_array_new (FALSE, FALSE, sizeof (double));
  samples->baseline = g_array_new (FALSE, FALSE, sizeof (double));
}

void
bench_samples_clear (BenchSamples *samples)
{
  g_clear_pointer (&samples->subject, g_array_unref);
  g_clear_pointer (&samples->baseline, g_array_unref);
}

void
bench_samples_add (BenchSamples *samples,
                   double        subject,
                   double        baseline)
{
  g_array_append_val (samples->subject, subject);
  g_array_append_val (samples->baseline, baseline);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

double
bench_median (GArray *values)
{
  g_autoptr(GArray) sorted = NULL;
  guint n = values->len;

  if (n == 0)
    return 0.0;

  sorted = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
  g_array_append_vals (sorted, values->data, n);
  g_array_sort (sorted, compare_doubles);

  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2.0;
}

void
bench_print (const char *id,
             double      subject,
             double      baseline,
             guint64     objects)
{
  printf ("BENCH\t%s\t%.6f\t%.6f\t%" G_GUINT64_FORMAT "\n", id, subject, baseline, objects);
  fflush (stdout);
}

static void
print_rounds (const char *what,
              GArray     *values)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < values->len; i++)
    g_string_append_printf (line, " %.6f", g_array_index (values, double, i));
  g_printerr ("  %s:%s\n", what, line->str);
}

void
bench_print_samples (const char   *id,
                     BenchSamples *samples,
                     guint64       objects)
{
  g_printerr ("%s, seconds per round\n", id);
  print_rounds ("subject ", samples->subject);
  print_rounds ("baseline", samples->baseline);
  bench_print (id, bench_median (samples->subject), bench_median (samples->baseline), objects);
}
