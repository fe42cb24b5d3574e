/* styr-operating-statement.h — the operating statement
 * (*driftredovisning*) per nämnd.
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
#include "styr-model.h"

G_BEGIN_DECLS

#define STYR_TYPE_OPERATING_ROW (styr_operating_row_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrOperatingRow, styr_operating_row, STYR, OPERATING_ROW, GObject)

STYR_AVAILABLE_IN_ALL
StyrOrgan  *styr_operating_row_get_organ                     (StyrOperatingRow *self);
STYR_AVAILABLE_IN_ALL
const char *styr_operating_row_get_name                      (StyrOperatingRow *self);
STYR_AVAILABLE_IN_ALL
gint64      styr_operating_row_get_annual_budget             (StyrOperatingRow *self);
STYR_AVAILABLE_IN_ALL
gint64      styr_operating_row_get_periodised_budget         (StyrOperatingRow *self);
STYR_AVAILABLE_IN_ALL
gint64      styr_operating_row_get_outcome                   (StyrOperatingRow *self);
STYR_AVAILABLE_IN_ALL
gint64      styr_operating_row_get_period_deviation          (StyrOperatingRow *self);
STYR_AVAILABLE_IN_ALL
gint64      styr_operating_row_get_forecast                  (StyrOperatingRow *self);
STYR_AVAILABLE_IN_ALL
gboolean    styr_operating_row_get_has_forecast              (StyrOperatingRow *self);
STYR_AVAILABLE_IN_ALL
const char *styr_operating_row_get_forecast_comment          (StyrOperatingRow *self);
STYR_AVAILABLE_IN_ALL
gint64      styr_operating_row_get_year_deviation            (StyrOperatingRow *self);
STYR_AVAILABLE_IN_ALL
gint64      styr_operating_row_get_forecast_change           (StyrOperatingRow *self);
STYR_AVAILABLE_IN_ALL
gboolean    styr_operating_row_get_has_previous_forecast     (StyrOperatingRow *self);
STYR_AVAILABLE_IN_ALL
gint64      styr_operating_row_get_last_year_outcome         (StyrOperatingRow *self);
STYR_AVAILABLE_IN_ALL
gint64      styr_operating_row_get_last_year_outcome_to_date (StyrOperatingRow *self);

#define STYR_TYPE_OPERATING_STATEMENT (styr_operating_statement_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrOperatingStatement, styr_operating_statement, STYR, OPERATING_STATEMENT, GObject)

STYR_AVAILABLE_IN_ALL
StyrOperatingStatement *styr_operating_statement_new                 (StyrModel              *model,
                                                                      const StyrPeriod       *period,
                                                                      GError                **error);
STYR_AVAILABLE_IN_ALL
StyrModel              *styr_operating_statement_get_model           (StyrOperatingStatement *self);
STYR_AVAILABLE_IN_ALL
const StyrPeriod       *styr_operating_statement_get_period          (StyrOperatingStatement *self);
STYR_AVAILABLE_IN_ALL
StyrOperatingRow       *styr_operating_statement_get_total           (StyrOperatingStatement *self);
STYR_AVAILABLE_IN_ALL
const char             *styr_operating_statement_get_occasion_id     (StyrOperatingStatement *self);
STYR_AVAILABLE_IN_ALL
const char             *styr_operating_statement_get_previous_occasion_id (StyrOperatingStatement *self);
STYR_AVAILABLE_IN_ALL
StyrOperatingRow       *styr_operating_statement_lookup_row          (StyrOperatingStatement *self,
                                                                      StyrOrgan              *organ);

G_END_DECLS
