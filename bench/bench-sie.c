/* bench-sie.c — the SIE import of a finance system's month file (issue 7).
 *
 *   sie-import  styr_sie_file_new_from_stream () and
 *               styr_model_import_sie () of a generated SIE file with one
 *               #PSALDO row per ansvar (object of dimension 1), account
 *               and month of the year, against one pass of awk summing
 *               the same rows per month and account:
 *
 *                 awk '/^#PSALDO/ {s[$3" "$4] += $NF} END {…}' FILE
 *
 * The model is loaded once, outside the timings; each round runs awk and
 * then the import (which replaces the year's outcomes, so every round
 * does the same work). The objects column is the number of #PSALDO rows.
 *
 * With --write-sie PATH the program instead writes that SIE file for the
 * model: the objects and accounts come from the model's object map and
 * account map (styr_model_get_object_map (), styr_model_get_account_rule
 * ()), so every row reaches a unit and a cost category. A month has
 * n_objects × 500 / 3 rows — 200 000 for the large profile's 1 200
 * enheter, 2.4 million in the year — in SIE order, account by account
 * and object by object within the account: enough accounts per cost
 * category that every object books every account but the last, which
 * only the first objects book. The amounts come from a GRand seeded with
 * --seed, so the file is the same for the same model and seed.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <libstyr/styr.h>

#include "bench-common.h"

#define AWK_PROGRAM \
  "/^#PSALDO/ {s[$3\" \"$4] += $NF} END {for (k in s) printf \"%s %.2f\\n\", k, s[k]}"

/* Rows per object and month: 500 / 3, so 200 000 a month for 1 200. */
#define ROWS_PER_OBJECT_NUM 500
#define ROWS_PER_OBJECT_DEN 3

static char *
to_pc8 (const char *utf8)
{
  char *text = g_convert_with_fallback (utf8, -1, "CP437", "UTF-8", "?", NULL, NULL, NULL);

  return text != NULL ? text : g_strdup ("?");
}

/* Writes the SIE file of @model to @path. */
static gboolean
write_sie (StyrModel   *model,
           int          year,
           guint32      seed,
           const char  *path,
           GError     **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) objects = g_ptr_array_new ();      /* const char *, dim 1 */
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) accounts = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GString) out = g_string_sized_new (1 << 20);
  g_autofree char *company = to_pc8 (styr_model_get_name (model) != NULL
                                     ? styr_model_get_name (model) : "Kommunen");
  guint n_rules = styr_model_get_n_account_rules (model);
  guint64 rows_per_month, accounts_per_rule, written = 0;
  FILE *file;

  for (guint i = 0; i < styr_model_get_n_object_maps (model); i++)
    {
      const char *dim, *object;
      StyrUnit *unit;

      styr_model_get_object_map (model, i, &dim, &object, &unit);
      if (g_strcmp0 (dim, "1") != 0)
        continue;
      g_ptr_array_add (objects, (gpointer) object);
      g_ptr_array_add (names, to_pc8 (styr_unit_get_name (unit)));
    }
  if (objects->len == 0 || n_rules == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "the model maps no objects of dimension 1 or no accounts");
      return FALSE;
    }

  rows_per_month = (guint64) objects->len * ROWS_PER_OBJECT_NUM / ROWS_PER_OBJECT_DEN;
  /* Accounts one object books in a month, spread over the rules. */
  accounts_per_rule = (rows_per_month + (guint64) objects->len * n_rules - 1) /
                      ((guint64) objects->len * n_rules);

  for (guint r = 0; r < n_rules; r++)
    {
      const char *first, *last, *category;
      int lo, hi, step;

      styr_model_get_account_rule (model, r, &first, &last, &category);
      lo = atoi (first);
      hi = atoi (last);
      if (lo < 1000 || hi > 9999 || hi < lo)
        continue;
      step = (hi - lo + 1) / (int) accounts_per_rule >= 10 ? 10 : 1;
      for (guint64 k = 0; k < accounts_per_rule && lo + (int) k * step <= hi; k++)
        {
          int account = lo + (int) k * step;

          g_array_append_val (accounts, account);
        }
    }
  if ((guint64) accounts->len * objects->len < rows_per_month)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "the account map has too few accounts for %" G_GUINT64_FORMAT " rows a month",
                   rows_per_month);
      return FALSE;
    }

  file = g_fopen (path, "wb");
  if (file == NULL)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                   "%s: %s", path, g_strerror (errno));
      return FALSE;
    }

  g_string_append (out, "#FLAGGA 0\r\n");
  g_string_append (out, "#PROGRAM \"libstyr bench-sie\" 1.0\r\n");
  g_string_append (out, "#FORMAT PC8\r\n");
  g_string_append_printf (out, "#GEN %04d1231\r\n", year);
  g_string_append (out, "#SIETYP 3\r\n");
  g_string_append_printf (out, "#FNAMN \"%s\"\r\n", company);
  g_string_append_printf (out, "#RAR 0 %04d0101 %04d1231\r\n", year, year);
  g_string_append (out, "#KPTYP \"KOMMUN-BAS\"\r\n");
  g_string_append (out, "#VALUTA SEK\r\n");
  for (guint a = 0; a < accounts->len; a++)
    g_string_append_printf (out, "#KONTO %d \"Konto %d\"\r\n",
                            g_array_index (accounts, int, a), g_array_index (accounts, int, a));
  g_string_append (out, "#DIM 1 \"Ansvar\"\r\n");
  for (guint o = 0; o < objects->len; o++)
    g_string_append_printf (out, "#OBJEKT 1 \"%s\" \"%s\"\r\n",
                            (const char *) g_ptr_array_index (objects, o),
                            (const char *) g_ptr_array_index (names, o));

  for (int month = 1; month <= 12; month++)
    {
      guint64 row = 0;

      for (guint a = 0; a < accounts->len && row < rows_per_month; a++)
        {
          int account = g_array_index (accounts, int, a);
          /* Class 3 is income: credit, negative. */
          gboolean income = account / 1000 == 3;

          for (guint o = 0; o < objects->len && row < rows_per_month; o++, row++)
            {
              gint64 ore = (gint64) g_rand_int_range (rand, 100, 5000000);

              g_string_append_printf (out, "#PSALDO 0 %04d%02d %d {1 \"%s\"} %s%" G_GINT64_FORMAT ".%02d\r\n",
                                      year, month, account,
                                      (const char *) g_ptr_array_index (objects, o),
                                      income ? "-" : "",
                                      ore / 100, (int) (ore % 100));
            }

          if (out->len > (1 << 20))
            {
              if (fwrite (out->str, 1, out->len, file) != out->len)
                break;
              g_string_truncate (out, 0);
            }
        }
      written += row;
    }

  if ((out->len > 0 && fwrite (out->str, 1, out->len, file) != out->len) ||
      fclose (file) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                   "%s: %s", path, g_strerror (errno));
      g_unlink (path);
      return FALSE;
    }

  g_printerr ("bench-sie: wrote %s: %u objects, %u accounts, %" G_GUINT64_FORMAT " #PSALDO rows\n",
              path, objects->len, accounts->len, written);
  return TRUE;
}

/* One import of @path into @model; returns the number of period rows. */
static gboolean
import (StyrModel   *model,
        const char  *path,
        gboolean     report,
        guint       *n_rows,
        GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(StyrSieFile) sie = NULL;
  g_autoptr(StyrImportResult) result = NULL;

  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return FALSE;
  sie = styr_sie_file_new_from_stream (G_INPUT_STREAM (stream), path, NULL, error);
  if (sie == NULL)
    return FALSE;
  result = styr_model_import_sie (model, sie, NULL, error);
  if (result == NULL)
    return FALSE;

  *n_rows = styr_sie_file_get_n_period_rows (sie);
  if (report)
    g_printerr ("sie-import: %u #PSALDO rows, %u values written, %u replaced, "
                "unmapped amount %" G_GINT64_FORMAT " (hundredths of a krona)\n",
                *n_rows, styr_import_result_get_n_values (result),
                styr_import_result_get_n_replaced (result),
                styr_import_result_get_unmapped_amount (result));
  if (styr_import_result_get_n_values (result) == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "the import wrote no values: the file does not match the model");
      return FALSE;
    }
  return TRUE;
}

static gboolean
run_awk (const char  *path,
         GError     **error)
{
  const char *argv[] = { "awk", AWK_PROGRAM, path, NULL };
  int status = 0;

  return g_spawn_sync (NULL, (char **) argv, NULL,
                       G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                       NULL, NULL, NULL, NULL, &status, error) &&
         g_spawn_check_wait_status (status, error);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *sie_path = NULL;
  g_autofree char *write_path = NULL;
  gint64 seed = 1;
  int year = 2025;
  const GOptionEntry extra[] = {
    { "sie", 0, 0, G_OPTION_ARG_FILENAME, &sie_path,
      "The SIE file to import (written with --write-sie)", "PATH" },
    { "write-sie", 0, 0, G_OPTION_ARG_FILENAME, &write_path,
      "Write the SIE file for the model to PATH and exit", "PATH" },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed,
      "Seed of the amounts, with --write-sie (default 1)", "N" },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year,
      "The fiscal year of the file, with --write-sie (default 2025)", "YEAR" },
    { NULL }
  };
  BenchOptions options;
  BenchSamples samples;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = NULL;
  guint n_rows = 0;
  int status = 0;

  g_set_prgname ("bench-sie");
  if (!bench_parse_options (&argc, &argv,
                            "Times the SIE import against an awk pass over the same rows.",
                            extra, FALSE, &options))
    return 2;
  if (write_path == NULL && sie_path == NULL)
    {
      g_printerr ("bench-sie: give --sie PATH (or --write-sie PATH)\n");
      bench_options_clear (&options);
      return 2;
    }

  model = styr_model_new_from_path (options.file, &error);
  if (model == NULL)
    {
      g_printerr ("bench-sie: load: %s\n", error->message);
      bench_options_clear (&options);
      return 1;
    }

  if (write_path != NULL)
    {
      if (seed < 0 || seed > G_MAXUINT32 || year < 1900 || year > 9999)
        {
          g_printerr ("bench-sie: --seed must be 0–4294967295 and --year 1900–9999\n");
          status = 2;
        }
      else if (!write_sie (model, year, (guint32) seed, write_path, &error))
        {
          g_printerr ("bench-sie: %s\n", error->message);
          status = 1;
        }
      bench_options_clear (&options);
      return status;
    }

  bench_samples_init (&samples);

  for (int round = 0; round < options.rounds; round++)
    {
      double t0, t_awk, t_import;

      t0 = bench_now ();
      if (!run_awk (sie_path, &error))
        {
          g_printerr ("bench-sie: awk: %s\n", error->message);
          status = 1;
          break;
        }
      t_awk = bench_now () - t0;

      t0 = bench_now ();
      if (!import (model, sie_path, round == 0, &n_rows, &error))
        {
          g_printerr ("bench-sie: import: %s\n", error->message);
          status = 1;
          break;
        }
      t_import = bench_now () - t0;

      bench_samples_add (&samples, t_import, t_awk);
    }

  if (status == 0)
    bench_print_samples ("sie-import", &samples, n_rows);

  bench_samples_clear (&samples);
  bench_options_clear (&options);
  return status;
}
