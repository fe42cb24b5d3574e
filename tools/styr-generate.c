/* styr-generate.c — styr generate: a synthetic municipality of a given
 * size, for tests and benchmarks (issue 7).
 *
 * The model is built only through the public API, as an application
 * would build it, and saved with styr_model_save_to_path (). Everything
 * random comes from one GRand seeded with --seed and is drawn in a fixed
 * order, so the same profile and seed give the same file, byte for byte.
 *
 * What a profile holds (large, a big city; national is ten times large in
 * objects, with comparison values from 290 municipalities):
 *
 *   - the municipality, a vision and values, the Jönköping scale, four
 *     perspectives, a tertial calendar for every year;
 *   - kommunfullmäktige, kommunstyrelsen and the nämnder (kommunstyrelsen
 *     counts as one of the nämnder: it carries a frame), each nämnd with
 *     its förvaltning; verksamheter under the förvaltningar, enheter under
 *     the verksamheter;
 *   - inriktningsmål owned by kommunfullmäktige, nämndmål owned by the
 *     nämnder and contributing to inriktningsmål, verksamhetsmål owned by
 *     the verksamheter and contributing to their nämnd's nämndmål,
 *     enhetsmål owned by the enheter and contributing to their
 *     verksamhet's verksamhetsmål; every goal in a perspective;
 *   - indicators on the goals, monthly, tertial or yearly, with a target
 *     per year and a measurement per period over all the years; the
 *     Kolada ones with comparison values;
 *   - activities of the enheter serving the enhetsmål;
 *   - the economy: an account map, an ansvar per enhet, budget lines per
 *     enhet × year × cost category, frames equal to their sum, monthly
 *     outcomes per enhet × category, forecasts per nämnd at every economy
 *     occasion, and the result items' budget, monthly outcome and
 *     forecasts.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <libstyr/styr.h>

#include "styr-generate.h"

enum {
  GENERATE_OK = 0,
  GENERATE_ERROR = 2,
};

typedef struct
{
  const char *name;
  const char *municipality;
  guint n_boards;            /* nämnder with a frame, kommunstyrelsen included */
  guint n_operations;        /* verksamheter */
  guint n_units;             /* enheter */
  guint n_council_goals;
  guint n_board_goals;
  guint n_operational_goals;
  guint n_unit_goals;
  guint n_indicators;
  guint n_monthly;           /* of the indicators, measured every month */
  guint n_tertial;           /* … every tertial; the rest every year */
  guint n_activities;
  guint n_years;
  guint n_categories;        /* cost categories per enhet, at most 10 */
  guint n_compared;          /* yearly Kolada indicators with comparison values */
  guint n_municipalities;    /* comparison municipalities */
} Profile;

/* The counts are what the profile promises: tests/tools/test_styr_generate.py
 * checks small against them, and bench/ relies on large and national.
 *
 * large: 1 500 units (30 förvaltningar, 270 verksamheter, 1 200 enheter);
 * 6 000 verksamhets- and enhetsmål; measurements 16 000 × 60 + 2 000 × 15
 * + 2 000 × 5 = 1 000 000; outcome rows 1 200 × 60 × 10 = 720 000.
 * national is ten times large in everything, comparison values included:
 * large compares 1 000 yearly Kolada indicators with 29 municipalities
 * (a comparison group of big cities) over five years, 145 000 values,
 * national the same indicators with all 290, 1 450 000 values, so that
 * time per object can be compared between the two. */
static const Profile profiles[] = {
  { "small", "Småviks kommun",
    4, 8, 28,
    6, 16, 16, 48,
    150, 60, 30,
    300,
    5, 4,
    20, 5 },
  { "large", "Storstads kommun",
    30, 270, 1200,
    40, 1200, 1200, 4800,
    20000, 16000, 2000,
    100000,
    5, 10,
    1000, 29 },
  { "national", "Rikets kommuner",
    300, 2700, 12000,
    400, 12000, 12000, 48000,
    200000, 160000, 20000,
    1000000,
    5, 10,
    1000, 290 },
};

#define LAST_YEAR 2025
#define KOMMUNKOD "1299"
#define MAX_CATEGORIES 10

typedef struct
{
  const char *category;
  const char *name;
  gint64      kronor;        /* a typical enhet's annual amount, accounting sign */
  gboolean    personnel;     /* periodised with the summer key */
} Category;

static const Category categories[MAX_CATEGORIES] = {
  { "3000-3499", "Taxor och avgifter",            -2000000, FALSE },
  { "3500-3999", "Bidrag",                        -1500000, FALSE },
  { "4000-4499", "Köp av verksamhet",              3000000, FALSE },
  { "4500-4999", "Material och varor",              800000, FALSE },
  { "5000-5399", "Löner",                         12000000, TRUE },
  { "5400-5999", "Personalomkostnader",            4500000, TRUE },
  { "6000-6499", "Lokalkostnader",                 2500000, FALSE },
  { "6500-6999", "Övriga verksamhetskostnader",     900000, FALSE },
  { "7000-7499", "Tjänster",                        600000, FALSE },
  { "7500-7999", "Avskrivningar och övrigt",        400000, FALSE },
};

/* Less in July and August, more in December: holiday pay and the
 * year-end. Basis points, summing to 10 000. */
static const int summer_weights[STYR_N_MONTHS] = {
  870, 870, 870, 870, 870, 870, 480, 700, 870, 870, 870, 990,
};

static const char *const board_names[] = {
  "Barn- och utbildningsnämnden", "Socialnämnden", "Äldrenämnden",
  "Kultur- och fritidsnämnden", "Miljö- och hälsoskyddsnämnden",
  "Byggnadsnämnden", "Tekniska nämnden", "Stadsbyggnadsnämnden",
  "Gymnasienämnden", "Vuxenutbildningsnämnden", "Arbetsmarknadsnämnden",
  "Funktionsstödsnämnden", "Servicenämnden", "Idrottsnämnden",
  "Trafiknämnden", "Fastighetsnämnden", "Överförmyndarnämnden",
  "Valnämnden", "Räddningsnämnden", "Krisledningsnämnden",
  "Stadsdelsnämnden Norr", "Stadsdelsnämnden Söder",
  "Stadsdelsnämnden Öster", "Stadsdelsnämnden Väster",
  "Stadsdelsnämnden Centrum", "Naturvårdsnämnden", "Kyrkogårdsnämnden",
  "Förskolenämnden", "Grundskolenämnden", "Hamnnämnden",
};

static const char *const operation_kinds[] = {
  "Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning", "Hemtjänst",
  "Särskilt boende", "Individ- och familjeomsorg", "Funktionsstöd",
  "Kultur", "Fritid", "Bibliotek", "Gata och park", "Vatten och avlopp",
  "Bygglov", "Miljötillsyn", "Kundtjänst", "Lokalförsörjning", "Måltider",
};

static const char *const places[] = {
  "Björken", "Eken", "Linden", "Aspen", "Rönnen", "Granen", "Tallen",
  "Almen", "Lönnen", "Hasseln", "Norr", "Söder", "Öster", "Väster",
  "Centrum", "Hamnen", "Backen", "Dalen", "Ängen", "Sjöstaden",
  "Kvarnen", "Bruket", "Torget", "Stranden", "Hagen",
};

static const char *const first_names[] = {
  "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Per",
  "Eva", "Mikael", "Lena", "Anders", "Emma", "Fredrik", "Sofia", "Jonas",
  "Amra", "Omar", "Yasmin", "Mats", "Ingela", "Patrik", "Therese", "Jakob",
};

static const char *const last_names[] = {
  "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
  "Olsson", "Persson", "Svensson", "Gustafsson", "Lindberg", "Ekdahl",
  "Haddad", "Begić", "Lindblad", "Söderberg", "Karimi", "Mårtensson",
};

static const char *const subjects[] = {
  "Fler barn och unga", "Invånarna", "Äldre", "Medarbetarna", "Företagen",
  "Eleverna", "Brukarna", "Besökarna", "Föräldrarna", "Unga vuxna",
  "Nyanlända", "Personer med funktionsnedsättning",
};

static const char *const predicates[] = {
  "känner sig trygga", "är nöjda med bemötandet", "når kunskapsmålen",
  "får hjälp i rätt tid", "har inflytande över sin vardag",
  "har en hållbar arbetsmiljö", "möter en effektiv förvaltning",
  "får svar inom en arbetsdag", "går vidare till arbete eller studier",
  "upplever god service", "är delaktiga i verksamhetens utveckling",
  "har tillgång till ett rikt kulturliv",
};

static const char *const measured[] = {
  "Andel nöjda brukare", "Andel elever med godkända betyg",
  "Sjukfrånvaro", "Handläggningstid", "Andel ärenden lösta direkt",
  "Kostnad per brukare", "Antal besök", "Nöjd Medborgar-Index",
  "Andel medarbetare som rekommenderar sin arbetsplats", "Väntetid",
  "Andel svar inom en arbetsdag", "Energiförbrukning per kvadratmeter",
};

static const char *const measure_units[] = {
  "%", "%", "%", "dagar", "%", "kr", "antal", "index", "%", "dagar", "%", "kWh",
};

/* Whether more is better, for each of measured[]. */
static const gboolean measured_higher[] = {
  TRUE, TRUE, FALSE, FALSE, TRUE, FALSE, TRUE, TRUE, TRUE, FALSE, TRUE, FALSE,
};

G_STATIC_ASSERT (G_N_ELEMENTS (measured) == G_N_ELEMENTS (measure_units));
G_STATIC_ASSERT (G_N_ELEMENTS (measured) == G_N_ELEMENTS (measured_higher));

static const char *const activity_verbs[] = {
  "Införa", "Utveckla", "Kartlägga", "Utbilda personalen i", "Följa upp",
  "Samverka kring", "Digitalisera", "Se över",
};

static const char *const activity_objects[] = {
  "rutinerna för bemötande", "introduktionen av nya medarbetare",
  "e-tjänsterna", "schemaläggningen", "brukarnas delaktighet",
  "det systematiska kvalitetsarbetet", "lokalanvändningen",
  "samarbetet med civilsamhället", "måltidsverksamheten",
  "arbetsmiljöarbetet",
};

static const struct {
  const char *id;
  const char *name;
  const char *colour;
} perspectives[] = {
  { "medborgare", "Medborgare och brukare", "#2a6ebb" },
  { "samhalle", "Samhällsutveckling", "#e07b00" },
  { "medarbetare", "Medarbetare", "#7b4fa0" },
  { "ekonomi", "Ekonomi", "#2e8540" },
};

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, (gint32) G_N_ELEMENTS (array))])

typedef struct
{
  const Profile *profile;
  GRand         *rand;
  StyrModel     *model;
  int            first_year;

  /* Borrowed: the model owns them. */
  GPtrArray *perspectives;
  GPtrArray *boards;             /* [0] is kommunstyrelsen */
  GPtrArray *administrations;    /* one per board, same index */
  GPtrArray *operations;
  GPtrArray *units;
  GPtrArray *council_goals;
  GPtrArray *board_goals;
  GPtrArray *operational_goals;
  GPtrArray *unit_goals;
  GPtrArray *goals;              /* all of them, for the indicators */
  GPtrArray *indicators;

  /* The periods, made once. */
  GPtrArray *months;             /* n_years × 12 */
  GPtrArray *tertials;           /* n_years × 3 */
  GPtrArray *years;              /* n_years */

  /* frames[board * n_years + year], öre: the sum of the budget lines. */
  gint64 *frames;
} Generator;

static void
generator_clear (Generator *g)
{
  g_clear_pointer (&g->rand, g_rand_free);
  g_clear_object (&g->model);
  g_clear_pointer (&g->perspectives, g_ptr_array_unref);
  g_clear_pointer (&g->boards, g_ptr_array_unref);
  g_clear_pointer (&g->administrations, g_ptr_array_unref);
  g_clear_pointer (&g->operations, g_ptr_array_unref);
  g_clear_pointer (&g->units, g_ptr_array_unref);
  g_clear_pointer (&g->council_goals, g_ptr_array_unref);
  g_clear_pointer (&g->board_goals, g_ptr_array_unref);
  g_clear_pointer (&g->operational_goals, g_ptr_array_unref);
  g_clear_pointer (&g->unit_goals, g_ptr_array_unref);
  g_clear_pointer (&g->goals, g_ptr_array_unref);
  g_clear_pointer (&g->indicators, g_ptr_array_unref);
  g_clear_pointer (&g->months, g_ptr_array_unref);
  g_clear_pointer (&g->tertials, g_ptr_array_unref);
  g_clear_pointer (&g->years, g_ptr_array_unref);
  g_clear_pointer (&g->frames, g_free);
}

/* Which of @n_groups groups item @i of @n_items belongs to when the items
 * are spread evenly in contiguous blocks; and the block of a group. */
static guint
block_of (guint i,
          guint n_items,
          guint n_groups)
{
  return (guint) (((guint64) i * n_groups) / n_items);
}

static void
block_range (guint  group,
             guint  n_items,
             guint  n_groups,
             guint *first,
             guint *end)
{
  /* The smallest i with block_of (i) == group. */
  *first = (guint) (((guint64) group * n_items + n_groups - 1) / n_groups);
  *end = (guint) (((guint64) (group + 1) * n_items + n_groups - 1) / n_groups);
}

/* A roughly normal number, mean 0 and standard deviation 1: the sum of
 * four uniforms (Irwin–Hall), centred and scaled. Only additions and
 * multiplications, no log or cos, whose last bit may differ between C
 * libraries: the file depends on GRand (a Mersenne Twister) and IEEE
 * arithmetic alone, so a seed gives the same bytes everywhere. */
static double
gaussian (GRand *rand)
{
  double sum = 0.0;

  for (int i = 0; i < 4; i++)
    sum += g_rand_double (rand);

  return (sum - 2.0) * 1.7320508075688772;  /* √3: the sum's variance is 1/3 */
}

static double
round_to (double value,
          double step)
{
  return round (value / step) * step;
}

static char *
person (GRand *rand)
{
  const char *first = PICK (rand, first_names);
  const char *last = PICK (rand, last_names);

  return g_strdup_printf ("%s %s", first, last);
}

static GDate *
new_date (int year,
          int month,
          int day)
{
  return g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static gboolean
add_entity (Generator   *g,
            gpointer     entity,
            GPtrArray   *into,
            GError     **error)
{
  g_autoptr(StyrEntity) owned = entity;

  if (!styr_model_add (g->model, owned, error))
    return FALSE;
  if (into != NULL)
    g_ptr_array_add (into, owned);
  return TRUE;
}

/* The municipality, its scale, calendar and perspectives ----------------- */

static gboolean
generate_frame (Generator  *g,
                GError    **error)
{
  const char *const values[] = { "Öppenhet", "Omtanke", "Handlingskraft", NULL };
  g_autoptr(StyrCalendar) calendar = NULL;
  g_autoptr(StyrScale) scale = NULL;

  styr_model_set_name (g->model, g->profile->municipality);
  styr_model_set_kommunkod (g->model, KOMMUNKOD);
  styr_model_set_vision (g->model, "Den hållbara kommunen där alla kan växa");
  styr_model_set_values (g->model, values);

  scale = styr_scale_new_preset (STYR_SCALE_PRESET_JONKOPING);
  styr_model_set_scale (g->model, scale);

  calendar = styr_calendar_new_preset (STYR_CALENDAR_PRESET_TERTIAL, g->first_year);
  for (int year = g->first_year + 1; year <= LAST_YEAR; year++)
    if (!styr_calendar_add_preset_year (calendar, STYR_CALENDAR_PRESET_TERTIAL, year, error))
      return FALSE;
  styr_model_set_calendar (g->model, calendar);

  for (guint i = 0; i < G_N_ELEMENTS (perspectives); i++)
    {
      StyrPerspective *perspective = styr_perspective_new (perspectives[i].id,
                                                           perspectives[i].name);

      styr_perspective_set_colour (perspective, perspectives[i].colour);
      if (!add_entity (g, perspective, g->perspectives, error))
        return FALSE;
    }

  for (guint y = 0; y < g->profile->n_years; y++)
    {
      int year = g->first_year + (int) y;

      g_ptr_array_add (g->years, styr_period_new_year (year));
      for (int t = 1; t <= 3; t++)
        g_ptr_array_add (g->tertials, styr_period_new_tertial (year, t));
      for (int m = 1; m <= 12; m++)
        g_ptr_array_add (g->months, styr_period_new_month (year, m));
    }

  return TRUE;
}

/* Organs and units -------------------------------------------------------- */

static gboolean
generate_organisation (Generator  *g,
                       GError    **error)
{
  const Profile *p = g->profile;

  if (!add_entity (g, styr_organ_new ("kf", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige"),
                   NULL, error))
    return FALSE;

  for (guint b = 0; b < p->n_boards; b++)
    {
      g_autofree char *organ_id = NULL;
      g_autofree char *organ_name = NULL;
      g_autofree char *unit_id = g_strdup_printf ("forv-%03u", b);
      g_autofree char *unit_name = NULL;
      g_autofree char *head = person (g->rand);
      StyrOrgan *organ;
      StyrUnit *administration;

      if (b == 0)
        {
          organ_id = g_strdup ("ks");
          organ_name = g_strdup ("Kommunstyrelsen");
          unit_name = g_strdup ("Stadsledningsförvaltningen");
          organ = styr_organ_new (organ_id, STYR_ORGAN_KIND_EXECUTIVE_BOARD, organ_name);
        }
      else
        {
          guint n = G_N_ELEMENTS (board_names);
          const char *base = board_names[(b - 1) % n];

          organ_id = g_strdup_printf ("namnd-%03u", b);
          organ_name = b - 1 < n ? g_strdup (base)
                                 : g_strdup_printf ("%s %u", base, (b - 1) / n + 1);
          unit_name = g_strdup_printf ("Förvaltningen för %s", organ_name);
          organ = styr_organ_new (organ_id, STYR_ORGAN_KIND_BOARD, organ_name);
        }

      administration = styr_unit_new (unit_id, STYR_UNIT_KIND_ADMINISTRATION, unit_name);
      styr_unit_set_head (administration, head);
      if (!add_entity (g, organ, g->boards, error) ||
          !add_entity (g, administration, g->administrations, error) ||
          !styr_organ_set_sector (organ, administration, error))
        return FALSE;
    }

  for (guint o = 0; o < p->n_operations; o++)
    {
      g_autofree char *id = g_strdup_printf ("vh-%05u", o);
      g_autofree char *name = NULL;
      g_autofree char *head = person (g->rand);
      const char *kind = PICK (g->rand, operation_kinds);
      const char *place = PICK (g->rand, places);
      StyrUnit *parent = g_ptr_array_index (g->administrations,
                                            block_of (o, p->n_operations, p->n_boards));
      StyrUnit *unit;

      name = g_strdup_printf ("%s %s", kind, place);
      unit = styr_unit_new (id, STYR_UNIT_KIND_OPERATION, name);
      styr_unit_set_head (unit, head);
      if (!add_entity (g, unit, g->operations, error) ||
          !styr_unit_set_parent (unit, parent, error))
        return FALSE;
    }

  for (guint u = 0; u < p->n_units; u++)
    {
      g_autofree char *id = g_strdup_printf ("enh-%05u", u);
      g_autofree char *name = NULL;
      g_autofree char *head = person (g->rand);
      g_autofree char *object = g_strdup_printf ("%u", 10000 + u);
      StyrUnit *parent = g_ptr_array_index (g->operations,
                                            block_of (u, p->n_units, p->n_operations));
      StyrUnit *unit;

      name = g_strdup_printf ("%s, enhet %s %u", styr_unit_get_name (parent),
                              PICK (g->rand, places), u % 10 + 1);
      unit = styr_unit_new (id, STYR_UNIT_KIND_UNIT, name);
      styr_unit_set_head (unit, head);
      if (!add_entity (g, unit, g->units, error) ||
          !styr_unit_set_parent (unit, parent, error) ||
          !styr_model_map_object (g->model, "1", object, unit, error))
        return FALSE;
    }

  return TRUE;
}

/* Goals ------------------------------------------------------------------- */

static StyrGoal *
new_goal (Generator     *g,
          const char    *prefix,
          guint          index,
          StyrGoalLevel  level)
{
  g_autofree char *id = g_strdup_printf ("%s-%05u", prefix, index);
  g_autofree char *title = g_strdup_printf ("%s %s",
                                            PICK (g->rand, subjects),
                                            PICK (g->rand, predicates));

  return styr_goal_new (id, level, title);
}

/* Adds @goal, owned by @owner, in @perspective, contributing to @parent
 * (nullable). */
static gboolean
place_goal (Generator        *g,
            StyrGoal         *goal,
            GPtrArray        *level,
            StyrEntity       *owner,
            StyrPerspective  *perspective,
            StyrGoal         *parent,
            GError          **error)
{
  if (!add_entity (g, goal, level, error))
    return FALSE;
  g_ptr_array_add (g->goals, goal);

  return styr_goal_set_owner (goal, owner, error) &&
         styr_goal_set_perspective (goal, perspective, error) &&
         (parent == NULL || styr_goal_add_parent (goal, parent, error));
}

static gboolean
generate_goals (Generator  *g,
                GError    **error)
{
  const Profile *p = g->profile;
  StyrEntity *council = STYR_ENTITY (styr_model_lookup_organ (g->model, "kf"));

  for (guint i = 0; i < p->n_council_goals; i++)
    {
      StyrGoal *goal = new_goal (g, "im", i, STYR_GOAL_LEVEL_COUNCIL);
      StyrPerspective *perspective = g_ptr_array_index (g->perspectives,
                                                        i % g->perspectives->len);

      if (!place_goal (g, goal, g->council_goals, council, perspective, NULL, error))
        return FALSE;
    }

  /* A nämnd's goals break down inriktningsmål: the first ones one each,
   * so that every inriktningsmål has a nämndmål under it, the rest chosen
   * at random; one in five contributes to a second one as well. */
  for (guint i = 0; i < p->n_board_goals; i++)
    {
      StyrGoal *goal = new_goal (g, "nm", i, STYR_GOAL_LEVEL_BOARD);
      StyrOrgan *board = g_ptr_array_index (g->boards, block_of (i, p->n_board_goals, p->n_boards));
      guint first = i < p->n_council_goals
                    ? i
                    : (guint) g_rand_int_range (g->rand, 0, (gint32) p->n_council_goals);
      StyrGoal *parent = g_ptr_array_index (g->council_goals, first);

      if (!place_goal (g, goal, g->board_goals, STYR_ENTITY (board),
                       styr_goal_get_perspective (parent), parent, error))
        return FALSE;

      if (p->n_council_goals > 1 && g_rand_int_range (g->rand, 0, 5) == 0)
        {
          guint second = (first + 1 + (guint) g_rand_int_range (g->rand, 0, (gint32) p->n_council_goals - 1))
                         % p->n_council_goals;

          if (!styr_goal_add_parent (goal, g_ptr_array_index (g->council_goals, second), error))
            return FALSE;
        }
    }

  /* A verksamhet's goals contribute to its nämnd's goals. */
  for (guint i = 0; i < p->n_operational_goals; i++)
    {
      StyrGoal *goal = new_goal (g, "vm", i, STYR_GOAL_LEVEL_OPERATIONAL);
      guint o = block_of (i, p->n_operational_goals, p->n_operations);
      guint b = block_of (o, p->n_operations, p->n_boards);
      guint first, end;
      StyrGoal *parent;

      block_range (b, p->n_board_goals, p->n_boards, &first, &end);
      parent = g_ptr_array_index (g->board_goals,
                                  first + (guint) g_rand_int_range (g->rand, 0, (gint32) (end - first)));
      if (!place_goal (g, goal, g->operational_goals, g_ptr_array_index (g->operations, o),
                       styr_goal_get_perspective (parent), parent, error))
        return FALSE;
    }

  /* An enhet's goals contribute to its verksamhet's goals. */
  for (guint i = 0; i < p->n_unit_goals; i++)
    {
      StyrGoal *goal = new_goal (g, "em", i, STYR_GOAL_LEVEL_UNIT);
      guint u = block_of (i, p->n_unit_goals, p->n_units);
      guint o = block_of (u, p->n_units, p->n_operations);
      guint first, end;
      StyrGoal *parent;

      block_range (o, p->n_operational_goals, p->n_operations, &first, &end);
      parent = g_ptr_array_index (g->operational_goals,
                                  first + (guint) g_rand_int_range (g->rand, 0, (gint32) (end - first)));
      if (!place_goal (g, goal, g->unit_goals, g_ptr_array_index (g->units, u),
                       styr_goal_get_perspective (parent), parent, error))
        return FALSE;
    }

  return TRUE;
}

/* Assessments ------------------------------------------------------------- */

static const char *const analyses[] = {
  "Indikatorerna ligger på eller över målvärdet.",
  "Utvecklingen är positiv men flera indikatorer når ännu inte årets målvärde.",
  "Utvecklingen är ojämn; bedömningen är osäker tills helårsutfallet finns.",
  "Resultaten har försämrats och målvärdet bedöms inte nås i år.",
};

static const char *const measures[] = {
  "Förvaltningen tar fram en fördjupad analys till nästa uppföljning.",
  "Insatserna följs upp på varje ledningsgrupp under resten av året.",
  "En handlingsplan tas fram tillsammans med enheterna.",
};

/* Every goal is assessed at every goal occasion, by its owner, a couple
 * of weeks after the period ends. A goal keeps a quality of its own, so
 * its assessments stay alike over the years. */
static gboolean
generate_assessments (Generator  *g,
                      GError    **error)
{
  StyrScale *scale = styr_model_get_scale (g->model);
  GListModel *occasions = styr_calendar_get_occasions (styr_model_get_calendar (g->model));
  guint n_occasions = g_list_model_get_n_items (occasions);
  guint n_levels = styr_scale_get_n_levels (scale);

  for (guint i = 0; i < g->goals->len; i++)
    {
      StyrGoal *goal = g_ptr_array_index (g->goals, i);
      StyrEntity *owner = styr_goal_get_owner (goal);
      const char *by = STYR_IS_ORGAN (owner) ? styr_organ_get_name (STYR_ORGAN (owner))
                                              : styr_unit_get_head (STYR_UNIT (owner));
      double quality = g_rand_double_range (g->rand, 0.0, (double) n_levels);

      for (guint k = 0; k < n_occasions; k++)
        {
          g_autoptr(StyrOccasion) occasion = g_list_model_get_item (occasions, k);
          g_autoptr(StyrAssessment) assessment = NULL;
          g_autoptr(GDate) on = NULL;
          double drawn = quality + g_rand_double_range (g->rand, -1.0, 1.0);
          guint level = (guint) CLAMP (drawn, 0.0, (double) n_levels - 1.0);
          guint prognosis = level > 0 && g_rand_boolean (g->rand) ? level - 1 : level;
          StyrOccasionFlags flags = styr_occasion_get_flags (occasion);

          if ((flags & STYR_OCCASION_FLAGS_GOALS) == 0)
            continue;

          assessment = styr_assessment_new (goal, occasion);
          styr_assessment_set_level_id (assessment,
                                        styr_scale_level_get_id (styr_scale_get_level (scale, level)));
          if ((flags & STYR_OCCASION_FLAGS_ANNUAL_REPORT) == 0)
            styr_assessment_set_prognosis_id (assessment,
                                              styr_scale_level_get_id (styr_scale_get_level (scale, prognosis)));
          /* Below the top level an analysis is due (validation's
           * bedomning-utan-analys); above it one in three writes one. */
          if (level > 0 || g_rand_int_range (g->rand, 0, 3) == 0)
            styr_assessment_set_analysis (assessment,
                                          analyses[level * G_N_ELEMENTS (analyses) / n_levels]);
          if (level + 1 >= n_levels - 1)
            styr_assessment_set_measures (assessment, PICK (g->rand, measures));
          styr_assessment_set_assessed_by (assessment, by);
          on = styr_period_get_end_date (styr_occasion_get_period (occasion));
          g_date_add_days (on, 14);
          styr_assessment_set_assessed_on (assessment, on);

          if (!styr_goal_set_assessment (goal, assessment, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* Indicators and measurements --------------------------------------------- */

/* The comparison municipalities' codes: four digits, county first, spread
 * over the counties; never the model's own code. */
static char *
comparison_code (guint i)
{
  static const int counties[] = {
    1, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 17, 18, 19, 20, 21, 22, 23, 24, 25,
  };
  guint n = G_N_ELEMENTS (counties);

  return g_strdup_printf ("%02d%02u", counties[i % n], 10 + i / n);
}

static gboolean
generate_indicators (Generator  *g,
                     GError    **error)
{
  const Profile *p = g->profile;
  StyrGoal *finance_goal = NULL;

  /* The financial goal: an inriktningsmål of the Ekonomi perspective. */
  for (guint i = 0; i < g->council_goals->len && finance_goal == NULL; i++)
    {
      StyrGoal *goal = g_ptr_array_index (g->council_goals, i);

      if (strcmp (styr_entity_get_id (STYR_ENTITY (styr_goal_get_perspective (goal))), "ekonomi") == 0)
        finance_goal = goal;
    }

  for (guint i = 0; i < p->n_indicators; i++)
    {
      g_autofree char *id = g_strdup_printf ("ind-%06u", i);
      guint kind = (guint) g_rand_int_range (g->rand, 0, (gint32) G_N_ELEMENTS (measured));
      gboolean financial = (i == p->n_indicators - 1 && finance_goal != NULL);
      g_autofree char *name = NULL;
      StyrIndicator *indicator;
      StyrFrequency frequency;
      GPtrArray *periods;
      gboolean higher = measured_higher[kind];
      double base = round_to (g_rand_double_range (g->rand, 20.0, 90.0), 0.1);
      double trend = g_rand_double_range (g->rand, -0.5, 1.5) * (higher ? 1.0 : -1.0);
      double spread = g_rand_double_range (g->rand, 0.5, 4.0);
      gboolean compared;
      StyrGoal *goal;

      if (i < p->n_monthly)
        {
          frequency = STYR_FREQUENCY_MONTHLY;
          periods = g->months;
        }
      else if (i < p->n_monthly + p->n_tertial)
        {
          frequency = STYR_FREQUENCY_TERTIAL;
          periods = g->tertials;
        }
      else
        {
          frequency = STYR_FREQUENCY_YEARLY;
          periods = g->years;
        }
      compared = !financial && frequency == STYR_FREQUENCY_YEARLY &&
                 i - p->n_monthly - p->n_tertial < p->n_compared;

      if (financial)
        name = g_strdup ("Årets resultat i procent av skatteintäkter och generella statsbidrag");
      else
        name = g_strdup_printf ("%s (%u)", measured[kind], i);
      indicator = styr_indicator_new (id, name);
      if (!add_entity (g, indicator, g->indicators, error))
        return FALSE;

      styr_indicator_set_measure_unit (indicator, financial ? "%" : measure_units[kind]);
      styr_indicator_set_direction (indicator, higher || financial ? STYR_INDICATOR_DIRECTION_HIGHER
                                                                  : STYR_INDICATOR_DIRECTION_LOWER);
      styr_indicator_set_frequency (indicator, frequency);
      if (financial)
        {
          styr_indicator_set_source (indicator, STYR_INDICATOR_SOURCE_FINANCE);
          styr_indicator_set_financial_rule (indicator, STYR_FINANCIAL_RULE_RESULT_SHARE);
          /* Two per cent of tax income and grants, give or take. */
          higher = TRUE;
          base = 2.0;
          trend = 0.0;
          spread = 0.5;
        }
      else if (compared)
        {
          g_autofree char *kolada = g_strdup_printf ("N%05u", i % 100000);

          styr_indicator_set_source (indicator, STYR_INDICATOR_SOURCE_KOLADA);
          styr_indicator_set_source_id (indicator, kolada);
        }
      else
        styr_indicator_set_source (indicator, frequency == STYR_FREQUENCY_MONTHLY
                                              ? STYR_INDICATOR_SOURCE_OWN
                                              : STYR_INDICATOR_SOURCE_SURVEY);
      styr_indicator_set_baseline (indicator, base);
      styr_indicator_set_baseline_year (indicator, g->first_year - 1);

      for (guint y = 0; y < p->n_years; y++)
        {
          int year = g->first_year + (int) y;
          double target = round_to (base + trend * 2.0 * (y + 1) + (higher ? spread : -spread), 0.1);
          double yellow = round_to (target - (higher ? spread : -spread), 0.1);

          if (!styr_indicator_set_target (indicator, year, target, error) ||
              !styr_indicator_set_yellow_threshold (indicator, year, yellow, error))
            return FALSE;
        }

      for (guint k = 0; k < periods->len; k++)
        {
          const StyrPeriod *period = g_ptr_array_index (periods, k);
          double years_in = (double) k * p->n_years / periods->len;
          double value = round_to (base + trend * 2.0 * years_in + spread * gaussian (g->rand), 0.1);

          if (!styr_indicator_set_value (indicator, period, value, error))
            return FALSE;
        }

      if (compared)
        for (guint m = 0; m < p->n_municipalities; m++)
          {
            g_autofree char *code = comparison_code (m);
            double level = g_rand_double_range (g->rand, -10.0, 10.0);

            for (guint y = 0; y < p->n_years; y++)
              {
                double value = round_to (base + level + trend * 2.0 * y +
                                         spread * gaussian (g->rand), 0.1);

                if (!styr_indicator_set_comparison_value (indicator, code,
                                                          g_ptr_array_index (g->years, y),
                                                          value, error))
                  return FALSE;
              }
          }

      /* Spread over all goals, every level; the financial one on the
       * financial goal. */
      goal = financial ? finance_goal : g_ptr_array_index (g->goals, i % g->goals->len);
      if (!styr_goal_add_indicator (goal, indicator, error))
        return FALSE;
    }

  return TRUE;
}

/* Activities -------------------------------------------------------------- */

static gboolean
generate_activities (Generator  *g,
                     GError    **error)
{
  const Profile *p = g->profile;
  static const StyrActivityStatus past[] = {
    STYR_ACTIVITY_STATUS_DONE, STYR_ACTIVITY_STATUS_DONE, STYR_ACTIVITY_STATUS_DONE,
    STYR_ACTIVITY_STATUS_DONE, STYR_ACTIVITY_STATUS_LATE, STYR_ACTIVITY_STATUS_CANCELLED,
  };
  static const StyrActivityStatus current[] = {
    STYR_ACTIVITY_STATUS_ONGOING, STYR_ACTIVITY_STATUS_ONGOING,
    STYR_ACTIVITY_STATUS_NOT_STARTED, STYR_ACTIVITY_STATUS_DONE,
  };

  for (guint i = 0; i < p->n_activities; i++)
    {
      g_autofree char *id = g_strdup_printf ("akt-%07u", i);
      g_autofree char *title = g_strdup_printf ("%s %s", PICK (g->rand, activity_verbs),
                                                PICK (g->rand, activity_objects));
      g_autofree char *expected = g_strdup_printf ("%s %s",
                                                   PICK (g->rand, subjects),
                                                   PICK (g->rand, predicates));
      StyrGoal *goal = g_ptr_array_index (g->unit_goals, i % p->n_unit_goals);
      StyrUnit *unit = STYR_UNIT (styr_goal_get_owner (goal));
      int year = g->first_year + g_rand_int_range (g->rand, 0, (gint32) p->n_years);
      int start_month = g_rand_int_range (g->rand, 1, 10);
      int end_month = start_month + g_rand_int_range (g->rand, 2, 13 - start_month);
      g_autoptr(GDate) start = new_date (year, start_month, 1);
      g_autoptr(GDate) end = new_date (year, end_month,
                                       g_date_get_days_in_month ((GDateMonth) end_month,
                                                                 (GDateYear) year));
      StyrActivity *activity = styr_activity_new (id, title);
      GListModel *indicators;

      if (!add_entity (g, activity, NULL, error))
        return FALSE;

      styr_activity_set_start_date (activity, start);
      styr_activity_set_end_date (activity, end);
      styr_activity_set_responsible (activity, styr_unit_get_head (unit));
      styr_activity_set_expected_result (activity, expected);
      styr_activity_set_status (activity, year < LAST_YEAR ? PICK (g->rand, past)
                                                           : PICK (g->rand, current));
      if (!styr_activity_set_unit (activity, unit, error) ||
          !styr_activity_add_goal (activity, goal, error))
        return FALSE;

      /* One in four follows an indicator of its goal. */
      indicators = styr_goal_get_indicators (goal);
      if (g_list_model_get_n_items (indicators) > 0 && g_rand_int_range (g->rand, 0, 4) == 0)
        {
          g_autoptr(StyrIndicator) indicator = g_list_model_get_item (indicators, 0);

          if (!styr_activity_add_indicator (activity, indicator, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* The economy ------------------------------------------------------------- */

static const Category *
category_at (const Profile *p,
             guint          c)
{
  return &categories[c * MAX_CATEGORIES / p->n_categories];
}

/* @kronor in öre, rounded to @step kronor. */
static gint64
ore (double kronor,
     double step)
{
  return (gint64) round_to (kronor, step) * 100;
}

static gboolean
generate_budget_and_outcomes (Generator  *g,
                              GError    **error)
{
  const Profile *p = g->profile;
  if (!styr_model_add_periodisation_key (g->model, "sommar", summer_weights,
                                         G_N_ELEMENTS (summer_weights), error))
    return FALSE;

  for (guint c = 0; c < p->n_categories; c++)
    {
      const Category *category = category_at (p, c);
      char first[5], last[5];

      memcpy (first, category->category, 4);
      first[4] = '\0';
      memcpy (last, category->category + 5, 4);
      last[4] = '\0';
      if (!styr_model_map_accounts (g->model, first, last, category->category, error))
        return FALSE;
    }

  g->frames = g_new0 (gint64, (gsize) p->n_boards * p->n_years);

  for (guint u = 0; u < p->n_units; u++)
    {
      StyrUnit *unit = g_ptr_array_index (g->units, u);
      guint o = block_of (u, p->n_units, p->n_operations);
      guint b = block_of (o, p->n_operations, p->n_boards);
      double size = g_rand_double_range (g->rand, 0.4, 2.0);

      for (guint c = 0; c < p->n_categories; c++)
        {
          const Category *category = category_at (p, c);
          double share = g_rand_double_range (g->rand, 0.6, 1.4);

          double growth = 1.0;   /* three per cent a year */

          for (guint y = 0; y < p->n_years; y++, growth *= 1.03)
            {
              int year = g->first_year + (int) y;
              double annual = category->kronor * size * share * growth;
              gint64 budget = ore (annual, 1000.0);
              gint64 *frame = &g->frames[b * p->n_years + y];

              if (!styr_unit_set_budget (unit, year, category->category, budget, error) ||
                  (category->personnel &&
                   !styr_unit_set_budget_key (unit, year, category->category, "sommar", error)) ||
                  !styr_money_add (*frame, budget, frame, error))
                return FALSE;

              /* The outcome: the periodised budget, give or take. */
              for (int m = 1; m <= 12; m++)
                {
                  double month = category->personnel
                                 ? annual * summer_weights[m - 1] / STYR_BASIS_POINTS_WHOLE
                                 : annual / 12.0;
                  gint64 outcome = ore (month * (1.0 + 0.05 * gaussian (g->rand)), 1.0);

                  if (!styr_unit_set_outcome (unit, year, m, category->category, outcome, error))
                    return FALSE;
                }
            }
        }
    }

  return TRUE;
}

static gboolean
generate_frames_and_forecasts (Generator  *g,
                               GError    **error)
{
  const Profile *p = g->profile;
  static const char *const occasions[] = { "t1", "delar", "ar" };
  static const StyrResultItem items[] = {
    STYR_RESULT_ITEM_TAX_INCOME, STYR_RESULT_ITEM_GENERAL_GRANTS,
    STYR_RESULT_ITEM_FINANCIAL_NET, STYR_RESULT_ITEM_OTHER,
  };
  /* Of the nämnder's net cost: tax income, grants, financial net, other;
   * the result is 2.5 % of the net cost. */
  static const double shares[] = { 0.80, 0.235, -0.006, -0.004 };

  for (guint y = 0; y < p->n_years; y++)
    {
      int year = g->first_year + (int) y;
      gint64 total = 0;

      for (guint b = 0; b < p->n_boards; b++)
        {
          StyrOrgan *board = g_ptr_array_index (g->boards, b);
          gint64 frame = g->frames[b * p->n_years + y];

          if (!styr_organ_set_frame (board, year, frame, error) ||
              !styr_money_add (total, frame, &total, error))
            return FALSE;

          for (guint k = 0; k < G_N_ELEMENTS (occasions); k++)
            {
              g_autofree char *occasion = g_strdup_printf ("%d-%s", year, occasions[k]);
              double deviation = 0.02 * gaussian (g->rand);
              gint64 forecast = ore ((double) frame / 100.0 * (1.0 + deviation), 100000.0);
              g_autofree char *comment = NULL;

              if (deviation > 0.02)
                {
                  guint c = (guint) g_rand_int_range (g->rand, 0, (gint32) p->n_categories);
                  g_autofree char *what = g_utf8_strdown (category_at (p, c)->name, -1);

                  comment = g_strdup_printf ("Underskott: högre kostnader för %s än budgeterat.", what);
                }
              else if (deviation < -0.02)
                comment = g_strdup ("Överskott: vakanta tjänster och lägre volymer än väntat.");
              if (!styr_organ_set_forecast (board, occasion, forecast, comment, error))
                return FALSE;
            }
        }

      for (guint i = 0; i < G_N_ELEMENTS (items); i++)
        {
          double annual = (double) total / 100.0 * shares[i];

          if (!styr_model_set_result_budget (g->model, year, items[i], ore (annual, 100000.0), error))
            return FALSE;
          for (int m = 1; m <= 12; m++)
            if (!styr_model_set_result_outcome (g->model, year, m, items[i],
                                                ore (annual / 12.0 * (1.0 + 0.01 * gaussian (g->rand)), 1.0),
                                                error))
              return FALSE;
          for (guint k = 0; k < G_N_ELEMENTS (occasions); k++)
            {
              g_autofree char *occasion = g_strdup_printf ("%d-%s", year, occasions[k]);

              if (!styr_model_set_result_forecast (g->model, occasion, items[i],
                                                   ore (annual * (1.0 + 0.005 * gaussian (g->rand)), 100000.0),
                                                   error))
                return FALSE;
            }
        }
    }

  return TRUE;
}

/* The command ------------------------------------------------------------- */

static const Profile *
lookup_profile (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    if (strcmp (profiles[i].name, name) == 0)
      return &profiles[i];
  return NULL;
}

static gboolean
generate (const Profile  *profile,
          guint32         seed,
          const char     *path,
          GError        **error)
{
  Generator g = { 0 };
  gboolean ok;

  g.profile = profile;
  g.rand = g_rand_new_with_seed (seed);
  g.model = styr_model_new ();
  g.first_year = LAST_YEAR - (int) profile->n_years + 1;
  g.perspectives = g_ptr_array_new ();
  g.boards = g_ptr_array_new ();
  g.administrations = g_ptr_array_new ();
  g.operations = g_ptr_array_new ();
  g.units = g_ptr_array_new ();
  g.council_goals = g_ptr_array_new ();
  g.board_goals = g_ptr_array_new ();
  g.operational_goals = g_ptr_array_new ();
  g.unit_goals = g_ptr_array_new ();
  g.goals = g_ptr_array_new ();
  g.indicators = g_ptr_array_new ();
  g.months = g_ptr_array_new_with_free_func ((GDestroyNotify) styr_period_free);
  g.tertials = g_ptr_array_new_with_free_func ((GDestroyNotify) styr_period_free);
  g.years = g_ptr_array_new_with_free_func ((GDestroyNotify) styr_period_free);

  ok = generate_frame (&g, error) &&
       generate_organisation (&g, error) &&
       generate_goals (&g, error) &&
       generate_assessments (&g, error) &&
       generate_indicators (&g, error) &&
       generate_activities (&g, error) &&
       generate_budget_and_outcomes (&g, error) &&
       generate_frames_and_forecasts (&g, error) &&
       styr_model_save_to_path (g.model, path, STYR_SAVE_FLAGS_NONE, error);

  generator_clear (&g);
  return ok;
}

int
styr_cmd_generate (int    argc,
                   char **argv)
{
  g_autofree char *profile_name = NULL;
  g_autofree char *output = NULL;
  gint64 seed = 1;
  const GOptionEntry entries[] = {
    { "profile", 'p', 0, G_OPTION_ARG_STRING, &profile_name,
      N_("Storleken: small (några hundra objekt), large (en storstad) eller national (tio gånger large)"),
      N_("PROFIL") },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed,
      N_("Fröet till slumptalen, 0–4294967295 (1 om det inte anges); samma frö ger samma fil"),
      N_("FRÖ") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Skriv modellen till FIL"), N_("FIL") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  const Profile *profile;

  g_option_context_set_summary (context,
    _("Skapar en påhittad kommun med mål på alla nivåer, indikatorer med\n"
      "mätvärden per månad i fem år, aktiviteter, budget, utfall och prognoser,\n"
      "för tester och prestandamätningar. Samma profil och frö ger alltid\n"
      "samma fil, byte för byte."));
  g_option_context_set_description (context,
    _("Profiler:\n"
      "  small     4 nämnder, 40 enheter, 86 mål, 150 indikatorer, 300 aktiviteter\n"
      "  large     30 nämnder, 1 500 enheter, 7 240 mål, 20 000 indikatorer,\n"
      "            100 000 aktiviteter, 1 000 000 mätvärden, 720 000 utfallsrader\n"
      "  national  tio gånger large, med jämförelsevärden från 290 kommuner\n"
      "\n"
      "Slutstatus: 0 om det gick bra och 2 om kommandot användes fel eller\n"
      "filen inte kunde skrivas."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("styr: %s\n", error->message);
      return GENERATE_ERROR;
    }

  if (argc > 1)
    {
      g_printerr ("styr: ");
      g_printerr (_("för många argument: %s"), argv[1]);
      g_printerr ("\n");
      return GENERATE_ERROR;
    }
  if (output == NULL)
    {
      g_printerr ("styr: %s\n", _("ingen utfil angiven: använd --output FIL"));
      return GENERATE_ERROR;
    }
  profile = lookup_profile (profile_name != NULL ? profile_name : "small");
  if (profile == NULL)
    {
      g_printerr ("styr: ");
      g_printerr (_("okänd profil »%s«: välj small, large eller national"), profile_name);
      g_printerr ("\n");
      return GENERATE_ERROR;
    }
  if (seed < 0 || seed > G_MAXUINT32)
    {
      g_printerr ("styr: ");
      g_printerr (_("ogiltigt frö: %" G_GINT64_FORMAT " (välj 0–4294967295)"), seed);
      g_printerr ("\n");
      return GENERATE_ERROR;
    }

  if (!generate (profile, (guint32) seed, output, &error))
    {
      g_printerr ("styr: %s\n", error->message);
      return GENERATE_ERROR;
    }

  return GENERATE_OK;
}
