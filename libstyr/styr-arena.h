/* styr-arena.h
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
#include "styr-goal.h"
#include "styr-activity.h"

G_BEGIN_DECLS

/**
 * StyrPulsStep:
 * @STYR_PULS_STEP_PROACTIVITY: *P – proaktivitet*: who receives the result, who communicates
 * @STYR_PULS_STEP_DEVELOPMENT: *U – utveckling*: which competences are needed
 * @STYR_PULS_STEP_LEARNING: *L – lärande*: evaluation and the knowledge bank
 * @STYR_PULS_STEP_SERVICE: *S – service*: the step-by-step activity plan
 *
 * The four steps of Ängelholm's *Pulsprogram* for agile arenas.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_PULS_STEP_PROACTIVITY,
  STYR_PULS_STEP_DEVELOPMENT,
  STYR_PULS_STEP_LEARNING,
  STYR_PULS_STEP_SERVICE,
} StyrPulsStep;


#define STYR_TYPE_ARENA (styr_arena_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrArena, styr_arena, STYR, ARENA, StyrEntity)

STYR_AVAILABLE_IN_ALL
StyrArena *styr_arena_new (const char *id, const char *name);

STYR_AVAILABLE_IN_ALL
const char *styr_arena_get_name (StyrArena *self);

STYR_AVAILABLE_IN_ALL
void styr_arena_set_name (StyrArena *self, const char *name);

STYR_AVAILABLE_IN_ALL
const char *styr_arena_get_description (StyrArena *self);

STYR_AVAILABLE_IN_ALL
void styr_arena_set_description (StyrArena *self, const char *description);

STYR_AVAILABLE_IN_ALL
const char *styr_arena_get_coordinator (StyrArena *self);

STYR_AVAILABLE_IN_ALL
void styr_arena_set_coordinator (StyrArena *self, const char *coordinator);

STYR_AVAILABLE_IN_ALL
StyrEntity *styr_arena_get_owner (StyrArena *self);

STYR_AVAILABLE_IN_ALL
gboolean styr_arena_set_owner (StyrArena   *self,
                               StyrEntity  *owner,
                               GError     **error);

STYR_AVAILABLE_IN_ALL
gboolean styr_arena_add_member (StyrArena  *self,
                                StyrUnit   *unit,
                                GError    **error);

STYR_AVAILABLE_IN_ALL
gboolean styr_arena_remove_member (StyrArena  *self,
                                   StyrUnit   *unit,
                                   GError    **error);

STYR_AVAILABLE_IN_ALL
GListModel *styr_arena_get_members (StyrArena *self);

STYR_AVAILABLE_IN_ALL
gboolean styr_arena_add_goal (StyrArena  *self,
                              StyrGoal   *goal,
                              GError    **error);

STYR_AVAILABLE_IN_ALL
gboolean styr_arena_remove_goal (StyrArena  *self,
                                 StyrGoal   *goal,
                                 GError    **error);

STYR_AVAILABLE_IN_ALL
GListModel *styr_arena_get_goals (StyrArena *self);

STYR_AVAILABLE_IN_ALL
gboolean styr_arena_add_activity (StyrArena     *self,
                                  StyrActivity  *activity,
                                  GError       **error);

STYR_AVAILABLE_IN_ALL
gboolean styr_arena_remove_activity (StyrArena     *self,
                                     StyrActivity  *activity,
                                     GError       **error);

STYR_AVAILABLE_IN_ALL
GListModel *styr_arena_get_activities (StyrArena *self);

STYR_AVAILABLE_IN_ALL
const char *styr_arena_get_puls_step (StyrArena    *self,
                                      StyrPulsStep  step);

STYR_AVAILABLE_IN_ALL
void styr_arena_set_puls_step (StyrArena    *self,
                               StyrPulsStep  step,
                               const char   *text);

G_END_DECLS
