/* styr-arena.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-arena.h"

/**
 * StyrArena:
 *
 * An agile arena (*agil arena*, Ängelholm): a temporary cross-unit team
 * formed around a complex citizen need, with a coordinator, member units,
 * the goals it works towards and its activities, and the four steps of the
 * *Pulsprogram* (P proaktivitet, U utveckling, L lärande, S service).
 *
 * ```python
 * arena = Styr.Arena(id="unga", name="Unga till arbete", coordinator="Eva Samordnare")
 * model.add(arena)
 * arena.add_member(skola)
 * arena.set_puls_step(Styr.PulsStep.PROACTIVITY, "Ungdomarna och deras familjer")
 * ```
 *
 * Since: 1.0
 */

struct _StyrArena
{
  StyrEntity parent_instance;

  char *description;
  char *coordinator;
};

G_DEFINE_FINAL_TYPE (StyrArena, styr_arena, STYR_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_COORDINATOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_arena_finalize (GObject *object)
{
  StyrArena *self = (StyrArena *) object;

  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->coordinator, g_free);

  G_OBJECT_CLASS (styr_arena_parent_class)->finalize (object);
}

static void
styr_arena_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  StyrArena *self = STYR_ARENA (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, _styr_entity_get_label (STYR_ENTITY (self)));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_COORDINATOR:
      g_value_set_string (value, self->coordinator);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_arena_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  StyrArena *self = STYR_ARENA (object);

  switch (prop_id)
    {
    case PROP_NAME:
      styr_arena_set_name (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      styr_arena_set_description (self, g_value_get_string (value));
      break;
    case PROP_COORDINATOR:
      styr_arena_set_coordinator (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_arena_class_init (StyrArenaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StyrEntityClass *entity_class = STYR_ENTITY_CLASS (klass);

  object_class->finalize = styr_arena_finalize;
  object_class->get_property = styr_arena_get_property;
  object_class->set_property = styr_arena_set_property;
  entity_class->collection = STYR_COLLECTION_ARENAS;

  /**
   * StyrArena:name:
   *
   * e.g. "Unga till arbete".
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrArena:description:
   *
   * the citizen need the arena is formed around.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrArena:coordinator:
   *
   * the name of the arena's coordinator (*samordnare*).
   *
   * Since: 1.0
   */
  properties[PROP_COORDINATOR] =
    g_param_spec_string ("coordinator", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_arena_init (StyrArena *self)
{

}

/**
 * styr_arena_new:
 * @id: the identifier, unique within the model
 * @name: (nullable): the name
 *
 * Creates a new [class@Styr.Arena]. 
 *
 * Returns: (transfer full): a new [class@Styr.Arena]
 *
 * Since: 1.0
 */
StyrArena *
styr_arena_new (const char *id,
                const char *name)
{
  return g_object_new (STYR_TYPE_ARENA,
                       "id", id,
                       "name", name,
                       NULL);
}

/**
 * styr_arena_get_name:
 * @self: a [class@Styr.Arena]
 *
 * Gets the name of @self, e.g. "Unga till arbete".
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
styr_arena_get_name (StyrArena *self)
{
  g_return_val_if_fail (STYR_IS_ARENA (self), NULL);

  return _styr_entity_get_label (STYR_ENTITY (self));
}

/**
 * styr_arena_set_name:
 * @self: a [class@Styr.Arena]
 * @name: (nullable): the new name
 *
 * Sets the name of @self, e.g. "Unga till arbete".
 *
 * Since: 1.0
 */
void
styr_arena_set_name (StyrArena *self,
                     const char *name)
{
  g_return_if_fail (STYR_IS_ARENA (self));

  _styr_entity_set_label (STYR_ENTITY (self), name, properties[PROP_NAME]);
}

/**
 * styr_arena_get_description:
 * @self: a [class@Styr.Arena]
 *
 * Gets the [property@Styr.Arena:description] of @self: the citizen need the arena is formed around.
 *
 * Returns: (nullable): the description
 *
 * Since: 1.0
 */
const char *
styr_arena_get_description (StyrArena *self)
{
  g_return_val_if_fail (STYR_IS_ARENA (self), NULL);

  return self->description;
}

/**
 * styr_arena_set_description:
 * @self: a [class@Styr.Arena]
 * @description: (nullable) the new description
 *
 * Sets the [property@Styr.Arena:description] of @self: the citizen need the arena is formed around.
 *
 * Since: 1.0
 */
void
styr_arena_set_description (StyrArena *self,
                            const char *description)
{
  g_return_if_fail (STYR_IS_ARENA (self));

  if (g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * styr_arena_get_coordinator:
 * @self: a [class@Styr.Arena]
 *
 * Gets the [property@Styr.Arena:coordinator] of @self: the name of the arena's coordinator (*samordnare*).
 *
 * Returns: (nullable): the coordinator
 *
 * Since: 1.0
 */
const char *
styr_arena_get_coordinator (StyrArena *self)
{
  g_return_val_if_fail (STYR_IS_ARENA (self), NULL);

  return self->coordinator;
}

/**
 * styr_arena_set_coordinator:
 * @self: a [class@Styr.Arena]
 * @coordinator: (nullable) the new coordinator
 *
 * Sets the [property@Styr.Arena:coordinator] of @self: the name of the arena's coordinator (*samordnare*).
 *
 * Since: 1.0
 */
void
styr_arena_set_coordinator (StyrArena *self,
                            const char *coordinator)
{
  g_return_if_fail (STYR_IS_ARENA (self));

  if (g_strcmp0 (self->coordinator, coordinator) == 0)
    return;

  g_free (self->coordinator);
  self->coordinator = g_strdup (coordinator);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COORDINATOR]);
}
