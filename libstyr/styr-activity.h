/* styr-activity.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "styr-entity.h"
#include "styr-unit.h"
#include "styr-document.h"
#include "styr-goal.h"
#include "styr-indicator.h"
#include "styr-focus-area.h"

G_BEGIN_DECLS

/**
 * StyrActivityStatus:
 * @STYR_ACTIVITY_STATUS_NOT_STARTED: not started, *ej påbörjad*
 * @STYR_ACTIVITY_STATUS_ONGOING: ongoing, *pågår*
 * @STYR_ACTIVITY_STATUS_DONE: done, *klar*
 * @STYR_ACTIVITY_STATUS_LATE: late, *försenad*
 * @STYR_ACTIVITY_STATUS_CANCELLED: cancelled, *avbruten*
 *
 * The status of an activity (*aktivitetens status*).
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_ACTIVITY_STATUS_NOT_STARTED,
  STYR_ACTIVITY_STATUS_ONGOING,
  STYR_ACTIVITY_STATUS_DONE,
  STYR_ACTIVITY_STATUS_LATE,
  STYR_ACTIVITY_STATUS_CANCELLED,
} StyrActivityStatus;


#define STYR_TYPE_ACTIVITY (styr_activity_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrActivity, styr_activity, STYR, ACTIVITY, StyrEntity)

STYR_AVAILABLE_IN_ALL
StyrActivity *styr_activity_new (const char *id, const char *title);

STYR_AVAILABLE_IN_ALL
const char *styr_activity_get_title (StyrActivity *self);

STYR_AVAILABLE_IN_ALL
void styr_activity_set_title (StyrActivity *self, const char *title);

STYR_AVAILABLE_IN_ALL
const char *styr_activity_get_description (StyrActivity *self);

STYR_AVAILABLE_IN_ALL
void styr_activity_set_description (StyrActivity *self, const char *description);

STYR_AVAILABLE_IN_ALL
StyrActivityStatus styr_activity_get_status (StyrActivity *self);

STYR_AVAILABLE_IN_ALL
void styr_activity_set_status (StyrActivity *self, StyrActivityStatus status);

STYR_AVAILABLE_IN_ALL
const GDate *styr_activity_get_start_date (StyrActivity *self);

STYR_AVAILABLE_IN_ALL
void styr_activity_set_start_date (StyrActivity *self, const GDate *start_date);

STYR_AVAILABLE_IN_ALL
const GDate *styr_activity_get_end_date (StyrActivity *self);

STYR_AVAILABLE_IN_ALL
void styr_activity_set_end_date (StyrActivity *self, const GDate *end_date);

STYR_AVAILABLE_IN_ALL
const char *styr_activity_get_responsible (StyrActivity *self);

STYR_AVAILABLE_IN_ALL
void styr_activity_set_responsible (StyrActivity *self, const char *responsible);

STYR_AVAILABLE_IN_ALL
const char *styr_activity_get_expected_result (StyrActivity *self);

STYR_AVAILABLE_IN_ALL
void styr_activity_set_expected_result (StyrActivity *self, const char *expected_result);

STYR_AVAILABLE_IN_ALL
StyrUnit *styr_activity_get_unit (StyrActivity *self);

STYR_AVAILABLE_IN_ALL
gboolean styr_activity_set_unit (StyrActivity  *self,
                                 StyrUnit      *unit,
                                 GError       **error);

STYR_AVAILABLE_IN_ALL
StyrDocument *styr_activity_get_document (StyrActivity *self);

STYR_AVAILABLE_IN_ALL
gboolean styr_activity_set_document (StyrActivity  *self,
                                     StyrDocument  *document,
                                     GError       **error);

STYR_AVAILABLE_IN_ALL
gboolean styr_activity_add_goal (StyrActivity  *self,
                                 StyrGoal      *goal,
                                 GError       **error);

STYR_AVAILABLE_IN_ALL
gboolean styr_activity_remove_goal (StyrActivity  *self,
                                    StyrGoal      *goal,
                                    GError       **error);

STYR_AVAILABLE_IN_ALL
GListModel *styr_activity_get_goals (StyrActivity *self);

STYR_AVAILABLE_IN_ALL
gboolean styr_activity_add_indicator (StyrActivity   *self,
                                      StyrIndicator  *indicator,
                                      GError        **error);

STYR_AVAILABLE_IN_ALL
gboolean styr_activity_remove_indicator (StyrActivity   *self,
                                         StyrIndicator  *indicator,
                                         GError        **error);

STYR_AVAILABLE_IN_ALL
GListModel *styr_activity_get_indicators (StyrActivity *self);

STYR_AVAILABLE_IN_ALL
gboolean styr_activity_add_focus_area (StyrActivity   *self,
                                       StyrFocusArea  *focus_area,
                                       GError        **error);

STYR_AVAILABLE_IN_ALL
gboolean styr_activity_remove_focus_area (StyrActivity   *self,
                                          StyrFocusArea  *focus_area,
                                          GError        **error);

STYR_AVAILABLE_IN_ALL
GListModel *styr_activity_get_focus_areas (StyrActivity *self);

STYR_AVAILABLE_IN_ALL
gboolean styr_activity_is_late (StyrActivity *self,
                                const GDate  *today);

G_END_DECLS
