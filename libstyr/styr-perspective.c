/* styr-perspective.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-perspective.h"

/**
 * StyrPerspective:
 *
 * A perspective (*perspektiv*) across which goals are balanced, e.g.
 * *Medborgare*, *Ekonomi*, *Verksamhet*, *Utveckling* (Borlänge 2009) or
 * the Ratten model's *Medborgarfokus*, *Effektiva verksamheter*,
 * *Samhällsutveckling*, *Medskapande medarbetare*.
 *
 * A model keeps its perspectives in order ([method@Styr.Model.get_perspectives]);
 * reports group goals by perspective in that order. Presets are applied with
 * [method@Styr.Model.apply_preset].
 *
 * ```python
 * p = Styr.Perspective(id="medborgare", name="Medborgare", colour="#2a6ebb")
 * model.add(p)
 * goal.set_perspective(p)
 * ```
 *
 * Since: 1.0
 */

struct _StyrPerspective
{
  StyrEntity parent_instance;

  char *colour;
  char *description;
};

G_DEFINE_FINAL_TYPE (StyrPerspective, styr_perspective, STYR_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_COLOUR,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_perspective_finalize (GObject *object)
{
  StyrPerspective *self = (StyrPerspective *) object;

  g_clear_pointer (&self->colour, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (styr_perspective_parent_class)->finalize (object);
}

static void
styr_perspective_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  StyrPerspective *self = STYR_PERSPECTIVE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, _styr_entity_get_label (STYR_ENTITY (self)));
      break;
    case PROP_COLOUR:
      g_value_set_string (value, self->colour);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_perspective_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  StyrPerspective *self = STYR_PERSPECTIVE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      styr_perspective_set_name (self, g_value_get_string (value));
      break;
    case PROP_COLOUR:
      styr_perspective_set_colour (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      styr_perspective_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_perspective_class_init (StyrPerspectiveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StyrEntityHooks *entity_class = _styr_entity_class_get_hooks (STYR_ENTITY_CLASS (klass));

  object_class->finalize = styr_perspective_finalize;
  object_class->get_property = styr_perspective_get_property;
  object_class->set_property = styr_perspective_set_property;
  entity_class->collection = STYR_COLLECTION_PERSPECTIVES;

  /**
   * StyrPerspective:name:
   *
   * e.g. "Medborgare" (*perspektivets namn*).
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrPerspective:colour:
   *
   * an optional colour as `#rrggbb`, used by reports.
   *
   * Since: 1.0
   */
  properties[PROP_COLOUR] =
    g_param_spec_string ("colour", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrPerspective:description:
   *
   * an optional description of what the perspective covers.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_perspective_init (StyrPerspective *self)
{

}

/**
 * styr_perspective_new:
 * @id: the identifier, unique within the model
 * @name: (nullable): the name
 *
 * Creates a new [class@Styr.Perspective]. 
 *
 * Returns: (transfer full): a new [class@Styr.Perspective]
 *
 * Since: 1.0
 */
StyrPerspective *
styr_perspective_new (const char *id,
                      const char *name)
{
  return g_object_new (STYR_TYPE_PERSPECTIVE,
                       "id", id,
                       "name", name,
                       NULL);
}

/**
 * styr_perspective_get_name:
 * @self: a [class@Styr.Perspective]
 *
 * Gets the name of @self, e.g. "Medborgare" (*perspektivets namn*).
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
styr_perspective_get_name (StyrPerspective *self)
{
  g_return_val_if_fail (STYR_IS_PERSPECTIVE (self), NULL);

  return _styr_entity_get_label (STYR_ENTITY (self));
}

/**
 * styr_perspective_set_name:
 * @self: a [class@Styr.Perspective]
 * @name: (nullable): the new name
 *
 * Sets the name of @self, e.g. "Medborgare" (*perspektivets namn*).
 *
 * Since: 1.0
 */
void
styr_perspective_set_name (StyrPerspective *self,
                           const char *name)
{
  g_return_if_fail (STYR_IS_PERSPECTIVE (self));

  _styr_entity_set_label (STYR_ENTITY (self), name, properties[PROP_NAME]);
}

/**
 * styr_perspective_get_colour:
 * @self: a [class@Styr.Perspective]
 *
 * Gets the [property@Styr.Perspective:colour] of @self: an optional colour as `#rrggbb`, used by reports.
 *
 * Returns: (nullable): the colour
 *
 * Since: 1.0
 */
const char *
styr_perspective_get_colour (StyrPerspective *self)
{
  g_return_val_if_fail (STYR_IS_PERSPECTIVE (self), NULL);

  return self->colour;
}

/**
 * styr_perspective_set_colour:
 * @self: a [class@Styr.Perspective]
 * @colour: (nullable): the new colour
 *
 * Sets the [property@Styr.Perspective:colour] of @self: an optional colour as `#rrggbb`, used by reports.
 *
 * Since: 1.0
 */
void
styr_perspective_set_colour (StyrPerspective *self,
                             const char *colour)
{
  g_return_if_fail (STYR_IS_PERSPECTIVE (self));

  if (g_strcmp0 (self->colour, colour) == 0)
    return;

  g_free (self->colour);
  self->colour = g_strdup (colour);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOUR]);
}

/**
 * styr_perspective_get_description:
 * @self: a [class@Styr.Perspective]
 *
 * Gets the [property@Styr.Perspective:description] of @self: an optional description of what the perspective covers.
 *
 * Returns: (nullable): the description
 *
 * Since: 1.0
 */
const char *
styr_perspective_get_description (StyrPerspective *self)
{
  g_return_val_if_fail (STYR_IS_PERSPECTIVE (self), NULL);

  return self->description;
}

/**
 * styr_perspective_set_description:
 * @self: a [class@Styr.Perspective]
 * @description: (nullable): the new description
 *
 * Sets the [property@Styr.Perspective:description] of @self: an optional description of what the perspective covers.
 *
 * Since: 1.0
 */
void
styr_perspective_set_description (StyrPerspective *self,
                                  const char *description)
{
  g_return_if_fail (STYR_IS_PERSPECTIVE (self));

  if (g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}
