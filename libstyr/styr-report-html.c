/* styr-report-html.c — a StyrReport as one self-contained HTML page
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* The HTML writer renders a [class@Styr.Report] as one page that needs
 * nothing else: the style sheet is inline, the charts are inline SVG
 * drawn from the report's chart data, and nothing is loaded from the
 * network. It computes no number: every amount, status and value comes
 * from the report model as it stands (the cells' display text, the
 * levels and their labels); the writer only lays them out and draws.
 *
 * The page is HTML5 written so that it is also well-formed XML (every
 * element closed, void elements as `<br/>`, attributes quoted, only the
 * XML entities, SVG in its namespace): an XML parser reads it as well as
 * a browser does, which is how the structure tests read it.
 *
 * Accessibility: `<html lang="sv">`, headings in order (`<h1>` the
 * report, `<h2>` a section, `<h3>`… below), a table of contents, tables
 * with `<caption>` and `<th scope>`, and every status shown as a shape
 * (circle, triangle, square — [func@Styr.ReportShape.for_level]) and its
 * label beside the level's colour, never the colour alone. Charts are
 * `role="img"` with a `<title>` and a `<desc>` that says in words what
 * the picture shows; bars and points carry `<title>` tooltips; the
 * series of the budget chart differ in pattern as well as colour, and
 * the target line of a trend is dashed.
 *
 * Printing: A4, colours kept, the table of contents on a page of its
 * own, each board (*nämnd*) starting on a new page, and tables, charts
 * and goal entries kept whole where they fit.
 *
 * ```python
 * report = Styr.Report.new(model, Styr.Period.parse("2025-T2"), None)
 * report.write_html_to_path("tertialrapport.html")
 * ```
 *
 * The public functions are declared and documented in styr-report.h.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "styr-private.h"
#include "styr-report.h"
#include "styr-report-private.h"


#define HTML_CHUNK (64 * 1024)

/* U+FFFD REPLACEMENT CHARACTER, for what the page cannot hold. */
#define REPLACEMENT_CHARACTER "\xef\xbf\xbd"

#define SVG_NS "http://www.w3.org/2000/svg"

/* Charts: the width of the wide charts and of the small indicator
 * trends, in CSS pixels (the SVG scales down with the page). */
#define WIDE_CHART_WIDTH   760.0
#define TREND_CHART_WIDTH  360.0
#define TREND_CHART_HEIGHT 230.0

typedef struct
{
  StyrReport    *report;
  GString       *buf;
  GOutputStream *out;          /* NULL: collect the page in buf */
  GCancellable  *cancellable;
  GError        *error;        /* the first write error; writing stops */

  GHashTable    *ids;          /* element ids in use (owned strings) */
  GHashTable    *section_ids;  /* StyrReportSection → its element id */
  const char    *not_assessed; /* the scale's label for "no level" */
  guint          heading_base; /* the HTML level of the last heading */
} Html;


/* ------------------------------------------------------------------ */
/* Output                                                              */
/* ------------------------------------------------------------------ */

/* Hands the buffer on to the stream: always when @force, else once it
 * holds a chunk. Does nothing after an error or without a stream. */
static void
html_flush (Html     *h,
            gboolean  force)
{
  if (h->out == NULL || h->error != NULL)
    return;
  if (h->buf->len == 0 || (!force && h->buf->len < HTML_CHUNK))
    return;

  if (g_output_stream_write_all (h->out, h->buf->str, h->buf->len, NULL,
                                 h->cancellable, &h->error))
    g_string_truncate (h->buf, 0);
}

/* g_string_append_len() without a call while the buffer has room, as
 * g_string_append_c() does: the page is made of millions of short
 * pieces. */
static inline void
buf_append_len (GString    *s,
                const char *text,
                gsize       len)
{
  if (G_LIKELY (s->len + len < s->allocated_len))
    {
      memcpy (s->str + s->len, text, len);
      s->len += len;
      s->str[s->len] = '\0';
    }
  else
    g_string_append_len (s, text, (gssize) len);
}

static inline void
html_raw (Html       *h,
          const char *markup)
{
  buf_append_len (h->buf, markup, strlen (markup));
}

static void html_printf (Html       *h,
                         const char *format,
                         ...) G_GNUC_PRINTF (2, 3);

static void
html_printf (Html       *h,
             const char *format,
             ...)
{
  va_list args;

  va_start (args, format);
  g_string_append_vprintf (h->buf, format, args);
  va_end (args);
}

/* Appends @text escaped for HTML text and attribute values alike (the
 * page is also XML): & < > " ' as references; a carriage return (alone
 * or before a line feed) becomes a line feed; C0 and C1 controls other
 * than tab and line feed, U+FFFE, U+FFFF and bytes that are not UTF-8
 * become U+FFFD. */
static void
append_escaped (GString    *s,
                const char *text)
{
  const char *p = text;

  if (text == NULL)
    return;

  while (*p != '\0')
    {
      guchar c = (guchar) *p;
      const char *run = p;

      /* A run of printable ASCII that needs no reference goes in whole. */
      while (c >= 0x20 && c < 0x7f && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'')
        c = (guchar) *++p;
      if (p > run)
        {
          buf_append_len (s, run, (gsize) (p - run));
          continue;
        }

      if (c < 0x80)
        {
          switch (c)
            {
            case '&': g_string_append (s, "&amp;"); break;
            case '<': g_string_append (s, "&lt;"); break;
            case '>': g_string_append (s, "&gt;"); break;
            case '"': g_string_append (s, "&quot;"); break;
            case '\'': g_string_append (s, "&#39;"); break;
            case '\r':
              g_string_append_c (s, '\n');
              if (p[1] == '\n')
                p++;
              break;
            case '\t':
            case '\n':
              g_string_append_c (s, (char) c);
              break;
            default:
              if (c < 0x20 || c == 0x7f)
                g_string_append (s, REPLACEMENT_CHARACTER);
              else
                g_string_append_c (s, (char) c);
              break;
            }
          p++;
        }
      else
        {
          gunichar u = g_utf8_get_char_validated (p, -1);

          if (u == (gunichar) -1 || u == (gunichar) -2)
            {
              g_string_append (s, REPLACEMENT_CHARACTER);
              p++;
              continue;
            }
          if ((u >= 0x80 && u <= 0x9f) || u == 0xfffe || u == 0xffff)
            g_string_append (s, REPLACEMENT_CHARACTER);
          else
            g_string_append_len (s, p, g_utf8_next_char (p) - p);
          p = g_utf8_next_char (p);
        }
    }
}

static inline void
html_text (Html       *h,
           const char *text)
{
  append_escaped (h->buf, text);
}

/* A number for SVG geometry: C locale, at most one decimal. */
static void
append_coord (GString *s,
              double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  gsize len;
  double tenths;

  if (!isfinite (value))
    value = 0;
  tenths = round (value * 10);

  /* Below 10¹⁵ tenths the double nearest to tenths / 10 is much nearer
   * than 0.05 to it, so "%.1f" prints exactly the digits of the whole
   * number of tenths: write them without printf. */
  if (fabs (tenths) < 1e15)
    {
      gint64 t = (gint64) tenths;
      guint64 whole;
      char digits[24];
      char *end = digits + sizeof digits;
      char *d = end;

      if (t < 0)
        {
          g_string_append_c (s, '-');
          t = -t;
        }
      whole = (guint64) t / 10;
      if (t % 10 != 0)
        {
          *--d = (char) ('0' + t % 10);
          *--d = '.';
        }
      do
        {
          *--d = (char) ('0' + whole % 10);
          whole /= 10;
        }
      while (whole > 0);
      buf_append_len (s, d, (gsize) (end - d));
      return;
    }

  value = tenths / 10;
  if (value == 0)
    value = 0;  /* no "-0" */
  g_ascii_formatd (buf, sizeof buf, "%.1f", value);
  len = strlen (buf);
  if (len > 2 && buf[len - 2] == '.' && buf[len - 1] == '0')
    buf[len - 2] = '\0';
  g_string_append (s, buf);
}

static inline void
html_coord (Html   *h,
            double  value)
{
  append_coord (h->buf, value);
}

/* Appends `name="value"` (with a leading space) for a coordinate. */
static void
html_coord_attr (Html       *h,
                 const char *name,
                 double      value)
{
  g_string_append_c (h->buf, ' ');
  buf_append_len (h->buf, name, strlen (name));
  buf_append_len (h->buf, "=\"", 2);
  append_coord (h->buf, value);
  g_string_append_c (h->buf, '"');
}


/* ------------------------------------------------------------------ */
/* Element ids                                                         */
/* ------------------------------------------------------------------ */

/* Element ids: every id made here is of `[a-z0-9-]` and unique in the
 * page (html_unique_id()); ids derived from one of them for its parts
 * add a suffix after an underscore (`mal-ks-1_rubrik`,
 * `diagram-x_titel`), which no made id contains, so they cannot collide
 * either. */

/* Reserves @id exactly (the report's own ids are unique already). */
static void
html_reserve_id (Html       *h,
                 const char *id)
{
  g_hash_table_add (h->ids, g_strdup (id));
}

/* A unique element id made from @prefix and @base: ASCII letters and
 * digits lower-cased, everything else a single '-', and a number added
 * when the id is taken. The string belongs to @h. */
static const char *
html_unique_id (Html       *h,
                const char *prefix,
                const char *base)
{
  g_autoptr(GString) id = g_string_new (prefix);
  gboolean dash = id->len > 0 && id->str[id->len - 1] == '-';
  gsize stem;
  char *stored;

  for (const char *p = base != NULL ? base : ""; *p != '\0'; p++)
    {
      char c = *p;

      if (g_ascii_isalnum (c))
        {
          g_string_append_c (id, g_ascii_tolower (c));
          dash = FALSE;
        }
      else if (!dash && id->len > 0)
        {
          g_string_append_c (id, '-');
          dash = TRUE;
        }
    }
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (id->len == 0 || !g_ascii_isalpha (id->str[0]))
    g_string_prepend (id, "x-");

  stem = id->len;
  for (guint n = 2; g_hash_table_contains (h->ids, id->str); n++)
    {
      g_string_truncate (id, stem);
      g_string_append_printf (id, "-%u", n);
    }

  stored = g_strdup (id->str);
  g_hash_table_add (h->ids, stored);
  return stored;
}


/* ------------------------------------------------------------------ */
/* Levels, shapes and colours                                          */
/* ------------------------------------------------------------------ */

/* The level's colour if it is a plain hex colour, else a neutral grey:
 * a colour from a file goes into the page only in a form that cannot
 * carry anything else. */
static const char *
safe_colour (const char *colour)
{
  gsize len;

  if (colour == NULL || colour[0] != '#')
    return "#9e9e9e";
  len = strlen (colour);
  if (len != 4 && len != 7)
    return "#9e9e9e";
  for (gsize i = 1; i < len; i++)
    if (!g_ascii_isxdigit (colour[i]))
      return "#9e9e9e";
  return colour;
}

static const char *
level_colour (StyrScaleLevel *level)
{
  if (level == NULL)
    return "#ffffff";
  return safe_colour (styr_scale_level_get_colour (level));
}

/* Whether text on @colour (a safe colour) reads better in black. */
static gboolean
colour_is_light (const char *colour)
{
  guint r, g, b;

  if (strlen (colour) == 4)
    {
      r = g_ascii_xdigit_value (colour[1]) * 17;
      g = g_ascii_xdigit_value (colour[2]) * 17;
      b = g_ascii_xdigit_value (colour[3]) * 17;
    }
  else
    {
      r = g_ascii_xdigit_value (colour[1]) * 16 + g_ascii_xdigit_value (colour[2]);
      g = g_ascii_xdigit_value (colour[3]) * 16 + g_ascii_xdigit_value (colour[4]);
      b = g_ascii_xdigit_value (colour[5]) * 16 + g_ascii_xdigit_value (colour[6]);
    }
  /* Perceived brightness (ITU-R BT.601 weights). */
  return 299 * r + 587 * g + 114 * b >= 150000;
}

static const char *
level_label (Html           *h,
             StyrScaleLevel *level)
{
  const char *label;

  if (level == NULL)
    return h->not_assessed;
  label = styr_scale_level_get_label (level);
  return label != NULL && *label != '\0' ? label : styr_scale_level_get_id (level);
}

/* One SVG shape element for @level centred on (@cx, @cy) with radius
 * @r, with @title as its tooltip (nothing when %NULL). */
static void
svg_shape (Html           *h,
           StyrScaleLevel *level,
           double          cx,
           double          cy,
           double          r,
           const char     *title)
{
  StyrReportShape shape = styr_report_shape_for_level (level);
  const char *fill = level_colour (level);

  switch (shape)
    {
    case STYR_REPORT_SHAPE_CIRCLE:
    case STYR_REPORT_SHAPE_NONE:
      html_raw (h, "<circle");
      html_coord_attr (h, "cx", cx);
      html_coord_attr (h, "cy", cy);
      html_coord_attr (h, "r", r);
      break;
    case STYR_REPORT_SHAPE_TRIANGLE:
      html_raw (h, "<path d=\"M");
      html_coord (h, cx);
      html_raw (h, " ");
      html_coord (h, cy - r * 1.05);
      html_raw (h, " L");
      html_coord (h, cx + r * 1.1);
      html_raw (h, " ");
      html_coord (h, cy + r * 0.85);
      html_raw (h, " L");
      html_coord (h, cx - r * 1.1);
      html_raw (h, " ");
      html_coord (h, cy + r * 0.85);
      html_raw (h, " Z\"");
      break;
    case STYR_REPORT_SHAPE_SQUARE:
    default:
      html_raw (h, "<rect");
      html_coord_attr (h, "x", cx - r * 0.85);
      html_coord_attr (h, "y", cy - r * 0.85);
      html_coord_attr (h, "width", r * 1.7);
      html_coord_attr (h, "height", r * 1.7);
      break;
    }

  html_printf (h, " fill=\"%s\" stroke=\"%s\" stroke-width=\"1\"",
               fill, shape == STYR_REPORT_SHAPE_NONE ? "#595959" : "#1a1a1a");
  if (title != NULL)
    {
      html_raw (h, "><title>");
      html_text (h, title);
      html_raw (h, "</title></");
      html_raw (h, shape == STYR_REPORT_SHAPE_TRIANGLE ? "path"
                   : shape == STYR_REPORT_SHAPE_SQUARE ? "rect" : "circle");
      html_raw (h, ">");
    }
  else
    html_raw (h, "/>");
}

/* A status as the page shows it everywhere: the level's shape in its
 * colour (an inline SVG with the label as its tooltip) followed by the
 * label as text. */
static void
html_status (Html           *h,
             StyrScaleLevel *level,
             const char     *text)
{
  const char *label = text != NULL && *text != '\0' ? text : level_label (h, level);
  StyrReportShape shape = styr_report_shape_for_level (level);

  html_printf (h, "<span class=\"status status-%s\">",
               shape == STYR_REPORT_SHAPE_CIRCLE ? "circle"
               : shape == STYR_REPORT_SHAPE_TRIANGLE ? "triangle"
               : shape == STYR_REPORT_SHAPE_SQUARE ? "square" : "none");
  html_raw (h, "<svg xmlns=\"" SVG_NS "\" class=\"shape\" width=\"14\" height=\"14\" "
               "viewBox=\"0 0 14 14\" aria-hidden=\"true\">");
  svg_shape (h, level, 7, 7.5, 5.5, label);
  html_raw (h, "</svg> <span class=\"status-text\">");
  html_text (h, label);
  html_raw (h, "</span></span>");
}


/* ------------------------------------------------------------------ */
/* Text                                                                */
/* ------------------------------------------------------------------ */

/* Plain text as paragraphs: a blank line separates paragraphs, a single
 * line break stays a line break. @attrs goes into every <p> (raw). */
static void
html_paragraphs (Html       *h,
                 const char *text,
                 const char *attrs,
                 const char *marker)
{
  g_auto(GStrv) paragraphs = NULL;
  gboolean first = TRUE;

  if (text == NULL)
    return;

  {
    /* Normalise line ends before splitting. */
    g_autoptr(GString) normal = g_string_new (text);

    g_string_replace (normal, "\r\n", "\n", 0);
    g_string_replace (normal, "\r", "\n", 0);
    paragraphs = g_regex_split_simple ("\\n[ \\t]*\\n\\s*", normal->str, 0, 0);
  }

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_auto(GStrv) lines = NULL;
      g_autofree char *stripped = g_strstrip (g_strdup (paragraphs[i]));

      if (*stripped == '\0')
        continue;

      html_printf (h, "<p%s>", attrs != NULL ? attrs : "");
      if (first && marker != NULL)
        html_raw (h, marker);
      first = FALSE;

      lines = g_strsplit (stripped, "\n", -1);
      for (guint j = 0; lines[j] != NULL; j++)
        {
          if (j > 0)
            html_raw (h, "<br/>");
          html_text (h, lines[j]);
        }
      html_raw (h, "</p>\n");
    }
}

static void
write_paragraph (Html                *h,
                 StyrReportParagraph *paragraph)
{
  const char *text = styr_report_paragraph_get_text (paragraph);
  g_autofree char *marker = NULL;

  switch (styr_report_paragraph_get_emphasis (paragraph))
    {
    case STYR_REPORT_EMPHASIS_WARNING:
      /* The marker is text, so the warning does not rest on its colour. */
      marker = g_strdup_printf ("<strong class=\"marker\"><span aria-hidden=\"true\">⚠ </span>%s</strong> ",
                                _("Observera:"));
      html_raw (h, "<div class=\"callout warning\" role=\"note\">\n");
      html_paragraphs (h, text, NULL, marker);
      html_raw (h, "</div>\n");
      break;
    case STYR_REPORT_EMPHASIS_NOTE:
      marker = g_strdup_printf ("<strong class=\"marker\"><span aria-hidden=\"true\">ℹ </span>%s</strong> ",
                                _("Notera:"));
      html_raw (h, "<div class=\"callout note\" role=\"note\">\n");
      html_paragraphs (h, text, NULL, marker);
      html_raw (h, "</div>\n");
      break;
    case STYR_REPORT_EMPHASIS_NONE:
    default:
      html_paragraphs (h, text, NULL, NULL);
      break;
    }
}

/* The HTML heading level for a report heading of @level (2–4) inside a
 * section, whose own heading is <h2>. */
static guint
html_level_for (guint level)
{
  return CLAMP (level, 2, 4) + 1;
}

static void
write_heading (Html              *h,
               StyrReportHeading *heading)
{
  guint level = html_level_for (styr_report_heading_get_level (heading));
  const char *text = styr_report_heading_get_text (heading);
  const char *id = html_unique_id (h, "", text);

  html_printf (h, "<h%u id=\"%s\">", level, id);
  html_text (h, text);
  html_printf (h, "</h%u>\n", level);
  h->heading_base = level;
}


/* ------------------------------------------------------------------ */
/* Tables                                                              */
/* ------------------------------------------------------------------ */

static const char *
column_class (StyrReportColumnKind kind)
{
  switch (kind)
    {
    case STYR_REPORT_COLUMN_KIND_MONEY:   return "money num";
    case STYR_REPORT_COLUMN_KIND_PERCENT: return "percent num";
    case STYR_REPORT_COLUMN_KIND_NUMBER:  return "number num";
    case STYR_REPORT_COLUMN_KIND_STATUS:  return "level";
    case STYR_REPORT_COLUMN_KIND_DATE:    return "date";
    case STYR_REPORT_COLUMN_KIND_TEXT:
    default:                              return "text";
    }
}

static void
write_cell (Html            *h,
            StyrReportTable *table,
            guint            row,
            guint            column,
            gboolean         row_header)
{
  StyrReportColumnKind kind = styr_report_table_get_column_kind (table, column);
  const char *text = styr_report_table_get_text (table, row, column);
  const char *tag = row_header ? "th" : "td";
  gint64 ore = 0;
  double number = 0;

  g_string_append_c (h->buf, '<');
  html_raw (h, tag);
  if (row_header)
    html_raw (h, " scope=\"row\"");
  html_raw (h, " class=\"");
  html_raw (h, column_class (kind));

  switch (kind)
    {
    case STYR_REPORT_COLUMN_KIND_MONEY:
      if (styr_report_table_get_money (table, row, column, &ore))
        /* The exact amount rides along for readers of the page's data. */
        html_printf (h, "%s\" data-ore=\"%" G_GINT64_FORMAT "\">",
                     ore < 0 ? " negative" : "", ore);
      else
        html_raw (h, " empty\">");
      html_text (h, text);
      break;

    case STYR_REPORT_COLUMN_KIND_PERCENT:
    case STYR_REPORT_COLUMN_KIND_NUMBER:
      if (styr_report_table_get_number (table, row, column, &number))
        {
          char buf[G_ASCII_DTOSTR_BUF_SIZE];

          g_ascii_dtostr (buf, sizeof buf, number);
          if (number < 0)
            html_raw (h, " negative");
          html_raw (h, "\" data-value=\"");
          html_raw (h, buf);
          html_raw (h, "\">");
        }
      else
        html_raw (h, *text == '\0' ? " empty\">" : "\">");
      html_text (h, text);
      break;

    case STYR_REPORT_COLUMN_KIND_STATUS:
      {
        StyrScaleLevel *level = styr_report_table_get_level (table, row, column);

        if (level != NULL)
          {
            html_raw (h, "\" data-level=\"");
            html_text (h, styr_scale_level_get_id (level));
            html_raw (h, "\">");
          }
        else
          html_raw (h, "\">");
        if (level != NULL ||
            (!styr_report_table_get_row_is_total (table, row) &&
             g_strcmp0 (text, h->not_assessed) == 0))
          html_status (h, level, text);
        else
          html_text (h, text);
      }
      break;

    case STYR_REPORT_COLUMN_KIND_DATE:
      {
        const GDate *date = styr_report_table_get_date (table, row, column);

        if (date != NULL && g_date_valid (date))
          {
            guint year = g_date_get_year (date);
            guint month = g_date_get_month (date);
            guint day = g_date_get_day (date);

            if (year <= 9999)
              {
                /* "%04u-%02u-%02u" without printf: a date on every row of
                 * the activity tables. */
                char iso[11] = {
                  (char) ('0' + year / 1000), (char) ('0' + year / 100 % 10),
                  (char) ('0' + year / 10 % 10), (char) ('0' + year % 10), '-',
                  (char) ('0' + month / 10), (char) ('0' + month % 10), '-',
                  (char) ('0' + day / 10), (char) ('0' + day % 10), '\0'
                };

                html_raw (h, "\"><time datetime=\"");
                html_raw (h, iso);
                html_raw (h, "\">");
              }
            else
              html_printf (h, "\"><time datetime=\"%04u-%02u-%02u\">", year, month, day);
            html_text (h, text);
            html_raw (h, "</time>");
          }
        else
          {
            html_raw (h, "\">");
            html_text (h, text);
          }
      }
      break;

    case STYR_REPORT_COLUMN_KIND_TEXT:
    default:
      html_raw (h, "\">");
      html_text (h, text);
      break;
    }

  html_raw (h, row_header ? "</th>" : "</td>");
}

static void
write_table (Html            *h,
             StyrReportTable *table)
{
  guint n_columns = styr_report_table_get_n_columns (table);
  guint n_rows = styr_report_table_get_n_rows (table);
  const char *caption = styr_report_table_get_caption (table);
  const char *id = html_unique_id (h, "tabell-", styr_report_table_get_id (table));
  gboolean first_is_header;

  /* The first column names the row (a nämnd, an indicator, a goal) when
   * it is text: then its cells are row headers. */
  first_is_header = n_columns > 1 &&
                    styr_report_table_get_column_kind (table, 0) == STYR_REPORT_COLUMN_KIND_TEXT;

  html_raw (h, "<div class=\"table-wrap\">\n<table class=\"report-table\" id=\"");
  html_raw (h, id);
  html_raw (h, "\" data-table=\"");
  html_text (h, styr_report_table_get_id (table));
  html_raw (h, "\">\n");
  if (caption != NULL && *caption != '\0')
    {
      html_raw (h, "<caption>");
      html_text (h, caption);
      html_raw (h, "</caption>\n");
    }

  html_raw (h, "<thead><tr>");
  for (guint c = 0; c < n_columns; c++)
    {
      StyrReportColumnKind kind = styr_report_table_get_column_kind (table, c);

      html_raw (h, "<th scope=\"col\" class=\"");
      html_raw (h, column_class (kind));
      html_raw (h, "\">");
      html_text (h, styr_report_table_get_column_title (table, c));
      html_raw (h, "</th>");
    }
  html_raw (h, "</tr></thead>\n<tbody>\n");

  for (guint r = 0; r < n_rows; r++)
    {
      if (styr_report_table_get_row_is_total (table, r))
        html_raw (h, "<tr class=\"total\">");
      else
        html_raw (h, "<tr>");
      for (guint c = 0; c < n_columns; c++)
        write_cell (h, table, r, c, c == 0 && first_is_header);
      html_raw (h, "</tr>\n");
      html_flush (h, FALSE);
    }

  html_raw (h, "</tbody>\n</table>\n</div>\n");
}


/* ------------------------------------------------------------------ */
/* Charts                                                              */
/* ------------------------------------------------------------------ */

/* Wraps @text into lines of at most about @width characters, at spaces
 * (a longer word stays whole). */
static GPtrArray *
wrap_words (const char *text,
            guint       width)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) words = g_strsplit (text != NULL ? text : "", " ", -1);
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      glong n = g_utf8_strlen (words[i], -1);

      if (n == 0)
        continue;
      if (line->len > 0 && g_utf8_strlen (line->str, -1) + 1 + n > (glong) width)
        {
          g_ptr_array_add (lines, g_strdup (line->str));
          g_string_truncate (line, 0);
        }
      if (line->len > 0)
        g_string_append_c (line, ' ');
      g_string_append (line, words[i]);
    }
  if (line->len > 0 || lines->len == 0)
    g_ptr_array_add (lines, g_strdup (line->str));
  return lines;
}

/* Opens a <text> at (@x, @y) with the raw attributes @attrs (or %NULL). */
static void
svg_text_open (Html       *h,
               double      x,
               double      y,
               const char *attrs)
{
  html_raw (h, "<text");
  html_coord_attr (h, "x", x);
  html_coord_attr (h, "y", y);
  if (attrs != NULL)
    html_raw (h, attrs);
  html_raw (h, ">");
}

/* Writes @lines as one <text> with a <tspan> per line. */
static void
svg_text_lines (Html       *h,
                GPtrArray  *lines,
                double      x,
                double      y,
                double      line_height,
                const char *attrs)
{
  svg_text_open (h, x, y, attrs);
  for (guint i = 0; i < lines->len; i++)
    {
      html_raw (h, "<tspan");
      html_coord_attr (h, "x", x);
      if (i > 0)
        html_coord_attr (h, "dy", line_height);
      html_raw (h, ">");
      html_text (h, g_ptr_array_index (lines, i));
      html_raw (h, "</tspan>");
    }
  html_raw (h, "</text>");
}

static void
svg_text (Html       *h,
          const char *text,
          double      x,
          double      y,
          const char *attrs)
{
  svg_text_open (h, x, y, attrs);
  html_text (h, text);
  html_raw (h, "</text>");
}

/* A value as the chart shows it: Swedish digits, the unit after a
 * space unless it is "%" ("1 234 tkr", "85 %", "3"). */
static char *
format_value (double      value,
              int         decimals,
              const char *unit)
{
  g_autofree char *number = _styr_report_format_number (value, decimals);

  if (unit == NULL || *unit == '\0')
    return g_steal_pointer (&number);
  return g_strconcat (number, "\u00a0", unit, NULL);
}

/* Nice round steps for an axis from @lo to @hi, about @n_ticks of them;
 * widens [@lo, @hi] to whole steps. */
static double
nice_step (double *lo,
           double *hi,
           guint   n_ticks)
{
  double range = *hi - *lo;
  double raw, magnitude, fraction, step;

  if (!(range > 0))
    {
      double pad = fabs (*hi) > 0 ? fabs (*hi) * 0.1 : 1;

      *lo -= pad;
      *hi += pad;
      range = *hi - *lo;
    }

  raw = range / MAX (n_ticks, 1);
  magnitude = pow (10, floor (log10 (raw)));
  fraction = raw / magnitude;
  if (fraction <= 1)
    step = 1;
  else if (fraction <= 2)
    step = 2;
  else if (fraction <= 2.5)
    step = 2.5;
  else if (fraction <= 5)
    step = 5;
  else
    step = 10;
  step *= magnitude;

  *lo = floor (*lo / step + 1e-9) * step;
  *hi = ceil (*hi / step - 1e-9) * step;
  if (*hi <= *lo)
    *hi = *lo + step;
  return step;
}

/* The number of decimals the labels of an axis with @step need. */
static int
step_decimals (double step)
{
  int decimals = 0;

  while (decimals < 4 && fabs (step * pow (10, decimals) - round (step * pow (10, decimals))) > 1e-6)
    decimals++;
  return decimals;
}

/* A value of @chart to draw: only finite numbers count. */
static gboolean
chart_value (StyrReportChart *chart,
             guint            series,
             guint            category,
             double          *value)
{
  double v;

  if (!styr_report_chart_get_value (chart, series, category, &v) || !isfinite (v))
    return FALSE;
  if (value != NULL)
    *value = v;
  return TRUE;
}

/* How many steps of @step the axis from @lo to @hi has (at most 20, so
 * that no value can make the writer draw without end). */
static guint
axis_steps (double lo,
            double hi,
            double step)
{
  double n = (hi - lo) / step;

  if (!isfinite (n) || n < 0)
    return 0;
  return (guint) MIN (round (n), 20);
}

/* Opens a chart: <figure> with the caption, then <svg role="img"> with
 * its <title> and <desc>. Returns the id prefix for ids inside. */
static const char *
chart_open (Html            *h,
            StyrReportChart *chart,
            const char      *kind_class,
            double           width,
            double           height,
            const char      *description)
{
  const char *title = styr_report_chart_get_title (chart);
  const char *id = html_unique_id (h, "diagram-", styr_report_chart_get_id (chart));

  html_raw (h, "<figure class=\"chart ");
  html_raw (h, kind_class);
  html_raw (h, "\" id=\"");
  html_raw (h, id);
  html_raw (h, "\">\n<figcaption>");
  html_text (h, title);
  html_raw (h, "</figcaption>\n");

  html_raw (h, "<svg xmlns=\"" SVG_NS "\" class=\"chart-svg\" role=\"img\" aria-labelledby=\"");
  html_raw (h, id);
  html_raw (h, "_titel ");
  html_raw (h, id);
  html_raw (h, "_beskrivning\" viewBox=\"0 0 ");
  html_coord (h, width);
  html_raw (h, " ");
  html_coord (h, height);
  html_raw (h, "\"");
  html_coord_attr (h, "width", width);
  html_coord_attr (h, "height", height);
  html_raw (h, " font-family=\"system-ui, 'DejaVu Sans', Arial, sans-serif\" font-size=\"12\">\n");
  html_raw (h, "<title id=\"");
  html_raw (h, id);
  html_raw (h, "_titel\">");
  html_text (h, title);
  html_raw (h, "</title>\n<desc id=\"");
  html_raw (h, id);
  html_raw (h, "_beskrivning\">");
  html_text (h, description);
  html_raw (h, "</desc>\n");
  return id;
}

static void
chart_close (Html *h)
{
  html_raw (h, "</svg>\n</figure>\n");
  html_flush (h, FALSE);
}

/* Status lights (trafikljus): a list, a goal a line, each with its
 * level's shape in its colour and the level's label. A list rather than
 * one picture, so that long goal titles wrap and read as text. */
static void
write_status_lights (Html            *h,
                     StyrReportChart *chart)
{
  guint n = styr_report_chart_get_n_categories (chart);
  const char *id = html_unique_id (h, "diagram-", styr_report_chart_get_id (chart));
  const char *title = styr_report_chart_get_title (chart);

  html_printf (h, "<figure class=\"chart status-lights\" id=\"%s\">\n<figcaption>", id);
  html_text (h, title);
  html_raw (h, "</figcaption>\n<ul class=\"lights\">\n");
  for (guint i = 0; i < n; i++)
    {
      StyrScaleLevel *level = styr_report_chart_get_category_level (chart, i);

      const char *label = level_label (h, level);

      html_raw (h, "<li><svg xmlns=\"" SVG_NS "\" class=\"shape\" width=\"14\" height=\"14\" "
                   "viewBox=\"0 0 14 14\" aria-hidden=\"true\">");
      svg_shape (h, level, 7, 7.5, 5.5, label);
      html_raw (h, "</svg><span class=\"light-text\"><span class=\"light-label\">");
      html_text (h, styr_report_chart_get_category_label (chart, i));
      html_raw (h, "</span> <span class=\"light-level\">");
      html_text (h, label);
      html_raw (h, "</span></span></li>\n");
    }
  html_raw (h, "</ul>\n</figure>\n");
}

/* How far a legend entry (a swatch, then @name) reaches along x. */
static double
legend_advance (const char *name)
{
  return 22 + 7.0 * g_utf8_strlen (name, -1) + 18;
}

/* The distribution of board goals under each council goal: one stacked
 * horizontal bar per council goal, a segment per level (best first) and
 * the not-assessed ones last, each segment with its count and shape. */
static void
write_distribution (Html            *h,
                    StyrReportChart *chart)
{
  guint n_categories = styr_report_chart_get_n_categories (chart);
  guint n_series = styr_report_chart_get_n_series (chart);
  const double width = WIDE_CHART_WIDTH;
  const double bar_height = 22, line_height = 15, label_chars = 100;
  g_autoptr(GString) desc = g_string_new (NULL);
  g_autoptr(GPtrArray) all_lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  double max_total = 0, height, y, x, legend_rows = 1;
  const double bar_x = 4, bar_width = width - 60;

  /* The text alternative and the scale of the bars. */
  for (guint i = 0; i < n_categories; i++)
    {
      double total = 0;
      gboolean any = FALSE;

      g_string_append_printf (desc, "%s: ", styr_report_chart_get_category_label (chart, i));
      for (guint s = 0; s < n_series; s++)
        {
          double value;

          if (!chart_value (chart, s, i, &value) || value <= 0)
            continue;
          total += value;
          {
            g_autofree char *number = _styr_report_format_number (value, -1);

            g_string_append_printf (desc, "%s%s %s", any ? ", " : "",
                                    styr_report_chart_get_series_name (chart, s), number);
          }
          any = TRUE;
        }
      if (!any)
        g_string_append (desc, _("inga mål"));
      g_string_append (desc, ". ");
      max_total = MAX (max_total, total);
      g_ptr_array_add (all_lines, wrap_words (styr_report_chart_get_category_label (chart, i),
                                              (guint) label_chars));
    }
  if (max_total <= 0)
    max_total = 1;

  /* The legend: how many rows it needs. */
  x = bar_x;
  for (guint s = 0; s < n_series; s++)
    {
      double advance = legend_advance (styr_report_chart_get_series_name (chart, s));

      if (x + advance > width && x > bar_x)
        {
          legend_rows++;
          x = bar_x;
        }
      x += advance;
    }

  height = 8 + legend_rows * 20 + 8;
  for (guint i = 0; i < n_categories; i++)
    height += ((GPtrArray *) g_ptr_array_index (all_lines, i))->len * line_height + bar_height + 14;
  height += 4;

  chart_open (h, chart, "distribution", width, height, g_strstrip (desc->str));

  /* Legend. */
  html_raw (h, "<g class=\"legend\">");
  x = bar_x;
  y = 8 + 10;
  for (guint s = 0; s < n_series; s++)
    {
      const char *name = styr_report_chart_get_series_name (chart, s);
      double advance = legend_advance (name);

      if (x + advance > width && x > bar_x)
        {
          y += 20;
          x = bar_x;
        }
      svg_shape (h, styr_report_chart_get_series_level (chart, s), x + 7, y, 6, NULL);
      svg_text (h, name, x + 18, y + 4, NULL);
      x += advance;
    }
  html_raw (h, "</g>\n");

  y = 8 + legend_rows * 20 + 8;
  for (guint i = 0; i < n_categories; i++)
    {
      GPtrArray *lines = g_ptr_array_index (all_lines, i);
      const char *category = styr_report_chart_get_category_label (chart, i);
      double total = 0, seg_x = bar_x;

      svg_text_lines (h, lines, bar_x, y + 11, line_height, " class=\"category\"");
      y += lines->len * line_height + 2;

      html_raw (h, "<g class=\"bar\">");
      /* The whole bar's outline, so that an empty bar still shows. */
      html_raw (h, "<rect");
      html_coord_attr (h, "x", bar_x);
      html_coord_attr (h, "y", y);
      html_coord_attr (h, "width", bar_width);
      html_coord_attr (h, "height", bar_height);
      html_raw (h, " fill=\"#f4f4f4\" stroke=\"none\"/>");

      for (guint s = 0; s < n_series; s++)
        {
          StyrScaleLevel *level = styr_report_chart_get_series_level (chart, s);
          const char *name = styr_report_chart_get_series_name (chart, s);
          const char *fill = level != NULL ? level_colour (level) : "#ffffff";
          g_autofree char *number = NULL;
          g_autofree char *tip = NULL;
          double value, seg_width;

          if (!chart_value (chart, s, i, &value) || value <= 0)
            continue;
          seg_width = bar_width * value / max_total;
          number = _styr_report_format_number (value, -1);
          tip = g_strdup_printf ("%s – %s: %s", category, name, number);

          html_raw (h, "<rect");
          html_coord_attr (h, "x", seg_x);
          html_coord_attr (h, "y", y);
          html_coord_attr (h, "width", seg_width);
          html_coord_attr (h, "height", bar_height);
          html_printf (h, " fill=\"%s\" stroke=\"#1a1a1a\" stroke-width=\"0.75\"><title>", fill);
          html_text (h, tip);
          html_raw (h, "</title></rect>");

          /* The shape and the count inside the segment where they fit,
           * so that a segment never rests on its colour. */
          if (seg_width >= 40)
            {
              svg_shape (h, level, seg_x + 10, y + bar_height / 2, 5.5, NULL);
              svg_text (h, number, seg_x + 19, y + bar_height / 2 + 4,
                        colour_is_light (fill) ? " fill=\"#000000\"" : " fill=\"#ffffff\"");
            }
          else if (seg_width >= 16)
            svg_text (h, number, seg_x + seg_width / 2, y + bar_height / 2 + 4,
                      colour_is_light (fill) ? " fill=\"#000000\" text-anchor=\"middle\""
                                             : " fill=\"#ffffff\" text-anchor=\"middle\"");
          seg_x += seg_width;
          total += value;
        }

      {
        g_autofree char *number = _styr_report_format_number (total, -1);

        svg_text (h, number, bar_x + bar_width + 8, y + bar_height / 2 + 4, " class=\"total\"");
      }
      html_raw (h, "</g>\n");
      y += bar_height + 12;
    }

  chart_close (h);
}

/* The look of a series of the budget chart: a fill (a colour or a
 * pattern) that differs in pattern as well as in colour. */
static const char *const series_colours[] = { "#1f4e79", "#c55a11", "#5f6b73" };

static void
budget_defs (Html       *h,
             const char *id)
{
  html_printf (h,
               "<defs>"
               "<pattern id=\"%s_monster1\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
               "<rect width=\"6\" height=\"6\" fill=\"#f4b183\"/>"
               "<rect width=\"3\" height=\"6\" fill=\"%s\"/></pattern>"
               "<pattern id=\"%s_monster2\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
               "<rect width=\"5\" height=\"5\" fill=\"#d9dde0\"/>"
               "<circle cx=\"2.5\" cy=\"2.5\" r=\"1.3\" fill=\"%s\"/></pattern>"
               "</defs>\n",
               id, series_colours[1], id, series_colours[2]);
}

static char *
budget_fill (const char *id,
             guint       series)
{
  switch (series % 3)
    {
    case 0:  return g_strdup (series_colours[0]);
    case 1:  return g_strdup_printf ("url(#%s_monster1)", id);
    default: return g_strdup_printf ("url(#%s_monster2)", id);
    }
}

/* Budget against forecast (and outcome) per nämnd: grouped horizontal
 * bars, a group per nämnd, the value at the end of each bar. */
static void
write_budget_forecast (Html            *h,
                       StyrReportChart *chart)
{
  guint n_categories = styr_report_chart_get_n_categories (chart);
  guint n_series = styr_report_chart_get_n_series (chart);
  const char *unit = styr_report_chart_get_unit (chart);
  const double width = WIDE_CHART_WIDTH;
  const double label_width = 190, plot_x = 200, plot_right = width - 100;
  const double bar_height = 13, bar_gap = 3, group_gap = 14, line_height = 14;
  g_autoptr(GString) desc = g_string_new (NULL);
  g_autoptr(GPtrArray) all_lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  double lo = 0, hi = 0, step, scale, zero_x, height, y, x, top;
  const char *id;
  int decimals;

  for (guint i = 0; i < n_categories; i++)
    {
      gboolean any = FALSE;

      g_string_append_printf (desc, "%s: ", styr_report_chart_get_category_label (chart, i));
      for (guint s = 0; s < n_series; s++)
        {
          double value;
          g_autofree char *text = NULL;

          if (!chart_value (chart, s, i, &value))
            continue;
          lo = MIN (lo, value);
          hi = MAX (hi, value);
          text = format_value (value, 0, unit);
          g_string_append_printf (desc, "%s%s %s", any ? ", " : "",
                                  styr_report_chart_get_series_name (chart, s), text);
          any = TRUE;
        }
      if (!any)
        g_string_append (desc, _("inga belopp"));
      g_string_append (desc, ". ");
      g_ptr_array_add (all_lines, wrap_words (styr_report_chart_get_category_label (chart, i), 27));
    }

  step = nice_step (&lo, &hi, 5);
  decimals = step_decimals (step);
  scale = (plot_right - plot_x) / (hi - lo);
  zero_x = plot_x + (0 - lo) * scale;

  top = 8 + 20 + 10;
  height = top;
  for (guint i = 0; i < n_categories; i++)
    {
      GPtrArray *lines = g_ptr_array_index (all_lines, i);
      double group = MAX (n_series * (bar_height + bar_gap) - bar_gap, lines->len * line_height);

      height += group + group_gap;
    }
  height += 26;

  id = chart_open (h, chart, "budget-forecast", width, height, g_strstrip (desc->str));
  budget_defs (h, id);

  /* Legend. */
  html_raw (h, "<g class=\"legend\">");
  x = plot_x;
  for (guint s = 0; s < n_series; s++)
    {
      const char *name = styr_report_chart_get_series_name (chart, s);
      g_autofree char *fill = budget_fill (id, s);

      html_raw (h, "<rect");
      html_coord_attr (h, "x", x);
      html_coord_attr (h, "y", 10);
      html_printf (h, " width=\"14\" height=\"12\" fill=\"%s\" stroke=\"#1a1a1a\" stroke-width=\"0.5\"/>", fill);
      svg_text (h, name, x + 19, 20, NULL);
      x += legend_advance (name);
    }
  html_raw (h, "</g>\n");

  /* Grid and axis. */
  html_raw (h, "<g class=\"axis\">");
  for (guint k = 0; k <= axis_steps (lo, hi, step); k++)
    {
      double tick = lo + k * step;
      double tx = plot_x + (tick - lo) * scale;
      g_autofree char *label = _styr_report_format_number (tick, decimals);

      html_raw (h, "<line");
      html_coord_attr (h, "x1", tx);
      html_coord_attr (h, "x2", tx);
      html_coord_attr (h, "y1", top - 4);
      html_coord_attr (h, "y2", height - 22);
      html_raw (h, " stroke=\"#d0d0d0\" stroke-width=\"1\"/>");
      svg_text (h, label, tx, height - 8, " text-anchor=\"middle\" font-size=\"11\"");
    }
  if (unit != NULL && *unit != '\0')
    svg_text (h, unit, label_width, height - 8, " text-anchor=\"end\" font-size=\"11\"");
  html_raw (h, "</g>\n");

  y = top;
  for (guint i = 0; i < n_categories; i++)
    {
      GPtrArray *lines = g_ptr_array_index (all_lines, i);
      const char *category = styr_report_chart_get_category_label (chart, i);
      double bars = n_series * (bar_height + bar_gap) - bar_gap;
      double group = MAX (bars, lines->len * line_height);
      double by = y + (group - bars) / 2;

      svg_text_lines (h, lines, label_width,
                      y + (group - lines->len * line_height) / 2 + 11,
                      line_height, " text-anchor=\"end\" class=\"category\"");

      html_raw (h, "<g class=\"bars\">");
      for (guint s = 0; s < n_series; s++)
        {
          const char *name = styr_report_chart_get_series_name (chart, s);
          g_autofree char *fill = budget_fill (id, s);
          g_autofree char *text = NULL;
          g_autofree char *tip = NULL;
          double value, end_x;

          if (chart_value (chart, s, i, &value))
            {
              end_x = plot_x + (value - lo) * scale;
              text = format_value (value, 0, unit);
              tip = g_strdup_printf ("%s – %s: %s", category, name, text);

              html_raw (h, "<rect");
              html_coord_attr (h, "x", MIN (zero_x, end_x));
              html_coord_attr (h, "y", by);
              html_coord_attr (h, "width", MAX (fabs (end_x - zero_x), 0.5));
              html_coord_attr (h, "height", bar_height);
              html_printf (h, " fill=\"%s\" stroke=\"#1a1a1a\" stroke-width=\"0.5\"><title>", fill);
              html_text (h, tip);
              html_raw (h, "</title></rect>");
              svg_text (h, text, MAX (zero_x, end_x) + 4, by + bar_height - 2.5, " font-size=\"11\"");
            }
          by += bar_height + bar_gap;
        }
      html_raw (h, "</g>\n");
      y += group + group_gap;
    }

  /* The zero line over the bars. */
  html_raw (h, "<line");
  html_coord_attr (h, "x1", zero_x);
  html_coord_attr (h, "x2", zero_x);
  html_coord_attr (h, "y1", top - 4);
  html_coord_attr (h, "y2", height - 22);
  html_raw (h, " stroke=\"#1a1a1a\" stroke-width=\"1\"/>\n");

  chart_close (h);
}

/* An indicator's values over the periods against its target: the
 * outcome as a solid line with round markers and values, the target as a
 * dashed line; a missing value breaks the line. */
static void
write_indicator_trend (Html            *h,
                       StyrReportChart *chart)
{
  guint n_categories = styr_report_chart_get_n_categories (chart);
  guint n_series = styr_report_chart_get_n_series (chart);
  const char *unit = styr_report_chart_get_unit (chart);
  const double width = TREND_CHART_WIDTH;
  const double plot_left = 52, plot_right = width - 14, plot_top = 34;
  g_autoptr(GString) desc = g_string_new (NULL);
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE, step, plot_bottom, height, x_step;
  gboolean any_value = FALSE, rotate;
  int decimals;
  double x;

  for (guint s = 0; s < n_series; s++)
    {
      gboolean any = FALSE;

      g_string_append (desc, styr_report_chart_get_series_name (chart, s));
      g_string_append (desc, ": ");
      for (guint i = 0; i < n_categories; i++)
        {
          double value;
          g_autofree char *text = NULL;

          if (!chart_value (chart, s, i, &value))
            continue;
          lo = MIN (lo, value);
          hi = MAX (hi, value);
          any_value = TRUE;
          text = format_value (value, -1, unit);
          if (any)
            g_string_append (desc, ", ");
          g_string_append (desc, styr_report_chart_get_category_label (chart, i));
          g_string_append_c (desc, ' ');
          g_string_append (desc, text);
          any = TRUE;
        }
      if (!any)
        g_string_append (desc, _("inga värden"));
      g_string_append (desc, ". ");
    }
  if (!any_value)
    lo = 0, hi = 1;
  /* Start at zero when all values are positive and not far from it, so
   * that the picture does not exaggerate small changes. */
  if (lo > 0 && lo < hi * 0.6)
    lo = 0;

  step = nice_step (&lo, &hi, 4);
  decimals = step_decimals (step);

  x_step = n_categories > 0 ? (plot_right - plot_left) / n_categories : 1;
  rotate = x_step < 52;
  height = TREND_CHART_HEIGHT + (rotate ? 22 : 0);
  plot_bottom = height - (rotate ? 56 : 34);

  chart_open (h, chart, "indicator-trend", width, height, g_strstrip (desc->str));

#define Y_OF(v) (plot_bottom - ((v) - lo) * (plot_bottom - plot_top) / (hi - lo))
#define X_OF(i) (plot_left + ((i) + 0.5) * x_step)

  /* Legend: line samples that differ in dash and marker. */
  html_raw (h, "<g class=\"legend\">");
  x = plot_left;
  for (guint s = 0; s < n_series; s++)
    {
      const char *name = styr_report_chart_get_series_name (chart, s);
      gboolean target = styr_report_chart_get_series_is_target (chart, s);
      gboolean any = FALSE;

      /* A series with nothing to draw gets no legend entry (the text
       * alternative says it has no values). */
      for (guint i = 0; i < n_categories && !any; i++)
        any = chart_value (chart, s, i, NULL);
      if (!any)
        continue;

      html_raw (h, "<line");
      html_coord_attr (h, "x1", x);
      html_coord_attr (h, "x2", x + 22);
      html_coord_attr (h, "y1", 14);
      html_coord_attr (h, "y2", 14);
      if (target)
        html_raw (h, " stroke=\"#b2182b\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>");
      else
        {
          html_raw (h, " stroke=\"#1f4e79\" stroke-width=\"2\"/><circle");
          html_coord_attr (h, "cx", x + 11);
          html_coord_attr (h, "cy", 14);
          html_raw (h, " r=\"3.5\" fill=\"#1f4e79\"/>");
        }
      svg_text (h, name, x + 27, 18, NULL);
      x += legend_advance (name) + 6;
    }
  html_raw (h, "</g>\n");

  /* Axes and grid. */
  html_raw (h, "<g class=\"axis\" font-size=\"11\">");
  for (guint k = 0; k <= axis_steps (lo, hi, step); k++)
    {
      double tick = lo + k * step;
      double ty = Y_OF (tick);
      g_autofree char *label = _styr_report_format_number (tick, decimals);

      html_raw (h, "<line");
      html_coord_attr (h, "x1", plot_left);
      html_coord_attr (h, "x2", plot_right);
      html_coord_attr (h, "y1", ty);
      html_coord_attr (h, "y2", ty);
      html_raw (h, " stroke=\"#d9d9d9\" stroke-width=\"1\"/>");
      svg_text (h, label, plot_left - 5, ty + 4, " text-anchor=\"end\"");
    }
  if (unit != NULL && *unit != '\0')
    svg_text (h, unit, 4, plot_top - 8, NULL);
  for (guint i = 0; i < n_categories; i++)
    {
      const char *label = styr_report_chart_get_category_label (chart, i);

      if (rotate)
        {
          g_autoptr(GString) attrs = g_string_new (" text-anchor=\"end\" transform=\"rotate(-45 ");

          append_coord (attrs, X_OF (i));
          g_string_append_c (attrs, ' ');
          append_coord (attrs, plot_bottom + 14);
          g_string_append (attrs, ")\"");
          svg_text (h, label, X_OF (i), plot_bottom + 14, attrs->str);
        }
      else
        svg_text (h, label, X_OF (i), plot_bottom + 16, " text-anchor=\"middle\"");
    }
  html_raw (h, "<line");
  html_coord_attr (h, "x1", plot_left);
  html_coord_attr (h, "x2", plot_right);
  html_coord_attr (h, "y1", plot_bottom);
  html_coord_attr (h, "y2", plot_bottom);
  html_raw (h, " stroke=\"#1a1a1a\" stroke-width=\"1\"/></g>\n");

  /* Target lines first, so that the outcome is drawn over them. */
  for (int pass = 0; pass < 2; pass++)
    for (guint s = 0; s < n_series; s++)
      {
        gboolean target = styr_report_chart_get_series_is_target (chart, s);
        const char *name = styr_report_chart_get_series_name (chart, s);
        gboolean open = FALSE;
        guint n_points = 0, only = 0;

        if (target != (pass == 0))
          continue;

        html_raw (h, target ? "<g class=\"target\">" : "<g class=\"series\">");
        for (guint i = 0; i < n_categories; i++)
          {
            double value;

            if (!chart_value (chart, s, i, &value))
              {
                if (open)
                  html_raw (h, "\"/>");
                open = FALSE;
                continue;
              }
            n_points++;
            only = i;
            if (!open)
              {
                html_raw (h, target ? "<polyline fill=\"none\" stroke=\"#b2182b\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\""
                                    : "<polyline fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"2.5\" points=\"");
                open = TRUE;
              }
            else
              html_raw (h, " ");
            html_coord (h, X_OF (i));
            html_raw (h, ",");
            html_coord (h, Y_OF (value));
          }
        if (open)
          html_raw (h, "\"/>");

        /* A target given for one period only is drawn across the plot. */
        if (target && n_points == 1)
          {
            double value = 0;

            chart_value (chart, s, only, &value);
            html_raw (h, "<line");
            html_coord_attr (h, "x1", plot_left);
            html_coord_attr (h, "x2", plot_right);
            html_coord_attr (h, "y1", Y_OF (value));
            html_coord_attr (h, "y2", Y_OF (value));
            html_raw (h, " stroke=\"#b2182b\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
          }

        /* Markers with a tooltip, and the outcome's values. */
        for (guint i = 0; i < n_categories; i++)
          {
            double value;
            g_autofree char *text = NULL;
            g_autofree char *tip = NULL;

            if (!chart_value (chart, s, i, &value))
              continue;
            text = format_value (value, -1, unit);
            tip = g_strconcat (name, " ", styr_report_chart_get_category_label (chart, i),
                               ": ", text, NULL);
            if (target)
              {
                html_raw (h, "<rect");
                html_coord_attr (h, "x", X_OF (i) - 3);
                html_coord_attr (h, "y", Y_OF (value) - 3);
                html_raw (h, " width=\"6\" height=\"6\" fill=\"#ffffff\" stroke=\"#b2182b\" stroke-width=\"1.5\"><title>");
                html_text (h, tip);
                html_raw (h, "</title></rect>");
              }
            else
              {
                g_autofree char *label = _styr_report_format_number (value, -1);

                html_raw (h, "<circle");
                html_coord_attr (h, "cx", X_OF (i));
                html_coord_attr (h, "cy", Y_OF (value));
                html_raw (h, " r=\"4\" fill=\"#1f4e79\" stroke=\"#ffffff\" stroke-width=\"1\"><title>");
                html_text (h, tip);
                html_raw (h, "</title></circle>");
                svg_text (h, label, X_OF (i), Y_OF (value) - 8,
                          " text-anchor=\"middle\" font-size=\"11\" class=\"value\"");
              }
          }
        html_raw (h, "</g>\n");
      }

#undef Y_OF
#undef X_OF

  chart_close (h);
}

static void
write_chart (Html            *h,
             StyrReportChart *chart)
{
  switch (styr_report_chart_get_chart_kind (chart))
    {
    case STYR_REPORT_CHART_KIND_STATUS_LIGHTS:
      write_status_lights (h, chart);
      break;
    case STYR_REPORT_CHART_KIND_DISTRIBUTION:
      write_distribution (h, chart);
      break;
    case STYR_REPORT_CHART_KIND_BUDGET_FORECAST:
      write_budget_forecast (h, chart);
      break;
    case STYR_REPORT_CHART_KIND_INDICATOR_TREND:
    default:
      write_indicator_trend (h, chart);
      break;
    }
}


/* ------------------------------------------------------------------ */
/* Goal entries                                                        */
/* ------------------------------------------------------------------ */

static void
write_status_item (Html           *h,
                   const char     *term,
                   StyrScaleLevel *level,
                   const char     *text,
                   const char     *extra)
{
  html_raw (h, "<div><dt>");
  html_text (h, term);
  html_raw (h, "</dt><dd>");
  html_status (h, level, text);
  if (extra != NULL && *extra != '\0')
    {
      html_raw (h, " <span class=\"source\">(");
      html_text (h, extra);
      html_raw (h, ")</span>");
    }
  html_raw (h, "</dd></div>\n");
}

static void
write_goal_text (Html       *h,
                 guint       level,
                 const char *title,
                 const char *text,
                 const char *class)
{
  if (text == NULL || *text == '\0')
    return;

  html_printf (h, "<div class=\"%s\">\n", class);
  if (level <= 6)
    html_printf (h, "<h%u>", level);
  else
    html_raw (h, "<p class=\"label\"><strong>");
  html_text (h, title);
  if (level <= 6)
    html_printf (h, "</h%u>\n", level);
  else
    html_raw (h, "</strong></p>\n");
  html_paragraphs (h, text, NULL, NULL);
  html_raw (h, "</div>\n");
}

static void
write_goal (Html           *h,
            StyrReportGoal *entry)
{
  StyrGoal *goal = styr_report_goal_get_goal (entry);
  guint depth = styr_report_goal_get_depth (entry);
  guint level = MIN (h->heading_base + 1 + depth, 6);
  const char *title = styr_report_goal_get_title (entry);
  const char *owner = styr_report_goal_get_owner_text (entry);
  const char *parents = styr_report_goal_get_parents_text (entry);
  const char *distribution = styr_report_goal_get_distribution_text (entry);
  StyrReportTable *indicators = styr_report_goal_get_indicator_table (entry);
  StyrReportTable *activities = styr_report_goal_get_activity_table (entry);
  GListModel *notes = styr_report_goal_get_notes (entry);
  GListModel *charts = styr_report_goal_get_charts (entry);
  StyrScaleLevel *shown = styr_report_goal_get_level (entry);
  StyrScaleLevel *prognosis = styr_report_goal_get_prognosis (entry);
  const char *id = html_unique_id (h, "mal-", styr_entity_get_id (STYR_ENTITY (goal)));
  const char *state;
  guint n;

  state = styr_report_goal_get_met (entry) ? "met"
          : styr_report_goal_get_unmet (entry) ? "unmet" : "not-assessed";

  html_printf (h, "<article class=\"goal depth-%u %s\" id=\"%s\" aria-labelledby=\"%s_rubrik\" data-goal=\"",
               MIN (depth, 9), state, id, id);
  html_text (h, styr_entity_get_id (STYR_ENTITY (goal)));
  html_printf (h, "\">\n<h%u id=\"%s_rubrik\" class=\"goal-title\">", level, id);
  html_text (h, title);
  html_printf (h, "</h%u>\n", level);

  if ((owner != NULL && *owner != '\0') || (parents != NULL && *parents != '\0'))
    {
      html_raw (h, "<p class=\"goal-meta\">");
      if (owner != NULL && *owner != '\0')
        {
          html_raw (h, "<span class=\"owner\">");
          html_text (h, _("Ansvarig:"));
          html_raw (h, " ");
          html_text (h, owner);
          html_raw (h, "</span>");
        }
      if (parents != NULL && *parents != '\0')
        {
          if (owner != NULL && *owner != '\0')
            html_raw (h, "<span class=\"sep\" aria-hidden=\"true\"> · </span>");
          html_raw (h, "<span class=\"parents\">");
          html_text (h, parents);
          html_raw (h, "</span>");
        }
      html_raw (h, "</p>\n");
    }

  html_raw (h, "<dl class=\"goal-status\">\n");
  write_status_item (h, _("Måluppfyllelse"), shown,
                     styr_report_goal_get_level_text (entry),
                     styr_report_goal_get_level_source_text (entry));
  if (styr_report_goal_get_differs (entry))
    write_status_item (h, _("Beräknad nivå"),
                       styr_report_goal_get_proposed_level (entry), NULL, NULL);
  if (prognosis != NULL)
    write_status_item (h, _("Prognos för helåret"), prognosis, NULL, NULL);
  html_raw (h, "<div><dt>");
  html_text (h, _("Trend"));
  html_raw (h, "</dt><dd class=\"trend\">");
  html_text (h, styr_report_goal_get_trend_text (entry));
  html_raw (h, "</dd></div>\n</dl>\n");

  if (distribution != NULL && *distribution != '\0')
    html_paragraphs (h, distribution, " class=\"distribution\"", NULL);

  n = g_list_model_get_n_items (notes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrReportParagraph) note = g_list_model_get_item (notes, i);

      write_paragraph (h, note);
    }

  if (styr_report_table_get_n_rows (indicators) > 0)
    write_table (h, indicators);
  else
    {
      html_raw (h, "<p class=\"no-indicators\">");
      html_text (h, _("Målet har inga indikatorer."));
      html_raw (h, "</p>\n");
    }

  n = g_list_model_get_n_items (charts);
  if (n > 0)
    {
      html_raw (h, "<div class=\"trends\">\n");
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(StyrReportChart) chart = g_list_model_get_item (charts, i);

          write_chart (h, chart);
        }
      html_raw (h, "</div>\n");
    }

  write_goal_text (h, level + 1, _("Analys"), styr_report_goal_get_analysis (entry), "analysis");
  write_goal_text (h, level + 1, _("Åtgärder"), styr_report_goal_get_measures (entry), "measures");

  if (activities != NULL)
    write_table (h, activities);

  html_raw (h, "</article>\n");
  html_flush (h, FALSE);
}


/* ------------------------------------------------------------------ */
/* The page                                                            */
/* ------------------------------------------------------------------ */

static const char style_sheet[] =
  ":root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #c8c8c8;"
  " --band: #f3f5f7; --accent: #1f4e79; --warn: #8a1c1c; --warn-bg: #fdf0ef;"
  " --note-bg: #eef4fa; }\n"
  "* { box-sizing: border-box; }\n"
  "html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
  "body { margin: 0 auto; max-width: 60rem; padding: 1.5rem 2rem 3rem;"
  " font-family: system-ui, 'DejaVu Sans', 'Segoe UI', Arial, sans-serif;"
  " font-size: 1rem; line-height: 1.45; color: var(--ink); background: #fff; }\n"
  "h1, h2, h3, h4, h5, h6 { line-height: 1.2; margin: 1.4em 0 0.5em; }\n"
  "h1 { font-size: 2rem; margin-top: 0.5em; color: var(--accent); }\n"
  "h2 { font-size: 1.55rem; border-bottom: 2px solid var(--accent); padding-bottom: 0.2em; }\n"
  "h3 { font-size: 1.25rem; }\n"
  "h4 { font-size: 1.1rem; }\n"
  "h5, h6 { font-size: 1rem; }\n"
  "a { color: var(--accent); }\n"
  "header.report-head { border-bottom: 4px solid var(--accent); margin-bottom: 1rem; }\n"
  "header.report-head .subtitle { font-size: 1.2rem; margin: 0 0 0.3em; }\n"
  "header.report-head .period { color: var(--muted); margin: 0 0 1em; }\n"
  "nav.toc ol { padding-left: 1.6em; }\n"
  "nav.toc li { margin: 0.15em 0; }\n"
  "section.report-section { margin-top: 2rem; }\n"
  ".table-wrap { overflow-x: auto; margin: 0.8rem 0 1.2rem; }\n"
  "table.report-table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }\n"
  "table.report-table caption { text-align: left; font-weight: 600; padding: 0.3em 0; caption-side: top; }\n"
  "table.report-table th, table.report-table td { padding: 0.3em 0.5em; border-bottom: 1px solid var(--rule);"
  " vertical-align: top; text-align: left; }\n"
  "table.report-table thead th { background: var(--band); border-bottom: 2px solid var(--ink); vertical-align: bottom; }\n"
  "table.report-table tbody th { font-weight: normal; }\n"
  "table.report-table .num { text-align: right; font-variant-numeric: tabular-nums; }\n"
  "table.report-table td.num, table.report-table td.date, table.report-table td.level { white-space: nowrap; }\n"

  "table.report-table tr.total th, table.report-table tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }\n"
  ".status { white-space: nowrap; }\n"
  ".status svg.shape { vertical-align: -0.12em; }\n"
  "article.goal { margin: 1.2rem 0 1.6rem; padding: 0.6rem 1rem 0.4rem; border-left: 5px solid var(--rule);"
  " background: #fcfcfc; }\n"
  "article.goal.met { border-left-color: #1b7837; }\n"
  "article.goal.unmet { border-left-color: #c55a11; }\n"
  "article.goal.depth-1 { margin-left: 1.5rem; }\n"
  "article.goal.depth-2 { margin-left: 3rem; }\n"
  "article.goal .goal-title { margin-top: 0.3em; }\n"
  ".goal-meta { color: var(--muted); margin: 0.2em 0 0.6em; }\n"
  "dl.goal-status { display: flex; flex-wrap: wrap; gap: 0.3rem 2rem; margin: 0.4rem 0 0.8rem; }\n"
  "dl.goal-status div { min-width: 10rem; }\n"
  "dl.goal-status dt { font-size: 0.8rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.03em; }\n"
  "dl.goal-status dd { margin: 0; font-weight: 600; }\n"
  ".status .source { font-weight: normal; color: var(--muted); }\n"
  ".callout { border-left: 5px solid var(--accent); background: var(--note-bg); padding: 0.4rem 0.8rem; margin: 0.8rem 0; }\n"
  ".callout p { margin: 0.3em 0; }\n"
  ".callout.warning { border-left-color: var(--warn); background: var(--warn-bg); }\n"
  ".callout.warning .marker { color: var(--warn); }\n"
  "figure.chart { margin: 1rem 0 1.4rem; }\n"
  "figure.chart figcaption { font-weight: 600; margin-bottom: 0.4rem; }\n"
  "svg.chart-svg { max-width: 100%; height: auto; display: block; }\n"
  "svg.chart-svg text { fill: var(--ink); }\n"
  ".trends { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }\n"
  ".trends figure.chart { flex: 0 1 360px; }\n"
  "ul.lights { list-style: none; padding: 0; margin: 0; columns: 2 22rem; column-gap: 2rem; }\n"
  "ul.lights li { break-inside: avoid; margin: 0 0 0.45em; display: grid; grid-template-columns: 1.3em 1fr;"
  " align-items: start; }\n"
  "ul.lights li svg.shape { margin-top: 0.2em; }\n"
  "ul.lights .light-level { display: block; font-size: 0.85rem; color: var(--muted); }\n"
  "footer.report-foot { margin-top: 3rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.85rem; }\n"
  "@page { size: A4; margin: 18mm 15mm 20mm; }\n"
  "@media print {\n"
  "  body { max-width: none; padding: 0; font-size: 10.5pt; }\n"
  "  a { color: inherit; text-decoration: none; }\n"
  "  nav.toc { break-after: page; }\n"
  "  section.board { break-before: page; }\n"
  "  h2, h3, h4, h5, h6 { break-after: avoid; }\n"
  "  figure.chart, .callout, dl.goal-status, tr { break-inside: avoid; }\n"
  "  article.goal { background: none; }\n"
  "  table.report-table { font-size: 8.5pt; }\n"
  "  table.report-table th, table.report-table td { padding: 0.2em 0.3em; }\n"
  "  thead { display: table-header-group; }\n"
  "  .table-wrap { overflow: visible; }\n"
  "}\n";

static void
write_block (Html            *h,
             StyrReportBlock *block)
{
  switch (styr_report_block_get_kind (block))
    {
    case STYR_REPORT_BLOCK_KIND_HEADING:
      write_heading (h, STYR_REPORT_HEADING (block));
      break;
    case STYR_REPORT_BLOCK_KIND_PARAGRAPH:
      write_paragraph (h, STYR_REPORT_PARAGRAPH (block));
      break;
    case STYR_REPORT_BLOCK_KIND_TABLE:
      write_table (h, STYR_REPORT_TABLE (block));
      break;
    case STYR_REPORT_BLOCK_KIND_GOAL:
      write_goal (h, STYR_REPORT_GOAL (block));
      break;
    case STYR_REPORT_BLOCK_KIND_CHART:
      write_chart (h, STYR_REPORT_CHART (block));
      break;
    default:
      break;
    }
  html_flush (h, FALSE);
}

static const char *
section_class (StyrReportSectionKind kind)
{
  switch (kind)
    {
    case STYR_REPORT_SECTION_KIND_SUMMARY:           return "summary";
    case STYR_REPORT_SECTION_KIND_GOOD_ECONOMY:      return "good-economy";
    case STYR_REPORT_SECTION_KIND_STEERING_MODEL:    return "steering-model";
    case STYR_REPORT_SECTION_KIND_COUNCIL_GOALS:     return "council-goals";
    case STYR_REPORT_SECTION_KIND_BOARD:             return "board";
    case STYR_REPORT_SECTION_KIND_ECONOMIC_ANALYSIS: return "economic-analysis";
    case STYR_REPORT_SECTION_KIND_OPERATING:         return "operating";
    case STYR_REPORT_SECTION_KIND_INVESTMENTS:       return "investments";
    case STYR_REPORT_SECTION_KIND_COMPANIES:         return "companies";
    case STYR_REPORT_SECTION_KIND_ACTIVITIES:        return "activities";
    default:                                         return "other";
    }
}

static void
write_section (Html              *h,
               StyrReportSection *section)
{
  GListModel *blocks = styr_report_section_get_blocks (section);
  const char *id = g_hash_table_lookup (h->section_ids, section);
  guint n = g_list_model_get_n_items (blocks);

  html_printf (h, "<section class=\"report-section %s\" id=\"%s\" aria-labelledby=\"%s_rubrik\">\n",
               section_class (styr_report_section_get_kind (section)), id, id);
  html_printf (h, "<h2 id=\"%s_rubrik\">", id);
  html_text (h, styr_report_section_get_title (section));
  html_raw (h, "</h2>\n");
  h->heading_base = 2;

  for (guint i = 0; i < n && h->error == NULL; i++)
    {
      g_autoptr(StyrReportBlock) block = g_list_model_get_item (blocks, i);

      write_block (h, block);
      if (g_cancellable_set_error_if_cancelled (h->cancellable, &h->error))
        break;
    }

  html_raw (h, "</section>\n");
}

static void
write_page (Html *h)
{
  StyrReport *report = h->report;
  GListModel *sections = styr_report_get_sections (report);
  guint n = g_list_model_get_n_items (sections);
  const char *title = styr_report_get_title (report);
  const char *subtitle = styr_report_get_subtitle (report);
  g_autoptr(GDate) end = styr_period_get_end_date (styr_report_get_period (report));

  html_raw (h, "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\"/>\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
               "<meta name=\"generator\" content=\"libstyr " STYR_VERSION_S "\"/>\n<title>");
  html_text (h, title);
  if (subtitle != NULL && *subtitle != '\0')
    {
      html_raw (h, " – ");
      html_text (h, subtitle);
    }
  html_raw (h, "</title>\n<style>\n");
  html_raw (h, style_sheet);
  html_raw (h, "</style>\n</head>\n<body>\n");

  /* Title. */
  html_raw (h, "<header class=\"report-head\">\n<h1>");
  html_text (h, title);
  html_raw (h, "</h1>\n");
  if (subtitle != NULL && *subtitle != '\0')
    {
      html_raw (h, "<p class=\"subtitle\">");
      html_text (h, subtitle);
      html_raw (h, "</p>\n");
    }
  if (end != NULL && g_date_valid (end))
    {
      g_autofree char *iso = g_strdup_printf ("%04u-%02u-%02u",
                                              (guint) g_date_get_year (end),
                                              (guint) g_date_get_month (end),
                                              (guint) g_date_get_day (end));
      /* TRANSLATORS: %s is the last day of the period, 2025-08-31. */
      g_autofree char *text = g_strdup_printf (_("Uppgifterna avser perioden till och med %s."), iso);

      html_raw (h, "<p class=\"period\">");
      html_text (h, text);
      html_raw (h, "</p>\n");
    }
  html_raw (h, "</header>\n");

  /* Section ids come first, so that nothing else takes them. */
  html_reserve_id (h, "innehall");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrReportSection) section = g_list_model_get_item (sections, i);
      const char *id = html_unique_id (h, "", styr_report_section_get_id (section));

      g_hash_table_insert (h->section_ids, section, (gpointer) id);
    }

  /* Table of contents. */
  html_raw (h, "<nav class=\"toc\" aria-labelledby=\"innehall\">\n<h2 id=\"innehall\">");
  html_text (h, _("Innehåll"));
  html_raw (h, "</h2>\n<ol>\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrReportSection) section = g_list_model_get_item (sections, i);

      html_printf (h, "<li><a href=\"#%s\">",
                   (const char *) g_hash_table_lookup (h->section_ids, section));
      html_text (h, styr_report_section_get_title (section));
      html_raw (h, "</a></li>\n");
    }
  html_raw (h, "</ol>\n</nav>\n<main>\n");
  html_flush (h, FALSE);

  for (guint i = 0; i < n && h->error == NULL; i++)
    {
      g_autoptr(StyrReportSection) section = g_list_model_get_item (sections, i);

      write_section (h, section);
    }

  html_raw (h, "</main>\n<footer class=\"report-foot\"><p>");
  html_text (h, _("Framtagen med libstyr."));
  html_raw (h, "</p></footer>\n</body>\n</html>\n");
}

static void
html_init (Html          *h,
           StyrReport    *report,
           GOutputStream *out,
           GCancellable  *cancellable)
{
  StyrScale *scale = styr_model_get_scale (styr_report_get_model (report));
  const char *not_assessed = scale != NULL ? styr_scale_get_not_assessed_label (scale) : NULL;

  memset (h, 0, sizeof *h);
  h->report = report;
  h->buf = g_string_sized_new (out != NULL ? HTML_CHUNK + 4096 : 4096);
  h->out = out;
  h->cancellable = cancellable;
  h->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* The report's list model holds the sections for as long as @h lives. */
  h->section_ids = g_hash_table_new (NULL, NULL);
  h->not_assessed = not_assessed != NULL && *not_assessed != '\0' ? not_assessed : _("Ej bedömd");
  h->heading_base = 2;
}

static void
html_clear (Html *h)
{
  g_string_free (h->buf, TRUE);
  g_hash_table_unref (h->section_ids);
  g_hash_table_unref (h->ids);
}

/* Writes the whole page to @out; the first error in @error. */
static gboolean
write_html (StyrReport     *self,
            GOutputStream  *out,
            GCancellable   *cancellable,
            GError        **error)
{
  Html h;

  html_init (&h, self, out, cancellable);
  if (!g_cancellable_set_error_if_cancelled (cancellable, &h.error))
    write_page (&h);
  html_flush (&h, TRUE);
  html_clear (&h);

  if (h.error != NULL)
    {
      g_propagate_error (error, h.error);
      return FALSE;
    }
  return TRUE;
}

gboolean
styr_report_write_html (StyrReport     *self,
                        GOutputStream  *stream,
                        GCancellable   *cancellable,
                        GError        **error)
{
  g_return_val_if_fail (STYR_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _styr_init_i18n ();
  return write_html (self, stream, cancellable, error);
}

static gboolean
write_html_stream (GOutputStream  *out,
                   gpointer        self,
                   GError        **error)
{
  return write_html (self, out, NULL, error);
}

gboolean
styr_report_write_html_to_path (StyrReport  *self,
                                const char  *path,
                                GError     **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (STYR_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _styr_init_i18n ();
  file = g_file_new_for_path (path);
  if (!_styr_report_replace_file (file, write_html_stream, self, error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_prefix_error (error, _("Kunde inte skriva %s: "), name);
      return FALSE;
    }

  return TRUE;
}
