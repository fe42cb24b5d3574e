/* styr-investment.c — investment projects (*investeringsprojekt*).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-investment.h"

/**
 * StyrInvestment:
 *
 * An investment project (*investeringsprojekt*) of the investment budget
 * (*investeringsbudget*): a new school, a renovated pool, a road. Unlike
 * the operating budget it is followed up per project, and a project often
 * spans several years.
 *
 * An investment is an entity of the model's id space
 * ([method@Styr.Model.add], [method@Styr.Model.get_investments],
 * [method@Styr.Model.lookup_investment]). It has a name, a
 * [enum@Styr.InvestmentStatus], the nämnd responsible for it
 * ([method@Styr.Investment.set_organ]; an organ with investments cannot be
 * removed from the model until they are moved), a total budget for the
 * whole project and the years it runs, and then three kinds of figures,
 * all `gint64` öre (see [enum@Styr.MoneyUnit]):
 *
 * - the budget of each year ([method@Styr.Investment.set_budget]), as the
 *   council decided it in the investment budget;
 * - the outcome (*utfall*) of each month ([method@Styr.Investment.set_outcome]),
 *   summed to date with [method@Styr.Investment.get_outcome_to_date]
 *   (January … the end of a period) and
 *   [method@Styr.Investment.get_total_outcome_to_date] (every earlier year
 *   as well, for multi-year projects);
 * - a forecast (*prognos*) at each follow-up occasion of the model's
 *   calendar ([method@Styr.Investment.set_forecast]): the expected outcome
 *   of the occasion's year and of the whole project.
 *
 * Investment amounts are expenditure: positive is money spent. Deviations
 * follow the rule of the operating budget, budget − forecast, so a
 * positive deviation is money left (*överskott*, often a delay) and a
 * negative one an overrun: [method@Styr.Investment.get_year_deviation] and
 * [method@Styr.Investment.get_total_deviation].
 *
 * These are many small facts, so none of them is a GObject: the project
 * keeps sorted arrays of plain rows and enumerates them by position
 * (`get_n_…` and `get_…`) for writers and bulk readers.
 *
 * ```python
 * skola = Styr.Investment(id="inv-skola", name="Ny F–6-skola i Norr",
 *                         status=Styr.InvestmentStatus.ONGOING,
 *                         total_budget=120_000_000_00,
 *                         start_year=2024, end_year=2026)
 * model.add(skola)
 * skola.set_organ(model.lookup_organ("bun"))
 * skola.set_budget(2025, 60_000_000_00)
 * skola.set_outcome(2025, 3, 4_500_000_00)
 * skola.set_forecast("2025-t1", 55_000_000_00, 118_000_000_00)
 * deviation = skola.get_year_deviation("2025-t1")   # 5 000 000 kr left
 * ```
 *
 * Since: 1.0
 */

#define MIN_YEAR 1
#define MAX_YEAR 9999

typedef struct
{
  int    year;
  gint64 ore;
} YearRow;

typedef struct
{
  guint16 year;
  guint8  month;
  gint64  ore;
} MonthRow;

typedef struct
{
  char   *occasion_id;
  gint64  year_ore;
  gint64  total_ore;
} ForecastRow;

struct _StyrInvestment
{
  StyrEntity parent_instance;

  StyrOrgan            *organ;        /* unowned */
  StyrInvestmentStatus  status;
  gint64                total_budget;
  int                   start_year;
  int                   end_year;

  GArray    *budgets;                 /* YearRow, sorted by year */
  GArray    *outcomes;                /* MonthRow, sorted by (year, month) */
  GPtrArray *forecasts;               /* ForecastRow *, in the order set */
};

G_DEFINE_FINAL_TYPE (StyrInvestment, styr_investment, STYR_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ORGAN,
  PROP_STATUS,
  PROP_TOTAL_BUDGET,
  PROP_START_YEAR,
  PROP_END_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The status ids, in the order of StyrInvestmentStatus. */
static const char * const status_ids[] = {
  "planerad",
  "pagar",
  "avslutad",
  "uppskjuten",
};

G_STATIC_ASSERT (G_N_ELEMENTS (status_ids) == STYR_INVESTMENT_STATUS_POSTPONED + 1);

/**
 * styr_investment_status_get_id:
 * @status: a [enum@Styr.InvestmentStatus]
 *
 * Gets the stable id of @status, as the file format writes it:
 * `planerad`, `pagar`, `avslutad` or `uppskjuten`. The ids are not
 * translated.
 *
 * Returns: (transfer none): the id
 *
 * Since: 1.0
 */
const char *
styr_investment_status_get_id (StyrInvestmentStatus status)
{
  g_return_val_if_fail (status <= STYR_INVESTMENT_STATUS_POSTPONED, NULL);

  return status_ids[status];
}

/**
 * styr_investment_status_from_id:
 * @id: an id such as `pagar`
 * @status: (out) (optional): return location for the status
 *
 * Finds the status whose id ([func@Styr.InvestmentStatus.get_id]) is
 * @id. The comparison is exact.
 *
 * Returns: %TRUE if @id is the id of a status
 *
 * Since: 1.0
 */
gboolean
styr_investment_status_from_id (const char           *id,
                                StyrInvestmentStatus *status)
{
  if (id == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (status_ids); i++)
    if (g_str_equal (id, status_ids[i]))
      {
        if (status != NULL)
          *status = (StyrInvestmentStatus) i;
        return TRUE;
      }

  return FALSE;
}

static void
forecast_row_free (gpointer data)
{
  ForecastRow *row = data;

  g_free (row->occasion_id);
  g_free (row);
}

static void
styr_investment_finalize (GObject *object)
{
  StyrInvestment *self = (StyrInvestment *) object;

  g_clear_pointer (&self->budgets, g_array_unref);
  g_clear_pointer (&self->outcomes, g_array_unref);
  g_clear_pointer (&self->forecasts, g_ptr_array_unref);

  G_OBJECT_CLASS (styr_investment_parent_class)->finalize (object);
}

static void
styr_investment_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  StyrInvestment *self = STYR_INVESTMENT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, _styr_entity_get_label (STYR_ENTITY (self)));
      break;
    case PROP_ORGAN:
      g_value_set_object (value, self->organ);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_TOTAL_BUDGET:
      g_value_set_int64 (value, self->total_budget);
      break;
    case PROP_START_YEAR:
      g_value_set_int (value, self->start_year);
      break;
    case PROP_END_YEAR:
      g_value_set_int (value, self->end_year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_investment_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  StyrInvestment *self = STYR_INVESTMENT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      styr_investment_set_name (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      styr_investment_set_status (self, g_value_get_enum (value));
      break;
    case PROP_TOTAL_BUDGET:
      styr_investment_set_total_budget (self, g_value_get_int64 (value));
      break;
    case PROP_START_YEAR:
      styr_investment_set_start_year (self, g_value_get_int (value));
      break;
    case PROP_END_YEAR:
      styr_investment_set_end_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
styr_investment_refers_to (StyrEntity *entity,
                           StyrEntity *target)
{
  StyrInvestment *self = STYR_INVESTMENT (entity);

  return target != NULL && target == (StyrEntity *) self->organ;
}

static void
styr_investment_detach (StyrEntity *entity)
{
  StyrInvestment *self = STYR_INVESTMENT (entity);

  /* No organ keeps a list of its investments: nothing to drop there. */
  if (self->organ != NULL)
    {
      self->organ = NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGAN]);
    }
}

static void
styr_investment_class_init (StyrInvestmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StyrEntityHooks *entity_class = _styr_entity_class_get_hooks (STYR_ENTITY_CLASS (klass));

  object_class->finalize = styr_investment_finalize;
  object_class->get_property = styr_investment_get_property;
  object_class->set_property = styr_investment_set_property;
  entity_class->collection = STYR_COLLECTION_INVESTMENTS;
  entity_class->refers_to = styr_investment_refers_to;
  entity_class->detach = styr_investment_detach;

  /**
   * StyrInvestment:name: (getter get_name) (setter set_name)
   *
   * The name of the project, e.g. "Ny F–6-skola i Norr".
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrInvestment:organ: (getter get_organ)
   *
   * The nämnd ([class@Styr.Organ] of kind %STYR_ORGAN_KIND_BOARD or
   * %STYR_ORGAN_KIND_EXECUTIVE_BOARD) responsible for the project, or
   * %NULL. Change it with [method@Styr.Investment.set_organ].
   *
   * Since: 1.0
   */
  properties[PROP_ORGAN] =
    g_param_spec_object ("organ", NULL, NULL,
                         STYR_TYPE_ORGAN,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrInvestment:status: (getter get_status) (setter set_status)
   *
   * Where the project stands: planned, ongoing, completed or postponed.
   *
   * Since: 1.0
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       STYR_TYPE_INVESTMENT_STATUS,
                       STYR_INVESTMENT_STATUS_PLANNED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrInvestment:total-budget: (getter get_total_budget) (setter set_total_budget)
   *
   * The budget of the whole project over all its years, in öre: what the
   * council has granted for it (*totalbudget*, *projektbudget*). 0 when
   * none is set.
   *
   * Since: 1.0
   */
  properties[PROP_TOTAL_BUDGET] =
    g_param_spec_int64 ("total-budget", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrInvestment:start-year: (getter get_start_year) (setter set_start_year)
   *
   * The year the project starts, 1 … 9999, or 0 when not set.
   *
   * Since: 1.0
   */
  properties[PROP_START_YEAR] =
    g_param_spec_int ("start-year", NULL, NULL,
                      0, MAX_YEAR, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrInvestment:end-year: (getter get_end_year) (setter set_end_year)
   *
   * The year the project is to be finished, 1 … 9999, or 0 when not set.
   * The library does not require it to be after the start year: the two
   * are set one at a time, and a project moved to later years passes
   * through such states.
   *
   * Since: 1.0
   */
  properties[PROP_END_YEAR] =
    g_param_spec_int ("end-year", NULL, NULL,
                      0, MAX_YEAR, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_investment_init (StyrInvestment *self)
{
  self->status = STYR_INVESTMENT_STATUS_PLANNED;
  self->budgets = g_array_new (FALSE, FALSE, sizeof (YearRow));
  self->outcomes = g_array_new (FALSE, FALSE, sizeof (MonthRow));
  self->forecasts = g_ptr_array_new_with_free_func (forecast_row_free);
}

/**
 * styr_investment_new:
 * @id: the identifier, unique within the model
 * @name: (nullable): the name
 *
 * Creates a new [class@Styr.Investment], planned and without figures.
 *
 * Returns: (transfer full): a new [class@Styr.Investment]
 *
 * Since: 1.0
 */
StyrInvestment *
styr_investment_new (const char *id,
                     const char *name)
{
  return g_object_new (STYR_TYPE_INVESTMENT,
                       "id", id,
                       "name", name,
                       NULL);
}

/* Properties ------------------------------------------------------------- */

/**
 * styr_investment_get_name: (get-property name)
 * @self: a [class@Styr.Investment]
 *
 * Gets the name of @self.
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
styr_investment_get_name (StyrInvestment *self)
{
  g_return_val_if_fail (STYR_IS_INVESTMENT (self), NULL);

  return _styr_entity_get_label (STYR_ENTITY (self));
}

/**
 * styr_investment_set_name: (set-property name)
 * @self: a [class@Styr.Investment]
 * @name: (nullable): the new name
 *
 * Sets the name of @self.
 *
 * Since: 1.0
 */
void
styr_investment_set_name (StyrInvestment *self,
                          const char     *name)
{
  g_return_if_fail (STYR_IS_INVESTMENT (self));

  _styr_entity_set_label (STYR_ENTITY (self), name, properties[PROP_NAME]);
}

/**
 * styr_investment_get_organ: (get-property organ)
 * @self: a [class@Styr.Investment]
 *
 * Gets the nämnd responsible for @self.
 *
 * Returns: (transfer none) (nullable): the organ, or %NULL if none is set
 *
 * Since: 1.0
 */
StyrOrgan *
styr_investment_get_organ (StyrInvestment *self)
{
  g_return_val_if_fail (STYR_IS_INVESTMENT (self), NULL);

  return self->organ;
}

/**
 * styr_investment_set_organ:
 * @self: a [class@Styr.Investment]
 * @organ: (nullable): a nämnd or the executive board of the same model,
 *   or %NULL to clear
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the nämnd responsible for @self: the one that carries out the
 * project and reports its outcome and forecast. As long as it is set the
 * organ cannot be removed from the model (%STYR_ERROR_IN_USE); removing
 * @self from the model clears it.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL unless @self and @organ are in the
 * same model, and with %STYR_ERROR_WRONG_OWNER when @organ is neither a
 * nämnd (%STYR_ORGAN_KIND_BOARD) nor the executive board
 * (%STYR_ORGAN_KIND_EXECUTIVE_BOARD). On failure nothing changes.
 *
 * Returns: %TRUE if the organ was set
 *
 * Since: 1.0
 */
gboolean
styr_investment_set_organ (StyrInvestment  *self,
                           StyrOrgan       *organ,
                           GError         **error)
{
  g_return_val_if_fail (STYR_IS_INVESTMENT (self), FALSE);
  g_return_val_if_fail (organ == NULL || STYR_IS_ORGAN (organ), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->organ == organ)
    return TRUE;

  if (organ != NULL)
    {
      StyrOrganKind kind;

      if (!_styr_entity_check_same_model (STYR_ENTITY (self), STYR_ENTITY (organ), error))
        return FALSE;

      kind = styr_organ_get_kind (organ);
      if (kind != STYR_ORGAN_KIND_BOARD && kind != STYR_ORGAN_KIND_EXECUTIVE_BOARD)
        {
          g_autofree char *what = _styr_entity_describe (STYR_ENTITY (organ));

          g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER,
                       _("%s kan inte ansvara för ett investeringsprojekt: bara nämnder och kommunstyrelsen kan det"),
                       what);
          return FALSE;
        }
    }

  self->organ = organ;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGAN]);

  return TRUE;
}

/**
 * styr_investment_get_status: (get-property status)
 * @self: a [class@Styr.Investment]
 *
 * Gets the [property@Styr.Investment:status] of @self.
 *
 * Returns: the status
 *
 * Since: 1.0
 */
StyrInvestmentStatus
styr_investment_get_status (StyrInvestment *self)
{
  g_return_val_if_fail (STYR_IS_INVESTMENT (self), STYR_INVESTMENT_STATUS_PLANNED);

  return self->status;
}

/**
 * styr_investment_set_status: (set-property status)
 * @self: a [class@Styr.Investment]
 * @status: the new status
 *
 * Sets the [property@Styr.Investment:status] of @self.
 *
 * Since: 1.0
 */
void
styr_investment_set_status (StyrInvestment       *self,
                            StyrInvestmentStatus  status)
{
  g_return_if_fail (STYR_IS_INVESTMENT (self));
  g_return_if_fail (status <= STYR_INVESTMENT_STATUS_POSTPONED);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * styr_investment_get_total_budget: (get-property total-budget)
 * @self: a [class@Styr.Investment]
 *
 * Gets the [property@Styr.Investment:total-budget] of @self: the budget
 * of the whole project in öre.
 *
 * Returns: the total budget in öre
 *
 * Since: 1.0
 */
gint64
styr_investment_get_total_budget (StyrInvestment *self)
{
  g_return_val_if_fail (STYR_IS_INVESTMENT (self), 0);

  return self->total_budget;
}

/**
 * styr_investment_set_total_budget: (set-property total-budget)
 * @self: a [class@Styr.Investment]
 * @ore: the budget of the whole project in öre
 *
 * Sets the [property@Styr.Investment:total-budget] of @self.
 *
 * Since: 1.0
 */
void
styr_investment_set_total_budget (StyrInvestment *self,
                                  gint64          ore)
{
  g_return_if_fail (STYR_IS_INVESTMENT (self));

  if (self->total_budget == ore)
    return;

  self->total_budget = ore;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL_BUDGET]);
}

/**
 * styr_investment_get_start_year: (get-property start-year)
 * @self: a [class@Styr.Investment]
 *
 * Gets the [property@Styr.Investment:start-year] of @self.
 *
 * Returns: the year, or 0 when not set
 *
 * Since: 1.0
 */
int
styr_investment_get_start_year (StyrInvestment *self)
{
  g_return_val_if_fail (STYR_IS_INVESTMENT (self), 0);

  return self->start_year;
}

/**
 * styr_investment_set_start_year: (set-property start-year)
 * @self: a [class@Styr.Investment]
 * @year: the year the project starts, 1 … 9999, or 0 to clear
 *
 * Sets the [property@Styr.Investment:start-year] of @self.
 *
 * Since: 1.0
 */
void
styr_investment_set_start_year (StyrInvestment *self,
                                int             year)
{
  g_return_if_fail (STYR_IS_INVESTMENT (self));
  g_return_if_fail (year >= 0 && year <= MAX_YEAR);

  if (self->start_year == year)
    return;

  self->start_year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_YEAR]);
}

/**
 * styr_investment_get_end_year: (get-property end-year)
 * @self: a [class@Styr.Investment]
 *
 * Gets the [property@Styr.Investment:end-year] of @self.
 *
 * Returns: the year, or 0 when not set
 *
 * Since: 1.0
 */
int
styr_investment_get_end_year (StyrInvestment *self)
{
  g_return_val_if_fail (STYR_IS_INVESTMENT (self), 0);

  return self->end_year;
}

/**
 * styr_investment_set_end_year: (set-property end-year)
 * @self: a [class@Styr.Investment]
 * @year: the year the project is to be finished, 1 … 9999, or 0 to clear
 *
 * Sets the [property@Styr.Investment:end-year] of @self.
 *
 * Since: 1.0
 */
void
styr_investment_set_end_year (StyrInvestment *self,
                              int             year)
{
  g_return_if_fail (STYR_IS_INVESTMENT (self));
  g_return_if_fail (year >= 0 && year <= MAX_YEAR);

  if (self->end_year == year)
    return;

  self->end_year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_YEAR]);
}

/* Checks ----------------------------------------------------------------- */

static gboolean
check_month (int      month,
             GError **error)
{
  if (month < 1 || month > 12)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Månaden %d finns inte: en månad är 1–12"), month);
      return FALSE;
    }

  return TRUE;
}

/* Budgets per year ------------------------------------------------------- */

/* The position of @year in @rows, or where it would go. */
static guint
find_year (GArray   *rows,
           int       year,
           gboolean *found)
{
  guint lo = 0, hi = rows->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int y = g_array_index (rows, YearRow, mid).year;

      if (y == year)
        {
          *found = TRUE;
          return mid;
        }
      if (y < year)
        lo = mid + 1;
      else
        hi = mid;
    }

  *found = FALSE;
  return lo;
}

/**
 * styr_investment_set_budget:
 * @self: a [class@Styr.Investment]
 * @year: the budget or plan year, 1 … 9999
 * @ore: the investment budget of @year in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the budget of @self for @year, as the investment budget
 * (*investeringsbudget*) of the council's budget has it, replacing what
 * was set for @year. A year outside [property@Styr.Investment:start-year]
 * … [property@Styr.Investment:end-year] is accepted: plans move.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT when @year is out of range; then
 * nothing changes.
 *
 * Returns: %TRUE if the budget was set
 *
 * Since: 1.0
 */
gboolean
styr_investment_set_budget (StyrInvestment  *self,
                            int              year,
                            gint64           ore,
                            GError         **error)
{
  YearRow row = { year, ore };
  gboolean found;
  guint pos;

  g_return_val_if_fail (STYR_IS_INVESTMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_check_year (year, error))
    return FALSE;

  pos = find_year (self->budgets, year, &found);
  if (found)
    g_array_index (self->budgets, YearRow, pos).ore = ore;
  else
    g_array_insert_val (self->budgets, pos, row);

  return TRUE;
}

/**
 * styr_investment_lookup_budget:
 * @self: a [class@Styr.Investment]
 * @year: a year
 * @ore: (out) (optional): return location for the budget in öre, 0 when
 *   there is none
 *
 * Looks up the budget of @self for @year.
 *
 * Returns: %TRUE if @self has a budget for @year
 *
 * Since: 1.0
 */
gboolean
styr_investment_lookup_budget (StyrInvestment *self,
                               int             year,
                               gint64         *ore)
{
  gboolean found;
  guint pos;

  g_return_val_if_fail (STYR_IS_INVESTMENT (self), FALSE);

  pos = find_year (self->budgets, year, &found);
  if (ore != NULL)
    *ore = found ? g_array_index (self->budgets, YearRow, pos).ore : 0;

  return found;
}

/**
 * styr_investment_remove_budget:
 * @self: a [class@Styr.Investment]
 * @year: a year
 *
 * Removes the budget of @self for @year.
 *
 * Returns: %TRUE if there was one
 *
 * Since: 1.0
 */
gboolean
styr_investment_remove_budget (StyrInvestment *self,
                               int             year)
{
  gboolean found;
  guint pos;

  g_return_val_if_fail (STYR_IS_INVESTMENT (self), FALSE);

  pos = find_year (self->budgets, year, &found);
  if (found)
    g_array_remove_index (self->budgets, pos);

  return found;
}

/**
 * styr_investment_get_n_budgets:
 * @self: a [class@Styr.Investment]
 *
 * Counts the years @self has a budget for, for enumerating them with
 * [method@Styr.Investment.get_budget].
 *
 * Returns: the number of yearly budgets
 *
 * Since: 1.0
 */
guint
styr_investment_get_n_budgets (StyrInvestment *self)
{
  g_return_val_if_fail (STYR_IS_INVESTMENT (self), 0);

  return self->budgets->len;
}

/**
 * styr_investment_get_budget:
 * @self: a [class@Styr.Investment]
 * @position: the position, less than
 *   [method@Styr.Investment.get_n_budgets]
 * @year: (out) (optional): return location for the year
 * @ore: (out) (optional): return location for the budget in öre
 *
 * Gets the yearly budget at @position; the budgets are kept in year
 * order.
 *
 * Since: 1.0
 */
void
styr_investment_get_budget (StyrInvestment *self,
                            guint           position,
                            int            *year,
                            gint64         *ore)
{
  const YearRow *row;

  g_return_if_fail (STYR_IS_INVESTMENT (self));
  g_return_if_fail (position < self->budgets->len);

  row = &g_array_index (self->budgets, YearRow, position);
  if (year != NULL)
    *year = row->year;
  if (ore != NULL)
    *ore = row->ore;
}

/* Outcomes per month ----------------------------------------------------- */

static inline int
month_key (int year,
           int month)
{
  return year * 12 + (month - 1);
}

/* The first position in @rows whose key is >= @key. */
static guint
lower_bound (GArray *rows,
             int     key)
{
  guint lo = 0, hi = rows->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const MonthRow *row = &g_array_index (rows, MonthRow, mid);

      if (month_key (row->year, row->month) < key)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static gboolean
find_month (GArray *rows,
            int     year,
            int     month,
            guint  *position)
{
  guint pos = lower_bound (rows, month_key (year, month));

  *position = pos;
  if (pos < rows->len)
    {
      const MonthRow *row = &g_array_index (rows, MonthRow, pos);

      return row->year == year && row->month == month;
    }

  return FALSE;
}

/**
 * styr_investment_set_outcome:
 * @self: a [class@Styr.Investment]
 * @year: the year, 1 … 9999
 * @month: the month, 1 … 12
 * @ore: the outcome of the month in öre, expenditure positive
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the outcome (*utfall*) of @self for one month, replacing what was
 * set for it.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT when @year or @month is out of
 * range; then nothing changes.
 *
 * Returns: %TRUE if the outcome was set
 *
 * Since: 1.0
 */
gboolean
styr_investment_set_outcome (StyrInvestment  *self,
                             int              year,
                             int              month,
                             gint64           ore,
                             GError         **error)
{
  MonthRow row;
  guint pos;

  g_return_val_if_fail (STYR_IS_INVESTMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_check_year (year, error) || !check_month (month, error))
    return FALSE;

  if (find_month (self->outcomes, year, month, &pos))
    {
      g_array_index (self->outcomes, MonthRow, pos).ore = ore;
      return TRUE;
    }

  row.year = (guint16) year;
  row.month = (guint8) month;
  row.ore = ore;
  g_array_insert_val (self->outcomes, pos, row);

  return TRUE;
}

/**
 * styr_investment_lookup_outcome:
 * @self: a [class@Styr.Investment]
 * @year: a year
 * @month: a month, 1 … 12
 * @ore: (out) (optional): return location for the outcome in öre, 0 when
 *   there is none
 *
 * Looks up the outcome of @self for one month.
 *
 * Returns: %TRUE if @self has an outcome for that month
 *
 * Since: 1.0
 */
gboolean
styr_investment_lookup_outcome (StyrInvestment *self,
                                int             year,
                                int             month,
                                gint64         *ore)
{
  gboolean found = FALSE;
  guint pos;

  g_return_val_if_fail (STYR_IS_INVESTMENT (self), FALSE);

  if (year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12)
    found = find_month (self->outcomes, year, month, &pos);

  if (ore != NULL)
    *ore = found ? g_array_index (self->outcomes, MonthRow, pos).ore : 0;

  return found;
}

/**
 * styr_investment_remove_outcome:
 * @self: a [class@Styr.Investment]
 * @year: a year
 * @month: a month, 1 … 12
 *
 * Removes the outcome of @self for one month.
 *
 * Returns: %TRUE if there was one
 *
 * Since: 1.0
 */
gboolean
styr_investment_remove_outcome (StyrInvestment *self,
                                int             year,
                                int             month)
{
  guint pos;

  g_return_val_if_fail (STYR_IS_INVESTMENT (self), FALSE);

  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 ||
      !find_month (self->outcomes, year, month, &pos))
    return FALSE;

  g_array_remove_index (self->outcomes, pos);
  return TRUE;
}

/**
 * styr_investment_get_n_outcomes:
 * @self: a [class@Styr.Investment]
 *
 * Counts the months @self has an outcome for, for enumerating them with
 * [method@Styr.Investment.get_outcome_row].
 *
 * Returns: the number of monthly outcomes
 *
 * Since: 1.0
 */
guint
styr_investment_get_n_outcomes (StyrInvestment *self)
{
  g_return_val_if_fail (STYR_IS_INVESTMENT (self), 0);

  return self->outcomes->len;
}

/**
 * styr_investment_get_outcome_row:
 * @self: a [class@Styr.Investment]
 * @position: the position, less than
 *   [method@Styr.Investment.get_n_outcomes]
 * @year: (out) (optional): return location for the year
 * @month: (out) (optional): return location for the month, 1 … 12
 * @ore: (out) (optional): return location for the outcome in öre
 *
 * Gets the monthly outcome at @position; the outcomes are kept in
 * chronological order.
 *
 * Since: 1.0
 */
void
styr_investment_get_outcome_row (StyrInvestment *self,
                                 guint           position,
                                 int            *year,
                                 int            *month,
                                 gint64         *ore)
{
  const MonthRow *row;

  g_return_if_fail (STYR_IS_INVESTMENT (self));
  g_return_if_fail (position < self->outcomes->len);

  row = &g_array_index (self->outcomes, MonthRow, position);
  if (year != NULL)
    *year = row->year;
  if (month != NULL)
    *month = row->month;
  if (ore != NULL)
    *ore = row->ore;
}

/* Sums the outcomes from position @from up to and including the month
 * (@year, @last_month). */
static gboolean
sum_outcomes (StyrInvestment  *self,
              guint            from,
              int              year,
              int              last_month,
              gint64          *ore,
              GError         **error)
{
  guint to = lower_bound (self->outcomes, month_key (year, last_month) + 1);
  gint64 sum = 0;

  for (guint i = from; i < to; i++)
    {
      const MonthRow *row = &g_array_index (self->outcomes, MonthRow, i);

      if (!styr_money_add (sum, row->ore, &sum, error))
        return FALSE;
    }

  *ore = sum;
  return TRUE;
}

/**
 * styr_investment_get_outcome_to_date:
 * @self: a [class@Styr.Investment]
 * @period: a period
 * @ore: (out): return location for the outcome in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sums the outcome of @self for the year of @period up to the period's
 * end, January … the last month of @period, as follow-up counts it
 * (*utfall hittills i år*): `2025-T2` gives January–August 2025, `2025`
 * the whole year.
 *
 * Fails with %STYR_ERROR_OVERFLOW when the sum does not fit 64 bits.
 *
 * Returns: (skip): %TRUE if @ore holds the amount
 *
 * Since: 1.0
 */
gboolean
styr_investment_get_outcome_to_date (StyrInvestment    *self,
                                     const StyrPeriod  *period,
                                     gint64            *ore,
                                     GError           **error)
{
  int year;

  g_return_val_if_fail (STYR_IS_INVESTMENT (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);
  g_return_val_if_fail (ore != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *ore = 0;
  year = styr_period_get_year (period);
  return sum_outcomes (self, lower_bound (self->outcomes, month_key (year, 1)),
                       year, styr_period_get_last_month (period), ore, error);
}

/**
 * styr_investment_get_total_outcome_to_date:
 * @self: a [class@Styr.Investment]
 * @period: a period
 * @ore: (out): return location for the outcome in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sums the outcome of @self over the whole project up to the end of the
 * period: every month of the years before the period's year, plus
 * January … the last month of @period. This is what a multi-year project
 * has cost so far, to set against its
 * [property@Styr.Investment:total-budget].
 *
 * Fails with %STYR_ERROR_OVERFLOW when the sum does not fit 64 bits.
 *
 * Returns: (skip): %TRUE if @ore holds the amount
 *
 * Since: 1.0
 */
gboolean
styr_investment_get_total_outcome_to_date (StyrInvestment    *self,
                                           const StyrPeriod  *period,
                                           gint64            *ore,
                                           GError           **error)
{
  g_return_val_if_fail (STYR_IS_INVESTMENT (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);
  g_return_val_if_fail (ore != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *ore = 0;
  return sum_outcomes (self, 0, styr_period_get_year (period),
                       styr_period_get_last_month (period), ore, error);
}

/* Forecasts per occasion ------------------------------------------------- */

static ForecastRow *
find_forecast (StyrInvestment *self,
               const char     *occasion_id,
               guint          *position)
{
  if (occasion_id == NULL)
    return NULL;

  for (guint i = 0; i < self->forecasts->len; i++)
    {
      ForecastRow *row = g_ptr_array_index (self->forecasts, i);

      if (g_str_equal (row->occasion_id, occasion_id))
        {
          if (position != NULL)
            *position = i;
          return row;
        }
    }

  return NULL;
}

/* The occasion @occasion_id of the calendar of @self's model. */
static StyrOccasion *
lookup_occasion (StyrInvestment  *self,
                 const char      *occasion_id,
                 GError         **error)
{
  StyrModel *model;
  StyrOccasion *occasion;

  if (!_styr_entity_check_same_model (STYR_ENTITY (self), NULL, error))
    return NULL;

  model = styr_entity_get_model (STYR_ENTITY (self));
  occasion = styr_calendar_lookup_occasion (styr_model_get_calendar (model), occasion_id);
  if (occasion == NULL)
    g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                 _("Årshjulet har inget uppföljningstillfälle med id »%s«"),
                 occasion_id != NULL ? occasion_id : "");

  return occasion;
}

/**
 * styr_investment_set_forecast:
 * @self: a [class@Styr.Investment] in a model
 * @occasion_id: the id of an occasion of the model's calendar
 *   ([property@Styr.Model:calendar]), e.g. `2025-t2`
 * @year_ore: the forecast outcome of the occasion's year, in öre
 * @total_ore: the forecast outcome of the whole project, in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the forecast (*prognos*) of @self made at a follow-up occasion: the
 * outcome expected for the occasion's year (*årsprognos*) and for the
 * whole project (*slutprognos*), replacing the forecast set there before.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL when @self is in no model and with
 * %STYR_ERROR_NOT_FOUND when the model's calendar has no occasion
 * @occasion_id. On failure nothing changes.
 *
 * Returns: %TRUE if the forecast was set
 *
 * Since: 1.0
 */
gboolean
styr_investment_set_forecast (StyrInvestment  *self,
                              const char      *occasion_id,
                              gint64           year_ore,
                              gint64           total_ore,
                              GError         **error)
{
  ForecastRow *row;

  g_return_val_if_fail (STYR_IS_INVESTMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (lookup_occasion (self, occasion_id, error) == NULL)
    return FALSE;

  row = find_forecast (self, occasion_id, NULL);
  if (row == NULL)
    {
      row = g_new0 (ForecastRow, 1);
      row->occasion_id = g_strdup (occasion_id);
      g_ptr_array_add (self->forecasts, row);
    }
  row->year_ore = year_ore;
  row->total_ore = total_ore;

  return TRUE;
}

/**
 * styr_investment_lookup_forecast:
 * @self: a [class@Styr.Investment]
 * @occasion_id: the id of an occasion
 * @year_ore: (out) (optional): return location for the forecast of the
 *   year in öre, 0 when there is none
 * @total_ore: (out) (optional): return location for the forecast of the
 *   whole project in öre, 0 when there is none
 *
 * Looks up the forecast of @self made at the occasion @occasion_id.
 *
 * Returns: %TRUE if @self has a forecast there
 *
 * Since: 1.0
 */
gboolean
styr_investment_lookup_forecast (StyrInvestment *self,
                                 const char     *occasion_id,
                                 gint64         *year_ore,
                                 gint64         *total_ore)
{
  ForecastRow *row;

  g_return_val_if_fail (STYR_IS_INVESTMENT (self), FALSE);

  row = find_forecast (self, occasion_id, NULL);
  if (year_ore != NULL)
    *year_ore = row != NULL ? row->year_ore : 0;
  if (total_ore != NULL)
    *total_ore = row != NULL ? row->total_ore : 0;

  return row != NULL;
}

/**
 * styr_investment_remove_forecast:
 * @self: a [class@Styr.Investment]
 * @occasion_id: the id of an occasion
 *
 * Removes the forecast of @self made at @occasion_id. This works whether
 * or not the calendar still has the occasion.
 *
 * Returns: %TRUE if there was one
 *
 * Since: 1.0
 */
gboolean
styr_investment_remove_forecast (StyrInvestment *self,
                                 const char     *occasion_id)
{
  guint pos;

  g_return_val_if_fail (STYR_IS_INVESTMENT (self), FALSE);

  if (find_forecast (self, occasion_id, &pos) == NULL)
    return FALSE;

  g_ptr_array_remove_index (self->forecasts, pos);
  return TRUE;
}

/**
 * styr_investment_get_n_forecasts:
 * @self: a [class@Styr.Investment]
 *
 * Counts the forecasts of @self, for enumerating them with
 * [method@Styr.Investment.get_forecast].
 *
 * Returns: the number of forecasts
 *
 * Since: 1.0
 */
guint
styr_investment_get_n_forecasts (StyrInvestment *self)
{
  g_return_val_if_fail (STYR_IS_INVESTMENT (self), 0);

  return self->forecasts->len;
}

/**
 * styr_investment_get_forecast:
 * @self: a [class@Styr.Investment]
 * @position: the position, less than
 *   [method@Styr.Investment.get_n_forecasts]
 * @occasion_id: (out) (optional) (transfer none): return location for the
 *   occasion's id
 * @year_ore: (out) (optional): return location for the forecast of the
 *   year in öre
 * @total_ore: (out) (optional): return location for the forecast of the
 *   whole project in öre
 *
 * Gets the forecast at @position; forecasts are kept in the order they
 * were first set (a later forecast for the same occasion keeps the
 * place).
 *
 * Since: 1.0
 */
void
styr_investment_get_forecast (StyrInvestment  *self,
                              guint            position,
                              const char     **occasion_id,
                              gint64          *year_ore,
                              gint64          *total_ore)
{
  const ForecastRow *row;

  g_return_if_fail (STYR_IS_INVESTMENT (self));
  g_return_if_fail (position < self->forecasts->len);

  row = g_ptr_array_index (self->forecasts, position);
  if (occasion_id != NULL)
    *occasion_id = row->occasion_id;
  if (year_ore != NULL)
    *year_ore = row->year_ore;
  if (total_ore != NULL)
    *total_ore = row->total_ore;
}

/* Deviations ------------------------------------------------------------- */

static ForecastRow *
require_forecast (StyrInvestment  *self,
                  const char      *occasion_id,
                  GError         **error)
{
  ForecastRow *row = find_forecast (self, occasion_id, NULL);

  if (row == NULL)
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));

      g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                   _("Investeringsprojektet %s har ingen prognos vid uppföljningen »%s«"),
                   what, occasion_id != NULL ? occasion_id : "");
    }

  return row;
}

/**
 * styr_investment_get_year_deviation:
 * @self: a [class@Styr.Investment] in a model
 * @occasion_id: the id of an occasion of the model's calendar
 * @ore: (out): return location for the deviation in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Computes the deviation (*avvikelse*) of the year at an occasion: the
 * budget of @self for the occasion's year (0 when none is set) minus the
 * year forecast made there. Positive means less will be spent than
 * budgeted.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL when @self is in no model, with
 * %STYR_ERROR_NOT_FOUND when the calendar has no occasion @occasion_id or
 * @self has no forecast there, and with %STYR_ERROR_OVERFLOW when the
 * difference does not fit 64 bits.
 *
 * Returns: (skip): %TRUE if @ore holds the amount
 *
 * Since: 1.0
 */
gboolean
styr_investment_get_year_deviation (StyrInvestment  *self,
                                    const char      *occasion_id,
                                    gint64          *ore,
                                    GError         **error)
{
  StyrOccasion *occasion;
  ForecastRow *row;
  gint64 budget;

  g_return_val_if_fail (STYR_IS_INVESTMENT (self), FALSE);
  g_return_val_if_fail (ore != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *ore = 0;
  occasion = lookup_occasion (self, occasion_id, error);
  if (occasion == NULL)
    return FALSE;
  row = require_forecast (self, occasion_id, error);
  if (row == NULL)
    return FALSE;

  styr_investment_lookup_budget (self, styr_period_get_year (styr_occasion_get_period (occasion)),
                                 &budget);
  return styr_money_subtract (budget, row->year_ore, ore, error);
}

/**
 * styr_investment_get_total_deviation:
 * @self: a [class@Styr.Investment]
 * @occasion_id: the id of an occasion
 * @ore: (out): return location for the deviation in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Computes the deviation of the whole project at an occasion: the
 * [property@Styr.Investment:total-budget] minus the total forecast made
 * there. Positive means the project is expected to cost less than
 * granted.
 *
 * Fails with %STYR_ERROR_NOT_FOUND when @self has no forecast at
 * @occasion_id and with %STYR_ERROR_OVERFLOW when the difference does not
 * fit 64 bits.
 *
 * Returns: (skip): %TRUE if @ore holds the amount
 *
 * Since: 1.0
 */
gboolean
styr_investment_get_total_deviation (StyrInvestment  *self,
                                     const char      *occasion_id,
                                     gint64          *ore,
                                     GError         **error)
{
  ForecastRow *row;

  g_return_val_if_fail (STYR_IS_INVESTMENT (self), FALSE);
  g_return_val_if_fail (ore != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *ore = 0;
  row = require_forecast (self, occasion_id, error);
  if (row == NULL)
    return FALSE;

  return styr_money_subtract (self->total_budget, row->total_ore, ore, error);
}

/* The investments of a model --------------------------------------------- */

/**
 * styr_model_get_investments:
 * @self: a [class@Styr.Model]
 *
 * Gets the investment projects (*investeringsprojekt*) of the model, in
 * the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Styr.Investment]
 *
 * Since: 1.0
 */
GListModel *
styr_model_get_investments (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);

  return G_LIST_MODEL (_styr_model_get_store (self, STYR_COLLECTION_INVESTMENTS));
}

/**
 * styr_model_lookup_investment:
 * @self: a [class@Styr.Model]
 * @id: an identifier
 *
 * Looks up the investment project with the identifier @id.
 *
 * Returns: (transfer none) (nullable): the investment, or %NULL
 *
 * Since: 1.0
 */
StyrInvestment *
styr_model_lookup_investment (StyrModel  *self,
                              const char *id)
{
  StyrEntity *entity;

  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);

  entity = styr_model_lookup (self, id);
  return STYR_IS_INVESTMENT (entity) ? STYR_INVESTMENT (entity) : NULL;
}
