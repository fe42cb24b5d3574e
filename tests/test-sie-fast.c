/* test-sie-fast.c — the compact #PSALDO rows of the SIE reader and the
 * import that works on them (issue 7): the plain lines the reader takes
 * straight from the bytes give what the general path gives, object ids
 * in CP437 and ASCII side by side, objects repeated in different orders,
 * errors at the right line, and a file large enough for the reader's
 * reserved arrays.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <libstyr/styr.h>

static StyrSieFile *
read_text (const char *text,
           gsize       len,
           GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, len);

  return styr_sie_file_new_from_bytes (bytes, "prov.se", error);
}

static StyrSieFile *
read_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  StyrSieFile *file = read_text (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (file);
  return file;
}

#define HEAD "#FLAGGA 0\r\n#FORMAT PC8\r\n#SIETYP 3\r\n#RAR 0 20250101 20251231\r\n"

/* The period rows in the plain form, then the same rows in forms only
 * the general path reads (a quoted year index, a trailing field). */
static const char *plain_rows[] = {
  "#PSALDO 0 202501 4010 {} 1000.00",
  "#PSALDO 0 202501 4010 {1 \"100\"} 600.50",
  "#PSALDO 0 202501 4010 {1 200} -0.5",
  "#PSALDO 0 202501 4010 {1 \"100\" 6 \"P1\"} +3 2.5",
  "#PSALDO -1 202412 5010 {6 \"P 2\"} 5. 10",
  "#PBUDGET 0 202502 4010 { } .75",
  "#PSALDO 0 202502 3010 {1 \"100\"}-12.34",
  "#PSALDO\t0\t202502\t4010\t{1\t\"200\"}\t7.00\t",
};

static const char *general_rows[] = {
  "#PSALDO \"0\" 202501 4010 {} 1000.00",
  "#PSALDO 0 \"202501\" 4010 {1 \"100\"} 600.50",
  "#PSALDO 0 202501 \"4010\" {1 200} -0.5",
  "#PSALDO 0 202501 4010 {1 \"100\" 6 \"P1\"} +3 2.5 \"extra\"",
  "#PSALDO \"-1\" 202412 5010 {6 \"P 2\"} 5. 10",
  "#PBUDGET 0 202502 4010 { } \".75\"",
  "#PSALDO 0 202502 3010 {1 \"100\"}\"-12.34\"",
  "#PSALDO\t0\t202502\t4010\t{1\t\"200\"}\t7.00\t\"\"",
};

/* What the rows hold, written out by hand. */
typedef struct
{
  gboolean    budget;
  int         year_index;
  guint       period;
  const char *account;
  const char *objects[4];  /* dim, id, dim, id */
  gint64      amount;
  gboolean    has_quantity;
  gint64      quantity;
} Row;

static const Row expected_rows[] = {
  { FALSE, 0, 202501, "4010", { NULL }, 100000, FALSE, 0 },
  { FALSE, 0, 202501, "4010", { "1", "100" }, 60050, FALSE, 0 },
  { FALSE, 0, 202501, "4010", { "1", "200" }, -50, FALSE, 0 },
  { FALSE, 0, 202501, "4010", { "1", "100", "6", "P1" }, 300, TRUE, 250 },
  { FALSE, -1, 202412, "5010", { "6", "P 2" }, 500, TRUE, 1000 },
  { TRUE, 0, 202502, "4010", { NULL }, 75, FALSE, 0 },
  { FALSE, 0, 202502, "3010", { "1", "100" }, -1234, FALSE, 0 },
  { FALSE, 0, 202502, "4010", { "1", "200" }, 700, FALSE, 0 },
};

static void
check_rows (StyrSieFile *file)
{
  g_assert_cmpuint (styr_sie_file_get_n_period_rows (file), ==, G_N_ELEMENTS (expected_rows));

  for (guint i = 0; i < G_N_ELEMENTS (expected_rows); i++)
    {
      const Row *want = &expected_rows[i];
      gboolean budget, has_quantity;
      int year_index;
      guint period, n_objects, n_want = 0;
      const char *account;
      gint64 amount, quantity;

      while (n_want < 4 && want->objects[n_want] != NULL)
        n_want++;

      styr_sie_file_get_period_row (file, i, &budget, &year_index, &period, &account,
                                    &n_objects, &amount, &has_quantity, &quantity);
      g_assert_cmpint (budget, ==, want->budget);
      g_assert_cmpint (year_index, ==, want->year_index);
      g_assert_cmpuint (period, ==, want->period);
      g_assert_cmpstr (account, ==, want->account);
      g_assert_cmpuint (n_objects, ==, n_want / 2);
      g_assert_cmpint (amount, ==, want->amount);
      g_assert_cmpint (has_quantity, ==, want->has_quantity);
      g_assert_cmpint (quantity, ==, want->quantity);

      for (guint o = 0; o < n_objects; o++)
        {
          const char *dim, *id;

          styr_sie_file_get_period_row_object (file, i, o, &dim, &id);
          g_assert_cmpstr (dim, ==, want->objects[2 * o]);
          g_assert_cmpstr (id, ==, want->objects[2 * o + 1]);
        }
    }
}

static char *
join_rows (const char **rows,
           gsize        n)
{
  GString *text = g_string_new (HEAD);

  for (gsize i = 0; i < n; i++)
    g_string_append_printf (text, "%s\r\n", rows[i]);
  return g_string_free (text, FALSE);
}

static void
test_plain_and_general (void)
{
  g_autofree char *plain = join_rows (plain_rows, G_N_ELEMENTS (plain_rows));
  g_autofree char *general = join_rows (general_rows, G_N_ELEMENTS (general_rows));
  g_autoptr(StyrSieFile) a = read_ok (plain);
  g_autoptr(StyrSieFile) b = read_ok (general);
  gint64 amount = 0;

  check_rows (a);
  check_rows (b);

  /* The look-ups over the rows. */
  g_assert_true (styr_sie_file_get_period_balance (a, 0, 2025, 1, "4010", &amount));
  g_assert_cmpint (amount, ==, 100000);
  g_assert_true (styr_sie_file_get_period_balance_for_object (a, 0, 2025, 1, "4010", "1", "200", &amount));
  g_assert_cmpint (amount, ==, -50);
  g_assert_true (styr_sie_file_get_period_budget (a, 0, 2025, 2, "4010", &amount));
  g_assert_cmpint (amount, ==, 75);
  g_assert_false (styr_sie_file_get_period_balance (a, 0, 2025, 2, "4010", &amount));
}

/* CP437: å is 0x86, ä 0x84, ö 0x94. */
#define VARD "V\x86rd"
#define SKOLA "Sk\x94la"

static const char cp437_text[] =
  HEAD
  "#DIM 1 \"Ansvar\"\r\n"
  "#OBJEKT 1 \"" VARD "\" \"V\x86rd och omsorg\"\r\n"
  "#OBJEKT 1 \"100\" \"Centralt\"\r\n"
  "#OBJEKT 6 \"" SKOLA "\" \"Skolprojekt\"\r\n"
  "#PSALDO 0 202501 4010 {1 \"" VARD "\" 6 \"P1\"} 100.00\r\n"
  "#PSALDO 0 202501 4010 {6 \"P1\" 1 \"" VARD "\"} 20.00\r\n"
  "#PSALDO 0 202501 4010 {1 \"X\" 6 \"P1\"} 3.00\r\n"
  "#PSALDO 0 202501 4010 {1 \"X\"} 0.40\r\n"
  "#PSALDO 0 202501 5010 {6 \"P1\" 1 " VARD "} 5.00\r\n"
  "#PSALDO 0 202501 5010 {1 \"100\" 6 \"" SKOLA "\"} 0.07\r\n";

static void
test_cp437_objects (void)
{
  g_autoptr(StyrSieFile) file = read_ok (cp437_text);
  const char *dim, *id, *name;

  g_assert_cmpstr (styr_sie_file_get_encoding (file), ==, "CP437");
  g_assert_cmpuint (styr_sie_file_get_n_period_rows (file), ==, 6);

  styr_sie_file_get_period_row_object (file, 0, 0, &dim, &id);
  g_assert_cmpstr (dim, ==, "1");
  g_assert_cmpstr (id, ==, "Vård");
  styr_sie_file_get_period_row_object (file, 1, 1, &dim, &id);
  g_assert_cmpstr (id, ==, "Vård");
  styr_sie_file_get_period_row_object (file, 4, 1, &dim, &id);   /* unquoted */
  g_assert_cmpstr (id, ==, "Vård");
  styr_sie_file_get_period_row_object (file, 5, 0, &dim, &id);
  g_assert_cmpstr (id, ==, "100");
  styr_sie_file_get_period_row_object (file, 5, 1, &dim, &id);
  g_assert_cmpstr (dim, ==, "6");
  g_assert_cmpstr (id, ==, "Sköla");

  styr_sie_file_get_object (file, 0, &dim, &id, &name);
  g_assert_cmpstr (id, ==, "Vård");
  g_assert_cmpstr (name, ==, "Vård och omsorg");
  styr_sie_file_get_object (file, 2, &dim, &id, &name);
  g_assert_cmpstr (id, ==, "Sköla");
}

static StyrUnit *
add_unit (StyrModel  *model,
          const char *id)
{
  g_autoptr(StyrUnit) unit = styr_unit_new (id, STYR_UNIT_KIND_UNIT, id);
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (unit), &error));
  g_assert_no_error (error);
  return unit;
}

static gint64
outcome (StyrUnit   *unit,
         int         year,
         int         month,
         const char *category)
{
  gint64 ore = 0;

  if (!styr_unit_lookup_outcome (unit, year, month, category, &ore))
    return 0;
  return ore;
}

/* Objects of two mapped dimensions in either order: the first mapped
 * object of a row's list wins; an object of a mapped dimension with no
 * unit is unmapped. */
static void
test_object_order_import (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  StyrUnit *vard = add_unit (model, "vard");
  StyrUnit *projekt = add_unit (model, "projekt");
  g_autoptr(StyrSieFile) file = read_ok (cp437_text);
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_map_object (model, "1", "Vård", vard, &error));
  g_assert_true (styr_model_map_object (model, "6", "P1", projekt, &error));
  g_assert_no_error (error);

  /* Twice: the second import replaces the month. */
  for (int round = 0; round < 2; round++)
    {
      g_autoptr(StyrImportResult) result = styr_model_import_sie (model, file, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (result);
      g_assert_cmpint (outcome (vard, 2025, 1, "4000-4999"), ==, 10000);
      g_assert_cmpint (outcome (projekt, 2025, 1, "4000-4999"), ==, 2000 + 300);
      g_assert_cmpint (outcome (projekt, 2025, 1, "5000-5999"), ==, 500);
      g_assert_cmpint (outcome (vard, 2025, 1, "5000-5999"), ==, 0);
      /* 1 "X" (0.40) and 1 "100" (0.07, before the unmapped 6 "Sköla"). */
      g_assert_cmpint (styr_import_result_get_unmapped_amount (result), ==, 47);
      g_assert_cmpuint (styr_import_result_get_n_values (result), ==, 3 + 2);
    }
}

/* SIE 4B's type 3 repetition, rows in mixed order: the rows of the first
 * mapped dimension are used, never the account-only row on top of them;
 * what the total holds beyond them is unmapped. */
static void
test_repeated_import (void)
{
  static const char text[] =
    HEAD
    "#PSALDO 0 202502 4010 {6 \"P1\"} 100.00\r\n"
    "#PSALDO 0 202502 4010 {1 \"" VARD "\"} 60.00\r\n"
    "#PSALDO 0 202502 4010 {} 100.00\r\n"
    "#PSALDO 0 202502 4010 {1 \"100\"} 30.00\r\n"
    "#PSALDO 0 202502 4010 {1 \"" VARD "\"} 1.00\r\n";
  g_autoptr(StyrModel) model = styr_model_new ();
  StyrUnit *vard = add_unit (model, "vard");
  StyrUnit *projekt = add_unit (model, "projekt");
  g_autoptr(StyrSieFile) file = read_ok (text);
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_map_object (model, "1", "Vård", vard, &error));
  g_assert_true (styr_model_map_object (model, "6", "P1", projekt, &error));
  result = styr_model_import_sie (model, file, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpint (outcome (vard, 2025, 2, "4000-4999"), ==, 6100);
  g_assert_cmpint (outcome (projekt, 2025, 2, "4000-4999"), ==, 0);
  /* 1 "100" has no unit (30.00); the total holds 100 − 91 = 9.00 more. */
  g_assert_cmpint (styr_import_result_get_unmapped_amount (result), ==, 3000 + 900);
}

static void
check_error (const char *line,
             guint       line_number,
             const char *message)
{
  g_autofree char *text = g_strdup_printf (HEAD "%s\r\n#PSALDO 0 202501 4010 {} 1.00\r\n", line);
  g_autofree char *want = g_strdup_printf ("prov.se:%u: %s", line_number, message);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrSieFile) file = read_text (text, strlen (text), &error);

  g_assert_null (file);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==, want);
}

static void
test_errors (void)
{
  check_error ("#PSALDO 0 202501 4010 {1 \"100\"} 1,50", 5,
               "”1,50” är inget belopp (ett tal med punkt och högst två decimaler)");
  check_error ("#PSALDO \"0\" 202501 4010 {1 \"100\"} 1,50", 5,
               "”1,50” är inget belopp (ett tal med punkt och högst två decimaler)");
  check_error ("#PSALDO 0 202501 4010 {1 \"100\"} 1.505", 5,
               "”1.505” är inget belopp (ett tal med punkt och högst två decimaler)");
  check_error ("#PSALDO 0 202513 4010 {1 \"100\"} 1.50", 5, "ogiltig period (ÅÅÅÅMM)");
  check_error ("#PSALDO 0 202501 40a0 {1 \"100\"} 1.50", 5, "”40a0” är inget kontonummer");
  check_error ("#PSALDO 0 202501 4010 {1 \"100\" 6} 1.50", 5,
               "objektlistan ska bestå av par av dimension och objekt");
  check_error ("#PSALDO 0 202501 4010 {1 \"100\"", 5, "objektlistan avslutas inte med }");
  check_error ("#PSALDO 0 202501 4010 {1 \"100} 1.50", 5, "citattecken avslutas inte");
  check_error ("#PSALDO 0 202501 4010 {1 \"100\"}", 5, "belopp saknas");
  check_error ("#PSALDO x 202501 4010 {} 1.50", 5, "”x” är inget heltal (årsnummer)");
  check_error ("#PSALDO 0 202501 4010 {} 1.50 2,5", 5, "”2,5” är ingen kvantitet");
}

/* More than a MiB of rows, amounts by a formula summed here. */
static void
test_large_file (void)
{
  g_autoptr(GString) text = g_string_new (HEAD);
  g_autoptr(StyrModel) model = styr_model_new ();
  StyrUnit *units[2];
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(StyrSieFile) file = NULL;
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 want[2][12][2] = { { { 0 } } };   /* unit, month, class 4 or 5 */
  const guint n_objects = 50;
  guint n_rows = 0;

  units[0] = add_unit (model, "jamn");
  units[1] = add_unit (model, "udda");
  for (guint o = 0; o < n_objects; o++)
    {
      g_autofree char *utf8 = g_strdup_printf ("%s%u", o % 3 == 0 ? "Kök" : "", 1000 + o);

      g_assert_true (styr_model_map_object (model, "1", utf8, units[o % 2], &error));
      g_assert_no_error (error);
    }

  for (int month = 1; month <= 12; month++)
    for (int account = 4010; account <= 5990; account += 40)
      for (guint o = 0; o < n_objects; o++)
        {
          gint64 ore = (gint64) ((month * 7919 + account * 31 + (int) o * 104729) % 1000000);

          g_string_append_printf (text, "#PSALDO 0 2025%02d %d {1 \"%s%u\"} %" G_GINT64_FORMAT ".%02d\r\n",
                                  month, account, o % 3 == 0 ? "K\x94k" : "", 1000 + o,
                                  ore / 100, (int) (ore % 100));
          want[o % 2][month - 1][account / 1000 - 4] += ore;
          n_rows++;
        }
  g_assert_cmpuint (text->len, >, 1u << 20);

  stream = g_memory_input_stream_new_from_data (g_memdup2 (text->str, text->len), text->len, g_free);
  file = styr_sie_file_new_from_stream (stream, "stor.se", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (styr_sie_file_get_n_period_rows (file), ==, n_rows);
  g_assert_cmpstr (styr_sie_file_get_encoding (file), ==, "CP437");

  result = styr_model_import_sie (model, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (styr_import_result_get_unmapped_amount (result), ==, 0);
  for (int u = 0; u < 2; u++)
    for (int month = 1; month <= 12; month++)
      {
        g_assert_cmpint (outcome (units[u], 2025, month, "4000-4999"), ==, want[u][month - 1][0]);
        g_assert_cmpint (outcome (units[u], 2025, month, "5000-5999"), ==, want[u][month - 1][1]);
      }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sie-fast/plain-and-general", test_plain_and_general);
  g_test_add_func ("/sie-fast/cp437-objects", test_cp437_objects);
  g_test_add_func ("/sie-fast/object-order-import", test_object_order_import);
  g_test_add_func ("/sie-fast/repeated-import", test_repeated_import);
  g_test_add_func ("/sie-fast/errors", test_errors);
  g_test_add_func ("/sie-fast/large-file", test_large_file);

  return g_test_run ();
}
