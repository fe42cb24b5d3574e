/* test-budget.c — frames (ramar), budget lines and periodisation.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libstyr/styr.h>

/* Helpers ---------------------------------------------------------------- */

typedef struct
{
  StyrModel *model;
  StyrOrgan *ks;
  StyrOrgan *bun;
  StyrOrgan *son;
  StyrOrgan *kf;
  StyrUnit  *school;
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

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(StyrUnit) school = styr_unit_new ("skola-norr", STYR_UNIT_KIND_UNIT, "Norrskolan");
  g_autoptr(GError) error = NULL;

  fixture->model = styr_model_new ();
  fixture->kf = add_organ (fixture->model, "kf", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige");
  fixture->ks = add_organ (fixture->model, "ks", STYR_ORGAN_KIND_EXECUTIVE_BOARD, "Kommunstyrelsen");
  fixture->bun = add_organ (fixture->model, "bun", STYR_ORGAN_KIND_BOARD, "Barn- och utbildningsnämnden");
  fixture->son = add_organ (fixture->model, "son", STYR_ORGAN_KIND_BOARD, "Socialnämnden");
  g_assert_true (styr_model_add (fixture->model, STYR_ENTITY (school), &error));
  g_assert_no_error (error);
  fixture->school = school;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->model);
}

/* Is every month within one öre of its exact share, and do the months
 * sum exactly to @ore? */
static void
assert_exact_spread (gint64        ore,
                     const int    *weights,
                     const gint64 *months)
{
  gint64 total = 0, rest = ore;

  for (int m = 0; m < 12; m++)
    total += weights[m];

  for (int m = 0; m < 12; m++)
    {
      /* |month × W − ore × w| < W, in 128-bit-free arithmetic: only for
       * amounts small enough that ore × w fits. */
      if (ore > -G_GINT64_CONSTANT (100000000000000) && ore < G_GINT64_CONSTANT (100000000000000))
        {
          gint64 diff = months[m] * total - ore * weights[m];

          g_assert_cmpint (diff, <, total);
          g_assert_cmpint (diff, >, -total);
        }
      if (weights[m] == 0)
        g_assert_cmpint (months[m], ==, 0);
    }

  /* The months carry the sign of @ore, so subtracting them from @ore one
   * by one cannot overflow; nothing may be left. */
  for (int m = 0; m < 12; m++)
    {
      if (ore >= 0)
        g_assert_cmpint (months[m], >=, 0);
      else
        g_assert_cmpint (months[m], <=, 0);
      rest -= months[m];
    }
  g_assert_cmpint (rest, ==, 0);
}

/* Tests: frames ---------------------------------------------------------- */

static void
test_budget_frames (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree int *years = NULL;
  gsize n_years = 0;
  gint64 ore = -1, total = -1;

  /* The budget year and two plan years, set out of order. */
  g_assert_true (styr_organ_set_frame (fixture->bun, 2027, G_GINT64_CONSTANT (131000000000), &error));
  g_assert_true (styr_organ_set_frame (fixture->bun, 2025, G_GINT64_CONSTANT (125000000000), &error));
  g_assert_true (styr_organ_set_frame (fixture->bun, 2026, G_GINT64_CONSTANT (128000000000), &error));
  g_assert_true (styr_organ_set_frame (fixture->son, 2025, G_GINT64_CONSTANT (98000050), &error));
  g_assert_true (styr_organ_set_frame (fixture->son, 2026, G_GINT64_CONSTANT (99000001), &error));
  g_assert_true (styr_organ_set_frame (fixture->ks, 2025, 12345, &error));
  g_assert_no_error (error);

  years = styr_organ_dup_frame_years (fixture->bun, &n_years);
  g_assert_cmpuint (n_years, ==, 3);
  g_assert_cmpint (years[0], ==, 2025);
  g_assert_cmpint (years[1], ==, 2026);
  g_assert_cmpint (years[2], ==, 2027);
  g_clear_pointer (&years, g_free);
  years = styr_organ_dup_frame_years (fixture->kf, &n_years);
  g_assert_null (years);
  g_assert_cmpuint (n_years, ==, 0);

  g_assert_true (styr_organ_lookup_frame (fixture->bun, 2026, &ore));
  g_assert_cmpint (ore, ==, G_GINT64_CONSTANT (128000000000));
  g_assert_false (styr_organ_lookup_frame (fixture->son, 2027, &ore));
  g_assert_cmpint (ore, ==, 0);

  /* Changing a frame replaces it. */
  g_assert_true (styr_organ_set_frame (fixture->bun, 2026, G_GINT64_CONSTANT (128500000000), &error));
  g_assert_true (styr_organ_lookup_frame (fixture->bun, 2026, &ore));
  g_assert_cmpint (ore, ==, G_GINT64_CONSTANT (128500000000));

  g_assert_true (styr_model_sum_frames (fixture->model, 2025, &total, &error));
  g_assert_no_error (error);
  g_assert_cmpint (total, ==, G_GINT64_CONSTANT (125000000000) + 98000050 + 12345);
  g_assert_true (styr_model_sum_frames (fixture->model, 2026, &total, &error));
  g_assert_cmpint (total, ==, G_GINT64_CONSTANT (128500000000) + 99000001);
  g_assert_true (styr_model_sum_frames (fixture->model, 2027, &total, &error));
  g_assert_cmpint (total, ==, G_GINT64_CONSTANT (131000000000));
  g_assert_true (styr_model_sum_frames (fixture->model, 2030, &total, &error));
  g_assert_cmpint (total, ==, 0);
  g_assert_no_error (error);

  g_assert_true (styr_organ_remove_frame (fixture->bun, 2027));
  g_assert_false (styr_organ_remove_frame (fixture->bun, 2027));
  g_assert_true (styr_model_sum_frames (fixture->model, 2027, &total, &error));
  g_assert_cmpint (total, ==, 0);
}

static void
test_budget_frames_errors (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(StyrOrgan) beredning = styr_organ_new ("ber", STYR_ORGAN_KIND_COMMITTEE, NULL);
  g_autoptr(GError) error = NULL;
  gint64 total = -1;

  g_assert_false (styr_organ_set_frame (fixture->kf, 2025, 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_false (styr_organ_set_frame (beredning, 2025, 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_false (styr_organ_set_frame (fixture->bun, 0, 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_organ_set_frame (fixture->bun, 10000, 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* A total beyond gint64 is an error, not a wrapped figure. */
  g_assert_true (styr_organ_set_frame (fixture->bun, 2025, G_MAXINT64 - 10, &error));
  g_assert_true (styr_organ_set_frame (fixture->son, 2025, 11, &error));
  g_assert_false (styr_model_sum_frames (fixture->model, 2025, &total, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_assert_cmpint (total, ==, 0);
  g_clear_error (&error);

  g_assert_true (styr_organ_set_frame (fixture->son, 2025, 10, &error));
  g_assert_true (styr_model_sum_frames (fixture->model, 2025, &total, &error));
  g_assert_no_error (error);
  g_assert_cmpint (total, ==, G_MAXINT64);

  g_assert_true (styr_organ_set_frame (fixture->bun, 2026, G_MININT64, &error));
  g_assert_true (styr_organ_set_frame (fixture->son, 2026, -1, &error));
  g_assert_false (styr_model_sum_frames (fixture->model, 2026, &total, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
}

/* Tests: periodisation --------------------------------------------------- */

static void
test_budget_periodise_linear (void)
{
  static const gint64 amounts[] = {
    100000001, 1, 11, 13, 0, -1, -100000001, 999999999999,
    G_MAXINT64, G_MAXINT64 - 1, G_MININT64, G_MININT64 + 1,
  };
  g_autoptr(GError) error = NULL;
  const int *weights;
  gsize n = 0;

  weights = styr_periodisation_key_get_weights (STYR_PERIODISATION_KEY_LINEAR, &n);
  g_assert_cmpuint (n, ==, 12);
  g_assert_cmpstr (styr_periodisation_key_get_id (STYR_PERIODISATION_KEY_LINEAR), ==, "linjar");

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      g_autofree gint64 *months = styr_budget_periodise (amounts[i], weights, n, &n, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (n, ==, 12);
      assert_exact_spread (amounts[i], weights, months);
    }

  /* 100 000 001 öre = 12 × 8 333 333 + 5: the five öre go to January–May. */
  {
    g_autofree gint64 *months = styr_budget_periodise (100000001, weights, 12, &n, &error);

    for (int m = 0; m < 12; m++)
      g_assert_cmpint (months[m], ==, m < 5 ? 8333334 : 8333333);
  }

  /* And the sweep: every amount from −2 000 to 2 000 öre sums exactly. */
  for (gint64 ore = -2000; ore <= 2000; ore++)
    {
      g_autofree gint64 *months = styr_budget_periodise (ore, weights, 12, &n, &error);

      assert_exact_spread (ore, weights, months);
    }
}

static void
test_budget_periodise_personnel (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *months = NULL;
  const int *weights;
  gsize n = 0;
  int sum = 0;

  weights = styr_periodisation_key_get_weights (STYR_PERIODISATION_KEY_PERSONNEL, &n);
  g_assert_cmpuint (n, ==, 12);
  g_assert_cmpstr (styr_periodisation_key_get_id (STYR_PERIODISATION_KEY_PERSONNEL), ==, "personal");
  for (int m = 0; m < 12; m++)
    sum += weights[m];
  g_assert_cmpint (sum, ==, STYR_BASIS_POINTS_WHOLE);

  /* 120 000 kr: 9 % a month, July 2 %, August 8 %. */
  months = styr_budget_periodise (12000000, weights, n, &n, &error);
  g_assert_no_error (error);
  for (int m = 0; m < 12; m++)
    {
      gint64 expected = m == 6 ? 240000 : m == 7 ? 960000 : 1080000;

      g_assert_cmpint (months[m], ==, expected);
      if (m != 6)
        g_assert_cmpint (months[m], >, months[6]);
    }

  for (gint64 ore = -3000; ore <= 3000; ore += 7)
    {
      g_autofree gint64 *spread = styr_budget_periodise (ore, weights, 12, &n, &error);

      assert_exact_spread (ore, weights, spread);
    }
  {
    g_autofree gint64 *spread = styr_budget_periodise (100000001, weights, 12, &n, &error);

    assert_exact_spread (100000001, weights, spread);
  }
}

static void
test_budget_periodise_invalid (void)
{
  static const int short_weights[11] = { 1 };
  static const int negative[12] = { -1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
  static const int zero[12] = { 0 };
  g_autoptr(GError) error = NULL;
  gsize n = 99;

  g_assert_null (styr_budget_periodise (100, short_weights, 11, &n, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_assert_cmpuint (n, ==, 0);
  g_clear_error (&error);
  g_assert_null (styr_budget_periodise (100, negative, 12, &n, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (styr_budget_periodise (100, zero, 12, &n, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
}

/* Tests: keys ------------------------------------------------------------ */

static void
test_budget_keys (Fixture       *fixture,
                  gconstpointer  data)
{
  /* A school year: low July, a bit less in June and August. */
  static const int school[12] = { 900, 900, 900, 900, 900, 700, 100, 700, 1000, 1000, 1000, 1000 };
  static const int short_by_one[12] = { 900, 900, 900, 900, 900, 700, 100, 700, 1000, 1000, 1000, 999 };
  static const int negative[12] = { -100, 1000, 900, 900, 900, 900, 900, 900, 900, 900, 900, 1000 };
  static const int too_big[12] = { 10001, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1 };
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  const int *weights;
  gsize n = 0;

  g_assert_true (styr_model_add_periodisation_key (fixture->model, "skolar", school, 12, &error));
  g_assert_no_error (error);
  weights = styr_model_lookup_periodisation_key (fixture->model, "skolar", &n);
  g_assert_cmpuint (n, ==, 12);
  g_assert_cmpint (weights[6], ==, 100);
  g_assert_nonnull (styr_model_lookup_periodisation_key (fixture->model, "personal", &n));
  g_assert_null (styr_model_lookup_periodisation_key (fixture->model, "saknas", &n));
  g_assert_cmpuint (n, ==, 0);

  ids = styr_model_dup_periodisation_key_ids (fixture->model);
  g_assert_cmpuint (g_strv_length (ids), ==, 3);
  g_assert_cmpstr (ids[0], ==, "linjar");
  g_assert_cmpstr (ids[1], ==, "personal");
  g_assert_cmpstr (ids[2], ==, "skolar");

  g_assert_false (styr_model_add_periodisation_key (fixture->model, "fel", short_by_one, 12, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_model_add_periodisation_key (fixture->model, "fel", negative, 12, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_model_add_periodisation_key (fixture->model, "fel", too_big, 12, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_model_add_periodisation_key (fixture->model, "fel", school, 11, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_model_add_periodisation_key (fixture->model, "personal", school, 12, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_false (styr_model_add_periodisation_key (fixture->model, "skolar", school, 12, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_false (styr_model_add_periodisation_key (fixture->model, "inte ok", school, 12, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ID);
  g_clear_error (&error);
  g_assert_null (styr_model_lookup_periodisation_key (fixture->model, "fel", &n));

  /* A line with the custom key. */
  g_assert_true (styr_unit_set_budget (fixture->school, 2025, "4000-4999", 1000000, &error));
  g_assert_cmpstr (styr_unit_get_budget_key (fixture->school, 2025, "4000-4999"), ==, "linjar");
  g_assert_true (styr_unit_set_budget_key (fixture->school, 2025, "4000-4999", "skolar", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (styr_unit_get_budget_key (fixture->school, 2025, "4000-4999"), ==, "skolar");
  g_assert_false (styr_unit_set_budget_key (fixture->school, 2025, "4000-4999", "saknas", &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (styr_unit_set_budget_key (fixture->school, 2026, "4000-4999", "personal", &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpstr (styr_unit_get_budget_key (fixture->school, 2025, "4000-4999"), ==, "skolar");

  /* Changing the amount keeps the key. */
  g_assert_true (styr_unit_set_budget (fixture->school, 2025, "4000-4999", 2000000, &error));
  g_assert_cmpstr (styr_unit_get_budget_key (fixture->school, 2025, "4000-4999"), ==, "skolar");
  {
    g_autofree gint64 *months = styr_unit_dup_monthly_budget (fixture->school, 2025, "4000-4999", &n, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, 12);
    g_assert_cmpint (months[6], ==, 20000);
    assert_exact_spread (2000000, school, months);
  }
}

static void
test_budget_keys_outside_model (void)
{
  g_autoptr(StyrUnit) unit = styr_unit_new ("fri", STYR_UNIT_KIND_UNIT, NULL);
  g_autoptr(StyrPeriod) year = styr_period_new_year (2025);
  g_autoptr(GError) error = NULL;
  gint64 ore = 0;

  g_assert_true (styr_unit_set_budget (unit, 2025, "5010", 1200, &error));
  g_assert_true (styr_unit_set_budget_key (unit, 2025, "5010", "personal", &error));
  g_assert_no_error (error);
  g_assert_false (styr_unit_set_budget_key (unit, 2025, "5010", "skolar", &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (styr_unit_get_periodised_budget (unit, year, NULL, &ore, &error));
  g_assert_cmpint (ore, ==, 1200);
}

/* Tests: budget lines ---------------------------------------------------- */

static void
test_budget_lines (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char * const bad[] = {
    "", "abc", "2000", "8000", "400", "4000-", "-4999", "4999-4000",
    "4000-499", "4000-4999-5000", "40a0", "4000 ", "9999999",
  };
  static const char * const good[] = { "3010", "4000-4999", "70101", "3000-3999", "5000-5000" };
  g_autoptr(GError) error = NULL;
  const char *category = NULL, *key = NULL;
  gint64 ore = -1;
  int year = 0;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (styr_unit_set_budget (fixture->school, 2025, bad[i], 1, &error));
      g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
    }
  g_assert_false (styr_unit_set_budget (fixture->school, 0, "4010", 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (styr_unit_get_n_budget_lines (fixture->school), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_assert_true (styr_unit_set_budget (fixture->school, 2025, good[i], 100 + i, &error));
      g_assert_no_error (error);
    }
  /* Income as a negative amount: the sign is kept as given. */
  g_assert_true (styr_unit_set_budget (fixture->school, 2026, "3010", -500000, &error));
  g_assert_cmpuint (styr_unit_get_n_budget_lines (fixture->school), ==, 6);

  g_assert_true (styr_unit_lookup_budget (fixture->school, 2025, "70101", &ore));
  g_assert_cmpint (ore, ==, 102);
  g_assert_true (styr_unit_lookup_budget (fixture->school, 2026, "3010", &ore));
  g_assert_cmpint (ore, ==, -500000);
  g_assert_false (styr_unit_lookup_budget (fixture->school, 2027, "3010", &ore));
  g_assert_cmpint (ore, ==, 0);
  g_assert_false (styr_unit_lookup_budget (fixture->school, 2025, "4010", NULL));

  /* Setting again replaces the amount, the line keeps its place. */
  g_assert_true (styr_unit_set_budget (fixture->school, 2025, "4000-4999", 777, &error));
  g_assert_cmpuint (styr_unit_get_n_budget_lines (fixture->school), ==, 6);
  styr_unit_get_budget_line (fixture->school, 1, &year, &category, &ore, &key);
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpstr (category, ==, "4000-4999");
  g_assert_cmpint (ore, ==, 777);
  g_assert_cmpstr (key, ==, "linjar");
  styr_unit_get_budget_line (fixture->school, 5, &year, &category, &ore, NULL);
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpstr (category, ==, "3010");

  g_assert_true (styr_unit_remove_budget (fixture->school, 2025, "70101"));
  g_assert_false (styr_unit_remove_budget (fixture->school, 2025, "70101"));
  g_assert_cmpuint (styr_unit_get_n_budget_lines (fixture->school), ==, 5);
}

static void
test_budget_cumulative (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(StyrPeriod) t1 = styr_period_new_tertial (2025, 1);
  g_autoptr(StyrPeriod) t2 = styr_period_new_tertial (2025, 2);
  g_autoptr(StyrPeriod) t3 = styr_period_new_tertial (2025, 3);
  g_autoptr(StyrPeriod) year = styr_period_new_year (2025);
  g_autoptr(StyrPeriod) july = styr_period_new_month (2025, 7);
  g_autoptr(StyrPeriod) q1 = styr_period_new_quarter (2025, 1);
  g_autoptr(StyrPeriod) t2_2026 = styr_period_new_tertial (2026, 2);
  g_autoptr(GError) error = NULL;
  gint64 ore = -1;

  /* Personnel: 120 000 kr with the personnel key; other costs:
   * 1 000 000,01 kr linear; income −12 000 kr linear; a plan-year line. */
  g_assert_true (styr_unit_set_budget (fixture->school, 2025, "5000-5999", 12000000, &error));
  g_assert_true (styr_unit_set_budget_key (fixture->school, 2025, "5000-5999", "personal", &error));
  g_assert_true (styr_unit_set_budget (fixture->school, 2025, "4000-4999", 100000001, &error));
  g_assert_true (styr_unit_set_budget (fixture->school, 2025, "3000-3999", -1200000, &error));
  g_assert_true (styr_unit_set_budget (fixture->school, 2026, "5000-5999", 99999999, &error));
  g_assert_no_error (error);

  /* Personnel: T1 = 4 × 1 080 000; T2 adds May, June (1 080 000 each),
   * July 240 000 and August 960 000. */
  g_assert_true (styr_unit_get_periodised_budget (fixture->school, t1, "5000-5999", &ore, &error));
  g_assert_cmpint (ore, ==, 4320000);
  g_assert_true (styr_unit_get_periodised_budget (fixture->school, t2, "5000-5999", &ore, &error));
  g_assert_cmpint (ore, ==, 4320000 + 2160000 + 240000 + 960000);
  g_assert_true (styr_unit_get_periodised_budget (fixture->school, july, "5000-5999", &ore, &error));
  g_assert_cmpint (ore, ==, 6 * 1080000 + 240000);
  g_assert_true (styr_unit_get_periodised_budget (fixture->school, t3, "5000-5999", &ore, &error));
  g_assert_cmpint (ore, ==, 12000000);
  g_assert_true (styr_unit_get_periodised_budget (fixture->school, year, "5000-5999", &ore, &error));
  g_assert_cmpint (ore, ==, 12000000);

  /* Linear 100 000 001: January–May 8 333 334, then 8 333 333. */
  g_assert_true (styr_unit_get_periodised_budget (fixture->school, t1, "4000-4999", &ore, &error));
  g_assert_cmpint (ore, ==, 4 * 8333334);
  g_assert_true (styr_unit_get_periodised_budget (fixture->school, q1, "4000-4999", &ore, &error));
  g_assert_cmpint (ore, ==, 3 * 8333334);
  g_assert_true (styr_unit_get_periodised_budget (fixture->school, t2, "4000-4999", &ore, &error));
  g_assert_cmpint (ore, ==, 5 * 8333334 + 3 * 8333333);
  g_assert_true (styr_unit_get_periodised_budget (fixture->school, year, "4000-4999", &ore, &error));
  g_assert_cmpint (ore, ==, 100000001);

  /* All categories of the year: the plan year stays out. */
  g_assert_true (styr_unit_get_periodised_budget (fixture->school, t1, NULL, &ore, &error));
  g_assert_cmpint (ore, ==, 4320000 + 4 * 8333334 - 4 * 100000);
  g_assert_true (styr_unit_get_periodised_budget (fixture->school, year, NULL, &ore, &error));
  g_assert_cmpint (ore, ==, 12000000 + 100000001 - 1200000);

  /* The plan year and an unknown category. */
  g_assert_true (styr_unit_get_periodised_budget (fixture->school, t2_2026, NULL, &ore, &error));
  /* 99 999 999 = 12 × 8 333 333 + 3: January–March get one öre more. */
  g_assert_cmpint (ore, ==, 3 * 8333334 + 5 * 8333333);
  g_assert_true (styr_unit_get_periodised_budget (fixture->school, t1, "6000-6999", &ore, &error));
  g_assert_cmpint (ore, ==, 0);
  g_assert_no_error (error);

  /* The months of a year always sum to the annual amounts. */
  {
    gsize n = 0;
    g_autofree gint64 *months = styr_unit_dup_monthly_budget (fixture->school, 2026, NULL, &n, &error);
    gint64 sum = 0;

    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, 12);
    for (gsize m = 0; m < n; m++)
      sum += months[m];
    g_assert_cmpint (sum, ==, 99999999);
    g_assert_cmpint (months[0], ==, 8333334);
    g_assert_cmpint (months[3], ==, 8333333);
  }
}

static void
test_budget_overflow (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(StyrPeriod) year = styr_period_new_year (2025);
  g_autoptr(GError) error = NULL;
  gint64 ore = -1;
  gsize n = 99;

  g_assert_true (styr_unit_set_budget (fixture->school, 2025, "4010", G_MAXINT64, &error));
  g_assert_true (styr_unit_get_periodised_budget (fixture->school, year, "4010", &ore, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ore, ==, G_MAXINT64);

  g_assert_true (styr_unit_set_budget (fixture->school, 2025, "4020", G_MAXINT64, &error));
  g_assert_false (styr_unit_get_periodised_budget (fixture->school, year, NULL, &ore, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_assert_cmpint (ore, ==, 0);
  g_clear_error (&error);

  /* Month by month two such lines still fit; twelve do not. */
  {
    g_autofree gint64 *months = styr_unit_dup_monthly_budget (fixture->school, 2025, NULL, &n, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, 12);
  }
  for (int account = 4030; account <= 4120; account += 10)
    {
      g_autofree char *category = g_strdup_printf ("%d", account);

      g_assert_true (styr_unit_set_budget (fixture->school, 2025, category, G_MAXINT64, &error));
    }
  g_assert_cmpuint (styr_unit_get_n_budget_lines (fixture->school), ==, 12);
  g_assert_null (styr_unit_dup_monthly_budget (fixture->school, 2025, NULL, &n, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_assert_cmpuint (n, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/budget/frames/per-board", test_budget_frames);
  ADD ("/budget/frames/errors", test_budget_frames_errors);
  g_test_add_func ("/budget/periodise/linear", test_budget_periodise_linear);
  g_test_add_func ("/budget/periodise/personnel", test_budget_periodise_personnel);
  g_test_add_func ("/budget/periodise/invalid", test_budget_periodise_invalid);
  ADD ("/budget/keys/custom", test_budget_keys);
  g_test_add_func ("/budget/keys/outside-model", test_budget_keys_outside_model);
  ADD ("/budget/lines/set", test_budget_lines);
  ADD ("/budget/lines/cumulative", test_budget_cumulative);
  ADD ("/budget/lines/overflow", test_budget_overflow);

#undef ADD

  return g_test_run ();
}
