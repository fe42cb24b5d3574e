/* test-validation.c — findings and the checks of styr_model_validate().
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libstyr/styr.h>

/* A model whose chain hangs together, checked for 2025 on 1 May 2025:
 *
 *   vision
 *   ├── im-1 (medborgare, kf, budget)
 *   │   ├── nm-1 (medborgare, bun, namndplan) — ind-1; akt-1 serves it
 *   │   └── bm-1 (medborgare, hem, dir-hem)   — ind-1
 *   └── im-2 (ekonomi, kf, budget)
 *       └── nm-2 (ekonomi, bun, namndplan)    — ind-2
 *
 * ind-1 has a standing target, ind-2 a target for 2025 only; the policy
 * is to be reviewed by the end of 2099.
 */
typedef struct
{
  StyrModel *model;
  GDate     *today;
} Fixture;

static gpointer
add (StyrModel *model,
     gpointer   entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (entity), &error));
  g_assert_no_error (error);
  g_object_unref (entity);
  return entity;  /* owned by the model */
}

/* Asserts that @call, which reports to &ok_error, succeeds. */
#define OK(call) G_STMT_START { \
    g_autoptr(GError) ok_error = NULL; \
    gboolean ok_ret = (call); \
    g_assert_no_error (ok_error); \
    g_assert_true (ok_ret); \
  } G_STMT_END

static StyrGoal *
goal (StyrModel *model,
      const char *id)
{
  StyrGoal *g = styr_model_lookup_goal (model, id);

  g_assert_nonnull (g);
  return g;
}

static StyrGoal *
add_goal (StyrModel     *model,
          const char    *id,
          StyrGoalLevel  level,
          const char    *title,
          const char    *perspective,
          const char    *owner,
          const char    *document,
          const char    *parent,
          const char    *indicator)
{
  StyrGoal *g = add (model, styr_goal_new (id, level, title));
  g_autoptr(GError) error = NULL;

  if (perspective != NULL)
    g_assert_true (styr_goal_set_perspective (g, styr_model_lookup_perspective (model, perspective), &error));
  if (owner != NULL)
    g_assert_true (styr_goal_set_owner (g, styr_model_lookup (model, owner), &error));
  if (document != NULL)
    g_assert_true (styr_goal_set_document (g, styr_model_lookup_document (model, document), &error));
  if (parent != NULL)
    g_assert_true (styr_goal_add_parent (g, goal (model, parent), &error));
  if (indicator != NULL)
    g_assert_true (styr_goal_add_indicator (g, styr_model_lookup_indicator (model, indicator), &error));
  g_assert_no_error (error);

  return g;
}

static StyrModel *
clean_model_new (void)
{
  StyrModel *model = styr_model_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) review = g_date_new_dmy (31, G_DATE_DECEMBER, 2099);
  StyrOrgan *kf, *bun, *hem;
  StyrDocument *budget, *plan, *directive, *policy;
  StyrIndicator *ind1, *ind2;
  StyrActivity *akt;

  styr_model_set_name (model, "Ängelholm");
  styr_model_set_kommunkod (model, "1292");
  styr_model_set_vision (model, "Kraftsamling Ängelholm 2020");

  add (model, styr_perspective_new ("medborgare", "Medborgare"));
  add (model, styr_perspective_new ("ekonomi", "Ekonomi"));

  kf = add (model, styr_organ_new ("kf", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige"));
  bun = add (model, styr_organ_new ("bun", STYR_ORGAN_KIND_BOARD, "Barn- och utbildningsnämnden"));
  hem = add (model, styr_organ_new ("hem", STYR_ORGAN_KIND_COMPANY, "AB Ängelholmshem"));

  budget = add (model, styr_document_new ("budget", STYR_DOCUMENT_KIND_BUDGET, "Budget 2025"));
  plan = add (model, styr_document_new ("namndplan", STYR_DOCUMENT_KIND_BOARD_PLAN, "Nämndplan 2025"));
  directive = add (model, styr_document_new ("dir-hem", STYR_DOCUMENT_KIND_OWNER_DIRECTIVE, "Ägardirektiv för AB Ängelholmshem"));
  policy = add (model, styr_document_new ("policy", STYR_DOCUMENT_KIND_POLICY, "Personalpolicy"));
  g_assert_true (styr_document_set_owner (budget, STYR_ENTITY (kf), &error));
  g_assert_true (styr_document_set_owner (plan, STYR_ENTITY (bun), &error));
  g_assert_true (styr_document_set_owner (directive, STYR_ENTITY (kf), &error));
  g_assert_true (styr_document_set_owner (policy, STYR_ENTITY (kf), &error));
  g_assert_true (styr_organ_set_owner_directive (hem, directive, &error));
  g_assert_no_error (error);
  styr_document_set_review_date (policy, review);

  ind1 = add (model, styr_indicator_new ("ind-1", "Nöjda medborgare"));
  ind2 = add (model, styr_indicator_new ("ind-2", "Resultat av skatteintäkter"));
  g_assert_true (styr_indicator_set_target (ind1, 0, 80, &error));
  g_assert_true (styr_indicator_set_target (ind2, 2025, 2, &error));
  g_assert_no_error (error);

  add_goal (model, "im-1", STYR_GOAL_LEVEL_COUNCIL, "Nöjda medborgare", "medborgare", "kf", "budget", NULL, NULL);
  add_goal (model, "im-2", STYR_GOAL_LEVEL_COUNCIL, "God ekonomisk hushållning", "ekonomi", "kf", "budget", NULL, NULL);
  add_goal (model, "nm-1", STYR_GOAL_LEVEL_BOARD, "Fler elever når målen", "medborgare", "bun", "namndplan", "im-1", "ind-1");
  add_goal (model, "nm-2", STYR_GOAL_LEVEL_BOARD, "Budget i balans", "ekonomi", "bun", "namndplan", "im-2", "ind-2");
  add_goal (model, "bm-1", STYR_GOAL_LEVEL_BOARD, "Nöjda hyresgäster", "medborgare", "hem", "dir-hem", "im-1", "ind-1");

  akt = add (model, styr_activity_new ("akt-1", "Läsfrämjande insatser"));
  g_assert_true (styr_activity_add_goal (akt, goal (model, "nm-1"), &error));
  g_assert_no_error (error);
  styr_activity_set_expected_result (akt, "Fler elever läser på nivå i åk 3");

  return model;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->model = clean_model_new ();
  fixture->today = g_date_new_dmy (1, G_DATE_MAY, 2025);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->model);
  g_clear_pointer (&fixture->today, g_date_free);
}

/* "code: id id …; code: …" of all findings, for comparing in one go. */
static char *
summarise (GListModel *findings)
{
  GString *s = g_string_new (NULL);
  guint n = g_list_model_get_n_items (findings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrFinding) f = g_list_model_get_item (findings, i);
      GListModel *objects = styr_finding_get_objects (f);

      if (i > 0)
        g_string_append (s, "; ");
      g_string_append (s, styr_finding_get_code (f));
      g_string_append (s, ":");
      for (guint j = 0; j < g_list_model_get_n_items (objects); j++)
        {
          g_autoptr(StyrEntity) e = g_list_model_get_item (objects, j);

          g_string_append_printf (s, " %s", styr_entity_get_id (e));
        }
    }

  return g_string_free (s, FALSE);
}

static char *
validate_summary (StyrModel   *model,
                  int          year,
                  const GDate *today)
{
  g_autoptr(GListModel) findings = styr_model_validate (model, year, today);

  g_assert_nonnull (findings);
  g_assert_true (g_list_model_get_item_type (findings) == STYR_TYPE_FINDING);
  return summarise (findings);
}

/* StyrFinding ------------------------------------------------------------ */

static void
test_finding_properties (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  StyrGoal *g = add (model, styr_goal_new ("nm-1", STYR_GOAL_LEVEL_BOARD, "Fler elever når målen"));
  g_autoptr(GListStore) objects = g_list_store_new (STYR_TYPE_ENTITY);
  g_autoptr(StyrFinding) f = NULL;
  g_autoptr(StyrFinding) empty = NULL;
  g_autoptr(StyrFinding) plain = NULL;
  g_autofree char *code = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GListModel) list = NULL;
  StyrSeverity severity;
  StyrEntity *array[1];

  /* As bindings make one: through properties. */
  g_list_store_append (objects, g);
  f = g_object_new (STYR_TYPE_FINDING,
                    "severity", STYR_SEVERITY_ERROR,
                    "code", STYR_FINDING_NAMNDMAL_EJ_UPPFOLJNINGSBART,
                    "message", "Nämndmålet saknar indikator",
                    "objects", objects,
                    NULL);
  g_object_get (f, "severity", &severity, "code", &code, "message", &message, "objects", &list, NULL);
  g_assert_cmpint (severity, ==, STYR_SEVERITY_ERROR);
  g_assert_cmpstr (code, ==, "namndmal-ej-uppfoljningsbart");
  g_assert_cmpstr (message, ==, "Nämndmålet saknar indikator");
  g_assert_true (list == styr_finding_get_objects (f));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  /* The finding keeps its own copy of the list. */
  g_list_store_remove_all (objects);
  g_assert_cmpuint (g_list_model_get_n_items (styr_finding_get_objects (f)), ==, 1);

  /* No objects: an empty list, never NULL. */
  empty = g_object_new (STYR_TYPE_FINDING, "code", STYR_FINDING_KOMMUNKOD_OGILTIG, NULL);
  g_assert_cmpint (styr_finding_get_severity (empty), ==, STYR_SEVERITY_WARNING);
  g_assert_nonnull (styr_finding_get_objects (empty));
  g_assert_cmpuint (g_list_model_get_n_items (styr_finding_get_objects (empty)), ==, 0);
  g_assert_null (styr_finding_get_message (empty));

  array[0] = STYR_ENTITY (g);
  plain = styr_finding_new (STYR_SEVERITY_INFO, "egen-kontroll", "Text", array, 1);
  g_assert_cmpint (styr_finding_get_severity (plain), ==, STYR_SEVERITY_INFO);
  g_assert_cmpstr (styr_finding_get_code (plain), ==, "egen-kontroll");
  g_assert_cmpstr (styr_finding_get_message (plain), ==, "Text");
  g_assert_cmpuint (g_list_model_get_n_items (styr_finding_get_objects (plain)), ==, 1);

  g_assert_cmpstr (styr_severity_to_string (STYR_SEVERITY_ERROR), ==, "fel");
  g_assert_cmpstr (styr_severity_to_string (STYR_SEVERITY_WARNING), ==, "varning");
  g_assert_cmpstr (styr_severity_to_string (STYR_SEVERITY_INFO), ==, "information");
}

/* Clean models ----------------------------------------------------------- */

static void
test_clean (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GListModel) findings = styr_model_validate (fixture->model, 2025, fixture->today);

  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);
}

static void
test_empty (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(GListModel) findings = styr_model_validate (model, 0, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);
}

/* One defect at a time --------------------------------------------------- */

typedef struct
{
  const char   *path;
  void        (*mutate) (StyrModel *model);
  StyrSeverity  severity;
  const char   *code;
  const char   *expected;  /* summarise() of the findings */
} Defect;

static void
break_kommunkod (StyrModel *model)
{
  styr_model_set_kommunkod (model, "12a4");
}

static void
drop_vision (StyrModel *model)
{
  styr_model_set_vision (model, NULL);
}

static void
add_orphan (StyrModel *model)
{
  add_goal (model, "nm-3", STYR_GOAL_LEVEL_BOARD, "Föräldralöst", "medborgare", "bun", "namndplan", NULL, "ind-1");
}

static void
break_chain (StyrModel *model)
{
  /* nm-4 serves nm-3, which serves nothing: nm-4's chain never reaches
   * an inriktningsmål. The root nm-3 is also a goal without a parent. */
  add_goal (model, "nm-3", STYR_GOAL_LEVEL_BOARD, "Överst", "medborgare", "bun", "namndplan", NULL, "ind-1");
  add_goal (model, "nm-4", STYR_GOAL_LEVEL_BOARD, "Under", "medborgare", "bun", "namndplan", "nm-3", "ind-1");
}

static void
drop_indicator (StyrModel *model)
{
  OK (styr_goal_remove_indicator (goal (model, "nm-2"), styr_model_lookup_indicator (model, "ind-2"), &ok_error));
}

static void
drop_activity_goal (StyrModel *model)
{
  OK (styr_activity_remove_goal (styr_model_lookup_activity (model, "akt-1"), goal (model, "nm-1"), &ok_error));
}

static void
add_vague_activity (StyrModel *model)
{
  StyrActivity *akt = add (model, styr_activity_new ("akt-2", "Ses över"));

  styr_activity_set_expected_result (akt, "  \n");
  OK (styr_activity_add_goal (akt, goal (model, "nm-2"), &ok_error));
}

static void
add_uncovered_council_goal (StyrModel *model)
{
  add_goal (model, "im-3", STYR_GOAL_LEVEL_COUNCIL, "Attraktiv kommun", "medborgare", "kf", "budget", NULL, NULL);
}

static void
unbalance_board_goals (StyrModel *model)
{
  OK (styr_goal_set_perspective (goal (model, "nm-2"), styr_model_lookup_perspective (model, "medborgare"), &ok_error));
}

static void
add_operational_goal (StyrModel *model)
{
  StyrUnit *sektor = add (model, styr_unit_new ("sektor", STYR_UNIT_KIND_ADMINISTRATION, "Sektor Barn och utbildning"));

  (void) sektor;
  add_goal (model, "vm-1", STYR_GOAL_LEVEL_OPERATIONAL, "Läsning", "medborgare", "sektor", NULL, "nm-1", NULL);
}

static void
add_company_without_directive (StyrModel *model)
{
  add (model, styr_organ_new ("vatten", STYR_ORGAN_KIND_COMPANY, "Vatten AB"));
}

static void
empty_directive (StyrModel *model)
{
  OK (styr_goal_set_document (goal (model, "bm-1"), styr_model_lookup_document (model, "budget"), &ok_error));
}

static void
drop_standing_target (StyrModel *model)
{
  g_assert_true (styr_indicator_clear_target (styr_model_lookup_indicator (model, "ind-1"), 0));
}

static void
drop_owner (StyrModel *model)
{
  OK (styr_goal_set_owner (goal (model, "nm-2"), NULL, &ok_error));
}

static void
drop_perspective (StyrModel *model)
{
  OK (styr_goal_set_perspective (goal (model, "bm-1"), NULL, &ok_error));
}

static void
overdue_review (StyrModel *model)
{
  g_autoptr(GDate) review = g_date_new_dmy (30, G_DATE_APRIL, 2025);

  styr_document_set_review_date (styr_model_lookup_document (model, "policy"), review);
}

/* The occasion @id of the calendar, added for @tertial of 2025 with the
 * GOALS flag when it is not there yet. */
static StyrOccasion *
ensure_occasion (StyrModel  *model,
                 const char *id,
                 int         tertial)
{
  StyrCalendar *calendar = styr_model_get_calendar (model);
  StyrOccasion *occasion = styr_calendar_lookup_occasion (calendar, id);
  g_autoptr(StyrPeriod) period = NULL;
  g_autoptr(StyrOccasion) made = NULL;

  if (occasion != NULL)
    return occasion;

  period = styr_period_new_tertial (2025, tertial);
  made = styr_occasion_new (id, NULL, period, STYR_OCCASION_FLAGS_GOALS);
  OK (styr_calendar_add_occasion (calendar, made, &ok_error));
  return made;  /* owned by the calendar */
}

static StyrAssessment *
assess (StyrModel    *model,
        const char   *goal_id,
        StyrOccasion *occasion,
        const char   *level_id)
{
  g_autoptr(StyrAssessment) a = styr_assessment_new (goal (model, goal_id), occasion);

  styr_assessment_set_level_id (a, level_id);
  OK (styr_goal_set_assessment (goal (model, goal_id), a, &ok_error));
  return a;  /* owned by the goal */
}

static void
assess_without_analysis (StyrModel *model)
{
  /* 2025-T2 has not ended by 1 May 2025. Fulfilled needs no analysis. */
  StyrOccasion *t2 = ensure_occasion (model, "2025-t2", 2);
  StyrAssessment *a = assess (model, "nm-1", t2, "delvis-uppfyllt");

  styr_assessment_set_analysis (a, " \n");
  assess (model, "im-1", t2, "uppfyllt");
}

static void
leave_goal_unassessed (StyrModel *model)
{
  /* 2025-T1 ended on 30 April 2025; only nm-2 has no assessment, and
   * operational goals are not asked for. */
  StyrOccasion *t1 = ensure_occasion (model, "2025-t1", 1);

  assess (model, "im-1", t1, "uppfyllt");
  assess (model, "im-2", t1, "uppfyllt");
  assess (model, "nm-1", t1, "uppfyllt");
  assess (model, "bm-1", t1, "uppfyllt");
}

static void
assess_with_unknown_level (StyrModel *model)
{
  StyrOccasion *t2 = ensure_occasion (model, "2025-t2", 2);
  StyrAssessment *a = assess (model, "nm-2", t2, "uppfyllt");

  /* Changes after storing are not checked. */
  styr_assessment_set_level_id (a, "gront");
  styr_assessment_set_prognosis_id (a, "gult");
}

static const Defect defects[] = {
  { "/validation/defect/kommunkod-ogiltig", break_kommunkod,
    STYR_SEVERITY_WARNING, STYR_FINDING_KOMMUNKOD_OGILTIG, "kommunkod-ogiltig:" },
  { "/validation/defect/vision-saknas", drop_vision,
    STYR_SEVERITY_ERROR, STYR_FINDING_VISION_SAKNAS, "vision-saknas: im-1 im-2" },
  { "/validation/defect/mal-utan-overordnat", add_orphan,
    STYR_SEVERITY_ERROR, STYR_FINDING_MAL_UTAN_OVERORDNAT, "mal-utan-overordnat: nm-3" },
  { "/validation/defect/kedja-bruten", break_chain,
    STYR_SEVERITY_ERROR, STYR_FINDING_KEDJA_BRUTEN,
    "mal-utan-overordnat: nm-3; kedja-bruten: nm-4 nm-3" },
  { "/validation/defect/namndmal-ej-uppfoljningsbart", drop_indicator,
    STYR_SEVERITY_ERROR, STYR_FINDING_NAMNDMAL_EJ_UPPFOLJNINGSBART, "namndmal-ej-uppfoljningsbart: nm-2" },
  { "/validation/defect/aktivitet-utan-mal", drop_activity_goal,
    STYR_SEVERITY_ERROR, STYR_FINDING_AKTIVITET_UTAN_MAL, "aktivitet-utan-mal: akt-1" },
  { "/validation/defect/aktivitet-utan-forvantat-resultat", add_vague_activity,
    STYR_SEVERITY_WARNING, STYR_FINDING_AKTIVITET_UTAN_FORVANTAT_RESULTAT,
    "aktivitet-utan-forvantat-resultat: akt-2" },
  { "/validation/defect/inriktningsmal-utan-namndmal", add_uncovered_council_goal,
    STYR_SEVERITY_WARNING, STYR_FINDING_INRIKTNINGSMAL_UTAN_NAMNDMAL, "inriktningsmal-utan-namndmal: im-3" },
  { "/validation/defect/perspektiv-utan-mal", unbalance_board_goals,
    STYR_SEVERITY_WARNING, STYR_FINDING_PERSPEKTIV_UTAN_MAL, "perspektiv-utan-mal: ekonomi" },
  { "/validation/defect/perspektiv-utan-mal/below-boards", add_operational_goal,
    STYR_SEVERITY_INFO, STYR_FINDING_PERSPEKTIV_UTAN_MAL, "perspektiv-utan-mal: ekonomi" },
  { "/validation/defect/bolag-utan-agardirektivmal/no-directive", add_company_without_directive,
    STYR_SEVERITY_WARNING, STYR_FINDING_BOLAG_UTAN_AGARDIREKTIVMAL, "bolag-utan-agardirektivmal: vatten" },
  { "/validation/defect/bolag-utan-agardirektivmal/no-goal", empty_directive,
    STYR_SEVERITY_WARNING, STYR_FINDING_BOLAG_UTAN_AGARDIREKTIVMAL, "bolag-utan-agardirektivmal: hem dir-hem" },
  { "/validation/defect/indikator-utan-malvarde", drop_standing_target,
    STYR_SEVERITY_WARNING, STYR_FINDING_INDIKATOR_UTAN_MALVARDE, "indikator-utan-malvarde: ind-1 nm-1 bm-1" },
  { "/validation/defect/mal-utan-agare", drop_owner,
    STYR_SEVERITY_WARNING, STYR_FINDING_MAL_UTAN_AGARE, "mal-utan-agare: nm-2" },
  { "/validation/defect/mal-utan-perspektiv", drop_perspective,
    STYR_SEVERITY_WARNING, STYR_FINDING_MAL_UTAN_PERSPEKTIV, "mal-utan-perspektiv: bm-1" },
  { "/validation/defect/styrdokument-ej-reviderat", overdue_review,
    STYR_SEVERITY_WARNING, STYR_FINDING_STYRDOKUMENT_EJ_REVIDERAT, "styrdokument-ej-reviderat: policy" },
  { "/validation/defect/bedomning-utan-analys", assess_without_analysis,
    STYR_SEVERITY_WARNING, STYR_FINDING_BEDOMNING_UTAN_ANALYS, "bedomning-utan-analys: nm-1" },
  { "/validation/defect/mal-ej-bedomt", leave_goal_unassessed,
    STYR_SEVERITY_WARNING, STYR_FINDING_MAL_EJ_BEDOMT, "mal-ej-bedomt: nm-2" },
  { "/validation/defect/bedomning-okand-niva", assess_with_unknown_level,
    STYR_SEVERITY_ERROR, STYR_FINDING_BEDOMNING_OKAND_NIVA,
    "bedomning-okand-niva: nm-2; bedomning-okand-niva: nm-2" },
};

static void
test_defect (Fixture       *fixture,
             gconstpointer  data)
{
  const Defect *defect = data;
  g_autoptr(GListModel) findings = NULL;
  g_autofree char *summary = NULL;
  gboolean seen = FALSE;

  defect->mutate (fixture->model);
  findings = styr_model_validate (fixture->model, 2025, fixture->today);
  summary = summarise (findings);
  g_assert_cmpstr (summary, ==, defect->expected);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(StyrFinding) f = g_list_model_get_item (findings, i);
      const char *message = styr_finding_get_message (f);

      g_assert_nonnull (message);
      g_assert_true (g_utf8_validate (message, -1, NULL));
      if (g_strcmp0 (styr_finding_get_code (f), defect->code) != 0)
        continue;

      seen = TRUE;
      g_assert_cmpint (styr_finding_get_severity (f), ==, defect->severity);

      /* The message names the object the finding is about. */
      if (g_list_model_get_n_items (styr_finding_get_objects (f)) > 0)
        {
          g_autoptr(StyrEntity) first = g_list_model_get_item (styr_finding_get_objects (f), 0);
          g_autofree char *quoted = g_strdup_printf ("(%s)", styr_entity_get_id (first));

          g_assert_nonnull (strstr (message, quoted));
        }
    }
  g_assert_true (seen);
}

static void
test_messages (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(StyrFinding) f = NULL;

  drop_indicator (fixture->model);
  findings = styr_model_validate (fixture->model, 2025, fixture->today);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);
  f = g_list_model_get_item (findings, 0);
  g_assert_cmpstr (styr_finding_get_message (f), ==,
                   "Nämndmålet »Budget i balans« (nm-2) är inte uppföljningsbart: det har ingen indikator");
  g_clear_object (&f);
  g_clear_object (&findings);

  break_kommunkod (fixture->model);
  findings = styr_model_validate (fixture->model, 2025, fixture->today);
  f = g_list_model_get_item (findings, 0);
  g_assert_cmpstr (styr_finding_get_code (f), ==, "kommunkod-ogiltig");
  g_assert_nonnull (strstr (styr_finding_get_message (f), "»12a4«"));
}

static void
test_kommunkod (Fixture       *fixture,
                gconstpointer  data)
{
  static const struct {
    const char *code;
    gboolean valid;
  } codes[] = {
    { "1292", TRUE }, { "0182", TRUE }, { NULL, TRUE }, { "", TRUE },
    { "129", FALSE }, { "12920", FALSE }, { "12 2", FALSE }, { "１２９２", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autofree char *summary = NULL;

      styr_model_set_kommunkod (fixture->model, codes[i].code);
      summary = validate_summary (fixture->model, 2025, fixture->today);
      g_assert_cmpstr (summary, ==, codes[i].valid ? "" : "kommunkod-ogiltig:");
    }
}

/* Parameters ------------------------------------------------------------- */

static void
test_year (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *in_2025 = validate_summary (fixture->model, 2025, fixture->today);
  g_autofree char *in_2026 = validate_summary (fixture->model, 2026, fixture->today);
  g_autoptr(GDate) jan_2026 = g_date_new_dmy (15, G_DATE_JANUARY, 2026);
  g_autofree char *year_of_today = validate_summary (fixture->model, 0, jan_2026);
  g_autofree char *year_of_may_2025 = validate_summary (fixture->model, 0, fixture->today);

  /* ind-2 has a target for 2025 only; ind-1's standing target holds
   * every year. */
  g_assert_cmpstr (in_2025, ==, "");
  g_assert_cmpstr (in_2026, ==, "indikator-utan-malvarde: ind-2 nm-2");
  g_assert_cmpstr (year_of_today, ==, "indikator-utan-malvarde: ind-2 nm-2");
  g_assert_cmpstr (year_of_may_2025, ==, "");
}

static void
test_today (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GDate) review = g_date_new_dmy (30, G_DATE_JUNE, 2025);
  g_autoptr(GDate) on_the_day = g_date_new_dmy (30, G_DATE_JUNE, 2025);
  g_autoptr(GDate) day_after = g_date_new_dmy (1, G_DATE_JULY, 2025);
  g_autofree char *before = NULL;
  g_autofree char *on = NULL;
  g_autofree char *after = NULL;
  g_autofree char *now = NULL;

  styr_document_set_review_date (styr_model_lookup_document (fixture->model, "policy"), review);
  before = validate_summary (fixture->model, 2025, fixture->today);
  on = validate_summary (fixture->model, 2025, on_the_day);
  after = validate_summary (fixture->model, 2025, day_after);
  /* NULL is the current date, long after mid-2025. */
  now = validate_summary (fixture->model, 2025, NULL);

  g_assert_cmpstr (before, ==, "");
  g_assert_cmpstr (on, ==, "");
  g_assert_cmpstr (after, ==, "styrdokument-ej-reviderat: policy");
  g_assert_cmpstr (now, ==, "styrdokument-ej-reviderat: policy");
}

/* Assessments ------------------------------------------------------------ */

static void
test_assessment_analysis (Fixture       *fixture,
                          gconstpointer  data)
{
  StyrOccasion *t2 = ensure_occasion (fixture->model, "2025-t2", 2);
  StyrAssessment *a = assess (fixture->model, "nm-1", t2, "ej-uppfyllt");
  g_autofree char *bare = NULL;
  g_autofree char *with_measures = NULL;
  g_autofree char *with_analysis = NULL;
  g_autofree char *not_assessed = NULL;
  g_autofree char *unknown = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(StyrFinding) f = NULL;

  bare = validate_summary (fixture->model, 2025, fixture->today);
  findings = styr_model_validate (fixture->model, 2025, fixture->today);
  f = g_list_model_get_item (findings, 0);
  g_assert_cmpstr (styr_finding_get_message (f), ==,
                   "Nämndmålet »Fler elever når målen« (nm-1) bedöms som »Ej uppfyllt« vid 2025-t2, "
                   "men bedömningen har varken analys eller åtgärder");

  styr_assessment_set_measures (a, "Extra lästid");
  with_measures = validate_summary (fixture->model, 2025, fixture->today);
  styr_assessment_set_measures (a, NULL);
  styr_assessment_set_analysis (a, "Färre behöriga lärare");
  with_analysis = validate_summary (fixture->model, 2025, fixture->today);
  styr_assessment_set_analysis (a, NULL);
  styr_assessment_set_level_id (a, NULL);
  not_assessed = validate_summary (fixture->model, 2025, fixture->today);
  styr_assessment_set_level_id (a, "okand");
  unknown = validate_summary (fixture->model, 2025, fixture->today);

  g_assert_cmpstr (bare, ==, "bedomning-utan-analys: nm-1");
  g_assert_cmpstr (with_measures, ==, "");
  g_assert_cmpstr (with_analysis, ==, "");
  g_assert_cmpstr (not_assessed, ==, "");
  /* An unknown level has no score: only the level is reported. */
  g_assert_cmpstr (unknown, ==, "bedomning-okand-niva: nm-1");
}

static void
test_unassessed_rules (Fixture       *fixture,
                       gconstpointer  data)
{
  StyrModel *model = fixture->model;
  StyrCalendar *calendar = styr_model_get_calendar (model);
  StyrOccasion *t1 = ensure_occasion (model, "2025-t1", 1);
  g_autoptr(StyrPeriod) feb = styr_period_new_month (2025, 2);
  g_autoptr(StyrOccasion) economy = styr_occasion_new ("ekonomi-feb", "Ekonomirapport februari", feb,
                                                       STYR_OCCASION_FLAGS_ECONOMY);
  g_autoptr(GDate) last_day = g_date_new_dmy (30, G_DATE_APRIL, 2025);
  StyrUnit *sektor = add (model, styr_unit_new ("sektor", STYR_UNIT_KIND_ADMINISTRATION, "Sektor"));
  g_autofree char *on_last_day = NULL;
  g_autofree char *after = NULL;
  g_autofree char *level_cleared = NULL;
  g_autofree char *none_left = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(StyrFinding) f = NULL;
  StyrAssessment *a;

  (void) sektor;
  OK (styr_calendar_add_occasion (calendar, economy, &ok_error));
  /* An operational goal is never asked for. */
  add_goal (model, "vm-1", STYR_GOAL_LEVEL_OPERATIONAL, "Läsning", "medborgare", "sektor", NULL, "nm-1", NULL);
  assess (model, "im-1", t1, "uppfyllt");
  assess (model, "im-2", t1, "uppfyllt");
  assess (model, "bm-1", t1, "uppfyllt");

  /* Not before the period has ended, and never for the economy. */
  on_last_day = validate_summary (model, 2025, last_day);
  g_assert_cmpstr (on_last_day, ==, "perspektiv-utan-mal: ekonomi");
  after = validate_summary (model, 2025, fixture->today);
  g_assert_cmpstr (after, ==, "perspektiv-utan-mal: ekonomi; mal-ej-bedomt: nm-1; mal-ej-bedomt: nm-2");

  findings = styr_model_validate (model, 2025, fixture->today);
  f = g_list_model_get_item (findings, 1);
  g_assert_cmpstr (styr_finding_get_message (f), ==,
                   "Nämndmålet »Fler elever når målen« (nm-1) är inte bedömt vid uppföljningen 2025-t1, "
                   "vars period slutade 2025-04-30");

  /* An assessment without a level (ej bedömd) is no assessment. */
  a = assess (model, "nm-1", t1, "delvis-uppfyllt");
  styr_assessment_set_analysis (a, "Analys");
  assess (model, "nm-2", t1, NULL);
  level_cleared = validate_summary (model, 2025, fixture->today);
  g_assert_cmpstr (level_cleared, ==, "perspektiv-utan-mal: ekonomi; mal-ej-bedomt: nm-2");

  assess (model, "nm-2", t1, "ej-uppfyllt");
  styr_assessment_set_measures (styr_goal_lookup_assessment (goal (model, "nm-2"), t1), "Åtgärder");
  none_left = validate_summary (model, 2025, fixture->today);
  g_assert_cmpstr (none_left, ==, "perspektiv-utan-mal: ekonomi");
}

static void
test_scale_switch (Fixture       *fixture,
                   gconstpointer  data)
{
  StyrOccasion *t2 = ensure_occasion (fixture->model, "2025-t2", 2);
  StyrAssessment *a = assess (fixture->model, "nm-1", t2, "uppfyllt");
  g_autoptr(StyrScale) jonkoping = styr_scale_new_preset (STYR_SCALE_PRESET_JONKOPING);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(StyrFinding) f = NULL;

  styr_assessment_set_prognosis_id (a, "delvis-uppfyllt");
  before = validate_summary (fixture->model, 2025, fixture->today);
  styr_model_set_scale (fixture->model, jonkoping);
  after = validate_summary (fixture->model, 2025, fixture->today);

  g_assert_cmpstr (before, ==, "");
  g_assert_cmpstr (after, ==, "bedomning-okand-niva: nm-1; bedomning-okand-niva: nm-1");

  findings = styr_model_validate (fixture->model, 2025, fixture->today);
  f = g_list_model_get_item (findings, 0);
  g_assert_cmpstr (styr_finding_get_message (f), ==,
                   "Bedömningen av »Fler elever når målen« (nm-1) vid 2025-t2 anger nivån »uppfyllt«, "
                   "som inte finns i skalan »jonkoping«");
}

/* Order ------------------------------------------------------------------ */

static const char * const check_order[] = {
  STYR_FINDING_KOMMUNKOD_OGILTIG,
  STYR_FINDING_VISION_SAKNAS,
  STYR_FINDING_MAL_UTAN_OVERORDNAT,
  STYR_FINDING_KEDJA_BRUTEN,
  STYR_FINDING_NAMNDMAL_EJ_UPPFOLJNINGSBART,
  STYR_FINDING_AKTIVITET_UTAN_MAL,
  STYR_FINDING_AKTIVITET_UTAN_FORVANTAT_RESULTAT,
  STYR_FINDING_INRIKTNINGSMAL_UTAN_NAMNDMAL,
  STYR_FINDING_PERSPEKTIV_UTAN_MAL,
  STYR_FINDING_BOLAG_UTAN_AGARDIREKTIVMAL,
  STYR_FINDING_INDIKATOR_UTAN_MALVARDE,
  STYR_FINDING_MAL_UTAN_AGARE,
  STYR_FINDING_MAL_UTAN_PERSPEKTIV,
  STYR_FINDING_STYRDOKUMENT_EJ_REVIDERAT,
  STYR_FINDING_BEDOMNING_UTAN_ANALYS,
  STYR_FINDING_MAL_EJ_BEDOMT,
  STYR_FINDING_BEDOMNING_OKAND_NIVA,
};

static guint
check_index (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (check_order); i++)
    if (g_str_equal (check_order[i], code))
      return i;
  g_assert_not_reached ();
}

static void
test_order (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GListModel) first = NULL;
  g_autoptr(GListModel) second = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  guint n;

  /* Every defect at once, in an order unlike the checks'. */
  for (gssize i = G_N_ELEMENTS (defects) - 1; i >= 0; i--)
    if (defects[i].mutate != break_chain && defects[i].mutate != add_orphan)
      defects[i].mutate (fixture->model);
  break_chain (fixture->model);
  drop_owner (fixture->model);
  OK (styr_goal_set_owner (goal (fixture->model, "nm-1"), NULL, &ok_error));

  first = styr_model_validate (fixture->model, 2025, fixture->today);
  second = styr_model_validate (fixture->model, 2025, fixture->today);
  a = summarise (first);
  b = summarise (second);
  g_assert_cmpstr (a, ==, b);

  /* By check, in the documented order, and every check is represented. */
  n = g_list_model_get_n_items (first);
  g_assert_cmpuint (n, >=, G_N_ELEMENTS (check_order));
  for (guint i = 0; i + 1 < n; i++)
    {
      g_autoptr(StyrFinding) f = g_list_model_get_item (first, i);
      g_autoptr(StyrFinding) next = g_list_model_get_item (first, i + 1);
      g_autoptr(StyrFinding) again = g_list_model_get_item (second, i);

      g_assert_cmpuint (check_index (styr_finding_get_code (f)), <=,
                        check_index (styr_finding_get_code (next)));
      g_assert_cmpstr (styr_finding_get_message (f), ==, styr_finding_get_message (again));
    }

  /* Within a check, in model order: nm-1 was added before nm-2. */
  g_assert_nonnull (strstr (a, "mal-utan-agare: nm-1; mal-utan-agare: nm-2"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validation/finding/properties", test_finding_properties);
  g_test_add_func ("/validation/empty", test_empty);
  g_test_add ("/validation/clean", Fixture, NULL, fixture_set_up, test_clean, fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (defects); i++)
    g_test_add (defects[i].path, Fixture, &defects[i], fixture_set_up, test_defect, fixture_tear_down);
  g_test_add ("/validation/messages", Fixture, NULL, fixture_set_up, test_messages, fixture_tear_down);
  g_test_add ("/validation/kommunkod", Fixture, NULL, fixture_set_up, test_kommunkod, fixture_tear_down);
  g_test_add ("/validation/year", Fixture, NULL, fixture_set_up, test_year, fixture_tear_down);
  g_test_add ("/validation/today", Fixture, NULL, fixture_set_up, test_today, fixture_tear_down);
  g_test_add ("/validation/order", Fixture, NULL, fixture_set_up, test_order, fixture_tear_down);
  g_test_add ("/validation/assessment/analysis", Fixture, NULL, fixture_set_up, test_assessment_analysis, fixture_tear_down);
  g_test_add ("/validation/assessment/unassessed", Fixture, NULL, fixture_set_up, test_unassessed_rules, fixture_tear_down);
  g_test_add ("/validation/assessment/scale-switch", Fixture, NULL, fixture_set_up, test_scale_switch, fixture_tear_down);

  return g_test_run ();
}
