/* styr-budget.c — frames (*ramar*), budget lines and periodisation.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-budget.h"

/*
 * Budget steering (*ekonomistyrning*) in memory: the net cost frame
 * (*ram*, *kommunbidrag*) of each nämnd per year, the resource allocation
 * model ([class@Styr.Allocation]) that may compute it, and the budget
 * lines of each unit (*ansvar*) per cost category (*kostnadsslag*), spread
 * over the months by a periodisation key.
 *
 * These are many small facts, so none of them is a GObject: an organ keeps
 * its frames as a sorted array of (year, amount) pairs, a unit its budget
 * lines as one array of plain rows, and the model a short table of custom
 * periodisation keys. Money is `gint64` öre throughout (see
 * [enum@Styr.MoneyUnit]); percentages are integer basis points
 * ([const@Styr.BASIS_POINTS_WHOLE]).
 *
 * ```python
 * bun = model.lookup_organ("bun")
 * bun.set_frame(2025, 1_234_567_890_00)        # öre
 * ok, total = model.sum_frames(2025)
 *
 * skola = model.lookup_unit("skola-norr")
 * skola.set_budget(2025, "5000-5999", 24_000_000_00)
 * skola.set_budget_key(2025, "5000-5999", "personal")
 * t2 = Styr.Period.parse("2025-T2")
 * ok, to_august = skola.get_periodised_budget(t2, None)
 * ```
 */


/* Internals -------------------------------------------------------------- */

typedef struct
{
  int    year;
  gint64 ore;
} FrameRow;

struct _StyrOrganBudget
{
  GArray         *frames;      /* FrameRow, sorted by year */
  StyrAllocation *allocation;  /* owned, nullable */
};

/* One budget line: a year and a cost category of a unit. */
typedef struct
{
  gint32  year;
  guint32 category;            /* index into StyrUnitBudget.categories */
  gint64  ore;
  GQuark  key;                 /* periodisation key id; 0 = "linjar" */
} BudgetRow;

struct _StyrUnitBudget
{
  GArray    *rows;             /* BudgetRow, in the order they were set */
  GPtrArray *categories;       /* char *, each category id once */
};

typedef struct
{
  char *id;
  int   weights[STYR_N_MONTHS];
} CustomKey;

struct _StyrModelBudget
{
  GPtrArray *keys;             /* CustomKey *, in the order they were added */
};

static const int linear_weights[STYR_N_MONTHS] =
  { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };

static const int personnel_weights[STYR_N_MONTHS] =
  { 900, 900, 900, 900, 900, 900, 200, 800, 900, 900, 900, 900 };

static const char * const preset_ids[] = { "linjar", "personal" };

StyrOrganBudget *
_styr_organ_budget_new (void)
{
  StyrOrganBudget *budget = g_new0 (StyrOrganBudget, 1);

  budget->frames = g_array_new (FALSE, FALSE, sizeof (FrameRow));
  return budget;
}

void
_styr_organ_budget_free (StyrOrganBudget *budget)
{
  if (budget == NULL)
    return;

  g_clear_pointer (&budget->frames, g_array_unref);
  g_clear_object (&budget->allocation);
  g_free (budget);
}

StyrUnitBudget *
_styr_unit_budget_new (void)
{
  StyrUnitBudget *budget = g_new0 (StyrUnitBudget, 1);

  budget->rows = g_array_new (FALSE, FALSE, sizeof (BudgetRow));
  budget->categories = g_ptr_array_new_with_free_func (g_free);
  return budget;
}

void
_styr_unit_budget_free (StyrUnitBudget *budget)
{
  if (budget == NULL)
    return;

  g_clear_pointer (&budget->rows, g_array_unref);
  g_clear_pointer (&budget->categories, g_ptr_array_unref);
  g_free (budget);
}

static void
custom_key_free (gpointer data)
{
  CustomKey *key = data;

  g_free (key->id);
  g_free (key);
}

StyrModelBudget *
_styr_model_budget_new (void)
{
  StyrModelBudget *budget = g_new0 (StyrModelBudget, 1);

  budget->keys = g_ptr_array_new_with_free_func (custom_key_free);
  return budget;
}

void
_styr_model_budget_free (StyrModelBudget *budget)
{
  if (budget == NULL)
    return;

  g_clear_pointer (&budget->keys, g_ptr_array_unref);
  g_free (budget);
}

/* Periodisation ---------------------------------------------------------- */

/**
 * styr_periodisation_key_get_id:
 * @key: a built-in periodisation key
 *
 * Gets the id by which a model knows @key: `linjar` or `personal`.
 *
 * Returns: the id
 *
 * Since: 1.0
 */
const char *
styr_periodisation_key_get_id (StyrPeriodisationKey key)
{
  g_return_val_if_fail (key <= STYR_PERIODISATION_KEY_PERSONNEL, NULL);

  return preset_ids[key];
}

/**
 * styr_periodisation_key_get_weights:
 * @key: a built-in periodisation key
 * @n_weights: (out): return location for the number of weights, always
 *   %STYR_N_MONTHS
 *
 * Gets the twelve monthly weights of @key, January first. Each month
 * receives its weight divided by the sum of the weights: for
 * %STYR_PERIODISATION_KEY_PERSONNEL the weights are basis points summing
 * to %STYR_BASIS_POINTS_WHOLE; for %STYR_PERIODISATION_KEY_LINEAR they are
 * twelve equal weights of 1, so every month receives an exact twelfth.
 *
 * Returns: (transfer none) (array length=n_weights): the weights
 *
 * Since: 1.0
 */
const int *
styr_periodisation_key_get_weights (StyrPeriodisationKey  key,
                                    gsize                *n_weights)
{
  g_return_val_if_fail (key <= STYR_PERIODISATION_KEY_PERSONNEL, NULL);
  g_return_val_if_fail (n_weights != NULL, NULL);

  *n_weights = STYR_N_MONTHS;
  return key == STYR_PERIODISATION_KEY_LINEAR ? linear_weights : personnel_weights;
}

/* Checks weights: twelve, each 0 … 10 000, summing to 10 000 when
 * @whole, else to more than 0. */
static gboolean
check_weights (const int  *weights,
               gsize       n_weights,
               gboolean    whole,
               GError    **error)
{
  gint64 sum = 0;

  if (n_weights != STYR_N_MONTHS)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("En periodiseringsnyckel ska ha %d månadsvikter, inte %" G_GSIZE_FORMAT),
                   STYR_N_MONTHS, n_weights);
      return FALSE;
    }

  for (gsize i = 0; i < n_weights; i++)
    {
      if (weights[i] < 0 || weights[i] > STYR_BASIS_POINTS_WHOLE)
        {
          g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                       _("Vikten %d för månad %d är ogiltig: en vikt ska vara 0–%d baspunkter"),
                       weights[i], (int) i + 1, STYR_BASIS_POINTS_WHOLE);
          return FALSE;
        }
      sum += weights[i];
    }

  if (!whole && sum <= 0)
    {
      g_set_error_literal (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                           _("Alla månadsvikter är 0; minst en månad måste ha en vikt"));
      return FALSE;
    }

  if (whole && sum != STYR_BASIS_POINTS_WHOLE)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Månadsvikterna summerar till %" G_GINT64_FORMAT " baspunkter; de ska summera till %d (100 %%)"),
                   sum, STYR_BASIS_POINTS_WHOLE);
      return FALSE;
    }

  return TRUE;
}

/* Spreads @ore over twelve months by @weights (non-negative, positive
 * sum, each at most 10 000) with largest-remainder rounding. Cannot fail:
 * every month's magnitude is at most |@ore|. */
static void
periodise (gint64     ore,
           const int *weights,
           gint64     months[STYR_N_MONTHS])
{
  guint64 magnitude;
  guint64 total = 0;
  guint64 q, r;
  guint64 base[STYR_N_MONTHS];
  guint64 rest[STYR_N_MONTHS];
  guint64 left;
  gboolean negative = ore < 0;

  for (int m = 0; m < STYR_N_MONTHS; m++)
    total += (guint64) weights[m];

  /* |ore| without overflow for G_MININT64. */
  magnitude = negative ? (guint64) (-(ore + 1)) + 1 : (guint64) ore;
  q = magnitude / total;
  r = magnitude % total;

  /* magnitude × w / total = q × w + r × w / total, where r × w < total ×
   * 10 000 cannot overflow. */
  left = magnitude;
  for (int m = 0; m < STYR_N_MONTHS; m++)
    {
      guint64 w = (guint64) weights[m];

      base[m] = q * w + (r * w) / total;
      rest[m] = (r * w) % total;
      left -= base[m];
    }

  /* Fewer than twelve öre are left: one each to the months with the
   * largest remainders, the earlier month first among equals. */
  while (left > 0)
    {
      int best = -1;

      for (int m = 0; m < STYR_N_MONTHS; m++)
        if (weights[m] > 0 && (best < 0 || rest[m] > rest[best]))
          best = m;

      base[best] += 1;
      rest[best] = 0;
      left--;
    }

  for (int m = 0; m < STYR_N_MONTHS; m++)
    {
      if (!negative)
        months[m] = (gint64) base[m];
      else if (base[m] <= (guint64) G_MAXINT64)
        months[m] = -(gint64) base[m];
      else
        months[m] = G_MININT64;
    }
}

/**
 * styr_budget_periodise:
 * @ore: an annual amount in öre
 * @weights: (array length=n_weights): twelve monthly weights, January
 *   first, each 0 … %STYR_BASIS_POINTS_WHOLE: the weights of a key
 *   ([func@Styr.PeriodisationKey.get_weights],
 *   [method@Styr.Model.lookup_periodisation_key]) or any relative weights
 *   with a positive sum
 * @n_weights: the number of weights, %STYR_N_MONTHS
 * @n_months: (out): return location for the number of months, 12
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Spreads the annual amount @ore over the twelve months by @weights so
 * that the months sum *exactly* to @ore, by the largest-remainder method:
 *
 * 1. each month first receives its exact share |@ore| × w / Σw rounded
 *    towards zero;
 * 2. the öre that are left (fewer than twelve) go one each to the months
 *    whose shares lost the largest fractions, the earlier month first
 *    when fractions are equal, never to a month of weight 0;
 * 3. a negative amount (income) is spread as its magnitude and negated,
 *    so −@ore is spread as the mirror image of @ore.
 *
 * With the linear key 100 000 001 öre gives 8 333 334 öre in January to
 * May and 8 333 333 öre in June to December.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT when @weights are not twelve,
 * one is negative or above %STYR_BASIS_POINTS_WHOLE, or they sum to 0.
 *
 * Returns: (transfer full) (array length=n_months) (nullable): the twelve
 *   monthly amounts in öre, or %NULL on error
 *
 * Since: 1.0
 */
gint64 *
styr_budget_periodise (gint64       ore,
                       const int   *weights,
                       gsize        n_weights,
                       gsize       *n_months,
                       GError     **error)
{
  gint64 *months;

  g_return_val_if_fail (weights != NULL || n_weights == 0, NULL);
  g_return_val_if_fail (n_months != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  *n_months = 0;
  if (!check_weights (weights, n_weights, FALSE, error))
    return NULL;

  months = g_new (gint64, STYR_N_MONTHS);
  periodise (ore, weights, months);
  *n_months = STYR_N_MONTHS;
  return months;
}

/* Periodisation keys of a model ------------------------------------------ */

static const int *
find_key (StyrModel  *model,
          const char *id)
{
  StyrModelBudget *budget;

  for (guint i = 0; i < G_N_ELEMENTS (preset_ids); i++)
    if (g_strcmp0 (id, preset_ids[i]) == 0)
      return i == STYR_PERIODISATION_KEY_LINEAR ? linear_weights : personnel_weights;

  if (model == NULL || (budget = _styr_model_get_budget (model, FALSE)) == NULL)
    return NULL;

  for (guint i = 0; i < budget->keys->len; i++)
    {
      CustomKey *key = g_ptr_array_index (budget->keys, i);

      if (g_strcmp0 (id, key->id) == 0)
        return key->weights;
    }

  return NULL;
}

/**
 * styr_model_add_periodisation_key:
 * @self: a [class@Styr.Model]
 * @id: the id of the new key, e.g. `skolar` (the rules of entity ids)
 * @weights: (array length=n_weights): twelve monthly weights in basis
 *   points, January first, summing to %STYR_BASIS_POINTS_WHOLE
 * @n_weights: the number of weights, %STYR_N_MONTHS
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Adds a custom periodisation key (*periodiseringsnyckel*) that budget
 * lines of units in @self can name ([method@Styr.Unit.set_budget_key]).
 * Every model also knows the built-in keys `linjar` and `personal`
 * ([enum@Styr.PeriodisationKey]); keys are kept in the model, not on each
 * line, and cannot be removed or changed once added.
 *
 * Fails with %STYR_ERROR_INVALID_ID for a malformed id, with
 * %STYR_ERROR_DUPLICATE_ID when a key with @id exists (built-in ones
 * included) and with %STYR_ERROR_INVALID_ARGUMENT when @weights are not
 * twelve, one is negative, or they do not sum to 10 000 basis points.
 *
 * Returns: %TRUE if the key was added
 *
 * Since: 1.0
 */
gboolean
styr_model_add_periodisation_key (StyrModel   *self,
                                  const char  *id,
                                  const int   *weights,
                                  gsize        n_weights,
                                  GError     **error)
{
  CustomKey *key;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (weights != NULL || n_weights == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_id_is_valid (id))
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ID,
                   _("Ogiltigt id »%s« för en periodiseringsnyckel"),
                   id != NULL ? id : "");
      return FALSE;
    }

  if (find_key (self, id) != NULL)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID,
                   _("Det finns redan en periodiseringsnyckel med id »%s«"), id);
      return FALSE;
    }

  if (!check_weights (weights, n_weights, TRUE, error))
    return FALSE;

  key = g_new0 (CustomKey, 1);
  key->id = g_strdup (id);
  memcpy (key->weights, weights, sizeof key->weights);
  g_ptr_array_add (_styr_model_get_budget (self, TRUE)->keys, key);

  return TRUE;
}

/**
 * styr_model_lookup_periodisation_key:
 * @self: a [class@Styr.Model]
 * @id: the id of a key: `linjar`, `personal` or a custom one
 * @n_weights: (out): return location for the number of weights
 *
 * Looks up the monthly weights of the periodisation key @id, January
 * first (see [func@Styr.PeriodisationKey.get_weights] for the built-in
 * ones).
 *
 * Returns: (transfer none) (array length=n_weights) (nullable): the
 *   weights, or %NULL when @self has no key @id
 *
 * Since: 1.0
 */
const int *
styr_model_lookup_periodisation_key (StyrModel  *self,
                                     const char *id,
                                     gsize      *n_weights)
{
  const int *weights;

  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (n_weights != NULL, NULL);

  weights = find_key (self, id);
  *n_weights = weights != NULL ? STYR_N_MONTHS : 0;
  return weights;
}

/**
 * styr_model_dup_periodisation_key_ids:
 * @self: a [class@Styr.Model]
 *
 * Gets the ids of the periodisation keys @self knows: `linjar` and
 * `personal`, then the custom ones in the order they were added.
 *
 * Returns: (transfer full) (array zero-terminated=1): the ids
 *
 * Since: 1.0
 */
char **
styr_model_dup_periodisation_key_ids (StyrModel *self)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  StyrModelBudget *budget;

  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < G_N_ELEMENTS (preset_ids); i++)
    g_strv_builder_add (builder, preset_ids[i]);

  budget = _styr_model_get_budget (self, FALSE);
  for (guint i = 0; budget != NULL && i < budget->keys->len; i++)
    g_strv_builder_add (builder, ((CustomKey *) g_ptr_array_index (budget->keys, i))->id);

  return g_strv_builder_end (builder);
}

/* Frames ----------------------------------------------------------------- */

static gboolean
can_carry_frame (StyrOrgan *organ)
{
  StyrOrganKind kind = styr_organ_get_kind (organ);

  return kind == STYR_ORGAN_KIND_BOARD || kind == STYR_ORGAN_KIND_EXECUTIVE_BOARD;
}

static gboolean
check_frame_owner (StyrOrgan  *organ,
                   GError    **error)
{
  if (!can_carry_frame (organ))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (organ));

      g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER,
                   _("%s kan inte ha en budgetram: bara nämnder och kommunstyrelsen har ramar"),
                   what);
      return FALSE;
    }

  return TRUE;
}

/* The position of @year in @frames, or where it would go. */
static guint
find_frame (GArray   *frames,
            int       year,
            gboolean *found)
{
  guint lo = 0, hi = frames->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int y = g_array_index (frames, FrameRow, mid).year;

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
 * styr_organ_set_frame:
 * @self: a [class@Styr.Organ] of kind %STYR_ORGAN_KIND_BOARD or
 *   %STYR_ORGAN_KIND_EXECUTIVE_BOARD
 * @year: the budget or plan year, 1 … 9999
 * @ore: the net cost frame in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the frame (*ram*, *kommunbidrag*) of @self for @year: the net cost
 * the council allows the nämnd in the budget, for the budget year and the
 * plan years of the *flerårsplan*. Frames belong to nämnder and the
 * executive board; budget lines belong to units
 * ([method@Styr.Unit.set_budget]).
 *
 * Fails with %STYR_ERROR_WRONG_OWNER when @self is another kind of organ
 * and with %STYR_ERROR_INVALID_ARGUMENT when @year is out of range. On
 * failure nothing changes.
 *
 * Returns: %TRUE if the frame was set
 *
 * Since: 1.0
 */
gboolean
styr_organ_set_frame (StyrOrgan  *self,
                      int         year,
                      gint64      ore,
                      GError    **error)
{
  StyrOrganBudget *budget;
  FrameRow row = { year, ore };
  gboolean found;
  guint pos;

  g_return_val_if_fail (STYR_IS_ORGAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_frame_owner (self, error) || !_styr_check_year (year, error))
    return FALSE;

  budget = _styr_organ_get_budget (self, TRUE);
  pos = find_frame (budget->frames, year, &found);
  if (found)
    g_array_index (budget->frames, FrameRow, pos).ore = ore;
  else
    g_array_insert_val (budget->frames, pos, row);

  return TRUE;
}

/**
 * styr_organ_lookup_frame:
 * @self: a [class@Styr.Organ]
 * @year: a year
 * @ore: (out) (optional): return location for the frame in öre
 *
 * Looks up the frame of @self for @year.
 *
 * Returns: %TRUE if @self has a frame for @year
 *
 * Since: 1.0
 */
gboolean
styr_organ_lookup_frame (StyrOrgan *self,
                         int        year,
                         gint64    *ore)
{
  StyrOrganBudget *budget;
  gboolean found;
  guint pos;

  g_return_val_if_fail (STYR_IS_ORGAN (self), FALSE);

  if (ore != NULL)
    *ore = 0;

  budget = _styr_organ_get_budget (self, FALSE);
  if (budget == NULL)
    return FALSE;

  pos = find_frame (budget->frames, year, &found);
  if (found && ore != NULL)
    *ore = g_array_index (budget->frames, FrameRow, pos).ore;

  return found;
}

/**
 * styr_organ_remove_frame:
 * @self: a [class@Styr.Organ]
 * @year: a year
 *
 * Removes the frame of @self for @year.
 *
 * Returns: %TRUE if there was one
 *
 * Since: 1.0
 */
gboolean
styr_organ_remove_frame (StyrOrgan *self,
                         int        year)
{
  StyrOrganBudget *budget;
  gboolean found;
  guint pos;

  g_return_val_if_fail (STYR_IS_ORGAN (self), FALSE);

  budget = _styr_organ_get_budget (self, FALSE);
  if (budget == NULL)
    return FALSE;

  pos = find_frame (budget->frames, year, &found);
  if (found)
    g_array_remove_index (budget->frames, pos);

  return found;
}

/**
 * styr_organ_dup_frame_years:
 * @self: a [class@Styr.Organ]
 * @n_years: (out): return location for the number of years
 *
 * Gets the years for which @self has a frame, in increasing order.
 *
 * Returns: (transfer full) (array length=n_years) (nullable): the years,
 *   or %NULL when there are none
 *
 * Since: 1.0
 */
int *
styr_organ_dup_frame_years (StyrOrgan *self,
                            gsize     *n_years)
{
  StyrOrganBudget *budget;
  int *years;

  g_return_val_if_fail (STYR_IS_ORGAN (self), NULL);
  g_return_val_if_fail (n_years != NULL, NULL);

  *n_years = 0;
  budget = _styr_organ_get_budget (self, FALSE);
  if (budget == NULL || budget->frames->len == 0)
    return NULL;

  years = g_new (int, budget->frames->len);
  for (guint i = 0; i < budget->frames->len; i++)
    years[i] = g_array_index (budget->frames, FrameRow, i).year;
  *n_years = budget->frames->len;

  return years;
}

/**
 * styr_organ_get_allocation:
 * @self: a [class@Styr.Organ]
 *
 * Gets the resource allocation model (*resursfördelningsmodell*) that
 * computes the frame of @self, if any.
 *
 * Returns: (transfer none) (nullable): the allocation, or %NULL
 *
 * Since: 1.0
 */
StyrAllocation *
styr_organ_get_allocation (StyrOrgan *self)
{
  StyrOrganBudget *budget;

  g_return_val_if_fail (STYR_IS_ORGAN (self), NULL);

  budget = _styr_organ_get_budget (self, FALSE);
  return budget != NULL ? budget->allocation : NULL;
}

/**
 * styr_organ_set_allocation:
 * @self: a [class@Styr.Organ] of kind %STYR_ORGAN_KIND_BOARD or
 *   %STYR_ORGAN_KIND_EXECUTIVE_BOARD
 * @allocation: (nullable): the resource allocation model, or %NULL to
 *   clear it
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the resource allocation model (*resursfördelningsmodell*) of
 * @self; @self keeps a reference. Setting it does not change any frame:
 * [method@Styr.Allocation.apply] does, year by year. To try a change
 * (a what-if), change a [method@Styr.Allocation.copy] and compare.
 *
 * Fails with %STYR_ERROR_WRONG_OWNER when @self cannot carry a frame.
 *
 * Returns: %TRUE if the allocation was set
 *
 * Since: 1.0
 */
gboolean
styr_organ_set_allocation (StyrOrgan       *self,
                           StyrAllocation  *allocation,
                           GError         **error)
{
  StyrOrganBudget *budget;

  g_return_val_if_fail (STYR_IS_ORGAN (self), FALSE);
  g_return_val_if_fail (allocation == NULL || STYR_IS_ALLOCATION (allocation), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (allocation == NULL)
    {
      budget = _styr_organ_get_budget (self, FALSE);
      if (budget != NULL)
        g_clear_object (&budget->allocation);
      return TRUE;
    }

  if (!check_frame_owner (self, error))
    return FALSE;

  budget = _styr_organ_get_budget (self, TRUE);
  g_set_object (&budget->allocation, allocation);

  return TRUE;
}

/**
 * styr_allocation_apply:
 * @self: a [class@Styr.Allocation]
 * @organ: a [class@Styr.Organ] that can carry a frame
 * @year: the year
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Computes the frame of @year with [method@Styr.Allocation.compute_frame]
 * and sets it as the frame of @organ ([method@Styr.Organ.set_frame]).
 * @self need not be the allocation of @organ: applying a what-if copy is
 * how a proposal is adopted.
 *
 * Fails as those two do; on failure nothing changes.
 *
 * Returns: %TRUE if the frame was set
 *
 * Since: 1.0
 */
gboolean
styr_allocation_apply (StyrAllocation  *self,
                       StyrOrgan       *organ,
                       int              year,
                       GError         **error)
{
  gint64 frame;

  g_return_val_if_fail (STYR_IS_ALLOCATION (self), FALSE);
  g_return_val_if_fail (STYR_IS_ORGAN (organ), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_frame_owner (organ, error) ||
      !styr_allocation_compute_frame (self, year, &frame, error))
    return FALSE;

  return styr_organ_set_frame (organ, year, frame, error);
}

/**
 * styr_model_sum_frames:
 * @self: a [class@Styr.Model]
 * @year: a year
 * @total: (out): return location for the sum in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sums the frames of all organs of @self for @year (organs without a
 * frame for @year count as 0): the total the council distributes.
 *
 * Fails with %STYR_ERROR_OVERFLOW when the sum does not fit a `gint64`;
 * then @total is 0.
 *
 * Returns: (skip): %TRUE if @total holds the sum
 *
 * Since: 1.0
 */
gboolean
styr_model_sum_frames (StyrModel  *self,
                       int         year,
                       gint64     *total,
                       GError    **error)
{
  GListModel *organs;
  gint64 sum = 0;
  guint n;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (total != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *total = 0;
  organs = styr_model_get_organs (self);
  n = g_list_model_get_n_items (organs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrOrgan) organ = g_list_model_get_item (organs, i);
      gint64 frame;

      if (styr_organ_lookup_frame (organ, year, &frame) &&
          !styr_money_add (sum, frame, &sum, error))
        return FALSE;
    }

  *total = sum;
  return TRUE;
}

/* Budget lines ----------------------------------------------------------- */

/* An account of the Kommun-Bas chart used for budget lines: 4 to 6
 * digits, the first 3 (income) … 7 (costs). */
static gboolean
account_is_valid (const char *text,
                  gsize       len)
{
  if (len < 4 || len > 6 || text[0] < '3' || text[0] > '7')
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;

  return TRUE;
}

gboolean
check_category (const char  *category,
                GError     **error)
{
  const char *dash;
  gboolean ok;

  if (category == NULL)
    ok = FALSE;
  else if ((dash = strchr (category, '-')) == NULL)
    ok = account_is_valid (category, strlen (category));
  else
    {
      gsize first = dash - category;
      gsize last = strlen (dash + 1);

      ok = account_is_valid (category, first) &&
           account_is_valid (dash + 1, last) &&
           first == last &&
           strncmp (category, dash + 1, first) <= 0;
    }

  if (!ok)
    g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                 _("Ogiltigt kostnadsslag »%s«: ange ett konto enligt Kommun-Bas (4–6 siffror, 3xxx intäkter, 4xxx–7xxx kostnader) eller ett kontointervall som »4000-4999«"),
                 category != NULL ? category : "");

  return ok;
}

static int
find_category (StyrUnitBudget *budget,
               const char     *category)
{
  for (guint i = 0; i < budget->categories->len; i++)
    if (strcmp (g_ptr_array_index (budget->categories, i), category) == 0)
      return (int) i;

  return -1;
}

static BudgetRow *
find_row (StyrUnit   *unit,
          int         year,
          const char *category,
          guint      *position)
{
  StyrUnitBudget *budget = _styr_unit_get_budget (unit, FALSE);
  int index;

  if (budget == NULL || category == NULL ||
      (index = find_category (budget, category)) < 0)
    return NULL;

  for (guint i = 0; i < budget->rows->len; i++)
    {
      BudgetRow *row = &g_array_index (budget->rows, BudgetRow, i);

      if (row->year == year && row->category == (guint32) index)
        {
          if (position != NULL)
            *position = i;
          return row;
        }
    }

  return NULL;
}

static const char *
row_key_id (const BudgetRow *row)
{
  return row->key != 0 ? g_quark_to_string (row->key) : preset_ids[STYR_PERIODISATION_KEY_LINEAR];
}

/**
 * styr_unit_set_budget:
 * @self: a [class@Styr.Unit], the *ansvar* that carries the line
 * @year: the budget year, 1 … 9999
 * @category: the cost category (*kostnadsslag*): an account of the
 *   Kommun-Bas chart such as `4010`, or a range of accounts such as
 *   `4000-4999` (3xxx income, 4xxx–7xxx costs)
 * @ore: the annual amount in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the budget line of @self for @year and @category. A new line is
 * spread over the months linearly until
 * [method@Styr.Unit.set_budget_key] names another key; changing the
 * amount of a line keeps its key.
 *
 * The sign is the caller's convention and is kept as given; the
 * periodisation treats a negative amount as the mirror image of the
 * positive one. Categories are compared as written: a line for `4010`
 * is not part of a line for `4000-4999`.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT for a year out of range or a
 * malformed category. On failure nothing changes.
 *
 * Returns: %TRUE if the line was set
 *
 * Since: 1.0
 */
gboolean
styr_unit_set_budget (StyrUnit    *self,
                      int          year,
                      const char  *category,
                      gint64       ore,
                      GError     **error)
{
  StyrUnitBudget *budget;
  BudgetRow *found;
  BudgetRow row = { 0, };
  int index;

  g_return_val_if_fail (STYR_IS_UNIT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_check_year (year, error) || !check_category (category, error))
    return FALSE;

  found = find_row (self, year, category, NULL);
  if (found != NULL)
    {
      found->ore = ore;
      return TRUE;
    }

  budget = _styr_unit_get_budget (self, TRUE);
  index = find_category (budget, category);
  if (index < 0)
    {
      index = budget->categories->len;
      g_ptr_array_add (budget->categories, g_strdup (category));
    }

  row.year = year;
  row.category = index;
  row.ore = ore;
  row.key = 0;
  g_array_append_val (budget->rows, row);

  return TRUE;
}

/**
 * styr_unit_lookup_budget:
 * @self: a [class@Styr.Unit]
 * @year: a year
 * @category: a cost category as given to [method@Styr.Unit.set_budget]
 * @ore: (out) (optional): return location for the annual amount in öre
 *
 * Looks up the budget line of @self for @year and @category.
 *
 * Returns: %TRUE if there is such a line
 *
 * Since: 1.0
 */
gboolean
styr_unit_lookup_budget (StyrUnit   *self,
                         int         year,
                         const char *category,
                         gint64     *ore)
{
  BudgetRow *row;

  g_return_val_if_fail (STYR_IS_UNIT (self), FALSE);
  g_return_val_if_fail (category != NULL, FALSE);

  row = find_row (self, year, category, NULL);
  if (ore != NULL)
    *ore = row != NULL ? row->ore : 0;

  return row != NULL;
}

/**
 * styr_unit_remove_budget:
 * @self: a [class@Styr.Unit]
 * @year: a year
 * @category: a cost category
 *
 * Removes the budget line of @self for @year and @category.
 *
 * Returns: %TRUE if there was one
 *
 * Since: 1.0
 */
gboolean
styr_unit_remove_budget (StyrUnit   *self,
                         int         year,
                         const char *category)
{
  guint position;

  g_return_val_if_fail (STYR_IS_UNIT (self), FALSE);
  g_return_val_if_fail (category != NULL, FALSE);

  if (find_row (self, year, category, &position) == NULL)
    return FALSE;

  g_array_remove_index (_styr_unit_get_budget (self, FALSE)->rows, position);
  return TRUE;
}

/**
 * styr_unit_set_budget_key:
 * @self: a [class@Styr.Unit]
 * @year: a year
 * @category: a cost category with a budget line for @year
 * @key_id: the id of a periodisation key: `linjar`, `personal` or one
 *   added with [method@Styr.Model.add_periodisation_key] to the model of
 *   @self
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets how the budget line of @self for @year and @category is spread
 * over the months. The line keeps the key's id, not its weights: keys
 * live in the model, so a unit outside a model can only use the built-in
 * ones.
 *
 * Fails with %STYR_ERROR_NOT_FOUND when there is no such line or no such
 * key. On failure nothing changes.
 *
 * Returns: %TRUE if the key was set
 *
 * Since: 1.0
 */
gboolean
styr_unit_set_budget_key (StyrUnit    *self,
                          int          year,
                          const char  *category,
                          const char  *key_id,
                          GError     **error)
{
  BudgetRow *row;

  g_return_val_if_fail (STYR_IS_UNIT (self), FALSE);
  g_return_val_if_fail (category != NULL, FALSE);
  g_return_val_if_fail (key_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  row = find_row (self, year, category, NULL);
  if (row == NULL)
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));

      g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                   _("%s har ingen budgetrad för %s år %d"),
                   what, category, year);
      return FALSE;
    }

  if (find_key (styr_entity_get_model (STYR_ENTITY (self)), key_id) == NULL)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                   _("Det finns ingen periodiseringsnyckel med id »%s«"), key_id);
      return FALSE;
    }

  row->key = strcmp (key_id, preset_ids[STYR_PERIODISATION_KEY_LINEAR]) == 0 ?
             0 : g_quark_from_string (key_id);

  return TRUE;
}

/**
 * styr_unit_get_budget_key:
 * @self: a [class@Styr.Unit]
 * @year: a year
 * @category: a cost category
 *
 * Gets the id of the periodisation key of the budget line of @self for
 * @year and @category: `linjar` unless another was set.
 *
 * Returns: (nullable): the key's id, or %NULL when there is no such line
 *
 * Since: 1.0
 */
const char *
styr_unit_get_budget_key (StyrUnit   *self,
                          int         year,
                          const char *category)
{
  BudgetRow *row;

  g_return_val_if_fail (STYR_IS_UNIT (self), NULL);
  g_return_val_if_fail (category != NULL, NULL);

  row = find_row (self, year, category, NULL);
  return row != NULL ? row_key_id (row) : NULL;
}

/**
 * styr_unit_get_n_budget_lines:
 * @self: a [class@Styr.Unit]
 *
 * Gets the number of budget lines of @self, of all years.
 *
 * Returns: the number of lines
 *
 * Since: 1.0
 */
guint
styr_unit_get_n_budget_lines (StyrUnit *self)
{
  StyrUnitBudget *budget;

  g_return_val_if_fail (STYR_IS_UNIT (self), 0);

  budget = _styr_unit_get_budget (self, FALSE);
  return budget != NULL ? budget->rows->len : 0;
}

/**
 * styr_unit_get_budget_line:
 * @self: a [class@Styr.Unit]
 * @position: a position below [method@Styr.Unit.get_n_budget_lines]
 * @year: (out) (optional): return location for the year
 * @category: (out) (optional) (transfer none): return location for the
 *   cost category
 * @ore: (out) (optional): return location for the annual amount in öre
 * @key_id: (out) (optional) (transfer none): return location for the id
 *   of the periodisation key
 *
 * Gets the budget line at @position, in the order the lines were first
 * set: a bulk accessor for bindings and writers.
 *
 * Since: 1.0
 */
void
styr_unit_get_budget_line (StyrUnit    *self,
                           guint        position,
                           int         *year,
                           const char **category,
                           gint64      *ore,
                           const char **key_id)
{
  StyrUnitBudget *budget;
  const BudgetRow *row;

  g_return_if_fail (STYR_IS_UNIT (self));
  g_return_if_fail (position < styr_unit_get_n_budget_lines (self));

  budget = _styr_unit_get_budget (self, FALSE);
  row = &g_array_index (budget->rows, BudgetRow, position);

  if (year != NULL)
    *year = row->year;
  if (category != NULL)
    *category = g_ptr_array_index (budget->categories, row->category);
  if (ore != NULL)
    *ore = row->ore;
  if (key_id != NULL)
    *key_id = row_key_id (row);
}

/* Adds the months of the lines of @self for @year (and @category, when
 * not NULL) into @months, checked. */
static gboolean
sum_months (StyrUnit    *self,
            int          year,
            const char  *category,
            gint64       months[STYR_N_MONTHS],
            GError     **error)
{
  StyrUnitBudget *budget = _styr_unit_get_budget (self, FALSE);
  StyrModel *model = styr_entity_get_model (STYR_ENTITY (self));
  int index = -1;

  memset (months, 0, sizeof (gint64) * STYR_N_MONTHS);
  if (budget == NULL)
    return TRUE;

  if (category != NULL && (index = find_category (budget, category)) < 0)
    return TRUE;

  for (guint i = 0; i < budget->rows->len; i++)
    {
      const BudgetRow *row = &g_array_index (budget->rows, BudgetRow, i);
      const int *weights;
      gint64 line[STYR_N_MONTHS];

      if (row->year != year || (index >= 0 && row->category != (guint32) index))
        continue;

      weights = find_key (model, row_key_id (row));
      if (weights == NULL)
        {
          g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                       _("Det finns ingen periodiseringsnyckel med id »%s«"),
                       row_key_id (row));
          return FALSE;
        }

      periodise (row->ore, weights, line);
      for (int m = 0; m < STYR_N_MONTHS; m++)
        if (!styr_money_add (months[m], line[m], &months[m], error))
          return FALSE;
    }

  return TRUE;
}

/**
 * styr_unit_dup_monthly_budget:
 * @self: a [class@Styr.Unit]
 * @year: a year
 * @category: (nullable): a cost category, or %NULL for all lines of @year
 * @n_months: (out): return location for the number of months, 12
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Gets the periodised budget of @self for each month of @year, January
 * first: each line spread by its key with [func@Styr.budget_periodise],
 * then summed month by month. The months of each line sum exactly to its
 * annual amount.
 *
 * Fails with %STYR_ERROR_OVERFLOW when a sum does not fit a `gint64`,
 * and with %STYR_ERROR_NOT_FOUND when a line names a key the model of
 * @self does not have (it was set in another model).
 *
 * Returns: (transfer full) (array length=n_months) (nullable): twelve
 *   amounts in öre, or %NULL on error
 *
 * Since: 1.0
 */
gint64 *
styr_unit_dup_monthly_budget (StyrUnit    *self,
                              int          year,
                              const char  *category,
                              gsize       *n_months,
                              GError     **error)
{
  gint64 months[STYR_N_MONTHS];

  g_return_val_if_fail (STYR_IS_UNIT (self), NULL);
  g_return_val_if_fail (n_months != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  *n_months = 0;
  if (!sum_months (self, year, category, months, error))
    return NULL;

  *n_months = STYR_N_MONTHS;
  return g_memdup2 (months, sizeof months);
}

/**
 * styr_unit_get_periodised_budget:
 * @self: a [class@Styr.Unit]
 * @period: the report period
 * @category: (nullable): a cost category, or %NULL for all lines
 * @ore: (out): return location for the amount in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Gets the periodised budget of @self *cumulative from January* to the
 * end of @period, in the year of @period, as follow-up reports are: per
 * `2025-T1` January–April, per `2025-T2` January–August, per `2025` or
 * `2025-T3` the whole year, per `2025-05` January–May. The monthly
 * amounts are those of [method@Styr.Unit.dup_monthly_budget], so the
 * cumulative figure for the year is exactly the sum of the annual lines.
 *
 * Fails as [method@Styr.Unit.dup_monthly_budget] does; then @ore is 0.
 *
 * Returns: (skip): %TRUE if @ore holds the amount
 *
 * Since: 1.0
 */
gboolean
styr_unit_get_periodised_budget (StyrUnit          *self,
                                 const StyrPeriod  *period,
                                 const char        *category,
                                 gint64            *ore,
                                 GError           **error)
{
  gint64 months[STYR_N_MONTHS];
  gint64 sum = 0;
  int last;

  g_return_val_if_fail (STYR_IS_UNIT (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);
  g_return_val_if_fail (ore != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *ore = 0;
  if (!sum_months (self, styr_period_get_year (period), category, months, error))
    return FALSE;

  last = styr_period_get_last_month (period);
  if (!styr_money_sum (months, last, &sum, error))
    return FALSE;

  *ore = sum;
  return TRUE;
}
