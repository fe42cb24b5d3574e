/* styr-model.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "styr-entity.h"
#include "styr-scale.h"
#include "styr-goal.h"
#include "styr-organ.h"
#include "styr-unit.h"
#include "styr-document.h"
#include "styr-perspective.h"
#include "styr-focus-area.h"
#include "styr-arena.h"
#include "styr-indicator.h"
#include "styr-activity.h"
#include "styr-calendar.h"

G_BEGIN_DECLS

/**
 * StyrPreset:
 * @STYR_PRESET_BORLANGE_2009: Borlänge's steering model of 2009 (also used
 *   by Ängelholm in 2013): the perspectives *Medborgare*, *Ekonomi*,
 *   *Verksamhet* and *Utveckling*
 * @STYR_PRESET_RATTEN: Ängelholm's "Ratten" (KF § 111/2009) with the
 *   perspectives of 2014, *Medborgarfokus*, *Effektiva verksamheter*,
 *   *Samhällsutveckling* and *Medskapande medarbetare*; the values
 *   (*värdegrund*) *Öppenhet*, *Omtanke*, *Handlingskraft*; and the
 *   financial goal, a result of 2 % of tax income and general state
 *   grants, as an indicator
 * @STYR_PRESET_BALANCED_SCORECARD: the classic balanced scorecard
 *   (Kaplan–Norton): *Finansiellt*, *Kund*, *Interna processer*, *Lärande
 *   och tillväxt*
 *
 * Steering-model presets for [method@Styr.Model.apply_preset]. Everything
 * a preset adds is ordinary model data that can be changed afterwards.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_PRESET_BORLANGE_2009,
  STYR_PRESET_RATTEN,
  STYR_PRESET_BALANCED_SCORECARD,
} StyrPreset;

#define STYR_TYPE_MODEL (styr_model_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrModel, styr_model, STYR, MODEL, GObject)

STYR_AVAILABLE_IN_ALL
StyrModel          *styr_model_new                   (void);

STYR_AVAILABLE_IN_ALL
const char         *styr_model_get_name              (StyrModel        *self);
STYR_AVAILABLE_IN_ALL
void                styr_model_set_name              (StyrModel        *self,
                                                      const char       *name);
STYR_AVAILABLE_IN_ALL
const char         *styr_model_get_kommunkod         (StyrModel        *self);
STYR_AVAILABLE_IN_ALL
void                styr_model_set_kommunkod         (StyrModel        *self,
                                                      const char       *kommunkod);
STYR_AVAILABLE_IN_ALL
const char         *styr_model_get_vision            (StyrModel        *self);
STYR_AVAILABLE_IN_ALL
void                styr_model_set_vision            (StyrModel        *self,
                                                      const char       *vision);
STYR_AVAILABLE_IN_ALL
const char * const *styr_model_get_values            (StyrModel        *self);
STYR_AVAILABLE_IN_ALL
void                styr_model_set_values            (StyrModel        *self,
                                                      const char * const *values);
STYR_AVAILABLE_IN_ALL
StyrScale          *styr_model_get_scale             (StyrModel        *self);
STYR_AVAILABLE_IN_ALL
void                styr_model_set_scale             (StyrModel        *self,
                                                      StyrScale        *scale);
STYR_AVAILABLE_IN_ALL
StyrCalendar       *styr_model_get_calendar          (StyrModel        *self);
STYR_AVAILABLE_IN_ALL
void                styr_model_set_calendar          (StyrModel        *self,
                                                      StyrCalendar     *calendar);
STYR_AVAILABLE_IN_ALL
const char         *styr_model_get_rollup_rule       (StyrModel        *self);
STYR_AVAILABLE_IN_ALL
void                styr_model_set_rollup_rule       (StyrModel        *self,
                                                      const char       *rule);

STYR_AVAILABLE_IN_ALL
gboolean            styr_model_add                   (StyrModel        *self,
                                                      StyrEntity       *entity,
                                                      GError          **error);
STYR_AVAILABLE_IN_ALL
gboolean            styr_model_remove                (StyrModel        *self,
                                                      StyrEntity       *entity,
                                                      GError          **error);
STYR_AVAILABLE_IN_ALL
StyrEntity         *styr_model_lookup                (StyrModel        *self,
                                                      const char       *id);
STYR_AVAILABLE_IN_ALL
StyrEntity         *styr_model_get_entity            (StyrModel        *self,
                                                      const char       *id,
                                                      GError          **error);
STYR_AVAILABLE_IN_ALL
guint               styr_model_get_n_entities        (StyrModel        *self);

STYR_AVAILABLE_IN_ALL
StyrPerspective    *styr_model_lookup_perspective    (StyrModel        *self,
                                                      const char       *id);
STYR_AVAILABLE_IN_ALL
StyrOrgan          *styr_model_lookup_organ          (StyrModel        *self,
                                                      const char       *id);
STYR_AVAILABLE_IN_ALL
StyrUnit           *styr_model_lookup_unit           (StyrModel        *self,
                                                      const char       *id);
STYR_AVAILABLE_IN_ALL
StyrDocument       *styr_model_lookup_document       (StyrModel        *self,
                                                      const char       *id);
STYR_AVAILABLE_IN_ALL
StyrFocusArea      *styr_model_lookup_focus_area     (StyrModel        *self,
                                                      const char       *id);
STYR_AVAILABLE_IN_ALL
StyrArena          *styr_model_lookup_arena          (StyrModel        *self,
                                                      const char       *id);
STYR_AVAILABLE_IN_ALL
StyrGoal           *styr_model_lookup_goal           (StyrModel        *self,
                                                      const char       *id);
STYR_AVAILABLE_IN_ALL
StyrIndicator      *styr_model_lookup_indicator      (StyrModel        *self,
                                                      const char       *id);
STYR_AVAILABLE_IN_ALL
StyrActivity       *styr_model_lookup_activity       (StyrModel        *self,
                                                      const char       *id);

STYR_AVAILABLE_IN_ALL
GListModel         *styr_model_get_perspectives      (StyrModel        *self);
STYR_AVAILABLE_IN_ALL
GListModel         *styr_model_get_organs            (StyrModel        *self);
STYR_AVAILABLE_IN_ALL
GListModel         *styr_model_get_units             (StyrModel        *self);
STYR_AVAILABLE_IN_ALL
GListModel         *styr_model_get_documents         (StyrModel        *self);
STYR_AVAILABLE_IN_ALL
GListModel         *styr_model_get_focus_areas       (StyrModel        *self);
STYR_AVAILABLE_IN_ALL
GListModel         *styr_model_get_arenas            (StyrModel        *self);
STYR_AVAILABLE_IN_ALL
GListModel         *styr_model_get_goals             (StyrModel        *self);
STYR_AVAILABLE_IN_ALL
GListModel         *styr_model_get_indicators        (StyrModel        *self);
STYR_AVAILABLE_IN_ALL
GListModel         *styr_model_get_activities        (StyrModel        *self);
STYR_AVAILABLE_IN_ALL
GBytes             *styr_model_dup_measurement_values (StyrModel      *self,
                                                       guint         **offsets,
                                                       gsize          *n_offsets);

STYR_AVAILABLE_IN_ALL
gboolean            styr_model_move_perspective      (StyrModel        *self,
                                                      StyrPerspective  *perspective,
                                                      guint             position,
                                                      GError          **error);

/* Presets (styr-presets.c). */
STYR_AVAILABLE_IN_ALL
gboolean            styr_model_apply_preset          (StyrModel        *self,
                                                      StyrPreset        preset,
                                                      GError          **error);

/* Queries (styr-model-query.c). */
STYR_AVAILABLE_IN_ALL
GListModel         *styr_model_get_goals_at_level    (StyrModel        *self,
                                                      StyrGoalLevel     level);
STYR_AVAILABLE_IN_ALL
GListModel         *styr_model_get_goals_in_perspective (StyrModel     *self,
                                                      StyrPerspective  *perspective);
STYR_AVAILABLE_IN_ALL
GListModel         *styr_model_get_goals_owned_by    (StyrModel        *self,
                                                      StyrEntity       *owner);
STYR_AVAILABLE_IN_ALL
int                 styr_model_get_budget_year       (StyrModel        *self);
STYR_AVAILABLE_IN_ALL
GListModel         *styr_model_get_activities_of_unit (StyrModel       *self,
                                                      StyrUnit         *unit);

G_END_DECLS
