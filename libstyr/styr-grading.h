/* styr-grading.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <glib-object.h>

#include "styr-indicator.h"
#include "styr-period.h"

G_BEGIN_DECLS

/**
 * StyrGrade:
 * @STYR_GRADE_NOT_ASSESSED: not assessed (*ej bedömd*): there is no value
 *   or no target to grade against. Never the same as red.
 * @STYR_GRADE_RED: not fulfilled (*ej uppfyllt*)
 * @STYR_GRADE_YELLOW: partly fulfilled (*delvis uppfyllt*)
 * @STYR_GRADE_GREEN: fulfilled (*uppfyllt*)
 *
 * The grade of an indicator for a period
 * ([method@Styr.Indicator.grade], [method@Styr.Indicator.grade_comparative]):
 * the common three colours, and the separate state for no grade. The
 * colours are ordered: red < yellow < green.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_GRADE_NOT_ASSESSED,
  STYR_GRADE_RED,
  STYR_GRADE_YELLOW,
  STYR_GRADE_GREEN,
} StyrGrade;

/**
 * StyrTrend:
 * @STYR_TREND_NO_DATA: no data (*underlag saknas*): no value, or nothing
 *   to compare it with
 * @STYR_TREND_NEGATIVE: the value got worse (*negativ*) in the indicator's
 *   direction
 * @STYR_TREND_UNCHANGED: the value is the same (*oförändrad*)
 * @STYR_TREND_POSITIVE: the value got better (*positiv*) in the
 *   indicator's direction
 *
 * Which way an indicator is going ([method@Styr.Indicator.get_trend]),
 * apart from whether it reaches its target: the arrow beside the colour.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_TREND_NO_DATA,
  STYR_TREND_NEGATIVE,
  STYR_TREND_UNCHANGED,
  STYR_TREND_POSITIVE,
} StyrTrend;

STYR_AVAILABLE_IN_ALL
const char *styr_grade_to_string (StyrGrade grade);

STYR_AVAILABLE_IN_ALL
const char *styr_trend_to_string (StyrTrend trend);

STYR_AVAILABLE_IN_ALL
gboolean    styr_indicator_lookup_latest       (StyrIndicator     *self,
                                                const StyrPeriod  *period,
                                                double            *value,
                                                StyrPeriod       **found_period);

STYR_AVAILABLE_IN_ALL
StyrGrade   styr_indicator_grade               (StyrIndicator     *self,
                                                const StyrPeriod  *period);

STYR_AVAILABLE_IN_ALL
StyrTrend   styr_indicator_get_trend           (StyrIndicator     *self,
                                                const StyrPeriod  *period);

STYR_AVAILABLE_IN_ALL
StyrGrade   styr_indicator_grade_comparative   (StyrIndicator     *self,
                                                const StyrPeriod  *period);

G_END_DECLS
