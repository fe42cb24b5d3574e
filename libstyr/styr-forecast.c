/* styr-forecast.c — the figures of a nämnd, full-year forecasts
 * (*helårsprognoser*) and forecast proposals.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-forecast.h"

#ifndef __SIZEOF_INT128__
# error "styr-forecast.c needs a compiler with __int128 (GCC or Clang on a 64-bit target)"
#endif

/*
 * At each economic follow-up (an occasion of the model's calendar with
 * %STYR_OCCASION_FLAGS_ECONOMY) every nämnd gives a full-year forecast
 * (*helårsprognos*) of its net cost, with a comment; units may give one
 * too. A forecast is keyed by the occasion's id: the occasion's period
 * tells "to date" (its last month) and the year.
 *
 * The figures of a nämnd are those of the units that belong to it
 * ([method@Styr.Unit.get_budget_organ]): every amount is net cost in the
 * accounting sign, costs positive and income negative.
 *
 * ```python
 * bun = model.lookup_organ("bun")
 * ok, proposal = bun.propose_forecast("2025-t1", Styr.ForecastMethod.LINEAR_TREND)
 * bun.set_forecast("2025-t1", proposal, "Fler elever i grundskolan")
 * ok, ore, comment = bun.lookup_forecast("2025-t1")
 * ```
 *
 * Forecasts are many small facts: an organ or a unit keeps them as one
 * array of plain rows (qdata), in the order they were first set.
 */

typedef struct
{
  GQuark  occasion;
  gint64  ore;
  char   *comment;   /* owned, nullable */
} ForecastRow;

static GQuark
forecasts_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("styr-forecasts");
  return quark;
}

static void
forecast_row_clear (gpointer data)
{
  ForecastRow *row = data;

  g_clear_pointer (&row->comment, g_free);
}

static GArray *
get_forecasts (GObject  *owner,
               gboolean  create)
{
  GArray *rows = g_object_get_qdata (owner, forecasts_quark ());

  if (rows == NULL && create)
    {
      rows = g_array_new (FALSE, FALSE, sizeof (ForecastRow));
      g_array_set_clear_func (rows, forecast_row_clear);
      g_object_set_qdata_full (owner, forecasts_quark (), rows,
                               (GDestroyNotify) g_array_unref);
    }

  return rows;
}

static ForecastRow *
find_forecast (GObject    *owner,
               const char *occasion_id,
               guint      *position)
{
  GArray *rows = get_forecasts (owner, FALSE);
  GQuark quark;

  if (rows == NULL || occasion_id == NULL ||
      (quark = g_quark_try_string (occasion_id)) == 0)
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      ForecastRow *row = &g_array_index (rows, ForecastRow, i);

      if (row->occasion == quark)
        {
          if (position != NULL)
            *position = i;
          return row;
        }
    }

  return NULL;
}

/* The occasion @occasion_id of the calendar of the model of @entity. */
static StyrOccasion *
lookup_occasion (StyrEntity  *entity,
                 const char  *occasion_id,
                 GError     **error)
{
  StyrOccasion *occasion;
  StyrModel *model;

  if (!_styr_entity_check_same_model (entity, NULL, error))
    return NULL;

  model = styr_entity_get_model (entity);
  occasion = styr_calendar_lookup_occasion (styr_model_get_calendar (model), occasion_id);
  if (occasion == NULL)
    g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                 _("Uppföljningskalendern har inget tillfälle med id »%s«"),
                 occasion_id != NULL ? occasion_id : "");

  return occasion;
}

static gboolean
organ_can_carry_budget (StyrOrgan *organ)
{
  StyrOrganKind kind = styr_organ_get_kind (organ);

  return kind == STYR_ORGAN_KIND_BOARD || kind == STYR_ORGAN_KIND_EXECUTIVE_BOARD;
}

static gboolean
check_budget_organ (StyrOrgan  *organ,
                    GError    **error)
{
  if (!organ_can_carry_budget (organ))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (organ));

      g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER,
                   _("%s kan inte ha en prognos: bara nämnder och kommunstyrelsen har budget"),
                   what);
      return FALSE;
    }

  return TRUE;
}

/* Sets the forecast of @owner, an organ or a unit, at @occasion_id, an
 * occasion of the calendar of its model. */
static gboolean
set_forecast (StyrEntity  *owner,
              const char  *occasion_id,
              gint64       ore,
              const char  *comment,
              GError     **error)
{
  ForecastRow *row;

  if (lookup_occasion (owner, occasion_id, error) == NULL)
    return FALSE;

  row = find_forecast (G_OBJECT (owner), occasion_id, NULL);
  if (comment != NULL && comment[0] == '\0')
    comment = NULL;

  if (row == NULL)
    {
      ForecastRow fresh = { g_quark_from_string (occasion_id), 0, NULL };
      GArray *rows = get_forecasts (G_OBJECT (owner), TRUE);

      g_array_append_val (rows, fresh);
      row = &g_array_index (rows, ForecastRow, rows->len - 1);
    }

  row->ore = ore;
  if (g_strcmp0 (row->comment, comment) != 0)
    {
      g_free (row->comment);
      row->comment = g_strdup (comment);
    }

  return TRUE;
}

static gboolean
lookup_forecast (GObject     *owner,
                 const char  *occasion_id,
                 gint64      *ore,
                 const char **comment)
{
  ForecastRow *row = find_forecast (owner, occasion_id, NULL);

  if (ore != NULL)
    *ore = row != NULL ? row->ore : 0;
  if (comment != NULL)
    *comment = row != NULL ? row->comment : NULL;

  return row != NULL;
}

static gboolean
remove_forecast (GObject    *owner,
                 const char *occasion_id)
{
  guint position;

  if (find_forecast (owner, occasion_id, &position) == NULL)
    return FALSE;

  g_array_remove_index (get_forecasts (owner, FALSE), position);
  return TRUE;
}

static guint
get_n_forecasts (GObject *owner)
{
  GArray *rows = get_forecasts (owner, FALSE);

  return rows != NULL ? rows->len : 0;
}

static void
get_forecast (GObject      *owner,
              guint         position,
              const char  **occasion_id,
              gint64       *ore,
              const char  **comment)
{
  const ForecastRow *row = &g_array_index (get_forecasts (owner, FALSE), ForecastRow, position);

  if (occasion_id != NULL)
    *occasion_id = g_quark_to_string (row->occasion);
  if (ore != NULL)
    *ore = row->ore;
  if (comment != NULL)
    *comment = row->comment;
}

/* Methods ---------------------------------------------------------------- */

static const char * const method_ids[] = { "budget", "trend" };

/**
 * styr_forecast_method_get_id:
 * @method: a forecast method
 *
 * Gets the id of @method: `budget` or `trend`.
 *
 * Returns: the id
 *
 * Since: 1.0
 */
const char *
styr_forecast_method_get_id (StyrForecastMethod method)
{
  g_return_val_if_fail (method <= STYR_FORECAST_METHOD_LINEAR_TREND, NULL);

  return method_ids[method];
}

/**
 * styr_forecast_method_from_id:
 * @id: an id, `budget` or `trend`
 * @method: (out): return location for the method
 *
 * Finds the forecast method with @id.
 *
 * Returns: %TRUE if @id names a method
 *
 * Since: 1.0
 */
gboolean
styr_forecast_method_from_id (const char         *id,
                              StyrForecastMethod *method)
{
  g_return_val_if_fail (method != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (method_ids); i++)
    if (g_strcmp0 (id, method_ids[i]) == 0)
      {
        *method = (StyrForecastMethod) i;
        return TRUE;
      }

  return FALSE;
}

/* The units of a nämnd ---------------------------------------------------- */

/* Marks a sector that serves more than one nämnd. */
#define SECTOR_SHARED ((gpointer) &collect_units_shared_marker)
static const char collect_units_shared_marker = 0;

/* styr_unit_get_budget_organ() of @unit, with @sectors the map sector
 * unit → the one budget-carrying organ it is the sector of (or
 * SECTOR_SHARED), made once for all units: the same rules without a scan
 * of the model's organs per unit. */
static StyrOrgan *
budget_organ_of (StyrUnit   *unit,
                 GHashTable *sectors)
{
  StyrOrgan *found = NULL;

  for (StyrUnit *u = unit; u != NULL; u = styr_unit_get_parent (u))
    {
      StyrOrgan *explicit = styr_unit_get_explicit_budget_organ (u);

      if (explicit != NULL)
        return explicit;
    }

  for (StyrUnit *u = unit; u != NULL; u = styr_unit_get_parent (u))
    {
      gpointer organ = g_hash_table_lookup (sectors, u);

      if (organ == NULL)
        continue;
      if (organ == SECTOR_SHARED || (found != NULL && found != organ))
        return NULL;
      found = organ;
    }
  return found;
}

/* A scope in which the model does not change (a statement or a report
 * being built): the units of every organ, found in one pass. */
typedef struct
{
  guint       depth;
  GHashTable *by_organ;   /* StyrOrgan → GPtrArray of StyrUnit, model order */
} BudgetUnitsCache;

static GQuark
budget_units_cache_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("styr-budget-units-cache");
  return quark;
}

static void
budget_units_cache_free (gpointer data)
{
  BudgetUnitsCache *cache = data;

  g_clear_pointer (&cache->by_organ, g_hash_table_unref);
  g_free (cache);
}

/* Between _styr_budget_units_cache_push() and _pop() on @model (they
 * nest), collect_units() answers from one pass over all units instead of
 * one per organ: a report on a model of 290 municipalities asks for the
 * units of each of their 8 700 nämnder several times. The caller
 * promises that the model does not change in between. */
void
_styr_budget_units_cache_push (StyrModel *model)
{
  BudgetUnitsCache *cache;

  if (model == NULL)
    return;
  cache = g_object_get_qdata (G_OBJECT (model), budget_units_cache_quark ());
  if (cache == NULL)
    {
      cache = g_new0 (BudgetUnitsCache, 1);
      g_object_set_qdata_full (G_OBJECT (model), budget_units_cache_quark (),
                               cache, budget_units_cache_free);
    }
  cache->depth++;
}

void
_styr_budget_units_cache_pop (StyrModel *model)
{
  BudgetUnitsCache *cache;

  if (model == NULL)
    return;
  cache = g_object_get_qdata (G_OBJECT (model), budget_units_cache_quark ());
  g_return_if_fail (cache != NULL && cache->depth > 0);
  if (--cache->depth == 0)
    g_object_set_qdata (G_OBJECT (model), budget_units_cache_quark (), NULL);
}

/* The map sector unit → the one budget-carrying organ it is the sector
 * of (or SECTOR_SHARED), for budget_organ_of(). */
static GHashTable *
collect_sectors (StyrModel *model)
{
  GHashTable *sectors = g_hash_table_new (NULL, NULL);
  GListModel *all = styr_model_get_organs (model);
  guint n = g_list_model_get_n_items (all);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrOrgan) o = g_list_model_get_item (all, i);
      StyrOrganKind kind = styr_organ_get_kind (o);
      StyrUnit *sector;
      gpointer old;

      if ((kind != STYR_ORGAN_KIND_BOARD && kind != STYR_ORGAN_KIND_EXECUTIVE_BOARD) ||
          (sector = styr_organ_get_sector (o)) == NULL)
        continue;
      old = g_hash_table_lookup (sectors, sector);
      g_hash_table_insert (sectors, sector, old == NULL || old == o ? (gpointer) o : SECTOR_SHARED);
    }
  return sectors;
}

/* Every unit of @model with a budget organ, grouped by it. */
static GHashTable *
collect_all_units (StyrModel *model)
{
  g_autoptr(GHashTable) sectors = collect_sectors (model);
  GHashTable *by_organ = g_hash_table_new_full (NULL, NULL, NULL,
                                                (GDestroyNotify) g_ptr_array_unref);
  GListModel *all = styr_model_get_units (model);
  guint n = g_list_model_get_n_items (all);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrUnit) unit = g_list_model_get_item (all, i);
      StyrOrgan *owner = budget_organ_of (unit, sectors);
      GPtrArray *list;

      if (owner == NULL)
        continue;
      list = g_hash_table_lookup (by_organ, owner);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_organ, owner, list);
        }
      g_ptr_array_add (list, unit);   /* the model keeps it alive */
    }
  return by_organ;
}

/* The units of the model of @organ whose budget organ is @organ
 * ([method@Styr.Unit.get_budget_organ]), in model order. One pass over
 * the organs and one over the units, whatever their number; inside a
 * cache scope, one such pass for all organs. */
static GPtrArray *
collect_units (StyrOrgan *organ)
{
  StyrModel *model = styr_entity_get_model (STYR_ENTITY (organ));
  BudgetUnitsCache *cache;
  g_autoptr(GHashTable) sectors = NULL;
  GPtrArray *units;
  GListModel *all;
  guint n;

  if (model == NULL)
    return g_ptr_array_new ();

  cache = g_object_get_qdata (G_OBJECT (model), budget_units_cache_quark ());
  if (cache != NULL && cache->depth > 0)
    {
      GPtrArray *found;

      if (cache->by_organ == NULL)
        cache->by_organ = collect_all_units (model);
      found = g_hash_table_lookup (cache->by_organ, organ);
      return found != NULL ? g_ptr_array_copy (found, NULL, NULL) : g_ptr_array_new ();
    }

  units = g_ptr_array_new ();
  sectors = collect_sectors (model);
  all = styr_model_get_units (model);
  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrUnit) unit = g_list_model_get_item (all, i);

      if (budget_organ_of (unit, sectors) == organ)
        g_ptr_array_add (units, unit);  /* the model keeps it alive */
    }

  return units;
}

/**
 * styr_organ_dup_budget_units:
 * @self: a [class@Styr.Organ]
 *
 * Finds the units that belong to @self economically
 * ([method@Styr.Unit.get_budget_organ]), in the model's order: the units
 * whose budget lines, outcomes and forecasts make up the figures of the
 * nämnd.
 *
 * Returns: (transfer full): a new [iface@Gio.ListModel] of
 *   [class@Styr.Unit], a snapshot
 *
 * Since: 1.0
 */
GListModel *
styr_organ_dup_budget_units (StyrOrgan *self)
{
  g_autoptr(GPtrArray) units = NULL;
  GListStore *store;

  g_return_val_if_fail (STYR_IS_ORGAN (self), NULL);

  store = g_list_store_new (STYR_TYPE_UNIT);
  units = collect_units (self);
  g_list_store_splice (store, 0, 0, units->pdata, units->len);

  return G_LIST_MODEL (store);
}

/* Figures ---------------------------------------------------------------- */

/* A figure of one unit over a period, as styr_unit_get_outcome() gives. */
typedef gboolean (*UnitFigureFunc) (StyrUnit          *unit,
                                    const StyrPeriod  *period,
                                    const char        *category,
                                    gint64            *ore,
                                    GError           **error);

/* Σ of @figure of @units over @period. */
static gboolean
sum_units (GPtrArray         *units,
           UnitFigureFunc     figure,
           const StyrPeriod  *period,
           gint64            *ore,
           GError           **error)
{
  gint64 sum = 0;

  for (guint i = 0; i < units->len; i++)
    {
      gint64 part;

      if (!figure (g_ptr_array_index (units, i), period, NULL, &part, error) ||
          !styr_money_add (sum, part, &sum, error))
        return FALSE;
    }

  *ore = sum;
  return TRUE;
}

/* Σ of the budget lines of @units for @year; *@n_lines counts them. */
static gboolean
sum_budget_lines (GPtrArray  *units,
                  int         year,
                  gint64     *total,
                  guint      *n_lines,
                  GError    **error)
{
  gint64 sum = 0;
  guint count = 0;

  for (guint i = 0; i < units->len; i++)
    {
      StyrUnit *unit = g_ptr_array_index (units, i);
      guint n = styr_unit_get_n_budget_lines (unit);

      for (guint j = 0; j < n; j++)
        {
          int y;
          gint64 ore;

          styr_unit_get_budget_line (unit, j, &y, NULL, &ore, NULL);
          if (y != year)
            continue;
          if (!styr_money_add (sum, ore, &sum, error))
            return FALSE;
          count++;
        }
    }

  *total = sum;
  if (n_lines != NULL)
    *n_lines = count;
  return TRUE;
}

/* The annual budget of a set of units, or of the nämnd @organ (may be
 * NULL) that they make up. */
static gboolean
annual_budget (StyrOrgan  *organ,
               GPtrArray  *units,
               int         year,
               gint64     *ore,
               GError    **error)
{
  if (organ != NULL && styr_organ_lookup_frame (organ, year, ore))
    return TRUE;

  return sum_budget_lines (units, year, ore, NULL, error);
}

static gboolean
periodised_budget (StyrOrgan         *organ,
                   GPtrArray         *units,
                   const StyrPeriod  *period,
                   gint64            *ore,
                   GError           **error)
{
  int year = styr_period_get_year (period);
  gint64 sum = 0, frame;
  guint n_lines = 0;

  if (!sum_budget_lines (units, year, &sum, &n_lines, error))
    return FALSE;

  if (n_lines > 0 || organ == NULL || !styr_organ_lookup_frame (organ, year, &frame))
    {
      if (!sum_units (units, styr_unit_get_periodised_budget, period, &sum, error))
        return FALSE;
    }
  else
    {
      /* No lines: the frame spread linearly. */
      gsize n_weights, n_months;
      const int *weights = styr_periodisation_key_get_weights (STYR_PERIODISATION_KEY_LINEAR,
                                                               &n_weights);
      g_autofree gint64 *months = styr_budget_periodise (frame, weights, n_weights,
                                                         &n_months, error);

      if (months == NULL ||
          !styr_money_sum (months, styr_period_get_last_month (period), &sum, error))
        return FALSE;
    }

  *ore = sum;
  return TRUE;
}

/**
 * styr_organ_get_annual_budget:
 * @self: a [class@Styr.Organ]
 * @year: a year
 * @ore: (out): return location for the annual budget in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Gets the annual budget (net cost) of the nämnd @self for @year: its
 * frame ([method@Styr.Organ.set_frame]) when it has one, else the sum of
 * the budget lines of its units ([method@Styr.Organ.dup_budget_units]).
 *
 * Fails with %STYR_ERROR_OVERFLOW when a sum does not fit; then @ore
 * is 0.
 *
 * Returns: (skip): %TRUE if @ore holds the amount
 *
 * Since: 1.0
 */
gboolean
styr_organ_get_annual_budget (StyrOrgan  *self,
                              int         year,
                              gint64     *ore,
                              GError    **error)
{
  g_autoptr(GPtrArray) units = NULL;

  g_return_val_if_fail (STYR_IS_ORGAN (self), FALSE);
  g_return_val_if_fail (ore != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *ore = 0;
  units = collect_units (self);
  return annual_budget (self, units, year, ore, error);
}

/**
 * styr_organ_get_periodised_budget:
 * @self: a [class@Styr.Organ]
 * @period: the report period
 * @ore: (out): return location for the amount in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Gets the periodised budget of the nämnd @self cumulative from January
 * to the end of @period: the sum of its units' periodised budget lines
 * ([method@Styr.Unit.get_periodised_budget]), or, when none of its units
 * has a line for the year, its frame spread linearly over the months.
 *
 * Fails with %STYR_ERROR_OVERFLOW when a sum does not fit; then @ore
 * is 0.
 *
 * Returns: (skip): %TRUE if @ore holds the amount
 *
 * Since: 1.0
 */
gboolean
styr_organ_get_periodised_budget (StyrOrgan         *self,
                                  const StyrPeriod  *period,
                                  gint64            *ore,
                                  GError           **error)
{
  g_autoptr(GPtrArray) units = NULL;

  g_return_val_if_fail (STYR_IS_ORGAN (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);
  g_return_val_if_fail (ore != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *ore = 0;
  units = collect_units (self);
  return periodised_budget (self, units, period, ore, error);
}

/**
 * styr_organ_get_outcome_to_date:
 * @self: a [class@Styr.Organ]
 * @period: the report period
 * @ore: (out): return location for the amount in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Gets the outcome (net cost) of the nämnd @self cumulative from January
 * to the end of @period: the sum of its units' outcomes
 * ([method@Styr.Unit.get_outcome_to_date]).
 *
 * Fails with %STYR_ERROR_OVERFLOW when a sum does not fit; then @ore
 * is 0.
 *
 * Returns: (skip): %TRUE if @ore holds the amount
 *
 * Since: 1.0
 */
gboolean
styr_organ_get_outcome_to_date (StyrOrgan         *self,
                                const StyrPeriod  *period,
                                gint64            *ore,
                                GError           **error)
{
  g_autoptr(GPtrArray) units = NULL;

  g_return_val_if_fail (STYR_IS_ORGAN (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);
  g_return_val_if_fail (ore != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *ore = 0;
  units = collect_units (self);
  return sum_units (units, styr_unit_get_outcome_to_date, period, ore, error);
}

/* Proposals -------------------------------------------------------------- */

/* @numerator / @denominator (> 0) rounded half away from zero. */
static __int128
divide_rounded (__int128 numerator,
                __int128 denominator)
{
  __int128 quotient = numerator / denominator;
  __int128 remainder = numerator % denominator;

  if (remainder < 0)
    remainder = -remainder;
  if (2 * remainder >= denominator)
    quotient += numerator < 0 ? -1 : 1;

  return quotient;
}

static gboolean
set_overflow (GError **error)
{
  g_set_error_literal (error, STYR_ERROR, STYR_ERROR_OVERFLOW,
                       _("Prognosen ryms inte i ett belopp: det största beloppet är ±9 223 372 036 854 775 807 öre"));
  return FALSE;
}

/* What is left of the year after month @m by the least-squares line
 * through the monthly outcomes @x[0] … @x[m − 1] (months 1 … m):
 * Σ_{t = m+1}^{12} (a + b t), exactly, rounded half away from zero. With
 * one month the line is flat: 11 × @x[0].
 *
 * With S = Σt, Q = Σt², X = Σx, P = Σtx over t = 1 … m:
 *   D = mQ − S², b = (mP − SX) / D, a = (X − bS) / m
 * and with T = Σ_{t = m+1}^{12} t the remainder is
 *   (12 − m) a + b T = ((12 − m)(D X − N S) + m N T) / (m D), N = mP − SX.
 * |x| < 2^63 keeps every term below 2^100: 128 bits are enough. */
static __int128
trend_remainder (const gint64 *x,
                 int           m)
{
  __int128 S = 0, Q = 0, X = 0, P = 0, T = 0, D, N, numerator;

  if (m == 1)
    return (__int128) 11 * x[0];

  for (int t = 1; t <= m; t++)
    {
      S += t;
      Q += t * t;
      X += x[t - 1];
      P += (__int128) t * x[t - 1];
    }
  for (int t = m + 1; t <= STYR_N_MONTHS; t++)
    T += t;

  D = m * Q - S * S;
  N = m * P - S * X;
  numerator = (STYR_N_MONTHS - m) * (D * X - N * S) + m * N * T;

  return divide_rounded (numerator, m * D);
}

/* Proposes the forecast of @units (the nämnd @organ, or NULL for a unit)
 * at the occasion @occasion_id of the calendar of the model of @owner;
 * @ore is set only on success. */
static gboolean
propose (StyrEntity          *owner,
         StyrOrgan           *organ,
         GPtrArray           *units,
         const char          *occasion_id,
         StyrForecastMethod   method,
         gint64              *ore,
         GError             **error)
{
  StyrOccasion *occasion = lookup_occasion (owner, occasion_id, error);
  const StyrPeriod *period;
  int year, last;
  gint64 to_date;
  __int128 result;

  if (occasion == NULL)
    return FALSE;

  period = styr_occasion_get_period (occasion);
  year = styr_period_get_year (period);
  last = styr_period_get_last_month (period);
  if (!sum_units (units, styr_unit_get_outcome_to_date, period, &to_date, error))
    return FALSE;

  if (method == STYR_FORECAST_METHOD_BUDGET_REMAINDER)
    {
      gint64 annual, periodised;

      if (!annual_budget (organ, units, year, &annual, error) ||
          !periodised_budget (organ, units, period, &periodised, error))
        return FALSE;

      result = (__int128) to_date + annual - periodised;
    }
  else
    {
      gint64 months[STYR_N_MONTHS];

      for (int m = 1; m <= last; m++)
        {
          g_autoptr(StyrPeriod) month = styr_period_new_month (year, m);

          if (!sum_units (units, styr_unit_get_outcome, month, &months[m - 1], error))
            return FALSE;
        }

      result = (__int128) to_date + trend_remainder (months, last);
    }

  if (result > G_MAXINT64 || result < G_MININT64)
    return set_overflow (error);

  *ore = (gint64) result;
  return TRUE;
}

/* Organs ----------------------------------------------------------------- */

/**
 * styr_organ_set_forecast:
 * @self: a [class@Styr.Organ] of kind %STYR_ORGAN_KIND_BOARD or
 *   %STYR_ORGAN_KIND_EXECUTIVE_BOARD
 * @occasion_id: the id of an occasion of the model's calendar, e.g.
 *   `2025-t1`
 * @ore: the full-year forecast of the net cost in öre
 * @comment: (nullable): the nämnd's comment on the forecast, or %NULL
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the full-year forecast (*helårsprognos*) of the nämnd @self at the
 * follow-up @occasion_id, replacing the one there was (amount and
 * comment). The occasion's period tells the year forecast and the months
 * that have passed. An empty @comment is the same as %NULL.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL when @self is not in a model, with
 * %STYR_ERROR_NOT_FOUND when its calendar has no occasion @occasion_id,
 * and with %STYR_ERROR_WRONG_OWNER when @self is not a nämnd or the
 * executive board. On failure nothing changes.
 *
 * Returns: %TRUE if the forecast was set
 *
 * Since: 1.0
 */
gboolean
styr_organ_set_forecast (StyrOrgan   *self,
                         const char  *occasion_id,
                         gint64       ore,
                         const char  *comment,
                         GError     **error)
{
  g_return_val_if_fail (STYR_IS_ORGAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_budget_organ (self, error) &&
         set_forecast (STYR_ENTITY (self), occasion_id, ore, comment, error);
}

/**
 * styr_organ_lookup_forecast:
 * @self: a [class@Styr.Organ]
 * @occasion_id: the id of an occasion
 * @ore: (out) (optional): return location for the forecast in öre
 * @comment: (out) (optional) (nullable) (transfer none): return location
 *   for the comment
 *
 * Looks up the full-year forecast of @self at @occasion_id.
 *
 * Returns: %TRUE if @self has a forecast there
 *
 * Since: 1.0
 */
gboolean
styr_organ_lookup_forecast (StyrOrgan   *self,
                            const char  *occasion_id,
                            gint64      *ore,
                            const char **comment)
{
  g_return_val_if_fail (STYR_IS_ORGAN (self), FALSE);
  g_return_val_if_fail (occasion_id != NULL, FALSE);

  return lookup_forecast (G_OBJECT (self), occasion_id, ore, comment);
}

/**
 * styr_organ_remove_forecast:
 * @self: a [class@Styr.Organ]
 * @occasion_id: the id of an occasion
 *
 * Removes the forecast of @self at @occasion_id.
 *
 * Returns: %TRUE if there was one
 *
 * Since: 1.0
 */
gboolean
styr_organ_remove_forecast (StyrOrgan  *self,
                            const char *occasion_id)
{
  g_return_val_if_fail (STYR_IS_ORGAN (self), FALSE);
  g_return_val_if_fail (occasion_id != NULL, FALSE);

  return remove_forecast (G_OBJECT (self), occasion_id);
}

/**
 * styr_organ_get_n_forecasts:
 * @self: a [class@Styr.Organ]
 *
 * Gets the number of forecasts of @self, at all occasions.
 *
 * Returns: the number of forecasts
 *
 * Since: 1.0
 */
guint
styr_organ_get_n_forecasts (StyrOrgan *self)
{
  g_return_val_if_fail (STYR_IS_ORGAN (self), 0);

  return get_n_forecasts (G_OBJECT (self));
}

/**
 * styr_organ_get_forecast:
 * @self: a [class@Styr.Organ]
 * @position: a position below [method@Styr.Organ.get_n_forecasts]
 * @occasion_id: (out) (optional) (transfer none): return location for the
 *   occasion's id
 * @ore: (out) (optional): return location for the forecast in öre
 * @comment: (out) (optional) (nullable) (transfer none): return location
 *   for the comment
 *
 * Gets the forecast at @position, in the order the forecasts were first
 * set: a bulk accessor for bindings and writers. A forecast stays when
 * its occasion is later removed from the calendar; reports ignore it.
 *
 * Since: 1.0
 */
void
styr_organ_get_forecast (StyrOrgan    *self,
                         guint         position,
                         const char  **occasion_id,
                         gint64       *ore,
                         const char  **comment)
{
  g_return_if_fail (STYR_IS_ORGAN (self));
  g_return_if_fail (position < styr_organ_get_n_forecasts (self));

  get_forecast (G_OBJECT (self), position, occasion_id, ore, comment);
}

/**
 * styr_organ_propose_forecast:
 * @self: a [class@Styr.Organ] of kind %STYR_ORGAN_KIND_BOARD or
 *   %STYR_ORGAN_KIND_EXECUTIVE_BOARD
 * @occasion_id: the id of an occasion of the model's calendar
 * @method: how to propose
 * @ore: (out): return location for the proposed forecast in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Proposes a full-year forecast of the net cost of @self at @occasion_id,
 * from the outcome of its units to the end of the occasion's period
 * (January … month *m*):
 *
 * - %STYR_FORECAST_METHOD_BUDGET_REMAINDER: the outcome to date plus the
 *   annual budget ([method@Styr.Organ.get_annual_budget]) minus the
 *   periodised budget to date
 *   ([method@Styr.Organ.get_periodised_budget]): the rest of the year
 *   goes by the budget;
 * - %STYR_FORECAST_METHOD_LINEAR_TREND: the outcome to date plus the
 *   months *m* + 1 … 12 read off the least-squares line through the
 *   monthly outcomes of months 1 … *m*; with *m* = 1, twelve times the
 *   outcome of January.
 *
 * The arithmetic is exact (128-bit intermediates) with one rounding, half
 * away from zero, to whole öre. Accepting the proposal is
 * [method@Styr.Organ.set_forecast] with the value; nothing is stored here.
 *
 * Fails as [method@Styr.Organ.set_forecast] does, and with
 * %STYR_ERROR_OVERFLOW when an amount does not fit; then @ore is 0.
 *
 * Returns: (skip): %TRUE if @ore holds the proposal
 *
 * Since: 1.0
 */
gboolean
styr_organ_propose_forecast (StyrOrgan           *self,
                             const char          *occasion_id,
                             StyrForecastMethod   method,
                             gint64              *ore,
                             GError             **error)
{
  g_autoptr(GPtrArray) units = NULL;

  g_return_val_if_fail (STYR_IS_ORGAN (self), FALSE);
  g_return_val_if_fail (method <= STYR_FORECAST_METHOD_LINEAR_TREND, FALSE);
  g_return_val_if_fail (ore != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *ore = 0;
  if (!check_budget_organ (self, error))
    return FALSE;

  units = collect_units (self);
  return propose (STYR_ENTITY (self), self, units, occasion_id, method, ore, error);
}

/* Units ------------------------------------------------------------------ */

/**
 * styr_unit_set_forecast:
 * @self: a [class@Styr.Unit]
 * @occasion_id: the id of an occasion of the model's calendar, e.g.
 *   `2025-t1`
 * @ore: the full-year forecast of the net cost in öre
 * @comment: (nullable): a comment on the forecast, or %NULL
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the full-year forecast of the unit @self at @occasion_id,
 * replacing the one there was. Forecasts of units are optional and
 * informative: the operating statement
 * ([class@Styr.OperatingStatement]) uses the forecasts of the nämnder.
 * An empty @comment is the same as %NULL.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL when @self is not in a model and
 * with %STYR_ERROR_NOT_FOUND when its calendar has no occasion
 * @occasion_id. On failure nothing changes.
 *
 * Returns: %TRUE if the forecast was set
 *
 * Since: 1.0
 */
gboolean
styr_unit_set_forecast (StyrUnit    *self,
                        const char  *occasion_id,
                        gint64       ore,
                        const char  *comment,
                        GError     **error)
{
  g_return_val_if_fail (STYR_IS_UNIT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_forecast (STYR_ENTITY (self), occasion_id, ore, comment, error);
}

/**
 * styr_unit_lookup_forecast:
 * @self: a [class@Styr.Unit]
 * @occasion_id: the id of an occasion
 * @ore: (out) (optional): return location for the forecast in öre
 * @comment: (out) (optional) (nullable) (transfer none): return location
 *   for the comment
 *
 * Looks up the full-year forecast of @self at @occasion_id.
 *
 * Returns: %TRUE if @self has a forecast there
 *
 * Since: 1.0
 */
gboolean
styr_unit_lookup_forecast (StyrUnit    *self,
                           const char  *occasion_id,
                           gint64      *ore,
                           const char **comment)
{
  g_return_val_if_fail (STYR_IS_UNIT (self), FALSE);
  g_return_val_if_fail (occasion_id != NULL, FALSE);

  return lookup_forecast (G_OBJECT (self), occasion_id, ore, comment);
}

/**
 * styr_unit_remove_forecast:
 * @self: a [class@Styr.Unit]
 * @occasion_id: the id of an occasion
 *
 * Removes the forecast of @self at @occasion_id.
 *
 * Returns: %TRUE if there was one
 *
 * Since: 1.0
 */
gboolean
styr_unit_remove_forecast (StyrUnit   *self,
                           const char *occasion_id)
{
  g_return_val_if_fail (STYR_IS_UNIT (self), FALSE);
  g_return_val_if_fail (occasion_id != NULL, FALSE);

  return remove_forecast (G_OBJECT (self), occasion_id);
}

/**
 * styr_unit_get_n_forecasts:
 * @self: a [class@Styr.Unit]
 *
 * Gets the number of forecasts of @self, at all occasions.
 *
 * Returns: the number of forecasts
 *
 * Since: 1.0
 */
guint
styr_unit_get_n_forecasts (StyrUnit *self)
{
  g_return_val_if_fail (STYR_IS_UNIT (self), 0);

  return get_n_forecasts (G_OBJECT (self));
}

/**
 * styr_unit_get_forecast:
 * @self: a [class@Styr.Unit]
 * @position: a position below [method@Styr.Unit.get_n_forecasts]
 * @occasion_id: (out) (optional) (transfer none): return location for the
 *   occasion's id
 * @ore: (out) (optional): return location for the forecast in öre
 * @comment: (out) (optional) (nullable) (transfer none): return location
 *   for the comment
 *
 * Gets the forecast at @position, in the order the forecasts were first
 * set: a bulk accessor for bindings and writers.
 *
 * Since: 1.0
 */
void
styr_unit_get_forecast (StyrUnit     *self,
                        guint         position,
                        const char  **occasion_id,
                        gint64       *ore,
                        const char  **comment)
{
  g_return_if_fail (STYR_IS_UNIT (self));
  g_return_if_fail (position < styr_unit_get_n_forecasts (self));

  get_forecast (G_OBJECT (self), position, occasion_id, ore, comment);
}

/**
 * styr_unit_propose_forecast:
 * @self: a [class@Styr.Unit]
 * @occasion_id: the id of an occasion of the model's calendar
 * @method: how to propose
 * @ore: (out): return location for the proposed forecast in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Proposes a full-year forecast of the net cost of the unit @self alone
 * (not the units under it), as [method@Styr.Organ.propose_forecast] does
 * for a nämnd; the annual budget is the sum of the budget lines of @self
 * for the year.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL when @self is not in a model, with
 * %STYR_ERROR_NOT_FOUND when its calendar has no occasion @occasion_id,
 * and with %STYR_ERROR_OVERFLOW when an amount does not fit; then @ore
 * is 0.
 *
 * Returns: (skip): %TRUE if @ore holds the proposal
 *
 * Since: 1.0
 */
gboolean
styr_unit_propose_forecast (StyrUnit            *self,
                            const char          *occasion_id,
                            StyrForecastMethod   method,
                            gint64              *ore,
                            GError             **error)
{
  g_autoptr(GPtrArray) units = NULL;

  g_return_val_if_fail (STYR_IS_UNIT (self), FALSE);
  g_return_val_if_fail (method <= STYR_FORECAST_METHOD_LINEAR_TREND, FALSE);
  g_return_val_if_fail (ore != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *ore = 0;
  units = g_ptr_array_new ();
  g_ptr_array_add (units, self);
  return propose (STYR_ENTITY (self), NULL, units, occasion_id, method, ore, error);
}
