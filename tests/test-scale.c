/* test-scale.c — fulfilment scales (StyrScale, StyrScaleLevel)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>
#include <string.h>

#include <libstyr/styr.h>

typedef struct
{
  const char *id;
  const char *label;
  double      score;
} ExpectedLevel;

static const ExpectedLevel three_level[] = {
  { "uppfyllt", "Uppfyllt", 1.0 },
  { "delvis-uppfyllt", "Delvis uppfyllt", 0.5 },
  { "ej-uppfyllt", "Ej uppfyllt", 0.0 },
};

static const ExpectedLevel vasteras[] = {
  { "kan-uppnas", "Kan uppnås", 1.0 },
  { "kan-delvis-uppnas", "Kan delvis uppnås", 0.5 },
  { "blir-svart-att-uppna", "Blir svårt att uppnå", 0.0 },
};

static const ExpectedLevel jonkoping[] = {
  { "uppnatt", "Uppnått", 1.0 },
  { "bedoms-kunna-uppnas", "Bedöms kunna uppnås", 0.75 },
  { "osakert", "Osäkert", 0.5 },
  { "bedoms-inte-kunna-uppnas", "Bedöms inte kunna uppnås", 0.25 },
  { "har-inte-uppnatts", "Har inte uppnåtts", 0.0 },
};

static void
assert_scale (StyrScale           *scale,
              const char          *id,
              const char          *not_assessed,
              const ExpectedLevel *expected,
              guint                n_expected)
{
  GListModel *levels = styr_scale_get_levels (scale);
  g_autofree char *folded_not_assessed = NULL;

  g_assert_cmpstr (styr_scale_get_id (scale), ==, id);
  g_assert_nonnull (styr_scale_get_name (scale));
  g_assert_cmpstr (styr_scale_get_not_assessed_label (scale), ==, not_assessed);

  g_assert_true (g_list_model_get_item_type (levels) == STYR_TYPE_SCALE_LEVEL);
  g_assert_cmpuint (g_list_model_get_n_items (levels), ==, n_expected);
  g_assert_cmpuint (styr_scale_get_n_levels (scale), ==, n_expected);

  folded_not_assessed = g_utf8_casefold (not_assessed, -1);

  for (guint i = 0; i < n_expected; i++)
    {
      StyrScaleLevel *level = styr_scale_get_level (scale, i);
      g_autoptr(StyrScaleLevel) item = g_list_model_get_item (levels, i);
      g_autofree char *folded_label = NULL;
      const char *colour;

      g_assert_nonnull (level);
      g_assert_true (level == item);
      g_assert_cmpstr (styr_scale_level_get_id (level), ==, expected[i].id);
      g_assert_cmpstr (styr_scale_level_get_label (level), ==, expected[i].label);
      g_assert_cmpfloat_with_epsilon (styr_scale_level_get_score (level), expected[i].score, 1e-12);
      g_assert_true (styr_scale_lookup_level (scale, expected[i].id) == level);

      colour = styr_scale_level_get_colour (level);
      g_assert_nonnull (colour);
      g_assert_cmpint (colour[0], ==, '#');
      g_assert_cmpuint (strlen (colour), ==, 7);

      /* Best first, worst last. */
      if (i > 0)
        g_assert_cmpfloat (styr_scale_level_get_score (level), <,
                           styr_scale_level_get_score (styr_scale_get_level (scale, i - 1)));

      /* "Not assessed" is its own state, never one of the levels. */
      folded_label = g_utf8_casefold (styr_scale_level_get_label (level), -1);
      g_assert_cmpstr (folded_label, !=, folded_not_assessed);
    }

  g_assert_null (styr_scale_get_level (scale, n_expected));
  g_assert_null (styr_scale_lookup_level (scale, "ej-bedomd"));
  g_assert_null (styr_scale_lookup_level (scale, "bedomning-saknas"));
  g_assert_null (styr_scale_lookup_level (scale, "finns-inte"));
  g_assert_null (styr_scale_lookup_level (scale, NULL));
}

static void
test_scale_preset_three_level (void)
{
  g_autoptr(StyrScale) scale = styr_scale_new_preset (STYR_SCALE_PRESET_THREE_LEVEL);

  assert_scale (scale, "tre-nivaer", "Ej bedömd", three_level, G_N_ELEMENTS (three_level));
}

static void
test_scale_preset_vasteras (void)
{
  g_autoptr(StyrScale) scale = styr_scale_new_preset (STYR_SCALE_PRESET_VASTERAS);

  assert_scale (scale, "vasteras", "Bedömning saknas", vasteras, G_N_ELEMENTS (vasteras));
}

static void
test_scale_preset_jonkoping (void)
{
  g_autoptr(StyrScale) scale = styr_scale_new_preset (STYR_SCALE_PRESET_JONKOPING);

  assert_scale (scale, "jonkoping", "Ej bedömd", jonkoping, G_N_ELEMENTS (jonkoping));
}

static void
test_scale_preset_independent (void)
{
  g_autoptr(StyrScale) a = styr_scale_new_preset (STYR_SCALE_PRESET_THREE_LEVEL);
  g_autoptr(StyrScale) b = styr_scale_new_preset (STYR_SCALE_PRESET_THREE_LEVEL);

  /* Each call makes a new scale that can be changed on its own. */
  g_assert_true (a != b);
  styr_scale_level_set_label (styr_scale_get_level (a, 0), "Grönt");
  g_assert_cmpstr (styr_scale_level_get_label (styr_scale_get_level (b, 0)), ==, "Uppfyllt");
}

static StyrScaleLevel *
make_level (const char *id,
            double      score)
{
  StyrScaleLevel *level = styr_scale_level_new (id);

  styr_scale_level_set_label (level, id);
  styr_scale_level_set_colour (level, "#000000");
  /* Through the setter: a NaN cannot pass through a GValue. */
  styr_scale_level_set_score (level, score);
  return level;
}

static void
test_scale_add_level (void)
{
  g_autoptr(StyrScale) scale = styr_scale_new ("egen");
  g_autoptr(StyrScaleLevel) bra = make_level ("bra", 1.0);
  g_autoptr(StyrScaleLevel) lika = make_level ("lika-bra", 1.0);
  g_autoptr(StyrScaleLevel) daligt = make_level ("daligt", 0.0);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (styr_scale_get_id (scale), ==, "egen");
  g_assert_cmpuint (styr_scale_get_n_levels (scale), ==, 0);

  g_assert_true (styr_scale_add_level (scale, bra, &error));
  g_assert_no_error (error);
  /* An equal score is allowed; only a higher one is not. */
  g_assert_true (styr_scale_add_level (scale, lika, &error));
  g_assert_no_error (error);
  g_assert_true (styr_scale_add_level (scale, daligt, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (styr_scale_get_n_levels (scale), ==, 3);
  g_assert_true (styr_scale_get_level (scale, 0) == bra);
  g_assert_true (styr_scale_get_level (scale, 2) == daligt);
  g_assert_true (styr_scale_lookup_level (scale, "lika-bra") == lika);
}

static void
test_scale_add_level_invalid_id (void)
{
  static const char * const bad_ids[] = { "", "ej bedömd", "-streck", "å" };
  g_autoptr(StyrScale) scale = styr_scale_new ("egen");

  for (guint i = 0; i < G_N_ELEMENTS (bad_ids); i++)
    {
      g_autoptr(StyrScaleLevel) level = make_level (bad_ids[i], 1.0);
      g_autoptr(GError) error = NULL;

      g_assert_false (styr_scale_add_level (scale, level, &error));
      g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ID);
    }

  {
    g_autoptr(StyrScaleLevel) level = g_object_new (STYR_TYPE_SCALE_LEVEL, "score", 1.0, NULL);
    g_autoptr(GError) error = NULL;

    g_assert_false (styr_scale_add_level (scale, level, &error));
    g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ID);
  }

  g_assert_cmpuint (styr_scale_get_n_levels (scale), ==, 0);
}

static void
test_scale_add_level_duplicate (void)
{
  g_autoptr(StyrScale) scale = styr_scale_new_preset (STYR_SCALE_PRESET_THREE_LEVEL);
  g_autoptr(StyrScaleLevel) level = make_level ("delvis-uppfyllt", 0.0);
  g_autoptr(GError) error = NULL;

  g_assert_false (styr_scale_add_level (scale, level, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID);
  g_assert_cmpuint (styr_scale_get_n_levels (scale), ==, 3);
  g_assert_true (styr_scale_lookup_level (scale, "delvis-uppfyllt") != level);
}

static void
test_scale_add_level_score_range (void)
{
  static const double bad_scores[] = { -0.1, 1.5, NAN, INFINITY, -INFINITY };
  g_autoptr(StyrScale) scale = styr_scale_new ("egen");

  for (guint i = 0; i < G_N_ELEMENTS (bad_scores); i++)
    {
      g_autoptr(StyrScaleLevel) level = make_level ("niva", bad_scores[i]);
      g_autoptr(GError) error = NULL;

      g_assert_false (styr_scale_add_level (scale, level, &error));
      g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
    }
  g_assert_cmpuint (styr_scale_get_n_levels (scale), ==, 0);

  /* The bounds themselves are fine. */
  {
    g_autoptr(StyrScaleLevel) top = make_level ("topp", 1.0);
    g_autoptr(StyrScaleLevel) bottom = make_level ("botten", 0.0);
    g_autoptr(GError) error = NULL;

    g_assert_true (styr_scale_add_level (scale, top, &error));
    g_assert_no_error (error);
    g_assert_true (styr_scale_add_level (scale, bottom, &error));
    g_assert_no_error (error);
  }
}

static void
test_scale_add_level_score_above (void)
{
  g_autoptr(StyrScale) scale = styr_scale_new_preset (STYR_SCALE_PRESET_THREE_LEVEL);
  g_autoptr(StyrScaleLevel) level = make_level ("battre-an-rott", 0.25);
  g_autoptr(GError) error = NULL;

  /* The worst level scores 0.0; a new worst level cannot score more. */
  g_assert_false (styr_scale_add_level (scale, level, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_assert_cmpuint (styr_scale_get_n_levels (scale), ==, 3);
  g_assert_null (styr_scale_lookup_level (scale, "battre-an-rott"));
}

static void
test_scale_model_default (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  StyrScale *scale = styr_model_get_scale (model);
  StyrScale *prop = NULL;

  g_assert_nonnull (scale);
  assert_scale (scale, "tre-nivaer", "Ej bedömd", three_level, G_N_ELEMENTS (three_level));

  g_object_get (model, "scale", &prop, NULL);
  g_assert_true (prop == scale);
  g_object_unref (prop);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  guint *count = user_data;

  g_assert_cmpstr (g_param_spec_get_name (pspec), ==, "scale");
  (*count)++;
}

static void
test_scale_model_set_scale (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrScale) jonkoping_scale = styr_scale_new_preset (STYR_SCALE_PRESET_JONKOPING);
  g_autoptr(StyrScale) vasteras_scale = styr_scale_new_preset (STYR_SCALE_PRESET_VASTERAS);
  guint count = 0;

  g_signal_connect (model, "notify::scale", G_CALLBACK (count_notify), &count);

  styr_model_set_scale (model, jonkoping_scale);
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (styr_model_get_scale (model) == jonkoping_scale);

  /* The same scale again: no notification. */
  styr_model_set_scale (model, jonkoping_scale);
  g_assert_cmpuint (count, ==, 1);

  g_object_set (model, "scale", vasteras_scale, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpstr (styr_scale_get_id (styr_model_get_scale (model)), ==, "vasteras");

  g_signal_handlers_disconnect_by_func (model, count_notify, &count);
}

static void
count_any_notify (GObject    *object,
                  GParamSpec *pspec,
                  gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_scale_level_properties (void)
{
  g_autoptr(StyrScaleLevel) level = styr_scale_level_new ("niva");
  guint count = 0;

  g_assert_cmpstr (styr_scale_level_get_id (level), ==, "niva");
  g_signal_connect (level, "notify", G_CALLBACK (count_any_notify), &count);

  styr_scale_level_set_label (level, "Nivå");
  g_assert_cmpuint (count, ==, 1);
  styr_scale_level_set_label (level, "Nivå");
  g_assert_cmpuint (count, ==, 1);
  styr_scale_level_set_colour (level, "#123456");
  g_assert_cmpuint (count, ==, 2);
  styr_scale_level_set_score (level, 0.25);
  g_assert_cmpuint (count, ==, 3);
  styr_scale_level_set_score (level, 0.25);
  g_assert_cmpuint (count, ==, 3);

  g_assert_cmpstr (styr_scale_level_get_label (level), ==, "Nivå");
  g_assert_cmpstr (styr_scale_level_get_colour (level), ==, "#123456");
  g_assert_cmpfloat_with_epsilon (styr_scale_level_get_score (level), 0.25, 1e-12);

  g_signal_handlers_disconnect_by_func (level, count_any_notify, &count);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scale/preset/three-level", test_scale_preset_three_level);
  g_test_add_func ("/scale/preset/vasteras", test_scale_preset_vasteras);
  g_test_add_func ("/scale/preset/jonkoping", test_scale_preset_jonkoping);
  g_test_add_func ("/scale/preset/independent", test_scale_preset_independent);
  g_test_add_func ("/scale/add-level", test_scale_add_level);
  g_test_add_func ("/scale/add-level/invalid-id", test_scale_add_level_invalid_id);
  g_test_add_func ("/scale/add-level/duplicate-id", test_scale_add_level_duplicate);
  g_test_add_func ("/scale/add-level/score-out-of-range", test_scale_add_level_score_range);
  g_test_add_func ("/scale/add-level/score-above-level-above", test_scale_add_level_score_above);
  g_test_add_func ("/scale/model/default", test_scale_model_default);
  g_test_add_func ("/scale/model/set-scale", test_scale_model_set_scale);
  g_test_add_func ("/scale/level/properties", test_scale_level_properties);

  return g_test_run ();
}
