/* SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * goal-status — the council's goals of a .styr file and how far they are
 * fulfilled at one follow-up period, from C.
 *
 * Loads a steering model (by default examples/data/ratten.styr, relative
 * to the current directory), makes its follow-up (StyrFollowUp) for a
 * period (by default 2025-T2, the delårsrapport per augusti) and prints,
 * for each inriktningsmål, its title, the level its indicators and
 * nämndmål propose, the level the board assessed, and how the nämndmål
 * under it are spread over the scale:
 *
 *   Strandviks kommun, per 2025-T2 (Delårsrapport per augusti)
 *   Skala: Jönköpings fem nivåer
 *
 *   Inriktningsmål: Välfärden ger trygghet genom hela livet
 *     Förslag: Bedöms kunna uppnås · Bedömning: Uppnått
 *     Nämndmålen: 1 av 6 uppnått, 4 bedöms kunna uppnås, 1 osäkert, …
 *   …
 *   10 inriktningsmål
 *
 * Build it against an installed libstyr with pkg-config:
 *
 *   cc -o goal-status goal-status.c $(pkg-config --cflags --libs styr-1.0)
 *   ./goal-status examples/data/ratten.styr 2025-T2
 *
 * (with a libstyr installed in a prefix of your own, first
 * export PKG_CONFIG_PATH=PREFIX/lib/x86_64-linux-gnu/pkgconfig and, to run
 * it, LD_LIBRARY_PATH=PREFIX/lib/x86_64-linux-gnu). In the source tree the
 * main build makes it too; run it from the top of the checkout with
 *
 *   meson devenv -C _build/main -w . _build/main/examples/goal-status
 *
 * Exit status: 0 on success, 1 when the file cannot be loaded, 2 for a
 * wrong command line (a malformed period, too many arguments).
 */

#include <locale.h>
#include <stdlib.h>

#include <libstyr/styr.h>

#define EXIT_LOAD_FAILED 1
#define EXIT_USAGE 2

static const char *
level_label (StyrScale      *scale,
             StyrScaleLevel *level)
{
  /* "Not assessed" is not a level of the scale but its own state. */
  if (level == NULL)
    return styr_scale_get_not_assessed_label (scale);
  return styr_scale_level_get_label (level);
}

int
main (int    argc,
      char **argv)
{
  const char *path = "examples/data/ratten.styr";
  const char *period_text = "2025-T2";
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) period = NULL;
  g_autoptr(StyrModel) model = NULL;
  g_autoptr(StyrFollowUp) follow_up = NULL;
  g_autoptr(GListModel) council_goals = NULL;
  g_autofree char *period_string = NULL;
  StyrOccasion *occasion;
  StyrScale *scale;
  guint n_goals;

  setlocale (LC_ALL, "");

  if (argc > 3)
    {
      g_printerr ("Användning: %s [FIL [PERIOD]]\n", argv[0]);
      return EXIT_USAGE;
    }
  if (argc > 1)
    path = argv[1];
  if (argc > 2)
    period_text = argv[2];

  /* A period is written 2025, 2025-T2, 2025-Q3 or 2025-05. */
  period = styr_period_parse (period_text, &error);
  if (period == NULL)
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return EXIT_USAGE;
    }

  /* The error names the file, line and column of what is wrong. */
  model = styr_model_new_from_path (path, &error);
  if (model == NULL)
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return EXIT_LOAD_FAILED;
    }

  /* The follow-up reads the model; its statuses are owned by it. */
  follow_up = styr_follow_up_new (model, period);
  scale = styr_model_get_scale (model);
  period_string = styr_period_to_string (period);
  occasion = styr_follow_up_get_occasion (follow_up);

  g_print ("%s, per %s", styr_model_get_name (model), period_string);
  if (occasion != NULL)
    g_print (" (%s)", styr_occasion_get_name (occasion));
  g_print ("\nSkala: %s\n", styr_scale_get_name (scale));

  council_goals = styr_model_get_goals_at_level (model, STYR_GOAL_LEVEL_COUNCIL);
  n_goals = g_list_model_get_n_items (council_goals);

  for (guint i = 0; i < n_goals; i++)
    {
      g_autoptr(StyrGoal) goal = g_list_model_get_item (council_goals, i);
      StyrGoalStatus *status = styr_follow_up_get_status (follow_up, goal);
      g_autofree char *distribution = styr_follow_up_format_distribution (follow_up, goal);

      g_print ("\nInriktningsmål: %s\n", styr_goal_get_title (goal));
      g_print ("  Förslag: %s · Bedömning: %s\n",
               level_label (scale, styr_goal_status_get_proposed_level (status)),
               level_label (scale, styr_goal_status_get_assessed_level (status)));
      g_print ("  Nämndmålen: %s\n", distribution);
    }

  g_print ("\n%u inriktningsmål\n", n_goals);

  return EXIT_SUCCESS;
}
