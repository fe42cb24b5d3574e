/* test-sie.c — the SIE reader: real exports and hand-made corners.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdlib.h>
#include <string.h>

#include <libstyr/styr.h>

typedef enum
{
  LOADS,
  HTML,
  REFUSED,
} Outcome;

typedef struct
{
  const char *name;
  Outcome     outcome;
  int         sie_type;
  guint       n_accounts;
  guint       n_vouchers;
  guint       n_transactions;
  guint       n_period_rows;
  guint       line;        /* REFUSED: the line the error names */
  gboolean    consistent;  /* #PSALDO agrees with #IB/#UB, #RES, #TRANS */
} RealFile;

/* Every file in shared/sie/real/ and what must happen to it. The
 * refused ones have a real defect at the line: a non-numeric account, or
 * a voucher whose rows do not sum to zero. */
static const RealFile real_files[] = {
  { "BL0001_typ1.SE", LOADS, 1, 117, 0, 0, 0 },
  { "BL0001_typ2.SE", LOADS, 2, 117, 0, 0, 121, .consistent = TRUE },
  { "BL0001_typ3.SE", LOADS, 3, 117, 0, 0, 140, .consistent = TRUE },
  { "BL0001_typ4.SE", LOADS, 4, 117, 84, 405, 24 },
  { "BL0001_typ4I.SI", LOADS, 4, 0, 1, 10, 0 },
  { "BokOrder.si", LOADS, 4, 594, 1, 4, 0 },
  { "BokSald.SE", HTML, },
  { "Bokslut%20Norstedts%20SIE%204E.se", LOADS, 4, 351, 177, 678, 0 },
  { "BokslutSIE1.se", LOADS, 1, 594, 0, 0, 0 },
  { "Exempelbolaget_SIE_110322_B_33.si", LOADS, 4, 10, 13, 91, 0 },
  { "FAKT.SI", LOADS, 4, 3, 1, 3, 0 },
  { "HAS1_1412.se", HTML, },
  { "HAS2_1412.se", HTML, },
  { "HAS3_1412.se", HTML, },
  { "HAS4E_1412.Se", HTML, },
  { "HAS4i_1412.si", HTML, },
  { "L%C3%B6n.si", LOADS, 4, 8, 1, 8, 0 },
  { "LON%20L%C3%B6nek%C3%B6rning.SI", LOADS, 4, 0, 1, 25, 0 },
  { "MAMUT_SIE1_EXPORT.SE", LOADS, 1, 412, 0, 0, 0 },
  { "MAMUT_SIE2_EXPORT.SE", LOADS, 2, 412, 0, 0, 192, .consistent = TRUE },
  { "MAMUT_SIE3_EXPORT.SE", LOADS, 3, 412, 0, 0, 277, .consistent = TRUE },
  { "MAMUT_SIE4_EXPORT.SE", LOADS, 4, 412, 168, 458, 0 },
  { "Norstedts%20Bokslut%20SIE%201.se", LOADS, 1, 351, 0, 0, 0 },
  { "Norstedts%20Bokslut%20SIE%204I.si", LOADS, 4, 351, 2, 4, 0 },
  { "Norstedts%20Revision%20SIE%201.SE", LOADS, 1, 351, 0, 0, 0 },
  { "ObjSald.SE", HTML, },
  { "PerSald.SE", HTML, },
  { "SIE-fil%20fr%C3%A5n%20Visma%20Eget%20Aktiebolag%202010.se", LOADS, 1, 161, 0, 0, 0 },
  { "SIE-fil%20fr%C3%A5n%20Visma%20Enskild%20Firma%202010.se", LOADS, 1, 103, 0, 0, 0 },
  { "SIE4%20Visma%20Anl%C3%A4ggningsregister.si", LOADS, 4, 0, 1, 18, 0 },
  { "SIE4_Exempelfil_med_underdim.SE", LOADS, 4, 530, 295, 1330, 0 },
  { "SIE_exempelfil.se", LOADS, 4, 540, 26, 148, 0 },
  { "Sie%201+2.se", LOADS, 2, 868, 0, 0, 66, .consistent = TRUE },
  { "Sie%201.SE", LOADS, 1, 553, 0, 0, 0 },
  { "Sie%202.SE", LOADS, 2, 553, 0, 0, 324, .consistent = TRUE },
  { "Sie%203%20+%204.se", LOADS, 4, 868, 2, 4, 134, .consistent = TRUE },
  { "Sie1.se", LOADS, 1, 301, 0, 0, 0 },
  { "Sie2.se", LOADS, 2, 290, 0, 0, 28, .consistent = TRUE },
  { "Sie3.se", REFUSED, .line = 670 }, /* ”FEL” är inget kontonummer */
  { "Sie4.se", REFUSED, .line = 592 }, /* ”DIFF” är inget kontonummer */
  { "Sie4.si", LOADS, 4, 133, 165, 869, 0 },
  { "TRANSAK.SE", HTML, },
  { "Test1.SE", LOADS, 1, 81, 0, 0, 0 },
  { "Test2.SE", LOADS, 2, 81, 0, 0, 302, .consistent = TRUE },
  { "Test3.SE", LOADS, 3, 117, 0, 0, 601, .consistent = TRUE },
  { "Test4.SE", LOADS, 4, 81, 167, 1464, 521, .consistent = TRUE },
  { "XE_SIE_1_20151125094750.SE", LOADS, 1, 373, 0, 0, 0 },
  { "XE_SIE_2_20151125094903.SE", LOADS, 2, 373, 0, 0, 4476 }, /* not consistent: PSALDO 0 of balance accounts are written as 0 */
  { "XE_SIE_3_20151125094952.SE", LOADS, 3, 373, 0, 0, 4478 }, /* not consistent: PSALDO 0 of balance accounts are written as 0 */
  { "XE_SIE_4_20151125095119.SE", REFUSED, .line = 1356 }, /* verifikationen är inte i balans: raderna summerar till 2.00 kr */
  { "arsaldo_ovnbolag.se", LOADS, 1, 567, 0, 0, 0 },
  { "live2011.se", LOADS, 4, 85, 3, 12, 0 },
  { "magenta_bokf%C3%B6ring_SIE1.se", LOADS, 1, 136, 0, 0, 0 },
  { "magenta_bokf%C3%B6ring_SIE2.se", LOADS, 2, 136, 0, 0, 73, .consistent = TRUE },
  { "magenta_bokf%C3%B6ring_SIE3.se", LOADS, 3, 136, 0, 0, 73, .consistent = TRUE },
  { "magenta_bokf%C3%B6ring_SIE4E.se", LOADS, 4, 136, 19, 84, 73, .consistent = TRUE },
  { "magenta_bokf%C3%B6ring_SIE4I.se", LOADS, 4, 136, 19, 84, 0 },
  { "objektsaldo_ovnbolag.se", LOADS, 3, 567, 0, 0, 2223 }, /* not consistent: whole-account PSALDO rows only in some months */
  { "periodsaldo_ovnbolag.se", LOADS, 2, 567, 0, 0, 1953, .consistent = TRUE },
  { "si.SI", LOADS, 4, 15, 47, 128, 0 },
  { "sie%203.SE", LOADS, 3, 565, 0, 0, 311 }, /* not consistent: PSALDO of 3740 sums to -1.86 kr, RES says -2.11 kr */
  { "sie%204.SE", LOADS, 4, 565, 20, 76, 293, .consistent = TRUE },
  { "testWrite.se", REFUSED, .line = 1368 }, /* verifikationen är inte i balans: raderna summerar till 2.00 kr */
  { "testWrite1.se", REFUSED, .line = 1368 }, /* verifikationen är inte i balans: raderna summerar till 2.00 kr */
  { "transaktioner_ovnbolag-bad-balance.se", REFUSED, .line = 3905 }, /* verifikationen är inte i balans: raderna summerar till -12771.00 kr */
  { "transaktioner_ovnbolag.se", LOADS, 4, 567, 163, 671, 1953, .consistent = TRUE },
  { "typ1.se", LOADS, 1, 299, 0, 0, 0 },
  { "typ2.se", LOADS, 2, 299, 0, 0, 368, .consistent = TRUE },
  { "typ3.se", LOADS, 3, 299, 0, 0, 557, .consistent = TRUE },
  { "typ4.se", LOADS, 4, 299, 81, 287, 0 },
  { "typ4si.si", LOADS, 4, 299, 81, 287, 0 },
  { "urval_ovnbolag.si", LOADS, 4, 567, 16, 51, 0 },
};

static const char *
real_dir (void)
{
  const char *dir = g_getenv ("STYR_SIE_REAL_DIR");

  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    g_error ("STYR_SIE_REAL_DIR (%s) is not a directory: the real SIE files "
             "(shared/sie/real/ beside the clone) are missing",
             dir != NULL ? dir : "unset");
  return dir;
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

static StyrSieFile *
load_fixture (const char *name,
              GError    **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "sie", name, NULL);
  g_autoptr(GBytes) bytes = read_bytes (path);

  return styr_sie_file_new_from_bytes (bytes, name, error);
}

/* ---- An independent reading of the raw lines, for cross-checks ------- */

/* "123.45", "-0.5", "1000" → öre; written apart from the library's. */
static gint64
test_ore (const char *s)
{
  int sign = 1;
  gint64 kr = 0;
  gint64 ore = 0;
  const char *dot;

  if (*s == '-')
    {
      sign = -1;
      s++;
    }
  dot = strchr (s, '.');
  kr = g_ascii_strtoll (s, NULL, 10);
  if (dot != NULL && g_ascii_isdigit (dot[1]))
    {
      ore = (dot[1] - '0') * 10;
      if (g_ascii_isdigit (dot[2]))
        ore += dot[2] - '0';
    }
  return sign * (kr * 100 + ore);
}

static char **
words (const char *s)
{
  g_autofree char *copy = g_strdup (s);

  g_strdelimit (copy, "\t", ' ');
  g_strstrip (copy);
  while (strstr (copy, "  ") != NULL)
    memmove (strstr (copy, "  "), strstr (copy, "  ") + 1, strlen (strstr (copy, "  ")));
  return g_strsplit (copy, " ", -1);
}

typedef struct
{
  GHashTable *psaldo_month;  /* "account YYYYMM" → gint64*, year 0, whole account */
  GHashTable *psaldo_year;   /* account → gint64*, year 0, whole account */
  GHashTable *trans_month;   /* "account YYYYMM" → gint64*, in year 0 */
  GHashTable *ib, *ub, *res; /* account → gint64*, year 0 */
  guint n_trans, n_period_rows, n_vouchers;
  char *year_start, *year_end;
} RawFacts;

static void
add_to (GHashTable *table,
        const char *key,
        gint64      amount)
{
  gint64 *v = g_hash_table_lookup (table, key);

  if (v == NULL)
    {
      v = g_new0 (gint64, 1);
      g_hash_table_insert (table, g_strdup (key), v);
    }
  *v += amount;
}

static void
raw_facts_read (RawFacts   *f,
                GBytes     *bytes)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autofree char *text = g_strndup (data, len);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *ver_date = NULL;

  f->psaldo_month = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  f->psaldo_year = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  f->trans_month = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  f->ib = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  f->ub = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  f->res = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      char *open, *close;
      g_auto(GStrv) w = NULL;
      g_auto(GStrv) after = NULL;

      g_strdelimit (line, "\r", ' ');
      w = words (line);
      if (w[0] == NULL || w[0][0] != '#')
        continue;

      open = strchr (line, '{');
      close = open != NULL ? strchr (open, '}') : NULL;
      if (close != NULL)
        after = words (close + 1);

      if (g_str_equal (w[0], "#RAR") && g_strv_length (w) >= 4 && g_str_equal (w[1], "0"))
        {
          f->year_start = g_strdup (w[2]);
          f->year_end = g_strdup (w[3]);
        }
      else if (g_str_equal (w[0], "#VER"))
        {
          f->n_vouchers++;
          for (guint j = 1; j < 4 && w[j] != NULL; j++)
            if (strlen (w[j]) == 8 && g_ascii_isdigit (w[j][0]))
              {
                g_free (ver_date);
                ver_date = g_strdup (w[j]);
                break;
              }
        }
      else if ((g_str_equal (w[0], "#PSALDO") || g_str_equal (w[0], "#PBUDGET")))
        {
          g_autofree char *objects = NULL;

          f->n_period_rows++;
          if (!g_str_equal (w[0], "#PSALDO") || !g_str_equal (w[1], "0") || close == NULL)
            continue;
          objects = g_strstrip (g_strndup (open + 1, (gsize) (close - open - 1)));
          if (objects[0] == '\0')
            {
              g_autofree char *key = g_strdup_printf ("%s %s", w[3], w[2]);
              add_to (f->psaldo_month, key, test_ore (after[0]));
              add_to (f->psaldo_year, w[3], test_ore (after[0]));
            }
        }
      else if (g_str_equal (w[0], "#TRANS"))
        {
          const char *date = ver_date;

          f->n_trans++;
          g_assert_nonnull (after);
          if (after[0] != NULL && after[1] != NULL && strlen (after[1]) == 8)
            date = after[1];
          if (f->year_start != NULL && date != NULL &&
              strcmp (date, f->year_start) >= 0 && strcmp (date, f->year_end) <= 0)
            {
              g_autofree char *key = g_strdup_printf ("%s %.6s", w[1], date);
              add_to (f->trans_month, key, test_ore (after[0]));
            }
        }
      else if (g_strv_length (w) >= 4 && g_str_equal (w[1], "0") &&
               (g_str_equal (w[0], "#IB") || g_str_equal (w[0], "#UB") ||
                g_str_equal (w[0], "#RES")))
        {
          GHashTable *t = w[0][1] == 'I' ? f->ib : w[0][1] == 'U' ? f->ub : f->res;
          add_to (t, w[2], test_ore (w[3]));
        }
    }
}

static void
raw_facts_clear (RawFacts *f)
{
  g_hash_table_unref (f->psaldo_month);
  g_hash_table_unref (f->psaldo_year);
  g_hash_table_unref (f->trans_month);
  g_hash_table_unref (f->ib);
  g_hash_table_unref (f->ub);
  g_hash_table_unref (f->res);
  g_free (f->year_start);
  g_free (f->year_end);
}

static gint64
lookup0 (GHashTable *t,
         const char *key)
{
  gint64 *v = g_hash_table_lookup (t, key);
  return v != NULL ? *v : 0;
}

/* #PSALDO (year 0, whole account) against the file's other figures:
 * over the year a balance account moves by #UB − #IB and a result account
 * ends at #RES; month by month a result account's #PSALDO is the sum of
 * its #TRANS rows. */
static void
check_consistency (const RealFile *rf,
                   RawFacts       *f,
                   StyrSieFile    *file)
{
  GHashTableIter iter;
  gpointer key, value;
  guint n_checked = 0;

  g_hash_table_iter_init (&iter, f->psaldo_year);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *account = key;
      gint64 sum = *(gint64 *) value;

      if (g_hash_table_contains (f->ib, account) || g_hash_table_contains (f->ub, account))
        {
          g_assert_cmpint (sum, ==, lookup0 (f->ub, account) - lookup0 (f->ib, account));
          n_checked++;
        }
      if (g_hash_table_contains (f->res, account))
        {
          g_assert_cmpint (sum, ==, lookup0 (f->res, account));
          n_checked++;
        }
    }

  if (f->n_trans > 0)
    {
      GHashTable *keys = g_hash_table_new (g_str_hash, g_str_equal);

      g_hash_table_iter_init (&iter, f->psaldo_month);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_hash_table_add (keys, key);
      g_hash_table_iter_init (&iter, f->trans_month);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_hash_table_add (keys, key);

      g_hash_table_iter_init (&iter, keys);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          const char *k = key;

          if (k[0] < '3' || k[0] > '8')
            continue;
          g_assert_cmpint (lookup0 (f->psaldo_month, k), ==, lookup0 (f->trans_month, k));
          n_checked++;
        }
      g_hash_table_unref (keys);
    }

  /* The library's lookups agree with the raw reading. */
  g_hash_table_iter_init (&iter, f->psaldo_month);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_auto(GStrv) parts = g_strsplit (key, " ", 2);
      int period = atoi (parts[1]);
      gint64 amount = -1;

      g_assert_true (styr_sie_file_get_period_balance (file, 0, period / 100, period % 100,
                                                       parts[0], &amount));
      g_assert_cmpint (amount, ==, *(gint64 *) value);
    }
  g_hash_table_iter_init (&iter, f->trans_month);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_auto(GStrv) parts = g_strsplit (key, " ", 2);
      int period = atoi (parts[1]);
      gint64 amount = -1;

      g_assert_true (styr_sie_file_sum_transactions (file, parts[0], period / 100,
                                                     period % 100, &amount));
      g_assert_cmpint (amount, ==, *(gint64 *) value);
    }

  g_test_message ("%s: %u consistency checks", rf->name, n_checked);
  g_assert_cmpuint (n_checked, >, 0);
}

static void
test_real_file (gconstpointer data)
{
  const RealFile *rf = data;
  g_autofree char *path = g_build_filename (real_dir (), rf->name, NULL);
  g_autoptr(GBytes) bytes = read_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrSieFile) file = styr_sie_file_new_from_bytes (bytes, rf->name, &error);

  switch (rf->outcome)
    {
    case HTML:
      {
        g_autofree char *message = g_strdup_printf ("%s: ser ut som en HTML-sida, inte en SIE-fil",
                                                    rf->name);
        g_assert_error (error, STYR_ERROR, STYR_ERROR_UNSUPPORTED);
        g_assert_cmpstr (error->message, ==, message);
        g_assert_null (file);
      }
      break;

    case REFUSED:
      {
        g_autofree char *prefix = g_strdup_printf ("%s:%u: ", rf->name, rf->line);
        g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
        g_assert_true (g_str_has_prefix (error->message, prefix));
        g_assert_null (file);
      }
      break;

    case LOADS:
      {
        RawFacts facts = { 0, };

        g_assert_no_error (error);
        g_assert_nonnull (file);
        g_assert_cmpint (styr_sie_file_get_sie_type (file), ==, rf->sie_type);
        g_assert_cmpuint (styr_sie_file_get_n_accounts (file), ==, rf->n_accounts);
        g_assert_cmpuint (styr_sie_file_get_n_vouchers (file), ==, rf->n_vouchers);
        g_assert_cmpuint (styr_sie_file_get_n_transactions (file), ==, rf->n_transactions);
        g_assert_cmpuint (styr_sie_file_get_n_period_rows (file), ==, rf->n_period_rows);

        raw_facts_read (&facts, bytes);
        g_assert_cmpuint (facts.n_vouchers, ==, rf->n_vouchers);
        g_assert_cmpuint (facts.n_trans, ==, rf->n_transactions);
        g_assert_cmpuint (facts.n_period_rows, ==, rf->n_period_rows);
        if (rf->consistent)
          check_consistency (rf, &facts, file);
        raw_facts_clear (&facts);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Every file in the directory has an entry, and every entry a file. */
static void
test_real_all_listed (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (real_dir (), 0, &error);
  const char *name;
  guint n = 0;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean found = FALSE;

      if (g_str_equal (name, "LICENSE") || g_str_equal (name, "README.md"))
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (real_files); i++)
        found = found || g_str_equal (real_files[i].name, name);
      if (!found)
        g_test_message ("%s has no expected outcome", name);
      g_assert_true (found);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (real_files));
}

static void
test_objects (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrSieFile) file = load_fixture ("objects.se", &error);
  g_autofree gint64 *amounts = NULL;
  g_autofree guint *periods = NULL;
  const char *dim, *id, *name, *number;
  gboolean budget, has_quantity;
  int year_index;
  guint period, n_objects;
  gint64 amount, quantity;
  gsize n = 0;
  GDate start, end;

  g_assert_no_error (error);
  g_assert_cmpint (styr_sie_file_get_sie_type (file), ==, 3);
  g_assert_cmpstr (styr_sie_file_get_program (file), ==, "Styr test");
  g_assert_cmpstr (styr_sie_file_get_program_version (file), ==, "1.0");
  g_assert_cmpstr (styr_sie_file_get_format (file), ==, "PC8");
  g_assert_cmpstr (styr_sie_file_get_encoding (file), ==, "CP437");
  g_assert_cmpstr (styr_sie_file_get_company_name (file), ==, "Kommunen");
  g_assert_null (styr_sie_file_get_org_number (file));

  g_assert_cmpuint (styr_sie_file_get_n_fiscal_years (file), ==, 1);
  styr_sie_file_get_fiscal_year (file, 0, &year_index, &start, &end);
  g_assert_cmpint (year_index, ==, 0);
  g_assert_cmpint (g_date_get_year (&start), ==, 2024);
  g_assert_cmpint (g_date_get_day_of_year (&end), ==, 366);

  g_assert_cmpuint (styr_sie_file_get_n_accounts (file), ==, 2);
  styr_sie_file_get_account (file, 1, &number, &name, NULL);
  g_assert_cmpstr (number, ==, "0150");
  g_assert_cmpstr (styr_sie_file_lookup_account_name (file, "4010"), ==, "Inköp");

  g_assert_cmpuint (styr_sie_file_get_n_dimensions (file), ==, 1);
  g_assert_cmpuint (styr_sie_file_get_n_objects (file), ==, 2);
  styr_sie_file_get_object (file, 1, &dim, &id, &name);
  g_assert_cmpstr (dim, ==, "1");
  g_assert_cmpstr (id, ==, "200");
  g_assert_cmpstr (name, ==, "Vård");

  /* The whole account, never the sum of the object rows. */
  g_assert_true (styr_sie_file_get_period_balance (file, 0, 2024, 1, "4010", &amount));
  g_assert_cmpint (amount, ==, 150050);
  g_assert_true (styr_sie_file_get_period_balance_for_object (file, 0, 2024, 1, "4010",
                                                              "1", "100", &amount));
  g_assert_cmpint (amount, ==, 100025);
  g_assert_true (styr_sie_file_get_period_balance_for_object (file, 0, 2024, 1, "4010",
                                                              "1", "200", &amount));
  g_assert_cmpint (amount, ==, 50025);
  g_assert_false (styr_sie_file_get_period_balance_for_object (file, 0, 2024, 1, "4010",
                                                               "1", "300", &amount));
  g_assert_cmpint (amount, ==, 0);
  g_assert_true (styr_sie_file_get_period_balance (file, 0, 2024, 2, "4010", &amount));
  g_assert_cmpint (amount, ==, -50);
  g_assert_false (styr_sie_file_get_period_balance (file, 0, 2024, 3, "4010", &amount));
  g_assert_true (styr_sie_file_get_period_budget (file, 0, 2024, 1, "4010", &amount));
  g_assert_cmpint (amount, ==, 200000);

  amounts = styr_sie_file_dup_period_balances (file, FALSE, 0, "4010", &periods, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (periods[0], ==, 202401);
  g_assert_cmpint (amounts[0], ==, 150050);
  g_assert_cmpuint (periods[1], ==, 202402);
  g_assert_cmpint (amounts[1], ==, -50);

  g_assert_cmpuint (styr_sie_file_get_n_period_rows (file), ==, 5);
  styr_sie_file_get_period_row (file, 0, &budget, &year_index, &period, &number,
                                &n_objects, &amount, &has_quantity, &quantity);
  g_assert_false (budget);
  g_assert_cmpuint (n_objects, ==, 0);
  g_assert_false (has_quantity);  /* "" */
  styr_sie_file_get_period_row (file, 1, NULL, NULL, NULL, NULL,
                                &n_objects, NULL, &has_quantity, &quantity);
  g_assert_cmpuint (n_objects, ==, 1);
  g_assert_true (has_quantity);
  g_assert_cmpint (quantity, ==, 300);
  styr_sie_file_get_period_row_object (file, 2, 0, &dim, &id);  /* { 1 200 } */
  g_assert_cmpstr (dim, ==, "1");
  g_assert_cmpstr (id, ==, "200");
  styr_sie_file_get_period_row (file, 3, NULL, NULL, NULL, NULL,
                                &n_objects, NULL, &has_quantity, &quantity);
  g_assert_cmpuint (n_objects, ==, 0);  /* { } */
  g_assert_cmpint (quantity, ==, 150);
  styr_sie_file_get_period_row (file, 4, &budget, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
  g_assert_true (budget);

  g_assert_cmpuint (styr_sie_file_get_n_balances (file), ==, 3);
  {
    StyrSieBalanceKind kind;

    styr_sie_file_get_balance (file, 1, &kind, &year_index, &number, &amount);
    g_assert_cmpint (kind, ==, STYR_SIE_BALANCE_CLOSING);
    g_assert_cmpstr (number, ==, "0150");
    g_assert_cmpint (amount, ==, 12345);
    styr_sie_file_get_balance (file, 2, &kind, NULL, NULL, &amount);
    g_assert_cmpint (kind, ==, STYR_SIE_BALANCE_RESULT);
    g_assert_cmpint (amount, ==, 150000);
  }

  /* Vouchers and month totals: a row's own date counts before its
   * voucher's. */
  g_assert_cmpuint (styr_sie_file_get_n_vouchers (file), ==, 2);
  g_assert_cmpuint (styr_sie_file_get_n_transactions (file), ==, 5);
  {
    const char *series, *vnumber, *text;
    guint voucher;
    GDate date;

    styr_sie_file_get_voucher (file, 0, &series, &vnumber, &date, &text);
    g_assert_cmpstr (series, ==, "A");
    g_assert_cmpstr (vnumber, ==, "1");
    g_assert_cmpstr (text, ==, "Första");
    g_assert_cmpint (g_date_get_day (&date), ==, 15);
    styr_sie_file_get_voucher (file, 1, &series, &vnumber, NULL, &text);
    g_assert_null (series);
    g_assert_null (vnumber);
    g_assert_null (text);

    styr_sie_file_get_transaction (file, 1, &voucher, &number, &n_objects, &amount, &date, &text);
    g_assert_cmpuint (voucher, ==, 0);
    g_assert_cmpstr (text, ==, "Annan månad");
    g_assert_cmpint (g_date_get_month (&date), ==, 2);
    styr_sie_file_get_transaction_object (file, 0, 0, &dim, &id);
    g_assert_cmpstr (id, ==, "100");
  }
  g_assert_true (styr_sie_file_sum_transactions (file, "4010", 2024, 1, &amount));
  g_assert_cmpint (amount, ==, 110010);
  g_assert_true (styr_sie_file_sum_transactions (file, "4010", 2024, 2, &amount));
  g_assert_cmpint (amount, ==, 90);
  g_assert_true (styr_sie_file_sum_transactions (file, "0150", 2024, 1, &amount));
  g_assert_cmpint (amount, ==, -110100);
  g_assert_false (styr_sie_file_sum_transactions (file, "4010", 2024, 3, &amount));
  g_assert_cmpint (amount, ==, 0);
  g_assert_false (styr_sie_file_sum_transactions (file, "9999", 2024, 1, &amount));
}

static void
test_ksumma (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrSieFile) file = load_fixture ("ksumma-ok.se", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (styr_sie_file_get_company_name (file), ==, "Firma \"Citat\" AB");

  g_clear_object (&file);
  file = load_fixture ("ksumma-wrong.se", &error);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "ksumma-wrong.se:10: "));
  g_assert_null (file);
  g_clear_error (&error);

  file = load_fixture ("ksumma-open.se", &error);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "ksumma-open.se:2: "));
  g_assert_null (file);
}

static void
test_encodings (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrSieFile) file = load_fixture ("cp437.se", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (styr_sie_file_get_encoding (file), ==, "CP437");
  g_assert_cmpstr (styr_sie_file_get_company_name (file), ==, "Björk åä ÅÄÖ");
  g_assert_cmpstr (styr_sie_file_lookup_account_name (file, "1910"), ==, "Kassa ö");
  g_clear_object (&file);

  file = load_fixture ("latin9.se", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (styr_sie_file_get_encoding (file), ==, "ISO-8859-15");
  g_assert_cmpstr (styr_sie_file_get_company_name (file), ==, "Björk åä €");
  g_clear_object (&file);

  file = load_fixture ("utf8.se", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (styr_sie_file_get_encoding (file), ==, "UTF-8");
  g_assert_cmpstr (styr_sie_file_get_company_name (file), ==, "Björk åä");
}

typedef struct
{
  const char *fixture;
  guint       line;
} Defect;

static void
test_defects (void)
{
  static const Defect defects[] = {
    { "unterminated.se", 3 },
    { "three-decimals.se", 6 },
    { "comma-amount.se", 4 },
    { "bad-account.se", 5 },
    { "unbalanced.se", 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (defects); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StyrSieFile) file = load_fixture (defects[i].fixture, &error);
      g_autofree char *prefix = g_strdup_printf ("%s:%u: ", defects[i].fixture, defects[i].line);

      g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
      g_assert_true (g_str_has_prefix (error->message, prefix));
      g_assert_null (file);
    }
}

static void
test_not_sie (void)
{
  static const char *inputs[] = {
    "\n  <html><body>404</body></html>\n",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (inputs[i], strlen (inputs[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(StyrSieFile) file = styr_sie_file_new_from_bytes (bytes, "x.se", &error);

      g_assert_error (error, STYR_ERROR, STYR_ERROR_UNSUPPORTED);
      g_assert_cmpstr (error->message, ==, "x.se: ser ut som en HTML-sida, inte en SIE-fil");
      g_assert_null (file);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(StyrSieFile) file = load_fixture ("no-labels.se", &error);

    g_assert_error (error, STYR_ERROR, STYR_ERROR_UNSUPPORTED);
    g_assert_null (file);
  }
}

static void
test_amounts (void)
{
  static const struct { const char *text; gint64 ore; } good[] = {
    { "123.45", 12345 }, { "-0.5", -50 }, { "1000", 100000 }, { "0", 0 },
    { "-12.3", -1230 }, { ".5", 50 }, { "92233720368547758", 9223372036854775800 },
  };
  static const char *bad[] = { "1.234", "12,50", "abc", "-", "1e3", "1.2.3",
                               "922337203685477580", "" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *text = g_strdup_printf ("#SIETYP 1\n#UB 0 1910 %s\n", good[i].text);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GError) error = NULL;
      g_autoptr(StyrSieFile) file = styr_sie_file_new_from_bytes (bytes, "a.se", &error);
      gint64 amount = -1;

      g_assert_no_error (error);
      styr_sie_file_get_balance (file, 0, NULL, NULL, NULL, &amount);
      g_assert_cmpint (amount, ==, good[i].ore);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = g_strdup_printf ("#SIETYP 1\n#UB 0 1910 \"%s\"\n", bad[i]);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GError) error = NULL;
      g_autoptr(StyrSieFile) file = styr_sie_file_new_from_bytes (bytes, "a.se", &error);

      g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
      g_assert_true (g_str_has_prefix (error->message, "a.se:2: "));
      g_assert_null (file);
    }
}

static void
test_stray_quote (void)
{
  static const char text[] =
    "#SIETYP 1\n"
    "#KONTO\t1710 \"F\"rutbetalda hyror\"\n"
    "#KONTO 1720 \"Escaped \\\"quote\\\" here\"  extra \"fields\" {1 2}\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrSieFile) file = styr_sie_file_new_from_bytes (bytes, "q.se", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (styr_sie_file_lookup_account_name (file, "1710"), ==, "F\"rutbetalda hyror");
  g_assert_cmpstr (styr_sie_file_lookup_account_name (file, "1720"), ==, "Escaped \"quote\" here");
}

static void
test_stream (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "sie", "objects.se", NULL);
  g_autoptr(GFile) gfile = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInputStream) stream = g_file_read (gfile, NULL, &error);
  g_autoptr(StyrSieFile) file = NULL;

  g_assert_no_error (error);
  file = styr_sie_file_new_from_stream (G_INPUT_STREAM (stream), "objects.se", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (styr_sie_file_get_n_transactions (file), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sie/objects", test_objects);
  g_test_add_func ("/sie/ksumma", test_ksumma);
  g_test_add_func ("/sie/encodings", test_encodings);
  g_test_add_func ("/sie/defects", test_defects);
  g_test_add_func ("/sie/not-sie", test_not_sie);
  g_test_add_func ("/sie/amounts", test_amounts);
  g_test_add_func ("/sie/stray-quote", test_stray_quote);
  g_test_add_func ("/sie/stream", test_stream);
  g_test_add_func ("/sie/real/all-listed", test_real_all_listed);

  for (guint i = 0; i < G_N_ELEMENTS (real_files); i++)
    {
      g_autofree char *name = g_strdup (real_files[i].name);
      g_autofree char *test_path = NULL;

      g_strdelimit (name, "%+ ", '_');
      test_path = g_strdup_printf ("/sie/real/%s", name);
      g_test_add_data_func (test_path, &real_files[i], test_real_file);
    }

  return g_test_run ();
}
