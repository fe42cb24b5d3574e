/* styr-entity.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "styr-private.h"

/**
 * StyrEntity:
 *
 * The abstract base of everything in a [class@Styr.Model] that has an
 * identifier: perspectives, organs, units, documents, focus areas, arenas,
 * goals, indicators and activities.
 *
 * An entity's [property@Styr.Entity:id] is set when it is made and never
 * changes. Identifiers are unique across one model (the file format refers
 * to objects by them); they may hold letters, digits and `-`, `_`, `.`,
 * and must start with a letter, a digit or `_`.
 *
 * An entity belongs to at most one model, which owns it from
 * [method@Styr.Model.add] until [method@Styr.Model.remove]. Links between
 * entities (a goal's owner, its parents, an activity's goals) can only be
 * made between entities of the same model.
 *
 * ```python
 * goal = Styr.Goal(id="m1", level=Styr.GoalLevel.COUNCIL, title="Trygg uppväxt")
 * model.add(goal)
 * assert goal.props.model is model
 * ```
 *
 * Since: 1.0
 */

typedef struct
{
  char      *id;
  char      *label;
  StyrModel *model;  /* unowned; cleared by the model */
} StyrEntityPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (StyrEntity, styr_entity, G_TYPE_OBJECT,
                                  G_ADD_PRIVATE (StyrEntity)
                                  g_type_add_class_private (g_define_type_id, sizeof (StyrEntityHooks)))

enum {
  PROP_0,
  PROP_ID,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_entity_finalize (GObject *object)
{
  StyrEntity *self = STYR_ENTITY (object);
  StyrEntityPrivate *priv = styr_entity_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->label, g_free);

  G_OBJECT_CLASS (styr_entity_parent_class)->finalize (object);
}

static void
styr_entity_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  StyrEntity *self = STYR_ENTITY (object);
  StyrEntityPrivate *priv = styr_entity_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;

    case PROP_MODEL:
      g_value_set_object (value, priv->model);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_entity_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  StyrEntity *self = STYR_ENTITY (object);
  StyrEntityPrivate *priv = styr_entity_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      priv->id = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
styr_entity_real_refers_to (StyrEntity *self,
                            StyrEntity *target)
{
  return FALSE;
}

static void
styr_entity_real_detach (StyrEntity *self)
{
}

static void
styr_entity_class_init (StyrEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StyrEntityHooks *hooks;

  object_class->finalize = styr_entity_finalize;
  object_class->get_property = styr_entity_get_property;
  object_class->set_property = styr_entity_set_property;

  hooks = _styr_entity_class_get_hooks (klass);
  hooks->collection = STYR_COLLECTION_NONE;
  hooks->refers_to = styr_entity_real_refers_to;
  hooks->detach = styr_entity_real_detach;

  /**
   * StyrEntity:id:
   *
   * The identifier, unique within the model. Set when the entity is made.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrEntity:model:
   *
   * The model the entity belongs to, or %NULL before it has been added
   * (and after it has been removed).
   *
   * Since: 1.0
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         STYR_TYPE_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_entity_init (StyrEntity *self)
{
}

/**
 * styr_entity_get_id:
 * @self: an entity
 *
 * Gets the identifier of @self.
 *
 * Returns: (nullable): the identifier, or %NULL if none was given
 *
 * Since: 1.0
 */
const char *
styr_entity_get_id (StyrEntity *self)
{
  StyrEntityPrivate *priv = styr_entity_get_instance_private (self);

  g_return_val_if_fail (STYR_IS_ENTITY (self), NULL);

  return priv->id;
}

/**
 * styr_entity_get_label:
 * @self: an entity
 *
 * Gets the human-readable label of @self: the title of a goal or an
 * activity, the name of everything else. Reports and validation messages
 * use it.
 *
 * Returns: (nullable): the label, or %NULL if none is set
 *
 * Since: 1.0
 */
const char *
styr_entity_get_label (StyrEntity *self)
{
  StyrEntityPrivate *priv = styr_entity_get_instance_private (self);

  g_return_val_if_fail (STYR_IS_ENTITY (self), NULL);

  return priv->label;
}

/**
 * styr_entity_get_model:
 * @self: an entity
 *
 * Gets the model @self belongs to.
 *
 * Returns: (transfer none) (nullable): the model, or %NULL if @self has
 *   not been added to one
 *
 * Since: 1.0
 */
StyrModel *
styr_entity_get_model (StyrEntity *self)
{
  StyrEntityPrivate *priv = styr_entity_get_instance_private (self);

  g_return_val_if_fail (STYR_IS_ENTITY (self), NULL);

  return priv->model;
}

void
_styr_entity_set_model (StyrEntity *self,
                        StyrModel  *model)
{
  StyrEntityPrivate *priv = styr_entity_get_instance_private (self);

  if (priv->model == model)
    return;
  priv->model = model;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

const char *
_styr_entity_get_label (StyrEntity *self)
{
  StyrEntityPrivate *priv = styr_entity_get_instance_private (self);

  return priv->label;
}

/* Stores the label shared by the "title"/"name" properties of subclasses
 * and notifies @pspec when it changed. */
void
_styr_entity_set_label (StyrEntity *self,
                        const char *label,
                        GParamSpec *pspec)
{
  StyrEntityPrivate *priv = styr_entity_get_instance_private (self);

  if (g_strcmp0 (priv->label, label) == 0)
    return;
  g_free (priv->label);
  priv->label = g_strdup (label);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/* Class-private data is copied from the parent class when a subclass is
 * initialised, so subclasses start from the base's defaults. */
StyrEntityHooks *
_styr_entity_class_get_hooks (StyrEntityClass *klass)
{
  return G_TYPE_CLASS_GET_PRIVATE (klass, STYR_TYPE_ENTITY, StyrEntityHooks);
}

gboolean
_styr_entity_refers_to (StyrEntity *self,
                        StyrEntity *target)
{
  return _styr_entity_class_get_hooks (STYR_ENTITY_GET_CLASS (self))->refers_to (self, target);
}

void
_styr_entity_detach (StyrEntity *self)
{
  _styr_entity_class_get_hooks (STYR_ENTITY_GET_CLASS (self))->detach (self);
}

StyrCollection
_styr_entity_get_collection (StyrEntity *self)
{
  return (StyrCollection) _styr_entity_class_get_hooks (STYR_ENTITY_GET_CLASS (self))->collection;
}

char *
_styr_entity_describe (StyrEntity *self)
{
  StyrEntityPrivate *priv = styr_entity_get_instance_private (self);

  if (priv->label != NULL && priv->label[0] != '\0')
    return g_strdup_printf ("»%s« (%s)", priv->label, priv->id);
  return g_strdup_printf ("»%s«", priv->id);
}

gboolean
_styr_entity_check_same_model (StyrEntity  *self,
                               StyrEntity  *other,
                               GError     **error)
{
  StyrEntityPrivate *priv = styr_entity_get_instance_private (self);

  if (priv->model == NULL)
    {
      g_autofree char *what = _styr_entity_describe (self);
      g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL,
                   _("%s hör inte till någon modell; lägg till det i modellen först"),
                   what);
      return FALSE;
    }

  if (other != NULL)
    {
      StyrEntityPrivate *opriv = styr_entity_get_instance_private (other);

      if (opriv->model != priv->model)
        {
          g_autofree char *what = _styr_entity_describe (other);
          g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL,
                       opriv->model == NULL
                         ? _("%s hör inte till någon modell; lägg till det i modellen först")
                         : _("%s hör till en annan modell"),
                       what);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
_styr_id_is_valid (const char *id)
{
  const char *p;

  if (id == NULL || id[0] == '\0')
    return FALSE;
  if (!g_ascii_isalnum (id[0]) && id[0] != '_')
    return FALSE;
  for (p = id; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
        return FALSE;
    }
  return (p - id) <= 256;
}

gboolean
_styr_date_equal (const GDate *field,
                  const GDate *date)
{
  gboolean field_valid = g_date_valid (field);
  gboolean date_valid = date != NULL && g_date_valid (date);

  if (!field_valid || !date_valid)
    return field_valid == date_valid;
  return g_date_compare (field, date) == 0;
}

void
_styr_date_assign (GDate       *field,
                   const GDate *date)
{
  if (date != NULL && g_date_valid (date))
    *field = *date;
  else
    g_date_clear (field, 1);
}

gboolean
_styr_check_owner_entity (StyrEntity  *self,
                          StyrEntity  *owner,
                          GError     **error)
{
  if (!_styr_entity_check_same_model (self, owner, error))
    return FALSE;

  if (owner != NULL && !STYR_IS_ORGAN (owner) && !STYR_IS_UNIT (owner))
    {
      g_autofree char *what = _styr_entity_describe (owner);

      g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER,
                   _("%s kan inte vara ägare: en ägare är ett politiskt organ eller en del av förvaltningen"),
                   what);
      return FALSE;
    }

  return TRUE;
}
