/* test-load.c — reading .styr files with StyrLoader.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef __linux__
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1   /* sched_setaffinity(), sched_getcpu() */
#endif
#include <sched.h>
#endif
#include <string.h>
#include <math.h>

#include <libstyr/styr.h>

/* Helpers ---------------------------------------------------------------- */

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static StyrModel *
load_data (const char *name)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  StyrModel *model;

  model = styr_model_new_from_path (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

static StyrModel *
load_string (const char  *xml,
             GError     **error)
{
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));

  return styr_loader_load_bytes (loader, bytes, "test.styr", error);
}

static gpointer
item (GListModel *list,
      guint       position)
{
  gpointer object = g_list_model_get_item (list, position);

  g_assert_nonnull (object);
  /* The model holds the item: a borrowed pointer is enough for a test. */
  g_object_unref (object);
  return object;
}

static const char *
id_of (gpointer entity)
{
  return styr_entity_get_id (STYR_ENTITY (entity));
}

static void
assert_date (const GDate *date,
             int          year,
             int          month,
             int          day)
{
  g_assert_nonnull (date);
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_year (date), ==, year);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_day (date), ==, day);
}

static void
assert_no_date (const GDate *date)
{
  g_assert_true (date == NULL || !g_date_valid (date));
}

static void
assert_ids (GListModel *list,
            const char *ids)
{
  g_auto(GStrv) expected = g_strsplit (ids, " ", -1);
  guint n = g_list_model_get_n_items (list);

  if (ids[0] == '\0')
    {
      g_assert_cmpuint (n, ==, 0);
      return;
    }
  g_assert_cmpuint (n, ==, g_strv_length (expected));
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (id_of (item (list, i)), ==, expected[i]);
}

/* The full file ---------------------------------------------------------- */

static void
test_full (void)
{
  g_autoptr(StyrModel) model = load_data ("full.styr");
  const char * const *values;
  StyrScale *scale;
  StyrScaleLevel *level;
  StyrPerspective *perspective;
  StyrOrgan *organ;
  StyrUnit *unit;
  StyrDocument *document;
  StyrFocusArea *focus;
  StyrIndicator *indicator;
  StyrGoal *goal;
  StyrActivity *activity;
  StyrArena *arena;
  double value, high, women, men;
  const char *comment;
  g_autofree int *years = NULL;
  gsize n_years;
  g_autofree char *period0 = NULL;
  g_autofree char *period2 = NULL;

  g_assert_cmpuint (styr_model_get_n_entities (model), ==, 23);

  /* kommun */
  g_assert_cmpstr (styr_model_get_name (model), ==, "Ängelholm");
  g_assert_cmpstr (styr_model_get_kommunkod (model), ==, "1292");
  g_assert_cmpstr (styr_model_get_vision (model), ==, "Kraftsamling Ängelholm 2020");
  values = styr_model_get_values (model);
  g_assert_nonnull (values);
  g_assert_cmpuint (g_strv_length ((char **) values), ==, 3);
  g_assert_cmpstr (values[0], ==, "Öppenhet");
  g_assert_cmpstr (values[2], ==, "Handlingskraft");

  /* skala */
  scale = styr_model_get_scale (model);
  g_assert_cmpstr (styr_scale_get_id (scale), ==, "tre-nivaer");
  g_assert_cmpstr (styr_scale_get_name (scale), ==, "Tre nivåer");
  g_assert_cmpstr (styr_scale_get_not_assessed_label (scale), ==, "Ej bedömd");
  g_assert_cmpuint (styr_scale_get_n_levels (scale), ==, 3);
  level = styr_scale_get_level (scale, 1);
  g_assert_cmpstr (styr_scale_level_get_id (level), ==, "delvis");
  g_assert_cmpstr (styr_scale_level_get_label (level), ==, "Delvis uppfyllt");
  g_assert_cmpstr (styr_scale_level_get_colour (level), ==, "#f2c037");
  g_assert_cmpfloat (styr_scale_level_get_score (level), ==, 0.5);

  /* kalender */
  {
    StyrCalendar *calendar = styr_model_get_calendar (model);
    GListModel *occasions = styr_calendar_get_occasions (calendar);
    StyrOccasion *occasion;
    g_autofree char *period = NULL;

    g_assert_cmpstr (styr_calendar_get_name (calendar), ==, "Ratten 2025");
    g_assert_cmpuint (g_list_model_get_n_items (occasions), ==, 5);
    occasion = item (occasions, 0);
    g_assert_cmpstr (styr_occasion_get_id (occasion), ==, "feb-2025");
    g_assert_null (styr_occasion_get_name (occasion));
    g_assert_cmpint (styr_occasion_get_flags (occasion), ==, STYR_OCCASION_FLAGS_ECONOMY);
    assert_no_date (styr_occasion_get_deadline (occasion));
    occasion = item (occasions, 2);
    g_assert_cmpstr (styr_occasion_get_id (occasion), ==, "t2-2025");
    g_assert_cmpstr (styr_occasion_get_name (occasion), ==, "Delårsrapport");
    period = styr_period_to_string (styr_occasion_get_period (occasion));
    g_assert_cmpstr (period, ==, "2025-T2");
    g_assert_cmpint (styr_occasion_get_flags (occasion), ==,
                     STYR_OCCASION_FLAGS_GOALS | STYR_OCCASION_FLAGS_ECONOMY |
                     STYR_OCCASION_FLAGS_INTERIM_REPORT);
    assert_date (styr_occasion_get_deadline (occasion), 2025, 9, 25);
    occasion = item (occasions, 3);
    g_assert_cmpint (styr_occasion_get_flags (occasion), ==,
                     STYR_OCCASION_FLAGS_GOALS | STYR_OCCASION_FLAGS_ECONOMY |
                     STYR_OCCASION_FLAGS_ANNUAL_REPORT);
    occasion = item (occasions, 4);
    g_assert_cmpstr (styr_occasion_get_name (occasion), ==, "Extra \"avstämning\"");
    g_assert_cmpint (styr_occasion_get_flags (occasion), ==, STYR_OCCASION_FLAGS_NONE);
  }

  /* perspektiv */
  assert_ids (styr_model_get_perspectives (model), "medborgarfokus effektiva");
  perspective = styr_model_lookup_perspective (model, "medborgarfokus");
  g_assert_cmpstr (styr_perspective_get_name (perspective), ==, "Medborgarfokus");
  g_assert_cmpstr (styr_perspective_get_colour (perspective), ==, "#2a6ebb");
  g_assert_cmpstr (styr_perspective_get_description (perspective), ==,
                   "Vi möter medborgarna & brukarna.\nAndra raden <viktig> och \"citat\".");
  g_assert_null (styr_perspective_get_description (styr_model_lookup_perspective (model, "effektiva")));

  /* organ */
  assert_ids (styr_model_get_organs (model), "kf ks bun hem");
  organ = styr_model_lookup_organ (model, "bun");
  g_assert_cmpint (styr_organ_get_kind (organ), ==, STYR_ORGAN_KIND_BOARD);
  g_assert_cmpstr (styr_organ_get_name (organ), ==, "Barn- och utbildningsnämnden");
  g_assert_true (styr_organ_get_sector (organ) == styr_model_lookup_unit (model, "sektor-bou"));
  organ = styr_model_lookup_organ (model, "hem");
  g_assert_cmpint (styr_organ_get_kind (organ), ==, STYR_ORGAN_KIND_COMPANY);
  g_assert_true (styr_organ_get_owner_directive (organ) == styr_model_lookup_document (model, "dir-hem"));
  g_assert_cmpint (styr_organ_get_kind (styr_model_lookup_organ (model, "ks")), ==,
                   STYR_ORGAN_KIND_EXECUTIVE_BOARD);

  /* enhet */
  assert_ids (styr_model_get_units (model), "sektor-bou grundskola skola-1");
  unit = styr_model_lookup_unit (model, "skola-1");
  g_assert_cmpint (styr_unit_get_kind (unit), ==, STYR_UNIT_KIND_UNIT);
  g_assert_cmpstr (styr_unit_get_name (unit), ==, "Norra skolan");
  g_assert_cmpstr (styr_unit_get_head (unit), ==, "Bo Berg");
  g_assert_true (styr_unit_get_parent (unit) == styr_model_lookup_unit (model, "grundskola"));
  g_assert_cmpint (styr_unit_get_kind (styr_model_lookup_unit (model, "sektor-bou")), ==,
                   STYR_UNIT_KIND_ADMINISTRATION);
  g_assert_null (styr_unit_get_parent (styr_model_lookup_unit (model, "sektor-bou")));

  /* dokument */
  assert_ids (styr_model_get_documents (model), "budget-2025 dir-hem ap-skola-1");
  document = styr_model_lookup_document (model, "budget-2025");
  g_assert_cmpint (styr_document_get_kind (document), ==, STYR_DOCUMENT_KIND_BUDGET);
  g_assert_cmpint (styr_document_get_status (document), ==, STYR_DOCUMENT_STATUS_ADOPTED);
  g_assert_cmpstr (styr_document_get_title (document), ==, "Budget 2025");
  g_assert_cmpint (styr_document_get_year (document), ==, 2025);
  g_assert_true (styr_document_get_owner (document) == STYR_ENTITY (styr_model_lookup_organ (model, "kf")));
  g_assert_cmpstr (styr_document_get_decision (document), ==, "KF § 111/2024");
  assert_date (styr_document_get_decision_date (document), 2024, 11, 20);
  assert_date (styr_document_get_valid_from (document), 2025, 1, 1);
  assert_date (styr_document_get_valid_until (document), 2025, 12, 31);
  assert_date (styr_document_get_review_date (document), 2025, 10, 1);
  g_assert_cmpstr (styr_document_get_responsible (document), ==, "Ekonomichefen");
  document = styr_model_lookup_document (model, "dir-hem");
  g_assert_cmpint (styr_document_get_kind (document), ==, STYR_DOCUMENT_KIND_OWNER_DIRECTIVE);
  g_assert_cmpint (styr_document_get_status (document), ==, STYR_DOCUMENT_STATUS_DRAFT);
  g_assert_cmpint (styr_document_get_year (document), ==, 0);
  g_assert_null (styr_document_get_owner (document));
  assert_no_date (styr_document_get_decision_date (document));
  document = styr_model_lookup_document (model, "ap-skola-1");
  g_assert_cmpint (styr_document_get_status (document), ==, STYR_DOCUMENT_STATUS_REVISED);
  g_assert_true (styr_document_get_owner (document) == STYR_ENTITY (unit));

  /* fokusomrade */
  focus = styr_model_lookup_focus_area (model, "integration");
  g_assert_cmpstr (styr_focus_area_get_name (focus), ==, "Integration");
  g_assert_cmpstr (styr_focus_area_get_description (focus), ==, "Fler i arbete.");
  g_assert_true (styr_focus_area_get_owner (focus) == styr_model_lookup_unit (model, "sektor-bou"));
  assert_ids (styr_focus_area_get_goals (focus), "im-1");
  assert_ids (styr_focus_area_get_activities (focus), "akt-1");

  /* indikator */
  assert_ids (styr_model_get_indicators (model), "godkanda resultat");
  indicator = styr_model_lookup_indicator (model, "godkanda");
  g_assert_cmpstr (styr_indicator_get_name (indicator), ==, "Elever med godkända betyg");
  g_assert_cmpstr (styr_indicator_get_description (indicator), ==,
                   "Andel elever i åk 9 med godkända betyg i alla ämnen.");
  g_assert_cmpstr (styr_indicator_get_measure_unit (indicator), ==, "%");
  g_assert_cmpint (styr_indicator_get_direction (indicator), ==, STYR_INDICATOR_DIRECTION_HIGHER);
  g_assert_cmpint (styr_indicator_get_source (indicator), ==, STYR_INDICATOR_SOURCE_KOLADA);
  g_assert_cmpstr (styr_indicator_get_source_id (indicator), ==, "N15419");
  g_assert_cmpfloat (styr_indicator_get_baseline (indicator), ==, 72);
  g_assert_cmpint (styr_indicator_get_baseline_year (indicator), ==, 2023);
  g_assert_cmpint (styr_indicator_get_frequency (indicator), ==, STYR_FREQUENCY_YEARLY);
  g_assert_true (styr_indicator_get_gender_split (indicator));

  years = styr_indicator_get_target_years (indicator, &n_years);
  g_assert_cmpuint (n_years, ==, 3);
  g_assert_cmpint (years[0], ==, 0);
  g_assert_cmpint (years[1], ==, 2025);
  g_assert_cmpint (years[2], ==, 2026);
  g_assert_true (styr_indicator_lookup_target (indicator, 2025, &value, &high));
  g_assert_cmpfloat (value, ==, 80);
  g_assert_true (styr_indicator_lookup_yellow_threshold (indicator, 2025, &value));
  g_assert_cmpfloat (value, ==, 75);
  g_assert_true (styr_indicator_lookup_target (indicator, 2026, &value, &high));
  g_assert_cmpfloat (value, ==, 2);
  g_assert_cmpfloat (high, ==, 5);
  g_assert_false (styr_indicator_lookup_yellow_threshold (indicator, 2026, &value));

  g_assert_cmpuint (styr_indicator_get_n_measurements (indicator), ==, 3);
  {
    g_autoptr(StyrPeriod) p0 = styr_indicator_get_measurement_period (indicator, 0);
    g_autoptr(StyrPeriod) p2 = styr_indicator_get_measurement_period (indicator, 2);

    period0 = styr_period_to_string (p0);
    period2 = styr_period_to_string (p2);
  }
  g_assert_cmpstr (period0, ==, "2024");
  g_assert_cmpstr (period2, ==, "2025-T2");
  styr_indicator_get_measurement (indicator, 0, &value, &women, &men, &comment);
  g_assert_cmpfloat (value, ==, 74.25);
  g_assert_true (isnan (women) && isnan (men));
  g_assert_null (comment);
  styr_indicator_get_measurement (indicator, 1, &value, &women, &men, &comment);
  g_assert_cmpfloat (value, ==, 76.5);
  g_assert_cmpfloat (women, ==, 80);
  g_assert_cmpfloat (men, ==, 73);
  g_assert_cmpstr (comment, ==, "kommentar med &-tecken");
  g_assert_cmpfloat (styr_indicator_get_measurement_value (indicator, 2), ==, 0.1);

  /* jamforelse */
  g_assert_cmpuint (styr_indicator_get_n_comparison_values (indicator), ==, 4);
  {
    g_auto(GStrv) codes = styr_indicator_dup_comparison_municipalities (indicator);
    g_autoptr(StyrPeriod) p2024 = styr_period_new_year (2024);
    g_autoptr(StyrPeriod) p2025 = styr_period_new_year (2025);

    g_assert_cmpuint (g_strv_length (codes), ==, 3);
    g_assert_cmpstr (codes[0], ==, "0180");
    g_assert_cmpstr (codes[2], ==, "1283");
    g_assert_true (styr_indicator_lookup_comparison_value (indicator, "1280", p2024, &value));
    g_assert_cmpfloat (value, ==, 73);
    g_assert_true (styr_indicator_lookup_comparison_value (indicator, "0180", p2025, &value));
    g_assert_cmpfloat (value, ==, 75.25);
    g_assert_true (styr_indicator_lookup_comparison_value (indicator, "1283", p2025, &value));
    g_assert_cmpfloat (value, ==, 1e20);
    g_assert_false (styr_indicator_lookup_comparison_value (indicator, "1280", p2025, NULL));
  }

  indicator = styr_model_lookup_indicator (model, "resultat");
  g_assert_null (styr_indicator_get_name (indicator));
  g_assert_cmpuint (styr_indicator_get_n_comparison_values (indicator), ==, 0);
  g_assert_cmpint (styr_indicator_get_direction (indicator), ==, STYR_INDICATOR_DIRECTION_RANGE);
  g_assert_cmpint (styr_indicator_get_source (indicator), ==, STYR_INDICATOR_SOURCE_FINANCE);
  g_assert_cmpint (styr_indicator_get_frequency (indicator), ==, STYR_FREQUENCY_TERTIAL);
  g_assert_true (isnan (styr_indicator_get_baseline (indicator)));
  g_assert_cmpint (styr_indicator_get_baseline_year (indicator), ==, 0);
  g_assert_false (styr_indicator_get_gender_split (indicator));
  g_assert_cmpuint (styr_indicator_get_n_measurements (indicator), ==, 0);

  /* mal */
  assert_ids (styr_model_get_goals (model), "im-1 im-2 nm-1 vm-1 em-1");
  goal = styr_model_lookup_goal (model, "im-1");
  g_assert_cmpint (styr_goal_get_level (goal), ==, STYR_GOAL_LEVEL_COUNCIL);
  g_assert_cmpstr (styr_goal_get_title (goal), ==, "Alla barn ska lyckas");
  g_assert_cmpstr (styr_goal_get_description (goal), ==, "Inriktningsmålet.");
  g_assert_true (styr_goal_get_perspective (goal) == perspective);
  g_assert_true (styr_goal_get_owner (goal) == STYR_ENTITY (styr_model_lookup_organ (model, "kf")));
  g_assert_true (styr_goal_get_document (goal) == styr_model_lookup_document (model, "budget-2025"));
  assert_ids (styr_goal_get_focus_areas (goal), "integration");
  assert_ids (styr_goal_get_indicators (goal), "godkanda");
  assert_ids (styr_goal_get_children (goal), "nm-1");
  {
    GListModel *assessments = styr_goal_get_assessments (goal);
    StyrAssessment *assessment;

    g_assert_cmpuint (g_list_model_get_n_items (assessments), ==, 2);
    assessment = item (assessments, 0);
    g_assert_cmpstr (styr_occasion_get_id (styr_assessment_get_occasion (assessment)), ==, "t1-2025");
    g_assert_cmpstr (styr_assessment_get_level_id (assessment), ==, "delvis");
    g_assert_true (styr_assessment_get_level (assessment) == level);
    g_assert_cmpstr (styr_assessment_get_prognosis_id (assessment), ==, "uppfyllt");
    g_assert_cmpstr (styr_assessment_get_assessed_by (assessment), ==, "Anna Andersson");
    assert_date (styr_assessment_get_assessed_on (assessment), 2025, 5, 12);
    g_assert_cmpstr (styr_assessment_get_analysis (assessment), ==,
                     "Andelen ökar & ligger nära målet.\nAndra raden.");
    g_assert_cmpstr (styr_assessment_get_measures (assessment), ==, "Fler lärare i svenska.");
    assessment = item (assessments, 1);
    g_assert_cmpstr (styr_occasion_get_id (styr_assessment_get_occasion (assessment)), ==, "t2-2025");
    g_assert_cmpstr (styr_assessment_get_level_id (assessment), ==, "uppfyllt");
    g_assert_null (styr_assessment_get_prognosis_id (assessment));
    g_assert_null (styr_assessment_get_assessed_by (assessment));
    assert_no_date (styr_assessment_get_assessed_on (assessment));
    g_assert_null (styr_assessment_get_analysis (assessment));
    g_assert_null (styr_assessment_get_measures (assessment));
  }
  goal = styr_model_lookup_goal (model, "nm-1");
  g_assert_cmpint (styr_goal_get_level (goal), ==, STYR_GOAL_LEVEL_BOARD);
  assert_ids (styr_goal_get_parents (goal), "im-1 im-2");
  g_assert_true (styr_goal_get_primary_parent (goal) == styr_model_lookup_goal (model, "im-1"));
  assert_ids (styr_goal_get_indicators (goal), "godkanda resultat");
  {
    GListModel *assessments = styr_goal_get_assessments (goal);
    StyrAssessment *assessment;

    g_assert_cmpuint (g_list_model_get_n_items (assessments), ==, 1);
    assessment = item (assessments, 0);
    g_assert_null (styr_assessment_get_level_id (assessment));
    g_assert_cmpstr (styr_assessment_get_prognosis_id (assessment), ==, "ej-uppfyllt");
    g_assert_null (styr_assessment_get_analysis (assessment));
    g_assert_cmpstr (styr_assessment_get_measures (assessment), ==, "Åtgärdsplan tas fram.");
  }
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_assessments (styr_model_lookup_goal (model, "im-2"))), ==, 0);
  g_assert_null (styr_goal_get_perspective (goal));
  g_assert_null (styr_goal_get_document (goal));
  goal = styr_model_lookup_goal (model, "em-1");
  g_assert_cmpint (styr_goal_get_level (goal), ==, STYR_GOAL_LEVEL_UNIT);
  g_assert_true (styr_goal_get_owner (goal) == STYR_ENTITY (unit));
  {
    /* (transfer full): a snapshot */
    g_autoptr(GListModel) ancestors = styr_goal_get_ancestors (goal);

    assert_ids (ancestors, "vm-1 nm-1 im-1 im-2");
  }
  assert_ids (styr_goal_get_activities (goal), "akt-1");

  /* aktivitet */
  assert_ids (styr_model_get_activities (model), "akt-1 akt-2");
  activity = styr_model_lookup_activity (model, "akt-1");
  g_assert_cmpstr (styr_activity_get_title (activity), ==, "Läsprojekt");
  g_assert_cmpint (styr_activity_get_status (activity), ==, STYR_ACTIVITY_STATUS_ONGOING);
  assert_date (styr_activity_get_start_date (activity), 2025, 1, 7);
  assert_date (styr_activity_get_end_date (activity), 2025, 6, 15);
  g_assert_cmpstr (styr_activity_get_responsible (activity), ==, "Cilla Ceder");
  g_assert_cmpstr (styr_activity_get_description (activity), ==, "Läsning varje dag.");
  g_assert_cmpstr (styr_activity_get_expected_result (activity), ==, "Bättre läsförståelse.");
  g_assert_true (styr_activity_get_unit (activity) == unit);
  g_assert_true (styr_activity_get_document (activity) == styr_model_lookup_document (model, "ap-skola-1"));
  assert_ids (styr_activity_get_goals (activity), "em-1");
  assert_ids (styr_activity_get_indicators (activity), "godkanda");
  assert_ids (styr_activity_get_focus_areas (activity), "integration");
  activity = styr_model_lookup_activity (model, "akt-2");
  g_assert_null (styr_activity_get_title (activity));
  g_assert_cmpint (styr_activity_get_status (activity), ==, STYR_ACTIVITY_STATUS_NOT_STARTED);
  assert_no_date (styr_activity_get_start_date (activity));
  g_assert_null (styr_activity_get_unit (activity));

  /* arena */
  arena = styr_model_lookup_arena (model, "unga");
  g_assert_cmpstr (styr_arena_get_name (arena), ==, "Unga till arbete");
  g_assert_cmpstr (styr_arena_get_coordinator (arena), ==, "Dan Dahl");
  g_assert_cmpstr (styr_arena_get_description (arena), ==, "Samverkan.");
  g_assert_true (styr_arena_get_owner (arena) == STYR_ENTITY (styr_model_lookup_organ (model, "ks")));
  g_assert_cmpstr (styr_arena_get_puls_step (arena, STYR_PULS_STEP_PROACTIVITY), ==, "Proaktivitet.");
  g_assert_cmpstr (styr_arena_get_puls_step (arena, STYR_PULS_STEP_DEVELOPMENT), ==, "Utveckling.");
  g_assert_cmpstr (styr_arena_get_puls_step (arena, STYR_PULS_STEP_LEARNING), ==, "Lärande.");
  g_assert_cmpstr (styr_arena_get_puls_step (arena, STYR_PULS_STEP_SERVICE), ==, "Service.");
  assert_ids (styr_arena_get_members (arena), "sektor-bou skola-1");
  assert_ids (styr_arena_get_goals (arena), "im-1");
  assert_ids (styr_arena_get_activities (arena), "akt-1");
}

/* load → save gives the same bytes (the writer, styr-writer.h). */
static void
test_round_trip (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = data_path (name);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = load_data (name);
  g_autoptr(GBytes) saved = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  saved = styr_model_to_bytes (model);
  g_assert_cmpmem (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                   contents, length);
}

/* Forward references, whitespace, attribute order, character references,
 * CDATA, comments and processing instructions change nothing. */
static void
test_variants_equal (void)
{
  g_autoptr(StyrModel) canonical = load_data ("small.styr");
  g_autoptr(StyrModel) variant = load_data ("small-variant.styr");
  g_autoptr(GBytes) a = styr_model_to_bytes (canonical);
  g_autoptr(GBytes) b = styr_model_to_bytes (variant);
  StyrIndicator *indicator;
  const char *comment;
  double value;

  g_assert_true (g_bytes_equal (a, b));

  g_assert_cmpstr (styr_model_get_name (variant), ==, "Borlänge");
  g_assert_cmpstr (styr_model_get_vision (variant), ==, "Tillsammans & framåt");
  g_assert_cmpstr (styr_scale_level_get_label (styr_scale_get_level (styr_model_get_scale (variant), 1)),
                   ==, "Dålig");
  indicator = styr_model_lookup_indicator (variant, "ind");
  styr_indicator_get_measurement (indicator, 0, &value, NULL, NULL, &comment);
  g_assert_cmpfloat (value, ==, 76.5);
  g_assert_cmpstr (comment, ==, "Bra <men> inte nog");
}

static void
test_forward_references (void)
{
  g_autoptr(StyrModel) model = load_data ("small.styr");
  StyrGoal *nm = styr_model_lookup_goal (model, "nm");
  StyrGoal *im = styr_model_lookup_goal (model, "im");

  /* nm is before im in the file and contributes to it. */
  g_assert_true (styr_goal_get_primary_parent (nm) == im);
  assert_ids (styr_goal_get_children (im), "nm");
  g_assert_cmpstr (styr_goal_get_description (im), ==, "Två\nrader");
  assert_ids (styr_model_get_goals (model), "nm im");
}

static void
test_new_from (void)
{
  g_autofree char *path = data_path ("small.styr");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(StyrModel) from_file = NULL;
  g_autoptr(StyrModel) from_bytes = NULL;
  g_autoptr(StyrModel) from_stream = NULL;
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;

  from_file = styr_model_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (styr_model_get_n_entities (from_file), ==, 6);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new (contents, length);
  from_bytes = styr_model_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (styr_model_get_n_entities (from_bytes), ==, 6);

  stream = g_memory_input_stream_new_from_bytes (bytes);
  from_stream = styr_loader_load_stream (loader, stream, "minnet", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (styr_model_get_n_entities (from_stream), ==, 6);
  g_assert_cmpfloat (styr_loader_get_progress (loader), ==, 1.0);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = styr_model_new_from_path ("/nonexistent/x.styr", &error);

  g_assert_null (model);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/x.styr: "));
}

static void
test_properties (void)
{
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  int depth;
  guint length;
  int attributes;

  g_assert_cmpint (styr_loader_get_max_depth (loader), ==, 64);
  g_assert_cmpuint (styr_loader_get_max_text_length (loader), ==, 1024 * 1024);
  g_assert_cmpint (styr_loader_get_max_attributes (loader), ==, 64);
  g_assert_cmpfloat (styr_loader_get_progress (loader), ==, 0.0);

  g_object_set (loader, "max-depth", 8, "max-text-length", 100u, "max-attributes", 3, NULL);
  g_object_get (loader, "max-depth", &depth, "max-text-length", &length,
                "max-attributes", &attributes, NULL);
  g_assert_cmpint (depth, ==, 8);
  g_assert_cmpuint (length, ==, 100);
  g_assert_cmpint (attributes, ==, 3);
}

/* Errors ----------------------------------------------------------------- */

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
             "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\">\n" \
             "  <kommun/>\n" \
             "  <skala id=\"s\"/>\n"

typedef struct
{
  const char *path;
  const char *xml;
  int         code;         /* in STYR_ERROR */
  const char *location;     /* "test.styr:L:C: " */
  const char *contains;     /* also in the message, or NULL */
} ErrorCase;

static const ErrorCase error_cases[] = {
  { "/load/error/unknown-element", HEAD "  <foo/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:5:3: ", "<perspektiv>" },
  { "/load/error/unknown-attribute", HEAD "  <perspektiv id=\"p\" fargen=\"#000000\"/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:5:3: ", "fargen" },
  { "/load/error/foreign-attribute", HEAD "  <perspektiv xml:lang=\"sv\" id=\"p\"/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:5:3: ", "xml:lang" },
  { "/load/error/missing-attribute", HEAD "  <organ id=\"kf\" namn=\"KF\"/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:5:3: ", "typ" },
  { "/load/error/bad-token", HEAD "  <organ id=\"kf\" typ=\"fullmaktige\"/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:5:3: ", "»namnd«" },
  { "/load/error/bad-number", HEAD
    "  <indikator id=\"i\" riktning=\"hogre\" kalla=\"egen\" frekvens=\"ar\" basvarde=\"1,5\"/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:5:3: ", "1,5" },
  { "/load/error/bad-number-nan", HEAD
    "  <indikator id=\"i\" riktning=\"hogre\" kalla=\"egen\" frekvens=\"ar\">\n"
    "    <malvarde ar=\"2025\" varde=\"nan\"/>\n  </indikator>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:6:5: ", "nan" },
  { "/load/error/bad-year", HEAD
    "  <dokument id=\"d\" typ=\"plan\" status=\"utkast\" ar=\"+2025\"/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:5:3: ", "+2025" },
  { "/load/error/bad-date", HEAD
    "  <dokument id=\"d\" typ=\"plan\" status=\"utkast\"\n            beslutsdatum=\"2024-02-30\"/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:5:3: ", "2024-02-30" },
  { "/load/error/bad-period", HEAD
    "  <indikator id=\"i\" riktning=\"hogre\" kalla=\"egen\" frekvens=\"ar\">\n"
    "    <matvarde period=\"2025-T4\" varde=\"1\"/>\n  </indikator>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:6:5: ", "2025-T4" },
  { "/load/error/bad-bool", HEAD
    "  <indikator id=\"i\" riktning=\"hogre\" kalla=\"egen\" frekvens=\"ar\" konsuppdelad=\"true\"/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:5:3: ", "»ja«" },
  { "/load/error/bad-colour", HEAD "  <perspektiv id=\"p\" farg=\"red\"/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:5:3: ", "red" },
  { "/load/error/bad-kommunkod",
    "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\"><kommun kommunkod=\"12\"/><skala id=\"s\"/></styr>",
    STYR_ERROR_PARSE, "test.styr:1:45: ", "12" },
  { "/load/error/invalid-id", HEAD "  <perspektiv id=\"-p q\"/>\n</styr>\n",
    STYR_ERROR_INVALID_ID, "test.styr:5:3: ", "-p q" },
  { "/load/error/target-order", HEAD
    "  <indikator id=\"i\" riktning=\"hogre\" kalla=\"egen\" frekvens=\"ar\">\n"
    "    <malvarde ar=\"2025\" varde=\"1\"/>\n    <malvarde ar=\"2024\" varde=\"1\"/>\n"
    "  </indikator>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:7:5: ", "2024" },
  { "/load/error/measurement-twice", HEAD
    "  <indikator id=\"i\" riktning=\"hogre\" kalla=\"egen\" frekvens=\"ar\">\n"
    "    <matvarde period=\"2025\" varde=\"1\"/>\n    <matvarde period=\"2025\" varde=\"2\"/>\n"
    "  </indikator>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:7:5: ", "2025" },
  { "/load/error/element-order",
    "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\">\n  <skala id=\"s\"/>\n  <kommun/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:3:3: ", "<kommun>" },
  { "/load/error/element-twice", HEAD "  <skala id=\"t\"/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:5:3: ", "<skala>" },
  { "/load/error/missing-kommun",
    "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\">\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:1:1: ", "<kommun>" },
  { "/load/error/text-in-container", HEAD "  <perspektiv id=\"p\">text</perspektiv>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:5:3: ", "perspektiv" },
  { "/load/error/element-in-text",
    "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\">\n  <kommun>\n    <vision>a <b>b</b></vision>\n",
    STYR_ERROR_PARSE, "test.styr:3:15: ", "<vision>" },
  { "/load/error/dangling-reference", HEAD
    "  <mal id=\"im-1\" niva=\"inriktningsmal\"\n       agare=\"nope\"/>\n</styr>\n",
    STYR_ERROR_NOT_FOUND, "test.styr:5:3: ", "»nope«" },
  { "/load/error/dangling-child-reference", HEAD
    "  <mal id=\"nm-1\" niva=\"namndmal\">\n    <bidrar-till mal=\"im-9\"/>\n  </mal>\n</styr>\n",
    STYR_ERROR_NOT_FOUND, "test.styr:6:5: ", "im-9" },
  { "/load/error/reference-wrong-kind", HEAD
    "  <perspektiv id=\"p\"/>\n  <mal id=\"g\" niva=\"namndmal\">\n    <indikator ref=\"p\"/>\n  </mal>\n</styr>\n",
    STYR_ERROR_NOT_FOUND, "test.styr:7:5: ", "indikator" },
  { "/load/error/duplicate-id", HEAD
    "  <perspektiv id=\"p\"/>\n  <organ id=\"p\" typ=\"kf\"/>\n</styr>\n",
    STYR_ERROR_DUPLICATE_ID, "test.styr:6:3: ", "»p«" },
  { "/load/error/cycle", HEAD
    "  <mal id=\"a\" niva=\"namndmal\">\n    <bidrar-till mal=\"b\"/>\n  </mal>\n"
    "  <mal id=\"b\" niva=\"namndmal\">\n    <bidrar-till mal=\"a\"/>\n  </mal>\n</styr>\n",
    STYR_ERROR_CYCLE, "test.styr:9:5: ", NULL },
  { "/load/error/self-cycle", HEAD
    "  <mal id=\"a\" niva=\"namndmal\">\n    <bidrar-till mal=\"a\"/>\n  </mal>\n</styr>\n",
    STYR_ERROR_CYCLE, "test.styr:6:5: ", NULL },
  { "/load/error/wrong-level", HEAD
    "  <mal id=\"a\" niva=\"inriktningsmal\">\n    <bidrar-till mal=\"b\"/>\n  </mal>\n"
    "  <mal id=\"b\" niva=\"enhetsmal\"/>\n</styr>\n",
    STYR_ERROR_WRONG_LEVEL, "test.styr:6:5: ", NULL },
  { "/load/error/wrong-owner", HEAD
    "  <enhet id=\"e\" niva=\"enhet\"/>\n  <mal id=\"im\" niva=\"inriktningsmal\" agare=\"e\"/>\n</styr>\n",
    STYR_ERROR_WRONG_OWNER, "test.styr:6:3: ", NULL },
  { "/load/error/kalender-twice", HEAD "  <kalender/>\n  <kalender/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:6:3: ", "<kalender>" },
  { "/load/error/kalender-order", HEAD "  <perspektiv id=\"p\"/>\n  <kalender/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:6:3: ", "<kalender>" },
  { "/load/error/bad-flag", HEAD
    "  <kalender>\n    <tillfalle id=\"t1\" period=\"2025-T1\" flaggor=\"mal budget\"/>\n  </kalender>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:6:5: ", "»delarsrapport«" },
  { "/load/error/flag-order", HEAD
    "  <kalender>\n    <tillfalle id=\"t1\" period=\"2025-T1\" flaggor=\"ekonomi mal\"/>\n  </kalender>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:6:5: ", "ekonomi mal" },
  { "/load/error/flag-twice", HEAD
    "  <kalender>\n    <tillfalle id=\"t1\" period=\"2025-T1\" flaggor=\"mal mal\"/>\n  </kalender>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:6:5: ", "mal mal" },
  { "/load/error/occasion-missing-period", HEAD
    "  <kalender>\n    <tillfalle id=\"t1\"/>\n  </kalender>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:6:5: ", "period" },
  { "/load/error/occasion-bad-period", HEAD
    "  <kalender>\n    <tillfalle id=\"t1\" period=\"2025-T5\"/>\n  </kalender>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:6:5: ", "2025-T5" },
  { "/load/error/occasion-bad-deadline", HEAD
    "  <kalender>\n    <tillfalle id=\"t1\" period=\"2025-T1\" sista-dag=\"2025-02-29\"/>\n  </kalender>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:6:5: ", "2025-02-29" },
  { "/load/error/occasion-order", HEAD
    "  <kalender>\n    <tillfalle id=\"t2\" period=\"2025-T2\"/>\n"
    "    <tillfalle id=\"t1\" period=\"2025-T1\"/>\n  </kalender>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:7:5: ", "t1" },
  { "/load/error/occasion-duplicate-id", HEAD
    "  <kalender>\n    <tillfalle id=\"t\" period=\"2025-T1\"/>\n"
    "    <tillfalle id=\"t\" period=\"2025-T2\"/>\n  </kalender>\n</styr>\n",
    STYR_ERROR_DUPLICATE_ID, "test.styr:7:5: ", "»t«" },
  { "/load/error/occasion-invalid-id", HEAD
    "  <kalender>\n    <tillfalle id=\"t 1\" period=\"2025-T1\"/>\n  </kalender>\n</styr>\n",
    STYR_ERROR_INVALID_ID, "test.styr:6:5: ", "t 1" },
  { "/load/error/comparison-bad-kommun", HEAD
    "  <indikator id=\"i\" riktning=\"hogre\" kalla=\"kolada\" frekvens=\"ar\">\n"
    "    <jamforelse kommun=\"180\" period=\"2025\" varde=\"1\"/>\n  </indikator>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:6:5: ", "180" },
  { "/load/error/comparison-order", HEAD
    "  <indikator id=\"i\" riktning=\"hogre\" kalla=\"kolada\" frekvens=\"ar\">\n"
    "    <jamforelse kommun=\"1280\" period=\"2025\" varde=\"1\"/>\n"
    "    <jamforelse kommun=\"0180\" period=\"2025\" varde=\"1\"/>\n  </indikator>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:7:5: ", "0180" },
  { "/load/error/comparison-period-order", HEAD
    "  <indikator id=\"i\" riktning=\"hogre\" kalla=\"kolada\" frekvens=\"ar\">\n"
    "    <jamforelse kommun=\"0180\" period=\"2025\" varde=\"1\"/>\n"
    "    <jamforelse kommun=\"1280\" period=\"2024\" varde=\"1\"/>\n  </indikator>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:7:5: ", "2024" },
  { "/load/error/comparison-twice", HEAD
    "  <indikator id=\"i\" riktning=\"hogre\" kalla=\"kolada\" frekvens=\"ar\">\n"
    "    <jamforelse kommun=\"0180\" period=\"2025\" varde=\"1\"/>\n"
    "    <jamforelse kommun=\"0180\" period=\"2025\" varde=\"2\"/>\n  </indikator>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:7:5: ", "0180" },
  { "/load/error/comparison-before-measurement", HEAD
    "  <indikator id=\"i\" riktning=\"hogre\" kalla=\"kolada\" frekvens=\"ar\">\n"
    "    <jamforelse kommun=\"0180\" period=\"2025\" varde=\"1\"/>\n"
    "    <matvarde period=\"2025\" varde=\"2\"/>\n  </indikator>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:7:5: ", "<matvarde>" },
  { "/load/error/comparison-bad-value", HEAD
    "  <indikator id=\"i\" riktning=\"hogre\" kalla=\"kolada\" frekvens=\"ar\">\n"
    "    <jamforelse kommun=\"0180\" period=\"2025\" varde=\"inf\"/>\n  </indikator>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:6:5: ", "inf" },
  { "/load/error/dangling-occasion", HEAD
    "  <kalender>\n    <tillfalle id=\"t1\" period=\"2025-T1\"/>\n  </kalender>\n"
    "  <mal id=\"im\" niva=\"inriktningsmal\">\n    <bedomning tillfalle=\"t2\"/>\n  </mal>\n</styr>\n",
    STYR_ERROR_NOT_FOUND, "test.styr:9:5: ", "»t2«" },
  { "/load/error/assessment-unknown-level",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\">\n  <kommun/>\n"
    "  <skala id=\"s\">\n    <niva id=\"bra\" poang=\"1\"/>\n  </skala>\n"
    "  <kalender>\n    <tillfalle id=\"t1\" period=\"2025-T1\"/>\n  </kalender>\n"
    "  <mal id=\"im\" niva=\"inriktningsmal\">\n"
    "    <bedomning tillfalle=\"t1\" niva=\"bra\" prognos=\"daligt\"/>\n  </mal>\n</styr>\n",
    STYR_ERROR_NOT_FOUND, "test.styr:11:5: ", "»daligt«" },
  { "/load/error/assessment-twice", HEAD
    "  <kalender>\n    <tillfalle id=\"t1\" period=\"2025-T1\"/>\n  </kalender>\n"
    "  <mal id=\"im\" niva=\"inriktningsmal\">\n    <bedomning tillfalle=\"t1\"/>\n"
    "    <bedomning tillfalle=\"t1\"/>\n  </mal>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:10:5: ", "t1" },
  { "/load/error/assessment-order", HEAD
    "  <kalender>\n    <tillfalle id=\"t1\" period=\"2025-T1\"/>\n"
    "    <tillfalle id=\"t2\" period=\"2025-T2\"/>\n  </kalender>\n"
    "  <mal id=\"im\" niva=\"inriktningsmal\">\n    <bedomning tillfalle=\"t2\"/>\n"
    "    <bedomning tillfalle=\"t1\"/>\n  </mal>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:11:5: ", "t1" },
  { "/load/error/assessment-unknown-attribute", HEAD
    "  <mal id=\"im\" niva=\"inriktningsmal\">\n    <bedomning tillfalle=\"t1\" betyg=\"bra\"/>\n  </mal>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:6:5: ", "betyg" },
  { "/load/error/assessment-unknown-child", HEAD
    "  <mal id=\"im\" niva=\"inriktningsmal\">\n    <bedomning tillfalle=\"t1\">\n"
    "      <kommentar/>\n    </bedomning>\n  </mal>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:7:7: ", "<analys>" },
  { "/load/error/assessment-child-order", HEAD
    "  <mal id=\"im\" niva=\"inriktningsmal\">\n    <bedomning tillfalle=\"t1\">\n"
    "      <atgarder>a</atgarder>\n      <analys>b</analys>\n    </bedomning>\n  </mal>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:8:7: ", "<analys>" },
  { "/load/error/assessment-before-indicator", HEAD
    "  <indikator id=\"i\" riktning=\"hogre\" kalla=\"egen\" frekvens=\"ar\"/>\n"
    "  <mal id=\"im\" niva=\"inriktningsmal\">\n    <bedomning tillfalle=\"t1\"/>\n"
    "    <indikator ref=\"i\"/>\n  </mal>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:8:5: ", "<indikator>" },
  { "/load/error/assessment-bad-date", HEAD
    "  <mal id=\"im\" niva=\"inriktningsmal\">\n    <bedomning tillfalle=\"t1\" datum=\"igår\"/>\n  </mal>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:6:5: ", "igår" },
  { "/load/error/missing-skala",
    "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\">\n  <kommun/>\n  <kalender/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:1:1: ", "<skala>" },
  { "/load/error/wrong-namespace",
    "<?xml version=\"1.0\"?>\n<styr xmlns=\"urn:libstyr:styr:2\" format=\"1\"/>\n",
    STYR_ERROR_UNSUPPORTED, "test.styr:2:1: ", "urn:libstyr:styr:2" },
  { "/load/error/no-namespace", "<styr format=\"1\"/>",
    STYR_ERROR_UNSUPPORTED, "test.styr:1:1: ", "urn:libstyr:styr:1" },
  { "/load/error/other-root", "<html xmlns=\"urn:libstyr:styr:1\"/>",
    STYR_ERROR_UNSUPPORTED, "test.styr:1:1: ", "<html>" },
  { "/load/error/child-namespace",
    "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\"><kommun xmlns=\"urn:x\"/></styr>",
    STYR_ERROR_PARSE, "test.styr:1:45: ", "urn:x" },
  { "/load/error/newer-version",
    "<?xml version=\"1.0\"?>\n<styr xmlns=\"urn:libstyr:styr:1\" format=\"2\"/>\n",
    STYR_ERROR_UNSUPPORTED, "test.styr:2:1: ", "nyare version" },
  { "/load/error/bad-version",
    "<?xml version=\"1.0\"?>\n<styr xmlns=\"urn:libstyr:styr:1\" format=\"ett\"/>\n",
    STYR_ERROR_PARSE, "test.styr:2:1: ", "ett" },
  { "/load/error/rollup-rule-name",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\">\n"
    "  <kommun sammanvagning=\"min regel\"/>\n"
    "  <skala id=\"s\"/>\n"
    "</styr>\n",
    STYR_ERROR_PARSE, "test.styr:3:3: ", "sammanvagning" },
  { "/load/error/not-xml", "Det här är ingen XML.\n",
    STYR_ERROR_PARSE, "test.styr:1:1: ", NULL },
  { "/load/error/malformed", HEAD "  <perspektiv id=\"p\">\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:6:", NULL },
  { "/load/error/empty", "",
    STYR_ERROR_PARSE, "test.styr:1:1: ", "tom" },
  { "/load/error/blank", "  \n",
    STYR_ERROR_PARSE, "test.styr:", NULL },
};

static void
test_error (gconstpointer data)
{
  const ErrorCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = load_string (c->xml, &error);

  g_assert_null (model);
  g_assert_error (error, STYR_ERROR, c->code);
  if (!g_str_has_prefix (error->message, c->location))
    g_error ("“%s” does not start with “%s”", error->message, c->location);
  if (c->contains != NULL && strstr (error->message, c->contains) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, c->contains);
}

/* The roll-up rule of the model and of a goal: written only when chosen,
 * read back as they were. */
static void
test_rollup_rule (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\">\n"
    "  <kommun namn=\"Dalby\" sammanvagning=\"samsta\"/>\n"
    "  <skala id=\"s\"/>\n"
    "  <kalender namn=\"Årshjul\"/>\n"
    "  <mal id=\"im\" niva=\"inriktningsmal\" titel=\"A\" sammanvagning=\"alla-grona\"/>\n"
    "  <mal id=\"nm\" niva=\"namndmal\" titel=\"B\"/>\n"
    "</styr>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = load_string (xml, &error);
  g_autoptr(StyrModel) plain = NULL;
  g_autoptr(GBytes) written = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (styr_model_get_rollup_rule (model), ==, "samsta");
  g_assert_cmpstr (styr_goal_get_rollup_rule (styr_model_lookup_goal (model, "im")), ==, "alla-grona");
  g_assert_null (styr_goal_get_rollup_rule (styr_model_lookup_goal (model, "nm")));

  written = styr_model_to_bytes (model);
  g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written), xml, strlen (xml));

  /* The default rule is not written. */
  styr_model_set_rollup_rule (model, "viktat-medel");
  g_clear_pointer (&written, g_bytes_unref);
  written = styr_model_to_bytes (model);
  g_assert_null (g_strstr_len (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                               "<kommun namn=\"Dalby\" sammanvagning"));
  plain = styr_model_new_from_bytes (written, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (styr_model_get_rollup_rule (plain), ==, "viktat-medel");
}

static void
test_error_names_file (void)
{
  g_autoptr(GFileIOStream) io = NULL;
  g_autoptr(GFile) file = g_file_new_tmp ("test-load-XXXXXX.styr", &io, NULL);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *prefix = g_strconcat (name, ":2:3: ", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = NULL;
  const char *xml = "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\">\n  <x/>\n</styr>\n";

  g_assert_nonnull (file);
  g_assert_true (g_file_replace_contents (file, xml, strlen (xml), NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, NULL));
  model = styr_model_new_from_file (file, NULL, &error);
  g_assert_null (model);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_file_delete (file, NULL, NULL);

  /* Without a name, "<data>". */
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));

    g_clear_error (&error);
    g_assert_null (styr_model_new_from_bytes (bytes, &error));
    g_assert_true (g_str_has_prefix (error->message, "<data>:2:3: "));
  }
}

static void
test_limits (void)
{
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autofree char *path = data_path ("full.styr");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  StyrModel *model;

  /* full.styr nests four deep (styr, mal, bedomning, analys). */
  styr_loader_set_max_depth (loader, 2);
  model = styr_loader_load_file (loader, file, NULL, &error);
  g_assert_null (model);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_LIMIT_EXCEEDED);
  g_assert_nonnull (strstr (error->message, "full.styr:4:5: "));
  g_clear_error (&error);

  styr_loader_set_max_depth (loader, 4);
  styr_loader_set_max_attributes (loader, 4);
  model = styr_loader_load_file (loader, file, NULL, &error);
  g_assert_null (model);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_LIMIT_EXCEEDED);
  g_clear_error (&error);

  styr_loader_set_max_attributes (loader, 12);
  styr_loader_set_max_text_length (loader, 20);
  model = styr_loader_load_file (loader, file, NULL, &error);
  g_assert_null (model);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_LIMIT_EXCEEDED);
  g_clear_error (&error);

  styr_loader_set_max_text_length (loader, 1000);
  model = styr_loader_load_file (loader, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (model);
  g_object_unref (model);
}

/* Progress, async and cancellation -------------------------------------- */

typedef struct
{
  GMainLoop  *loop;
  GThread    *thread;
  guint       notifications;
  double      last;
  gboolean    monotonic;
  gboolean    in_thread;
  StyrModel  *model;
  GError     *error;
} AsyncData;

static void
on_progress (StyrLoader *loader,
             GParamSpec *pspec,
             AsyncData  *data)
{
  double progress = styr_loader_get_progress (loader);

  data->notifications++;
  if (progress < data->last && progress != 0.0)
    data->monotonic = FALSE;
  if (g_thread_self () != data->thread)
    data->in_thread = FALSE;
  data->last = progress;
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncData *data = user_data;

  data->model = styr_loader_load_file_finish (STYR_LOADER (source), result, &data->error);
  g_main_loop_quit (data->loop);
}

static void
async_data_init (AsyncData *data)
{
  memset (data, 0, sizeof *data);
  data->loop = g_main_loop_new (NULL, FALSE);
  data->thread = g_thread_self ();
  data->monotonic = TRUE;
  data->in_thread = TRUE;
}

static void
async_data_clear (AsyncData *data)
{
  g_main_loop_unref (data->loop);
  g_clear_object (&data->model);
  g_clear_error (&data->error);
}

static void
test_async (void)
{
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autofree char *path = data_path ("full.styr");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AsyncData data;

  async_data_init (&data);
  g_signal_connect (loader, "notify::progress", G_CALLBACK (on_progress), &data);
  styr_loader_load_file_async (loader, file, NULL, on_loaded, &data);
  g_main_loop_run (data.loop);

  g_assert_no_error (data.error);
  g_assert_nonnull (data.model);
  g_assert_cmpuint (styr_model_get_n_entities (data.model), ==, 23);
  g_assert_cmpfloat (styr_loader_get_progress (loader), ==, 1.0);
  g_assert_cmpuint (data.notifications, >=, 1);
  g_assert_cmpuint (data.notifications, <=, 101);
  g_assert_true (data.monotonic);
  g_assert_true (data.in_thread);

  async_data_clear (&data);
}

static void
test_async_error (void)
{
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/x.styr");
  AsyncData data;

  async_data_init (&data);
  styr_loader_load_file_async (loader, file, NULL, on_loaded, &data);
  g_main_loop_run (data.loop);
  g_assert_null (data.model);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  async_data_clear (&data);
}

/* A file of some size, to see progress in steps. */
static GBytes *
make_big_file (guint n_indicators)
{
  GString *s = g_string_new (HEAD);

  for (guint i = 0; i < n_indicators; i++)
    {
      g_string_append_printf (s, "  <indikator id=\"i%u\" namn=\"Indikator %u\" riktning=\"hogre\" kalla=\"egen\" frekvens=\"manad\">\n", i, i);
      for (guint m = 1; m <= 12; m++)
        g_string_append_printf (s, "    <matvarde period=\"2025-%02u\" varde=\"%u.5\"/>\n", m, m);
      g_string_append (s, "  </indikator>\n");
    }
  g_string_append (s, "</styr>\n");
  return g_string_free_to_bytes (s);
}

static void
test_progress (void)
{
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autoptr(GBytes) bytes = make_big_file (2000);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = NULL;
  AsyncData data;

  async_data_init (&data);
  g_signal_connect (loader, "notify::progress", G_CALLBACK (on_progress), &data);
  model = styr_loader_load_bytes (loader, bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (styr_model_get_n_entities (model), ==, 2000);
  /* About one notification per percent, never more. */
  g_assert_cmpuint (data.notifications, >=, 50);
  g_assert_cmpuint (data.notifications, <=, 101);
  g_assert_true (data.monotonic);
  /* The file is parsed in a second thread; progress is still notified
   * in the caller's. */
  g_assert_true (data.in_thread);
  g_assert_cmpfloat (styr_loader_get_progress (loader), ==, 1.0);
  async_data_clear (&data);
}

static void
test_cancelled (void)
{
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autofree char *path = data_path ("full.styr");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = make_big_file (100);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  StyrModel *model;
  AsyncData data;

  g_cancellable_cancel (cancellable);

  model = styr_loader_load_file (loader, file, cancellable, &error);
  g_assert_null (model);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* A memory stream does not check the cancellable itself. */
  model = styr_loader_load_stream (loader, stream, "minnet", cancellable, &error);
  g_assert_null (model);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_str_has_prefix (error->message, "minnet:1:1: "));
  g_clear_error (&error);

  async_data_init (&data);
  styr_loader_load_file_async (loader, file, cancellable, on_loaded, &data);
  g_main_loop_run (data.loop);
  g_assert_null (data.model);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  async_data_clear (&data);
}

/* Cancelling from the progress notification stops the load mid-way. */
static void
cancel_on_progress (StyrLoader   *loader,
                    GParamSpec   *pspec,
                    GCancellable *cancellable)
{
  if (styr_loader_get_progress (loader) > 0.3)
    g_cancellable_cancel (cancellable);
}

static void
test_cancel_midway (void)
{
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) bytes = make_big_file (500);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = NULL;

  g_signal_connect (loader, "notify::progress", G_CALLBACK (cancel_on_progress), cancellable);
  model = styr_loader_load_stream (loader, stream, NULL, cancellable, &error);
  g_assert_null (model);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_str_has_prefix (error->message, "<data>:"));
  g_assert_cmpfloat (styr_loader_get_progress (loader), <, 1.0);
}

/* The parse thread --------------------------------------------------------
 *
 * An input of 256 KiB or more from a memory stream is parsed in a thread
 * of its own (libstyr/styr-loader.c, "Two threads"); the same bytes
 * behind a GBufferedInputStream, which the loader does not read from
 * another thread, are parsed where the model is built. The two must
 * give the same model, and the same first error wherever it is. */

/* make_big_file (@n) with the first @from after the start of indicator
 * @at replaced by @to; @to NULL cuts the file there. */
static GBytes *
make_big_file_changed (guint       n,
                       guint       at,
                       const char *from,
                       const char *to)
{
  g_autoptr(GBytes) bytes = make_big_file (n);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *marker = g_strdup_printf ("<indikator id=\"i%u\"", at);
  const char *start = strstr (text, marker);
  const char *found;
  GString *changed;

  g_assert_nonnull (start);
  found = strstr (start, from);
  g_assert_nonnull (found);
  changed = g_string_new_len (text, found - text);
  if (to != NULL)
    {
      g_string_append (changed, to);
      g_string_append (changed, found + strlen (from));
    }
  return g_string_free_to_bytes (changed);
}

/* Loads @bytes in two threads and in one; returns the first model and
 * sets @error_threaded and @error_single. */
static StyrModel *
load_both_ways (StyrLoader  *loader,
                GBytes      *bytes,
                StyrModel  **single,
                GError     **error_threaded,
                GError     **error_single)
{
  g_autoptr(GInputStream) memory = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GInputStream) buffered = g_buffered_input_stream_new (memory);
  StyrModel *model;

  g_assert_cmpuint (g_bytes_get_size (bytes), >=, 256 * 1024);
  model = styr_loader_load_bytes (loader, bytes, "test.styr", error_threaded);
  *single = styr_loader_load_stream (loader, buffered, "test.styr", NULL, error_single);
  return model;
}

static void
test_thread_same_model (void)
{
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autoptr(GBytes) bytes = make_big_file (2000);
  g_autoptr(GError) error_threaded = NULL;
  g_autoptr(GError) error_single = NULL;
  g_autoptr(StyrModel) single = NULL;
  g_autoptr(StyrModel) model = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_single = NULL;

  model = load_both_ways (loader, bytes, &single, &error_threaded, &error_single);
  g_assert_no_error (error_threaded);
  g_assert_no_error (error_single);
  g_assert_cmpuint (styr_model_get_n_entities (model), ==, 2000);
  saved = styr_model_to_bytes (model);
  saved_single = styr_model_to_bytes (single);
  g_assert_true (g_bytes_equal (saved, saved_single));
  g_assert_cmpfloat (styr_loader_get_progress (loader), ==, 1.0);
}

typedef struct
{
  const char *name;
  guint       at;           /* the indicator changed */
  const char *from;
  const char *to;           /* NULL: the file ends there */
  guint       max_text_length;  /* 0: the default */
  GQuark    (*domain) (void);
  int         code;
  const char *location;     /* "test.styr:L:C: ", or NULL */
  const char *contains;
} ThreadErrorCase;

static const ThreadErrorCase thread_error_cases[] = {
  /* the line of indicator i's measurement m is 5 + 14 i + m */
  { "late", 1990, "period=\"2025-07\"", "period=\"2025-13\"", 0,
    styr_error_quark, STYR_ERROR_PARSE, "test.styr:27872:5: ", "2025-13" },
  { "early", 0, "<matvarde", "<okand", 0,
    styr_error_quark, STYR_ERROR_PARSE, "test.styr:6:5: ", "<okand>" },
  { "attribute", 1000, "frekvens=", "okand=\"x\" frekvens=", 0,
    styr_error_quark, STYR_ERROR_PARSE, "test.styr:14005:3: ", "»okand«" },
  { "namespace", 1500, "<matvarde", "<x:matvarde xmlns:x=\"urn:x\"", 0,
    styr_error_quark, STYR_ERROR_PARSE, "test.styr:21006:5: ", "urn:x" },
  { "order", 1999, "period=\"2025-05\"", "period=\"2025-01\"", 0,
    styr_error_quark, STYR_ERROR_PARSE, "test.styr:27996:5: ", "periodordning" },
  { "xml", 1200, "varde=\"3.5\"/>", "varde=\"3.5\">", 0,
    styr_error_quark, STYR_ERROR_PARSE, NULL, NULL },
  { "cut", 1800, "<matvarde period=\"2025-09\"", NULL, 0,
    styr_error_quark, STYR_ERROR_PARSE, NULL, NULL },
  { "long-value", 1700, "namn=\"Indikator 1700\"",
    "namn=\"Indikator 1700 ................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................\"",
    100, styr_error_quark, STYR_ERROR_LIMIT_EXCEEDED, "test.styr:23805:3: ", NULL },
};

static void
test_thread_error (gconstpointer data)
{
  const ThreadErrorCase *c = data;
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autoptr(GBytes) bytes = make_big_file_changed (2000, c->at, c->from, c->to);
  g_autoptr(GError) error_threaded = NULL;
  g_autoptr(GError) error_single = NULL;
  g_autoptr(StyrModel) single = NULL;
  g_autoptr(StyrModel) model = NULL;

  if (c->max_text_length > 0)
    styr_loader_set_max_text_length (loader, c->max_text_length);
  model = load_both_ways (loader, bytes, &single, &error_threaded, &error_single);
  g_assert_null (model);
  g_assert_null (single);
  g_assert_error (error_threaded, c->domain (), c->code);
  g_assert_error (error_single, c->domain (), c->code);
  g_assert_cmpstr (error_threaded->message, ==, error_single->message);
  if (c->location != NULL && !g_str_has_prefix (error_threaded->message, c->location))
    g_error ("%s: expected %s, got %s", c->name, c->location, error_threaded->message);
  if (c->contains != NULL && strstr (error_threaded->message, c->contains) == NULL)
    g_error ("%s: expected »%s« in %s", c->name, c->contains, error_threaded->message);
}

/* A document type declaration is refused in a large file as in a small
 * one, before anything of it is built. */
static void
test_thread_doctype (void)
{
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autoptr(GBytes) big = make_big_file (2000);
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (big, NULL), g_bytes_get_size (big));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error_threaded = NULL;
  g_autoptr(GError) error_single = NULL;
  g_autoptr(StyrModel) single = NULL;
  g_autoptr(StyrModel) model = NULL;
  const char *decl = "<!DOCTYPE styr [<!ENTITY a \"aaaaaaaaaa\">]>\n";

  g_string_insert (text, strlen ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), decl);
  bytes = g_bytes_new (text->str, text->len);
  model = load_both_ways (loader, bytes, &single, &error_threaded, &error_single);
  g_assert_null (model);
  g_assert_null (single);
  g_assert_error (error_threaded, STYR_ERROR, STYR_ERROR_UNSAFE);
  g_assert_error (error_single, STYR_ERROR, STYR_ERROR_UNSAFE);
  g_assert_cmpstr (error_threaded->message, ==, error_single->message);
  g_assert_true (g_str_has_prefix (error_threaded->message, "test.styr:2:1: "));
}

/* Many loads one after another, each ending at once: no thread or block
 * is left behind (the sanitizer build checks the leaks). */
static void
test_thread_many (void)
{
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autoptr(GBytes) good = make_big_file (400);
  g_autoptr(GBytes) bad = make_big_file_changed (400, 0, "<matvarde", "<okand");

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StyrModel) model = styr_loader_load_bytes (loader, i % 2 ? bad : good, NULL, &error);

      if (i % 2)
        g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
      else
        g_assert_no_error (error);
    }
}

#ifdef __linux__
/* Whether a thread named as the loader names its parse thread runs in
 * this process now. */
static gboolean
parse_thread_running (void)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc/self/task", 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename ("/proc/self/task", name, "comm", NULL);
      g_autofree char *comm = NULL;

      if (g_file_get_contents (path, &comm, NULL, NULL) && g_str_has_prefix (comm, "styr-load"))
        return TRUE;
    }
  return FALSE;
}

static void
on_progress_look_for_thread (StyrLoader *loader,
                             GParamSpec *pspec,
                             gboolean   *seen)
{
  double progress = styr_loader_get_progress (loader);

  if (progress > 0.0 && progress < 1.0 && parse_thread_running ())
    *seen = TRUE;
}

/* Loads an input large enough for the parse thread; returns whether
 * the thread ran while it was loaded. */
static gboolean
load_sees_parse_thread (void)
{
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autoptr(GBytes) bytes = make_big_file (2000);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = NULL;
  gboolean seen = FALSE;

  g_assert_cmpuint (g_bytes_get_size (bytes), >=, 256 * 1024);
  g_signal_connect (loader, "notify::progress", G_CALLBACK (on_progress_look_for_thread), &seen);
  model = styr_loader_load_bytes (loader, bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (parse_thread_running ());
  return seen;
}

/* A process that may run on one processor only parses where it builds
 * (unless STYR_LOADER_THREAD=always says otherwise); one that may run on
 * two or more parses in a thread of its own (unless =never). */
static void
test_thread_processors (void)
{
  const char *mode = g_getenv ("STYR_LOADER_THREAD");

  if (g_test_subprocess ())
    {
      cpu_set_t set;

      CPU_ZERO (&set);
      CPU_SET (sched_getcpu (), &set);
      g_assert_cmpint (sched_setaffinity (0, sizeof set, &set), ==, 0);
      g_assert_true (load_sees_parse_thread () == (g_strcmp0 (mode, "always") == 0));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  {
    cpu_set_t set;

    g_assert_cmpint (sched_getaffinity (0, sizeof set, &set), ==, 0);
    if (CPU_COUNT (&set) < 2)
      {
        g_test_message ("one processor: the parse thread with two is not tried");
        return;
      }
  }
  g_assert_true (load_sees_parse_thread () == (g_strcmp0 (mode, "never") != 0));
}
#endif

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/load/full", test_full);
  g_test_add_data_func ("/load/round-trip/full", "full.styr", test_round_trip);
  g_test_add_data_func ("/load/round-trip/small", "small.styr", test_round_trip);
  g_test_add_func ("/load/variants-equal", test_variants_equal);
  g_test_add_func ("/load/forward-references", test_forward_references);
  g_test_add_func ("/load/new-from", test_new_from);
  g_test_add_func ("/load/missing-file", test_missing_file);
  g_test_add_func ("/load/properties", test_properties);
  g_test_add_func ("/load/limits", test_limits);
  g_test_add_func ("/load/error/names-file", test_error_names_file);
  for (gsize i = 0; i < G_N_ELEMENTS (error_cases); i++)
    g_test_add_data_func (error_cases[i].path, &error_cases[i], test_error);
  g_test_add_func ("/load/rollup-rule", test_rollup_rule);
  g_test_add_func ("/load/async", test_async);
  g_test_add_func ("/load/async-error", test_async_error);
  g_test_add_func ("/load/progress", test_progress);
  g_test_add_func ("/load/cancelled", test_cancelled);
  g_test_add_func ("/load/cancel-midway", test_cancel_midway);
  g_test_add_func ("/load/thread/same-model", test_thread_same_model);
  for (guint i = 0; i < G_N_ELEMENTS (thread_error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/load/thread/error/%s", thread_error_cases[i].name);

      g_test_add_data_func (path, &thread_error_cases[i], test_thread_error);
    }
  g_test_add_func ("/load/thread/doctype", test_thread_doctype);
  g_test_add_func ("/load/thread/many", test_thread_many);
#ifdef __linux__
  g_test_add_func ("/load/thread/processors", test_thread_processors);
#endif

  return g_test_run ();
}
