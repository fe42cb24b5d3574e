/* test-economy-file.c — the <ekonomi> section of .styr files: budget
 * steering read and written.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <libstyr/styr.h>

/* Helpers ---------------------------------------------------------------- */

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static StyrModel *
load_data (const char *name)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  StyrModel *model;

  model = styr_model_new_from_path (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

static StyrModel *
load_string (const char  *xml,
             GError     **error)
{
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));

  return styr_loader_load_bytes (loader, bytes, "test.styr", error);
}

static char *
to_string (StyrModel *model)
{
  g_autoptr(GBytes) bytes = styr_model_to_bytes (model);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

/* The part of a written document from <ekonomi> to </ekonomi>, or "" */
static char *
economy_part (const char *document)
{
  const char *start = strstr (document, "  <ekonomi>\n");
  const char *end = strstr (document, "  </ekonomi>\n");

  if (start == NULL)
    {
      g_assert_null (end);
      return g_strdup ("");
    }
  g_assert_nonnull (end);
  return g_strndup (start, (gsize) (end - start) + strlen ("  </ekonomi>\n"));
}

static void
assert_frame (StyrModel  *model,
              const char *organ_id,
              int         year,
              gint64      expected)
{
  StyrOrgan *organ = styr_model_lookup_organ (model, organ_id);
  gint64 ore = 0;

  g_assert_nonnull (organ);
  g_assert_true (styr_organ_lookup_frame (organ, year, &ore));
  g_assert_cmpint (ore, ==, expected);
}

/* The fixture: every element and attribute ------------------------------- */

static void
test_round_trip (void)
{
  g_autofree char *path = data_path ("economy.styr");
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = load_data ("economy.styr");
  g_autoptr(GBytes) saved = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  /* The fixture exercises every element of the section. */
  for (const char * const *e = (const char * const[]) {
         "<nyckel ", "<konto ", "<objekt ", "<ram ", "<fordelning ", "<drivare ",
         "<fordelningsar ", "<volym ", "<pris ", "<budget ", "<utfall ", "<omappat ",
         "<resultat ", "<prognos ", "<investering ", "<ar ", " namnd=\"", " regel=\"",
         " nyckel=\"", " index=\"", " effektivisering=\"", " fast=\"", " total-budget=\"",
         " start-ar=\"", " slut-ar=\"", " ar-belopp=\"", " total-belopp=\"", " dim=\"",
         " objekt=\"", " post=\"", " utfall=\"", NULL };
       *e != NULL; e++)
    g_assert_nonnull (strstr (contents, *e));

  saved = styr_model_to_bytes (model);
  g_assert_cmpmem (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                   contents, length);
}

static void
test_values (void)
{
  g_autoptr(StyrModel) model = load_data ("economy.styr");
  StyrOrgan *ks = styr_model_lookup_organ (model, "ks");
  StyrOrgan *bun = styr_model_lookup_organ (model, "bun");
  StyrUnit *norr = styr_model_lookup_unit (model, "skola-norr");
  StyrUnit *syd = styr_model_lookup_unit (model, "skola-syd");
  StyrUnit *kc = styr_model_lookup_unit (model, "kontaktcenter");
  StyrAllocation *rfm;
  StyrInvestment *skola, *gata;
  const int *weights;
  gsize n_weights, n_years;
  g_autofree int *years = NULL;
  g_auto(GStrv) drivers = NULL;
  const char *comment, *dim, *object, *account, *first, *last, *category;
  gint64 ore, ore2;
  int year, month;

  /* enhet@namnd, indikator@regel */
  g_assert_true (styr_unit_get_explicit_budget_organ (kc) == ks);
  g_assert_null (styr_unit_get_explicit_budget_organ (norr));
  g_assert_cmpint (styr_indicator_get_financial_rule (styr_model_lookup_indicator (model, "resultatandel")),
                   ==, STYR_FINANCIAL_RULE_RESULT_SHARE);
  g_assert_cmpint (styr_indicator_get_financial_rule (styr_model_lookup_indicator (model, "budgetavvikelse")),
                   ==, STYR_FINANCIAL_RULE_BUDGET_DEVIATION);

  /* nyckel */
  weights = styr_model_lookup_periodisation_key (model, "skolar", &n_weights);
  g_assert_cmpuint (n_weights, ==, 12);
  g_assert_cmpint (weights[0], ==, 950);
  g_assert_cmpint (weights[6], ==, 100);
  g_assert_cmpint (weights[7], ==, 500);
  g_assert_cmpint (weights[11], ==, 925);

  /* konto, objekt */
  g_assert_cmpuint (styr_model_get_n_account_rules (model), ==, 3);
  styr_model_get_account_rule (model, 1, &first, &last, &category);
  g_assert_cmpstr (first, ==, "4000");
  g_assert_cmpstr (last, ==, "4999");
  g_assert_cmpstr (category, ==, "4000-4999");
  g_assert_cmpuint (styr_model_get_n_object_maps (model), ==, 4);
  g_assert_true (styr_model_lookup_object_unit (model, "1", "1100") == kc);
  g_assert_true (styr_model_lookup_object_unit (model, "6", "P-17") == norr);
  g_assert_null (styr_model_lookup_object_unit (model, "1", "P-17"));

  /* ram */
  assert_frame (model, "ks", 2025, 45000000 * G_GINT64_CONSTANT (100));
  assert_frame (model, "bun", 2025, 120000000 * G_GINT64_CONSTANT (100));
  assert_frame (model, "bun", 2026, 122400000 * G_GINT64_CONSTANT (100));
  g_assert_false (styr_organ_lookup_frame (ks, 2026, NULL));

  /* fordelning */
  g_assert_null (styr_organ_get_allocation (ks));
  rfm = styr_organ_get_allocation (bun);
  g_assert_nonnull (rfm);
  drivers = styr_allocation_dup_driver_ids (rfm);
  g_assert_cmpstrv (drivers, ((const char * const[]) { "elever", "fritids", NULL }));
  g_assert_cmpstr (styr_allocation_get_driver_name (rfm, "elever"), ==, "Elever i grundskolan");
  g_assert_cmpstr (styr_allocation_get_driver_unit (rfm, "elever"), ==, "elever");
  g_assert_null (styr_allocation_get_driver_name (rfm, "fritids"));
  g_assert_true (styr_allocation_lookup_fixed (rfm, 2025, &ore));
  g_assert_cmpint (ore, ==, 20000000 * G_GINT64_CONSTANT (100));
  g_assert_false (styr_allocation_lookup_fixed (rfm, 2026, NULL));
  g_assert_cmpint (styr_allocation_get_index (rfm, 2025), ==, 280);
  g_assert_cmpint (styr_allocation_get_index (rfm, 2026), ==, -50);
  g_assert_cmpint (styr_allocation_get_efficiency (rfm, 2025), ==, 150);
  g_assert_cmpint (styr_allocation_get_efficiency (rfm, 2026), ==, 0);
  g_assert_true (styr_allocation_lookup_volume (rfm, "elever", 2026, &ore));
  g_assert_cmpint (ore, ==, 980);
  g_assert_true (styr_allocation_lookup_volume (rfm, "fritids", 2025, &ore));
  g_assert_cmpint (ore, ==, 0);
  g_assert_true (styr_allocation_lookup_price (rfm, "elever", 2025, &ore));
  g_assert_cmpint (ore, ==, 105000 * 100);
  years = styr_allocation_dup_years (rfm, &n_years);
  g_assert_cmpuint (n_years, ==, 2);
  g_assert_cmpint (years[0], ==, 2025);
  g_assert_cmpint (years[1], ==, 2026);

  /* budget: the key, "linjar" when none is named */
  g_assert_cmpuint (styr_unit_get_n_budget_lines (norr), ==, 4);
  g_assert_true (styr_unit_lookup_budget (norr, 2025, "3000-3999", &ore));
  g_assert_cmpint (ore, ==, -500000 * 100);
  g_assert_cmpstr (styr_unit_get_budget_key (norr, 2025, "5000-5999"), ==, "skolar");
  g_assert_cmpstr (styr_unit_get_budget_key (norr, 2025, "4000-4999"), ==, "linjar");
  g_assert_cmpstr (styr_unit_get_budget_key (syd, 2025, "5000-5999"), ==, "personal");
  g_assert_true (styr_unit_lookup_budget (kc, 2025, "4010", &ore));
  g_assert_cmpint (ore, ==, 150000 * 100);

  /* utfall */
  g_assert_cmpuint (styr_unit_get_n_outcomes (norr), ==, 4);
  g_assert_true (styr_unit_lookup_outcome (norr, 2025, 1, "5000-5999", &ore));
  g_assert_cmpint (ore, ==, 351234550);
  g_assert_true (styr_unit_lookup_outcome (norr, 2025, 2, "4000-4999", &ore));
  g_assert_cmpint (ore, ==, 24500075);
  g_assert_true (styr_unit_lookup_outcome (kc, 2024, 12, "5000-5999", &ore));
  g_assert_cmpint (ore, ==, 148000000);
  g_assert_true (styr_unit_lookup_outcome (kc, 2025, 1, "5000-5999", &ore));
  g_assert_cmpint (ore, ==, 0);

  /* omappat, in the file's order */
  g_assert_cmpuint (styr_model_get_n_unmapped_outcomes (model), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      styr_model_get_unmapped_outcome (model, i, &year, &month, &dim, &object, &account, &ore);
      if (dim == NULL)
        {
          g_assert_null (object);
          g_assert_cmpstr (account, ==, "6010");
          g_assert_cmpint (ore, ==, 50000);
        }
      else
        {
          g_assert_cmpstr (dim, ==, "1");
          g_assert_cmpstr (object, ==, "9999");
          g_assert_cmpstr (account, ==, "4010");
          g_assert_cmpint (ore, ==, month == 1 ? 1234500 : -200);
        }
    }

  /* resultat */
  g_assert_true (styr_model_lookup_result_budget (model, 2025, STYR_RESULT_ITEM_FINANCIAL_NET, &ore));
  g_assert_cmpint (ore, ==, -1200000 * 100);
  g_assert_true (styr_model_lookup_result_budget (model, 2025, STYR_RESULT_ITEM_OTHER, &ore));
  g_assert_cmpint (ore, ==, -2500000 * 100);
  g_assert_false (styr_model_lookup_result_budget (model, 2025, STYR_RESULT_ITEM_BALANCE_ADJUSTMENTS, NULL));
  g_assert_true (styr_model_lookup_budgeted_result (model, 2025, &ore));
  g_assert_cmpint (ore, ==, 250000000);
  g_assert_false (styr_model_lookup_budgeted_result (model, 2026, NULL));
  g_assert_true (styr_model_lookup_result_outcome (model, 2025, 2, STYR_RESULT_ITEM_TAX_INCOME, &ore));
  g_assert_cmpint (ore, ==, 12490000 * 100);
  g_assert_cmpuint (styr_model_get_n_result_rows (model), ==, 7);

  /* prognos, with comments as written (an entity reference, a newline) */
  g_assert_true (styr_organ_lookup_forecast (bun, "t1-2025", &ore, &comment));
  g_assert_cmpint (ore, ==, 121500000 * G_GINT64_CONSTANT (100));
  g_assert_cmpstr (comment, ==, "Fler elever än väntat & höga vikariekostnader.\nNämnden ser över bemanningen.");
  g_assert_true (styr_organ_lookup_forecast (bun, "t2-2025", &ore, &comment));
  g_assert_cmpint (ore, ==, 121000000 * G_GINT64_CONSTANT (100));
  g_assert_null (comment);
  g_assert_true (styr_organ_lookup_forecast (ks, "t1-2025", &ore, NULL));
  g_assert_false (styr_organ_lookup_forecast (ks, "t2-2025", NULL, NULL));
  g_assert_true (styr_unit_lookup_forecast (norr, "t1-2025", &ore, &comment));
  g_assert_cmpint (ore, ==, 43000000 * G_GINT64_CONSTANT (100));
  g_assert_cmpstr (comment, ==, "Vikarier under våren.");
  g_assert_true (styr_unit_lookup_forecast (kc, "t1-2025", &ore, &comment));
  g_assert_null (comment);
  g_assert_true (styr_model_lookup_result_forecast (model, "t1-2025",
                                                    STYR_RESULT_ITEM_BALANCE_ADJUSTMENTS, &ore));
  g_assert_cmpint (ore, ==, -20000 * 100);

  /* investering */
  g_assert_cmpuint (g_list_model_get_n_items (styr_model_get_investments (model)), ==, 2);
  skola = styr_model_lookup_investment (model, "inv-skola");
  gata = styr_model_lookup_investment (model, "inv-gata");
  g_assert_nonnull (skola);
  g_assert_nonnull (gata);
  g_assert_cmpstr (styr_investment_get_name (skola), ==, "Ny F–6-skola i Norr");
  g_assert_true (styr_investment_get_organ (skola) == bun);
  g_assert_cmpint (styr_investment_get_status (skola), ==, STYR_INVESTMENT_STATUS_ONGOING);
  g_assert_cmpint (styr_investment_get_total_budget (skola), ==, 120000000 * G_GINT64_CONSTANT (100));
  g_assert_cmpint (styr_investment_get_start_year (skola), ==, 2024);
  g_assert_cmpint (styr_investment_get_end_year (skola), ==, 2026);
  g_assert_true (styr_investment_lookup_budget (skola, 2024, &ore));
  g_assert_cmpint (ore, ==, 20000000 * G_GINT64_CONSTANT (100));
  g_assert_true (styr_investment_lookup_outcome (skola, 2024, 11, &ore));
  g_assert_cmpint (ore, ==, 9500000 * G_GINT64_CONSTANT (100));
  g_assert_true (styr_investment_lookup_forecast (skola, "t2-2025", &ore, &ore2));
  g_assert_cmpint (ore, ==, 54000000 * G_GINT64_CONSTANT (100));
  g_assert_cmpint (ore2, ==, 117500000 * G_GINT64_CONSTANT (100));
  g_assert_null (styr_investment_get_name (gata));
  g_assert_null (styr_investment_get_organ (gata));
  g_assert_cmpint (styr_investment_get_status (gata), ==, STYR_INVESTMENT_STATUS_PLANNED);
  g_assert_cmpint (styr_investment_get_total_budget (gata), ==, 0);
  g_assert_cmpint (styr_investment_get_start_year (gata), ==, 0);
  g_assert_cmpuint (styr_investment_get_n_budgets (gata), ==, 0);
}

/* The writer: canonical order whatever the order things were set in ------ */

#define ECONOMY_SKELETON \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\">\n" \
  "  <kommun/>\n" \
  "  <skala id=\"s\"/>\n" \
  "  <kalender namn=\"Årshjul\">\n" \
  "    <tillfalle id=\"t1\" period=\"2025-T1\" flaggor=\"ekonomi\"/>\n" \
  "    <tillfalle id=\"t2\" period=\"2025-T2\" flaggor=\"ekonomi\"/>\n" \
  "  </kalender>\n" \
  "  <organ id=\"kf\" typ=\"kf\"/>\n" \
  "  <organ id=\"a\" typ=\"namnd\"/>\n" \
  "  <organ id=\"b\" typ=\"ks\"/>\n" \
  "  <enhet id=\"u1\" niva=\"enhet\"/>\n" \
  "  <enhet id=\"u2\" niva=\"enhet\"/>\n"

static void
test_canonical_order (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = NULL;
  g_autoptr(StyrModel) reloaded = NULL;
  g_autoptr(StyrAllocation) rfm = styr_allocation_new ();
  g_autofree char *written = NULL;
  g_autofree char *economy = NULL;
  g_autofree char *again = NULL;
  StyrOrgan *a, *b;
  StyrUnit *u1, *u2;
  const char *expected =
    "  <ekonomi>\n"
    "    <ram organ=\"a\" ar=\"2025\" belopp=\"1\"/>\n"
    "    <ram organ=\"a\" ar=\"2026\" belopp=\"2\"/>\n"
    "    <ram organ=\"b\" ar=\"2024\" belopp=\"-9223372036854775808\"/>\n"
    "    <ram organ=\"b\" ar=\"2025\" belopp=\"9223372036854775807\"/>\n"
    "    <fordelning organ=\"a\">\n"
    "      <drivare id=\"z\"/>\n"
    "      <drivare id=\"y\"/>\n"
    "      <fordelningsar ar=\"2025\" fast=\"0\"/>\n"
    "      <fordelningsar ar=\"2027\" effektivisering=\"10000\"/>\n"
    "      <volym drivare=\"z\" ar=\"2026\" varde=\"7\"/>\n"
    "      <volym drivare=\"y\" ar=\"2025\" varde=\"3\"/>\n"
    "      <pris drivare=\"z\" ar=\"2025\" belopp=\"5\"/>\n"
    "    </fordelning>\n"
    "    <budget enhet=\"u1\" ar=\"2025\" kostnadsslag=\"4000-4999\" belopp=\"10\"/>\n"
    "    <budget enhet=\"u1\" ar=\"2025\" kostnadsslag=\"4010\" belopp=\"11\"/>\n"
    "    <budget enhet=\"u1\" ar=\"2026\" kostnadsslag=\"3000\" belopp=\"-12\"/>\n"
    "    <budget enhet=\"u2\" ar=\"2025\" kostnadsslag=\"5000\" belopp=\"13\" nyckel=\"personal\"/>\n"
    "    <utfall enhet=\"u1\" period=\"2025-02\" kostnadsslag=\"3000\" belopp=\"-1\"/>\n"
    "    <utfall enhet=\"u1\" period=\"2025-02\" kostnadsslag=\"5000\" belopp=\"2\"/>\n"
    "    <utfall enhet=\"u1\" period=\"2025-10\" kostnadsslag=\"3000\" belopp=\"3\"/>\n"
    "    <utfall enhet=\"u1\" period=\"2026-01\" kostnadsslag=\"5000\" belopp=\"4\"/>\n"
    "    <utfall enhet=\"u2\" period=\"2025-01\" kostnadsslag=\"5000\" belopp=\"5\"/>\n"
    "    <resultat ar=\"2025\" budget=\"40\"/>\n"
    "    <resultat ar=\"2026\" budget=\"-41\"/>\n"
    "    <resultat post=\"skatteintakter\" ar=\"2025\" budget=\"100\"/>\n"
    "    <resultat post=\"finansnetto\" ar=\"2025\" budget=\"-3\"/>\n"
    "    <resultat post=\"skatteintakter\" ar=\"2026\" budget=\"101\"/>\n"
    "    <resultat post=\"generella-statsbidrag\" period=\"2025-01\" utfall=\"7\"/>\n"
    "    <resultat post=\"skatteintakter\" period=\"2025-02\" utfall=\"8\"/>\n"
    "    <prognos tillfalle=\"t1\" organ=\"a\" belopp=\"20\"/>\n"
    "    <prognos tillfalle=\"t1\" post=\"generella-statsbidrag\" belopp=\"22\"/>\n"
    "    <prognos tillfalle=\"t2\" organ=\"a\" belopp=\"30\">&lt;b&gt; &amp; c</prognos>\n"
    "    <prognos tillfalle=\"t2\" organ=\"b\" belopp=\"31\"/>\n"
    "    <prognos tillfalle=\"t2\" enhet=\"u1\" belopp=\"33\"/>\n"
    "    <prognos tillfalle=\"t2\" enhet=\"u2\" belopp=\"32\"/>\n"
    "  </ekonomi>\n";

  model = load_string (ECONOMY_SKELETON "</styr>\n", &error);
  g_assert_no_error (error);
  a = styr_model_lookup_organ (model, "a");
  b = styr_model_lookup_organ (model, "b");
  u1 = styr_model_lookup_unit (model, "u1");
  u2 = styr_model_lookup_unit (model, "u2");

  /* Everything set out of order. */
  g_assert_true (styr_organ_set_frame (b, 2025, G_MAXINT64, &error));
  g_assert_true (styr_organ_set_frame (b, 2024, G_MININT64, &error));
  g_assert_true (styr_organ_set_frame (a, 2026, 2, &error));
  g_assert_true (styr_organ_set_frame (a, 2025, 1, &error));

  g_assert_true (styr_allocation_add_driver (rfm, "z", NULL, NULL, &error));
  g_assert_true (styr_allocation_add_driver (rfm, "y", NULL, NULL, &error));
  g_assert_true (styr_allocation_set_efficiency (rfm, 2027, 10000, &error));
  g_assert_true (styr_allocation_set_price (rfm, "z", 2025, 5, &error));
  g_assert_true (styr_allocation_set_volume (rfm, "y", 2025, 3, &error));
  g_assert_true (styr_allocation_set_volume (rfm, "z", 2026, 7, &error));
  g_assert_true (styr_allocation_set_fixed (rfm, 2025, 0, &error));
  /* An index of 0 set on a year of volumes only makes no row. */
  g_assert_true (styr_allocation_set_index (rfm, 2026, 0, &error));
  g_assert_true (styr_organ_set_allocation (a, rfm, &error));

  g_assert_true (styr_unit_set_budget (u2, 2025, "5000", 13, &error));
  g_assert_true (styr_unit_set_budget_key (u2, 2025, "5000", "personal", &error));
  g_assert_true (styr_unit_set_budget (u1, 2026, "3000", -12, &error));
  g_assert_true (styr_unit_set_budget (u1, 2025, "4010", 11, &error));
  g_assert_true (styr_unit_set_budget (u1, 2025, "4000-4999", 10, &error));
  /* Linear named explicitly is the default: not written. */
  g_assert_true (styr_unit_set_budget_key (u1, 2025, "4010", "linjar", &error));

  g_assert_true (styr_unit_set_outcome (u2, 2025, 1, "5000", 5, &error));
  g_assert_true (styr_unit_set_outcome (u1, 2026, 1, "5000", 4, &error));
  g_assert_true (styr_unit_set_outcome (u1, 2025, 10, "3000", 3, &error));
  g_assert_true (styr_unit_set_outcome (u1, 2025, 2, "5000", 2, &error));
  g_assert_true (styr_unit_set_outcome (u1, 2025, 2, "3000", -1, &error));

  g_assert_true (styr_model_set_result_outcome (model, 2025, 2, STYR_RESULT_ITEM_TAX_INCOME, 8, &error));
  g_assert_true (styr_model_set_result_outcome (model, 2025, 1, STYR_RESULT_ITEM_GENERAL_GRANTS, 7, &error));
  g_assert_true (styr_model_set_result_budget (model, 2026, STYR_RESULT_ITEM_TAX_INCOME, 101, &error));
  g_assert_true (styr_model_set_budgeted_result (model, 2026, -41, &error));
  g_assert_true (styr_model_set_budgeted_result (model, 2025, 40, &error));
  g_assert_true (styr_model_set_result_budget (model, 2025, STYR_RESULT_ITEM_FINANCIAL_NET, -3, &error));
  g_assert_true (styr_model_set_result_budget (model, 2025, STYR_RESULT_ITEM_TAX_INCOME, 100, &error));

  g_assert_true (styr_unit_set_forecast (u1, "t2", 33, NULL, &error));
  g_assert_true (styr_unit_set_forecast (u2, "t2", 32, "", &error));
  g_assert_true (styr_model_set_result_forecast (model, "t1", STYR_RESULT_ITEM_GENERAL_GRANTS, 22, &error));
  g_assert_true (styr_organ_set_forecast (b, "t2", 31, NULL, &error));
  g_assert_true (styr_organ_set_forecast (a, "t2", 30, "<b> & c", &error));
  g_assert_true (styr_organ_set_forecast (a, "t1", 20, NULL, &error));
  g_assert_no_error (error);

  written = to_string (model);
  economy = economy_part (written);
  g_assert_cmpstr (economy, ==, expected);

  /* Loading it back and writing again gives the same bytes. */
  reloaded = load_string (written, &error);
  g_assert_no_error (error);
  again = to_string (reloaded);
  g_assert_cmpstr (again, ==, written);
}

/* A model without economy data has no <ekonomi>; an empty one loads. */
static void
test_no_section (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = NULL;
  g_autofree char *written = NULL;
  g_autofree char *economy = NULL;

  model = load_string (ECONOMY_SKELETON "  <ekonomi/>\n</styr>\n", &error);
  g_assert_no_error (error);
  written = to_string (model);
  g_assert_null (strstr (written, "<ekonomi"));

  g_clear_object (&model);
  model = load_string (ECONOMY_SKELETON "  <ekonomi>\n  </ekonomi>\n</styr>\n", &error);
  g_assert_no_error (error);

  /* A custom key alone makes the section. */
  g_assert_true (styr_model_add_periodisation_key (model, "jamn",
                                                   (const int[]) { 800, 800, 800, 800, 900, 900,
                                                                   900, 900, 800, 800, 800, 800 },
                                                   12, &error));
  g_assert_no_error (error);
  g_free (written);
  written = to_string (model);
  economy = economy_part (written);
  g_assert_cmpstr (economy, ==,
                   "  <ekonomi>\n"
                   "    <nyckel id=\"jamn\" vikter=\"800 800 800 800 900 900 900 900 800 800 800 800\"/>\n"
                   "  </ekonomi>\n");
}

/* The reader accepts rows of a kind in any order and whitespace in
 * vikter; the writer puts them in order. */
static void
test_any_order (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = NULL;
  g_autofree char *written = NULL;
  g_autofree char *economy = NULL;

  model = load_string (ECONOMY_SKELETON
                       "  <ekonomi>\n"
                       "    <nyckel id=\"k\" vikter=\"\n  1000 1000 1000 1000 1000 1000\t500 500 500 500 1000 1000 \"/>\n"
                       "    <objekt dim=\"2\" id=\"10\" enhet=\"u1\"/>\n"
                       "    <objekt dim=\"1\" id=\"20\" enhet=\"u2\"/>\n"
                       "    <objekt dim=\"1\" id=\"100\" enhet=\"u1\"/>\n"
                       "    <ram organ=\"b\" ar=\"2025\" belopp=\"-0\"/>\n"
                       "    <ram organ=\"a\" ar=\"2025\" belopp=\"007\"/>\n"
                       "    <budget enhet=\"u2\" ar=\"2025\" kostnadsslag=\"5000\" belopp=\"1\" nyckel=\"k\"/>\n"
                       "    <budget enhet=\"u1\" ar=\"2025\" kostnadsslag=\"5000\" belopp=\"2\" nyckel=\"linjar\"/>\n"
                       "    <utfall enhet=\"u1\" period=\"2025-03\" kostnadsslag=\"5000\" belopp=\"3\"/>\n"
                       "    <utfall enhet=\"u2\" period=\"2025-01\" kostnadsslag=\"5000\" belopp=\"4\"/>\n"
                       "    <utfall enhet=\"u1\" period=\"2025-01\" kostnadsslag=\"5000\" belopp=\"5\"/>\n"
                       "  </ekonomi>\n"
                       "</styr>\n", &error);
  g_assert_no_error (error);
  written = to_string (model);
  economy = economy_part (written);
  g_assert_cmpstr (economy, ==,
                   "  <ekonomi>\n"
                   "    <nyckel id=\"k\" vikter=\"1000 1000 1000 1000 1000 1000 500 500 500 500 1000 1000\"/>\n"
                   "    <objekt dim=\"1\" id=\"100\" enhet=\"u1\"/>\n"
                   "    <objekt dim=\"1\" id=\"20\" enhet=\"u2\"/>\n"
                   "    <objekt dim=\"2\" id=\"10\" enhet=\"u1\"/>\n"
                   "    <ram organ=\"a\" ar=\"2025\" belopp=\"7\"/>\n"
                   "    <ram organ=\"b\" ar=\"2025\" belopp=\"0\"/>\n"
                   "    <budget enhet=\"u1\" ar=\"2025\" kostnadsslag=\"5000\" belopp=\"2\"/>\n"
                   "    <budget enhet=\"u2\" ar=\"2025\" kostnadsslag=\"5000\" belopp=\"1\" nyckel=\"k\"/>\n"
                   "    <utfall enhet=\"u1\" period=\"2025-01\" kostnadsslag=\"5000\" belopp=\"5\"/>\n"
                   "    <utfall enhet=\"u1\" period=\"2025-03\" kostnadsslag=\"5000\" belopp=\"3\"/>\n"
                   "    <utfall enhet=\"u2\" period=\"2025-01\" kostnadsslag=\"5000\" belopp=\"4\"/>\n"
                   "  </ekonomi>\n");
}

/* Errors ----------------------------------------------------------------- */

/* The skeleton is 13 lines; the economy rows begin on line 15. */
#define E(rows) ECONOMY_SKELETON "  <ekonomi>\n" rows "  </ekonomi>\n</styr>\n"

typedef struct
{
  const char *path;
  const char *xml;
  int         code;         /* in STYR_ERROR */
  const char *location;     /* "test.styr:L:C: " */
  const char *contains;     /* also in the message, or NULL */
} ErrorCase;

static const ErrorCase error_cases[] = {
  /* Dangling and wrong references */
  { "/economy-file/error/unknown-unit",
    E ("    <budget enhet=\"u1\" ar=\"2025\" kostnadsslag=\"5000\" belopp=\"1\"/>\n"
       "    <budget enhet=\"u9\" ar=\"2025\" kostnadsslag=\"5000\" belopp=\"1\"/>\n"),
    STYR_ERROR_NOT_FOUND, "test.styr:16:5: ", "»u9«" },
  { "/economy-file/error/unknown-organ",
    E ("    <ram organ=\"x\" ar=\"2025\" belopp=\"1\"/>\n"),
    STYR_ERROR_NOT_FOUND, "test.styr:15:5: ", "»x«" },
  { "/economy-file/error/organ-is-unit",
    E ("    <ram organ=\"u1\" ar=\"2025\" belopp=\"1\"/>\n"),
    STYR_ERROR_NOT_FOUND, "test.styr:15:5: ", "organ" },
  { "/economy-file/error/unit-is-organ",
    E ("    <utfall enhet=\"a\" period=\"2025-01\" kostnadsslag=\"5000\" belopp=\"1\"/>\n"),
    STYR_ERROR_NOT_FOUND, "test.styr:15:5: ", "enhet" },
  { "/economy-file/error/object-unit",
    E ("    <objekt dim=\"1\" id=\"1\" enhet=\"nej\"/>\n"),
    STYR_ERROR_NOT_FOUND, "test.styr:15:5: ", "»nej«" },
  { "/economy-file/error/unknown-occasion",
    E ("    <prognos tillfalle=\"t9\" organ=\"a\" belopp=\"1\"/>\n"),
    STYR_ERROR_NOT_FOUND, "test.styr:15:5: ", "t9" },
  { "/economy-file/error/unknown-occasion-result",
    E ("    <prognos tillfalle=\"t9\" post=\"ovrigt\" belopp=\"1\"/>\n"),
    STYR_ERROR_NOT_FOUND, "test.styr:15:5: ", "t9" },
  { "/economy-file/error/unknown-occasion-investment",
    E ("    <investering id=\"i\" status=\"pagar\">\n"
       "      <prognos tillfalle=\"t9\" ar-belopp=\"1\" total-belopp=\"2\"/>\n"
       "    </investering>\n"),
    STYR_ERROR_NOT_FOUND, "test.styr:16:7: ", "t9" },
  { "/economy-file/error/unknown-key",
    E ("    <budget enhet=\"u1\" ar=\"2025\" kostnadsslag=\"5000\" belopp=\"1\" nyckel=\"sommar\"/>\n"),
    STYR_ERROR_NOT_FOUND, "test.styr:15:5: ", "sommar" },
  { "/economy-file/error/unknown-driver",
    E ("    <fordelning organ=\"a\">\n"
       "      <volym drivare=\"elever\" ar=\"2025\" varde=\"1\"/>\n"
       "    </fordelning>\n"),
    STYR_ERROR_NOT_FOUND, "test.styr:16:7: ", "elever" },
  { "/economy-file/error/investment-organ",
    E ("    <investering id=\"i\" organ=\"x\" status=\"pagar\"/>\n"),
    STYR_ERROR_NOT_FOUND, "test.styr:15:5: ", "»x«" },
  { "/economy-file/error/namnd-dangling",
    ECONOMY_SKELETON "  <enhet id=\"u3\" niva=\"enhet\" namnd=\"ingen\"/>\n</styr>\n",
    STYR_ERROR_NOT_FOUND, "test.styr:14:3: ", "»ingen« (namnd)" },
  { "/economy-file/error/namnd-unit",
    ECONOMY_SKELETON "  <enhet id=\"u3\" niva=\"enhet\" namnd=\"u1\"/>\n</styr>\n",
    STYR_ERROR_NOT_FOUND, "test.styr:14:3: ", "namnd" },
  { "/economy-file/error/frame-owner",
    E ("    <ram organ=\"kf\" ar=\"2025\" belopp=\"1\"/>\n"),
    STYR_ERROR_WRONG_OWNER, "test.styr:15:5: ", NULL },
  { "/economy-file/error/allocation-owner",
    E ("    <fordelning organ=\"kf\"/>\n"),
    STYR_ERROR_WRONG_OWNER, "test.styr:15:5: ", NULL },

  /* Amounts */
  { "/economy-file/error/amount-comma",
    E ("    <ram organ=\"a\" ar=\"2025\" belopp=\"12,5\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", "»12,5«" },
  { "/economy-file/error/amount-point",
    E ("    <utfall enhet=\"u1\" period=\"2025-01\" kostnadsslag=\"5000\" belopp=\"12.50\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", "»12.50«" },
  { "/economy-file/error/amount-space",
    E ("    <utfall enhet=\"u1\" period=\"2025-01\" kostnadsslag=\"5000\" belopp=\"1 000\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", NULL },
  { "/economy-file/error/amount-plus",
    E ("    <ram organ=\"a\" ar=\"2025\" belopp=\"+5\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", NULL },
  { "/economy-file/error/amount-empty",
    E ("    <ram organ=\"a\" ar=\"2025\" belopp=\"\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", NULL },
  { "/economy-file/error/amount-minus",
    E ("    <ram organ=\"a\" ar=\"2025\" belopp=\"-\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", NULL },
  { "/economy-file/error/amount-overflow",
    E ("    <ram organ=\"a\" ar=\"2025\" belopp=\"9223372036854775808\"/>\n"),
    STYR_ERROR_OVERFLOW, "test.styr:15:5: ", "9223372036854775808" },
  { "/economy-file/error/amount-underflow",
    E ("    <utfall enhet=\"u1\" period=\"2025-01\" kostnadsslag=\"5000\" belopp=\"-9223372036854775809\"/>\n"),
    STYR_ERROR_OVERFLOW, "test.styr:15:5: ", NULL },
  { "/economy-file/error/amount-huge-then-junk",
    E ("    <ram organ=\"a\" ar=\"2025\" belopp=\"99999999999999999999x\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", NULL },
  { "/economy-file/error/weights-overflow",
    E ("    <nyckel id=\"k\" vikter=\"99999999999 0 0 0 0 0 0 0 0 0 0 0\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", "vikter" },
  { "/economy-file/error/weights-eleven",
    E ("    <nyckel id=\"k\" vikter=\"1000 1000 1000 1000 1000 1000 1000 1000 1000 500 500\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", "tolv" },
  { "/economy-file/error/weights-thirteen",
    E ("    <nyckel id=\"k\" vikter=\"1000 1000 1000 1000 1000 1000 1000 1000 1000 500 500 0 0\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", "tolv" },
  { "/economy-file/error/weights-sum",
    E ("    <nyckel id=\"k\" vikter=\"1000 1000 1000 1000 1000 1000 1000 1000 1000 500 500 1\"/>\n"),
    STYR_ERROR_INVALID_ARGUMENT, "test.styr:15:5: ", NULL },
  { "/economy-file/error/key-builtin",
    E ("    <nyckel id=\"personal\" vikter=\"1000 1000 1000 1000 1000 1000 1000 1000 1000 500 500 0\"/>\n"),
    STYR_ERROR_DUPLICATE_ID, "test.styr:15:5: ", NULL },
  { "/economy-file/error/negative-volume",
    E ("    <fordelning organ=\"a\">\n"
       "      <drivare id=\"d\"/>\n"
       "      <volym drivare=\"d\" ar=\"2025\" varde=\"-1\"/>\n"
       "    </fordelning>\n"),
    STYR_ERROR_INVALID_ARGUMENT, "test.styr:17:7: ", NULL },
  { "/economy-file/error/index-range",
    E ("    <fordelning organ=\"a\">\n"
       "      <fordelningsar ar=\"2025\" index=\"10001\"/>\n"
       "    </fordelning>\n"),
    STYR_ERROR_INVALID_ARGUMENT, "test.styr:16:7: ", NULL },
  { "/economy-file/error/index-int-overflow",
    E ("    <fordelning organ=\"a\">\n"
       "      <fordelningsar ar=\"2025\" effektivisering=\"4294967296\"/>\n"
       "    </fordelning>\n"),
    STYR_ERROR_OVERFLOW, "test.styr:16:7: ", NULL },
  { "/economy-file/error/bad-category",
    E ("    <budget enhet=\"u1\" ar=\"2025\" kostnadsslag=\"8000\" belopp=\"1\"/>\n"),
    STYR_ERROR_INVALID_ARGUMENT, "test.styr:15:5: ", "8000" },

  /* Months and years */
  { "/economy-file/error/month-13",
    E ("    <utfall enhet=\"u1\" period=\"2025-13\" kostnadsslag=\"5000\" belopp=\"1\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", "»2025-13«" },
  { "/economy-file/error/month-0",
    E ("    <omappat period=\"2025-00\" konto=\"4010\" belopp=\"1\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", "»2025-00«" },
  { "/economy-file/error/month-short",
    E ("    <resultat post=\"ovrigt\" period=\"2025-5\" utfall=\"1\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", NULL },
  { "/economy-file/error/month-tertial",
    E ("    <utfall enhet=\"u1\" period=\"2025-T1\" kostnadsslag=\"5000\" belopp=\"1\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", NULL },
  { "/economy-file/error/month-investment",
    E ("    <investering id=\"i\" status=\"pagar\">\n"
       "      <utfall period=\"2025-13\" belopp=\"1\"/>\n"
       "    </investering>\n"),
    STYR_ERROR_PARSE, "test.styr:16:7: ", NULL },
  { "/economy-file/error/year-0",
    E ("    <ram organ=\"a\" ar=\"0\" belopp=\"1\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", NULL },

  /* Duplicates */
  { "/economy-file/error/duplicate-frame",
    E ("    <ram organ=\"a\" ar=\"2025\" belopp=\"1\"/>\n"
       "    <ram organ=\"b\" ar=\"2025\" belopp=\"1\"/>\n"
       "    <ram organ=\"a\" ar=\"2025\" belopp=\"2\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:17:5: ", "ram" },
  { "/economy-file/error/duplicate-allocation",
    E ("    <fordelning organ=\"a\"/>\n"
       "    <fordelning organ=\"a\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:16:5: ", NULL },
  { "/economy-file/error/duplicate-driver",
    E ("    <fordelning organ=\"a\">\n"
       "      <drivare id=\"d\"/>\n"
       "      <drivare id=\"d\"/>\n"
       "    </fordelning>\n"),
    STYR_ERROR_DUPLICATE_ID, "test.styr:17:7: ", NULL },
  { "/economy-file/error/allocation-years-order",
    E ("    <fordelning organ=\"a\">\n"
       "      <fordelningsar ar=\"2026\" fast=\"1\"/>\n"
       "      <fordelningsar ar=\"2025\" fast=\"1\"/>\n"
       "    </fordelning>\n"),
    STYR_ERROR_PARSE, "test.styr:17:7: ", NULL },
  { "/economy-file/error/duplicate-allocation-year",
    E ("    <fordelning organ=\"a\">\n"
       "      <fordelningsar ar=\"2025\" fast=\"1\"/>\n"
       "      <fordelningsar ar=\"2025\" index=\"1\"/>\n"
       "    </fordelning>\n"),
    STYR_ERROR_PARSE, "test.styr:17:7: ", NULL },
  { "/economy-file/error/duplicate-volume",
    E ("    <fordelning organ=\"a\">\n"
       "      <drivare id=\"d\"/>\n"
       "      <volym drivare=\"d\" ar=\"2025\" varde=\"1\"/>\n"
       "      <volym drivare=\"d\" ar=\"2025\" varde=\"2\"/>\n"
       "    </fordelning>\n"),
    STYR_ERROR_PARSE, "test.styr:18:7: ", NULL },
  { "/economy-file/error/duplicate-price",
    E ("    <fordelning organ=\"a\">\n"
       "      <drivare id=\"d\"/>\n"
       "      <pris drivare=\"d\" ar=\"2025\" belopp=\"1\"/>\n"
       "      <pris drivare=\"d\" ar=\"2025\" belopp=\"1\"/>\n"
       "    </fordelning>\n"),
    STYR_ERROR_PARSE, "test.styr:18:7: ", NULL },
  { "/economy-file/error/duplicate-key",
    E ("    <nyckel id=\"k\" vikter=\"1000 1000 1000 1000 1000 1000 1000 1000 1000 500 500 0\"/>\n"
       "    <nyckel id=\"k\" vikter=\"1000 1000 1000 1000 1000 1000 1000 1000 1000 500 500 0\"/>\n"),
    STYR_ERROR_DUPLICATE_ID, "test.styr:16:5: ", NULL },
  { "/economy-file/error/duplicate-budget",
    E ("    <budget enhet=\"u1\" ar=\"2025\" kostnadsslag=\"5000\" belopp=\"1\"/>\n"
       "    <budget enhet=\"u2\" ar=\"2025\" kostnadsslag=\"5000\" belopp=\"1\"/>\n"
       "    <budget enhet=\"u1\" ar=\"2025\" kostnadsslag=\"5000\" belopp=\"1\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:17:5: ", "budget" },
  { "/economy-file/error/duplicate-outcome",
    E ("    <utfall enhet=\"u1\" period=\"2025-01\" kostnadsslag=\"5000\" belopp=\"1\"/>\n"
       "    <utfall enhet=\"u1\" period=\"2025-02\" kostnadsslag=\"5000\" belopp=\"1\"/>\n"
       "    <utfall enhet=\"u1\" period=\"2025-01\" kostnadsslag=\"5000\" belopp=\"2\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:17:5: ", "utfall" },
  { "/economy-file/error/duplicate-unmapped",
    E ("    <omappat period=\"2025-01\" dim=\"1\" objekt=\"9\" konto=\"4010\" belopp=\"1\"/>\n"
       "    <omappat period=\"2025-01\" dim=\"1\" objekt=\"9\" konto=\"4010\" belopp=\"1\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:16:5: ", NULL },
  { "/economy-file/error/duplicate-object",
    E ("    <objekt dim=\"1\" id=\"1\" enhet=\"u1\"/>\n"
       "    <objekt dim=\"1\" id=\"1\" enhet=\"u2\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:16:5: ", NULL },
  { "/economy-file/error/duplicate-account-rule",
    E ("    <konto fran=\"4000\" till=\"4999\" kostnadsslag=\"4000-4999\"/>\n"
       "    <konto fran=\"4000\" till=\"4999\" kostnadsslag=\"4000-4499\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:16:5: ", NULL },
  { "/economy-file/error/duplicate-result-budget",
    E ("    <resultat post=\"ovrigt\" ar=\"2025\" budget=\"1\"/>\n"
       "    <resultat post=\"ovrigt\" ar=\"2025\" budget=\"1\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:16:5: ", NULL },
  { "/economy-file/error/duplicate-budgeted-result",
    E ("    <resultat ar=\"2025\" budget=\"1\"/>\n"
       "    <resultat ar=\"2025\" budget=\"2\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:16:5: ", NULL },
  { "/economy-file/error/budgeted-result-outcome",
    E ("    <resultat period=\"2025-01\" utfall=\"1\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", "budgeterade" },
  { "/economy-file/error/duplicate-result-outcome",
    E ("    <resultat post=\"ovrigt\" period=\"2025-01\" utfall=\"1\"/>\n"
       "    <resultat post=\"ovrigt\" period=\"2025-01\" utfall=\"1\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:16:5: ", NULL },
  { "/economy-file/error/duplicate-forecast",
    E ("    <prognos tillfalle=\"t1\" enhet=\"u1\" belopp=\"1\"/>\n"
       "    <prognos tillfalle=\"t1\" enhet=\"u1\" belopp=\"2\">igen</prognos>\n"),
    STYR_ERROR_PARSE, "test.styr:16:5: ", NULL },
  { "/economy-file/error/duplicate-result-forecast",
    E ("    <prognos tillfalle=\"t1\" post=\"ovrigt\" belopp=\"1\"/>\n"
       "    <prognos tillfalle=\"t1\" post=\"ovrigt\" belopp=\"2\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:16:5: ", NULL },
  { "/economy-file/error/duplicate-investment",
    E ("    <investering id=\"i\" status=\"pagar\"/>\n"
       "    <investering id=\"i\" status=\"pagar\"/>\n"),
    STYR_ERROR_DUPLICATE_ID, "test.styr:16:5: ", NULL },
  { "/economy-file/error/investment-id-taken",
    E ("    <investering id=\"u1\" status=\"pagar\"/>\n"),
    STYR_ERROR_DUPLICATE_ID, "test.styr:15:5: ", NULL },
  { "/economy-file/error/duplicate-investment-year",
    E ("    <investering id=\"i\" status=\"pagar\">\n"
       "      <ar ar=\"2025\" budget=\"1\"/>\n"
       "      <ar ar=\"2025\" budget=\"1\"/>\n"
       "    </investering>\n"),
    STYR_ERROR_PARSE, "test.styr:17:7: ", NULL },
  { "/economy-file/error/duplicate-investment-outcome",
    E ("    <investering id=\"i\" status=\"pagar\">\n"
       "      <utfall period=\"2025-01\" belopp=\"1\"/>\n"
       "      <utfall period=\"2025-01\" belopp=\"1\"/>\n"
       "    </investering>\n"),
    STYR_ERROR_PARSE, "test.styr:17:7: ", NULL },
  { "/economy-file/error/duplicate-investment-forecast",
    E ("    <investering id=\"i\" status=\"pagar\">\n"
       "      <prognos tillfalle=\"t1\" ar-belopp=\"1\" total-belopp=\"1\"/>\n"
       "      <prognos tillfalle=\"t1\" ar-belopp=\"1\" total-belopp=\"1\"/>\n"
       "    </investering>\n"),
    STYR_ERROR_PARSE, "test.styr:17:7: ", NULL },

  /* Shape */
  { "/economy-file/error/result-both-forms",
    E ("    <resultat post=\"ovrigt\" ar=\"2025\" budget=\"1\" period=\"2025-01\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", "resultat" },
  { "/economy-file/error/result-half-form",
    E ("    <resultat post=\"ovrigt\" ar=\"2025\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", NULL },
  { "/economy-file/error/result-item",
    E ("    <resultat post=\"skatt\" ar=\"2025\" budget=\"1\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", "skatteintakter" },
  { "/economy-file/error/forecast-two-targets",
    E ("    <prognos tillfalle=\"t1\" organ=\"a\" enhet=\"u1\" belopp=\"1\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", NULL },
  { "/economy-file/error/forecast-no-target",
    E ("    <prognos tillfalle=\"t1\" belopp=\"1\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", NULL },
  { "/economy-file/error/forecast-result-comment",
    E ("    <prognos tillfalle=\"t1\" post=\"ovrigt\" belopp=\"1\">nej</prognos>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", NULL },
  { "/economy-file/error/investment-status",
    E ("    <investering id=\"i\" status=\"klar\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", "avslutad" },
  { "/economy-file/error/investment-forecast-half",
    E ("    <investering id=\"i\" status=\"pagar\">\n"
       "      <prognos tillfalle=\"t1\" ar-belopp=\"1\"/>\n"
       "    </investering>\n"),
    STYR_ERROR_PARSE, "test.styr:16:7: ", "total-belopp" },
  { "/economy-file/error/rule",
    ECONOMY_SKELETON "  <indikator id=\"i\" riktning=\"hogre\" kalla=\"ekonomi\" frekvens=\"ar\" regel=\"vinst\"/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:14:3: ", "resultat-andel" },
  { "/economy-file/error/kind-order",
    E ("    <ram organ=\"a\" ar=\"2025\" belopp=\"1\"/>\n"
       "    <nyckel id=\"k\" vikter=\"1000 1000 1000 1000 1000 1000 1000 1000 1000 500 500 0\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:16:5: ", "fel plats" },
  { "/economy-file/error/section-twice",
    ECONOMY_SKELETON "  <ekonomi/>\n  <ekonomi/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:15:3: ", NULL },
  { "/economy-file/error/section-not-last",
    ECONOMY_SKELETON "  <ekonomi/>\n  <organ id=\"c\" typ=\"namnd\"/>\n</styr>\n",
    STYR_ERROR_PARSE, "test.styr:15:3: ", NULL },
  { "/economy-file/error/unknown-attribute",
    E ("    <utfall enhet=\"u1\" period=\"2025-01\" kostnadsslag=\"5000\" belopp=\"1\" valuta=\"SEK\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", "valuta" },
  { "/economy-file/error/missing-attribute",
    E ("    <utfall enhet=\"u1\" period=\"2025-01\" belopp=\"1\"/>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", "kostnadsslag" },
  { "/economy-file/error/text-in-row",
    E ("    <ram organ=\"a\" ar=\"2025\" belopp=\"1\">text</ram>\n"),
    STYR_ERROR_PARSE, "test.styr:15:5: ", NULL },
  /* The references of the sections before <ekonomi> are resolved when it
   * begins: a dangling one is reported, with its own location. */
  { "/economy-file/error/earlier-dangling",
    ECONOMY_SKELETON "  <enhet id=\"u3\" niva=\"enhet\" overordnad=\"nej\"/>\n"
    "  <ekonomi/>\n</styr>\n",
    STYR_ERROR_NOT_FOUND, "test.styr:14:3: ", "»nej«" },
};

static void
test_error (gconstpointer data)
{
  const ErrorCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = load_string (c->xml, &error);

  g_assert_null (model);
  if (!g_error_matches (error, STYR_ERROR, c->code))
    g_error ("%s: expected code %d, got “%s” (%d)", c->path, c->code,
             error != NULL ? error->message : "no error", error != NULL ? error->code : -1);
  if (!g_str_has_prefix (error->message, c->location))
    g_error ("“%s” does not start with “%s”", error->message, c->location);
  if (c->contains != NULL && strstr (error->message, c->contains) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, c->contains);
}

/* Amounts at the ends of the range, and what counts as an integer. */
static void
test_amount_range (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = NULL;
  StyrUnit *u1;
  gint64 ore;

  model = load_string (E ("    <ram organ=\"a\" ar=\"2025\" belopp=\"-9223372036854775808\"/>\n"
                          "    <ram organ=\"a\" ar=\"2026\" belopp=\"9223372036854775807\"/>\n"
                          "    <ram organ=\"b\" ar=\"2025\" belopp=\"-0000\"/>\n"
                          "    <utfall enhet=\"u1\" period=\"0001-12\" kostnadsslag=\"5000\" belopp=\"-1\"/>\n"
                          "    <utfall enhet=\"u1\" period=\"9999-01\" kostnadsslag=\"5000\" belopp=\"00000000000000000000000000042\"/>\n"),
                       &error);
  g_assert_no_error (error);
  assert_frame (model, "a", 2025, G_MININT64);
  assert_frame (model, "a", 2026, G_MAXINT64);
  assert_frame (model, "b", 2025, 0);
  u1 = styr_model_lookup_unit (model, "u1");
  g_assert_true (styr_unit_lookup_outcome (u1, 1, 12, "5000", &ore));
  g_assert_cmpint (ore, ==, -1);
  g_assert_true (styr_unit_lookup_outcome (u1, 9999, 1, "5000", &ore));
  g_assert_cmpint (ore, ==, 42);
}

/* A failed load leaves nothing behind: the loader gives no model, and a
 * load after it with the same loader is unaffected. */
static void
test_no_partial_model (void)
{
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bad = NULL;
  g_autoptr(GBytes) good = NULL;
  g_autoptr(StyrModel) model = NULL;
  const char *bad_xml =
    E ("    <ram organ=\"a\" ar=\"2025\" belopp=\"1\"/>\n"
       "    <budget enhet=\"u1\" ar=\"2025\" kostnadsslag=\"5000\" belopp=\"1\"/>\n"
       "    <utfall enhet=\"u1\" period=\"2025-01\" kostnadsslag=\"5000\" belopp=\"1\"/>\n"
       "    <utfall enhet=\"u1\" period=\"2025-01\" kostnadsslag=\"5000\" belopp=\"x\"/>\n");
  const char *good_xml =
    E ("    <ram organ=\"a\" ar=\"2026\" belopp=\"2\"/>\n");

  bad = g_bytes_new_static (bad_xml, strlen (bad_xml));
  good = g_bytes_new_static (good_xml, strlen (good_xml));

  model = styr_loader_load_bytes (loader, bad, "bad.styr", &error);
  g_assert_null (model);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "bad.styr:18:5: "));
  g_clear_error (&error);

  model = styr_loader_load_bytes (loader, good, "good.styr", &error);
  g_assert_no_error (error);
  g_assert_false (styr_organ_lookup_frame (styr_model_lookup_organ (model, "a"), 2025, NULL));
  assert_frame (model, "a", 2026, 2);
  g_assert_cmpuint (styr_unit_get_n_budget_lines (styr_model_lookup_unit (model, "u1")), ==, 0);
  g_assert_cmpuint (styr_unit_get_n_outcomes (styr_model_lookup_unit (model, "u1")), ==, 0);
}

/* Many outcome rows: a big city has some 720 000 a year. The count and
 * the sum are computed here from the generator, not by the library. */
static void
test_many_outcomes (void)
{
  const char *env = g_getenv ("STYR_TEST_OUTCOME_ROWS");
  guint n_rows = env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : 60000;
  const guint n_units = 50;
  const char *categories[] = { "3000-3999", "4000-4999", "5000-5999", "6000-6999", "7000-7999" };
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autoptr(GTimer) timer = g_timer_new ();
  guint per_unit = n_rows / n_units;
  guint total_rows = 0;
  gint64 expected_sum = 0, sum = 0;
  double load_seconds;

  g_string_append (xml,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\">\n"
                   "  <kommun/>\n"
                   "  <skala id=\"s\"/>\n"
                   "  <kalender/>\n");
  for (guint u = 0; u < n_units; u++)
    g_string_append_printf (xml, "  <enhet id=\"u%03u\" niva=\"enhet\"/>\n", u);
  g_string_append (xml, "  <ekonomi>\n");
  for (guint u = 0; u < n_units; u++)
    for (guint i = 0; i < per_unit; i++)
      {
        /* Years 2000 … , twelve months, five categories. */
        guint category = i % 5;
        guint month = i / 5 % 12 + 1;
        guint year = 2000 + i / 60;
        gint64 ore = (gint64) (u * 7919 + i * 104729) % 100000000 - 20000000;

        g_string_append_printf (xml,
                                "    <utfall enhet=\"u%03u\" period=\"%04u-%02u\" kostnadsslag=\"%s\" belopp=\"%" G_GINT64_FORMAT "\"/>\n",
                                u, year, month, categories[category], ore);
        expected_sum += ore;
        total_rows++;
      }
  g_string_append (xml, "  </ekonomi>\n</styr>\n");
  bytes = g_string_free_to_bytes (g_steal_pointer (&xml));

  g_timer_start (timer);
  model = styr_loader_load_bytes (loader, bytes, "big.styr", &error);
  load_seconds = g_timer_elapsed (timer, NULL);
  g_assert_no_error (error);
  g_test_message ("%u outcome rows (%" G_GSIZE_FORMAT " bytes) loaded in %.3f s",
                  total_rows, g_bytes_get_size (bytes), load_seconds);

  for (guint u = 0; u < n_units; u++)
    {
      g_autofree char *id = g_strdup_printf ("u%03u", u);
      StyrUnit *unit = styr_model_lookup_unit (model, id);
      guint n = styr_unit_get_n_outcomes (unit);

      g_assert_cmpuint (n, ==, per_unit);
      for (guint i = 0; i < n; i++)
        {
          gint64 ore;

          styr_unit_get_outcome_row (unit, i, NULL, NULL, NULL, &ore);
          sum += ore;
        }
    }
  g_assert_cmpint (sum, ==, expected_sum);

  /* The generator wrote the canonical order: saving gives the same bytes. */
  g_timer_start (timer);
  written = styr_model_to_bytes (model);
  g_test_message ("written in %.3f s", g_timer_elapsed (timer, NULL));
  g_assert_true (g_bytes_equal (written, bytes));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/economy-file/round-trip", test_round_trip);
  g_test_add_func ("/economy-file/values", test_values);
  g_test_add_func ("/economy-file/canonical-order", test_canonical_order);
  g_test_add_func ("/economy-file/no-section", test_no_section);
  g_test_add_func ("/economy-file/any-order", test_any_order);
  g_test_add_func ("/economy-file/amount-range", test_amount_range);
  g_test_add_func ("/economy-file/no-partial-model", test_no_partial_model);
  g_test_add_func ("/economy-file/many-outcomes", test_many_outcomes);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    g_test_add_data_func (error_cases[i].path, &error_cases[i], test_error);

  return g_test_run ();
}
