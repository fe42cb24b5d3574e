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
 * An arena has an owner, the organ or unit that formed it
 * ([method@Styr.Arena.set_owner]). Its member units, goals and activities
 * are live lists ([method@Styr.Arena.get_members] and its siblings); a unit,
 * goal or activity linked to an arena cannot be removed from the model
 * until it is unlinked. The four Puls texts are also the properties
 * [property@Styr.Arena:proactivity], [property@Styr.Arena:development],
 * [property@Styr.Arena:learning] and [property@Styr.Arena:service], so a
 * form can bind to them.
 *
 * ```python
 * arena = Styr.Arena(id="unga", name="Unga till arbete", coordinator="Eva Samordnare")
 * model.add(arena)
 * arena.set_owner(ks)
 * arena.add_member(skola)
 * arena.add_goal(goal)
 * arena.set_puls_step(Styr.PulsStep.PROACTIVITY, "Ungdomarna och deras familjer")
 * assert arena.props.proactivity == "Ungdomarna och deras familjer"
 * ```
 *
 * Since: 1.0
 */

struct _StyrArena
{
  StyrEntity parent_instance;

  char *description;
  char *coordinator;
  char *puls[4];           /* indexed by StyrPulsStep */
  StyrEntity *owner;       /* unowned organ or unit */
  StyrRefList members;     /* StyrUnit */
  StyrRefList goals;       /* StyrGoal */
  StyrRefList activities;  /* StyrActivity */
};

G_STATIC_ASSERT (STYR_PULS_STEP_SERVICE == 3);

G_DEFINE_FINAL_TYPE (StyrArena, styr_arena, STYR_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_COORDINATOR,
  /* the Puls texts, in the order of StyrPulsStep */
  PROP_PROACTIVITY,
  PROP_DEVELOPMENT,
  PROP_LEARNING,
  PROP_SERVICE,
  PROP_OWNER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_arena_finalize (GObject *object)
{
  StyrArena *self = (StyrArena *) object;

  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->coordinator, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->puls); i++)
    g_clear_pointer (&self->puls[i], g_free);
  _styr_ref_list_clear (&self->members);
  _styr_ref_list_clear (&self->goals);
  _styr_ref_list_clear (&self->activities);

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
    case PROP_PROACTIVITY:
    case PROP_DEVELOPMENT:
    case PROP_LEARNING:
    case PROP_SERVICE:
      g_value_set_string (value, self->puls[prop_id - PROP_PROACTIVITY]);
      break;
    case PROP_OWNER:
      g_value_set_object (value, self->owner);
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
    case PROP_PROACTIVITY:
    case PROP_DEVELOPMENT:
    case PROP_LEARNING:
    case PROP_SERVICE:
      styr_arena_set_puls_step (self,
                                (StyrPulsStep) (prop_id - PROP_PROACTIVITY),
                                g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
styr_arena_refers_to (StyrEntity *entity,
                      StyrEntity *target)
{
  StyrArena *self = STYR_ARENA (entity);

  if (target == NULL)
    return FALSE;
  return target == self->owner ||
         _styr_ref_list_contains (&self->members, target) ||
         _styr_ref_list_contains (&self->goals, target) ||
         _styr_ref_list_contains (&self->activities, target);
}

/* Empties @list, last item first, keeping its list model (an application
 * may hold it) alive and in step. */
static void
ref_list_remove_all (StyrRefList *list)
{
  guint n;

  while ((n = _styr_ref_list_get_n (list)) > 0)
    _styr_ref_list_remove (list, _styr_ref_list_get (list, n - 1));
}

static void
styr_arena_detach (StyrEntity *entity)
{
  StyrArena *self = STYR_ARENA (entity);

  /* No other entity keeps a list of its arenas, so there are no reverse
   * entries to drop. */
  ref_list_remove_all (&self->members);
  ref_list_remove_all (&self->goals);
  ref_list_remove_all (&self->activities);

  if (self->owner != NULL)
    {
      self->owner = NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
    }
}

static void
styr_arena_class_init (StyrArenaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StyrEntityHooks *entity_class = _styr_entity_class_get_hooks (STYR_ENTITY_CLASS (klass));

  object_class->finalize = styr_arena_finalize;
  object_class->get_property = styr_arena_get_property;
  object_class->set_property = styr_arena_set_property;
  entity_class->collection = STYR_COLLECTION_ARENAS;
  entity_class->refers_to = styr_arena_refers_to;
  entity_class->detach = styr_arena_detach;

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

  /**
   * StyrArena:proactivity:
   *
   * The text of the Puls step *P – proaktivitet*: who receives the result
   * and who communicates it. The same as
   * [method@Styr.Arena.get_puls_step] with %STYR_PULS_STEP_PROACTIVITY.
   *
   * Since: 1.0
   */
  properties[PROP_PROACTIVITY] =
    g_param_spec_string ("proactivity", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrArena:development:
   *
   * The text of the Puls step *U – utveckling*: which competences are
   * needed. The same as [method@Styr.Arena.get_puls_step] with
   * %STYR_PULS_STEP_DEVELOPMENT.
   *
   * Since: 1.0
   */
  properties[PROP_DEVELOPMENT] =
    g_param_spec_string ("development", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrArena:learning:
   *
   * The text of the Puls step *L – lärande*: evaluation and the knowledge
   * bank. The same as [method@Styr.Arena.get_puls_step] with
   * %STYR_PULS_STEP_LEARNING.
   *
   * Since: 1.0
   */
  properties[PROP_LEARNING] =
    g_param_spec_string ("learning", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrArena:service:
   *
   * The text of the Puls step *S – service*: the step-by-step activity
   * plan. The same as [method@Styr.Arena.get_puls_step] with
   * %STYR_PULS_STEP_SERVICE.
   *
   * Since: 1.0
   */
  properties[PROP_SERVICE] =
    g_param_spec_string ("service", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrArena:owner:
   *
   * The organ ([class@Styr.Organ]) or unit ([class@Styr.Unit]) that owns
   * the arena, or %NULL. Change it with [method@Styr.Arena.set_owner].
   *
   * Since: 1.0
   */
  properties[PROP_OWNER] =
    g_param_spec_object ("owner", NULL, NULL,
                         STYR_TYPE_ENTITY,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_arena_init (StyrArena *self)
{
  _styr_ref_list_init (&self->members, STYR_TYPE_UNIT);
  _styr_ref_list_init (&self->goals, STYR_TYPE_GOAL);
  _styr_ref_list_init (&self->activities, STYR_TYPE_ACTIVITY);
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
 * Gets the [property@Styr.Arena:description] of @self: the citizen need
 * the arena is formed around.
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
 * @description: (nullable): the new description
 *
 * Sets the [property@Styr.Arena:description] of @self: the citizen need
 * the arena is formed around.
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
 * Gets the [property@Styr.Arena:coordinator] of @self: the name of the
 * arena's coordinator (*samordnare*).
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
 * @coordinator: (nullable): the new coordinator
 *
 * Sets the [property@Styr.Arena:coordinator] of @self: the name of the
 * arena's coordinator (*samordnare*).
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

/**
 * styr_arena_get_owner:
 * @self: a [class@Styr.Arena]
 *
 * Gets the [property@Styr.Arena:owner] of @self: the organ or unit that
 * owns it.
 *
 * Returns: (transfer none) (nullable): the owner, a [class@Styr.Organ] or
 *   a [class@Styr.Unit], or %NULL if none is set
 *
 * Since: 1.0
 */
StyrEntity *
styr_arena_get_owner (StyrArena *self)
{
  g_return_val_if_fail (STYR_IS_ARENA (self), NULL);

  return self->owner;
}

/**
 * styr_arena_set_owner:
 * @self: a [class@Styr.Arena]
 * @owner: (nullable): a [class@Styr.Organ] or [class@Styr.Unit], or %NULL
 *   to clear the owner
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the organ or unit that owns @self: the one that formed the arena
 * and follows it up.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL unless @self and @owner are in the
 * same model, and with %STYR_ERROR_WRONG_OWNER when @owner is neither an
 * organ nor a unit. On failure nothing changes.
 *
 * Returns: %TRUE if the owner was set
 *
 * Since: 1.0
 */
gboolean
styr_arena_set_owner (StyrArena   *self,
                      StyrEntity  *owner,
                      GError     **error)
{
  g_return_val_if_fail (STYR_IS_ARENA (self), FALSE);
  g_return_val_if_fail (owner == NULL || STYR_IS_ENTITY (owner), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->owner == owner)
    return TRUE;

  if (owner != NULL && !_styr_check_owner_entity (STYR_ENTITY (self), owner, error))
    return FALSE;

  self->owner = owner;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);

  return TRUE;
}

typedef enum
{
  ARENA_MEMBERS,
  ARENA_GOALS,
  ARENA_ACTIVITIES,
} ArenaList;

static StyrRefList *
arena_get_list (StyrArena *self,
                ArenaList  which)
{
  switch (which)
    {
    case ARENA_MEMBERS:
      return &self->members;
    case ARENA_GOALS:
      return &self->goals;
    case ARENA_ACTIVITIES:
    default:
      return &self->activities;
    }
}

/* Appends @item to one of the arena's lists, after checking the model and
 * duplicates. */
static gboolean
arena_list_add (StyrArena   *self,
                ArenaList    which,
                StyrEntity  *item,
                GError     **error)
{
  StyrRefList *list = arena_get_list (self, which);

  if (!_styr_entity_check_same_model (STYR_ENTITY (self), item, error))
    return FALSE;

  if (_styr_ref_list_contains (list, item))
    {
      g_autofree char *what = _styr_entity_describe (item);
      g_autofree char *arena = _styr_entity_describe (STYR_ENTITY (self));

      switch (which)
        {
        case ARENA_MEMBERS:
          g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                       _("%s är redan medlem i arenan %s"), what, arena);
          break;
        case ARENA_GOALS:
          g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                       _("Målet %s är redan kopplat till arenan %s"), what, arena);
          break;
        case ARENA_ACTIVITIES:
        default:
          g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                       _("Aktiviteten %s är redan kopplad till arenan %s"), what, arena);
          break;
        }
      return FALSE;
    }

  _styr_ref_list_append (list, item);
  return TRUE;
}

static gboolean
arena_list_remove (StyrArena   *self,
                   ArenaList    which,
                   StyrEntity  *item,
                   GError     **error)
{
  if (!_styr_ref_list_remove (arena_get_list (self, which), item))
    {
      g_autofree char *what = _styr_entity_describe (item);
      g_autofree char *arena = _styr_entity_describe (STYR_ENTITY (self));

      switch (which)
        {
        case ARENA_MEMBERS:
          g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                       _("%s är inte medlem i arenan %s"), what, arena);
          break;
        case ARENA_GOALS:
          g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                       _("Målet %s är inte kopplat till arenan %s"), what, arena);
          break;
        case ARENA_ACTIVITIES:
        default:
          g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                       _("Aktiviteten %s är inte kopplad till arenan %s"), what, arena);
          break;
        }
      return FALSE;
    }

  return TRUE;
}

/**
 * styr_arena_add_member:
 * @self: a [class@Styr.Arena]
 * @unit: the unit that takes part
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Adds @unit to the units that take part in @self, at the end of
 * [method@Styr.Arena.get_members]. Units of every level may take part.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL unless @self and @unit are in the
 * same model, and with %STYR_ERROR_INVALID_ARGUMENT when @unit is already
 * a member. On failure nothing changes.
 *
 * Returns: %TRUE if @unit was added
 *
 * Since: 1.0
 */
gboolean
styr_arena_add_member (StyrArena  *self,
                       StyrUnit   *unit,
                       GError    **error)
{
  g_return_val_if_fail (STYR_IS_ARENA (self), FALSE);
  g_return_val_if_fail (STYR_IS_UNIT (unit), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return arena_list_add (self, ARENA_MEMBERS, STYR_ENTITY (unit), error);
}

/**
 * styr_arena_remove_member:
 * @self: a [class@Styr.Arena]
 * @unit: a member of @self
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Removes @unit from the units that take part in @self.
 *
 * Fails with %STYR_ERROR_NOT_FOUND when @unit is not a member. On failure
 * nothing changes.
 *
 * Returns: %TRUE if @unit was removed
 *
 * Since: 1.0
 */
gboolean
styr_arena_remove_member (StyrArena  *self,
                          StyrUnit   *unit,
                          GError    **error)
{
  g_return_val_if_fail (STYR_IS_ARENA (self), FALSE);
  g_return_val_if_fail (STYR_IS_UNIT (unit), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return arena_list_remove (self, ARENA_MEMBERS, STYR_ENTITY (unit), error);
}

/**
 * styr_arena_get_members:
 * @self: a [class@Styr.Arena]
 *
 * Gets the units that take part in @self, in the order they were added.
 * The list is live.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@Styr.Unit]
 *
 * Since: 1.0
 */
GListModel *
styr_arena_get_members (StyrArena *self)
{
  g_return_val_if_fail (STYR_IS_ARENA (self), NULL);

  return _styr_ref_list_get_model (&self->members);
}

/**
 * styr_arena_add_goal:
 * @self: a [class@Styr.Arena]
 * @goal: a goal the arena works towards
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Links @goal to @self: the arena works towards it. Goals of every level
 * may be linked.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL unless @self and @goal are in the
 * same model, and with %STYR_ERROR_INVALID_ARGUMENT when @goal is already
 * linked. On failure nothing changes.
 *
 * Returns: %TRUE if @goal was linked
 *
 * Since: 1.0
 */
gboolean
styr_arena_add_goal (StyrArena  *self,
                     StyrGoal   *goal,
                     GError    **error)
{
  g_return_val_if_fail (STYR_IS_ARENA (self), FALSE);
  g_return_val_if_fail (STYR_IS_GOAL (goal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return arena_list_add (self, ARENA_GOALS, STYR_ENTITY (goal), error);
}

/**
 * styr_arena_remove_goal:
 * @self: a [class@Styr.Arena]
 * @goal: a goal linked to @self
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Unlinks @goal from @self.
 *
 * Fails with %STYR_ERROR_NOT_FOUND when @goal is not linked to @self. On
 * failure nothing changes.
 *
 * Returns: %TRUE if @goal was unlinked
 *
 * Since: 1.0
 */
gboolean
styr_arena_remove_goal (StyrArena  *self,
                        StyrGoal   *goal,
                        GError    **error)
{
  g_return_val_if_fail (STYR_IS_ARENA (self), FALSE);
  g_return_val_if_fail (STYR_IS_GOAL (goal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return arena_list_remove (self, ARENA_GOALS, STYR_ENTITY (goal), error);
}

/**
 * styr_arena_get_goals:
 * @self: a [class@Styr.Arena]
 *
 * Gets the goals @self works towards, in the order they were linked. The
 * list is live.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@Styr.Goal]
 *
 * Since: 1.0
 */
GListModel *
styr_arena_get_goals (StyrArena *self)
{
  g_return_val_if_fail (STYR_IS_ARENA (self), NULL);

  return _styr_ref_list_get_model (&self->goals);
}

/**
 * styr_arena_add_activity:
 * @self: a [class@Styr.Arena]
 * @activity: an activity of the arena
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Links @activity to @self: one of the steps of the arena's activity plan.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL unless @self and @activity are in the
 * same model, and with %STYR_ERROR_INVALID_ARGUMENT when @activity is
 * already linked. On failure nothing changes.
 *
 * Returns: %TRUE if @activity was linked
 *
 * Since: 1.0
 */
gboolean
styr_arena_add_activity (StyrArena     *self,
                         StyrActivity  *activity,
                         GError       **error)
{
  g_return_val_if_fail (STYR_IS_ARENA (self), FALSE);
  g_return_val_if_fail (STYR_IS_ACTIVITY (activity), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return arena_list_add (self, ARENA_ACTIVITIES, STYR_ENTITY (activity), error);
}

/**
 * styr_arena_remove_activity:
 * @self: a [class@Styr.Arena]
 * @activity: an activity linked to @self
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Unlinks @activity from @self.
 *
 * Fails with %STYR_ERROR_NOT_FOUND when @activity is not linked to @self.
 * On failure nothing changes.
 *
 * Returns: %TRUE if @activity was unlinked
 *
 * Since: 1.0
 */
gboolean
styr_arena_remove_activity (StyrArena     *self,
                            StyrActivity  *activity,
                            GError       **error)
{
  g_return_val_if_fail (STYR_IS_ARENA (self), FALSE);
  g_return_val_if_fail (STYR_IS_ACTIVITY (activity), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return arena_list_remove (self, ARENA_ACTIVITIES, STYR_ENTITY (activity), error);
}

/**
 * styr_arena_get_activities:
 * @self: a [class@Styr.Arena]
 *
 * Gets the activities of @self, in the order they were linked. The list
 * is live.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of
 *   [class@Styr.Activity]
 *
 * Since: 1.0
 */
GListModel *
styr_arena_get_activities (StyrArena *self)
{
  g_return_val_if_fail (STYR_IS_ARENA (self), NULL);

  return _styr_ref_list_get_model (&self->activities);
}

/**
 * styr_arena_get_puls_step:
 * @self: a [class@Styr.Arena]
 * @step: a step of the *Pulsprogram*
 *
 * Gets the text @self has written down for @step of the *Pulsprogram*.
 * Each step is also a property ([property@Styr.Arena:proactivity],
 * [property@Styr.Arena:development], [property@Styr.Arena:learning],
 * [property@Styr.Arena:service]).
 *
 * Returns: (nullable): the text, or %NULL if none is set
 *
 * Since: 1.0
 */
const char *
styr_arena_get_puls_step (StyrArena    *self,
                          StyrPulsStep  step)
{
  g_return_val_if_fail (STYR_IS_ARENA (self), NULL);
  g_return_val_if_fail ((guint) step < G_N_ELEMENTS (self->puls), NULL);

  return self->puls[step];
}

/**
 * styr_arena_set_puls_step:
 * @self: a [class@Styr.Arena]
 * @step: a step of the *Pulsprogram*
 * @text: (nullable): the text for @step, or %NULL to clear it
 *
 * Sets the text of @step of the *Pulsprogram*: for
 * %STYR_PULS_STEP_PROACTIVITY who receives the result and who
 * communicates, for %STYR_PULS_STEP_DEVELOPMENT the competences needed,
 * for %STYR_PULS_STEP_LEARNING the evaluation and knowledge bank, for
 * %STYR_PULS_STEP_SERVICE the step-by-step activity plan. Notifies the
 * property of the step.
 *
 * Since: 1.0
 */
void
styr_arena_set_puls_step (StyrArena    *self,
                          StyrPulsStep  step,
                          const char   *text)
{
  g_return_if_fail (STYR_IS_ARENA (self));
  g_return_if_fail ((guint) step < G_N_ELEMENTS (self->puls));

  if (g_strcmp0 (self->puls[step], text) == 0)
    return;

  g_free (self->puls[step]);
  self->puls[step] = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROACTIVITY + step]);
}
