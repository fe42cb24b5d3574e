/* styr-grading.c — grading an indicator for a period: against its target
 * (green, yellow, red, not assessed), its trend, and comparative grading
 * among comparison municipalities (Kolada's Kommunens Kvalitet i Korthet).
 *
 * Grading reads the indicator and stores nothing; the rows are walked in
 * the indicator's sorted storage, by binary search and short scans.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "styr-private.h"
#include "styr-grading.h"

/**
 * styr_grade_to_string:
 * @grade: a [enum@Styr.Grade]
 *
 * Gets the Swedish words for @grade: "uppfyllt", "delvis uppfyllt",
 * "ej uppfyllt" or "ej bedömd". The words are stable and not translated,
 * so scripts may match on them.
 *
 * Returns: (transfer none): the words
 *
 * Since: 1.0
 */
const char *
styr_grade_to_string (StyrGrade grade)
{
  switch (grade)
    {
    case STYR_GRADE_NOT_ASSESSED:
      return "ej bedömd";
    case STYR_GRADE_RED:
      return "ej uppfyllt";
    case STYR_GRADE_YELLOW:
      return "delvis uppfyllt";
    case STYR_GRADE_GREEN:
      return "uppfyllt";
    default:
      g_return_val_if_reached ("ej bedömd");
    }
}

/**
 * styr_trend_to_string:
 * @trend: a [enum@Styr.Trend]
 *
 * Gets the Swedish word for @trend: "positiv", "oförändrad", "negativ" or
 * "underlag saknas". The words are stable and not translated, so scripts
 * may match on them.
 *
 * Returns: (transfer none): the word
 *
 * Since: 1.0
 */
const char *
styr_trend_to_string (StyrTrend trend)
{
  switch (trend)
    {
    case STYR_TREND_NO_DATA:
      return "underlag saknas";
    case STYR_TREND_NEGATIVE:
      return "negativ";
    case STYR_TREND_UNCHANGED:
      return "oförändrad";
    case STYR_TREND_POSITIVE:
      return "positiv";
    default:
      g_return_val_if_reached ("underlag saknas");
    }
}

/* Period keys (_styr_period_to_key()) are the index of the first month,
 * year × 12 + month − 1, shifted left by two, or'ed with the kind. */

static guint
key_kind (guint32 key)
{
  return key & 3;
}

static guint32
key_first_month (guint32 key)
{
  return key >> 2;
}

static guint32
key_last_month (guint32 key)
{
  static const guint32 length[] = {
    [STYR_PERIOD_KIND_YEAR] = 12,
    [STYR_PERIOD_KIND_TERTIAL] = 4,
    [STYR_PERIOD_KIND_QUARTER] = 3,
    [STYR_PERIOD_KIND_MONTH] = 1,
  };

  return key_first_month (key) + length[key_kind (key)] - 1;
}

static guint32
row_key (StyrIndicator *self,
         guint          position)
{
  guint32 key;
  double value;

  _styr_indicator_get_row (self, position, &key, &value);
  return key;
}

static double
row_value (StyrIndicator *self,
           guint          position)
{
  guint32 key;
  double value;

  _styr_indicator_get_row (self, position, &key, &value);
  return value;
}

/* The position of the measurement that holds for @period: the one for
 * @period itself, else of the periods that end by the end of @period the
 * one that ends last, and of those that end in the same month the one
 * that starts last. See styr_indicator_lookup_latest(). */
static gboolean
find_latest (StyrIndicator    *self,
             const StyrPeriod *period,
             guint            *position)
{
  guint32 end = key_last_month (_styr_period_to_key (period));
  guint lo = 0, hi = styr_indicator_get_n_measurements (self);
  gboolean found = FALSE;
  guint32 best_first = 0, best_last = 0;

  if (styr_indicator_find_measurement (self, period, position))
    return TRUE;

  /* Rows run by first month; the ones from @lo on start after @end. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (key_first_month (row_key (self, mid)) <= end)
        lo = mid + 1;
      else
        hi = mid;
    }

  /* Back from there. A period lasts at most twelve months, so once the
   * rows start that long before the best end found, none can beat it. */
  for (guint i = lo; i-- > 0; )
    {
      guint32 key = row_key (self, i);
      guint32 first = key_first_month (key);
      guint32 last = key_last_month (key);

      if (found && first + 11 < best_last)
        break;
      if (last > end)
        continue;
      if (!found || last > best_last || (last == best_last && first > best_first))
        {
          found = TRUE;
          best_first = first;
          best_last = last;
          *position = i;
        }
    }

  return found;
}

/* The position of the latest measurement before @position of the same
 * kind of period. */
static gboolean
find_previous (StyrIndicator *self,
               guint          position,
               guint         *previous)
{
  guint kind = key_kind (row_key (self, position));

  for (guint i = position; i-- > 0; )
    if (key_kind (row_key (self, i)) == kind)
      {
        *previous = i;
        return TRUE;
      }

  return FALSE;
}

/* The value to compare the one at @position with: the previous
 * measurement of the same kind of period, else the baseline. */
static gboolean
lookup_reference (StyrIndicator *self,
                  guint          position,
                  double        *reference)
{
  guint previous;

  if (find_previous (self, position, &previous))
    {
      *reference = row_value (self, previous);
      return TRUE;
    }

  *reference = styr_indicator_get_baseline (self);
  return !isnan (*reference);
}

/* How far @value is from the range @low … @high: 0 inside. */
static double
range_distance (double value,
                double low,
                double high)
{
  if (value < low)
    return low - value;
  if (value > high)
    return value - high;
  return 0.0;
}

/* How bad @value is in @direction, for comparing two values: the smaller
 * the better. For a range, its distance from @low … @high. */
static double
badness (StyrIndicatorDirection direction,
         double                 value,
         double                 low,
         double                 high)
{
  switch (direction)
    {
    case STYR_INDICATOR_DIRECTION_LOWER:
      return value;
    case STYR_INDICATOR_DIRECTION_RANGE:
      return range_distance (value, low, high);
    case STYR_INDICATOR_DIRECTION_HIGHER:
    default:
      return -value;
    }
}

/**
 * styr_indicator_lookup_latest:
 * @self: a [class@Styr.Indicator]
 * @period: a period
 * @value: (out) (optional): return location for the value, or NaN
 * @found_period: (out) (optional) (nullable) (transfer full): return
 *   location for the period of the measurement found, or %NULL
 *
 * Looks up the latest value of @self as of @period: what was known when
 * @period ended. That is the measurement for @period itself when there
 * is one; otherwise, of the measurements whose periods end no later than
 * @period ends, the one whose period ends last, and of several that end
 * in the same month, the one whose period starts last (the shortest).
 * Measurements of periods that end after @period, a year that @period is
 * part of included, do not count.
 *
 * For a yearly indicator asked for `2025-T2` that is the value for 2024
 * (2025 ends after August), however far back 2024 is; for a monthly one
 * asked for `2025-T2` it is the value for `2025-08`, or for the last
 * month before it that has one. Asked for `2025`, a measurement for
 * `2025` itself wins over one for `2025-12`.
 *
 * @found_period tells which period the value belongs to, so that a
 * report can say how old it is.
 *
 * Returns: %TRUE if @self has such a measurement
 *
 * Since: 1.0
 */
gboolean
styr_indicator_lookup_latest (StyrIndicator     *self,
                              const StyrPeriod  *period,
                              double            *value,
                              StyrPeriod       **found_period)
{
  guint position;
  guint32 key;
  double v;

  if (value != NULL)
    *value = NAN;
  if (found_period != NULL)
    *found_period = NULL;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  if (!find_latest (self, period, &position))
    return FALSE;

  _styr_indicator_get_row (self, position, &key, &v);
  if (value != NULL)
    *value = v;
  if (found_period != NULL)
    *found_period = _styr_period_from_key (key);
  return TRUE;
}

/**
 * styr_indicator_grade:
 * @self: a [class@Styr.Indicator]
 * @period: the period to grade, e.g. `2025` or `2025-T2`
 *
 * Grades @self for @period against its target (*uppfyllt*, *delvis
 * uppfyllt*, *ej uppfyllt*, *ej bedömd*).
 *
 * The value graded is the latest value as of @period
 * ([method@Styr.Indicator.lookup_latest]): the measurement for @period
 * when there is one, else the last one known when @period ended (at
 * `2025-T2`, a yearly indicator is graded on its value for 2024). The
 * target is the one that holds for the year of @period
 * ([method@Styr.Indicator.lookup_target]: the year's own, else the
 * standing target), with that target's yellow threshold.
 *
 * - %STYR_GRADE_NOT_ASSESSED when there is no value or no target.
 * - %STYR_INDICATOR_DIRECTION_HIGHER: green when the value is at least
 *   the target. Otherwise, when the target has a yellow threshold, yellow
 *   when the value is at least the threshold, else red.
 * - %STYR_INDICATOR_DIRECTION_LOWER mirrors that: green when the value is
 *   at most the target; yellow when at most the threshold.
 * - %STYR_INDICATOR_DIRECTION_RANGE: green when the value lies in the
 *   target range, ends included (a single target value is a range of one
 *   point). The yellow threshold is read as the distance outside the
 *   range that is still yellow: with a range of 90 … 95 and a threshold
 *   of 2, 88 and 97 are yellow, 87.9 is red.
 * - Without a yellow threshold, a value that misses the target is yellow
 *   when it improved in the indicator's direction (for a range: came
 *   closer to it) on the previous value, and red otherwise — also when
 *   there is nothing to compare with. The previous value is that of the
 *   latest measurement before the one graded of the same kind of period
 *   (a year's before a year, a tertial's before a tertial); when there is
 *   none, the baseline ([property@Styr.Indicator:baseline]) if set.
 *
 * With a target range on an indicator that is not
 * %STYR_INDICATOR_DIRECTION_RANGE, the low end is the target for
 * %STYR_INDICATOR_DIRECTION_HIGHER and the high end for
 * %STYR_INDICATOR_DIRECTION_LOWER.
 *
 * ```python
 * t2 = Styr.Period.parse("2025-T2")
 * grade = ind.grade(t2)                  # Styr.Grade.YELLOW
 * trend = ind.get_trend(t2)              # Styr.Trend.POSITIVE
 * ok, value, period = ind.lookup_latest(t2)
 * print(Styr.Grade.to_string(grade), value, period.to_string())
 * ```
 *
 * Returns: the grade
 *
 * Since: 1.0
 */
StyrGrade
styr_indicator_grade (StyrIndicator    *self,
                      const StyrPeriod *period)
{
  StyrIndicatorDirection direction;
  double value, low, high, yellow, reference;
  gboolean has_yellow;
  guint position;
  int year;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), STYR_GRADE_NOT_ASSESSED);
  g_return_val_if_fail (period != NULL, STYR_GRADE_NOT_ASSESSED);

  if (!find_latest (self, period, &position))
    return STYR_GRADE_NOT_ASSESSED;

  year = styr_period_get_year (period);
  if (!styr_indicator_lookup_target (self, year, &low, &high))
    return STYR_GRADE_NOT_ASSESSED;
  if (isnan (high))
    high = low;

  value = row_value (self, position);
  has_yellow = styr_indicator_lookup_yellow_threshold (self, year, &yellow);
  direction = styr_indicator_get_direction (self);

  switch (direction)
    {
    case STYR_INDICATOR_DIRECTION_LOWER:
      if (value <= high)
        return STYR_GRADE_GREEN;
      if (has_yellow)
        return value <= yellow ? STYR_GRADE_YELLOW : STYR_GRADE_RED;
      break;

    case STYR_INDICATOR_DIRECTION_RANGE:
      if (value >= low && value <= high)
        return STYR_GRADE_GREEN;
      if (has_yellow)
        return range_distance (value, low, high) <= yellow ? STYR_GRADE_YELLOW : STYR_GRADE_RED;
      break;

    case STYR_INDICATOR_DIRECTION_HIGHER:
    default:
      if (value >= low)
        return STYR_GRADE_GREEN;
      if (has_yellow)
        return value >= yellow ? STYR_GRADE_YELLOW : STYR_GRADE_RED;
      break;
    }

  if (lookup_reference (self, position, &reference) &&
      badness (direction, value, low, high) < badness (direction, reference, low, high))
    return STYR_GRADE_YELLOW;

  return STYR_GRADE_RED;
}

/**
 * styr_indicator_get_trend:
 * @self: a [class@Styr.Indicator]
 * @period: a period, e.g. `2025` or `2025-T2`
 *
 * Tells which way @self is going at @period, apart from its grade: the
 * value used for @period (the latest value as of @period, as
 * [method@Styr.Indicator.grade] uses) compared with the previous value —
 * that of the latest measurement before it of the same kind of period (a
 * year's before a year, a month's before a month), or, when there is
 * none, the baseline ([property@Styr.Indicator:baseline]).
 *
 * %STYR_TREND_POSITIVE when the value is better in the indicator's
 * direction (higher for %STYR_INDICATOR_DIRECTION_HIGHER, lower for
 * %STYR_INDICATOR_DIRECTION_LOWER, closer to the target range of the
 * year of @period for %STYR_INDICATOR_DIRECTION_RANGE, where two values
 * inside the range are equally good), %STYR_TREND_NEGATIVE when worse,
 * %STYR_TREND_UNCHANGED when equal. %STYR_TREND_NO_DATA when there is no
 * value, nothing to compare it with, or, for a range, no target.
 *
 * Returns: the trend
 *
 * Since: 1.0
 */
StyrTrend
styr_indicator_get_trend (StyrIndicator    *self,
                          const StyrPeriod *period)
{
  StyrIndicatorDirection direction;
  double value, reference, low = NAN, high = NAN;
  double now, before;
  guint position;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), STYR_TREND_NO_DATA);
  g_return_val_if_fail (period != NULL, STYR_TREND_NO_DATA);

  if (!find_latest (self, period, &position) ||
      !lookup_reference (self, position, &reference))
    return STYR_TREND_NO_DATA;

  direction = styr_indicator_get_direction (self);
  if (direction == STYR_INDICATOR_DIRECTION_RANGE)
    {
      if (!styr_indicator_lookup_target (self, styr_period_get_year (period), &low, &high))
        return STYR_TREND_NO_DATA;
      if (isnan (high))
        high = low;
    }

  value = row_value (self, position);
  now = badness (direction, value, low, high);
  before = badness (direction, reference, low, high);

  if (now < before)
    return STYR_TREND_POSITIVE;
  if (now > before)
    return STYR_TREND_NEGATIVE;
  return STYR_TREND_UNCHANGED;
}

/**
 * styr_indicator_grade_comparative:
 * @self: a [class@Styr.Indicator]
 * @period: the period to grade
 *
 * Grades @self for @period by its rank among the comparison
 * municipalities (*jämförelsekommuner*,
 * [method@Styr.Indicator.set_comparison_value]) rather than against a
 * target, as Kolada's *Kommunens Kvalitet i Korthet* does: the best
 * quarter green, the middle half yellow, the worst quarter red.
 *
 * The own value is the measurement for exactly @period
 * ([method@Styr.Indicator.lookup_value]); it is ranked among the
 * comparison values for exactly @period. Its rank is the share of those
 * values that are strictly better in the indicator's direction, ties
 * counted half: with *n* values, *b* of them better and *t* equal,
 * *share* = (*b* + ½ *t*) / *n*. Green when *share* < 0.25, red when
 * *share* > 0.75, yellow otherwise (both bounds included). With the
 * values 10, 20, 30 and 40 and higher better, 41 is green (share 0),
 * 35 and 15 are yellow (0.25 and 0.75), 5 is red (1).
 *
 * %STYR_GRADE_NOT_ASSESSED when there is no own value for @period, when
 * there are fewer than three comparison values for it, and for
 * %STYR_INDICATOR_DIRECTION_RANGE, which has no better end to rank by.
 *
 * Returns: the comparative grade
 *
 * Since: 1.0
 */
StyrGrade
styr_indicator_grade_comparative (StyrIndicator    *self,
                                  const StyrPeriod *period)
{
  StyrIndicatorDirection direction;
  g_autofree double *values = NULL;
  guint n = 0, better = 0, ties = 0;
  guint64 twice_rank;
  double value;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), STYR_GRADE_NOT_ASSESSED);
  g_return_val_if_fail (period != NULL, STYR_GRADE_NOT_ASSESSED);

  direction = styr_indicator_get_direction (self);
  if (direction == STYR_INDICATOR_DIRECTION_RANGE ||
      !styr_indicator_lookup_value (self, period, &value))
    return STYR_GRADE_NOT_ASSESSED;

  values = _styr_indicator_dup_comparison_values (self, _styr_period_to_key (period), &n);
  if (n < 3)
    return STYR_GRADE_NOT_ASSESSED;

  for (guint i = 0; i < n; i++)
    {
      if (values[i] == value)
        ties++;
      else if (direction == STYR_INDICATOR_DIRECTION_LOWER ? values[i] < value : values[i] > value)
        better++;
    }

  /* share = twice_rank / 2n, compared in integers: share < 1/4 is
   * 2 twice_rank < n, share > 3/4 is 2 twice_rank > 3n. */
  twice_rank = 2 * (guint64) better + ties;
  if (2 * twice_rank < n)
    return STYR_GRADE_GREEN;
  if (2 * twice_rank > 3 * (guint64) n)
    return STYR_GRADE_RED;
  return STYR_GRADE_YELLOW;
}
