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
typedef struct
{
  guint32 dim;
  guint32 id;
} SiePair;

typedef struct
{
  StyrSieBalanceKind kind;
  int         year_index;
  const char *account;
  gint64      amount;
} SieBalance;

typedef StyrSiePeriodRow SiePeriodRow;

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
  GArray *object_refs;    /* guint32: SiePair ids */
  GArray *balances;       /* SieBalance */
  GArray *period_rows;    /* SiePeriodRow */
  GArray *quantities;     /* SieQuantity, by row */
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
  g_clear_pointer (&self->object_refs, g_array_unref);
  g_clear_pointer (&self->balances, g_array_unref);
  g_clear_pointer (&self->period_rows, g_array_unref);
  g_clear_pointer (&self->quantities, g_array_unref);
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
  self->object_refs = g_array_new (FALSE, TRUE, sizeof (guint32));
  self->balances = g_array_new (FALSE, TRUE, sizeof (SieBalance));
  self->period_rows = g_array_new (FALSE, TRUE, sizeof (SiePeriodRow));
  self->quantities = g_array_new (FALSE, FALSE, sizeof (SieQuantity));
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

typedef struct
{
  StyrSieFile *file;
  const char  *name;
  SieEncoding  encoding;
  guint        line;
  SieLine      cur;
  GString     *scratch;
  const char  *last_account;  /* the fast path's last account, in the data */
  gsize        last_account_len;
  guint32      last_account_id;
  const char  *last_dim;      /* and its last dimension */
  gsize        last_dim_len;
  guint32      last_dim_id;
  guint32      last_pair;     /* the fast path's last object, or G_MAXUINT32 */
  GArray      *next_pair;     /* guint32 by pair: the pair that followed it last */
  char        *buf;      /* the texts of the current line's fields */
  gsize        buf_size;
  gsize        buf_used;
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

  if (ascii || p->encoding == SIE_ENCODING_UTF8)
    e.str = e.raw;
  else
    {
      GString *s = p->scratch;

      g_string_truncate (s, 0);
      for (gsize j = 0; j < len; j++)
        {
          guchar c = raw[j];

          if (c < 0x80)
            g_string_append_c (s, c);
          else if (p->encoding == SIE_ENCODING_CP437)
            g_string_append_unichar (s, cp437_high[c - 0x80]);
          else
            g_string_append_unichar (s, iso_8859_15_char (c));
        }
      e.str = g_string_chunk_insert_len (self->strings, s->str, (gssize) s->len);
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

  *start = p->file->object_refs->len;
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

      g_array_append_val (p->file->object_refs, pair);
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
        guint objects, n_objects;
        gboolean has_quantity;
        SieQuantity quantity;

        if (!get_account_id (p, 3, &row.account, &account, error) ||
            !get_objects (p, 4, &objects, &n_objects, error) ||
            !get_amount (p, 5, &row.amount, error) ||
            !get_quantity (p, 6, &has_quantity, &quantity.quantity, error))
          return FALSE;
        row.objects = objects;
        row.n_objects = n_objects;
        row.has_quantity = has_quantity != FALSE;
        if (has_quantity)
          {
            quantity.row = self->period_rows->len;
            g_array_append_val (self->quantities, quantity);
          }
      }
      if (!row.budget)
        {
          self->max_psaldo_objects = MAX (self->max_psaldo_objects, row.n_objects);
          if (row.n_objects == 0)
            self->n_psaldo_totals++;
        }
      g_array_append_val (self->period_rows, row);
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

static gboolean
looks_like_html (const guchar *data,
                 gsize         len)
{
  gsize i = 0;

  /* A UTF-8 byte order mark is not content. */
  if (len >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf)
    i = 3;
  while (i < len && g_ascii_isspace (data[i]))
    i++;

  return i < len && data[i] == '<';
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
 * likely the one that followed it before, or the same. Returns the pair
 * of (@dim, the object id whose bytes are @raw) when it is one of these,
 * else G_MAXUINT32. */
static guint32
predict_pair (SieParser  *p,
              guint32     dim,
              const char *raw,
              gsize       len)
{
  StyrSieFile *self = p->file;
  guint32 candidates[2];

  if (p->last_pair == G_MAXUINT32)
    return G_MAXUINT32;

  candidates[0] = g_array_index (p->next_pair, guint32, p->last_pair);
  candidates[1] = p->last_pair;
  for (guint c = 0; c < 2; c++)
    {
      const SiePair *pair;
      const SieString *id;

      if (candidates[c] == G_MAXUINT32)
        continue;
      pair = &g_array_index (self->pairs, SiePair, candidates[c]);
      id = &g_array_index (self->string_list, SieString, pair->id);
      if (pair->dim == dim && id->raw_len == len && bytes_equal (id->raw, raw, len))
        return candidates[c];
    }

  return G_MAXUINT32;
}

/* Records that @pair came after the last pair. */
static void
follow_pair (SieParser *p,
             guint32    pair)
{
  while (p->next_pair->len < p->file->pairs->len)
    {
      guint32 none = G_MAXUINT32;

      g_array_append_val (p->next_pair, none);
    }
  if (p->last_pair != G_MAXUINT32)
    g_array_index (p->next_pair, guint32, p->last_pair) = pair;
  p->last_pair = pair;
}

/* Reads a #PSALDO or #PBUDGET line of the plain form most of a large
 * file is made of — `#PSALDO YEAR PERIOD ACCOUNT {DIM OBJECT …} AMOUNT
 * [QUANTITY]`, unquoted numbers, no `\"` and nothing after — straight
 * from the bytes of the line, without the line buffer. Anything else,
 * right or wrong, gives FALSE and adds nothing: the general path then
 * reads the line (and reports what is wrong with it). */
static gboolean
fast_period_row (SieParser  *p,
                 const char *s,
                 gsize       len)
{
  StyrSieFile *self = p->file;
  SiePeriodRow row = { 0, };
  SieQuantity quantity;
  guint objects_start = self->object_refs->len;
  gboolean have_dim = FALSE;
  guint32 dim = 0;
  gsize i, start;
  gint64 v;

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
  if (p->last_account != NULL && p->last_account_len == i - start &&
      bytes_equal (p->last_account, s + start, i - start))
    row.account = p->last_account_id;
  else
    {
      for (gsize j = start; j < i; j++)
        if (!g_ascii_isdigit (s[j]))
          return FALSE;
      row.account = intern_id (p, s + start, i - start);
      p->last_account = s + start;
      p->last_account_len = i - start;
      p->last_account_id = row.account;
    }

  /* The object list. */
  while (i < len && is_blank (s[i]))
    i++;
  if (i >= len || s[i] != '{')
    return FALSE;
  i++;
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
          if (p->last_dim != NULL && p->last_dim_len == item_end - item_start &&
              bytes_equal (p->last_dim, s + item_start, item_end - item_start))
            dim = p->last_dim_id;
          else
            {
              dim = intern_id (p, s + item_start, item_end - item_start);
              p->last_dim = s + item_start;
              p->last_dim_len = item_end - item_start;
              p->last_dim_id = dim;
            }
          have_dim = TRUE;
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
        g_array_append_val (self->object_refs, pair);
        have_dim = FALSE;
      }
    }
  if (have_dim)
    goto fail;
  row.objects = objects_start;
  row.n_objects = self->object_refs->len - objects_start;

  if (!fast_field (s, len, &i, &start) ||
      !parse_hundredths_len (s + start, i - start, &row.amount))
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
      quantity.row = self->period_rows->len;
      g_array_append_val (self->quantities, quantity);
    }

  if (!row.budget)
    {
      self->max_psaldo_objects = MAX (self->max_psaldo_objects, row.n_objects);
      if (row.n_objects == 0)
        self->n_psaldo_totals++;
    }
  g_array_append_val (self->period_rows, row);
  return TRUE;

fail:
  g_array_set_size (self->object_refs, objects_start);
  return FALSE;
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

  g_array_unref (self->period_rows);
  self->period_rows = g_array_sized_new (FALSE, TRUE, sizeof (SiePeriodRow), (guint) n_lines);
  advise_huge_pages (self->period_rows->data, n_lines * sizeof (SiePeriodRow));
  g_array_unref (self->object_refs);
  self->object_refs = g_array_sized_new (FALSE, TRUE, sizeof (guint32), (guint) n_lines);
  advise_huge_pages (self->object_refs->data, n_lines * sizeof (guint32));
}

static gboolean
parse_all (SieParser     *p,
           const guchar  *data,
           gsize          len,
           GError       **error)
{
  gsize pos = 0;
  gboolean seen_label = FALSE;
  gboolean in_voucher = FALSE;
  gboolean pending_voucher = FALSE;
  gboolean ksumma_open = FALSE;
  gboolean ksumma_closed = FALSE;
  guint ksumma_line = 0;
  guint32 crc = 0xffffffffu;
  guint voucher_line = 0;
  guint voucher_start = 0;

  if (looks_like_html (data, len))
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_UNSUPPORTED,
                   _("%s: ser ut som en HTML-sida, inte en SIE-fil"), p->name);
      return FALSE;
    }

  p->encoding = detect_encoding (data, len);
  p->line = 0;
  reserve_rows (p->file, len);

  /* A UTF-8 byte order mark is not content. */
  if (len >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf)
    pos = 3;

  while (pos < len)
    {
      const char *s = (const char *) data + pos;
      const char *nl = memchr (s, '\n', len - pos);
      gsize line_len = nl != NULL ? (gsize) (nl - s) : len - pos;
      const char *label_text;
      SieField *first;

      pos += line_len + (nl != NULL ? 1 : 0);
      p->line++;

      if (line_len > 0 && s[line_len - 1] == '\r')
        line_len--;

      /* Most lines of a large file: read without the line buffer. */
      if (!ksumma_open && line_len > 8 && s[0] == '#' && s[1] == 'P' &&
          ((memcmp (s, "#PSALDO", 7) == 0 && is_blank (s[7])) ||
           (memcmp (s, "#PBUDGET", 8) == 0 && is_blank (s[8]))) &&
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

  if (!seen_label)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_UNSUPPORTED,
                   _("%s: ser ut som en HTML-sida, inte en SIE-fil"), p->name);
      return FALSE;
    }

  if (in_voucher)
    return sie_fail (p, error, _("verifikationen avslutas inte med }"));

  if (ksumma_open)
    {
      p->line = ksumma_line;
      return sie_fail (p, error, _("#KSUMMA inleds men avslutas inte med en kontrollsumma"));
    }

  build_month_totals (p->file);
  return TRUE;
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
  static gsize crc_ready = 0;
  g_autoptr(StyrSieFile) self = NULL;
  SieParser p = { 0, };
  const guchar *data;
  gsize len;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _styr_init_i18n ();

  if (g_once_init_enter (&crc_ready))
    {
      crc_init_table ();
      g_once_init_leave (&crc_ready, 1);
    }

  self = g_object_new (STYR_TYPE_SIE_FILE, NULL);
  data = g_bytes_get_data (bytes, &len);

  p.file = self;
  p.name = name != NULL ? name : "<sie>";
  p.cur.fields = g_array_new (FALSE, TRUE, sizeof (SieField));
  p.cur.items = g_array_new (FALSE, TRUE, sizeof (SieText));
  p.scratch = g_string_new (NULL);
  p.last_pair = G_MAXUINT32;
  p.next_pair = g_array_new (FALSE, FALSE, sizeof (guint32));

  ok = parse_all (&p, data != NULL ? data : (const guchar *) "", len, error);

  g_array_unref (p.cur.fields);
  g_array_unref (p.cur.items);
  g_string_free (p.scratch, TRUE);
  g_free (p.buf);
  g_array_unref (p.next_pair);

  if (!ok)
    return NULL;

  self->encoding = p.encoding == SIE_ENCODING_UTF8 ? "UTF-8" :
                   p.encoding == SIE_ENCODING_ISO_8859_15 ? "ISO-8859-15" : "CP437";

  return g_steal_pointer (&self);
}

/**
 * styr_sie_file_new_from_stream:
 * @stream: a stream with the content of a SIE file
 * @name: (nullable): the name of the input, for messages
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads all of @stream and then reads it as
 * [ctor@Styr.SieFile.new_from_bytes] does.
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
  g_autoptr(GBytes) bytes = NULL;
  gsize cap = 64 * 1024;
  gsize len = 0;
  guchar *data;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A file's size is known: read it in one buffer of that size (and
   * grow it if the file has grown since). */
  if (G_IS_FILE_INPUT_STREAM (stream))
    {
      g_autoptr(GFileInfo) info =
        g_file_input_stream_query_info (G_FILE_INPUT_STREAM (stream),
                                        G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                        cancellable, NULL);

      if (info != NULL &&
          g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
          g_file_info_get_size (info) > 0 &&
          (guint64) g_file_info_get_size (info) < G_MAXSIZE / 2)
        cap = (gsize) g_file_info_get_size (info) + 1;
    }

  data = g_malloc (cap);
  if (cap >= (4u << 20))
    advise_huge_pages (data, cap);
  for (;;)
    {
      gssize n;

      if (len == cap)
        {
          cap *= 2;
          data = g_realloc (data, cap);
        }
      n = g_input_stream_read (stream, data + len, MIN (cap - len, (gsize) G_MAXSSIZE),
                               cancellable, error);
      if (n < 0)
        {
          g_free (data);
          return NULL;
        }
      if (n == 0)
        break;
      len += (gsize) n;
    }

  bytes = g_bytes_new_take (data, len);
  return styr_sie_file_new_from_bytes (bytes, name, error);
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
  return self->period_rows->len;
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
  g_return_if_fail (position < self->period_rows->len);

  r = &g_array_index (self->period_rows, SiePeriodRow, position);
  if (budget != NULL)
    *budget = r->budget;
  if (year_index != NULL)
    *year_index = r->year_index;
  if (period != NULL)
    *period = r->period;
  if (account != NULL)
    *account = string_of (self, r->account);
  if (n_objects != NULL)
    *n_objects = r->n_objects;
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
  g_return_if_fail (position < self->period_rows->len);

  r = &g_array_index (self->period_rows, SiePeriodRow, position);
  g_return_if_fail (object < r->n_objects);

  ref = &g_array_index (self->pairs, SiePair,
                        g_array_index (self->object_refs, guint32, r->objects + object));
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

  for (guint i = 0; i < self->period_rows->len; i++)
    {
      const SiePeriodRow *r = &g_array_index (self->period_rows, SiePeriodRow, i);

      if (!r->budget != !budget || r->year_index != year_index ||
          r->n_objects != 0 || strcmp (string_of (self, r->account), account) != 0)
        continue;
      g_array_append_val (amounts, r->amount);
      g_array_append_val (keys, r->period);
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

  for (guint i = 0; i < self->period_rows->len; i++)
    {
      const SiePeriodRow *r = &g_array_index (self->period_rows, SiePeriodRow, i);

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
                                g_array_index (self->object_refs, guint32, r->objects));
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
                        g_array_index (self->object_refs, guint32, t->objects + object));
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
  *n_rows = self->period_rows->len;
  return (const StyrSiePeriodRow *) (void *) self->period_rows->data;
}

const guint32 *
_styr_sie_file_get_object_refs (StyrSieFile *self)
{
  return (const guint32 *) (void *) self->object_refs->data;
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
