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

/* A stream that gives at most a few bytes a read, and fails at an
 * offset when asked to: the reader's pieces then end anywhere. */
typedef struct
{
  GInputStream parent_instance;
  GBytes *bytes;
  gsize   pos;
  gsize   step;
  gsize   fail_at;      /* G_MAXSIZE: never */
} TrickleStream;

typedef GInputStreamClass TrickleStreamClass;

static GType trickle_stream_get_type (void);
G_DEFINE_TYPE (TrickleStream, trickle_stream, G_TYPE_INPUT_STREAM)

static gssize
trickle_stream_read (GInputStream  *stream,
                     void          *buffer,
                     gsize          count,
                     GCancellable  *cancellable,
                     GError       **error)
{
  TrickleStream *self = (TrickleStream *) stream;
  gsize len;
  const guchar *data = g_bytes_get_data (self->bytes, &len);
  gsize n = MIN (MIN (count, self->step), len - self->pos);

  if (self->pos >= self->fail_at)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "trasig ström");
      return -1;
    }
  n = MIN (n, self->fail_at - self->pos);
  if (n > 0)   /* an empty GBytes has no data pointer */
    memcpy (buffer, data + self->pos, n);
  self->pos += n;
  return (gssize) n;
}

static void
trickle_stream_finalize (GObject *object)
{
  g_bytes_unref (((TrickleStream *) object)->bytes);
  G_OBJECT_CLASS (trickle_stream_parent_class)->finalize (object);
}

static void
trickle_stream_class_init (TrickleStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trickle_stream_finalize;
  klass->read_fn = trickle_stream_read;
}

static void
trickle_stream_init (TrickleStream *self)
{
  self->fail_at = G_MAXSIZE;
}

static GInputStream *
trickle_stream_new (const char *text,
                    gsize       len,
                    gsize       step)
{
  TrickleStream *self = g_object_new (trickle_stream_get_type (), NULL);

  self->bytes = g_bytes_new (text, len);
  self->step = step;
  return G_INPUT_STREAM (self);
}

/* Everything the getters tell of @file, as text. */
static char *
describe (StyrSieFile *file)
{
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, "%s|%s|%s|%s|%s|%d\n",
                          styr_sie_file_get_encoding (file),
                          styr_sie_file_get_program (file),
                          styr_sie_file_get_format (file),
                          styr_sie_file_get_company_name (file),
                          styr_sie_file_get_org_number (file),
                          styr_sie_file_get_sie_type (file));
  for (guint i = 0; i < styr_sie_file_get_n_accounts (file); i++)
    {
      const char *number, *name, *type;

      styr_sie_file_get_account (file, i, &number, &name, &type);
      g_string_append_printf (s, "K %s|%s|%s\n", number, name, type);
    }
  for (guint i = 0; i < styr_sie_file_get_n_objects (file); i++)
    {
      const char *dim, *id, *name;

      styr_sie_file_get_object (file, i, &dim, &id, &name);
      g_string_append_printf (s, "O %s|%s|%s\n", dim, id, name);
    }
  for (guint i = 0; i < styr_sie_file_get_n_period_rows (file); i++)
    {
      gboolean budget, has_quantity;
      int year_index;
      guint period, n_objects;
      const char *account;
      gint64 amount, quantity;

      styr_sie_file_get_period_row (file, i, &budget, &year_index, &period, &account,
                                    &n_objects, &amount, &has_quantity, &quantity);
      g_string_append_printf (s, "P %d %d %u %s %" G_GINT64_FORMAT " %d %" G_GINT64_FORMAT,
                              budget, year_index, period, account, amount,
                              has_quantity, quantity);
      for (guint o = 0; o < n_objects; o++)
        {
          const char *dim, *id;

          styr_sie_file_get_period_row_object (file, i, o, &dim, &id);
          g_string_append_printf (s, " {%s %s}", dim, id);
        }
      g_string_append_c (s, '\n');
    }
  for (guint i = 0; i < styr_sie_file_get_n_transactions (file); i++)
    {
      const char *account, *text;
      guint n_objects;
      gint64 amount;

      styr_sie_file_get_transaction (file, i, NULL, &account, &n_objects, &amount, NULL, &text);
      g_string_append_printf (s, "T %s %u %" G_GINT64_FORMAT " %s\n", account, n_objects, amount, text);
    }

  return g_string_free (s, FALSE);
}

/* Reads @text from bytes and from streams that cut it anywhere: the
 * same content, or the same error. */
static void
check_stream_same (const char *text,
                   gsize       len)
{
  g_autoptr(GError) want_error = NULL;
  g_autoptr(StyrSieFile) want_file = read_text (text, len, &want_error);
  g_autofree char *want = want_file != NULL ? describe (want_file) : NULL;
  const gsize steps[] = { 1, 2, 3, 7, 64, 4096, G_MAXSIZE };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(GInputStream) stream = trickle_stream_new (text, len, steps[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(StyrSieFile) file = styr_sie_file_new_from_stream (stream, "prov.se", NULL, &error);

      if (want_file == NULL)
        {
          g_assert_null (file);
          g_assert_nonnull (error);
          g_assert_cmpint (error->domain, ==, want_error->domain);
          g_assert_cmpint (error->code, ==, want_error->code);
          g_assert_cmpstr (error->message, ==, want_error->message);
        }
      else
        {
          g_autofree char *got = NULL;

          g_assert_no_error (error);
          got = describe (file);
          g_assert_cmpstr (got, ==, want);
        }
    }
}

/* The stream is read in pieces, and the encoding is known only at its
 * end: texts read before are filled in then, in any of the encodings. */
static void
test_stream_pieces (void)
{
  const char *texts[] = {
    /* Code page 437: 0x94 is ö, 0x86 å. */
    "#FLAGGA 0\r\n#FORMAT PC8\r\n#FNAMN \"Sm\x86stad\"\r\n#SIETYP 3\r\n"
    "#KONTO 4010 \"L\x94ner\"\r\n#OBJEKT 1 \"K\x94k1\" \"K\x94ket\"\r\n"
    "#PSALDO 0 202501 4010 {1 \"K\x94k1\"} 10.00\r\n"
    "#PSALDO 0 202501 4010 {1 \"K\x94k1\"} 5 2\r\n",
    /* The same bytes, but the only high byte comes last. */
    "#FLAGGA 0\n#FNAMN \"Sm\x86stad\"\n#PSALDO 0 202501 4010 {} 1\n#KONTO 4010 \"\x94\"",
    /* ISO-8859-15: ö is 0xf6, € 0xa4. */
    "#FLAGGA 0\n#FNAMN \"G\xf6teborg \xa4\"\n#KONTO 4010 \"L\xf6ner\"\n"
    "#PSALDO 0 202501 4010 {1 \"K\xf6k\"} 1.5\n",
    /* UTF-8 with a byte order mark. */
    "\xef\xbb\xbf#FLAGGA 0\n#FNAMN \"G\xc3\xb6teborg\"\n#KONTO 4010 \"L\xc3\xb6ner\"\n"
    "#PSALDO 0 202501 4010 {1 \"K\xc3\xb6k\"} 1.5\n",
    /* UTF-8 until a byte that is not. */
    "#FLAGGA 0\n#FNAMN \"G\xc3\xb6teborg\"\n#KONTO 4010 \"L\xf6ner\"\n",
    /* Vouchers, a checksum, blank lines and no final line break. */
    "#FLAGGA 0\n\n#KSUMMA\n#KONTO 3010 \"F\x94rs\"\n#KSUMMA 1234\n",
    "#FLAGGA 0\n#VER A 1 20250105 \"K\x94p\"\n{\n#TRANS 4010 {1 \"K\x94k1\"} 100\n"
    "#TRANS 1930 {} -100\n}\n#PSALDO 0 202501 4010 {1 \"K\x94k1\"} 7",
    /* Errors, at a line that comes in a later piece. */
    "#FLAGGA 0\n#PSALDO 0 202501 4010 {1 \"100\"} 1.00\n#PSALDO 0 202501 4010 {1 \"101\"} 1,50\n",
    "#FLAGGA 0\n#VER A 1 20250105\n{\n#TRANS 4010 {} 100\n",
    "   \n\n  <html><body>#FLAGGA 0</body></html>\n",
    "\n\n",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    check_stream_same (texts[i], strlen (texts[i]));
}

/* A line longer than a piece of the stream, and many pieces. */
static void
test_stream_long_line (void)
{
  g_autoptr(GString) text = g_string_new ("#FLAGGA 0\r\n#FNAMN \"");
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(StyrSieFile) file = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 700000; i++)
    g_string_append_c (text, i % 1000 == 999 ? '\x94' : 'a' + (char) (i % 26));
  g_string_append (text, "\"\r\n");
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (text, "#PSALDO 0 2025%02u 4010 {1 \"%u\"} %u.%02u\r\n",
                            i % 12 + 1, i % 97, i, i % 100);

  check_stream_same (text->str, text->len);

  stream = g_memory_input_stream_new_from_data (g_memdup2 (text->str, text->len), text->len, g_free);
  file = styr_sie_file_new_from_stream (stream, "lang.se", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (styr_sie_file_get_encoding (file), ==, "CP437");
  g_assert_cmpuint (strlen (styr_sie_file_get_company_name (file)), ==, 700000 + 700);
  g_assert_cmpuint (styr_sie_file_get_n_period_rows (file), ==, 20000);
}

/* An error of the stream comes before a defect of the file, as when
 * the stream was read whole before the lines. */
static void
test_stream_error (void)
{
  const char *text = "#FLAGGA 0\n#PSALDO 0 202501 4010 {} 1,50\n#FNAMN \"x\"\n";
  g_autoptr(GInputStream) stream = trickle_stream_new (text, strlen (text), 5);
  g_autoptr(StyrSieFile) file = NULL;
  g_autoptr(GError) error = NULL;

  ((TrickleStream *) stream)->fail_at = strlen (text) - 3;
  file = styr_sie_file_new_from_stream (stream, "prov.se", NULL, &error);
  g_assert_null (file);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
}

/* A row of more objects than the compact row holds a length for, among
 * rows of one and of two. */
static void
test_many_objects (void)
{
  g_autoptr(GString) text = g_string_new (HEAD);
  g_autoptr(StyrSieFile) file = NULL;
  const guint n = 70000;
  guint n_objects;
  const char *dim, *id;

  g_string_append (text, "#PSALDO 0 202501 4010 {1 \"100\"} 1.00\r\n");
  g_string_append (text, "#PSALDO 0 202501 4010 {");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%u \"o%u\"", i > 0 ? " " : "", i % 3 + 1, i);
  g_string_append (text, "} 2.00\r\n");
  g_string_append (text, "#PSALDO 0 202501 4010 {1 \"100\" 2 \"7\"} 3.00\r\n");
  g_string_append (text, "#PSALDO 0 202501 4010 {1 \"101\"} 4.00\r\n");

  file = read_ok (text->str);
  g_assert_cmpuint (styr_sie_file_get_n_period_rows (file), ==, 4);

  styr_sie_file_get_period_row (file, 1, NULL, NULL, NULL, NULL, &n_objects, NULL, NULL, NULL);
  g_assert_cmpuint (n_objects, ==, n);
  styr_sie_file_get_period_row_object (file, 1, 0, &dim, &id);
  g_assert_cmpstr (dim, ==, "1");
  g_assert_cmpstr (id, ==, "o0");
  styr_sie_file_get_period_row_object (file, 1, n - 1, &dim, &id);
  g_assert_cmpstr (dim, ==, "1");
  g_assert_cmpstr (id, ==, "o69999");

  styr_sie_file_get_period_row (file, 2, NULL, NULL, NULL, NULL, &n_objects, NULL, NULL, NULL);
  g_assert_cmpuint (n_objects, ==, 2);
  styr_sie_file_get_period_row_object (file, 2, 1, &dim, &id);
  g_assert_cmpstr (dim, ==, "2");
  g_assert_cmpstr (id, ==, "7");

  for (guint row = 0; row < 4; row += 3)
    {
      styr_sie_file_get_period_row (file, row, NULL, NULL, NULL, NULL, &n_objects, NULL, NULL, NULL);
      g_assert_cmpuint (n_objects, ==, 1);
      styr_sie_file_get_period_row_object (file, row, 0, &dim, &id);
      g_assert_cmpstr (id, ==, row == 0 ? "100" : "101");
    }

  check_stream_same (text->str, text->len);
}

/* Months imported one file after another: the rows of the months kept
 * and of the month imported are merged in order, and every outcome is
 * found again. */
static void
test_months_merged (void)
{
  static const char first[] =
    HEAD
    "#PSALDO 0 202503 6010 {1 \"A\"} 3.00\r\n"
    "#PSALDO 0 202503 4010 {1 \"A\"} 1.00\r\n"
    "#PSALDO 0 202501 5010 {1 \"A\"} 2.00\r\n"
    "#PSALDO 0 202501 4010 {1 \"A\"} 4.00\r\n"
    "#PSALDO 0 202501 6010 {1 \"B\"} 5.00\r\n";
  static const char second[] =
    HEAD
    "#PSALDO 0 202502 6010 {1 \"A\"} 7.00\r\n"
    "#PSALDO 0 202502 4010 {1 \"A\"} 8.00\r\n"
    "#PSALDO 0 202502 5010 {1 \"B\"} 9.00\r\n"
    "#PSALDO 0 202502 4010 {1 \"B\"} 6.00\r\n";
  g_autoptr(StyrModel) model = styr_model_new ();
  StyrUnit *a = add_unit (model, "a");
  StyrUnit *b = add_unit (model, "b");
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_map_object (model, "1", "A", a, &error));
  g_assert_true (styr_model_map_object (model, "1", "B", b, &error));
  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(StyrSieFile) file1 = read_ok (first);
      g_autoptr(StyrSieFile) file2 = read_ok (second);
      g_autoptr(StyrImportResult) result1 = styr_model_import_sie (model, round == 0 ? file1 : file2, NULL, &error);
      g_autoptr(StyrImportResult) result2 = NULL;

      g_assert_no_error (error);
      result2 = styr_model_import_sie (model, round == 0 ? file2 : file1, NULL, &error);
      g_assert_no_error (error);

      g_assert_cmpint (outcome (a, 2025, 1, "4000-4999"), ==, 400);
      g_assert_cmpint (outcome (a, 2025, 1, "5000-5999"), ==, 200);
      g_assert_cmpint (outcome (a, 2025, 2, "4000-4999"), ==, 800);
      g_assert_cmpint (outcome (a, 2025, 2, "6000-6999"), ==, 700);
      g_assert_cmpint (outcome (a, 2025, 3, "4000-4999"), ==, 100);
      g_assert_cmpint (outcome (a, 2025, 3, "6000-6999"), ==, 300);
      g_assert_cmpint (outcome (b, 2025, 1, "6000-6999"), ==, 500);
      g_assert_cmpint (outcome (b, 2025, 2, "4000-4999"), ==, 600);
      g_assert_cmpint (outcome (b, 2025, 2, "5000-5999"), ==, 900);
      g_assert_cmpint (outcome (b, 2025, 3, "4000-4999"), ==, 0);
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
  g_test_add_func ("/sie-fast/stream-pieces", test_stream_pieces);
  g_test_add_func ("/sie-fast/stream-long-line", test_stream_long_line);
  g_test_add_func ("/sie-fast/stream-error", test_stream_error);
  g_test_add_func ("/sie-fast/many-objects", test_many_objects);
  g_test_add_func ("/sie-fast/months-merged", test_months_merged);

  return g_test_run ();
}
