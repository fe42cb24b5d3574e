/* styr-period.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "styr-private.h"
#include "styr-period.h"

/**
 * StyrPeriod:
 *
 * A period of the follow-up calendar (*uppföljningsperiod*): a calendar
 * year, a tertial (four months), a quarter or a month. The budget year is
 * the calendar year; tertial *k* covers months 4(*k*−1)+1 … 4*k*.
 *
 * A period is a small immutable value. In files, on the command line and
 * in [method@Styr.Period.to_string] it is written `2025` (year),
 * `2025-T2` (tertial), `2025-Q3` (quarter) or `2025-05` (month);
 * [func@Styr.Period.parse] reads the same notation.
 *
 * Follow-up is cumulative: a report "per 2025-T2" (the *delårsrapport*)
 * covers January–August, that is from the first month of
 * [method@Styr.Period.get_year_period] through
 * [method@Styr.Period.get_last_month] of the tertial, and ends on
 * 31 August ([method@Styr.Period.get_end_date]).
 *
 * Periods are ordered by their first month and, for periods that start in
 * the same month, the longer one first ([method@Styr.Period.compare]):
 * 2025, 2025-T1, 2025-Q1, 2025-01, 2025-02, 2025-03, 2025-Q2, 2025-04,
 * 2025-T2, 2025-05, …
 *
 * ```python
 * t2 = Styr.Period.parse("2025-T2")
 * assert t2.to_string() == "2025-T2"
 * assert t2.get_first_month() == 5 and t2.get_last_month() == 8
 * assert Styr.Period.new_year(2025).contains(t2)
 * assert t2.next().to_string() == "2025-T3"
 * ```
 *
 * Since: 1.0
 */

G_DEFINE_BOXED_TYPE (StyrPeriod, styr_period, styr_period_copy, styr_period_free)

#define MIN_YEAR 1
#define MAX_YEAR 9999

/* Months in one period of @kind. */
static int
kind_length (StyrPeriodKind kind)
{
  switch (kind)
    {
    case STYR_PERIOD_KIND_YEAR:    return 12;
    case STYR_PERIOD_KIND_TERTIAL: return 4;
    case STYR_PERIOD_KIND_QUARTER: return 3;
    case STYR_PERIOD_KIND_MONTH:   return 1;
    default:                       return 0;
    }
}

/* Periods of @kind in one year: the largest valid number. */
static int
kind_count (StyrPeriodKind kind)
{
  int length = kind_length (kind);

  return length > 0 ? 12 / length : 0;
}

static gboolean
period_is_valid (StyrPeriodKind kind,
                 int            year,
                 int            number)
{
  int count = kind_count (kind);

  return count > 0 &&
         year >= MIN_YEAR && year <= MAX_YEAR &&
         number >= 1 && number <= count;
}

static StyrPeriod *
period_alloc (StyrPeriodKind kind,
              int            year,
              int            number)
{
  StyrPeriod *self = g_new (StyrPeriod, 1);

  self->kind = kind;
  self->year = year;
  self->number = number;
  return self;
}

/* Months since the start of year 0; first and last month of the period. */
static int
period_first_index (const StyrPeriod *self)
{
  return self->year * 12 + (self->number - 1) * kind_length (self->kind);
}

static int
period_last_index (const StyrPeriod *self)
{
  return period_first_index (self) + kind_length (self->kind) - 1;
}

static const char *
kind_name (StyrPeriodKind kind)
{
  switch (kind)
    {
    case STYR_PERIOD_KIND_YEAR:    return _("år");
    case STYR_PERIOD_KIND_TERTIAL: return _("tertial");
    case STYR_PERIOD_KIND_QUARTER: return _("kvartal");
    case STYR_PERIOD_KIND_MONTH:   return _("månad");
    default:                       return "?";
    }
}

/**
 * styr_period_new:
 * @kind: the kind of period
 * @year: the year, 1 … 9999
 * @number: the number of the period within the year: 1 for a year,
 *   1 … 3 for a tertial, 1 … 4 for a quarter, 1 … 12 for a month
 * @error: return location for a #GError
 *
 * Creates a period, checking its parts. Use this when the parts come from
 * a user or a file; [ctor@Styr.Period.new_tertial] and its siblings are
 * shorter when they are known to be right.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT when @year or @number is out of
 * range.
 *
 * Returns: (transfer full): a new [struct@Styr.Period], or %NULL on error
 *
 * Since: 1.0
 */
StyrPeriod *
styr_period_new (StyrPeriodKind   kind,
                 int              year,
                 int              number,
                 GError         **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _styr_init_i18n ();

  if (kind_count (kind) == 0)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Okänd periodtyp %d"), (int) kind);
      return NULL;
    }

  if (!_styr_check_year (year, error))
    return NULL;

  if (number < 1 || number > kind_count (kind))
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Ogiltigt nummer %d för %s: ska vara 1–%d"),
                   number, kind_name (kind), kind_count (kind));
      return NULL;
    }

  return period_alloc (kind, year, number);
}

/**
 * styr_period_new_year:
 * @year: the year, 1 … 9999
 *
 * Creates the period of a whole calendar year (*år*), e.g. `2025`.
 *
 * Returns: (transfer full): a new [struct@Styr.Period]
 *
 * Since: 1.0
 */
StyrPeriod *
styr_period_new_year (int year)
{
  g_return_val_if_fail (period_is_valid (STYR_PERIOD_KIND_YEAR, year, 1), NULL);

  return period_alloc (STYR_PERIOD_KIND_YEAR, year, 1);
}

/**
 * styr_period_new_tertial:
 * @year: the year, 1 … 9999
 * @tertial: the tertial, 1 … 3
 *
 * Creates a tertial (*tertial*), e.g. `2025-T2` for May–August 2025.
 *
 * Returns: (transfer full): a new [struct@Styr.Period]
 *
 * Since: 1.0
 */
StyrPeriod *
styr_period_new_tertial (int year,
                         int tertial)
{
  g_return_val_if_fail (period_is_valid (STYR_PERIOD_KIND_TERTIAL, year, tertial), NULL);

  return period_alloc (STYR_PERIOD_KIND_TERTIAL, year, tertial);
}

/**
 * styr_period_new_quarter:
 * @year: the year, 1 … 9999
 * @quarter: the quarter, 1 … 4
 *
 * Creates a quarter (*kvartal*), e.g. `2025-Q3` for July–September 2025.
 *
 * Returns: (transfer full): a new [struct@Styr.Period]
 *
 * Since: 1.0
 */
StyrPeriod *
styr_period_new_quarter (int year,
                         int quarter)
{
  g_return_val_if_fail (period_is_valid (STYR_PERIOD_KIND_QUARTER, year, quarter), NULL);

  return period_alloc (STYR_PERIOD_KIND_QUARTER, year, quarter);
}

/**
 * styr_period_new_month:
 * @year: the year, 1 … 9999
 * @month: the month, 1 … 12
 *
 * Creates a month (*månad*), e.g. `2025-05` for May 2025.
 *
 * Returns: (transfer full): a new [struct@Styr.Period]
 *
 * Since: 1.0
 */
StyrPeriod *
styr_period_new_month (int year,
                       int month)
{
  g_return_val_if_fail (period_is_valid (STYR_PERIOD_KIND_MONTH, year, month), NULL);

  return period_alloc (STYR_PERIOD_KIND_MONTH, year, month);
}

/* Reads exactly @n ASCII digits from @p. */
static gboolean
read_digits (const char *p,
             int         n,
             int        *out)
{
  int value = 0;

  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      value = value * 10 + (p[i] - '0');
    }
  *out = value;
  return TRUE;
}

/* styr_period_parse(), into @out. */
gboolean
_styr_period_parse_into (const char  *text,
                         StyrPeriod  *out,
                         GError     **error)
{
  StyrPeriodKind kind;
  int year;
  int number;
  gsize len;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _styr_init_i18n ();

  len = strlen (text);

  if (len < 4 || !read_digits (text, 4, &year))
    goto syntax_error;

  if (len == 4)
    {
      kind = STYR_PERIOD_KIND_YEAR;
      number = 1;
    }
  else if (text[4] != '-')
    goto syntax_error;
  else if (len == 7 && (text[5] == 'T' || text[5] == 't') && read_digits (text + 6, 1, &number))
    kind = STYR_PERIOD_KIND_TERTIAL;
  else if (len == 7 && (text[5] == 'Q' || text[5] == 'q') && read_digits (text + 6, 1, &number))
    kind = STYR_PERIOD_KIND_QUARTER;
  else if (len == 7 && read_digits (text + 5, 2, &number))
    kind = STYR_PERIOD_KIND_MONTH;
  else
    goto syntax_error;

  if (year < MIN_YEAR)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE,
                   _("»%s« är ingen giltig period: år 0000 finns inte; året skrivs med fyra siffror, 0001–9999"),
                   text);
      return FALSE;
    }

  if (number < 1 || number > kind_count (kind))
    {
      switch (kind)
        {
        case STYR_PERIOD_KIND_TERTIAL:
          g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE,
                       _("»%s« är ingen giltig period: ett år har tertial T1–T3, t.ex. 2025-T2"),
                       text);
          break;
        case STYR_PERIOD_KIND_QUARTER:
          g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE,
                       _("»%s« är ingen giltig period: ett år har kvartal Q1–Q4, t.ex. 2025-Q3"),
                       text);
          break;
        case STYR_PERIOD_KIND_MONTH:
          g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE,
                       _("»%s« är ingen giltig period: månaden skrivs med två siffror 01–12, t.ex. 2025-05"),
                       text);
          break;
        case STYR_PERIOD_KIND_YEAR:
        default:
          g_assert_not_reached ();
        }
      return FALSE;
    }

  out->kind = kind;
  out->year = year;
  out->number = number;
  return TRUE;

syntax_error:
  {
    g_autofree char *valid = g_utf8_make_valid (text, -1);

    g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE,
                 _("»%s« är ingen giltig period; skriv ett år (2025), ett tertial (2025-T2), ett kvartal (2025-Q3) eller en månad (2025-05)"),
                 valid);
    return FALSE;
  }
}

/**
 * styr_period_parse:
 * @text: the text to parse
 * @error: return location for a #GError
 *
 * Parses a period written as in files and on the command line: `2025`
 * (a year), `2025-T2` (a tertial, 1 … 3), `2025-Q3` (a quarter, 1 … 4) or
 * `2025-05` (a month, 01 … 12). The year has four digits; `t` and `q` may
 * also be written in lower case. Nothing else is accepted, not even
 * surrounding spaces.
 *
 * Fails with %STYR_ERROR_PARSE, quoting @text and saying what is expected.
 *
 * Returns: (transfer full): a new [struct@Styr.Period], or %NULL on error
 *
 * Since: 1.0
 */
StyrPeriod *
styr_period_parse (const char  *text,
                   GError     **error)
{
  StyrPeriod period;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_styr_period_parse_into (text, &period, error))
    return NULL;
  return period_alloc (period.kind, period.year, period.number);
}

/**
 * styr_period_copy:
 * @self: a [struct@Styr.Period]
 *
 * Copies @self.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 1.0
 */
StyrPeriod *
styr_period_copy (const StyrPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

/**
 * styr_period_free:
 * @self: (nullable): a [struct@Styr.Period]
 *
 * Frees @self.
 *
 * Since: 1.0
 */
void
styr_period_free (StyrPeriod *self)
{
  g_free (self);
}

/**
 * styr_period_get_kind:
 * @self: a [struct@Styr.Period]
 *
 * Gets whether @self is a year, a tertial, a quarter or a month.
 *
 * Returns: the kind of period
 *
 * Since: 1.0
 */
StyrPeriodKind
styr_period_get_kind (const StyrPeriod *self)
{
  g_return_val_if_fail (self != NULL, STYR_PERIOD_KIND_YEAR);

  return self->kind;
}

/**
 * styr_period_get_year:
 * @self: a [struct@Styr.Period]
 *
 * Gets the year of @self.
 *
 * Returns: the year, 1 … 9999
 *
 * Since: 1.0
 */
int
styr_period_get_year (const StyrPeriod *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->year;
}

/**
 * styr_period_get_number:
 * @self: a [struct@Styr.Period]
 *
 * Gets the number of @self within its year: 1 for a year, the tertial
 * (1 … 3), the quarter (1 … 4) or the month (1 … 12).
 *
 * Returns: the number within the year
 *
 * Since: 1.0
 */
int
styr_period_get_number (const StyrPeriod *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->number;
}

/**
 * styr_period_get_first_month:
 * @self: a [struct@Styr.Period]
 *
 * Gets the first month of @self, e.g. 5 for `2025-T2`.
 *
 * Returns: the first month, 1 … 12
 *
 * Since: 1.0
 */
int
styr_period_get_first_month (const StyrPeriod *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return period_first_index (self) % 12 + 1;
}

/**
 * styr_period_get_last_month:
 * @self: a [struct@Styr.Period]
 *
 * Gets the last month of @self, e.g. 8 for `2025-T2`. A cumulative report
 * per @self covers January through this month.
 *
 * Returns: the last month, 1 … 12
 *
 * Since: 1.0
 */
int
styr_period_get_last_month (const StyrPeriod *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return period_last_index (self) % 12 + 1;
}

/**
 * styr_period_get_start_date:
 * @self: a [struct@Styr.Period]
 *
 * Gets the first day of @self, e.g. 1 May 2025 for `2025-T2`.
 *
 * Returns: (transfer full): a new #GDate
 *
 * Since: 1.0
 */
GDate *
styr_period_get_start_date (const StyrPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_date_new_dmy (1, styr_period_get_first_month (self), self->year);
}

/**
 * styr_period_get_end_date:
 * @self: a [struct@Styr.Period]
 *
 * Gets the last day of @self, e.g. 31 August 2025 for `2025-T2`: the day
 * a report per @self is made up to.
 *
 * Returns: (transfer full): a new #GDate
 *
 * Since: 1.0
 */
GDate *
styr_period_get_end_date (const StyrPeriod *self)
{
  int month;

  g_return_val_if_fail (self != NULL, NULL);

  month = styr_period_get_last_month (self);
  return g_date_new_dmy (g_date_get_days_in_month (month, self->year),
                         month, self->year);
}

/**
 * styr_period_to_string:
 * @self: a [struct@Styr.Period]
 *
 * Writes @self in the notation [func@Styr.Period.parse] reads: `2025`,
 * `2025-T2`, `2025-Q3` or `2025-05`.
 *
 * Returns: (transfer full): the period as text
 *
 * Since: 1.0
 */
char *
styr_period_to_string (const StyrPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->kind)
    {
    case STYR_PERIOD_KIND_YEAR:
      return g_strdup_printf ("%04d", self->year);
    case STYR_PERIOD_KIND_TERTIAL:
      return g_strdup_printf ("%04d-T%d", self->year, self->number);
    case STYR_PERIOD_KIND_QUARTER:
      return g_strdup_printf ("%04d-Q%d", self->year, self->number);
    case STYR_PERIOD_KIND_MONTH:
      return g_strdup_printf ("%04d-%02d", self->year, self->number);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * styr_period_compare:
 * @a: a [struct@Styr.Period]
 * @b: another [struct@Styr.Period]
 *
 * Compares two periods for sorting. Periods are ordered by their first
 * month; of two periods that start in the same month the longer comes
 * first. So a year comes before its first tertial, which comes before its
 * first quarter, which comes before January: `2025`, `2025-T1`, `2025-Q1`,
 * `2025-01`, `2025-02`, `2025-03`, `2025-Q2`, `2025-04`, `2025-T2`,
 * `2025-05`, … , `2025-12`, `2026`.
 *
 * Returns: a negative number if @a sorts before @b, 0 if they are equal,
 *   a positive number if @a sorts after @b
 *
 * Since: 1.0
 */
int
styr_period_compare (const StyrPeriod *a,
                     const StyrPeriod *b)
{
  guint32 ka, kb;

  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  ka = _styr_period_to_key (a);
  kb = _styr_period_to_key (b);
  return ka < kb ? -1 : (ka > kb ? 1 : 0);
}

/**
 * styr_period_equal:
 * @a: a [struct@Styr.Period]
 * @b: another [struct@Styr.Period]
 *
 * Checks whether two periods are the same: the same kind, year and number.
 * `2025-Q1` and `2025-T1` are not equal, nor are `2025` and `2025-T1`.
 *
 * Returns: %TRUE if @a and @b are equal
 *
 * Since: 1.0
 */
gboolean
styr_period_equal (const StyrPeriod *a,
                   const StyrPeriod *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->kind == b->kind && a->year == b->year && a->number == b->number;
}

/**
 * styr_period_hash:
 * @self: a [struct@Styr.Period]
 *
 * A hash of @self for a #GHashTable with [method@Styr.Period.equal].
 *
 * Returns: the hash value
 *
 * Since: 1.0
 */
guint
styr_period_hash (const StyrPeriod *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return _styr_period_to_key (self);
}

/**
 * styr_period_contains:
 * @self: a [struct@Styr.Period]
 * @other: another [struct@Styr.Period]
 *
 * Checks whether every month of @other lies within @self: `2025` contains
 * `2025-T2`, which contains `2025-05`. A period contains itself; `2025-T2`
 * (May–August) does not contain `2025-Q2` (April–June).
 *
 * Returns: %TRUE if @self contains @other
 *
 * Since: 1.0
 */
gboolean
styr_period_contains (const StyrPeriod *self,
                      const StyrPeriod *other)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (other != NULL, FALSE);

  return period_first_index (self) <= period_first_index (other) &&
         period_last_index (other) <= period_last_index (self);
}

/**
 * styr_period_covers_month:
 * @self: a [struct@Styr.Period]
 * @year: a year
 * @month: a month, 1 … 12
 *
 * Checks whether the month @month of @year lies within @self: `2025-T2`
 * covers May–August 2025.
 *
 * Follow-up is cumulative: to see whether a month belongs to a report
 * per @self (January to date), ask the year instead,
 * `styr_period_covers_month (year_period, y, m)` with
 * [method@Styr.Period.get_year_period], and compare @month with
 * [method@Styr.Period.get_last_month].
 *
 * Returns: %TRUE if @self covers the month
 *
 * Since: 1.0
 */
gboolean
styr_period_covers_month (const StyrPeriod *self,
                          int               year,
                          int               month)
{
  int month_index;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (month >= 1 && month <= 12, FALSE);

  month_index = year * 12 + month - 1;
  return period_first_index (self) <= month_index &&
         month_index <= period_last_index (self);
}

/**
 * styr_period_get_year_period:
 * @self: a [struct@Styr.Period]
 *
 * Gets the calendar year @self lies in, e.g. `2025` for `2025-T2`.
 *
 * A report "per 2025-T2" is cumulative: it covers the months from the
 * first month of this year through [method@Styr.Period.get_last_month] of
 * @self, January–August.
 *
 * Returns: (transfer full): a new [struct@Styr.Period] of kind
 *   %STYR_PERIOD_KIND_YEAR
 *
 * Since: 1.0
 */
StyrPeriod *
styr_period_get_year_period (const StyrPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return period_alloc (STYR_PERIOD_KIND_YEAR, self->year, 1);
}

/**
 * styr_period_next:
 * @self: a [struct@Styr.Period]
 *
 * Gets the period of the same kind that follows @self: `2025-T3` after
 * `2025-T2`, `2026-T1` after `2025-T3`, `2026-01` after `2025-12`.
 *
 * Returns: (transfer full) (nullable): the next period, or %NULL after
 *   the last period of year 9999
 *
 * Since: 1.0
 */
StyrPeriod *
styr_period_next (const StyrPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->number < kind_count (self->kind))
    return period_alloc (self->kind, self->year, self->number + 1);
  if (self->year >= MAX_YEAR)
    return NULL;
  return period_alloc (self->kind, self->year + 1, 1);
}

/**
 * styr_period_previous:
 * @self: a [struct@Styr.Period]
 *
 * Gets the period of the same kind that precedes @self: `2025-T1` before
 * `2025-T2`, `2024-T3` before `2025-T1`, `2024-12` before `2025-01`.
 *
 * Returns: (transfer full) (nullable): the previous period, or %NULL
 *   before the first period of year 1
 *
 * Since: 1.0
 */
StyrPeriod *
styr_period_previous (const StyrPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->number > 1)
    return period_alloc (self->kind, self->year, self->number - 1);
  if (self->year <= MIN_YEAR)
    return NULL;
  return period_alloc (self->kind, self->year - 1, kind_count (self->kind));
}

/* Checks that @year is one a period can have, MIN_YEAR … MAX_YEAR. */
gboolean
_styr_check_year (int      year,
                  GError **error)
{
  if (year < MIN_YEAR || year > MAX_YEAR)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Året %d är utanför det tillåtna intervallet %d–%d"),
                   year, MIN_YEAR, MAX_YEAR);
      return FALSE;
    }

  return TRUE;
}

/* The key: bits 2… hold the first month counted from January of year 0,
 * bits 0–1 the kind. The kinds are declared longest first, so the numeric
 * order of keys is the order of styr_period_compare(). Year 9999 gives
 * keys below 2^19; 0 is never a key. */
guint32
_styr_period_to_key (const StyrPeriod *period)
{
  g_return_val_if_fail (period != NULL, 0);

  return ((guint32) period_first_index (period) << 2) | (guint32) period->kind;
}

StyrPeriod *
_styr_period_from_key (guint32 key)
{
  StyrPeriodKind kind = (StyrPeriodKind) (key & 3);
  guint32 month_index = key >> 2;
  int year = (int) (month_index / 12);
  int month0 = (int) (month_index % 12);
  int length = kind_length (kind);

  g_return_val_if_fail (month0 % length == 0, NULL);
  g_return_val_if_fail (period_is_valid (kind, year, month0 / length + 1), NULL);

  return period_alloc (kind, year, month0 / length + 1);
}
