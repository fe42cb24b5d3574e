/* styr-occasion.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-occasion.h"

/**
 * StyrOccasion:
 *
 * A follow-up occasion (*uppföljningstillfälle*): one report in the
 * follow-up calendar (*årshjul*, [class@Styr.Calendar]), e.g.
 * "Tertialrapport 1", "Delårsrapport", "Årsredovisning" or an economy
 * report for February.
 *
 * An occasion is made up to the end of its [property@Styr.Occasion:period],
 * and follow-up is cumulative: a report "per 2025-T2" covers January to
 * August 2025, from [method@Styr.Occasion.get_start_period] to the last
 * month of the period ([method@Styr.Occasion.covers_month]). What it
 * reports — goal fulfilment, economy, whether it is the law's interim or
 * annual report — is in [property@Styr.Occasion:flags]; when it is due in
 * [property@Styr.Occasion:deadline].
 *
 * The identifier and the period are set when the occasion is made; the
 * name, the flags and the deadline can be changed.
 *
 * ```python
 * t2 = Styr.Period.parse("2025-T2")
 * occasion = Styr.Occasion(id="2025-delar", name="Delårsrapport", period=t2,
 *                          flags=Styr.OccasionFlags.GOALS
 *                                | Styr.OccasionFlags.ECONOMY
 *                                | Styr.OccasionFlags.INTERIM_REPORT)
 * occasion.covers_month(2025, 3)    # True: January–August
 * ```
 *
 * Since: 1.0
 */

struct _StyrOccasion
{
  GObject            parent_instance;

  char              *id;
  char              *name;
  StyrPeriod        *period;
  StyrOccasionFlags  flags;
  GDate              deadline;
};

G_DEFINE_FINAL_TYPE (StyrOccasion, styr_occasion, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_PERIOD,
  PROP_FLAGS,
  PROP_DEADLINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_occasion_finalize (GObject *object)
{
  StyrOccasion *self = (StyrOccasion *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->period, styr_period_free);

  G_OBJECT_CLASS (styr_occasion_parent_class)->finalize (object);
}

static void
styr_occasion_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  StyrOccasion *self = STYR_OCCASION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_PERIOD:
      g_value_set_boxed (value, self->period);
      break;
    case PROP_FLAGS:
      g_value_set_flags (value, self->flags);
      break;
    case PROP_DEADLINE:
      g_value_set_boxed (value, g_date_valid (&self->deadline) ? &self->deadline : NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_occasion_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  StyrOccasion *self = STYR_OCCASION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      styr_occasion_set_name (self, g_value_get_string (value));
      break;
    case PROP_PERIOD:
      self->period = g_value_dup_boxed (value);
      break;
    case PROP_FLAGS:
      styr_occasion_set_flags (self, g_value_get_flags (value));
      break;
    case PROP_DEADLINE:
      styr_occasion_set_deadline (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_occasion_class_init (StyrOccasionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styr_occasion_finalize;
  object_class->get_property = styr_occasion_get_property;
  object_class->set_property = styr_occasion_set_property;

  /**
   * StyrOccasion:id:
   *
   * The identifier of the occasion, unique within its calendar, e.g.
   * "2025-t1" or "2025-delar". Set when the occasion is made.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrOccasion:name:
   *
   * The name of the report, e.g. "Tertialrapport 1", "Delårsrapport",
   * "Årsredovisning" or "Ekonomirapport februari".
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrOccasion:period:
   *
   * The period the report is made per, e.g. `2025-T2`. The report is
   * cumulative: it covers the months from January of the period's year
   * to the period's end, January–August for `2025-T2`. Set when the
   * occasion is made.
   *
   * Since: 1.0
   */
  properties[PROP_PERIOD] =
    g_param_spec_boxed ("period", NULL, NULL,
                        STYR_TYPE_PERIOD,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrOccasion:flags:
   *
   * What the occasion reports: goal fulfilment, economy, and whether it is
   * the interim report (*delårsrapport*) or the annual report
   * (*årsredovisning*).
   *
   * Since: 1.0
   */
  properties[PROP_FLAGS] =
    g_param_spec_flags ("flags", NULL, NULL,
                        STYR_TYPE_OCCASION_FLAGS, STYR_OCCASION_FLAGS_NONE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrOccasion:deadline:
   *
   * The day the report is due, or %NULL. The law wants the interim
   * report to reach the council within two months of the period's end.
   *
   * Since: 1.0
   */
  properties[PROP_DEADLINE] =
    g_param_spec_boxed ("deadline", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_occasion_init (StyrOccasion *self)
{
  g_date_clear (&self->deadline, 1);
}

/**
 * styr_occasion_new:
 * @id: the identifier of the occasion, e.g. "2025-t1"
 * @name: (nullable): the name of the report, e.g. "Tertialrapport 1"
 * @period: the period the report is made per, e.g. `2025-T1`
 * @flags: what the occasion reports
 *
 * Creates a new [class@Styr.Occasion].
 *
 * Returns: (transfer full): a new [class@Styr.Occasion]
 *
 * Since: 1.0
 */
StyrOccasion *
styr_occasion_new (const char        *id,
                   const char        *name,
                   const StyrPeriod  *period,
                   StyrOccasionFlags  flags)
{
  return g_object_new (STYR_TYPE_OCCASION,
                       "id", id,
                       "name", name,
                       "period", period,
                       "flags", flags,
                       NULL);
}

/**
 * styr_occasion_get_id:
 * @self: a [class@Styr.Occasion]
 *
 * Gets the [property@Styr.Occasion:id] of @self.
 *
 * Returns: (nullable): the identifier
 *
 * Since: 1.0
 */
const char *
styr_occasion_get_id (StyrOccasion *self)
{
  g_return_val_if_fail (STYR_IS_OCCASION (self), NULL);

  return self->id;
}

/**
 * styr_occasion_get_name:
 * @self: a [class@Styr.Occasion]
 *
 * Gets the [property@Styr.Occasion:name] of @self, e.g. "Delårsrapport".
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
styr_occasion_get_name (StyrOccasion *self)
{
  g_return_val_if_fail (STYR_IS_OCCASION (self), NULL);

  return self->name;
}

/**
 * styr_occasion_set_name:
 * @self: a [class@Styr.Occasion]
 * @name: (nullable): the new name
 *
 * Sets the [property@Styr.Occasion:name] of @self.
 *
 * Since: 1.0
 */
void
styr_occasion_set_name (StyrOccasion *self,
                        const char   *name)
{
  g_return_if_fail (STYR_IS_OCCASION (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * styr_occasion_get_period:
 * @self: a [class@Styr.Occasion]
 *
 * Gets the [property@Styr.Occasion:period] of @self: the period the
 * report is made per, e.g. `2025-T2`.
 *
 * Returns: (transfer none) (nullable): the period, %NULL only when the
 *   occasion was made without one
 *
 * Since: 1.0
 */
const StyrPeriod *
styr_occasion_get_period (StyrOccasion *self)
{
  g_return_val_if_fail (STYR_IS_OCCASION (self), NULL);

  return self->period;
}

/**
 * styr_occasion_get_flags:
 * @self: a [class@Styr.Occasion]
 *
 * Gets the [property@Styr.Occasion:flags] of @self: what the occasion
 * reports.
 *
 * Returns: the flags
 *
 * Since: 1.0
 */
StyrOccasionFlags
styr_occasion_get_flags (StyrOccasion *self)
{
  g_return_val_if_fail (STYR_IS_OCCASION (self), STYR_OCCASION_FLAGS_NONE);

  return self->flags;
}

/**
 * styr_occasion_set_flags:
 * @self: a [class@Styr.Occasion]
 * @flags: what the occasion reports
 *
 * Sets the [property@Styr.Occasion:flags] of @self.
 *
 * Since: 1.0
 */
void
styr_occasion_set_flags (StyrOccasion      *self,
                         StyrOccasionFlags  flags)
{
  g_return_if_fail (STYR_IS_OCCASION (self));

  if (self->flags == flags)
    return;

  self->flags = flags;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLAGS]);
}

/**
 * styr_occasion_get_deadline:
 * @self: a [class@Styr.Occasion]
 *
 * Gets the [property@Styr.Occasion:deadline] of @self: the day the report
 * is due.
 *
 * Returns: (nullable): the deadline, or %NULL when none is set
 *
 * Since: 1.0
 */
const GDate *
styr_occasion_get_deadline (StyrOccasion *self)
{
  g_return_val_if_fail (STYR_IS_OCCASION (self), NULL);

  return g_date_valid (&self->deadline) ? &self->deadline : NULL;
}

/**
 * styr_occasion_set_deadline:
 * @self: a [class@Styr.Occasion]
 * @deadline: (nullable): the new deadline, or %NULL for none
 *
 * Sets the [property@Styr.Occasion:deadline] of @self.
 *
 * Since: 1.0
 */
void
styr_occasion_set_deadline (StyrOccasion *self,
                            const GDate  *deadline)
{
  g_return_if_fail (STYR_IS_OCCASION (self));

  if (_styr_date_equal (&self->deadline, deadline))
    return;

  _styr_date_assign (&self->deadline, deadline);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEADLINE]);
}

/**
 * styr_occasion_get_start_period:
 * @self: a [class@Styr.Occasion]
 *
 * Gets the first month the report covers: January of the year of
 * [property@Styr.Occasion:period], since follow-up is cumulative. For a
 * report per `2025-T2` it is `2025-01`.
 *
 * Returns: (transfer full) (nullable): a new [struct@Styr.Period] of kind
 *   %STYR_PERIOD_KIND_MONTH, or %NULL when @self has no period
 *
 * Since: 1.0
 */
StyrPeriod *
styr_occasion_get_start_period (StyrOccasion *self)
{
  g_return_val_if_fail (STYR_IS_OCCASION (self), NULL);

  if (self->period == NULL)
    return NULL;

  return styr_period_new_month (styr_period_get_year (self->period), 1);
}

/**
 * styr_occasion_covers_month:
 * @self: a [class@Styr.Occasion]
 * @year: a year
 * @month: a month, 1 … 12
 *
 * Checks whether the report covers the month @month of @year. Follow-up is
 * cumulative, so a report per `2025-T2` covers January–August 2025, not
 * only May–August (which [method@Styr.Period.covers_month] of the period
 * would answer).
 *
 * Returns: %TRUE if the month lies between January of the period's year
 *   and the period's last month
 *
 * Since: 1.0
 */
gboolean
styr_occasion_covers_month (StyrOccasion *self,
                            int           year,
                            int           month)
{
  g_return_val_if_fail (STYR_IS_OCCASION (self), FALSE);

  if (self->period == NULL)
    return FALSE;

  return year == styr_period_get_year (self->period) &&
         month >= 1 &&
         month <= styr_period_get_last_month (self->period);
}
