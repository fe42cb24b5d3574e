/* styr-follow-up-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "styr-goal-status.h"

G_BEGIN_DECLS

gboolean        _styr_follow_up_is_builtin_rule (const char     *name);

StyrGoalStatus *_styr_goal_status_new           (StyrGoal       *goal);
gboolean        _styr_goal_status_update        (StyrGoalStatus *self,
                                                 StyrScaleLevel *proposed_level,
                                                 double          proposed_score,
                                                 StyrScaleLevel *assessed_level,
                                                 StyrScaleLevel *prognosis_level,
                                                 StyrTrend       trend);

G_END_DECLS
