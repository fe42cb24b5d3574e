/* styr-investment.h — investment projects (*investeringsprojekt*).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "styr-version-macros.h"
#include "styr-entity.h"
#include "styr-organ.h"
#include "styr-period.h"
#include "styr-model.h"

G_BEGIN_DECLS

/**
 * StyrInvestmentStatus:
 * @STYR_INVESTMENT_STATUS_PLANNED: *planerad*, id `planerad`: in the
 *   investment budget, not started
 * @STYR_INVESTMENT_STATUS_ONGOING: *pågår*, id `pagar`: under way
 * @STYR_INVESTMENT_STATUS_COMPLETED: *avslutad*, id `avslutad`: finished
 *   and closed
 * @STYR_INVESTMENT_STATUS_POSTPONED: *uppskjuten*, id `uppskjuten`:
 *   moved to a later year
 *
 * The status of an investment project ([class@Styr.Investment]). The ids
 * are the file tokens ([func@Styr.InvestmentStatus.get_id]).
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_INVESTMENT_STATUS_PLANNED,
  STYR_INVESTMENT_STATUS_ONGOING,
  STYR_INVESTMENT_STATUS_COMPLETED,
  STYR_INVESTMENT_STATUS_POSTPONED,
} StyrInvestmentStatus;

STYR_AVAILABLE_IN_ALL
const char *styr_investment_status_get_id   (StyrInvestmentStatus  status);
STYR_AVAILABLE_IN_ALL
gboolean    styr_investment_status_from_id  (const char            *id,
                                             StyrInvestmentStatus  *status);

#define STYR_TYPE_INVESTMENT (styr_investment_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrInvestment, styr_investment, STYR, INVESTMENT, StyrEntity)

STYR_AVAILABLE_IN_ALL
StyrInvestment       *styr_investment_new                (const char            *id,
                                                          const char            *name);

STYR_AVAILABLE_IN_ALL
const char           *styr_investment_get_name           (StyrInvestment        *self);
STYR_AVAILABLE_IN_ALL
void                  styr_investment_set_name           (StyrInvestment        *self,
                                                          const char            *name);
STYR_AVAILABLE_IN_ALL
StyrOrgan            *styr_investment_get_organ          (StyrInvestment        *self);
STYR_AVAILABLE_IN_ALL
gboolean              styr_investment_set_organ          (StyrInvestment        *self,
                                                          StyrOrgan             *organ,
                                                          GError               **error);
STYR_AVAILABLE_IN_ALL
StyrInvestmentStatus  styr_investment_get_status         (StyrInvestment        *self);
STYR_AVAILABLE_IN_ALL
void                  styr_investment_set_status         (StyrInvestment        *self,
                                                          StyrInvestmentStatus   status);
STYR_AVAILABLE_IN_ALL
gint64                styr_investment_get_total_budget   (StyrInvestment        *self);
STYR_AVAILABLE_IN_ALL
void                  styr_investment_set_total_budget   (StyrInvestment        *self,
                                                          gint64                 ore);
STYR_AVAILABLE_IN_ALL
int                   styr_investment_get_start_year     (StyrInvestment        *self);
STYR_AVAILABLE_IN_ALL
void                  styr_investment_set_start_year     (StyrInvestment        *self,
                                                          int                    year);
STYR_AVAILABLE_IN_ALL
int                   styr_investment_get_end_year       (StyrInvestment        *self);
STYR_AVAILABLE_IN_ALL
void                  styr_investment_set_end_year       (StyrInvestment        *self,
                                                          int                    year);

/* Budget per year (investeringsbudget). */
STYR_AVAILABLE_IN_ALL
gboolean              styr_investment_set_budget         (StyrInvestment        *self,
                                                          int                    year,
                                                          gint64                 ore,
                                                          GError               **error);
STYR_AVAILABLE_IN_ALL
gboolean              styr_investment_lookup_budget      (StyrInvestment        *self,
                                                          int                    year,
                                                          gint64                *ore);
STYR_AVAILABLE_IN_ALL
gboolean              styr_investment_remove_budget      (StyrInvestment        *self,
                                                          int                    year);
STYR_AVAILABLE_IN_ALL
guint                 styr_investment_get_n_budgets      (StyrInvestment        *self);
STYR_AVAILABLE_IN_ALL
void                  styr_investment_get_budget         (StyrInvestment        *self,
                                                          guint                  position,
                                                          int                   *year,
                                                          gint64                *ore);

/* Outcome per month (utfall). */
STYR_AVAILABLE_IN_ALL
gboolean              styr_investment_set_outcome        (StyrInvestment        *self,
                                                          int                    year,
                                                          int                    month,
                                                          gint64                 ore,
                                                          GError               **error);
STYR_AVAILABLE_IN_ALL
gboolean              styr_investment_lookup_outcome     (StyrInvestment        *self,
                                                          int                    year,
                                                          int                    month,
                                                          gint64                *ore);
STYR_AVAILABLE_IN_ALL
gboolean              styr_investment_remove_outcome     (StyrInvestment        *self,
                                                          int                    year,
                                                          int                    month);
STYR_AVAILABLE_IN_ALL
guint                 styr_investment_get_n_outcomes     (StyrInvestment        *self);
STYR_AVAILABLE_IN_ALL
void                  styr_investment_get_outcome_row    (StyrInvestment        *self,
                                                          guint                  position,
                                                          int                   *year,
                                                          int                   *month,
                                                          gint64                *ore);
STYR_AVAILABLE_IN_ALL
gboolean              styr_investment_get_outcome_to_date (StyrInvestment       *self,
                                                           const StyrPeriod     *period,
                                                           gint64               *ore,
                                                           GError              **error);
STYR_AVAILABLE_IN_ALL
gboolean              styr_investment_get_total_outcome_to_date (StyrInvestment *self,
                                                                 const StyrPeriod *period,
                                                                 gint64         *ore,
                                                                 GError        **error);

/* Forecast per follow-up occasion (prognos). */
STYR_AVAILABLE_IN_ALL
gboolean              styr_investment_set_forecast       (StyrInvestment        *self,
                                                          const char            *occasion_id,
                                                          gint64                 year_ore,
                                                          gint64                 total_ore,
                                                          GError               **error);
STYR_AVAILABLE_IN_ALL
gboolean              styr_investment_lookup_forecast    (StyrInvestment        *self,
                                                          const char            *occasion_id,
                                                          gint64                *year_ore,
                                                          gint64                *total_ore);
STYR_AVAILABLE_IN_ALL
gboolean              styr_investment_remove_forecast    (StyrInvestment        *self,
                                                          const char            *occasion_id);
STYR_AVAILABLE_IN_ALL
guint                 styr_investment_get_n_forecasts    (StyrInvestment        *self);
STYR_AVAILABLE_IN_ALL
void                  styr_investment_get_forecast       (StyrInvestment        *self,
                                                          guint                  position,
                                                          const char           **occasion_id,
                                                          gint64                *year_ore,
                                                          gint64                *total_ore);

/* Deviations (avvikelser): positive is a surplus. */
STYR_AVAILABLE_IN_ALL
gboolean              styr_investment_get_year_deviation (StyrInvestment        *self,
                                                          const char            *occasion_id,
                                                          gint64                *ore,
                                                          GError               **error);
STYR_AVAILABLE_IN_ALL
gboolean              styr_investment_get_total_deviation (StyrInvestment       *self,
                                                           const char           *occasion_id,
                                                           gint64               *ore,
                                                           GError              **error);

/* The investments of a model. */
STYR_AVAILABLE_IN_ALL
GListModel           *styr_model_get_investments         (StyrModel             *self);
STYR_AVAILABLE_IN_ALL
StyrInvestment       *styr_model_lookup_investment       (StyrModel             *self,
                                                          const char            *id);

G_END_DECLS
