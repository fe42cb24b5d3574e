/* test-import.c — Kolada JSON and measure files into a model (styr-import)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>
#include <string.h>

#include <libstyr/styr.h>

static StyrPeriod *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  StyrPeriod *period = styr_period_parse (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (period);
  return period;
}

static StyrIndicator *
add_indicator (StyrModel           *model,
               const char          *id,
               StyrIndicatorSource  source,
               const char          *source_id)
{
  g_autoptr(StyrIndicator) ind = styr_indicator_new (id, id);
  g_autoptr(GError) error = NULL;

  styr_indicator_set_source (ind, source);
  styr_indicator_set_source_id (ind, source_id);
  g_assert_true (styr_model_add (model, STYR_ENTITY (ind), &error));
  g_assert_no_error (error);
  return ind;
}

/* Ängelholm (1292) with two indicators following N00002, one U00405, and
 * one of its own whose source id looks like a KPI, plus a unit. */
static StyrModel *
make_model (void)
{
  StyrModel *model = styr_model_new ();
  g_autoptr(StyrUnit) unit = styr_unit_new ("skola", STYR_UNIT_KIND_UNIT, "Skolan");
  g_autoptr(GError) error = NULL;

  styr_model_set_kommunkod (model, "1292");
  add_indicator (model, "skatt", STYR_INDICATOR_SOURCE_KOLADA, "N00002");
  add_indicator (model, "skatt-kf", STYR_INDICATOR_SOURCE_KOLADA, "N00002");
  add_indicator (model, "nojd", STYR_INDICATOR_SOURCE_KOLADA, "U00405");
  add_indicator (model, "egen", STYR_INDICATOR_SOURCE_OWN, "N99999");
  g_assert_true (styr_model_add (model, STYR_ENTITY (unit), &error));
  g_assert_no_error (error);
  return model;
}

static GBytes *
read_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static StyrIndicator *
indicator (StyrModel  *model,
           const char *id)
{
  StyrIndicator *ind = styr_model_lookup_indicator (model, id);

  g_assert_nonnull (ind);
  return ind;
}

static void
assert_measurement (StyrModel  *model,
                    const char *id,
                    const char *period_text,
                    double      value,
                    double      women,
                    double      men)
{
  g_autoptr(StyrPeriod) period = parse (period_text);
  double v, w, m;

  g_assert_true (styr_indicator_lookup_measurement (indicator (model, id), period,
                                                    &v, &w, &m, NULL));
  g_assert_cmpfloat_with_epsilon (v, value, 1e-9);
  if (isnan (women))
    g_assert_true (isnan (w));
  else
    g_assert_cmpfloat_with_epsilon (w, women, 1e-9);
  if (isnan (men))
    g_assert_true (isnan (m));
  else
    g_assert_cmpfloat_with_epsilon (m, men, 1e-9);
}

static void
assert_comparison (StyrModel  *model,
                   const char *id,
                   const char *kommunkod,
                   const char *period_text,
                   double      value)
{
  g_autoptr(StyrPeriod) period = parse (period_text);
  double v;

  g_assert_true (styr_indicator_lookup_comparison_value (indicator (model, id), kommunkod,
                                                         period, &v));
  g_assert_cmpfloat_with_epsilon (v, value, 1e-9);
}

static guint
total_measurements (StyrModel *model)
{
  GListModel *list = styr_model_get_indicators (model);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(StyrIndicator) ind = g_list_model_get_item (list, i);

      n += styr_indicator_get_n_measurements (ind) +
           styr_indicator_get_n_comparison_values (ind);
    }
  return n;
}

static StyrFinding *
finding_at (StyrImportResult *result,
            guint             i)
{
  GListModel *findings = styr_import_result_get_findings (result);
  StyrFinding *f = g_list_model_get_item (findings, i);

  g_assert_nonnull (f);
  g_object_unref (f);  /* the list keeps it */
  return f;
}

/* Kolada ---------------------------------------------------------------- */

static void
test_kolada_v2 (void)
{
  g_autoptr(StyrModel) model = make_model ();
  g_autoptr(GBytes) bytes = read_data ("kolada-v2.json");
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(StyrImportResult) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) y2024 = parse ("2024");
  StyrFinding *f;
  guint n_values = 0;

  result = styr_model_import_kolada (model, stream, "kolada-v2.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);

  /* 1292 2024 and 2023, each to both indicators following N00002. */
  g_assert_cmpuint (styr_import_result_get_n_values (result), ==, 4);
  /* N00002: 1293, 1277, 1260 × 2 indicators; U00405: 1293. */
  g_assert_cmpuint (styr_import_result_get_n_comparison_values (result), ==, 7);
  g_assert_cmpuint (styr_import_result_get_n_replaced (result), ==, 0);
  g_object_get (result, "n-values", &n_values, NULL);
  g_assert_cmpuint (n_values, ==, 4);

  assert_measurement (model, "skatt", "2024", 12.3, 13.1, 11.4);
  assert_measurement (model, "skatt-kf", "2024", 12.3, 13.1, 11.4);
  assert_measurement (model, "skatt", "2023", 12.0, 12.8, NAN);
  assert_comparison (model, "skatt", "1293", "2024", 10.0);
  assert_comparison (model, "skatt-kf", "1277", "2024", 14.2);
  assert_comparison (model, "skatt", "1260", "2024", 11.0);
  assert_comparison (model, "nojd", "1293", "2024", 55.0);
  g_assert_false (styr_indicator_lookup_comparison_value (indicator (model, "skatt"),
                                                          "0000", y2024, NULL));
  g_assert_false (styr_indicator_lookup_comparison_value (indicator (model, "skatt"),
                                                          "1292", y2024, NULL));
  g_assert_cmpuint (styr_indicator_get_n_measurements (indicator (model, "nojd")), ==, 0);
  g_assert_cmpuint (styr_indicator_get_n_measurements (indicator (model, "egen")), ==, 0);

  /* Skipped, in the order the file shows them: the country, the missing
   * total, the KPI nobody follows. */
  g_assert_cmpuint (g_list_model_get_n_items (styr_import_result_get_findings (result)), ==, 3);
  f = finding_at (result, 0);
  g_assert_cmpstr (styr_finding_get_code (f), ==, STYR_FINDING_IMPORT_OKAND_KOMMUN);
  g_assert_cmpint (styr_finding_get_severity (f), ==, STYR_SEVERITY_WARNING);
  g_assert_nonnull (strstr (styr_finding_get_message (f), "0000"));
  f = finding_at (result, 1);
  g_assert_cmpstr (styr_finding_get_code (f), ==, STYR_FINDING_IMPORT_VARDE_SAKNAS);
  g_assert_nonnull (strstr (styr_finding_get_message (f), "U00405"));
  g_assert_cmpuint (g_list_model_get_n_items (styr_finding_get_objects (f)), ==, 1);
  f = finding_at (result, 2);
  g_assert_cmpstr (styr_finding_get_code (f), ==, STYR_FINDING_IMPORT_OKANT_NYCKELTAL);
  g_assert_nonnull (strstr (styr_finding_get_message (f), "N99999"));

  /* Again: everything replaced, nothing doubled. */
  again = styr_model_import_kolada_bytes (model, bytes, "kolada-v2.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (styr_import_result_get_n_values (again), ==, 4);
  g_assert_cmpuint (styr_import_result_get_n_comparison_values (again), ==, 7);
  g_assert_cmpuint (styr_import_result_get_n_replaced (again), ==, 11);
  g_assert_cmpuint (styr_indicator_get_n_measurements (indicator (model, "skatt")), ==, 2);
  g_assert_cmpuint (styr_indicator_get_n_comparison_values (indicator (model, "skatt")), ==, 3);
}

static void
test_kolada_v3 (void)
{
  g_autoptr(StyrModel) model = make_model ();
  g_autoptr(GBytes) bytes = read_data ("kolada-v3.json");
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  StyrFinding *f;

  result = styr_model_import_kolada_bytes (model, bytes, "kolada-v3.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (styr_import_result_get_n_values (result), ==, 3);
  g_assert_cmpuint (styr_import_result_get_n_comparison_values (result), ==, 2);
  assert_measurement (model, "skatt", "2025", 12.5, 13.0, 12.0);
  assert_measurement (model, "nojd", "2025", 61, 60, 62);
  assert_comparison (model, "skatt-kf", "1293", "2025", 10.2);

  g_assert_cmpuint (g_list_model_get_n_items (styr_import_result_get_findings (result)), ==, 1);
  f = finding_at (result, 0);
  g_assert_cmpstr (styr_finding_get_code (f), ==, STYR_FINDING_IMPORT_FLER_SIDOR);
  g_assert_nonnull (strstr (styr_finding_get_message (f), "page=2"));
}

static void
test_kolada_keeps_comment (void)
{
  g_autoptr(StyrModel) model = make_model ();
  g_autoptr(GBytes) bytes = read_data ("kolada-v3.json");
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(StyrPeriod) y2025 = parse ("2025");
  g_autoptr(GError) error = NULL;
  const char *comment = NULL;

  g_assert_true (styr_indicator_set_measurement (indicator (model, "skatt"), y2025,
                                                 1, NAN, NAN, "Enligt budget", &error));
  g_assert_no_error (error);

  result = styr_model_import_kolada_bytes (model, bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (styr_import_result_get_n_replaced (result), ==, 1);
  g_assert_true (styr_indicator_lookup_measurement (indicator (model, "skatt"), y2025,
                                                    NULL, NULL, NULL, &comment));
  g_assert_cmpstr (comment, ==, "Enligt budget");
  assert_measurement (model, "skatt", "2025", 12.5, 13.0, 12.0);
}

typedef struct
{
  const char *json;
  int         code;
  const char *prefix;   /* the message starts with it */
} KoladaError;

static const KoladaError kolada_errors[] = {
  /* Syntax: json-glib's line and column. */
  { "{\n  \"values\": [\n    {\"kpi\": \"N00002\",,}\n  ]\n}\n", STYR_ERROR_PARSE, "k.json:3:" },
  { "", STYR_ERROR_PARSE, "k.json: " },
  { "[1, 2]", STYR_ERROR_PARSE, "k.json: " },
  { "{\"count\": 0}", STYR_ERROR_PARSE, "k.json: " },
  /* Shape: the entry and the place of the member. */
  { "{\"values\": [\n{\"kpi\": \"N00002\", \"municipality\": \"1292\", \"period\": 2024, \"values\": []},\n"
    "{\"municipality\": \"1292\", \"period\": 2024, \"values\": []}]}",
    STYR_ERROR_PARSE, "k.json:3:" },
  { "{\"values\": [{\"kpi\": \"N00002\", \"municipality\": 1292, \"period\": 2024, \"values\": []}]}",
    STYR_ERROR_PARSE, "k.json:1:" },
  { "{\"values\": [{\"kpi\": \"N00002\", \"municipality\": \"1292\", \"period\": \"år\", \"values\": []}]}",
    STYR_ERROR_PARSE, "k.json:1:" },
  { "{\"values\": [{\"kpi\": \"N00002\", \"municipality\": \"1292\", \"period\": 2024}]}",
    STYR_ERROR_PARSE, "k.json:1:" },
  { "{\"values\": [{\"kpi\": \"N00002\", \"municipality\": \"1292\", \"period\": 2024,\n"
    "  \"values\": [{\"gender\": \"X\", \"value\": 1}]}]}",
    STYR_ERROR_PARSE, "k.json:2:" },
  { "{\"values\": [{\"kpi\": \"N00002\", \"municipality\": \"1292\", \"period\": 2024,\n"
    "  \"values\": [{\"gender\": \"T\", \"value\": \"12,3\"}]}]}",
    STYR_ERROR_PARSE, "k.json:2:" },
  { "{\"values\": [{\"kpi\": \"N00002\", \"municipality\": \"1292\", \"period\": 2024,\n"
    "  \"values\": [{\"gender\": \"T\", \"value\": 1}, {\"gender\": \"T\", \"value\": 2}]}]}",
    STYR_ERROR_PARSE, "k.json:2:" },
  { "{\"values\": [{\"kpi\": \"N00002\", \"municipality\": \"1292\", \"period\": 2024,\n"
    "  \"values\": [{\"gender\": \"T\", \"value\": 1e999}]}]}",
    STYR_ERROR_PARSE, "k.json:2:" },
  /* An entry that would be skipped is still checked. */
  { "{\"values\": [{\"kpi\": \"N99999\", \"municipality\": \"1292\", \"period\": 2024, \"values\": 3}]}",
    STYR_ERROR_PARSE, "k.json:1:" },
};

static void
test_kolada_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (kolada_errors); i++)
    {
      const KoladaError *e = &kolada_errors[i];
      g_autoptr(StyrModel) model = make_model ();
      g_autoptr(GBytes) bytes = g_bytes_new_static (e->json, strlen (e->json));
      g_autoptr(StyrImportResult) result = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u: %s", i, e->json);
      result = styr_model_import_kolada_bytes (model, bytes, "k.json", &error);
      g_assert_null (result);
      g_assert_error (error, STYR_ERROR, e->code);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, e->prefix));
      g_assert_cmpuint (total_measurements (model), ==, 0);
    }
}

static void
test_kolada_entry_number (void)
{
  const char *json =
    "{\"values\": [{\"kpi\": \"N00002\", \"municipality\": \"1292\", \"period\": 2024, \"values\": []},\n"
    "  {\"kpi\": \"N00002\", \"municipality\": \"1292\", \"period\": 2024, \"values\": [\n"
    "    {\"gender\": \"T\", \"value\": true}]}]}";
  g_autoptr(StyrModel) model = make_model ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  result = styr_model_import_kolada_bytes (model, bytes, "k.json", &error);
  g_assert_null (result);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "k.json:3:"));
  g_assert_nonnull (strstr (error->message, "värde 2:"));
}

static void
test_kolada_no_kommunkod (void)
{
  g_autoptr(StyrModel) model = make_model ();
  g_autoptr(GBytes) bytes = read_data ("kolada-v2.json");
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  styr_model_set_kommunkod (model, NULL);
  result = styr_model_import_kolada_bytes (model, bytes, "kolada-v2.json", &error);
  g_assert_null (result);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_assert_true (g_str_has_prefix (error->message, "kolada-v2.json: "));
  g_assert_cmpuint (total_measurements (model), ==, 0);
}

/* All-or-nothing: an error in the last entry leaves the model as it was. */
static void
test_kolada_all_or_nothing (void)
{
  g_autoptr(StyrModel) model = make_model ();
  g_autoptr(GBytes) good = read_data ("kolada-v2.json");
  g_autoptr(GBytes) bad = NULL;
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = NULL;
  char *last;

  text = g_string_new_len (g_bytes_get_data (good, NULL), (gssize) g_bytes_get_size (good));
  last = strstr (text->str, "\"N99999\"");
  g_assert_nonnull (last);
  memcpy (strstr (last, "\"T\""), "\"X\"", 3);
  bad = g_bytes_new (text->str, text->len);

  result = styr_model_import_kolada_bytes (model, bad, "kolada-v2.json", &error);
  g_assert_null (result);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "kolada-v2.json:12:"));
  g_assert_nonnull (strstr (error->message, "värde 9:"));
  g_assert_cmpuint (total_measurements (model), ==, 0);
}

/* Measure files --------------------------------------------------------- */

static void
test_tab (void)
{
  g_autoptr(StyrModel) model = make_model ();
  g_autoptr(GBytes) plain = read_data ("measures.tsv");
  g_autoptr(GBytes) header = read_data ("measures-header.tsv");
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (plain);
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(StyrImportResult) second = NULL;
  g_autoptr(GError) error = NULL;

  result = styr_model_import_measures (model, stream, "measures.tsv",
                                       STYR_IMPORT_FORMAT_TAB, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (styr_import_result_get_n_values (result), ==, 3);
  g_assert_cmpuint (styr_import_result_get_n_replaced (result), ==, 0);
  g_assert_cmpuint (styr_import_result_get_n_comparison_values (result), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styr_import_result_get_findings (result)), ==, 0);
  assert_measurement (model, "skatt", "2025-04", 12.5, NAN, NAN);
  assert_measurement (model, "skatt", "2025-05", 12.75, NAN, NAN);
  assert_measurement (model, "nojd", "2025-T2", 1234.5, NAN, NAN);

  second = styr_model_import_measures_bytes (model, header, "measures-header.tsv",
                                             STYR_IMPORT_FORMAT_TAB, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (styr_import_result_get_n_values (second), ==, 2);
  assert_measurement (model, "skatt", "2025", 13, NAN, NAN);
  assert_measurement (model, "nojd", "2025-Q3", -0.5, NAN, NAN);
}

static void
test_tab_reimport (void)
{
  g_autoptr(StyrModel) model = make_model ();
  g_autoptr(GBytes) plain = read_data ("measures.tsv");
  g_autoptr(StyrPeriod) may = parse ("2025-05");
  g_autoptr(GError) error = NULL;
  const char *comment = NULL;

  for (int round = 0; round < 2; round++)
    {
      g_autoptr(StyrImportResult) result = NULL;

      result = styr_model_import_measures_bytes (model, plain, "measures.tsv",
                                                 STYR_IMPORT_FORMAT_TAB, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (styr_import_result_get_n_values (result), ==, 3);
      g_assert_cmpuint (styr_import_result_get_n_replaced (result), ==, round == 0 ? 0 : 3);
      g_assert_cmpuint (styr_indicator_get_n_measurements (indicator (model, "skatt")), ==, 2);
      g_assert_cmpuint (styr_indicator_get_n_measurements (indicator (model, "nojd")), ==, 1);

      if (round == 0)
        g_assert_true (styr_indicator_set_measurement (indicator (model, "skatt"), may,
                                                       1, 2, 3, "Kommentar", &error));
    }

  /* The TAB file has no comments and no split: the comment stays, the
   * split goes with the old total. */
  assert_measurement (model, "skatt", "2025-05", 12.75, NAN, NAN);
  g_assert_true (styr_indicator_lookup_measurement (indicator (model, "skatt"), may,
                                                    NULL, NULL, NULL, &comment));
  g_assert_cmpstr (comment, ==, "Kommentar");
}

/* The same value twice in one file: the later wins, counted once. */
static void
test_tab_duplicate_row (void)
{
  const char *text = "\t2025-05\tskatt\t1\n\t2025-05-15\tskatt\t2\n";
  g_autoptr(StyrModel) model = make_model ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  result = styr_model_import_measures_bytes (model, bytes, NULL, STYR_IMPORT_FORMAT_TAB, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (styr_import_result_get_n_values (result), ==, 1);
  g_assert_cmpuint (styr_import_result_get_n_replaced (result), ==, 0);
  assert_measurement (model, "skatt", "2025-05", 2, NAN, NAN);
}

static void
test_csv_utf8_bom (void)
{
  g_autoptr(StyrModel) model = make_model ();
  g_autoptr(GBytes) bytes = read_data ("measures-utf8-bom.csv");
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(StyrPeriod) t1 = parse ("2025-T1");
  g_autoptr(StyrPeriod) may = parse ("2025-05");
  g_autoptr(StyrPeriod) year = parse ("2025");
  g_autoptr(GError) error = NULL;
  const char *comment = NULL;

  result = styr_model_import_measures_bytes (model, bytes, "measures-utf8-bom.csv",
                                             STYR_IMPORT_FORMAT_CSV, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (styr_import_result_get_n_values (result), ==, 3);
  assert_measurement (model, "skatt", "2025-T1", 1234.5, 1200.25, 1268);
  assert_measurement (model, "nojd", "2025", 61.5, NAN, NAN);
  assert_measurement (model, "skatt", "2025-05", 12.5, NAN, NAN);

  g_assert_true (styr_indicator_lookup_measurement (indicator (model, "skatt"), t1,
                                                    NULL, NULL, NULL, &comment));
  g_assert_cmpstr (comment, ==, "Höjd, \"preliminär\"");
  g_assert_true (styr_indicator_lookup_measurement (indicator (model, "skatt"), may,
                                                    NULL, NULL, NULL, &comment));
  g_assert_cmpstr (comment, ==, "två\nrader");
  g_assert_true (styr_indicator_lookup_measurement (indicator (model, "nojd"), year,
                                                    NULL, NULL, NULL, &comment));
  g_assert_null (comment);
}

static void
test_csv_cp1252 (void)
{
  g_autoptr(StyrModel) model = make_model ();
  g_autoptr(GBytes) bytes = read_data ("measures-cp1252.csv");
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(StyrPeriod) t2 = parse ("2025-T2");
  g_autoptr(StyrPeriod) aug = parse ("2025-08");
  g_autoptr(GError) error = NULL;
  const char *comment = NULL;

  /* The fixture really is Windows-1252. */
  g_assert_false (g_utf8_validate (g_bytes_get_data (bytes, NULL),
                                   (gssize) g_bytes_get_size (bytes), NULL));

  result = styr_model_import_measures_bytes (model, bytes, "measures-cp1252.csv",
                                             STYR_IMPORT_FORMAT_CSV, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (styr_import_result_get_n_values (result), ==, 2);
  assert_measurement (model, "skatt", "2025-T2", 1234.5, NAN, NAN);
  assert_measurement (model, "nojd", "2025-08", -3.25, NAN, NAN);
  g_assert_true (styr_indicator_lookup_measurement (indicator (model, "skatt"), t2,
                                                    NULL, NULL, NULL, &comment));
  g_assert_cmpstr (comment, ==, "Målvärde nått");
  g_assert_true (styr_indicator_lookup_measurement (indicator (model, "nojd"), aug,
                                                    NULL, NULL, NULL, &comment));
  g_assert_cmpstr (comment, ==, "Över förväntan");
}

typedef struct
{
  StyrImportFormat format;
  const char      *text;
  int              code;
  const char      *prefix;
  gsize            length;  /* 0: up to the first NUL */
} MeasureError;

static const MeasureError measure_errors[] = {
  /* TAB */
  { STYR_IMPORT_FORMAT_TAB, "\t2025\tskatt\t1\n\t2025\tskatt\t2\n\t2025\tokand\t3\n",
    STYR_ERROR_NOT_FOUND, "m:3: okänd indikator" },
  { STYR_IMPORT_FORMAT_TAB, "enhet\tdatum\tmått\tvärde\nbarnomsorg\t2025\tskatt\t1\n",
    STYR_ERROR_NOT_FOUND, "m:2: okänd enhet" },
  { STYR_IMPORT_FORMAT_TAB, "\t2025\tskatt\t1\n\n\t2025\tskatt\tett\n",
    STYR_ERROR_PARSE, "m:3: " },
  { STYR_IMPORT_FORMAT_TAB, "\t2025\tskatt\t1,234.5\n", STYR_ERROR_PARSE, "m:1: " },
  { STYR_IMPORT_FORMAT_TAB, "\t2025\tskatt\t12 34\n", STYR_ERROR_PARSE, "m:1: " },
  { STYR_IMPORT_FORMAT_TAB, "\t2025\tskatt\t\n", STYR_ERROR_PARSE, "m:1: värde saknas" },
  { STYR_IMPORT_FORMAT_TAB, "\t2025-T4\tskatt\t1\n", STYR_ERROR_PARSE, "m:1: " },
  { STYR_IMPORT_FORMAT_TAB, "\r\n\t2025-02-30\tskatt\t1\r\n", STYR_ERROR_PARSE, "m:2: " },
  { STYR_IMPORT_FORMAT_TAB, "\t2025\tskatt\n", STYR_ERROR_PARSE, "m:1: väntade 4 fält" },
  { STYR_IMPORT_FORMAT_TAB, "\t2025\tskatt\t1\n\t2025\tskatt\t1\x00\n", STYR_ERROR_PARSE, "m:2: ", 29 },
  /* CSV */
  { STYR_IMPORT_FORMAT_CSV, "skatt;2025;1\n", STYR_ERROR_PARSE, "m:1: rubrikraden" },
  { STYR_IMPORT_FORMAT_CSV, "", STYR_ERROR_PARSE, "m:1: " },
  { STYR_IMPORT_FORMAT_CSV, "indikator;period;belopp\n", STYR_ERROR_PARSE, "m:1: " },
  { STYR_IMPORT_FORMAT_CSV, "indikator;period;värde;period\n", STYR_ERROR_PARSE, "m:1: " },
  { STYR_IMPORT_FORMAT_CSV, "indikator;period;kvinnor\n", STYR_ERROR_PARSE, "m:1: rubrikraden saknar" },
  { STYR_IMPORT_FORMAT_CSV, "indikator;period;värde\nskatt;2025;1;2\n", STYR_ERROR_PARSE, "m:2: väntade 3 fält" },
  { STYR_IMPORT_FORMAT_CSV, "indikator;period;värde;kommentar\nskatt;2025;1;\"öppen\nrad\n",
    STYR_ERROR_PARSE, "m:2: citattecknet" },
  { STYR_IMPORT_FORMAT_CSV, "indikator;period;värde\nskatt;2025;\"1\"x\n", STYR_ERROR_PARSE, "m:2: " },
  { STYR_IMPORT_FORMAT_CSV, "indikator;period;värde\nskatt;2025;1 23,5\n", STYR_ERROR_PARSE, "m:2: " },
  { STYR_IMPORT_FORMAT_CSV, "indikator;period;värde;kvinnor;män\nskatt;2025;1;x;2\n",
    STYR_ERROR_PARSE, "m:2: »x« (kvinnor)" },
  { STYR_IMPORT_FORMAT_CSV, "indikator;period;värde\nskatt;2025;1\nnojd;2025;2\nokand;2025;3\n",
    STYR_ERROR_NOT_FOUND, "m:4: okänd indikator" },
  { STYR_IMPORT_FORMAT_CSV, "indikator;period;värde\nskatt;25;1\n", STYR_ERROR_PARSE, "m:2: " },
  { STYR_IMPORT_FORMAT_CSV, "indikator;period;värde\n;2025;1\n", STYR_ERROR_PARSE, "m:2: indikator saknas" },
  /* Neither UTF-8 nor Windows-1252 (0x81 is unassigned there). */
  { STYR_IMPORT_FORMAT_CSV, "indikator;period;värde\nskatt;2025;1\x81\n", STYR_ERROR_PARSE, "m:2: " },
};

static void
test_measure_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (measure_errors); i++)
    {
      const MeasureError *e = &measure_errors[i];
      g_autoptr(StyrModel) model = make_model ();
      gsize len = e->length > 0 ? e->length : strlen (e->text);
      g_autoptr(GBytes) bytes = g_bytes_new_static (e->text, len);
      g_autoptr(StyrImportResult) result = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u", i);
      result = styr_model_import_measures_bytes (model, bytes, "m", e->format, &error);
      g_assert_null (result);
      g_assert_error (error, STYR_ERROR, e->code);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, e->prefix));
      g_assert_cmpuint (total_measurements (model), ==, 0);
    }
}

/* All-or-nothing: an error on the last row leaves the model as it was,
 * values from before the import included. */
static void
test_measures_all_or_nothing (void)
{
  const char *csv = "indikator;period;värde\nskatt;2025;1\nnojd;2025;2\nskatt;2026;x\n";
  g_autoptr(StyrModel) model = make_model ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, strlen (csv));
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(StyrPeriod) year = parse ("2025");
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_indicator_set_value (indicator (model, "skatt"), year, 7, &error));
  g_assert_no_error (error);

  result = styr_model_import_measures_bytes (model, bytes, "m.csv", STYR_IMPORT_FORMAT_CSV, &error);
  g_assert_null (result);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "m.csv:4: "));
  assert_measurement (model, "skatt", "2025", 7, NAN, NAN);
  g_assert_cmpuint (total_measurements (model), ==, 1);
}

static void
test_stream_cancelled (void)
{
  g_autoptr(StyrModel) model = make_model ();
  g_autoptr(GBytes) bytes = read_data ("measures.tsv");
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  result = styr_model_import_measures (model, stream, "measures.tsv",
                                       STYR_IMPORT_FORMAT_TAB, cancellable, &error);
  g_assert_null (result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (total_measurements (model), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/kolada/v2", test_kolada_v2);
  g_test_add_func ("/import/kolada/v3", test_kolada_v3);
  g_test_add_func ("/import/kolada/keeps-comment", test_kolada_keeps_comment);
  g_test_add_func ("/import/kolada/errors", test_kolada_errors);
  g_test_add_func ("/import/kolada/entry-number", test_kolada_entry_number);
  g_test_add_func ("/import/kolada/no-kommunkod", test_kolada_no_kommunkod);
  g_test_add_func ("/import/kolada/all-or-nothing", test_kolada_all_or_nothing);
  g_test_add_func ("/import/tab/basic", test_tab);
  g_test_add_func ("/import/tab/reimport", test_tab_reimport);
  g_test_add_func ("/import/tab/duplicate-row", test_tab_duplicate_row);
  g_test_add_func ("/import/csv/utf8-bom", test_csv_utf8_bom);
  g_test_add_func ("/import/csv/cp1252", test_csv_cp1252);
  g_test_add_func ("/import/measures/errors", test_measure_errors);
  g_test_add_func ("/import/measures/all-or-nothing", test_measures_all_or_nothing);
  g_test_add_func ("/import/stream/cancelled", test_stream_cancelled);

  return g_test_run ();
}
