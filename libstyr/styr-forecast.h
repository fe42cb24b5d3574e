/* styr-forecast.h — the nämnd of a unit, full-year forecasts
 * (*helårsprognoser*) and forecast proposals.
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
#include "styr-organ.h"
#include "styr-unit.h"

G_BEGIN_DECLS

/**
 * StyrForecastMethod:
 * @STYR_FORECAST_METHOD_BUDGET_REMAINDER: id `budget`: the outcome to
 *   date plus what is left of the budget, the annual budget minus the
 *   periodised budget to date
 * @STYR_FORECAST_METHOD_LINEAR_TREND: id `trend`: the outcome to date
 *   plus the remaining months read off the least-squares line through
 *   the monthly outcomes so far (with one month, twelve times that month)
 *
 * How [method@Styr.Organ.propose_forecast] proposes a full-year
 * forecast. The ids are the tokens of files and the command line
 * ([func@Styr.ForecastMethod.get_id]).
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_FORECAST_METHOD_BUDGET_REMAINDER,
  STYR_FORECAST_METHOD_LINEAR_TREND,
} StyrForecastMethod;

STYR_AVAILABLE_IN_ALL
const char *styr_forecast_method_get_id     (StyrForecastMethod   method);
STYR_AVAILABLE_IN_ALL
gboolean    styr_forecast_method_from_id    (const char          *id,
                                             StyrForecastMethod  *method);

/* The nämnd a unit belongs to economically (implemented in styr-unit.c). */
STYR_AVAILABLE_IN_ALL
StyrOrgan  *styr_unit_get_budget_organ      (StyrUnit            *self);
STYR_AVAILABLE_IN_ALL
StyrOrgan  *styr_unit_get_explicit_budget_organ (StyrUnit        *self);
STYR_AVAILABLE_IN_ALL
gboolean    styr_unit_set_budget_organ      (StyrUnit            *self,
                                             StyrOrgan           *organ,
                                             GError             **error);
STYR_AVAILABLE_IN_ALL
GListModel *styr_organ_dup_budget_units     (StyrOrgan           *self);

/* Figures of a nämnd. */
STYR_AVAILABLE_IN_ALL
gboolean    styr_organ_get_annual_budget    (StyrOrgan           *self,
                                             int                  year,
                                             gint64              *ore,
                                             GError             **error);
STYR_AVAILABLE_IN_ALL
gboolean    styr_organ_get_periodised_budget (StyrOrgan          *self,
                                              const StyrPeriod   *period,
                                              gint64             *ore,
                                              GError            **error);
STYR_AVAILABLE_IN_ALL
gboolean    styr_organ_get_outcome_to_date  (StyrOrgan           *self,
                                             const StyrPeriod    *period,
                                             gint64              *ore,
                                             GError             **error);

/* Forecasts of a nämnd per follow-up occasion. */
STYR_AVAILABLE_IN_ALL
gboolean    styr_organ_set_forecast         (StyrOrgan           *self,
                                             const char          *occasion_id,
                                             gint64               ore,
                                             const char          *comment,
                                             GError             **error);
STYR_AVAILABLE_IN_ALL
gboolean    styr_organ_lookup_forecast      (StyrOrgan           *self,
                                             const char          *occasion_id,
                                             gint64              *ore,
                                             const char         **comment);
STYR_AVAILABLE_IN_ALL
gboolean    styr_organ_remove_forecast      (StyrOrgan           *self,
                                             const char          *occasion_id);
STYR_AVAILABLE_IN_ALL
guint       styr_organ_get_n_forecasts      (StyrOrgan           *self);
STYR_AVAILABLE_IN_ALL
void        styr_organ_get_forecast         (StyrOrgan           *self,
                                             guint                position,
                                             const char         **occasion_id,
                                             gint64              *ore,
                                             const char         **comment);
STYR_AVAILABLE_IN_ALL
gboolean    styr_organ_propose_forecast     (StyrOrgan           *self,
                                             const char          *occasion_id,
                                             StyrForecastMethod   method,
                                             gint64              *ore,
                                             GError             **error);

/* Forecasts of a unit per follow-up occasion (optional). */
STYR_AVAILABLE_IN_ALL
gboolean    styr_unit_set_forecast          (StyrUnit            *self,
                                             const char          *occasion_id,
                                             gint64               ore,
                                             const char          *comment,
                                             GError             **error);
STYR_AVAILABLE_IN_ALL
gboolean    styr_unit_lookup_forecast       (StyrUnit            *self,
                                             const char          *occasion_id,
                                             gint64              *ore,
                                             const char         **comment);
STYR_AVAILABLE_IN_ALL
gboolean    styr_unit_remove_forecast       (StyrUnit            *self,
                                             const char          *occasion_id);
STYR_AVAILABLE_IN_ALL
guint       styr_unit_get_n_forecasts       (StyrUnit            *self);
STYR_AVAILABLE_IN_ALL
void        styr_unit_get_forecast          (StyrUnit            *self,
                                             guint                position,
                                             const char         **occasion_id,
                                             gint64              *ore,
                                             const char         **comment);
STYR_AVAILABLE_IN_ALL
gboolean    styr_unit_propose_forecast      (StyrUnit            *self,
                                             const char          *occasion_id,
                                             StyrForecastMethod   method,
                                             gint64              *ore,
                                             GError             **error);

G_END_DECLS
