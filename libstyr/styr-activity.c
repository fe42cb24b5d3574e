/* styr-activity.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-activity.h"

/**
 * StyrActivity:
 *
 * An activity (*aktivitet*) in a *verksamhetsplan* or *arbetsplan*: the
 * concrete work that is to move a goal. It has a status, start and end
 * dates, a responsible person, an owning unit and plan, the goals it
 * serves and the indicators it is expected to move ("it must not be
 * chance whether the goals are met").
 *
 * ```python
 * act = Styr.Activity(id="akt-1", title="Läsfrämjande insatser",
 *                     status=Styr.ActivityStatus.ONGOING, responsible="Rektor")
 * model.add(act)
 * act.add_goal(nm)
 * act.add_indicator(ind)
 * ```
 *
 * Since: 1.0
 */

struct _StyrActivity
{
  StyrEntity parent_instance;

  char *description;
  StyrActivityStatus status;
  GDate start_date;
  GDate end_date;
  char *responsible;
  char *expected_result;
};

G_DEFINE_FINAL_TYPE (StyrActivity, styr_activity, STYR_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_STATUS,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_RESPONSIBLE,
  PROP_EXPECTED_RESULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_activity_finalize (GObject *object)
{
  StyrActivity *self = (StyrActivity *) object;

  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->responsible, g_free);
  g_clear_pointer (&self->expected_result, g_free);

  G_OBJECT_CLASS (styr_activity_parent_class)->finalize (object);
}

static void
styr_activity_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  StyrActivity *self = STYR_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, _styr_entity_get_label (STYR_ENTITY (self)));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_START_DATE:
      g_value_set_boxed (value, g_date_valid (&self->start_date) ? &self->start_date : NULL);
      break;
    case PROP_END_DATE:
      g_value_set_boxed (value, g_date_valid (&self->end_date) ? &self->end_date : NULL);
      break;
    case PROP_RESPONSIBLE:
      g_value_set_string (value, self->responsible);
      break;
    case PROP_EXPECTED_RESULT:
      g_value_set_string (value, self->expected_result);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_activity_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  StyrActivity *self = STYR_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      styr_activity_set_title (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      styr_activity_set_description (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      styr_activity_set_status (self, g_value_get_enum (value));
      break;
    case PROP_START_DATE:
      styr_activity_set_start_date (self, g_value_get_boxed (value));
      break;
    case PROP_END_DATE:
      styr_activity_set_end_date (self, g_value_get_boxed (value));
      break;
    case PROP_RESPONSIBLE:
      styr_activity_set_responsible (self, g_value_get_string (value));
      break;
    case PROP_EXPECTED_RESULT:
      styr_activity_set_expected_result (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_activity_class_init (StyrActivityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StyrEntityClass *entity_class = STYR_ENTITY_CLASS (klass);

  object_class->finalize = styr_activity_finalize;
  object_class->get_property = styr_activity_get_property;
  object_class->set_property = styr_activity_set_property;
  entity_class->collection = STYR_COLLECTION_ACTIVITIES;

  /**
   * StyrActivity:title:
   *
   * e.g. "Införa läsfrämjande insatser i årskurs 1–3".
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrActivity:description:
   *
   * a description of the work.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrActivity:status:
   *
   * the status of the activity.
   *
   * Since: 1.0
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       STYR_TYPE_ACTIVITY_STATUS, STYR_ACTIVITY_STATUS_NOT_STARTED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrActivity:start-date:
   *
   * the planned start date, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_START_DATE] =
    g_param_spec_boxed ("start-date", NULL, NULL,
                         G_TYPE_DATE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrActivity:end-date:
   *
   * the planned end date, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_END_DATE] =
    g_param_spec_boxed ("end-date", NULL, NULL,
                         G_TYPE_DATE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrActivity:responsible:
   *
   * the name of the person responsible (*ansvarig*).
   *
   * Since: 1.0
   */
  properties[PROP_RESPONSIBLE] =
    g_param_spec_string ("responsible", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrActivity:expected-result:
   *
   * the result the activity is expected to bring about (*förväntat
   * resultat*), in words.
   *
   * Since: 1.0
   */
  properties[PROP_EXPECTED_RESULT] =
    g_param_spec_string ("expected-result", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_activity_init (StyrActivity *self)
{

}

/**
 * styr_activity_new:
 * @id: the identifier, unique within the model
 * @title: (nullable): the title
 *
 * Creates a new [class@Styr.Activity]. 
 *
 * Returns: (transfer full): a new [class@Styr.Activity]
 *
 * Since: 1.0
 */
StyrActivity *
styr_activity_new (const char *id,
                   const char *title)
{
  return g_object_new (STYR_TYPE_ACTIVITY,
                       "id", id,
                       "title", title,
                       NULL);
}

/**
 * styr_activity_get_title:
 * @self: a [class@Styr.Activity]
 *
 * Gets the title of @self, e.g. "Införa läsfrämjande insatser i årskurs 1–3".
 *
 * Returns: (nullable): the title
 *
 * Since: 1.0
 */
const char *
styr_activity_get_title (StyrActivity *self)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), NULL);

  return _styr_entity_get_label (STYR_ENTITY (self));
}

/**
 * styr_activity_set_title:
 * @self: a [class@Styr.Activity]
 * @title: (nullable): the new title
 *
 * Sets the title of @self, e.g. "Införa läsfrämjande insatser i årskurs 1–3".
 *
 * Since: 1.0
 */
void
styr_activity_set_title (StyrActivity *self,
                         const char *title)
{
  g_return_if_fail (STYR_IS_ACTIVITY (self));

  _styr_entity_set_label (STYR_ENTITY (self), title, properties[PROP_TITLE]);
}

/**
 * styr_activity_get_description:
 * @self: a [class@Styr.Activity]
 *
 * Gets the [property@Styr.Activity:description] of @self: a description of the work.
 *
 * Returns: (nullable): the description
 *
 * Since: 1.0
 */
const char *
styr_activity_get_description (StyrActivity *self)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), NULL);

  return self->description;
}

/**
 * styr_activity_set_description:
 * @self: a [class@Styr.Activity]
 * @description: (nullable) the new description
 *
 * Sets the [property@Styr.Activity:description] of @self: a description of the work.
 *
 * Since: 1.0
 */
void
styr_activity_set_description (StyrActivity *self,
                               const char *description)
{
  g_return_if_fail (STYR_IS_ACTIVITY (self));

  if (g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * styr_activity_get_status:
 * @self: a [class@Styr.Activity]
 *
 * Gets the [property@Styr.Activity:status] of @self: the status of the activity.
 *
 * Returns: the status
 *
 * Since: 1.0
 */
StyrActivityStatus 
styr_activity_get_status (StyrActivity *self)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), 0);

  return self->status;
}

/**
 * styr_activity_set_status:
 * @self: a [class@Styr.Activity]
 * @status: the new status
 *
 * Sets the [property@Styr.Activity:status] of @self: the status of the activity.
 *
 * Since: 1.0
 */
void
styr_activity_set_status (StyrActivity *self,
                          StyrActivityStatus status)
{
  g_return_if_fail (STYR_IS_ACTIVITY (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * styr_activity_get_start_date:
 * @self: a [class@Styr.Activity]
 *
 * Gets the [property@Styr.Activity:start-date] of @self: the planned start date, or %NULL.
 *
 * Returns: (nullable): the start date
 *
 * Since: 1.0
 */
const GDate *
styr_activity_get_start_date (StyrActivity *self)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), NULL);

  return g_date_valid (&self->start_date) ? &self->start_date : NULL;
}

/**
 * styr_activity_set_start_date:
 * @self: a [class@Styr.Activity]
 * @start_date: (nullable) the new start date
 *
 * Sets the [property@Styr.Activity:start-date] of @self: the planned start date, or %NULL.
 *
 * Since: 1.0
 */
void
styr_activity_set_start_date (StyrActivity *self,
                              const GDate *start_date)
{
  g_return_if_fail (STYR_IS_ACTIVITY (self));

  if (_styr_date_equal (&self->start_date, start_date))
    return;

  _styr_date_assign (&self->start_date, start_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

/**
 * styr_activity_get_end_date:
 * @self: a [class@Styr.Activity]
 *
 * Gets the [property@Styr.Activity:end-date] of @self: the planned end date, or %NULL.
 *
 * Returns: (nullable): the end date
 *
 * Since: 1.0
 */
const GDate *
styr_activity_get_end_date (StyrActivity *self)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), NULL);

  return g_date_valid (&self->end_date) ? &self->end_date : NULL;
}

/**
 * styr_activity_set_end_date:
 * @self: a [class@Styr.Activity]
 * @end_date: (nullable) the new end date
 *
 * Sets the [property@Styr.Activity:end-date] of @self: the planned end date, or %NULL.
 *
 * Since: 1.0
 */
void
styr_activity_set_end_date (StyrActivity *self,
                            const GDate *end_date)
{
  g_return_if_fail (STYR_IS_ACTIVITY (self));

  if (_styr_date_equal (&self->end_date, end_date))
    return;

  _styr_date_assign (&self->end_date, end_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_DATE]);
}

/**
 * styr_activity_get_responsible:
 * @self: a [class@Styr.Activity]
 *
 * Gets the [property@Styr.Activity:responsible] of @self: the name of the person responsible (*ansvarig*).
 *
 * Returns: (nullable): the responsible
 *
 * Since: 1.0
 */
const char *
styr_activity_get_responsible (StyrActivity *self)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), NULL);

  return self->responsible;
}

/**
 * styr_activity_set_responsible:
 * @self: a [class@Styr.Activity]
 * @responsible: (nullable) the new responsible
 *
 * Sets the [property@Styr.Activity:responsible] of @self: the name of the person responsible (*ansvarig*).
 *
 * Since: 1.0
 */
void
styr_activity_set_responsible (StyrActivity *self,
                               const char *responsible)
{
  g_return_if_fail (STYR_IS_ACTIVITY (self));

  if (g_strcmp0 (self->responsible, responsible) == 0)
    return;

  g_free (self->responsible);
  self->responsible = g_strdup (responsible);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSIBLE]);
}

/**
 * styr_activity_get_expected_result:
 * @self: a [class@Styr.Activity]
 *
 * Gets the [property@Styr.Activity:expected-result] of @self: the result the activity is expected to bring about (*förväntat resultat*), in words.
 *
 * Returns: (nullable): the expected result
 *
 * Since: 1.0
 */
const char *
styr_activity_get_expected_result (StyrActivity *self)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), NULL);

  return self->expected_result;
}

/**
 * styr_activity_set_expected_result:
 * @self: a [class@Styr.Activity]
 * @expected_result: (nullable) the new expected result
 *
 * Sets the [property@Styr.Activity:expected-result] of @self: the result the activity is expected to bring about (*förväntat resultat*), in words.
 *
 * Since: 1.0
 */
void
styr_activity_set_expected_result (StyrActivity *self,
                                   const char *expected_result)
{
  g_return_if_fail (STYR_IS_ACTIVITY (self));

  if (g_strcmp0 (self->expected_result, expected_result) == 0)
    return;

  g_free (self->expected_result);
  self->expected_result = g_strdup (expected_result);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPECTED_RESULT]);
}
