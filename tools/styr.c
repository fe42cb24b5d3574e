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

static const struct {
  const char  *name;
  CommandFunc  func;
  const char  *summary;
} commands[] = {
  { "validate", cmd_validate, N_("Kontrollera att målkedjan hänger ihop och lista bristerna") },
  { "fmt",      cmd_fmt,      N_("Skriv om en fil i kanonisk form") },
  { "info",     cmd_info,     N_("Visa hur många mål modellen har per nivå, perspektiv och ägare") },
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

/* styr ------------------------------------------------------------------- */

static char *
commands_summary (void)
{
  GString *s = g_string_new (_("Kontrollera, formatera och sammanfatta styrmodeller i .styr-filer."));

  g_string_append_printf (s, "\n\n%s\n", _("Kommandon:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (s, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
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
