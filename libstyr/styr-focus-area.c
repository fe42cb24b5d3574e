/* styr-focus-area.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-focus-area.h"

/**
 * StyrFocusArea:
 *
 * A focus area (*fokusområde*, Borlänge): a cross-sector priority the
 * council sets for the year, e.g. *integration* or *arbete och tillväxt*.
 * It is owned by one administration (its head answers for it) and followed
 * up by the executive board like a sector. Goals at every level and
 * activities may belong to focus areas ([method@Styr.Goal.add_focus_area],
 * [method@Styr.Activity.add_focus_area]).
 *
 * ```python
 * fa = Styr.FocusArea(id="integration", name="Integration")
 * model.add(fa)
 * fa.set_owner(sektor)
 * goal.add_focus_area(fa)
 * ```
 *
 * Since: 1.0
 */

struct _StyrFocusArea
{
  StyrEntity parent_instance;

  char *description;
  StyrUnit *owner;          /* unowned; cleared by detach */
  StyrRefList goals;        /* reverse, kept by StyrGoal */
  StyrRefList activities;   /* reverse, kept by StyrActivity */
};

G_DEFINE_FINAL_TYPE (StyrFocusArea, styr_focus_area, STYR_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_OWNER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_focus_area_finalize (GObject *object)
{
  StyrFocusArea *self = (StyrFocusArea *) object;

  g_clear_pointer (&self->description, g_free);
  _styr_ref_list_clear (&self->goals);
  _styr_ref_list_clear (&self->activities);

  G_OBJECT_CLASS (styr_focus_area_parent_class)->finalize (object);
}

static void
styr_focus_area_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  StyrFocusArea *self = STYR_FOCUS_AREA (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, _styr_entity_get_label (STYR_ENTITY (self)));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_OWNER:
      g_value_set_object (value, self->owner);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_focus_area_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  StyrFocusArea *self = STYR_FOCUS_AREA (object);

  switch (prop_id)
    {
    case PROP_NAME:
      styr_focus_area_set_name (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      styr_focus_area_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
styr_focus_area_refers_to (StyrEntity *entity,
                           StyrEntity *target)
{
  StyrFocusArea *self = STYR_FOCUS_AREA (entity);

  return target != NULL && target == (StyrEntity *) self->owner;
}

static void
styr_focus_area_detach (StyrEntity *entity)
{
  StyrFocusArea *self = STYR_FOCUS_AREA (entity);

  /* The lists of goals and activities are the other side's links: goals
   * and activities drop them when they are detached themselves. */
  if (self->owner != NULL)
    {
      self->owner = NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
    }
}

static void
styr_focus_area_class_init (StyrFocusAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StyrEntityHooks *entity_class = _styr_entity_class_get_hooks (STYR_ENTITY_CLASS (klass));

  object_class->finalize = styr_focus_area_finalize;
  object_class->get_property = styr_focus_area_get_property;
  object_class->set_property = styr_focus_area_set_property;
  entity_class->collection = STYR_COLLECTION_FOCUS_AREAS;
  entity_class->refers_to = styr_focus_area_refers_to;
  entity_class->detach = styr_focus_area_detach;

  /**
   * StyrFocusArea:name:
   *
   * e.g. "Integration".
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrFocusArea:description:
   *
   * an optional description of the priority.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrFocusArea:owner:
   *
   * The administration (*förvaltning*, *sektor*) whose head answers for
   * the focus area, or %NULL. Change it with
   * [method@Styr.FocusArea.set_owner].
   *
   * Since: 1.0
   */
  properties[PROP_OWNER] =
    g_param_spec_object ("owner", NULL, NULL,
                         STYR_TYPE_UNIT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_focus_area_init (StyrFocusArea *self)
{
  _styr_ref_list_init (&self->goals, STYR_TYPE_GOAL);
  _styr_ref_list_init (&self->activities, STYR_TYPE_ACTIVITY);
}

/**
 * styr_focus_area_new:
 * @id: the identifier, unique within the model
 * @name: (nullable): the name
 *
 * Creates a new [class@Styr.FocusArea].
 *
 * Returns: (transfer full): a new [class@Styr.FocusArea]
 *
 * Since: 1.0
 */
StyrFocusArea *
styr_focus_area_new (const char *id,
                     const char *name)
{
  return g_object_new (STYR_TYPE_FOCUS_AREA,
                       "id", id,
                       "name", name,
                       NULL);
}

/**
 * styr_focus_area_get_name:
 * @self: a [class@Styr.FocusArea]
 *
 * Gets the name of @self, e.g. "Integration".
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
styr_focus_area_get_name (StyrFocusArea *self)
{
  g_return_val_if_fail (STYR_IS_FOCUS_AREA (self), NULL);

  return _styr_entity_get_label (STYR_ENTITY (self));
}

/**
 * styr_focus_area_set_name:
 * @self: a [class@Styr.FocusArea]
 * @name: (nullable): the new name
 *
 * Sets the name of @self, e.g. "Integration".
 *
 * Since: 1.0
 */
void
styr_focus_area_set_name (StyrFocusArea *self,
                          const char *name)
{
  g_return_if_fail (STYR_IS_FOCUS_AREA (self));

  _styr_entity_set_label (STYR_ENTITY (self), name, properties[PROP_NAME]);
}

/**
 * styr_focus_area_get_description:
 * @self: a [class@Styr.FocusArea]
 *
 * Gets the [property@Styr.FocusArea:description] of @self: an optional
 * description of the priority.
 *
 * Returns: (nullable): the description
 *
 * Since: 1.0
 */
const char *
styr_focus_area_get_description (StyrFocusArea *self)
{
  g_return_val_if_fail (STYR_IS_FOCUS_AREA (self), NULL);

  return self->description;
}

/**
 * styr_focus_area_set_description:
 * @self: a [class@Styr.FocusArea]
 * @description: (nullable): the new description
 *
 * Sets the [property@Styr.FocusArea:description] of @self: an optional
 * description of the priority.
 *
 * Since: 1.0
 */
void
styr_focus_area_set_description (StyrFocusArea *self,
                                 const char *description)
{
  g_return_if_fail (STYR_IS_FOCUS_AREA (self));

  if (g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * styr_focus_area_get_owner:
 * @self: a [class@Styr.FocusArea]
 *
 * Gets the [property@Styr.FocusArea:owner] of @self: the administration
 * that answers for it.
 *
 * Returns: (transfer none) (nullable): the owner, or %NULL if none is set
 *
 * Since: 1.0
 */
StyrUnit *
styr_focus_area_get_owner (StyrFocusArea *self)
{
  g_return_val_if_fail (STYR_IS_FOCUS_AREA (self), NULL);

  return self->owner;
}

/**
 * styr_focus_area_set_owner:
 * @self: a [class@Styr.FocusArea]
 * @owner: (nullable): an administration, or %NULL to clear the owner
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the administration (*förvaltning*, *sektor*) whose head answers
 * for @self.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL unless @self and @owner are in the
 * same model, and with %STYR_ERROR_WRONG_OWNER unless @owner is of kind
 * %STYR_UNIT_KIND_ADMINISTRATION. On failure nothing changes.
 *
 * Returns: %TRUE if the owner was set
 *
 * Since: 1.0
 */
gboolean
styr_focus_area_set_owner (StyrFocusArea  *self,
                           StyrUnit       *owner,
                           GError        **error)
{
  g_return_val_if_fail (STYR_IS_FOCUS_AREA (self), FALSE);
  g_return_val_if_fail (owner == NULL || STYR_IS_UNIT (owner), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->owner == owner)
    return TRUE;

  if (owner != NULL)
    {
      if (!_styr_entity_check_same_model (STYR_ENTITY (self), STYR_ENTITY (owner), error))
        return FALSE;

      if (styr_unit_get_kind (owner) != STYR_UNIT_KIND_ADMINISTRATION)
        {
          g_autofree char *what = _styr_entity_describe (STYR_ENTITY (owner));
          g_autofree char *area = _styr_entity_describe (STYR_ENTITY (self));

          g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER,
                       _("%s kan inte äga fokusområdet %s: ett fokusområde ägs av en förvaltning eller sektor"),
                       what, area);
          return FALSE;
        }
    }

  self->owner = owner;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);

  return TRUE;
}

/**
 * styr_focus_area_get_goals:
 * @self: a [class@Styr.FocusArea]
 *
 * Gets the goals that belong to @self, at every level, in the order they
 * were linked. The list is live; link goals with
 * [method@Styr.Goal.add_focus_area].
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@Styr.Goal]
 *
 * Since: 1.0
 */
GListModel *
styr_focus_area_get_goals (StyrFocusArea *self)
{
  g_return_val_if_fail (STYR_IS_FOCUS_AREA (self), NULL);

  return _styr_ref_list_get_model (&self->goals);
}

/**
 * styr_focus_area_get_activities:
 * @self: a [class@Styr.FocusArea]
 *
 * Gets the activities that belong to @self, in the order they were
 * linked. The list is live; link activities with
 * [method@Styr.Activity.add_focus_area].
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of
 *   [class@Styr.Activity]
 *
 * Since: 1.0
 */
GListModel *
styr_focus_area_get_activities (StyrFocusArea *self)
{
  g_return_val_if_fail (STYR_IS_FOCUS_AREA (self), NULL);

  return _styr_ref_list_get_model (&self->activities);
}

void
_styr_focus_area_link_goal (StyrFocusArea *self,
                            StyrGoal      *goal)
{
  g_return_if_fail (STYR_IS_FOCUS_AREA (self));
  g_return_if_fail (STYR_IS_GOAL (goal));

  if (!_styr_ref_list_contains (&self->goals, goal))
    _styr_ref_list_append (&self->goals, goal);
}

void
_styr_focus_area_unlink_goal (StyrFocusArea *self,
                              StyrGoal      *goal)
{
  g_return_if_fail (STYR_IS_FOCUS_AREA (self));

  _styr_ref_list_remove (&self->goals, goal);
}

void
_styr_focus_area_link_activity (StyrFocusArea *self,
                                StyrActivity  *activity)
{
  g_return_if_fail (STYR_IS_FOCUS_AREA (self));
  g_return_if_fail (STYR_IS_ACTIVITY (activity));

  if (!_styr_ref_list_contains (&self->activities, activity))
    _styr_ref_list_append (&self->activities, activity);
}

void
_styr_focus_area_unlink_activity (StyrFocusArea *self,
                                  StyrActivity  *activity)
{
  g_return_if_fail (STYR_IS_FOCUS_AREA (self));

  _styr_ref_list_remove (&self->activities, activity);
}
