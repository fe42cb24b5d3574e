/* styr-calendar.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-calendar.h"

/**
 * StyrCalendar:
 *
 * The follow-up calendar (*årshjul*): the occasions (*uppföljningstillfällen*,
 * [class@Styr.Occasion]) at which goal fulfilment and the economy are
 * reported to the politicians during the year.
 *
 * Municipalities follow up differently — every tertial, every quarter,
 * with economy reports in between — so the calendar is model data
 * ([property@Styr.Model:calendar]). Presets
 * ([enum@Styr.CalendarPreset]) fill in one year at a time
 * ([method@Styr.Calendar.add_preset_year]); occasions are added and
 * removed one by one with [method@Styr.Calendar.add_occasion] and
 * [method@Styr.Calendar.remove_occasion].
 *
 * The occasions ([method@Styr.Calendar.get_occasions]) are kept in the
 * order the reports fall in the year: by the end of their period (the day
 * a report is made up to), so `2025-02`, `2025-T1`, `2025-06`, `2025-T2`,
 * `2025-10`, `2025`; of two periods that end in the same month the longer
 * comes first, as [method@Styr.Period.compare] has it (`2025` before
 * `2025-T3`, `2025-Q4` and `2025-12`); and of two occasions with equal
 * periods the one with the smaller identifier (by byte value) comes first.
 *
 * ```python
 * calendar = Styr.Calendar.new_preset(Styr.CalendarPreset.TERTIAL, 2025)
 * calendar.add_preset_year(Styr.CalendarPreset.TERTIAL, 2026)
 * for occasion in calendar.get_occasions():
 *     print(occasion.get_period().to_string(), occasion.props.name)
 * ```
 *
 * Since: 1.0
 */

struct _StyrCalendar
{
  GObject     parent_instance;

  char       *name;
  GListStore *occasions;                      /* sorted, see above */
  GHashTable *by_id;                          /* id → StyrOccasion (unowned) */
};

G_DEFINE_FINAL_TYPE (StyrCalendar, styr_calendar, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_calendar_dispose (GObject *object)
{
  StyrCalendar *self = (StyrCalendar *) object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->occasions);

  G_OBJECT_CLASS (styr_calendar_parent_class)->dispose (object);
}

static void
styr_calendar_finalize (GObject *object)
{
  StyrCalendar *self = (StyrCalendar *) object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (styr_calendar_parent_class)->finalize (object);
}

static void
styr_calendar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  StyrCalendar *self = STYR_CALENDAR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_calendar_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  StyrCalendar *self = STYR_CALENDAR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      styr_calendar_set_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_calendar_class_init (StyrCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = styr_calendar_dispose;
  object_class->finalize = styr_calendar_finalize;
  object_class->get_property = styr_calendar_get_property;
  object_class->set_property = styr_calendar_set_property;

  /**
   * StyrCalendar:name:
   *
   * The name of the calendar, e.g. "Årshjul" or "Tertialuppföljning".
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_calendar_init (StyrCalendar *self)
{
  self->occasions = g_list_store_new (STYR_TYPE_OCCASION);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/* The order of the occasions: by the year and last month of the period
 * (the day the report is made up to), then by styr_period_compare(), which
 * puts the longer of two periods ending in the same month first, then by
 * identifier. An occasion's id and period never change, so neither does
 * its place. */
static int
compare_occasions (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  StyrOccasion *oa = (StyrOccasion *) a;
  StyrOccasion *ob = (StyrOccasion *) b;
  const StyrPeriod *pa = styr_occasion_get_period (oa);
  const StyrPeriod *pb = styr_occasion_get_period (ob);
  int ya = styr_period_get_year (pa);
  int yb = styr_period_get_year (pb);
  int ma = styr_period_get_last_month (pa);
  int mb = styr_period_get_last_month (pb);
  int cmp;

  if (ya != yb)
    return ya < yb ? -1 : 1;
  if (ma != mb)
    return ma < mb ? -1 : 1;
  cmp = styr_period_compare (pa, pb);
  if (cmp != 0)
    return cmp;
  return strcmp (styr_occasion_get_id (oa), styr_occasion_get_id (ob));
}

/* Checks what styr_calendar_add_occasion() checks, without adding. */
static gboolean
check_occasion (StyrCalendar  *self,
                StyrOccasion  *occasion,
                GError       **error)
{
  const char *id = styr_occasion_get_id (occasion);

  if (!_styr_id_is_valid (id))
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ID,
                   _("Ogiltigt id »%s« för ett uppföljningstillfälle"),
                   id != NULL ? id : "");
      return FALSE;
    }
  if (styr_occasion_get_period (occasion) == NULL)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Uppföljningstillfället »%s« saknar period"), id);
      return FALSE;
    }
  if (g_hash_table_contains (self->by_id, id))
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID,
                   _("Årshjulet har redan ett uppföljningstillfälle med id »%s«"), id);
      return FALSE;
    }
  return TRUE;
}

static void
insert_occasion (StyrCalendar *self,
                 StyrOccasion *occasion)
{
  g_list_store_insert_sorted (self->occasions, occasion, compare_occasions, NULL);
  g_hash_table_insert (self->by_id, (gpointer) styr_occasion_get_id (occasion), occasion);
}

/**
 * styr_calendar_new:
 * @name: (nullable): the name of the calendar, e.g. "Årshjul"
 *
 * Creates a new, empty follow-up calendar.
 *
 * Returns: (transfer full): a new [class@Styr.Calendar]
 *
 * Since: 1.0
 */
StyrCalendar *
styr_calendar_new (const char *name)
{
  return g_object_new (STYR_TYPE_CALENDAR,
                       "name", name,
                       NULL);
}

/**
 * styr_calendar_get_name:
 * @self: a [class@Styr.Calendar]
 *
 * Gets the [property@Styr.Calendar:name] of @self.
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
styr_calendar_get_name (StyrCalendar *self)
{
  g_return_val_if_fail (STYR_IS_CALENDAR (self), NULL);

  return self->name;
}

/**
 * styr_calendar_set_name:
 * @self: a [class@Styr.Calendar]
 * @name: (nullable): the new name
 *
 * Sets the [property@Styr.Calendar:name] of @self.
 *
 * Since: 1.0
 */
void
styr_calendar_set_name (StyrCalendar *self,
                        const char   *name)
{
  g_return_if_fail (STYR_IS_CALENDAR (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * styr_calendar_get_occasions:
 * @self: a [class@Styr.Calendar]
 *
 * Gets the occasions of the calendar in the order the reports fall: by
 * the end of their period, then the longer period first, then by
 * identifier (see [class@Styr.Calendar]). The list follows additions and
 * removals.
 *
 * Returns: (transfer none): a list model of [class@Styr.Occasion]
 *
 * Since: 1.0
 */
GListModel *
styr_calendar_get_occasions (StyrCalendar *self)
{
  g_return_val_if_fail (STYR_IS_CALENDAR (self), NULL);

  return G_LIST_MODEL (self->occasions);
}

/**
 * styr_calendar_get_n_occasions:
 * @self: a [class@Styr.Calendar]
 *
 * Counts the occasions of the calendar.
 *
 * Returns: the number of occasions
 *
 * Since: 1.0
 */
guint
styr_calendar_get_n_occasions (StyrCalendar *self)
{
  g_return_val_if_fail (STYR_IS_CALENDAR (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->occasions));
}

/**
 * styr_calendar_add_occasion:
 * @self: a [class@Styr.Calendar]
 * @occasion: the occasion to add
 * @error: return location for a #GError
 *
 * Adds @occasion to the calendar, in its place in the order of
 * [method@Styr.Calendar.get_occasions]. The calendar takes a reference.
 *
 * Fails with %STYR_ERROR_INVALID_ID when the occasion has no valid
 * identifier, %STYR_ERROR_INVALID_ARGUMENT when it has no period, and
 * %STYR_ERROR_DUPLICATE_ID when the calendar already has an occasion with
 * its identifier.
 *
 * Returns: %TRUE if the occasion was added
 *
 * Since: 1.0
 */
gboolean
styr_calendar_add_occasion (StyrCalendar  *self,
                            StyrOccasion  *occasion,
                            GError       **error)
{
  g_return_val_if_fail (STYR_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (STYR_IS_OCCASION (occasion), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_occasion (self, occasion, error))
    return FALSE;

  insert_occasion (self, occasion);
  return TRUE;
}

/**
 * styr_calendar_remove_occasion:
 * @self: a [class@Styr.Calendar]
 * @occasion: the occasion to remove
 * @error: return location for a #GError
 *
 * Removes @occasion from the calendar.
 *
 * Fails with %STYR_ERROR_NOT_FOUND when @occasion is not in the calendar.
 *
 * Returns: %TRUE if the occasion was removed
 *
 * Since: 1.0
 */
gboolean
styr_calendar_remove_occasion (StyrCalendar  *self,
                               StyrOccasion  *occasion,
                               GError       **error)
{
  const char *id;
  guint position;

  g_return_val_if_fail (STYR_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (STYR_IS_OCCASION (occasion), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = styr_occasion_get_id (occasion);
  if (!g_list_store_find (self->occasions, occasion, &position))
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                   _("Uppföljningstillfället »%s« finns inte i årshjulet"),
                   id != NULL ? id : "");
      return FALSE;
    }

  g_hash_table_remove (self->by_id, id);
  g_list_store_remove (self->occasions, position);
  return TRUE;
}

/**
 * styr_calendar_lookup_occasion:
 * @self: a [class@Styr.Calendar]
 * @id: the identifier of an occasion
 *
 * Looks up the occasion with the identifier @id.
 *
 * Returns: (transfer none) (nullable): the occasion, or %NULL
 *
 * Since: 1.0
 */
StyrOccasion *
styr_calendar_lookup_occasion (StyrCalendar *self,
                               const char   *id)
{
  g_return_val_if_fail (STYR_IS_CALENDAR (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * styr_calendar_find_occasion:
 * @self: a [class@Styr.Calendar]
 * @period: a period
 *
 * Finds the occasion made per @period: the one whose
 * [property@Styr.Occasion:period] equals @period
 * ([method@Styr.Period.equal]: `2025-T3` is not `2025`). When several
 * occasions share the period, the first in the calendar's order (the
 * smallest identifier) is returned.
 *
 * Returns: (transfer none) (nullable): the occasion, or %NULL when no
 *   occasion is made per @period
 *
 * Since: 1.0
 */
StyrOccasion *
styr_calendar_find_occasion (StyrCalendar     *self,
                             const StyrPeriod *period)
{
  guint n;

  g_return_val_if_fail (STYR_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->occasions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrOccasion) occasion = g_list_model_get_item (G_LIST_MODEL (self->occasions), i);

      /* The store keeps its own reference; hand out a borrowed pointer. */
      if (styr_period_equal (styr_occasion_get_period (occasion), period))
        return occasion;
    }
  return NULL;
}

/**
 * styr_calendar_get_occasions_in_year:
 * @self: a [class@Styr.Calendar]
 * @year: a year
 *
 * Gets the occasions whose period lies in @year, in the calendar's order.
 * The list is a snapshot: it does not follow later changes.
 *
 * Returns: (transfer full): a new list model of [class@Styr.Occasion]
 *
 * Since: 1.0
 */
GListModel *
styr_calendar_get_occasions_in_year (StyrCalendar *self,
                                     int           year)
{
  GListStore *result;
  guint n;

  g_return_val_if_fail (STYR_IS_CALENDAR (self), NULL);

  result = g_list_store_new (STYR_TYPE_OCCASION);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->occasions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrOccasion) occasion = g_list_model_get_item (G_LIST_MODEL (self->occasions), i);

      if (styr_period_get_year (styr_occasion_get_period (occasion)) == year)
        g_list_store_append (result, occasion);
    }
  return G_LIST_MODEL (result);
}

/* Presets. */

typedef struct
{
  const char        *suffix;            /* the id is "<year>-<suffix>" */
  const char        *name;
  StyrPeriodKind     kind;
  int                number;
  StyrOccasionFlags  flags;
  /* The deadline falls on the last day of the month this many months
   * after the period's end; 0 for no deadline. */
  int                deadline_months;
} PresetOccasion;

#define GOALS_AND_ECONOMY (STYR_OCCASION_FLAGS_GOALS | STYR_OCCASION_FLAGS_ECONOMY)

static const PresetOccasion tertial[] = {
  { "t1",    N_("Tertialrapport 1"), STYR_PERIOD_KIND_TERTIAL, 1,
    GOALS_AND_ECONOMY, 0 },
  { "delar", N_("Delårsrapport"),    STYR_PERIOD_KIND_TERTIAL, 2,
    GOALS_AND_ECONOMY | STYR_OCCASION_FLAGS_INTERIM_REPORT, 2 },
  { "ar",    N_("Årsredovisning"),   STYR_PERIOD_KIND_YEAR,    1,
    GOALS_AND_ECONOMY | STYR_OCCASION_FLAGS_ANNUAL_REPORT, 0 },
};

/* Ängelholm (RATTEN.md, "Follow-up"): economy and goals every four months,
 * economy also every other month. Of the even months, April, August and
 * December already have a tertial report with the economy in it, so only
 * February, June and October get an economy report of their own. */
static const PresetOccasion angelholm[] = {
  { "ek-02", N_("Ekonomirapport februari"), STYR_PERIOD_KIND_MONTH, 2,
    STYR_OCCASION_FLAGS_ECONOMY, 0 },
  { "t1",    N_("Tertialrapport 1"), STYR_PERIOD_KIND_TERTIAL, 1,
    GOALS_AND_ECONOMY, 0 },
  { "ek-06", N_("Ekonomirapport juni"), STYR_PERIOD_KIND_MONTH, 6,
    STYR_OCCASION_FLAGS_ECONOMY, 0 },
  { "delar", N_("Delårsrapport"),    STYR_PERIOD_KIND_TERTIAL, 2,
    GOALS_AND_ECONOMY | STYR_OCCASION_FLAGS_INTERIM_REPORT, 2 },
  { "ek-10", N_("Ekonomirapport oktober"), STYR_PERIOD_KIND_MONTH, 10,
    STYR_OCCASION_FLAGS_ECONOMY, 0 },
  { "ar",    N_("Årsredovisning"),   STYR_PERIOD_KIND_YEAR,    1,
    GOALS_AND_ECONOMY | STYR_OCCASION_FLAGS_ANNUAL_REPORT, 0 },
};

static const PresetOccasion quarterly[] = {
  { "q1",    N_("Kvartalsrapport 1"), STYR_PERIOD_KIND_QUARTER, 1,
    GOALS_AND_ECONOMY, 0 },
  { "delar", N_("Delårsrapport"),     STYR_PERIOD_KIND_QUARTER, 2,
    GOALS_AND_ECONOMY | STYR_OCCASION_FLAGS_INTERIM_REPORT, 2 },
  { "q3",    N_("Kvartalsrapport 3"), STYR_PERIOD_KIND_QUARTER, 3,
    GOALS_AND_ECONOMY, 0 },
  { "ar",    N_("Årsredovisning"),    STYR_PERIOD_KIND_YEAR,    1,
    GOALS_AND_ECONOMY | STYR_OCCASION_FLAGS_ANNUAL_REPORT, 0 },
};

static const PresetOccasion *
preset_occasions (StyrCalendarPreset  preset,
                  guint              *n_occasions)
{
  switch (preset)
    {
    case STYR_CALENDAR_PRESET_TERTIAL:
      *n_occasions = G_N_ELEMENTS (tertial);
      return tertial;

    case STYR_CALENDAR_PRESET_ANGELHOLM:
      *n_occasions = G_N_ELEMENTS (angelholm);
      return angelholm;

    case STYR_CALENDAR_PRESET_QUARTERLY:
      *n_occasions = G_N_ELEMENTS (quarterly);
      return quarterly;

    case STYR_CALENDAR_PRESET_CUSTOM:
    default:
      *n_occasions = 0;
      return NULL;
    }
}

static const char *
preset_name (StyrCalendarPreset preset)
{
  switch (preset)
    {
    case STYR_CALENDAR_PRESET_TERTIAL:
      return _("Tertialuppföljning");
    case STYR_CALENDAR_PRESET_ANGELHOLM:
      return _("Ratten: tertialuppföljning och ekonomi varannan månad");
    case STYR_CALENDAR_PRESET_QUARTERLY:
      return _("Kvartalsuppföljning");
    case STYR_CALENDAR_PRESET_CUSTOM:
    default:
      return _("Årshjul");
    }
}

static StyrOccasion *
make_preset_occasion (const PresetOccasion *p,
                      int                   year)
{
  g_autoptr(StyrPeriod) period = styr_period_new (p->kind, year, p->number, NULL);
  g_autofree char *id = g_strdup_printf ("%d-%s", year, p->suffix);
  StyrOccasion *occasion;

  occasion = styr_occasion_new (id, _(p->name), period, p->flags);

  if (p->deadline_months > 0)
    {
      g_autoptr(GDate) end = styr_period_get_end_date (period);
      GDate deadline;

      g_date_clear (&deadline, 1);
      g_date_set_dmy (&deadline, 1, g_date_get_month (end), g_date_get_year (end));
      g_date_add_months (&deadline, p->deadline_months);
      g_date_set_day (&deadline,
                      g_date_get_days_in_month (g_date_get_month (&deadline),
                                                g_date_get_year (&deadline)));
      styr_occasion_set_deadline (occasion, &deadline);
    }

  return occasion;
}

/**
 * styr_calendar_add_preset_year:
 * @self: a [class@Styr.Calendar]
 * @preset: a preset
 * @year: the year, 1 … 9999
 *
 * Adds the occasions of @preset for @year, each with the identifier
 * `YEAR-SUFFIX`:
 *
 * - [enum@Styr.CalendarPreset.TERTIAL], the default (tertial *k* covers
 *   months 4(*k*−1)+1 … 4*k*; each report covers January to its end):
 *   - `2025-t1` "Tertialrapport 1" per `2025-T1` (January–April), goals
 *     and economy;
 *   - `2025-delar` "Delårsrapport" per `2025-T2` (January–August), goals,
 *     economy and the interim report, due 31 October;
 *   - `2025-ar` "Årsredovisning" per the year `2025`, goals, economy and
 *     the annual report. The annual report is made per the year rather
 *     than per `2025-T3`: both cover January–December, and the year is
 *     what the report is about.
 * - [enum@Styr.CalendarPreset.ANGELHOLM], Ängelholm's "Ratten", where
 *   "every four months economy and goal fulfilment are reported to the
 *   politicians with a forecast of goal fulfilment; economy also every
 *   other month": the three tertial occasions, and
 *   economy-only reports (%STYR_OCCASION_FLAGS_ECONOMY) per the months
 *   `2025-02` ("Ekonomirapport februari", `2025-ek-02`), `2025-06`
 *   ("Ekonomirapport juni", `2025-ek-06`) and `2025-10` ("Ekonomirapport
 *   oktober", `2025-ek-10`). The other even months, April, August and
 *   December, are covered by the tertial reports, which report the
 *   economy too.
 * - [enum@Styr.CalendarPreset.QUARTERLY]: `2025-q1` "Kvartalsrapport 1"
 *   per `2025-Q1`; `2025-delar` "Delårsrapport" per `2025-Q2` (January–June)
 *   with the interim report, due 31 August; `2025-q3` "Kvartalsrapport 3"
 *   per `2025-Q3`; and `2025-ar` "Årsredovisning" per `2025`. All report
 *   goals and economy.
 * - [enum@Styr.CalendarPreset.CUSTOM]: nothing.
 *
 * Deadlines are left unset except for the interim report
 * (*delårsrapport*), which by law (LKBR ch. 13) must reach the council
 * within two months of the period's end: its deadline is the last day of
 * the second month after the period.
 *
 * The year is added whole or not at all: when the calendar already has an
 * occasion with one of the identifiers, the call fails with
 * %STYR_ERROR_DUPLICATE_ID and adds nothing. A @year outside 1 … 9999
 * fails with %STYR_ERROR_INVALID_ARGUMENT.
 *
 * Returns: %TRUE if the occasions were added
 *
 * Since: 1.0
 */
gboolean
styr_calendar_add_preset_year (StyrCalendar        *self,
                               StyrCalendarPreset   preset,
                               int                  year,
                               GError             **error)
{
  g_autoptr(GPtrArray) made = NULL;
  const PresetOccasion *occasions;
  guint n_occasions;

  g_return_val_if_fail (STYR_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _styr_init_i18n ();

  if (year < 1 || year > 9999)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Året %d ligger utanför 1–9999"), year);
      return FALSE;
    }

  occasions = preset_occasions (preset, &n_occasions);
  made = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_occasions; i++)
    {
      StyrOccasion *occasion = make_preset_occasion (&occasions[i], year);

      g_ptr_array_add (made, occasion);
      if (!check_occasion (self, occasion, error))
        return FALSE;
    }

  for (guint i = 0; i < made->len; i++)
    insert_occasion (self, g_ptr_array_index (made, i));
  return TRUE;
}

/**
 * styr_calendar_new_preset:
 * @preset: a preset
 * @year: the year, 1 … 9999
 *
 * Creates a new calendar with the occasions of @preset for @year, as
 * [method@Styr.Calendar.add_preset_year] adds them, named after the
 * preset: "Tertialuppföljning", "Ratten: tertialuppföljning och ekonomi
 * varannan månad", "Kvartalsuppföljning", or "Årshjul" for
 * [enum@Styr.CalendarPreset.CUSTOM]. Add more years with
 * [method@Styr.Calendar.add_preset_year].
 *
 * The result is an ordinary calendar that can be changed.
 *
 * Returns: (transfer full): a new [class@Styr.Calendar]
 *
 * Since: 1.0
 */
StyrCalendar *
styr_calendar_new_preset (StyrCalendarPreset preset,
                          int                year)
{
  g_autoptr(StyrCalendar) calendar = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (year >= 1 && year <= 9999, NULL);

  _styr_init_i18n ();

  calendar = styr_calendar_new (preset_name (preset));
  if (!styr_calendar_add_preset_year (calendar, preset, year, &error))
    g_critical ("%s", error->message);     /* an empty calendar takes any year */

  return g_steal_pointer (&calendar);
}
