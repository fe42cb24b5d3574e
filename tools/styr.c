/* styr.c — the styr command: check, canonicalise and summarise .styr files.
 *
 * Built only on the public API of libstyr: it is the library's first
 * customer.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <libstyr/styr.h>

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

typedef StyrImportResult *(*ImportFunc) (StyrModel     *model,
                                         GInputStream  *stream,
                                         const char    *name,
                                         gpointer       data,
                                         GError       **error);

static StyrImportResult *
import_kolada (StyrModel     *model,
               GInputStream  *stream,
               const char    *name,
               gpointer       data,
               GError       **error)
{
  return styr_model_import_kolada (model, stream, name, NULL, error);
}

static StyrImportResult *
import_measures (StyrModel     *model,
                 GInputStream  *stream,
                 const char    *name,
                 gpointer       data,
                 GError       **error)
{
  StyrImportFormat format = *(StyrImportFormat *) data;

  return styr_model_import_measures (model, stream, name, format, NULL, error);
}

/* Loads PATH, imports INPUT into it, saves to OUTPUT or PATH and reports.
 * All or nothing: after an error, nothing is written. */
static int
run_import (const char *path,
            const char *input,
            const char *output,
            ImportFunc  func,
            gpointer    data,
            gboolean    with_comparisons)
{
  g_autoptr(StyrModel) model = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(StyrImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *values = NULL;
  g_autofree char *replaced = NULL;
  GListModel *findings;
  guint n_values, n_replaced, n_comparisons, n;

  if ((model = load (path)) == NULL)
    return EXIT_ERROR;

  file = g_file_new_for_path (input);
  stream = g_file_read (file, NULL, &error);
  if (stream == NULL)
    {
      print_error (error->message);
      return EXIT_ERROR;
    }
  result = func (model, G_INPUT_STREAM (stream), input, data, &error);
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
  values = g_strdup_printf (ngettext ("%u värde", "%u värden", n_values), n_values);
  replaced = g_strdup_printf (ngettext ("%u ersatt", "%u ersatta", n_replaced), n_replaced);
  if (with_comparisons)
    {
      g_autofree char *comparisons =
        g_strdup_printf (ngettext ("%u jämförelsevärde", "%u jämförelsevärden", n_comparisons),
                         n_comparisons);

      /* The replaced are counted over both kinds of value, so they
       * follow both. Translators: "Importerade 12 värden och 27
       * jämförelsevärden (3 ersatta) från kolada.json" */
      g_print (_("Importerade %s och %s (%s) från %s\n"), values, comparisons, replaced, input);
    }
  else
    {
      /* Translators: "Importerade 12 värden (3 ersatta) från matt.csv" */
      g_print (_("Importerade %s (%s) från %s\n"), values, replaced, input);
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

  return run_import (path, input, output, import_kolada, NULL, TRUE);
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

  return run_import (path, input, output, import_measures, &format, FALSE);
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
