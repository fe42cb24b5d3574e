/* styr.c — the styr command: check, canonicalise and summarise .styr files.
 *
 * Built only on the public API of libstyr: it is the library's first
 * customer.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <libstyr/styr.h>

#include "styr-generate.h"

/* Exit statuses, the same for every command. */
enum {
  EXIT_OK = 0,
  EXIT_FINDINGS = 1,  /* validate found something; fmt --check: not canonical */
  EXIT_ERROR = 2,     /* bad usage, or a file that cannot be read or written */
};

typedef int (*CommandFunc) (int    argc,
                            char **argv);

static int cmd_validate (int argc, char **argv);
static int cmd_fmt      (int argc, char **argv);
static int cmd_info     (int argc, char **argv);
static int cmd_status   (int argc, char **argv);
static int cmd_import_kolada (int argc, char **argv);
static int cmd_import   (int argc, char **argv);
static int cmd_import_sie (int argc, char **argv);
static int cmd_import_utfall (int argc, char **argv);
static int cmd_ekonomi  (int argc, char **argv);
static int cmd_rapport  (int argc, char **argv);

static const struct {
  const char  *name;
  CommandFunc  func;
  const char  *summary;
} commands[] = {
  { "validate", cmd_validate, N_("Kontrollera att målkedjan hänger ihop och lista bristerna") },
  { "fmt",      cmd_fmt,      N_("Skriv om en fil i kanonisk form") },
  { "info",     cmd_info,     N_("Visa hur många mål modellen har per nivå, perspektiv och ägare") },
  { "status",   cmd_status,   N_("Visa måluppfyllelsen per en period: förslag, bedömning, trend och prognos") },
  { "import-kolada", cmd_import_kolada, N_("Läs in värden från Kolada (JSON) i indikatorerna") },
  { "import",   cmd_import,   N_("Läs in mätvärden från en tabb- eller CSV-fil i indikatorerna") },
  { "import-sie", cmd_import_sie, N_("Läs in utfall från ekonomisystemets SIE-fil") },
  { "import-utfall", cmd_import_utfall, N_("Läs in utfall från en CSV-fil") },
  { "ekonomi",  cmd_ekonomi,  N_("Visa driftredovisningen, resultatet, balanskravet och de finansiella målen per en period") },
  { "rapport",  cmd_rapport,  N_("Skriv tertialrapporten för kommunen eller en nämnd som HTML, OpenDocument eller CSV") },
  { "generate", styr_cmd_generate, N_("Skapa en påhittad kommun av en given storlek för tester och prestandamätningar") },
};

static void
print_error (const char *message)
{
  g_printerr ("styr: %s\n", message);
}

/* Parses the options of a command, which takes exactly one FILE. Prints
 * the problem and returns NULL on bad usage. */
static const char *
parse_command_line (GOptionContext   *context,
                    int              *argc,
                    char           ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      print_error (error->message);
      return NULL;
    }

  if (*argc != 2)
    {
      g_autofree char *message =
        *argc < 2 ? g_strdup (_("ingen fil angiven"))
                  : g_strdup_printf (_("för många argument: %s"), (*argv)[2]);

      print_error (message);
      g_printerr (_("Kör »%s --help« för att se hur kommandot används.\n"), g_get_prgname ());
      return NULL;
    }

  return (*argv)[1];
}

static StyrModel *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  StyrModel *model = styr_model_new_from_path (path, &error);

  if (model == NULL)
    print_error (error->message);
  return model;
}

/* styr validate ---------------------------------------------------------- */

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  unsigned int y, m, d;
  int end = 0;

  if (sscanf (text, "%4u-%2u-%2u%n", &y, &m, &d, &end) != 3 ||
      text[end] != '\0' || strlen (text) != 10 ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

static int
cmd_validate (int    argc,
              char **argv)
{
  int year = 0;
  g_autofree char *today_text = NULL;
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year,
      N_("Kontrollera målvärdena för budgetåret ÅR (i stället för innevarande år)"), N_("ÅR") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("Jämför revideringsdatum med DATUM, ÅÅÅÅ-MM-DD (i stället för dagens datum)"), N_("DATUM") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FIL"));
  g_autoptr(StyrModel) model = NULL;
  g_autoptr(GListModel) findings = NULL;
  const char *path;
  GDate today;
  guint n;

  g_option_context_set_summary (context,
    _("Kontrollerar att målkedjan i FIL hänger ihop: att varje mål bidrar till ett\n"
      "mål på nivån ovanför ända upp till visionen, att nämndmålen är\n"
      "uppföljningsbara, att aktiviteterna tjänar mål och mer. Varje brist skrivs\n"
      "på en rad:\n"
      "\n"
      "  FIL: allvarlighet: kod: meddelande\n"
      "\n"
      "där allvarligheten är »fel«, »varning« eller »information« och koden är\n"
      "stabil, så att skript kan filtrera på den."));
  g_option_context_set_description (context,
    _("Slutstatus: 0 om inga brister hittades, 1 om brister hittades och 2 om\n"
      "filen inte kunde läsas."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if ((path = parse_command_line (context, &argc, &argv)) == NULL)
    return EXIT_ERROR;

  if (year < 0 || year > 9999)
    {
      g_autofree char *message = g_strdup_printf (_("ogiltigt år: %d"), year);

      print_error (message);
      return EXIT_ERROR;
    }
  if (today_text != NULL && !parse_date (today_text, &today))
    {
      g_autofree char *message =
        g_strdup_printf (_("ogiltigt datum »%s«: skriv det som ÅÅÅÅ-MM-DD"), today_text);

      print_error (message);
      return EXIT_ERROR;
    }

  if ((model = load (path)) == NULL)
    return EXIT_ERROR;

  findings = styr_model_validate (model, year, today_text != NULL ? &today : NULL);
  n = g_list_model_get_n_items (findings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrFinding) finding = g_list_model_get_item (findings, i);

      g_print ("%s: %s: %s: %s\n",
               path,
               styr_severity_to_string (styr_finding_get_severity (finding)),
               styr_finding_get_code (finding),
               styr_finding_get_message (finding));
    }

  return n > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/* styr fmt --------------------------------------------------------------- */

static int
cmd_fmt (int    argc,
         char **argv)
{
  gboolean to_stdout = FALSE;
  gboolean check = FALSE;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "stdout", 0, 0, G_OPTION_ARG_NONE, &to_stdout,
      N_("Skriv den kanoniska formen till standard ut och lämna FIL orörd"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Skriv den kanoniska formen till UT och lämna FIL orörd"), N_("UT") },
    { "check", 0, 0, G_OPTION_ARG_NONE, &check,
      N_("Skriv ingenting, avsluta med status 1 om FIL inte är kanonisk"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FIL"));
  g_autoptr(StyrModel) model = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *path;

  g_option_context_set_summary (context,
    _("Läser FIL och skriver om den i kanonisk form: samma modell ger alltid\n"
      "samma byte, så att en ändring blir en liten skillnad i git. Utan flaggor\n"
      "ersätts FIL atomärt."));
  g_option_context_set_description (context,
    _("Slutstatus: 0 om det gick bra, 1 om --check fann att filen inte är\n"
      "kanonisk och 2 om filen inte kunde läsas eller skrivas."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if ((path = parse_command_line (context, &argc, &argv)) == NULL)
    return EXIT_ERROR;

  if ((to_stdout ? 1 : 0) + (output != NULL ? 1 : 0) + (check ? 1 : 0) > 1)
    {
      print_error (_("--stdout, --output och --check kan inte kombineras"));
      return EXIT_ERROR;
    }

  if ((model = load (path)) == NULL)
    return EXIT_ERROR;

  if (to_stdout)
    {
      gsize size;
      const char *data;

      bytes = styr_model_to_bytes (model);
      data = g_bytes_get_data (bytes, &size);
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          print_error (_("kunde inte skriva till standard ut"));
          return EXIT_ERROR;
        }
      return EXIT_OK;
    }

  if (check)
    {
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (path, &contents, &length, &error))
        {
          print_error (error->message);
          return EXIT_ERROR;
        }
      bytes = styr_model_to_bytes (model);
      if (g_bytes_get_size (bytes) != length ||
          memcmp (g_bytes_get_data (bytes, NULL), contents, length) != 0)
        {
          g_autofree char *message = g_strdup_printf (_("%s är inte i kanonisk form"), path);

          print_error (message);
          return EXIT_FINDINGS;
        }
      return EXIT_OK;
    }

  if (!styr_model_save_to_path (model, output != NULL ? output : path,
                                STYR_SAVE_FLAGS_NONE, &error))
    {
      print_error (error->message);
      return EXIT_ERROR;
    }

  return EXIT_OK;
}

/* styr info -------------------------------------------------------------- */

/* "  label:   count", the counts aligned whatever the width of the labels'
 * characters. */
static void
print_row (const char *label,
           guint       count,
           int         width)
{
  g_autofree char *with_colon = g_strdup_printf ("%s:", label);
  int pad = width + 1 - (int) g_utf8_strlen (with_colon, -1);

  g_print ("  %s%*s %5u\n", with_colon, MAX (pad, 0), "", count);
}

static const char *
entity_name (StyrEntity *entity)
{
  const char *label = styr_entity_get_label (entity);

  return label != NULL && label[0] != '\0' ? label : styr_entity_get_id (entity);
}

static int
cmd_info (int    argc,
          char **argv)
{
  const GOptionEntry entries[] = {
    { NULL }
  };
  static const struct {
    StyrGoalLevel level;
    const char *label;
  } levels[] = {
    { STYR_GOAL_LEVEL_COUNCIL, N_("Inriktningsmål") },
    { STYR_GOAL_LEVEL_BOARD, N_("Nämndmål") },
    { STYR_GOAL_LEVEL_OPERATIONAL, N_("Verksamhetsmål") },
    { STYR_GOAL_LEVEL_UNIT, N_("Enhetsmål") },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FIL"));
  g_autoptr(StyrModel) model = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GPtrArray) owners = NULL;
  GListModel *goals;
  GListModel *perspectives;
  guint level_counts[G_N_ELEMENTS (levels)] = { 0 };
  guint without_perspective = 0;
  guint without_owner = 0;
  const char *path;
  const char *text;
  int width = 24;
  guint n;

  g_option_context_set_summary (context,
    _("Visar en sammanställning av modellen i FIL: kommunen, antalet mål per\n"
      "nivå, per perspektiv och per ägare, och antalet övriga objekt."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if ((path = parse_command_line (context, &argc, &argv)) == NULL)
    return EXIT_ERROR;
  if ((model = load (path)) == NULL)
    return EXIT_ERROR;

  /* One pass over the goals; counts keyed by perspective or owner. */
  counts = g_hash_table_new (NULL, NULL);
  goals = styr_model_get_goals (model);
  n = g_list_model_get_n_items (goals);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrGoal) goal = g_list_model_get_item (goals, i);
      gpointer keys[2] = { styr_goal_get_perspective (goal), styr_goal_get_owner (goal) };

      for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
        if (levels[l].level == styr_goal_get_level (goal))
          level_counts[l]++;

      if (keys[0] == NULL)
        without_perspective++;
      if (keys[1] == NULL)
        without_owner++;
      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        if (keys[k] != NULL)
          g_hash_table_insert (counts, keys[k],
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, keys[k])) + 1));
    }

  /* Owners in model order: the organs, then the administration. */
  owners = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint c = 0; c < 2; c++)
    {
      GListModel *list = c == 0 ? styr_model_get_organs (model) : styr_model_get_units (model);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          StyrEntity *entity = g_list_model_get_item (list, i);

          if (g_hash_table_contains (counts, entity))
            g_ptr_array_add (owners, entity);
          else
            g_object_unref (entity);
        }
    }

  perspectives = styr_model_get_perspectives (model);
  for (guint i = 0; i < g_list_model_get_n_items (perspectives); i++)
    {
      g_autoptr(StyrEntity) p = g_list_model_get_item (perspectives, i);

      width = MAX (width, (int) g_utf8_strlen (entity_name (p), -1) + 1);
    }
  for (guint i = 0; i < owners->len; i++)
    width = MAX (width, (int) g_utf8_strlen (entity_name (g_ptr_array_index (owners, i)), -1) + 1);

  text = styr_model_get_name (model);
  if (text != NULL)
    {
      const char *code = styr_model_get_kommunkod (model);

      if (code != NULL)
        g_print (_("Kommun: %s (%s)\n"), text, code);
      else
        g_print (_("Kommun: %s\n"), text);
    }
  text = styr_model_get_vision (model);
  if (text != NULL)
    g_print (_("Vision: %s\n"), text);

  g_print ("\n%s\n", _("Mål per nivå"));
  for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
    print_row (_(levels[l].label), level_counts[l], width);
  print_row (_("Totalt"), n, width);

  g_print ("\n%s\n", _("Mål per perspektiv"));
  for (guint i = 0; i < g_list_model_get_n_items (perspectives); i++)
    {
      g_autoptr(StyrEntity) p = g_list_model_get_item (perspectives, i);

      print_row (entity_name (p), GPOINTER_TO_UINT (g_hash_table_lookup (counts, p)), width);
    }
  if (without_perspective > 0)
    print_row (_("Utan perspektiv"), without_perspective, width);

  g_print ("\n%s\n", _("Mål per ägare"));
  for (guint i = 0; i < owners->len; i++)
    {
      StyrEntity *owner = g_ptr_array_index (owners, i);

      print_row (entity_name (owner), GPOINTER_TO_UINT (g_hash_table_lookup (counts, owner)), width);
    }
  if (without_owner > 0)
    print_row (_("Utan ägare"), without_owner, width);

  g_print ("\n%s\n", _("Övrigt"));
  print_row (_("Perspektiv"), g_list_model_get_n_items (perspectives), width);
  print_row (_("Politiska organ"), g_list_model_get_n_items (styr_model_get_organs (model)), width);
  print_row (_("Enheter i förvaltningen"), g_list_model_get_n_items (styr_model_get_units (model)), width);
  print_row (_("Dokument"), g_list_model_get_n_items (styr_model_get_documents (model)), width);
  print_row (_("Fokusområden"), g_list_model_get_n_items (styr_model_get_focus_areas (model)), width);
  print_row (_("Indikatorer"), g_list_model_get_n_items (styr_model_get_indicators (model)), width);
  print_row (_("Aktiviteter"), g_list_model_get_n_items (styr_model_get_activities (model)), width);
  print_row (_("Agila arenor"), g_list_model_get_n_items (styr_model_get_arenas (model)), width);

  return EXIT_OK;
}

/* styr status ------------------------------------------------------------ */

typedef struct
{
  StyrFollowUp *follow_up;
  StyrScale    *scale;
  StyrPeriod   *period;
} StatusReport;

/* "76,5", "80", "0,25": at most two decimals, a decimal comma. */
static char *
format_number (double value)
{
  char *text;
  char *dot;

  if (value > -0.005 && value < 0.005)
    value = 0.0;
  text = g_strdup_printf ("%.2f", value);
  dot = strchr (text, '.');

  if (dot != NULL)
    {
      char *end = text + strlen (text) - 1;

      while (end > dot && *end == '0')
        *end-- = '\0';
      if (end == dot)
        *end = '\0';
      else
        *dot = ',';
    }
  return text;
}

static char *
format_quantity (double      value,
                 const char *unit)
{
  g_autofree char *number = format_number (value);

  if (unit == NULL || unit[0] == '\0')
    return g_steal_pointer (&number);
  return g_strdup_printf ("%s %s", number, unit);
}

static const char *
level_label (StatusReport   *report,
             StyrScaleLevel *level)
{
  if (level == NULL)
    return styr_scale_get_not_assessed_label (report->scale);
  return styr_scale_level_get_label (level);
}

static const char *
trend_arrow (StyrTrend trend)
{
  switch (trend)
    {
    case STYR_TREND_POSITIVE:
      return "↑";
    case STYR_TREND_UNCHANGED:
      return "→";
    case STYR_TREND_NEGATIVE:
      return "↓";
    case STYR_TREND_NO_DATA:
    default:
      return "–";
    }
}

static const char *
goal_noun (StyrGoalLevel level)
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

static void
print_indicator (StatusReport  *report,
                 StyrIndicator *indicator,
                 int            indent)
{
  const char *unit = styr_indicator_get_measure_unit (indicator);
  int year = styr_period_get_year (report->period);
  g_autoptr(StyrPeriod) found = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  double value, low, high;
  StyrGrade grade;

  g_string_append_printf (line, "%*s%s %s: ", indent, "", _("Indikator"),
                          entity_name (STYR_ENTITY (indicator)));

  if (styr_indicator_lookup_latest (indicator, report->period, &value, &found))
    {
      g_autofree char *text = format_quantity (value, unit);

      g_string_append (line, text);
      g_autoptr(GDate) found_end = found != NULL ? styr_period_get_end_date (found) : NULL;
      g_autoptr(GDate) period_end = styr_period_get_end_date (report->period);

      /* Say how old a value is when it ends before the period does. */
      if (found_end != NULL && g_date_compare (found_end, period_end) < 0)
        {
          g_autofree char *when = styr_period_to_string (found);

          /* Translators: the period an older value belongs to */
          g_string_append_printf (line, _(" (avser %s)"), when);
        }
    }
  else
    g_string_append (line, _("inget utfall"));

  if (styr_indicator_lookup_target (indicator, year, &low, &high))
    {
      g_autofree char *target = NULL;

      if (styr_indicator_get_direction (indicator) == STYR_INDICATOR_DIRECTION_RANGE)
        {
          g_autofree char *from = format_number (low);
          g_autofree char *to = format_quantity (high, unit);

          target = g_strdup_printf ("%s–%s", from, to);
        }
      else
        target = format_quantity (low, unit);
      /* Translators: the target of an indicator, e.g. "(mål 80 %)" */
      g_string_append_printf (line, _(" (mål %s)"), target);
    }
  else
    g_string_append (line, _(" (inget mål)"));

  grade = styr_follow_up_get_indicator_grade (report->follow_up, indicator);
  g_string_append_printf (line, " – %s", styr_grade_to_string (grade));

  g_print ("%s\n", line->str);
}

static void
print_goal_status (StatusReport *report,
                   StyrGoal     *goal,
                   int           indent)
{
  StyrGoalStatus *status = styr_follow_up_get_status (report->follow_up, goal);
  StyrScaleLevel *assessed = styr_goal_status_get_assessed_level (status);
  StyrScaleLevel *prognosis = styr_goal_status_get_prognosis_level (status);
  StyrTrend trend = styr_goal_status_get_trend (status);
  GListModel *indicators = styr_goal_get_indicators (goal);
  GListModel *children = styr_goal_get_children (goal);

  g_print ("%*s%s %s (%s)\n", indent, "", goal_noun (styr_goal_get_level (goal)),
           entity_name (STYR_ENTITY (goal)), styr_entity_get_id (STYR_ENTITY (goal)));

  g_print ("%*s%s: %s", indent + 2, "", _("Förslag"),
           level_label (report, styr_goal_status_get_proposed_level (status)));
  g_print (" · %s: %s", _("Bedömning"), assessed != NULL ? styr_scale_level_get_label (assessed) : "–");
  if (styr_goal_status_get_differs (status))
    g_print (" (%s)", _("avviker från förslaget"));
  g_print (" · %s: %s", _("Prognos"), prognosis != NULL ? styr_scale_level_get_label (prognosis) : "–");
  g_print (" · %s: %s %s\n", _("Trend"), trend_arrow (trend), styr_trend_to_string (trend));

  if (styr_goal_get_level (goal) == STYR_GOAL_LEVEL_COUNCIL)
    {
      g_autofree char *distribution = styr_follow_up_format_distribution (report->follow_up, goal);

      g_print ("%*s%s: %s\n", indent + 2, "", _("Nämndmålen"), distribution);
    }

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(StyrIndicator) indicator = g_list_model_get_item (indicators, i);

      print_indicator (report, indicator, indent + 2);
    }

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(StyrGoal) child = g_list_model_get_item (children, i);

      print_goal_status (report, child, indent + 2);
    }
}

/* A goal starts a tree: without an owner, a council goal or a goal that
 * serves none; with one, a goal of the owner that serves no goal of it. */
static gboolean
is_root (StyrGoal   *goal,
         StyrEntity *owner)
{
  GListModel *parents = styr_goal_get_parents (goal);
  guint n = g_list_model_get_n_items (parents);

  if (owner == NULL)
    return styr_goal_get_level (goal) == STYR_GOAL_LEVEL_COUNCIL || n == 0;

  if (styr_goal_get_owner (goal) != owner)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrGoal) parent = g_list_model_get_item (parents, i);

      if (styr_goal_get_owner (parent) == owner)
        return FALSE;
    }
  return TRUE;
}

static guint
print_roots_in (StatusReport    *report,
                GListModel      *goals,
                StyrPerspective *perspective,
                StyrEntity      *owner,
                const char      *heading)
{
  guint printed = 0;

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(StyrGoal) goal = g_list_model_get_item (goals, i);

      if (styr_goal_get_perspective (goal) != perspective || !is_root (goal, owner))
        continue;
      if (printed++ == 0)
        g_print ("\n%s\n", heading);
      print_goal_status (report, goal, 2);
    }
  return printed;
}

static int
cmd_status (int    argc,
            char **argv)
{
  g_autofree char *period_text = NULL;
  g_autofree char *owner_id = NULL;
  const GOptionEntry entries[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period_text,
      N_("Perioden som följs upp, t.ex. 2025-T2 (krävs)"), N_("PERIOD") },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner_id,
      N_("Visa bara mål som ägs av ID, med målen under dem"), N_("ID") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FIL"));
  g_autoptr(StyrModel) model = NULL;
  g_autoptr(StyrPeriod) period = NULL;
  g_autoptr(StyrFollowUp) follow_up = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *period_string = NULL;
  StatusReport report;
  StyrEntity *owner = NULL;
  StyrOccasion *occasion;
  GListModel *goals;
  GListModel *perspectives;
  GListModel *uncovered;
  const char *path;
  guint printed = 0;

  g_option_context_set_summary (context,
    _("Visar måluppfyllelsen i FIL per en period: målträdet per perspektiv,\n"
      "inriktningsmålen med nämndmålen under dem, varje måls förslag enligt\n"
      "sammanvägningsregeln bredvid nämndens bedömning, prognosen och trenden,\n"
      "varje indikators utfall mot målvärdet, och hur nämndmålen under varje\n"
      "inriktningsmål fördelar sig på skalans nivåer."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if ((path = parse_command_line (context, &argc, &argv)) == NULL)
    return EXIT_ERROR;
  if (period_text == NULL)
    {
      print_error (_("ange perioden med --period, t.ex. --period 2025-T2"));
      return EXIT_ERROR;
    }
  if ((period = styr_period_parse (period_text, &error)) == NULL)
    {
      print_error (error->message);
      return EXIT_ERROR;
    }
  if ((model = load (path)) == NULL)
    return EXIT_ERROR;
  if (owner_id != NULL)
    {
      owner = styr_model_get_entity (model, owner_id, &error);
      if (owner == NULL)
        {
          print_error (error->message);
          return EXIT_ERROR;
        }
    }

  follow_up = styr_follow_up_new (model, period);
  report.follow_up = follow_up;
  report.scale = styr_model_get_scale (model);
  report.period = period;

  period_string = styr_period_to_string (period);
  occasion = styr_follow_up_get_occasion (follow_up);
  if (occasion != NULL)
    g_print (_("Måluppfyllelse per %s: %s\n"), period_string, styr_occasion_get_name (occasion));
  else
    g_print (_("Måluppfyllelse per %s (inget uppföljningstillfälle: inga bedömningar)\n"),
             period_string);
  g_print (_("Skala: %s. Sammanvägning: %s.\n"),
           styr_scale_get_name (report.scale), styr_model_get_rollup_rule (model));
  if (owner != NULL)
    g_print (_("Ägare: %s\n"), entity_name (owner));

  goals = styr_model_get_goals (model);
  perspectives = styr_model_get_perspectives (model);
  for (guint i = 0; i < g_list_model_get_n_items (perspectives); i++)
    {
      g_autoptr(StyrPerspective) perspective = g_list_model_get_item (perspectives, i);
      g_autofree char *heading = g_strdup_printf (_("Perspektiv: %s"),
                                                  entity_name (STYR_ENTITY (perspective)));

      printed += print_roots_in (&report, goals, perspective, owner, heading);
    }
  printed += print_roots_in (&report, goals, NULL, owner, _("Utan perspektiv"));

  if (printed == 0)
    g_print ("\n%s\n", _("Inga mål."));

  uncovered = styr_follow_up_get_uncovered_council_goals (follow_up);
  if (owner == NULL && g_list_model_get_n_items (uncovered) > 0)
    {
      g_print ("\n%s\n", _("Inriktningsmål utan nämndmål:"));
      for (guint i = 0; i < g_list_model_get_n_items (uncovered); i++)
        {
          g_autoptr(StyrGoal) goal = g_list_model_get_item (uncovered, i);

          g_print ("  %s (%s)\n", entity_name (STYR_ENTITY (goal)),
                   styr_entity_get_id (STYR_ENTITY (goal)));
        }
    }

  return EXIT_OK;
}

/* styr ekonomi ----------------------------------------------------------- */

static const char *const month_names[] = {
  N_("januari"), N_("februari"), N_("mars"), N_("april"), N_("maj"), N_("juni"),
  N_("juli"), N_("augusti"), N_("september"), N_("oktober"), N_("november"), N_("december"),
};

/* How amounts are shown: the unit of every table, and its decimals. */
typedef struct
{
  StyrMoneyUnit unit;
  int           decimals;
  const char   *label;
} Amounts;

static char *
amount_text (const Amounts *amounts,
             gint64         ore)
{
  return styr_money_format_plain (ore, amounts->unit, amounts->decimals);
}

/* "12 345": a count grouped by three with no-break spaces, as amounts are. */
static char *
count_text (gint64 count)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                             count < 0 ? -(guint64) count : (guint64) count);
  GString *s = g_string_new (count < 0 ? "−" : "");
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (s, "\u00a0");
      g_string_append_c (s, digits[i]);
    }
  return g_string_free (s, FALSE);
}

/* "2,8 %" from basis points, with a no-break space, as in table cells. */
static char *
basis_points_text (int basis_points)
{
  g_autofree char *number = format_number (basis_points / 100.0);

  return g_strdup_printf ("%s\u00a0%%", number);
}

/* A table of text: the first column left-aligned, the others right-aligned,
 * each as wide as its widest cell or the longest word of its heading; the
 * headings are wrapped to that width and stand on the lines above. */
typedef struct
{
  guint      n_columns;
  char     **headings;
  GPtrArray *rows;        /* char ** of n_columns cells; NULL: a rule */
} Table;

static Table *
table_new (guint              n_columns,
           const char *const *headings)
{
  Table *table = g_new0 (Table, 1);

  table->n_columns = n_columns;
  table->headings = g_new0 (char *, n_columns + 1);
  for (guint c = 0; c < n_columns; c++)
    table->headings[c] = g_strdup (headings[c]);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return table;
}

static void
table_free (Table *table)
{
  g_strfreev (table->headings);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Table, table_free)

/* Adds a row of n_columns cells, taking them. */
static void
table_add_row (Table *table,
               char  *first,
               ...)
{
  char **cells = g_new0 (char *, table->n_columns + 1);
  va_list args;

  cells[0] = first;
  va_start (args, first);
  for (guint c = 1; c < table->n_columns; c++)
    cells[c] = va_arg (args, char *);
  va_end (args);

  g_ptr_array_add (table->rows, cells);
}

static void
table_add_rule (Table *table)
{
  g_ptr_array_add (table->rows, NULL);
}

static int
text_width (const char *text)
{
  return (int) g_utf8_strlen (text, -1);
}

static void
print_cell (const char *text,
            int         width,
            gboolean    left)
{
  int pad = MAX (width - text_width (text), 0);

  if (left)
    g_print ("%s%*s", text, pad, "");
  else
    g_print ("%*s%s", pad, "", text);
}

#define MAX_HEADING_LINES 3

/* The words, greedily on lines of at most @width characters (a longer
 * word stands alone on its line). */
static GPtrArray *
wrap_words (char **words,
            int    width)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  GString *line = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (line->len > 0 && text_width (line->str) + 1 + text_width (words[i]) > width)
        {
          g_ptr_array_add (lines, g_strdup (line->str));
          g_string_truncate (line, 0);
        }
      if (line->len > 0)
        g_string_append_c (line, ' ');
      g_string_append (line, words[i]);
    }
  g_ptr_array_add (lines, g_string_free (line, FALSE));
  return lines;
}

static void
table_print (Table *table,
             int    indent)
{
  g_autofree int *widths = g_new0 (int, table->n_columns);
  g_autoptr(GPtrArray) wrapped = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  guint n_lines = 0;
  int total = 0;

  for (guint c = 0; c < table->n_columns; c++)
    {
      g_auto(GStrv) words = g_strsplit (table->headings[c], " ", -1);
      GPtrArray *lines;

      for (guint i = 0; words[i] != NULL; i++)
        widths[c] = MAX (widths[c], text_width (words[i]));
      for (guint r = 0; r < table->rows->len; r++)
        {
          char **cells = g_ptr_array_index (table->rows, r);

          if (cells != NULL)
            widths[c] = MAX (widths[c], text_width (cells[c]));
        }
      /* The first column's heading is not wrapped; the others are
       * widened until their heading takes at most three lines. */
      if (c == 0)
        widths[c] = MAX (widths[c], text_width (table->headings[c]));
      while ((lines = wrap_words (words, c == 0 ? G_MAXINT : widths[c]))->len > MAX_HEADING_LINES)
        {
          g_ptr_array_unref (lines);
          widths[c]++;
        }
      n_lines = MAX (n_lines, lines->len);
      g_ptr_array_add (wrapped, lines);
      total += widths[c] + (c > 0 ? 2 : 0);
    }

  /* The headings, bottom-aligned over their columns. */
  for (guint l = 0; l < n_lines; l++)
    {
      GString *out = g_string_new (NULL);

      for (guint c = 0; c < table->n_columns; c++)
        {
          GPtrArray *lines = g_ptr_array_index (wrapped, c);
          guint skip = n_lines - lines->len;
          const char *text = l >= skip ? g_ptr_array_index (lines, l - skip) : "";
          int pad = MAX (widths[c] - text_width (text), 0);

          if (c == 0)
            g_string_append_printf (out, "%*s%s%*s", indent, "", text, pad, "");
          else
            g_string_append_printf (out, "  %*s%s", pad, "", text);
        }
      /* No trailing blanks. */
      while (out->len > 0 && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      g_print ("%s\n", out->str);
      g_string_free (out, TRUE);
    }

  for (guint r = 0; r < table->rows->len; r++)
    {
      char **cells = g_ptr_array_index (table->rows, r);

      g_print ("%*s", indent, "");
      if (cells == NULL)
        {
          for (int i = 0; i < total; i++)
            g_print ("-");
          g_print ("\n");
          continue;
        }
      for (guint c = 0; c < table->n_columns; c++)
        {
          if (c > 0)
            g_print ("  ");
          print_cell (cells[c], widths[c], c == 0);
        }
      g_print ("\n");
    }
}

static const char *
occasion_name (StyrModel  *model,
               const char *occasion_id)
{
  StyrCalendar *calendar = styr_model_get_calendar (model);
  StyrOccasion *occasion = calendar != NULL ? styr_calendar_lookup_occasion (calendar, occasion_id) : NULL;

  return occasion != NULL ? styr_occasion_get_name (occasion) : occasion_id;
}

static void
print_operating_statement (StyrModel              *model,
                           StyrOperatingStatement *statement,
                           const Amounts          *amounts)
{
  static const char *const headings[] = {
    N_("Nämnd"),
    N_("Budget helår"),
    N_("Periodiserad budget"),
    N_("Utfall"),
    N_("Avvikelse period"),
    N_("Prognos helår"),
    N_("Avvikelse helår"),
    N_("Förändring sedan föregående prognos"),
    N_("Utfall föregående år"),
    N_("Utfall samma period föregående år"),
  };
  const char *translated[G_N_ELEMENTS (headings)];
  g_autoptr(Table) table = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (statement));
  gboolean commented = FALSE;

  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    translated[c] = _(headings[c]);
  table = table_new (G_N_ELEMENTS (headings), translated);

  for (guint i = 0; i <= n; i++)
    {
      g_autoptr(StyrOperatingRow) item = i < n ? g_list_model_get_item (G_LIST_MODEL (statement), i) : NULL;
      StyrOperatingRow *row = i < n ? item : styr_operating_statement_get_total (statement);
      gboolean has_forecast = styr_operating_row_get_has_forecast (row);
      StyrOrgan *organ = styr_operating_row_get_organ (row);
      const char *name;

      if (i == n)
        {
          table_add_rule (table);
          name = _("Totalt");
        }
      else if (organ != NULL)
        name = entity_name (STYR_ENTITY (organ));
      else
        name = styr_operating_row_get_name (row);

      table_add_row (table,
                     g_strdup (name),
                     amount_text (amounts, styr_operating_row_get_annual_budget (row)),
                     amount_text (amounts, styr_operating_row_get_periodised_budget (row)),
                     amount_text (amounts, styr_operating_row_get_outcome (row)),
                     amount_text (amounts, styr_operating_row_get_period_deviation (row)),
                     has_forecast ? amount_text (amounts, styr_operating_row_get_forecast (row)) : g_strdup ("–"),
                     has_forecast ? amount_text (amounts, styr_operating_row_get_year_deviation (row)) : g_strdup ("–"),
                     has_forecast && styr_operating_row_get_has_previous_forecast (row)
                       ? amount_text (amounts, styr_operating_row_get_forecast_change (row)) : g_strdup ("–"),
                     amount_text (amounts, styr_operating_row_get_last_year_outcome (row)),
                     amount_text (amounts, styr_operating_row_get_last_year_outcome_to_date (row)));
    }

  g_print ("\n%s\n", _("Driftredovisning per nämnd"));
  table_print (table, 2);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrOperatingRow) row = g_list_model_get_item (G_LIST_MODEL (statement), i);
      const char *comment = styr_operating_row_get_forecast_comment (row);
      StyrOrgan *organ = styr_operating_row_get_organ (row);

      if (comment == NULL || comment[0] == '\0')
        continue;
      if (!commented)
        g_print ("\n%s\n", _("Kommentarer till prognosen:"));
      commented = TRUE;
      g_print ("  %s: %s\n",
               organ != NULL ? entity_name (STYR_ENTITY (organ)) : styr_operating_row_get_name (row),
               comment);
    }
}

/* @a − @b for display; "–" if it does not fit a gint64. */
static char *
difference_text (const Amounts *amounts,
                 gint64         a,
                 gint64         b)
{
  gint64 difference;

  if (!styr_money_subtract (a, b, &difference, NULL))
    return g_strdup ("–");
  return amount_text (amounts, difference);
}

/* A running sum of amounts for a total row; one that overflowed is shown
 * as "–". */
typedef struct
{
  gint64   ore;
  gboolean overflow;
} Sum;

static void
sum_add (Sum    *sum,
         gint64  ore)
{
  if (!sum->overflow && !styr_money_add (sum->ore, ore, &sum->ore, NULL))
    sum->overflow = TRUE;
}

static char *
sum_text (const Amounts *amounts,
          const Sum     *sum)
{
  return sum->overflow ? g_strdup ("–") : amount_text (amounts, sum->ore);
}

/* A row of the result: budget, outcome, forecast and deviation. The
 * amounts are contributions to the result, where a forecast above the
 * budget is better; with @negate they are costs shown as negative
 * contributions, and the deviation is still budget − forecast of the cost. */
static void
add_result_row (Table         *table,
                const Amounts *amounts,
                const char    *label,
                gint64         budget,
                gint64         outcome,
                gint64         forecast,
                gboolean       negate)
{
  table_add_row (table,
                 g_strdup (label),
                 negate ? difference_text (amounts, 0, budget) : amount_text (amounts, budget),
                 negate ? difference_text (amounts, 0, outcome) : amount_text (amounts, outcome),
                 negate ? difference_text (amounts, 0, forecast) : amount_text (amounts, forecast),
                 negate ? difference_text (amounts, budget, forecast)
                        : difference_text (amounts, forecast, budget));
}

static void
print_municipal_result (StyrMunicipalResult    *result,
                        StyrOperatingStatement *statement,
                        const Amounts          *amounts)
{
  static const struct {
    StyrResultItem item;
    const char *label;
    gboolean always;
  } items[] = {
    { STYR_RESULT_ITEM_TAX_INCOME, N_("Skatteintäkter"), TRUE },
    { STYR_RESULT_ITEM_GENERAL_GRANTS, N_("Generella statsbidrag"), TRUE },
    { STYR_RESULT_ITEM_FINANCIAL_NET, N_("Finansnetto"), TRUE },
    { STYR_RESULT_ITEM_OTHER, N_("Övriga poster"), FALSE },
  };
  const char *headings[] = {
    _("Resultat"), _("Budget helår"), _("Utfall"), _("Prognos helår"), _("Avvikelse helår"),
  };
  g_autoptr(Table) table = table_new (G_N_ELEMENTS (headings), headings);
  g_autoptr(Table) balance = NULL;
  const char *balance_headings[] = { _("Balanskravsutredning"), _("Prognos helår") };
  g_autoptr(GPtrArray) without = g_ptr_array_new_with_free_func (g_free);
  gint64 adjustments;

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      gint64 budget = styr_municipal_result_get_item_budget (result, items[i].item);
      gint64 outcome = styr_municipal_result_get_item_outcome (result, items[i].item);
      gint64 forecast = styr_municipal_result_get_item_forecast (result, items[i].item);

      if (!items[i].always && budget == 0 && outcome == 0 && forecast == 0)
        continue;
      add_result_row (table, amounts, _(items[i].label), budget, outcome, forecast, FALSE);
    }
  /* The nämnder's net cost lowers the result: shown negative, so that the
   * column adds up to the result. */
  add_result_row (table, amounts, _("Nämndernas nettokostnad"),
                  styr_municipal_result_get_net_cost_budget (result),
                  styr_municipal_result_get_net_cost_outcome (result),
                  styr_municipal_result_get_net_cost_forecast (result),
                  TRUE);
  table_add_rule (table);
  add_result_row (table, amounts, _("Årets resultat"),
                  styr_municipal_result_get_result_budget (result),
                  styr_municipal_result_get_result_outcome (result),
                  styr_municipal_result_get_result_forecast (result),
                  FALSE);

  g_print ("\n%s\n", _("Kommunens resultat (bidrag till resultatet: intäkter positiva)"));
  table_print (table, 2);

  /* Say where the forecast is the budget. */
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    if (!styr_municipal_result_get_item_has_forecast (result, items[i].item) &&
        (items[i].always || styr_municipal_result_get_item_budget (result, items[i].item) != 0))
      g_ptr_array_add (without, g_strdup (_(items[i].label)));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (statement)); i++)
    {
      g_autoptr(StyrOperatingRow) row = g_list_model_get_item (G_LIST_MODEL (statement), i);
      StyrOrgan *organ = styr_operating_row_get_organ (row);

      if (!styr_operating_row_get_has_forecast (row))
        g_ptr_array_add (without, g_strdup (organ != NULL ? entity_name (STYR_ENTITY (organ))
                                                          : styr_operating_row_get_name (row)));
    }
  if (without->len > 0)
    {
      g_autofree char *names = NULL;

      g_ptr_array_add (without, NULL);
      names = g_strjoinv (", ", (char **) without->pdata);
      /* Translators: the items and nämnder without a forecast */
      g_print (_("  Utan prognos räknas budgeten som prognos: %s.\n"), names);
    }

  adjustments = styr_municipal_result_get_item_forecast (result, STYR_RESULT_ITEM_BALANCE_ADJUSTMENTS);
  balance = table_new (G_N_ELEMENTS (balance_headings), balance_headings);
  table_add_row (balance, g_strdup (_("Årets resultat enligt prognos")),
                 amount_text (amounts, styr_municipal_result_get_result_forecast (result)));
  table_add_row (balance, g_strdup (_("Balanskravsjusteringar")),
                 amount_text (amounts, adjustments));
  table_add_rule (balance);
  table_add_row (balance, g_strdup (_("Balanskravsresultat")),
                 amount_text (amounts, styr_municipal_result_get_balance_result (result)));

  g_print ("\n%s\n", _("Balanskravet (bedömt på helårsprognosen)"));
  table_print (balance, 2);
  g_print ("  %s: %s\n", _("Balanskravet uppfyllt"),
           styr_municipal_result_get_balance_requirement_met (result) ? _("ja") : _("nej"));
}

static void
print_financial_goals (StyrModel           *model,
                       StyrMunicipalResult *result,
                       const StyrPeriod    *period)
{
  GListModel *indicators = styr_model_get_indicators (model);
  g_autoptr(StyrFollowUp) follow_up = NULL;
  g_autoptr(GError) error = NULL;
  int year = styr_period_get_year (period);
  guint printed = 0;

  g_print ("\n%s\n", _("Finansiella mål (beräknade på helårsprognosen)"));

  /* The values become the indicators' measurements for the period, in
   * memory only, so that they are graded like any other. */
  if (styr_model_evaluate_financial_rules (model, period, &error) == 0 && error != NULL)
    {
      g_print ("  %s\n", error->message);
      return;
    }
  follow_up = styr_follow_up_new (model, period);

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(StyrIndicator) indicator = g_list_model_get_item (indicators, i);
      StyrFinancialRule rule = styr_indicator_get_financial_rule (indicator);
      const char *unit = styr_indicator_get_measure_unit (indicator);
      g_autoptr(GString) line = g_string_new (NULL);
      double value, low, high;

      if (rule == STYR_FINANCIAL_RULE_NONE)
        continue;
      printed++;

      g_string_append_printf (line, "  %s (%s): ", entity_name (STYR_ENTITY (indicator)),
                              styr_financial_rule_get_id (rule));
      if (styr_municipal_result_evaluate_rule (result, rule, &value))
        {
          g_autofree char *text = format_quantity (value, unit);

          g_string_append (line, text);
        }
      else
        g_string_append (line, _("kan inte beräknas"));

      if (styr_indicator_lookup_target (indicator, year, &low, &high))
        {
          g_autofree char *target = NULL;

          if (styr_indicator_get_direction (indicator) == STYR_INDICATOR_DIRECTION_RANGE)
            {
              g_autofree char *from = format_number (low);
              g_autofree char *to = format_quantity (high, unit);

              target = g_strdup_printf ("%s–%s", from, to);
            }
          else
            target = format_quantity (low, unit);
          g_string_append_printf (line, _(" (mål %s)"), target);
        }
      else
        g_string_append (line, _(" (inget mål)"));

      g_string_append_printf (line, " – %s",
                              styr_grade_to_string (styr_follow_up_get_indicator_grade (follow_up, indicator)));
      g_print ("%s\n", line->str);
    }

  if (printed == 0)
    g_print ("  %s\n", _("Inga indikatorer med beräkningsregel."));
}

static void
print_allocation (StyrOrgan     *organ,
                  const Amounts *amounts)
{
  StyrAllocation *allocation = styr_organ_get_allocation (organ);
  g_auto(GStrv) drivers = styr_allocation_dup_driver_ids (allocation);
  g_autofree int *years = NULL;
  g_autofree char *frame_heading = g_strdup_printf (_("Ram enligt modellen (%s)"), amounts->label);
  g_autofree char *decided_heading = g_strdup_printf (_("Beslutad ram (%s)"), amounts->label);
  g_autofree char *fixed_heading = g_strdup_printf (_("Fast del (%s)"), amounts->label);
  const char *year_headings[] = {
    _("År"), frame_heading, decided_heading, fixed_heading, _("Index"), _("Effektivisering"),
  };
  const char *driver_headings[] = {
    _("Volymdrivare"), _("År"), _("Volym"), _("Pris (kr)"), _("Kostnad per enhet (kr)"),
  };
  g_autoptr(Table) year_table = table_new (G_N_ELEMENTS (year_headings), year_headings);
  g_autoptr(Table) driver_table = table_new (G_N_ELEMENTS (driver_headings), driver_headings);
  gsize n_years = 0;

  years = styr_allocation_dup_years (allocation, &n_years);

  for (gsize y = 0; y < n_years; y++)
    {
      g_autoptr(GError) error = NULL;
      gint64 frame, decided;

      table_add_row (year_table,
                     g_strdup_printf ("%d", years[y]),
                     styr_allocation_compute_frame (allocation, years[y], &frame, &error)
                       ? amount_text (amounts, frame) : g_strdup ("–"),
                     styr_organ_lookup_frame (organ, years[y], &decided)
                       ? amount_text (amounts, decided) : g_strdup ("–"),
                     amount_text (amounts, styr_allocation_get_fixed (allocation, years[y])),
                     basis_points_text (styr_allocation_get_index (allocation, years[y])),
                     basis_points_text (styr_allocation_get_efficiency (allocation, years[y])));
    }

  for (guint d = 0; drivers[d] != NULL; d++)
    {
      const char *name = styr_allocation_get_driver_name (allocation, drivers[d]);
      const char *unit = styr_allocation_get_driver_unit (allocation, drivers[d]);

      for (gsize y = 0; y < n_years; y++)
        {
          g_autoptr(GError) error = NULL;
          gint64 volume, price, cost;
          g_autofree char *count = NULL;
          char *volume_cell;

          if (!styr_allocation_lookup_volume (allocation, drivers[d], years[y], &volume))
            continue;
          count = count_text (volume);
          volume_cell = unit != NULL && unit[0] != '\0' ? g_strdup_printf ("%s\u00a0%s", count, unit)
                                                        : g_strdup (count);
          table_add_row (driver_table,
                         g_strdup (name != NULL && name[0] != '\0' ? name : drivers[d]),
                         g_strdup_printf ("%d", years[y]),
                         volume_cell,
                         styr_allocation_lookup_price (allocation, drivers[d], years[y], &price)
                           ? styr_money_format_plain (price, STYR_MONEY_UNIT_KR, 0) : g_strdup ("–"),
                         styr_allocation_get_cost_per_unit (allocation, drivers[d], years[y], &cost, &error)
                           ? styr_money_format_plain (cost, STYR_MONEY_UNIT_KR, 0) : g_strdup ("–"));
        }
    }

  g_print ("\n%s: %s\n", _("Resursfördelningsmodell"), entity_name (STYR_ENTITY (organ)));
  table_print (year_table, 2);
  if (driver_table->rows->len > 0)
    {
      g_print ("\n");
      table_print (driver_table, 2);
    }
}

static const char *
investment_status_label (StyrInvestmentStatus status)
{
  switch (status)
    {
    case STYR_INVESTMENT_STATUS_PLANNED:
      return _("planerad");
    case STYR_INVESTMENT_STATUS_ONGOING:
      return _("pågår");
    case STYR_INVESTMENT_STATUS_COMPLETED:
      return _("avslutad");
    case STYR_INVESTMENT_STATUS_POSTPONED:
    default:
      return _("uppskjuten");
    }
}

static void
print_investments (StyrModel        *model,
                   const StyrPeriod *period,
                   const char       *occasion_id,
                   const Amounts    *amounts)
{
  GListModel *investments = styr_model_get_investments (model);
  guint n = g_list_model_get_n_items (investments);
  const char *headings[] = {
    _("Investering"), _("Status"), _("Budget år"), _("Utfall"), _("Prognos år"),
    _("Avvikelse år"), _("Total budget"), _("Utfall totalt"), _("Prognos totalt"),
    _("Avvikelse totalt"),
  };
  g_autoptr(Table) table = NULL;
  int year = styr_period_get_year (period);
  Sum sums[8] = { { 0 } };
  gboolean all_forecast = TRUE;

  if (n == 0)
    return;

  table = table_new (G_N_ELEMENTS (headings), headings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrInvestment) investment = g_list_model_get_item (investments, i);
      g_autoptr(GError) error = NULL;
      gint64 budget = 0, outcome = 0, total_outcome = 0, year_forecast = 0, total_forecast = 0;
      gint64 year_deviation = 0, total_deviation = 0;
      gint64 total_budget = styr_investment_get_total_budget (investment);
      const char *name = styr_investment_get_name (investment);
      gboolean has_forecast;

      styr_investment_lookup_budget (investment, year, &budget);
      if (!styr_investment_get_outcome_to_date (investment, period, &outcome, &error) ||
          !styr_investment_get_total_outcome_to_date (investment, period, &total_outcome, &error))
        {
          print_error (error->message);
          g_clear_error (&error);
        }
      has_forecast = occasion_id != NULL &&
                     styr_investment_lookup_forecast (investment, occasion_id,
                                                      &year_forecast, &total_forecast) &&
                     styr_investment_get_year_deviation (investment, occasion_id,
                                                         &year_deviation, NULL) &&
                     styr_investment_get_total_deviation (investment, occasion_id,
                                                          &total_deviation, NULL);
      all_forecast = all_forecast && has_forecast;

      sum_add (&sums[0], budget);
      sum_add (&sums[1], outcome);
      sum_add (&sums[2], year_forecast);
      sum_add (&sums[3], year_deviation);
      sum_add (&sums[4], total_budget);
      sum_add (&sums[5], total_outcome);
      sum_add (&sums[6], total_forecast);
      sum_add (&sums[7], total_deviation);

      table_add_row (table,
                     g_strdup (name != NULL && name[0] != '\0'
                                 ? name : styr_entity_get_id (STYR_ENTITY (investment))),
                     g_strdup (investment_status_label (styr_investment_get_status (investment))),
                     amount_text (amounts, budget),
                     amount_text (amounts, outcome),
                     has_forecast ? amount_text (amounts, year_forecast) : g_strdup ("–"),
                     has_forecast ? amount_text (amounts, year_deviation) : g_strdup ("–"),
                     amount_text (amounts, total_budget),
                     amount_text (amounts, total_outcome),
                     has_forecast ? amount_text (amounts, total_forecast) : g_strdup ("–"),
                     has_forecast ? amount_text (amounts, total_deviation) : g_strdup ("–"));
    }
  table_add_rule (table);
  table_add_row (table, g_strdup (_("Totalt")), g_strdup (""),
                 sum_text (amounts, &sums[0]),
                 sum_text (amounts, &sums[1]),
                 all_forecast ? sum_text (amounts, &sums[2]) : g_strdup ("–"),
                 all_forecast ? sum_text (amounts, &sums[3]) : g_strdup ("–"),
                 sum_text (amounts, &sums[4]),
                 sum_text (amounts, &sums[5]),
                 all_forecast ? sum_text (amounts, &sums[6]) : g_strdup ("–"),
                 all_forecast ? sum_text (amounts, &sums[7]) : g_strdup ("–"));

  g_print ("\n%s\n", _("Investeringar"));
  table_print (table, 2);
}

/* Outcome rows the import could not attribute, January … the end of
 * @period: they are in no nämnd's figures. */
static void
print_unmapped (StyrModel        *model,
                const StyrPeriod *period,
                const Amounts    *amounts)
{
  int year = styr_period_get_year (period);
  int last = styr_period_get_last_month (period);
  guint n = styr_model_get_n_unmapped_outcomes (model);
  guint count = 0;
  Sum sum = { 0 };

  for (guint i = 0; i < n; i++)
    {
      int row_year, month;
      const char *dim, *object, *account;
      gint64 ore;

      styr_model_get_unmapped_outcome (model, i, &row_year, &month, &dim, &object, &account, &ore);
      if (row_year == year && month <= last)
        {
          count++;
          sum_add (&sum, ore);
        }
    }

  if (count > 0)
    {
      g_autofree char *amount = sum_text (amounts, &sum);

      g_print ("\n");
      /* Translators: "Omappat utfall januari–augusti: 430 tkr i 3 rader,
       * inte med i driftredovisningen" */
      g_print (ngettext ("Omappat utfall %s–%s: %s %s i %u rad, inte med i driftredovisningen\n",
                         "Omappat utfall %s–%s: %s %s i %u rader, inte med i driftredovisningen\n",
                         count),
               _(month_names[0]), _(month_names[last - 1]), amount, amounts->label, count);
    }
}

static int
cmd_ekonomi (int    argc,
             char **argv)
{
  g_autofree char *period_text = NULL;
  g_autofree char *unit_text = NULL;
  const GOptionEntry entries[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period_text,
      N_("Perioden som följs upp, t.ex. 2025-T2 (krävs)"), N_("PERIOD") },
    { "enhet", 'e', 0, G_OPTION_ARG_STRING, &unit_text,
      N_("Visa beloppen i »tkr« (standard), »mnkr« eller »kr«"), N_("ENHET") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FIL"));
  g_autoptr(StyrModel) model = NULL;
  g_autoptr(StyrPeriod) period = NULL;
  g_autoptr(StyrOperatingStatement) statement = NULL;
  g_autoptr(StyrMunicipalResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *period_string = NULL;
  StyrCalendar *calendar;
  StyrOccasion *occasion;
  GListModel *organs;
  const char *occasion_id;
  const char *previous_id;
  const char *path;
  Amounts amounts = { STYR_MONEY_UNIT_TKR, 0, "tkr" };
  int year;

  g_option_context_set_summary (context,
    _("Visar ekonomin i FIL per en period, som i tertialrapportens\n"
      "ekonomidel: driftredovisningen per nämnd (budget för helåret,\n"
      "periodiserad budget, utfall och avvikelse till och med periodens\n"
      "slut, helårsprognos, avvikelse mot budget, förändring sedan\n"
      "föregående prognos och utfallet föregående år), investeringarna,\n"
      "kommunens resultat, balanskravet bedömt på helårsprognosen, de\n"
      "finansiella målen och resursfördelningsmodellernas ramar och\n"
      "kostnad per enhet.\n"
      "\n"
      "Nämndernas belopp är nettokostnader: kostnader positiva, intäkter\n"
      "negativa. En positiv avvikelse är ett överskott. Prognosen är den\n"
      "som lämnades vid uppföljningstillfället som slutar med periodens\n"
      "sista månad."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if ((path = parse_command_line (context, &argc, &argv)) == NULL)
    return EXIT_ERROR;
  if (period_text == NULL)
    {
      print_error (_("ange perioden med --period, t.ex. --period 2025-T2"));
      return EXIT_ERROR;
    }
  if ((period = styr_period_parse (period_text, &error)) == NULL)
    {
      print_error (error->message);
      return EXIT_ERROR;
    }
  if (unit_text == NULL || g_str_equal (unit_text, "tkr"))
    ;
  else if (g_str_equal (unit_text, "mnkr"))
    amounts = (Amounts) { STYR_MONEY_UNIT_MNKR, 1, "mnkr" };
  else if (g_str_equal (unit_text, "kr"))
    amounts = (Amounts) { STYR_MONEY_UNIT_KR, 0, "kr" };
  else
    {
      g_autofree char *message =
        g_strdup_printf (_("okänd enhet »%s«: välj »tkr«, »mnkr« eller »kr«"), unit_text);

      print_error (message);
      return EXIT_ERROR;
    }
  if ((model = load (path)) == NULL)
    return EXIT_ERROR;

  if ((statement = styr_operating_statement_new (model, period, &error)) == NULL ||
      (result = styr_municipal_result_new (model, period, &error)) == NULL)
    {
      print_error (error->message);
      return EXIT_ERROR;
    }

  year = styr_period_get_year (period);
  period_string = styr_period_to_string (period);
  calendar = styr_model_get_calendar (model);
  occasion = calendar != NULL ? styr_calendar_find_occasion (calendar, period) : NULL;
  if (occasion != NULL)
    g_print (_("Ekonomi per %s: %s\n"), period_string, styr_occasion_get_name (occasion));
  else
    g_print (_("Ekonomi per %s\n"), period_string);
  /* Translators: "Utfall januari–augusti 2025. Belopp i tkr." */
  g_print (_("Utfall %s–%s %d. Belopp i %s.\n"),
           _(month_names[0]), _(month_names[styr_period_get_last_month (period) - 1]),
           year, amounts.label);

  occasion_id = styr_operating_statement_get_occasion_id (statement);
  previous_id = styr_operating_statement_get_previous_occasion_id (statement);
  if (occasion_id == NULL)
    g_print ("%s\n", _("Ingen prognos: inget ekonomitillfälle i kalendern slutar med periodens sista månad."));
  else if (previous_id == NULL)
    g_print (_("Prognos: %s (%s).\n"), occasion_name (model, occasion_id), occasion_id);
  else
    g_print (_("Prognos: %s (%s). Föregående prognos: %s (%s).\n"),
             occasion_name (model, occasion_id), occasion_id,
             occasion_name (model, previous_id), previous_id);

  print_operating_statement (model, statement, &amounts);
  print_unmapped (model, period, &amounts);
  print_investments (model, period, occasion_id, &amounts);
  print_municipal_result (result, statement, &amounts);
  print_financial_goals (model, result, period);

  organs = styr_model_get_organs (model);
  for (guint i = 0; i < g_list_model_get_n_items (organs); i++)
    {
      g_autoptr(StyrOrgan) organ = g_list_model_get_item (organs, i);

      if (styr_organ_get_allocation (organ) != NULL)
        print_allocation (organ, &amounts);
    }

  return EXIT_OK;
}

/* styr rapport ----------------------------------------------------------- */

typedef enum
{
  REPORT_FORMAT_HTML,
  REPORT_FORMAT_ODT,
  REPORT_FORMAT_CSV,
} ReportFormat;

/* The default output: tertialrapport-2025-T2[-ID].html, .odt, or a
 * directory of that name for CSV, in the current directory. */
static char *
report_default_output (const StyrPeriod *period,
                       const char       *organ_id,
                       ReportFormat      format)
{
  g_autofree char *period_string = styr_period_to_string (period);
  const char *suffix = format == REPORT_FORMAT_HTML ? ".html" :
                       format == REPORT_FORMAT_ODT ? ".odt" : "";

  if (organ_id != NULL)
    return g_strdup_printf ("tertialrapport-%s-%s%s", period_string, organ_id, suffix);
  return g_strdup_printf ("tertialrapport-%s%s", period_string, suffix);
}

/* Makes the directory for the CSV files, with its parents, unless it is
 * there already. */
static gboolean
make_report_directory (const char  *path,
                       GError     **error)
{
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(GError) local_error = NULL;

  if (g_file_make_directory_with_parents (dir, NULL, &local_error))
    return TRUE;
  if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Kan inte skapa katalogen %s: %s"), path, local_error->message);
      return FALSE;
    }
  if (g_file_query_file_type (dir, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY,
                   _("%s finns men är ingen katalog: med --format csv är UT en katalog"), path);
      return FALSE;
    }
  return TRUE;
}

static int
cmd_rapport (int    argc,
             char **argv)
{
  g_autofree char *period_text = NULL;
  g_autofree char *organ_id = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period_text,
      N_("Perioden som följs upp, t.ex. 2025-T2 (krävs)"), N_("PERIOD") },
    { "namnd", 'n', 0, G_OPTION_ARG_STRING, &organ_id,
      N_("Skriv rapporten för nämnden, kommunstyrelsen eller bolaget ID i stället för hela kommunen"),
      N_("ID") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text,
      N_("»html« (standard), »odt« eller »csv«"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Skriv rapporten till UT (med csv: katalogen UT, som skapas om den saknas)"), N_("UT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FIL"));
  g_autoptr(StyrModel) model = NULL;
  g_autoptr(StyrPeriod) period = NULL;
  g_autoptr(StyrReport) report = NULL;
  g_autoptr(GError) error = NULL;
  StyrOrgan *organ = NULL;
  ReportFormat format = REPORT_FORMAT_HTML;
  const char *path;
  gboolean written;

  g_option_context_set_summary (context,
    _("Skriver uppföljningsrapporten för FIL per en period: tertialrapport,\n"
      "delårsrapport (per augusti) eller årsredovisning, för hela kommunen\n"
      "eller med --namnd för en nämnd. Rapporten har en sammanfattning, god\n"
      "ekonomisk hushållning med balanskravet bedömt på helårsprognosen och\n"
      "de finansiella målen, styrmodellen, inriktningsmålen, varje nämnds\n"
      "måluppfyllelse med indikatorernas målvärden och utfall,\n"
      "driftredovisningen per nämnd, investeringarna, de kommunala bolagen\n"
      "och aktiviteterna. Siffrorna är desamma som »styr ekonomi« och\n"
      "»styr status« visar.\n"
      "\n"
      "Format: html är en fristående webbsida (skriv ut den eller öppna den\n"
      "i en webbläsare), odt ett OpenDocument-dokument som öppnas i\n"
      "LibreOffice och Word, och csv en fil per tabell (semikolon,\n"
      "decimalkomma, UTF-8) i katalogen UT.\n"
      "\n"
      "Utan --output skrivs rapporten i den aktuella katalogen som\n"
      "tertialrapport-PERIOD.html (.odt, eller katalogen tertialrapport-PERIOD\n"
      "för csv), med -ID efter perioden när --namnd anges."));
  g_option_context_set_description (context,
    _("Slutstatus: 0 om rapporten skrevs och 2 om en fil inte kunde läsas\n"
      "eller skrivas eller flaggorna var felaktiga."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if ((path = parse_command_line (context, &argc, &argv)) == NULL)
    return EXIT_ERROR;
  if (period_text == NULL)
    {
      print_error (_("ange perioden med --period, t.ex. --period 2025-T2"));
      return EXIT_ERROR;
    }
  if ((period = styr_period_parse (period_text, &error)) == NULL)
    {
      print_error (error->message);
      return EXIT_ERROR;
    }
  if (format_text == NULL || g_str_equal (format_text, "html"))
    format = REPORT_FORMAT_HTML;
  else if (g_str_equal (format_text, "odt"))
    format = REPORT_FORMAT_ODT;
  else if (g_str_equal (format_text, "csv"))
    format = REPORT_FORMAT_CSV;
  else
    {
      g_autofree char *message =
        g_strdup_printf (_("okänt format »%s«: välj »html«, »odt« eller »csv«"), format_text);

      print_error (message);
      return EXIT_ERROR;
    }
  if (output != NULL && output[0] == '\0')
    {
      print_error (_("--output får inte vara tomt"));
      return EXIT_ERROR;
    }
  if ((model = load (path)) == NULL)
    return EXIT_ERROR;
  if (organ_id != NULL && (organ = styr_model_lookup_organ (model, organ_id)) == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("det finns ingen nämnd med id »%s« i %s"), organ_id, path);

      print_error (message);
      return EXIT_ERROR;
    }

  if ((report = styr_report_new (model, period, organ, &error)) == NULL)
    {
      print_error (error->message);
      return EXIT_ERROR;
    }

  if (output == NULL)
    output = report_default_output (period, organ_id, format);

  switch (format)
    {
    case REPORT_FORMAT_HTML:
      written = styr_report_write_html_to_path (report, output, &error);
      break;
    case REPORT_FORMAT_ODT:
      written = styr_report_write_odt_to_path (report, output, &error);
      break;
    case REPORT_FORMAT_CSV:
    default:
      {
        g_autoptr(GFile) dir = g_file_new_for_path (output);

        written = make_report_directory (output, &error) &&
                  styr_report_write_csv (report, dir, &error);
      }
      break;
    }
  if (!written)
    {
      print_error (error->message);
      return EXIT_ERROR;
    }

  if (format == REPORT_FORMAT_CSV)
    {
      guint n = g_list_model_get_n_items (styr_report_get_tables (report));

      /* Translators: "Skrev Delårsrapport januari–augusti 2025 som 12\n       * CSV-filer i tertialrapport-2025-T2" */
      g_print (ngettext ("Skrev %s som %u CSV-fil i %s\n",
                         "Skrev %s som %u CSV-filer i %s\n", n),
               styr_report_get_title (report), n, output);
    }
  else
    {
      /* Translators: "Skrev Delårsrapport januari–augusti 2025 till\n       * tertialrapport-2025-T2.html" */
      g_print (_("Skrev %s till %s\n"), styr_report_get_title (report), output);
    }
  return EXIT_OK;
}

/* styr import-kolada, styr import -------------------------------------- */

/* Parses the options of an import command, which takes a FILE and the
 * file to import. Prints the problem and returns FALSE on bad usage. */
static gboolean
parse_import_command_line (GOptionContext   *context,
                           int              *argc,
                           char           ***argv,
                           const char      **path,
                           const char      **input)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      print_error (error->message);
      return FALSE;
    }

  if (*argc != 3)
    {
      g_autofree char *message =
        *argc < 2 ? g_strdup (_("ingen fil angiven")) :
        *argc < 3 ? g_strdup (_("ingen fil att importera angiven"))
                  : g_strdup_printf (_("för många argument: %s"), (*argv)[3]);

      print_error (message);
      g_printerr (_("Kör »%s --help« för att se hur kommandot används.\n"), g_get_prgname ());
      return FALSE;
    }

  *path = (*argv)[1];
  *input = (*argv)[2];
  return TRUE;
}

/* What an import reads, for the summary it prints. */
typedef enum
{
  IMPORT_MEASURES,
  IMPORT_KOLADA,
  IMPORT_OUTCOMES,
} ImportKind;

typedef StyrImportResult *(*ImportFunc) (StyrModel   *model,
                                         const char  *input,
                                         gpointer     data,
                                         GError     **error);

static GInputStream *
open_input (const char  *input,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (input);

  return (GInputStream *) g_file_read (file, NULL, error);
}

static StyrImportResult *
import_kolada (StyrModel   *model,
               const char  *input,
               gpointer     data,
               GError     **error)
{
  g_autoptr(GInputStream) stream = open_input (input, error);

  if (stream == NULL)
    return NULL;
  return styr_model_import_kolada (model, stream, input, NULL, error);
}

static StyrImportResult *
import_measures (StyrModel   *model,
                 const char  *input,
                 gpointer     data,
                 GError     **error)
{
  StyrImportFormat format = *(StyrImportFormat *) data;
  g_autoptr(GInputStream) stream = open_input (input, error);

  if (stream == NULL)
    return NULL;
  return styr_model_import_measures (model, stream, input, format, NULL, error);
}

static StyrImportResult *
import_sie (StyrModel   *model,
            const char  *input,
            gpointer     data,
            GError     **error)
{
  const StyrPeriod *period = data;

  return styr_model_import_sie_path (model, input, period, error);
}

static StyrImportResult *
import_outcomes (StyrModel   *model,
                 const char  *input,
                 gpointer     data,
                 GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (input);

  return styr_model_import_outcomes (model, file, error);
}

/* Prints what an import of outcomes did besides the rows it wrote: the
 * rows on balance sheet accounts it left out, and what it could not map
 * to a unit or a category. */
static void
print_outcome_summary (StyrImportResult *result)
{
  guint n_balance = styr_import_result_get_n_balance_rows (result);
  gint64 unmapped = styr_import_result_get_unmapped_amount (result);
  GListModel *findings = styr_import_result_get_findings (result);
  guint n_unmapped = 0;

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(StyrFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (styr_finding_get_code (finding), STYR_FINDING_UTFALL_OMAPPAT))
        n_unmapped++;
    }

  if (n_balance > 0)
    g_print (ngettext ("%u rad på ett balanskonto (klass 1–2) är inget utfall och lästes inte in\n",
                       "%u rader på balanskonton (klass 1–2) är inget utfall och lästes inte in\n",
                       n_balance),
             n_balance);
  if (n_unmapped > 0 || unmapped != 0)
    {
      g_autofree char *amount = styr_money_format (unmapped, STYR_MONEY_UNIT_KR, 2);

      /* Translators: "Omappat utfall: 429 754,50 kr i 3 rader, sparat
       * tills objektet eller kontot mappas" */
      g_print (ngettext ("Omappat utfall: %s i %u rad, sparat tills objektet eller kontot mappas\n",
                         "Omappat utfall: %s i %u rader, sparat tills objekten eller kontona mappas\n",
                         n_unmapped),
               amount, n_unmapped);
    }
}

/* Loads PATH, imports INPUT into it, saves to OUTPUT or PATH and reports.
 * All or nothing: after an error, nothing is written. */
static int
run_import (const char *path,
            const char *input,
            const char *output,
            ImportFunc  func,
            gpointer    data,
            ImportKind  kind)
{
  g_autoptr(StyrModel) model = NULL;
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *values = NULL;
  g_autofree char *replaced = NULL;
  GListModel *findings;
  guint n_values, n_replaced, n_comparisons, n;

  if ((model = load (path)) == NULL)
    return EXIT_ERROR;

  result = func (model, input, data, &error);
  if (result == NULL)
    {
      print_error (error->message);
      return EXIT_ERROR;
    }

  /* Saved first, so that what is reported is what is in the file. */
  if (!styr_model_save_to_path (model, output != NULL ? output : path,
                                STYR_SAVE_FLAGS_NONE, &error))
    {
      print_error (error->message);
      return EXIT_ERROR;
    }

  n_values = styr_import_result_get_n_values (result);
  n_replaced = styr_import_result_get_n_replaced (result);
  n_comparisons = styr_import_result_get_n_comparison_values (result);
  replaced = g_strdup_printf (ngettext ("%u ersatt", "%u ersatta", n_replaced), n_replaced);
  switch (kind)
    {
    case IMPORT_KOLADA:
      {
        g_autofree char *comparisons =
          g_strdup_printf (ngettext ("%u jämförelsevärde", "%u jämförelsevärden", n_comparisons),
                           n_comparisons);

        values = g_strdup_printf (ngettext ("%u värde", "%u värden", n_values), n_values);
        /* The replaced are counted over both kinds of value, so they
         * follow both. Translators: "Importerade 12 värden och 27
         * jämförelsevärden (3 ersatta) från kolada.json" */
        g_print (_("Importerade %s och %s (%s) från %s\n"), values, comparisons, replaced, input);
      }
      break;

    case IMPORT_OUTCOMES:
      values = g_strdup_printf (ngettext ("%u utfallsrad", "%u utfallsrader", n_values), n_values);
      /* Translators: "Importerade 376 utfallsrader (0 ersatta) från
       * strandvik-2025-08.se" */
      g_print (_("Importerade %s (%s) från %s\n"), values, replaced, input);
      print_outcome_summary (result);
      break;

    case IMPORT_MEASURES:
    default:
      values = g_strdup_printf (ngettext ("%u värde", "%u värden", n_values), n_values);
      /* Translators: "Importerade 12 värden (3 ersatta) från matt.csv" */
      g_print (_("Importerade %s (%s) från %s\n"), values, replaced, input);
      break;
    }

  findings = styr_import_result_get_findings (result);
  n = g_list_model_get_n_items (findings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrFinding) finding = g_list_model_get_item (findings, i);

      g_print ("%s: %s: %s: %s\n",
               input,
               styr_severity_to_string (styr_finding_get_severity (finding)),
               styr_finding_get_code (finding),
               styr_finding_get_message (finding));
    }

  return n > 0 ? EXIT_FINDINGS : EXIT_OK;
}

static int
cmd_import_kolada (int    argc,
                   char **argv)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Spara modellen med värdena i UT och lämna FIL orörd"), N_("UT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FIL KOLADA.json"));
  const char *path;
  const char *input;

  g_option_context_set_summary (context,
    _("Läser in värdena i KOLADA.json, ett svar från Koladas API, i\n"
      "indikatorerna i FIL som följer nyckeltalen (kalla=\"kolada\" och\n"
      "kalla-id=\"N00002\" och så vidare). Kommunens egna värden blir utfall,\n"
      "andra kommuners blir jämförelsevärden. Ett värde som redan fanns ersätts.\n"
      "Det som hoppades över skrivs på en rad var:\n"
      "\n"
      "  KOLADA.json: varning: kod: meddelande\n"
      "\n"
      "Sedan ersätts FIL atomärt. FIL måste ange kommunkod. Är KOLADA.json\n"
      "trasig ändras ingenting."));
  g_option_context_set_description (context,
    _("Slutstatus: 0 om allt lästes in, 1 om något hoppades över (modellen\n"
      "sparas ändå) och 2 om en fil inte kunde läsas eller skrivas; då sparas\n"
      "ingenting."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!parse_import_command_line (context, &argc, &argv, &path, &input))
    return EXIT_ERROR;

  return run_import (path, input, output, import_kolada, NULL, IMPORT_KOLADA);
}

static int
cmd_import (int    argc,
            char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *format_text = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text,
      N_("Filens format: »tab« eller »csv« (krävs)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Spara modellen med värdena i UT och lämna FIL orörd"), N_("UT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FIL MÄTVÄRDEN"));
  StyrImportFormat format;
  const char *path;
  const char *input;

  g_option_context_set_summary (context,
    _("Läser in mätvärdena i MÄTVÄRDEN i indikatorerna i FIL och ersätter FIL\n"
      "atomärt. Ett värde som redan fanns ersätts. Två format finns:\n"
      "\n"
      "  tab  fyra fält åtskilda av tabb: enhet, period, indikator, värde,\n"
      "       med eller utan rubrikrad\n"
      "  csv  semikolonseparerat med rubrikraden\n"
      "       indikator;period;värde[;kvinnor;män][;kommentar],\n"
      "       i UTF-8 eller Windows-1252\n"
      "\n"
      "Indikatorer och enheter anges med sina id. Är någon rad felaktig eller\n"
      "okänd ändras ingenting."));
  g_option_context_set_description (context,
    _("Slutstatus: 0 om värdena lästes in och sparades och 2 om en rad var\n"
      "felaktig eller en fil inte kunde läsas eller skrivas; då sparas\n"
      "ingenting."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!parse_import_command_line (context, &argc, &argv, &path, &input))
    return EXIT_ERROR;

  if (format_text == NULL)
    {
      print_error (_("ange formatet med --format tab eller --format csv"));
      return EXIT_ERROR;
    }
  if (g_ascii_strcasecmp (format_text, "tab") == 0)
    format = STYR_IMPORT_FORMAT_TAB;
  else if (g_ascii_strcasecmp (format_text, "csv") == 0)
    format = STYR_IMPORT_FORMAT_CSV;
  else
    {
      g_autofree char *message =
        g_strdup_printf (_("okänt format »%s«: välj »tab« eller »csv«"), format_text);

      print_error (message);
      return EXIT_ERROR;
    }

  return run_import (path, input, output, import_measures, &format, IMPORT_MEASURES);
}

static int
cmd_import_sie (int    argc,
                char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *period_text = NULL;
  const GOptionEntry entries[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period_text,
      N_("Läs bara in PERIOD, t.ex. 2025-08 (i stället för alla månader i filens räkenskapsår)"),
      N_("PERIOD") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Spara modellen med utfallet i UT och lämna FIL orörd"), N_("UT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FIL SIE-FIL"));
  g_autoptr(StyrPeriod) period = NULL;
  g_autoptr(GError) error = NULL;
  const char *path;
  const char *input;

  g_option_context_set_summary (context,
    _("Läser in utfallet i SIE-FIL, en export från ekonomisystemet (SIE typ 3\n"
      "eller 4), i FIL och ersätter FIL atomärt. Periodsaldona per objekt\n"
      "(#PSALDO) används, eller verifikationerna (#TRANS) när filen saknar\n"
      "dem. Objekten mappas till enheter och kontona till kostnadsslag enligt\n"
      "FIL; klass 8 blir resultatposter (skatteintäkter, generella\n"
      "statsbidrag, finansnetto). En månad som läses in ersätter allt\n"
      "utfall som fanns för den månaden; månader som filen saknar data för\n"
      "lämnas orörda. Rader på balanskonton räknas men\n"
      "läses inte in. Utfall på objekt eller konton som inte är mappade\n"
      "sparas som omappat och skrivs på en rad var:\n"
      "\n"
      "  SIE-FIL: varning: utfall-omappat: meddelande\n"
      "\n"
      "Är SIE-FIL trasig ändras ingenting."));
  g_option_context_set_description (context,
    _("Slutstatus: 0 om allt utfall kunde mappas, 1 om något är omappat\n"
      "(modellen sparas ändå) och 2 om en fil inte kunde läsas eller\n"
      "skrivas; då sparas ingenting."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!parse_import_command_line (context, &argc, &argv, &path, &input))
    return EXIT_ERROR;

  if (period_text != NULL && (period = styr_period_parse (period_text, &error)) == NULL)
    {
      print_error (error->message);
      return EXIT_ERROR;
    }

  return run_import (path, input, output, import_sie, period, IMPORT_OUTCOMES);
}

static int
cmd_import_utfall (int    argc,
                   char **argv)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Spara modellen med utfallet i UT och lämna FIL orörd"), N_("UT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FIL UTFALL.csv"));
  const char *path;
  const char *input;

  g_option_context_set_summary (context,
    _("Läser in utfallet i UTFALL.csv i FIL och ersätter FIL atomärt. Filen är\n"
      "semikolonseparerad med rubrikraden\n"
      "\n"
      "  enhet;period;konto;belopp\n"
      "\n"
      "(eller kostnadsslag i stället för konto), en månad per rad som 2025-05,\n"
      "enheten som id eller som mappat objekt och beloppet som 1 234,50, i\n"
      "UTF-8 eller Windows-1252. Varje månad i filen ersätter allt utfall som\n"
      "fanns för den månaden. Är någon rad felaktig ändras ingenting."));
  g_option_context_set_description (context,
    _("Slutstatus: 0 om utfallet lästes in och sparades, 1 om något är\n"
      "omappat (modellen sparas ändå) och 2 om en rad var felaktig eller en\n"
      "fil inte kunde läsas eller skrivas; då sparas ingenting."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!parse_import_command_line (context, &argc, &argv, &path, &input))
    return EXIT_ERROR;

  return run_import (path, input, output, import_outcomes, NULL, IMPORT_OUTCOMES);
}

/* styr ------------------------------------------------------------------- */

static char *
commands_summary (void)
{
  GString *s = g_string_new (_("Kontrollera, formatera och sammanfatta styrmodeller i .styr-filer."));

  g_string_append_printf (s, "\n\n%s\n", _("Kommandon:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (s, "  %-14s %s\n", commands[i].name, _(commands[i].summary));
  /* No final newline: GOptionContext adds one. */
  g_string_truncate (s, s->len - 1);

  return g_string_free (s, FALSE);
}

int
main (int    argc,
      char **argv)
{
  gboolean version = FALSE;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Visa versionen och avsluta"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("styr");

  /* styr COMMAND [OPTION…] FILE */
  if (argc >= 2 && argv[1][0] != '-')
    {
      for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
        {
          if (g_str_equal (argv[1], commands[i].name))
            {
              g_autofree char *prgname = g_strdup_printf ("styr %s", commands[i].name);

              g_set_prgname (prgname);
              return commands[i].func (argc - 1, argv + 1);
            }
        }

      {
        g_autofree char *message = g_strdup_printf (_("okänt kommando »%s«"), argv[1]);

        print_error (message);
        g_printerr (_("Kör »styr --help« för att se kommandona.\n"));
        return EXIT_ERROR;
      }
    }

  context = g_option_context_new (_("KOMMANDO [FLAGGOR …] FIL"));
  summary = commands_summary ();
  g_option_context_set_summary (context, summary);
  g_option_context_set_description (context,
    _("Kör »styr KOMMANDO --help« för att se flaggorna för ett kommando."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      print_error (error->message);
      return EXIT_ERROR;
    }

  if (version)
    {
      g_print ("styr %s\n", STYR_VERSION_S);
      return EXIT_OK;
    }

  {
    g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

    print_error (_("inget kommando angivet"));
    g_printerr ("\n%s", help);
  }
  return EXIT_ERROR;
}
