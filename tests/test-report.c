/* test-report.c — the report model (StyrReport): sections in the order
 * real reports use, every goal with its indicators and targets, the
 * economy tables equal to the economy APIs, the interim report's parts,
 * and the scope of a nämnd's report.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <libstyr/styr.h>

#define NBSP "\xc2\xa0"

/* Helpers ---------------------------------------------------------------- */

static StyrModel *
load_ratten (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "data",
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
  StyrOrgan *organ = NULL;
  StyrReport *report;

  g_assert_no_error (error);
  if (organ_id != NULL)
    {
      organ = styr_model_lookup_organ (model, organ_id);
      g_assert_nonnull (organ);
    }
  report = styr_report_new (model, period, organ, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_true (styr_report_get_model (report) == model);
  g_assert_true (styr_report_get_organ (report) == organ);
  g_assert_true (styr_period_equal (styr_report_get_period (report), period));
  return report;
}

static StyrReportSection *
get_section (StyrReport *report,
             guint       i)
{
  g_autoptr(StyrReportSection) section = g_list_model_get_item (styr_report_get_sections (report), i);

  return section;   /* the report holds it */
}

static StyrReportSection *
find_section (StyrReport            *report,
              StyrReportSectionKind  kind)
{
  GListModel *sections = styr_report_get_sections (report);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      StyrReportSection *section = get_section (report, i);

      if (styr_report_section_get_kind (section) == kind)
        return section;
    }
  return NULL;
}

/* Every goal entry of the report, sections in order. */
static GPtrArray *
collect_goal_entries (StyrReport *report)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *sections = styr_report_get_sections (report);

  for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
    {
      GListModel *blocks = styr_report_section_get_blocks (get_section (report, s));

      for (guint b = 0; b < g_list_model_get_n_items (blocks); b++)
        {
          g_autoptr(StyrReportBlock) block = g_list_model_get_item (blocks, b);

          if (styr_report_block_get_kind (block) == STYR_REPORT_BLOCK_KIND_GOAL)
            {
              g_assert_true (STYR_IS_REPORT_GOAL (block));
              g_ptr_array_add (entries, g_steal_pointer (&block));
            }
        }
    }
  return entries;
}

static gboolean
section_has_heading (StyrReportSection *section,
                     const char        *text)
{
  GListModel *blocks = styr_report_section_get_blocks (section);

  for (guint b = 0; b < g_list_model_get_n_items (blocks); b++)
    {
      g_autoptr(StyrReportBlock) block = g_list_model_get_item (blocks, b);

      if (styr_report_block_get_kind (block) == STYR_REPORT_BLOCK_KIND_HEADING &&
          g_strcmp0 (styr_report_heading_get_text (STYR_REPORT_HEADING (block)), text) == 0)
        return TRUE;
    }
  return FALSE;
}

static StyrReportParagraph *
section_find_paragraph (StyrReportSection  *section,
                        StyrReportEmphasis  emphasis,
                        const char         *needle)
{
  GListModel *blocks = styr_report_section_get_blocks (section);

  for (guint b = 0; b < g_list_model_get_n_items (blocks); b++)
    {
      g_autoptr(StyrReportBlock) block = g_list_model_get_item (blocks, b);

      if (styr_report_block_get_kind (block) == STYR_REPORT_BLOCK_KIND_PARAGRAPH &&
          styr_report_paragraph_get_emphasis (STYR_REPORT_PARAGRAPH (block)) == emphasis &&
          strstr (styr_report_paragraph_get_text (STYR_REPORT_PARAGRAPH (block)), needle) != NULL)
        return STYR_REPORT_PARAGRAPH (block);
    }
  return NULL;
}

static StyrReportTable *
section_find_table (StyrReportSection *section,
                    const char        *id)
{
  GListModel *blocks = styr_report_section_get_blocks (section);

  for (guint b = 0; b < g_list_model_get_n_items (blocks); b++)
    {
      g_autoptr(StyrReportBlock) block = g_list_model_get_item (blocks, b);

      if (styr_report_block_get_kind (block) == STYR_REPORT_BLOCK_KIND_TABLE &&
          g_strcmp0 (styr_report_table_get_id (STYR_REPORT_TABLE (block)), id) == 0)
        return STYR_REPORT_TABLE (block);
    }
  return NULL;
}

static guint
find_row (StyrReportTable *table,
          guint            column,
          const char      *text)
{
  for (guint r = 0; r < styr_report_table_get_n_rows (table); r++)
    if (g_strcmp0 (styr_report_table_get_text (table, r, column), text) == 0)
      return r;
  g_error ("no row »%s« in table %s", text, styr_report_table_get_id (table));
  return G_MAXUINT;
}

static guint
find_column (StyrReportTable *table,
             const char      *prefix)
{
  for (guint c = 0; c < styr_report_table_get_n_columns (table); c++)
    if (g_str_has_prefix (styr_report_table_get_column_title (table, c), prefix))
      return c;
  g_error ("no column »%s…« in table %s", prefix, styr_report_table_get_id (table));
  return G_MAXUINT;
}

static gint64
money_cell (StyrReportTable *table,
            guint            row,
            guint            column)
{
  gint64 ore = G_MININT64;

  g_assert_cmpint (styr_report_table_get_column_kind (table, column), ==, STYR_REPORT_COLUMN_KIND_MONEY);
  g_assert_true (styr_report_table_get_money (table, row, column, &ore));
  return ore;
}

static gboolean
is_slug (const char *id)
{
  if (id == NULL || id[0] == '\0')
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
      return FALSE;
  return TRUE;
}

/* Tests ------------------------------------------------------------------ */

/* The whole municipality per 2025-T2: the interim report, and the
 * sections in the order of Ängelholm's reports. */
static void
test_report_sections_municipality (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrReport) report = build_report (model, "2025-T2", NULL);
  GListModel *sections = styr_report_get_sections (report);
  const char *expected_boards[] = { "ks", "valfardsnamnd", "myndighetsnamnd", "overformyndarnamnd" };
  const StyrReportSectionKind expected[] = {
    STYR_REPORT_SECTION_KIND_SUMMARY,
    STYR_REPORT_SECTION_KIND_GOOD_ECONOMY,
    STYR_REPORT_SECTION_KIND_STEERING_MODEL,
    STYR_REPORT_SECTION_KIND_COUNCIL_GOALS,
    STYR_REPORT_SECTION_KIND_BOARD,
    STYR_REPORT_SECTION_KIND_BOARD,
    STYR_REPORT_SECTION_KIND_BOARD,
    STYR_REPORT_SECTION_KIND_BOARD,
    STYR_REPORT_SECTION_KIND_ECONOMIC_ANALYSIS,
    STYR_REPORT_SECTION_KIND_OPERATING,
    STYR_REPORT_SECTION_KIND_INVESTMENTS,
    STYR_REPORT_SECTION_KIND_COMPANIES,
    STYR_REPORT_SECTION_KIND_ACTIVITIES,
  };
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint board = 0;

  g_assert_cmpstr (styr_report_get_title (report), ==, "Delårsrapport januari–augusti 2025");
  g_assert_cmpstr (styr_report_get_subtitle (report), ==, "Strandviks kommun");
  g_assert_cmpint (styr_report_get_kind (report), ==, STYR_REPORT_KIND_INTERIM);
  g_assert_nonnull (styr_report_get_occasion (report));
  g_assert_cmpstr (styr_occasion_get_id (styr_report_get_occasion (report)), ==, "delar-2025");

  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      StyrReportSection *section = get_section (report, i);

      g_assert_cmpint (styr_report_section_get_kind (section), ==, expected[i]);
      g_assert_true (is_slug (styr_report_section_get_id (section)));
      g_assert_true (g_hash_table_add (ids, (gpointer) styr_report_section_get_id (section)));
      g_assert_cmpstr (styr_report_section_get_title (section), !=, "");
      g_assert_true (styr_report_lookup_section (report, styr_report_section_get_id (section)) == section);

      if (expected[i] == STYR_REPORT_SECTION_KIND_BOARD)
        {
          StyrOrgan *organ = styr_report_section_get_organ (section);

          g_assert_nonnull (organ);
          g_assert_cmpstr (styr_entity_get_id (STYR_ENTITY (organ)), ==, expected_boards[board]);
          g_assert_cmpstr (styr_report_section_get_title (section), ==, styr_organ_get_name (organ));
          board++;
        }
    }
  g_assert_cmpuint (board, ==, G_N_ELEMENTS (expected_boards));
  g_assert_cmpstr (styr_report_section_get_id (get_section (report, 4)), ==, "namnd-ks");
  g_assert_null (styr_report_lookup_section (report, "finns-inte"));
}

/* Every goal of the model is in the municipality's report, once, with
 * every indicator linked to it and the indicator's target of the year. */
static void
test_report_goals_and_indicators (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrReport) report = build_report (model, "2025-T2", NULL);
  g_autoptr(GPtrArray) entries = collect_goal_entries (report);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(StyrPeriod) period = styr_period_new_tertial (2025, 2);
  GListModel *goals = styr_model_get_goals (model);
  StyrScale *scale = styr_model_get_scale (model);
  StyrScaleLevel *top = styr_scale_get_level (scale, 0);
  guint n_targets = 0;

  g_assert_cmpuint (g_list_model_get_n_items (goals), >, 50);

  for (guint i = 0; i < entries->len; i++)
    {
      StyrReportGoal *entry = g_ptr_array_index (entries, i);
      StyrGoal *goal = styr_report_goal_get_goal (entry);
      GListModel *indicators = styr_goal_get_indicators (goal);
      StyrReportTable *table = styr_report_goal_get_indicator_table (entry);
      StyrScaleLevel *level = styr_report_goal_get_level (entry);
      StyrGoalStatus *status = styr_report_goal_get_status (entry);

      g_assert_true (g_hash_table_add (seen, goal));   /* once */
      g_assert_cmpstr (styr_report_goal_get_title (entry), ==, styr_goal_get_title (goal));
      g_assert_nonnull (status);

      /* The level shown is the assessed one, else the proposed one. */
      if (styr_goal_status_get_assessed_level (status) != NULL)
        {
          g_assert_true (level == styr_goal_status_get_assessed_level (status));
          g_assert_cmpstr (styr_report_goal_get_level_source_text (entry), ==, "Bedömd");
        }
      else if (styr_goal_status_get_proposed_level (status) != NULL)
        {
          g_assert_true (level == styr_goal_status_get_proposed_level (status));
          g_assert_cmpstr (styr_report_goal_get_level_source_text (entry), ==, "Beräknad");
        }
      else
        {
          g_assert_null (level);
          g_assert_cmpstr (styr_report_goal_get_level_source_text (entry), ==, "Ej bedömd");
        }
      g_assert_true (styr_report_goal_get_met (entry) ==
                     (level != NULL && g_strcmp0 (styr_scale_level_get_id (level),
                                                  styr_scale_level_get_id (top)) == 0));
      g_assert_true (styr_report_goal_get_unmet (entry) ==
                     (level != NULL && !styr_report_goal_get_met (entry)));

      /* Indikator, Enhet, Målvärde, Utfall, Period, Bedömning, Trend. */
      g_assert_nonnull (table);
      g_assert_true (is_slug (styr_report_table_get_id (table)));
      g_assert_cmpuint (styr_report_table_get_n_columns (table), ==, 7);
      g_assert_cmpstr (styr_report_table_get_column_title (table, 2), ==, "Målvärde");
      g_assert_cmpint (styr_report_table_get_column_kind (table, 2), ==, STYR_REPORT_COLUMN_KIND_NUMBER);
      g_assert_cmpint (styr_report_table_get_column_kind (table, 3), ==, STYR_REPORT_COLUMN_KIND_NUMBER);
      g_assert_cmpint (styr_report_table_get_column_kind (table, 5), ==, STYR_REPORT_COLUMN_KIND_STATUS);
      g_assert_cmpuint (styr_report_table_get_n_rows (table), ==, g_list_model_get_n_items (indicators));

      for (guint r = 0; r < g_list_model_get_n_items (indicators); r++)
        {
          g_autoptr(StyrIndicator) indicator = g_list_model_get_item (indicators, r);
          double low, high, target, value, latest;

          g_assert_cmpstr (styr_report_table_get_text (table, r, 0), ==, styr_indicator_get_name (indicator));
          if (styr_indicator_lookup_target (indicator, 2025, &low, &high))
            {
              g_assert_true (styr_report_table_get_number (table, r, 2, &target));
              g_assert_cmpfloat (target, ==, low);
              g_assert_cmpstr (styr_report_table_get_text (table, r, 2), !=, "");
              n_targets++;
            }
          else
            {
              g_assert_false (styr_report_table_get_number (table, r, 2, &target));
              g_assert_cmpstr (styr_report_table_get_text (table, r, 2), ==, "");
            }
          if (styr_indicator_lookup_latest (indicator, period, &latest, NULL))
            {
              g_assert_true (styr_report_table_get_number (table, r, 3, &value));
              g_assert_cmpfloat (value, ==, latest);
            }
          else
            g_assert_false (styr_report_table_get_number (table, r, 3, &value));
          /* A status cell has text: the level's label or "Ej bedömd". */
          g_assert_cmpstr (styr_report_table_get_text (table, r, 5), !=, "");
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(StyrGoal) goal = g_list_model_get_item (goals, i);

      if (!g_hash_table_contains (seen, goal))
        g_error ("goal %s is not in the report", styr_entity_get_id (STYR_ENTITY (goal)));
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, g_list_model_get_n_items (goals));
  g_assert_cmpuint (n_targets, >, 40);
}

/* A goal that is not met carries its analysis, or a warning that it is
 * missing; a met goal does not get that warning. */
static void
test_report_unmet_goals (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  StyrGoal *goal = styr_model_lookup_goal (model, "ks-10");
  StyrOccasion *occasion = styr_calendar_lookup_occasion (styr_model_get_calendar (model), "delar-2025");
  StyrAssessment *assessment;
  g_autoptr(StyrReport) report = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  gboolean found = FALSE;
  guint n_unmet = 0;

  g_assert_nonnull (goal);
  g_assert_nonnull (occasion);
  assessment = styr_goal_lookup_assessment (goal, occasion);
  g_assert_nonnull (assessment);
  /* ks-10 is assessed "bedöms inte kunna uppnås" with an analysis in the
   * file; take the analysis away. */
  g_assert_cmpstr (styr_assessment_get_level_id (assessment), ==, "bedoms-inte-kunna-uppnas");
  g_assert_nonnull (styr_assessment_get_analysis (assessment));
  styr_assessment_set_analysis (assessment, NULL);

  report = build_report (model, "2025-T2", NULL);
  entries = collect_goal_entries (report);

  for (guint i = 0; i < entries->len; i++)
    {
      StyrReportGoal *entry = g_ptr_array_index (entries, i);
      GListModel *notes = styr_report_goal_get_notes (entry);
      gboolean has_warning = FALSE;

      for (guint n = 0; n < g_list_model_get_n_items (notes); n++)
        {
          g_autoptr(StyrReportParagraph) note = g_list_model_get_item (notes, n);

          if (styr_report_paragraph_get_emphasis (note) == STYR_REPORT_EMPHASIS_WARNING &&
              g_str_has_prefix (styr_report_paragraph_get_text (note), "Analys saknas"))
            has_warning = TRUE;
        }

      if (styr_report_goal_get_unmet (entry))
        {
          n_unmet++;
          g_assert_true (styr_report_goal_get_analysis (entry) != NULL || has_warning);
          g_assert_false (styr_report_goal_get_analysis (entry) != NULL && has_warning);
        }
      else
        g_assert_false (has_warning);

      if (styr_report_goal_get_goal (entry) == goal)
        {
          found = TRUE;
          g_assert_true (styr_report_goal_get_unmet (entry));
          g_assert_null (styr_report_goal_get_analysis (entry));
          g_assert_true (has_warning);
          g_assert_cmpstr (styr_report_goal_get_measures (entry), ==,
                           "En åtgärdsplan med tydliga ansvariga redovisas för nämnden i oktober.");
          g_assert_cmpstr (styr_report_goal_get_level_text (entry), ==, "Bedöms inte kunna uppnås");
          g_assert_true (styr_report_goal_get_prognosis (entry) != NULL);
          g_assert_cmpstr (styr_scale_level_get_id (styr_report_goal_get_prognosis (entry)), ==, "osakert");
        }
    }
  g_assert_true (found);
  g_assert_cmpuint (n_unmet, >, 10);
}

/* Every amount of the operating table equals the operating statement's;
 * the budgets are the frames of the file, checked by hand. */
static void
test_report_operating (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrPeriod) period = styr_period_new_tertial (2025, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrOperatingStatement) statement = styr_operating_statement_new (model, period, &error);
  g_autoptr(StyrReport) report = build_report (model, "2025-T1", NULL);
  StyrReportSection *section = find_section (report, STYR_REPORT_SECTION_KIND_OPERATING);
  StyrReportTable *table;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (statement));
  guint c_budget, c_periodised, c_outcome, c_deviation, c_forecast, c_year, c_change, c_last;
  gint64 sum_budget = 0, sum_forecast = 0;
  gint64 frame;

  g_assert_no_error (error);
  g_assert_nonnull (section);
  table = section_find_table (section, "driftredovisning");
  g_assert_nonnull (table);
  g_assert_true (styr_report_lookup_table (report, "driftredovisning") == table);
  g_assert_cmpint (styr_report_table_get_money_unit (table), ==, STYR_MONEY_UNIT_TKR);

  c_budget = find_column (table, "Årsbudget");
  c_periodised = find_column (table, "Periodiserad budget");
  c_outcome = find_column (table, "Utfall jan");
  c_deviation = find_column (table, "Avvikelse jan");
  c_forecast = find_column (table, "Helårsprognos");
  c_year = find_column (table, "Avvikelse helår");
  c_change = find_column (table, "Förändring");
  c_last = find_column (table, "Utfall 2024");

  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (styr_report_table_get_n_rows (table), ==, n + 1);
  for (guint i = 0; i <= n; i++)
    {
      g_autoptr(StyrOperatingRow) row = i < n ? g_list_model_get_item (G_LIST_MODEL (statement), i)
                                              : g_object_ref (styr_operating_statement_get_total (statement));
      guint r = find_row (table, 0, styr_operating_row_get_name (row));
      gint64 forecast;

      g_assert_cmpuint (r, ==, i);
      g_assert_true (styr_report_table_get_row_is_total (table, r) == (i == n));
      g_assert_cmpint (money_cell (table, r, c_budget), ==, styr_operating_row_get_annual_budget (row));
      g_assert_cmpint (money_cell (table, r, c_periodised), ==, styr_operating_row_get_periodised_budget (row));
      g_assert_cmpint (money_cell (table, r, c_outcome), ==, styr_operating_row_get_outcome (row));
      g_assert_cmpint (money_cell (table, r, c_deviation), ==, styr_operating_row_get_period_deviation (row));
      g_assert_cmpint (money_cell (table, r, c_last), ==, styr_operating_row_get_last_year_outcome (row));
      g_assert_true (styr_operating_row_get_has_forecast (row));
      g_assert_cmpint (money_cell (table, r, c_forecast), ==, styr_operating_row_get_forecast (row));
      g_assert_cmpint (money_cell (table, r, c_year), ==, styr_operating_row_get_year_deviation (row));
      /* T1 is the first forecast of the year: no change to show. */
      g_assert_false (styr_operating_row_get_has_previous_forecast (row));
      g_assert_false (styr_report_table_get_money (table, r, c_change, NULL));
      g_assert_cmpstr (styr_report_table_get_text (table, r, c_change), ==, "");

      if (i < n)
        {
          StyrOrgan *organ = styr_operating_row_get_organ (row);

          /* By hand: the budget is the frame, the forecast the file's. */
          g_assert_true (styr_organ_lookup_frame (organ, 2025, &frame));
          g_assert_cmpint (money_cell (table, r, c_budget), ==, frame);
          g_assert_true (styr_organ_lookup_forecast (organ, "t1-2025", &forecast, NULL));
          g_assert_cmpint (money_cell (table, r, c_forecast), ==, forecast);
          g_assert_cmpint (money_cell (table, r, c_year), ==, frame - forecast);
          sum_budget += frame;
          sum_forecast += forecast;
        }
      else
        {
          g_assert_cmpint (money_cell (table, r, c_budget), ==, sum_budget);
          g_assert_cmpint (money_cell (table, r, c_forecast), ==, sum_forecast);
        }
    }

  /* The file's numbers, in öre, and their display in tkr. */
  {
    guint r = find_row (table, 0, "Välfärdsnämnden");

    g_assert_cmpint (money_cell (table, r, c_budget), ==, G_GINT64_CONSTANT (229024433078));
    g_assert_cmpint (money_cell (table, r, c_forecast), ==, G_GINT64_CONSTANT (230224433078));
    g_assert_cmpstr (styr_report_table_get_text (table, r, c_budget), ==, "2" NBSP "290" NBSP "244");
    g_assert_cmpstr (styr_report_table_get_text (table, r, c_year), ==, "\xe2\x88\x92" "12" NBSP "000");
    g_assert_cmpstr (styr_report_table_get_column_title (table, c_budget), ==, "Årsbudget, tkr");
  }

  /* The budget-vs-forecast chart has the same numbers, in tkr. */
  {
    GListModel *charts = styr_report_get_charts (report);
    StyrReportChart *chart = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
      {
        g_autoptr(StyrReportChart) candidate = g_list_model_get_item (charts, i);

        if (styr_report_chart_get_chart_kind (candidate) == STYR_REPORT_CHART_KIND_BUDGET_FORECAST)
          chart = candidate;
      }
    g_assert_nonnull (chart);
    g_assert_cmpuint (styr_report_chart_get_n_categories (chart), ==, n);
    g_assert_cmpstr (styr_report_chart_get_series_name (chart, 0), ==, "Budget");
    g_assert_cmpstr (styr_report_chart_get_series_name (chart, 1), ==, "Prognos");
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(StyrOperatingRow) row = g_list_model_get_item (G_LIST_MODEL (statement), i);
        double value;

        g_assert_cmpstr (styr_report_chart_get_category_label (chart, i), ==, styr_operating_row_get_name (row));
        g_assert_true (styr_report_chart_get_value (chart, 0, i, &value));
        g_assert_cmpfloat_with_epsilon (value, styr_operating_row_get_annual_budget (row) / 100000.0, 1e-6);
        g_assert_true (styr_report_chart_get_value (chart, 1, i, &value));
        g_assert_cmpfloat_with_epsilon (value, styr_operating_row_get_forecast (row) / 100000.0, 1e-6);
      }
  }
}

/* The interim report per 2025-T2 carries what the law asks and the model
 * can supply, and names what it cannot (the balance sheet). */
static void
test_report_interim (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrPeriod) period = styr_period_new_tertial (2025, 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrMunicipalResult) result = styr_municipal_result_new (model, period, &error);
  g_autoptr(StyrReport) report = build_report (model, "2025-T2", NULL);
  g_autoptr(StyrReport) t1 = build_report (model, "2025-T1", NULL);
  StyrReportSection *good = find_section (report, STYR_REPORT_SECTION_KIND_GOOD_ECONOMY);
  StyrReportSection *analysis = find_section (report, STYR_REPORT_SECTION_KIND_ECONOMIC_ANALYSIS);
  StyrReportTable *balance, *income, *financial;
  gint64 tax, grants, financial_net, other, adjustments, net_cost, expected_result;
  guint row;

  g_assert_no_error (error);
  g_assert_nonnull (good);
  g_assert_nonnull (analysis);

  /* The balance requirement on the full-year forecast. */
  balance = section_find_table (good, "balanskrav");
  g_assert_nonnull (balance);
  g_assert_true (section_has_heading (good, "Balanskravet"));
  row = find_row (balance, 0, "Balanskravsresultat");
  g_assert_true (styr_report_table_get_row_is_total (balance, row));
  adjustments = styr_municipal_result_get_item_forecast (result, STYR_RESULT_ITEM_BALANCE_ADJUSTMENTS);
  g_assert_cmpint (money_cell (balance, find_row (balance, 0, "Årets resultat enligt prognos"), 1), ==,
                   styr_municipal_result_get_result_forecast (result));
  g_assert_cmpint (money_cell (balance, row, 1), ==,
                   styr_municipal_result_get_result_forecast (result) + adjustments);
  /* By hand from the forecasts at delar-2025 in the file: tax income
   * 2 245,9 mnkr + grants 598,3 mnkr + financial net −9,6 mnkr − the
   * nämnder's 308 022 595,67 + 2 313 830 588,74 + 156 342 079,51 +
   * 7 979 910,15 kr = 48 424 825,93 kr; the adjustments −3,1 mnkr. */
  g_assert_cmpint (money_cell (balance, find_row (balance, 0, "Årets resultat enligt prognos"), 1), ==,
                   G_GINT64_CONSTANT (4842482593));
  g_assert_cmpint (money_cell (balance, row, 1), ==, G_GINT64_CONSTANT (4532482593));
  g_assert_true (styr_municipal_result_get_balance_requirement_met (result));
  g_assert_nonnull (section_find_paragraph (good, STYR_REPORT_EMPHASIS_NOTE, "Balanskravet uppfylls"));
  g_assert_null (section_find_paragraph (good, STYR_REPORT_EMPHASIS_WARNING, "Balanskravet uppfylls inte"));

  /* The financial goals, from the indicators with a financial rule. */
  financial = section_find_table (good, "finansiella-mal");
  g_assert_nonnull (financial);
  g_assert_cmpuint (styr_report_table_get_n_rows (financial), >=, 1);
  {
    guint c_value = find_column (financial, "Prognos helår");
    double value, expected;

    row = find_row (financial, 1, "Årets resultat i procent av skatteintäkter och generella statsbidrag (%)");
    g_assert_true (styr_municipal_result_evaluate_rule (result, STYR_FINANCIAL_RULE_RESULT_SHARE, &expected));
    g_assert_true (styr_report_table_get_number (financial, row, c_value, &value));
    g_assert_cmpfloat (value, ==, expected);
  }

  /* The income statement summary: the items add up to the result. */
  g_assert_true (section_has_heading (analysis, "Resultaträkning i sammandrag"));
  income = section_find_table (analysis, "resultat");
  g_assert_nonnull (income);
  tax = money_cell (income, find_row (income, 0, "Skatteintäkter"), 3);
  grants = money_cell (income, find_row (income, 0, "Generella statsbidrag och utjämning"), 3);
  financial_net = money_cell (income, find_row (income, 0, "Finansnetto"), 3);
  other = money_cell (income, find_row (income, 0, "Övriga poster"), 3);
  net_cost = money_cell (income, find_row (income, 0, "Nämndernas nettokostnad"), 3);
  expected_result = tax + grants + financial_net + other + net_cost;
  row = find_row (income, 0, "Årets resultat");
  g_assert_true (styr_report_table_get_row_is_total (income, row));
  g_assert_cmpint (money_cell (income, row, 3), ==, expected_result);
  g_assert_cmpint (money_cell (income, row, 3), ==, styr_municipal_result_get_result_forecast (result));
  g_assert_cmpint (net_cost, ==, -styr_municipal_result_get_net_cost_forecast (result));
  g_assert_cmpint (tax, ==, styr_municipal_result_get_item_forecast (result, STYR_RESULT_ITEM_TAX_INCOME));

  /* What the model cannot supply is named, not invented. */
  g_assert_true (section_has_heading (analysis, "Balansräkning"));
  g_assert_nonnull (section_find_paragraph (analysis, STYR_REPORT_EMPHASIS_NOTE, "inga balansposter"));

  /* The T1 report is an ordinary follow-up without the interim parts. */
  g_assert_cmpint (styr_report_get_kind (t1), ==, STYR_REPORT_KIND_FOLLOW_UP);
  g_assert_cmpstr (styr_report_get_title (t1), ==, "Tertialrapport 1 2025");
  g_assert_false (section_has_heading (find_section (t1, STYR_REPORT_SECTION_KIND_ECONOMIC_ANALYSIS),
                                       "Balansräkning"));
  g_assert_true (section_has_heading (find_section (t1, STYR_REPORT_SECTION_KIND_ECONOMIC_ANALYSIS),
                                      "Årets resultat"));
}

static gboolean
goal_belongs_to (StyrGoal  *goal,
                 StyrOrgan *organ)
{
  g_autoptr(GListModel) ancestors = styr_goal_get_ancestors (goal);
  StyrEntity *owner = styr_goal_get_owner (goal);

  if (owner == STYR_ENTITY (organ))
    return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (ancestors); i++)
    {
      g_autoptr(StyrGoal) ancestor = g_list_model_get_item (ancestors, i);

      if (styr_goal_get_owner (ancestor) == STYR_ENTITY (organ))
        return TRUE;
    }
  /* A goal of one of the nämnd's units that hangs below no board goal. */
  return STYR_IS_UNIT (owner) && styr_unit_get_budget_organ (STYR_UNIT (owner)) == organ;
}

/* A nämnd's report holds that nämnd's goals and economy only. */
static void
test_report_namnd_scope (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrReport) report = build_report (model, "2025-T2", "valfardsnamnd");
  StyrOrgan *organ = styr_model_lookup_organ (model, "valfardsnamnd");
  g_autoptr(GPtrArray) entries = collect_goal_entries (report);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GListModel *goals = styr_model_get_goals (model);
  GListModel *sections = styr_report_get_sections (report);
  const StyrReportSectionKind expected[] = {
    STYR_REPORT_SECTION_KIND_SUMMARY,
    STYR_REPORT_SECTION_KIND_BOARD,
    STYR_REPORT_SECTION_KIND_OPERATING,
    STYR_REPORT_SECTION_KIND_INVESTMENTS,
    STYR_REPORT_SECTION_KIND_ACTIVITIES,
  };
  StyrReportTable *operating, *investments;
  guint n_owned = 0;

  g_assert_cmpstr (styr_report_get_subtitle (report), ==, "Strandviks kommun – Välfärdsnämnden");
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (styr_report_section_get_kind (get_section (report, i)), ==, expected[i]);
  g_assert_true (styr_report_section_get_organ (get_section (report, 1)) == organ);

  g_assert_cmpuint (entries->len, >, 10);
  for (guint i = 0; i < entries->len; i++)
    {
      StyrGoal *goal = styr_report_goal_get_goal (g_ptr_array_index (entries, i));

      g_assert_cmpint (styr_goal_get_level (goal), !=, STYR_GOAL_LEVEL_COUNCIL);
      if (!goal_belongs_to (goal, organ))
        g_error ("goal %s is not the nämnd's", styr_entity_get_id (STYR_ENTITY (goal)));
      g_hash_table_add (seen, goal);
    }

  /* Every goal the nämnd owns is there, with the goals below it. */
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(StyrGoal) goal = g_list_model_get_item (goals, i);

      if (styr_goal_get_owner (goal) == STYR_ENTITY (organ))
        {
          g_autoptr(GListModel) descendants = styr_goal_get_descendants (goal);

          n_owned++;
          g_assert_true (g_hash_table_contains (seen, goal));
          for (guint d = 0; d < g_list_model_get_n_items (descendants); d++)
            {
              g_autoptr(StyrGoal) descendant = g_list_model_get_item (descendants, d);

              g_assert_true (g_hash_table_contains (seen, descendant));
            }
        }
    }
  g_assert_cmpuint (n_owned, ==, 10);

  /* One operating row, no total; only the nämnd's investments. */
  operating = styr_report_lookup_table (report, "driftredovisning");
  g_assert_nonnull (operating);
  g_assert_cmpuint (styr_report_table_get_n_rows (operating), ==, 1);
  g_assert_cmpstr (styr_report_table_get_text (operating, 0, 0), ==, "Välfärdsnämnden");
  g_assert_false (styr_report_table_get_row_is_total (operating, 0));

  investments = styr_report_lookup_table (report, "investeringar");
  g_assert_nonnull (investments);
  for (guint r = 0; r < styr_report_table_get_n_rows (investments); r++)
    if (!styr_report_table_get_row_is_total (investments, r))
      g_assert_cmpstr (styr_report_table_get_text (investments, r, 1), ==, "Välfärdsnämnden");
  g_assert_cmpuint (styr_report_table_get_n_rows (investments), ==, 3);   /* two projects and the sum */
}

/* Ids are unique and usable as file names; every table's cells answer
 * by their column's kind. */
static void
test_report_tables_and_charts (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrReport) report = build_report (model, "2025-T2", NULL);
  GListModel *tables = styr_report_get_tables (report);
  GListModel *charts = styr_report_get_charts (report);
  g_autoptr(GHashTable) table_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) chart_ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_trends = 0, n_lights = 0, n_distributions = 0;

  g_assert_cmpuint (g_list_model_get_n_items (tables), >, 50);
  for (guint i = 0; i < g_list_model_get_n_items (tables); i++)
    {
      g_autoptr(StyrReportTable) table = g_list_model_get_item (tables, i);

      g_assert_true (is_slug (styr_report_table_get_id (table)));
      g_assert_true (g_hash_table_add (table_ids, (gpointer) styr_report_table_get_id (table)));
      g_assert_true (styr_report_lookup_table (report, styr_report_table_get_id (table)) == table);
      g_assert_cmpuint (styr_report_table_get_n_columns (table), >, 0);

      for (guint r = 0; r < styr_report_table_get_n_rows (table); r++)
        for (guint c = 0; c < styr_report_table_get_n_columns (table); c++)
          {
            StyrReportColumnKind kind = styr_report_table_get_column_kind (table, c);
            const char *text = styr_report_table_get_text (table, r, c);

            g_assert_nonnull (text);
            g_assert_true (g_utf8_validate (text, -1, NULL));
            if (kind != STYR_REPORT_COLUMN_KIND_MONEY)
              g_assert_false (styr_report_table_get_money (table, r, c, NULL));
            if (kind != STYR_REPORT_COLUMN_KIND_NUMBER && kind != STYR_REPORT_COLUMN_KIND_PERCENT)
              g_assert_false (styr_report_table_get_number (table, r, c, NULL));
            if (kind != STYR_REPORT_COLUMN_KIND_STATUS)
              g_assert_null (styr_report_table_get_level (table, r, c));
            if (kind != STYR_REPORT_COLUMN_KIND_DATE)
              g_assert_null (styr_report_table_get_date (table, r, c));
            if (kind == STYR_REPORT_COLUMN_KIND_MONEY && styr_report_table_get_money (table, r, c, NULL))
              {
                /* Shown in tkr without the unit, never a float. */
                g_assert_null (strstr (text, "tkr"));
                g_assert_null (strchr (text, '.'));
              }
            if (kind == STYR_REPORT_COLUMN_KIND_PERCENT && styr_report_table_get_number (table, r, c, NULL))
              g_assert_true (g_str_has_suffix (text, NBSP "%"));
            if (kind == STYR_REPORT_COLUMN_KIND_STATUS && styr_report_table_get_level (table, r, c) != NULL)
              g_assert_cmpstr (text, ==, styr_scale_level_get_label (styr_report_table_get_level (table, r, c)));
          }
    }

  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(StyrReportChart) chart = g_list_model_get_item (charts, i);

      g_assert_true (is_slug (styr_report_chart_get_id (chart)));
      g_assert_true (g_hash_table_add (chart_ids, (gpointer) styr_report_chart_get_id (chart)));
      g_assert_cmpint (styr_report_block_get_kind (STYR_REPORT_BLOCK (chart)), ==, STYR_REPORT_BLOCK_KIND_CHART);

      switch (styr_report_chart_get_chart_kind (chart))
        {
        case STYR_REPORT_CHART_KIND_INDICATOR_TREND:
          n_trends++;
          g_assert_cmpuint (styr_report_chart_get_n_categories (chart), >, 0);
          g_assert_cmpstr (styr_report_chart_get_series_name (chart, 0), ==, "Utfall");
          g_assert_false (styr_report_chart_get_series_is_target (chart, 0));
          g_assert_true (styr_report_chart_get_series_is_target (chart, 1));
          break;
        case STYR_REPORT_CHART_KIND_STATUS_LIGHTS:
          n_lights++;
          g_assert_cmpuint (styr_report_chart_get_n_series (chart), ==, 0);
          g_assert_null (styr_report_chart_get_unit (chart));
          break;
        case STYR_REPORT_CHART_KIND_DISTRIBUTION:
          n_distributions++;
          break;
        case STYR_REPORT_CHART_KIND_BUDGET_FORECAST:
        default:
          break;
        }
    }
  g_assert_cmpuint (n_trends, >, 10);
  g_assert_cmpuint (n_lights, ==, 4 + 2);   /* four boards, two companies */
  g_assert_cmpuint (n_distributions, ==, 1);
}

/* The distribution chart of the council goals counts as StyrFollowUp
 * does; status lights show the level of each goal. */
static void
test_report_council_distribution (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrReport) report = build_report (model, "2025-T2", NULL);
  g_autoptr(StyrPeriod) period = styr_period_new_tertial (2025, 2);
  g_autoptr(StyrFollowUp) follow_up = styr_follow_up_new (model, period);
  g_autoptr(GListModel) council = styr_model_get_goals_at_level (model, STYR_GOAL_LEVEL_COUNCIL);
  StyrReportSection *section = find_section (report, STYR_REPORT_SECTION_KIND_COUNCIL_GOALS);
  GListModel *blocks = styr_report_section_get_blocks (section);
  StyrReportChart *chart = NULL;
  guint n_levels = styr_scale_get_n_levels (styr_model_get_scale (model));

  for (guint b = 0; b < g_list_model_get_n_items (blocks) && chart == NULL; b++)
    {
      g_autoptr(StyrReportBlock) block = g_list_model_get_item (blocks, b);

      if (styr_report_block_get_kind (block) == STYR_REPORT_BLOCK_KIND_CHART)
        chart = STYR_REPORT_CHART (block);
    }
  g_assert_nonnull (chart);
  g_assert_cmpint (styr_report_chart_get_chart_kind (chart), ==, STYR_REPORT_CHART_KIND_DISTRIBUTION);
  g_assert_cmpuint (styr_report_chart_get_n_series (chart), ==, n_levels + 1);
  g_assert_null (styr_report_chart_get_series_level (chart, n_levels));
  g_assert_cmpuint (styr_report_chart_get_n_categories (chart), ==, g_list_model_get_n_items (council));

  for (guint i = 0; i < g_list_model_get_n_items (council); i++)
    {
      g_autoptr(StyrGoal) goal = g_list_model_get_item (council, i);
      g_autofree guint *counts = NULL;
      guint n_counts, n_not_assessed;
      double value;

      styr_follow_up_get_distribution (follow_up, goal, &counts, &n_counts, &n_not_assessed);
      g_assert_cmpstr (styr_report_chart_get_category_label (chart, i), ==, styr_goal_get_title (goal));
      for (guint l = 0; l < n_levels; l++)
        {
          g_assert_true (styr_report_chart_get_series_level (chart, l) ==
                         styr_scale_get_level (styr_model_get_scale (model), l));
          g_assert_true (styr_report_chart_get_value (chart, l, i, &value));
          g_assert_cmpfloat (value, ==, counts[l]);
        }
      g_assert_true (styr_report_chart_get_value (chart, n_levels, i, &value));
      g_assert_cmpfloat (value, ==, n_not_assessed);
    }
}

/* The activities section: late activities judged on the period's end. */
static void
test_report_activities (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrReport) report = build_report (model, "2025-T2", NULL);
  StyrReportSection *section = find_section (report, STYR_REPORT_SECTION_KIND_ACTIVITIES);
  StyrReportTable *late, *without;
  GListModel *activities = styr_model_get_activities (model);
  g_autoptr(GDate) end = g_date_new_dmy (31, G_DATE_AUGUST, 2025);
  guint n_late = 0;

  g_assert_nonnull (section);
  g_assert_true (get_section (report, g_list_model_get_n_items (styr_report_get_sections (report)) - 1) == section);
  late = section_find_table (section, "forsenade-aktiviteter");
  without = section_find_table (section, "mal-utan-aktiviteter");
  g_assert_nonnull (late);
  g_assert_nonnull (without);
  g_assert_nonnull (section_find_table (section, "aktiviteter-per-mal"));

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(StyrActivity) activity = g_list_model_get_item (activities, i);

      if (styr_activity_is_late (activity, end) &&
          g_list_model_get_n_items (styr_activity_get_goals (activity)) > 0)
        {
          guint r = find_row (late, 0, styr_activity_get_title (activity));
          const GDate *date = styr_report_table_get_date (late, r, 3);

          n_late++;
          g_assert_nonnull (date);
          g_assert_cmpint (g_date_compare (date, styr_activity_get_end_date (activity)), ==, 0);
        }
    }
  g_assert_cmpuint (styr_report_table_get_n_rows (late), ==, n_late);
  g_assert_cmpuint (n_late, >, 0);

  for (guint r = 0; r < styr_report_table_get_n_rows (without); r++)
    {
      GListModel *goals = styr_model_get_goals (model);
      gboolean found = FALSE;

      for (guint g = 0; g < g_list_model_get_n_items (goals); g++)
        {
          g_autoptr(StyrGoal) goal = g_list_model_get_item (goals, g);

          if (g_strcmp0 (styr_goal_get_title (goal), styr_report_table_get_text (without, r, 0)) == 0)
            {
              found = TRUE;
              g_assert_cmpuint (g_list_model_get_n_items (styr_goal_get_activities (goal)), ==, 0);
            }
        }
      g_assert_true (found);
    }
}

/* A model without economy, calendar occasions or goals still gives a
 * report, and says what is missing instead of inventing it. */
static void
test_report_empty_model (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrOrgan) board = styr_organ_new ("bun", STYR_ORGAN_KIND_BOARD, "Barn- och utbildningsnämnden");
  g_autoptr(StyrPeriod) period = styr_period_new_month (2025, 8);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrReport) report = NULL;
  g_autoptr(StyrReport) board_report = NULL;
  StyrReportSection *section;

  styr_model_set_name (model, "Testkommun");
  g_assert_true (styr_model_add (model, STYR_ENTITY (board), &error));
  g_assert_no_error (error);

  report = styr_report_new (model, period, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  /* No occasion: a period ending in August is the interim report. */
  g_assert_cmpint (styr_report_get_kind (report), ==, STYR_REPORT_KIND_INTERIM);
  g_assert_cmpstr (styr_report_get_title (report), ==, "Delårsrapport januari–augusti 2025");
  g_assert_null (styr_report_get_occasion (report));

  section = find_section (report, STYR_REPORT_SECTION_KIND_COUNCIL_GOALS);
  g_assert_nonnull (section);
  g_assert_nonnull (section_find_paragraph (section, STYR_REPORT_EMPHASIS_WARNING, "inga inriktningsmål"));
  section = find_section (report, STYR_REPORT_SECTION_KIND_GOOD_ECONOMY);
  g_assert_nonnull (section_find_paragraph (section, STYR_REPORT_EMPHASIS_NOTE, "inga finansiella mål"));
  g_assert_null (find_section (report, STYR_REPORT_SECTION_KIND_COMPANIES));

  board_report = styr_report_new (model, period, board, &error);
  g_assert_no_error (error);
  section = find_section (board_report, STYR_REPORT_SECTION_KIND_BOARD);
  g_assert_nonnull (section);
  g_assert_nonnull (section_find_paragraph (section, STYR_REPORT_EMPHASIS_WARNING, "Inga mål"));
  g_assert_nonnull (section_find_paragraph (section, STYR_REPORT_EMPHASIS_WARNING, "ingen helårsprognos"));
}

static void
test_report_errors (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrModel) other = styr_model_new ();
  g_autoptr(StyrOrgan) stranger = styr_organ_new ("bun", STYR_ORGAN_KIND_BOARD, "Barn- och utbildningsnämnden");
  g_autoptr(StyrPeriod) period = styr_period_new_tertial (2025, 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrReport) report = NULL;

  g_assert_true (styr_model_add (other, STYR_ENTITY (stranger), &error));
  g_assert_no_error (error);

  report = styr_report_new (model, period, stranger, &error);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL);
  g_assert_null (report);
  g_clear_error (&error);

  report = styr_report_new (model, period, styr_model_lookup_organ (model, "kf"), &error);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_assert_null (report);
  g_clear_error (&error);

  report = styr_report_new (model, period, styr_model_lookup_organ (model, "sub"), &error);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_assert_null (report);
  g_clear_error (&error);

  /* A company's report: its goals in the companies section. */
  report = styr_report_new (model, period, styr_model_lookup_organ (model, "ab-hemmet"), &error);
  g_assert_no_error (error);
  g_assert_nonnull (find_section (report, STYR_REPORT_SECTION_KIND_COMPANIES));
  g_assert_null (find_section (report, STYR_REPORT_SECTION_KIND_OPERATING));
  g_assert_null (find_section (report, STYR_REPORT_SECTION_KIND_BOARD));
}

static void
test_report_shapes (void)
{
  g_autoptr(StyrScale) scale = styr_scale_new_preset (STYR_SCALE_PRESET_JONKOPING);

  g_assert_cmpint (styr_report_shape_for_level (NULL), ==, STYR_REPORT_SHAPE_NONE);
  g_assert_cmpint (styr_report_shape_for_level (styr_scale_get_level (scale, 0)), ==, STYR_REPORT_SHAPE_CIRCLE);
  g_assert_cmpint (styr_report_shape_for_level (styr_scale_get_level (scale, 1)), ==, STYR_REPORT_SHAPE_CIRCLE);
  g_assert_cmpint (styr_report_shape_for_level (styr_scale_get_level (scale, 2)), ==, STYR_REPORT_SHAPE_TRIANGLE);
  g_assert_cmpint (styr_report_shape_for_level (styr_scale_get_level (scale, 3)), ==, STYR_REPORT_SHAPE_TRIANGLE);
  g_assert_cmpint (styr_report_shape_for_level (styr_scale_get_level (scale, 4)), ==, STYR_REPORT_SHAPE_SQUARE);
  g_assert_cmpstr (styr_report_shape_get_symbol (STYR_REPORT_SHAPE_CIRCLE), ==, "●");
  g_assert_cmpstr (styr_report_shape_get_symbol (STYR_REPORT_SHAPE_NONE), ==, "○");
}

/* The page written into memory streams in every way the writer grows
 * or does not grow them: the same bytes each time, after whatever the
 * stream held. */
static GBytes *
html_into (StyrReport    *report,
           GOutputStream *out)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_report_write_html (report, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (out, NULL, &error));
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static void
test_report_html_memory_streams (void)
{
  g_autoptr(StyrModel) model = load_ratten ();
  g_autoptr(StyrReport) report = build_report (model, "2025-T2", NULL);
  g_autoptr(GOutputStream) fresh = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) page = html_into (report, fresh);
  gsize len = g_bytes_get_size (page);
  const guint8 *expected = g_bytes_get_data (page, NULL);
  const gsize prefix = 40 * 1024 * 1024;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (len, >, 10000);

  /* After 40 MiB: the stream grows past 32 MiB by a sixteenth at a time, and ends
   * where the page ends. */
  {
    g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
    g_autoptr(GBytes) bytes = NULL;
    const guint8 *data;

    g_assert_true (g_seekable_truncate (G_SEEKABLE (out), (goffset) prefix, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (g_seekable_seek (G_SEEKABLE (out), 0, G_SEEK_END, NULL, &error));
    g_assert_no_error (error);
    bytes = html_into (report, out);
    g_assert_cmpuint (g_bytes_get_size (bytes), ==, prefix + len);
    data = g_bytes_get_data (bytes, NULL);
    g_assert_cmpint (data[0], ==, 0);
    g_assert_cmpint (data[prefix - 1], ==, 0);
    g_assert_cmpmem (data + prefix, len, expected, len);
  }

  /* Written in the middle of what a stream holds: over it, nothing cut. */
  {
    g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
    g_autoptr(GBytes) bytes = NULL;
    const guint8 *data;

    g_assert_true (g_seekable_truncate (G_SEEKABLE (out), (goffset) len + 100, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (g_seekable_seek (G_SEEKABLE (out), 10, G_SEEK_SET, NULL, &error));
    g_assert_no_error (error);
    bytes = html_into (report, out);
    g_assert_cmpuint (g_bytes_get_size (bytes), ==, len + 100);
    data = g_bytes_get_data (bytes, NULL);
    g_assert_cmpmem (data + 10, len, expected, len);
    g_assert_cmpint (data[len + 99], ==, 0);
  }

  /* A stream of a fixed size: the page if it fits, else an error. */
  {
    g_autofree guint8 *buffer = g_malloc0 (len + 1);
    g_autoptr(GOutputStream) out = g_memory_output_stream_new (buffer, len + 1, NULL, NULL);

    g_assert_true (styr_report_write_html (report, out, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)), ==, len);
    g_assert_cmpmem (buffer, len, expected, len);
  }
  {
    g_autofree guint8 *buffer = g_malloc0 (len / 2);
    g_autoptr(GOutputStream) out = g_memory_output_stream_new (buffer, len / 2, NULL, NULL);

    g_assert_false (styr_report_write_html (report, out, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
    g_clear_error (&error);
  }

  /* A memory stream is written by a thread of its own, a stream GIO does
   * not implement alone (here a data stream around a memory stream) in
   * the calling thread: the same page, and the same error, either way,
   * over several chunks. */
  g_assert_cmpuint (len, >, 4 * 64 * 1024);
  {
    g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
    g_autoptr(GOutputStream) out = G_OUTPUT_STREAM (g_data_output_stream_new (memory));

    g_assert_true (styr_report_write_html (report, out, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)), ==, len);
    g_assert_cmpmem (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)), len, expected, len);
  }
  {
    g_autofree guint8 *buffer = g_malloc0 (len / 2);
    g_autoptr(GOutputStream) memory = g_memory_output_stream_new (buffer, len / 2, NULL, NULL);
    g_autoptr(GOutputStream) out = G_OUTPUT_STREAM (g_data_output_stream_new (memory));

    g_assert_false (styr_report_write_html (report, out, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
    g_clear_error (&error);
  }

  /* A cancelled write stops, whichever thread writes. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

    g_cancellable_cancel (cancellable);
    g_assert_false (styr_report_write_html (report, out, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/sections/municipality", test_report_sections_municipality);
  g_test_add_func ("/report/goals/indicators", test_report_goals_and_indicators);
  g_test_add_func ("/report/goals/unmet", test_report_unmet_goals);
  g_test_add_func ("/report/goals/council-distribution", test_report_council_distribution);
  g_test_add_func ("/report/economy/operating", test_report_operating);
  g_test_add_func ("/report/economy/interim", test_report_interim);
  g_test_add_func ("/report/scope/namnd", test_report_namnd_scope);
  g_test_add_func ("/report/tables-and-charts", test_report_tables_and_charts);
  g_test_add_func ("/report/activities", test_report_activities);
  g_test_add_func ("/report/empty-model", test_report_empty_model);
  g_test_add_func ("/report/errors", test_report_errors);
  g_test_add_func ("/report/shapes", test_report_shapes);
  g_test_add_func ("/report/html/memory-streams", test_report_html_memory_streams);

  return g_test_run ();
}
