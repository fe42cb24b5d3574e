/* styr-writer.c — the .styr writer: a StyrModel as canonical XML
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* The writer produces the canonical form of docs/format.md by hand rather
 * than through libxml2: the form is fixed down to the byte (attribute
 * order, indentation, which characters are escaped), and writing it
 * directly is both simpler to keep exact and cheap for large models.
 *
 * Everything goes through a Writer that appends to a GString; when it
 * writes to a stream, the GString is handed on and emptied every
 * WRITER_CHUNK bytes, so a large model never exists twice in memory.
 *
 * ```python
 * model.save_to_path("angelholm.styr", Styr.SaveFlags.BACKUP)
 * data = model.to_bytes()          # the same bytes, as GLib.Bytes
 * ```
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "styr-private.h"
#include "styr-format-private.h"
#include "styr-forecast.h"
#include "styr-investment.h"
#include "styr-municipal-result.h"
#include "styr-outcome.h"
#include "styr-writer.h"


#define WRITER_CHUNK     (64 * 1024)
#define WRITER_MAX_DEPTH 8

/* U+FFFD REPLACEMENT CHARACTER, for what XML cannot hold. */
#define REPLACEMENT_CHARACTER "\xef\xbf\xbd"

typedef struct
{
  GString       *buf;
  GOutputStream *out;          /* NULL: collect the whole document in buf */
  GCancellable  *cancellable;
  GError        *error;        /* the first write error; writing stops */

  const char    *stack[WRITER_MAX_DEPTH];
  guint          depth;
  gboolean       start_open;   /* the last start tag still lacks its '>' */
  gboolean       has_text;     /* the open element holds text */
} Writer;

static void
writer_init (Writer        *w,
             GOutputStream *out,
             GCancellable  *cancellable)
{
  memset (w, 0, sizeof *w);
  w->buf = g_string_sized_new (out != NULL ? WRITER_CHUNK + 4096 : 4096);
  w->out = out;
  w->cancellable = cancellable;
}

/* Hands the buffer on to the stream: always when @force, else once it
 * holds a chunk. Does nothing after an error or without a stream. */
static void
writer_flush (Writer   *w,
              gboolean  force)
{
  if (w->out == NULL || w->error != NULL)
    return;
  if (w->buf->len == 0 || (!force && w->buf->len < WRITER_CHUNK))
    return;

  if (g_output_stream_write_all (w->out, w->buf->str, w->buf->len, NULL,
                                 w->cancellable, &w->error))
    g_string_truncate (w->buf, 0);
}

static inline gboolean
writer_failed (Writer *w)
{
  return w->error != NULL;
}

/* Appends @text escaped for XML. Everywhere: & < > " and carriage return
 * (which a parser would otherwise turn into a line feed); in attribute
 * values also tab and line feed (which a parser would otherwise normalise
 * to spaces). Characters XML 1.0 cannot hold at all — C0 controls, U+FFFE,
 * U+FFFF — and bytes that are not UTF-8 become U+FFFD, so the document is
 * always well-formed. */
static void
append_escaped (GString    *s,
                const char *text,
                gboolean    attribute)
{
  const char *run = text;
  const char *p = text;

  while (*p != '\0')
    {
      guchar c = (guchar) *p;
      const char *replacement = NULL;
      gsize length = 1;

      if (c < 0x80)
        {
          if (c == '&')
            replacement = "&amp;";
          else if (c == '<')
            replacement = "&lt;";
          else if (c == '>')
            replacement = "&gt;";
          else if (c == '"')
            replacement = "&quot;";
          else if (c == '\r')
            replacement = "&#13;";
          else if (c == '\t')
            replacement = attribute ? "&#9;" : NULL;
          else if (c == '\n')
            replacement = attribute ? "&#10;" : NULL;
          else if (c < 0x20)
            replacement = REPLACEMENT_CHARACTER;
        }
      else
        {
          gunichar ch = g_utf8_get_char_validated (p, -1);

          if (ch == (gunichar) -1 || ch == (gunichar) -2 ||
              ch == 0xfffe || ch == 0xffff)
            {
              replacement = REPLACEMENT_CHARACTER;
              /* A valid but forbidden character goes as a whole; a bad
               * byte goes alone and the next one is looked at afresh. */
              if (ch == 0xfffe || ch == 0xffff)
                length = (gsize) (g_utf8_next_char (p) - p);
            }
          else
            length = (gsize) (g_utf8_next_char (p) - p);
        }

      if (replacement != NULL)
        {
          g_string_append_len (s, run, p - run);
          g_string_append (s, replacement);
          p += length;
          run = p;
        }
      else
        p += length;
    }
  g_string_append_len (s, run, p - run);
}

static void
writer_indent (Writer *w)
{
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->buf, "  ");
}

/* Starts element @name (a static string) one level below the open one. */
static void
writer_start (Writer     *w,
              const char *name)
{
  g_assert (w->depth < WRITER_MAX_DEPTH);
  g_assert (!w->has_text);

  if (w->start_open)
    g_string_append (w->buf, ">\n");
  writer_indent (w);
  g_string_append_c (w->buf, '<');
  g_string_append (w->buf, name);

  w->stack[w->depth++] = name;
  w->start_open = TRUE;
  w->has_text = FALSE;
}

/* Ends the open element: `<x …/>` when it has no content. */
static void
writer_end (Writer *w)
{
  const char *name;

  g_assert (w->depth > 0);
  name = w->stack[--w->depth];

  if (w->start_open)
    g_string_append (w->buf, "/>\n");
  else
    {
      if (!w->has_text)
        writer_indent (w);
      g_string_append (w->buf, "</");
      g_string_append (w->buf, name);
      g_string_append (w->buf, ">\n");
    }
  w->start_open = FALSE;
  w->has_text = FALSE;

  writer_flush (w, FALSE);
}

/* An attribute; left out when @value is NULL or empty (unset). */
static void
writer_attr (Writer     *w,
             const char *name,
             const char *value)
{
  g_assert (w->start_open);

  if (value == NULL || value[0] == '\0')
    return;

  g_string_append_c (w->buf, ' ');
  g_string_append (w->buf, name);
  g_string_append (w->buf, "=\"");
  append_escaped (w->buf, value, TRUE);
  g_string_append_c (w->buf, '"');
}

/* A number; left out when not finite (unset). */
static void
writer_attr_double (Writer     *w,
                    const char *name,
                    double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isfinite (value))
    writer_attr (w, name, _styr_format_double (buf, value));
}

static void
writer_attr_int (Writer     *w,
                 const char *name,
                 int         value)
{
  char buf[16];

  g_snprintf (buf, sizeof buf, "%d", value);
  writer_attr (w, name, buf);
}

/* A date; left out when NULL or invalid (unset). */
static void
writer_attr_date (Writer      *w,
                  const char  *name,
                  const GDate *date)
{
  char buf[11];

  if (date != NULL && g_date_valid (date))
    writer_attr (w, name, _styr_format_date (buf, date));
}

static void
writer_attr_enum (Writer     *w,
                  const char *name,
                  GType       enum_type,
                  int         value)
{
  writer_attr (w, name, _styr_format_enum_to_token (enum_type, value));
}

/* A reference to @entity by id; left out when NULL. */
static void
writer_attr_ref (Writer     *w,
                 const char *name,
                 gpointer    entity)
{
  if (entity != NULL)
    writer_attr (w, name, styr_entity_get_id (STYR_ENTITY (entity)));
}

/* Gives the open element @text as its content; nothing when empty. */
static void
writer_text (Writer     *w,
             const char *text)
{
  g_assert (w->start_open);

  if (text == NULL || text[0] == '\0')
    return;

  g_string_append_c (w->buf, '>');
  append_escaped (w->buf, text, FALSE);
  w->start_open = FALSE;
  w->has_text = TRUE;
}

/* `<name>text</name>`, left out when @text is unset. */
static void
writer_text_element (Writer     *w,
                     const char *name,
                     const char *text)
{
  if (text == NULL || text[0] == '\0')
    return;

  writer_start (w, name);
  writer_text (w, text);
  writer_end (w);
}

/* One `<element attribute="id"/>` per item of @refs, in their order. */
static void
writer_ref_list (Writer     *w,
                 const char *element,
                 const char *attribute,
                 GListModel *refs)
{
  guint n = g_list_model_get_n_items (refs);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrEntity) entity = g_list_model_get_item (refs, i);

      writer_start (w, element);
      writer_attr_ref (w, attribute, entity);
      writer_end (w);
    }
}


/* The sections, in the order of docs/format.md --------------------------- */

static void
write_kommun (Writer    *w,
              StyrModel *model)
{
  const char * const *values = styr_model_get_values (model);

  writer_start (w, "kommun");
  writer_attr (w, "namn", styr_model_get_name (model));
  writer_attr (w, "kommunkod", styr_model_get_kommunkod (model));
  /* The default rule is left out, so that only a deliberate choice shows. */
  if (g_strcmp0 (styr_model_get_rollup_rule (model), "viktat-medel") != 0)
    writer_attr (w, "sammanvagning", styr_model_get_rollup_rule (model));
  writer_text_element (w, "vision", styr_model_get_vision (model));
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    writer_text_element (w, "varde", values[i]);
  writer_end (w);
}

static void
write_scale (Writer    *w,
             StyrScale *scale)
{
  guint n = styr_scale_get_n_levels (scale);

  writer_start (w, "skala");
  writer_attr (w, "id", styr_scale_get_id (scale));
  writer_attr (w, "namn", styr_scale_get_name (scale));
  writer_attr (w, "ej-bedomd", styr_scale_get_not_assessed_label (scale));
  for (guint i = 0; i < n; i++)
    {
      StyrScaleLevel *level = styr_scale_get_level (scale, i);
      double score = styr_scale_level_get_score (level);

      writer_start (w, "niva");
      writer_attr (w, "id", styr_scale_level_get_id (level));
      writer_attr (w, "namn", styr_scale_level_get_label (level));
      writer_attr (w, "farg", styr_scale_level_get_colour (level));
      /* poang is required; a score that is not a number is written as
       * the worst, 0, rather than making the file unreadable. */
      writer_attr_double (w, "poang", isfinite (score) ? score : 0.0);
      writer_end (w);
    }
  writer_end (w);
}

static void
write_calendar (Writer       *w,
                StyrCalendar *calendar)
{
  GListModel *occasions = styr_calendar_get_occasions (calendar);
  guint n = g_list_model_get_n_items (occasions);

  writer_start (w, "kalender");
  writer_attr (w, "namn", styr_calendar_get_name (calendar));
  /* In the calendar's order: by the end of the period. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrOccasion) occasion = g_list_model_get_item (occasions, i);
      g_autofree char *period = styr_period_to_string (styr_occasion_get_period (occasion));
      g_autofree char *flags = _styr_format_flags_to_string (STYR_TYPE_OCCASION_FLAGS,
                                                             styr_occasion_get_flags (occasion));

      writer_start (w, "tillfalle");
      writer_attr (w, "id", styr_occasion_get_id (occasion));
      writer_attr (w, "namn", styr_occasion_get_name (occasion));
      writer_attr (w, "period", period);
      writer_attr (w, "flaggor", flags);
      writer_attr_date (w, "sista-dag", styr_occasion_get_deadline (occasion));
      writer_end (w);
    }
  writer_end (w);
}

static void
write_perspective (Writer  *w,
                   gpointer item)
{
  StyrPerspective *perspective = item;

  writer_start (w, "perspektiv");
  writer_attr_ref (w, "id", perspective);
  writer_attr (w, "namn", styr_perspective_get_name (perspective));
  writer_attr (w, "farg", styr_perspective_get_colour (perspective));
  writer_text_element (w, "beskrivning", styr_perspective_get_description (perspective));
  writer_end (w);
}

static void
write_organ (Writer  *w,
             gpointer item)
{
  StyrOrgan *organ = item;

  writer_start (w, "organ");
  writer_attr_ref (w, "id", organ);
  writer_attr_enum (w, "typ", STYR_TYPE_ORGAN_KIND, styr_organ_get_kind (organ));
  writer_attr (w, "namn", styr_organ_get_name (organ));
  writer_attr_ref (w, "sektor", styr_organ_get_sector (organ));
  writer_attr_ref (w, "agardirektiv", styr_organ_get_owner_directive (organ));
  writer_end (w);
}

static void
write_unit (Writer  *w,
            gpointer item)
{
  StyrUnit *unit = item;

  writer_start (w, "enhet");
  writer_attr_ref (w, "id", unit);
  writer_attr_enum (w, "niva", STYR_TYPE_UNIT_KIND, styr_unit_get_kind (unit));
  writer_attr (w, "namn", styr_unit_get_name (unit));
  writer_attr (w, "chef", styr_unit_get_head (unit));
  writer_attr_ref (w, "overordnad", styr_unit_get_parent (unit));
  writer_attr_ref (w, "namnd", styr_unit_get_explicit_budget_organ (unit));
  writer_end (w);
}

static void
write_document (Writer  *w,
                gpointer item)
{
  StyrDocument *document = item;
  int year = styr_document_get_year (document);

  writer_start (w, "dokument");
  writer_attr_ref (w, "id", document);
  writer_attr_enum (w, "typ", STYR_TYPE_DOCUMENT_KIND, styr_document_get_kind (document));
  writer_attr (w, "titel", styr_document_get_title (document));
  writer_attr_enum (w, "status", STYR_TYPE_DOCUMENT_STATUS, styr_document_get_status (document));
  if (year != 0)
    writer_attr_int (w, "ar", year);
  writer_attr_ref (w, "agare", styr_document_get_owner (document));
  writer_attr (w, "beslut", styr_document_get_decision (document));
  writer_attr_date (w, "beslutsdatum", styr_document_get_decision_date (document));
  writer_attr_date (w, "giltig-fran", styr_document_get_valid_from (document));
  writer_attr_date (w, "giltig-till", styr_document_get_valid_until (document));
  writer_attr_date (w, "revideras", styr_document_get_review_date (document));
  writer_attr (w, "ansvarig", styr_document_get_responsible (document));
  writer_end (w);
}

static void
write_focus_area (Writer  *w,
                  gpointer item)
{
  StyrFocusArea *area = item;

  writer_start (w, "fokusomrade");
  writer_attr_ref (w, "id", area);
  writer_attr (w, "namn", styr_focus_area_get_name (area));
  writer_attr_ref (w, "agare", styr_focus_area_get_owner (area));
  writer_text_element (w, "beskrivning", styr_focus_area_get_description (area));
  writer_end (w);
}

static void
write_indicator (Writer  *w,
                 gpointer item)
{
  StyrIndicator *indicator = item;
  g_autofree int *years = NULL;
  gsize n_years = 0;
  guint n_measurements, n_comparisons;
  int baseline_year = styr_indicator_get_baseline_year (indicator);

  writer_start (w, "indikator");
  writer_attr_ref (w, "id", indicator);
  writer_attr (w, "namn", styr_indicator_get_name (indicator));
  writer_attr (w, "mattenhet", styr_indicator_get_measure_unit (indicator));
  writer_attr_enum (w, "riktning", STYR_TYPE_INDICATOR_DIRECTION,
                    styr_indicator_get_direction (indicator));
  writer_attr_enum (w, "kalla", STYR_TYPE_INDICATOR_SOURCE,
                    styr_indicator_get_source (indicator));
  writer_attr (w, "kalla-id", styr_indicator_get_source_id (indicator));
  writer_attr_double (w, "basvarde", styr_indicator_get_baseline (indicator));
  if (baseline_year != 0)
    writer_attr_int (w, "basar", baseline_year);
  writer_attr_enum (w, "frekvens", STYR_TYPE_FREQUENCY,
                    styr_indicator_get_frequency (indicator));
  if (styr_indicator_get_gender_split (indicator))
    writer_attr (w, "konsuppdelad", "ja");
  if (styr_indicator_get_financial_rule (indicator) != STYR_FINANCIAL_RULE_NONE)
    writer_attr (w, "regel", styr_financial_rule_get_id (styr_indicator_get_financial_rule (indicator)));

  writer_text_element (w, "beskrivning", styr_indicator_get_description (indicator));

  /* Targets by year, the standing target (year 0) first. */
  years = styr_indicator_get_target_years (indicator, &n_years);
  for (gsize i = 0; i < n_years; i++)
    {
      double value, high, yellow;

      styr_indicator_lookup_target (indicator, years[i], &value, &high);
      styr_indicator_lookup_yellow_threshold (indicator, years[i], &yellow);

      writer_start (w, "malvarde");
      writer_attr_int (w, "ar", years[i]);
      writer_attr_double (w, "varde", value);
      writer_attr_double (w, "hog", high);
      writer_attr_double (w, "gul", yellow);
      writer_end (w);
    }

  /* Measurements in period order; there may be very many. */
  n_measurements = styr_indicator_get_n_measurements (indicator);
  for (guint i = 0; i < n_measurements && !writer_failed (w); i++)
    {
      g_autoptr(StyrPeriod) period = styr_indicator_get_measurement_period (indicator, i);
      g_autofree char *period_text = styr_period_to_string (period);
      const char *comment = NULL;
      double value, women, men;

      styr_indicator_get_measurement (indicator, i, &value, &women, &men, &comment);

      writer_start (w, "matvarde");
      writer_attr (w, "period", period_text);
      writer_attr_double (w, "varde", value);
      writer_attr_double (w, "kvinnor", women);
      writer_attr_double (w, "man", men);
      writer_text (w, comment);
      writer_end (w);
    }

  /* Comparison values by period, then kommunkod, as the indicator keeps
   * them. */
  n_comparisons = styr_indicator_get_n_comparison_values (indicator);
  for (guint i = 0; i < n_comparisons && !writer_failed (w); i++)
    {
      g_autoptr(StyrPeriod) period = NULL;
      g_autofree char *period_text = NULL;
      char code[8];
      guint32 key;
      guint kommunkod;
      double value;

      _styr_indicator_get_comparison_row (indicator, i, &key, &kommunkod, &value);
      period = _styr_period_from_key (key);
      period_text = styr_period_to_string (period);
      g_snprintf (code, sizeof code, "%04u", kommunkod);

      writer_start (w, "jamforelse");
      writer_attr (w, "kommun", code);
      writer_attr (w, "period", period_text);
      writer_attr_double (w, "varde", value);
      writer_end (w);
    }

  writer_end (w);
}

/* The assessments of @goal in calendar order. An assessment of an occasion
 * since taken out of the calendar is not written: its reference would
 * dangle. */
static void
write_assessments (Writer   *w,
                   StyrGoal *goal)
{
  StyrModel *model = styr_entity_get_model (STYR_ENTITY (goal));
  StyrCalendar *calendar = model != NULL ? styr_model_get_calendar (model) : NULL;
  GListModel *assessments = styr_goal_get_assessments (goal);
  guint n = g_list_model_get_n_items (assessments);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrAssessment) assessment = g_list_model_get_item (assessments, i);
      StyrOccasion *occasion = styr_assessment_get_occasion (assessment);
      const char *id = styr_occasion_get_id (occasion);

      if (calendar == NULL || styr_calendar_lookup_occasion (calendar, id) != occasion)
        continue;

      writer_start (w, "bedomning");
      writer_attr (w, "tillfalle", id);
      writer_attr (w, "niva", styr_assessment_get_level_id (assessment));
      writer_attr (w, "prognos", styr_assessment_get_prognosis_id (assessment));
      writer_attr (w, "av", styr_assessment_get_assessed_by (assessment));
      writer_attr_date (w, "datum", styr_assessment_get_assessed_on (assessment));
      writer_text_element (w, "analys", styr_assessment_get_analysis (assessment));
      writer_text_element (w, "atgarder", styr_assessment_get_measures (assessment));
      writer_end (w);
    }
}

static void
write_goal (Writer  *w,
            gpointer item)
{
  StyrGoal *goal = item;

  writer_start (w, "mal");
  writer_attr_ref (w, "id", goal);
  writer_attr_enum (w, "niva", STYR_TYPE_GOAL_LEVEL, styr_goal_get_level (goal));
  writer_attr (w, "titel", styr_goal_get_title (goal));
  writer_attr_ref (w, "perspektiv", styr_goal_get_perspective (goal));
  writer_attr_ref (w, "agare", styr_goal_get_owner (goal));
  writer_attr_ref (w, "dokument", styr_goal_get_document (goal));
  writer_attr (w, "sammanvagning", styr_goal_get_rollup_rule (goal));
  writer_text_element (w, "beskrivning", styr_goal_get_description (goal));
  /* The primary parent is the first. */
  writer_ref_list (w, "bidrar-till", "mal", styr_goal_get_parents (goal));
  writer_ref_list (w, "fokusomrade", "ref", styr_goal_get_focus_areas (goal));
  writer_ref_list (w, "indikator", "ref", styr_goal_get_indicators (goal));
  write_assessments (w, goal);
  writer_end (w);
}

static void
write_activity (Writer  *w,
                gpointer item)
{
  StyrActivity *activity = item;

  writer_start (w, "aktivitet");
  writer_attr_ref (w, "id", activity);
  writer_attr (w, "titel", styr_activity_get_title (activity));
  writer_attr_enum (w, "status", STYR_TYPE_ACTIVITY_STATUS, styr_activity_get_status (activity));
  writer_attr_date (w, "start", styr_activity_get_start_date (activity));
  writer_attr_date (w, "slut", styr_activity_get_end_date (activity));
  writer_attr (w, "ansvarig", styr_activity_get_responsible (activity));
  writer_attr_ref (w, "enhet", styr_activity_get_unit (activity));
  writer_attr_ref (w, "dokument", styr_activity_get_document (activity));
  writer_text_element (w, "beskrivning", styr_activity_get_description (activity));
  writer_text_element (w, "forvantat-resultat", styr_activity_get_expected_result (activity));
  writer_ref_list (w, "mal", "ref", styr_activity_get_goals (activity));
  writer_ref_list (w, "indikator", "ref", styr_activity_get_indicators (activity));
  writer_ref_list (w, "fokusomrade", "ref", styr_activity_get_focus_areas (activity));
  writer_end (w);
}

static void
write_arena (Writer  *w,
             gpointer item)
{
  StyrArena *arena = item;
  static const StyrPulsStep steps[] = {
    STYR_PULS_STEP_PROACTIVITY,
    STYR_PULS_STEP_DEVELOPMENT,
    STYR_PULS_STEP_LEARNING,
    STYR_PULS_STEP_SERVICE,
  };

  writer_start (w, "arena");
  writer_attr_ref (w, "id", arena);
  writer_attr (w, "namn", styr_arena_get_name (arena));
  writer_attr (w, "samordnare", styr_arena_get_coordinator (arena));
  writer_attr_ref (w, "agare", styr_arena_get_owner (arena));
  writer_text_element (w, "beskrivning", styr_arena_get_description (arena));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      const char *text = styr_arena_get_puls_step (arena, steps[i]);

      if (text == NULL || text[0] == '\0')
        continue;
      writer_start (w, "puls");
      writer_attr_enum (w, "steg", STYR_TYPE_PULS_STEP, steps[i]);
      writer_text (w, text);
      writer_end (w);
    }
  writer_ref_list (w, "medlem", "enhet", styr_arena_get_members (arena));
  writer_ref_list (w, "mal", "ref", styr_arena_get_goals (arena));
  writer_ref_list (w, "aktivitet", "ref", styr_arena_get_activities (arena));
  writer_end (w);
}

/* The economy section ---------------------------------------------------- */

/* Integers as the format writes amounts in öre, counts and basis points:
 * plain decimal, '-' for negatives. @buf must hold 21 bytes. Faster than
 * printf, which matters for hundreds of thousands of outcome rows. */
static const char *
format_int64 (char   *buf,
              gint64  value)
{
  char *p = buf + 20;
  guint64 u = value < 0 ? (guint64) -(value + 1) + 1 : (guint64) value;

  *p = '\0';
  do
    {
      *--p = (char) ('0' + u % 10);
      u /= 10;
    }
  while (u != 0);
  if (value < 0)
    *--p = '-';
  return p;
}

/* An attribute whose value needs no escaping (digits, '-', ASCII ids the
 * writer made itself). */
static void
writer_attr_plain (Writer     *w,
                   const char *name,
                   const char *value)
{
  g_assert (w->start_open);

  g_string_append_c (w->buf, ' ');
  g_string_append (w->buf, name);
  g_string_append (w->buf, "=\"");
  g_string_append (w->buf, value);
  g_string_append_c (w->buf, '"');
}

static void
writer_attr_int64 (Writer     *w,
                   const char *name,
                   gint64      value)
{
  char buf[21];

  writer_attr_plain (w, name, format_int64 (buf, value));
}

/* A month as YYYY-MM. */
static void
writer_attr_month (Writer     *w,
                   const char *name,
                   int         year,
                   int         month)
{
  char buf[8];

  g_assert (year >= 0 && year <= 9999 && month >= 1 && month <= 12);
  buf[0] = (char) ('0' + year / 1000);
  buf[1] = (char) ('0' + year / 100 % 10);
  buf[2] = (char) ('0' + year / 10 % 10);
  buf[3] = (char) ('0' + year % 10);
  buf[4] = '-';
  buf[5] = (char) ('0' + month / 10);
  buf[6] = (char) ('0' + month % 10);
  buf[7] = '\0';
  writer_attr_plain (w, name, buf);
}

/* <ekonomi> is written only when the model has economy data: it is
 * opened before its first row. */
typedef struct
{
  Writer   *w;
  gboolean  open;
} Economy;

static Writer *
economy_row (Economy    *e,
             const char *name)
{
  if (!e->open)
    {
      writer_start (e->w, "ekonomi");
      e->open = TRUE;
    }
  writer_start (e->w, name);
  return e->w;
}

static void
write_keys (Economy   *e,
            StyrModel *model)
{
  g_auto(GStrv) ids = styr_model_dup_periodisation_key_ids (model);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const int *weights;
      gsize n_weights;
      GString *text;
      Writer *w;

      /* The built-in keys are known to every model. */
      if (strcmp (ids[i], styr_periodisation_key_get_id (STYR_PERIODISATION_KEY_LINEAR)) == 0 ||
          strcmp (ids[i], styr_periodisation_key_get_id (STYR_PERIODISATION_KEY_PERSONNEL)) == 0)
        continue;

      weights = styr_model_lookup_periodisation_key (model, ids[i], &n_weights);
      text = g_string_new (NULL);
      for (gsize j = 0; j < n_weights; j++)
        {
          char buf[21];

          if (j > 0)
            g_string_append_c (text, ' ');
          g_string_append (text, format_int64 (buf, weights[j]));
        }

      w = economy_row (e, "nyckel");
      writer_attr (w, "id", ids[i]);
      writer_attr_plain (w, "vikter", text->str);
      writer_end (w);
      g_string_free (text, TRUE);
    }
}

/* The account map keeps its order: the first matching rule wins. */
static void
write_account_rules (Economy   *e,
                     StyrModel *model)
{
  guint n = styr_model_get_n_account_rules (model);

  for (guint i = 0; i < n; i++)
    {
      const char *first, *last, *category;
      Writer *w;

      styr_model_get_account_rule (model, i, &first, &last, &category);
      w = economy_row (e, "konto");
      writer_attr (w, "fran", first);
      writer_attr (w, "till", last);
      writer_attr (w, "kostnadsslag", category);
      writer_end (w);
    }
}

typedef struct
{
  const char *dim;
  const char *object;
  StyrUnit   *unit;
} ObjectMap;

static int
compare_object_maps (gconstpointer a,
                     gconstpointer b)
{
  const ObjectMap *x = a;
  const ObjectMap *y = b;
  int c = strcmp (x->dim, y->dim);

  return c != 0 ? c : strcmp (x->object, y->object);
}

/* By dimension, then object, as strings. */
static void
write_object_maps (Economy   *e,
                   StyrModel *model)
{
  guint n = styr_model_get_n_object_maps (model);
  g_autofree ObjectMap *maps = g_new (ObjectMap, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    styr_model_get_object_map (model, i, &maps[i].dim, &maps[i].object, &maps[i].unit);
  qsort (maps, n, sizeof *maps, compare_object_maps);

  for (guint i = 0; i < n; i++)
    {
      Writer *w = economy_row (e, "objekt");

      writer_attr (w, "dim", maps[i].dim);
      writer_attr (w, "id", maps[i].object);
      writer_attr_ref (w, "enhet", maps[i].unit);
      writer_end (w);
    }
}


/* Frames by organ (model order), then year. */
static void
write_frames (Economy    *e,
              GListModel *organs)
{
  guint n = g_list_model_get_n_items (organs);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrOrgan) organ = g_list_model_get_item (organs, i);
      gsize n_years = 0;
      g_autofree int *years = styr_organ_dup_frame_years (organ, &n_years);

      for (gsize j = 0; j < n_years; j++)
        {
          gint64 ore = 0;
          Writer *w;

          styr_organ_lookup_frame (organ, years[j], &ore);
          w = economy_row (e, "ram");
          writer_attr_ref (w, "organ", organ);
          writer_attr_int (w, "ar", years[j]);
          writer_attr_int64 (w, "belopp", ore);
          writer_end (w);
        }
    }
}

static void
write_allocation (Economy        *e,
                  StyrOrgan      *organ,
                  StyrAllocation *allocation)
{
  g_auto(GStrv) drivers = styr_allocation_dup_driver_ids (allocation);
  gsize n_years = 0;
  g_autofree int *years = styr_allocation_dup_years (allocation, &n_years);
  Writer *w = economy_row (e, "fordelning");

  writer_attr_ref (w, "organ", organ);

  for (guint i = 0; drivers[i] != NULL; i++)
    {
      writer_start (w, "drivare");
      writer_attr (w, "id", drivers[i]);
      writer_attr (w, "namn", styr_allocation_get_driver_name (allocation, drivers[i]));
      writer_attr (w, "enhet", styr_allocation_get_driver_unit (allocation, drivers[i]));
      writer_end (w);
    }

  for (gsize j = 0; j < n_years; j++)
    {
      gint64 fixed;
      gboolean has_fixed = styr_allocation_lookup_fixed (allocation, years[j], &fixed);
      int index = styr_allocation_get_index (allocation, years[j]);
      int efficiency = styr_allocation_get_efficiency (allocation, years[j]);

      /* A year with only volumes and prices has no row of its own. */
      if (!has_fixed && index == 0 && efficiency == 0)
        continue;
      writer_start (w, "fordelningsar");
      writer_attr_int (w, "ar", years[j]);
      if (has_fixed)
        writer_attr_int64 (w, "fast", fixed);
      if (index != 0)
        writer_attr_int (w, "index", index);
      if (efficiency != 0)
        writer_attr_int (w, "effektivisering", efficiency);
      writer_end (w);
    }

  /* Volumes, then prices, each by driver, then year. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; drivers[i] != NULL; i++)
      for (gsize j = 0; j < n_years; j++)
        {
          gint64 value;
          gboolean found = pass == 0
            ? styr_allocation_lookup_volume (allocation, drivers[i], years[j], &value)
            : styr_allocation_lookup_price (allocation, drivers[i], years[j], &value);

          if (!found)
            continue;
          writer_start (w, pass == 0 ? "volym" : "pris");
          writer_attr (w, "drivare", drivers[i]);
          writer_attr_int (w, "ar", years[j]);
          writer_attr_int64 (w, pass == 0 ? "varde" : "belopp", value);
          writer_end (w);
        }

  writer_end (w);
}

static void
write_allocations (Economy    *e,
                   GListModel *organs)
{
  guint n = g_list_model_get_n_items (organs);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrOrgan) organ = g_list_model_get_item (organs, i);
      StyrAllocation *allocation = styr_organ_get_allocation (organ);

      if (allocation != NULL)
        write_allocation (e, organ, allocation);
    }
}

/* Rows of a unit in the file's order: by year, month, then category as
 * a string. The unit keeps them in an order of its own (categories by
 * when they first appeared), which loading would not reproduce. Each row
 * is fetched once: a unit may have tens of thousands of outcomes. */
typedef struct
{
  guint32     when;       /* year × 16 + month (0 for a budget line) */
  guint32     rank;       /* of the category among the unit's categories */
  const char *category;
  const char *key;        /* budget lines: the periodisation key */
  gint64      ore;
} UnitRow;

static int
compare_unit_rows (gconstpointer a,
                   gconstpointer b)
{
  const UnitRow *x = a;
  const UnitRow *y = b;

  if (x->when != y->when)
    return x->when < y->when ? -1 : 1;
  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  return 0;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Fills @rows with the budget lines or the outcomes of @unit, sorted. */
static void
get_unit_rows (StyrUnit *unit,
               gboolean  outcomes,
               GArray   *rows)
{
  guint n = outcomes ? styr_unit_get_n_outcomes (unit) : styr_unit_get_n_budget_lines (unit);
  g_autoptr(GHashTable) ranks = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) categories = g_ptr_array_new ();
  const char *last = NULL;
  guint32 last_rank = 0;

  g_array_set_size (rows, n);
  for (guint i = 0; i < n; i++)
    {
      UnitRow *row = &g_array_index (rows, UnitRow, i);
      int year, month = 0;

      row->key = NULL;
      if (outcomes)
        styr_unit_get_outcome_row (unit, i, &year, &month, &row->category, &row->ore);
      else
        styr_unit_get_budget_line (unit, i, &year, &row->category, &row->ore, &row->key);
      row->when = (guint32) year * 16 + (guint32) month;
      if (!g_hash_table_contains (ranks, row->category))
        {
          g_hash_table_add (ranks, (gpointer) row->category);
          g_ptr_array_add (categories, (gpointer) row->category);
        }
    }

  g_ptr_array_sort (categories, compare_strings);
  for (guint i = 0; i < categories->len; i++)
    g_hash_table_insert (ranks, g_ptr_array_index (categories, i), GUINT_TO_POINTER (i));

  for (guint i = 0; i < n; i++)
    {
      UnitRow *row = &g_array_index (rows, UnitRow, i);

      /* Rows of one category often follow each other. */
      if (last == NULL || strcmp (last, row->category) != 0)
        {
          last = row->category;
          last_rank = GPOINTER_TO_UINT (g_hash_table_lookup (ranks, last));
        }
      row->rank = last_rank;
    }

  g_array_sort (rows, compare_unit_rows);
}

/* Budget lines, then outcomes, by unit (model order). */
static void
write_unit_rows (Economy    *e,
                 GListModel *units,
                 gboolean    outcomes)
{
  guint n = g_list_model_get_n_items (units);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (UnitRow));
  const char *linear = styr_periodisation_key_get_id (STYR_PERIODISATION_KEY_LINEAR);

  for (guint i = 0; i < n && !writer_failed (e->w); i++)
    {
      g_autoptr(StyrUnit) unit = g_list_model_get_item (units, i);
      const char *unit_id = styr_entity_get_id (STYR_ENTITY (unit));

      get_unit_rows (unit, outcomes, rows);
      for (guint j = 0; j < rows->len && !writer_failed (e->w); j++)
        {
          const UnitRow *row = &g_array_index (rows, UnitRow, j);
          Writer *w = economy_row (e, outcomes ? "utfall" : "budget");

          writer_attr (w, "enhet", unit_id);
          if (outcomes)
            writer_attr_month (w, "period", (int) (row->when / 16), (int) (row->when % 16));
          else
            writer_attr_int (w, "ar", (int) (row->when / 16));
          writer_attr (w, "kostnadsslag", row->category);
          writer_attr_int64 (w, "belopp", row->ore);
          if (row->key != NULL && strcmp (row->key, linear) != 0)
            writer_attr (w, "nyckel", row->key);
          writer_end (w);
        }
    }
}

typedef struct
{
  int         year;
  int         month;
  const char *dim;
  const char *object;
  const char *account;
  gint64      ore;
} UnmappedRow;

static int
compare_unmapped (gconstpointer a,
                  gconstpointer b)
{
  const UnmappedRow *x = a;
  const UnmappedRow *y = b;
  int c;

  if (x->year != y->year)
    return x->year < y->year ? -1 : 1;
  if (x->month != y->month)
    return x->month < y->month ? -1 : 1;
  if ((c = g_strcmp0 (x->dim, y->dim)) != 0 ||
      (c = g_strcmp0 (x->object, y->object)) != 0)
    return c;
  return g_strcmp0 (x->account, y->account);
}

/* By month, then dimension, object and account as strings (absent
 * first). */
static void
write_unmapped (Economy   *e,
                StyrModel *model)
{
  guint n = styr_model_get_n_unmapped_outcomes (model);
  g_autofree UnmappedRow *rows = g_new (UnmappedRow, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      UnmappedRow *r = &rows[i];

      styr_model_get_unmapped_outcome (model, i, &r->year, &r->month, &r->dim,
                                       &r->object, &r->account, &r->ore);
    }
  qsort (rows, n, sizeof *rows, compare_unmapped);

  for (guint i = 0; i < n; i++)
    {
      Writer *w = economy_row (e, "omappat");

      writer_attr_month (w, "period", rows[i].year, rows[i].month);
      writer_attr (w, "dim", rows[i].dim);
      writer_attr (w, "objekt", rows[i].object);
      writer_attr (w, "konto", rows[i].account);
      writer_attr_int64 (w, "belopp", rows[i].ore);
      writer_end (w);
    }
}

typedef struct
{
  StyrResultRowKind kind;
  int               year;
  int               month;
  StyrResultItem    item;
  gint64            ore;
} ResultRow;

static int
compare_result_rows (gconstpointer a,
                     gconstpointer b)
{
  const ResultRow *x = a;
  const ResultRow *y = b;

  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  if (x->year != y->year)
    return x->year < y->year ? -1 : 1;
  if (x->month != y->month)
    return x->month < y->month ? -1 : 1;
  if (x->item != y->item)
    return x->item < y->item ? -1 : 1;
  return 0;
}

/* Budgets by year, then outcomes by month; each by item within. */
static void
write_result_rows (Economy   *e,
                   StyrModel *model)
{
  guint n = styr_model_get_n_result_rows (model);
  g_autofree ResultRow *rows = g_new (ResultRow, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      ResultRow *r = &rows[i];

      styr_model_get_result_row (model, i, &r->kind, &r->year, &r->month, &r->item, &r->ore);
      if (r->kind == STYR_RESULT_ROW_BUDGET)
        r->month = 0;
    }
  qsort (rows, n, sizeof *rows, compare_result_rows);

  /* The budgeted result of each year first (it has no item), by year. */
  for (guint i = 0, nb = styr_model_get_n_budgeted_results (model); i < nb; i++)
    {
      Writer *w = economy_row (e, "resultat");
      int year;
      gint64 ore;

      styr_model_get_budgeted_result (model, i, &year, &ore);
      writer_attr_int (w, "ar", year);
      writer_attr_int64 (w, "budget", ore);
      writer_end (w);
    }

  for (guint i = 0; i < n; i++)
    {
      Writer *w = economy_row (e, "resultat");

      writer_attr (w, "post", styr_result_item_get_id (rows[i].item));
      if (rows[i].kind == STYR_RESULT_ROW_BUDGET)
        {
          writer_attr_int (w, "ar", rows[i].year);
          writer_attr_int64 (w, "budget", rows[i].ore);
        }
      else
        {
          writer_attr_month (w, "period", rows[i].year, rows[i].month);
          writer_attr_int64 (w, "utfall", rows[i].ore);
        }
      writer_end (w);
    }
}

/* Forecasts by occasion (the calendar's order), and at each occasion the
 * nämnder (model order), the units (model order) and the result items
 * (in the order of StyrResultItem). A forecast at an occasion since taken
 * out of the calendar is not written: its reference would dangle. */
static void
write_forecasts (Economy   *e,
                 StyrModel *model)
{
  GListModel *occasions = styr_calendar_get_occasions (styr_model_get_calendar (model));
  GListModel *organs = styr_model_get_organs (model);
  GListModel *units = styr_model_get_units (model);
  guint n_occasions = g_list_model_get_n_items (occasions);
  guint n_organs = g_list_model_get_n_items (organs);
  guint n_units = g_list_model_get_n_items (units);
  g_autoptr(GPtrArray) forecast_organs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) forecast_units = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean result_forecasts = styr_model_get_n_result_forecasts (model) > 0;

  /* Only those that have forecasts are looked at per occasion. */
  for (guint i = 0; i < n_organs; i++)
    {
      StyrOrgan *organ = g_list_model_get_item (organs, i);

      if (styr_organ_get_n_forecasts (organ) > 0)
        g_ptr_array_add (forecast_organs, organ);
      else
        g_object_unref (organ);
    }
  for (guint i = 0; i < n_units; i++)
    {
      StyrUnit *unit = g_list_model_get_item (units, i);

      if (styr_unit_get_n_forecasts (unit) > 0)
        g_ptr_array_add (forecast_units, unit);
      else
        g_object_unref (unit);
    }

  for (guint i = 0; i < n_occasions; i++)
    {
      g_autoptr(StyrOccasion) occasion = g_list_model_get_item (occasions, i);
      const char *id = styr_occasion_get_id (occasion);

      for (guint j = 0; j < forecast_organs->len; j++)
        {
          StyrOrgan *organ = g_ptr_array_index (forecast_organs, j);
          const char *comment = NULL;
          gint64 ore;
          Writer *w;

          if (!styr_organ_lookup_forecast (organ, id, &ore, &comment))
            continue;
          w = economy_row (e, "prognos");
          writer_attr (w, "tillfalle", id);
          writer_attr_ref (w, "organ", organ);
          writer_attr_int64 (w, "belopp", ore);
          writer_text (w, comment);
          writer_end (w);
        }

      for (guint j = 0; j < forecast_units->len; j++)
        {
          StyrUnit *unit = g_ptr_array_index (forecast_units, j);
          const char *comment = NULL;
          gint64 ore;
          Writer *w;

          if (!styr_unit_lookup_forecast (unit, id, &ore, &comment))
            continue;
          w = economy_row (e, "prognos");
          writer_attr (w, "tillfalle", id);
          writer_attr_ref (w, "enhet", unit);
          writer_attr_int64 (w, "belopp", ore);
          writer_text (w, comment);
          writer_end (w);
        }

      for (int item = 0; result_forecasts && item < STYR_N_RESULT_ITEMS; item++)
        {
          gint64 ore;
          Writer *w;

          if (!styr_model_lookup_result_forecast (model, id, (StyrResultItem) item, &ore))
            continue;
          w = economy_row (e, "prognos");
          writer_attr (w, "tillfalle", id);
          writer_attr (w, "post", styr_result_item_get_id ((StyrResultItem) item));
          writer_attr_int64 (w, "belopp", ore);
          writer_end (w);
        }
    }
}


static void
write_investment (Economy        *e,
                  StyrInvestment *investment,
                  GListModel     *occasions)
{
  guint n_occasions = g_list_model_get_n_items (occasions);
  guint n;
  Writer *w = economy_row (e, "investering");

  writer_attr_ref (w, "id", investment);
  writer_attr (w, "namn", styr_investment_get_name (investment));
  writer_attr_ref (w, "organ", styr_investment_get_organ (investment));
  writer_attr (w, "status", styr_investment_status_get_id (styr_investment_get_status (investment)));
  if (styr_investment_get_total_budget (investment) != 0)
    writer_attr_int64 (w, "total-budget", styr_investment_get_total_budget (investment));
  if (styr_investment_get_start_year (investment) != 0)
    writer_attr_int (w, "start-ar", styr_investment_get_start_year (investment));
  if (styr_investment_get_end_year (investment) != 0)
    writer_attr_int (w, "slut-ar", styr_investment_get_end_year (investment));

  /* The investment keeps budgets by year and outcomes by month. */
  n = styr_investment_get_n_budgets (investment);
  for (guint i = 0; i < n; i++)
    {
      int year;
      gint64 ore;

      styr_investment_get_budget (investment, i, &year, &ore);
      writer_start (w, "ar");
      writer_attr_int (w, "ar", year);
      writer_attr_int64 (w, "budget", ore);
      writer_end (w);
    }

  n = styr_investment_get_n_outcomes (investment);
  for (guint i = 0; i < n; i++)
    {
      int year, month;
      gint64 ore;

      styr_investment_get_outcome_row (investment, i, &year, &month, &ore);
      writer_start (w, "utfall");
      writer_attr_month (w, "period", year, month);
      writer_attr_int64 (w, "belopp", ore);
      writer_end (w);
    }

  /* Forecasts in the calendar's order. */
  for (guint i = 0; i < n_occasions && styr_investment_get_n_forecasts (investment) > 0; i++)
    {
      g_autoptr(StyrOccasion) occasion = g_list_model_get_item (occasions, i);
      const char *id = styr_occasion_get_id (occasion);
      gint64 year_ore, total_ore;

      if (!styr_investment_lookup_forecast (investment, id, &year_ore, &total_ore))
        continue;
      writer_start (w, "prognos");
      writer_attr (w, "tillfalle", id);
      writer_attr_int64 (w, "ar-belopp", year_ore);
      writer_attr_int64 (w, "total-belopp", total_ore);
      writer_end (w);
    }

  writer_end (w);
}

static void
write_investments (Economy   *e,
                   StyrModel *model)
{
  GListModel *investments = styr_model_get_investments (model);
  GListModel *occasions = styr_calendar_get_occasions (styr_model_get_calendar (model));
  guint n = g_list_model_get_n_items (investments);

  for (guint i = 0; i < n && !writer_failed (e->w); i++)
    {
      g_autoptr(StyrInvestment) investment = g_list_model_get_item (investments, i);

      write_investment (e, investment, occasions);
    }
}

static void
write_economy (Writer    *w,
               StyrModel *model)
{
  Economy e = { w, FALSE };
  GListModel *organs = styr_model_get_organs (model);
  GListModel *units = styr_model_get_units (model);

  write_keys (&e, model);
  write_account_rules (&e, model);
  write_object_maps (&e, model);
  write_frames (&e, organs);
  write_allocations (&e, organs);
  write_unit_rows (&e, units, FALSE);
  write_unit_rows (&e, units, TRUE);
  write_unmapped (&e, model);
  write_result_rows (&e, model);
  write_forecasts (&e, model);
  write_investments (&e, model);

  if (e.open && !writer_failed (w))
    writer_end (w);
}

typedef void (*WriteEntityFunc) (Writer  *w,
                                 gpointer entity);

static void
write_section (Writer          *w,
               GListModel      *entities,
               WriteEntityFunc  write_entity)
{
  guint n = g_list_model_get_n_items (entities);

  for (guint i = 0; i < n && !writer_failed (w); i++)
    {
      g_autoptr(GObject) entity = g_list_model_get_item (entities, i);

      write_entity (w, entity);
    }
}

static void
write_model (Writer    *w,
             StyrModel *model)
{
  g_string_append (w->buf, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  writer_start (w, "styr");
  writer_attr (w, "xmlns", STYR_FORMAT_NAMESPACE);
  writer_attr_int (w, "format", STYR_FORMAT_VERSION);

  write_kommun (w, model);
  write_scale (w, styr_model_get_scale (model));
  write_calendar (w, styr_model_get_calendar (model));
  write_section (w, styr_model_get_perspectives (model), write_perspective);
  write_section (w, styr_model_get_organs (model), write_organ);
  write_section (w, styr_model_get_units (model), write_unit);
  write_section (w, styr_model_get_documents (model), write_document);
  write_section (w, styr_model_get_focus_areas (model), write_focus_area);
  write_section (w, styr_model_get_indicators (model), write_indicator);
  write_section (w, styr_model_get_goals (model), write_goal);
  write_section (w, styr_model_get_activities (model), write_activity);
  write_section (w, styr_model_get_arenas (model), write_arena);
  if (!writer_failed (w))
    write_economy (w, model);

  if (writer_failed (w))
    return;

  writer_end (w);
  g_assert (w->depth == 0);
  writer_flush (w, TRUE);
}


/* Public API ---------------------------------------------------------------- */

/**
 * styr_model_to_bytes:
 * @self: a [class@Styr.Model]
 *
 * Writes @self as a `.styr` document in its canonical form
 * (docs/format.md): the same model always gives the same bytes, so what
 * [method@Styr.Model.save] writes to a file is exactly this.
 *
 * Text that XML cannot hold — control characters other than tab, line
 * feed and carriage return, and bytes that are not UTF-8 — is written as
 * U+FFFD, so the document is always well-formed.
 *
 * Returns: (transfer full): the document, UTF-8 encoded
 *
 * Since: 1.0
 */
GBytes *
styr_model_to_bytes (StyrModel *self)
{
  Writer w;

  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);

  writer_init (&w, NULL, NULL);
  write_model (&w, self);
  g_assert (w.error == NULL);

  return g_string_free_to_bytes (w.buf);
}

/* Closes @out without committing it: GIO's replace stream checks the
 * cancellable before it renames its temporary file over the destination
 * and removes the temporary file instead. Merely dropping the stream
 * would not do, as GOutputStream closes — and so commits — an unclosed
 * stream when it is finalised. */
void
_styr_abandon_stream (GOutputStream *out)
{
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();

  g_cancellable_cancel (cancelled);
  g_output_stream_close (out, cancelled, NULL);
}

/**
 * styr_model_save:
 * @self: a [class@Styr.Model]
 * @file: the file to write
 * @flags: flags; %STYR_SAVE_FLAGS_BACKUP keeps the previous file as a
 *   backup named like @file with `~` appended
 * @cancellable: (nullable): a [class@Gio.Cancellable]
 * @error: return location for a [struct@GLib.Error]
 *
 * Saves @self to @file as a `.styr` document in its canonical form, the
 * bytes of [method@Styr.Model.to_bytes].
 *
 * Saving is atomic: the document is written to a temporary file next to
 * @file, which replaces @file only once everything was written
 * ([method@Gio.File.replace]; for a local file that already exists, GIO
 * syncs the new data to disk before the rename). On any failure — an
 * error while writing, or @cancellable cancelled — @file keeps its
 * previous contents and no temporary file is left behind; a file that
 * did not exist before is not left half-written. When @file is a
 * symbolic link, the link is replaced by the new file.
 *
 * The document is written in chunks as it is made, so a large model is
 * never held in memory twice.
 *
 * Errors are in the %G_IO_ERROR domain.
 *
 * Returns: %TRUE if @self was saved
 *
 * Since: 1.0
 */
gboolean
styr_model_save (StyrModel      *self,
                 GFile          *file,
                 StyrSaveFlags   flags,
                 GCancellable   *cancellable,
                 GError        **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) query_error = NULL;
  g_autofree char *name = NULL;
  gboolean created;
  Writer w;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _styr_init_i18n ();
  name = g_file_get_parse_name (file);

  /* When @file does not exist, GIO writes it in place rather than through
   * a temporary file; a failed save then removes it again. Only a file
   * known not to exist counts as new, so an existing one is never
   * removed. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable,
                            &query_error);
  created = info == NULL && g_error_matches (query_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  out = g_file_replace (file, NULL, (flags & STYR_SAVE_FLAGS_BACKUP) != 0,
                        G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (out == NULL)
    {
      g_prefix_error (error, _("Kunde inte spara %s: "), name);
      return FALSE;
    }

  writer_init (&w, G_OUTPUT_STREAM (out), cancellable);
  write_model (&w, self);
  g_string_free (w.buf, TRUE);

  if (w.error == NULL)
    g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, &w.error);
  else
    _styr_abandon_stream (G_OUTPUT_STREAM (out));

  if (w.error != NULL)
    {
      if (created)
        g_file_delete (file, NULL, NULL);
      g_propagate_prefixed_error (error, w.error, _("Kunde inte spara %s: "), name);
      return FALSE;
    }

  return TRUE;
}

/**
 * styr_model_save_to_path:
 * @self: a [class@Styr.Model]
 * @path: (type filename): the path of the file to write
 * @flags: flags; %STYR_SAVE_FLAGS_BACKUP keeps the previous file as
 *   `path~`
 * @error: return location for a [struct@GLib.Error]
 *
 * Saves @self to the file at @path, atomically, as
 * [method@Styr.Model.save] does.
 *
 * Returns: %TRUE if @self was saved
 *
 * Since: 1.0
 */
gboolean
styr_model_save_to_path (StyrModel      *self,
                         const char     *path,
                         StyrSaveFlags   flags,
                         GError        **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  file = g_file_new_for_path (path);
  return styr_model_save (self, file, flags, NULL, error);
}
