/* styr-goal-status.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-goal-status.h"
#include "styr-follow-up-private.h"

/**
 * StyrGoalStatus:
 *
 * The status of one goal at the period of a [class@Styr.FollowUp]: the
 * **proposed** level the roll-up rule computes from the evidence, beside
 * the level the board **assessed**, its prognosis and the trend.
 *
 * A status is owned by its follow-up and got with
 * [method@Styr.FollowUp.get_status]; it is the same object for the life of
 * the follow-up, and its read-only properties are notified when a change
 * in the model changes them, so that a view can bind to them:
 *
 * ```python
 * status = follow_up.get_status(goal)
 * status.bind_property("differs", warning_icon, "visible",
 *                      GObject.BindingFlags.SYNC_CREATE)
 * if status.props.proposed_level is not None:
 *     print(status.props.proposed_level.props.label)
 * ```
 *
 * Since: 1.0
 */

struct _StyrGoalStatus
{
  GObject parent_instance;

  StyrGoal       *goal;             /* ref */
  StyrScaleLevel *proposed_level;   /* ref, nullable */
  double          proposed_score;   /* NaN when none */
  StyrScaleLevel *assessed_level;   /* ref, nullable */
  StyrScaleLevel *prognosis_level;  /* ref, nullable */
  gboolean        differs;
  StyrTrend       trend;
};

G_DEFINE_FINAL_TYPE (StyrGoalStatus, styr_goal_status, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_GOAL,
  PROP_PROPOSED_LEVEL,
  PROP_PROPOSED_SCORE,
  PROP_ASSESSED_LEVEL,
  PROP_PROGNOSIS_LEVEL,
  PROP_DIFFERS,
  PROP_TREND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_goal_status_finalize (GObject *object)
{
  StyrGoalStatus *self = (StyrGoalStatus *) object;

  g_clear_object (&self->goal);
  g_clear_object (&self->proposed_level);
  g_clear_object (&self->assessed_level);
  g_clear_object (&self->prognosis_level);

  G_OBJECT_CLASS (styr_goal_status_parent_class)->finalize (object);
}

static void
styr_goal_status_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  StyrGoalStatus *self = STYR_GOAL_STATUS (object);

  switch (prop_id)
    {
    case PROP_GOAL:
      g_value_set_object (value, self->goal);
      break;

    case PROP_PROPOSED_LEVEL:
      g_value_set_object (value, self->proposed_level);
      break;

    case PROP_PROPOSED_SCORE:
      g_value_set_double (value, self->proposed_score);
      break;

    case PROP_ASSESSED_LEVEL:
      g_value_set_object (value, self->assessed_level);
      break;

    case PROP_PROGNOSIS_LEVEL:
      g_value_set_object (value, self->prognosis_level);
      break;

    case PROP_DIFFERS:
      g_value_set_boolean (value, self->differs);
      break;

    case PROP_TREND:
      g_value_set_enum (value, self->trend);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_goal_status_class_init (StyrGoalStatusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styr_goal_status_finalize;
  object_class->get_property = styr_goal_status_get_property;

  /**
   * StyrGoalStatus:goal: (getter get_goal)
   *
   * The goal this is the status of.
   *
   * Since: 1.0
   */
  properties[PROP_GOAL] =
    g_param_spec_object ("goal", NULL, NULL,
                         STYR_TYPE_GOAL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * StyrGoalStatus:proposed-level: (getter get_proposed_level)
   *
   * The proposed status (*förslag*): the level of the model's scale
   * nearest to [property@Styr.GoalStatus:proposed-score], or %NULL when
   * the goal is not assessed (*ej bedömd*) because it has no evidence or
   * its roll-up rule is unknown.
   *
   * Since: 1.0
   */
  properties[PROP_PROPOSED_LEVEL] =
    g_param_spec_object ("proposed-level", NULL, NULL,
                         STYR_TYPE_SCALE_LEVEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrGoalStatus:proposed-score: (getter get_proposed_score)
   *
   * The score (0.0–1.0) the roll-up rule computed from the evidence, or
   * NaN when there is none.
   *
   * Since: 1.0
   */
  properties[PROP_PROPOSED_SCORE] =
    g_param_spec_double ("proposed-score", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrGoalStatus:assessed-level: (getter get_assessed_level)
   *
   * The level the board assessed at the follow-up's occasion
   * ([method@Styr.Assessment.get_level]), or %NULL when there is no
   * occasion, no assessment, or no level in it.
   *
   * Since: 1.0
   */
  properties[PROP_ASSESSED_LEVEL] =
    g_param_spec_object ("assessed-level", NULL, NULL,
                         STYR_TYPE_SCALE_LEVEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrGoalStatus:prognosis-level: (getter get_prognosis_level)
   *
   * The forecast of the year-end fulfilment (*prognos*) in the assessment
   * at the follow-up's occasion ([method@Styr.Assessment.get_prognosis]),
   * or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_PROGNOSIS_LEVEL] =
    g_param_spec_object ("prognosis-level", NULL, NULL,
                         STYR_TYPE_SCALE_LEVEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrGoalStatus:differs: (getter get_differs)
   *
   * Whether the proposed and the assessed level are both set and are not
   * the same level: the report should show both.
   *
   * Since: 1.0
   */
  properties[PROP_DIFFERS] =
    g_param_spec_boolean ("differs", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrGoalStatus:trend: (getter get_trend)
   *
   * The trend of the goal: the trend ([method@Styr.Indicator.get_trend])
   * of the first of its indicators, in link order, that has one; no data
   * when none has.
   *
   * Since: 1.0
   */
  properties[PROP_TREND] =
    g_param_spec_enum ("trend", NULL, NULL,
                       STYR_TYPE_TREND, STYR_TREND_NO_DATA,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_goal_status_init (StyrGoalStatus *self)
{
  self->proposed_score = NAN;
  self->trend = STYR_TREND_NO_DATA;
}

StyrGoalStatus *
_styr_goal_status_new (StyrGoal *goal)
{
  StyrGoalStatus *self = g_object_new (STYR_TYPE_GOAL_STATUS, NULL);

  self->goal = g_object_ref (goal);
  return self;
}

static gboolean
same_level (StyrScaleLevel *a,
            StyrScaleLevel *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  return g_strcmp0 (styr_scale_level_get_id (a), styr_scale_level_get_id (b)) == 0;
}

static gboolean
set_level (StyrGoalStatus  *self,
           StyrScaleLevel **field,
           StyrScaleLevel  *level,
           guint            prop)
{
  if (*field == level)
    return FALSE;
  g_set_object (field, level);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  return TRUE;
}

/* Sets every computed value at once, notifying those that changed after
 * all are set. Returns whether anything changed. */
gboolean
_styr_goal_status_update (StyrGoalStatus *self,
                          StyrScaleLevel *proposed_level,
                          double          proposed_score,
                          StyrScaleLevel *assessed_level,
                          StyrScaleLevel *prognosis_level,
                          StyrTrend       trend)
{
  GObject *object = G_OBJECT (self);
  gboolean changed = FALSE;
  gboolean differs;

  g_object_freeze_notify (object);

  changed |= set_level (self, &self->proposed_level, proposed_level, PROP_PROPOSED_LEVEL);
  if (!(isnan (proposed_score) && isnan (self->proposed_score)) &&
      proposed_score != self->proposed_score)
    {
      self->proposed_score = proposed_score;
      g_object_notify_by_pspec (object, properties[PROP_PROPOSED_SCORE]);
      changed = TRUE;
    }
  changed |= set_level (self, &self->assessed_level, assessed_level, PROP_ASSESSED_LEVEL);
  changed |= set_level (self, &self->prognosis_level, prognosis_level, PROP_PROGNOSIS_LEVEL);

  differs = proposed_level != NULL && assessed_level != NULL &&
            !same_level (proposed_level, assessed_level);
  if (differs != self->differs)
    {
      self->differs = differs;
      g_object_notify_by_pspec (object, properties[PROP_DIFFERS]);
      changed = TRUE;
    }
  if (trend != self->trend)
    {
      self->trend = trend;
      g_object_notify_by_pspec (object, properties[PROP_TREND]);
      changed = TRUE;
    }

  g_object_thaw_notify (object);

  return changed;
}

/**
 * styr_goal_status_get_goal:
 * @self: a [class@Styr.GoalStatus]
 *
 * Gets the goal this is the status of.
 *
 * Returns: (transfer none): the goal
 *
 * Since: 1.0
 */
StyrGoal *
styr_goal_status_get_goal (StyrGoalStatus *self)
{
  g_return_val_if_fail (STYR_IS_GOAL_STATUS (self), NULL);

  return self->goal;
}

/**
 * styr_goal_status_get_proposed_level:
 * @self: a [class@Styr.GoalStatus]
 *
 * Gets the [property@Styr.GoalStatus:proposed-level].
 *
 * Returns: (transfer none) (nullable): the proposed level, or %NULL when
 *   the goal is not assessed in the roll-up
 *
 * Since: 1.0
 */
StyrScaleLevel *
styr_goal_status_get_proposed_level (StyrGoalStatus *self)
{
  g_return_val_if_fail (STYR_IS_GOAL_STATUS (self), NULL);

  return self->proposed_level;
}

/**
 * styr_goal_status_get_proposed_score:
 * @self: a [class@Styr.GoalStatus]
 *
 * Gets the [property@Styr.GoalStatus:proposed-score].
 *
 * Returns: the score, 0.0–1.0, or NaN when there is none
 *
 * Since: 1.0
 */
double
styr_goal_status_get_proposed_score (StyrGoalStatus *self)
{
  g_return_val_if_fail (STYR_IS_GOAL_STATUS (self), NAN);

  return self->proposed_score;
}

/**
 * styr_goal_status_get_assessed_level:
 * @self: a [class@Styr.GoalStatus]
 *
 * Gets the [property@Styr.GoalStatus:assessed-level].
 *
 * Returns: (transfer none) (nullable): the assessed level, or %NULL
 *
 * Since: 1.0
 */
StyrScaleLevel *
styr_goal_status_get_assessed_level (StyrGoalStatus *self)
{
  g_return_val_if_fail (STYR_IS_GOAL_STATUS (self), NULL);

  return self->assessed_level;
}

/**
 * styr_goal_status_get_prognosis_level:
 * @self: a [class@Styr.GoalStatus]
 *
 * Gets the [property@Styr.GoalStatus:prognosis-level].
 *
 * Returns: (transfer none) (nullable): the forecast level, or %NULL
 *
 * Since: 1.0
 */
StyrScaleLevel *
styr_goal_status_get_prognosis_level (StyrGoalStatus *self)
{
  g_return_val_if_fail (STYR_IS_GOAL_STATUS (self), NULL);

  return self->prognosis_level;
}

/**
 * styr_goal_status_get_differs:
 * @self: a [class@Styr.GoalStatus]
 *
 * Gets the [property@Styr.GoalStatus:differs].
 *
 * Returns: %TRUE if the proposed and the assessed level are both set and
 *   differ
 *
 * Since: 1.0
 */
gboolean
styr_goal_status_get_differs (StyrGoalStatus *self)
{
  g_return_val_if_fail (STYR_IS_GOAL_STATUS (self), FALSE);

  return self->differs;
}

/**
 * styr_goal_status_get_trend:
 * @self: a [class@Styr.GoalStatus]
 *
 * Gets the [property@Styr.GoalStatus:trend].
 *
 * Returns: the trend
 *
 * Since: 1.0
 */
StyrTrend
styr_goal_status_get_trend (StyrGoalStatus *self)
{
  g_return_val_if_fail (STYR_IS_GOAL_STATUS (self), STYR_TREND_NO_DATA);

  return self->trend;
}
