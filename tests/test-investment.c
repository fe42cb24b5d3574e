/* test-investment.c — investment projects (investeringsprojekt).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libstyr/styr.h>

/* Helpers ---------------------------------------------------------------- */

typedef struct
{
  StyrModel      *model;
  StyrOrgan      *bun;
  StyrOrgan      *ks;
  StyrOrgan      *kf;
  StyrInvestment *school;
} Fixture;

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

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(StyrInvestment) school = styr_investment_new ("inv-skola", "Ny F–6-skola i Norr");
  g_autoptr(GError) error = NULL;

  fixture->model = styr_model_new ();
  fixture->kf = add_organ (fixture->model, "kf", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige");
  fixture->ks = add_organ (fixture->model, "ks", STYR_ORGAN_KIND_EXECUTIVE_BOARD, "Kommunstyrelsen");
  fixture->bun = add_organ (fixture->model, "bun", STYR_ORGAN_KIND_BOARD, "Barn- och utbildningsnämnden");
  g_assert_true (styr_model_add (fixture->model, STYR_ENTITY (school), &error));
  g_assert_no_error (error);
  fixture->school = school;
  g_assert_true (styr_calendar_add_preset_year (styr_model_get_calendar (fixture->model),
                                                STYR_CALENDAR_PRESET_TERTIAL, 2025, &error));
  g_assert_no_error (error);
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
              gpointer    data)
{
  (*(guint *) data)++;
}

/* Status ----------------------------------------------------------------- */

static void
test_status_ids (void)
{
  static const struct { StyrInvestmentStatus status; const char *id; } cases[] = {
    { STYR_INVESTMENT_STATUS_PLANNED, "planerad" },
    { STYR_INVESTMENT_STATUS_ONGOING, "pagar" },
    { STYR_INVESTMENT_STATUS_COMPLETED, "avslutad" },
    { STYR_INVESTMENT_STATUS_POSTPONED, "uppskjuten" },
  };
  StyrInvestmentStatus status = STYR_INVESTMENT_STATUS_COMPLETED;
  g_autoptr(GEnumClass) klass = g_type_class_ref (STYR_TYPE_INVESTMENT_STATUS);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (styr_investment_status_get_id (cases[i].status), ==, cases[i].id);
      g_assert_true (styr_investment_status_from_id (cases[i].id, &status));
      g_assert_cmpint (status, ==, cases[i].status);
      g_assert_nonnull (g_enum_get_value (klass, cases[i].status));
    }

  status = STYR_INVESTMENT_STATUS_COMPLETED;
  g_assert_false (styr_investment_status_from_id ("Pagar", &status));
  g_assert_false (styr_investment_status_from_id ("pågår", &status));
  g_assert_false (styr_investment_status_from_id ("", &status));
  g_assert_false (styr_investment_status_from_id (NULL, &status));
  g_assert_cmpint (status, ==, STYR_INVESTMENT_STATUS_COMPLETED);
  g_assert_true (styr_investment_status_from_id ("uppskjuten", NULL));
  g_assert_cmpuint (klass->n_values, ==, 4);
}

/* Properties ------------------------------------------------------------- */

static void
test_properties (void)
{
  g_autoptr(StyrInvestment) inv = styr_investment_new ("inv-bad", "Simhallen");
  g_autoptr(StyrInvestment) built = NULL;
  guint notified = 0;

  g_assert_cmpstr (styr_entity_get_id (STYR_ENTITY (inv)), ==, "inv-bad");
  g_assert_cmpstr (styr_investment_get_name (inv), ==, "Simhallen");
  g_assert_null (styr_investment_get_organ (inv));
  g_assert_cmpint (styr_investment_get_status (inv), ==, STYR_INVESTMENT_STATUS_PLANNED);
  g_assert_cmpint (styr_investment_get_total_budget (inv), ==, 0);
  g_assert_cmpint (styr_investment_get_start_year (inv), ==, 0);
  g_assert_cmpint (styr_investment_get_end_year (inv), ==, 0);
  g_assert_cmpuint (styr_investment_get_n_budgets (inv), ==, 0);
  g_assert_cmpuint (styr_investment_get_n_outcomes (inv), ==, 0);
  g_assert_cmpuint (styr_investment_get_n_forecasts (inv), ==, 0);

  g_signal_connect (inv, "notify", G_CALLBACK (count_notify), &notified);
  styr_investment_set_status (inv, STYR_INVESTMENT_STATUS_ONGOING);
  styr_investment_set_status (inv, STYR_INVESTMENT_STATUS_ONGOING);
  styr_investment_set_total_budget (inv, 4500000000);
  styr_investment_set_total_budget (inv, 4500000000);
  styr_investment_set_start_year (inv, 2024);
  styr_investment_set_end_year (inv, 2026);
  styr_investment_set_end_year (inv, 2026);
  styr_investment_set_name (inv, "Nya simhallen");
  g_assert_cmpuint (notified, ==, 5);
  g_assert_cmpint (styr_investment_get_status (inv), ==, STYR_INVESTMENT_STATUS_ONGOING);
  g_assert_cmpint (styr_investment_get_total_budget (inv), ==, 4500000000);
  g_assert_cmpint (styr_investment_get_start_year (inv), ==, 2024);
  g_assert_cmpint (styr_investment_get_end_year (inv), ==, 2026);
  g_assert_cmpstr (styr_investment_get_name (inv), ==, "Nya simhallen");

  /* As bindings build it: properties only. */
  built = g_object_new (STYR_TYPE_INVESTMENT,
                        "id", "inv-gata",
                        "name", "Storgatan",
                        "status", STYR_INVESTMENT_STATUS_POSTPONED,
                        "total-budget", (gint64) -12,
                        "start-year", 2027,
                        "end-year", 2028,
                        NULL);
  g_assert_cmpint (styr_investment_get_status (built), ==, STYR_INVESTMENT_STATUS_POSTPONED);
  g_assert_cmpint (styr_investment_get_total_budget (built), ==, -12);
  g_assert_cmpint (styr_investment_get_start_year (built), ==, 2027);
  g_assert_cmpint (styr_investment_get_end_year (built), ==, 2028);
}

/* The model -------------------------------------------------------------- */

static void
test_model (Fixture       *fixture,
            gconstpointer  data)
{
  GListModel *list = styr_model_get_investments (fixture->model);
  g_autoptr(StyrInvestment) second = styr_investment_new ("inv-gata", "Storgatan");
  g_autoptr(StyrInvestment) clash = styr_investment_new ("bun", "Krock");
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrInvestment) first = NULL;

  g_assert_true (g_list_model_get_item_type (list) == STYR_TYPE_INVESTMENT);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_true (styr_model_lookup_investment (fixture->model, "inv-skola") == fixture->school);
  g_assert_true (styr_model_lookup (fixture->model, "inv-skola") == STYR_ENTITY (fixture->school));
  g_assert_null (styr_model_lookup_investment (fixture->model, "bun"));
  g_assert_null (styr_model_lookup_investment (fixture->model, "finns-inte"));
  g_assert_null (styr_model_lookup_investment (fixture->model, NULL));
  g_assert_null (styr_model_lookup_organ (fixture->model, "inv-skola"));

  g_assert_true (styr_model_add (fixture->model, STYR_ENTITY (second), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  first = g_list_model_get_item (list, 0);
  g_assert_true (first == fixture->school);

  /* One id space with the other entities. */
  g_assert_false (styr_model_add (fixture->model, STYR_ENTITY (clash), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);

  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (second), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_null (styr_model_lookup_investment (fixture->model, "inv-gata"));
}

static void
test_organ (Fixture       *fixture,
            gconstpointer  data)
{
  StyrInvestment *inv = fixture->school;
  g_autoptr(StyrModel) other = styr_model_new ();
  g_autoptr(StyrOrgan) stranger = styr_organ_new ("bun", STYR_ORGAN_KIND_BOARD, "Annan nämnd");
  g_autoptr(StyrInvestment) loose = styr_investment_new ("inv-lost", NULL);
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  g_assert_true (styr_model_add (other, STYR_ENTITY (stranger), &error));
  g_assert_no_error (error);
  g_signal_connect (inv, "notify::organ", G_CALLBACK (count_notify), &notified);

  g_assert_true (styr_investment_set_organ (inv, fixture->bun, &error));
  g_assert_no_error (error);
  g_assert_true (styr_investment_get_organ (inv) == fixture->bun);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (styr_investment_set_organ (inv, fixture->bun, &error));
  g_assert_cmpuint (notified, ==, 1);

  /* The executive board may carry investments too. */
  g_assert_true (styr_investment_set_organ (inv, fixture->ks, &error));
  g_assert_no_error (error);
  g_assert_true (styr_investment_set_organ (inv, fixture->bun, &error));
  g_assert_cmpuint (notified, ==, 3);

  /* The council is not a nämnd: nothing changes. */
  g_assert_false (styr_investment_set_organ (inv, fixture->kf, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_true (styr_investment_get_organ (inv) == fixture->bun);

  g_assert_false (styr_investment_set_organ (inv, stranger, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_investment_set_organ (loose, fixture->bun, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_true (styr_investment_get_organ (inv) == fixture->bun);
  g_assert_cmpuint (notified, ==, 3);

  /* The organ is in use while the investment refers to it. */
  g_assert_false (styr_model_remove (fixture->model, STYR_ENTITY (fixture->bun), &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_IN_USE);
  g_assert_nonnull (g_strstr_len (error->message, -1, "inv-skola"));
  g_clear_error (&error);

  g_assert_true (styr_investment_set_organ (inv, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (styr_investment_get_organ (inv));
  g_assert_true (styr_investment_set_organ (inv, fixture->bun, &error));

  /* Removing the investment cuts the link. */
  g_object_ref (inv);
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (inv), &error));
  g_assert_no_error (error);
  g_assert_null (styr_investment_get_organ (inv));
  g_assert_true (styr_model_remove (fixture->model, STYR_ENTITY (fixture->bun), &error));
  g_assert_no_error (error);
  g_object_unref (inv);
}

static void
test_outlives_model (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrOrgan) bun = styr_organ_new ("bun", STYR_ORGAN_KIND_BOARD, "BUN");
  g_autoptr(StyrInvestment) inv = styr_investment_new ("inv", "Skola");
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (bun), &error));
  g_assert_true (styr_model_add (model, STYR_ENTITY (inv), &error));
  g_assert_true (styr_investment_set_organ (inv, bun, &error));
  g_assert_no_error (error);
  g_clear_object (&model);
  g_assert_null (styr_investment_get_organ (inv));
  g_assert_null (styr_entity_get_model (STYR_ENTITY (inv)));
}

/* Budgets ---------------------------------------------------------------- */

static void
test_budgets (Fixture       *fixture,
              gconstpointer  data)
{
  StyrInvestment *inv = fixture->school;
  g_autoptr(GError) error = NULL;
  int year = -1;
  gint64 ore = -1;

  g_assert_false (styr_investment_lookup_budget (inv, 2025, &ore));
  g_assert_cmpint (ore, ==, 0);

  g_assert_true (styr_investment_set_budget (inv, 2026, 3000000000, &error));
  g_assert_true (styr_investment_set_budget (inv, 2024, 1000000000, &error));
  g_assert_true (styr_investment_set_budget (inv, 2025, 6000000000, &error));
  g_assert_true (styr_investment_set_budget (inv, 2025, 5500000000, &error));
  g_assert_no_error (error);

  g_assert_true (styr_investment_lookup_budget (inv, 2025, &ore));
  g_assert_cmpint (ore, ==, 5500000000);
  g_assert_true (styr_investment_lookup_budget (inv, 2024, NULL));

  /* Year order, whatever the order of setting. */
  g_assert_cmpuint (styr_investment_get_n_budgets (inv), ==, 3);
  styr_investment_get_budget (inv, 0, &year, &ore);
  g_assert_cmpint (year, ==, 2024);
  g_assert_cmpint (ore, ==, 1000000000);
  styr_investment_get_budget (inv, 1, &year, &ore);
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpint (ore, ==, 5500000000);
  styr_investment_get_budget (inv, 2, &year, NULL);
  g_assert_cmpint (year, ==, 2026);

  for (guint i = 0; i < 2; i++)
    {
      int bad[] = { 0, 10000 };

      g_assert_false (styr_investment_set_budget (inv, bad[i], 1, &error));
      g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
    }
  g_assert_cmpuint (styr_investment_get_n_budgets (inv), ==, 3);

  g_assert_true (styr_investment_remove_budget (inv, 2024));
  g_assert_false (styr_investment_remove_budget (inv, 2024));
  g_assert_cmpuint (styr_investment_get_n_budgets (inv), ==, 2);
  styr_investment_get_budget (inv, 0, &year, NULL);
  g_assert_cmpint (year, ==, 2025);
}

/* Outcomes --------------------------------------------------------------- */

static void
test_outcomes (Fixture       *fixture,
               gconstpointer  data)
{
  StyrInvestment *inv = fixture->school;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) t1 = styr_period_new_tertial (2025, 1);
  g_autoptr(StyrPeriod) t2 = styr_period_new_tertial (2025, 2);
  g_autoptr(StyrPeriod) may = styr_period_new_month (2025, 5);
  g_autoptr(StyrPeriod) y2025 = styr_period_new_year (2025);
  g_autoptr(StyrPeriod) y2024 = styr_period_new_year (2024);
  g_autoptr(StyrPeriod) y2023 = styr_period_new_year (2023);
  int year = 0, month = 0;
  gint64 ore = -1;

  /* 2024: 100 + 200 (Nov, Dec); 2025: Jan 10, Apr 40, May 50, Aug 80,
   * Sep 90, Dec 120 — set out of order. */
  struct { int y, m; gint64 ore; } rows[] = {
    { 2025, 8, 8000 }, { 2024, 12, 20000 }, { 2025, 1, 1000 },
    { 2025, 12, 12000 }, { 2025, 5, 5000 }, { 2024, 11, 10000 },
    { 2025, 4, 4000 }, { 2025, 9, 9000 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_assert_true (styr_investment_set_outcome (inv, rows[i].y, rows[i].m, rows[i].ore, &error));
      g_assert_no_error (error);
    }
  /* Replacing keeps one row. */
  g_assert_true (styr_investment_set_outcome (inv, 2025, 5, 5500, &error));
  g_assert_cmpuint (styr_investment_get_n_outcomes (inv), ==, 8);

  g_assert_true (styr_investment_lookup_outcome (inv, 2025, 5, &ore));
  g_assert_cmpint (ore, ==, 5500);
  g_assert_false (styr_investment_lookup_outcome (inv, 2025, 6, &ore));
  g_assert_cmpint (ore, ==, 0);
  g_assert_false (styr_investment_lookup_outcome (inv, 2025, 13, NULL));

  /* Chronological. */
  styr_investment_get_outcome_row (inv, 0, &year, &month, &ore);
  g_assert_cmpint (year, ==, 2024);
  g_assert_cmpint (month, ==, 11);
  g_assert_cmpint (ore, ==, 10000);
  styr_investment_get_outcome_row (inv, 2, &year, &month, &ore);
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpint (month, ==, 1);
  styr_investment_get_outcome_row (inv, 7, &year, &month, NULL);
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpint (month, ==, 12);

  /* To date: January … the end of the period. */
  g_assert_true (styr_investment_get_outcome_to_date (inv, t1, &ore, &error));
  g_assert_cmpint (ore, ==, 1000 + 4000);
  g_assert_true (styr_investment_get_outcome_to_date (inv, may, &ore, &error));
  g_assert_cmpint (ore, ==, 1000 + 4000 + 5500);
  g_assert_true (styr_investment_get_outcome_to_date (inv, t2, &ore, &error));
  g_assert_cmpint (ore, ==, 1000 + 4000 + 5500 + 8000);
  g_assert_true (styr_investment_get_outcome_to_date (inv, y2025, &ore, &error));
  g_assert_cmpint (ore, ==, 1000 + 4000 + 5500 + 8000 + 9000 + 12000);
  g_assert_true (styr_investment_get_outcome_to_date (inv, y2024, &ore, &error));
  g_assert_cmpint (ore, ==, 30000);
  g_assert_true (styr_investment_get_outcome_to_date (inv, y2023, &ore, &error));
  g_assert_cmpint (ore, ==, 0);

  /* The whole project: earlier years too. */
  g_assert_true (styr_investment_get_total_outcome_to_date (inv, t2, &ore, &error));
  g_assert_cmpint (ore, ==, 30000 + 18500);
  g_assert_true (styr_investment_get_total_outcome_to_date (inv, y2025, &ore, &error));
  g_assert_cmpint (ore, ==, 30000 + 39500);
  g_assert_true (styr_investment_get_total_outcome_to_date (inv, y2023, &ore, &error));
  g_assert_cmpint (ore, ==, 0);
  g_assert_no_error (error);

  /* Bad months and years change nothing. */
  g_assert_false (styr_investment_set_outcome (inv, 2025, 0, 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_investment_set_outcome (inv, 2025, 13, 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_investment_set_outcome (inv, 0, 1, 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (styr_investment_get_n_outcomes (inv), ==, 8);

  g_assert_true (styr_investment_remove_outcome (inv, 2025, 8));
  g_assert_false (styr_investment_remove_outcome (inv, 2025, 8));
  g_assert_false (styr_investment_remove_outcome (inv, 2025, 0));
  g_assert_true (styr_investment_get_outcome_to_date (inv, t2, &ore, &error));
  g_assert_cmpint (ore, ==, 10500);

  /* Sums beyond 64 bits fail. */
  g_assert_true (styr_investment_set_outcome (inv, 2025, 2, G_MAXINT64, &error));
  g_assert_false (styr_investment_get_outcome_to_date (inv, t1, &ore, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_clear_error (&error);
  g_assert_false (styr_investment_get_total_outcome_to_date (inv, t1, &ore, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
}

/* Forecasts and deviations ----------------------------------------------- */

static void
test_forecasts (Fixture       *fixture,
                gconstpointer  data)
{
  StyrInvestment *inv = fixture->school;
  g_autoptr(StyrInvestment) loose = styr_investment_new ("inv-lost", NULL);
  g_autoptr(GError) error = NULL;
  const char *occasion = NULL;
  gint64 year_ore = -1, total_ore = -1;

  g_assert_false (styr_investment_set_forecast (loose, "2025-t1", 1, 2, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_clear_error (&error);
  g_assert_false (styr_investment_set_forecast (inv, "2031-t1", 1, 2, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_assert_nonnull (g_strstr_len (error->message, -1, "2031-t1"));
  g_clear_error (&error);
  g_assert_cmpuint (styr_investment_get_n_forecasts (inv), ==, 0);

  g_assert_false (styr_investment_lookup_forecast (inv, "2025-t1", &year_ore, &total_ore));
  g_assert_cmpint (year_ore, ==, 0);
  g_assert_cmpint (total_ore, ==, 0);

  g_assert_true (styr_investment_set_forecast (inv, "2025-delar", 5200000000, 12100000000, &error));
  g_assert_true (styr_investment_set_forecast (inv, "2025-t1", 5800000000, 11900000000, &error));
  g_assert_true (styr_investment_set_forecast (inv, "2025-delar", 5300000000, 12200000000, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (styr_investment_get_n_forecasts (inv), ==, 2);
  styr_investment_get_forecast (inv, 0, &occasion, &year_ore, &total_ore);
  g_assert_cmpstr (occasion, ==, "2025-delar");
  g_assert_cmpint (year_ore, ==, 5300000000);
  g_assert_cmpint (total_ore, ==, 12200000000);
  styr_investment_get_forecast (inv, 1, &occasion, NULL, NULL);
  g_assert_cmpstr (occasion, ==, "2025-t1");
  g_assert_true (styr_investment_lookup_forecast (inv, "2025-t1", &year_ore, NULL));
  g_assert_cmpint (year_ore, ==, 5800000000);

  /* Year: 55 000 000 kr budget − 53 000 000 kr forecast; total:
   * 120 000 000 kr − 122 000 000 kr, an overrun. */
  styr_investment_set_total_budget (inv, 12000000000);
  g_assert_true (styr_investment_set_budget (inv, 2025, 5500000000, &error));
  g_assert_true (styr_investment_get_year_deviation (inv, "2025-delar", &year_ore, &error));
  g_assert_no_error (error);
  g_assert_cmpint (year_ore, ==, 200000000);
  g_assert_true (styr_investment_get_total_deviation (inv, "2025-delar", &total_ore, &error));
  g_assert_no_error (error);
  g_assert_cmpint (total_ore, ==, -200000000);
  g_assert_true (styr_investment_get_year_deviation (inv, "2025-t1", &year_ore, &error));
  g_assert_cmpint (year_ore, ==, -300000000);

  /* Without a budget for the year, the whole forecast is the overrun. */
  g_assert_true (styr_investment_remove_budget (inv, 2025));
  g_assert_true (styr_investment_get_year_deviation (inv, "2025-t1", &year_ore, &error));
  g_assert_cmpint (year_ore, ==, -5800000000);

  /* No forecast, no deviation. */
  g_assert_false (styr_investment_get_year_deviation (inv, "2025-ar", &year_ore, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (styr_investment_get_total_deviation (inv, "2025-ar", &total_ore, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (styr_investment_get_year_deviation (inv, "2030-t1", &year_ore, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A forecast kept after its occasion left the calendar: the total
   * deviation needs no year, the year deviation does. */
  g_assert_true (styr_calendar_remove_occasion (styr_model_get_calendar (fixture->model),
                                                styr_calendar_lookup_occasion (styr_model_get_calendar (fixture->model), "2025-t1"),
                                                &error));
  g_assert_no_error (error);
  g_assert_true (styr_investment_lookup_forecast (inv, "2025-t1", NULL, NULL));
  g_assert_true (styr_investment_get_total_deviation (inv, "2025-t1", &total_ore, &error));
  g_assert_cmpint (total_ore, ==, 12000000000 - 11900000000);
  g_assert_false (styr_investment_get_year_deviation (inv, "2025-t1", &year_ore, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (styr_investment_remove_forecast (inv, "2025-t1"));
  g_assert_false (styr_investment_remove_forecast (inv, "2025-t1"));
  g_assert_cmpuint (styr_investment_get_n_forecasts (inv), ==, 1);

  /* Overflow. */
  styr_investment_set_total_budget (inv, G_MININT64);
  g_assert_false (styr_investment_get_total_deviation (inv, "2025-delar", &total_ore, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/investment/status-ids", test_status_ids);
  g_test_add_func ("/investment/properties", test_properties);
  g_test_add_func ("/investment/outlives-model", test_outlives_model);
  g_test_add ("/investment/model", Fixture, NULL, fixture_set_up, test_model, fixture_tear_down);
  g_test_add ("/investment/organ", Fixture, NULL, fixture_set_up, test_organ, fixture_tear_down);
  g_test_add ("/investment/budgets", Fixture, NULL, fixture_set_up, test_budgets, fixture_tear_down);
  g_test_add ("/investment/outcomes", Fixture, NULL, fixture_set_up, test_outcomes, fixture_tear_down);
  g_test_add ("/investment/forecasts", Fixture, NULL, fixture_set_up, test_forecasts, fixture_tear_down);

  return g_test_run ();
}
