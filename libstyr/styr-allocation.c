/* styr-allocation.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "styr-private.h"
#include "styr-allocation.h"

/**
 * StyrAllocation:
 *
 * A resource allocation model (*resursfördelningsmodell*) that computes
 * the frame (*ram*) of one nämnd per year from a fixed part, volumes ×
 * prices (pupils × amount per pupil, users × hours × price …), a price
 * and wage index (*pris- och lönekompensation*) and an efficiency
 * requirement (*effektiviseringskrav*). Attach it to an organ with
 * [method@Styr.Organ.set_allocation] and write the result into the
 * organ's frames with [method@Styr.Allocation.apply].
 *
 * Money is `gint64` öre. **Percentages are integer basis points**
 * (*baspunkter*, hundredths of a per cent, [const@Styr.BASIS_POINTS_WHOLE]
 * is 100 %): an index of 2,8 % is 280, an efficiency requirement of
 * 1,5 % is 150. **Volumes are whole counts** (`gint64`) in the unit the
 * driver names; a fractional quantity is counted in a smaller unit
 * ("timmar" as minutes, "årsplatser" as hundredths of a place), with the
 * price per that unit.
 *
 * ## How the frame is computed
 *
 * For a year *y*, [method@Styr.Allocation.compute_frame] does, in this
 * order, every step in exact `gint64` arithmetic that fails with
 * %STYR_ERROR_OVERFLOW rather than wrapping:
 *
 * 1. *base* = *fixed*(y) + Σ *volume*(d, y) × *price*(d, y) over the
 *    drivers *d*; exact, no rounding;
 * 2. *indexed* = *base* × (10 000 + *index*(y)) / 10 000, rounded once to
 *    whole öre, half away from zero ([func@Styr.money_scale]);
 * 3. *frame* = *indexed* × (10 000 − *efficiency*(y)) / 10 000, rounded
 *    once more, half away from zero.
 *
 * The index and the efficiency requirement are thus applied one after
 * the other to the öre result of the step before, not merged into one
 * factor; a year without an index or a requirement uses 0.
 *
 * ## Growing without growing
 *
 * Nacka's question — how to *grow without growing* (*växa utan att
 * växa*) — is the question of cost per unit: when the number of pupils
 * rises faster than the frame, the cost per pupil must fall.
 * [method@Styr.Allocation.get_cost_per_unit] gives the part of the frame
 * a driver brings (its volume × price, indexed and reduced by the
 * efficiency requirement as above) divided by its volume; following it
 * over the budget year and the plan years shows whether a growing
 * volume is met by a falling cost per unit — an efficiency requirement
 * above the index, or a price per pupil that does not keep up with it.
 *
 * ## What-if
 *
 * A controller tries a change on a [method@Styr.Allocation.copy],
 * compares the frames of the copy and the original, and applies the copy
 * when the proposal is adopted. A copy is independent of the original.
 *
 * ```python
 * rfm = Styr.Allocation()
 * rfm.add_driver("elever", "Elever i grundskolan", "elever")
 * rfm.set_fixed(2025, 40_000_000_00)
 * rfm.set_volume("elever", 2025, 4_200)
 * rfm.set_price("elever", 2025, 105_000_00)
 * rfm.set_index(2025, 280)          # 2,8 %
 * rfm.set_efficiency(2025, 150)     # 1,5 %
 * frame = rfm.compute_frame(2025)           # öre; GLib.Error if it cannot
 *
 * what_if = rfm.copy()
 * what_if.set_volume("elever", 2025, 4_350)
 * proposal = what_if.compute_frame(2025)
 * print(f"{(proposal - frame) / 100:+,.0f} kr")
 * ```
 *
 * Since: 1.0
 */


typedef struct
{
  int      year;
  guint    has_fixed : 1;
  gint64   fixed;
  int      index;        /* basis points */
  int      efficiency;   /* basis points */
} YearRow;

typedef struct
{
  int      year;
  guint    has_volume : 1;
  guint    has_price : 1;
  gint64   volume;
  gint64   price;        /* öre per volume unit */
} DriverRow;

typedef struct
{
  char   *id;
  char   *name;
  char   *unit;
  GArray *rows;          /* DriverRow */
} Driver;

struct _StyrAllocation
{
  GObject    parent_instance;

  GArray    *years;      /* YearRow */
  GPtrArray *drivers;    /* Driver *, in the order they were added */
};

G_DEFINE_FINAL_TYPE (StyrAllocation, styr_allocation, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
driver_free (gpointer data)
{
  Driver *driver = data;

  g_free (driver->id);
  g_free (driver->name);
  g_free (driver->unit);
  g_array_unref (driver->rows);
  g_free (driver);
}

static Driver *
driver_new (const char *id,
            const char *name,
            const char *unit)
{
  Driver *driver = g_new0 (Driver, 1);

  driver->id = g_strdup (id);
  driver->name = g_strdup (name);
  driver->unit = g_strdup (unit);
  driver->rows = g_array_new (FALSE, TRUE, sizeof (DriverRow));
  return driver;
}

static void
styr_allocation_finalize (GObject *object)
{
  StyrAllocation *self = STYR_ALLOCATION (object);

  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->drivers, g_ptr_array_unref);

  G_OBJECT_CLASS (styr_allocation_parent_class)->finalize (object);
}

static void
styr_allocation_class_init (StyrAllocationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styr_allocation_finalize;

  /**
   * StyrAllocation::changed:
   * @self: the allocation
   *
   * Emitted after any figure or driver of @self changed, so that an
   * application can recompute and show the frames it derives.
   *
   * Since: 1.0
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
styr_allocation_init (StyrAllocation *self)
{
  self->years = g_array_new (FALSE, TRUE, sizeof (YearRow));
  self->drivers = g_ptr_array_new_with_free_func (driver_free);
}

static YearRow *
find_year (StyrAllocation *self,
           int             year,
           gboolean        create)
{
  YearRow row = { 0, };

  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, YearRow, i).year == year)
      return &g_array_index (self->years, YearRow, i);

  if (!create)
    return NULL;

  row.year = year;
  g_array_append_val (self->years, row);
  return &g_array_index (self->years, YearRow, self->years->len - 1);
}

static Driver *
find_driver (StyrAllocation *self,
             const char     *id)
{
  for (guint i = 0; i < self->drivers->len; i++)
    {
      Driver *driver = g_ptr_array_index (self->drivers, i);

      if (g_strcmp0 (driver->id, id) == 0)
        return driver;
    }

  return NULL;
}

static Driver *
get_driver (StyrAllocation  *self,
            const char      *id,
            GError         **error)
{
  Driver *driver = find_driver (self, id);

  if (driver == NULL)
    g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                 _("Resursfördelningsmodellen har ingen volymdrivare »%s«"),
                 id != NULL ? id : "");

  return driver;
}

static DriverRow *
find_driver_row (Driver   *driver,
                 int       year,
                 gboolean  create)
{
  DriverRow row = { 0, };

  for (guint i = 0; i < driver->rows->len; i++)
    if (g_array_index (driver->rows, DriverRow, i).year == year)
      return &g_array_index (driver->rows, DriverRow, i);

  if (!create)
    return NULL;

  row.year = year;
  g_array_append_val (driver->rows, row);
  return &g_array_index (driver->rows, DriverRow, driver->rows->len - 1);
}

static void
changed (StyrAllocation *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * styr_allocation_new:
 *
 * Creates a new, empty [class@Styr.Allocation].
 *
 * Returns: (transfer full): a new [class@Styr.Allocation]
 *
 * Since: 1.0
 */
StyrAllocation *
styr_allocation_new (void)
{
  return g_object_new (STYR_TYPE_ALLOCATION, NULL);
}

/**
 * styr_allocation_copy:
 * @self: a [class@Styr.Allocation]
 *
 * Makes an independent copy of @self, with all drivers and figures, for
 * a what-if: change the copy, compare its frames with those of @self,
 * and [method@Styr.Allocation.apply] it if the change is adopted.
 *
 * Returns: (transfer full): a new [class@Styr.Allocation]
 *
 * Since: 1.0
 */
StyrAllocation *
styr_allocation_copy (StyrAllocation *self)
{
  StyrAllocation *copy;

  g_return_val_if_fail (STYR_IS_ALLOCATION (self), NULL);

  copy = styr_allocation_new ();
  g_array_append_vals (copy->years, self->years->data, self->years->len);
  for (guint i = 0; i < self->drivers->len; i++)
    {
      Driver *driver = g_ptr_array_index (self->drivers, i);
      Driver *twin = driver_new (driver->id, driver->name, driver->unit);

      g_array_append_vals (twin->rows, driver->rows->data, driver->rows->len);
      g_ptr_array_add (copy->drivers, twin);
    }

  return copy;
}

/**
 * styr_allocation_set_fixed:
 * @self: a [class@Styr.Allocation]
 * @year: the year, 1 … 9999
 * @ore: the fixed part in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the fixed part (*fast del*, *grundbelopp*) of the frame for @year:
 * the part that does not follow any volume.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT when @year is out of range.
 *
 * Returns: %TRUE if the fixed part was set
 *
 * Since: 1.0
 */
gboolean
styr_allocation_set_fixed (StyrAllocation  *self,
                           int              year,
                           gint64           ore,
                           GError         **error)
{
  YearRow *row;

  g_return_val_if_fail (STYR_IS_ALLOCATION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_check_year (year, error))
    return FALSE;

  row = find_year (self, year, TRUE);
  row->has_fixed = TRUE;
  row->fixed = ore;
  changed (self);

  return TRUE;
}

/**
 * styr_allocation_get_fixed:
 * @self: a [class@Styr.Allocation]
 * @year: a year
 *
 * Gets the fixed part of the frame for @year.
 *
 * Returns: the fixed part in öre, 0 when none is set
 *
 * Since: 1.0
 */
gint64
styr_allocation_get_fixed (StyrAllocation *self,
                           int             year)
{
  YearRow *row;

  g_return_val_if_fail (STYR_IS_ALLOCATION (self), 0);

  row = find_year (self, year, FALSE);
  return row != NULL ? row->fixed : 0;
}

/**
 * styr_allocation_lookup_fixed:
 * @self: a [class@Styr.Allocation]
 * @year: a year
 * @ore: (out) (optional): return location for the fixed part in öre
 *
 * Looks up the fixed part of the frame for @year. Unlike
 * [method@Styr.Allocation.get_fixed] it tells a fixed part of 0 from
 * none: only a year with a fixed part or a volume has a frame
 * ([method@Styr.Allocation.compute_frame]).
 *
 * Returns: %TRUE if a fixed part is set for @year
 *
 * Since: 1.0
 */
gboolean
styr_allocation_lookup_fixed (StyrAllocation *self,
                              int             year,
                              gint64         *ore)
{
  YearRow *row;

  g_return_val_if_fail (STYR_IS_ALLOCATION (self), FALSE);

  row = find_year (self, year, FALSE);
  if (row == NULL || !row->has_fixed)
    row = NULL;
  if (ore != NULL)
    *ore = row != NULL ? row->fixed : 0;

  return row != NULL;
}

/**
 * styr_allocation_set_index:
 * @self: a [class@Styr.Allocation]
 * @year: the year, 1 … 9999
 * @basis_points: the price and wage index in basis points, −10 000 …
 *   10 000 (280 is 2,8 %)
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the price and wage compensation (*pris- och lönekompensation*) of
 * @year, which raises the frame before the efficiency requirement lowers
 * it.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT when a value is out of range.
 *
 * Returns: %TRUE if the index was set
 *
 * Since: 1.0
 */
gboolean
styr_allocation_set_index (StyrAllocation  *self,
                           int              year,
                           int              basis_points,
                           GError         **error)
{
  g_return_val_if_fail (STYR_IS_ALLOCATION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_check_year (year, error))
    return FALSE;

  if (basis_points < -STYR_BASIS_POINTS_WHOLE || basis_points > STYR_BASIS_POINTS_WHOLE)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Pris- och lönekompensationen %d baspunkter är utanför det tillåtna intervallet −%d–%d"),
                   basis_points, STYR_BASIS_POINTS_WHOLE, STYR_BASIS_POINTS_WHOLE);
      return FALSE;
    }

  find_year (self, year, TRUE)->index = basis_points;
  changed (self);

  return TRUE;
}

/**
 * styr_allocation_get_index:
 * @self: a [class@Styr.Allocation]
 * @year: a year
 *
 * Gets the price and wage index of @year.
 *
 * Returns: the index in basis points, 0 when none is set
 *
 * Since: 1.0
 */
int
styr_allocation_get_index (StyrAllocation *self,
                           int             year)
{
  YearRow *row;

  g_return_val_if_fail (STYR_IS_ALLOCATION (self), 0);

  row = find_year (self, year, FALSE);
  return row != NULL ? row->index : 0;
}

/**
 * styr_allocation_set_efficiency:
 * @self: a [class@Styr.Allocation]
 * @year: the year, 1 … 9999
 * @basis_points: the efficiency requirement in basis points, 0 … 10 000
 *   (150 is 1,5 %)
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the efficiency requirement (*effektiviseringskrav*) of @year,
 * which lowers the indexed frame.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT when a value is out of range.
 *
 * Returns: %TRUE if the requirement was set
 *
 * Since: 1.0
 */
gboolean
styr_allocation_set_efficiency (StyrAllocation  *self,
                                int              year,
                                int              basis_points,
                                GError         **error)
{
  g_return_val_if_fail (STYR_IS_ALLOCATION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_check_year (year, error))
    return FALSE;

  if (basis_points < 0 || basis_points > STYR_BASIS_POINTS_WHOLE)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Effektiviseringskravet %d baspunkter är utanför det tillåtna intervallet 0–%d"),
                   basis_points, STYR_BASIS_POINTS_WHOLE);
      return FALSE;
    }

  find_year (self, year, TRUE)->efficiency = basis_points;
  changed (self);

  return TRUE;
}

/**
 * styr_allocation_get_efficiency:
 * @self: a [class@Styr.Allocation]
 * @year: a year
 *
 * Gets the efficiency requirement of @year.
 *
 * Returns: the requirement in basis points, 0 when none is set
 *
 * Since: 1.0
 */
int
styr_allocation_get_efficiency (StyrAllocation *self,
                                int             year)
{
  YearRow *row;

  g_return_val_if_fail (STYR_IS_ALLOCATION (self), 0);

  row = find_year (self, year, FALSE);
  return row != NULL ? row->efficiency : 0;
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  int x = *(const int *) a;
  int y = *(const int *) b;

  return (x > y) - (x < y);
}

/**
 * styr_allocation_dup_years:
 * @self: a [class@Styr.Allocation]
 * @n_years: (out): return location for the number of years
 *
 * Gets the years for which @self holds any figure — a fixed part, an
 * index, an efficiency requirement, or a volume or price of a driver —
 * in increasing order, each once: what a writer or a table of the model
 * walks.
 *
 * Returns: (transfer full) (array length=n_years) (nullable): the years,
 *   or %NULL when there are none
 *
 * Since: 1.0
 */
int *
styr_allocation_dup_years (StyrAllocation *self,
                           gsize          *n_years)
{
  g_autoptr(GArray) years = NULL;
  guint n = 0;

  g_return_val_if_fail (STYR_IS_ALLOCATION (self), NULL);
  g_return_val_if_fail (n_years != NULL, NULL);

  years = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < self->years->len; i++)
    g_array_append_val (years, g_array_index (self->years, YearRow, i).year);
  for (guint i = 0; i < self->drivers->len; i++)
    {
      Driver *driver = g_ptr_array_index (self->drivers, i);

      for (guint j = 0; j < driver->rows->len; j++)
        g_array_append_val (years, g_array_index (driver->rows, DriverRow, j).year);
    }

  g_array_sort (years, compare_years);
  for (guint i = 0; i < years->len; i++)
    {
      int year = g_array_index (years, int, i);

      if (n == 0 || g_array_index (years, int, n - 1) != year)
        g_array_index (years, int, n++) = year;
    }

  *n_years = n;
  if (n == 0)
    return NULL;
  g_array_set_size (years, n);
  return (int *) g_array_free (g_steal_pointer (&years), FALSE);
}

/**
 * styr_allocation_add_driver:
 * @self: a [class@Styr.Allocation]
 * @id: the driver's id, unique within @self (the rules of entity ids)
 * @name: (nullable): a name, e.g. "Elever i grundskolan"
 * @unit: (nullable): the unit a volume counts, e.g. "elever"
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Adds a volume driver: something counted (pupils, users of home care,
 * hours) whose volume × price per unit makes up part of the frame.
 *
 * Fails with %STYR_ERROR_INVALID_ID for a malformed id and with
 * %STYR_ERROR_DUPLICATE_ID when @self has a driver @id.
 *
 * Returns: %TRUE if the driver was added
 *
 * Since: 1.0
 */
gboolean
styr_allocation_add_driver (StyrAllocation  *self,
                            const char      *id,
                            const char      *name,
                            const char      *unit,
                            GError         **error)
{
  g_return_val_if_fail (STYR_IS_ALLOCATION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_id_is_valid (id))
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ID,
                   _("Ogiltigt id »%s« för en volymdrivare"),
                   id != NULL ? id : "");
      return FALSE;
    }

  if (find_driver (self, id) != NULL)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID,
                   _("Resursfördelningsmodellen har redan en volymdrivare »%s«"), id);
      return FALSE;
    }

  g_ptr_array_add (self->drivers, driver_new (id, name, unit));
  changed (self);

  return TRUE;
}

/**
 * styr_allocation_dup_driver_ids:
 * @self: a [class@Styr.Allocation]
 *
 * Gets the ids of the volume drivers of @self, in the order they were
 * added.
 *
 * Returns: (transfer full) (array zero-terminated=1): the ids
 *
 * Since: 1.0
 */
char **
styr_allocation_dup_driver_ids (StyrAllocation *self)
{
  char **ids;

  g_return_val_if_fail (STYR_IS_ALLOCATION (self), NULL);

  ids = g_new0 (char *, self->drivers->len + 1);
  for (guint i = 0; i < self->drivers->len; i++)
    ids[i] = g_strdup (((Driver *) g_ptr_array_index (self->drivers, i))->id);

  return ids;
}

/**
 * styr_allocation_get_driver_name:
 * @self: a [class@Styr.Allocation]
 * @driver_id: the id of a driver
 *
 * Gets the name of the driver @driver_id.
 *
 * Returns: (nullable): the name, or %NULL when there is no name or no
 *   such driver
 *
 * Since: 1.0
 */
const char *
styr_allocation_get_driver_name (StyrAllocation *self,
                                 const char     *driver_id)
{
  Driver *driver;

  g_return_val_if_fail (STYR_IS_ALLOCATION (self), NULL);

  driver = find_driver (self, driver_id);
  return driver != NULL ? driver->name : NULL;
}

/**
 * styr_allocation_get_driver_unit:
 * @self: a [class@Styr.Allocation]
 * @driver_id: the id of a driver
 *
 * Gets the unit the volumes of the driver @driver_id count, e.g.
 * "elever".
 *
 * Returns: (nullable): the unit, or %NULL when there is no unit or no
 *   such driver
 *
 * Since: 1.0
 */
const char *
styr_allocation_get_driver_unit (StyrAllocation *self,
                                 const char     *driver_id)
{
  Driver *driver;

  g_return_val_if_fail (STYR_IS_ALLOCATION (self), NULL);

  driver = find_driver (self, driver_id);
  return driver != NULL ? driver->unit : NULL;
}

/**
 * styr_allocation_set_volume:
 * @self: a [class@Styr.Allocation]
 * @driver_id: the id of a driver
 * @year: the year, 1 … 9999
 * @volume: the volume, a whole count ≥ 0 in the driver's unit
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the volume of a driver for @year, e.g. the number of pupils.
 *
 * Fails with %STYR_ERROR_NOT_FOUND when there is no driver @driver_id
 * and with %STYR_ERROR_INVALID_ARGUMENT for a negative volume or a year
 * out of range.
 *
 * Returns: %TRUE if the volume was set
 *
 * Since: 1.0
 */
gboolean
styr_allocation_set_volume (StyrAllocation  *self,
                            const char      *driver_id,
                            int              year,
                            gint64           volume,
                            GError         **error)
{
  Driver *driver;
  DriverRow *row;

  g_return_val_if_fail (STYR_IS_ALLOCATION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((driver = get_driver (self, driver_id, error)) == NULL ||
      !_styr_check_year (year, error))
    return FALSE;

  if (volume < 0)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Volymen för »%s« år %d kan inte vara negativ (%" G_GINT64_FORMAT ")"),
                   driver_id, year, volume);
      return FALSE;
    }

  row = find_driver_row (driver, year, TRUE);
  row->has_volume = TRUE;
  row->volume = volume;
  changed (self);

  return TRUE;
}

/**
 * styr_allocation_lookup_volume:
 * @self: a [class@Styr.Allocation]
 * @driver_id: the id of a driver
 * @year: a year
 * @volume: (out) (optional): return location for the volume
 *
 * Looks up the volume of a driver for @year.
 *
 * Returns: %TRUE if the volume is set
 *
 * Since: 1.0
 */
gboolean
styr_allocation_lookup_volume (StyrAllocation *self,
                               const char     *driver_id,
                               int             year,
                               gint64         *volume)
{
  Driver *driver;
  DriverRow *row = NULL;

  g_return_val_if_fail (STYR_IS_ALLOCATION (self), FALSE);

  if ((driver = find_driver (self, driver_id)) != NULL)
    row = find_driver_row (driver, year, FALSE);

  if (row == NULL || !row->has_volume)
    row = NULL;
  if (volume != NULL)
    *volume = row != NULL ? row->volume : 0;

  return row != NULL;
}

/**
 * styr_allocation_set_price:
 * @self: a [class@Styr.Allocation]
 * @driver_id: the id of a driver
 * @year: the year, 1 … 9999
 * @ore: the price per volume unit in öre, e.g. the amount per pupil
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the price per volume unit of a driver for @year, before the index
 * and the efficiency requirement of the year.
 *
 * Fails with %STYR_ERROR_NOT_FOUND when there is no driver @driver_id
 * and with %STYR_ERROR_INVALID_ARGUMENT for a negative price or a year
 * out of range.
 *
 * Returns: %TRUE if the price was set
 *
 * Since: 1.0
 */
gboolean
styr_allocation_set_price (StyrAllocation  *self,
                           const char      *driver_id,
                           int              year,
                           gint64           ore,
                           GError         **error)
{
  Driver *driver;
  DriverRow *row;

  g_return_val_if_fail (STYR_IS_ALLOCATION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((driver = get_driver (self, driver_id, error)) == NULL ||
      !_styr_check_year (year, error))
    return FALSE;

  if (ore < 0)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Priset per enhet för »%s« år %d kan inte vara negativt (%" G_GINT64_FORMAT " öre)"),
                   driver_id, year, ore);
      return FALSE;
    }

  row = find_driver_row (driver, year, TRUE);
  row->has_price = TRUE;
  row->price = ore;
  changed (self);

  return TRUE;
}

/**
 * styr_allocation_lookup_price:
 * @self: a [class@Styr.Allocation]
 * @driver_id: the id of a driver
 * @year: a year
 * @ore: (out) (optional): return location for the price per unit in öre
 *
 * Looks up the price per volume unit of a driver for @year.
 *
 * Returns: %TRUE if the price is set
 *
 * Since: 1.0
 */
gboolean
styr_allocation_lookup_price (StyrAllocation *self,
                              const char     *driver_id,
                              int             year,
                              gint64         *ore)
{
  Driver *driver;
  DriverRow *row = NULL;

  g_return_val_if_fail (STYR_IS_ALLOCATION (self), FALSE);

  if ((driver = find_driver (self, driver_id)) != NULL)
    row = find_driver_row (driver, year, FALSE);

  if (row == NULL || !row->has_price)
    row = NULL;
  if (ore != NULL)
    *ore = row != NULL ? row->price : 0;

  return row != NULL;
}

/* volume × price of @driver in @year; 0 without a volume. A volume
 * without a price is an error. */
static gboolean
driver_amount (Driver   *driver,
               int       year,
               gint64   *amount,
               gboolean *has_volume,
               GError  **error)
{
  DriverRow *row = find_driver_row (driver, year, FALSE);

  *amount = 0;
  *has_volume = row != NULL && row->has_volume;
  if (!*has_volume)
    return TRUE;

  if (!row->has_price)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                   _("Volymdrivaren »%s« har en volym men inget pris för år %d"),
                   driver->id, year);
      return FALSE;
    }

  return styr_money_multiply (row->volume, row->price, amount, error);
}

/* Steps 2 and 3 of the computation: index, then efficiency. */
static gboolean
index_and_reduce (StyrAllocation  *self,
                  int              year,
                  gint64           base,
                  gint64          *result,
                  GError         **error)
{
  YearRow *row = find_year (self, year, FALSE);
  int index = row != NULL ? row->index : 0;
  int efficiency = row != NULL ? row->efficiency : 0;
  gint64 indexed;

  return styr_money_scale (base, STYR_BASIS_POINTS_WHOLE + index,
                           STYR_BASIS_POINTS_WHOLE, &indexed, error) &&
         styr_money_scale (indexed, STYR_BASIS_POINTS_WHOLE - efficiency,
                           STYR_BASIS_POINTS_WHOLE, result, error);
}

/**
 * styr_allocation_compute_frame:
 * @self: a [class@Styr.Allocation]
 * @year: the year
 * @frame_ore: (out): return location for the frame in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Computes the frame of @year: (fixed part + Σ volume × price) raised by
 * the index and lowered by the efficiency requirement, rounded as the
 * class description says.
 *
 * Fails with %STYR_ERROR_NOT_FOUND when @self has neither a fixed part
 * nor any volume for @year, or a driver has a volume but no price, and
 * with %STYR_ERROR_OVERFLOW when a step does not fit a `gint64`; then
 * @frame_ore is 0.
 *
 * Returns: (skip): %TRUE if @frame_ore holds the frame
 *
 * Since: 1.0
 */
gboolean
styr_allocation_compute_frame (StyrAllocation  *self,
                               int              year,
                               gint64          *frame_ore,
                               GError         **error)
{
  YearRow *row;
  gint64 base;
  gboolean any;

  g_return_val_if_fail (STYR_IS_ALLOCATION (self), FALSE);
  g_return_val_if_fail (frame_ore != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *frame_ore = 0;
  row = find_year (self, year, FALSE);
  any = row != NULL && row->has_fixed;
  base = any ? row->fixed : 0;

  for (guint i = 0; i < self->drivers->len; i++)
    {
      gint64 amount;
      gboolean has_volume;

      if (!driver_amount (g_ptr_array_index (self->drivers, i), year,
                          &amount, &has_volume, error) ||
          !styr_money_add (base, amount, &base, error))
        return FALSE;
      any |= has_volume;
    }

  if (!any)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                   _("Resursfördelningsmodellen har varken fast del eller volymer för år %d"),
                   year);
      return FALSE;
    }

  return index_and_reduce (self, year, base, frame_ore, error);
}

/**
 * styr_allocation_get_cost_per_unit:
 * @self: a [class@Styr.Allocation]
 * @driver_id: the id of a driver
 * @year: the year
 * @ore_per_unit: (out): return location for the cost per volume unit in öre
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Computes the cost per volume unit of a driver in @year: the part of
 * the frame the driver brings — its volume × price, raised by the index
 * and lowered by the efficiency requirement with the same two roundings
 * as [method@Styr.Allocation.compute_frame] — divided by its volume and
 * rounded half away from zero to whole öre. The fixed part is not
 * attributed to any driver. See "Growing without growing" in the class
 * description.
 *
 * Fails with %STYR_ERROR_NOT_FOUND when there is no driver @driver_id or
 * it has no volume or price for @year, with %STYR_ERROR_INVALID_ARGUMENT
 * when the volume is 0, and with %STYR_ERROR_OVERFLOW when a step does
 * not fit a `gint64`; then @ore_per_unit is 0.
 *
 * Returns: (skip): %TRUE if @ore_per_unit holds the cost
 *
 * Since: 1.0
 */
gboolean
styr_allocation_get_cost_per_unit (StyrAllocation  *self,
                                   const char      *driver_id,
                                   int              year,
                                   gint64          *ore_per_unit,
                                   GError         **error)
{
  Driver *driver;
  DriverRow *row;
  gint64 amount, part;
  gboolean has_volume;

  g_return_val_if_fail (STYR_IS_ALLOCATION (self), FALSE);
  g_return_val_if_fail (ore_per_unit != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *ore_per_unit = 0;
  if ((driver = get_driver (self, driver_id, error)) == NULL ||
      !driver_amount (driver, year, &amount, &has_volume, error))
    return FALSE;

  if (!has_volume)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                   _("Volymdrivaren »%s« har ingen volym för år %d"),
                   driver_id, year);
      return FALSE;
    }

  row = find_driver_row (driver, year, FALSE);
  if (row->volume == 0)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Volymen för »%s« år %d är 0; det finns ingen kostnad per enhet"),
                   driver_id, year);
      return FALSE;
    }

  return index_and_reduce (self, year, amount, &part, error) &&
         styr_money_scale (part, 1, row->volume, ore_per_unit, error);
}
