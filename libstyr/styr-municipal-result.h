/* styr-municipal-result.h — the municipality's result (*årets resultat*),
 * the balance requirement (*balanskravet*) and financial goals.
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
#include "styr-indicator.h"
#include "styr-model.h"
#include "styr-outcome.h"

G_BEGIN_DECLS

/**
 * StyrFinancialRule:
 * @STYR_FINANCIAL_RULE_NONE: no rule: the indicator is measured by hand
 *   or imported
 * @STYR_FINANCIAL_RULE_RESULT_SHARE: id `resultat-andel`: the forecast
 *   result (*årets resultat*) as a share of tax income and general state
 *   grants, in per cent
 * @STYR_FINANCIAL_RULE_NET_COST_SHARE: id `nettokostnad-andel`: the
 *   nämnder's forecast net cost as a share of tax income and general
 *   state grants, in per cent
 * @STYR_FINANCIAL_RULE_BALANCE_RESULT: id `balanskravsresultat`: the
 *   balance result (*balanskravsresultat*) on the full-year forecast, in
 *   mnkr
 * @STYR_FINANCIAL_RULE_BUDGET_DEVIATION: id `budgetavvikelse`: the
 *   nämnder's full-year deviation (budget − forecast, summed) as a share
 *   of the sum of their frames, in per cent
 *
 * How [method@Styr.Model.evaluate_financial_rules] computes the value of
 * an indicator that measures a financial goal (*finansiellt mål*) from the
 * full-year forecast. The ids are the tokens of the file format
 * ([func@Styr.FinancialRule.get_id]).
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_FINANCIAL_RULE_NONE,
  STYR_FINANCIAL_RULE_RESULT_SHARE,
  STYR_FINANCIAL_RULE_NET_COST_SHARE,
  STYR_FINANCIAL_RULE_BALANCE_RESULT,
  STYR_FINANCIAL_RULE_BUDGET_DEVIATION,
} StyrFinancialRule;

STYR_AVAILABLE_IN_ALL
const char        *styr_financial_rule_get_id           (StyrFinancialRule   rule);
STYR_AVAILABLE_IN_ALL
gboolean           styr_financial_rule_from_id          (const char         *id,
                                                         StyrFinancialRule  *rule);

STYR_AVAILABLE_IN_ALL
StyrFinancialRule  styr_indicator_get_financial_rule    (StyrIndicator      *self);
STYR_AVAILABLE_IN_ALL
void               styr_indicator_set_financial_rule    (StyrIndicator      *self,
                                                         StyrFinancialRule   rule);
STYR_AVAILABLE_IN_ALL
guint              styr_model_evaluate_financial_rules  (StyrModel          *self,
                                                         const StyrPeriod   *period,
                                                         GError            **error);

/* Forecasts of the result items per follow-up occasion. */
STYR_AVAILABLE_IN_ALL
gboolean           styr_model_set_result_forecast       (StyrModel          *self,
                                                         const char         *occasion_id,
                                                         StyrResultItem      item,
                                                         gint64              ore,
                                                         GError            **error);
STYR_AVAILABLE_IN_ALL
gboolean           styr_model_lookup_result_forecast    (StyrModel          *self,
                                                         const char         *occasion_id,
                                                         StyrResultItem      item,
                                                         gint64             *ore);
STYR_AVAILABLE_IN_ALL
gboolean           styr_model_remove_result_forecast    (StyrModel          *self,
                                                         const char         *occasion_id,
                                                         StyrResultItem      item);
STYR_AVAILABLE_IN_ALL
guint              styr_model_get_n_result_forecasts    (StyrModel          *self);
STYR_AVAILABLE_IN_ALL
void               styr_model_get_result_forecast       (StyrModel          *self,
                                                         guint               position,
                                                         const char        **occasion_id,
                                                         StyrResultItem     *item,
                                                         gint64             *ore);

#define STYR_TYPE_MUNICIPAL_RESULT (styr_municipal_result_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrMunicipalResult, styr_municipal_result, STYR, MUNICIPAL_RESULT, GObject)

STYR_AVAILABLE_IN_ALL
StyrMunicipalResult *styr_municipal_result_new                 (StyrModel           *model,
                                                                const StyrPeriod    *period,
                                                                GError             **error);
STYR_AVAILABLE_IN_ALL
StyrModel        *styr_municipal_result_get_model              (StyrMunicipalResult *self);
STYR_AVAILABLE_IN_ALL
const StyrPeriod *styr_municipal_result_get_period             (StyrMunicipalResult *self);
STYR_AVAILABLE_IN_ALL
const char       *styr_municipal_result_get_occasion_id        (StyrMunicipalResult *self);

STYR_AVAILABLE_IN_ALL
gint64            styr_municipal_result_get_item_budget        (StyrMunicipalResult *self,
                                                                StyrResultItem       item);
STYR_AVAILABLE_IN_ALL
gint64            styr_municipal_result_get_item_outcome       (StyrMunicipalResult *self,
                                                                StyrResultItem       item);
STYR_AVAILABLE_IN_ALL
gint64            styr_municipal_result_get_item_forecast      (StyrMunicipalResult *self,
                                                                StyrResultItem       item);
STYR_AVAILABLE_IN_ALL
gboolean          styr_municipal_result_get_item_has_forecast  (StyrMunicipalResult *self,
                                                                StyrResultItem       item);

STYR_AVAILABLE_IN_ALL
gint64            styr_municipal_result_get_net_cost_budget    (StyrMunicipalResult *self);
STYR_AVAILABLE_IN_ALL
gint64            styr_municipal_result_get_net_cost_outcome   (StyrMunicipalResult *self);
STYR_AVAILABLE_IN_ALL
gint64            styr_municipal_result_get_net_cost_forecast  (StyrMunicipalResult *self);

STYR_AVAILABLE_IN_ALL
gint64            styr_municipal_result_get_result_budget      (StyrMunicipalResult *self);
STYR_AVAILABLE_IN_ALL
gint64            styr_municipal_result_get_result_outcome     (StyrMunicipalResult *self);
STYR_AVAILABLE_IN_ALL
gint64            styr_municipal_result_get_result_forecast    (StyrMunicipalResult *self);

STYR_AVAILABLE_IN_ALL
gint64            styr_municipal_result_get_balance_result     (StyrMunicipalResult *self);
STYR_AVAILABLE_IN_ALL
gboolean          styr_municipal_result_get_balance_requirement_met (StyrMunicipalResult *self);

STYR_AVAILABLE_IN_ALL
gint64            styr_municipal_result_get_frames             (StyrMunicipalResult *self);
STYR_AVAILABLE_IN_ALL
gint64            styr_municipal_result_get_year_deviation     (StyrMunicipalResult *self);

STYR_AVAILABLE_IN_ALL
gboolean          styr_municipal_result_evaluate_rule          (StyrMunicipalResult *self,
                                                                StyrFinancialRule    rule,
                                                                double              *value);

G_END_DECLS
