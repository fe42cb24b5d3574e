/* styr-goal-status.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <glib-object.h>

#include "styr-version-macros.h"
#include "styr-goal.h"
#include "styr-grading.h"
#include "styr-scale-level.h"

G_BEGIN_DECLS

#define STYR_TYPE_GOAL_STATUS (styr_goal_status_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrGoalStatus, styr_goal_status, STYR, GOAL_STATUS, GObject)

STYR_AVAILABLE_IN_ALL
StyrGoal       *styr_goal_status_get_goal            (StyrGoalStatus *self);
STYR_AVAILABLE_IN_ALL
StyrScaleLevel *styr_goal_status_get_proposed_level  (StyrGoalStatus *self);
STYR_AVAILABLE_IN_ALL
double          styr_goal_status_get_proposed_score  (StyrGoalStatus *self);
STYR_AVAILABLE_IN_ALL
StyrScaleLevel *styr_goal_status_get_assessed_level  (StyrGoalStatus *self);
STYR_AVAILABLE_IN_ALL
StyrScaleLevel *styr_goal_status_get_prognosis_level (StyrGoalStatus *self);
STYR_AVAILABLE_IN_ALL
gboolean        styr_goal_status_get_differs         (StyrGoalStatus *self);
STYR_AVAILABLE_IN_ALL
StyrTrend       styr_goal_status_get_trend           (StyrGoalStatus *self);

G_END_DECLS
