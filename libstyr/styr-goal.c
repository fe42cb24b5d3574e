/* styr-goal.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-goal.h"
#include "styr-assessment.h"

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
 * Links are made with methods that take a [struct@GLib.Error]; the
 * read-only properties [property@Styr.Goal:owner],
 * [property@Styr.Goal:perspective] and [property@Styr.Goal:document] are
 * notified when they change. The lists ([method@Styr.Goal.get_parents],
 * [method@Styr.Goal.get_children], [method@Styr.Goal.get_indicators], …)
 * are live [iface@Gio.ListModel]s that follow later changes.
 *
 * At each follow-up occasion the responsible board assesses the goal
 * ([class@Styr.Assessment]); the goal keeps one assessment per occasion
 * ([method@Styr.Goal.set_assessment], [method@Styr.Goal.get_assessments])
 * and emits [signal@Styr.Goal::assessment-changed] when one changes.
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

  StyrGoalLevel    level;
  char            *description;
  char            *rollup_rule;  /* NULL: the model's */

  /* Outgoing links; unowned, the model owns the entities. */
  StyrEntity      *owner;
  StyrPerspective *perspective;
  StyrDocument    *document;
  StyrRefList      parents;      /* StyrGoal, the first is the primary */
  StyrRefList      indicators;   /* StyrIndicator */
  StyrRefList      focus_areas;  /* StyrFocusArea */

  /* Reverse lists, kept by the other side's links. */
  StyrRefList      children;     /* StyrGoal, kept by the children */
  StyrRefList      activities;   /* StyrActivity, kept by the activities */

  /* StyrAssessment (owned), one per occasion, in period order; made on
   * first use. Each holds a reference to the goal, a cycle that detach
   * (removal from the model, or the model's dispose) breaks. A stored
   * assessment is marked so (_styr_assessment_set_stored()) and tells the
   * goal of its changes (_styr_goal_assessment_notify()), instead of a
   * "notify" handler per assessment. A plain array: the follow-up looks
   * one up per goal and occasion, and a big model has 100,000 of them. */
  GPtrArray       *assessment_items;
  /* The list model of the same assessments, made when one is asked for
   * (styr_goal_get_assessments()) and kept in step after that. */
  GListStore      *assessments;
};

G_DEFINE_FINAL_TYPE (StyrGoal, styr_goal, STYR_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_LEVEL,
  PROP_DESCRIPTION,
  PROP_OWNER,
  PROP_PERSPECTIVE,
  PROP_DOCUMENT,
  PROP_ROLLUP_RULE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ASSESSMENT_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
ensure_assessments (StyrGoal *self)
{
  if (self->assessment_items == NULL)
    self->assessment_items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Drops every assessment of @self without emitting
 * StyrGoal::assessment-changed, but keeps the list model, so that a view
 * an application holds stays live. */
static void
drop_assessments (StyrGoal *self)
{
  guint n;

  if (self->assessment_items == NULL)
    return;

  n = self->assessment_items->len;
  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    _styr_assessment_set_stored (g_ptr_array_index (self->assessment_items, i), FALSE);
  if (self->assessments != NULL)
    g_list_store_remove_all (self->assessments);
  g_ptr_array_set_size (self->assessment_items, 0);
}

static gboolean
styr_goal_refers_to (StyrEntity *entity,
                     StyrEntity *target)
{
  StyrGoal *self = STYR_GOAL (entity);

  return target == self->owner ||
         target == (StyrEntity *) self->perspective ||
         target == (StyrEntity *) self->document ||
         _styr_ref_list_contains (&self->parents, target) ||
         _styr_ref_list_contains (&self->indicators, target) ||
         _styr_ref_list_contains (&self->focus_areas, target);
}

static void
styr_goal_detach (StyrEntity *entity)
{
  StyrGoal *self = STYR_GOAL (entity);
  GObject *object = G_OBJECT (self);

  /* The other side may have been detached already (the model's dispose
   * detaches every entity): removing a missing entry is a no-op there. */
  for (guint i = 0; i < _styr_ref_list_get_n (&self->parents); i++)
    {
      StyrGoal *parent = _styr_ref_list_get (&self->parents, i);

      _styr_ref_list_remove (&parent->children, self);
      _styr_follow_up_goal_links_changed (parent, TRUE);
    }
  _styr_ref_list_empty (&self->parents);

  for (guint i = 0; i < _styr_ref_list_get_n (&self->indicators); i++)
    _styr_indicator_unlink_goal (_styr_ref_list_get (&self->indicators, i), self);
  _styr_ref_list_empty (&self->indicators);

  for (guint i = 0; i < _styr_ref_list_get_n (&self->focus_areas); i++)
    _styr_focus_area_unlink_goal (_styr_ref_list_get (&self->focus_areas, i), self);
  _styr_ref_list_empty (&self->focus_areas);

  /* Reverse lists: the model only removes a goal nobody refers to, so
   * these are empty then; when the whole model goes, the children and
   * activities are detached too and their entries here must not dangle. */
  _styr_ref_list_empty (&self->children);
  _styr_ref_list_empty (&self->activities);

  /* Assessments only live on goals in a model. */
  drop_assessments (self);

  g_object_freeze_notify (object);
  if (self->owner != NULL)
    {
      self->owner = NULL;
      g_object_notify_by_pspec (object, properties[PROP_OWNER]);
    }
  if (self->perspective != NULL)
    {
      self->perspective = NULL;
      g_object_notify_by_pspec (object, properties[PROP_PERSPECTIVE]);
    }
  if (self->document != NULL)
    {
      self->document = NULL;
      g_object_notify_by_pspec (object, properties[PROP_DOCUMENT]);
    }
  g_object_thaw_notify (object);
}

static void
styr_goal_dispose (GObject *object)
{
  StyrGoal *self = (StyrGoal *) object;

  drop_assessments (self);
  g_clear_object (&self->assessments);
  g_clear_pointer (&self->assessment_items, g_ptr_array_unref);

  G_OBJECT_CLASS (styr_goal_parent_class)->dispose (object);
}

static void
styr_goal_finalize (GObject *object)
{
  StyrGoal *self = (StyrGoal *) object;

  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->rollup_rule, g_free);
  _styr_ref_list_clear (&self->parents);
  _styr_ref_list_clear (&self->indicators);
  _styr_ref_list_clear (&self->focus_areas);
  _styr_ref_list_clear (&self->children);
  _styr_ref_list_clear (&self->activities);

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

    case PROP_OWNER:
      g_value_set_object (value, self->owner);
      break;

    case PROP_PERSPECTIVE:
      g_value_set_object (value, self->perspective);
      break;

    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_ROLLUP_RULE:
      g_value_set_string (value, self->rollup_rule);
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

    case PROP_ROLLUP_RULE:
      styr_goal_set_rollup_rule (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_goal_class_init (StyrGoalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StyrEntityHooks *entity_class = _styr_entity_class_get_hooks (STYR_ENTITY_CLASS (klass));

  object_class->dispose = styr_goal_dispose;
  object_class->finalize = styr_goal_finalize;
  object_class->get_property = styr_goal_get_property;
  object_class->set_property = styr_goal_set_property;

  entity_class->collection = STYR_COLLECTION_GOALS;
  entity_class->refers_to = styr_goal_refers_to;
  entity_class->detach = styr_goal_detach;

  _styr_init_i18n ();

  /**
   * StyrGoal:title:
   *
   * The wording of the goal (*målformulering*), e.g. "Alla elever ska nå
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
   * The level of the goal in the chain. Set when the goal is made.
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
   * A longer description or motivation of the goal.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrGoal:owner: (getter get_owner)
   *
   * Who sets the goal and answers for it: a [class@Styr.Organ] for council
   * and board goals, a [class@Styr.Unit] for operational and unit goals,
   * or %NULL. Change it with [method@Styr.Goal.set_owner].
   *
   * Since: 1.0
   */
  properties[PROP_OWNER] =
    g_param_spec_object ("owner", NULL, NULL,
                         STYR_TYPE_ENTITY,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrGoal:perspective: (getter get_perspective)
   *
   * The perspective the goal belongs to, or %NULL. Change it with
   * [method@Styr.Goal.set_perspective].
   *
   * Since: 1.0
   */
  properties[PROP_PERSPECTIVE] =
    g_param_spec_object ("perspective", NULL, NULL,
                         STYR_TYPE_PERSPECTIVE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrGoal:document: (getter get_document)
   *
   * The plan the goal is decided in (the budget for council goals, a
   * *nämndplan* for board goals, …), or %NULL. Change it with
   * [method@Styr.Goal.set_document].
   *
   * Since: 1.0
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         STYR_TYPE_DOCUMENT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrGoal:rollup-rule: (getter get_rollup_rule) (setter set_rollup_rule)
   *
   * The name of the roll-up rule that computes the proposed status of
   * this goal ([class@Styr.FollowUp]), or %NULL to use the model's
   * ([property@Styr.Model:rollup-rule]).
   *
   * Since: 1.0
   */
  properties[PROP_ROLLUP_RULE] =
    g_param_spec_string ("rollup-rule", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * StyrGoal::assessment-changed:
   * @self: the goal
   * @occasion: the follow-up occasion whose assessment changed
   *
   * Emitted after the assessment of @self at @occasion was set, replaced
   * or removed ([method@Styr.Goal.set_assessment],
   * [method@Styr.Goal.remove_assessment]), and after a property of a
   * stored assessment changed (its level, analysis, prognosis, …). Views
   * of the goal's fulfilment and the roll-up of its ancestors at
   * @occasion are out of date.
   *
   * It is not emitted when the goal leaves its model and its assessments
   * are dropped with it; [signal@Gio.ListModel::items-changed] of
   * [method@Styr.Goal.get_assessments] still is.
   *
   * Since: 1.0
   */
  signals[ASSESSMENT_CHANGED] =
    g_signal_new ("assessment-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STYR_TYPE_OCCASION);
}

static void
styr_goal_init (StyrGoal *self)
{
  _styr_ref_list_init (&self->parents, STYR_TYPE_GOAL);
  _styr_ref_list_init (&self->indicators, STYR_TYPE_INDICATOR);
  _styr_ref_list_init (&self->focus_areas, STYR_TYPE_FOCUS_AREA);
  _styr_ref_list_init (&self->children, STYR_TYPE_GOAL);
  _styr_ref_list_init (&self->activities, STYR_TYPE_ACTIVITY);
}

/**
 * styr_goal_new:
 * @id: the identifier, unique within the model
 * @level: the level of the goal in the chain
 * @title: (nullable): the wording of the goal
 *
 * Creates a new [class@Styr.Goal]. Add it to a model with
 * [method@Styr.Model.add] before linking it to anything.
 *
 * Returns: (transfer full): a new [class@Styr.Goal]
 *
 * Since: 1.0
 */
StyrGoal *
styr_goal_new (const char    *id,
               StyrGoalLevel  level,
               const char    *title)
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
 * Gets the [property@Styr.Goal:title] of @self, the wording of the goal
 * (*målformulering*).
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
 * Sets the [property@Styr.Goal:title] of @self, the wording of the goal
 * (*målformulering*), e.g. "Alla elever ska nå målen i alla ämnen".
 *
 * Since: 1.0
 */
void
styr_goal_set_title (StyrGoal   *self,
                     const char *title)
{
  g_return_if_fail (STYR_IS_GOAL (self));

  _styr_entity_set_label (STYR_ENTITY (self), title, properties[PROP_TITLE]);
}

/**
 * styr_goal_get_level:
 * @self: a [class@Styr.Goal]
 *
 * Gets the [property@Styr.Goal:level] of @self: the level of the goal in
 * the chain. It is set when the goal is made.
 *
 * Returns: the level
 *
 * Since: 1.0
 */
StyrGoalLevel
styr_goal_get_level (StyrGoal *self)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), STYR_GOAL_LEVEL_COUNCIL);

  return self->level;
}

/**
 * styr_goal_get_description:
 * @self: a [class@Styr.Goal]
 *
 * Gets the [property@Styr.Goal:description] of @self: a longer description
 * or motivation of the goal.
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
 * @description: (nullable): the new description
 *
 * Sets the [property@Styr.Goal:description] of @self: a longer description
 * or motivation of the goal.
 *
 * Since: 1.0
 */
void
styr_goal_set_description (StyrGoal   *self,
                           const char *description)
{
  g_return_if_fail (STYR_IS_GOAL (self));

  if (g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * styr_goal_get_rollup_rule:
 * @self: a [class@Styr.Goal]
 *
 * Gets the [property@Styr.Goal:rollup-rule] of @self: the roll-up rule
 * this goal uses instead of the model's.
 *
 * Returns: (nullable): the rule name, or %NULL if @self uses the model's
 *
 * Since: 1.0
 */
const char *
styr_goal_get_rollup_rule (StyrGoal *self)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), NULL);

  return self->rollup_rule;
}

/**
 * styr_goal_set_rollup_rule:
 * @self: a [class@Styr.Goal]
 * @rule: (nullable): the name of a roll-up rule, or %NULL to use the
 *   model's
 *
 * Sets the [property@Styr.Goal:rollup-rule] of @self, e.g. `samsta`
 * (worst-of) for a goal where every part must hold. The name is not
 * checked here; [method@Styr.Model.validate] reports unknown names
 * (`okand-sammanvagning`).
 *
 * Since: 1.0
 */
void
styr_goal_set_rollup_rule (StyrGoal   *self,
                           const char *rule)
{
  g_return_if_fail (STYR_IS_GOAL (self));

  if (g_strcmp0 (self->rollup_rule, rule) == 0)
    return;

  g_free (self->rollup_rule);
  self->rollup_rule = g_strdup (rule);
  _styr_follow_up_goal_links_changed (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLLUP_RULE]);
}

/* Owner rules -------------------------------------------------------------- */

static gboolean
owner_fits_level (StyrGoalLevel  level,
                  StyrEntity    *owner)
{
  switch (level)
    {
    case STYR_GOAL_LEVEL_COUNCIL:
      return STYR_IS_ORGAN (owner) &&
             styr_organ_get_kind (STYR_ORGAN (owner)) == STYR_ORGAN_KIND_COUNCIL;

    case STYR_GOAL_LEVEL_BOARD:
      if (!STYR_IS_ORGAN (owner))
        return FALSE;
      switch (styr_organ_get_kind (STYR_ORGAN (owner)))
        {
        case STYR_ORGAN_KIND_BOARD:
        case STYR_ORGAN_KIND_EXECUTIVE_BOARD:
        case STYR_ORGAN_KIND_COMPANY:
          return TRUE;
        case STYR_ORGAN_KIND_COUNCIL:
        case STYR_ORGAN_KIND_COMMITTEE:
        case STYR_ORGAN_KIND_AUDIT:
        default:
          return FALSE;
        }

    case STYR_GOAL_LEVEL_OPERATIONAL:
      if (!STYR_IS_UNIT (owner))
        return FALSE;
      switch (styr_unit_get_kind (STYR_UNIT (owner)))
        {
        case STYR_UNIT_KIND_ADMINISTRATION:
        case STYR_UNIT_KIND_OPERATION:
          return TRUE;
        case STYR_UNIT_KIND_UNIT:
        default:
          return FALSE;
        }

    case STYR_GOAL_LEVEL_UNIT:
      return STYR_IS_UNIT (owner) &&
             styr_unit_get_kind (STYR_UNIT (owner)) == STYR_UNIT_KIND_UNIT;

    default:
      return FALSE;
    }
}

static void
set_wrong_owner_error (StyrGoal    *self,
                       StyrEntity  *owner,
                       GError     **error)
{
  g_autofree char *who = _styr_entity_describe (owner);
  g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));

  switch (self->level)
    {
    case STYR_GOAL_LEVEL_COUNCIL:
      g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER,
                   _("%s kan inte äga inriktningsmålet %s: ett inriktningsmål ägs av kommunfullmäktige"),
                   who, what);
      break;

    case STYR_GOAL_LEVEL_BOARD:
      g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER,
                   _("%s kan inte äga nämndmålet %s: ett nämndmål ägs av en nämnd, kommunstyrelsen eller ett kommunalt bolag"),
                   who, what);
      break;

    case STYR_GOAL_LEVEL_OPERATIONAL:
      g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER,
                   _("%s kan inte äga verksamhetsmålet %s: ett verksamhetsmål ägs av en förvaltning eller en verksamhet"),
                   who, what);
      break;

    case STYR_GOAL_LEVEL_UNIT:
    default:
      g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER,
                   _("%s kan inte äga enhetsmålet %s: ett enhetsmål ägs av en enhet"),
                   who, what);
      break;
    }
}

/**
 * styr_goal_get_owner: (get-property owner)
 * @self: a [class@Styr.Goal]
 *
 * Gets the [property@Styr.Goal:owner] of @self: the organ or unit that
 * sets the goal and answers for it.
 *
 * Returns: (transfer none) (nullable): the owner, a [class@Styr.Organ] or
 *   a [class@Styr.Unit], or %NULL if none is set
 *
 * Since: 1.0
 */
StyrEntity *
styr_goal_get_owner (StyrGoal *self)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), NULL);

  return self->owner;
}

/**
 * styr_goal_set_owner:
 * @self: a [class@Styr.Goal]
 * @owner: (nullable): the new owner, or %NULL to clear it
 * @error: return location for a [struct@GLib.Error]
 *
 * Sets the [property@Styr.Goal:owner] of @self. The owner must fit the
 * goal's [property@Styr.Goal:level]:
 *
 * - an *inriktningsmål* ([enum@Styr.GoalLevel.COUNCIL]) is owned by the
 *   council ([enum@Styr.OrganKind.COUNCIL]);
 * - a *nämndmål* ([enum@Styr.GoalLevel.BOARD]) by a board, the executive
 *   board or a municipal company ([enum@Styr.OrganKind.BOARD],
 *   [enum@Styr.OrganKind.EXECUTIVE_BOARD], [enum@Styr.OrganKind.COMPANY]);
 * - a *verksamhetsmål* ([enum@Styr.GoalLevel.OPERATIONAL]) by an
 *   administration or an operation ([enum@Styr.UnitKind.ADMINISTRATION],
 *   [enum@Styr.UnitKind.OPERATION]);
 * - an *enhetsmål* ([enum@Styr.GoalLevel.UNIT]) by a unit
 *   ([enum@Styr.UnitKind.UNIT]).
 *
 * Fails with %STYR_ERROR_WRONG_MODEL if @self is not in a model or @owner
 * is not in the same one, and with %STYR_ERROR_WRONG_OWNER if @owner is
 * neither an organ nor a unit, or does not fit the level. On failure
 * nothing changes.
 *
 * Returns: %TRUE if the owner was set
 *
 * Since: 1.0
 */
gboolean
styr_goal_set_owner (StyrGoal    *self,
                     StyrEntity  *owner,
                     GError     **error)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), FALSE);
  g_return_val_if_fail (owner == NULL || STYR_IS_ENTITY (owner), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_check_owner_entity (STYR_ENTITY (self), owner, error))
    return FALSE;

  if (owner != NULL && !owner_fits_level (self->level, owner))
    {
      set_wrong_owner_error (self, owner, error);
      return FALSE;
    }

  if (self->owner != owner)
    {
      self->owner = owner;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
    }

  return TRUE;
}

/**
 * styr_goal_get_perspective: (get-property perspective)
 * @self: a [class@Styr.Goal]
 *
 * Gets the [property@Styr.Goal:perspective] of @self.
 *
 * Returns: (transfer none) (nullable): the perspective, or %NULL if none
 *   is set
 *
 * Since: 1.0
 */
StyrPerspective *
styr_goal_get_perspective (StyrGoal *self)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), NULL);

  return self->perspective;
}

/**
 * styr_goal_set_perspective:
 * @self: a [class@Styr.Goal]
 * @perspective: (nullable): a perspective of the same model, or %NULL to
 *   clear it
 * @error: return location for a [struct@GLib.Error]
 *
 * Sets the [property@Styr.Goal:perspective] of @self. Reports group goals
 * by perspective.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL if @self is not in a model or
 * @perspective is not in the same one; nothing changes then.
 *
 * Returns: %TRUE if the perspective was set
 *
 * Since: 1.0
 */
gboolean
styr_goal_set_perspective (StyrGoal         *self,
                           StyrPerspective  *perspective,
                           GError          **error)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), FALSE);
  g_return_val_if_fail (perspective == NULL || STYR_IS_PERSPECTIVE (perspective), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_entity_check_same_model (STYR_ENTITY (self), (StyrEntity *) perspective, error))
    return FALSE;

  if (self->perspective != perspective)
    {
      self->perspective = perspective;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSPECTIVE]);
    }

  return TRUE;
}

/**
 * styr_goal_get_document: (get-property document)
 * @self: a [class@Styr.Goal]
 *
 * Gets the [property@Styr.Goal:document] of @self, the plan the goal is
 * decided in.
 *
 * Returns: (transfer none) (nullable): the document, or %NULL if none is
 *   set
 *
 * Since: 1.0
 */
StyrDocument *
styr_goal_get_document (StyrGoal *self)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), NULL);

  return self->document;
}

/**
 * styr_goal_set_document:
 * @self: a [class@Styr.Goal]
 * @document: (nullable): a document of the same model, or %NULL to clear it
 * @error: return location for a [struct@GLib.Error]
 *
 * Sets the [property@Styr.Goal:document] of @self: the budget, *nämndplan*,
 * *verksamhetsplan* or *arbetsplan* that decides the goal.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL if @self is not in a model or
 * @document is not in the same one; nothing changes then.
 *
 * Returns: %TRUE if the document was set
 *
 * Since: 1.0
 */
gboolean
styr_goal_set_document (StyrGoal      *self,
                        StyrDocument  *document,
                        GError       **error)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), FALSE);
  g_return_val_if_fail (document == NULL || STYR_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_entity_check_same_model (STYR_ENTITY (self), (StyrEntity *) document, error))
    return FALSE;

  if (self->document != document)
    {
      self->document = document;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
    }

  return TRUE;
}

/* The goal chain ----------------------------------------------------------- */

/* Collects the goals reachable from @start through parents (@upwards) or
 * children, breadth first, each once, @start itself left out. */
static GPtrArray *
collect_reachable (StyrGoal *start,
                   gboolean  upwards)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GPtrArray *found = g_ptr_array_new ();

  g_hash_table_add (seen, start);
  g_ptr_array_add (found, start);

  /* @found doubles as the queue: entries before @i have been expanded. */
  for (guint i = 0; i < found->len; i++)
    {
      StyrGoal *goal = g_ptr_array_index (found, i);
      const StyrRefList *next = upwards ? &goal->parents : &goal->children;

      for (guint j = 0; j < _styr_ref_list_get_n (next); j++)
        {
          StyrGoal *other = _styr_ref_list_get (next, j);

          if (g_hash_table_add (seen, other))
            g_ptr_array_add (found, other);
        }
    }

  g_ptr_array_remove_index (found, 0);
  return found;
}

static GListModel *
snapshot_reachable (StyrGoal *self,
                    gboolean  upwards)
{
  g_autoptr(GPtrArray) found = collect_reachable (self, upwards);
  GListStore *store = g_list_store_new (STYR_TYPE_GOAL);

  if (found->len > 0)
    g_list_store_splice (store, 0, 0, found->pdata, found->len);
  return G_LIST_MODEL (store);
}

/* Whether @target is @from or lies above it in the chain. */
static gboolean
reaches_upwards (StyrGoal *from,
                 StyrGoal *target)
{
  g_autoptr(GPtrArray) above = NULL;

  if (from == target)
    return TRUE;
  above = collect_reachable (from, TRUE);
  return g_ptr_array_find (above, target, NULL);
}

static gboolean
check_is_parent (StyrGoal    *self,
                 StyrGoal    *parent,
                 GError     **error)
{
  if (!_styr_ref_list_contains (&self->parents, parent))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *other = _styr_entity_describe (STYR_ENTITY (parent));

      g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                   _("%s bidrar inte till %s"), what, other);
      return FALSE;
    }
  return TRUE;
}

/**
 * styr_goal_add_parent:
 * @self: a [class@Styr.Goal]
 * @parent: the goal @self serves, in the same model
 * @error: return location for a [struct@GLib.Error]
 *
 * Links @self under @parent in the goal chain: @self contributes to
 * @parent (a *nämndmål* to an *inriktningsmål*, say). A goal may serve
 * several parents; the first one added is the primary parent
 * ([method@Styr.Goal.get_primary_parent]). @self is appended to the
 * [method@Styr.Goal.get_children] of @parent.
 *
 * Fails, changing nothing, with
 *
 * - %STYR_ERROR_WRONG_MODEL if @self is not in a model or @parent is not
 *   in the same one;
 * - %STYR_ERROR_WRONG_LEVEL if @parent is at a lower level than @self
 *   (e.g. an *inriktningsmål* under a *nämndmål*); the same level is
 *   allowed;
 * - %STYR_ERROR_CYCLE if @parent is @self, or @parent already serves
 *   @self directly or indirectly, so that the link would close a cycle;
 * - %STYR_ERROR_INVALID_ARGUMENT if @parent already is a parent of @self.
 *
 * Returns: %TRUE if the link was made
 *
 * Since: 1.0
 */
gboolean
styr_goal_add_parent (StyrGoal  *self,
                      StyrGoal  *parent,
                      GError   **error)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), FALSE);
  g_return_val_if_fail (STYR_IS_GOAL (parent), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_entity_check_same_model (STYR_ENTITY (self), STYR_ENTITY (parent), error))
    return FALSE;

  if (parent == self)
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));

      g_set_error (error, STYR_ERROR, STYR_ERROR_CYCLE,
                   _("%s kan inte bidra till sig självt: målkedjan får inte bli cirkulär"),
                   what);
      return FALSE;
    }

  if (_styr_ref_list_contains (&self->parents, parent))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *other = _styr_entity_describe (STYR_ENTITY (parent));

      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("%s bidrar redan till %s"), what, other);
      return FALSE;
    }

  if (parent->level > self->level)
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *other = _styr_entity_describe (STYR_ENTITY (parent));

      g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_LEVEL,
                   _("%s kan inte bidra till %s: ett mål kan bara bidra till mål på samma eller en högre nivå"),
                   what, other);
      return FALSE;
    }

  if (reaches_upwards (parent, self))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *other = _styr_entity_describe (STYR_ENTITY (parent));

      g_set_error (error, STYR_ERROR, STYR_ERROR_CYCLE,
                   _("%s kan inte bidra till %s: %s bidrar redan, direkt eller indirekt, till %s, och målkedjan får inte bli cirkulär"),
                   what, other, other, what);
      return FALSE;
    }

  _styr_ref_list_append (&self->parents, parent);
  _styr_ref_list_append (&parent->children, self);
  _styr_follow_up_goal_links_changed (parent, TRUE);

  return TRUE;
}

/**
 * styr_goal_remove_parent:
 * @self: a [class@Styr.Goal]
 * @parent: a parent of @self
 * @error: return location for a [struct@GLib.Error]
 *
 * Unlinks @self from @parent. If @parent was the primary parent, the next
 * remaining parent becomes primary.
 *
 * Fails with %STYR_ERROR_NOT_FOUND if @parent is not a parent of @self;
 * nothing changes then.
 *
 * Returns: %TRUE if the link was removed
 *
 * Since: 1.0
 */
gboolean
styr_goal_remove_parent (StyrGoal  *self,
                         StyrGoal  *parent,
                         GError   **error)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), FALSE);
  g_return_val_if_fail (STYR_IS_GOAL (parent), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_is_parent (self, parent, error))
    return FALSE;

  _styr_ref_list_remove (&self->parents, parent);
  _styr_ref_list_remove (&parent->children, self);
  _styr_follow_up_goal_links_changed (parent, TRUE);

  return TRUE;
}

/**
 * styr_goal_set_primary_parent:
 * @self: a [class@Styr.Goal]
 * @parent: a parent of @self
 * @error: return location for a [struct@GLib.Error]
 *
 * Makes @parent the primary parent of @self, the one tree views hang it
 * under. It moves to the front of [method@Styr.Goal.get_parents].
 *
 * Fails with %STYR_ERROR_NOT_FOUND if @parent is not already a parent of
 * @self (add it with [method@Styr.Goal.add_parent] first); nothing
 * changes then.
 *
 * Returns: %TRUE if @parent is now the primary parent
 *
 * Since: 1.0
 */
gboolean
styr_goal_set_primary_parent (StyrGoal  *self,
                              StyrGoal  *parent,
                              GError   **error)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), FALSE);
  g_return_val_if_fail (STYR_IS_GOAL (parent), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_is_parent (self, parent, error))
    return FALSE;

  _styr_ref_list_move_to_front (&self->parents, parent);

  return TRUE;
}

/**
 * styr_goal_get_primary_parent:
 * @self: a [class@Styr.Goal]
 *
 * Gets the primary parent of @self: the first of its parents, the one tree
 * views hang it under.
 *
 * Returns: (transfer none) (nullable): the primary parent, or %NULL if
 *   @self serves no goal
 *
 * Since: 1.0
 */
StyrGoal *
styr_goal_get_primary_parent (StyrGoal *self)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), NULL);

  if (_styr_ref_list_get_n (&self->parents) == 0)
    return NULL;
  return _styr_ref_list_get (&self->parents, 0);
}

/**
 * styr_goal_get_parents:
 * @self: a [class@Styr.Goal]
 *
 * Gets the goals @self serves, the primary parent first. The list model
 * is live: it follows later calls to [method@Styr.Goal.add_parent] and
 * its siblings.
 *
 * Returns: (transfer none): a list model of [class@Styr.Goal]
 *
 * Since: 1.0
 */
GListModel *
styr_goal_get_parents (StyrGoal *self)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), NULL);

  return _styr_ref_list_get_model (&self->parents);
}

/**
 * styr_goal_get_children:
 * @self: a [class@Styr.Goal]
 *
 * Gets the goals that serve @self directly, in the order they were linked.
 * The list model is live.
 *
 * Returns: (transfer none): a list model of [class@Styr.Goal]
 *
 * Since: 1.0
 */
GListModel *
styr_goal_get_children (StyrGoal *self)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), NULL);

  return _styr_ref_list_get_model (&self->children);
}

/**
 * styr_goal_get_ancestors:
 * @self: a [class@Styr.Goal]
 *
 * Gets every goal above @self in the chain, the nearest first (breadth
 * first, parents in their order), each once even when it is reached along
 * several paths.
 *
 * Returns: (transfer full): a new list model of [class@Styr.Goal], a
 *   snapshot that does not follow later changes
 *
 * Since: 1.0
 */
GListModel *
styr_goal_get_ancestors (StyrGoal *self)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), NULL);

  return snapshot_reachable (self, TRUE);
}

/**
 * styr_goal_get_descendants:
 * @self: a [class@Styr.Goal]
 *
 * Gets every goal below @self in the chain, the nearest first (breadth
 * first, children in their order), each once even when it is reached along
 * several paths.
 *
 * Returns: (transfer full): a new list model of [class@Styr.Goal], a
 *   snapshot that does not follow later changes
 *
 * Since: 1.0
 */
GListModel *
styr_goal_get_descendants (StyrGoal *self)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), NULL);

  return snapshot_reachable (self, FALSE);
}

/* Indicators and focus areas ----------------------------------------------- */

/**
 * styr_goal_add_indicator:
 * @self: a [class@Styr.Goal]
 * @indicator: an indicator of the same model
 * @error: return location for a [struct@GLib.Error]
 *
 * Makes @self followable (*uppföljningsbart*) through @indicator: the
 * indicator's values are evidence for the goal's fulfilment. @self is
 * added to [method@Styr.Indicator.get_goals] of @indicator.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL if @self is not in a model or
 * @indicator is not in the same one, and with
 * %STYR_ERROR_INVALID_ARGUMENT if @indicator is already linked to @self.
 * On failure nothing changes.
 *
 * Returns: %TRUE if the indicator was linked
 *
 * Since: 1.0
 */
gboolean
styr_goal_add_indicator (StyrGoal       *self,
                         StyrIndicator  *indicator,
                         GError        **error)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), FALSE);
  g_return_val_if_fail (STYR_IS_INDICATOR (indicator), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_entity_check_same_model (STYR_ENTITY (self), STYR_ENTITY (indicator), error))
    return FALSE;

  if (_styr_ref_list_contains (&self->indicators, indicator))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *other = _styr_entity_describe (STYR_ENTITY (indicator));

      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("%s följs redan upp med indikatorn %s"), what, other);
      return FALSE;
    }

  _styr_ref_list_append (&self->indicators, indicator);
  _styr_indicator_link_goal (indicator, self);
  _styr_follow_up_goal_links_changed (self, FALSE);

  return TRUE;
}

/**
 * styr_goal_remove_indicator:
 * @self: a [class@Styr.Goal]
 * @indicator: an indicator linked to @self
 * @error: return location for a [struct@GLib.Error]
 *
 * Unlinks @indicator from @self.
 *
 * Fails with %STYR_ERROR_NOT_FOUND if @indicator is not linked to @self;
 * nothing changes then.
 *
 * Returns: %TRUE if the indicator was unlinked
 *
 * Since: 1.0
 */
gboolean
styr_goal_remove_indicator (StyrGoal       *self,
                            StyrIndicator  *indicator,
                            GError        **error)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), FALSE);
  g_return_val_if_fail (STYR_IS_INDICATOR (indicator), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_ref_list_remove (&self->indicators, indicator))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *other = _styr_entity_describe (STYR_ENTITY (indicator));

      g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                   _("%s följs inte upp med indikatorn %s"), what, other);
      return FALSE;
    }

  _styr_indicator_unlink_goal (indicator, self);
  _styr_follow_up_goal_links_changed (self, FALSE);

  return TRUE;
}

/**
 * styr_goal_get_indicators:
 * @self: a [class@Styr.Goal]
 *
 * Gets the indicators @self is followed up with, in the order they were
 * linked. The list model is live.
 *
 * Returns: (transfer none): a list model of [class@Styr.Indicator]
 *
 * Since: 1.0
 */
GListModel *
styr_goal_get_indicators (StyrGoal *self)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), NULL);

  return _styr_ref_list_get_model (&self->indicators);
}

/**
 * styr_goal_add_focus_area:
 * @self: a [class@Styr.Goal]
 * @focus_area: a focus area of the same model
 * @error: return location for a [struct@GLib.Error]
 *
 * Puts @self in the focus area (*fokusområde*) @focus_area. Goals at every
 * level may belong to focus areas. @self is added to
 * [method@Styr.FocusArea.get_goals] of @focus_area.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL if @self is not in a model or
 * @focus_area is not in the same one, and with
 * %STYR_ERROR_INVALID_ARGUMENT if @self already belongs to @focus_area.
 * On failure nothing changes.
 *
 * Returns: %TRUE if the focus area was linked
 *
 * Since: 1.0
 */
gboolean
styr_goal_add_focus_area (StyrGoal       *self,
                          StyrFocusArea  *focus_area,
                          GError        **error)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), FALSE);
  g_return_val_if_fail (STYR_IS_FOCUS_AREA (focus_area), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_entity_check_same_model (STYR_ENTITY (self), STYR_ENTITY (focus_area), error))
    return FALSE;

  if (_styr_ref_list_contains (&self->focus_areas, focus_area))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *other = _styr_entity_describe (STYR_ENTITY (focus_area));

      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("%s hör redan till fokusområdet %s"), what, other);
      return FALSE;
    }

  _styr_ref_list_append (&self->focus_areas, focus_area);
  _styr_focus_area_link_goal (focus_area, self);

  return TRUE;
}

/**
 * styr_goal_remove_focus_area:
 * @self: a [class@Styr.Goal]
 * @focus_area: a focus area @self belongs to
 * @error: return location for a [struct@GLib.Error]
 *
 * Takes @self out of @focus_area.
 *
 * Fails with %STYR_ERROR_NOT_FOUND if @self does not belong to
 * @focus_area; nothing changes then.
 *
 * Returns: %TRUE if the focus area was unlinked
 *
 * Since: 1.0
 */
gboolean
styr_goal_remove_focus_area (StyrGoal       *self,
                             StyrFocusArea  *focus_area,
                             GError        **error)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), FALSE);
  g_return_val_if_fail (STYR_IS_FOCUS_AREA (focus_area), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_styr_ref_list_remove (&self->focus_areas, focus_area))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *other = _styr_entity_describe (STYR_ENTITY (focus_area));

      g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                   _("%s hör inte till fokusområdet %s"), what, other);
      return FALSE;
    }

  _styr_focus_area_unlink_goal (focus_area, self);

  return TRUE;
}

/**
 * styr_goal_get_focus_areas:
 * @self: a [class@Styr.Goal]
 *
 * Gets the focus areas @self belongs to, in the order they were linked.
 * The list model is live.
 *
 * Returns: (transfer none): a list model of [class@Styr.FocusArea]
 *
 * Since: 1.0
 */
GListModel *
styr_goal_get_focus_areas (StyrGoal *self)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), NULL);

  return _styr_ref_list_get_model (&self->focus_areas);
}

/* Activities --------------------------------------------------------------- */

/**
 * styr_goal_get_activities:
 * @self: a [class@Styr.Goal]
 *
 * Gets the activities that serve @self, in the order they were linked.
 * The link is made from the activity's side, with
 * [method@Styr.Activity.add_goal]. The list model is live.
 *
 * Returns: (transfer none): a list model of [class@Styr.Activity]
 *
 * Since: 1.0
 */
GListModel *
styr_goal_get_activities (StyrGoal *self)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), NULL);

  return _styr_ref_list_get_model (&self->activities);
}

/* Called by StyrActivity when it starts serving @self. */
void
_styr_goal_link_activity (StyrGoal     *self,
                          StyrActivity *activity)
{
  g_return_if_fail (STYR_IS_GOAL (self));
  g_return_if_fail (STYR_IS_ACTIVITY (activity));

  if (!_styr_ref_list_contains (&self->activities, activity))
    _styr_ref_list_append (&self->activities, activity);
}

/* Called by StyrActivity when it stops serving @self; a no-op when the
 * entry is gone already (the goal was detached first). */
void
_styr_goal_unlink_activity (StyrGoal     *self,
                            StyrActivity *activity)
{
  g_return_if_fail (STYR_IS_GOAL (self));
  g_return_if_fail (STYR_IS_ACTIVITY (activity));

  _styr_ref_list_remove (&self->activities, activity);
}

/* Assessments -------------------------------------------------------------- */

static char *
describe_occasion (StyrOccasion *occasion)
{
  const char *name = styr_occasion_get_name (occasion);
  const char *id = styr_occasion_get_id (occasion);

  if (name != NULL && name[0] != '\0')
    return g_strdup_printf ("»%s« (%s)", name, id != NULL ? id : "");
  return g_strdup (id != NULL ? id : "");
}

/* The order of the occasions in a calendar (styr-calendar.c): by the end
 * of their period, the longer period first when two end in the same
 * month, then by identifier. Stored assessments always have an occasion
 * with a period: the calendar accepts no other. */
static int
compare_occasions (StyrOccasion *oa,
                   StyrOccasion *ob)
{
  const StyrPeriod *pa = styr_occasion_get_period (oa);
  const StyrPeriod *pb = styr_occasion_get_period (ob);
  int ya = styr_period_get_year (pa);
  int yb = styr_period_get_year (pb);
  int ma = styr_period_get_last_month (pa);
  int mb = styr_period_get_last_month (pb);
  int cmp;

  if (ya != yb)
    return ya < yb ? -1 : 1;
  if (ma != mb)
    return ma < mb ? -1 : 1;
  cmp = styr_period_compare (pa, pb);
  if (cmp != 0)
    return cmp;
  return g_strcmp0 (styr_occasion_get_id (oa), styr_occasion_get_id (ob));
}

static int
compare_assessments (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  return compare_occasions (styr_assessment_get_occasion ((StyrAssessment *) a),
                            styr_assessment_get_occasion ((StyrAssessment *) b));
}

/* The position of the assessment of @self at @occasion, if there is one. */
static gboolean
find_assessment (StyrGoal     *self,
                 StyrOccasion *occasion,
                 guint        *position)
{
  if (self->assessment_items == NULL)
    return FALSE;

  /* From the end: the latest occasions are the ones asked for most. */
  for (guint i = self->assessment_items->len; i-- > 0;)
    {
      if (styr_assessment_get_occasion (g_ptr_array_index (self->assessment_items, i)) == occasion)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* A property of @assessment, stored on @self, changed
 * (styr-assessment.c): one emission per property. */
void
_styr_goal_assessment_notify (StyrGoal       *self,
                              StyrAssessment *assessment)
{
  _styr_follow_up_assessment_changed (self, styr_assessment_get_occasion (assessment));
  g_signal_emit (self, signals[ASSESSMENT_CHANGED], 0,
                 styr_assessment_get_occasion (assessment));
}

/* Fails with STYR_ERROR_NOT_FOUND unless @id (when set) names a level of
 * @scale. @what says which identifier it is. */
static gboolean
check_level_id (StyrGoal    *self,
                StyrScale   *scale,
                const char  *id,
                const char  *what,
                GError     **error)
{
  g_autofree char *goal = NULL;

  if (id == NULL || styr_scale_lookup_level (scale, id) != NULL)
    return TRUE;

  goal = _styr_entity_describe (STYR_ENTITY (self));
  /* Translators: the second %s is "nivån" or "prognosen" */
  g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
               _("Bedömningen av %s kan inte sparas: %s »%s« finns inte i skalan »%s«"),
               goal, what, id, styr_scale_get_id (scale));
  return FALSE;
}

/**
 * styr_goal_set_assessment:
 * @self: a [class@Styr.Goal]
 * @assessment: an assessment of @self
 * @error: return location for a [struct@GLib.Error]
 *
 * Stores @assessment as the assessment (*bedömning*) of @self at its
 * [property@Styr.Assessment:occasion], replacing the assessment @self had
 * for that occasion, and emits [signal@Styr.Goal::assessment-changed].
 * Storing the assessment that is already stored changes nothing.
 *
 * Fails, changing nothing, with
 *
 * - %STYR_ERROR_INVALID_ARGUMENT if @assessment was made for another goal
 *   ([property@Styr.Assessment:goal]) or for no occasion;
 * - %STYR_ERROR_WRONG_MODEL if @self is not in a model;
 * - %STYR_ERROR_NOT_FOUND if the occasion is not in the model's calendar
 *   ([method@Styr.Model.get_calendar]), or if the
 *   [property@Styr.Assessment:level-id] or the
 *   [property@Styr.Assessment:prognosis-id], when set, names no level of
 *   the model's scale ([property@Styr.Model:scale]).
 *
 * The identifiers are checked only here: a later change of the stored
 * assessment, or of the model's scale, may leave identifiers the scale
 * lacks, which [method@Styr.Model.validate] reports. An occasion taken
 * out of the calendar later keeps its assessments until they are removed
 * with [method@Styr.Goal.remove_assessment].
 *
 * Returns: %TRUE if the assessment was stored
 *
 * Since: 1.0
 */
gboolean
styr_goal_set_assessment (StyrGoal        *self,
                          StyrAssessment  *assessment,
                          GError         **error)
{
  StyrOccasion *occasion;
  StyrCalendar *calendar;
  StyrScale *scale;
  StyrModel *model;
  guint position;

  g_return_val_if_fail (STYR_IS_GOAL (self), FALSE);
  g_return_val_if_fail (STYR_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (styr_assessment_get_goal (assessment) != self)
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      StyrGoal *other = styr_assessment_get_goal (assessment);

      if (other != NULL)
        {
          g_autofree char *which = _styr_entity_describe (STYR_ENTITY (other));

          g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                       _("Bedömningen gäller %s och kan inte sparas för %s"),
                       which, what);
        }
      else
        g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                     _("Bedömningen gäller inget mål och kan inte sparas för %s"),
                     what);
      return FALSE;
    }

  occasion = styr_assessment_get_occasion (assessment);
  if (occasion == NULL)
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));

      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Bedömningen av %s gäller inget uppföljningstillfälle"), what);
      return FALSE;
    }

  if (!_styr_entity_check_same_model (STYR_ENTITY (self), NULL, error))
    return FALSE;

  model = styr_entity_get_model (STYR_ENTITY (self));
  calendar = styr_model_get_calendar (model);
  if (styr_calendar_lookup_occasion (calendar, styr_occasion_get_id (occasion)) != occasion)
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *when = describe_occasion (occasion);

      g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                   _("Bedömningen av %s kan inte sparas: uppföljningstillfället %s finns inte i modellens årshjul"),
                   what, when);
      return FALSE;
    }

  scale = styr_model_get_scale (model);
  /* Translators: "nivån" (the level) and "prognosen" (the forecast) name
   * what a level identifier of an assessment stands for */
  if (!check_level_id (self, scale, styr_assessment_get_level_id (assessment), _("nivån"), error) ||
      !check_level_id (self, scale, styr_assessment_get_prognosis_id (assessment), _("prognosen"), error))
    return FALSE;

  ensure_assessments (self);

  if (find_assessment (self, occasion, &position))
    {
      StyrAssessment *old = g_ptr_array_index (self->assessment_items, position);

      if (old == assessment)
        return TRUE;

      _styr_assessment_set_stored (old, FALSE);
      /* The array's reference to @old goes after the store's. */
      g_ptr_array_index (self->assessment_items, position) = g_object_ref (assessment);
      if (self->assessments != NULL)
        g_list_store_splice (self->assessments, position, 1, (gpointer *) &assessment, 1);
      g_object_unref (old);
    }
  else
    {
      /* Before the first assessment of a later occasion. */
      for (position = 0; position < self->assessment_items->len; position++)
        if (compare_assessments (g_ptr_array_index (self->assessment_items, position),
                                 assessment, NULL) > 0)
          break;
      g_ptr_array_insert (self->assessment_items, (int) position, g_object_ref (assessment));
      if (self->assessments != NULL)
        g_list_store_insert (self->assessments, position, assessment);
    }

  _styr_assessment_set_stored (assessment, TRUE);
  _styr_follow_up_assessment_changed (self, occasion);
  g_signal_emit (self, signals[ASSESSMENT_CHANGED], 0, occasion);

  return TRUE;
}

/* For the loader: whether an assessment of @self at @occasion would come
 * after every assessment @self has, in calendar order; then @self has
 * none at @occasion. */
gboolean
_styr_goal_assessment_goes_last (StyrGoal     *self,
                                 StyrOccasion *occasion)
{
  StyrAssessment *last;
  guint n;

  if (self->assessment_items == NULL)
    return TRUE;
  n = self->assessment_items->len;
  if (n == 0)
    return TRUE;

  last = g_ptr_array_index (self->assessment_items, n - 1);
  return compare_occasions (styr_assessment_get_occasion (last), occasion) < 0;
}

/* For the loader, which builds a model nobody observes yet: stores
 * @assessment, made for @self (in a model) at an occasion of the model's
 * calendar that _styr_goal_assessment_goes_last() accepted, after the
 * assessments of @self, without emitting StyrGoal::assessment-changed.
 * Its level identifiers are checked as styr_goal_set_assessment() does;
 * nothing is stored when they fail. */
gboolean
_styr_goal_append_assessment (StyrGoal        *self,
                              StyrAssessment  *assessment,
                              GError         **error)
{
  StyrScale *scale = styr_model_get_scale (styr_entity_get_model (STYR_ENTITY (self)));
  const char *level_id = styr_assessment_get_level_id (assessment);
  const char *prognosis_id = styr_assessment_get_prognosis_id (assessment);

  g_assert (styr_assessment_get_goal (assessment) == self);

  /* The messages are translated only when an identifier is unknown. */
  if ((level_id != NULL && styr_scale_lookup_level (scale, level_id) == NULL &&
       !check_level_id (self, scale, level_id, _("nivån"), error)) ||
      (prognosis_id != NULL && styr_scale_lookup_level (scale, prognosis_id) == NULL &&
       !check_level_id (self, scale, prognosis_id, _("prognosen"), error)))
    return FALSE;

  ensure_assessments (self);
  g_ptr_array_add (self->assessment_items, g_object_ref (assessment));
  if (self->assessments != NULL)
    g_list_store_append (self->assessments, assessment);
  _styr_assessment_set_stored (assessment, TRUE);
  return TRUE;
}

/**
 * styr_goal_lookup_assessment:
 * @self: a [class@Styr.Goal]
 * @occasion: a follow-up occasion
 *
 * Looks up the assessment of @self at @occasion.
 *
 * Returns: (transfer none) (nullable): the assessment, or %NULL if @self
 *   has none for @occasion
 *
 * Since: 1.0
 */
StyrAssessment *
styr_goal_lookup_assessment (StyrGoal     *self,
                             StyrOccasion *occasion)
{
  guint position;

  g_return_val_if_fail (STYR_IS_GOAL (self), NULL);
  g_return_val_if_fail (STYR_IS_OCCASION (occasion), NULL);

  if (!find_assessment (self, occasion, &position))
    return NULL;

  /* The array keeps its own reference; hand out a borrowed pointer. */
  return g_ptr_array_index (self->assessment_items, position);
}

/**
 * styr_goal_remove_assessment:
 * @self: a [class@Styr.Goal]
 * @occasion: a follow-up occasion
 * @error: return location for a [struct@GLib.Error]
 *
 * Removes the assessment of @self at @occasion and emits
 * [signal@Styr.Goal::assessment-changed]. The goal is then not assessed
 * (*ej bedömd*) at @occasion. This is also how the assessments of an
 * occasion that was taken out of the calendar go.
 *
 * Fails with %STYR_ERROR_NOT_FOUND if @self has no assessment for
 * @occasion; nothing changes then.
 *
 * Returns: %TRUE if the assessment was removed
 *
 * Since: 1.0
 */
gboolean
styr_goal_remove_assessment (StyrGoal      *self,
                             StyrOccasion  *occasion,
                             GError       **error)
{
  g_autoptr(StyrOccasion) keep = NULL;
  guint position;

  g_return_val_if_fail (STYR_IS_GOAL (self), FALSE);
  g_return_val_if_fail (STYR_IS_OCCASION (occasion), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!find_assessment (self, occasion, &position))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (self));
      g_autofree char *when = describe_occasion (occasion);

      g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                   _("%s har ingen bedömning för uppföljningstillfället %s"),
                   what, when);
      return FALSE;
    }

  _styr_assessment_set_stored (g_ptr_array_index (self->assessment_items, position), FALSE);

  /* The assessment may hold the last reference to the occasion. */
  keep = g_object_ref (occasion);
  if (self->assessments != NULL)
    g_list_store_remove (self->assessments, position);
  g_ptr_array_remove_index (self->assessment_items, position);
  _styr_follow_up_assessment_changed (self, occasion);
  g_signal_emit (self, signals[ASSESSMENT_CHANGED], 0, occasion);

  return TRUE;
}

/**
 * styr_goal_get_assessments:
 * @self: a [class@Styr.Goal]
 *
 * Gets the assessments of @self, one per occasion, in the order of the
 * occasions' periods, as in the calendar
 * ([method@Styr.Calendar.get_occasions]). The list model is live: it follows
 * [method@Styr.Goal.set_assessment] and
 * [method@Styr.Goal.remove_assessment].
 *
 * Returns: (transfer none): a list model of [class@Styr.Assessment]
 *
 * Since: 1.0
 */
GListModel *
styr_goal_get_assessments (StyrGoal *self)
{
  g_return_val_if_fail (STYR_IS_GOAL (self), NULL);

  if (self->assessments == NULL)
    {
      self->assessments = g_list_store_new (STYR_TYPE_ASSESSMENT);
      if (self->assessment_items != NULL && self->assessment_items->len > 0)
        g_list_store_splice (self->assessments, 0, 0, self->assessment_items->pdata,
                             self->assessment_items->len);
    }

  return G_LIST_MODEL (self->assessments);
}

/* The lists of @self as it keeps them, for the follow-up, which reads
 * them for every goal it grades (styr-follow-up.c). */
const StyrRefList *
_styr_goal_peek_parents (StyrGoal *self)
{
  return &self->parents;
}

const StyrRefList *
_styr_goal_peek_children (StyrGoal *self)
{
  return &self->children;
}

const StyrRefList *
_styr_goal_peek_indicators (StyrGoal *self)
{
  return &self->indicators;
}

/* The activities that serve @self and its focus areas, as it keeps them,
 * for the report, which reads them for every goal in it
 * (styr-report-build.c): the public getters make a list model per goal. */
const StyrRefList *
_styr_goal_peek_activities (StyrGoal *self)
{
  return &self->activities;
}

const StyrRefList *
_styr_goal_peek_focus_areas (StyrGoal *self)
{
  return &self->focus_areas;
}

/* The goals below @self, as styr_goal_get_descendants() lists them, in an
 * array of unowned pointers rather than a new list model: for the
 * follow-up's counts under a council goal, made for every report. */
GPtrArray *
_styr_goal_collect_descendants (StyrGoal *self)
{
  return collect_reachable (self, FALSE);
}
