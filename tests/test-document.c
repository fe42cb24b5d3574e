/* test-document.c — plan and steering documents.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libstyr/styr.h>

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

static GDate *
date_new (int        year,
          GDateMonth month,
          int        day)
{
  return g_date_new_dmy ((GDateDay) day, month, (GDateYear) year);
}

/* Kinds ----------------------------------------------------------------- */

static void
test_kinds (void)
{
  static const struct {
    StyrDocumentKind kind;
    const char *title;
    gboolean steering;
  } kinds[] = {
    { STYR_DOCUMENT_KIND_BUDGET, "Budget 2025 med flerårsplan 2026–2027", FALSE },
    { STYR_DOCUMENT_KIND_BOARD_PLAN, "Sektorsplan 2025 för Barn och utbildning", FALSE },
    { STYR_DOCUMENT_KIND_OPERATIONS_PLAN, "Verksamhetsplan 2025 Sektor Vård och omsorg", FALSE },
    { STYR_DOCUMENT_KIND_WORK_PLAN, "Arbetsplan 2025 Norra skolan", FALSE },
    { STYR_DOCUMENT_KIND_OWNER_DIRECTIVE, "Ägardirektiv för AB Ängelholmshem", FALSE },
    { STYR_DOCUMENT_KIND_PROGRAM, "Miljöprogram", TRUE },
    { STYR_DOCUMENT_KIND_PLAN, "Plan för jämställdhet", TRUE },
    { STYR_DOCUMENT_KIND_POLICY, "Personalpolicy", TRUE },
    { STYR_DOCUMENT_KIND_STRATEGY, "Strategi för digitalisering", TRUE },
    { STYR_DOCUMENT_KIND_GUIDELINES, "Riktlinjer för representation", TRUE },
    { STYR_DOCUMENT_KIND_INSTRUCTION, "Instruktion för attest", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *id = g_strdup_printf ("doc-%u", i);
      g_autoptr(StyrDocument) doc = styr_document_new (id, kinds[i].kind, kinds[i].title);
      g_autoptr(StyrEntity) owner = NULL;
      StyrDocumentKind kind;

      g_assert_cmpint (styr_document_get_kind (doc), ==, kinds[i].kind);
      g_object_get (doc, "kind", &kind, "owner", &owner, NULL);
      g_assert_cmpint (kind, ==, kinds[i].kind);
      g_assert_null (owner);
      g_assert_cmpstr (styr_document_get_title (doc), ==, kinds[i].title);
      g_assert_cmpstr (styr_entity_get_label (STYR_ENTITY (doc)), ==, kinds[i].title);
      if (kinds[i].steering)
        g_assert_true (styr_document_is_steering_document (doc));
      else
        g_assert_false (styr_document_is_steering_document (doc));
    }
}

static void
test_properties (void)
{
  g_autoptr(StyrDocument) doc = NULL;
  g_autoptr(GDate) adopted = date_new (2009, G_DATE_JUNE, 15);
  g_autoptr(GDate) date = NULL;
  g_autofree char *decision = NULL;
  StyrDocumentStatus status;
  guint notified = 0;

  doc = g_object_new (STYR_TYPE_DOCUMENT,
                      "id", "ratten",
                      "kind", STYR_DOCUMENT_KIND_GUIDELINES,
                      "title", "Styrmodellen Ratten",
                      "status", STYR_DOCUMENT_STATUS_ADOPTED,
                      "decision", "KF § 111/2009",
                      "decision-date", adopted,
                      "responsible", "Kommundirektören",
                      NULL);
  g_assert_cmpint (styr_document_get_status (doc), ==, STYR_DOCUMENT_STATUS_ADOPTED);
  g_assert_cmpstr (styr_document_get_decision (doc), ==, "KF § 111/2009");
  g_assert_cmpstr (styr_document_get_responsible (doc), ==, "Kommundirektören");
  g_assert_cmpint (styr_document_get_year (doc), ==, 0);
  g_assert_nonnull (styr_document_get_decision_date (doc));
  g_assert_cmpint (g_date_compare (styr_document_get_decision_date (doc), adopted), ==, 0);
  g_assert_null (styr_document_get_valid_from (doc));
  g_assert_null (styr_document_get_valid_until (doc));
  g_assert_null (styr_document_get_review_date (doc));
  g_assert_null (styr_document_get_owner (doc));

  g_object_get (doc, "decision", &decision, "status", &status, "decision-date", &date, NULL);
  g_assert_cmpstr (decision, ==, "KF § 111/2009");
  g_assert_cmpint (status, ==, STYR_DOCUMENT_STATUS_ADOPTED);
  g_assert_cmpint (g_date_compare (date, adopted), ==, 0);

  g_signal_connect (doc, "notify::status", G_CALLBACK (count_notify), &notified);
  styr_document_set_status (doc, STYR_DOCUMENT_STATUS_REVISED);
  styr_document_set_status (doc, STYR_DOCUMENT_STATUS_REVISED);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (styr_document_get_status (doc), ==, STYR_DOCUMENT_STATUS_REVISED);

  styr_document_set_decision_date (doc, NULL);
  g_assert_null (styr_document_get_decision_date (doc));
}

/* Owner ----------------------------------------------------------------- */

static void
test_owner (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) other_model = styr_model_new ();
  g_autoptr(StyrOrgan) loose = styr_organ_new ("loose", STYR_ORGAN_KIND_BOARD, "Lös nämnd");
  g_autoptr(StyrDocument) outside = styr_document_new ("outside", STYR_DOCUMENT_KIND_POLICY, "Utanför");
  g_autoptr(StyrEntity) got = NULL;
  StyrDocument *budget, *vp;
  StyrOrgan *kf, *foreign;
  StyrUnit *sektor;
  StyrPerspective *perspective;
  guint notified = 0;

  budget = add (fixture->model, styr_document_new ("budget-2025", STYR_DOCUMENT_KIND_BUDGET, "Budget 2025"));
  vp = add (fixture->model, styr_document_new ("vp-2025", STYR_DOCUMENT_KIND_OPERATIONS_PLAN, "Verksamhetsplan 2025"));
  kf = add (fixture->model, styr_organ_new ("kf", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige"));
  sektor = add (fixture->model, styr_unit_new ("sektor-vo", STYR_UNIT_KIND_ADMINISTRATION, "Sektor Vård och omsorg"));
  perspective = add (fixture->model, styr_perspective_new ("ekonomi", "Ekonomi"));
  foreign = add (other_model, styr_organ_new ("kf", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige"));
  g_signal_connect (budget, "notify::owner", G_CALLBACK (count_notify), &notified);

  /* An organ. */
  g_assert_true (styr_document_set_owner (budget, STYR_ENTITY (kf), &error));
  g_assert_no_error (error);
  g_assert_true (styr_document_get_owner (budget) == STYR_ENTITY (kf));
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (budget, "owner", &got, NULL);
  g_assert_true (got == STYR_ENTITY (kf));

  /* The same owner again is no change. */
  g_assert_true (styr_document_set_owner (budget, STYR_ENTITY (kf), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, ==, 1);

  /* A unit. */
  g_assert_true (styr_document_set_owner (vp, STYR_ENTITY (sektor), &error));
  g_assert_no_error (error);
  g_assert_true (styr_document_get_owner (vp) == STYR_ENTITY (sektor));

  /* Neither an organ nor a unit. */
  g_assert_false (styr_document_set_owner (budget, STYR_ENTITY (perspective), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_assert_nonnull (strstr (error->message, "Ekonomi"));
  g_clear_error (&error);
  g_assert_false (styr_document_set_owner (budget, STYR_ENTITY (vp), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_true (styr_document_get_owner (budget) == STYR_ENTITY (kf));

  /* Outside the model, or in another. */
  g_assert_false (styr_document_set_owner (budget, STYR_ENTITY (loose), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_document_set_owner (budget, STYR_ENTITY (foreign), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_document_set_owner (outside, STYR_ENTITY (kf), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_true (styr_document_get_owner (budget) == STYR_ENTITY (kf));
  g_assert_null (styr_document_get_owner (outside));
  g_assert_cmpuint (notified, ==, 1);

  /* Clearing. */
  g_assert_true (styr_document_set_owner (budget, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (styr_document_get_owner (budget));
  g_assert_cmpuint (notified, ==, 2);
}

static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrDocument) budget = NULL;
  StyrOrgan *kf;
  guint n_entities;

  budget = g_object_ref (add (fixture->model, styr_document_new ("budget-2025", STYR_DOCUMENT_KIND_BUDGET, "Budget 2025")));
  kf = add (fixture->model, styr_organ_new ("kf", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige"));
  g_assert_true (styr_document_set_owner (budget, STYR_ENTITY (kf), &error));
  g_assert_no_error (error);
  n_entities = styr_model_get_n_entities (fixture->model);

  /* The owner is in use while the document names it. */
  g_assert_false (styr_model_remove (fixture->model, STYR_ENTITY (kf), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "Kommunfullmäktige"));
  g_assert_nonnull (strstr (error->message, "Budget 2025"));
  g_clear_error (&error);
  g_assert_cmpuint (styr_model_get_n_entities (fixture->model), ==, n_entities);
  g_assert_true (styr_document_get_owner (budget) == STYR_ENTITY (kf));

  /* Removing the document takes its owner link with it. */
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (budget), &error));
  g_assert_no_error (error);
  g_assert_null (styr_document_get_owner (budget));
  g_assert_null (styr_entity_get_model (STYR_ENTITY (budget)));
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (kf), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_model_get_n_entities (fixture->model), ==, n_entities - 2);

  /* And it can join the model again. */
  g_assert_true (styr_model_add (fixture->model, STYR_ENTITY (budget), &error));
  g_assert_no_error (error);
}

static void
test_dispose (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrDocument) policy = NULL;
  g_autoptr(StyrUnit) unit = NULL;
  guint notified = 0;

  policy = g_object_ref (add (model, styr_document_new ("pol", STYR_DOCUMENT_KIND_POLICY, "Personalpolicy")));
  unit = g_object_ref (add (model, styr_unit_new ("hr", STYR_UNIT_KIND_ADMINISTRATION, "HR")));
  g_assert_true (styr_document_set_owner (policy, STYR_ENTITY (unit), &error));
  g_assert_no_error (error);
  g_signal_connect (policy, "notify::owner", G_CALLBACK (count_notify), &notified);

  g_clear_object (&model);

  g_assert_null (styr_document_get_owner (policy));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_null (styr_entity_get_model (STYR_ENTITY (policy)));
  g_assert_null (styr_entity_get_model (STYR_ENTITY (unit)));
}

/* Review dates ---------------------------------------------------------- */

static void
test_review (void)
{
  g_autoptr(StyrDocument) doc = styr_document_new ("miljo", STYR_DOCUMENT_KIND_PROGRAM, "Miljöprogram");
  g_autoptr(GDate) adopted = date_new (2021, G_DATE_MARCH, 22);
  g_autoptr(GDate) review = NULL;
  g_autoptr(GDate) day_before = date_new (2025, G_DATE_MARCH, 21);
  g_autoptr(GDate) same_day = date_new (2025, G_DATE_MARCH, 22);
  g_autoptr(GDate) day_after = date_new (2025, G_DATE_MARCH, 23);
  g_autoptr(GDate) much_later = date_new (2030, G_DATE_JANUARY, 1);

  /* "Gäller tills vidare, dock längst fyra år efter antagandet." */
  styr_document_set_status (doc, STYR_DOCUMENT_STATUS_ADOPTED);
  styr_document_set_decision_date (doc, adopted);
  styr_document_set_valid_from (doc, adopted);
  review = g_date_copy (adopted);
  g_date_add_years (review, 4);

  /* No review date: never past review. */
  g_assert_false (styr_document_is_past_review (doc, much_later));

  styr_document_set_review_date (doc, review);
  g_assert_cmpint (g_date_compare (styr_document_get_review_date (doc), same_day), ==, 0);
  g_assert_false (styr_document_is_past_review (doc, adopted));
  g_assert_false (styr_document_is_past_review (doc, day_before));
  g_assert_false (styr_document_is_past_review (doc, same_day));
  g_assert_true (styr_document_is_past_review (doc, day_after));
  g_assert_true (styr_document_is_past_review (doc, much_later));

  /* A revision moves the review date. */
  styr_document_set_status (doc, STYR_DOCUMENT_STATUS_REVISED);
  styr_document_set_review_date (doc, much_later);
  g_assert_false (styr_document_is_past_review (doc, day_after));

  styr_document_set_review_date (doc, NULL);
  g_assert_null (styr_document_get_review_date (doc));
  g_assert_false (styr_document_is_past_review (doc, much_later));
}

static void
test_review_today (void)
{
  g_autoptr(StyrDocument) doc = styr_document_new ("pol", STYR_DOCUMENT_KIND_POLICY, "Policy");
  g_autoptr(GDate) long_ago = date_new (2000, G_DATE_JANUARY, 1);
  g_autoptr(GDate) far_ahead = date_new (2999, G_DATE_DECEMBER, 31);

  /* %NULL compares with the current date. */
  g_assert_false (styr_document_is_past_review (doc, NULL));
  styr_document_set_review_date (doc, long_ago);
  g_assert_true (styr_document_is_past_review (doc, NULL));
  styr_document_set_review_date (doc, far_ahead);
  g_assert_false (styr_document_is_past_review (doc, NULL));
}

/* A register of Borlänge's steering documents: which ones need review. */
static void
test_register (Fixture       *fixture,
               gconstpointer  data)
{
  static const struct {
    const char *id;
    StyrDocumentKind kind;
    const char *title;
    int review_year;   /* 0: none */
    gboolean past;
  } docs[] = {
    { "budget", STYR_DOCUMENT_KIND_BUDGET, "Budget 2025", 0, FALSE },
    { "miljo", STYR_DOCUMENT_KIND_PROGRAM, "Miljöprogram", 2023, TRUE },
    { "bostad", STYR_DOCUMENT_KIND_PLAN, "Bostadsförsörjningsplan", 2026, FALSE },
    { "pers", STYR_DOCUMENT_KIND_POLICY, "Personalpolicy", 2024, TRUE },
    { "digi", STYR_DOCUMENT_KIND_STRATEGY, "Digitaliseringsstrategi", 2027, FALSE },
    { "rep", STYR_DOCUMENT_KIND_GUIDELINES, "Riktlinjer för representation", 2022, TRUE },
    { "attest", STYR_DOCUMENT_KIND_INSTRUCTION, "Attestinstruktion", 0, FALSE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = date_new (2025, G_DATE_MAY, 31);
  g_autoptr(GPtrArray) past = g_ptr_array_new ();
  StyrOrgan *ks;
  GListModel *documents;
  guint n_steering = 0;

  styr_model_set_name (fixture->model, "Borlänge");
  ks = add (fixture->model, styr_organ_new ("ks", STYR_ORGAN_KIND_EXECUTIVE_BOARD, "Kommunstyrelsen"));
  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    {
      StyrDocument *doc = add (fixture->model, styr_document_new (docs[i].id, docs[i].kind, docs[i].title));

      styr_document_set_responsible (doc, "Kommunsekreteraren");
      if (docs[i].review_year != 0)
        {
          g_autoptr(GDate) review = date_new (docs[i].review_year, G_DATE_JANUARY, 31);

          styr_document_set_review_date (doc, review);
        }
      g_assert_true (styr_document_set_owner (doc, STYR_ENTITY (ks), &error));
      g_assert_no_error (error);
    }

  documents = styr_model_get_documents (fixture->model);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, G_N_ELEMENTS (docs));
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(StyrDocument) doc = g_list_model_get_item (documents, i);

      if (styr_document_is_steering_document (doc))
        n_steering++;
      if (styr_document_is_past_review (doc, today))
        g_ptr_array_add (past, (gpointer) styr_entity_get_id (STYR_ENTITY (doc)));
      g_assert_true (styr_document_get_owner (doc) == STYR_ENTITY (ks));
      g_assert_cmpint (styr_document_is_past_review (doc, today), ==, docs[i].past);
    }
  g_assert_cmpuint (n_steering, ==, 6);
  g_assert_cmpuint (past->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (past, 0), ==, "miljo");
  g_assert_cmpstr (g_ptr_array_index (past, 1), ==, "pers");
  g_assert_cmpstr (g_ptr_array_index (past, 2), ==, "rep");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/kinds", test_kinds);
  g_test_add_func ("/document/properties", test_properties);
  g_test_add ("/document/owner", Fixture, NULL, fixture_set_up, test_owner, fixture_tear_down);
  g_test_add ("/document/remove", Fixture, NULL, fixture_set_up, test_remove, fixture_tear_down);
  g_test_add_func ("/document/dispose", test_dispose);
  g_test_add_func ("/document/review", test_review);
  g_test_add_func ("/document/review-today", test_review_today);
  g_test_add ("/document/register", Fixture, NULL, fixture_set_up, test_register, fixture_tear_down);

  return g_test_run ();
}
