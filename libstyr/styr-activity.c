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
 * act.set_unit(enhet)
 * act.set_document(arbetsplan)
 * act.add_goal(nm)
 * act.add_indicator(ind)
 * if act.is_late(None):
 *     print(act.props.title, "är försenad")
 * ```
 *
 * Links are made with methods that check them and fail with a
 * [error@Styr.Error] ([method@Styr.Activity.set_unit],
 * [method@Styr.Activity.add_goal], …); each link shows on the other side
 * too ([method@Styr.Goal.get_activities],
 * [method@Styr.Indicator.get_activities],
 * [method@Styr.FocusArea.get_activities]). A unit, plan, goal, indicator
 * or focus area an activity links to cannot be removed from the model
 * until the link is gone.
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

  /* Outgoing links, unowned: the model owns the entities. */
  StyrUnit     *unit;
  StyrDocument *document;
  StyrRefList   goals;        /* StyrGoal */
  StyrRefList   indicators;   /* StyrIndicator */
  StyrRefList   focus_areas;  /* StyrFocusArea */
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
  PROP_UNIT,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
styr_activity_refers_to (StyrEntity *entity,
                         StyrEntity *target)
{
  StyrActivity *self = STYR_ACTIVITY (entity);

  return (self->unit != NULL && target == (StyrEntity *) self->unit) ||
         (self->document != NULL && target == (StyrEntity *) self->document) ||
         _styr_ref_list_contains (&self->goals, target) ||
         _styr_ref_list_contains (&self->indicators, target) ||
         _styr_ref_list_contains (&self->focus_areas, target);
}

/* Drops every outgoing link and the reverse entries it made. The other
 * side may have been detached already (the model's dispose detaches every
 * entity, in no particular order): removing a missing entry is a no-op
 * there. */
static void
styr_activity_detach (StyrEntity *entity)
{
  StyrActivity *self = STYR_ACTIVITY (entity);
  GObject *object = G_OBJECT (self);

  for (guint i = 0; i < _styr_ref_list_get_n (&self->goals); i++)
    _styr_goal_unlink_activity (_styr_ref_list_get (&self->goals, i), self);
  _styr_ref_list_empty (&self->goals);

  for (guint i = 0; i < _styr_ref_list_get_n (&self->indicators); i++)
    _styr_indicator_unlink_activity (_styr_ref_list_get (&self->indicators, i), self);
  _styr_ref_list_empty (&self->indicators);

  for (guint i = 0; i < _styr_ref_list_get_n (&self->focus_areas); i++)
    _styr_focus_area_unlink_activity (_styr_ref_list_get (&self->focus_areas, i), self);
  _styr_ref_list_empty (&self->focus_areas);

  g_object_freeze_notify (object);
  if (self->unit != NULL)
    {
      self->unit = NULL;
      g_object_notify_by_pspec (object, properties[PROP_UNIT]);
    }
  if (self->document != NULL)
    {
      self->document = NULL;
      g_object_notify_by_pspec (object, properties[PROP_DOCUMENT]);
    }
  g_object_thaw_notify (object);
}

static void
styr_activity_dispose (GObject *object)
{
  StyrActivity *self = (StyrActivity *) object;

  _styr_ref_list_clear (&self->goals);
  _styr_ref_list_clear (&self->indicators);
  _styr_ref_list_clear (&self->focus_areas);

  G_OBJECT_CLASS (styr_activity_parent_class)->dispose (object);
}

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
    case PROP_UNIT:
      g_value_set_object (value, self->unit);
      break;
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
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
  StyrEntityHooks *entity_class = _styr_entity_class_get_hooks (STYR_ENTITY_CLASS (klass));

  object_class->dispose = styr_activity_dispose;
  object_class->finalize = styr_activity_finalize;
  object_class->get_property = styr_activity_get_property;
  object_class->set_property = styr_activity_set_property;
  entity_class->collection = STYR_COLLECTION_ACTIVITIES;
  entity_class->refers_to = styr_activity_refers_to;
  entity_class->detach = styr_activity_detach;

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

  /**
   * StyrActivity:unit:
   *
   * the unit (*enhet*, *verksamhet* or *förvaltning*) that carries out the
   * activity, or %NULL. Set with [method@Styr.Activity.set_unit].
   *
   * Since: 1.0
   */
  properties[PROP_UNIT] =
    g_param_spec_object ("unit", NULL, NULL,
                         STYR_TYPE_UNIT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrActivity:document:
   *
   * the plan the activity belongs to, a *verksamhetsplan* or an
   * *arbetsplan*, or %NULL. Set with [method@Styr.Activity.set_document].
   *
   * Since: 1.0
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         STYR_TYPE_DOCUMENT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_activity_init (StyrActivity *self)
{
  _styr_ref_list_init (&self->goals, STYR_TYPE_GOAL);
  _styr_ref_list_init (&self->indicators, STYR_TYPE_INDICATOR);
  _styr_ref_list_init (&self->focus_areas, STYR_TYPE_FOCUS_AREA);
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
 * @description: (nullable): the new description
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
 * @start_date: (nullable): the new start date
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
 * @end_date: (nullable): the new end date
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
 * @responsible: (nullable): the new responsible
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
 * @expected_result: (nullable): the new expected result
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


/* The unit and the plan ---------------------------------------------------- */

/**
 * styr_activity_get_unit:
 * @self: a [class@Styr.Activity]
 *
 * Gets the unit that carries out @self.
 *
 * Returns: (transfer none) (nullable): the unit, or %NULL
 *
 * Since: 1.0
 */
StyrUnit *
styr_activity_get_unit (StyrActivity *self)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), NULL);

  return self->unit;
}

/**
 * styr_activity_set_unit:
 * @self: a [class@Styr.Activity]
 * @unit: (nullable): a unit of the same model, or %NULL to clear
 * @error: return location for a [struct@GLib.Error]
 *
 * Sets the unit that carries out @self: an *enhet* for an activity in an
 * *arbetsplan*, a *verksamhet* or *förvaltning* for one in a
 * *verksamhetsplan*.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL if @self is not in a model or @unit
 * is not in the same one; nothing changes then.
 *
 * Returns: %TRUE if the unit was set
 *
 * Since: 1.0
 */
gboolean
styr_activity_set_unit (StyrActivity  *self,
                        StyrUnit      *unit,
                        GError       **error)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), FALSE);
  g_return_val_if_fail (unit == NULL || STYR_IS_UNIT (unit), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (unit != NULL &&
      !_styr_entity_check_same_model (STYR_ENTITY (self), STYR_ENTITY (unit), error))
    return FALSE;

  if (self->unit == unit)
    return TRUE;

  self->unit = unit;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
  return TRUE;
}

/**
 * styr_activity_get_document:
 * @self: a [class@Styr.Activity]
 *
 * Gets the plan @self belongs to.
 *
 * Returns: (transfer none) (nullable): the plan, or %NULL
 *
 * Since: 1.0
 */
StyrDocument *
styr_activity_get_document (StyrActivity *self)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), NULL);

  return self->document;
}

/**
 * styr_activity_set_document:
 * @self: a [class@Styr.Activity]
 * @document: (nullable): a plan of the same model, or %NULL to clear
 * @error: return location for a [struct@GLib.Error]
 *
 * Sets the plan @self belongs to: a *verksamhetsplan*
 * (%STYR_DOCUMENT_KIND_OPERATIONS_PLAN) or an *arbetsplan*
 * (%STYR_DOCUMENT_KIND_WORK_PLAN). Activities are how the administration
 * says *how*; they do not belong in political documents.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL if @self is not in a model or
 * @document is not in the same one, and with %STYR_ERROR_INVALID_ARGUMENT
 * if @document is of another kind; nothing changes then.
 *
 * Returns: %TRUE if the plan was set
 *
 * Since: 1.0
 */
gboolean
styr_activity_set_document (StyrActivity  *self,
                            StyrDocument  *document,
                            GError       **error)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), FALSE);
  g_return_val_if_fail (document == NULL || STYR_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (document != NULL)
    {
      StyrDocumentKind kind;

      if (!_styr_entity_check_same_model (STYR_ENTITY (self), STYR_ENTITY (document), error))
        return FALSE;

      kind = styr_document_get_kind (document);
      if (kind != STYR_DOCUMENT_KIND_OPERATIONS_PLAN &&
          kind != STYR_DOCUMENT_KIND_WORK_PLAN)
        {
          g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
          g_autofree char *doc = _styr_entity_describe (STYR_ENTITY (document));

          g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                       _("Aktiviteten %s kan inte höra till %s: aktiviteter hör till en verksamhetsplan eller en arbetsplan"),
                       what, doc);
          return FALSE;
        }
    }

  if (self->document == document)
    return TRUE;

  self->document = document;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  return TRUE;
}


/* Goals, indicators and focus areas ---------------------------------------- */

/**
 * styr_activity_add_goal:
 * @self: a [class@Styr.Activity]
 * @goal: a goal of the same model
 * @error: return location for a [struct@GLib.Error]
 *
 * Makes @self serve @goal: the activity is part of how the goal is to be
 * reached. @self is added to [method@Styr.Goal.get_activities] of @goal.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL if @self is not in a model or @goal
 * is not in the same one, and with %STYR_ERROR_INVALID_ARGUMENT if @self
 * already serves @goal; nothing changes then.
 *
 * Returns: %TRUE if the goal was linked
 *
 * Since: 1.0
 */
gboolean
styr_activity_add_goal (StyrActivity  *self,
                        StyrGoal      *goal,
                        GError       **error)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), FALSE);
  g_return_val_if_fail (STYR_IS_GOAL (goal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_entity_check_same_model (STYR_ENTITY (self), STYR_ENTITY (goal), error))
    return FALSE;

  if (_styr_ref_list_contains (&self->goals, goal))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *other = _styr_entity_describe (STYR_ENTITY (goal));

      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Aktiviteten %s tjänar redan målet %s"), what, other);
      return FALSE;
    }

  _styr_ref_list_append (&self->goals, goal);
  _styr_goal_link_activity (goal, self);

  return TRUE;
}

/**
 * styr_activity_remove_goal:
 * @self: a [class@Styr.Activity]
 * @goal: a goal @self serves
 * @error: return location for a [struct@GLib.Error]
 *
 * Stops @self serving @goal.
 *
 * Fails with %STYR_ERROR_NOT_FOUND if @self does not serve @goal; nothing
 * changes then.
 *
 * Returns: %TRUE if the goal was unlinked
 *
 * Since: 1.0
 */
gboolean
styr_activity_remove_goal (StyrActivity  *self,
                           StyrGoal      *goal,
                           GError       **error)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), FALSE);
  g_return_val_if_fail (STYR_IS_GOAL (goal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_ref_list_remove (&self->goals, goal))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *other = _styr_entity_describe (STYR_ENTITY (goal));

      g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                   _("Aktiviteten %s tjänar inte målet %s"), what, other);
      return FALSE;
    }

  _styr_goal_unlink_activity (goal, self);

  return TRUE;
}

/**
 * styr_activity_get_goals:
 * @self: a [class@Styr.Activity]
 *
 * Gets the goals @self serves, in the order they were linked. The list
 * model is live.
 *
 * Returns: (transfer none): a list model of [class@Styr.Goal]
 *
 * Since: 1.0
 */
GListModel *
styr_activity_get_goals (StyrActivity *self)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), NULL);

  return _styr_ref_list_get_model (&self->goals);
}

/**
 * styr_activity_add_indicator:
 * @self: a [class@Styr.Activity]
 * @indicator: an indicator of the same model
 * @error: return location for a [struct@GLib.Error]
 *
 * Names @indicator as a result @self is expected to move ("it must not be
 * chance whether the goals are met"). @self is added to
 * [method@Styr.Indicator.get_activities] of @indicator.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL if @self is not in a model or
 * @indicator is not in the same one, and with
 * %STYR_ERROR_INVALID_ARGUMENT if @indicator is already linked; nothing
 * changes then.
 *
 * Returns: %TRUE if the indicator was linked
 *
 * Since: 1.0
 */
gboolean
styr_activity_add_indicator (StyrActivity   *self,
                             StyrIndicator  *indicator,
                             GError        **error)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), FALSE);
  g_return_val_if_fail (STYR_IS_INDICATOR (indicator), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_entity_check_same_model (STYR_ENTITY (self), STYR_ENTITY (indicator), error))
    return FALSE;

  if (_styr_ref_list_contains (&self->indicators, indicator))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *other = _styr_entity_describe (STYR_ENTITY (indicator));

      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Aktiviteten %s är redan kopplad till indikatorn %s"), what, other);
      return FALSE;
    }

  _styr_ref_list_append (&self->indicators, indicator);
  _styr_indicator_link_activity (indicator, self);

  return TRUE;
}

/**
 * styr_activity_remove_indicator:
 * @self: a [class@Styr.Activity]
 * @indicator: an indicator linked to @self
 * @error: return location for a [struct@GLib.Error]
 *
 * Unlinks @indicator from @self.
 *
 * Fails with %STYR_ERROR_NOT_FOUND if @indicator is not linked to @self;
 * nothing changes then.
 *
 * Returns: %TRUE if the indicator was unlinked
 *
 * Since: 1.0
 */
gboolean
styr_activity_remove_indicator (StyrActivity   *self,
                                StyrIndicator  *indicator,
                                GError        **error)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), FALSE);
  g_return_val_if_fail (STYR_IS_INDICATOR (indicator), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_ref_list_remove (&self->indicators, indicator))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *other = _styr_entity_describe (STYR_ENTITY (indicator));

      g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                   _("Aktiviteten %s är inte kopplad till indikatorn %s"), what, other);
      return FALSE;
    }

  _styr_indicator_unlink_activity (indicator, self);

  return TRUE;
}

/**
 * styr_activity_get_indicators:
 * @self: a [class@Styr.Activity]
 *
 * Gets the indicators @self is expected to move, in the order they were
 * linked. The list model is live.
 *
 * Returns: (transfer none): a list model of [class@Styr.Indicator]
 *
 * Since: 1.0
 */
GListModel *
styr_activity_get_indicators (StyrActivity *self)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), NULL);

  return _styr_ref_list_get_model (&self->indicators);
}

/**
 * styr_activity_add_focus_area:
 * @self: a [class@Styr.Activity]
 * @focus_area: a focus area of the same model
 * @error: return location for a [struct@GLib.Error]
 *
 * Puts @self in @focus_area (*fokusområde*). @self is added to
 * [method@Styr.FocusArea.get_activities] of @focus_area.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL if @self is not in a model or
 * @focus_area is not in the same one, and with
 * %STYR_ERROR_INVALID_ARGUMENT if @self is already in @focus_area;
 * nothing changes then.
 *
 * Returns: %TRUE if the focus area was linked
 *
 * Since: 1.0
 */
gboolean
styr_activity_add_focus_area (StyrActivity   *self,
                              StyrFocusArea  *focus_area,
                              GError        **error)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), FALSE);
  g_return_val_if_fail (STYR_IS_FOCUS_AREA (focus_area), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_entity_check_same_model (STYR_ENTITY (self), STYR_ENTITY (focus_area), error))
    return FALSE;

  if (_styr_ref_list_contains (&self->focus_areas, focus_area))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *other = _styr_entity_describe (STYR_ENTITY (focus_area));

      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Aktiviteten %s hör redan till fokusområdet %s"), what, other);
      return FALSE;
    }

  _styr_ref_list_append (&self->focus_areas, focus_area);
  _styr_focus_area_link_activity (focus_area, self);

  return TRUE;
}

/**
 * styr_activity_remove_focus_area:
 * @self: a [class@Styr.Activity]
 * @focus_area: a focus area @self is in
 * @error: return location for a [struct@GLib.Error]
 *
 * Takes @self out of @focus_area.
 *
 * Fails with %STYR_ERROR_NOT_FOUND if @self is not in @focus_area;
 * nothing changes then.
 *
 * Returns: %TRUE if the focus area was unlinked
 *
 * Since: 1.0
 */
gboolean
styr_activity_remove_focus_area (StyrActivity   *self,
                                 StyrFocusArea  *focus_area,
                                 GError        **error)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), FALSE);
  g_return_val_if_fail (STYR_IS_FOCUS_AREA (focus_area), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_ref_list_remove (&self->focus_areas, focus_area))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *other = _styr_entity_describe (STYR_ENTITY (focus_area));

      g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                   _("Aktiviteten %s hör inte till fokusområdet %s"), what, other);
      return FALSE;
    }

  _styr_focus_area_unlink_activity (focus_area, self);

  return TRUE;
}

/**
 * styr_activity_get_focus_areas:
 * @self: a [class@Styr.Activity]
 *
 * Gets the focus areas @self is in, in the order they were linked. The
 * list model is live.
 *
 * Returns: (transfer none): a list model of [class@Styr.FocusArea]
 *
 * Since: 1.0
 */
GListModel *
styr_activity_get_focus_areas (StyrActivity *self)
{
  g_return_val_if_fail (STYR_IS_ACTIVITY (self), NULL);

  return _styr_ref_list_get_model (&self->focus_areas);
}


/* Follow-up ---------------------------------------------------------------- */

/**
 * styr_activity_is_late:
 * @self: a [class@Styr.Activity]
 * @today: (nullable): the date to judge on, or %NULL for today's local date
 *
 * Checks whether @self is late (*försenad*): its status is
 * %STYR_ACTIVITY_STATUS_LATE, or its [property@Styr.Activity:end-date]
 * has passed (it is before @today) while it is neither done nor
 * cancelled. An activity that ends on @today is not late yet. The tertial
 * report lists late activities.
 *
 * Returns: %TRUE if @self is late
 *
 * Since: 1.0
 */
gboolean
styr_activity_is_late (StyrActivity *self,
                       const GDate  *today)
{
  GDate now;

  g_return_val_if_fail (STYR_IS_ACTIVITY (self), FALSE);
  g_return_val_if_fail (today == NULL || g_date_valid (today), FALSE);

  switch (self->status)
    {
    case STYR_ACTIVITY_STATUS_LATE:
      return TRUE;
    case STYR_ACTIVITY_STATUS_DONE:
    case STYR_ACTIVITY_STATUS_CANCELLED:
      return FALSE;
    case STYR_ACTIVITY_STATUS_NOT_STARTED:
    case STYR_ACTIVITY_STATUS_ONGOING:
    default:
      break;
    }

  if (!g_date_valid (&self->end_date))
    return FALSE;

  if (today == NULL)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_now_local ();

      g_date_clear (&now, 1);
      g_date_set_dmy (&now,
                      (GDateDay) g_date_time_get_day_of_month (dt),
                      (GDateMonth) g_date_time_get_month (dt),
                      (GDateYear) g_date_time_get_year (dt));
      today = &now;
    }

  return g_date_compare (&self->end_date, today) < 0;
}
