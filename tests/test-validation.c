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


/* Economy ---------------------------------------------------------------- */

#define KR(n) ((gint64) (n) * 100)
#define MNKR(n) ((gint64) (n) * 100000000)

/* The clean model with a balanced economy, for 2025 on 1 May 2025:
 *
 *   bun  frame 2025 300 mnkr, 2026 310 mnkr
 *     sektor-bou (administration, nämnd bun)
 *     ├── skola-norr  5000-5999 120 mnkr, 3000-3999 −10 mnkr
 *     └── skola-syd   4000-4999 190 mnkr          (Σ 300 mnkr)
 *   ks   frame 2025 50 mnkr, 2026 51 mnkr
 *     kansli (nämnd ks) 7000-7999 50 mnkr
 *
 *   result budget 2025: tax 330, grants 30, financial net −2, other −1
 *     (balance adjustments 5, not part of the result): 357 mnkr;
 *     357 − 350 = 7 mnkr, the budgeted result
 *   result budget 2026: tax 340, grants 31, financial net −3: 368 mnkr;
 *     368 − 361 = 7 mnkr, no budgeted result
 *
 *   ek-feb (economy, per 2025-02, due 2025-03-20): forecasts of bun and ks
 *   ek-jun (economy, per 2025-06, due 2025-07-20): not due yet
 */
static StyrModel *
economy_model_new (void)
{
  StyrModel *model = clean_model_new ();
  StyrCalendar *calendar = styr_model_get_calendar (model);
  StyrOrgan *bun = styr_model_lookup_organ (model, "bun");
  StyrOrgan *ks = add (model, styr_organ_new ("ks", STYR_ORGAN_KIND_EXECUTIVE_BOARD, "Kommunstyrelsen"));
  StyrUnit *sektor = add (model, styr_unit_new ("sektor-bou", STYR_UNIT_KIND_ADMINISTRATION, "Sektor Barn och utbildning"));
  StyrUnit *norr = add (model, styr_unit_new ("skola-norr", STYR_UNIT_KIND_UNIT, "Norrskolan"));
  StyrUnit *syd = add (model, styr_unit_new ("skola-syd", STYR_UNIT_KIND_UNIT, "Sydskolan"));
  StyrUnit *kansli = add (model, styr_unit_new ("kansli", STYR_UNIT_KIND_UNIT, "Kommunkansliet"));
  g_autoptr(StyrPeriod) feb = styr_period_new_month (2025, 2);
  g_autoptr(StyrPeriod) jun = styr_period_new_month (2025, 6);
  g_autoptr(StyrOccasion) ek_feb = styr_occasion_new ("ek-feb", "Ekonomirapport februari", feb, STYR_OCCASION_FLAGS_ECONOMY);
  g_autoptr(StyrOccasion) ek_jun = styr_occasion_new ("ek-jun", "Ekonomirapport juni", jun, STYR_OCCASION_FLAGS_ECONOMY);
  g_autoptr(GDate) feb_due = g_date_new_dmy (20, G_DATE_MARCH, 2025);
  g_autoptr(GDate) jun_due = g_date_new_dmy (20, G_DATE_JULY, 2025);

  OK (styr_unit_set_budget_organ (sektor, bun, &ok_error));
  OK (styr_unit_set_parent (norr, sektor, &ok_error));
  OK (styr_unit_set_parent (syd, sektor, &ok_error));
  OK (styr_unit_set_budget_organ (kansli, ks, &ok_error));

  OK (styr_organ_set_frame (bun, 2025, MNKR (300), &ok_error));
  OK (styr_organ_set_frame (bun, 2026, MNKR (310), &ok_error));
  OK (styr_organ_set_frame (ks, 2025, MNKR (50), &ok_error));
  OK (styr_organ_set_frame (ks, 2026, MNKR (51), &ok_error));

  OK (styr_unit_set_budget (norr, 2025, "5000-5999", MNKR (120), &ok_error));
  OK (styr_unit_set_budget (norr, 2025, "3000-3999", -MNKR (10), &ok_error));
  OK (styr_unit_set_budget (syd, 2025, "4000-4999", MNKR (190), &ok_error));
  OK (styr_unit_set_budget (kansli, 2025, "7000-7999", MNKR (50), &ok_error));
  OK (styr_unit_set_outcome (norr, 2025, 1, "5000-5999", MNKR (9), &ok_error));

  OK (styr_model_set_result_budget (model, 2025, STYR_RESULT_ITEM_TAX_INCOME, MNKR (330), &ok_error));
  OK (styr_model_set_result_budget (model, 2025, STYR_RESULT_ITEM_GENERAL_GRANTS, MNKR (30), &ok_error));
  OK (styr_model_set_result_budget (model, 2025, STYR_RESULT_ITEM_FINANCIAL_NET, -MNKR (2), &ok_error));
  OK (styr_model_set_result_budget (model, 2025, STYR_RESULT_ITEM_OTHER, -MNKR (1), &ok_error));
  OK (styr_model_set_result_budget (model, 2025, STYR_RESULT_ITEM_BALANCE_ADJUSTMENTS, MNKR (5), &ok_error));
  OK (styr_model_set_budgeted_result (model, 2025, MNKR (7), &ok_error));
  OK (styr_model_set_result_budget (model, 2026, STYR_RESULT_ITEM_TAX_INCOME, MNKR (340), &ok_error));
  OK (styr_model_set_result_budget (model, 2026, STYR_RESULT_ITEM_GENERAL_GRANTS, MNKR (31), &ok_error));
  OK (styr_model_set_result_budget (model, 2026, STYR_RESULT_ITEM_FINANCIAL_NET, -MNKR (3), &ok_error));

  styr_occasion_set_deadline (ek_feb, feb_due);
  styr_occasion_set_deadline (ek_jun, jun_due);
  OK (styr_calendar_add_occasion (calendar, ek_feb, &ok_error));
  OK (styr_calendar_add_occasion (calendar, ek_jun, &ok_error));
  OK (styr_organ_set_forecast (bun, "ek-feb", MNKR (301), "Fler elever", &ok_error));
  OK (styr_organ_set_forecast (ks, "ek-feb", MNKR (50), NULL, &ok_error));

  return model;
}

static void
economy_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->model = economy_model_new ();
  fixture->today = g_date_new_dmy (1, G_DATE_MAY, 2025);
}

static StyrOrgan *
organ (StyrModel  *model,
       const char *id)
{
  StyrOrgan *o = styr_model_lookup_organ (model, id);

  g_assert_nonnull (o);
  return o;
}

static StyrUnit *
unit (StyrModel  *model,
      const char *id)
{
  StyrUnit *u = styr_model_lookup_unit (model, id);

  g_assert_nonnull (u);
  return u;
}

/* The message of the first finding with @code. */
static char *
message_of (StyrModel   *model,
            const GDate *today,
            const char  *code,
            guint        nth)
{
  g_autoptr(GListModel) findings = styr_model_validate (model, 2025, today);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(StyrFinding) f = g_list_model_get_item (findings, i);

      if (g_str_equal (styr_finding_get_code (f), code) && nth-- == 0)
        return g_strdup (styr_finding_get_message (f));
    }

  g_assert_not_reached ();
}

static void
raise_tax_budget (StyrModel *model)
{
  /* 358 − 350 = 8 mnkr, one more than the budgeted result. */
  OK (styr_model_set_result_budget (model, 2025, STYR_RESULT_ITEM_TAX_INCOME, MNKR (331), &ok_error));
}

static void
raise_budgeted_result (StyrModel *model)
{
  OK (styr_model_set_budgeted_result (model, 2025, MNKR (8), &ok_error));
}

static void
plan_deficit (StyrModel *model)
{
  /* 2026 without a budgeted result: 358 − 361 = −3 mnkr. */
  OK (styr_model_set_result_budget (model, 2026, STYR_RESULT_ITEM_TAX_INCOME, MNKR (330), &ok_error));
}

static void
underdistribute (StyrModel *model)
{
  /* 50 öre of bun's frame are left. */
  OK (styr_unit_set_budget (unit (model, "skola-syd"), 2025, "4000-4999", MNKR (190) - 50, &ok_error));
}

static void
overdistribute (StyrModel *model)
{
  OK (styr_unit_set_budget (unit (model, "skola-syd"), 2025, "6000-6999", KR (12345), &ok_error));
}

static void
add_unbudgeted_unit (StyrModel *model)
{
  StyrUnit *ost = add (model, styr_unit_new ("skola-ost", STYR_UNIT_KIND_UNIT, "Östskolan"));
  StyrUnit *admin = add (model, styr_unit_new ("bou-stab", STYR_UNIT_KIND_OPERATION, "Stab"));

  /* Only units (enheter) are expected to carry budget lines, and only
   * for a year their nämnd has a frame for. */
  OK (styr_unit_set_parent (ost, unit (model, "sektor-bou"), &ok_error));
  OK (styr_unit_set_parent (admin, unit (model, "sektor-bou"), &ok_error));
  OK (styr_unit_set_budget (unit (model, "skola-norr"), 2027, "5000-5999", MNKR (1), &ok_error));
}

static void
drop_forecast (StyrModel *model)
{
  g_assert_true (styr_organ_remove_forecast (organ (model, "ks"), "ek-feb"));
}

static void
leave_outcomes_unmapped (StyrModel *model)
{
  OK (styr_model_add_unmapped_outcome (model, 2025, 3, "1", "9999", "4010", KR (12345) + 67, &ok_error));
  OK (styr_model_add_unmapped_outcome (model, 2025, 3, NULL, NULL, "4999", -KR (345), &ok_error));
  OK (styr_model_add_unmapped_outcome (model, 2024, 12, "1", "8888", "5010", KR (100), &ok_error));
}

static void
add_unattributed_unit (StyrModel *model)
{
  StyrUnit *projekt = add (model, styr_unit_new ("projekt", STYR_UNIT_KIND_OPERATION, "Projekt Unga till arbete"));
  StyrUnit *fri = add (model, styr_unit_new ("fri", STYR_UNIT_KIND_UNIT, "Fristående"));

  OK (styr_unit_set_outcome (projekt, 2024, 12, "4000-4999", KR (500), &ok_error));
  /* Neither budget nor outcome: nothing to attribute. */
  (void) fri;
}

static const Defect economy_defects[] = {
  { "/validation/economy/ramar-summerar-inte/undistributed", raise_tax_budget,
    STYR_SEVERITY_ERROR, STYR_FINDING_RAMAR_SUMMERAR_INTE, "ramar-summerar-inte:" },
  { "/validation/economy/ramar-summerar-inte/too-large", raise_budgeted_result,
    STYR_SEVERITY_ERROR, STYR_FINDING_RAMAR_SUMMERAR_INTE, "ramar-summerar-inte:" },
  { "/validation/economy/ramar-summerar-inte/deficit", plan_deficit,
    STYR_SEVERITY_WARNING, STYR_FINDING_RAMAR_SUMMERAR_INTE, "ramar-summerar-inte:" },
  { "/validation/economy/budget-ej-lika-ram/under", underdistribute,
    STYR_SEVERITY_WARNING, STYR_FINDING_BUDGET_EJ_LIKA_RAM, "budget-ej-lika-ram: bun" },
  { "/validation/economy/budget-ej-lika-ram/over", overdistribute,
    STYR_SEVERITY_WARNING, STYR_FINDING_BUDGET_EJ_LIKA_RAM, "budget-ej-lika-ram: bun" },
  { "/validation/economy/enhet-utan-budget", add_unbudgeted_unit,
    STYR_SEVERITY_WARNING, STYR_FINDING_ENHET_UTAN_BUDGET, "enhet-utan-budget: skola-ost bun" },
  { "/validation/economy/prognos-saknas", drop_forecast,
    STYR_SEVERITY_WARNING, STYR_FINDING_PROGNOS_SAKNAS, "prognos-saknas: ks" },
  { "/validation/economy/utfall-omappat", leave_outcomes_unmapped,
    STYR_SEVERITY_WARNING, STYR_FINDING_UTFALL_OMAPPAT, "utfall-omappat:; utfall-omappat:" },
  { "/validation/economy/enhet-utan-namnd", add_unattributed_unit,
    STYR_SEVERITY_ERROR, STYR_FINDING_ENHET_UTAN_NAMND, "enhet-utan-namnd: projekt" },
};

static void
test_economy_clean (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *summary = validate_summary (fixture->model, 2025, fixture->today);
  g_autoptr(GDate) december = g_date_new_dmy (31, G_DATE_DECEMBER, 2025);
  g_autofree char *late = NULL;

  g_assert_cmpstr (summary, ==, "");

  /* By December the June report is due too. */
  late = validate_summary (fixture->model, 2025, december);
  g_assert_cmpstr (late, ==, "prognos-saknas: bun; prognos-saknas: ks");
}

static void
test_economy_year (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *plan_year = NULL;
  g_autofree char *no_frames = NULL;

  /* The plan year has frames but no budget lines yet; its balance is
   * checked whatever @year is (see ramar-summerar-inte). */
  plan_year = validate_summary (fixture->model, 2026, fixture->today);
  g_assert_cmpstr (plan_year, ==,
                   "indikator-utan-malvarde: ind-2 nm-2; "
                   "enhet-utan-budget: skola-norr bun; enhet-utan-budget: skola-syd bun; "
                   "enhet-utan-budget: kansli ks");
  no_frames = validate_summary (fixture->model, 2027, fixture->today);
  g_assert_cmpstr (no_frames, ==, "indikator-utan-malvarde: ind-2 nm-2");
}

static void
test_economy_rules (Fixture       *fixture,
                    gconstpointer  data)
{
  StyrModel *model = fixture->model;
  StyrOrgan *bun = organ (model, "bun");
  g_autofree char *no_deadline = NULL;
  g_autofree char *no_frame = NULL;
  g_autofree char *no_result_budget = NULL;
  g_autofree char *only_adjustments = NULL;
  g_autofree char *unbalanced = NULL;
  g_autofree char *sector = NULL;
  g_autoptr(StyrPeriod) t1 = styr_period_new_tertial (2025, 1);
  g_autoptr(StyrOccasion) tertial = styr_occasion_new ("t1", NULL, t1, STYR_OCCASION_FLAGS_GOALS);
  g_autoptr(StyrPeriod) mar_2024 = styr_period_new_month (2024, 3);
  g_autoptr(StyrOccasion) old = styr_occasion_new ("ek-2024", NULL, mar_2024, STYR_OCCASION_FLAGS_ECONOMY);
  g_autoptr(StyrPeriod) mar = styr_period_new_month (2025, 3);
  g_autoptr(StyrOccasion) undated = styr_occasion_new ("ek-mar", NULL, mar, STYR_OCCASION_FLAGS_ECONOMY);

  /* Goal-only occasions and other years' occasions ask for no forecast;
   * without a deadline the end of the period is the deadline. */
  OK (styr_calendar_add_occasion (styr_model_get_calendar (model), tertial, &ok_error));
  OK (styr_calendar_add_occasion (styr_model_get_calendar (model), old, &ok_error));
  OK (styr_calendar_add_occasion (styr_model_get_calendar (model), undated, &ok_error));
  no_deadline = validate_summary (model, 2025, fixture->today);
  g_assert_cmpstr (no_deadline, ==,
                   "mal-ej-bedomt: im-1; mal-ej-bedomt: im-2; mal-ej-bedomt: nm-1; mal-ej-bedomt: nm-2; "
                   "mal-ej-bedomt: bm-1; prognos-saknas: bun; prognos-saknas: ks");
  OK (styr_calendar_remove_occasion (styr_model_get_calendar (model), tertial, &ok_error));
  OK (styr_calendar_remove_occasion (styr_model_get_calendar (model), undated, &ok_error));

  /* A nämnd without a frame for the year is asked for no forecast, and
   * its units for no budget. */
  g_assert_true (styr_organ_remove_forecast (organ (model, "ks"), "ek-feb"));
  g_assert_true (styr_organ_remove_frame (organ (model, "ks"), 2025));
  OK (styr_model_set_budgeted_result (model, 2025, MNKR (57), &ok_error));
  g_assert_true (styr_unit_remove_budget (unit (model, "kansli"), 2025, "7000-7999"));
  no_frame = validate_summary (model, 2025, fixture->today);
  g_assert_cmpstr (no_frame, ==, "");

  /* Frames without any result budget: nothing to balance against. */
  for (StyrResultItem item = STYR_RESULT_ITEM_TAX_INCOME; item <= STYR_RESULT_ITEM_OTHER; item++)
    styr_model_remove_result_budget (model, 2025, item);
  no_result_budget = validate_summary (model, 2025, fixture->today);
  g_assert_cmpstr (no_result_budget, ==, "");

  /* The balance requirement's adjustments are not part of the result:
   * frames of 300 mnkr against no result items at all. */
  g_assert_true (styr_model_lookup_result_budget (model, 2025, STYR_RESULT_ITEM_BALANCE_ADJUSTMENTS, NULL));
  only_adjustments = validate_summary (model, 2025, fixture->today);
  g_assert_cmpstr (only_adjustments, ==, "");

  OK (styr_model_set_result_budget (model, 2025, STYR_RESULT_ITEM_OTHER, 0, &ok_error));
  unbalanced = validate_summary (model, 2025, fixture->today);
  g_assert_cmpstr (unbalanced, ==, "ramar-summerar-inte:");
  g_assert_true (styr_model_remove_budgeted_result (model, 2025));
  g_clear_pointer (&unbalanced, g_free);
  unbalanced = validate_summary (model, 2025, fixture->today);
  g_assert_cmpstr (unbalanced, ==, "ramar-summerar-inte:");
  OK (styr_model_set_result_budget (model, 2025, STYR_RESULT_ITEM_OTHER, MNKR (300), &ok_error));
  g_clear_pointer (&unbalanced, g_free);
  unbalanced = validate_summary (model, 2025, fixture->today);
  g_assert_cmpstr (unbalanced, ==, "");

  /* A unit belongs to the nämnd whose sector it is in. */
  OK (styr_unit_set_budget (unit (model, "kansli"), 2025, "7000-7999", MNKR (1), &ok_error));
  OK (styr_unit_set_budget_organ (unit (model, "kansli"), NULL, &ok_error));
  sector = validate_summary (model, 2025, fixture->today);
  g_assert_cmpstr (sector, ==, "enhet-utan-namnd: kansli");
  OK (styr_unit_set_parent (unit (model, "kansli"), unit (model, "sektor-bou"), &ok_error));
  OK (styr_unit_set_budget_organ (unit (model, "sektor-bou"), NULL, &ok_error));
  OK (styr_organ_set_sector (bun, unit (model, "sektor-bou"), &ok_error));
  g_clear_pointer (&sector, g_free);
  sector = validate_summary (model, 2025, fixture->today);
  g_assert_cmpstr (sector, ==, "budget-ej-lika-ram: bun");
}

static void
test_budgeted_result (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(GError) error = NULL;
  gint64 ore = -1;
  int year = 0;

  g_assert_cmpuint (styr_model_get_n_budgeted_results (model), ==, 0);
  g_assert_false (styr_model_lookup_budgeted_result (model, 2025, &ore));
  g_assert_cmpint (ore, ==, 0);
  g_assert_false (styr_model_remove_budgeted_result (model, 2025));

  OK (styr_model_set_budgeted_result (model, 2026, MNKR (9), &ok_error));
  OK (styr_model_set_budgeted_result (model, 2025, MNKR (7), &ok_error));
  OK (styr_model_set_budgeted_result (model, 2025, -MNKR (2), &ok_error));
  g_assert_true (styr_model_lookup_budgeted_result (model, 2025, &ore));
  g_assert_cmpint (ore, ==, -MNKR (2));
  g_assert_cmpuint (styr_model_get_n_budgeted_results (model), ==, 2);
  styr_model_get_budgeted_result (model, 0, &year, &ore);
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpint (ore, ==, -MNKR (2));
  styr_model_get_budgeted_result (model, 1, &year, NULL);
  g_assert_cmpint (year, ==, 2026);

  g_assert_false (styr_model_set_budgeted_result (model, 0, 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_model_set_budgeted_result (model, 10000, 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_assert_cmpuint (styr_model_get_n_budgeted_results (model), ==, 2);

  g_assert_true (styr_model_remove_budgeted_result (model, 2025));
  g_assert_cmpuint (styr_model_get_n_budgeted_results (model), ==, 1);
  styr_model_get_budgeted_result (model, 0, &year, NULL);
  g_assert_cmpint (year, ==, 2026);
}

static const char * const economy_order[] = {
  STYR_FINDING_RAMAR_SUMMERAR_INTE,
  STYR_FINDING_BUDGET_EJ_LIKA_RAM,
  STYR_FINDING_ENHET_UTAN_BUDGET,
  STYR_FINDING_PROGNOS_SAKNAS,
  STYR_FINDING_UTFALL_OMAPPAT,
  STYR_FINDING_ENHET_UTAN_NAMND,
};

static void
test_economy_order (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *summary = NULL;
  g_autoptr(GListModel) findings = NULL;
  guint last = 0;

  /* Every economic defect at once, in reverse. */
  for (gssize i = G_N_ELEMENTS (economy_defects) - 1; i >= 0; i--)
    if (economy_defects[i].mutate != raise_budgeted_result)
      economy_defects[i].mutate (fixture->model);
  drop_vision (fixture->model);

  summary = validate_summary (fixture->model, 2025, fixture->today);
  g_assert_cmpstr (summary, ==,
                   "vision-saknas: im-1 im-2; "
                   "ramar-summerar-inte:; ramar-summerar-inte:; "
                   "budget-ej-lika-ram: bun; "
                   "enhet-utan-budget: skola-ost bun; "
                   "prognos-saknas: ks; "
                   "utfall-omappat:; utfall-omappat:; "
                   "enhet-utan-namnd: projekt");

  /* After the checks of the goal chain, in the documented order. */
  findings = styr_model_validate (fixture->model, 2025, fixture->today);
  for (guint i = 1; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(StyrFinding) f = g_list_model_get_item (findings, i);
      guint index = G_N_ELEMENTS (economy_order);

      for (guint j = 0; j < G_N_ELEMENTS (economy_order); j++)
        if (g_str_equal (economy_order[j], styr_finding_get_code (f)))
          index = j;
      g_assert_cmpuint (index, <, G_N_ELEMENTS (economy_order));
      g_assert_cmpuint (index, >=, last);
      last = index;
    }
  g_assert_cmpuint (last, ==, G_N_ELEMENTS (economy_order) - 1);
}

static void
test_economy_messages (Fixture       *fixture,
                       gconstpointer  data)
{
  StyrModel *model = fixture->model;
  g_autofree char *undistributed = NULL;
  g_autofree char *too_large = NULL;
  g_autofree char *deficit = NULL;
  g_autofree char *under = NULL;
  g_autofree char *over = NULL;
  g_autofree char *unbudgeted = NULL;
  g_autofree char *no_forecast = NULL;
  g_autofree char *unmapped_dec = NULL;
  g_autofree char *unmapped_mar = NULL;
  g_autofree char *unattributed = NULL;

  raise_tax_budget (model);
  undistributed = message_of (model, fixture->today, STYR_FINDING_RAMAR_SUMMERAR_INTE, 0);
  g_assert_cmpstr (undistributed, ==,
                   "Budgeten för 2025 går inte ihop: skatteintäkter, generella statsbidrag, finansnetto och "
                   "övriga poster (358\u00a0000\u00a0000\u00a0kr) minus nämndernas ramar (350\u00a0000\u00a0000\u00a0kr) "
                   "ger ett resultat på 8\u00a0000\u00a0000\u00a0kr, men det budgeterade resultatet är "
                   "7\u00a0000\u00a0000\u00a0kr; 1\u00a0000\u00a0000\u00a0kr är inte fördelat");
  raise_budgeted_result (model);
  {
    g_autofree char *balanced = validate_summary (model, 2025, fixture->today);

    g_assert_cmpstr (balanced, ==, "");
  }
  OK (styr_model_set_budgeted_result (model, 2025, MNKR (9), &ok_error));
  too_large = message_of (model, fixture->today, STYR_FINDING_RAMAR_SUMMERAR_INTE, 0);
  g_assert_cmpstr (too_large, ==,
                   "Budgeten för 2025 går inte ihop: skatteintäkter, generella statsbidrag, finansnetto och "
                   "övriga poster (358\u00a0000\u00a0000\u00a0kr) minus nämndernas ramar (350\u00a0000\u00a0000\u00a0kr) "
                   "ger ett resultat på 8\u00a0000\u00a0000\u00a0kr, men det budgeterade resultatet är "
                   "9\u00a0000\u00a0000\u00a0kr; ramarna är 1\u00a0000\u00a0000\u00a0kr för stora");
  OK (styr_model_set_budgeted_result (model, 2025, MNKR (8), &ok_error));

  plan_deficit (model);
  deficit = message_of (model, fixture->today, STYR_FINDING_RAMAR_SUMMERAR_INTE, 0);
  g_assert_cmpstr (deficit, ==,
                   "Nämndernas ramar för 2026 (361\u00a0000\u00a0000\u00a0kr) är större än skatteintäkter, "
                   "generella statsbidrag, finansnetto och övriga poster (358\u00a0000\u00a0000\u00a0kr): "
                   "budgeten ger ett underskott på 3\u00a0000\u00a0000\u00a0kr");
  OK (styr_model_set_result_budget (model, 2026, STYR_RESULT_ITEM_TAX_INCOME, MNKR (340), &ok_error));

  underdistribute (model);
  under = message_of (model, fixture->today, STYR_FINDING_BUDGET_EJ_LIKA_RAM, 0);
  g_assert_cmpstr (under, ==,
                   "Enheterna under »Barn- och utbildningsnämnden« (bun) har en budget för 2025 på "
                   "299\u00a0999\u00a0999,50\u00a0kr, men nämndens ram är 300\u00a0000\u00a0000\u00a0kr: "
                   "0,50\u00a0kr av ramen är inte fördelat");
  overdistribute (model);
  over = message_of (model, fixture->today, STYR_FINDING_BUDGET_EJ_LIKA_RAM, 0);
  g_assert_cmpstr (over, ==,
                   "Enheterna under »Barn- och utbildningsnämnden« (bun) har en budget för 2025 på "
                   "300\u00a0012\u00a0344,50\u00a0kr, men nämndens ram är 300\u00a0000\u00a0000\u00a0kr: "
                   "budgeten överskrider ramen med 12\u00a0344,50\u00a0kr");

  add_unbudgeted_unit (model);
  unbudgeted = message_of (model, fixture->today, STYR_FINDING_ENHET_UTAN_BUDGET, 0);
  g_assert_cmpstr (unbudgeted, ==,
                   "Enheten »Östskolan« (skola-ost) har ingen budget för 2025, fast den hör till "
                   "»Barn- och utbildningsnämnden« (bun), som har en ram för året");

  drop_forecast (model);
  no_forecast = message_of (model, fixture->today, STYR_FINDING_PROGNOS_SAKNAS, 0);
  g_assert_cmpstr (no_forecast, ==,
                   "»Kommunstyrelsen« (ks) har ingen helårsprognos vid uppföljningen "
                   "»Ekonomirapport februari« (ek-feb), som skulle vara klar 2025-03-20");

  leave_outcomes_unmapped (model);
  unmapped_dec = message_of (model, fixture->today, STYR_FINDING_UTFALL_OMAPPAT, 0);
  g_assert_cmpstr (unmapped_dec, ==,
                   "Utfallet för 2024-12 har 1 rad som inte har förts till någon enhet eller något "
                   "kostnadsslag, sammanlagt 100\u00a0kr (dimension 1 objekt 8888, konto 5010: 100\u00a0kr); "
                   "mappa objektet eller kontot och läs in månaden igen");
  unmapped_mar = message_of (model, fixture->today, STYR_FINDING_UTFALL_OMAPPAT, 1);
  g_assert_cmpstr (unmapped_mar, ==,
                   "Utfallet för 2025-03 har 2 rader som inte har förts till någon enhet eller något "
                   "kostnadsslag, sammanlagt 12\u00a0000,67\u00a0kr (konto 4999: \u2212345\u00a0kr; "
                   "dimension 1 objekt 9999, konto 4010: 12\u00a0345,67\u00a0kr); "
                   "mappa objekten eller kontona och läs in månaden igen");

  add_unattributed_unit (model);
  unattributed = message_of (model, fixture->today, STYR_FINDING_ENHET_UTAN_NAMND, 0);
  g_assert_cmpstr (unattributed, ==,
                   "Enheten »Projekt Unga till arbete« (projekt) har utfall men hör inte till någon nämnd, "
                   "så beloppen kommer inte med i driftredovisningen; ange enhetens nämnd");
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
  g_test_add_func ("/validation/economy/budgeted-result", test_budgeted_result);
  g_test_add ("/validation/economy/clean", Fixture, NULL, economy_set_up, test_economy_clean, fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (economy_defects); i++)
    g_test_add (economy_defects[i].path, Fixture, &economy_defects[i], economy_set_up, test_defect, fixture_tear_down);
  g_test_add ("/validation/economy/messages", Fixture, NULL, economy_set_up, test_economy_messages, fixture_tear_down);
  g_test_add ("/validation/economy/year", Fixture, NULL, economy_set_up, test_economy_year, fixture_tear_down);
  g_test_add ("/validation/economy/rules", Fixture, NULL, economy_set_up, test_economy_rules, fixture_tear_down);
  g_test_add ("/validation/economy/order", Fixture, NULL, economy_set_up, test_economy_order, fixture_tear_down);

  return g_test_run ();
}
