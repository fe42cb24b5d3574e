/* test-follow-up.c — the proposed status of goals (roll-up), its cache
 * and incremental recomputation, distributions and coverage.
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

static gpointer
add (StyrModel *model,
     gpointer   entity)
{
  OK (styr_model_add (model, STYR_ENTITY (entity), &ok_error));
  g_object_unref (entity);
  return entity;  /* owned by the model */
}

static StyrGoal *
add_goal (StyrModel     *model,
          const char    *id,
          StyrGoalLevel  level,
          StyrGoal      *parent)
{
  StyrGoal *goal = add (model, styr_goal_new (id, level, id));

  if (parent != NULL)
    OK (styr_goal_add_parent (goal, parent, &ok_error));
  return goal;
}

static StyrPeriod *
t2 (void)
{
  return styr_period_new_tertial (2025, 2);
}

/* An indicator with target 80 and yellow threshold 70 in 2025: 85 is
 * green, 75 yellow, 50 red. */
static StyrIndicator *
add_indicator (StyrModel  *model,
               const char *id,
               StyrGoal   *goal,
               double      value)
{
  StyrIndicator *ind = add (model, styr_indicator_new (id, id));
  g_autoptr(StyrPeriod) period = t2 ();

  OK (styr_indicator_set_target (ind, 2025, 80, &ok_error));
  OK (styr_indicator_set_yellow_threshold (ind, 2025, 70, &ok_error));
  if (!isnan (value))
    OK (styr_indicator_set_value (ind, period, value, &ok_error));
  if (goal != NULL)
    OK (styr_goal_add_indicator (goal, ind, &ok_error));
  return ind;
}

static void
set_value (StyrIndicator *ind,
           double         value)
{
  g_autoptr(StyrPeriod) period = t2 ();

  OK (styr_indicator_set_value (ind, period, value, &ok_error));
}

static StyrOccasion *
add_t2_occasion (StyrModel *model)
{
  g_autoptr(StyrPeriod) period = t2 ();
  g_autoptr(StyrOccasion) occasion = styr_occasion_new ("t2", "Delårsrapport 2025", period,
                                                        STYR_OCCASION_FLAGS_GOALS);

  OK (styr_calendar_add_occasion (styr_model_get_calendar (model), occasion, &ok_error));
  return occasion;  /* owned by the calendar */
}

static void
assess (StyrGoal     *goal,
        StyrOccasion *occasion,
        const char   *level_id,
        const char   *prognosis_id)
{
  g_autoptr(StyrAssessment) a = styr_assessment_new (goal, occasion);

  styr_assessment_set_level_id (a, level_id);
  styr_assessment_set_prognosis_id (a, prognosis_id);
  styr_assessment_set_analysis (a, "Analys.");
  OK (styr_goal_set_assessment (goal, a, &ok_error));
}

static const char *
proposed_id (StyrFollowUp *fu,
             StyrGoal     *goal)
{
  StyrScaleLevel *level = styr_goal_status_get_proposed_level (styr_follow_up_get_status (fu, goal));

  return level != NULL ? styr_scale_level_get_id (level) : NULL;
}

static double
proposed_score (StyrFollowUp *fu,
                StyrGoal     *goal)
{
  return styr_goal_status_get_proposed_score (styr_follow_up_get_status (fu, goal));
}

/* A goal with four indicators: green, yellow, red, and one not assessed. */
typedef struct
{
  StyrModel     *model;
  StyrGoal      *im;
  StyrGoal      *nm;
  StyrIndicator *green;
  StyrIndicator *yellow;
  StyrIndicator *red;
  StyrIndicator *none;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->model = styr_model_new ();
  f->im = add_goal (f->model, "im-1", STYR_GOAL_LEVEL_COUNCIL, NULL);
  f->nm = add_goal (f->model, "nm-1", STYR_GOAL_LEVEL_BOARD, f->im);
  f->green = add_indicator (f->model, "gron", f->nm, 85);
  f->yellow = add_indicator (f->model, "gul", f->nm, 75);
  f->red = add_indicator (f->model, "rod", f->nm, 50);
  f->none = add_indicator (f->model, "ingen", f->nm, NAN);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->model);
}

static void
test_rules (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(StyrPeriod) period = t2 ();
  g_autoptr(StyrFollowUp) fu = styr_follow_up_new (f->model, period);

  g_assert_cmpint (styr_follow_up_get_indicator_grade (fu, f->green), ==, STYR_GRADE_GREEN);
  g_assert_cmpint (styr_follow_up_get_indicator_grade (fu, f->yellow), ==, STYR_GRADE_YELLOW);
  g_assert_cmpint (styr_follow_up_get_indicator_grade (fu, f->red), ==, STYR_GRADE_RED);
  g_assert_cmpint (styr_follow_up_get_indicator_grade (fu, f->none), ==, STYR_GRADE_NOT_ASSESSED);

  /* viktat-medel: (1 + 0.5 + 0) / 3 = 0.5; the unassessed one is left out. */
  g_assert_cmpfloat_with_epsilon (proposed_score (fu, f->nm), 0.5, 1e-9);
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "delvis-uppfyllt");
  /* The council goal rolls up its only child's proposed score. */
  g_assert_cmpfloat_with_epsilon (proposed_score (fu, f->im), 0.5, 1e-9);

  styr_goal_set_rollup_rule (f->nm, "samsta");
  g_assert_cmpfloat_with_epsilon (proposed_score (fu, f->nm), 0.0, 1e-9);
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "ej-uppfyllt");

  styr_goal_set_rollup_rule (f->nm, "alla-grona");
  g_assert_cmpfloat_with_epsilon (proposed_score (fu, f->nm), 0.0, 1e-9);
  set_value (f->red, 76);   /* now yellow: no red left */
  g_assert_cmpfloat_with_epsilon (proposed_score (fu, f->nm), 0.5, 1e-9);
  set_value (f->red, 90);
  set_value (f->yellow, 90);
  g_assert_cmpfloat_with_epsilon (proposed_score (fu, f->nm), 1.0, 1e-9);
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "uppfyllt");

  styr_goal_set_rollup_rule (f->nm, "andel-barn");
  set_value (f->yellow, 75);
  /* Two of three at 1.0. */
  g_assert_cmpfloat_with_epsilon (proposed_score (fu, f->nm), 2.0 / 3.0, 1e-9);
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "delvis-uppfyllt");

  /* An unknown rule: not assessed, and the parent has no evidence. */
  styr_goal_set_rollup_rule (f->nm, "finns-inte");
  g_assert_null (proposed_id (fu, f->nm));
  g_assert_true (isnan (proposed_score (fu, f->nm)));
  g_assert_null (proposed_id (fu, f->im));

  /* A goal with no evidence at all is not assessed. */
  {
    StyrGoal *empty = add_goal (f->model, "nm-tom", STYR_GOAL_LEVEL_BOARD, NULL);

    g_assert_null (proposed_id (fu, empty));
  }
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GListModel) findings = NULL;
  guint n_found = 0;

  styr_goal_set_rollup_rule (f->nm, "egen-regel");
  styr_model_set_rollup_rule (f->model, "annan-regel");
  findings = styr_model_validate (f->model, 2025, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(StyrFinding) finding = g_list_model_get_item (findings, i);

      if (g_strcmp0 (styr_finding_get_code (finding), STYR_FINDING_OKAND_SAMMANVAGNING) == 0)
        {
          g_assert_cmpint (styr_finding_get_severity (finding), ==, STYR_SEVERITY_ERROR);
          n_found++;
        }
    }
  g_assert_cmpuint (n_found, ==, 2);

  styr_model_set_rollup_rule (f->model, NULL);
  g_assert_cmpstr (styr_model_get_rollup_rule (f->model), ==, "viktat-medel");
}

/* Three-level scale: a tie at 0.75 goes to the better level; the five
 * levels of Jönköping make 0.75 its second level. */
static void
test_nearest_level (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(StyrPeriod) period = t2 ();
  g_autoptr(StyrFollowUp) fu = NULL;
  g_autoptr(StyrScale) jonkoping = styr_scale_new_preset (STYR_SCALE_PRESET_JONKOPING);
  guint before;

  /* green + yellow: (1 + 0.5) / 2 = 0.75, a tie between two levels */
  OK (styr_goal_remove_indicator (f->nm, f->red, &ok_error));
  fu = styr_follow_up_new (f->model, period);
  g_assert_cmpfloat_with_epsilon (proposed_score (fu, f->nm), 0.75, 1e-9);
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "uppfyllt");

  set_value (f->yellow, 50);   /* 0.5 */
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "delvis-uppfyllt");
  OK (styr_goal_add_indicator (f->nm, f->red, &ok_error));   /* (1 + 0 + 0) / 3 */
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "delvis-uppfyllt");
  styr_goal_set_rollup_rule (f->nm, "samsta");
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "ej-uppfyllt");
  styr_goal_set_rollup_rule (f->nm, NULL);
  set_value (f->yellow, 75);   /* (1 + 0.5 + 0) / 3 = 0.5 */
  OK (styr_goal_remove_indicator (f->nm, f->red, &ok_error));
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "uppfyllt");

  /* Only the scale changes. */
  before = styr_follow_up_get_n_computations (fu);
  styr_model_set_scale (f->model, jonkoping);
  g_assert_cmpuint (styr_follow_up_get_n_computations (fu), ==, before + 2);
  g_assert_cmpfloat_with_epsilon (proposed_score (fu, f->nm), 0.75, 1e-9);
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "bedoms-kunna-uppnas");
  set_value (f->yellow, 50);   /* 0.5 */
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "osakert");

  /* Only the model's rule changes: worst of green and red. */
  set_value (f->yellow, 75);
  styr_model_set_rollup_rule (f->model, "samsta");
  g_assert_cmpfloat_with_epsilon (proposed_score (fu, f->nm), 0.5, 1e-9);
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "osakert");
}

static void
test_assessed (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(StyrPeriod) period = t2 ();
  StyrOccasion *occasion = add_t2_occasion (f->model);
  g_autoptr(StyrFollowUp) fu = styr_follow_up_new (f->model, period);
  StyrGoalStatus *status = styr_follow_up_get_status (fu, f->nm);
  StyrGoalStatus *im_status = styr_follow_up_get_status (fu, f->im);

  g_assert_true (styr_follow_up_get_occasion (fu) == occasion);
  g_assert_true (styr_goal_status_get_goal (status) == f->nm);
  g_assert_null (styr_goal_status_get_assessed_level (status));
  g_assert_false (styr_goal_status_get_differs (status));
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "delvis-uppfyllt");

  assess (f->nm, occasion, "uppfyllt", "uppfyllt");
  g_assert_cmpstr (styr_scale_level_get_id (styr_goal_status_get_assessed_level (status)), ==, "uppfyllt");
  g_assert_cmpstr (styr_scale_level_get_id (styr_goal_status_get_prognosis_level (status)), ==, "uppfyllt");
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "delvis-uppfyllt");
  g_assert_true (styr_goal_status_get_differs (status));

  /* The council goal now rolls up the assessed level, not the proposed. */
  g_assert_cmpfloat_with_epsilon (styr_goal_status_get_proposed_score (im_status), 1.0, 1e-9);

  assess (f->nm, occasion, "delvis-uppfyllt", NULL);
  g_assert_false (styr_goal_status_get_differs (status));
  g_assert_null (styr_goal_status_get_prognosis_level (status));
  g_assert_cmpfloat_with_epsilon (styr_goal_status_get_proposed_score (im_status), 0.5, 1e-9);

  /* Trend: the first indicator with data; measured 2025-T1 lower. */
  {
    g_autoptr(StyrPeriod) t1 = styr_period_new_tertial (2025, 1);

    g_assert_cmpint (styr_goal_status_get_trend (status), ==,
                     styr_indicator_get_trend (f->green, period));
    OK (styr_indicator_set_value (f->green, t1, 60, &ok_error));
    g_assert_cmpint (styr_goal_status_get_trend (status), ==, STYR_TREND_POSITIVE);
    g_assert_cmpint (styr_goal_status_get_trend (im_status), ==, STYR_TREND_NO_DATA);
  }
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    data)
{
  (*(guint *) data)++;
}

static void
count_status_changed (StyrFollowUp *fu,
                      StyrGoal     *goal,
                      gpointer      data)
{
  (*(guint *) data)++;
}

static void
test_notify (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(StyrPeriod) period = t2 ();
  g_autoptr(StyrFollowUp) fu = styr_follow_up_new (f->model, period);
  StyrGoalStatus *status = styr_follow_up_get_status (fu, f->nm);
  guint n_level = 0, n_score = 0, n_changed = 0;

  g_signal_connect (status, "notify::proposed-level", G_CALLBACK (count_notify), &n_level);
  g_signal_connect (status, "notify::proposed-score", G_CALLBACK (count_notify), &n_score);
  g_signal_connect (fu, "status-changed", G_CALLBACK (count_status_changed), &n_changed);

  set_value (f->red, 90);   /* (1 + 0.5 + 1) / 3 = 0.833 */
  g_assert_cmpuint (n_level, ==, 1);
  g_assert_cmpuint (n_score, ==, 1);
  g_assert_cmpuint (n_changed, ==, 2);   /* nm and im */
  g_assert_true (styr_follow_up_get_status (fu, f->nm) == status);
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "uppfyllt");

  /* A value that does not change the grade notifies nothing. */
  set_value (f->red, 95);
  g_assert_cmpuint (n_level, ==, 1);
  g_assert_cmpuint (n_score, ==, 1);
  g_assert_cmpuint (n_changed, ==, 2);
}

static void
test_distribution (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrPeriod) period = t2 ();
  g_autoptr(StyrFollowUp) fu = NULL;
  g_autofree guint *counts = NULL;
  g_autofree char *text = NULL;
  guint n_counts = 0, n_not_assessed = 0;
  StyrGoal *im = add_goal (model, "im-1", STYR_GOAL_LEVEL_COUNCIL, NULL);
  StyrGoal *im2 = add_goal (model, "im-2", STYR_GOAL_LEVEL_COUNCIL, NULL);
  StyrGoal *im3 = add_goal (model, "im-3", STYR_GOAL_LEVEL_COUNCIL, NULL);
  StyrOccasion *occasion = add_t2_occasion (model);
  GListModel *uncovered;
  StyrGoal *nm[6];

  /* Six board goals: two green, one yellow, two red, one without data;
   * one of the red ones is assessed as partly fulfilled. */
  const double values[] = { 85, 90, 75, 50, 40, NAN };
  for (guint i = 0; i < G_N_ELEMENTS (nm); i++)
    {
      g_autofree char *id = g_strdup_printf ("nm-%u", i);
      g_autofree char *ind = g_strdup_printf ("ind-%u", i);

      nm[i] = add_goal (model, id, STYR_GOAL_LEVEL_BOARD, im);
      add_indicator (model, ind, nm[i], values[i]);
    }
  /* An operational goal under the council goal's board goal counts not. */
  add_goal (model, "vm-1", STYR_GOAL_LEVEL_OPERATIONAL, nm[0]);
  assess (nm[3], occasion, "delvis-uppfyllt", NULL);

  fu = styr_follow_up_new (model, period);
  styr_follow_up_get_distribution (fu, im, &counts, &n_counts, &n_not_assessed);
  g_assert_cmpuint (n_counts, ==, 3);
  g_assert_cmpuint (counts[0], ==, 2);
  g_assert_cmpuint (counts[1], ==, 2);
  g_assert_cmpuint (counts[2], ==, 1);
  g_assert_cmpuint (n_not_assessed, ==, 1);

  text = styr_follow_up_format_distribution (fu, im);
  g_assert_cmpstr (text, ==, "2 av 6 uppfyllda, 2 delvis uppfyllda, 1 ej uppfyllt, 1 ej bedömd");
  g_clear_pointer (&text, g_free);
  text = styr_follow_up_format_distribution (fu, im2);
  g_assert_cmpstr (text, ==, "inga nämndmål");

  /* Coverage: im-2 and im-3 have no board goal; the list is live. */
  uncovered = styr_follow_up_get_uncovered_council_goals (fu);
  g_assert_cmpuint (g_list_model_get_n_items (uncovered), ==, 2);
  {
    g_autoptr(StyrGoal) first = g_list_model_get_item (uncovered, 0);

    g_assert_true (first == im2);
  }
  OK (styr_goal_add_parent (nm[5], im3, &ok_error));
  g_assert_cmpuint (g_list_model_get_n_items (uncovered), ==, 1);
  {
    g_autoptr(StyrGoal) first = g_list_model_get_item (uncovered, 0);

    g_assert_true (first == im2);
  }
  g_clear_pointer (&text, g_free);
  text = styr_follow_up_format_distribution (fu, im3);
  g_assert_cmpstr (text, ==, "0 av 1 uppfyllda, 0 delvis uppfyllda, 0 ej uppfyllda, 1 ej bedömd");

  /* Five levels. */
  {
    g_autoptr(StyrScale) jonkoping = styr_scale_new_preset (STYR_SCALE_PRESET_JONKOPING);

    styr_model_set_scale (model, jonkoping);
    g_clear_pointer (&text, g_free);
    text = styr_follow_up_format_distribution (fu, im);
    /* nm-3's assessment no longer resolves on this scale. */
    g_assert_cmpstr (text, ==,
                     "2 av 6 uppnådda, 0 bedöms kunna uppnås, 1 osäkert, 0 bedöms inte kunna uppnås, "
                     "2 har inte uppnåtts, 1 ej bedömd");
  }
}

/* 200 goals: 5 council goals, 5 board goals under each, 3 operational
 * goals under each board goal, a unit goal with an indicator under each
 * operational goal, and a second unit goal under the first 20. */
#define N_COUNCIL 5
#define N_BOARD 5
#define N_OPERATIONAL 3

static void
test_recompute_counts (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrPeriod) period = t2 ();
  g_autoptr(StyrFollowUp) fu = NULL;
  StyrOccasion *occasion = add_t2_occasion (model);
  StyrIndicator *watched = NULL;
  StyrIndicator *shared = NULL;
  StyrGoal *watched_board = NULL;
  guint n_goals = 0;
  guint before;

  for (guint c = 0; c < N_COUNCIL; c++)
    {
      g_autofree char *cid = g_strdup_printf ("im-%u", c);
      StyrGoal *im = add_goal (model, cid, STYR_GOAL_LEVEL_COUNCIL, NULL);

      n_goals++;
      for (guint b = 0; b < N_BOARD; b++)
        {
          g_autofree char *bid = g_strdup_printf ("nm-%u-%u", c, b);
          StyrGoal *nm = add_goal (model, bid, STYR_GOAL_LEVEL_BOARD, im);

          n_goals++;
          if (watched_board == NULL)
            watched_board = nm;
          for (guint o = 0; o < N_OPERATIONAL; o++)
            {
              g_autofree char *oid = g_strdup_printf ("vm-%u-%u-%u", c, b, o);
              g_autofree char *uid = g_strdup_printf ("em-%u-%u-%u", c, b, o);
              g_autofree char *iid = g_strdup_printf ("ind-%u-%u-%u", c, b, o);
              StyrGoal *vm = add_goal (model, oid, STYR_GOAL_LEVEL_OPERATIONAL, nm);
              StyrGoal *em;
              StyrIndicator *ind;

              n_goals++;
              em = add_goal (model, uid, STYR_GOAL_LEVEL_UNIT, vm);
              n_goals++;
              ind = add_indicator (model, iid, em, 50 + c + b + o);
              if ((c * N_BOARD + b) * N_OPERATIONAL + o < 20)
                {
                  /* some operational goals have two unit goals */
                  g_autofree char *uid2 = g_strdup_printf ("em-%u-%u-%u-b", c, b, o);

                  add_goal (model, uid2, STYR_GOAL_LEVEL_UNIT, vm);
                  n_goals++;
                }
              if (watched == NULL)
                watched = ind;
            }
        }
    }
  g_assert_cmpuint (n_goals, ==, 200);

  /* Another indicator, linked to a unit goal in the first branch and to a
   * board goal in the last. */
  shared = add_indicator (model, "delad", NULL, 60);
  OK (styr_goal_add_indicator (styr_model_lookup_goal (model, "em-0-1-0"), shared, &ok_error));
  OK (styr_goal_add_indicator (styr_model_lookup_goal (model, "nm-4-4"), shared, &ok_error));

  fu = styr_follow_up_new (model, period);
  /* Made: every goal once. */
  g_assert_cmpuint (styr_follow_up_get_n_computations (fu), ==, n_goals);
  for (guint i = 0; i < g_list_model_get_n_items (styr_model_get_goals (model)); i++)
    {
      g_autoptr(StyrGoal) goal = g_list_model_get_item (styr_model_get_goals (model), i);

      g_assert_nonnull (styr_follow_up_get_status (fu, goal));
    }
  /* Reading is cached. */
  g_assert_cmpuint (styr_follow_up_get_n_computations (fu), ==, n_goals);

  /* One measurement: em-0-0-0, vm-0-0-0, nm-0-0, im-0. */
  before = styr_follow_up_get_n_computations (fu);
  set_value (watched, 99);
  g_assert_cmpuint (styr_follow_up_get_n_computations (fu) - before, ==, 4);

  /* A target of the shared indicator: em-0-1-0, vm-0-1-0, nm-0-1, im-0,
   * and nm-4-4, im-4. */
  before = styr_follow_up_get_n_computations (fu);
  OK (styr_indicator_set_target (shared, 2025, 55, &ok_error));
  g_assert_cmpuint (styr_follow_up_get_n_computations (fu) - before, ==, 6);

  /* An assessment of a board goal: the goal and its council goal. */
  before = styr_follow_up_get_n_computations (fu);
  assess (watched_board, occasion, "uppfyllt", NULL);
  g_assert_cmpuint (styr_follow_up_get_n_computations (fu) - before, ==, 2);

  /* An assessment at another occasion changes nothing. */
  {
    g_autoptr(StyrPeriod) p1 = styr_period_new_tertial (2025, 1);
    g_autoptr(StyrOccasion) t1 = styr_occasion_new ("t1", "T1", p1, STYR_OCCASION_FLAGS_GOALS);

    OK (styr_calendar_add_occasion (styr_model_get_calendar (model), t1, &ok_error));
    before = styr_follow_up_get_n_computations (fu);
    assess (watched_board, t1, "ej-uppfyllt", NULL);
    g_assert_cmpuint (styr_follow_up_get_n_computations (fu) - before, ==, 0);
  }

  /* A goal's rule: the goal and its ancestors. */
  before = styr_follow_up_get_n_computations (fu);
  styr_goal_set_rollup_rule (styr_model_lookup_goal (model, "vm-2-3-1"), "samsta");
  g_assert_cmpuint (styr_follow_up_get_n_computations (fu) - before, ==, 3);

  /* A new link: the new parent and its ancestors. */
  before = styr_follow_up_get_n_computations (fu);
  OK (styr_goal_add_parent (styr_model_lookup_goal (model, "nm-1-1"),
                            styr_model_lookup_goal (model, "im-3"), &ok_error));
  g_assert_cmpuint (styr_follow_up_get_n_computations (fu) - before, ==, 1);

  /* The scale: everything. */
  {
    g_autoptr(StyrScale) scale = styr_scale_new_preset (STYR_SCALE_PRESET_JONKOPING);

    before = styr_follow_up_get_n_computations (fu);
    styr_model_set_scale (model, scale);
    g_assert_cmpuint (styr_follow_up_get_n_computations (fu) - before, ==, n_goals);
  }
}

static double
best_of (const double *scores,
         gsize         n_scores,
         gpointer      user_data)
{
  double best = scores[0];

  (*(guint *) user_data)++;
  for (gsize i = 1; i < n_scores; i++)
    best = MAX (best, scores[i]);
  return best;
}

static void
test_custom_rule (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(StyrPeriod) period = t2 ();
  g_autoptr(StyrFollowUp) fu = styr_follow_up_new (f->model, period);
  g_autoptr(GError) error = NULL;
  guint n_calls = 0;

  styr_goal_set_rollup_rule (f->nm, "basta");
  g_assert_null (proposed_id (fu, f->nm));
  g_assert_false (styr_follow_up_has_rule (fu, "basta"));

  OK (styr_follow_up_register_rule (fu, "basta", best_of, &n_calls, NULL, &ok_error));
  g_assert_true (styr_follow_up_has_rule (fu, "basta"));
  g_assert_cmpuint (n_calls, ==, 1);
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "uppfyllt");
  g_assert_cmpstr (proposed_id (fu, f->im), ==, "uppfyllt");

  g_assert_false (styr_follow_up_register_rule (fu, "basta", best_of, NULL, NULL, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_false (styr_follow_up_register_rule (fu, "samsta", best_of, NULL, NULL, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID);
}

static void
test_goal_leaves (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(StyrPeriod) period = t2 ();
  g_autoptr(StyrFollowUp) fu = styr_follow_up_new (f->model, period);
  StyrGoal *extra = add_goal (f->model, "nm-2", STYR_GOAL_LEVEL_BOARD, f->im);

  add_indicator (f->model, "ind-extra", extra, 85);
  g_assert_cmpstr (proposed_id (fu, extra), ==, "uppfyllt");
  /* (0.5 + 1) / 2 */
  g_assert_cmpfloat_with_epsilon (proposed_score (fu, f->im), 0.75, 1e-9);

  OK (styr_goal_remove_parent (extra, f->im, &ok_error));
  g_assert_cmpfloat_with_epsilon (proposed_score (fu, f->im), 0.5, 1e-9);
  OK (styr_goal_add_parent (extra, f->im, &ok_error));
  g_assert_cmpfloat_with_epsilon (proposed_score (fu, f->im), 0.75, 1e-9);
  OK (styr_goal_remove_parent (extra, f->im, &ok_error));
  OK (styr_goal_remove_indicator (extra, styr_model_lookup_indicator (f->model, "ind-extra"), &ok_error));
  OK (styr_model_remove (f->model, STYR_ENTITY (extra), &ok_error));
  g_assert_cmpfloat_with_epsilon (proposed_score (fu, f->im), 0.5, 1e-9);
}

/* A level added to the model's scale after the follow-up was made: the
 * proposed levels, and an assessment that names the new level, follow. */
static StyrScaleLevel *
add_level (StyrScale  *scale,
           const char *id,
           double      score)
{
  g_autoptr(StyrScaleLevel) level = styr_scale_level_new (id);

  styr_scale_level_set_score (level, score);
  OK (styr_scale_add_level (scale, level, &ok_error));
  return level;  /* owned by the scale */
}

static void
test_scale_grows (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(StyrPeriod) period = t2 ();
  StyrOccasion *occasion = add_t2_occasion (f->model);
  g_autoptr(StyrScale) full = styr_scale_new ("tre");
  g_autoptr(StyrScale) scale = styr_scale_new ("tva");
  g_autoptr(StyrFollowUp) fu = NULL;
  StyrScaleLevel *svagt;
  StyrGoalStatus *status;
  guint before;

  /* The assessment is made on a scale that has its level … */
  add_level (full, "bra", 1.0);
  add_level (full, "mellan", 0.5);
  add_level (full, "svagt", 0.25);
  styr_model_set_scale (f->model, full);
  styr_goal_set_rollup_rule (f->nm, "samsta");   /* the red indicator: 0.0 */
  assess (f->nm, occasion, "svagt", "svagt");

  /* … and the model goes on with one that lacks it. */
  add_level (scale, "bra", 1.0);
  add_level (scale, "mellan", 0.5);
  styr_model_set_scale (f->model, scale);

  fu = styr_follow_up_new (f->model, period);
  status = styr_follow_up_get_status (fu, f->nm);
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "mellan");
  g_assert_null (styr_goal_status_get_assessed_level (status));
  g_assert_null (styr_goal_status_get_prognosis_level (status));
  g_assert_cmpfloat_with_epsilon (proposed_score (fu, f->im), 0.0, 1e-9);

  before = styr_follow_up_get_n_computations (fu);
  svagt = add_level (scale, "svagt", 0.25);
  g_assert_cmpuint (styr_follow_up_get_n_computations (fu), ==, before + 2);
  g_assert_cmpstr (proposed_id (fu, f->nm), ==, "svagt");
  g_assert_true (styr_goal_status_get_assessed_level (status) == svagt);
  g_assert_true (styr_goal_status_get_prognosis_level (status) == svagt);
  /* The council goal rolls up the assessed level now. */
  g_assert_cmpfloat_with_epsilon (proposed_score (fu, f->im), 0.25, 1e-9);
  g_assert_cmpstr (proposed_id (fu, f->im), ==, "svagt");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/follow-up/rules", test_rules);
  ADD ("/follow-up/validation", test_validation);
  ADD ("/follow-up/nearest-level", test_nearest_level);
  ADD ("/follow-up/assessed", test_assessed);
  ADD ("/follow-up/notify", test_notify);
  ADD ("/follow-up/custom-rule", test_custom_rule);
  ADD ("/follow-up/goal-leaves", test_goal_leaves);
  ADD ("/follow-up/scale-grows", test_scale_grows);
  g_test_add_func ("/follow-up/distribution", test_distribution);
  g_test_add_func ("/follow-up/recompute-counts", test_recompute_counts);

  return g_test_run ();
}
