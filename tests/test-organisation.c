/* test-organisation.c — organs, units, focus areas and agile arenas.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libstyr/styr.h>

/* Helpers ---------------------------------------------------------------- */

typedef struct
{
  StyrModel *model;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->model = styr_model_new ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->model);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *counter)
{
  (*counter)++;
}

static guint *
watch (gpointer    object,
       const char *property,
       guint      *counter)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  *counter = 0;
  g_signal_connect (object, signal, G_CALLBACK (count_notify), counter);
  return counter;
}

/* Creates an entity and adds it to @model; the model holds the reference
 * that is returned (transfer none). */
static StyrOrgan *
add_organ (StyrModel     *model,
           const char    *id,
           StyrOrganKind  kind,
           const char    *name)
{
  g_autoptr(StyrOrgan) organ = styr_organ_new (id, kind, name);
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (organ), &error));
  g_assert_no_error (error);
  return organ;
}

static StyrUnit *
add_unit (StyrModel    *model,
          const char   *id,
          StyrUnitKind  kind,
          const char   *name)
{
  g_autoptr(StyrUnit) unit = styr_unit_new (id, kind, name);
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (unit), &error));
  g_assert_no_error (error);
  return unit;
}

static StyrDocument *
add_document (StyrModel        *model,
              const char       *id,
              StyrDocumentKind  kind,
              const char       *title)
{
  g_autoptr(StyrDocument) doc = styr_document_new (id, kind, title);
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (doc), &error));
  g_assert_no_error (error);
  return doc;
}

static StyrFocusArea *
add_focus_area (StyrModel  *model,
                const char *id,
                const char *name)
{
  g_autoptr(StyrFocusArea) fa = styr_focus_area_new (id, name);
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (fa), &error));
  g_assert_no_error (error);
  return fa;
}

static StyrArena *
add_arena (StyrModel  *model,
           const char *id,
           const char *name)
{
  g_autoptr(StyrArena) arena = styr_arena_new (id, name);
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (arena), &error));
  g_assert_no_error (error);
  return arena;
}

static StyrGoal *
add_goal (StyrModel     *model,
          const char    *id,
          StyrGoalLevel  level,
          const char    *title)
{
  g_autoptr(StyrGoal) goal = styr_goal_new (id, level, title);
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (goal), &error));
  g_assert_no_error (error);
  return goal;
}

static StyrActivity *
add_activity (StyrModel  *model,
              const char *id,
              const char *title)
{
  g_autoptr(StyrActivity) activity = styr_activity_new (id, title);
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (activity), &error));
  g_assert_no_error (error);
  return activity;
}

/* Asserts that @list holds exactly the items given, in order; the list of
 * arguments ends with %NULL. */
static void
assert_list (GListModel *list,
             gpointer    first,
             ...)
{
  va_list args;
  gpointer expected;
  guint i = 0;

  va_start (args, first);
  for (expected = first; expected != NULL; expected = va_arg (args, gpointer), i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      g_assert_true (item == expected);
    }
  va_end (args);

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, i);
}

static void
assert_list_empty (GListModel *list)
{
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
}

/* Organs ---------------------------------------------------------------- */

static void
test_organ_properties (void)
{
  g_autoptr(StyrOrgan) organ = NULL;
  g_autoptr(StyrUnit) sector = NULL;
  g_autoptr(StyrDocument) directive = NULL;
  g_autofree char *name = NULL;
  StyrOrganKind kind;

  organ = g_object_new (STYR_TYPE_ORGAN,
                        "id", "vfn",
                        "kind", STYR_ORGAN_KIND_BOARD,
                        "name", "Välfärdsnämnden",
                        NULL);
  g_object_get (organ,
                "name", &name,
                "kind", &kind,
                "sector", &sector,
                "owner-directive", &directive,
                NULL);
  g_assert_cmpstr (name, ==, "Välfärdsnämnden");
  g_assert_cmpint (kind, ==, STYR_ORGAN_KIND_BOARD);
  g_assert_null (sector);
  g_assert_null (directive);
  g_assert_null (styr_organ_get_sector (organ));
  g_assert_null (styr_organ_get_owner_directive (organ));
  g_assert_cmpstr (styr_entity_get_label (STYR_ENTITY (organ)), ==, "Välfärdsnämnden");
}

static void
test_organ_sector (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrUnit) loose = styr_unit_new ("loose", STYR_UNIT_KIND_ADMINISTRATION, "Lös förvaltning");
  g_autoptr(StyrModel) other_model = styr_model_new ();
  g_autoptr(StyrOrgan) outside = styr_organ_new ("utanfor", STYR_ORGAN_KIND_BOARD, "Utanför");
  g_autoptr(StyrUnit) got = NULL;
  StyrOrgan *vfn;
  StyrUnit *forvaltning, *verksamhet, *foreign;
  guint notified;

  vfn = add_organ (fixture->model, "vfn", STYR_ORGAN_KIND_BOARD, "Välfärdsnämnden");
  forvaltning = add_unit (fixture->model, "valfard", STYR_UNIT_KIND_ADMINISTRATION, "Välfärdsförvaltningen");
  verksamhet = add_unit (fixture->model, "aldreomsorg", STYR_UNIT_KIND_OPERATION, "Äldreomsorg");
  foreign = add_unit (other_model, "valfard", STYR_UNIT_KIND_ADMINISTRATION, "Välfärdsförvaltningen");
  watch (vfn, "sector", &notified);

  g_assert_true (styr_organ_set_sector (vfn, forvaltning, &error));
  g_assert_no_error (error);
  g_assert_true (styr_organ_get_sector (vfn) == forvaltning);
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (vfn, "sector", &got, NULL);
  g_assert_true (got == forvaltning);

  /* Setting the same sector again is no change. */
  g_assert_true (styr_organ_set_sector (vfn, forvaltning, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, ==, 1);

  /* Only an administration serves an organ. */
  g_assert_false (styr_organ_set_sector (vfn, verksamhet, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_assert_nonnull (strstr (error->message, "Äldreomsorg"));
  g_assert_nonnull (strstr (error->message, "Välfärdsnämnden"));
  g_clear_error (&error);
  g_assert_true (styr_organ_get_sector (vfn) == forvaltning);
  g_assert_cmpuint (notified, ==, 1);

  /* A unit outside the model, and one of another model. */
  g_assert_false (styr_organ_set_sector (vfn, loose, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_organ_set_sector (vfn, foreign, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_true (styr_organ_get_sector (vfn) == forvaltning);
  g_assert_cmpuint (notified, ==, 1);

  /* An organ outside any model cannot be linked. */
  g_assert_false (styr_organ_set_sector (outside, forvaltning, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_null (styr_organ_get_sector (outside));

  /* Clearing. */
  g_assert_true (styr_organ_set_sector (vfn, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (styr_organ_get_sector (vfn));
  g_assert_cmpuint (notified, ==, 2);
}

static void
test_organ_owner_directive (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrDocument) loose = styr_document_new ("loose", STYR_DOCUMENT_KIND_OWNER_DIRECTIVE, "Löst");
  StyrOrgan *hem, *ks;
  StyrDocument *directive, *policy;
  guint notified;

  hem = add_organ (fixture->model, "angelholmshem", STYR_ORGAN_KIND_COMPANY, "AB Ängelholmshem");
  ks = add_organ (fixture->model, "ks", STYR_ORGAN_KIND_EXECUTIVE_BOARD, "Kommunstyrelsen");
  directive = add_document (fixture->model, "agardirektiv-hem", STYR_DOCUMENT_KIND_OWNER_DIRECTIVE,
                            "Ägardirektiv för AB Ängelholmshem");
  policy = add_document (fixture->model, "agarpolicy", STYR_DOCUMENT_KIND_POLICY, "Ägarpolicy");
  watch (hem, "owner-directive", &notified);

  g_assert_true (styr_organ_set_owner_directive (hem, directive, &error));
  g_assert_no_error (error);
  g_assert_true (styr_organ_get_owner_directive (hem) == directive);
  g_assert_cmpuint (notified, ==, 1);

  /* Not an owner directive. */
  g_assert_false (styr_organ_set_owner_directive (hem, policy, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "Ägarpolicy"));
  g_clear_error (&error);
  g_assert_true (styr_organ_get_owner_directive (hem) == directive);

  /* Not a company. */
  g_assert_false (styr_organ_set_owner_directive (ks, directive, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "Kommunstyrelsen"));
  g_clear_error (&error);
  g_assert_null (styr_organ_get_owner_directive (ks));

  /* Not in the model. */
  g_assert_false (styr_organ_set_owner_directive (hem, loose, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_true (styr_organ_get_owner_directive (hem) == directive);
  g_assert_cmpuint (notified, ==, 1);

  /* Clearing works for any organ. */
  g_assert_true (styr_organ_set_owner_directive (ks, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (styr_organ_set_owner_directive (hem, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (styr_organ_get_owner_directive (hem));
  g_assert_cmpuint (notified, ==, 2);
}

static void
test_organ_remove (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrOrgan) hem = NULL;
  StyrOrgan *vfn;
  StyrUnit *sector;
  StyrDocument *directive;
  guint n_entities;

  vfn = add_organ (fixture->model, "vfn", STYR_ORGAN_KIND_BOARD, "Välfärdsnämnden");
  sector = add_unit (fixture->model, "valfard", STYR_UNIT_KIND_ADMINISTRATION, "Välfärdsförvaltningen");
  hem = g_object_ref (add_organ (fixture->model, "hem", STYR_ORGAN_KIND_COMPANY, "AB Ängelholmshem"));
  directive = add_document (fixture->model, "dir", STYR_DOCUMENT_KIND_OWNER_DIRECTIVE, "Ägardirektiv");
  g_assert_true (styr_organ_set_sector (vfn, sector, &error));
  g_assert_no_error (error);
  g_assert_true (styr_organ_set_owner_directive (hem, directive, &error));
  g_assert_no_error (error);
  n_entities = styr_model_get_n_entities (fixture->model);

  /* A sector serving a nämnd is in use. */
  g_assert_false (styr_model_remove (fixture->model, STYR_ENTITY (sector), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "Välfärdsnämnden"));
  g_clear_error (&error);
  g_assert_cmpuint (styr_model_get_n_entities (fixture->model), ==, n_entities);
  g_assert_true (styr_organ_get_sector (vfn) == sector);

  /* So is an owner directive. */
  g_assert_false (styr_model_remove (fixture->model, STYR_ENTITY (directive), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_true (styr_organ_get_owner_directive (hem) == directive);

  /* After unlinking the sector can go. */
  g_assert_true (styr_organ_set_sector (vfn, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (sector), &error));
  g_assert_no_error (error);
  g_assert_null (styr_model_lookup_unit (fixture->model, "valfard"));

  /* Removing the company takes its links with it; then the directive can
   * go too. */
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (hem), &error));
  g_assert_no_error (error);
  g_assert_null (styr_organ_get_owner_directive (hem));
  g_assert_null (styr_entity_get_model (STYR_ENTITY (hem)));
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (directive), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_model_get_n_entities (fixture->model), ==, n_entities - 3);
}

/* Ängelholm's organisation under Ratten, as the April 2017 report shows
 * it: council, executive board, three boards and two companies with owner
 * directives. */
static void
test_organ_ratten (Fixture       *fixture,
                   gconstpointer  data)
{
  static const struct {
    const char *id;
    StyrOrganKind kind;
    const char *name;
  } organs[] = {
    { "kf", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige" },
    { "ks", STYR_ORGAN_KIND_EXECUTIVE_BOARD, "Kommunstyrelsen" },
    { "vfn", STYR_ORGAN_KIND_BOARD, "Välfärdsnämnden" },
    { "myn", STYR_ORGAN_KIND_BOARD, "Myndighetsnämnden" },
    { "ofn", STYR_ORGAN_KIND_BOARD, "Överförmyndarnämnden" },
    { "angelholmshem", STYR_ORGAN_KIND_COMPANY, "AB Ängelholmshem" },
    { "angelholmslokaler", STYR_ORGAN_KIND_COMPANY, "AB Ängelholmslokaler" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) served = NULL;
  StyrModel *model = fixture->model;
  StyrUnit *ksf, *vf, *sbf;
  StyrDocument *budget;
  GListModel *list;

  styr_model_set_name (model, "Ängelholm");
  styr_model_set_kommunkod (model, "1292");
  for (guint i = 0; i < G_N_ELEMENTS (organs); i++)
    add_organ (model, organs[i].id, organs[i].kind, organs[i].name);

  ksf = add_unit (model, "ksf", STYR_UNIT_KIND_ADMINISTRATION, "Kommunledningsförvaltningen");
  vf = add_unit (model, "vf", STYR_UNIT_KIND_ADMINISTRATION, "Välfärdsförvaltningen");
  sbf = add_unit (model, "sbf", STYR_UNIT_KIND_ADMINISTRATION, "Samhällsbyggnadsförvaltningen");
  g_assert_true (styr_organ_set_sector (styr_model_lookup_organ (model, "ks"), ksf, &error));
  g_assert_no_error (error);
  g_assert_true (styr_organ_set_sector (styr_model_lookup_organ (model, "vfn"), vf, &error));
  g_assert_no_error (error);
  g_assert_true (styr_organ_set_sector (styr_model_lookup_organ (model, "myn"), sbf, &error));
  g_assert_no_error (error);
  g_assert_true (styr_organ_set_sector (styr_model_lookup_organ (model, "ofn"), ksf, &error));
  g_assert_no_error (error);

  /* The companies are steered through owner directives decided by KF. */
  for (guint i = 5; i < G_N_ELEMENTS (organs); i++)
    {
      g_autofree char *id = g_strconcat ("agardirektiv-", organs[i].id, NULL);
      g_autofree char *title = g_strconcat ("Ägardirektiv för ", organs[i].name, NULL);
      StyrDocument *directive = add_document (model, id, STYR_DOCUMENT_KIND_OWNER_DIRECTIVE, title);
      StyrOrgan *company = styr_model_lookup_organ (model, organs[i].id);

      g_assert_true (styr_document_set_owner (directive,
                                              STYR_ENTITY (styr_model_lookup_organ (model, "kf")),
                                              &error));
      g_assert_no_error (error);
      g_assert_true (styr_organ_set_owner_directive (company, directive, &error));
      g_assert_no_error (error);
      g_assert_true (styr_organ_get_owner_directive (company) == directive);
    }

  budget = add_document (model, "budget-2017", STYR_DOCUMENT_KIND_BUDGET, "Budget 2017");
  g_assert_true (styr_document_set_owner (budget, STYR_ENTITY (styr_model_lookup_organ (model, "kf")), &error));
  g_assert_no_error (error);

  list = styr_model_get_organs (model);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (organs));
  for (guint i = 0; i < G_N_ELEMENTS (organs); i++)
    {
      g_autoptr(StyrOrgan) organ = g_list_model_get_item (list, i);

      g_assert_cmpstr (styr_entity_get_id (STYR_ENTITY (organ)), ==, organs[i].id);
      g_assert_cmpstr (styr_organ_get_name (organ), ==, organs[i].name);
      g_assert_cmpint (styr_organ_get_kind (organ), ==, organs[i].kind);
      if (organs[i].kind != STYR_ORGAN_KIND_COMPANY)
        g_assert_null (styr_organ_get_owner_directive (organ));
    }

  served = styr_unit_get_organs_served (ksf);
  assert_list (served,
               styr_model_lookup_organ (model, "ks"),
               styr_model_lookup_organ (model, "ofn"),
               NULL);
  g_clear_object (&served);
  served = styr_unit_get_organs_served (vf);
  assert_list (served, styr_model_lookup_organ (model, "vfn"), NULL);
  g_clear_object (&served);
  served = styr_unit_get_organs_served (sbf);
  assert_list (served, styr_model_lookup_organ (model, "myn"), NULL);

  /* KF owns documents: it cannot go while they name it. */
  g_assert_false (styr_model_remove (model, STYR_ENTITY (styr_model_lookup_organ (model, "kf")), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_nonnull (styr_model_lookup_organ (model, "kf"));
}

/* Units ----------------------------------------------------------------- */

static void
test_unit_parent_level (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrUnit) got = NULL;
  StyrUnit *sektor, *sektor2, *grundskola, *skola, *skola2;
  guint notified;

  sektor = add_unit (fixture->model, "sektor-bou", STYR_UNIT_KIND_ADMINISTRATION, "Sektor Barn och utbildning");
  sektor2 = add_unit (fixture->model, "sektor-vo", STYR_UNIT_KIND_ADMINISTRATION, "Sektor Vård och omsorg");
  grundskola = add_unit (fixture->model, "grundskola", STYR_UNIT_KIND_OPERATION, "Grundskola");
  skola = add_unit (fixture->model, "norra", STYR_UNIT_KIND_UNIT, "Norra skolan");
  skola2 = add_unit (fixture->model, "sodra", STYR_UNIT_KIND_UNIT, "Södra skolan");
  watch (skola, "parent", &notified);

  /* An enhet may lie directly under a förvaltning. */
  g_assert_true (styr_unit_set_parent (skola, sektor, &error));
  g_assert_no_error (error);
  g_assert_true (styr_unit_get_parent (skola) == sektor);
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (skola, "parent", &got, NULL);
  g_assert_true (got == sektor);

  g_assert_true (styr_unit_set_parent (grundskola, sektor, &error));
  g_assert_no_error (error);
  g_assert_true (styr_unit_set_parent (skola, grundskola, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, ==, 2);

  /* Same level: an enhet under an enhet. */
  g_assert_false (styr_unit_set_parent (skola2, skola, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_LEVEL);
  g_assert_nonnull (strstr (error->message, "Södra skolan"));
  g_assert_nonnull (strstr (error->message, "Norra skolan"));
  g_clear_error (&error);
  g_assert_null (styr_unit_get_parent (skola2));

  /* Lower level: a verksamhet under an enhet (would be a cycle). */
  g_assert_false (styr_unit_set_parent (grundskola, skola, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_LEVEL);
  g_clear_error (&error);
  g_assert_true (styr_unit_get_parent (grundskola) == sektor);

  /* Itself. */
  g_assert_false (styr_unit_set_parent (skola, skola, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_LEVEL);
  g_clear_error (&error);
  g_assert_true (styr_unit_get_parent (skola) == grundskola);
  g_assert_cmpuint (notified, ==, 2);

  /* An administration has no parent, not even another administration. */
  g_assert_false (styr_unit_set_parent (sektor2, sektor, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_LEVEL);
  g_clear_error (&error);
  g_assert_null (styr_unit_get_parent (sektor2));
  assert_list (styr_unit_get_children (sektor), grundskola, NULL);
  assert_list (styr_unit_get_children (grundskola), skola, NULL);

  /* Clearing makes a unit a top unit again. */
  g_assert_true (styr_unit_set_parent (skola, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (styr_unit_get_parent (skola));
  g_assert_cmpuint (notified, ==, 3);
  assert_list_empty (styr_unit_get_children (grundskola));
}

static void
test_unit_wrong_model (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) other_model = styr_model_new ();
  g_autoptr(StyrUnit) loose = styr_unit_new ("loose", STYR_UNIT_KIND_UNIT, "Lös enhet");
  StyrUnit *sektor, *foreign;

  sektor = add_unit (fixture->model, "sektor", STYR_UNIT_KIND_ADMINISTRATION, "Sektor");
  foreign = add_unit (other_model, "enhet", STYR_UNIT_KIND_UNIT, "Enhet");

  g_assert_false (styr_unit_set_parent (foreign, sektor, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_unit_set_parent (loose, sektor, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_null (styr_unit_get_parent (foreign));
  g_assert_null (styr_unit_get_parent (loose));
  assert_list_empty (styr_unit_get_children (sektor));

  /* A unit outside any model serves nobody. */
  {
    g_autoptr(GListModel) served = styr_unit_get_organs_served (loose);

    assert_list_empty (served);
    g_assert_true (g_list_model_get_item_type (served) == STYR_TYPE_ORGAN);
  }
}

static void
count_items_changed (GListModel *list,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *counter)
{
  (*counter)++;
}

static void
test_unit_tree (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StyrUnit *sektor, *forskola, *grundskola, *a, *b, *c;
  GListModel *children;
  guint changed = 0;

  sektor = add_unit (fixture->model, "sektor", STYR_UNIT_KIND_ADMINISTRATION, "Sektor Barn och utbildning");
  forskola = add_unit (fixture->model, "forskola", STYR_UNIT_KIND_OPERATION, "Förskola");
  grundskola = add_unit (fixture->model, "grundskola", STYR_UNIT_KIND_OPERATION, "Grundskola");
  a = add_unit (fixture->model, "a", STYR_UNIT_KIND_UNIT, "Förskolan Solen");
  b = add_unit (fixture->model, "b", STYR_UNIT_KIND_UNIT, "Norra skolan");
  c = add_unit (fixture->model, "c", STYR_UNIT_KIND_UNIT, "Södra skolan");

  /* The list is live: fetched before any child exists. */
  children = styr_unit_get_children (grundskola);
  g_assert_true (g_list_model_get_item_type (children) == STYR_TYPE_UNIT);
  g_signal_connect (children, "items-changed", G_CALLBACK (count_items_changed), &changed);
  assert_list_empty (children);

  g_assert_true (styr_unit_set_parent (forskola, sektor, &error));
  g_assert_no_error (error);
  g_assert_true (styr_unit_set_parent (grundskola, sektor, &error));
  g_assert_no_error (error);
  g_assert_true (styr_unit_set_parent (a, forskola, &error));
  g_assert_no_error (error);
  g_assert_true (styr_unit_set_parent (b, grundskola, &error));
  g_assert_no_error (error);
  g_assert_true (styr_unit_set_parent (c, grundskola, &error));
  g_assert_no_error (error);

  g_assert_true (styr_unit_get_children (grundskola) == children);
  assert_list (children, b, c, NULL);
  g_assert_cmpuint (changed, ==, 2);
  assert_list (styr_unit_get_children (sektor), forskola, grundskola, NULL);
  assert_list (styr_unit_get_children (forskola), a, NULL);
  assert_list_empty (styr_unit_get_children (a));

  /* Moving a unit moves it between the lists. */
  g_assert_true (styr_unit_set_parent (b, forskola, &error));
  g_assert_no_error (error);
  assert_list (children, c, NULL);
  assert_list (styr_unit_get_children (forskola), a, b, NULL);
  g_assert_cmpuint (changed, ==, 3);

  /* A failed move changes nothing. */
  g_assert_false (styr_unit_set_parent (c, b, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_LEVEL);
  g_clear_error (&error);
  assert_list (children, c, NULL);
  assert_list (styr_unit_get_children (forskola), a, b, NULL);
  g_assert_cmpuint (changed, ==, 3);

  g_signal_handlers_disconnect_by_func (children, count_items_changed, &changed);
}

static void
test_unit_remove (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrUnit) skola = NULL;
  StyrUnit *sektor, *grundskola;
  guint n_entities;

  sektor = add_unit (fixture->model, "sektor", STYR_UNIT_KIND_ADMINISTRATION, "Sektor Barn och utbildning");
  grundskola = add_unit (fixture->model, "grundskola", STYR_UNIT_KIND_OPERATION, "Grundskola");
  skola = g_object_ref (add_unit (fixture->model, "norra", STYR_UNIT_KIND_UNIT, "Norra skolan"));
  g_assert_true (styr_unit_set_parent (grundskola, sektor, &error));
  g_assert_no_error (error);
  g_assert_true (styr_unit_set_parent (skola, grundskola, &error));
  g_assert_no_error (error);
  n_entities = styr_model_get_n_entities (fixture->model);

  /* A unit with children is in use. */
  g_assert_false (styr_model_remove (fixture->model, STYR_ENTITY (grundskola), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "Norra skolan"));
  g_clear_error (&error);
  g_assert_cmpuint (styr_model_get_n_entities (fixture->model), ==, n_entities);
  assert_list (styr_unit_get_children (grundskola), skola, NULL);
  g_assert_true (styr_unit_get_parent (grundskola) == sektor);

  /* Removing the child leaves the parent's list. */
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (skola), &error));
  g_assert_no_error (error);
  g_assert_null (styr_unit_get_parent (skola));
  assert_list_empty (styr_unit_get_children (grundskola));

  /* Now the operation can go, and then the sector. */
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (grundskola), &error));
  g_assert_no_error (error);
  assert_list_empty (styr_unit_get_children (sektor));
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (sektor), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_model_get_n_entities (fixture->model), ==, n_entities - 3);
}

/* Borlänge 2009: one administration in three sectors serving five boards,
 * with focus areas across the sectors. */
static void
test_unit_borlange (Fixture       *fixture,
                    gconstpointer  data)
{
  static const struct {
    const char *id;
    const char *name;
    const char *sector;
  } boards[] = {
    { "bun", "Nämnd för barn och utbildning", "sektor-buk" },
    { "kfn", "Nämnd för kultur och fritid", "sektor-buk" },
    { "von", "Nämnd för vård och omsorg", "sektor-vo" },
    { "ifo", "Nämnd för individ- och familjeomsorg", "sektor-vo" },
    { "msn", "Nämnd för miljö och stadsbyggnad", "sektor-ms" },
  };
  static const struct {
    const char *id;
    const char *name;
  } sectors[] = {
    { "sektor-buk", "Sektor Barn, utbildning, kultur och fritid" },
    { "sektor-vo", "Sektor Vård och omsorg, IFO" },
    { "sektor-ms", "Sektor Miljö och samhällsbyggnad" },
  };
  static const struct {
    const char *id;
    const char *name;
    const char *sector;
  } operations[] = {
    { "forskola", "Förskola", "sektor-buk" },
    { "grundskola", "Grundskola", "sektor-buk" },
    { "gymnasieskola", "Gymnasieskola", "sektor-buk" },
    { "aldreomsorg", "Äldreomsorg", "sektor-vo" },
    { "stadsbyggnad", "Stadsbyggnad", "sektor-ms" },
  };
  g_autoptr(GError) error = NULL;
  StyrModel *model = fixture->model;
  StyrUnit *skola;
  StyrFocusArea *integration;

  styr_model_set_name (model, "Borlänge");
  styr_model_set_kommunkod (model, "2081");
  add_organ (model, "kf", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige");
  add_organ (model, "ks", STYR_ORGAN_KIND_EXECUTIVE_BOARD, "Kommunstyrelsen");
  for (guint i = 0; i < G_N_ELEMENTS (sectors); i++)
    {
      StyrUnit *sector = add_unit (model, sectors[i].id, STYR_UNIT_KIND_ADMINISTRATION, sectors[i].name);

      styr_unit_set_head (sector, "Sektorschef");
    }
  for (guint i = 0; i < G_N_ELEMENTS (operations); i++)
    {
      StyrUnit *op = add_unit (model, operations[i].id, STYR_UNIT_KIND_OPERATION, operations[i].name);

      g_assert_true (styr_unit_set_parent (op, styr_model_lookup_unit (model, operations[i].sector), &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (boards); i++)
    {
      StyrOrgan *board = add_organ (model, boards[i].id, STYR_ORGAN_KIND_BOARD, boards[i].name);

      g_assert_true (styr_organ_set_sector (board, styr_model_lookup_unit (model, boards[i].sector), &error));
      g_assert_no_error (error);
    }

  skola = add_unit (model, "tjarna", STYR_UNIT_KIND_UNIT, "Tjärnaskolan");
  g_assert_true (styr_unit_set_parent (skola, styr_model_lookup_unit (model, "grundskola"), &error));
  g_assert_no_error (error);

  /* Each sector serves the boards it was given, in the model's order. */
  for (guint i = 0; i < G_N_ELEMENTS (sectors); i++)
    {
      StyrUnit *sector = styr_model_lookup_unit (model, sectors[i].id);
      g_autoptr(GListModel) served = styr_unit_get_organs_served (sector);
      guint n = 0;

      for (guint j = 0; j < G_N_ELEMENTS (boards); j++)
        {
          if (g_strcmp0 (boards[j].sector, sectors[i].id) == 0)
            {
              g_autoptr(StyrOrgan) organ = g_list_model_get_item (served, n++);

              g_assert_cmpstr (styr_entity_get_id (STYR_ENTITY (organ)), ==, boards[j].id);
            }
        }
      g_assert_cmpuint (g_list_model_get_n_items (served), ==, n);
    }
  {
    g_autoptr(GListModel) served = styr_unit_get_organs_served (skola);

    assert_list_empty (served);
  }
  assert_list (styr_unit_get_children (styr_model_lookup_unit (model, "sektor-buk")),
               styr_model_lookup_unit (model, "forskola"),
               styr_model_lookup_unit (model, "grundskola"),
               styr_model_lookup_unit (model, "gymnasieskola"),
               NULL);

  /* A snapshot does not follow later changes. */
  {
    StyrUnit *ms = styr_model_lookup_unit (model, "sektor-ms");
    g_autoptr(GListModel) served = styr_unit_get_organs_served (ms);

    g_assert_true (styr_organ_set_sector (styr_model_lookup_organ (model, "ks"), ms, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (served), ==, 1);
    g_clear_object (&served);
    served = styr_unit_get_organs_served (ms);
    assert_list (served,
                 styr_model_lookup_organ (model, "ks"),
                 styr_model_lookup_organ (model, "msn"),
                 NULL);
  }

  /* Fokusområden owned by sector heads. */
  integration = add_focus_area (model, "integration", "Integration");
  g_assert_true (styr_focus_area_set_owner (integration, styr_model_lookup_unit (model, "sektor-buk"), &error));
  g_assert_no_error (error);
  g_assert_true (styr_focus_area_set_owner (add_focus_area (model, "arbete", "Arbete och tillväxt"),
                                            styr_model_lookup_unit (model, "sektor-vo"), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (styr_model_get_focus_areas (model)), ==, 2);

  /* A sector that serves boards and owns a focus area cannot be removed. */
  g_assert_false (styr_model_remove (model, STYR_ENTITY (styr_model_lookup_unit (model, "sektor-vo")), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_nonnull (styr_model_lookup_unit (model, "sektor-vo"));
}

/* Focus areas ----------------------------------------------------------- */

static void
test_focus_area_owner (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) other_model = styr_model_new ();
  g_autoptr(StyrUnit) got = NULL;
  StyrFocusArea *fa;
  StyrUnit *sektor, *verksamhet, *foreign;
  guint notified;

  fa = add_focus_area (fixture->model, "integration", "Integration");
  sektor = add_unit (fixture->model, "sektor", STYR_UNIT_KIND_ADMINISTRATION, "Sektor Barn och utbildning");
  verksamhet = add_unit (fixture->model, "ame", STYR_UNIT_KIND_OPERATION, "AME");
  foreign = add_unit (other_model, "sektor", STYR_UNIT_KIND_ADMINISTRATION, "Sektor");
  watch (fa, "owner", &notified);

  g_assert_true (styr_focus_area_set_owner (fa, sektor, &error));
  g_assert_no_error (error);
  g_assert_true (styr_focus_area_get_owner (fa) == sektor);
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (fa, "owner", &got, NULL);
  g_assert_true (got == sektor);

  g_assert_false (styr_focus_area_set_owner (fa, verksamhet, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_assert_nonnull (strstr (error->message, "AME"));
  g_assert_nonnull (strstr (error->message, "Integration"));
  g_clear_error (&error);
  g_assert_true (styr_focus_area_get_owner (fa) == sektor);

  g_assert_false (styr_focus_area_set_owner (fa, foreign, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_true (styr_focus_area_get_owner (fa) == sektor);
  g_assert_cmpuint (notified, ==, 1);

  /* The owner is in use while it owns the focus area. */
  g_assert_false (styr_model_remove (fixture->model, STYR_ENTITY (sektor), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_true (styr_focus_area_set_owner (fa, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (styr_focus_area_get_owner (fa));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (sektor), &error));
  g_assert_no_error (error);
}

static void
test_focus_area_goals (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StyrFocusArea *fa;
  StyrGoal *m1, *n1;
  GListModel *goals;

  fa = add_focus_area (fixture->model, "integration", "Integration");
  m1 = add_goal (fixture->model, "m1", STYR_GOAL_LEVEL_COUNCIL, "Fler i arbete");
  n1 = add_goal (fixture->model, "n1", STYR_GOAL_LEVEL_BOARD, "Fler nyanlända i praktik");

  goals = styr_focus_area_get_goals (fa);
  g_assert_true (g_list_model_get_item_type (goals) == STYR_TYPE_GOAL);
  assert_list_empty (goals);
  assert_list_empty (styr_focus_area_get_activities (fa));
  g_assert_true (g_list_model_get_item_type (styr_focus_area_get_activities (fa)) == STYR_TYPE_ACTIVITY);

  g_assert_true (styr_goal_add_focus_area (m1, fa, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_focus_area (n1, fa, &error));
  g_assert_no_error (error);
  assert_list (goals, m1, n1, NULL);

  /* A focus area that goals belong to is in use. */
  g_assert_false (styr_model_remove (fixture->model, STYR_ENTITY (fa), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);
  assert_list (goals, m1, n1, NULL);

  g_assert_true (styr_goal_remove_focus_area (m1, fa, &error));
  g_assert_no_error (error);
  assert_list (goals, n1, NULL);

  /* Removing the goal drops it from the focus area's list. */
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (n1), &error));
  g_assert_no_error (error);
  assert_list_empty (goals);

  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (fa), &error));
  g_assert_no_error (error);
}

/* Arenas ---------------------------------------------------------------- */

static void
test_arena_owner (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrEntity) got = NULL;
  StyrArena *arena;
  StyrOrgan *ks;
  StyrUnit *vf;
  StyrDocument *doc;
  guint notified;

  arena = add_arena (fixture->model, "unga", "Unga till arbete");
  ks = add_organ (fixture->model, "ks", STYR_ORGAN_KIND_EXECUTIVE_BOARD, "Kommunstyrelsen");
  vf = add_unit (fixture->model, "vf", STYR_UNIT_KIND_ADMINISTRATION, "Välfärdsförvaltningen");
  doc = add_document (fixture->model, "plan", STYR_DOCUMENT_KIND_PLAN, "Plan");
  watch (arena, "owner", &notified);

  g_assert_true (styr_arena_set_owner (arena, STYR_ENTITY (ks), &error));
  g_assert_no_error (error);
  g_assert_true (styr_arena_get_owner (arena) == STYR_ENTITY (ks));
  g_assert_true (styr_arena_set_owner (arena, STYR_ENTITY (vf), &error));
  g_assert_no_error (error);
  g_assert_true (styr_arena_get_owner (arena) == STYR_ENTITY (vf));
  g_assert_cmpuint (notified, ==, 2);
  g_object_get (arena, "owner", &got, NULL);
  g_assert_true (got == STYR_ENTITY (vf));

  g_assert_false (styr_arena_set_owner (arena, STYR_ENTITY (doc), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_true (styr_arena_get_owner (arena) == STYR_ENTITY (vf));
  g_assert_cmpuint (notified, ==, 2);

  g_assert_false (styr_model_remove (fixture->model, STYR_ENTITY (vf), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "Unga till arbete"));
  g_clear_error (&error);

  g_assert_true (styr_arena_set_owner (arena, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (styr_arena_get_owner (arena));
  g_assert_cmpuint (notified, ==, 3);
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (vf), &error));
  g_assert_no_error (error);
}

static void
test_arena_members (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) other_model = styr_model_new ();
  g_autoptr(StyrArena) arena = NULL;
  StyrUnit *ame, *skola, *ifo, *foreign;
  GListModel *members;

  arena = g_object_ref (add_arena (fixture->model, "unga", "Unga till arbete"));
  ame = add_unit (fixture->model, "ame", STYR_UNIT_KIND_OPERATION, "Arbetsmarknadsenheten");
  skola = add_unit (fixture->model, "gymn", STYR_UNIT_KIND_UNIT, "Gymnasieskolan");
  ifo = add_unit (fixture->model, "ifo", STYR_UNIT_KIND_OPERATION, "Individ- och familjeomsorgen");
  foreign = add_unit (other_model, "ame", STYR_UNIT_KIND_OPERATION, "Arbetsmarknadsenheten");

  members = styr_arena_get_members (arena);
  g_assert_true (g_list_model_get_item_type (members) == STYR_TYPE_UNIT);
  assert_list_empty (members);

  g_assert_true (styr_arena_add_member (arena, ame, &error));
  g_assert_no_error (error);
  g_assert_true (styr_arena_add_member (arena, skola, &error));
  g_assert_no_error (error);
  g_assert_true (styr_arena_add_member (arena, ifo, &error));
  g_assert_no_error (error);
  assert_list (members, ame, skola, ifo, NULL);

  /* Duplicate. */
  g_assert_false (styr_arena_add_member (arena, skola, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "Gymnasieskolan"));
  g_assert_nonnull (strstr (error->message, "Unga till arbete"));
  g_clear_error (&error);
  assert_list (members, ame, skola, ifo, NULL);

  /* Another model. */
  g_assert_false (styr_arena_add_member (arena, foreign, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  assert_list (members, ame, skola, ifo, NULL);

  g_assert_true (styr_arena_remove_member (arena, skola, &error));
  g_assert_no_error (error);
  assert_list (members, ame, ifo, NULL);

  /* Not a member. */
  g_assert_false (styr_arena_remove_member (arena, skola, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Gymnasieskolan"));
  g_clear_error (&error);
  assert_list (members, ame, ifo, NULL);

  /* A member unit is in use; a unit that left is not. */
  g_assert_false (styr_model_remove (fixture->model, STYR_ENTITY (ame), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);
  assert_list (members, ame, ifo, NULL);
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (skola), &error));
  g_assert_no_error (error);

  /* Removing the arena drops its links; then the units can go. */
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (arena), &error));
  g_assert_no_error (error);
  assert_list_empty (members);
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (ame), &error));
  g_assert_no_error (error);
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (ifo), &error));
  g_assert_no_error (error);
}

static void
test_arena_goals_activities (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrGoal) loose_goal = styr_goal_new ("loose", STYR_GOAL_LEVEL_BOARD, "Löst mål");
  StyrArena *arena;
  StyrGoal *goal;
  StyrActivity *a1, *a2;
  GListModel *goals, *activities;

  arena = add_arena (fixture->model, "unga", "Unga till arbete");
  goal = add_goal (fixture->model, "n1", STYR_GOAL_LEVEL_BOARD, "Fler unga i arbete eller studier");
  a1 = add_activity (fixture->model, "a1", "Kartlägg unga utan sysselsättning");
  a2 = add_activity (fixture->model, "a2", "Feriepraktik");

  goals = styr_arena_get_goals (arena);
  activities = styr_arena_get_activities (arena);
  g_assert_true (g_list_model_get_item_type (goals) == STYR_TYPE_GOAL);
  g_assert_true (g_list_model_get_item_type (activities) == STYR_TYPE_ACTIVITY);

  g_assert_true (styr_arena_add_goal (arena, goal, &error));
  g_assert_no_error (error);
  g_assert_false (styr_arena_add_goal (arena, goal, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_arena_add_goal (arena, loose_goal, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  assert_list (goals, goal, NULL);

  g_assert_true (styr_arena_add_activity (arena, a2, &error));
  g_assert_no_error (error);
  g_assert_true (styr_arena_add_activity (arena, a1, &error));
  g_assert_no_error (error);
  g_assert_false (styr_arena_add_activity (arena, a1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  assert_list (activities, a2, a1, NULL);

  /* Linked goals and activities are in use. */
  g_assert_false (styr_model_remove (fixture->model, STYR_ENTITY (goal), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_false (styr_model_remove (fixture->model, STYR_ENTITY (a1), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_true (styr_arena_remove_activity (arena, a1, &error));
  g_assert_no_error (error);
  g_assert_false (styr_arena_remove_activity (arena, a1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_list (activities, a2, NULL);
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (a1), &error));
  g_assert_no_error (error);

  g_assert_true (styr_arena_remove_goal (arena, goal, &error));
  g_assert_no_error (error);
  g_assert_false (styr_arena_remove_goal (arena, goal, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_list_empty (goals);
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (goal), &error));
  g_assert_no_error (error);
}

static void
test_arena_puls (void)
{
  static const struct {
    StyrPulsStep step;
    const char *property;
    const char *text;
  } steps[] = {
    { STYR_PULS_STEP_PROACTIVITY, "proactivity", "Ungdomarna och deras familjer; samordnaren kommunicerar" },
    { STYR_PULS_STEP_DEVELOPMENT, "development", "Studie- och yrkesvägledning, socialt arbete" },
    { STYR_PULS_STEP_LEARNING, "learning", "Utvärdering efter ett år, kunskapsbank på intranätet" },
    { STYR_PULS_STEP_SERVICE, "service", "1. Kartläggning 2. Samtal 3. Praktik" },
  };
  g_autoptr(StyrArena) arena = styr_arena_new ("unga", "Unga till arbete");

  styr_arena_set_coordinator (arena, "Eva Samordnare");
  g_assert_cmpstr (styr_arena_get_coordinator (arena), ==, "Eva Samordnare");

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *value = NULL;
      guint notified, others = 0;

      g_assert_null (styr_arena_get_puls_step (arena, steps[i].step));
      watch (arena, steps[i].property, &notified);
      for (guint j = 0; j < G_N_ELEMENTS (steps); j++)
        {
          g_autofree char *signal = g_strconcat ("notify::", steps[j].property, NULL);

          if (j != i)
            g_signal_connect (arena, signal, G_CALLBACK (count_notify), &others);
        }

      styr_arena_set_puls_step (arena, steps[i].step, steps[i].text);
      g_assert_cmpstr (styr_arena_get_puls_step (arena, steps[i].step), ==, steps[i].text);
      g_assert_cmpuint (notified, ==, 1);
      g_assert_cmpuint (others, ==, 0);

      /* The same text again is no change. */
      styr_arena_set_puls_step (arena, steps[i].step, steps[i].text);
      g_assert_cmpuint (notified, ==, 1);

      g_object_get (arena, steps[i].property, &value, NULL);
      g_assert_cmpstr (value, ==, steps[i].text);

      /* Writable as a property, so a GTK view can bind to it. */
      g_object_set (arena, steps[i].property, "Ändrad", NULL);
      g_assert_cmpstr (styr_arena_get_puls_step (arena, steps[i].step), ==, "Ändrad");
      g_assert_cmpuint (notified, ==, 2);
      g_assert_cmpuint (others, ==, 0);

      styr_arena_set_puls_step (arena, steps[i].step, NULL);
      g_assert_null (styr_arena_get_puls_step (arena, steps[i].step));
      g_assert_cmpuint (notified, ==, 3);
      styr_arena_set_puls_step (arena, steps[i].step, steps[i].text);

      g_signal_handlers_disconnect_by_func (arena, count_notify, &notified);
      g_signal_handlers_disconnect_by_func (arena, count_notify, &others);
    }

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    g_assert_cmpstr (styr_arena_get_puls_step (arena, steps[i].step), ==, steps[i].text);
}

static void
test_arena_construct_properties (void)
{
  g_autoptr(StyrArena) arena = NULL;

  arena = g_object_new (STYR_TYPE_ARENA,
                        "id", "unga",
                        "name", "Unga till arbete",
                        "description", "Unga som varken arbetar eller studerar",
                        "coordinator", "Eva Samordnare",
                        "proactivity", "P",
                        "service", "S",
                        NULL);
  g_assert_cmpstr (styr_arena_get_name (arena), ==, "Unga till arbete");
  g_assert_cmpstr (styr_arena_get_description (arena), ==, "Unga som varken arbetar eller studerar");
  g_assert_cmpstr (styr_arena_get_puls_step (arena, STYR_PULS_STEP_PROACTIVITY), ==, "P");
  g_assert_null (styr_arena_get_puls_step (arena, STYR_PULS_STEP_DEVELOPMENT));
  g_assert_null (styr_arena_get_puls_step (arena, STYR_PULS_STEP_LEARNING));
  g_assert_cmpstr (styr_arena_get_puls_step (arena, STYR_PULS_STEP_SERVICE), ==, "S");
  g_assert_null (styr_arena_get_owner (arena));
  assert_list_empty (styr_arena_get_members (arena));
  assert_list_empty (styr_arena_get_goals (arena));
  assert_list_empty (styr_arena_get_activities (arena));
}

/* Dispose --------------------------------------------------------------- */

/* The model goes away while a binding still holds entities: every link is
 * cut, whatever the order the model detaches them in. */
static void
test_dispose (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrOrgan) vfn = NULL;
  g_autoptr(StyrOrgan) hem = NULL;
  g_autoptr(StyrUnit) sektor = NULL;
  g_autoptr(StyrUnit) verksamhet = NULL;
  g_autoptr(StyrUnit) enhet = NULL;
  g_autoptr(StyrFocusArea) fa = NULL;
  g_autoptr(StyrArena) arena = NULL;
  g_autoptr(StyrGoal) goal = NULL;
  g_autoptr(StyrDocument) directive = NULL;
  g_autoptr(GListModel) children = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GListModel) fa_goals = NULL;
  StyrActivity *activity;

  vfn = g_object_ref (add_organ (model, "vfn", STYR_ORGAN_KIND_BOARD, "Välfärdsnämnden"));
  hem = g_object_ref (add_organ (model, "hem", STYR_ORGAN_KIND_COMPANY, "AB Ängelholmshem"));
  sektor = g_object_ref (add_unit (model, "vf", STYR_UNIT_KIND_ADMINISTRATION, "Välfärdsförvaltningen"));
  verksamhet = g_object_ref (add_unit (model, "ao", STYR_UNIT_KIND_OPERATION, "Äldreomsorg"));
  enhet = g_object_ref (add_unit (model, "hemtj", STYR_UNIT_KIND_UNIT, "Hemtjänst norr"));
  fa = g_object_ref (add_focus_area (model, "integration", "Integration"));
  arena = g_object_ref (add_arena (model, "unga", "Unga till arbete"));
  goal = g_object_ref (add_goal (model, "n1", STYR_GOAL_LEVEL_BOARD, "Trygg äldreomsorg"));
  directive = g_object_ref (add_document (model, "dir", STYR_DOCUMENT_KIND_OWNER_DIRECTIVE, "Ägardirektiv"));
  activity = add_activity (model, "a1", "Införa nyckelfri hemtjänst");

  g_assert_true (styr_organ_set_sector (vfn, sektor, &error));
  g_assert_true (styr_organ_set_owner_directive (hem, directive, &error));
  g_assert_true (styr_unit_set_parent (verksamhet, sektor, &error));
  g_assert_true (styr_unit_set_parent (enhet, verksamhet, &error));
  g_assert_true (styr_focus_area_set_owner (fa, sektor, &error));
  g_assert_true (styr_goal_add_focus_area (goal, fa, &error));
  g_assert_true (styr_arena_set_owner (arena, STYR_ENTITY (vfn), &error));
  g_assert_true (styr_arena_add_member (arena, verksamhet, &error));
  g_assert_true (styr_arena_add_member (arena, enhet, &error));
  g_assert_true (styr_arena_add_goal (arena, goal, &error));
  g_assert_true (styr_arena_add_activity (arena, activity, &error));
  g_assert_no_error (error);

  /* The binding also holds on to some live lists. */
  children = g_object_ref (styr_unit_get_children (sektor));
  members = g_object_ref (styr_arena_get_members (arena));
  fa_goals = g_object_ref (styr_focus_area_get_goals (fa));
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (fa_goals), ==, 1);

  g_object_add_weak_pointer (G_OBJECT (activity), (gpointer *) &activity);
  g_clear_object (&model);

  /* Nobody held the activity: it went with the model. */
  g_assert_null (activity);

  g_assert_null (styr_entity_get_model (STYR_ENTITY (vfn)));
  g_assert_null (styr_organ_get_sector (vfn));
  g_assert_null (styr_organ_get_owner_directive (hem));
  g_assert_null (styr_unit_get_parent (verksamhet));
  g_assert_null (styr_unit_get_parent (enhet));
  assert_list_empty (children);
  assert_list_empty (styr_unit_get_children (verksamhet));
  g_assert_null (styr_focus_area_get_owner (fa));
  assert_list_empty (fa_goals);
  g_assert_null (styr_arena_get_owner (arena));
  assert_list_empty (members);
  assert_list_empty (styr_arena_get_goals (arena));
  assert_list_empty (styr_arena_get_activities (arena));

  /* The survivors can be used in a new model. */
  model = styr_model_new ();
  g_assert_true (styr_model_add (model, STYR_ENTITY (sektor), &error));
  g_assert_true (styr_model_add (model, STYR_ENTITY (verksamhet), &error));
  g_assert_true (styr_unit_set_parent (verksamhet, sektor, &error));
  g_assert_no_error (error);
  assert_list (children, verksamhet, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/organisation/organ/properties", test_organ_properties);
  ADD ("/organisation/organ/sector", test_organ_sector);
  ADD ("/organisation/organ/owner-directive", test_organ_owner_directive);
  ADD ("/organisation/organ/remove", test_organ_remove);
  ADD ("/organisation/organ/ratten", test_organ_ratten);
  ADD ("/organisation/unit/parent-level", test_unit_parent_level);
  ADD ("/organisation/unit/wrong-model", test_unit_wrong_model);
  ADD ("/organisation/unit/tree", test_unit_tree);
  ADD ("/organisation/unit/remove", test_unit_remove);
  ADD ("/organisation/unit/borlange", test_unit_borlange);
  ADD ("/organisation/focus-area/owner", test_focus_area_owner);
  ADD ("/organisation/focus-area/goals", test_focus_area_goals);
  ADD ("/organisation/arena/owner", test_arena_owner);
  ADD ("/organisation/arena/members", test_arena_members);
  ADD ("/organisation/arena/goals-activities", test_arena_goals_activities);
  g_test_add_func ("/organisation/arena/puls", test_arena_puls);
  g_test_add_func ("/organisation/arena/construct-properties", test_arena_construct_properties);
  g_test_add_func ("/organisation/dispose", test_dispose);

#undef ADD

  return g_test_run ();
}
