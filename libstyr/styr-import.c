/* styr-import.c — values from Kolada and from measure files into a model.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-import.h"

/**
 * StyrImportResult:
 *
 * What an import into a [class@Styr.Model] did: how many values it
 * recorded ([property@Styr.ImportResult:n-values] for the municipality's
 * own measurements, [property@Styr.ImportResult:n-comparison-values] for
 * comparison municipalities), how many of them replaced a value the model
 * already had ([property@Styr.ImportResult:n-replaced]), and a
 * [class@Styr.Finding] of severity %STYR_SEVERITY_WARNING for each group
 * of input it skipped on purpose ([property@Styr.ImportResult:findings]).
 * Nothing is dropped without a finding.
 *
 * The imports themselves are methods of the model:
 * [method@Styr.Model.import_kolada] reads the JSON of Kolada's API,
 * [method@Styr.Model.import_measures] the tab-separated measure files of
 * goal-steering systems and Swedish CSV files. Every import is
 * all-or-nothing: the whole input is read and checked first, and the model
 * changes only when all of it is good. Errors name the input and the place
 * in it: `NAME:LINE: …` for measure files, `NAME:LINE:COLUMN: …` for
 * JSON.
 *
 * ```python
 * result = model.import_kolada_bytes(GLib.Bytes(data), "kolada.json")
 * print(result.props.n_values, "egna värden,",
 *       result.props.n_comparison_values, "jämförelsevärden")
 * for f in result.props.findings:
 *     print(f.props.code, f.props.message)
 * ```
 *
 * Since: 1.0
 */

struct _StyrImportResult
{
  GObject parent_instance;

  guint n_values;
  guint n_replaced;
  guint n_comparison_values;
  gint64 unmapped_amount;
  guint n_balance_rows;
  GListStore *findings;  /* StyrFinding */
};

G_DEFINE_FINAL_TYPE (StyrImportResult, styr_import_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_VALUES,
  PROP_N_REPLACED,
  PROP_N_COMPARISON_VALUES,
  PROP_FINDINGS,
  PROP_UNMAPPED_AMOUNT,
  PROP_N_BALANCE_ROWS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_import_result_finalize (GObject *object)
{
  StyrImportResult *self = STYR_IMPORT_RESULT (object);

  g_clear_object (&self->findings);

  G_OBJECT_CLASS (styr_import_result_parent_class)->finalize (object);
}

static void
styr_import_result_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  StyrImportResult *self = STYR_IMPORT_RESULT (object);

  switch (prop_id)
    {
    case PROP_N_VALUES:
      g_value_set_uint (value, self->n_values);
      break;

    case PROP_N_REPLACED:
      g_value_set_uint (value, self->n_replaced);
      break;

    case PROP_N_COMPARISON_VALUES:
      g_value_set_uint (value, self->n_comparison_values);
      break;

    case PROP_FINDINGS:
      g_value_set_object (value, self->findings);
      break;

    case PROP_UNMAPPED_AMOUNT:
      g_value_set_int64 (value, self->unmapped_amount);
      break;

    case PROP_N_BALANCE_ROWS:
      g_value_set_uint (value, self->n_balance_rows);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_import_result_class_init (StyrImportResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styr_import_result_finalize;
  object_class->get_property = styr_import_result_get_property;

  /**
   * StyrImportResult:n-values:
   *
   * How many measurements of the municipality's own the import recorded,
   * replaced ones included. A value that goes to several indicators (a
   * Kolada KPI that several indicators follow) counts once per indicator;
   * a value the input names twice counts once.
   *
   * Since: 1.0
   */
  properties[PROP_N_VALUES] =
    g_param_spec_uint ("n-values", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * StyrImportResult:n-replaced:
   *
   * How many of the values counted by [property@Styr.ImportResult:n-values]
   * and [property@Styr.ImportResult:n-comparison-values] replaced a value
   * the model had before the import (the same indicator and period, and
   * for a comparison value the same municipality). Importing the same file
   * twice replaces every value the second time and adds none.
   *
   * Since: 1.0
   */
  properties[PROP_N_REPLACED] =
    g_param_spec_uint ("n-replaced", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * StyrImportResult:n-comparison-values:
   *
   * How many values of comparison municipalities (*jämförelsekommuner*)
   * the import recorded with [method@Styr.Indicator.set_comparison_value],
   * replaced ones included.
   *
   * Since: 1.0
   */
  properties[PROP_N_COMPARISON_VALUES] =
    g_param_spec_uint ("n-comparison-values", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * StyrImportResult:findings:
   *
   * A list of [class@Styr.Finding], one for each group of input the
   * import skipped on purpose, in the order the input first showed them.
   *
   * Since: 1.0
   */
  properties[PROP_FINDINGS] =
    g_param_spec_object ("findings", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * StyrImportResult:unmapped-amount:
   *
   * The sum in öre of the outcome amounts an outcome import
   * ([method@Styr.Model.import_sie]) could not attribute to a unit and a
   * cost category and kept as unmapped outcomes, in the accounting sign
   * (debit positive); 0 for other imports.
   *
   * Since: 1.0
   */
  properties[PROP_UNMAPPED_AMOUNT] =
    g_param_spec_int64 ("unmapped-amount", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * StyrImportResult:n-balance-rows:
   *
   * How many rows of balance-sheet accounts (Kommun-Bas classes 1 and 2)
   * an outcome import ([method@Styr.Model.import_sie]) read and did not
   * record, because they are not outcomes of operations; 0 for other
   * imports.
   *
   * Since: 1.0
   */
  properties[PROP_N_BALANCE_ROWS] =
    g_param_spec_uint ("n-balance-rows", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_import_result_init (StyrImportResult *self)
{
  self->findings = g_list_store_new (STYR_TYPE_FINDING);
}

/**
 * styr_import_result_get_n_values:
 * @self: a [class@Styr.ImportResult]
 *
 * Gets how many measurements of the municipality's own the import
 * recorded, replaced ones included.
 *
 * Returns: the number of values
 *
 * Since: 1.0
 */
guint
styr_import_result_get_n_values (StyrImportResult *self)
{
  g_return_val_if_fail (STYR_IS_IMPORT_RESULT (self), 0);

  return self->n_values;
}

/**
 * styr_import_result_get_n_replaced:
 * @self: a [class@Styr.ImportResult]
 *
 * Gets how many of the values the import recorded replaced a value the
 * model already had.
 *
 * Returns: the number of replaced values
 *
 * Since: 1.0
 */
guint
styr_import_result_get_n_replaced (StyrImportResult *self)
{
  g_return_val_if_fail (STYR_IS_IMPORT_RESULT (self), 0);

  return self->n_replaced;
}

/**
 * styr_import_result_get_n_comparison_values:
 * @self: a [class@Styr.ImportResult]
 *
 * Gets how many values of comparison municipalities the import recorded,
 * replaced ones included.
 *
 * Returns: the number of comparison values
 *
 * Since: 1.0
 */
guint
styr_import_result_get_n_comparison_values (StyrImportResult *self)
{
  g_return_val_if_fail (STYR_IS_IMPORT_RESULT (self), 0);

  return self->n_comparison_values;
}

/**
 * styr_import_result_get_findings:
 * @self: a [class@Styr.ImportResult]
 *
 * Gets the findings of the import: what it skipped on purpose, and why.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@Styr.Finding]
 *
 * Since: 1.0
 */
GListModel *
styr_import_result_get_findings (StyrImportResult *self)
{
  g_return_val_if_fail (STYR_IS_IMPORT_RESULT (self), NULL);

  return G_LIST_MODEL (self->findings);
}

/**
 * styr_import_result_get_unmapped_amount:
 * @self: a [class@Styr.ImportResult]
 *
 * Gets the sum of the outcome amounts the import kept as unmapped
 * outcomes, in öre: see [property@Styr.ImportResult:unmapped-amount].
 *
 * Returns: the sum in öre
 *
 * Since: 1.0
 */
gint64
styr_import_result_get_unmapped_amount (StyrImportResult *self)
{
  g_return_val_if_fail (STYR_IS_IMPORT_RESULT (self), 0);

  return self->unmapped_amount;
}

/**
 * styr_import_result_get_n_balance_rows:
 * @self: a [class@Styr.ImportResult]
 *
 * Gets how many rows of balance-sheet accounts the import read and did
 * not record: see [property@Styr.ImportResult:n-balance-rows].
 *
 * Returns: the number of rows
 *
 * Since: 1.0
 */
guint
styr_import_result_get_n_balance_rows (StyrImportResult *self)
{
  g_return_val_if_fail (STYR_IS_IMPORT_RESULT (self), 0);

  return self->n_balance_rows;
}

void
_styr_import_result_set_outcomes (StyrImportResult *self,
                                  guint             n_values,
                                  guint             n_replaced,
                                  gint64            unmapped_amount,
                                  guint             n_balance_rows,
                                  GPtrArray        *findings)
{
  self->n_values = n_values;
  self->n_replaced = n_replaced;
  self->unmapped_amount = unmapped_amount;
  self->n_balance_rows = n_balance_rows;
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    g_list_store_append (self->findings, g_ptr_array_index (findings, i));
}

/* ---------------------------------------------------------------------- */
/* Staging: everything is read and checked into plain rows first; the
 * model is touched only when the whole input is good. */

typedef struct
{
  StyrIndicator *indicator;     /* owned by the model */
  char          *kommunkod;     /* NULL: the model's own measurement */
  guint32        period_key;
  double         value;
  double         women;
  double         men;
  char          *comment;
  gboolean       set_comment;   /* FALSE: keep the comment there was */
} Staged;

static void
staged_clear (gpointer data)
{
  Staged *s = data;

  g_free (s->kommunkod);
  g_free (s->comment);
}

typedef struct
{
  StyrModel   *model;
  const char  *name;
  GArray      *staged;        /* Staged */
  GHashTable  *staged_index;  /* "indicator/kommunkod/period" → index + 1 */
  GPtrArray   *groups;        /* Group, in order of first appearance */
  GHashTable  *group_index;   /* "code/key" → Group */
} Import;

/* A finding in the making: what was skipped, how often. */
typedef struct
{
  const char *code;
  char       *subject;
  char       *detail;
  guint       count;          /* 0: not a count of values */
  GPtrArray  *objects;        /* StyrEntity, unowned */
} Group;

static void
group_free (gpointer data)
{
  Group *g = data;

  g_free (g->subject);
  g_free (g->detail);
  g_clear_pointer (&g->objects, g_ptr_array_unref);
  g_free (g);
}

static void
import_init (Import     *imp,
             StyrModel  *model,
             const char *name)
{
  imp->model = model;
  imp->name = name != NULL ? name : "<data>";
  imp->staged = g_array_new (FALSE, TRUE, sizeof (Staged));
  g_array_set_clear_func (imp->staged, staged_clear);
  imp->staged_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp->groups = g_ptr_array_new_with_free_func (group_free);
  imp->group_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
import_clear (Import *imp)
{
  g_clear_pointer (&imp->staged, g_array_unref);
  g_clear_pointer (&imp->staged_index, g_hash_table_unref);
  g_clear_pointer (&imp->groups, g_ptr_array_unref);
  g_clear_pointer (&imp->group_index, g_hash_table_unref);
}

/* Takes @comment. A later row for the same value replaces an earlier one:
 * the input names each value at most once in effect. */
static void
import_stage (Import        *imp,
              StyrIndicator *indicator,
              const char    *kommunkod,
              guint32        period_key,
              double         value,
              double         women,
              double         men,
              char          *comment,
              gboolean       set_comment)
{
  Staged row = {
    indicator, g_strdup (kommunkod), period_key, value, women, men,
    comment, set_comment
  };
  char *key = g_strdup_printf ("%p/%s/%u", (gpointer) indicator,
                               kommunkod != NULL ? kommunkod : "", period_key);
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (imp->staged_index, key));

  if (index > 0)
    {
      Staged *old = &g_array_index (imp->staged, Staged, index - 1);

      staged_clear (old);
      *old = row;
      g_free (key);
    }
  else
    {
      g_array_append_val (imp->staged, row);
      g_hash_table_insert (imp->staged_index, key,
                           GUINT_TO_POINTER (imp->staged->len));
    }
}

/* Counts one more skipped value in the group @code/@subject; @detail
 * (used the first time only) says why. Returns the group, to which the
 * caller may add the objects involved. */
static Group *
import_skip (Import     *imp,
             const char *code,
             const char *subject,
             const char *detail)
{
  g_autofree char *key = g_strdup_printf ("%s/%s", code, subject);
  Group *g = g_hash_table_lookup (imp->group_index, key);

  if (g == NULL)
    {
      g = g_new0 (Group, 1);
      g->code = code;
      g->subject = g_strdup (subject);
      g->detail = g_strdup (detail);
      g->objects = g_ptr_array_new ();
      g_ptr_array_add (imp->groups, g);
      g_hash_table_insert (imp->group_index, g_steal_pointer (&key), g);
    }

  g->count++;
  return g;
}

static void
group_add_object (Group      *g,
                  StyrEntity *object)
{
  if (!g_ptr_array_find (g->objects, object, NULL))
    g_ptr_array_add (g->objects, object);
}

/* Applies the staged rows. The checks done while staging make every call
 * succeed; a failure here is a bug, reported as a critical. */
static StyrImportResult *
import_apply (Import *imp)
{
  StyrImportResult *result = g_object_new (STYR_TYPE_IMPORT_RESULT, NULL);

  for (guint i = 0; i < imp->staged->len; i++)
    {
      Staged *s = &g_array_index (imp->staged, Staged, i);
      g_autoptr(StyrPeriod) period = _styr_period_from_key (s->period_key);
      g_autoptr(GError) error = NULL;
      gboolean had;

      if (s->kommunkod == NULL)
        {
          const char *comment = NULL;

          had = styr_indicator_lookup_measurement (s->indicator, period,
                                                   NULL, NULL, NULL, &comment);
          /* set_measurement() keeps the comment when given its own string */
          if (s->set_comment)
            comment = s->comment;
          if (!styr_indicator_set_measurement (s->indicator, period, s->value,
                                               s->women, s->men, comment, &error))
            {
              g_critical ("%s: %s", imp->name, error->message);
              continue;
            }
          result->n_values++;
        }
      else
        {
          had = styr_indicator_lookup_comparison_value (s->indicator, s->kommunkod,
                                                        period, NULL);
          if (!styr_indicator_set_comparison_value (s->indicator, s->kommunkod,
                                                    period, s->value, &error))
            {
              g_critical ("%s: %s", imp->name, error->message);
              continue;
            }
          result->n_comparison_values++;
        }

      if (had)
        result->n_replaced++;
    }

  for (guint i = 0; i < imp->groups->len; i++)
    {
      Group *g = g_ptr_array_index (imp->groups, i);
      g_autoptr(StyrFinding) finding = NULL;
      g_autofree char *message = NULL;

      if (g->count > 0)
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%s: %u värde hoppades över: %s",
                                                "%s: %u värden hoppades över: %s",
                                                g->count),
                                   g->subject, g->count, g->detail);
      else
        message = g_strdup_printf ("%s: %s", g->subject, g->detail);
      finding = styr_finding_new (STYR_SEVERITY_WARNING, g->code, message,
                                  (StyrEntity **) g->objects->pdata,
                                  g->objects->len);
      g_list_store_append (result->findings, finding);
    }

  return result;
}

static GBytes *
read_all (GInputStream  *stream,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  /* Memory streams do not look at the cancellable themselves. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (g_output_stream_splice (out, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                              cancellable, error) < 0)
    return NULL;

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

/* A kommunkod of a municipality: four digits, the first two a county
 * (01–25). 0000 is the whole country, 00NN the regions. */
static gboolean
is_municipality_code (const char *id)
{
  if (strlen (id) != 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    if (!g_ascii_isdigit (id[i]))
      return FALSE;
  return !(id[0] == '0' && id[1] == '0');
}

/* ---------------------------------------------------------------------- */
/* Kolada */

/* Where json-glib saw a member: its signals are the only source of
 * positions, as JsonNode keeps none. */
typedef struct
{
  gconstpointer object;
  const char   *member;  /* interned */
} PosKey;

typedef struct
{
  guint line;
  guint column;
} Pos;

static guint
pos_key_hash (gconstpointer key)
{
  const PosKey *k = key;

  return g_direct_hash (k->object) ^ g_direct_hash (k->member);
}

static gboolean
pos_key_equal (gconstpointer a,
               gconstpointer b)
{
  const PosKey *ka = a, *kb = b;

  return ka->object == kb->object && ka->member == kb->member;
}

typedef struct
{
  Import      imp;
  GHashTable *positions;     /* PosKey → Pos */
  GHashTable *kpis;          /* KPI id → GPtrArray of StyrIndicator */
  const char *kommunkod;
  guint       entry;         /* 1-based index in "values", for messages */
} Kolada;

static const char *const tracked_members[] = {
  "kpi", "municipality", "ou", "period", "values", "gender", "value",
};

static void
on_object_member (JsonParser *parser,
                  JsonObject *object,
                  const char *member,
                  Kolada     *k)
{
  const char *interned = NULL;
  PosKey *key;
  Pos *pos;

  for (guint i = 0; i < G_N_ELEMENTS (tracked_members); i++)
    if (strcmp (member, tracked_members[i]) == 0)
      interned = g_intern_static_string (tracked_members[i]);
  if (interned == NULL)
    return;

  key = g_new (PosKey, 1);
  key->object = object;
  key->member = interned;
  pos = g_new (Pos, 1);
  pos->line = json_parser_get_current_line (parser);
  pos->column = json_parser_get_current_pos (parser);
  g_hash_table_replace (k->positions, key, pos);

  /* The first tracked member stands for the object as a whole. */
  key = g_new (PosKey, 1);
  key->object = object;
  key->member = NULL;
  if (!g_hash_table_contains (k->positions, key))
    {
      pos = g_new (Pos, 1);
      pos->line = json_parser_get_current_line (parser);
      pos->column = json_parser_get_current_pos (parser);
      g_hash_table_insert (k->positions, key, pos);
    }
  else
    g_free (key);
}

static const Pos *
kolada_pos (Kolada     *k,
            JsonObject *object,
            const char *member)
{
  PosKey key = { object, member != NULL ? g_intern_string (member) : NULL };
  const Pos *pos = NULL;

  if (object == NULL)
    return NULL;
  if (member != NULL)
    pos = g_hash_table_lookup (k->positions, &key);
  if (pos == NULL)
    {
      key.member = NULL;
      pos = g_hash_table_lookup (k->positions, &key);
    }
  return pos;
}

/* "NAME:LINE:COLUMN: värde N: message", or without the position when
 * json-glib gave none for @object. */
G_GNUC_PRINTF (5, 6)
static void
kolada_error (Kolada      *k,
              JsonObject  *object,
              const char  *member,
              GError     **error,
              const char  *format,
              ...)
{
  g_autofree char *message = NULL;
  const Pos *pos = kolada_pos (k, object, member);
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (pos != NULL && k->entry > 0)
    g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE,
                 _("%s:%u:%u: värde %u: %s"),
                 k->imp.name, pos->line, pos->column, k->entry, message);
  else if (k->entry > 0)
    g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE,
                 _("%s: värde %u: %s"), k->imp.name, k->entry, message);
  else if (pos != NULL)
    g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE, "%s:%u:%u: %s",
                 k->imp.name, pos->line, pos->column, message);
  else
    g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE, "%s: %s",
                 k->imp.name, message);
}

/* json-glib's syntax errors read "<data>:LINE:COLUMN: message". */
static void
take_json_error (Kolada  *k,
                 GError  *json_error,
                 GError **error)
{
  const char *text = json_error->message;
  guint line = 0, column = 0;

  if (g_str_has_prefix (text, "<data>:"))
    {
      char *end;

      text += strlen ("<data>:");
      line = (guint) g_ascii_strtoull (text, &end, 10);
      if (*end == ':')
        {
          column = (guint) g_ascii_strtoull (end + 1, &end, 10);
          if (*end == ':')
            text = end + 1;
        }
      while (*text == ' ')
        text++;
    }

  if (line > 0)
    g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE,
                 _("%s:%u:%u: ogiltig JSON: %s"),
                 k->imp.name, line, MAX (column, 1), text);
  else
    g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE,
                 _("%s: ogiltig JSON: %s"), k->imp.name, text);
  g_error_free (json_error);
}

static const char *
member_string (JsonObject *object,
               const char *member,
               gboolean   *wrong_type)
{
  JsonNode *node = json_object_get_member (object, member);

  *wrong_type = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      *wrong_type = TRUE;
      return NULL;
    }
  return json_node_get_string (node);
}

/* A number or null. Returns FALSE when @node is neither. */
static gboolean
node_number (JsonNode *node,
             double   *value)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      *value = NAN;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      *value = (double) json_node_get_int (node);
      return TRUE;
    }
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      *value = json_node_get_double (node);
      return TRUE;
    }
  return FALSE;
}

static gboolean
kolada_period (Kolada      *k,
               JsonObject  *entry,
               guint32     *period_key,
               GError     **error)
{
  JsonNode *node = json_object_get_member (entry, "period");
  g_autoptr(StyrPeriod) period = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 year = -1;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      kolada_error (k, entry, NULL, error, _("»period« saknas"));
      return FALSE;
    }

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    year = json_node_get_int (node);
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);

      if (strlen (text) == 4 && g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) &&
          g_ascii_isdigit (text[2]) && g_ascii_isdigit (text[3]))
        year = g_ascii_strtoll (text, NULL, 10);
    }

  if (year < 0 || year > G_MAXINT)
    {
      kolada_error (k, entry, "period", error,
                    _("»period« ska vara ett år, t.ex. 2024"));
      return FALSE;
    }

  period = styr_period_new (STYR_PERIOD_KIND_YEAR, (int) year, 1, &local_error);
  if (period == NULL)
    {
      kolada_error (k, entry, "period", error, "%s", local_error->message);
      return FALSE;
    }

  *period_key = _styr_period_to_key (period);
  return TRUE;
}

/* Reads one entry of "values": checks all of it, then stages what the
 * model has a place for and counts the rest as skipped. */
static gboolean
kolada_entry (Kolada     *k,
              JsonNode   *node,
              GError    **error)
{
  JsonObject *entry;
  JsonNode *values_node;
  JsonArray *values;
  const char *kpi, *municipality, *ou;
  double genders[3] = { NAN, NAN, NAN };   /* T, K, M */
  gboolean seen[3] = { FALSE, FALSE, FALSE };
  gboolean wrong_type;
  guint32 period_key;
  GPtrArray *indicators;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      kolada_error (k, NULL, NULL, error, _("ska vara ett JSON-objekt"));
      return FALSE;
    }
  entry = json_node_get_object (node);

  kpi = member_string (entry, "kpi", &wrong_type);
  if (kpi == NULL || kpi[0] == '\0')
    {
      kolada_error (k, entry, "kpi", error,
                    _("»kpi« saknas eller är inte en sträng med ett nyckeltals-id"));
      return FALSE;
    }

  municipality = member_string (entry, "municipality", &wrong_type);
  if (wrong_type || (municipality != NULL && municipality[0] == '\0'))
    {
      kolada_error (k, entry, "municipality", error,
                    _("»municipality« ska vara en sträng med en kommunkod, t.ex. \"1292\""));
      return FALSE;
    }
  ou = member_string (entry, "ou", &wrong_type);
  if (municipality == NULL && (ou == NULL || ou[0] == '\0'))
    {
      kolada_error (k, entry, NULL, error,
                    _("»municipality« saknas"));
      return FALSE;
    }

  if (!kolada_period (k, entry, &period_key, error))
    return FALSE;

  values_node = json_object_get_member (entry, "values");
  if (values_node == NULL || !JSON_NODE_HOLDS_ARRAY (values_node))
    {
      kolada_error (k, entry, "values", error,
                    _("»values« saknas eller är ingen lista"));
      return FALSE;
    }
  values = json_node_get_array (values_node);

  for (guint j = 0; j < json_array_get_length (values); j++)
    {
      JsonNode *item = json_array_get_element (values, j);
      JsonObject *point;
      const char *gender;
      int g;
      double v;

      if (!JSON_NODE_HOLDS_OBJECT (item))
        {
          kolada_error (k, entry, "values", error,
                        _("element %u i »values« ska vara ett JSON-objekt"), j + 1);
          return FALSE;
        }
      point = json_node_get_object (item);

      gender = member_string (point, "gender", &wrong_type);
      if (g_strcmp0 (gender, "T") == 0)
        g = 0;
      else if (g_strcmp0 (gender, "K") == 0)
        g = 1;
      else if (g_strcmp0 (gender, "M") == 0)
        g = 2;
      else
        {
          kolada_error (k, point, "gender", error,
                        _("»gender« ska vara \"T\" (totalt), \"K\" (kvinnor) eller \"M\" (män)"));
          return FALSE;
        }
      if (seen[g])
        {
          kolada_error (k, point, "gender", error,
                        _("könet »%s« förekommer två gånger"), gender);
          return FALSE;
        }
      seen[g] = TRUE;

      if (!node_number (json_object_get_member (point, "value"), &v) ||
          isinf (v))
        {
          kolada_error (k, point, "value", error,
                        _("»value« ska vara ett ändligt tal eller null"));
          return FALSE;
        }
      genders[g] = v;
    }

  /* The entry is well formed; does the model have a place for it? */
  indicators = g_hash_table_lookup (k->kpis, kpi);
  if (indicators == NULL)
    {
      import_skip (&k->imp, STYR_FINDING_IMPORT_OKANT_NYCKELTAL, kpi,
                   _("ingen indikator i modellen har Kolada som källa med detta nyckeltals-id"));
      return TRUE;
    }

  if (municipality == NULL)
    {
      g_autofree char *subject = g_strdup_printf (_("organisatorisk enhet %s"), ou);

      import_skip (&k->imp, STYR_FINDING_IMPORT_OKAND_KOMMUN, subject,
                   _("värden för organisatoriska enheter importeras inte"));
      return TRUE;
    }

  if (strcmp (municipality, k->kommunkod) != 0 &&
      !is_municipality_code (municipality))
    {
      g_autofree char *subject = g_strdup_printf (_("kommunkod %s"), municipality);

      import_skip (&k->imp, STYR_FINDING_IMPORT_OKAND_KOMMUN, subject,
                   _("inte en kommun (riket, en region eller en okänd kod)"));
      return TRUE;
    }

  if (isnan (genders[0]))
    {
      g_autoptr(StyrPeriod) period = _styr_period_from_key (period_key);
      g_autofree char *when = styr_period_to_string (period);
      g_autofree char *subject = g_strdup_printf (_("%s för kommun %s %s"),
                                                  kpi, municipality, when);
      Group *g = import_skip (&k->imp, STYR_FINDING_IMPORT_VARDE_SAKNAS, subject,
                              _("totalvärdet (T) saknas eller är null"));

      for (guint i = 0; i < indicators->len; i++)
        group_add_object (g, g_ptr_array_index (indicators, i));
      return TRUE;
    }

  for (guint i = 0; i < indicators->len; i++)
    {
      StyrIndicator *ind = g_ptr_array_index (indicators, i);

      if (strcmp (municipality, k->kommunkod) == 0)
        import_stage (&k->imp, ind, NULL, period_key,
                      genders[0], genders[1], genders[2], NULL, FALSE);
      else
        import_stage (&k->imp, ind, municipality, period_key,
                      genders[0], NAN, NAN, NULL, FALSE);
    }

  return TRUE;
}

static StyrImportResult *
import_kolada (StyrModel   *model,
               GBytes      *bytes,
               const char  *name,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  Kolada k = { { 0, }, };
  StyrImportResult *result = NULL;
  GError *json_error = NULL;
  JsonNode *root, *values_node;
  JsonObject *top;
  JsonArray *values;
  GListModel *indicators;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  import_init (&k.imp, model, name);
  k.positions = g_hash_table_new_full (pos_key_hash, pos_key_equal, g_free, g_free);
  k.kpis = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                  (GDestroyNotify) g_ptr_array_unref);
  k.kommunkod = styr_model_get_kommunkod (model);

  if (k.kommunkod == NULL || k.kommunkod[0] == '\0')
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("%s: modellen har ingen kommunkod, så kommunens egna värden "
                     "kan inte skiljas från jämförelsekommunernas"),
                   k.imp.name);
      goto out;
    }

  /* KPI id → the indicators that follow it. */
  indicators = styr_model_get_indicators (model);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(StyrIndicator) ind = g_list_model_get_item (indicators, i);
      const char *source_id = styr_indicator_get_source_id (ind);
      GPtrArray *list;

      if (styr_indicator_get_source (ind) != STYR_INDICATOR_SOURCE_KOLADA ||
          source_id == NULL || source_id[0] == '\0')
        continue;

      list = g_hash_table_lookup (k.kpis, source_id);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (k.kpis, (gpointer) source_id, list);
        }
      g_ptr_array_add (list, ind);
    }

  g_signal_connect (parser, "object-member", G_CALLBACK (on_object_member), &k);
  if (!json_parser_load_from_data (parser, data != NULL ? data : "", (gssize) size,
                                   &json_error))
    {
      take_json_error (&k, json_error, error);
      goto out;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE,
                   _("%s: filen är tom"), k.imp.name);
      goto out;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      (values_node = json_object_get_member (json_node_get_object (root), "values")) == NULL ||
      !JSON_NODE_HOLDS_ARRAY (values_node))
    {
      kolada_error (&k, JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL,
                    "values", error,
                    _("inget svar från Koladas API: väntade ett JSON-objekt med en lista »values«"));
      goto out;
    }
  top = json_node_get_object (root);
  values = json_node_get_array (values_node);

  for (guint i = 0; i < json_array_get_length (values); i++)
    {
      k.entry = i + 1;
      if (!kolada_entry (&k, json_array_get_element (values, i), error))
        goto out;
    }
  k.entry = 0;

  /* A page of a longer answer (v2 and v3 name the next page). */
  {
    static const char *const next_members[] = { "next_page", "next_url", "next" };

    for (guint i = 0; i < G_N_ELEMENTS (next_members); i++)
      {
        gboolean wrong_type;
        const char *next = member_string (top, next_members[i], &wrong_type);

        if (next != NULL && next[0] != '\0')
          {
            g_autofree char *detail =
              g_strdup_printf (_("filen är en sida av flera; värdena på de andra "
                                 "sidorna finns inte i den. Nästa sida: %s"), next);
            Group *g = import_skip (&k.imp, STYR_FINDING_IMPORT_FLER_SIDOR,
                                    k.imp.name, detail);

            g->count = 0;  /* not a count of values */
            break;
          }
      }
  }

  result = import_apply (&k.imp);

out:
  g_clear_pointer (&k.positions, g_hash_table_unref);
  g_clear_pointer (&k.kpis, g_hash_table_unref);
  import_clear (&k.imp);
  return result;
}

/**
 * styr_model_import_kolada_bytes:
 * @self: a [class@Styr.Model]
 * @bytes: the JSON of an answer of Kolada's API
 * @name: (nullable): the name of the input in error messages, or %NULL
 *   for `<data>`
 * @error: return location for a [struct@GLib.Error]
 *
 * Imports Kolada values held in memory; see
 * [method@Styr.Model.import_kolada].
 *
 * Returns: (transfer full): what the import did, or %NULL on error (then
 *   the model is unchanged)
 *
 * Since: 1.0
 */
StyrImportResult *
styr_model_import_kolada_bytes (StyrModel   *self,
                                GBytes      *bytes,
                                const char  *name,
                                GError     **error)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _styr_init_i18n ();
  return import_kolada (self, bytes, name, error);
}

/**
 * styr_model_import_kolada:
 * @self: a [class@Styr.Model]
 * @stream: the JSON of an answer of Kolada's API, read to its end
 * @name: (nullable): the name of the input in error messages, or %NULL
 *   for `<data>`
 * @cancellable: (nullable): a [class@Gio.Cancellable]
 * @error: return location for a [struct@GLib.Error]
 *
 * Imports the values of an answer of Kolada's data API (*nyckeltal*,
 * `/v2/data/…` or `/v3/data/…`) into the indicators of @self that follow
 * them. The stream is read to its end but not closed.
 *
 * The JSON accepted is an object with a list `values` of entries; other
 * members of the object (`count`, `next_page`, `previous_page`, …) are
 * ignored, except that a non-empty `next_page`, `next_url` or `next`
 * gives a %STYR_FINDING_IMPORT_FLER_SIDOR finding. Each entry is
 *
 * ```json
 * { "kpi": "N00002", "municipality": "1292", "period": 2024,
 *   "values": [ { "gender": "T", "value": 12.3, "status": "", "count": 1 },
 *               { "gender": "K", "value": 13.1, "status": "" },
 *               { "gender": "M", "value": null, "status": "Missing" } ] }
 * ```
 *
 * — the same in versions 2 and 3 of the API. `kpi` is a string;
 * `municipality` a string (entries of organisational units have `ou`
 * instead and are skipped); `period` a year, as a number or a string of
 * four digits; `values` a list of objects with `gender` `"T"` (total),
 * `"K"` (women) or `"M"` (men), each at most once, and `value` a number or
 * `null`. Other members (`status`, `count`, `isdeleted`, …) are ignored.
 *
 * The values go where they belong:
 *
 * - to every indicator whose source is %STYR_INDICATOR_SOURCE_KOLADA and
 *   whose [property@Styr.Indicator:source-id] is the KPI id — several
 *   indicators may follow one KPI;
 * - for the municipality of @self ([property@Styr.Model:kommunkod]), as the
 *   indicator's measurement of the year
 *   ([method@Styr.Indicator.set_measurement]): `T` the value, `K` women,
 *   `M` men. A measurement that was there is replaced, its comment kept;
 *   `K` or `M` missing or `null` leaves that part of the split empty (NaN);
 * - for any other municipality, as a comparison value of the year
 *   ([method@Styr.Indicator.set_comparison_value]), the total `T` only.
 *
 * What has no place is skipped and reported, never an error: a KPI no
 * indicator follows (%STYR_FINDING_IMPORT_OKANT_NYCKELTAL, one finding per
 * KPI) — a Kolada download usually holds more than a plan follows; values
 * of the country, a region, an organisational unit or an id that is no
 * *kommunkod* (%STYR_FINDING_IMPORT_OKAND_KOMMUN); an entry whose total is
 * missing or `null` (%STYR_FINDING_IMPORT_VARDE_SAKNAS).
 *
 * The import is all-or-nothing. It fails with %STYR_ERROR_PARSE when the
 * input is not JSON or not of the shape above (even in an entry that
 * would be skipped), naming the place as `NAME:LINE:COLUMN: ` for a
 * syntax error and `NAME:LINE:COLUMN: värde N: ` (the N:th entry of
 * `values`; the position is that of the member json-glib saw last) for
 * the rest; with %STYR_ERROR_INVALID_ARGUMENT when @self has no
 * *kommunkod*; with a %G_IO_ERROR when reading fails. Nothing in @self
 * changes then.
 *
 * Returns: (transfer full): what the import did, or %NULL on error (then
 *   the model is unchanged)
 *
 * Since: 1.0
 */
StyrImportResult *
styr_model_import_kolada (StyrModel     *self,
                          GInputStream  *stream,
                          const char    *name,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _styr_init_i18n ();
  bytes = read_all (stream, cancellable, error);
  if (bytes == NULL)
    return NULL;
  return import_kolada (self, bytes, name, error);
}

/* ---------------------------------------------------------------------- */
/* Measure files (TAB and CSV) */

G_GNUC_PRINTF (5, 6)
static void
line_error (Import      *imp,
            guint        line,
            GError     **error,
            int          code,
            const char  *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, STYR_ERROR, code, "%s:%u: %s", imp->name, line, message);
}

/* UTF-8 with or without a byte order mark, else Windows-1252. */
static char *
decode_text (Import  *imp,
             GBytes  *bytes,
             GError **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *nul;
  char *text;

  if (data == NULL)
    return g_strdup ("");

  nul = memchr (data, '\0', size);
  if (nul != NULL)
    {
      guint line = 1;

      for (const char *p = data; p < nul; p++)
        if (*p == '\n')
          line++;
      line_error (imp, line, error, STYR_ERROR_PARSE,
                  _("filen innehåller ett nolltecken: det är ingen textfil"));
      return NULL;
    }

  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      const char *end;

      data += 3;
      size -= 3;
      if (!g_utf8_validate (data, (gssize) size, &end))
        {
          guint line = 1;

          for (const char *p = data; p < end; p++)
            if (*p == '\n')
              line++;
          line_error (imp, line, error, STYR_ERROR_PARSE,
                      _("ogiltig UTF-8, fast filen börjar med ett byte order mark"));
          return NULL;
        }
      return g_strndup (data, size);
    }

  if (g_utf8_validate (data, (gssize) size, NULL))
    return g_strndup (data, size);

  text = g_convert (data, (gssize) size, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
  if (text == NULL)
    {
      /* The bytes Windows-1252 leaves unassigned. */
      guint line = 1;

      for (gsize i = 0; i < size && strchr ("\x81\x8D\x8F\x90\x9D", data[i]) == NULL; i++)
        if (data[i] == '\n')
          line++;
      line_error (imp, line, error, STYR_ERROR_PARSE,
                  _("filen är varken UTF-8 eller Windows-1252"));
      return NULL;
    }
  return text;
}

static gboolean
is_group_separator (gunichar c)
{
  return c == ' ' || c == 0x00A0 || c == 0x202F;
}

/* A number with a decimal comma or point, spaces (also no-break and narrow
 * no-break) between groups of three digits, and an optional sign (also
 * U+2212 MINUS SIGN): "1 234,50", "-0.5", "12". */
static gboolean
parse_number (const char *text,
              double     *value)
{
  g_autoptr(GString) c = g_string_new (NULL);
  const char *p = text;
  guint group = 0;          /* digits in the current group */
  gboolean grouped = FALSE;
  gboolean decimals = FALSE;
  guint n_decimals = 0;
  char *end;
  gunichar ch;

  if (*p == '-' || *p == '+')
    {
      if (*p == '-')
        g_string_append_c (c, '-');
      p++;
    }
  else if (g_utf8_get_char (p) == 0x2212)
    {
      g_string_append_c (c, '-');
      p = g_utf8_next_char (p);
    }

  if (!g_ascii_isdigit (*p))
    return FALSE;

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      ch = g_utf8_get_char (p);
      if (ch < 0x80 && g_ascii_isdigit ((char) ch))
        {
          g_string_append_c (c, (char) ch);
          if (decimals)
            n_decimals++;
          else
            group++;
        }
      else if (!decimals && is_group_separator (ch))
        {
          /* The first group 1–3 digits, every later one three. */
          if (group == 0 || group > 3 || (grouped && group != 3))
            return FALSE;
          grouped = TRUE;
          group = 0;
        }
      else if (!decimals && (ch == ',' || ch == '.'))
        {
          if (group == 0 || (grouped && group != 3))
            return FALSE;
          decimals = TRUE;
          g_string_append_c (c, '.');
        }
      else
        return FALSE;
    }

  if (decimals ? n_decimals == 0 : (group == 0 || (grouped && group != 3)))
    return FALSE;

  *value = g_ascii_strtod (c->str, &end);
  return *end == '\0' && isfinite (*value);
}

/* An ISO date (its month) or a period: 2025-05-31, 2025, 2025-T2,
 * 2025-Q3, 2025-05. */
static StyrPeriod *
parse_period (const char  *text,
              GError     **error)
{
  if (strlen (text) == 10 && text[4] == '-' && text[7] == '-')
    {
      gboolean digits = TRUE;
      int year, month, day;

      for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
          digits = FALSE;

      if (digits)
        {
          year = (int) g_ascii_strtoll (text, NULL, 10);
          month = (int) g_ascii_strtoll (text + 5, NULL, 10);
          day = (int) g_ascii_strtoll (text + 8, NULL, 10);
          if (year >= 1 && month >= 1 && month <= 12 && day >= 1 &&
              g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
            return styr_period_new_month (year, month);
        }

      g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE,
                   _("»%s« är inget giltigt datum (ÅÅÅÅ-MM-DD)"), text);
      return NULL;
    }

  return styr_period_parse (text, error);
}

/* The checks shared by both formats: indicator, period, numbers. Stages
 * the row. */
static gboolean
stage_measure (Import      *imp,
               guint        line,
               const char  *indicator_id,
               const char  *period_text,
               const char  *value_text,
               const char  *women_text,
               const char  *men_text,
               const char  *comment,
               gboolean     set_comment,
               GError     **error)
{
  g_autoptr(StyrPeriod) period = NULL;
  g_autoptr(GError) local_error = NULL;
  StyrIndicator *indicator;
  double value, women = NAN, men = NAN;

  if (indicator_id[0] == '\0')
    {
      line_error (imp, line, error, STYR_ERROR_PARSE, _("indikator saknas"));
      return FALSE;
    }
  indicator = styr_model_lookup_indicator (imp->model, indicator_id);
  if (indicator == NULL)
    {
      line_error (imp, line, error, STYR_ERROR_NOT_FOUND,
                  _("okänd indikator »%s«: modellen har ingen indikator med det id:t"),
                  indicator_id);
      return FALSE;
    }

  if (period_text[0] == '\0')
    {
      line_error (imp, line, error, STYR_ERROR_PARSE, _("period saknas"));
      return FALSE;
    }
  period = parse_period (period_text, &local_error);
  if (period == NULL)
    {
      line_error (imp, line, error, STYR_ERROR_PARSE, "%s", local_error->message);
      return FALSE;
    }

  if (value_text[0] == '\0')
    {
      line_error (imp, line, error, STYR_ERROR_PARSE, _("värde saknas"));
      return FALSE;
    }
  if (!parse_number (value_text, &value))
    {
      line_error (imp, line, error, STYR_ERROR_PARSE,
                  _("»%s« är inget tal (t.ex. 1 234,50 eller 12.5)"), value_text);
      return FALSE;
    }
  if (women_text != NULL && women_text[0] != '\0' && !parse_number (women_text, &women))
    {
      line_error (imp, line, error, STYR_ERROR_PARSE,
                  _("»%s« (kvinnor) är inget tal"), women_text);
      return FALSE;
    }
  if (men_text != NULL && men_text[0] != '\0' && !parse_number (men_text, &men))
    {
      line_error (imp, line, error, STYR_ERROR_PARSE,
                  _("»%s« (män) är inget tal"), men_text);
      return FALSE;
    }

  import_stage (imp, indicator, NULL, _styr_period_to_key (period),
                value, women, men, g_strdup (comment), set_comment);
  return TRUE;
}

/* Trims ASCII white space, no-break spaces included, in place. */
static char *
trim (char *text)
{
  char *end;

  while (*text == ' ' || *text == '\t' || g_str_has_prefix (text, "\xC2\xA0"))
    text += (*text == ' ' || *text == '\t') ? 1 : 2;
  end = text + strlen (text);
  while (end > text)
    {
      if (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r')
        end--;
      else if (end - text >= 2 && end[-2] == '\xC2' && end[-1] == '\xA0')
        end -= 2;
      else
        break;
    }
  *end = '\0';
  return text;
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
import_tab (Import  *imp,
            char    *text,
            GError **error)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  gboolean first = TRUE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint line = i + 1;
      g_auto(GStrv) fields = NULL;
      char *l = lines[i];
      gsize len = strlen (l);
      guint n;

      if (len > 0 && l[len - 1] == '\r')
        l[len - 1] = '\0';
      if (is_blank (l))
        continue;

      fields = g_strsplit (l, "\t", -1);
      n = g_strv_length (fields);
      for (guint f = 0; f < n; f++)
        {
          char *t = trim (fields[f]);
          memmove (fields[f], t, strlen (t) + 1);
        }

      if (first)
        {
          g_autofree char *head = g_utf8_strdown (fields[0], -1);

          first = FALSE;
          if (strcmp (head, "enhet") == 0 || strcmp (head, "unit") == 0)
            continue;
        }

      if (n != 4)
        {
          line_error (imp, line, error, STYR_ERROR_PARSE,
                      _("väntade 4 fält åtskilda av tabb (enhet, perioddatum, mått, värde), fann %u"),
                      n);
          return FALSE;
        }

      if (fields[0][0] != '\0' &&
          styr_model_lookup_unit (imp->model, fields[0]) == NULL)
        {
          line_error (imp, line, error, STYR_ERROR_NOT_FOUND,
                      _("okänd enhet »%s«: modellen har ingen enhet med det id:t"),
                      fields[0]);
          return FALSE;
        }

      if (!stage_measure (imp, line, fields[2], fields[1], fields[3],
                          NULL, NULL, NULL, FALSE, error))
        return FALSE;
    }

  return TRUE;
}

/* One record of a CSV file: the fields and the line each begins on. */
typedef struct
{
  GPtrArray *fields;   /* char* */
  GArray    *lines;    /* guint */
} Record;

/* Reads the record at *@p, moving *@p past it and *@line along. Returns
 * FALSE at the end of the text or on error (then @error is set). */
static gboolean
csv_next_record (Import      *imp,
                 const char **p,
                 guint       *line,
                 Record      *record,
                 GError     **error)
{
  const char *s = *p;

  g_ptr_array_set_size (record->fields, 0);
  g_array_set_size (record->lines, 0);

  if (*s == '\0')
    return FALSE;

  for (;;)
    {
      g_autoptr(GString) field = g_string_new (NULL);
      guint start = *line;

      if (*s == '"')
        {
          s++;
          for (;;)
            {
              if (*s == '\0')
                {
                  line_error (imp, start, error, STYR_ERROR_PARSE,
                              _("citattecknet som börjar fältet stängs aldrig"));
                  return FALSE;
                }
              if (*s == '"' && s[1] == '"')
                {
                  g_string_append_c (field, '"');
                  s += 2;
                }
              else if (*s == '"')
                {
                  s++;
                  break;
                }
              else
                {
                  if (*s == '\n')
                    (*line)++;
                  if (!(*s == '\r' && s[1] == '\n'))
                    g_string_append_c (field, *s);
                  s++;
                }
            }
          while (*s == ' ' || *s == '\t')
            s++;
          if (*s != ';' && *s != '\n' && *s != '\0' && !(*s == '\r' && s[1] == '\n'))
            {
              line_error (imp, *line, error, STYR_ERROR_PARSE,
                          _("oväntat tecken efter ett citerat fält; väntade ; eller radslut"));
              return FALSE;
            }
        }
      else
        {
          while (*s != ';' && *s != '\n' && *s != '\0')
            g_string_append_c (field, *s++);
        }

      g_ptr_array_add (record->fields, g_string_free (g_steal_pointer (&field), FALSE));
      g_array_append_val (record->lines, start);

      if (*s == ';')
        {
          s++;
          continue;
        }
      if (*s == '\r')
        s++;
      if (*s == '\n')
        {
          s++;
          (*line)++;
        }
      break;
    }

  *p = s;
  return TRUE;
}

enum { COL_INDIKATOR, COL_PERIOD, COL_VARDE, COL_KVINNOR, COL_MAN, COL_KOMMENTAR, N_COLS };

static const char *const column_names[N_COLS] = {
  "indikator", "period", "värde", "kvinnor", "män", "kommentar",
};

static gboolean
import_csv (Import  *imp,
            char    *text,
            GError **error)
{
  Record record;
  const char *p = text;
  guint line = 1;
  int columns[N_COLS];
  gboolean have_header = FALSE;
  guint n_header = 0;
  gboolean ok = TRUE;
  GError *local_error = NULL;

  record.fields = g_ptr_array_new_with_free_func (g_free);
  record.lines = g_array_new (FALSE, FALSE, sizeof (guint));

  for (int c = 0; c < N_COLS; c++)
    columns[c] = -1;

  while (csv_next_record (imp, &p, &line, &record, &local_error))
    {
      guint n = record.fields->len;
      guint row_line = g_array_index (record.lines, guint, 0);
      char **f = (char **) record.fields->pdata;
      gboolean blank = TRUE;

      for (guint i = 0; i < n; i++)
        {
          char *t = trim (f[i]);
          memmove (f[i], t, strlen (t) + 1);
          if (f[i][0] != '\0')
            blank = FALSE;
        }
      if (blank)
        continue;

      if (!have_header)
        {
          for (guint i = 0; i < n; i++)
            {
              g_autofree char *head = g_utf8_strdown (f[i], -1);
              int c;

              for (c = 0; c < N_COLS; c++)
                if (strcmp (head, column_names[c]) == 0)
                  break;
              if (c == N_COLS)
                {
                  line_error (imp, row_line, &local_error, STYR_ERROR_PARSE,
                              _("rubrikraden saknas eller har en okänd kolumn »%s«: "
                                "väntade indikator;period;värde[;kvinnor;män][;kommentar]"),
                              f[i]);
                  ok = FALSE;
                  goto out;
                }
              if (columns[c] >= 0)
                {
                  line_error (imp, row_line, &local_error, STYR_ERROR_PARSE,
                              _("kolumnen »%s« förekommer två gånger i rubrikraden"), f[i]);
                  ok = FALSE;
                  goto out;
                }
              columns[c] = (int) i;
            }
          for (int c = COL_INDIKATOR; c <= COL_VARDE; c++)
            if (columns[c] < 0)
              {
                line_error (imp, row_line, &local_error, STYR_ERROR_PARSE,
                            _("rubrikraden saknar kolumnen »%s«"), column_names[c]);
                ok = FALSE;
                goto out;
              }
          have_header = TRUE;
          n_header = n;
          continue;
        }

      if (n != n_header)
        {
          line_error (imp, row_line, &local_error, STYR_ERROR_PARSE,
                      _("väntade %u fält åtskilda av semikolon, som rubrikraden, fann %u"),
                      n_header, n);
          ok = FALSE;
          goto out;
        }

#define COL(c) (columns[c] >= 0 ? f[columns[c]] : NULL)
      if (!stage_measure (imp, row_line,
                          COL (COL_INDIKATOR), COL (COL_PERIOD), COL (COL_VARDE),
                          COL (COL_KVINNOR), COL (COL_MAN),
                          COL (COL_KOMMENTAR), columns[COL_KOMMENTAR] >= 0,
                          &local_error))
        {
          ok = FALSE;
          goto out;
        }
#undef COL
    }

  if (local_error != NULL)
    {
      ok = FALSE;
      goto out;
    }

  if (!have_header)
    {
      line_error (imp, 1, &local_error, STYR_ERROR_PARSE,
                  _("filen är tom: rubrikraden indikator;period;värde saknas"));
      ok = FALSE;
    }

out:
  if (!ok)
    g_propagate_error (error, local_error);
  g_ptr_array_unref (record.fields);
  g_array_unref (record.lines);
  return ok;
}

static StyrImportResult *
import_measures (StyrModel         *model,
                 GBytes            *bytes,
                 const char        *name,
                 StyrImportFormat   format,
                 GError           **error)
{
  Import imp;
  g_autofree char *text = NULL;
  StyrImportResult *result = NULL;
  gboolean ok = FALSE;

  import_init (&imp, model, name);

  text = decode_text (&imp, bytes, error);
  if (text != NULL)
    {
      switch (format)
        {
        case STYR_IMPORT_FORMAT_TAB:
          ok = import_tab (&imp, text, error);
          break;

        case STYR_IMPORT_FORMAT_CSV:
          ok = import_csv (&imp, text, error);
          break;

        default:
          g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                       _("Okänt importformat %d"), (int) format);
          break;
        }
    }

  if (ok)
    result = import_apply (&imp);

  import_clear (&imp);
  return result;
}

/**
 * styr_model_import_measures_bytes:
 * @self: a [class@Styr.Model]
 * @bytes: the contents of a measure file
 * @name: (nullable): the name of the input in error messages, or %NULL
 *   for `<data>`
 * @format: the format of @bytes
 * @error: return location for a [struct@GLib.Error]
 *
 * Imports a measure file held in memory; see
 * [method@Styr.Model.import_measures].
 *
 * Returns: (transfer full): what the import did, or %NULL on error (then
 *   the model is unchanged)
 *
 * Since: 1.0
 */
StyrImportResult *
styr_model_import_measures_bytes (StyrModel         *self,
                                  GBytes            *bytes,
                                  const char        *name,
                                  StyrImportFormat   format,
                                  GError           **error)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _styr_init_i18n ();
  return import_measures (self, bytes, name, format, error);
}

/**
 * styr_model_import_measures:
 * @self: a [class@Styr.Model]
 * @stream: the measure file, read to its end
 * @name: (nullable): the name of the input in error messages, or %NULL
 *   for `<data>`
 * @format: the format of the file
 * @cancellable: (nullable): a [class@Gio.Cancellable]
 * @error: return location for a [struct@GLib.Error]
 *
 * Imports measurements (*utfall*) of the indicators of @self from a
 * measure file. The stream is read to its end but not closed.
 *
 * Both formats are text in UTF-8, with or without a byte order mark, or
 * in Windows-1252 (what Excel writes on a Swedish Windows): a file that is
 * not valid UTF-8 and has no byte order mark is read as Windows-1252.
 * Lines end in LF or CR LF; blank lines are skipped; space around a field
 * is trimmed.
 *
 * %STYR_IMPORT_FORMAT_TAB is the file of goal-steering systems: four
 * fields separated by tabs, *unit*, *period date*, *measure*, *value*:
 *
 * - a first line whose first field is `enhet` or `unit` (in any case) is
 *   a header and skipped; there need not be one;
 * - *unit* is empty or the id of a [class@Styr.Unit] of @self. Indicators
 *   are not kept per unit, so the row goes to the indicator either way;
 *   a unit @self does not have is an error;
 * - *period date* is an ISO date `YYYY-MM-DD`, meaning its month
 *   (`2025-05-31` is `2025-05`), or a period as
 *   [func@Styr.Period.parse] reads it: `2025`, `2025-T2`, `2025-Q3`,
 *   `2025-05`;
 * - *measure* is the id of an indicator of @self;
 * - *value* is a number (below). A replaced measurement loses its gender
 *   split and keeps its comment.
 *
 * %STYR_IMPORT_FORMAT_CSV is Swedish CSV: fields separated by `;`,
 * optionally in double quotes (`""` is a quote inside them, and they may
 * span lines). The first line is a header naming the columns, in any order
 * and any case: `indikator`, `period` and `värde` are required, `kvinnor`,
 * `män` and `kommentar` optional; any other column is an error. Every row
 * has as many fields as the header. `period` is read as in the TAB format;
 * `kvinnor` and `män` are numbers or empty (no split). With a `kommentar`
 * column the comment of the measurement is the field (empty clears it);
 * without one a replaced measurement keeps its comment.
 *
 * A number has an optional sign (`-`, `+` or `−`), digits, optionally a
 * decimal comma or point, and may group the digits before it in threes
 * with spaces, no-break spaces (U+00A0) or narrow no-break spaces
 * (U+202F): `1 234,50`, `-0.5`, `12`. `1,234.5` and `12 34` are errors.
 *
 * A row for an indicator and period @self already has a value for
 * replaces it and counts as replaced; when the file names the same
 * indicator and period twice, the later row wins and the value counts
 * once.
 *
 * The import is all-or-nothing: on an error nothing in @self changes.
 * Errors are `NAME:LINE: message` with the line (from 1) of the row:
 * %STYR_ERROR_NOT_FOUND for an indicator or unit @self does not have —
 * unlike Kolada's KPIs, these files are made for the model, so an unknown
 * id is a mistake, not something to skip; %STYR_ERROR_PARSE for a bad
 * number, period or date, a missing field, a wrong number of fields, a bad
 * header, an unclosed quote, or text that is neither UTF-8 nor
 * Windows-1252; a %G_IO_ERROR when reading fails. The result of a measure
 * import has no findings.
 *
 * Returns: (transfer full): what the import did, or %NULL on error (then
 *   the model is unchanged)
 *
 * Since: 1.0
 */
StyrImportResult *
styr_model_import_measures (StyrModel         *self,
                            GInputStream      *stream,
                            const char        *name,
                            StyrImportFormat   format,
                            GCancellable      *cancellable,
                            GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _styr_init_i18n ();
  bytes = read_all (stream, cancellable, error);
  if (bytes == NULL)
    return NULL;
  return import_measures (self, bytes, name, format, error);
}
