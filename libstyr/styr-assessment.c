/* styr-assessment.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "styr-private.h"
#include "styr-assessment.h"

/**
 * StyrAssessment:
 *
 * The responsible board's assessment (*bedömning*) of one goal at one
 * follow-up occasion ([class@Styr.Occasion]): the level of the model's
 * fulfilment scale the goal has reached, an analysis (*analys*) of what
 * the result means, the measures (*åtgärder*) the board takes when the
 * goal is not fulfilled, and a forecast (*prognos*) of the fulfilment at
 * year's end on the same scale. The indicators and the child goals are the
 * evidence; the assessment is the board's judgement.
 *
 * An assessment is made for a goal and an occasion, which never change,
 * and is stored on the goal with [method@Styr.Goal.set_assessment]; a goal
 * has at most one assessment per occasion. The assessment holds a
 * reference to both: an occasion taken out of the calendar stays valid
 * for the assessments made at it, which remain until they are removed
 * ([method@Styr.Goal.remove_assessment]). A goal drops its assessments
 * when it leaves its model, or when the model goes. The level and the prognosis are
 * kept as identifiers of levels of the model's scale
 * ([property@Styr.Model:scale]), not as the level objects:
 * [method@Styr.Assessment.get_level] and
 * [method@Styr.Assessment.get_prognosis] resolve them against the scale in
 * use. When the model switches to another scale, identifiers that the new
 * scale lacks no longer resolve; nothing is lost, and
 * [method@Styr.Model.validate] reports them (`bedomning-okand-niva`) until
 * the board assesses again.
 *
 * ```python
 * a = Styr.Assessment(goal=nm, occasion=t1,
 *                     level_id="delvis-uppfyllt", prognosis_id="uppfyllt",
 *                     analysis="Läsresultaten i åk 3 har förbättrats men når inte målet.",
 *                     measures="Läsfrämjande insatser i alla F–3-klasser.",
 *                     assessed_by="Barn- och utbildningsnämnden")
 * nm.set_assessment(a)
 * print(nm.lookup_assessment(t1).get_level().props.label)
 * for goal in model.get_unassessed_goals(t1, None):
 *     print("ej bedömt:", goal.props.title)
 * ```
 *
 * Since: 1.0
 */

struct _StyrAssessment
{
  GObject parent_instance;

  StyrGoal     *goal;          /* ref; construct-only */
  StyrOccasion *occasion;      /* ref; construct-only */
  char         *level_id;
  char         *analysis;
  char         *measures;
  char         *prognosis_id;
  char         *assessed_by;
  GDate         assessed_on;   /* invalid when unset */
  /* Stored on its goal (styr-goal.c), which is told of every change. */
  gboolean      stored;
};

G_DEFINE_FINAL_TYPE (StyrAssessment, styr_assessment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_GOAL,
  PROP_OCCASION,
  PROP_LEVEL_ID,
  PROP_ANALYSIS,
  PROP_MEASURES,
  PROP_PROGNOSIS_ID,
  PROP_ASSESSED_BY,
  PROP_ASSESSED_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_assessment_finalize (GObject *object)
{
  StyrAssessment *self = (StyrAssessment *) object;

  g_clear_object (&self->goal);
  g_clear_object (&self->occasion);
  g_clear_pointer (&self->level_id, g_free);
  g_clear_pointer (&self->analysis, g_free);
  g_clear_pointer (&self->measures, g_free);
  g_clear_pointer (&self->prognosis_id, g_free);
  g_clear_pointer (&self->assessed_by, g_free);

  G_OBJECT_CLASS (styr_assessment_parent_class)->finalize (object);
}

/* A stored assessment tells its goal of each changed property, after the
 * property's "notify": the goal emits StyrGoal::assessment-changed. This
 * replaces a "notify" handler per stored assessment, which cost a closure
 * and a handler list for each of the many a model holds. */
static void
styr_assessment_dispatch_properties_changed (GObject     *object,
                                             guint        n_pspecs,
                                             GParamSpec **pspecs)
{
  StyrAssessment *self = (StyrAssessment *) object;

  for (guint i = 0; i < n_pspecs; i++)
    {
      G_OBJECT_CLASS (styr_assessment_parent_class)->dispatch_properties_changed (object, 1, &pspecs[i]);
      if (self->stored && self->goal != NULL)
        _styr_goal_assessment_notify (self->goal, self);
    }
}

static void
styr_assessment_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  StyrAssessment *self = STYR_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_GOAL:
      g_value_set_object (value, self->goal);
      break;

    case PROP_OCCASION:
      g_value_set_object (value, self->occasion);
      break;

    case PROP_LEVEL_ID:
      g_value_set_string (value, self->level_id);
      break;

    case PROP_ANALYSIS:
      g_value_set_string (value, self->analysis);
      break;

    case PROP_MEASURES:
      g_value_set_string (value, self->measures);
      break;

    case PROP_PROGNOSIS_ID:
      g_value_set_string (value, self->prognosis_id);
      break;

    case PROP_ASSESSED_BY:
      g_value_set_string (value, self->assessed_by);
      break;

    case PROP_ASSESSED_ON:
      g_value_set_boxed (value, styr_assessment_get_assessed_on (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_assessment_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  StyrAssessment *self = STYR_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_GOAL:
      self->goal = g_value_dup_object (value);
      break;

    case PROP_OCCASION:
      self->occasion = g_value_dup_object (value);
      break;

    case PROP_LEVEL_ID:
      styr_assessment_set_level_id (self, g_value_get_string (value));
      break;

    case PROP_ANALYSIS:
      styr_assessment_set_analysis (self, g_value_get_string (value));
      break;

    case PROP_MEASURES:
      styr_assessment_set_measures (self, g_value_get_string (value));
      break;

    case PROP_PROGNOSIS_ID:
      styr_assessment_set_prognosis_id (self, g_value_get_string (value));
      break;

    case PROP_ASSESSED_BY:
      styr_assessment_set_assessed_by (self, g_value_get_string (value));
      break;

    case PROP_ASSESSED_ON:
      styr_assessment_set_assessed_on (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_assessment_class_init (StyrAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styr_assessment_finalize;
  object_class->get_property = styr_assessment_get_property;
  object_class->set_property = styr_assessment_set_property;
  object_class->dispatch_properties_changed = styr_assessment_dispatch_properties_changed;

  _styr_init_i18n ();

  /**
   * StyrAssessment:goal: (getter get_goal)
   *
   * The goal that is assessed. Set when the assessment is made; the
   * assessment holds a reference to it.
   *
   * Since: 1.0
   */
  properties[PROP_GOAL] =
    g_param_spec_object ("goal", NULL, NULL,
                         STYR_TYPE_GOAL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrAssessment:occasion: (getter get_occasion)
   *
   * The follow-up occasion (*uppföljningstillfälle*) the goal is assessed
   * at. Set when the assessment is made; the assessment holds a reference
   * to it, so it stays valid even when the occasion is taken out of the
   * model's calendar.
   *
   * Since: 1.0
   */
  properties[PROP_OCCASION] =
    g_param_spec_object ("occasion", NULL, NULL,
                         STYR_TYPE_OCCASION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrAssessment:level-id: (getter get_level_id) (setter set_level_id)
   *
   * The identifier of the level of the model's scale the goal is assessed
   * to have reached, e.g. `delvis-uppfyllt`, or %NULL when the goal is not
   * assessed (*ej bedömd*). [method@Styr.Assessment.get_level] resolves it.
   *
   * Since: 1.0
   */
  properties[PROP_LEVEL_ID] =
    g_param_spec_string ("level-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrAssessment:analysis: (getter get_analysis) (setter set_analysis)
   *
   * The analysis (*analys*): what the result means and why the goal is, or
   * is not, fulfilled.
   *
   * Since: 1.0
   */
  properties[PROP_ANALYSIS] =
    g_param_spec_string ("analysis", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrAssessment:measures: (getter get_measures) (setter set_measures)
   *
   * The measures (*åtgärder*) the board takes because the goal is not
   * fulfilled.
   *
   * Since: 1.0
   */
  properties[PROP_MEASURES] =
    g_param_spec_string ("measures", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrAssessment:prognosis-id: (getter get_prognosis_id) (setter set_prognosis_id)
   *
   * The identifier of the level of the model's scale the goal is forecast
   * to reach at year's end (*prognos*), or %NULL for no forecast.
   * [method@Styr.Assessment.get_prognosis] resolves it.
   *
   * Since: 1.0
   */
  properties[PROP_PROGNOSIS_ID] =
    g_param_spec_string ("prognosis-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrAssessment:assessed-by: (getter get_assessed_by) (setter set_assessed_by)
   *
   * Who made the assessment: the board, a person or a role, e.g.
   * "Barn- och utbildningsnämnden" or "förvaltningschef".
   *
   * Since: 1.0
   */
  properties[PROP_ASSESSED_BY] =
    g_param_spec_string ("assessed-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrAssessment:assessed-on: (getter get_assessed_on) (setter set_assessed_on)
   *
   * The day the assessment was made or decided, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_ASSESSED_ON] =
    g_param_spec_boxed ("assessed-on", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_assessment_init (StyrAssessment *self)
{
  g_date_clear (&self->assessed_on, 1);
}

/**
 * styr_assessment_new:
 * @goal: the goal that is assessed
 * @occasion: the follow-up occasion it is assessed at
 *
 * Creates a new, empty assessment of @goal at @occasion: no level (*ej
 * bedömd*), no analysis, no prognosis. Set its properties, then store it
 * with [method@Styr.Goal.set_assessment].
 *
 * Returns: (transfer full): a new [class@Styr.Assessment]
 *
 * Since: 1.0
 */
StyrAssessment *
styr_assessment_new (StyrGoal     *goal,
                     StyrOccasion *occasion)
{
  g_return_val_if_fail (STYR_IS_GOAL (goal), NULL);
  g_return_val_if_fail (STYR_IS_OCCASION (occasion), NULL);

  return g_object_new (STYR_TYPE_ASSESSMENT,
                       "goal", goal,
                       "occasion", occasion,
                       NULL);
}

/* For the loader: a new assessment of @goal at @occasion with its fields
 * set directly, without a property or a notification; takes the strings
 * (each %NULL or non-empty). */
StyrAssessment *
_styr_assessment_new_take (StyrGoal     *goal,
                           StyrOccasion *occasion,
                           char         *level_id,
                           char         *prognosis_id,
                           char         *assessed_by,
                           const GDate  *assessed_on,
                           char         *analysis,
                           char         *measures)
{
  StyrAssessment *self = g_object_new (STYR_TYPE_ASSESSMENT, NULL);

  self->goal = g_object_ref (goal);
  self->occasion = g_object_ref (occasion);
  self->level_id = level_id;
  self->prognosis_id = prognosis_id;
  self->assessed_by = assessed_by;
  _styr_date_assign (&self->assessed_on, assessed_on);
  self->analysis = analysis;
  self->measures = measures;
  return self;
}

/* Marks @self as stored on its goal, or no longer (styr-goal.c). */
void
_styr_assessment_set_stored (StyrAssessment *self,
                             gboolean        stored)
{
  self->stored = stored;
}

/**
 * styr_assessment_get_goal: (get-property goal)
 * @self: a [class@Styr.Assessment]
 *
 * Gets the [property@Styr.Assessment:goal] that is assessed.
 *
 * Returns: (transfer none) (nullable): the goal, %NULL only when the
 *   assessment was made without one
 *
 * Since: 1.0
 */
StyrGoal *
styr_assessment_get_goal (StyrAssessment *self)
{
  g_return_val_if_fail (STYR_IS_ASSESSMENT (self), NULL);

  return self->goal;
}

/**
 * styr_assessment_get_occasion: (get-property occasion)
 * @self: a [class@Styr.Assessment]
 *
 * Gets the [property@Styr.Assessment:occasion] the goal is assessed at.
 *
 * Returns: (transfer none) (nullable): the occasion, %NULL only when the
 *   assessment was made without one
 *
 * Since: 1.0
 */
StyrOccasion *
styr_assessment_get_occasion (StyrAssessment *self)
{
  g_return_val_if_fail (STYR_IS_ASSESSMENT (self), NULL);

  return self->occasion;
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/**
 * styr_assessment_get_level_id: (get-property level-id)
 * @self: a [class@Styr.Assessment]
 *
 * Gets the [property@Styr.Assessment:level-id]: the identifier of the
 * level the goal is assessed to have reached.
 *
 * Returns: (nullable): the identifier, or %NULL when the goal is not
 *   assessed (*ej bedömd*)
 *
 * Since: 1.0
 */
const char *
styr_assessment_get_level_id (StyrAssessment *self)
{
  g_return_val_if_fail (STYR_IS_ASSESSMENT (self), NULL);

  return self->level_id;
}

/**
 * styr_assessment_set_level_id: (set-property level-id)
 * @self: a [class@Styr.Assessment]
 * @level_id: (nullable): the identifier of a level of the model's scale,
 *   or %NULL for *ej bedömd*
 *
 * Sets the [property@Styr.Assessment:level-id]. The identifier is checked
 * against the scale when the assessment is stored with
 * [method@Styr.Goal.set_assessment]; a later change is not, and an
 * identifier the scale lacks is reported by [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
void
styr_assessment_set_level_id (StyrAssessment *self,
                              const char     *level_id)
{
  g_return_if_fail (STYR_IS_ASSESSMENT (self));

  if (set_string (&self->level_id, level_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL_ID]);
}

/**
 * styr_assessment_get_analysis: (get-property analysis)
 * @self: a [class@Styr.Assessment]
 *
 * Gets the [property@Styr.Assessment:analysis].
 *
 * Returns: (nullable): the analysis
 *
 * Since: 1.0
 */
const char *
styr_assessment_get_analysis (StyrAssessment *self)
{
  g_return_val_if_fail (STYR_IS_ASSESSMENT (self), NULL);

  return self->analysis;
}

/**
 * styr_assessment_set_analysis: (set-property analysis)
 * @self: a [class@Styr.Assessment]
 * @analysis: (nullable): the analysis
 *
 * Sets the [property@Styr.Assessment:analysis] (*analys*).
 *
 * Since: 1.0
 */
void
styr_assessment_set_analysis (StyrAssessment *self,
                              const char     *analysis)
{
  g_return_if_fail (STYR_IS_ASSESSMENT (self));

  if (set_string (&self->analysis, analysis))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANALYSIS]);
}

/**
 * styr_assessment_get_measures: (get-property measures)
 * @self: a [class@Styr.Assessment]
 *
 * Gets the [property@Styr.Assessment:measures].
 *
 * Returns: (nullable): the measures
 *
 * Since: 1.0
 */
const char *
styr_assessment_get_measures (StyrAssessment *self)
{
  g_return_val_if_fail (STYR_IS_ASSESSMENT (self), NULL);

  return self->measures;
}

/**
 * styr_assessment_set_measures: (set-property measures)
 * @self: a [class@Styr.Assessment]
 * @measures: (nullable): the measures
 *
 * Sets the [property@Styr.Assessment:measures] (*åtgärder*).
 *
 * Since: 1.0
 */
void
styr_assessment_set_measures (StyrAssessment *self,
                              const char     *measures)
{
  g_return_if_fail (STYR_IS_ASSESSMENT (self));

  if (set_string (&self->measures, measures))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEASURES]);
}

/**
 * styr_assessment_get_prognosis_id: (get-property prognosis-id)
 * @self: a [class@Styr.Assessment]
 *
 * Gets the [property@Styr.Assessment:prognosis-id]: the identifier of the
 * level the goal is forecast to reach at year's end.
 *
 * Returns: (nullable): the identifier, or %NULL for no forecast
 *
 * Since: 1.0
 */
const char *
styr_assessment_get_prognosis_id (StyrAssessment *self)
{
  g_return_val_if_fail (STYR_IS_ASSESSMENT (self), NULL);

  return self->prognosis_id;
}

/**
 * styr_assessment_set_prognosis_id: (set-property prognosis-id)
 * @self: a [class@Styr.Assessment]
 * @prognosis_id: (nullable): the identifier of a level of the model's
 *   scale, or %NULL for no forecast
 *
 * Sets the [property@Styr.Assessment:prognosis-id]. Like the level, it is
 * checked when the assessment is stored with
 * [method@Styr.Goal.set_assessment] and reported by
 * [method@Styr.Model.validate] when the scale lacks it.
 *
 * Since: 1.0
 */
void
styr_assessment_set_prognosis_id (StyrAssessment *self,
                                  const char     *prognosis_id)
{
  g_return_if_fail (STYR_IS_ASSESSMENT (self));

  if (set_string (&self->prognosis_id, prognosis_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGNOSIS_ID]);
}

/**
 * styr_assessment_get_assessed_by: (get-property assessed-by)
 * @self: a [class@Styr.Assessment]
 *
 * Gets the [property@Styr.Assessment:assessed-by].
 *
 * Returns: (nullable): who made the assessment
 *
 * Since: 1.0
 */
const char *
styr_assessment_get_assessed_by (StyrAssessment *self)
{
  g_return_val_if_fail (STYR_IS_ASSESSMENT (self), NULL);

  return self->assessed_by;
}

/**
 * styr_assessment_set_assessed_by: (set-property assessed-by)
 * @self: a [class@Styr.Assessment]
 * @assessed_by: (nullable): who made the assessment
 *
 * Sets the [property@Styr.Assessment:assessed-by].
 *
 * Since: 1.0
 */
void
styr_assessment_set_assessed_by (StyrAssessment *self,
                                 const char     *assessed_by)
{
  g_return_if_fail (STYR_IS_ASSESSMENT (self));

  if (set_string (&self->assessed_by, assessed_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSED_BY]);
}

/**
 * styr_assessment_get_assessed_on: (get-property assessed-on)
 * @self: a [class@Styr.Assessment]
 *
 * Gets the [property@Styr.Assessment:assessed-on].
 *
 * Returns: (nullable): the day of the assessment
 *
 * Since: 1.0
 */
const GDate *
styr_assessment_get_assessed_on (StyrAssessment *self)
{
  g_return_val_if_fail (STYR_IS_ASSESSMENT (self), NULL);

  return g_date_valid (&self->assessed_on) ? &self->assessed_on : NULL;
}

/**
 * styr_assessment_set_assessed_on: (set-property assessed-on)
 * @self: a [class@Styr.Assessment]
 * @assessed_on: (nullable): the day of the assessment
 *
 * Sets the [property@Styr.Assessment:assessed-on].
 *
 * Since: 1.0
 */
void
styr_assessment_set_assessed_on (StyrAssessment *self,
                                 const GDate    *assessed_on)
{
  g_return_if_fail (STYR_IS_ASSESSMENT (self));
  g_return_if_fail (assessed_on == NULL || g_date_valid (assessed_on));

  if (_styr_date_equal (&self->assessed_on, assessed_on))
    return;

  _styr_date_assign (&self->assessed_on, assessed_on);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSED_ON]);
}

static StyrScaleLevel *
resolve (StyrAssessment *self,
         const char     *id)
{
  StyrModel *model;

  if (id == NULL || self->goal == NULL)
    return NULL;

  model = styr_entity_get_model (STYR_ENTITY (self->goal));
  if (model == NULL)
    return NULL;

  return styr_scale_lookup_level (styr_model_get_scale (model), id);
}

/**
 * styr_assessment_get_level:
 * @self: a [class@Styr.Assessment]
 *
 * Resolves the [property@Styr.Assessment:level-id] against the scale the
 * goal's model uses now ([property@Styr.Model:scale]).
 *
 * The assessment keeps the identifier, not the level: after
 * [method@Styr.Model.set_scale] an identifier the new scale lacks no
 * longer resolves (the three-level `delvis-uppfyllt` is not a level of
 * Jönköping's scale), and [method@Styr.Model.validate] reports it as
 * `bedomning-okand-niva`.
 *
 * Returns: (transfer none) (nullable): the level, or %NULL when no level
 *   is set (*ej bedömd*), the goal is not in a model, or the scale has no
 *   level with that identifier
 *
 * Since: 1.0
 */
StyrScaleLevel *
styr_assessment_get_level (StyrAssessment *self)
{
  g_return_val_if_fail (STYR_IS_ASSESSMENT (self), NULL);

  return resolve (self, self->level_id);
}

/**
 * styr_assessment_get_prognosis:
 * @self: a [class@Styr.Assessment]
 *
 * Resolves the [property@Styr.Assessment:prognosis-id] against the scale
 * the goal's model uses now, like [method@Styr.Assessment.get_level].
 *
 * Returns: (transfer none) (nullable): the forecast level, or %NULL when
 *   no forecast is set, the goal is not in a model, or the scale has no
 *   level with that identifier
 *
 * Since: 1.0
 */
StyrScaleLevel *
styr_assessment_get_prognosis (StyrAssessment *self)
{
  g_return_val_if_fail (STYR_IS_ASSESSMENT (self), NULL);

  return resolve (self, self->prognosis_id);
}

/* Reporting status (rapporteringsstatus) ----------------------------------- */

/* Has @goal an assessment at @occasion with a level of the current scale? */
static gboolean
goal_is_assessed (StyrGoal     *goal,
                  StyrOccasion *occasion)
{
  StyrAssessment *assessment = styr_goal_lookup_assessment (goal, occasion);

  return assessment != NULL && styr_assessment_get_level (assessment) != NULL;
}

/**
 * styr_model_get_unassessed_goals:
 * @self: a [class@Styr.Model]
 * @occasion: a follow-up occasion
 * @owner: (nullable): an organ or a unit of @self, or %NULL for every
 *   owner
 *
 * Gets the goals still to be assessed at @occasion: those without an
 * assessment for it ([method@Styr.Goal.lookup_assessment]) and those whose
 * assessment has no level of the current scale (*ej bedömd*, or an
 * identifier the scale lacks). With @owner, only the goals @owner owns
 * directly ([property@Styr.Goal:owner]) are considered; with %NULL, all
 * goals of every level.
 *
 * This is the reporting status (*rapporteringsstatus*) a controller
 * watches before a follow-up: when the list is empty, everything is ready
 * for approval.
 *
 * Returns: (transfer full): a new list model of [class@Styr.Goal] in
 *   model order, a snapshot that does not follow later changes
 *
 * Since: 1.0
 */
GListModel *
styr_model_get_unassessed_goals (StyrModel    *self,
                                 StyrOccasion *occasion,
                                 StyrEntity   *owner)
{
  GListModel *goals;
  GListStore *store;
  guint n;

  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  g_return_val_if_fail (STYR_IS_OCCASION (occasion), NULL);
  g_return_val_if_fail (owner == NULL || STYR_IS_ENTITY (owner), NULL);

  goals = styr_model_get_goals (self);
  store = g_list_store_new (STYR_TYPE_GOAL);
  n = g_list_model_get_n_items (goals);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrGoal) goal = g_list_model_get_item (goals, i);

      if (owner != NULL && styr_goal_get_owner (goal) != owner)
        continue;
      if (!goal_is_assessed (goal, occasion))
        g_list_store_append (store, goal);
    }

  return G_LIST_MODEL (store);
}

/**
 * styr_model_get_owners_not_ready:
 * @self: a [class@Styr.Model]
 * @occasion: a follow-up occasion
 *
 * Gets the owners — organs and units — that own at least one goal still
 * to be assessed at @occasion, as [method@Styr.Model.get_unassessed_goals]
 * counts them: the boards and administrations that have not reported yet.
 * Goals without an owner are left out.
 *
 * Returns: (transfer full): a new list model of [class@Styr.Entity], the
 *   organs in model order ([method@Styr.Model.get_organs]) and then the
 *   units ([method@Styr.Model.get_units]), a snapshot that does not follow
 *   later changes
 *
 * Since: 1.0
 */
GListModel *
styr_model_get_owners_not_ready (StyrModel    *self,
                                 StyrOccasion *occasion)
{
  g_autoptr(GHashTable) not_ready = NULL;
  GListModel *goals;
  GListModel *owner_lists[2];
  GListStore *store;
  guint n;

  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  g_return_val_if_fail (STYR_IS_OCCASION (occasion), NULL);

  not_ready = g_hash_table_new (NULL, NULL);
  goals = styr_model_get_goals (self);
  n = g_list_model_get_n_items (goals);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrGoal) goal = g_list_model_get_item (goals, i);
      StyrEntity *owner = styr_goal_get_owner (goal);

      if (owner != NULL && !goal_is_assessed (goal, occasion))
        g_hash_table_add (not_ready, owner);
    }

  store = g_list_store_new (STYR_TYPE_ENTITY);
  owner_lists[0] = styr_model_get_organs (self);
  owner_lists[1] = styr_model_get_units (self);
  for (guint l = 0; l < G_N_ELEMENTS (owner_lists); l++)
    {
      n = g_list_model_get_n_items (owner_lists[l]);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(StyrEntity) entity = g_list_model_get_item (owner_lists[l], i);

          if (g_hash_table_contains (not_ready, entity))
            g_list_store_append (store, entity);
        }
    }

  return G_LIST_MODEL (store);
}
