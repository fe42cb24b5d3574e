/* styr-report-block.c — the blocks of the report model: headings,
 * paragraphs, tables, charts, goal entries, and sections.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-report-private.h"

/* ------------------------------------------------------------------ */
/* Numbers                                                             */
/* ------------------------------------------------------------------ */

#define NBSP "\xc2\xa0"
#define MINUS "\xe2\x88\x92"

/* Appends the digits of @whole grouped by three with U+00A0. */
static void
append_grouped (GString *out,
                guint64  whole)
{
  char digits[24];
  char *end = digits + sizeof digits;
  char *d = end;
  gsize n;

  do
    {
      *--d = (char) ('0' + whole % 10);
      whole /= 10;
    }
  while (whole > 0);

  n = (gsize) (end - d);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_len (out, NBSP, 2);
      g_string_append_c (out, d[i]);
    }
}

/* The same as "%.*f" of printf and the grouping below, without printf
 * for the numbers a report is made of: it rounds value × 10^decimals
 * to a whole number when the product is far enough from a tie that the
 * rounding of the multiplication cannot change the result (printf
 * rounds the exact binary value). FALSE: use printf. */
static gboolean
append_number_fast (GString *out,
                    double   value,
                    int      decimals,
                    gboolean trim)
{
  static const double scales[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6 };
  static const guint64 powers[] = { 1, 10, 100, 1000, 10000, 100000, 1000000 };
  double scaled, whole, fraction;
  guint64 n, int_part, frac_part;
  int shown = decimals;

  if (!(fabs (value) < 1e12))
    return FALSE;

  scaled = fabs (value) * scales[decimals];
  whole = floor (scaled);
  fraction = scaled - whole;
  /* The product is within half an ulp of the exact one. */
  if (fabs (fraction - 0.5) <= scaled * 4e-16 + 1e-300)
    return FALSE;

  n = (guint64) whole + (fraction > 0.5 ? 1 : 0);
  int_part = n / powers[decimals];
  frac_part = n % powers[decimals];

  if (trim)
    while (shown > 0 && frac_part % 10 == 0)
      {
        frac_part /= 10;
        shown--;
      }

  /* "-0,00" is zero: no sign. */
  if (value < 0 && n != 0)
    g_string_append_len (out, MINUS, 3);
  append_grouped (out, int_part);
  if (shown > 0)
    {
      char fraction_digits[8];

      for (int i = shown - 1; i >= 0; i--)
        {
          fraction_digits[i] = (char) ('0' + frac_part % 10);
          frac_part /= 10;
        }
      g_string_append_c (out, ',');
      g_string_append_len (out, fraction_digits, shown);
    }
  return TRUE;
}

void
_styr_report_append_number (GString *out,
                            double   value,
                            int      decimals)
{
  /* "%.6f" of the largest double has 309 digits before the point. */
  char text[400];
  const char *digits;
  const char *dot;
  gsize n_int;
  gboolean trim = decimals < 0;
  gboolean negative;

  if (!isfinite (value))
    return;
  if (trim)
    decimals = 2;
  decimals = CLAMP (decimals, 0, 6);

  if (append_number_fast (out, value, decimals, trim))
    return;

  g_snprintf (text, sizeof text, "%.*f", decimals, value);
  negative = text[0] == '-';
  digits = negative ? text + 1 : text;

  /* "-0,00" is zero: no sign. */
  if (negative)
    {
      gboolean all_zero = TRUE;

      for (const char *p = digits; *p != '\0'; p++)
        if (*p >= '1' && *p <= '9')
          all_zero = FALSE;
      if (all_zero)
        negative = FALSE;
    }

  if (negative)
    g_string_append (out, MINUS);

  dot = strchr (digits, '.');
  n_int = dot != NULL ? (gsize) (dot - digits) : strlen (digits);
  for (gsize i = 0; i < n_int; i++)
    {
      if (i > 0 && (n_int - i) % 3 == 0)
        g_string_append (out, NBSP);
      g_string_append_c (out, digits[i]);
    }

  if (dot != NULL)
    {
      const char *fraction = dot + 1;
      gsize len = strlen (fraction);

      if (trim)
        {
          while (len > 0 && fraction[len - 1] == '0')
            len--;
        }
      if (len > 0)
        {
          g_string_append_c (out, ',');
          g_string_append_len (out, fraction, len);
        }
    }
}

char *
_styr_report_format_number (double value,
                            int    decimals)
{
  GString *out = g_string_sized_new (32);

  _styr_report_append_number (out, value, decimals);
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ */
/* The texts of tables and charts                                      */
/* ------------------------------------------------------------------ */

/* A municipality's report has tens of thousands of tables and charts
 * and hundreds of thousands of cells: their texts are kept in blocks
 * that the report's tables and charts share (each holds a reference),
 * not in a block or a malloc of their own, and a short text that comes
 * again (a status, a unit, a period, a column's title) is kept once. */

#define TEXTS_BLOCK (32 * 1024)
#define TEXTS_SHORT 32
#define TEXTS_RECENT 256

struct _StyrReportTexts
{
  gint        ref_count;   /* atomic */
  GPtrArray  *blocks;      /* of char*, freed with @self */
  char       *next;        /* where the next text goes in the block being filled */
  gsize       left;        /* what is left of it */
  GHashTable *short_texts; /* the short texts kept, by their text; NULL
                            * once sealed */
  GString    *scratch;     /* for formatting (_styr_report_texts_scratch()) */
  /* The short texts last added, by the address they were added from:
   * most come again from the same string (a translation, a level's
   * label, an activity status's text), and comparing them with what
   * was kept for that address costs less than hashing them. An address
   * that now holds another text only misses. */
  struct
  {
    const char *text;
    const char *kept;
  } recent[TEXTS_RECENT];
};

StyrReportTexts *
_styr_report_texts_new (void)
{
  StyrReportTexts *self = g_new0 (StyrReportTexts, 1);

  self->ref_count = 1;
  self->blocks = g_ptr_array_new_with_free_func (g_free);
  self->short_texts = g_hash_table_new (g_str_hash, g_str_equal);
  return self;
}

StyrReportTexts *
_styr_report_texts_ref (StyrReportTexts *self)
{
  g_atomic_int_inc (&self->ref_count);
  return self;
}

void
_styr_report_texts_unref (StyrReportTexts *self)
{
  if (self == NULL || !g_atomic_int_dec_and_test (&self->ref_count))
    return;
  _styr_report_texts_seal (self);
  g_ptr_array_unref (self->blocks);
  g_free (self);
}

/* Lets go of what is only needed while texts are added (the report is
 * built): later texts are only copied. */
void
_styr_report_texts_seal (StyrReportTexts *self)
{
  g_clear_pointer (&self->short_texts, g_hash_table_unref);
  if (self->scratch != NULL)
    g_string_free (g_steal_pointer (&self->scratch), TRUE);
}

static char *
texts_alloc (StyrReportTexts *self,
             gsize            size)
{
  char *kept;

  if (size > self->left)
    {
      if (size > TEXTS_BLOCK / 4)
        {
          /* A long text has a block of its own. */
          kept = g_malloc (size);
          g_ptr_array_add (self->blocks, kept);
          return kept;
        }
      self->next = g_malloc (TEXTS_BLOCK);
      self->left = TEXTS_BLOCK;
      g_ptr_array_add (self->blocks, self->next);
    }
  kept = self->next;
  self->next += size;
  self->left -= size;
  return kept;
}

/* An empty string to format a text in before it is added (one for all:
 * the texts are made in one thread, and each is added before the next
 * is formatted). */
GString *
_styr_report_texts_scratch (StyrReportTexts *self)
{
  if (self->scratch == NULL)
    self->scratch = g_string_sized_new (64);
  g_string_truncate (self->scratch, 0);
  return self->scratch;
}

/* A copy of @text (%NULL for %NULL) that lives as long as @self. */
const char *
_styr_report_texts_add (StyrReportTexts *self,
                        const char      *text)
{
  gsize len;
  char *kept;

  guint slot;

  if (text == NULL)
    return NULL;

  slot = (guint) (((guintptr) text >> 4) ^ ((guintptr) text >> 12)) % TEXTS_RECENT;
  if (self->short_texts != NULL && self->recent[slot].text == text &&
      strcmp (self->recent[slot].kept, text) == 0)
    return (char *) self->recent[slot].kept;

  len = strlen (text);
  if (len < TEXTS_SHORT && self->short_texts != NULL)
    {
      kept = g_hash_table_lookup (self->short_texts, text);
      if (kept == NULL)
        {
          kept = texts_alloc (self, len + 1);
          memcpy (kept, text, len + 1);
          g_hash_table_add (self->short_texts, kept);
        }
      self->recent[slot].text = text;
      self->recent[slot].kept = kept;
      return kept;
    }

  kept = texts_alloc (self, len + 1);
  memcpy (kept, text, len + 1);
  return kept;
}

/* ------------------------------------------------------------------ */
/* Shapes                                                              */
/* ------------------------------------------------------------------ */

StyrReportShape
styr_report_shape_for_level (StyrScaleLevel *level)
{
  double score;

  g_return_val_if_fail (level == NULL || STYR_IS_SCALE_LEVEL (level), STYR_REPORT_SHAPE_NONE);

  if (level == NULL)
    return STYR_REPORT_SHAPE_NONE;

  score = styr_scale_level_get_score (level);
  if (score >= 0.75)
    return STYR_REPORT_SHAPE_CIRCLE;
  if (score >= 0.25)
    return STYR_REPORT_SHAPE_TRIANGLE;
  return STYR_REPORT_SHAPE_SQUARE;
}

const char *
styr_report_shape_get_symbol (StyrReportShape shape)
{
  switch (shape)
    {
    case STYR_REPORT_SHAPE_CIRCLE:
      return "●";
    case STYR_REPORT_SHAPE_TRIANGLE:
      return "▲";
    case STYR_REPORT_SHAPE_SQUARE:
      return "■";
    case STYR_REPORT_SHAPE_NONE:
    default:
      return "○";
    }
}

/* ------------------------------------------------------------------ */
/* StyrReportBlock                                                     */
/* ------------------------------------------------------------------ */

typedef struct
{
  StyrReportBlockKind kind;
} StyrReportBlockPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (StyrReportBlock, styr_report_block, G_TYPE_OBJECT)

enum {
  BLOCK_PROP_0,
  BLOCK_PROP_KIND,
  BLOCK_N_PROPS
};

static GParamSpec *block_properties[BLOCK_N_PROPS];

static void
styr_report_block_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  StyrReportBlock *self = STYR_REPORT_BLOCK (object);

  switch (prop_id)
    {
    case BLOCK_PROP_KIND:
      g_value_set_enum (value, styr_report_block_get_kind (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_report_block_class_init (StyrReportBlockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = styr_report_block_get_property;

  /**
   * StyrReportBlock:kind:
   *
   * Which block this is.
   *
   * Since: 1.0
   */
  block_properties[BLOCK_PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       STYR_TYPE_REPORT_BLOCK_KIND, STYR_REPORT_BLOCK_KIND_PARAGRAPH,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, BLOCK_N_PROPS, block_properties);
}

static void
styr_report_block_init (StyrReportBlock *self)
{
}

static void
set_block_kind (gpointer            block,
                StyrReportBlockKind kind)
{
  StyrReportBlockPrivate *priv = styr_report_block_get_instance_private (STYR_REPORT_BLOCK (block));

  priv->kind = kind;
}

StyrReportBlockKind
styr_report_block_get_kind (StyrReportBlock *self)
{
  StyrReportBlockPrivate *priv;

  g_return_val_if_fail (STYR_IS_REPORT_BLOCK (self), STYR_REPORT_BLOCK_KIND_PARAGRAPH);

  priv = styr_report_block_get_instance_private (self);
  return priv->kind;
}

/* ------------------------------------------------------------------ */
/* StyrReportHeading                                                   */
/* ------------------------------------------------------------------ */

struct _StyrReportHeading
{
  StyrReportBlock parent_instance;

  char  *text;
  guint  level;
};

G_DEFINE_FINAL_TYPE (StyrReportHeading, styr_report_heading, STYR_TYPE_REPORT_BLOCK)

enum {
  HEADING_PROP_0,
  HEADING_PROP_TEXT,
  HEADING_PROP_LEVEL,
  HEADING_N_PROPS
};

static GParamSpec *heading_properties[HEADING_N_PROPS];

static void
styr_report_heading_finalize (GObject *object)
{
  StyrReportHeading *self = (StyrReportHeading *) object;

  g_free (self->text);

  G_OBJECT_CLASS (styr_report_heading_parent_class)->finalize (object);
}

static void
styr_report_heading_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  StyrReportHeading *self = STYR_REPORT_HEADING (object);

  switch (prop_id)
    {
    case HEADING_PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case HEADING_PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_report_heading_class_init (StyrReportHeadingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styr_report_heading_finalize;
  object_class->get_property = styr_report_heading_get_property;

  /**
   * StyrReportHeading:text:
   *
   * The text of the heading.
   *
   * Since: 1.0
   */
  heading_properties[HEADING_PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReportHeading:level:
   *
   * The level of the heading below the section's own: 2, 3 or 4.
   *
   * Since: 1.0
   */
  heading_properties[HEADING_PROP_LEVEL] =
    g_param_spec_uint ("level", NULL, NULL, 2, 4, 2,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, HEADING_N_PROPS, heading_properties);
}

static void
styr_report_heading_init (StyrReportHeading *self)
{
  set_block_kind (self, STYR_REPORT_BLOCK_KIND_HEADING);
  self->level = 2;
}

StyrReportHeading *
_styr_report_heading_new (const char *text,
                          guint       level)
{
  StyrReportHeading *self = g_object_new (STYR_TYPE_REPORT_HEADING, NULL);

  self->text = g_strdup (text != NULL ? text : "");
  self->level = CLAMP (level, 2, 4);
  return self;
}

const char *
styr_report_heading_get_text (StyrReportHeading *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_HEADING (self), NULL);
  return self->text;
}

guint
styr_report_heading_get_level (StyrReportHeading *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_HEADING (self), 2);
  return self->level;
}

/* ------------------------------------------------------------------ */
/* StyrReportParagraph                                                 */
/* ------------------------------------------------------------------ */

struct _StyrReportParagraph
{
  StyrReportBlock parent_instance;

  char               *text;
  StyrReportEmphasis  emphasis;
};

G_DEFINE_FINAL_TYPE (StyrReportParagraph, styr_report_paragraph, STYR_TYPE_REPORT_BLOCK)

enum {
  PARAGRAPH_PROP_0,
  PARAGRAPH_PROP_TEXT,
  PARAGRAPH_PROP_EMPHASIS,
  PARAGRAPH_N_PROPS
};

static GParamSpec *paragraph_properties[PARAGRAPH_N_PROPS];

static void
styr_report_paragraph_finalize (GObject *object)
{
  StyrReportParagraph *self = (StyrReportParagraph *) object;

  g_free (self->text);

  G_OBJECT_CLASS (styr_report_paragraph_parent_class)->finalize (object);
}

static void
styr_report_paragraph_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  StyrReportParagraph *self = STYR_REPORT_PARAGRAPH (object);

  switch (prop_id)
    {
    case PARAGRAPH_PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PARAGRAPH_PROP_EMPHASIS:
      g_value_set_enum (value, self->emphasis);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_report_paragraph_class_init (StyrReportParagraphClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styr_report_paragraph_finalize;
  object_class->get_property = styr_report_paragraph_get_property;

  /**
   * StyrReportParagraph:text:
   *
   * The text of the paragraph, plain UTF-8.
   *
   * Since: 1.0
   */
  paragraph_properties[PARAGRAPH_PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReportParagraph:emphasis:
   *
   * How the paragraph is set off.
   *
   * Since: 1.0
   */
  paragraph_properties[PARAGRAPH_PROP_EMPHASIS] =
    g_param_spec_enum ("emphasis", NULL, NULL,
                       STYR_TYPE_REPORT_EMPHASIS, STYR_REPORT_EMPHASIS_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, PARAGRAPH_N_PROPS, paragraph_properties);
}

static void
styr_report_paragraph_init (StyrReportParagraph *self)
{
  set_block_kind (self, STYR_REPORT_BLOCK_KIND_PARAGRAPH);
}

StyrReportParagraph *
_styr_report_paragraph_new (const char         *text,
                            StyrReportEmphasis  emphasis)
{
  StyrReportParagraph *self = g_object_new (STYR_TYPE_REPORT_PARAGRAPH, NULL);

  self->text = g_strdup (text != NULL ? text : "");
  self->emphasis = emphasis;
  return self;
}

const char *
styr_report_paragraph_get_text (StyrReportParagraph *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_PARAGRAPH (self), NULL);
  return self->text;
}

StyrReportEmphasis
styr_report_paragraph_get_emphasis (StyrReportParagraph *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_PARAGRAPH (self), STYR_REPORT_EMPHASIS_NONE);
  return self->emphasis;
}

/* ------------------------------------------------------------------ */
/* StyrReportTable                                                     */
/* ------------------------------------------------------------------ */

typedef struct
{
  const char           *title;   /* in the table's texts */
  StyrReportColumnKind  kind;
} Column;

/* A cell: its text and the value of its column's kind. Whether it has
 * a value is in the table's flags, one byte a cell. */
typedef struct
{
  const char         *text;      /* in the table's texts; NULL: empty */
  union
  {
    gint64            ore;
    double            number;
    StyrScaleLevel   *level;     /* ref */
    GDate             date;
  } v;
} Cell;

G_STATIC_ASSERT (sizeof (GDate) <= sizeof (gint64));

enum {
  CELL_HAS = 1 << 0,        /* a value of the column's kind */
  ROW_TOTAL = 1 << 1,       /* (on the row's first cell) a total row */
};

struct _StyrReportTable
{
  StyrReportBlock parent_instance;

  char             *id;
  char             *caption;
  StyrMoneyUnit     money_unit;
  GArray           *columns;   /* of Column */
  guint             n_rows;
  guint             n_rows_allocated;
  Cell             *cells;     /* n_rows × columns, row by row */
  guint8           *flags;     /* the same, CELL_HAS and ROW_TOTAL */
  StyrReportTexts  *texts;     /* the cells' texts (shared) */
};

G_DEFINE_FINAL_TYPE (StyrReportTable, styr_report_table, STYR_TYPE_REPORT_BLOCK)

enum {
  TABLE_PROP_0,
  TABLE_PROP_ID,
  TABLE_PROP_CAPTION,
  TABLE_PROP_MONEY_UNIT,
  TABLE_PROP_N_COLUMNS,
  TABLE_PROP_N_ROWS,
  TABLE_N_PROPS
};

static GParamSpec *table_properties[TABLE_N_PROPS];

static void
styr_report_table_finalize (GObject *object)
{
  StyrReportTable *self = (StyrReportTable *) object;

  /* Only status cells hold a reference. */
  for (guint c = 0; c < self->columns->len; c++)
    if (g_array_index (self->columns, Column, c).kind == STYR_REPORT_COLUMN_KIND_STATUS)
      for (guint r = 0; r < self->n_rows; r++)
        g_clear_object (&self->cells[(gsize) r * self->columns->len + c].v.level);
  g_free (self->cells);
  g_free (self->flags);
  g_array_unref (self->columns);
  _styr_report_texts_unref (self->texts);
  g_free (self->id);
  g_free (self->caption);

  G_OBJECT_CLASS (styr_report_table_parent_class)->finalize (object);
}

static void
styr_report_table_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  StyrReportTable *self = STYR_REPORT_TABLE (object);

  switch (prop_id)
    {
    case TABLE_PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case TABLE_PROP_CAPTION:
      g_value_set_string (value, self->caption);
      break;
    case TABLE_PROP_MONEY_UNIT:
      g_value_set_enum (value, self->money_unit);
      break;
    case TABLE_PROP_N_COLUMNS:
      g_value_set_uint (value, self->columns->len);
      break;
    case TABLE_PROP_N_ROWS:
      g_value_set_uint (value, self->n_rows);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_report_table_class_init (StyrReportTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styr_report_table_finalize;
  object_class->get_property = styr_report_table_get_property;

  /**
   * StyrReportTable:id:
   *
   * The table's id, unique in the report, of `[a-z0-9-]`.
   *
   * Since: 1.0
   */
  table_properties[TABLE_PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReportTable:caption:
   *
   * The caption of the table.
   *
   * Since: 1.0
   */
  table_properties[TABLE_PROP_CAPTION] =
    g_param_spec_string ("caption", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReportTable:money-unit:
   *
   * The unit the text of the money cells is in.
   *
   * Since: 1.0
   */
  table_properties[TABLE_PROP_MONEY_UNIT] =
    g_param_spec_enum ("money-unit", NULL, NULL,
                       STYR_TYPE_MONEY_UNIT, STYR_MONEY_UNIT_TKR,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReportTable:n-columns:
   *
   * The number of columns.
   *
   * Since: 1.0
   */
  table_properties[TABLE_PROP_N_COLUMNS] =
    g_param_spec_uint ("n-columns", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReportTable:n-rows:
   *
   * The number of rows, total rows included.
   *
   * Since: 1.0
   */
  table_properties[TABLE_PROP_N_ROWS] =
    g_param_spec_uint ("n-rows", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, TABLE_N_PROPS, table_properties);
}

static void
styr_report_table_init (StyrReportTable *self)
{
  set_block_kind (self, STYR_REPORT_BLOCK_KIND_TABLE);
  self->money_unit = STYR_MONEY_UNIT_TKR;
  self->columns = g_array_sized_new (FALSE, TRUE, sizeof (Column), 8);
}

/* Keeps a copy of @text (may be NULL) in the table's texts. */
static inline const char *
table_text (StyrReportTable *self,
            const char      *text)
{
  return _styr_report_texts_add (self->texts, text);
}

/* Keeps @text (owned, may be NULL) in the table and frees it. */
static const char *
table_text_take (StyrReportTable *self,
                 char            *text)
{
  const char *kept = table_text (self, text);

  g_free (text);
  return kept;
}

StyrReportTable *
_styr_report_table_new (StyrReportTexts *texts,
                        const char      *id,
                        const char      *caption)
{
  StyrReportTable *self = g_object_new (STYR_TYPE_REPORT_TABLE, NULL);

  self->texts = texts != NULL ? _styr_report_texts_ref (texts) : _styr_report_texts_new ();
  self->id = g_strdup (id);
  self->caption = g_strdup (caption != NULL ? caption : "");
  return self;
}

guint
_styr_report_table_add_column (StyrReportTable      *self,
                               const char           *title,
                               StyrReportColumnKind  kind)
{
  Column column = { table_text (self, title), kind };

  g_return_val_if_fail (self->n_rows == 0, 0);

  g_array_append_val (self->columns, column);
  return self->columns->len - 1;
}

guint
_styr_report_table_add_row (StyrReportTable *self,
                            gboolean         is_total)
{
  gsize n_columns = MAX (self->columns->len, 1);
  gsize first;

  if (self->n_rows == self->n_rows_allocated)
    {
      self->n_rows_allocated = MAX (4, self->n_rows_allocated * 2);
      self->cells = g_renew (Cell, self->cells, self->n_rows_allocated * n_columns);
      self->flags = g_renew (guint8, self->flags, self->n_rows_allocated * n_columns);
    }

  first = self->n_rows * n_columns;
  memset (&self->cells[first], 0, sizeof (Cell) * n_columns);
  memset (&self->flags[first], 0, n_columns);
  if (is_total)
    self->flags[first] |= ROW_TOTAL;
  return self->n_rows++;
}

static inline gsize
cell_index (StyrReportTable *self,
            guint            row,
            guint            column)
{
  return (gsize) row * MAX (self->columns->len, 1) + column;
}

/* The cell at @row and @column, emptied for a new text and value. */
static Cell *
writable_cell (StyrReportTable *self,
               guint            row,
               guint            column)
{
  gsize i;
  Cell *cell;

  g_assert (row < self->n_rows && column < self->columns->len);
  i = cell_index (self, row, column);
  cell = &self->cells[i];
  if (g_array_index (self->columns, Column, column).kind == STYR_REPORT_COLUMN_KIND_STATUS)
    g_clear_object (&cell->v.level);
  cell->text = NULL;
  cell->v.ore = 0;
  self->flags[i] &= (guint8) ~CELL_HAS;
  return cell;
}

static inline void
set_has (StyrReportTable *self,
         guint            row,
         guint            column)
{
  self->flags[cell_index (self, row, column)] |= CELL_HAS;
}

static inline gboolean
get_has (StyrReportTable *self,
         guint            row,
         guint            column)
{
  return (self->flags[cell_index (self, row, column)] & CELL_HAS) != 0;
}

static StyrReportColumnKind
column_kind (StyrReportTable *self,
             guint            column)
{
  return g_array_index (self->columns, Column, column).kind;
}

void
_styr_report_table_set_text (StyrReportTable *self,
                             guint            row,
                             guint            column,
                             const char      *text)
{
  Cell *cell = writable_cell (self, row, column);

  cell->text = table_text (self, text);
}

void
_styr_report_table_set_money (StyrReportTable *self,
                              guint            row,
                              guint            column,
                              gint64           ore)
{
  Cell *cell = writable_cell (self, row, column);

  g_assert (column_kind (self, column) == STYR_REPORT_COLUMN_KIND_MONEY);
  set_has (self, row, column);
  cell->v.ore = ore;
  cell->text = table_text_take (self, styr_money_format_plain (ore, self->money_unit, 0));
}

void
_styr_report_table_set_number (StyrReportTable *self,
                               guint            row,
                               guint            column,
                               double           value,
                               int              decimals,
                               const char      *text)
{
  Cell *cell = writable_cell (self, row, column);
  StyrReportColumnKind kind = column_kind (self, column);

  g_assert (kind == STYR_REPORT_COLUMN_KIND_NUMBER || kind == STYR_REPORT_COLUMN_KIND_PERCENT);
  set_has (self, row, column);
  cell->v.number = value;
  if (text != NULL)
    cell->text = table_text (self, text);
  else
    {
      GString *number = _styr_report_texts_scratch (self->texts);

      _styr_report_append_number (number, value, decimals);
      if (kind == STYR_REPORT_COLUMN_KIND_PERCENT)
        g_string_append (number, NBSP "%");
      cell->text = table_text (self, number->str);
    }
}

void
_styr_report_table_set_level (StyrReportTable *self,
                              guint            row,
                              guint            column,
                              StyrScaleLevel  *level,
                              const char      *not_assessed_label)
{
  Cell *cell = writable_cell (self, row, column);

  g_assert (column_kind (self, column) == STYR_REPORT_COLUMN_KIND_STATUS);
  if (level != NULL)
    {
      set_has (self, row, column);
      cell->v.level = g_object_ref (level);
      cell->text = table_text (self, styr_scale_level_get_label (level));
    }
  else
    cell->text = table_text (self, not_assessed_label != NULL ? not_assessed_label : "");
}

void
_styr_report_table_set_date (StyrReportTable *self,
                             guint            row,
                             guint            column,
                             const GDate     *date)
{
  Cell *cell = writable_cell (self, row, column);

  g_assert (column_kind (self, column) == STYR_REPORT_COLUMN_KIND_DATE);
  if (date == NULL || !g_date_valid (date))
    return;
  set_has (self, row, column);
  cell->v.date = *date;
  {
    guint year = g_date_get_year (date);
    guint month = g_date_get_month (date);
    guint day = g_date_get_day (date);

    /* "%04u-%02u-%02u" without printf: activity tables have a date on
     * every row. */
    if (year <= 9999)
      {
        char text[11] = {
          (char) ('0' + year / 1000), (char) ('0' + year / 100 % 10),
          (char) ('0' + year / 10 % 10), (char) ('0' + year % 10), '-',
          (char) ('0' + month / 10), (char) ('0' + month % 10), '-',
          (char) ('0' + day / 10), (char) ('0' + day % 10), '\0'
        };

        cell->text = table_text (self, text);
      }
    else
      cell->text = table_text_take (self, g_strdup_printf ("%04u-%02u-%02u", year, month, day));
  }
}

const char *
styr_report_table_get_id (StyrReportTable *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_TABLE (self), NULL);
  return self->id;
}

const char *
styr_report_table_get_caption (StyrReportTable *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_TABLE (self), NULL);
  return self->caption;
}

guint
styr_report_table_get_n_columns (StyrReportTable *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_TABLE (self), 0);
  return self->columns->len;
}

const char *
styr_report_table_get_column_title (StyrReportTable *self,
                                    guint            column)
{
  g_return_val_if_fail (STYR_IS_REPORT_TABLE (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);
  return g_array_index (self->columns, Column, column).title;
}

StyrReportColumnKind
styr_report_table_get_column_kind (StyrReportTable *self,
                                   guint            column)
{
  g_return_val_if_fail (STYR_IS_REPORT_TABLE (self), STYR_REPORT_COLUMN_KIND_TEXT);
  g_return_val_if_fail (column < self->columns->len, STYR_REPORT_COLUMN_KIND_TEXT);
  return column_kind (self, column);
}

StyrMoneyUnit
styr_report_table_get_money_unit (StyrReportTable *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_TABLE (self), STYR_MONEY_UNIT_TKR);
  return self->money_unit;
}

guint
styr_report_table_get_n_rows (StyrReportTable *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_TABLE (self), 0);
  return self->n_rows;
}

gboolean
styr_report_table_get_row_is_total (StyrReportTable *self,
                                    guint            row)
{
  g_return_val_if_fail (STYR_IS_REPORT_TABLE (self), FALSE);
  g_return_val_if_fail (row < self->n_rows, FALSE);
  return (self->flags[cell_index (self, row, 0)] & ROW_TOTAL) != 0;
}

const char *
_styr_report_table_peek_text (StyrReportTable *self,
                              guint            row,
                              guint            column)
{
  const char *text = self->cells[cell_index (self, row, column)].text;

  return text != NULL ? text : "";
}

const char *
styr_report_table_get_text (StyrReportTable *self,
                            guint            row,
                            guint            column)
{
  const char *text;

  g_return_val_if_fail (STYR_IS_REPORT_TABLE (self), NULL);
  g_return_val_if_fail (row < self->n_rows, NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  text = self->cells[cell_index (self, row, column)].text;
  return text != NULL ? text : "";
}

gboolean
styr_report_table_get_money (StyrReportTable *self,
                             guint            row,
                             guint            column,
                             gint64          *ore)
{
  if (ore != NULL)
    *ore = 0;
  g_return_val_if_fail (STYR_IS_REPORT_TABLE (self), FALSE);
  g_return_val_if_fail (row < self->n_rows, FALSE);
  g_return_val_if_fail (column < self->columns->len, FALSE);

  if (column_kind (self, column) != STYR_REPORT_COLUMN_KIND_MONEY || !get_has (self, row, column))
    return FALSE;
  if (ore != NULL)
    *ore = self->cells[cell_index (self, row, column)].v.ore;
  return TRUE;
}

gboolean
styr_report_table_get_number (StyrReportTable *self,
                              guint            row,
                              guint            column,
                              double          *value)
{
  StyrReportColumnKind kind;

  if (value != NULL)
    *value = 0.0;
  g_return_val_if_fail (STYR_IS_REPORT_TABLE (self), FALSE);
  g_return_val_if_fail (row < self->n_rows, FALSE);
  g_return_val_if_fail (column < self->columns->len, FALSE);

  kind = column_kind (self, column);
  if ((kind != STYR_REPORT_COLUMN_KIND_NUMBER && kind != STYR_REPORT_COLUMN_KIND_PERCENT) ||
      !get_has (self, row, column))
    return FALSE;
  if (value != NULL)
    *value = self->cells[cell_index (self, row, column)].v.number;
  return TRUE;
}

StyrScaleLevel *
styr_report_table_get_level (StyrReportTable *self,
                             guint            row,
                             guint            column)
{
  g_return_val_if_fail (STYR_IS_REPORT_TABLE (self), NULL);
  g_return_val_if_fail (row < self->n_rows, NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  if (column_kind (self, column) != STYR_REPORT_COLUMN_KIND_STATUS)
    return NULL;
  return self->cells[cell_index (self, row, column)].v.level;
}

const GDate *
styr_report_table_get_date (StyrReportTable *self,
                            guint            row,
                            guint            column)
{
  g_return_val_if_fail (STYR_IS_REPORT_TABLE (self), NULL);
  g_return_val_if_fail (row < self->n_rows, NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  if (column_kind (self, column) != STYR_REPORT_COLUMN_KIND_DATE || !get_has (self, row, column))
    return NULL;
  return &self->cells[cell_index (self, row, column)].v.date;
}

/* ------------------------------------------------------------------ */
/* StyrReportChart                                                     */
/* ------------------------------------------------------------------ */

typedef struct
{
  const char     *label;    /* in the chart's texts */
  StyrScaleLevel *level;    /* ref, nullable */
} Category;

typedef struct
{
  const char     *name;     /* in the chart's texts */
  StyrScaleLevel *level;    /* ref, nullable */
  gboolean        is_target;
} Series;

/* The values are one block, a row of room for @n_categories_allocated
 * per series; NAN where a series has no value. */
struct _StyrReportChart
{
  StyrReportBlock parent_instance;

  char                *id;
  StyrReportChartKind  kind;
  char                *title;
  char                *unit;
  guint                n_categories;
  guint                n_categories_allocated;
  guint                n_series;
  guint                n_series_allocated;
  Category            *categories;
  Series              *series;
  double              *values;
  StyrReportTexts     *texts;       /* the labels and names (shared) */
};

G_DEFINE_FINAL_TYPE (StyrReportChart, styr_report_chart, STYR_TYPE_REPORT_BLOCK)

enum {
  CHART_PROP_0,
  CHART_PROP_ID,
  CHART_PROP_CHART_KIND,
  CHART_PROP_TITLE,
  CHART_PROP_UNIT,
  CHART_N_PROPS
};

static GParamSpec *chart_properties[CHART_N_PROPS];

static void
styr_report_chart_finalize (GObject *object)
{
  StyrReportChart *self = (StyrReportChart *) object;

  for (guint i = 0; i < self->n_categories; i++)
    g_clear_object (&self->categories[i].level);
  for (guint i = 0; i < self->n_series; i++)
    g_clear_object (&self->series[i].level);
  g_free (self->categories);
  g_free (self->series);
  g_free (self->values);
  _styr_report_texts_unref (self->texts);
  g_free (self->id);
  g_free (self->title);
  g_free (self->unit);

  G_OBJECT_CLASS (styr_report_chart_parent_class)->finalize (object);
}

static void
styr_report_chart_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  StyrReportChart *self = STYR_REPORT_CHART (object);

  switch (prop_id)
    {
    case CHART_PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case CHART_PROP_CHART_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case CHART_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case CHART_PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_report_chart_class_init (StyrReportChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styr_report_chart_finalize;
  object_class->get_property = styr_report_chart_get_property;

  /**
   * StyrReportChart:id:
   *
   * The chart's id, unique among the report's charts, of `[a-z0-9-]`.
   *
   * Since: 1.0
   */
  chart_properties[CHART_PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReportChart:chart-kind:
   *
   * What the chart shows ([method@Styr.ReportChart.get_chart_kind]; the
   * property [property@Styr.ReportBlock:kind] is the block's kind).
   *
   * Since: 1.0
   */
  chart_properties[CHART_PROP_CHART_KIND] =
    g_param_spec_enum ("chart-kind", NULL, NULL,
                       STYR_TYPE_REPORT_CHART_KIND, STYR_REPORT_CHART_KIND_STATUS_LIGHTS,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReportChart:title:
   *
   * The title of the chart.
   *
   * Since: 1.0
   */
  chart_properties[CHART_PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReportChart:unit:
   *
   * The unit of the value axis, or %NULL.
   *
   * Since: 1.0
   */
  chart_properties[CHART_PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, CHART_N_PROPS, chart_properties);
}

static void
styr_report_chart_init (StyrReportChart *self)
{
  set_block_kind (self, STYR_REPORT_BLOCK_KIND_CHART);
}

StyrReportChart *
_styr_report_chart_new (StyrReportTexts     *texts,
                        const char          *id,
                        StyrReportChartKind  kind,
                        const char          *title,
                        const char          *unit)
{
  StyrReportChart *self = g_object_new (STYR_TYPE_REPORT_CHART, NULL);

  self->texts = texts != NULL ? _styr_report_texts_ref (texts) : _styr_report_texts_new ();
  self->id = g_strdup (id);
  self->kind = kind;
  self->title = g_strdup (title != NULL ? title : "");
  self->unit = g_strdup (unit);
  return self;
}

/* Makes room for @n_categories values a series. */
static void
chart_reserve (StyrReportChart *self,
               guint            n_categories,
               guint            n_series)
{
  guint old = self->n_categories_allocated;
  guint room = old;

  while (room < n_categories)
    room = MAX (12, room * 2);   /* a trend's months at first */

  if (room != old)
    {
      double *values = g_new (double, (gsize) room * MAX (self->n_series_allocated, 1));

      for (guint s = 0; s < self->n_series; s++)
        {
          memcpy (&values[(gsize) s * room], &self->values[(gsize) s * old], sizeof (double) * self->n_categories);
          for (guint c = self->n_categories; c < room; c++)
            values[(gsize) s * room + c] = NAN;
        }
      g_free (self->values);
      self->values = values;
      self->categories = g_renew (Category, self->categories, room);
      self->n_categories_allocated = room;
    }

  if (n_series > self->n_series_allocated)
    {
      guint series_room = MAX (MAX (n_series, 3), self->n_series_allocated * 2);

      room = MAX (room, 12);
      if (self->n_categories_allocated == 0)
        {
          self->categories = g_renew (Category, self->categories, room);
          self->n_categories_allocated = room;
        }
      self->values = g_renew (double, self->values, (gsize) self->n_categories_allocated * series_room);
      self->series = g_renew (Series, self->series, series_room);
      self->n_series_allocated = series_room;
    }
}

guint
_styr_report_chart_add_category (StyrReportChart *self,
                                 const char      *label,
                                 StyrScaleLevel  *level)
{
  Category *category;

  chart_reserve (self, self->n_categories + 1, self->n_series);
  category = &self->categories[self->n_categories];
  category->label = _styr_report_texts_add (self->texts, label != NULL ? label : "");
  category->level = level != NULL ? g_object_ref (level) : NULL;
  return self->n_categories++;
}

guint
_styr_report_chart_add_series (StyrReportChart *self,
                               const char      *name,
                               StyrScaleLevel  *level,
                               gboolean         is_target)
{
  Series *series;
  double *values;

  chart_reserve (self, self->n_categories, self->n_series + 1);
  series = &self->series[self->n_series];
  series->name = _styr_report_texts_add (self->texts, name != NULL ? name : "");
  series->level = level != NULL ? g_object_ref (level) : NULL;
  series->is_target = is_target;
  values = &self->values[(gsize) self->n_series * self->n_categories_allocated];
  for (guint c = 0; c < self->n_categories_allocated; c++)
    values[c] = NAN;
  return self->n_series++;
}

void
_styr_report_chart_set_value (StyrReportChart *self,
                              guint            series,
                              guint            category,
                              double           value)
{
  g_assert (series < self->n_series);
  g_assert (category < self->n_categories);

  /* A value that is not finite is no value. */
  self->values[(gsize) series * self->n_categories_allocated + category] = isfinite (value) ? value : NAN;
}

/* The values of @series, one a category, NAN where there is none. */
const double *
_styr_report_chart_peek_values (StyrReportChart *self,
                                guint            series)
{
  g_assert (series < self->n_series);
  return &self->values[(gsize) series * self->n_categories_allocated];
}

const char *
styr_report_chart_get_id (StyrReportChart *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_CHART (self), NULL);
  return self->id;
}

StyrReportChartKind
styr_report_chart_get_chart_kind (StyrReportChart *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_CHART (self), STYR_REPORT_CHART_KIND_STATUS_LIGHTS);
  return self->kind;
}

const char *
styr_report_chart_get_title (StyrReportChart *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_CHART (self), NULL);
  return self->title;
}

const char *
styr_report_chart_get_unit (StyrReportChart *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_CHART (self), NULL);
  return self->unit;
}

guint
styr_report_chart_get_n_categories (StyrReportChart *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_CHART (self), 0);
  return self->n_categories;
}

const char *
styr_report_chart_get_category_label (StyrReportChart *self,
                                      guint            category)
{
  g_return_val_if_fail (STYR_IS_REPORT_CHART (self), NULL);
  g_return_val_if_fail (category < self->n_categories, NULL);
  return self->categories[category].label;
}

StyrScaleLevel *
styr_report_chart_get_category_level (StyrReportChart *self,
                                      guint            category)
{
  g_return_val_if_fail (STYR_IS_REPORT_CHART (self), NULL);
  g_return_val_if_fail (category < self->n_categories, NULL);
  return self->categories[category].level;
}

guint
styr_report_chart_get_n_series (StyrReportChart *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_CHART (self), 0);
  return self->n_series;
}

const char *
styr_report_chart_get_series_name (StyrReportChart *self,
                                   guint            series)
{
  g_return_val_if_fail (STYR_IS_REPORT_CHART (self), NULL);
  g_return_val_if_fail (series < self->n_series, NULL);
  return self->series[series].name;
}

StyrScaleLevel *
styr_report_chart_get_series_level (StyrReportChart *self,
                                    guint            series)
{
  g_return_val_if_fail (STYR_IS_REPORT_CHART (self), NULL);
  g_return_val_if_fail (series < self->n_series, NULL);
  return self->series[series].level;
}

gboolean
styr_report_chart_get_series_is_target (StyrReportChart *self,
                                        guint            series)
{
  g_return_val_if_fail (STYR_IS_REPORT_CHART (self), FALSE);
  g_return_val_if_fail (series < self->n_series, FALSE);
  return self->series[series].is_target;
}

gboolean
styr_report_chart_get_value (StyrReportChart *self,
                             guint            series,
                             guint            category,
                             double          *value)
{
  double v;

  if (value != NULL)
    *value = 0.0;
  g_return_val_if_fail (STYR_IS_REPORT_CHART (self), FALSE);
  g_return_val_if_fail (series < self->n_series, FALSE);
  g_return_val_if_fail (category < self->n_categories, FALSE);

  v = self->values[(gsize) series * self->n_categories_allocated + category];
  if (isnan (v))
    return FALSE;
  if (value != NULL)
    *value = v;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* StyrReportGoal                                                      */
/* ------------------------------------------------------------------ */

G_DEFINE_FINAL_TYPE (StyrReportGoal, styr_report_goal, STYR_TYPE_REPORT_BLOCK)

enum {
  GOAL_PROP_0,
  GOAL_PROP_GOAL,
  GOAL_PROP_TITLE,
  GOAL_PROP_STATUS,
  GOAL_PROP_LEVEL,
  GOAL_PROP_MET,
  GOAL_PROP_UNMET,
  GOAL_N_PROPS
};

static GParamSpec *goal_properties[GOAL_N_PROPS];

static void
styr_report_goal_finalize (GObject *object)
{
  StyrReportGoal *self = (StyrReportGoal *) object;

  g_clear_object (&self->goal);
  g_free (self->title);
  g_free (self->owner_text);
  g_free (self->parents_text);
  g_clear_object (&self->status);
  g_clear_object (&self->level);
  g_clear_object (&self->proposed_level);
  g_clear_object (&self->prognosis);
  g_free (self->level_text);
  g_free (self->level_source_text);
  g_free (self->trend_text);
  g_free (self->analysis);
  g_free (self->measures);
  g_free (self->distribution_text);
  g_clear_object (&self->indicator_table);
  g_clear_object (&self->activity_table);
  g_clear_pointer (&self->chart_items, g_ptr_array_unref);
  g_clear_pointer (&self->note_items, g_ptr_array_unref);
  g_clear_object (&self->charts);
  g_clear_object (&self->notes);

  G_OBJECT_CLASS (styr_report_goal_parent_class)->finalize (object);
}

static void
styr_report_goal_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  StyrReportGoal *self = STYR_REPORT_GOAL (object);

  switch (prop_id)
    {
    case GOAL_PROP_GOAL:
      g_value_set_object (value, self->goal);
      break;
    case GOAL_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case GOAL_PROP_STATUS:
      g_value_set_object (value, self->status);
      break;
    case GOAL_PROP_LEVEL:
      g_value_set_object (value, self->level);
      break;
    case GOAL_PROP_MET:
      g_value_set_boolean (value, self->met);
      break;
    case GOAL_PROP_UNMET:
      g_value_set_boolean (value, self->unmet);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_report_goal_class_init (StyrReportGoalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styr_report_goal_finalize;
  object_class->get_property = styr_report_goal_get_property;

  /**
   * StyrReportGoal:goal:
   *
   * The goal of the entry.
   *
   * Since: 1.0
   */
  goal_properties[GOAL_PROP_GOAL] =
    g_param_spec_object ("goal", NULL, NULL, STYR_TYPE_GOAL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReportGoal:title:
   *
   * The heading of the entry: the goal's title.
   *
   * Since: 1.0
   */
  goal_properties[GOAL_PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReportGoal:status:
   *
   * The goal's status at the report's period, or %NULL.
   *
   * Since: 1.0
   */
  goal_properties[GOAL_PROP_STATUS] =
    g_param_spec_object ("status", NULL, NULL, STYR_TYPE_GOAL_STATUS,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReportGoal:level:
   *
   * The level shown: assessed, else proposed; %NULL when not assessed.
   *
   * Since: 1.0
   */
  goal_properties[GOAL_PROP_LEVEL] =
    g_param_spec_object ("level", NULL, NULL, STYR_TYPE_SCALE_LEVEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReportGoal:met:
   *
   * Whether the goal is met (its level is the top of the scale).
   *
   * Since: 1.0
   */
  goal_properties[GOAL_PROP_MET] =
    g_param_spec_boolean ("met", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReportGoal:unmet:
   *
   * Whether the goal is not met (a level below the top of the scale).
   *
   * Since: 1.0
   */
  goal_properties[GOAL_PROP_UNMET] =
    g_param_spec_boolean ("unmet", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, GOAL_N_PROPS, goal_properties);
}

static void
styr_report_goal_init (StyrReportGoal *self)
{
  set_block_kind (self, STYR_REPORT_BLOCK_KIND_GOAL);
}

StyrReportGoal *
_styr_report_goal_new (StyrGoal *goal)
{
  StyrReportGoal *self = g_object_new (STYR_TYPE_REPORT_GOAL, NULL);

  self->goal = g_object_ref (goal);
  self->title = g_strdup (styr_goal_get_title (goal));
  return self;
}

/* The entry is built before anyone sees it: its charts and notes are
 * only added while its list models are not made yet. */
void
_styr_report_goal_add_chart (StyrReportGoal  *self,
                             StyrReportChart *chart)
{
  g_assert (self->charts == NULL);
  if (self->chart_items == NULL)
    self->chart_items = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->chart_items, g_object_ref (chart));
}

void
_styr_report_goal_add_note (StyrReportGoal      *self,
                            StyrReportParagraph *note)
{
  g_assert (self->notes == NULL);
  if (self->note_items == NULL)
    self->note_items = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->note_items, g_object_ref (note));
}

StyrGoal *
styr_report_goal_get_goal (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);
  return self->goal;
}

const char *
styr_report_goal_get_title (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);
  return self->title != NULL ? self->title : "";
}

guint
styr_report_goal_get_depth (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), 0);
  return self->depth;
}

const char *
styr_report_goal_get_owner_text (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);
  return self->owner_text;
}

const char *
styr_report_goal_get_parents_text (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);
  return self->parents_text;
}

StyrGoalStatus *
styr_report_goal_get_status (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);
  return self->status;
}

StyrScaleLevel *
styr_report_goal_get_level (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);
  return self->level;
}

const char *
styr_report_goal_get_level_text (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);
  return self->level_text != NULL ? self->level_text : "";
}

const char *
styr_report_goal_get_level_source_text (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);
  return self->level_source_text != NULL ? self->level_source_text : "";
}

StyrScaleLevel *
styr_report_goal_get_proposed_level (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);
  return self->proposed_level;
}

gboolean
styr_report_goal_get_differs (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), FALSE);
  return self->differs;
}

StyrScaleLevel *
styr_report_goal_get_prognosis (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);
  return self->prognosis;
}

const char *
styr_report_goal_get_trend_text (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);
  return self->trend_text != NULL ? self->trend_text : "";
}

gboolean
styr_report_goal_get_met (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), FALSE);
  return self->met;
}

gboolean
styr_report_goal_get_unmet (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), FALSE);
  return self->unmet;
}

const char *
styr_report_goal_get_analysis (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);
  return self->analysis;
}

const char *
styr_report_goal_get_measures (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);
  return self->measures;
}

const char *
styr_report_goal_get_distribution_text (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);
  return self->distribution_text;
}

StyrReportTable *
styr_report_goal_get_indicator_table (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);
  return self->indicator_table;
}

StyrReportTable *
styr_report_goal_get_activity_table (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);
  return self->activity_table;
}

GListModel *
styr_report_goal_get_charts (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);

  if (self->charts == NULL)
    {
      self->charts = g_list_store_new (STYR_TYPE_REPORT_CHART);
      if (self->chart_items != NULL)
        g_list_store_splice (self->charts, 0, 0, self->chart_items->pdata, self->chart_items->len);
    }
  return G_LIST_MODEL (self->charts);
}

GListModel *
styr_report_goal_get_notes (StyrReportGoal *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_GOAL (self), NULL);

  if (self->notes == NULL)
    {
      self->notes = g_list_store_new (STYR_TYPE_REPORT_PARAGRAPH);
      if (self->note_items != NULL)
        g_list_store_splice (self->notes, 0, 0, self->note_items->pdata, self->note_items->len);
    }
  return G_LIST_MODEL (self->notes);
}

/* ------------------------------------------------------------------ */
/* StyrReportSection                                                   */
/* ------------------------------------------------------------------ */

struct _StyrReportSection
{
  GObject parent_instance;

  StyrReportSectionKind  kind;
  char                  *id;
  char                  *title;
  StyrOrgan             *organ;   /* ref, nullable */
  GListStore            *blocks;  /* of StyrReportBlock */
};

G_DEFINE_FINAL_TYPE (StyrReportSection, styr_report_section, G_TYPE_OBJECT)

enum {
  SECTION_PROP_0,
  SECTION_PROP_KIND,
  SECTION_PROP_ID,
  SECTION_PROP_TITLE,
  SECTION_PROP_ORGAN,
  SECTION_N_PROPS
};

static GParamSpec *section_properties[SECTION_N_PROPS];

static void
styr_report_section_finalize (GObject *object)
{
  StyrReportSection *self = (StyrReportSection *) object;

  g_free (self->id);
  g_free (self->title);
  g_clear_object (&self->organ);
  g_clear_object (&self->blocks);

  G_OBJECT_CLASS (styr_report_section_parent_class)->finalize (object);
}

static void
styr_report_section_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  StyrReportSection *self = STYR_REPORT_SECTION (object);

  switch (prop_id)
    {
    case SECTION_PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case SECTION_PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case SECTION_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case SECTION_PROP_ORGAN:
      g_value_set_object (value, self->organ);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_report_section_class_init (StyrReportSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styr_report_section_finalize;
  object_class->get_property = styr_report_section_get_property;

  /**
   * StyrReportSection:kind:
   *
   * What the section holds.
   *
   * Since: 1.0
   */
  section_properties[SECTION_PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       STYR_TYPE_REPORT_SECTION_KIND, STYR_REPORT_SECTION_KIND_SUMMARY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReportSection:id:
   *
   * A stable anchor for the section, unique in the report.
   *
   * Since: 1.0
   */
  section_properties[SECTION_PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReportSection:title:
   *
   * The section's heading.
   *
   * Since: 1.0
   */
  section_properties[SECTION_PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReportSection:organ:
   *
   * The organ a BOARD section reports on, or %NULL.
   *
   * Since: 1.0
   */
  section_properties[SECTION_PROP_ORGAN] =
    g_param_spec_object ("organ", NULL, NULL, STYR_TYPE_ORGAN,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, SECTION_N_PROPS, section_properties);
}

static void
styr_report_section_init (StyrReportSection *self)
{
  self->blocks = g_list_store_new (STYR_TYPE_REPORT_BLOCK);
}

StyrReportSection *
_styr_report_section_new (StyrReportSectionKind  kind,
                          const char            *id,
                          const char            *title,
                          StyrOrgan             *organ)
{
  StyrReportSection *self = g_object_new (STYR_TYPE_REPORT_SECTION, NULL);

  self->kind = kind;
  self->id = g_strdup (id);
  self->title = g_strdup (title != NULL ? title : "");
  g_set_object (&self->organ, organ);
  return self;
}

void
_styr_report_section_append (StyrReportSection *self,
                             gpointer           block)
{
  g_return_if_fail (STYR_IS_REPORT_BLOCK (block));
  g_list_store_append (self->blocks, block);
}

StyrReportSectionKind
styr_report_section_get_kind (StyrReportSection *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_SECTION (self), STYR_REPORT_SECTION_KIND_SUMMARY);
  return self->kind;
}

const char *
styr_report_section_get_title (StyrReportSection *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_SECTION (self), NULL);
  return self->title;
}

const char *
styr_report_section_get_id (StyrReportSection *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_SECTION (self), NULL);
  return self->id;
}

StyrOrgan *
styr_report_section_get_organ (StyrReportSection *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_SECTION (self), NULL);
  return self->organ;
}

GListModel *
styr_report_section_get_blocks (StyrReportSection *self)
{
  g_return_val_if_fail (STYR_IS_REPORT_SECTION (self), NULL);
  return G_LIST_MODEL (self->blocks);
}
