/* test-goal.c — StyrGoal: owners, the goal chain, indicators, focus areas.
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

/* Borlänge's chain (seed 002: budget → sektorsplan → verksamhetsplan →
 * arbetsplan), with the organs and units that own each level. */
typedef struct
{
  StyrModel       *model;

  StyrOrgan       *kf;
  StyrOrgan       *ks;
  StyrOrgan       *bun;        /* barn- och utbildningsnämnden */
  StyrOrgan       *beredning;  /* a council committee */
  StyrOrgan       *bolag;      /* a municipal company */

  StyrUnit        *sektor;     /* sektor Skola (ADMINISTRATION) */
  StyrUnit        *grundskola; /* OPERATION */
  StyrUnit        *enhet;      /* a school (UNIT) */

  StyrPerspective *medborgare;
  StyrPerspective *ekonomi;
  StyrDocument    *budget;

  StyrGoal        *im;         /* inriktningsmål */
  StyrGoal        *nm;         /* nämndmål */
  StyrGoal        *vm;         /* verksamhetsmål */
  StyrGoal        *em;         /* enhetsmål */
} Chain;

static void
chain_setup (Chain         *c,
             gconstpointer  data)
{
  c->model = styr_model_new ();
  styr_model_set_name (c->model, "Borlänge");
  styr_model_set_kommunkod (c->model, "2081");
  styr_model_set_vision (c->model, "Borlänge – en kommun där människor vill leva, verka och bo");

  c->kf = add (c->model, styr_organ_new ("kf", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige"));
  c->ks = add (c->model, styr_organ_new ("ks", STYR_ORGAN_KIND_EXECUTIVE_BOARD, "Kommunstyrelsen"));
  c->bun = add (c->model, styr_organ_new ("bun", STYR_ORGAN_KIND_BOARD, "Barn- och utbildningsnämnden"));
  c->beredning = add (c->model, styr_organ_new ("demokratiberedningen", STYR_ORGAN_KIND_COMMITTEE, "Demokratiberedningen"));
  c->bolag = add (c->model, styr_organ_new ("energibolaget", STYR_ORGAN_KIND_COMPANY, "Borlänge Energi AB"));

  c->sektor = add (c->model, styr_unit_new ("sektor-skola", STYR_UNIT_KIND_ADMINISTRATION, "Sektor Skola"));
  c->grundskola = add (c->model, styr_unit_new ("grundskola", STYR_UNIT_KIND_OPERATION, "Grundskola"));
  c->enhet = add (c->model, styr_unit_new ("tjarnaskolan", STYR_UNIT_KIND_UNIT, "Tjärnaskolan"));

  c->medborgare = add (c->model, styr_perspective_new ("medborgare", "Medborgare"));
  c->ekonomi = add (c->model, styr_perspective_new ("ekonomi", "Ekonomi"));
  c->budget = add (c->model, styr_document_new ("budget-2010", STYR_DOCUMENT_KIND_BUDGET, "Budget 2010"));

  c->im = add (c->model, styr_goal_new ("im-1", STYR_GOAL_LEVEL_COUNCIL, "Borlänge ska ha nöjda medborgare"));
  c->nm = add (c->model, styr_goal_new ("nm-1", STYR_GOAL_LEVEL_BOARD, "Fler elever når kunskapsmålen"));
  c->vm = add (c->model, styr_goal_new ("vm-1", STYR_GOAL_LEVEL_OPERATIONAL, "Alla elever läser i årskurs 3"));
  c->em = add (c->model, styr_goal_new ("em-1", STYR_GOAL_LEVEL_UNIT, "Läsfrämjande arbete i varje klass"));
}

static void
chain_link (Chain *c)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_goal_set_owner (c->im, STYR_ENTITY (c->kf), &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_set_owner (c->nm, STYR_ENTITY (c->bun), &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_set_owner (c->vm, STYR_ENTITY (c->sektor), &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_set_owner (c->em, STYR_ENTITY (c->enhet), &error));
  g_assert_no_error (error);

  g_assert_true (styr_goal_add_parent (c->nm, c->im, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_parent (c->vm, c->nm, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_parent (c->em, c->vm, &error));
  g_assert_no_error (error);
}

static void
chain_teardown (Chain         *c,
                gconstpointer  data)
{
  g_clear_object (&c->model);
}

static void
test_goal_new (void)
{
  g_autoptr(StyrGoal) goal = styr_goal_new ("nm-2", STYR_GOAL_LEVEL_BOARD, "Ökad trygghet");
  g_autoptr(StyrEntity) owner = NULL;
  StyrGoalLevel level;

  g_assert_cmpstr (styr_entity_get_id (STYR_ENTITY (goal)), ==, "nm-2");
  g_assert_cmpstr (styr_goal_get_title (goal), ==, "Ökad trygghet");
  g_assert_cmpstr (styr_entity_get_label (STYR_ENTITY (goal)), ==, "Ökad trygghet");
  g_assert_cmpint (styr_goal_get_level (goal), ==, STYR_GOAL_LEVEL_BOARD);
  g_assert_null (styr_goal_get_owner (goal));
  g_assert_null (styr_goal_get_perspective (goal));
  g_assert_null (styr_goal_get_document (goal));
  g_assert_null (styr_goal_get_primary_parent (goal));
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_parents (goal)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_children (goal)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_indicators (goal)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_focus_areas (goal)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_activities (goal)), ==, 0);
  g_assert_true (g_list_model_get_item_type (styr_goal_get_parents (goal)) == STYR_TYPE_GOAL);
  g_assert_true (g_list_model_get_item_type (styr_goal_get_indicators (goal)) == STYR_TYPE_INDICATOR);
  g_assert_true (g_list_model_get_item_type (styr_goal_get_activities (goal)) == STYR_TYPE_ACTIVITY);

  styr_goal_set_description (goal, "Invånarna ska känna sig trygga");
  g_assert_cmpstr (styr_goal_get_description (goal), ==, "Invånarna ska känna sig trygga");

  g_object_get (goal, "level", &level, "owner", &owner, NULL);
  g_assert_cmpint (level, ==, STYR_GOAL_LEVEL_BOARD);
  g_assert_null (owner);
}

static void
test_goal_chain_borlange (Chain         *c,
                          gconstpointer  data)
{
  g_autoptr(GListModel) ancestors = NULL;
  g_autoptr(GListModel) descendants = NULL;
  g_autoptr(GListModel) council_goals = NULL;

  chain_link (c);

  g_assert_cmpstr (styr_model_get_vision (c->model), ==,
                   "Borlänge – en kommun där människor vill leva, verka och bo");
  g_assert_true (styr_goal_get_owner (c->im) == STYR_ENTITY (c->kf));
  g_assert_true (styr_goal_get_owner (c->nm) == STYR_ENTITY (c->bun));
  g_assert_true (styr_goal_get_owner (c->vm) == STYR_ENTITY (c->sektor));
  g_assert_true (styr_goal_get_owner (c->em) == STYR_ENTITY (c->enhet));

  /* The inriktningsmål serves the vision directly: no parent goal. */
  g_assert_null (styr_goal_get_primary_parent (c->im));
  g_assert_true (styr_goal_get_primary_parent (c->nm) == c->im);
  g_assert_true (styr_goal_get_primary_parent (c->vm) == c->nm);
  g_assert_true (styr_goal_get_primary_parent (c->em) == c->vm);

  assert_ids (styr_goal_get_children (c->im), "nm-1");
  assert_ids (styr_goal_get_children (c->nm), "vm-1");
  assert_ids (styr_goal_get_children (c->vm), "em-1");
  assert_ids (styr_goal_get_children (c->em), "");

  ancestors = styr_goal_get_ancestors (c->em);
  assert_ids (ancestors, "vm-1 nm-1 im-1");
  descendants = styr_goal_get_descendants (c->im);
  assert_ids (descendants, "nm-1 vm-1 em-1");

  council_goals = styr_model_get_goals_at_level (c->model, STYR_GOAL_LEVEL_COUNCIL);
  assert_ids (council_goals, "im-1");
}

static void
test_goal_owner_levels (Chain         *c,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StyrGoal *ks_goal;
  StyrGoal *bolag_goal;
  StyrGoal *op_goal;

  /* The owners each level accepts. */
  ks_goal = add (c->model, styr_goal_new ("nm-ks", STYR_GOAL_LEVEL_BOARD, "Effektiv lokalförsörjning"));
  g_assert_true (styr_goal_set_owner (ks_goal, STYR_ENTITY (c->ks), &error));
  g_assert_no_error (error);
  bolag_goal = add (c->model, styr_goal_new ("nm-bolag", STYR_GOAL_LEVEL_BOARD, "Förnybar energi"));
  g_assert_true (styr_goal_set_owner (bolag_goal, STYR_ENTITY (c->bolag), &error));
  g_assert_no_error (error);
  op_goal = add (c->model, styr_goal_new ("vm-2", STYR_GOAL_LEVEL_OPERATIONAL, "Behöriga lärare"));
  g_assert_true (styr_goal_set_owner (op_goal, STYR_ENTITY (c->grundskola), &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_set_owner (c->vm, STYR_ENTITY (c->sektor), &error));
  g_assert_no_error (error);

  /* A nämndmål owned by a unit. */
  g_assert_false (styr_goal_set_owner (c->nm, STYR_ENTITY (c->enhet), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_false (styr_goal_set_owner (c->nm, STYR_ENTITY (c->sektor), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_false (styr_goal_set_owner (c->nm, STYR_ENTITY (c->kf), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_false (styr_goal_set_owner (c->nm, STYR_ENTITY (c->beredning), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_null (styr_goal_get_owner (c->nm));

  /* An inriktningsmål owned by a nämnd or the executive board. */
  g_assert_true (styr_goal_set_owner (c->im, STYR_ENTITY (c->kf), &error));
  g_assert_no_error (error);
  g_assert_false (styr_goal_set_owner (c->im, STYR_ENTITY (c->bun), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_false (styr_goal_set_owner (c->im, STYR_ENTITY (c->ks), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_true (styr_goal_get_owner (c->im) == STYR_ENTITY (c->kf));

  /* A verksamhetsmål owned by a unit or an organ. */
  g_assert_false (styr_goal_set_owner (c->vm, STYR_ENTITY (c->enhet), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_false (styr_goal_set_owner (c->vm, STYR_ENTITY (c->bun), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_true (styr_goal_get_owner (c->vm) == STYR_ENTITY (c->sektor));

  /* An enhetsmål owned by an operation. */
  g_assert_false (styr_goal_set_owner (c->em, STYR_ENTITY (c->grundskola), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_true (styr_goal_set_owner (c->em, STYR_ENTITY (c->enhet), &error));
  g_assert_no_error (error);

  /* Neither an organ nor a unit. */
  g_assert_false (styr_goal_set_owner (c->nm, STYR_ENTITY (c->medborgare), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_false (styr_goal_set_owner (c->nm, STYR_ENTITY (c->im), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_null (styr_goal_get_owner (c->nm));

  /* Clearing. */
  g_assert_true (styr_goal_set_owner (c->em, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (styr_goal_get_owner (c->em));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_goal_owner_notify (Chain         *c,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrEntity) owner = NULL;
  guint count = 0;

  g_signal_connect (c->nm, "notify::owner", G_CALLBACK (count_notify), &count);

  g_assert_true (styr_goal_set_owner (c->nm, STYR_ENTITY (c->bun), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 1);

  /* The same owner again: no notification. */
  g_assert_true (styr_goal_set_owner (c->nm, STYR_ENTITY (c->bun), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 1);

  /* A failing call: no notification. */
  g_assert_false (styr_goal_set_owner (c->nm, STYR_ENTITY (c->enhet), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_cmpuint (count, ==, 1);

  g_object_get (c->nm, "owner", &owner, NULL);
  g_assert_true (owner == STYR_ENTITY (c->bun));

  g_assert_true (styr_goal_set_owner (c->nm, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 2);

  g_signal_handlers_disconnect_by_func (c->nm, count_notify, &count);
}

static void
test_goal_perspective_document (Chain         *c,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPerspective) perspective = NULL;
  guint perspective_count = 0;
  guint document_count = 0;

  g_signal_connect (c->im, "notify::perspective", G_CALLBACK (count_notify), &perspective_count);
  g_signal_connect (c->im, "notify::document", G_CALLBACK (count_notify), &document_count);

  g_assert_true (styr_goal_set_perspective (c->im, c->medborgare, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_set_perspective (c->im, c->medborgare, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (perspective_count, ==, 1);
  g_assert_true (styr_goal_get_perspective (c->im) == c->medborgare);
  g_object_get (c->im, "perspective", &perspective, NULL);
  g_assert_true (perspective == c->medborgare);

  g_assert_true (styr_goal_set_perspective (c->im, c->ekonomi, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (perspective_count, ==, 2);

  g_assert_true (styr_goal_set_document (c->im, c->budget, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_get_document (c->im) == c->budget);
  g_assert_cmpuint (document_count, ==, 1);

  g_assert_true (styr_goal_set_document (c->im, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (styr_goal_get_document (c->im));
  g_assert_cmpuint (document_count, ==, 2);

  g_signal_handlers_disconnect_by_func (c->im, count_notify, &perspective_count);
  g_signal_handlers_disconnect_by_func (c->im, count_notify, &document_count);
}

static void
test_goal_wrong_model (Chain         *c,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) other = styr_model_new ();
  g_autoptr(StyrGoal) loose = styr_goal_new ("im-loose", STYR_GOAL_LEVEL_COUNCIL, "Fristående mål");
  g_autoptr(StyrOrgan) loose_kf = styr_organ_new ("kf-2", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige");
  g_autoptr(StyrIndicator) loose_indicator = styr_indicator_new ("ind-loose", "Fristående nyckeltal");
  StyrOrgan *other_kf;
  StyrGoal *other_im;
  StyrPerspective *other_perspective;
  StyrDocument *other_document;
  StyrIndicator *other_indicator;
  StyrFocusArea *other_focus_area;

  other_kf = add (other, styr_organ_new ("kf", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige"));
  other_im = add (other, styr_goal_new ("im-1", STYR_GOAL_LEVEL_COUNCIL, "Ett mål i en annan kommun"));
  other_perspective = add (other, styr_perspective_new ("medborgare", "Medborgare"));
  other_document = add (other, styr_document_new ("budget", STYR_DOCUMENT_KIND_BUDGET, "Budget"));
  other_indicator = add (other, styr_indicator_new ("ind", "Nöjd-Medborgar-Index"));
  other_focus_area = add (other, styr_focus_area_new ("integration", "Integration"));

  /* Entities of another model. */
  g_assert_false (styr_goal_set_owner (c->im, STYR_ENTITY (other_kf), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_goal_add_parent (c->nm, other_im, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_goal_set_perspective (c->im, other_perspective, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_goal_set_document (c->im, other_document, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_goal_add_indicator (c->nm, other_indicator, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_goal_add_focus_area (c->nm, other_focus_area, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);

  /* Entities in no model, on either side. */
  g_assert_false (styr_goal_set_owner (c->im, STYR_ENTITY (loose_kf), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_goal_add_parent (c->nm, loose, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_goal_add_indicator (c->nm, loose_indicator, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_goal_set_owner (loose, STYR_ENTITY (c->kf), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_goal_set_owner (loose, NULL, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_goal_add_parent (loose, c->im, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);

  /* Nothing changed. */
  g_assert_null (styr_goal_get_owner (c->im));
  g_assert_null (styr_goal_get_perspective (c->im));
  g_assert_null (styr_goal_get_document (c->im));
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_parents (c->nm)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_children (other_im)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_children (c->im)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_indicators (c->nm)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_focus_areas (c->nm)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_parents (loose)), ==, 0);
}

static void
test_goal_parent_wrong_level (Chain         *c,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  chain_link (c);

  /* An inriktningsmål under a nämndmål, a nämndmål under an enhetsmål. */
  g_assert_false (styr_goal_add_parent (c->im, c->nm, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_LEVEL);
  g_clear_error (&error);
  g_assert_false (styr_goal_add_parent (c->nm, c->em, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_LEVEL);
  g_clear_error (&error);
  g_assert_false (styr_goal_add_parent (c->vm, c->em, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_LEVEL);
  g_clear_error (&error);

  assert_ids (styr_goal_get_parents (c->im), "");
  assert_ids (styr_goal_get_parents (c->nm), "im-1");
  assert_ids (styr_goal_get_parents (c->vm), "nm-1");
  assert_ids (styr_goal_get_children (c->nm), "vm-1");
  assert_ids (styr_goal_get_children (c->em), "");

  /* Skipping levels upwards is allowed: an enhetsmål may serve a
   * nämndmål directly. */
  g_assert_true (styr_goal_add_parent (c->em, c->nm, &error));
  g_assert_no_error (error);
  assert_ids (styr_goal_get_parents (c->em), "vm-1 nm-1");
}

static void
test_goal_parent_same_level (Chain         *c,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StyrGoal *nm2 = add (c->model, styr_goal_new ("nm-2", STYR_GOAL_LEVEL_BOARD, "Ökad måluppfyllelse i matematik"));

  g_assert_true (styr_goal_add_parent (nm2, c->nm, &error));
  g_assert_no_error (error);
  assert_ids (styr_goal_get_children (c->nm), "nm-2");
}

static void
test_goal_parent_self (Chain         *c,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (styr_goal_add_parent (c->nm, c->nm, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_CYCLE);
  g_assert_nonnull (g_strstr_len (error->message, -1, "nm-1"));

  assert_ids (styr_goal_get_parents (c->nm), "");
  assert_ids (styr_goal_get_children (c->nm), "");
}

static void
test_goal_parent_cycle (Chain         *c,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StyrGoal *a = add (c->model, styr_goal_new ("im-a", STYR_GOAL_LEVEL_COUNCIL, "Attraktiv kommun"));
  StyrGoal *b = add (c->model, styr_goal_new ("im-b", STYR_GOAL_LEVEL_COUNCIL, "Fler arbetstillfällen"));
  StyrGoal *d = add (c->model, styr_goal_new ("im-c", STYR_GOAL_LEVEL_COUNCIL, "Fler företag"));

  /* a ← b ← c */
  g_assert_true (styr_goal_add_parent (b, a, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_parent (d, b, &error));
  g_assert_no_error (error);

  /* a under c closes the cycle a ← b ← c ← a. */
  g_assert_false (styr_goal_add_parent (a, d, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_CYCLE);
  g_assert_nonnull (g_strstr_len (error->message, -1, "im-a"));
  g_assert_nonnull (g_strstr_len (error->message, -1, "im-c"));
  g_clear_error (&error);

  /* So does a two-goal cycle. */
  g_assert_false (styr_goal_add_parent (a, b, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_CYCLE);
  g_clear_error (&error);

  /* Nothing changed. */
  assert_ids (styr_goal_get_parents (a), "");
  assert_ids (styr_goal_get_parents (b), "im-a");
  assert_ids (styr_goal_get_parents (d), "im-b");
  assert_ids (styr_goal_get_children (a), "im-b");
  assert_ids (styr_goal_get_children (b), "im-c");
  assert_ids (styr_goal_get_children (d), "");

  /* A shortcut along the chain is no cycle. */
  g_assert_true (styr_goal_add_parent (d, a, &error));
  g_assert_no_error (error);
  assert_ids (styr_goal_get_parents (d), "im-b im-a");
}

static void
test_goal_parent_duplicate (Chain         *c,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  chain_link (c);

  g_assert_false (styr_goal_add_parent (c->nm, c->im, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  assert_ids (styr_goal_get_parents (c->nm), "im-1");
  assert_ids (styr_goal_get_children (c->im), "nm-1");
}

static void
test_goal_parent_remove (Chain         *c,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StyrGoal *im2 = add (c->model, styr_goal_new ("im-2", STYR_GOAL_LEVEL_COUNCIL, "God ekonomisk hushållning"));

  chain_link (c);
  g_assert_true (styr_goal_add_parent (c->nm, im2, &error));
  g_assert_no_error (error);

  g_assert_true (styr_goal_remove_parent (c->nm, c->im, &error));
  g_assert_no_error (error);
  assert_ids (styr_goal_get_parents (c->nm), "im-2");
  assert_ids (styr_goal_get_children (c->im), "");
  g_assert_true (styr_goal_get_primary_parent (c->nm) == im2);

  g_assert_false (styr_goal_remove_parent (c->nm, c->im, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_ids (styr_goal_get_parents (c->nm), "im-2");

  g_assert_true (styr_goal_remove_parent (c->nm, im2, &error));
  g_assert_no_error (error);
  g_assert_null (styr_goal_get_primary_parent (c->nm));
  assert_ids (styr_goal_get_children (im2), "");
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

static void
test_goal_parent_primary (Chain         *c,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StyrGoal *im2 = add (c->model, styr_goal_new ("im-2", STYR_GOAL_LEVEL_COUNCIL, "Trygg uppväxt"));
  StyrGoal *im3 = add (c->model, styr_goal_new ("im-3", STYR_GOAL_LEVEL_COUNCIL, "Livslångt lärande"));
  GListModel *parents = styr_goal_get_parents (c->nm);
  guint changes = 0;

  g_signal_connect (parents, "items-changed", G_CALLBACK (count_items_changed), &changes);

  /* The first parent added is primary. */
  g_assert_true (styr_goal_add_parent (c->nm, c->im, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_parent (c->nm, im2, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_get_primary_parent (c->nm) == c->im);
  g_assert_cmpuint (changes, ==, 2);

  /* The live list follows set_primary_parent(). */
  g_assert_true (styr_goal_set_primary_parent (c->nm, im2, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_get_primary_parent (c->nm) == im2);
  assert_ids (parents, "im-2 im-1");
  g_assert_cmpuint (changes, >, 2);

  /* Setting the primary parent again changes nothing. */
  changes = 0;
  g_assert_true (styr_goal_set_primary_parent (c->nm, im2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 0);

  /* It must already be a parent. */
  g_assert_false (styr_goal_set_primary_parent (c->nm, im3, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_ids (parents, "im-2 im-1");
  assert_ids (styr_goal_get_children (im3), "");

  g_signal_handlers_disconnect_by_func (parents, count_items_changed, &changes);
}

static void
test_goal_ancestors_diamond (Chain         *c,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) ancestors = NULL;
  g_autoptr(GListModel) descendants = NULL;
  g_autoptr(GListModel) none = NULL;
  StyrGoal *nm2 = add (c->model, styr_goal_new ("nm-2", STYR_GOAL_LEVEL_BOARD, "Fler elever med godkända betyg"));

  /* im ← nm, im ← nm2, nm ← vm, nm2 ← vm, vm ← em */
  chain_link (c);
  g_assert_true (styr_goal_add_parent (nm2, c->im, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_parent (c->vm, nm2, &error));
  g_assert_no_error (error);

  ancestors = styr_goal_get_ancestors (c->em);
  assert_ids (ancestors, "vm-1 nm-1 nm-2 im-1");
  g_assert_true (g_list_model_get_item_type (ancestors) == STYR_TYPE_GOAL);
  g_clear_object (&ancestors);
  ancestors = styr_goal_get_ancestors (c->vm);
  assert_ids (ancestors, "nm-1 nm-2 im-1");

  descendants = styr_goal_get_descendants (c->im);
  assert_ids (descendants, "nm-1 nm-2 vm-1 em-1");

  none = styr_goal_get_ancestors (c->im);
  assert_ids (none, "");

  /* A snapshot does not follow later changes. */
  g_assert_true (styr_goal_remove_parent (c->vm, nm2, &error));
  g_assert_no_error (error);
  assert_ids (descendants, "nm-1 nm-2 vm-1 em-1");
  g_clear_object (&descendants);
  descendants = styr_goal_get_descendants (c->im);
  assert_ids (descendants, "nm-1 nm-2 vm-1 em-1");
  g_clear_object (&descendants);
  descendants = styr_goal_get_descendants (nm2);
  assert_ids (descendants, "");
}

static void
test_goal_indicators (Chain         *c,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StyrIndicator *nmi = add (c->model, styr_indicator_new ("nmi", "Nöjd-Medborgar-Index"));
  StyrIndicator *meritvarde = add (c->model, styr_indicator_new ("meritvarde", "Genomsnittligt meritvärde åk 9"));

  g_assert_true (styr_goal_add_indicator (c->nm, meritvarde, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_indicator (c->nm, nmi, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_indicator (c->im, nmi, &error));
  g_assert_no_error (error);
  assert_ids (styr_goal_get_indicators (c->nm), "meritvarde nmi");
  assert_ids (styr_indicator_get_goals (nmi), "nm-1 im-1");
  assert_ids (styr_indicator_get_goals (meritvarde), "nm-1");

  g_assert_false (styr_goal_add_indicator (c->nm, nmi, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  assert_ids (styr_goal_get_indicators (c->nm), "meritvarde nmi");
  assert_ids (styr_indicator_get_goals (nmi), "nm-1 im-1");

  g_assert_true (styr_goal_remove_indicator (c->nm, nmi, &error));
  g_assert_no_error (error);
  assert_ids (styr_goal_get_indicators (c->nm), "meritvarde");
  assert_ids (styr_indicator_get_goals (nmi), "im-1");

  g_assert_false (styr_goal_remove_indicator (c->nm, nmi, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_ids (styr_indicator_get_goals (nmi), "im-1");

  /* An indicator a goal is followed up with cannot go. */
  g_assert_false (styr_model_remove (c->model, STYR_ENTITY (meritvarde), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_true (styr_entity_get_model (STYR_ENTITY (meritvarde)) == c->model);
}

static void
test_goal_focus_areas (Chain         *c,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StyrFocusArea *integration = add (c->model, styr_focus_area_new ("integration", "Integration"));
  StyrFocusArea *tillvaxt = add (c->model, styr_focus_area_new ("tillvaxt", "Arbete och tillväxt"));

  /* Goals at every level may belong to a focus area. */
  g_assert_true (styr_goal_add_focus_area (c->im, integration, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_focus_area (c->em, integration, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_focus_area (c->em, tillvaxt, &error));
  g_assert_no_error (error);
  assert_ids (styr_goal_get_focus_areas (c->em), "integration tillvaxt");
  assert_ids (styr_focus_area_get_goals (integration), "im-1 em-1");
  assert_ids (styr_focus_area_get_goals (tillvaxt), "em-1");

  g_assert_false (styr_goal_add_focus_area (c->em, tillvaxt, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  assert_ids (styr_focus_area_get_goals (tillvaxt), "em-1");

  g_assert_true (styr_goal_remove_focus_area (c->em, integration, &error));
  g_assert_no_error (error);
  assert_ids (styr_goal_get_focus_areas (c->em), "tillvaxt");
  assert_ids (styr_focus_area_get_goals (integration), "im-1");

  g_assert_false (styr_goal_remove_focus_area (c->em, integration, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static void
test_goal_activities (Chain         *c,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StyrActivity *lasombud = add (c->model, styr_activity_new ("akt-1", "Läsombud på varje skola"));
  StyrActivity *lasfor = add (c->model, styr_activity_new ("akt-2", "Läsförståelsetest i åk 2"));
  GListModel *activities = styr_goal_get_activities (c->vm);

  g_assert_true (styr_activity_add_goal (lasombud, c->vm, &error));
  g_assert_no_error (error);
  g_assert_true (styr_activity_add_goal (lasfor, c->vm, &error));
  g_assert_no_error (error);
  assert_ids (activities, "akt-1 akt-2");

  g_assert_true (styr_activity_remove_goal (lasombud, c->vm, &error));
  g_assert_no_error (error);
  assert_ids (activities, "akt-2");
}

static void
test_goal_remove_in_use (Chain         *c,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StyrActivity *activity = add (c->model, styr_activity_new ("akt-1", "Läsombud på varje skola"));
  guint n = styr_model_get_n_entities (c->model);

  chain_link (c);

  /* A goal with a child goal. */
  g_assert_false (styr_model_remove (c->model, STYR_ENTITY (c->nm), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_true (styr_entity_get_model (STYR_ENTITY (c->nm)) == c->model);
  g_assert_true (styr_model_lookup_goal (c->model, "nm-1") == c->nm);
  g_assert_true (styr_goal_get_owner (c->nm) == STYR_ENTITY (c->bun));
  assert_ids (styr_goal_get_parents (c->nm), "im-1");
  assert_ids (styr_goal_get_children (c->nm), "vm-1");
  assert_ids (styr_goal_get_children (c->im), "nm-1");

  /* A goal an activity serves. */
  g_assert_true (styr_activity_add_goal (activity, c->em, &error));
  g_assert_no_error (error);
  g_assert_false (styr_model_remove (c->model, STYR_ENTITY (c->em), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);
  assert_ids (styr_goal_get_parents (c->em), "vm-1");
  assert_ids (styr_goal_get_activities (c->em), "akt-1");

  /* The owner, the perspective of a goal. */
  g_assert_true (styr_goal_set_perspective (c->em, c->medborgare, &error));
  g_assert_no_error (error);
  g_assert_false (styr_model_remove (c->model, STYR_ENTITY (c->enhet), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_false (styr_model_remove (c->model, STYR_ENTITY (c->medborgare), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_cmpuint (styr_model_get_n_entities (c->model), ==, n);
}

static void
test_goal_remove_leaf (Chain         *c,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrGoal) em = g_object_ref (c->em);
  StyrIndicator *indicator = add (c->model, styr_indicator_new ("lasforstaelse", "Andel elever med godkänd läsförståelse"));
  StyrFocusArea *focus_area = add (c->model, styr_focus_area_new ("integration", "Integration"));
  GListModel *parents = styr_goal_get_parents (em);
  guint n = styr_model_get_n_entities (c->model);

  chain_link (c);
  g_assert_true (styr_goal_set_perspective (em, c->medborgare, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_indicator (em, indicator, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_focus_area (em, focus_area, &error));
  g_assert_no_error (error);

  g_assert_true (styr_model_remove (c->model, STYR_ENTITY (em), &error));
  g_assert_no_error (error);

  g_assert_null (styr_entity_get_model (STYR_ENTITY (em)));
  g_assert_null (styr_model_lookup (c->model, "em-1"));
  g_assert_cmpuint (styr_model_get_n_entities (c->model), ==, n - 1);
  assert_ids (styr_goal_get_children (c->vm), "");
  assert_ids (styr_indicator_get_goals (indicator), "");
  assert_ids (styr_focus_area_get_goals (focus_area), "");
  assert_ids (parents, "");
  assert_ids (styr_goal_get_indicators (em), "");
  assert_ids (styr_goal_get_focus_areas (em), "");
  g_assert_null (styr_goal_get_owner (em));
  g_assert_null (styr_goal_get_perspective (em));

  /* What it referred to can go now. */
  g_assert_true (styr_model_remove (c->model, STYR_ENTITY (c->enhet), &error));
  g_assert_no_error (error);
  g_assert_true (styr_model_remove (c->model, STYR_ENTITY (indicator), &error));
  g_assert_no_error (error);

  /* The removed goal can join the model again; its held list stays live. */
  g_assert_true (styr_model_add (c->model, STYR_ENTITY (em), &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_parent (em, c->vm, &error));
  g_assert_no_error (error);
  assert_ids (parents, "vm-1");
}

static void
test_goal_model_dispose (void)
{
  g_autoptr(GError) error = NULL;
  StyrModel *model = styr_model_new ();
  g_autoptr(StyrGoal) im = styr_goal_new ("im-1", STYR_GOAL_LEVEL_COUNCIL, "Nöjda medborgare");
  g_autoptr(StyrGoal) nm = styr_goal_new ("nm-1", STYR_GOAL_LEVEL_BOARD, "Fler elever når målen");
  g_autoptr(StyrOrgan) bun = styr_organ_new ("bun", STYR_ORGAN_KIND_BOARD, "Barn- och utbildningsnämnden");
  g_autoptr(StyrIndicator) indicator = styr_indicator_new ("meritvarde", "Meritvärde");
  g_autoptr(GListModel) children = NULL;
  StyrFocusArea *focus_area;
  StyrActivity *activity;

  g_assert_true (styr_model_add (model, STYR_ENTITY (im), &error));
  g_assert_no_error (error);
  g_assert_true (styr_model_add (model, STYR_ENTITY (nm), &error));
  g_assert_no_error (error);
  g_assert_true (styr_model_add (model, STYR_ENTITY (bun), &error));
  g_assert_no_error (error);
  g_assert_true (styr_model_add (model, STYR_ENTITY (indicator), &error));
  g_assert_no_error (error);
  focus_area = add (model, styr_focus_area_new ("integration", "Integration"));
  activity = add (model, styr_activity_new ("akt-1", "Läxhjälp"));

  g_assert_true (styr_goal_set_owner (nm, STYR_ENTITY (bun), &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_parent (nm, im, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_indicator (nm, indicator, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_focus_area (nm, focus_area, &error));
  g_assert_no_error (error);
  g_assert_true (styr_activity_add_goal (activity, nm, &error));
  g_assert_no_error (error);

  /* Live views made before the model goes: they hold references to
   * goals, which must not keep anything alive or point to freed memory. */
  children = g_object_ref (styr_goal_get_children (im));
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_parents (nm)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_activities (nm)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_focus_areas (nm)), ==, 1);

  g_object_unref (model);

  g_assert_null (styr_entity_get_model (STYR_ENTITY (im)));
  g_assert_null (styr_entity_get_model (STYR_ENTITY (nm)));
  g_assert_null (styr_goal_get_owner (nm));
  g_assert_null (styr_goal_get_primary_parent (nm));
  assert_ids (children, "");
  assert_ids (styr_goal_get_parents (nm), "");
  assert_ids (styr_goal_get_indicators (nm), "");
  assert_ids (styr_goal_get_focus_areas (nm), "");
  assert_ids (styr_goal_get_activities (nm), "");
  assert_ids (styr_indicator_get_goals (indicator), "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD_CHAIN_TEST(path, func) \
  g_test_add (path, Chain, NULL, chain_setup, func, chain_teardown)

  g_test_add_func ("/goal/new", test_goal_new);
  ADD_CHAIN_TEST ("/goal/chain/borlange", test_goal_chain_borlange);
  ADD_CHAIN_TEST ("/goal/owner/levels", test_goal_owner_levels);
  ADD_CHAIN_TEST ("/goal/owner/notify", test_goal_owner_notify);
  ADD_CHAIN_TEST ("/goal/perspective-document", test_goal_perspective_document);
  ADD_CHAIN_TEST ("/goal/wrong-model", test_goal_wrong_model);
  ADD_CHAIN_TEST ("/goal/parent/wrong-level", test_goal_parent_wrong_level);
  ADD_CHAIN_TEST ("/goal/parent/same-level", test_goal_parent_same_level);
  ADD_CHAIN_TEST ("/goal/parent/self", test_goal_parent_self);
  ADD_CHAIN_TEST ("/goal/parent/cycle", test_goal_parent_cycle);
  ADD_CHAIN_TEST ("/goal/parent/duplicate", test_goal_parent_duplicate);
  ADD_CHAIN_TEST ("/goal/parent/remove", test_goal_parent_remove);
  ADD_CHAIN_TEST ("/goal/parent/primary", test_goal_parent_primary);
  ADD_CHAIN_TEST ("/goal/ancestors/diamond", test_goal_ancestors_diamond);
  ADD_CHAIN_TEST ("/goal/indicators", test_goal_indicators);
  ADD_CHAIN_TEST ("/goal/focus-areas", test_goal_focus_areas);
  ADD_CHAIN_TEST ("/goal/activities", test_goal_activities);
  ADD_CHAIN_TEST ("/goal/remove/in-use", test_goal_remove_in_use);
  ADD_CHAIN_TEST ("/goal/remove/leaf", test_goal_remove_leaf);
  g_test_add_func ("/goal/model-dispose", test_goal_model_dispose);

#undef ADD_CHAIN_TEST

  return g_test_run ();
}
