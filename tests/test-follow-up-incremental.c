/* test-follow-up-incremental.c — a follow-up kept up to date through
 * changes of the model has the same statuses as one made afresh, for
 * every kind of change it watches; and it leaves other models alone.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>

#include <libstyr/styr.h>

#define OK(call) G_STMT_START { \
    g_autoptr(GError) ok_error = NULL; \
    gboolean ok_ret = (call); \
    g_assert_no_error (ok_error); \
    g_assert_true (ok_ret); \
  } G_STMT_END

#define N_BOARD 4
#define N_OPERATIONAL 3

typedef struct
{
  StyrModel     *model;
  StyrGoal      *council;
  StyrGoal      *board[N_BOARD];
  StyrGoal      *operational[N_BOARD][N_OPERATIONAL];
  StyrIndicator *indicators[N_BOARD][N_OPERATIONAL];
  StyrOccasion  *occasion;
  StyrPeriod    *period;
} Fixture;

static gpointer
add (StyrModel *model,
     gpointer   entity)
{
  OK (styr_model_add (model, STYR_ENTITY (entity), &ok_error));
  g_object_unref (entity);
  return entity;  /* owned by the model */
}

/* One council goal, four board goals under it, three operational goals
 * under each with an indicator each: target 80, yellow from 70, values
 * spread over green, yellow and red. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->model = styr_model_new ();
  f->period = styr_period_new_tertial (2025, 2);
  f->occasion = styr_occasion_new ("t2", "Tertial 2", f->period, STYR_OCCASION_FLAGS_GOALS);
  OK (styr_calendar_add_occasion (styr_model_get_calendar (f->model), f->occasion, &ok_error));
  f->council = add (f->model, styr_goal_new ("im", STYR_GOAL_LEVEL_COUNCIL, "Inriktningsmål"));

  for (guint b = 0; b < N_BOARD; b++)
    {
      g_autofree char *id = g_strdup_printf ("nm-%u", b);

      f->board[b] = add (f->model, styr_goal_new (id, STYR_GOAL_LEVEL_BOARD, id));
      OK (styr_goal_add_parent (f->board[b], f->council, &ok_error));

      for (guint o = 0; o < N_OPERATIONAL; o++)
        {
          g_autofree char *gid = g_strdup_printf ("vm-%u-%u", b, o);
          g_autofree char *iid = g_strdup_printf ("ind-%u-%u", b, o);
          StyrIndicator *ind;

          f->operational[b][o] = add (f->model, styr_goal_new (gid, STYR_GOAL_LEVEL_OPERATIONAL, gid));
          OK (styr_goal_add_parent (f->operational[b][o], f->board[b], &ok_error));
          ind = add (f->model, styr_indicator_new (iid, iid));
          OK (styr_indicator_set_target (ind, 2025, 80, &ok_error));
          OK (styr_indicator_set_yellow_threshold (ind, 2025, 70, &ok_error));
          OK (styr_indicator_set_value (ind, f->period, 50.0 + 15.0 * o + 3.0 * b, &ok_error));
          OK (styr_goal_add_indicator (f->operational[b][o], ind, &ok_error));
          f->indicators[b][o] = ind;
        }
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->occasion);
  g_clear_pointer (&f->period, styr_period_free);
  g_clear_object (&f->model);
}

/* Every goal's status in @kept equals the one a new follow-up computes. */
static void
assert_same_as_fresh (Fixture      *f,
                      StyrFollowUp *kept)
{
  g_autoptr(StyrFollowUp) fresh = styr_follow_up_new (f->model, f->period);
  GListModel *goals = styr_model_get_goals (f->model);
  guint n = g_list_model_get_n_items (goals);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrGoal) goal = g_list_model_get_item (goals, i);
      StyrGoalStatus *a = styr_follow_up_get_status (kept, goal);
      StyrGoalStatus *b = styr_follow_up_get_status (fresh, goal);
      double sa = styr_goal_status_get_proposed_score (a);
      double sb = styr_goal_status_get_proposed_score (b);

      if (isnan (sb))
        g_assert_true (isnan (sa));
      else
        g_assert_cmpfloat_with_epsilon (sa, sb, 1e-12);
      g_assert_true (styr_goal_status_get_proposed_level (a) == styr_goal_status_get_proposed_level (b));
      g_assert_true (styr_goal_status_get_assessed_level (a) == styr_goal_status_get_assessed_level (b));
      g_assert_true (styr_goal_status_get_prognosis_level (a) == styr_goal_status_get_prognosis_level (b));
      g_assert_cmpint (styr_goal_status_get_trend (a), ==, styr_goal_status_get_trend (b));
    }
}

static double
score_of (StyrFollowUp *fu,
          StyrGoal     *goal)
{
  return styr_goal_status_get_proposed_score (styr_follow_up_get_status (fu, goal));
}

static void
count_changed (StyrFollowUp *fu,
               StyrGoal     *goal,
               guint        *count)
{
  (*count)++;
}

/* Each kind of change reaches the statuses of the goals above it, and
 * only those are recomputed. */
static void
test_each_change (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(StyrFollowUp) fu = styr_follow_up_new (f->model, f->period);
  g_autoptr(StyrPeriod) t1 = styr_period_new_tertial (2025, 1);
  StyrIndicator *ind = f->indicators[1][0];   /* 53: red */
  double before = score_of (fu, f->council);
  guint changed = 0;
  guint computations;

  g_signal_connect (fu, "status-changed", G_CALLBACK (count_changed), &changed);
  assert_same_as_fresh (f, fu);

  /* A measurement: red → green lifts the operational goal to 1. Only
   * the goal and its two ancestors are recomputed. */
  computations = styr_follow_up_get_n_computations (fu);
  OK (styr_indicator_set_value (ind, f->period, 95, &ok_error));
  g_assert_cmpuint (styr_follow_up_get_n_computations (fu) - computations, ==, 3);
  g_assert_cmpfloat_with_epsilon (score_of (fu, f->operational[1][0]), 1.0, 1e-12);
  g_assert_cmpfloat (score_of (fu, f->council), >, before);
  g_assert_cmpuint (changed, >=, 3);
  assert_same_as_fresh (f, fu);

  /* The target: 95 is red against 120 (yellow from 100). */
  OK (styr_indicator_set_target (ind, 2025, 120, &ok_error));
  OK (styr_indicator_set_yellow_threshold (ind, 2025, 100, &ok_error));
  g_assert_cmpfloat_with_epsilon (score_of (fu, f->operational[1][0]), 0.0, 1e-12);
  assert_same_as_fresh (f, fu);

  /* The direction (no handler per indicator watches it): lower is
   * better turns 95 against 120 green. */
  styr_indicator_set_direction (ind, STYR_INDICATOR_DIRECTION_LOWER);
  g_assert_cmpfloat_with_epsilon (score_of (fu, f->operational[1][0]), 1.0, 1e-12);
  assert_same_as_fresh (f, fu);
  styr_indicator_set_direction (ind, STYR_INDICATOR_DIRECTION_HIGHER);
  g_assert_cmpfloat_with_epsilon (score_of (fu, f->operational[1][0]), 0.0, 1e-12);

  /* The baseline and its year, and an earlier value: the trend. */
  OK (styr_indicator_set_value (ind, t1, 40, &ok_error));
  styr_indicator_set_baseline (ind, 30);
  styr_indicator_set_baseline_year (ind, 2024);
  assert_same_as_fresh (f, fu);

  /* Without its T2 value the T1 value (40, red) counts; without both
   * the operational goal is unassessed. */
  g_assert_true (styr_indicator_remove_measurement (ind, f->period));
  g_assert_cmpfloat_with_epsilon (score_of (fu, f->operational[1][0]), 0.0, 1e-12);
  assert_same_as_fresh (f, fu);
  g_assert_true (styr_indicator_remove_measurement (ind, t1));
  g_assert_true (isnan (score_of (fu, f->operational[1][0])));
  assert_same_as_fresh (f, fu);

  /* Links: an indicator added to a board goal, then removed; a goal
   * moved to another parent. */
  OK (styr_goal_add_indicator (f->board[2], f->indicators[0][2], &ok_error));
  assert_same_as_fresh (f, fu);
  OK (styr_goal_remove_indicator (f->board[2], f->indicators[0][2], &ok_error));
  assert_same_as_fresh (f, fu);
  OK (styr_goal_remove_parent (f->operational[3][2], f->board[3], &ok_error));
  OK (styr_goal_add_parent (f->operational[3][2], f->board[0], &ok_error));
  assert_same_as_fresh (f, fu);

  /* An assessment at the follow-up's occasion. */
  {
    StyrScale *scale = styr_model_get_scale (f->model);
    g_autoptr(StyrAssessment) a = styr_assessment_new (f->board[0], f->occasion);

    styr_assessment_set_level_id (a, styr_scale_level_get_id (styr_scale_get_level (scale, styr_scale_get_n_levels (scale) - 1)));
    OK (styr_goal_set_assessment (f->board[0], a, &ok_error));
    g_assert_nonnull (styr_goal_status_get_assessed_level (styr_follow_up_get_status (fu, f->board[0])));
    assert_same_as_fresh (f, fu);
  }

  /* A roll-up rule on one goal. */
  styr_goal_set_rollup_rule (f->council, "samsta");
  assert_same_as_fresh (f, fu);

  /* A goal added and one removed. */
  {
    StyrGoal *extra = add (f->model, styr_goal_new ("vm-extra", STYR_GOAL_LEVEL_OPERATIONAL, "Extra"));

    OK (styr_goal_add_parent (extra, f->board[3], &ok_error));
    OK (styr_goal_add_indicator (extra, f->indicators[2][2], &ok_error));
    assert_same_as_fresh (f, fu);
    OK (styr_model_remove (f->model, STYR_ENTITY (extra), &ok_error));
    assert_same_as_fresh (f, fu);
  }
}

/* Two follow-ups of one model both follow it; a follow-up of another
 * model is not disturbed, and a dropped follow-up is not called. */
static void
test_several_follow_ups (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(StyrFollowUp) first = styr_follow_up_new (f->model, f->period);
  g_autoptr(StyrFollowUp) second = styr_follow_up_new (f->model, f->period);
  g_autoptr(StyrFollowUp) dropped = styr_follow_up_new (f->model, f->period);
  Fixture other = { 0 };
  g_autoptr(StyrFollowUp) elsewhere = NULL;
  guint other_computations;

  fixture_set_up (&other, NULL);
  elsewhere = styr_follow_up_new (other.model, other.period);
  other_computations = styr_follow_up_get_n_computations (elsewhere);
  g_clear_object (&dropped);

  OK (styr_indicator_set_value (f->indicators[0][0], f->period, 99, &ok_error));
  styr_indicator_set_direction (f->indicators[0][1], STYR_INDICATOR_DIRECTION_LOWER);
  assert_same_as_fresh (f, first);
  assert_same_as_fresh (f, second);

  /* The same ids in the other model: untouched. */
  g_assert_cmpuint (styr_follow_up_get_n_computations (elsewhere), ==, other_computations);
  assert_same_as_fresh (&other, elsewhere);

  g_clear_object (&elsewhere);
  fixture_tear_down (&other, NULL);
}

/* A handler of status-changed that changes the goals' links while the
 * follow-up is re-grading (it is called in the middle of it): the
 * follow-up must end as a fresh one sees the model. */
typedef struct
{
  Fixture *f;
  guint    calls;
} Mover;

static void
on_status_changed_move (StyrFollowUp *fu,
                        StyrGoal     *goal,
                        Mover        *mover)
{
  Fixture *f = mover->f;

  if (mover->calls++ != 0)
    return;
  /* Move an operational goal of another board, and add a goal. */
  OK (styr_goal_remove_parent (f->operational[2][1], f->board[2], &ok_error));
  OK (styr_goal_add_parent (f->operational[2][1], f->board[1], &ok_error));
  {
    StyrGoal *extra = add (f->model, styr_goal_new ("vm-handler", STYR_GOAL_LEVEL_OPERATIONAL, "Från hanteraren"));

    OK (styr_goal_add_parent (extra, f->board[1], &ok_error));
    OK (styr_goal_add_indicator (extra, f->indicators[0][0], &ok_error));
  }
}

static void
test_links_changed_while_grading (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(StyrFollowUp) fu = styr_follow_up_new (f->model, f->period);
  Mover mover = { f, 0 };

  for (guint b = 0; b < N_BOARD; b++)
    styr_follow_up_get_status (fu, f->board[b]);
  g_signal_connect (fu, "status-changed", G_CALLBACK (on_status_changed_move), &mover);

  OK (styr_indicator_set_value (f->indicators[1][0], f->period, 10, &ok_error));
  assert_same_as_fresh (f, fu);
  OK (styr_indicator_set_value (f->indicators[1][0], f->period, 500, &ok_error));
  assert_same_as_fresh (f, fu);
  g_assert_cmpuint (mover.calls, >, 0);
  g_signal_handlers_disconnect_by_data (fu, &mover);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/follow-up-incremental/each-change", Fixture, NULL,
              fixture_set_up, test_each_change, fixture_tear_down);
  g_test_add ("/follow-up-incremental/several-follow-ups", Fixture, NULL,
              fixture_set_up, test_several_follow_ups, fixture_tear_down);
  g_test_add ("/follow-up-incremental/links-changed-while-grading", Fixture, NULL,
              fixture_set_up, test_links_changed_while_grading, fixture_tear_down);

  return g_test_run ();
}
