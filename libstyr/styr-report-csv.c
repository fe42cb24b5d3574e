/* styr-report-csv.c — the tables of a StyrReport as CSV files
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* One file per table of the report ([method@Styr.Report.get_tables]),
 * named `<table id>.csv`, in the form Swedish Excel and LibreOffice open
 * directly with a double click:
 *
 * - UTF-8 with a byte order mark (without it Excel reads Windows-1252),
 *   semicolons between fields, CRLF line ends (RFC 4180);
 * - the first line holds the column titles, then one line per row, total
 *   rows included (they are marked by their own text, "Summa …"); no
 *   caption line, so that the file stays one table;
 * - a field is quoted ("…", inner quotes doubled) when it holds a
 *   semicolon, a quote, a line break, or begins or ends with white space;
 * - **amounts are exact**: öre written in the table's money unit
 *   ([method@Styr.ReportTable.get_money_unit], the unit the column title
 *   names, "Budget, tkr") with as many decimals as that unit needs to
 *   hold every öre — 2 for kr, 5 for tkr, 8 for mnkr — trailing zeros
 *   dropped: 123 456 789 öre in tkr is `1234,56789`, 100 000 000 öre is
 *   `1000`. Not rounded to whole tkr as the page shows them, so that
 *   sums made in a spreadsheet agree with the report's totals to the
 *   öre; a decimal comma, no digit grouping and an ASCII minus, which is
 *   what a spreadsheet parses as a number;
 * - numbers with a decimal comma and as many digits as the double needs
 *   to read back the same; percentages as the number of per cent
 *   followed by `%` (`2,5%`), which Excel and LibreOffice read as a
 *   percentage; a value whose text is not a plain number (a target
 *   range "80–90") is written as that text;
 * - dates as `YYYY-MM-DD`, statuses as the level's label, text as it is;
 *   a text field that would start with `=`, `+`, `-` or `@` gets a
 *   leading apostrophe, so that a spreadsheet does not run it as a
 *   formula.
 *
 * Every file is replaced atomically (written beside it, then renamed
 * over it). Everything that can be checked is checked before the first
 * file is written (the directory, the table ids); should writing then
 * fail midway, the files written before stay complete and the rest keep
 * their old contents or do not exist.
 *
 * The public function is declared and documented in styr-report.h.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "styr-private.h"
#include "styr-report.h"
#include "styr-report-private.h"


static const char utf8_bom[] = "\xef\xbb\xbf";

/* Appends @field to @line, quoted when needed. */
static void
append_field (GString    *line,
              const char *field)
{
  gsize len = strlen (field);
  gboolean quote;

  quote = strpbrk (field, ";\"\r\n") != NULL ||
          (len > 0 && (g_ascii_isspace (field[0]) || g_ascii_isspace (field[len - 1])));
  if (!quote)
    {
      g_string_append (line, field);
      return;
    }

  g_string_append_c (line, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

/* Text as a field: made valid UTF-8, and kept from being read as a
 * formula. */
static void
append_text_field (GString    *line,
                   const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  if (valid[0] != '\0' && strchr ("=+-@", valid[0]) != NULL)
    {
      g_autofree char *guarded = g_strconcat ("'", valid, NULL);

      append_field (line, guarded);
    }
  else
    append_field (line, valid);
}

/* @ore in @unit, exact: a decimal comma and the decimals the unit needs
 * for one öre, trailing zeros dropped. */
static void
append_money (GString       *line,
              gint64         ore,
              StyrMoneyUnit  unit)
{
  guint64 divisor, magnitude, whole, fraction;
  int decimals;
  char digits[16];
  int end;

  switch (unit)
    {
    case STYR_MONEY_UNIT_KR:
      divisor = 100;
      decimals = 2;
      break;
    case STYR_MONEY_UNIT_MNKR:
      divisor = 100000000;
      decimals = 8;
      break;
    case STYR_MONEY_UNIT_TKR:
    default:
      divisor = 100000;
      decimals = 5;
      break;
    }

  /* The magnitude without overflow, G_MININT64 included. */
  magnitude = ore < 0 ? (guint64) (-(ore + 1)) + 1 : (guint64) ore;
  whole = magnitude / divisor;
  fraction = magnitude % divisor;

  if (ore < 0)
    g_string_append_c (line, '-');
  g_string_append_printf (line, "%" G_GUINT64_FORMAT, whole);
  if (fraction == 0)
    return;

  g_snprintf (digits, sizeof digits, "%0*" G_GUINT64_FORMAT, decimals, fraction);
  for (end = decimals; end > 0 && digits[end - 1] == '0'; end--)
    ;
  digits[end] = '\0';
  g_string_append_c (line, ',');
  g_string_append (line, digits);
}

/* @value with a decimal comma and the fewest digits that read back as
 * the same double. */
static void
append_number (GString *line,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == 0)
    value = 0;  /* no "-0" */
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  if (g_ascii_strtod (buf, NULL) != value)
    g_ascii_formatd (buf, sizeof buf, "%.17g", value);
  for (char *p = buf; *p != '\0'; p++)
    if (*p == '.')
      *p = ',';
  g_string_append (line, buf);
}

/* Whether the display text of a NUMBER or PERCENT cell is just the
 * number (digits, grouping spaces, a decimal comma, a sign, a per cent
 * sign), not a range or words. */
static gboolean
text_is_plain_number (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!(g_ascii_isdigit (c) || c == ',' || c == '.' || c == ' ' || c == '%' ||
            c == '+' || c == '-' || c == 0x2212 /* MINUS SIGN */ ||
            c == 0x00a0 /* NO-BREAK SPACE */ || c == 0x202f /* NARROW NO-BREAK SPACE */))
        return FALSE;
    }
  return TRUE;
}

static void
append_cell (GString         *line,
             StyrReportTable *table,
             guint            row,
             guint            column)
{
  const char *text = styr_report_table_get_text (table, row, column);
  StyrReportColumnKind kind = styr_report_table_get_column_kind (table, column);

  switch (kind)
    {
    case STYR_REPORT_COLUMN_KIND_MONEY:
      {
        gint64 ore;

        if (styr_report_table_get_money (table, row, column, &ore))
          append_money (line, ore, styr_report_table_get_money_unit (table));
        else
          append_text_field (line, text);
      }
      break;

    case STYR_REPORT_COLUMN_KIND_PERCENT:
    case STYR_REPORT_COLUMN_KIND_NUMBER:
      {
        double value;

        if (styr_report_table_get_number (table, row, column, &value) &&
            isfinite (value) && text_is_plain_number (text))
          {
            append_number (line, value);
            if (kind == STYR_REPORT_COLUMN_KIND_PERCENT)
              g_string_append_c (line, '%');
          }
        else
          append_text_field (line, text);
      }
      break;

    case STYR_REPORT_COLUMN_KIND_DATE:
      {
        const GDate *date = styr_report_table_get_date (table, row, column);

        if (date != NULL && g_date_valid (date))
          g_string_append_printf (line, "%04u-%02u-%02u",
                                  (guint) g_date_get_year (date),
                                  (guint) g_date_get_month (date),
                                  (guint) g_date_get_day (date));
        else
          append_text_field (line, text);
      }
      break;

    case STYR_REPORT_COLUMN_KIND_STATUS:
    case STYR_REPORT_COLUMN_KIND_TEXT:
    default:
      append_text_field (line, text);
      break;
    }
}

/* The whole file of @table. */
static GBytes *
table_to_csv (StyrReportTable *table)
{
  guint n_columns = styr_report_table_get_n_columns (table);
  guint n_rows = styr_report_table_get_n_rows (table);
  GString *csv = g_string_new (utf8_bom);

  for (guint c = 0; c < n_columns; c++)
    {
      if (c > 0)
        g_string_append_c (csv, ';');
      append_text_field (csv, styr_report_table_get_column_title (table, c));
    }
  g_string_append (csv, "\r\n");

  for (guint r = 0; r < n_rows; r++)
    {
      for (guint c = 0; c < n_columns; c++)
        {
          if (c > 0)
            g_string_append_c (csv, ';');
          append_cell (csv, table, r, c);
        }
      g_string_append (csv, "\r\n");
    }

  return g_string_free_to_bytes (csv);
}

static gboolean
table_id_is_valid (const char *id)
{
  if (id == NULL || *id == '\0' || strlen (id) > 200)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!((*p >= 'a' && *p <= 'z') || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;
  return TRUE;
}

static gboolean
write_bytes (GOutputStream  *out,
             gpointer        bytes,
             GError        **error)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  return g_output_stream_write_all (out, data, len, NULL, NULL, error);
}

/* Replaces @file by @bytes as styr_model_save() does. */
static gboolean
replace_file (GFile   *file,
              GBytes  *bytes,
              GError **error)
{
  if (!_styr_report_replace_file (file, write_bytes, bytes, error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_prefix_error (error, _("Kunde inte skriva %s: "), name);
      return FALSE;
    }

  return TRUE;
}

gboolean
styr_report_write_csv (StyrReport  *self,
                       GFile       *directory,
                       GError     **error)
{
  GListModel *tables;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) contents = NULL;
  g_autofree char *name = NULL;
  GFileType type;
  guint n;

  g_return_val_if_fail (STYR_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (directory), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _styr_init_i18n ();
  name = g_file_get_parse_name (directory);

  type = g_file_query_file_type (directory, G_FILE_QUERY_INFO_NONE, NULL);
  if (type == G_FILE_TYPE_UNKNOWN)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Katalogen %s finns inte"), name);
      return FALSE;
    }
  if (type != G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY,
                   _("%s är ingen katalog"), name);
      return FALSE;
    }

  /* Everything is made and checked before the first file is written. */
  tables = styr_report_get_tables (self);
  n = g_list_model_get_n_items (tables);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  files = g_ptr_array_new_with_free_func (g_object_unref);
  contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrReportTable) table = g_list_model_get_item (tables, i);
      const char *id = styr_report_table_get_id (table);
      g_autofree char *basename = NULL;

      if (!table_id_is_valid (id))
        {
          g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                       _("Tabellen »%s« har ett id som inte duger som filnamn"),
                       styr_report_table_get_caption (table));
          return FALSE;
        }
      if (!g_hash_table_add (seen, (gpointer) id))
        {
          g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                       _("Två tabeller i rapporten har samma id »%s«"), id);
          return FALSE;
        }

      basename = g_strconcat (id, ".csv", NULL);
      g_ptr_array_add (files, g_file_get_child (directory, basename));
      g_ptr_array_add (contents, table_to_csv (table));
    }

  for (guint i = 0; i < files->len; i++)
    if (!replace_file (g_ptr_array_index (files, i), g_ptr_array_index (contents, i), error))
      return FALSE;

  return TRUE;
}
