/* bench-follow-up.c — grading and roll-up, and the re-grade (issue 7).
 *
 *   follow-up  the full grading of a fresh model for one period:
 *              styr_follow_up_new () and the status of every goal of the
 *              model, its proposed level and score read (which computes
 *              every indicator's grade and rolls it up the chain),
 *              against loading the model (styr_model_new_from_path ()).
 *   regrade    then one measurement of one indicator changes
 *              (styr_indicator_set_value () on the value the period's
 *              grade is based on) and the statuses of the goals that
 *              depend on it — the indicator's goals and all their
 *              ancestors up to the council goals — are read again,
 *              against the full grading. StyrFollowUp recomputes the
 *              affected goals when the change is signalled, so the time
 *              is that of the set_value () call and of the reads
 *              together. The objects column is the number of goal
 *              statuses the follow-up computed for the change
 *              (styr_follow_up_get_n_computations ()).
 *
 * Each round loads the model (the baseline of follow-up), grades it in
 * full and then re-grades it after moving the measurement by 1000 (up in
 * even rounds, down in odd ones), so that every round really changes it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>

#include <libstyr/styr.h>

#include "bench-common.h"

/* Reads the status of @goal so that it is computed. */
static double
read_status (StyrFollowUp *follow_up,
             StyrGoal     *goal)
{
  StyrGoalStatus *status = styr_follow_up_get_status (follow_up, goal);
  StyrScaleLevel *level;

  if (status == NULL)
    return -1.0;
  level = styr_goal_status_get_proposed_level (status);
  return styr_goal_status_get_proposed_score (status) + (level != NULL ? 1.0 : 0.0);
}

/* The indicator to change: the first with a unit goal (the longest chain
 * above it) and a value graded at @period; falls back to any indicator
 * with a graded value. */
static StyrIndicator *
pick_indicator (StyrModel         *model,
                const StyrPeriod  *period,
                StyrPeriod       **value_period)
{
  GListModel *indicators = styr_model_get_indicators (model);
  guint n = g_list_model_get_n_items (indicators);
  StyrIndicator *fallback = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrIndicator) indicator = g_list_model_get_item (indicators, i);
      GListModel *goals = styr_indicator_get_goals (indicator);
      g_autoptr(StyrPeriod) found = NULL;
      double value;
      gboolean deep = FALSE;

      if (!styr_indicator_lookup_latest (indicator, period, &value, &found) || found == NULL)
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (goals) && !deep; j++)
        {
          g_autoptr(StyrGoal) goal = g_list_model_get_item (goals, j);

          deep = styr_goal_get_level (goal) == STYR_GOAL_LEVEL_UNIT;
        }

      if (deep || fallback == NULL)
        {
          g_clear_object (&fallback);
          g_clear_pointer (value_period, styr_period_free);
          fallback = g_object_ref (indicator);
          *value_period = g_steal_pointer (&found);
        }
      if (deep)
        break;
    }

  return fallback;
}

/* The goals whose status depends on @indicator: its goals and their
 * ancestors, each once. */
static GPtrArray *
affected_goals (StyrIndicator *indicator)
{
  GPtrArray *affected = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GListModel *goals = styr_indicator_get_goals (indicator);

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(StyrGoal) goal = g_list_model_get_item (goals, i);
      g_autoptr(GListModel) ancestors = styr_goal_get_ancestors (goal);

      if (g_hash_table_add (seen, goal))
        g_ptr_array_add (affected, g_object_ref (goal));
      for (guint j = 0; j < g_list_model_get_n_items (ancestors); j++)
        {
          g_autoptr(StyrGoal) ancestor = g_list_model_get_item (ancestors, j);

          if (g_hash_table_add (seen, ancestor))
            g_ptr_array_add (affected, g_object_ref (ancestor));
        }
    }

  return affected;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *period_text = NULL;
  const GOptionEntry extra[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period_text,
      "The follow-up period (default 2025-T2)", "PERIOD" },
    { NULL }
  };
  BenchOptions options;
  BenchSamples grading, regrade;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) period = NULL;
  guint n_goals = 0;
  guint n_recomputed = 0;
  volatile double sink = 0.0;
  int status = 0;

  g_set_prgname ("bench-follow-up");
  if (!bench_parse_options (&argc, &argv,
                            "Times grading and roll-up, and a re-grade after one change.",
                            extra, FALSE, &options))
    return 2;

  period = styr_period_parse (period_text != NULL ? period_text : "2025-T2", &error);
  if (period == NULL)
    {
      g_printerr ("bench-follow-up: %s\n", error->message);
      bench_options_clear (&options);
      return 2;
    }

  bench_samples_init (&grading);
  bench_samples_init (&regrade);

  for (int round = 0; round < options.rounds && status == 0; round++)
    {
      g_autoptr(StyrModel) model = NULL;
      g_autoptr(StyrFollowUp) follow_up = NULL;
      g_autoptr(StyrIndicator) indicator = NULL;
      g_autoptr(StyrPeriod) value_period = NULL;
      g_autoptr(GPtrArray) affected = NULL;
      GListModel *goals;
      double t0, t_load, t_grading, t_regrade, value;
      guint before;

      t0 = bench_now ();
      model = styr_model_new_from_path (options.file, &error);
      t_load = bench_now () - t0;
      if (model == NULL)
        {
          g_printerr ("bench-follow-up: load: %s\n", error->message);
          status = 1;
          break;
        }

      /* Chosen outside the timings. */
      indicator = pick_indicator (model, period, &value_period);
      if (indicator == NULL ||
          !styr_indicator_lookup_value (indicator, value_period, &value))
        {
          g_printerr ("bench-follow-up: no indicator has a value graded at the period\n");
          status = 1;
          break;
        }
      affected = affected_goals (indicator);
      goals = styr_model_get_goals (model);

      /* Full grading. */
      t0 = bench_now ();
      follow_up = styr_follow_up_new (model, period);
      n_goals = g_list_model_get_n_items (goals);
      for (guint i = 0; i < n_goals; i++)
        {
          g_autoptr(StyrGoal) goal = g_list_model_get_item (goals, i);

          sink += read_status (follow_up, goal);
        }
      t_grading = bench_now () - t0;

      /* Re-grade after one change. */
      before = styr_follow_up_get_n_computations (follow_up);
      t0 = bench_now ();
      if (!styr_indicator_set_value (indicator, value_period,
                                     round % 2 == 0 ? value + 1000.0 : value - 1000.0,
                                     &error))
        {
          g_printerr ("bench-follow-up: set_value: %s\n", error->message);
          status = 1;
          break;
        }
      for (guint i = 0; i < affected->len; i++)
        sink += read_status (follow_up, g_ptr_array_index (affected, i));
      t_regrade = bench_now () - t0;
      n_recomputed = styr_follow_up_get_n_computations (follow_up) - before;

      if (round == 0)
        {
          g_autofree char *when = styr_period_to_string (value_period);

          g_printerr ("regrade: indicator %s, value of %s, %u goals affected, "
                      "%u statuses recomputed, of %u goals\n",
                      styr_entity_get_id (STYR_ENTITY (indicator)), when,
                      affected->len, n_recomputed, n_goals);
        }

      bench_samples_add (&grading, t_grading, t_load);
      bench_samples_add (&regrade, t_regrade, t_grading);
    }

  if (status == 0)
    {
      bench_print_samples ("follow-up", &grading, n_goals);
      bench_print_samples ("regrade", &regrade, n_recomputed);
    }
  (void) sink;

  bench_samples_clear (&grading);
  bench_samples_clear (&regrade);
  bench_options_clear (&options);
  return status;
}
