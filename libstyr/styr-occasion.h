/* styr-occasion.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <glib-object.h>

#include "styr-version-macros.h"
#include "styr-period.h"

G_BEGIN_DECLS

/**
 * StyrOccasionFlags:
 * @STYR_OCCASION_FLAGS_NONE: the occasion reports nothing in particular
 * @STYR_OCCASION_FLAGS_GOALS: goal fulfilment (*målfyllelse*) is followed
 *   up, with a forecast of the fulfilment at year's end
 * @STYR_OCCASION_FLAGS_ECONOMY: the economy (*ekonomi*) is followed up:
 *   outcome to date, full-year forecast and deviations
 * @STYR_OCCASION_FLAGS_INTERIM_REPORT: the report is the interim report
 *   (*delårsrapport*) the law asks for, covering six to eight months, with
 *   an income statement, a balance sheet and the balance requirement
 *   assessed on the full-year forecast
 * @STYR_OCCASION_FLAGS_ANNUAL_REPORT: the report is the annual report
 *   (*årsredovisning*), covering the whole year
 *
 * What a follow-up occasion ([class@Styr.Occasion]) reports.
 *
 * Since: 1.0
 */
typedef enum /*< flags >*/
{
  STYR_OCCASION_FLAGS_NONE           = 0,
  STYR_OCCASION_FLAGS_GOALS          = 1 << 0,
  STYR_OCCASION_FLAGS_ECONOMY        = 1 << 1,
  STYR_OCCASION_FLAGS_INTERIM_REPORT = 1 << 2,
  STYR_OCCASION_FLAGS_ANNUAL_REPORT  = 1 << 3,
} StyrOccasionFlags;

#define STYR_TYPE_OCCASION (styr_occasion_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrOccasion, styr_occasion, STYR, OCCASION, GObject)

STYR_AVAILABLE_IN_ALL
StyrOccasion      *styr_occasion_new              (const char        *id,
                                                   const char        *name,
                                                   const StyrPeriod  *period,
                                                   StyrOccasionFlags  flags);

STYR_AVAILABLE_IN_ALL
const char        *styr_occasion_get_id           (StyrOccasion      *self);
STYR_AVAILABLE_IN_ALL
const char        *styr_occasion_get_name         (StyrOccasion      *self);
STYR_AVAILABLE_IN_ALL
void               styr_occasion_set_name         (StyrOccasion      *self,
                                                   const char        *name);
STYR_AVAILABLE_IN_ALL
const StyrPeriod  *styr_occasion_get_period       (StyrOccasion      *self);
STYR_AVAILABLE_IN_ALL
StyrOccasionFlags  styr_occasion_get_flags        (StyrOccasion      *self);
STYR_AVAILABLE_IN_ALL
void               styr_occasion_set_flags        (StyrOccasion      *self,
                                                   StyrOccasionFlags  flags);
STYR_AVAILABLE_IN_ALL
const GDate       *styr_occasion_get_deadline     (StyrOccasion      *self);
STYR_AVAILABLE_IN_ALL
void               styr_occasion_set_deadline     (StyrOccasion      *self,
                                                   const GDate       *deadline);

STYR_AVAILABLE_IN_ALL
StyrPeriod        *styr_occasion_get_start_period (StyrOccasion      *self);
STYR_AVAILABLE_IN_ALL
gboolean           styr_occasion_covers_month     (StyrOccasion      *self,
                                                   int                year,
                                                   int                month);

G_END_DECLS
