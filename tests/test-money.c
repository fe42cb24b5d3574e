/* test-money.c — amounts of money as gint64 öre: checked arithmetic,
 * rounding half away from zero, Swedish formatting and parsing
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <libstyr/styr.h>

#define NBSP  "\302\240"
#define MINUS "\342\210\222"

static void
test_money_add (void)
{
  g_autoptr(GError) error = NULL;
  gint64 result = -1;

  g_assert_true (styr_money_add (150000, 99950, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, 249950);

  g_assert_true (styr_money_add (G_MAXINT64, G_MININT64, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, -1);

  g_assert_true (styr_money_add (G_MAXINT64 - 1, 1, &result, &error));
  g_assert_cmpint (result, ==, G_MAXINT64);

  g_assert_false (styr_money_add (G_MAXINT64, 1, &result, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_assert_cmpint (result, ==, 0);
  g_clear_error (&error);

  g_assert_false (styr_money_add (G_MININT64, -1, &result, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_clear_error (&error);

  /* NULL error is fine. */
  g_assert_false (styr_money_add (G_MININT64, G_MININT64, &result, NULL));
}

static void
test_money_subtract (void)
{
  g_autoptr(GError) error = NULL;
  gint64 result = -1;

  g_assert_true (styr_money_subtract (100, 250, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, -150);

  g_assert_true (styr_money_subtract (G_MININT64 + 1, 1, &result, &error));
  g_assert_cmpint (result, ==, G_MININT64);

  g_assert_false (styr_money_subtract (G_MININT64, 1, &result, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_assert_cmpint (result, ==, 0);
  g_clear_error (&error);

  g_assert_false (styr_money_subtract (0, G_MININT64, &result, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_clear_error (&error);

  g_assert_false (styr_money_subtract (G_MAXINT64, -1, &result, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
}

static void
test_money_multiply (void)
{
  g_autoptr(GError) error = NULL;
  gint64 result = -1;

  /* 112 500 kr per pupil × 412 pupils. */
  g_assert_true (styr_money_multiply (11250000, 412, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, G_GINT64_CONSTANT (4635000000));

  g_assert_true (styr_money_multiply (-7, 3, &result, &error));
  g_assert_cmpint (result, ==, -21);

  g_assert_true (styr_money_multiply (G_MININT64, 1, &result, &error));
  g_assert_cmpint (result, ==, G_MININT64);

  g_assert_false (styr_money_multiply (G_MININT64, -1, &result, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_assert_cmpint (result, ==, 0);
  g_clear_error (&error);

  g_assert_false (styr_money_multiply (G_MAXINT64 / 2 + 1, 2, &result, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_clear_error (&error);

  g_assert_false (styr_money_multiply (G_MAXINT64, G_MAXINT64, &result, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
}

static gint64
scale (gint64 amount,
       gint64 numerator,
       gint64 denominator)
{
  g_autoptr(GError) error = NULL;
  gint64 result = -1;

  g_assert_true (styr_money_scale (amount, numerator, denominator, &result, &error));
  g_assert_no_error (error);
  return result;
}

static void
test_money_scale_rounding (void)
{
  /* Half away from zero, both signs. */
  g_assert_cmpint (scale (5, 1, 2), ==, 3);
  g_assert_cmpint (scale (-5, 1, 2), ==, -3);
  g_assert_cmpint (scale (5, -1, 2), ==, -3);
  g_assert_cmpint (scale (5, 1, -2), ==, -3);
  g_assert_cmpint (scale (-5, 1, -2), ==, 3);
  g_assert_cmpint (scale (1, 1, 3), ==, 0);
  g_assert_cmpint (scale (2, 1, 3), ==, 1);
  g_assert_cmpint (scale (-1, 1, 3), ==, 0);
  g_assert_cmpint (scale (-2, 1, 3), ==, -1);
  g_assert_cmpint (scale (3, 1, 2), ==, 2);
  g_assert_cmpint (scale (-3, 1, 2), ==, -2);
  g_assert_cmpint (scale (0, 7, 3), ==, 0);

  /* Index uplift 102,5 %: 10 000 000 kr → 10 250 000 kr. */
  g_assert_cmpint (scale (1000000000, 1025, 1000), ==, 1025000000);
  /* 1 234,57 kr × 102,5 % = 1 265,43425 kr → 1 265,43. */
  g_assert_cmpint (scale (123457, 1025, 1000), ==, 126543);
  /* 0,02 kr × 102,5 % = 2,05 öre → 2; 0,20 kr → 20,5 öre → 21. */
  g_assert_cmpint (scale (2, 1025, 1000), ==, 2);
  g_assert_cmpint (scale (20, 1025, 1000), ==, 21);
  g_assert_cmpint (scale (-20, 1025, 1000), ==, -21);
  /* Efficiency requirement 1,5 %. */
  g_assert_cmpint (scale (1000000000, 985, 1000), ==, 985000000);

  /* Exact through 128 bits: the product overflows 64 bits, the result
   * does not. */
  g_assert_cmpint (scale (G_MAXINT64, 1000, 1000), ==, G_MAXINT64);
  g_assert_cmpint (scale (G_MININT64, 3, 3), ==, G_MININT64);
  g_assert_cmpint (scale (G_MAXINT64, G_MAXINT64, G_MAXINT64), ==, G_MAXINT64);
  g_assert_cmpint (scale (G_MININT64, G_MININT64, G_MININT64), ==, G_MININT64);
  g_assert_cmpint (scale (G_MAXINT64, 1, 2), ==, G_MAXINT64 / 2 + 1);
  g_assert_cmpint (scale (G_MININT64, 1, 2), ==, G_MININT64 / 2);
  g_assert_cmpint (scale (G_MININT64, -1, G_MININT64), ==, -1);
}

static void
test_money_scale_errors (void)
{
  g_autoptr(GError) error = NULL;
  gint64 result = -1;

  g_assert_false (styr_money_scale (G_MAXINT64, 2, 1, &result, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_assert_cmpint (result, ==, 0);
  g_clear_error (&error);

  g_assert_false (styr_money_scale (G_MININT64, -1, 1, &result, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_clear_error (&error);

  g_assert_false (styr_money_scale (G_MININT64, 1, -1, &result, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_clear_error (&error);

  g_assert_false (styr_money_scale (G_MAXINT64, 1025, 1000, &result, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_clear_error (&error);

  g_assert_false (styr_money_scale (100, 1, 0, &result, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
}

static void
test_money_sum (void)
{
  static const gint64 amounts[] = { 40000, 40000, 40000 };
  static const gint64 back_again[] = { G_MAXINT64, 1, -1 };
  static const gint64 too_much[] = { G_MAXINT64, 1 };
  static const gint64 too_little[] = { G_MININT64, -1 };
  static const gint64 extremes[] = { G_MININT64, G_MAXINT64, G_MININT64, G_MAXINT64 };
  g_autoptr(GError) error = NULL;
  gint64 result = -1;

  g_assert_true (styr_money_sum (amounts, G_N_ELEMENTS (amounts), &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, 120000);

  g_assert_true (styr_money_sum (NULL, 0, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, 0);

  /* Only the total must fit, not a running total. */
  g_assert_true (styr_money_sum (back_again, G_N_ELEMENTS (back_again), &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, G_MAXINT64);

  g_assert_true (styr_money_sum (extremes, G_N_ELEMENTS (extremes), &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, -2);

  g_assert_false (styr_money_sum (too_much, G_N_ELEMENTS (too_much), &result, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_assert_cmpint (result, ==, 0);
  g_clear_error (&error);

  g_assert_false (styr_money_sum (too_little, G_N_ELEMENTS (too_little), &result, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_clear_error (&error);
}

static void
test_money_round (void)
{
  g_assert_cmpint (styr_money_round (123456789, STYR_MONEY_UNIT_TKR, 0), ==, 1235);
  g_assert_cmpint (styr_money_round (123456789, STYR_MONEY_UNIT_MNKR, 1), ==, 12);
  g_assert_cmpint (styr_money_round (123456789, STYR_MONEY_UNIT_KR, 2), ==, 123456789);
  g_assert_cmpint (styr_money_round (123456789, STYR_MONEY_UNIT_KR, 0), ==, 1234568);
  g_assert_cmpint (styr_money_round (123456789, STYR_MONEY_UNIT_MNKR, 8), ==, 123456789);
  g_assert_cmpint (styr_money_round (50, STYR_MONEY_UNIT_KR, 0), ==, 1);
  g_assert_cmpint (styr_money_round (-50, STYR_MONEY_UNIT_KR, 0), ==, -1);
  g_assert_cmpint (styr_money_round (49, STYR_MONEY_UNIT_KR, 0), ==, 0);
  g_assert_cmpint (styr_money_round (-49, STYR_MONEY_UNIT_KR, 0), ==, 0);
  g_assert_cmpint (styr_money_round (-150000, STYR_MONEY_UNIT_TKR, 0), ==, -2);
  g_assert_cmpint (styr_money_round (G_MAXINT64, STYR_MONEY_UNIT_KR, 0), ==, G_MAXINT64 / 100);
  g_assert_cmpint (styr_money_round (G_MININT64, STYR_MONEY_UNIT_KR, 0), ==, G_MININT64 / 100);
  g_assert_cmpint (styr_money_round (G_MAXINT64, STYR_MONEY_UNIT_TKR, 0), ==, G_MAXINT64 / 100000 + 1);
  g_assert_cmpint (styr_money_round (G_MININT64, STYR_MONEY_UNIT_KR, 2), ==, G_MININT64);
}

typedef struct
{
  gint64         ore;
  StyrMoneyUnit  unit;
  int            decimals;
  const char    *text;
} FormatCase;

static void
test_money_format (void)
{
  static const FormatCase cases[] = {
    /* The examples of the documentation. */
    { 123456789, STYR_MONEY_UNIT_KR, 2, "1" NBSP "234" NBSP "567,89" NBSP "kr" },
    { 123456789, STYR_MONEY_UNIT_KR, 1, "1" NBSP "234" NBSP "567,9" NBSP "kr" },
    { 123456789, STYR_MONEY_UNIT_KR, 0, "1" NBSP "234" NBSP "568" NBSP "kr" },
    { 123456789, STYR_MONEY_UNIT_TKR, 0, "1" NBSP "235" NBSP "tkr" },
    { 123456789, STYR_MONEY_UNIT_TKR, 1, "1" NBSP "234,6" NBSP "tkr" },
    { 123456789, STYR_MONEY_UNIT_TKR, 5, "1" NBSP "234,56789" NBSP "tkr" },
    { 123456789, STYR_MONEY_UNIT_MNKR, 0, "1" NBSP "mnkr" },
    { 123456789, STYR_MONEY_UNIT_MNKR, 1, "1,2" NBSP "mnkr" },
    { 123456789, STYR_MONEY_UNIT_MNKR, 3, "1,235" NBSP "mnkr" },
    { 123456789, STYR_MONEY_UNIT_MNKR, 8, "1,23456789" NBSP "mnkr" },
    /* Negative. */
    { -123456789, STYR_MONEY_UNIT_KR, 2, MINUS "1" NBSP "234" NBSP "567,89" NBSP "kr" },
    { -123456789, STYR_MONEY_UNIT_TKR, 0, MINUS "1" NBSP "235" NBSP "tkr" },
    { -123456789, STYR_MONEY_UNIT_MNKR, 1, MINUS "1,2" NBSP "mnkr" },
    /* Zero, and what rounds to zero, has no sign. */
    { 0, STYR_MONEY_UNIT_KR, 0, "0" NBSP "kr" },
    { 0, STYR_MONEY_UNIT_KR, 2, "0,00" NBSP "kr" },
    { 0, STYR_MONEY_UNIT_TKR, 1, "0,0" NBSP "tkr" },
    { 0, STYR_MONEY_UNIT_MNKR, 0, "0" NBSP "mnkr" },
    { -49, STYR_MONEY_UNIT_KR, 0, "0" NBSP "kr" },
    { -49999, STYR_MONEY_UNIT_TKR, 0, "0" NBSP "tkr" },
    /* Half away from zero. */
    { -50, STYR_MONEY_UNIT_KR, 0, MINUS "1" NBSP "kr" },
    { 50, STYR_MONEY_UNIT_KR, 0, "1" NBSP "kr" },
    { -50, STYR_MONEY_UNIT_KR, 2, MINUS "0,50" NBSP "kr" },
    { 5, STYR_MONEY_UNIT_KR, 1, "0,1" NBSP "kr" },
    { -5, STYR_MONEY_UNIT_KR, 1, MINUS "0,1" NBSP "kr" },
    { 50000, STYR_MONEY_UNIT_TKR, 0, "1" NBSP "tkr" },
    { -50000, STYR_MONEY_UNIT_TKR, 0, MINUS "1" NBSP "tkr" },
    { 5000000, STYR_MONEY_UNIT_MNKR, 1, "0,1" NBSP "mnkr" },
    { -15000000, STYR_MONEY_UNIT_MNKR, 1, MINUS "0,2" NBSP "mnkr" },
    /* Grouping. */
    { 99900, STYR_MONEY_UNIT_KR, 0, "999" NBSP "kr" },
    { 100000, STYR_MONEY_UNIT_KR, 0, "1" NBSP "000" NBSP "kr" },
    { 99999999, STYR_MONEY_UNIT_KR, 0, "1" NBSP "000" NBSP "000" NBSP "kr" },
    { 100000000, STYR_MONEY_UNIT_KR, 0, "1" NBSP "000" NBSP "000" NBSP "kr" },
    { 99999900, STYR_MONEY_UNIT_KR, 0, "999" NBSP "999" NBSP "kr" },
    { 1234500, STYR_MONEY_UNIT_KR, 2, "12" NBSP "345,00" NBSP "kr" },
    { 99900000, STYR_MONEY_UNIT_TKR, 0, "999" NBSP "tkr" },
    { 100000000, STYR_MONEY_UNIT_TKR, 0, "1" NBSP "000" NBSP "tkr" },
    { 100000, STYR_MONEY_UNIT_KR, 2, "1" NBSP "000,00" NBSP "kr" },
    /* The ends of the range. */
    { G_MAXINT64, STYR_MONEY_UNIT_KR, 2,
      "92" NBSP "233" NBSP "720" NBSP "368" NBSP "547" NBSP "758,07" NBSP "kr" },
    { G_MININT64, STYR_MONEY_UNIT_KR, 2,
      MINUS "92" NBSP "233" NBSP "720" NBSP "368" NBSP "547" NBSP "758,08" NBSP "kr" },
    { G_MININT64, STYR_MONEY_UNIT_MNKR, 0,
      MINUS "92" NBSP "233" NBSP "720" NBSP "369" NBSP "mnkr" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const FormatCase *c = &cases[i];
      g_autofree char *text = styr_money_format (c->ore, c->unit, c->decimals);
      g_autofree char *plain = styr_money_format_plain (c->ore, c->unit, c->decimals);
      const char *space = g_strrstr (c->text, NBSP);

      g_test_message ("%" G_GINT64_FORMAT " ore, unit %d, %d decimals", c->ore, c->unit, c->decimals);
      g_assert_cmpstr (text, ==, c->text);
      g_assert_true (g_utf8_validate (text, -1, NULL));

      /* Plain is the same without the no-break space and the unit. */
      g_assert_nonnull (space);
      g_assert_cmpuint (strlen (plain), ==, (gsize) (space - c->text));
      g_assert_true (strncmp (plain, c->text, strlen (plain)) == 0);
    }
}

static void
test_money_format_plain (void)
{
  g_autofree char *tkr = styr_money_format_plain (123456789, STYR_MONEY_UNIT_TKR, 0);
  g_autofree char *kr = styr_money_format_plain (-50, STYR_MONEY_UNIT_KR, 2);

  g_assert_cmpstr (tkr, ==, "1" NBSP "235");
  g_assert_cmpstr (kr, ==, MINUS "0,50");
}

static void
test_money_format_precondition (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *text = styr_money_format (100, STYR_MONEY_UNIT_KR, 3);

      g_assert_null (text);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*unit_and_decimals_are_valid*");
}

/* Sums are made on öre and rounded once: three amounts of 0,4 tkr show
 * as 0 tkr each, and their total as 1 tkr — not the 0 tkr that adding
 * the shown figures gives. */
static void
test_money_total (void)
{
  static const gint64 amounts[] = { 40000, 40000, 40000 };
  g_autoptr(GError) error = NULL;
  g_autofree char *total_text = NULL;
  gint64 total, rounded_sum = 0;

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      g_autofree char *text = styr_money_format (amounts[i], STYR_MONEY_UNIT_TKR, 0);

      g_assert_cmpstr (text, ==, "0" NBSP "tkr");
      rounded_sum += styr_money_round (amounts[i], STYR_MONEY_UNIT_TKR, 0);
    }

  g_assert_true (styr_money_sum (amounts, G_N_ELEMENTS (amounts), &total, &error));
  g_assert_no_error (error);
  total_text = styr_money_format (total, STYR_MONEY_UNIT_TKR, 0);
  g_assert_cmpstr (total_text, ==, "1" NBSP "tkr");

  g_assert_cmpint (rounded_sum, ==, 0);
  g_assert_cmpint (styr_money_round (total, STYR_MONEY_UNIT_TKR, 0), ==, 1);
}

typedef struct
{
  const char *text;
  gint64      ore;
} ParseCase;

static void
test_money_parse_valid (void)
{
  static const ParseCase cases[] = {
    { "0", 0 },
    { "-0", 0 },
    { "1234", 123400 },
    { "-1234", -123400 },
    { "+1234", 123400 },
    { MINUS "1234", -123400 },
    { "1 234,50", 123450 },
    { "1" NBSP "234,50", 123450 },
    { "1\342\200\257" "234,50", 123450 },
    { "1 234 567,89", 123456789 },
    { "1234567,89", 123456789 },
    { "1234.5", 123450 },
    { "1234,5", 123450 },
    { "0,05", 5 },
    { "-0,05", -5 },
    { "12 345", 1234500 },
    { "999", 99900 },
    { "1 000", 100000 },
    { "1 000 000", 100000000 },
    { "12kr", 1200 },
    { "12 kr", 1200 },
    { "12" NBSP "kr", 1200 },
    { MINUS "1 234 kr", -123400 },
    { "  12,50  ", 1250 },
    { "007", 700 },
    { "92 233 720 368 547 758,07", G_MAXINT64 },
    { "-92 233 720 368 547 758,08", G_MININT64 },
    { MINUS "92233720368547758,08 kr", G_MININT64 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 ore = -1;

      g_test_message ("%s", cases[i].text);
      g_assert_true (styr_money_parse (cases[i].text, &ore, &error));
      g_assert_no_error (error);
      g_assert_cmpint (ore, ==, cases[i].ore);
    }
}

static void
test_money_parse_invalid (void)
{
  static const char * const invalid[] = {
    "", " ", "kr", "-", MINUS, "+-1", "--1", "1-", "abc", "12a", "1,", ",50",
    ".5", "1,2,3", "1.234,50", "1 23", "12 34", "1234 567", "1 2345",
    "1  234", " 1 234 ,5", "1,2 3", "1 234,5 0", "12 tkr", "12 mnkr", "12 KR",
    "1e3", "0x10", "12€", "1,5 kr kr", "- 5", "1\t234",
    /* More than two decimals: öre is the smallest unit. */
    "12,345", "12.345", "1 234,567", "1,2345", "0,001", "1,000",
  };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 ore = -1;

      g_test_message ("»%s«", invalid[i]);
      g_assert_false (styr_money_parse (invalid[i], &ore, &error));
      g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
      g_assert_cmpint (ore, ==, 0);
    }
}

static void
test_money_parse_overflow (void)
{
  static const char * const too_large[] = {
    "92 233 720 368 547 758,08",
    "-92 233 720 368 547 758,09",
    "92233720368547759",
    "99999999999999999999999999999999999999999",
  };

  for (guint i = 0; i < G_N_ELEMENTS (too_large); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 ore = -1;

      g_test_message ("»%s«", too_large[i]);
      g_assert_false (styr_money_parse (too_large[i], &ore, &error));
      g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
      g_assert_nonnull (strstr (error->message, too_large[i]));
      g_assert_cmpint (ore, ==, 0);
    }
}

static void
test_money_parse_message (void)
{
  g_autoptr(GError) error = NULL;
  gint64 ore;

  g_assert_false (styr_money_parse ("12,345", &ore, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "»12,345«"));
  g_assert_nonnull (strstr (error->message, "tvetydigt"));
  g_clear_error (&error);

  g_assert_false (styr_money_parse ("1,2345", &ore, &error));
  g_assert_nonnull (strstr (error->message, "»1,2345«"));
  g_assert_nonnull (strstr (error->message, "två decimaler"));
  g_clear_error (&error);

  g_assert_false (styr_money_parse ("12 34", &ore, &error));
  g_assert_nonnull (strstr (error->message, "»12 34«"));
  g_assert_nonnull (strstr (error->message, "tre och tre"));
  g_clear_error (&error);

  g_assert_false (styr_money_parse ("tolv kronor", &ore, &error));
  g_assert_nonnull (strstr (error->message, "»tolv kronor«"));
  g_clear_error (&error);

  /* Invalid UTF-8 is quoted as valid UTF-8. */
  g_assert_false (styr_money_parse ("12\377", &ore, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

static void
test_money_parse_round_trip (void)
{
  static const gint64 amounts[] = {
    0, 1, -1, 5, 50, -50, 99, 100, 99900, 100000, 123456789, -123456789,
    100000000, 1234500, G_MAXINT64, G_MININT64, G_MAXINT64 - 1, G_MININT64 + 1,
  };

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      g_autofree char *text = styr_money_format (amounts[i], STYR_MONEY_UNIT_KR, 2);
      g_autofree char *plain = styr_money_format_plain (amounts[i], STYR_MONEY_UNIT_KR, 2);
      g_autoptr(GError) error = NULL;
      gint64 ore = -1;

      g_test_message ("%s", text);
      g_assert_true (styr_money_parse (text, &ore, &error));
      g_assert_no_error (error);
      g_assert_cmpint (ore, ==, amounts[i]);

      ore = -1;
      g_assert_true (styr_money_parse (plain, &ore, &error));
      g_assert_no_error (error);
      g_assert_cmpint (ore, ==, amounts[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/add", test_money_add);
  g_test_add_func ("/money/subtract", test_money_subtract);
  g_test_add_func ("/money/multiply", test_money_multiply);
  g_test_add_func ("/money/scale/rounding", test_money_scale_rounding);
  g_test_add_func ("/money/scale/errors", test_money_scale_errors);
  g_test_add_func ("/money/sum", test_money_sum);
  g_test_add_func ("/money/round", test_money_round);
  g_test_add_func ("/money/format", test_money_format);
  g_test_add_func ("/money/format/plain", test_money_format_plain);
  g_test_add_func ("/money/format/precondition", test_money_format_precondition);
  g_test_add_func ("/money/total", test_money_total);
  g_test_add_func ("/money/parse/valid", test_money_parse_valid);
  g_test_add_func ("/money/parse/invalid", test_money_parse_invalid);
  g_test_add_func ("/money/parse/overflow", test_money_parse_overflow);
  g_test_add_func ("/money/parse/message", test_money_parse_message);
  g_test_add_func ("/money/parse/round-trip", test_money_parse_round_trip);

  return g_test_run ();
}
