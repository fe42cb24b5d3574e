/* styr-follow-up-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "styr-goal-status.h"

G_BEGIN_DECLS

gboolean        _styr_follow_up_is_builtin_rule (const char     *name);

/* The grade and the trend of @indicator at the follow-up's period, as
 * styr_follow_up_get_indicator_grade() and styr_indicator_get_trend()
 * give them, from the follow-up's cache (styr-follow-up.c). */
void            _styr_follow_up_get_indicator_state (StyrFollowUp  *self,
                                                     StyrIndicator *indicator,
                                                     StyrGrade     *grade,
                                                     StyrTrend     *trend);
/* styr_follow_up_format_distribution() from the counts
 * styr_follow_up_get_distribution() gave. */
char           *_styr_follow_up_format_counts       (StyrFollowUp  *self,
                                                     const guint   *counts,
                                                     guint          n_counts,
                                                     guint          n_not_assessed);

StyrGoalStatus *_styr_goal_status_new           (StyrGoal       *goal);
gboolean        _styr_goal_status_update        (StyrGoalStatus *self,
                                                 StyrScaleLevel *proposed_level,
                                                 double          proposed_score,
                                                 StyrScaleLevel *assessed_level,
                                                 StyrScaleLevel *prognosis_level,
                                                 StyrTrend       trend);

G_END_DECLS
