/* styr-validation.c — checks that the goal chain hangs together.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>
#include <time.h>

#include "styr-private.h"
#include "styr-validation.h"
#include "styr-follow-up-private.h"
#include "styr-outcome.h"
#include "styr-forecast.h"

/* The findings of one run, in the order they were made. */
typedef struct
{
  GListStore *store;
} Checker;

/* Adds a finding about @objects (may be NULL for none), the message made
 * from @format. */
static void
add_finding (Checker      *checker,
             StyrSeverity  severity,
             const char   *code,
             GPtrArray    *objects,
             const char   *format,
             ...) G_GNUC_PRINTF (5, 6);

static void
add_finding (Checker      *checker,
             StyrSeverity  severity,
             const char   *code,
             GPtrArray    *objects,
             const char   *format,
             ...)
{
  g_autoptr(StyrFinding) finding = NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  finding = styr_finding_new (severity, code, message,
                              objects != NULL ? (StyrEntity **) objects->pdata : NULL,
                              objects != NULL ? objects->len : 0);
  g_list_store_append (checker->store, finding);
}

/* A list of the given entities, for add_finding(). */
static GPtrArray *
objects_of (gpointer first,
            ...)
{
  GPtrArray *objects = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (gpointer o = first; o != NULL; o = va_arg (args, gpointer))
    g_ptr_array_add (objects, o);
  va_end (args);

  return objects;
}

static char *
describe (gpointer entity)
{
  return _styr_entity_describe (STYR_ENTITY (entity));
}

/* "»A« (a), »B« (b)" */
static char *
describe_list (GPtrArray *entities)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < entities->len; i++)
    {
      g_autofree char *d = describe (g_ptr_array_index (entities, i));

      if (i > 0)
        g_string_append (s, ", ");
      g_string_append (s, d);
    }

  return g_string_free (s, FALSE);
}

/* The goal as the subject of a sentence: "Nämndmålet »…« (nm-1)". */
static char *
describe_goal (StyrGoal *goal)
{
  g_autofree char *d = describe (goal);
  const char *noun;

  switch (styr_goal_get_level (goal))
    {
    case STYR_GOAL_LEVEL_COUNCIL:
      /* Translators: the subject of a sentence, followed by a goal's title and id */
      noun = _("Inriktningsmålet");
      break;
    case STYR_GOAL_LEVEL_BOARD:
      /* Translators: the subject of a sentence, followed by a goal's title and id */
      noun = _("Nämndmålet");
      break;
    case STYR_GOAL_LEVEL_OPERATIONAL:
      /* Translators: the subject of a sentence, followed by a goal's title and id */
      noun = _("Verksamhetsmålet");
      break;
    case STYR_GOAL_LEVEL_UNIT:
      /* Translators: the subject of a sentence, followed by a goal's title and id */
      noun = _("Enhetsmålet");
      break;
    default:
      noun = _("Målet");
      break;
    }

  return g_strdup_printf ("%s %s", noun, d);
}

/* The level's goals, indefinite plural: "nämndmål". */
static const char *
level_plural (StyrGoalLevel level)
{
  switch (level)
    {
    case STYR_GOAL_LEVEL_COUNCIL:
      return _("inriktningsmål");
    case STYR_GOAL_LEVEL_BOARD:
      return _("nämndmål");
    case STYR_GOAL_LEVEL_OPERATIONAL:
      return _("verksamhetsmål");
    case STYR_GOAL_LEVEL_UNIT:
      return _("enhetsmål");
    default:
      return _("mål");
    }
}

/* Items of a list model as a GPtrArray that holds a reference to each. */
static GPtrArray *
items_of (GListModel *list)
{
  guint n = g_list_model_get_n_items (list);
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (list, i));

  return items;
}

static gboolean
is_blank (const char *s)
{
  if (s == NULL)
    return TRUE;
  for (; *s != '\0'; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

/* The checks, in the order they run ----------------------------------- */

static void
check_kommunkod (Checker   *checker,
                 StyrModel *model)
{
  const char *code = styr_model_get_kommunkod (model);
  gboolean valid = TRUE;

  if (code == NULL || code[0] == '\0')
    return;

  if (strlen (code) != 4)
    valid = FALSE;
  for (const char *p = code; *p != '\0' && valid; p++)
    if (!g_ascii_isdigit (*p))
      valid = FALSE;

  if (!valid)
    add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_KOMMUNKOD_OGILTIG, NULL,
                 _("Kommunkoden »%s« är ogiltig: den ska vara fyra siffror, t.ex. 1292 för Ängelholm"),
                 code);
}

static void
check_vision (Checker   *checker,
              StyrModel *model,
              GPtrArray *goals)
{
  g_autoptr(GPtrArray) council = g_ptr_array_new ();

  if (!is_blank (styr_model_get_vision (model)))
    return;

  for (guint i = 0; i < goals->len; i++)
    {
      StyrGoal *goal = g_ptr_array_index (goals, i);

      if (styr_goal_get_level (goal) == STYR_GOAL_LEVEL_COUNCIL)
        g_ptr_array_add (council, goal);
    }

  if (council->len > 0)
    {
      g_autofree char *which = describe_list (council);

      /* Translators: %s is a list of goals, »title« (id), separated by commas */
      add_finding (checker, STYR_SEVERITY_ERROR, STYR_FINDING_VISION_SAKNAS, council,
                   _("Kommunen har ingen vision som inriktningsmålen kan bidra till: %s"),
                   which);
    }
}

static void
check_parent (Checker   *checker,
              GPtrArray *goals)
{
  for (guint i = 0; i < goals->len; i++)
    {
      StyrGoal *goal = g_ptr_array_index (goals, i);

      if (styr_goal_get_level (goal) != STYR_GOAL_LEVEL_COUNCIL &&
          styr_goal_get_primary_parent (goal) == NULL)
        {
          g_autofree char *what = describe_goal (goal);
          g_autoptr(GPtrArray) objects = objects_of (goal, NULL);

          add_finding (checker, STYR_SEVERITY_ERROR, STYR_FINDING_MAL_UTAN_OVERORDNAT, objects,
                       _("%s bidrar inte till något överordnat mål"), what);
        }
    }
}

static void
check_chain (Checker   *checker,
             GPtrArray *goals)
{
  for (guint i = 0; i < goals->len; i++)
    {
      StyrGoal *goal = g_ptr_array_index (goals, i);
      g_autoptr(GListModel) ancestors_model = NULL;
      g_autoptr(GPtrArray) ancestors = NULL;
      g_autoptr(GPtrArray) objects = NULL;
      g_autoptr(GPtrArray) roots = NULL;
      g_autofree char *what = NULL;
      g_autofree char *where = NULL;
      gboolean reaches = FALSE;

      /* Goals without a parent are mal-utan-overordnat, not this. */
      if (styr_goal_get_level (goal) == STYR_GOAL_LEVEL_COUNCIL ||
          styr_goal_get_primary_parent (goal) == NULL)
        continue;

      ancestors_model = styr_goal_get_ancestors (goal);
      ancestors = items_of (ancestors_model);
      roots = g_ptr_array_new ();
      for (guint j = 0; j < ancestors->len && !reaches; j++)
        {
          StyrGoal *a = g_ptr_array_index (ancestors, j);

          if (styr_goal_get_level (a) == STYR_GOAL_LEVEL_COUNCIL)
            reaches = TRUE;
          else if (styr_goal_get_primary_parent (a) == NULL)
            g_ptr_array_add (roots, a);
        }
      if (reaches)
        continue;

      /* The goal first, then where its chain stops. */
      objects = g_ptr_array_new ();
      g_ptr_array_add (objects, goal);
      g_ptr_array_extend (objects, roots, NULL, NULL);

      what = describe_goal (goal);
      where = describe_list (roots);
      add_finding (checker, STYR_SEVERITY_ERROR, STYR_FINDING_KEDJA_BRUTEN, objects,
                   _("%s når inget inriktningsmål: målkedjan slutar vid %s"),
                   what, where);
    }
}

static void
check_followable (Checker   *checker,
                  GPtrArray *goals)
{
  for (guint i = 0; i < goals->len; i++)
    {
      StyrGoal *goal = g_ptr_array_index (goals, i);

      if (styr_goal_get_level (goal) == STYR_GOAL_LEVEL_BOARD &&
          g_list_model_get_n_items (styr_goal_get_indicators (goal)) == 0)
        {
          g_autofree char *what = describe_goal (goal);
          g_autoptr(GPtrArray) objects = objects_of (goal, NULL);

          add_finding (checker, STYR_SEVERITY_ERROR, STYR_FINDING_NAMNDMAL_EJ_UPPFOLJNINGSBART, objects,
                       _("%s är inte uppföljningsbart: det har ingen indikator"), what);
        }
    }
}

static void
check_activity_goal (Checker   *checker,
                     GPtrArray *activities)
{
  for (guint i = 0; i < activities->len; i++)
    {
      StyrActivity *activity = g_ptr_array_index (activities, i);

      if (g_list_model_get_n_items (styr_activity_get_goals (activity)) == 0)
        {
          g_autofree char *what = describe (activity);
          g_autoptr(GPtrArray) objects = objects_of (activity, NULL);

          add_finding (checker, STYR_SEVERITY_ERROR, STYR_FINDING_AKTIVITET_UTAN_MAL, objects,
                       _("Aktiviteten %s tjänar inget mål"), what);
        }
    }
}

static void
check_activity_result (Checker   *checker,
                       GPtrArray *activities)
{
  for (guint i = 0; i < activities->len; i++)
    {
      StyrActivity *activity = g_ptr_array_index (activities, i);

      if (g_list_model_get_n_items (styr_activity_get_indicators (activity)) == 0 &&
          is_blank (styr_activity_get_expected_result (activity)))
        {
          g_autofree char *what = describe (activity);
          g_autoptr(GPtrArray) objects = objects_of (activity, NULL);

          add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_AKTIVITET_UTAN_FORVANTAT_RESULTAT, objects,
                       _("Aktiviteten %s anger inte vilket resultat den ska påverka: den har varken en indikator eller ett förväntat resultat"),
                       what);
        }
    }
}

static void
check_coverage (Checker   *checker,
                GPtrArray *goals)
{
  for (guint i = 0; i < goals->len; i++)
    {
      StyrGoal *goal = g_ptr_array_index (goals, i);
      g_autoptr(GListModel) descendants = NULL;
      gboolean covered = FALSE;
      guint n;

      if (styr_goal_get_level (goal) != STYR_GOAL_LEVEL_COUNCIL)
        continue;

      descendants = styr_goal_get_descendants (goal);
      n = g_list_model_get_n_items (descendants);
      for (guint j = 0; j < n && !covered; j++)
        {
          g_autoptr(StyrGoal) d = g_list_model_get_item (descendants, j);

          covered = styr_goal_get_level (d) == STYR_GOAL_LEVEL_BOARD;
        }

      if (!covered)
        {
          g_autofree char *what = describe_goal (goal);
          g_autoptr(GPtrArray) objects = objects_of (goal, NULL);

          add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_INRIKTNINGSMAL_UTAN_NAMNDMAL, objects,
                       _("%s har inget nämndmål under sig: ingen nämnd bidrar till det"), what);
        }
    }
}

static void
check_perspectives (Checker   *checker,
                    GPtrArray *perspectives,
                    GPtrArray *goals)
{
  static const StyrGoalLevel levels[] = {
    STYR_GOAL_LEVEL_COUNCIL,
    STYR_GOAL_LEVEL_BOARD,
    STYR_GOAL_LEVEL_OPERATIONAL,
    STYR_GOAL_LEVEL_UNIT,
  };

  for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
    {
      g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);
      gboolean any = FALSE;
      /* The council and the boards set goals in each perspective; below
       * them a plan often covers only some, so that is only noted. */
      StyrSeverity severity = levels[l] <= STYR_GOAL_LEVEL_BOARD
        ? STYR_SEVERITY_WARNING : STYR_SEVERITY_INFO;

      for (guint i = 0; i < goals->len; i++)
        {
          StyrGoal *goal = g_ptr_array_index (goals, i);

          if (styr_goal_get_level (goal) != levels[l])
            continue;
          any = TRUE;
          if (styr_goal_get_perspective (goal) != NULL)
            g_hash_table_add (used, styr_goal_get_perspective (goal));
        }

      if (!any)
        continue;

      for (guint p = 0; p < perspectives->len; p++)
        {
          StyrPerspective *perspective = g_ptr_array_index (perspectives, p);

          if (!g_hash_table_contains (used, perspective))
            {
              g_autofree char *what = describe (perspective);
              g_autoptr(GPtrArray) objects = objects_of (perspective, NULL);

              /* Translators: the second %s is a kind of goal in the plural, e.g. "nämndmål" */
              add_finding (checker, severity, STYR_FINDING_PERSPEKTIV_UTAN_MAL, objects,
                           _("Perspektivet %s saknar %s"), what, level_plural (levels[l]));
            }
        }
    }
}

static void
check_companies (Checker   *checker,
                 GPtrArray *organs,
                 GPtrArray *goals)
{
  for (guint i = 0; i < organs->len; i++)
    {
      StyrOrgan *organ = g_ptr_array_index (organs, i);
      StyrDocument *directive;
      g_autofree char *what = NULL;
      gboolean steered = FALSE;

      if (styr_organ_get_kind (organ) != STYR_ORGAN_KIND_COMPANY)
        continue;

      what = describe (organ);
      directive = styr_organ_get_owner_directive (organ);
      if (directive == NULL)
        {
          g_autoptr(GPtrArray) objects = objects_of (organ, NULL);

          add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_BOLAG_UTAN_AGARDIREKTIVMAL, objects,
                       _("Bolaget %s har inget ägardirektiv och styrs därför inte av målen"), what);
          continue;
        }

      for (guint j = 0; j < goals->len && !steered; j++)
        steered = styr_goal_get_document (g_ptr_array_index (goals, j)) == directive;

      if (!steered)
        {
          g_autofree char *doc = describe (directive);
          g_autoptr(GPtrArray) objects = objects_of (organ, directive, NULL);

          add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_BOLAG_UTAN_AGARDIREKTIVMAL, objects,
                       _("Bolaget %s har inga mål i sitt ägardirektiv %s"), what, doc);
        }
    }
}

static void
check_targets (Checker   *checker,
               GPtrArray *indicators,
               int        year)
{
  for (guint i = 0; i < indicators->len; i++)
    {
      StyrIndicator *indicator = g_ptr_array_index (indicators, i);
      GListModel *linked = styr_indicator_get_goals (indicator);
      g_autoptr(GPtrArray) objects = NULL;
      g_autofree char *what = NULL;
      guint n = g_list_model_get_n_items (linked);

      if (n == 0 || styr_indicator_lookup_target (indicator, year, NULL, NULL))
        continue;

      /* The indicator first, then the goals it follows up. */
      objects = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (objects, g_object_ref (indicator));
      for (guint j = 0; j < n; j++)
        g_ptr_array_add (objects, g_list_model_get_item (linked, j));

      what = describe (indicator);
      add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_INDIKATOR_UTAN_MALVARDE, objects,
                   _("Indikatorn %s har inget målvärde för %d och inget stående målvärde"),
                   what, year);
    }
}

static void
check_owners (Checker   *checker,
              GPtrArray *goals)
{
  for (guint i = 0; i < goals->len; i++)
    {
      StyrGoal *goal = g_ptr_array_index (goals, i);

      if (styr_goal_get_owner (goal) == NULL)
        {
          g_autofree char *what = describe_goal (goal);
          g_autoptr(GPtrArray) objects = objects_of (goal, NULL);

          add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_MAL_UTAN_AGARE, objects,
                       _("%s har ingen ägare"), what);
        }
    }
}

static void
check_goal_perspectives (Checker   *checker,
                         GPtrArray *goals)
{
  for (guint i = 0; i < goals->len; i++)
    {
      StyrGoal *goal = g_ptr_array_index (goals, i);

      if (styr_goal_get_perspective (goal) == NULL)
        {
          g_autofree char *what = describe_goal (goal);
          g_autoptr(GPtrArray) objects = objects_of (goal, NULL);

          add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_MAL_UTAN_PERSPEKTIV, objects,
                       _("%s hör inte till något perspektiv"), what);
        }
    }
}

static void
check_reviews (Checker     *checker,
               GPtrArray   *documents,
               const GDate *today)
{
  for (guint i = 0; i < documents->len; i++)
    {
      StyrDocument *document = g_ptr_array_index (documents, i);

      if (styr_document_is_past_review (document, today))
        {
          const GDate *review = styr_document_get_review_date (document);
          g_autofree char *what = describe (document);
          g_autoptr(GPtrArray) objects = objects_of (document, NULL);
          char date[16];

          g_snprintf (date, sizeof date, "%04u-%02u-%02u",
                      (guint) g_date_get_year (review),
                      (guint) g_date_get_month (review),
                      (guint) g_date_get_day (review));
          add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_STYRDOKUMENT_EJ_REVIDERAT, objects,
                       _("Styrdokumentet %s skulle ha reviderats senast %s"), what, date);
        }
    }
}

/* "2025-04-30" */
static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

/* "»Tertial 1 2025« (2025-t1)", or the id alone. */
static char *
describe_occasion (StyrOccasion *occasion)
{
  const char *name = styr_occasion_get_name (occasion);
  const char *id = styr_occasion_get_id (occasion);

  if (name != NULL && name[0] != '\0')
    return g_strdup_printf ("»%s« (%s)", name, id != NULL ? id : "");
  return g_strdup (id != NULL ? id : "");
}

static void
check_assessment_analysis (Checker   *checker,
                           GPtrArray *goals)
{
  for (guint i = 0; i < goals->len; i++)
    {
      StyrGoal *goal = g_ptr_array_index (goals, i);
      g_autoptr(GPtrArray) assessments = items_of (styr_goal_get_assessments (goal));

      for (guint j = 0; j < assessments->len; j++)
        {
          StyrAssessment *assessment = g_ptr_array_index (assessments, j);
          StyrScaleLevel *level = styr_assessment_get_level (assessment);
          g_autofree char *what = NULL;
          g_autofree char *when = NULL;
          g_autoptr(GPtrArray) objects = NULL;

          /* Unknown levels are bedomning-okand-niva. */
          if (level == NULL || styr_scale_level_get_score (level) >= 1.0)
            continue;
          if (!is_blank (styr_assessment_get_analysis (assessment)) ||
              !is_blank (styr_assessment_get_measures (assessment)))
            continue;

          what = describe_goal (goal);
          when = describe_occasion (styr_assessment_get_occasion (assessment));
          objects = objects_of (goal, NULL);
          /* Translators: the second %s is a level of the scale, e.g. "Delvis uppfyllt" */
          add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_BEDOMNING_UTAN_ANALYS, objects,
                       _("%s bedöms som »%s« vid %s, men bedömningen har varken analys eller åtgärder"),
                       what, styr_scale_level_get_label (level), when);
        }
    }
}

static void
check_unassessed (Checker     *checker,
                  StyrModel   *model,
                  GPtrArray   *goals,
                  const GDate *today)
{
  g_autoptr(GPtrArray) occasions = items_of (styr_calendar_get_occasions (styr_model_get_calendar (model)));

  for (guint o = 0; o < occasions->len; o++)
    {
      StyrOccasion *occasion = g_ptr_array_index (occasions, o);
      const StyrPeriod *period = styr_occasion_get_period (occasion);
      g_autoptr(GDate) end = NULL;
      g_autofree char *when = NULL;
      g_autofree char *ended = NULL;

      if ((styr_occasion_get_flags (occasion) & STYR_OCCASION_FLAGS_GOALS) == 0 ||
          period == NULL)
        continue;

      end = styr_period_get_end_date (period);
      if (g_date_compare (end, today) >= 0)
        continue;

      when = describe_occasion (occasion);
      ended = format_date (end);
      for (guint i = 0; i < goals->len; i++)
        {
          StyrGoal *goal = g_ptr_array_index (goals, i);
          StyrAssessment *assessment;
          g_autofree char *what = NULL;
          g_autoptr(GPtrArray) objects = NULL;

          /* The council's and the boards' goals are what the follow-up
           * reports to the council; the levels below are followed up
           * within the administration. */
          if (styr_goal_get_level (goal) != STYR_GOAL_LEVEL_COUNCIL &&
              styr_goal_get_level (goal) != STYR_GOAL_LEVEL_BOARD)
            continue;

          /* A level the scale lacks is bedomning-okand-niva. */
          assessment = styr_goal_lookup_assessment (goal, occasion);
          if (assessment != NULL && styr_assessment_get_level_id (assessment) != NULL)
            continue;

          what = describe_goal (goal);
          objects = objects_of (goal, NULL);
          add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_MAL_EJ_BEDOMT, objects,
                       _("%s är inte bedömt vid uppföljningen %s, vars period slutade %s"),
                       what, when, ended);
        }
    }
}

static void
check_assessment_levels (Checker   *checker,
                         StyrModel *model,
                         GPtrArray *goals)
{
  StyrScale *scale = styr_model_get_scale (model);

  for (guint i = 0; i < goals->len; i++)
    {
      StyrGoal *goal = g_ptr_array_index (goals, i);
      g_autoptr(GPtrArray) assessments = items_of (styr_goal_get_assessments (goal));

      for (guint j = 0; j < assessments->len; j++)
        {
          StyrAssessment *assessment = g_ptr_array_index (assessments, j);
          const char *level_id = styr_assessment_get_level_id (assessment);
          const char *prognosis_id = styr_assessment_get_prognosis_id (assessment);
          g_autofree char *what = describe (goal);
          g_autofree char *when = describe_occasion (styr_assessment_get_occasion (assessment));

          if (level_id != NULL && styr_scale_lookup_level (scale, level_id) == NULL)
            {
              g_autoptr(GPtrArray) objects = objects_of (goal, NULL);

              add_finding (checker, STYR_SEVERITY_ERROR, STYR_FINDING_BEDOMNING_OKAND_NIVA, objects,
                           _("Bedömningen av %s vid %s anger nivån »%s«, som inte finns i skalan »%s«"),
                           what, when, level_id, styr_scale_get_id (scale));
            }
          if (prognosis_id != NULL && styr_scale_lookup_level (scale, prognosis_id) == NULL)
            {
              g_autoptr(GPtrArray) objects = objects_of (goal, NULL);

              add_finding (checker, STYR_SEVERITY_ERROR, STYR_FINDING_BEDOMNING_OKAND_NIVA, objects,
                           _("Bedömningen av %s vid %s anger prognosen »%s«, som inte finns i skalan »%s«"),
                           what, when, prognosis_id, styr_scale_get_id (scale));
            }
        }
    }
}

static void
check_rollup_rules (Checker   *checker,
                    StyrModel *model,
                    GPtrArray *goals)
{
  const char *rule = styr_model_get_rollup_rule (model);

  if (!_styr_follow_up_is_builtin_rule (rule))
    add_finding (checker, STYR_SEVERITY_ERROR, STYR_FINDING_OKAND_SAMMANVAGNING, NULL,
                 _("Modellens sammanvägningsregel »%s« är okänd"), rule);

  for (guint i = 0; i < goals->len; i++)
    {
      StyrGoal *goal = g_ptr_array_index (goals, i);
      g_autofree char *what = NULL;
      g_autoptr(GPtrArray) objects = NULL;

      rule = styr_goal_get_rollup_rule (goal);
      if (rule == NULL || _styr_follow_up_is_builtin_rule (rule))
        continue;

      what = describe_goal (goal);
      objects = objects_of (goal, NULL);
      add_finding (checker, STYR_SEVERITY_ERROR, STYR_FINDING_OKAND_SAMMANVAGNING, objects,
                   _("%s anger sammanvägningsregeln »%s«, som är okänd"), what, rule);
    }
}

/* Economy ------------------------------------------------------------ */

/* An amount for a message: whole kronor when it is whole kronor, else
 * kronor and öre, so that a difference of one öre never reads "0 kr". */
static char *
format_amount (gint64 ore)
{
  return styr_money_format (ore, STYR_MONEY_UNIT_KR, ore % 100 == 0 ? 0 : 2);
}

static gboolean
organ_carries_frame (StyrOrgan *organ)
{
  StyrOrganKind kind = styr_organ_get_kind (organ);

  return kind == STYR_ORGAN_KIND_BOARD || kind == STYR_ORGAN_KIND_EXECUTIVE_BOARD;
}

/* What validation needs to know of a unit's economy, found once. */
typedef struct
{
  StyrOrgan *organ;          /* styr_unit_get_budget_organ() */
  guint      n_lines;        /* budget lines of the year */
  gint64     year_budget;    /* their sum */
  gboolean   overflow;       /* the sum did not fit */
  gboolean   has_budget;     /* budget lines of any year */
  gboolean   has_outcomes;   /* outcome rows of any month */
} UnitEconomy;

static UnitEconomy *
unit_economies (GPtrArray *units,
                int        year)
{
  UnitEconomy *economies = g_new0 (UnitEconomy, MAX (units->len, 1));

  for (guint i = 0; i < units->len; i++)
    {
      StyrUnit *unit = g_ptr_array_index (units, i);
      UnitEconomy *e = &economies[i];
      guint n = styr_unit_get_n_budget_lines (unit);

      e->organ = styr_unit_get_budget_organ (unit);
      e->has_budget = n > 0;
      e->has_outcomes = styr_unit_get_n_outcomes (unit) > 0;
      for (guint j = 0; j < n; j++)
        {
          int line_year;
          gint64 ore;

          styr_unit_get_budget_line (unit, j, &line_year, NULL, &ore, NULL);
          if (line_year != year)
            continue;
          e->n_lines++;
          if (!e->overflow && !styr_money_add (e->year_budget, ore, &e->year_budget, NULL))
            e->overflow = TRUE;
        }
    }

  return economies;
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return (x > y) - (x < y);
}

/* The result items that make *årets resultat*: every item but the
 * balance requirement's adjustments. */
static const StyrResultItem result_items[] = {
  STYR_RESULT_ITEM_TAX_INCOME,
  STYR_RESULT_ITEM_GENERAL_GRANTS,
  STYR_RESULT_ITEM_FINANCIAL_NET,
  STYR_RESULT_ITEM_OTHER,
};

static void
check_frames_balance (Checker   *checker,
                      StyrModel *model,
                      GPtrArray *organs)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));

  /* Every year some nämnd has a frame for, once, in order. */
  for (guint i = 0; i < organs->len; i++)
    {
      StyrOrgan *organ = g_ptr_array_index (organs, i);
      g_autofree int *frame_years = NULL;
      gsize n = 0;

      if (!organ_carries_frame (organ))
        continue;
      frame_years = styr_organ_dup_frame_years (organ, &n);
      for (gsize j = 0; j < n; j++)
        g_array_append_val (years, frame_years[j]);
    }
  g_array_sort (years, compare_int);

  for (guint y = 0; y < years->len; y++)
    {
      int year = g_array_index (years, int, y);
      gint64 frames = 0, items = 0, implied, budgeted;
      gboolean has_items = FALSE;
      gboolean overflow = FALSE;

      if (y > 0 && g_array_index (years, int, y - 1) == year)
        continue;

      for (guint i = 0; i < G_N_ELEMENTS (result_items); i++)
        {
          gint64 ore;

          if (styr_model_lookup_result_budget (model, year, result_items[i], &ore))
            {
              has_items = TRUE;
              overflow |= !styr_money_add (items, ore, &items, NULL);
            }
        }
      if (!has_items)
        continue;

      for (guint i = 0; i < organs->len; i++)
        {
          StyrOrgan *organ = g_ptr_array_index (organs, i);
          gint64 ore;

          if (organ_carries_frame (organ) && styr_organ_lookup_frame (organ, year, &ore))
            overflow |= !styr_money_add (frames, ore, &frames, NULL);
        }

      overflow |= !styr_money_subtract (items, frames, &implied, NULL);
      if (overflow)
        {
          add_finding (checker, STYR_SEVERITY_ERROR, STYR_FINDING_RAMAR_SUMMERAR_INTE, NULL,
                       _("Budgeten för %d kan inte stämmas av: ramarna eller resultatposterna är för stora för att summeras"),
                       year);
          continue;
        }

      if (styr_model_lookup_budgeted_result (model, year, &budgeted))
        {
          gint64 difference;
          g_autofree char *frames_text = format_amount (frames);
          g_autofree char *budgeted_text = format_amount (budgeted);
          g_autofree char *items_text = format_amount (items);
          g_autofree char *implied_text = format_amount (implied);
          g_autofree char *difference_text = NULL;

          if (implied == budgeted)
            continue;

          if (!styr_money_subtract (implied, budgeted, &difference, NULL))
            {
              add_finding (checker, STYR_SEVERITY_ERROR, STYR_FINDING_RAMAR_SUMMERAR_INTE, NULL,
                           _("Budgeten för %d kan inte stämmas av: ramarna eller resultatposterna är för stora för att summeras"),
                           year);
              continue;
            }

          difference_text = format_amount (difference < 0 ? -difference : difference);
          if (difference > 0)
            /* Translators: %d is a year; the amounts are formatted with their unit, e.g. "1 234 567 kr" */
            add_finding (checker, STYR_SEVERITY_ERROR, STYR_FINDING_RAMAR_SUMMERAR_INTE, NULL,
                         _("Budgeten för %d går inte ihop: skatteintäkter, generella statsbidrag, finansnetto och övriga poster (%s) minus nämndernas ramar (%s) ger ett resultat på %s, men det budgeterade resultatet är %s; %s är inte fördelat"),
                         year, items_text, frames_text, implied_text, budgeted_text, difference_text);
          else
            /* Translators: %d is a year; the amounts are formatted with their unit, e.g. "1 234 567 kr" */
            add_finding (checker, STYR_SEVERITY_ERROR, STYR_FINDING_RAMAR_SUMMERAR_INTE, NULL,
                         _("Budgeten för %d går inte ihop: skatteintäkter, generella statsbidrag, finansnetto och övriga poster (%s) minus nämndernas ramar (%s) ger ett resultat på %s, men det budgeterade resultatet är %s; ramarna är %s för stora"),
                         year, items_text, frames_text, implied_text, budgeted_text, difference_text);
        }
      else if (implied < 0)
        {
          g_autofree char *frames_text = format_amount (frames);
          g_autofree char *items_text = format_amount (items);
          g_autofree char *deficit_text = format_amount (-implied);

          /* Translators: %d is a year; the amounts are formatted with their unit, e.g. "1 234 567 kr" */
          add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_RAMAR_SUMMERAR_INTE, NULL,
                       _("Nämndernas ramar för %d (%s) är större än skatteintäkter, generella statsbidrag, finansnetto och övriga poster (%s): budgeten ger ett underskott på %s"),
                       year, frames_text, items_text, deficit_text);
        }
    }
}

static void
check_frames_distributed (Checker     *checker,
                          GPtrArray   *organs,
                          GPtrArray   *units,
                          UnitEconomy *economies,
                          int          year)
{
  for (guint i = 0; i < organs->len; i++)
    {
      StyrOrgan *organ = g_ptr_array_index (organs, i);
      gint64 frame, lines = 0, difference;
      guint n_lines = 0;
      gboolean overflow = FALSE;
      g_autofree char *what = NULL;
      g_autofree char *frame_text = NULL;
      g_autofree char *lines_text = NULL;
      g_autofree char *difference_text = NULL;
      g_autoptr(GPtrArray) objects = NULL;

      if (!organ_carries_frame (organ) || !styr_organ_lookup_frame (organ, year, &frame))
        continue;

      for (guint u = 0; u < units->len; u++)
        {
          if (economies[u].organ != organ || economies[u].n_lines == 0)
            continue;
          n_lines += economies[u].n_lines;
          overflow |= economies[u].overflow;
          overflow |= !styr_money_add (lines, economies[u].year_budget, &lines, NULL);
        }

      /* Units without lines are enhet-utan-budget. */
      if (n_lines == 0)
        continue;

      what = describe (organ);
      objects = objects_of (organ, NULL);
      if (overflow || !styr_money_subtract (frame, lines, &difference, NULL))
        {
          add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_BUDGET_EJ_LIKA_RAM, objects,
                       _("Enheternas budget under %s för %d kan inte summeras: beloppen är för stora"),
                       what, year);
          continue;
        }
      if (difference == 0)
        continue;

      frame_text = format_amount (frame);
      lines_text = format_amount (lines);
      difference_text = format_amount (difference < 0 ? -difference : difference);
      if (difference > 0)
        /* Translators: the first %s is an organ, »name« (id); the others are amounts with their unit */
        add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_BUDGET_EJ_LIKA_RAM, objects,
                     _("Enheterna under %s har en budget för %d på %s, men nämndens ram är %s: %s av ramen är inte fördelat"),
                     what, year, lines_text, frame_text, difference_text);
      else
        /* Translators: the first %s is an organ, »name« (id); the others are amounts with their unit */
        add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_BUDGET_EJ_LIKA_RAM, objects,
                     _("Enheterna under %s har en budget för %d på %s, men nämndens ram är %s: budgeten överskrider ramen med %s"),
                     what, year, lines_text, frame_text, difference_text);
    }
}

static void
check_units_budgeted (Checker     *checker,
                      GPtrArray   *units,
                      UnitEconomy *economies,
                      int          year)
{
  for (guint u = 0; u < units->len; u++)
    {
      StyrUnit *unit = g_ptr_array_index (units, u);
      StyrOrgan *organ = economies[u].organ;
      g_autofree char *what = NULL;
      g_autofree char *whose = NULL;
      g_autoptr(GPtrArray) objects = NULL;

      if (styr_unit_get_kind (unit) != STYR_UNIT_KIND_UNIT || organ == NULL ||
          economies[u].n_lines > 0 || !styr_organ_lookup_frame (organ, year, NULL))
        continue;

      what = describe (unit);
      whose = describe (organ);
      objects = objects_of (unit, organ, NULL);
      add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_ENHET_UTAN_BUDGET, objects,
                   _("Enheten %s har ingen budget för %d, fast den hör till %s, som har en ram för året"),
                   what, year, whose);
    }
}

static void
check_forecasts (Checker     *checker,
                 StyrModel   *model,
                 GPtrArray   *organs,
                 int          year,
                 const GDate *today)
{
  g_autoptr(GPtrArray) occasions = items_of (styr_calendar_get_occasions (styr_model_get_calendar (model)));

  for (guint o = 0; o < occasions->len; o++)
    {
      StyrOccasion *occasion = g_ptr_array_index (occasions, o);
      const StyrPeriod *period = styr_occasion_get_period (occasion);
      const GDate *deadline = styr_occasion_get_deadline (occasion);
      g_autoptr(GDate) end = NULL;
      g_autofree char *when = NULL;
      g_autofree char *due = NULL;

      if ((styr_occasion_get_flags (occasion) & STYR_OCCASION_FLAGS_ECONOMY) == 0 ||
          period == NULL || styr_period_get_year (period) != year)
        continue;

      /* Without a deadline the forecast is due when the period ends. */
      if (deadline == NULL)
        deadline = end = styr_period_get_end_date (period);
      if (g_date_compare (deadline, today) >= 0)
        continue;

      when = describe_occasion (occasion);
      due = format_date (deadline);
      for (guint i = 0; i < organs->len; i++)
        {
          StyrOrgan *organ = g_ptr_array_index (organs, i);
          g_autofree char *what = NULL;
          g_autoptr(GPtrArray) objects = NULL;

          if (!organ_carries_frame (organ) ||
              !styr_organ_lookup_frame (organ, year, NULL) ||
              styr_organ_lookup_forecast (organ, styr_occasion_get_id (occasion), NULL, NULL))
            continue;

          what = describe (organ);
          objects = objects_of (organ, NULL);
          add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_PROGNOS_SAKNAS, objects,
                       _("%s har ingen helårsprognos vid uppföljningen %s, som skulle vara klar %s"),
                       what, when, due);
        }
    }
}

typedef struct
{
  int    year;
  int    month;
  guint  position;
} UnmappedRef;

static int
compare_unmapped (gconstpointer a,
                  gconstpointer b)
{
  const UnmappedRef *x = a, *y = b;
  int kx = x->year * 12 + x->month, ky = y->year * 12 + y->month;

  if (kx != ky)
    return (kx > ky) - (kx < ky);
  return (x->position > y->position) - (x->position < y->position);
}

/* At most this many rows are named in one finding. */
#define MAX_UNMAPPED_NAMED 5

static void
check_unmapped (Checker   *checker,
                StyrModel *model)
{
  guint n = styr_model_get_n_unmapped_outcomes (model);
  g_autoptr(GArray) refs = g_array_sized_new (FALSE, FALSE, sizeof (UnmappedRef), n);
  guint start = 0;

  for (guint i = 0; i < n; i++)
    {
      UnmappedRef ref = { 0, 0, i };

      styr_model_get_unmapped_outcome (model, i, &ref.year, &ref.month,
                                       NULL, NULL, NULL, NULL);
      g_array_append_val (refs, ref);
    }
  g_array_sort (refs, compare_unmapped);

  /* One finding per month, in time order. */
  while (start < refs->len)
    {
      const UnmappedRef *first = &g_array_index (refs, UnmappedRef, start);
      guint end = start;
      gint64 sum = 0;
      gboolean overflow = FALSE;
      g_autoptr(GString) rows = g_string_new (NULL);
      g_autofree char *sum_text = NULL;
      char month[16];

      while (end < refs->len &&
             g_array_index (refs, UnmappedRef, end).year == first->year &&
             g_array_index (refs, UnmappedRef, end).month == first->month)
        {
          const char *dim, *object, *account;
          gint64 ore;

          styr_model_get_unmapped_outcome (model, g_array_index (refs, UnmappedRef, end).position,
                                           NULL, NULL, &dim, &object, &account, &ore);
          overflow |= !styr_money_add (sum, ore, &sum, NULL);

          if (end - start < MAX_UNMAPPED_NAMED)
            {
              g_autofree char *amount = format_amount (ore);

              if (rows->len > 0)
                g_string_append (rows, "; ");
              if (object != NULL)
                /* Translators: an unmapped outcome row: a dimension, an object of it, an account and an amount */
                g_string_append_printf (rows, _("dimension %s objekt %s, konto %s: %s"),
                                        dim != NULL ? dim : "", object,
                                        account != NULL ? account : "", amount);
              else
                /* Translators: an unmapped outcome row: an account and an amount */
                g_string_append_printf (rows, _("konto %s: %s"),
                                        account != NULL ? account : "", amount);
            }
          end++;
        }

      if (end - start > MAX_UNMAPPED_NAMED)
        {
          g_string_append (rows, "; ");
          g_string_append_printf (rows,
                                  g_dngettext (GETTEXT_PACKAGE, "och %u rad till", "och %u rader till",
                                               end - start - MAX_UNMAPPED_NAMED),
                                  end - start - MAX_UNMAPPED_NAMED);
        }

      g_snprintf (month, sizeof month, "%04d-%02d", first->year, first->month);
      sum_text = overflow ? g_strdup (_("för mycket för att summeras")) : format_amount (sum);
      add_finding (checker, STYR_SEVERITY_WARNING, STYR_FINDING_UTFALL_OMAPPAT, NULL,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Utfallet för %s har %u rad som inte har förts till någon enhet eller något kostnadsslag, sammanlagt %s (%s); mappa objektet eller kontot och läs in månaden igen",
                                "Utfallet för %s har %u rader som inte har förts till någon enhet eller något kostnadsslag, sammanlagt %s (%s); mappa objekten eller kontona och läs in månaden igen",
                                end - start),
                   month, end - start, sum_text, rows->str);
      start = end;
    }
}

static void
check_units_attributed (Checker     *checker,
                        GPtrArray   *units,
                        UnitEconomy *economies)
{
  for (guint u = 0; u < units->len; u++)
    {
      StyrUnit *unit = g_ptr_array_index (units, u);
      const UnitEconomy *e = &economies[u];
      g_autofree char *what = NULL;
      g_autoptr(GPtrArray) objects = NULL;

      if (e->organ != NULL || (!e->has_budget && !e->has_outcomes))
        continue;

      what = describe (unit);
      objects = objects_of (unit, NULL);
      if (e->has_budget && e->has_outcomes)
        add_finding (checker, STYR_SEVERITY_ERROR, STYR_FINDING_ENHET_UTAN_NAMND, objects,
                     _("Enheten %s har budget och utfall men hör inte till någon nämnd, så beloppen kommer inte med i driftredovisningen; ange enhetens nämnd"),
                     what);
      else if (e->has_budget)
        add_finding (checker, STYR_SEVERITY_ERROR, STYR_FINDING_ENHET_UTAN_NAMND, objects,
                     _("Enheten %s har budget men hör inte till någon nämnd, så beloppen kommer inte med i driftredovisningen; ange enhetens nämnd"),
                     what);
      else
        add_finding (checker, STYR_SEVERITY_ERROR, STYR_FINDING_ENHET_UTAN_NAMND, objects,
                     _("Enheten %s har utfall men hör inte till någon nämnd, så beloppen kommer inte med i driftredovisningen; ange enhetens nämnd"),
                     what);
    }
}

/* The budgeted result ------------------------------------------------- */

typedef struct
{
  int    year;
  gint64 ore;
} BudgetedResult;

static GQuark
budgeted_result_quark (void)
{
  static GQuark quark = 0;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("styr-budgeted-result");
  return quark;
}

/* The model's budgeted results (BudgetedResult, sorted by year), made on
 * first use when @create. */
static GArray *
get_budgeted_results (StyrModel *model,
                      gboolean   create)
{
  GArray *rows = g_object_get_qdata (G_OBJECT (model), budgeted_result_quark ());

  if (rows == NULL && create)
    {
      rows = g_array_new (FALSE, FALSE, sizeof (BudgetedResult));
      g_object_set_qdata_full (G_OBJECT (model), budgeted_result_quark (),
                               rows, (GDestroyNotify) g_array_unref);
    }

  return rows;
}

/* The position of @year in @rows, or where it would go. */
static guint
find_budgeted_result (GArray   *rows,
                      int       year,
                      gboolean *found)
{
  guint lo = 0, hi = rows != NULL ? rows->len : 0;

  *found = FALSE;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int y = g_array_index (rows, BudgetedResult, mid).year;

      if (y == year)
        {
          *found = TRUE;
          return mid;
        }
      if (y < year)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/**
 * styr_model_set_budgeted_result:
 * @self: a [class@Styr.Model]
 * @year: the budget or plan year, 1 … 9999
 * @ore: the result the council's budget plans for @year in öre, a
 *   surplus positive
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the budgeted result (*budgeterat resultat*, *årets resultat* in the
 * budget) of the municipality for @year, as the council decided it: the
 * surplus the budget is built to leave, often about 2 % of tax income and
 * general state grants. Validation checks that the frames of the nämnder
 * and the result budget add up to it (`ramar-summerar-inte`, see
 * [method@Styr.Model.validate]).
 *
 * Fails with %STYR_ERROR_INVALID_ARGUMENT when @year is out of range; then
 * nothing changes.
 *
 * Returns: %TRUE if the budgeted result was set
 *
 * Since: 1.0
 */
gboolean
styr_model_set_budgeted_result (StyrModel  *self,
                                int         year,
                                gint64      ore,
                                GError    **error)
{
  BudgetedResult row = { year, ore };
  GArray *rows;
  gboolean found;
  guint pos;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (year < 1 || year > 9999)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Året %d är utanför det tillåtna intervallet %d–%d"),
                   year, 1, 9999);
      return FALSE;
    }

  rows = get_budgeted_results (self, TRUE);
  pos = find_budgeted_result (rows, year, &found);
  if (found)
    g_array_index (rows, BudgetedResult, pos).ore = ore;
  else
    g_array_insert_val (rows, pos, row);

  return TRUE;
}

/**
 * styr_model_lookup_budgeted_result:
 * @self: a [class@Styr.Model]
 * @year: a year
 * @ore: (out) (optional): return location for the budgeted result in öre,
 *   0 when there is none
 *
 * Looks up the budgeted result of @year
 * ([method@Styr.Model.set_budgeted_result]).
 *
 * Returns: %TRUE if @self has a budgeted result for @year
 *
 * Since: 1.0
 */
gboolean
styr_model_lookup_budgeted_result (StyrModel *self,
                                   int        year,
                                   gint64    *ore)
{
  GArray *rows;
  gboolean found;
  guint pos;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);

  rows = get_budgeted_results (self, FALSE);
  pos = find_budgeted_result (rows, year, &found);
  if (ore != NULL)
    *ore = found ? g_array_index (rows, BudgetedResult, pos).ore : 0;

  return found;
}

/**
 * styr_model_remove_budgeted_result:
 * @self: a [class@Styr.Model]
 * @year: a year
 *
 * Removes the budgeted result of @year.
 *
 * Returns: %TRUE if there was one
 *
 * Since: 1.0
 */
gboolean
styr_model_remove_budgeted_result (StyrModel *self,
                                   int        year)
{
  GArray *rows;
  gboolean found;
  guint pos;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);

  rows = get_budgeted_results (self, FALSE);
  pos = find_budgeted_result (rows, year, &found);
  if (found)
    g_array_remove_index (rows, pos);

  return found;
}

/**
 * styr_model_get_n_budgeted_results:
 * @self: a [class@Styr.Model]
 *
 * Counts the years @self has a budgeted result for, for enumerating them
 * with [method@Styr.Model.get_budgeted_result].
 *
 * Returns: the number of budgeted results
 *
 * Since: 1.0
 */
guint
styr_model_get_n_budgeted_results (StyrModel *self)
{
  GArray *rows;

  g_return_val_if_fail (STYR_IS_MODEL (self), 0);

  rows = get_budgeted_results (self, FALSE);
  return rows != NULL ? rows->len : 0;
}

/**
 * styr_model_get_budgeted_result:
 * @self: a [class@Styr.Model]
 * @position: the position, less than
 *   [method@Styr.Model.get_n_budgeted_results]
 * @year: (out) (optional): return location for the year
 * @ore: (out) (optional): return location for the budgeted result in öre
 *
 * Gets the budgeted result at @position; they are kept in year order.
 *
 * Since: 1.0
 */
void
styr_model_get_budgeted_result (StyrModel *self,
                                guint      position,
                                int       *year,
                                gint64    *ore)
{
  GArray *rows;
  const BudgetedResult *row;

  g_return_if_fail (STYR_IS_MODEL (self));

  rows = get_budgeted_results (self, FALSE);
  g_return_if_fail (rows != NULL && position < rows->len);

  row = &g_array_index (rows, BudgetedResult, position);
  if (year != NULL)
    *year = row->year;
  if (ore != NULL)
    *ore = row->ore;
}

/**
 * styr_model_validate:
 * @self: a [class@Styr.Model]
 * @year: the budget year the targets are checked for, or 0 for the
 *   model's budget year ([method@Styr.Model.get_budget_year]) or, when
 *   the model has no budget document, the year of @today
 * @today: (nullable): the date review dates and the ends of follow-up
 *   periods are compared with, or %NULL for the current local date
 *
 * Checks that the goal chain (*målkedjan*) hangs together and that the
 * model holds what follow-up needs, and lists what is wrong as
 * [class@Styr.Finding]s. The model is not changed.
 *
 * The checks run in the order of the table; each one goes through the
 * objects in model order ([method@Styr.Model.get_goals] and its
 * siblings), so the same model always gives the same findings in the
 * same order. The codes are stable and available as `STYR_FINDING_…`
 * constants; the messages are translated and may change. The objects of
 * a finding start with the object it is about.
 *
 * | code | severity | finding | objects |
 * |---|---|---|---|
 * | `kommunkod-ogiltig` | warning | the *kommunkod* is set but is not four digits | — |
 * | `vision-saknas` | error | the model has *inriktningsmål* but no vision for them to serve | the *inriktningsmål* |
 * | `mal-utan-overordnat` | error | a goal below the council level (*nämndmål*, *verksamhetsmål*, *enhetsmål*) serves no parent goal | the goal |
 * | `kedja-bruten` | error | a goal has parents, but following them up never reaches an *inriktningsmål* | the goal, then the goals where its chain stops |
 * | `namndmal-ej-uppfoljningsbart` | error | a *nämndmål* has no indicator, so it is not followable (*uppföljningsbart*) | the goal |
 * | `aktivitet-utan-mal` | error | an activity serves no goal | the activity |
 * | `aktivitet-utan-forvantat-resultat` | warning | an activity has neither an indicator nor an expected result (*förväntat resultat*) | the activity |
 * | `inriktningsmal-utan-namndmal` | warning | an *inriktningsmål* has no *nämndmål* among the goals below it (Malmö's *träffbild*) | the goal |
 * | `perspektiv-utan-mal` | warning for *inriktningsmål* and *nämndmål*, information below | a level has goals, but none in this perspective; one finding per level (highest first) and perspective (in order) | the perspective |
 * | `bolag-utan-agardirektivmal` | warning | a municipal company (*kommunalt bolag*) has no owner directive (*ägardirektiv*), or no goal is decided in it | the company, then its owner directive if it has one |
 * | `indikator-utan-malvarde` | warning | an indicator follows up a goal but has neither a target for @year nor a standing target | the indicator, then the goals it follows up |
 * | `mal-utan-agare` | warning | a goal has no owner | the goal |
 * | `mal-utan-perspektiv` | warning | a goal belongs to no perspective | the goal |
 * | `styrdokument-ej-reviderat` | warning | a document's review date lies before @today ([method@Styr.Document.is_past_review]) | the document |
 * | `bedomning-utan-analys` | warning | an assessment ([class@Styr.Assessment]) at a level scoring below 1.0 (not fully fulfilled) has neither an analysis (*analys*) nor measures (*åtgärder*); one finding per goal (in order) and occasion (in period order) | the goal |
 * | `mal-ej-bedomt` | warning | an *inriktningsmål* or a *nämndmål* has no assessment with a level at an occasion of the calendar ([property@Styr.Model:calendar]) that follows up goals ([flags@Styr.OccasionFlags.GOALS]) and whose period ended before @today; one finding per occasion (in calendar order) and goal (in order) | the goal |
 * | `bedomning-okand-niva` | error | the level or the prognosis of an assessment is not a level of the model's scale ([property@Styr.Model:scale]), e.g. after a switch to another scale; one finding per identifier | the goal |
 * | `okand-sammanvagning` | error | the model's roll-up rule ([property@Styr.Model:rollup-rule]) or a goal's ([property@Styr.Goal:rollup-rule]) is not one of the built-in rules `viktat-medel`, `samsta`, `alla-grona`, `andel-barn`; the model's first, then one finding per goal (in order). Validation knows only the built-in rules: a rule an application registers on a [class@Styr.FollowUp] is still reported here | the goal, or none for the model's rule |
 * | `ramar-summerar-inte` | error, or warning without a budgeted result | the budget of a year does not balance (see below); one finding per year (in order) that has both frames and a result budget | — |
 * | `budget-ej-lika-ram` | warning | the budget lines for @year of the units of a nämnd ([method@Styr.Unit.get_budget_organ]) do not sum to its frame for @year; only when some unit of it has a line for @year | the nämnd |
 * | `enhet-utan-budget` | warning | a unit of kind %STYR_UNIT_KIND_UNIT belongs to a nämnd with a frame for @year, but has no budget line for @year | the unit, then the nämnd |
 * | `prognos-saknas` | warning | a nämnd with a frame for @year has no full-year forecast ([method@Styr.Organ.lookup_forecast]) at an occasion of @year that follows up the economy ([flags@Styr.OccasionFlags.ECONOMY]) and whose deadline (without one: the end of its period) is before @today; one finding per occasion (in calendar order) and nämnd (in order) | the nämnd |
 * | `utfall-omappat` | warning | imported outcome rows that no unit or cost category took ([method@Styr.Model.get_unmapped_outcome]) are kept; one finding per month (in time order, every year), with their number, their sum and the first five in the model's order ([method@Styr.Model.get_unmapped_outcome]) | — |
 * | `enhet-utan-namnd` | error | a unit of any kind has budget lines or outcomes, but belongs to no nämnd ([method@Styr.Unit.get_budget_organ] is %NULL), so its money is missing from every nämnd's figures | the unit |
 *
 * Errors (*fel*) are breaks in the chain and goals that cannot be
 * followed up: the evaluators' first criticism, and what a plan must not
 * be adopted with. In the economy they are a budget that does not add up
 * and money that belongs to no nämnd.
 *
 * `ramar-summerar-inte` is the council's budget balance
 * (*budgetavstämning*), in the signs of the library (frames are net cost;
 * result items are contributions to the result): for each year in which
 * a nämnd has a frame ([method@Styr.Organ.set_frame]) and the model has a
 * budget for at least one result item
 * ([method@Styr.Model.set_result_budget]),
 *
 *     Σ frames of the nämnder + budgeted result
 *       = tax income + general state grants + financial net + other items
 *
 * where result items without a budget count as 0 and the balance
 * requirement's adjustments ([enum@Styr.ResultItem.BALANCE_ADJUSTMENTS])
 * are left out, since they are not part of *årets resultat*. When the
 * model has a budgeted result for the year
 * ([method@Styr.Model.set_budgeted_result]), any difference is an error,
 * its message saying how much is left undistributed or how much the
 * frames are too large. Without one, the budget is only checked for a
 * deficit: a warning when the frames exceed the result items.
 *
 * `budget-ej-lika-ram`, `enhet-utan-budget` and `prognos-saknas` look
 * at @year only; `utfall-omappat` and `enhet-utan-namnd` at every year.
 * A model without frames, budget lines and outcomes (one that steers by
 * goals alone) gets none of the economic findings.
 *
 * `mal-ej-bedomt` looks at *inriktningsmål* and *nämndmål* only: those
 * are what the follow-up reports to the council (each board's goal
 * fulfilment, and the council's goals rolled up from the boards), while
 * *verksamhetsmål* and *enhetsmål* are followed up within the
 * administration, often at other times. An assessment whose level the
 * scale lacks counts as made there and is reported as
 * `bedomning-okand-niva` instead. Warnings (*varningar*) are gaps a controller fixes
 * before the next follow-up. Information is worth knowing but often
 * deliberate.
 *
 * ```python
 * for f in model.validate(2025, None):
 *     print(Styr.severity_to_string(f.props.severity), f.props.code, f.props.message)
 * ```
 *
 * Returns: (transfer full): a new list model of [class@Styr.Finding],
 *   empty when nothing was found
 *
 * Since: 1.0
 */
GListModel *
styr_model_validate (StyrModel   *self,
                     int          year,
                     const GDate *today)
{
  g_autoptr(GPtrArray) perspectives = NULL;
  g_autoptr(GPtrArray) organs = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autofree UnitEconomy *economies = NULL;
  Checker checker;
  GDate now;

  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  g_return_val_if_fail (year >= 0, NULL);
  g_return_val_if_fail (today == NULL || g_date_valid (today), NULL);

  _styr_init_i18n ();

  if (today == NULL)
    {
      g_date_clear (&now, 1);
      g_date_set_time_t (&now, time (NULL));
      today = &now;
    }
  if (year == 0)
    year = styr_model_get_budget_year (self);
  if (year == 0)
    year = g_date_get_year (today);

  perspectives = items_of (styr_model_get_perspectives (self));
  organs = items_of (styr_model_get_organs (self));
  documents = items_of (styr_model_get_documents (self));
  goals = items_of (styr_model_get_goals (self));
  indicators = items_of (styr_model_get_indicators (self));
  activities = items_of (styr_model_get_activities (self));
  units = items_of (styr_model_get_units (self));

  checker.store = g_list_store_new (STYR_TYPE_FINDING);

  check_kommunkod (&checker, self);
  check_vision (&checker, self, goals);
  check_parent (&checker, goals);
  check_chain (&checker, goals);
  check_followable (&checker, goals);
  check_activity_goal (&checker, activities);
  check_activity_result (&checker, activities);
  check_coverage (&checker, goals);
  check_perspectives (&checker, perspectives, goals);
  check_companies (&checker, organs, goals);
  check_targets (&checker, indicators, year);
  check_owners (&checker, goals);
  check_goal_perspectives (&checker, goals);
  check_reviews (&checker, documents, today);
  check_assessment_analysis (&checker, goals);
  check_unassessed (&checker, self, goals, today);
  check_assessment_levels (&checker, self, goals);
  check_rollup_rules (&checker, self, goals);

  economies = unit_economies (units, year);
  check_frames_balance (&checker, self, organs);
  check_frames_distributed (&checker, organs, units, economies, year);
  check_units_budgeted (&checker, units, economies, year);
  check_forecasts (&checker, self, organs, year, today);
  check_unmapped (&checker, self);
  check_units_attributed (&checker, units, economies);

  return G_LIST_MODEL (checker.store);
}
