/* test-save.c — writing .styr files (styr_model_to_bytes, styr_model_save)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <libstyr/styr.h>

/* Adds @entity (transfer full) to @model and returns it, unowned. */
static gpointer
add (StyrModel *model,
     gpointer   entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_model_add (model, STYR_ENTITY (entity), &error));
  g_assert_no_error (error);
  g_object_unref (entity);
  return entity;
}

static StyrPeriod *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  StyrPeriod *period = styr_period_parse (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (period);
  return period;
}

static void
measure (StyrIndicator *indicator,
         const char    *period_text,
         double         value,
         double         women,
         double         men,
         const char    *comment)
{
  g_autoptr(StyrPeriod) period = parse (period_text);
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_indicator_set_measurement (indicator, period, value,
                                                 women, men, comment, &error));
  g_assert_no_error (error);
}

static GDate *
date (int year,
      int month,
      int day)
{
  return g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* The text of @bytes as a NUL-terminated string, for g_assert_cmpstr. */
static char *
bytes_to_string (GBytes *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_null (memchr (data, '\0', size));
  return g_strndup (data, size);
}

static char *
model_to_string (StyrModel *model)
{
  g_autoptr(GBytes) bytes = styr_model_to_bytes (model);

  return bytes_to_string (bytes);
}

/* A model with every kind of entity and every attribute the format has,
 * with text that needs escaping. Built the same way every time. */
static StyrModel *
build_full_model (void)
{
  g_autoptr(GError) error = NULL;
  StyrModel *model = styr_model_new ();
  g_autoptr(StyrScale) scale = styr_scale_new ("tva-nivaer");
  g_autoptr(StyrScaleLevel) yes = styr_scale_level_new ("uppfyllt");
  g_autoptr(StyrScaleLevel) no = styr_scale_level_new ("ej-uppfyllt");
  const char * const values[] = { "Öppenhet", "Omtanke & <mod>", NULL };
  g_autoptr(GDate) d1 = date (2024, 11, 20);
  g_autoptr(GDate) d2 = date (2025, 1, 1);
  g_autoptr(GDate) d3 = date (2025, 12, 31);
  g_autoptr(GDate) d4 = date (2025, 6, 30);
  g_autoptr(GDate) d5 = date (2025, 1, 7);
  g_autoptr(GDate) d6 = date (2025, 6, 15);
  StyrPerspective *medborgare, *ekonomi;
  StyrOrgan *kf, *bun, *hem;
  StyrUnit *sektor, *skola;
  StyrDocument *budget, *dir, *ap;
  StyrFocusArea *integration;
  StyrIndicator *godkanda, *bare;
  StyrGoal *im, *im2, *nm;
  StyrActivity *akt;
  StyrArena *arena;

  styr_model_set_name (model, "Ängelholm");
  styr_model_set_kommunkod (model, "1292");
  styr_model_set_vision (model, "Rad ett\nRad två\tmed flik & \"citat\"\r\nslut");
  styr_model_set_values (model, values);

  styr_scale_set_name (scale, "Två nivåer");
  styr_scale_set_not_assessed_label (scale, "Ej bedömd");
  styr_scale_level_set_label (yes, "Uppfyllt");
  styr_scale_level_set_colour (yes, "#2e8540");
  styr_scale_level_set_score (yes, 1.0);
  styr_scale_level_set_label (no, "Ej uppfyllt");
  styr_scale_level_set_score (no, 0.0);
  g_assert_true (styr_scale_add_level (scale, yes, &error));
  g_assert_no_error (error);
  g_assert_true (styr_scale_add_level (scale, no, &error));
  g_assert_no_error (error);
  styr_model_set_scale (model, scale);

  medborgare = add (model, styr_perspective_new ("medborgarfokus", "Medborgarfokus"));
  styr_perspective_set_colour (medborgare, "#2a6ebb");
  styr_perspective_set_description (medborgare, "Medborgarnas <behov>\tfirst");
  ekonomi = add (model, styr_perspective_new ("ekonomi", NULL));

  kf = add (model, styr_organ_new ("kf", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige"));
  bun = add (model, styr_organ_new ("bun", STYR_ORGAN_KIND_BOARD, "Barn- och utbildningsnämnden"));
  hem = add (model, styr_organ_new ("hem", STYR_ORGAN_KIND_COMPANY, "AB Ängelholmshem"));

  sektor = add (model, styr_unit_new ("sektor-bou", STYR_UNIT_KIND_ADMINISTRATION,
                                      "Sektor Barn och utbildning"));
  styr_unit_set_head (sektor, "Åsa Öberg");
  skola = add (model, styr_unit_new ("skola-1", STYR_UNIT_KIND_UNIT, "Norra skolan"));
  styr_unit_set_head (skola, "Rektor \"Rö\"");
  g_assert_true (styr_unit_set_parent (skola, sektor, &error));
  g_assert_no_error (error);
  g_assert_true (styr_organ_set_sector (bun, sektor, &error));
  g_assert_no_error (error);

  budget = add (model, styr_document_new ("budget-2025", STYR_DOCUMENT_KIND_BUDGET, "Budget 2025"));
  styr_document_set_status (budget, STYR_DOCUMENT_STATUS_ADOPTED);
  styr_document_set_year (budget, 2025);
  g_assert_true (styr_document_set_owner (budget, STYR_ENTITY (kf), &error));
  g_assert_no_error (error);
  styr_document_set_decision (budget, "KF § 111/2024");
  styr_document_set_decision_date (budget, d1);
  styr_document_set_valid_from (budget, d2);
  styr_document_set_valid_until (budget, d3);
  styr_document_set_review_date (budget, d4);
  styr_document_set_responsible (budget, "Ekonomichef");
  dir = add (model, styr_document_new ("dir-hem", STYR_DOCUMENT_KIND_OWNER_DIRECTIVE, "Ägardirektiv"));
  ap = add (model, styr_document_new ("ap-skola-1", STYR_DOCUMENT_KIND_WORK_PLAN, NULL));
  styr_document_set_status (ap, STYR_DOCUMENT_STATUS_REVISED);
  g_assert_true (styr_organ_set_owner_directive (hem, dir, &error));
  g_assert_no_error (error);

  integration = add (model, styr_focus_area_new ("integration", "Integration"));
  g_assert_true (styr_focus_area_set_owner (integration, sektor, &error));
  g_assert_no_error (error);
  styr_focus_area_set_description (integration, "Alla ska med");

  godkanda = add (model, styr_indicator_new ("godkanda", "Elever med godkända betyg"));
  styr_indicator_set_description (godkanda, "Andel i %\nper år");
  styr_indicator_set_measure_unit (godkanda, "%");
  styr_indicator_set_direction (godkanda, STYR_INDICATOR_DIRECTION_HIGHER);
  styr_indicator_set_source (godkanda, STYR_INDICATOR_SOURCE_KOLADA);
  styr_indicator_set_source_id (godkanda, "N15419");
  styr_indicator_set_baseline (godkanda, 72);
  styr_indicator_set_baseline_year (godkanda, 2023);
  styr_indicator_set_frequency (godkanda, STYR_FREQUENCY_TERTIAL);
  styr_indicator_set_gender_split (godkanda, TRUE);
  g_assert_true (styr_indicator_set_target_range (godkanda, 2026, 2, 5, &error));
  g_assert_no_error (error);
  g_assert_true (styr_indicator_set_target (godkanda, 2025, 80, &error));
  g_assert_no_error (error);
  g_assert_true (styr_indicator_set_yellow_threshold (godkanda, 2025, 75, &error));
  g_assert_no_error (error);
  g_assert_true (styr_indicator_set_target (godkanda, 0, 2, &error));
  g_assert_no_error (error);
  /* Out of order on purpose: the file has them in period order. */
  measure (godkanda, "2025-05", 0.1, NAN, NAN, NULL);
  measure (godkanda, "2025-T2", 1e20, NAN, NAN, "");
  measure (godkanda, "2025", 76.5, 80, 73, "Bättre än <väntat> & \"bra\"\nrad\ttvå\r");

  bare = add (model, styr_indicator_new ("bare", NULL));
  styr_indicator_set_baseline (bare, NAN);
  measure (bare, "2024-Q3", -0.0, NAN, NAN, NULL);

  im = add (model, styr_goal_new ("im-1", STYR_GOAL_LEVEL_COUNCIL, "Trygg uppväxt"));
  g_assert_true (styr_goal_set_perspective (im, medborgare, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_set_owner (im, STYR_ENTITY (kf), &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_set_document (im, budget, &error));
  g_assert_no_error (error);
  styr_goal_set_description (im, "Beskrivning\n\nmed tomrad");
  im2 = add (model, styr_goal_new ("im-2", STYR_GOAL_LEVEL_COUNCIL, "Titel\tmed\nradbrytning"));
  g_assert_true (styr_goal_set_perspective (im2, ekonomi, &error));
  g_assert_no_error (error);
  nm = add (model, styr_goal_new ("nm-1", STYR_GOAL_LEVEL_BOARD, "Fler godkända"));
  g_assert_true (styr_goal_set_owner (nm, STYR_ENTITY (bun), &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_parent (nm, im, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_parent (nm, im2, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_set_primary_parent (nm, im2, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_focus_area (nm, integration, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_indicator (nm, godkanda, &error));
  g_assert_no_error (error);
  g_assert_true (styr_goal_add_indicator (nm, bare, &error));
  g_assert_no_error (error);

  akt = add (model, styr_activity_new ("akt-1", "Läxhjälp"));
  styr_activity_set_status (akt, STYR_ACTIVITY_STATUS_ONGOING);
  styr_activity_set_start_date (akt, d5);
  styr_activity_set_end_date (akt, d6);
  styr_activity_set_responsible (akt, "Rektor");
  g_assert_true (styr_activity_set_unit (akt, skola, &error));
  g_assert_no_error (error);
  g_assert_true (styr_activity_set_document (akt, ap, &error));
  g_assert_no_error (error);
  styr_activity_set_description (akt, "Två kvällar i veckan");
  styr_activity_set_expected_result (akt, "Fler godkända");
  g_assert_true (styr_activity_add_goal (akt, nm, &error));
  g_assert_no_error (error);
  g_assert_true (styr_activity_add_indicator (akt, godkanda, &error));
  g_assert_no_error (error);
  g_assert_true (styr_activity_add_focus_area (akt, integration, &error));
  g_assert_no_error (error);

  arena = add (model, styr_arena_new ("unga", "Unga till arbete"));
  styr_arena_set_coordinator (arena, "Samordnare");
  g_assert_true (styr_arena_set_owner (arena, STYR_ENTITY (kf), &error));
  g_assert_no_error (error);
  styr_arena_set_description (arena, "Arena");
  /* Set out of order; only the set steps are written, in p, u, l, s. */
  styr_arena_set_puls_step (arena, STYR_PULS_STEP_SERVICE, "Steg för steg");
  styr_arena_set_puls_step (arena, STYR_PULS_STEP_PROACTIVITY, "Vem får resultatet?");
  g_assert_true (styr_arena_add_member (arena, skola, &error));
  g_assert_no_error (error);
  g_assert_true (styr_arena_add_member (arena, sektor, &error));
  g_assert_no_error (error);
  g_assert_true (styr_arena_add_goal (arena, im, &error));
  g_assert_no_error (error);
  g_assert_true (styr_arena_add_activity (arena, akt, &error));
  g_assert_no_error (error);

  /* The calendar, its occasions added out of order: written in the
   * calendar's order. */
  {
    g_autoptr(StyrCalendar) calendar = styr_calendar_new ("Årshjul 2025");
    g_autoptr(StyrPeriod) t1 = styr_period_parse ("2025-T1", NULL);
    g_autoptr(StyrPeriod) t2 = styr_period_parse ("2025-T2", NULL);
    g_autoptr(StyrPeriod) jun = styr_period_parse ("2025-06", NULL);
    g_autoptr(StyrPeriod) dec = styr_period_parse ("2025-12", NULL);
    g_autoptr(StyrPeriod) year = styr_period_new_year (2025);
    g_autoptr(StyrPeriod) y2024 = styr_period_new_year (2024);
    g_autoptr(StyrOccasion) o_ar = styr_occasion_new ("ar", "Årsredovisning", year,
                                                      STYR_OCCASION_FLAGS_GOALS |
                                                      STYR_OCCASION_FLAGS_ANNUAL_REPORT);
    g_autoptr(StyrOccasion) o_dec = styr_occasion_new ("dec", "", dec, STYR_OCCASION_FLAGS_NONE);
    g_autoptr(StyrOccasion) o_t2 = styr_occasion_new ("t2", "Delårsrapport \"augusti\"", t2,
                                                      STYR_OCCASION_FLAGS_GOALS |
                                                      STYR_OCCASION_FLAGS_ECONOMY |
                                                      STYR_OCCASION_FLAGS_INTERIM_REPORT);
    g_autoptr(StyrOccasion) o_jun = styr_occasion_new ("jun", NULL, jun, STYR_OCCASION_FLAGS_ECONOMY);
    g_autoptr(StyrOccasion) o_t1 = styr_occasion_new ("t1", "Tertialrapport 1", t1,
                                                      STYR_OCCASION_FLAGS_GOALS |
                                                      STYR_OCCASION_FLAGS_ECONOMY);
    g_autoptr(StyrOccasion) o_gone = styr_occasion_new ("borta", NULL, t1, STYR_OCCASION_FLAGS_GOALS);
    g_autoptr(GDate) deadline = date (2025, 5, 20);
    g_autoptr(GDate) assessed = date (2025, 5, 12);
    g_autoptr(StyrAssessment) a_ar = NULL;
    g_autoptr(StyrAssessment) a_t2 = NULL;
    g_autoptr(StyrAssessment) a_t1 = NULL;
    g_autoptr(StyrAssessment) a_gone = NULL;

    styr_occasion_set_deadline (o_t1, deadline);
    g_assert_true (styr_calendar_add_occasion (calendar, o_ar, &error));
    g_assert_true (styr_calendar_add_occasion (calendar, o_dec, &error));
    g_assert_true (styr_calendar_add_occasion (calendar, o_t2, &error));
    g_assert_true (styr_calendar_add_occasion (calendar, o_jun, &error));
    g_assert_true (styr_calendar_add_occasion (calendar, o_t1, &error));
    g_assert_true (styr_calendar_add_occasion (calendar, o_gone, &error));
    g_assert_no_error (error);
    styr_model_set_calendar (model, calendar);

    /* Assessments set out of order; written in the calendar's order. An
     * assessment of an occasion taken out of the calendar is not
     * written. */
    a_ar = styr_assessment_new (im, o_ar);
    styr_assessment_set_measures (a_ar, "Följs upp");
    g_assert_true (styr_goal_set_assessment (im, a_ar, &error));
    a_gone = styr_assessment_new (im, o_gone);
    styr_assessment_set_level_id (a_gone, "uppfyllt");
    g_assert_true (styr_goal_set_assessment (im, a_gone, &error));
    a_t2 = styr_assessment_new (im, o_t2);
    styr_assessment_set_level_id (a_t2, "uppfyllt");
    styr_assessment_set_analysis (a_t2, "");
    g_assert_true (styr_goal_set_assessment (im, a_t2, &error));
    a_t1 = styr_assessment_new (im, o_t1);
    styr_assessment_set_level_id (a_t1, "ej-uppfyllt");
    styr_assessment_set_prognosis_id (a_t1, "uppfyllt");
    styr_assessment_set_assessed_by (a_t1, "Åsa \"Ö\"");
    styr_assessment_set_assessed_on (a_t1, assessed);
    styr_assessment_set_analysis (a_t1, "Sämre än väntat & <oroande>\nrad två");
    styr_assessment_set_measures (a_t1, "Mer stöd");
    g_assert_true (styr_goal_set_assessment (im, a_t1, &error));
    g_assert_no_error (error);
    g_assert_true (styr_calendar_remove_occasion (calendar, o_gone, &error));
    g_assert_no_error (error);

    /* Comparison values set out of order; written by period, then
     * kommunkod. */
    g_assert_true (styr_indicator_set_comparison_value (godkanda, "1283", t2, -3, &error));
    g_assert_true (styr_indicator_set_comparison_value (godkanda, "1280", year, 0.1, &error));
    g_assert_true (styr_indicator_set_comparison_value (godkanda, "0180", year, 74.5, &error));
    g_assert_true (styr_indicator_set_comparison_value (godkanda, "0180", y2024, 70, &error));
    g_assert_no_error (error);
  }

  return model;
}

static const char full_expected[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\">\n"
  "  <kommun namn=\"Ängelholm\" kommunkod=\"1292\">\n"
  "    <vision>Rad ett\nRad två\tmed flik &amp; &quot;citat&quot;&#13;\nslut</vision>\n"
  "    <varde>Öppenhet</varde>\n"
  "    <varde>Omtanke &amp; &lt;mod&gt;</varde>\n"
  "  </kommun>\n"
  "  <skala id=\"tva-nivaer\" namn=\"Två nivåer\" ej-bedomd=\"Ej bedömd\">\n"
  "    <niva id=\"uppfyllt\" namn=\"Uppfyllt\" farg=\"#2e8540\" poang=\"1\"/>\n"
  "    <niva id=\"ej-uppfyllt\" namn=\"Ej uppfyllt\" poang=\"0\"/>\n"
  "  </skala>\n"
  "  <kalender namn=\"Årshjul 2025\">\n"
  "    <tillfalle id=\"t1\" namn=\"Tertialrapport 1\" period=\"2025-T1\" flaggor=\"mal ekonomi\" sista-dag=\"2025-05-20\"/>\n"
  "    <tillfalle id=\"jun\" period=\"2025-06\" flaggor=\"ekonomi\"/>\n"
  "    <tillfalle id=\"t2\" namn=\"Delårsrapport &quot;augusti&quot;\" period=\"2025-T2\" flaggor=\"mal ekonomi delarsrapport\"/>\n"
  "    <tillfalle id=\"ar\" namn=\"Årsredovisning\" period=\"2025\" flaggor=\"mal arsredovisning\"/>\n"
  "    <tillfalle id=\"dec\" period=\"2025-12\"/>\n"
  "  </kalender>\n"
  "  <perspektiv id=\"medborgarfokus\" namn=\"Medborgarfokus\" farg=\"#2a6ebb\">\n"
  "    <beskrivning>Medborgarnas &lt;behov&gt;\tfirst</beskrivning>\n"
  "  </perspektiv>\n"
  "  <perspektiv id=\"ekonomi\"/>\n"
  "  <organ id=\"kf\" typ=\"kf\" namn=\"Kommunfullmäktige\"/>\n"
  "  <organ id=\"bun\" typ=\"namnd\" namn=\"Barn- och utbildningsnämnden\" sektor=\"sektor-bou\"/>\n"
  "  <organ id=\"hem\" typ=\"bolag\" namn=\"AB Ängelholmshem\" agardirektiv=\"dir-hem\"/>\n"
  "  <enhet id=\"sektor-bou\" niva=\"forvaltning\" namn=\"Sektor Barn och utbildning\" chef=\"Åsa Öberg\"/>\n"
  "  <enhet id=\"skola-1\" niva=\"enhet\" namn=\"Norra skolan\" chef=\"Rektor &quot;Rö&quot;\" overordnad=\"sektor-bou\"/>\n"
  "  <dokument id=\"budget-2025\" typ=\"budget\" titel=\"Budget 2025\" status=\"beslutad\" ar=\"2025\" agare=\"kf\""
  " beslut=\"KF § 111/2024\" beslutsdatum=\"2024-11-20\" giltig-fran=\"2025-01-01\" giltig-till=\"2025-12-31\""
  " revideras=\"2025-06-30\" ansvarig=\"Ekonomichef\"/>\n"
  "  <dokument id=\"dir-hem\" typ=\"agardirektiv\" titel=\"Ägardirektiv\" status=\"utkast\"/>\n"
  "  <dokument id=\"ap-skola-1\" typ=\"arbetsplan\" status=\"reviderad\"/>\n"
  "  <fokusomrade id=\"integration\" namn=\"Integration\" agare=\"sektor-bou\">\n"
  "    <beskrivning>Alla ska med</beskrivning>\n"
  "  </fokusomrade>\n"
  "  <indikator id=\"godkanda\" namn=\"Elever med godkända betyg\" mattenhet=\"%\" riktning=\"hogre\""
  " kalla=\"kolada\" kalla-id=\"N15419\" basvarde=\"72\" basar=\"2023\" frekvens=\"tertial\" konsuppdelad=\"ja\">\n"
  "    <beskrivning>Andel i %\nper år</beskrivning>\n"
  "    <malvarde ar=\"0\" varde=\"2\"/>\n"
  "    <malvarde ar=\"2025\" varde=\"80\" gul=\"75\"/>\n"
  "    <malvarde ar=\"2026\" varde=\"2\" hog=\"5\"/>\n"
  "    <matvarde period=\"2025\" varde=\"76.5\" kvinnor=\"80\" man=\"73\">"
  "Bättre än &lt;väntat&gt; &amp; &quot;bra&quot;\nrad\ttvå&#13;</matvarde>\n"
  "    <matvarde period=\"2025-T2\" varde=\"1e+20\"/>\n"
  "    <matvarde period=\"2025-05\" varde=\"0.1\"/>\n"
  "    <jamforelse kommun=\"0180\" period=\"2024\" varde=\"70\"/>\n"
  "    <jamforelse kommun=\"0180\" period=\"2025\" varde=\"74.5\"/>\n"
  "    <jamforelse kommun=\"1280\" period=\"2025\" varde=\"0.1\"/>\n"
  "    <jamforelse kommun=\"1283\" period=\"2025-T2\" varde=\"-3\"/>\n"
  "  </indikator>\n"
  "  <indikator id=\"bare\" riktning=\"hogre\" kalla=\"egen\" frekvens=\"ar\">\n"
  "    <matvarde period=\"2024-Q3\" varde=\"0\"/>\n"
  "  </indikator>\n"
  "  <mal id=\"im-1\" niva=\"inriktningsmal\" titel=\"Trygg uppväxt\" perspektiv=\"medborgarfokus\""
  " agare=\"kf\" dokument=\"budget-2025\">\n"
  "    <beskrivning>Beskrivning\n\nmed tomrad</beskrivning>\n"
  "    <bedomning tillfalle=\"t1\" niva=\"ej-uppfyllt\" prognos=\"uppfyllt\" av=\"Åsa &quot;Ö&quot;\" datum=\"2025-05-12\">\n"
  "      <analys>Sämre än väntat &amp; &lt;oroande&gt;\nrad två</analys>\n"
  "      <atgarder>Mer stöd</atgarder>\n"
  "    </bedomning>\n"
  "    <bedomning tillfalle=\"t2\" niva=\"uppfyllt\"/>\n"
  "    <bedomning tillfalle=\"ar\">\n"
  "      <atgarder>Följs upp</atgarder>\n"
  "    </bedomning>\n"
  "  </mal>\n"
  "  <mal id=\"im-2\" niva=\"inriktningsmal\" titel=\"Titel&#9;med&#10;radbrytning\" perspektiv=\"ekonomi\"/>\n"
  "  <mal id=\"nm-1\" niva=\"namndmal\" titel=\"Fler godkända\" agare=\"bun\">\n"
  "    <bidrar-till mal=\"im-2\"/>\n"
  "    <bidrar-till mal=\"im-1\"/>\n"
  "    <fokusomrade ref=\"integration\"/>\n"
  "    <indikator ref=\"godkanda\"/>\n"
  "    <indikator ref=\"bare\"/>\n"
  "  </mal>\n"
  "  <aktivitet id=\"akt-1\" titel=\"Läxhjälp\" status=\"pagar\" start=\"2025-01-07\" slut=\"2025-06-15\""
  " ansvarig=\"Rektor\" enhet=\"skola-1\" dokument=\"ap-skola-1\">\n"
  "    <beskrivning>Två kvällar i veckan</beskrivning>\n"
  "    <forvantat-resultat>Fler godkända</forvantat-resultat>\n"
  "    <mal ref=\"nm-1\"/>\n"
  "    <indikator ref=\"godkanda\"/>\n"
  "    <fokusomrade ref=\"integration\"/>\n"
  "  </aktivitet>\n"
  "  <arena id=\"unga\" namn=\"Unga till arbete\" samordnare=\"Samordnare\" agare=\"kf\">\n"
  "    <beskrivning>Arena</beskrivning>\n"
  "    <puls steg=\"p\">Vem får resultatet?</puls>\n"
  "    <puls steg=\"s\">Steg för steg</puls>\n"
  "    <medlem enhet=\"skola-1\"/>\n"
  "    <medlem enhet=\"sektor-bou\"/>\n"
  "    <mal ref=\"im-1\"/>\n"
  "    <aktivitet ref=\"akt-1\"/>\n"
  "  </arena>\n"
  "</styr>\n";

static void
test_save_canonical (void)
{
  g_autoptr(StyrModel) model = build_full_model ();
  g_autofree char *text = model_to_string (model);

  g_assert_cmpstr (text, ==, full_expected);
}

static void
test_save_empty_model (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrScale) scale = styr_scale_new ("s");
  g_autofree char *text = NULL;

  styr_model_set_scale (model, scale);
  text = model_to_string (model);
  g_assert_cmpstr (text, ==,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\">\n"
                   "  <kommun/>\n"
                   "  <skala id=\"s\"/>\n"
                   "  <kalender namn=\"Årshjul\"/>\n"
                   "</styr>\n");
}

/* Empty strings are unset; unset numbers and a zero year are left out. */
static void
test_save_unset (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrScale) scale = styr_scale_new ("s");
  g_autoptr(GError) error = NULL;
  const char * const empty_values[] = { "", NULL };
  g_autofree char *text = NULL;
  StyrIndicator *ind;
  StyrDocument *doc;
  StyrPerspective *p;

  styr_model_set_scale (model, scale);
  styr_model_set_name (model, "");
  styr_model_set_vision (model, "");
  styr_model_set_values (model, empty_values);
  p = add (model, styr_perspective_new ("p", ""));
  styr_perspective_set_description (p, "");
  doc = add (model, styr_document_new ("d", STYR_DOCUMENT_KIND_POLICY, ""));
  styr_document_set_year (doc, 0);
  ind = add (model, styr_indicator_new ("i", "I"));
  styr_indicator_set_baseline (ind, NAN);
  styr_indicator_set_baseline_year (ind, 0);
  styr_indicator_set_gender_split (ind, FALSE);
  measure (ind, "2025-01", 1, NAN, 2, "");

  text = model_to_string (model);
  g_assert_cmpstr (text, ==,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\">\n"
                   "  <kommun/>\n"
                   "  <skala id=\"s\"/>\n"
                   "  <kalender namn=\"Årshjul\"/>\n"
                   "  <perspektiv id=\"p\"/>\n"
                   "  <dokument id=\"d\" typ=\"policy\" status=\"utkast\"/>\n"
                   "  <indikator id=\"i\" namn=\"I\" riktning=\"hogre\" kalla=\"egen\" frekvens=\"ar\">\n"
                   "    <matvarde period=\"2025-01\" varde=\"1\" man=\"2\"/>\n"
                   "  </indikator>\n"
                   "</styr>\n");
}

static void
test_save_doubles (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrScale) scale = styr_scale_new ("s");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  StyrIndicator *ind;

  styr_model_set_scale (model, scale);
  ind = add (model, styr_indicator_new ("i", NULL));
  styr_indicator_set_baseline (ind, -0.0);
  g_assert_true (styr_indicator_set_target (ind, 2025, 1e20, &error));
  g_assert_no_error (error);
  g_assert_true (styr_indicator_set_target_range (ind, 2026, 0.1, 76.5, &error));
  g_assert_no_error (error);
  g_assert_true (styr_indicator_set_yellow_threshold (ind, 2026, -0.0, &error));
  g_assert_no_error (error);
  measure (ind, "2025", 1.0 / 3.0, 0.1 + 0.2, -1.5e-7, NULL);

  text = model_to_string (model);
  g_assert_cmpstr (text, ==,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\">\n"
                   "  <kommun/>\n"
                   "  <skala id=\"s\"/>\n"
                   "  <kalender namn=\"Årshjul\"/>\n"
                   "  <indikator id=\"i\" riktning=\"hogre\" kalla=\"egen\" basvarde=\"0\" frekvens=\"ar\">\n"
                   "    <malvarde ar=\"2025\" varde=\"1e+20\"/>\n"
                   "    <malvarde ar=\"2026\" varde=\"0.1\" hog=\"76.5\" gul=\"0\"/>\n"
                   "    <matvarde period=\"2025\" varde=\"0.3333333333333333\""
                   " kvinnor=\"0.30000000000000004\" man=\"-1.5e-07\"/>\n"
                   "  </indikator>\n"
                   "</styr>\n");
}

/* What XML cannot hold becomes U+FFFD; the document stays well-formed. */
static void
test_save_unrepresentable (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrScale) scale = styr_scale_new ("s");
  g_autofree char *text = NULL;

  styr_model_set_scale (model, scale);
  styr_model_set_name (model, "a\001b\033c\xff" "d");
  styr_model_set_vision (model, "\xef\xbf\xbe" "x\xc3");

  text = model_to_string (model);
  g_assert_cmpstr (text, ==,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\">\n"
                   "  <kommun namn=\"a\xef\xbf\xbd" "b\xef\xbf\xbd" "c\xef\xbf\xbd" "d\">\n"
                   "    <vision>\xef\xbf\xbd" "x\xef\xbf\xbd</vision>\n"
                   "  </kommun>\n"
                   "  <skala id=\"s\"/>\n"
                   "  <kalender namn=\"Årshjul\"/>\n"
                   "</styr>\n");
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

static void
test_save_deterministic (void)
{
  g_autoptr(StyrModel) a = build_full_model ();
  g_autoptr(StyrModel) b = build_full_model ();
  g_autoptr(GBytes) a1 = styr_model_to_bytes (a);
  g_autoptr(GBytes) a2 = styr_model_to_bytes (a);
  g_autoptr(GBytes) b1 = styr_model_to_bytes (b);

  g_assert_true (g_bytes_equal (a1, a2));
  g_assert_true (g_bytes_equal (a1, b1));
}

/* A temporary directory, removed with its contents afterwards. */
typedef struct
{
  char *dir;
} TmpDir;

static void
tmpdir_setup (TmpDir        *t,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  t->dir = g_dir_make_tmp ("test-save-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_unlink (path);
      return;
    }
  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (path);
}

static void
tmpdir_teardown (TmpDir        *t,
                 gconstpointer  data)
{
  remove_tree (t->dir);
  g_free (t->dir);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted and joined with spaces. */
static char *
list_dir (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *dir = g_dir_open (path, 0, &error);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (dir);

  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_save_file (TmpDir        *t,
                gconstpointer  data)
{
  g_autoptr(StyrModel) model = build_full_model ();
  g_autoptr(GBytes) bytes = styr_model_to_bytes (model);
  g_autofree char *expected = bytes_to_string (bytes);
  g_autofree char *path = g_build_filename (t->dir, "ängelholm.styr", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *again = NULL;
  g_autofree char *names = NULL;

  g_assert_true (styr_model_save (model, file, STYR_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, expected);

  /* Over an existing file, through the path variant. */
  styr_model_set_name (model, "Ängelholms kommun");
  g_assert_true (styr_model_save_to_path (model, path, STYR_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);
  again = read_file (path);
  g_assert_nonnull (strstr (again, "<kommun namn=\"Ängelholms kommun\""));

  /* No backup without the flag, and no temporary file left. */
  names = list_dir (t->dir);
  g_assert_cmpstr (names, ==, "ängelholm.styr");
}

static void
test_save_backup (TmpDir        *t,
                  gconstpointer  data)
{
  g_autoptr(StyrModel) model = build_full_model ();
  g_autofree char *path = g_build_filename (t->dir, "kommun.styr", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *names = NULL;

  /* No previous file: nothing to back up. */
  g_assert_true (styr_model_save_to_path (model, path, STYR_SAVE_FLAGS_BACKUP, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  first = read_file (path);

  styr_model_set_name (model, "Ny");
  g_assert_true (styr_model_save_to_path (model, path, STYR_SAVE_FLAGS_BACKUP, &error));
  g_assert_no_error (error);
  second = read_file (path);
  kept = read_file (backup);
  g_assert_cmpstr (kept, ==, first);
  g_assert_cmpstr (second, !=, first);
  g_assert_nonnull (strstr (second, "<kommun namn=\"Ny\""));

  names = list_dir (t->dir);
  g_assert_cmpstr (names, ==, "kommun.styr kommun.styr~");
}

static void
test_save_fail_directory (TmpDir        *t,
                          gconstpointer  data)
{
  g_autoptr(StyrModel) model = build_full_model ();
  g_autofree char *subdir = g_build_filename (t->dir, "mapp", NULL);
  g_autofree char *missing = g_build_filename (t->dir, "saknas", "kommun.styr", NULL);
  g_autofree char *existing = g_build_filename (t->dir, "kommun.styr", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;

  write_file (existing, "gammalt innehåll\n");

  /* The target is a directory. */
  g_assert_cmpint (g_mkdir (subdir, 0700), ==, 0);
  g_assert_false (styr_model_save_to_path (model, subdir, STYR_SAVE_FLAGS_NONE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (error->message, subdir));
  g_clear_error (&error);
  g_assert_true (g_file_test (subdir, G_FILE_TEST_IS_DIR));

  /* The directory does not exist. */
  g_assert_false (styr_model_save_to_path (model, missing, STYR_SAVE_FLAGS_BACKUP, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  contents = read_file (existing);
  g_assert_cmpstr (contents, ==, "gammalt innehåll\n");
  names = list_dir (t->dir);
  g_assert_cmpstr (names, ==, "kommun.styr mapp");
}

/* A directory that cannot be written to: no temporary file can be made
 * next to the file, and the file must not be rewritten in place. */
static void
test_save_fail_readonly (TmpDir        *t,
                         gconstpointer  data)
{
  g_autoptr(StyrModel) model = build_full_model ();
  g_autofree char *path = g_build_filename (t->dir, "kommun.styr", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  if (geteuid () == 0)
    {
      /* Root writes into read-only directories, so run the save as
       * "nobody" in a subprocess: the check must run on CI too, which is
       * root. */
      if (g_test_subprocess ())
        {
          write_file (path, "gammalt innehåll\n");
          g_assert_cmpint (chown (t->dir, 65534, 65534), ==, 0);
          g_assert_cmpint (chown (path, 65534, 65534), ==, 0);
          g_assert_cmpint (g_chmod (path, 0644), ==, 0);
          g_assert_cmpint (g_chmod (t->dir, 0500), ==, 0);
          g_assert_cmpint (setgid (65534), ==, 0);
          g_assert_cmpint (setuid (65534), ==, 0);

          g_assert_false (styr_model_save_to_path (model, path, STYR_SAVE_FLAGS_NONE, &error));
          g_assert_nonnull (error);
          g_assert_true (error->domain == G_IO_ERROR);

          contents = read_file (path);
          g_assert_cmpstr (contents, ==, "gammalt innehåll\n");
          /* "nobody" owns the directory now and may open it again, so
           * the fixture can remove it. */
          g_assert_cmpint (g_chmod (t->dir, 0700), ==, 0);
          return;
        }
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  write_file (path, "gammalt innehåll\n");
  g_assert_cmpint (g_chmod (t->dir, 0500), ==, 0);

  g_assert_false (styr_model_save_to_path (model, path, STYR_SAVE_FLAGS_NONE, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  g_clear_error (&error);

  g_assert_cmpint (g_chmod (t->dir, 0700), ==, 0);
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "gammalt innehåll\n");
}

static void
test_save_cancelled (TmpDir        *t,
                     gconstpointer  data)
{
  g_autoptr(StyrModel) model = build_full_model ();
  g_autofree char *path = g_build_filename (t->dir, "kommun.styr", NULL);
  g_autofree char *fresh = g_build_filename (t->dir, "ny.styr", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) fresh_file = g_file_new_for_path (fresh);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;

  write_file (path, "gammalt innehåll\n");
  g_cancellable_cancel (cancellable);

  g_assert_false (styr_model_save (model, file, STYR_SAVE_FLAGS_BACKUP, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (styr_model_save (model, fresh_file, STYR_SAVE_FLAGS_NONE, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "gammalt innehåll\n");
  names = list_dir (t->dir);
  g_assert_cmpstr (names, ==, "kommun.styr");
}

/* A model whose document is far larger than one write chunk. */
static StyrModel *
build_large_model (void)
{
  StyrModel *model = styr_model_new ();
  StyrIndicator *ind = add (model, styr_indicator_new ("stor", "Stor"));

  styr_indicator_set_frequency (ind, STYR_FREQUENCY_MONTHLY);
  for (int year = 1000; year < 2000; year++)
    {
      for (int month = 1; month <= 12; month++)
        {
          g_autoptr(StyrPeriod) period = styr_period_new_month (year, month);
          g_autoptr(GError) error = NULL;

          g_assert_true (styr_indicator_set_measurement (ind, period, year + month / 100.0,
                                                         NAN, NAN, "kommentar", &error));
          g_assert_no_error (error);
        }
    }
  return model;
}

#define FAIL_LIMIT (100 * 1024)

static void
test_save_large (TmpDir        *t,
                 gconstpointer  data)
{
  g_autoptr(StyrModel) model = build_large_model ();
  g_autoptr(GBytes) bytes = styr_model_to_bytes (model);
  g_autofree char *path = g_build_filename (t->dir, "stor.styr", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_cmpuint (g_bytes_get_size (bytes), >, 4 * FAIL_LIMIT);

  g_assert_true (styr_model_save_to_path (model, path, STYR_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* A write that fails halfway: the file size limit makes write() fail with
 * EFBIG once the temporary file reaches FAIL_LIMIT bytes. Run in a
 * subprocess so that the limit does not outlive the test. */
static void
test_save_fail_midway (TmpDir        *t,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (t->dir, "kommun.styr", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *fresh = g_build_filename (t->dir, "ny.styr", NULL);

  if (g_test_subprocess ())
    {
      g_autoptr(StyrModel) model = build_large_model ();
      g_autoptr(GError) error = NULL;
      struct rlimit limit = { FAIL_LIMIT, FAIL_LIMIT };
      const char *dir = g_getenv ("TEST_SAVE_DIR");

      g_free (path);
      g_free (backup);
      g_free (fresh);
      path = g_build_filename (dir, "kommun.styr", NULL);
      backup = g_strconcat (path, "~", NULL);
      fresh = g_build_filename (dir, "ny.styr", NULL);

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      /* Over an existing file, with and without a backup. */
      g_assert_false (styr_model_save_to_path (model, path, STYR_SAVE_FLAGS_NONE, &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == G_IO_ERROR);
      g_clear_error (&error);
      g_assert_false (styr_model_save_to_path (model, path, STYR_SAVE_FLAGS_BACKUP, &error));
      g_assert_nonnull (error);
      g_clear_error (&error);

      /* A new file is not left half-written. */
      g_assert_false (styr_model_save_to_path (model, fresh, STYR_SAVE_FLAGS_NONE, &error));
      g_assert_nonnull (error);
      g_clear_error (&error);
      return;
    }

  write_file (path, "gammalt innehåll\n");
  g_setenv ("TEST_SAVE_DIR", t->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv ("TEST_SAVE_DIR");
  g_test_trap_assert_passed ();

  {
    g_autofree char *contents = read_file (path);
    g_autofree char *names = list_dir (t->dir);

    g_assert_cmpstr (contents, ==, "gammalt innehåll\n");
    g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
    /* No temporary file left over; a backup made before the failure may
     * exist only as a copy of the old contents. */
    if (g_file_test (backup, G_FILE_TEST_EXISTS))
      {
        g_autofree char *kept = read_file (backup);

        g_assert_cmpstr (kept, ==, "gammalt innehåll\n");
        g_assert_cmpstr (names, ==, "kommun.styr kommun.styr~");
      }
    else
      g_assert_cmpstr (names, ==, "kommun.styr");
  }
}

/* Everything the writer produces is valid against the schema. */
static void
test_save_schema (TmpDir        *t,
                  gconstpointer  data)
{
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "data", "styr-1.rng", NULL);
  g_autoptr(StyrModel) model = build_full_model ();
  g_autofree char *path = g_build_filename (t->dir, "full.styr", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = -1;

  if (xmllint == NULL)
    {
      g_test_fail_printf ("xmllint is not installed (Debian: libxml2-utils)");
      return;
    }
  if (!g_file_test (schema, G_FILE_TEST_EXISTS))
    {
      g_test_fail_printf ("data/styr-1.rng is missing");
      return;
    }

  g_assert_true (styr_model_save_to_path (model, path, STYR_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);

  {
    const char *argv[] = { xmllint, "--noout", "--relaxng", schema, path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT,
                                 NULL, NULL, &out, &err, &status, &error));
    g_assert_no_error (error);
  }
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("xmllint: %s", err);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
}

/* save → load → save gives the same bytes. */
static void
assert_round_trip (StyrModel *model)
{
  g_autoptr(GBytes) first = styr_model_to_bytes (model);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) loaded = styr_model_new_from_bytes (first, &error);
  g_autoptr(GBytes) second = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  second = styr_model_to_bytes (loaded);
  g_assert_cmpmem (g_bytes_get_data (second, NULL), g_bytes_get_size (second),
                   g_bytes_get_data (first, NULL), g_bytes_get_size (first));
}

static void
test_save_round_trip (void)
{
  g_autoptr(StyrModel) full = build_full_model ();
  g_autoptr(StyrModel) large = build_large_model ();
  g_autoptr(StyrModel) empty = styr_model_new ();

  assert_round_trip (full);
  assert_round_trip (large);
  assert_round_trip (empty);
}

/* The same through a file: save, load the file, save again. */
static void
test_save_round_trip_file (TmpDir        *t,
                           gconstpointer  data)
{
  g_autoptr(StyrModel) model = build_full_model ();
  g_autoptr(StyrModel) loaded = NULL;
  g_autofree char *path = g_build_filename (t->dir, "a.styr", NULL);
  g_autofree char *again = g_build_filename (t->dir, "b.styr", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_true (styr_model_save_to_path (model, path, STYR_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);
  loaded = styr_model_new_from_path (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_true (styr_model_save_to_path (loaded, again, STYR_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);

  first = read_file (path);
  second = read_file (again);
  g_assert_cmpstr (second, ==, first);
  g_assert_cmpstr (first, ==, full_expected);
}

static void
test_save_flags_type (void)
{
  GFlagsClass *klass = g_type_class_ref (STYR_TYPE_SAVE_FLAGS);
  GFlagsValue *backup;

  g_assert_true (G_TYPE_IS_FLAGS (STYR_TYPE_SAVE_FLAGS));
  backup = g_flags_get_value_by_nick (klass, "backup");
  g_assert_nonnull (backup);
  g_assert_cmpuint (backup->value, ==, STYR_SAVE_FLAGS_BACKUP);
  g_type_class_unref (klass);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/save/canonical", test_save_canonical);
  g_test_add_func ("/save/empty-model", test_save_empty_model);
  g_test_add_func ("/save/unset", test_save_unset);
  g_test_add_func ("/save/doubles", test_save_doubles);
  g_test_add_func ("/save/unrepresentable", test_save_unrepresentable);
  g_test_add_func ("/save/deterministic", test_save_deterministic);
  g_test_add_func ("/save/flags-type", test_save_flags_type);
  g_test_add_func ("/save/round-trip", test_save_round_trip);
  g_test_add ("/save/file", TmpDir, NULL, tmpdir_setup, test_save_file, tmpdir_teardown);
  g_test_add ("/save/backup", TmpDir, NULL, tmpdir_setup, test_save_backup, tmpdir_teardown);
  g_test_add ("/save/large", TmpDir, NULL, tmpdir_setup, test_save_large, tmpdir_teardown);
  g_test_add ("/save/round-trip-file", TmpDir, NULL, tmpdir_setup, test_save_round_trip_file, tmpdir_teardown);
  g_test_add ("/save/schema", TmpDir, NULL, tmpdir_setup, test_save_schema, tmpdir_teardown);
  g_test_add ("/save/fail/directory", TmpDir, NULL, tmpdir_setup, test_save_fail_directory, tmpdir_teardown);
  g_test_add ("/save/fail/read-only", TmpDir, NULL, tmpdir_setup, test_save_fail_readonly, tmpdir_teardown);
  g_test_add ("/save/fail/cancelled", TmpDir, NULL, tmpdir_setup, test_save_cancelled, tmpdir_teardown);
  g_test_add ("/save/fail/midway", TmpDir, NULL, tmpdir_setup, test_save_fail_midway, tmpdir_teardown);

  return g_test_run ();
}
