/* styr-unit.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-unit.h"

/**
 * StyrUnit:
 *
 * A part of the administration: a *förvaltning* or *sektor*, a
 * *verksamhet* within it, or an *enhet* within that. Each has a head
 * (a name is enough). Units form a tree ([method@Styr.Unit.set_parent]);
 * administrations serve boards ([method@Styr.Organ.set_sector]).
 *
 * ```python
 * sektor = Styr.Unit(id="sektor-bou", kind=Styr.UnitKind.ADMINISTRATION,
 *                    name="Sektor Barn och utbildning", head="Anna Sektorschef")
 * model.add(sektor)
 * skola = Styr.Unit(id="skola-1", kind=Styr.UnitKind.UNIT, name="Norra skolan")
 * model.add(skola)
 * skola.set_parent(sektor)
 * ```
 *
 * Since: 1.0
 */

struct _StyrUnit
{
  StyrEntity parent_instance;

  StyrUnitKind kind;
  char *head;
};

G_DEFINE_FINAL_TYPE (StyrUnit, styr_unit, STYR_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_HEAD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_unit_finalize (GObject *object)
{
  StyrUnit *self = (StyrUnit *) object;

  g_clear_pointer (&self->head, g_free);

  G_OBJECT_CLASS (styr_unit_parent_class)->finalize (object);
}

static void
styr_unit_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  StyrUnit *self = STYR_UNIT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, _styr_entity_get_label (STYR_ENTITY (self)));
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_HEAD:
      g_value_set_string (value, self->head);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_unit_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  StyrUnit *self = STYR_UNIT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      styr_unit_set_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_HEAD:
      styr_unit_set_head (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_unit_class_init (StyrUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StyrEntityClass *entity_class = STYR_ENTITY_CLASS (klass);

  object_class->finalize = styr_unit_finalize;
  object_class->get_property = styr_unit_get_property;
  object_class->set_property = styr_unit_set_property;
  entity_class->collection = STYR_COLLECTION_UNITS;

  /**
   * StyrUnit:name:
   *
   * e.g. "Sektor Barn och utbildning".
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrUnit:kind:
   *
   * the level of the unit in the administration. Set when the unit is
   * made.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       STYR_TYPE_UNIT_KIND, STYR_UNIT_KIND_UNIT,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrUnit:head:
   *
   * the name of the head of the unit (*chef*), e.g. the *sektorschef* or
   * *rektor*.
   *
   * Since: 1.0
   */
  properties[PROP_HEAD] =
    g_param_spec_string ("head", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_unit_init (StyrUnit *self)
{

}

/**
 * styr_unit_new:
 * @id: the identifier, unique within the model
 * @kind: the level of the unit
 * @name: (nullable): the name
 *
 * Creates a new [class@Styr.Unit]. 
 *
 * Returns: (transfer full): a new [class@Styr.Unit]
 *
 * Since: 1.0
 */
StyrUnit *
styr_unit_new (const char *id,
               StyrUnitKind kind,
               const char *name)
{
  return g_object_new (STYR_TYPE_UNIT,
                       "id", id,
                       "kind", kind,
                       "name", name,
                       NULL);
}

/**
 * styr_unit_get_name:
 * @self: a [class@Styr.Unit]
 *
 * Gets the name of @self, e.g. "Sektor Barn och utbildning".
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
styr_unit_get_name (StyrUnit *self)
{
  g_return_val_if_fail (STYR_IS_UNIT (self), NULL);

  return _styr_entity_get_label (STYR_ENTITY (self));
}

/**
 * styr_unit_set_name:
 * @self: a [class@Styr.Unit]
 * @name: (nullable): the new name
 *
 * Sets the name of @self, e.g. "Sektor Barn och utbildning".
 *
 * Since: 1.0
 */
void
styr_unit_set_name (StyrUnit *self,
                    const char *name)
{
  g_return_if_fail (STYR_IS_UNIT (self));

  _styr_entity_set_label (STYR_ENTITY (self), name, properties[PROP_NAME]);
}

/**
 * styr_unit_get_kind:
 * @self: a [class@Styr.Unit]
 *
 * Gets the [property@Styr.Unit:kind] of @self: the level of the unit in the administration. Set when the unit is made.
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
StyrUnitKind 
styr_unit_get_kind (StyrUnit *self)
{
  g_return_val_if_fail (STYR_IS_UNIT (self), 0);

  return self->kind;
}

/**
 * styr_unit_get_head:
 * @self: a [class@Styr.Unit]
 *
 * Gets the [property@Styr.Unit:head] of @self: the name of the head of the unit (*chef*), e.g. the *sektorschef* or *rektor*.
 *
 * Returns: (nullable): the head
 *
 * Since: 1.0
 */
const char *
styr_unit_get_head (StyrUnit *self)
{
  g_return_val_if_fail (STYR_IS_UNIT (self), NULL);

  return self->head;
}

/**
 * styr_unit_set_head:
 * @self: a [class@Styr.Unit]
 * @head: (nullable) the new head
 *
 * Sets the [property@Styr.Unit:head] of @self: the name of the head of the unit (*chef*), e.g. the *sektorschef* or *rektor*.
 *
 * Since: 1.0
 */
void
styr_unit_set_head (StyrUnit *self,
                    const char *head)
{
  g_return_if_fail (STYR_IS_UNIT (self));

  if (g_strcmp0 (self->head, head) == 0)
    return;

  g_free (self->head);
  self->head = g_strdup (head);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEAD]);
}
