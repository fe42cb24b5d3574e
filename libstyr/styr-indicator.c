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
 * [method@Styr.Indicator.lookup_value], [method@Styr.Indicator.dup_values]).
 * A million measurements spread over twenty thousand indicators cost a
 * few tens of megabytes and no object each; a binding that wants them all
 * asks for them in bulk ([method@Styr.Indicator.dup_values],
 * [method@Styr.Indicator.dup_period_strings]) rather than row by row.
 *
 * Targets (*målvärden*) are kept per year. The target for year 0 is the
 * standing target (*stående målvärde*): it holds for every year that has
 * none of its own ([method@Styr.Indicator.lookup_target]).
 *
 * Comparison values (*jämförelsekommuner*, e.g. from Kolada) are kept
 * apart from the measurements, as compact rows too, one per municipality
 * (*kommunkod*) and period ([method@Styr.Indicator.set_comparison_value]).
 * Grading against the target and comparative grading by rank among them
 * are [method@Styr.Indicator.grade], [method@Styr.Indicator.get_trend] and
 * [method@Styr.Indicator.grade_comparative].
 *
 * ```python
 * ind = Styr.Indicator(id="elever-godkanda", name="Elever med godkända betyg",
 *                      measure_unit="%", direction=Styr.IndicatorDirection.HIGHER,
 *                      source=Styr.IndicatorSource.KOLADA, source_id="N15419")
 * model.add(ind)
 * ind.set_target(2025, 80.0)
 * ind.set_yellow_threshold(2025, 75.0)
 * ind.set_value(Styr.Period.parse("2025"), 76.5)
 * goal.add_indicator(ind)
 * ok, value, high = ind.lookup_target(2025)
 * values = ind.dup_values()              # all values, in period order
 * periods = ind.dup_period_strings()     # ["2023", "2024", "2025"]
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

  /* StyrTarget, sorted by year; NULL until the first target. */
  GArray *targets;

  /* MeasurementRow, one per period. Rows [0, n_sorted) are sorted by
   * period key; rows after them are a short unsorted tail of out-of-order
   * insertions, merged in (measurements_flush()) before any access by
   * position and whenever it grows past a limit. NULL until the first. */
  GArray *measurements;
  guint n_sorted;
  /* MeasurementDetail, for the rows that have a gender split or a
   * comment; a row names its own. n_dead_details are no row's any more
   * (removed, or back to a plain value) and are squeezed out once they
   * are most of the array. NULL until the first. */
  GArray *details;
  guint n_dead_details;

  /* StyrComparison, sorted by period key, then municipality; NULL until
   * the first. */
  GArray *comparisons;

  /* Reverse lists, kept by the other side's links. */
  StyrRefList goals;        /* StyrGoal */
  StyrRefList activities;   /* StyrActivity */
};

typedef struct
{
  int    year;    /* 0 = the standing target */
  double low;     /* the target, or the low end of a range */
  double high;    /* the high end of a range, or NaN */
  double yellow;  /* the yellow threshold, or NaN */
} StyrTarget;

/* A row of the measurements: 16 bytes, as most rows are a period and a
 * value. The gender split and the comment, which few rows have, are kept
 * apart (MeasurementDetail), at index detail − 1 of the details. */
typedef struct
{
  guint32 period_key;   /* _styr_period_to_key() */
  guint32 detail;       /* 0 = no gender split and no comment */
  double  value;
} MeasurementRow;

typedef struct
{
  double  women;        /* NaN = no gender split */
  double  men;
  char   *comment;      /* NULL = none */
} MeasurementDetail;

/* StyrMeasurement, how the loader hands rows over, is in styr-private.h: the
 * loader gathers an indicator's rows and hands them over at once
 * (_styr_indicator_take_measurements()). */

/* A comparison municipality's value (jämförelsekommun). The kommunkod is
 * four digits, so it is kept as the number they spell (0180 → 180) and
 * written back with four digits; no string table is needed. */
typedef struct
{
  guint32  period_key;    /* _styr_period_to_key() */
  guint32  municipality;  /* the kommunkod as a number, 0 … 9999 */
  double   value;
} StyrComparison;

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

enum {
  TARGETS_CHANGED,
  MEASUREMENTS_CHANGED,
  COMPARISONS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
measurement_detail_clear (gpointer data)
{
  MeasurementDetail *detail = data;

  g_clear_pointer (&detail->comment, g_free);
}

/* An indicator has no outgoing links: goals and activities link to it. */
static gboolean
styr_indicator_refers_to (StyrEntity *entity,
                          StyrEntity *target)
{
  return FALSE;
}

/* The model removes an indicator only when nothing links to it, so the
 * reverse lists are empty then; when the whole model goes, the goals and
 * activities are detached too, in any order, and the entries here must not
 * dangle (nor keep them alive through the list models). */
static void
styr_indicator_detach (StyrEntity *entity)
{
  StyrIndicator *self = STYR_INDICATOR (entity);

  _styr_ref_list_empty (&self->goals);
  _styr_ref_list_empty (&self->activities);
}

static void
styr_indicator_dispose (GObject *object)
{
  StyrIndicator *self = (StyrIndicator *) object;

  _styr_ref_list_clear (&self->goals);
  _styr_ref_list_clear (&self->activities);

  G_OBJECT_CLASS (styr_indicator_parent_class)->dispose (object);
}

static void
styr_indicator_finalize (GObject *object)
{
  StyrIndicator *self = (StyrIndicator *) object;

  g_clear_pointer (&self->targets, g_array_unref);
  g_clear_pointer (&self->measurements, g_array_unref);
  g_clear_pointer (&self->details, g_array_unref);
  g_clear_pointer (&self->comparisons, g_array_unref);
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
  StyrEntityHooks *entity_class = _styr_entity_class_get_hooks (STYR_ENTITY_CLASS (klass));

  object_class->dispose = styr_indicator_dispose;
  object_class->finalize = styr_indicator_finalize;
  object_class->get_property = styr_indicator_get_property;
  object_class->set_property = styr_indicator_set_property;
  entity_class->collection = STYR_COLLECTION_INDICATORS;
  entity_class->refers_to = styr_indicator_refers_to;
  entity_class->detach = styr_indicator_detach;

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
   * none. A new indicator has none. (The #GParamSpec's default reads 0,
   * because a NaN default cannot be declared.)
   *
   * Since: 1.0
   */
  properties[PROP_BASELINE] =
    g_param_spec_double ("baseline", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
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

  /**
   * StyrIndicator::targets-changed:
   * @self: the indicator
   *
   * Emitted after a target or a yellow threshold of @self was set or
   * cleared. Grading that depends on the targets is out of date.
   *
   * Since: 1.0
   */
  signals[TARGETS_CHANGED] =
    g_signal_new ("targets-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * StyrIndicator::measurements-changed:
   * @self: the indicator
   *
   * Emitted after a measurement of @self was set, replaced or removed.
   * Grading and trends that depend on the values are out of date.
   *
   * Since: 1.0
   */
  signals[MEASUREMENTS_CHANGED] =
    g_signal_new ("measurements-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * StyrIndicator::comparison-values-changed:
   * @self: the indicator
   *
   * Emitted after a comparison value of @self was set or the comparison
   * values were cleared ([method@Styr.Indicator.set_comparison_value]).
   * Comparative grading is out of date.
   *
   * Since: 1.0
   */
  signals[COMPARISONS_CHANGED] =
    g_signal_new ("comparison-values-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
styr_indicator_init (StyrIndicator *self)
{
  self->baseline = NAN;
  self->frequency = STYR_FREQUENCY_YEARLY;
  _styr_ref_list_init (&self->goals, STYR_TYPE_GOAL);
  _styr_ref_list_init (&self->activities, STYR_TYPE_ACTIVITY);
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
 * @description: (nullable): the new description
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
 * @measure_unit: (nullable): the new measure unit
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
  _styr_follow_up_indicator_changed (self);
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
 * @source_id: (nullable): the new source id
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
  _styr_follow_up_indicator_changed (self);
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
  _styr_follow_up_indicator_changed (self);
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

/* Targets ------------------------------------------------------------------ */

#define MAX_YEAR 9999

/* Binary search of the targets by year; the insertion position if absent. */
static StyrTarget *
targets_find (StyrIndicator *self,
              int            year,
              guint         *position)
{
  guint lo = 0;
  guint hi = self->targets != NULL ? self->targets->len : 0;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      StyrTarget *t = &g_array_index (self->targets, StyrTarget, mid);

      if (t->year == year)
        {
          if (position != NULL)
            *position = mid;
          return t;
        }
      if (t->year < year)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (position != NULL)
    *position = lo;
  return NULL;
}

/* The target that holds for @year: its own, else the standing one. */
static StyrTarget *
targets_lookup (StyrIndicator *self,
                int            year)
{
  StyrTarget *t = targets_find (self, year, NULL);

  if (t == NULL && year != 0)
    t = targets_find (self, 0, NULL);
  return t;
}

static gboolean
check_target_year (StyrIndicator  *self,
                   int             year,
                   GError        **error)
{
  if (year < 0 || year > MAX_YEAR)
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));

      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Ogiltigt år %d för målvärdet för %s: ange ett år 1–9999, eller 0 för ett stående målvärde"),
                   year, what);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_finite (StyrIndicator  *self,
              double          value,
              const char     *what_value,
              GError        **error)
{
  if (!isfinite (value))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));

      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Ogiltigt %s för %s: värdet måste vara ett ändligt tal"),
                   what_value, what);
      return FALSE;
    }
  return TRUE;
}

static void
targets_store (StyrIndicator *self,
               int            year,
               double         low,
               double         high)
{
  StyrTarget *t;
  guint position;

  if (self->targets == NULL)
    self->targets = g_array_new (FALSE, FALSE, sizeof (StyrTarget));

  t = targets_find (self, year, &position);
  if (t == NULL)
    {
      StyrTarget row = { year, low, high, NAN };

      g_array_insert_val (self->targets, position, row);
    }
  else
    {
      t->low = low;
      t->high = high;
    }

  _styr_follow_up_indicator_changed (self);
  g_signal_emit (self, signals[TARGETS_CHANGED], 0);
}

/**
 * styr_indicator_set_target:
 * @self: a [class@Styr.Indicator]
 * @year: the year, or 0 for the standing target
 * @value: the target value (*målvärde*)
 * @error: return location for a [struct@GLib.Error]
 *
 * Sets the target of @self for @year. What it means depends on
 * [property@Styr.Indicator:direction]: the least good value for
 * %STYR_INDICATOR_DIRECTION_HIGHER, the most for
 * %STYR_INDICATOR_DIRECTION_LOWER. A target for year 0 is the standing
 * target: it holds for every year without one of its own.
 *
 * A previous target for @year is replaced (a range becomes a single
 * value); a yellow threshold set for @year is kept.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT when @year is not 0 … 9999 or
 * @value is not a finite number; nothing changes then.
 *
 * Returns: %TRUE if the target was set
 *
 * Since: 1.0
 */
gboolean
styr_indicator_set_target (StyrIndicator  *self,
                           int             year,
                           double          value,
                           GError        **error)
{
  g_return_val_if_fail (STYR_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_target_year (self, year, error) ||
      !check_finite (self, value, _("målvärde"), error))
    return FALSE;

  targets_store (self, year, value, NAN);
  return TRUE;
}

/**
 * styr_indicator_set_target_range:
 * @self: a [class@Styr.Indicator]
 * @year: the year, or 0 for the standing target
 * @low: the low end of the target range
 * @high: the high end of the target range
 * @error: return location for a [struct@GLib.Error]
 *
 * Sets a target range (*målintervall*) for @year: values from @low to
 * @high, both included, reach the target. Meant for indicators with
 * %STYR_INDICATOR_DIRECTION_RANGE, e.g. an occupancy rate between 90 and
 * 95 %. @low may equal @high.
 *
 * A previous target for @year is replaced; a yellow threshold set for
 * @year is kept.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT when @year is not 0 … 9999,
 * when @low or @high is not a finite number, or when @low is greater than
 * @high; nothing changes then.
 *
 * Returns: %TRUE if the target was set
 *
 * Since: 1.0
 */
gboolean
styr_indicator_set_target_range (StyrIndicator  *self,
                                 int             year,
                                 double          low,
                                 double          high,
                                 GError        **error)
{
  g_return_val_if_fail (STYR_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_target_year (self, year, error) ||
      !check_finite (self, low, _("målintervall"), error) ||
      !check_finite (self, high, _("målintervall"), error))
    return FALSE;

  if (low > high)
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));

      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Ogiltigt målintervall för %s: den nedre gränsen %g är större än den övre %g"),
                   what, low, high);
      return FALSE;
    }

  targets_store (self, year, low, high);
  return TRUE;
}

/**
 * styr_indicator_set_yellow_threshold:
 * @self: a [class@Styr.Indicator]
 * @year: a year with a target, or 0 for the standing target
 * @value: the yellow threshold
 * @error: return location for a [struct@GLib.Error]
 *
 * Sets the yellow threshold (*gränsvärde för gult*, *delvis uppfyllt*) of
 * the target for @year: a value that misses the target but reaches this
 * threshold is graded yellow rather than red. For
 * %STYR_INDICATOR_DIRECTION_HIGHER it lies below the target, for
 * %STYR_INDICATOR_DIRECTION_LOWER above it.
 *
 * The threshold belongs to the target: @year must have a target of its
 * own ([method@Styr.Indicator.set_target]), and
 * [method@Styr.Indicator.clear_target] removes both.
 *
 * Fails with %STYR_ERROR_NOT_FOUND when @year has no target, and with
 * %STYR_ERROR_INVALID_ARGUMENT when @value is not a finite number; nothing
 * changes then.
 *
 * Returns: %TRUE if the threshold was set
 *
 * Since: 1.0
 */
gboolean
styr_indicator_set_yellow_threshold (StyrIndicator  *self,
                                     int             year,
                                     double          value,
                                     GError        **error)
{
  StyrTarget *t;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_target_year (self, year, error) ||
      !check_finite (self, value, _("gränsvärde för gult"), error))
    return FALSE;

  t = targets_find (self, year, NULL);
  if (t == NULL)
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));

      if (year == 0)
        g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                     _("%s har inget stående målvärde; sätt ett målvärde innan gränsvärdet för gult"),
                     what);
      else
        g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                     _("%s har inget målvärde för %d; sätt ett målvärde innan gränsvärdet för gult"),
                     what, year);
      return FALSE;
    }

  t->yellow = value;
  _styr_follow_up_indicator_changed (self);
  g_signal_emit (self, signals[TARGETS_CHANGED], 0);
  return TRUE;
}

/**
 * styr_indicator_clear_yellow_threshold:
 * @self: a [class@Styr.Indicator]
 * @year: a year, or 0 for the standing target
 *
 * Removes the yellow threshold of the target for @year; the target stays.
 *
 * Returns: %TRUE if there was a threshold to remove
 *
 * Since: 1.0
 */
gboolean
styr_indicator_clear_yellow_threshold (StyrIndicator *self,
                                       int            year)
{
  StyrTarget *t;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), FALSE);

  t = targets_find (self, year, NULL);
  if (t == NULL || isnan (t->yellow))
    return FALSE;

  t->yellow = NAN;
  _styr_follow_up_indicator_changed (self);
  g_signal_emit (self, signals[TARGETS_CHANGED], 0);
  return TRUE;
}

/**
 * styr_indicator_lookup_target:
 * @self: a [class@Styr.Indicator]
 * @year: a year, or 0 for the standing target
 * @value: (out) (optional): return location for the target, or the low
 *   end of a target range
 * @high: (out) (optional): return location for the high end of a target
 *   range, or NaN when the target is a single value
 *
 * Looks up the target that holds for @year: the one set for @year, or
 * else the standing target (year 0). When there is none, @value and @high
 * are set to NaN.
 *
 * Returns: %TRUE if @year has a target
 *
 * Since: 1.0
 */
gboolean
styr_indicator_lookup_target (StyrIndicator *self,
                              int            year,
                              double        *value,
                              double        *high)
{
  StyrTarget *t;

  if (value != NULL)
    *value = NAN;
  if (high != NULL)
    *high = NAN;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), FALSE);

  t = targets_lookup (self, year);
  if (t == NULL)
    return FALSE;

  if (value != NULL)
    *value = t->low;
  if (high != NULL)
    *high = t->high;
  return TRUE;
}

/**
 * styr_indicator_lookup_yellow_threshold:
 * @self: a [class@Styr.Indicator]
 * @year: a year, or 0 for the standing target
 * @value: (out) (optional): return location for the threshold, or NaN
 *
 * Looks up the yellow threshold of the target that holds for @year (see
 * [method@Styr.Indicator.lookup_target]): a year with a target of its own
 * uses that target's threshold, not the standing one's.
 *
 * Returns: %TRUE if the target for @year has a yellow threshold
 *
 * Since: 1.0
 */
gboolean
styr_indicator_lookup_yellow_threshold (StyrIndicator *self,
                                        int            year,
                                        double        *value)
{
  StyrTarget *t;

  if (value != NULL)
    *value = NAN;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), FALSE);

  t = targets_lookup (self, year);
  if (t == NULL || isnan (t->yellow))
    return FALSE;

  if (value != NULL)
    *value = t->yellow;
  return TRUE;
}

/**
 * styr_indicator_clear_target:
 * @self: a [class@Styr.Indicator]
 * @year: a year, or 0 for the standing target
 *
 * Removes the target for @year and its yellow threshold. The standing
 * target, if any, then holds for @year.
 *
 * Returns: %TRUE if there was a target to remove
 *
 * Since: 1.0
 */
gboolean
styr_indicator_clear_target (StyrIndicator *self,
                             int            year)
{
  guint position;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), FALSE);

  if (targets_find (self, year, &position) == NULL)
    return FALSE;

  g_array_remove_index (self->targets, position);
  _styr_follow_up_indicator_changed (self);
  g_signal_emit (self, signals[TARGETS_CHANGED], 0);
  return TRUE;
}

/**
 * styr_indicator_get_target_years:
 * @self: a [class@Styr.Indicator]
 * @n_years: (out): return location for the number of years
 *
 * Gets the years @self has a target of its own for, in ascending order;
 * 0 first when there is a standing target.
 *
 * Returns: (array length=n_years) (transfer full) (nullable): the years,
 *   or %NULL when there are none
 *
 * Since: 1.0
 */
int *
styr_indicator_get_target_years (StyrIndicator *self,
                                 gsize         *n_years)
{
  int *years;
  guint n;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), NULL);
  g_return_val_if_fail (n_years != NULL, NULL);

  n = self->targets != NULL ? self->targets->len : 0;
  *n_years = n;
  if (n == 0)
    return NULL;

  years = g_new (int, n);
  for (guint i = 0; i < n; i++)
    years[i] = g_array_index (self->targets, StyrTarget, i).year;
  return years;
}


/* Measurements ------------------------------------------------------------- */

#define MEASUREMENT_AT(self, i) (&g_array_index ((self)->measurements, MeasurementRow, (i)))
#define DETAIL_AT(self, row) (&g_array_index ((self)->details, MeasurementDetail, (row)->detail - 1))

static gboolean
detail_needed (double      women,
               double      men,
               const char *comment)
{
  return !isnan (women) || !isnan (men) || comment != NULL;
}

/* The gender split and comment of @row. */
static void
row_get_detail (StyrIndicator        *self,
                const MeasurementRow *row,
                double               *women,
                double               *men,
                const char          **comment)
{
  const MeasurementDetail *detail = row != NULL && row->detail != 0 ? DETAIL_AT (self, row) : NULL;

  if (women != NULL)
    *women = detail != NULL ? detail->women : NAN;
  if (men != NULL)
    *men = detail != NULL ? detail->men : NAN;
  if (comment != NULL)
    *comment = detail != NULL ? detail->comment : NULL;
}

/* Rebuilds the details with only the rows' own, when most are dead. */
static void
details_squeeze (StyrIndicator *self)
{
  GArray *details;

  if (self->n_dead_details < 64 || self->n_dead_details * 2 < self->details->len)
    return;

  details = g_array_new (FALSE, FALSE, sizeof (MeasurementDetail));
  g_array_set_clear_func (details, measurement_detail_clear);
  for (guint i = 0; i < self->measurements->len; i++)
    {
      MeasurementRow *row = MEASUREMENT_AT (self, i);
      MeasurementDetail *detail;

      if (row->detail == 0)
        continue;
      detail = DETAIL_AT (self, row);
      g_array_append_val (details, *detail);
      detail->comment = NULL;   /* moved */
      row->detail = details->len;
    }
  g_array_unref (self->details);
  self->details = details;
  self->n_dead_details = 0;
}

/* @row no longer has a gender split or comment. */
static void
row_drop_detail (StyrIndicator  *self,
                 MeasurementRow *row)
{
  MeasurementDetail *detail;

  if (row->detail == 0)
    return;
  detail = DETAIL_AT (self, row);
  g_clear_pointer (&detail->comment, g_free);
  detail->women = NAN;
  detail->men = NAN;
  row->detail = 0;
  self->n_dead_details++;
}

/* Sets the gender split and comment of @row, taking @comment. @row may be
 * a row not yet stored. */
static void
row_set_detail (StyrIndicator  *self,
                MeasurementRow *row,
                double          women,
                double          men,
                char           *comment)
{
  MeasurementDetail *detail;

  if (!detail_needed (women, men, comment))
    {
      row_drop_detail (self, row);
      return;
    }

  if (row->detail == 0)
    {
      MeasurementDetail empty = { NAN, NAN, NULL };

      if (self->details == NULL)
        {
          self->details = g_array_new (FALSE, FALSE, sizeof (MeasurementDetail));
          g_array_set_clear_func (self->details, measurement_detail_clear);
        }
      g_array_append_val (self->details, empty);
      row->detail = self->details->len;
    }
  detail = DETAIL_AT (self, row);
  g_free (detail->comment);
  detail->comment = comment;
  detail->women = women;
  detail->men = men;
}

/* Binary search of the sorted rows; the insertion position if absent. */
static gboolean
measurements_search (StyrIndicator *self,
                     guint32        key,
                     guint         *position)
{
  guint lo = 0;
  guint hi = self->n_sorted;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint32 k = MEASUREMENT_AT (self, mid)->period_key;

      if (k == key)
        {
          *position = mid;
          return TRUE;
        }
      if (k < key)
        lo = mid + 1;
      else
        hi = mid;
    }

  *position = lo;
  return FALSE;
}

/* The row for @key, sorted or in the tail, or NULL. */
static MeasurementRow *
measurements_find (StyrIndicator *self,
                   guint32        key)
{
  guint position;

  if (self->measurements == NULL)
    return NULL;

  if (measurements_search (self, key, &position))
    return MEASUREMENT_AT (self, position);

  for (guint i = self->n_sorted; i < self->measurements->len; i++)
    {
      MeasurementRow *row = MEASUREMENT_AT (self, i);

      if (row->period_key == key)
        return row;
    }

  return NULL;
}

static int
measurement_compare (gconstpointer a,
                     gconstpointer b)
{
  guint32 ka = ((const MeasurementRow *) a)->period_key;
  guint32 kb = ((const MeasurementRow *) b)->period_key;

  return ka < kb ? -1 : (ka > kb ? 1 : 0);
}

/* Sorts the tail and merges it into the sorted rows, from the back, so
 * that the whole array is sorted again. Keys are unique. */
static void
measurements_flush (StyrIndicator *self)
{
  MeasurementRow *rows;
  g_autofree MeasurementRow *tail = NULL;
  guint n_tail;
  gssize i, j, k;

  if (self->measurements == NULL || self->n_sorted == self->measurements->len)
    return;

  rows = (MeasurementRow *) (gpointer) self->measurements->data;
  n_tail = self->measurements->len - self->n_sorted;

  qsort (rows + self->n_sorted, n_tail, sizeof (MeasurementRow), measurement_compare);
  tail = g_memdup2 (rows + self->n_sorted, n_tail * sizeof (MeasurementRow));

  i = (gssize) self->n_sorted - 1;
  j = (gssize) n_tail - 1;
  k = (gssize) self->measurements->len - 1;
  while (j >= 0)
    {
      if (i >= 0 && rows[i].period_key > tail[j].period_key)
        rows[k--] = rows[i--];
      else
        rows[k--] = tail[j--];
    }

  self->n_sorted = self->measurements->len;
}

/* Adds a row whose key is not present. In-order rows (the common case of
 * an import) are appended; a few out-of-order rows go into a sorted
 * position directly; many go to the tail, which is merged in once it is
 * about the square root of the array's length. That keeps a large import
 * in random order near O(n √n) moves instead of O(n²). */
static void
measurements_insert (StyrIndicator        *self,
                     const MeasurementRow *row)
{
  guint len;

  if (self->measurements == NULL)
    self->measurements = g_array_new (FALSE, FALSE, sizeof (MeasurementRow));

  len = self->measurements->len;

  if (self->n_sorted == len &&
      (len == 0 || MEASUREMENT_AT (self, len - 1)->period_key < row->period_key))
    {
      g_array_append_vals (self->measurements, row, 1);
      self->n_sorted++;
    }
  else if (self->n_sorted == len && len <= 256)
    {
      guint position;

      measurements_search (self, row->period_key, &position);
      g_array_insert_vals (self->measurements, position, row, 1);
      self->n_sorted++;
    }
  else
    {
      guint limit = MAX (32, (guint) sqrt ((double) self->n_sorted));

      g_array_append_vals (self->measurements, row, 1);
      if (self->measurements->len - self->n_sorted > limit)
        measurements_flush (self);
    }
}

/* For the loader, which has checked each row (_styr_indicator_check_value())
 * and their order: stores the @n_rows rows, sorted by period key with no
 * key twice, as measurements of @self, taking their comments, without
 * emitting StyrIndicator::measurements-changed (nobody observes a model
 * being loaded). The rows are stored in one allocation when @self has no
 * measurements yet, instead of an array that grows row by row; otherwise
 * each replaces or joins those @self has. */
void
_styr_indicator_take_measurements (StyrIndicator         *self,
                                   const StyrMeasurement *rows,
                                   guint                  n_rows)
{
  if (n_rows == 0)
    return;

  if (self->measurements == NULL)
    self->measurements = g_array_sized_new (FALSE, FALSE, sizeof (MeasurementRow), n_rows);

  if (self->measurements->len == 0)
    {
      MeasurementRow *out;

      g_array_set_size (self->measurements, n_rows);
      out = MEASUREMENT_AT (self, 0);
      for (guint i = 0; i < n_rows; i++)
        {
          out[i].period_key = rows[i].period_key;
          out[i].detail = 0;
          out[i].value = rows[i].value;
          if (detail_needed (rows[i].women, rows[i].men, rows[i].comment))
            row_set_detail (self, &out[i], rows[i].women, rows[i].men, rows[i].comment);
        }
      self->n_sorted = n_rows;
      return;
    }

  for (guint i = 0; i < n_rows; i++)
    {
      MeasurementRow *row = measurements_find (self, rows[i].period_key);

      if (row != NULL)
        {
          row->value = rows[i].value;
          row_set_detail (self, row, rows[i].women, rows[i].men, rows[i].comment);
        }
      else
        {
          MeasurementRow new_row = { rows[i].period_key, 0, rows[i].value };

          row_set_detail (self, &new_row, rows[i].women, rows[i].men, rows[i].comment);
          measurements_insert (self, &new_row);
        }
    }
  if (self->details != NULL)
    details_squeeze (self);
}

static gboolean
check_period (StyrIndicator     *self,
              const StyrPeriod  *period,
              double             value,
              double             women,
              double             men,
              GError           **error)
{
  if (!isfinite (value) ||
      (!isnan (women) && !isfinite (women)) ||
      (!isnan (men) && !isfinite (men)))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *when = styr_period_to_string (period);

      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Ogiltigt utfall för %s %s: värdet måste vara ett ändligt tal"),
                   what, when);
      return FALSE;
    }
  return TRUE;
}

/* The check styr_indicator_set_measurement() makes of a row, for the
 * loader. */
gboolean
_styr_indicator_check_value (StyrIndicator     *self,
                             const StyrPeriod  *period,
                             double             value,
                             double             women,
                             double             men,
                             GError           **error)
{
  return check_period (self, period, value, women, men, error);
}

/**
 * styr_indicator_set_measurement:
 * @self: a [class@Styr.Indicator]
 * @period: the period measured
 * @value: the value (*utfall*), for a gender split the total (T)
 * @women: the value for women (K), or NaN when not split
 * @men: the value for men (M), or NaN when not split
 * @comment: (nullable): a comment on the value, or %NULL
 * @error: return location for a [struct@GLib.Error]
 *
 * Records the measurement of @self for @period, replacing the one that
 * was there (value, split and comment alike). @self holds one
 * measurement per period; periods of different kinds (`2025` and
 * `2025-T2`) are different periods. An empty @comment is the same as
 * %NULL.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT when @value is not a finite
 * number or @women or @men is infinite; nothing changes then.
 *
 * Returns: %TRUE if the measurement was recorded
 *
 * Since: 1.0
 */
gboolean
styr_indicator_set_measurement (StyrIndicator     *self,
                                const StyrPeriod  *period,
                                double             value,
                                double             women,
                                double             men,
                                const char        *comment,
                                GError           **error)
{
  MeasurementRow *row;
  guint32 key;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_period (self, period, value, women, men, error))
    return FALSE;

  if (comment != NULL && comment[0] == '\0')
    comment = NULL;

  key = _styr_period_to_key (period);
  row = measurements_find (self, key);
  if (row != NULL)
    {
      /* @comment may be the row's own (from lookup_measurement()): it is
       * copied before the old one is freed. */
      row->value = value;
      row_set_detail (self, row, women, men, g_strdup (comment));
      if (self->details != NULL)
        details_squeeze (self);
    }
  else
    {
      MeasurementRow new_row = { key, 0, value };

      row_set_detail (self, &new_row, women, men, g_strdup (comment));
      measurements_insert (self, &new_row);
    }

  _styr_follow_up_indicator_changed (self);
  g_signal_emit (self, signals[MEASUREMENTS_CHANGED], 0);
  return TRUE;
}

/**
 * styr_indicator_set_value:
 * @self: a [class@Styr.Indicator]
 * @period: the period measured
 * @value: the value (*utfall*)
 * @error: return location for a [struct@GLib.Error]
 *
 * Records the value of @self for @period, replacing the measurement that
 * was there, its gender split and comment included. The same as
 * [method@Styr.Indicator.set_measurement] with no split and no comment.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT when @value is not a finite
 * number; nothing changes then.
 *
 * Returns: %TRUE if the value was recorded
 *
 * Since: 1.0
 */
gboolean
styr_indicator_set_value (StyrIndicator     *self,
                          const StyrPeriod  *period,
                          double             value,
                          GError           **error)
{
  return styr_indicator_set_measurement (self, period, value, NAN, NAN, NULL, error);
}

/**
 * styr_indicator_lookup_value:
 * @self: a [class@Styr.Indicator]
 * @period: a period
 * @value: (out) (optional): return location for the value, or NaN
 *
 * Looks up the value of @self for exactly @period. Nothing is summed or
 * derived: a year without a yearly measurement has no value even when
 * its months have.
 *
 * Returns: %TRUE if @self has a measurement for @period
 *
 * Since: 1.0
 */
gboolean
styr_indicator_lookup_value (StyrIndicator    *self,
                             const StyrPeriod *period,
                             double           *value)
{
  return styr_indicator_lookup_measurement (self, period, value, NULL, NULL, NULL);
}

/**
 * styr_indicator_lookup_measurement:
 * @self: a [class@Styr.Indicator]
 * @period: a period
 * @value: (out) (optional): return location for the value, or NaN
 * @women: (out) (optional): return location for the value for women, or
 *   NaN
 * @men: (out) (optional): return location for the value for men, or NaN
 * @comment: (out) (optional) (nullable) (transfer none): return location
 *   for the comment, valid until the measurement changes
 *
 * Looks up the measurement of @self for exactly @period. When there is
 * none the values are set to NaN and @comment to %NULL.
 *
 * Returns: %TRUE if @self has a measurement for @period
 *
 * Since: 1.0
 */
gboolean
styr_indicator_lookup_measurement (StyrIndicator     *self,
                                   const StyrPeriod  *period,
                                   double            *value,
                                   double            *women,
                                   double            *men,
                                   const char       **comment)
{
  MeasurementRow *row = NULL;

  if (STYR_IS_INDICATOR (self) && period != NULL)
    row = measurements_find (self, _styr_period_to_key (period));

  if (value != NULL)
    *value = row != NULL ? row->value : NAN;
  row_get_detail (self, row, women, men, comment);

  g_return_val_if_fail (STYR_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  return row != NULL;
}

/**
 * styr_indicator_find_measurement:
 * @self: a [class@Styr.Indicator]
 * @period: a period
 * @position: (out) (optional): return location for the position of the
 *   measurement for @period, or where it would be
 *
 * Finds the position of the measurement for @period among the
 * measurements of @self, which are sorted by period
 * ([method@Styr.Period.compare]). When there is none, @position is set to
 * the position it would have: the measurements before it are those of
 * earlier periods, so `position - 1` is the latest one before @period.
 *
 * Returns: %TRUE if @self has a measurement for @period
 *
 * Since: 1.0
 */
gboolean
styr_indicator_find_measurement (StyrIndicator    *self,
                                 const StyrPeriod *period,
                                 guint            *position)
{
  guint pos = 0;
  gboolean found = FALSE;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  if (self->measurements != NULL)
    {
      measurements_flush (self);
      found = measurements_search (self, _styr_period_to_key (period), &pos);
    }

  if (position != NULL)
    *position = pos;
  return found;
}

/**
 * styr_indicator_remove_measurement:
 * @self: a [class@Styr.Indicator]
 * @period: a period
 *
 * Removes the measurement of @self for @period.
 *
 * Returns: %TRUE if there was a measurement to remove
 *
 * Since: 1.0
 */
gboolean
styr_indicator_remove_measurement (StyrIndicator    *self,
                                   const StyrPeriod *period)
{
  guint position;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  if (self->measurements == NULL)
    return FALSE;

  measurements_flush (self);
  if (!measurements_search (self, _styr_period_to_key (period), &position))
    return FALSE;

  row_drop_detail (self, MEASUREMENT_AT (self, position));
  g_array_remove_index (self->measurements, position);
  self->n_sorted--;
  if (self->details != NULL)
    details_squeeze (self);

  _styr_follow_up_indicator_changed (self);
  g_signal_emit (self, signals[MEASUREMENTS_CHANGED], 0);
  return TRUE;
}

/**
 * styr_indicator_clear_measurements:
 * @self: a [class@Styr.Indicator]
 *
 * Removes every measurement of @self, e.g. before importing a fresh
 * series.
 *
 * Since: 1.0
 */
void
styr_indicator_clear_measurements (StyrIndicator *self)
{
  g_return_if_fail (STYR_IS_INDICATOR (self));

  if (self->measurements == NULL || self->measurements->len == 0)
    return;

  g_array_set_size (self->measurements, 0);
  self->n_sorted = 0;
  g_clear_pointer (&self->details, g_array_unref);
  self->n_dead_details = 0;

  _styr_follow_up_indicator_changed (self);
  g_signal_emit (self, signals[MEASUREMENTS_CHANGED], 0);
}

/**
 * styr_indicator_get_n_measurements:
 * @self: a [class@Styr.Indicator]
 *
 * Gets the number of measurements of @self, one per period. Positions
 * 0 … n−1 of [method@Styr.Indicator.get_measurement] run in period order.
 *
 * Returns: the number of measurements
 *
 * Since: 1.0
 */
guint
styr_indicator_get_n_measurements (StyrIndicator *self)
{
  g_return_val_if_fail (STYR_IS_INDICATOR (self), 0);

  return self->measurements != NULL ? self->measurements->len : 0;
}

/* The row at @position in period order; NULL (with a warning) if out of
 * range. */
static MeasurementRow *
measurements_get (StyrIndicator *self,
                  guint          position)
{
  g_return_val_if_fail (position < styr_indicator_get_n_measurements (self), NULL);

  measurements_flush (self);
  return MEASUREMENT_AT (self, position);
}

/**
 * styr_indicator_get_measurement_period:
 * @self: a [class@Styr.Indicator]
 * @position: a position, less than [method@Styr.Indicator.get_n_measurements]
 *
 * Gets the period of the measurement at @position, in period order.
 *
 * Returns: (transfer full): the period
 *
 * Since: 1.0
 */
StyrPeriod *
styr_indicator_get_measurement_period (StyrIndicator *self,
                                       guint          position)
{
  MeasurementRow *row;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), NULL);

  row = measurements_get (self, position);
  return row != NULL ? _styr_period_from_key (row->period_key) : NULL;
}

/**
 * styr_indicator_get_measurement_value:
 * @self: a [class@Styr.Indicator]
 * @position: a position, less than [method@Styr.Indicator.get_n_measurements]
 *
 * Gets the value of the measurement at @position, in period order.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
double
styr_indicator_get_measurement_value (StyrIndicator *self,
                                      guint          position)
{
  MeasurementRow *row;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), NAN);

  row = measurements_get (self, position);
  return row != NULL ? row->value : NAN;
}

/**
 * styr_indicator_get_measurement:
 * @self: a [class@Styr.Indicator]
 * @position: a position, less than [method@Styr.Indicator.get_n_measurements]
 * @value: (out) (optional): return location for the value
 * @women: (out) (optional): return location for the value for women, or
 *   NaN
 * @men: (out) (optional): return location for the value for men, or NaN
 * @comment: (out) (optional) (nullable) (transfer none): return location
 *   for the comment, valid until the measurements change
 *
 * Gets the measurement at @position, in period order; its period is
 * [method@Styr.Indicator.get_measurement_period].
 *
 * Since: 1.0
 */
void
styr_indicator_get_measurement (StyrIndicator  *self,
                                guint           position,
                                double         *value,
                                double         *women,
                                double         *men,
                                const char    **comment)
{
  MeasurementRow *row;

  g_return_if_fail (STYR_IS_INDICATOR (self));

  row = measurements_get (self, position);

  if (value != NULL)
    *value = row != NULL ? row->value : NAN;
  row_get_detail (self, row, women, men, comment);
}

/**
 * styr_indicator_dup_values:
 * @self: a [class@Styr.Indicator]
 * @n_values: (out): return location for the number of values
 *
 * Copies all values of @self in period order, one call for the whole
 * series: position *i* goes with [method@Styr.Indicator.get_measurement_period]
 * at *i* and with element *i* of [method@Styr.Indicator.dup_period_strings].
 *
 * Returns: (array length=n_values) (transfer full) (nullable): the
 *   values, or %NULL when there are none
 *
 * Since: 1.0
 */
double *
styr_indicator_dup_values (StyrIndicator *self,
                           gsize         *n_values)
{
  double *values;
  guint n;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), NULL);
  g_return_val_if_fail (n_values != NULL, NULL);

  n = styr_indicator_get_n_measurements (self);
  *n_values = n;
  if (n == 0)
    return NULL;

  measurements_flush (self);
  values = g_new (double, n);
  for (guint i = 0; i < n; i++)
    values[i] = MEASUREMENT_AT (self, i)->value;
  return values;
}

/**
 * styr_model_dup_measurement_values:
 * @self: a [class@Styr.Model]
 * @offsets: (out) (array length=n_offsets) (transfer full): return location
 *   for where each indicator's values start
 * @n_offsets: (out): return location for the length of @offsets: the
 *   number of indicators plus one
 *
 * Copies the values of every measurement of every indicator of the model in
 * one call: the bulk read for scripts that analyse all of a model's
 * measurements (a national comparison, a big city's million values), where
 * one call per value would cost more than the reading.
 *
 * The values are native-endian IEEE 754 doubles, packed, so that Python's
 * `memoryview (…).cast ("d")`, `array.array ("d", …)` or NumPy's
 * `frombuffer` and JavaScript's `Float64Array` read them without a
 * conversion per value. The values of the indicator at position *i* of
 * [method@Styr.Model.get_indicators] are the doubles from `offsets[i]` up to
 * (not including) `offsets[i + 1]`, in period order, as
 * [method@Styr.Indicator.dup_values] gives them.
 *
 * ```python
 * data, offsets = model.dup_measurement_values ()
 * values = memoryview (data.get_data ()).cast ("d")
 * for i, indicator in enumerate (model.get_indicators ()):
 *     series = values[offsets[i]:offsets[i + 1]]
 * ```
 *
 * Returns: (transfer full): the values, an empty #GBytes when the model
 *   has no measurements
 *
 * Since: 1.0
 */
GBytes *
styr_model_dup_measurement_values (StyrModel  *self,
                                   guint     **offsets,
                                   gsize      *n_offsets)
{
  GListModel *indicators;
  guint n_indicators;
  gsize total = 0;
  double *values;
  guint *starts;
  g_autofree StyrIndicator **items = NULL;

  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  g_return_val_if_fail (offsets != NULL, NULL);
  g_return_val_if_fail (n_offsets != NULL, NULL);

  indicators = styr_model_get_indicators (self);
  n_indicators = g_list_model_get_n_items (indicators);
  items = g_new (StyrIndicator *, MAX (n_indicators, 1));

  /* An offset is a guint, as the positions of the other accessors; no
   * model comes near four thousand million measurements. */
  starts = g_new (guint, (gsize) n_indicators + 1);
  for (guint i = 0; i < n_indicators; i++)
    {
      items[i] = g_list_model_get_item (indicators, i);
      measurements_flush (items[i]);
      starts[i] = (guint) total;
      total += styr_indicator_get_n_measurements (items[i]);
    }
  g_assert (total <= G_MAXUINT);
  starts[n_indicators] = (guint) total;

  values = g_new (double, MAX (total, 1));
  for (guint i = 0; i < n_indicators; i++)
    {
      double *out = values + starts[i];
      guint n = starts[i + 1] - starts[i];

      if (n > 0)
        {
          const MeasurementRow *rows = MEASUREMENT_AT (items[i], 0);

          for (guint k = 0; k < n; k++)
            out[k] = rows[k].value;
        }
      g_object_unref (items[i]);
    }

  *offsets = starts;
  *n_offsets = (gsize) n_indicators + 1;
  return g_bytes_new_take (values, total * sizeof (double));
}

/**
 * styr_indicator_dup_period_strings:
 * @self: a [class@Styr.Indicator]
 *
 * Copies the periods of all measurements of @self in period order, written
 * as [method@Styr.Period.to_string] writes them (`2025`, `2025-T2`,
 * `2025-05`); element *i* goes with value *i* of
 * [method@Styr.Indicator.dup_values].
 *
 * Returns: (array zero-terminated=1) (transfer full): the periods, an
 *   empty array when there are none
 *
 * Since: 1.0
 */
char **
styr_indicator_dup_period_strings (StyrIndicator *self)
{
  char **strv;
  guint n;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), NULL);

  n = styr_indicator_get_n_measurements (self);
  measurements_flush (self);

  strv = g_new (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrPeriod) period = _styr_period_from_key (MEASUREMENT_AT (self, i)->period_key);

      strv[i] = styr_period_to_string (period);
    }
  strv[n] = NULL;
  return strv;
}

/* Called by the grading functions (styr-grading.c), which walk the rows
 * in period order. */
void
_styr_indicator_get_row (StyrIndicator *self,
                         guint          position,
                         guint32       *period_key,
                         double        *value)
{
  const MeasurementRow *row;

  /* Grading reads rows by the thousand: no type check or warning path,
   * only what keeps an out-of-range position harmless. */
  if (G_UNLIKELY (self->measurements == NULL || position >= self->measurements->len))
    {
      *period_key = 0;
      *value = NAN;
      return;
    }
  if (G_UNLIKELY (self->n_sorted != self->measurements->len))
    measurements_flush (self);
  row = MEASUREMENT_AT (self, position);
  *period_key = row->period_key;
  *value = row->value;
}


/* Comparison values -------------------------------------------------------- */

#define COMPARISON_AT(self, i) (&g_array_index ((self)->comparisons, StyrComparison, (i)))

/* The kommunkod @text as a number, or -1 unless it is four ASCII digits. */
static int
parse_kommunkod (const char *text)
{
  int code = 0;

  for (int i = 0; i < 4; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return -1;
      code = code * 10 + (text[i] - '0');
    }
  return text[4] == '\0' ? code : -1;
}

static int
comparison_cmp (guint32 key_a,
                guint32 code_a,
                guint32 key_b,
                guint32 code_b)
{
  if (key_a != key_b)
    return key_a < key_b ? -1 : 1;
  if (code_a != code_b)
    return code_a < code_b ? -1 : 1;
  return 0;
}

/* Binary search for the first row not before (@key, @code); TRUE if it is
 * that row. */
static gboolean
comparisons_search (StyrIndicator *self,
                    guint32        key,
                    guint32        code,
                    guint         *position)
{
  guint lo = 0;
  guint hi = self->comparisons != NULL ? self->comparisons->len : 0;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      StyrComparison *row = COMPARISON_AT (self, mid);

      if (comparison_cmp (row->period_key, row->municipality, key, code) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  *position = lo;
  return self->comparisons != NULL && lo < self->comparisons->len &&
         COMPARISON_AT (self, lo)->period_key == key &&
         COMPARISON_AT (self, lo)->municipality == code;
}

/**
 * styr_indicator_set_comparison_value:
 * @self: a [class@Styr.Indicator]
 * @kommunkod: the municipality's code (*kommunkod*), four digits, e.g.
 *   "0180" for Stockholm
 * @period: the period of the value
 * @value: the comparison municipality's value for @period
 * @error: return location for a [struct@GLib.Error]
 *
 * Records the value of @self for @period in a comparison municipality
 * (*jämförelsekommun*), e.g. from Kolada, replacing the one that was
 * there. Comparison values are kept apart from the measurements of @self
 * (which they never change), compactly, one per municipality and period;
 * [method@Styr.Indicator.grade_comparative] ranks the own value among
 * them.
 *
 * The own municipality need not and should not be among them: if it is,
 * its value counts as a tie when ranking.
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT when @kommunkod is not four
 * digits or @value is not a finite number; nothing changes then.
 *
 * Returns: %TRUE if the value was recorded
 *
 * Since: 1.0
 */
gboolean
styr_indicator_set_comparison_value (StyrIndicator     *self,
                                     const char        *kommunkod,
                                     const StyrPeriod  *period,
                                     double             value,
                                     GError           **error)
{
  guint32 key;
  guint position;
  int code;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (kommunkod != NULL, FALSE);
  g_return_val_if_fail (period != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  code = parse_kommunkod (kommunkod);
  if (code < 0)
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Ogiltig kommunkod »%s« för jämförelsevärdet för %s: en kommunkod är fyra siffror, t.ex. 0180"),
                   kommunkod, what);
      return FALSE;
    }

  if (!isfinite (value))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *when = styr_period_to_string (period);
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Ogiltigt jämförelsevärde för %s %s, kommun %s: värdet måste vara ett ändligt tal"),
                   what, when, kommunkod);
      return FALSE;
    }

  if (self->comparisons == NULL)
    self->comparisons = g_array_new (FALSE, FALSE, sizeof (StyrComparison));

  key = _styr_period_to_key (period);
  if (comparisons_search (self, key, (guint32) code, &position))
    COMPARISON_AT (self, position)->value = value;
  else
    {
      StyrComparison row = { key, (guint32) code, value };

      g_array_insert_val (self->comparisons, position, row);
    }

  _styr_follow_up_indicator_changed (self);
  g_signal_emit (self, signals[COMPARISONS_CHANGED], 0);
  return TRUE;
}

/**
 * styr_indicator_lookup_comparison_value:
 * @self: a [class@Styr.Indicator]
 * @kommunkod: a municipality's code (*kommunkod*), e.g. "0180"
 * @period: a period
 * @value: (out) (optional): return location for the value, or NaN
 *
 * Looks up the value of @self for exactly @period in the comparison
 * municipality @kommunkod ([method@Styr.Indicator.set_comparison_value]).
 * A @kommunkod that is not four digits has no value.
 *
 * Returns: %TRUE if there is a comparison value for @kommunkod and @period
 *
 * Since: 1.0
 */
gboolean
styr_indicator_lookup_comparison_value (StyrIndicator    *self,
                                        const char       *kommunkod,
                                        const StyrPeriod *period,
                                        double           *value)
{
  guint position;
  int code;

  if (value != NULL)
    *value = NAN;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (kommunkod != NULL, FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  code = parse_kommunkod (kommunkod);
  if (code < 0 ||
      !comparisons_search (self, _styr_period_to_key (period), (guint32) code, &position))
    return FALSE;

  if (value != NULL)
    *value = COMPARISON_AT (self, position)->value;
  return TRUE;
}

/**
 * styr_indicator_get_n_comparison_values:
 * @self: a [class@Styr.Indicator]
 *
 * Gets the number of comparison values of @self, over all municipalities
 * and periods.
 *
 * Returns: the number of comparison values
 *
 * Since: 1.0
 */
guint
styr_indicator_get_n_comparison_values (StyrIndicator *self)
{
  g_return_val_if_fail (STYR_IS_INDICATOR (self), 0);

  return self->comparisons != NULL ? self->comparisons->len : 0;
}

static int
code_compare (gconstpointer a,
              gconstpointer b)
{
  guint32 ca = *(const guint32 *) a;
  guint32 cb = *(const guint32 *) b;

  return ca < cb ? -1 : (ca > cb ? 1 : 0);
}

/**
 * styr_indicator_dup_comparison_municipalities:
 * @self: a [class@Styr.Indicator]
 *
 * Lists the comparison municipalities @self has values for, in any
 * period: their codes (*kommunkoder*), four digits each, sorted and
 * without repeats.
 *
 * Returns: (array zero-terminated=1) (transfer full): the codes, an empty
 *   array when there are none
 *
 * Since: 1.0
 */
char **
styr_indicator_dup_comparison_municipalities (StyrIndicator *self)
{
  g_autofree guint32 *codes = NULL;
  GPtrArray *strv;
  guint n;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), NULL);

  n = styr_indicator_get_n_comparison_values (self);
  codes = g_new (guint32, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    codes[i] = COMPARISON_AT (self, i)->municipality;
  qsort (codes, n, sizeof (guint32), code_compare);

  strv = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    if (i == 0 || codes[i] != codes[i - 1])
      g_ptr_array_add (strv, g_strdup_printf ("%04u", (guint) codes[i]));
  g_ptr_array_add (strv, NULL);

  return (char **) g_ptr_array_free (strv, FALSE);
}

/**
 * styr_indicator_clear_comparison_values:
 * @self: a [class@Styr.Indicator]
 *
 * Removes every comparison value of @self, e.g. before importing a fresh
 * set from Kolada. The measurements of @self stay.
 *
 * Since: 1.0
 */
void
styr_indicator_clear_comparison_values (StyrIndicator *self)
{
  g_return_if_fail (STYR_IS_INDICATOR (self));

  if (self->comparisons == NULL || self->comparisons->len == 0)
    return;

  g_array_set_size (self->comparisons, 0);

  _styr_follow_up_indicator_changed (self);
  g_signal_emit (self, signals[COMPARISONS_CHANGED], 0);
}

/* Called by styr_indicator_grade_comparative(): the values of the
 * period's rows, which are adjacent. */
double *
_styr_indicator_dup_comparison_values (StyrIndicator *self,
                                       guint32        period_key,
                                       guint         *n_values)
{
  double *values;
  guint first, end;

  g_return_val_if_fail (STYR_IS_INDICATOR (self), NULL);

  *n_values = 0;
  if (self->comparisons == NULL)
    return NULL;

  comparisons_search (self, period_key, 0, &first);
  for (end = first;
       end < self->comparisons->len && COMPARISON_AT (self, end)->period_key == period_key;
       end++)
    ;
  if (end == first)
    return NULL;

  values = g_new (double, end - first);
  for (guint i = first; i < end; i++)
    values[i - first] = COMPARISON_AT (self, i)->value;
  *n_values = end - first;
  return values;
}

/* For the writer: one row after the other, in the order kept. */
void
_styr_indicator_get_comparison_row (StyrIndicator *self,
                                    guint          position,
                                    guint32       *period_key,
                                    guint         *kommunkod,
                                    double        *value)
{
  StyrComparison *row;

  g_return_if_fail (STYR_IS_INDICATOR (self));
  g_return_if_fail (position < styr_indicator_get_n_comparison_values (self));

  row = COMPARISON_AT (self, position);
  *period_key = row->period_key;
  *kommunkod = (guint) row->municipality;
  *value = row->value;
}


/* Reverse links ------------------------------------------------------------ */

/**
 * styr_indicator_get_goals:
 * @self: a [class@Styr.Indicator]
 *
 * Gets the goals that are followed up with @self, in the order they were
 * linked ([method@Styr.Goal.add_indicator]). The list model is live.
 *
 * Returns: (transfer none): a list model of [class@Styr.Goal]
 *
 * Since: 1.0
 */
GListModel *
styr_indicator_get_goals (StyrIndicator *self)
{
  g_return_val_if_fail (STYR_IS_INDICATOR (self), NULL);

  return _styr_ref_list_get_model (&self->goals);
}

/**
 * styr_indicator_get_activities:
 * @self: a [class@Styr.Indicator]
 *
 * Gets the activities that are expected to move @self, in the order they
 * were linked ([method@Styr.Activity.add_indicator]). The list model is
 * live.
 *
 * Returns: (transfer none): a list model of [class@Styr.Activity]
 *
 * Since: 1.0
 */
GListModel *
styr_indicator_get_activities (StyrIndicator *self)
{
  g_return_val_if_fail (STYR_IS_INDICATOR (self), NULL);

  return _styr_ref_list_get_model (&self->activities);
}

/* Called by StyrGoal when it starts being followed up with @self. */
void
_styr_indicator_link_goal (StyrIndicator *self,
                           StyrGoal      *goal)
{
  g_return_if_fail (STYR_IS_INDICATOR (self));
  g_return_if_fail (STYR_IS_GOAL (goal));

  if (!_styr_ref_list_contains (&self->goals, goal))
    _styr_ref_list_append (&self->goals, goal);
}

/* Called by StyrGoal when it stops; a no-op when the entry is gone already
 * (the indicator was detached first). */
void
_styr_indicator_unlink_goal (StyrIndicator *self,
                             StyrGoal      *goal)
{
  g_return_if_fail (STYR_IS_INDICATOR (self));
  g_return_if_fail (STYR_IS_GOAL (goal));

  _styr_ref_list_remove (&self->goals, goal);
}

/* Called by StyrActivity when it starts being expected to move @self. */
void
_styr_indicator_link_activity (StyrIndicator *self,
                               StyrActivity  *activity)
{
  g_return_if_fail (STYR_IS_INDICATOR (self));
  g_return_if_fail (STYR_IS_ACTIVITY (activity));

  if (!_styr_ref_list_contains (&self->activities, activity))
    _styr_ref_list_append (&self->activities, activity);
}

/* Called by StyrActivity when it stops; a no-op when the entry is gone. */
void
_styr_indicator_unlink_activity (StyrIndicator *self,
                                 StyrActivity  *activity)
{
  g_return_if_fail (STYR_IS_INDICATOR (self));
  g_return_if_fail (STYR_IS_ACTIVITY (activity));

  _styr_ref_list_remove (&self->activities, activity);
}
