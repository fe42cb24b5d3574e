/* test-model.c — StyrModel: adding, looking up, removing, queries.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libstyr/styr.h>

/* The ids of the items of @list, joined by spaces, for g_assert_cmpstr. */
static char *
list_ids (GListModel *list)
{
  GString *s = g_string_new (NULL);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrEntity) entity = g_list_model_get_item (list, i);

      if (i > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, styr_entity_get_id (entity));
    }
  return g_string_free (s, FALSE);
}

#define assert_ids(list, expected)                                \
  G_STMT_START {                                                  \
    g_autofree char *_ids = list_ids (G_LIST_MODEL (list));       \
    g_assert_cmpstr (_ids, ==, (expected));                       \
  } G_STMT_END

/* Adds @entity (transfer full) to @model and returns it, unowned. */
static gpointer
add (StyrModel *model,
     gpointer   entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (entity), &error));
  g_assert_no_error (error);
  g_object_unref (entity);
  return entity;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_model_new (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  const char *values[] = { "Öppenhet", "Omtanke", "Handlingskraft", NULL };
  guint vision_count = 0;

  g_assert_cmpuint (styr_model_get_n_entities (model), ==, 0);
  g_assert_nonnull (styr_model_get_scale (model));
  g_assert_null (styr_model_get_name (model));
  g_assert_null (styr_model_get_vision (model));
  g_assert_null (styr_model_get_values (model));
  g_assert_cmpuint (g_list_model_get_n_items (styr_model_get_goals (model)), ==, 0);
  g_assert_true (g_list_model_get_item_type (styr_model_get_goals (model)) == STYR_TYPE_GOAL);
  g_assert_true (g_list_model_get_item_type (styr_model_get_units (model)) == STYR_TYPE_UNIT);

  g_signal_connect (model, "notify::vision", G_CALLBACK (count_notify), &vision_count);

  styr_model_set_name (model, "Ängelholm");
  styr_model_set_kommunkod (model, "1292");
  styr_model_set_vision (model, "Kraftsamling Ängelholm 2020");
  styr_model_set_vision (model, "Kraftsamling Ängelholm 2020");
  styr_model_set_values (model, values);
  g_assert_cmpstr (styr_model_get_name (model), ==, "Ängelholm");
  g_assert_cmpstr (styr_model_get_kommunkod (model), ==, "1292");
  g_assert_cmpstr (styr_model_get_vision (model), ==, "Kraftsamling Ängelholm 2020");
  g_assert_true (g_strv_equal (styr_model_get_values (model), values));
  g_assert_cmpuint (vision_count, ==, 1);

  g_signal_handlers_disconnect_by_func (model, count_notify, &vision_count);
}

static void
test_model_add_lookup (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(GError) error = NULL;
  StyrOrgan *kf = add (model, styr_organ_new ("kf", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige"));
  StyrUnit *sektor = add (model, styr_unit_new ("sektor-skola", STYR_UNIT_KIND_ADMINISTRATION, "Sektor Skola"));
  StyrPerspective *medborgare = add (model, styr_perspective_new ("medborgare", "Medborgare"));
  StyrDocument *budget = add (model, styr_document_new ("budget-2025", STYR_DOCUMENT_KIND_BUDGET, "Budget 2025"));
  StyrFocusArea *integration = add (model, styr_focus_area_new ("integration", "Integration"));
  StyrArena *arena = add (model, styr_arena_new ("arena-1", "Unga till arbete"));
  StyrGoal *im = add (model, styr_goal_new ("im-1", STYR_GOAL_LEVEL_COUNCIL, "Nöjda medborgare"));
  StyrGoal *nm = add (model, styr_goal_new ("nm-1", STYR_GOAL_LEVEL_BOARD, "Fler elever når målen"));
  StyrIndicator *nmi = add (model, styr_indicator_new ("U00405", "Nöjd-Medborgar-Index"));
  StyrActivity *activity = add (model, styr_activity_new ("akt-1", "Läxhjälp"));
  StyrEntity *entity;

  g_assert_cmpuint (styr_model_get_n_entities (model), ==, 10);
  g_assert_true (styr_entity_get_model (STYR_ENTITY (im)) == model);

  /* Any kind by id. */
  g_assert_true (styr_model_lookup (model, "kf") == STYR_ENTITY (kf));
  g_assert_true (styr_model_lookup (model, "nm-1") == STYR_ENTITY (nm));
  g_assert_null (styr_model_lookup (model, "nm-2"));
  g_assert_null (styr_model_lookup (model, NULL));

  /* Typed lookups find only their kind. */
  g_assert_true (styr_model_lookup_organ (model, "kf") == kf);
  g_assert_true (styr_model_lookup_unit (model, "sektor-skola") == sektor);
  g_assert_true (styr_model_lookup_perspective (model, "medborgare") == medborgare);
  g_assert_true (styr_model_lookup_document (model, "budget-2025") == budget);
  g_assert_true (styr_model_lookup_focus_area (model, "integration") == integration);
  g_assert_true (styr_model_lookup_arena (model, "arena-1") == arena);
  g_assert_true (styr_model_lookup_goal (model, "im-1") == im);
  g_assert_true (styr_model_lookup_indicator (model, "U00405") == nmi);
  g_assert_true (styr_model_lookup_activity (model, "akt-1") == activity);
  g_assert_null (styr_model_lookup_goal (model, "kf"));
  g_assert_null (styr_model_lookup_organ (model, "im-1"));
  g_assert_null (styr_model_lookup_unit (model, "U00405"));
  g_assert_null (styr_model_lookup_activity (model, "nm-1"));

  /* get_entity() fails instead of returning NULL. */
  entity = styr_model_get_entity (model, "im-1", &error);
  g_assert_no_error (error);
  g_assert_true (entity == STYR_ENTITY (im));
  entity = styr_model_get_entity (model, "im-9", &error);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_assert_null (entity);
  g_assert_nonnull (g_strstr_len (error->message, -1, "im-9"));

  /* Each kind in its own list, in insertion order. */
  assert_ids (styr_model_get_goals (model), "im-1 nm-1");
  assert_ids (styr_model_get_organs (model), "kf");
  assert_ids (styr_model_get_units (model), "sektor-skola");
  assert_ids (styr_model_get_perspectives (model), "medborgare");
  assert_ids (styr_model_get_documents (model), "budget-2025");
  assert_ids (styr_model_get_focus_areas (model), "integration");
  assert_ids (styr_model_get_arenas (model), "arena-1");
  assert_ids (styr_model_get_indicators (model), "U00405");
  assert_ids (styr_model_get_activities (model), "akt-1");
}

static void
test_model_add_invalid_id (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  const char *bad_ids[] = { "", "-im", ".im", "im 1", "mål-1", "im/1", "im:1" };

  for (guint i = 0; i < G_N_ELEMENTS (bad_ids); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StyrGoal) goal = styr_goal_new (bad_ids[i], STYR_GOAL_LEVEL_COUNCIL, "Mål");

      g_test_message ("id »%s«", bad_ids[i]);
      g_assert_false (styr_model_add (model, STYR_ENTITY (goal), &error));
      g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ID);
      g_assert_null (styr_entity_get_model (STYR_ENTITY (goal)));
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(StyrGoal) goal = styr_goal_new (NULL, STYR_GOAL_LEVEL_COUNCIL, "Mål utan id");

    g_assert_false (styr_model_add (model, STYR_ENTITY (goal), &error));
    g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ID);
  }

  g_assert_cmpuint (styr_model_get_n_entities (model), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_model_get_goals (model)), ==, 0);

  /* Letters, digits, '-', '_' and '.', starting with a letter, a digit or
   * '_', are fine. */
  add (model, styr_goal_new ("_im.1-a", STYR_GOAL_LEVEL_COUNCIL, "Mål"));
  add (model, styr_goal_new ("2025.im", STYR_GOAL_LEVEL_COUNCIL, "Mål"));
  g_assert_cmpuint (styr_model_get_n_entities (model), ==, 2);
}

static void
test_model_add_duplicate_id (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrGoal) twin = styr_goal_new ("im-1", STYR_GOAL_LEVEL_COUNCIL, "Samma id");
  g_autoptr(StyrOrgan) organ = styr_organ_new ("im-1", STYR_ORGAN_KIND_BOARD, "Samma id, annat slag");
  StyrGoal *im = add (model, styr_goal_new ("im-1", STYR_GOAL_LEVEL_COUNCIL, "Nöjda medborgare"));

  g_assert_false (styr_model_add (model, STYR_ENTITY (twin), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  /* Ids are unique across kinds. */
  g_assert_false (styr_model_add (model, STYR_ENTITY (organ), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  g_assert_null (styr_entity_get_model (STYR_ENTITY (twin)));
  g_assert_null (styr_entity_get_model (STYR_ENTITY (organ)));
  g_assert_true (styr_model_lookup (model, "im-1") == STYR_ENTITY (im));
  g_assert_cmpuint (styr_model_get_n_entities (model), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (styr_model_get_organs (model)), ==, 0);
}

static void
test_model_add_other_model (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrModel) other = styr_model_new ();
  g_autoptr(GError) error = NULL;
  StyrGoal *im = add (model, styr_goal_new ("im-1", STYR_GOAL_LEVEL_COUNCIL, "Nöjda medborgare"));

  g_assert_false (styr_model_add (other, STYR_ENTITY (im), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_true (styr_entity_get_model (STYR_ENTITY (im)) == model);
  g_assert_cmpuint (styr_model_get_n_entities (other), ==, 0);

  /* Nor twice into the same one. */
  g_assert_false (styr_model_add (model, STYR_ENTITY (im), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_cmpuint (styr_model_get_n_entities (model), ==, 1);
}

static void
test_model_remove (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrModel) other = styr_model_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrGoal) im = g_object_ref (add (model, styr_goal_new ("im-1", STYR_GOAL_LEVEL_COUNCIL, "Nöjda medborgare")));
  g_autoptr(StyrGoal) loose = styr_goal_new ("im-2", STYR_GOAL_LEVEL_COUNCIL, "Inte i modellen");
  guint model_count = 0;

  add (model, styr_goal_new ("im-3", STYR_GOAL_LEVEL_COUNCIL, "Trygg uppväxt"));
  g_signal_connect (im, "notify::model", G_CALLBACK (count_notify), &model_count);

  g_assert_true (styr_model_remove (model, STYR_ENTITY (im), &error));
  g_assert_no_error (error);
  g_assert_null (styr_entity_get_model (STYR_ENTITY (im)));
  g_assert_null (styr_model_lookup (model, "im-1"));
  assert_ids (styr_model_get_goals (model), "im-3");
  g_assert_cmpuint (model_count, ==, 1);

  /* Not (or no longer) in the model. */
  g_assert_false (styr_model_remove (model, STYR_ENTITY (im), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_model_remove (model, STYR_ENTITY (loose), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);

  /* A removed entity may join another model, and its id is free again. */
  g_assert_true (styr_model_add (other, STYR_ENTITY (im), &error));
  g_assert_no_error (error);
  g_assert_true (styr_entity_get_model (STYR_ENTITY (im)) == other);
  add (model, styr_goal_new ("im-1", STYR_GOAL_LEVEL_COUNCIL, "Ett nytt mål med samma id"));
  assert_ids (styr_model_get_goals (model), "im-3 im-1");
  g_signal_handlers_disconnect_by_func (im, count_notify, &model_count);
}

static void
test_model_remove_in_use (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(GError) error = NULL;
  StyrOrgan *bun = add (model, styr_organ_new ("bun", STYR_ORGAN_KIND_BOARD, "Barn- och utbildningsnämnden"));
  StyrGoal *im = add (model, styr_goal_new ("im-1", STYR_GOAL_LEVEL_COUNCIL, "Nöjda medborgare"));
  StyrGoal *nm = add (model, styr_goal_new ("nm-1", STYR_GOAL_LEVEL_BOARD, "Fler elever når målen"));

  g_assert_true (styr_goal_set_owner (nm, STYR_ENTITY (bun), &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_parent (nm, im, &error));
  g_assert_no_error (error);

  g_assert_false (styr_model_remove (model, STYR_ENTITY (im), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_assert_nonnull (g_strstr_len (error->message, -1, "nm-1"));
  g_clear_error (&error);
  g_assert_false (styr_model_remove (model, STYR_ENTITY (bun), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_cmpuint (styr_model_get_n_entities (model), ==, 3);
  assert_ids (styr_goal_get_children (im), "nm-1");
  g_assert_true (styr_goal_get_owner (nm) == STYR_ENTITY (bun));

  /* The referrer first, then the rest. */
  g_assert_true (styr_model_remove (model, STYR_ENTITY (nm), &error));
  g_assert_no_error (error);
  assert_ids (styr_goal_get_children (im), "");
  g_assert_true (styr_model_remove (model, STYR_ENTITY (im), &error));
  g_assert_no_error (error);
  g_assert_true (styr_model_remove (model, STYR_ENTITY (bun), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_model_get_n_entities (model), ==, 0);
}

static void
test_model_move_perspective (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrModel) other = styr_model_new ();
  g_autoptr(GError) error = NULL;
  StyrPerspective *utveckling;
  StyrPerspective *foreign;

  add (model, styr_perspective_new ("medborgare", "Medborgare"));
  add (model, styr_perspective_new ("ekonomi", "Ekonomi"));
  add (model, styr_perspective_new ("verksamhet", "Verksamhet"));
  utveckling = add (model, styr_perspective_new ("utveckling", "Utveckling"));
  foreign = add (other, styr_perspective_new ("kund", "Kund"));

  g_assert_true (styr_model_move_perspective (model, utveckling, 0, &error));
  g_assert_no_error (error);
  assert_ids (styr_model_get_perspectives (model), "utveckling medborgare ekonomi verksamhet");
  g_assert_true (styr_model_move_perspective (model, utveckling, 99, &error));
  g_assert_no_error (error);
  assert_ids (styr_model_get_perspectives (model), "medborgare ekonomi verksamhet utveckling");

  g_assert_false (styr_model_move_perspective (model, foreign, 0, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  assert_ids (styr_model_get_perspectives (model), "medborgare ekonomi verksamhet utveckling");
}

/* A small Borlänge model for the queries. */
typedef struct
{
  StyrModel       *model;
  StyrOrgan       *kf;
  StyrOrgan       *bun;
  StyrOrgan       *sn;         /* socialnämnden */
  StyrUnit        *sektor;
  StyrUnit        *enhet;
  StyrUnit        *enhet2;
  StyrPerspective *medborgare;
  StyrPerspective *ekonomi;
  StyrFocusArea   *integration;
} Query;

static void
query_setup (Query         *q,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  struct {
    const char    *id;
    StyrGoalLevel  level;
    const char    *title;
  } goals[] = {
    { "im-1", STYR_GOAL_LEVEL_COUNCIL, "Nöjda medborgare" },
    { "im-2", STYR_GOAL_LEVEL_COUNCIL, "God ekonomisk hushållning" },
    { "nm-1", STYR_GOAL_LEVEL_BOARD, "Fler elever når kunskapsmålen" },
    { "nm-2", STYR_GOAL_LEVEL_BOARD, "Fler i egen försörjning" },
    { "nm-3", STYR_GOAL_LEVEL_BOARD, "Budget i balans i skolan" },
    { "vm-1", STYR_GOAL_LEVEL_OPERATIONAL, "Alla elever läser i åk 3" },
    { "em-1", STYR_GOAL_LEVEL_UNIT, "Läsfrämjande arbete i varje klass" },
  };

  q->model = styr_model_new ();
  styr_model_set_name (q->model, "Borlänge");
  styr_model_set_vision (q->model, "Borlänge – en kommun där människor vill leva, verka och bo");
  q->kf = add (q->model, styr_organ_new ("kf", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige"));
  q->bun = add (q->model, styr_organ_new ("bun", STYR_ORGAN_KIND_BOARD, "Barn- och utbildningsnämnden"));
  q->sn = add (q->model, styr_organ_new ("sn", STYR_ORGAN_KIND_BOARD, "Socialnämnden"));
  q->sektor = add (q->model, styr_unit_new ("sektor-skola", STYR_UNIT_KIND_ADMINISTRATION, "Sektor Skola"));
  q->enhet = add (q->model, styr_unit_new ("tjarnaskolan", STYR_UNIT_KIND_UNIT, "Tjärnaskolan"));
  q->enhet2 = add (q->model, styr_unit_new ("hagaskolan", STYR_UNIT_KIND_UNIT, "Hagaskolan"));
  q->medborgare = add (q->model, styr_perspective_new ("medborgare", "Medborgare"));
  q->ekonomi = add (q->model, styr_perspective_new ("ekonomi", "Ekonomi"));
  q->integration = add (q->model, styr_focus_area_new ("integration", "Integration"));

  for (guint i = 0; i < G_N_ELEMENTS (goals); i++)
    add (q->model, styr_goal_new (goals[i].id, goals[i].level, goals[i].title));

#define GOAL(id) styr_model_lookup_goal (q->model, id)
#define OK(call) G_STMT_START { g_assert_true (call); g_assert_no_error (error); } G_STMT_END

  OK (styr_goal_set_owner (GOAL ("im-1"), STYR_ENTITY (q->kf), &error));
  OK (styr_goal_set_owner (GOAL ("im-2"), STYR_ENTITY (q->kf), &error));
  OK (styr_goal_set_owner (GOAL ("nm-1"), STYR_ENTITY (q->bun), &error));
  OK (styr_goal_set_owner (GOAL ("nm-2"), STYR_ENTITY (q->sn), &error));
  OK (styr_goal_set_owner (GOAL ("nm-3"), STYR_ENTITY (q->bun), &error));
  OK (styr_goal_set_owner (GOAL ("vm-1"), STYR_ENTITY (q->sektor), &error));
  OK (styr_goal_set_owner (GOAL ("em-1"), STYR_ENTITY (q->enhet), &error));

  OK (styr_goal_set_perspective (GOAL ("im-1"), q->medborgare, &error));
  OK (styr_goal_set_perspective (GOAL ("im-2"), q->ekonomi, &error));
  OK (styr_goal_set_perspective (GOAL ("nm-1"), q->medborgare, &error));
  OK (styr_goal_set_perspective (GOAL ("nm-2"), q->medborgare, &error));
  OK (styr_goal_set_perspective (GOAL ("nm-3"), q->ekonomi, &error));
  OK (styr_goal_set_perspective (GOAL ("em-1"), q->medborgare, &error));

  OK (styr_goal_add_parent (GOAL ("nm-1"), GOAL ("im-1"), &error));
  OK (styr_goal_add_parent (GOAL ("nm-2"), GOAL ("im-1"), &error));
  OK (styr_goal_add_parent (GOAL ("nm-3"), GOAL ("im-2"), &error));
  OK (styr_goal_add_parent (GOAL ("vm-1"), GOAL ("nm-1"), &error));
  OK (styr_goal_add_parent (GOAL ("em-1"), GOAL ("vm-1"), &error));

  OK (styr_goal_add_focus_area (GOAL ("nm-2"), q->integration, &error));
  OK (styr_goal_add_focus_area (GOAL ("im-1"), q->integration, &error));
  OK (styr_goal_add_focus_area (GOAL ("em-1"), q->integration, &error));

#undef OK
#undef GOAL
}

static void
query_teardown (Query         *q,
                gconstpointer  data)
{
  g_clear_object (&q->model);
}

static void
test_model_query_level (Query         *q,
                        gconstpointer  data)
{
  g_autoptr(GListModel) council = styr_model_get_goals_at_level (q->model, STYR_GOAL_LEVEL_COUNCIL);
  g_autoptr(GListModel) board = styr_model_get_goals_at_level (q->model, STYR_GOAL_LEVEL_BOARD);
  g_autoptr(GListModel) operational = styr_model_get_goals_at_level (q->model, STYR_GOAL_LEVEL_OPERATIONAL);
  g_autoptr(GListModel) unit = styr_model_get_goals_at_level (q->model, STYR_GOAL_LEVEL_UNIT);

  g_assert_true (g_list_model_get_item_type (council) == STYR_TYPE_GOAL);
  assert_ids (council, "im-1 im-2");
  assert_ids (board, "nm-1 nm-2 nm-3");
  assert_ids (operational, "vm-1");
  assert_ids (unit, "em-1");
}

static void
test_model_query_perspective (Query         *q,
                              gconstpointer  data)
{
  g_autoptr(GListModel) medborgare = styr_model_get_goals_in_perspective (q->model, q->medborgare);
  g_autoptr(GListModel) ekonomi = styr_model_get_goals_in_perspective (q->model, q->ekonomi);
  g_autoptr(GListModel) none = styr_model_get_goals_in_perspective (q->model, NULL);

  assert_ids (medborgare, "im-1 nm-1 nm-2 em-1");
  assert_ids (ekonomi, "im-2 nm-3");
  assert_ids (none, "vm-1");
}

static void
test_model_query_owner (Query         *q,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) kf = styr_model_get_goals_owned_by (q->model, STYR_ENTITY (q->kf));
  g_autoptr(GListModel) bun = styr_model_get_goals_owned_by (q->model, STYR_ENTITY (q->bun));
  g_autoptr(GListModel) sn = styr_model_get_goals_owned_by (q->model, STYR_ENTITY (q->sn));
  g_autoptr(GListModel) enhet = styr_model_get_goals_owned_by (q->model, STYR_ENTITY (q->enhet));
  g_autoptr(GListModel) enhet2 = styr_model_get_goals_owned_by (q->model, STYR_ENTITY (q->enhet2));
  g_autoptr(GListModel) after = NULL;

  assert_ids (kf, "im-1 im-2");
  assert_ids (bun, "nm-1 nm-3");
  assert_ids (sn, "nm-2");
  assert_ids (enhet, "em-1");
  assert_ids (enhet2, "");

  /* A snapshot: it does not follow a change of owner. */
  g_assert_true (styr_goal_set_owner (styr_model_lookup_goal (q->model, "nm-3"), STYR_ENTITY (q->sn), &error));
  g_assert_no_error (error);
  assert_ids (bun, "nm-1 nm-3");
  after = styr_model_get_goals_owned_by (q->model, STYR_ENTITY (q->bun));
  assert_ids (after, "nm-1");
}

static void
test_model_query_focus_area (Query         *q,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* The focus area's live list, in the order the goals joined it. */
  assert_ids (styr_focus_area_get_goals (q->integration), "nm-2 im-1 em-1");

  g_assert_true (styr_goal_remove_focus_area (styr_model_lookup_goal (q->model, "im-1"),
                                              q->integration, &error));
  g_assert_no_error (error);
  assert_ids (styr_focus_area_get_goals (q->integration), "nm-2 em-1");
}

static void
test_model_query_activities_of_unit (Query         *q,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) tjarna = NULL;
  g_autoptr(GListModel) haga = NULL;
  g_autoptr(GListModel) none = NULL;
  StyrActivity *a1 = add (q->model, styr_activity_new ("akt-1", "Läsombud"));
  StyrActivity *a2 = add (q->model, styr_activity_new ("akt-2", "Läxhjälp"));
  StyrActivity *a3 = add (q->model, styr_activity_new ("akt-3", "Föräldramöten om läsning"));

  g_assert_true (styr_activity_set_unit (a1, q->enhet, &error));
  g_assert_no_error (error);
  g_assert_true (styr_activity_set_unit (a2, q->enhet2, &error));
  g_assert_no_error (error);
  g_assert_true (styr_activity_set_unit (a3, q->enhet, &error));
  g_assert_no_error (error);

  tjarna = styr_model_get_activities_of_unit (q->model, q->enhet);
  haga = styr_model_get_activities_of_unit (q->model, q->enhet2);
  none = styr_model_get_activities_of_unit (q->model, q->sektor);
  g_assert_true (g_list_model_get_item_type (tjarna) == STYR_TYPE_ACTIVITY);
  assert_ids (tjarna, "akt-1 akt-3");
  assert_ids (haga, "akt-2");
  assert_ids (none, "");
}

static void
test_model_dispose_held (void)
{
  g_autoptr(GError) error = NULL;
  StyrModel *model = styr_model_new ();
  g_autoptr(StyrGoal) im = NULL;
  g_autoptr(StyrGoal) nm = NULL;
  g_autoptr(StyrOrgan) bun = NULL;

  bun = g_object_ref (add (model, styr_organ_new ("bun", STYR_ORGAN_KIND_BOARD, "Barn- och utbildningsnämnden")));
  im = g_object_ref (add (model, styr_goal_new ("im-1", STYR_GOAL_LEVEL_COUNCIL, "Nöjda medborgare")));
  nm = g_object_ref (add (model, styr_goal_new ("nm-1", STYR_GOAL_LEVEL_BOARD, "Fler elever når målen")));
  add (model, styr_goal_new ("nm-2", STYR_GOAL_LEVEL_BOARD, "Ett mål ingen håller"));
  g_assert_true (styr_goal_set_owner (nm, STYR_ENTITY (bun), &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_parent (nm, im, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_parent (styr_model_lookup_goal (model, "nm-2"), im, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_children (im)), ==, 2);

  g_object_unref (model);

  g_assert_null (styr_entity_get_model (STYR_ENTITY (im)));
  g_assert_null (styr_entity_get_model (STYR_ENTITY (nm)));
  g_assert_null (styr_entity_get_model (STYR_ENTITY (bun)));
  g_assert_null (styr_goal_get_owner (nm));
  assert_ids (styr_goal_get_children (im), "");
  assert_ids (styr_goal_get_parents (nm), "");

  /* The survivors can start over in a new model. */
  {
    g_autoptr(StyrModel) fresh = styr_model_new ();

    g_assert_true (styr_model_add (fresh, STYR_ENTITY (im), &error));
    g_assert_no_error (error);
    g_assert_true (styr_model_add (fresh, STYR_ENTITY (nm), &error));
    g_assert_no_error (error);
    g_assert_true (styr_goal_add_parent (nm, im, &error));
    g_assert_no_error (error);
    assert_ids (styr_goal_get_children (im), "nm-1");
  }
}

static void
test_model_budget_year (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(GError) error = NULL;
  StyrDocument *budget_2024 = styr_document_new ("budget-2024", STYR_DOCUMENT_KIND_BUDGET, "Budget 2024");
  StyrDocument *budget_2025 = styr_document_new ("budget-2025", STYR_DOCUMENT_KIND_BUDGET, "Budget 2025");
  StyrDocument *plan_2026 = styr_document_new ("plan-2026", STYR_DOCUMENT_KIND_BOARD_PLAN, "Nämndplan 2026");

  g_assert_cmpint (styr_model_get_budget_year (model), ==, 0);

  /* A plan for a later year is not a budget: it does not count. */
  styr_document_set_year (plan_2026, 2026);
  g_assert_true (styr_model_add (model, STYR_ENTITY (plan_2026), &error));
  g_assert_no_error (error);
  g_assert_cmpint (styr_model_get_budget_year (model), ==, 0);

  /* The newest budget wins, whatever order they were added in. */
  styr_document_set_year (budget_2025, 2025);
  styr_document_set_year (budget_2024, 2024);
  g_assert_true (styr_model_add (model, STYR_ENTITY (budget_2025), &error));
  g_assert_true (styr_model_add (model, STYR_ENTITY (budget_2024), &error));
  g_assert_no_error (error);
  g_assert_cmpint (styr_model_get_budget_year (model), ==, 2025);

  g_object_unref (budget_2024);
  g_object_unref (budget_2025);
  g_object_unref (plan_2026);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD_QUERY_TEST(path, func) \
  g_test_add (path, Query, NULL, query_setup, func, query_teardown)

  g_test_add_func ("/model/new", test_model_new);
  g_test_add_func ("/model/add/lookup", test_model_add_lookup);
  g_test_add_func ("/model/add/invalid-id", test_model_add_invalid_id);
  g_test_add_func ("/model/add/duplicate-id", test_model_add_duplicate_id);
  g_test_add_func ("/model/add/other-model", test_model_add_other_model);
  g_test_add_func ("/model/remove/basic", test_model_remove);
  g_test_add_func ("/model/remove/in-use", test_model_remove_in_use);
  g_test_add_func ("/model/move-perspective", test_model_move_perspective);
  ADD_QUERY_TEST ("/model/query/level", test_model_query_level);
  ADD_QUERY_TEST ("/model/query/perspective", test_model_query_perspective);
  ADD_QUERY_TEST ("/model/query/owner", test_model_query_owner);
  ADD_QUERY_TEST ("/model/query/focus-area", test_model_query_focus_area);
  ADD_QUERY_TEST ("/model/query/activities-of-unit", test_model_query_activities_of_unit);
  g_test_add_func ("/model/dispose/held-entities", test_model_dispose_held);

#undef ADD_QUERY_TEST

  g_test_add_func ("/model/budget-year", test_model_budget_year);

  return g_test_run ();
}
