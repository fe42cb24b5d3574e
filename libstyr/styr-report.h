/* styr-report.h — the report model (*rapportmodellen*): a tertial
 * report, interim report or annual report as data, not markup.
 *
 * Every public symbol of the report — the model classes, and the
 * writers' entry points — is declared and documented here. The model is
 * built in styr-report.c, styr-report-block.c and styr-report-build.c;
 * the writers live in styr-report-html.c, styr-report-csv.c and
 * styr-report-odt.c (their functions are documented in this header, not
 * in those files).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "styr-version-macros.h"
#include "styr-period.h"
#include "styr-money.h"
#include "styr-model.h"
#include "styr-organ.h"
#include "styr-goal.h"
#include "styr-scale-level.h"
#include "styr-goal-status.h"
#include "styr-occasion.h"

G_BEGIN_DECLS

/**
 * StyrReportKind:
 * @STYR_REPORT_KIND_FOLLOW_UP: an ordinary follow-up report
 *   (*uppföljningsrapport*, *tertialrapport*): "Tertialrapport 1 2025",
 *   "Uppföljning per februari 2025"
 * @STYR_REPORT_KIND_INTERIM: the interim report (*delårsrapport*) the
 *   law asks for, covering six to eight months (LKBR ch. 13, RKR R17):
 *   "Delårsrapport januari–augusti 2025"
 * @STYR_REPORT_KIND_ANNUAL: the annual report (*årsredovisning*):
 *   "Årsredovisning 2025"
 *
 * What kind of report a [class@Styr.Report] is, from the flags of the
 * follow-up occasion of its period ([flags@Styr.OccasionFlags]) or, when
 * the calendar has no occasion for the period, from the period itself: a
 * period ending in August is the interim report, a year or a period
 * ending in December the annual report.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_REPORT_KIND_FOLLOW_UP,
  STYR_REPORT_KIND_INTERIM,
  STYR_REPORT_KIND_ANNUAL,
} StyrReportKind;

/**
 * StyrReportSectionKind:
 * @STYR_REPORT_SECTION_KIND_SUMMARY: *sammanfattning*: overall goal
 *   fulfilment, the economic result and the forecast
 * @STYR_REPORT_SECTION_KIND_GOOD_ECONOMY: *god ekonomisk hushållning*:
 *   the financial goals and the balance requirement (*balanskravet*)
 *   assessed on the full-year forecast
 * @STYR_REPORT_SECTION_KIND_STEERING_MODEL: *styrmodellen*: the vision,
 *   the values, the perspectives and the goal chain
 * @STYR_REPORT_SECTION_KIND_COUNCIL_GOALS: *fullmäktiges mål*: the
 *   directional goals (*inriktningsmål*) rolled up from the boards, with
 *   the distribution of the board goals under each
 * @STYR_REPORT_SECTION_KIND_BOARD: one board (*nämnd*, or the executive
 *   board): its goal fulfilment per perspective and focus area, beside
 *   its economy
 * @STYR_REPORT_SECTION_KIND_ECONOMIC_ANALYSIS: *ekonomisk analys*: the
 *   municipality's result, tax income, general state grants and the
 *   financial net; for the interim report the income statement summary
 *   (*resultaträkning*)
 * @STYR_REPORT_SECTION_KIND_OPERATING: *driftredovisning*: the operating
 *   deviations per nämnd
 * @STYR_REPORT_SECTION_KIND_INVESTMENTS: *investeringsredovisning*: the
 *   investment projects
 * @STYR_REPORT_SECTION_KIND_COMPANIES: *koncernföretag*: the municipal
 *   companies and their goals from the owner directives
 * @STYR_REPORT_SECTION_KIND_ACTIVITIES: *aktiviteter*: status per goal,
 *   goals without activities, late activities
 *
 * The kinds of section of a report ([class@Styr.ReportSection]), in the
 * order real reports use them (Ängelholm's "Uppföljning per april
 * 2017"): god ekonomisk hushållning → the steering model → the council's
 * goals → each board's goal fulfilment → economic analysis → operating
 * deviations → investments → municipal companies; the summary first and
 * the activities last. A report's sections always come in this order; a
 * report for one nämnd has only some of them.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_REPORT_SECTION_KIND_SUMMARY,
  STYR_REPORT_SECTION_KIND_GOOD_ECONOMY,
  STYR_REPORT_SECTION_KIND_STEERING_MODEL,
  STYR_REPORT_SECTION_KIND_COUNCIL_GOALS,
  STYR_REPORT_SECTION_KIND_BOARD,
  STYR_REPORT_SECTION_KIND_ECONOMIC_ANALYSIS,
  STYR_REPORT_SECTION_KIND_OPERATING,
  STYR_REPORT_SECTION_KIND_INVESTMENTS,
  STYR_REPORT_SECTION_KIND_COMPANIES,
  STYR_REPORT_SECTION_KIND_ACTIVITIES,
} StyrReportSectionKind;

/**
 * StyrReportBlockKind:
 * @STYR_REPORT_BLOCK_KIND_PARAGRAPH: a [class@Styr.ReportParagraph]
 * @STYR_REPORT_BLOCK_KIND_TABLE: a [class@Styr.ReportTable]
 * @STYR_REPORT_BLOCK_KIND_GOAL: a [class@Styr.ReportGoal]
 * @STYR_REPORT_BLOCK_KIND_CHART: a [class@Styr.ReportChart]
 * @STYR_REPORT_BLOCK_KIND_HEADING: a [class@Styr.ReportHeading]
 *
 * The kinds of [class@Styr.ReportBlock], so that a writer can switch on
 * [method@Styr.ReportBlock.get_kind] instead of testing types.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_REPORT_BLOCK_KIND_PARAGRAPH,
  STYR_REPORT_BLOCK_KIND_TABLE,
  STYR_REPORT_BLOCK_KIND_GOAL,
  STYR_REPORT_BLOCK_KIND_CHART,
  STYR_REPORT_BLOCK_KIND_HEADING,
} StyrReportBlockKind;

/**
 * StyrReportEmphasis:
 * @STYR_REPORT_EMPHASIS_NONE: ordinary text
 * @STYR_REPORT_EMPHASIS_NOTE: a note the reader should see (e.g.
 *   "Balanskravet uppfylls", or what the model cannot supply)
 * @STYR_REPORT_EMPHASIS_WARNING: a problem the report must not hide (e.g.
 *   "Balanskravet uppfylls inte", a goal not met without an analysis)
 *
 * How a [class@Styr.ReportParagraph] is set off. Writers show a warning
 * with a text marker (such as "Observera:" or a symbol with a text
 * alternative), never by colour alone.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_REPORT_EMPHASIS_NONE,
  STYR_REPORT_EMPHASIS_NOTE,
  STYR_REPORT_EMPHASIS_WARNING,
} StyrReportEmphasis;

/**
 * StyrReportColumnKind:
 * @STYR_REPORT_COLUMN_KIND_TEXT: text ([method@Styr.ReportTable.get_text])
 * @STYR_REPORT_COLUMN_KIND_MONEY: an amount of money: exact öre
 *   ([method@Styr.ReportTable.get_money]), shown in the table's unit
 *   ([method@Styr.ReportTable.get_money_unit], tkr by default) without
 *   the unit, which belongs in the column title
 * @STYR_REPORT_COLUMN_KIND_PERCENT: a percentage: the number of per cent
 *   ([method@Styr.ReportTable.get_number], 2.5 for 2,5 %), shown with a
 *   decimal comma and " %"
 * @STYR_REPORT_COLUMN_KIND_NUMBER: a number
 *   ([method@Styr.ReportTable.get_number]), shown the Swedish way
 * @STYR_REPORT_COLUMN_KIND_STATUS: a level of the model's scale
 *   ([method@Styr.ReportTable.get_level]); the text is the level's label,
 *   or the scale's not-assessed label when there is no level. Writers
 *   show colour, label and shape ([func@Styr.ReportShape.for_level])
 * @STYR_REPORT_COLUMN_KIND_DATE: a date
 *   ([method@Styr.ReportTable.get_date]), shown as `2025-08-31`
 *
 * The kinds of column of a [class@Styr.ReportTable]. Every cell also has
 * its display text ([method@Styr.ReportTable.get_text]): a writer that
 * shows text only needs nothing else.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_REPORT_COLUMN_KIND_TEXT,
  STYR_REPORT_COLUMN_KIND_MONEY,
  STYR_REPORT_COLUMN_KIND_PERCENT,
  STYR_REPORT_COLUMN_KIND_NUMBER,
  STYR_REPORT_COLUMN_KIND_STATUS,
  STYR_REPORT_COLUMN_KIND_DATE,
} StyrReportColumnKind;

/**
 * StyrReportChartKind:
 * @STYR_REPORT_CHART_KIND_STATUS_LIGHTS: traffic lights (*trafikljus*):
 *   one category per goal, its level in
 *   [method@Styr.ReportChart.get_category_level]; no series
 * @STYR_REPORT_CHART_KIND_DISTRIBUTION: a stacked bar per council goal:
 *   one category per council goal, one series per level of the scale
 *   (best first, with [method@Styr.ReportChart.get_series_level]) and a
 *   last series "Ej bedömd" (no level); the values are counts of board
 *   goals
 * @STYR_REPORT_CHART_KIND_BUDGET_FORECAST: bars per nämnd: one category
 *   per nämnd, the series "Budget" and "Prognos" (and "Utfall" to date),
 *   values in the chart's unit (tkr)
 * @STYR_REPORT_CHART_KIND_INDICATOR_TREND: an indicator's values over the
 *   periods of the year: one category per period, the series "Utfall"
 *   (missing values have no value) and the target line "Målvärde"
 *   ([method@Styr.ReportChart.get_series_is_target])
 *
 * The kinds of [class@Styr.ReportChart]. A chart is data: writers draw
 * it (inline SVG, an SVG picture in ODF), the CSV writer leaves it out.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_REPORT_CHART_KIND_STATUS_LIGHTS,
  STYR_REPORT_CHART_KIND_DISTRIBUTION,
  STYR_REPORT_CHART_KIND_BUDGET_FORECAST,
  STYR_REPORT_CHART_KIND_INDICATOR_TREND,
} StyrReportChartKind;

/**
 * StyrReportShape:
 * @STYR_REPORT_SHAPE_NONE: no level (*ej bedömd*): an empty circle ○ or
 *   a dash
 * @STYR_REPORT_SHAPE_CIRCLE: a top level (score ≥ 0,75, e.g.
 *   *uppfyllt*): a filled circle ●
 * @STYR_REPORT_SHAPE_TRIANGLE: a middle level (score ≥ 0,25, e.g.
 *   *delvis uppfyllt*): a triangle ▲
 * @STYR_REPORT_SHAPE_SQUARE: a low level (score < 0,25, e.g. *ej
 *   uppfyllt*): a square ■
 *
 * The shape a writer draws for a level beside its colour and label, so
 * that a status never rests on colour alone ([func@Styr.ReportShape.for_level]).
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_REPORT_SHAPE_NONE,
  STYR_REPORT_SHAPE_CIRCLE,
  STYR_REPORT_SHAPE_TRIANGLE,
  STYR_REPORT_SHAPE_SQUARE,
} StyrReportShape;

/**
 * styr_report_shape_for_level:
 * @level: (nullable): a level of a scale, or %NULL for not assessed
 *
 * The shape to draw for @level, from its score: at least 0,75 a circle,
 * at least 0,25 a triangle, below that a square; %NULL gives
 * %STYR_REPORT_SHAPE_NONE. Every writer uses this, so the formats agree.
 *
 * Returns: the shape
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrReportShape styr_report_shape_for_level (StyrScaleLevel *level);

/**
 * styr_report_shape_get_symbol:
 * @shape: a shape
 *
 * The shape as one Unicode character for text output: "●", "▲", "■", or
 * "○" for %STYR_REPORT_SHAPE_NONE.
 *
 * Returns: (transfer none): a static UTF-8 string
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char     *styr_report_shape_get_symbol (StyrReportShape shape);

/* ------------------------------------------------------------------ */
/* StyrReportBlock                                                     */
/* ------------------------------------------------------------------ */

#define STYR_TYPE_REPORT_BLOCK (styr_report_block_get_type ())

/**
 * StyrReportBlock:
 *
 * One block of a report section ([method@Styr.ReportSection.get_blocks]):
 * a heading, a paragraph, a table, a goal entry or a chart. The block
 * classes are final subclasses of this abstract class; read
 * [method@Styr.ReportBlock.get_kind] and cast:
 *
 * ```python
 * for block in section.get_blocks():
 *     kind = block.get_kind()
 *     if kind == Styr.ReportBlockKind.TABLE:
 *         for row in range(block.get_n_rows()):
 *             print([block.get_text(row, c)
 *                    for c in range(block.get_n_columns())])
 * ```
 *
 * Blocks are immutable once the report is built.
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
G_DECLARE_DERIVABLE_TYPE (StyrReportBlock, styr_report_block, STYR, REPORT_BLOCK, GObject)

/**
 * StyrReportBlockClass:
 * @parent_class: the parent class
 *
 * The class structure of [class@Styr.ReportBlock]. Only libstyr's own
 * block classes derive from it.
 *
 * Since: 1.0
 */
struct _StyrReportBlockClass
{
  GObjectClass parent_class;

  /*< private >*/
  gpointer _padding[8];
};

/**
 * styr_report_block_get_kind:
 * @self: a block
 *
 * Which block @self is.
 *
 * Returns: the kind of block
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrReportBlockKind styr_report_block_get_kind (StyrReportBlock *self);

/* ------------------------------------------------------------------ */
/* StyrReportHeading                                                   */
/* ------------------------------------------------------------------ */

#define STYR_TYPE_REPORT_HEADING (styr_report_heading_get_type ())

/**
 * StyrReportHeading:
 *
 * A sub-heading inside a section: a perspective (level 2), a focus area
 * (level 3), or a part of a section such as "Balanskravet" (level 2 or
 * 3). The section's own title ([method@Styr.ReportSection.get_title]) is
 * level 1.
 *
 * A writer turns it into `<h2>`/`<h3>` or a heading paragraph of the
 * same outline level; a script can print a section's outline:
 *
 * ```python
 * section = report.lookup_section("namnd-valfardsnamnd")
 * for block in section.get_blocks():
 *     if block.get_kind() == Styr.ReportBlockKind.HEADING:
 *         print("  " * (block.get_level() - 2) + block.get_text())
 * ```
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrReportHeading, styr_report_heading, STYR, REPORT_HEADING, StyrReportBlock)

/**
 * styr_report_heading_get_text:
 * @self: a heading
 *
 * The text of the heading.
 *
 * Returns: (transfer none): the text
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char *styr_report_heading_get_text  (StyrReportHeading *self);

/**
 * styr_report_heading_get_level:
 * @self: a heading
 *
 * The level of the heading below the section's own: 2 (e.g. a
 * perspective), 3 (e.g. a focus area within it) or 4. A writer adds
 * its own offset (HTML `<h2>` for the section, `<h3>` for level 2, …).
 *
 * Returns: 2, 3 or 4
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
guint       styr_report_heading_get_level (StyrReportHeading *self);

/* ------------------------------------------------------------------ */
/* StyrReportParagraph                                                 */
/* ------------------------------------------------------------------ */

#define STYR_TYPE_REPORT_PARAGRAPH (styr_report_paragraph_get_type ())

/**
 * StyrReportParagraph:
 *
 * A paragraph of plain text (no markup; line breaks are `\n` and a
 * blank line separates paragraphs within it), with an emphasis
 * ([enum@Styr.ReportEmphasis]): none for running text, NOTE for a remark
 * (the balance requirement is met, an assessment differs from the
 * computed level), WARNING for something the report's reader must act on
 * (a goal that is not met and has no analysis). Paragraphs are blocks of
 * a section ([method@Styr.ReportSection.get_blocks]) and the notes of a
 * goal entry ([method@Styr.ReportGoal.get_notes]).
 *
 * ```python
 * for section in report.get_sections():
 *     for block in section.get_blocks():
 *         if (block.get_kind() == Styr.ReportBlockKind.PARAGRAPH
 *                 and block.get_emphasis() == Styr.ReportEmphasis.WARNING):
 *             print(section.get_title(), ":", block.get_text())
 * ```
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrReportParagraph, styr_report_paragraph, STYR, REPORT_PARAGRAPH, StyrReportBlock)

/**
 * styr_report_paragraph_get_text:
 * @self: a paragraph
 *
 * The text of the paragraph, plain UTF-8.
 *
 * Returns: (transfer none): the text
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char         *styr_report_paragraph_get_text     (StyrReportParagraph *self);

/**
 * styr_report_paragraph_get_emphasis:
 * @self: a paragraph
 *
 * How the paragraph is set off.
 *
 * Returns: the emphasis
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrReportEmphasis  styr_report_paragraph_get_emphasis (StyrReportParagraph *self);

/* ------------------------------------------------------------------ */
/* StyrReportTable                                                     */
/* ------------------------------------------------------------------ */

#define STYR_TYPE_REPORT_TABLE (styr_report_table_get_type ())

/**
 * StyrReportTable:
 *
 * A table of a report: typed columns, rows of cells, and possibly total
 * rows ([method@Styr.ReportTable.get_row_is_total]). Every cell has its
 * display text with Swedish formatting ([method@Styr.ReportTable.get_text]:
 * digit groups with a no-break space, decimal comma, minus sign U+2212)
 * and, by the column's kind, its exact value: öre for money (never a
 * float), a double for numbers and percentages, a scale level for
 * statuses, a date for dates. A cell can be empty: then its text is ""
 * and the value getters return %FALSE or %NULL.
 *
 * The table's id ([method@Styr.ReportTable.get_id]) is unique in its
 * report and made of `[a-z0-9-]`: the CSV writer names its file
 * `<id>.csv`. The header row is the column titles; money columns carry
 * their unit in the title ("Budget, tkr").
 *
 * A table is a block of a section, found by kind among
 * [method@Styr.ReportSection.get_blocks] or directly by its id with
 * [method@Styr.Report.lookup_table]; a goal entry has its indicators and
 * activities as tables too ([method@Styr.ReportGoal.get_indicator_table]).
 *
 * ```python
 * table = report.lookup_table("driftredovisning")
 * for row in range(table.get_n_rows()):
 *     for column in range(table.get_n_columns()):
 *         if table.get_column_kind(column) == Styr.ReportColumnKind.MONEY:
 *             ok, ore = table.get_money(row, column)    # exact, in öre
 *             print(table.get_text(row, 0), table.get_column_title(column),
 *                   table.get_text(row, column), ore if ok else None)
 * ```
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrReportTable, styr_report_table, STYR, REPORT_TABLE, StyrReportBlock)

/**
 * styr_report_table_get_id:
 * @self: a table
 *
 * The table's id: unique in the report, only `a`–`z`, `0`–`9` and `-`,
 * e.g. `driftredovisning` or `indikatorer-nm-valfard-1`.
 *
 * Returns: (transfer none): the id
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char           *styr_report_table_get_id           (StyrReportTable *self);

/**
 * styr_report_table_get_caption:
 * @self: a table
 *
 * The caption (*tabellrubrik*) of the table, e.g. "Driftredovisning per
 * nämnd, tkr".
 *
 * Returns: (transfer none): the caption
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char           *styr_report_table_get_caption      (StyrReportTable *self);

/**
 * styr_report_table_get_n_columns:
 * @self: a table
 *
 * The number of columns.
 *
 * Returns: the number of columns, at least 1
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
guint                 styr_report_table_get_n_columns    (StyrReportTable *self);

/**
 * styr_report_table_get_column_title:
 * @self: a table
 * @column: a column, less than [method@Styr.ReportTable.get_n_columns]
 *
 * The title of @column, for the header row; a money column's title
 * names its unit ("Budget, tkr").
 *
 * Returns: (transfer none): the title
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char           *styr_report_table_get_column_title (StyrReportTable *self,
                                                          guint            column);

/**
 * styr_report_table_get_column_kind:
 * @self: a table
 * @column: a column, less than [method@Styr.ReportTable.get_n_columns]
 *
 * The kind of @column: which value getter its cells answer. Writers
 * right-align MONEY, PERCENT and NUMBER columns.
 *
 * Returns: the kind of column
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrReportColumnKind  styr_report_table_get_column_kind  (StyrReportTable *self,
                                                          guint            column);

/**
 * styr_report_table_get_money_unit:
 * @self: a table
 *
 * The unit the display text of the MONEY cells is in
 * (%STYR_MONEY_UNIT_TKR unless the report chose another), rounded half
 * away from zero to whole units; totals are summed on the öre first.
 *
 * Returns: the unit of the money cells' text
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrMoneyUnit         styr_report_table_get_money_unit   (StyrReportTable *self);

/**
 * styr_report_table_get_n_rows:
 * @self: a table
 *
 * The number of rows below the header, total rows included.
 *
 * Returns: the number of rows, possibly 0
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
guint                 styr_report_table_get_n_rows       (StyrReportTable *self);

/**
 * styr_report_table_get_row_is_total:
 * @self: a table
 * @row: a row, less than [method@Styr.ReportTable.get_n_rows]
 *
 * Whether @row is a total row (*summa*), which writers set off (bold, a
 * rule above). Total rows are usually last.
 *
 * Returns: %TRUE for a total row
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
gboolean              styr_report_table_get_row_is_total (StyrReportTable *self,
                                                          guint            row);

/**
 * styr_report_table_get_text:
 * @self: a table
 * @row: a row, less than [method@Styr.ReportTable.get_n_rows]
 * @column: a column, less than [method@Styr.ReportTable.get_n_columns]
 *
 * The display text of a cell, Swedish formatting: money in the table's
 * unit without the unit ("1 234", "−56"), percentages with a decimal
 * comma and " %" ("2,0 %"), numbers with a decimal comma, a status as
 * the level's label (the scale's not-assessed label when there is no
 * level), a date as `YYYY-MM-DD`; "" for an empty cell.
 *
 * Returns: (transfer none): the text
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char           *styr_report_table_get_text         (StyrReportTable *self,
                                                          guint            row,
                                                          guint            column);

/**
 * styr_report_table_get_money:
 * @self: a table
 * @row: a row, less than [method@Styr.ReportTable.get_n_rows]
 * @column: a column, less than [method@Styr.ReportTable.get_n_columns]
 * @ore: (out) (optional): the amount in öre
 *
 * The exact amount of a MONEY cell, in öre.
 *
 * Returns: %TRUE if the cell holds an amount; %FALSE for an empty cell
 *   or a cell of another kind (then @ore is set to 0)
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
gboolean              styr_report_table_get_money        (StyrReportTable *self,
                                                          guint            row,
                                                          guint            column,
                                                          gint64          *ore);

/**
 * styr_report_table_get_number:
 * @self: a table
 * @row: a row, less than [method@Styr.ReportTable.get_n_rows]
 * @column: a column, less than [method@Styr.ReportTable.get_n_columns]
 * @value: (out) (optional): the number
 *
 * The value of a NUMBER or PERCENT cell (a percentage as the number of
 * per cent: 2.5 for 2,5 %). For an indicator's target range the value
 * is the low end; the text shows the range.
 *
 * Returns: %TRUE if the cell holds a number; %FALSE for an empty cell or
 *   a cell of another kind (then @value is set to 0)
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
gboolean              styr_report_table_get_number       (StyrReportTable *self,
                                                          guint            row,
                                                          guint            column,
                                                          double          *value);

/**
 * styr_report_table_get_level:
 * @self: a table
 * @row: a row, less than [method@Styr.ReportTable.get_n_rows]
 * @column: a column, less than [method@Styr.ReportTable.get_n_columns]
 *
 * The level of a STATUS cell: a level of the model's scale, with its
 * label and colour.
 *
 * Returns: (transfer none) (nullable): the level, or %NULL for not
 *   assessed, an empty cell or a cell of another kind
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrScaleLevel       *styr_report_table_get_level        (StyrReportTable *self,
                                                          guint            row,
                                                          guint            column);

/**
 * styr_report_table_get_date:
 * @self: a table
 * @row: a row, less than [method@Styr.ReportTable.get_n_rows]
 * @column: a column, less than [method@Styr.ReportTable.get_n_columns]
 *
 * The date of a DATE cell.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL for an empty
 *   cell or a cell of another kind
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const GDate          *styr_report_table_get_date         (StyrReportTable *self,
                                                          guint            row,
                                                          guint            column);

/* ------------------------------------------------------------------ */
/* StyrReportChart                                                     */
/* ------------------------------------------------------------------ */

#define STYR_TYPE_REPORT_CHART (styr_report_chart_get_type ())

/**
 * StyrReportChart:
 *
 * A picture as data ([enum@Styr.ReportChartKind]): categories along one
 * axis, series of values, and levels for colours. Values are doubles for
 * drawing only; money series are in the chart's unit
 * ([method@Styr.ReportChart.get_unit], "tkr"), and the exact öre are in
 * the tables beside the chart.
 *
 * [method@Styr.ReportChart.get_chart_kind] is the kind of chart, and
 * [method@Styr.ReportBlock.get_kind] the kind of block, as for every
 * block. Charts are blocks of a section and, for an indicator's trend,
 * of a goal entry ([method@Styr.ReportGoal.get_charts]); the HTML writer
 * draws them as SVG, and an application can draw them its own way:
 *
 * ```python
 * section = report.lookup_section("driftredovisning")
 * chart = next(b for b in section.get_blocks()
 *              if b.get_kind() == Styr.ReportBlockKind.CHART)
 * print(chart.get_title(), chart.get_unit())
 * for c in range(chart.get_n_categories()):
 *     values = []
 *     for s in range(chart.get_n_series()):
 *         ok, value = chart.get_value(s, c)
 *         values.append(f"{chart.get_series_name(s)} {value:.0f}" if ok else "–")
 *     print(chart.get_category_label(c), ", ".join(values))
 * ```
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrReportChart, styr_report_chart, STYR, REPORT_CHART, StyrReportBlock)

/**
 * styr_report_chart_get_id:
 * @self: a chart
 *
 * The chart's id: unique in the report among charts, only `a`–`z`,
 * `0`–`9` and `-` — a file name for a picture (`Pictures/<id>.svg`).
 *
 * Returns: (transfer none): the id
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char          *styr_report_chart_get_id             (StyrReportChart *self);

/**
 * styr_report_chart_get_chart_kind:
 * @self: a chart
 *
 * What the chart shows and how to draw it.
 *
 * Returns: the kind of chart
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrReportChartKind  styr_report_chart_get_chart_kind     (StyrReportChart *self);

/**
 * styr_report_chart_get_title:
 * @self: a chart
 *
 * The title of the chart, also its text alternative's first sentence.
 *
 * Returns: (transfer none): the title
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char          *styr_report_chart_get_title          (StyrReportChart *self);

/**
 * styr_report_chart_get_unit:
 * @self: a chart
 *
 * The unit of the value axis: "tkr" for money, an indicator's unit
 * ("%", "dagar"), "antal mål" for a distribution; %NULL for status
 * lights.
 *
 * Returns: (transfer none) (nullable): the unit
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char          *styr_report_chart_get_unit           (StyrReportChart *self);

/**
 * styr_report_chart_get_n_categories:
 * @self: a chart
 *
 * The number of categories: goals, council goals, nämnder or periods.
 *
 * Returns: the number of categories
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
guint                styr_report_chart_get_n_categories   (StyrReportChart *self);

/**
 * styr_report_chart_get_category_label:
 * @self: a chart
 * @category: a category, less than [method@Styr.ReportChart.get_n_categories]
 *
 * The label of @category: a goal's title, a nämnd's name, a period
 * ("2025-05", "2025-T2").
 *
 * Returns: (transfer none): the label
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char          *styr_report_chart_get_category_label (StyrReportChart *self,
                                                           guint            category);

/**
 * styr_report_chart_get_category_level:
 * @self: a chart
 * @category: a category, less than [method@Styr.ReportChart.get_n_categories]
 *
 * The level of @category in a STATUS_LIGHTS chart: the goal's level
 * shown (assessed, else proposed).
 *
 * Returns: (transfer none) (nullable): the level, or %NULL when not
 *   assessed or in another kind of chart
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrScaleLevel      *styr_report_chart_get_category_level (StyrReportChart *self,
                                                           guint            category);

/**
 * styr_report_chart_get_n_series:
 * @self: a chart
 *
 * The number of series (0 for status lights).
 *
 * Returns: the number of series
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
guint                styr_report_chart_get_n_series       (StyrReportChart *self);

/**
 * styr_report_chart_get_series_name:
 * @self: a chart
 * @series: a series, less than [method@Styr.ReportChart.get_n_series]
 *
 * The name of @series for the legend: "Budget", "Prognos", "Utfall",
 * "Målvärde", or a level's label.
 *
 * Returns: (transfer none): the name
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char          *styr_report_chart_get_series_name    (StyrReportChart *self,
                                                           guint            series);

/**
 * styr_report_chart_get_series_level:
 * @self: a chart
 * @series: a series, less than [method@Styr.ReportChart.get_n_series]
 *
 * The level a DISTRIBUTION series counts, for its colour and shape.
 *
 * Returns: (transfer none) (nullable): the level, or %NULL (the "Ej
 *   bedömd" series, or other kinds of chart)
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrScaleLevel      *styr_report_chart_get_series_level   (StyrReportChart *self,
                                                           guint            series);

/**
 * styr_report_chart_get_series_is_target:
 * @self: a chart
 * @series: a series, less than [method@Styr.ReportChart.get_n_series]
 *
 * Whether @series is a reference line rather than bars or a measured
 * line: the target (*målvärde*) of an INDICATOR_TREND chart, drawn as a
 * dashed line.
 *
 * Returns: %TRUE for a target line
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
gboolean             styr_report_chart_get_series_is_target (StyrReportChart *self,
                                                             guint            series);

/**
 * styr_report_chart_get_value:
 * @self: a chart
 * @series: a series, less than [method@Styr.ReportChart.get_n_series]
 * @category: a category, less than [method@Styr.ReportChart.get_n_categories]
 * @value: (out) (optional): the value
 *
 * The value of @series at @category.
 *
 * Returns: %TRUE if there is a value (a period without a measurement
 *   has none; then @value is set to 0)
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
gboolean             styr_report_chart_get_value          (StyrReportChart *self,
                                                           guint            series,
                                                           guint            category,
                                                           double          *value);

/* ------------------------------------------------------------------ */
/* StyrReportGoal                                                      */
/* ------------------------------------------------------------------ */

#define STYR_TYPE_REPORT_GOAL (styr_report_goal_get_type ())

/**
 * StyrReportGoal:
 *
 * One goal's entry in a report: what the evaluators ask every report to
 * show — the goal's status (assessed and computed), its prognosis, **its
 * indicators with their target levels and values** for the period
 * ([method@Styr.ReportGoal.get_indicator_table]), the analysis and the
 * measures, and its activities.
 *
 * A goal that is not met (its level is below the top of the scale) must
 * carry an analysis; when the board has written none, the entry carries
 * a WARNING note ([method@Styr.ReportGoal.get_notes]) instead of hiding
 * it. The notes also say when the board's assessment differs from the
 * computed level.
 *
 * The entry is a snapshot of the goal ([method@Styr.ReportGoal.get_goal])
 * and of its [class@Styr.GoalStatus] at the report's period; the entries
 * of a nämnd's section come in the goal tree's order, indented by
 * [method@Styr.ReportGoal.get_depth].
 *
 * ```python
 * for block in report.lookup_section("namnd-valfardsnamnd").get_blocks():
 *     if block.get_kind() != Styr.ReportBlockKind.GOAL:
 *         continue
 *     print("  " * block.get_depth() + block.get_title(), "–", block.get_level_text())
 *     for note in block.get_notes():
 *         print("    !", note.get_text())
 *     indicators = block.get_indicator_table()
 *     for row in range(indicators.get_n_rows() if indicators else 0):
 *         print("    ", [indicators.get_text(row, c)
 *                        for c in range(indicators.get_n_columns())])
 * ```
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrReportGoal, styr_report_goal, STYR, REPORT_GOAL, StyrReportBlock)

/**
 * styr_report_goal_get_goal:
 * @self: a goal entry
 *
 * The goal.
 *
 * Returns: (transfer none): the goal
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrGoal        *styr_report_goal_get_goal              (StyrReportGoal *self);

/**
 * styr_report_goal_get_title:
 * @self: a goal entry
 *
 * The heading of the entry: the goal's title.
 *
 * Returns: (transfer none): the title
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char      *styr_report_goal_get_title             (StyrReportGoal *self);

/**
 * styr_report_goal_get_depth:
 * @self: a goal entry
 *
 * How deep the entry sits below the section's own goals: 0 for a board
 * goal (or a council goal in the council goals' section), 1 for an
 * operational goal (*verksamhetsmål*) under it, 2 for a unit goal
 * (*enhetsmål*). Writers indent or use a smaller heading.
 *
 * Returns: the depth
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
guint            styr_report_goal_get_depth             (StyrReportGoal *self);

/**
 * styr_report_goal_get_owner_text:
 * @self: a goal entry
 *
 * Who owns the goal, as text ("Valfärdsnämnden"), or %NULL.
 *
 * Returns: (transfer none) (nullable): the owner's name
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char      *styr_report_goal_get_owner_text        (StyrReportGoal *self);

/**
 * styr_report_goal_get_parents_text:
 * @self: a goal entry
 *
 * The goals this goal contributes to, as text ("Bidrar till: Trygg
 * uppväxt; Livslångt lärande"), or %NULL for a goal without parents.
 *
 * Returns: (transfer none) (nullable): the text
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char      *styr_report_goal_get_parents_text      (StyrReportGoal *self);

/**
 * styr_report_goal_get_status:
 * @self: a goal entry
 *
 * The goal's status at the report's period, from the report's
 * [class@Styr.FollowUp]: proposed and assessed level, prognosis, trend.
 *
 * Returns: (transfer none) (nullable): the status
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrGoalStatus  *styr_report_goal_get_status            (StyrReportGoal *self);

/**
 * styr_report_goal_get_level:
 * @self: a goal entry
 *
 * The level the report shows for the goal: the level the board assessed
 * at the occasion, else the computed (proposed) level.
 *
 * Returns: (transfer none) (nullable): the level, or %NULL when neither
 *   exists (not assessed)
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrScaleLevel  *styr_report_goal_get_level             (StyrReportGoal *self);

/**
 * styr_report_goal_get_level_text:
 * @self: a goal entry
 *
 * The label of the level shown, or the scale's not-assessed label
 * ("Ej bedömd").
 *
 * Returns: (transfer none): the text
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char      *styr_report_goal_get_level_text        (StyrReportGoal *self);

/**
 * styr_report_goal_get_level_source_text:
 * @self: a goal entry
 *
 * Where the level shown comes from: "Bedömd" (assessed by the board),
 * "Beräknad" (computed from the indicators and the goals below) or "Ej
 * bedömd".
 *
 * Returns: (transfer none): the text
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char      *styr_report_goal_get_level_source_text (StyrReportGoal *self);

/**
 * styr_report_goal_get_proposed_level:
 * @self: a goal entry
 *
 * The computed (proposed) level, shown beside the assessed one when they
 * differ.
 *
 * Returns: (transfer none) (nullable): the computed level
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrScaleLevel  *styr_report_goal_get_proposed_level    (StyrReportGoal *self);

/**
 * styr_report_goal_get_differs:
 * @self: a goal entry
 *
 * Whether the board's assessment differs from the computed level; then
 * the report shows both.
 *
 * Returns: %TRUE if they differ
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
gboolean         styr_report_goal_get_differs           (StyrReportGoal *self);

/**
 * styr_report_goal_get_prognosis:
 * @self: a goal entry
 *
 * The prognosis (*prognos*) of the year-end fulfilment the board gave at
 * the occasion.
 *
 * Returns: (transfer none) (nullable): the level, or %NULL without one
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrScaleLevel  *styr_report_goal_get_prognosis         (StyrReportGoal *self);

/**
 * styr_report_goal_get_trend_text:
 * @self: a goal entry
 *
 * The goal's trend in words with an arrow: "↑ Positiv", "→ Oförändrad",
 * "↓ Negativ" or "Underlag saknas".
 *
 * Returns: (transfer none): the text
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char      *styr_report_goal_get_trend_text        (StyrReportGoal *self);

/**
 * styr_report_goal_get_met:
 * @self: a goal entry
 *
 * Whether the goal is met: its level shown is the top level of the
 * scale. A goal that is not assessed is neither met nor unmet.
 *
 * Returns: %TRUE if met
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
gboolean         styr_report_goal_get_met               (StyrReportGoal *self);

/**
 * styr_report_goal_get_unmet:
 * @self: a goal entry
 *
 * Whether the goal is not met: it has a level shown below the top of the
 * scale. Such a goal must carry an analysis and measures.
 *
 * Returns: %TRUE if not met
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
gboolean         styr_report_goal_get_unmet             (StyrReportGoal *self);

/**
 * styr_report_goal_get_analysis:
 * @self: a goal entry
 *
 * The board's analysis (*analys*) at the occasion.
 *
 * Returns: (transfer none) (nullable): the analysis, or %NULL without one
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char      *styr_report_goal_get_analysis          (StyrReportGoal *self);

/**
 * styr_report_goal_get_measures:
 * @self: a goal entry
 *
 * The measures (*åtgärder*) the board decided at the occasion.
 *
 * Returns: (transfer none) (nullable): the measures, or %NULL without
 *   any
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char      *styr_report_goal_get_measures          (StyrReportGoal *self);

/**
 * styr_report_goal_get_distribution_text:
 * @self: a goal entry
 *
 * For a council goal, the distribution of the board goals under it ("8
 * av 30 uppfyllda, 3 delvis, 19 ej"), or the finding that none covers
 * it.
 *
 * Returns: (transfer none) (nullable): the text, or %NULL for other goals
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char      *styr_report_goal_get_distribution_text (StyrReportGoal *self);

/**
 * styr_report_goal_get_indicator_table:
 * @self: a goal entry
 *
 * The goal's indicators, one row each, with the columns Indikator
 * (TEXT), Enhet (TEXT), Målvärde (NUMBER: the target for the year, a
 * range as "80–90" with the low end as value), Utfall (NUMBER: the
 * latest value up to the period), Period (TEXT: the period of that
 * value), Bedömning (STATUS: the indicator's grade as a level of the
 * scale) and Trend (TEXT). A goal without indicators has a table with
 * no rows (the report then also carries a WARNING note for a board
 * goal: it is not followable).
 *
 * Returns: (transfer none): the table
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrReportTable *styr_report_goal_get_indicator_table   (StyrReportGoal *self);

/**
 * styr_report_goal_get_activity_table:
 * @self: a goal entry
 *
 * The goal's activities: Aktivitet (TEXT), Ansvarig (TEXT), Slutdatum
 * (DATE), Status (TEXT).
 *
 * Returns: (transfer none) (nullable): the table, or %NULL when the goal
 *   has no activities
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrReportTable *styr_report_goal_get_activity_table    (StyrReportGoal *self);

/**
 * styr_report_goal_get_charts:
 * @self: a goal entry
 *
 * The charts of the entry: one INDICATOR_TREND chart per indicator that
 * has a value in the report's year.
 *
 * Returns: (transfer none): a list model of [class@Styr.ReportChart]
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
GListModel      *styr_report_goal_get_charts            (StyrReportGoal *self);

/**
 * styr_report_goal_get_notes:
 * @self: a goal entry
 *
 * Notes on the entry, each a [class@Styr.ReportParagraph]: a WARNING when
 * the goal is not met and has no analysis ("Analys saknas …") or no
 * measures, a WARNING for a board goal without indicators, a NOTE when
 * the assessed level differs from the computed one. Writers show them
 * inside the goal's entry.
 *
 * Returns: (transfer none): a list model of [class@Styr.ReportParagraph]
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
GListModel      *styr_report_goal_get_notes             (StyrReportGoal *self);

/* ------------------------------------------------------------------ */
/* StyrReportSection                                                   */
/* ------------------------------------------------------------------ */

#define STYR_TYPE_REPORT_SECTION (styr_report_section_get_type ())

/**
 * StyrReportSection:
 *
 * One section (*avsnitt*) of a report, e.g. "Sammanfattning" or
 * "Valfärdsnämnden": a kind, a title (the level-1 heading), a stable id
 * to link to, and a list of blocks.
 *
 * A [class@Styr.Report] holds its sections in order
 * ([method@Styr.Report.get_sections]), or finds one by id
 * ([method@Styr.Report.lookup_section]); a nämnd's section (kind
 * %STYR_REPORT_SECTION_KIND_BOARD) names its organ.
 *
 * ```python
 * for section in report.get_sections():
 *     organ = section.get_organ()
 *     print(section.get_id(), section.get_title(),
 *           organ.props.name if organ else "", len(section.get_blocks()))
 * ```
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrReportSection, styr_report_section, STYR, REPORT_SECTION, GObject)

/**
 * styr_report_section_get_kind:
 * @self: a section
 *
 * What the section holds.
 *
 * Returns: the kind of section
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrReportSectionKind  styr_report_section_get_kind   (StyrReportSection *self);

/**
 * styr_report_section_get_title:
 * @self: a section
 *
 * The section's heading, e.g. "God ekonomisk hushållning", or the
 * board's name for a BOARD section.
 *
 * Returns: (transfer none): the title
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char            *styr_report_section_get_title  (StyrReportSection *self);

/**
 * styr_report_section_get_id:
 * @self: a section
 *
 * A stable anchor for the section, unique in the report, of `[a-z0-9-]`:
 * `sammanfattning`, `god-ekonomisk-hushallning`, `styrmodell`,
 * `fullmaktiges-mal`, `namnd-<organ id>`, `ekonomisk-analys`,
 * `driftredovisning`, `investeringar`, `koncernforetag`, `aktiviteter`.
 *
 * Returns: (transfer none): the id
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char            *styr_report_section_get_id     (StyrReportSection *self);

/**
 * styr_report_section_get_organ:
 * @self: a section
 *
 * The organ a BOARD section reports on (or a company in the COMPANIES
 * section of a company's own report).
 *
 * Returns: (transfer none) (nullable): the organ, or %NULL
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrOrgan             *styr_report_section_get_organ  (StyrReportSection *self);

/**
 * styr_report_section_get_blocks:
 * @self: a section
 *
 * The section's blocks in reading order.
 *
 * Returns: (transfer none): a list model of [class@Styr.ReportBlock]
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
GListModel            *styr_report_section_get_blocks (StyrReportSection *self);

/* ------------------------------------------------------------------ */
/* StyrReport                                                          */
/* ------------------------------------------------------------------ */

#define STYR_TYPE_REPORT (styr_report_get_type ())

/**
 * StyrReport:
 *
 * A follow-up report (*tertialrapport*, *delårsrapport*,
 * *årsredovisning*) as data: sections of headings, paragraphs, tables,
 * goal entries and charts, built at once from a model and a period for
 * one nämnd or for the whole municipality. Every number and status is
 * decided here; the writers ([method@Styr.Report.write_html],
 * [method@Styr.Report.write_odt], [method@Styr.Report.write_csv]) only
 * render, so the formats agree with each other and with the follow-up
 * and economy APIs.
 *
 * ```python
 * report = Styr.Report.new(model, Styr.Period.parse("2025-T2"), None)
 * print(report.get_title())
 * for section in report.get_sections():
 *     print(section.get_kind(), section.get_title())
 * ```
 *
 * The report is a snapshot: changing the model afterwards does not
 * change it.
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrReport, styr_report, STYR, REPORT, GObject)

/**
 * styr_report_new:
 * @model: a model
 * @period: the period of the report; follow-up is cumulative, so
 *   `2025-T2` reports January–August 2025
 * @organ: (nullable): the nämnd (or executive board, or company) to
 *   report on, or %NULL for the whole municipality
 * @error: return location for a #GError
 *
 * Builds the report of @model for @period and @organ.
 *
 * For the whole municipality the report has the sections SUMMARY,
 * GOOD_ECONOMY, STEERING_MODEL, COUNCIL_GOALS, one BOARD section per
 * board and the executive board (model order), ECONOMIC_ANALYSIS,
 * OPERATING, INVESTMENTS, COMPANIES (when the model has companies) and
 * ACTIVITIES. Every goal of the model has one entry: council goals in
 * COUNCIL_GOALS, the others with the board or company that owns them or
 * the goal above them; goals that belong to no board or company (owned
 * by a committee, or by a unit no nämnd answers for) get a last BOARD
 * section "Övriga mål" without an organ.
 *
 * For one nämnd: SUMMARY, BOARD (its goals: the goals it owns and the
 * operational and unit goals below them, and the goals of its units that
 * hang below no board goal), OPERATING (its row, no total), INVESTMENTS
 * (its projects) and ACTIVITIES; for a company SUMMARY, COMPANIES and
 * ACTIVITIES.
 *
 * The level shown for a goal is the one assessed at the follow-up
 * occasion of @period ([class@Styr.FollowUp]), else the computed one; the
 * economy is that of [ctor@Styr.OperatingStatement.new] and
 * [ctor@Styr.MunicipalResult.new] for @period, and the investments'
 * forecasts those of the same economic occasion. The model is not
 * changed: financial goals are computed from the forecast
 * ([method@Styr.MunicipalResult.evaluate_rule]) without setting any
 * measurement.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL when @organ is not in @model,
 * %STYR_ERROR_INVALID_ARGUMENT when @organ is the council, a committee
 * or the auditors (they have no report of their own), or an error of the
 * economy APIs ([ctor@Styr.OperatingStatement.new],
 * [ctor@Styr.MunicipalResult.new]).
 *
 * Returns: (transfer full): the report, or %NULL on error
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrReport       *styr_report_new           (StyrModel        *model,
                                             const StyrPeriod *period,
                                             StyrOrgan        *organ,
                                             GError          **error);

/**
 * styr_report_get_model:
 * @self: a report
 *
 * The model the report was built from.
 *
 * Returns: (transfer none): the model
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrModel        *styr_report_get_model     (StyrReport       *self);

/**
 * styr_report_get_period:
 * @self: a report
 *
 * The period of the report.
 *
 * Returns: (transfer none): the period
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const StyrPeriod *styr_report_get_period    (StyrReport       *self);

/**
 * styr_report_get_organ:
 * @self: a report
 *
 * The organ the report is about.
 *
 * Returns: (transfer none) (nullable): the organ, or %NULL for the whole
 *   municipality
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrOrgan        *styr_report_get_organ     (StyrReport       *self);

/**
 * styr_report_get_occasion:
 * @self: a report
 *
 * The follow-up occasion of the model's calendar for the report's
 * period, whose assessments and forecasts the report shows.
 *
 * Returns: (transfer none) (nullable): the occasion, or %NULL when the
 *   calendar has none for the period
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrOccasion     *styr_report_get_occasion  (StyrReport       *self);

/**
 * styr_report_get_kind:
 * @self: a report
 *
 * Whether the report is an ordinary follow-up, the interim report or the
 * annual report.
 *
 * Returns: the kind of report
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrReportKind    styr_report_get_kind      (StyrReport       *self);

/**
 * styr_report_get_title:
 * @self: a report
 *
 * The report's title: "Tertialrapport 1 2025", "Delårsrapport
 * januari–augusti 2025", "Årsredovisning 2025", or "Uppföljning per
 * februari 2025" for a month.
 *
 * Returns: (transfer none): the title
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char       *styr_report_get_title     (StyrReport       *self);

/**
 * styr_report_get_subtitle:
 * @self: a report
 *
 * The line under the title: the municipality and the scope,
 * "Ängelholms kommun" or "Ängelholms kommun – Valfärdsnämnden".
 *
 * Returns: (transfer none): the subtitle
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
const char       *styr_report_get_subtitle  (StyrReport       *self);

/**
 * styr_report_get_sections:
 * @self: a report
 *
 * The sections in order ([enum@Styr.ReportSectionKind]).
 *
 * Returns: (transfer none): a list model of [class@Styr.ReportSection]
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
GListModel       *styr_report_get_sections  (StyrReport       *self);

/**
 * styr_report_get_tables:
 * @self: a report
 *
 * Every table of the report in reading order, the tables inside goal
 * entries (indicators, activities) included: what the CSV writer writes,
 * one file each.
 *
 * Returns: (transfer none): a list model of [class@Styr.ReportTable]
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
GListModel       *styr_report_get_tables    (StyrReport       *self);

/**
 * styr_report_get_charts:
 * @self: a report
 *
 * Every chart of the report in reading order, the indicator trends
 * inside goal entries included.
 *
 * Returns: (transfer none): a list model of [class@Styr.ReportChart]
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
GListModel       *styr_report_get_charts    (StyrReport       *self);

/**
 * styr_report_lookup_table:
 * @self: a report
 * @id: a table id
 *
 * Finds a table by its id.
 *
 * Returns: (transfer none) (nullable): the table, or %NULL
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrReportTable  *styr_report_lookup_table  (StyrReport       *self,
                                             const char       *id);

/**
 * styr_report_lookup_section:
 * @self: a report
 * @id: a section id
 *
 * Finds a section by its id ([method@Styr.ReportSection.get_id]).
 *
 * Returns: (transfer none) (nullable): the section, or %NULL
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
StyrReportSection *styr_report_lookup_section (StyrReport     *self,
                                               const char     *id);

/* ------------------------------------------------------------------ */
/* Writers (styr-report-html.c, styr-report-odt.c, styr-report-csv.c)  */
/* ------------------------------------------------------------------ */

/**
 * styr_report_write_html:
 * @self: a report
 * @stream: the stream to write to
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the report as one self-contained HTML page (`lang="sv"`,
 * inline CSS and SVG, nothing from the network).
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
gboolean styr_report_write_html         (StyrReport     *self,
                                         GOutputStream  *stream,
                                         GCancellable   *cancellable,
                                         GError        **error);

/**
 * styr_report_write_html_to_path:
 * @self: a report
 * @path: (type filename): the file to write
 * @error: return location for a #GError
 *
 * Writes the report as HTML ([method@Styr.Report.write_html]) to @path,
 * replacing it atomically.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
gboolean styr_report_write_html_to_path (StyrReport     *self,
                                         const char     *path,
                                         GError        **error);

/**
 * styr_report_write_odt:
 * @self: a report
 * @stream: the stream to write to
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the report as an OpenDocument text (`.odt`): a zip package
 * with `mimetype` first, the manifest, content, styles and metadata, and
 * the charts as SVG pictures.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
gboolean styr_report_write_odt          (StyrReport     *self,
                                         GOutputStream  *stream,
                                         GCancellable   *cancellable,
                                         GError        **error);

/**
 * styr_report_write_odt_to_path:
 * @self: a report
 * @path: (type filename): the file to write
 * @error: return location for a #GError
 *
 * Writes the report as OpenDocument text ([method@Styr.Report.write_odt])
 * to @path, replacing it atomically.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
gboolean styr_report_write_odt_to_path  (StyrReport     *self,
                                         const char     *path,
                                         GError        **error);

/**
 * styr_report_write_csv:
 * @self: a report
 * @directory: the directory to write into; it must exist
 * @error: return location for a #GError
 *
 * Writes every table of the report ([method@Styr.Report.get_tables]) as
 * `<table id>.csv` in @directory: UTF-8 with a byte order mark,
 * semicolons, decimal commas — what Swedish Excel opens directly.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
STYR_AVAILABLE_IN_ALL
gboolean styr_report_write_csv          (StyrReport     *self,
                                         GFile          *directory,
                                         GError        **error);

G_END_DECLS
