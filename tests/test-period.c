/* test-period.c — periods of the follow-up calendar (StyrPeriod)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <libstyr/styr.h>

static void
assert_round_trip (const char     *text,
                   StyrPeriodKind  kind,
                   int             year,
                   int             number,
                   int             first_month,
                   int             last_month)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) period = styr_period_parse (text, &error);
  g_autofree char *written = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (period);
  g_assert_cmpint (styr_period_get_kind (period), ==, kind);
  g_assert_cmpint (styr_period_get_year (period), ==, year);
  g_assert_cmpint (styr_period_get_number (period), ==, number);
  g_assert_cmpint (styr_period_get_first_month (period), ==, first_month);
  g_assert_cmpint (styr_period_get_last_month (period), ==, last_month);

  written = styr_period_to_string (period);
  g_assert_cmpstr (written, ==, text);
}

static void
test_period_parse_valid (void)
{
  assert_round_trip ("2025", STYR_PERIOD_KIND_YEAR, 2025, 1, 1, 12);
  assert_round_trip ("2025-T1", STYR_PERIOD_KIND_TERTIAL, 2025, 1, 1, 4);
  assert_round_trip ("2025-T2", STYR_PERIOD_KIND_TERTIAL, 2025, 2, 5, 8);
  assert_round_trip ("2025-T3", STYR_PERIOD_KIND_TERTIAL, 2025, 3, 9, 12);
  assert_round_trip ("2025-Q1", STYR_PERIOD_KIND_QUARTER, 2025, 1, 1, 3);
  assert_round_trip ("2025-Q3", STYR_PERIOD_KIND_QUARTER, 2025, 3, 7, 9);
  assert_round_trip ("2025-Q4", STYR_PERIOD_KIND_QUARTER, 2025, 4, 10, 12);
  assert_round_trip ("2025-01", STYR_PERIOD_KIND_MONTH, 2025, 1, 1, 1);
  assert_round_trip ("2025-05", STYR_PERIOD_KIND_MONTH, 2025, 5, 5, 5);
  assert_round_trip ("2025-12", STYR_PERIOD_KIND_MONTH, 2025, 12, 12, 12);
  assert_round_trip ("0001", STYR_PERIOD_KIND_YEAR, 1, 1, 1, 12);
  assert_round_trip ("9999-12", STYR_PERIOD_KIND_MONTH, 9999, 12, 12, 12);
}

static void
test_period_parse_lowercase (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) t = styr_period_parse ("2025-t2", &error);
  g_autoptr(StyrPeriod) q = NULL;
  g_autofree char *t_text = NULL;
  g_autofree char *q_text = NULL;

  g_assert_no_error (error);
  t_text = styr_period_to_string (t);
  g_assert_cmpstr (t_text, ==, "2025-T2");

  q = styr_period_parse ("2025-q3", &error);
  g_assert_no_error (error);
  q_text = styr_period_to_string (q);
  g_assert_cmpstr (q_text, ==, "2025-Q3");
}

static void
test_period_parse_invalid (void)
{
  static const char * const invalid[] = {
    "", "25", "202", "20255", "2025-", "2025-T", "2025-T0", "2025-T4",
    "2025-T12", "2025-Q0", "2025-Q5", "2025-00", "2025-13", "2025-5",
    "2025-005", "2025-05x", "2025-T2 ", " 2025", "2025/05", "2025-X1",
    "0000", "abcd", "2025-1a", "-2025", "+2025", "2025-Ｔ2",
  };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StyrPeriod) period = styr_period_parse (invalid[i], &error);

      g_test_message ("parsing »%s«", invalid[i]);
      g_assert_null (period);
      g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
      /* The message quotes the text so the user sees what was wrong. */
      g_assert_nonnull (strstr (error->message, invalid[i]));
    }
}

static void
test_period_parse_message (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) period = styr_period_parse ("2025-T4", &error);

  g_assert_null (period);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "»2025-T4«"));
  g_assert_nonnull (strstr (error->message, "T1–T3"));
  g_clear_error (&error);

  period = styr_period_parse ("25", &error);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "»25«"));
  g_assert_nonnull (strstr (error->message, "2025-T2"));
  g_assert_nonnull (strstr (error->message, "2025-05"));
}

static void
test_period_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) period = NULL;
  g_autoptr(StyrPeriod) tertial = styr_period_new_tertial (2025, 2);
  g_autoptr(StyrPeriod) quarter = styr_period_new_quarter (2025, 3);
  g_autoptr(StyrPeriod) month = styr_period_new_month (2025, 5);
  g_autoptr(StyrPeriod) year = styr_period_new_year (2025);
  g_autoptr(StyrPeriod) copy = NULL;

  period = styr_period_new (STYR_PERIOD_KIND_TERTIAL, 2025, 2, &error);
  g_assert_no_error (error);
  g_assert_true (styr_period_equal (period, tertial));
  g_assert_cmpuint (styr_period_hash (period), ==, styr_period_hash (tertial));
  g_assert_cmpint (styr_period_compare (period, tertial), ==, 0);

  g_assert_cmpint (styr_period_get_kind (quarter), ==, STYR_PERIOD_KIND_QUARTER);
  g_assert_cmpint (styr_period_get_kind (month), ==, STYR_PERIOD_KIND_MONTH);
  g_assert_cmpint (styr_period_get_kind (year), ==, STYR_PERIOD_KIND_YEAR);
  g_assert_cmpint (styr_period_get_number (year), ==, 1);

  copy = styr_period_copy (quarter);
  g_assert_true (copy != quarter);
  g_assert_true (styr_period_equal (copy, quarter));

  /* The boxed type copies and frees through GValue. */
  {
    g_auto(GValue) value = G_VALUE_INIT;
    StyrPeriod *boxed;

    g_value_init (&value, STYR_TYPE_PERIOD);
    g_value_set_boxed (&value, month);
    boxed = g_value_get_boxed (&value);
    g_assert_true (boxed != month);
    g_assert_true (styr_period_equal (boxed, month));
  }

  /* Different kinds are different periods even when they cover the same
   * months' start. */
  {
    g_autoptr(StyrPeriod) t1 = styr_period_new_tertial (2025, 1);
    g_autoptr(StyrPeriod) q1 = styr_period_new_quarter (2025, 1);

    g_assert_false (styr_period_equal (t1, q1));
    g_assert_cmpint (styr_period_compare (t1, q1), !=, 0);
  }
}

static void
test_period_new_invalid (void)
{
  static const struct { StyrPeriodKind kind; int year; int number; } invalid[] = {
    { STYR_PERIOD_KIND_YEAR, 0, 1 },
    { STYR_PERIOD_KIND_YEAR, 10000, 1 },
    { STYR_PERIOD_KIND_YEAR, -5, 1 },
    { STYR_PERIOD_KIND_YEAR, 2025, 2 },
    { STYR_PERIOD_KIND_YEAR, 2025, 0 },
    { STYR_PERIOD_KIND_TERTIAL, 2025, 0 },
    { STYR_PERIOD_KIND_TERTIAL, 2025, 4 },
    { STYR_PERIOD_KIND_QUARTER, 2025, 5 },
    { STYR_PERIOD_KIND_MONTH, 2025, 0 },
    { STYR_PERIOD_KIND_MONTH, 2025, 13 },
    { (StyrPeriodKind) 17, 2025, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StyrPeriod) period = styr_period_new (invalid[i].kind, invalid[i].year,
                                                      invalid[i].number, &error);

      g_assert_null (period);
      g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
    }
}

static void
test_period_new_precondition (void)
{
  if (g_test_subprocess ())
    {
      StyrPeriod *period = styr_period_new_tertial (2025, 4);

      g_assert_null (period);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*styr_period_new_tertial*");
}

static void
assert_date (GDate *date,
             int    day,
             int    month,
             int    year)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_day (date), ==, day);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_year (date), ==, year);
  g_date_free (date);
}

static void
test_period_dates (void)
{
  g_autoptr(StyrPeriod) t2 = styr_period_new_tertial (2025, 2);
  g_autoptr(StyrPeriod) feb_leap = styr_period_new_month (2024, 2);
  g_autoptr(StyrPeriod) feb = styr_period_new_month (2025, 2);
  g_autoptr(StyrPeriod) q4 = styr_period_new_quarter (2025, 4);
  g_autoptr(StyrPeriod) year = styr_period_new_year (2025);

  /* A report per 2025-T2 is made up to 31 August. */
  assert_date (styr_period_get_start_date (t2), 1, 5, 2025);
  assert_date (styr_period_get_end_date (t2), 31, 8, 2025);
  assert_date (styr_period_get_end_date (feb_leap), 29, 2, 2024);
  assert_date (styr_period_get_end_date (feb), 28, 2, 2025);
  assert_date (styr_period_get_start_date (q4), 1, 10, 2025);
  assert_date (styr_period_get_end_date (q4), 31, 12, 2025);
  assert_date (styr_period_get_start_date (year), 1, 1, 2025);
  assert_date (styr_period_get_end_date (year), 31, 12, 2025);
}

static void
test_period_cumulative (void)
{
  g_autoptr(StyrPeriod) t2 = styr_period_new_tertial (2025, 2);
  g_autoptr(StyrPeriod) year = styr_period_get_year_period (t2);
  g_autofree char *text = styr_period_to_string (year);

  g_assert_cmpstr (text, ==, "2025");
  g_assert_cmpint (styr_period_get_first_month (year), ==, 1);
  g_assert_cmpint (styr_period_get_last_month (t2), ==, 8);

  /* The tertial itself covers May–August … */
  g_assert_false (styr_period_covers_month (t2, 2025, 4));
  g_assert_true (styr_period_covers_month (t2, 2025, 5));
  g_assert_true (styr_period_covers_month (t2, 2025, 8));
  g_assert_false (styr_period_covers_month (t2, 2025, 9));
  g_assert_false (styr_period_covers_month (t2, 2024, 6));
  /* … and the year covers the cumulative January–August with the rest. */
  g_assert_true (styr_period_covers_month (year, 2025, 1));
  g_assert_true (styr_period_covers_month (year, 2025, 12));
  g_assert_false (styr_period_covers_month (year, 2026, 1));
}

static StyrPeriod *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  StyrPeriod *period = styr_period_parse (text, &error);

  g_assert_no_error (error);
  return period;
}

static void
test_period_compare (void)
{
  /* Start month first, then the longer period first. */
  static const char * const order[] = {
    "2024-12",
    "2025", "2025-T1", "2025-Q1", "2025-01", "2025-02", "2025-03",
    "2025-Q2", "2025-04", "2025-T2", "2025-05", "2025-06", "2025-Q3",
    "2025-07", "2025-08", "2025-T3", "2025-09", "2025-Q4", "2025-10",
    "2025-11", "2025-12",
    "2026", "2026-T1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    for (guint j = 0; j < G_N_ELEMENTS (order); j++)
      {
        g_autoptr(StyrPeriod) a = parse (order[i]);
        g_autoptr(StyrPeriod) b = parse (order[j]);
        int cmp = styr_period_compare (a, b);

        if (i < j)
          g_assert_cmpint (cmp, <, 0);
        else if (i > j)
          g_assert_cmpint (cmp, >, 0);
        else
          g_assert_cmpint (cmp, ==, 0);
        g_assert_true (styr_period_equal (a, b) == (i == j));
      }
}

static void
test_period_contains (void)
{
  g_autoptr(StyrPeriod) year = parse ("2025");
  g_autoptr(StyrPeriod) t2 = parse ("2025-T2");
  g_autoptr(StyrPeriod) may = parse ("2025-05");
  g_autoptr(StyrPeriod) april = parse ("2025-04");
  g_autoptr(StyrPeriod) q2 = parse ("2025-Q2");
  g_autoptr(StyrPeriod) q1 = parse ("2025-Q1");
  g_autoptr(StyrPeriod) t1 = parse ("2025-T1");
  g_autoptr(StyrPeriod) may_2024 = parse ("2024-05");

  g_assert_true (styr_period_contains (year, t2));
  g_assert_true (styr_period_contains (t2, may));
  g_assert_true (styr_period_contains (year, may));
  g_assert_true (styr_period_contains (t2, t2));
  g_assert_true (styr_period_contains (t1, q1));
  g_assert_true (styr_period_contains (q2, april));
  g_assert_true (styr_period_contains (t1, april));

  g_assert_false (styr_period_contains (t2, year));
  g_assert_false (styr_period_contains (may, t2));
  g_assert_false (styr_period_contains (t2, april));
  g_assert_false (styr_period_contains (t2, q2));
  g_assert_false (styr_period_contains (q2, t2));
  g_assert_false (styr_period_contains (q1, t1));
  g_assert_false (styr_period_contains (year, may_2024));
}

static void
assert_step (const char *from,
             const char *next,
             const char *previous)
{
  g_autoptr(StyrPeriod) period = parse (from);
  g_autoptr(StyrPeriod) n = styr_period_next (period);
  g_autoptr(StyrPeriod) p = styr_period_previous (period);
  g_autofree char *n_text = n != NULL ? styr_period_to_string (n) : NULL;
  g_autofree char *p_text = p != NULL ? styr_period_to_string (p) : NULL;

  g_assert_cmpstr (n_text, ==, next);
  g_assert_cmpstr (p_text, ==, previous);

  if (n != NULL)
    {
      g_autoptr(StyrPeriod) back = styr_period_previous (n);

      g_assert_true (styr_period_equal (back, period));
      g_assert_cmpint (styr_period_compare (period, n), <, 0);
    }
}

static void
test_period_next_previous (void)
{
  assert_step ("2025", "2026", "2024");
  assert_step ("2025-T2", "2025-T3", "2025-T1");
  assert_step ("2025-T3", "2026-T1", "2025-T2");
  assert_step ("2025-T1", "2025-T2", "2024-T3");
  assert_step ("2025-Q4", "2026-Q1", "2025-Q3");
  assert_step ("2025-Q1", "2025-Q2", "2024-Q4");
  assert_step ("2025-12", "2026-01", "2025-11");
  assert_step ("2025-01", "2025-02", "2024-12");
  assert_step ("9999-12", NULL, "9999-11");
  assert_step ("0001-T1", "0001-T2", NULL);
  assert_step ("9999", NULL, "9998");
}

static void
test_period_hash (void)
{
  g_autoptr(GHashTable) table = g_hash_table_new_full ((GHashFunc) styr_period_hash,
                                                       (GEqualFunc) styr_period_equal,
                                                       (GDestroyNotify) styr_period_free,
                                                       NULL);
  g_autoptr(StyrPeriod) probe = parse ("2025-T2");
  g_autoptr(StyrPeriod) other = parse ("2025-Q2");

  g_hash_table_add (table, parse ("2025-T2"));
  g_hash_table_add (table, parse ("2025-T2"));
  g_hash_table_add (table, parse ("2025"));
  g_assert_cmpuint (g_hash_table_size (table), ==, 2);
  g_assert_true (g_hash_table_contains (table, probe));
  g_assert_false (g_hash_table_contains (table, other));
}

static int
compare_period_ptrs (gconstpointer a,
                     gconstpointer b)
{
  return styr_period_compare (*(StyrPeriod * const *) a, *(StyrPeriod * const *) b);
}

/* The private period key that orders measurements must order them as
 * styr_period_compare() does: an indicator iterates its measurements in
 * key order, so filling one with every period of several years in a
 * scrambled order and reading it back checks that. */
static void
test_period_key_order (void)
{
  g_autoptr(StyrIndicator) indicator = styr_indicator_new ("ind", "Test");
  g_autoptr(GPtrArray) periods = g_ptr_array_new_with_free_func ((GDestroyNotify) styr_period_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (4711);
  guint n;

  for (int year = 1; year <= 3; year++)
    {
      g_ptr_array_add (periods, styr_period_new_year (year));
      for (int i = 1; i <= 3; i++)
        g_ptr_array_add (periods, styr_period_new_tertial (year, i));
      for (int i = 1; i <= 4; i++)
        g_ptr_array_add (periods, styr_period_new_quarter (year, i));
      for (int i = 1; i <= 12; i++)
        g_ptr_array_add (periods, styr_period_new_month (year, i));
    }
  for (int year = 2020; year <= 2030; year++)
    for (int i = 1; i <= 12; i++)
      g_ptr_array_add (periods, styr_period_new_month (year, i));
  for (int year = 9990; year <= 9999; year++)
    {
      g_ptr_array_add (periods, styr_period_new_year (year));
      g_ptr_array_add (periods, styr_period_new_tertial (year, 3));
      g_ptr_array_add (periods, styr_period_new_quarter (year, 4));
    }

  /* Fisher–Yates with a fixed seed. */
  for (guint i = periods->len - 1; i > 0; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i + 1);
      gpointer tmp = periods->pdata[i];

      periods->pdata[i] = periods->pdata[j];
      periods->pdata[j] = tmp;
    }

  for (guint i = 0; i < periods->len; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (styr_indicator_set_value (indicator, periods->pdata[i], i, &error));
      g_assert_no_error (error);
    }

  n = styr_indicator_get_n_measurements (indicator);
  g_assert_cmpuint (n, ==, periods->len);

  for (guint i = 0; i + 1 < n; i++)
    {
      g_autoptr(StyrPeriod) a = styr_indicator_get_measurement_period (indicator, i);
      g_autoptr(StyrPeriod) b = styr_indicator_get_measurement_period (indicator, i + 1);

      g_assert_cmpint (styr_period_compare (a, b), <, 0);
    }

  /* And the order agrees with sorting by styr_period_compare directly. */
  g_ptr_array_sort (periods, compare_period_ptrs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrPeriod) stored = styr_indicator_get_measurement_period (indicator, i);

      g_assert_true (styr_period_equal (stored, periods->pdata[i]));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/period/parse/valid", test_period_parse_valid);
  g_test_add_func ("/period/parse/lowercase", test_period_parse_lowercase);
  g_test_add_func ("/period/parse/invalid", test_period_parse_invalid);
  g_test_add_func ("/period/parse/message", test_period_parse_message);
  g_test_add_func ("/period/new", test_period_new);
  g_test_add_func ("/period/new/invalid", test_period_new_invalid);
  g_test_add_func ("/period/new/precondition", test_period_new_precondition);
  g_test_add_func ("/period/dates", test_period_dates);
  g_test_add_func ("/period/cumulative", test_period_cumulative);
  g_test_add_func ("/period/compare", test_period_compare);
  g_test_add_func ("/period/contains", test_period_contains);
  g_test_add_func ("/period/next-previous", test_period_next_previous);
  g_test_add_func ("/period/hash", test_period_hash);
  g_test_add_func ("/period/key-order", test_period_key_order);

  return g_test_run ();
}
