/* test-calendar.c — the follow-up calendar (StyrCalendar, StyrOccasion)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libstyr/styr.h>

#define GOALS    STYR_OCCASION_FLAGS_GOALS
#define ECONOMY  STYR_OCCASION_FLAGS_ECONOMY
#define INTERIM  STYR_OCCASION_FLAGS_INTERIM_REPORT
#define ANNUAL   STYR_OCCASION_FLAGS_ANNUAL_REPORT

typedef struct
{
  const char        *id;
  const char        *name;
  const char        *period;
  StyrOccasionFlags  flags;
  const char        *deadline;    /* ISO 8601, or NULL for none */
} ExpectedOccasion;

static const ExpectedOccasion tertial_2025[] = {
  { "2025-t1",    "Tertialrapport 1", "2025-T1", GOALS | ECONOMY,           NULL },
  { "2025-delar", "Delårsrapport",    "2025-T2", GOALS | ECONOMY | INTERIM, "2025-10-31" },
  { "2025-ar",    "Årsredovisning",   "2025",    GOALS | ECONOMY | ANNUAL,  NULL },
};

static const ExpectedOccasion angelholm_2025[] = {
  { "2025-ek-02", "Ekonomirapport februari", "2025-02", ECONOMY,                   NULL },
  { "2025-t1",    "Tertialrapport 1",        "2025-T1", GOALS | ECONOMY,           NULL },
  { "2025-ek-06", "Ekonomirapport juni",     "2025-06", ECONOMY,                   NULL },
  { "2025-delar", "Delårsrapport",           "2025-T2", GOALS | ECONOMY | INTERIM, "2025-10-31" },
  { "2025-ek-10", "Ekonomirapport oktober",  "2025-10", ECONOMY,                   NULL },
  { "2025-ar",    "Årsredovisning",          "2025",    GOALS | ECONOMY | ANNUAL,  NULL },
};

static const ExpectedOccasion quarterly_2025[] = {
  { "2025-q1",    "Kvartalsrapport 1", "2025-Q1", GOALS | ECONOMY,           NULL },
  { "2025-delar", "Delårsrapport",     "2025-Q2", GOALS | ECONOMY | INTERIM, "2025-08-31" },
  { "2025-q3",    "Kvartalsrapport 3", "2025-Q3", GOALS | ECONOMY,           NULL },
  { "2025-ar",    "Årsredovisning",    "2025",    GOALS | ECONOMY | ANNUAL,  NULL },
};

static StyrPeriod *
parse_period (const char *text)
{
  g_autoptr(GError) error = NULL;
  StyrPeriod *period = styr_period_parse (text, &error);

  g_assert_no_error (error);
  g_assert_true (period != NULL);
  return period;
}

static char *
date_to_string (const GDate *date)
{
  if (date == NULL)
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

static void
assert_occasion (StyrOccasion           *occasion,
                 const ExpectedOccasion *expected)
{
  g_autofree char *period = NULL;
  g_autofree char *deadline = NULL;

  g_assert_true (STYR_IS_OCCASION (occasion));
  g_assert_cmpstr (styr_occasion_get_id (occasion), ==, expected->id);
  g_assert_cmpstr (styr_occasion_get_name (occasion), ==, expected->name);
  period = styr_period_to_string (styr_occasion_get_period (occasion));
  g_assert_cmpstr (period, ==, expected->period);
  g_assert_cmpuint (styr_occasion_get_flags (occasion), ==, expected->flags);
  deadline = date_to_string (styr_occasion_get_deadline (occasion));
  g_assert_cmpstr (deadline, ==, expected->deadline);
}

static void
assert_calendar (StyrCalendar           *calendar,
                 const ExpectedOccasion *expected,
                 guint                   n_expected)
{
  GListModel *occasions = styr_calendar_get_occasions (calendar);

  g_assert_true (g_list_model_get_item_type (occasions) == STYR_TYPE_OCCASION);
  g_assert_cmpuint (g_list_model_get_n_items (occasions), ==, n_expected);
  g_assert_cmpuint (styr_calendar_get_n_occasions (calendar), ==, n_expected);

  for (guint i = 0; i < n_expected; i++)
    {
      g_autoptr(StyrOccasion) occasion = g_list_model_get_item (occasions, i);
      g_autoptr(StyrPeriod) period = parse_period (expected[i].period);

      assert_occasion (occasion, &expected[i]);
      g_assert_true (styr_calendar_lookup_occasion (calendar, expected[i].id) == occasion);
      g_assert_true (styr_calendar_find_occasion (calendar, period) == occasion);
    }
}

static void
test_calendar_preset_tertial (void)
{
  g_autoptr(StyrCalendar) calendar = styr_calendar_new_preset (STYR_CALENDAR_PRESET_TERTIAL, 2025);
  g_autoptr(StyrPeriod) t3 = parse_period ("2025-T3");

  g_assert_cmpstr (styr_calendar_get_name (calendar), ==, "Tertialuppföljning");
  assert_calendar (calendar, tertial_2025, G_N_ELEMENTS (tertial_2025));

  /* The annual report is made per the year, not per T3. */
  g_assert_true (styr_calendar_find_occasion (calendar, t3) == NULL);
}

static void
test_calendar_preset_angelholm (void)
{
  g_autoptr(StyrCalendar) calendar = styr_calendar_new_preset (STYR_CALENDAR_PRESET_ANGELHOLM, 2025);
  g_autoptr(StyrPeriod) april = parse_period ("2025-04");
  g_autoptr(StyrPeriod) august = parse_period ("2025-08");
  g_autoptr(StyrPeriod) december = parse_period ("2025-12");

  g_assert_true (styr_calendar_get_name (calendar) != NULL);
  assert_calendar (calendar, angelholm_2025, G_N_ELEMENTS (angelholm_2025));

  /* April, August and December are the tertial reports' months. */
  g_assert_true (styr_calendar_find_occasion (calendar, april) == NULL);
  g_assert_true (styr_calendar_find_occasion (calendar, august) == NULL);
  g_assert_true (styr_calendar_find_occasion (calendar, december) == NULL);
}

static void
test_calendar_preset_quarterly (void)
{
  g_autoptr(StyrCalendar) calendar = styr_calendar_new_preset (STYR_CALENDAR_PRESET_QUARTERLY, 2025);

  g_assert_cmpstr (styr_calendar_get_name (calendar), ==, "Kvartalsuppföljning");
  assert_calendar (calendar, quarterly_2025, G_N_ELEMENTS (quarterly_2025));
}

static void
test_calendar_preset_custom (void)
{
  g_autoptr(StyrCalendar) calendar = styr_calendar_new_preset (STYR_CALENDAR_PRESET_CUSTOM, 2025);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (styr_calendar_get_name (calendar), ==, "Årshjul");
  g_assert_cmpuint (styr_calendar_get_n_occasions (calendar), ==, 0);

  g_assert_true (styr_calendar_add_preset_year (calendar, STYR_CALENDAR_PRESET_CUSTOM, 2026, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_calendar_get_n_occasions (calendar), ==, 0);
}

static void
test_calendar_occasion_covers_month (void)
{
  g_autoptr(StyrPeriod) t2 = parse_period ("2025-T2");
  g_autoptr(StyrPeriod) year = parse_period ("2025");
  g_autoptr(StyrPeriod) february = parse_period ("2025-02");
  g_autoptr(StyrOccasion) delar = styr_occasion_new ("2025-delar", "Delårsrapport", t2,
                                                     GOALS | ECONOMY | INTERIM);
  g_autoptr(StyrOccasion) ar = styr_occasion_new ("2025-ar", "Årsredovisning", year,
                                                  GOALS | ECONOMY | ANNUAL);
  g_autoptr(StyrOccasion) ek = styr_occasion_new ("2025-ek-02", "Ekonomirapport februari",
                                                  february, ECONOMY);

  /* Cumulative: January–August, not only May–August. */
  for (int month = 1; month <= 8; month++)
    g_assert_true (styr_occasion_covers_month (delar, 2025, month));
  for (int month = 9; month <= 12; month++)
    g_assert_true (!styr_occasion_covers_month (delar, 2025, month));
  g_assert_true (!styr_occasion_covers_month (delar, 2024, 5));
  g_assert_true (!styr_occasion_covers_month (delar, 2026, 5));
  g_assert_true (!styr_occasion_covers_month (delar, 2025, 0));

  for (int month = 1; month <= 12; month++)
    g_assert_true (styr_occasion_covers_month (ar, 2025, month));
  g_assert_true (!styr_occasion_covers_month (ar, 2025, 13));

  g_assert_true (styr_occasion_covers_month (ek, 2025, 1));
  g_assert_true (styr_occasion_covers_month (ek, 2025, 2));
  g_assert_true (!styr_occasion_covers_month (ek, 2025, 3));
}

static void
test_calendar_occasion_start_period (void)
{
  g_autoptr(StyrPeriod) t2 = parse_period ("2025-T2");
  g_autoptr(StyrOccasion) delar = styr_occasion_new ("2025-delar", "Delårsrapport", t2, GOALS);
  g_autoptr(StyrOccasion) bare = g_object_new (STYR_TYPE_OCCASION, "id", "bare", NULL);
  g_autoptr(StyrPeriod) start = styr_occasion_get_start_period (delar);
  g_autoptr(StyrPeriod) none = styr_occasion_get_start_period (bare);
  g_autofree char *text = styr_period_to_string (start);

  g_assert_cmpstr (text, ==, "2025-01");
  g_assert_cmpint (styr_period_get_kind (start), ==, STYR_PERIOD_KIND_MONTH);

  /* The period is copied, not kept by reference. */
  g_assert_true (styr_occasion_get_period (delar) != t2);
  g_assert_true (styr_period_equal (styr_occasion_get_period (delar), t2));

  /* Made without a period (bindings can): nothing is covered. */
  g_assert_true (styr_occasion_get_period (bare) == NULL);
  g_assert_true (none == NULL);
  g_assert_true (!styr_occasion_covers_month (bare, 2025, 1));
  g_assert_cmpuint (styr_occasion_get_flags (bare), ==, STYR_OCCASION_FLAGS_NONE);
  g_assert_true (styr_occasion_get_deadline (bare) == NULL);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
count_items_changed (GListModel *list,
                     guint       position,
                     guint       removed,
                     guint       added,
                     gpointer    user_data)
{
  guint *count = user_data;

  (*count) += added;
}

static void
test_calendar_occasion_notify (void)
{
  g_autoptr(StyrPeriod) t1 = parse_period ("2025-T1");
  g_autoptr(StyrOccasion) occasion = styr_occasion_new ("2025-t1", "Tertialrapport 1", t1,
                                                        GOALS | ECONOMY);
  g_autoptr(GDate) deadline = g_date_new_dmy (31, G_DATE_MAY, 2025);
  g_autofree char *deadline_text = NULL;
  guint name_count = 0;
  guint flags_count = 0;
  guint deadline_count = 0;

  g_signal_connect (occasion, "notify::name", G_CALLBACK (count_notify), &name_count);
  g_signal_connect (occasion, "notify::flags", G_CALLBACK (count_notify), &flags_count);
  g_signal_connect (occasion, "notify::deadline", G_CALLBACK (count_notify), &deadline_count);

  styr_occasion_set_name (occasion, "Tertialrapport 1");
  g_assert_cmpuint (name_count, ==, 0);
  styr_occasion_set_name (occasion, "Uppföljning per april");
  g_assert_cmpuint (name_count, ==, 1);
  g_assert_cmpstr (styr_occasion_get_name (occasion), ==, "Uppföljning per april");
  g_object_set (occasion, "name", "Uppföljning per april", NULL);
  g_assert_cmpuint (name_count, ==, 1);

  styr_occasion_set_flags (occasion, GOALS | ECONOMY);
  g_assert_cmpuint (flags_count, ==, 0);
  styr_occasion_set_flags (occasion, ECONOMY);
  g_assert_cmpuint (flags_count, ==, 1);
  g_assert_cmpuint (styr_occasion_get_flags (occasion), ==, ECONOMY);

  styr_occasion_set_deadline (occasion, NULL);
  g_assert_cmpuint (deadline_count, ==, 0);
  styr_occasion_set_deadline (occasion, deadline);
  g_assert_cmpuint (deadline_count, ==, 1);
  styr_occasion_set_deadline (occasion, deadline);
  g_assert_cmpuint (deadline_count, ==, 1);
  deadline_text = date_to_string (styr_occasion_get_deadline (occasion));
  g_assert_cmpstr (deadline_text, ==, "2025-05-31");
  styr_occasion_set_deadline (occasion, NULL);
  g_assert_cmpuint (deadline_count, ==, 2);
  g_assert_true (styr_occasion_get_deadline (occasion) == NULL);

  g_signal_handlers_disconnect_by_func (occasion, count_notify, &name_count);
  g_signal_handlers_disconnect_by_func (occasion, count_notify, &flags_count);
  g_signal_handlers_disconnect_by_func (occasion, count_notify, &deadline_count);
}

static void
test_calendar_notify_name (void)
{
  g_autoptr(StyrCalendar) calendar = styr_calendar_new ("Årshjul");
  guint count = 0;

  g_signal_connect (calendar, "notify::name", G_CALLBACK (count_notify), &count);
  styr_calendar_set_name (calendar, "Årshjul");
  g_assert_cmpuint (count, ==, 0);
  styr_calendar_set_name (calendar, "Årshjul 2025");
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (styr_calendar_get_name (calendar), ==, "Årshjul 2025");
  g_signal_handlers_disconnect_by_func (calendar, count_notify, &count);
}

static void
test_calendar_custom (void)
{
  g_autoptr(StyrCalendar) calendar = styr_calendar_new ("Årshjul");
  g_autoptr(StyrPeriod) q3 = parse_period ("2025-Q3");
  g_autoptr(StyrPeriod) march = parse_period ("2025-03");
  g_autoptr(StyrPeriod) may = parse_period ("2025-05");
  g_autoptr(StyrOccasion) september = styr_occasion_new ("sep", "Kvartalsrapport 3", q3, GOALS);
  g_autoptr(StyrOccasion) mars = styr_occasion_new ("mars", "Ekonomirapport mars", march, ECONOMY);
  g_autoptr(StyrOccasion) extra = styr_occasion_new ("extra", "Extra ekonomirapport mars", march, ECONOMY);
  g_autoptr(GError) error = NULL;
  GListModel *occasions = styr_calendar_get_occasions (calendar);
  g_autoptr(StyrOccasion) first = NULL;
  g_autoptr(StyrOccasion) second = NULL;
  g_autoptr(StyrOccasion) third = NULL;

  g_assert_true (styr_calendar_add_occasion (calendar, september, &error));
  g_assert_no_error (error);
  g_assert_true (styr_calendar_add_occasion (calendar, mars, &error));
  g_assert_no_error (error);
  g_assert_true (styr_calendar_add_occasion (calendar, extra, &error));
  g_assert_no_error (error);

  /* By period, then by id. */
  g_assert_cmpuint (g_list_model_get_n_items (occasions), ==, 3);
  first = g_list_model_get_item (occasions, 0);
  second = g_list_model_get_item (occasions, 1);
  third = g_list_model_get_item (occasions, 2);
  g_assert_true (first == extra);
  g_assert_true (second == mars);
  g_assert_true (third == september);

  g_assert_true (styr_calendar_lookup_occasion (calendar, "mars") == mars);
  g_assert_true (styr_calendar_lookup_occasion (calendar, "sep") == september);
  g_assert_true (styr_calendar_lookup_occasion (calendar, "nope") == NULL);
  g_assert_true (styr_calendar_lookup_occasion (calendar, NULL) == NULL);

  /* Two occasions per March: the first in order. */
  g_assert_true (styr_calendar_find_occasion (calendar, march) == extra);
  g_assert_true (styr_calendar_find_occasion (calendar, q3) == september);
  g_assert_true (styr_calendar_find_occasion (calendar, may) == NULL);

  g_assert_true (styr_calendar_remove_occasion (calendar, extra, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_calendar_get_n_occasions (calendar), ==, 2);
  g_assert_true (styr_calendar_lookup_occasion (calendar, "extra") == NULL);
  g_assert_true (styr_calendar_find_occasion (calendar, march) == mars);

  /* Removed, it can be added again. */
  g_assert_true (styr_calendar_add_occasion (calendar, extra, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_calendar_get_n_occasions (calendar), ==, 3);
}

static void
test_calendar_add_duplicate_id (void)
{
  g_autoptr(StyrCalendar) calendar = styr_calendar_new_preset (STYR_CALENDAR_PRESET_TERTIAL, 2025);
  g_autoptr(StyrPeriod) june = parse_period ("2025-06");
  g_autoptr(StyrOccasion) occasion = styr_occasion_new ("2025-t1", "Ekonomirapport juni", june, ECONOMY);
  StyrOccasion *t1 = styr_calendar_lookup_occasion (calendar, "2025-t1");
  g_autoptr(GError) error = NULL;

  g_assert_true (!styr_calendar_add_occasion (calendar, occasion, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID);
  g_assert_cmpuint (styr_calendar_get_n_occasions (calendar), ==, 3);
  g_assert_true (styr_calendar_lookup_occasion (calendar, "2025-t1") == t1);
  g_clear_error (&error);

  /* The same object twice. */
  g_assert_true (!styr_calendar_add_occasion (calendar, t1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID);
  g_assert_cmpuint (styr_calendar_get_n_occasions (calendar), ==, 3);
}

static void
test_calendar_add_invalid (void)
{
  g_autoptr(StyrCalendar) calendar = styr_calendar_new ("Årshjul");
  g_autoptr(StyrPeriod) june = parse_period ("2025-06");
  const char *bad_ids[] = { "", "juni rapport", "-juni", "å" };
  g_autoptr(StyrOccasion) no_id = g_object_new (STYR_TYPE_OCCASION, "period", june, NULL);
  g_autoptr(StyrOccasion) no_period = g_object_new (STYR_TYPE_OCCASION, "id", "juni", NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad_ids); i++)
    {
      g_autoptr(StyrOccasion) occasion = styr_occasion_new (bad_ids[i], "Juni", june, ECONOMY);

      g_assert_true (!styr_calendar_add_occasion (calendar, occasion, &error));
      g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ID);
      g_clear_error (&error);
    }

  g_assert_true (!styr_calendar_add_occasion (calendar, no_id, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ID);
  g_clear_error (&error);

  g_assert_true (!styr_calendar_add_occasion (calendar, no_period, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  g_assert_cmpuint (styr_calendar_get_n_occasions (calendar), ==, 0);
}

static void
test_calendar_remove_not_found (void)
{
  g_autoptr(StyrCalendar) calendar = styr_calendar_new_preset (STYR_CALENDAR_PRESET_TERTIAL, 2025);
  g_autoptr(StyrPeriod) t1 = parse_period ("2025-T1");
  /* Same id as one in the calendar, but another object. */
  g_autoptr(StyrOccasion) other = styr_occasion_new ("2025-t1", "Tertialrapport 1", t1, GOALS | ECONOMY);
  g_autoptr(GError) error = NULL;

  g_assert_true (!styr_calendar_remove_occasion (calendar, other, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_assert_cmpuint (styr_calendar_get_n_occasions (calendar), ==, 3);
  g_assert_true (styr_calendar_lookup_occasion (calendar, "2025-t1") != other);
  g_assert_true (styr_calendar_lookup_occasion (calendar, "2025-t1") != NULL);
}

static void
test_calendar_preset_year_all_or_nothing (void)
{
  g_autoptr(StyrCalendar) calendar = styr_calendar_new_preset (STYR_CALENDAR_PRESET_TERTIAL, 2025);
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  /* 2025-t1, 2025-delar and 2025-ar exist; the economy reports do not,
   * yet none of them is added. */
  g_assert_true (!styr_calendar_add_preset_year (calendar, STYR_CALENDAR_PRESET_ANGELHOLM, 2025, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_cmpuint (styr_calendar_get_n_occasions (calendar), ==, 3);
  g_assert_true (styr_calendar_lookup_occasion (calendar, "2025-ek-02") == NULL);

  /* Only the last one collides. */
  {
    g_autoptr(StyrCalendar) other = styr_calendar_new ("Årshjul");
    g_autoptr(StyrPeriod) year = parse_period ("2026");
    g_autoptr(StyrOccasion) ar = styr_occasion_new ("2026-ar", "Årsredovisning", year, ANNUAL);

    g_assert_true (styr_calendar_add_occasion (other, ar, &error));
    g_assert_no_error (error);
    g_assert_true (!styr_calendar_add_preset_year (other, STYR_CALENDAR_PRESET_QUARTERLY, 2026, &error));
    g_assert_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID);
    g_clear_error (&error);
    g_assert_cmpuint (styr_calendar_get_n_occasions (other), ==, 1);
  }

  /* Bad years. */
  g_assert_true (!styr_calendar_add_preset_year (calendar, STYR_CALENDAR_PRESET_TERTIAL, 0, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_true (!styr_calendar_add_preset_year (calendar, STYR_CALENDAR_PRESET_TERTIAL, 10000, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (styr_calendar_get_n_occasions (calendar), ==, 3);

  /* Another year adds fine. */
  g_signal_connect (styr_calendar_get_occasions (calendar), "items-changed",
                    G_CALLBACK (count_items_changed), &changes);
  g_assert_true (styr_calendar_add_preset_year (calendar, STYR_CALENDAR_PRESET_TERTIAL, 2026, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (styr_calendar_get_n_occasions (calendar), ==, 6);
  g_assert_cmpuint (changes, ==, 3);
  g_signal_handlers_disconnect_by_func (styr_calendar_get_occasions (calendar),
                                        count_items_changed, &changes);
}

static void
test_calendar_two_years (void)
{
  g_autoptr(StyrCalendar) calendar = styr_calendar_new ("Årshjul");
  g_autoptr(GError) error = NULL;
  static const char *order[] = {
    "2025-t1", "2025-delar", "2025-ar",
    "2026-ek-02", "2026-t1", "2026-ek-06", "2026-delar", "2026-ek-10", "2026-ar",
  };
  GListModel *occasions = styr_calendar_get_occasions (calendar);
  g_autoptr(GListModel) in_2025 = NULL;
  g_autoptr(GListModel) in_2026 = NULL;
  g_autoptr(GListModel) in_2027 = NULL;

  /* Added later year first: the order is by period all the same. */
  g_assert_true (styr_calendar_add_preset_year (calendar, STYR_CALENDAR_PRESET_ANGELHOLM, 2026, &error));
  g_assert_no_error (error);
  g_assert_true (styr_calendar_add_preset_year (calendar, STYR_CALENDAR_PRESET_TERTIAL, 2025, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (occasions), ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(StyrOccasion) occasion = g_list_model_get_item (occasions, i);

      g_assert_cmpstr (styr_occasion_get_id (occasion), ==, order[i]);
    }

  in_2025 = styr_calendar_get_occasions_in_year (calendar, 2025);
  in_2026 = styr_calendar_get_occasions_in_year (calendar, 2026);
  in_2027 = styr_calendar_get_occasions_in_year (calendar, 2027);
  g_assert_cmpuint (g_list_model_get_n_items (in_2025), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (in_2026), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (in_2027), ==, 0);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(StyrOccasion) occasion = g_list_model_get_item (in_2026, i);

      g_assert_cmpstr (styr_occasion_get_id (occasion), ==, order[3 + i]);
    }

  /* A snapshot: it does not follow removals. */
  g_assert_true (styr_calendar_remove_occasion (calendar,
                                                styr_calendar_lookup_occasion (calendar, "2025-t1"),
                                                &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (in_2025), ==, 3);
  g_assert_cmpuint (styr_calendar_get_n_occasions (calendar), ==, G_N_ELEMENTS (order) - 1);

  /* The year next to T3 and the months that end in December. */
  {
    g_autoptr(StyrPeriod) t3 = parse_period ("2026-T3");
    g_autoptr(StyrPeriod) december = parse_period ("2026-12");
    g_autoptr(StyrOccasion) per_t3 = styr_occasion_new ("a-t3", "T3", t3, GOALS);
    g_autoptr(StyrOccasion) per_december = styr_occasion_new ("a-dec", "December", december, ECONOMY);
    g_autoptr(StyrOccasion) last = NULL;
    g_autoptr(StyrOccasion) before_last = NULL;
    g_autoptr(StyrOccasion) annual = NULL;
    guint n;

    g_assert_true (styr_calendar_add_occasion (calendar, per_december, &error));
    g_assert_no_error (error);
    g_assert_true (styr_calendar_add_occasion (calendar, per_t3, &error));
    g_assert_no_error (error);

    n = g_list_model_get_n_items (occasions);
    annual = g_list_model_get_item (occasions, n - 3);
    before_last = g_list_model_get_item (occasions, n - 2);
    last = g_list_model_get_item (occasions, n - 1);
    g_assert_cmpstr (styr_occasion_get_id (annual), ==, "2026-ar");
    g_assert_true (before_last == per_t3);
    g_assert_true (last == per_december);
  }
}

static void
test_calendar_model_default (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  StyrCalendar *calendar = styr_model_get_calendar (model);
  g_autoptr(StyrCalendar) from_property = NULL;

  g_assert_true (STYR_IS_CALENDAR (calendar));
  g_assert_cmpstr (styr_calendar_get_name (calendar), ==, "Årshjul");
  g_assert_cmpuint (styr_calendar_get_n_occasions (calendar), ==, 0);

  g_object_get (model, "calendar", &from_property, NULL);
  g_assert_true (from_property == calendar);

  /* Each model has its own. */
  {
    g_autoptr(StyrModel) other = styr_model_new ();

    g_assert_true (styr_model_get_calendar (other) != calendar);
  }
}

static void
test_calendar_model_set (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrCalendar) calendar = styr_calendar_new_preset (STYR_CALENDAR_PRESET_ANGELHOLM, 2025);
  g_autoptr(StyrCalendar) quarterly = styr_calendar_new_preset (STYR_CALENDAR_PRESET_QUARTERLY, 2025);
  guint count = 0;

  g_signal_connect (model, "notify::calendar", G_CALLBACK (count_notify), &count);

  styr_model_set_calendar (model, calendar);
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (styr_model_get_calendar (model) == calendar);

  styr_model_set_calendar (model, calendar);
  g_assert_cmpuint (count, ==, 1);

  g_object_set (model, "calendar", quarterly, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_true (styr_model_get_calendar (model) == quarterly);

  g_signal_handlers_disconnect_by_func (model, count_notify, &count);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/preset/tertial", test_calendar_preset_tertial);
  g_test_add_func ("/calendar/preset/angelholm", test_calendar_preset_angelholm);
  g_test_add_func ("/calendar/preset/quarterly", test_calendar_preset_quarterly);
  g_test_add_func ("/calendar/preset/custom", test_calendar_preset_custom);
  g_test_add_func ("/calendar/preset/year-all-or-nothing", test_calendar_preset_year_all_or_nothing);
  g_test_add_func ("/calendar/occasion/covers-month", test_calendar_occasion_covers_month);
  g_test_add_func ("/calendar/occasion/start-period", test_calendar_occasion_start_period);
  g_test_add_func ("/calendar/occasion/notify", test_calendar_occasion_notify);
  g_test_add_func ("/calendar/notify-name", test_calendar_notify_name);
  g_test_add_func ("/calendar/custom", test_calendar_custom);
  g_test_add_func ("/calendar/add/duplicate-id", test_calendar_add_duplicate_id);
  g_test_add_func ("/calendar/add/invalid", test_calendar_add_invalid);
  g_test_add_func ("/calendar/remove/not-found", test_calendar_remove_not_found);
  g_test_add_func ("/calendar/two-years", test_calendar_two_years);
  g_test_add_func ("/calendar/model/default", test_calendar_model_default);
  g_test_add_func ("/calendar/model/set-calendar", test_calendar_model_set);

  return g_test_run ();
}
