/* styr-unit.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-unit.h"
#include "styr-forecast.h"

/**
 * StyrUnit:
 *
 * A part of the administration: a *förvaltning* or *sektor*, a
 * *verksamhet* within it, or an *enhet* within that. Each has a head
 * (a name is enough). Units form a tree ([method@Styr.Unit.set_parent],
 * [method@Styr.Unit.get_children]): a parent is always on a higher level,
 * so the tree cannot have cycles. Administrations serve boards
 * ([method@Styr.Organ.set_sector], [method@Styr.Unit.get_organs_served]).
 *
 * ```python
 * sektor = Styr.Unit(id="sektor-bou", kind=Styr.UnitKind.ADMINISTRATION,
 *                    name="Sektor Barn och utbildning", head="Anna Sektorschef")
 * model.add(sektor)
 * skola = Styr.Unit(id="skola-1", kind=Styr.UnitKind.UNIT, name="Norra skolan")
 * model.add(skola)
 * skola.set_parent(sektor)
 * assert list(sektor.get_children()) == [skola]
 * ```
 *
 * Since: 1.0
 */

struct _StyrUnit
{
  StyrEntity parent_instance;

  StyrUnitKind kind;
  char *head;
  StyrUnit *parent;       /* unowned; cleared by detach */
  StyrRefList children;   /* reverse of parent, kept by the children */
  StyrUnitBudget *budget; /* budget lines; styr-budget.c */
  StyrUnitOutcomes *outcomes; /* outcome rows; styr-outcome.c */
  StyrOrgan *budget_organ; /* unowned, the explicit nämnd; cleared by detach */
};

G_DEFINE_FINAL_TYPE (StyrUnit, styr_unit, STYR_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_HEAD,
  PROP_PARENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_unit_finalize (GObject *object)
{
  StyrUnit *self = (StyrUnit *) object;

  g_clear_pointer (&self->head, g_free);
  _styr_ref_list_clear (&self->children);
  g_clear_pointer (&self->budget, _styr_unit_budget_free);
  g_clear_pointer (&self->outcomes, _styr_unit_outcomes_free);

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
    case PROP_PARENT:
      g_value_set_object (value, self->parent);
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

static gboolean
styr_unit_refers_to (StyrEntity *entity,
                     StyrEntity *target)
{
  StyrUnit *self = STYR_UNIT (entity);

  return target != NULL &&
         (target == (StyrEntity *) self->parent ||
          target == (StyrEntity *) self->budget_organ);
}

/* Moves @self under @parent (either may be NULL), keeping the parent's
 * list of children in step. */
static void
styr_unit_replace_parent (StyrUnit *self,
                          StyrUnit *parent)
{
  if (self->parent == parent)
    return;

  if (self->parent != NULL)
    _styr_ref_list_remove (&self->parent->children, self);
  self->parent = parent;
  if (parent != NULL)
    _styr_ref_list_append (&parent->children, self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT]);
}

static void
styr_unit_detach (StyrEntity *entity)
{
  StyrUnit *self = STYR_UNIT (entity);

  styr_unit_replace_parent (self, NULL);
  self->budget_organ = NULL;

  /* A unit with children cannot be removed from its model (they refer to
   * it), but when the whole model goes away the order is arbitrary: let
   * go of the children too, so that none keeps pointing here. */
  while (_styr_ref_list_get_n (&self->children) > 0)
    styr_unit_replace_parent (_styr_ref_list_get (&self->children, 0), NULL);
}

static void
styr_unit_class_init (StyrUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StyrEntityHooks *entity_class = _styr_entity_class_get_hooks (STYR_ENTITY_CLASS (klass));

  object_class->finalize = styr_unit_finalize;
  object_class->get_property = styr_unit_get_property;
  object_class->set_property = styr_unit_set_property;
  entity_class->collection = STYR_COLLECTION_UNITS;
  entity_class->refers_to = styr_unit_refers_to;
  entity_class->detach = styr_unit_detach;

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

  /**
   * StyrUnit:parent:
   *
   * The unit above this one in the administration, or %NULL: an
   * *enhet* lies under a *verksamhet* or a *förvaltning*, a *verksamhet*
   * under a *förvaltning*. Change it with [method@Styr.Unit.set_parent].
   *
   * Since: 1.0
   */
  properties[PROP_PARENT] =
    g_param_spec_object ("parent", NULL, NULL,
                         STYR_TYPE_UNIT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_unit_init (StyrUnit *self)
{
  _styr_ref_list_init (&self->children, STYR_TYPE_UNIT);
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
 * Gets the [property@Styr.Unit:kind] of @self: the level of the unit in
 * the administration. Set when the unit is made.
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
 * Gets the [property@Styr.Unit:head] of @self: the name of the head of
 * the unit (*chef*), e.g. the *sektorschef* or *rektor*.
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
 * @head: (nullable): the new head
 *
 * Sets the [property@Styr.Unit:head] of @self: the name of the head of
 * the unit (*chef*), e.g. the *sektorschef* or *rektor*.
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

static const char *
unit_kind_name (StyrUnitKind kind)
{
  switch (kind)
    {
    case STYR_UNIT_KIND_ADMINISTRATION:
      return _("en förvaltning");
    case STYR_UNIT_KIND_OPERATION:
      return _("en verksamhet");
    case STYR_UNIT_KIND_UNIT:
    default:
      return _("en enhet");
    }
}

/**
 * styr_unit_get_parent:
 * @self: a [class@Styr.Unit]
 *
 * Gets the [property@Styr.Unit:parent] of @self: the unit above it in the
 * administration.
 *
 * Returns: (transfer none) (nullable): the parent, or %NULL if @self is at
 *   the top
 *
 * Since: 1.0
 */
StyrUnit *
styr_unit_get_parent (StyrUnit *self)
{
  g_return_val_if_fail (STYR_IS_UNIT (self), NULL);

  return self->parent;
}

/**
 * styr_unit_set_parent:
 * @self: a [class@Styr.Unit]
 * @parent: (nullable): the unit above @self, or %NULL to make @self a top
 *   unit
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Places @self under @parent in the administration. The parent must be on
 * a higher level (%STYR_UNIT_KIND_ADMINISTRATION above
 * %STYR_UNIT_KIND_OPERATION above %STYR_UNIT_KIND_UNIT), so the tree can
 * never have a cycle; an administration has no parent.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL unless @self and @parent are in the
 * same model, and with %STYR_ERROR_WRONG_LEVEL when @parent is not on a
 * higher level than @self. On failure nothing changes.
 *
 * Returns: %TRUE if the parent was set
 *
 * Since: 1.0
 */
gboolean
styr_unit_set_parent (StyrUnit  *self,
                      StyrUnit  *parent,
                      GError   **error)
{
  g_return_val_if_fail (STYR_IS_UNIT (self), FALSE);
  g_return_val_if_fail (parent == NULL || STYR_IS_UNIT (parent), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->parent == parent)
    return TRUE;

  if (parent != NULL)
    {
      if (!_styr_entity_check_same_model (STYR_ENTITY (self), STYR_ENTITY (parent), error))
        return FALSE;

      if (self->kind == STYR_UNIT_KIND_ADMINISTRATION)
        {
          g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
          g_autofree char *above = _styr_entity_describe (STYR_ENTITY (parent));

          g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_LEVEL,
                       _("%s kan inte ligga under %s: en förvaltning ligger högst i förvaltningsorganisationen"),
                       what, above);
          return FALSE;
        }

      if (parent->kind >= self->kind)
        {
          g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
          g_autofree char *above = _styr_entity_describe (STYR_ENTITY (parent));

          /* TRANSLATORS: "»Norra skolan« (skola-1) kan inte ligga under
           * »Södra skolan« (skola-2), som är en enhet: …" */
          g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_LEVEL,
                       _("%s kan inte ligga under %s, som är %s: överordnad enhet måste ligga på en högre nivå"),
                       what, above, unit_kind_name (parent->kind));
          return FALSE;
        }
    }

  styr_unit_replace_parent (self, parent);

  return TRUE;
}

/**
 * styr_unit_get_children:
 * @self: a [class@Styr.Unit]
 *
 * Gets the units directly under @self, in the order they were placed
 * there. The list is live: it changes as [method@Styr.Unit.set_parent] is
 * called on other units.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@Styr.Unit]
 *
 * Since: 1.0
 */
GListModel *
styr_unit_get_children (StyrUnit *self)
{
  g_return_val_if_fail (STYR_IS_UNIT (self), NULL);

  return _styr_ref_list_get_model (&self->children);
}

/**
 * styr_unit_get_organs_served:
 * @self: a [class@Styr.Unit]
 *
 * Finds the political organs whose [property@Styr.Organ:sector] is @self:
 * the boards (*nämnder*) this administration works for, in the model's
 * order. One sector may serve several organs.
 *
 * Returns: (transfer full): a new [iface@Gio.ListModel] of
 *   [class@Styr.Organ], a snapshot
 *
 * Since: 1.0
 */
GListModel *
styr_unit_get_organs_served (StyrUnit *self)
{
  GListStore *result;
  StyrModel *model;

  g_return_val_if_fail (STYR_IS_UNIT (self), NULL);

  result = g_list_store_new (STYR_TYPE_ORGAN);
  model = styr_entity_get_model (STYR_ENTITY (self));
  if (model != NULL)
    {
      GListModel *organs = styr_model_get_organs (model);
      guint n = g_list_model_get_n_items (organs);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(StyrOrgan) organ = g_list_model_get_item (organs, i);

          if (styr_organ_get_sector (organ) == self)
            g_list_store_append (result, organ);
        }
    }

  return G_LIST_MODEL (result);
}

/* Where @self keeps its outcome rows (styr-outcome.c). */
StyrUnitOutcomes **
_styr_unit_outcomes_slot (StyrUnit *self)
{
  return &self->outcomes;
}

/* The budget lines of @self (styr-budget.c). */
StyrUnitBudget *
_styr_unit_get_budget (StyrUnit *self,
                       gboolean  create)
{
  if (self->budget == NULL && create)
    self->budget = _styr_unit_budget_new ();

  return self->budget;
}

/* The nämnd of a unit (declared in styr-forecast.h) ----------------------- */

static gboolean
organ_can_carry_budget (StyrOrgan *organ)
{
  StyrOrganKind kind = styr_organ_get_kind (organ);

  return kind == STYR_ORGAN_KIND_BOARD || kind == STYR_ORGAN_KIND_EXECUTIVE_BOARD;
}

/**
 * styr_unit_get_explicit_budget_organ:
 * @self: a [class@Styr.Unit]
 *
 * Gets the nämnd set on @self itself with
 * [method@Styr.Unit.set_budget_organ] (the file's `namnd` attribute),
 * without looking at the parents or the sectors as
 * [method@Styr.Unit.get_budget_organ] does.
 *
 * Returns: (transfer none) (nullable): the organ, or %NULL when none was
 *   set on @self
 *
 * Since: 1.0
 */
StyrOrgan *
styr_unit_get_explicit_budget_organ (StyrUnit *self)
{
  g_return_val_if_fail (STYR_IS_UNIT (self), NULL);

  return self->budget_organ;
}

/**
 * styr_unit_get_budget_organ:
 * @self: a [class@Styr.Unit]
 *
 * Gets the nämnd that @self belongs to economically: whose net cost its
 * budget lines, outcomes and forecasts are part of. That is
 *
 * 1. the organ set on @self with [method@Styr.Unit.set_budget_organ], or
 *    else
 * 2. the organ so set on the nearest unit above @self
 *    ([property@Styr.Unit:parent]), or else
 * 3. the one nämnd or executive board whose [property@Styr.Organ:sector]
 *    is @self or a unit above it. When no such organ exists, or several
 *    do (a sector serving two nämnder), @self belongs to none.
 *
 * Returns: (transfer none) (nullable): the organ, or %NULL
 *
 * Since: 1.0
 */
StyrOrgan *
styr_unit_get_budget_organ (StyrUnit *self)
{
  StyrModel *model;
  GListModel *organs;
  StyrOrgan *found = NULL;
  guint n;

  g_return_val_if_fail (STYR_IS_UNIT (self), NULL);

  for (StyrUnit *u = self; u != NULL; u = u->parent)
    if (u->budget_organ != NULL)
      return u->budget_organ;

  model = styr_entity_get_model (STYR_ENTITY (self));
  if (model == NULL)
    return NULL;

  organs = styr_model_get_organs (model);
  n = g_list_model_get_n_items (organs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrOrgan) organ = g_list_model_get_item (organs, i);
      StyrUnit *sector;

      if (!organ_can_carry_budget (organ) ||
          (sector = styr_organ_get_sector (organ)) == NULL)
        continue;

      for (StyrUnit *u = self; u != NULL; u = u->parent)
        if (u == sector)
          {
            if (found != NULL && found != organ)
              return NULL;
            found = organ;
            break;
          }
    }

  return found;
}

/**
 * styr_unit_set_budget_organ:
 * @self: a [class@Styr.Unit]
 * @organ: (nullable): a nämnd or the executive board of the model of
 *   @self, or %NULL to clear
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the nämnd that @self belongs to economically, for @self and the
 * units under it that have none of their own (see
 * [method@Styr.Unit.get_budget_organ]). Setting it is needed only where
 * the sectors of the nämnder do not tell: a unit outside every sector, or
 * under a sector that serves several nämnder.
 *
 * While a unit names @organ, @organ cannot be removed from the model
 * (%STYR_ERROR_IN_USE); clear the link first.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL unless @self and @organ are in the
 * same model, and with %STYR_ERROR_WRONG_OWNER when @organ is neither a
 * nämnd (%STYR_ORGAN_KIND_BOARD) nor the executive board
 * (%STYR_ORGAN_KIND_EXECUTIVE_BOARD). On failure nothing changes.
 *
 * Returns: %TRUE if the organ was set
 *
 * Since: 1.0
 */
gboolean
styr_unit_set_budget_organ (StyrUnit   *self,
                            StyrOrgan  *organ,
                            GError    **error)
{
  g_return_val_if_fail (STYR_IS_UNIT (self), FALSE);
  g_return_val_if_fail (organ == NULL || STYR_IS_ORGAN (organ), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (organ == NULL)
    {
      self->budget_organ = NULL;
      return TRUE;
    }

  if (!_styr_entity_check_same_model (STYR_ENTITY (self), STYR_ENTITY (organ), error))
    return FALSE;

  if (!organ_can_carry_budget (organ))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *which = _styr_entity_describe (STYR_ENTITY (organ));

      g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER,
                   _("%s kan inte höra till %s: bara nämnder och kommunstyrelsen har budget"),
                   what, which);
      return FALSE;
    }

  self->budget_organ = organ;
  return TRUE;
}
