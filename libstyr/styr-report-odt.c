/* styr-report-odt.c — the report as OpenDocument text (.odt).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * styr_report_write_odt() and styr_report_write_odt_to_path() are
 * declared and documented in styr-report.h.
 *
 * The package (ODF 1.3, part 2) holds, in this order: `mimetype`
 * (stored, first, no extra field: the magic that tells an ODF package),
 * `META-INF/manifest.xml`, `content.xml`, `styles.xml`, `meta.xml` and
 * the charts as SVG pictures in `Pictures/` (a picture drawn twice is
 * stored once; a long list-like chart is split over several pictures so
 * that none is taller than a page). LibreOffice (since 4.4) reads SVG
 * pictures, draws them as vectors — text included — into a PDF, and
 * adds PNG renderings itself when it converts to DOCX, so the package
 * holds no PNG fallback. The text alternative of each chart (svg:title
 * and svg:desc on its frame) lists its data.
 *
 * The writer only renders: every figure and status is the display text
 * the report model decided ([method@Styr.ReportTable.get_text] and
 * friends). The chart pictures are drawn here from the chart's data
 * series (the SVG drawing code is the second half of this file).
 *
 * Layout: A4, margins of 2 cm, the report's title and the page number
 * in the footer; heading styles "Heading 1"–"Heading 10" with outline
 * levels, so the navigator, the PDF bookmarks and a table of contents
 * work; a page break before each board's section; tables as wide as the
 * text with a repeated header row, numbers right-aligned and total rows
 * in bold between rules; a status as the level's shape in the level's
 * colour followed by its name, never by colour alone.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "styr-private.h"
#include "styr-report-private.h"
#include "styr-zip-private.h"

#define ODT_MIMETYPE "application/vnd.oasis.opendocument.text"

/* The text area of an A4 page with 2 cm margins. */
#define TEXT_WIDTH_CM 17.0
/* Pictures are drawn in CSS pixels of this many centimetres... */
#define CM_PER_PX (TEXT_WIDTH_CM / CHART_WIDTH)
/* ...on a canvas this wide, the text width. */
#define CHART_WIDTH 680.0
/* A picture taller than this is split over several (status lights,
 * distributions and budget bars are lists of rows). */
#define CHART_MAX_HEIGHT 880.0

#define NOT_ASSESSED_COLOUR "#ffffff"
#define OUTLINE_COLOUR "#333333"

#define NS_OFFICE "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
#define NS_STYLE  "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
#define NS_TEXT   "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
#define NS_TABLE  "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
#define NS_DRAW   "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
#define NS_FO     "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
#define NS_XLINK  "xmlns:xlink=\"http://www.w3.org/1999/xlink\""
#define NS_DC     "xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
#define NS_META   "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
#define NS_SVG    "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""

typedef struct
{
  char *path;             /* Pictures/<id>.svg */
  GBytes *data;
} Picture;

typedef struct
{
  StyrReport *report;
  const char *not_assessed_label;
  GString *body;
  GString *auto_styles;   /* generated automatic styles of content.xml */
  GHashTable *colour_styles;  /* "#rrggbb" → text style name */
  GHashTable *column_styles;  /* width in mm → column style name */
  GArray *pictures;       /* of Picture */
  GHashTable *picture_paths;  /* GBytes (SVG) → its path in pictures */
  guint heading_level;    /* the last heading's level in this section */
} Odt;

static void
picture_clear (gpointer data)
{
  Picture *picture = data;

  g_free (picture->path);
  g_bytes_unref (picture->data);
}

/* ------------------------------------------------------------------ */
/* Text and XML                                                        */
/* ------------------------------------------------------------------ */

/* Appends @text escaped for XML content or a double-quoted attribute,
 * dropping what XML 1.0 cannot hold at all (C0 controls other than tab,
 * line feed and carriage return; U+FFFE, U+FFFF). */
static void
append_escaped (GString    *s,
                const char *text)
{
  g_autofree char *valid = NULL;

  if (text == NULL)
    return;
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&':
          g_string_append (s, "&amp;");
          break;
        case '<':
          g_string_append (s, "&lt;");
          break;
        case '>':
          g_string_append (s, "&gt;");
          break;
        case '"':
          g_string_append (s, "&quot;");
          break;
        case '\t':
        case '\n':
        case '\r':
          g_string_append_unichar (s, c);
          break;
        default:
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF)
            break;
          g_string_append_len (s, p, g_utf8_next_char (p) - p);
          break;
        }
    }
}

/* Appends @text as the content of a text:p or text:h: a line feed is a
 * line break, a tab a tab, and spaces that ODF would collapse (leading,
 * repeated) are kept with text:s. */
static void
append_text (GString    *s,
             const char *text)
{
  const char *p;
  gboolean after_space = TRUE;    /* at the start, a space is leading */

  if (text == NULL)
    return;

  for (p = text; *p != '\0';)
    {
      gsize run = strcspn (p, " \t\n\r");

      if (run > 0)
        {
          g_autofree char *piece = g_strndup (p, run);

          append_escaped (s, piece);
          p += run;
          after_space = FALSE;
          continue;
        }

      switch (*p)
        {
        case ' ':
          {
            gsize n = strspn (p, " ");
            gsize kept = n;

            /* One space after a word is a plain space; the rest, or a
             * leading space, would collapse: text:s. */
            if (!after_space)
              {
                g_string_append_c (s, ' ');
                kept--;
              }
            if (kept == 1)
              g_string_append (s, "<text:s/>");
            else if (kept > 1)
              g_string_append_printf (s, "<text:s text:c=\"%" G_GSIZE_FORMAT "\"/>", kept);
            p += n;
            after_space = TRUE;
          }
          break;
        case '\t':
          g_string_append (s, "<text:tab/>");
          p++;
          after_space = TRUE;
          break;
        case '\n':
          g_string_append (s, "<text:line-break/>");
          p++;
          after_space = TRUE;
          break;
        case '\r':
        default:
          p++;
          break;
        }
    }
}

/* Plain text with blank lines between paragraphs → one text:p each. The
 * first paragraph may begin with @lead in @lead_style. */
static void
append_paragraphs (GString    *s,
                   const char *style,
                   const char *lead,
                   const char *lead_style,
                   const char *text)
{
  g_autofree char *normalised = NULL;
  g_auto(GStrv) parts = NULL;
  gboolean first = TRUE;

  if (text == NULL)
    return;

  normalised = g_strdup (text);
  /* "\r\n" and "\r" are line feeds too. */
  for (char *p = normalised, *q = normalised;; p++)
    {
      if (*p == '\r')
        {
          *q++ = '\n';
          if (p[1] == '\n')
            p++;
        }
      else
        *q++ = *p;
      if (*p == '\0')
        break;
    }

  parts = g_regex_split_simple ("\\n[ \\t]*\\n\\s*", normalised, 0, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] == '\0' && !(first && lead != NULL))
        continue;
      g_string_append_printf (s, "<text:p text:style-name=\"%s\">", style);
      if (first && lead != NULL)
        {
          g_string_append_printf (s, "<text:span text:style-name=\"%s\">", lead_style);
          append_text (s, lead);
          g_string_append (s, "</text:span>");
        }
      append_text (s, parts[i]);
      g_string_append (s, "</text:p>\n");
      first = FALSE;
    }
}

static void
append_simple_paragraph (GString    *s,
                         const char *style,
                         const char *text)
{
  g_string_append_printf (s, "<text:p text:style-name=\"%s\">", style);
  append_text (s, text);
  g_string_append (s, "</text:p>\n");
}

static gboolean
colour_is_valid (const char *colour)
{
  if (colour == NULL || colour[0] != '#' || strlen (colour) != 7)
    return FALSE;
  for (int i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (colour[i]))
      return FALSE;
  return TRUE;
}

/* The level's colour as "#rrggbb" (lower case), or @fallback. */
static char *
level_colour (StyrScaleLevel *level,
              const char     *fallback)
{
  const char *colour = level != NULL ? styr_scale_level_get_colour (level) : NULL;

  return g_ascii_strdown (colour_is_valid (colour) ? colour : fallback, -1);
}

/* ------------------------------------------------------------------ */
/* Automatic styles made on demand                                     */
/* ------------------------------------------------------------------ */

/* A text style that colours a status symbol. */
static const char *
colour_style (Odt        *odt,
              const char *colour)
{
  const char *name = g_hash_table_lookup (odt->colour_styles, colour);

  if (name == NULL)
    {
      char *new_name = g_strdup_printf ("Status%u", g_hash_table_size (odt->colour_styles) + 1);

      /* White (not assessed) would vanish: an outlined circle instead,
       * drawn in grey. */
      g_string_append_printf (odt->auto_styles,
                              "<style:style style:name=\"%s\" style:family=\"text\">"
                              "<style:text-properties fo:color=\"%s\" fo:font-size=\"120%%\"/>"
                              "</style:style>\n",
                              new_name,
                              g_str_equal (colour, NOT_ASSESSED_COLOUR) ? "#595959" : colour);
      g_hash_table_insert (odt->colour_styles, g_strdup (colour), new_name);
      name = new_name;
    }
  return name;
}

static const char *
column_style (Odt    *odt,
              double  width_cm)
{
  guint mm = (guint) MAX (5, round (width_cm * 10));
  const char *name = g_hash_table_lookup (odt->column_styles, GUINT_TO_POINTER (mm));

  if (name == NULL)
    {
      char *new_name = g_strdup_printf ("Col%u", mm);

      g_string_append_printf (odt->auto_styles,
                              "<style:style style:name=\"%s\" style:family=\"table-column\">"
                              "<style:table-column-properties style:column-width=\"%u.%ucm\" "
                              "style:rel-width=\"%u*\"/></style:style>\n",
                              new_name, mm / 10, mm % 10, mm * 100);
      g_hash_table_insert (odt->column_styles, GUINT_TO_POINTER (mm), new_name);
      name = new_name;
    }
  return name;
}

/* The level's shape in its colour, then its label (or @text). */
static void
append_level (Odt            *odt,
              GString        *s,
              StyrScaleLevel *level,
              const char     *text)
{
  g_autofree char *colour = level_colour (level, level != NULL ? "#595959" : NOT_ASSESSED_COLOUR);
  StyrReportShape shape = styr_report_shape_for_level (level);

  g_string_append_printf (s, "<text:span text:style-name=\"%s\">", colour_style (odt, colour));
  append_escaped (s, styr_report_shape_get_symbol (shape));
  g_string_append (s, "</text:span> ");
  if (text == NULL)
    text = level != NULL ? styr_scale_level_get_label (level) : odt->not_assessed_label;
  append_text (s, text);
}

/* ------------------------------------------------------------------ */
/* Blocks                                                              */
/* ------------------------------------------------------------------ */

static void
write_heading (Odt        *odt,
               guint       level,
               const char *style,
               const char *bookmark,
               const char *text)
{
  level = CLAMP (level, 1, 10);
  g_string_append_printf (odt->body, "<text:h text:style-name=\"%s\" text:outline-level=\"%u\">",
                          style != NULL ? style : "", level);
  if (bookmark != NULL)
    {
      g_string_append (odt->body, "<text:bookmark text:name=\"");
      append_escaped (odt->body, bookmark);
      g_string_append (odt->body, "\"/>");
    }
  append_text (odt->body, text);
  g_string_append (odt->body, "</text:h>\n");
  odt->heading_level = level;
}

static char *
heading_style (guint level)
{
  return g_strdup_printf ("Heading_20_%u", CLAMP (level, 1, 10));
}

static void
write_paragraph (Odt                 *odt,
                 StyrReportParagraph *paragraph)
{
  const char *text = styr_report_paragraph_get_text (paragraph);

  switch (styr_report_paragraph_get_emphasis (paragraph))
    {
    case STYR_REPORT_EMPHASIS_WARNING:
      /* TRANSLATORS: the lead of a warning in a report, e.g. "Observera:
         Balanskravet uppfylls inte." Keep the trailing space. */
      append_paragraphs (odt->body, "Styr_20_Warning", _("Observera: "), "Strong_20_Emphasis", text);
      break;
    case STYR_REPORT_EMPHASIS_NOTE:
      append_paragraphs (odt->body, "Styr_20_Note", NULL, NULL, text);
      break;
    case STYR_REPORT_EMPHASIS_NONE:
    default:
      append_paragraphs (odt->body, "Text_20_body", NULL, NULL, text);
      break;
    }
}

static gboolean
column_is_numeric (StyrReportColumnKind kind)
{
  return kind == STYR_REPORT_COLUMN_KIND_MONEY
      || kind == STYR_REPORT_COLUMN_KIND_PERCENT
      || kind == STYR_REPORT_COLUMN_KIND_NUMBER;
}

/* The length in characters of the longest word of @text (words are
 * split at spaces and line feeds; a no-break space joins). */
static guint
longest_word (const char *text)
{
  guint longest = 0, current = 0;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (*p == ' ' || *p == '\n' || *p == '\t')
        current = 0;
      else
        {
          current++;
          longest = MAX (longest, current);
        }
    }
  return longest;
}

typedef struct
{
  double hard;    /* characters the cells need: no number or word broken */
  double soft;    /* ... and the header's words unbroken too */
  double want;    /* characters it would like, to keep texts on few lines */
} ColumnNeed;

/* Sizes of table text: the usual one, and a smaller one for tables too
 * wide for it. Centimetres per character are for Liberation Sans
 * (Arial's metrics), with a margin; bold headers are a tenth wider. */
static const struct
{
  const char *prefix;       /* of the paragraph styles */
  double cm_per_char;
} table_fonts[] = {
  { "", 0.2 },
  { "Small_", 0.16 },
};

#define CELL_PADDING_CM 0.25

static void
measure_columns (StyrReportTable *table,
                 ColumnNeed      *needs)
{
  guint n_columns = styr_report_table_get_n_columns (table);
  guint n_rows = styr_report_table_get_n_rows (table);

  for (guint c = 0; c < n_columns; c++)
    {
      StyrReportColumnKind kind = styr_report_table_get_column_kind (table, c);
      const char *title = styr_report_table_get_column_title (table, c);
      /* An empty column still shows its header's words, if short. */
      double hard = MAX (2, MIN (longest_word (title), 7) * 1.1);
      double want = MIN (g_utf8_strlen (title, -1), 14) * 1.1;

      for (guint r = 0; r < n_rows; r++)
        {
          const char *text = styr_report_table_get_text (table, r, c);
          double extra = kind == STYR_REPORT_COLUMN_KIND_STATUS ? 2.5 : 0;
          double bold = styr_report_table_get_row_is_total (table, r) ? 1.1 : 1.0;
          double len = (g_utf8_strlen (text, -1) + extra) * bold;

          if (column_is_numeric (kind) || kind == STYR_REPORT_COLUMN_KIND_DATE)
            hard = MAX (hard, len);
          else
            {
              hard = MAX (hard, (MIN (longest_word (text), 20) + 1 + extra) * bold);
              want = MAX (want, MIN (len, 40));
            }
        }
      needs[c].hard = hard;
      needs[c].soft = MAX (hard, longest_word (title) * 1.1);
      needs[c].want = MAX (want, needs[c].soft);
    }
}

/* Widths in centimetres that fill the text width. In order of need:
 * the cells' numbers and words, the header's words, the room that keeps
 * texts on few lines. Returns the index of the font (table_fonts) the
 * widths are for: the first where the headers fit, else the first
 * where the cells fit, else the smallest. */
static guint
plan_columns (StyrReportTable *table,
              double          *widths)
{
  guint n = styr_report_table_get_n_columns (table);
  g_autofree ColumnNeed *needs = g_new0 (ColumnNeed, n);
  double total[G_N_ELEMENTS (table_fonts)][3];
  guint font = G_N_ELEMENTS (table_fonts) - 1;
  double cpc;

  measure_columns (table, needs);

  for (guint f = 0; f < G_N_ELEMENTS (table_fonts); f++)
    {
      total[f][0] = total[f][1] = total[f][2] = 0;
      for (guint c = 0; c < n; c++)
        {
          total[f][0] += needs[c].hard * table_fonts[f].cm_per_char + CELL_PADDING_CM;
          total[f][1] += needs[c].soft * table_fonts[f].cm_per_char + CELL_PADDING_CM;
          total[f][2] += needs[c].want * table_fonts[f].cm_per_char + CELL_PADDING_CM;
        }
    }
  for (guint f = G_N_ELEMENTS (table_fonts); f-- > 0;)
    if (total[f][0] <= TEXT_WIDTH_CM)
      font = f;
  for (guint f = G_N_ELEMENTS (table_fonts); f-- > 0;)
    if (total[f][1] <= TEXT_WIDTH_CM)
      font = f;
  cpc = table_fonts[font].cm_per_char;

  for (guint c = 0; c < n; c++)
    {
      double hard = needs[c].hard * cpc + CELL_PADDING_CM;
      double soft = needs[c].soft * cpc + CELL_PADDING_CM;
      double want = needs[c].want * cpc + CELL_PADDING_CM;
      const double *t = total[font];

      if (t[2] <= TEXT_WIDTH_CM)
        widths[c] = want * TEXT_WIDTH_CM / t[2];
      else if (t[1] <= TEXT_WIDTH_CM)
        widths[c] = soft + (want - soft) * (TEXT_WIDTH_CM - t[1]) / (t[2] - t[1]);
      else if (t[0] <= TEXT_WIDTH_CM)
        widths[c] = hard + (soft - hard) * (TEXT_WIDTH_CM - t[0]) / (t[1] - t[0]);
      else
        widths[c] = hard * TEXT_WIDTH_CM / t[0];
    }
  return font;
}

static void
write_table (Odt             *odt,
             StyrReportTable *table)
{
  GString *s = odt->body;
  guint n_columns = styr_report_table_get_n_columns (table);
  guint n_rows = styr_report_table_get_n_rows (table);
  const char *caption = styr_report_table_get_caption (table);
  g_autofree double *widths = g_new0 (double, MAX (n_columns, 1));
  const char *font = table_fonts[plan_columns (table, widths)].prefix;

  if (caption != NULL && caption[0] != '\0')
    append_simple_paragraph (s, "Styr_20_Table_20_Caption", caption);

  g_string_append (s, "<table:table table:name=\"");
  append_escaped (s, styr_report_table_get_id (table));
  g_string_append (s, "\" table:style-name=\"Tbl\">\n");

  for (guint c = 0; c < n_columns; c++)
    g_string_append_printf (s, "<table:table-column table:style-name=\"%s\"/>\n",
                            column_style (odt, widths[c]));

  /* The header row, repeated on every page the table runs over. */
  g_string_append (s, "<table:table-header-rows><table:table-row table:style-name=\"Row\">");
  for (guint c = 0; c < n_columns; c++)
    {
      gboolean numeric = column_is_numeric (styr_report_table_get_column_kind (table, c));

      g_string_append_printf (s, "<table:table-cell table:style-name=\"CellHead\" office:value-type=\"string\">"
                              "<text:p text:style-name=\"%s%s\">", font,
                              numeric ? "Styr_20_Table_20_Heading_20_Number" : "Table_20_Heading");
      append_text (s, styr_report_table_get_column_title (table, c));
      g_string_append (s, "</text:p></table:table-cell>");
    }
  g_string_append (s, "</table:table-row></table:table-header-rows>\n");

  for (guint r = 0; r < n_rows; r++)
    {
      gboolean total = styr_report_table_get_row_is_total (table, r);

      g_string_append (s, "<table:table-row table:style-name=\"Row\">");
      for (guint c = 0; c < n_columns; c++)
        {
          StyrReportColumnKind kind = styr_report_table_get_column_kind (table, c);
          const char *text = styr_report_table_get_text (table, r, c);
          const char *style;

          if (column_is_numeric (kind))
            style = total ? "Styr_20_Table_20_Total_20_Number" : "Styr_20_Table_20_Number";
          else
            style = total ? "Styr_20_Table_20_Total" : "Table_20_Contents";

          g_string_append_printf (s, "<table:table-cell table:style-name=\"%s\" office:value-type=\"string\">"
                                  "<text:p text:style-name=\"%s%s\">",
                                  total ? "CellTotal" : "Cell", font, style);
          if (kind == STYR_REPORT_COLUMN_KIND_STATUS && text != NULL && text[0] != '\0')
            append_level (odt, s, styr_report_table_get_level (table, r, c), text);
          else
            append_text (s, text);
          g_string_append (s, "</text:p></table:table-cell>");
        }
      g_string_append (s, "</table:table-row>\n");
    }

  g_string_append (s, "</table:table>\n");
}

static char *draw_chart (StyrReportChart *chart,
                         guint            first,
                         guint            last,
                         double          *height);
static guint chart_rows_per_picture (StyrReportChart *chart);
static char *describe_chart (Odt             *odt,
                             StyrReportChart *chart);


/* A number for XML attributes: C locale, at most two decimals. */
static void
append_number (GString *s,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  if (!isfinite (value))
    value = 0;
  g_ascii_formatd (buf, sizeof buf, "%.2f", value);
  end = buf + strlen (buf);
  while (end > buf && end[-1] == '0')
    *--end = '\0';
  if (end > buf && end[-1] == '.')
    *--end = '\0';
  if (g_str_equal (buf, "-0"))
    strcpy (buf, "0");
  g_string_append (s, buf);
}

static void
write_chart (Odt             *odt,
             StyrReportChart *chart)
{
  GString *s = odt->body;
  const char *id = styr_report_chart_get_id (chart);
  const char *title = styr_report_chart_get_title (chart);
  g_autofree char *desc = describe_chart (odt, chart);
  guint n = styr_report_chart_get_n_categories (chart);
  guint per_picture = chart_rows_per_picture (chart);
  guint first = 0;
  guint part = 1;

  append_simple_paragraph (s, "Styr_20_Figure_20_Caption", title);

  do
    {
      guint last = per_picture >= n - first ? n : first + per_picture;
      double height = 0;
      char *svg = draw_chart (chart, first, last, &height);
      g_autofree char *name = part == 1 ? g_strdup (id) : g_strdup_printf ("%s.%u", id, part);
      g_autoptr(GBytes) data = g_bytes_new_take (svg, strlen (svg));
      const char *path = g_hash_table_lookup (odt->picture_paths, data);

      /* A picture drawn before (an indicator's trend under two goals) is
       * stored once. */
      if (path == NULL)
        {
          Picture picture;

          picture.path = g_strdup_printf ("Pictures/%s.svg", name);
          picture.data = g_bytes_ref (data);
          g_array_append_val (odt->pictures, picture);
          g_hash_table_insert (odt->picture_paths, g_bytes_ref (data), picture.path);
          path = picture.path;
        }

      g_string_append (s, "<text:p text:style-name=\"Styr_20_Figure\">"
                          "<draw:frame draw:style-name=\"Frame\" draw:name=\"");
      append_escaped (s, name);
      g_string_append (s, "\" text:anchor-type=\"as-char\" svg:width=\"");
      append_number (s, CHART_WIDTH * CM_PER_PX);
      g_string_append (s, "cm\" svg:height=\"");
      append_number (s, height * CM_PER_PX);
      g_string_append (s, "cm\" draw:z-index=\"0\"><draw:image xlink:href=\"");
      append_escaped (s, path);
      g_string_append (s, "\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\" "
                          "draw:mime-type=\"image/svg+xml\"/><svg:title>");
      append_escaped (s, title);
      g_string_append (s, "</svg:title><svg:desc>");
      append_escaped (s, desc);
      g_string_append (s, "</svg:desc></draw:frame></text:p>\n");

      first = last;
      part++;
    }
  while (first < n);
}

/* A goal's entry: its heading one level below the heading it sits
 * under (deeper for operational and unit goals), its status, prognosis
 * and trend, notes, analysis and measures, indicators, their trends and
 * the activities. */
static void
write_goal (Odt            *odt,
            StyrReportGoal *goal)
{
  GString *s = odt->body;
  guint parent_level = odt->heading_level;
  guint level = MIN (parent_level + 1 + styr_report_goal_get_depth (goal), 10);
  g_autofree char *style = heading_style (level);
  StyrReportTable *activities;
  const char *text;

  write_heading (odt, level, style, NULL, styr_report_goal_get_title (goal));
  /* A following sibling goal hangs under the same heading. */
  odt->heading_level = parent_level;

  g_string_append_printf (s, "<text:p text:style-name=\"Styr_20_Goal_20_Facts\">"
                             "<text:span text:style-name=\"Strong_20_Emphasis\">%s</text:span> ",
                          /* TRANSLATORS: the lead of a goal's status in a
                             report: "Status: ● Uppnått (Bedömd)". */
                          _("Status:"));
  append_level (odt, s, styr_report_goal_get_level (goal), styr_report_goal_get_level_text (goal));
  text = styr_report_goal_get_level_source_text (goal);
  if (text != NULL && text[0] != '\0')
    {
      g_string_append (s, " (");
      append_text (s, text);
      g_string_append (s, ")");
    }
  if (styr_report_goal_get_differs (goal))
    {
      g_string_append_printf (s, "<text:line-break/><text:span text:style-name=\"Strong_20_Emphasis\">%s</text:span> ",
                              _("Beräknad nivå:"));
      append_level (odt, s, styr_report_goal_get_proposed_level (goal), NULL);
    }
  if (styr_report_goal_get_prognosis (goal) != NULL)
    {
      g_string_append_printf (s, "<text:line-break/><text:span text:style-name=\"Strong_20_Emphasis\">%s</text:span> ",
                              _("Prognos för helåret:"));
      append_level (odt, s, styr_report_goal_get_prognosis (goal), NULL);
    }
  text = styr_report_goal_get_trend_text (goal);
  if (text != NULL && text[0] != '\0')
    {
      g_string_append_printf (s, "<text:line-break/><text:span text:style-name=\"Strong_20_Emphasis\">%s</text:span> ",
                              _("Trend:"));
      append_text (s, text);
    }
  text = styr_report_goal_get_owner_text (goal);
  if (text != NULL && text[0] != '\0')
    {
      g_string_append_printf (s, "<text:line-break/><text:span text:style-name=\"Strong_20_Emphasis\">%s</text:span> ",
                              _("Ansvarig:"));
      append_text (s, text);
    }
  g_string_append (s, "</text:p>\n");

  text = styr_report_goal_get_parents_text (goal);
  if (text != NULL && text[0] != '\0')
    append_simple_paragraph (s, "Styr_20_Goal_20_Facts", text);
  text = styr_report_goal_get_distribution_text (goal);
  if (text != NULL && text[0] != '\0')
    append_simple_paragraph (s, "Styr_20_Goal_20_Facts", text);

  for (guint i = 0; i < _styr_report_goal_get_n_notes (goal); i++)
    write_paragraph (odt, _styr_report_goal_peek_note (goal, i));

  text = styr_report_goal_get_analysis (goal);
  if (text != NULL && text[0] != '\0')
    {
      append_simple_paragraph (s, "Styr_20_Label", _("Analys"));
      append_paragraphs (s, "Text_20_body", NULL, NULL, text);
    }
  text = styr_report_goal_get_measures (goal);
  if (text != NULL && text[0] != '\0')
    {
      append_simple_paragraph (s, "Styr_20_Label", _("Åtgärder"));
      append_paragraphs (s, "Text_20_body", NULL, NULL, text);
    }

  write_table (odt, styr_report_goal_get_indicator_table (goal));

  for (guint i = 0; i < _styr_report_goal_get_n_charts (goal); i++)
    write_chart (odt, _styr_report_goal_peek_chart (goal, i));

  activities = styr_report_goal_get_activity_table (goal);
  if (activities != NULL)
    write_table (odt, activities);
}

static void
write_section (Odt               *odt,
               StyrReportSection *section)
{
  GListModel *blocks = styr_report_section_get_blocks (section);
  gboolean page_break = styr_report_section_get_kind (section) == STYR_REPORT_SECTION_KIND_BOARD;

  write_heading (odt, 1, page_break ? "Heading_20_1_20_Page" : "Heading_20_1",
                 styr_report_section_get_id (section),
                 styr_report_section_get_title (section));

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(StyrReportBlock) block = g_list_model_get_item (blocks, i);

      switch (styr_report_block_get_kind (block))
        {
        case STYR_REPORT_BLOCK_KIND_HEADING:
          {
            StyrReportHeading *heading = STYR_REPORT_HEADING (block);
            guint level = CLAMP (styr_report_heading_get_level (heading), 2, 10);
            g_autofree char *style = heading_style (level);

            write_heading (odt, level, style, NULL, styr_report_heading_get_text (heading));
          }
          break;
        case STYR_REPORT_BLOCK_KIND_PARAGRAPH:
          write_paragraph (odt, STYR_REPORT_PARAGRAPH (block));
          break;
        case STYR_REPORT_BLOCK_KIND_TABLE:
          write_table (odt, STYR_REPORT_TABLE (block));
          break;
        case STYR_REPORT_BLOCK_KIND_GOAL:
          write_goal (odt, STYR_REPORT_GOAL (block));
          break;
        case STYR_REPORT_BLOCK_KIND_CHART:
          write_chart (odt, STYR_REPORT_CHART (block));
          break;
        default:
          g_warn_if_reached ();
          break;
        }
    }
}

/* ------------------------------------------------------------------ */
/* The package's parts                                                 */
/* ------------------------------------------------------------------ */

/* Styles of content.xml that do not depend on the report. */
static const char content_fixed_styles[] =
  "<style:style style:name=\"Heading_20_1_20_Page\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Heading_20_1\" style:next-style-name=\"Text_20_body\" "
    "style:default-outline-level=\"1\">"
    "<style:paragraph-properties fo:break-before=\"page\"/></style:style>\n"
  /* Table text for tables too wide for the usual size (plan_columns()). */
  "<style:style style:name=\"Small_Table_20_Contents\" style:family=\"paragraph\" style:parent-style-name=\"Table_20_Contents\">"
    "<style:text-properties fo:font-size=\"8pt\"/></style:style>\n"
  "<style:style style:name=\"Small_Table_20_Heading\" style:family=\"paragraph\" style:parent-style-name=\"Table_20_Heading\">"
    "<style:text-properties fo:font-size=\"8pt\"/></style:style>\n"
  "<style:style style:name=\"Small_Styr_20_Table_20_Number\" style:family=\"paragraph\" style:parent-style-name=\"Styr_20_Table_20_Number\">"
    "<style:text-properties fo:font-size=\"8pt\"/></style:style>\n"
  "<style:style style:name=\"Small_Styr_20_Table_20_Heading_20_Number\" style:family=\"paragraph\" style:parent-style-name=\"Styr_20_Table_20_Heading_20_Number\">"
    "<style:text-properties fo:font-size=\"8pt\"/></style:style>\n"
  "<style:style style:name=\"Small_Styr_20_Table_20_Total\" style:family=\"paragraph\" style:parent-style-name=\"Styr_20_Table_20_Total\">"
    "<style:text-properties fo:font-size=\"8pt\"/></style:style>\n"
  "<style:style style:name=\"Small_Styr_20_Table_20_Total_20_Number\" style:family=\"paragraph\" style:parent-style-name=\"Styr_20_Table_20_Total_20_Number\">"
    "<style:text-properties fo:font-size=\"8pt\"/></style:style>\n"
  "<style:style style:name=\"Tbl\" style:family=\"table\">"
    "<style:table-properties style:width=\"17cm\" table:align=\"margins\" "
    "fo:margin-top=\"0.1cm\" fo:margin-bottom=\"0.35cm\" style:may-break-between-rows=\"true\"/>"
    "</style:style>\n"
  "<style:style style:name=\"Row\" style:family=\"table-row\">"
    "<style:table-row-properties fo:keep-together=\"always\"/></style:style>\n"
  "<style:style style:name=\"Cell\" style:family=\"table-cell\">"
    "<style:table-cell-properties fo:padding=\"0.06cm\" fo:border-left=\"none\" "
    "fo:border-right=\"none\" fo:border-top=\"none\" fo:border-bottom=\"0.5pt solid #b4b4b4\"/>"
    "</style:style>\n"
  "<style:style style:name=\"CellHead\" style:family=\"table-cell\">"
    "<style:table-cell-properties fo:padding=\"0.06cm\" fo:background-color=\"#e4e9f0\" "
    "fo:border-left=\"none\" fo:border-right=\"none\" fo:border-top=\"none\" "
    "fo:border-bottom=\"1pt solid #404040\"/></style:style>\n"
  "<style:style style:name=\"CellTotal\" style:family=\"table-cell\">"
    "<style:table-cell-properties fo:padding=\"0.06cm\" fo:background-color=\"#f2f2f2\" "
    "fo:border-left=\"none\" fo:border-right=\"none\" fo:border-top=\"1pt solid #404040\" "
    "fo:border-bottom=\"1pt solid #404040\"/></style:style>\n"
  "<style:style style:name=\"Frame\" style:family=\"graphic\" style:parent-style-name=\"Graphics\">"
    "<style:graphic-properties style:vertical-pos=\"top\" style:vertical-rel=\"baseline\" "
    "style:horizontal-pos=\"center\" style:horizontal-rel=\"paragraph\" "
    "fo:border=\"none\" fo:padding=\"0cm\"/></style:style>\n";

static const char *
document_attributes (void)
{
  return NS_OFFICE " " NS_STYLE " " NS_TEXT " " NS_TABLE " " NS_DRAW " " NS_FO " "
         NS_XLINK " " NS_DC " " NS_META " " NS_SVG " office:version=\"1.3\"";
}

static GBytes *
make_content (Odt *odt)
{
  GString *s = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_string_append_printf (s, "<office:document-content %s>\n", document_attributes ());
  g_string_append (s, "<office:font-face-decls>"
                      "<style:font-face style:name=\"Liberation Sans\" svg:font-family=\"'Liberation Sans'\" "
                      "style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
                      "</office:font-face-decls>\n");
  g_string_append (s, "<office:automatic-styles>\n");
  g_string_append (s, content_fixed_styles);
  g_string_append_len (s, odt->auto_styles->str, odt->auto_styles->len);
  g_string_append (s, "</office:automatic-styles>\n<office:body><office:text>\n");
  g_string_append_len (s, odt->body->str, odt->body->len);
  g_string_append (s, "</office:text></office:body>\n</office:document-content>\n");

  return g_string_free_to_bytes (s);
}

static void
append_paragraph_style (GString    *s,
                        const char *name,
                        const char *display_name,
                        const char *parent,
                        const char *klass,
                        const char *paragraph_properties,
                        const char *text_properties)
{
  g_string_append_printf (s, "<style:style style:name=\"%s\" style:family=\"paragraph\"", name);
  if (display_name != NULL)
    {
      g_string_append (s, " style:display-name=\"");
      append_escaped (s, display_name);
      g_string_append (s, "\"");
    }
  if (parent != NULL)
    g_string_append_printf (s, " style:parent-style-name=\"%s\"", parent);
  if (klass != NULL)
    g_string_append_printf (s, " style:class=\"%s\"", klass);
  g_string_append (s, ">");
  if (paragraph_properties != NULL)
    g_string_append_printf (s, "<style:paragraph-properties %s/>", paragraph_properties);
  if (text_properties != NULL)
    g_string_append_printf (s, "<style:text-properties %s/>", text_properties);
  g_string_append (s, "</style:style>\n");
}

static GBytes *
make_styles (Odt *odt)
{
  static const struct { const char *size; const char *top; } headings[] = {
    { "18pt", "0.2cm" }, { "15pt", "0.5cm" }, { "13pt", "0.45cm" }, { "11.5pt", "0.4cm" },
    { "11pt", "0.35cm" }, { "10.5pt", "0.3cm" }, { "10pt", "0.3cm" }, { "10pt", "0.3cm" },
    { "10pt", "0.3cm" }, { "10pt", "0.3cm" },
  };
  GString *s = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  const char *page_format;
  const char *split;

  g_string_append_printf (s, "<office:document-styles %s>\n", document_attributes ());
  g_string_append (s, "<office:font-face-decls>"
                      "<style:font-face style:name=\"Liberation Sans\" svg:font-family=\"'Liberation Sans'\" "
                      "style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
                      "</office:font-face-decls>\n");

  g_string_append (s, "<office:styles>\n");
  g_string_append (s, "<style:default-style style:family=\"paragraph\">"
                      "<style:paragraph-properties style:writing-mode=\"lr-tb\"/>"
                      "<style:text-properties style:font-name=\"Liberation Sans\" fo:font-size=\"10pt\" "
                      "fo:language=\"sv\" fo:country=\"SE\" fo:hyphenate=\"false\"/>"
                      "</style:default-style>\n");
  g_string_append (s, "<style:default-style style:family=\"graphic\">"
                      "<style:graphic-properties style:wrap=\"none\"/></style:default-style>\n");

  append_paragraph_style (s, "Standard", NULL, NULL, "text", NULL, NULL);
  append_paragraph_style (s, "Text_20_body", "Text body", "Standard", "text",
                          "fo:margin-top=\"0cm\" fo:margin-bottom=\"0.2cm\" fo:line-height=\"115%\"", NULL);
  append_paragraph_style (s, "Heading", NULL, "Standard", "text",
                          "fo:margin-top=\"0.4cm\" fo:margin-bottom=\"0.2cm\" fo:keep-with-next=\"always\"",
                          "fo:font-weight=\"bold\" fo:color=\"#1f3a5f\"");
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      g_string_append_printf (s, "<style:style style:name=\"Heading_20_%u\" style:display-name=\"Heading %u\" "
                                 "style:family=\"paragraph\" style:parent-style-name=\"Heading\" "
                                 "style:next-style-name=\"Text_20_body\" style:default-outline-level=\"%u\" "
                                 "style:class=\"text\">"
                                 "<style:paragraph-properties fo:margin-top=\"%s\"/>"
                                 "<style:text-properties fo:font-size=\"%s\"/></style:style>\n",
                              i + 1, i + 1, i + 1, headings[i].top, headings[i].size);
    }
  append_paragraph_style (s, "Title", NULL, "Heading", "chapter",
                          "fo:text-align=\"start\" fo:margin-top=\"0cm\" fo:margin-bottom=\"0.1cm\"",
                          "fo:font-size=\"24pt\"");
  append_paragraph_style (s, "Subtitle", NULL, "Standard", "chapter",
                          "fo:margin-top=\"0cm\" fo:margin-bottom=\"0.5cm\"",
                          "fo:font-size=\"13pt\" fo:color=\"#404040\"");
  append_paragraph_style (s, "Table_20_Contents", "Table Contents", "Standard", "extra", NULL, NULL);
  append_paragraph_style (s, "Table_20_Heading", "Table Heading", "Table_20_Contents", "extra",
                          NULL, "fo:font-weight=\"bold\"");
  append_paragraph_style (s, "Styr_20_Table_20_Number", "Table Number", "Table_20_Contents", "extra",
                          "fo:text-align=\"end\"", NULL);
  append_paragraph_style (s, "Styr_20_Table_20_Heading_20_Number", "Table Heading Number",
                          "Table_20_Heading", "extra", "fo:text-align=\"end\"", NULL);
  append_paragraph_style (s, "Styr_20_Table_20_Total", "Table Total", "Table_20_Contents", "extra",
                          NULL, "fo:font-weight=\"bold\"");
  append_paragraph_style (s, "Styr_20_Table_20_Total_20_Number", "Table Total Number",
                          "Styr_20_Table_20_Total", "extra", "fo:text-align=\"end\"", NULL);
  append_paragraph_style (s, "Caption", NULL, "Standard", "extra",
                          "fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.1cm\"",
                          "fo:font-style=\"italic\"");
  append_paragraph_style (s, "Styr_20_Table_20_Caption", "Table Caption", "Caption", "extra",
                          "fo:keep-with-next=\"always\"", "fo:font-weight=\"bold\" fo:font-style=\"normal\"");
  append_paragraph_style (s, "Styr_20_Figure_20_Caption", "Figure Caption", "Caption", "extra",
                          "fo:keep-with-next=\"always\"", "fo:font-weight=\"bold\" fo:font-style=\"normal\"");
  append_paragraph_style (s, "Styr_20_Figure", "Figure", "Standard", "extra",
                          "fo:text-align=\"center\" fo:margin-bottom=\"0.3cm\"", NULL);
  append_paragraph_style (s, "Styr_20_Note", "Note", "Text_20_body", "text",
                          "fo:margin-left=\"0.2cm\" fo:padding-left=\"0.2cm\" fo:padding-top=\"0.05cm\" "
                          "fo:padding-bottom=\"0.05cm\" fo:border-left=\"2pt solid #2a6ebb\" "
                          "fo:border-right=\"none\" fo:border-top=\"none\" fo:border-bottom=\"none\" "
                          "fo:background-color=\"#eef3fa\"", NULL);
  append_paragraph_style (s, "Styr_20_Warning", "Warning", "Text_20_body", "text",
                          "fo:margin-left=\"0.2cm\" fo:padding-left=\"0.2cm\" fo:padding-top=\"0.05cm\" "
                          "fo:padding-bottom=\"0.05cm\" fo:border-left=\"3pt solid #b2182b\" "
                          "fo:border-right=\"none\" fo:border-top=\"none\" fo:border-bottom=\"none\" "
                          "fo:background-color=\"#fbeaea\"", NULL);
  append_paragraph_style (s, "Styr_20_Goal_20_Facts", "Goal Facts", "Text_20_body", "text",
                          "fo:margin-bottom=\"0.15cm\"", NULL);
  append_paragraph_style (s, "Styr_20_Label", "Label", "Text_20_body", "text",
                          "fo:margin-top=\"0.15cm\" fo:margin-bottom=\"0.05cm\" fo:keep-with-next=\"always\"",
                          "fo:font-weight=\"bold\"");
  append_paragraph_style (s, "Footer", NULL, "Standard", "extra", "fo:text-align=\"center\"",
                          "fo:font-size=\"8pt\" fo:color=\"#404040\"");
  g_string_append (s, "<style:style style:name=\"Strong_20_Emphasis\" style:display-name=\"Strong Emphasis\" "
                      "style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>\n");
  g_string_append (s, "<style:style style:name=\"Graphics\" style:family=\"graphic\">"
                      "<style:graphic-properties text:anchor-type=\"as-char\" style:vertical-pos=\"top\" "
                      "style:vertical-rel=\"baseline\"/></style:style>\n");

  /* Outline levels without numbers: what makes the headings a document
   * outline (navigator, PDF bookmarks, a table of contents). */
  g_string_append (s, "<text:outline-style style:name=\"Outline\">");
  for (guint level = 1; level <= 10; level++)
    g_string_append_printf (s, "<text:outline-level-style text:level=\"%u\" style:num-format=\"\"/>", level);
  g_string_append (s, "</text:outline-style>\n");
  g_string_append (s, "</office:styles>\n");

  g_string_append (s, "<office:automatic-styles>"
                      "<style:page-layout style:name=\"Page\">"
                      "<style:page-layout-properties fo:page-width=\"21.001cm\" fo:page-height=\"29.7cm\" "
                      "style:print-orientation=\"portrait\" style:num-format=\"1\" "
                      "fo:margin-top=\"2cm\" fo:margin-bottom=\"1.4cm\" fo:margin-left=\"2cm\" "
                      "fo:margin-right=\"2cm\"/>"
                      "<style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\" "
                      "fo:margin-top=\"0.4cm\"/></style:footer-style>"
                      "</style:page-layout></office:automatic-styles>\n");

  /* The footer: the report's title and "Sida 3 av 12". */
  /* TRANSLATORS: the page number in a report's footer; the first %s is
     the page, the second the number of pages. */
  page_format = _("Sida %s av %s");
  g_string_append (s, "<office:master-styles>"
                      "<style:master-page style:name=\"Standard\" style:page-layout-name=\"Page\">"
                      "<style:footer><text:p text:style-name=\"Footer\">");
  append_text (s, styr_report_get_title (odt->report));
  g_string_append (s, " – ");
  split = strstr (page_format, "%s");
  if (split != NULL && strstr (split + 2, "%s") != NULL)
    {
      const char *second = strstr (split + 2, "%s");
      g_autofree char *before = g_strndup (page_format, split - page_format);
      g_autofree char *middle = g_strndup (split + 2, second - (split + 2));

      append_text (s, before);
      g_string_append (s, "<text:page-number text:select-page=\"current\">1</text:page-number>");
      append_text (s, middle);
      g_string_append (s, "<text:page-count>1</text:page-count>");
      append_text (s, second + 2);
    }
  else
    g_string_append (s, "<text:page-number text:select-page=\"current\">1</text:page-number>");
  g_string_append (s, "</text:p></style:footer></style:master-page></office:master-styles>\n");
  g_string_append (s, "</office:document-styles>\n");

  return g_string_free_to_bytes (s);
}

static GBytes *
make_meta (Odt       *odt,
           GDateTime *now)
{
  GString *s = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  g_string_append_printf (s, "<office:document-meta %s>\n<office:meta>\n", document_attributes ());
  g_string_append (s, "<meta:generator>libstyr/" PACKAGE_VERSION "</meta:generator>\n<dc:title>");
  append_escaped (s, styr_report_get_title (odt->report));
  g_string_append (s, "</dc:title>\n<dc:subject>");
  append_escaped (s, styr_report_get_subtitle (odt->report));
  g_string_append_printf (s, "</dc:subject>\n<dc:language>sv-SE</dc:language>\n"
                             "<meta:creation-date>%s</meta:creation-date>\n<dc:date>%s</dc:date>\n",
                          date, date);
  g_string_append (s, "</office:meta>\n</office:document-meta>\n");

  return g_string_free_to_bytes (s);
}

static GBytes *
make_manifest (Odt *odt)
{
  GString *s = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_string_append (s, "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                      "manifest:version=\"1.3\">\n"
                      " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" "
                      "manifest:media-type=\"" ODT_MIMETYPE "\"/>\n"
                      " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                      " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
                      " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n");
  for (guint i = 0; i < odt->pictures->len; i++)
    {
      const Picture *picture = &g_array_index (odt->pictures, Picture, i);

      g_string_append (s, " <manifest:file-entry manifest:full-path=\"");
      append_escaped (s, picture->path);
      g_string_append (s, "\" manifest:media-type=\"image/svg+xml\"/>\n");
    }
  g_string_append (s, "</manifest:manifest>\n");

  return g_string_free_to_bytes (s);
}

gboolean
styr_report_write_odt (StyrReport     *self,
                       GOutputStream  *stream,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(StyrZipWriter) zip = NULL;
  g_autoptr(GBytes) content = NULL;
  g_autoptr(GBytes) styles = NULL;
  g_autoptr(GBytes) meta = NULL;
  g_autoptr(GBytes) manifest = NULL;
  GListModel *sections;
  StyrScale *scale;
  Odt odt = { 0 };
  gboolean ok;

  g_return_val_if_fail (STYR_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _styr_init_i18n ();

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  odt.report = self;
  scale = styr_model_get_scale (styr_report_get_model (self));
  odt.not_assessed_label = scale != NULL ? styr_scale_get_not_assessed_label (scale) : NULL;
  if (odt.not_assessed_label == NULL || odt.not_assessed_label[0] == '\0')
    odt.not_assessed_label = _("Ej bedömd");
  odt.body = g_string_new (NULL);
  odt.auto_styles = g_string_new (NULL);
  odt.colour_styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  odt.column_styles = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  odt.pictures = g_array_new (FALSE, TRUE, sizeof (Picture));
  g_array_set_clear_func (odt.pictures, picture_clear);
  odt.picture_paths = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                             (GDestroyNotify) g_bytes_unref, NULL);

  /* The whole document is made before anything is written. */
  append_simple_paragraph (odt.body, "Title", styr_report_get_title (self));
  append_simple_paragraph (odt.body, "Subtitle", styr_report_get_subtitle (self));
  sections = styr_report_get_sections (self);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(StyrReportSection) section = g_list_model_get_item (sections, i);

      odt.heading_level = 1;
      write_section (&odt, section);
    }

  now = g_date_time_new_now_local ();
  content = make_content (&odt);
  styles = make_styles (&odt);
  meta = make_meta (&odt, now);
  manifest = make_manifest (&odt);

  zip = _styr_zip_writer_new (stream, now);
  ok = _styr_zip_writer_add (zip, "mimetype", ODT_MIMETYPE, strlen (ODT_MIMETYPE),
                             STYR_ZIP_STORED, cancellable, error)
    && _styr_zip_writer_add_bytes (zip, "META-INF/manifest.xml", manifest, STYR_ZIP_DEFLATED,
                                   cancellable, error)
    && _styr_zip_writer_add_bytes (zip, "content.xml", content, STYR_ZIP_DEFLATED, cancellable, error)
    && _styr_zip_writer_add_bytes (zip, "styles.xml", styles, STYR_ZIP_DEFLATED, cancellable, error)
    && _styr_zip_writer_add_bytes (zip, "meta.xml", meta, STYR_ZIP_DEFLATED, cancellable, error);
  for (guint i = 0; ok && i < odt.pictures->len; i++)
    {
      const Picture *picture = &g_array_index (odt.pictures, Picture, i);

      ok = _styr_zip_writer_add_bytes (zip, picture->path, picture->data, STYR_ZIP_DEFLATED,
                                       cancellable, error);
    }
  ok = ok && _styr_zip_writer_finish (zip, cancellable, error);

  g_string_free (odt.body, TRUE);
  g_string_free (odt.auto_styles, TRUE);
  g_hash_table_unref (odt.colour_styles);
  g_hash_table_unref (odt.column_styles);
  g_hash_table_unref (odt.picture_paths);
  g_array_unref (odt.pictures);

  return ok;
}

static gboolean
write_odt_stream (GOutputStream  *out,
                  gpointer        self,
                  GError        **error)
{
  return styr_report_write_odt (self, out, NULL, error);
}

gboolean
styr_report_write_odt_to_path (StyrReport  *self,
                               const char  *path,
                               GError     **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (STYR_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _styr_init_i18n ();
  file = g_file_new_for_path (path);
  if (!_styr_report_replace_file (file, write_odt_stream, self, error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_prefix_error (error, _("Kunde inte skriva rapporten till %s: "), name);
      return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Charts as SVG                                                       */
/* ------------------------------------------------------------------ */

/* Drawn with presentation attributes only (no CSS), which every SVG
 * reader — LibreOffice's included — understands. Widths of text are
 * estimated, not measured: labels that might not fit are shortened
 * with "…"; the full text is in the frame's description and in the
 * tables beside the chart. */

#define SVG_FONT "Liberation Sans, Arial, DejaVu Sans, sans-serif"
#define STATUS_ROW 24.0
#define DISTRIBUTION_ROW 52.0
#define LEGEND_ROW 26.0

static const char *series_palette[] = { "#2b5c8a", "#e08214", "#7f7f7f", "#5aae61", "#9970ab", "#d6604d" };

static double
text_width (const char *text,
            double      size)
{
  return g_utf8_strlen (text != NULL ? text : "", -1) * size * 0.56;
}

/* @text shortened with "…" to about @width pixels. */
static char *
fit_text (const char *text,
          double      width,
          double      size)
{
  glong n = g_utf8_strlen (text != NULL ? text : "", -1);
  glong keep;
  g_autofree char *head = NULL;

  if (text == NULL)
    return g_strdup ("");
  if (text_width (text, size) <= width)
    return g_strdup (text);
  keep = MAX (1, (glong) (width / (size * 0.56)) - 1);
  if (keep >= n)
    return g_strdup (text);
  head = g_utf8_substring (text, 0, keep);
  g_strchomp (head);
  return g_strconcat (head, "…", NULL);
}

static void
svg_attr (GString    *s,
          const char *name,
          double      value)
{
  g_string_append_printf (s, " %s=\"", name);
  append_number (s, value);
  g_string_append_c (s, '"');
}

static void
svg_text (GString    *s,
          double      x,
          double      y,
          const char *anchor,
          double      size,
          gboolean    bold,
          const char *fill,
          const char *text)
{
  g_string_append (s, "<text");
  svg_attr (s, "x", x);
  svg_attr (s, "y", y);
  svg_attr (s, "font-size", size);
  g_string_append_printf (s, " text-anchor=\"%s\" fill=\"%s\"%s>",
                          anchor, fill, bold ? " font-weight=\"bold\"" : "");
  append_escaped (s, text);
  g_string_append (s, "</text>\n");
}

static void
svg_rect (GString    *s,
          double      x,
          double      y,
          double      width,
          double      height,
          const char *fill,
          const char *stroke)
{
  g_string_append (s, "<rect");
  svg_attr (s, "x", x);
  svg_attr (s, "y", y);
  svg_attr (s, "width", MAX (width, 0));
  svg_attr (s, "height", MAX (height, 0));
  g_string_append_printf (s, " fill=\"%s\"", fill);
  if (stroke != NULL)
    g_string_append_printf (s, " stroke=\"%s\" stroke-width=\"0.75\"", stroke);
  g_string_append (s, "/>\n");
}

static void
svg_line (GString    *s,
          double      x1,
          double      y1,
          double      x2,
          double      y2,
          const char *stroke,
          double      width,
          const char *dash)
{
  g_string_append (s, "<line");
  svg_attr (s, "x1", x1);
  svg_attr (s, "y1", y1);
  svg_attr (s, "x2", x2);
  svg_attr (s, "y2", y2);
  g_string_append_printf (s, " stroke=\"%s\"", stroke);
  svg_attr (s, "stroke-width", width);
  if (dash != NULL)
    g_string_append_printf (s, " stroke-dasharray=\"%s\"", dash);
  g_string_append (s, "/>\n");
}

/* The shape of a level (styr_report_shape_for_level()), filled with its
 * colour and outlined, so it reads without colour too. */
static void
svg_shape (GString         *s,
           StyrReportShape  shape,
           double           cx,
           double           cy,
           double           r,
           const char      *fill)
{
  switch (shape)
    {
    case STYR_REPORT_SHAPE_CIRCLE:
    case STYR_REPORT_SHAPE_NONE:
      g_string_append (s, "<circle");
      svg_attr (s, "cx", cx);
      svg_attr (s, "cy", cy);
      svg_attr (s, "r", r);
      g_string_append_printf (s, " fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>\n",
                              shape == STYR_REPORT_SHAPE_NONE ? "#ffffff" : fill,
                              shape == STYR_REPORT_SHAPE_NONE ? "#595959" : OUTLINE_COLOUR,
                              shape == STYR_REPORT_SHAPE_NONE ? "1.5" : "0.75");
      break;
    case STYR_REPORT_SHAPE_TRIANGLE:
      g_string_append (s, "<polygon points=\"");
      append_number (s, cx);
      g_string_append_c (s, ',');
      append_number (s, cy - r * 1.1);
      g_string_append_c (s, ' ');
      append_number (s, cx + r * 1.1);
      g_string_append_c (s, ',');
      append_number (s, cy + r * 0.8);
      g_string_append_c (s, ' ');
      append_number (s, cx - r * 1.1);
      g_string_append_c (s, ',');
      append_number (s, cy + r * 0.8);
      g_string_append_printf (s, "\" fill=\"%s\" stroke=\"%s\" stroke-width=\"0.75\"/>\n",
                              fill, OUTLINE_COLOUR);
      break;
    case STYR_REPORT_SHAPE_SQUARE:
    default:
      svg_rect (s, cx - r * 0.9, cy - r * 0.9, r * 1.8, r * 1.8, fill, OUTLINE_COLOUR);
      break;
    }
}

/* Black or white, whichever reads better on @colour. */
static const char *
ink_on (const char *colour)
{
  guint r, g, b;
  double luminance;

  if (!colour_is_valid (colour))
    return "#000000";
  r = g_ascii_xdigit_value (colour[1]) * 16 + g_ascii_xdigit_value (colour[2]);
  g = g_ascii_xdigit_value (colour[3]) * 16 + g_ascii_xdigit_value (colour[4]);
  b = g_ascii_xdigit_value (colour[5]) * 16 + g_ascii_xdigit_value (colour[6]);
  luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255.0;
  return luminance < 0.5 ? "#ffffff" : "#000000";
}

/* A value as the chart shows it: money (the budget chart) in whole
 * units, other values with up to two decimals. */
static char *
chart_value_text (StyrReportChart *chart,
                  double           value)
{
  gboolean money = styr_report_chart_get_chart_kind (chart) == STYR_REPORT_CHART_KIND_BUDGET_FORECAST;

  return _styr_report_format_number (value, money ? 0 : -1);
}

/* A legend in one or more rows from @y: a swatch drawn by @draw_key for
 * each entry, then its name. Returns the height used. */
typedef void (*DrawKey) (GString         *s,
                         StyrReportChart *chart,
                         guint            series,
                         double           x,
                         double           cy);

static double
svg_legend (GString         *s,
            StyrReportChart *chart,
            double           y,
            DrawKey          draw_key)
{
  guint n = styr_report_chart_get_n_series (chart);
  double x = 8;
  double row = 0;

  for (guint i = 0; i < n; i++)
    {
      const char *name = styr_report_chart_get_series_name (chart, i);
      double w = 30 + text_width (name, 11) + 18;

      if (x > 8 && x + w > CHART_WIDTH - 8)
        {
          x = 8;
          row++;
        }
      draw_key (s, chart, i, x, y + row * LEGEND_ROW + LEGEND_ROW / 2);
      svg_text (s, x + 30, y + row * LEGEND_ROW + LEGEND_ROW / 2 + 4, "start", 11, FALSE, "#000000", name);
      x += w;
    }
  return n > 0 ? (row + 1) * LEGEND_ROW : 0;
}

static guint
legend_rows (StyrReportChart *chart)
{
  guint n = styr_report_chart_get_n_series (chart);
  double x = 8;
  guint rows = n > 0 ? 1 : 0;

  for (guint i = 0; i < n; i++)
    {
      double w = 30 + text_width (styr_report_chart_get_series_name (chart, i), 11) + 18;

      if (x > 8 && x + w > CHART_WIDTH - 8)
        {
          x = 8;
          rows++;
        }
      x += w;
    }
  return rows;
}

static void
level_key (GString         *s,
           StyrReportChart *chart,
           guint            series,
           double           x,
           double           cy)
{
  StyrScaleLevel *level = styr_report_chart_get_series_level (chart, series);
  g_autofree char *colour = level_colour (level, NOT_ASSESSED_COLOUR);

  svg_shape (s, styr_report_shape_for_level (level), x + 12, cy, 7, colour);
}

static void
bar_key (GString         *s,
         StyrReportChart *chart,
         guint            series,
         double           x,
         double           cy)
{
  svg_rect (s, x, cy - 6, 24, 12, series_palette[series % G_N_ELEMENTS (series_palette)], NULL);
}

static void
line_key (GString         *s,
          StyrReportChart *chart,
          guint            series,
          double           x,
          double           cy)
{
  gboolean target = styr_report_chart_get_series_is_target (chart, series);
  const char *colour = target ? "#b2182b" : series_palette[series % G_N_ELEMENTS (series_palette)];

  svg_line (s, x, cy, x + 24, cy, colour, 2, target ? "6 4" : NULL);
  if (!target)
    {
      g_string_append (s, "<circle");
      svg_attr (s, "cx", x + 12);
      svg_attr (s, "cy", cy);
      g_string_append_printf (s, " r=\"3.5\" fill=\"%s\"/>\n", colour);
    }
}

static double
budget_row_height (StyrReportChart *chart)
{
  return 20 + styr_report_chart_get_n_series (chart) * 17.0 + 8;
}

static guint
chart_rows_per_picture (StyrReportChart *chart)
{
  double legend = legend_rows (chart) * LEGEND_ROW + 8;

  switch (styr_report_chart_get_chart_kind (chart))
    {
    case STYR_REPORT_CHART_KIND_STATUS_LIGHTS:
      return (guint) ((CHART_MAX_HEIGHT - 16) / STATUS_ROW);
    case STYR_REPORT_CHART_KIND_DISTRIBUTION:
      return MAX (1, (guint) ((CHART_MAX_HEIGHT - legend) / DISTRIBUTION_ROW));
    case STYR_REPORT_CHART_KIND_BUDGET_FORECAST:
      return MAX (1, (guint) ((CHART_MAX_HEIGHT - legend) / budget_row_height (chart)));
    case STYR_REPORT_CHART_KIND_INDICATOR_TREND:
    default:
      return G_MAXUINT;
    }
}

static void
draw_status_lights (GString         *s,
                    StyrReportChart *chart,
                    guint            first,
                    guint            last,
                    const char      *not_assessed,
                    double          *height)
{
  double y = 8;

  for (guint i = first; i < last; i++)
    {
      StyrScaleLevel *level = styr_report_chart_get_category_level (chart, i);
      g_autofree char *colour = level_colour (level, NOT_ASSESSED_COLOUR);
      const char *level_text = level != NULL ? styr_scale_level_get_label (level) : not_assessed;
      g_autofree char *label = fit_text (styr_report_chart_get_category_label (chart, i),
                                         CHART_WIDTH - 30 - 200, 12);
      g_autofree char *level_label = fit_text (level_text, 185, 12);
      double cy = y + STATUS_ROW / 2;

      svg_shape (s, styr_report_shape_for_level (level), 16, cy, 7, colour);
      svg_text (s, 32, cy + 4, "start", 12, FALSE, "#000000", label);
      svg_text (s, CHART_WIDTH - 8, cy + 4, "end", 12, FALSE, "#000000", level_label);
      svg_line (s, 8, y + STATUS_ROW, CHART_WIDTH - 8, y + STATUS_ROW, "#dddddd", 0.75, NULL);
      y += STATUS_ROW;
    }
  *height = y + 8;
}

static void
draw_distribution (GString         *s,
                   StyrReportChart *chart,
                   guint            first,
                   guint            last,
                   double          *height)
{
  guint n_series = styr_report_chart_get_n_series (chart);
  guint n = styr_report_chart_get_n_categories (chart);
  double y = 4;
  double max_total = 0;
  double bar_width = CHART_WIDTH - 16 - 40;

  y += svg_legend (s, chart, y, level_key) + 4;

  /* One scale for all parts of the chart. */
  for (guint i = 0; i < n; i++)
    {
      double total = 0;

      for (guint k = 0; k < n_series; k++)
        {
          double v;

          if (styr_report_chart_get_value (chart, k, i, &v) && v > 0)
            total += v;
        }
      max_total = MAX (max_total, total);
    }
  if (max_total <= 0)
    max_total = 1;

  for (guint i = first; i < last; i++)
    {
      g_autofree char *label = fit_text (styr_report_chart_get_category_label (chart, i),
                                         CHART_WIDTH - 16, 12);
      double x = 8;
      double total = 0;

      svg_text (s, 8, y + 14, "start", 12, TRUE, "#000000", label);
      for (guint k = 0; k < n_series; k++)
        {
          StyrScaleLevel *level = styr_report_chart_get_series_level (chart, k);
          g_autofree char *colour = level_colour (level, NOT_ASSESSED_COLOUR);
          g_autofree char *count = NULL;
          double v, w;

          if (!styr_report_chart_get_value (chart, k, i, &v) || v <= 0)
            continue;
          total += v;
          w = v / max_total * bar_width;
          svg_rect (s, x, y + 20, w, 20, colour, OUTLINE_COLOUR);
          count = chart_value_text (chart, v);
          if (w >= 34)
            {
              svg_shape (s, styr_report_shape_for_level (level), x + 9, y + 30, 4.5, colour);
              svg_text (s, x + 17, y + 34, "start", 11, FALSE, ink_on (colour), count);
            }
          else if (w >= 14)
            svg_text (s, x + w / 2, y + 34, "middle", 11, FALSE, ink_on (colour), count);
          x += w;
        }
      {
        g_autofree char *total_text = chart_value_text (chart, total);

        svg_text (s, x + 6, y + 34, "start", 11, FALSE, "#000000", total_text);
      }
      y += DISTRIBUTION_ROW;
    }
  *height = y + 4;
}

static void
draw_budget (GString         *s,
             StyrReportChart *chart,
             guint            first,
             guint            last,
             double          *height)
{
  guint n_series = styr_report_chart_get_n_series (chart);
  guint n = styr_report_chart_get_n_categories (chart);
  const double left = 96, right = CHART_WIDTH - 90;
  double lo = 0, hi = 0, zero;
  double y = 4;

  y += svg_legend (s, chart, y, bar_key) + 4;

  for (guint i = 0; i < n; i++)
    for (guint k = 0; k < n_series; k++)
      {
        double v;

        if (styr_report_chart_get_value (chart, k, i, &v))
          {
            lo = MIN (lo, v);
            hi = MAX (hi, v);
          }
      }
  if (hi - lo <= 0)
    hi = lo + 1;
  zero = left + (0 - lo) / (hi - lo) * (right - left);

  for (guint i = first; i < last; i++)
    {
      g_autofree char *label = fit_text (styr_report_chart_get_category_label (chart, i),
                                         CHART_WIDTH - 16, 12);
      double top = y;

      svg_text (s, 8, y + 14, "start", 12, TRUE, "#000000", label);
      y += 20;
      for (guint k = 0; k < n_series; k++)
        {
          g_autofree char *name = fit_text (styr_report_chart_get_series_name (chart, k), left - 16, 10);
          double v, x;

          svg_text (s, 8, y + 11, "start", 10, FALSE, "#404040", name);
          if (styr_report_chart_get_value (chart, k, i, &v))
            {
              g_autofree char *value = chart_value_text (chart, v);

              x = left + (v - lo) / (hi - lo) * (right - left);
              svg_rect (s, MIN (x, zero), y, fabs (x - zero), 14,
                        series_palette[k % G_N_ELEMENTS (series_palette)], NULL);
              if (v >= 0)
                svg_text (s, x + 4, y + 11, "start", 10, FALSE, "#000000", value);
              else
                svg_text (s, x - 4, y + 11, "end", 10, FALSE, "#000000", value);
            }
          else
            svg_text (s, zero + 4, y + 11, "start", 10, FALSE, "#595959", "–");
          y += 17;
        }
      svg_line (s, zero, top + 18, zero, y, "#404040", 1, NULL);
      y += 8;
    }
  *height = y + 4;
}

static double
nice_step (double range,
           int    ticks)
{
  double raw = range / ticks;
  double magnitude = pow (10, floor (log10 (raw)));
  double f = raw / magnitude;

  if (f <= 1)
    f = 1;
  else if (f <= 2)
    f = 2;
  else if (f <= 2.5)
    f = 2.5;
  else if (f <= 5)
    f = 5;
  else
    f = 10;
  return f * magnitude;
}

static void
draw_trend (GString         *s,
            StyrReportChart *chart,
            const char      *no_values,
            double          *height)
{
  const double H = 280, left = 64, right = CHART_WIDTH - 16, top = 26;
  guint n_series = styr_report_chart_get_n_series (chart);
  guint n = styr_report_chart_get_n_categories (chart);
  guint legend = legend_rows (chart);
  double bottom = H - 40 - legend * LEGEND_ROW;
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE, step, slot;
  const char *unit = styr_report_chart_get_unit (chart);
  guint label_every;
  gboolean any = FALSE;

  *height = H;

  for (guint k = 0; k < n_series; k++)
    for (guint i = 0; i < n; i++)
      {
        double v;

        if (styr_report_chart_get_value (chart, k, i, &v) && isfinite (v))
          {
            lo = MIN (lo, v);
            hi = MAX (hi, v);
            any = TRUE;
          }
      }

  if (!any || n == 0)
    {
      svg_text (s, CHART_WIDTH / 2, 40, "middle", 12, FALSE, "#404040", no_values);
      *height = 64;
      return;
    }

  /* Start at zero when the data are not far from it; else leave some
   * room above and below, so that small changes do not look large. */
  if (lo >= 0 && lo <= (hi - lo))
    lo = 0;
  else
    {
      double pad = MAX (hi - lo, fabs (hi) * 0.05) * 0.25;

      hi += pad;
      lo = lo >= 0 ? MAX (0, lo - pad) : lo - pad;
    }
  if (hi - lo <= 0)
    hi = lo + 1;
  step = nice_step (hi - lo, 5);
  lo = floor (lo / step) * step;
  hi = ceil (hi / step) * step;
  if (hi <= lo)
    hi = lo + step;

#define Y_OF(v) (bottom - ((v) - lo) / (hi - lo) * (bottom - top))

  if (unit != NULL && unit[0] != '\0')
    svg_text (s, 8, 14, "start", 11, FALSE, "#404040", unit);

  for (double t = lo; t <= hi + step / 2; t += step)
    {
      g_autofree char *tick = chart_value_text (chart, fabs (t) < step / 1e6 ? 0 : t);

      svg_line (s, left, Y_OF (t), right, Y_OF (t), "#dddddd", 0.75, NULL);
      svg_text (s, left - 6, Y_OF (t) + 4, "end", 10, FALSE, "#404040", tick);
    }
  svg_line (s, left, bottom, right, bottom, "#404040", 1, NULL);

  slot = (right - left) / n;
  label_every = 1;
  for (guint i = 0; i < n; i++)
    {
      double w = text_width (styr_report_chart_get_category_label (chart, i), 10) + 6;

      label_every = MAX (label_every, (guint) ceil (w / slot));
    }
  for (guint i = 0; i < n; i += label_every)
    svg_text (s, left + slot * (i + 0.5), bottom + 16, "middle", 10, FALSE, "#000000",
              styr_report_chart_get_category_label (chart, i));

  for (guint k = 0; k < n_series; k++)
    {
      gboolean target = styr_report_chart_get_series_is_target (chart, k);
      const char *colour = target ? "#b2182b" : series_palette[k % G_N_ELEMENTS (series_palette)];

      /* The line, broken where a value is missing; a target known for
       * one period only is a short dash across that period. */
      for (guint i = 0; i < n;)
        {
          guint j = i;
          double v;

          while (j < n && styr_report_chart_get_value (chart, k, j, &v) && isfinite (v))
            j++;
          if (j == i)
            {
              i++;
              continue;
            }
          if (j - i == 1 && target)
            {
              styr_report_chart_get_value (chart, k, i, &v);
              svg_line (s, left + slot * (i + 0.1), Y_OF (v), left + slot * (i + 0.9), Y_OF (v),
                        colour, 2, "6 4");
            }
          else if (j - i > 1)
            {
              g_string_append (s, "<polyline fill=\"none\" points=\"");
              for (guint m = i; m < j; m++)
                {
                  styr_report_chart_get_value (chart, k, m, &v);
                  if (m > i)
                    g_string_append_c (s, ' ');
                  append_number (s, left + slot * (m + 0.5));
                  g_string_append_c (s, ',');
                  append_number (s, Y_OF (v));
                }
              g_string_append_printf (s, "\" stroke=\"%s\" stroke-width=\"2\"%s/>\n", colour,
                                      target ? " stroke-dasharray=\"6 4\"" : "");
            }
          i = j;
        }

      if (target)
        continue;

      /* Markers and values on the measured line. */
      for (guint i = 0; i < n; i++)
        {
          double v;

          if (styr_report_chart_get_value (chart, k, i, &v) && isfinite (v))
            {
              g_string_append (s, "<circle");
              svg_attr (s, "cx", left + slot * (i + 0.5));
              svg_attr (s, "cy", Y_OF (v));
              g_string_append_printf (s, " r=\"3.5\" fill=\"%s\"/>\n", colour);
              if (n <= 12)
                {
                  g_autofree char *value = chart_value_text (chart, v);

                  svg_text (s, left + slot * (i + 0.5), Y_OF (v) - 8, "middle", 10, FALSE,
                            "#000000", value);
                }
            }
        }
    }
#undef Y_OF

  svg_legend (s, chart, H - 8 - legend * LEGEND_ROW, line_key);
}

/* The SVG picture of @chart, categories @first to @last (exclusive) for
 * the list-like kinds; its height in pixels in @height. */
static char *
draw_chart (StyrReportChart *chart,
            guint            first,
            guint            last,
            double          *height)
{
  g_autoptr(GString) body = g_string_new (NULL);
  GString *s = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  const char *not_assessed = _("Ej bedömd");
  StyrReportChartKind kind = styr_report_chart_get_chart_kind (chart);

  switch (kind)
    {
    case STYR_REPORT_CHART_KIND_STATUS_LIGHTS:
      draw_status_lights (body, chart, first, last, not_assessed, height);
      break;
    case STYR_REPORT_CHART_KIND_DISTRIBUTION:
      draw_distribution (body, chart, first, last, height);
      break;
    case STYR_REPORT_CHART_KIND_BUDGET_FORECAST:
      draw_budget (body, chart, first, last, height);
      break;
    case STYR_REPORT_CHART_KIND_INDICATOR_TREND:
    default:
      draw_trend (body, chart, _("Inga värden att visa"), height);
      break;
    }
  *height = MAX (*height, 24);

  g_string_append (s, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
  svg_attr (s, "width", CHART_WIDTH);
  svg_attr (s, "height", *height);
  g_string_append (s, " viewBox=\"0 0 ");
  append_number (s, CHART_WIDTH);
  g_string_append_c (s, ' ');
  append_number (s, *height);
  g_string_append (s, "\" font-family=\"" SVG_FONT "\">\n<title>");
  append_escaped (s, styr_report_chart_get_title (chart));
  g_string_append (s, "</title>\n");
  svg_rect (s, 0, 0, CHART_WIDTH, *height, "#ffffff", NULL);
  g_string_append_len (s, body->str, body->len);
  g_string_append (s, "</svg>\n");

  return g_string_free (s, FALSE);
}

/* The text alternative of a chart: its data in words. */
static char *
describe_chart (Odt             *odt,
                StyrReportChart *chart)
{
  GString *s = g_string_new (styr_report_chart_get_title (chart));
  guint n = styr_report_chart_get_n_categories (chart);
  guint n_series = styr_report_chart_get_n_series (chart);
  const char *unit = styr_report_chart_get_unit (chart);

  if (unit != NULL && unit[0] != '\0')
    g_string_append_printf (s, " (%s)", unit);
  g_string_append (s, ".");

  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (s, "%s%s: ", i == 0 ? " " : "; ",
                              styr_report_chart_get_category_label (chart, i));
      if (styr_report_chart_get_chart_kind (chart) == STYR_REPORT_CHART_KIND_STATUS_LIGHTS)
        {
          StyrScaleLevel *level = styr_report_chart_get_category_level (chart, i);

          g_string_append (s, level != NULL ? styr_scale_level_get_label (level) : odt->not_assessed_label);
          continue;
        }
      for (guint k = 0, shown = 0; k < n_series; k++)
        {
          g_autofree char *value = NULL;
          double v;

          if (!styr_report_chart_get_value (chart, k, i, &v))
            continue;
          value = chart_value_text (chart, v);
          g_string_append_printf (s, "%s%s %s", shown++ > 0 ? ", " : "",
                                  styr_report_chart_get_series_name (chart, k), value);
        }
    }
  if (n > 0)
    g_string_append (s, ".");

  return g_string_free (s, FALSE);
}
