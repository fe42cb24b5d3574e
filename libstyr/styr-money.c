/* styr-money.c — amounts of money as `gint64` öre: checked arithmetic,
 * rounding half away from zero, Swedish formatting and parsing.
 *
 * Amounts are `gint64` öre (1 kr = 100 öre), the library's one money
 * representation (styr-money.h). Arithmetic is checked and fails with
 * STYR_ERROR_OVERFLOW rather than wrap; scaling goes through a 128-bit
 * intermediate so that amount × numerator / denominator is exact before
 * its one rounding.
 *
 * ```python
 * frame = Styr.money_parse("12 500 000,00")               # 1250000000 öre
 * uplifted = Styr.money_scale(frame, 1025, 1000)          # + 2,5 %
 * print(Styr.money_format(uplifted, Styr.MoneyUnit.TKR, 0))  # 12 813 tkr
 * ```
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "styr-private.h"
#include "styr-money.h"

#ifndef __SIZEOF_INT128__
# error "styr-money.c needs a compiler with __int128 (GCC or Clang on a 64-bit target)"
#endif

/* UTF-8 of the characters written and read. */
#define NBSP          "\302\240"      /* U+00A0 NO-BREAK SPACE */
#define NNBSP         "\342\200\257"  /* U+202F NARROW NO-BREAK SPACE */
#define MINUS_SIGN    "\342\210\222"  /* U+2212 MINUS SIGN */

static char *
int64_to_string (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

/* Sets a STYR_ERROR_OVERFLOW error about @description (what overflowed,
 * e.g. "1 öre + 2 öre"), and frees @description. */
static void
set_overflow_error (GError **error,
                    char    *description)
{
  g_set_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW,
               _("%s ryms inte i ett belopp: det största beloppet är ±9 223 372 036 854 775 807 öre"),
               description);
  g_free (description);
}

/**
 * styr_money_add:
 * @a: an amount in öre
 * @b: an amount in öre
 * @result: (out): return location for @a + @b in öre, or 0 on error
 * @error: return location for a #GError
 *
 * Adds two amounts of money, checking for overflow: a sum beyond the
 * range of a `gint64` (±9 223 372 036 854 775 807 öre) fails with
 * %STYR_ERROR_OVERFLOW instead of wrapping around.
 *
 * ```python
 * total = Styr.money_add(150_000, 99_950)   # 249950 öre, 2 499,50 kr
 * ```
 *
 * Returns: (skip): %TRUE on success, %FALSE with @error set on overflow
 *
 * Since: 1.0
 */
gboolean
styr_money_add (gint64   a,
                gint64   b,
                gint64  *result,
                GError **error)
{
  gint64 sum;

  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *result = 0;
  if (__builtin_add_overflow (a, b, &sum))
    {
      g_autofree char *sa = int64_to_string (a);
      g_autofree char *sb = int64_to_string (b);

      _styr_init_i18n ();
      set_overflow_error (error, g_strdup_printf (_("%s öre + %s öre"), sa, sb));
      return FALSE;
    }

  *result = sum;
  return TRUE;
}

/**
 * styr_money_subtract:
 * @a: an amount in öre
 * @b: the amount in öre to subtract from @a
 * @result: (out): return location for @a − @b in öre, or 0 on error
 * @error: return location for a #GError
 *
 * Subtracts one amount of money from another, checking for overflow as
 * [func@Styr.money_add] does. A deviation (*avvikelse*) is budget minus
 * outcome, both in öre.
 *
 * Returns: (skip): %TRUE on success, %FALSE with @error set on overflow
 *
 * Since: 1.0
 */
gboolean
styr_money_subtract (gint64   a,
                     gint64   b,
                     gint64  *result,
                     GError **error)
{
  gint64 difference;

  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *result = 0;
  if (__builtin_sub_overflow (a, b, &difference))
    {
      g_autofree char *sa = int64_to_string (a);
      g_autofree char *sb = int64_to_string (b);

      _styr_init_i18n ();
      set_overflow_error (error, g_strdup_printf (_("%s öre − %s öre"), sa, sb));
      return FALSE;
    }

  *result = difference;
  return TRUE;
}

/**
 * styr_money_multiply:
 * @amount: an amount in öre
 * @factor: a whole number to multiply by, e.g. a volume
 * @result: (out): return location for @amount × @factor in öre, or 0 on
 *   error
 * @error: return location for a #GError
 *
 * Multiplies an amount of money by a whole number, checking for
 * overflow as [func@Styr.money_add] does: a price per pupil times the
 * number of pupils in a resource allocation model. For a factor that is
 * not whole (a percentage, an index) use [func@Styr.money_scale].
 *
 * ```python
 * part = Styr.money_multiply(11_250_000, 412)   # 112 500 kr × 412 pupils
 * ```
 *
 * Returns: (skip): %TRUE on success, %FALSE with @error set on overflow
 *
 * Since: 1.0
 */
gboolean
styr_money_multiply (gint64   amount,
                     gint64   factor,
                     gint64  *result,
                     GError **error)
{
  gint64 product;

  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *result = 0;
  if (__builtin_mul_overflow (amount, factor, &product))
    {
      g_autofree char *sa = int64_to_string (amount);
      g_autofree char *sf = int64_to_string (factor);

      _styr_init_i18n ();
      set_overflow_error (error, g_strdup_printf (_("%s öre × %s"), sa, sf));
      return FALSE;
    }

  *result = product;
  return TRUE;
}

/**
 * styr_money_scale:
 * @amount: an amount in öre
 * @numerator: the numerator of the factor
 * @denominator: the denominator of the factor, not 0
 * @result: (out): return location for the scaled amount in öre, or 0 on
 *   error
 * @error: return location for a #GError
 *
 * Scales an amount of money by the fraction @numerator / @denominator
 * and rounds the result to whole öre, half away from zero. The product
 * @amount × @numerator is computed exactly in 128 bits before the one
 * division, so nothing is lost on the way; only the result must fit a
 * `gint64`.
 *
 * This is how percentages and indices are applied without floating
 * point: a price and wage index (*pris- och lönekompensation*) of 2,5 %
 * is 1025 / 1000, an efficiency requirement (*effektiviseringskrav*) of
 * 1,5 % is 985 / 1000, and a share of 30 % is 3 / 10.
 *
 * Rounding half away from zero: 5 öre × 1 / 2 is 3 öre, −5 öre × 1 / 2
 * is −3 öre, 1 öre × 1 / 3 is 0 öre and 2 öre × 1 / 3 is 1 öre.
 *
 * ```python
 * frame = 1_000_000_000                          # 10 000 000 kr
 * uplifted = Styr.money_scale(frame, 1025, 1000) # 1025000000, 10 250 000 kr
 * ```
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT when @denominator is 0 and
 * with %STYR_ERROR_OVERFLOW when the result does not fit a `gint64`.
 *
 * Returns: (skip): %TRUE on success, %FALSE with @error set
 *
 * Since: 1.0
 */
gboolean
styr_money_scale (gint64   amount,
                  gint64   numerator,
                  gint64   denominator,
                  gint64  *result,
                  GError **error)
{
  __int128 product, divisor, quotient, remainder;

  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *result = 0;

  if (denominator == 0)
    {
      g_autofree char *sa = int64_to_string (amount);
      g_autofree char *sn = int64_to_string (numerator);

      _styr_init_i18n ();
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("%s öre × %s / 0 går inte att räkna ut: nämnaren är noll"),
                   sa, sn);
      return FALSE;
    }

  /* |amount × numerator| ≤ 2^126 and |denominator| ≤ 2^63: all of it,
   * and twice the remainder, fit in 128 bits. */
  product = (__int128) amount * numerator;
  divisor = denominator;
  if (divisor < 0)
    {
      product = -product;
      divisor = -divisor;
    }

  quotient = product / divisor;
  remainder = product % divisor;
  if (remainder < 0)
    remainder = -remainder;
  if (2 * remainder >= divisor)
    quotient += product < 0 ? -1 : 1;

  if (quotient > G_MAXINT64 || quotient < G_MININT64)
    {
      g_autofree char *sa = int64_to_string (amount);
      g_autofree char *sn = int64_to_string (numerator);
      g_autofree char *sd = int64_to_string (denominator);

      _styr_init_i18n ();
      set_overflow_error (error, g_strdup_printf (_("%s öre × %s / %s"), sa, sn, sd));
      return FALSE;
    }

  *result = (gint64) quotient;
  return TRUE;
}

/**
 * styr_money_sum:
 * @amounts: (array length=n_amounts) (nullable): the amounts in öre
 * @n_amounts: the number of amounts
 * @result: (out): return location for the sum in öre, or 0 on error
 * @error: return location for a #GError
 *
 * Adds up amounts of money. The sum is exact: it fails with
 * %STYR_ERROR_OVERFLOW only when the total itself does not fit a
 * `gint64`, not when a running total on the way would.
 *
 * Totals are made this way, on the unrounded öre, and rounded once for
 * display ([func@Styr.money_format]). Three amounts of 40 000 öre
 * (0,4 tkr each) show as "0 tkr" each, and their total of 120 000 öre as
 * "1 tkr" — not the "0 tkr" that adding the shown figures would give.
 *
 * ```python
 * total = Styr.money_sum([40_000, 40_000, 40_000])   # 120000 öre
 * ```
 *
 * Returns: (skip): %TRUE on success, %FALSE with @error set on overflow
 *
 * Since: 1.0
 */
gboolean
styr_money_sum (const gint64  *amounts,
                gsize          n_amounts,
                gint64        *result,
                GError       **error)
{
  /* At most 2^64 terms of at most 2^63 each: within 128 bits. */
  __int128 total = 0;

  g_return_val_if_fail (amounts != NULL || n_amounts == 0, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *result = 0;

  for (gsize i = 0; i < n_amounts; i++)
    total += amounts[i];

  if (total > G_MAXINT64 || total < G_MININT64)
    {
      _styr_init_i18n ();
      set_overflow_error (error, g_strdup (_("Summan av beloppen")));
      return FALSE;
    }

  *result = (gint64) total;
  return TRUE;
}

/* The power of ten of öre in one @unit. */
static int
unit_exponent (StyrMoneyUnit unit)
{
  switch (unit)
    {
    case STYR_MONEY_UNIT_TKR:
      return 5;
    case STYR_MONEY_UNIT_MNKR:
      return 8;
    case STYR_MONEY_UNIT_KR:
    default:
      return 2;
    }
}

static const char *
unit_suffix (StyrMoneyUnit unit)
{
  switch (unit)
    {
    case STYR_MONEY_UNIT_TKR:
      return NBSP "tkr";
    case STYR_MONEY_UNIT_MNKR:
      return NBSP "mnkr";
    case STYR_MONEY_UNIT_KR:
    default:
      return NBSP "kr";
    }
}

static gint64
power_of_ten (int exponent)
{
  gint64 power = 1;

  while (exponent-- > 0)
    power *= 10;
  return power;
}

static gboolean
unit_and_decimals_are_valid (StyrMoneyUnit unit,
                             int           decimals)
{
  return (guint) unit <= STYR_MONEY_UNIT_MNKR &&
         decimals >= 0 && decimals <= unit_exponent (unit);
}

/**
 * styr_money_round:
 * @ore: an amount in öre
 * @unit: the unit to show the amount in
 * @decimals: the number of decimals to show: 0 … 2 for
 *   %STYR_MONEY_UNIT_KR, 0 … 5 for %STYR_MONEY_UNIT_TKR, 0 … 8 for
 *   %STYR_MONEY_UNIT_MNKR (down to whole öre)
 *
 * Rounds an amount for display, half away from zero, and gives it as a
 * count of the smallest step shown: of 1 @unit with 0 decimals, of
 * 0,1 @unit with 1 decimal, and so on. This is the number
 * [func@Styr.money_format] writes.
 *
 * With @ore = 123 456 789 (1 234 567,89 kr): 1 235 as
 * %STYR_MONEY_UNIT_TKR with 0 decimals, 12 as %STYR_MONEY_UNIT_MNKR with
 * 1 decimal (1,2 mnkr), 123 456 789 as %STYR_MONEY_UNIT_KR with 2
 * decimals, 1 234 568 as %STYR_MONEY_UNIT_KR with 0. Half away from
 * zero: 50 öre is 1 kr and −50 öre is −1 kr; 49 öre is 0 kr.
 *
 * Round totals, not the terms of a total: see [func@Styr.money_sum].
 *
 * Returns: the rounded amount in steps of 10^−@decimals @unit
 *
 * Since: 1.0
 */
gint64
styr_money_round (gint64        ore,
                  StyrMoneyUnit unit,
                  int           decimals)
{
  gint64 step, quotient, remainder;

  g_return_val_if_fail (unit_and_decimals_are_valid (unit, decimals), 0);

  step = power_of_ten (unit_exponent (unit) - decimals);
  quotient = ore / step;
  remainder = ore % step;
  if (remainder < 0)
    remainder = -remainder;
  /* step ≤ 10^8, so twice the remainder cannot overflow. */
  if (2 * remainder >= step)
    quotient += ore < 0 ? -1 : 1;

  return quotient;
}

static char *
format_amount (gint64        ore,
               StyrMoneyUnit unit,
               int           decimals,
               gboolean      with_unit)
{
  GString *text = g_string_new (NULL);
  gint64 rounded = styr_money_round (ore, unit, decimals);
  guint64 magnitude, power, whole;
  char digits[32];
  gsize n_digits;

  magnitude = rounded < 0 ? -(guint64) rounded : (guint64) rounded;
  power = (guint64) power_of_ten (decimals);
  whole = magnitude / power;

  if (rounded < 0)
    g_string_append (text, MINUS_SIGN);

  n_digits = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, whole);
  for (gsize i = 0; i < n_digits; i++)
    {
      if (i > 0 && (n_digits - i) % 3 == 0)
        g_string_append (text, NBSP);
      g_string_append_c (text, digits[i]);
    }

  if (decimals > 0)
    g_string_append_printf (text, ",%0*" G_GUINT64_FORMAT,
                            decimals, magnitude % power);

  if (with_unit)
    g_string_append (text, unit_suffix (unit));

  return g_string_free (text, FALSE);
}

/**
 * styr_money_format:
 * @ore: an amount in öre
 * @unit: the unit to show the amount in
 * @decimals: the number of decimals: 0 … 2 for %STYR_MONEY_UNIT_KR,
 *   0 … 5 for %STYR_MONEY_UNIT_TKR, 0 … 8 for %STYR_MONEY_UNIT_MNKR
 *
 * Writes an amount the Swedish way, rounded half away from zero
 * ([func@Styr.money_round]): digits grouped by three with U+00A0
 * NO-BREAK SPACE, a decimal comma, a minus written as U+2212 MINUS SIGN,
 * and the unit after a no-break space: " kr", " tkr" or " mnkr". An
 * amount that rounds to zero is written without a sign.
 *
 * | öre           | unit | decimals | text              |
 * |---------------|------|----------|-------------------|
 * | 123 456 789   | KR   | 2        | 1 234 567,89 kr   |
 * | 123 456 789   | KR   | 0        | 1 234 568 kr      |
 * | 123 456 789   | TKR  | 0        | 1 235 tkr         |
 * | 123 456 789   | TKR  | 1        | 1 234,6 tkr       |
 * | 123 456 789   | MNKR | 1        | 1,2 mnkr          |
 * | 99 900        | KR   | 0        | 999 kr            |
 * | 100 000       | KR   | 0        | 1 000 kr          |
 * | −50           | KR   | 0        | −1 kr             |
 * | −49           | KR   | 0        | 0 kr              |
 * | 0             | TKR  | 1        | 0,0 tkr           |
 *
 * Totals are summed on the unrounded öre ([func@Styr.money_sum]) and
 * rounded once, here. So a table can show three rows of "0 tkr" (40 000
 * öre each) over a total of "1 tkr" (120 000 öre): that is right, and
 * the rows do not add up to the total only because each is rounded.
 *
 * For table cells, where the unit is in the column heading, use
 * [func@Styr.money_format_plain].
 *
 * Returns: (transfer full): the amount as text
 *
 * Since: 1.0
 */
char *
styr_money_format (gint64        ore,
                   StyrMoneyUnit unit,
                   int           decimals)
{
  g_return_val_if_fail (unit_and_decimals_are_valid (unit, decimals), NULL);

  return format_amount (ore, unit, decimals, TRUE);
}

/**
 * styr_money_format_plain:
 * @ore: an amount in öre
 * @unit: the unit to show the amount in
 * @decimals: the number of decimals, as for [func@Styr.money_format]
 *
 * Writes an amount as [func@Styr.money_format] does but without the
 * unit, for table cells whose column heading names it: 123 456 789 öre
 * as %STYR_MONEY_UNIT_TKR with 0 decimals is "1 235", −50 öre as
 * %STYR_MONEY_UNIT_KR with 2 decimals is "−0,50".
 *
 * Returns: (transfer full): the amount as text
 *
 * Since: 1.0
 */
char *
styr_money_format_plain (gint64        ore,
                         StyrMoneyUnit unit,
                         int           decimals)
{
  g_return_val_if_fail (unit_and_decimals_are_valid (unit, decimals), NULL);

  return format_amount (ore, unit, decimals, FALSE);
}

/* The length in bytes of a space at @p that may group digits: a space,
 * U+00A0 NO-BREAK SPACE or U+202F NARROW NO-BREAK SPACE; else 0. */
static gsize
space_length (const char *p)
{
  if (*p == ' ')
    return 1;
  if (strncmp (p, NBSP, 2) == 0)
    return 2;
  if (strncmp (p, NNBSP, 3) == 0)
    return 3;
  return 0;
}

static const char *
skip_spaces (const char *p)
{
  gsize n;

  while ((n = space_length (p)) > 0)
    p += n;
  return p;
}

static gsize
count_digits (const char *p)
{
  gsize n = 0;

  while (g_ascii_isdigit (p[n]))
    n++;
  return n;
}

/* Appends the digits to @magnitude; sets @overflow when it exceeds
 * @limit. */
static void
add_digits (guint64    *magnitude,
            const char *digits,
            gsize       n_digits,
            guint64     limit,
            gboolean   *overflow)
{
  for (gsize i = 0; i < n_digits; i++)
    {
      guint d = digits[i] - '0';

      if (*magnitude > (limit - d) / 10)
        *overflow = TRUE;
      else
        *magnitude = *magnitude * 10 + d;
    }
}

/**
 * styr_money_parse:
 * @text: the text to parse
 * @ore: (out): return location for the amount in öre, or 0 on error
 * @error: return location for a #GError
 *
 * Parses an amount in kronor written the Swedish way, as people type it
 * and as [func@Styr.money_format] writes it with %STYR_MONEY_UNIT_KR:
 *
 * - an optional sign, `-`, `+` or U+2212 MINUS SIGN;
 * - the kronor, either all digits (`1234567`) or grouped by three with a
 *   space, U+00A0 NO-BREAK SPACE or U+202F NARROW NO-BREAK SPACE
 *   (`1 234 567`); a space between digits anywhere else is an error;
 * - optionally a decimal comma and one or two decimals, the öre
 *   (`1 234,5` is 123 450 öre). A decimal point is accepted too
 *   (`1234.50`, as spreadsheets and programs write it);
 * - optionally the unit `kr`, with or without a space before it;
 * - spaces before and after.
 *
 * "1 234,50", "-1234", "−1 234 kr", "1234.5" and "0,05" are accepted.
 * Öre is the smallest unit, so more than two decimals is an error, and
 * three decimals (`12,345`, `12.345`) is refused as ambiguous: it reads
 * as kronor with a thousands separator in many programs. Amounts in tkr
 * or mnkr are not parsed; multiply them out.
 *
 * Fails with %STYR_ERROR_PARSE quoting @text, or with
 * %STYR_ERROR_OVERFLOW when the amount is beyond ±9 223 372 036 854 775 807
 * öre.
 *
 * ```python
 * Styr.money_parse("1 234,50")   # 123450
 * ```
 *
 * Returns: (skip): %TRUE on success, %FALSE with @error set
 *
 * Since: 1.0
 */
gboolean
styr_money_parse (const char  *text,
                  gint64      *ore,
                  GError     **error)
{
  const char *p;
  gboolean negative = FALSE, overflow = FALSE;
  guint64 magnitude = 0, limit;
  const char *int_digits[32];
  gsize int_lengths[32];
  guint n_groups = 0;
  const char *decimals = NULL;
  gsize n_decimals = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (ore != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _styr_init_i18n ();

  *ore = 0;
  p = skip_spaces (text);

  if (*p == '-' || *p == '+')
    negative = *p++ == '-';
  else if (strncmp (p, MINUS_SIGN, 3) == 0)
    {
      negative = TRUE;
      p += 3;
    }

  /* The kronor: groups of digits separated by single spaces. */
  for (;;)
    {
      gsize n = count_digits (p);
      gsize space;

      if (n == 0 || n_groups == G_N_ELEMENTS (int_digits))
        goto syntax_error;
      int_digits[n_groups] = p;
      int_lengths[n_groups] = n;
      n_groups++;
      p += n;

      space = space_length (p);
      if (space == 0 || !g_ascii_isdigit (p[space]))
        break;
      p += space;
    }

  if (n_groups > 1)
    {
      if (int_lengths[0] > 3)
        goto grouping_error;
      for (guint i = 1; i < n_groups; i++)
        if (int_lengths[i] != 3)
          goto grouping_error;
    }

  if (*p == ',' || *p == '.')
    {
      decimals = p + 1;
      n_decimals = count_digits (decimals);
      if (n_decimals == 0)
        goto syntax_error;
      p = decimals + n_decimals;
    }

  p = skip_spaces (p);
  if (p[0] == 'k' && p[1] == 'r')
    p = skip_spaces (p + 2);
  if (*p != '\0')
    goto syntax_error;

  if (n_decimals == 3)
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE,
                   _("»%s« är tvetydigt: tre siffror efter kommat eller punkten kan vara tusental; skriv öre med högst två decimaler och tusental med mellanslag, t.ex. 12 345 eller 12,35"),
                   valid);
      return FALSE;
    }
  if (n_decimals > 2)
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE,
                   _("»%s« har fler än två decimaler; öre är den minsta enheten"),
                   valid);
      return FALSE;
    }

  /* G_MININT64 has one more öre than G_MAXINT64. */
  limit = (guint64) G_MAXINT64 + (negative ? 1 : 0);
  for (guint i = 0; i < n_groups; i++)
    add_digits (&magnitude, int_digits[i], int_lengths[i], limit, &overflow);
  add_digits (&magnitude, decimals, n_decimals, limit, &overflow);
  add_digits (&magnitude, "00", 2 - n_decimals, limit, &overflow);

  if (overflow)
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      g_set_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW,
                   _("»%s« ryms inte i ett belopp: det största beloppet är ±9 223 372 036 854 775 807 öre"),
                   valid);
      return FALSE;
    }

  *ore = negative ? (gint64) -magnitude : (gint64) magnitude;
  return TRUE;

grouping_error:
  {
    g_autofree char *valid = g_utf8_make_valid (text, -1);

    g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE,
                 _("»%s« är inget belopp: siffrorna grupperas tre och tre, t.ex. 1 234 567"),
                 valid);
    return FALSE;
  }

syntax_error:
  {
    g_autofree char *valid = g_utf8_make_valid (text, -1);

    g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE,
                 _("»%s« är inget belopp; skriv kronor med decimalkomma och högst två decimaler, t.ex. 1 234,50 eller −1234"),
                 valid);
    return FALSE;
  }
}

/* A read-only property of an amount in öre, any gint64. */
GParamSpec *
_styr_amount_property (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL,
                             G_MININT64, G_MAXINT64, 0,
                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}
