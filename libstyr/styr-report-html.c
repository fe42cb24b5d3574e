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
 * the picture shows; bars carry `<title>` tooltips, a trend's outcome
 * has its values as text beside its points (and in the `<desc>`), and a
 * trend's target has one tooltip with its values, a run of periods at
 * the same value said once; the series of the budget chart differ
 * in pattern as well as colour, and the target line of a trend is
 * dashed.
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


/* The page goes to the stream in chunks of about this size. */
#define HTML_CHUNK (64 * 1024)

/* At most this many chunks (4 MiB) are under way to the writer thread;
 * the page waits for one to come back when all are. They must hold
 * more than the page makes while the writer grows a memory stream by
 * HTML_GROW_STEP (below), or the two threads take turns instead of
 * working at once: with 8 chunks and larger steps, writing the page of
 * the large profile took half as long again. */
#define HTML_MAX_CHUNKS 64

/* A memory stream is grown (sink_grow()) by doubling up to this size,
 * and then by this much at a time. */
#define HTML_GROW_STEP (2 * 1024 * 1024)

/* U+FFFD REPLACEMENT CHARACTER, for what the page cannot hold. */
#define REPLACEMENT_CHARACTER "\xef\xbf\xbd"

#define SVG_NS "http://www.w3.org/2000/svg"

/* Charts: the width of the wide charts and of the small indicator
 * trends, in CSS pixels (the SVG scales down with the page). */
#define WIDE_CHART_WIDTH   760.0
#define TREND_CHART_WIDTH  360.0
#define TREND_CHART_HEIGHT 230.0

/* Where the page goes (sink_write()). A resizable memory stream (the
 * usual way to have a page in memory) grows to the next power of two
 * whenever a write does not fit, and zero-fills what it grows by, so
 * that every page of memory is faulted in before the page is copied
 * there: for a municipality's page of over 100 MB, faulting in 128 MiB
 * 4 KiB at a time was most of the time of writing, and up to half of
 * it memory never used. The sink grows such a stream itself, 2 MiB at
 * a time (sink_grow()), and truncates it to the page's end at the end
 * (sink_finish()). Any other stream is written as it is.
 *
 * A memory stream or a file's stream (which GIO implements, and which
 * may be written from another thread) is written by a thread of its own
 * while the page is being made: the chunks go over a queue
 * (sink_hand_over()), so that copying the page into the stream — for a
 * memory stream, mostly the first touch of each page of memory — or
 * writing it to the file costs the time of the page's making and not
 * its own on top. A stream a language binding may implement is written
 * in the calling thread. */
typedef struct
{
  GOutputStream *out;
  GCancellable  *cancellable;
  GSeekable     *memory;       /* nullable: @out, a memory stream grown here */
  goffset        pos;          /* where the next byte goes */
  goffset        size;         /* the memory stream's size as grown */
  gboolean       grown;        /* whether sink_grow() grew it */

  /* The writer thread, if any. Until it is joined, the fields above
   * are its own. */
  GThread       *thread;
  GAsyncQueue   *full;         /* chunks (GString) to write, in order */
  GAsyncQueue   *free;         /* chunks written, to fill again */
  guint          n_chunks;     /* made so far */
  GError        *thread_error; /* its first error; then it writes no more */
  int            failed;       /* atomic: thread_error is set */
} HtmlSink;

typedef struct
{
  StyrReport    *report;
  GString       *buf;
  HtmlSink      *sink;
  GCancellable  *cancellable;
  GError        *error;        /* the first error; writing stops */

  GHashTable    *ids;          /* element ids in use (in id_texts) */
  GStringChunk  *id_texts;
  GHashTable    *id_numbers;   /* an id's stem → the next number to try */
  GHashTable    *section_ids;  /* StyrReportSection → its element id */
  const char    *not_assessed; /* the scale's label for "no level" */
  guint          heading_base; /* the HTML level of the last heading */
  GHashTable    *statuses;     /* StyrScaleLevel* (or h: none) → StatusMarkup */
  GPtrArray     *shared;       /* of SharedDef: SVG the charts share */
  GRegex        *paragraph_break;  /* nullable: made when first needed */
  char          *warning_marker;   /* the text marker of a warning */
  char          *note_marker;      /* … of a note */
  GString       *scratch;      /* for ids */
  GString       *desc;         /* for a trend chart's text alternative */
} Html;

/* A piece of SVG that charts share (html_share()): its markup and the
 * id of its definition. */
typedef struct
{
  gsize       len;
  char       *markup;
  const char *id;              /* belongs to Html.ids */
} SharedDef;

static void
shared_def_free (gpointer data)
{
  SharedDef *def = data;

  g_free (def->markup);
  g_free (def);
}

/* A status as written once (html_status()): the page shows the same few
 * levels tens of thousands of times. */
typedef struct
{
  char *label;
  char *markup;
} StatusMarkup;

static void
status_markup_free (gpointer data)
{
  StatusMarkup *status = data;

  g_free (status->label);
  g_free (status->markup);
  g_free (status);
}


/* ------------------------------------------------------------------ */
/* Output                                                              */
/* ------------------------------------------------------------------ */

static void
sink_init (HtmlSink      *sink,
           GOutputStream *out,
           GCancellable  *cancellable)
{
  memset (sink, 0, sizeof *sink);
  sink->out = out;
  sink->cancellable = cancellable;

  /* Only a memory stream written at its end: the page is appended, and
   * the stream truncated to its end at the end. */
  if (G_IS_MEMORY_OUTPUT_STREAM (out) && g_seekable_can_truncate (G_SEEKABLE (out)))
    {
      GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (out);

      sink->pos = g_seekable_tell (G_SEEKABLE (out));
      if ((gsize) sink->pos == g_memory_output_stream_get_data_size (memory))
        {
          sink->memory = G_SEEKABLE (out);
          sink->size = (goffset) g_memory_output_stream_get_size (memory);
        }
    }
}

/* Grows the memory stream to hold at least @size bytes. */
static void
sink_grow (HtmlSink *sink,
           goffset   size)
{
  if (sink->memory == NULL || size <= sink->size)
    return;

  /* Doubling up to 2 MiB, then 2 MiB at a time, in whole steps of 2 MiB
   * (a page short, for malloc's header). Growing a stream zero-fills
   * what it grows by, which for new memory is the first touch of every
   * page and most of the time of writing the page: in small steps, the
   * page is made while the writer thread grows the stream. A realloc()
   * of that size moves pages rather than copying them, so the number
   * of steps costs nothing measurable (1 GB in 2 MiB or 32 MiB steps
   * took the same time). */
  if (size < HTML_GROW_STEP - 4096)
    size = MIN (MAX (size, MAX (sink->size * 2, 64 * 1024)), HTML_GROW_STEP - 4096);
  else
    size = MAX (size, sink->size + HTML_GROW_STEP);
  if (size >= HTML_GROW_STEP - 4096)
    size = (size + 4096 + HTML_GROW_STEP - 1) / HTML_GROW_STEP * HTML_GROW_STEP - 4096;

  if (size < 0 || !g_seekable_truncate (sink->memory, size, NULL, NULL))
    {
      /* Then the stream grows as it does. */
      sink->memory = NULL;
      return;
    }
  sink->size = size;
  sink->grown = TRUE;
}

static gboolean
sink_write (HtmlSink    *sink,
            const char  *data,
            gsize        len,
            GError     **error)
{
  gsize written = 0;
  gboolean ok;

  sink_grow (sink, sink->pos + (goffset) len);
  ok = g_output_stream_write_all (sink->out, data, len, &written, sink->cancellable, error);
  sink->pos += (goffset) written;
  return ok;
}

/* Truncates a memory stream grown ahead to what was written. */
static void
sink_truncate (HtmlSink *sink)
{
  if (sink->memory != NULL && sink->grown && sink->size != sink->pos)
    g_seekable_truncate (sink->memory, sink->pos, NULL, NULL);
}

/* What ends the writer thread's queue. */
static GString sink_end;

static gpointer
sink_thread_run (gpointer data)
{
  HtmlSink *sink = data;
  GString *chunk;

  while ((chunk = g_async_queue_pop (sink->full)) != &sink_end)
    {
      if (sink->thread_error == NULL &&
          !sink_write (sink, chunk->str, chunk->len, &sink->thread_error))
        g_atomic_int_set (&sink->failed, 1);
      g_string_truncate (chunk, 0);
      g_async_queue_push (sink->free, chunk);
    }
  return NULL;
}

/* Starts the writer thread for a stream GIO implements; without it (any
 * other stream, or a thread that cannot start) the page is written in
 * the calling thread. */
static void
sink_start (HtmlSink *sink)
{
  GType type = G_OBJECT_TYPE (sink->out);

  if (type != G_TYPE_MEMORY_OUTPUT_STREAM && !G_IS_FILE_OUTPUT_STREAM (sink->out))
    return;

  sink->full = g_async_queue_new ();
  sink->free = g_async_queue_new ();
  sink->thread = g_thread_try_new ("styr-html", sink_thread_run, sink, NULL);
  if (sink->thread == NULL)
    {
      g_clear_pointer (&sink->full, g_async_queue_unref);
      g_clear_pointer (&sink->free, g_async_queue_unref);
    }
}

/* Sets @error to the writer thread's first error, if it has failed. */
static gboolean
sink_check (HtmlSink  *sink,
            GError   **error)
{
  if (sink->thread == NULL || !g_atomic_int_get (&sink->failed))
    return TRUE;
  /* Set before the flag, and not touched again by the thread. */
  g_set_error_literal (error, sink->thread_error->domain, sink->thread_error->code,
                       sink->thread_error->message);
  return FALSE;
}

/* Hands *@chunk to the writer thread and puts an empty one in its place. */
static gboolean
sink_hand_over (HtmlSink  *sink,
                GString  **chunk,
                GError   **error)
{
  GString *next;

  if (!sink_check (sink, error))
    return FALSE;

  g_async_queue_push (sink->full, *chunk);
  next = g_async_queue_try_pop (sink->free);
  if (next == NULL)
    {
      if (sink->n_chunks < HTML_MAX_CHUNKS)
        {
          next = g_string_sized_new (HTML_CHUNK + 4096);
          sink->n_chunks++;
        }
      else
        next = g_async_queue_pop (sink->free);
    }
  *chunk = next;
  return TRUE;
}

/* Waits for the writer thread to write what it has been given; then
 * truncates a memory stream grown ahead to what was written. */
static gboolean
sink_finish (HtmlSink  *sink,
             GError   **error)
{
  gboolean ok = TRUE;

  if (sink->thread != NULL)
    {
      GString *chunk;

      g_async_queue_push (sink->full, &sink_end);
      g_thread_join (g_steal_pointer (&sink->thread));
      while ((chunk = g_async_queue_try_pop (sink->free)) != NULL)
        g_string_free (chunk, TRUE);
      g_clear_pointer (&sink->full, g_async_queue_unref);
      g_clear_pointer (&sink->free, g_async_queue_unref);
      if (sink->thread_error != NULL)
        {
          if (error != NULL && *error == NULL)
            g_propagate_error (error, g_steal_pointer (&sink->thread_error));
          g_clear_error (&sink->thread_error);
          ok = FALSE;
        }
    }
  sink_truncate (sink);
  return ok;
}

/* Hands the buffer on to the stream: always when @force, else once it
 * holds a chunk. Does nothing after an error. */
static void
html_flush (Html     *h,
            gboolean  force)
{
  if (h->error != NULL)
    return;
  if (h->buf->len == 0 || (!force && h->buf->len < HTML_CHUNK))
    return;

  if (h->sink->thread != NULL)
    sink_hand_over (h->sink, &h->buf, &h->error);
  else if (sink_write (h->sink, h->buf->str, h->buf->len, &h->error))
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
/* The ASCII bytes that go into the page as they are: printable, and
 * not one of & < > " ' (tab and line feed are handled one by one). */
static const guint8 plain_ascii[128] = {
  ['\x20'] = 1, ['!'] = 1, ['#'] = 1, ['$'] = 1, ['%'] = 1, ['('] = 1, [')'] = 1,
  ['*'] = 1, ['+'] = 1, [','] = 1, ['-'] = 1, ['.'] = 1, ['/'] = 1,
  ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
  ['7'] = 1, ['8'] = 1, ['9'] = 1, [':'] = 1, [';'] = 1, ['='] = 1, ['?'] = 1,
  ['@'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
  ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1,
  ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
  ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['['] = 1,
  ['\\'] = 1, [']'] = 1, ['^'] = 1, ['_'] = 1, ['`'] = 1,
  ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
  ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
  ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1,
  ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1, ['{'] = 1, ['|'] = 1,
  ['}'] = 1, ['~'] = 1,
};

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

      /* A run of text that needs no reference goes in whole: printable
       * ASCII, and the two-byte UTF-8 characters above the C1 controls
       * (å, ä, ö, é …). */
      for (;;)
        {
          if (c < 0x80)
            {
              if (!plain_ascii[c])
                break;
              c = (guchar) *++p;
            }
          else if (c >= 0xc2 && c <= 0xdf &&
                   ((guchar) p[1] & 0xc0) == 0x80 &&
                   (c != 0xc2 || (guchar) p[1] >= 0xa0))
            {
              p += 2;
              c = (guchar) *p;
            }
          else
            break;
        }
      if (p > run)
        {
          buf_append_len (s, run, (gsize) (p - run));
          continue;
        }
      if (c == '\0')
        break;

      if (c < 0x80)
        {
          switch (c)
            {
            case '&': buf_append_len (s, "&amp;", 5); break;
            case '<': buf_append_len (s, "&lt;", 4); break;
            case '>': buf_append_len (s, "&gt;", 4); break;
            case '"': buf_append_len (s, "&quot;", 6); break;
            case '\'': buf_append_len (s, "&#39;", 5); break;
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
                buf_append_len (s, REPLACEMENT_CHARACTER, 3);
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
              buf_append_len (s, REPLACEMENT_CHARACTER, 3);
              p++;
              continue;
            }
          if ((u >= 0x80 && u <= 0x9f) || u == 0xfffe || u == 0xffff)
            buf_append_len (s, REPLACEMENT_CHARACTER, 3);
          else
            buf_append_len (s, p, (gsize) (g_utf8_next_char (p) - p));
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
      gboolean negative = t < 0;
      guint64 whole;
      char digits[24];
      char *end = digits + sizeof digits;
      char *d = end;

      if (negative)
        t = -t;
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
      if (negative)
        *--d = '-';
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

/* Appends `name="value"` (with a leading space) for a coordinate;
 * @name is a string literal. */
#define html_coord_attr(h, name, value) \
  G_STMT_START { \
    buf_append_len ((h)->buf, " " name "=\"", sizeof (name) + 2); \
    append_coord ((h)->buf, (value)); \
    buf_append_len ((h)->buf, "\"", 1); \
  } G_STMT_END


/* A whole number (a heading level, a depth, an id's number). */
static void
html_uint_to (GString *s,
              guint    n)
{
  char digits[16];
  char *end = digits + sizeof digits;
  char *d = end;

  do
    {
      *--d = (char) ('0' + n % 10);
      n /= 10;
    }
  while (n > 0);
  buf_append_len (s, d, (gsize) (end - d));
}

static inline void
html_uint (Html  *h,
           guint  n)
{
  html_uint_to (h->buf, n);
}

/* A number as the page shows it (_styr_report_format_number()). */
static inline void
html_number (Html   *h,
             double  value,
             int     decimals)
{
  _styr_report_append_number (h->buf, value, decimals);
}

/* A value as a chart shows it: Swedish digits, the unit after a
 * no-break space ("1 234 tkr", "85 %", "3"); the unit escaped. */
static void
html_value (Html       *h,
            double      value,
            int         decimals,
            const char *unit)
{
  html_number (h, value, decimals);
  if (unit != NULL && *unit != '\0')
    {
      buf_append_len (h->buf, "\u00a0", 2);
      html_text (h, unit);
    }
}

/* A number for a data attribute: C locale and the shortest text that
 * reads back as the same double (what g_ascii_dtostr() gives, often
 * shorter: "92.8" rather than "92.800000000000011"). */
static void
append_data_number (GString *s,
                    double   value)
{
  static const double scales[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6 };
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* A value that is the double nearest to n / 10^k for a small k: the
   * division of two exact doubles is rounded correctly, as strtod() is,
   * so the decimal n / 10^k reads back as @value. */
  if (isfinite (value) && fabs (value) < 1e9)
    for (guint k = 0; k < G_N_ELEMENTS (scales); k++)
      {
        double n = round (fabs (value) * scales[k]);

        if (n / scales[k] == fabs (value))
          {
            guint64 whole = (guint64) n;
            char digits[32];
            char *end = digits + sizeof digits;
            char *d = end;

            for (guint i = 0; i < k; i++)
              {
                *--d = (char) ('0' + whole % 10);
                whole /= 10;
              }
            if (k > 0)
              *--d = '.';
            do
              {
                *--d = (char) ('0' + whole % 10);
                whole /= 10;
              }
            while (whole > 0);
            if (value < 0)
              *--d = '-';
            buf_append_len (s, d, (gsize) (end - d));
            return;
          }
      }

  g_ascii_dtostr (buf, sizeof buf, value);
  g_string_append (s, buf);
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
  g_hash_table_add (h->ids, g_string_chunk_insert (h->id_texts, id));
}

/* A unique element id made from @prefix and @base: ASCII letters and
 * digits lower-cased, everything else a single '-', and a number added
 * when the id is taken. The string belongs to @h. */
static const char *
html_unique_id (Html       *h,
                const char *prefix,
                const char *base)
{
  GString *id = h->scratch;
  gboolean dash;
  gsize stem;
  char *stored;

  g_string_assign (id, prefix);
  dash = id->len > 0 && id->str[id->len - 1] == '-';

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
  if (g_hash_table_contains (h->ids, id->str))
    {
      /* The number goes on from the last one given to this stem: a
       * heading such as "Ekonomi" is in every nämnd's section, and
       * counting from 2 each time would make the page quadratic in the
       * number of nämnder. */
      gpointer next = g_hash_table_lookup (h->id_numbers, id->str);
      guint n = next != NULL ? GPOINTER_TO_UINT (next) : 2;
      g_autofree char *stem_text = g_strndup (id->str, stem);

      do
        {
          g_string_truncate (id, stem);
          g_string_append_c (id, '-');
          html_uint_to (id, n++);
        }
      while (g_hash_table_contains (h->ids, id->str));
      g_hash_table_replace (h->id_numbers, g_steal_pointer (&stem_text), GUINT_TO_POINTER (n));
    }

  stored = g_string_chunk_insert_len (h->id_texts, id->str, (gssize) id->len);
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
      /* The square as a path: shorter than a <rect> on every status. */
      html_raw (h, "<path d=\"M");
      html_coord (h, cx - r * 0.85);
      html_raw (h, " ");
      html_coord (h, cy - r * 0.85);
      html_raw (h, "h");
      html_coord (h, r * 1.7);
      html_raw (h, "v");
      html_coord (h, r * 1.7);
      html_raw (h, "h-");
      html_coord (h, r * 1.7);
      html_raw (h, "z\"");
      break;
    }

  /* The stroke is 1 wide, SVG's default. */
  html_raw (h, " fill=\"");
  html_raw (h, fill);
  html_raw (h, shape == STYR_REPORT_SHAPE_NONE ? "\" stroke=\"#595959\"" : "\" stroke=\"#1a1a1a\"");
  if (title != NULL)
    {
      html_raw (h, "><title>");
      html_text (h, title);
      html_raw (h, "</title></");
      html_raw (h, shape == STYR_REPORT_SHAPE_CIRCLE || shape == STYR_REPORT_SHAPE_NONE ? "circle" : "path");
      html_raw (h, ">");
    }
  else
    html_raw (h, "/>");
}

/* A status as the page shows it everywhere: the level's shape in its
 * colour, then the label as text. The shape is an inline SVG hidden from
 * assistive technology (the label beside it says the same), drawn the
 * first time in a <defs> of its own and then reused with <use>: a
 * municipality's page shows tens of thousands of statuses, and a shape
 * written out each time was a twelfth of it. */
static void
html_status (Html           *h,
             StyrScaleLevel *level,
             const char     *text)
{
  const char *label = text != NULL && *text != '\0' ? text : level_label (h, level);
  StyrReportShape shape;
  StatusMarkup *cached;
  const char *id;
  gsize start, defs_start, defs_end;
  GString *markup;

  /* Written once per level (and label), then copied. */
  cached = g_hash_table_lookup (h->statuses, level != NULL ? (gpointer) level : (gpointer) h);
  if (cached != NULL && strcmp (cached->label, label) == 0)
    {
      html_raw (h, cached->markup);
      return;
    }

  start = h->buf->len;
  shape = styr_report_shape_for_level (level);
  id = html_unique_id (h, "status-", level != NULL ? styr_scale_level_get_id (level) : "ingen");
  html_raw (h, shape == STYR_REPORT_SHAPE_CIRCLE ? "<span class=\"status status-circle\">"
               : shape == STYR_REPORT_SHAPE_TRIANGLE ? "<span class=\"status status-triangle\">"
               : shape == STYR_REPORT_SHAPE_SQUARE ? "<span class=\"status status-square\">"
               : "<span class=\"status status-none\">");
  html_raw (h, "<svg xmlns=\"" SVG_NS "\" class=\"shape\" width=\"14\" height=\"14\" "
               "aria-hidden=\"true\">");
  defs_start = h->buf->len;
  html_raw (h, "<defs><g id=\"");
  html_raw (h, id);
  html_raw (h, "\">");
  svg_shape (h, level, 7, 7.5, 5.5, NULL);
  html_raw (h, "</g></defs>");
  defs_end = h->buf->len;
  html_raw (h, "<use href=\"#");
  html_raw (h, id);
  html_raw (h, "\"/></svg> <span class=\"status-text\">");
  html_text (h, label);
  html_raw (h, "</span></span>");

  /* Later statuses of the level: the same without the <defs>. */
  markup = g_string_sized_new (h->buf->len - start);
  g_string_append_len (markup, h->buf->str + start, defs_start - start);
  g_string_append_len (markup, h->buf->str + defs_end, h->buf->len - defs_end);
  cached = g_new (StatusMarkup, 1);
  cached->label = g_strdup (label);
  cached->markup = g_string_free (markup, FALSE);
  g_hash_table_replace (h->statuses, level != NULL ? (gpointer) level : (gpointer) h, cached);
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

  /* Most texts are one line: one paragraph, nothing to split. */
  if (strpbrk (text, "\r\n") == NULL)
    {
      const char *start = text;
      const char *end = text + strlen (text);

      /* What g_strstrip() leaves. */
      while (*start != '\0' && g_ascii_isspace (*start))
        start++;
      while (end > start && g_ascii_isspace (end[-1]))
        end--;
      if (end == start)
        return;

      html_raw (h, "<p");
      if (attrs != NULL)
        html_raw (h, attrs);
      html_raw (h, ">");
      if (marker != NULL)
        html_raw (h, marker);
      if (*end == '\0')
        html_text (h, start);
      else
        {
          g_autofree char *stripped = g_strndup (start, (gsize) (end - start));

          html_text (h, stripped);
        }
      html_raw (h, "</p>\n");
      return;
    }

  {
    /* Normalise line ends before splitting. */
    g_autoptr(GString) normal = g_string_new (text);

    g_string_replace (normal, "\r\n", "\n", 0);
    g_string_replace (normal, "\r", "\n", 0);
    if (h->paragraph_break == NULL)
      h->paragraph_break = g_regex_new ("\\n[ \\t]*\\n\\s*", 0, 0, NULL);
    paragraphs = g_regex_split (h->paragraph_break, normal->str, 0);
  }

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_auto(GStrv) lines = NULL;
      g_autofree char *stripped = g_strstrip (g_strdup (paragraphs[i]));

      if (*stripped == '\0')
        continue;

      html_raw (h, "<p");
      if (attrs != NULL)
        html_raw (h, attrs);
      html_raw (h, ">");
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

  switch (styr_report_paragraph_get_emphasis (paragraph))
    {
    case STYR_REPORT_EMPHASIS_WARNING:
      html_raw (h, "<div class=\"callout warning\" role=\"note\">\n");
      html_paragraphs (h, text, NULL, h->warning_marker);
      html_raw (h, "</div>\n");
      break;
    case STYR_REPORT_EMPHASIS_NOTE:
      html_raw (h, "<div class=\"callout note\" role=\"note\">\n");
      html_paragraphs (h, text, NULL, h->note_marker);
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

  html_raw (h, "<h");
  html_uint (h, level);
  html_raw (h, " id=\"");
  html_raw (h, id);
  html_raw (h, "\">");
  html_text (h, text);
  html_raw (h, "</h");
  html_uint (h, level);
  html_raw (h, ">\n");
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
write_cell (Html                 *h,
            StyrReportTable      *table,
            guint                 row,
            guint                 column,
            StyrReportColumnKind  kind,
            gboolean              row_header)
{
  const char *text = _styr_report_table_peek_text (table, row, column);
  const char *tag = row_header ? "th" : "td";
  gint64 ore = 0;
  double number = 0;

  /* A text cell has no class of its own: its column's header says what
   * it is, and text is what a cell is by default. */
  if (kind == STYR_REPORT_COLUMN_KIND_TEXT)
    {
      html_raw (h, row_header ? "<th scope=\"row\">" : "<td>");
      html_text (h, text);
      html_raw (h, row_header ? "</th>" : "</td>");
      return;
    }

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
          if (number < 0)
            html_raw (h, " negative");
          html_raw (h, "\" data-value=\"");
          append_data_number (h->buf, number);
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

                /* The text is the ISO date already, as a <time> without
                 * datetime says. */
                if (strcmp (text, iso) == 0)
                  html_raw (h, "\"><time>");
                else
                  {
                    html_raw (h, "\"><time datetime=\"");
                    html_raw (h, iso);
                    html_raw (h, "\">");
                  }
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
  StyrReportColumnKind kinds_on_stack[16];
  g_autofree StyrReportColumnKind *kinds_on_heap = NULL;
  StyrReportColumnKind *kinds = kinds_on_stack;
  gboolean first_is_header;

  /* The columns' kinds once, not once a cell. */
  if (n_columns > G_N_ELEMENTS (kinds_on_stack))
    kinds = kinds_on_heap = g_new (StyrReportColumnKind, n_columns);
  for (guint c = 0; c < n_columns; c++)
    kinds[c] = styr_report_table_get_column_kind (table, c);

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
        write_cell (h, table, r, c, kinds[c], c == 0 && first_is_header);
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
static inline gboolean
chart_value (StyrReportChart *chart,
             guint            series,
             guint            category,
             double          *value)
{
  /* The chart's own values, NAN where there is none (the writer asks
   * for every value of thousands of charts several times). */
  double v = _styr_report_chart_peek_values (chart, series)[category];

  if (!isfinite (v))
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
  /* The font family comes from the style sheet (svg.chart-svg). */
  html_raw (h, " font-size=\"12\">\n");
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

/* Shares the SVG markup written since @start (which must not have been
 * flushed): the first chart that draws it defines it, as
 * `<defs><g id>…</g></defs>`, and every chart (that one too) shows it
 * with `<use href>`, so that what thousands of charts draw alike — the
 * legend, the grid and the period labels of a trend — is in the page
 * once. @attrs (raw, or %NULL) go on the <use>; @name names the id. */
static void
html_share (Html       *h,
            gsize       start,
            const char *name,
            const char *attrs)
{
  const char *markup = h->buf->str + start;
  gsize len = h->buf->len - start;
  const char *id = NULL;

  g_assert (start <= h->buf->len);

  /* A report has a few dozen of them: a look along the list is as
   * quick as a hash of the markup. */
  for (guint i = 0; i < h->shared->len && id == NULL; i++)
    {
      SharedDef *def = g_ptr_array_index (h->shared, i);

      if (def->len == len && memcmp (def->markup, markup, len) == 0)
        id = def->id;
    }

  if (id == NULL)
    {
      SharedDef *def = g_new (SharedDef, 1);

      def->len = len;
      def->markup = g_strndup (markup, len);
      def->id = id = html_unique_id (h, "diagram-mall-", name);
      g_ptr_array_add (h->shared, def);
      g_string_truncate (h->buf, start);
      html_raw (h, "<defs><g id=\"");
      html_raw (h, id);
      html_raw (h, "\">");
      buf_append_len (h->buf, def->markup, def->len);
      html_raw (h, "</g></defs>");
    }
  else
    g_string_truncate (h->buf, start);
  html_raw (h, "<use href=\"#");
  html_raw (h, id);
  html_raw (h, "\"");
  if (attrs != NULL)
    html_raw (h, attrs);
  html_raw (h, "/>");
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
                   "aria-hidden=\"true\">");
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

/* The tooltip of a target series of a trend chart: its name and its
 * values, consecutive periods with the same value as one run. */
static void
write_target_title (Html            *h,
                    StyrReportChart *chart,
                    guint            series,
                    const char      *name,
                    const char      *unit)
{
  guint n_categories = styr_report_chart_get_n_categories (chart);
  gboolean any = FALSE;

  html_raw (h, "<title>");
  html_text (h, name);
  html_raw (h, ": ");
  for (guint i = 0; i < n_categories; i++)
    {
      double value, next;
      guint last = i;

      if (!chart_value (chart, series, i, &value))
        continue;
      while (last + 1 < n_categories &&
             chart_value (chart, series, last + 1, &next) && next == value)
        last++;
      if (any)
        html_raw (h, ", ");
      html_text (h, styr_report_chart_get_category_label (chart, i));
      if (last != i)
        {
          html_raw (h, "–");
          html_text (h, styr_report_chart_get_category_label (chart, last));
        }
      html_raw (h, " ");
      html_value (h, value, -1, unit);
      any = TRUE;
      i = last;
    }
  html_raw (h, "</title>");
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
  GString *desc = h->desc;   /* the text alternative, a buffer for every chart */
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE, step, plot_bottom, height, x_step;
  gboolean any_value = FALSE, rotate;
  int decimals;
  double x;
  guint n_ticks;
  gsize start;

  g_string_truncate (desc, 0);
  for (guint s = 0; s < n_series; s++)
    {
      gboolean any = FALSE;

      g_string_append (desc, styr_report_chart_get_series_name (chart, s));
      g_string_append (desc, ": ");
      for (guint i = 0; i < n_categories; i++)
        {
          double value;

          if (!chart_value (chart, s, i, &value))
            continue;
          lo = MIN (lo, value);
          hi = MAX (hi, value);
          any_value = TRUE;
          if (any)
            g_string_append (desc, ", ");
          g_string_append (desc, styr_report_chart_get_category_label (chart, i));
          g_string_append_c (desc, ' ');
          _styr_report_append_number (desc, value, -1);
          if (unit != NULL && *unit != '\0')
            {
              g_string_append (desc, "\u00a0");
              g_string_append (desc, unit);
            }
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

  /* The drawing is thousands of times in a municipality's report: what
   * the marks of a group share (colour, line, anchor) is said once, on
   * the group, and the SVG elements inherit it. */

  /* Legend: line samples that differ in dash and marker. */
  start = h->buf->len;
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

      html_raw (h, "<path d=\"M");
      html_coord (h, x);
      html_raw (h, " 14h22\"");
      if (target)
        html_raw (h, " stroke=\"#b2182b\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>");
      else
        {
          html_raw (h, " stroke=\"#1f4e79\" stroke-width=\"2\"/><circle");
          html_coord_attr (h, "cx", x + 11);
          html_raw (h, " cy=\"14\" r=\"3.5\" fill=\"#1f4e79\"/>");
        }
      svg_text (h, name, x + 27, 18, NULL);
      x += legend_advance (name) + 6;
    }
  html_share (h, start, "forklaring", " class=\"legend\"");
  html_raw (h, "\n");

  /* Axes and grid: the grid lines one path, the labels in groups that
   * anchor them. The grid, the unit and the periods are shared; the
   * values at the ticks are the chart's own. */
  n_ticks = axis_steps (lo, hi, step);
  html_raw (h, "<g class=\"axis\" font-size=\"11\">");
  start = h->buf->len;
  html_raw (h, "<path class=\"grid\" fill=\"none\" stroke=\"#d9d9d9\" d=\"");
  for (guint k = 0; k <= n_ticks; k++)
    {
      html_raw (h, "M");
      html_coord (h, plot_left);
      html_raw (h, " ");
      html_coord (h, Y_OF (lo + k * step));
      html_raw (h, "H");
      html_coord (h, plot_right);
    }
  html_raw (h, "\"/>");
  if (unit != NULL && *unit != '\0')
    svg_text (h, unit, 4, plot_top - 8, NULL);
  if (rotate)
    {
      /* The labels slant at 45°: the group turns them, each label's
       * position turned back into the group's coordinates. */
      html_raw (h, "<g text-anchor=\"end\" transform=\"rotate(-45)\">");
      for (guint i = 0; i < n_categories; i++)
        {
          double px = X_OF (i), py = plot_bottom + 14;

          svg_text (h, styr_report_chart_get_category_label (chart, i),
                    (px + py) * G_SQRT2 / 2, (py - px) * G_SQRT2 / 2, NULL);
        }
    }
  else
    {
      html_raw (h, "<g text-anchor=\"middle\">");
      for (guint i = 0; i < n_categories; i++)
        svg_text (h, styr_report_chart_get_category_label (chart, i),
                  X_OF (i), plot_bottom + 16, NULL);
    }
  html_raw (h, "</g><path fill=\"none\" stroke=\"#1a1a1a\" d=\"M");
  html_coord (h, plot_left);
  html_raw (h, " ");
  html_coord (h, plot_bottom);
  html_raw (h, "H");
  html_coord (h, plot_right);
  html_raw (h, "\"/>");
  html_share (h, start, "axlar", NULL);
  html_raw (h, "<g text-anchor=\"end\">");
  for (guint k = 0; k <= n_ticks; k++)
    {
      double tick = lo + k * step;

      svg_text_open (h, plot_left - 5, Y_OF (tick) + 4, NULL);
      html_number (h, tick, decimals);
      html_raw (h, "</text>");
    }
  html_raw (h, "</g></g>\n");

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

        /* The markers take the group's fill and stroke; the lines say
         * their own. A target's tooltip is on its whole group, line and
         * markers: its values, a run of periods with the same value
         * said once ("2025-01–2025-08 99,2 %"). A tooltip per marker
         * was a fifth of a municipality's page and said the same value
         * again for every month. */
        html_raw (h, target ? "<g class=\"target\" fill=\"#ffffff\" stroke=\"#b2182b\" stroke-width=\"1.5\">"
                            : "<g class=\"series\" fill=\"#1f4e79\" stroke=\"#ffffff\">");
        if (target)
          write_target_title (h, chart, s, name, unit);
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
                html_raw (h, target ? "<polyline fill=\"none\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\""
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
            html_raw (h, "<path fill=\"none\" stroke-width=\"2\" stroke-dasharray=\"6 4\" d=\"M");
            html_coord (h, plot_left);
            html_raw (h, " ");
            html_coord (h, Y_OF (value));
            html_raw (h, "H");
            html_coord (h, plot_right);
            html_raw (h, "\"/>");
          }

        /* Markers: a target's squares as one path; the outcome's
         * values stand beside its markers (below) and are in the text
         * alternative, so a tooltip would only say them again. */
        open = FALSE;
        for (guint i = 0; i < n_categories; i++)
          {
            double value;

            if (!chart_value (chart, s, i, &value))
              continue;
            if (!target)
              {
                html_raw (h, "<circle");
                html_coord_attr (h, "cx", X_OF (i));
                html_coord_attr (h, "cy", Y_OF (value));
                html_raw (h, " r=\"4\"/>");
                continue;
              }
            /* A 6 × 6 square. */
            html_raw (h, open ? "M" : "<path d=\"M");
            open = TRUE;
            html_coord (h, X_OF (i) - 3);
            html_raw (h, " ");
            html_coord (h, Y_OF (value) - 3);
            html_raw (h, "h6v6h-6z");
          }
        if (open)
          html_raw (h, "\"/>");
        html_raw (h, "</g>\n");

        /* The outcome's values above its markers. */
        if (!target && n_points > 0)
          {
            html_raw (h, "<g class=\"values\" text-anchor=\"middle\" font-size=\"11\">");
            for (guint i = 0; i < n_categories; i++)
              {
                double value;

                if (!chart_value (chart, s, i, &value))
                  continue;
                svg_text_open (h, X_OF (i), Y_OF (value) - 8, NULL);
                html_number (h, value, -1);
                html_raw (h, "</text>");
              }
            html_raw (h, "</g>\n");
          }
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

  html_raw (h, "<div class=\"");
  html_raw (h, class);
  html_raw (h, "\">\n");
  if (level <= 6)
    {
      html_raw (h, "<h");
      html_uint (h, level);
      html_raw (h, ">");
    }
  else
    html_raw (h, "<p class=\"label\"><strong>");
  html_text (h, title);
  if (level <= 6)
    {
      html_raw (h, "</h");
      html_uint (h, level);
      html_raw (h, ">\n");
    }
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
  StyrScaleLevel *shown = styr_report_goal_get_level (entry);
  StyrScaleLevel *prognosis = styr_report_goal_get_prognosis (entry);
  const char *id = html_unique_id (h, "mal-", styr_entity_get_id (STYR_ENTITY (goal)));
  const char *state;
  guint n;

  state = styr_report_goal_get_met (entry) ? "met"
          : styr_report_goal_get_unmet (entry) ? "unmet" : "not-assessed";

  html_raw (h, "<article class=\"goal depth-");
  html_uint (h, MIN (depth, 9));
  html_raw (h, " ");
  html_raw (h, state);
  html_raw (h, "\" id=\"");
  html_raw (h, id);
  html_raw (h, "\" aria-labelledby=\"");
  html_raw (h, id);
  html_raw (h, "_rubrik\" data-goal=\"");
  html_text (h, styr_entity_get_id (STYR_ENTITY (goal)));
  html_raw (h, "\">\n<h");
  html_uint (h, level);
  html_raw (h, " id=\"");
  html_raw (h, id);
  html_raw (h, "_rubrik\" class=\"goal-title\">");
  html_text (h, title);
  html_raw (h, "</h");
  html_uint (h, level);
  html_raw (h, ">\n");

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

  n = _styr_report_goal_get_n_notes (entry);
  for (guint i = 0; i < n; i++)
    write_paragraph (h, _styr_report_goal_peek_note (entry, i));

  if (styr_report_table_get_n_rows (indicators) > 0)
    write_table (h, indicators);
  else
    {
      html_raw (h, "<p class=\"no-indicators\">");
      html_text (h, _("Målet har inga indikatorer."));
      html_raw (h, "</p>\n");
    }

  n = _styr_report_goal_get_n_charts (entry);
  if (n > 0)
    {
      html_raw (h, "<div class=\"trends\">\n");
      for (guint i = 0; i < n; i++)
        write_chart (h, _styr_report_goal_peek_chart (entry, i));
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
  "svg.chart-svg { max-width: 100%; height: auto; display: block;"
  " font-family: system-ui, 'DejaVu Sans', Arial, sans-serif; }\n"
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
           HtmlSink      *sink,
           GCancellable  *cancellable)
{
  StyrScale *scale = styr_model_get_scale (styr_report_get_model (report));
  const char *not_assessed = scale != NULL ? styr_scale_get_not_assessed_label (scale) : NULL;

  memset (h, 0, sizeof *h);
  h->report = report;
  h->buf = g_string_sized_new (HTML_CHUNK + 4096);
  h->sink = sink;
  h->cancellable = cancellable;
  /* Tens of thousands of ids: kept in chunks, not a block each. */
  h->id_texts = g_string_chunk_new (64 * 1024);
  h->ids = g_hash_table_new (g_str_hash, g_str_equal);
  h->id_numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* The report's list model holds the sections for as long as @h lives. */
  h->section_ids = g_hash_table_new (NULL, NULL);
  /* The report holds the levels for as long as @h lives. */
  h->statuses = g_hash_table_new_full (NULL, NULL, NULL, status_markup_free);
  h->shared = g_ptr_array_new_with_free_func (shared_def_free);
  h->scratch = g_string_sized_new (64);
  h->desc = g_string_sized_new (1024);
  /* The marker is text, so that a warning does not rest on its colour. */
  h->warning_marker = g_strdup_printf ("<strong class=\"marker\"><span aria-hidden=\"true\">⚠ </span>%s</strong> ",
                                       _("Observera:"));
  h->note_marker = g_strdup_printf ("<strong class=\"marker\"><span aria-hidden=\"true\">ℹ </span>%s</strong> ",
                                    _("Notera:"));
  h->not_assessed = not_assessed != NULL && *not_assessed != '\0' ? not_assessed : _("Ej bedömd");
  h->heading_base = 2;
}

static void
html_clear (Html *h)
{
  g_string_free (h->buf, TRUE);
  g_hash_table_unref (h->section_ids);
  g_hash_table_unref (h->statuses);
  g_ptr_array_unref (h->shared);
  g_clear_pointer (&h->paragraph_break, g_regex_unref);
  g_free (h->warning_marker);
  g_free (h->note_marker);
  g_string_free (h->scratch, TRUE);
  g_string_free (h->desc, TRUE);
  g_hash_table_unref (h->ids);
  g_string_chunk_free (h->id_texts);
  g_hash_table_unref (h->id_numbers);
}

/* Writes the whole page to @out; the first error in @error. */
static gboolean
write_html (StyrReport     *self,
            GOutputStream  *out,
            GCancellable   *cancellable,
            GError        **error)
{
  HtmlSink sink;
  Html h;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  sink_init (&sink, out, cancellable);
  sink_start (&sink);
  html_init (&h, self, &sink, cancellable);
  write_page (&h);
  html_flush (&h, TRUE);
  sink_finish (&sink, &h.error);
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
