/* test-preset.c — styr_model_apply_preset()
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>
#include <string.h>

#include <libstyr/styr.h>

typedef struct
{
  const char *id;
  const char *name;
} Expected;

static const Expected borlange[] = {
  { "medborgare", "Medborgare" },
  { "ekonomi", "Ekonomi" },
  { "verksamhet", "Verksamhet" },
  { "utveckling", "Utveckling" },
};

static const Expected ratten[] = {
  { "medborgarfokus", "Medborgarfokus" },
  { "effektiva-verksamheter", "Effektiva verksamheter" },
  { "samhallsutveckling", "Samhällsutveckling" },
  { "medskapande-medarbetare", "Medskapande medarbetare" },
};

static const Expected balanced_scorecard[] = {
  { "finansiellt", "Finansiellt" },
  { "kund", "Kund" },
  { "interna-processer", "Interna processer" },
  { "larande-och-tillvaxt", "Lärande och tillväxt" },
};

static void
assert_perspectives (StyrModel      *model,
                     const Expected *expected,
                     guint           n_expected)
{
  GListModel *perspectives = styr_model_get_perspectives (model);

  g_assert_cmpuint (g_list_model_get_n_items (perspectives), ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      g_autoptr(StyrPerspective) p = g_list_model_get_item (perspectives, i);
      const char *colour;

      g_assert_cmpstr (styr_entity_get_id (STYR_ENTITY (p)), ==, expected[i].id);
      g_assert_cmpstr (styr_perspective_get_name (p), ==, expected[i].name);
      g_assert_cmpstr (styr_entity_get_label (STYR_ENTITY (p)), ==, expected[i].name);
      g_assert_true (styr_model_lookup_perspective (model, expected[i].id) == p);

      colour = styr_perspective_get_colour (p);
      g_assert_nonnull (colour);
      g_assert_cmpint (colour[0], ==, '#');
      g_assert_cmpuint (strlen (colour), ==, 7);
      g_assert_nonnull (styr_perspective_get_description (p));
      g_assert_cmpstr (styr_perspective_get_description (p), !=, "");
    }
}

/* The perspective objects of @model, in order, as a new array. */
static GPtrArray *
snapshot_perspectives (StyrModel *model)
{
  GListModel *perspectives = styr_model_get_perspectives (model);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (perspectives); i++)
    g_ptr_array_add (result, g_list_model_get_item (perspectives, i));
  return result;
}

static void
assert_same_perspectives (StyrModel *model,
                          GPtrArray *before)
{
  GListModel *perspectives = styr_model_get_perspectives (model);

  g_assert_cmpuint (g_list_model_get_n_items (perspectives), ==, before->len);
  for (guint i = 0; i < before->len; i++)
    {
      g_autoptr(StyrPerspective) p = g_list_model_get_item (perspectives, i);

      g_assert_true (p == g_ptr_array_index (before, i));
    }
}

static void
test_preset_borlange_2009 (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_apply_preset (model, STYR_PRESET_BORLANGE_2009, &error));
  g_assert_no_error (error);

  assert_perspectives (model, borlange, G_N_ELEMENTS (borlange));
  /* Only Ratten brings values and an indicator. */
  g_assert_null (styr_model_get_values (model));
  g_assert_cmpuint (g_list_model_get_n_items (styr_model_get_indicators (model)), ==, 0);
  g_assert_cmpuint (styr_model_get_n_entities (model), ==, G_N_ELEMENTS (borlange));
}

static void
test_preset_balanced_scorecard (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_apply_preset (model, STYR_PRESET_BALANCED_SCORECARD, &error));
  g_assert_no_error (error);

  assert_perspectives (model, balanced_scorecard, G_N_ELEMENTS (balanced_scorecard));
  g_assert_null (styr_model_get_values (model));
  g_assert_cmpuint (styr_model_get_n_entities (model), ==, G_N_ELEMENTS (balanced_scorecard));
}

static void
assert_financial_goal (StyrIndicator *indicator)
{
  double value = NAN, high = NAN;

  g_assert_nonnull (indicator);
  g_assert_cmpstr (styr_indicator_get_name (indicator), ==,
                   "Årets resultat i procent av skatteintäkter och generella statsbidrag");
  g_assert_cmpstr (styr_indicator_get_measure_unit (indicator), ==, "%");
  g_assert_cmpint (styr_indicator_get_direction (indicator), ==, STYR_INDICATOR_DIRECTION_HIGHER);
  g_assert_cmpint (styr_indicator_get_source (indicator), ==, STYR_INDICATOR_SOURCE_FINANCE);
  g_assert_cmpint (styr_indicator_get_frequency (indicator), ==, STYR_FREQUENCY_TERTIAL);

  /* The standing target (year 0) holds for every year. */
  g_assert_true (styr_indicator_lookup_target (indicator, 0, &value, &high));
  g_assert_cmpfloat_with_epsilon (value, 2.0, 1e-12);
  value = NAN;
  g_assert_true (styr_indicator_lookup_target (indicator, 2025, &value, &high));
  g_assert_cmpfloat_with_epsilon (value, 2.0, 1e-12);
}

static void
test_preset_ratten (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(GError) error = NULL;
  const char * const *values;

  g_assert_true (styr_model_apply_preset (model, STYR_PRESET_RATTEN, &error));
  g_assert_no_error (error);

  assert_perspectives (model, ratten, G_N_ELEMENTS (ratten));

  values = styr_model_get_values (model);
  g_assert_nonnull (values);
  g_assert_cmpuint (g_strv_length ((char **) values), ==, 3);
  g_assert_cmpstr (values[0], ==, "Öppenhet");
  g_assert_cmpstr (values[1], ==, "Omtanke");
  g_assert_cmpstr (values[2], ==, "Handlingskraft");

  g_assert_cmpuint (g_list_model_get_n_items (styr_model_get_indicators (model)), ==, 1);
  assert_financial_goal (styr_model_lookup_indicator (model, "finansiellt-resultat"));
  g_assert_cmpuint (styr_model_get_n_entities (model), ==, G_N_ELEMENTS (ratten) + 1);
}

static void
test_preset_idempotent (void)
{
  static const StyrPreset presets[] = {
    STYR_PRESET_BORLANGE_2009,
    STYR_PRESET_RATTEN,
    STYR_PRESET_BALANCED_SCORECARD,
  };

  for (guint k = 0; k < G_N_ELEMENTS (presets); k++)
    {
      g_autoptr(StyrModel) model = styr_model_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) before = NULL;
      g_autoptr(StyrGoal) goal = styr_goal_new ("mal-1", STYR_GOAL_LEVEL_COUNCIL, "Ett mål");
      StyrPerspective *first;
      StyrIndicator *indicator;
      guint n_entities;

      g_assert_true (styr_model_apply_preset (model, presets[k], &error));
      g_assert_no_error (error);

      /* A goal in the first perspective stays in it. */
      first = g_ptr_array_index ((before = snapshot_perspectives (model)), 0);
      g_assert_true (styr_model_add (model, STYR_ENTITY (goal), &error));
      g_assert_no_error (error);
      g_assert_true (styr_goal_set_perspective (goal, first, &error));
      g_assert_no_error (error);

      indicator = styr_model_lookup_indicator (model, "finansiellt-resultat");
      n_entities = styr_model_get_n_entities (model);

      /* An edit in between is reset. */
      styr_perspective_set_name (first, "Något annat");

      g_assert_true (styr_model_apply_preset (model, presets[k], &error));
      g_assert_no_error (error);

      assert_same_perspectives (model, before);
      g_assert_cmpuint (styr_model_get_n_entities (model), ==, n_entities);
      g_assert_true (styr_goal_get_perspective (goal) == first);
      g_assert_true (styr_model_lookup_indicator (model, "finansiellt-resultat") == indicator);
      switch (presets[k])
        {
        case STYR_PRESET_BORLANGE_2009:
          assert_perspectives (model, borlange, G_N_ELEMENTS (borlange));
          break;
        case STYR_PRESET_RATTEN:
          assert_perspectives (model, ratten, G_N_ELEMENTS (ratten));
          g_assert_cmpuint (g_list_model_get_n_items (styr_model_get_indicators (model)), ==, 1);
          g_assert_cmpuint (g_strv_length ((char **) styr_model_get_values (model)), ==, 3);
          break;
        case STYR_PRESET_BALANCED_SCORECARD:
        default:
          assert_perspectives (model, balanced_scorecard, G_N_ELEMENTS (balanced_scorecard));
          break;
        }
    }
}

static void
test_preset_switch (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_apply_preset (model, STYR_PRESET_BORLANGE_2009, &error));
  g_assert_no_error (error);
  g_assert_true (styr_model_apply_preset (model, STYR_PRESET_RATTEN, &error));
  g_assert_no_error (error);
  assert_perspectives (model, ratten, G_N_ELEMENTS (ratten));
  g_assert_null (styr_model_lookup (model, "ekonomi"));

  g_assert_true (styr_model_apply_preset (model, STYR_PRESET_BALANCED_SCORECARD, &error));
  g_assert_no_error (error);
  assert_perspectives (model, balanced_scorecard, G_N_ELEMENTS (balanced_scorecard));
  /* The values and the financial goal are ordinary data and stay. */
  g_assert_nonnull (styr_model_get_values (model));
  g_assert_nonnull (styr_model_lookup_indicator (model, "finansiellt-resultat"));
}

static void
test_preset_reorder (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPerspective) utveckling = styr_perspective_new ("utveckling", "Framtid");
  g_autoptr(StyrPerspective) egen = styr_perspective_new ("egen", "Eget perspektiv");
  g_autoptr(StyrPerspective) medborgare = styr_perspective_new ("medborgare", "Brukare");
  GListModel *perspectives = styr_model_get_perspectives (model);
  g_autoptr(StyrPerspective) first = NULL;
  g_autoptr(StyrPerspective) last = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (utveckling), &error));
  g_assert_true (styr_model_add (model, STYR_ENTITY (egen), &error));
  g_assert_true (styr_model_add (model, STYR_ENTITY (medborgare), &error));
  g_assert_no_error (error);

  g_assert_true (styr_model_apply_preset (model, STYR_PRESET_BORLANGE_2009, &error));
  g_assert_no_error (error);

  assert_perspectives (model, borlange, G_N_ELEMENTS (borlange));
  /* Same ids: the same objects, renamed and moved into the preset order. */
  first = g_list_model_get_item (perspectives, 0);
  last = g_list_model_get_item (perspectives, 3);
  g_assert_true (first == medborgare);
  g_assert_true (last == utveckling);
  /* An unused perspective the preset does not know is removed. */
  g_assert_null (styr_model_lookup (model, "egen"));
  g_assert_null (styr_entity_get_model (STYR_ENTITY (egen)));
}

static void
test_preset_in_use (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(StyrGoal) goal = styr_goal_new ("god-ekonomi", STYR_GOAL_LEVEL_COUNCIL,
                                            "God ekonomisk hushållning");
  StyrPerspective *ekonomi;
  guint n_entities;

  g_assert_true (styr_model_apply_preset (model, STYR_PRESET_BORLANGE_2009, &error));
  g_assert_no_error (error);
  ekonomi = styr_model_lookup_perspective (model, "ekonomi");
  g_assert_nonnull (ekonomi);
  g_assert_true (styr_model_add (model, STYR_ENTITY (goal), &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_set_perspective (goal, ekonomi, &error));
  g_assert_no_error (error);

  /* Edit a perspective Ratten would remove, to see that the failing call
   * touches no perspective. */
  styr_perspective_set_name (styr_model_lookup_perspective (model, "medborgare"), "Brukare");

  before = snapshot_perspectives (model);
  n_entities = styr_model_get_n_entities (model);

  g_assert_false (styr_model_apply_preset (model, STYR_PRESET_RATTEN, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_clear_error (&error);

  /* Nothing changed. */
  assert_same_perspectives (model, before);
  g_assert_cmpstr (styr_perspective_get_name (g_ptr_array_index (before, 0)), ==, "Brukare");
  g_assert_cmpstr (styr_entity_get_id (g_ptr_array_index (before, 1)), ==, "ekonomi");
  g_assert_true (styr_goal_get_perspective (goal) == ekonomi);
  g_assert_cmpuint (styr_model_get_n_entities (model), ==, n_entities);
  g_assert_null (styr_model_get_values (model));
  g_assert_null (styr_model_lookup (model, "finansiellt-resultat"));
  g_assert_null (styr_model_lookup (model, "medborgarfokus"));

  /* Once the goal has left the perspective, the switch works. */
  g_assert_true (styr_goal_set_perspective (goal, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (styr_model_apply_preset (model, STYR_PRESET_RATTEN, &error));
  g_assert_no_error (error);
  assert_perspectives (model, ratten, G_N_ELEMENTS (ratten));
}

static void
test_preset_duplicate_id (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrGoal) goal = styr_goal_new ("kund", STYR_GOAL_LEVEL_COUNCIL, "Nöjda kunder");
  g_autoptr(StyrPerspective) egen = styr_perspective_new ("egen", "Eget perspektiv");
  g_autoptr(GPtrArray) before = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (goal), &error));
  g_assert_true (styr_model_add (model, STYR_ENTITY (egen), &error));
  g_assert_no_error (error);
  before = snapshot_perspectives (model);

  g_assert_false (styr_model_apply_preset (model, STYR_PRESET_BALANCED_SCORECARD, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  /* Nothing changed: the unused perspective was not removed. */
  assert_same_perspectives (model, before);
  g_assert_true (styr_entity_get_model (STYR_ENTITY (egen)) == model);
  g_assert_true (styr_model_lookup (model, "kund") == STYR_ENTITY (goal));
  g_assert_cmpuint (styr_model_get_n_entities (model), ==, 2);
}

static void
test_preset_ratten_indicator_exists (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrGoal) goal = styr_goal_new ("finansiellt-resultat", STYR_GOAL_LEVEL_COUNCIL,
                                            "Ett positivt resultat");

  /* Any entity with the id keeps it; the indicator is not added. */
  g_assert_true (styr_model_add (model, STYR_ENTITY (goal), &error));
  g_assert_no_error (error);

  g_assert_true (styr_model_apply_preset (model, STYR_PRESET_RATTEN, &error));
  g_assert_no_error (error);
  g_assert_true (styr_model_lookup (model, "finansiellt-resultat") == STYR_ENTITY (goal));
  g_assert_cmpuint (g_list_model_get_n_items (styr_model_get_indicators (model)), ==, 0);
  assert_perspectives (model, ratten, G_N_ELEMENTS (ratten));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/preset/borlange-2009", test_preset_borlange_2009);
  g_test_add_func ("/preset/ratten", test_preset_ratten);
  g_test_add_func ("/preset/balanced-scorecard", test_preset_balanced_scorecard);
  g_test_add_func ("/preset/idempotent", test_preset_idempotent);
  g_test_add_func ("/preset/switch", test_preset_switch);
  g_test_add_func ("/preset/reorder", test_preset_reorder);
  g_test_add_func ("/preset/in-use", test_preset_in_use);
  g_test_add_func ("/preset/duplicate-id", test_preset_duplicate_id);
  g_test_add_func ("/preset/ratten/indicator-exists", test_preset_ratten_indicator_exists);

  return g_test_run ();
}
