/* styr-indicator.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-indicator.h"

/**
 * StyrIndicator:
 *
 * An indicator (*nyckeltal*, *indikator*, *resultatmått*) that makes goals
 * followable: a name, a unit of measure, a direction, a source (own
 * measurement, survey, finance system or a Kolada KPI), a baseline, a
 * target per year (*målvärde*, *resultatnivå*) with an optional yellow
 * threshold, a frequency, and whether values are split by gender (Kolada's
 * T total, K women, M men).
 *
 * Measurements (*utfall*, *mätvärden*) are many small facts: they are not
 * objects but rows stored compactly inside the indicator, one per period,
 * sorted by period ([method@Styr.Indicator.set_value],
 * [method@Styr.Indicator.lookup_value], [method@Styr.Indicator.get_values]).
 *
 * ```python
 * ind = Styr.Indicator(id="elever-godkanda", name="Elever med godkända betyg",
 *                      measure_unit="%", direction=Styr.IndicatorDirection.HIGHER,
 *                      source=Styr.IndicatorSource.KOLADA, source_id="N15419")
 * model.add(ind)
 * ind.set_target(2025, 80.0)
 * ind.set_value(Styr.Period.parse("2025"), 76.5)
 * goal.add_indicator(ind)
 * ```
 *
 * Since: 1.0
 */

struct _StyrIndicator
{
  StyrEntity parent_instance;

  char *description;
  char *measure_unit;
  StyrIndicatorDirection direction;
  StyrIndicatorSource source;
  char *source_id;
  double baseline;
  int baseline_year;
  StyrFrequency frequency;
  gboolean gender_split;
};

G_DEFINE_FINAL_TYPE (StyrIndicator, styr_indicator, STYR_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_MEASURE_UNIT,
  PROP_DIRECTION,
  PROP_SOURCE,
  PROP_SOURCE_ID,
  PROP_BASELINE,
  PROP_BASELINE_YEAR,
  PROP_FREQUENCY,
  PROP_GENDER_SPLIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_indicator_finalize (GObject *object)
{
  StyrIndicator *self = (StyrIndicator *) object;

  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->measure_unit, g_free);
  g_clear_pointer (&self->source_id, g_free);

  G_OBJECT_CLASS (styr_indicator_parent_class)->finalize (object);
}

static void
styr_indicator_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  StyrIndicator *self = STYR_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, _styr_entity_get_label (STYR_ENTITY (self)));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_MEASURE_UNIT:
      g_value_set_string (value, self->measure_unit);
      break;
    case PROP_DIRECTION:
      g_value_set_enum (value, self->direction);
      break;
    case PROP_SOURCE:
      g_value_set_enum (value, self->source);
      break;
    case PROP_SOURCE_ID:
      g_value_set_string (value, self->source_id);
      break;
    case PROP_BASELINE:
      g_value_set_double (value, self->baseline);
      break;
    case PROP_BASELINE_YEAR:
      g_value_set_int (value, self->baseline_year);
      break;
    case PROP_FREQUENCY:
      g_value_set_enum (value, self->frequency);
      break;
    case PROP_GENDER_SPLIT:
      g_value_set_boolean (value, self->gender_split);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_indicator_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  StyrIndicator *self = STYR_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      styr_indicator_set_name (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      styr_indicator_set_description (self, g_value_get_string (value));
      break;
    case PROP_MEASURE_UNIT:
      styr_indicator_set_measure_unit (self, g_value_get_string (value));
      break;
    case PROP_DIRECTION:
      styr_indicator_set_direction (self, g_value_get_enum (value));
      break;
    case PROP_SOURCE:
      styr_indicator_set_source (self, g_value_get_enum (value));
      break;
    case PROP_SOURCE_ID:
      styr_indicator_set_source_id (self, g_value_get_string (value));
      break;
    case PROP_BASELINE:
      styr_indicator_set_baseline (self, g_value_get_double (value));
      break;
    case PROP_BASELINE_YEAR:
      styr_indicator_set_baseline_year (self, g_value_get_int (value));
      break;
    case PROP_FREQUENCY:
      styr_indicator_set_frequency (self, g_value_get_enum (value));
      break;
    case PROP_GENDER_SPLIT:
      styr_indicator_set_gender_split (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_indicator_class_init (StyrIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StyrEntityClass *entity_class = STYR_ENTITY_CLASS (klass);

  object_class->finalize = styr_indicator_finalize;
  object_class->get_property = styr_indicator_get_property;
  object_class->set_property = styr_indicator_set_property;
  entity_class->collection = STYR_COLLECTION_INDICATORS;

  /**
   * StyrIndicator:name:
   *
   * e.g. "Andel elever med godkända betyg i alla ämnen".
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrIndicator:description:
   *
   * a description of what is measured and how.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrIndicator:measure-unit:
   *
   * the unit of measure (*måttenhet*), e.g. "%", "kr/elev", "antal".
   *
   * Since: 1.0
   */
  properties[PROP_MEASURE_UNIT] =
    g_param_spec_string ("measure-unit", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrIndicator:direction:
   *
   * which values are better.
   *
   * Since: 1.0
   */
  properties[PROP_DIRECTION] =
    g_param_spec_enum ("direction", NULL, NULL,
                       STYR_TYPE_INDICATOR_DIRECTION, STYR_INDICATOR_DIRECTION_HIGHER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrIndicator:source:
   *
   * where the values come from.
   *
   * Since: 1.0
   */
  properties[PROP_SOURCE] =
    g_param_spec_enum ("source", NULL, NULL,
                       STYR_TYPE_INDICATOR_SOURCE, STYR_INDICATOR_SOURCE_OWN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrIndicator:source-id:
   *
   * the id of the indicator at its source, e.g. the Kolada KPI id
   * "N00002", or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_SOURCE_ID] =
    g_param_spec_string ("source-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrIndicator:baseline:
   *
   * the baseline value (*utgångsvärde*, *basvärde*), or NaN when there is
   * none.
   *
   * Since: 1.0
   */
  properties[PROP_BASELINE] =
    g_param_spec_double ("baseline", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, NAN,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrIndicator:baseline-year:
   *
   * the year of the baseline value (*basår*), or 0.
   *
   * Since: 1.0
   */
  properties[PROP_BASELINE_YEAR] =
    g_param_spec_int ("baseline-year", NULL, NULL,
                      0, 9999, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrIndicator:frequency:
   *
   * how often the indicator is measured.
   *
   * Since: 1.0
   */
  properties[PROP_FREQUENCY] =
    g_param_spec_enum ("frequency", NULL, NULL,
                       STYR_TYPE_FREQUENCY, STYR_FREQUENCY_YEARLY,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrIndicator:gender-split:
   *
   * whether values are reported split by gender (*könsuppdelad*: T total,
   * K women, M men).
   *
   * Since: 1.0
   */
  properties[PROP_GENDER_SPLIT] =
    g_param_spec_boolean ("gender-split", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_indicator_init (StyrIndicator *self)
{
  self->baseline = NAN;
}

/**
 * styr_indicator_new:
 * @id: the identifier, unique within the model
 * @name: (nullable): the name
 *
 * Creates a new [class@Styr.Indicator]. 
 *
 * Returns: (transfer full): a new [class@Styr.Indicator]
 *
 * Since: 1.0
 */
StyrIndicator *
styr_indicator_new (const char *id,
                    const char *name)
{
  return g_object_new (STYR_TYPE_INDICATOR,
                       "id", id,
                       "name", name,
                       NULL);
}

/**
 * styr_indicator_get_name:
 * @self: a [class@Styr.Indicator]
 *
 * Gets the name of @self, e.g. "Andel elever med godkända betyg i alla ämnen".
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
styr_indicator_get_name (StyrIndicator *self)
{
  g_return_val_if_fail (STYR_IS_INDICATOR (self), NULL);

  return _styr_entity_get_label (STYR_ENTITY (self));
}

/**
 * styr_indicator_set_name:
 * @self: a [class@Styr.Indicator]
 * @name: (nullable): the new name
 *
 * Sets the name of @self, e.g. "Andel elever med godkända betyg i alla ämnen".
 *
 * Since: 1.0
 */
void
styr_indicator_set_name (StyrIndicator *self,
                         const char *name)
{
  g_return_if_fail (STYR_IS_INDICATOR (self));

  _styr_entity_set_label (STYR_ENTITY (self), name, properties[PROP_NAME]);
}

/**
 * styr_indicator_get_description:
 * @self: a [class@Styr.Indicator]
 *
 * Gets the [property@Styr.Indicator:description] of @self: a description of what is measured and how.
 *
 * Returns: (nullable): the description
 *
 * Since: 1.0
 */
const char *
styr_indicator_get_description (StyrIndicator *self)
{
  g_return_val_if_fail (STYR_IS_INDICATOR (self), NULL);

  return self->description;
}

/**
 * styr_indicator_set_description:
 * @self: a [class@Styr.Indicator]
 * @description: (nullable) the new description
 *
 * Sets the [property@Styr.Indicator:description] of @self: a description of what is measured and how.
 *
 * Since: 1.0
 */
void
styr_indicator_set_description (StyrIndicator *self,
                                const char *description)
{
  g_return_if_fail (STYR_IS_INDICATOR (self));

  if (g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * styr_indicator_get_measure_unit:
 * @self: a [class@Styr.Indicator]
 *
 * Gets the [property@Styr.Indicator:measure-unit] of @self: the unit of measure (*måttenhet*), e.g. "%", "kr/elev", "antal".
 *
 * Returns: (nullable): the measure unit
 *
 * Since: 1.0
 */
const char *
styr_indicator_get_measure_unit (StyrIndicator *self)
{
  g_return_val_if_fail (STYR_IS_INDICATOR (self), NULL);

  return self->measure_unit;
}

/**
 * styr_indicator_set_measure_unit:
 * @self: a [class@Styr.Indicator]
 * @measure_unit: (nullable) the new measure unit
 *
 * Sets the [property@Styr.Indicator:measure-unit] of @self: the unit of measure (*måttenhet*), e.g. "%", "kr/elev", "antal".
 *
 * Since: 1.0
 */
void
styr_indicator_set_measure_unit (StyrIndicator *self,
                                 const char *measure_unit)
{
  g_return_if_fail (STYR_IS_INDICATOR (self));

  if (g_strcmp0 (self->measure_unit, measure_unit) == 0)
    return;

  g_free (self->measure_unit);
  self->measure_unit = g_strdup (measure_unit);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEASURE_UNIT]);
}

/**
 * styr_indicator_get_direction:
 * @self: a [class@Styr.Indicator]
 *
 * Gets the [property@Styr.Indicator:direction] of @self: which values are better.
 *
 * Returns: the direction
 *
 * Since: 1.0
 */
StyrIndicatorDirection 
styr_indicator_get_direction (StyrIndicator *self)
{
  g_return_val_if_fail (STYR_IS_INDICATOR (self), 0);

  return self->direction;
}

/**
 * styr_indicator_set_direction:
 * @self: a [class@Styr.Indicator]
 * @direction: the new direction
 *
 * Sets the [property@Styr.Indicator:direction] of @self: which values are better.
 *
 * Since: 1.0
 */
void
styr_indicator_set_direction (StyrIndicator *self,
                              StyrIndicatorDirection direction)
{
  g_return_if_fail (STYR_IS_INDICATOR (self));

  if (self->direction == direction)
    return;

  self->direction = direction;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTION]);
}

/**
 * styr_indicator_get_source:
 * @self: a [class@Styr.Indicator]
 *
 * Gets the [property@Styr.Indicator:source] of @self: where the values come from.
 *
 * Returns: the source
 *
 * Since: 1.0
 */
StyrIndicatorSource 
styr_indicator_get_source (StyrIndicator *self)
{
  g_return_val_if_fail (STYR_IS_INDICATOR (self), 0);

  return self->source;
}

/**
 * styr_indicator_set_source:
 * @self: a [class@Styr.Indicator]
 * @source: the new source
 *
 * Sets the [property@Styr.Indicator:source] of @self: where the values come from.
 *
 * Since: 1.0
 */
void
styr_indicator_set_source (StyrIndicator *self,
                           StyrIndicatorSource source)
{
  g_return_if_fail (STYR_IS_INDICATOR (self));

  if (self->source == source)
    return;

  self->source = source;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

/**
 * styr_indicator_get_source_id:
 * @self: a [class@Styr.Indicator]
 *
 * Gets the [property@Styr.Indicator:source-id] of @self: the id of the indicator at its source, e.g. the Kolada KPI id "N00002", or %NULL.
 *
 * Returns: (nullable): the source id
 *
 * Since: 1.0
 */
const char *
styr_indicator_get_source_id (StyrIndicator *self)
{
  g_return_val_if_fail (STYR_IS_INDICATOR (self), NULL);

  return self->source_id;
}

/**
 * styr_indicator_set_source_id:
 * @self: a [class@Styr.Indicator]
 * @source_id: (nullable) the new source id
 *
 * Sets the [property@Styr.Indicator:source-id] of @self: the id of the indicator at its source, e.g. the Kolada KPI id "N00002", or %NULL.
 *
 * Since: 1.0
 */
void
styr_indicator_set_source_id (StyrIndicator *self,
                              const char *source_id)
{
  g_return_if_fail (STYR_IS_INDICATOR (self));

  if (g_strcmp0 (self->source_id, source_id) == 0)
    return;

  g_free (self->source_id);
  self->source_id = g_strdup (source_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_ID]);
}

/**
 * styr_indicator_get_baseline:
 * @self: a [class@Styr.Indicator]
 *
 * Gets the [property@Styr.Indicator:baseline] of @self: the baseline value (*utgångsvärde*, *basvärde*), or NaN when there is none.
 *
 * Returns: the baseline
 *
 * Since: 1.0
 */
double 
styr_indicator_get_baseline (StyrIndicator *self)
{
  g_return_val_if_fail (STYR_IS_INDICATOR (self), NAN);

  return self->baseline;
}

/**
 * styr_indicator_set_baseline:
 * @self: a [class@Styr.Indicator]
 * @baseline: the new baseline
 *
 * Sets the [property@Styr.Indicator:baseline] of @self: the baseline value (*utgångsvärde*, *basvärde*), or NaN when there is none.
 *
 * Since: 1.0
 */
void
styr_indicator_set_baseline (StyrIndicator *self,
                             double baseline)
{
  g_return_if_fail (STYR_IS_INDICATOR (self));

  if ((self->baseline == baseline || (isnan (self->baseline) && isnan (baseline))))
    return;

  self->baseline = baseline;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASELINE]);
}

/**
 * styr_indicator_get_baseline_year:
 * @self: a [class@Styr.Indicator]
 *
 * Gets the [property@Styr.Indicator:baseline-year] of @self: the year of the baseline value (*basår*), or 0.
 *
 * Returns: the baseline year
 *
 * Since: 1.0
 */
int 
styr_indicator_get_baseline_year (StyrIndicator *self)
{
  g_return_val_if_fail (STYR_IS_INDICATOR (self), 0);

  return self->baseline_year;
}

/**
 * styr_indicator_set_baseline_year:
 * @self: a [class@Styr.Indicator]
 * @baseline_year: the new baseline year
 *
 * Sets the [property@Styr.Indicator:baseline-year] of @self: the year of the baseline value (*basår*), or 0.
 *
 * Since: 1.0
 */
void
styr_indicator_set_baseline_year (StyrIndicator *self,
                                  int baseline_year)
{
  g_return_if_fail (STYR_IS_INDICATOR (self));

  if (self->baseline_year == baseline_year)
    return;

  self->baseline_year = baseline_year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASELINE_YEAR]);
}

/**
 * styr_indicator_get_frequency:
 * @self: a [class@Styr.Indicator]
 *
 * Gets the [property@Styr.Indicator:frequency] of @self: how often the indicator is measured.
 *
 * Returns: the frequency
 *
 * Since: 1.0
 */
StyrFrequency 
styr_indicator_get_frequency (StyrIndicator *self)
{
  g_return_val_if_fail (STYR_IS_INDICATOR (self), 0);

  return self->frequency;
}

/**
 * styr_indicator_set_frequency:
 * @self: a [class@Styr.Indicator]
 * @frequency: the new frequency
 *
 * Sets the [property@Styr.Indicator:frequency] of @self: how often the indicator is measured.
 *
 * Since: 1.0
 */
void
styr_indicator_set_frequency (StyrIndicator *self,
                              StyrFrequency frequency)
{
  g_return_if_fail (STYR_IS_INDICATOR (self));

  if (self->frequency == frequency)
    return;

  self->frequency = frequency;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FREQUENCY]);
}

/**
 * styr_indicator_get_gender_split:
 * @self: a [class@Styr.Indicator]
 *
 * Gets the [property@Styr.Indicator:gender-split] of @self: whether values are reported split by gender (*könsuppdelad*: T total, K women, M men).
 *
 * Returns: the gender split
 *
 * Since: 1.0
 */
gboolean 
styr_indicator_get_gender_split (StyrIndicator *self)
{
  g_return_val_if_fail (STYR_IS_INDICATOR (self), FALSE);

  return self->gender_split;
}

/**
 * styr_indicator_set_gender_split:
 * @self: a [class@Styr.Indicator]
 * @gender_split: the new gender split
 *
 * Sets the [property@Styr.Indicator:gender-split] of @self: whether values are reported split by gender (*könsuppdelad*: T total, K women, M men).
 *
 * Since: 1.0
 */
void
styr_indicator_set_gender_split (StyrIndicator *self,
                                 gboolean gender_split)
{
  g_return_if_fail (STYR_IS_INDICATOR (self));

  gender_split = !!gender_split;

  if (self->gender_split == gender_split)
    return;

  self->gender_split = gender_split;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENDER_SPLIT]);
}
