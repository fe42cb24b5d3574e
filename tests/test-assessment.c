/* test-assessment.c — assessments (bedömningar) of goals at follow-up
 * occasions, their storage on the goal, and the reporting status.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libstyr/styr.h>

/* A small model with the three-level scale and a calendar of two
 * tertials:
 *
 *   kf  ── im-1
 *   bun ── nm-1 (serves im-1), nm-2 (serves im-1)
 *   sektor ── vm-1 (serves nm-1)
 *   im-2 has no owner
 *
 *   calendar: t1 (2025-T1, goals), t2 (2025-T2, goals and economy)
 */
typedef struct
{
  StyrModel    *model;
  StyrOccasion *t1;
  StyrOccasion *t2;
  StyrGoal     *im1;
  StyrGoal     *im2;
  StyrGoal     *nm1;
  StyrGoal     *nm2;
  StyrGoal     *vm1;
  StyrEntity   *kf;
  StyrEntity   *bun;
  StyrEntity   *sektor;
} Fixture;

/* Asserts that @call, which reports to &ok_error, succeeds. */
#define OK(call) G_STMT_START { \
    g_autoptr(GError) ok_error = NULL; \
    gboolean ok_ret = (call); \
    g_assert_no_error (ok_error); \
    g_assert_true (ok_ret); \
  } G_STMT_END

static gpointer
add (StyrModel *model,
     gpointer   entity)
{
  OK (styr_model_add (model, STYR_ENTITY (entity), &ok_error));
  g_object_unref (entity);
  return entity;  /* owned by the model */
}

static StyrOccasion *
add_occasion (StyrModel         *model,
              const char        *id,
              const char        *name,
              StyrPeriod        *period,
              StyrOccasionFlags  flags)
{
  g_autoptr(StyrPeriod) owned = period;
  g_autoptr(StyrOccasion) occasion = styr_occasion_new (id, name, owned, flags);

  OK (styr_calendar_add_occasion (styr_model_get_calendar (model), occasion, &ok_error));
  return occasion;  /* owned by the calendar */
}

static StyrGoal *
add_goal (StyrModel     *model,
          const char    *id,
          StyrGoalLevel  level,
          StyrEntity    *owner,
          StyrGoal      *parent)
{
  StyrGoal *goal = add (model, styr_goal_new (id, level, id));

  if (owner != NULL)
    OK (styr_goal_set_owner (goal, owner, &ok_error));
  if (parent != NULL)
    OK (styr_goal_add_parent (goal, parent, &ok_error));
  return goal;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  StyrModel *model = styr_model_new ();

  f->model = model;
  f->kf = add (model, styr_organ_new ("kf", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige"));
  f->bun = add (model, styr_organ_new ("bun", STYR_ORGAN_KIND_BOARD, "Barn- och utbildningsnämnden"));
  f->sektor = add (model, styr_unit_new ("sektor", STYR_UNIT_KIND_ADMINISTRATION, "Sektor Barn och utbildning"));

  f->im1 = add_goal (model, "im-1", STYR_GOAL_LEVEL_COUNCIL, f->kf, NULL);
  f->nm1 = add_goal (model, "nm-1", STYR_GOAL_LEVEL_BOARD, f->bun, f->im1);
  f->nm2 = add_goal (model, "nm-2", STYR_GOAL_LEVEL_BOARD, f->bun, f->im1);
  f->vm1 = add_goal (model, "vm-1", STYR_GOAL_LEVEL_OPERATIONAL, f->sektor, f->nm1);
  f->im2 = add_goal (model, "im-2", STYR_GOAL_LEVEL_COUNCIL, NULL, NULL);

  /* Added in reverse order: the calendar sorts them. */
  f->t2 = add_occasion (model, "t2", "Delårsrapport 2025", styr_period_new_tertial (2025, 2),
                        STYR_OCCASION_FLAGS_GOALS | STYR_OCCASION_FLAGS_ECONOMY);
  f->t1 = add_occasion (model, "t1", "Tertialrapport 1 2025", styr_period_new_tertial (2025, 1),
                        STYR_OCCASION_FLAGS_GOALS);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->model);
}

static StyrAssessment *
assessment_new (StyrGoal     *goal,
                StyrOccasion *occasion,
                const char   *level_id,
                const char   *prognosis_id)
{
  return g_object_new (STYR_TYPE_ASSESSMENT,
                       "goal", goal,
                       "occasion", occasion,
                       "level-id", level_id,
                       "prognosis-id", prognosis_id,
                       NULL);
}

/* Stores a new assessment of @goal at @occasion and returns it (owned by
 * the goal). */
static StyrAssessment *
assess (StyrGoal     *goal,
        StyrOccasion *occasion,
        const char   *level_id,
        const char   *prognosis_id)
{
  g_autoptr(StyrAssessment) a = assessment_new (goal, occasion, level_id, prognosis_id);

  OK (styr_goal_set_assessment (goal, a, &ok_error));
  return a;
}

/* "id id …" of a list model of entities. */
static char *
ids_of (GListModel *list)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(StyrEntity) e = g_list_model_get_item (list, i);

      if (i > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, styr_entity_get_id (e));
    }

  return g_string_free (s, FALSE);
}

/* "occasion-id occasion-id …" of a goal's assessments. */
static char *
occasions_of (StyrGoal *goal)
{
  GListModel *list = styr_goal_get_assessments (goal);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(StyrAssessment) a = g_list_model_get_item (list, i);

      if (i > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, styr_occasion_get_id (styr_assessment_get_occasion (a)));
    }

  return g_string_free (s, FALSE);
}

/* Records StyrGoal::assessment-changed. */
typedef struct
{
  guint         count;
  StyrOccasion *last;
} Changes;

static void
on_assessment_changed (StyrGoal     *goal,
                       StyrOccasion *occasion,
                       Changes      *changes)
{
  g_assert_true (STYR_IS_GOAL (goal));
  g_assert_true (STYR_IS_OCCASION (occasion));
  changes->count++;
  changes->last = occasion;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
count_items_changed (GListModel *list,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

/* The assessment itself ---------------------------------------------------- */

static void
test_properties (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(StyrAssessment) a = styr_assessment_new (f->nm1, f->t1);
  g_autoptr(GDate) day = g_date_new_dmy (20, G_DATE_MAY, 2025);
  g_autoptr(StyrGoal) goal = NULL;
  g_autoptr(StyrOccasion) occasion = NULL;
  g_autofree char *level_id = NULL;
  g_autofree char *analysis = NULL;
  g_autoptr(GDate) got_day = NULL;
  guint notified = 0;

  g_assert_true (styr_assessment_get_goal (a) == f->nm1);
  g_assert_true (styr_assessment_get_occasion (a) == f->t1);
  g_assert_null (styr_assessment_get_level_id (a));
  g_assert_null (styr_assessment_get_analysis (a));
  g_assert_null (styr_assessment_get_measures (a));
  g_assert_null (styr_assessment_get_prognosis_id (a));
  g_assert_null (styr_assessment_get_assessed_by (a));
  g_assert_null (styr_assessment_get_assessed_on (a));
  g_assert_null (styr_assessment_get_level (a));
  g_assert_null (styr_assessment_get_prognosis (a));

  g_signal_connect (a, "notify", G_CALLBACK (count_notify), &notified);
  styr_assessment_set_level_id (a, "delvis-uppfyllt");
  styr_assessment_set_level_id (a, "delvis-uppfyllt");
  styr_assessment_set_analysis (a, "Läsresultaten har förbättrats men når inte målet.");
  styr_assessment_set_measures (a, "Läsfrämjande insatser i F–3.");
  styr_assessment_set_prognosis_id (a, "uppfyllt");
  styr_assessment_set_assessed_by (a, "Barn- och utbildningsnämnden");
  styr_assessment_set_assessed_on (a, day);
  styr_assessment_set_assessed_on (a, day);
  g_assert_cmpuint (notified, ==, 6);

  g_assert_cmpstr (styr_assessment_get_level_id (a), ==, "delvis-uppfyllt");
  g_assert_cmpstr (styr_assessment_get_measures (a), ==, "Läsfrämjande insatser i F–3.");
  g_assert_cmpstr (styr_assessment_get_prognosis_id (a), ==, "uppfyllt");
  g_assert_cmpstr (styr_assessment_get_assessed_by (a), ==, "Barn- och utbildningsnämnden");
  g_assert_cmpint (g_date_compare (styr_assessment_get_assessed_on (a), day), ==, 0);

  g_object_get (a,
                "goal", &goal,
                "occasion", &occasion,
                "level-id", &level_id,
                "analysis", &analysis,
                "assessed-on", &got_day,
                NULL);
  g_assert_true (goal == f->nm1);
  g_assert_true (occasion == f->t1);
  g_assert_cmpstr (level_id, ==, "delvis-uppfyllt");
  g_assert_cmpstr (analysis, ==, "Läsresultaten har förbättrats men når inte målet.");
  g_assert_cmpint (g_date_compare (got_day, day), ==, 0);

  /* Resolved against the model's scale even before it is stored. */
  g_assert_cmpstr (styr_scale_level_get_id (styr_assessment_get_level (a)), ==, "delvis-uppfyllt");
  g_assert_cmpstr (styr_scale_level_get_id (styr_assessment_get_prognosis (a)), ==, "uppfyllt");

  styr_assessment_set_level_id (a, NULL);
  styr_assessment_set_assessed_on (a, NULL);
  g_assert_null (styr_assessment_get_level (a));
  g_assert_null (styr_assessment_get_assessed_on (a));
  g_assert_cmpuint (notified, ==, 8);

  /* The handler points at this function's stack: cut it before the
   * fixture disposes the model and the lists emit one last time. */
  g_signal_handlers_disconnect_by_data (a, &notified);
}

/* Storage on the goal ------------------------------------------------------ */

static void
test_set_lookup (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(StyrAssessment) a2 = assessment_new (f->nm1, f->t2, "uppfyllt", NULL);
  g_autoptr(StyrAssessment) a1 = assessment_new (f->nm1, f->t1, "ej-uppfyllt", "delvis-uppfyllt");
  GListModel *list = styr_goal_get_assessments (f->nm1);
  g_autofree char *order = NULL;
  guint changed = 0;

  g_assert_true (g_list_model_get_item_type (list) == STYR_TYPE_ASSESSMENT);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_null (styr_goal_lookup_assessment (f->nm1, f->t1));
  g_signal_connect (list, "items-changed", G_CALLBACK (count_items_changed), &changed);

  /* T2 first, then T1: the list is in period order all the same. */
  OK (styr_goal_set_assessment (f->nm1, a2, &ok_error));
  OK (styr_goal_set_assessment (f->nm1, a1, &ok_error));
  g_assert_true (styr_goal_get_assessments (f->nm1) == list);
  order = occasions_of (f->nm1);
  g_assert_cmpstr (order, ==, "t1 t2");
  g_assert_cmpuint (changed, ==, 2);

  g_assert_true (styr_goal_lookup_assessment (f->nm1, f->t1) == a1);
  g_assert_true (styr_goal_lookup_assessment (f->nm1, f->t2) == a2);
  g_assert_null (styr_goal_lookup_assessment (f->nm2, f->t1));

  /* The goal holds its own reference. */
  g_clear_object (&a1);
  a1 = g_object_ref (styr_goal_lookup_assessment (f->nm1, f->t1));
  g_assert_cmpstr (styr_assessment_get_level_id (a1), ==, "ej-uppfyllt");
  g_assert_cmpstr (styr_scale_level_get_id (styr_assessment_get_prognosis (a1)), ==, "delvis-uppfyllt");

  /* The handler points at this function's stack: cut it before the
   * fixture disposes the model and the lists emit one last time. */
  g_signal_handlers_disconnect_by_data (list, &changed);
}

/* The goal makes its list model only when one is asked for: a model made
 * after the assessments were stored, replaced and removed holds what
 * lookup gives, in period order, and follows later changes. */
static void
test_model_made_late (Fixture       *f,
                      gconstpointer  data)
{
  StyrAssessment *a2 = assess (f->nm1, f->t2, "uppfyllt", NULL);
  StyrAssessment *a1;
  GListModel *list;
  g_autofree char *order = NULL;
  guint changed = 0;

  assess (f->nm1, f->t1, "ej-uppfyllt", NULL);
  a1 = assess (f->nm1, f->t1, "delvis-uppfyllt", NULL);     /* replaces */
  assess (f->nm2, f->t1, "uppfyllt", NULL);
  OK (styr_goal_remove_assessment (f->nm2, f->t1, &ok_error));

  list = styr_goal_get_assessments (f->nm1);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_true (g_list_model_get_item_type (list) == STYR_TYPE_ASSESSMENT);
  {
    g_autoptr(StyrAssessment) first = g_list_model_get_item (list, 0);
    g_autoptr(StyrAssessment) second = g_list_model_get_item (list, 1);

    g_assert_true (first == a1);
    g_assert_true (second == a2);
  }
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_assessments (f->nm2)), ==, 0);

  /* From now on the model follows each change. */
  g_signal_connect (list, "items-changed", G_CALLBACK (count_items_changed), &changed);
  OK (styr_goal_remove_assessment (f->nm1, f->t1, &ok_error));
  order = occasions_of (f->nm1);
  g_assert_cmpstr (order, ==, "t2");
  a1 = assess (f->nm1, f->t1, "uppfyllt", NULL);
  g_clear_pointer (&order, g_free);
  order = occasions_of (f->nm1);
  g_assert_cmpstr (order, ==, "t1 t2");
  g_assert_true (styr_goal_lookup_assessment (f->nm1, f->t1) == a1);
  g_assert_cmpuint (changed, ==, 2);

  g_signal_handlers_disconnect_by_data (list, &changed);
}

static void
test_replace (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(StyrAssessment) first = assessment_new (f->nm1, f->t1, "ej-uppfyllt", NULL);
  g_autoptr(StyrAssessment) second = assessment_new (f->nm1, f->t1, "delvis-uppfyllt", NULL);
  GListModel *list = styr_goal_get_assessments (f->nm1);
  Changes changes = { 0, };

  assess (f->nm1, f->t2, "uppfyllt", NULL);
  g_signal_connect (f->nm1, "assessment-changed", G_CALLBACK (on_assessment_changed), &changes);

  OK (styr_goal_set_assessment (f->nm1, first, &ok_error));
  OK (styr_goal_set_assessment (f->nm1, second, &ok_error));
  g_assert_cmpuint (changes.count, ==, 2);
  g_assert_true (changes.last == f->t1);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_true (styr_goal_lookup_assessment (f->nm1, f->t1) == second);

  /* Storing the stored assessment again changes nothing. */
  OK (styr_goal_set_assessment (f->nm1, second, &ok_error));
  g_assert_cmpuint (changes.count, ==, 2);

  /* The replaced one is no longer watched. */
  styr_assessment_set_analysis (first, "Gammal analys");
  g_assert_cmpuint (changes.count, ==, 2);

  /* The handler points at this function's stack: cut it before the
   * fixture disposes the model and the lists emit one last time. */
  g_signal_handlers_disconnect_by_data (f->nm1, &changes);
}

static void
test_remove (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrAssessment) held = NULL;
  Changes changes = { 0, };

  held = g_object_ref (assess (f->nm1, f->t1, "uppfyllt", NULL));
  assess (f->nm1, f->t2, "uppfyllt", NULL);
  g_signal_connect (f->nm1, "assessment-changed", G_CALLBACK (on_assessment_changed), &changes);

  OK (styr_goal_remove_assessment (f->nm1, f->t1, &ok_error));
  g_assert_cmpuint (changes.count, ==, 1);
  g_assert_true (changes.last == f->t1);
  g_assert_null (styr_goal_lookup_assessment (f->nm1, f->t1));
  g_assert_nonnull (styr_goal_lookup_assessment (f->nm1, f->t2));
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_assessments (f->nm1)), ==, 1);

  /* A removed assessment is no longer watched. */
  styr_assessment_set_level_id (held, "ej-uppfyllt");
  g_assert_cmpuint (changes.count, ==, 1);

  g_assert_false (styr_goal_remove_assessment (f->nm1, f->t1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "(nm-1)"));
  g_assert_nonnull (strstr (error->message, "(t1)"));
  g_assert_cmpuint (changes.count, ==, 1);

  /* The handler points at this function's stack: cut it before the
   * fixture disposes the model and the lists emit one last time. */
  g_signal_handlers_disconnect_by_data (f->nm1, &changes);
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(StyrGoal) loose = styr_goal_new ("nm-lös", STYR_GOAL_LEVEL_BOARD, "Utanför modellen");
  g_autoptr(StyrOccasion) elsewhere = styr_occasion_new ("t3", "Årsredovisning 2025",
                                                         styr_occasion_get_period (f->t1),
                                                         STYR_OCCASION_FLAGS_GOALS);
  g_autoptr(StyrAssessment) for_other = assessment_new (f->nm2, f->t1, "uppfyllt", NULL);
  g_autoptr(StyrAssessment) for_none = g_object_new (STYR_TYPE_ASSESSMENT, "occasion", f->t1, NULL);
  g_autoptr(StyrAssessment) no_occasion = g_object_new (STYR_TYPE_ASSESSMENT, "goal", f->nm1, NULL);
  g_autoptr(StyrAssessment) loose_a = assessment_new (loose, f->t1, "uppfyllt", NULL);
  g_autoptr(StyrAssessment) not_in_calendar = assessment_new (f->nm1, elsewhere, "uppfyllt", NULL);
  g_autoptr(StyrAssessment) bad_level = assessment_new (f->nm1, f->t1, "gront", NULL);
  g_autoptr(StyrAssessment) bad_prognosis = assessment_new (f->nm1, f->t1, "uppfyllt", "uppnatt");
  g_autoptr(StyrAssessment) stored = assessment_new (f->nm1, f->t1, "delvis-uppfyllt", NULL);
  struct {
    StyrGoal       *goal;
    StyrAssessment *assessment;
    int             code;
    const char     *mentions;
  } cases[] = {
    { f->nm1, for_other,       STYR_ERROR_INVALID_ARGUMENT, "(nm-2)" },
    { f->nm1, for_none,        STYR_ERROR_INVALID_ARGUMENT, "(nm-1)" },
    { f->nm1, no_occasion,     STYR_ERROR_INVALID_ARGUMENT, "(nm-1)" },
    { loose,  loose_a,         STYR_ERROR_WRONG_MODEL,      "(nm-lös)" },
    { f->nm1, not_in_calendar, STYR_ERROR_NOT_FOUND,        "(t3)" },
    { f->nm1, bad_level,       STYR_ERROR_NOT_FOUND,        "»gront«" },
    { f->nm1, bad_prognosis,   STYR_ERROR_NOT_FOUND,        "»uppnatt«" },
  };
  Changes changes = { 0, };

  OK (styr_goal_set_assessment (f->nm1, stored, &ok_error));
  g_signal_connect (f->nm1, "assessment-changed", G_CALLBACK (on_assessment_changed), &changes);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (styr_goal_set_assessment (cases[i].goal, cases[i].assessment, &error));
      g_assert_error (error, STYR_ERROR, cases[i].code);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_nonnull (strstr (error->message, cases[i].mentions));

      /* Nothing changed. */
      g_assert_cmpuint (changes.count, ==, 0);
      g_assert_true (styr_goal_lookup_assessment (f->nm1, f->t1) == stored);
      g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_assessments (f->nm1)), ==, 1);
      g_assert_null (styr_goal_lookup_assessment (f->nm2, f->t1));
      g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_assessments (loose)), ==, 0);
    }

  /* The handler points at this function's stack: cut it before the
   * fixture disposes the model and the lists emit one last time. */
  g_signal_handlers_disconnect_by_data (f->nm1, &changes);
}

static void
test_signal (Fixture       *f,
             gconstpointer  data)
{
  StyrAssessment *a;
  Changes changes = { 0, };
  Changes other = { 0, };
  g_autoptr(GDate) day = g_date_new_dmy (10, G_DATE_MAY, 2025);

  g_signal_connect (f->nm1, "assessment-changed", G_CALLBACK (on_assessment_changed), &changes);
  g_signal_connect (f->nm2, "assessment-changed", G_CALLBACK (on_assessment_changed), &other);

  a = assess (f->nm1, f->t1, "delvis-uppfyllt", NULL);
  g_assert_cmpuint (changes.count, ==, 1);
  g_assert_true (changes.last == f->t1);

  /* A change of a stored assessment is a change of the goal's. */
  styr_assessment_set_analysis (a, "Analys");
  styr_assessment_set_measures (a, "Åtgärder");
  styr_assessment_set_prognosis_id (a, "uppfyllt");
  styr_assessment_set_assessed_by (a, "BUN");
  styr_assessment_set_assessed_on (a, day);
  styr_assessment_set_level_id (a, "uppfyllt");
  g_assert_cmpuint (changes.count, ==, 7);
  /* … but not when nothing changes. */
  styr_assessment_set_level_id (a, "uppfyllt");
  g_assert_cmpuint (changes.count, ==, 7);

  /* Bundled notifications are one change each. */
  g_object_freeze_notify (G_OBJECT (a));
  styr_assessment_set_analysis (a, "Ny analys");
  styr_assessment_set_measures (a, NULL);
  g_object_thaw_notify (G_OBJECT (a));
  g_assert_cmpuint (changes.count, ==, 9);

  assess (f->nm1, f->t2, NULL, NULL);
  g_assert_cmpuint (changes.count, ==, 10);
  g_assert_true (changes.last == f->t2);

  OK (styr_goal_remove_assessment (f->nm1, f->t2, &ok_error));
  g_assert_cmpuint (changes.count, ==, 11);
  g_assert_true (changes.last == f->t2);

  /* Other goals are not told. */
  g_assert_cmpuint (other.count, ==, 0);

  /* The handler points at this function's stack: cut it before the
   * fixture disposes the model and the lists emit one last time. */
  g_signal_handlers_disconnect_by_data (f->nm1, &changes);
  g_signal_handlers_disconnect_by_data (f->nm2, &other);
}

static void
test_occasion_removed (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrAssessment) again = NULL;
  g_autofree char *period = NULL;
  StyrOccasion *t1 = f->t1;
  StyrAssessment *a;

  g_object_add_weak_pointer (G_OBJECT (t1), (gpointer *) &t1);
  a = assess (f->nm1, t1, "delvis-uppfyllt", NULL);
  assess (f->nm1, f->t2, "uppfyllt", NULL);

  /* The calendar lets go of the occasion; the assessment holds it. */
  OK (styr_calendar_remove_occasion (styr_model_get_calendar (f->model), t1, &ok_error));
  g_assert_nonnull (t1);
  g_assert_true (styr_assessment_get_occasion (a) == t1);
  g_assert_true (styr_goal_lookup_assessment (f->nm1, t1) == a);
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_assessments (f->nm1)), ==, 2);
  period = styr_period_to_string (styr_occasion_get_period (t1));
  g_assert_cmpstr (period, ==, "2025-T1");

  /* No new assessment is stored for it … */
  again = assessment_new (f->nm1, t1, "uppfyllt", NULL);
  g_assert_false (styr_goal_set_assessment (f->nm1, again, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_object (&again);

  /* … and the old one stays until it is removed, taking the last
   * reference to the occasion with it. */
  OK (styr_goal_remove_assessment (f->nm1, t1, &ok_error));
  g_assert_null (t1);
}

/* Levels and scales -------------------------------------------------------- */

static guint
count_code (GListModel *findings,
            const char *code)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(StyrFinding) finding = g_list_model_get_item (findings, i);

      if (g_strcmp0 (styr_finding_get_code (finding), code) == 0)
        n++;
    }

  return n;
}

static void
test_scale_switch (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(StyrScale) three = g_object_ref (styr_model_get_scale (f->model));
  g_autoptr(StyrScale) jonkoping = styr_scale_new_preset (STYR_SCALE_PRESET_JONKOPING);
  g_autoptr(GDate) today = g_date_new_dmy (1, G_DATE_MAY, 2025);
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GListModel) unassessed = NULL;
  g_autoptr(StyrFinding) finding = NULL;
  StyrAssessment *a;
  StyrScaleLevel *level;

  a = assess (f->nm1, f->t2, "delvis-uppfyllt", "uppfyllt");
  styr_assessment_set_analysis (a, "Delvis");
  level = styr_assessment_get_level (a);
  g_assert_nonnull (level);
  g_assert_cmpstr (styr_scale_level_get_label (level), ==, "Delvis uppfyllt");
  g_assert_cmpfloat (styr_scale_level_get_score (level), ==, 0.5);
  g_assert_cmpstr (styr_scale_level_get_id (styr_assessment_get_prognosis (a)), ==, "uppfyllt");

  before = styr_model_validate (f->model, 2025, today);
  g_assert_cmpuint (count_code (before, STYR_FINDING_BEDOMNING_OKAND_NIVA), ==, 0);

  /* Jönköping's scale has neither id: nothing resolves, nothing dangles. */
  styr_model_set_scale (f->model, jonkoping);
  g_assert_null (styr_assessment_get_level (a));
  g_assert_null (styr_assessment_get_prognosis (a));
  g_assert_cmpstr (styr_assessment_get_level_id (a), ==, "delvis-uppfyllt");
  g_assert_cmpstr (styr_assessment_get_prognosis_id (a), ==, "uppfyllt");

  after = styr_model_validate (f->model, 2025, today);
  g_assert_cmpuint (count_code (after, STYR_FINDING_BEDOMNING_OKAND_NIVA), ==, 2);
  finding = g_list_model_get_item (after, g_list_model_get_n_items (after) - 1);
  g_assert_cmpstr (styr_finding_get_code (finding), ==, STYR_FINDING_BEDOMNING_OKAND_NIVA);
  g_assert_cmpint (styr_finding_get_severity (finding), ==, STYR_SEVERITY_ERROR);
  g_assert_nonnull (strstr (styr_finding_get_message (finding), "»uppfyllt«"));
  g_assert_nonnull (strstr (styr_finding_get_message (finding), "»jonkoping«"));

  /* An unresolved level is not an assessment for the reporting status. */
  unassessed = styr_model_get_unassessed_goals (f->model, f->t2, f->bun);
  g_assert_cmpuint (g_list_model_get_n_items (unassessed), ==, 2);

  /* The board assesses again on the new scale. */
  styr_assessment_set_level_id (a, "osakert");
  g_assert_cmpfloat (styr_scale_level_get_score (styr_assessment_get_level (a)), ==, 0.5);

  /* Switching back resolves the old prognosis again. */
  styr_model_set_scale (f->model, three);
  g_assert_nonnull (styr_assessment_get_prognosis (a));
  g_assert_null (styr_assessment_get_level (a));
}

/* Not resolved without a model. */
static void
test_level_without_model (void)
{
  g_autoptr(StyrGoal) goal = styr_goal_new ("nm-1", STYR_GOAL_LEVEL_BOARD, "Utan modell");
  g_autoptr(StyrPeriod) period = styr_period_new_tertial (2025, 1);
  g_autoptr(StyrOccasion) occasion = styr_occasion_new ("t1", "T1", period, STYR_OCCASION_FLAGS_GOALS);
  g_autoptr(StyrAssessment) a = assessment_new (goal, occasion, "uppfyllt", "uppfyllt");

  g_assert_cmpstr (styr_assessment_get_level_id (a), ==, "uppfyllt");
  g_assert_null (styr_assessment_get_level (a));
  g_assert_null (styr_assessment_get_prognosis (a));
}

/* Reporting status --------------------------------------------------------- */

static void
test_unassessed (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) of_bun = NULL;
  g_autoptr(GListModel) of_kf = NULL;
  g_autoptr(GListModel) of_sektor = NULL;
  g_autoptr(GListModel) at_t2 = NULL;
  g_autofree char *all_ids = NULL;
  g_autofree char *bun_ids = NULL;
  g_autofree char *kf_ids = NULL;
  g_autofree char *sektor_ids = NULL;
  g_autofree char *t2_ids = NULL;

  assess (f->im1, f->t1, "uppfyllt", NULL);
  assess (f->nm2, f->t1, "delvis-uppfyllt", NULL);
  /* Not assessed (ej bedömd): only an analysis so far. */
  assess (f->nm1, f->t1, NULL, NULL);
  assess (f->nm1, f->t2, "uppfyllt", NULL);

  all = styr_model_get_unassessed_goals (f->model, f->t1, NULL);
  of_bun = styr_model_get_unassessed_goals (f->model, f->t1, f->bun);
  of_kf = styr_model_get_unassessed_goals (f->model, f->t1, f->kf);
  of_sektor = styr_model_get_unassessed_goals (f->model, f->t1, f->sektor);
  at_t2 = styr_model_get_unassessed_goals (f->model, f->t2, NULL);

  g_assert_true (g_list_model_get_item_type (all) == STYR_TYPE_GOAL);
  all_ids = ids_of (all);
  bun_ids = ids_of (of_bun);
  kf_ids = ids_of (of_kf);
  sektor_ids = ids_of (of_sektor);
  t2_ids = ids_of (at_t2);
  g_assert_cmpstr (all_ids, ==, "nm-1 vm-1 im-2");
  g_assert_cmpstr (bun_ids, ==, "nm-1");
  g_assert_cmpstr (kf_ids, ==, "");
  g_assert_cmpstr (sektor_ids, ==, "vm-1");
  g_assert_cmpstr (t2_ids, ==, "im-1 nm-2 vm-1 im-2");

  /* A snapshot. */
  assess (f->vm1, f->t1, "uppfyllt", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 3);
  g_clear_object (&all);
  all = styr_model_get_unassessed_goals (f->model, f->t1, NULL);
  g_clear_pointer (&all_ids, g_free);
  all_ids = ids_of (all);
  g_assert_cmpstr (all_ids, ==, "nm-1 im-2");
}

static void
test_owners_not_ready (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GListModel) owners = NULL;
  g_autofree char *ids = NULL;

  owners = styr_model_get_owners_not_ready (f->model, f->t1);
  g_assert_true (g_list_model_get_item_type (owners) == STYR_TYPE_ENTITY);
  ids = ids_of (owners);
  /* Organs first, in model order, then units; im-2 has no owner. */
  g_assert_cmpstr (ids, ==, "kf bun sektor");
  g_clear_object (&owners);
  g_clear_pointer (&ids, g_free);

  assess (f->im1, f->t1, "uppfyllt", NULL);
  assess (f->nm1, f->t1, "uppfyllt", NULL);
  owners = styr_model_get_owners_not_ready (f->model, f->t1);
  ids = ids_of (owners);
  g_assert_cmpstr (ids, ==, "bun sektor");
  g_clear_object (&owners);
  g_clear_pointer (&ids, g_free);

  assess (f->nm2, f->t1, "ej-uppfyllt", NULL);
  assess (f->vm1, f->t1, "delvis-uppfyllt", NULL);
  owners = styr_model_get_owners_not_ready (f->model, f->t1);
  g_assert_cmpuint (g_list_model_get_n_items (owners), ==, 0);
  g_clear_object (&owners);

  /* Another occasion: nobody is ready there. */
  owners = styr_model_get_owners_not_ready (f->model, f->t2);
  ids = ids_of (owners);
  g_assert_cmpstr (ids, ==, "kf bun sektor");
}

/* Lifetime ----------------------------------------------------------------- */

static void
test_goal_removed (Fixture       *f,
                   gconstpointer  data)
{
  StyrGoal *im2 = f->im2;
  StyrAssessment *a;
  GListModel *list;
  Changes changes = { 0, };

  g_object_add_weak_pointer (G_OBJECT (im2), (gpointer *) &im2);
  a = assess (im2, f->t1, "uppfyllt", NULL);
  g_object_add_weak_pointer (G_OBJECT (a), (gpointer *) &a);
  list = styr_goal_get_assessments (im2);
  g_object_ref (im2);
  g_signal_connect (im2, "assessment-changed", G_CALLBACK (on_assessment_changed), &changes);

  /* Leaving the model drops the assessments, without the signal. */
  OK (styr_model_remove (f->model, STYR_ENTITY (im2), &ok_error));
  g_assert_null (a);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_cmpuint (changes.count, ==, 0);

  /* The goal is freed here, and its handler with it. */
  g_object_unref (im2);
  g_assert_null (im2);
}

static void
test_dispose (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrPeriod) period = styr_period_new_tertial (2025, 1);
  g_autoptr(StyrOccasion) t1 = styr_occasion_new ("t1", "T1", period, STYR_OCCASION_FLAGS_GOALS);
  g_autoptr(StyrAssessment) held = NULL;
  g_autoptr(GListModel) list = NULL;
  StyrGoal *nm1 = add (model, styr_goal_new ("nm-1", STYR_GOAL_LEVEL_BOARD, "Nämndmål 1"));
  StyrGoal *nm2 = add (model, styr_goal_new ("nm-2", STYR_GOAL_LEVEL_BOARD, "Nämndmål 2"));
  StyrAssessment *dropped;
  StyrModel *weak_model = model;

  OK (styr_calendar_add_occasion (styr_model_get_calendar (model), t1, &ok_error));
  held = g_object_ref (assess (nm1, t1, "uppfyllt", NULL));
  dropped = assess (nm2, t1, "ej-uppfyllt", NULL);
  list = g_object_ref (styr_goal_get_assessments (nm1));

  g_object_add_weak_pointer (G_OBJECT (model), (gpointer *) &weak_model);
  g_object_add_weak_pointer (G_OBJECT (nm1), (gpointer *) &nm1);
  g_object_add_weak_pointer (G_OBJECT (nm2), (gpointer *) &nm2);
  g_object_add_weak_pointer (G_OBJECT (dropped), (gpointer *) &dropped);

  /* The model goes first: the goals drop their assessments, the one the
   * application holds keeps its goal alive, and nothing dangles. */
  g_clear_object (&model);
  g_assert_null (weak_model);
  g_assert_null (nm2);
  g_assert_null (dropped);
  g_assert_nonnull (nm1);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_true (styr_assessment_get_goal (held) == nm1);
  g_assert_null (styr_entity_get_model (STYR_ENTITY (nm1)));
  g_assert_null (styr_assessment_get_level (held));
  g_assert_cmpstr (styr_assessment_get_level_id (held), ==, "uppfyllt");
  g_assert_null (styr_goal_lookup_assessment (nm1, t1));

  /* The last reference goes with the assessment. */
  g_clear_object (&held);
  g_assert_null (nm1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/assessment/properties", Fixture, NULL, fixture_set_up, test_properties, fixture_tear_down);
  g_test_add ("/assessment/set-lookup", Fixture, NULL, fixture_set_up, test_set_lookup, fixture_tear_down);
  g_test_add ("/assessment/model-made-late", Fixture, NULL, fixture_set_up, test_model_made_late, fixture_tear_down);
  g_test_add ("/assessment/replace", Fixture, NULL, fixture_set_up, test_replace, fixture_tear_down);
  g_test_add ("/assessment/remove", Fixture, NULL, fixture_set_up, test_remove, fixture_tear_down);
  g_test_add ("/assessment/errors", Fixture, NULL, fixture_set_up, test_errors, fixture_tear_down);
  g_test_add ("/assessment/signal", Fixture, NULL, fixture_set_up, test_signal, fixture_tear_down);
  g_test_add ("/assessment/occasion-removed", Fixture, NULL, fixture_set_up, test_occasion_removed, fixture_tear_down);
  g_test_add ("/assessment/scale-switch", Fixture, NULL, fixture_set_up, test_scale_switch, fixture_tear_down);
  g_test_add_func ("/assessment/level-without-model", test_level_without_model);
  g_test_add ("/assessment/reporting/unassessed", Fixture, NULL, fixture_set_up, test_unassessed, fixture_tear_down);
  g_test_add ("/assessment/reporting/owners-not-ready", Fixture, NULL, fixture_set_up, test_owners_not_ready, fixture_tear_down);
  g_test_add ("/assessment/lifetime/goal-removed", Fixture, NULL, fixture_set_up, test_goal_removed, fixture_tear_down);
  g_test_add_func ("/assessment/lifetime/dispose", test_dispose);

  return g_test_run ();
}
