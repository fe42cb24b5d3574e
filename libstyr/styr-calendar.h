/* styr-calendar.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "styr-version-macros.h"
#include "styr-period.h"
#include "styr-occasion.h"

G_BEGIN_DECLS

/**
 * StyrCalendarPreset:
 * @STYR_CALENDAR_PRESET_TERTIAL: follow-up every tertial, the default: the
 *   first tertial report, the interim report (*delårsrapport*) per T2, and
 *   the annual report (*årsredovisning*)
 * @STYR_CALENDAR_PRESET_ANGELHOLM: Ängelholm's "Ratten": the tertial
 *   reports, and the economy every other month in between (February, June
 *   and October)
 * @STYR_CALENDAR_PRESET_QUARTERLY: follow-up every quarter: Q1, the
 *   interim report per Q2, Q3 and the annual report
 * @STYR_CALENDAR_PRESET_CUSTOM: no occasions; the user adds them
 *
 * The follow-up calendars shipped with libstyr
 * ([ctor@Styr.Calendar.new_preset], [method@Styr.Calendar.add_preset_year]).
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_CALENDAR_PRESET_TERTIAL,
  STYR_CALENDAR_PRESET_ANGELHOLM,
  STYR_CALENDAR_PRESET_QUARTERLY,
  STYR_CALENDAR_PRESET_CUSTOM,
} StyrCalendarPreset;

#define STYR_TYPE_CALENDAR (styr_calendar_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrCalendar, styr_calendar, STYR, CALENDAR, GObject)

STYR_AVAILABLE_IN_ALL
StyrCalendar *styr_calendar_new                  (const char          *name);
STYR_AVAILABLE_IN_ALL
StyrCalendar *styr_calendar_new_preset           (StyrCalendarPreset   preset,
                                                  int                  year);

STYR_AVAILABLE_IN_ALL
const char   *styr_calendar_get_name             (StyrCalendar        *self);
STYR_AVAILABLE_IN_ALL
void          styr_calendar_set_name             (StyrCalendar        *self,
                                                  const char          *name);

STYR_AVAILABLE_IN_ALL
GListModel   *styr_calendar_get_occasions        (StyrCalendar        *self);
STYR_AVAILABLE_IN_ALL
guint         styr_calendar_get_n_occasions      (StyrCalendar        *self);
STYR_AVAILABLE_IN_ALL
gboolean      styr_calendar_add_occasion         (StyrCalendar        *self,
                                                  StyrOccasion        *occasion,
                                                  GError             **error);
STYR_AVAILABLE_IN_ALL
gboolean      styr_calendar_remove_occasion      (StyrCalendar        *self,
                                                  StyrOccasion        *occasion,
                                                  GError             **error);
STYR_AVAILABLE_IN_ALL
StyrOccasion *styr_calendar_lookup_occasion      (StyrCalendar        *self,
                                                  const char          *id);
STYR_AVAILABLE_IN_ALL
StyrOccasion *styr_calendar_find_occasion        (StyrCalendar        *self,
                                                  const StyrPeriod    *period);
STYR_AVAILABLE_IN_ALL
GListModel   *styr_calendar_get_occasions_in_year (StyrCalendar       *self,
                                                  int                  year);
STYR_AVAILABLE_IN_ALL
gboolean      styr_calendar_add_preset_year      (StyrCalendar        *self,
                                                  StyrCalendarPreset   preset,
                                                  int                  year,
                                                  GError             **error);

G_END_DECLS
