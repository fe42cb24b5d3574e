/* test-report-writers.c — the HTML and CSV writers of the report, read
 * back with libxml2 (the HTML page as XML and through libxml2's HTML
 * parser) and as plain files; in C, so that the writers also run under
 * AddressSanitizer and UndefinedBehaviorSanitizer (suite 'unit').
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <libstyr/styr.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlXPathContext, xmlXPathFreeContext)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlXPathObject, xmlXPathFreeObject)

static StyrModel *
load_ratten (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "..", "examples", "data",
                                                 "ratten.styr", NULL);
  g_autoptr(GError) error = NULL;
  StyrModel *model = styr_model_new_from_path (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

static StyrReport *
build_report (StyrModel  *model,
              const char *period_text,
              const char *organ_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrPeriod) period = styr_period_parse (period_text, &error);
  StyrOrgan *organ = organ_id != NULL ? styr_model_lookup_organ (model, organ_id) : NULL;
  StyrReport *report;

  g_assert_no_error (error);
  g_assert_true (organ_id == NULL || organ != NULL);
  report = styr_report_new (model, period, organ, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static GBytes *
write_html (StyrReport *report)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_report_write_html (report, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

static int xml_errors;

static void
count_error (void           *data,
             const xmlError *error)
{
  xml_errors++;
  g_test_message ("libxml2: %s", error->message);
}

/* The page as XML: it must be well-formed, without a single error. */
static xmlDoc *
parse_xml (GBytes *html)
{
  gsize len;
  const char *data = g_bytes_get_data (html, &len);
  xmlDoc *doc;

  xml_errors = 0;
  xmlSetStructuredErrorFunc (NULL, (xmlStructuredErrorFunc) count_error);
  doc = xmlReadMemory (data, (int) len, "report.html", "UTF-8", XML_PARSE_NONET);
  xmlSetStructuredErrorFunc (NULL, NULL);
  g_assert_nonnull (doc);
  g_assert_cmpint (xml_errors, ==, 0);
  return doc;
}

static xmlXPathContext *
xpath_new (xmlDoc *doc)
{
  xmlXPathContext *ctx = xmlXPathNewContext (doc);

  xmlXPathRegisterNs (ctx, BAD_CAST "svg", BAD_CAST "http://www.w3.org/2000/svg");
  return ctx;
}

static double
xpath_number (xmlXPathContext *ctx,
              const char      *format,
              ...) G_GNUC_PRINTF (2, 3);

static double
xpath_number (xmlXPathContext *ctx,
              const char      *format,
              ...)
{
  g_autofree char *expr = NULL;
  g_autoptr(xmlXPathObject) result = NULL;
  va_list args;

  va_start (args, format);
  expr = g_strdup_vprintf (format, args);
  va_end (args);
  result = xmlXPathEvalExpression (BAD_CAST expr, ctx);
  g_assert_nonnull (result);
  return xmlXPathCastToNumber (result);
}

static char *
xpath_string (xmlXPathContext *ctx,
              const char      *format,
              ...) G_GNUC_PRINTF (2, 3);

static char *
xpath_string (xmlXPathContext *ctx,
              const char      *format,
              ...)
{
  g_autofree char *expr = NULL;
  g_autoptr(xmlXPathObject) result = NULL;
  xmlChar *value;
  char *copy;
  va_list args;

  va_start (args, format);
  expr = g_strdup_vprintf (format, args);
  va_end (args);
  result = xmlXPathEvalExpression (BAD_CAST expr, ctx);
  g_assert_nonnull (result);
  value = xmlXPathCastToString (result);
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

/* Evaluates @expr and returns its single node. */
static xmlNode *
xpath_node (xmlXPathContext *ctx,
            const char      *expr)
{
  g_autoptr(xmlXPathObject) result = xmlXPathEvalExpression (BAD_CAST expr, ctx);

  g_assert_nonnull (result);
  g_assert_nonnull (result->nodesetval);
  g_assert_cmpint (result->nodesetval->nodeNr, ==, 1);
  return result->nodesetval->nodeTab[0];
}

static void
check_table (xmlXPathContext *ctx,
             StyrReportTable *table)
{
  const char *id = styr_report_table_get_id (table);
  guint n_rows = styr_report_table_get_n_rows (table);
  guint n_columns = styr_report_table_get_n_columns (table);
  g_autofree char *expr = NULL;
  g_autofree char *caption = NULL;

  if (n_rows == 0)
    return;

  expr = g_strdup_printf ("//table[@data-table='%s']", id);
  /* From here on, paths are relative to the table. */
  ctx->node = xpath_node (ctx, expr);
  caption = xpath_string (ctx, "string(caption)");
  g_assert_cmpstr (caption, ==, styr_report_table_get_caption (table));
  g_assert_cmpfloat (xpath_number (ctx, "count(thead/tr/th[@scope='col'])"), ==, n_columns);
  g_assert_cmpfloat (xpath_number (ctx, "count(tbody/tr)"), ==, n_rows);

  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < n_columns; c++)
      {
        StyrReportColumnKind kind = styr_report_table_get_column_kind (table, c);
        const char *text = styr_report_table_get_text (table, r, c);
        g_autofree char *cell = g_strdup_printf ("tbody/tr[%u]/*[%u]", r + 1, c + 1);
        gint64 ore;

        if (kind == STYR_REPORT_COLUMN_KIND_STATUS)
          {
            g_autofree char *shown = NULL;
            g_autofree char *href = NULL;

            if (styr_report_table_get_level (table, r, c) == NULL)
              continue;
            shown = xpath_string (ctx, "string(%s//span[@class='status-text'])", cell);
            g_assert_cmpstr (shown, ==, text);
            /* Beside it, its shape: a <use> of a shape drawn once in a
             * <defs>, hidden from assistive technology. */
            g_assert_cmpfloat (xpath_number (ctx, "count(%s//svg:svg[@aria-hidden='true'])", cell), ==, 1);
            href = xpath_string (ctx, "string(%s//svg:use/@href)", cell);
            g_assert_true (g_str_has_prefix (href, "#"));
            g_assert_cmpfloat (xpath_number (ctx, "count(//svg:defs/*[@id='%s']/*)", href + 1), ==, 1);
          }
        else
          {
            g_autofree char *shown = xpath_string (ctx, "string(%s)", cell);

            g_assert_cmpstr (shown, ==, text);
          }

        if (styr_report_table_get_money (table, r, c, &ore))
          {
            g_autofree char *attr = xpath_string (ctx, "string(%s/@data-ore)", cell);

            g_assert_cmpint (g_ascii_strtoll (attr, NULL, 10), ==, ore);
          }
      }
  ctx->node = NULL;
}

static void
check_page (StyrReport *report,
            GBytes     *html)
{
  g_autoptr(xmlDoc) doc = parse_xml (html);
  g_autoptr(xmlXPathContext) ctx = xpath_new (doc);
  GListModel *sections = styr_report_get_sections (report);
  GListModel *tables = styr_report_get_tables (report);
  GListModel *charts = styr_report_get_charts (report);
  g_autofree char *lang = xpath_string (ctx, "string(/html/@lang)");
  g_autofree char *h1 = xpath_string (ctx, "string(//h1)");

  g_assert_cmpstr (lang, ==, "sv");
  g_assert_cmpfloat (xpath_number (ctx, "count(//h1)"), ==, 1);
  g_assert_cmpstr (h1, ==, styr_report_get_title (report));
  g_assert_cmpfloat (xpath_number (ctx, "count(//script | //link | //img | //iframe | //object)"), ==, 0);
  g_assert_cmpfloat (xpath_number (ctx, "count(//@href[not(starts-with(., '#'))])"), ==, 0);
  g_assert_cmpfloat (xpath_number (ctx, "count(//nav/ol/li/a)"), ==, g_list_model_get_n_items (sections));

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(StyrReportSection) section = g_list_model_get_item (sections, i);
      const char *id = styr_report_section_get_id (section);
      g_autofree char *title = xpath_string (ctx, "string(//section[@id='%s']/h2)", id);
      GListModel *blocks = styr_report_section_get_blocks (section);

      g_assert_cmpstr (title, ==, styr_report_section_get_title (section));

      for (guint b = 0; b < g_list_model_get_n_items (blocks); b++)
        {
          g_autoptr(StyrReportBlock) block = g_list_model_get_item (blocks, b);
          StyrReportGoal *entry;
          const char *goal_id;
          g_autofree char *heading = NULL;
          g_autofree char *status = NULL;

          if (styr_report_block_get_kind (block) != STYR_REPORT_BLOCK_KIND_GOAL)
            continue;
          entry = STYR_REPORT_GOAL (block);
          goal_id = styr_entity_get_id (STYR_ENTITY (styr_report_goal_get_goal (entry)));
          g_assert_cmpfloat (xpath_number (ctx, "count(//section[@id='%s']//article[@data-goal='%s'])",
                                           id, goal_id), >=, 1);
          heading = xpath_string (ctx, "string(//section[@id='%s']//article[@data-goal='%s']"
                                       "/*[self::h3 or self::h4 or self::h5 or self::h6][1])",
                                  id, goal_id);
          g_assert_cmpstr (heading, ==, styr_report_goal_get_title (entry));
          status = xpath_string (ctx, "string(//section[@id='%s']//article[@data-goal='%s']"
                                      "/dl/div[1]/dd//span[@class='status-text'])", id, goal_id);
          g_assert_cmpstr (status, ==, styr_report_goal_get_level_text (entry));
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (tables); i++)
    {
      g_autoptr(StyrReportTable) table = g_list_model_get_item (tables, i);

      check_table (ctx, table);
    }

  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(StyrReportChart) chart = g_list_model_get_item (charts, i);
      const char *id = styr_report_chart_get_id (chart);
      g_autofree char *caption = xpath_string (ctx, "string(//figure[@id='diagram-%s']/figcaption)", id);

      g_assert_cmpstr (caption, ==, styr_report_chart_get_title (chart));
      if (styr_report_chart_get_chart_kind (chart) != STYR_REPORT_CHART_KIND_STATUS_LIGHTS)
        g_assert_cmpfloat (xpath_number (ctx, "count(//figure[@id='diagram-%s']/svg:svg[@role='img']/svg:desc)", id),
                           ==, 1);
      else
        g_assert_cmpfloat (xpath_number (ctx, "count(//figure[@id='diagram-%s']//li)", id),
                           ==, styr_report_chart_get_n_categories (chart));
    }

  /* Every element id is unique. */
  {
    g_autoptr(xmlXPathObject) ids = xmlXPathEvalExpression (BAD_CAST "//@id", ctx);
    g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, xmlFree, NULL);

    g_assert_nonnull (ids);
    g_assert_nonnull (ids->nodesetval);
    for (int i = 0; i < ids->nodesetval->nodeNr; i++)
      {
        xmlChar *id = xmlNodeGetContent (ids->nodesetval->nodeTab[i]);

        if (!g_hash_table_add (seen, id))
          g_error ("the id %s is not unique", (const char *) id);
      }
    g_assert_cmpuint (g_hash_table_size (seen), >, 0);
  }
}

/* libxml2's HTML parser — the forgiving reader of older tools — finds
 * the same document: the title, every section and every table. */
static void
check_html_parser (StyrReport *report,
                   GBytes     *html)
{
  gsize len;
  const char *data = g_bytes_get_data (html, &len);
  g_autoptr(xmlDoc) doc = htmlReadMemory (data, (int) len, "report.html", "UTF-8",
                                          HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  g_autoptr(xmlXPathContext) ctx = NULL;
  g_autofree char *h1 = NULL;
  guint n_tables = 0;
  GListModel *tables = styr_report_get_tables (report);

  g_assert_nonnull (doc);
  ctx = xmlXPathNewContext (doc);
  h1 = xpath_string (ctx, "string(//h1)");
  g_assert_cmpstr (h1, ==, styr_report_get_title (report));
  g_assert_cmpfloat (xpath_number (ctx, "count(//section)"), ==,
                     g_list_model_get_n_items (styr_report_get_sections (report)));
  for (guint i = 0; i < g_list_model_get_n_items (tables); i++)
    {
      g_autoptr(StyrReportTable) table = g_list_model_get_item (tables, i);

      n_tables += styr_report_table_get_n_rows (table) > 0;
    }
  g_assert_cmpfloat (xpath_number (ctx, "count(//table)"), ==, n_tables);
}

static void
test_html_municipality (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrReport) report = build_report (model, "2025-T2", NULL);
  g_autoptr(GBytes) html = write_html (report);
  g_autoptr(GBytes) again = write_html (report);

  check_page (report, html);
  check_html_parser (report, html);
  /* The same report gives the same bytes. */
  g_assert_true (g_bytes_equal (html, again));
}

static void
test_html_namnd (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrReport) report = build_report (model, "2025-T2", "valfardsnamnd");
  g_autoptr(GBytes) html = write_html (report);

  check_page (report, html);
  check_html_parser (report, html);
}

static void
test_html_other_periods (void)
{
  const char *periods[] = { "2025-T1", "2025-T3", "2025", "2025-03", "2024" };
  g_autoptr(StyrModel) model = load_ratten ();

  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      g_autoptr(StyrReport) report = build_report (model, periods[i], NULL);
      g_autoptr(GBytes) html = write_html (report);

      check_page (report, html);
    }
}

static void
test_html_empty_model (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrOrgan) board = styr_organ_new ("bun", STYR_ORGAN_KIND_BOARD, "Barn- och utbildningsnämnden");
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrReport) report = NULL;
  g_autoptr(StyrReport) board_report = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GBytes) board_html = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (board), &error));
  g_assert_no_error (error);
  report = build_report (model, "2025-08", NULL);
  html = write_html (report);
  check_page (report, html);
  board_report = build_report (model, "2025-08", "bun");
  board_html = write_html (board_report);
  check_page (board_report, board_html);
}

/* A model whose indicator values are negative, fractional and far
 * apart, with a target range: the trend charts draw all of it. */
static void
test_html_odd_values (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  StyrIndicator *indicator = NULL;
  g_autoptr(GError) error = NULL;
  const char *months[] = { "2024-T1", "2024-T2", "2024-T3", "2025-T1", "2025-T2" };
  const double values[] = { -1e9, 0.001, -3.25, 1e12, -0.5 };
  GListModel *indicators = styr_model_get_indicators (model);
  g_autoptr(StyrReport) report = NULL;
  g_autoptr(GBytes) html = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (indicators), >, 0);
  indicator = g_list_model_get_item (indicators, 0);
  g_object_unref (indicator);  /* the model keeps it */
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      g_autoptr(StyrPeriod) period = styr_period_parse (months[i], &error);

      g_assert_no_error (error);
      g_assert_true (styr_indicator_set_value (indicator, period, values[i], &error));
      g_assert_no_error (error);
    }
  g_assert_true (styr_indicator_set_target_range (indicator, 2025, -2, 2, &error));
  g_assert_no_error (error);

  report = build_report (model, "2025-T2", NULL);
  html = write_html (report);
  check_page (report, html);
}

static void
test_html_hostile_text (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  StyrGoal *goal = styr_model_lookup_goal (model, "im-1");
  StyrScale *scale = styr_model_get_scale (model);
  StyrScaleLevel *level = styr_scale_get_level (scale, 0);
  g_autoptr(StyrReport) report = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(xmlXPathContext) ctx = NULL;
  g_autofree char *heading = NULL;

  styr_goal_set_title (goal, "<script>alert('x')</script> & \"q\" \x01\x7f ]]> \xc2\x85 slut");
  styr_scale_level_set_colour (level, "red\" onload=\"alert(1)");
  report = build_report (model, "2025-T2", NULL);
  html = write_html (report);

  doc = parse_xml (html);
  ctx = xpath_new (doc);
  g_assert_cmpfloat (xpath_number (ctx, "count(//script)"), ==, 0);
  g_assert_cmpfloat (xpath_number (ctx, "count(//@onload)"), ==, 0);
  g_assert_cmpfloat (xpath_number (ctx, "count(//@fill[contains(., 'red')])"), ==, 0);
  heading = xpath_string (ctx, "string(//article[@data-goal='im-1']/*[self::h3 or self::h4][1])");
  g_assert_cmpstr (heading, ==,
                   "<script>alert('x')</script> & \"q\" \xef\xbf\xbd\xef\xbf\xbd ]]> \xef\xbf\xbd slut");
}

static void
test_html_cancelled (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrReport) report = build_report (model, "2025-T2", NULL);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (styr_report_write_html (report, stream, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_html_to_path (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrReport) report = build_report (model, "2025-T2", "valfardsnamnd");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("styr-report-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "rapport.html", NULL);
  g_autofree char *missing = g_build_filename (dir, "saknas", "rapport.html", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) expected = write_html (report);
  gsize len;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "gammalt", -1, &error));
  g_assert_true (styr_report_write_html_to_path (report, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  g_assert_cmpmem (contents, len, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

  g_assert_false (styr_report_write_html_to_path (report, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The OpenDocument package, in C so that the ODT writer runs under the
 * sanitizers too (tests/report/test_odt.py checks its content). */
static GBytes *
write_odt (StyrReport *report)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_report_write_odt (report, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

static guint32
le32 (const guint8 *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

static guint16
le16 (const guint8 *p)
{
  return (guint16) (p[0] | p[1] << 8);
}

/* A ZIP whose first entry is the stored "mimetype" of an ODF text, and
 * whose end record (no comment) points at a central directory of
 * @n_entries entries, each naming a local header that is really there. */
static void
check_odt_package (GBytes *odt)
{
  static const char mimetype[] = "application/vnd.oasis.opendocument.text";
  gsize size;
  const guint8 *data = g_bytes_get_data (odt, &size);
  const guint8 *end;
  guint32 cd_offset, cd_size;
  guint16 n_entries;
  gsize pos;

  g_assert_cmpuint (size, >, 22 + 38 + sizeof mimetype);
  g_assert_cmpuint (le32 (data), ==, 0x04034b50);
  g_assert_cmpuint (le16 (data + 8), ==, 0);             /* stored */
  g_assert_cmpuint (le16 (data + 26), ==, 8);
  g_assert_cmpmem (data + 30, 8, "mimetype", 8);
  g_assert_cmpmem (data + 38, sizeof mimetype - 1, mimetype, sizeof mimetype - 1);

  end = data + size - 22;
  g_assert_cmpuint (le32 (end), ==, 0x06054b50);
  n_entries = le16 (end + 10);
  cd_size = le32 (end + 12);
  cd_offset = le32 (end + 16);
  g_assert_cmpuint (n_entries, >=, 5);                   /* mimetype, manifest, content, styles, meta */
  g_assert_cmpuint ((gsize) cd_offset + cd_size, ==, size - 22);

  pos = cd_offset;
  for (guint i = 0; i < n_entries; i++)
    {
      guint32 local;

      g_assert_cmpuint (pos + 46, <=, size - 22);
      g_assert_cmpuint (le32 (data + pos), ==, 0x02014b50);
      local = le32 (data + pos + 42);
      g_assert_cmpuint (local, <, cd_offset);
      g_assert_cmpuint (le32 (data + local), ==, 0x04034b50);
      pos += 46 + le16 (data + pos + 28) + le16 (data + pos + 30) + le16 (data + pos + 32);
    }
  g_assert_cmpuint (pos, ==, (gsize) cd_offset + cd_size);
}

static void
test_odt (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrReport) municipality = build_report (model, "2025-T2", NULL);
  g_autoptr(StyrReport) namnd = build_report (model, "2025-T2", "valfardsnamnd");
  g_autoptr(StyrReport) first = build_report (model, "2025-T1", NULL);
  g_autoptr(GBytes) a = write_odt (municipality);
  g_autoptr(GBytes) b = write_odt (namnd);
  g_autoptr(GBytes) c = write_odt (first);

  check_odt_package (a);
  check_odt_package (b);
  check_odt_package (c);
  /* The board's own report is a part of the municipality's. */
  g_assert_cmpuint (g_bytes_get_size (b), <, g_bytes_get_size (a));
}

static void
test_odt_cancelled (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrReport) report = build_report (model, "2025-T2", NULL);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (styr_report_write_odt (report, stream, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_csv (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrReport) report = build_report (model, "2025-T2", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("styr-report-XXXXXX", &error);
  g_autoptr(GFile) directory = g_file_new_for_path (dir);
  GListModel *tables = styr_report_get_tables (report);
  guint n = g_list_model_get_n_items (tables);
  g_autoptr(GDir) listing = NULL;
  const char *name;
  guint n_files = 0;

  g_assert_no_error (error);
  g_assert_true (styr_report_write_csv (report, directory, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrReportTable) table = g_list_model_get_item (tables, i);
      g_autofree char *file = g_strconcat (styr_report_table_get_id (table), ".csv", NULL);
      g_autofree char *path = g_build_filename (dir, file, NULL);
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;
      gsize len;

      g_assert_true (g_file_get_contents (path, &contents, &len, &error));
      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbf"));
      g_assert_true (g_utf8_validate (contents, (gssize) len, NULL));
      g_assert_true (g_str_has_suffix (contents, "\r\n"));
      lines = g_strsplit (contents, "\r\n", -1);
      /* Ratten's texts hold no line breaks: a line per row, and the
       * header; the split leaves an empty string after the last. */
      g_assert_cmpuint (g_strv_length (lines), ==, styr_report_table_get_n_rows (table) + 2);

      if (g_str_equal (styr_report_table_get_id (table), "driftredovisning"))
        {
          g_auto(GStrv) fields = g_strsplit (lines[1], ";", -1);
          gint64 ore;

          /* Kommunstyrelsen's annual budget, exact in tkr. */
          g_assert_true (styr_report_table_get_money (table, 0, 1, &ore));
          g_assert_cmpstr (fields[0], ==, "Kommunstyrelsen");
          g_assert_cmpint (ore % 100000, ==, 0);
          g_assert_cmpint (g_ascii_strtoll (fields[1], NULL, 10) * 100000, ==, ore);
          g_assert_null (strchr (fields[1], ','));
        }
    }

  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_true (g_str_has_suffix (name, ".csv"));
      g_assert_cmpint (g_remove (path), ==, 0);
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, n);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_csv_errors (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrReport) report = build_report (model, "2025-T2", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("styr-report-XXXXXX", &error);
  g_autofree char *file_path = g_build_filename (dir, "fil", NULL);
  g_autoptr(GFile) missing = g_file_new_build_filename (dir, "saknas", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (file_path);

  g_assert_no_error (error);
  g_assert_false (styr_report_write_csv (report, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (file_path, "x", -1, &error));
  g_assert_false (styr_report_write_csv (report, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);

  g_assert_cmpint (g_remove (file_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/html/municipality", test_html_municipality);
  g_test_add_func ("/report/html/namnd", test_html_namnd);
  g_test_add_func ("/report/html/other-periods", test_html_other_periods);
  g_test_add_func ("/report/html/empty-model", test_html_empty_model);
  g_test_add_func ("/report/html/odd-values", test_html_odd_values);
  g_test_add_func ("/report/html/hostile-text", test_html_hostile_text);
  g_test_add_func ("/report/html/cancelled", test_html_cancelled);
  g_test_add_func ("/report/html/to-path", test_html_to_path);
  g_test_add_func ("/report/odt/package", test_odt);
  g_test_add_func ("/report/odt/cancelled", test_odt_cancelled);
  g_test_add_func ("/report/csv/files", test_csv);
  g_test_add_func ("/report/csv/errors", test_csv_errors);

  return g_test_run ();
}
