/* styr-organ.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-organ.h"

/**
 * StyrOrgan:
 *
 * A political organ (*politiskt organ*): the council (*kommunfullmäktige*),
 * the executive board (*kommunstyrelsen*), a board (*nämnd*), a council
 * committee (*beredning*), the auditors (*revision*) or a municipal company
 * (*kommunalt bolag*).
 *
 * Organs own the upper goals: the council owns *inriktningsmål*; boards,
 * the executive board and companies own *nämndmål*. A board is served by a
 * sector of the administration ([method@Styr.Organ.set_sector]); a company
 * is steered by an owner directive (*ägardirektiv*,
 * [method@Styr.Organ.set_owner_directive]).
 *
 * ```python
 * bun = Styr.Organ(id="bun", kind=Styr.OrganKind.BOARD,
 *                  name="Barn- och utbildningsnämnden")
 * model.add(bun)
 * bun.set_sector(model.lookup_unit("sektor-bou"))
 * ```
 *
 * Since: 1.0
 */

struct _StyrOrgan
{
  StyrEntity parent_instance;

  StyrOrganKind kind;
};

G_DEFINE_FINAL_TYPE (StyrOrgan, styr_organ, STYR_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_organ_finalize (GObject *object)
{

  G_OBJECT_CLASS (styr_organ_parent_class)->finalize (object);
}

static void
styr_organ_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  StyrOrgan *self = STYR_ORGAN (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, _styr_entity_get_label (STYR_ENTITY (self)));
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_organ_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  StyrOrgan *self = STYR_ORGAN (object);

  switch (prop_id)
    {
    case PROP_NAME:
      styr_organ_set_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_organ_class_init (StyrOrganClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StyrEntityClass *entity_class = STYR_ENTITY_CLASS (klass);

  object_class->finalize = styr_organ_finalize;
  object_class->get_property = styr_organ_get_property;
  object_class->set_property = styr_organ_set_property;
  entity_class->collection = STYR_COLLECTION_ORGANS;

  /**
   * StyrOrgan:name:
   *
   * e.g. "Barn- och utbildningsnämnden".
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrOrgan:kind:
   *
   * the kind of organ. Set when the organ is made.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       STYR_TYPE_ORGAN_KIND, STYR_ORGAN_KIND_BOARD,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_organ_init (StyrOrgan *self)
{

}

/**
 * styr_organ_new:
 * @id: the identifier, unique within the model
 * @kind: the kind of organ
 * @name: (nullable): the name
 *
 * Creates a new [class@Styr.Organ]. 
 *
 * Returns: (transfer full): a new [class@Styr.Organ]
 *
 * Since: 1.0
 */
StyrOrgan *
styr_organ_new (const char *id,
                StyrOrganKind kind,
                const char *name)
{
  return g_object_new (STYR_TYPE_ORGAN,
                       "id", id,
                       "kind", kind,
                       "name", name,
                       NULL);
}

/**
 * styr_organ_get_name:
 * @self: a [class@Styr.Organ]
 *
 * Gets the name of @self, e.g. "Barn- och utbildningsnämnden".
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
styr_organ_get_name (StyrOrgan *self)
{
  g_return_val_if_fail (STYR_IS_ORGAN (self), NULL);

  return _styr_entity_get_label (STYR_ENTITY (self));
}

/**
 * styr_organ_set_name:
 * @self: a [class@Styr.Organ]
 * @name: (nullable): the new name
 *
 * Sets the name of @self, e.g. "Barn- och utbildningsnämnden".
 *
 * Since: 1.0
 */
void
styr_organ_set_name (StyrOrgan *self,
                     const char *name)
{
  g_return_if_fail (STYR_IS_ORGAN (self));

  _styr_entity_set_label (STYR_ENTITY (self), name, properties[PROP_NAME]);
}

/**
 * styr_organ_get_kind:
 * @self: a [class@Styr.Organ]
 *
 * Gets the [property@Styr.Organ:kind] of @self: the kind of organ. Set when the organ is made.
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
StyrOrganKind 
styr_organ_get_kind (StyrOrgan *self)
{
  g_return_val_if_fail (STYR_IS_ORGAN (self), 0);

  return self->kind;
}
