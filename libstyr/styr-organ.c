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
  StyrUnit *sector;             /* unowned; cleared by detach */
  StyrDocument *owner_directive; /* unowned; cleared by detach */
  StyrOrganBudget *budget;      /* frames, allocation; styr-budget.c */
};

G_DEFINE_FINAL_TYPE (StyrOrgan, styr_organ, STYR_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_SECTOR,
  PROP_OWNER_DIRECTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_organ_finalize (GObject *object)
{
  StyrOrgan *self = STYR_ORGAN (object);

  /* The links are unowned and the model detaches an organ before it lets
   * go of it; only the budget data is the organ's own. */
  g_clear_pointer (&self->budget, _styr_organ_budget_free);

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
    case PROP_SECTOR:
      g_value_set_object (value, self->sector);
      break;
    case PROP_OWNER_DIRECTIVE:
      g_value_set_object (value, self->owner_directive);
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

static gboolean
styr_organ_refers_to (StyrEntity *entity,
                      StyrEntity *target)
{
  StyrOrgan *self = STYR_ORGAN (entity);

  return target != NULL &&
         (target == (StyrEntity *) self->sector ||
          target == (StyrEntity *) self->owner_directive);
}

static void
styr_organ_detach (StyrEntity *entity)
{
  StyrOrgan *self = STYR_ORGAN (entity);

  if (self->sector != NULL)
    {
      self->sector = NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR]);
    }
  if (self->owner_directive != NULL)
    {
      self->owner_directive = NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_DIRECTIVE]);
    }
}

static void
styr_organ_class_init (StyrOrganClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StyrEntityHooks *entity_class = _styr_entity_class_get_hooks (STYR_ENTITY_CLASS (klass));

  object_class->finalize = styr_organ_finalize;
  object_class->get_property = styr_organ_get_property;
  object_class->set_property = styr_organ_set_property;
  entity_class->collection = STYR_COLLECTION_ORGANS;
  entity_class->refers_to = styr_organ_refers_to;
  entity_class->detach = styr_organ_detach;

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

  /**
   * StyrOrgan:sector:
   *
   * The administration (*förvaltning*, *sektor*) that serves the organ,
   * or %NULL. Several organs may be served by the same sector. Change it
   * with [method@Styr.Organ.set_sector].
   *
   * Since: 1.0
   */
  properties[PROP_SECTOR] =
    g_param_spec_object ("sector", NULL, NULL,
                         STYR_TYPE_UNIT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrOrgan:owner-directive:
   *
   * The owner directive (*ägardirektiv*) that steers a municipal company,
   * or %NULL. Only organs of kind %STYR_ORGAN_KIND_COMPANY have one.
   * Change it with [method@Styr.Organ.set_owner_directive].
   *
   * Since: 1.0
   */
  properties[PROP_OWNER_DIRECTIVE] =
    g_param_spec_object ("owner-directive", NULL, NULL,
                         STYR_TYPE_DOCUMENT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

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
 * Gets the [property@Styr.Organ:kind] of @self: the kind of organ. Set
 * when the organ is made.
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

/**
 * styr_organ_get_sector:
 * @self: a [class@Styr.Organ]
 *
 * Gets the [property@Styr.Organ:sector] of @self: the administration that
 * serves it.
 *
 * Returns: (transfer none) (nullable): the sector, or %NULL if none is set
 *
 * Since: 1.0
 */
StyrUnit *
styr_organ_get_sector (StyrOrgan *self)
{
  g_return_val_if_fail (STYR_IS_ORGAN (self), NULL);

  return self->sector;
}

/**
 * styr_organ_set_sector:
 * @self: a [class@Styr.Organ]
 * @sector: (nullable): the administration that serves @self, or %NULL
 *   to clear it
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the administration (*förvaltning*, *sektor*) that serves @self:
 * which sector works for which nämnd. One sector may serve several organs
 * (Borlänge: three sectors serve five boards); see
 * [method@Styr.Unit.get_organs_served].
 *
 * Fails with %STYR_ERROR_WRONG_MODEL unless @self and @sector are in the
 * same model, and with %STYR_ERROR_WRONG_OWNER unless @sector is of kind
 * %STYR_UNIT_KIND_ADMINISTRATION. On failure nothing changes.
 *
 * Returns: %TRUE if the sector was set
 *
 * Since: 1.0
 */
gboolean
styr_organ_set_sector (StyrOrgan  *self,
                       StyrUnit   *sector,
                       GError    **error)
{
  g_return_val_if_fail (STYR_IS_ORGAN (self), FALSE);
  g_return_val_if_fail (sector == NULL || STYR_IS_UNIT (sector), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->sector == sector)
    return TRUE;

  if (sector != NULL)
    {
      if (!_styr_entity_check_same_model (STYR_ENTITY (self), STYR_ENTITY (sector), error))
        return FALSE;

      if (styr_unit_get_kind (sector) != STYR_UNIT_KIND_ADMINISTRATION)
        {
          g_autofree char *what = _styr_entity_describe (STYR_ENTITY (sector));
          g_autofree char *organ = _styr_entity_describe (STYR_ENTITY (self));

          g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER,
                       _("%s kan inte betjäna %s: bara en förvaltning eller sektor kan betjäna ett organ"),
                       what, organ);
          return FALSE;
        }
    }

  self->sector = sector;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR]);

  return TRUE;
}

/**
 * styr_organ_get_owner_directive:
 * @self: a [class@Styr.Organ]
 *
 * Gets the [property@Styr.Organ:owner-directive] of @self: the owner
 * directive (*ägardirektiv*) that steers a municipal company.
 *
 * Returns: (transfer none) (nullable): the owner directive, or %NULL if
 *   none is set
 *
 * Since: 1.0
 */
StyrDocument *
styr_organ_get_owner_directive (StyrOrgan *self)
{
  g_return_val_if_fail (STYR_IS_ORGAN (self), NULL);

  return self->owner_directive;
}

/**
 * styr_organ_set_owner_directive:
 * @self: a [class@Styr.Organ] of kind %STYR_ORGAN_KIND_COMPANY
 * @directive: (nullable): a document of kind
 *   %STYR_DOCUMENT_KIND_OWNER_DIRECTIVE, or %NULL to clear it
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the owner directive (*ägardirektiv*) through which the council
 * steers the municipal company @self, so that companies are steered by the
 * same goals as the boards.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL unless @self and @directive are in
 * the same model, and with %STYR_ERROR_INVALID_ARGUMENT when @self is not
 * a company or @directive is not an owner directive. On failure nothing
 * changes.
 *
 * Returns: %TRUE if the owner directive was set
 *
 * Since: 1.0
 */
gboolean
styr_organ_set_owner_directive (StyrOrgan     *self,
                                StyrDocument  *directive,
                                GError       **error)
{
  g_return_val_if_fail (STYR_IS_ORGAN (self), FALSE);
  g_return_val_if_fail (directive == NULL || STYR_IS_DOCUMENT (directive), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->owner_directive == directive)
    return TRUE;

  if (directive != NULL)
    {
      if (!_styr_entity_check_same_model (STYR_ENTITY (self), STYR_ENTITY (directive), error))
        return FALSE;

      if (self->kind != STYR_ORGAN_KIND_COMPANY)
        {
          g_autofree char *organ = _styr_entity_describe (STYR_ENTITY (self));

          g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                       _("%s är inget kommunalt bolag; bara bolag styrs genom ägardirektiv"),
                       organ);
          return FALSE;
        }

      if (styr_document_get_kind (directive) != STYR_DOCUMENT_KIND_OWNER_DIRECTIVE)
        {
          g_autofree char *what = _styr_entity_describe (STYR_ENTITY (directive));
          g_autofree char *organ = _styr_entity_describe (STYR_ENTITY (self));

          g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                       _("%s är inget ägardirektiv och kan inte styra %s"),
                       what, organ);
          return FALSE;
        }
    }

  self->owner_directive = directive;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_DIRECTIVE]);

  return TRUE;
}

/* Frames and the allocation model of @self (styr-budget.c). */
StyrOrganBudget *
_styr_organ_get_budget (StyrOrgan *self,
                        gboolean   create)
{
  if (self->budget == NULL && create)
    self->budget = _styr_organ_budget_new ();

  return self->budget;
}
