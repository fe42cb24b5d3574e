/* styr-goal.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-goal.h"

/**
 * StyrGoal:
 *
 * A goal (*mål*) in the goal chain: an *inriktningsmål* of the council, a
 * *nämndmål* of a board, a *verksamhetsmål* of an administration or an
 * *enhetsmål* of a unit ([enum@Styr.GoalLevel]).
 *
 * A goal has a perspective, an owner appropriate to its level (a council
 * goal is owned by the council, a board goal by a board, the executive
 * board or a company, an operational goal by an administration or an
 * operation, a unit goal by a unit), the document it is decided in, focus
 * areas, and indicators that make it followable. It serves one or more
 * parent goals at its own or a higher level; the first is the primary
 * parent used by tree views. The chain is a directed acyclic graph: a link
 * that would close a cycle fails with %STYR_ERROR_CYCLE.
 *
 * ```python
 * im = Styr.Goal(id="im-1", level=Styr.GoalLevel.COUNCIL, title="Nöjda medborgare")
 * nm = Styr.Goal(id="nm-1", level=Styr.GoalLevel.BOARD, title="Fler elever når målen")
 * model.add(im); model.add(nm)
 * im.set_owner(kf)
 * nm.set_owner(bun)
 * nm.add_parent(im)
 * for g in im.get_children():
 *     print(g.props.title)
 * ```
 *
 * Since: 1.0
 */

struct _StyrGoal
{
  StyrEntity parent_instance;

  StyrGoalLevel level;
  char *description;
};

G_DEFINE_FINAL_TYPE (StyrGoal, styr_goal, STYR_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_LEVEL,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_goal_finalize (GObject *object)
{
  StyrGoal *self = (StyrGoal *) object;

  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (styr_goal_parent_class)->finalize (object);
}

static void
styr_goal_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  StyrGoal *self = STYR_GOAL (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, _styr_entity_get_label (STYR_ENTITY (self)));
      break;
    case PROP_LEVEL:
      g_value_set_enum (value, self->level);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_goal_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  StyrGoal *self = STYR_GOAL (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      styr_goal_set_title (self, g_value_get_string (value));
      break;
    case PROP_LEVEL:
      self->level = g_value_get_enum (value);
      break;
    case PROP_DESCRIPTION:
      styr_goal_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_goal_class_init (StyrGoalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StyrEntityClass *entity_class = STYR_ENTITY_CLASS (klass);

  object_class->finalize = styr_goal_finalize;
  object_class->get_property = styr_goal_get_property;
  object_class->set_property = styr_goal_set_property;
  entity_class->collection = STYR_COLLECTION_GOALS;

  /**
   * StyrGoal:title:
   *
   * the wording of the goal (*målformulering*), e.g. "Alla elever ska nå
   * målen i alla ämnen".
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrGoal:level:
   *
   * the level of the goal in the chain. Set when the goal is made.
   *
   * Since: 1.0
   */
  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL,
                       STYR_TYPE_GOAL_LEVEL, STYR_GOAL_LEVEL_COUNCIL,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrGoal:description:
   *
   * a longer description or motivation of the goal.
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
styr_goal_init (StyrGoal *self)
{

}

/**
 * styr_goal_new:
 * @id: the identifier, unique within the model
 * @level: the level of the goal in the chain
 * @title: (nullable): the title
 *
 * Creates a new [class@Styr.Goal]. 
 *
 * Returns: (transfer full): a new [class@Styr.Goal]
 *
 * Since: 1.0
 */
StyrGoal *
styr_goal_new (const char *id,
               StyrGoalLevel level,
               const char *title)
{
  return g_object_new (STYR_TYPE_GOAL,
                       "id", id,
                       "level", level,
                       "title", title,
                       NULL);
}

/**
 * styr_goal_get_title:
 * @self: a [class@Styr.Goal]
 *
 * Gets the title of @self, the wording of the goal (*målformulering*), e.g. "Alla elever ska nå målen i alla ämnen".
 *
 * Returns: (nullable): the title
 *
 * Since: 1.0
 */
const char *
styr_goal_get_title (StyrGoal *self)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), NULL);

  return _styr_entity_get_label (STYR_ENTITY (self));
}

/**
 * styr_goal_set_title:
 * @self: a [class@Styr.Goal]
 * @title: (nullable): the new title
 *
 * Sets the title of @self, the wording of the goal (*målformulering*), e.g. "Alla elever ska nå målen i alla ämnen".
 *
 * Since: 1.0
 */
void
styr_goal_set_title (StyrGoal *self,
                     const char *title)
{
  g_return_if_fail (STYR_IS_GOAL (self));

  _styr_entity_set_label (STYR_ENTITY (self), title, properties[PROP_TITLE]);
}

/**
 * styr_goal_get_level:
 * @self: a [class@Styr.Goal]
 *
 * Gets the [property@Styr.Goal:level] of @self: the level of the goal in the chain. Set when the goal is made.
 *
 * Returns: the level
 *
 * Since: 1.0
 */
StyrGoalLevel 
styr_goal_get_level (StyrGoal *self)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), 0);

  return self->level;
}

/**
 * styr_goal_get_description:
 * @self: a [class@Styr.Goal]
 *
 * Gets the [property@Styr.Goal:description] of @self: a longer description or motivation of the goal.
 *
 * Returns: (nullable): the description
 *
 * Since: 1.0
 */
const char *
styr_goal_get_description (StyrGoal *self)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), NULL);

  return self->description;
}

/**
 * styr_goal_set_description:
 * @self: a [class@Styr.Goal]
 * @description: (nullable) the new description
 *
 * Sets the [property@Styr.Goal:description] of @self: a longer description or motivation of the goal.
 *
 * Since: 1.0
 */
void
styr_goal_set_description (StyrGoal *self,
                           const char *description)
{
  g_return_if_fail (STYR_IS_GOAL (self));

  if (g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}
