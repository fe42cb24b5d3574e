/* styr-format.c — tables and value syntax shared by the .styr reader and
 * writer.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "styr-format-private.h"

typedef struct
{
  int         value;
  const char *token;
} Token;

#define END { -1, NULL }

static const Token organ_kinds[] = {
  { STYR_ORGAN_KIND_COUNCIL, "kf" },
  { STYR_ORGAN_KIND_EXECUTIVE_BOARD, "ks" },
  { STYR_ORGAN_KIND_BOARD, "namnd" },
  { STYR_ORGAN_KIND_COMMITTEE, "beredning" },
  { STYR_ORGAN_KIND_AUDIT, "revision" },
  { STYR_ORGAN_KIND_COMPANY, "bolag" },
  END
};

static const Token unit_kinds[] = {
  { STYR_UNIT_KIND_ADMINISTRATION, "forvaltning" },
  { STYR_UNIT_KIND_OPERATION, "verksamhet" },
  { STYR_UNIT_KIND_UNIT, "enhet" },
  END
};

static const Token document_kinds[] = {
  { STYR_DOCUMENT_KIND_BUDGET, "budget" },
  { STYR_DOCUMENT_KIND_BOARD_PLAN, "namndplan" },
  { STYR_DOCUMENT_KIND_OPERATIONS_PLAN, "verksamhetsplan" },
  { STYR_DOCUMENT_KIND_WORK_PLAN, "arbetsplan" },
  { STYR_DOCUMENT_KIND_OWNER_DIRECTIVE, "agardirektiv" },
  { STYR_DOCUMENT_KIND_PROGRAM, "program" },
  { STYR_DOCUMENT_KIND_PLAN, "plan" },
  { STYR_DOCUMENT_KIND_POLICY, "policy" },
  { STYR_DOCUMENT_KIND_STRATEGY, "strategi" },
  { STYR_DOCUMENT_KIND_GUIDELINES, "riktlinjer" },
  { STYR_DOCUMENT_KIND_INSTRUCTION, "instruktion" },
  END
};

static const Token document_statuses[] = {
  { STYR_DOCUMENT_STATUS_DRAFT, "utkast" },
  { STYR_DOCUMENT_STATUS_ADOPTED, "beslutad" },
  { STYR_DOCUMENT_STATUS_REVISED, "reviderad" },
  END
};

static const Token goal_levels[] = {
  { STYR_GOAL_LEVEL_COUNCIL, "inriktningsmal" },
  { STYR_GOAL_LEVEL_BOARD, "namndmal" },
  { STYR_GOAL_LEVEL_OPERATIONAL, "verksamhetsmal" },
  { STYR_GOAL_LEVEL_UNIT, "enhetsmal" },
  END
};

static const Token directions[] = {
  { STYR_INDICATOR_DIRECTION_HIGHER, "hogre" },
  { STYR_INDICATOR_DIRECTION_LOWER, "lagre" },
  { STYR_INDICATOR_DIRECTION_RANGE, "intervall" },
  END
};

static const Token sources[] = {
  { STYR_INDICATOR_SOURCE_OWN, "egen" },
  { STYR_INDICATOR_SOURCE_SURVEY, "enkat" },
  { STYR_INDICATOR_SOURCE_FINANCE, "ekonomi" },
  { STYR_INDICATOR_SOURCE_KOLADA, "kolada" },
  END
};

static const Token frequencies[] = {
  { STYR_FREQUENCY_MONTHLY, "manad" },
  { STYR_FREQUENCY_QUARTERLY, "kvartal" },
  { STYR_FREQUENCY_TERTIAL, "tertial" },
  { STYR_FREQUENCY_YEARLY, "ar" },
  END
};

static const Token activity_statuses[] = {
  { STYR_ACTIVITY_STATUS_NOT_STARTED, "ej-paborjad" },
  { STYR_ACTIVITY_STATUS_ONGOING, "pagar" },
  { STYR_ACTIVITY_STATUS_DONE, "klar" },
  { STYR_ACTIVITY_STATUS_LATE, "forsenad" },
  { STYR_ACTIVITY_STATUS_CANCELLED, "avbruten" },
  END
};

static const Token puls_steps[] = {
  { STYR_PULS_STEP_PROACTIVITY, "p" },
  { STYR_PULS_STEP_DEVELOPMENT, "u" },
  { STYR_PULS_STEP_LEARNING, "l" },
  { STYR_PULS_STEP_SERVICE, "s" },
  END
};

static const Token occasion_flags[] = {
  { STYR_OCCASION_FLAGS_GOALS, "mal" },
  { STYR_OCCASION_FLAGS_ECONOMY, "ekonomi" },
  { STYR_OCCASION_FLAGS_INTERIM_REPORT, "delarsrapport" },
  { STYR_OCCASION_FLAGS_ANNUAL_REPORT, "arsredovisning" },
  END
};

static const Token *
table_for (GType enum_type)
{
  if (enum_type == STYR_TYPE_ORGAN_KIND)
    return organ_kinds;
  if (enum_type == STYR_TYPE_UNIT_KIND)
    return unit_kinds;
  if (enum_type == STYR_TYPE_DOCUMENT_KIND)
    return document_kinds;
  if (enum_type == STYR_TYPE_DOCUMENT_STATUS)
    return document_statuses;
  if (enum_type == STYR_TYPE_GOAL_LEVEL)
    return goal_levels;
  if (enum_type == STYR_TYPE_INDICATOR_DIRECTION)
    return directions;
  if (enum_type == STYR_TYPE_INDICATOR_SOURCE)
    return sources;
  if (enum_type == STYR_TYPE_FREQUENCY)
    return frequencies;
  if (enum_type == STYR_TYPE_ACTIVITY_STATUS)
    return activity_statuses;
  if (enum_type == STYR_TYPE_PULS_STEP)
    return puls_steps;
  if (enum_type == STYR_TYPE_OCCASION_FLAGS)
    return occasion_flags;

  g_critical ("No .styr tokens for enum type %s", g_type_name (enum_type));
  return NULL;
}

const char *
_styr_format_enum_to_token (GType enum_type,
                            int   value)
{
  const Token *table = table_for (enum_type);

  for (; table != NULL && table->token != NULL; table++)
    {
      if (table->value == value)
        return table->token;
    }
  g_critical ("No .styr token for value %d of %s", value, g_type_name (enum_type));
  return NULL;
}

gboolean
_styr_format_enum_from_token (GType       enum_type,
                              const char *token,
                              int        *value)
{
  const Token *table = table_for (enum_type);

  if (token == NULL)
    return FALSE;
  for (; table != NULL && table->token != NULL; table++)
    {
      if (strcmp (table->token, token) == 0)
        {
          *value = table->value;
          return TRUE;
        }
    }
  return FALSE;
}

char *
_styr_format_enum_tokens (GType enum_type)
{
  const Token *table = table_for (enum_type);
  GString *s = g_string_new (NULL);

  for (; table != NULL && table->token != NULL; table++)
    {
      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append_printf (s, "»%s«", table->token);
    }
  return g_string_free (s, FALSE);
}

char *
_styr_format_flags_to_string (GType flags_type,
                              guint value)
{
  const Token *table = table_for (flags_type);
  GString *s = g_string_new (NULL);

  for (; table != NULL && table->token != NULL; table++)
    {
      if ((value & (guint) table->value) == 0)
        continue;
      if (s->len > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, table->token);
    }
  if (s->len == 0)
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  return g_string_free (s, FALSE);
}

gboolean
_styr_format_flags_from_string (GType       flags_type,
                                const char *text,
                                guint      *value)
{
  const Token *table = table_for (flags_type);
  g_auto(GStrv) tokens = NULL;
  guint flags = 0;

  if (text == NULL || table == NULL)
    return FALSE;

  /* Each token at most once, in the table's order. */
  tokens = g_strsplit_set (text, " \t\n\r", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      if (tokens[i][0] == '\0')
        continue;
      while (table->token != NULL && strcmp (table->token, tokens[i]) != 0)
        table++;
      if (table->token == NULL)
        return FALSE;
      flags |= (guint) table->value;
      table++;
    }
  *value = flags;
  return TRUE;
}

static locale_t
c_locale (void)
{
  static gsize once = 0;
  static locale_t locale;

  if (g_once_init_enter (&once))
    {
      locale = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
      g_once_init_leave (&once, 1);
    }
  return locale;
}

const char *
_styr_format_double (char   *buf,
                     double  value)
{
  locale_t old;

  g_return_val_if_fail (isfinite (value), NULL);

  /* The shortest precision that reads back exactly: 76.5, not
   * 76.500000000000000; 0.1, not 0.10000000000000001. Formatted in the C
   * locale so that the decimal point is '.' whatever the user's locale. */
  old = uselocale (c_locale ());
  for (int precision = 1; precision <= 17; precision++)
    {
      snprintf (buf, G_ASCII_DTOSTR_BUF_SIZE, "%.*g", precision, value);
      if (strtod (buf, NULL) == value)
        break;
    }
  /* %g turns to an exponent once it reaches the precision: 80 at
   * precision 1 is "8e+01". Such a value is an integer; below 1e16 write
   * it out ("80", "2025") and keep the exponent only for larger ones
   * ("1e+20"). */
  if (strchr (buf, 'e') != NULL && buf[strcspn (buf, "e") + 1] == '+' &&
      fabs (value) < 1e16)
    snprintf (buf, G_ASCII_DTOSTR_BUF_SIZE, "%.0f", value);
  uselocale (old);

  if (strcmp (buf, "-0") == 0)
    strcpy (buf, "0");
  return buf;
}

/* The common case of a file's numbers, "76.5", "-3", "1234.25": at most
 * 15 digits, so that the digits as an integer are exact in a double, and
 * a division by an exact power of ten rounds correctly — the same double
 * strtod () gives (Clinger's fast path), without its cost. FALSE for
 * anything else, which strtod () then reads. */
static gboolean
parse_simple_decimal (const char *text,
                      double     *value)
{
  static const double powers[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
    1e13, 1e14, 1e15,
  };
  const char *p = text;
  gboolean negative = FALSE;
  guint64 digits = 0;
  int n_digits = 0, n_fraction = 0;
  double v;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }
  if (!g_ascii_isdigit (*p))
    return FALSE;
  for (; g_ascii_isdigit (*p); p++, n_digits++)
    digits = digits * 10 + (guint64) (*p - '0');
  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      for (; g_ascii_isdigit (*p); p++, n_digits++, n_fraction++)
        digits = digits * 10 + (guint64) (*p - '0');
    }
  if (*p != '\0' || n_digits > 15)
    return FALSE;

  v = (double) digits / powers[n_fraction];
  *value = negative ? -v : v;
  return TRUE;
}

gboolean
_styr_format_parse_double (const char *text,
                           double     *value)
{
  char *end = NULL;
  double v;

  if (text == NULL || text[0] == '\0' || g_ascii_isspace (text[0]))
    return FALSE;
  if (parse_simple_decimal (text, value))
    return TRUE;
  /* Only C number syntax: digits, sign, '.', exponent. No hex, no
   * "nan"/"inf". */
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p) && *p != '-' && *p != '+' && *p != '.' &&
          *p != 'e' && *p != 'E')
        return FALSE;
    }
  errno = 0;
  v = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || errno == ERANGE || !isfinite (v))
    return FALSE;
  *value = v;
  return TRUE;
}

gboolean
_styr_format_parse_int (const char *text,
                        gint64      min,
                        gint64      max,
                        gint64     *value)
{
  gint64 v;

  if (text == NULL ||
      !g_ascii_string_to_signed (text, 10, min, max, &v, NULL))
    return FALSE;
  /* g_ascii_string_to_signed accepts a leading '+'; the format does not. */
  if (text[0] == '+')
    return FALSE;
  *value = v;
  return TRUE;
}

const char *
_styr_format_date (char        *buf,
                   const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  g_snprintf (buf, 11, "%04u-%02u-%02u",
              (unsigned) g_date_get_year (date),
              (unsigned) g_date_get_month (date),
              (unsigned) g_date_get_day (date));
  return buf;
}

gboolean
_styr_format_parse_date (const char *text,
                         GDate      *date)
{
  guint y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    {
      if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
        return FALSE;
    }
  y = (guint) atoi (text);
  m = (guint) atoi (text + 5);
  d = (guint) atoi (text + 8);
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

gboolean
_styr_format_parse_bool (const char *text,
                         gboolean   *value)
{
  if (g_strcmp0 (text, "ja") == 0)
    *value = TRUE;
  else if (g_strcmp0 (text, "nej") == 0)
    *value = FALSE;
  else
    return FALSE;
  return TRUE;
}
