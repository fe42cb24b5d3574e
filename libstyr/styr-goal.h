/* styr-goal.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "styr-entity.h"

G_BEGIN_DECLS

typedef struct _StyrPerspective StyrPerspective;
typedef struct _StyrDocument    StyrDocument;
typedef struct _StyrIndicator   StyrIndicator;
typedef struct _StyrFocusArea   StyrFocusArea;
typedef struct _StyrOccasion    StyrOccasion;
typedef struct _StyrAssessment  StyrAssessment;

/**
 * StyrGoalLevel:
 * @STYR_GOAL_LEVEL_COUNCIL: *inriktningsmål* (also *övergripande mål*, *fullmäktigemål*): set by the council (KF) in the budget
 * @STYR_GOAL_LEVEL_BOARD: *nämndmål*: set by a board, the executive board or a company board in its plan; each must be followable through at least one indicator
 * @STYR_GOAL_LEVEL_OPERATIONAL: *verksamhetsmål*: set by the head of an administration or operation in the *verksamhetsplan*
 * @STYR_GOAL_LEVEL_UNIT: *enhetsmål*: set by the head of a unit in the *arbetsplan*
 *
 * The levels of the goal chain (*målkedjan*), highest first. The vision
 * above them is a text on [class@Styr.Model].
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_GOAL_LEVEL_COUNCIL,
  STYR_GOAL_LEVEL_BOARD,
  STYR_GOAL_LEVEL_OPERATIONAL,
  STYR_GOAL_LEVEL_UNIT,
} StyrGoalLevel;

#define STYR_TYPE_GOAL (styr_goal_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrGoal, styr_goal, STYR, GOAL, StyrEntity)

STYR_AVAILABLE_IN_ALL
StyrGoal        *styr_goal_new                (const char       *id,
                                               StyrGoalLevel     level,
                                               const char       *title);

STYR_AVAILABLE_IN_ALL
const char      *styr_goal_get_title          (StyrGoal         *self);
STYR_AVAILABLE_IN_ALL
void             styr_goal_set_title          (StyrGoal         *self,
                                               const char       *title);
STYR_AVAILABLE_IN_ALL
StyrGoalLevel    styr_goal_get_level          (StyrGoal         *self);
STYR_AVAILABLE_IN_ALL
const char      *styr_goal_get_description    (StyrGoal         *self);
STYR_AVAILABLE_IN_ALL
void             styr_goal_set_description    (StyrGoal         *self,
                                               const char       *description);
STYR_AVAILABLE_IN_ALL
const char      *styr_goal_get_rollup_rule    (StyrGoal         *self);
STYR_AVAILABLE_IN_ALL
void             styr_goal_set_rollup_rule    (StyrGoal         *self,
                                               const char       *rule);

STYR_AVAILABLE_IN_ALL
StyrEntity      *styr_goal_get_owner          (StyrGoal         *self);
STYR_AVAILABLE_IN_ALL
gboolean         styr_goal_set_owner          (StyrGoal         *self,
                                               StyrEntity       *owner,
                                               GError          **error);
STYR_AVAILABLE_IN_ALL
StyrPerspective *styr_goal_get_perspective    (StyrGoal         *self);
STYR_AVAILABLE_IN_ALL
gboolean         styr_goal_set_perspective    (StyrGoal         *self,
                                               StyrPerspective  *perspective,
                                               GError          **error);
STYR_AVAILABLE_IN_ALL
StyrDocument    *styr_goal_get_document       (StyrGoal         *self);
STYR_AVAILABLE_IN_ALL
gboolean         styr_goal_set_document       (StyrGoal         *self,
                                               StyrDocument     *document,
                                               GError          **error);

STYR_AVAILABLE_IN_ALL
gboolean         styr_goal_add_parent         (StyrGoal         *self,
                                               StyrGoal         *parent,
                                               GError          **error);
STYR_AVAILABLE_IN_ALL
gboolean         styr_goal_remove_parent      (StyrGoal         *self,
                                               StyrGoal         *parent,
                                               GError          **error);
STYR_AVAILABLE_IN_ALL
gboolean         styr_goal_set_primary_parent (StyrGoal         *self,
                                               StyrGoal         *parent,
                                               GError          **error);
STYR_AVAILABLE_IN_ALL
StyrGoal        *styr_goal_get_primary_parent (StyrGoal         *self);
STYR_AVAILABLE_IN_ALL
GListModel      *styr_goal_get_parents        (StyrGoal         *self);
STYR_AVAILABLE_IN_ALL
GListModel      *styr_goal_get_children       (StyrGoal         *self);
STYR_AVAILABLE_IN_ALL
GListModel      *styr_goal_get_ancestors      (StyrGoal         *self);
STYR_AVAILABLE_IN_ALL
GListModel      *styr_goal_get_descendants    (StyrGoal         *self);

STYR_AVAILABLE_IN_ALL
gboolean         styr_goal_add_indicator      (StyrGoal         *self,
                                               StyrIndicator    *indicator,
                                               GError          **error);
STYR_AVAILABLE_IN_ALL
gboolean         styr_goal_remove_indicator   (StyrGoal         *self,
                                               StyrIndicator    *indicator,
                                               GError          **error);
STYR_AVAILABLE_IN_ALL
GListModel      *styr_goal_get_indicators     (StyrGoal         *self);

STYR_AVAILABLE_IN_ALL
gboolean         styr_goal_add_focus_area     (StyrGoal         *self,
                                               StyrFocusArea    *focus_area,
                                               GError          **error);
STYR_AVAILABLE_IN_ALL
gboolean         styr_goal_remove_focus_area  (StyrGoal         *self,
                                               StyrFocusArea    *focus_area,
                                               GError          **error);
STYR_AVAILABLE_IN_ALL
GListModel      *styr_goal_get_focus_areas    (StyrGoal         *self);

STYR_AVAILABLE_IN_ALL
GListModel      *styr_goal_get_activities     (StyrGoal         *self);

STYR_AVAILABLE_IN_ALL
gboolean         styr_goal_set_assessment     (StyrGoal         *self,
                                               StyrAssessment   *assessment,
                                               GError          **error);
STYR_AVAILABLE_IN_ALL
StyrAssessment  *styr_goal_lookup_assessment  (StyrGoal         *self,
                                               StyrOccasion     *occasion);
STYR_AVAILABLE_IN_ALL
gboolean         styr_goal_remove_assessment  (StyrGoal         *self,
                                               StyrOccasion     *occasion,
                                               GError          **error);
STYR_AVAILABLE_IN_ALL
GListModel      *styr_goal_get_assessments    (StyrGoal         *self);

G_END_DECLS
