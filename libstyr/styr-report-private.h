/* styr-report-private.h — building the report model: constructors and
 * fillers of the report blocks (styr-report-block.c), used by the
 * builder (styr-report-build.c) and the report (styr-report.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "styr-report.h"

G_BEGIN_DECLS

/* Numbers the Swedish way: digits grouped by three with U+00A0, a
 * decimal comma, U+2212 for minus; @decimals < 0 means at most two,
 * trailing zeros dropped ("76,5", "80"). */
char                *_styr_report_format_number  (double              value,
                                                  int                 decimals);
/* The same, appended to @out (nothing for a value that is not finite). */
void                 _styr_report_append_number  (GString            *out,
                                                  double              value,
                                                  int                 decimals);

/* Headings and paragraphs. */
StyrReportHeading   *_styr_report_heading_new    (const char         *text,
                                                  guint               level);
StyrReportParagraph *_styr_report_paragraph_new  (const char         *text,
                                                  StyrReportEmphasis  emphasis);

/* The texts of a report's tables and charts, which they share: kept
 * until the last of them is gone. */
typedef struct _StyrReportTexts StyrReportTexts;

StyrReportTexts     *_styr_report_texts_new      (void);
StyrReportTexts     *_styr_report_texts_ref      (StyrReportTexts    *self);
void                 _styr_report_texts_unref    (StyrReportTexts    *self);
const char          *_styr_report_texts_add      (StyrReportTexts    *self,
                                                  const char         *text);
GString             *_styr_report_texts_scratch  (StyrReportTexts    *self);
void                 _styr_report_texts_seal     (StyrReportTexts    *self);

/* Tables: add the columns, then rows, then fill cells. Cells not filled
 * stay empty (text ""). @texts NULL: texts of its own. */
StyrReportTable *_styr_report_table_new          (StyrReportTexts      *texts,
                                                  const char           *id,
                                                  const char           *caption);
guint            _styr_report_table_add_column   (StyrReportTable      *self,
                                                  const char           *title,
                                                  StyrReportColumnKind  kind);
guint            _styr_report_table_add_row      (StyrReportTable      *self,
                                                  gboolean              is_total);
void             _styr_report_table_set_text     (StyrReportTable      *self,
                                                  guint                 row,
                                                  guint                 column,
                                                  const char           *text);
void             _styr_report_table_set_money    (StyrReportTable      *self,
                                                  guint                 row,
                                                  guint                 column,
                                                  gint64                ore);
/* NUMBER or PERCENT; @text NULL formats @value with @decimals. */
void             _styr_report_table_set_number   (StyrReportTable      *self,
                                                  guint                 row,
                                                  guint                 column,
                                                  double                value,
                                                  int                   decimals,
                                                  const char           *text);
void             _styr_report_table_set_level    (StyrReportTable      *self,
                                                  guint                 row,
                                                  guint                 column,
                                                  StyrScaleLevel       *level,
                                                  const char           *not_assessed_label);
void             _styr_report_table_set_date     (StyrReportTable      *self,
                                                  guint                 row,
                                                  guint                 column,
                                                  const GDate          *date);
/* styr_report_table_get_text() without its checks, for the writers:
 * @row and @column must be in the table. */
const char      *_styr_report_table_peek_text    (StyrReportTable      *self,
                                                  guint                 row,
                                                  guint                 column);

/* Charts. @texts NULL: texts of its own. */
StyrReportChart *_styr_report_chart_new          (StyrReportTexts      *texts,
                                                  const char           *id,
                                                  StyrReportChartKind   kind,
                                                  const char           *title,
                                                  const char           *unit);
guint            _styr_report_chart_add_category (StyrReportChart      *self,
                                                  const char           *label,
                                                  StyrScaleLevel       *level);
guint            _styr_report_chart_add_series   (StyrReportChart      *self,
                                                  const char           *name,
                                                  StyrScaleLevel       *level,
                                                  gboolean              is_target);
void             _styr_report_chart_set_value    (StyrReportChart      *self,
                                                  guint                 series,
                                                  guint                 category,
                                                  double                value);
/* The values of @series, one a category: NAN where it has none. */
const double    *_styr_report_chart_peek_values  (StyrReportChart      *self,
                                                  guint                 series);

/* Goal entries: the builder fills the fields directly. */
struct _StyrReportGoal
{
  StyrReportBlock  parent_instance;

  StyrGoal        *goal;              /* ref */
  char            *title;
  guint            depth;
  char            *owner_text;        /* nullable */
  char            *parents_text;      /* nullable */
  StyrGoalStatus  *status;            /* ref, nullable */
  StyrScaleLevel  *level;             /* ref, nullable */
  StyrScaleLevel  *proposed_level;    /* ref, nullable */
  StyrScaleLevel  *prognosis;         /* ref, nullable */
  char            *level_text;
  char            *level_source_text;
  char            *trend_text;
  gboolean         differs;
  gboolean         met;
  gboolean         unmet;
  char            *analysis;          /* nullable */
  char            *measures;          /* nullable */
  char            *distribution_text; /* nullable */
  StyrReportTable *indicator_table;   /* ref */
  StyrReportTable *activity_table;    /* ref, nullable */
  GPtrArray       *chart_items;       /* of StyrReportChart (owned), nullable */
  GPtrArray       *note_items;        /* of StyrReportParagraph (owned), nullable */
  GListStore      *charts;            /* the same as list models, made on */
  GListStore      *notes;             /* first request (thousands of entries) */
};

StyrReportGoal  *_styr_report_goal_new           (StyrGoal             *goal);
void             _styr_report_goal_add_chart     (StyrReportGoal       *self,
                                                  StyrReportChart      *chart);
void             _styr_report_goal_add_note      (StyrReportGoal       *self,
                                                  StyrReportParagraph  *note);

/* The entry's charts and notes, for the writers. */
static inline guint
_styr_report_goal_get_n_charts (StyrReportGoal *self)
{
  return self->chart_items != NULL ? self->chart_items->len : 0;
}

static inline StyrReportChart *
_styr_report_goal_peek_chart (StyrReportGoal *self,
                              guint           i)
{
  return g_ptr_array_index (self->chart_items, i);
}

static inline guint
_styr_report_goal_get_n_notes (StyrReportGoal *self)
{
  return self->note_items != NULL ? self->note_items->len : 0;
}

static inline StyrReportParagraph *
_styr_report_goal_peek_note (StyrReportGoal *self,
                             guint           i)
{
  return g_ptr_array_index (self->note_items, i);
}

/* Sections. */
StyrReportSection *_styr_report_section_new      (StyrReportSectionKind kind,
                                                  const char           *id,
                                                  const char           *title,
                                                  StyrOrgan            *organ);
void               _styr_report_section_append   (StyrReportSection    *self,
                                                  gpointer              block);

/* The report (styr-report.c) and its builder (styr-report-build.c). */
typedef struct
{
  StyrModel         *model;
  StyrPeriod        *period;
  StyrOrgan         *organ;         /* nullable */
  StyrOccasion      *occasion;      /* nullable */
  StyrReportKind     kind;
  char              *title;
  char              *subtitle;
  GListStore        *sections;      /* of StyrReportSection */
} StyrReportContents;

gboolean _styr_report_build (StyrReportContents  *contents,
                             GError             **error);

/* Writing a file (styr-report.c): replaces @file by what @write writes to
 * a stream, as styr_model_save() does. On failure the old file stays, a
 * file that did not exist before is removed again, and @error is the
 * unprefixed error of GIO or of @write. */
typedef gboolean (*StyrReportWriteFunc) (GOutputStream  *out,
                                         gpointer        data,
                                         GError        **error);

gboolean _styr_report_replace_file (GFile                *file,
                                    StyrReportWriteFunc   write,
                                    gpointer              data,
                                    GError              **error);

G_END_DECLS
