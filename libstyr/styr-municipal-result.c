/* styr-municipal-result.c — the municipality's result (*årets resultat*),
 * the balance requirement (*balanskravet*) and financial goals.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-forecast.h"
#include "styr-operating-statement.h"
#include "styr-municipal-result.h"

/* One öre-amount in mnkr: 1 mnkr = 1 000 000 kr = 100 000 000 öre. */
#define ORE_PER_MNKR 100000000.0

/* Result forecasts of a model ---------------------------------------------- */

typedef struct
{
  GQuark         occasion;
  StyrResultItem item;
  gint64         ore;
} ResultForecastRow;

static GQuark
result_forecasts_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("styr-result-forecasts");
  return quark;
}

static GQuark
financial_rule_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("styr-financial-rule");
  return quark;
}

static GArray *
get_result_forecasts (StyrModel *model,
                      gboolean   create)
{
  GArray *rows = g_object_get_qdata (G_OBJECT (model), result_forecasts_quark ());

  if (rows == NULL && create)
    {
      rows = g_array_new (FALSE, FALSE, sizeof (ResultForecastRow));
      g_object_set_qdata_full (G_OBJECT (model), result_forecasts_quark (), rows,
                               (GDestroyNotify) g_array_unref);
    }

  return rows;
}

static ResultForecastRow *
find_result_forecast (StyrModel      *model,
                      const char     *occasion_id,
                      StyrResultItem  item,
                      guint          *position)
{
  GArray *rows = get_result_forecasts (model, FALSE);
  GQuark quark;

  if (rows == NULL || occasion_id == NULL ||
      (quark = g_quark_try_string (occasion_id)) == 0)
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      ResultForecastRow *row = &g_array_index (rows, ResultForecastRow, i);

      if (row->occasion == quark && row->item == item)
        {
          if (position != NULL)
            *position = i;
          return row;
        }
    }

  return NULL;
}

static gboolean
item_is_valid (StyrResultItem item)
{
  return (guint) item < STYR_N_RESULT_ITEMS;
}

/**
 * styr_model_set_result_forecast:
 * @self: a [class@Styr.Model]
 * @occasion_id: the id of an occasion of the calendar of @self, e.g.
 *   `2025-t2`
 * @item: a result item
 * @ore: the full-year forecast of @item in öre, as a contribution to the
 *   result (tax income positive, a net financial cost negative)
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the full-year forecast of the result item @item (tax income,
 * general state grants, financial net, …) at the follow-up @occasion_id,
 * replacing the one there was. Without a forecast the item's budget for
 * the year is its forecast ([class@Styr.MunicipalResult]).
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT for an unknown @item and with
 * %STYR_ERROR_NOT_FOUND when the calendar has no occasion @occasion_id.
 * On failure nothing changes.
 *
 * Returns: %TRUE if the forecast was set
 *
 * Since: 1.0
 */
gboolean
styr_model_set_result_forecast (StyrModel       *self,
                                const char      *occasion_id,
                                StyrResultItem   item,
                                gint64           ore,
                                GError         **error)
{
  ResultForecastRow *row;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!item_is_valid (item))
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Okänd resultatpost %d"), (int) item);
      return FALSE;
    }

  if (styr_calendar_lookup_occasion (styr_model_get_calendar (self), occasion_id) == NULL)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                   _("Uppföljningskalendern har inget tillfälle med id »%s«"),
                   occasion_id != NULL ? occasion_id : "");
      return FALSE;
    }

  row = find_result_forecast (self, occasion_id, item, NULL);
  if (row == NULL)
    {
      ResultForecastRow fresh = { g_quark_from_string (occasion_id), item, ore };

      g_array_append_val (get_result_forecasts (self, TRUE), fresh);
    }
  else
    row->ore = ore;

  return TRUE;
}

/**
 * styr_model_lookup_result_forecast:
 * @self: a [class@Styr.Model]
 * @occasion_id: the id of an occasion
 * @item: a result item
 * @ore: (out) (optional): return location for the forecast in öre
 *
 * Looks up the forecast of @item at @occasion_id.
 *
 * Returns: %TRUE if there is one
 *
 * Since: 1.0
 */
gboolean
styr_model_lookup_result_forecast (StyrModel      *self,
                                   const char     *occasion_id,
                                   StyrResultItem  item,
                                   gint64         *ore)
{
  ResultForecastRow *row;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (occasion_id != NULL, FALSE);

  row = find_result_forecast (self, occasion_id, item, NULL);
  if (ore != NULL)
    *ore = row != NULL ? row->ore : 0;

  return row != NULL;
}

/**
 * styr_model_remove_result_forecast:
 * @self: a [class@Styr.Model]
 * @occasion_id: the id of an occasion
 * @item: a result item
 *
 * Removes the forecast of @item at @occasion_id.
 *
 * Returns: %TRUE if there was one
 *
 * Since: 1.0
 */
gboolean
styr_model_remove_result_forecast (StyrModel      *self,
                                   const char     *occasion_id,
                                   StyrResultItem  item)
{
  guint position;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (occasion_id != NULL, FALSE);

  if (find_result_forecast (self, occasion_id, item, &position) == NULL)
    return FALSE;

  g_array_remove_index (get_result_forecasts (self, FALSE), position);
  return TRUE;
}

/**
 * styr_model_get_n_result_forecasts:
 * @self: a [class@Styr.Model]
 *
 * Gets the number of forecasts of result items, at all occasions.
 *
 * Returns: the number of forecasts
 *
 * Since: 1.0
 */
guint
styr_model_get_n_result_forecasts (StyrModel *self)
{
  GArray *rows;

  g_return_val_if_fail (STYR_IS_MODEL (self), 0);

  rows = get_result_forecasts (self, FALSE);
  return rows != NULL ? rows->len : 0;
}

/**
 * styr_model_get_result_forecast:
 * @self: a [class@Styr.Model]
 * @position: a position below [method@Styr.Model.get_n_result_forecasts]
 * @occasion_id: (out) (optional) (transfer none): return location for the
 *   occasion's id
 * @item: (out) (optional): return location for the result item
 * @ore: (out) (optional): return location for the forecast in öre
 *
 * Gets the result forecast at @position, in the order the forecasts were
 * first set: a bulk accessor for bindings and writers.
 *
 * Since: 1.0
 */
void
styr_model_get_result_forecast (StyrModel       *self,
                                guint            position,
                                const char     **occasion_id,
                                StyrResultItem  *item,
                                gint64          *ore)
{
  const ResultForecastRow *row;

  g_return_if_fail (STYR_IS_MODEL (self));
  g_return_if_fail (position < styr_model_get_n_result_forecasts (self));

  row = &g_array_index (get_result_forecasts (self, FALSE), ResultForecastRow, position);
  if (occasion_id != NULL)
    *occasion_id = g_quark_to_string (row->occasion);
  if (item != NULL)
    *item = row->item;
  if (ore != NULL)
    *ore = row->ore;
}

/* Financial rules ---------------------------------------------------------- */

static const char * const rule_ids[] = {
  "ingen",
  "resultat-andel",
  "nettokostnad-andel",
  "balanskravsresultat",
  "budgetavvikelse",
};

/**
 * styr_financial_rule_get_id:
 * @rule: a financial rule
 *
 * Gets the id of @rule: `resultat-andel`, `nettokostnad-andel`,
 * `balanskravsresultat` or `budgetavvikelse`, and `ingen` for
 * %STYR_FINANCIAL_RULE_NONE (which files leave out).
 *
 * Returns: the id
 *
 * Since: 1.0
 */
const char *
styr_financial_rule_get_id (StyrFinancialRule rule)
{
  g_return_val_if_fail ((guint) rule < G_N_ELEMENTS (rule_ids), NULL);

  return rule_ids[rule];
}

/**
 * styr_financial_rule_from_id:
 * @id: an id such as `resultat-andel`
 * @rule: (out): return location for the rule
 *
 * Finds the financial rule with @id.
 *
 * Returns: %TRUE if @id names a rule
 *
 * Since: 1.0
 */
gboolean
styr_financial_rule_from_id (const char        *id,
                             StyrFinancialRule *rule)
{
  g_return_val_if_fail (rule != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (rule_ids); i++)
    if (g_strcmp0 (id, rule_ids[i]) == 0)
      {
        *rule = (StyrFinancialRule) i;
        return TRUE;
      }

  return FALSE;
}

/**
 * styr_indicator_get_financial_rule:
 * @self: a [class@Styr.Indicator]
 *
 * Gets how [method@Styr.Model.evaluate_financial_rules] computes the value
 * of @self, the measure of a financial goal.
 *
 * Returns: the rule, %STYR_FINANCIAL_RULE_NONE when @self is measured
 *   otherwise
 *
 * Since: 1.0
 */
StyrFinancialRule
styr_indicator_get_financial_rule (StyrIndicator *self)
{
  g_return_val_if_fail (STYR_IS_INDICATOR (self), STYR_FINANCIAL_RULE_NONE);

  return GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (self), financial_rule_quark ()));
}

/**
 * styr_indicator_set_financial_rule:
 * @self: a [class@Styr.Indicator]
 * @rule: the rule, or %STYR_FINANCIAL_RULE_NONE to clear it
 *
 * Makes @self the measure of a financial goal (*finansiellt mål*) whose
 * value [method@Styr.Model.evaluate_financial_rules] computes from the
 * full-year forecast by @rule: e.g. "årets resultat ≥ 2 % av
 * skatteintäkter och generella statsbidrag" is an indicator with rule
 * %STYR_FINANCIAL_RULE_RESULT_SHARE, direction higher-is-better and
 * target 2. Set the indicator's unit to match the rule (`%` or `mnkr`).
 *
 * Since: 1.0
 */
void
styr_indicator_set_financial_rule (StyrIndicator     *self,
                                   StyrFinancialRule  rule)
{
  g_return_if_fail (STYR_IS_INDICATOR (self));
  g_return_if_fail ((guint) rule < G_N_ELEMENTS (rule_ids));

  g_object_set_qdata (G_OBJECT (self), financial_rule_quark (), GINT_TO_POINTER (rule));
}

/* The result --------------------------------------------------------------- */

/**
 * StyrMunicipalResult:
 *
 * The municipality's result (*årets resultat*) at a follow-up period:
 * for each result item ([enum@Styr.ResultItem]) and for the nämnder's net
 * cost (*nämndernas nettokostnad*), the budget of the year, the outcome
 * from January to the end of the period and the full-year forecast; the
 * result they give; and the balance requirement (*balanskravet*) assessed
 * on the full-year forecast, as the law asks of the *delårsrapport*.
 *
 * Result items are contributions to the result (tax income positive, a
 * net financial cost negative); the nämnder's net cost is a cost. So
 *
 * - *årets resultat* = tax income + general state grants + financial net
 *   + other − the nämnder's net cost, for the budget, the outcome to date
 *   and the forecast alike; the balance adjustments
 *   (%STYR_RESULT_ITEM_BALANCE_ADJUSTMENTS) are not part of it;
 * - the balance result (*balanskravsresultat*) = the forecast result +
 *   the forecast balance adjustments, and the requirement is met when it
 *   is not negative.
 *
 * The forecast of an item is the one set at the economic occasion of the
 * period ([method@Styr.Model.set_result_forecast]; the occasion is found
 * as [class@Styr.OperatingStatement] finds it), or else its budget; the
 * nämnder's forecast is the total of the operating statement.
 *
 * ```python
 * result = Styr.MunicipalResult.new(model, Styr.Period.parse("2025-T2"))
 * print(result.props.result_forecast, result.props.balance_requirement_met)
 * ok, share = result.evaluate_rule(Styr.FinancialRule.RESULT_SHARE)
 * ```
 *
 * Since: 1.0
 */

struct _StyrMunicipalResult
{
  GObject parent_instance;

  StyrModel *model;
  StyrPeriod *period;
  char *occasion_id;
  gboolean computed;
  /* The operating statement of the same model and period, when the
   * caller has it (_styr_municipal_result_new_from_statement()); only
   * while the result is computed. */
  StyrOperatingStatement *statement;

  gint64 item_budget[STYR_N_RESULT_ITEMS];
  gint64 item_outcome[STYR_N_RESULT_ITEMS];
  gint64 item_forecast[STYR_N_RESULT_ITEMS];
  gboolean item_has_forecast[STYR_N_RESULT_ITEMS];

  gint64 net_cost_budget;
  gint64 net_cost_outcome;
  gint64 net_cost_forecast;
  gint64 result_budget;
  gint64 result_outcome;
  gint64 result_forecast;
  gint64 balance_result;
  gint64 frames;
  gint64 year_deviation;
  gint64 tax_and_grants_forecast;
};

static void styr_municipal_result_initable_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StyrMunicipalResult, styr_municipal_result, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE,
                                                      styr_municipal_result_initable_init))

enum {
  PROP_0,
  PROP_MODEL,
  PROP_PERIOD,
  PROP_OCCASION_ID,
  PROP_NET_COST_BUDGET,
  PROP_NET_COST_OUTCOME,
  PROP_NET_COST_FORECAST,
  PROP_RESULT_BUDGET,
  PROP_RESULT_OUTCOME,
  PROP_RESULT_FORECAST,
  PROP_BALANCE_RESULT,
  PROP_BALANCE_REQUIREMENT_MET,
  PROP_FRAMES,
  PROP_YEAR_DEVIATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* @items[…] summed over the items that make up the result (all but the
 * balance adjustments), minus @net_cost. */
static gboolean
result_of (const gint64  items[STYR_N_RESULT_ITEMS],
           gint64        net_cost,
           gint64       *result,
           GError      **error)
{
  gint64 sum = 0;

  for (guint i = 0; i < STYR_N_RESULT_ITEMS; i++)
    if (i != STYR_RESULT_ITEM_BALANCE_ADJUSTMENTS &&
        !styr_money_add (sum, items[i], &sum, error))
      return FALSE;

  return styr_money_subtract (sum, net_cost, result, error);
}

static gboolean
styr_municipal_result_initable_init_impl (GInitable     *initable,
                                          GCancellable  *cancellable,
                                          GError       **error)
{
  StyrMunicipalResult *self = STYR_MUNICIPAL_RESULT (initable);
  g_autoptr(StyrOperatingStatement) statement = NULL;
  StyrOperatingRow *total;
  int year;

  if (self->model == NULL || self->period == NULL)
    {
      g_set_error_literal (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                           _("Kommunens resultat behöver en modell och en period"));
      return FALSE;
    }

  if (self->computed)
    return TRUE;

  year = styr_period_get_year (self->period);
  if (self->statement != NULL)
    statement = g_object_ref (self->statement);
  else
    statement = styr_operating_statement_new (self->model, self->period, error);
  if (statement == NULL)
    return FALSE;

  total = styr_operating_statement_get_total (statement);
  self->net_cost_budget = styr_operating_row_get_annual_budget (total);
  self->net_cost_outcome = styr_operating_row_get_outcome (total);
  self->net_cost_forecast = styr_operating_row_get_forecast (total);
  self->year_deviation = styr_operating_row_get_year_deviation (total);
  self->occasion_id = g_strdup (styr_operating_statement_get_occasion_id (statement));

  for (guint i = 0; i < STYR_N_RESULT_ITEMS; i++)
    {
      styr_model_lookup_result_budget (self->model, year, i, &self->item_budget[i]);
      if (!styr_model_get_result_outcome_to_date (self->model, self->period, i,
                                                  &self->item_outcome[i], error))
        return FALSE;

      self->item_has_forecast[i] =
        self->occasion_id != NULL &&
        styr_model_lookup_result_forecast (self->model, self->occasion_id, i,
                                           &self->item_forecast[i]);
      if (!self->item_has_forecast[i])
        self->item_forecast[i] = self->item_budget[i];
    }

  if (!result_of (self->item_budget, self->net_cost_budget, &self->result_budget, error) ||
      !result_of (self->item_outcome, self->net_cost_outcome, &self->result_outcome, error) ||
      !result_of (self->item_forecast, self->net_cost_forecast, &self->result_forecast, error) ||
      !styr_money_add (self->result_forecast,
                       self->item_forecast[STYR_RESULT_ITEM_BALANCE_ADJUSTMENTS],
                       &self->balance_result, error) ||
      !styr_money_add (self->item_forecast[STYR_RESULT_ITEM_TAX_INCOME],
                       self->item_forecast[STYR_RESULT_ITEM_GENERAL_GRANTS],
                       &self->tax_and_grants_forecast, error) ||
      !styr_model_sum_frames (self->model, year, &self->frames, error))
    return FALSE;

  self->computed = TRUE;
  return TRUE;
}

/* The figures ask for the units of each nämnd several times; the
 * model does not change while they are made. */
static gboolean
styr_municipal_result_initable_init_scoped (GInitable     *initable,
                                              GCancellable  *cancellable,
                                              GError       **error)
{
  StyrModel *model = STYR_MUNICIPAL_RESULT (initable)->model;
  gboolean ok;

  _styr_budget_units_cache_push (model);
  ok = styr_municipal_result_initable_init_impl (initable, cancellable, error);
  _styr_budget_units_cache_pop (model);
  return ok;
}

static void
styr_municipal_result_initable_init (GInitableIface *iface)
{
  iface->init = styr_municipal_result_initable_init_scoped;
}

static void
styr_municipal_result_finalize (GObject *object)
{
  StyrMunicipalResult *self = (StyrMunicipalResult *) object;

  g_clear_object (&self->model);
  g_clear_pointer (&self->period, styr_period_free);
  g_clear_pointer (&self->occasion_id, g_free);

  G_OBJECT_CLASS (styr_municipal_result_parent_class)->finalize (object);
}

static void
styr_municipal_result_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  StyrMunicipalResult *self = STYR_MUNICIPAL_RESULT (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_PERIOD:
      g_value_set_boxed (value, self->period);
      break;
    case PROP_OCCASION_ID:
      g_value_set_string (value, self->occasion_id);
      break;
    case PROP_NET_COST_BUDGET:
      g_value_set_int64 (value, self->net_cost_budget);
      break;
    case PROP_NET_COST_OUTCOME:
      g_value_set_int64 (value, self->net_cost_outcome);
      break;
    case PROP_NET_COST_FORECAST:
      g_value_set_int64 (value, self->net_cost_forecast);
      break;
    case PROP_RESULT_BUDGET:
      g_value_set_int64 (value, self->result_budget);
      break;
    case PROP_RESULT_OUTCOME:
      g_value_set_int64 (value, self->result_outcome);
      break;
    case PROP_RESULT_FORECAST:
      g_value_set_int64 (value, self->result_forecast);
      break;
    case PROP_BALANCE_RESULT:
      g_value_set_int64 (value, self->balance_result);
      break;
    case PROP_BALANCE_REQUIREMENT_MET:
      g_value_set_boolean (value, self->balance_result >= 0);
      break;
    case PROP_FRAMES:
      g_value_set_int64 (value, self->frames);
      break;
    case PROP_YEAR_DEVIATION:
      g_value_set_int64 (value, self->year_deviation);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_municipal_result_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  StyrMunicipalResult *self = STYR_MUNICIPAL_RESULT (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      self->model = g_value_dup_object (value);
      break;
    case PROP_PERIOD:
      self->period = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_municipal_result_class_init (StyrMunicipalResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styr_municipal_result_finalize;
  object_class->get_property = styr_municipal_result_get_property;
  object_class->set_property = styr_municipal_result_set_property;

  /**
   * StyrMunicipalResult:model:
   *
   * The model the result was computed from.
   *
   * Since: 1.0
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         STYR_TYPE_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * StyrMunicipalResult:period:
   *
   * The follow-up period, e.g. `2025-T2`.
   *
   * Since: 1.0
   */
  properties[PROP_PERIOD] =
    g_param_spec_boxed ("period", NULL, NULL,
                        STYR_TYPE_PERIOD,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * StyrMunicipalResult:occasion-id:
   *
   * The id of the occasion whose forecasts were used, or %NULL when the
   * calendar has no economic occasion ending with the period.
   *
   * Since: 1.0
   */
  properties[PROP_OCCASION_ID] =
    g_param_spec_string ("occasion-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrMunicipalResult:net-cost-budget:
   *
   * The nämnder's net cost in the budget of the year, in öre.
   *
   * Since: 1.0
   */
  properties[PROP_NET_COST_BUDGET] = _styr_amount_property ("net-cost-budget");

  /**
   * StyrMunicipalResult:net-cost-outcome:
   *
   * The nämnder's net cost from January to the end of the period, in öre.
   *
   * Since: 1.0
   */
  properties[PROP_NET_COST_OUTCOME] = _styr_amount_property ("net-cost-outcome");

  /**
   * StyrMunicipalResult:net-cost-forecast:
   *
   * The nämnder's full-year forecast net cost, in öre.
   *
   * Since: 1.0
   */
  properties[PROP_NET_COST_FORECAST] = _styr_amount_property ("net-cost-forecast");

  /**
   * StyrMunicipalResult:result-budget:
   *
   * *Årets resultat* in the budget, in öre.
   *
   * Since: 1.0
   */
  properties[PROP_RESULT_BUDGET] = _styr_amount_property ("result-budget");

  /**
   * StyrMunicipalResult:result-outcome:
   *
   * *Årets resultat* from January to the end of the period, in öre.
   *
   * Since: 1.0
   */
  properties[PROP_RESULT_OUTCOME] = _styr_amount_property ("result-outcome");

  /**
   * StyrMunicipalResult:result-forecast:
   *
   * *Årets resultat* on the full-year forecast, in öre.
   *
   * Since: 1.0
   */
  properties[PROP_RESULT_FORECAST] = _styr_amount_property ("result-forecast");

  /**
   * StyrMunicipalResult:balance-result:
   *
   * The balance result (*balanskravsresultat*) on the full-year forecast,
   * in öre: the forecast result plus the forecast balance adjustments.
   *
   * Since: 1.0
   */
  properties[PROP_BALANCE_RESULT] = _styr_amount_property ("balance-result");

  /**
   * StyrMunicipalResult:balance-requirement-met:
   *
   * Whether the balance requirement (*balanskravet*) is met on the
   * full-year forecast: the balance result is 0 or more.
   *
   * Since: 1.0
   */
  properties[PROP_BALANCE_REQUIREMENT_MET] =
    g_param_spec_boolean ("balance-requirement-met", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrMunicipalResult:frames:
   *
   * The sum of the frames of the year ([method@Styr.Model.sum_frames]),
   * in öre.
   *
   * Since: 1.0
   */
  properties[PROP_FRAMES] = _styr_amount_property ("frames");

  /**
   * StyrMunicipalResult:year-deviation:
   *
   * The nämnder's full-year deviation (budget − forecast, summed), in öre.
   *
   * Since: 1.0
   */
  properties[PROP_YEAR_DEVIATION] = _styr_amount_property ("year-deviation");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_municipal_result_init (StyrMunicipalResult *self)
{
}

/**
 * styr_municipal_result_new:
 * @model: a [class@Styr.Model]
 * @period: the follow-up period, e.g. `2025-T2`
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Computes the municipality's result of @model per @period (see
 * [class@Styr.MunicipalResult]).
 *
 * Fails with %STYR_ERROR_OVERFLOW when a sum does not fit a `gint64`.
 *
 * Returns: (transfer full) (nullable): a new [class@Styr.MunicipalResult],
 *   or %NULL on error
 *
 * Since: 1.0
 */
StyrMunicipalResult *
styr_municipal_result_new (StyrModel         *model,
                           const StyrPeriod  *period,
                           GError           **error)
{
  g_return_val_if_fail (STYR_IS_MODEL (model), NULL);
  g_return_val_if_fail (period != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_initable_new (STYR_TYPE_MUNICIPAL_RESULT, NULL, error,
                         "model", model,
                         "period", period,
                         NULL);
}

/* styr_municipal_result_new() from the operating statement of @model
 * per @period, which the caller has made already: the report, which
 * shows both (styr-report-build.c), would otherwise make it twice. */
StyrMunicipalResult *
_styr_municipal_result_new_from_statement (StyrModel              *model,
                                           const StyrPeriod       *period,
                                           StyrOperatingStatement *statement,
                                           GError                **error)
{
  StyrMunicipalResult *self;
  gboolean ok;

  g_return_val_if_fail (STYR_IS_MODEL (model), NULL);
  g_return_val_if_fail (period != NULL, NULL);
  g_return_val_if_fail (STYR_IS_OPERATING_STATEMENT (statement), NULL);

  self = g_object_new (STYR_TYPE_MUNICIPAL_RESULT, "model", model, "period", period, NULL);
  self->statement = statement;
  ok = g_initable_init (G_INITABLE (self), NULL, error);
  self->statement = NULL;
  if (!ok)
    g_clear_object (&self);
  return self;
}

/**
 * styr_municipal_result_get_model:
 * @self: a [class@Styr.MunicipalResult]
 *
 * Gets the [property@Styr.MunicipalResult:model] of @self.
 *
 * Returns: (transfer none): the model
 *
 * Since: 1.0
 */
StyrModel *
styr_municipal_result_get_model (StyrMunicipalResult *self)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), NULL);

  return self->model;
}

/**
 * styr_municipal_result_get_period:
 * @self: a [class@Styr.MunicipalResult]
 *
 * Gets the [property@Styr.MunicipalResult:period] of @self.
 *
 * Returns: (transfer none): the period
 *
 * Since: 1.0
 */
const StyrPeriod *
styr_municipal_result_get_period (StyrMunicipalResult *self)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), NULL);

  return self->period;
}

/**
 * styr_municipal_result_get_occasion_id:
 * @self: a [class@Styr.MunicipalResult]
 *
 * Gets the [property@Styr.MunicipalResult:occasion-id] of @self.
 *
 * Returns: (nullable): the id of the occasion of the forecasts
 *
 * Since: 1.0
 */
const char *
styr_municipal_result_get_occasion_id (StyrMunicipalResult *self)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), NULL);

  return self->occasion_id;
}

/**
 * styr_municipal_result_get_item_budget:
 * @self: a [class@Styr.MunicipalResult]
 * @item: a result item
 *
 * Gets the budget of @item for the year
 * ([method@Styr.Model.set_result_budget]); 0 when there is none.
 *
 * Returns: the budget in öre
 *
 * Since: 1.0
 */
gint64
styr_municipal_result_get_item_budget (StyrMunicipalResult *self,
                                       StyrResultItem       item)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), 0);
  g_return_val_if_fail (item_is_valid (item), 0);

  return self->item_budget[item];
}

/**
 * styr_municipal_result_get_item_outcome:
 * @self: a [class@Styr.MunicipalResult]
 * @item: a result item
 *
 * Gets the outcome of @item from January to the end of the period.
 *
 * Returns: the outcome in öre
 *
 * Since: 1.0
 */
gint64
styr_municipal_result_get_item_outcome (StyrMunicipalResult *self,
                                        StyrResultItem       item)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), 0);
  g_return_val_if_fail (item_is_valid (item), 0);

  return self->item_outcome[item];
}

/**
 * styr_municipal_result_get_item_forecast:
 * @self: a [class@Styr.MunicipalResult]
 * @item: a result item
 *
 * Gets the full-year forecast of @item at the occasion of the period, or
 * its budget when there is none
 * ([method@Styr.MunicipalResult.get_item_has_forecast]).
 *
 * Returns: the forecast in öre
 *
 * Since: 1.0
 */
gint64
styr_municipal_result_get_item_forecast (StyrMunicipalResult *self,
                                         StyrResultItem       item)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), 0);
  g_return_val_if_fail (item_is_valid (item), 0);

  return self->item_forecast[item];
}

/**
 * styr_municipal_result_get_item_has_forecast:
 * @self: a [class@Styr.MunicipalResult]
 * @item: a result item
 *
 * Gets whether a forecast of @item was set at the occasion of the
 * period, rather than its budget standing in for one.
 *
 * Returns: whether @item has a forecast
 *
 * Since: 1.0
 */
gboolean
styr_municipal_result_get_item_has_forecast (StyrMunicipalResult *self,
                                             StyrResultItem       item)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), FALSE);
  g_return_val_if_fail (item_is_valid (item), FALSE);

  return self->item_has_forecast[item];
}

/**
 * styr_municipal_result_get_net_cost_budget:
 * @self: a [class@Styr.MunicipalResult]
 *
 * Gets the [property@Styr.MunicipalResult:net-cost-budget] of @self.
 *
 * Returns: the nämnder's budgeted net cost in öre
 *
 * Since: 1.0
 */
gint64
styr_municipal_result_get_net_cost_budget (StyrMunicipalResult *self)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), 0);

  return self->net_cost_budget;
}

/**
 * styr_municipal_result_get_net_cost_outcome:
 * @self: a [class@Styr.MunicipalResult]
 *
 * Gets the [property@Styr.MunicipalResult:net-cost-outcome] of @self.
 *
 * Returns: the nämnder's net cost to date in öre
 *
 * Since: 1.0
 */
gint64
styr_municipal_result_get_net_cost_outcome (StyrMunicipalResult *self)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), 0);

  return self->net_cost_outcome;
}

/**
 * styr_municipal_result_get_net_cost_forecast:
 * @self: a [class@Styr.MunicipalResult]
 *
 * Gets the [property@Styr.MunicipalResult:net-cost-forecast] of @self.
 *
 * Returns: the nämnder's forecast net cost in öre
 *
 * Since: 1.0
 */
gint64
styr_municipal_result_get_net_cost_forecast (StyrMunicipalResult *self)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), 0);

  return self->net_cost_forecast;
}

/**
 * styr_municipal_result_get_result_budget:
 * @self: a [class@Styr.MunicipalResult]
 *
 * Gets the [property@Styr.MunicipalResult:result-budget] of @self.
 *
 * Returns: *årets resultat* in the budget, in öre
 *
 * Since: 1.0
 */
gint64
styr_municipal_result_get_result_budget (StyrMunicipalResult *self)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), 0);

  return self->result_budget;
}

/**
 * styr_municipal_result_get_result_outcome:
 * @self: a [class@Styr.MunicipalResult]
 *
 * Gets the [property@Styr.MunicipalResult:result-outcome] of @self.
 *
 * Returns: *årets resultat* to date, in öre
 *
 * Since: 1.0
 */
gint64
styr_municipal_result_get_result_outcome (StyrMunicipalResult *self)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), 0);

  return self->result_outcome;
}

/**
 * styr_municipal_result_get_result_forecast:
 * @self: a [class@Styr.MunicipalResult]
 *
 * Gets the [property@Styr.MunicipalResult:result-forecast] of @self.
 *
 * Returns: *årets resultat* on the forecast, in öre
 *
 * Since: 1.0
 */
gint64
styr_municipal_result_get_result_forecast (StyrMunicipalResult *self)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), 0);

  return self->result_forecast;
}

/**
 * styr_municipal_result_get_balance_result:
 * @self: a [class@Styr.MunicipalResult]
 *
 * Gets the [property@Styr.MunicipalResult:balance-result] of @self.
 *
 * Returns: the balance result on the forecast, in öre
 *
 * Since: 1.0
 */
gint64
styr_municipal_result_get_balance_result (StyrMunicipalResult *self)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), 0);

  return self->balance_result;
}

/**
 * styr_municipal_result_get_balance_requirement_met:
 * @self: a [class@Styr.MunicipalResult]
 *
 * Gets the [property@Styr.MunicipalResult:balance-requirement-met] of
 * @self.
 *
 * Returns: whether the balance result is 0 or more
 *
 * Since: 1.0
 */
gboolean
styr_municipal_result_get_balance_requirement_met (StyrMunicipalResult *self)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), FALSE);

  return self->balance_result >= 0;
}

/**
 * styr_municipal_result_get_frames:
 * @self: a [class@Styr.MunicipalResult]
 *
 * Gets the [property@Styr.MunicipalResult:frames] of @self.
 *
 * Returns: the sum of the frames of the year in öre
 *
 * Since: 1.0
 */
gint64
styr_municipal_result_get_frames (StyrMunicipalResult *self)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), 0);

  return self->frames;
}

/**
 * styr_municipal_result_get_year_deviation:
 * @self: a [class@Styr.MunicipalResult]
 *
 * Gets the [property@Styr.MunicipalResult:year-deviation] of @self.
 *
 * Returns: the nämnder's full-year deviation in öre
 *
 * Since: 1.0
 */
gint64
styr_municipal_result_get_year_deviation (StyrMunicipalResult *self)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), 0);

  return self->year_deviation;
}

/* @numerator / @denominator in per cent. */
static double
percent (gint64 numerator,
         gint64 denominator)
{
  return (double) ((long double) numerator * 100.0L / (long double) denominator);
}

/**
 * styr_municipal_result_evaluate_rule:
 * @self: a [class@Styr.MunicipalResult]
 * @rule: a financial rule
 * @value: (out): return location for the value
 *
 * Computes the value a financial goal measured by @rule has on the
 * full-year forecast:
 *
 * - %STYR_FINANCIAL_RULE_RESULT_SHARE: the forecast result ÷ (tax income
 *   + general state grants), in per cent;
 * - %STYR_FINANCIAL_RULE_NET_COST_SHARE: the nämnder's forecast net cost
 *   ÷ (tax income + general state grants), in per cent;
 * - %STYR_FINANCIAL_RULE_BALANCE_RESULT: the balance result in mnkr;
 * - %STYR_FINANCIAL_RULE_BUDGET_DEVIATION: the nämnder's full-year
 *   deviation ÷ the sum of the frames, in per cent (positive for a
 *   surplus).
 *
 * The value is not rounded. It cannot be computed for
 * %STYR_FINANCIAL_RULE_NONE or when the divisor is 0 (no tax income and
 * grants, no frames); then @value is NaN.
 *
 * Returns: %TRUE if @value holds the value
 *
 * Since: 1.0
 */
gboolean
styr_municipal_result_evaluate_rule (StyrMunicipalResult *self,
                                     StyrFinancialRule    rule,
                                     double              *value)
{
  g_return_val_if_fail (STYR_IS_MUNICIPAL_RESULT (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  *value = NAN;
  switch (rule)
    {
    case STYR_FINANCIAL_RULE_RESULT_SHARE:
      if (self->tax_and_grants_forecast == 0)
        return FALSE;
      *value = percent (self->result_forecast, self->tax_and_grants_forecast);
      return TRUE;

    case STYR_FINANCIAL_RULE_NET_COST_SHARE:
      if (self->tax_and_grants_forecast == 0)
        return FALSE;
      *value = percent (self->net_cost_forecast, self->tax_and_grants_forecast);
      return TRUE;

    case STYR_FINANCIAL_RULE_BALANCE_RESULT:
      *value = (double) self->balance_result / ORE_PER_MNKR;
      return TRUE;

    case STYR_FINANCIAL_RULE_BUDGET_DEVIATION:
      if (self->frames == 0)
        return FALSE;
      *value = percent (self->year_deviation, self->frames);
      return TRUE;

    case STYR_FINANCIAL_RULE_NONE:
    default:
      return FALSE;
    }
}

/**
 * styr_model_evaluate_financial_rules:
 * @self: a [class@Styr.Model]
 * @period: the follow-up period, e.g. `2025-T2`
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Computes the value of every indicator of @self that has a financial
 * rule ([method@Styr.Indicator.set_financial_rule]) from the full-year
 * forecast per @period ([method@Styr.MunicipalResult.evaluate_rule]) and
 * records it as the indicator's measurement for @period, replacing the
 * one there was. Grading, roll-up and the tertial report then treat the
 * financial goals like any other goal of the economy perspective. An
 * indicator whose value cannot be computed (a divisor of 0) keeps its
 * measurement.
 *
 * Fails as [ctor@Styr.MunicipalResult.new] does; then nothing changes.
 *
 * Returns: the number of measurements recorded, 0 on error
 *
 * Since: 1.0
 */
guint
styr_model_evaluate_financial_rules (StyrModel         *self,
                                     const StyrPeriod  *period,
                                     GError           **error)
{
  g_autoptr(StyrMunicipalResult) result = NULL;
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GArray) values = NULL;
  g_autofree char *comment = NULL;
  GListModel *all;
  guint n;

  g_return_val_if_fail (STYR_IS_MODEL (self), 0);
  g_return_val_if_fail (period != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  result = styr_municipal_result_new (self, period, error);
  if (result == NULL)
    return 0;

  /* Compute everything first, then record: all or nothing. */
  indicators = g_ptr_array_new_with_free_func (g_object_unref);
  values = g_array_new (FALSE, FALSE, sizeof (double));
  all = styr_model_get_indicators (self);
  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrIndicator) indicator = g_list_model_get_item (all, i);
      StyrFinancialRule rule = styr_indicator_get_financial_rule (indicator);
      double value;

      if (rule == STYR_FINANCIAL_RULE_NONE ||
          !styr_municipal_result_evaluate_rule (result, rule, &value) ||
          !isfinite (value))
        continue;

      g_ptr_array_add (indicators, g_steal_pointer (&indicator));
      g_array_append_val (values, value);
    }

  if (result->occasion_id != NULL)
    comment = g_strdup_printf (_("Beräknat ur helårsprognosen vid %s"), result->occasion_id);
  else
    comment = g_strdup (_("Beräknat ur budgeten: ingen prognos för perioden"));

  for (guint i = 0; i < indicators->len; i++)
    {
      gboolean ok = styr_indicator_set_measurement (g_ptr_array_index (indicators, i), period,
                                                    g_array_index (values, double, i),
                                                    NAN, NAN, comment, NULL);
      g_warn_if_fail (ok);
    }

  return indicators->len;
}
