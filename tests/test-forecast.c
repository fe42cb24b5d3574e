/* test-forecast.c — the nämnd of a unit, forecasts, proposals, the
 * operating statement, the municipal result and financial rules.
 *
 * Every expected number below is worked out by hand in the comments, from
 * the figures of the fixture; none is computed by the library under test.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>

#include <libstyr/styr.h>

/* The fixture -------------------------------------------------------------
 *
 * Organs, in model order: kf (council), ks (executive board), bun, son.
 * Units:
 *   sektor-bou (administration), the sector of bun
 *     skola-norr  5000-5999 1 200 000 personal, 3000-3999 −120 000 linear
 *     skola-syd   4000-4999   600 000 linear
 *   sektor-vo (administration), the sector of son
 *     hemtjanst   5000-5999 2 400 000 personal
 *   fristaende (no parent), nämnd son set explicitly
 *     4000-4999   360 000 linear
 * Frames 2025: ks 1 200 000 (no units), bun 1 800 000; son none.
 *
 * The personnel key: 900 bp a month, July 200, August 800. So
 *   skola-norr 5xxx: 108 000 a month, July 24 000, August 96 000:
 *     Jan–Apr 432 000, Jan–Aug 768 000
 *   hemtjanst: 216 000 a month, July 48 000, August 192 000:
 *     Jan–Apr 864 000, Jan–Aug 1 536 000
 * Periodised to T1: bun 432 000 − 40 000 + 200 000 = 592 000,
 *                   son 864 000 + 120 000 = 984 000, ks 400 000
 * Periodised to T2: bun 768 000 − 80 000 + 400 000 = 1 088 000,
 *                   son 1 536 000 + 240 000 = 1 776 000, ks 800 000
 *
 * Outcomes 2025 (Jan … Aug):
 *   skola-norr 5xxx 100 110 120 130 100 100 20 90 (thousand öre)
 *   skola-norr 3xxx −10 every month
 *   skola-syd  4xxx 40 50 60 50 50 50 50 50
 *   hemtjanst  5xxx 220 ×6, 50, 200
 *   fristaende 4xxx 30 every month
 * To T1: bun 460 − 40 + 200 = 620 000; son 880 000 + 120 000 = 1 000 000
 * To T2: bun 770 − 80 + 400 = 1 090 000; son 1 570 000 + 240 000 = 1 810 000
 * Outcomes 2024: skola-norr 5xxx 90 000 every month, hemtjanst 200 000.
 *
 * Calendar: the tertial preset of 2025: 2025-t1, 2025-delar, 2025-ar.
 * Forecasts: 2025-t1 bun 1 850 000 "Fler elever", son 2 800 000;
 *            2025-delar bun 1 870 000 "Högre personalkostnader",
 *            ks 1 150 000; son none. */

typedef struct
{
  StyrModel *model;
  StyrOrgan *kf, *ks, *bun, *son;
  StyrUnit  *sektor_bou, *skola_norr, *skola_syd, *sektor_vo, *hemtjanst, *fristaende;
} Fixture;

static StyrOrgan *
add_organ (StyrModel     *model,
           const char    *id,
           StyrOrganKind  kind,
           const char    *name)
{
  g_autoptr(StyrOrgan) organ = styr_organ_new (id, kind, name);
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (organ), &error));
  g_assert_no_error (error);
  return organ;
}

static StyrUnit *
add_unit (StyrModel    *model,
          const char   *id,
          StyrUnitKind  kind,
          StyrUnit     *parent)
{
  g_autoptr(StyrUnit) unit = styr_unit_new (id, kind, id);
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (unit), &error));
  g_assert_no_error (error);
  if (parent != NULL)
    {
      g_assert_true (styr_unit_set_parent (unit, parent, &error));
      g_assert_no_error (error);
    }
  return unit;
}

static void
set_budget (StyrUnit   *unit,
            const char *category,
            gint64      ore,
            const char *key)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_unit_set_budget (unit, 2025, category, ore, &error));
  g_assert_no_error (error);
  g_assert_true (styr_unit_set_budget_key (unit, 2025, category, key, &error));
  g_assert_no_error (error);
}

/* Sets the outcomes of months 1, 2, … from @thousands (thousand öre). */
static void
set_outcomes (StyrUnit   *unit,
              int         year,
              const char *category,
              const int  *thousands,
              int         n_months)
{
  for (int m = 1; m <= n_months; m++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (styr_unit_set_outcome (unit, year, m, category,
                                            (gint64) thousands[m - 1] * 1000, &error));
      g_assert_no_error (error);
    }
}

static void
set_forecast (StyrOrgan  *organ,
              const char *occasion,
              gint64      ore,
              const char *comment)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_organ_set_forecast (organ, occasion, ore, comment, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static const int norr_5[] = { 100, 110, 120, 130, 100, 100, 20, 90 };
  static const int norr_3[] = { -10, -10, -10, -10, -10, -10, -10, -10 };
  static const int syd[] = { 40, 50, 60, 50, 50, 50, 50, 50 };
  static const int hemtjanst[] = { 220, 220, 220, 220, 220, 220, 50, 200 };
  static const int fristaende[] = { 30, 30, 30, 30, 30, 30, 30, 30 };
  static const int norr_2024[] = { 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90 };
  static const int hem_2024[] = { 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200 };
  g_autoptr(GError) error = NULL;

  f->model = styr_model_new ();
  g_assert_true (styr_calendar_add_preset_year (styr_model_get_calendar (f->model),
                                                STYR_CALENDAR_PRESET_TERTIAL, 2025, &error));
  g_assert_no_error (error);

  f->kf = add_organ (f->model, "kf", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige");
  f->ks = add_organ (f->model, "ks", STYR_ORGAN_KIND_EXECUTIVE_BOARD, "Kommunstyrelsen");
  f->bun = add_organ (f->model, "bun", STYR_ORGAN_KIND_BOARD, "Barn- och utbildningsnämnden");
  f->son = add_organ (f->model, "son", STYR_ORGAN_KIND_BOARD, NULL);

  f->sektor_bou = add_unit (f->model, "sektor-bou", STYR_UNIT_KIND_ADMINISTRATION, NULL);
  f->skola_norr = add_unit (f->model, "skola-norr", STYR_UNIT_KIND_UNIT, f->sektor_bou);
  f->skola_syd = add_unit (f->model, "skola-syd", STYR_UNIT_KIND_UNIT, f->sektor_bou);
  f->sektor_vo = add_unit (f->model, "sektor-vo", STYR_UNIT_KIND_ADMINISTRATION, NULL);
  f->hemtjanst = add_unit (f->model, "hemtjanst", STYR_UNIT_KIND_UNIT, f->sektor_vo);
  f->fristaende = add_unit (f->model, "fristaende", STYR_UNIT_KIND_UNIT, NULL);

  g_assert_true (styr_organ_set_sector (f->bun, f->sektor_bou, &error));
  g_assert_true (styr_organ_set_sector (f->son, f->sektor_vo, &error));
  g_assert_true (styr_unit_set_budget_organ (f->fristaende, f->son, &error));
  g_assert_no_error (error);

  set_budget (f->skola_norr, "5000-5999", 1200000, "personal");
  set_budget (f->skola_norr, "3000-3999", -120000, "linjar");
  set_budget (f->skola_syd, "4000-4999", 600000, "linjar");
  set_budget (f->hemtjanst, "5000-5999", 2400000, "personal");
  set_budget (f->fristaende, "4000-4999", 360000, "linjar");

  g_assert_true (styr_organ_set_frame (f->ks, 2025, 1200000, &error));
  g_assert_true (styr_organ_set_frame (f->bun, 2025, 1800000, &error));
  g_assert_no_error (error);

  set_outcomes (f->skola_norr, 2025, "5000-5999", norr_5, 8);
  set_outcomes (f->skola_norr, 2025, "3000-3999", norr_3, 8);
  set_outcomes (f->skola_syd, 2025, "4000-4999", syd, 8);
  set_outcomes (f->hemtjanst, 2025, "5000-5999", hemtjanst, 8);
  set_outcomes (f->fristaende, 2025, "4000-4999", fristaende, 8);
  set_outcomes (f->skola_norr, 2024, "5000-5999", norr_2024, 12);
  set_outcomes (f->hemtjanst, 2024, "5000-5999", hem_2024, 12);

  set_forecast (f->bun, "2025-t1", 1850000, "Fler elever");
  set_forecast (f->son, "2025-t1", 2800000, NULL);
  set_forecast (f->bun, "2025-delar", 1870000, "Högre personalkostnader");
  set_forecast (f->ks, "2025-delar", 1150000, "");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->model);
}

/* The nämnd of a unit -------------------------------------------------------- */

static void
test_budget_organ_inherited (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(StyrUnit) lone = styr_unit_new ("lone", STYR_UNIT_KIND_UNIT, NULL);
  g_autoptr(GListModel) units = NULL;

  /* Through the sector of the nämnd, at the unit and at the sector. */
  g_assert_true (styr_unit_get_budget_organ (f->skola_norr) == f->bun);
  g_assert_true (styr_unit_get_budget_organ (f->sektor_bou) == f->bun);
  g_assert_true (styr_unit_get_budget_organ (f->hemtjanst) == f->son);
  g_assert_null (styr_unit_get_explicit_budget_organ (f->skola_norr));

  /* Explicit. */
  g_assert_true (styr_unit_get_budget_organ (f->fristaende) == f->son);
  g_assert_true (styr_unit_get_explicit_budget_organ (f->fristaende) == f->son);

  /* Not in a model: none. */
  g_assert_null (styr_unit_get_budget_organ (lone));

  /* The units of a nämnd, in model order. */
  units = styr_organ_dup_budget_units (f->son);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 3);
  {
    g_autoptr(StyrUnit) a = g_list_model_get_item (units, 0);
    g_autoptr(StyrUnit) b = g_list_model_get_item (units, 1);
    g_autoptr(StyrUnit) c = g_list_model_get_item (units, 2);

    g_assert_true (a == f->sektor_vo);
    g_assert_true (b == f->hemtjanst);
    g_assert_true (c == f->fristaende);
  }
}

static void
test_budget_organ_explicit_wins (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Set on the sector: the units under it follow, before the sector rule. */
  g_assert_true (styr_unit_set_budget_organ (f->sektor_bou, f->ks, &error));
  g_assert_no_error (error);
  g_assert_true (styr_unit_get_budget_organ (f->skola_norr) == f->ks);
  g_assert_true (styr_unit_get_budget_organ (f->skola_syd) == f->ks);

  /* A unit's own beats its parent's. */
  g_assert_true (styr_unit_set_budget_organ (f->skola_syd, f->bun, &error));
  g_assert_true (styr_unit_get_budget_organ (f->skola_syd) == f->bun);

  /* Cleared: back to the sector. */
  g_assert_true (styr_unit_set_budget_organ (f->sektor_bou, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (styr_unit_get_budget_organ (f->skola_norr) == f->bun);
}

static void
test_budget_organ_ambiguous (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StyrOrgan *third = add_organ (f->model, "tn", STYR_ORGAN_KIND_BOARD, "Tekniska nämnden");
  StyrOrgan *committee = add_organ (f->model, "utskott", STYR_ORGAN_KIND_COMMITTEE, NULL);

  /* A committee with the same sector does not count. */
  g_assert_true (styr_organ_set_sector (committee, f->sektor_vo, &error));
  g_assert_no_error (error);
  g_assert_true (styr_unit_get_budget_organ (f->hemtjanst) == f->son);

  /* Two nämnder share the sector: no one nämnd. */
  g_assert_true (styr_organ_set_sector (third, f->sektor_vo, &error));
  g_assert_no_error (error);
  g_assert_null (styr_unit_get_budget_organ (f->hemtjanst));
  g_assert_null (styr_unit_get_budget_organ (f->sektor_vo));

  /* Explicit settles it. */
  g_assert_true (styr_unit_set_budget_organ (f->hemtjanst, third, &error));
  g_assert_true (styr_unit_get_budget_organ (f->hemtjanst) == third);
}

static void
test_budget_organ_errors (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) other = styr_model_new ();
  g_autoptr(StyrOrgan) foreign = styr_organ_new ("foreign", STYR_ORGAN_KIND_BOARD, NULL);

  /* Only nämnder and the executive board. */
  g_assert_false (styr_unit_set_budget_organ (f->skola_norr, f->kf, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_null (styr_unit_get_explicit_budget_organ (f->skola_norr));

  /* Same model only. */
  g_assert_true (styr_model_add (other, STYR_ENTITY (foreign), &error));
  g_assert_no_error (error);
  g_assert_false (styr_unit_set_budget_organ (f->skola_norr, foreign, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_null (styr_unit_get_explicit_budget_organ (f->skola_norr));
}

static void
test_budget_organ_in_use (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrUnit) syd = NULL;

  /* A unit names son: son cannot go. */
  g_assert_false (styr_model_remove (f->model, STYR_ENTITY (f->son), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_true (styr_model_lookup_organ (f->model, "son") == f->son);

  /* Once the link is cleared and the sector too, it can. */
  g_assert_true (styr_unit_set_budget_organ (f->fristaende, NULL, &error));
  g_assert_true (styr_model_remove (f->model, STYR_ENTITY (f->son), &error));
  g_assert_no_error (error);
  g_assert_null (styr_unit_get_budget_organ (f->hemtjanst));

  /* A removed unit lets go of its nämnd. */
  syd = g_object_ref (f->skola_syd);
  g_assert_true (styr_unit_set_budget_organ (syd, f->ks, &error));
  g_assert_true (styr_model_remove (f->model, STYR_ENTITY (syd), &error));
  g_assert_no_error (error);
  g_assert_null (styr_unit_get_explicit_budget_organ (syd));
  g_assert_true (styr_model_remove (f->model, STYR_ENTITY (f->ks), &error));
  g_assert_no_error (error);
}

/* Forecasts ------------------------------------------------------------------ */

static void
test_forecast_set_lookup (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *occasion, *comment;
  gint64 ore;

  g_assert_true (styr_organ_lookup_forecast (f->bun, "2025-t1", &ore, &comment));
  g_assert_cmpint (ore, ==, 1850000);
  g_assert_cmpstr (comment, ==, "Fler elever");
  g_assert_true (styr_organ_lookup_forecast (f->son, "2025-t1", &ore, &comment));
  g_assert_null (comment);
  /* An empty comment is none. */
  g_assert_true (styr_organ_lookup_forecast (f->ks, "2025-delar", &ore, &comment));
  g_assert_cmpint (ore, ==, 1150000);
  g_assert_null (comment);
  g_assert_false (styr_organ_lookup_forecast (f->son, "2025-delar", &ore, &comment));
  g_assert_cmpint (ore, ==, 0);

  /* Replacing keeps the position. */
  set_forecast (f->bun, "2025-t1", 1860000, NULL);
  g_assert_cmpuint (styr_organ_get_n_forecasts (f->bun), ==, 2);
  styr_organ_get_forecast (f->bun, 0, &occasion, &ore, &comment);
  g_assert_cmpstr (occasion, ==, "2025-t1");
  g_assert_cmpint (ore, ==, 1860000);
  g_assert_null (comment);
  styr_organ_get_forecast (f->bun, 1, &occasion, &ore, &comment);
  g_assert_cmpstr (occasion, ==, "2025-delar");
  g_assert_cmpint (ore, ==, 1870000);
  g_assert_cmpstr (comment, ==, "Högre personalkostnader");

  g_assert_true (styr_organ_remove_forecast (f->bun, "2025-t1"));
  g_assert_false (styr_organ_remove_forecast (f->bun, "2025-t1"));
  g_assert_cmpuint (styr_organ_get_n_forecasts (f->bun), ==, 1);

  /* Units may have forecasts too. */
  g_assert_true (styr_unit_set_forecast (f->skola_norr, "2025-t1", 1000000, "Vikarier", &error));
  g_assert_no_error (error);
  g_assert_true (styr_unit_lookup_forecast (f->skola_norr, "2025-t1", &ore, &comment));
  g_assert_cmpint (ore, ==, 1000000);
  g_assert_cmpstr (comment, ==, "Vikarier");
  g_assert_cmpuint (styr_unit_get_n_forecasts (f->skola_norr), ==, 1);
  styr_unit_get_forecast (f->skola_norr, 0, &occasion, &ore, &comment);
  g_assert_cmpstr (occasion, ==, "2025-t1");
  g_assert_true (styr_unit_remove_forecast (f->skola_norr, "2025-t1"));
  g_assert_cmpuint (styr_unit_get_n_forecasts (f->skola_norr), ==, 0);
}

static void
test_forecast_errors (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrOrgan) lone = styr_organ_new ("lone", STYR_ORGAN_KIND_BOARD, NULL);
  gint64 ore;

  g_assert_false (styr_organ_set_forecast (f->bun, "2025-t9", 1, NULL, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (styr_organ_set_forecast (f->kf, "2025-t1", 1, NULL, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);

  g_assert_false (styr_organ_set_forecast (lone, "2025-t1", 1, NULL, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);

  g_assert_false (styr_unit_set_forecast (f->skola_norr, "nope", 1, NULL, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (styr_organ_propose_forecast (f->bun, "nope",
                                               STYR_FORECAST_METHOD_LINEAR_TREND, &ore, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Nothing changed. */
  g_assert_cmpuint (styr_organ_get_n_forecasts (f->bun), ==, 2);
  g_assert_cmpuint (styr_organ_get_n_forecasts (f->kf), ==, 0);
  g_assert_cmpuint (styr_unit_get_n_forecasts (f->skola_norr), ==, 0);
}

static void
test_forecast_method_ids (void)
{
  StyrForecastMethod method;

  g_assert_cmpstr (styr_forecast_method_get_id (STYR_FORECAST_METHOD_BUDGET_REMAINDER), ==, "budget");
  g_assert_cmpstr (styr_forecast_method_get_id (STYR_FORECAST_METHOD_LINEAR_TREND), ==, "trend");
  g_assert_true (styr_forecast_method_from_id ("trend", &method));
  g_assert_cmpint (method, ==, STYR_FORECAST_METHOD_LINEAR_TREND);
  g_assert_true (styr_forecast_method_from_id ("budget", &method));
  g_assert_cmpint (method, ==, STYR_FORECAST_METHOD_BUDGET_REMAINDER);
  g_assert_false (styr_forecast_method_from_id ("gissning", &method));
  g_assert_false (styr_forecast_method_from_id (NULL, &method));
}

/* Figures and proposals -------------------------------------------------------- */

static void
test_organ_figures (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) t1 = styr_period_new_tertial (2025, 1);
  g_autoptr(StyrPeriod) t2 = styr_period_new_tertial (2025, 2);
  gint64 ore;

  /* bun: the frame; son: no frame, so the lines 2 400 000 + 360 000. */
  g_assert_true (styr_organ_get_annual_budget (f->bun, 2025, &ore, &error));
  g_assert_cmpint (ore, ==, 1800000);
  g_assert_true (styr_organ_get_annual_budget (f->son, 2025, &ore, &error));
  g_assert_cmpint (ore, ==, 2760000);
  g_assert_true (styr_organ_get_annual_budget (f->son, 2026, &ore, &error));
  g_assert_cmpint (ore, ==, 0);

  g_assert_true (styr_organ_get_periodised_budget (f->bun, t1, &ore, &error));
  g_assert_cmpint (ore, ==, 592000);
  g_assert_true (styr_organ_get_periodised_budget (f->son, t2, &ore, &error));
  g_assert_cmpint (ore, ==, 1776000);
  /* ks has no lines: its frame linearly, 100 000 a month. */
  g_assert_true (styr_organ_get_periodised_budget (f->ks, t2, &ore, &error));
  g_assert_cmpint (ore, ==, 800000);

  g_assert_true (styr_organ_get_outcome_to_date (f->bun, t1, &ore, &error));
  g_assert_cmpint (ore, ==, 620000);
  g_assert_true (styr_organ_get_outcome_to_date (f->son, t2, &ore, &error));
  g_assert_cmpint (ore, ==, 1810000);
  g_assert_no_error (error);
}

static void
test_propose_budget_remainder (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 ore;

  /* bun per T1: 620 000 + (1 800 000 − 592 000) = 1 828 000. */
  g_assert_true (styr_organ_propose_forecast (f->bun, "2025-t1",
                                              STYR_FORECAST_METHOD_BUDGET_REMAINDER, &ore, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ore, ==, 1828000);

  /* bun per T2: 1 090 000 + 1 800 000 − 1 088 000 = 1 802 000. */
  g_assert_true (styr_organ_propose_forecast (f->bun, "2025-delar",
                                              STYR_FORECAST_METHOD_BUDGET_REMAINDER, &ore, &error));
  g_assert_cmpint (ore, ==, 1802000);

  /* son per T1: 1 000 000 + 2 760 000 − 984 000 = 2 776 000. */
  g_assert_true (styr_organ_propose_forecast (f->son, "2025-t1",
                                              STYR_FORECAST_METHOD_BUDGET_REMAINDER, &ore, &error));
  g_assert_cmpint (ore, ==, 2776000);

  /* ks per T1, the frame linear: 0 + 1 200 000 − 400 000 = 800 000. */
  g_assert_true (styr_organ_propose_forecast (f->ks, "2025-t1",
                                              STYR_FORECAST_METHOD_BUDGET_REMAINDER, &ore, &error));
  g_assert_cmpint (ore, ==, 800000);

  /* The unit hemtjanst per T2: 1 570 000 + 2 400 000 − 1 536 000. */
  g_assert_true (styr_unit_propose_forecast (f->hemtjanst, "2025-delar",
                                             STYR_FORECAST_METHOD_BUDGET_REMAINDER, &ore, &error));
  g_assert_cmpint (ore, ==, 2434000);
  g_assert_no_error (error);

  /* Proposing stores nothing. */
  g_assert_false (styr_organ_lookup_forecast (f->ks, "2025-t1", NULL, NULL));
}

static void
test_propose_linear_trend (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 ore;

  /* bun's months Jan–Apr: 130, 150, 170, 170 thousand öre.
   * S = 10, Q = 30, D = 4·30 − 10² = 20, X = 620, P = 130 + 300 + 510 +
   * 680 = 1 620, b = (4·1 620 − 10·620) / 20 = 14, a = (620 − 140)/4 =
   * 120: the line 120 + 14t. Months 5–12: 8·120 + 14·68 = 1 912.
   * Forecast 620 + 1 912 = 2 532 thousand. */
  g_assert_true (styr_organ_propose_forecast (f->bun, "2025-t1",
                                              STYR_FORECAST_METHOD_LINEAR_TREND, &ore, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ore, ==, 2532000);

  /* fristaende is flat, 30 000 a month: 12 × 30 000. */
  g_assert_true (styr_unit_propose_forecast (f->fristaende, "2025-delar",
                                             STYR_FORECAST_METHOD_LINEAR_TREND, &ore, &error));
  g_assert_cmpint (ore, ==, 360000);
  g_assert_no_error (error);
}

/* A model of one nämnd and one unit with economy occasions at the ends of
 * months 1, 4, 7 and 12. */
static StyrModel *
trend_model (StyrUnit **unit_out)
{
  g_autoptr(GError) error = NULL;
  StyrModel *model = styr_model_new ();
  StyrCalendar *calendar = styr_model_get_calendar (model);
  StyrOrgan *organ = add_organ (model, "n", STYR_ORGAN_KIND_BOARD, NULL);
  StyrUnit *unit = add_unit (model, "e", STYR_UNIT_KIND_UNIT, NULL);
  static const int months[] = { 1, 4, 7, 12 };

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      g_autoptr(StyrPeriod) period = styr_period_new_month (2025, months[i]);
      g_autofree char *id = g_strdup_printf ("m%d", months[i]);
      g_autoptr(StyrOccasion) occasion = styr_occasion_new (id, id, period,
                                                            STYR_OCCASION_FLAGS_ECONOMY);

      g_assert_true (styr_calendar_add_occasion (calendar, occasion, &error));
      g_assert_no_error (error);
    }

  g_assert_true (styr_unit_set_budget_organ (unit, organ, &error));
  g_assert_no_error (error);
  *unit_out = unit;
  return model;
}

static void
set_ore (StyrUnit     *unit,
         const gint64 *ore,
         int           n_months)
{
  for (int m = 1; m <= n_months; m++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (styr_unit_set_outcome (unit, 2025, m, "4000-4999", ore[m - 1], &error));
      g_assert_no_error (error);
    }
}

static gint64
propose_trend (StyrModel  *model,
               const char *occasion)
{
  g_autoptr(GError) error = NULL;
  StyrOrgan *organ = styr_model_lookup_organ (model, "n");
  gint64 ore = -1;

  g_assert_true (styr_organ_propose_forecast (organ, occasion, STYR_FORECAST_METHOD_LINEAR_TREND,
                                              &ore, &error));
  g_assert_no_error (error);
  return ore;
}

static void
test_propose_trend_rounding (void)
{
  StyrUnit *unit;
  g_autoptr(StyrModel) model = trend_model (&unit);
  g_autoptr(GError) error = NULL;
  gint64 ore;

  /* One month: twelve times it. */
  {
    const gint64 x[] = { 333 };
    set_ore (unit, x, 1);
    g_assert_cmpint (propose_trend (model, "m1"), ==, 3996);
  }

  /* m = 4, 100 100 100 101 öre: b = 6/20 = 0,3, a = (401 − 3)/4 = 99,5;
   * months 5–12: 8 · 99,5 + 0,3 · 68 = 816,4 → 816; 401 + 816 = 1 217. */
  {
    const gint64 x[] = { 100, 100, 100, 101 };
    set_ore (unit, x, 4);
    g_assert_cmpint (propose_trend (model, "m4"), ==, 1217);
  }

  /* m = 7, 0 1 0 0 0 0 1 öre: S = 28, Q = 140, D = 196, X = 2, P = 9,
   * b = (7·9 − 28·2)/196 = 1/28, a = (2 − 1)/7 = 1/7; months 8–12:
   * 5/7 + 50/28 = 2,5 exactly, half away from zero → 3; 2 + 3 = 5. */
  {
    const gint64 x[] = { 0, 1, 0, 0, 0, 0, 1 };
    set_ore (unit, x, 7);
    g_assert_cmpint (propose_trend (model, "m7"), ==, 5);
  }

  /* Mirrored: −2,5 → −3; −2 − 3 = −5. */
  {
    const gint64 x[] = { 0, -1, 0, 0, 0, 0, -1 };
    set_ore (unit, x, 7);
    g_assert_cmpint (propose_trend (model, "m7"), ==, -5);
  }

  /* m = 12: nothing left, the outcome of the year: 1 + … + 12 = 78. */
  {
    const gint64 x[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
    set_ore (unit, x, 12);
    g_assert_cmpint (propose_trend (model, "m12"), ==, 78);
  }

  /* Twelve times a huge January does not fit: an error, not a wrap. */
  {
    const gint64 x[] = { G_MAXINT64 / 4 };
    StyrOrgan *organ = styr_model_lookup_organ (model, "n");

    set_ore (unit, x, 1);
    g_assert_false (styr_organ_propose_forecast (organ, "m1", STYR_FORECAST_METHOD_LINEAR_TREND,
                                                 &ore, &error));
    g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
    g_assert_cmpint (ore, ==, 0);
  }
}

/* The operating statement ---------------------------------------------------- */

typedef struct
{
  gint64 annual_budget, periodised_budget, outcome, period_deviation, forecast;
  gboolean has_forecast;
  const char *comment;
  gint64 year_deviation, forecast_change;
  gboolean has_previous;
  gint64 last_year, last_year_to_date;
} Expected;

static void
assert_row (StyrOperatingRow *row,
            const Expected   *e)
{
  g_assert_cmpint (styr_operating_row_get_annual_budget (row), ==, e->annual_budget);
  g_assert_cmpint (styr_operating_row_get_periodised_budget (row), ==, e->periodised_budget);
  g_assert_cmpint (styr_operating_row_get_outcome (row), ==, e->outcome);
  g_assert_cmpint (styr_operating_row_get_period_deviation (row), ==, e->period_deviation);
  g_assert_cmpint (styr_operating_row_get_forecast (row), ==, e->forecast);
  g_assert_cmpint (styr_operating_row_get_has_forecast (row), ==, e->has_forecast);
  g_assert_cmpstr (styr_operating_row_get_forecast_comment (row), ==, e->comment);
  g_assert_cmpint (styr_operating_row_get_year_deviation (row), ==, e->year_deviation);
  g_assert_cmpint (styr_operating_row_get_forecast_change (row), ==, e->forecast_change);
  g_assert_cmpint (styr_operating_row_get_has_previous_forecast (row), ==, e->has_previous);
  g_assert_cmpint (styr_operating_row_get_last_year_outcome (row), ==, e->last_year);
  g_assert_cmpint (styr_operating_row_get_last_year_outcome_to_date (row), ==, e->last_year_to_date);
}

static void
test_statement_t2 (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) t2 = styr_period_new_tertial (2025, 2);
  g_autoptr(StyrOperatingStatement) statement = styr_operating_statement_new (f->model, t2, &error);
  GListModel *list = G_LIST_MODEL (statement);
  g_autoptr(StyrOperatingRow) ks = NULL;
  g_autoptr(StyrOperatingRow) bun = NULL;
  g_autoptr(StyrOperatingRow) son = NULL;
  g_autoptr(StyrOrgan) organ = NULL;
  g_autofree char *name = NULL;
  gint64 amount = 0;

  g_assert_no_error (error);
  g_assert_nonnull (statement);
  g_assert_true (styr_period_equal (styr_operating_statement_get_period (statement), t2));
  g_assert_true (styr_operating_statement_get_model (statement) == f->model);
  g_assert_cmpstr (styr_operating_statement_get_occasion_id (statement), ==, "2025-delar");
  g_assert_cmpstr (styr_operating_statement_get_previous_occasion_id (statement), ==, "2025-t1");

  /* ks, bun, son in model order; not the council. */
  g_assert_true (g_list_model_get_item_type (list) == STYR_TYPE_OPERATING_ROW);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_assert_null (g_list_model_get_item (list, 3));
  ks = g_list_model_get_item (list, 0);
  bun = g_list_model_get_item (list, 1);
  son = g_list_model_get_item (list, 2);
  g_assert_true (styr_operating_row_get_organ (ks) == f->ks);
  g_assert_true (styr_operating_row_get_organ (bun) == f->bun);
  g_assert_true (styr_operating_row_get_organ (son) == f->son);
  g_assert_true (styr_operating_statement_lookup_row (statement, f->bun) == bun);
  g_assert_null (styr_operating_statement_lookup_row (statement, f->kf));
  g_assert_cmpstr (styr_operating_row_get_name (bun), ==, "Barn- och utbildningsnämnden");
  g_assert_cmpstr (styr_operating_row_get_name (son), ==, "son");  /* no name: the id */

  /* ks: frame 1 200 000, linear 800 000 to August, no outcome; forecast
   * 1 150 000 at delar, none at t1. */
  assert_row (ks, &(Expected) { 1200000, 800000, 0, 800000, 1150000, TRUE, NULL,
                                50000, 0, FALSE, 0, 0 });

  /* bun: 1 800 000 − 1 870 000 = −70 000; 1 870 000 − 1 850 000 = 20 000;
   * last year 12 × 90 000 and 8 × 90 000. */
  assert_row (bun, &(Expected) { 1800000, 1088000, 1090000, -2000, 1870000, TRUE,
                                 "Högre personalkostnader", -70000, 20000, TRUE,
                                 1080000, 720000 });

  /* son: no forecast at delar, so the budget stands in for it. */
  assert_row (son, &(Expected) { 2760000, 1776000, 1810000, -34000, 2760000, FALSE, NULL,
                                 0, 0, FALSE, 2400000, 1600000 });

  /* The total: every column summed. */
  assert_row (styr_operating_statement_get_total (statement),
              &(Expected) { 5760000, 3664000, 2900000, 764000, 5780000, TRUE, NULL,
                            -20000, 20000, TRUE, 3480000, 2320000 });
  g_assert_null (styr_operating_row_get_organ (styr_operating_statement_get_total (statement)));

  /* The properties say the same. */
  g_object_get (bun, "organ", &organ, "name", &name, "year-deviation", &amount, NULL);
  g_assert_true (organ == f->bun);
  g_assert_cmpstr (name, ==, "Barn- och utbildningsnämnden");
  g_assert_cmpint (amount, ==, -70000);
}

/* The statement finds every nämnd's units in one pass (a cache for the
 * time it is made); each row must match what the nämnd's own figures,
 * found one nämnd at a time, say — through an explicit budget organ, an
 * explicit one that overrides a sector, and a sector two nämnder share. */
static void
assert_statement_matches_organs (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) t2 = styr_period_new_tertial (2025, 2);
  g_autoptr(StyrOperatingStatement) statement = styr_operating_statement_new (f->model, t2, &error);
  GListModel *list = G_LIST_MODEL (statement);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(StyrOperatingRow) row = g_list_model_get_item (list, i);
      StyrOrgan *organ = styr_operating_row_get_organ (row);
      gint64 budget = -1, outcome = -1;

      g_assert_true (styr_organ_get_annual_budget (organ, 2025, &budget, &error));
      g_assert_no_error (error);
      g_assert_true (styr_organ_get_outcome_to_date (organ, t2, &outcome, &error));
      g_assert_no_error (error);
      g_assert_cmpint (styr_operating_row_get_annual_budget (row), ==, budget);
      g_assert_cmpint (styr_operating_row_get_outcome (row), ==, outcome);
    }
}

static void
test_statement_units_per_organ (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StyrOrgan *third;

  assert_statement_matches_organs (f);

  g_assert_true (styr_unit_set_budget_organ (f->sektor_bou, f->ks, &error));
  g_assert_no_error (error);
  g_assert_true (styr_unit_set_budget_organ (f->skola_syd, f->bun, &error));
  g_assert_no_error (error);
  assert_statement_matches_organs (f);

  third = add_organ (f->model, "tn", STYR_ORGAN_KIND_BOARD, "Tekniska nämnden");
  g_assert_true (styr_organ_set_sector (third, f->sektor_vo, &error));
  g_assert_no_error (error);
  assert_statement_matches_organs (f);

  g_assert_true (styr_unit_set_budget_organ (f->hemtjanst, third, &error));
  g_assert_no_error (error);
  assert_statement_matches_organs (f);
}

static void
test_statement_t1 (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) t1 = styr_period_new_tertial (2025, 1);
  g_autoptr(StyrOperatingStatement) statement = styr_operating_statement_new (f->model, t1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (styr_operating_statement_get_occasion_id (statement), ==, "2025-t1");
  g_assert_null (styr_operating_statement_get_previous_occasion_id (statement));

  /* bun: 1 800 000 − 1 850 000; last year 4 × 90 000. */
  assert_row (styr_operating_statement_lookup_row (statement, f->bun),
              &(Expected) { 1800000, 592000, 620000, -28000, 1850000, TRUE, "Fler elever",
                            -50000, 0, FALSE, 1080000, 360000 });
  /* son: 2 760 000 − 2 800 000. */
  assert_row (styr_operating_statement_lookup_row (statement, f->son),
              &(Expected) { 2760000, 984000, 1000000, -16000, 2800000, TRUE, NULL,
                            -40000, 0, FALSE, 2400000, 800000 });
  /* ks: no forecast at t1. */
  assert_row (styr_operating_statement_lookup_row (statement, f->ks),
              &(Expected) { 1200000, 400000, 0, 400000, 1200000, FALSE, NULL,
                            0, 0, FALSE, 0, 0 });
  assert_row (styr_operating_statement_get_total (statement),
              &(Expected) { 5760000, 1976000, 1620000, 356000, 5850000, TRUE, NULL,
                            -90000, 0, FALSE, 3480000, 1160000 });
}

static void
test_statement_no_occasion (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) may = styr_period_new_month (2025, 5);
  g_autoptr(StyrOperatingStatement) statement = styr_operating_statement_new (f->model, may, &error);
  StyrOperatingRow *bun;

  /* No economic occasion ends in May: no forecasts. */
  g_assert_no_error (error);
  g_assert_null (styr_operating_statement_get_occasion_id (statement));
  bun = styr_operating_statement_lookup_row (statement, f->bun);
  g_assert_false (styr_operating_row_get_has_forecast (bun));
  g_assert_cmpint (styr_operating_row_get_forecast (bun), ==, 1800000);
  /* Outcome to May: 620 000 + 100 000 − 10 000 + 50 000. */
  g_assert_cmpint (styr_operating_row_get_outcome (bun), ==, 760000);
}

static void
test_statement_overflow (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) t1 = styr_period_new_tertial (2025, 1);
  g_autoptr(StyrOperatingStatement) statement = NULL;

  g_assert_true (styr_organ_set_frame (f->ks, 2025, G_MAXINT64, &error));
  g_assert_no_error (error);
  statement = styr_operating_statement_new (f->model, t1, &error);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_assert_null (statement);
}

/* The municipal result -------------------------------------------------------- */

static void
set_result_budgets (StyrModel *model)
{
  static const struct { StyrResultItem item; gint64 ore; } budgets[] = {
    { STYR_RESULT_ITEM_TAX_INCOME, 5000000 },
    { STYR_RESULT_ITEM_GENERAL_GRANTS, 1000000 },
    { STYR_RESULT_ITEM_FINANCIAL_NET, -100000 },
    { STYR_RESULT_ITEM_OTHER, -50000 },
    { STYR_RESULT_ITEM_BALANCE_ADJUSTMENTS, -20000 },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (budgets); i++)
    g_assert_true (styr_model_set_result_budget (model, 2025, budgets[i].item, budgets[i].ore, &error));
  g_assert_no_error (error);

  /* Outcomes: tax 420 000, grants 80 000, financial net −10 000 every
   * month January–August; other −30 000 in March. */
  for (int m = 1; m <= 8; m++)
    {
      g_assert_true (styr_model_set_result_outcome (model, 2025, m, STYR_RESULT_ITEM_TAX_INCOME, 420000, &error));
      g_assert_true (styr_model_set_result_outcome (model, 2025, m, STYR_RESULT_ITEM_GENERAL_GRANTS, 80000, &error));
      g_assert_true (styr_model_set_result_outcome (model, 2025, m, STYR_RESULT_ITEM_FINANCIAL_NET, -10000, &error));
    }
  g_assert_true (styr_model_set_result_outcome (model, 2025, 3, STYR_RESULT_ITEM_OTHER, -30000, &error));
  g_assert_no_error (error);

  /* Forecasts at delar: tax 5 100 000, financial net −120 000. */
  g_assert_true (styr_model_set_result_forecast (model, "2025-delar", STYR_RESULT_ITEM_TAX_INCOME, 5100000, &error));
  g_assert_true (styr_model_set_result_forecast (model, "2025-delar", STYR_RESULT_ITEM_FINANCIAL_NET, -120000, &error));
  g_assert_no_error (error);
}

static void
test_result_forecasts (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *occasion;
  StyrResultItem item;
  gint64 ore;

  set_result_budgets (f->model);
  g_assert_true (styr_model_lookup_result_forecast (f->model, "2025-delar",
                                                    STYR_RESULT_ITEM_TAX_INCOME, &ore));
  g_assert_cmpint (ore, ==, 5100000);
  g_assert_false (styr_model_lookup_result_forecast (f->model, "2025-t1",
                                                     STYR_RESULT_ITEM_TAX_INCOME, &ore));
  g_assert_cmpint (ore, ==, 0);

  g_assert_cmpuint (styr_model_get_n_result_forecasts (f->model), ==, 2);
  styr_model_get_result_forecast (f->model, 1, &occasion, &item, &ore);
  g_assert_cmpstr (occasion, ==, "2025-delar");
  g_assert_cmpint (item, ==, STYR_RESULT_ITEM_FINANCIAL_NET);
  g_assert_cmpint (ore, ==, -120000);

  /* Replacing keeps the count. */
  g_assert_true (styr_model_set_result_forecast (f->model, "2025-delar", STYR_RESULT_ITEM_TAX_INCOME, 5200000, &error));
  g_assert_cmpuint (styr_model_get_n_result_forecasts (f->model), ==, 2);

  g_assert_false (styr_model_set_result_forecast (f->model, "2025-x", STYR_RESULT_ITEM_TAX_INCOME, 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (styr_model_set_result_forecast (f->model, "2025-t1", (StyrResultItem) 99, 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (styr_model_get_n_result_forecasts (f->model), ==, 2);

  g_assert_true (styr_model_remove_result_forecast (f->model, "2025-delar", STYR_RESULT_ITEM_TAX_INCOME));
  g_assert_false (styr_model_remove_result_forecast (f->model, "2025-delar", STYR_RESULT_ITEM_TAX_INCOME));
  g_assert_cmpuint (styr_model_get_n_result_forecasts (f->model), ==, 1);
}

static void
test_municipal_result_met (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) t2 = styr_period_new_tertial (2025, 2);
  g_autoptr(StyrMunicipalResult) result = NULL;
  gboolean met = FALSE;
  gint64 balance = 0;

  set_result_budgets (f->model);
  result = styr_municipal_result_new (f->model, t2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (styr_municipal_result_get_occasion_id (result), ==, "2025-delar");
  g_assert_true (styr_municipal_result_get_model (result) == f->model);
  g_assert_true (styr_period_equal (styr_municipal_result_get_period (result), t2));

  g_assert_cmpint (styr_municipal_result_get_item_budget (result, STYR_RESULT_ITEM_TAX_INCOME), ==, 5000000);
  g_assert_cmpint (styr_municipal_result_get_item_outcome (result, STYR_RESULT_ITEM_TAX_INCOME), ==, 3360000);
  g_assert_cmpint (styr_municipal_result_get_item_forecast (result, STYR_RESULT_ITEM_TAX_INCOME), ==, 5100000);
  g_assert_true (styr_municipal_result_get_item_has_forecast (result, STYR_RESULT_ITEM_TAX_INCOME));
  /* No forecast for the grants: the budget. */
  g_assert_cmpint (styr_municipal_result_get_item_outcome (result, STYR_RESULT_ITEM_GENERAL_GRANTS), ==, 640000);
  g_assert_cmpint (styr_municipal_result_get_item_forecast (result, STYR_RESULT_ITEM_GENERAL_GRANTS), ==, 1000000);
  g_assert_false (styr_municipal_result_get_item_has_forecast (result, STYR_RESULT_ITEM_GENERAL_GRANTS));
  g_assert_cmpint (styr_municipal_result_get_item_outcome (result, STYR_RESULT_ITEM_FINANCIAL_NET), ==, -80000);
  g_assert_cmpint (styr_municipal_result_get_item_outcome (result, STYR_RESULT_ITEM_OTHER), ==, -30000);
  g_assert_cmpint (styr_municipal_result_get_item_forecast (result, STYR_RESULT_ITEM_BALANCE_ADJUSTMENTS), ==, -20000);

  /* The nämnder, from the operating statement per T2. */
  g_assert_cmpint (styr_municipal_result_get_net_cost_budget (result), ==, 5760000);
  g_assert_cmpint (styr_municipal_result_get_net_cost_outcome (result), ==, 2900000);
  g_assert_cmpint (styr_municipal_result_get_net_cost_forecast (result), ==, 5780000);

  /* Budget: 5 000 000 + 1 000 000 − 100 000 − 50 000 − 5 760 000. */
  g_assert_cmpint (styr_municipal_result_get_result_budget (result), ==, 90000);
  /* Outcome: 3 360 000 + 640 000 − 80 000 − 30 000 − 2 900 000. */
  g_assert_cmpint (styr_municipal_result_get_result_outcome (result), ==, 990000);
  /* Forecast: 5 100 000 + 1 000 000 − 120 000 − 50 000 − 5 780 000. */
  g_assert_cmpint (styr_municipal_result_get_result_forecast (result), ==, 150000);
  /* Balance: 150 000 − 20 000. */
  g_assert_cmpint (styr_municipal_result_get_balance_result (result), ==, 130000);
  g_assert_true (styr_municipal_result_get_balance_requirement_met (result));
  /* Frames: ks 1 200 000 + bun 1 800 000; deviation −70 000 + 50 000. */
  g_assert_cmpint (styr_municipal_result_get_frames (result), ==, 3000000);
  g_assert_cmpint (styr_municipal_result_get_year_deviation (result), ==, -20000);

  g_object_get (result, "balance-requirement-met", &met, "balance-result", &balance, NULL);
  g_assert_true (met);
  g_assert_cmpint (balance, ==, 130000);
}

static void
test_municipal_result_not_met (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) t2 = styr_period_new_tertial (2025, 2);
  g_autoptr(StyrPeriod) t1 = styr_period_new_tertial (2025, 1);
  g_autoptr(StyrMunicipalResult) result = NULL;
  g_autoptr(StyrMunicipalResult) at_t1 = NULL;

  set_result_budgets (f->model);
  /* A sale gain of 200 000 is taken out: 150 000 − 200 000 = −50 000. */
  g_assert_true (styr_model_set_result_forecast (f->model, "2025-delar",
                                                 STYR_RESULT_ITEM_BALANCE_ADJUSTMENTS,
                                                 -200000, &error));
  g_assert_no_error (error);
  result = styr_municipal_result_new (f->model, t2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (styr_municipal_result_get_result_forecast (result), ==, 150000);
  g_assert_cmpint (styr_municipal_result_get_balance_result (result), ==, -50000);
  g_assert_false (styr_municipal_result_get_balance_requirement_met (result));

  /* Per T1 there are no result forecasts: the budgets stand in.
   * Net cost forecast 5 850 000 (the T1 statement's total):
   * 5 000 000 + 1 000 000 − 100 000 − 50 000 − 5 850 000 = 0, and with
   * the adjustments −20 000: not met. */
  at_t1 = styr_municipal_result_new (f->model, t1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (styr_municipal_result_get_result_forecast (at_t1), ==, 0);
  g_assert_cmpint (styr_municipal_result_get_balance_result (at_t1), ==, -20000);
  g_assert_false (styr_municipal_result_get_balance_requirement_met (at_t1));
  /* Outcome to April: 4·420 000 + 4·80 000 − 4·10 000 − 30 000 − 1 620 000. */
  g_assert_cmpint (styr_municipal_result_get_result_outcome (at_t1), ==, 310000);
}

/* Financial rules --------------------------------------------------------------- */

static void
test_financial_rule_ids (void)
{
  StyrFinancialRule rule;

  g_assert_cmpstr (styr_financial_rule_get_id (STYR_FINANCIAL_RULE_RESULT_SHARE), ==, "resultat-andel");
  g_assert_cmpstr (styr_financial_rule_get_id (STYR_FINANCIAL_RULE_NET_COST_SHARE), ==, "nettokostnad-andel");
  g_assert_cmpstr (styr_financial_rule_get_id (STYR_FINANCIAL_RULE_BALANCE_RESULT), ==, "balanskravsresultat");
  g_assert_cmpstr (styr_financial_rule_get_id (STYR_FINANCIAL_RULE_BUDGET_DEVIATION), ==, "budgetavvikelse");
  g_assert_true (styr_financial_rule_from_id ("budgetavvikelse", &rule));
  g_assert_cmpint (rule, ==, STYR_FINANCIAL_RULE_BUDGET_DEVIATION);
  g_assert_false (styr_financial_rule_from_id ("soliditet", &rule));
}

static StyrIndicator *
add_rule_indicator (StyrModel         *model,
                    const char        *id,
                    StyrFinancialRule  rule,
                    double             target)
{
  g_autoptr(StyrIndicator) indicator = styr_indicator_new (id, id);
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (indicator), &error));
  g_assert_true (styr_indicator_set_target (indicator, 2025, target, &error));
  g_assert_no_error (error);
  styr_indicator_set_direction (indicator, STYR_INDICATOR_DIRECTION_HIGHER);
  styr_indicator_set_financial_rule (indicator, rule);
  g_assert_cmpint (styr_indicator_get_financial_rule (indicator), ==, rule);
  return indicator;
}

static void
test_financial_rules_evaluate (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) t2 = styr_period_new_tertial (2025, 2);
  StyrIndicator *result_share, *net_cost, *balance, *deviation, *plain;
  const char *comment = NULL;
  double value;
  guint n;

  set_result_budgets (f->model);
  result_share = add_rule_indicator (f->model, "resultat", STYR_FINANCIAL_RULE_RESULT_SHARE, 2.0);
  net_cost = add_rule_indicator (f->model, "nettokostnad", STYR_FINANCIAL_RULE_NET_COST_SHARE, 98.0);
  balance = add_rule_indicator (f->model, "balans", STYR_FINANCIAL_RULE_BALANCE_RESULT, 0.0);
  deviation = add_rule_indicator (f->model, "avvikelse", STYR_FINANCIAL_RULE_BUDGET_DEVIATION, 0.0);
  plain = add_rule_indicator (f->model, "egen", STYR_FINANCIAL_RULE_NONE, 1.0);

  n = styr_model_evaluate_financial_rules (f->model, t2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 4);

  /* 150 000 / (5 100 000 + 1 000 000) = 2,459… % ≥ 2: green. */
  g_assert_true (styr_indicator_lookup_measurement (result_share, t2, &value, NULL, NULL, &comment));
  g_assert_cmpfloat_with_epsilon (value, 150.0 / 6100.0 * 100.0, 1e-9);
  g_assert_cmpstr (comment, ==, "Beräknat ur helårsprognosen vid 2025-delar");
  g_assert_cmpint (styr_indicator_grade (result_share, t2), ==, STYR_GRADE_GREEN);

  /* 5 780 000 / 6 100 000 = 94,75… % (target 98 higher-is-better: not reached). */
  g_assert_true (styr_indicator_lookup_value (net_cost, t2, &value));
  g_assert_cmpfloat_with_epsilon (value, 5780.0 / 6100.0 * 100.0, 1e-9);

  /* 130 000 öre = 0,0013 mnkr ≥ 0: green. */
  g_assert_true (styr_indicator_lookup_value (balance, t2, &value));
  g_assert_cmpfloat_with_epsilon (value, 0.0013, 1e-12);
  g_assert_cmpint (styr_indicator_grade (balance, t2), ==, STYR_GRADE_GREEN);

  /* −20 000 / 3 000 000 = −0,667 % < 0: red. */
  g_assert_true (styr_indicator_lookup_value (deviation, t2, &value));
  g_assert_cmpfloat_with_epsilon (value, -2.0 / 3.0, 1e-9);
  g_assert_cmpint (styr_indicator_grade (deviation, t2), ==, STYR_GRADE_RED);

  g_assert_false (styr_indicator_lookup_value (plain, t2, NULL));

  /* Re-evaluating replaces the value: a balance forecast below zero. */
  g_assert_true (styr_model_set_result_forecast (f->model, "2025-delar",
                                                 STYR_RESULT_ITEM_BALANCE_ADJUSTMENTS,
                                                 -200000, &error));
  g_assert_cmpuint (styr_model_evaluate_financial_rules (f->model, t2, &error), ==, 4);
  g_assert_no_error (error);
  g_assert_true (styr_indicator_lookup_value (balance, t2, &value));
  g_assert_cmpfloat_with_epsilon (value, -0.0005, 1e-12);
  g_assert_cmpuint (styr_indicator_get_n_measurements (balance), ==, 1);
  g_assert_cmpint (styr_indicator_grade (balance, t2), ==, STYR_GRADE_RED);
}

static void
test_financial_rules_no_divisor (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrPeriod) year = styr_period_new_year (2025);
  StyrIndicator *share = add_rule_indicator (model, "andel", STYR_FINANCIAL_RULE_RESULT_SHARE, 2.0);
  StyrIndicator *deviation = add_rule_indicator (model, "avv", STYR_FINANCIAL_RULE_BUDGET_DEVIATION, 0.0);
  StyrIndicator *balance = add_rule_indicator (model, "bal", STYR_FINANCIAL_RULE_BALANCE_RESULT, 0.0);
  g_autoptr(StyrMunicipalResult) result = NULL;
  double value;

  /* Nothing to divide by: only the balance result is set (0 mnkr). */
  g_assert_cmpuint (styr_model_evaluate_financial_rules (model, year, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_false (styr_indicator_lookup_value (share, year, NULL));
  g_assert_false (styr_indicator_lookup_value (deviation, year, NULL));
  g_assert_true (styr_indicator_lookup_value (balance, year, &value));
  g_assert_cmpfloat (value, ==, 0.0);

  result = styr_municipal_result_new (model, year, &error);
  g_assert_no_error (error);
  g_assert_false (styr_municipal_result_evaluate_rule (result, STYR_FINANCIAL_RULE_NONE, &value));
  g_assert_true (isnan (value));
  g_assert_null (styr_municipal_result_get_occasion_id (result));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/forecast/budget-organ/inherited", test_budget_organ_inherited);
  ADD ("/forecast/budget-organ/explicit-wins", test_budget_organ_explicit_wins);
  ADD ("/forecast/budget-organ/ambiguous", test_budget_organ_ambiguous);
  ADD ("/forecast/budget-organ/errors", test_budget_organ_errors);
  ADD ("/forecast/budget-organ/in-use", test_budget_organ_in_use);
  ADD ("/forecast/set-lookup", test_forecast_set_lookup);
  ADD ("/forecast/errors", test_forecast_errors);
  g_test_add_func ("/forecast/method-ids", test_forecast_method_ids);
  ADD ("/forecast/organ-figures", test_organ_figures);
  ADD ("/forecast/propose/budget-remainder", test_propose_budget_remainder);
  ADD ("/forecast/propose/linear-trend", test_propose_linear_trend);
  g_test_add_func ("/forecast/propose/trend-rounding", test_propose_trend_rounding);
  ADD ("/operating-statement/t2", test_statement_t2);
  ADD ("/operating-statement/units-per-organ", test_statement_units_per_organ);
  ADD ("/operating-statement/t1", test_statement_t1);
  ADD ("/operating-statement/no-occasion", test_statement_no_occasion);
  ADD ("/operating-statement/overflow", test_statement_overflow);
  ADD ("/municipal-result/forecasts", test_result_forecasts);
  ADD ("/municipal-result/balance-met", test_municipal_result_met);
  ADD ("/municipal-result/balance-not-met", test_municipal_result_not_met);
  g_test_add_func ("/financial-rules/ids", test_financial_rule_ids);
  ADD ("/financial-rules/evaluate", test_financial_rules_evaluate);
  g_test_add_func ("/financial-rules/no-divisor", test_financial_rules_no_divisor);

#undef ADD

  return g_test_run ();
}
