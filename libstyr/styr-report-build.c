/* styr-report-build.c — building the report model from a model and a
 * period: the follow-up (goals), the operating statement and the
 * municipality's result (economy), the investments and the activities.
 *
 * Everything the writers show is decided here: which sections, in which
 * order, every amount (exact öre from the economy APIs) and every status
 * (from StyrFollowUp).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "styr-private.h"
#include "styr-error.h"
#include "styr-follow-up-private.h"
#include "styr-report-private.h"

/* One öre-amount in tkr, for drawing only. */
#define ORE_PER_TKR 100000.0

/* The texts of every goal's entry and of its tables and charts,
 * translated once per report (goal_texts_init()) rather than looked up
 * a dozen times per goal. Those with "%s" go through format_one(). */
typedef struct
{
  const char *indicators_caption;  /* "Indikatorer för %s" */
  const char *indicator;
  const char *measure_unit;
  const char *target;              /* a column, and a trend chart's series */
  const char *value;               /* the same */
  const char *period;
  const char *grade;
  const char *trend;
  const char *activities_caption;  /* "Aktiviteter för %s" */
  const char *activity;
  const char *responsible;
  const char *end_date;
  const char *status;
  const char *late_status;         /* "%s (försenad)" */
  const char *trend_title;         /* "%s: utfall och målvärde" */
  const char *target_low;
  const char *target_high;
  const char *contributes_to;
  const char *source_assessed;
  const char *source_computed;
  const char *source_none;
} GoalTexts;

typedef struct
{
  StyrReportContents     *contents;
  StyrModel              *model;
  const StyrPeriod       *period;
  StyrOrgan              *organ;        /* nullable: the whole municipality */
  int                     year;
  int                     first_month;
  int                     last_month;
  GDate                  *end_date;
  char                   *months_text;  /* "jan–aug" */

  StyrFollowUp           *follow_up;
  StyrOccasion           *occasion;     /* nullable */
  StyrScale              *scale;
  StyrScaleLevel         *grade_levels[4];   /* by StyrGrade; NULL for not assessed */

  StyrOperatingStatement *statement;
  StyrMunicipalResult    *result;
  const char             *economy_occasion_id;  /* nullable */

  GHashTable             *table_ids;    /* char* id → the next number for it as a stem */
  GHashTable             *chart_ids;    /* the same for charts */
  GHashTable             *placed;       /* StyrGoal* set: goals with an entry */
  GPtrArray              *scope_goals;  /* StyrGoal*: non-council goals in the report, in order */
  GPtrArray              *board_goals;  /* StyrGoal*: board-level goals in the report */
  GHashTable             *unit_organs;  /* StyrUnit* → its budget organ (or the builder: none) */
  GHashTable             *sector_organs; /* StyrUnit* sector → the nämnd it is the sector of (or the builder: several) */
  GHashTable             *organ_goals;  /* StyrOrgan* → GPtrArray of candidate goals, model order */
  GHashTable             *periods;      /* measurement period key → PeriodText */
  const char             *trend_texts[4];     /* trend_text() by StyrTrend, once per report */
  const char             *activity_texts[8];  /* activity_status_text() by status */
  StyrReportTexts        *texts;        /* the texts of the tables and charts */
  GHashTable             *activity_summaries;  /* StyrGoal* → ActivitySummary */
  GHashTable             *distributions;  /* council StyrGoal* → Distribution */
  GoalTexts               goal_texts;
} Builder;

/* The activity statuses in the order of the columns of the table of
 * statuses per goal (build_activities()). */
static const StyrActivityStatus summary_statuses[] = {
  STYR_ACTIVITY_STATUS_NOT_STARTED,
  STYR_ACTIVITY_STATUS_ONGOING,
  STYR_ACTIVITY_STATUS_DONE,
  STYR_ACTIVITY_STATUS_LATE,
  STYR_ACTIVITY_STATUS_CANCELLED,
};

/* A goal's activities as the section of activities needs them, noted
 * while its entry's activity table is made (build_activity_table()),
 * so that the section does not read every activity again. */
typedef struct
{
  guint      n;
  guint      counts[G_N_ELEMENTS (summary_statuses)];
  GPtrArray *late;    /* StyrActivity*, in order: the late ones (the model holds them) */
} ActivitySummary;

static void
activity_summary_free (gpointer data)
{
  ActivitySummary *summary = data;

  g_clear_pointer (&summary->late, g_ptr_array_unref);
  g_free (summary);
}

static void
activity_summary_add (ActivitySummary    *summary,
                      StyrActivity       *activity,
                      StyrActivityStatus  status,
                      gboolean            late)
{
  for (guint s = 0; s < G_N_ELEMENTS (summary_statuses); s++)
    if (summary_statuses[s] == status)
      summary->counts[s]++;
  if (late)
    {
      if (summary->late == NULL)
        summary->late = g_ptr_array_new ();
      g_ptr_array_add (summary->late, activity);
    }
}

/* styr_follow_up_get_distribution() of a council goal, which both its
 * entry and the table of council goals show (goal_distribution()): each
 * is a walk down the chain. */
typedef struct
{
  guint *counts;
  guint  n_counts;
  guint  n_not_assessed;
  guint  total;
} Distribution;

static void
distribution_free (gpointer data)
{
  Distribution *distribution = data;

  g_free (distribution->counts);
  g_free (distribution);
}

/* A measurement period as the trend charts need it, by the key of the
 * indicator's rows: made once per report, not once per measurement. */
typedef struct
{
  char *label;        /* styr_period_to_string() */
  int   last_month;
} PeriodText;

static void
period_text_free (gpointer data)
{
  PeriodText *text = data;

  g_free (text->label);
  g_free (text);
}

static void
builder_clear (Builder *b)
{
  g_clear_pointer (&b->end_date, g_date_free);
  g_clear_pointer (&b->months_text, g_free);
  g_clear_object (&b->follow_up);
  g_clear_object (&b->statement);
  g_clear_object (&b->result);
  g_clear_pointer (&b->table_ids, g_hash_table_unref);
  g_clear_pointer (&b->chart_ids, g_hash_table_unref);
  g_clear_pointer (&b->placed, g_hash_table_unref);
  g_clear_pointer (&b->scope_goals, g_ptr_array_unref);
  g_clear_pointer (&b->board_goals, g_ptr_array_unref);
  g_clear_pointer (&b->unit_organs, g_hash_table_unref);
  g_clear_pointer (&b->sector_organs, g_hash_table_unref);
  g_clear_pointer (&b->organ_goals, g_hash_table_unref);
  g_clear_pointer (&b->periods, g_hash_table_unref);
  if (b->texts != NULL)
    _styr_report_texts_seal (b->texts);
  g_clear_pointer (&b->texts, _styr_report_texts_unref);
  g_clear_pointer (&b->activity_summaries, g_hash_table_unref);
  g_clear_pointer (&b->distributions, g_hash_table_unref);
}

/* styr_unit_get_budget_organ() of @unit, once per unit and report, and
 * without its look through all the model's organs for every unit (a
 * pass over units × organs, quadratic in the size of the municipality):
 * the organs' sectors are sorted out once, and each unit looks up its
 * own chain. The same rules: the explicit organ of the unit or the
 * nearest unit above it, else the one nämnd or executive board whose
 * sector is the unit or a unit above it (none when several are). */
static StyrOrgan *
unit_budget_organ (Builder  *b,
                   StyrUnit *unit)
{
  gpointer organ;
  StyrOrgan *found = NULL;
  gboolean several = FALSE;

  if (b->unit_organs == NULL)
    {
      GListModel *organs = styr_model_get_organs (b->model);
      guint n = g_list_model_get_n_items (organs);

      b->unit_organs = g_hash_table_new (NULL, NULL);
      b->sector_organs = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(StyrOrgan) candidate = g_list_model_get_item (organs, i);
          StyrOrganKind kind = styr_organ_get_kind (candidate);
          StyrUnit *sector = styr_organ_get_sector (candidate);
          gpointer known;

          if ((kind != STYR_ORGAN_KIND_BOARD && kind != STYR_ORGAN_KIND_EXECUTIVE_BOARD) ||
              sector == NULL)
            continue;
          known = g_hash_table_lookup (b->sector_organs, sector);
          if (known == NULL)
            g_hash_table_insert (b->sector_organs, sector, candidate);  /* the model holds it */
          else if (known != (gpointer) candidate)
            g_hash_table_insert (b->sector_organs, sector, b);
        }
    }

  organ = g_hash_table_lookup (b->unit_organs, unit);
  if (organ != NULL)
    return organ != (gpointer) b ? organ : NULL;

  for (StyrUnit *u = unit; u != NULL && found == NULL; u = styr_unit_get_parent (u))
    found = styr_unit_get_explicit_budget_organ (u);

  if (found == NULL)
    for (StyrUnit *u = unit; u != NULL && !several; u = styr_unit_get_parent (u))
      {
        gpointer sector_organ = g_hash_table_lookup (b->sector_organs, u);

        if (sector_organ == NULL)
          continue;
        if (sector_organ == (gpointer) b || (found != NULL && found != sector_organ))
          several = TRUE;
        else
          found = sector_organ;
      }
  if (several)
    found = NULL;

  g_hash_table_insert (b->unit_organs, unit, found != NULL ? (gpointer) found : (gpointer) b);
  return found;
}

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */
/* ------------------------------------------------------------------ */

/* [a-z0-9-] from any UTF-8 text: å ä → a, ö → o, é → e, other
 * characters a dash; dashes collapsed and trimmed. */
static char *
slugify (const char *text)
{
  g_autoptr(GString) out = NULL;
  g_autofree char *lower = NULL;
  gboolean all_ascii = TRUE;

  if (text == NULL)
    text = "";
  for (const char *p = text; *p != '\0' && all_ascii; p++)
    all_ascii = (guchar) *p < 0x80;

  /* The ids the report makes its own ids from are ASCII: no Unicode
   * lower-casing for them. */
  if (all_ascii)
    {
      gsize len = strlen (text);
      char *slug = g_malloc (len + 2);
      gsize n = 0;

      for (const char *p = text; *p != '\0'; p++)
        {
          char c = g_ascii_tolower (*p);

          if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            slug[n++] = c;
          else if (n > 0 && slug[n - 1] != '-')
            slug[n++] = '-';
        }
      while (n > 0 && slug[n - 1] == '-')
        n--;
      if (n == 0)
        slug[n++] = 'x';
      slug[n] = '\0';
      return slug;
    }

  out = g_string_new (NULL);
  lower = g_utf8_strdown (text, -1);

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      char ascii = 0;

      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        ascii = (char) c;
      else if (c == 0xe5 || c == 0xe4 || c == 0xe0 || c == 0xe1 || c == 0xe2)
        ascii = 'a';
      else if (c == 0xf6 || c == 0xf8 || c == 0xf3 || c == 0xf4)
        ascii = 'o';
      else if (c == 0xe9 || c == 0xe8 || c == 0xea || c == 0xeb)
        ascii = 'e';
      else if (c == 0xfc || c == 0xfa)
        ascii = 'u';

      if (ascii != 0)
        g_string_append_c (out, ascii);
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  if (out->len == 0)
    g_string_append (out, "x");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* @format (a translated "… %s …", whose one directive is "%s" or
 * "%1$s", as msgfmt checks) with @arg in place of the directive: what
 * g_strdup_printf() gives, without printf, for the captions and titles
 * of every goal's tables and charts. */
static char *
format_one (const char *format,
            const char *arg)
{
  const char *directive = strchr (format, '%');
  gsize skip;
  GString *out;

  if (directive != NULL && directive[1] == 's')
    skip = 2;
  else if (directive != NULL && strncmp (directive, "%1$s", 4) == 0)
    skip = 4;
  else
    skip = 0;
  /* Anything else (none, two, "%%") is not a format of one string. */
  g_return_val_if_fail (skip > 0 && strchr (directive + skip, '%') == NULL, g_strdup (format));

  out = g_string_sized_new (strlen (format) + (arg != NULL ? strlen (arg) : 0));
  g_string_append_len (out, format, directive - format);
  g_string_append (out, arg != NULL ? arg : "");
  g_string_append (out, directive + skip);
  return g_string_free (out, FALSE);
}

/* A slug of @base not yet in @used (base, base-2, base-3 …), added.
 * @used maps each id to the next number to try when it is a stem again,
 * so that many ids of one stem do not cost a search from 2 each. */
static char *
unique_id (GHashTable *used,
           const char *base)
{
  char *slug = slugify (base);
  gpointer next;
  guint n;
  char *id;

  /* One lookup for the common case, a stem not seen before. */
  if (!g_hash_table_lookup_extended (used, slug, NULL, &next))
    {
      g_hash_table_insert (used, slug, GUINT_TO_POINTER (2));
      return g_strdup (slug);
    }

  n = GPOINTER_TO_UINT (next);
  id = g_strdup_printf ("%s-%u", slug, n);
  while (g_hash_table_contains (used, id))
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", slug, ++n);
    }
  /* The key stays: g_hash_table_insert() frees the new one. */
  g_hash_table_insert (used, slug, GUINT_TO_POINTER (n + 1));
  g_hash_table_insert (used, g_strdup (id), GUINT_TO_POINTER (2));
  return id;
}

static StyrReportTable *
new_table (Builder    *b,
           const char *base_id,
           const char *caption)
{
  g_autofree char *id = unique_id (b->table_ids, base_id);

  return _styr_report_table_new (b->texts, id, caption);
}

static StyrReportChart *
new_chart (Builder             *b,
           const char          *base_id,
           StyrReportChartKind  kind,
           const char          *title,
           const char          *unit)
{
  g_autofree char *id = unique_id (b->chart_ids, base_id);

  return _styr_report_chart_new (b->texts, id, kind, title, unit);
}

static void
append_heading (StyrReportSection *section,
                const char        *text,
                guint              level)
{
  g_autoptr(StyrReportHeading) heading = _styr_report_heading_new (text, level);

  _styr_report_section_append (section, heading);
}

static void
append_paragraph (StyrReportSection  *section,
                  StyrReportEmphasis  emphasis,
                  const char         *text)
{
  g_autoptr(StyrReportParagraph) paragraph = _styr_report_paragraph_new (text, emphasis);

  _styr_report_section_append (section, paragraph);
}

G_GNUC_PRINTF (3, 4)
static void
append_paragraphf (StyrReportSection  *section,
                   StyrReportEmphasis  emphasis,
                   const char         *format,
                   ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  append_paragraph (section, emphasis, text);
}

static StyrReportSection *
add_section (Builder               *b,
             StyrReportSectionKind  kind,
             const char            *id,
             const char            *title,
             StyrOrgan             *organ)
{
  g_autoptr(StyrReportSection) section = _styr_report_section_new (kind, id, title, organ);

  g_list_store_append (b->contents->sections, section);
  return section;   /* the store holds a reference */
}

static const char *
entity_name (StyrEntity *entity)
{
  const char *label;

  if (entity == NULL)
    return NULL;
  if (STYR_IS_ORGAN (entity))
    return styr_organ_get_name (STYR_ORGAN (entity));
  if (STYR_IS_UNIT (entity))
    return styr_unit_get_name (STYR_UNIT (entity));
  if (STYR_IS_GOAL (entity))
    return styr_goal_get_title (STYR_GOAL (entity));
  label = styr_entity_get_label (entity);
  return label != NULL ? label : styr_entity_get_id (entity);
}

static const char *
month_name (int month)
{
  switch (month)
    {
    case 1: return _("januari");
    case 2: return _("februari");
    case 3: return _("mars");
    case 4: return _("april");
    case 5: return _("maj");
    case 6: return _("juni");
    case 7: return _("juli");
    case 8: return _("augusti");
    case 9: return _("september");
    case 10: return _("oktober");
    case 11: return _("november");
    case 12: return _("december");
    default: return "";
    }
}

static const char *
month_abbreviation (int month)
{
  switch (month)
    {
    /* Translators: abbreviated month names, as in "jan–aug" */
    case 1: return C_("month", "jan");
    case 2: return C_("month", "feb");
    case 3: return C_("month", "mar");
    case 4: return C_("month", "apr");
    case 5: return C_("month", "maj");
    case 6: return C_("month", "jun");
    case 7: return C_("month", "jul");
    case 8: return C_("month", "aug");
    case 9: return C_("month", "sep");
    case 10: return C_("month", "okt");
    case 11: return C_("month", "nov");
    case 12: return C_("month", "dec");
    default: return "";
    }
}

static const char *
level_text (Builder        *b,
            StyrScaleLevel *level)
{
  if (level == NULL)
    return styr_scale_get_not_assessed_label (b->scale);
  return styr_scale_level_get_label (level);
}

static gboolean
same_level (StyrScaleLevel *a,
            StyrScaleLevel *c)
{
  if (a == NULL || c == NULL)
    return a == c;
  return g_strcmp0 (styr_scale_level_get_id (a), styr_scale_level_get_id (c)) == 0;
}

/* The level of the scale nearest @score; a tie goes to the better level
 * (as StyrFollowUp maps proposed scores). */
static StyrScaleLevel *
nearest_level (StyrScale *scale,
               double     score)
{
  StyrScaleLevel *best = NULL;
  double best_distance = G_MAXDOUBLE;
  guint n = styr_scale_get_n_levels (scale);

  for (guint i = 0; i < n; i++)
    {
      StyrScaleLevel *level = styr_scale_get_level (scale, i);
      double distance = fabs (styr_scale_level_get_score (level) - score);

      if (distance < best_distance)
        {
          best = level;
          best_distance = distance;
        }
    }
  return best;
}

static StyrScaleLevel *
grade_level (Builder   *b,
             StyrGrade  grade)
{
  if ((guint) grade >= G_N_ELEMENTS (b->grade_levels))
    return NULL;
  return b->grade_levels[grade];
}

static const char *
trend_text (StyrTrend trend)
{
  switch (trend)
    {
    case STYR_TREND_POSITIVE:
      return _("↑ Positiv");
    case STYR_TREND_UNCHANGED:
      return _("→ Oförändrad");
    case STYR_TREND_NEGATIVE:
      return _("↓ Negativ");
    case STYR_TREND_NO_DATA:
    default:
      return _("Underlag saknas");
    }
}

static const char *
goal_level_noun (StyrGoalLevel level)
{
  switch (level)
    {
    case STYR_GOAL_LEVEL_COUNCIL:
      return _("Inriktningsmål");
    case STYR_GOAL_LEVEL_BOARD:
      return _("Nämndmål");
    case STYR_GOAL_LEVEL_OPERATIONAL:
      return _("Verksamhetsmål");
    case STYR_GOAL_LEVEL_UNIT:
    default:
      return _("Enhetsmål");
    }
}

static const char *
activity_status_text (StyrActivityStatus status)
{
  switch (status)
    {
    case STYR_ACTIVITY_STATUS_NOT_STARTED:
      return _("Ej påbörjad");
    case STYR_ACTIVITY_STATUS_ONGOING:
      return _("Pågår");
    case STYR_ACTIVITY_STATUS_DONE:
      return _("Klar");
    case STYR_ACTIVITY_STATUS_LATE:
      return _("Försenad");
    case STYR_ACTIVITY_STATUS_CANCELLED:
      return _("Avbruten");
    default:
      return "";
    }
}

static const char *
investment_status_text (StyrInvestmentStatus status)
{
  switch (status)
    {
    case STYR_INVESTMENT_STATUS_PLANNED:
      return _("Planerad");
    case STYR_INVESTMENT_STATUS_ONGOING:
      return _("Pågår");
    case STYR_INVESTMENT_STATUS_COMPLETED:
      return _("Avslutad");
    case STYR_INVESTMENT_STATUS_POSTPONED:
      return _("Uppskjuten");
    default:
      return "";
    }
}

/* trend_text() and activity_status_text() looked up once per report:
 * they are on every indicator and activity row. */
static const char *
cached_trend_text (Builder   *b,
                   StyrTrend  trend)
{
  guint i = (guint) trend;

  if (i >= G_N_ELEMENTS (b->trend_texts))
    return trend_text (trend);
  if (b->trend_texts[i] == NULL)
    b->trend_texts[i] = trend_text (trend);
  return b->trend_texts[i];
}

static const char *
cached_activity_text (Builder            *b,
                      StyrActivityStatus  status)
{
  guint i = (guint) status;

  if (i >= G_N_ELEMENTS (b->activity_texts))
    return activity_status_text (status);
  if (b->activity_texts[i] == NULL)
    b->activity_texts[i] = activity_status_text (status);
  return b->activity_texts[i];
}

static void
goal_texts_init (GoalTexts *t)
{
  /* Translators: the caption of a goal's indicator table */
  /* xgettext: c-format */
  t->indicators_caption = _("Indikatorer för %s");
  t->indicator = _("Indikator");
  t->measure_unit = _("Enhet");
  t->target = _("Målvärde");
  t->value = _("Utfall");
  t->period = _("Period");
  t->grade = _("Bedömning");
  t->trend = _("Trend");
  /* Translators: the caption of a goal's activity table */
  /* xgettext: c-format */
  t->activities_caption = _("Aktiviteter för %s");
  t->activity = _("Aktivitet");
  t->responsible = _("Ansvarig");
  t->end_date = _("Slutdatum");
  t->status = _("Status");
  /* Translators: an activity's status when its end date has passed, "Pågår (försenad)" */
  /* xgettext: c-format */
  t->late_status = _("%s (försenad)");
  /* Translators: the title of an indicator's trend chart */
  /* xgettext: c-format */
  t->trend_title = _("%s: utfall och målvärde");
  t->target_low = _("Målvärde, lägst");
  t->target_high = _("Målvärde, högst");
  t->contributes_to = _("Bidrar till: ");
  t->source_assessed = _("Bedömd");
  t->source_computed = _("Beräknad");
  t->source_none = _("Ej bedömd");
}

/* "12,3 mnkr" / "1 234 tkr". */
static char *
money_text (gint64        ore,
            StyrMoneyUnit unit)
{
  return styr_money_format (ore, unit, unit == STYR_MONEY_UNIT_MNKR ? 1 : 0);
}

static char *
money_title (const char *title)
{
  /* Translators: a money column's title with its unit, "Budget, tkr" */
  return g_strdup_printf (_("%s, tkr"), title);
}

static guint
add_money_column (StyrReportTable *table,
                  const char      *title)
{
  g_autofree char *full = money_title (title);

  return _styr_report_table_add_column (table, full, STYR_REPORT_COLUMN_KIND_MONEY);
}

static gboolean
is_namnd (StyrOrgan *organ)
{
  StyrOrganKind kind = styr_organ_get_kind (organ);

  return kind == STYR_ORGAN_KIND_BOARD || kind == STYR_ORGAN_KIND_EXECUTIVE_BOARD;
}

/* ------------------------------------------------------------------ */
/* Title                                                               */
/* ------------------------------------------------------------------ */

static void
build_title (Builder *b)
{
  StyrReportContents *c = b->contents;
  StyrOccasionFlags flags = b->occasion != NULL ? styr_occasion_get_flags (b->occasion) : 0;
  StyrPeriodKind kind = styr_period_get_kind (b->period);
  const char *municipality = styr_model_get_name (b->model);

  if ((flags & STYR_OCCASION_FLAGS_ANNUAL_REPORT) != 0 ||
      (b->occasion == NULL && b->last_month == 12))
    c->kind = STYR_REPORT_KIND_ANNUAL;
  else if ((flags & STYR_OCCASION_FLAGS_INTERIM_REPORT) != 0 ||
           (b->occasion == NULL && b->last_month == 8 && kind != STYR_PERIOD_KIND_YEAR))
    c->kind = STYR_REPORT_KIND_INTERIM;
  else
    c->kind = STYR_REPORT_KIND_FOLLOW_UP;

  switch (c->kind)
    {
    case STYR_REPORT_KIND_ANNUAL:
      /* Translators: the title of the annual report, "Årsredovisning 2025" */
      c->title = g_strdup_printf (_("Årsredovisning %d"), b->year);
      break;
    case STYR_REPORT_KIND_INTERIM:
      /* Translators: the title of the interim report, "Delårsrapport
       * januari–augusti 2025" */
      c->title = g_strdup_printf (_("Delårsrapport %s–%s %d"),
                                  month_name (1), month_name (b->last_month), b->year);
      break;
    case STYR_REPORT_KIND_FOLLOW_UP:
    default:
      if (kind == STYR_PERIOD_KIND_TERTIAL)
        /* Translators: "Tertialrapport 1 2025" */
        c->title = g_strdup_printf (_("Tertialrapport %d %d"),
                                    styr_period_get_number (b->period), b->year);
      else if (kind == STYR_PERIOD_KIND_QUARTER)
        /* Translators: "Kvartalsrapport 1 2025" */
        c->title = g_strdup_printf (_("Kvartalsrapport %d %d"),
                                    styr_period_get_number (b->period), b->year);
      else
        /* Translators: "Uppföljning per februari 2025" */
        c->title = g_strdup_printf (_("Uppföljning per %s %d"),
                                    month_name (b->last_month), b->year);
      break;
    }

  if (municipality == NULL || municipality[0] == '\0')
    municipality = _("Kommunen");
  if (b->organ != NULL)
    c->subtitle = g_strdup_printf ("%s – %s", municipality, styr_organ_get_name (b->organ));
  else
    c->subtitle = g_strdup (municipality);
}

/* ------------------------------------------------------------------ */
/* Goal entries                                                        */
/* ------------------------------------------------------------------ */

static char *
indicator_target_text (StyrIndicator *indicator,
                       int            year,
                       double        *value)
{
  double low, high;

  if (!styr_indicator_lookup_target (indicator, year, &low, &high))
    return NULL;
  *value = low;
  if (styr_indicator_get_direction (indicator) == STYR_INDICATOR_DIRECTION_RANGE)
    {
      g_autofree char *from = _styr_report_format_number (low, -1);
      g_autofree char *to = _styr_report_format_number (high, -1);

      return g_strdup_printf ("%s–%s", from, to);
    }
  return _styr_report_format_number (low, -1);
}

static StyrReportTable *
build_indicator_table (Builder  *b,
                       StyrGoal *goal)
{
  const GoalTexts *t = &b->goal_texts;
  g_autofree char *base = g_strconcat ("indikatorer-", styr_entity_get_id (STYR_ENTITY (goal)), NULL);
  g_autofree char *caption = format_one (t->indicators_caption, styr_goal_get_title (goal));
  StyrReportTable *table = new_table (b, base, caption);
  const StyrRefList *indicators = _styr_goal_peek_indicators (goal);
  guint n = _styr_ref_list_get_n (indicators);
  guint c_name, c_unit, c_target, c_value, c_period, c_grade, c_trend;

  c_name = _styr_report_table_add_column (table, t->indicator, STYR_REPORT_COLUMN_KIND_TEXT);
  c_unit = _styr_report_table_add_column (table, t->measure_unit, STYR_REPORT_COLUMN_KIND_TEXT);
  c_target = _styr_report_table_add_column (table, t->target, STYR_REPORT_COLUMN_KIND_NUMBER);
  c_value = _styr_report_table_add_column (table, t->value, STYR_REPORT_COLUMN_KIND_NUMBER);
  c_period = _styr_report_table_add_column (table, t->period, STYR_REPORT_COLUMN_KIND_TEXT);
  c_grade = _styr_report_table_add_column (table, t->grade, STYR_REPORT_COLUMN_KIND_STATUS);
  c_trend = _styr_report_table_add_column (table, t->trend, STYR_REPORT_COLUMN_KIND_TEXT);

  for (guint i = 0; i < n; i++)
    {
      StyrIndicator *indicator = _styr_ref_list_get (indicators, i);
      g_autoptr(StyrPeriod) found = NULL;
      g_autofree char *target_text = NULL;
      double target = 0.0, value = 0.0;
      guint row = _styr_report_table_add_row (table, FALSE);
      StyrGrade grade;
      StyrTrend trend;

      _styr_report_table_set_text (table, row, c_name, styr_indicator_get_name (indicator));
      _styr_report_table_set_text (table, row, c_unit, styr_indicator_get_measure_unit (indicator));

      target_text = indicator_target_text (indicator, b->year, &target);
      if (target_text != NULL)
        _styr_report_table_set_number (table, row, c_target, target, -1, target_text);

      if (styr_indicator_lookup_latest (indicator, b->period, &value, &found))
        {
          _styr_report_table_set_number (table, row, c_value, value, -1, NULL);
          if (found != NULL)
            {
              g_autofree char *when = styr_period_to_string (found);

              _styr_report_table_set_text (table, row, c_period, when);
            }
        }

      /* The follow-up graded the indicator and worked out its trend at
       * the report's period: both are read from there. */
      _styr_follow_up_get_indicator_state (b->follow_up, indicator, &grade, &trend);
      _styr_report_table_set_level (table, row, c_grade, grade_level (b, grade),
                                    styr_scale_get_not_assessed_label (b->scale));
      _styr_report_table_set_text (table, row, c_trend, cached_trend_text (b, trend));
    }

  return table;
}

static StyrReportTable *
build_activity_table (Builder  *b,
                      StyrGoal *goal)
{
  /* Read where the goal keeps them: a list model per goal costs more
   * than the table. Nothing here changes the list. */
  const StyrRefList *activities = _styr_goal_peek_activities (goal);
  guint n = _styr_ref_list_get_n (activities);
  const GoalTexts *t = &b->goal_texts;
  g_autofree char *base = NULL;
  g_autofree char *caption = NULL;
  StyrReportTable *table;
  guint c_title, c_responsible, c_end, c_status;
  ActivitySummary *summary = NULL;

  if (!g_hash_table_contains (b->activity_summaries, goal))
    {
      summary = g_new0 (ActivitySummary, 1);
      summary->n = n;
      g_hash_table_insert (b->activity_summaries, goal, summary);
    }

  if (n == 0)
    return NULL;

  base = g_strconcat ("aktiviteter-", styr_entity_get_id (STYR_ENTITY (goal)), NULL);
  caption = format_one (t->activities_caption, styr_goal_get_title (goal));
  table = new_table (b, base, caption);
  c_title = _styr_report_table_add_column (table, t->activity, STYR_REPORT_COLUMN_KIND_TEXT);
  c_responsible = _styr_report_table_add_column (table, t->responsible, STYR_REPORT_COLUMN_KIND_TEXT);
  c_end = _styr_report_table_add_column (table, t->end_date, STYR_REPORT_COLUMN_KIND_DATE);
  c_status = _styr_report_table_add_column (table, t->status, STYR_REPORT_COLUMN_KIND_TEXT);

  for (guint i = 0; i < n; i++)
    {
      StyrActivity *activity = _styr_ref_list_get (activities, i);
      guint row = _styr_report_table_add_row (table, FALSE);
      StyrActivityStatus status = styr_activity_get_status (activity);
      gboolean late = styr_activity_is_late (activity, b->end_date);

      if (summary != NULL)
        activity_summary_add (summary, activity, status, late);
      _styr_report_table_set_text (table, row, c_title, styr_activity_get_title (activity));
      _styr_report_table_set_text (table, row, c_responsible, styr_activity_get_responsible (activity));
      _styr_report_table_set_date (table, row, c_end, styr_activity_get_end_date (activity));
      if (status != STYR_ACTIVITY_STATUS_LATE && late)
        {
          g_autofree char *text = format_one (t->late_status, cached_activity_text (b, status));

          _styr_report_table_set_text (table, row, c_status, text);
        }
      else
        _styr_report_table_set_text (table, row, c_status, cached_activity_text (b, status));
    }

  return table;
}

/* An indicator's values over the periods up to the report's: the year's
 * periods, or the last five years for a yearly indicator (ending with
 * the report's year and its target), against the target of each
 * period's year. NULL when there is nothing to draw. */
static StyrReportChart *
build_trend_chart (Builder       *b,
                   StyrGoal      *goal,
                   StyrIndicator *indicator)
{
  guint n = styr_indicator_get_n_measurements (indicator);
  gboolean yearly = styr_indicator_get_frequency (indicator) == STYR_FREQUENCY_YEARLY;
  gboolean range = styr_indicator_get_direction (indicator) == STYR_INDICATOR_DIRECTION_RANGE;
  int first_year = yearly ? b->year - 4 : b->year;
  g_autoptr(StyrReportChart) chart = NULL;
  g_autofree char *base = NULL;
  g_autofree char *title = NULL;
  guint s_value = 0, s_target = 0, s_high = 0;
  gboolean any_target = FALSE;
  gboolean has_report_year = FALSE;
  guint n_categories = 0;

  base = g_strconcat ("trend-", styr_entity_get_id (STYR_ENTITY (goal)), "-",
                      styr_entity_get_id (STYR_ENTITY (indicator)), NULL);
  title = format_one (b->goal_texts.trend_title, styr_indicator_get_name (indicator));

  for (guint i = 0; i < n; i++)
    {
      PeriodText *period;
      guint32 key;
      double row_value;
      int year;

      /* The key is the period's first month since year 0 (times four,
       * plus its kind), so the year comes without making the period. */
      _styr_indicator_get_row (indicator, i, &key, &row_value);
      year = (int) ((key >> 2) / 12);
      if (year < first_year || year > b->year)
        continue;
      period = g_hash_table_lookup (b->periods, GUINT_TO_POINTER (key));
      if (period == NULL)
        {
          g_autoptr(StyrPeriod) made = styr_indicator_get_measurement_period (indicator, i);

          period = g_new (PeriodText, 1);
          period->label = styr_period_to_string (made);
          period->last_month = styr_period_get_last_month (made);
          g_hash_table_insert (b->periods, GUINT_TO_POINTER (key), period);
        }
      if (year == b->year && period->last_month > b->last_month)
        continue;
      if (year == b->year)
        has_report_year = TRUE;

      if (chart == NULL)
        {
          g_autofree char *id = unique_id (b->chart_ids, base);

          chart = _styr_report_chart_new (b->texts, id, STYR_REPORT_CHART_KIND_INDICATOR_TREND, title,
                                          styr_indicator_get_measure_unit (indicator));
          s_value = _styr_report_chart_add_series (chart, b->goal_texts.value, NULL, FALSE);
          if (range)
            {
              s_target = _styr_report_chart_add_series (chart, b->goal_texts.target_low, NULL, TRUE);
              s_high = _styr_report_chart_add_series (chart, b->goal_texts.target_high, NULL, TRUE);
            }
          else
            s_target = _styr_report_chart_add_series (chart, b->goal_texts.target, NULL, TRUE);
        }

      {
        guint category = _styr_report_chart_add_category (chart, period->label, NULL);
        double low, high;

        _styr_report_chart_set_value (chart, s_value, category, row_value);
        if (styr_indicator_lookup_target (indicator, year, &low, &high))
          {
            any_target = TRUE;
            _styr_report_chart_set_value (chart, s_target, category, low);
            if (range)
              _styr_report_chart_set_value (chart, s_high, category, high);
          }
        n_categories++;
      }
    }

  if (chart == NULL || n_categories == 0)
    return NULL;

  /* A yearly indicator has no value for the report's own year yet, but
   * its target for that year is what the board steers towards: end the
   * chart with the year and its target alone. */
  if (yearly && !has_report_year)
    {
      double low, high;

      if (styr_indicator_lookup_target (indicator, b->year, &low, &high))
        {
          g_autofree char *label = g_strdup_printf ("%d", b->year);
          guint category = _styr_report_chart_add_category (chart, label, NULL);

          any_target = TRUE;
          _styr_report_chart_set_value (chart, s_target, category, low);
          if (range)
            _styr_report_chart_set_value (chart, s_high, category, high);
        }
    }

  (void) any_target;
  return g_steal_pointer (&chart);
}

static void
add_note (StyrReportGoal     *entry,
          StyrReportEmphasis  emphasis,
          const char         *text)
{
  g_autoptr(StyrReportParagraph) note = _styr_report_paragraph_new (text, emphasis);

  _styr_report_goal_add_note (entry, note);
}

static gboolean
text_is_empty (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* The level a goal shows: assessed, else proposed. */
static StyrScaleLevel *
shown_level (Builder  *b,
             StyrGoal *goal)
{
  StyrGoalStatus *status = styr_follow_up_get_status (b->follow_up, goal);
  StyrScaleLevel *level;

  if (status == NULL)
    return NULL;
  level = styr_goal_status_get_assessed_level (status);
  if (level == NULL)
    level = styr_goal_status_get_proposed_level (status);
  return level;
}

/* The distribution of the board goals under @goal, once per report. */
static const Distribution *
goal_distribution (Builder  *b,
                   StyrGoal *goal)
{
  Distribution *distribution = g_hash_table_lookup (b->distributions, goal);

  if (distribution == NULL)
    {
      distribution = g_new0 (Distribution, 1);
      styr_follow_up_get_distribution (b->follow_up, goal, &distribution->counts,
                                       &distribution->n_counts, &distribution->n_not_assessed);
      for (guint i = 0; i < distribution->n_counts; i++)
        distribution->total += distribution->counts[i];
      distribution->total += distribution->n_not_assessed;
      g_hash_table_insert (b->distributions, goal, distribution);
    }
  return distribution;
}

static StyrReportGoal *
build_goal_entry (Builder  *b,
                  StyrGoal *goal,
                  guint     depth)
{
  g_autoptr(StyrReportGoal) entry = _styr_report_goal_new (goal);
  StyrGoalStatus *status = styr_follow_up_get_status (b->follow_up, goal);
  StyrAssessment *assessment = b->occasion != NULL ? styr_goal_lookup_assessment (goal, b->occasion) : NULL;
  StyrScaleLevel *top = styr_scale_get_n_levels (b->scale) > 0 ? styr_scale_get_level (b->scale, 0) : NULL;
  const StyrRefList *parents = _styr_goal_peek_parents (goal);
  const StyrRefList *indicators = _styr_goal_peek_indicators (goal);
  guint n_parents = _styr_ref_list_get_n (parents);
  guint n_indicators = _styr_ref_list_get_n (indicators);
  StyrScaleLevel *assessed = NULL;

  entry->depth = depth;
  entry->owner_text = g_strdup (entity_name (styr_goal_get_owner (goal)));

  if (n_parents > 0)
    {
      g_autoptr(GString) text = g_string_new (b->goal_texts.contributes_to);

      for (guint i = 0; i < n_parents; i++)
        {
          StyrGoal *parent = _styr_ref_list_get (parents, i);

          if (i > 0)
            g_string_append (text, "; ");
          g_string_append (text, styr_goal_get_title (parent));
        }
      entry->parents_text = g_string_free (g_steal_pointer (&text), FALSE);
    }

  if (status != NULL)
    {
      entry->status = g_object_ref (status);
      assessed = styr_goal_status_get_assessed_level (status);
      g_set_object (&entry->proposed_level, styr_goal_status_get_proposed_level (status));
      g_set_object (&entry->prognosis, styr_goal_status_get_prognosis_level (status));
      entry->differs = styr_goal_status_get_differs (status);
      entry->trend_text = g_strdup (cached_trend_text (b, styr_goal_status_get_trend (status)));
    }
  else
    entry->trend_text = g_strdup (trend_text (STYR_TREND_NO_DATA));

  g_set_object (&entry->level, (assessed != NULL ? assessed : entry->proposed_level));
  entry->level_text = g_strdup (level_text (b, entry->level));
  if (assessed != NULL)
    entry->level_source_text = g_strdup (b->goal_texts.source_assessed);
  else if (entry->proposed_level != NULL)
    entry->level_source_text = g_strdup (b->goal_texts.source_computed);
  else
    entry->level_source_text = g_strdup (b->goal_texts.source_none);

  entry->met = entry->level != NULL && top != NULL && same_level (entry->level, top);
  entry->unmet = entry->level != NULL && !entry->met;

  if (assessment != NULL)
    {
      if (!text_is_empty (styr_assessment_get_analysis (assessment)))
        entry->analysis = g_strdup (styr_assessment_get_analysis (assessment));
      if (!text_is_empty (styr_assessment_get_measures (assessment)))
        entry->measures = g_strdup (styr_assessment_get_measures (assessment));
    }

  if (styr_goal_get_level (goal) == STYR_GOAL_LEVEL_COUNCIL)
    {
      const Distribution *below = goal_distribution (b, goal);

      if (below->total == 0)
        {
          entry->distribution_text = g_strdup (_("Inga nämndmål bidrar till målet."));
          add_note (entry, STYR_REPORT_EMPHASIS_WARNING,
                    _("Inget nämndmål bidrar till inriktningsmålet: fullmäktiges mål "
                      "saknar genomslag i nämndernas planer."));
        }
      else
        {
          g_autofree char *distribution = _styr_follow_up_format_counts (b->follow_up, below->counts,
                                                                         below->n_counts,
                                                                         below->n_not_assessed);

          /* Translators: the distribution of the board goals under a council goal */
          entry->distribution_text = g_strdup_printf (_("Nämndmålen: %s."), distribution);
        }
    }

  /* The notes the evaluators ask for. */
  if (entry->unmet && entry->analysis == NULL)
    {
      /* Translators: a warning on a goal that is not met */
      g_autofree char *text = g_strdup_printf (_("Analys saknas: målet bedöms som »%s« per %s, "
                                                 "men rapporten saknar en analys av varför och "
                                                 "vad det betyder."),
                                               entry->level_text, b->months_text);

      add_note (entry, STYR_REPORT_EMPHASIS_WARNING, text);
    }
  if (entry->unmet && entry->measures == NULL)
    add_note (entry, STYR_REPORT_EMPHASIS_WARNING,
              _("Åtgärder saknas för ett mål som inte är uppfyllt."));
  if (entry->differs && assessed != NULL && entry->proposed_level != NULL)
    {
      /* Translators: the board's assessment and the computed level differ */
      g_autofree char *text = g_strdup_printf (_("Bedömningen »%s« skiljer sig från den beräknade "
                                                 "nivån »%s« som indikatorerna och målen under "
                                                 "ger."),
                                               styr_scale_level_get_label (assessed),
                                               styr_scale_level_get_label (entry->proposed_level));

      add_note (entry, STYR_REPORT_EMPHASIS_NOTE, text);
    }
  if (styr_goal_get_level (goal) == STYR_GOAL_LEVEL_BOARD && n_indicators == 0)
    add_note (entry, STYR_REPORT_EMPHASIS_WARNING,
              _("Nämndmålet har ingen indikator och går inte att följa upp."));
  if (entry->level == NULL && styr_goal_get_level (goal) != STYR_GOAL_LEVEL_COUNCIL)
    add_note (entry, STYR_REPORT_EMPHASIS_NOTE,
              _("Målet är inte bedömt: det saknas både bedömning och underlag för en "
                "beräknad nivå."));

  entry->indicator_table = build_indicator_table (b, goal);
  entry->activity_table = build_activity_table (b, goal);

  for (guint i = 0; i < n_indicators; i++)
    {
      StyrIndicator *indicator = _styr_ref_list_get (indicators, i);
      g_autoptr(StyrReportChart) chart = build_trend_chart (b, goal, indicator);

      if (chart != NULL)
        _styr_report_goal_add_chart (entry, chart);
    }

  return g_steal_pointer (&entry);
}

/* ------------------------------------------------------------------ */
/* Goal groups: per perspective and focus area                         */
/* ------------------------------------------------------------------ */

static StyrFocusArea *
first_focus_area (StyrGoal *goal)
{
  const StyrRefList *areas = _styr_goal_peek_focus_areas (goal);

  if (_styr_ref_list_get_n (areas) == 0)
    return NULL;
  return _styr_ref_list_get (areas, 0);   /* the goal holds it */
}

static void
note_placed (Builder  *b,
             StyrGoal *goal)
{
  if (g_hash_table_add (b->placed, goal))
    {
      if (styr_goal_get_level (goal) != STYR_GOAL_LEVEL_COUNCIL)
        g_ptr_array_add (b->scope_goals, goal);
      if (styr_goal_get_level (goal) == STYR_GOAL_LEVEL_BOARD)
        g_ptr_array_add (b->board_goals, goal);
    }
}

/* @goal's entry, then its children's below it (the operational and unit
 * goals that break it down), each once per section. */
static void
emit_goal_tree (Builder           *b,
                StyrReportSection *section,
                GHashTable        *in_section,
                StyrGoal          *goal,
                guint              depth,
                gboolean           with_children,
                GPtrArray         *top_entries)
{
  g_autoptr(StyrReportGoal) entry = NULL;

  if (!g_hash_table_add (in_section, goal))
    return;

  entry = build_goal_entry (b, goal, depth);
  _styr_report_section_append (section, entry);
  note_placed (b, goal);
  if (depth == 0 && top_entries != NULL)
    g_ptr_array_add (top_entries, g_object_ref (entry));

  if (with_children)
    {
      const StyrRefList *children = _styr_goal_peek_children (goal);

      /* The list is read as it goes: nothing here changes it. */
      for (guint i = 0; i < _styr_ref_list_get_n (children); i++)
        {
          StyrGoal *child = _styr_ref_list_get (children, i);

          if (styr_goal_get_level (child) > styr_goal_get_level (goal))
            emit_goal_tree (b, section, in_section, child, depth + 1, TRUE, top_entries);
        }
    }
}

/* Emits @goals (the section's top goals, in model order) grouped under a
 * heading per perspective (model order; goals without one last) at
 * @level, and within it per focus area at @level + 1 (goals without a
 * focus area first). */
static void
emit_goal_groups (Builder           *b,
                  StyrReportSection *section,
                  GPtrArray         *goals,
                  guint              level,
                  gboolean           with_children,
                  GPtrArray         *top_entries)
{
  g_autoptr(GHashTable) in_section = g_hash_table_new (NULL, NULL);
  GListModel *perspectives = styr_model_get_perspectives (b->model);
  GListModel *areas = styr_model_get_focus_areas (b->model);
  guint n_perspectives = g_list_model_get_n_items (perspectives);
  guint n_areas = g_list_model_get_n_items (areas);
  g_autoptr(GHashTable) perspective_index = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) area_index = g_hash_table_new (NULL, NULL);
  g_autofree GPtrArray **groups = NULL;

  /* The goals sorted into their groups in one pass (model order kept
   * within a group), not a pass over all goals per perspective and
   * focus area. Group p × (n_areas + 1) + a: perspective p (n_perspectives:
   * none), focus area a − 1 (a = 0: none). */
  for (guint p = 0; p < n_perspectives; p++)
    {
      g_autoptr(StyrPerspective) perspective = g_list_model_get_item (perspectives, p);

      g_hash_table_insert (perspective_index, perspective, GUINT_TO_POINTER (p + 1));
    }
  for (guint a = 0; a < n_areas; a++)
    {
      g_autoptr(StyrFocusArea) area = g_list_model_get_item (areas, a);

      g_hash_table_insert (area_index, area, GUINT_TO_POINTER (a + 1));
    }
  groups = g_new0 (GPtrArray *, (gsize) (n_perspectives + 1) * (n_areas + 1));
  for (guint i = 0; i < goals->len; i++)
    {
      StyrGoal *goal = g_ptr_array_index (goals, i);
      StyrPerspective *perspective = styr_goal_get_perspective (goal);
      StyrFocusArea *area = first_focus_area (goal);
      guint p = perspective != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (perspective_index, perspective)) : 0;
      guint a = area != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (area_index, area)) : 0;
      gsize slot;

      /* A perspective or focus area the model does not list is in no
       * group, as before: it matched no heading. */
      if ((perspective != NULL && p == 0) || (area != NULL && a == 0))
        continue;
      slot = (gsize) (perspective != NULL ? p - 1 : n_perspectives) * (n_areas + 1) + a;
      if (groups[slot] == NULL)
        groups[slot] = g_ptr_array_new ();
      g_ptr_array_add (groups[slot], goal);
    }

  for (guint p = 0; p <= n_perspectives; p++)
    {
      g_autoptr(StyrPerspective) perspective = p < n_perspectives ? g_list_model_get_item (perspectives, p) : NULL;
      gboolean heading_done = FALSE;

      for (guint a = 0; a <= n_areas; a++)
        {
          /* a == 0: no focus area; a ≥ 1: focus area a − 1 */
          GPtrArray *group = groups[(gsize) p * (n_areas + 1) + a];
          g_autoptr(StyrFocusArea) area = NULL;
          gboolean area_heading_done = FALSE;

          if (group == NULL)
            continue;
          area = a > 0 ? g_list_model_get_item (areas, a - 1) : NULL;

          for (guint i = 0; i < group->len; i++)
            {
              StyrGoal *goal = g_ptr_array_index (group, i);

              if (g_hash_table_contains (in_section, goal))
                continue;

              if (!heading_done)
                {
                  append_heading (section,
                                  perspective != NULL ? styr_perspective_get_name (perspective)
                                                      : _("Utan perspektiv"),
                                  level);
                  heading_done = TRUE;
                }
              if (area != NULL && !area_heading_done)
                {
                  /* Translators: a focus area's sub-heading, "Fokusområde: Trygghet" */
                  g_autofree char *text = g_strdup_printf (_("Fokusområde: %s"),
                                                           styr_focus_area_get_name (area));

                  append_heading (section, text, MIN (level + 1, 4));
                  area_heading_done = TRUE;
                }
              emit_goal_tree (b, section, in_section, goal, 0, with_children, top_entries);
            }
        }
    }

  for (gsize i = 0; i < (gsize) (n_perspectives + 1) * (n_areas + 1); i++)
    g_clear_pointer (&groups[i], g_ptr_array_unref);
}

static void
add_status_lights (Builder           *b,
                   StyrReportSection *section,
                   const char        *base_id,
                   const char        *title,
                   GPtrArray         *entries)
{
  g_autoptr(StyrReportChart) chart = NULL;

  if (entries->len == 0)
    return;

  chart = new_chart (b, base_id, STYR_REPORT_CHART_KIND_STATUS_LIGHTS, title, NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      StyrReportGoal *entry = g_ptr_array_index (entries, i);

      _styr_report_chart_add_category (chart, styr_report_goal_get_title (entry),
                                       styr_report_goal_get_level (entry));
    }
  _styr_report_section_append (section, chart);
}

/* Whether a goal hangs below a board goal (of any organ): then it is
 * reported there, not again with the units' nämnd. */
static gboolean
has_board_ancestor (StyrGoal *goal)
{
  /* A walk up the parents, each goal once (the chain is a DAG), rather
   * than a list of all the ancestors. */
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  g_ptr_array_add (stack, goal);
  while (stack->len > 0)
    {
      StyrGoal *current = g_ptr_array_steal_index_fast (stack, stack->len - 1);
      const StyrRefList *parents = _styr_goal_peek_parents (current);
      guint n = _styr_ref_list_get_n (parents);

      for (guint i = 0; i < n; i++)
        {
          StyrGoal *parent = _styr_ref_list_get (parents, i);

          if (!g_hash_table_add (seen, parent))
            continue;
          if (styr_goal_get_level (parent) == STYR_GOAL_LEVEL_BOARD)
            return TRUE;
          g_ptr_array_add (stack, parent);   /* the model holds it */
        }
    }
  return FALSE;
}

/* The goals a board reports: those it owns (not council goals), the
 * goals of the units it is the budget organ of that hang below no board
 * goal, and — in the entries — the operational and unit goals below
 * them. Top goals only: a goal
 * whose parent is in the set is reached from there. */
/* The goals that may go with @organ's goals, in model order: the
 * non-council goals it owns and those owned by a unit it is the budget
 * organ of. Sorted out once for all organs, not a pass over every goal
 * per organ. */
static GPtrArray *
organ_candidate_goals (Builder   *b,
                       StyrOrgan *organ)
{
  GPtrArray *candidates;

  if (b->organ_goals == NULL)
    {
      GListModel *goals = styr_model_get_goals (b->model);
      guint n = g_list_model_get_n_items (goals);

      b->organ_goals = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(StyrGoal) goal = g_list_model_get_item (goals, i);
          StyrEntity *owner = styr_goal_get_owner (goal);
          StyrOrgan *key = NULL;
          GPtrArray *list;

          if (styr_goal_get_level (goal) == STYR_GOAL_LEVEL_COUNCIL || owner == NULL)
            continue;
          if (STYR_IS_ORGAN (owner))
            key = STYR_ORGAN (owner);
          else if (STYR_IS_UNIT (owner))
            key = unit_budget_organ (b, STYR_UNIT (owner));
          if (key == NULL)
            continue;

          list = g_hash_table_lookup (b->organ_goals, key);
          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (b->organ_goals, key, list);
            }
          g_ptr_array_add (list, goal);  /* the model holds it */
        }
    }

  candidates = g_hash_table_lookup (b->organ_goals, organ);
  return candidates;
}

static GPtrArray *
collect_organ_goals (Builder   *b,
                     StyrOrgan *organ)
{
  GPtrArray *candidates = organ_candidate_goals (b, organ);
  guint n = candidates != NULL ? candidates->len : 0;
  g_autoptr(GHashTable) set = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) below = g_hash_table_new (NULL, NULL);
  GPtrArray *top = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      StyrGoal *goal = g_ptr_array_index (candidates, i);
      StyrEntity *owner = styr_goal_get_owner (goal);

      if (owner == STYR_ENTITY (organ) ||
          (STYR_IS_UNIT (owner) && is_namnd (organ) &&
           unit_budget_organ (b, STYR_UNIT (owner)) == organ &&
           !has_board_ancestor (goal)))
        g_hash_table_add (set, goal);
    }

  /* Everything below an organ-owned goal is reached through it. */
  for (guint i = 0; i < n; i++)
    {
      StyrGoal *goal = g_ptr_array_index (candidates, i);

      if (g_hash_table_contains (set, goal) &&
          styr_goal_get_owner (goal) == STYR_ENTITY (organ))
        {
          g_autoptr(GPtrArray) descendants = _styr_goal_collect_descendants (goal);

          for (guint d = 0; d < descendants->len; d++)
            g_hash_table_add (below, g_ptr_array_index (descendants, d));
        }
    }

  for (guint i = 0; i < n; i++)
    {
      StyrGoal *goal = g_ptr_array_index (candidates, i);
      const StyrRefList *parents;
      guint n_parents;
      gboolean has_parent_in_set = FALSE;

      if (!g_hash_table_contains (set, goal) || g_hash_table_contains (below, goal))
        continue;

      parents = _styr_goal_peek_parents (goal);
      n_parents = _styr_ref_list_get_n (parents);
      for (guint p = 0; p < n_parents && !has_parent_in_set; p++)
        has_parent_in_set = g_hash_table_contains (set, _styr_ref_list_get (parents, p));
      if (!has_parent_in_set)
        g_ptr_array_add (top, goal);   /* the model holds it */
    }

  return top;
}

/* ------------------------------------------------------------------ */
/* Economy tables                                                      */
/* ------------------------------------------------------------------ */

typedef enum
{
  OPERATING_FULL,       /* the driftredovisning */
  OPERATING_SHORT,      /* a nämnd's economy beside its goals */
} OperatingStyle;

static StyrReportTable *
build_operating_table (Builder        *b,
                       const char     *base_id,
                       const char     *caption,
                       GPtrArray      *rows,
                       StyrOperatingRow *total,
                       OperatingStyle  style)
{
  StyrReportTable *table = new_table (b, base_id, caption);
  g_autofree char *periodised = g_strdup_printf (_("Periodiserad budget %s"), b->months_text);
  g_autofree char *outcome = g_strdup_printf (_("Utfall %s"), b->months_text);
  g_autofree char *deviation = g_strdup_printf (_("Avvikelse %s"), b->months_text);
  g_autofree char *last_year = g_strdup_printf (_("Utfall %d"), b->year - 1);
  guint c_name, c_budget, c_periodised, c_outcome, c_deviation, c_forecast, c_year_deviation;
  guint c_change = 0, c_last_year = 0;

  c_name = _styr_report_table_add_column (table, _("Nämnd"), STYR_REPORT_COLUMN_KIND_TEXT);
  c_budget = add_money_column (table, _("Årsbudget"));
  c_periodised = add_money_column (table, periodised);
  c_outcome = add_money_column (table, outcome);
  c_deviation = add_money_column (table, deviation);
  c_forecast = add_money_column (table, _("Helårsprognos"));
  c_year_deviation = add_money_column (table, _("Avvikelse helår"));
  if (style == OPERATING_FULL)
    {
      c_change = add_money_column (table, _("Förändring mot föregående prognos"));
      c_last_year = add_money_column (table, last_year);
    }

  for (guint i = 0; i <= rows->len; i++)
    {
      StyrOperatingRow *source = i < rows->len ? g_ptr_array_index (rows, i) : total;
      guint row;

      if (source == NULL)
        continue;

      row = _styr_report_table_add_row (table, i == rows->len);
      _styr_report_table_set_text (table, row, c_name, styr_operating_row_get_name (source));
      _styr_report_table_set_money (table, row, c_budget, styr_operating_row_get_annual_budget (source));
      _styr_report_table_set_money (table, row, c_periodised, styr_operating_row_get_periodised_budget (source));
      _styr_report_table_set_money (table, row, c_outcome, styr_operating_row_get_outcome (source));
      _styr_report_table_set_money (table, row, c_deviation, styr_operating_row_get_period_deviation (source));
      if (styr_operating_row_get_has_forecast (source))
        {
          _styr_report_table_set_money (table, row, c_forecast, styr_operating_row_get_forecast (source));
          _styr_report_table_set_money (table, row, c_year_deviation,
                                        styr_operating_row_get_year_deviation (source));
          if (style == OPERATING_FULL && styr_operating_row_get_has_previous_forecast (source))
            _styr_report_table_set_money (table, row, c_change,
                                          styr_operating_row_get_forecast_change (source));
        }
      if (style == OPERATING_FULL)
        _styr_report_table_set_money (table, row, c_last_year,
                                      styr_operating_row_get_last_year_outcome (source));
    }

  return table;
}

/* The operating rows in the report's scope, statement order. */
static GPtrArray *
scope_operating_rows (Builder *b)
{
  GListModel *rows = G_LIST_MODEL (b->statement);
  guint n = g_list_model_get_n_items (rows);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrOperatingRow) row = g_list_model_get_item (rows, i);

      if (b->organ == NULL || styr_operating_row_get_organ (row) == b->organ)
        g_ptr_array_add (out, g_steal_pointer (&row));
    }
  return out;
}

static void
append_forecast_comments (StyrReportSection *section,
                          GPtrArray         *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      StyrOperatingRow *row = g_ptr_array_index (rows, i);
      const char *comment = styr_operating_row_get_forecast_comment (row);

      if (!styr_operating_row_get_has_forecast (row))
        append_paragraphf (section, STYR_REPORT_EMPHASIS_WARNING,
                           _("%s har ingen helårsprognos: helårsavvikelsen kan inte bedömas."),
                           styr_operating_row_get_name (row));
      else if (!text_is_empty (comment))
        /* Translators: a nämnd's comment on its forecast, "Välfärdsnämnden: …" */
        append_paragraphf (section, STYR_REPORT_EMPHASIS_NONE, _("%s: %s"),
                           styr_operating_row_get_name (row), comment);
    }
}

/* ------------------------------------------------------------------ */
/* Sections                                                            */
/* ------------------------------------------------------------------ */

static void
build_fulfilment_table (Builder           *b,
                        StyrReportSection *section)
{
  guint n_levels = styr_scale_get_n_levels (b->scale);
  g_autofree guint *counts = g_new0 (guint, n_levels + 1);
  g_autoptr(StyrReportTable) table = NULL;
  guint total = b->board_goals->len;
  guint c_level, c_count, c_share;

  for (guint i = 0; i < b->board_goals->len; i++)
    {
      StyrScaleLevel *level = shown_level (b, g_ptr_array_index (b->board_goals, i));
      guint slot = n_levels;

      for (guint l = 0; level != NULL && l < n_levels; l++)
        if (same_level (level, styr_scale_get_level (b->scale, l)))
          slot = l;
      counts[slot]++;
    }

  if (total == 0)
    {
      append_paragraph (section, STYR_REPORT_EMPHASIS_NOTE,
                        _("Rapporten omfattar inga nämndmål."));
      return;
    }

  if (b->organ != NULL)
    append_paragraphf (section, STYR_REPORT_EMPHASIS_NONE,
                       _("Rapporten följer upp %u nämndmål. Nämndens bedömning visas när den "
                         "finns, annars den nivå som indikatorerna och målen under ger."),
                       total);
  else
    append_paragraphf (section, STYR_REPORT_EMPHASIS_NONE,
                       _("Rapporten följer upp %u nämndmål. Nämndernas bedömning visas när den "
                         "finns, annars den nivå som indikatorerna och målen under ger."),
                       total);

  table = new_table (b, "maluppfyllelse", _("Måluppfyllelse för nämndmålen"));
  c_level = _styr_report_table_add_column (table, _("Nivå"), STYR_REPORT_COLUMN_KIND_STATUS);
  c_count = _styr_report_table_add_column (table, _("Antal mål"), STYR_REPORT_COLUMN_KIND_NUMBER);
  c_share = _styr_report_table_add_column (table, _("Andel"), STYR_REPORT_COLUMN_KIND_PERCENT);
  for (guint l = 0; l <= n_levels; l++)
    {
      guint row = _styr_report_table_add_row (table, FALSE);

      _styr_report_table_set_level (table, row, c_level,
                                    l < n_levels ? styr_scale_get_level (b->scale, l) : NULL,
                                    styr_scale_get_not_assessed_label (b->scale));
      _styr_report_table_set_number (table, row, c_count, counts[l], 0, NULL);
      _styr_report_table_set_number (table, row, c_share, 100.0 * counts[l] / total, 0, NULL);
    }
  {
    guint row = _styr_report_table_add_row (table, TRUE);

    _styr_report_table_set_text (table, row, c_level, _("Summa"));
    _styr_report_table_set_number (table, row, c_count, total, 0, NULL);
    _styr_report_table_set_number (table, row, c_share, 100.0, 0, NULL);
  }
  _styr_report_section_append (section, table);
}

static void
build_summary (Builder           *b,
               StyrReportSection *section)
{
  const char *municipality = styr_model_get_name (b->model);

  if (b->organ != NULL)
    append_paragraphf (section, STYR_REPORT_EMPHASIS_NONE,
                       _("%s för %s avser perioden %s–%s %d: måluppfyllelsen per perspektiv, "
                         "ekonomin med helårsprognos och aktiviteterna."),
                       b->contents->title, styr_organ_get_name (b->organ),
                       month_name (b->first_month), month_name (b->last_month), b->year);
  else
    append_paragraphf (section, STYR_REPORT_EMPHASIS_NONE,
                       _("%s för %s avser perioden %s–%s %d: god ekonomisk hushållning, "
                         "fullmäktiges och nämndernas mål, ekonomin med helårsprognos, "
                         "investeringarna och aktiviteterna."),
                       b->contents->title,
                       municipality != NULL && municipality[0] != '\0' ? municipality : _("kommunen"),
                       month_name (b->first_month), month_name (b->last_month), b->year);

  append_heading (section, _("Måluppfyllelse"), 2);
  build_fulfilment_table (b, section);

  append_heading (section, _("Ekonomi"), 2);
  if (b->organ == NULL)
    {
      gint64 budget = styr_municipal_result_get_result_budget (b->result);
      gint64 forecast = styr_municipal_result_get_result_forecast (b->result);
      gint64 deviation = styr_municipal_result_get_year_deviation (b->result);
      g_autofree char *budget_text = money_text (budget, STYR_MONEY_UNIT_MNKR);
      g_autofree char *forecast_text = money_text (forecast, STYR_MONEY_UNIT_MNKR);
      g_autofree char *deviation_text = money_text (deviation, STYR_MONEY_UNIT_MNKR);
      g_autofree char *balance_text = money_text (styr_municipal_result_get_balance_result (b->result),
                                                  STYR_MONEY_UNIT_MNKR);

      append_paragraphf (section, STYR_REPORT_EMPHASIS_NONE,
                         _("Årets resultat prognostiseras till %s mot ett budgeterat resultat "
                           "på %s. Nämndernas samlade avvikelse mot budget för helåret är %s "
                           "(positivt är ett överskott)."),
                         forecast_text, budget_text, deviation_text);
      if (styr_municipal_result_get_balance_requirement_met (b->result))
        append_paragraphf (section, STYR_REPORT_EMPHASIS_NOTE,
                           _("Balanskravet uppfylls enligt helårsprognosen: balanskravsresultatet "
                             "är %s."), balance_text);
      else
        append_paragraphf (section, STYR_REPORT_EMPHASIS_WARNING,
                           _("Balanskravet uppfylls inte enligt helårsprognosen: "
                             "balanskravsresultatet är %s."), balance_text);
    }
  else
    {
      StyrOperatingRow *row = is_namnd (b->organ)
        ? styr_operating_statement_lookup_row (b->statement, b->organ) : NULL;

      if (row == NULL)
        append_paragraph (section, STYR_REPORT_EMPHASIS_NOTE,
                          _("Organet har ingen budgetram i driftredovisningen."));
      else if (!styr_operating_row_get_has_forecast (row))
        {
          g_autofree char *outcome = money_text (styr_operating_row_get_outcome (row), STYR_MONEY_UNIT_TKR);
          g_autofree char *periodised = money_text (styr_operating_row_get_periodised_budget (row),
                                                    STYR_MONEY_UNIT_TKR);

          append_paragraphf (section, STYR_REPORT_EMPHASIS_NONE,
                             _("Utfallet %s är %s mot en periodiserad budget på %s."),
                             b->months_text, outcome, periodised);
          append_paragraph (section, STYR_REPORT_EMPHASIS_WARNING,
                            _("Helårsprognos saknas: helårsavvikelsen kan inte bedömas."));
        }
      else
        {
          g_autofree char *forecast = money_text (styr_operating_row_get_forecast (row), STYR_MONEY_UNIT_TKR);
          g_autofree char *budget = money_text (styr_operating_row_get_annual_budget (row), STYR_MONEY_UNIT_TKR);
          g_autofree char *deviation = money_text (styr_operating_row_get_year_deviation (row),
                                                   STYR_MONEY_UNIT_TKR);

          append_paragraphf (section,
                             styr_operating_row_get_year_deviation (row) < 0
                               ? STYR_REPORT_EMPHASIS_WARNING : STYR_REPORT_EMPHASIS_NONE,
                             _("Helårsprognosen är %s mot en budget på %s: en avvikelse på %s "
                               "(positivt är ett överskott)."),
                             forecast, budget, deviation);
        }
    }
}

/* The value of an indicator with a financial rule, computed from the
 * full-year forecast without changing the model, and graded against the
 * target and the yellow threshold of the year. */
static gboolean
financial_value (Builder       *b,
                 StyrIndicator *indicator,
                 double        *value,
                 StyrGrade     *grade)
{
  double target, high, threshold;

  *grade = STYR_GRADE_NOT_ASSESSED;
  if (!styr_municipal_result_evaluate_rule (b->result, styr_indicator_get_financial_rule (indicator), value))
    return FALSE;

  if (styr_indicator_lookup_target (indicator, b->year, &target, &high))
    {
      gboolean reached, yellow = FALSE;

      switch (styr_indicator_get_direction (indicator))
        {
        case STYR_INDICATOR_DIRECTION_LOWER:
          reached = *value <= target;
          if (styr_indicator_lookup_yellow_threshold (indicator, b->year, &threshold))
            yellow = *value <= threshold;
          break;
        case STYR_INDICATOR_DIRECTION_RANGE:
          reached = *value >= target && *value <= high;
          break;
        case STYR_INDICATOR_DIRECTION_HIGHER:
        default:
          reached = *value >= target;
          if (styr_indicator_lookup_yellow_threshold (indicator, b->year, &threshold))
            yellow = *value >= threshold;
          break;
        }
      *grade = reached ? STYR_GRADE_GREEN : yellow ? STYR_GRADE_YELLOW : STYR_GRADE_RED;
    }
  return TRUE;
}

static void
build_financial_goals (Builder           *b,
                       StyrReportSection *section)
{
  GListModel *indicators = styr_model_get_indicators (b->model);
  guint n = g_list_model_get_n_items (indicators);
  g_autoptr(StyrReportTable) table = NULL;
  guint c_goal = 0, c_indicator = 0, c_target = 0, c_value = 0, c_grade = 0;
  guint c_registered = 0, c_registered_period = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrIndicator) indicator = g_list_model_get_item (indicators, i);
      GListModel *goals;
      g_autoptr(GString) goal_titles = g_string_new (NULL);
      g_autofree char *target_text = NULL;
      double target = 0.0, value = 0.0;
      StyrGrade grade = STYR_GRADE_NOT_ASSESSED;
      guint row;

      if (styr_indicator_get_financial_rule (indicator) == STYR_FINANCIAL_RULE_NONE)
        continue;

      if (table == NULL)
        {
          table = new_table (b, "finansiella-mal", _("Finansiella mål, bedömda på helårsprognosen"));
          c_goal = _styr_report_table_add_column (table, _("Mål"), STYR_REPORT_COLUMN_KIND_TEXT);
          c_indicator = _styr_report_table_add_column (table, _("Indikator"), STYR_REPORT_COLUMN_KIND_TEXT);
          c_target = _styr_report_table_add_column (table, _("Målvärde"), STYR_REPORT_COLUMN_KIND_NUMBER);
          c_value = _styr_report_table_add_column (table, _("Prognos helår"), STYR_REPORT_COLUMN_KIND_NUMBER);
          c_grade = _styr_report_table_add_column (table, _("Bedömning"), STYR_REPORT_COLUMN_KIND_STATUS);
          c_registered = _styr_report_table_add_column (table, _("Registrerat utfall"), STYR_REPORT_COLUMN_KIND_NUMBER);
          c_registered_period = _styr_report_table_add_column (table, _("Avser"), STYR_REPORT_COLUMN_KIND_TEXT);
        }

      goals = styr_indicator_get_goals (indicator);
      for (guint g = 0; g < g_list_model_get_n_items (goals); g++)
        {
          g_autoptr(StyrGoal) goal = g_list_model_get_item (goals, g);

          if (goal_titles->len > 0)
            g_string_append (goal_titles, "; ");
          g_string_append (goal_titles, styr_goal_get_title (goal));
        }

      row = _styr_report_table_add_row (table, FALSE);
      _styr_report_table_set_text (table, row, c_goal, goal_titles->str);
      {
        const char *unit = styr_indicator_get_measure_unit (indicator);
        g_autofree char *name = unit != NULL && unit[0] != '\0'
          ? g_strdup_printf ("%s (%s)", styr_indicator_get_name (indicator), unit)
          : g_strdup (styr_indicator_get_name (indicator));

        _styr_report_table_set_text (table, row, c_indicator, name);
      }
      target_text = indicator_target_text (indicator, b->year, &target);
      if (target_text != NULL)
        _styr_report_table_set_number (table, row, c_target, target, -1, target_text);
      if (financial_value (b, indicator, &value, &grade))
        _styr_report_table_set_number (table, row, c_value, value, -1, NULL);
      _styr_report_table_set_level (table, row, c_grade, grade_level (b, grade),
                                    styr_scale_get_not_assessed_label (b->scale));
      /* What the indicator holds as its measurement, which the goal's
       * status uses (styr_model_evaluate_financial_rules() sets it from
       * the forecast). */
      {
        g_autoptr(StyrPeriod) found = NULL;
        double registered;

        if (styr_indicator_lookup_latest (indicator, b->period, &registered, &found))
          {
            _styr_report_table_set_number (table, row, c_registered, registered, -1, NULL);
            if (found != NULL)
              {
                g_autofree char *when = styr_period_to_string (found);

                _styr_report_table_set_text (table, row, c_registered_period, when);
              }
          }
      }
    }

  if (table == NULL)
    append_paragraph (section, STYR_REPORT_EMPHASIS_NOTE,
                      _("Modellen har inga finansiella mål med en beräkningsregel; "
                        "de finansiella målen kan därför inte bedömas på helårsprognosen här."));
  else
    _styr_report_section_append (section, table);
}

static void
build_balance_requirement (Builder           *b,
                           StyrReportSection *section)
{
  g_autoptr(StyrReportTable) table = new_table (b, "balanskrav", _("Balanskravsutredning på helårsprognosen"));
  gint64 result = styr_municipal_result_get_result_forecast (b->result);
  gint64 adjustments = styr_municipal_result_get_item_forecast (b->result, STYR_RESULT_ITEM_BALANCE_ADJUSTMENTS);
  gint64 balance = styr_municipal_result_get_balance_result (b->result);
  g_autofree char *balance_text = money_text (balance, STYR_MONEY_UNIT_MNKR);
  guint c_item, c_value, row;

  c_item = _styr_report_table_add_column (table, _("Post"), STYR_REPORT_COLUMN_KIND_TEXT);
  c_value = add_money_column (table, _("Prognos helår"));

  row = _styr_report_table_add_row (table, FALSE);
  _styr_report_table_set_text (table, row, c_item, _("Årets resultat enligt prognos"));
  _styr_report_table_set_money (table, row, c_value, result);
  row = _styr_report_table_add_row (table, FALSE);
  _styr_report_table_set_text (table, row, c_item, _("Balanskravsjusteringar"));
  _styr_report_table_set_money (table, row, c_value, adjustments);
  row = _styr_report_table_add_row (table, TRUE);
  _styr_report_table_set_text (table, row, c_item, _("Balanskravsresultat"));
  _styr_report_table_set_money (table, row, c_value, balance);
  _styr_report_section_append (section, table);

  if (styr_municipal_result_get_balance_requirement_met (b->result))
    append_paragraphf (section, STYR_REPORT_EMPHASIS_NOTE,
                       _("Balanskravet uppfylls enligt helårsprognosen: balanskravsresultatet är %s."),
                       balance_text);
  else
    append_paragraphf (section, STYR_REPORT_EMPHASIS_WARNING,
                       _("Balanskravet uppfylls inte enligt helårsprognosen: balanskravsresultatet "
                         "är %s. Ett negativt balanskravsresultat ska återställas inom tre år "
                         "enligt en plan som fullmäktige beslutar."),
                       balance_text);
}

static void
build_good_economy (Builder           *b,
                    StyrReportSection *section)
{
  append_paragraph (section, STYR_REPORT_EMPHASIS_NONE,
                    _("Kommunen ska ha en god ekonomisk hushållning. Fullmäktige har angett "
                      "finansiella mål för hushållningen; de bedöms här på helårsprognosen, "
                      "liksom balanskravet."));

  append_heading (section, _("Finansiella mål"), 2);
  build_financial_goals (b, section);

  append_heading (section, _("Balanskravet"), 2);
  build_balance_requirement (b, section);
}

static void
build_steering_model (Builder           *b,
                      StyrReportSection *section)
{
  const char *vision = styr_model_get_vision (b->model);
  const char * const *values = styr_model_get_values (b->model);
  GListModel *perspectives = styr_model_get_perspectives (b->model);
  guint n_perspectives = g_list_model_get_n_items (perspectives);
  GListModel *goals = styr_model_get_goals (b->model);
  guint n_goals = g_list_model_get_n_items (goals);
  g_autoptr(StyrReportTable) chain = NULL;
  g_autoptr(StyrReportTable) table = NULL;
  guint c_name, c_description, c_council, c_board;
  g_autoptr(GPtrArray) perspective_items = g_ptr_array_new_full (n_perspectives, g_object_unref);
  g_autofree guint *n_council_in = g_new0 (guint, MAX (n_perspectives, 1));
  g_autofree guint *n_board_in = g_new0 (guint, MAX (n_perspectives, 1));
  guint n_at_level[STYR_GOAL_LEVEL_UNIT + 1] = { 0 };

  if (!text_is_empty (vision))
    /* Translators: the vision of the municipality */
    append_paragraphf (section, STYR_REPORT_EMPHASIS_NONE, _("Vision: %s"), vision);
  else
    append_paragraph (section, STYR_REPORT_EMPHASIS_WARNING,
                      _("Modellen saknar en vision: målkedjan har ingen topp."));

  if (values != NULL && values[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) values);

      /* Translators: the values (värdegrund) of the municipality */
      append_paragraphf (section, STYR_REPORT_EMPHASIS_NONE, _("Värdegrund: %s."), joined);
    }

  append_paragraph (section, STYR_REPORT_EMPHASIS_NONE,
                    _("Målkedjan: fullmäktige beslutar inriktningsmål i budgeten, i varje "
                      "perspektiv. Nämnderna bryter ned dem i nämndmål som följs upp med "
                      "indikatorer och målvärden. Förvaltningarna och enheterna gör "
                      "verksamhetsplaner och arbetsplaner med aktiviteter som ska flytta "
                      "resultaten. Politiken säger vad, förvaltningen hur."));

  /* The goals of each perspective and level are counted in one pass
   * over the goals, not a filtered list of every goal per perspective
   * and per level. */
  for (guint p = 0; p < n_perspectives; p++)
    g_ptr_array_add (perspective_items, g_list_model_get_item (perspectives, p));
  for (guint i = 0; i < n_goals; i++)
    {
      g_autoptr(StyrGoal) goal = g_list_model_get_item (goals, i);
      StyrGoalLevel level = styr_goal_get_level (goal);
      guint p;

      if ((guint) level < G_N_ELEMENTS (n_at_level))
        n_at_level[level]++;
      if ((level == STYR_GOAL_LEVEL_COUNCIL || level == STYR_GOAL_LEVEL_BOARD) &&
          g_ptr_array_find (perspective_items, styr_goal_get_perspective (goal), &p))
        {
          if (level == STYR_GOAL_LEVEL_COUNCIL)
            n_council_in[p]++;
          else
            n_board_in[p]++;
        }
    }

  append_heading (section, _("Perspektiv"), 2);
  table = new_table (b, "perspektiv", _("Styrmodellens perspektiv och antal mål"));
  c_name = _styr_report_table_add_column (table, _("Perspektiv"), STYR_REPORT_COLUMN_KIND_TEXT);
  c_description = _styr_report_table_add_column (table, _("Beskrivning"), STYR_REPORT_COLUMN_KIND_TEXT);
  c_council = _styr_report_table_add_column (table, _("Inriktningsmål"), STYR_REPORT_COLUMN_KIND_NUMBER);
  c_board = _styr_report_table_add_column (table, _("Nämndmål"), STYR_REPORT_COLUMN_KIND_NUMBER);
  for (guint p = 0; p < n_perspectives; p++)
    {
      StyrPerspective *perspective = g_ptr_array_index (perspective_items, p);
      guint row = _styr_report_table_add_row (table, FALSE);

      _styr_report_table_set_text (table, row, c_name, styr_perspective_get_name (perspective));
      _styr_report_table_set_text (table, row, c_description, styr_perspective_get_description (perspective));
      _styr_report_table_set_number (table, row, c_council, n_council_in[p], 0, NULL);
      _styr_report_table_set_number (table, row, c_board, n_board_in[p], 0, NULL);
    }
  _styr_report_section_append (section, table);

  append_heading (section, _("Målkedjan"), 2);
  chain = new_table (b, "malkedjan", _("Mål per nivå i målkedjan"));
  c_name = _styr_report_table_add_column (chain, _("Nivå"), STYR_REPORT_COLUMN_KIND_TEXT);
  c_council = _styr_report_table_add_column (chain, _("Antal mål"), STYR_REPORT_COLUMN_KIND_NUMBER);
  for (StyrGoalLevel level = STYR_GOAL_LEVEL_COUNCIL; level <= STYR_GOAL_LEVEL_UNIT; level++)
    {
      guint row = _styr_report_table_add_row (chain, FALSE);

      _styr_report_table_set_text (chain, row, c_name, goal_level_noun (level));
      _styr_report_table_set_number (chain, row, c_council, n_at_level[level], 0, NULL);
    }
  _styr_report_section_append (section, chain);

  append_heading (section, _("Bedömningsskala"), 2);
  {
    g_autoptr(StyrReportTable) scale = new_table (b, "bedomningsskala", _("Skalan för måluppfyllelse"));
    guint n_levels = styr_scale_get_n_levels (b->scale);
    guint c_level = _styr_report_table_add_column (scale, _("Nivå"), STYR_REPORT_COLUMN_KIND_STATUS);
    guint c_score = _styr_report_table_add_column (scale, _("Poäng"), STYR_REPORT_COLUMN_KIND_NUMBER);

    for (guint l = 0; l < n_levels; l++)
      {
        StyrScaleLevel *level = styr_scale_get_level (b->scale, l);
        guint row = _styr_report_table_add_row (scale, FALSE);

        _styr_report_table_set_level (scale, row, c_level, level, NULL);
        _styr_report_table_set_number (scale, row, c_score, styr_scale_level_get_score (level), -1, NULL);
      }
    _styr_report_section_append (section, scale);
    append_paragraphf (section, STYR_REPORT_EMPHASIS_NONE,
                       _("Ett mål utan bedömning och utan underlag visas som »%s«, aldrig som "
                         "ej uppfyllt."),
                       styr_scale_get_not_assessed_label (b->scale));
  }
}

static void
build_council_goals (Builder           *b,
                     StyrReportSection *section)
{
  g_autoptr(GListModel) council = styr_model_get_goals_at_level (b->model, STYR_GOAL_LEVEL_COUNCIL);
  guint n = g_list_model_get_n_items (council);
  guint n_levels = styr_scale_get_n_levels (b->scale);
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StyrReportChart) chart = NULL;
  g_autoptr(StyrReportTable) table = NULL;
  g_autofree guint *level_series = g_new0 (guint, n_levels + 1);
  g_autofree guint *level_columns = g_new0 (guint, n_levels + 1);
  guint c_goal, c_level;

  if (n == 0)
    {
      append_paragraph (section, STYR_REPORT_EMPHASIS_WARNING,
                        _("Fullmäktige har inga inriktningsmål i modellen."));
      return;
    }

  append_paragraph (section, STYR_REPORT_EMPHASIS_NONE,
                    _("Inriktningsmålen följs upp genom nämndernas mål: varje inriktningsmål "
                      "visas med sin bedömning och hur nämndmålen under det fördelar sig på "
                      "skalans nivåer."));

  chart = new_chart (b, "fordelning-inriktningsmal", STYR_REPORT_CHART_KIND_DISTRIBUTION,
                     _("Nämndmålens måluppfyllelse per inriktningsmål"), _("antal mål"));
  table = new_table (b, "inriktningsmal", _("Inriktningsmålen och nämndmålen under dem"));
  c_goal = _styr_report_table_add_column (table, _("Inriktningsmål"), STYR_REPORT_COLUMN_KIND_TEXT);
  c_level = _styr_report_table_add_column (table, _("Bedömning"), STYR_REPORT_COLUMN_KIND_STATUS);
  for (guint l = 0; l <= n_levels; l++)
    {
      StyrScaleLevel *level = l < n_levels ? styr_scale_get_level (b->scale, l) : NULL;
      const char *label = level_text (b, level);

      level_series[l] = _styr_report_chart_add_series (chart, label, level, FALSE);
      level_columns[l] = _styr_report_table_add_column (table, label, STYR_REPORT_COLUMN_KIND_NUMBER);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrGoal) goal = g_list_model_get_item (council, i);
      const Distribution *distribution = goal_distribution (b, goal);
      const guint *counts = distribution->counts;
      guint n_counts = distribution->n_counts, n_not_assessed = distribution->n_not_assessed;
      guint category = _styr_report_chart_add_category (chart, styr_goal_get_title (goal), NULL);
      guint row = _styr_report_table_add_row (table, FALSE);

      _styr_report_table_set_text (table, row, c_goal, styr_goal_get_title (goal));
      _styr_report_table_set_level (table, row, c_level, shown_level (b, goal),
                                    styr_scale_get_not_assessed_label (b->scale));
      for (guint l = 0; l <= n_levels; l++)
        {
          guint count = l < n_levels ? (l < n_counts ? counts[l] : 0) : n_not_assessed;

          _styr_report_chart_set_value (chart, level_series[l], category, count);
          _styr_report_table_set_number (table, row, level_columns[l], count, 0, NULL);
        }
      g_ptr_array_add (goals, g_steal_pointer (&goal));
    }

  _styr_report_section_append (section, chart);
  _styr_report_section_append (section, table);

  {
    GListModel *uncovered = styr_follow_up_get_uncovered_council_goals (b->follow_up);
    guint n_uncovered = g_list_model_get_n_items (uncovered);

    for (guint i = 0; i < n_uncovered; i++)
      {
        g_autoptr(StyrGoal) goal = g_list_model_get_item (uncovered, i);

        append_paragraphf (section, STYR_REPORT_EMPHASIS_WARNING,
                           _("Inriktningsmålet »%s« har inga nämndmål under sig: det följs "
                             "inte upp i nämndernas planer."),
                           styr_goal_get_title (goal));
      }
  }

  emit_goal_groups (b, section, goals, 2, FALSE, NULL);
}

static void
build_organ_goals (Builder           *b,
                   StyrReportSection *section,
                   StyrOrgan         *organ,
                   guint              heading_level,
                   gboolean           with_economy)
{
  g_autoptr(GPtrArray) goals = collect_organ_goals (b, organ);
  g_autoptr(GPtrArray) top_entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StyrReportSection) scratch = NULL;
  g_autofree char *chart_id = NULL;
  g_autofree char *chart_title = NULL;
  GListModel *blocks;

  if (with_economy && is_namnd (organ))
    {
      StyrOperatingRow *row = styr_operating_statement_lookup_row (b->statement, organ);

      append_heading (section, _("Ekonomi"), heading_level);
      if (row != NULL)
        {
          g_autoptr(GPtrArray) rows = g_ptr_array_new ();
          g_autofree char *base = g_strconcat ("ekonomi-", styr_entity_get_id (STYR_ENTITY (organ)), NULL);
          /* Translators: the caption of a nämnd's economy beside its goals */
          g_autofree char *caption = g_strdup_printf (_("Ekonomi för %s"), styr_organ_get_name (organ));
          g_autoptr(StyrReportTable) table = NULL;

          g_ptr_array_add (rows, row);
          table = build_operating_table (b, base, caption, rows, NULL, OPERATING_SHORT);
          _styr_report_section_append (section, table);
          append_forecast_comments (section, rows);
        }
      else
        append_paragraph (section, STYR_REPORT_EMPHASIS_NOTE,
                          _("Nämnden finns inte i driftredovisningen."));
    }

  if (goals->len == 0)
    {
      append_paragraph (section, STYR_REPORT_EMPHASIS_WARNING,
                        _("Inga mål i modellen hör till organet."));
      return;
    }

  /* The goal entries go to a scratch section first, so that the status
   * lights (made from the entries) can come before them. */
  scratch = _styr_report_section_new (STYR_REPORT_SECTION_KIND_BOARD, "scratch", "", NULL);
  emit_goal_groups (b, scratch, goals, heading_level, TRUE, top_entries);

  append_heading (section, _("Måluppfyllelse"), heading_level);
  chart_id = g_strconcat ("status-", styr_entity_get_id (STYR_ENTITY (organ)), NULL);
  /* Translators: the title of a board's traffic lights */
  chart_title = g_strdup_printf (_("Måluppfyllelse för %s"), styr_organ_get_name (organ));
  add_status_lights (b, section, chart_id, chart_title, top_entries);

  {
    g_autofree char *base = g_strconcat ("mal-", styr_entity_get_id (STYR_ENTITY (organ)), NULL);
    /* Translators: the caption of a board's goal overview */
    g_autofree char *caption = g_strdup_printf (_("Målen för %s i sammandrag"), styr_organ_get_name (organ));
    g_autoptr(StyrReportTable) table = new_table (b, base, caption);
    guint c_goal = _styr_report_table_add_column (table, _("Mål"), STYR_REPORT_COLUMN_KIND_TEXT);
    guint c_perspective = _styr_report_table_add_column (table, _("Perspektiv"), STYR_REPORT_COLUMN_KIND_TEXT);
    guint c_level = _styr_report_table_add_column (table, _("Bedömning"), STYR_REPORT_COLUMN_KIND_STATUS);
    guint c_source = _styr_report_table_add_column (table, _("Grund"), STYR_REPORT_COLUMN_KIND_TEXT);
    guint c_prognosis = _styr_report_table_add_column (table, _("Prognos helår"), STYR_REPORT_COLUMN_KIND_STATUS);
    guint c_trend = _styr_report_table_add_column (table, _("Trend"), STYR_REPORT_COLUMN_KIND_TEXT);

    for (guint i = 0; i < top_entries->len; i++)
      {
        StyrReportGoal *entry = g_ptr_array_index (top_entries, i);
        StyrPerspective *perspective = styr_goal_get_perspective (entry->goal);
        guint row = _styr_report_table_add_row (table, FALSE);

        _styr_report_table_set_text (table, row, c_goal, entry->title);
        _styr_report_table_set_text (table, row, c_perspective,
                                     perspective != NULL ? styr_perspective_get_name (perspective) : "");
        _styr_report_table_set_level (table, row, c_level, entry->level,
                                      styr_scale_get_not_assessed_label (b->scale));
        _styr_report_table_set_text (table, row, c_source, entry->level_source_text);
        _styr_report_table_set_level (table, row, c_prognosis, entry->prognosis, "");
        _styr_report_table_set_text (table, row, c_trend, entry->trend_text);
      }
    _styr_report_section_append (section, table);
  }

  blocks = styr_report_section_get_blocks (scratch);
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(StyrReportBlock) block = g_list_model_get_item (blocks, i);

      _styr_report_section_append (section, block);
    }
}

static void
build_economic_analysis (Builder           *b,
                         StyrReportSection *section)
{
  g_autoptr(StyrReportTable) table = NULL;
  g_autofree char *outcome_title = g_strdup_printf (_("Utfall %s"), b->months_text);
  gint64 budget = styr_municipal_result_get_result_budget (b->result);
  gint64 forecast = styr_municipal_result_get_result_forecast (b->result);
  g_autofree char *budget_text = money_text (budget, STYR_MONEY_UNIT_MNKR);
  g_autofree char *forecast_text = money_text (forecast, STYR_MONEY_UNIT_MNKR);
  g_autofree char *outcome_text = money_text (styr_municipal_result_get_result_outcome (b->result),
                                              STYR_MONEY_UNIT_MNKR);
  guint c_item, c_budget, c_outcome, c_forecast, c_deviation;
  static const StyrResultItem items[] = {
    STYR_RESULT_ITEM_TAX_INCOME,
    STYR_RESULT_ITEM_GENERAL_GRANTS,
    STYR_RESULT_ITEM_FINANCIAL_NET,
    STYR_RESULT_ITEM_OTHER,
  };
  const char *item_names[] = {
    _("Skatteintäkter"),
    _("Generella statsbidrag och utjämning"),
    _("Finansnetto"),
    _("Övriga poster"),
  };
  gboolean interim = b->contents->kind == STYR_REPORT_KIND_INTERIM;

  append_paragraphf (section, STYR_REPORT_EMPHASIS_NONE,
                     _("Resultatet %s är %s. Helårsprognosen för årets resultat är %s mot "
                       "budgeterade %s."),
                     b->months_text, outcome_text, forecast_text, budget_text);

  append_heading (section, interim ? _("Resultaträkning i sammandrag") : _("Årets resultat"), 2);
  table = new_table (b, "resultat",
                     interim ? _("Resultaträkning i sammandrag: budget, utfall och helårsprognos")
                             : _("Årets resultat: budget, utfall och helårsprognos"));
  c_item = _styr_report_table_add_column (table, _("Post"), STYR_REPORT_COLUMN_KIND_TEXT);
  c_budget = add_money_column (table, _("Budget"));
  c_outcome = add_money_column (table, outcome_title);
  c_forecast = add_money_column (table, _("Prognos helår"));
  c_deviation = add_money_column (table, _("Avvikelse mot budget"));

  /* The nämnder's net cost as a contribution to the result: negative. */
  {
    guint row = _styr_report_table_add_row (table, FALSE);
    gint64 net_budget = -styr_municipal_result_get_net_cost_budget (b->result);
    gint64 net_forecast = -styr_municipal_result_get_net_cost_forecast (b->result);

    _styr_report_table_set_text (table, row, c_item, _("Nämndernas nettokostnad"));
    _styr_report_table_set_money (table, row, c_budget, net_budget);
    _styr_report_table_set_money (table, row, c_outcome, -styr_municipal_result_get_net_cost_outcome (b->result));
    _styr_report_table_set_money (table, row, c_forecast, net_forecast);
    _styr_report_table_set_money (table, row, c_deviation, net_forecast - net_budget);
  }
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      guint row = _styr_report_table_add_row (table, FALSE);
      gint64 item_budget = styr_municipal_result_get_item_budget (b->result, items[i]);
      gint64 item_forecast = styr_municipal_result_get_item_forecast (b->result, items[i]);

      _styr_report_table_set_text (table, row, c_item, item_names[i]);
      _styr_report_table_set_money (table, row, c_budget, item_budget);
      _styr_report_table_set_money (table, row, c_outcome, styr_municipal_result_get_item_outcome (b->result, items[i]));
      _styr_report_table_set_money (table, row, c_forecast, item_forecast);
      _styr_report_table_set_money (table, row, c_deviation, item_forecast - item_budget);
    }
  {
    guint row = _styr_report_table_add_row (table, TRUE);

    _styr_report_table_set_text (table, row, c_item, _("Årets resultat"));
    _styr_report_table_set_money (table, row, c_budget, budget);
    _styr_report_table_set_money (table, row, c_outcome, styr_municipal_result_get_result_outcome (b->result));
    _styr_report_table_set_money (table, row, c_forecast, forecast);
    _styr_report_table_set_money (table, row, c_deviation, forecast - budget);
  }
  _styr_report_section_append (section, table);

  append_heading (section, _("Finansiella nyckeltal"), 2);
  {
    g_autoptr(StyrReportTable) ratios = new_table (b, "finansiella-nyckeltal",
                                                   _("Finansiella nyckeltal på helårsprognosen"));
    guint c_name = _styr_report_table_add_column (ratios, _("Nyckeltal"), STYR_REPORT_COLUMN_KIND_TEXT);
    guint c_value = _styr_report_table_add_column (ratios, _("Prognos helår"), STYR_REPORT_COLUMN_KIND_PERCENT);
    const struct { StyrFinancialRule rule; const char *name; } rules[] = {
      { STYR_FINANCIAL_RULE_RESULT_SHARE,
        _("Resultat i procent av skatteintäkter och generella statsbidrag") },
      { STYR_FINANCIAL_RULE_NET_COST_SHARE,
        _("Nämndernas nettokostnad i procent av skatteintäkter och generella statsbidrag") },
      { STYR_FINANCIAL_RULE_BUDGET_DEVIATION,
        _("Nämndernas budgetavvikelse i procent av ramarna") },
    };

    for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
      {
        guint row = _styr_report_table_add_row (ratios, FALSE);
        double value;

        _styr_report_table_set_text (ratios, row, c_name, rules[i].name);
        if (styr_municipal_result_evaluate_rule (b->result, rules[i].rule, &value))
          _styr_report_table_set_number (ratios, row, c_value, value, 1, NULL);
      }
    _styr_report_section_append (section, ratios);
  }

  if (interim)
    {
      append_heading (section, _("Balansräkning"), 2);
      append_paragraph (section, STYR_REPORT_EMPHASIS_NOTE,
                        _("Balansräkningen ingår inte i underlaget: modellen håller budget, "
                          "utfall och prognoser för resultatet men inga balansposter "
                          "(tillgångar, skulder och eget kapital). Delårsrapportens "
                          "balansräkning hämtas ur ekonomisystemets bokslut per augusti."));
      append_heading (section, _("Förenklad förvaltningsberättelse"), 2);
      append_paragraph (section, STYR_REPORT_EMPHASIS_NOTE,
                        _("Ur modellen redovisar delårsrapporten årets resultat med "
                          "helårsprognos, balanskravet bedömt på helårsprognosen och de "
                          "finansiella målen (avsnittet God ekonomisk hushållning). Väsentliga "
                          "händelser under perioden finns inte i modellen och skrivs till."));
    }
}

/* Outcome booked on objects or accounts that no unit or category takes
 * is in no nämnd's figures: the municipality's report says so, with the
 * amount, rather than letting the totals look complete. */
static void
append_unmapped_note (Builder           *b,
                      StyrReportSection *section)
{
  guint n = styr_model_get_n_unmapped_outcomes (b->model);
  guint n_rows = 0;
  gint64 total = 0;
  g_autofree char *amount = NULL;

  for (guint i = 0; i < n; i++)
    {
      int year, month;
      gint64 ore;

      styr_model_get_unmapped_outcome (b->model, i, &year, &month, NULL, NULL, NULL, &ore);
      if (year != b->year || month > b->last_month)
        continue;
      if (!styr_money_add (total, ore, &total, NULL))
        return;   /* cannot happen with amounts that loaded; say nothing wrong */
      n_rows++;
    }
  if (n_rows == 0)
    return;

  amount = styr_money_format (total, STYR_MONEY_UNIT_TKR, 0);
  append_paragraphf (section, STYR_REPORT_EMPHASIS_WARNING,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "Utfall om %s (%u rad) under %s %d är bokfört på ansvar eller "
                                  "konton som inte är kopplade till någon enhet eller något "
                                  "kostnadsslag och ingår därför inte i nämndernas utfall ovan.",
                                  "Utfall om %s (%u rader) under %s %d är bokfört på ansvar eller "
                                  "konton som inte är kopplade till någon enhet eller något "
                                  "kostnadsslag och ingår därför inte i nämndernas utfall ovan.",
                                  n_rows),
                     amount, n_rows, b->months_text, b->year);
}

static void
build_operating (Builder           *b,
                 StyrReportSection *section)
{
  g_autoptr(GPtrArray) rows = scope_operating_rows (b);
  g_autoptr(StyrReportTable) table = NULL;
  g_autoptr(StyrReportChart) chart = NULL;
  guint s_budget, s_forecast, s_outcome;

  if (rows->len == 0)
    {
      append_paragraph (section, STYR_REPORT_EMPHASIS_NOTE,
                        _("Det finns inga nämnder i driftredovisningen."));
      return;
    }

  append_paragraphf (section, STYR_REPORT_EMPHASIS_NONE,
                     _("Belopp i tkr, nettokostnad (kostnader positiva, intäkter negativa). "
                       "Avvikelser är budget minus utfall eller prognos: positivt är ett "
                       "överskott. Utfallet avser %s %d."),
                     b->months_text, b->year);

  table = build_operating_table (b, "driftredovisning", _("Driftredovisning per nämnd"),
                                 rows,
                                 b->organ == NULL ? styr_operating_statement_get_total (b->statement) : NULL,
                                 OPERATING_FULL);
  _styr_report_section_append (section, table);

  if (b->organ == NULL)
    append_unmapped_note (b, section);

  chart = new_chart (b, "budget-prognos", STYR_REPORT_CHART_KIND_BUDGET_FORECAST,
                     _("Budget och helårsprognos per nämnd"), "tkr");
  s_budget = _styr_report_chart_add_series (chart, _("Budget"), NULL, FALSE);
  s_forecast = _styr_report_chart_add_series (chart, _("Prognos"), NULL, FALSE);
  s_outcome = _styr_report_chart_add_series (chart, _("Utfall"), NULL, FALSE);
  for (guint i = 0; i < rows->len; i++)
    {
      StyrOperatingRow *row = g_ptr_array_index (rows, i);
      guint category = _styr_report_chart_add_category (chart, styr_operating_row_get_name (row), NULL);

      _styr_report_chart_set_value (chart, s_budget, category,
                                    styr_operating_row_get_annual_budget (row) / ORE_PER_TKR);
      if (styr_operating_row_get_has_forecast (row))
        _styr_report_chart_set_value (chart, s_forecast, category,
                                      styr_operating_row_get_forecast (row) / ORE_PER_TKR);
      _styr_report_chart_set_value (chart, s_outcome, category,
                                    styr_operating_row_get_outcome (row) / ORE_PER_TKR);
    }
  _styr_report_section_append (section, chart);

  append_heading (section, _("Nämndernas kommentarer"), 2);
  append_forecast_comments (section, rows);
}

static gboolean
build_investments (Builder           *b,
                   StyrReportSection *section,
                   GError           **error)
{
  GListModel *investments = styr_model_get_investments (b->model);
  guint n = g_list_model_get_n_items (investments);
  g_autoptr(StyrReportTable) table = NULL;
  g_autofree char *budget_title = g_strdup_printf (_("Budget %d"), b->year);
  g_autofree char *outcome_title = g_strdup_printf (_("Utfall %s"), b->months_text);
  g_autofree char *forecast_title = g_strdup_printf (_("Prognos %d"), b->year);
  g_autofree char *deviation_title = g_strdup_printf (_("Avvikelse %d"), b->year);
  gint64 sum_budget = 0, sum_outcome = 0, sum_forecast = 0, sum_deviation = 0;
  gint64 sum_total = 0, sum_total_outcome = 0, sum_total_forecast = 0, sum_total_deviation = 0;
  gboolean all_forecast = TRUE;
  guint c_name, c_organ, c_status, c_budget, c_outcome, c_forecast, c_deviation;
  guint c_total, c_total_outcome, c_total_forecast, c_total_deviation;
  guint n_rows = 0;

  table = new_table (b, "investeringar", _("Investeringsprojekt"));
  c_name = _styr_report_table_add_column (table, _("Projekt"), STYR_REPORT_COLUMN_KIND_TEXT);
  c_organ = _styr_report_table_add_column (table, _("Nämnd"), STYR_REPORT_COLUMN_KIND_TEXT);
  c_status = _styr_report_table_add_column (table, _("Status"), STYR_REPORT_COLUMN_KIND_TEXT);
  c_budget = add_money_column (table, budget_title);
  c_outcome = add_money_column (table, outcome_title);
  c_forecast = add_money_column (table, forecast_title);
  c_deviation = add_money_column (table, deviation_title);
  c_total = add_money_column (table, _("Total budget"));
  c_total_outcome = add_money_column (table, _("Utfall totalt"));
  c_total_forecast = add_money_column (table, _("Prognos totalt"));
  c_total_deviation = add_money_column (table, _("Avvikelse totalt"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrInvestment) investment = g_list_model_get_item (investments, i);
      StyrOrgan *owner = styr_investment_get_organ (investment);
      gint64 budget = 0, outcome = 0, total_outcome = 0, year_forecast = 0, total_forecast = 0;
      gint64 total = styr_investment_get_total_budget (investment);
      gboolean has_budget, has_forecast = FALSE;
      guint row;

      if (b->organ != NULL && owner != b->organ)
        continue;

      has_budget = styr_investment_lookup_budget (investment, b->year, &budget);
      if (!styr_investment_get_outcome_to_date (investment, b->period, &outcome, error) ||
          !styr_investment_get_total_outcome_to_date (investment, b->period, &total_outcome, error))
        return FALSE;
      if (b->economy_occasion_id != NULL)
        has_forecast = styr_investment_lookup_forecast (investment, b->economy_occasion_id,
                                                        &year_forecast, &total_forecast);

      row = _styr_report_table_add_row (table, FALSE);
      n_rows++;
      _styr_report_table_set_text (table, row, c_name, styr_investment_get_name (investment));
      _styr_report_table_set_text (table, row, c_organ, owner != NULL ? styr_organ_get_name (owner) : "");
      _styr_report_table_set_text (table, row, c_status,
                                   investment_status_text (styr_investment_get_status (investment)));
      _styr_report_table_set_money (table, row, c_budget, has_budget ? budget : 0);
      _styr_report_table_set_money (table, row, c_outcome, outcome);
      _styr_report_table_set_money (table, row, c_total, total);
      _styr_report_table_set_money (table, row, c_total_outcome, total_outcome);

      if (!styr_money_add (sum_budget, budget, &sum_budget, error) ||
          !styr_money_add (sum_outcome, outcome, &sum_outcome, error) ||
          !styr_money_add (sum_total, total, &sum_total, error) ||
          !styr_money_add (sum_total_outcome, total_outcome, &sum_total_outcome, error))
        return FALSE;

      if (has_forecast)
        {
          gint64 deviation, total_deviation;

          if (!styr_investment_get_year_deviation (investment, b->economy_occasion_id, &deviation, error) ||
              !styr_investment_get_total_deviation (investment, b->economy_occasion_id, &total_deviation, error))
            return FALSE;
          _styr_report_table_set_money (table, row, c_forecast, year_forecast);
          _styr_report_table_set_money (table, row, c_deviation, deviation);
          _styr_report_table_set_money (table, row, c_total_forecast, total_forecast);
          _styr_report_table_set_money (table, row, c_total_deviation, total_deviation);
          if (!styr_money_add (sum_forecast, year_forecast, &sum_forecast, error) ||
              !styr_money_add (sum_deviation, deviation, &sum_deviation, error) ||
              !styr_money_add (sum_total_forecast, total_forecast, &sum_total_forecast, error) ||
              !styr_money_add (sum_total_deviation, total_deviation, &sum_total_deviation, error))
            return FALSE;
        }
      else
        all_forecast = FALSE;
    }

  if (n_rows == 0)
    {
      append_paragraph (section, STYR_REPORT_EMPHASIS_NOTE,
                        b->organ != NULL ? _("Nämnden har inga investeringsprojekt.")
                                         : _("Modellen har inga investeringsprojekt."));
      return TRUE;
    }

  append_paragraph (section, STYR_REPORT_EMPHASIS_NONE,
                    _("Belopp i tkr. Avvikelse är budget minus prognos: positivt betyder att "
                      "mindre än budgeterat väntas användas. Fleråriga projekt redovisas också "
                      "mot sin totala budget."));

  {
    guint row = _styr_report_table_add_row (table, TRUE);

    _styr_report_table_set_text (table, row, c_name, _("Summa"));
    _styr_report_table_set_money (table, row, c_budget, sum_budget);
    _styr_report_table_set_money (table, row, c_outcome, sum_outcome);
    _styr_report_table_set_money (table, row, c_total, sum_total);
    _styr_report_table_set_money (table, row, c_total_outcome, sum_total_outcome);
    /* A sum of forecasts is only a forecast when every project has one. */
    if (all_forecast)
      {
        _styr_report_table_set_money (table, row, c_forecast, sum_forecast);
        _styr_report_table_set_money (table, row, c_deviation, sum_deviation);
        _styr_report_table_set_money (table, row, c_total_forecast, sum_total_forecast);
        _styr_report_table_set_money (table, row, c_total_deviation, sum_total_deviation);
      }
  }
  _styr_report_section_append (section, table);

  if (!all_forecast)
    append_paragraph (section, STYR_REPORT_EMPHASIS_WARNING,
                      _("Prognos saknas för minst ett investeringsprojekt; summan av "
                        "prognoserna redovisas därför inte."));
  return TRUE;
}

static void
build_companies (Builder           *b,
                 StyrReportSection *section,
                 GPtrArray         *companies)
{
  append_paragraph (section, STYR_REPORT_EMPHASIS_NONE,
                    _("De kommunala bolagen styrs genom ägardirektiv. Bolagens mål redovisas "
                      "här på samma sätt som nämndernas."));

  for (guint i = 0; i < companies->len; i++)
    {
      StyrOrgan *company = g_ptr_array_index (companies, i);
      StyrDocument *directive = styr_organ_get_owner_directive (company);

      append_heading (section, styr_organ_get_name (company), 2);
      if (directive != NULL)
        /* Translators: the owner directive of a company */
        append_paragraphf (section, STYR_REPORT_EMPHASIS_NONE, _("Ägardirektiv: %s."),
                           entity_name (STYR_ENTITY (directive)));
      else
        append_paragraph (section, STYR_REPORT_EMPHASIS_WARNING,
                          _("Bolaget saknar ägardirektiv: det styrs inte av kommunens mål."));
      build_organ_goals (b, section, company, 3, FALSE);
    }
}

static void
build_activities (Builder           *b,
                  StyrReportSection *section)
{
  g_autoptr(StyrReportTable) per_goal = NULL;
  g_autoptr(StyrReportTable) without = NULL;
  g_autoptr(StyrReportTable) late = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint c_goal, c_counts[5], c_total;
  guint c_w_goal, c_w_level, c_w_owner;
  guint c_l_title, c_l_goal, c_l_responsible, c_l_end, c_l_status;
  const StyrActivityStatus *statuses = summary_statuses;
  const guint n_statuses = G_N_ELEMENTS (summary_statuses);

  append_heading (section, _("Status per mål"), 2);
  per_goal = new_table (b, "aktiviteter-per-mal", _("Aktiviteternas status per mål"));
  c_goal = _styr_report_table_add_column (per_goal, _("Mål"), STYR_REPORT_COLUMN_KIND_TEXT);
  c_total = _styr_report_table_add_column (per_goal, _("Aktiviteter"), STYR_REPORT_COLUMN_KIND_NUMBER);
  for (guint s = 0; s < n_statuses; s++)
    c_counts[s] = _styr_report_table_add_column (per_goal, activity_status_text (statuses[s]),
                                                 STYR_REPORT_COLUMN_KIND_NUMBER);

  without = new_table (b, "mal-utan-aktiviteter", _("Mål utan aktiviteter"));
  c_w_goal = _styr_report_table_add_column (without, _("Mål"), STYR_REPORT_COLUMN_KIND_TEXT);
  c_w_level = _styr_report_table_add_column (without, _("Nivå"), STYR_REPORT_COLUMN_KIND_TEXT);
  c_w_owner = _styr_report_table_add_column (without, _("Ägare"), STYR_REPORT_COLUMN_KIND_TEXT);

  late = new_table (b, "forsenade-aktiviteter", _("Försenade aktiviteter"));
  c_l_title = _styr_report_table_add_column (late, _("Aktivitet"), STYR_REPORT_COLUMN_KIND_TEXT);
  c_l_goal = _styr_report_table_add_column (late, _("Mål"), STYR_REPORT_COLUMN_KIND_TEXT);
  c_l_responsible = _styr_report_table_add_column (late, _("Ansvarig"), STYR_REPORT_COLUMN_KIND_TEXT);
  c_l_end = _styr_report_table_add_column (late, _("Slutdatum"), STYR_REPORT_COLUMN_KIND_DATE);
  c_l_status = _styr_report_table_add_column (late, _("Status"), STYR_REPORT_COLUMN_KIND_TEXT);

  for (guint i = 0; i < b->scope_goals->len; i++)
    {
      StyrGoal *goal = g_ptr_array_index (b->scope_goals, i);
      ActivitySummary *summary = g_hash_table_lookup (b->activity_summaries, goal);
      ActivitySummary made = { 0 };
      guint n;

      /* Every goal in the report has its entry, and so its summary. */
      if (summary == NULL)
        {
          const StyrRefList *activities = _styr_goal_peek_activities (goal);

          summary = &made;
          summary->n = _styr_ref_list_get_n (activities);
          for (guint a = 0; a < summary->n; a++)
            {
              StyrActivity *activity = _styr_ref_list_get (activities, a);

              activity_summary_add (summary, activity, styr_activity_get_status (activity),
                                    styr_activity_is_late (activity, b->end_date));
            }
        }
      n = summary->n;

      if (n == 0)
        {
          guint row = _styr_report_table_add_row (without, FALSE);

          _styr_report_table_set_text (without, row, c_w_goal, styr_goal_get_title (goal));
          _styr_report_table_set_text (without, row, c_w_level, goal_level_noun (styr_goal_get_level (goal)));
          _styr_report_table_set_text (without, row, c_w_owner, entity_name (styr_goal_get_owner (goal)));
          continue;
        }

      for (guint a = 0; summary->late != NULL && a < summary->late->len; a++)
        {
          StyrActivity *activity = g_ptr_array_index (summary->late, a);

          if (g_hash_table_add (seen, activity))
            {
              StyrActivityStatus status = styr_activity_get_status (activity);
              guint row = _styr_report_table_add_row (late, FALSE);

              _styr_report_table_set_text (late, row, c_l_title, styr_activity_get_title (activity));
              _styr_report_table_set_text (late, row, c_l_goal, styr_goal_get_title (goal));
              _styr_report_table_set_text (late, row, c_l_responsible, styr_activity_get_responsible (activity));
              _styr_report_table_set_date (late, row, c_l_end, styr_activity_get_end_date (activity));
              _styr_report_table_set_text (late, row, c_l_status, cached_activity_text (b, status));
            }
        }

      {
        guint row = _styr_report_table_add_row (per_goal, FALSE);

        _styr_report_table_set_text (per_goal, row, c_goal, styr_goal_get_title (goal));
        _styr_report_table_set_number (per_goal, row, c_total, n, 0, NULL);
        for (guint s = 0; s < n_statuses; s++)
          _styr_report_table_set_number (per_goal, row, c_counts[s], summary->counts[s], 0, NULL);
      }
      g_clear_pointer (&made.late, g_ptr_array_unref);
    }

  if (styr_report_table_get_n_rows (per_goal) > 0)
    _styr_report_section_append (section, per_goal);
  else
    append_paragraph (section, STYR_REPORT_EMPHASIS_WARNING,
                      _("Inget mål i rapporten har aktiviteter: det är inte synligt hur målen "
                        "ska nås."));

  append_heading (section, _("Mål utan aktiviteter"), 2);
  if (styr_report_table_get_n_rows (without) > 0)
    {
      append_paragraph (section, STYR_REPORT_EMPHASIS_NOTE,
                        _("För dessa mål finns ingen aktivitet som ska flytta resultatet."));
      _styr_report_section_append (section, without);
    }
  else
    append_paragraph (section, STYR_REPORT_EMPHASIS_NONE,
                      _("Alla mål i rapporten har minst en aktivitet."));

  append_heading (section, _("Försenade aktiviteter"), 2);
  if (styr_report_table_get_n_rows (late) > 0)
    _styr_report_section_append (section, late);
  else
    {
      g_autofree char *date = g_strdup_printf ("%04u-%02u-%02u",
                                               (guint) g_date_get_year (b->end_date),
                                               (guint) g_date_get_month (b->end_date),
                                               (guint) g_date_get_day (b->end_date));

      append_paragraphf (section, STYR_REPORT_EMPHASIS_NONE,
                         _("Inga aktiviteter är försenade per %s."), date);
    }
}

/* ------------------------------------------------------------------ */
/* The report                                                          */
/* ------------------------------------------------------------------ */

gboolean
_styr_report_build (StyrReportContents  *contents,
                    GError             **error)
{
  Builder builder = { 0 };
  Builder *b = &builder;
  gboolean ok = FALSE;
  GListModel *organs;
  guint n_organs;
  g_autoptr(GPtrArray) boards = g_ptr_array_new ();
  g_autoptr(GPtrArray) companies = g_ptr_array_new ();
  StyrReportSection *section;

  b->contents = contents;
  b->model = contents->model;
  /* The model does not change while the report is built. */
  _styr_budget_units_cache_push (b->model);
  b->period = contents->period;
  b->organ = contents->organ;
  b->year = styr_period_get_year (b->period);
  b->first_month = 1;   /* follow-up is cumulative from January */
  b->last_month = styr_period_get_last_month (b->period);
  b->end_date = styr_period_get_end_date (b->period);
  b->months_text = g_strdup_printf ("%s–%s", month_abbreviation (1), month_abbreviation (b->last_month));
  b->scale = styr_model_get_scale (b->model);
  b->table_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  b->chart_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  b->placed = g_hash_table_new (NULL, NULL);
  b->periods = g_hash_table_new_full (NULL, NULL, NULL, period_text_free);
  b->scope_goals = g_ptr_array_new ();
  b->board_goals = g_ptr_array_new ();
  b->texts = _styr_report_texts_new ();
  b->activity_summaries = g_hash_table_new_full (NULL, NULL, NULL, activity_summary_free);
  b->distributions = g_hash_table_new_full (NULL, NULL, NULL, distribution_free);
  goal_texts_init (&b->goal_texts);

  b->follow_up = styr_follow_up_new (b->model, b->period);
  b->occasion = styr_follow_up_get_occasion (b->follow_up);
  g_set_object (&contents->occasion, b->occasion);

  b->grade_levels[STYR_GRADE_NOT_ASSESSED] = NULL;
  b->grade_levels[STYR_GRADE_RED] = nearest_level (b->scale, 0.0);
  b->grade_levels[STYR_GRADE_YELLOW] = nearest_level (b->scale, 0.5);
  b->grade_levels[STYR_GRADE_GREEN] = nearest_level (b->scale, 1.0);

  b->statement = styr_operating_statement_new (b->model, b->period, error);
  if (b->statement == NULL)
    goto out;
  b->result = _styr_municipal_result_new_from_statement (b->model, b->period, b->statement, error);
  if (b->result == NULL)
    goto out;
  b->economy_occasion_id = styr_operating_statement_get_occasion_id (b->statement);
  if (b->economy_occasion_id == NULL && b->occasion != NULL)
    b->economy_occasion_id = styr_occasion_get_id (b->occasion);

  build_title (b);

  organs = styr_model_get_organs (b->model);
  n_organs = g_list_model_get_n_items (organs);
  for (guint i = 0; i < n_organs; i++)
    {
      g_autoptr(StyrOrgan) organ = g_list_model_get_item (organs, i);

      if (b->organ != NULL && organ != b->organ)
        continue;
      if (is_namnd (organ))
        g_ptr_array_add (boards, organ);
      else if (styr_organ_get_kind (organ) == STYR_ORGAN_KIND_COMPANY)
        g_ptr_array_add (companies, organ);
    }

  /* The summary needs the goals placed: build it last, insert it first. */
  if (b->organ == NULL)
    {
      section = add_section (b, STYR_REPORT_SECTION_KIND_GOOD_ECONOMY, "god-ekonomisk-hushallning",
                             _("God ekonomisk hushållning"), NULL);
      build_good_economy (b, section);

      section = add_section (b, STYR_REPORT_SECTION_KIND_STEERING_MODEL, "styrmodell",
                             _("Styrmodellen"), NULL);
      build_steering_model (b, section);

      section = add_section (b, STYR_REPORT_SECTION_KIND_COUNCIL_GOALS, "fullmaktiges-mal",
                             _("Fullmäktiges mål"), NULL);
      build_council_goals (b, section);
    }

  for (guint i = 0; i < boards->len; i++)
    {
      StyrOrgan *organ = g_ptr_array_index (boards, i);
      g_autofree char *id = g_strconcat ("namnd-", styr_entity_get_id (STYR_ENTITY (organ)), NULL);
      g_autofree char *slug = slugify (id);

      section = add_section (b, STYR_REPORT_SECTION_KIND_BOARD, slug, styr_organ_get_name (organ), organ);
      build_organ_goals (b, section, organ, 2, TRUE);
    }

  if (b->organ == NULL)
    {
      GListModel *goals = styr_model_get_goals (b->model);
      guint n = g_list_model_get_n_items (goals);
      g_autoptr(GPtrArray) rest = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GHashTable) companies_goals = g_hash_table_new (NULL, NULL);

      /* Goals of companies are placed in their section below. */
      for (guint c = 0; c < companies->len; c++)
        {
          g_autoptr(GPtrArray) top = collect_organ_goals (b, g_ptr_array_index (companies, c));

          for (guint t = 0; t < top->len; t++)
            {
              StyrGoal *goal = g_ptr_array_index (top, t);
              g_autoptr(GPtrArray) descendants = _styr_goal_collect_descendants (goal);

              g_hash_table_add (companies_goals, goal);
              for (guint d = 0; d < descendants->len; d++)
                g_hash_table_add (companies_goals, g_ptr_array_index (descendants, d));
            }
        }

      /* Goals no board reports (owned by a committee, or by a unit no
       * nämnd answers for, and below no board goal): still reported. */
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(StyrGoal) goal = g_list_model_get_item (goals, i);
          const StyrRefList *parents = _styr_goal_peek_parents (goal);
          gboolean parent_left = FALSE;

          if (styr_goal_get_level (goal) == STYR_GOAL_LEVEL_COUNCIL ||
              g_hash_table_contains (b->placed, goal) ||
              g_hash_table_contains (companies_goals, goal))
            continue;
          for (guint p = 0; p < _styr_ref_list_get_n (parents) && !parent_left; p++)
            {
              StyrGoal *parent = _styr_ref_list_get (parents, p);

              parent_left = styr_goal_get_level (parent) != STYR_GOAL_LEVEL_COUNCIL &&
                            !g_hash_table_contains (b->placed, parent) &&
                            !g_hash_table_contains (companies_goals, parent);
            }
          if (!parent_left)
            g_ptr_array_add (rest, g_steal_pointer (&goal));
        }

      if (rest->len > 0)
        {
          section = add_section (b, STYR_REPORT_SECTION_KIND_BOARD, "ovriga-mal",
                                 _("Övriga mål"), NULL);
          append_paragraph (section, STYR_REPORT_EMPHASIS_WARNING,
                            _("Dessa mål hör inte till någon nämnd eller något bolag i "
                              "modellen (de ägs av en beredning eller av en enhet utan nämnd)."));
          emit_goal_groups (b, section, rest, 2, TRUE, NULL);
        }

      section = add_section (b, STYR_REPORT_SECTION_KIND_ECONOMIC_ANALYSIS, "ekonomisk-analys",
                             _("Ekonomisk analys"), NULL);
      build_economic_analysis (b, section);
    }

  if (b->organ == NULL || is_namnd (b->organ))
    {
      section = add_section (b, STYR_REPORT_SECTION_KIND_OPERATING, "driftredovisning",
                             _("Driftredovisning"), NULL);
      build_operating (b, section);

      section = add_section (b, STYR_REPORT_SECTION_KIND_INVESTMENTS, "investeringar",
                             _("Investeringar"), NULL);
      if (!build_investments (b, section, error))
        goto out;
    }

  if (companies->len > 0)
    {
      section = add_section (b, STYR_REPORT_SECTION_KIND_COMPANIES, "koncernforetag",
                             _("Kommunala bolag"), b->organ);
      build_companies (b, section, companies);
    }

  section = add_section (b, STYR_REPORT_SECTION_KIND_ACTIVITIES, "aktiviteter",
                         _("Aktiviteter"), NULL);
  build_activities (b, section);

  {
    g_autoptr(StyrReportSection) summary =
      _styr_report_section_new (STYR_REPORT_SECTION_KIND_SUMMARY, "sammanfattning",
                                _("Sammanfattning"), NULL);

    build_summary (b, summary);
    g_list_store_insert (contents->sections, 0, summary);
  }

  ok = TRUE;

out:
  if (!ok)
    g_list_store_remove_all (contents->sections);
  builder_clear (b);
  _styr_budget_units_cache_pop (contents->model);
  return ok;
}
