/* bench-report.c — the tertial report of the whole municipality (issue 7).
 *
 *   report-html  styr_report_new () for the whole municipality, every
 *                nämnd (organ NULL), at one period, and
 *                styr_report_write_html () into a memory output stream,
 *                against loading the model (styr_model_new_from_path ()).
 *
 * Each round loads the model (the baseline) and builds and writes the
 * report of that model. The objects column is the number of goals.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>

#include <libstyr/styr.h>

#include "bench-common.h"

int
main (int    argc,
      char **argv)
{
  g_autofree char *period_text = NULL;
  const GOptionEntry extra[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period_text,
      "The report's period (default 2025-T2)", "PERIOD" },
    { NULL }
  };
  BenchOptions options;
  BenchSamples samples;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) period = NULL;
  guint n_goals = 0;
  gsize html_size = 0;
  int status = 0;

  g_set_prgname ("bench-report");
  if (!bench_parse_options (&argc, &argv,
                            "Times the municipality's tertial report in HTML against a load.",
                            extra, FALSE, &options))
    return 2;

  period = styr_period_parse (period_text != NULL ? period_text : "2025-T2", &error);
  if (period == NULL)
    {
      g_printerr ("bench-report: %s\n", error->message);
      bench_options_clear (&options);
      return 2;
    }

  bench_samples_init (&samples);

  for (int round = 0; round < options.rounds; round++)
    {
      g_autoptr(StyrModel) model = NULL;
      g_autoptr(StyrReport) report = NULL;
      g_autoptr(GOutputStream) out = NULL;
      double t0, t_load, t_report;

      t0 = bench_now ();
      model = styr_model_new_from_path (options.file, &error);
      t_load = bench_now () - t0;
      if (model == NULL)
        {
          g_printerr ("bench-report: load: %s\n", error->message);
          status = 1;
          break;
        }
      n_goals = g_list_model_get_n_items (styr_model_get_goals (model));

      t0 = bench_now ();
      report = styr_report_new (model, period, NULL, &error);
      out = g_memory_output_stream_new_resizable ();
      if (report == NULL ||
          !styr_report_write_html (report, out, NULL, &error) ||
          !g_output_stream_close (out, NULL, &error))
        {
          g_printerr ("bench-report: report: %s\n", error->message);
          status = 1;
          break;
        }
      t_report = bench_now () - t0;
      html_size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out));

      bench_samples_add (&samples, t_report, t_load);
    }

  if (status == 0)
    {
      g_printerr ("report-html: %" G_GSIZE_FORMAT " bytes of HTML\n", html_size);
      bench_print_samples ("report-html", &samples, n_goals);
    }

  bench_samples_clear (&samples);
  bench_options_clear (&options);
  return status;
}
