/* styr-sie.c — a reader for SIE files (SIE 4B), in memory.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#ifdef __linux__
#include <sys/mman.h>
#endif

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-sie.h"
#include "styr-sie-private.h"

/**
 * StyrSieFile:
 *
 * The content of one SIE file (*Standard Import Export*, SIE-gruppen's
 * "SIE filformat Utgåva 4B"), read into memory as it is: the file's
 * header, fiscal years (`#RAR`), accounts (`#KONTO`, `#KTYP`),
 * dimensions and objects (`#DIM`, `#OBJEKT`), yearly balances (`#IB`,
 * `#UB`, `#RES`), period balances and budgets (`#PSALDO`, `#PBUDGET`)
 * and vouchers with their transaction rows (`#VER`, `#TRANS`); the rows
 * of a voucher must sum to zero, or the file is refused at the `#VER`
 * line. Mapping
 * these to a budget model is the importer's work, not this class's.
 *
 * Reading is all-or-nothing: [ctor@Styr.SieFile.new_from_bytes] returns a
 * file or an error of domain %STYR_ERROR, code %STYR_ERROR_PARSE (a
 * defect at a line, `NAME:LINE: …`) or %STYR_ERROR_UNSUPPORTED (not a SIE
 * file at all, e.g. a saved HTML page).
 *
 * Amounts are integers in öre (hundredths of a krona). An amount is a
 * decimal number with `.` and at most two decimals (`1000`, `123.45`,
 * `-0.5`); anything else is refused. Quantities are kept the same way,
 * in hundredths.
 *
 * ## Syntax
 *
 * Lines are read as the specification describes them: fields separated
 * by spaces or tabs; a field is quoted when it holds a space, and `\"`
 * is a quote inside a quoted field; `""` is an empty field; an object
 * list is written in braces, `{1 "100" 6 "P1"}`, and may be empty (`{}`,
 * `{ }`). A quote ends a quoted field only before a blank or the end of
 * the line: some programs lose a letter to a bare `"` inside a quoted text
 * (`"F"rutbetalda hyror"`), and the quote is kept as part of the text. A
 * quoted field that is still open at the end of its line is an error.
 * Labels this class does not know and extra fields at the end of
 * a line are ignored. `#BTRANS` and `#RTRANS` rows are ignored: a program
 * that writes `#RTRANS` writes the same row as `#TRANS` too.
 *
 * ## Encoding
 *
 * The specification's only character set is IBM PC 8-bit (`#FORMAT PC8`,
 * code page 437), but real programs write other encodings and still say
 * `PC8`. The rule is: a file that is valid UTF-8 is read as UTF-8 (this
 * includes pure ASCII); otherwise a file with no byte in 0x80–0x9F and at
 * least one in 0xC0–0xFF is read as ISO-8859-15 (in code page 437 the
 * Swedish letters are all in 0x80–0x9F, and 0xC0–0xFF are box-drawing
 * and Greek characters no accounting program writes); any other file is
 * read as code page 437. [method@Styr.SieFile.get_encoding] tells which
 * rule applied.
 *
 * ## Checksum
 *
 * A file may carry a checksum: a `#KSUMMA` line without a value opens
 * it, a `#KSUMMA` line with the value closes it. The value is the
 * CRC-32 (IEEE 802.3, the polynomial 0xEDB88320 reflected, initial value
 * and final mask 0xFFFFFFFF) of the characters of every field of every
 * line between the two, labels included, as the bytes stand in the file:
 * without the separating spaces and tabs, line breaks, the quotes
 * around a field, the backslash of `\"` and the braces of object lists
 * (the fields inside an object list are included). This is our reading
 * of section 5.3 of the specification; it gives the value of every
 * checksummed file we have seen. A file that opens a checksum and does
 * not close it, or whose value does not match, is refused.
 *
 * ## Period balances
 *
 * A type 3 file writes each `#PSALDO` amount once for the account as a
 * whole (an empty object list) and once more for each object the amount
 * is booked on. Summing all rows of an account would count the amount
 * twice, so [method@Styr.SieFile.get_period_balance] returns the row of
 * the whole account only, never a sum of per-object rows, and
 * [method@Styr.SieFile.get_period_balance_for_object] returns the row of
 * one object.
 *
 * ## Example
 *
 * [method@Styr.Model.import_sie] uses this class to bring a month's
 * outcome into the budget model; a script can also read a file itself:
 *
 * ```python
 * with open("strandvik-2025-08.se", "rb") as f:
 *     sie = Styr.SieFile.new_from_bytes(GLib.Bytes(f.read()), "strandvik-2025-08.se")
 * print(sie.get_company_name(), sie.get_encoding())
 * for i in range(sie.get_n_accounts()):
 *     number, name, account_type = sie.get_account(i)
 * ok, amount = sie.get_period_balance(0, 2025, 8, "3110")   # year 0, August
 * if ok:
 *     print(sie.lookup_account_name("3110"), amount / 100, "kr")
 * ```
 *
 * Since: 1.0
 */

typedef struct
{
  int   index;
  GDate start;
  GDate end;
} SieYear;

typedef struct
{
  const char *number;
  const char *name;
  const char *type;
} SieAccount;

typedef struct
{
  const char *dim;
  const char *name;
} SieDimension;

typedef struct
{
  const char *dim;
  const char *id;
  const char *name;
} SieObject;

/* An interned string: the bytes as they stand in the file, and the text
 * (decoded to UTF-8 only when a byte is 0x80 or above). */
typedef struct
{
  const char *raw;
  const char *str;
  guint32     raw_len;
  guint32     hash;
} SieString;

/* An interned (dimension, object) pair of string ids. */
typedef StyrSiePair SiePair;

typedef struct
{
  StyrSieBalanceKind kind;
  int         year_index;
  const char *account;
  gint64      amount;
} SieBalance;

typedef StyrSiePeriodRow SiePeriodRow;

G_STATIC_ASSERT (sizeof (SiePeriodRow) == 24);

/* The quantity of a period row that has one. */
typedef struct
{
  guint32 row;
  gint64  quantity;
} SieQuantity;

typedef struct
{
  const char *series;
  const char *number;
  GDate       date;
  const char *text;
} SieVoucher;

typedef struct
{
  guint       voucher;
  const char *account;
  guint       objects;
  guint       n_objects;
  gint64      amount;
  GDate       date;       /* the voucher's date when the row has none */
  const char *text;
} SieTransaction;

typedef struct
{
  const char *account;
  guint       period;     /* YYYYMM */
  gint64      amount;
} SieMonthTotal;

struct _StyrSieFile
{
  GObject parent_instance;

  GStringChunk *strings;  /* every string, interned */
  GArray  *string_list;   /* SieString, by id */
  guint32 *string_slots;  /* open addressing: id + 1, 0 free */
  guint    string_mask;
  GArray  *pairs;         /* SiePair, by id */
  guint32 *pair_slots;    /* id + 1, 0 free */
  guint    pair_mask;

  const char *program;
  const char *program_version;
  const char *format;
  const char *encoding;
  const char *company_name;
  const char *org_number;
  int         sie_type;

  GArray *years;          /* SieYear */
  GArray *accounts;       /* SieAccount */
  GHashTable *account_index; /* number → position + 1 */
  GArray *dimensions;     /* SieDimension */
  GArray *objects;        /* SieObject */
  guint32 *object_refs;   /* SiePair ids */
  guint    n_object_refs;
  guint    object_refs_cap;
  GArray *balances;       /* SieBalance */
  SiePeriodRow *period_rows;
  guint    n_period_rows;
  guint    period_rows_cap;
  GArray *quantities;     /* SieQuantity, by row */
  GArray *psaldo_periods; /* StyrSiePsaldoPeriod, in order of appearance */
  GHashTable *psaldo_period_index;  /* period → position + 1 */
  guint   last_psaldo_period;   /* of the last #PSALDO row */
  gboolean last_psaldo_objects; /* its period has a row with objects */
  guint   max_psaldo_objects;   /* the longest object list of a #PSALDO row */
  guint   n_psaldo_totals;      /* #PSALDO rows with an empty object list */
  GArray *vouchers;       /* SieVoucher */
  GArray *transactions;   /* SieTransaction */
  GArray *month_totals;   /* SieMonthTotal, sorted by account, period */
};

G_DEFINE_FINAL_TYPE (StyrSieFile, styr_sie_file, G_TYPE_OBJECT)

static void
styr_sie_file_finalize (GObject *object)
{
  StyrSieFile *self = STYR_SIE_FILE (object);

  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->accounts, g_array_unref);
  g_clear_pointer (&self->account_index, g_hash_table_unref);
  g_clear_pointer (&self->dimensions, g_array_unref);
  g_clear_pointer (&self->objects, g_array_unref);
  g_clear_pointer (&self->object_refs, g_free);
  g_clear_pointer (&self->balances, g_array_unref);
  g_clear_pointer (&self->period_rows, g_free);
  g_clear_pointer (&self->quantities, g_array_unref);
  g_clear_pointer (&self->psaldo_periods, g_array_unref);
  g_clear_pointer (&self->psaldo_period_index, g_hash_table_unref);
  g_clear_pointer (&self->vouchers, g_array_unref);
  g_clear_pointer (&self->transactions, g_array_unref);
  g_clear_pointer (&self->month_totals, g_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->string_list, g_array_unref);
  g_clear_pointer (&self->string_slots, g_free);
  g_clear_pointer (&self->pairs, g_array_unref);
  g_clear_pointer (&self->pair_slots, g_free);

  G_OBJECT_CLASS (styr_sie_file_parent_class)->finalize (object);
}

static void
styr_sie_file_class_init (StyrSieFileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styr_sie_file_finalize;
}

static void
styr_sie_file_init (StyrSieFile *self)
{
  self->strings = g_string_chunk_new (4096);
  self->string_list = g_array_new (FALSE, FALSE, sizeof (SieString));
  self->string_mask = 1023;
  self->string_slots = g_new0 (guint32, self->string_mask + 1);
  self->pairs = g_array_new (FALSE, FALSE, sizeof (SiePair));
  self->pair_mask = 1023;
  self->pair_slots = g_new0 (guint32, self->pair_mask + 1);
  self->years = g_array_new (FALSE, TRUE, sizeof (SieYear));
  self->accounts = g_array_new (FALSE, TRUE, sizeof (SieAccount));
  self->account_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->dimensions = g_array_new (FALSE, TRUE, sizeof (SieDimension));
  self->objects = g_array_new (FALSE, TRUE, sizeof (SieObject));
  self->balances = g_array_new (FALSE, TRUE, sizeof (SieBalance));
  self->quantities = g_array_new (FALSE, FALSE, sizeof (SieQuantity));
  self->psaldo_periods = g_array_new (FALSE, FALSE, sizeof (StyrSiePsaldoPeriod));
  self->psaldo_period_index = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->vouchers = g_array_new (FALSE, TRUE, sizeof (SieVoucher));
  self->transactions = g_array_new (FALSE, TRUE, sizeof (SieTransaction));
  self->month_totals = g_array_new (FALSE, TRUE, sizeof (SieMonthTotal));
}

/* ---- Encoding --------------------------------------------------------- */

typedef enum
{
  SIE_ENCODING_UTF8,
  SIE_ENCODING_ISO_8859_15,
  SIE_ENCODING_CP437,
} SieEncoding;

static const gunichar cp437_high[128] = {
  0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e4, 0x00e0, 0x00e5, 0x00e7,
  0x00ea, 0x00eb, 0x00e8, 0x00ef, 0x00ee, 0x00ec, 0x00c4, 0x00c5,
  0x00c9, 0x00e6, 0x00c6, 0x00f4, 0x00f6, 0x00f2, 0x00fb, 0x00f9,
  0x00ff, 0x00d6, 0x00dc, 0x00a2, 0x00a3, 0x00a5, 0x20a7, 0x0192,
  0x00e1, 0x00ed, 0x00f3, 0x00fa, 0x00f1, 0x00d1, 0x00aa, 0x00ba,
  0x00bf, 0x2310, 0x00ac, 0x00bd, 0x00bc, 0x00a1, 0x00ab, 0x00bb,
  0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556,
  0x2555, 0x2563, 0x2551, 0x2557, 0x255d, 0x255c, 0x255b, 0x2510,
  0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x255e, 0x255f,
  0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x2567,
  0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256b,
  0x256a, 0x2518, 0x250c, 0x2588, 0x2584, 0x258c, 0x2590, 0x2580,
  0x03b1, 0x00df, 0x0393, 0x03c0, 0x03a3, 0x03c3, 0x00b5, 0x03c4,
  0x03a6, 0x0398, 0x03a9, 0x03b4, 0x221e, 0x03c6, 0x03b5, 0x2229,
  0x2261, 0x00b1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00f7, 0x2248,
  0x00b0, 0x2219, 0x00b7, 0x221a, 0x207f, 0x00b2, 0x25a0, 0x00a0,
};

static gunichar
iso_8859_15_char (guchar c)
{
  switch (c)
    {
    case 0xa4: return 0x20ac;
    case 0xa6: return 0x0160;
    case 0xa8: return 0x0161;
    case 0xb4: return 0x017d;
    case 0xb8: return 0x017e;
    case 0xbc: return 0x0152;
    case 0xbd: return 0x0153;
    case 0xbe: return 0x0178;
    default:   return c;
    }
}

static SieEncoding
detect_encoding (const guchar *data,
                 gsize         len)
{
  gboolean has_c1 = FALSE;
  gboolean has_high = FALSE;
  gsize ascii = 0;

  /* Pure ASCII is UTF-8: skip it eight bytes at a time, and validate
   * only from the first byte that is not ASCII. */
  while (ascii + 8 <= len)
    {
      guint64 word;

      memcpy (&word, data + ascii, 8);
      if (word & G_GUINT64_CONSTANT (0x8080808080808080))
        break;
      ascii += 8;
    }
  while (ascii < len && data[ascii] < 0x80)
    ascii++;
  if (ascii == len ||
      g_utf8_validate ((const char *) data + ascii, len - ascii, NULL))
    return SIE_ENCODING_UTF8;

  for (gsize i = ascii; i < len; i++)
    {
      if (i + 8 <= len)
        {
          guint64 word;

          memcpy (&word, data + i, 8);
          if (!(word & G_GUINT64_CONSTANT (0x8080808080808080)))
            {
              i += 7;
              continue;
            }
        }
      if (data[i] >= 0x80 && data[i] <= 0x9f)
        {
          has_c1 = TRUE;
          break;            /* code page 437, whatever follows */
        }
      else if (data[i] >= 0xc0)
        has_high = TRUE;
    }

  if (!has_c1 && has_high)
    return SIE_ENCODING_ISO_8859_15;

  return SIE_ENCODING_CP437;
}

/* ---- Tokens ----------------------------------------------------------- */

/* A field's text: unquoted and unescaped into the parser's line buffer,
 * NUL-terminated. Nothing is allocated per line. */
typedef struct
{
  const char *str;
  gsize       len;
} SieText;

typedef struct
{
  SieText  text;         /* raw bytes of the field, unquoted */
  gboolean is_list;
  guint    list_start;   /* into SieLine.items */
  guint    list_len;
} SieField;

typedef struct
{
  GArray *fields;        /* SieField */
  GArray *items;         /* SieText, the entries of object lists */
} SieLine;

/* A pair the next object may be, with the bytes of its id. */
typedef struct
{
  guint32     pair;      /* G_MAXUINT32: none */
  guint32     dim;
  gsize       len;
  const char *raw;
} SieGuess;

typedef struct
{
  StyrSieFile *file;
  const char  *name;
  SieEncoding  encoding;
  guint        line;
  SieLine      cur;
  GString     *scratch;
  char         prefix[64];    /* the fast path's last row up to its first object */
  gsize        prefix_len;    /* 0: none */
  SiePeriodRow prefix_row;    /* its budget, year, period and account */
  guint32      prefix_dim;
  guint32      last_pair;     /* the fast path's last object, or G_MAXUINT32 */
  SieGuess     guess[2];      /* the pair after it last time, and itself */
  GArray      *next_pair;     /* guint32 by pair: the pair that followed it last */
  char        *buf;      /* the texts of the current line's fields */
  gsize        buf_size;
  gsize        buf_used;

  /* Where the lines read so far leave off (parse_lines ()). */
  gboolean     seen_label;
  gboolean     in_voucher;
  gboolean     pending_voucher;
  gboolean     ksumma_open;
  gboolean     ksumma_closed;
  guint        ksumma_line;
  guint32      crc;
  guint        voucher_line;
  guint        voucher_start;

  /* The input read in pieces (styr_sie_file_new_from_stream ()): the
   * encoding is known only at the end, or when a piece decides it. */
  gboolean     html_checked;
  gboolean     encoding_known;
  gboolean     non_ascii_seen;
  gboolean     utf8_valid;
  gboolean     has_c1;
  gboolean     has_high;
  GArray      *pending;  /* guint32: ids of texts to decode at the end */
} SieParser;

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

static gboolean G_GNUC_PRINTF (3, 4)
sie_fail (SieParser   *p,
          GError     **error,
          const char  *format,
          ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, STYR_ERROR, STYR_ERROR_PARSE, "%s:%u: %s",
               p->name, p->line, message);
  return FALSE;
}

/* Reads one field starting at *pos (not a blank) into the line buffer.
 * In an object list a bare field also ends at '}'. */
static gboolean
read_word (SieParser   *p,
           const char  *s,
           gsize        len,
           gsize       *pos,
           gboolean     in_list,
           SieText     *out,
           GError     **error)
{
  gsize i = *pos;
  char *start = p->buf + p->buf_used;
  char *o = start;

  if (s[i] == '"')
    {
      i++;
      for (;;)
        {
          if (i >= len)
            return sie_fail (p, error, _("citattecken avslutas inte"));
          if (s[i] == '\\' && i + 1 < len && s[i + 1] == '"')
            {
              *o++ = '"';
              i += 2;
              continue;
            }
          /* A quote closes the field only before a blank, the end of
           * the line or (in an object list) '}': some programs write a
           * bare '"' inside a quoted text (a lost "ö"), which is kept. */
          if (s[i] == '"' &&
              (i + 1 >= len || is_blank (s[i + 1]) || (in_list && s[i + 1] == '}')))
            {
              i++;
              break;
            }
          *o++ = s[i++];
        }
    }
  else
    {
      gsize j = i;

      if (in_list)
        while (j < len && !is_blank (s[j]) && s[j] != '}' && s[j] != '"')
          j++;
      else
        while (j < len && !is_blank (s[j]))
          j++;
      memcpy (o, s + i, j - i);
      o += j - i;
      i = j;
    }

  *o = '\0';
  out->str = start;
  out->len = (gsize) (o - start);
  p->buf_used += out->len + 1;
  *pos = i;
  return TRUE;
}

static gboolean
tokenize (SieParser   *p,
          const char  *s,
          gsize        len,
          GError     **error)
{
  gsize i = 0;

  g_array_set_size (p->cur.fields, 0);
  g_array_set_size (p->cur.items, 0);

  /* Every field takes at least one byte of the line and writes at most
   * as many, and a NUL. */
  p->buf_used = 0;
  if (p->buf_size < 2 * len + 2)
    {
      p->buf_size = MAX (2 * len + 2, 2 * p->buf_size);
      p->buf = g_realloc (p->buf, p->buf_size);
    }

  for (;;)
    {
      SieField field = { { "", 0 }, FALSE, 0, 0 };

      while (i < len && is_blank (s[i]))
        i++;
      if (i >= len)
        break;

      if (s[i] == '{')
        {
          field.is_list = TRUE;
          field.list_start = p->cur.items->len;
          i++;
          for (;;)
            {
              SieText item;

              while (i < len && is_blank (s[i]))
                i++;
              if (i >= len)
                return sie_fail (p, error, _("objektlistan avslutas inte med }"));
              if (s[i] == '}')
                {
                  i++;
                  break;
                }
              if (!read_word (p, s, len, &i, TRUE, &item, error))
                return FALSE;
              g_array_append_val (p->cur.items, item);
              field.list_len++;
            }
        }
      else if (!read_word (p, s, len, &i, FALSE, &field.text, error))
        return FALSE;

      g_array_append_val (p->cur.fields, field);
    }

  return TRUE;
}

/* The CRC-32 of the specification (section 5.3), fed field by field. */
static guint32 crc_table[256];

static void
crc_init_table (void)
{
  for (guint32 i = 0; i < 256; i++)
    {
      guint32 c = i;
      for (int j = 0; j < 8; j++)
        c = (c & 1) ? (c >> 1) ^ 0xedb88320u : c >> 1;
      crc_table[i] = c;
    }
}

static guint32
crc_update (guint32        crc,
            const SieText *text)
{
  for (gsize i = 0; i < text->len; i++)
    crc = (crc >> 8) ^ crc_table[(crc ^ (guchar) text->str[i]) & 0xff];
  return crc;
}

static guint32
crc_line (guint32  crc,
          SieLine *line)
{
  for (guint i = 0; i < line->fields->len; i++)
    {
      SieField *f = &g_array_index (line->fields, SieField, i);

      if (f->is_list)
        for (guint j = 0; j < f->list_len; j++)
          crc = crc_update (crc, &g_array_index (line->items, SieText, f->list_start + j));
      else
        crc = crc_update (crc, &f->text);
    }
  return crc;
}

/* ---- Interning -------------------------------------------------------- */

static inline gboolean
bytes_equal (const char *a,
             const char *b,
             gsize       len)
{
  if (len > 16)
    return memcmp (a, b, len) == 0;
  for (gsize i = 0; i < len; i++)
    if (a[i] != b[i])
      return FALSE;
  return TRUE;
}

/* FNV-1a over the bytes. */
static guint32
hash_bytes (const char *s,
            gsize       len)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    {
      h ^= (guchar) s[i];
      h *= 16777619u;
    }
  return h;
}

static void
grow_string_slots (StyrSieFile *self)
{
  guint mask = self->string_mask * 2 + 1;
  guint32 *slots = g_new0 (guint32, mask + 1);

  for (guint id = 0; id < self->string_list->len; id++)
    {
      guint i = g_array_index (self->string_list, SieString, id).hash & mask;

      while (slots[i] != 0)
        i = (i + 1) & mask;
      slots[i] = id + 1;
    }
  g_free (self->string_slots);
  self->string_slots = slots;
  self->string_mask = mask;
}

/* Decodes @raw of @len bytes (no NUL) from @encoding to UTF-8 in @out. */
static void
decode_text (SieEncoding  encoding,
             const char  *raw,
             gsize        len,
             GString     *out)
{
  g_string_truncate (out, 0);
  if (encoding == SIE_ENCODING_UTF8)
    {
      g_string_append_len (out, raw, (gssize) len);
      return;
    }
  for (gsize j = 0; j < len; j++)
    {
      guchar c = raw[j];

      if (c < 0x80)
        g_string_append_c (out, c);
      else if (encoding == SIE_ENCODING_CP437)
        g_string_append_unichar (out, cp437_high[c - 0x80]);
      else
        g_string_append_unichar (out, iso_8859_15_char (c));
    }
}

/* The id of the string whose bytes in the file are @raw: the same bytes
 * get the same id and the same interned text. The text is decoded from
 * the file's encoding once, when the bytes are first seen, and only when
 * a byte is 0x80 or above. */
static guint32
intern_id (SieParser  *p,
           const char *raw,
           gsize       len)
{
  StyrSieFile *self = p->file;
  const char *nul = memchr (raw, '\0', len);
  guint32 h;
  guint i;
  SieString e;
  gboolean ascii = TRUE;

  /* A text ends at a NUL byte, as it always has. */
  if (nul != NULL)
    len = (gsize) (nul - raw);
  h = hash_bytes (raw, len);
  i = h & self->string_mask;

  for (;;)
    {
      guint32 slot = self->string_slots[i];
      const SieString *s;

      if (slot == 0)
        break;
      s = &g_array_index (self->string_list, SieString, slot - 1);
      if (s->hash == h && s->raw_len == len && bytes_equal (s->raw, raw, len))
        return slot - 1;
      i = (i + 1) & self->string_mask;
    }

  e.hash = h;
  e.raw_len = (guint32) len;
  e.raw = g_string_chunk_insert_len (self->strings, raw, (gssize) len);
  for (gsize j = 0; j < len && ascii; j++)
    ascii = (guchar) raw[j] < 0x80;

  if (ascii || (p->encoding_known && p->encoding == SIE_ENCODING_UTF8))
    e.str = e.raw;
  else if (p->encoding_known)
    {
      decode_text (p->encoding, raw, len, p->scratch);
      e.str = g_string_chunk_insert_len (self->strings, p->scratch->str,
                                         (gssize) p->scratch->len);
    }
  else
    {
      /* The encoding is not known yet (the input is read in pieces):
       * room for the text, filled in when it is (decode_pending ()).
       * Nothing reads the text before. */
      guint32 id = self->string_list->len;

      g_string_set_size (p->scratch, 3 * len);
      memset (p->scratch->str, 0, 3 * len);
      e.str = g_string_chunk_insert_len (self->strings, p->scratch->str, (gssize) (3 * len));
      g_array_append_val (p->pending, id);
    }

  g_array_append_val (self->string_list, e);
  self->string_slots[i] = self->string_list->len;
  if (self->string_list->len * 2 > self->string_mask + 1)
    grow_string_slots (self);

  return self->string_list->len - 1;
}

static const char *
string_of (StyrSieFile *self,
           guint32      id)
{
  return g_array_index (self->string_list, SieString, id).str;
}

static guint32
pair_hash (guint32 dim,
           guint32 id)
{
  guint64 k = ((guint64) dim << 32 | id) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

  return (guint32) (k >> 32);
}

static guint32
intern_pair (StyrSieFile *self,
             guint32      dim,
             guint32      id)
{
  guint i = pair_hash (dim, id) & self->pair_mask;
  SiePair pair = { dim, id };

  for (;;)
    {
      guint32 slot = self->pair_slots[i];
      const SiePair *e;

      if (slot == 0)
        break;
      e = &g_array_index (self->pairs, SiePair, slot - 1);
      if (e->dim == dim && e->id == id)
        return slot - 1;
      i = (i + 1) & self->pair_mask;
    }

  g_array_append_val (self->pairs, pair);
  self->pair_slots[i] = self->pairs->len;

  if (self->pairs->len * 2 > self->pair_mask + 1)
    {
      guint mask = self->pair_mask * 2 + 1;
      guint32 *slots = g_new0 (guint32, mask + 1);

      for (guint n = 0; n < self->pairs->len; n++)
        {
          const SiePair *e = &g_array_index (self->pairs, SiePair, n);
          guint j = pair_hash (e->dim, e->id) & mask;

          while (slots[j] != 0)
            j = (j + 1) & mask;
          slots[j] = n + 1;
        }
      g_free (self->pair_slots);
      self->pair_slots = slots;
      self->pair_mask = mask;
    }

  return self->pairs->len - 1;
}

/* ---- Rows ------------------------------------------------------------- */

static guint
grown_capacity (guint cap)
{
  if (cap == G_MAXUINT)
    g_error ("styr-sie: too many rows");
  return cap < 1024 ? 1024 : cap <= G_MAXUINT / 2 ? cap * 2 : G_MAXUINT;
}

static void
grow_period_rows (StyrSieFile *self)
{
  self->period_rows_cap = grown_capacity (self->period_rows_cap);
  self->period_rows = g_renew (SiePeriodRow, self->period_rows, self->period_rows_cap);
}

static void
grow_object_refs (StyrSieFile *self)
{
  self->object_refs_cap = grown_capacity (self->object_refs_cap);
  self->object_refs = g_renew (guint32, self->object_refs, self->object_refs_cap);
}

/* Notes the period of a #PSALDO row in the file's list of periods. */
static void
note_psaldo_period (StyrSieFile        *self,
                    const SiePeriodRow *row)
{
  guint pos = GPOINTER_TO_UINT (g_hash_table_lookup (self->psaldo_period_index,
                                                     GUINT_TO_POINTER (row->period)));
  StyrSiePsaldoPeriod *info;

  if (pos == 0)
    {
      StyrSiePsaldoPeriod e = { row->period, FALSE };

      g_array_append_val (self->psaldo_periods, e);
      pos = self->psaldo_periods->len;
      g_hash_table_insert (self->psaldo_period_index, GUINT_TO_POINTER (row->period),
                           GUINT_TO_POINTER (pos));
    }
  info = &g_array_index (self->psaldo_periods, StyrSiePsaldoPeriod, pos - 1);
  if (row->n_objects > 0)
    info->has_objects = TRUE;
  self->last_psaldo_period = row->period;
  self->last_psaldo_objects = info->has_objects;
}

static inline void
push_period_row (StyrSieFile        *self,
                 const SiePeriodRow *row)
{
  if (G_UNLIKELY (self->n_period_rows == self->period_rows_cap))
    grow_period_rows (self);
  self->period_rows[self->n_period_rows++] = *row;
  if (!row->budget &&
      (row->period != self->last_psaldo_period ||
       (row->n_objects > 0 && !self->last_psaldo_objects)))
    note_psaldo_period (self, row);
}

static inline void
push_object_ref (StyrSieFile *self,
                 guint32      pair)
{
  if (G_UNLIKELY (self->n_object_refs == self->object_refs_cap))
    grow_object_refs (self);
  self->object_refs[self->n_object_refs++] = pair;
}

/* Sets the object list of @row to the refs pushed from @start on, in
 * the row's compact form: one object is the pair itself (and leaves the
 * refs), a long list has its length first. Returns the length. */
static guint
pack_row_objects (StyrSieFile  *self,
                  SiePeriodRow *row,
                  guint         start)
{
  guint n = self->n_object_refs - start;

  if (n == 1)
    {
      row->objects = self->object_refs[start];
      row->n_objects = 1;
      self->n_object_refs = start;
    }
  else if (n < STYR_SIE_MANY_OBJECTS)
    {
      row->objects = start;
      row->n_objects = (guint16) n;
    }
  else
    {
      push_object_ref (self, 0);
      memmove (self->object_refs + start + 1, self->object_refs + start, n * sizeof (guint32));
      self->object_refs[start] = n;
      row->objects = start;
      row->n_objects = STYR_SIE_MANY_OBJECTS;
    }
  return n;
}

/* ---- Field values ----------------------------------------------------- */

static const char *
intern_raw (SieParser     *p,
            const SieText *raw)
{
  return string_of (p->file, intern_id (p, raw->str, raw->len));
}

static SieField *
field_at (SieParser *p,
          guint      i)
{
  if (i >= p->cur.fields->len)
    return NULL;
  return &g_array_index (p->cur.fields, SieField, i);
}

/* A plain (non-list) field, interned; NULL when missing or empty and
 * @required is FALSE. */
static gboolean
get_string (SieParser   *p,
            guint        i,
            gboolean     required,
            const char  *what,
            const char **out,
            GError     **error)
{
  SieField *f = field_at (p, i);

  *out = NULL;
  if (f == NULL || f->is_list || f->text.len == 0)
    {
      if (required)
        return sie_fail (p, error, _("%s saknas"), _(what));
      return TRUE;
    }

  *out = intern_raw (p, &f->text);
  return TRUE;
}

/* An account number at field @i: its string id in *@id (optional) and
 * its text in *@out. */
static gboolean
get_account_id (SieParser   *p,
                guint        i,
                guint32     *id,
                const char **out,
                GError     **error)
{
  SieField *f = field_at (p, i);
  guint32 sid;

  if (f == NULL || f->is_list || f->text.len == 0)
    return sie_fail (p, error, _("kontonummer saknas"));

  for (gsize j = 0; j < f->text.len; j++)
    if (!g_ascii_isdigit (f->text.str[j]))
      {
        g_autofree char *shown = g_utf8_make_valid (f->text.str, f->text.len);
        return sie_fail (p, error, _("”%s” är inget kontonummer"), shown);
      }

  sid = intern_id (p, f->text.str, f->text.len);
  if (id != NULL)
    *id = sid;
  *out = string_of (p->file, sid);
  return TRUE;
}

static gboolean
get_account (SieParser   *p,
             guint        i,
             const char **out,
             GError     **error)
{
  return get_account_id (p, i, NULL, out, error);
}

/* Parses "123.45", "-0.5", "1000" into hundredths, exactly. */
static gboolean
parse_hundredths (const char *s,
                  gint64     *out)
{
  gboolean negative = FALSE;
  guint64 whole = 0;
  guint64 frac = 0;
  int n_frac = 0;
  int n_digits = 0;

  if (*s == '-' || *s == '+')
    negative = (*s++ == '-');

  for (; g_ascii_isdigit (*s); s++, n_digits++)
    {
      if (whole > (guint64) G_MAXINT64 / 100)
        return FALSE;
      whole = whole * 10 + (guint64) (*s - '0');
    }

  if (*s == '.')
    {
      s++;
      for (; g_ascii_isdigit (*s); s++, n_frac++)
        {
          if (n_frac >= 2)
            return FALSE;
          frac = frac * 10 + (guint64) (*s - '0');
          n_digits++;
        }
    }

  if (*s != '\0' || n_digits == 0)
    return FALSE;

  if (n_frac == 1)
    frac *= 10;

  if (whole > ((guint64) G_MAXINT64 - frac) / 100)
    return FALSE;

  *out = (gint64) (whole * 100 + frac);
  if (negative)
    *out = -*out;
  return TRUE;
}

static gboolean
get_amount (SieParser   *p,
            guint        i,
            gint64      *out,
            GError     **error)
{
  SieField *f = field_at (p, i);

  if (f == NULL || f->is_list || f->text.len == 0)
    return sie_fail (p, error, _("belopp saknas"));

  if (!parse_hundredths (f->text.str, out))
    {
      g_autofree char *shown = g_utf8_make_valid (f->text.str, f->text.len);
      return sie_fail (p, error,
                       _("”%s” är inget belopp (ett tal med punkt och högst två decimaler)"),
                       shown);
    }
  return TRUE;
}

/* An optional quantity: missing or "" is no quantity. */
static gboolean
get_quantity (SieParser   *p,
              guint        i,
              gboolean    *has,
              gint64      *out,
              GError     **error)
{
  SieField *f = field_at (p, i);

  *has = FALSE;
  *out = 0;
  if (f == NULL || f->is_list || f->text.len == 0)
    return TRUE;

  if (!parse_hundredths (f->text.str, out))
    {
      g_autofree char *shown = g_utf8_make_valid (f->text.str, f->text.len);
      return sie_fail (p, error, _("”%s” är ingen kvantitet"), shown);
    }
  *has = TRUE;
  return TRUE;
}

/* Parses a plain decimal integer: an optional '-' and 1–9 digits, the
 * common case, without strtoll; anything else goes to
 * g_ascii_string_to_signed (), which accepts at least these. */
static gboolean
parse_signed (const SieText *text,
              gint64         min,
              gint64         max,
              gint64        *out)
{
  gsize i = 0;
  gint64 v = 0;

  if (text->len > 0 && text->str[0] == '-')
    i = 1;
  if (text->len > i && text->len - i <= 9)
    {
      gsize j;

      for (j = i; j < text->len && g_ascii_isdigit (text->str[j]); j++)
        v = v * 10 + (text->str[j] - '0');
      if (j == text->len)
        {
          if (i == 1)
            v = -v;
          if (v < min || v > max)
            return FALSE;
          *out = v;
          return TRUE;
        }
    }

  return g_ascii_string_to_signed (text->str, 10, min, max, out, NULL);
}

static gboolean
get_int (SieParser   *p,
         guint        i,
         const char  *what,
         int         *out,
         GError     **error)
{
  SieField *f = field_at (p, i);
  gint64 v;

  if (f == NULL || f->is_list || f->text.len == 0)
    return sie_fail (p, error, _("%s saknas"), _(what));

  if (!parse_signed (&f->text, -9999, 9999, &v))
    {
      g_autofree char *shown = g_utf8_make_valid (f->text.str, f->text.len);
      return sie_fail (p, error, _("”%s” är inget heltal (%s)"), shown, _(what));
    }
  *out = (int) v;
  return TRUE;
}

static gboolean
parse_date_text (const char *s,
                 GDate      *date)
{
  guint y, m, d;

  g_date_clear (date, 1);
  if (strlen (s) != 8)
    return FALSE;
  for (int i = 0; i < 8; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;

  y = (guint) ((s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0'));
  m = (guint) ((s[4] - '0') * 10 + (s[5] - '0'));
  d = (guint) ((s[6] - '0') * 10 + (s[7] - '0'));
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;

  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

/* A date field; when @required is FALSE a missing or empty field leaves
 * @date cleared. */
static gboolean
get_date (SieParser   *p,
          guint        i,
          gboolean     required,
          GDate       *date,
          GError     **error)
{
  SieField *f = field_at (p, i);

  g_date_clear (date, 1);
  if (f == NULL || f->is_list || f->text.len == 0)
    {
      if (required)
        return sie_fail (p, error, _("datum saknas"));
      return TRUE;
    }

  if (!parse_date_text (f->text.str, date))
    {
      g_autofree char *shown = g_utf8_make_valid (f->text.str, f->text.len);
      return sie_fail (p, error, _("”%s” är inget datum (ÅÅÅÅMMDD)"), shown);
    }
  return TRUE;
}

/* An object list at field @i, appended to object_refs. A missing field
 * is an empty list; a plain field where a list belongs is refused. */
static gboolean
get_objects (SieParser   *p,
             guint        i,
             guint       *start,
             guint       *n,
             GError     **error)
{
  SieField *f = field_at (p, i);

  *start = p->file->n_object_refs;
  *n = 0;
  if (f == NULL)
    return TRUE;
  if (!f->is_list)
    return sie_fail (p, error, _("objektlista saknas"));
  if (f->list_len % 2 != 0)
    return sie_fail (p, error, _("objektlistan ska bestå av par av dimension och objekt"));

  for (guint j = 0; j < f->list_len; j += 2)
    {
      const SieText *d = &g_array_index (p->cur.items, SieText, f->list_start + j);
      const SieText *o = &g_array_index (p->cur.items, SieText, f->list_start + j + 1);
      guint32 pair = intern_pair (p->file,
                                  intern_id (p, d->str, d->len),
                                  intern_id (p, o->str, o->len));

      push_object_ref (p->file, pair);
      (*n)++;
    }
  return TRUE;
}

static SieAccount *
ensure_account (StyrSieFile *self,
                const char  *number)
{
  guint pos = GPOINTER_TO_UINT (g_hash_table_lookup (self->account_index, number));

  if (pos == 0)
    {
      SieAccount account = { number, NULL, NULL };

      g_array_append_val (self->accounts, account);
      pos = self->accounts->len;
      g_hash_table_insert (self->account_index, (gpointer) number, GUINT_TO_POINTER (pos));
    }

  return &g_array_index (self->accounts, SieAccount, pos - 1);
}

/* ---- Lines ------------------------------------------------------------ */

static gboolean
parse_label_line (SieParser   *p,
                  const char  *label,
                  gboolean     in_voucher,
                  GError     **error)
{
  StyrSieFile *self = p->file;

  /* The rows that are many first. */
  if (label[1] == 'P' &&
      (strcmp (label, "#PSALDO") == 0 || strcmp (label, "#PBUDGET") == 0))
    {
      SiePeriodRow row = { 0, };
      const char *account;
      int year_index;
      int period;
      guint n_objects;

      row.budget = label[2] == 'B';
      if (!get_int (p, 1, N_("årsnummer"), &year_index, error))
        return FALSE;
      row.year_index = (gint16) year_index;
      {
        SieField *f = field_at (p, 2);
        gint64 v;

        if (f == NULL || f->is_list ||
            !parse_signed (&f->text, 100001, 999912, &v) ||
            v % 100 < 1 || v % 100 > 12)
          return sie_fail (p, error, _("ogiltig period (ÅÅÅÅMM)"));
        period = (int) v;
      }
      row.period = (guint32) period;
      {
        guint objects;
        gboolean has_quantity;
        SieQuantity quantity;

        if (!get_account_id (p, 3, &row.account, &account, error) ||
            !get_objects (p, 4, &objects, &n_objects, error) ||
            !get_amount (p, 5, &row.amount, error) ||
            !get_quantity (p, 6, &has_quantity, &quantity.quantity, error))
          return FALSE;
        n_objects = pack_row_objects (self, &row, objects);
        row.has_quantity = has_quantity != FALSE;
        if (has_quantity)
          {
            quantity.row = self->n_period_rows;
            g_array_append_val (self->quantities, quantity);
          }
      }
      if (!row.budget)
        {
          self->max_psaldo_objects = MAX (self->max_psaldo_objects, n_objects);
          if (n_objects == 0)
            self->n_psaldo_totals++;
        }
      push_period_row (self, &row);
      return TRUE;
    }

  if (strcmp (label, "#FLAGGA") == 0 || strcmp (label, "#KSUMMA") == 0)
    return TRUE;

  if (strcmp (label, "#PROGRAM") == 0)
    return get_string (p, 1, FALSE, NULL, &self->program, error) &&
           get_string (p, 2, FALSE, NULL, &self->program_version, error);

  if (strcmp (label, "#FORMAT") == 0)
    return get_string (p, 1, FALSE, NULL, &self->format, error);

  if (strcmp (label, "#SIETYP") == 0)
    {
      if (!get_int (p, 1, N_("SIE-typ"), &self->sie_type, error))
        return FALSE;
      if (self->sie_type < 1 || self->sie_type > 4)
        return sie_fail (p, error, _("SIE-typ %d finns inte (1–4)"), self->sie_type);
      return TRUE;
    }

  if (strcmp (label, "#FNAMN") == 0)
    return get_string (p, 1, FALSE, NULL, &self->company_name, error);

  if (strcmp (label, "#ORGNR") == 0)
    return get_string (p, 1, FALSE, NULL, &self->org_number, error);

  if (strcmp (label, "#RAR") == 0)
    {
      SieYear year;

      /* Some programs write "#RAR 0" without dates in a 4I file: the
       * year is kept, with cleared dates. */
      if (!get_int (p, 1, N_("årsnummer"), &year.index, error) ||
          !get_date (p, 2, FALSE, &year.start, error) ||
          !get_date (p, 3, FALSE, &year.end, error))
        return FALSE;
      if (g_date_valid (&year.start) != g_date_valid (&year.end))
        return sie_fail (p, error, _("räkenskapsåret saknar start- eller slutdatum"));
      g_array_append_val (self->years, year);
      return TRUE;
    }

  if (strcmp (label, "#KONTO") == 0)
    {
      const char *number, *name;

      if (!get_account (p, 1, &number, error) ||
          !get_string (p, 2, FALSE, NULL, &name, error))
        return FALSE;
      ensure_account (self, number)->name = name;
      return TRUE;
    }

  if (strcmp (label, "#KTYP") == 0)
    {
      const char *number, *type;

      if (!get_account (p, 1, &number, error) ||
          !get_string (p, 2, TRUE, N_("kontotyp"), &type, error))
        return FALSE;
      ensure_account (self, number)->type = type;
      return TRUE;
    }

  if (strcmp (label, "#DIM") == 0)
    {
      SieDimension dim;

      if (!get_string (p, 1, TRUE, N_("dimension"), &dim.dim, error) ||
          !get_string (p, 2, FALSE, NULL, &dim.name, error))
        return FALSE;
      g_array_append_val (self->dimensions, dim);
      return TRUE;
    }

  if (strcmp (label, "#OBJEKT") == 0)
    {
      SieObject object;

      if (!get_string (p, 1, TRUE, N_("dimension"), &object.dim, error) ||
          !get_string (p, 2, TRUE, N_("objekt"), &object.id, error) ||
          !get_string (p, 3, FALSE, NULL, &object.name, error))
        return FALSE;
      g_array_append_val (self->objects, object);
      return TRUE;
    }

  if (strcmp (label, "#IB") == 0 || strcmp (label, "#UB") == 0 ||
      strcmp (label, "#RES") == 0)
    {
      SieBalance balance;

      balance.kind = label[1] == 'I' ? STYR_SIE_BALANCE_OPENING :
                     label[1] == 'U' ? STYR_SIE_BALANCE_CLOSING :
                                       STYR_SIE_BALANCE_RESULT;
      if (!get_int (p, 1, N_("årsnummer"), &balance.year_index, error) ||
          !get_account (p, 2, &balance.account, error) ||
          !get_amount (p, 3, &balance.amount, error))
        return FALSE;
      g_array_append_val (self->balances, balance);
      return TRUE;
    }

  if (strcmp (label, "#VER") == 0)
    {
      SieVoucher voucher;

      if (!get_string (p, 1, FALSE, NULL, &voucher.series, error) ||
          !get_string (p, 2, FALSE, NULL, &voucher.number, error) ||
          !get_date (p, 3, TRUE, &voucher.date, error) ||
          !get_string (p, 4, FALSE, NULL, &voucher.text, error))
        return FALSE;
      g_array_append_val (self->vouchers, voucher);
      return TRUE;
    }

  if (strcmp (label, "#TRANS") == 0)
    {
      SieTransaction trans;
      const SieVoucher *voucher;

      if (!in_voucher || self->vouchers->len == 0)
        return sie_fail (p, error, _("#TRANS utanför en verifikation"));

      trans.voucher = self->vouchers->len - 1;
      voucher = &g_array_index (self->vouchers, SieVoucher, trans.voucher);
      if (!get_account (p, 1, &trans.account, error) ||
          !get_objects (p, 2, &trans.objects, &trans.n_objects, error) ||
          !get_amount (p, 3, &trans.amount, error) ||
          !get_date (p, 4, FALSE, &trans.date, error) ||
          !get_string (p, 5, FALSE, NULL, &trans.text, error))
        return FALSE;
      if (!g_date_valid (&trans.date))
        trans.date = voucher->date;
      g_array_append_val (self->transactions, trans);
      return TRUE;
    }

  /* Labels whose content is not kept, but whose account is checked. */
  if (strcmp (label, "#OIB") == 0 || strcmp (label, "#OUB") == 0)
    {
      const char *account;
      return get_account (p, 2, &account, error);
    }
  if (strcmp (label, "#SRU") == 0)
    {
      const char *account;
      return get_account (p, 1, &account, error);
    }

  /* Unknown labels, #BTRANS and #RTRANS are ignored. */
  return TRUE;
}

static int
month_total_compare (gconstpointer a,
                     gconstpointer b)
{
  const SieMonthTotal *x = a, *y = b;
  int c = strcmp (x->account, y->account);

  if (c != 0)
    return c;
  return x->period < y->period ? -1 : x->period > y->period ? 1 : 0;
}

static void
build_month_totals (StyrSieFile *self)
{
  g_autoptr(GArray) all = g_array_sized_new (FALSE, TRUE, sizeof (SieMonthTotal),
                                             self->transactions->len);

  for (guint i = 0; i < self->transactions->len; i++)
    {
      const SieTransaction *t = &g_array_index (self->transactions, SieTransaction, i);
      SieMonthTotal total;

      total.account = t->account;
      total.period = g_date_get_year (&t->date) * 100u + g_date_get_month (&t->date);
      total.amount = t->amount;
      g_array_append_val (all, total);
    }

  g_array_sort (all, month_total_compare);

  for (guint i = 0; i < all->len; i++)
    {
      const SieMonthTotal *t = &g_array_index (all, SieMonthTotal, i);
      SieMonthTotal *last = self->month_totals->len > 0 ?
        &g_array_index (self->month_totals, SieMonthTotal, self->month_totals->len - 1) : NULL;

      if (last != NULL && last->account == t->account && last->period == t->period)
        last->amount += t->amount;
      else
        g_array_append_val (self->month_totals, *t);
    }
}

/* The rows of a voucher must sum to zero (a voucher is a balanced
 * entry); the error names the #VER line. */
static gboolean
check_voucher_balance (SieParser  *p,
                       guint       voucher_line,
                       guint       first,
                       GError    **error)
{
  GArray *rows = p->file->transactions;
  gint64 sum = 0;

  for (guint i = first; i < rows->len; i++)
    sum += g_array_index (rows, SieTransaction, i).amount;

  if (sum != 0)
    {
      guint line = p->line;
      gboolean ok;

      p->line = voucher_line;
      ok = sie_fail (p, error,
                     _("verifikationen är inte i balans: raderna summerar till %s%" G_GINT64_FORMAT ".%02d kr"),
                     sum < 0 ? "-" : "", ABS (sum) / 100, (int) (ABS (sum) % 100));
      p->line = line;
      return ok;
    }

  return TRUE;
}

/* ---- The fast path for period rows ------------------------------------ */

/* Parses "123.45", "-0.5", "1000" of @len bytes into hundredths, as
 * parse_hundredths () does a NUL-terminated text. */
static gboolean
parse_hundredths_len (const char *s,
                      gsize       len,
                      gint64     *out)
{
  gboolean negative = FALSE;
  guint64 whole = 0;
  guint64 frac = 0;
  int n_frac = 0;
  int n_digits = 0;
  gsize i = 0;

  if (i < len && (s[i] == '-' || s[i] == '+'))
    negative = (s[i++] == '-');

  for (; i < len && g_ascii_isdigit (s[i]); i++, n_digits++)
    {
      if (whole > (guint64) G_MAXINT64 / 100)
        return FALSE;
      whole = whole * 10 + (guint64) (s[i] - '0');
    }

  if (i < len && s[i] == '.')
    {
      i++;
      for (; i < len && g_ascii_isdigit (s[i]); i++, n_frac++)
        {
          if (n_frac >= 2)
            return FALSE;
          frac = frac * 10 + (guint64) (s[i] - '0');
          n_digits++;
        }
    }

  if (i != len || n_digits == 0)
    return FALSE;

  if (n_frac == 1)
    frac *= 10;

  if (whole > ((guint64) G_MAXINT64 - frac) / 100)
    return FALSE;

  *out = (gint64) (whole * 100 + frac);
  if (negative)
    *out = -*out;
  return TRUE;
}

/* The next bare field at *@i: skips blanks, then takes the bytes up to
 * a blank. FALSE at the end of the line or for a quoted field or a list. */
static gboolean
fast_field (const char *s,
            gsize       len,
            gsize      *i,
            gsize      *start)
{
  gsize j = *i;

  while (j < len && is_blank (s[j]))
    j++;
  if (j >= len || s[j] == '"' || s[j] == '{')
    return FALSE;
  *start = j;
  while (j < len && !is_blank (s[j]))
    j++;
  *i = j;
  return TRUE;
}

/* An optional '-' and 1–9 digits, in [@min, @max]. */
static gboolean
fast_int (const char *s,
          gsize       len,
          gint64      min,
          gint64      max,
          gint64     *out)
{
  gsize i = (len > 0 && s[0] == '-') ? 1 : 0;
  gint64 v = 0;

  if (len == i || len - i > 9)
    return FALSE;
  for (gsize j = i; j < len; j++)
    {
      if (!g_ascii_isdigit (s[j]))
        return FALSE;
      v = v * 10 + (s[j] - '0');
    }
  if (i == 1)
    v = -v;
  if (v < min || v > max)
    return FALSE;
  *out = v;
  return TRUE;
}

/* Files write their objects in the same order account after account,
 * or the same object row after row: the pair after the last one is
 * likely the one that followed it before, or the same. Both guesses are
 * looked up when the last pair is known (follow_pair ()), so that the
 * next row compares bytes only. Returns the pair of (@dim, the object id
 * whose bytes are @raw) when it is one of these, else G_MAXUINT32. */
static inline guint32
predict_pair (SieParser  *p,
              guint32     dim,
              const char *raw,
              gsize       len)
{
  for (guint c = 0; c < G_N_ELEMENTS (p->guess); c++)
    {
      const SieGuess *g = &p->guess[c];

      if (g->pair != G_MAXUINT32 && g->dim == dim && g->len == len &&
          bytes_equal (g->raw, raw, len))
        return g->pair;
    }

  return G_MAXUINT32;
}

static void
set_guess (SieParser *p,
           SieGuess  *g,
           guint32    pair)
{
  const SiePair *e;
  const SieString *id;

  g->pair = pair;
  if (pair == G_MAXUINT32)
    return;
  e = &g_array_index (p->file->pairs, SiePair, pair);
  id = &g_array_index (p->file->string_list, SieString, e->id);
  g->dim = e->dim;
  g->raw = id->raw;
  g->len = id->raw_len;
}

/* Records that @pair came after the last pair. */
static inline void
follow_pair (SieParser *p,
             guint32    pair)
{
  if (G_UNLIKELY (p->next_pair->len < p->file->pairs->len))
    {
      guint old = p->next_pair->len;

      g_array_set_size (p->next_pair, p->file->pairs->len);
      for (guint i = old; i < p->next_pair->len; i++)
        g_array_index (p->next_pair, guint32, i) = G_MAXUINT32;
    }
  if (p->last_pair != G_MAXUINT32)
    g_array_index (p->next_pair, guint32, p->last_pair) = pair;
  p->last_pair = pair;
  set_guess (p, &p->guess[0], g_array_index (p->next_pair, guint32, pair));
  set_guess (p, &p->guess[1], pair);
}

/* Parses an amount of @len bytes into hundredths, as
 * parse_hundredths_len () does, without its checks for the common
 * amounts of at most 15 whole digits. */
static inline gboolean
parse_amount_fast (const char *s,
                   gsize       len,
                   gint64     *out)
{
  gsize i = 0, n_whole;
  guint64 whole = 0, frac = 0;
  gboolean negative = FALSE;
  int n_frac = 0;

  if (len > 0 && (s[0] == '-' || s[0] == '+'))
    {
      negative = s[0] == '-';
      i = 1;
    }
  n_whole = i;
  while (i < len && (guint) (s[i] - '0') < 10)
    whole = whole * 10 + (guint64) (s[i++] - '0');
  n_whole = i - n_whole;
  if (n_whole > 15)
    return parse_hundredths_len (s, len, out);
  if (i < len && s[i] == '.')
    {
      i++;
      if (i < len && (guint) (s[i] - '0') < 10)
        {
          frac = (guint64) (s[i++] - '0') * 10;
          n_frac = 1;
          if (i < len && (guint) (s[i] - '0') < 10)
            {
              frac += (guint64) (s[i++] - '0');
              n_frac = 2;
            }
        }
    }
  /* A third decimal, a stray byte, no digit at all: its errors. */
  if (i != len || n_whole + (gsize) n_frac == 0)
    return parse_hundredths_len (s, len, out);

  *out = negative ? -(gint64) (whole * 100 + frac) : (gint64) (whole * 100 + frac);
  return TRUE;
}

/* Reads a #PSALDO or #PBUDGET line of the plain form most of a large
 * file is made of — `#PSALDO YEAR PERIOD ACCOUNT {DIM OBJECT …} AMOUNT
 * [QUANTITY]`, unquoted numbers, no `\"` and nothing after — straight
 * from the bytes of the line, without the line buffer. Anything else,
 * right or wrong, gives FALSE and adds nothing: the general path then
 * reads the line (and reports what is wrong with it).
 *
 * A large file writes the rows of one account and period one after the
 * other, and they differ only from the object on: the bytes of the last
 * row up to its first object (its prefix) are kept, and a row that
 * begins with the same bytes has the same year, period, account and
 * dimension, so it is read from its object on. */
static gboolean
fast_period_row (SieParser  *p,
                 const char *s,
                 gsize       len)
{
  StyrSieFile *self = p->file;
  SiePeriodRow row = { 0, };
  SieQuantity quantity;
  guint objects_start = self->n_object_refs;
  guint n_objects;
  gboolean have_dim = FALSE;
  guint32 dim = 0;
  gsize i, start;
  gint64 v;

  if (p->prefix_len != 0 && len > p->prefix_len &&
      memcmp (s, p->prefix, p->prefix_len) == 0)
    {
      row = p->prefix_row;
      dim = p->prefix_dim;
      have_dim = TRUE;
      i = p->prefix_len - 1;
      goto objects;
    }

  if (!((memcmp (s, "#PSALDO", 7) == 0 && is_blank (s[7])) ||
        (memcmp (s, "#PBUDGET", 8) == 0 && is_blank (s[8]))))
    return FALSE;

  row.budget = s[2] == 'B';
  i = row.budget ? 8 : 7;

  if (!fast_field (s, len, &i, &start) ||
      !fast_int (s + start, i - start, -9999, 9999, &v))
    return FALSE;
  row.year_index = (gint16) v;

  if (!fast_field (s, len, &i, &start) ||
      !fast_int (s + start, i - start, 100001, 999912, &v) ||
      v % 100 < 1 || v % 100 > 12)
    return FALSE;
  row.period = (guint32) v;

  if (!fast_field (s, len, &i, &start))
    return FALSE;
  for (gsize j = start; j < i; j++)
    if (!g_ascii_isdigit (s[j]))
      return FALSE;
  row.account = intern_id (p, s + start, i - start);

  /* The object list. */
  while (i < len && is_blank (s[i]))
    i++;
  if (i >= len || s[i] != '{')
    return FALSE;
  i++;

objects:
  for (;;)
    {
      gsize item_start, item_end;
      guint32 id;

      while (i < len && is_blank (s[i]))
        i++;
      if (i >= len)
        goto fail;
      if (s[i] == '}')
        {
          i++;
          break;
        }
      if (s[i] == '"')
        {
          gsize k = i + 1;

          for (;; k++)
            {
              if (k >= len || s[k] == '\\')
                goto fail;
              if (s[k] == '"' && (k + 1 >= len || is_blank (s[k + 1]) || s[k + 1] == '}'))
                break;
            }
          item_start = i + 1;
          item_end = k;
          i = k + 1;
        }
      else
        {
          item_start = i;
          while (i < len && !is_blank (s[i]) && s[i] != '}' && s[i] != '"')
            i++;
          item_end = i;
        }

      if (!have_dim)
        {
          gboolean first = objects_start == self->n_object_refs;

          dim = intern_id (p, s + item_start, item_end - item_start);
          have_dim = TRUE;
          /* The prefix ends with the byte after the first dimension,
           * which ended it. */
          if (first && i < len && i + 1 <= sizeof p->prefix)
            {
              memcpy (p->prefix, s, i + 1);
              p->prefix_len = i + 1;
              p->prefix_row = row;
              p->prefix_dim = dim;
            }
          continue;
        }
      {
        guint32 pair = predict_pair (p, dim, s + item_start, item_end - item_start);

        if (pair == G_MAXUINT32)
          {
            id = intern_id (p, s + item_start, item_end - item_start);
            pair = intern_pair (self, dim, id);
          }
        follow_pair (p, pair);
        push_object_ref (self, pair);
        have_dim = FALSE;
      }
    }
  if (have_dim)
    goto fail;

  if (!fast_field (s, len, &i, &start) ||
      !parse_amount_fast (s + start, i - start, &row.amount))
    goto fail;

  while (i < len && is_blank (s[i]))
    i++;
  if (i < len)
    {
      if (!fast_field (s, len, &i, &start) ||
          !parse_hundredths_len (s + start, i - start, &quantity.quantity))
        goto fail;
      while (i < len && is_blank (s[i]))
        i++;
      if (i < len)
        goto fail;
      row.has_quantity = TRUE;
      quantity.row = self->n_period_rows;
      g_array_append_val (self->quantities, quantity);
    }

  n_objects = pack_row_objects (self, &row, objects_start);
  if (!row.budget)
    {
      self->max_psaldo_objects = MAX (self->max_psaldo_objects, n_objects);
      if (n_objects == 0)
        self->n_psaldo_totals++;
    }
  push_period_row (self, &row);
  return TRUE;

fail:
  self->n_object_refs = objects_start;
  return FALSE;
}

/* The end of a field the fast paths read at once: a blank or the end of
 * the line. */
static inline gboolean
is_field_end (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Reads a #PSALDO or #PBUDGET line that begins with the last fast row's
 * prefix (see fast_period_row ()), straight from @avail bytes of the
 * input at @s without looking for the line's end first: the line's
 * break is found where the row ends. Returns the bytes of the line with
 * its break, or 0 when the line is not of the plain form, and nothing
 * is added: the general path then reads the line. */
static gsize
fast_prefix_row (SieParser  *p,
                 const char *s,
                 gsize       avail)
{
  StyrSieFile *self = p->file;
  SiePeriodRow row;
  SieQuantity quantity;
  guint objects_start = self->n_object_refs;
  guint n_objects;
  gboolean have_dim = TRUE;
  guint32 dim;
  gsize i, start;

  if (avail <= p->prefix_len || memcmp (s, p->prefix, p->prefix_len) != 0)
    return 0;
  row = p->prefix_row;
  dim = p->prefix_dim;
  i = p->prefix_len - 1;

  for (;;)
    {
      gsize item_start, item_end;

      while (i < avail && is_blank (s[i]))
        i++;
      if (i >= avail)
        goto fail;
      if (s[i] == '}')
        {
          i++;
          break;
        }
      if (s[i] == '"')
        {
          gsize k = i + 1;

          /* A quote ends the text before a blank or '}'; one at the
           * end of the line leaves the list open, for the general path. */
          for (;; k++)
            {
              if (k + 1 >= avail || s[k] == '\\' || s[k] == '\n' || s[k] == '\r')
                goto fail;
              if (s[k] == '"' && (is_blank (s[k + 1]) || s[k + 1] == '}'))
                break;
            }
          item_start = i + 1;
          item_end = k;
          i = k + 1;
        }
      else
        {
          item_start = i;
          while (i < avail && !is_field_end (s[i]) && s[i] != '}' && s[i] != '"')
            i++;
          if (i >= avail || s[i] == '\r' || s[i] == '\n')
            goto fail;
          item_end = i;
        }

      if (!have_dim)
        {
          dim = intern_id (p, s + item_start, item_end - item_start);
          have_dim = TRUE;
          continue;
        }
      {
        guint32 pair = predict_pair (p, dim, s + item_start, item_end - item_start);

        if (pair == G_MAXUINT32)
          pair = intern_pair (self, dim, intern_id (p, s + item_start, item_end - item_start));
        follow_pair (p, pair);
        push_object_ref (self, pair);
        have_dim = FALSE;
      }
    }
  if (have_dim)
    goto fail;

  /* The amount, and a quantity. */
  while (i < avail && is_blank (s[i]))
    i++;
  if (i >= avail || s[i] == '"' || s[i] == '{')
    goto fail;
  start = i;
  while (i < avail && !is_field_end (s[i]))
    i++;
  if (!parse_amount_fast (s + start, i - start, &row.amount))
    goto fail;
  while (i < avail && is_blank (s[i]))
    i++;
  row.has_quantity = FALSE;
  if (i < avail && s[i] != '\r' && s[i] != '\n')
    {
      if (s[i] == '"' || s[i] == '{')
        goto fail;
      start = i;
      while (i < avail && !is_field_end (s[i]))
        i++;
      if (!parse_hundredths_len (s + start, i - start, &quantity.quantity))
        goto fail;
      while (i < avail && is_blank (s[i]))
        i++;
      row.has_quantity = TRUE;
    }

  /* The end of the line: its break ("\n", "\r\n"), or of the input. */
  if (i < avail)
    {
      if (s[i] == '\r' && (i + 1 == avail || s[i + 1] == '\n'))
        i++;
      if (i < avail)
        {
          if (s[i] != '\n')
            goto fail;
          i++;
        }
    }

  if (row.has_quantity)
    {
      quantity.row = self->n_period_rows;
      g_array_append_val (self->quantities, quantity);
    }
  n_objects = pack_row_objects (self, &row, objects_start);
  if (!row.budget)
    {
      self->max_psaldo_objects = MAX (self->max_psaldo_objects, n_objects);
      if (n_objects == 0)
        self->n_psaldo_totals++;
    }
  push_period_row (self, &row);
  return i;

fail:
  self->n_object_refs = objects_start;
  return 0;
}

/* Asks for huge pages for a large buffer that is about to be filled:
 * one fault per 2 MiB instead of one per page. Only a hint. */
static void
advise_huge_pages (gpointer data,
                   gsize    size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  const guintptr huge = 2u << 20;
  guintptr start = ((guintptr) data + huge - 1) & ~(huge - 1);
  guintptr end = ((guintptr) data + size) & ~(huge - 1);

  if (end > start)
    madvise ((void *) start, end - start, MADV_HUGEPAGE);
#else
  (void) data;
  (void) size;
#endif
}

/* Room for as many period rows and object refs as a large file of
 * #PSALDO lines has, so the arrays are not moved while they fill. */
static void
reserve_rows (StyrSieFile *self,
              gsize        len)
{
  /* A #PSALDO line of one object is some 40 bytes or more; the arrays
   * grow past this if they must, and the pages not used are never
   * touched. */
  gsize n_lines = MIN (len / 32 + 16, (gsize) 1 << 24);

  if (len < (1u << 20))
    return;

  if (self->period_rows_cap < n_lines)
    {
      self->period_rows_cap = (guint) n_lines;
      self->period_rows = g_renew (SiePeriodRow, self->period_rows, n_lines);
      advise_huge_pages (self->period_rows, n_lines * sizeof (SiePeriodRow));
    }
  if (self->object_refs_cap < n_lines)
    {
      self->object_refs_cap = (guint) n_lines;
      self->object_refs = g_renew (guint32, self->object_refs, n_lines);
      advise_huge_pages (self->object_refs, n_lines * sizeof (guint32));
    }
}

/* Reads the lines of @data, a piece of the input that ends with a line
 * break or the input's end, where the last piece left off. */
static gboolean
parse_lines (SieParser     *p,
             const guchar  *data,
             gsize          len,
             GError       **error)
{
  gsize pos = 0;
  gboolean seen_label = p->seen_label;
  gboolean in_voucher = p->in_voucher;
  gboolean pending_voucher = p->pending_voucher;
  gboolean ksumma_open = p->ksumma_open;
  gboolean ksumma_closed = p->ksumma_closed;
  guint ksumma_line = p->ksumma_line;
  guint32 crc = p->crc;
  guint voucher_line = p->voucher_line;
  guint voucher_start = p->voucher_start;

  while (pos < len)
    {
      const char *s = (const char *) data + pos;
      const char *nl;
      gsize line_len;
      const char *label_text;
      SieField *first;

      /* Most lines of a large file: the rows of an account and period
       * after its first, read before the line's end is looked for. */
      if (!ksumma_open && p->prefix_len != 0)
        {
          gsize used = fast_prefix_row (p, s, len - pos);

          if (used != 0)
            {
              pos += used;
              p->line++;
              seen_label = TRUE;
              if (!in_voucher)
                pending_voucher = FALSE;
              continue;
            }
        }

      nl = memchr (s, '\n', len - pos);
      line_len = nl != NULL ? (gsize) (nl - s) : len - pos;

      pos += line_len + (nl != NULL ? 1 : 0);
      p->line++;

      if (line_len > 0 && s[line_len - 1] == '\r')
        line_len--;

      /* Most lines of a large file: read without the line buffer. */
      if (!ksumma_open && line_len > 8 && s[0] == '#' && s[1] == 'P' &&
          fast_period_row (p, s, line_len))
        {
          seen_label = TRUE;
          if (!in_voucher)
            pending_voucher = FALSE;
          continue;
        }

      {
        gsize a = 0, b = line_len;

        while (a < b && is_blank (s[a]))
          a++;
        while (b > a && is_blank (s[b - 1]))
          b--;

        /* The braces around the rows of a voucher, each on a line. */
        if (b - a == 1 && s[a] == '{')
          {
            if (in_voucher || !pending_voucher)
              return sie_fail (p, error, _("oväntad {"));
            in_voucher = TRUE;
            pending_voucher = FALSE;
            voucher_start = p->file->transactions->len;
            continue;
          }
        if (b - a == 1 && s[a] == '}')
          {
            if (!in_voucher)
              return sie_fail (p, error, _("oväntad }"));
            in_voucher = FALSE;
            if (!check_voucher_balance (p, voucher_line, voucher_start, error))
              return FALSE;
            continue;
          }
      }

      if (!tokenize (p, s, line_len, error))
        return FALSE;

      first = field_at (p, 0);
      if (first == NULL)
        continue;

      if (first->is_list)
        {
          /* "{}" on a line of its own: a voucher without rows. */
          if (first->list_len == 0 && p->cur.fields->len == 1 &&
              pending_voucher && !in_voucher)
            {
              pending_voucher = FALSE;
              continue;
            }
          return sie_fail (p, error, _("oväntad objektlista"));
        }

      label_text = first->text.str;

      if (label_text[0] != '#')
        continue;  /* not a label line: ignored */

      seen_label = TRUE;

      if (strcmp (label_text, "#KSUMMA") == 0)
        {
          SieField *value = field_at (p, 1);

          if (value == NULL || value->is_list || value->text.len == 0)
            {
              if (ksumma_open || ksumma_closed)
                return sie_fail (p, error, _("#KSUMMA inleds två gånger"));
              ksumma_open = TRUE;
              ksumma_line = p->line;
              crc = 0xffffffffu;
              continue;
            }
          else
            {
              guint64 want;

              if (!ksumma_open)
                return sie_fail (p, error, _("avslutande #KSUMMA utan inledande #KSUMMA"));
              if (!g_ascii_string_to_unsigned (value->text.str, 10, 0, G_MAXUINT32, &want, NULL))
                return sie_fail (p, error, _("ogiltig kontrollsumma"));
              crc ^= 0xffffffffu;
              if (crc != (guint32) want)
                return sie_fail (p, error,
                                 _("kontrollsumman stämmer inte (filen anger %" G_GUINT64_FORMAT
                                   ", innehållet ger %" G_GUINT32_FORMAT ")"),
                                 want, crc);
              ksumma_open = FALSE;
              ksumma_closed = TRUE;
              continue;
            }
        }

      if (ksumma_open)
        crc = crc_line (crc, &p->cur);

      if (strcmp (label_text, "#VER") == 0)
        {
          if (in_voucher)
            return sie_fail (p, error, _("#VER inne i en verifikation"));
          pending_voucher = TRUE;
          voucher_line = p->line;
        }
      else if (!in_voucher)
        pending_voucher = FALSE;

      if (!parse_label_line (p, label_text, in_voucher, error))
        return FALSE;
    }

  p->seen_label = seen_label;
  p->in_voucher = in_voucher;
  p->pending_voucher = pending_voucher;
  p->ksumma_open = ksumma_open;
  p->ksumma_closed = ksumma_closed;
  p->ksumma_line = ksumma_line;
  p->crc = crc;
  p->voucher_line = voucher_line;
  p->voucher_start = voucher_start;
  return TRUE;
}

/* Fills in the texts that waited for the encoding: each has room for
 * three bytes a byte, more than any of the encodings needs. */
static void
decode_pending (SieParser *p)
{
  for (guint i = 0; i < p->pending->len; i++)
    {
      const SieString *e = &g_array_index (p->file->string_list, SieString,
                                           g_array_index (p->pending, guint32, i));

      decode_text (p->encoding, e->raw, e->raw_len, p->scratch);
      g_assert (p->scratch->len <= 3 * (gsize) e->raw_len);
      memcpy ((char *) e->str, p->scratch->str, p->scratch->len + 1);
    }
  g_array_set_size (p->pending, 0);
}

/* detect_encoding () over the input a piece at a time: the rule of the
 * whole input is known once a piece has shown that it is not UTF-8 and
 * has a byte in 0x80–0x9F (code page 437), else at the end. */
static void
detect_piece (SieParser    *p,
              const guchar *data,
              gsize         len)
{
  gsize i = 0;

  if (!p->non_ascii_seen)
    {
      while (i + 8 <= len)
        {
          guint64 word;

          memcpy (&word, data + i, 8);
          if (word & G_GUINT64_CONSTANT (0x8080808080808080))
            break;
          i += 8;
        }
      while (i < len && data[i] < 0x80)
        i++;
      if (i == len)
        return;
      p->non_ascii_seen = TRUE;
    }

  /* A piece ends with a line break, so no character spans two. */
  if (p->utf8_valid && !g_utf8_validate ((const char *) data + i, len - i, NULL))
    p->utf8_valid = FALSE;

  for (; i < len && !p->has_c1; i++)
    {
      if (i + 8 <= len)
        {
          guint64 word;

          memcpy (&word, data + i, 8);
          if (!(word & G_GUINT64_CONSTANT (0x8080808080808080)))
            {
              i += 7;
              continue;
            }
        }
      if (data[i] >= 0x80 && data[i] <= 0x9f)
        p->has_c1 = TRUE;
      else if (data[i] >= 0xc0)
        p->has_high = TRUE;
    }

  if (!p->utf8_valid && p->has_c1)
    {
      p->encoding = SIE_ENCODING_CP437;
      p->encoding_known = TRUE;
      decode_pending (p);
    }
}

/* The rule, at the end of the input. */
static void
detect_end (SieParser *p)
{
  if (p->encoding_known)
    return;
  if (!p->non_ascii_seen || p->utf8_valid)
    p->encoding = SIE_ENCODING_UTF8;
  else if (!p->has_c1 && p->has_high)
    p->encoding = SIE_ENCODING_ISO_8859_15;
  else
    p->encoding = SIE_ENCODING_CP437;
  p->encoding_known = TRUE;
  decode_pending (p);
}

/* Reads a piece of the input that ends with a line break, or the last
 * piece; @at_start when it is the first. */
static gboolean
parse_piece (SieParser     *p,
             const guchar  *data,
             gsize          len,
             gboolean       at_start,
             GError       **error)
{
  gsize start = 0;

  /* A UTF-8 byte order mark is not content. */
  if (at_start && len >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf)
    start = 3;

  /* The first non-blank character of a saved HTML page is '<'. */
  for (gsize i = start; i < len && !p->html_checked; i++)
    if (!g_ascii_isspace (data[i]))
      {
        p->html_checked = TRUE;
        if (data[i] == '<')
          {
            g_set_error (error, STYR_ERROR, STYR_ERROR_UNSUPPORTED,
                         _("%s: ser ut som en HTML-sida, inte en SIE-fil"), p->name);
            return FALSE;
          }
      }

  if (!p->encoding_known)
    detect_piece (p, data, len);

  return parse_lines (p, data + start, len - start, error);
}

/* The checks at the end of the input. */
static gboolean
parse_end (SieParser  *p,
           GError    **error)
{
  if (!p->seen_label)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_UNSUPPORTED,
                   _("%s: ser ut som en HTML-sida, inte en SIE-fil"), p->name);
      return FALSE;
    }

  if (p->in_voucher)
    return sie_fail (p, error, _("verifikationen avslutas inte med }"));

  if (p->ksumma_open)
    {
      p->line = p->ksumma_line;
      return sie_fail (p, error, _("#KSUMMA inleds men avslutas inte med en kontrollsumma"));
    }

  detect_end (p);
  build_month_totals (p->file);
  p->file->encoding = p->encoding == SIE_ENCODING_UTF8 ? "UTF-8" :
                      p->encoding == SIE_ENCODING_ISO_8859_15 ? "ISO-8859-15" : "CP437";
  return TRUE;
}

static void
parser_init (SieParser   *p,
             StyrSieFile *file,
             const char  *name)
{
  static gsize crc_ready = 0;

  if (g_once_init_enter (&crc_ready))
    {
      crc_init_table ();
      g_once_init_leave (&crc_ready, 1);
    }

  memset (p, 0, sizeof *p);
  p->file = file;
  p->name = name != NULL ? name : "<sie>";
  p->cur.fields = g_array_new (FALSE, TRUE, sizeof (SieField));
  p->cur.items = g_array_new (FALSE, TRUE, sizeof (SieText));
  p->scratch = g_string_new (NULL);
  p->last_pair = G_MAXUINT32;
  p->guess[0].pair = G_MAXUINT32;
  p->guess[1].pair = G_MAXUINT32;
  p->next_pair = g_array_new (FALSE, FALSE, sizeof (guint32));
  p->crc = 0xffffffffu;
  p->utf8_valid = TRUE;
  p->pending = g_array_new (FALSE, FALSE, sizeof (guint32));
}

static void
parser_clear (SieParser *p)
{
  g_array_unref (p->cur.fields);
  g_array_unref (p->cur.items);
  g_string_free (p->scratch, TRUE);
  g_free (p->buf);
  g_array_unref (p->next_pair);
  g_array_unref (p->pending);
}

/**
 * styr_sie_file_new_from_bytes:
 * @bytes: the content of a SIE file
 * @name: (nullable): the name of the input, for messages
 * @error: return location for a #GError
 *
 * Reads a SIE file of any type (1–4, `.SE` or `.SI`) from @bytes.
 *
 * The whole file is read or none of it: a defect fails with
 * %STYR_ERROR_PARSE and a message `NAME:LINE: …` naming the line (from 1),
 * e.g. a non-numeric account number, an amount that is not a number with at
 * most two decimals, an unterminated quote, a checksum that does not match.
 * A file that is not SIE at all — whose first non-blank character is `<`,
 * or that has no label line — fails with %STYR_ERROR_UNSUPPORTED and the
 * message "NAME: ser ut som en HTML-sida, inte en SIE-fil".
 *
 * Returns: (transfer full): the file's content, or %NULL with @error set
 *
 * Since: 1.0
 */
StyrSieFile *
styr_sie_file_new_from_bytes (GBytes      *bytes,
                              const char  *name,
                              GError     **error)
{
  g_autoptr(StyrSieFile) self = NULL;
  SieParser p;
  const guchar *data;
  gsize len;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _styr_init_i18n ();

  self = g_object_new (STYR_TYPE_SIE_FILE, NULL);
  data = g_bytes_get_data (bytes, &len);
  if (data == NULL)
    data = (const guchar *) "";

  parser_init (&p, self, name);
  /* All of the input is here: its encoding is known from the start. */
  p.encoding = detect_encoding (data, len);
  p.encoding_known = TRUE;
  reserve_rows (self, len);

  ok = parse_piece (&p, data, len, TRUE, error) &&
       parse_end (&p, error);
  parser_clear (&p);

  if (!ok)
    return NULL;
  return g_steal_pointer (&self);
}

/* The size of the pieces the stream is read in: small enough to stay
 * in the processor's cache. */
#define SIE_PIECE_SIZE (256 * 1024)

/**
 * styr_sie_file_new_from_stream:
 * @stream: a stream with the content of a SIE file
 * @name: (nullable): the name of the input, for messages
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads all of @stream and then reads it as
 * [ctor@Styr.SieFile.new_from_bytes] does. The stream is read a piece at
 * a time and is not held in memory whole; an error of the stream comes
 * before any defect of its content.
 *
 * Returns: (transfer full): the file's content, or %NULL with @error set
 *
 * Since: 1.0
 */
StyrSieFile *
styr_sie_file_new_from_stream (GInputStream  *stream,
                               const char    *name,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(StyrSieFile) self = NULL;
  g_autoptr(GError) parse_error = NULL;
  SieParser p;
  gsize cap = SIE_PIECE_SIZE;
  gsize have = 0;
  guchar *buf;
  gboolean at_start = TRUE;
  gboolean parsing = TRUE;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _styr_init_i18n ();

  self = g_object_new (STYR_TYPE_SIE_FILE, NULL);
  parser_init (&p, self, name);

  /* A file's size tells how many rows to make room for. */
  if (G_IS_FILE_INPUT_STREAM (stream))
    {
      g_autoptr(GFileInfo) info =
        g_file_input_stream_query_info (G_FILE_INPUT_STREAM (stream),
                                        G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                        cancellable, NULL);

      if (info != NULL &&
          g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
          g_file_info_get_size (info) > 0)
        reserve_rows (self, (gsize) MIN ((guint64) g_file_info_get_size (info), G_MAXSIZE / 2));
    }

  /* The stream is read in pieces and each piece's whole lines are read
   * as they come; the bytes of a line not yet ended wait for the next
   * piece. After a defect the rest is still read: an error of the
   * stream comes first, as when all of it was read before the lines. */
  buf = g_malloc (cap);
  for (;;)
    {
      gssize n;
      gsize end;

      if (have == cap)
        {
          cap *= 2;
          buf = g_realloc (buf, cap);
        }
      n = g_input_stream_read (stream, buf + have, MIN (cap - have, (gsize) G_MAXSSIZE),
                               cancellable, error);
      if (n < 0)
        {
          g_free (buf);
          parser_clear (&p);
          return NULL;
        }

      if (!parsing)
        {
          if (n == 0)
            break;
          continue;
        }

      /* The lines ended so far: up to the last line break among the new
       * bytes (the bytes before hold none), or all at the end. */
      end = have;
      have += (gsize) n;
      if (n == 0)
        end = have;
      else
        {
          gsize k = have;

          while (k > end && buf[k - 1] != '\n')
            k--;
          end = k > end ? k : 0;
        }

      if (end > 0 || n == 0)
        {
          parsing = parse_piece (&p, buf, end, at_start, &parse_error);
          at_start = FALSE;
          memmove (buf, buf + end, have - end);
          have -= end;
          if (!parsing)
            have = 0;
        }
      if (n == 0)
        break;
    }
  g_free (buf);

  if (parsing)
    parsing = parse_end (&p, &parse_error);
  parser_clear (&p);

  if (!parsing)
    {
      g_propagate_error (error, g_steal_pointer (&parse_error));
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * styr_sie_file_get_program:
 * @self: a #StyrSieFile
 *
 * Gets the program that wrote the file (`#PROGRAM`).
 *
 * Returns: (nullable): the program's name
 *
 * Since: 1.0
 */
const char *
styr_sie_file_get_program (StyrSieFile *self)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), NULL);
  return self->program;
}

/**
 * styr_sie_file_get_program_version:
 * @self: a #StyrSieFile
 *
 * Gets the version of the program that wrote the file (`#PROGRAM`).
 *
 * Returns: (nullable): the program's version
 *
 * Since: 1.0
 */
const char *
styr_sie_file_get_program_version (StyrSieFile *self)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), NULL);
  return self->program_version;
}

/**
 * styr_sie_file_get_format:
 * @self: a #StyrSieFile
 *
 * Gets the character set the file says it has (`#FORMAT`, normally
 * `PC8`). See [method@Styr.SieFile.get_encoding] for the one it was read
 * in.
 *
 * Returns: (nullable): the declared format
 *
 * Since: 1.0
 */
const char *
styr_sie_file_get_format (StyrSieFile *self)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), NULL);
  return self->format;
}

/**
 * styr_sie_file_get_encoding:
 * @self: a #StyrSieFile
 *
 * Gets the encoding the file was read in: `UTF-8`, `ISO-8859-15` or
 * `CP437`, by the rule described in [class@Styr.SieFile].
 *
 * Returns: the encoding
 *
 * Since: 1.0
 */
const char *
styr_sie_file_get_encoding (StyrSieFile *self)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), NULL);
  return self->encoding;
}

/**
 * styr_sie_file_get_sie_type:
 * @self: a #StyrSieFile
 *
 * Gets the file's type (`#SIETYP`): 1 (year balances), 2 (period
 * balances), 3 (object balances) or 4 (transactions).
 *
 * Returns: the type, or 0 when the file does not say
 *
 * Since: 1.0
 */
int
styr_sie_file_get_sie_type (StyrSieFile *self)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), 0);
  return self->sie_type;
}

/**
 * styr_sie_file_get_company_name:
 * @self: a #StyrSieFile
 *
 * Gets the company's name (`#FNAMN`).
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
styr_sie_file_get_company_name (StyrSieFile *self)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), NULL);
  return self->company_name;
}

/**
 * styr_sie_file_get_org_number:
 * @self: a #StyrSieFile
 *
 * Gets the organisation number (`#ORGNR`).
 *
 * Returns: (nullable): the organisation number
 *
 * Since: 1.0
 */
const char *
styr_sie_file_get_org_number (StyrSieFile *self)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), NULL);
  return self->org_number;
}

/**
 * styr_sie_file_get_n_fiscal_years:
 * @self: a #StyrSieFile
 *
 * Gets the number of fiscal years (`#RAR` lines).
 *
 * Returns: the number of fiscal years
 *
 * Since: 1.0
 */
guint
styr_sie_file_get_n_fiscal_years (StyrSieFile *self)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), 0);
  return self->years->len;
}

/**
 * styr_sie_file_get_fiscal_year:
 * @self: a #StyrSieFile
 * @position: the position, less than
 *   [method@Styr.SieFile.get_n_fiscal_years], in file order
 * @year_index: (out) (optional): the year's index: 0 for the current
 *   year, -1 for the one before and so on
 * @start: (out caller-allocates) (optional): the first day of the year
 * @end: (out caller-allocates) (optional): the last day of the year
 *
 * Gets a fiscal year. Fiscal years need not follow the calendar. A
 * `#RAR` line without dates (some programs write one in a type 4I file)
 * gives cleared, invalid dates.
 *
 * Since: 1.0
 */
void
styr_sie_file_get_fiscal_year (StyrSieFile *self,
                               guint        position,
                               int         *year_index,
                               GDate       *start,
                               GDate       *end)
{
  const SieYear *y;

  g_return_if_fail (STYR_IS_SIE_FILE (self));
  g_return_if_fail (position < self->years->len);

  y = &g_array_index (self->years, SieYear, position);
  if (year_index != NULL)
    *year_index = y->index;
  if (start != NULL)
    *start = y->start;
  if (end != NULL)
    *end = y->end;
}

/**
 * styr_sie_file_get_n_accounts:
 * @self: a #StyrSieFile
 *
 * Gets the number of accounts named by `#KONTO` or `#KTYP` (each number
 * once).
 *
 * Returns: the number of accounts
 *
 * Since: 1.0
 */
guint
styr_sie_file_get_n_accounts (StyrSieFile *self)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), 0);
  return self->accounts->len;
}

/**
 * styr_sie_file_get_account:
 * @self: a #StyrSieFile
 * @position: the position, less than
 *   [method@Styr.SieFile.get_n_accounts], in the order of first mention
 * @number: (out) (optional) (transfer none): the account number, digits
 *   only (a leading zero is kept)
 * @name: (out) (optional) (nullable) (transfer none): the account's name
 * @account_type: (out) (optional) (nullable) (transfer none): the
 *   account's type from `#KTYP`: `T` (asset), `S` (liability), `K` (cost)
 *   or `I` (income)
 *
 * Gets an account. When a number is named twice, the last name counts.
 *
 * Since: 1.0
 */
void
styr_sie_file_get_account (StyrSieFile  *self,
                           guint         position,
                           const char  **number,
                           const char  **name,
                           const char  **account_type)
{
  const SieAccount *a;

  g_return_if_fail (STYR_IS_SIE_FILE (self));
  g_return_if_fail (position < self->accounts->len);

  a = &g_array_index (self->accounts, SieAccount, position);
  if (number != NULL)
    *number = a->number;
  if (name != NULL)
    *name = a->name;
  if (account_type != NULL)
    *account_type = a->type;
}

/**
 * styr_sie_file_lookup_account_name:
 * @self: a #StyrSieFile
 * @number: an account number
 *
 * Looks up the name of the account @number.
 *
 * Returns: (nullable): the name, or %NULL when the file has no such
 *   account or no name for it
 *
 * Since: 1.0
 */
const char *
styr_sie_file_lookup_account_name (StyrSieFile *self,
                                   const char  *number)
{
  guint pos;

  g_return_val_if_fail (STYR_IS_SIE_FILE (self), NULL);
  g_return_val_if_fail (number != NULL, NULL);

  pos = GPOINTER_TO_UINT (g_hash_table_lookup (self->account_index, number));
  if (pos == 0)
    return NULL;
  return g_array_index (self->accounts, SieAccount, pos - 1).name;
}

/**
 * styr_sie_file_get_n_dimensions:
 * @self: a #StyrSieFile
 *
 * Gets the number of `#DIM` lines.
 *
 * Returns: the number of dimensions
 *
 * Since: 1.0
 */
guint
styr_sie_file_get_n_dimensions (StyrSieFile *self)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), 0);
  return self->dimensions->len;
}

/**
 * styr_sie_file_get_dimension:
 * @self: a #StyrSieFile
 * @position: the position, less than
 *   [method@Styr.SieFile.get_n_dimensions], in file order
 * @dim: (out) (optional) (transfer none): the dimension's number, e.g.
 *   `1` (*kostnadsställe*) or `6` (*projekt*)
 * @name: (out) (optional) (nullable) (transfer none): its name
 *
 * Gets a dimension.
 *
 * Since: 1.0
 */
void
styr_sie_file_get_dimension (StyrSieFile  *self,
                             guint         position,
                             const char  **dim,
                             const char  **name)
{
  const SieDimension *d;

  g_return_if_fail (STYR_IS_SIE_FILE (self));
  g_return_if_fail (position < self->dimensions->len);

  d = &g_array_index (self->dimensions, SieDimension, position);
  if (dim != NULL)
    *dim = d->dim;
  if (name != NULL)
    *name = d->name;
}

/**
 * styr_sie_file_get_n_objects:
 * @self: a #StyrSieFile
 *
 * Gets the number of `#OBJEKT` lines. Real files may name an object
 * twice; each line counts.
 *
 * Returns: the number of objects
 *
 * Since: 1.0
 */
guint
styr_sie_file_get_n_objects (StyrSieFile *self)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), 0);
  return self->objects->len;
}

/**
 * styr_sie_file_get_object:
 * @self: a #StyrSieFile
 * @position: the position, less than
 *   [method@Styr.SieFile.get_n_objects], in file order
 * @dim: (out) (optional) (transfer none): the object's dimension
 * @id: (out) (optional) (transfer none): the object's id
 * @name: (out) (optional) (nullable) (transfer none): the object's name
 *
 * Gets an object.
 *
 * Since: 1.0
 */
void
styr_sie_file_get_object (StyrSieFile  *self,
                          guint         position,
                          const char  **dim,
                          const char  **id,
                          const char  **name)
{
  const SieObject *o;

  g_return_if_fail (STYR_IS_SIE_FILE (self));
  g_return_if_fail (position < self->objects->len);

  o = &g_array_index (self->objects, SieObject, position);
  if (dim != NULL)
    *dim = o->dim;
  if (id != NULL)
    *id = o->id;
  if (name != NULL)
    *name = o->name;
}

/**
 * styr_sie_file_get_n_balances:
 * @self: a #StyrSieFile
 *
 * Gets the number of `#IB`, `#UB` and `#RES` lines.
 *
 * Returns: the number of yearly balances
 *
 * Since: 1.0
 */
guint
styr_sie_file_get_n_balances (StyrSieFile *self)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), 0);
  return self->balances->len;
}

/**
 * styr_sie_file_get_balance:
 * @self: a #StyrSieFile
 * @position: the position, less than
 *   [method@Styr.SieFile.get_n_balances], in file order
 * @kind: (out) (optional): opening, closing or result
 * @year_index: (out) (optional): the fiscal year's index (0, -1 …)
 * @account: (out) (optional) (transfer none): the account number
 * @amount: (out) (optional): the amount in öre
 *
 * Gets a yearly balance.
 *
 * Since: 1.0
 */
void
styr_sie_file_get_balance (StyrSieFile         *self,
                           guint                position,
                           StyrSieBalanceKind  *kind,
                           int                 *year_index,
                           const char         **account,
                           gint64              *amount)
{
  const SieBalance *b;

  g_return_if_fail (STYR_IS_SIE_FILE (self));
  g_return_if_fail (position < self->balances->len);

  b = &g_array_index (self->balances, SieBalance, position);
  if (kind != NULL)
    *kind = b->kind;
  if (year_index != NULL)
    *year_index = b->year_index;
  if (account != NULL)
    *account = b->account;
  if (amount != NULL)
    *amount = b->amount;
}

/**
 * styr_sie_file_get_n_period_rows:
 * @self: a #StyrSieFile
 *
 * Gets the number of `#PSALDO` and `#PBUDGET` lines.
 *
 * Returns: the number of period rows
 *
 * Since: 1.0
 */
guint
styr_sie_file_get_n_period_rows (StyrSieFile *self)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), 0);
  return self->n_period_rows;
}

/**
 * styr_sie_file_get_period_row:
 * @self: a #StyrSieFile
 * @position: the position, less than
 *   [method@Styr.SieFile.get_n_period_rows], in file order
 * @budget: (out) (optional): %TRUE for `#PBUDGET`, %FALSE for `#PSALDO`
 * @year_index: (out) (optional): the fiscal year's index (0, -1 …)
 * @period: (out) (optional): the period as YYYYMM, e.g. 201003
 * @account: (out) (optional) (transfer none): the account number
 * @n_objects: (out) (optional): the length of the row's object list (0
 *   for the account as a whole); see
 *   [method@Styr.SieFile.get_period_row_object]
 * @amount: (out) (optional): the amount in öre
 * @has_quantity: (out) (optional): whether the row has a quantity
 * @quantity: (out) (optional): the quantity in hundredths, 0 without one
 *
 * Gets a period row as the file has it.
 *
 * Since: 1.0
 */
void
styr_sie_file_get_period_row (StyrSieFile  *self,
                              guint         position,
                              gboolean     *budget,
                              int          *year_index,
                              guint        *period,
                              const char  **account,
                              guint        *n_objects,
                              gint64       *amount,
                              gboolean     *has_quantity,
                              gint64       *quantity)
{
  const SiePeriodRow *r;

  g_return_if_fail (STYR_IS_SIE_FILE (self));
  g_return_if_fail (position < self->n_period_rows);

  r = &self->period_rows[position];
  if (budget != NULL)
    *budget = r->budget;
  if (year_index != NULL)
    *year_index = r->year_index;
  if (period != NULL)
    *period = r->period;
  if (account != NULL)
    *account = string_of (self, r->account);
  if (n_objects != NULL)
    *n_objects = _styr_sie_row_n_objects (r, self->object_refs);
  if (amount != NULL)
    *amount = r->amount;
  if (has_quantity != NULL)
    *has_quantity = r->has_quantity;
  if (quantity != NULL)
    {
      guint lo = 0, hi = self->quantities->len;

      *quantity = 0;
      while (r->has_quantity && lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;
          const SieQuantity *q = &g_array_index (self->quantities, SieQuantity, mid);

          if (q->row == position)
            {
              *quantity = q->quantity;
              break;
            }
          if (q->row < position)
            lo = mid + 1;
          else
            hi = mid;
        }
    }
}

/**
 * styr_sie_file_get_period_row_object:
 * @self: a #StyrSieFile
 * @position: the position of a period row
 * @object: the position in the row's object list
 * @dim: (out) (optional) (transfer none): the dimension
 * @id: (out) (optional) (transfer none): the object's id
 *
 * Gets an entry of a period row's object list.
 *
 * Since: 1.0
 */
void
styr_sie_file_get_period_row_object (StyrSieFile  *self,
                                     guint         position,
                                     guint         object,
                                     const char  **dim,
                                     const char  **id)
{
  const SiePeriodRow *r;
  const SiePair *ref;

  g_return_if_fail (STYR_IS_SIE_FILE (self));
  g_return_if_fail (position < self->n_period_rows);

  r = &self->period_rows[position];
  g_return_if_fail (object < _styr_sie_row_n_objects (r, self->object_refs));

  ref = &g_array_index (self->pairs, SiePair,
                        _styr_sie_row_object (r, self->object_refs, object));
  if (dim != NULL)
    *dim = string_of (self, ref->dim);
  if (id != NULL)
    *id = string_of (self, ref->id);
}

/**
 * styr_sie_file_dup_period_balances:
 * @self: a #StyrSieFile
 * @budget: %TRUE for `#PBUDGET` rows, %FALSE for `#PSALDO` rows
 * @year_index: the fiscal year's index (0, -1 …)
 * @account: an account number
 * @periods: (out) (array length=n_periods) (transfer full) (optional):
 *   the periods as YYYYMM
 * @n_periods: (out): the number of periods
 *
 * Gets in one call the amounts of the whole account @account (rows with
 * an empty object list) for every period of a fiscal year, in file order.
 * Per-object rows are left out.
 *
 * Returns: (array length=n_periods) (transfer full) (nullable): the
 *   amounts in öre, one for each of @periods
 *
 * Since: 1.0
 */
gint64 *
styr_sie_file_dup_period_balances (StyrSieFile  *self,
                                   gboolean      budget,
                                   int           year_index,
                                   const char   *account,
                                   guint       **periods,
                                   gsize        *n_periods)
{
  g_autoptr(GArray) amounts = NULL;
  g_autoptr(GArray) keys = NULL;

  g_return_val_if_fail (STYR_IS_SIE_FILE (self), NULL);
  g_return_val_if_fail (account != NULL, NULL);
  g_return_val_if_fail (n_periods != NULL, NULL);

  amounts = g_array_new (FALSE, FALSE, sizeof (gint64));
  keys = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < self->n_period_rows; i++)
    {
      const SiePeriodRow *r = &self->period_rows[i];
      guint period = r->period;

      if (!r->budget != !budget || r->year_index != year_index ||
          r->n_objects != 0 || strcmp (string_of (self, r->account), account) != 0)
        continue;
      g_array_append_val (amounts, r->amount);
      g_array_append_val (keys, period);
    }

  *n_periods = amounts->len;
  if (periods != NULL)
    *periods = (guint *) (void *) g_array_free (g_steal_pointer (&keys), FALSE);
  return (gint64 *) (void *) g_array_free (g_steal_pointer (&amounts), FALSE);
}

static gboolean
find_period_row (StyrSieFile *self,
                 gboolean     budget,
                 int          year_index,
                 int          year,
                 int          month,
                 const char  *account,
                 const char  *dim,
                 const char  *object,
                 gint64      *amount)
{
  guint period = (guint) (year * 100 + month);

  for (guint i = 0; i < self->n_period_rows; i++)
    {
      const SiePeriodRow *r = &self->period_rows[i];

      if (!r->budget != !budget || r->year_index != year_index ||
          r->period != period || strcmp (string_of (self, r->account), account) != 0)
        continue;

      if (dim == NULL)
        {
          if (r->n_objects != 0)
            continue;
        }
      else
        {
          const SiePair *ref;

          if (r->n_objects != 1)
            continue;
          ref = &g_array_index (self->pairs, SiePair,
                                _styr_sie_row_object (r, self->object_refs, 0));
          if (strcmp (string_of (self, ref->dim), dim) != 0 ||
              strcmp (string_of (self, ref->id), object) != 0)
            continue;
        }

      if (amount != NULL)
        *amount = r->amount;
      return TRUE;
    }

  if (amount != NULL)
    *amount = 0;
  return FALSE;
}

/**
 * styr_sie_file_get_period_balance:
 * @self: a #StyrSieFile
 * @year_index: the fiscal year's index (0, -1 …)
 * @year: the calendar year of the period
 * @month: the month of the period, 1–12
 * @account: an account number
 * @amount: (out) (optional): the amount in öre, 0 when there is no row
 *
 * Gets the `#PSALDO` amount of the account as a whole (the row with an
 * empty object list) for a period. It is never the sum of the
 * per-object rows, which a type 3 file writes besides it.
 *
 * Returns: %TRUE when the file has the row
 *
 * Since: 1.0
 */
gboolean
styr_sie_file_get_period_balance (StyrSieFile *self,
                                  int          year_index,
                                  int          year,
                                  int          month,
                                  const char  *account,
                                  gint64      *amount)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), FALSE);
  g_return_val_if_fail (account != NULL, FALSE);

  return find_period_row (self, FALSE, year_index, year, month, account,
                          NULL, NULL, amount);
}

/**
 * styr_sie_file_get_period_budget:
 * @self: a #StyrSieFile
 * @year_index: the fiscal year's index (0, -1 …)
 * @year: the calendar year of the period
 * @month: the month of the period, 1–12
 * @account: an account number
 * @amount: (out) (optional): the amount in öre, 0 when there is no row
 *
 * Gets the `#PBUDGET` amount of the account as a whole for a period, as
 * [method@Styr.SieFile.get_period_balance] does for `#PSALDO`.
 *
 * Returns: %TRUE when the file has the row
 *
 * Since: 1.0
 */
gboolean
styr_sie_file_get_period_budget (StyrSieFile *self,
                                 int          year_index,
                                 int          year,
                                 int          month,
                                 const char  *account,
                                 gint64      *amount)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), FALSE);
  g_return_val_if_fail (account != NULL, FALSE);

  return find_period_row (self, TRUE, year_index, year, month, account,
                          NULL, NULL, amount);
}

/**
 * styr_sie_file_get_period_balance_for_object:
 * @self: a #StyrSieFile
 * @year_index: the fiscal year's index (0, -1 …)
 * @year: the calendar year of the period
 * @month: the month of the period, 1–12
 * @account: an account number
 * @dim: a dimension, e.g. `1`
 * @object: an object's id in @dim
 * @amount: (out) (optional): the amount in öre, 0 when there is no row
 *
 * Gets the `#PSALDO` amount booked on one object for a period: the row
 * whose object list is exactly @dim and @object.
 *
 * Returns: %TRUE when the file has the row
 *
 * Since: 1.0
 */
gboolean
styr_sie_file_get_period_balance_for_object (StyrSieFile *self,
                                             int          year_index,
                                             int          year,
                                             int          month,
                                             const char  *account,
                                             const char  *dim,
                                             const char  *object,
                                             gint64      *amount)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), FALSE);
  g_return_val_if_fail (account != NULL, FALSE);
  g_return_val_if_fail (dim != NULL, FALSE);
  g_return_val_if_fail (object != NULL, FALSE);

  return find_period_row (self, FALSE, year_index, year, month, account,
                          dim, object, amount);
}

/**
 * styr_sie_file_get_n_vouchers:
 * @self: a #StyrSieFile
 *
 * Gets the number of vouchers (`#VER`).
 *
 * Returns: the number of vouchers
 *
 * Since: 1.0
 */
guint
styr_sie_file_get_n_vouchers (StyrSieFile *self)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), 0);
  return self->vouchers->len;
}

/**
 * styr_sie_file_get_voucher:
 * @self: a #StyrSieFile
 * @position: the position, less than
 *   [method@Styr.SieFile.get_n_vouchers], in file order
 * @series: (out) (optional) (nullable) (transfer none): the series
 * @number: (out) (optional) (nullable) (transfer none): the number
 * @date: (out caller-allocates) (optional): the voucher's date
 * @text: (out) (optional) (nullable) (transfer none): the text
 *
 * Gets a voucher.
 *
 * Since: 1.0
 */
void
styr_sie_file_get_voucher (StyrSieFile  *self,
                           guint         position,
                           const char  **series,
                           const char  **number,
                           GDate        *date,
                           const char  **text)
{
  const SieVoucher *v;

  g_return_if_fail (STYR_IS_SIE_FILE (self));
  g_return_if_fail (position < self->vouchers->len);

  v = &g_array_index (self->vouchers, SieVoucher, position);
  if (series != NULL)
    *series = v->series;
  if (number != NULL)
    *number = v->number;
  if (date != NULL)
    *date = v->date;
  if (text != NULL)
    *text = v->text;
}

/**
 * styr_sie_file_get_n_transactions:
 * @self: a #StyrSieFile
 *
 * Gets the number of transaction rows (`#TRANS`) of all vouchers.
 *
 * Returns: the number of transaction rows
 *
 * Since: 1.0
 */
guint
styr_sie_file_get_n_transactions (StyrSieFile *self)
{
  g_return_val_if_fail (STYR_IS_SIE_FILE (self), 0);
  return self->transactions->len;
}

/**
 * styr_sie_file_get_transaction:
 * @self: a #StyrSieFile
 * @position: the position, less than
 *   [method@Styr.SieFile.get_n_transactions], in file order
 * @voucher: (out) (optional): the position of the row's voucher
 * @account: (out) (optional) (transfer none): the account number
 * @n_objects: (out) (optional): the length of the row's object list; see
 *   [method@Styr.SieFile.get_transaction_object]
 * @amount: (out) (optional): the amount in öre
 * @date: (out caller-allocates) (optional): the row's date, or the
 *   voucher's when the row has none
 * @text: (out) (optional) (nullable) (transfer none): the row's text
 *
 * Gets a transaction row.
 *
 * Since: 1.0
 */
void
styr_sie_file_get_transaction (StyrSieFile  *self,
                               guint         position,
                               guint        *voucher,
                               const char  **account,
                               guint        *n_objects,
                               gint64       *amount,
                               GDate        *date,
                               const char  **text)
{
  const SieTransaction *t;

  g_return_if_fail (STYR_IS_SIE_FILE (self));
  g_return_if_fail (position < self->transactions->len);

  t = &g_array_index (self->transactions, SieTransaction, position);
  if (voucher != NULL)
    *voucher = t->voucher;
  if (account != NULL)
    *account = t->account;
  if (n_objects != NULL)
    *n_objects = t->n_objects;
  if (amount != NULL)
    *amount = t->amount;
  if (date != NULL)
    *date = t->date;
  if (text != NULL)
    *text = t->text;
}

/**
 * styr_sie_file_get_transaction_object:
 * @self: a #StyrSieFile
 * @position: the position of a transaction row
 * @object: the position in the row's object list
 * @dim: (out) (optional) (transfer none): the dimension
 * @id: (out) (optional) (transfer none): the object's id
 *
 * Gets an entry of a transaction row's object list.
 *
 * Since: 1.0
 */
void
styr_sie_file_get_transaction_object (StyrSieFile  *self,
                                      guint         position,
                                      guint         object,
                                      const char  **dim,
                                      const char  **id)
{
  const SieTransaction *t;
  const SiePair *ref;

  g_return_if_fail (STYR_IS_SIE_FILE (self));
  g_return_if_fail (position < self->transactions->len);

  t = &g_array_index (self->transactions, SieTransaction, position);
  g_return_if_fail (object < t->n_objects);

  ref = &g_array_index (self->pairs, SiePair,
                        self->object_refs[t->objects + object]);
  if (dim != NULL)
    *dim = string_of (self, ref->dim);
  if (id != NULL)
    *id = string_of (self, ref->id);
}

/**
 * styr_sie_file_sum_transactions:
 * @self: a #StyrSieFile
 * @account: an account number
 * @year: a calendar year
 * @month: a month, 1–12
 * @amount: (out) (optional): the sum in öre, 0 when there are no rows
 *
 * Sums the transaction rows of @account dated in a month (the row's date,
 * or its voucher's when the row has none), over all object lists. The
 * month totals are computed once, when the file is read.
 *
 * Returns: %TRUE when at least one row falls in the month
 *
 * Since: 1.0
 */
gboolean
styr_sie_file_sum_transactions (StyrSieFile *self,
                                const char  *account,
                                int          year,
                                int          month,
                                gint64      *amount)
{
  SieMonthTotal key;
  guint lo = 0, hi;

  g_return_val_if_fail (STYR_IS_SIE_FILE (self), FALSE);
  g_return_val_if_fail (account != NULL, FALSE);

  key.account = account;
  key.period = (guint) (year * 100 + month);
  hi = self->month_totals->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const SieMonthTotal *t = &g_array_index (self->month_totals, SieMonthTotal, mid);
      int c = month_total_compare (&key, t);

      if (c == 0)
        {
          if (amount != NULL)
            *amount = t->amount;
          return TRUE;
        }
      if (c < 0)
        hi = mid;
      else
        lo = mid + 1;
    }

  if (amount != NULL)
    *amount = 0;
  return FALSE;
}

/* ---- Private: the compact rows, for the importer ----------------------- */

const StyrSiePeriodRow *
_styr_sie_file_get_period_rows (StyrSieFile *self,
                                guint       *n_rows)
{
  *n_rows = self->n_period_rows;
  return self->period_rows;
}

const guint32 *
_styr_sie_file_get_object_refs (StyrSieFile *self)
{
  return self->object_refs;
}

/* The first entry in the object refs of a transaction row's objects. */
guint
_styr_sie_file_get_transaction_objects (StyrSieFile *self,
                                        guint        position)
{
  return g_array_index (self->transactions, SieTransaction, position).objects;
}

guint
_styr_sie_file_get_n_strings (StyrSieFile *self)
{
  return self->string_list->len;
}

const char *
_styr_sie_file_get_string (StyrSieFile *self,
                           guint        id)
{
  return string_of (self, id);
}

guint
_styr_sie_file_get_n_pairs (StyrSieFile *self)
{
  return self->pairs->len;
}

const StyrSiePair *
_styr_sie_file_get_pairs (StyrSieFile *self)
{
  return (const StyrSiePair *) (void *) self->pairs->data;
}

void
_styr_sie_file_get_pair (StyrSieFile *self,
                         guint        pair,
                         guint       *dim,
                         guint       *id)
{
  const SiePair *e = &g_array_index (self->pairs, SiePair, pair);

  *dim = e->dim;
  *id = e->id;
}

/* The periods of the #PSALDO rows, each once, in order of appearance. */
const StyrSiePsaldoPeriod *
_styr_sie_file_get_psaldo_periods (StyrSieFile *self,
                                   guint       *n_periods)
{
  *n_periods = self->psaldo_periods->len;
  return (const StyrSiePsaldoPeriod *) (void *) self->psaldo_periods->data;
}

/* The longest object list of a #PSALDO row, and the number of #PSALDO
 * rows with an empty one. */
void
_styr_sie_file_get_psaldo_shape (StyrSieFile *self,
                                 guint       *max_objects,
                                 guint       *n_totals)
{
  *max_objects = self->max_psaldo_objects;
  *n_totals = self->n_psaldo_totals;
}
