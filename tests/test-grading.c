/* test-grading.c — grading an indicator against its target, its trend,
 * the latest value as of a period, and comparative grading among
 * comparison municipalities (styr-grading.c)
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
set_value (StyrIndicator *ind,
           const char    *period_text,
           double         value)
{
  g_autoptr(StyrPeriod) period = parse (period_text);
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_indicator_set_value (ind, period, value, &error));
  g_assert_no_error (error);
}

static void
set_comparison (StyrIndicator *ind,
                const char    *kommunkod,
                const char    *period_text,
                double         value)
{
  g_autoptr(StyrPeriod) period = parse (period_text);
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_indicator_set_comparison_value (ind, kommunkod, period, value, &error));
  g_assert_no_error (error);
}

static StyrGrade
grade (StyrIndicator *ind,
       const char    *period_text)
{
  g_autoptr(StyrPeriod) period = parse (period_text);

  return styr_indicator_grade (ind, period);
}

static StyrTrend
trend (StyrIndicator *ind,
       const char    *period_text)
{
  g_autoptr(StyrPeriod) period = parse (period_text);

  return styr_indicator_get_trend (ind, period);
}

static StyrGrade
grade_comparative (StyrIndicator *ind,
                   const char    *period_text)
{
  g_autoptr(StyrPeriod) period = parse (period_text);

  return styr_indicator_grade_comparative (ind, period);
}

static void
count_signal (gpointer  instance,
              guint    *counter)
{
  (*counter)++;
}

/* The table ---------------------------------------------------------------- */

#define NONE NAN
#define H STYR_INDICATOR_DIRECTION_HIGHER
#define L STYR_INDICATOR_DIRECTION_LOWER
#define R STYR_INDICATOR_DIRECTION_RANGE

/* The value is for 2025, the previous one (if any) for 2024, the target
 * for 2025 (a range when high is set). */
typedef struct
{
  const char             *name;
  StyrIndicatorDirection  direction;
  double                  low;
  double                  high;
  double                  yellow;
  double                  baseline;
  double                  previous;
  double                  value;
  StyrGrade               grade;
  StyrTrend               trend;
} GradeCase;

static const GradeCase grade_cases[] = {
  /* Higher is better, target 80. */
  { "higher/at-target",              H, 80, NONE, NONE, NONE, NONE, 80,   STYR_GRADE_GREEN,  STYR_TREND_NO_DATA },
  { "higher/above-target",           H, 80, NONE, NONE, NONE, 70,   85,   STYR_GRADE_GREEN,  STYR_TREND_POSITIVE },
  { "higher/above-but-worse",        H, 80, NONE, NONE, NONE, 90,   85,   STYR_GRADE_GREEN,  STYR_TREND_NEGATIVE },
  { "higher/yellow/above-threshold", H, 80, NONE, 75,   NONE, NONE, 76,   STYR_GRADE_YELLOW, STYR_TREND_NO_DATA },
  { "higher/yellow/at-threshold",    H, 80, NONE, 75,   NONE, NONE, 75,   STYR_GRADE_YELLOW, STYR_TREND_NO_DATA },
  { "higher/yellow/below-threshold", H, 80, NONE, 75,   NONE, NONE, 74.9, STYR_GRADE_RED,    STYR_TREND_NO_DATA },
  { "higher/yellow/improved-red",    H, 80, NONE, 75,   NONE, 60,   70,   STYR_GRADE_RED,    STYR_TREND_POSITIVE },
  { "higher/yellow/above-worse",     H, 80, NONE, 75,   NONE, 79,   77,   STYR_GRADE_YELLOW, STYR_TREND_NEGATIVE },
  { "higher/improved-previous",      H, 80, NONE, NONE, NONE, 65,   70,   STYR_GRADE_YELLOW, STYR_TREND_POSITIVE },
  { "higher/worse-previous",         H, 80, NONE, NONE, NONE, 72,   70,   STYR_GRADE_RED,    STYR_TREND_NEGATIVE },
  { "higher/same-as-previous",       H, 80, NONE, NONE, NONE, 70,   70,   STYR_GRADE_RED,    STYR_TREND_UNCHANGED },
  { "higher/improved-baseline",      H, 80, NONE, NONE, 60,   NONE, 70,   STYR_GRADE_YELLOW, STYR_TREND_POSITIVE },
  { "higher/worse-baseline",         H, 80, NONE, NONE, 75,   NONE, 70,   STYR_GRADE_RED,    STYR_TREND_NEGATIVE },
  { "higher/previous-before-base",   H, 80, NONE, NONE, 60,   72,   70,   STYR_GRADE_RED,    STYR_TREND_NEGATIVE },
  { "higher/nothing-to-compare",     H, 80, NONE, NONE, NONE, NONE, 70,   STYR_GRADE_RED,    STYR_TREND_NO_DATA },
  { "higher/negative-values",        H, -5, NONE, NONE, NONE, -9,   -7,   STYR_GRADE_YELLOW, STYR_TREND_POSITIVE },
  /* A target range on a higher-is-better indicator: the low end counts. */
  { "higher/range-target",           H, 80, 90,   NONE, NONE, NONE, 85,   STYR_GRADE_GREEN,  STYR_TREND_NO_DATA },

  /* Lower is better, target 10 (e.g. sick leave in %). */
  { "lower/at-target",               L, 10, NONE, NONE, NONE, NONE, 10,   STYR_GRADE_GREEN,  STYR_TREND_NO_DATA },
  { "lower/below-target",            L, 10, NONE, NONE, NONE, 9,    8,    STYR_GRADE_GREEN,  STYR_TREND_POSITIVE },
  { "lower/yellow/below-threshold",  L, 10, NONE, 12,   NONE, NONE, 11,   STYR_GRADE_YELLOW, STYR_TREND_NO_DATA },
  { "lower/yellow/at-threshold",     L, 10, NONE, 12,   NONE, NONE, 12,   STYR_GRADE_YELLOW, STYR_TREND_NO_DATA },
  { "lower/yellow/above-threshold",  L, 10, NONE, 12,   NONE, 15,   13,   STYR_GRADE_RED,    STYR_TREND_POSITIVE },
  { "lower/improved-previous",       L, 10, NONE, NONE, NONE, 14,   12,   STYR_GRADE_YELLOW, STYR_TREND_POSITIVE },
  { "lower/worse-previous",          L, 10, NONE, NONE, NONE, 11,   12,   STYR_GRADE_RED,    STYR_TREND_NEGATIVE },
  { "lower/same-as-previous",        L, 10, NONE, NONE, NONE, 12,   12,   STYR_GRADE_RED,    STYR_TREND_UNCHANGED },
  { "lower/improved-baseline",       L, 10, NONE, NONE, 15,   NONE, 12,   STYR_GRADE_YELLOW, STYR_TREND_POSITIVE },
  { "lower/worse-baseline",          L, 10, NONE, NONE, 11,   NONE, 12,   STYR_GRADE_RED,    STYR_TREND_NEGATIVE },
  { "lower/nothing-to-compare",      L, 10, NONE, NONE, NONE, NONE, 12,   STYR_GRADE_RED,    STYR_TREND_NO_DATA },
  { "lower/range-target",            L, 5,  10,   NONE, NONE, NONE, 8,    STYR_GRADE_GREEN,  STYR_TREND_NO_DATA },

  /* A target range 90 … 95 (e.g. occupancy in %). */
  { "range/inside",                  R, 90, 95,   NONE, NONE, NONE, 92,   STYR_GRADE_GREEN,  STYR_TREND_NO_DATA },
  { "range/at-low",                  R, 90, 95,   NONE, NONE, NONE, 90,   STYR_GRADE_GREEN,  STYR_TREND_NO_DATA },
  { "range/at-high",                 R, 90, 95,   NONE, NONE, NONE, 95,   STYR_GRADE_GREEN,  STYR_TREND_NO_DATA },
  { "range/inside-both",             R, 90, 95,   NONE, NONE, 94,   91,   STYR_GRADE_GREEN,  STYR_TREND_UNCHANGED },
  { "range/into-range",              R, 90, 95,   NONE, NONE, 97,   93,   STYR_GRADE_GREEN,  STYR_TREND_POSITIVE },
  { "range/yellow/below",            R, 90, 95,   2,    NONE, NONE, 88,   STYR_GRADE_YELLOW, STYR_TREND_NO_DATA },
  { "range/yellow/above",            R, 90, 95,   2,    NONE, NONE, 97,   STYR_GRADE_YELLOW, STYR_TREND_NO_DATA },
  { "range/yellow/too-low",          R, 90, 95,   2,    NONE, NONE, 87.9, STYR_GRADE_RED,    STYR_TREND_NO_DATA },
  { "range/yellow/too-high",         R, 90, 95,   2,    NONE, 99,   98,   STYR_GRADE_RED,    STYR_TREND_POSITIVE },
  { "range/closer-from-below",       R, 90, 95,   NONE, NONE, 85,   88,   STYR_GRADE_YELLOW, STYR_TREND_POSITIVE },
  { "range/further-below",           R, 90, 95,   NONE, NONE, 89,   88,   STYR_GRADE_RED,    STYR_TREND_NEGATIVE },
  { "range/closer-from-above",       R, 90, 95,   NONE, NONE, 99,   97,   STYR_GRADE_YELLOW, STYR_TREND_POSITIVE },
  { "range/out-of-range",            R, 90, 95,   NONE, NONE, 93,   97,   STYR_GRADE_RED,    STYR_TREND_NEGATIVE },
  { "range/crossing-closer",         R, 90, 95,   NONE, NONE, 87,   97,   STYR_GRADE_YELLOW, STYR_TREND_POSITIVE },
  { "range/crossing-same",           R, 90, 95,   NONE, NONE, 88,   97,   STYR_GRADE_RED,    STYR_TREND_UNCHANGED },
  { "range/closer-baseline",         R, 90, 95,   NONE, 80,   NONE, 85,   STYR_GRADE_YELLOW, STYR_TREND_POSITIVE },
  { "range/nothing-to-compare",      R, 90, 95,   NONE, NONE, NONE, 85,   STYR_GRADE_RED,    STYR_TREND_NO_DATA },
  { "range/single-point-at",         R, 92, NONE, NONE, NONE, NONE, 92,   STYR_GRADE_GREEN,  STYR_TREND_NO_DATA },
  { "range/single-point-off",        R, 92, NONE, NONE, NONE, 95,   93,   STYR_GRADE_YELLOW, STYR_TREND_POSITIVE },
};

static void
test_grading_table (gconstpointer data)
{
  const GradeCase *c = data;
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(GError) error = NULL;

  styr_indicator_set_direction (ind, c->direction);
  styr_indicator_set_baseline (ind, c->baseline);

  if (isnan (c->high))
    g_assert_true (styr_indicator_set_target (ind, 2025, c->low, &error));
  else
    g_assert_true (styr_indicator_set_target_range (ind, 2025, c->low, c->high, &error));
  g_assert_no_error (error);

  if (!isnan (c->yellow))
    {
      g_assert_true (styr_indicator_set_yellow_threshold (ind, 2025, c->yellow, &error));
      g_assert_no_error (error);
    }

  if (!isnan (c->previous))
    set_value (ind, "2024", c->previous);
  set_value (ind, "2025", c->value);

  g_assert_cmpint (grade (ind, "2025"), ==, c->grade);
  g_assert_cmpint (trend (ind, "2025"), ==, c->trend);

  /* The same measurements without a target are not assessed, never red;
   * the trend of a higher/lower indicator needs no target. */
  g_assert_true (styr_indicator_clear_target (ind, 2025));
  g_assert_cmpint (grade (ind, "2025"), ==, STYR_GRADE_NOT_ASSESSED);
  if (c->direction != R)
    g_assert_cmpint (trend (ind, "2025"), ==, c->trend);
  else
    g_assert_cmpint (trend (ind, "2025"), ==, STYR_TREND_NO_DATA);
}

/* Targets ------------------------------------------------------------------ */

static void
test_grading_standing_target (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(GError) error = NULL;

  /* Standing target 80 without a threshold; 2025 has 90 with yellow 85. */
  g_assert_true (styr_indicator_set_target (ind, 0, 80, &error));
  g_assert_true (styr_indicator_set_target (ind, 2025, 90, &error));
  g_assert_true (styr_indicator_set_yellow_threshold (ind, 2025, 85, &error));
  g_assert_no_error (error);

  set_value (ind, "2024", 82);
  set_value (ind, "2025", 86);
  set_value (ind, "2026", 78);

  g_assert_cmpint (grade (ind, "2024"), ==, STYR_GRADE_GREEN);     /* 82 ≥ 80 (standing) */
  g_assert_cmpint (grade (ind, "2025"), ==, STYR_GRADE_YELLOW);    /* 85 ≤ 86 < 90 */
  g_assert_cmpint (grade (ind, "2026"), ==, STYR_GRADE_RED);       /* 78 < 80, worse than 86 */

  /* The standing target's threshold holds where the standing target does. */
  g_assert_true (styr_indicator_set_yellow_threshold (ind, 0, 75, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grade (ind, "2026"), ==, STYR_GRADE_YELLOW);

  /* A year with its own target uses its own threshold, or none: not the
   * standing one. 81 misses 90, is below 85 and worse than 82. */
  set_value (ind, "2025", 81);
  g_assert_cmpint (grade (ind, "2025"), ==, STYR_GRADE_RED);
  g_assert_true (styr_indicator_clear_yellow_threshold (ind, 2025));
  g_assert_cmpint (grade (ind, "2025"), ==, STYR_GRADE_RED);
  set_value (ind, "2025", 83);
  g_assert_cmpint (grade (ind, "2025"), ==, STYR_GRADE_YELLOW);    /* improved on 82 */

  /* Without its own target, 2025 falls back to the standing one. */
  g_assert_true (styr_indicator_clear_target (ind, 2025));
  g_assert_cmpint (grade (ind, "2025"), ==, STYR_GRADE_GREEN);

  /* Without any target nothing is assessed. */
  g_assert_true (styr_indicator_clear_target (ind, 0));
  g_assert_cmpint (grade (ind, "2024"), ==, STYR_GRADE_NOT_ASSESSED);
  g_assert_cmpint (grade (ind, "2025"), ==, STYR_GRADE_NOT_ASSESSED);
  g_assert_cmpint (grade (ind, "2026"), ==, STYR_GRADE_NOT_ASSESSED);
}

static void
test_grading_not_assessed (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(GError) error = NULL;

  /* Nothing at all. */
  g_assert_cmpint (grade (ind, "2025"), ==, STYR_GRADE_NOT_ASSESSED);
  g_assert_cmpint (trend (ind, "2025"), ==, STYR_TREND_NO_DATA);

  /* A target but no value. */
  g_assert_true (styr_indicator_set_target (ind, 2025, 80, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grade (ind, "2025"), ==, STYR_GRADE_NOT_ASSESSED);

  /* Only a later value: nothing known as of 2025. */
  set_value (ind, "2026", 10);
  g_assert_cmpint (grade (ind, "2025"), ==, STYR_GRADE_NOT_ASSESSED);
  g_assert_cmpint (trend (ind, "2025"), ==, STYR_TREND_NO_DATA);

  /* A value far off in a year without a target is not red. */
  g_assert_cmpint (grade (ind, "2026"), ==, STYR_GRADE_NOT_ASSESSED);

  /* Every direction. */
  for (int d = STYR_INDICATOR_DIRECTION_HIGHER; d <= STYR_INDICATOR_DIRECTION_RANGE; d++)
    {
      styr_indicator_set_direction (ind, d);
      g_assert_cmpint (grade (ind, "2026"), ==, STYR_GRADE_NOT_ASSESSED);
      g_assert_cmpint (grade (ind, "2025"), ==, STYR_GRADE_NOT_ASSESSED);
    }
}

/* Latest value as of a period ---------------------------------------------- */

static void
assert_latest (StyrIndicator *ind,
               const char    *asked,
               const char    *expected_period,
               double         expected_value)
{
  g_autoptr(StyrPeriod) period = parse (asked);
  g_autoptr(StyrPeriod) found = NULL;
  double value = 0;

  if (expected_period == NULL)
    {
      g_assert_false (styr_indicator_lookup_latest (ind, period, &value, &found));
      g_assert_true (isnan (value));
      g_assert_null (found);
    }
  else
    {
      g_autofree char *found_text = NULL;

      g_assert_true (styr_indicator_lookup_latest (ind, period, &value, &found));
      g_assert_nonnull (found);
      found_text = styr_period_to_string (found);
      g_assert_cmpstr (found_text, ==, expected_period);
      g_assert_cmpfloat (value, ==, expected_value);

      /* The out arguments are optional. */
      g_assert_true (styr_indicator_lookup_latest (ind, period, NULL, NULL));
    }
}

static void
test_grading_latest_yearly (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(GError) error = NULL;

  styr_indicator_set_frequency (ind, STYR_FREQUENCY_YEARLY);
  assert_latest (ind, "2025", NULL, 0);

  set_value (ind, "2023", 70);
  set_value (ind, "2024", 75);

  assert_latest (ind, "2022", NULL, 0);
  assert_latest (ind, "2022-12", NULL, 0);
  assert_latest (ind, "2023-T3", "2023", 70);  /* ends with the year */
  assert_latest (ind, "2024-T1", "2023", 70);
  assert_latest (ind, "2024-T2", "2023", 70);  /* 2024 ends after August */
  assert_latest (ind, "2024-Q3", "2023", 70);
  assert_latest (ind, "2024-T3", "2024", 75);
  assert_latest (ind, "2024-12", "2024", 75);
  assert_latest (ind, "2024", "2024", 75);
  assert_latest (ind, "2025-T2", "2024", 75);  /* 2025 has no value yet */
  assert_latest (ind, "2025", "2024", 75);
  assert_latest (ind, "2031-05", "2024", 75);

  /* Graded at 2025-T2 on 2024's value against 2025's target, and compared
   * with 2023's value. */
  g_assert_true (styr_indicator_set_target (ind, 2025, 80, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grade (ind, "2025-T2"), ==, STYR_GRADE_YELLOW);
  g_assert_cmpint (trend (ind, "2025-T2"), ==, STYR_TREND_POSITIVE);
  g_assert_cmpint (grade (ind, "2024-T2"), ==, STYR_GRADE_NOT_ASSESSED); /* no 2024 target */

  /* Once 2025 is in, the year is graded on it; T2 still is not. */
  set_value (ind, "2025", 81);
  g_assert_cmpint (grade (ind, "2025"), ==, STYR_GRADE_GREEN);
  g_assert_cmpint (grade (ind, "2025-T2"), ==, STYR_GRADE_YELLOW);
  g_assert_cmpint (grade (ind, "2025-T3"), ==, STYR_GRADE_GREEN);
}

static void
test_grading_latest_monthly (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");

  styr_indicator_set_frequency (ind, STYR_FREQUENCY_MONTHLY);
  /* Out of order. */
  set_value (ind, "2025-03", 3);
  set_value (ind, "2025-01", 1);
  set_value (ind, "2025-05", 5);
  set_value (ind, "2025-02", 2);
  set_value (ind, "2024-12", 12);

  assert_latest (ind, "2025-T1", "2025-03", 3);   /* April has none */
  assert_latest (ind, "2025-Q1", "2025-03", 3);
  assert_latest (ind, "2025-T2", "2025-05", 5);
  assert_latest (ind, "2025-04", "2025-03", 3);
  assert_latest (ind, "2025-01", "2025-01", 1);
  assert_latest (ind, "2024", "2024-12", 12);
  assert_latest (ind, "2025", "2025-05", 5);
  assert_latest (ind, "2024-11", NULL, 0);

  /* The period itself wins; of two that end in the same month, the one
   * that starts last. */
  set_value (ind, "2025", 100);
  assert_latest (ind, "2025", "2025", 100);
  assert_latest (ind, "2025-T3", "2025", 100);    /* ends in December too */
  assert_latest (ind, "2025-T2", "2025-05", 5);   /* 2025 ends later */
  set_value (ind, "2025-12", 112);
  assert_latest (ind, "2025", "2025", 100);
  assert_latest (ind, "2025-T3", "2025-12", 112);
  assert_latest (ind, "2025-Q4", "2025-12", 112);
  set_value (ind, "2025-T3", 103);
  assert_latest (ind, "2025-T3", "2025-T3", 103);
  assert_latest (ind, "2025-Q4", "2025-12", 112);
  assert_latest (ind, "2026-01", "2025-12", 112);
}

static void
test_grading_latest_many (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");

  /* Fifty years of months with every other month missing, set in a
   * scrambled order (7 and 300 are coprime), so that the later rows go
   * through the indicator's unsorted tail. */
  for (int i = 0; i < 300; i++)
    {
      int k = (i * 7) % 300;
      int year = 1980 + k / 6;
      int month = 1 + 2 * (k % 6);
      g_autoptr(StyrPeriod) period = styr_period_new_month (year, month);
      g_autoptr(GError) error = NULL;

      g_assert_true (styr_indicator_set_value (ind, period, year * 100 + month, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (styr_indicator_get_n_measurements (ind), ==, 300);

  assert_latest (ind, "1979-12", NULL, 0);
  assert_latest (ind, "2029", "2029-11", 202911);
  assert_latest (ind, "2100-T1", "2029-11", 202911);

  for (int year = 1980; year < 2030; year++)
    for (int month = 1; month <= 12; month++)
      {
        g_autoptr(StyrPeriod) period = styr_period_new_month (year, month);
        double value = 0;

        g_assert_true (styr_indicator_lookup_latest (ind, period, &value, NULL));
        g_assert_cmpfloat (value, ==, year * 100 + (month % 2 == 1 ? month : month - 1));
      }
}

/* Trend -------------------------------------------------------------------- */

static void
test_grading_trend (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (trend (ind, "2025"), ==, STYR_TREND_NO_DATA);

  /* One value and no baseline: nothing to compare with. */
  set_value (ind, "2024", 100);
  g_assert_cmpint (trend (ind, "2024"), ==, STYR_TREND_NO_DATA);

  /* The baseline when there is no earlier value. */
  styr_indicator_set_baseline (ind, 90);
  g_assert_cmpint (trend (ind, "2024"), ==, STYR_TREND_POSITIVE);
  styr_indicator_set_baseline (ind, 100);
  g_assert_cmpint (trend (ind, "2024"), ==, STYR_TREND_UNCHANGED);
  styr_indicator_set_direction (ind, STYR_INDICATOR_DIRECTION_LOWER);
  styr_indicator_set_baseline (ind, 90);
  g_assert_cmpint (trend (ind, "2024"), ==, STYR_TREND_NEGATIVE);
  styr_indicator_set_direction (ind, STYR_INDICATOR_DIRECTION_HIGHER);
  styr_indicator_set_baseline (ind, NAN);

  /* The previous value of the same kind of period, not the one just
   * before in period order: 2025 sorts right before 2025-01, and 2024-12
   * right before 2025. */
  set_value (ind, "2024-12", 40);
  set_value (ind, "2025", 10);
  set_value (ind, "2025-01", 50);
  set_value (ind, "2025-02", 50);
  set_value (ind, "2025-03", 45);

  g_assert_cmpint (trend (ind, "2024-12"), ==, STYR_TREND_NO_DATA);   /* no earlier month */
  g_assert_cmpint (trend (ind, "2025-01"), ==, STYR_TREND_POSITIVE);  /* 40 → 50 */
  g_assert_cmpint (trend (ind, "2025-02"), ==, STYR_TREND_UNCHANGED); /* 50 → 50 */
  g_assert_cmpint (trend (ind, "2025-03"), ==, STYR_TREND_NEGATIVE);  /* 50 → 45 */
  g_assert_cmpint (trend (ind, "2025"), ==, STYR_TREND_NEGATIVE);     /* 100 → 10 */
  g_assert_cmpint (trend (ind, "2025-T1"), ==, STYR_TREND_NEGATIVE);  /* 2025-03 is used */
  g_assert_cmpint (trend (ind, "2025-T2"), ==, STYR_TREND_NEGATIVE);

  /* A tertial compares with the tertial before, however far back. */
  set_value (ind, "2023-T3", 20);
  set_value (ind, "2025-T1", 30);
  g_assert_cmpint (trend (ind, "2025-T1"), ==, STYR_TREND_POSITIVE);
  g_assert_cmpint (trend (ind, "2025-T2"), ==, STYR_TREND_POSITIVE);  /* 2025-T1 ends last */

  /* A range needs the target to tell which way is better. */
  styr_indicator_set_direction (ind, STYR_INDICATOR_DIRECTION_RANGE);
  g_assert_cmpint (trend (ind, "2025-02"), ==, STYR_TREND_NO_DATA);
  g_assert_true (styr_indicator_set_target_range (ind, 0, 46, 48, &error));
  g_assert_no_error (error);
  g_assert_cmpint (trend (ind, "2025-01"), ==, STYR_TREND_POSITIVE);  /* 6 from the range → 2 */
  g_assert_cmpint (trend (ind, "2025-02"), ==, STYR_TREND_UNCHANGED); /* 2 → 2 */
  g_assert_cmpint (trend (ind, "2025-03"), ==, STYR_TREND_POSITIVE);  /* 2 → 1, from below */
}

/* Comparative grading ------------------------------------------------------ */

static void
test_grading_comparative_four (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  static const struct {
    double own;
    StyrGrade higher;
    StyrGrade lower;
  } cases[] = {
    { 41, STYR_GRADE_GREEN,  STYR_GRADE_RED },    /* share 0 / 1 */
    { 40, STYR_GRADE_GREEN,  STYR_GRADE_RED },    /* tie with the best: 0.125 / 0.875 */
    { 35, STYR_GRADE_YELLOW, STYR_GRADE_YELLOW }, /* 0.25 / 0.75 */
    { 30, STYR_GRADE_YELLOW, STYR_GRADE_YELLOW }, /* 0.375 / 0.625 */
    { 25, STYR_GRADE_YELLOW, STYR_GRADE_YELLOW }, /* 0.5 */
    { 15, STYR_GRADE_YELLOW, STYR_GRADE_YELLOW }, /* 0.75 / 0.25 */
    { 10, STYR_GRADE_RED,    STYR_GRADE_GREEN },  /* tie with the worst */
    { 5,  STYR_GRADE_RED,    STYR_GRADE_GREEN },
  };

  set_comparison (ind, "0180", "2025", 10);
  set_comparison (ind, "1480", "2025", 20);
  set_comparison (ind, "1280", "2025", 30);
  set_comparison (ind, "0380", "2025", 40);
  /* Other periods do not count. */
  set_comparison (ind, "0580", "2024", 1000);
  set_comparison (ind, "0580", "2025-T2", 1000);
  set_comparison (ind, "0580", "2026", -1000);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      set_value (ind, "2025", cases[i].own);
      styr_indicator_set_direction (ind, STYR_INDICATOR_DIRECTION_HIGHER);
      g_assert_cmpint (grade_comparative (ind, "2025"), ==, cases[i].higher);
      styr_indicator_set_direction (ind, STYR_INDICATOR_DIRECTION_LOWER);
      g_assert_cmpint (grade_comparative (ind, "2025"), ==, cases[i].lower);
      styr_indicator_set_direction (ind, STYR_INDICATOR_DIRECTION_RANGE);
      g_assert_cmpint (grade_comparative (ind, "2025"), ==, STYR_GRADE_NOT_ASSESSED);
    }

  /* Targets play no part. */
  styr_indicator_set_direction (ind, STYR_INDICATOR_DIRECTION_HIGHER);
  g_assert_true (styr_indicator_set_target (ind, 0, 1000, NULL));
  set_value (ind, "2025", 41);
  g_assert_cmpint (grade_comparative (ind, "2025"), ==, STYR_GRADE_GREEN);
  g_assert_cmpint (grade (ind, "2025"), ==, STYR_GRADE_RED);

  /* Three ties and one worse: share 3/8. */
  set_value (ind, "2026", 7);
  set_comparison (ind, "0180", "2026", 7);
  set_comparison (ind, "1480", "2026", 7);
  set_comparison (ind, "1280", "2026", 7);
  g_assert_cmpint (grade_comparative (ind, "2026"), ==, STYR_GRADE_YELLOW);
}

static void
test_grading_comparative_290 (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  static const struct {
    double own;
    StyrGrade higher;
    StyrGrade lower;
  } cases[] = {
    /* 290 values 1 … 290; better = how many exceed the own value. */
    { 290.5, STYR_GRADE_GREEN,  STYR_GRADE_RED },
    { 218.5, STYR_GRADE_GREEN,  STYR_GRADE_RED },    /* 72 better: 0.248 */
    { 217.5, STYR_GRADE_YELLOW, STYR_GRADE_YELLOW }, /* 73 better: 0.252; 217 below: 0.748 */
    { 219,   STYR_GRADE_GREEN,  STYR_GRADE_RED },    /* 71 better and a tie: 0.247 / 0.753 */
    { 218,   STYR_GRADE_YELLOW, STYR_GRADE_YELLOW }, /* 72 and a tie: exactly 0.25 / 0.75 */
    { 145.5, STYR_GRADE_YELLOW, STYR_GRADE_YELLOW },
    { 73.5,  STYR_GRADE_YELLOW, STYR_GRADE_YELLOW }, /* 217 better: 0.748 / 0.252 */
    { 73,    STYR_GRADE_YELLOW, STYR_GRADE_YELLOW }, /* 217 and a tie: 0.75 / 0.25 */
    { 72.5,  STYR_GRADE_RED,    STYR_GRADE_GREEN },  /* 218 better: 0.752 */
    { 0,     STYR_GRADE_RED,    STYR_GRADE_GREEN },
  };

  /* Inserted in a scrambled order; 290 and 17 are coprime. */
  for (guint i = 0; i < 290; i++)
    {
      guint n = (i * 17) % 290 + 1;
      g_autofree char *code = g_strdup_printf ("%04u", n * 10);

      set_comparison (ind, code, "2025", n);
    }
  g_assert_cmpuint (styr_indicator_get_n_comparison_values (ind), ==, 290);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      set_value (ind, "2025", cases[i].own);
      styr_indicator_set_direction (ind, STYR_INDICATOR_DIRECTION_HIGHER);
      g_assert_cmpint (grade_comparative (ind, "2025"), ==, cases[i].higher);
      styr_indicator_set_direction (ind, STYR_INDICATOR_DIRECTION_LOWER);
      g_assert_cmpint (grade_comparative (ind, "2025"), ==, cases[i].lower);
    }
}

static void
test_grading_comparative_too_few (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");

  /* No own value, no comparisons. */
  g_assert_cmpint (grade_comparative (ind, "2025"), ==, STYR_GRADE_NOT_ASSESSED);

  set_value (ind, "2025", 50);
  g_assert_cmpint (grade_comparative (ind, "2025"), ==, STYR_GRADE_NOT_ASSESSED);
  set_comparison (ind, "0180", "2025", 10);
  set_comparison (ind, "1480", "2025", 20);
  g_assert_cmpint (grade_comparative (ind, "2025"), ==, STYR_GRADE_NOT_ASSESSED);
  /* Replacing a value adds no municipality. */
  set_comparison (ind, "1480", "2025", 30);
  g_assert_cmpint (grade_comparative (ind, "2025"), ==, STYR_GRADE_NOT_ASSESSED);
  set_comparison (ind, "1280", "2025", 40);
  g_assert_cmpint (grade_comparative (ind, "2025"), ==, STYR_GRADE_GREEN);

  /* The own value must be for exactly the period: the latest value as of
   * 2026 does not count. */
  set_comparison (ind, "0180", "2026", 10);
  set_comparison (ind, "1480", "2026", 20);
  set_comparison (ind, "1280", "2026", 40);
  g_assert_cmpint (grade_comparative (ind, "2026"), ==, STYR_GRADE_NOT_ASSESSED);
  g_assert_cmpint (grade_comparative (ind, "2025-T2"), ==, STYR_GRADE_NOT_ASSESSED);
}

/* Comparison storage ------------------------------------------------------- */

static void
test_grading_comparison_storage (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(StyrPeriod) y2025 = parse ("2025");
  g_autoptr(StyrPeriod) y2024 = parse ("2024");
  g_auto(GStrv) codes = NULL;
  double value = 0;
  guint changed = 0;

  g_signal_connect (ind, "comparison-values-changed", G_CALLBACK (count_signal), &changed);

  codes = styr_indicator_dup_comparison_municipalities (ind);
  g_assert_nonnull (codes);
  g_assert_cmpuint (g_strv_length (codes), ==, 0);
  g_clear_pointer (&codes, g_strfreev);
  g_assert_false (styr_indicator_lookup_comparison_value (ind, "0180", y2025, &value));
  g_assert_true (isnan (value));

  set_comparison (ind, "2580", "2025", 3.5);
  set_comparison (ind, "0114", "2025", 1.5);
  set_comparison (ind, "0180", "2024", 2.0);
  set_comparison (ind, "0114", "2024", 1.0);
  g_assert_cmpuint (changed, ==, 4);
  g_assert_cmpuint (styr_indicator_get_n_comparison_values (ind), ==, 4);

  g_assert_true (styr_indicator_lookup_comparison_value (ind, "0114", y2025, &value));
  g_assert_cmpfloat (value, ==, 1.5);
  g_assert_true (styr_indicator_lookup_comparison_value (ind, "0114", y2024, &value));
  g_assert_cmpfloat (value, ==, 1.0);
  g_assert_true (styr_indicator_lookup_comparison_value (ind, "0180", y2024, NULL));
  g_assert_false (styr_indicator_lookup_comparison_value (ind, "0180", y2025, &value));
  g_assert_true (isnan (value));
  g_assert_false (styr_indicator_lookup_comparison_value (ind, "114", y2025, &value));
  g_assert_false (styr_indicator_lookup_comparison_value (ind, "x114", y2025, &value));

  /* Replacing keeps the count. */
  set_comparison (ind, "0114", "2025", -2.5);
  g_assert_cmpuint (styr_indicator_get_n_comparison_values (ind), ==, 4);
  g_assert_true (styr_indicator_lookup_comparison_value (ind, "0114", y2025, &value));
  g_assert_cmpfloat (value, ==, -2.5);

  /* Sorted, each once, with their leading zeros. */
  codes = styr_indicator_dup_comparison_municipalities (ind);
  g_assert_cmpuint (g_strv_length (codes), ==, 3);
  g_assert_cmpstr (codes[0], ==, "0114");
  g_assert_cmpstr (codes[1], ==, "0180");
  g_assert_cmpstr (codes[2], ==, "2580");
  g_clear_pointer (&codes, g_strfreev);

  changed = 0;
  styr_indicator_clear_comparison_values (ind);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (styr_indicator_get_n_comparison_values (ind), ==, 0);
  g_assert_false (styr_indicator_lookup_comparison_value (ind, "0114", y2025, NULL));
  styr_indicator_clear_comparison_values (ind);
  g_assert_cmpuint (changed, ==, 1);

  /* 0000 and 9999 are four digits. */
  set_comparison (ind, "0000", "2025", 0);
  set_comparison (ind, "9999", "2025", 9);
  codes = styr_indicator_dup_comparison_municipalities (ind);
  g_assert_cmpuint (g_strv_length (codes), ==, 2);
  g_assert_cmpstr (codes[0], ==, "0000");
  g_assert_cmpstr (codes[1], ==, "9999");
}

static void
test_grading_comparison_invalid (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(StyrPeriod) period = parse ("2025");
  static const char * const bad_codes[] = {
    "", "180", "01800", "01a0", "abcd", " 180", "0180 ", "-180", "+180", "０１８０",
  };
  guint changed = 0;

  g_signal_connect (ind, "comparison-values-changed", G_CALLBACK (count_signal), &changed);

  for (gsize i = 0; i < G_N_ELEMENTS (bad_codes); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (styr_indicator_set_comparison_value (ind, bad_codes[i], period, 1.0, &error));
      g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
    }

  for (int i = 0; i < 3; i++)
    {
      const double bad_values[] = { NAN, INFINITY, -INFINITY };
      g_autoptr(GError) error = NULL;

      g_assert_false (styr_indicator_set_comparison_value (ind, "0180", period, bad_values[i], &error));
      g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
    }

  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpuint (styr_indicator_get_n_comparison_values (ind), ==, 0);
}

static void
test_grading_comparison_apart (void)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new ("ind", "Test");
  g_autoptr(StyrPeriod) period = parse ("2025");
  g_autofree double *values = NULL;
  g_auto(GStrv) periods = NULL;
  gsize n_values = 0;
  guint measurements_changed = 0, comparisons_changed = 0;
  double value = 0;

  set_value (ind, "2024", 70);
  set_value (ind, "2025", 75);

  g_signal_connect (ind, "measurements-changed", G_CALLBACK (count_signal), &measurements_changed);
  g_signal_connect (ind, "comparison-values-changed", G_CALLBACK (count_signal), &comparisons_changed);

  set_comparison (ind, "0180", "2025", 90);
  set_comparison (ind, "0180", "2023", 80);
  set_comparison (ind, "1480", "2025", 60);

  g_assert_cmpuint (comparisons_changed, ==, 3);
  g_assert_cmpuint (measurements_changed, ==, 0);
  g_assert_cmpuint (styr_indicator_get_n_measurements (ind), ==, 2);
  g_assert_true (styr_indicator_lookup_value (ind, period, &value));
  g_assert_cmpfloat (value, ==, 75);
  values = styr_indicator_dup_values (ind, &n_values);
  g_assert_cmpuint (n_values, ==, 2);
  g_assert_cmpfloat (values[0], ==, 70);
  g_assert_cmpfloat (values[1], ==, 75);
  periods = styr_indicator_dup_period_strings (ind);
  g_assert_cmpuint (g_strv_length (periods), ==, 2);
  g_assert_cmpstr (periods[0], ==, "2024");
  g_assert_cmpstr (periods[1], ==, "2025");

  /* Comparison values are no measurements: no latest value from them. */
  assert_latest (ind, "2023", NULL, 0);

  /* Clearing one kind leaves the other. */
  styr_indicator_clear_comparison_values (ind);
  g_assert_cmpuint (styr_indicator_get_n_measurements (ind), ==, 2);
  g_assert_cmpuint (measurements_changed, ==, 0);

  set_comparison (ind, "0180", "2025", 90);
  styr_indicator_clear_measurements (ind);
  g_assert_cmpuint (styr_indicator_get_n_comparison_values (ind), ==, 1);
  g_assert_true (styr_indicator_lookup_comparison_value (ind, "0180", period, &value));
  g_assert_cmpfloat (value, ==, 90);
}

static void
test_grading_strings (void)
{
  g_assert_cmpstr (styr_grade_to_string (STYR_GRADE_GREEN), ==, "uppfyllt");
  g_assert_cmpstr (styr_grade_to_string (STYR_GRADE_YELLOW), ==, "delvis uppfyllt");
  g_assert_cmpstr (styr_grade_to_string (STYR_GRADE_RED), ==, "ej uppfyllt");
  g_assert_cmpstr (styr_grade_to_string (STYR_GRADE_NOT_ASSESSED), ==, "ej bedömd");
  g_assert_cmpstr (styr_trend_to_string (STYR_TREND_POSITIVE), ==, "positiv");
  g_assert_cmpstr (styr_trend_to_string (STYR_TREND_UNCHANGED), ==, "oförändrad");
  g_assert_cmpstr (styr_trend_to_string (STYR_TREND_NEGATIVE), ==, "negativ");
  g_assert_cmpstr (styr_trend_to_string (STYR_TREND_NO_DATA), ==, "underlag saknas");

  /* Registered enums, for properties and bindings. */
  g_assert_true (G_TYPE_IS_ENUM (STYR_TYPE_GRADE));
  g_assert_true (G_TYPE_IS_ENUM (STYR_TYPE_TREND));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (grade_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/grading/table/", grade_cases[i].name, NULL);

      g_test_add_data_func (path, &grade_cases[i], test_grading_table);
    }
  g_test_add_func ("/grading/standing-target", test_grading_standing_target);
  g_test_add_func ("/grading/not-assessed", test_grading_not_assessed);
  g_test_add_func ("/grading/latest/yearly", test_grading_latest_yearly);
  g_test_add_func ("/grading/latest/monthly", test_grading_latest_monthly);
  g_test_add_func ("/grading/latest/many", test_grading_latest_many);
  g_test_add_func ("/grading/trend", test_grading_trend);
  g_test_add_func ("/grading/comparative/four", test_grading_comparative_four);
  g_test_add_func ("/grading/comparative/290", test_grading_comparative_290);
  g_test_add_func ("/grading/comparative/too-few", test_grading_comparative_too_few);
  g_test_add_func ("/grading/comparison/storage", test_grading_comparison_storage);
  g_test_add_func ("/grading/comparison/invalid", test_grading_comparison_invalid);
  g_test_add_func ("/grading/comparison/apart", test_grading_comparison_apart);
  g_test_add_func ("/grading/strings", test_grading_strings);

  return g_test_run ();
}
