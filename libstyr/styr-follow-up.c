/* styr-follow-up.c — the proposed status of goals, rolled up from evidence.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-error.h"
#include "styr-assessment.h"
#include "styr-follow-up.h"
#include "styr-follow-up-private.h"

/**
 * StyrFollowUp:
 *
 * The follow-up (*uppföljning*) of a model at one period: for every goal a
 * **proposed status** computed from the evidence by a named roll-up rule,
 * kept beside the board's **assessment** ([class@Styr.Assessment]), as
 * [class@Styr.GoalStatus] objects a view can bind to. The follow-up only
 * reads the model; it caches what it computes and, when the model changes,
 * recomputes only what depends on the change.
 *
 * ## The proposed status
 *
 * The evidence of a goal is
 *
 * - the grade of each of its indicators for the period
 *   ([method@Styr.Indicator.grade]) as a score: green 1.0, yellow 0.5,
 *   red 0.0; indicators that are not assessed are left out;
 * - for each child goal, the score of the level the board assessed it at
 *   at the follow-up's occasion when there is such an assessment with a
 *   level, otherwise the child's own proposed score (if any).
 *
 * A goal without evidence is not assessed (*ej bedömd*). Otherwise its
 * roll-up rule ([property@Styr.Goal:rollup-rule], or the model's
 * [property@Styr.Model:rollup-rule]) combines the scores into the
 * [property@Styr.GoalStatus:proposed-score], and the
 * [property@Styr.GoalStatus:proposed-level] is the level of the model's
 * scale whose score is nearest; when two levels are equally near, the
 * **better** one. With the three-level scale (1.0, 0.5, 0.0) this is
 * exactly the usual reading: a score of at least 0.75 is *uppfyllt*, at
 * least 0.25 *delvis uppfyllt*, below that *ej uppfyllt*. With Jönköping's
 * five levels (1.0, 0.75, 0.5, 0.25, 0.0) the bounds are 0.875, 0.625,
 * 0.375 and 0.125: a weighted mean of 0.75 (say two green indicators and
 * one yellow… or one green, one yellow) is *bedöms kunna uppnås* rather
 * than *uppnått*, and 0.5 is *osäkert*. A goal whose rule is unknown is not
 * assessed.
 *
 * ## Roll-up rules
 *
 * | name | rule |
 * |------|------|
 * | `viktat-medel` | the weighted mean of the scores, every weight 1 (the default) |
 * | `samsta` | the worst score (worst-of) |
 * | `alla-grona` | all must be green: 1.0 if every score is 1.0, else 0.0 if any is 0.0, else 0.5 |
 * | `andel-barn` | the share of the scores that are 1.0 (fully fulfilled) |
 *
 * An application adds its own with [method@Styr.FollowUp.register_rule].
 *
 * ## Trend
 *
 * The [property@Styr.GoalStatus:trend] of a goal is the trend
 * ([method@Styr.Indicator.get_trend]) of the first of its indicators, in
 * link order, that has one: the indicator the board put first is its
 * headline measure. No mean is taken: a mean of arrows hides the one that
 * matters. A goal without indicators (most council goals) has no trend.
 *
 * ## Changes
 *
 * The follow-up listens to the model: measurements, targets and
 * comparison values of indicators, assessments, links between goals and
 * indicators, the goals' and the model's roll-up rule, the scale, and
 * goals entering and leaving the model. A change marks only the goals it
 * affects and their ancestors, which are recomputed at once; each
 * [class@Styr.GoalStatus] whose values change notifies its properties,
 * and [signal@Styr.FollowUp::status-changed] is emitted. The occasion is
 * looked up in the calendar when the follow-up is made.
 *
 * ```python
 * fu = Styr.FollowUp.new(model, Styr.Period.parse("2025-T2"))
 * for goal in model.get_goals_at_level(Styr.GoalLevel.COUNCIL):
 *     s = fu.get_status(goal)
 *     print(goal.props.title,
 *           s.props.proposed_level and s.props.proposed_level.props.label,
 *           s.props.assessed_level and s.props.assessed_level.props.label)
 *     print("  ", fu.format_distribution(goal))
 * ```
 *
 * Since: 1.0
 */

#define EPSILON 1e-9

typedef struct
{
  char           *name;
  StyrRollupFunc  func;
  gpointer        user_data;
  GDestroyNotify  destroy;
} Rule;

typedef struct
{
  StyrFollowUp   *self;
  StyrGoal       *goal;        /* ref */
  StyrGoalStatus *status;      /* owned */
  gboolean        dirty;
  /* What a parent rolls up from this goal: the assessed level's score,
   * or else the proposed score; NaN for neither. Set by compute_goal(). */
  double          parent_score;
  /* The states of the goal's children, unowned, in the goal's order, as
   * of links generation child_generation; NULL until first needed. A
   * parent re-grading after one change reads its children's scores from
   * here instead of looking each child up. */
  GPtrArray      *child_states;
  guint           child_generation;
} GoalState;

typedef struct
{
  StyrFollowUp  *self;
  StyrIndicator *indicator;   /* ref */
  gboolean       valid;
  StyrGrade      grade;
  StyrTrend      trend;
} IndicatorState;

struct _StyrFollowUp
{
  GObject parent_instance;

  StyrModel    *model;          /* ref; construct-only */
  StyrPeriod   *period;         /* owned; construct-only */
  StyrOccasion *occasion;       /* ref; nullable */
  StyrScale    *scale;          /* ref; the scale whose levels are watched */
  GListModel   *goal_list;      /* the model's goals, connected */
  GListModel   *indicator_list; /* the model's indicators, connected */

  GHashTable   *rules;          /* name → Rule */
  GHashTable   *goals;          /* StyrGoal → GoalState */
  GHashTable   *indicators;     /* StyrIndicator → IndicatorState */
  GPtrArray    *pending;        /* StyrGoal marked dirty, not yet recomputed */
  GListStore   *uncovered;      /* StyrGoal */
  /* The levels of the model's scale, best first, referenced, as they
   * were when the scale levels_scale had levels->len of them
   * (scale_levels()). Every goal's grading reads the levels, and reading
   * them through the scale's list model takes and drops a reference to
   * each level every time. A scale only grows (styr_scale_add_level()),
   * and on_levels_changed() empties this as well. */
  StyrScale    *levels_scale;   /* ref; nullable */
  GPtrArray    *levels;         /* StyrScaleLevel, ref */

  guint         n_computations;
  gboolean      flushing;
  /* Goes up whenever goal states come or go or a goal's links change:
   * GoalState.child_states of an older generation are made again. */
  guint         generation;
};

G_DEFINE_FINAL_TYPE (StyrFollowUp, styr_follow_up, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_PERIOD,
  PROP_OCCASION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  STATUS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Built-in rules ------------------------------------------------------------ */

static double
rule_weighted_mean (const double *scores,
                    gsize         n_scores,
                    gpointer      user_data)
{
  double sum = 0.0;

  for (gsize i = 0; i < n_scores; i++)
    sum += scores[i];
  return sum / n_scores;
}

static double
rule_worst (const double *scores,
            gsize         n_scores,
            gpointer      user_data)
{
  double worst = scores[0];

  for (gsize i = 1; i < n_scores; i++)
    worst = MIN (worst, scores[i]);
  return worst;
}

static double
rule_all_green (const double *scores,
                gsize         n_scores,
                gpointer      user_data)
{
  gboolean all_green = TRUE;

  for (gsize i = 0; i < n_scores; i++)
    {
      if (scores[i] <= EPSILON)
        return 0.0;
      if (scores[i] < 1.0 - EPSILON)
        all_green = FALSE;
    }
  return all_green ? 1.0 : 0.5;
}

static double
rule_share_green (const double *scores,
                  gsize         n_scores,
                  gpointer      user_data)
{
  gsize n_green = 0;

  for (gsize i = 0; i < n_scores; i++)
    if (scores[i] >= 1.0 - EPSILON)
      n_green++;
  return (double) n_green / n_scores;
}

static const struct
{
  const char     *name;
  StyrRollupFunc  func;
} builtin_rules[] = {
  { "viktat-medel", rule_weighted_mean },
  { "samsta",       rule_worst },
  { "alla-grona",   rule_all_green },
  { "andel-barn",   rule_share_green },
};

gboolean
_styr_follow_up_is_builtin_rule (const char *name)
{
  if (name == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (builtin_rules); i++)
    if (strcmp (builtin_rules[i].name, name) == 0)
      return TRUE;
  return FALSE;
}

static void
rule_free (gpointer data)
{
  Rule *rule = data;

  if (rule->destroy != NULL)
    rule->destroy (rule->user_data);
  g_free (rule->name);
  g_free (rule);
}

static void
add_rule (StyrFollowUp   *self,
          const char     *name,
          StyrRollupFunc  func,
          gpointer        user_data,
          GDestroyNotify  destroy)
{
  Rule *rule = g_new0 (Rule, 1);

  rule->name = g_strdup (name);
  rule->func = func;
  rule->user_data = user_data;
  rule->destroy = destroy;
  g_hash_table_insert (self->rules, rule->name, rule);
}

/* States -------------------------------------------------------------------- */

static void invalidate_goal      (StyrFollowUp *self,
                                  StyrGoal     *goal);
static void flush                (StyrFollowUp *self);
static void refresh_uncovered    (StyrFollowUp *self);

static gboolean
occasion_matches (StyrFollowUp *self,
                  StyrOccasion *occasion)
{
  if (self->occasion == NULL || occasion == NULL)
    return FALSE;
  if (occasion == self->occasion)
    return TRUE;
  return g_strcmp0 (styr_occasion_get_id (occasion), styr_occasion_get_id (self->occasion)) == 0 &&
         styr_period_equal (styr_occasion_get_period (occasion), styr_occasion_get_period (self->occasion));
}

static void
on_assessment_changed (StyrGoal     *goal,
                       StyrOccasion *occasion,
                       GoalState    *state)
{
  if (!occasion_matches (state->self, occasion))
    return;
  invalidate_goal (state->self, goal);
  flush (state->self);
}

static GoalState *
goal_state_new (StyrFollowUp *self,
                StyrGoal     *goal)
{
  GoalState *state = g_new0 (GoalState, 1);

  state->self = self;
  state->goal = g_object_ref (goal);
  state->status = _styr_goal_status_new (goal);
  state->dirty = FALSE;
  state->parent_score = NAN;

  /* No handler: assessments, the children and indicator lists and the
   * roll-up rule reach the follow-up through
   * _styr_follow_up_assessment_changed() and
   * _styr_follow_up_goal_links_changed(), called by the goal itself; the
   * lists are read where the goal keeps them (_styr_goal_peek_*()). */
  return state;
}

static void
goal_state_free (gpointer data)
{
  GoalState *state = data;

  g_clear_object (&state->status);
  g_clear_pointer (&state->child_states, g_ptr_array_unref);
  g_clear_object (&state->goal);
  g_free (state);
}

static void
on_indicator_changed (StyrIndicator  *indicator,
                      IndicatorState *state)
{
  StyrFollowUp *self = state->self;
  GListModel *goals = styr_indicator_get_goals (indicator);
  guint n = g_list_model_get_n_items (goals);

  state->valid = FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrGoal) goal = g_list_model_get_item (goals, i);

      invalidate_goal (self, goal);
    }
  flush (self);
}

/* The follow-ups of a model, for _styr_follow_up_indicator_changed(): a
 * GPtrArray of unowned StyrFollowUp on the model. */
static GQuark
follow_ups_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("styr-follow-ups");
  return quark;
}

static void
register_follow_up (StyrFollowUp *self)
{
  GPtrArray *all = g_object_get_qdata (G_OBJECT (self->model), follow_ups_quark ());

  if (all == NULL)
    {
      all = g_ptr_array_new ();
      g_object_set_qdata_full (G_OBJECT (self->model), follow_ups_quark (), all,
                               (GDestroyNotify) g_ptr_array_unref);
    }
  g_ptr_array_add (all, self);
}

static void
unregister_follow_up (StyrFollowUp *self)
{
  GPtrArray *all = g_object_get_qdata (G_OBJECT (self->model), follow_ups_quark ());

  if (all != NULL)
    g_ptr_array_remove (all, self);
}

/* The follow-ups of @model, referenced, for one notification: a handler
 * of a follow-up's own signals may make or drop follow-ups. NULL when the
 * model has none, the common case, at no cost. */
static GPtrArray *
snapshot_follow_ups (StyrModel *model)
{
  GPtrArray *all;
  GPtrArray *snapshot;

  if (model == NULL ||
      (all = g_object_get_qdata (G_OBJECT (model), follow_ups_quark ())) == NULL ||
      all->len == 0)
    return NULL;

  snapshot = g_ptr_array_new_full (all->len, g_object_unref);
  for (guint i = 0; i < all->len; i++)
    g_ptr_array_add (snapshot, g_object_ref (g_ptr_array_index (all, i)));
  return snapshot;
}

typedef void (*StateFunc) (StyrFollowUp *self,
                           gpointer      state,
                           gpointer      data);

/* Calls @func with the state each follow-up of @entity's model keeps for
 * @entity (a goal's in self->goals, an indicator's in self->indicators),
 * skipping follow-ups that do not watch it. */
static void
for_each_state (StyrEntity *entity,
                gboolean    is_goal,
                StateFunc   func,
                gpointer    data)
{
  StyrModel *model = styr_entity_get_model (entity);
  g_autoptr(GPtrArray) snapshot = snapshot_follow_ups (model);

  for (guint i = 0; snapshot != NULL && i < snapshot->len; i++)
    {
      StyrFollowUp *self = g_ptr_array_index (snapshot, i);
      GHashTable *table = is_goal ? self->goals : self->indicators;
      gpointer state = table != NULL ? g_hash_table_lookup (table, entity) : NULL;

      if (state != NULL && self->model == model)
        func (self, state, data);
    }
}

static void
indicator_changed_cb (StyrFollowUp *self,
                      gpointer      state,
                      gpointer      data)
{
  on_indicator_changed (data, state);
}

void
_styr_follow_up_indicator_changed (StyrIndicator *indicator)
{
  for_each_state (STYR_ENTITY (indicator), FALSE, indicator_changed_cb, indicator);
}

static void
assessment_changed_cb (StyrFollowUp *self,
                       gpointer      state,
                       gpointer      data)
{
  GoalState *goal_state = state;

  on_assessment_changed (goal_state->goal, data, goal_state);
}

void
_styr_follow_up_assessment_changed (StyrGoal     *goal,
                                    StyrOccasion *occasion)
{
  for_each_state (STYR_ENTITY (goal), TRUE, assessment_changed_cb, occasion);
}

static void
goal_links_changed_cb (StyrFollowUp *self,
                       gpointer      state,
                       gpointer      data)
{
  GoalState *goal_state = state;

  self->generation++;
  invalidate_goal (self, goal_state->goal);
  if (GPOINTER_TO_INT (data))
    refresh_uncovered (self);
  flush (self);
}

void
_styr_follow_up_goal_links_changed (StyrGoal *goal,
                                    gboolean  children)
{
  for_each_state (STYR_ENTITY (goal), TRUE, goal_links_changed_cb, GINT_TO_POINTER (children));
}

static void
indicator_state_free (gpointer data)
{
  IndicatorState *state = data;

  g_clear_object (&state->indicator);
  g_free (state);
}

static IndicatorState *
ensure_indicator (StyrFollowUp  *self,
                  StyrIndicator *indicator)
{
  IndicatorState *state = g_hash_table_lookup (self->indicators, indicator);

  if (state == NULL)
    {
      state = g_new0 (IndicatorState, 1);
      state->self = self;
      state->indicator = g_object_ref (indicator);
      g_hash_table_insert (self->indicators, indicator, state);

      /* No handler: the indicator calls
       * _styr_follow_up_indicator_changed() when a grading input changes. */
    }

  if (!state->valid)
    {
      state->grade = styr_indicator_grade (indicator, self->period);
      state->trend = styr_indicator_get_trend (indicator, self->period);
      state->valid = TRUE;
    }

  return state;
}

/* The grade and trend of @indicator at the follow-up's period, as cached
 * for grading: the report shows both for every indicator of every goal
 * and would otherwise work the trend out again (styr-report-build.c). */
void
_styr_follow_up_get_indicator_state (StyrFollowUp  *self,
                                     StyrIndicator *indicator,
                                     StyrGrade     *grade,
                                     StyrTrend     *trend)
{
  IndicatorState *state = ensure_indicator (self, indicator);

  *grade = state->grade;
  *trend = state->trend;
}

/* Invalidation and recomputation -------------------------------------------- */

/* Marks @goal and every goal above it dirty. A dirty goal's ancestors are
 * always dirty too, so the walk stops at goals already marked. */
static void
invalidate_goal (StyrFollowUp *self,
                 StyrGoal     *goal)
{
  GoalState *state = g_hash_table_lookup (self->goals, goal);
  const StyrRefList *parents;
  guint n;

  if (state == NULL || state->dirty)
    return;

  state->dirty = TRUE;
  g_ptr_array_add (self->pending, g_object_ref (goal));

  parents = _styr_goal_peek_parents (goal);
  n = _styr_ref_list_get_n (parents);
  for (guint i = 0; i < n; i++)
    invalidate_goal (self, _styr_ref_list_get (parents, i));
}

static void
invalidate_all (StyrFollowUp *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->goals);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GoalState *state = value;

      if (!state->dirty)
        {
          state->dirty = TRUE;
          g_ptr_array_add (self->pending, g_object_ref (state->goal));
        }
    }
}

/* The levels of the model's scale now, best first (see
 * StyrFollowUp.levels). */
static GPtrArray *
scale_levels (StyrFollowUp *self)
{
  StyrScale *scale = styr_model_get_scale (self->model);
  guint n = styr_scale_get_n_levels (scale);

  if (scale != self->levels_scale || n != self->levels->len)
    {
      g_set_object (&self->levels_scale, scale);
      g_ptr_array_set_size (self->levels, 0);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (self->levels, g_object_ref (styr_scale_get_level (scale, i)));
    }
  return self->levels;
}

/* styr_scale_lookup_level() on the model's scale. */
static StyrScaleLevel *
lookup_level (StyrFollowUp *self,
              const char   *id)
{
  GPtrArray *levels;

  if (id == NULL)
    return NULL;
  levels = scale_levels (self);
  for (guint i = 0; i < levels->len; i++)
    {
      StyrScaleLevel *level = g_ptr_array_index (levels, i);

      if (g_strcmp0 (styr_scale_level_get_id (level), id) == 0)
        return level;
    }
  return NULL;
}

/* The level an assessment's @id (its level or its prognosis) names, as
 * styr_assessment_get_level() and styr_assessment_get_prognosis() resolve
 * it: against the scale of its goal's model. */
static StyrScaleLevel *
assessment_level (StyrFollowUp   *self,
                  StyrAssessment *assessment,
                  const char     *id)
{
  StyrGoal *goal = styr_assessment_get_goal (assessment);
  StyrModel *model;

  if (id == NULL || goal == NULL)
    return NULL;
  model = styr_entity_get_model (STYR_ENTITY (goal));
  if (model == NULL)
    return NULL;
  if (model != self->model)
    return styr_scale_lookup_level (styr_model_get_scale (model), id);
  return lookup_level (self, id);
}

static StyrScaleLevel *
nearest_level (GPtrArray *levels,
               double     score)
{
  StyrScaleLevel *best = NULL;
  double best_distance = G_MAXDOUBLE;

  if (isnan (score))
    return NULL;

  /* Levels are best first: a later level must be strictly nearer, so a
   * tie goes to the better level. */
  for (guint i = 0; i < levels->len; i++)
    {
      StyrScaleLevel *level = g_ptr_array_index (levels, i);
      double distance = fabs (styr_scale_level_get_score (level) - score);

      if (best == NULL || distance < best_distance - EPSILON)
        {
          best = level;
          best_distance = distance;
        }
    }
  return best;
}

static const char *
effective_rule (StyrFollowUp *self,
                StyrGoal     *goal)
{
  const char *name = styr_goal_get_rollup_rule (goal);

  return name != NULL ? name : styr_model_get_rollup_rule (self->model);
}

static GoalState *ensure_goal (StyrFollowUp *self,
                               StyrGoal     *goal);

/* The scores a goal rolls up. A goal has a handful (its indicators and
 * children), and every goal of the model is graded when a follow-up is
 * made: they go on the stack, and on the heap only when there are many. */
typedef struct
{
  double *values;
  guint   len;
  guint   allocated;
  double  inline_values[8];
} Scores;

static void
scores_init (Scores *scores)
{
  scores->values = scores->inline_values;
  scores->len = 0;
  scores->allocated = G_N_ELEMENTS (scores->inline_values);
}

static void
scores_append (Scores *scores,
               double  score)
{
  if (scores->len == scores->allocated)
    {
      scores->allocated *= 2;
      if (scores->values == scores->inline_values)
        {
          scores->values = g_new (double, scores->allocated);
          memcpy (scores->values, scores->inline_values, sizeof scores->inline_values);
        }
      else
        scores->values = g_renew (double, scores->values, scores->allocated);
    }
  scores->values[scores->len++] = score;
}

static void
scores_clear (Scores *scores)
{
  if (scores->values != scores->inline_values)
    g_free (scores->values);
  scores_init (scores);
}

static void
compute_goal (StyrFollowUp *self,
              GoalState    *state)
{
  Scores scores;
  StyrGoal *goal = state->goal;
  StyrTrend trend = STYR_TREND_NO_DATA;
  StyrScaleLevel *assessed = NULL;
  StyrScaleLevel *prognosis = NULL;
  StyrScaleLevel *proposed;
  const StyrRefList *list;
  double score = NAN;
  Rule *rule;
  guint n, n_indicator_scores;

  scores_init (&scores);
  list = _styr_goal_peek_indicators (goal);
  n = _styr_ref_list_get_n (list);
  for (guint i = 0; i < n; i++)
    {
      StyrIndicator *indicator = _styr_ref_list_get (list, i);
      IndicatorState *is = ensure_indicator (self, indicator);
      double s;

      if (trend == STYR_TREND_NO_DATA)
        trend = is->trend;

      switch (is->grade)
        {
        case STYR_GRADE_GREEN:
          s = 1.0;
          break;
        case STYR_GRADE_YELLOW:
          s = 0.5;
          break;
        case STYR_GRADE_RED:
          s = 0.0;
          break;
        case STYR_GRADE_NOT_ASSESSED:
        default:
          continue;
        }
      scores_append (&scores, s);
    }

  /* The children's scores. A handler of the status-changed emission of
   * a child computed here may change the goals' links or the model's
   * goals (the generation goes up): the children are then gathered
   * again before any state of theirs is read. */
  n_indicator_scores = scores.len;
restart:
  /* A goal without children (most of them: the unit goals) gets no
   * array; it looks at its empty list again instead, which costs less. */
  if (state->child_states == NULL || state->child_generation != self->generation)
    {
      const StyrRefList *children = _styr_goal_peek_children (goal);

      if (state->child_states != NULL)
        g_ptr_array_set_size (state->child_states, 0);
      for (guint i = 0; i < _styr_ref_list_get_n (children); i++)
        {
          GoalState *cs = g_hash_table_lookup (self->goals, _styr_ref_list_get (children, i));

          if (cs == NULL)
            continue;
          if (state->child_states == NULL)
            state->child_states = g_ptr_array_new ();
          g_ptr_array_add (state->child_states, cs);
        }
      state->child_generation = self->generation;
    }
  for (guint i = 0; state->child_states != NULL && i < state->child_states->len; i++)
    {
      GoalState *cs = g_ptr_array_index (state->child_states, i);
      guint generation = self->generation;
      double s;

      if (cs->dirty)
        {
          compute_goal (self, cs);
          if (self->generation != generation)
            {
              scores.len = n_indicator_scores;
              goto restart;
            }
        }
      s = cs->parent_score;
      if (!isnan (s))
        scores_append (&scores, s);
    }

  rule = g_hash_table_lookup (self->rules, effective_rule (self, goal));
  if (rule != NULL && scores.len > 0)
    {
      score = rule->func (scores.values, scores.len, rule->user_data);
      if (!isnan (score))
        score = CLAMP (score, 0.0, 1.0);
    }
  scores_clear (&scores);
  proposed = nearest_level (scale_levels (self), score);

  if (self->occasion != NULL)
    {
      StyrAssessment *assessment = styr_goal_lookup_assessment (goal, self->occasion);

      if (assessment != NULL)
        {
          assessed = assessment_level (self, assessment, styr_assessment_get_level_id (assessment));
          prognosis = assessment_level (self, assessment, styr_assessment_get_prognosis_id (assessment));
        }
    }

  state->dirty = FALSE;
  state->parent_score = assessed != NULL ? styr_scale_level_get_score (assessed) : score;
  self->n_computations++;

  if (_styr_goal_status_update (state->status, proposed, score, assessed, prognosis, trend))
    g_signal_emit (self, signals[STATUS_CHANGED], 0, goal);
}

/* Returns the state of @goal, recomputed first if it is dirty (and, before
 * it, its dirty children). */
static GoalState *
ensure_goal (StyrFollowUp *self,
             StyrGoal     *goal)
{
  GoalState *state = g_hash_table_lookup (self->goals, goal);

  if (state != NULL && state->dirty)
    compute_goal (self, state);
  return state;
}

static void
flush (StyrFollowUp *self)
{
  if (self->flushing)
    return;

  self->flushing = TRUE;
  while (self->pending->len > 0)
    {
      g_autoptr(StyrGoal) goal = g_ptr_array_steal_index (self->pending, self->pending->len - 1);

      ensure_goal (self, goal);
    }
  self->flushing = FALSE;
}

/* Coverage ------------------------------------------------------------------ */

static gboolean
has_board_descendant (StyrGoal *goal)
{
  g_autoptr(GPtrArray) descendants = _styr_goal_collect_descendants (goal);

  for (guint i = 0; i < descendants->len; i++)
    if (styr_goal_get_level (g_ptr_array_index (descendants, i)) == STYR_GOAL_LEVEL_BOARD)
      return TRUE;
  return FALSE;
}

static void
refresh_uncovered (StyrFollowUp *self)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (self->goal_list);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->uncovered));
  gboolean same;

  for (guint i = 0; i < n; i++)
    {
      StyrGoal *goal = g_list_model_get_item (self->goal_list, i);

      if (styr_goal_get_level (goal) == STYR_GOAL_LEVEL_COUNCIL && !has_board_descendant (goal))
        g_ptr_array_add (found, goal);
      else
        g_object_unref (goal);
    }

  same = found->len == n_old;
  for (guint i = 0; same && i < n_old; i++)
    {
      g_autoptr(StyrGoal) old = g_list_model_get_item (G_LIST_MODEL (self->uncovered), i);

      same = old == g_ptr_array_index (found, i);
    }
  if (!same)
    g_list_store_splice (self->uncovered, 0, n_old, found->pdata, found->len);
}

/* Model signals ------------------------------------------------------------- */

static void
sync_goals (StyrFollowUp *self)
{
  guint n = g_list_model_get_n_items (self->goal_list);
  GHashTableIter iter;
  gpointer key;

  self->generation++;

  /* Goals that left the model. */
  g_hash_table_iter_init (&iter, self->goals);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (styr_entity_get_model (STYR_ENTITY (key)) != self->model)
      g_hash_table_iter_remove (&iter);
  for (guint i = self->pending->len; i > 0; i--)
    if (!g_hash_table_contains (self->goals, g_ptr_array_index (self->pending, i - 1)))
      g_ptr_array_remove_index (self->pending, i - 1);

  /* Goals that came. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrGoal) goal = g_list_model_get_item (self->goal_list, i);

      if (!g_hash_table_contains (self->goals, goal))
        {
          g_hash_table_insert (self->goals, goal, goal_state_new (self, goal));
          invalidate_goal (self, goal);
        }
    }
}

static void
on_goals_changed (GListModel   *list,
                  guint         position,
                  guint         removed,
                  guint         added,
                  StyrFollowUp *self)
{
  sync_goals (self);
  refresh_uncovered (self);
  flush (self);
}

static void
on_indicators_changed (GListModel   *list,
                       guint         position,
                       guint         removed,
                       guint         added,
                       StyrFollowUp *self)
{
  GHashTableIter iter;
  gpointer key;

  if (removed == 0)
    return;

  g_hash_table_iter_init (&iter, self->indicators);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (styr_entity_get_model (STYR_ENTITY (key)) != self->model)
      g_hash_table_iter_remove (&iter);
}

static void
on_levels_changed (GListModel   *list,
                   guint         position,
                   guint         removed,
                   guint         added,
                   StyrFollowUp *self)
{
  g_clear_object (&self->levels_scale);
  g_ptr_array_set_size (self->levels, 0);
  invalidate_all (self);
  flush (self);
}

static void
watch_scale (StyrFollowUp *self)
{
  StyrScale *scale = styr_model_get_scale (self->model);

  if (scale == self->scale)
    return;
  if (self->scale != NULL)
    g_signal_handlers_disconnect_by_data (styr_scale_get_levels (self->scale), self);
  g_set_object (&self->scale, scale);
  if (scale != NULL)
    g_signal_connect (styr_scale_get_levels (scale), "items-changed",
                      G_CALLBACK (on_levels_changed), self);
}

static void
on_model_scale_notify (StyrModel    *model,
                       GParamSpec   *pspec,
                       StyrFollowUp *self)
{
  watch_scale (self);
  invalidate_all (self);
  flush (self);
}

static void
on_model_rollup_rule_notify (StyrModel    *model,
                             GParamSpec   *pspec,
                             StyrFollowUp *self)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->goals);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (styr_goal_get_rollup_rule (key) == NULL)
      invalidate_goal (self, key);
  flush (self);
}

/* GObject ------------------------------------------------------------------- */

static void
styr_follow_up_constructed (GObject *object)
{
  StyrFollowUp *self = (StyrFollowUp *) object;

  G_OBJECT_CLASS (styr_follow_up_parent_class)->constructed (object);

  if (self->model == NULL || self->period == NULL)
    {
      g_critical ("A StyrFollowUp needs a model and a period");
      return;
    }

  self->occasion = styr_calendar_find_occasion (styr_model_get_calendar (self->model), self->period);
  if (self->occasion != NULL)
    g_object_ref (self->occasion);

  watch_scale (self);
  g_signal_connect (self->model, "notify::scale", G_CALLBACK (on_model_scale_notify), self);
  g_signal_connect (self->model, "notify::rollup-rule", G_CALLBACK (on_model_rollup_rule_notify), self);

  self->goal_list = g_object_ref (styr_model_get_goals (self->model));
  self->indicator_list = g_object_ref (styr_model_get_indicators (self->model));
  g_signal_connect (self->goal_list, "items-changed", G_CALLBACK (on_goals_changed), self);
  g_signal_connect (self->indicator_list, "items-changed", G_CALLBACK (on_indicators_changed), self);
  register_follow_up (self);

  sync_goals (self);
  refresh_uncovered (self);
  flush (self);
}

static void
styr_follow_up_dispose (GObject *object)
{
  StyrFollowUp *self = (StyrFollowUp *) object;

  if (self->model != NULL)
    unregister_follow_up (self);
  if (self->pending != NULL)
    g_ptr_array_set_size (self->pending, 0);
  g_hash_table_remove_all (self->goals);
  g_hash_table_remove_all (self->indicators);

  if (self->goal_list != NULL)
    g_signal_handlers_disconnect_by_data (self->goal_list, self);
  if (self->indicator_list != NULL)
    g_signal_handlers_disconnect_by_data (self->indicator_list, self);
  g_clear_object (&self->goal_list);
  g_clear_object (&self->indicator_list);
  if (self->scale != NULL)
    g_signal_handlers_disconnect_by_data (styr_scale_get_levels (self->scale), self);
  g_clear_object (&self->scale);
  g_clear_object (&self->levels_scale);
  if (self->levels != NULL)
    g_ptr_array_set_size (self->levels, 0);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_object (&self->occasion);
  if (self->uncovered != NULL)
    g_list_store_remove_all (self->uncovered);

  G_OBJECT_CLASS (styr_follow_up_parent_class)->dispose (object);
}

static void
styr_follow_up_finalize (GObject *object)
{
  StyrFollowUp *self = (StyrFollowUp *) object;

  g_clear_pointer (&self->period, styr_period_free);
  g_clear_pointer (&self->rules, g_hash_table_unref);
  g_clear_pointer (&self->goals, g_hash_table_unref);
  g_clear_pointer (&self->indicators, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->levels, g_ptr_array_unref);
  g_clear_object (&self->uncovered);

  G_OBJECT_CLASS (styr_follow_up_parent_class)->finalize (object);
}

static void
styr_follow_up_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  StyrFollowUp *self = STYR_FOLLOW_UP (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_PERIOD:
      g_value_set_boxed (value, self->period);
      break;

    case PROP_OCCASION:
      g_value_set_object (value, self->occasion);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_follow_up_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  StyrFollowUp *self = STYR_FOLLOW_UP (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      self->model = g_value_dup_object (value);
      break;

    case PROP_PERIOD:
      self->period = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_follow_up_class_init (StyrFollowUpClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = styr_follow_up_constructed;
  object_class->dispose = styr_follow_up_dispose;
  object_class->finalize = styr_follow_up_finalize;
  object_class->get_property = styr_follow_up_get_property;
  object_class->set_property = styr_follow_up_set_property;

  _styr_init_i18n ();

  /**
   * StyrFollowUp:model: (getter get_model)
   *
   * The model followed up. Set when the follow-up is made; required.
   *
   * Since: 1.0
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         STYR_TYPE_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrFollowUp:period: (getter get_period)
   *
   * The period followed up, e.g. `2025-T2` (cumulative: January–August).
   * Set when the follow-up is made; required.
   *
   * Since: 1.0
   */
  properties[PROP_PERIOD] =
    g_param_spec_boxed ("period", NULL, NULL,
                        STYR_TYPE_PERIOD,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrFollowUp:occasion: (getter get_occasion)
   *
   * The occasion of the model's calendar made per the period
   * ([method@Styr.Calendar.find_occasion]), whose assessments are the
   * assessed levels, or %NULL when the calendar has none; then no goal
   * has an assessed level.
   *
   * Since: 1.0
   */
  properties[PROP_OCCASION] =
    g_param_spec_object ("occasion", NULL, NULL,
                         STYR_TYPE_OCCASION,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * StyrFollowUp::status-changed:
   * @self: the follow-up
   * @goal: the goal whose status changed
   *
   * Emitted after the [class@Styr.GoalStatus] of @goal changed (and
   * notified its properties) because of a change in the model.
   *
   * Since: 1.0
   */
  signals[STATUS_CHANGED] =
    g_signal_new ("status-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STYR_TYPE_GOAL);
}

static void
styr_follow_up_init (StyrFollowUp *self)
{
  self->rules = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, rule_free);
  self->goals = g_hash_table_new_full (NULL, NULL, NULL, goal_state_free);
  self->indicators = g_hash_table_new_full (NULL, NULL, NULL, indicator_state_free);
  self->pending = g_ptr_array_new_with_free_func (g_object_unref);
  self->uncovered = g_list_store_new (STYR_TYPE_GOAL);
  self->levels = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (builtin_rules); i++)
    add_rule (self, builtin_rules[i].name, builtin_rules[i].func, NULL, NULL);
}

/* Public API ---------------------------------------------------------------- */

/**
 * styr_follow_up_new:
 * @model: the model to follow up
 * @period: the period, e.g. `2025-T2`
 *
 * Creates a follow-up of @model at @period and computes the status of
 * every goal.
 *
 * Returns: (transfer full): a new [class@Styr.FollowUp]
 *
 * Since: 1.0
 */
StyrFollowUp *
styr_follow_up_new (StyrModel        *model,
                    const StyrPeriod *period)
{
  g_return_val_if_fail (STYR_IS_MODEL (model), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  return g_object_new (STYR_TYPE_FOLLOW_UP,
                       "model", model,
                       "period", period,
                       NULL);
}

/**
 * styr_follow_up_get_model:
 * @self: a [class@Styr.FollowUp]
 *
 * Gets the model followed up.
 *
 * Returns: (transfer none): the model
 *
 * Since: 1.0
 */
StyrModel *
styr_follow_up_get_model (StyrFollowUp *self)
{
  g_return_val_if_fail (STYR_IS_FOLLOW_UP (self), NULL);

  return self->model;
}

/**
 * styr_follow_up_get_period:
 * @self: a [class@Styr.FollowUp]
 *
 * Gets the period followed up.
 *
 * Returns: (transfer none): the period
 *
 * Since: 1.0
 */
const StyrPeriod *
styr_follow_up_get_period (StyrFollowUp *self)
{
  g_return_val_if_fail (STYR_IS_FOLLOW_UP (self), NULL);

  return self->period;
}

/**
 * styr_follow_up_get_occasion:
 * @self: a [class@Styr.FollowUp]
 *
 * Gets the [property@Styr.FollowUp:occasion].
 *
 * Returns: (transfer none) (nullable): the occasion, or %NULL
 *
 * Since: 1.0
 */
StyrOccasion *
styr_follow_up_get_occasion (StyrFollowUp *self)
{
  g_return_val_if_fail (STYR_IS_FOLLOW_UP (self), NULL);

  return self->occasion;
}

/**
 * styr_follow_up_register_rule:
 * @self: a [class@Styr.FollowUp]
 * @name: the name goals and the model use for the rule
 * @func: (scope notified) (closure user_data) (destroy destroy): the rule
 * @user_data: data for @func
 * @destroy: (nullable): frees @user_data when the follow-up goes
 * @error: return location for a [struct@GLib.Error]
 *
 * Adds a roll-up rule to this follow-up. Goals that name it (and, if the
 * model names it, goals that name none) are recomputed with it.
 *
 * ```python
 * fu.register_rule("basta", lambda scores, *rest: max(scores))
 * ```
 *
 * PyGObject 3.42 calls a Python rule with the length of the scores as a
 * second argument; a rule that accepts extra arguments works with any
 * version.
 *
 * Fails with %STYR_ERROR_DUPLICATE_ID if a rule with @name exists (the
 * built-in ones included), and with %STYR_ERROR_INVALID_ID if @name is
 * empty; @destroy is not called then.
 *
 * Returns: %TRUE if the rule was added
 *
 * Since: 1.0
 */
gboolean
styr_follow_up_register_rule (StyrFollowUp    *self,
                              const char      *name,
                              StyrRollupFunc   func,
                              gpointer         user_data,
                              GDestroyNotify   destroy,
                              GError         **error)
{
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (STYR_IS_FOLLOW_UP (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (name[0] == '\0')
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ID,
                   _("En sammanvägningsregel måste ha ett namn"));
      return FALSE;
    }
  if (g_hash_table_contains (self->rules, name))
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID,
                   _("Det finns redan en sammanvägningsregel som heter »%s«"), name);
      return FALSE;
    }

  add_rule (self, name, func, user_data, destroy);

  if (self->model != NULL)
    {
      g_hash_table_iter_init (&iter, self->goals);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (g_strcmp0 (effective_rule (self, key), name) == 0)
          invalidate_goal (self, key);
      flush (self);
    }

  return TRUE;
}

/**
 * styr_follow_up_has_rule:
 * @self: a [class@Styr.FollowUp]
 * @name: a rule name
 *
 * Checks whether @self knows the roll-up rule @name, built in or
 * registered.
 *
 * Returns: %TRUE if the rule is known
 *
 * Since: 1.0
 */
gboolean
styr_follow_up_has_rule (StyrFollowUp *self,
                         const char   *name)
{
  g_return_val_if_fail (STYR_IS_FOLLOW_UP (self), FALSE);

  return name != NULL && g_hash_table_contains (self->rules, name);
}

/**
 * styr_follow_up_get_status:
 * @self: a [class@Styr.FollowUp]
 * @goal: a goal of the model
 *
 * Gets the status of @goal at the follow-up's period. The object stays the
 * same while @goal is in the model and notifies its properties when they
 * change.
 *
 * Returns: (transfer none) (nullable): the status, or %NULL if @goal is
 *   not in the model
 *
 * Since: 1.0
 */
StyrGoalStatus *
styr_follow_up_get_status (StyrFollowUp *self,
                           StyrGoal     *goal)
{
  GoalState *state;

  g_return_val_if_fail (STYR_IS_FOLLOW_UP (self), NULL);
  g_return_val_if_fail (STYR_IS_GOAL (goal), NULL);

  state = ensure_goal (self, goal);
  return state != NULL ? state->status : NULL;
}

/**
 * styr_follow_up_get_indicator_grade:
 * @self: a [class@Styr.FollowUp]
 * @indicator: an indicator of the model
 *
 * Gets the grade of @indicator for the follow-up's period
 * ([method@Styr.Indicator.grade]), cached until the indicator changes.
 *
 * Returns: the grade
 *
 * Since: 1.0
 */
StyrGrade
styr_follow_up_get_indicator_grade (StyrFollowUp  *self,
                                    StyrIndicator *indicator)
{
  g_return_val_if_fail (STYR_IS_FOLLOW_UP (self), STYR_GRADE_NOT_ASSESSED);
  g_return_val_if_fail (STYR_IS_INDICATOR (indicator), STYR_GRADE_NOT_ASSESSED);

  if (self->period == NULL)
    return STYR_GRADE_NOT_ASSESSED;
  return ensure_indicator (self, indicator)->grade;
}

/* The board goals below @goal, referenced: reading their statuses may
 * grade goals, and a handler of status-changed may change the model. The
 * descendants are gathered without a list model. */
static GPtrArray *
board_descendants (StyrGoal *goal)
{
  g_autoptr(GPtrArray) descendants = _styr_goal_collect_descendants (goal);
  GPtrArray *board = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < descendants->len; i++)
    {
      StyrGoal *d = g_ptr_array_index (descendants, i);

      if (styr_goal_get_level (d) == STYR_GOAL_LEVEL_BOARD)
        g_ptr_array_add (board, g_object_ref (d));
    }
  return board;
}

/**
 * styr_follow_up_get_distribution:
 * @self: a [class@Styr.FollowUp]
 * @council_goal: a goal of the model, usually an *inriktningsmål*
 * @counts: (out) (array length=n_counts) (transfer full): the number of
 *   board goals at each level of the model's scale, best first
 * @n_counts: (out): the number of levels of the scale
 * @n_not_assessed: (out) (optional): the number of board goals at no level
 *
 * Counts the *nämndmål* under @council_goal (its descendants at the board
 * level, each once) by their status: the level the board assessed at the
 * occasion when there is one, otherwise the proposed level; goals with
 * neither are not assessed.
 *
 * Since: 1.0
 */
void
styr_follow_up_get_distribution (StyrFollowUp  *self,
                                 StyrGoal      *council_goal,
                                 guint        **counts,
                                 guint         *n_counts,
                                 guint         *n_not_assessed)
{
  g_autoptr(GPtrArray) board = NULL;
  StyrScale *scale;
  guint n_levels;
  guint *result;
  guint not_assessed = 0;

  g_return_if_fail (STYR_IS_FOLLOW_UP (self));
  g_return_if_fail (STYR_IS_GOAL (council_goal));
  g_return_if_fail (counts != NULL);
  g_return_if_fail (n_counts != NULL);

  scale = styr_model_get_scale (self->model);
  n_levels = styr_scale_get_n_levels (scale);
  result = g_new0 (guint, MAX (n_levels, 1));
  board = board_descendants (council_goal);

  for (guint i = 0; i < board->len; i++)
    {
      StyrGoalStatus *status = styr_follow_up_get_status (self, g_ptr_array_index (board, i));
      StyrScaleLevel *level = NULL;
      gboolean found = FALSE;

      if (status != NULL)
        {
          level = styr_goal_status_get_assessed_level (status);
          if (level == NULL)
            level = styr_goal_status_get_proposed_level (status);
        }
      for (guint j = 0; level != NULL && j < n_levels; j++)
        if (g_strcmp0 (styr_scale_level_get_id (styr_scale_get_level (scale, j)),
                       styr_scale_level_get_id (level)) == 0)
          {
            result[j]++;
            found = TRUE;
            break;
          }
      if (!found)
        not_assessed++;
    }

  *counts = result;
  *n_counts = n_levels;
  if (n_not_assessed != NULL)
    *n_not_assessed = not_assessed;
}

/* "Uppfyllt" → "uppfyllda", "Delvis uppfyllt" → "delvis uppfyllda",
 * "Osäkert" → "osäkra", "Uppnått" → "uppnådda", "Ej bedömd" → "ej
 * bedömda"; labels that are not a participle or an adjective ("Kan
 * uppnås") stay as they are. */
static char *
plural_of_label (const char *label)
{
  g_autofree char *lower = g_utf8_strdown (label != NULL ? label : "", -1);
  GString *s = g_string_new (lower);

  if (g_str_has_suffix (s->str, "llt"))
    {
      g_string_truncate (s, s->len - 1);
      g_string_append (s, "da");
    }
  else if (g_str_has_suffix (s->str, "tt") && s->len > 3)
    {
      g_string_truncate (s, s->len - 2);
      g_string_append (s, "dda");
    }
  else if (g_str_has_suffix (s->str, "ert"))
    {
      g_string_truncate (s, s->len - 3);
      g_string_append (s, "ra");
    }
  else if (g_str_has_suffix (s->str, "d") && !g_str_has_suffix (s->str, "nd"))
    g_string_append (s, "a");

  return g_string_free (s, FALSE);
}

static char *
count_with_label (guint       count,
                  const char *label)
{
  g_autofree char *lower = NULL;

  if (count == 1)
    {
      lower = g_utf8_strdown (label != NULL ? label : "", -1);
      return g_strdup_printf ("%u %s", count, lower);
    }
  lower = plural_of_label (label);
  return g_strdup_printf ("%u %s", count, lower);
}

/**
 * styr_follow_up_format_distribution:
 * @self: a [class@Styr.FollowUp]
 * @council_goal: a goal of the model, usually an *inriktningsmål*
 *
 * Describes the distribution of the *nämndmål* under @council_goal
 * ([method@Styr.FollowUp.get_distribution]) in Swedish, e.g. "8 av 30
 * uppfyllda, 3 delvis uppfyllda, 19 ej uppfyllda".
 *
 * The first count is followed by "av" and the number of board goals;
 * every level of the scale is listed, best first, zero counts included,
 * then the goals that are not assessed, with the scale's
 * not-assessed label, when there are any. Each label is lower-cased and,
 * for a count other than one, put in the plural by its ending: "-llt"
 * becomes "-llda", "-tt" "-dda", "-ert" "-ra", "-d" "-da" ("ej bedömd" →
 * "ej bedömda"); other labels, e.g. "kan uppnås", stay as they are. A
 * goal with no board goals under it gives "inga nämndmål".
 *
 * Returns: (transfer full): the text
 *
 * Since: 1.0
 */
char *
styr_follow_up_format_distribution (StyrFollowUp *self,
                                    StyrGoal     *council_goal)
{
  g_autofree guint *counts = NULL;
  guint n_counts = 0;
  guint n_not_assessed = 0;

  g_return_val_if_fail (STYR_IS_FOLLOW_UP (self), NULL);
  g_return_val_if_fail (STYR_IS_GOAL (council_goal), NULL);

  styr_follow_up_get_distribution (self, council_goal, &counts, &n_counts, &n_not_assessed);
  return _styr_follow_up_format_counts (self, counts, n_counts, n_not_assessed);
}

/* The text of styr_follow_up_format_distribution() from the counts
 * styr_follow_up_get_distribution() gave, for the report, which has
 * them already. */
char *
_styr_follow_up_format_counts (StyrFollowUp *self,
                               const guint  *counts,
                               guint         n_counts,
                               guint         n_not_assessed)
{
  guint total = 0;
  StyrScale *scale;
  GString *s;

  for (guint i = 0; i < n_counts; i++)
    total += counts[i];
  total += n_not_assessed;

  if (total == 0)
    return g_strdup (_("inga nämndmål"));

  scale = styr_model_get_scale (self->model);
  s = g_string_new (NULL);
  for (guint i = 0; i < n_counts; i++)
    {
      g_autofree char *part = count_with_label (counts[i],
                                                styr_scale_level_get_label (styr_scale_get_level (scale, i)));

      if (i == 0)
        {
          g_autofree char *first = NULL;
          const char *space = strchr (part, ' ');

          /* Translators: "8 av 30 uppfyllda": a count, the number of board goals, a level */
          first = g_strdup_printf (_("%u av %u %s"), counts[0], total,
                                   space != NULL ? space + 1 : "");
          g_string_append (s, first);
        }
      else
        {
          g_string_append (s, ", ");
          g_string_append (s, part);
        }
    }
  if (n_not_assessed > 0)
    {
      g_autofree char *part = count_with_label (n_not_assessed,
                                                styr_scale_get_not_assessed_label (scale));

      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append (s, part);
    }

  return g_string_free (s, FALSE);
}

/**
 * styr_follow_up_get_uncovered_council_goals:
 * @self: a [class@Styr.FollowUp]
 *
 * Gets the *inriktningsmål* that no *nämndmål* serves, directly or through
 * goals between: the gaps in the boards' coverage of the council's goals
 * (Malmö's *träffbild*). The list model is live: it follows later changes
 * to the goals and their links.
 *
 * Returns: (transfer none): a list model of [class@Styr.Goal], in the
 *   model's order
 *
 * Since: 1.0
 */
GListModel *
styr_follow_up_get_uncovered_council_goals (StyrFollowUp *self)
{
  g_return_val_if_fail (STYR_IS_FOLLOW_UP (self), NULL);

  return G_LIST_MODEL (self->uncovered);
}

/**
 * styr_follow_up_get_n_computations:
 * @self: a [class@Styr.FollowUp]
 *
 * Gets how many times @self has computed the status of a goal since it was
 * made. A diagnostic counter for tests and profiling: it shows that a
 * change recomputes only the goals that depend on it. Grading an
 * indicator is not counted.
 *
 * Returns: the number of goal computations
 *
 * Since: 1.0
 */
guint
styr_follow_up_get_n_computations (StyrFollowUp *self)
{
  g_return_val_if_fail (STYR_IS_FOLLOW_UP (self), 0);

  return self->n_computations;
}
