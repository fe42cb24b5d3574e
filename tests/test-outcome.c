/* test-outcome.c — outcomes, account and object maps, result items, and
 * the SIE and CSV outcome imports.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <string.h>

#include <libstyr/styr.h>

/* Helpers ------------------------------------------------------------------ */

typedef struct
{
  StyrModel *model;
  StyrUnit  *norr;
  StyrUnit  *syd;
  StyrUnit  *vast;
} Fixture;

static StyrUnit *
add_unit (StyrModel  *model,
          const char *id,
          const char *name)
{
  g_autoptr(StyrUnit) unit = styr_unit_new (id, STYR_UNIT_KIND_UNIT, name);
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (unit), &error));
  g_assert_no_error (error);
  return unit;
}

static void
map_object (StyrModel  *model,
            const char *dim,
            const char *object,
            StyrUnit   *unit)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_map_object (model, dim, object, unit, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->model = styr_model_new ();
  fixture->norr = add_unit (fixture->model, "skola-norr", "Norrskolan");
  fixture->syd = add_unit (fixture->model, "skola-syd", "Sydskolan");
  fixture->vast = add_unit (fixture->model, "vast", "Västra området");
}

static void
fixture_map (Fixture *fixture)
{
  map_object (fixture->model, "1", "100", fixture->norr);
  map_object (fixture->model, "1", "200", fixture->syd);
  map_object (fixture->model, "1", "Väst", fixture->vast);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->model);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

static char *
hand_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "sie", "hand", name, NULL);
}

static StyrImportResult *
import_hand (StyrModel  *model,
             const char *name,
             const char *period_text)
{
  g_autofree char *path = hand_path (name);
  g_autoptr(StyrPeriod) period = NULL;
  g_autoptr(GError) error = NULL;
  StyrImportResult *result;

  if (period_text != NULL)
    {
      period = styr_period_parse (period_text, &error);
      g_assert_no_error (error);
    }
  result = styr_model_import_sie_path (model, path, period, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static gint64
outcome (StyrUnit   *unit,
         int         year,
         int         month,
         const char *category)
{
  gint64 ore = -1;

  if (!styr_unit_lookup_outcome (unit, year, month, category, &ore))
    g_assert_cmpint (ore, ==, 0);
  return ore;
}

static gint64
result_outcome (StyrModel      *model,
                int             year,
                int             month,
                StyrResultItem  item)
{
  gint64 ore = -1;

  if (!styr_model_lookup_result_outcome (model, year, month, item, &ore))
    g_assert_cmpint (ore, ==, 0);
  return ore;
}

static gint64
unit_total (StyrUnit *unit)
{
  gint64 sum = 0;

  for (guint i = 0; i < styr_unit_get_n_outcomes (unit); i++)
    {
      gint64 ore;

      styr_unit_get_outcome_row (unit, i, NULL, NULL, NULL, &ore);
      sum += ore;
    }
  return sum;
}

static gint64
unmapped_total (StyrModel *model)
{
  gint64 sum = 0;

  for (guint i = 0; i < styr_model_get_n_unmapped_outcomes (model); i++)
    {
      gint64 ore;

      styr_model_get_unmapped_outcome (model, i, NULL, NULL, NULL, NULL, NULL, &ore);
      sum += ore;
    }
  return sum;
}

static guint
n_findings (StyrImportResult *result,
            const char       *code)
{
  GListModel *findings = styr_import_result_get_findings (result);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(StyrFinding) f = g_list_model_get_item (findings, i);

      g_assert_cmpint (styr_finding_get_severity (f), ==, STYR_SEVERITY_WARNING);
      if (g_strcmp0 (styr_finding_get_code (f), code) == 0)
        n++;
    }
  return n;
}

static StyrFinding *
find_finding (StyrImportResult *result,
              const char       *text)
{
  GListModel *findings = styr_import_result_get_findings (result);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(StyrFinding) f = g_list_model_get_item (findings, i);

      if (strstr (styr_finding_get_message (f), text) != NULL)
        return f;
    }
  return NULL;
}

/* Outcomes of a unit ------------------------------------------------------- */

static void
test_unit_set_lookup (Fixture       *fixture,
                      gconstpointer  data)
{
  StyrUnit *u = fixture->norr;
  g_autoptr(GError) error = NULL;
  const char *category;
  int year, month;
  gint64 ore;

  g_assert_cmpuint (styr_unit_get_n_outcomes (u), ==, 0);
  g_assert_false (styr_unit_lookup_outcome (u, 2025, 5, "4010", &ore));
  g_assert_cmpint (ore, ==, 0);

  g_assert_true (styr_unit_set_outcome (u, 2025, 5, "5000-5999", 300, &error));
  g_assert_true (styr_unit_set_outcome (u, 2025, 5, "4010", 100, &error));
  g_assert_true (styr_unit_set_outcome (u, 2024, 12, "4010", 7, &error));
  g_assert_true (styr_unit_set_outcome (u, 2025, 1, "3000-3999", -50, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_unit_get_n_outcomes (u), ==, 4);

  /* Replacing keeps one row. */
  g_assert_true (styr_unit_set_outcome (u, 2025, 5, "4010", 150, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_unit_get_n_outcomes (u), ==, 4);
  g_assert_true (styr_unit_lookup_outcome (u, 2025, 5, "4010", &ore));
  g_assert_cmpint (ore, ==, 150);

  /* Sorted by year, month, category. */
  styr_unit_get_outcome_row (u, 0, &year, &month, &category, &ore);
  g_assert_cmpint (year, ==, 2024);
  g_assert_cmpint (month, ==, 12);
  g_assert_cmpstr (category, ==, "4010");
  g_assert_cmpint (ore, ==, 7);
  styr_unit_get_outcome_row (u, 1, &year, &month, &category, NULL);
  g_assert_cmpint (month, ==, 1);
  g_assert_cmpstr (category, ==, "3000-3999");
  styr_unit_get_outcome_row (u, 2, NULL, &month, &category, NULL);
  g_assert_cmpint (month, ==, 5);
  g_assert_cmpstr (category, ==, "4010");
  styr_unit_get_outcome_row (u, 3, NULL, &month, &category, NULL);
  g_assert_cmpstr (category, ==, "5000-5999");

  /* Categories are compared as written. */
  g_assert_false (styr_unit_lookup_outcome (u, 2025, 5, "4000-4999", NULL));

  g_assert_true (styr_unit_remove_outcome (u, 2025, 5, "4010"));
  g_assert_false (styr_unit_remove_outcome (u, 2025, 5, "4010"));
  g_assert_false (styr_unit_remove_outcome (fixture->syd, 2025, 5, "4010"));
  g_assert_cmpuint (styr_unit_get_n_outcomes (u), ==, 3);
}

static void
test_unit_invalid (Fixture       *fixture,
                   gconstpointer  data)
{
  StyrUnit *u = fixture->norr;
  const char *bad_categories[] = { "", "2440", "8010", "40x0", "4999-4000", "4000-49999", "400", NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_unit_set_outcome (u, 2025, 5, "4010", 1, &error));
  g_assert_no_error (error);

  g_assert_false (styr_unit_set_outcome (u, 2025, 0, "4010", 2, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_unit_set_outcome (u, 2025, 13, "4010", 2, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_unit_set_outcome (u, 0, 5, "4010", 2, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_unit_set_outcome (u, 10000, 5, "4010", 2, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_unit_set_outcome (u, 2025, 5, NULL, 2, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  for (guint i = 0; bad_categories[i] != NULL; i++)
    {
      g_assert_false (styr_unit_set_outcome (u, 2025, 5, bad_categories[i], 2, &error));
      g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
    }

  /* Nothing changed. */
  g_assert_cmpuint (styr_unit_get_n_outcomes (u), ==, 1);
  g_assert_cmpint (outcome (u, 2025, 5, "4010"), ==, 1);
}

static void
test_unit_sums (Fixture       *fixture,
                gconstpointer  data)
{
  StyrUnit *u = fixture->norr;
  g_autoptr(StyrPeriod) t2 = styr_period_new_tertial (2025, 2);
  g_autoptr(StyrPeriod) may = styr_period_new_month (2025, 5);
  g_autoptr(StyrPeriod) year = styr_period_new_year (2025);
  g_autoptr(StyrPeriod) last_year = styr_period_new_year (2024);
  g_autoptr(GError) error = NULL;
  gint64 ore;

  /* Month m gets m × 100 öre on 4010 and m öre on 5010, 2025; 2024-12
   * and 2026-01 outside. */
  for (int m = 1; m <= 12; m++)
    {
      g_assert_true (styr_unit_set_outcome (u, 2025, m, "4010", m * 100, &error));
      g_assert_true (styr_unit_set_outcome (u, 2025, m, "5010", m, &error));
    }
  g_assert_true (styr_unit_set_outcome (u, 2024, 12, "4010", 100000, &error));
  g_assert_true (styr_unit_set_outcome (u, 2026, 1, "4010", 200000, &error));
  g_assert_no_error (error);

  /* T2 alone: May–August = 5+6+7+8 = 26. */
  g_assert_true (styr_unit_get_outcome (u, t2, NULL, &ore, &error));
  g_assert_cmpint (ore, ==, 26 * 101);
  g_assert_true (styr_unit_get_outcome (u, t2, "4010", &ore, &error));
  g_assert_cmpint (ore, ==, 2600);

  /* To date per T2: January–August = 36. */
  g_assert_true (styr_unit_get_outcome_to_date (u, t2, NULL, &ore, &error));
  g_assert_cmpint (ore, ==, 36 * 101);
  g_assert_true (styr_unit_get_outcome_to_date (u, t2, "5010", &ore, &error));
  g_assert_cmpint (ore, ==, 36);
  g_assert_true (styr_unit_get_outcome_to_date (u, may, NULL, &ore, &error));
  g_assert_cmpint (ore, ==, 15 * 101);
  g_assert_true (styr_unit_get_outcome (u, may, NULL, &ore, &error));
  g_assert_cmpint (ore, ==, 5 * 101);
  g_assert_true (styr_unit_get_outcome_to_date (u, year, NULL, &ore, &error));
  g_assert_cmpint (ore, ==, 78 * 101);
  g_assert_true (styr_unit_get_outcome_to_date (u, last_year, NULL, &ore, &error));
  g_assert_cmpint (ore, ==, 100000);

  /* A category the unit has no row of. */
  g_assert_true (styr_unit_get_outcome_to_date (u, year, "6000-6999", &ore, &error));
  g_assert_cmpint (ore, ==, 0);
  g_assert_true (styr_unit_get_outcome_to_date (fixture->syd, year, NULL, &ore, &error));
  g_assert_cmpint (ore, ==, 0);
  g_assert_no_error (error);

  /* Overflow. */
  g_assert_true (styr_unit_set_outcome (fixture->syd, 2025, 1, "4010", G_MAXINT64, &error));
  g_assert_true (styr_unit_set_outcome (fixture->syd, 2025, 2, "4010", 1, &error));
  g_assert_no_error (error);
  ore = 12;
  g_assert_false (styr_unit_get_outcome_to_date (fixture->syd, year, NULL, &ore, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_assert_cmpint (ore, ==, 0);
}

static void
test_unit_many_rows (Fixture       *fixture,
                     gconstpointer  data)
{
  StyrUnit *u = fixture->norr;
  g_autoptr(StyrPeriod) year = styr_period_new_year (2025);
  g_autoptr(GError) error = NULL;
  char category[8];
  gint64 ore, expected = 0;
  guint n = 0;

  /* 12 × 4000 rows: every account of classes 4–7 every month. */
  for (int m = 1; m <= 12; m++)
    for (int a = 4000; a < 8000; a++)
      {
        g_snprintf (category, sizeof category, "%d", a);
        g_assert_true (styr_unit_set_outcome (u, 2025, m, category, a + m, &error));
        expected += a + m;
        n++;
      }
  g_assert_no_error (error);
  g_assert_cmpuint (styr_unit_get_n_outcomes (u), ==, n);
  g_assert_true (styr_unit_get_outcome_to_date (u, year, NULL, &ore, &error));
  g_assert_cmpint (ore, ==, expected);
  g_assert_true (styr_unit_get_outcome_to_date (u, year, "4711", &ore, &error));
  g_assert_cmpint (ore, ==, 12 * 4711 + 78);
  g_assert_no_error (error);
}

/* Result items ------------------------------------------------------------- */

static void
test_result_item_ids (void)
{
  const char *ids[] = {
    "skatteintakter", "generella-statsbidrag", "finansnetto", "ovrigt",
    "balanskravsjusteringar",
  };
  StyrResultItem item;

  g_assert_cmpuint (G_N_ELEMENTS (ids), ==, STYR_N_RESULT_ITEMS);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_assert_cmpstr (styr_result_item_get_id ((StyrResultItem) i), ==, ids[i]);
      g_assert_true (styr_result_item_from_id (ids[i], &item));
      g_assert_cmpint (item, ==, i);
    }
  g_assert_false (styr_result_item_from_id ("skatt", &item));
  g_assert_false (styr_result_item_from_id (NULL, NULL));
  {
    GEnumClass *klass = g_type_class_ref (STYR_TYPE_RESULT_ITEM);

    g_assert_nonnull (g_enum_get_value (klass, STYR_RESULT_ITEM_BALANCE_ADJUSTMENTS));
    g_assert_null (g_enum_get_value (klass, STYR_N_RESULT_ITEMS));
    g_type_class_unref (klass);
  }
}

static void
test_result_rows (Fixture       *fixture,
                  gconstpointer  data)
{
  StyrModel *m = fixture->model;
  g_autoptr(StyrPeriod) t1 = styr_period_new_tertial (2025, 1);
  g_autoptr(StyrPeriod) t2 = styr_period_new_tertial (2025, 2);
  g_autoptr(GError) error = NULL;
  StyrResultRowKind kind;
  StyrResultItem item;
  int year, month;
  gint64 ore;

  g_assert_true (styr_model_set_result_budget (m, 2025, STYR_RESULT_ITEM_TAX_INCOME, 1000000, &error));
  g_assert_true (styr_model_set_result_budget (m, 2024, STYR_RESULT_ITEM_FINANCIAL_NET, -500, &error));
  g_assert_true (styr_model_set_result_budget (m, 2025, STYR_RESULT_ITEM_TAX_INCOME, 2000000, &error));
  for (int mo = 1; mo <= 12; mo++)
    g_assert_true (styr_model_set_result_outcome (m, 2025, mo, STYR_RESULT_ITEM_TAX_INCOME, mo * 1000, &error));
  g_assert_true (styr_model_set_result_outcome (m, 2025, 3, STYR_RESULT_ITEM_GENERAL_GRANTS, 77, &error));
  g_assert_no_error (error);

  g_assert_true (styr_model_lookup_result_budget (m, 2025, STYR_RESULT_ITEM_TAX_INCOME, &ore));
  g_assert_cmpint (ore, ==, 2000000);
  g_assert_false (styr_model_lookup_result_budget (m, 2025, STYR_RESULT_ITEM_OTHER, &ore));
  g_assert_cmpint (ore, ==, 0);
  g_assert_true (styr_model_lookup_result_outcome (m, 2025, 3, STYR_RESULT_ITEM_GENERAL_GRANTS, &ore));
  g_assert_cmpint (ore, ==, 77);
  g_assert_false (styr_model_lookup_result_outcome (m, 2025, 13, STYR_RESULT_ITEM_GENERAL_GRANTS, &ore));

  /* To date per T2: 1 … 8 thousand = 36 000; T2 alone 5 … 8 = 26 000. */
  g_assert_true (styr_model_get_result_outcome_to_date (m, t2, STYR_RESULT_ITEM_TAX_INCOME, &ore, &error));
  g_assert_cmpint (ore, ==, 36000);
  g_assert_true (styr_model_get_result_outcome (m, t2, STYR_RESULT_ITEM_TAX_INCOME, &ore, &error));
  g_assert_cmpint (ore, ==, 26000);
  g_assert_true (styr_model_get_result_outcome_to_date (m, t1, STYR_RESULT_ITEM_GENERAL_GRANTS, &ore, &error));
  g_assert_cmpint (ore, ==, 77);
  g_assert_true (styr_model_get_result_outcome_to_date (m, t1, STYR_RESULT_ITEM_OTHER, &ore, &error));
  g_assert_cmpint (ore, ==, 0);
  g_assert_no_error (error);

  /* Budgets first by year and item, then outcomes. */
  g_assert_cmpuint (styr_model_get_n_result_rows (m), ==, 2 + 12 + 1);
  styr_model_get_result_row (m, 0, &kind, &year, &month, &item, &ore);
  g_assert_cmpint (kind, ==, STYR_RESULT_ROW_BUDGET);
  g_assert_cmpint (year, ==, 2024);
  g_assert_cmpint (month, ==, 0);
  g_assert_cmpint (item, ==, STYR_RESULT_ITEM_FINANCIAL_NET);
  g_assert_cmpint (ore, ==, -500);
  styr_model_get_result_row (m, 1, &kind, &year, NULL, &item, &ore);
  g_assert_cmpint (kind, ==, STYR_RESULT_ROW_BUDGET);
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpint (ore, ==, 2000000);
  styr_model_get_result_row (m, 2, &kind, &year, &month, &item, &ore);
  g_assert_cmpint (kind, ==, STYR_RESULT_ROW_OUTCOME);
  g_assert_cmpint (month, ==, 1);
  styr_model_get_result_row (m, 4, NULL, NULL, &month, &item, NULL);
  g_assert_cmpint (month, ==, 3);
  g_assert_cmpint (item, ==, STYR_RESULT_ITEM_TAX_INCOME);
  styr_model_get_result_row (m, 5, NULL, NULL, &month, &item, NULL);
  g_assert_cmpint (month, ==, 3);
  g_assert_cmpint (item, ==, STYR_RESULT_ITEM_GENERAL_GRANTS);

  g_assert_true (styr_model_remove_result_outcome (m, 2025, 3, STYR_RESULT_ITEM_GENERAL_GRANTS));
  g_assert_false (styr_model_remove_result_outcome (m, 2025, 3, STYR_RESULT_ITEM_GENERAL_GRANTS));
  g_assert_true (styr_model_remove_result_budget (m, 2024, STYR_RESULT_ITEM_FINANCIAL_NET));
  g_assert_cmpuint (styr_model_get_n_result_rows (m), ==, 13);

  /* Invalid arguments change nothing. */
  g_assert_false (styr_model_set_result_budget (m, 0, STYR_RESULT_ITEM_OTHER, 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_model_set_result_budget (m, 2025, (StyrResultItem) 17, 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_model_set_result_outcome (m, 2025, 0, STYR_RESULT_ITEM_OTHER, 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_model_get_result_outcome_to_date (m, t2, (StyrResultItem) 5, &ore, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (styr_model_get_n_result_rows (m), ==, 13);
}

/* Maps --------------------------------------------------------------------- */

static void
test_account_map_default (Fixture       *fixture,
                          gconstpointer  data)
{
  StyrModel *m = fixture->model;
  StyrResultItem item;

  g_assert_cmpuint (styr_model_get_n_account_rules (m), ==, 0);
  g_assert_cmpstr (styr_model_map_account (m, "3010"), ==, "3000-3999");
  g_assert_cmpstr (styr_model_map_account (m, "4010"), ==, "4000-4999");
  g_assert_cmpstr (styr_model_map_account (m, "40105"), ==, "4000-4999");
  g_assert_cmpstr (styr_model_map_account (m, "5"), ==, "5000-5999");
  g_assert_cmpstr (styr_model_map_account (m, "6999"), ==, "6000-6999");
  g_assert_cmpstr (styr_model_map_account (m, "7010"), ==, "7000-7999");
  g_assert_null (styr_model_map_account (m, "1930"));
  g_assert_null (styr_model_map_account (m, "2440"));
  g_assert_null (styr_model_map_account (m, "8010"));
  g_assert_null (styr_model_map_account (m, "9010"));
  g_assert_null (styr_model_map_account (m, "0150"));
  g_assert_null (styr_model_map_account (m, "40a0"));
  g_assert_null (styr_model_map_account (m, ""));
  g_assert_null (styr_model_map_account (m, NULL));

  /* Class 8 by Kommun-Bas. */
  g_assert_true (styr_model_map_result_account (m, "8010", &item));
  g_assert_cmpint (item, ==, STYR_RESULT_ITEM_TAX_INCOME);
  g_assert_true (styr_model_map_result_account (m, "8110", &item));
  g_assert_cmpint (item, ==, STYR_RESULT_ITEM_OTHER);
  g_assert_true (styr_model_map_result_account (m, "82", &item));
  g_assert_cmpint (item, ==, STYR_RESULT_ITEM_GENERAL_GRANTS);
  g_assert_true (styr_model_map_result_account (m, "8310", &item));
  g_assert_cmpint (item, ==, STYR_RESULT_ITEM_OTHER);
  g_assert_true (styr_model_map_result_account (m, "8410", &item));
  g_assert_cmpint (item, ==, STYR_RESULT_ITEM_FINANCIAL_NET);
  g_assert_true (styr_model_map_result_account (m, "85101", &item));
  g_assert_cmpint (item, ==, STYR_RESULT_ITEM_FINANCIAL_NET);
  for (int c = 6; c <= 8; c++)
    {
      g_autofree char *account = g_strdup_printf ("8%d10", c);

      g_assert_true (styr_model_map_result_account (m, account, &item));
      g_assert_cmpint (item, ==, STYR_RESULT_ITEM_OTHER);
    }
  /* 89xx closes the result against equity: not a result item. */
  g_assert_false (styr_model_map_result_account (m, "8999", &item));
  g_assert_false (styr_model_map_result_account (m, "8", &item));
  g_assert_false (styr_model_map_result_account (m, "4010", &item));
  g_assert_false (styr_model_map_result_account (m, "80x0", &item));
}

static void
test_account_map_rules (Fixture       *fixture,
                        gconstpointer  data)
{
  StyrModel *m = fixture->model;
  g_autoptr(GError) error = NULL;
  const char *first, *last, *category;
  const char *bad[][2] = {
    { "4000", "499" }, { "4999", "4000" }, { "1000", "1999" }, { "8000", "8999" },
    { "", "" }, { "40a0", "4999" }, { "4000000", "4999999" }, { "4000", "9999" },
  };

  g_assert_true (styr_model_map_accounts (m, "4010", "4019", "4010", &error));
  g_assert_true (styr_model_map_accounts (m, "40", "49", "4000-4999", &error));
  g_assert_true (styr_model_map_accounts (m, "5", "6", "5000-5999", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_model_get_n_account_rules (m), ==, 3);

  /* The first rule that takes an account wins; prefixes compare. */
  g_assert_cmpstr (styr_model_map_account (m, "4015"), ==, "4010");
  g_assert_cmpstr (styr_model_map_account (m, "40159"), ==, "4010");
  g_assert_cmpstr (styr_model_map_account (m, "4020"), ==, "4000-4999");
  g_assert_cmpstr (styr_model_map_account (m, "6999"), ==, "5000-5999");
  /* With rules, what no rule takes is unmapped. */
  g_assert_null (styr_model_map_account (m, "3010"));
  g_assert_null (styr_model_map_account (m, "7010"));
  g_assert_null (styr_model_map_account (m, "4"));

  /* Again for the same range: the category changes in place. */
  g_assert_true (styr_model_map_accounts (m, "40", "49", "4000-4499", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_model_get_n_account_rules (m), ==, 3);
  styr_model_get_account_rule (m, 1, &first, &last, &category);
  g_assert_cmpstr (first, ==, "40");
  g_assert_cmpstr (last, ==, "49");
  g_assert_cmpstr (category, ==, "4000-4499");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (styr_model_map_accounts (m, bad[i][0], bad[i][1], "4000-4999", &error));
      g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
    }
  g_assert_false (styr_model_map_accounts (m, "3000", "3999", "1000-1999", &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (styr_model_get_n_account_rules (m), ==, 3);

  g_assert_true (styr_model_unmap_accounts (m, "4010", "4019"));
  g_assert_false (styr_model_unmap_accounts (m, "4010", "4019"));
  g_assert_cmpstr (styr_model_map_account (m, "4015"), ==, "4000-4499");
  g_assert_true (styr_model_unmap_accounts (m, "40", "49"));
  g_assert_true (styr_model_unmap_accounts (m, "5", "6"));
  /* No rules: the default again. */
  g_assert_cmpstr (styr_model_map_account (m, "3010"), ==, "3000-3999");
}

static void
test_object_map (Fixture       *fixture,
                 gconstpointer  data)
{
  StyrModel *m = fixture->model;
  g_autoptr(StyrModel) other = styr_model_new ();
  StyrUnit *stranger = add_unit (other, "fremling", "Främling");
  g_autoptr(GError) error = NULL;
  const char *dim, *object;
  StyrUnit *unit;

  fixture_map (fixture);
  map_object (m, "6", "P1", fixture->norr);
  g_assert_cmpuint (styr_model_get_n_object_maps (m), ==, 4);
  g_assert_true (styr_model_lookup_object_unit (m, "1", "100") == fixture->norr);
  g_assert_true (styr_model_lookup_object_unit (m, "1", "Väst") == fixture->vast);
  g_assert_null (styr_model_lookup_object_unit (m, "6", "100"));
  g_assert_null (styr_model_lookup_object_unit (m, "1", "10"));
  g_assert_null (styr_model_lookup_object_unit (m, "11", "00"));

  styr_model_get_object_map (m, 2, &dim, &object, &unit);
  g_assert_cmpstr (dim, ==, "1");
  g_assert_cmpstr (object, ==, "Väst");
  g_assert_true (unit == fixture->vast);

  /* Remapping keeps the place. */
  map_object (m, "1", "100", fixture->syd);
  g_assert_cmpuint (styr_model_get_n_object_maps (m), ==, 4);
  styr_model_get_object_map (m, 0, &dim, &object, &unit);
  g_assert_cmpstr (object, ==, "100");
  g_assert_true (unit == fixture->syd);

  /* Errors. */
  g_assert_false (styr_model_map_object (m, "1", "300", stranger, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_model_map_object (m, "", "300", fixture->norr, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_model_map_object (m, "1", "3\n00", fixture->norr, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (styr_model_get_n_object_maps (m), ==, 4);

  /* NULL removes. */
  g_assert_true (styr_model_map_object (m, "6", "P1", NULL, &error));
  g_assert_true (styr_model_map_object (m, "6", "P9", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_model_get_n_object_maps (m), ==, 3);
  g_assert_null (styr_model_lookup_object_unit (m, "6", "P1"));

  /* A unit that leaves the model leaves the map. */
  g_assert_true (styr_model_remove (m, STYR_ENTITY (fixture->vast), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_model_get_n_object_maps (m), ==, 2);
  g_assert_null (styr_model_lookup_object_unit (m, "1", "Väst"));
}

static void
test_unmapped_rows (Fixture       *fixture,
                    gconstpointer  data)
{
  StyrModel *m = fixture->model;
  g_autoptr(GError) error = NULL;
  const char *dim, *object, *account;
  int year, month;
  gint64 ore;

  g_assert_true (styr_model_add_unmapped_outcome (m, 2025, 5, "1", "9999", "4010", 100, &error));
  g_assert_true (styr_model_add_unmapped_outcome (m, 2025, 5, NULL, NULL, "4010", 50, &error));
  g_assert_true (styr_model_add_unmapped_outcome (m, 2025, 4, "1", "9999", "4010", 7, &error));
  g_assert_true (styr_model_add_unmapped_outcome (m, 2025, 5, "1", "9999", "4010", 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_model_get_n_unmapped_outcomes (m), ==, 3);

  styr_model_get_unmapped_outcome (m, 0, &year, &month, &dim, &object, &account, &ore);
  g_assert_cmpint (month, ==, 4);
  g_assert_cmpint (ore, ==, 7);
  styr_model_get_unmapped_outcome (m, 1, &year, &month, &dim, &object, &account, &ore);
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpint (month, ==, 5);
  g_assert_null (dim);
  g_assert_null (object);
  g_assert_cmpstr (account, ==, "4010");
  g_assert_cmpint (ore, ==, 50);
  styr_model_get_unmapped_outcome (m, 2, NULL, NULL, &dim, &object, NULL, &ore);
  g_assert_cmpstr (dim, ==, "1");
  g_assert_cmpstr (object, ==, "9999");
  g_assert_cmpint (ore, ==, 101);

  g_assert_false (styr_model_add_unmapped_outcome (m, 2025, 5, "1", NULL, "4010", 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_model_add_unmapped_outcome (m, 2025, 5, NULL, NULL, "konto", 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_model_add_unmapped_outcome (m, 2025, 13, NULL, NULL, "4010", 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_model_add_unmapped_outcome (m, 2025, 5, "1", "9999", "4010", G_MAXINT64, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_clear_error (&error);
  g_assert_cmpint (unmapped_total (m), ==, 158);

  g_assert_cmpuint (styr_model_clear_unmapped_outcomes (m, 2025, 5), ==, 2);
  g_assert_cmpuint (styr_model_clear_unmapped_outcomes (m, 2025, 5), ==, 0);
  g_assert_cmpuint (styr_model_get_n_unmapped_outcomes (m), ==, 1);
}

/* The SIE import, hand-made files ------------------------------------------ */

static void
test_sie_type3 (Fixture       *fixture,
                gconstpointer  data)
{
  StyrModel *m = fixture->model;
  g_autoptr(StyrImportResult) result = NULL;
  StyrFinding *f;
  const char *dim, *object, *account;
  gint64 ore;

  fixture_map (fixture);
  result = import_hand (m, "typ3-upprepning.se", NULL);

  /* Units: the object rows of dimension 1, never the account-only rows
   * or dimension 6's repetition on top. */
  g_assert_cmpint (outcome (fixture->norr, 2025, 1, "3000-3999"), ==, -100000);
  g_assert_cmpint (outcome (fixture->norr, 2025, 1, "4000-4999"), ==, 100025);
  g_assert_cmpuint (styr_unit_get_n_outcomes (fixture->norr), ==, 2);
  g_assert_cmpint (outcome (fixture->syd, 2025, 1, "3000-3999"), ==, -20000);
  g_assert_cmpint (outcome (fixture->syd, 2025, 1, "5000-5999"), ==, 1000000);
  g_assert_cmpint (outcome (fixture->syd, 2025, 2, "4000-4999"), ==, 10000);
  g_assert_cmpuint (styr_unit_get_n_outcomes (fixture->syd), ==, 3);
  /* The object id in code page 437. */
  g_assert_cmpint (outcome (fixture->vast, 2025, 1, "4000-4999"), ==, 70000);
  g_assert_cmpuint (styr_unit_get_n_outcomes (fixture->vast), ==, 1);

  /* Class 8, negated, whatever the objects. */
  g_assert_cmpint (result_outcome (m, 2025, 1, STYR_RESULT_ITEM_TAX_INCOME), ==, 5000000);
  g_assert_cmpint (result_outcome (m, 2025, 1, STYR_RESULT_ITEM_GENERAL_GRANTS), ==, 800000);
  g_assert_cmpint (result_outcome (m, 2025, 1, STYR_RESULT_ITEM_FINANCIAL_NET), ==, 15000 - 40000);
  g_assert_cmpint (result_outcome (m, 2025, 1, STYR_RESULT_ITEM_OTHER), ==, -120000);
  g_assert_cmpuint (styr_model_get_n_result_rows (m), ==, 4);

  /* Unmapped: object 9999 (300,00), 4010 beyond its objects (2 500,50 −
   * 2 000,25 = 500,25), and class 9 in February (42,00). */
  g_assert_cmpuint (styr_model_get_n_unmapped_outcomes (m), ==, 3);
  styr_model_get_unmapped_outcome (m, 0, NULL, NULL, &dim, &object, &account, &ore);
  g_assert_null (dim);
  g_assert_cmpstr (account, ==, "4010");
  g_assert_cmpint (ore, ==, 50025);
  styr_model_get_unmapped_outcome (m, 1, NULL, NULL, &dim, &object, &account, &ore);
  g_assert_cmpstr (dim, ==, "1");
  g_assert_cmpstr (object, ==, "9999");
  g_assert_cmpint (ore, ==, 30000);
  styr_model_get_unmapped_outcome (m, 2, NULL, NULL, &dim, NULL, &account, &ore);
  g_assert_null (dim);
  g_assert_cmpstr (account, ==, "9010");
  g_assert_cmpint (ore, ==, 4200);
  g_assert_cmpint (styr_import_result_get_unmapped_amount (result), ==, 84225);

  g_assert_cmpuint (styr_import_result_get_n_balance_rows (result), ==, 2);
  g_assert_cmpuint (styr_import_result_get_n_values (result), ==, 6 + 4 + 3);
  g_assert_cmpuint (styr_import_result_get_n_replaced (result), ==, 0);
  g_assert_cmpuint (n_findings (result, STYR_FINDING_UTFALL_OMAPPAT), ==, 3);
  f = find_finding (result, "9999");
  g_assert_nonnull (f);
  g_assert_nonnull (strstr (styr_finding_get_message (f), "300,00"));
  f = find_finding (result, "9010");
  g_assert_nonnull (f);
  g_assert_nonnull (strstr (styr_finding_get_message (f), "42,00"));

  /* The previous year's row was not imported: not in #RAR 0. */
  g_assert_cmpint (outcome (fixture->norr, 2024, 12, "4000-4999"), ==, 0);
}

static void
test_sie_type3_period (Fixture       *fixture,
                       gconstpointer  data)
{
  StyrModel *m = fixture->model;
  g_autoptr(StyrImportResult) december = NULL;
  g_autoptr(StyrImportResult) february = NULL;
  g_autoptr(GError) error = NULL;

  fixture_map (fixture);
  /* Something in January that a February import must not touch. */
  g_assert_true (styr_unit_set_outcome (fixture->norr, 2025, 1, "4000-4999", 1, &error));
  g_assert_no_error (error);

  december = import_hand (m, "typ3-upprepning.se", "2024-12");
  g_assert_cmpint (outcome (fixture->norr, 2024, 12, "4000-4999"), ==, 99900);
  g_assert_cmpuint (styr_import_result_get_n_values (december), ==, 1);

  february = import_hand (m, "typ3-upprepning.se", "2025-02");
  g_assert_cmpint (outcome (fixture->syd, 2025, 2, "4000-4999"), ==, 10000);
  g_assert_cmpint (outcome (fixture->norr, 2025, 1, "4000-4999"), ==, 1);
  g_assert_cmpuint (styr_model_get_n_result_rows (m), ==, 0);
  g_assert_cmpuint (styr_model_get_n_unmapped_outcomes (m), ==, 1);
  g_assert_cmpint (styr_import_result_get_unmapped_amount (february), ==, 4200);
  g_assert_cmpuint (styr_import_result_get_n_balance_rows (february), ==, 0);
}

/* A balance-sheet account with object rows and no account-only row
 * (project objects on 1180, as real exports write them) says nothing
 * about how the result accounts are written: the file is still SIE 4B
 * repetition, and the result accounts' totals are not taken as extra
 * unmapped parts. */
static void
test_sie_balance_objects (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char text[] =
    "#FLAGGA 0\r\n#FORMAT PC8\r\n#SIETYP 3\r\n"
    "#RAR 0 20250101 20251231\r\n"
    "#KONTO 1180 \"Pågående projekt\"\r\n#KONTO 4010 \"Inköp\"\r\n"
    "#DIM 1 \"Ansvar\"\r\n#DIM 6 \"Projekt\"\r\n"
    "#OBJEKT 1 100 \"Norrskolan\"\r\n#OBJEKT 6 P1 \"Projekt ett\"\r\n"
    "#PSALDO 0 202503 1180 {6 \"P1\"} 5000.00\r\n"
    "#PSALDO 0 202503 4010 {} 1500.00\r\n"
    "#PSALDO 0 202503 4010 {1 \"100\"} 1500.00\r\n";
  StyrModel *m = fixture->model;
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(StyrSieFile) file = NULL;
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  fixture_map (fixture);
  file = styr_sie_file_new_from_bytes (bytes, "projekt.se", &error);
  g_assert_no_error (error);
  result = styr_model_import_sie (m, file, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpint (outcome (fixture->norr, 2025, 3, "4000-4999"), ==, 150000);
  g_assert_cmpuint (styr_model_get_n_unmapped_outcomes (m), ==, 0);
  g_assert_cmpint (styr_import_result_get_unmapped_amount (result), ==, 0);
  g_assert_cmpuint (styr_import_result_get_n_balance_rows (result), ==, 1);
}

static void
test_sie_trans_month (Fixture       *fixture,
                      gconstpointer  data)
{
  StyrModel *m = fixture->model;
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(StyrPeriod) t2 = styr_period_new_tertial (2025, 2);
  g_autoptr(GError) error = NULL;
  gint64 ore;

  fixture_map (fixture);
  result = import_hand (m, "trans-manad.se", NULL);

  /* March from #PSALDO with objects, its #TRANS not added on top. */
  g_assert_cmpint (outcome (fixture->norr, 2025, 3, "4000-4999"), ==, 40000);
  /* April from #TRANS, not from the account-only #PSALDO. */
  g_assert_cmpint (outcome (fixture->norr, 2025, 4, "5000-5999"), ==, 50000);
  g_assert_cmpint (outcome (fixture->syd, 2025, 4, "5000-5999"), ==, 30000);
  /* May: rows dated in May on a voucher of April. */
  g_assert_cmpint (outcome (fixture->syd, 2025, 5, "4000-4999"), ==, 25000);
  g_assert_cmpint (outcome (fixture->syd, 2025, 4, "4000-4999"), ==, 0);
  g_assert_cmpint (result_outcome (m, 2025, 5, STYR_RESULT_ITEM_FINANCIAL_NET), ==, -5000);

  g_assert_cmpuint (styr_import_result_get_n_balance_rows (result), ==, 2);
  g_assert_cmpuint (styr_import_result_get_n_values (result), ==, 5);
  g_assert_cmpint (styr_import_result_get_unmapped_amount (result), ==, 0);
  g_assert_cmpuint (styr_model_get_n_unmapped_outcomes (m), ==, 0);
  g_assert_cmpuint (n_findings (result, STYR_FINDING_UTFALL_OMAPPAT), ==, 0);

  g_assert_true (styr_unit_get_outcome_to_date (fixture->syd, t2, NULL, &ore, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ore, ==, 55000);
}

static void
test_sie_object_lists (Fixture       *fixture,
                       gconstpointer  data)
{
  StyrModel *m = fixture->model;
  g_autoptr(StyrImportResult) first = NULL;
  g_autoptr(StyrImportResult) second = NULL;

  fixture_map (fixture);
  first = import_hand (m, "objektlista.se", NULL);

  /* Each row once: dimension 1's object wins wherever it stands. */
  g_assert_cmpint (outcome (fixture->norr, 2025, 6, "4000-4999"), ==, 20000);
  g_assert_cmpint (outcome (fixture->syd, 2025, 6, "4000-4999"), ==, 30000);
  g_assert_cmpint (styr_import_result_get_unmapped_amount (first), ==, 15000);
  g_assert_cmpuint (styr_model_get_n_unmapped_outcomes (m), ==, 1);
  g_assert_cmpint (result_outcome (m, 2025, 6, STYR_RESULT_ITEM_TAX_INCOME), ==, 100000);

  /* With dimension 7 mapped too, the first mapped object of a row wins. */
  map_object (m, "7", "4", fixture->vast);
  second = import_hand (m, "objektlista.se", NULL);
  g_assert_cmpint (outcome (fixture->vast, 2025, 6, "4000-4999"), ==, 10000 + 20000);
  g_assert_cmpint (outcome (fixture->norr, 2025, 6, "4000-4999"), ==, 0);
  g_assert_cmpint (outcome (fixture->syd, 2025, 6, "4000-4999"), ==, 30000);
  g_assert_cmpint (styr_import_result_get_unmapped_amount (second), ==, 5000);
  g_assert_cmpuint (styr_import_result_get_n_replaced (second), ==, 4);
}

static void
test_sie_reimport (Fixture       *fixture,
                   gconstpointer  data)
{
  StyrModel *m = fixture->model;
  g_autoptr(StyrImportResult) first = NULL;
  g_autoptr(StyrImportResult) again = NULL;
  g_autoptr(StyrImportResult) corrected = NULL;
  g_autoptr(GError) error = NULL;

  fixture_map (fixture);
  /* Another month stays as it is. */
  g_assert_true (styr_unit_set_outcome (fixture->syd, 2025, 4, "4000-4999", 123, &error));
  g_assert_no_error (error);

  first = import_hand (m, "omimport-1.se", NULL);
  g_assert_cmpint (outcome (fixture->norr, 2025, 5, "4000-4999"), ==, 100000);
  g_assert_cmpint (outcome (fixture->syd, 2025, 5, "4000-4999"), ==, 20000);
  g_assert_cmpint (result_outcome (m, 2025, 5, STYR_RESULT_ITEM_TAX_INCOME), ==, 900000);
  g_assert_cmpint (unmapped_total (m), ==, 10000);
  g_assert_cmpuint (styr_import_result_get_n_values (first), ==, 4);
  g_assert_cmpuint (styr_import_result_get_n_replaced (first), ==, 0);

  /* The same file again: the same figures, every row replaced. */
  again = import_hand (m, "omimport-1.se", NULL);
  g_assert_cmpint (outcome (fixture->norr, 2025, 5, "4000-4999"), ==, 100000);
  g_assert_cmpint (outcome (fixture->syd, 2025, 5, "4000-4999"), ==, 20000);
  g_assert_cmpint (result_outcome (m, 2025, 5, STYR_RESULT_ITEM_TAX_INCOME), ==, 900000);
  g_assert_cmpint (unmapped_total (m), ==, 10000);
  g_assert_cmpuint (styr_model_get_n_unmapped_outcomes (m), ==, 1);
  g_assert_cmpuint (styr_import_result_get_n_values (again), ==, 4);
  g_assert_cmpuint (styr_import_result_get_n_replaced (again), ==, 4);

  /* The corrected export replaces the whole month. */
  corrected = import_hand (m, "omimport-2.se", NULL);
  g_assert_cmpint (outcome (fixture->norr, 2025, 5, "4000-4999"), ==, 110000);
  g_assert_cmpint (outcome (fixture->norr, 2025, 5, "5000-5999"), ==, 6000);
  g_assert_false (styr_unit_lookup_outcome (fixture->syd, 2025, 5, "4000-4999", NULL));
  g_assert_false (styr_model_lookup_result_outcome (m, 2025, 5, STYR_RESULT_ITEM_TAX_INCOME, NULL));
  g_assert_cmpuint (styr_model_get_n_unmapped_outcomes (m), ==, 0);
  g_assert_cmpuint (styr_import_result_get_n_values (corrected), ==, 2);
  g_assert_cmpuint (styr_import_result_get_n_replaced (corrected), ==, 4);
  g_assert_cmpint (outcome (fixture->syd, 2025, 4, "4000-4999"), ==, 123);
}

static void
test_sie_account_rules (Fixture       *fixture,
                        gconstpointer  data)
{
  StyrModel *m = fixture->model;
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  StyrFinding *f;
  GListModel *objects;

  fixture_map (fixture);
  g_assert_true (styr_model_map_accounts (m, "4000", "4999", "4010", &error));
  g_assert_true (styr_model_map_accounts (m, "5000", "5999", "5000-5999", &error));
  g_assert_no_error (error);

  result = import_hand (m, "typ3-upprepning.se", "2025-01");
  g_assert_cmpint (outcome (fixture->norr, 2025, 1, "4010"), ==, 100025);
  g_assert_cmpint (outcome (fixture->syd, 2025, 1, "5000-5999"), ==, 1000000);
  /* 3010 has no rule now: unmapped, reported with the units. */
  g_assert_false (styr_unit_lookup_outcome (fixture->norr, 2025, 1, "3000-3999", NULL));
  f = find_finding (result, "3010");
  g_assert_nonnull (f);
  g_assert_nonnull (strstr (styr_finding_get_message (f), "1\xC2\xA0" "200,00"));
  objects = styr_finding_get_objects (f);
  g_assert_cmpuint (g_list_model_get_n_items (objects), ==, 2);
  g_assert_cmpint (styr_import_result_get_unmapped_amount (result), ==, 30000 + 50025 - 120000);

  /* The unmapped rows of 3010 keep the objects they were booked on. */
  for (guint i = 0; i < styr_model_get_n_unmapped_outcomes (m); i++)
    {
      const char *dim, *object, *account;
      gint64 ore;

      styr_model_get_unmapped_outcome (m, i, NULL, NULL, &dim, &object, &account, &ore);
      if (g_strcmp0 (account, "3010") != 0)
        continue;
      g_assert_cmpstr (dim, ==, "1");
      if (g_strcmp0 (object, "100") == 0)
        g_assert_cmpint (ore, ==, -100000);
      else
        {
          g_assert_cmpstr (object, ==, "200");
          g_assert_cmpint (ore, ==, -20000);
        }
    }
  g_assert_cmpuint (styr_model_get_n_unmapped_outcomes (m), ==, 4);
}

/* Two amounts of 5 × 10^18 öre on one unit and category: the sum does not
 * fit a gint64. */
static const char overflow_sie[] =
  "#FLAGGA 0\r\n#FORMAT PC8\r\n#SIETYP 3\r\n#RAR 0 20250101 20251231\r\n"
  "#DIM 1 Ansvar\r\n"
  "#PSALDO 0 202503 4010 {} 50000000000000000.00\r\n"
  "#PSALDO 0 202503 4010 {1 \"100\"} 50000000000000000.00\r\n"
  "#PSALDO 0 202503 4020 {} 50000000000000000.00\r\n"
  "#PSALDO 0 202503 4020 {1 \"100\"} 50000000000000000.00\r\n";

static void
test_sie_all_or_nothing (Fixture       *fixture,
                         gconstpointer  data)
{
  StyrModel *m = fixture->model;
  g_autoptr(GBytes) bytes = g_bytes_new_static (overflow_sie, sizeof overflow_sie - 1);
  g_autoptr(StyrSieFile) file = NULL;
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  fixture_map (fixture);
  g_assert_true (styr_unit_set_outcome (fixture->norr, 2025, 3, "4000-4999", 5, &error));
  g_assert_no_error (error);

  file = styr_sie_file_new_from_bytes (bytes, "overflow.se", &error);
  g_assert_no_error (error);

  result = styr_model_import_sie (m, file, NULL, &error);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_assert_null (result);
  g_assert_cmpint (outcome (fixture->norr, 2025, 3, "4000-4999"), ==, 5);
  g_assert_cmpuint (styr_unit_get_n_outcomes (fixture->norr), ==, 1);
  g_assert_cmpuint (styr_model_get_n_unmapped_outcomes (m), ==, 0);
}

/* The SIE import, real files, against a raw reading ------------------------- */

typedef enum
{
  REPEATED,   /* type 3 (SIE 4B): {} is the total, {1 X} parts of it */
  PARTITION,  /* every #PSALDO row a disjoint part */
  TRANSACTIONS, /* #TRANS where a month has them, else whole-account #PSALDO */
} Kind;

typedef struct
{
  const char *name;
  Kind        kind;
  const char *objects[3];  /* dimension 1 objects mapped to units a, b, c */
} RealCase;

static const RealCase real_cases[] = {
  { "Test3.SE", REPEATED, { "11", "12", NULL } },
  { "Test4.SE", REPEATED, { "11", "12", "0" } },
  { "BL0001_typ3.SE", REPEATED, { "1", NULL } },
  { "MAMUT_SIE3_EXPORT.SE", REPEATED, { "2", NULL } },
  { "objektsaldo_ovnbolag.se", PARTITION, { "Nord", NULL } },
  { "transaktioner_ovnbolag.se", TRANSACTIONS, { "Nord", "Syd", NULL } },
  { "SIE4_Exempelfil_med_underdim.SE", TRANSACTIONS, { "Nord", NULL } },
  { "Sie4.si", TRANSACTIONS, { "1", NULL } },
};

/* Splits a SIE line into fields: blanks separate, quotes group (\" is a
 * quote), braces are fields of their own. */
static GPtrArray *
raw_fields (const char *line)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  const char *p = line;

  for (;;)
    {
      GString *f;

      while (*p == ' ' || *p == '\t' || *p == '\r')
        p++;
      if (*p == '\0' || *p == '\n')
        break;
      f = g_string_new (NULL);
      if (*p == '{' || *p == '}')
        g_string_append_c (f, *p++);
      else if (*p == '"')
        {
          p++;
          while (*p != '\0' && *p != '\n' &&
                 !(*p == '"' && (p[1] == ' ' || p[1] == '\t' || p[1] == '}' ||
                                 p[1] == '\r' || p[1] == '\n' || p[1] == '\0')))
            {
              if (*p == '\\' && p[1] == '"')
                p++;
              g_string_append_c (f, *p++);
            }
          if (*p == '"')
            p++;
        }
      else
        while (*p != '\0' && *p != ' ' && *p != '\t' && *p != '\r' && *p != '\n' &&
               *p != '{' && *p != '}')
          g_string_append_c (f, *p++);
      g_ptr_array_add (fields, g_string_free (f, FALSE));
    }

  return fields;
}

/* "123.45", "-0.5", "1000" → öre, written apart from the library. */
static gint64
raw_ore (const char *s)
{
  int sign = 1;
  gint64 kr, ore = 0;
  const char *dot;

  if (*s == '-')
    {
      sign = -1;
      s++;
    }
  kr = g_ascii_strtoll (s, NULL, 10);
  dot = strchr (s, '.');
  if (dot != NULL && g_ascii_isdigit (dot[1]))
    {
      ore = (dot[1] - '0') * 10;
      if (g_ascii_isdigit (dot[2]))
        ore += dot[2] - '0';
    }
  return sign * (kr * 100 + ore);
}

typedef struct
{
  char      *account;
  GPtrArray *objects;   /* dim, id, dim, id … */
  gint64     amount;
  guint      ym;
} RawRow;

static void
raw_row_free (gpointer data)
{
  RawRow *r = data;

  g_free (r->account);
  g_ptr_array_unref (r->objects);
  g_free (r);
}

typedef struct
{
  guint      first_ym, last_ym;  /* #RAR 0 */
  GPtrArray *psaldo;             /* RawRow, #PSALDO of any year */
  GPtrArray *trans;              /* RawRow */
} RawFile;

/* Reads an object list starting at fields[*i] == "{". */
static GPtrArray *
raw_objects (GPtrArray *fields,
             guint     *i)
{
  GPtrArray *objects = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpstr (g_ptr_array_index (fields, *i), ==, "{");
  for ((*i)++; *i < fields->len && strcmp (g_ptr_array_index (fields, *i), "}") != 0; (*i)++)
    g_ptr_array_add (objects, g_strdup (g_ptr_array_index (fields, *i)));
  (*i)++;
  return objects;
}

static void
raw_file_read (RawFile    *rf,
               GBytes     *bytes)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autofree char *text = g_strndup (data, len);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint ver_ym = 0;

  rf->psaldo = g_ptr_array_new_with_free_func (raw_row_free);
  rf->trans = g_ptr_array_new_with_free_func (raw_row_free);

  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_autoptr(GPtrArray) f = raw_fields (lines[l]);
      const char *label;

      if (f->len == 0)
        continue;
      label = g_ptr_array_index (f, 0);

      if (strcmp (label, "#RAR") == 0 && f->len >= 4 &&
          strcmp (g_ptr_array_index (f, 1), "0") == 0)
        {
          rf->first_ym = (guint) g_ascii_strtoull (g_ptr_array_index (f, 2), NULL, 10) / 100;
          rf->last_ym = (guint) g_ascii_strtoull (g_ptr_array_index (f, 3), NULL, 10) / 100;
        }
      else if (strcmp (label, "#VER") == 0)
        {
          ver_ym = 0;
          for (guint j = 1; j < 4 && j < f->len; j++)
            {
              const char *d = g_ptr_array_index (f, j);

              if (strlen (d) == 8 && g_ascii_isdigit (d[0]))
                {
                  ver_ym = (guint) g_ascii_strtoull (d, NULL, 10) / 100;
                  break;
                }
            }
        }
      else if (strcmp (label, "#PSALDO") == 0)
        {
          RawRow *r = g_new0 (RawRow, 1);
          guint i = 4;

          r->ym = (guint) g_ascii_strtoull (g_ptr_array_index (f, 2), NULL, 10);
          r->account = g_strdup (g_ptr_array_index (f, 3));
          r->objects = raw_objects (f, &i);
          r->amount = raw_ore (g_ptr_array_index (f, i));
          g_ptr_array_add (rf->psaldo, r);
        }
      else if (strcmp (label, "#TRANS") == 0)
        {
          RawRow *r = g_new0 (RawRow, 1);
          guint i = 2;

          r->account = g_strdup (g_ptr_array_index (f, 1));
          r->objects = raw_objects (f, &i);
          r->amount = raw_ore (g_ptr_array_index (f, i));
          r->ym = ver_ym;
          if (i + 1 < f->len)
            {
              const char *d = g_ptr_array_index (f, i + 1);

              if (strlen (d) == 8 && g_ascii_isdigit (d[0]))
                r->ym = (guint) g_ascii_strtoull (d, NULL, 10) / 100;
            }
          g_ptr_array_add (rf->trans, r);
        }
    }
}

static void
raw_file_clear (RawFile *rf)
{
  g_ptr_array_unref (rf->psaldo);
  g_ptr_array_unref (rf->trans);
}

static gboolean
raw_in_year (RawFile *rf,
             guint    ym)
{
  return ym >= rf->first_ym && ym <= rf->last_ym;
}

/* The unit index (0–2) of the first dimension 1 object of @objects that
 * the case maps, -1 when there is none. */
static int
raw_unit (const RealCase *rc,
          GPtrArray      *objects)
{
  for (guint i = 0; i + 1 < objects->len; i += 2)
    {
      if (strcmp (g_ptr_array_index (objects, i), "1") != 0)
        continue;
      for (int u = 0; u < 3; u++)
        if (rc->objects[u] != NULL &&
            strcmp (rc->objects[u], g_ptr_array_index (objects, i + 1)) == 0)
          return u;
    }
  return -1;
}

typedef struct
{
  GHashTable *units;     /* "u/ym/class" → gint64 * */
  GHashTable *results;   /* "ym/item" → gint64 * */
  gint64      unmapped;
  guint       n_balance;
} Expected;

static void
add_amount (GHashTable *table,
            char       *key,
            gint64      amount)
{
  gint64 *v = g_hash_table_lookup (table, key);

  if (v == NULL)
    {
      v = g_new0 (gint64, 1);
      g_hash_table_insert (table, key, v);
    }
  else
    g_free (key);
  *v += amount;
}

static int
raw_item (const char *account)
{
  switch (account[1])
    {
    case '0': return STYR_RESULT_ITEM_TAX_INCOME;
    case '2': return STYR_RESULT_ITEM_GENERAL_GRANTS;
    case '4': case '5': return STYR_RESULT_ITEM_FINANCIAL_NET;
    default: return STYR_RESULT_ITEM_OTHER;
    }
}

/* Balance-sheet accounts (classes 1, 2) and 89xx, the closing of the
 * year's result, are not outcomes. */
static gboolean
raw_is_balance (const char *account)
{
  return account[0] == '1' || account[0] == '2' ||
         (account[0] == '8' && account[1] == '9');
}

/* A part of an account's month: to a unit (u ≥ 0), the result, or
 * unmapped. */
static void
expect_part (Expected   *e,
             const char *account,
             guint       ym,
             int         u,
             gint64      amount)
{
  if (account[0] == '8')
    add_amount (e->results, g_strdup_printf ("%u/%d", ym, raw_item (account)), -amount);
  else if (account[0] >= '3' && account[0] <= '7' && u >= 0)
    add_amount (e->units, g_strdup_printf ("%d/%u/%c", u, ym, account[0]), amount);
  else
    e->unmapped += amount;
}

static void
expect_case (const RealCase *rc,
             RawFile        *rf,
             Expected       *e)
{
  g_autoptr(GHashTable) trans_months = g_hash_table_new (g_direct_hash, g_direct_equal);

  e->units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  e->results = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (rc->kind == TRANSACTIONS)
    for (guint i = 0; i < rf->trans->len; i++)
      {
        RawRow *r = g_ptr_array_index (rf->trans, i);

        if (!raw_in_year (rf, r->ym))
          continue;
        g_hash_table_add (trans_months, GUINT_TO_POINTER (r->ym));
        if (raw_is_balance (r->account))
          e->n_balance++;
        else
          expect_part (e, r->account, r->ym, raw_unit (rc, r->objects), r->amount);
      }

  for (guint i = 0; i < rf->psaldo->len; i++)
    {
      RawRow *r = g_ptr_array_index (rf->psaldo, i);

      if (!raw_in_year (rf, r->ym) ||
          g_hash_table_contains (trans_months, GUINT_TO_POINTER (r->ym)))
        continue;
      if (raw_is_balance (r->account))
        {
          e->n_balance++;
          continue;
        }

      switch (rc->kind)
        {
        case REPEATED:
          /* The total as the rest, each mapped object's row moved out of
           * it to its unit; other dimensions' rows are repetitions. */
          if (r->objects->len == 0)
            expect_part (e, r->account, r->ym, -1, r->amount);
          else if (r->account[0] != '8' && raw_unit (rc, r->objects) >= 0)
            {
              expect_part (e, r->account, r->ym, raw_unit (rc, r->objects), r->amount);
              expect_part (e, r->account, r->ym, -1, -r->amount);
            }
          break;

        case PARTITION:
        case TRANSACTIONS:
          g_assert_true (r->objects->len == 0 || rc->kind == PARTITION);
          expect_part (e, r->account, r->ym, raw_unit (rc, r->objects), r->amount);
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

static void
check_case (const RealCase   *rc,
            RawFile          *rf,
            Expected         *e,
            StyrModel        *model,
            StyrUnit        **units,
            StyrImportResult *result)
{
  GHashTableIter iter;
  gpointer key, value;
  guint n_rows = 0, n_expected_rows = 0;
  gint64 sum = 0;

  g_hash_table_iter_init (&iter, e->units);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      int u, c;
      guint ym;
      g_autofree char *category = NULL;

      g_assert_cmpint (sscanf (key, "%d/%u/%d", &u, &ym, &c), ==, 3);
      category = g_strdup_printf ("%d000-%d999", c, c);
      g_assert_cmpint (outcome (units[u], (int) ym / 100, (int) ym % 100, category), ==,
                       *(gint64 *) value);
      if (*(gint64 *) value != 0)
        n_expected_rows++;
    }
  for (int u = 0; u < 3; u++)
    n_rows += styr_unit_get_n_outcomes (units[u]);
  g_assert_cmpuint (n_rows, ==, n_expected_rows);

  g_hash_table_iter_init (&iter, e->results);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint ym;
      int item;

      g_assert_cmpint (sscanf (key, "%u/%d", &ym, &item), ==, 2);
      g_assert_cmpint (result_outcome (model, (int) ym / 100, (int) ym % 100, item), ==,
                       *(gint64 *) value);
    }

  g_assert_cmpint (styr_import_result_get_unmapped_amount (result), ==, e->unmapped);
  for (guint i = 0; i < styr_model_get_n_unmapped_outcomes (model); i++)
    {
      gint64 ore;

      styr_model_get_unmapped_outcome (model, i, NULL, NULL, NULL, NULL, NULL, &ore);
      sum += ore;
    }
  g_assert_cmpint (sum, ==, e->unmapped);
  g_assert_cmpuint (styr_import_result_get_n_balance_rows (result), ==, e->n_balance);
  g_assert_cmpuint (n_findings (result, STYR_FINDING_UTFALL_OMAPPAT), ==,
                    g_list_model_get_n_items (styr_import_result_get_findings (result)));
  g_test_message ("%s: %u unit rows, %" G_GINT64_FORMAT " öre unmapped, %u balance rows",
                  rc->name, n_rows, e->unmapped, e->n_balance);
}

static void
test_sie_real (gconstpointer data)
{
  const RealCase *rc = data;
  const char *dir = g_getenv ("STYR_SIE_REAL_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrSieFile) file = NULL;
  g_autoptr(StyrImportResult) first = NULL;
  g_autoptr(StyrImportResult) second = NULL;
  g_autoptr(GError) error = NULL;
  StyrUnit *units[3];
  gint64 totals[3];
  RawFile rf = { 0, };
  Expected e = { 0, };

  g_assert_nonnull (dir);
  path = g_build_filename (dir, rc->name, NULL);
  bytes = read_bytes (path);

  units[0] = add_unit (model, "a", "A");
  units[1] = add_unit (model, "b", "B");
  units[2] = add_unit (model, "c", "C");
  for (int u = 0; u < 3; u++)
    if (rc->objects[u] != NULL)
      map_object (model, "1", rc->objects[u], units[u]);

  file = styr_sie_file_new_from_bytes (bytes, rc->name, &error);
  g_assert_no_error (error);
  first = styr_model_import_sie (model, file, NULL, &error);
  g_assert_no_error (error);

  raw_file_read (&rf, bytes);
  g_assert_cmpuint (rf.first_ym, >, 0);
  expect_case (rc, &rf, &e);
  check_case (rc, &rf, &e, model, units, first);

  /* Twice: the same totals, every row replaced. */
  for (int u = 0; u < 3; u++)
    totals[u] = unit_total (units[u]);
  second = styr_model_import_sie (model, file, NULL, &error);
  g_assert_no_error (error);
  check_case (rc, &rf, &e, model, units, second);
  for (int u = 0; u < 3; u++)
    g_assert_cmpint (unit_total (units[u]), ==, totals[u]);
  g_assert_cmpuint (styr_import_result_get_n_values (second), ==,
                    styr_import_result_get_n_values (first));
  g_assert_cmpuint (styr_import_result_get_n_replaced (second), ==,
                    styr_import_result_get_n_values (first));
  g_assert_cmpuint (styr_import_result_get_n_values (first), >, 0);

  raw_file_clear (&rf);
  g_hash_table_unref (e.units);
  g_hash_table_unref (e.results);
}

/* The outcome CSV import ---------------------------------------------------- */

static StyrImportResult *
import_csv (StyrModel   *model,
            const char  *text,
            GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return styr_model_import_outcomes_bytes (model, bytes, "utfall.csv", error);
}

static void
test_csv_basic (Fixture       *fixture,
                gconstpointer  data)
{
  StyrModel *m = fixture->model;
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  fixture_map (fixture);
  g_assert_true (styr_unit_set_outcome (fixture->norr, 2025, 5, "6000-6999", 99, &error));
  g_assert_true (styr_unit_set_outcome (fixture->norr, 2025, 4, "6000-6999", 98, &error));
  g_assert_true (styr_model_add_unmapped_outcome (m, 2025, 5, "1", "9999", "4010", 5, &error));
  g_assert_true (styr_model_set_result_outcome (m, 2025, 5, STYR_RESULT_ITEM_TAX_INCOME, 7, &error));
  g_assert_no_error (error);

  result = import_csv (m,
                       "\xEF\xBB\xBF" "Enhet;Period;Konto;Belopp\r\n"
                       "skola-norr;2025-05;4010;1 234,50\r\n"
                       "skola-norr;2025-05;4020;-34,5\r\n"
                       "\r\n"
                       "200;2025-05;5010;\"12\xC2\xA0" "000\"\r\n"
                       "  Väst ; 2025-06 ; 3010 ; 1234\r\n",
                       &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);

  /* Two accounts of one category are summed. */
  g_assert_cmpint (outcome (fixture->norr, 2025, 5, "4000-4999"), ==, 123450 - 3450);
  g_assert_cmpint (outcome (fixture->syd, 2025, 5, "5000-5999"), ==, 1200000);
  g_assert_cmpint (outcome (fixture->vast, 2025, 6, "3000-3999"), ==, 123400);
  /* May and June replaced in full; April, and the result items, kept. */
  g_assert_false (styr_unit_lookup_outcome (fixture->norr, 2025, 5, "6000-6999", NULL));
  g_assert_cmpint (outcome (fixture->norr, 2025, 4, "6000-6999"), ==, 98);
  g_assert_cmpuint (styr_model_get_n_unmapped_outcomes (m), ==, 0);
  g_assert_cmpint (result_outcome (m, 2025, 5, STYR_RESULT_ITEM_TAX_INCOME), ==, 7);

  g_assert_cmpuint (styr_import_result_get_n_values (result), ==, 3);
  g_assert_cmpuint (styr_import_result_get_n_replaced (result), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (styr_import_result_get_findings (result)), ==, 0);
}

static void
test_csv_category_column (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  result = import_csv (fixture->model,
                       "belopp;kostnadsslag;period;enhet\n"
                       "10;4000-4999;2025-01;skola-norr\n"
                       "20;4000-4999;2025-01;skola-norr\n"
                       "0;5010;2025-01;skola-syd",
                       &error);
  g_assert_no_error (error);
  g_assert_cmpint (outcome (fixture->norr, 2025, 1, "4000-4999"), ==, 3000);
  g_assert_true (styr_unit_lookup_outcome (fixture->syd, 2025, 1, "5010", NULL));
  g_assert_cmpuint (styr_import_result_get_n_values (result), ==, 2);
}

static void
test_csv_windows_1252 (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  fixture_map (fixture);
  /* "V\xE4st" is Väst in Windows-1252; \xA0 a no-break space. */
  result = import_csv (fixture->model,
                       "enhet;period;konto;belopp\n"
                       "V\xE4st;2025-02;4010;-1\xA0" "000,05\n",
                       &error);
  g_assert_no_error (error);
  g_assert_cmpint (outcome (fixture->vast, 2025, 2, "4000-4999"), ==, -100005);
}

typedef struct
{
  const char *text;
  int         code;
  const char *where;   /* "name:line:column:" */
} BadCsv;

static const BadCsv bad_csvs[] = {
  { "", STYR_ERROR_PARSE, "utfall.csv:1:1:" },
  { "enhet;period;belopp\n", STYR_ERROR_PARSE, "utfall.csv:1:1:" },
  { "enhet;period;konto;kostnadsslag;belopp\n", STYR_ERROR_PARSE, "utfall.csv:1:20:" },
  { "enhet;period;konto;summa\n", STYR_ERROR_PARSE, "utfall.csv:1:20:" },
  { "enhet;period;konto;belopp\nskola-norr;2025-05;4010;12\nokand;2025-05;4010;12\n",
    STYR_ERROR_NOT_FOUND, "utfall.csv:3:1:" },
  { "enhet;period;konto;belopp\nskola-norr;2025-5;4010;12\n", STYR_ERROR_PARSE, "utfall.csv:2:12:" },
  { "enhet;period;konto;belopp\nskola-norr;2025-05;2440;12\n", STYR_ERROR_NOT_FOUND, "utfall.csv:2:20:" },
  { "enhet;period;konto;belopp\nskola-norr;2025-05;4010;1,234.5\n", STYR_ERROR_PARSE, "utfall.csv:2:25:" },
  { "enhet;period;konto;belopp\nskola-norr;2025-05;4010;12 34\n", STYR_ERROR_PARSE, "utfall.csv:2:25:" },
  { "enhet;period;konto;belopp\nskola-norr;2025-05;4010;   \n", STYR_ERROR_PARSE, "utfall.csv:2:25:" },
  { "enhet;period;konto;belopp\nskola-norr;2025-05;4010\n", STYR_ERROR_PARSE, "utfall.csv:2:20:" },
  { "enhet;period;konto;belopp\nskola-norr;2025-05;4010;1;2\n", STYR_ERROR_PARSE, "utfall.csv:2:27:" },
  { "enhet;period;kostnadsslag;belopp\nskola-norr;2025-05;4999-4000;1\n", STYR_ERROR_PARSE, "utfall.csv:2:20:" },
  { "enhet;period;konto;belopp\nskola-norr;2025-05;4010;\"12\n", STYR_ERROR_PARSE, "utfall.csv:2:25:" },
  { "enhet;period;konto;belopp\nskola-norr;2025-05;4010;92233720368547758,07\n"
    "skola-norr;2025-05;4010;1\n", STYR_ERROR_OVERFLOW, "utfall.csv:3:25:" },
  { "enhet;period;konto;belopp\n\"skola\nnorr\";2025-05;4010;1\n", STYR_ERROR_NOT_FOUND, "utfall.csv:2:1:" },
  { "enhet;period;konto;belopp\nskola-norr; \"2025-05\" x;4010;1\n", STYR_ERROR_PARSE, "utfall.csv:2:23:" },
  { "enhet;period;konto;belopp\nskola-norr;\"2025-05\";\"4010\";\"1\";\"\"\"\n", STYR_ERROR_PARSE, "utfall.csv:2:33:" },
};

static void
test_csv_errors (Fixture       *fixture,
                 gconstpointer  data)
{
  StyrModel *m = fixture->model;
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_unit_set_outcome (fixture->norr, 2025, 5, "4000-4999", 42, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (bad_csvs); i++)
    {
      g_autoptr(StyrImportResult) result = NULL;

      result = import_csv (m, bad_csvs[i].text, &error);
      g_test_message ("case %u: %s", i, error != NULL ? error->message : "(no error)");
      g_assert_null (result);
      g_assert_error (error, STYR_ERROR, bad_csvs[i].code);
      g_assert_true (g_str_has_prefix (error->message, bad_csvs[i].where));
      g_clear_error (&error);

      /* Nothing changed. */
      g_assert_cmpuint (styr_unit_get_n_outcomes (fixture->norr), ==, 1);
      g_assert_cmpint (outcome (fixture->norr, 2025, 5, "4000-4999"), ==, 42);
      g_assert_cmpuint (styr_unit_get_n_outcomes (fixture->syd), ==, 0);
    }
}

static void
test_csv_nul (Fixture       *fixture,
              gconstpointer  data)
{
  static const char text[] = "enhet;period;konto;belopp\nskola-norr;2025-05;4010;1\0\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  result = styr_model_import_outcomes_bytes (fixture->model, bytes, "nul.csv", &error);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "nul.csv:2:26:"));
  g_assert_null (result);
}

static void
test_csv_file (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = "enhet;period;konto;belopp\nskola-syd;2025-03;7010;5\n";

  file = g_file_new_tmp ("utfall-XXXXXX.csv", &stream, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);

  result = styr_model_import_outcomes (fixture->model, file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (outcome (fixture->syd, 2025, 3, "7000-7999"), ==, 500);
  g_file_delete (file, NULL, NULL);

  g_clear_object (&result);
  result = styr_model_import_outcomes (fixture->model, file, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (result);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/outcome/unit/set-lookup", test_unit_set_lookup);
  ADD ("/outcome/unit/invalid", test_unit_invalid);
  ADD ("/outcome/unit/sums", test_unit_sums);
  ADD ("/outcome/unit/many-rows", test_unit_many_rows);
  g_test_add_func ("/outcome/result/item-ids", test_result_item_ids);
  ADD ("/outcome/result/rows", test_result_rows);
  ADD ("/outcome/map/accounts-default", test_account_map_default);
  ADD ("/outcome/map/account-rules", test_account_map_rules);
  ADD ("/outcome/map/objects", test_object_map);
  ADD ("/outcome/unmapped/rows", test_unmapped_rows);
  ADD ("/outcome/sie/type3-repetition", test_sie_type3);
  ADD ("/outcome/sie/type3-period", test_sie_type3_period);
  ADD ("/outcome/sie/balance-objects", test_sie_balance_objects);
  ADD ("/outcome/sie/trans-month", test_sie_trans_month);
  ADD ("/outcome/sie/object-lists", test_sie_object_lists);
  ADD ("/outcome/sie/reimport", test_sie_reimport);
  ADD ("/outcome/sie/account-rules", test_sie_account_rules);
  ADD ("/outcome/sie/all-or-nothing", test_sie_all_or_nothing);
  ADD ("/outcome/csv/basic", test_csv_basic);
  ADD ("/outcome/csv/category-column", test_csv_category_column);
  ADD ("/outcome/csv/windows-1252", test_csv_windows_1252);
  ADD ("/outcome/csv/errors", test_csv_errors);
  ADD ("/outcome/csv/nul", test_csv_nul);
  ADD ("/outcome/csv/file", test_csv_file);

  for (guint i = 0; i < G_N_ELEMENTS (real_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/outcome/sie/real/%s", real_cases[i].name);

      g_test_add_data_func (path, &real_cases[i], test_sie_real);
    }

#undef ADD

  return g_test_run ();
}
