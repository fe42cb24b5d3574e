/* test-indicator.c — indicators, targets and measurements (StyrIndicator)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>
#include <string.h>

#include <libstyr/styr.h>

static StyrPeriod *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  StyrPeriod *period = styr_period_parse (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (period);
  return period;
}

static void
count_signal (gpointer  instance,
              guint    *counter)
{
  (*counter)++;
}

static void
test_indicator_properties (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("elever", "Elever med godkända betyg");
  g_autofree char *name = NULL;
  double baseline = 0;

  g_assert_cmpstr (styr_indicator_get_name (ind), ==, "Elever med godkända betyg");
  g_assert_cmpstr (styr_entity_get_label (STYR_ENTITY (ind)), ==, "Elever med godkända betyg");
  g_assert_true (isnan (styr_indicator_get_baseline (ind)));
  g_assert_cmpint (styr_indicator_get_frequency (ind), ==, STYR_FREQUENCY_YEARLY);

  g_object_set (ind, "baseline", 71.5, "baseline-year", 2022, "source-id", "N15419", NULL);
  g_object_get (ind, "baseline", &baseline, "name", &name, NULL);
  g_assert_cmpfloat (baseline, ==, 71.5);
  g_assert_cmpstr (name, ==, "Elever med godkända betyg");
  g_assert_cmpint (styr_indicator_get_baseline_year (ind), ==, 2022);
  g_assert_cmpstr (styr_indicator_get_source_id (ind), ==, "N15419");

  styr_indicator_set_baseline (ind, NAN);
  g_assert_true (isnan (styr_indicator_get_baseline (ind)));

  g_assert_cmpuint (styr_indicator_get_n_measurements (ind), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_indicator_get_goals (ind)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_indicator_get_activities (ind)), ==, 0);
}

static void
test_indicator_target_basic (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(GError) error = NULL;
  double value = 0, high = 0;
  g_autofree int *years = NULL;
  gsize n_years = 99;

  years = styr_indicator_get_target_years (ind, &n_years);
  g_assert_null (years);
  g_assert_cmpuint (n_years, ==, 0);

  g_assert_false (styr_indicator_lookup_target (ind, 2025, &value, &high));
  g_assert_true (isnan (value));
  g_assert_true (isnan (high));

  g_assert_true (styr_indicator_set_target (ind, 2025, 80.0, &error));
  g_assert_no_error (error);
  g_assert_true (styr_indicator_lookup_target (ind, 2025, &value, &high));
  g_assert_cmpfloat (value, ==, 80.0);
  g_assert_true (isnan (high));
  g_assert_false (styr_indicator_lookup_target (ind, 2024, &value, NULL));
  g_assert_false (styr_indicator_lookup_target (ind, 0, NULL, NULL));

  /* Replacing. */
  g_assert_true (styr_indicator_set_target (ind, 2025, 82.5, &error));
  g_assert_no_error (error);
  g_assert_true (styr_indicator_lookup_target (ind, 2025, &value, NULL));
  g_assert_cmpfloat (value, ==, 82.5);

  g_assert_true (styr_indicator_set_target (ind, 2023, 70.0, &error));
  g_assert_true (styr_indicator_set_target (ind, 2027, 90.0, &error));
  g_assert_no_error (error);

  g_clear_pointer (&years, g_free);
  years = styr_indicator_get_target_years (ind, &n_years);
  g_assert_cmpuint (n_years, ==, 3);
  g_assert_cmpint (years[0], ==, 2023);
  g_assert_cmpint (years[1], ==, 2025);
  g_assert_cmpint (years[2], ==, 2027);

  g_assert_true (styr_indicator_clear_target (ind, 2025));
  g_assert_false (styr_indicator_clear_target (ind, 2025));
  g_assert_false (styr_indicator_lookup_target (ind, 2025, NULL, NULL));
}

static void
test_indicator_target_standing (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("resultat", "Resultat i procent");
  g_autoptr(GError) error = NULL;
  g_autofree int *years = NULL;
  gsize n_years = 0;
  double value = 0, high = 0;

  /* Year 0 is the standing target (god ekonomisk hushållning: 2 %). */
  g_assert_true (styr_indicator_set_target (ind, 0, 2.0, &error));
  g_assert_no_error (error);

  g_assert_true (styr_indicator_lookup_target (ind, 0, &value, &high));
  g_assert_cmpfloat (value, ==, 2.0);
  g_assert_true (isnan (high));
  g_assert_true (styr_indicator_lookup_target (ind, 2025, &value, NULL));
  g_assert_cmpfloat (value, ==, 2.0);
  g_assert_true (styr_indicator_lookup_target (ind, 1999, &value, NULL));
  g_assert_cmpfloat (value, ==, 2.0);

  /* A year of its own overrides it. */
  g_assert_true (styr_indicator_set_target (ind, 2026, 1.0, &error));
  g_assert_no_error (error);
  g_assert_true (styr_indicator_lookup_target (ind, 2026, &value, NULL));
  g_assert_cmpfloat (value, ==, 1.0);
  g_assert_true (styr_indicator_lookup_target (ind, 2025, &value, NULL));
  g_assert_cmpfloat (value, ==, 2.0);

  years = styr_indicator_get_target_years (ind, &n_years);
  g_assert_cmpuint (n_years, ==, 2);
  g_assert_cmpint (years[0], ==, 0);
  g_assert_cmpint (years[1], ==, 2026);

  /* Clearing the year falls back to the standing target again. */
  g_assert_true (styr_indicator_clear_target (ind, 2026));
  g_assert_true (styr_indicator_lookup_target (ind, 2026, &value, NULL));
  g_assert_cmpfloat (value, ==, 2.0);

  g_assert_true (styr_indicator_clear_target (ind, 0));
  g_assert_false (styr_indicator_lookup_target (ind, 2026, &value, NULL));
  g_assert_true (isnan (value));
}

static void
test_indicator_target_range (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("belaggning", "Beläggningsgrad");
  g_autoptr(GError) error = NULL;
  double value = 0, high = 0;

  styr_indicator_set_direction (ind, STYR_INDICATOR_DIRECTION_RANGE);

  g_assert_true (styr_indicator_set_target_range (ind, 2025, 90.0, 95.0, &error));
  g_assert_no_error (error);
  g_assert_true (styr_indicator_lookup_target (ind, 2025, &value, &high));
  g_assert_cmpfloat (value, ==, 90.0);
  g_assert_cmpfloat (high, ==, 95.0);

  /* low > high fails and changes nothing. */
  g_assert_false (styr_indicator_set_target_range (ind, 2025, 96.0, 95.0, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_indicator_set_target_range (ind, 2026, 96.0, 95.0, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_true (styr_indicator_lookup_target (ind, 2025, &value, &high));
  g_assert_cmpfloat (value, ==, 90.0);
  g_assert_cmpfloat (high, ==, 95.0);
  g_assert_false (styr_indicator_lookup_target (ind, 2026, NULL, NULL));

  /* A range of one value is fine; a standing range too. */
  g_assert_true (styr_indicator_set_target_range (ind, 0, 92.0, 92.0, &error));
  g_assert_no_error (error);
  g_assert_true (styr_indicator_lookup_target (ind, 2030, &value, &high));
  g_assert_cmpfloat (value, ==, 92.0);
  g_assert_cmpfloat (high, ==, 92.0);

  /* A single target replaces a range. */
  g_assert_true (styr_indicator_set_target (ind, 2025, 93.0, &error));
  g_assert_no_error (error);
  g_assert_true (styr_indicator_lookup_target (ind, 2025, &value, &high));
  g_assert_cmpfloat (value, ==, 93.0);
  g_assert_true (isnan (high));
}

static void
test_indicator_target_invalid (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(GError) error = NULL;
  gsize n_years = 0;
  g_autofree int *years = NULL;

  g_assert_false (styr_indicator_set_target (ind, 2025, NAN, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_indicator_set_target (ind, 2025, INFINITY, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_indicator_set_target (ind, -1, 1.0, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_indicator_set_target (ind, 10000, 1.0, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_indicator_set_target_range (ind, 2025, -INFINITY, 1.0, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_indicator_set_target_range (ind, 2025, 1.0, NAN, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  years = styr_indicator_get_target_years (ind, &n_years);
  g_assert_cmpuint (n_years, ==, 0);
}

static void
test_indicator_target_yellow (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(GError) error = NULL;
  double value = 0;

  /* No target, no threshold. */
  g_assert_false (styr_indicator_set_yellow_threshold (ind, 2025, 75.0, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (styr_indicator_set_yellow_threshold (ind, 0, 75.0, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (styr_indicator_lookup_yellow_threshold (ind, 2025, &value));
  g_assert_true (isnan (value));

  g_assert_true (styr_indicator_set_target (ind, 0, 80.0, &error));
  g_assert_true (styr_indicator_set_yellow_threshold (ind, 0, 75.0, &error));
  g_assert_no_error (error);
  g_assert_false (styr_indicator_set_yellow_threshold (ind, 0, NAN, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* A year without its own target uses the standing target's threshold. */
  g_assert_true (styr_indicator_lookup_yellow_threshold (ind, 2025, &value));
  g_assert_cmpfloat (value, ==, 75.0);
  /* … but a threshold needs a target of that very year to be set. */
  g_assert_false (styr_indicator_set_yellow_threshold (ind, 2025, 70.0, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A year with a target of its own uses that target's threshold. */
  g_assert_true (styr_indicator_set_target (ind, 2025, 85.0, &error));
  g_assert_false (styr_indicator_lookup_yellow_threshold (ind, 2025, &value));
  g_assert_true (styr_indicator_set_yellow_threshold (ind, 2025, 82.0, &error));
  g_assert_no_error (error);
  g_assert_true (styr_indicator_lookup_yellow_threshold (ind, 2025, &value));
  g_assert_cmpfloat (value, ==, 82.0);

  /* Setting the target again keeps the threshold. */
  g_assert_true (styr_indicator_set_target (ind, 2025, 86.0, &error));
  g_assert_true (styr_indicator_lookup_yellow_threshold (ind, 2025, &value));
  g_assert_cmpfloat (value, ==, 82.0);

  g_assert_true (styr_indicator_clear_yellow_threshold (ind, 2025));
  g_assert_false (styr_indicator_clear_yellow_threshold (ind, 2025));
  g_assert_false (styr_indicator_lookup_yellow_threshold (ind, 2025, NULL));
  g_assert_true (styr_indicator_lookup_target (ind, 2025, &value, NULL));
  g_assert_cmpfloat (value, ==, 86.0);

  /* Clearing a target takes its threshold with it. */
  g_assert_true (styr_indicator_clear_target (ind, 0));
  g_assert_true (styr_indicator_set_target (ind, 0, 80.0, &error));
  g_assert_no_error (error);
  g_assert_false (styr_indicator_lookup_yellow_threshold (ind, 2030, NULL));
}

static void
test_indicator_target_signal (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(GError) error = NULL;
  guint count = 0;

  g_signal_connect (ind, "targets-changed", G_CALLBACK (count_signal), &count);

  g_assert_true (styr_indicator_set_target (ind, 2025, 1.0, &error));
  g_assert_cmpuint (count, ==, 1);
  g_assert_false (styr_indicator_set_target (ind, 2025, NAN, &error));
  g_clear_error (&error);
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (styr_indicator_set_yellow_threshold (ind, 2025, 0.5, &error));
  g_assert_cmpuint (count, ==, 2);
  g_assert_true (styr_indicator_clear_target (ind, 2025));
  g_assert_cmpuint (count, ==, 3);
  g_assert_false (styr_indicator_clear_target (ind, 2025));
  g_assert_cmpuint (count, ==, 3);
}

static void
test_indicator_measurement_basic (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) y2025 = parse ("2025");
  g_autoptr(StyrPeriod) t2 = parse ("2025-T2");
  g_autoptr(StyrPeriod) y2024 = parse ("2024");
  double value = 0;

  g_assert_false (styr_indicator_lookup_value (ind, y2025, &value));
  g_assert_true (isnan (value));
  g_assert_false (styr_indicator_remove_measurement (ind, y2025));

  g_assert_true (styr_indicator_set_value (ind, y2025, 76.5, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_indicator_get_n_measurements (ind), ==, 1);
  g_assert_true (styr_indicator_lookup_value (ind, y2025, &value));
  g_assert_cmpfloat (value, ==, 76.5);

  /* One row per period: setting again replaces. */
  g_assert_true (styr_indicator_set_value (ind, y2025, 77.0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_indicator_get_n_measurements (ind), ==, 1);
  g_assert_true (styr_indicator_lookup_value (ind, y2025, &value));
  g_assert_cmpfloat (value, ==, 77.0);

  /* Another kind of period is another row; nothing is derived. */
  g_assert_false (styr_indicator_lookup_value (ind, t2, NULL));
  g_assert_true (styr_indicator_set_value (ind, t2, 50.0, &error));
  g_assert_true (styr_indicator_set_value (ind, y2024, -3.25, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_indicator_get_n_measurements (ind), ==, 3);
  g_assert_true (styr_indicator_lookup_value (ind, y2024, &value));
  g_assert_cmpfloat (value, ==, -3.25);

  g_assert_true (styr_indicator_remove_measurement (ind, y2025));
  g_assert_false (styr_indicator_remove_measurement (ind, y2025));
  g_assert_false (styr_indicator_lookup_value (ind, y2025, &value));
  g_assert_cmpuint (styr_indicator_get_n_measurements (ind), ==, 2);
  g_assert_true (styr_indicator_lookup_value (ind, t2, &value));
  g_assert_cmpfloat (value, ==, 50.0);

  styr_indicator_clear_measurements (ind);
  g_assert_cmpuint (styr_indicator_get_n_measurements (ind), ==, 0);
  g_assert_false (styr_indicator_lookup_value (ind, t2, NULL));
}

static void
test_indicator_measurement_invalid (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) period = parse ("2025-05");
  double value = 0;

  g_assert_true (styr_indicator_set_value (ind, period, 1.0, &error));
  g_assert_no_error (error);

  g_assert_false (styr_indicator_set_value (ind, period, NAN, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_indicator_set_value (ind, period, INFINITY, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_indicator_set_measurement (ind, period, 2.0, -INFINITY, NAN, NULL, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_indicator_set_measurement (ind, period, 2.0, 1.0, INFINITY, "x", &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "2025-05"));
  g_clear_error (&error);

  /* Nothing changed. */
  g_assert_cmpuint (styr_indicator_get_n_measurements (ind), ==, 1);
  g_assert_true (styr_indicator_lookup_value (ind, period, &value));
  g_assert_cmpfloat (value, ==, 1.0);
}

static void
test_indicator_measurement_gender (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) y2024 = parse ("2024");
  g_autoptr(StyrPeriod) y2025 = parse ("2025");
  double value = 0, women = 0, men = 0;
  const char *comment = "x";

  styr_indicator_set_gender_split (ind, TRUE);

  g_assert_true (styr_indicator_set_measurement (ind, y2025, 78.0, 82.0, 74.0,
                                                 "Flickor ökar mer än pojkar", &error));
  g_assert_no_error (error);
  g_assert_true (styr_indicator_lookup_measurement (ind, y2025, &value, &women, &men, &comment));
  g_assert_cmpfloat (value, ==, 78.0);
  g_assert_cmpfloat (women, ==, 82.0);
  g_assert_cmpfloat (men, ==, 74.0);
  g_assert_cmpstr (comment, ==, "Flickor ökar mer än pojkar");

  /* Only the total, no comment; an empty comment is no comment. */
  g_assert_true (styr_indicator_set_measurement (ind, y2024, 75.0, NAN, NAN, "", &error));
  g_assert_no_error (error);
  g_assert_true (styr_indicator_lookup_measurement (ind, y2024, &value, &women, &men, &comment));
  g_assert_cmpfloat (value, ==, 75.0);
  g_assert_true (isnan (women));
  g_assert_true (isnan (men));
  g_assert_null (comment);

  /* By position, in period order. */
  styr_indicator_get_measurement (ind, 1, &value, &women, &men, &comment);
  g_assert_cmpfloat (value, ==, 78.0);
  g_assert_cmpfloat (women, ==, 82.0);
  g_assert_cmpstr (comment, ==, "Flickor ökar mer än pojkar");
  g_assert_cmpfloat (styr_indicator_get_measurement_value (ind, 0), ==, 75.0);

  /* Replacing the comment, then set_value replaces the whole row. */
  g_assert_true (styr_indicator_set_measurement (ind, y2025, 79.0, 83.0, 75.0, "Ny kommentar", &error));
  g_assert_true (styr_indicator_lookup_measurement (ind, y2025, NULL, NULL, NULL, &comment));
  g_assert_cmpstr (comment, ==, "Ny kommentar");
  g_assert_true (styr_indicator_set_value (ind, y2025, 80.0, &error));
  g_assert_no_error (error);
  g_assert_true (styr_indicator_lookup_measurement (ind, y2025, &value, &women, &men, &comment));
  g_assert_cmpfloat (value, ==, 80.0);
  g_assert_true (isnan (women));
  g_assert_true (isnan (men));
  g_assert_null (comment);

  /* A missing row gives NaN and NULL. */
  {
    g_autoptr(StyrPeriod) y2026 = parse ("2026");

    comment = "x";
    g_assert_false (styr_indicator_lookup_measurement (ind, y2026, &value, &women, &men, &comment));
    g_assert_true (isnan (value));
    g_assert_true (isnan (women));
    g_assert_true (isnan (men));
    g_assert_null (comment);
  }
}

static void
test_indicator_measurement_sorted (void)
{
  static const char * const inserted[] = {
    "2025-05", "2024", "2025", "2025-T2", "2025-01", "2025-Q1", "2025-T1",
    "2023-12", "2026-01", "2025-Q2", "2025-04",
  };
  static const char * const sorted[] = {
    "2023-12", "2024", "2025", "2025-T1", "2025-Q1", "2025-01", "2025-Q2",
    "2025-04", "2025-T2", "2025-05", "2026-01",
  };
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_auto(GStrv) strings = NULL;
  g_autofree double *values = NULL;
  gsize n_values = 0;

  for (guint i = 0; i < G_N_ELEMENTS (inserted); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StyrPeriod) period = parse (inserted[i]);

      /* The value is the position the period must end up in. */
      for (guint j = 0; j < G_N_ELEMENTS (sorted); j++)
        if (g_str_equal (sorted[j], inserted[i]))
          g_assert_true (styr_indicator_set_value (ind, period, j, &error));
      g_assert_no_error (error);
    }

  g_assert_cmpuint (styr_indicator_get_n_measurements (ind), ==, G_N_ELEMENTS (sorted));
  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    {
      g_autoptr(StyrPeriod) period = styr_indicator_get_measurement_period (ind, i);
      g_autofree char *text = styr_period_to_string (period);

      g_assert_cmpstr (text, ==, sorted[i]);
      g_assert_cmpfloat (styr_indicator_get_measurement_value (ind, i), ==, i);
    }

  values = styr_indicator_dup_values (ind, &n_values);
  strings = styr_indicator_dup_period_strings (ind);
  g_assert_cmpuint (n_values, ==, G_N_ELEMENTS (sorted));
  g_assert_cmpuint (g_strv_length (strings), ==, G_N_ELEMENTS (sorted));
  for (guint i = 0; i < n_values; i++)
    {
      g_assert_cmpfloat (values[i], ==, i);
      g_assert_cmpstr (strings[i], ==, sorted[i]);
    }
}

static void
test_indicator_measurement_find (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) t1 = parse ("2025-T1");
  g_autoptr(StyrPeriod) t3 = parse ("2025-T3");
  g_autoptr(StyrPeriod) t2 = parse ("2025-T2");
  g_autoptr(StyrPeriod) early = parse ("2020");
  guint position = 99;

  g_assert_false (styr_indicator_find_measurement (ind, t2, &position));
  g_assert_cmpuint (position, ==, 0);

  g_assert_true (styr_indicator_set_value (ind, t3, 3.0, &error));
  g_assert_true (styr_indicator_set_value (ind, t1, 1.0, &error));
  g_assert_no_error (error);

  g_assert_true (styr_indicator_find_measurement (ind, t1, &position));
  g_assert_cmpuint (position, ==, 0);
  g_assert_true (styr_indicator_find_measurement (ind, t3, &position));
  g_assert_cmpuint (position, ==, 1);
  /* Absent: where it would go, so position − 1 is the latest before it. */
  g_assert_false (styr_indicator_find_measurement (ind, t2, &position));
  g_assert_cmpuint (position, ==, 1);
  g_assert_false (styr_indicator_find_measurement (ind, early, &position));
  g_assert_cmpuint (position, ==, 0);
}

static void
test_indicator_measurement_bulk_empty (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_auto(GStrv) strings = NULL;
  g_autofree double *values = NULL;
  gsize n_values = 42;

  values = styr_indicator_dup_values (ind, &n_values);
  g_assert_null (values);
  g_assert_cmpuint (n_values, ==, 0);
  strings = styr_indicator_dup_period_strings (ind);
  g_assert_nonnull (strings);
  g_assert_cmpuint (g_strv_length (strings), ==, 0);
}

/* The model's bulk read: every indicator's values in model order, in one
 * packed array of doubles, with the offsets where each indicator starts. */
static void
test_indicator_model_bulk_values (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "a", "tom", "b" };
  /* Periods inserted out of order; the bulk read gives period order. */
  const struct { guint ind; const char *period; double value; } rows[] = {
    { 0, "2025-T2", 2.0 }, { 2, "2024", 10.0 }, { 0, "2025-T1", 1.0 },
    { 2, "2026", 30.0 }, { 0, "2025-T3", 3.0 }, { 2, "2025", 20.0 },
  };
  const double expected[] = { 1.0, 2.0, 3.0, 10.0, 20.0, 30.0 };
  const guint expected_offsets[] = { 0, 3, 3, 6 };
  g_autoptr(GBytes) data = NULL;
  g_autofree guint *offsets = NULL;
  gsize n_offsets = 0;
  const double *values;
  gsize size = 0;

  data = styr_model_dup_measurement_values (model, &offsets, &n_offsets);
  g_assert_cmpuint (g_bytes_get_size (data), ==, 0);
  g_assert_cmpuint (n_offsets, ==, 1);
  g_assert_cmpuint (offsets[0], ==, 0);
  g_clear_pointer (&data, g_bytes_unref);
  g_clear_pointer (&offsets, g_free);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(StyrIndicator) ind = styr_indicator_new (ids[i], ids[i]);

      g_assert_true (styr_model_add (model, STYR_ENTITY (ind), &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(StyrIndicator) ind = g_list_model_get_item (styr_model_get_indicators (model), rows[i].ind);
      g_autoptr(StyrPeriod) period = parse (rows[i].period);

      g_assert_true (styr_indicator_set_value (ind, period, rows[i].value, &error));
      g_assert_no_error (error);
    }

  data = styr_model_dup_measurement_values (model, &offsets, &n_offsets);
  values = g_bytes_get_data (data, &size);
  g_assert_cmpuint (size, ==, sizeof expected);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpfloat (values[i], ==, expected[i]);
  g_assert_cmpuint (n_offsets, ==, G_N_ELEMENTS (expected_offsets));
  for (guint i = 0; i < n_offsets; i++)
    g_assert_cmpuint (offsets[i], ==, expected_offsets[i]);
}

static void
test_indicator_measurement_signal (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) period = parse ("2025");
  guint count = 0;

  g_signal_connect (ind, "measurements-changed", G_CALLBACK (count_signal), &count);

  g_assert_true (styr_indicator_set_value (ind, period, 1.0, &error));
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (styr_indicator_set_value (ind, period, 2.0, &error));
  g_assert_cmpuint (count, ==, 2);
  g_assert_false (styr_indicator_set_value (ind, period, NAN, &error));
  g_clear_error (&error);
  g_assert_cmpuint (count, ==, 2);
  g_assert_true (styr_indicator_remove_measurement (ind, period));
  g_assert_cmpuint (count, ==, 3);
  g_assert_false (styr_indicator_remove_measurement (ind, period));
  g_assert_cmpuint (count, ==, 3);
}

/* 100,000 measurements on one indicator, inserted in random order, with
 * lookups in between: the rows stay sorted and every lookup finds its
 * value. */
#define N_MANY 100000

static StyrPeriod *
nth_month (guint i)
{
  return styr_period_new_month (1 + (int) (i / 12), 1 + (int) (i % 12));
}

static void
test_indicator_measurement_many (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(GRand) rand = g_rand_new_with_seed (20250501);
  g_autofree guint *order = g_new (guint, N_MANY);
  g_autofree double *values = NULL;
  g_auto(GStrv) strings = NULL;
  gsize n_values = 0;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < N_MANY; i++)
    order[i] = i;
  for (guint i = N_MANY - 1; i > 0; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i + 1);
      guint tmp = order[i];

      order[i] = order[j];
      order[j] = tmp;
    }

  for (guint k = 0; k < N_MANY; k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StyrPeriod) period = nth_month (order[k]);

      g_assert_true (styr_indicator_set_measurement (ind, period, order[k],
                                                     NAN, NAN,
                                                     order[k] % 1000 == 0 ? "kommentar" : NULL,
                                                     &error));
      g_assert_no_error (error);

      /* Look up an earlier one now and then, while the rows are in flux. */
      if (k % 97 == 0)
        {
          g_autoptr(StyrPeriod) earlier = nth_month (order[k / 2]);
          double value = -1;

          g_assert_true (styr_indicator_lookup_value (ind, earlier, &value));
          g_assert_cmpfloat (value, ==, order[k / 2]);
        }
    }

  g_assert_cmpuint (styr_indicator_get_n_measurements (ind), ==, N_MANY);

  /* Replace a few in random order: the count stays. */
  for (guint k = 0; k < 1000; k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StyrPeriod) period = nth_month (order[k]);

      g_assert_true (styr_indicator_set_value (ind, period, order[k], &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (styr_indicator_get_n_measurements (ind), ==, N_MANY);

  values = styr_indicator_dup_values (ind, &n_values);
  g_assert_cmpuint (n_values, ==, N_MANY);
  for (guint i = 0; i < N_MANY; i++)
    g_assert_cmpfloat (values[i], ==, i);

  for (guint k = 0; k < 2000; k++)
    {
      guint i = (guint) g_rand_int_range (rand, 0, N_MANY);
      g_autoptr(StyrPeriod) period = nth_month (i);
      g_autoptr(StyrPeriod) stored = styr_indicator_get_measurement_period (ind, i);
      const char *comment = NULL;
      double value = -1;

      g_assert_true (styr_period_equal (period, stored));
      g_assert_true (styr_indicator_lookup_measurement (ind, period, &value, NULL, NULL, &comment));
      g_assert_cmpfloat (value, ==, i);
      if (comment != NULL)
        {
          g_assert_cmpuint (i % 1000, ==, 0);
          g_assert_cmpstr (comment, ==, "kommentar");
        }
    }

  strings = styr_indicator_dup_period_strings (ind);
  g_assert_cmpstr (strings[0], ==, "0001-01");
  g_assert_cmpstr (strings[N_MANY - 1], ==, "8334-04");

  /* Remove every hundredth one. */
  for (guint i = 0; i < N_MANY; i += 100)
    {
      g_autoptr(StyrPeriod) period = nth_month (i);

      g_assert_true (styr_indicator_remove_measurement (ind, period));
    }
  g_assert_cmpuint (styr_indicator_get_n_measurements (ind), ==, N_MANY - N_MANY / 100);
  for (guint i = 0; i < N_MANY; i += 499)
    {
      g_autoptr(StyrPeriod) period = nth_month (i);

      g_assert_true (styr_indicator_lookup_value (ind, period, NULL) == (i % 100 != 0));
    }
  g_assert_cmpfloat (styr_indicator_get_measurement_value (ind, 0), ==, 1.0);
  g_assert_cmpfloat (styr_indicator_get_measurement_value (ind, 99), ==, 101.0);

  g_test_message ("%u measurements in random order: %.2f s", N_MANY,
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
}

/* The gender split and comment are kept apart from the plain rows and
 * their slots are reused and squeezed: random sets, replacements,
 * removals and clears, checked against a plain array after every step. */
#define N_CHURN_MONTHS 120

typedef struct
{
  gboolean present;
  double   value;
  double   women;
  double   men;
  char    *comment;
} ChurnRow;

static void
churn_check (StyrIndicator  *ind,
             const ChurnRow *rows)
{
  guint n = 0;

  for (guint i = 0; i < N_CHURN_MONTHS; i++)
    {
      g_autoptr(StyrPeriod) period = styr_period_new_month (2020 + (int) (i / 12), 1 + (int) (i % 12));
      double value, women, men;
      const char *comment;
      gboolean found = styr_indicator_lookup_measurement (ind, period, &value, &women, &men, &comment);

      g_assert_cmpint (found, ==, rows[i].present);
      if (!found)
        continue;
      n++;
      g_assert_cmpfloat (value, ==, rows[i].value);
      g_assert_true (isnan (women) == isnan (rows[i].women));
      g_assert_true (isnan (women) || women == rows[i].women);
      g_assert_true (isnan (men) == isnan (rows[i].men));
      g_assert_true (isnan (men) || men == rows[i].men);
      g_assert_cmpstr (comment, ==, rows[i].comment);
    }
  g_assert_cmpuint (styr_indicator_get_n_measurements (ind), ==, n);

  /* By position, too, in period order. */
  for (guint i = 0, position = 0; i < N_CHURN_MONTHS; i++)
    {
      double value, women, men;
      const char *comment;

      if (!rows[i].present)
        continue;
      styr_indicator_get_measurement (ind, position++, &value, &women, &men, &comment);
      g_assert_cmpfloat (value, ==, rows[i].value);
      g_assert_true (isnan (men) == isnan (rows[i].men));
      g_assert_cmpstr (comment, ==, rows[i].comment);
    }
}

static void
test_indicator_measurement_details_churn (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261205);
  ChurnRow rows[N_CHURN_MONTHS] = { { 0, } };

  for (int step = 0; step < 20000; step++)
    {
      guint i = (guint) g_rand_int_range (rand, 0, N_CHURN_MONTHS);
      g_autoptr(StyrPeriod) period = styr_period_new_month (2020 + (int) (i / 12), 1 + (int) (i % 12));
      int op = g_rand_int_range (rand, 0, 1000);

      if (op < 2)
        {
          styr_indicator_clear_measurements (ind);
          for (guint k = 0; k < N_CHURN_MONTHS; k++)
            {
              g_clear_pointer (&rows[k].comment, g_free);
              rows[k].present = FALSE;
            }
        }
      else if (op < 250)
        {
          g_assert_cmpint (styr_indicator_remove_measurement (ind, period), ==, rows[i].present);
          g_clear_pointer (&rows[i].comment, g_free);
          rows[i].present = FALSE;
        }
      else if (op < 350 && rows[i].present && rows[i].comment != NULL)
        {
          const char *own = NULL;
          g_autoptr(GError) error = NULL;

          /* The row's own comment given back to it. */
          styr_indicator_lookup_measurement (ind, period, NULL, NULL, NULL, &own);
          g_assert_true (styr_indicator_set_measurement (ind, period, step, NAN, NAN, own, &error));
          g_assert_no_error (error);
          rows[i].value = step;
          rows[i].women = NAN;
          rows[i].men = NAN;
        }
      else
        {
          g_autoptr(GError) error = NULL;
          gboolean split = g_rand_int_range (rand, 0, 3) == 0;
          gboolean commented = g_rand_int_range (rand, 0, 3) == 0;
          g_autofree char *comment = commented ? g_strdup_printf ("kommentar %d", step) : NULL;

          g_assert_true (styr_indicator_set_measurement (ind, period, step,
                                                         split ? step + 0.5 : NAN,
                                                         split ? step - 0.5 : NAN,
                                                         comment, &error));
          g_assert_no_error (error);
          rows[i].present = TRUE;
          rows[i].value = step;
          rows[i].women = split ? step + 0.5 : NAN;
          rows[i].men = split ? step - 0.5 : NAN;
          g_free (rows[i].comment);
          rows[i].comment = g_steal_pointer (&comment);
        }

      if (step % 97 == 0 || step > 19900)
        churn_check (ind, rows);
    }
  churn_check (ind, rows);

  for (guint k = 0; k < N_CHURN_MONTHS; k++)
    g_free (rows[k].comment);
}

static void
test_indicator_reverse_links (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Andel godkända");
  g_autoptr(StyrGoal) goal = styr_goal_new ("nm1", STYR_GOAL_LEVEL_BOARD, "Fler elever klarar skolan");
  g_autoptr(StyrActivity) act = styr_activity_new ("akt1", "Läsfrämjande insatser");
  g_autoptr(GError) error = NULL;
  GListModel *goals;
  GListModel *activities;

  g_assert_true (styr_model_add (model, STYR_ENTITY (ind), &error));
  g_assert_true (styr_model_add (model, STYR_ENTITY (goal), &error));
  g_assert_true (styr_model_add (model, STYR_ENTITY (act), &error));
  g_assert_no_error (error);

  goals = styr_indicator_get_goals (ind);
  activities = styr_indicator_get_activities (ind);
  g_assert_true (g_list_model_get_item_type (goals) == STYR_TYPE_GOAL);
  g_assert_true (g_list_model_get_item_type (activities) == STYR_TYPE_ACTIVITY);

  g_assert_true (styr_goal_add_indicator (goal, ind, &error));
  g_assert_true (styr_activity_add_indicator (act, ind, &error));
  g_assert_no_error (error);

  /* Live lists. */
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (activities), ==, 1);
  {
    g_autoptr(GObject) item = g_list_model_get_item (goals, 0);
    g_assert_true (item == (GObject *) goal);
  }

  /* An indicator links to nothing, so removing a goal or activity that
   * links to it is refused (they refer to it), not the other way round. */
  g_assert_false (styr_model_remove (model, STYR_ENTITY (ind), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_true (styr_goal_remove_indicator (goal, ind, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 0);

  /* The activity still expects it. */
  g_assert_false (styr_model_remove (model, STYR_ENTITY (ind), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);

  /* Removing the activity unlinks it from the indicator. */
  g_assert_true (styr_model_remove (model, STYR_ENTITY (act), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (activities), ==, 0);

  g_assert_true (styr_model_remove (model, STYR_ENTITY (ind), &error));
  g_assert_no_error (error);
  g_assert_null (styr_entity_get_model (STYR_ENTITY (ind)));
}

static void
test_indicator_model_dispose (void)
{
  StyrModel *model = styr_model_new ();
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(GError) error = NULL;
  GWeakRef goal_ref;
  GWeakRef act_ref;

  {
    g_autoptr(StyrGoal) goal = styr_goal_new ("nm1", STYR_GOAL_LEVEL_BOARD, "Mål");
    g_autoptr(StyrActivity) act = styr_activity_new ("akt1", "Aktivitet");
    g_autoptr(StyrPeriod) period = parse ("2025");

    g_assert_true (styr_model_add (model, STYR_ENTITY (ind), &error));
    g_assert_true (styr_model_add (model, STYR_ENTITY (goal), &error));
    g_assert_true (styr_model_add (model, STYR_ENTITY (act), &error));
    g_assert_true (styr_goal_add_indicator (goal, ind, &error));
    g_assert_true (styr_activity_add_indicator (act, ind, &error));
    g_assert_true (styr_activity_add_goal (act, goal, &error));
    g_assert_true (styr_indicator_set_value (ind, period, 1.0, &error));
    g_assert_no_error (error);

    /* Views held by an application. */
    g_assert_cmpuint (g_list_model_get_n_items (styr_indicator_get_goals (ind)), ==, 1);
    g_weak_ref_init (&goal_ref, goal);
    g_weak_ref_init (&act_ref, act);
  }

  /* The model goes while the indicator is still held: every link is cut,
   * and nothing keeps the goal or activity alive. */
  g_object_unref (model);

  g_assert_null (styr_entity_get_model (STYR_ENTITY (ind)));
  g_assert_cmpuint (g_list_model_get_n_items (styr_indicator_get_goals (ind)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_indicator_get_activities (ind)), ==, 0);
  g_assert_cmpuint (styr_indicator_get_n_measurements (ind), ==, 1);
  g_assert_null (g_weak_ref_get (&goal_ref));
  g_assert_null (g_weak_ref_get (&act_ref));
  g_weak_ref_clear (&goal_ref);
  g_weak_ref_clear (&act_ref);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/indicator/properties", test_indicator_properties);
  g_test_add_func ("/indicator/target/basic", test_indicator_target_basic);
  g_test_add_func ("/indicator/target/standing", test_indicator_target_standing);
  g_test_add_func ("/indicator/target/range", test_indicator_target_range);
  g_test_add_func ("/indicator/target/invalid", test_indicator_target_invalid);
  g_test_add_func ("/indicator/target/yellow", test_indicator_target_yellow);
  g_test_add_func ("/indicator/target/signal", test_indicator_target_signal);
  g_test_add_func ("/indicator/measurement/basic", test_indicator_measurement_basic);
  g_test_add_func ("/indicator/measurement/invalid", test_indicator_measurement_invalid);
  g_test_add_func ("/indicator/measurement/gender", test_indicator_measurement_gender);
  g_test_add_func ("/indicator/measurement/sorted", test_indicator_measurement_sorted);
  g_test_add_func ("/indicator/measurement/find", test_indicator_measurement_find);
  g_test_add_func ("/indicator/measurement/bulk-empty", test_indicator_measurement_bulk_empty);
  g_test_add_func ("/indicator/measurement/model-bulk", test_indicator_model_bulk_values);
  g_test_add_func ("/indicator/measurement/signal", test_indicator_measurement_signal);
  g_test_add_func ("/indicator/measurement/many", test_indicator_measurement_many);
  g_test_add_func ("/indicator/measurement/details-churn", test_indicator_measurement_details_churn);
  g_test_add_func ("/indicator/reverse-links", test_indicator_reverse_links);
  g_test_add_func ("/indicator/model-dispose", test_indicator_model_dispose);

  return g_test_run ();
}
