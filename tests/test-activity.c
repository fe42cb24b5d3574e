/* test-activity.c — activities in operations and work plans (StyrActivity)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libstyr/styr.h>

typedef struct
{
  StyrModel     *model;
  StyrActivity  *activity;
  StyrUnit      *unit;
  StyrDocument  *work_plan;
  StyrDocument  *operations_plan;
  StyrDocument  *budget;
  StyrGoal      *goal;
  StyrGoal      *goal2;
  StyrIndicator *indicator;
  StyrFocusArea *focus_area;

  /* Entities of another model. */
  StyrModel     *other_model;
  StyrGoal      *other_goal;
  StyrUnit      *other_unit;
} Fixture;

static void
add (StyrModel  *model,
     gpointer    entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (entity), &error));
  g_assert_no_error (error);
  g_object_unref (entity);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->model = styr_model_new ();

  f->activity = styr_activity_new ("akt-1", "Läsfrämjande insatser");
  f->unit = styr_unit_new ("skola", STYR_UNIT_KIND_UNIT, "Skolan");
  f->work_plan = styr_document_new ("ap-2025", STYR_DOCUMENT_KIND_WORK_PLAN, "Arbetsplan 2025");
  f->operations_plan = styr_document_new ("vp-2025", STYR_DOCUMENT_KIND_OPERATIONS_PLAN, "Verksamhetsplan 2025");
  f->budget = styr_document_new ("budget-2025", STYR_DOCUMENT_KIND_BUDGET, "Mål och budget 2025");
  f->goal = styr_goal_new ("nm-1", STYR_GOAL_LEVEL_BOARD, "Fler elever klarar skolan");
  f->goal2 = styr_goal_new ("nm-2", STYR_GOAL_LEVEL_BOARD, "Trygg skolmiljö");
  f->indicator = styr_indicator_new ("ind-1", "Andel godkända");
  f->focus_area = styr_focus_area_new ("integration", "Integration");

  add (f->model, f->activity);
  add (f->model, f->unit);
  add (f->model, f->work_plan);
  add (f->model, f->operations_plan);
  add (f->model, f->budget);
  add (f->model, f->goal);
  add (f->model, f->goal2);
  add (f->model, f->indicator);
  add (f->model, f->focus_area);

  f->other_model = styr_model_new ();
  f->other_goal = styr_goal_new ("annat", STYR_GOAL_LEVEL_BOARD, "Annat mål");
  f->other_unit = styr_unit_new ("annan", STYR_UNIT_KIND_UNIT, "Annan enhet");
  add (f->other_model, f->other_goal);
  add (f->other_model, f->other_unit);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->model);
  g_clear_object (&f->other_model);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *counter)
{
  (*counter)++;
}

static void
test_activity_properties (void)
{
  g_autoptr(StyrActivity) act = styr_activity_new ("akt", "Titel");
  g_autoptr(StyrUnit) unit = NULL;
  g_autoptr(StyrDocument) document = NULL;

  g_assert_cmpstr (styr_activity_get_title (act), ==, "Titel");
  g_assert_cmpint (styr_activity_get_status (act), ==, STYR_ACTIVITY_STATUS_NOT_STARTED);
  g_assert_null (styr_activity_get_unit (act));
  g_assert_null (styr_activity_get_document (act));
  g_assert_null (styr_activity_get_end_date (act));
  g_assert_cmpuint (g_list_model_get_n_items (styr_activity_get_goals (act)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_activity_get_indicators (act)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_activity_get_focus_areas (act)), ==, 0);

  g_object_get (act, "unit", &unit, "document", &document, NULL);
  g_assert_null (unit);
  g_assert_null (document);

  /* unit and document are read-only properties. */
  {
    GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (act), "unit");

    g_assert_nonnull (pspec);
    g_assert_false (pspec->flags & G_PARAM_WRITABLE);
    pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (act), "document");
    g_assert_nonnull (pspec);
    g_assert_false (pspec->flags & G_PARAM_WRITABLE);
  }
}

static void
test_activity_not_in_model (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrActivity) act = styr_activity_new ("akt", "Titel");
  g_autoptr(StyrGoal) goal = styr_goal_new ("nm", STYR_GOAL_LEVEL_BOARD, "Mål");
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (goal), &error));
  g_assert_no_error (error);

  g_assert_false (styr_activity_add_goal (act, goal, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (styr_activity_get_goals (act)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_activities (goal)), ==, 0);

  /* Clearing what is not set is harmless. */
  g_assert_true (styr_activity_set_unit (act, NULL, &error));
  g_assert_no_error (error);
}

static void
test_activity_unit (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  g_signal_connect (f->activity, "notify::unit", G_CALLBACK (count_notify), &notified);

  g_assert_true (styr_activity_set_unit (f->activity, f->unit, &error));
  g_assert_no_error (error);
  g_assert_true (styr_activity_get_unit (f->activity) == f->unit);
  g_assert_cmpuint (notified, ==, 1);

  /* The same again: no notification. */
  g_assert_true (styr_activity_set_unit (f->activity, f->unit, &error));
  g_assert_cmpuint (notified, ==, 1);

  /* Another model's unit: refused, nothing changes. */
  g_assert_false (styr_activity_set_unit (f->activity, f->other_unit, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_true (styr_activity_get_unit (f->activity) == f->unit);
  g_assert_cmpuint (notified, ==, 1);

  /* The unit is in use while the activity names it. */
  g_assert_false (styr_model_remove (f->model, STYR_ENTITY (f->unit), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_true (styr_activity_set_unit (f->activity, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (styr_activity_get_unit (f->activity));
  g_assert_cmpuint (notified, ==, 2);

  g_assert_true (styr_model_remove (f->model, STYR_ENTITY (f->unit), &error));
  g_assert_no_error (error);
}

static void
test_activity_document (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrDocument) got = NULL;
  guint notified = 0;

  g_signal_connect (f->activity, "notify::document", G_CALLBACK (count_notify), &notified);

  g_assert_true (styr_activity_set_document (f->activity, f->work_plan, &error));
  g_assert_no_error (error);
  g_assert_true (styr_activity_get_document (f->activity) == f->work_plan);
  g_assert_cmpuint (notified, ==, 1);

  g_assert_true (styr_activity_set_document (f->activity, f->operations_plan, &error));
  g_assert_no_error (error);
  g_assert_true (styr_activity_get_document (f->activity) == f->operations_plan);
  g_assert_cmpuint (notified, ==, 2);

  g_object_get (f->activity, "document", &got, NULL);
  g_assert_true (got == f->operations_plan);

  /* A budget is a political document, not a plan for activities. */
  g_assert_false (styr_activity_set_document (f->activity, f->budget, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_true (styr_activity_get_document (f->activity) == f->operations_plan);
  g_assert_cmpuint (notified, ==, 2);

  g_assert_false (styr_model_remove (f->model, STYR_ENTITY (f->operations_plan), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_true (styr_activity_set_document (f->activity, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (styr_activity_get_document (f->activity));
  g_assert_cmpuint (notified, ==, 3);
}

static void
test_activity_goals (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *goals = styr_activity_get_goals (f->activity);
  GListModel *reverse = styr_goal_get_activities (f->goal);

  g_assert_true (g_list_model_get_item_type (goals) == STYR_TYPE_GOAL);

  g_assert_true (styr_activity_add_goal (f->activity, f->goal, &error));
  g_assert_true (styr_activity_add_goal (f->activity, f->goal2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (reverse), ==, 1);
  {
    g_autoptr(GObject) first = g_list_model_get_item (goals, 0);
    g_autoptr(GObject) back = g_list_model_get_item (reverse, 0);

    g_assert_true (first == (GObject *) f->goal);
    g_assert_true (back == (GObject *) f->activity);
  }

  /* Duplicate: refused, nothing changes. */
  g_assert_false (styr_activity_add_goal (f->activity, f->goal, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (reverse), ==, 1);

  /* Another model's goal. */
  g_assert_false (styr_activity_add_goal (f->activity, f->other_goal, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_activities (f->other_goal)), ==, 0);

  /* A goal an activity serves cannot be removed from the model. */
  g_assert_false (styr_model_remove (f->model, STYR_ENTITY (f->goal), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_true (styr_activity_remove_goal (f->activity, f->goal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (reverse), ==, 0);

  g_assert_false (styr_activity_remove_goal (f->activity, f->goal, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 1);

  g_assert_true (styr_model_remove (f->model, STYR_ENTITY (f->goal), &error));
  g_assert_no_error (error);
}

static void
test_activity_indicators (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *indicators = styr_activity_get_indicators (f->activity);
  GListModel *reverse = styr_indicator_get_activities (f->indicator);

  g_assert_true (g_list_model_get_item_type (indicators) == STYR_TYPE_INDICATOR);

  g_assert_true (styr_activity_add_indicator (f->activity, f->indicator, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (reverse), ==, 1);

  g_assert_false (styr_activity_add_indicator (f->activity, f->indicator, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (reverse), ==, 1);

  /* The model's remove relies on the activity's refers_to: an indicator
   * an activity is expected to move is in use. */
  g_assert_false (styr_model_remove (f->model, STYR_ENTITY (f->indicator), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_true (styr_entity_get_model (STYR_ENTITY (f->indicator)) == f->model);

  g_assert_true (styr_activity_remove_indicator (f->activity, f->indicator, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (reverse), ==, 0);

  g_assert_false (styr_activity_remove_indicator (f->activity, f->indicator, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (styr_model_remove (f->model, STYR_ENTITY (f->indicator), &error));
  g_assert_no_error (error);
}

static void
test_activity_focus_areas (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *focus_areas = styr_activity_get_focus_areas (f->activity);
  GListModel *reverse = styr_focus_area_get_activities (f->focus_area);

  g_assert_true (g_list_model_get_item_type (focus_areas) == STYR_TYPE_FOCUS_AREA);

  g_assert_true (styr_activity_add_focus_area (f->activity, f->focus_area, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (focus_areas), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (reverse), ==, 1);

  g_assert_false (styr_activity_add_focus_area (f->activity, f->focus_area, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (reverse), ==, 1);

  g_assert_false (styr_model_remove (f->model, STYR_ENTITY (f->focus_area), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_true (styr_activity_remove_focus_area (f->activity, f->focus_area, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (focus_areas), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (reverse), ==, 0);

  g_assert_false (styr_activity_remove_focus_area (f->activity, f->focus_area, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

/* Removing the activity from the model takes its links with it, on both
 * sides. */
static void
test_activity_model_remove (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrActivity) held = g_object_ref (f->activity);
  GListModel *goals = styr_activity_get_goals (f->activity);
  guint notified = 0;

  g_assert_true (styr_activity_set_unit (f->activity, f->unit, &error));
  g_assert_true (styr_activity_set_document (f->activity, f->work_plan, &error));
  g_assert_true (styr_activity_add_goal (f->activity, f->goal, &error));
  g_assert_true (styr_activity_add_indicator (f->activity, f->indicator, &error));
  g_assert_true (styr_activity_add_focus_area (f->activity, f->focus_area, &error));
  g_assert_no_error (error);

  g_signal_connect (f->activity, "notify::unit", G_CALLBACK (count_notify), &notified);

  /* Nothing refers to an activity, so it can always go. */
  g_assert_true (styr_model_remove (f->model, STYR_ENTITY (f->activity), &error));
  g_assert_no_error (error);

  g_assert_null (styr_entity_get_model (STYR_ENTITY (held)));
  g_assert_null (styr_activity_get_unit (held));
  g_assert_null (styr_activity_get_document (held));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_activity_get_indicators (held)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_activity_get_focus_areas (held)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_activities (f->goal)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_indicator_get_activities (f->indicator)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_focus_area_get_activities (f->focus_area)), ==, 0);

  /* Everything it linked to can go now. */
  g_assert_true (styr_model_remove (f->model, STYR_ENTITY (f->unit), &error));
  g_assert_true (styr_model_remove (f->model, STYR_ENTITY (f->work_plan), &error));
  g_assert_true (styr_model_remove (f->model, STYR_ENTITY (f->goal), &error));
  g_assert_true (styr_model_remove (f->model, STYR_ENTITY (f->indicator), &error));
  g_assert_true (styr_model_remove (f->model, STYR_ENTITY (f->focus_area), &error));
  g_assert_no_error (error);

  f->activity = NULL;
}

/* The model goes while an application still holds the activity: every
 * link is cut whatever order the model detaches its entities in, and no
 * list model keeps a reference cycle alive. */
static void
test_activity_model_dispose (void)
{
  for (guint round = 0; round < 8; round++)
    {
      StyrModel *model = styr_model_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(StyrActivity) act = styr_activity_new ("akt", "Aktivitet");
      StyrGoal *goal = styr_goal_new ("nm", STYR_GOAL_LEVEL_BOARD, "Mål");
      StyrIndicator *ind = styr_indicator_new ("ind", "Indikator");
      StyrFocusArea *fa = styr_focus_area_new ("fa", "Fokus");
      StyrUnit *unit = styr_unit_new ("enhet", STYR_UNIT_KIND_UNIT, "Enhet");
      GWeakRef refs[4];

      /* Vary the insertion order so the hash order of detaching varies. */
      if (round % 2 == 0)
        g_assert_true (styr_model_add (model, STYR_ENTITY (act), &error));
      g_assert_true (styr_model_add (model, STYR_ENTITY (goal), &error));
      g_assert_true (styr_model_add (model, STYR_ENTITY (ind), &error));
      g_assert_true (styr_model_add (model, STYR_ENTITY (fa), &error));
      g_assert_true (styr_model_add (model, STYR_ENTITY (unit), &error));
      if (round % 2 == 1)
        g_assert_true (styr_model_add (model, STYR_ENTITY (act), &error));
      g_assert_no_error (error);

      g_assert_true (styr_activity_set_unit (act, unit, &error));
      g_assert_true (styr_activity_add_goal (act, goal, &error));
      g_assert_true (styr_activity_add_indicator (act, ind, &error));
      g_assert_true (styr_activity_add_focus_area (act, fa, &error));
      g_assert_true (styr_goal_add_indicator (goal, ind, &error));
      g_assert_no_error (error);

      /* Views made before the model goes. */
      (void) styr_goal_get_activities (goal);
      (void) styr_indicator_get_activities (ind);
      (void) styr_focus_area_get_activities (fa);
      (void) styr_activity_get_goals (act);

      g_weak_ref_init (&refs[0], goal);
      g_weak_ref_init (&refs[1], ind);
      g_weak_ref_init (&refs[2], fa);
      g_weak_ref_init (&refs[3], unit);
      g_object_unref (goal);
      g_object_unref (ind);
      g_object_unref (fa);
      g_object_unref (unit);

      g_object_unref (model);

      g_assert_null (styr_activity_get_unit (act));
      g_assert_cmpuint (g_list_model_get_n_items (styr_activity_get_goals (act)), ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (styr_activity_get_indicators (act)), ==, 0);
      for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
        {
          g_assert_null (g_weak_ref_get (&refs[i]));
          g_weak_ref_clear (&refs[i]);
        }
    }
}

static GDate *
date (int day,
      int month,
      int year)
{
  return g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static void
test_activity_is_late (void)
{
  g_autoptr(StyrActivity) act = styr_activity_new ("akt", "Aktivitet");
  g_autoptr(GDate) end = date (30, 6, 2025);
  g_autoptr(GDate) before = date (29, 6, 2025);
  g_autoptr(GDate) after = date (1, 7, 2025);
  g_autoptr(GDate) long_ago = date (1, 1, 1990);

  /* No end date: not late, unless marked so. */
  g_assert_false (styr_activity_is_late (act, after));
  g_assert_false (styr_activity_is_late (act, NULL));

  styr_activity_set_end_date (act, end);
  styr_activity_set_status (act, STYR_ACTIVITY_STATUS_ONGOING);
  g_assert_false (styr_activity_is_late (act, before));
  g_assert_false (styr_activity_is_late (act, end));   /* ends today */
  g_assert_true (styr_activity_is_late (act, after));

  styr_activity_set_status (act, STYR_ACTIVITY_STATUS_NOT_STARTED);
  g_assert_true (styr_activity_is_late (act, after));

  /* Done or cancelled is never late. */
  styr_activity_set_status (act, STYR_ACTIVITY_STATUS_DONE);
  g_assert_false (styr_activity_is_late (act, after));
  styr_activity_set_status (act, STYR_ACTIVITY_STATUS_CANCELLED);
  g_assert_false (styr_activity_is_late (act, after));

  /* Marked late is late, whatever the date. */
  styr_activity_set_status (act, STYR_ACTIVITY_STATUS_LATE);
  g_assert_true (styr_activity_is_late (act, before));
  styr_activity_set_end_date (act, NULL);
  g_assert_true (styr_activity_is_late (act, before));

  /* NULL means today: an end date long past is late now. */
  styr_activity_set_status (act, STYR_ACTIVITY_STATUS_ONGOING);
  styr_activity_set_end_date (act, long_ago);
  g_assert_true (styr_activity_is_late (act, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/activity/properties", test_activity_properties);
  g_test_add_func ("/activity/not-in-model", test_activity_not_in_model);
  g_test_add ("/activity/unit", Fixture, NULL, fixture_set_up, test_activity_unit, fixture_tear_down);
  g_test_add ("/activity/document", Fixture, NULL, fixture_set_up, test_activity_document, fixture_tear_down);
  g_test_add ("/activity/goals", Fixture, NULL, fixture_set_up, test_activity_goals, fixture_tear_down);
  g_test_add ("/activity/indicators", Fixture, NULL, fixture_set_up, test_activity_indicators, fixture_tear_down);
  g_test_add ("/activity/focus-areas", Fixture, NULL, fixture_set_up, test_activity_focus_areas, fixture_tear_down);
  g_test_add ("/activity/model-remove", Fixture, NULL, fixture_set_up, test_activity_model_remove, fixture_tear_down);
  g_test_add_func ("/activity/model-dispose", test_activity_model_dispose);
  g_test_add_func ("/activity/is-late", test_activity_is_late);

  return g_test_run ();
}
