/* styr-outcome.c — outcomes (*utfall*), account and object maps, the
 * municipality's result items, and the SIE and CSV outcome imports.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-outcome.h"
#include "styr-sie-private.h"

/*
 * Outcomes (*utfall*) are the actual amounts of the finance system, per
 * unit (*ansvar*), month and cost category (*kostnadsslag*), in the
 * accounting sign: debit positive, so costs are positive and income
 * negative, as SIE files carry them. They are many small facts: a unit
 * keeps them in one array of plain rows sorted by year, month and
 * category, and a model keeps its maps (accounts to categories, objects
 * to units), the budget and outcome of its result items and the outcome
 * rows it could not attribute (*omappat utfall*) as data of its own.
 *
 * ```python
 * model.map_object("1", "1100", model.lookup_unit("skola-norr"))
 * sie = Styr.SieFile.new_from_bytes(GLib.Bytes(data), "utfall.se")
 * result = model.import_sie(sie, Styr.Period.parse("2025-05"))
 * print(result.props.n_values, "rader,", result.props.unmapped_amount, "öre omappat")
 *
 * skola = model.lookup_unit("skola-norr")
 * ok, to_date = skola.get_outcome_to_date(Styr.Period.parse("2025-T2"), None)
 * ```
 */

#define MIN_YEAR 1
#define MAX_YEAR 9999
#define MAX_ACCOUNT_LENGTH 20

/* Year and month packed: 202505. Never 0 for a valid month. */
#define YM(y, m) ((guint) (y) * 100u + (guint) (m))
#define YM_YEAR(ym) ((int) ((ym) / 100u))
#define YM_MONTH(ym) ((int) ((ym) % 100u))

/* Checks ------------------------------------------------------------------ */

static gboolean
check_year_month (int      year,
                  int      month,
                  GError **error)
{
  if (!_styr_check_year (year, error))
    return FALSE;

  if (month < 1 || month > 12)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Månaden %d är ogiltig: en månad är 1–12"), month);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_item (StyrResultItem   item,
            GError         **error)
{
  if ((guint) item >= STYR_N_RESULT_ITEMS)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Okänd resultatpost %d"), (int) item);
      return FALSE;
    }

  return TRUE;
}

/* An account number: 1 … MAX_ACCOUNT_LENGTH ASCII digits. */
static gboolean
account_is_number (const char *account)
{
  gsize len;

  if (account == NULL)
    return FALSE;

  len = strlen (account);
  if (len == 0 || len > MAX_ACCOUNT_LENGTH)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (account[i]))
      return FALSE;

  return TRUE;
}

/* A dimension or object id as files carry them: non-empty UTF-8 without
 * control characters. */
static gboolean
text_is_id (const char *text)
{
  if (text == NULL || text[0] == '\0' || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* Result items ------------------------------------------------------------ */

static const char * const result_item_ids[STYR_N_RESULT_ITEMS] = {
  "skatteintakter",
  "generella-statsbidrag",
  "finansnetto",
  "ovrigt",
  "balanskravsjusteringar",
};

/**
 * styr_result_item_get_id:
 * @item: a result item
 *
 * Gets the id of @item as files write it: `skatteintakter`,
 * `generella-statsbidrag`, `finansnetto`, `ovrigt` or
 * `balanskravsjusteringar`.
 *
 * Returns: the id
 *
 * Since: 1.0
 */
const char *
styr_result_item_get_id (StyrResultItem item)
{
  g_return_val_if_fail ((guint) item < STYR_N_RESULT_ITEMS, NULL);

  return result_item_ids[item];
}

/**
 * styr_result_item_from_id:
 * @id: an id, e.g. `skatteintakter`
 * @item: (out) (optional): return location for the item
 *
 * Finds the result item whose id ([func@Styr.ResultItem.get_id]) is @id.
 *
 * Returns: %TRUE if @id names a result item
 *
 * Since: 1.0
 */
gboolean
styr_result_item_from_id (const char     *id,
                          StyrResultItem *item)
{
  for (guint i = 0; id != NULL && i < STYR_N_RESULT_ITEMS; i++)
    if (strcmp (id, result_item_ids[i]) == 0)
      {
        if (item != NULL)
          *item = (StyrResultItem) i;
        return TRUE;
      }

  return FALSE;
}

/* Sorted rows --------------------------------------------------------------- */

/* A binary search in @rows, sorted in the order of @compare, which
 * compares @key (first) with a row. Returns the position of the row equal
 * to @key and sets *@found, or returns where @key would go. */
static guint
search_rows (GArray           *rows,
             gconstpointer     key,
             GCompareDataFunc  compare,
             gpointer          data,
             gboolean         *found)
{
  gsize size = g_array_get_element_size (rows);
  guint lo = 0, hi = rows->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int c = compare (key, rows->data + mid * size, data);

      if (c == 0)
        {
          *found = TRUE;
          return mid;
        }
      if (c > 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  *found = FALSE;
  return lo;
}

/* Outcomes of a unit -------------------------------------------------------- */

typedef struct
{
  guint16 year;
  guint8  month;
  guint32 category;          /* index into UnitOutcomes.categories */
  gint64  ore;
} OutcomeRow;

struct _StyrUnitOutcomes
{
  GArray     *rows;          /* OutcomeRow, by year, month, category text */
  GPtrArray  *categories;    /* char *, each category once */
  GHashTable *index;         /* category (borrowed) → position + 1 */
};

typedef StyrUnitOutcomes UnitOutcomes;

void
_styr_unit_outcomes_free (StyrUnitOutcomes *uo)
{
  g_array_unref (uo->rows);
  g_hash_table_unref (uo->index);
  g_ptr_array_unref (uo->categories);
  g_free (uo);
}

static UnitOutcomes *
get_unit_outcomes (StyrUnit *unit,
                   gboolean  create)
{
  UnitOutcomes **slot = _styr_unit_outcomes_slot (unit);

  if (*slot == NULL && create)
    {
      UnitOutcomes *uo = g_new0 (UnitOutcomes, 1);

      uo->rows = g_array_new (FALSE, FALSE, sizeof (OutcomeRow));
      uo->categories = g_ptr_array_new_with_free_func (g_free);
      uo->index = g_hash_table_new (g_str_hash, g_str_equal);
      *slot = uo;
    }

  return *slot;
}

static int
find_category_index (UnitOutcomes *uo,
                     const char   *category)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (uo->index, category)) - 1;
}

static guint32
intern_category (UnitOutcomes *uo,
                 const char   *category)
{
  int index = find_category_index (uo, category);
  char *copy;

  if (index >= 0)
    return (guint32) index;

  copy = g_strdup (category);
  g_ptr_array_add (uo->categories, copy);
  g_hash_table_insert (uo->index, copy, GINT_TO_POINTER ((int) uo->categories->len));
  return uo->categories->len - 1;
}

static const char *
row_category (UnitOutcomes     *uo,
              const OutcomeRow *row)
{
  return g_ptr_array_index (uo->categories, row->category);
}

static int
compare_key (UnitOutcomes     *uo,
             int               year,
             int               month,
             const char       *category,
             const OutcomeRow *row)
{
  if (year != row->year)
    return year < row->year ? -1 : 1;
  if (month != row->month)
    return month < row->month ? -1 : 1;
  return strcmp (category, row_category (uo, row));
}

typedef struct
{
  int         year;
  int         month;
  const char *category;
} OutcomeSearch;

static int
compare_outcome_key (gconstpointer key,
                     gconstpointer row,
                     gpointer      uo)
{
  const OutcomeSearch *k = key;

  return compare_key (uo, k->year, k->month, k->category, row);
}

/* The position of (@year, @month, @category), or where it would go. */
static guint
find_outcome (UnitOutcomes *uo,
              int           year,
              int           month,
              const char   *category,
              gboolean     *found)
{
  OutcomeSearch key = { year, month, category };

  return search_rows (uo->rows, &key, compare_outcome_key, uo, found);
}

/* The first position whose (year, month) is at least @ym. */
static guint
lower_bound_month (UnitOutcomes *uo,
                   guint         ym)
{
  guint lo = 0, hi = uo->rows->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const OutcomeRow *row = &g_array_index (uo->rows, OutcomeRow, mid);

      if (YM (row->year, row->month) < ym)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/**
 * styr_unit_set_outcome:
 * @self: a [class@Styr.Unit], the *ansvar* the amount is booked on
 * @year: the year, 1 … 9999
 * @month: the month, 1 … 12
 * @category: the cost category (*kostnadsslag*), as for budget lines: an
 *   account of the Kommun-Bas chart such as `4010`, or a range of
 *   accounts such as `4000-4999` (see [method@Styr.Unit.set_budget])
 * @ore: the amount in öre, in the accounting sign: costs positive,
 *   income negative
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the outcome (*utfall*) of @self for a month and a cost category,
 * replacing the amount there was. Outcomes are usually imported
 * ([method@Styr.Model.import_sie], [method@Styr.Model.import_outcomes]);
 * this is the call for one amount.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT for a year or month out of
 * range or a malformed category. On failure nothing changes.
 *
 * Returns: %TRUE if the outcome was set
 *
 * Since: 1.0
 */
gboolean
styr_unit_set_outcome (StyrUnit    *self,
                       int          year,
                       int          month,
                       const char  *category,
                       gint64       ore,
                       GError     **error)
{
  g_return_val_if_fail (STYR_IS_UNIT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _styr_unit_add_outcome (self, year, month, category, ore, NULL, error);
}

/* styr_unit_set_outcome(), which also tells (@replaced) whether @self had
 * an outcome for the month and category: for the loader, which refuses
 * a row twice, without counting the rows before and after. */
gboolean
_styr_unit_add_outcome (StyrUnit    *self,
                        int          year,
                        int          month,
                        const char  *category,
                        gint64       ore,
                        gboolean    *replaced,
                        GError     **error)
{
  UnitOutcomes *uo;
  OutcomeRow row = { 0, };
  gboolean found;
  guint pos;

  if (replaced != NULL)
    *replaced = FALSE;

  if (!check_year_month (year, month, error) || !check_category (category, error))
    return FALSE;

  uo = get_unit_outcomes (self, TRUE);
  /* Files and imports give the rows in order: a row after the last one
   * goes at the end without a search. */
  if (uo->rows->len > 0 &&
      compare_key (uo, year, month, category,
                   &g_array_index (uo->rows, OutcomeRow, uo->rows->len - 1)) > 0)
    {
      pos = uo->rows->len;
      found = FALSE;
    }
  else
    pos = find_outcome (uo, year, month, category, &found);
  if (found)
    {
      g_array_index (uo->rows, OutcomeRow, pos).ore = ore;
      if (replaced != NULL)
        *replaced = TRUE;
      return TRUE;
    }

  row.year = (guint16) year;
  row.month = (guint8) month;
  row.category = intern_category (uo, category);
  row.ore = ore;
  g_array_insert_val (uo->rows, pos, row);

  return TRUE;
}

/**
 * styr_unit_remove_outcome:
 * @self: a [class@Styr.Unit]
 * @year: a year
 * @month: a month, 1 … 12
 * @category: a cost category as given to [method@Styr.Unit.set_outcome]
 *
 * Removes the outcome of @self for a month and a cost category.
 *
 * Returns: %TRUE if there was one
 *
 * Since: 1.0
 */
gboolean
styr_unit_remove_outcome (StyrUnit   *self,
                          int         year,
                          int         month,
                          const char *category)
{
  UnitOutcomes *uo;
  gboolean found;
  guint pos;

  g_return_val_if_fail (STYR_IS_UNIT (self), FALSE);
  g_return_val_if_fail (category != NULL, FALSE);

  uo = get_unit_outcomes (self, FALSE);
  if (uo == NULL)
    return FALSE;

  pos = find_outcome (uo, year, month, category, &found);
  if (found)
    g_array_remove_index (uo->rows, pos);

  return found;
}

/**
 * styr_unit_lookup_outcome:
 * @self: a [class@Styr.Unit]
 * @year: a year
 * @month: a month, 1 … 12
 * @category: a cost category as given to [method@Styr.Unit.set_outcome]
 * @ore: (out) (optional): return location for the amount in öre, 0 when
 *   there is none
 *
 * Looks up the outcome of @self for a month and a cost category. The
 * category is compared as written: an outcome on `4010` is not part of
 * one on `4000-4999`.
 *
 * Returns: %TRUE if there is such an outcome
 *
 * Since: 1.0
 */
gboolean
styr_unit_lookup_outcome (StyrUnit   *self,
                          int         year,
                          int         month,
                          const char *category,
                          gint64     *ore)
{
  UnitOutcomes *uo;
  gboolean found = FALSE;
  guint pos = 0;

  g_return_val_if_fail (STYR_IS_UNIT (self), FALSE);
  g_return_val_if_fail (category != NULL, FALSE);

  uo = get_unit_outcomes (self, FALSE);
  if (uo != NULL)
    pos = find_outcome (uo, year, month, category, &found);

  if (ore != NULL)
    *ore = found ? g_array_index (uo->rows, OutcomeRow, pos).ore : 0;

  return found;
}

/**
 * styr_unit_get_n_outcomes:
 * @self: a [class@Styr.Unit]
 *
 * Gets the number of outcome rows of @self, of all years.
 *
 * Returns: the number of rows
 *
 * Since: 1.0
 */
guint
styr_unit_get_n_outcomes (StyrUnit *self)
{
  UnitOutcomes *uo;

  g_return_val_if_fail (STYR_IS_UNIT (self), 0);

  uo = get_unit_outcomes (self, FALSE);
  return uo != NULL ? uo->rows->len : 0;
}

/**
 * styr_unit_get_outcome_row:
 * @self: a [class@Styr.Unit]
 * @position: a position below [method@Styr.Unit.get_n_outcomes]
 * @year: (out) (optional): return location for the year
 * @month: (out) (optional): return location for the month, 1 … 12
 * @category: (out) (optional) (transfer none): return location for the
 *   cost category
 * @ore: (out) (optional): return location for the amount in öre
 *
 * Gets the outcome row at @position: a bulk accessor for bindings and
 * writers. Rows are kept sorted by year, month and category (as text), so
 * positions change when rows are set or removed.
 *
 * Since: 1.0
 */
void
styr_unit_get_outcome_row (StyrUnit    *self,
                           guint        position,
                           int         *year,
                           int         *month,
                           const char **category,
                           gint64      *ore)
{
  UnitOutcomes *uo;
  const OutcomeRow *row;

  g_return_if_fail (STYR_IS_UNIT (self));
  g_return_if_fail (position < styr_unit_get_n_outcomes (self));

  uo = get_unit_outcomes (self, FALSE);
  row = &g_array_index (uo->rows, OutcomeRow, position);

  if (year != NULL)
    *year = row->year;
  if (month != NULL)
    *month = row->month;
  if (category != NULL)
    *category = row_category (uo, row);
  if (ore != NULL)
    *ore = row->ore;
}

/* Sums the outcomes of @self in the months @first … @last of @year. */
static gboolean
sum_outcomes (StyrUnit    *self,
              int          year,
              int          first,
              int          last,
              const char  *category,
              gint64      *ore,
              GError     **error)
{
  UnitOutcomes *uo = get_unit_outcomes (self, FALSE);
  gint64 sum = 0;
  int index = -1;
  guint lo, hi;

  *ore = 0;
  if (uo == NULL || year < MIN_YEAR || year > MAX_YEAR)
    return TRUE;

  if (category != NULL && (index = find_category_index (uo, category)) < 0)
    return TRUE;

  lo = lower_bound_month (uo, YM (year, first));
  hi = lower_bound_month (uo, YM (year, last + 1));
  for (guint i = lo; i < hi; i++)
    {
      const OutcomeRow *row = &g_array_index (uo->rows, OutcomeRow, i);

      if (index >= 0 && row->category != (guint32) index)
        continue;
      if (!styr_money_add (sum, row->ore, &sum, error))
        return FALSE;
    }

  *ore = sum;
  return TRUE;
}

/**
 * styr_unit_get_outcome:
 * @self: a [class@Styr.Unit]
 * @period: a period
 * @category: (nullable): a cost category, or %NULL for all categories
 * @ore: (out): return location for the sum in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sums the outcomes of @self over the months of @period only: per
 * `2025-T2` May–August, per `2025-05` May, per `2025` the whole year.
 * Follow-up reports are cumulative from January; for those use
 * [method@Styr.Unit.get_outcome_to_date]. A category is compared as
 * written, as in [method@Styr.Unit.lookup_outcome].
 *
 * Fails with %STYR_ERROR_OVERFLOW when the sum does not fit a `gint64`;
 * then @ore is 0.
 *
 * Returns: (skip): %TRUE if @ore holds the sum
 *
 * Since: 1.0
 */
gboolean
styr_unit_get_outcome (StyrUnit          *self,
                       const StyrPeriod  *period,
                       const char        *category,
                       gint64            *ore,
                       GError           **error)
{
  g_return_val_if_fail (STYR_IS_UNIT (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);
  g_return_val_if_fail (ore != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return sum_outcomes (self, styr_period_get_year (period),
                       styr_period_get_first_month (period),
                       styr_period_get_last_month (period),
                       category, ore, error);
}

/**
 * styr_unit_get_outcome_to_date:
 * @self: a [class@Styr.Unit]
 * @period: the report period
 * @category: (nullable): a cost category, or %NULL for all categories
 * @ore: (out): return location for the sum in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sums the outcomes of @self *cumulative from January* to the end of
 * @period, in the year of @period, as follow-up reports and
 * [method@Styr.Unit.get_periodised_budget] count: per `2025-T1`
 * January–April, per `2025-T2` January–August, per `2025-05`
 * January–May, per `2025` the whole year. The outcome *to date* of the
 * period's deviation (periodised budget − outcome) is this sum.
 *
 * Fails with %STYR_ERROR_OVERFLOW when the sum does not fit a `gint64`;
 * then @ore is 0.
 *
 * Returns: (skip): %TRUE if @ore holds the sum
 *
 * Since: 1.0
 */
gboolean
styr_unit_get_outcome_to_date (StyrUnit          *self,
                               const StyrPeriod  *period,
                               const char        *category,
                               gint64            *ore,
                               GError           **error)
{
  g_return_val_if_fail (STYR_IS_UNIT (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);
  g_return_val_if_fail (ore != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return sum_outcomes (self, styr_period_get_year (period), 1,
                       styr_period_get_last_month (period),
                       category, ore, error);
}

/* Model data --------------------------------------------------------------- */

typedef struct
{
  char *first;
  char *last;
  char *category;
} AccountRule;

typedef struct
{
  char     *dim;
  char     *object;
  StyrUnit *unit;            /* owned reference */
} ObjectMap;

typedef struct
{
  guint8  kind;              /* StyrResultRowKind */
  guint8  month;             /* 0 for a budget */
  guint8  item;              /* StyrResultItem */
  guint16 year;
  gint64  ore;
} ResultRow;

typedef struct
{
  guint16     year;
  guint8      month;
  const char *dim;           /* pooled, nullable */
  const char *object;        /* pooled, nullable */
  const char *account;       /* pooled */
  gint64      ore;
} UnmappedRow;

typedef struct
{
  GArray     *rules;         /* AccountRule, in order */
  GPtrArray  *objects;       /* ObjectMap *, in the order they were mapped */
  GHashTable *object_index;  /* object_key () → ObjectMap * */
  GArray     *results;       /* ResultRow, by kind, year, month, item */
  GArray     *unmapped;      /* UnmappedRow, by year, month, dim, object, account */
  GHashTable *pool;          /* the strings of unmapped rows, each once */
} ModelOutcomes;

static GQuark
model_outcomes_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("styr-model-outcomes");
  return quark;
}

static void
account_rule_clear (gpointer data)
{
  AccountRule *rule = data;

  g_free (rule->first);
  g_free (rule->last);
  g_free (rule->category);
}

static void
object_map_free (gpointer data)
{
  ObjectMap *map = data;

  g_free (map->dim);
  g_free (map->object);
  g_clear_object (&map->unit);
  g_free (map);
}

static void
model_outcomes_free (gpointer data)
{
  ModelOutcomes *mo = data;

  g_array_unref (mo->rules);
  g_hash_table_unref (mo->object_index);
  g_ptr_array_unref (mo->objects);
  g_array_unref (mo->results);
  g_array_unref (mo->unmapped);
  g_hash_table_unref (mo->pool);
  g_free (mo);
}

static ModelOutcomes *
get_model_outcomes (StyrModel *model,
                    gboolean   create)
{
  ModelOutcomes *mo = g_object_get_qdata (G_OBJECT (model), model_outcomes_quark ());

  if (mo == NULL && create)
    {
      mo = g_new0 (ModelOutcomes, 1);
      mo->rules = g_array_new (FALSE, TRUE, sizeof (AccountRule));
      g_array_set_clear_func (mo->rules, account_rule_clear);
      mo->objects = g_ptr_array_new_with_free_func (object_map_free);
      mo->object_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      mo->results = g_array_new (FALSE, FALSE, sizeof (ResultRow));
      mo->unmapped = g_array_new (FALSE, FALSE, sizeof (UnmappedRow));
      mo->pool = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_object_set_qdata_full (G_OBJECT (model), model_outcomes_quark (), mo,
                               model_outcomes_free);
    }

  return mo;
}

static const char *
pool_intern (ModelOutcomes *mo,
             const char    *text)
{
  char *pooled;

  if (text == NULL)
    return NULL;

  pooled = g_hash_table_lookup (mo->pool, text);
  if (pooled == NULL)
    {
      pooled = g_strdup (text);
      g_hash_table_add (mo->pool, pooled);
    }

  return pooled;
}

/* The account map --------------------------------------------------------- */

static const char * const class_ranges[] = {
  "3000-3999", "4000-4999", "5000-5999", "6000-6999", "7000-7999",
};

/* A bound of an account rule: 1–6 digits, the first 3 … 7. */
static gboolean
rule_bound_is_valid (const char *bound)
{
  gsize len;

  if (bound == NULL || (len = strlen (bound)) == 0 || len > 6 ||
      bound[0] < '3' || bound[0] > '7')
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (bound[i]))
      return FALSE;

  return TRUE;
}

static int
find_rule (ModelOutcomes *mo,
           const char    *first,
           const char    *last)
{
  for (guint i = 0; mo != NULL && i < mo->rules->len; i++)
    {
      AccountRule *rule = &g_array_index (mo->rules, AccountRule, i);

      if (strcmp (rule->first, first) == 0 && strcmp (rule->last, last) == 0)
        return (int) i;
    }

  return -1;
}

/**
 * styr_model_map_accounts:
 * @self: a [class@Styr.Model]
 * @first: the first account of the range, 1–6 digits, class 3 … 7
 * @last: the last account of the range, as many digits as @first and
 *   not before it
 * @category: the cost category the accounts go to, as budget lines write
 *   it ([method@Styr.Unit.set_budget]): `4000-4999`, `5010`, …
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Adds a rule to the account map of @self: outcome amounts on the
 * accounts from @first to @last go to @category
 * ([method@Styr.Model.map_account]). An account belongs to the range when
 * its first digits — as many as @first has — lie between @first and the
 * last account: the rule `4000`–`4999` takes `4010` and `40105`, the rule
 * `50`–`51` takes every account from `5000` to `5199`. Rules are tried
 * in the order they were added and the first that takes an account
 * wins; a rule for a range that already has one replaces its category in
 * place.
 *
 * A model without rules maps the accounts of classes 3–7 to their class
 * (`4010` to `4000-4999`); once it has a rule, accounts no rule takes are
 * unmapped.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT for malformed bounds or a
 * malformed category. On failure nothing changes.
 *
 * Returns: %TRUE if the rule was added or changed
 *
 * Since: 1.0
 */
gboolean
styr_model_map_accounts (StyrModel   *self,
                         const char  *first,
                         const char  *last,
                         const char  *category,
                         GError     **error)
{
  ModelOutcomes *mo;
  AccountRule rule;
  int index;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rule_bound_is_valid (first) || !rule_bound_is_valid (last) ||
      strlen (first) != strlen (last) || strcmp (first, last) > 0)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Ogiltigt kontointervall »%s«–»%s«: ange två konton i klass 3–7 med lika många siffror (1–6), det första inte efter det andra"),
                   first != NULL ? first : "", last != NULL ? last : "");
      return FALSE;
    }

  if (!check_category (category, error))
    return FALSE;

  mo = get_model_outcomes (self, TRUE);
  index = find_rule (mo, first, last);
  if (index >= 0)
    {
      AccountRule *old = &g_array_index (mo->rules, AccountRule, index);

      g_free (old->category);
      old->category = g_strdup (category);
      return TRUE;
    }

  rule.first = g_strdup (first);
  rule.last = g_strdup (last);
  rule.category = g_strdup (category);
  g_array_append_val (mo->rules, rule);

  return TRUE;
}

/**
 * styr_model_unmap_accounts:
 * @self: a [class@Styr.Model]
 * @first: the first account of a rule
 * @last: the last account of the rule
 *
 * Removes the rule for the range @first … @last from the account map of
 * @self. Outcomes already recorded keep their categories.
 *
 * Returns: %TRUE if there was such a rule
 *
 * Since: 1.0
 */
gboolean
styr_model_unmap_accounts (StyrModel  *self,
                           const char *first,
                           const char *last)
{
  ModelOutcomes *mo;
  int index;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (first != NULL, FALSE);
  g_return_val_if_fail (last != NULL, FALSE);

  mo = get_model_outcomes (self, FALSE);
  index = find_rule (mo, first, last);
  if (index < 0)
    return FALSE;

  g_array_remove_index (mo->rules, (guint) index);
  return TRUE;
}

/**
 * styr_model_get_n_account_rules:
 * @self: a [class@Styr.Model]
 *
 * Gets the number of rules of the account map of @self.
 *
 * Returns: the number of rules
 *
 * Since: 1.0
 */
guint
styr_model_get_n_account_rules (StyrModel *self)
{
  ModelOutcomes *mo;

  g_return_val_if_fail (STYR_IS_MODEL (self), 0);

  mo = get_model_outcomes (self, FALSE);
  return mo != NULL ? mo->rules->len : 0;
}

/**
 * styr_model_get_account_rule:
 * @self: a [class@Styr.Model]
 * @position: a position below [method@Styr.Model.get_n_account_rules]
 * @first: (out) (optional) (transfer none): return location for the
 *   first account of the range
 * @last: (out) (optional) (transfer none): return location for the last
 *   account of the range
 * @category: (out) (optional) (transfer none): return location for the
 *   cost category
 *
 * Gets the rule of the account map at @position, in the order the rules
 * are tried.
 *
 * Since: 1.0
 */
void
styr_model_get_account_rule (StyrModel   *self,
                             guint        position,
                             const char **first,
                             const char **last,
                             const char **category)
{
  const AccountRule *rule;

  g_return_if_fail (STYR_IS_MODEL (self));
  g_return_if_fail (position < styr_model_get_n_account_rules (self));

  rule = &g_array_index (get_model_outcomes (self, FALSE)->rules, AccountRule, position);
  if (first != NULL)
    *first = rule->first;
  if (last != NULL)
    *last = rule->last;
  if (category != NULL)
    *category = rule->category;
}

/**
 * styr_model_map_account:
 * @self: a [class@Styr.Model]
 * @account: an account number, e.g. `4010`
 *
 * Finds the cost category the outcome amounts on @account go to: the
 * category of the first rule of the account map that takes @account
 * ([method@Styr.Model.map_accounts]). A model without rules maps the
 * accounts of classes 3–7 (income and costs of the Kommun-Bas chart) to
 * their class, in the four-digit form: `4010` and `40105` go to
 * `4000-4999`.
 *
 * Accounts of classes 1 and 2 (the balance sheet) and 8 (the items of
 * the municipality's result, see [method@Styr.Model.map_result_account])
 * have no category.
 *
 * Returns: (nullable): the cost category, or %NULL when @account has none
 *
 * Since: 1.0
 */
const char *
styr_model_map_account (StyrModel  *self,
                        const char *account)
{
  ModelOutcomes *mo;
  gsize len;

  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);

  if (!account_is_number (account))
    return NULL;

  len = strlen (account);
  mo = get_model_outcomes (self, FALSE);
  if (mo == NULL || mo->rules->len == 0)
    return account[0] >= '3' && account[0] <= '7' ? class_ranges[account[0] - '3'] : NULL;

  for (guint i = 0; i < mo->rules->len; i++)
    {
      const AccountRule *rule = &g_array_index (mo->rules, AccountRule, i);
      gsize n = strlen (rule->first);

      if (len >= n &&
          strncmp (account, rule->first, n) >= 0 &&
          strncmp (account, rule->last, n) <= 0)
        return rule->category;
    }

  return NULL;
}

/**
 * styr_model_map_result_account:
 * @self: a [class@Styr.Model]
 * @account: an account number, e.g. `8010`
 * @item: (out) (optional): return location for the result item
 *
 * Finds the result item of the municipality that the amounts on an
 * account of class 8 go to, by the Kommun-Bas chart: accounts 80xx are
 * tax income (%STYR_RESULT_ITEM_TAX_INCOME), 82xx general state grants
 * and equalisation (%STYR_RESULT_ITEM_GENERAL_GRANTS), 84xx and 85xx
 * financial income and costs (%STYR_RESULT_ITEM_FINANCIAL_NET), and 81xx,
 * 83xx and 86xx–88xx the other items (%STYR_RESULT_ITEM_OTHER). Accounts
 * 89xx close the year's result against equity and are not a result item:
 * the SIE import counts them with the balance-sheet rows. The SIE
 * import negates
 * the accounting amount (credit negative) to get the item's contribution
 * to the result.
 *
 * Returns: %TRUE if @account is an account of class 8 with at least two
 *   digits, other than 89xx
 *
 * Since: 1.0
 */
gboolean
styr_model_map_result_account (StyrModel      *self,
                               const char     *account,
                               StyrResultItem *item)
{
  StyrResultItem found;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);

  if (!account_is_number (account) || account[0] != '8' || account[1] == '\0')
    return FALSE;

  if (account[1] == '9')
    return FALSE;           /* 89xx: the closing of the result, see above */

  switch (account[1])
    {
    case '0':
      found = STYR_RESULT_ITEM_TAX_INCOME;
      break;
    case '2':
      found = STYR_RESULT_ITEM_GENERAL_GRANTS;
      break;
    case '4':
    case '5':
      found = STYR_RESULT_ITEM_FINANCIAL_NET;
      break;
    default:
      found = STYR_RESULT_ITEM_OTHER;
      break;
    }

  if (item != NULL)
    *item = found;
  return TRUE;
}

/* The object map ---------------------------------------------------------- */

static char *
object_key (const char *dim,
            const char *object)
{
  return g_strdup_printf ("%" G_GSIZE_FORMAT ":%s%s", strlen (dim), dim, object);
}

/* Drops the maps whose unit has left the model. */
static void
prune_object_maps (StyrModel     *model,
                   ModelOutcomes *mo)
{
  for (guint i = mo->objects->len; i-- > 0;)
    {
      ObjectMap *map = g_ptr_array_index (mo->objects, i);

      if (styr_entity_get_model (STYR_ENTITY (map->unit)) != model)
        {
          g_autofree char *key = object_key (map->dim, map->object);

          g_hash_table_remove (mo->object_index, key);
          g_ptr_array_remove_index (mo->objects, i);
        }
    }
}

static ModelOutcomes *
get_object_maps (StyrModel *model)
{
  ModelOutcomes *mo = get_model_outcomes (model, FALSE);

  if (mo != NULL)
    prune_object_maps (model, mo);
  return mo;
}

static ObjectMap *
find_object_map (ModelOutcomes *mo,
                 const char    *dim,
                 const char    *object)
{
  g_autofree char *key = NULL;

  if (mo == NULL || dim == NULL || object == NULL)
    return NULL;

  key = object_key (dim, object);
  return g_hash_table_lookup (mo->object_index, key);
}

/**
 * styr_model_map_object:
 * @self: a [class@Styr.Model]
 * @dim: the dimension of the finance system, e.g. `1` (*kostnadsställe*
 *   or *ansvar* in SIE files)
 * @object: the id of an object of @dim, e.g. `1100`
 * @unit: (nullable): the unit of @self the object's amounts belong to,
 *   or %NULL to remove the object from the map
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Maps an object of the finance system to a unit: outcome amounts booked
 * on @object go to @unit. Several objects may go to one unit, and several
 * dimensions may be mapped; an amount booked on objects of more than one
 * mapped dimension goes by the first mapped object of its object list.
 * Mapping an object again changes its unit in place. A unit that leaves
 * the model leaves the map.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT when @dim or @object is empty
 * or holds control characters and with %STYR_ERROR_WRONG_MODEL when
 * @unit is not in @self. On failure nothing changes.
 *
 * Returns: %TRUE if the map was changed or the object was not mapped
 *
 * Since: 1.0
 */
gboolean
styr_model_map_object (StyrModel   *self,
                       const char  *dim,
                       const char  *object,
                       StyrUnit    *unit,
                       GError     **error)
{
  ModelOutcomes *mo;
  ObjectMap *map;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (unit == NULL || STYR_IS_UNIT (unit), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!text_is_id (dim) || !text_is_id (object))
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Ogiltigt objekt »%s« i dimension »%s«: dimension och objekt får inte vara tomma eller innehålla styrtecken"),
                   object != NULL ? object : "", dim != NULL ? dim : "");
      return FALSE;
    }

  if (unit != NULL && styr_entity_get_model (STYR_ENTITY (unit)) != self)
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (unit));

      g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL,
                   _("%s finns inte i modellen"), what);
      return FALSE;
    }

  mo = get_object_maps (self);
  map = find_object_map (mo, dim, object);

  if (unit == NULL)
    {
      if (map != NULL)
        {
          g_autofree char *key = object_key (dim, object);

          g_hash_table_remove (mo->object_index, key);
          g_ptr_array_remove (mo->objects, map);
        }
      return TRUE;
    }

  if (map != NULL)
    {
      g_set_object (&map->unit, unit);
      return TRUE;
    }

  mo = get_model_outcomes (self, TRUE);
  map = g_new0 (ObjectMap, 1);
  map->dim = g_strdup (dim);
  map->object = g_strdup (object);
  map->unit = g_object_ref (unit);
  g_ptr_array_add (mo->objects, map);
  g_hash_table_insert (mo->object_index, object_key (dim, object), map);

  return TRUE;
}

/**
 * styr_model_lookup_object_unit:
 * @self: a [class@Styr.Model]
 * @dim: a dimension, e.g. `1`
 * @object: an object id of @dim
 *
 * Finds the unit an object of the finance system is mapped to
 * ([method@Styr.Model.map_object]).
 *
 * Returns: (transfer none) (nullable): the unit, or %NULL when the
 *   object is not mapped
 *
 * Since: 1.0
 */
StyrUnit *
styr_model_lookup_object_unit (StyrModel  *self,
                               const char *dim,
                               const char *object)
{
  ObjectMap *map;

  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);

  /* Not pruning the whole map here: this is called once per row of an
   * import. A unit that left the model is not an answer. */
  map = find_object_map (get_model_outcomes (self, FALSE), dim, object);
  if (map == NULL || styr_entity_get_model (STYR_ENTITY (map->unit)) != self)
    return NULL;
  return map->unit;
}

/**
 * styr_model_get_n_object_maps:
 * @self: a [class@Styr.Model]
 *
 * Gets the number of mapped objects of @self.
 *
 * Returns: the number of objects
 *
 * Since: 1.0
 */
guint
styr_model_get_n_object_maps (StyrModel *self)
{
  ModelOutcomes *mo;

  g_return_val_if_fail (STYR_IS_MODEL (self), 0);

  mo = get_object_maps (self);
  return mo != NULL ? mo->objects->len : 0;
}

/**
 * styr_model_get_object_map:
 * @self: a [class@Styr.Model]
 * @position: a position below [method@Styr.Model.get_n_object_maps]
 * @dim: (out) (optional) (transfer none): return location for the
 *   dimension
 * @object: (out) (optional) (transfer none): return location for the
 *   object id
 * @unit: (out) (optional) (transfer none): return location for the unit
 *
 * Gets the mapped object at @position, in the order the objects were
 * mapped.
 *
 * Since: 1.0
 */
void
styr_model_get_object_map (StyrModel   *self,
                           guint        position,
                           const char **dim,
                           const char **object,
                           StyrUnit   **unit)
{
  const ObjectMap *map;

  g_return_if_fail (STYR_IS_MODEL (self));
  g_return_if_fail (position < styr_model_get_n_object_maps (self));

  map = g_ptr_array_index (get_model_outcomes (self, FALSE)->objects, position);
  if (dim != NULL)
    *dim = map->dim;
  if (object != NULL)
    *object = map->object;
  if (unit != NULL)
    *unit = map->unit;
}

/* Result items of the municipality ---------------------------------------- */

typedef struct
{
  guint kind;
  int   year;
  int   month;
  guint item;
} ResultSearch;

static int
compare_result_key (gconstpointer key,
                    gconstpointer element,
                    gpointer      data)
{
  const ResultSearch *k = key;
  const ResultRow *row = element;

  if (k->kind != row->kind)
    return k->kind < row->kind ? -1 : 1;
  if (k->year != row->year)
    return k->year < row->year ? -1 : 1;
  if (k->month != row->month)
    return k->month < row->month ? -1 : 1;
  if (k->item != row->item)
    return k->item < row->item ? -1 : 1;
  return 0;
}

static guint
find_result (GArray   *results,
             guint     kind,
             int       year,
             int       month,
             guint     item,
             gboolean *found)
{
  ResultSearch key = { kind, year, month, item };

  return search_rows (results, &key, compare_result_key, NULL, found);
}

static void
put_result (StyrModel *model,
            guint      kind,
            int        year,
            int        month,
            guint      item,
            gint64     ore)
{
  ModelOutcomes *mo = get_model_outcomes (model, TRUE);
  ResultRow row = { 0, };
  gboolean found;
  guint pos = find_result (mo->results, kind, year, month, item, &found);

  if (found)
    {
      g_array_index (mo->results, ResultRow, pos).ore = ore;
      return;
    }

  row.kind = (guint8) kind;
  row.year = (guint16) year;
  row.month = (guint8) month;
  row.item = (guint8) item;
  row.ore = ore;
  g_array_insert_val (mo->results, pos, row);
}

static gboolean
lookup_result (StyrModel *model,
               guint      kind,
               int        year,
               int        month,
               guint      item,
               gint64    *ore)
{
  ModelOutcomes *mo = get_model_outcomes (model, FALSE);
  gboolean found = FALSE;
  guint pos = 0;

  if (mo != NULL)
    pos = find_result (mo->results, kind, year, month, item, &found);
  if (ore != NULL)
    *ore = found ? g_array_index (mo->results, ResultRow, pos).ore : 0;

  return found;
}

static gboolean
remove_result (StyrModel *model,
               guint      kind,
               int        year,
               int        month,
               guint      item)
{
  ModelOutcomes *mo = get_model_outcomes (model, FALSE);
  gboolean found = FALSE;
  guint pos;

  if (mo == NULL)
    return FALSE;

  pos = find_result (mo->results, kind, year, month, item, &found);
  if (found)
    g_array_remove_index (mo->results, pos);

  return found;
}

/**
 * styr_model_set_result_budget:
 * @self: a [class@Styr.Model]
 * @year: the budget or plan year, 1 … 9999
 * @item: a result item
 * @ore: the budget of @item for @year in öre, as a contribution to the
 *   result: tax income positive, a net financial cost negative
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the budget of one of the municipality's result items for a year
 * (see [enum@Styr.ResultItem] for the sign).
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT for a year out of range or an
 * unknown item. On failure nothing changes.
 *
 * Returns: %TRUE if the budget was set
 *
 * Since: 1.0
 */
gboolean
styr_model_set_result_budget (StyrModel       *self,
                              int              year,
                              StyrResultItem   item,
                              gint64           ore,
                              GError         **error)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_check_year (year, error) || !check_item (item, error))
    return FALSE;

  put_result (self, STYR_RESULT_ROW_BUDGET, year, 0, item, ore);
  return TRUE;
}

/**
 * styr_model_lookup_result_budget:
 * @self: a [class@Styr.Model]
 * @year: a year
 * @item: a result item
 * @ore: (out) (optional): return location for the budget in öre, 0 when
 *   there is none
 *
 * Looks up the budget of a result item for a year.
 *
 * Returns: %TRUE if @self has a budget of @item for @year
 *
 * Since: 1.0
 */
gboolean
styr_model_lookup_result_budget (StyrModel      *self,
                                 int             year,
                                 StyrResultItem  item,
                                 gint64         *ore)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);

  return lookup_result (self, STYR_RESULT_ROW_BUDGET, year, 0, item, ore);
}

/**
 * styr_model_remove_result_budget:
 * @self: a [class@Styr.Model]
 * @year: a year
 * @item: a result item
 *
 * Removes the budget of a result item for a year.
 *
 * Returns: %TRUE if there was one
 *
 * Since: 1.0
 */
gboolean
styr_model_remove_result_budget (StyrModel      *self,
                                 int             year,
                                 StyrResultItem  item)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);

  return remove_result (self, STYR_RESULT_ROW_BUDGET, year, 0, item);
}

/**
 * styr_model_set_result_outcome:
 * @self: a [class@Styr.Model]
 * @year: the year, 1 … 9999
 * @month: the month, 1 … 12
 * @item: a result item
 * @ore: the outcome of @item for the month in öre, as a contribution to
 *   the result (see [enum@Styr.ResultItem])
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the outcome of one of the municipality's result items for a
 * month. [method@Styr.Model.import_sie] sets them from the accounts of
 * class 8.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT for a year or month out of
 * range or an unknown item. On failure nothing changes.
 *
 * Returns: %TRUE if the outcome was set
 *
 * Since: 1.0
 */
gboolean
styr_model_set_result_outcome (StyrModel       *self,
                               int              year,
                               int              month,
                               StyrResultItem   item,
                               gint64           ore,
                               GError         **error)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_year_month (year, month, error) || !check_item (item, error))
    return FALSE;

  put_result (self, STYR_RESULT_ROW_OUTCOME, year, month, item, ore);
  return TRUE;
}

/**
 * styr_model_lookup_result_outcome:
 * @self: a [class@Styr.Model]
 * @year: a year
 * @month: a month, 1 … 12
 * @item: a result item
 * @ore: (out) (optional): return location for the outcome in öre, 0 when
 *   there is none
 *
 * Looks up the outcome of a result item for a month.
 *
 * Returns: %TRUE if @self has an outcome of @item for the month
 *
 * Since: 1.0
 */
gboolean
styr_model_lookup_result_outcome (StyrModel      *self,
                                  int             year,
                                  int             month,
                                  StyrResultItem  item,
                                  gint64         *ore)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);

  if (month < 1 || month > 12)
    {
      if (ore != NULL)
        *ore = 0;
      return FALSE;
    }

  return lookup_result (self, STYR_RESULT_ROW_OUTCOME, year, month, item, ore);
}

/**
 * styr_model_remove_result_outcome:
 * @self: a [class@Styr.Model]
 * @year: a year
 * @month: a month, 1 … 12
 * @item: a result item
 *
 * Removes the outcome of a result item for a month.
 *
 * Returns: %TRUE if there was one
 *
 * Since: 1.0
 */
gboolean
styr_model_remove_result_outcome (StyrModel      *self,
                                  int             year,
                                  int             month,
                                  StyrResultItem  item)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);

  if (month < 1 || month > 12)
    return FALSE;

  return remove_result (self, STYR_RESULT_ROW_OUTCOME, year, month, item);
}

static gboolean
sum_result_outcomes (StyrModel       *model,
                     int              year,
                     int              first,
                     int              last,
                     StyrResultItem   item,
                     gint64          *ore,
                     GError         **error)
{
  ModelOutcomes *mo = get_model_outcomes (model, FALSE);
  gint64 sum = 0;
  gboolean found;
  guint pos;

  *ore = 0;
  if (!check_item (item, error))
    return FALSE;
  if (mo == NULL)
    return TRUE;

  pos = find_result (mo->results, STYR_RESULT_ROW_OUTCOME, year, first, 0, &found);
  for (; pos < mo->results->len; pos++)
    {
      const ResultRow *row = &g_array_index (mo->results, ResultRow, pos);

      if (row->year != year || row->month > last)
        break;
      if (row->item == (guint8) item &&
          !styr_money_add (sum, row->ore, &sum, error))
        return FALSE;
    }

  *ore = sum;
  return TRUE;
}

/**
 * styr_model_get_result_outcome:
 * @self: a [class@Styr.Model]
 * @period: a period
 * @item: a result item
 * @ore: (out): return location for the sum in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sums the outcomes of a result item over the months of @period only
 * (per `2025-T2` May–August). For the cumulative figure of a follow-up
 * report use [method@Styr.Model.get_result_outcome_to_date].
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT for an unknown item and with
 * %STYR_ERROR_OVERFLOW when the sum does not fit a `gint64`; then @ore
 * is 0.
 *
 * Returns: (skip): %TRUE if @ore holds the sum
 *
 * Since: 1.0
 */
gboolean
styr_model_get_result_outcome (StyrModel         *self,
                               const StyrPeriod  *period,
                               StyrResultItem     item,
                               gint64            *ore,
                               GError           **error)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);
  g_return_val_if_fail (ore != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return sum_result_outcomes (self, styr_period_get_year (period),
                              styr_period_get_first_month (period),
                              styr_period_get_last_month (period),
                              item, ore, error);
}

/**
 * styr_model_get_result_outcome_to_date:
 * @self: a [class@Styr.Model]
 * @period: the report period
 * @item: a result item
 * @ore: (out): return location for the sum in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sums the outcomes of a result item *cumulative from January* to the
 * end of @period, in the year of @period, as
 * [method@Styr.Unit.get_outcome_to_date] does for units.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT for an unknown item and with
 * %STYR_ERROR_OVERFLOW when the sum does not fit a `gint64`; then @ore
 * is 0.
 *
 * Returns: (skip): %TRUE if @ore holds the sum
 *
 * Since: 1.0
 */
gboolean
styr_model_get_result_outcome_to_date (StyrModel         *self,
                                       const StyrPeriod  *period,
                                       StyrResultItem     item,
                                       gint64            *ore,
                                       GError           **error)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);
  g_return_val_if_fail (ore != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return sum_result_outcomes (self, styr_period_get_year (period), 1,
                              styr_period_get_last_month (period),
                              item, ore, error);
}

/**
 * styr_model_get_n_result_rows:
 * @self: a [class@Styr.Model]
 *
 * Gets the number of result item rows of @self: budgets and monthly
 * outcomes together.
 *
 * Returns: the number of rows
 *
 * Since: 1.0
 */
guint
styr_model_get_n_result_rows (StyrModel *self)
{
  ModelOutcomes *mo;

  g_return_val_if_fail (STYR_IS_MODEL (self), 0);

  mo = get_model_outcomes (self, FALSE);
  return mo != NULL ? mo->results->len : 0;
}

/**
 * styr_model_get_result_row:
 * @self: a [class@Styr.Model]
 * @position: a position below [method@Styr.Model.get_n_result_rows]
 * @kind: (out) (optional): return location for the kind of row: a budget
 *   or an outcome
 * @year: (out) (optional): return location for the year
 * @month: (out) (optional): return location for the month, 1 … 12 for an
 *   outcome, 0 for a budget
 * @item: (out) (optional): return location for the result item
 * @ore: (out) (optional): return location for the amount in öre
 *
 * Gets the result item row at @position: a bulk accessor for bindings
 * and writers. The rows are sorted: every budget
 * ([method@Styr.Model.set_result_budget]) first, by year and item, then
 * every outcome ([method@Styr.Model.set_result_outcome]) by year, month
 * and item.
 *
 * Since: 1.0
 */
void
styr_model_get_result_row (StyrModel         *self,
                           guint              position,
                           StyrResultRowKind *kind,
                           int               *year,
                           int               *month,
                           StyrResultItem    *item,
                           gint64            *ore)
{
  const ResultRow *row;

  g_return_if_fail (STYR_IS_MODEL (self));
  g_return_if_fail (position < styr_model_get_n_result_rows (self));

  row = &g_array_index (get_model_outcomes (self, FALSE)->results, ResultRow, position);
  if (kind != NULL)
    *kind = (StyrResultRowKind) row->kind;
  if (year != NULL)
    *year = row->year;
  if (month != NULL)
    *month = row->month;
  if (item != NULL)
    *item = (StyrResultItem) row->item;
  if (ore != NULL)
    *ore = row->ore;
}

/* Unmapped outcomes -------------------------------------------------------- */

static int
strcmp_null (const char *a,
             const char *b)
{
  if (a == NULL || b == NULL)
    return a == b ? 0 : (a == NULL ? -1 : 1);
  return strcmp (a, b);
}

static int
compare_unmapped (const UnmappedRow *a,
                  const UnmappedRow *b)
{
  int c;

  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  if ((c = strcmp_null (a->dim, b->dim)) != 0)
    return c;
  if ((c = strcmp_null (a->object, b->object)) != 0)
    return c;
  return strcmp (a->account, b->account);
}

static int
compare_unmapped_func (gconstpointer a,
                       gconstpointer b,
                       gpointer      data)
{
  return compare_unmapped (a, b);
}

static guint
find_unmapped (GArray            *rows,
               const UnmappedRow *key,
               gboolean          *found)
{
  return search_rows (rows, key, compare_unmapped_func, NULL, found);
}

/**
 * styr_model_get_n_unmapped_outcomes:
 * @self: a [class@Styr.Model]
 *
 * Gets the number of unmapped outcome rows of @self: amounts an import
 * read but could not attribute to a unit and a cost category.
 *
 * Returns: the number of rows
 *
 * Since: 1.0
 */
guint
styr_model_get_n_unmapped_outcomes (StyrModel *self)
{
  ModelOutcomes *mo;

  g_return_val_if_fail (STYR_IS_MODEL (self), 0);

  mo = get_model_outcomes (self, FALSE);
  return mo != NULL ? mo->unmapped->len : 0;
}

/**
 * styr_model_get_unmapped_outcome:
 * @self: a [class@Styr.Model]
 * @position: a position below [method@Styr.Model.get_n_unmapped_outcomes]
 * @year: (out) (optional): return location for the year
 * @month: (out) (optional): return location for the month, 1 … 12
 * @dim: (out) (optional) (nullable) (transfer none): return location for
 *   the dimension of the object the amount is booked on, %NULL when it
 *   has no object of a mapped dimension
 * @object: (out) (optional) (nullable) (transfer none): return location
 *   for the object id, %NULL with @dim
 * @account: (out) (optional) (transfer none): return location for the
 *   account
 * @ore: (out) (optional): return location for the amount in öre, in the
 *   accounting sign
 *
 * Gets the unmapped outcome row at @position. The rows are sorted by
 * year, month, dimension, object and account, rows without an object
 * first. The row's object, when it has one, is the first mapped object
 * of the amount's object list, else its first object of a mapped
 * dimension. An object without a unit is an unmapped object
 * ([method@Styr.Model.map_object]); an object with a unit means the
 * account has no cost category ([method@Styr.Model.map_accounts]); a row
 * without an object has no object of a mapped dimension, or an account
 * without a category.
 *
 * Since: 1.0
 */
void
styr_model_get_unmapped_outcome (StyrModel   *self,
                                 guint        position,
                                 int         *year,
                                 int         *month,
                                 const char **dim,
                                 const char **object,
                                 const char **account,
                                 gint64      *ore)
{
  const UnmappedRow *row;

  g_return_if_fail (STYR_IS_MODEL (self));
  g_return_if_fail (position < styr_model_get_n_unmapped_outcomes (self));

  row = &g_array_index (get_model_outcomes (self, FALSE)->unmapped, UnmappedRow, position);
  if (year != NULL)
    *year = row->year;
  if (month != NULL)
    *month = row->month;
  if (dim != NULL)
    *dim = row->dim;
  if (object != NULL)
    *object = row->object;
  if (account != NULL)
    *account = row->account;
  if (ore != NULL)
    *ore = row->ore;
}

/**
 * styr_model_add_unmapped_outcome:
 * @self: a [class@Styr.Model]
 * @year: the year, 1 … 9999
 * @month: the month, 1 … 12
 * @dim: (nullable): the dimension of the object, or %NULL for an amount
 *   without an object
 * @object: (nullable): the object id, %NULL exactly when @dim is
 * @account: the account, digits only
 * @ore: the amount in öre, in the accounting sign
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Adds an unmapped outcome row to @self, as a loader reading a saved
 * model does; imports make them themselves. An amount for a row @self
 * already has (the same month, object and account) is added to it.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT for a year or month out of
 * range, an account that is not a number, a dimension without an object
 * or the other way round, or ids with control characters, and with
 * %STYR_ERROR_OVERFLOW when the sum does not fit a `gint64`. On failure
 * nothing changes.
 *
 * Returns: %TRUE if the row was added
 *
 * Since: 1.0
 */
gboolean
styr_model_add_unmapped_outcome (StyrModel   *self,
                                 int          year,
                                 int          month,
                                 const char  *dim,
                                 const char  *object,
                                 const char  *account,
                                 gint64       ore,
                                 GError     **error)
{
  ModelOutcomes *mo;
  UnmappedRow key = { 0, };
  gboolean found;
  guint pos;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_year_month (year, month, error))
    return FALSE;

  if (!account_is_number (account))
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Ogiltigt konto »%s«: ett konto är 1–%d siffror"),
                   account != NULL ? account : "", MAX_ACCOUNT_LENGTH);
      return FALSE;
    }

  if ((dim == NULL) != (object == NULL) ||
      (dim != NULL && (!text_is_id (dim) || !text_is_id (object))))
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Ogiltigt objekt »%s« i dimension »%s«: ange både dimension och objekt, eller ingetdera, utan styrtecken"),
                   object != NULL ? object : "", dim != NULL ? dim : "");
      return FALSE;
    }

  mo = get_model_outcomes (self, TRUE);
  key.year = (guint16) year;
  key.month = (guint8) month;
  key.dim = dim;
  key.object = object;
  key.account = account;
  pos = find_unmapped (mo->unmapped, &key, &found);
  if (found)
    {
      UnmappedRow *row = &g_array_index (mo->unmapped, UnmappedRow, pos);
      gint64 sum;

      if (!styr_money_add (row->ore, ore, &sum, error))
        return FALSE;
      row->ore = sum;
      return TRUE;
    }

  key.dim = pool_intern (mo, dim);
  key.object = pool_intern (mo, object);
  key.account = pool_intern (mo, account);
  key.ore = ore;
  g_array_insert_val (mo->unmapped, pos, key);

  return TRUE;
}

/**
 * styr_model_clear_unmapped_outcomes:
 * @self: a [class@Styr.Model]
 * @year: a year
 * @month: a month, 1 … 12
 *
 * Removes every unmapped outcome row of @self for a month, e.g. after
 * the amounts were booked again on mapped objects.
 *
 * Returns: the number of rows removed
 *
 * Since: 1.0
 */
guint
styr_model_clear_unmapped_outcomes (StyrModel *self,
                                    int        year,
                                    int        month)
{
  ModelOutcomes *mo;
  guint lo = 0, hi;

  g_return_val_if_fail (STYR_IS_MODEL (self), 0);

  mo = get_model_outcomes (self, FALSE);
  if (mo == NULL || year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12)
    return 0;

  while (lo < mo->unmapped->len &&
         YM (g_array_index (mo->unmapped, UnmappedRow, lo).year,
             g_array_index (mo->unmapped, UnmappedRow, lo).month) < YM (year, month))
    lo++;
  hi = lo;
  while (hi < mo->unmapped->len &&
         YM (g_array_index (mo->unmapped, UnmappedRow, hi).year,
             g_array_index (mo->unmapped, UnmappedRow, hi).month) == YM (year, month))
    hi++;

  if (hi > lo)
    g_array_remove_range (mo->unmapped, lo, hi - lo);

  return hi - lo;
}

/* Staging of imports --------------------------------------------------------
 *
 * An import reads its whole input into a Stage first: sums per (unit,
 * month, category), per (month, result item) and per unmapped (month,
 * object, account), and the months it covers. Only when everything is
 * read and checked does stage_apply() touch the model; it cannot fail.
 */

typedef struct
{
  StyrUnit   *unit;
  guint       ym;
  const char *category;      /* borrowed: a rule's, a default or the input's */
} OutcomeKey;

/* A staged sum of a unit, month and category; allocated in slabs. */
typedef struct
{
  OutcomeKey key;            /* first: the table's key */
  gint64     sum;
} OutcomeSum;

#define OUTCOME_SLAB 1024

typedef struct
{
  guint       ym;
  const char *dim;           /* borrowed, nullable */
  const char *object;        /* borrowed, nullable */
  const char *account;       /* borrowed */
} UnmappedKey;

typedef struct
{
  char        kind;          /* 'o', 'a' or 'n': see stage_unmapped () */
  char       *key;
  char       *dim;
  char       *object;
  char       *account;       /* for an account group */
  gint64      amount;
  GPtrArray  *units;         /* StyrEntity, unowned */
} UnmappedGroup;

typedef struct
{
  StyrModel  *model;
  GHashTable *months;        /* ym → ym, the months replaced */
  GHashTable *outcomes;      /* set of OutcomeSum *, by OutcomeKey */
  GPtrArray  *slabs;         /* OutcomeSum[OUTCOME_SLAB] */
  guint       slab_used;     /* in the last slab */
  GHashTable *results;       /* ym * 8 + item → gint64 * */
  GHashTable *unmapped;      /* UnmappedKey * → gint64 * */
  GPtrArray  *groups;        /* UnmappedGroup *, in order of appearance */
  GHashTable *group_index;   /* key → UnmappedGroup * */
  GStringChunk *strings;     /* copies of borrowed strings that need them */
  gint64      unmapped_amount;
  guint       n_balance_rows;
  gboolean    clear_results; /* replace result outcomes of the months */
  /* Sums of (month slot, category, unit) the SIE import keeps in an
   * array instead of in outcomes; NULL when it does not. */
  gint64     *dense;
  guint8     *dense_used;
  guint       n_dense_slots;
  guint       n_dense_categories;
  guint       n_dense_units;
  guint      *dense_ym;          /* by slot */
  GPtrArray  *dense_units;       /* StyrUnit *, unowned, by unit index */
  GPtrArray  *dense_categories;  /* const char *, by category index */
} Stage;

static guint
outcome_key_hash (gconstpointer data)
{
  const OutcomeKey *k = data;

  return g_direct_hash (k->unit) ^ (k->ym * 2654435761u) ^ g_str_hash (k->category);
}

static gboolean
outcome_key_equal (gconstpointer a,
                   gconstpointer b)
{
  const OutcomeKey *ka = a, *kb = b;

  return ka->unit == kb->unit && ka->ym == kb->ym && strcmp (ka->category, kb->category) == 0;
}

static guint
unmapped_key_hash (gconstpointer data)
{
  const UnmappedKey *k = data;
  guint h = k->ym * 2654435761u ^ g_str_hash (k->account);

  if (k->dim != NULL)
    h ^= g_str_hash (k->dim) * 31u + g_str_hash (k->object);
  return h;
}

static gboolean
unmapped_key_equal (gconstpointer a,
                    gconstpointer b)
{
  const UnmappedKey *ka = a, *kb = b;

  return ka->ym == kb->ym && strcmp (ka->account, kb->account) == 0 &&
         strcmp_null (ka->dim, kb->dim) == 0 && strcmp_null (ka->object, kb->object) == 0;
}

static void
unmapped_group_free (gpointer data)
{
  UnmappedGroup *g = data;

  g_free (g->key);
  g_free (g->dim);
  g_free (g->object);
  g_free (g->account);
  g_ptr_array_unref (g->units);
  g_free (g);
}

static void
stage_init (Stage     *stage,
            StyrModel *model)
{
  memset (stage, 0, sizeof *stage);
  stage->model = model;
  stage->months = g_hash_table_new (g_direct_hash, g_direct_equal);
  stage->outcomes = g_hash_table_new (outcome_key_hash, outcome_key_equal);
  stage->slabs = g_ptr_array_new_with_free_func (g_free);
  stage->results = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  stage->unmapped = g_hash_table_new_full (unmapped_key_hash, unmapped_key_equal, g_free, g_free);
  stage->groups = g_ptr_array_new_with_free_func (unmapped_group_free);
  stage->group_index = g_hash_table_new (g_str_hash, g_str_equal);
  stage->strings = g_string_chunk_new (4096);
}

static void
stage_clear (Stage *stage)
{
  g_clear_pointer (&stage->months, g_hash_table_unref);
  g_clear_pointer (&stage->outcomes, g_hash_table_unref);
  g_clear_pointer (&stage->slabs, g_ptr_array_unref);
  g_clear_pointer (&stage->results, g_hash_table_unref);
  g_clear_pointer (&stage->unmapped, g_hash_table_unref);
  g_clear_pointer (&stage->group_index, g_hash_table_unref);
  g_clear_pointer (&stage->groups, g_ptr_array_unref);
  g_clear_pointer (&stage->strings, g_string_chunk_free);
  g_clear_pointer (&stage->dense, g_free);
  g_clear_pointer (&stage->dense_used, g_free);
  g_clear_pointer (&stage->dense_ym, g_free);
  g_clear_pointer (&stage->dense_units, g_ptr_array_unref);
  g_clear_pointer (&stage->dense_categories, g_ptr_array_unref);
}

static gboolean
stage_has_month (Stage *stage,
                 guint  ym)
{
  return g_hash_table_contains (stage->months, GUINT_TO_POINTER (ym));
}

static gboolean
add_to (GHashTable  *table,
        gpointer     key,
        gsize        key_size,
        gint64       amount,
        GError     **error)
{
  gint64 *sum = g_hash_table_lookup (table, key);

  if (sum == NULL)
    {
      sum = g_new0 (gint64, 1);
      g_hash_table_insert (table, g_memdup2 (key, key_size), sum);
    }

  return styr_money_add (*sum, amount, sum, error);
}

/* The stage's sum of (@unit, @ym, @category), created at 0. */
static gint64 *
stage_outcome_sum (Stage      *stage,
                   StyrUnit   *unit,
                   guint       ym,
                   const char *category)
{
  OutcomeKey key = { unit, ym, category };
  OutcomeSum *e = g_hash_table_lookup (stage->outcomes, &key);

  if (e == NULL)
    {
      OutcomeSum *slab = stage->slabs->len > 0 ?
        g_ptr_array_index (stage->slabs, stage->slabs->len - 1) : NULL;

      if (slab == NULL || stage->slab_used == OUTCOME_SLAB)
        {
          slab = g_new (OutcomeSum, OUTCOME_SLAB);
          g_ptr_array_add (stage->slabs, slab);
          stage->slab_used = 0;
        }
      e = &slab[stage->slab_used++];
      e->key = key;
      e->sum = 0;
      g_hash_table_add (stage->outcomes, e);
    }
  return &e->sum;
}

static gboolean
stage_outcome (Stage       *stage,
               StyrUnit    *unit,
               guint        ym,
               const char  *category,
               gint64       amount,
               GError     **error)
{
  gint64 *sum = stage_outcome_sum (stage, unit, ym, category);

  return styr_money_add (*sum, amount, sum, error);
}

static gboolean
stage_result (Stage           *stage,
              guint            ym,
              StyrResultItem   item,
              gint64           amount,
              GError         **error)
{
  gpointer key = GUINT_TO_POINTER (ym * 8u + (guint) item);
  gint64 *sum = g_hash_table_lookup (stage->results, key);

  if (sum == NULL)
    {
      sum = g_new0 (gint64, 1);
      g_hash_table_insert (stage->results, key, sum);
    }

  /* A contribution to the result: the accounting amount negated. */
  return styr_money_subtract (*sum, amount, sum, error);
}

/* Records an amount that has no unit or no category. @dim and @object
 * name the object the amount was attributed by: a mapped object (then
 * @unit is its unit and the account has no category), an object of a
 * mapped dimension without a unit, or none (both NULL). */
static gboolean
stage_unmapped (Stage       *stage,
                guint        ym,
                const char  *dim,
                const char  *object,
                const char  *account,
                StyrUnit    *unit,
                gint64       amount,
                GError     **error)
{
  UnmappedKey key = { ym, dim, object, account };
  g_autofree char *group_key = NULL;
  UnmappedGroup *g;
  char kind;

  if (!add_to (stage->unmapped, &key, sizeof key, amount, error) ||
      !styr_money_add (stage->unmapped_amount, amount, &stage->unmapped_amount, error))
    return FALSE;

  /* One finding per object without a unit ('o'), per account without a
   * category ('a'), and per account of amounts without an object of a
   * mapped dimension ('n'). */
  if (unit == NULL && dim != NULL)
    {
      kind = 'o';
      group_key = g_strdup_printf ("o%" G_GSIZE_FORMAT ":%s%s", strlen (dim), dim, object);
    }
  else
    {
      kind = styr_model_map_account (stage->model, account) == NULL ? 'a' : 'n';
      group_key = g_strdup_printf ("%c%s", kind, account);
    }

  g = g_hash_table_lookup (stage->group_index, group_key);
  if (g == NULL)
    {
      g = g_new0 (UnmappedGroup, 1);
      g->kind = kind;
      g->key = g_steal_pointer (&group_key);
      g->dim = kind == 'o' ? g_strdup (dim) : NULL;
      g->object = kind == 'o' ? g_strdup (object) : NULL;
      g->account = kind != 'o' ? g_strdup (account) : NULL;
      g->units = g_ptr_array_new ();
      g_ptr_array_add (stage->groups, g);
      g_hash_table_insert (stage->group_index, g->key, g);
    }

  if (unit != NULL && !g_ptr_array_find (g->units, unit, NULL))
    g_ptr_array_add (g->units, unit);

  return styr_money_add (g->amount, amount, &g->amount, error);
}

static StyrFinding *
group_finding (UnmappedGroup *g)
{
  g_autofree char *amount = styr_money_format (g->amount, STYR_MONEY_UNIT_KR, 2);
  g_autofree char *message = NULL;

  switch (g->kind)
    {
    case 'o':
      message = g_strdup_printf (_("Objektet %s i dimension %s har ingen enhet i objektkartan: %s förs som omappat utfall"),
                                 g->object, g->dim, amount);
      break;
    case 'a':
      message = g_strdup_printf (_("Kontot %s har inget kostnadsslag i kontokartan: %s förs som omappat utfall"),
                                 g->account, amount);
      break;
    default:
      message = g_strdup_printf (_("Kontot %s: %s är bokfört utan objekt i en mappad dimension och förs som omappat utfall"),
                                 g->account, amount);
      break;
    }

  return styr_finding_new (STYR_SEVERITY_WARNING, STYR_FINDING_UTFALL_OMAPPAT, message,
                           (StyrEntity **) g->units->pdata, g->units->len);
}

typedef struct
{
  OutcomeKey key;
  gint64     ore;
} StagedOutcome;

static int compare_rows_ranked (gconstpointer a,
                                gconstpointer b,
                                gpointer      data);

/* Sorts @rows, whose first @n_sorted are sorted already, as
 * compare_rows_ranked () orders with @rank: sorts the rest (unless it is
 * in order, as the SIE import stages it) and merges the two. */
static void
merge_staged_rows (GArray        *rows,
                   guint          n_sorted,
                   const guint32 *rank)
{
  OutcomeRow *all = (OutcomeRow *) (void *) rows->data;
  OutcomeRow *rest = all + n_sorted;
  guint n_rest = rows->len - n_sorted;
  g_autofree OutcomeRow *head = NULL;
  guint i = 0, j = 0, w = 0;
  gboolean in_order = TRUE;

  for (guint k = 1; k < n_rest && in_order; k++)
    in_order = compare_rows_ranked (&rest[k - 1], &rest[k], (gpointer) rank) <= 0;
  if (!in_order)
    g_qsort_with_data (rest, (gint) n_rest, sizeof (OutcomeRow), compare_rows_ranked,
                       (gpointer) rank);

  if (n_sorted == 0 ||
      compare_rows_ranked (&all[n_sorted - 1], &rest[0], (gpointer) rank) <= 0)
    return;

  /* The sorted head is copied out; the merge writes from the front,
   * never past the rest it still reads. Equal rows keep the head's
   * first, as a stable sort would. */
  head = g_memdup2 (all, n_sorted * sizeof (OutcomeRow));
  while (i < n_sorted && j < n_rest)
    {
      if (compare_rows_ranked (&rest[j], &head[i], (gpointer) rank) < 0)
        all[w++] = rest[j++];
      else
        all[w++] = head[i++];
    }
  while (i < n_sorted)
    all[w++] = head[i++];
}

static int
compare_category_order (gconstpointer a,
                        gconstpointer b,
                        gpointer      data)
{
  UnitOutcomes *uo = data;

  return strcmp (g_ptr_array_index (uo->categories, *(const guint32 *) a),
                 g_ptr_array_index (uo->categories, *(const guint32 *) b));
}

/* The order of compare_key (): year, month and category text, with
 * the categories' ranks in text order (@data) for their texts. */
static int
compare_rows_ranked (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  const OutcomeRow *ra = a, *rb = b;
  const guint32 *rank = data;

  if (ra->year != rb->year)
    return ra->year < rb->year ? -1 : 1;
  if (ra->month != rb->month)
    return ra->month < rb->month ? -1 : 1;
  if (rank[ra->category] != rank[rb->category])
    return rank[ra->category] < rank[rb->category] ? -1 : 1;
  return 0;
}

/* Replaces the rows of @unit in the staged months with the @n_staged
 * rows of @staged. Returns the number of rows removed. */
static guint
replace_unit_months (Stage               *stage,
                     StyrUnit            *unit,
                     const StagedOutcome *staged,
                     guint                n_staged)
{
  UnitOutcomes *uo = get_unit_outcomes (unit, n_staged > 0);
  guint removed = 0;
  guint kept = 0;
  guint last_ym = 0;
  guint old_len;
  gboolean last_staged = FALSE;
  const char *cache_key[64] = { NULL, };   /* by the pointer's top 6 bits of hash */
  guint32 cache_index[64] = { 0, };

  if (uo == NULL)
    return 0;

  /* The rows are sorted by month: the month of the row before is
   * looked up once. */
  for (guint i = 0; i < uo->rows->len; i++)
    {
      OutcomeRow *row = &g_array_index (uo->rows, OutcomeRow, i);
      guint ym = YM (row->year, row->month);

      if (ym != last_ym)
        {
          last_ym = ym;
          last_staged = stage_has_month (stage, ym);
        }
      /* A row that stays where it is is not written: after a fork
       * (a spawned program) every page written is copied. */
      if (last_staged)
        removed++;
      else if (kept++ != i)
        g_array_index (uo->rows, OutcomeRow, kept - 1) = *row;
    }
  old_len = uo->rows->len;
  if (old_len != kept + n_staged)
    g_array_set_size (uo->rows, kept + n_staged);

  /* The staged rows follow the kept rows, which stay sorted. A staged
   * category is mostly the same text (the same pointer) as one a few
   * rows before: a small cache by pointer spares the lookup by text. */
  for (guint i = 0; i < n_staged; i++)
    {
      const StagedOutcome *s = &staged[i];
      OutcomeRow row = { 0, };
      guint c = (guint) (((guint64) (guintptr) s->key.category *
                          G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> 58);

      row.year = (guint16) YM_YEAR (s->key.ym);
      row.month = (guint8) YM_MONTH (s->key.ym);
      if (cache_key[c] != s->key.category)
        {
          cache_key[c] = s->key.category;
          cache_index[c] = intern_category (uo, s->key.category);
        }
      row.category = cache_index[c];
      row.ore = s->ore;
      /* Nor is a row that is already there (the same figures again). */
      {
        OutcomeRow *old = &g_array_index (uo->rows, OutcomeRow, kept + i);

        if (kept + i >= old_len ||
            old->year != row.year || old->month != row.month ||
            old->category != row.category || old->ore != row.ore)
          *old = row;
      }
    }

  if (n_staged > 0)
    {
      /* By year, month and category text, as compare_key () orders:
       * with the rank of each category in text order, by integers. */
      guint n = uo->categories->len;
      guint32 rank_here[64], order_here[64];
      g_autofree guint32 *rank_heap = n > 64 ? g_new (guint32, n) : NULL;
      g_autofree guint32 *order_heap = n > 64 ? g_new (guint32, n) : NULL;
      guint32 *rank = n > 64 ? rank_heap : rank_here;
      guint32 *order = n > 64 ? order_heap : order_here;

      for (guint i = 0; i < n; i++)
        order[i] = i;
      g_qsort_with_data (order, (gint) n, sizeof (guint32), compare_category_order, uo);
      for (guint i = 0; i < n; i++)
        rank[order[i]] = i;
      merge_staged_rows (uo->rows, kept, rank);
    }

  return removed;
}

static int
compare_dense_slots (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  const Stage *stage = data;
  guint x = stage->dense_ym[*(const guint *) a], y = stage->dense_ym[*(const guint *) b];

  return x < y ? -1 : x > y ? 1 : 0;
}

static int
compare_dense_categories (gconstpointer a,
                          gconstpointer b,
                          gpointer      data)
{
  const Stage *stage = data;

  return strcmp (g_ptr_array_index (stage->dense_categories, *(const guint *) a),
                 g_ptr_array_index (stage->dense_categories, *(const guint *) b));
}

/* Applies @stage to its model: cannot fail. @skip_zero leaves out sums of
 * 0 (the SIE import); the CSV import keeps the rows it was given. */
static StyrImportResult *
stage_apply (Stage    *stage,
             gboolean  skip_zero)
{
  StyrImportResult *result = g_object_new (STYR_TYPE_IMPORT_RESULT, NULL);
  ModelOutcomes *mo = get_model_outcomes (stage->model, TRUE);
  g_autoptr(GHashTable) per_unit = g_hash_table_new_full (g_direct_hash, g_direct_equal,
                                                          NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *units = styr_model_get_units (stage->model);
  guint n_units = g_list_model_get_n_items (units);
  GHashTableIter iter;
  gpointer key, value;
  guint n_values = 0, n_replaced = 0;
  guint kept;
  g_autoptr(GHashTable) dense_index = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GArray) scratch = g_array_new (FALSE, FALSE, sizeof (StagedOutcome));
  g_autofree guint *dense_slots = NULL;       /* in month order */
  g_autofree guint *dense_categories = NULL;  /* in text order */
  guint n_dense_categories = 0;
  gsize per_slot = 0;

  /* Unit outcomes, grouped by unit. */
  g_hash_table_iter_init (&iter, stage->outcomes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      StagedOutcome s = { ((OutcomeSum *) key)->key, ((OutcomeSum *) key)->sum };
      GArray *rows;

      if (skip_zero && s.ore == 0)
        continue;
      rows = g_hash_table_lookup (per_unit, s.key.unit);
      if (rows == NULL)
        {
          rows = g_array_new (FALSE, FALSE, sizeof (StagedOutcome));
          g_hash_table_insert (per_unit, s.key.unit, rows);
        }
      g_array_append_val (rows, s);
      n_values++;
    }

  /* The SIE import's dense sums: no key is both there and above. They
   * are taken unit by unit, by month and category text, so that a
   * unit's rows come in the order replace_unit_months () keeps them,
   * into one buffer used for every unit: after a fork (a spawned
   * program) each new page would be a fault. */
  if (stage->dense != NULL)
    {
      per_slot = (gsize) stage->n_dense_categories * stage->n_dense_units;
      dense_slots = g_new (guint, stage->n_dense_slots);
      dense_categories = g_new (guint, stage->n_dense_categories);

      for (guint i = 0; i < stage->n_dense_slots; i++)
        dense_slots[i] = i;
      g_qsort_with_data (dense_slots, (gint) stage->n_dense_slots, sizeof (guint),
                         compare_dense_slots, stage);
      /* Only the categories the import has seen have an index. */
      for (guint i = 0; i < stage->n_dense_categories && i < stage->dense_categories->len; i++)
        dense_categories[n_dense_categories++] = i;
      g_qsort_with_data (dense_categories, (gint) n_dense_categories, sizeof (guint),
                         compare_dense_categories, stage);

      for (gsize i = 0; i < per_slot * stage->n_dense_slots; i++)
        if (stage->dense_used[i] && !(skip_zero && stage->dense[i] == 0))
          n_values++;

      for (guint u = 0; u < stage->dense_units->len && u < stage->n_dense_units; u++)
        g_hash_table_insert (dense_index, g_ptr_array_index (stage->dense_units, u),
                             GUINT_TO_POINTER (u + 1));
    }

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr(StyrUnit) unit = g_list_model_get_item (units, i);
      GArray *rows = g_hash_table_lookup (per_unit, unit);
      guint d = GPOINTER_TO_UINT (g_hash_table_lookup (dense_index, unit));

      g_array_set_size (scratch, 0);
      if (rows != NULL)
        g_array_append_vals (scratch, rows->data, rows->len);
      for (guint si = 0; d != 0 && si < stage->n_dense_slots; si++)
        for (guint ci = 0; ci < n_dense_categories; ci++)
          {
            guint slot = dense_slots[si], category = dense_categories[ci];
            gsize cell = (gsize) slot * per_slot + (gsize) category * stage->n_dense_units + d - 1;
            StagedOutcome s;

            if (!stage->dense_used[cell] || (skip_zero && stage->dense[cell] == 0))
              continue;
            s.key.unit = unit;
            s.key.ym = stage->dense_ym[slot];
            s.key.category = g_ptr_array_index (stage->dense_categories, category);
            s.ore = stage->dense[cell];
            g_array_append_val (scratch, s);
          }
      n_replaced += replace_unit_months (stage, unit,
                                         (const StagedOutcome *) (void *) scratch->data,
                                         scratch->len);
    }

  /* Result outcomes. */
  if (stage->clear_results)
    {
      kept = 0;
      for (guint i = 0; i < mo->results->len; i++)
        {
          ResultRow *row = &g_array_index (mo->results, ResultRow, i);

          if (row->kind == STYR_RESULT_ROW_OUTCOME &&
              stage_has_month (stage, YM (row->year, row->month)))
            n_replaced++;
          else
            g_array_index (mo->results, ResultRow, kept++) = *row;
        }
      g_array_set_size (mo->results, kept);
    }

  g_hash_table_iter_init (&iter, stage->results);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint k = GPOINTER_TO_UINT (key);
      guint ym = k / 8u;

      if (skip_zero && *(gint64 *) value == 0)
        continue;
      put_result (stage->model, STYR_RESULT_ROW_OUTCOME, YM_YEAR (ym), YM_MONTH (ym),
                  k % 8u, *(gint64 *) value);
      n_values++;
    }

  /* Unmapped rows. */
  kept = 0;
  for (guint i = 0; i < mo->unmapped->len; i++)
    {
      UnmappedRow *row = &g_array_index (mo->unmapped, UnmappedRow, i);

      if (stage_has_month (stage, YM (row->year, row->month)))
        n_replaced++;
      else
        g_array_index (mo->unmapped, UnmappedRow, kept++) = *row;
    }
  g_array_set_size (mo->unmapped, kept);

  g_hash_table_iter_init (&iter, stage->unmapped);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const UnmappedKey *k = key;
      UnmappedRow row = { 0, };

      if (skip_zero && *(gint64 *) value == 0)
        continue;
      row.year = (guint16) YM_YEAR (k->ym);
      row.month = (guint8) YM_MONTH (k->ym);
      row.dim = pool_intern (mo, k->dim);
      row.object = pool_intern (mo, k->object);
      row.account = pool_intern (mo, k->account);
      row.ore = *(gint64 *) value;
      g_array_append_val (mo->unmapped, row);
      n_values++;
    }
  g_array_sort_with_data (mo->unmapped, compare_unmapped_func, NULL);

  for (guint i = 0; i < stage->groups->len; i++)
    {
      UnmappedGroup *g = g_ptr_array_index (stage->groups, i);

      if (!skip_zero || g->amount != 0)
        g_ptr_array_add (findings, group_finding (g));
    }

  _styr_import_result_set_outcomes (result, n_values, n_replaced, stage->unmapped_amount,
                                    stage->n_balance_rows, findings);
  return result;
}

/* The SIE import ------------------------------------------------------------ */

/* An open-addressing table from 64-bit keys to non-NULL pointers, for
 * the import's integer keys: no allocation per lookup, no string keys. */
typedef struct
{
  guint64  *keys;
  gpointer *values;          /* NULL: a free slot */
  gsize     mask;
  gsize     n;
} IdTable;

static void
id_table_init (IdTable *t)
{
  t->mask = 255;
  t->n = 0;
  t->keys = g_new (guint64, t->mask + 1);
  t->values = g_new0 (gpointer, t->mask + 1);
}

static void
id_table_clear (IdTable *t)
{
  g_clear_pointer (&t->keys, g_free);
  g_clear_pointer (&t->values, g_free);
}

static gsize
id_table_slot (guint64 key,
               gsize   mask)
{
  return (gsize) ((key * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> 32) & mask;
}

static gpointer
id_table_lookup (const IdTable *t,
                 guint64        key)
{
  for (gsize i = id_table_slot (key, t->mask);; i = (i + 1) & t->mask)
    {
      if (t->values[i] == NULL)
        return NULL;
      if (t->keys[i] == key)
        return t->values[i];
    }
}

/* Inserts @key, which is not in @t, with @value (not NULL). */
static void
id_table_insert (IdTable  *t,
                 guint64   key,
                 gpointer  value)
{
  gsize i = id_table_slot (key, t->mask);

  while (t->values[i] != NULL)
    i = (i + 1) & t->mask;
  t->keys[i] = key;
  t->values[i] = value;

  if (++t->n * 2 > t->mask + 1)
    {
      gsize mask = t->mask * 2 + 1;
      guint64 *keys = g_new (guint64, mask + 1);
      gpointer *values = g_new0 (gpointer, mask + 1);

      for (gsize j = 0; j <= t->mask; j++)
        if (t->values[j] != NULL)
          {
            gsize k = id_table_slot (t->keys[j], mask);

            while (values[k] != NULL)
              k = (k + 1) & mask;
            keys[k] = t->keys[j];
            values[k] = t->values[j];
          }
      g_free (t->keys);
      g_free (t->values);
      t->keys = keys;
      t->values = values;
      t->mask = mask;
    }
}

/* What an account of the file is to the import, found once per account. */
enum
{
  SIE_ACCOUNT_UNKNOWN = 0,
  SIE_ACCOUNT_BALANCE,       /* classes 1, 2 and 89xx: not imported */
  SIE_ACCOUNT_RESULT,        /* class 8: a result item */
  SIE_ACCOUNT_CATEGORY,      /* mapped to a cost category */
  SIE_ACCOUNT_UNMAPPED,      /* no category */
};

typedef struct
{
  guint8          kind;
  guint8          item;      /* StyrResultItem, for SIE_ACCOUNT_RESULT */
  guint32         category_index;
  const char     *category;  /* for SIE_ACCOUNT_CATEGORY */
} SieAccountInfo;

/* What an object (a dimension and an id) of the file is, found once. */
typedef struct
{
  gboolean    resolved;
  guint       dim_rank;      /* position of the dimension in SieImport.dims, or G_MAXUINT */
  StyrUnit   *unit;          /* by the object map, or NULL */
  guint32     unit_index;
  const char *dim;
  const char *object;
} SiePairInfo;

typedef struct
{
  Stage        stage;
  StyrSieFile *file;
  GPtrArray   *dims;         /* const char *, the mapped dimensions in order */
  ModelOutcomes *mo;         /* nullable */
  SieAccountInfo *accounts;  /* by string id of the file */
  SiePairInfo    *pairs;     /* by pair id of the file */
  const guint32  *refs;      /* the file's object lists, as pair ids */
  GHashTable     *unit_index;     /* StyrUnit * → index + 1 */
  GHashTable     *category_index; /* category → index + 1 */
  IdTable         sums;           /* (unit, category, ym) → the stage's gint64 *,
                                   * when the stage has no dense sums */
  guint32        *months;         /* SIE_MONTH_* flags | (slot + 1) << 8, by month_index () */
} SieImport;

enum
{
  SIE_MONTH_WANTED = 1 << 0,
  SIE_MONTH_PSALDO = 1 << 1,   /* wanted, with #PSALDO rows */
  SIE_MONTH_OBJECT = 1 << 2,   /* wanted, with #PSALDO rows with objects */
  SIE_MONTH_TRANS  = 1 << 3,   /* wanted, with #TRANS rows */
};

#define SIE_N_MONTHS (10000 * 12)

/* The months of years 0–9999, the only ones a SIE file can name. */
static gboolean
month_index (guint  ym,
             guint *index)
{
  guint year = ym / 100u, month = ym % 100u;

  if (year > 9999 || month < 1 || month > 12)
    return FALSE;
  *index = year * 12u + month - 1;
  return TRUE;
}

static guint8
month_flags (SieImport *imp,
             guint      ym)
{
  guint i;

  return month_index (ym, &i) ? (guint8) imp->months[i] : 0;
}

static void
month_flag (SieImport *imp,
            guint      ym,
            guint8     flag)
{
  guint i;

  if (month_index (ym, &i))
    imp->months[i] |= flag;
}

/* Accounts whose amounts are not outcomes of the operating statement
 * or the result: the balance sheet (classes 1 and 2) and 89xx, where
 * Kommun-Bas closes the year's result against equity — taking it in
 * would cancel the result it closes. The import counts them as balance
 * rows, so they are reported, not dropped silently. */
static gboolean
is_balance_account (const char *account)
{
  return account[0] == '1' || account[0] == '2' ||
         (account[0] == '8' && account[1] == '9');
}

static const SieAccountInfo *
account_info (SieImport *imp,
              guint32    id)
{
  SieAccountInfo *a = &imp->accounts[id];
  const char *account;
  StyrResultItem item;

  if (a->kind != SIE_ACCOUNT_UNKNOWN)
    return a;

  account = _styr_sie_file_get_string (imp->file, id);
  if (is_balance_account (account))
    a->kind = SIE_ACCOUNT_BALANCE;
  else if (styr_model_map_result_account (imp->stage.model, account, &item))
    {
      a->kind = SIE_ACCOUNT_RESULT;
      a->item = (guint8) item;
    }
  else if ((a->category = styr_model_map_account (imp->stage.model, account)) != NULL)
    {
      /* By the text: rules may share a category. */
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (imp->category_index, a->category));

      if (index == 0)
        {
          index = g_hash_table_size (imp->category_index) + 1;
          g_hash_table_insert (imp->category_index, (gpointer) a->category,
                               GUINT_TO_POINTER (index));
          g_ptr_array_add (imp->stage.dense_categories, (gpointer) a->category);
        }
      a->kind = SIE_ACCOUNT_CATEGORY;
      a->category_index = index - 1;
    }
  else
    a->kind = SIE_ACCOUNT_UNMAPPED;

  return a;
}

static const SiePairInfo *
pair_info (SieImport *imp,
           guint32    pair)
{
  SiePairInfo *info = &imp->pairs[pair];
  guint dim, id;
  ObjectMap *map;

  if (info->resolved)
    return info;

  _styr_sie_file_get_pair (imp->file, pair, &dim, &id);
  info->resolved = TRUE;
  info->dim = _styr_sie_file_get_string (imp->file, dim);
  info->object = _styr_sie_file_get_string (imp->file, id);
  info->dim_rank = G_MAXUINT;
  for (guint j = 0; j < imp->dims->len; j++)
    if (strcmp (g_ptr_array_index (imp->dims, j), info->dim) == 0)
      {
        info->dim_rank = j;
        break;
      }

  map = find_object_map (imp->mo, info->dim, info->object);
  if (map != NULL)
    {
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (imp->unit_index, map->unit));

      if (index == 0)
        {
          index = g_hash_table_size (imp->unit_index) + 1;
          g_hash_table_insert (imp->unit_index, map->unit, GUINT_TO_POINTER (index));
          g_ptr_array_add (imp->stage.dense_units, map->unit);
        }
      info->unit = map->unit;
      info->unit_index = index - 1;
    }

  return info;
}

/* How an amount with the object list @refs[@start …] of @n_objects is
 * attributed: to its first mapped object and that object's unit
 * (*@unit), else to its first object of a mapped dimension (*@unit NULL:
 * an unmapped object), else to no object (NULL). */
static const SiePairInfo *
attribute_objects (SieImport  *imp,
                   guint       start,
                   guint       n_objects,
                   StyrUnit  **unit)
{
  const SiePairInfo *found = NULL;

  *unit = NULL;
  for (guint i = 0; i < n_objects; i++)
    {
      const SiePairInfo *info = pair_info (imp, imp->refs[start + i]);

      if (info->unit != NULL)
        {
          *unit = info->unit;
          return info;
        }
      if (found == NULL && info->dim_rank != G_MAXUINT)
        found = info;
    }

  return found;
}

/* attribute_objects () for the object list of a period row. */
static const SiePairInfo *
attribute_row_objects (SieImport               *imp,
                       const StyrSiePeriodRow  *r,
                       StyrUnit               **unit)
{
  guint n_objects = _styr_sie_row_n_objects (r, imp->refs);
  const SiePairInfo *found = NULL;

  *unit = NULL;
  for (guint i = 0; i < n_objects; i++)
    {
      const SiePairInfo *info = pair_info (imp, _styr_sie_row_object (r, imp->refs, i));

      if (info->unit != NULL)
        {
          *unit = info->unit;
          return info;
        }
      if (found == NULL && info->dim_rank != G_MAXUINT)
        found = info;
    }

  return found;
}

/* One piece of an account's amount of a month: the account by its
 * string id, the object attributed (nullable) and its unit (nullable). */
static gboolean
stage_piece (SieImport          *imp,
             guint               ym,
             guint32             account,
             StyrUnit           *unit,
             const SiePairInfo  *object,
             gint64              amount,
             GError            **error)
{
  const SieAccountInfo *a = account_info (imp, account);

  switch (a->kind)
    {
    case SIE_ACCOUNT_BALANCE:
      return TRUE;            /* counted as a balance row by the caller */

    case SIE_ACCOUNT_RESULT:
      return stage_result (&imp->stage, ym, (StyrResultItem) a->item, amount, error);

    case SIE_ACCOUNT_CATEGORY:
      if (unit != NULL)
        {
          gint64 *sum;

          /* The same sum the stage keeps for (unit, ym, category),
           * found by integers: in a dense array by the month's slot,
           * the category and the unit when the import has one, else
           * in a table. */
          guint mi, slot;

          Stage *stage = &imp->stage;

          if (stage->dense != NULL && month_index (ym, &mi) && (slot = imp->months[mi] >> 8) != 0 &&
              object->unit_index < stage->n_dense_units &&
              a->category_index < stage->n_dense_categories)
            {
              gsize cell = ((gsize) (slot - 1) * stage->n_dense_categories +
                            a->category_index) * stage->n_dense_units + object->unit_index;

              stage->dense_used[cell] = TRUE;
              return styr_money_add (stage->dense[cell], amount, &stage->dense[cell], error);
            }
          else if (object->unit_index < (1u << 24) && a->category_index < (1u << 20) &&
                   ym < (1u << 20))
            {
              guint64 key = (guint64) object->unit_index << 40 |
                            (guint64) a->category_index << 20 | ym;

              sum = id_table_lookup (&imp->sums, key);
              if (sum == NULL)
                {
                  sum = stage_outcome_sum (&imp->stage, unit, ym, a->category);
                  id_table_insert (&imp->sums, key, sum);
                }
            }
          else
            sum = stage_outcome_sum (&imp->stage, unit, ym, a->category);

          return styr_money_add (*sum, amount, sum, error);
        }
      break;

    default:
      break;
    }

  return stage_unmapped (&imp->stage, ym,
                         object != NULL ? object->dim : NULL,
                         object != NULL ? object->object : NULL,
                         _styr_sie_file_get_string (imp->file, account),
                         unit, amount, error);
}

typedef struct
{
  guint       ym;
  guint32     account;       /* string id */
  gboolean    has_total;
  gint64      total;
  GArray     *rows;          /* guint: positions of the rows with objects */
} AccountMonth;

static void
account_month_free (gpointer data)
{
  AccountMonth *am = data;

  g_array_unref (am->rows);
  g_free (am);
}

/* Type 3 repetition (SIE 4B): the account-only row is the account's
 * total and each object row repeats a part of it, once per dimension.
 * The parts of the first mapped dimension that has rows are used; the
 * rest of the total (booked without an object of it) is unattributed. */
static gboolean
stage_repeated (SieImport               *imp,
                const StyrSiePeriodRow  *rows,
                AccountMonth            *am,
                GError                 **error)
{
  guint chosen = G_MAXUINT;
  gint64 attributed = 0, rest;

  for (guint i = 0; i < am->rows->len; i++)
    {
      const StyrSiePeriodRow *r = &rows[g_array_index (am->rows, guint, i)];

      chosen = MIN (chosen, pair_info (imp, _styr_sie_row_object (r, imp->refs, 0))->dim_rank);
    }

  for (guint i = 0; chosen != G_MAXUINT && i < am->rows->len; i++)
    {
      const StyrSiePeriodRow *r = &rows[g_array_index (am->rows, guint, i)];
      const SiePairInfo *info = pair_info (imp, _styr_sie_row_object (r, imp->refs, 0));

      if (info->dim_rank != chosen)
        continue;

      if (!stage_piece (imp, am->ym, am->account, info->unit, info, r->amount, error) ||
          !styr_money_add (attributed, r->amount, &attributed, error))
        return FALSE;
    }

  if (!styr_money_subtract (am->total, attributed, &rest, error))
    return FALSE;

  return rest == 0 ||
         stage_piece (imp, am->ym, am->account, NULL, NULL, rest, error);
}

/* A key of (fiscal year, period, account): 15 + 17 + 32 bits. */
static guint64
year_period_account_key (const StyrSiePeriodRow *r)
{
  guint period = (r->period / 100u - 1000u) * 12u + r->period % 100u - 1u;

  return (guint64) (guint) (r->year_index + 10000) << 49 |
         (guint64) period << 32 | r->account;
}

/* Does the file write its #PSALDO rows as a partition by object list —
 * each row a disjoint part, the account-only row the part without
 * objects — rather than as SIE 4B's type 3 repetition? It does when a row
 * has more than one object, or when an account outside the balance sheet
 * has object rows for a period without an account-only row and the rows
 * of a dimension do not sum to 0 (a program may leave out a total of 0). */
static gboolean
psaldo_is_partition (SieImport *imp)
{
  guint n;
  const StyrSiePeriodRow *rows = _styr_sie_file_get_period_rows (imp->file, &n);
  g_autoptr(GArray) sums = g_array_new (FALSE, FALSE, sizeof (gint64));
  IdTable totals, groups, dims;
  const StyrSiePair *pairs = _styr_sie_file_get_pairs (imp->file);
  guint64 last_key = 0, last_dim_key = G_MAXUINT64;
  gboolean have_last = FALSE, last_total = FALSE, last_balance = FALSE;
  guint last_group = 0, last_slot = 0;
  gboolean partition = FALSE;
  guint max_objects, n_totals;

  /* A #PSALDO row with more than one object. */
  _styr_sie_file_get_psaldo_shape (imp->file, &max_objects, &n_totals);
  if (max_objects > 1)
    return TRUE;

  id_table_init (&totals);
  id_table_init (&groups);
  id_table_init (&dims);

  for (guint i = 0; i < n && n_totals > 0; i++)
    {
      const StyrSiePeriodRow *r = &rows[i];
      guint64 key;

      if (r->budget || r->n_objects != 0)
        continue;
      key = year_period_account_key (r);
      if (id_table_lookup (&totals, key) == NULL)
        id_table_insert (&totals, key, GUINT_TO_POINTER (1));
    }

  for (guint i = 0; i < n && !partition; i++)
    {
      const StyrSiePeriodRow *r = &rows[i];
      guint64 key;
      guint dim, slot;
      gint64 *sum;

      /* Balance-sheet accounts are never imported, and programs leave
       * out their account-only rows (project objects on 1180, say): they
       * say nothing about how the result accounts are written. */
      if (r->budget || r->n_objects == 0)
        continue;

      /* The rows of a year, period and account come together: what is
       * found for the key holds for the rows after it with the same. */
      key = year_period_account_key (r);
      if (!have_last || key != last_key)
        {
          have_last = TRUE;
          last_key = key;
          last_dim_key = G_MAXUINT64;
          last_balance = is_balance_account (_styr_sie_file_get_string (imp->file, r->account));
          last_total = !last_balance && id_table_lookup (&totals, key) != NULL;
          if (!last_balance && !last_total)
            {
              last_group = GPOINTER_TO_UINT (id_table_lookup (&groups, key));
              if (last_group == 0)
                {
                  last_group = (guint) groups.n + 1;
                  id_table_insert (&groups, key, GUINT_TO_POINTER (last_group));
                }
            }
        }
      if (last_balance || last_total)
        continue;

      dim = pairs[_styr_sie_row_object (r, imp->refs, 0)].dim;
      key = (guint64) (last_group - 1) << 32 | dim;
      if (key == last_dim_key)
        slot = last_slot;
      else
        {
          slot = GPOINTER_TO_UINT (id_table_lookup (&dims, key));
          if (slot == 0)
            {
              gint64 zero = 0;

              g_array_append_val (sums, zero);
              slot = sums->len;
              id_table_insert (&dims, key, GUINT_TO_POINTER (slot));
            }
          last_dim_key = key;
          last_slot = slot;
        }
      sum = &g_array_index (sums, gint64, slot - 1);
      if (__builtin_add_overflow (*sum, r->amount, sum))
        partition = TRUE;
    }

  for (guint i = 0; i < sums->len && !partition; i++)
    if (g_array_index (sums, gint64, i) != 0)
      partition = TRUE;

  id_table_clear (&totals);
  id_table_clear (&groups);
  id_table_clear (&dims);
  return partition;
}

static guint
date_ym (const GDate *date)
{
  if (!g_date_valid (date))
    return 0;
  return YM (g_date_get_year (date), g_date_get_month (date));
}

static gboolean
import_sie (SieImport         *imp,
            const StyrPeriod  *period,
            GError           **error)
{
  StyrSieFile *file = imp->file;
  g_autoptr(GHashTable) psaldo_months = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) trans_months = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GPtrArray) group_list = NULL;
  guint n_period_rows;
  const StyrSiePeriodRow *rows = _styr_sie_file_get_period_rows (file, &n_period_rows);
  guint n_transactions = styr_sie_file_get_n_transactions (file);
  GHashTableIter iter;
  gpointer key;
  gboolean partition;
  IdTable groups;
  gboolean ok = TRUE;

  /* The months asked for. */
  if (period != NULL)
    {
      int year = styr_period_get_year (period);

      for (int m = styr_period_get_first_month (period); m <= styr_period_get_last_month (period); m++)
        if (year >= 0)
          month_flag (imp, YM (year, m), SIE_MONTH_WANTED);
    }
  else
    {
      gboolean have_year = FALSE;

      for (guint i = 0; i < styr_sie_file_get_n_fiscal_years (file) && !have_year; i++)
        {
          int index;
          GDate start, end;

          styr_sie_file_get_fiscal_year (file, i, &index, &start, &end);
          if (index != 0 || !g_date_valid (&start) || !g_date_valid (&end) ||
              g_date_compare (&start, &end) > 0)
            continue;

          have_year = TRUE;
          for (guint ym = date_ym (&start); ym <= date_ym (&end);
               ym = YM_MONTH (ym) == 12 ? YM (YM_YEAR (ym) + 1, 1) : ym + 1)
            month_flag (imp, ym, SIE_MONTH_WANTED);
        }

      /* No current year with dates: the months of its rows. */
      if (!have_year)
        {
          for (guint i = 0; i < n_period_rows; i++)
            if (!rows[i].budget && rows[i].year_index == 0)
              month_flag (imp, rows[i].period, SIE_MONTH_WANTED);
          for (guint i = 0; i < n_transactions; i++)
            {
              GDate date;
              guint ym;

              styr_sie_file_get_transaction (file, i, NULL, NULL, NULL, NULL, &date, NULL);
              if ((ym = date_ym (&date)) != 0)
                month_flag (imp, ym, SIE_MONTH_WANTED);
            }
        }
    }

  /* The months with data, and their sources: the file lists the
   * periods of its #PSALDO rows in the order they come. */
  {
    guint n_periods;
    const StyrSiePsaldoPeriod *periods = _styr_sie_file_get_psaldo_periods (file, &n_periods);

    for (guint i = 0; i < n_periods; i++)
      {
        guint8 flags = month_flags (imp, periods[i].period);

        if (!(flags & SIE_MONTH_WANTED))
          continue;
        if (!(flags & SIE_MONTH_PSALDO))
          {
            g_hash_table_add (psaldo_months, GUINT_TO_POINTER (periods[i].period));
            month_flag (imp, periods[i].period, SIE_MONTH_PSALDO);
          }
        if (periods[i].has_objects)
          month_flag (imp, periods[i].period, SIE_MONTH_OBJECT);
      }
  }
  for (guint i = 0; i < n_transactions; i++)
    {
      GDate date;
      guint ym;
      guint8 flags;

      styr_sie_file_get_transaction (file, i, NULL, NULL, NULL, NULL, &date, NULL);
      ym = date_ym (&date);
      flags = month_flags (imp, ym);
      if (ym != 0 && (flags & SIE_MONTH_WANTED) && !(flags & SIE_MONTH_TRANS))
        {
          g_hash_table_add (trans_months, GUINT_TO_POINTER (ym));
          month_flag (imp, ym, SIE_MONTH_TRANS);
        }
    }

  g_hash_table_iter_init (&iter, psaldo_months);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (imp->stage.months, key);
  g_hash_table_iter_init (&iter, trans_months);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (imp->stage.months, key);

  g_hash_table_iter_init (&iter, imp->stage.months);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint ym = GPOINTER_TO_UINT (key);

      if (!check_year_month (YM_YEAR (ym), YM_MONTH (ym), error))
        return FALSE;
    }

  /* A slot for each month of #PSALDO rows, and the dense sums when the
   * units, categories and months are not too many. */
  {
    guint n_slots = 0;
    gsize n_units = imp->mo != NULL ? imp->mo->objects->len : 0;
    gsize n_categories = (imp->mo != NULL ? imp->mo->rules->len : 0) + G_N_ELEMENTS (class_ranges);
    Stage *stage = &imp->stage;

    stage->dense_ym = g_new0 (guint, g_hash_table_size (psaldo_months) + 1);
    g_hash_table_iter_init (&iter, psaldo_months);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      {
        guint mi;

        if (month_index (GPOINTER_TO_UINT (key), &mi))
          {
            stage->dense_ym[n_slots] = GPOINTER_TO_UINT (key);
            imp->months[mi] |= ++n_slots << 8;
          }
      }

    if (n_slots > 0 && n_units > 0 &&
        n_units * n_categories * n_slots <= (gsize) 1 << 22)
      {
        stage->n_dense_slots = n_slots;
        stage->n_dense_units = (guint) n_units;
        stage->n_dense_categories = (guint) n_categories;
        stage->dense = g_new0 (gint64, n_units * n_categories * n_slots);
        stage->dense_used = g_new0 (guint8, n_units * n_categories * n_slots);
      }
  }

  /* #TRANS where a month has no #PSALDO with objects; else #PSALDO. */
  for (guint i = 0; i < n_transactions; i++)
    {
      GDate date;
      guint ym, n_objects;
      const char *account;
      guint8 flags;
      const SiePairInfo *object;
      StyrUnit *unit;
      gint64 amount;
      StyrResultItem item;
      const char *category;

      styr_sie_file_get_transaction (file, i, NULL, &account, &n_objects, &amount, &date, NULL);
      ym = date_ym (&date);
      flags = month_flags (imp, ym);
      if (!(flags & SIE_MONTH_TRANS) || (flags & SIE_MONTH_OBJECT))
        continue;

      if (is_balance_account (account))
        {
          imp->stage.n_balance_rows++;
          continue;
        }
      object = attribute_objects (imp, _styr_sie_file_get_transaction_objects (file, i),
                                  n_objects, &unit);

      if (styr_model_map_result_account (imp->stage.model, account, &item))
        ok = stage_result (&imp->stage, ym, item, amount, error);
      else if (unit != NULL &&
               (category = styr_model_map_account (imp->stage.model, account)) != NULL)
        ok = stage_outcome (&imp->stage, unit, ym, category, amount, error);
      else
        ok = stage_unmapped (&imp->stage, ym,
                             object != NULL ? object->dim : NULL,
                             object != NULL ? object->object : NULL,
                             account, unit, amount, error);
      if (!ok)
        return FALSE;
    }

  partition = psaldo_is_partition (imp);
  group_list = g_ptr_array_new_with_free_func (account_month_free);
  id_table_init (&groups);

  {
    /* What the last row's month and account are: a file writes the rows
     * of an account and month together. */
    guint last_period = 0;
    guint32 last_account = G_MAXUINT32;
    gboolean skip_month = TRUE;
    const SieAccountInfo *a = NULL;
    gint64 *dense = NULL;        /* the dense sums of the month and category */
    guint8 *dense_used = NULL;
    Stage *stage = &imp->stage;

  for (guint i = 0; i < n_period_rows && ok; i++)
    {
      const StyrSiePeriodRow *r = &rows[i];

      if (r->budget)
        continue;
      if (r->period != last_period)
        {
          guint8 flags = month_flags (imp, r->period);

          skip_month = !(flags & SIE_MONTH_PSALDO) ||
                       ((flags & SIE_MONTH_TRANS) && !(flags & SIE_MONTH_OBJECT));
          last_period = r->period;
          last_account = G_MAXUINT32;
        }
      if (skip_month)
        continue;

      if (r->account != last_account)
        {
          guint mi, slot;

          a = account_info (imp, r->account);
          last_account = r->account;
          dense = NULL;
          dense_used = NULL;
          if (a->kind == SIE_ACCOUNT_CATEGORY && stage->dense != NULL &&
              month_index (r->period, &mi) && (slot = imp->months[mi] >> 8) != 0 &&
              a->category_index < stage->n_dense_categories)
            {
              gsize base = ((gsize) (slot - 1) * stage->n_dense_categories +
                            a->category_index) * stage->n_dense_units;

              dense = stage->dense + base;
              dense_used = stage->dense_used + base;
            }
        }

      if (a->kind == SIE_ACCOUNT_BALANCE)
        {
          imp->stage.n_balance_rows++;
          continue;
        }

      if (partition)
        {
          StyrUnit *unit;
          const SiePairInfo *object;

          /* The common row: one object of a unit, an account of a
           * category, a month of dense sums. stage_piece () does the
           * same, found again. */
          if (dense != NULL && r->n_objects == 1)
            {
              object = &imp->pairs[r->objects];
              if (!object->resolved)
                object = pair_info (imp, r->objects);
              if (object->unit != NULL && object->unit_index < stage->n_dense_units)
                {
                  gint64 *cell = &dense[object->unit_index];
                  gint64 sum;

                  dense_used[object->unit_index] = TRUE;
                  if (G_UNLIKELY (__builtin_add_overflow (*cell, r->amount, &sum)))
                    ok = styr_money_add (*cell, r->amount, cell, error);
                  else
                    *cell = sum;
                  continue;
                }
            }

          object = attribute_row_objects (imp, r, &unit);
          ok = stage_piece (imp, r->period, r->account, unit, object, r->amount, error);
        }
      else
        {
          guint64 group_key = (guint64) r->period << 32 | r->account;
          AccountMonth *am = id_table_lookup (&groups, group_key);

          if (am == NULL)
            {
              am = g_new0 (AccountMonth, 1);
              am->ym = r->period;
              am->account = r->account;
              am->rows = g_array_new (FALSE, FALSE, sizeof (guint));
              g_ptr_array_add (group_list, am);
              id_table_insert (&groups, group_key, am);
            }
          if (r->n_objects == 0)
            {
              /* A repeated account-only row would be odd; sum them. */
              ok = styr_money_add (am->total, r->amount, &am->total, error);
              am->has_total = TRUE;
            }
          else
            g_array_append_val (am->rows, i);
        }
    }
  }
  id_table_clear (&groups);
  if (!ok)
    return FALSE;

  for (guint i = 0; i < group_list->len; i++)
    if (!stage_repeated (imp, rows, g_ptr_array_index (group_list, i), error))
      return FALSE;

  imp->stage.clear_results = TRUE;
  return TRUE;
}

/**
 * styr_model_import_sie:
 * @self: a [class@Styr.Model]
 * @file: a SIE file read with [ctor@Styr.SieFile.new_from_bytes]
 * @period: (nullable): the period to import, or %NULL for every month of
 *   the file's current fiscal year (`#RAR 0`)
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Imports the outcomes (*utfall*) of a SIE file into @self, month by
 * month, for the months of @period in which the file has data (a
 * `#PSALDO` row or a `#TRANS` row dated in the month); months without
 * data are left as they are.
 *
 * **Where the amounts come from.** For a month in which the file has
 * `#PSALDO` rows with objects (types 3 and 4), those; otherwise, when the
 * file has transaction rows dated in the month (type 4), `#TRANS` summed
 * by the row's date, or its voucher's; otherwise the `#PSALDO` rows of
 * whole accounts (type 2: these have no objects, so they cannot reach a
 * unit). SIE 4B writes each `#PSALDO` amount of a type 3 file once for
 * the account as a whole and once more per object: the object rows of
 * the first mapped dimension that has rows are used and the account-only
 * row is never added on top — only what it holds beyond them, booked
 * without an object of that dimension, is kept, as unmapped. A file that
 * writes its rows instead as parts by object list (a row with more than
 * one object, or object rows of a period without an account-only row)
 * has every row counted once, the account-only row as the part without
 * objects.
 *
 * **Where the amounts go.** An amount goes to the unit of its object by
 * the object map ([method@Styr.Model.map_object]; with several objects,
 * the first mapped one wins) and to the cost category of its account by
 * the account map ([method@Styr.Model.map_account]), summed per unit,
 * month and category ([method@Styr.Unit.set_outcome]). Accounts of class
 * 8 go to the result items of the municipality, negated to contributions
 * ([method@Styr.Model.map_result_account],
 * [method@Styr.Model.set_result_outcome]), whatever their objects.
 * Accounts of classes 1 and 2 are the balance sheet, not outcomes: they
 * are counted ([property@Styr.ImportResult:n-balance-rows]) and left out.
 * An amount whose object has no unit or whose account has no category
 * (classes 0 and 9 included) is kept as an unmapped outcome
 * ([method@Styr.Model.get_unmapped_outcome]) and reported: one finding
 * %STYR_FINDING_UTFALL_OMAPPAT per object or account, with the amount,
 * and the sum in [property@Styr.ImportResult:unmapped-amount]. Sums of
 * exactly 0 are not recorded.
 *
 * **Replacing.** Importing a month replaces every outcome of the month:
 * the rows of every unit, the result items' outcomes and the unmapped
 * rows. Importing the same file twice gives the same figures, never
 * twice the amounts. [property@Styr.ImportResult:n-values] counts the
 * rows written, [property@Styr.ImportResult:n-replaced] the rows of those
 * months there were before.
 *
 * The import is all-or-nothing: it fails with %STYR_ERROR_OVERFLOW when
 * a sum does not fit a `gint64`, and with %STYR_ERROR_INVALID_ARGUMENT
 * for a month beyond the year 9999; then nothing in @self changes.
 *
 * Returns: (transfer full): what the import did, or %NULL on error
 *
 * Since: 1.0
 */
StyrImportResult *
styr_model_import_sie (StyrModel         *self,
                       StyrSieFile       *file,
                       const StyrPeriod  *period,
                       GError           **error)
{
  SieImport imp;
  StyrImportResult *result = NULL;

  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  g_return_val_if_fail (STYR_IS_SIE_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _styr_init_i18n ();

  memset (&imp, 0, sizeof imp);
  stage_init (&imp.stage, self);
  imp.file = file;
  imp.mo = get_object_maps (self);
  imp.dims = g_ptr_array_new ();
  for (guint i = 0; imp.mo != NULL && i < imp.mo->objects->len; i++)
    {
      const char *dim = ((ObjectMap *) g_ptr_array_index (imp.mo->objects, i))->dim;
      gboolean seen = FALSE;

      for (guint j = 0; j < imp.dims->len && !seen; j++)
        seen = strcmp (g_ptr_array_index (imp.dims, j), dim) == 0;
      if (!seen)
        g_ptr_array_add (imp.dims, (gpointer) dim);
    }
  if (imp.dims->len == 0)
    g_ptr_array_add (imp.dims, (gpointer) "1");

  imp.accounts = g_new0 (SieAccountInfo, _styr_sie_file_get_n_strings (file));
  imp.pairs = g_new0 (SiePairInfo, _styr_sie_file_get_n_pairs (file));
  imp.refs = _styr_sie_file_get_object_refs (file);
  imp.unit_index = g_hash_table_new (g_direct_hash, g_direct_equal);
  imp.category_index = g_hash_table_new (g_str_hash, g_str_equal);
  imp.stage.dense_units = g_ptr_array_new ();
  imp.stage.dense_categories = g_ptr_array_new ();
  imp.months = g_new0 (guint32, SIE_N_MONTHS);
  id_table_init (&imp.sums);

  if (import_sie (&imp, period, error))
    result = stage_apply (&imp.stage, TRUE);

  id_table_clear (&imp.sums);
  g_free (imp.months);
  g_hash_table_unref (imp.category_index);
  g_hash_table_unref (imp.unit_index);
  g_free (imp.pairs);
  g_free (imp.accounts);
  g_ptr_array_unref (imp.dims);
  stage_clear (&imp.stage);
  return result;
}

/**
 * styr_model_import_sie_path:
 * @self: a [class@Styr.Model]
 * @path: (type filename): the path of a SIE file
 * @period: (nullable): the period to import, or %NULL for every month of
 *   the file's current fiscal year
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Reads the SIE file at @path ([ctor@Styr.SieFile.new_from_bytes]) and
 * imports it with [method@Styr.Model.import_sie]. Errors of reading
 * (a %G_FILE_ERROR) and of the file (%STYR_ERROR_PARSE,
 * %STYR_ERROR_UNSUPPORTED) come before anything changes.
 *
 * Returns: (transfer full): what the import did, or %NULL on error
 *
 * Since: 1.0
 */
StyrImportResult *
styr_model_import_sie_path (StyrModel         *self,
                            const char        *path,
                            const StyrPeriod  *period,
                            GError           **error)
{
  g_autoptr(StyrSieFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_get_contents (path, &data, &len, error))
    return NULL;
  bytes = g_bytes_new_take (data, len);

  name = g_filename_display_name (path);
  file = styr_sie_file_new_from_bytes (bytes, name, error);
  if (file == NULL)
    return NULL;

  return styr_model_import_sie (self, file, period, error);
}

/* The outcome CSV import ---------------------------------------------------- */

typedef struct
{
  Stage       stage;
  const char *name;
} CsvImport;

G_GNUC_PRINTF (6, 7)
static void
csv_error (CsvImport   *imp,
           guint        line,
           guint        column,
           GError     **error,
           int          code,
           const char  *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, STYR_ERROR, code, "%s:%u:%u: %s", imp->name, line, column, message);
}

/* The line and column (in characters, from 1) of @p in @text. */
static void
text_position (const char *text,
               const char *p,
               guint      *line,
               guint      *column)
{
  *line = 1;
  *column = 1;
  for (const char *q = text; q < p && *q != '\0'; q = g_utf8_next_char (q))
    {
      if (*q == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else
        (*column)++;
    }
}

/* UTF-8 with or without a byte order mark, else Windows-1252. */
static char *
csv_decode (CsvImport  *imp,
            GBytes     *bytes,
            GError    **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *end;
  g_autofree char *prefix = NULL;
  guint line, column;
  char *text;

  if (data == NULL || size == 0)
    return g_strdup ("");

  if ((end = memchr (data, '\0', size)) != NULL)
    {
      prefix = g_utf8_make_valid (data, end - data);
      text_position (prefix, prefix + strlen (prefix), &line, &column);
      csv_error (imp, line, column, error, STYR_ERROR_PARSE,
                 _("filen innehåller ett nolltecken: det är ingen textfil"));
      return NULL;
    }

  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      size -= 3;
      if (!g_utf8_validate (data, (gssize) size, &end))
        {
          prefix = g_strndup (data, end - data);
          text_position (prefix, prefix + strlen (prefix), &line, &column);
          csv_error (imp, line, column, error, STYR_ERROR_PARSE,
                     _("ogiltig UTF-8, fast filen börjar med ett byte order mark"));
          return NULL;
        }
      return g_strndup (data, size);
    }

  if (g_utf8_validate (data, (gssize) size, NULL))
    return g_strndup (data, size);

  text = g_convert (data, (gssize) size, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
  if (text == NULL)
    {
      /* The bytes Windows-1252 leaves unassigned. */
      gsize i;

      for (i = 0; i < size && strchr ("\x81\x8D\x8F\x90\x9D", data[i]) == NULL; i++)
        ;
      prefix = g_convert (data, (gssize) i, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
      if (prefix != NULL)
        text_position (prefix, prefix + strlen (prefix), &line, &column);
      else
        line = column = 1;
      csv_error (imp, line, column, error, STYR_ERROR_PARSE,
                 _("filen är varken UTF-8 eller Windows-1252"));
      return NULL;
    }

  return text;
}

typedef struct
{
  GPtrArray *fields;         /* char *, trimmed */
  GArray    *lines;          /* guint */
  GArray    *columns;        /* guint */
} Record;

static gboolean
is_space_at (const char *p,
             gsize      *len)
{
  if (*p == ' ' || *p == '\t')
    {
      *len = 1;
      return TRUE;
    }
  if ((guchar) p[0] == 0xC2 && (guchar) p[1] == 0xA0)
    {
      *len = 2;
      return TRUE;
    }
  return FALSE;
}

/* Trims spaces, tabs and no-break spaces around @field in place. Returns
 * the number of characters cut at the start. */
static guint
trim_field (GString *field)
{
  gsize start = 0, len, end;
  guint cut = 0;

  while (start < field->len && is_space_at (field->str + start, &len))
    {
      start += len;
      cut++;
    }
  end = field->len;
  while (end > start)
    {
      if (field->str[end - 1] == ' ' || field->str[end - 1] == '\t' || field->str[end - 1] == '\r')
        end--;
      else if (end - start >= 2 && (guchar) field->str[end - 2] == 0xC2 &&
               (guchar) field->str[end - 1] == 0xA0)
        end -= 2;
      else
        break;
    }
  g_string_truncate (field, end);
  g_string_erase (field, 0, (gssize) start);
  return cut;
}

/* Reads the record at *@p, moving *@p past it and keeping *@line and
 * *@column in step. Returns FALSE at the end of the text or on error. */
static gboolean
csv_next_record (CsvImport   *imp,
                 const char **p,
                 guint       *line,
                 guint       *column,
                 Record      *record,
                 GError     **error)
{
  const char *s = *p;

  g_ptr_array_set_size (record->fields, 0);
  g_array_set_size (record->lines, 0);
  g_array_set_size (record->columns, 0);

  if (*s == '\0')
    return FALSE;

  for (;;)
    {
      g_autoptr(GString) field = g_string_new (NULL);
      guint start_line = *line, start_column = *column;
      gboolean quoted = FALSE;
      const char *t = s;

      /* Spaces before an opening quote. */
      while (*t == ' ' || *t == '\t')
        t++;
      if (*t == '"')
        {
          start_column = *column + (guint) (t - s);
          *column = start_column + 1;
          s = t + 1;
          quoted = TRUE;
          for (;;)
            {
              if (*s == '\0')
                {
                  csv_error (imp, start_line, start_column, error, STYR_ERROR_PARSE,
                             _("citattecknet som börjar fältet stängs aldrig"));
                  return FALSE;
                }
              if (*s == '"' && s[1] == '"')
                {
                  g_string_append_c (field, '"');
                  s += 2;
                  *column += 2;
                }
              else if (*s == '"')
                {
                  s++;
                  (*column)++;
                  break;
                }
              else if (*s == '\n')
                {
                  g_string_append_c (field, '\n');
                  s++;
                  (*line)++;
                  *column = 1;
                }
              else if (*s == '\r' && s[1] == '\n')
                s++;
              else
                {
                  const char *next = g_utf8_next_char (s);

                  g_string_append_len (field, s, next - s);
                  s = next;
                  (*column)++;
                }
            }
          while (*s == ' ' || *s == '\t')
            {
              s++;
              (*column)++;
            }
          if (*s != ';' && *s != '\n' && *s != '\0' && !(*s == '\r' && s[1] == '\n') &&
              !(*s == '\r' && s[1] == '\0'))
            {
              csv_error (imp, *line, *column, error, STYR_ERROR_PARSE,
                         _("oväntat tecken efter ett citerat fält; väntade ; eller radslut"));
              return FALSE;
            }
        }
      else
        {
          while (*s != ';' && *s != '\n' && *s != '\0')
            {
              const char *next = g_utf8_next_char (s);

              g_string_append_len (field, s, next - s);
              s = next;
              (*column)++;
            }
        }

      if (!quoted)
        {
          guint cut = trim_field (field);

          /* A blank field is placed where it begins. */
          if (field->len > 0)
            start_column += cut;
        }
      g_ptr_array_add (record->fields, g_string_free (g_steal_pointer (&field), FALSE));
      g_array_append_val (record->lines, start_line);
      g_array_append_val (record->columns, start_column);

      if (*s == ';')
        {
          s++;
          (*column)++;
          continue;
        }
      if (*s == '\r')
        s++;
      if (*s == '\n')
        {
          s++;
          (*line)++;
          *column = 1;
        }
      break;
    }

  *p = s;
  return TRUE;
}

enum { COL_ENHET, COL_PERIOD, COL_KONTO, COL_KOSTNADSSLAG, COL_BELOPP, N_COLS };

static const char *const column_names[N_COLS] = {
  "enhet", "period", "konto", "kostnadsslag", "belopp",
};

/* A month written YYYY-MM. */
static gboolean
parse_month (const char *text,
             int        *year,
             int        *month)
{
  if (strlen (text) != 7 || text[4] != '-')
    return FALSE;
  for (int i = 0; i < 7; i++)
    if (i != 4 && !g_ascii_isdigit (text[i]))
      return FALSE;

  *year = (int) g_ascii_strtoll (text, NULL, 10);
  *month = (int) g_ascii_strtoll (text + 5, NULL, 10);
  return *year >= MIN_YEAR && *year <= MAX_YEAR && *month >= 1 && *month <= 12;
}

static gboolean
csv_stage_row (CsvImport   *imp,
               char       **f,
               const int   *columns,
               Record      *record,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *unit_text, *period_text, *account_text, *amount_text;
  const char *category;
  StyrUnit *unit;
  int year, month;
  gint64 ore;
  guint line, column;

#define LINE(c) g_array_index (record->lines, guint, columns[c])
#define COLUMN(c) g_array_index (record->columns, guint, columns[c])

  unit_text = f[columns[COL_ENHET]];
  period_text = f[columns[COL_PERIOD]];
  amount_text = f[columns[COL_BELOPP]];

  line = LINE (COL_ENHET);
  column = COLUMN (COL_ENHET);
  if (unit_text[0] == '\0')
    {
      csv_error (imp, line, column, error, STYR_ERROR_PARSE, _("enhet saknas"));
      return FALSE;
    }
  unit = styr_model_lookup_unit (imp->stage.model, unit_text);
  if (unit == NULL)
    unit = styr_model_lookup_object_unit (imp->stage.model, "1", unit_text);
  if (unit == NULL)
    {
      csv_error (imp, line, column, error, STYR_ERROR_NOT_FOUND,
                 _("okänd enhet »%s«: modellen har ingen enhet med det id:t och inget objekt i dimension 1 med det id:t i objektkartan"),
                 unit_text);
      return FALSE;
    }

  line = LINE (COL_PERIOD);
  column = COLUMN (COL_PERIOD);
  if (!parse_month (period_text, &year, &month))
    {
      csv_error (imp, line, column, error, STYR_ERROR_PARSE,
                 _("»%s« är ingen månad: skriv den ÅÅÅÅ-MM, t.ex. 2025-05"), period_text);
      return FALSE;
    }

  if (columns[COL_KONTO] >= 0)
    {
      account_text = f[columns[COL_KONTO]];
      line = LINE (COL_KONTO);
      column = COLUMN (COL_KONTO);
      category = styr_model_map_account (imp->stage.model, account_text);
      if (category == NULL)
        {
          csv_error (imp, line, column, error, STYR_ERROR_NOT_FOUND,
                     _("kontot »%s« har inget kostnadsslag i kontokartan (konton i klass 3–7, som 4010)"),
                     account_text);
          return FALSE;
        }
    }
  else
    {
      category = f[columns[COL_KOSTNADSSLAG]];
      line = LINE (COL_KOSTNADSSLAG);
      column = COLUMN (COL_KOSTNADSSLAG);
      if (!check_category (category, &local_error))
        {
          csv_error (imp, line, column, error, STYR_ERROR_PARSE, "%s", local_error->message);
          return FALSE;
        }
      category = g_string_chunk_insert_const (imp->stage.strings, category);
    }

  line = LINE (COL_BELOPP);
  column = COLUMN (COL_BELOPP);
  if (amount_text[0] == '\0')
    {
      csv_error (imp, line, column, error, STYR_ERROR_PARSE, _("belopp saknas"));
      return FALSE;
    }
  if (!styr_money_parse (amount_text, &ore, &local_error))
    {
      csv_error (imp, line, column, error, local_error->code, "%s", local_error->message);
      return FALSE;
    }

  g_hash_table_add (imp->stage.months, GUINT_TO_POINTER (YM (year, month)));
  if (!stage_outcome (&imp->stage, unit, YM (year, month), category, ore, &local_error))
    {
      csv_error (imp, line, column, error, local_error->code, "%s", local_error->message);
      return FALSE;
    }

#undef LINE
#undef COLUMN

  return TRUE;
}

static gboolean
import_outcomes_csv (CsvImport  *imp,
                     const char *text,
                     GError    **error)
{
  Record record;
  const char *p = text;
  guint line = 1, column = 1;
  int columns[N_COLS];
  gboolean have_header = FALSE;
  guint n_header = 0;
  gboolean ok = TRUE;
  GError *local_error = NULL;

  record.fields = g_ptr_array_new_with_free_func (g_free);
  record.lines = g_array_new (FALSE, FALSE, sizeof (guint));
  record.columns = g_array_new (FALSE, FALSE, sizeof (guint));

  for (int c = 0; c < N_COLS; c++)
    columns[c] = -1;

  while (ok && csv_next_record (imp, &p, &line, &column, &record, &local_error))
    {
      guint n = record.fields->len;
      char **f = (char **) record.fields->pdata;
      guint row_line = g_array_index (record.lines, guint, 0);
      gboolean blank = TRUE;

      for (guint i = 0; i < n && blank; i++)
        blank = f[i][0] == '\0';
      if (blank)
        continue;

      if (!have_header)
        {
          for (guint i = 0; i < n && ok; i++)
            {
              g_autofree char *head = g_utf8_strdown (f[i], -1);
              int c;

              for (c = 0; c < N_COLS; c++)
                if (strcmp (head, column_names[c]) == 0)
                  break;
              if (c == N_COLS)
                {
                  csv_error (imp, row_line, g_array_index (record.columns, guint, i),
                             &local_error, STYR_ERROR_PARSE,
                             _("rubrikraden saknas eller har en okänd kolumn »%s«: väntade enhet;period;konto;belopp (eller kostnadsslag i stället för konto)"),
                             f[i]);
                  ok = FALSE;
                }
              else if (columns[c] >= 0 ||
                       (c == COL_KONTO && columns[COL_KOSTNADSSLAG] >= 0) ||
                       (c == COL_KOSTNADSSLAG && columns[COL_KONTO] >= 0))
                {
                  csv_error (imp, row_line, g_array_index (record.columns, guint, i),
                             &local_error, STYR_ERROR_PARSE,
                             _("kolumnen »%s« förekommer två gånger i rubrikraden, eller både konto och kostnadsslag"),
                             f[i]);
                  ok = FALSE;
                }
              else
                columns[c] = (int) i;
            }

          for (int c = 0; c < N_COLS && ok; c++)
            if (columns[c] < 0 && c != COL_KONTO && c != COL_KOSTNADSSLAG)
              {
                csv_error (imp, row_line, 1, &local_error, STYR_ERROR_PARSE,
                           _("rubrikraden saknar kolumnen »%s«"), column_names[c]);
                ok = FALSE;
              }
          if (ok && columns[COL_KONTO] < 0 && columns[COL_KOSTNADSSLAG] < 0)
            {
              csv_error (imp, row_line, 1, &local_error, STYR_ERROR_PARSE,
                         _("rubrikraden saknar kolumnen »konto« (eller »kostnadsslag«)"));
              ok = FALSE;
            }

          have_header = TRUE;
          n_header = n;
          continue;
        }

      if (n != n_header)
        {
          guint at = n > n_header ? n_header : n - 1;

          csv_error (imp, g_array_index (record.lines, guint, at),
                     g_array_index (record.columns, guint, at), &local_error, STYR_ERROR_PARSE,
                     _("väntade %u fält åtskilda av semikolon, som rubrikraden, fann %u"),
                     n_header, n);
          ok = FALSE;
          continue;
        }

      ok = csv_stage_row (imp, f, columns, &record, &local_error);
    }

  if (ok && local_error != NULL)
    ok = FALSE;

  if (ok && !have_header)
    {
      csv_error (imp, 1, 1, &local_error, STYR_ERROR_PARSE,
                 _("filen är tom: rubrikraden enhet;period;konto;belopp saknas"));
      ok = FALSE;
    }

  if (!ok)
    g_propagate_error (error, local_error);

  g_ptr_array_unref (record.fields);
  g_array_unref (record.lines);
  g_array_unref (record.columns);
  return ok;
}

/**
 * styr_model_import_outcomes_bytes:
 * @self: a [class@Styr.Model]
 * @bytes: the contents of an outcome CSV file
 * @name: (nullable): the name of the input in error messages, or %NULL
 *   for `<data>`
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Imports outcomes from a CSV file held in memory; see
 * [method@Styr.Model.import_outcomes].
 *
 * Returns: (transfer full): what the import did, or %NULL on error (then
 *   @self is unchanged)
 *
 * Since: 1.0
 */
StyrImportResult *
styr_model_import_outcomes_bytes (StyrModel   *self,
                                  GBytes      *bytes,
                                  const char  *name,
                                  GError     **error)
{
  CsvImport imp;
  g_autofree char *text = NULL;
  StyrImportResult *result = NULL;

  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _styr_init_i18n ();

  stage_init (&imp.stage, self);
  imp.name = name != NULL ? name : "<data>";

  text = csv_decode (&imp, bytes, error);
  if (text != NULL && import_outcomes_csv (&imp, text, error))
    result = stage_apply (&imp.stage, FALSE);

  stage_clear (&imp.stage);
  return result;
}

/**
 * styr_model_import_outcomes:
 * @self: a [class@Styr.Model]
 * @file: a CSV file of outcomes
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Imports outcomes (*utfall*) of units from a Swedish CSV file, as
 * finance systems and spreadsheets write them:
 *
 * ```
 * enhet;period;konto;belopp
 * skola-norr;2025-05;4010;1 234,50
 * 1100;2025-05;5010;-12 000
 * ```
 *
 * - Fields are separated by `;`, optionally in double quotes (`""` is a
 *   quote inside them). Lines end in LF or CR LF; blank lines are
 *   skipped; spaces around a field are trimmed.
 * - The text is UTF-8, with or without a byte order mark, or
 *   Windows-1252 (what Excel writes on a Swedish Windows): a file that is
 *   not valid UTF-8 is read as Windows-1252.
 * - The first line is a header naming the columns, in any order and any
 *   case: `enhet`, `period`, `belopp`, and either `konto` or
 *   `kostnadsslag`. Every row has as many fields as the header.
 * - `enhet` is the id of a unit of @self, or an object of dimension `1`
 *   in the object map ([method@Styr.Model.map_object]).
 * - `period` is a month, `2025-05`.
 * - `konto` is an account, which goes to its cost category by the account
 *   map ([method@Styr.Model.map_account]); `kostnadsslag` is a cost
 *   category as written (`4000-4999`).
 * - `belopp` is an amount in kronor in the accounting sign (costs
 *   positive, income negative), written the Swedish way:
 *   `-1 234,50`, `1 234,5`, `1234`, with spaces or no-break spaces
 *   between groups of three digits ([func@Styr.money_parse]).
 *
 * Rows for the same unit, month and category are summed, so a file by
 * account may hold several accounts of one category. The months in the
 * file are replaced in full, for every unit: a unit's outcomes of those
 * months that the file does not name are removed, and so are the
 * unmapped outcome rows of those months; the result items' outcomes are
 * kept. [property@Styr.ImportResult:n-values] counts the rows written,
 * [property@Styr.ImportResult:n-replaced] the rows of those months there
 * were before.
 *
 * The import is all-or-nothing: on an error nothing in @self changes.
 * Errors are `NAME:LINE:COLUMN: message`, with the line and column (from
 * 1, in characters) of the field: %STYR_ERROR_NOT_FOUND for a unit or
 * object @self does not know or an account without a category,
 * %STYR_ERROR_PARSE for a bad month, amount, category, header, number of
 * fields, quote or encoding, %STYR_ERROR_OVERFLOW for sums beyond a
 * `gint64`, and a %G_IO_ERROR when the file cannot be read.
 *
 * Returns: (transfer full): what the import did, or %NULL on error (then
 *   @self is unchanged)
 *
 * Since: 1.0
 */
StyrImportResult *
styr_model_import_outcomes (StyrModel  *self,
                            GFile      *file,
                            GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  name = g_file_get_parse_name (file);
  return styr_model_import_outcomes_bytes (self, bytes, name, error);
}
