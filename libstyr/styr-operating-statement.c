/* styr-operating-statement.c — the operating statement (*driftredovisning*)
 * per nämnd.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "styr-private.h"
#include "styr-operating-statement.h"

/**
 * StyrOperatingRow:
 *
 * One line of a [class@Styr.OperatingStatement]: the figures of one nämnd
 * (or, for the total row, of all of them) at a follow-up. Every amount is
 * `gint64` öre of net cost in the accounting sign (costs positive, income
 * negative); deviations are positive for a surplus (*överskott*). A row is
 * a snapshot and never changes.
 *
 * Rows are the items of an operating statement (a [iface@Gio.ListModel])
 * and its [method@Styr.OperatingStatement.get_total]; the total row has
 * no [property@Styr.OperatingRow:organ]. Its figures are properties, so a
 * table view can bind columns to them:
 *
 * ```python
 * statement = Styr.OperatingStatement.new(model, Styr.Period.parse("2025-T2"))
 * for row in statement:
 *     print(f"{row.props.name}: budget {row.props.annual_budget / 100:.0f} kr, "
 *           f"prognos {row.props.forecast / 100:.0f} kr, "
 *           f"avvikelse {row.props.year_deviation / 100:+.0f} kr")
 * ```
 *
 * Since: 1.0
 */

struct _StyrOperatingRow
{
  GObject parent_instance;

  StyrOrgan *organ;       /* owned, NULL for the total row */
  char *name;
  gint64 annual_budget;
  gint64 periodised_budget;
  gint64 outcome;
  gint64 period_deviation;
  gint64 forecast;
  gboolean has_forecast;
  char *forecast_comment;
  gint64 year_deviation;
  gint64 forecast_change;
  gboolean has_previous_forecast;
  gint64 last_year_outcome;
  gint64 last_year_outcome_to_date;
};

G_DEFINE_FINAL_TYPE (StyrOperatingRow, styr_operating_row, G_TYPE_OBJECT)

enum {
  ROW_PROP_0,
  ROW_PROP_ORGAN,
  ROW_PROP_NAME,
  ROW_PROP_ANNUAL_BUDGET,
  ROW_PROP_PERIODISED_BUDGET,
  ROW_PROP_OUTCOME,
  ROW_PROP_PERIOD_DEVIATION,
  ROW_PROP_FORECAST,
  ROW_PROP_HAS_FORECAST,
  ROW_PROP_FORECAST_COMMENT,
  ROW_PROP_YEAR_DEVIATION,
  ROW_PROP_FORECAST_CHANGE,
  ROW_PROP_HAS_PREVIOUS_FORECAST,
  ROW_PROP_LAST_YEAR_OUTCOME,
  ROW_PROP_LAST_YEAR_OUTCOME_TO_DATE,
  N_ROW_PROPS
};

static GParamSpec *row_properties[N_ROW_PROPS];

static void
styr_operating_row_finalize (GObject *object)
{
  StyrOperatingRow *self = (StyrOperatingRow *) object;

  g_clear_object (&self->organ);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->forecast_comment, g_free);

  G_OBJECT_CLASS (styr_operating_row_parent_class)->finalize (object);
}

static void
styr_operating_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  StyrOperatingRow *self = STYR_OPERATING_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_ORGAN:
      g_value_set_object (value, self->organ);
      break;
    case ROW_PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case ROW_PROP_ANNUAL_BUDGET:
      g_value_set_int64 (value, self->annual_budget);
      break;
    case ROW_PROP_PERIODISED_BUDGET:
      g_value_set_int64 (value, self->periodised_budget);
      break;
    case ROW_PROP_OUTCOME:
      g_value_set_int64 (value, self->outcome);
      break;
    case ROW_PROP_PERIOD_DEVIATION:
      g_value_set_int64 (value, self->period_deviation);
      break;
    case ROW_PROP_FORECAST:
      g_value_set_int64 (value, self->forecast);
      break;
    case ROW_PROP_HAS_FORECAST:
      g_value_set_boolean (value, self->has_forecast);
      break;
    case ROW_PROP_FORECAST_COMMENT:
      g_value_set_string (value, self->forecast_comment);
      break;
    case ROW_PROP_YEAR_DEVIATION:
      g_value_set_int64 (value, self->year_deviation);
      break;
    case ROW_PROP_FORECAST_CHANGE:
      g_value_set_int64 (value, self->forecast_change);
      break;
    case ROW_PROP_HAS_PREVIOUS_FORECAST:
      g_value_set_boolean (value, self->has_previous_forecast);
      break;
    case ROW_PROP_LAST_YEAR_OUTCOME:
      g_value_set_int64 (value, self->last_year_outcome);
      break;
    case ROW_PROP_LAST_YEAR_OUTCOME_TO_DATE:
      g_value_set_int64 (value, self->last_year_outcome_to_date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_operating_row_class_init (StyrOperatingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styr_operating_row_finalize;
  object_class->get_property = styr_operating_row_get_property;

  /**
   * StyrOperatingRow:organ:
   *
   * The nämnd of the row, or %NULL for the total row.
   *
   * Since: 1.0
   */
  row_properties[ROW_PROP_ORGAN] =
    g_param_spec_object ("organ", NULL, NULL,
                         STYR_TYPE_ORGAN,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrOperatingRow:name:
   *
   * The name of the nämnd (its id when it has no name), or "Summa
   * nämnder" for the total row.
   *
   * Since: 1.0
   */
  row_properties[ROW_PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrOperatingRow:annual-budget:
   *
   * The annual budget (*årsbudget*) of the year in öre: the nämnd's frame,
   * or the sum of its units' budget lines when it has no frame
   * ([method@Styr.Organ.get_annual_budget]).
   *
   * Since: 1.0
   */
  row_properties[ROW_PROP_ANNUAL_BUDGET] = _styr_amount_property ("annual-budget");

  /**
   * StyrOperatingRow:periodised-budget:
   *
   * The periodised budget from January to the end of the period in öre
   * ([method@Styr.Organ.get_periodised_budget]).
   *
   * Since: 1.0
   */
  row_properties[ROW_PROP_PERIODISED_BUDGET] = _styr_amount_property ("periodised-budget");

  /**
   * StyrOperatingRow:outcome:
   *
   * The outcome (*utfall*) from January to the end of the period in öre
   * ([method@Styr.Organ.get_outcome_to_date]).
   *
   * Since: 1.0
   */
  row_properties[ROW_PROP_OUTCOME] = _styr_amount_property ("outcome");

  /**
   * StyrOperatingRow:period-deviation:
   *
   * The deviation to date in öre: periodised budget − outcome, positive
   * for a surplus.
   *
   * Since: 1.0
   */
  row_properties[ROW_PROP_PERIOD_DEVIATION] = _styr_amount_property ("period-deviation");

  /**
   * StyrOperatingRow:forecast:
   *
   * The full-year forecast (*helårsprognos*) in öre at the statement's
   * occasion. Without one ([property@Styr.OperatingRow:has-forecast]
   * %FALSE) it is the annual budget: a nämnd that gave no forecast is
   * assumed to keep its budget.
   *
   * Since: 1.0
   */
  row_properties[ROW_PROP_FORECAST] = _styr_amount_property ("forecast");

  /**
   * StyrOperatingRow:has-forecast:
   *
   * Whether the nämnd gave a forecast at the statement's occasion; for
   * the total row, whether at least one did.
   *
   * Since: 1.0
   */
  row_properties[ROW_PROP_HAS_FORECAST] =
    g_param_spec_boolean ("has-forecast", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrOperatingRow:forecast-comment:
   *
   * The nämnd's comment on its forecast, or %NULL.
   *
   * Since: 1.0
   */
  row_properties[ROW_PROP_FORECAST_COMMENT] =
    g_param_spec_string ("forecast-comment", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrOperatingRow:year-deviation:
   *
   * The full-year deviation in öre: annual budget − forecast, positive
   * for a surplus; 0 without a forecast.
   *
   * Since: 1.0
   */
  row_properties[ROW_PROP_YEAR_DEVIATION] = _styr_amount_property ("year-deviation");

  /**
   * StyrOperatingRow:forecast-change:
   *
   * The change since the previous forecast in öre: this forecast − the
   * forecast at the previous economic occasion of the year; 0 when either
   * is missing.
   *
   * Since: 1.0
   */
  row_properties[ROW_PROP_FORECAST_CHANGE] = _styr_amount_property ("forecast-change");

  /**
   * StyrOperatingRow:has-previous-forecast:
   *
   * Whether [property@Styr.OperatingRow:forecast-change] compares two
   * forecasts: the nämnd gave one at this occasion and at the previous
   * economic occasion of the year; for the total row, whether at least
   * one nämnd did.
   *
   * Since: 1.0
   */
  row_properties[ROW_PROP_HAS_PREVIOUS_FORECAST] =
    g_param_spec_boolean ("has-previous-forecast", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrOperatingRow:last-year-outcome:
   *
   * The outcome of the whole previous year in öre.
   *
   * Since: 1.0
   */
  row_properties[ROW_PROP_LAST_YEAR_OUTCOME] = _styr_amount_property ("last-year-outcome");

  /**
   * StyrOperatingRow:last-year-outcome-to-date:
   *
   * The outcome of the previous year over the same months (January to
   * the period's last month) in öre.
   *
   * Since: 1.0
   */
  row_properties[ROW_PROP_LAST_YEAR_OUTCOME_TO_DATE] = _styr_amount_property ("last-year-outcome-to-date");

  g_object_class_install_properties (object_class, N_ROW_PROPS, row_properties);
}

static void
styr_operating_row_init (StyrOperatingRow *self)
{
}

/**
 * styr_operating_row_get_organ:
 * @self: a [class@Styr.OperatingRow]
 *
 * Gets the [property@Styr.OperatingRow:organ] of @self.
 *
 * Returns: (transfer none) (nullable): the nämnd, or %NULL for the total
 *   row
 *
 * Since: 1.0
 */
StyrOrgan *
styr_operating_row_get_organ (StyrOperatingRow *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_ROW (self), NULL);

  return self->organ;
}

/**
 * styr_operating_row_get_name:
 * @self: a [class@Styr.OperatingRow]
 *
 * Gets the [property@Styr.OperatingRow:name] of @self.
 *
 * Returns: the name of the row
 *
 * Since: 1.0
 */
const char *
styr_operating_row_get_name (StyrOperatingRow *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_ROW (self), NULL);

  return self->name;
}

/**
 * styr_operating_row_get_annual_budget:
 * @self: a [class@Styr.OperatingRow]
 *
 * Gets the [property@Styr.OperatingRow:annual-budget] of @self.
 *
 * Returns: the annual budget in öre
 *
 * Since: 1.0
 */
gint64
styr_operating_row_get_annual_budget (StyrOperatingRow *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_ROW (self), 0);

  return self->annual_budget;
}

/**
 * styr_operating_row_get_periodised_budget:
 * @self: a [class@Styr.OperatingRow]
 *
 * Gets the [property@Styr.OperatingRow:periodised-budget] of @self.
 *
 * Returns: the periodised budget to date in öre
 *
 * Since: 1.0
 */
gint64
styr_operating_row_get_periodised_budget (StyrOperatingRow *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_ROW (self), 0);

  return self->periodised_budget;
}

/**
 * styr_operating_row_get_outcome:
 * @self: a [class@Styr.OperatingRow]
 *
 * Gets the [property@Styr.OperatingRow:outcome] of @self.
 *
 * Returns: the outcome to date in öre
 *
 * Since: 1.0
 */
gint64
styr_operating_row_get_outcome (StyrOperatingRow *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_ROW (self), 0);

  return self->outcome;
}

/**
 * styr_operating_row_get_period_deviation:
 * @self: a [class@Styr.OperatingRow]
 *
 * Gets the [property@Styr.OperatingRow:period-deviation] of @self.
 *
 * Returns: periodised budget − outcome in öre
 *
 * Since: 1.0
 */
gint64
styr_operating_row_get_period_deviation (StyrOperatingRow *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_ROW (self), 0);

  return self->period_deviation;
}

/**
 * styr_operating_row_get_forecast:
 * @self: a [class@Styr.OperatingRow]
 *
 * Gets the [property@Styr.OperatingRow:forecast] of @self.
 *
 * Returns: the full-year forecast in öre, or the annual budget when
 *   there is none
 *
 * Since: 1.0
 */
gint64
styr_operating_row_get_forecast (StyrOperatingRow *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_ROW (self), 0);

  return self->forecast;
}

/**
 * styr_operating_row_get_has_forecast:
 * @self: a [class@Styr.OperatingRow]
 *
 * Gets the [property@Styr.OperatingRow:has-forecast] of @self.
 *
 * Returns: whether there is a forecast
 *
 * Since: 1.0
 */
gboolean
styr_operating_row_get_has_forecast (StyrOperatingRow *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_ROW (self), FALSE);

  return self->has_forecast;
}

/**
 * styr_operating_row_get_forecast_comment:
 * @self: a [class@Styr.OperatingRow]
 *
 * Gets the [property@Styr.OperatingRow:forecast-comment] of @self.
 *
 * Returns: (nullable): the comment on the forecast
 *
 * Since: 1.0
 */
const char *
styr_operating_row_get_forecast_comment (StyrOperatingRow *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_ROW (self), NULL);

  return self->forecast_comment;
}

/**
 * styr_operating_row_get_year_deviation:
 * @self: a [class@Styr.OperatingRow]
 *
 * Gets the [property@Styr.OperatingRow:year-deviation] of @self.
 *
 * Returns: annual budget − forecast in öre
 *
 * Since: 1.0
 */
gint64
styr_operating_row_get_year_deviation (StyrOperatingRow *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_ROW (self), 0);

  return self->year_deviation;
}

/**
 * styr_operating_row_get_forecast_change:
 * @self: a [class@Styr.OperatingRow]
 *
 * Gets the [property@Styr.OperatingRow:forecast-change] of @self.
 *
 * Returns: this forecast − the previous one in öre
 *
 * Since: 1.0
 */
gint64
styr_operating_row_get_forecast_change (StyrOperatingRow *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_ROW (self), 0);

  return self->forecast_change;
}

/**
 * styr_operating_row_get_has_previous_forecast:
 * @self: a [class@Styr.OperatingRow]
 *
 * Gets the [property@Styr.OperatingRow:has-previous-forecast] of @self.
 *
 * Returns: whether the forecast change compares two forecasts
 *
 * Since: 1.0
 */
gboolean
styr_operating_row_get_has_previous_forecast (StyrOperatingRow *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_ROW (self), FALSE);

  return self->has_previous_forecast;
}

/**
 * styr_operating_row_get_last_year_outcome:
 * @self: a [class@Styr.OperatingRow]
 *
 * Gets the [property@Styr.OperatingRow:last-year-outcome] of @self.
 *
 * Returns: the previous year's full outcome in öre
 *
 * Since: 1.0
 */
gint64
styr_operating_row_get_last_year_outcome (StyrOperatingRow *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_ROW (self), 0);

  return self->last_year_outcome;
}

/**
 * styr_operating_row_get_last_year_outcome_to_date:
 * @self: a [class@Styr.OperatingRow]
 *
 * Gets the [property@Styr.OperatingRow:last-year-outcome-to-date] of
 * @self.
 *
 * Returns: the previous year's outcome over the same months in öre
 *
 * Since: 1.0
 */
gint64
styr_operating_row_get_last_year_outcome_to_date (StyrOperatingRow *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_ROW (self), 0);

  return self->last_year_outcome_to_date;
}

/* The statement ----------------------------------------------------------- */

/**
 * StyrOperatingStatement:
 *
 * The operating statement (*driftredovisning*) of a model at a follow-up
 * period: one [class@Styr.OperatingRow] per nämnd (organs of kind
 * %STYR_ORGAN_KIND_BOARD and %STYR_ORGAN_KIND_EXECUTIVE_BOARD, in the
 * model's order), as a [iface@Gio.ListModel], and a total row
 * ([method@Styr.OperatingStatement.get_total]).
 *
 * The forecasts are those given at the occasion of the model's calendar
 * with %STYR_OCCASION_FLAGS_ECONOMY whose period ends with the last month
 * of the statement's period (the first such in the calendar's order); the
 * previous forecasts those at the latest economic occasion of the same
 * year that ends earlier. Without such an occasion no nämnd has a
 * forecast.
 *
 * The statement is a snapshot made by
 * [ctor@Styr.OperatingStatement.new]: later changes to the model do not
 * show in it.
 *
 * ```python
 * statement = Styr.OperatingStatement.new(model, Styr.Period.parse("2025-T2"))
 * for row in statement:
 *     print(row.props.name, row.props.annual_budget, row.props.forecast,
 *           row.props.year_deviation)
 * total = statement.get_total()
 * ```
 *
 * Since: 1.0
 */

struct _StyrOperatingStatement
{
  GObject parent_instance;

  StyrModel *model;            /* owned */
  StyrPeriod *period;
  char *occasion_id;           /* nullable */
  char *previous_occasion_id;  /* nullable */
  GPtrArray *rows;             /* StyrOperatingRow, owned */
  StyrOperatingRow *total;
};

static void styr_operating_statement_list_model_init (GListModelInterface *iface);
static void styr_operating_statement_initable_init   (GInitableIface      *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StyrOperatingStatement, styr_operating_statement, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      styr_operating_statement_list_model_init)
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE,
                                                      styr_operating_statement_initable_init))

enum {
  PROP_0,
  PROP_MODEL,
  PROP_PERIOD,
  PROP_OCCASION_ID,
  PROP_PREVIOUS_OCCASION_ID,
  PROP_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
styr_operating_statement_get_item_type (GListModel *list)
{
  return STYR_TYPE_OPERATING_ROW;
}

static guint
styr_operating_statement_get_n_items (GListModel *list)
{
  StyrOperatingStatement *self = STYR_OPERATING_STATEMENT (list);

  return self->rows->len;
}

static gpointer
styr_operating_statement_get_item (GListModel *list,
                                   guint       position)
{
  StyrOperatingStatement *self = STYR_OPERATING_STATEMENT (list);

  if (position >= self->rows->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
styr_operating_statement_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = styr_operating_statement_get_item_type;
  iface->get_n_items = styr_operating_statement_get_n_items;
  iface->get_item = styr_operating_statement_get_item;
}

/* The economic occasions of @year: the one whose period ends in @month
 * (the first in the calendar's order) and the latest that ends before. */
static void
find_occasions (StyrModel     *model,
                int            year,
                int            month,
                StyrOccasion **current,
                StyrOccasion **previous)
{
  g_autoptr(GListModel) occasions =
    styr_calendar_get_occasions_in_year (styr_model_get_calendar (model), year);
  guint n = g_list_model_get_n_items (occasions);
  int previous_month = 0;

  *current = NULL;
  *previous = NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrOccasion) occasion = g_list_model_get_item (occasions, i);
      const StyrPeriod *period = styr_occasion_get_period (occasion);
      int last = styr_period_get_last_month (period);

      if (!(styr_occasion_get_flags (occasion) & STYR_OCCASION_FLAGS_ECONOMY) ||
          styr_period_get_year (period) != year)
        continue;

      if (last == month && *current == NULL)
        *current = occasion;  /* the calendar keeps it alive */
      else if (last < month && last >= previous_month)
        {
          *previous = occasion;
          previous_month = last;
        }
    }
}

static StyrOperatingRow *
row_new (StyrOrgan  *organ,
         const char *name)
{
  StyrOperatingRow *row = g_object_new (STYR_TYPE_OPERATING_ROW, NULL);

  row->organ = organ != NULL ? g_object_ref (organ) : NULL;
  row->name = g_strdup (name);
  return row;
}

static gboolean
compute_row (StyrOperatingRow  *row,
             const StyrPeriod  *period,
             const char        *occasion_id,
             const char        *previous_id,
             GError           **error)
{
  StyrOrgan *organ = row->organ;
  int year = styr_period_get_year (period);
  int last = styr_period_get_last_month (period);
  g_autoptr(StyrPeriod) last_year = NULL;
  g_autoptr(StyrPeriod) last_year_month = NULL;
  const char *comment = NULL;
  gint64 previous;

  if (!styr_organ_get_annual_budget (organ, year, &row->annual_budget, error) ||
      !styr_organ_get_periodised_budget (organ, period, &row->periodised_budget, error) ||
      !styr_organ_get_outcome_to_date (organ, period, &row->outcome, error) ||
      !styr_money_subtract (row->periodised_budget, row->outcome, &row->period_deviation, error))
    return FALSE;

  if (year > 1)
    {
      last_year = styr_period_new_year (year - 1);
      last_year_month = styr_period_new_month (year - 1, last);
      if (!styr_organ_get_outcome_to_date (organ, last_year, &row->last_year_outcome, error) ||
          !styr_organ_get_outcome_to_date (organ, last_year_month,
                                           &row->last_year_outcome_to_date, error))
        return FALSE;
    }

  row->has_forecast = occasion_id != NULL &&
                      styr_organ_lookup_forecast (organ, occasion_id, &row->forecast, &comment);
  if (!row->has_forecast)
    {
      row->forecast = row->annual_budget;
      return TRUE;
    }

  row->forecast_comment = g_strdup (comment);
  if (!styr_money_subtract (row->annual_budget, row->forecast, &row->year_deviation, error))
    return FALSE;

  row->has_previous_forecast = previous_id != NULL &&
                               styr_organ_lookup_forecast (organ, previous_id, &previous, NULL);
  if (row->has_previous_forecast &&
      !styr_money_subtract (row->forecast, previous, &row->forecast_change, error))
    return FALSE;

  return TRUE;
}

static gboolean
add_to_total (StyrOperatingRow  *total,
              StyrOperatingRow  *row,
              GError           **error)
{
  const struct { gint64 *sum; gint64 part; } columns[] = {
    { &total->annual_budget, row->annual_budget },
    { &total->periodised_budget, row->periodised_budget },
    { &total->outcome, row->outcome },
    { &total->period_deviation, row->period_deviation },
    { &total->forecast, row->forecast },
    { &total->year_deviation, row->year_deviation },
    { &total->forecast_change, row->forecast_change },
    { &total->last_year_outcome, row->last_year_outcome },
    { &total->last_year_outcome_to_date, row->last_year_outcome_to_date },
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (!styr_money_add (*columns[i].sum, columns[i].part, columns[i].sum, error))
      return FALSE;

  total->has_forecast |= row->has_forecast;
  total->has_previous_forecast |= row->has_previous_forecast;
  return TRUE;
}

static gboolean
styr_operating_statement_initable_init_impl (GInitable     *initable,
                                             GCancellable  *cancellable,
                                             GError       **error)
{
  StyrOperatingStatement *self = STYR_OPERATING_STATEMENT (initable);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(StyrOperatingRow) total = NULL;
  StyrOccasion *current, *previous;
  GListModel *organs;
  guint n;

  if (self->model == NULL || self->period == NULL)
    {
      g_set_error_literal (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                           _("En driftredovisning behöver en modell och en period"));
      return FALSE;
    }

  if (self->rows->len > 0 || self->total != NULL)
    return TRUE;

  find_occasions (self->model, styr_period_get_year (self->period),
                  styr_period_get_last_month (self->period), &current, &previous);

  rows = g_ptr_array_new_with_free_func (g_object_unref);
  total = row_new (NULL, _("Summa nämnder"));

  organs = styr_model_get_organs (self->model);
  n = g_list_model_get_n_items (organs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrOrgan) organ = g_list_model_get_item (organs, i);
      StyrOrganKind kind = styr_organ_get_kind (organ);
      StyrOperatingRow *row;
      const char *name;

      if (kind != STYR_ORGAN_KIND_BOARD && kind != STYR_ORGAN_KIND_EXECUTIVE_BOARD)
        continue;

      name = styr_organ_get_name (organ);
      if (name == NULL || name[0] == '\0')
        name = styr_entity_get_id (STYR_ENTITY (organ));

      row = row_new (organ, name);
      g_ptr_array_add (rows, row);
      if (!compute_row (row, self->period,
                        current != NULL ? styr_occasion_get_id (current) : NULL,
                        previous != NULL ? styr_occasion_get_id (previous) : NULL,
                        error) ||
          !add_to_total (total, row, error))
        return FALSE;
    }

  self->occasion_id = current != NULL ? g_strdup (styr_occasion_get_id (current)) : NULL;
  self->previous_occasion_id = previous != NULL ? g_strdup (styr_occasion_get_id (previous)) : NULL;
  g_ptr_array_extend_and_steal (self->rows, g_steal_pointer (&rows));
  self->total = g_steal_pointer (&total);

  return TRUE;
}

/* The figures ask for the units of each nämnd several times; the
 * model does not change while they are made. */
static gboolean
styr_operating_statement_initable_init_scoped (GInitable     *initable,
                                                 GCancellable  *cancellable,
                                                 GError       **error)
{
  StyrModel *model = STYR_OPERATING_STATEMENT (initable)->model;
  gboolean ok;

  _styr_budget_units_cache_push (model);
  ok = styr_operating_statement_initable_init_impl (initable, cancellable, error);
  _styr_budget_units_cache_pop (model);
  return ok;
}

static void
styr_operating_statement_initable_init (GInitableIface *iface)
{
  iface->init = styr_operating_statement_initable_init_scoped;
}

static void
styr_operating_statement_finalize (GObject *object)
{
  StyrOperatingStatement *self = (StyrOperatingStatement *) object;

  g_clear_object (&self->model);
  g_clear_pointer (&self->period, styr_period_free);
  g_clear_pointer (&self->occasion_id, g_free);
  g_clear_pointer (&self->previous_occasion_id, g_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->total);

  G_OBJECT_CLASS (styr_operating_statement_parent_class)->finalize (object);
}

static void
styr_operating_statement_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  StyrOperatingStatement *self = STYR_OPERATING_STATEMENT (object);

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
    case PROP_PREVIOUS_OCCASION_ID:
      g_value_set_string (value, self->previous_occasion_id);
      break;
    case PROP_TOTAL:
      g_value_set_object (value, self->total);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_operating_statement_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  StyrOperatingStatement *self = STYR_OPERATING_STATEMENT (object);

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
styr_operating_statement_class_init (StyrOperatingStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styr_operating_statement_finalize;
  object_class->get_property = styr_operating_statement_get_property;
  object_class->set_property = styr_operating_statement_set_property;

  /**
   * StyrOperatingStatement:model:
   *
   * The model the statement was made of.
   *
   * Since: 1.0
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         STYR_TYPE_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * StyrOperatingStatement:period:
   *
   * The follow-up period, e.g. `2025-T2`: figures to date run from
   * January to its last month.
   *
   * Since: 1.0
   */
  properties[PROP_PERIOD] =
    g_param_spec_boxed ("period", NULL, NULL,
                        STYR_TYPE_PERIOD,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * StyrOperatingStatement:occasion-id:
   *
   * The id of the occasion whose forecasts the statement shows, or %NULL
   * when the calendar has no economic occasion ending with the period.
   *
   * Since: 1.0
   */
  properties[PROP_OCCASION_ID] =
    g_param_spec_string ("occasion-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrOperatingStatement:previous-occasion-id:
   *
   * The id of the occasion of the previous forecasts, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_PREVIOUS_OCCASION_ID] =
    g_param_spec_string ("previous-occasion-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrOperatingStatement:total:
   *
   * The total row (*summa nämnder*): every amount summed over the rows.
   *
   * Since: 1.0
   */
  properties[PROP_TOTAL] =
    g_param_spec_object ("total", NULL, NULL,
                         STYR_TYPE_OPERATING_ROW,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_operating_statement_init (StyrOperatingStatement *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * styr_operating_statement_new:
 * @model: a [class@Styr.Model]
 * @period: the follow-up period, e.g. `2025-T2`
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Makes the operating statement (*driftredovisning*) of @model per the
 * period @period. For each nämnd: the annual budget, the periodised
 * budget and the outcome from January to the end of @period, the
 * deviation to date,
 * the full-year forecast with its deviation and its change since the
 * previous forecast, and last year's outcome (whole year and to date).
 *
 * Fails with %STYR_ERROR_OVERFLOW when a sum does not fit a `gint64`.
 *
 * Returns: (transfer full) (nullable): a new [class@Styr.OperatingStatement],
 *   or %NULL on error
 *
 * Since: 1.0
 */
StyrOperatingStatement *
styr_operating_statement_new (StyrModel         *model,
                              const StyrPeriod  *period,
                              GError           **error)
{
  g_return_val_if_fail (STYR_IS_MODEL (model), NULL);
  g_return_val_if_fail (period != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_initable_new (STYR_TYPE_OPERATING_STATEMENT, NULL, error,
                         "model", model,
                         "period", period,
                         NULL);
}

/**
 * styr_operating_statement_get_model:
 * @self: a [class@Styr.OperatingStatement]
 *
 * Gets the [property@Styr.OperatingStatement:model] of @self.
 *
 * Returns: (transfer none): the model
 *
 * Since: 1.0
 */
StyrModel *
styr_operating_statement_get_model (StyrOperatingStatement *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_STATEMENT (self), NULL);

  return self->model;
}

/**
 * styr_operating_statement_get_period:
 * @self: a [class@Styr.OperatingStatement]
 *
 * Gets the [property@Styr.OperatingStatement:period] of @self.
 *
 * Returns: (transfer none): the period
 *
 * Since: 1.0
 */
const StyrPeriod *
styr_operating_statement_get_period (StyrOperatingStatement *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_STATEMENT (self), NULL);

  return self->period;
}

/**
 * styr_operating_statement_get_total:
 * @self: a [class@Styr.OperatingStatement]
 *
 * Gets the total row (*summa nämnder*): each amount summed over the rows
 * of the nämnder. Its forecast counts the annual budget of a nämnd
 * without a forecast, so its year deviation is the sum of the rows'.
 *
 * Returns: (transfer none): the total row
 *
 * Since: 1.0
 */
StyrOperatingRow *
styr_operating_statement_get_total (StyrOperatingStatement *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_STATEMENT (self), NULL);

  return self->total;
}

/**
 * styr_operating_statement_get_occasion_id:
 * @self: a [class@Styr.OperatingStatement]
 *
 * Gets the [property@Styr.OperatingStatement:occasion-id] of @self.
 *
 * Returns: (nullable): the id of the occasion of the forecasts
 *
 * Since: 1.0
 */
const char *
styr_operating_statement_get_occasion_id (StyrOperatingStatement *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_STATEMENT (self), NULL);

  return self->occasion_id;
}

/**
 * styr_operating_statement_get_previous_occasion_id:
 * @self: a [class@Styr.OperatingStatement]
 *
 * Gets the [property@Styr.OperatingStatement:previous-occasion-id] of
 * @self.
 *
 * Returns: (nullable): the id of the occasion of the previous forecasts
 *
 * Since: 1.0
 */
const char *
styr_operating_statement_get_previous_occasion_id (StyrOperatingStatement *self)
{
  g_return_val_if_fail (STYR_IS_OPERATING_STATEMENT (self), NULL);

  return self->previous_occasion_id;
}

/**
 * styr_operating_statement_lookup_row:
 * @self: a [class@Styr.OperatingStatement]
 * @organ: a nämnd
 *
 * Finds the row of @organ.
 *
 * Returns: (transfer none) (nullable): the row, or %NULL when @organ has
 *   none (it is not a nämnd of the model)
 *
 * Since: 1.0
 */
StyrOperatingRow *
styr_operating_statement_lookup_row (StyrOperatingStatement *self,
                                     StyrOrgan              *organ)
{
  g_return_val_if_fail (STYR_IS_OPERATING_STATEMENT (self), NULL);
  g_return_val_if_fail (STYR_IS_ORGAN (organ), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      StyrOperatingRow *row = g_ptr_array_index (self->rows, i);

      if (row->organ == organ)
        return row;
    }

  return NULL;
}
