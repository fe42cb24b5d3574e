/* styr-follow-up.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "styr-version-macros.h"
#include "styr-model.h"
#include "styr-period.h"
#include "styr-grading.h"
#include "styr-goal-status.h"

G_BEGIN_DECLS

/**
 * StyrRollupFunc:
 * @scores: (array length=n_scores): the scores of the evidence, each
 *   0.0–1.0; never empty
 * @n_scores: the number of scores
 * @user_data: (closure): the data given to
 *   [method@Styr.FollowUp.register_rule]
 *
 * A roll-up rule (*sammanvägningsregel*): combines the scores of a goal's
 * evidence (its indicators' grades and its child goals' levels) into one
 * score. The result is clamped to 0.0–1.0; NaN means the goal is not
 * assessed.
 *
 * Returns: the combined score
 *
 * Since: 1.0
 */
typedef double (*StyrRollupFunc) (const double *scores,
                                  gsize         n_scores,
                                  gpointer      user_data);

#define STYR_TYPE_FOLLOW_UP (styr_follow_up_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrFollowUp, styr_follow_up, STYR, FOLLOW_UP, GObject)

STYR_AVAILABLE_IN_ALL
StyrFollowUp   *styr_follow_up_new                (StyrModel        *model,
                                                   const StyrPeriod *period);

STYR_AVAILABLE_IN_ALL
StyrModel      *styr_follow_up_get_model          (StyrFollowUp     *self);
STYR_AVAILABLE_IN_ALL
const StyrPeriod *styr_follow_up_get_period       (StyrFollowUp     *self);
STYR_AVAILABLE_IN_ALL
StyrOccasion   *styr_follow_up_get_occasion       (StyrFollowUp     *self);

STYR_AVAILABLE_IN_ALL
gboolean        styr_follow_up_register_rule      (StyrFollowUp     *self,
                                                   const char       *name,
                                                   StyrRollupFunc    func,
                                                   gpointer          user_data,
                                                   GDestroyNotify    destroy,
                                                   GError          **error);
STYR_AVAILABLE_IN_ALL
gboolean        styr_follow_up_has_rule           (StyrFollowUp     *self,
                                                   const char       *name);

STYR_AVAILABLE_IN_ALL
StyrGoalStatus *styr_follow_up_get_status         (StyrFollowUp     *self,
                                                   StyrGoal         *goal);
STYR_AVAILABLE_IN_ALL
StyrGrade       styr_follow_up_get_indicator_grade (StyrFollowUp    *self,
                                                   StyrIndicator    *indicator);

STYR_AVAILABLE_IN_ALL
void            styr_follow_up_get_distribution   (StyrFollowUp     *self,
                                                   StyrGoal         *council_goal,
                                                   guint           **counts,
                                                   guint            *n_counts,
                                                   guint            *n_not_assessed);
STYR_AVAILABLE_IN_ALL
char           *styr_follow_up_format_distribution (StyrFollowUp    *self,
                                                   StyrGoal         *council_goal);
STYR_AVAILABLE_IN_ALL
GListModel     *styr_follow_up_get_uncovered_council_goals (StyrFollowUp *self);

STYR_AVAILABLE_IN_ALL
guint           styr_follow_up_get_n_computations (StyrFollowUp     *self);

G_END_DECLS
