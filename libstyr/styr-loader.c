/* styr-loader.c — the .styr reader.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1   /* sched_getaffinity(), CPU_COUNT() */
#endif

#include "config.h"

#ifdef HAVE_SCHED_GETAFFINITY
#include <sched.h>
#endif
#include <stdarg.h>
#include <string.h>
#include <math.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "styr-format-private.h"
#include "styr-enum-types.h"
#include "styr-forecast.h"
#include "styr-investment.h"
#include "styr-municipal-result.h"
#include "styr-outcome.h"
#include "styr-loader.h"


/**
 * StyrLoader:
 *
 * Reads a `.styr` file (see [the file format](format.html)) into a new
 * [class@Styr.Model].
 *
 * The loader streams the file through libxml2's SAX2 parser and never
 * builds a tree of it. It refuses what could make a small file expensive
 * or reach outside it: a document type declaration, entities other than
 * the predefined ones, nesting deeper than [property@Styr.Loader:max-depth],
 * more attributes on one element than [property@Styr.Loader:max-attributes]
 * and values or texts longer than [property@Styr.Loader:max-text-length].
 * It never touches the network.
 *
 * Every error names the file, the line and the column, in the form
 * `FILE:LINE:COLUMN: message`, and a failed load returns no model.
 * References between entities may point forward in the file; they are
 * resolved when the whole file has been read, or where the `<ekonomi>`
 * section begins, which comes after every entity. The economy's rows
 * (budget lines, outcomes — a big municipality has hundreds of thousands)
 * are read without an allocation per row beyond what the model keeps.
 *
 * ```python
 * loader = Styr.Loader()
 * loader.connect("notify::progress", lambda l, _: print(l.props.progress))
 * model = loader.load_file(Gio.File.new_for_path("angelholm.styr"), None)
 * ```
 *
 * A large input (256 KiB or more, or of unknown size) read from a file,
 * from a [class@Gio.FileInputStream] or from a [class@Gio.MemoryInputStream]
 * is parsed in a second thread while the model is built in the calling
 * thread, when the process may run on two processors or more: a load then
 * takes the time of the larger of the two instead of their sum. Only the calling thread touches
 * the model, and progress is notified there (or, for an asynchronous
 * load, in the caller's main context) as before. Other streams, which a
 * language binding may implement, are read in the calling thread only.
 * The environment variable `STYR_LOADER_THREAD` set to `never` or
 * `always` overrides the choice, for debugging and tests.
 *
 * A loader may be used for any number of loads, one after another. For
 * one-off loads [ctor@Styr.Model.new_from_file] and its siblings are
 * shorter.
 *
 * Since: 1.0
 */

#define DEFAULT_MAX_DEPTH        64
#define DEFAULT_MAX_TEXT_LENGTH  (1024 * 1024)
#define DEFAULT_MAX_ATTRIBUTES   64

/* How many bytes the loader reads from the stream at a time; libxml2
 * asks for about 4 000 at a time, which it is given from this buffer. */
#define CHUNK_SIZE (64 * 1024)

/* The parse runs in a thread of its own for inputs of at least this
 * many bytes (see "Two threads" below); smaller ones are parsed where
 * they are built, as the thread would cost more than it saves. */
#define THREAD_MIN_SIZE (256 * 1024)

/* The parse thread hands its events over in blocks of about this size,
 * with at most this many blocks under way; the thread waits for a block
 * to come back when all are. */
#define EVENT_BLOCK_SIZE (128 * 1024)
#define MAX_EVENT_BLOCKS 8

struct _StyrLoader
{
  GObject parent_instance;

  double  progress;
  int     max_depth;
  guint   max_text_length;
  int     max_attributes;
};

G_DEFINE_FINAL_TYPE (StyrLoader, styr_loader, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROGRESS,
  PROP_MAX_DEPTH,
  PROP_MAX_TEXT_LENGTH,
  PROP_MAX_ATTRIBUTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------ */
/* The elements of the format                                         */
/* ------------------------------------------------------------------ */

typedef enum
{
  E_STYR,
  E_KOMMUN,
  E_VISION,
  E_VARDE,
  E_SKALA,
  E_NIVA,
  E_KALENDER,
  E_TILLFALLE,
  E_PERSPEKTIV,
  E_BESKRIVNING,
  E_ORGAN,
  E_ENHET,
  E_DOKUMENT,
  E_FOKUSOMRADE,
  E_INDIKATOR,
  E_MALVARDE,
  E_MATVARDE,
  E_JAMFORELSE,
  E_MAL,
  E_BIDRAR_TILL,
  E_REF_FOKUSOMRADE,
  E_REF_INDIKATOR,
  E_BEDOMNING,
  E_ANALYS,
  E_ATGARDER,
  E_AKTIVITET,
  E_FORVANTAT_RESULTAT,
  E_REF_MAL,
  E_ARENA,
  E_PULS,
  E_MEDLEM,
  E_REF_AKTIVITET,
  E_EKONOMI,
  E_NYCKEL,
  E_KONTO,
  E_OBJEKT,
  E_RAM,
  E_FORDELNING,
  E_DRIVARE,
  E_FORDELNINGSAR,
  E_VOLYM,
  E_PRIS,
  E_BUDGET,
  E_UTFALL,
  E_OMAPPAT,
  E_RESULTAT,
  E_PROGNOS,
  E_INVESTERING,
  E_INVESTERING_AR,
  E_INVESTERING_UTFALL,
  E_INVESTERING_PROGNOS,
  N_ELEMS
} Elem;

typedef struct
{
  Elem     elem;
  gboolean once;    /* at most one */
} Child;

#define MAX_ATTRS 12
#define MAX_CHILDREN 24   /* children whose names the loader remembers */

typedef struct
{
  const char  *name;
  /* Attribute names; a leading '?' marks an optional one. */
  const char  *attrs[MAX_ATTRS + 1];
  /* Children in the order the format lists them; NULL for none. */
  const Child *children;
  gboolean     text;
} ElemSpec;

#define CHILDREN_END { N_ELEMS, FALSE }

static const Child styr_children[] = {
  { E_KOMMUN, TRUE }, { E_SKALA, TRUE }, { E_KALENDER, TRUE }, { E_PERSPEKTIV, FALSE },
  { E_ORGAN, FALSE }, { E_ENHET, FALSE }, { E_DOKUMENT, FALSE },
  { E_FOKUSOMRADE, FALSE }, { E_INDIKATOR, FALSE }, { E_MAL, FALSE },
  { E_AKTIVITET, FALSE }, { E_ARENA, FALSE }, { E_EKONOMI, TRUE }, CHILDREN_END
};
static const Child kommun_children[] = {
  { E_VISION, TRUE }, { E_VARDE, FALSE }, CHILDREN_END
};
static const Child skala_children[] = { { E_NIVA, FALSE }, CHILDREN_END };
static const Child kalender_children[] = { { E_TILLFALLE, FALSE }, CHILDREN_END };
static const Child described_children[] = { { E_BESKRIVNING, TRUE }, CHILDREN_END };
static const Child indikator_children[] = {
  { E_BESKRIVNING, TRUE }, { E_MALVARDE, FALSE }, { E_MATVARDE, FALSE },
  { E_JAMFORELSE, FALSE }, CHILDREN_END
};
static const Child mal_children[] = {
  { E_BESKRIVNING, TRUE }, { E_BIDRAR_TILL, FALSE }, { E_REF_FOKUSOMRADE, FALSE },
  { E_REF_INDIKATOR, FALSE }, { E_BEDOMNING, FALSE }, CHILDREN_END
};
static const Child bedomning_children[] = {
  { E_ANALYS, TRUE }, { E_ATGARDER, TRUE }, CHILDREN_END
};
static const Child aktivitet_children[] = {
  { E_BESKRIVNING, TRUE }, { E_FORVANTAT_RESULTAT, TRUE }, { E_REF_MAL, FALSE },
  { E_REF_INDIKATOR, FALSE }, { E_REF_FOKUSOMRADE, FALSE }, CHILDREN_END
};
static const Child arena_children[] = {
  { E_BESKRIVNING, TRUE }, { E_PULS, FALSE }, { E_MEDLEM, FALSE },
  { E_REF_MAL, FALSE }, { E_REF_AKTIVITET, FALSE }, CHILDREN_END
};

/* The economy section, in the canonical order of its rows. */
static const Child ekonomi_children[] = {
  { E_NYCKEL, FALSE }, { E_KONTO, FALSE }, { E_OBJEKT, FALSE }, { E_RAM, FALSE },
  { E_FORDELNING, FALSE }, { E_BUDGET, FALSE }, { E_UTFALL, FALSE }, { E_OMAPPAT, FALSE },
  { E_RESULTAT, FALSE }, { E_PROGNOS, FALSE }, { E_INVESTERING, FALSE }, CHILDREN_END
};
static const Child fordelning_children[] = {
  { E_DRIVARE, FALSE }, { E_FORDELNINGSAR, FALSE }, { E_VOLYM, FALSE }, { E_PRIS, FALSE },
  CHILDREN_END
};
static const Child investering_children[] = {
  { E_INVESTERING_AR, FALSE }, { E_INVESTERING_UTFALL, FALSE }, { E_INVESTERING_PROGNOS, FALSE },
  CHILDREN_END
};

static const ElemSpec specs[N_ELEMS] = {
  [E_STYR] = { "styr", { "format", NULL }, styr_children, FALSE },
  [E_KOMMUN] = { "kommun", { "?namn", "?kommunkod", "?sammanvagning", NULL }, kommun_children, FALSE },
  [E_VISION] = { "vision", { NULL }, NULL, TRUE },
  [E_VARDE] = { "varde", { NULL }, NULL, TRUE },
  [E_SKALA] = { "skala", { "id", "?namn", "?ej-bedomd", NULL }, skala_children, FALSE },
  [E_NIVA] = { "niva", { "id", "?namn", "?farg", "poang", NULL }, NULL, FALSE },
  [E_KALENDER] = { "kalender", { "?namn", NULL }, kalender_children, FALSE },
  [E_TILLFALLE] = { "tillfalle", { "id", "?namn", "period", "?flaggor", "?sista-dag", NULL },
                    NULL, FALSE },
  [E_PERSPEKTIV] = { "perspektiv", { "id", "?namn", "?farg", NULL }, described_children, FALSE },
  [E_BESKRIVNING] = { "beskrivning", { NULL }, NULL, TRUE },
  [E_ORGAN] = { "organ", { "id", "typ", "?namn", "?sektor", "?agardirektiv", NULL }, NULL, FALSE },
  [E_ENHET] = { "enhet", { "id", "niva", "?namn", "?chef", "?overordnad", "?namnd", NULL }, NULL, FALSE },
  [E_DOKUMENT] = { "dokument", { "id", "typ", "?titel", "status", "?ar", "?agare", "?beslut",
                                 "?beslutsdatum", "?giltig-fran", "?giltig-till", "?revideras",
                                 "?ansvarig", NULL }, NULL, FALSE },
  [E_FOKUSOMRADE] = { "fokusomrade", { "id", "?namn", "?agare", NULL }, described_children, FALSE },
  [E_INDIKATOR] = { "indikator", { "id", "?namn", "?mattenhet", "riktning", "kalla", "?kalla-id",
                                   "?basvarde", "?basar", "frekvens", "?konsuppdelad", "?regel", NULL },
                    indikator_children, FALSE },
  [E_MALVARDE] = { "malvarde", { "ar", "varde", "?hog", "?gul", NULL }, NULL, FALSE },
  [E_MATVARDE] = { "matvarde", { "period", "varde", "?kvinnor", "?man", NULL }, NULL, TRUE },
  [E_JAMFORELSE] = { "jamforelse", { "kommun", "period", "varde", NULL }, NULL, FALSE },
  [E_MAL] = { "mal", { "id", "niva", "?titel", "?perspektiv", "?agare", "?dokument",
                       "?sammanvagning", NULL },
              mal_children, FALSE },
  [E_BIDRAR_TILL] = { "bidrar-till", { "mal", NULL }, NULL, FALSE },
  [E_REF_FOKUSOMRADE] = { "fokusomrade", { "ref", NULL }, NULL, FALSE },
  [E_REF_INDIKATOR] = { "indikator", { "ref", NULL }, NULL, FALSE },
  [E_BEDOMNING] = { "bedomning", { "tillfalle", "?niva", "?prognos", "?av", "?datum", NULL },
                    bedomning_children, FALSE },
  [E_ANALYS] = { "analys", { NULL }, NULL, TRUE },
  [E_ATGARDER] = { "atgarder", { NULL }, NULL, TRUE },
  [E_AKTIVITET] = { "aktivitet", { "id", "?titel", "status", "?start", "?slut", "?ansvarig",
                                   "?enhet", "?dokument", NULL }, aktivitet_children, FALSE },
  [E_FORVANTAT_RESULTAT] = { "forvantat-resultat", { NULL }, NULL, TRUE },
  [E_REF_MAL] = { "mal", { "ref", NULL }, NULL, FALSE },
  [E_ARENA] = { "arena", { "id", "?namn", "?samordnare", "?agare", NULL }, arena_children, FALSE },
  [E_PULS] = { "puls", { "steg", NULL }, NULL, TRUE },
  [E_MEDLEM] = { "medlem", { "enhet", NULL }, NULL, FALSE },
  [E_REF_AKTIVITET] = { "aktivitet", { "ref", NULL }, NULL, FALSE },
  [E_EKONOMI] = { "ekonomi", { NULL }, ekonomi_children, FALSE },
  [E_NYCKEL] = { "nyckel", { "id", "vikter", NULL }, NULL, FALSE },
  [E_KONTO] = { "konto", { "fran", "till", "kostnadsslag", NULL }, NULL, FALSE },
  [E_OBJEKT] = { "objekt", { "dim", "id", "enhet", NULL }, NULL, FALSE },
  [E_RAM] = { "ram", { "organ", "ar", "belopp", NULL }, NULL, FALSE },
  [E_FORDELNING] = { "fordelning", { "organ", NULL }, fordelning_children, FALSE },
  [E_DRIVARE] = { "drivare", { "id", "?namn", "?enhet", NULL }, NULL, FALSE },
  [E_FORDELNINGSAR] = { "fordelningsar", { "ar", "?fast", "?index", "?effektivisering", NULL },
                        NULL, FALSE },
  [E_VOLYM] = { "volym", { "drivare", "ar", "varde", NULL }, NULL, FALSE },
  [E_PRIS] = { "pris", { "drivare", "ar", "belopp", NULL }, NULL, FALSE },
  [E_BUDGET] = { "budget", { "enhet", "ar", "kostnadsslag", "belopp", "?nyckel", NULL }, NULL, FALSE },
  [E_UTFALL] = { "utfall", { "enhet", "period", "kostnadsslag", "belopp", NULL }, NULL, FALSE },
  [E_OMAPPAT] = { "omappat", { "period", "?dim", "?objekt", "konto", "belopp", NULL }, NULL, FALSE },
  [E_RESULTAT] = { "resultat", { "?post", "?ar", "?budget", "?period", "?utfall", NULL }, NULL, FALSE },
  [E_PROGNOS] = { "prognos", { "tillfalle", "?organ", "?enhet", "?post", "belopp", NULL }, NULL, TRUE },
  [E_INVESTERING] = { "investering", { "id", "?namn", "?organ", "status", "?total-budget",
                                       "?start-ar", "?slut-ar", NULL },
                      investering_children, FALSE },
  [E_INVESTERING_AR] = { "ar", { "ar", "budget", NULL }, NULL, FALSE },
  [E_INVESTERING_UTFALL] = { "utfall", { "period", "belopp", NULL }, NULL, FALSE },
  [E_INVESTERING_PROGNOS] = { "prognos", { "tillfalle", "ar-belopp", "total-belopp", NULL },
                              NULL, FALSE },
};

/* ------------------------------------------------------------------ */
/* References, resolved after the whole file has been read            */
/* ------------------------------------------------------------------ */

typedef enum
{
  REF_ORGAN_SECTOR,
  REF_ORGAN_DIRECTIVE,
  REF_UNIT_PARENT,
  REF_DOCUMENT_OWNER,
  REF_FOCUS_AREA_OWNER,
  REF_GOAL_PERSPECTIVE,
  REF_GOAL_OWNER,
  REF_GOAL_DOCUMENT,
  REF_GOAL_PARENT,
  REF_GOAL_FOCUS_AREA,
  REF_GOAL_INDICATOR,
  REF_ACTIVITY_UNIT,
  REF_ACTIVITY_DOCUMENT,
  REF_ACTIVITY_GOAL,
  REF_ACTIVITY_INDICATOR,
  REF_ACTIVITY_FOCUS_AREA,
  REF_ARENA_OWNER,
  REF_ARENA_MEMBER,
  REF_ARENA_GOAL,
  REF_ARENA_ACTIVITY,
  REF_UNIT_BUDGET_ORGAN,
} RefKind;

#define N_REF_KINDS (REF_UNIT_BUDGET_ORGAN + 1)

typedef struct
{
  RefKind     kind;
  StyrEntity *from;     /* unowned: the model owns it */
  const char *id;       /* in Load.ids */
  guint       line;
  guint       column;
} Ref;

/* An assessment (<bedomning>), stored once the references are resolved:
 * its occasion may only be looked up, and its levels only checked, when
 * the calendar and the scale are complete. */
typedef struct
{
  StyrGoal   *goal;     /* unowned: the model owns it */
  const char *occasion_id; /* in Load.ids */
  char       *level_id;
  char       *prognosis_id;
  char       *assessed_by;
  GDate       assessed_on;
  char       *analysis;
  char       *measures;
  guint       line;
  guint       column;
} PendingAssessment;

static void
pending_assessment_clear (gpointer data)
{
  PendingAssessment *pending = data;

  g_free (pending->level_id);
  g_free (pending->prognosis_id);
  g_free (pending->assessed_by);
  g_free (pending->analysis);
  g_free (pending->measures);
}

/* ------------------------------------------------------------------ */
/* The state of one load                                              */
/* ------------------------------------------------------------------ */

typedef struct
{
  guint line;
  guint column;
} Pos;

/* Two threads
 *
 * For a large input the loader works in two threads, as a pipeline: a
 * parse thread reads the stream, runs libxml2's SAX2 parser and the
 * lexer that follows its bytes, and writes what the parser reports —
 * start tags with their attributes, end tags, texts — as events into
 * blocks; the calling thread reads the blocks in order and does
 * everything else: the checks, the entities, the model. Only the calling
 * thread touches the model, the loader or the caller's objects, so every
 * object and signal stays where it was; the parse thread touches only
 * libxml2's parser context, the stream and the fields of Load marked
 * "parse thread" below, until it is joined.
 *
 * The events are copies: libxml2's pointers into its input buffer are
 * gone once the callback returns. Names are not copied, as libxml2 keeps
 * every element and attribute name in its dictionary, which lives as long
 * as the parser context, that is until the end of the load.
 *
 * A small input, a stream the loader cannot be sure may be read from
 * another thread, or a failure to start the thread, runs the same two
 * halves in the calling thread, one block at a time.
 *
 * Every event starts with an EventHeader and is a multiple of 8 bytes,
 * so that the next one is aligned. */

typedef enum
{
  EV_START = 1,
  EV_END,
  EV_TEXT,
  EV_REFERENCE,
} EventKind;

/* What namespace an element is in. */
typedef enum
{
  EV_NS_NONE,
  EV_NS_STYR,
  EV_NS_OTHER,  /* its name follows, with a NUL */
} EventNs;

typedef struct
{
  guint32 kind;
  guint32 size;   /* of the whole event */
} EventHeader;

/* A start tag: followed by the namespace's name for EV_NS_OTHER, then
 * n_attrs EventAttrs, each followed by its value.
 *
 * The parse thread also finds what element of the format the tag is,
 * by its name and its parent's, and which attribute of that element
 * each attribute is; the calling thread checks the rest and reports
 * what is wrong. */
typedef struct
{
  EventHeader header;
  Pos         pos;
  const char *local;    /* in libxml2's dictionary */
  guint32     n_attrs;
  guint32     n_namespaces;
  guint32     ns;       /* EventNs */
  guint32     ns_length;
  /* The index of the element among its parent's children (by name
   * alone), or -1: unknown, or its parent is. For the root, 0 if it is
   * named styr. */
  gint32      child_index;
  gint32      elem;     /* Elem, or -1 */
} EventStart;

typedef struct
{
  const char *name;     /* in libxml2's dictionary */
  const char *prefix;   /* in libxml2's dictionary, or NULL */
  /* The index of the attribute in the element's ElemSpec, or -1:
   * unknown, in a namespace, or the element is unknown. */
  gint32      slot;
  guint32     length;   /* in the file */
} EventAttr;            /* followed by the value, &#38; expanded, and a NUL */

/* A text, or a reference's name with a NUL: the bytes follow. */
typedef struct
{
  EventHeader header;
  Pos         pos;      /* of the last '<' before the text */
  guint32     length;
  guint32     blank;    /* only whitespace */
} EventText;

typedef struct
{
  char    *data;
  gsize    len;
  gsize    allocated;
  guint64  bytes_read;  /* by the parse, when the block was handed over */
  gboolean last;
} EventBlock;

#define EVENT_ALIGN(n) (((n) + 7) & ~(gsize) 7)

typedef enum
{
  LEX_TEXT,     /* text, tags and attribute values: anywhere a '<' starts a tag */
  LEX_LT,       /* just after '<' */
  LEX_BANG,     /* just after "<!" */
  LEX_SKIP,     /* inside a comment, CDATA section or PI, up to end_seq */
} LexState;

typedef struct
{
  Elem        elem;
  int         stage;        /* index in the parent's children of the last child */
  guint       line;
  guint       column;
  StyrEntity *entity;       /* unowned; for entity elements */
  GString    *text;         /* for text elements */
  /* indikator: the order of targets and measurements */
  gint64      last_year;
  gboolean    has_last_period;
  StyrPeriod  last_period;
  /* indikator: the order of comparison values (period key, kommunkod) */
  gboolean    has_comparison;
  guint32     last_comparison_key;
  guint       last_comparison_code;
  /* arena: the last puls step; puls: its step */
  int         step;
  /* matvarde, until its comment has been read */
  StyrPeriod  period;
  double      value;
  double      women;
  double      men;
  /* fordelning: the allocation being filled (the organ holds it) */
  StyrAllocation *allocation;
  /* prognos, until its comment has been read: whose forecast, when */
  char       *occasion_id;
  StyrEntity *forecast_of;  /* unowned; NULL for a result item */
  int         result_item;
  gint64      ore;
} Frame;

typedef struct
{
  StyrLoader       *loader;
  GMainContext     *context;    /* async: where progress is notified */
  const char       *name;
  GInputStream     *stream;
  GCancellable     *cancellable;

  int               max_depth;
  gsize             max_text_length;
  int               max_attributes;
  gsize             max_run;

  /* Progress */
  guint64           size;       /* 0 if unknown */
  int               percent;

  /* Parse thread: reading */
  guint64           bytes_read; /* handed to libxml2 */
  GError           *io_error;
  char             *in_buf;     /* CHUNK_SIZE bytes read ahead from the stream */
  gsize             in_pos;
  gsize             in_len;

  /* Parse thread: the lexer that follows the bytes to know where each
   * start tag is */
  GError           *lex_error;
  LexState          lex;
  const char       *end_seq;
  guint             matched;
  guint             line;
  guint             column;
  guint             lt_line;
  guint             lt_column;
  gsize             run;
  GArray           *tags;       /* Pos of start tags, in order */
  Pos               decl;       /* the first <!DOCTYPE or other <!X */
  guint             tags_head;

  /* Parse thread: libxml2's first error */
  gboolean          xml_failed;
  int               xml_code;
  guint             xml_line;
  guint             xml_column;
  char             *xml_message;

  /* Parse thread: the parser, and the events it has written and not
   * yet handed over */
  xmlParserCtxtPtr  ctxt;
  GArray           *elems;      /* Elem (or -1) of the open elements */
  int               parse_ret;
  EventBlock       *block;
  guint             n_blocks;   /* made so far */
  guint64           flushed_percent; /* of the input, at the last hand-over */

  /* Between the threads */
  gboolean          threaded;
  GThread          *parse_thread;
  GAsyncQueue      *full_blocks; /* to the calling thread, in order */
  GAsyncQueue      *free_blocks; /* back to the parse thread */
  int               stop;        /* atomic: the calling thread has failed */

  /* The start tag being read, and its namespace */
  const EventStart *el;
  const char       *el_ns;
  GArray           *frames;
  GArray           *refs;
  /* The ids that refs and assessments name, until they are resolved:
   * copied into one chunk rather than allocated one by one. */
  GStringChunk     *ids;
  GArray           *assessments; /* PendingAssessment, in file order */
  /* The measurements of the <indikator> being read, checked and in
   * order, stored at its end in one go; the array is reused. Their
   * comments are owned until then. */
  GArray           *measurements; /* StyrMeasurement */
  /* A GString of an ended text element, for the next one. */
  GString          *spare_text;
  GPtrArray        *values;     /* kommun's varde texts */
  /* Parse thread: per element, the parser's name of each of its
   * attributes once seen: libxml2 keeps the names in the parser's
   * dictionary, so while the parser lives the same pointer is the same
   * name. */
  const char       *attr_names[N_ELEMS][MAX_ATTRS];
  /* Per element, the names get_attr () was asked for (Attrs.asked). */
  const char       *asked_names[N_ELEMS][MAX_ATTRS];
  /* Parse thread: per element, libxml2's name of each child element
   * once seen. */
  const char       *child_names[N_ELEMS][MAX_CHILDREN];
  /* Per element, whether it has an id attribute. */
  gboolean          has_id[N_ELEMS];
  /* The unit of the last economy row, which the next one likely names. */
  StyrUnit         *row_unit;   /* unowned, the model holds it */
  char             *row_unit_id;
  StyrModel        *model;
  StyrScale        *scale;      /* unowned, the model holds it */
  StyrCalendar     *calendar;   /* unowned, the model holds it */
  gboolean          seen_root;
  gboolean          done_root;

  GError           *error;
} Load;

static void set_error (Load       *load,
                       guint       line,
                       guint       column,
                       GQuark      domain,
                       int         code,
                       const char *format,
                       ...) G_GNUC_PRINTF (6, 7);

static void
set_error (Load       *load,
           guint       line,
           guint       column,
           GQuark      domain,
           int         code,
           const char *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (load->error != NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  load->error = g_error_new (domain, code, "%s:%u:%u: %s",
                             load->name, line, column, message);
}

/* Takes @error, prefixing it with the location. */
static void
take_error (Load   *load,
            guint   line,
            guint   column,
            GError *error)
{
  if (load->error != NULL)
    {
      g_error_free (error);
      return;
    }
  g_prefix_error (&error, "%s:%u:%u: ", load->name, line, column);
  load->error = error;
}

/* ------------------------------------------------------------------ */
/* Progress                                                           */
/* ------------------------------------------------------------------ */

static void
loader_set_progress (StyrLoader *self,
                     double      progress)
{
  if (self->progress == progress)
    return;
  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

typedef struct
{
  StyrLoader *loader;
  double      progress;
} ProgressUpdate;

static gboolean
progress_update_cb (gpointer data)
{
  ProgressUpdate *update = data;

  loader_set_progress (update->loader, update->progress);
  return G_SOURCE_REMOVE;
}

static void
progress_update_free (gpointer data)
{
  ProgressUpdate *update = data;

  g_object_unref (update->loader);
  g_free (update);
}

static void
report_progress (Load   *load,
                 double  progress)
{
  if (load->context != NULL)
    {
      ProgressUpdate *update = g_new0 (ProgressUpdate, 1);
      g_autoptr(GSource) source = g_idle_source_new ();

      /* Not g_main_context_invoke(): it runs the function right here when
       * it can acquire the context, in the worker thread. */
      update->loader = g_object_ref (load->loader);
      update->progress = progress;
      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, progress_update_cb, update, progress_update_free);
      g_source_set_static_name (source, "[libstyr] loader progress");
      g_source_attach (source, load->context);
    }
  else
    loader_set_progress (load->loader, progress);
}

/* In the calling thread: @bytes_read bytes of the input have been read
 * and what they hold built. */
static void
advance_progress (Load    *load,
                  guint64  bytes_read)
{
  int percent;

  if (load->size == 0)
    return;
  /* At most one notification per percent; 100 % only when done. */
  percent = (int) MIN (bytes_read * 100 / load->size, 99);
  if (percent > load->percent)
    {
      load->percent = percent;
      report_progress (load, percent / 100.0);
    }
}

/* ------------------------------------------------------------------ */
/* Reading                                                            */
/* ------------------------------------------------------------------ */

static Pos
lex_next_tag (Load *load)
{
  Pos pos = { 0, 0 };

  if (load->tags_head < load->tags->len)
    {
      pos = g_array_index (load->tags, Pos, load->tags_head);
      load->tags_head++;
      /* The lexer runs ahead of the parser by what libxml2 has read
       * but not yet parsed, so the queue is rarely empty: drop the
       * consumed front once it is most of the queue, or it would keep a
       * position for every start tag of the file. */
      if (load->tags_head == load->tags->len)
        {
          g_array_set_size (load->tags, 0);
          load->tags_head = 0;
        }
      else if (load->tags_head >= 4096 && load->tags_head * 2 >= load->tags->len)
        {
          g_array_remove_range (load->tags, 0, load->tags_head);
          load->tags_head = 0;
        }
    }
  else
    {
      /* Cannot happen for a document libxml2 accepts; fall back to
       * libxml2's idea of where it is. */
      pos.line = (guint) MAX (xmlSAX2GetLineNumber (load->ctxt), 1);
      pos.column = (guint) MAX (xmlSAX2GetColumnNumber (load->ctxt), 1);
    }
  return pos;
}

/* The number of characters in @n bytes of UTF-8: those that are not
 * continuation bytes. Runs of ASCII go eight bytes at a time. */
static inline guint
count_chars (const char *p,
             gsize       n)
{
  guint chars = 0;
  gsize i = 0;

  for (; i + 8 <= n; i += 8)
    {
      guint64 word;

      memcpy (&word, p + i, sizeof word);
      if ((word & G_GUINT64_CONSTANT (0x8080808080808080)) == 0)
        {
          chars += 8;
          continue;
        }
      for (gsize k = i; k < i + 8; k++)
        chars += ((guchar) p[k] & 0xC0) != 0x80;
    }
  for (; i < n; i++)
    chars += ((guchar) p[i] & 0xC0) != 0x80;
  return chars;
}

/* Moves the line and column over @n bytes that hold no '<'. */
static inline void
lex_advance (Load       *load,
             const char *p,
             gsize       n)
{
  const char *end = p + n;
  const char *nl;

  while ((nl = memchr (p, '\n', (gsize) (end - p))) != NULL)
    {
      load->line++;
      load->column = 1;
      p = nl + 1;
    }
  load->column += count_chars (p, (gsize) (end - p));
}

/* In the parse thread: the error is the lexer's, for the calling thread
 * to take once the parse has ended. */
static gboolean
lex_run_exceeded (Load *load)
{
  g_autofree char *message =
    g_strdup_printf (_("Ett attributvärde eller en text är längre än de %" G_GSIZE_FORMAT " byte som tillåts"),
                     load->max_text_length);

  if (load->lex_error == NULL)
    load->lex_error = g_error_new (STYR_ERROR, STYR_ERROR_LIMIT_EXCEEDED, "%s:%u:%u: %s",
                                   load->name, load->lt_line, load->lt_column, message);
  return FALSE;
}

/* Follows the bytes just read: counts lines and columns (in characters),
 * records where each start tag begins, so that every element can be
 * reported at its own line and column, and refuses runs of bytes without
 * a '<' far longer than any value or text may be.
 *
 * Outside comments, CDATA sections and processing instructions a '<'
 * always starts markup — in a well-formed document it cannot stand in
 * text or in an attribute value, and libxml2 reports a document where it
 * does — so the lexer jumps from '<' to '<' (memchr ()), counting the
 * newlines and characters between, and looks closer only at what follows
 * a '<'. */
static gboolean
lex (Load       *load,
     const char *buffer,
     gsize       len)
{
  const char *p = buffer;
  const char *end = buffer + len;

  while (p < end)
    {
      switch (load->lex)
        {
        case LEX_TEXT:
          {
            const char *lt = memchr (p, '<', (gsize) (end - p));
            const char *stop = lt != NULL ? lt : end;

            load->run += (gsize) (stop - p);
            if (load->run > load->max_run)
              return lex_run_exceeded (load);
            lex_advance (load, p, (gsize) (stop - p));
            p = stop;
            if (lt != NULL)
              {
                load->run = 0;
                load->lt_line = load->line;
                load->lt_column = load->column;
                load->column++;
                p++;
                load->lex = LEX_LT;
              }
          }
          break;

        case LEX_LT:
          /* What follows the '<' decides; a start tag's name is left to
           * LEX_TEXT, as it may begin with any character. */
          if (*p == '/' || *p == '?' || *p == '!')
            {
              if (*p == '/')
                load->lex = LEX_TEXT;
              else if (*p == '?')
                {
                  load->lex = LEX_SKIP;
                  load->end_seq = "?>";
                  load->matched = 0;
                }
              else
                load->lex = LEX_BANG;
              load->column++;
              load->run++;
              p++;
            }
          else
            {
              Pos pos = { load->lt_line, load->lt_column };

              g_array_append_val (load->tags, pos);
              load->lex = LEX_TEXT;
            }
          break;

        case LEX_BANG:
          load->lex = LEX_SKIP;
          load->matched = 0;
          if (*p == '-')
            load->end_seq = "-->";
          else if (*p == '[')
            load->end_seq = "]]>";
          else
            {
              /* A declaration (<!DOCTYPE …>): refused anyway. */
              load->end_seq = ">";
              if (load->decl.line == 0)
                {
                  load->decl.line = load->lt_line;
                  load->decl.column = load->lt_column;
                }
            }
          break;   /* the byte itself is read in LEX_SKIP */

        case LEX_SKIP:
          {
            char c = *p++;

            if (++load->run > load->max_run)
              return lex_run_exceeded (load);
            if (c == load->end_seq[load->matched])
              {
                load->matched++;
                if (load->end_seq[load->matched] == '\0')
                  load->lex = LEX_TEXT;
              }
            else if (load->matched >= 2 && c == load->end_seq[0] &&
                     load->end_seq[0] == load->end_seq[1])
              ; /* "--->" or "]]]>": still two matched */
            else
              load->matched = (c == load->end_seq[0]) ? 1 : 0;

            if (c == '\n')
              {
                load->line++;
                load->column = 1;
              }
            else if (((guchar) c & 0xC0) != 0x80)
              load->column++;
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

static void event_flush (Load     *load,
                         gboolean  last);

/* In the parse thread: whether it should stop, because reading or the
 * lexer failed, libxml2 reported an error, or the calling thread failed. */
static inline gboolean
parse_stopped (Load *load)
{
  return load->io_error != NULL || load->lex_error != NULL || load->xml_failed ||
         g_atomic_int_get (&load->stop);
}

/* In the parse thread: libxml2 asks for the next bytes. */
static int
read_cb (void *context,
         char *buffer,
         int   len)
{
  Load *load = context;
  gssize n;

  if (load->io_error != NULL || load->lex_error != NULL || g_atomic_int_get (&load->stop))
    return -1;

  /* Whole percents of the input go over with what they hold, so that
   * progress moves in steps of about one percent. */
  if (load->size > 0 && load->block->len > 0 &&
      load->bytes_read * 100 / load->size > load->flushed_percent)
    {
      load->flushed_percent = load->bytes_read * 100 / load->size;
      event_flush (load, FALSE);
    }
  if (g_cancellable_set_error_if_cancelled (load->cancellable, &load->io_error))
    return -1;

  if (len <= 0)
    return 0;
  if (load->in_pos == load->in_len)
    {
      n = g_input_stream_read (load->stream, load->in_buf, CHUNK_SIZE,
                               load->cancellable, &load->io_error);
      if (n < 0)
        return -1;
      load->in_pos = 0;
      load->in_len = (gsize) n;
      if (n == 0)
        return 0;
    }

  /* The bytes are followed as they are handed over, so that libxml2 and
   * the lexer stay together. */
  n = (gssize) MIN ((gsize) len, load->in_len - load->in_pos);
  memcpy (buffer, load->in_buf + load->in_pos, (gsize) n);
  load->in_pos += (gsize) n;

  load->bytes_read += (guint64) n;
  if (!lex (load, buffer, (gsize) n))
    return -1;

  return (int) n;
}

/* In the parse thread. */
static void
structured_error_cb (void        *user_data,
                     xmlErrorPtr  error)
{
  Load *load = user_data;

  if (error == NULL || error->level < XML_ERR_ERROR || load->xml_failed)
    return;

  load->xml_failed = TRUE;
  load->xml_code = error->code;
  load->xml_line = (guint) MAX (error->line, 1);
  load->xml_column = (guint) MAX (error->int2, 1);
  load->xml_message = g_strstrip (g_strdup (error->message != NULL ? error->message : ""));
}

static void
set_unsafe_declaration_error (Load *load)
{
  set_error (load, MAX (load->decl.line, 1), MAX (load->decl.column, 1),
             STYR_ERROR, STYR_ERROR_UNSAFE,
             _("Filen har en dokumenttypdeklaration (<!DOCTYPE …>); en .styr-fil får inte ha någon, av säkerhetsskäl"));
}

/* Turns libxml2's first error into ours. */
static void
set_xml_error (Load *load)
{
  const char *message = load->xml_message;

  if (load->bytes_read == 0)
    {
      set_error (load, 1, 1, STYR_ERROR, STYR_ERROR_PARSE,
                 _("Filen är tom: väntade ett <styr>-element"));
      return;
    }

  /* libxml2 may stumble over what a document type declaration declares
   * before the loader sees the declaration itself: it is the reason. */
  if (load->decl.line != 0)
    {
      set_unsafe_declaration_error (load);
      return;
    }

  switch (load->xml_code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      if (load->bytes_read == 0)
        set_error (load, 1, 1, STYR_ERROR, STYR_ERROR_PARSE,
                   _("Filen är tom: väntade ett <styr>-element"));
      else
        set_error (load, load->xml_line, load->xml_column, STYR_ERROR, STYR_ERROR_PARSE,
                   _("Filen är inte XML: väntade ett <styr>-element (%s)"), message);
      return;

    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_ENTITY_BOUNDARY:
    case XML_ERR_ENTITYREF_NO_NAME:
    case XML_ERR_ENTITY_PE_INTERNAL:
    case XML_ERR_ENTITY_IS_EXTERNAL:
    case XML_ERR_ENTITY_IS_PARAMETER:
    case XML_ERR_UNPARSED_ENTITY:
    case XML_ERR_EXT_ENTITY_STANDALONE:
    case XML_ERR_ENTITY_PROCESSING:
      set_error (load, load->xml_line, load->xml_column, STYR_ERROR, STYR_ERROR_UNSAFE,
                 _("Entiteter är inte tillåtna i en .styr-fil, bara &amp; &lt; &gt; &quot; &apos; och teckenreferenser (%s)"),
                 message);
      return;

    case XML_ERR_NAME_TOO_LONG:
      set_error (load, load->xml_line, load->xml_column, STYR_ERROR, STYR_ERROR_LIMIT_EXCEEDED,
                 _("Ett namn i filen är för långt (%s)"), message);
      return;

    default:
      break;
    }

  if (strstr (message, "too long") != NULL || strstr (message, "huge") != NULL ||
      strstr (message, "Huge") != NULL || strstr (message, "XML_PARSE_HUGE") != NULL ||
      strstr (message, "Excessive depth") != NULL)
    {
      set_error (load, load->xml_line, load->xml_column, STYR_ERROR, STYR_ERROR_LIMIT_EXCEEDED,
                 _("Filen överskrider en gräns för XML-tolken (%s)"), message);
      return;
    }

  set_error (load, load->xml_line, load->xml_column, STYR_ERROR, STYR_ERROR_PARSE,
             _("Ogiltig XML: %s"), message);
}

/* ------------------------------------------------------------------ */
/* Attributes                                                         */
/* ------------------------------------------------------------------ */

/* The attribute values of the element being read. They point into the
 * load's attribute buffer, which the next element's attributes reuse: no
 * allocation per value, which matters for the hundreds of thousands of
 * outcome rows a big municipality's file holds. Setters copy what they
 * keep. */
typedef struct
{
  const ElemSpec *spec;
  const char     *values[MAX_ATTRS];
  /* The load's names asked for by get_attr (), per attribute of the
   * element: the callers pass literals, so the same pointer is the same
   * name and the next ask is a pointer comparison. */
  const char    **asked;
} Attrs;

static void
attrs_clear (Attrs *attrs)
{
  for (guint i = 0; i < MAX_ATTRS; i++)
    attrs->values[i] = NULL;
}

static int
spec_attr_index (const ElemSpec *spec,
                 const char     *name)
{
  for (int i = 0; spec->attrs[i] != NULL; i++)
    {
      const char *a = spec->attrs[i];

      /* The names asked for are literals, which the compiler merges with
       * those of the table as a rule: the same pointer is the same name. */
      if (a[0] == '?')
        a++;
      if (a == name)
        return i;
      /* The first byte tells most names apart without a call. */
      if (a[0] == name[0] && strcmp (a, name) == 0)
        return i;
    }
  return -1;
}

static const char *
get_attr (const Attrs *attrs,
          const char  *name)
{
  int i;

  if (attrs->asked != NULL)
    {
      for (i = 0; i < MAX_ATTRS && attrs->spec->attrs[i] != NULL; i++)
        if (attrs->asked[i] == name)
          return attrs->values[i];
    }
  i = spec_attr_index (attrs->spec, name);
  g_assert (i >= 0);
  if (attrs->asked != NULL)
    attrs->asked[i] = name;
  return attrs->values[i];
}

static char *
spec_attr_list (const ElemSpec *spec)
{
  GString *s = g_string_new (NULL);

  for (int i = 0; spec->attrs[i] != NULL; i++)
    {
      const char *a = spec->attrs[i];

      if (a[0] == '?')
        a++;
      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append_printf (s, "»%s«", a);
    }
  if (s->len == 0)
    g_string_append (s, _("inga"));
  return g_string_free (s, FALSE);
}

static char *
spec_children_list (const ElemSpec *spec)
{
  GString *s = g_string_new (NULL);

  for (const Child *c = spec->children; c != NULL && c->elem != N_ELEMS; c++)
    {
      g_autofree char *item = g_strdup_printf ("<%s>", specs[c->elem].name);

      /* "mal", "indikator", … as entities and as references */
      if (strstr (s->str, item) != NULL)
        continue;
      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append (s, item);
    }
  return g_string_free (s, FALSE);
}

/* Copies @length bytes of an attribute value to @dest, with a NUL.
 * libxml2's SAX2 parser, which does not replace entities, hands on a '&'
 * of the value (written &amp; or &#38;) as "&#38;", for a tree builder to
 * expand again; the loader expands it here. No other reference survives
 * in a value. @dest has room for @length + 1 bytes. */
static void
copy_attr_value (char       *dest,
                 const char *value,
                 gsize       length)
{
  const char *end = value + length;
  const char *amp;

  while ((amp = memchr (value, '&', (gsize) (end - value))) != NULL)
    {
      memcpy (dest, value, (gsize) (amp - value));
      dest += amp - value;
      *dest++ = '&';
      value = amp + 1;
      if ((gsize) (end - value) >= 4 && memcmp (value, "#38;", 4) == 0)
        value += 4;
    }
  memcpy (dest, value, (gsize) (end - value));
  dest[end - value] = '\0';
}

/* The attributes of the start tag being read, as @spec's element: the
 * parse thread has found which is which (EventAttr.slot), and the values
 * stay in the event's block while the tag is read. */
static gboolean
read_attributes (Load           *load,
                 const ElemSpec *spec,
                 Pos             pos,
                 Attrs          *attrs)
{
  const char *p = (const char *) (load->el + 1);

  g_assert (load->el->elem == spec - specs);

  attrs->spec = spec;
  attrs->asked = load->asked_names[spec - specs];
  attrs_clear (attrs);

  if (load->el->ns == EV_NS_OTHER)
    p += EVENT_ALIGN ((gsize) load->el->ns_length + 1);

  for (guint32 k = 0; k < load->el->n_attrs; k++)
    {
      const EventAttr *attr = (const EventAttr *) p;
      const char *name = attr->name;
      const char *prefix = attr->prefix;
      const char *value = p + sizeof (EventAttr);
      int i = attr->slot;

      p = value + EVENT_ALIGN ((gsize) attr->length + 1);
      if (i < 0)
        {
          g_autofree char *expected = spec_attr_list (spec);
          g_autofree char *qname = prefix != NULL
            ? g_strconcat (prefix, ":", name, NULL) : g_strdup (name != NULL ? name : "");

          set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                     _("Okänt attribut »%s« i <%s>; väntade något av: %s"),
                     qname, spec->name, expected);
          return FALSE;
        }

      if (attr->length > load->max_text_length)
        {
          set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_LIMIT_EXCEEDED,
                     _("Värdet av attributet »%s« i <%s> är längre än de %" G_GSIZE_FORMAT " byte som tillåts"),
                     name, spec->name, load->max_text_length);
          return FALSE;
        }
      attrs->values[i] = value;
    }

  for (int i = 0; spec->attrs[i] != NULL; i++)
    {
      if (spec->attrs[i][0] != '?' && attrs->values[i] == NULL)
        {
          set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                     _("<%s> saknar attributet »%s«, som krävs"),
                     spec->name, spec->attrs[i]);
          return FALSE;
        }
    }

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Values                                                             */
/* ------------------------------------------------------------------ */

static gboolean
attr_enum (Load        *load,
           Pos          pos,
           const Attrs *attrs,
           const char  *name,
           GType        enum_type,
           int         *value)
{
  const char *text = get_attr (attrs, name);
  g_autofree char *expected = NULL;

  if (_styr_format_enum_from_token (enum_type, text, value))
    return TRUE;

  expected = _styr_format_enum_tokens (enum_type);
  set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
             _("Ogiltigt värde »%s« för »%s« i <%s>; väntade något av: %s"),
             text, name, attrs->spec->name, expected);
  return FALSE;
}

/* An optional number; NaN when absent. */
static gboolean
attr_double (Load        *load,
             Pos          pos,
             const Attrs *attrs,
             const char  *name,
             double      *value)
{
  const char *text = get_attr (attrs, name);

  *value = NAN;
  if (text == NULL || _styr_format_parse_double (text, value))
    return TRUE;

  set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
             _("Ogiltigt tal »%s« för »%s« i <%s>; väntade ett ändligt tal med punkt som decimaltecken, till exempel »76.5«"),
             text, name, attrs->spec->name);
  return FALSE;
}

/* An optional year 0–9999; 0 when absent. */
static gboolean
attr_year (Load        *load,
           Pos          pos,
           const Attrs *attrs,
           const char  *name,
           int         *year)
{
  const char *text = get_attr (attrs, name);
  gint64 value = 0;

  *year = 0;
  if (text == NULL)
    return TRUE;
  if (_styr_format_parse_int (text, 0, 9999, &value))
    {
      *year = (int) value;
      return TRUE;
    }

  set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
             _("Ogiltigt år »%s« för »%s« i <%s>; väntade ett heltal 0–9999"),
             text, name, attrs->spec->name);
  return FALSE;
}

/* An optional date; cleared (invalid) when absent. */
static gboolean
attr_date (Load        *load,
           Pos          pos,
           const Attrs *attrs,
           const char  *name,
           GDate       *date)
{
  const char *text = get_attr (attrs, name);

  g_date_clear (date, 1);
  if (text == NULL || _styr_format_parse_date (text, date))
    return TRUE;

  set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
             _("Ogiltigt datum »%s« för »%s« i <%s>; väntade ett datum ÅÅÅÅ-MM-DD, till exempel »2025-06-15«"),
             text, name, attrs->spec->name);
  return FALSE;
}

/* A required period, into @period. */
static gboolean
attr_period (Load        *load,
             Pos          pos,
             const Attrs *attrs,
             const char  *name,
             StyrPeriod  *period)
{
  const char *text = get_attr (attrs, name);
  g_autoptr(GError) period_error = NULL;

  if (_styr_period_parse_into (text, period, &period_error))
    return TRUE;

  set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
             _("Ogiltig period »%s« för »%s« i <%s>; väntade till exempel »2025«, »2025-T2«, »2025-Q3« eller »2025-05« (%s)"),
             text, name, attrs->spec->name, period_error->message);
  return FALSE;
}

static gboolean
attr_colour (Load        *load,
             Pos          pos,
             const Attrs *attrs,
             const char  *name)
{
  const char *text = get_attr (attrs, name);

  if (text == NULL)
    return TRUE;
  if (strlen (text) == 7 && text[0] == '#')
    {
      gboolean ok = TRUE;

      for (int i = 1; i < 7; i++)
        ok = ok && g_ascii_isxdigit (text[i]);
      if (ok)
        return TRUE;
    }

  set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
             _("Ogiltig färg »%s« för »%s« i <%s>; väntade #RRGGBB, till exempel »#2e8540«"),
             text, name, attrs->spec->name);
  return FALSE;
}

/* An identifier of an entity the file defines. */
static gboolean
attr_id (Load        *load,
         Pos          pos,
         const Attrs *attrs,
         const char  *name)
{
  const char *text = get_attr (attrs, name);

  if (text == NULL || _styr_id_is_valid (text))
    return TRUE;

  set_error (load, pos.line, pos.column, STYR_ERROR,
             strcmp (name, "id") == 0 ? STYR_ERROR_INVALID_ID : STYR_ERROR_PARSE,
             _("Ogiltigt id »%s« för »%s« i <%s>: ett id får bara innehålla bokstäverna a–z och A–Z, siffror, »-«, »_« och ».«, och måste börja med en bokstav, en siffra eller »_«"),
             text, name, attrs->spec->name);
  return FALSE;
}

static gboolean
add_ref (Load        *load,
         Pos          pos,
         const Attrs *attrs,
         const char  *name,
         RefKind      kind,
         StyrEntity  *from)
{
  const char *id = get_attr (attrs, name);
  Ref ref;

  if (id == NULL)
    return TRUE;
  if (!attr_id (load, pos, attrs, name))
    return FALSE;

  ref.kind = kind;
  ref.from = from;
  ref.id = g_string_chunk_insert (load->ids, id);
  ref.line = pos.line;
  ref.column = pos.column;
  g_array_append_val (load->refs, ref);
  return TRUE;
}

static gboolean
add_entity (Load       *load,
            Pos         pos,
            StyrEntity *entity)
{
  GError *error = NULL;

  /* The model takes its own reference. */
  if (!styr_model_add (load->model, entity, &error))
    {
      take_error (load, pos.line, pos.column, error);
      g_object_unref (entity);
      return FALSE;
    }
  g_object_unref (entity);
  return TRUE;
}

static const char *
empty_to_null (const char *s)
{
  return (s != NULL && s[0] != '\0') ? s : NULL;
}

/* ------------------------------------------------------------------ */
/* Elements                                                           */
/* ------------------------------------------------------------------ */

static Frame *
top_frame (Load *load)
{
  if (load->frames->len == 0)
    return NULL;
  return &g_array_index (load->frames, Frame, load->frames->len - 1);
}

static void
frame_clear (gpointer data)
{
  Frame *frame = data;

  if (frame->text != NULL)
    g_string_free (frame->text, TRUE);
  g_clear_pointer (&frame->occasion_id, g_free);
}

static gboolean
start_root (Load        *load,
            Pos          pos,
            const char  *local,
            const char  *ns)
{
  Attrs attrs = { 0 };
  const char *format;
  gint64 version;
  gboolean ok;

  if (g_strcmp0 (local, "styr") != 0)
    {
      set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_UNSUPPORTED,
                 _("Filen är inte en .styr-fil: rotelementet är <%s>, väntade <styr xmlns=\"%s\">"),
                 local, STYR_FORMAT_NAMESPACE);
      return FALSE;
    }
  if (ns == NULL)
    {
      set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_UNSUPPORTED,
                 _("<styr> saknar namnrymd; väntade xmlns=\"%s\""),
                 STYR_FORMAT_NAMESPACE);
      return FALSE;
    }
  if (strcmp (ns, STYR_FORMAT_NAMESPACE) != 0)
    {
      set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_UNSUPPORTED,
                 _("Okänd namnrymd »%s« för <styr>; väntade »%s«"),
                 ns, STYR_FORMAT_NAMESPACE);
      return FALSE;
    }

  ok = read_attributes (load, &specs[E_STYR], pos, &attrs);
  if (ok)
    {
      format = get_attr (&attrs, "format");
      if (!_styr_format_parse_int (format, G_MININT64, G_MAXINT64, &version) ||
          version < 1)
        {
          set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                     _("Ogiltig formatversion »%s«; väntade format=\"%d\""),
                     format, STYR_FORMAT_VERSION);
          ok = FALSE;
        }
      else if (version > STYR_FORMAT_VERSION)
        {
          set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_UNSUPPORTED,
                     _("Filen är skapad med en nyare version av libstyr (format %s); den här versionen läser format %d"),
                     format, STYR_FORMAT_VERSION);
          ok = FALSE;
        }
    }
  attrs_clear (&attrs);
  return ok;
}

/* The entity of the nearest enclosing entity element. */
static StyrEntity *
parent_entity (Load *load)
{
  for (guint i = load->frames->len; i > 0; i--)
    {
      Frame *frame = &g_array_index (load->frames, Frame, i - 1);

      if (frame->entity != NULL)
        return frame->entity;
    }
  return NULL;
}

/* ------------------------------------------------------------------ */
/* The economy section                                                */
/* ------------------------------------------------------------------ */

static void resolve_refs (Load *load);
static void apply_assessments (Load *load);

typedef enum
{
  NUMBER_OK,
  NUMBER_SYNTAX,
  NUMBER_OVERFLOW,
} NumberResult;

/* A whole number as the format writes amounts in öre and counts: an
 * optional '-', then decimal digits and nothing else. No allocation, no
 * locale: outcome rows may number in the hundreds of thousands. */
static NumberResult
parse_number (const char *text,
              gint64     *value)
{
  const char *p = text;
  gboolean negative = FALSE;
  guint64 limit, v = 0;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }
  if (*p == '\0')
    return NUMBER_SYNTAX;

  limit = negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;
  for (; *p != '\0'; p++)
    {
      guint digit;

      if (*p < '0' || *p > '9')
        return NUMBER_SYNTAX;
      digit = (guint) (*p - '0');
      if (v > (limit - digit) / 10)
        {
          /* Still a syntax error if something other than digits follows. */
          for (p++; *p != '\0'; p++)
            if (*p < '0' || *p > '9')
              return NUMBER_SYNTAX;
          return NUMBER_OVERFLOW;
        }
      v = v * 10 + digit;
    }

  if (negative)
    *value = v == 0 ? 0 : -(gint64) (v - 1) - 1;
  else
    *value = (gint64) v;
  return NUMBER_OK;
}

/* An amount in öre (or a whole count) of attribute @name, within @min …
 * @max. An absent optional attribute gives 0 and *@present FALSE. */
static gboolean
attr_number (Load        *load,
             Pos          pos,
             const Attrs *attrs,
             const char  *name,
             gint64       min,
             gint64       max,
             gint64      *value,
             gboolean    *present)
{
  const char *text = get_attr (attrs, name);
  NumberResult result;

  *value = 0;
  if (present != NULL)
    *present = text != NULL;
  if (text == NULL)
    return TRUE;

  result = parse_number (text, value);
  if (result == NUMBER_OK && *value >= min && *value <= max)
    return TRUE;

  *value = 0;
  if (result == NUMBER_SYNTAX)
    set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
               _("Ogiltigt heltal »%s« för »%s« i <%s>; väntade ett heltal utan mellanslag och decimaler (belopp i öre), till exempel »-1234550« för −12 345,50 kr"),
               text, name, attrs->spec->name);
  else
    set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_OVERFLOW,
               _("Talet »%s« för »%s« i <%s> är utanför det tillåtna intervallet %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT),
               text, name, attrs->spec->name, min, max);
  return FALSE;
}

static gboolean
attr_amount (Load        *load,
             Pos          pos,
             const Attrs *attrs,
             const char  *name,
             gint64      *ore,
             gboolean    *present)
{
  return attr_number (load, pos, attrs, name, G_MININT64, G_MAXINT64, ore, present);
}

static gboolean
attr_int (Load        *load,
          Pos          pos,
          const Attrs *attrs,
          const char  *name,
          int         *value,
          gboolean    *present)
{
  gint64 v;

  if (!attr_number (load, pos, attrs, name, G_MININT, G_MAXINT, &v, present))
    return FALSE;
  *value = (int) v;
  return TRUE;
}

/* A required budget year, 1–9999. */
static gboolean
attr_budget_year (Load        *load,
                  Pos          pos,
                  const Attrs *attrs,
                  const char  *name,
                  int         *year)
{
  const char *text = get_attr (attrs, name);
  gint64 value;

  *year = 0;
  if (text != NULL && parse_number (text, &value) == NUMBER_OK &&
      value >= 1 && value <= 9999)
    {
      *year = (int) value;
      return TRUE;
    }

  set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
             _("Ogiltigt år »%s« för »%s« i <%s>; väntade ett heltal 1–9999"),
             text != NULL ? text : "", name, attrs->spec->name);
  return FALSE;
}

/* A month, YYYY-MM, as outcomes are kept. */
static gboolean
attr_month (Load        *load,
            Pos          pos,
            const Attrs *attrs,
            const char  *name,
            int         *year,
            int         *month)
{
  const char *t = get_attr (attrs, name);

  if (t != NULL && strlen (t) == 7 && t[4] == '-' &&
      g_ascii_isdigit (t[0]) && g_ascii_isdigit (t[1]) && g_ascii_isdigit (t[2]) &&
      g_ascii_isdigit (t[3]) && g_ascii_isdigit (t[5]) && g_ascii_isdigit (t[6]))
    {
      *year = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
      *month = (t[5] - '0') * 10 + (t[6] - '0');
      if (*year >= 1 && *month >= 1 && *month <= 12)
        return TRUE;
    }

  set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
             _("Ogiltig månad »%s« för »%s« i <%s>; väntade en månad ÅÅÅÅ-MM med månaden 01–12, till exempel »2025-05«"),
             t != NULL ? t : "", name, attrs->spec->name);
  return FALSE;
}

/* The entity of type @type that attribute @name names. Every entity is
 * defined before <ekonomi>, so references from it are resolved as they
 * are read, and reported as the other dangling references are. */
static gpointer
attr_entity (Load        *load,
             Pos          pos,
             const Attrs *attrs,
             const char  *name,
             GType        type,
             const char  *what)
{
  const char *id = get_attr (attrs, name);
  StyrEntity *entity;

  if (id == NULL)
    return NULL;

  entity = styr_model_lookup (load->model, id);
  if (entity == NULL)
    {
      set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                 _("<%s> hänvisar till »%s« (%s), men inget sådant id finns i filen"),
                 attrs->spec->name, id, name);
      return NULL;
    }
  if (!g_type_is_a (G_OBJECT_TYPE (entity), type))
    {
      g_autofree char *to = _styr_entity_describe (entity);

      set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                 _("<%s> hänvisar till %s (%s), som inte är %s"),
                 attrs->spec->name, to, name, _(what));
      return NULL;
    }
  return entity;
}

/* A unit; rows of the same unit follow each other, so the last one is
 * kept at hand. */
static StyrUnit *
attr_unit (Load        *load,
           Pos          pos,
           const Attrs *attrs,
           const char  *name)
{
  const char *id = get_attr (attrs, name);
  StyrUnit *unit;

  if (id != NULL && load->row_unit_id != NULL && strcmp (id, load->row_unit_id) == 0)
    return load->row_unit;

  unit = attr_entity (load, pos, attrs, name, STYR_TYPE_UNIT, N_("en enhet (<enhet>)"));
  if (unit != NULL)
    {
      g_free (load->row_unit_id);
      load->row_unit_id = g_strdup (id);
      load->row_unit = unit;
    }
  return unit;
}

static StyrOrgan *
attr_organ (Load        *load,
            Pos          pos,
            const Attrs *attrs,
            const char  *name)
{
  return attr_entity (load, pos, attrs, name, STYR_TYPE_ORGAN, N_("ett organ (<organ>)"));
}

static gboolean
duplicate_row (Load       *load,
               Pos         pos,
               const char *element,
               const char *what)
{
  set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
             _("<%s> upprepar %s; det får bara finnas en sådan rad"),
             element, what);
  return FALSE;
}

/* Reports the error of a model setter that returned @ok; @error is read
 * only after the setter has run (the order C evaluates arguments in is
 * unspecified). */
static gboolean
check_setter (Load     *load,
              Pos       pos,
              gboolean  ok,
              GError  **error)
{
  if (!ok)
    {
      g_assert (*error != NULL);
      take_error (load, pos.line, pos.column, g_steal_pointer (error));
    }
  return ok;
}

/* <nyckel vikter="900 900 …">: twelve weights in basis points. */
static gboolean
start_key (Load        *load,
           Pos          pos,
           const Attrs *attrs)
{
  const char *text = get_attr (attrs, "vikter");
  int weights[STYR_N_MONTHS];
  guint n = 0;
  const char *p = text;
  GError *error = NULL;

  while (*p != '\0')
    {
      char token[24];
      gsize len = 0;
      gint64 value;

      while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
      if (*p == '\0')
        break;
      while (p[len] != '\0' && p[len] != ' ' && p[len] != '\t' && p[len] != '\n' && p[len] != '\r')
        len++;
      if (n == STYR_N_MONTHS || len >= sizeof token)
        {
          n = STYR_N_MONTHS + 1;
          break;
        }
      memcpy (token, p, len);
      token[len] = '\0';
      if (parse_number (token, &value) != NUMBER_OK || value < G_MININT || value > G_MAXINT)
        {
          n = STYR_N_MONTHS + 1;
          break;
        }
      weights[n++] = (int) value;
      p += len;
    }

  if (n != STYR_N_MONTHS)
    {
      set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                 _("Ogiltigt värde »%s« för »vikter« i <nyckel>; väntade tolv heltal i baspunkter, januari först, åtskilda av mellanslag och med summan 10000"),
                 text);
      return FALSE;
    }

  return check_setter (load, pos,
                       styr_model_add_periodisation_key (load->model, get_attr (attrs, "id"),
                                                         weights, STYR_N_MONTHS, &error),
                       &error);
}

static gboolean
start_frame (Load        *load,
             Pos          pos,
             const Attrs *attrs)
{
  StyrOrgan *organ;
  int year;
  gint64 ore;
  GError *error = NULL;

  if ((organ = attr_organ (load, pos, attrs, "organ")) == NULL ||
      !attr_budget_year (load, pos, attrs, "ar", &year) ||
      !attr_amount (load, pos, attrs, "belopp", &ore, NULL))
    return FALSE;
  if (styr_organ_lookup_frame (organ, year, NULL))
    {
      g_autofree char *what = g_strdup_printf (_("ramen för »%s« år %d"),
                                               get_attr (attrs, "organ"), year);
      return duplicate_row (load, pos, "ram", what);
    }
  return check_setter (load, pos, styr_organ_set_frame (organ, year, ore, &error), &error);
}

static gboolean
start_allocation (Load        *load,
                  Frame       *frame,
                  Pos          pos,
                  const Attrs *attrs)
{
  g_autoptr(StyrAllocation) allocation = NULL;
  StyrOrgan *organ;
  GError *error = NULL;

  if ((organ = attr_organ (load, pos, attrs, "organ")) == NULL)
    return FALSE;
  if (styr_organ_get_allocation (organ) != NULL)
    {
      g_autofree char *what = g_strdup_printf (_("resursfördelningsmodellen för »%s«"),
                                               get_attr (attrs, "organ"));
      return duplicate_row (load, pos, "fordelning", what);
    }

  /* The organ holds the allocation; the children fill it in place. */
  allocation = styr_allocation_new ();
  if (!check_setter (load, pos, styr_organ_set_allocation (organ, allocation, &error), &error))
    return FALSE;
  frame->allocation = allocation;
  return TRUE;
}

static gboolean
start_allocation_year (Load        *load,
                       Frame       *parent,
                       Pos          pos,
                       const Attrs *attrs)
{
  StyrAllocation *allocation = parent->allocation;
  gint64 fixed;
  int year, index, efficiency;
  gboolean has_fixed, has_index, has_efficiency;
  GError *error = NULL;

  if (!attr_budget_year (load, pos, attrs, "ar", &year) ||
      !attr_amount (load, pos, attrs, "fast", &fixed, &has_fixed) ||
      !attr_int (load, pos, attrs, "index", &index, &has_index) ||
      !attr_int (load, pos, attrs, "effektivisering", &efficiency, &has_efficiency))
    return FALSE;

  if (year <= parent->last_year)
    {
      set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                 _("<fordelningsar ar=\"%d\"> kommer efter året %" G_GINT64_FORMAT "; åren ska stå i årsordning, ett element per år"),
                 year, parent->last_year);
      return FALSE;
    }
  parent->last_year = year;

  return check_setter (load, pos,
                       (!has_fixed || styr_allocation_set_fixed (allocation, year, fixed, &error)) &&
                       (!has_index || styr_allocation_set_index (allocation, year, index, &error)) &&
                       (!has_efficiency ||
                        styr_allocation_set_efficiency (allocation, year, efficiency, &error)),
                       &error);
}

/* <volym> and <pris> of a driver. */
static gboolean
start_driver_figure (Load        *load,
                     Frame       *frame,
                     Frame       *parent,
                     Pos          pos,
                     const Attrs *attrs)
{
  StyrAllocation *allocation = parent->allocation;
  gboolean volume = frame->elem == E_VOLYM;
  const char *driver = get_attr (attrs, "drivare");
  gint64 value;
  int year;
  GError *error = NULL;

  if (!attr_budget_year (load, pos, attrs, "ar", &year) ||
      !attr_amount (load, pos, attrs, volume ? "varde" : "belopp", &value, NULL))
    return FALSE;

  if (volume ? styr_allocation_lookup_volume (allocation, driver, year, NULL)
             : styr_allocation_lookup_price (allocation, driver, year, NULL))
    {
      g_autofree char *what = g_strdup_printf (volume ? _("volymen för »%s« år %d")
                                                      : _("priset för »%s« år %d"),
                                               driver, year);
      return duplicate_row (load, pos, attrs->spec->name, what);
    }

  return check_setter (load, pos,
                       volume ? styr_allocation_set_volume (allocation, driver, year, value, &error)
                              : styr_allocation_set_price (allocation, driver, year, value, &error),
                       &error);
}

static gboolean
start_budget_line (Load        *load,
                   Pos          pos,
                   const Attrs *attrs)
{
  const char *category = get_attr (attrs, "kostnadsslag");
  const char *key = get_attr (attrs, "nyckel");
  StyrUnit *unit;
  int year;
  gint64 ore;
  guint n;
  GError *error = NULL;

  if ((unit = attr_unit (load, pos, attrs, "enhet")) == NULL ||
      !attr_budget_year (load, pos, attrs, "ar", &year) ||
      !attr_amount (load, pos, attrs, "belopp", &ore, NULL))
    return FALSE;

  /* Setting a line the unit has replaces it: a row that does not make a
   * new line repeats an earlier one. One search instead of two. */
  n = styr_unit_get_n_budget_lines (unit);
  if (!styr_unit_set_budget (unit, year, category, ore, &error))
    return check_setter (load, pos, FALSE, &error);
  if (styr_unit_get_n_budget_lines (unit) == n)
    {
      g_autofree char *what = g_strdup_printf (_("budgetraden för »%s«, %s år %d"),
                                               get_attr (attrs, "enhet"), category, year);
      return duplicate_row (load, pos, "budget", what);
    }

  return key == NULL ||
         check_setter (load, pos,
                       styr_unit_set_budget_key (unit, year, category, key, &error),
                       &error);
}

/* Tokens of enums whose module defines them (get_id / from_id). */
static gboolean
attr_result_item (Load           *load,
                  Pos             pos,
                  const Attrs    *attrs,
                  const char     *name,
                  StyrResultItem *item)
{
  const char *text = get_attr (attrs, name);
  g_autoptr(GString) expected = NULL;

  if (styr_result_item_from_id (text, item))
    return TRUE;

  expected = g_string_new (NULL);
  for (int i = 0; i < STYR_N_RESULT_ITEMS; i++)
    g_string_append_printf (expected, "%s»%s«", i > 0 ? ", " : "",
                            styr_result_item_get_id ((StyrResultItem) i));
  set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
             _("Ogiltigt värde »%s« för »%s« i <%s>; väntade något av: %s"),
             text, name, attrs->spec->name, expected->str);
  return FALSE;
}

static gboolean
start_account_rule (Load        *load,
                    Pos          pos,
                    const Attrs *attrs)
{
  const char *first = get_attr (attrs, "fran");
  const char *last = get_attr (attrs, "till");
  guint n = styr_model_get_n_account_rules (load->model);
  GError *error = NULL;

  for (guint i = 0; i < n; i++)
    {
      const char *f, *l;

      styr_model_get_account_rule (load->model, i, &f, &l, NULL);
      if (strcmp (f, first) == 0 && strcmp (l, last) == 0)
        {
          g_autofree char *what = g_strdup_printf (_("regeln för kontona %s–%s"), first, last);
          return duplicate_row (load, pos, "konto", what);
        }
    }

  return check_setter (load, pos,
                       styr_model_map_accounts (load->model, first, last,
                                                get_attr (attrs, "kostnadsslag"), &error),
                       &error);
}

static gboolean
start_object_map (Load        *load,
                  Pos          pos,
                  const Attrs *attrs)
{
  const char *dim = get_attr (attrs, "dim");
  const char *object = get_attr (attrs, "id");
  StyrUnit *unit;
  GError *error = NULL;

  if ((unit = attr_unit (load, pos, attrs, "enhet")) == NULL)
    return FALSE;
  if (styr_model_lookup_object_unit (load->model, dim, object) != NULL)
    {
      g_autofree char *what = g_strdup_printf (_("objektet »%s« i dimension %s"), object, dim);
      return duplicate_row (load, pos, "objekt", what);
    }

  return check_setter (load, pos,
                       styr_model_map_object (load->model, dim, object, unit, &error),
                       &error);
}

/* <utfall>: the hot path of big files. */
static gboolean
start_outcome (Load        *load,
               Pos          pos,
               const Attrs *attrs)
{
  const char *category = get_attr (attrs, "kostnadsslag");
  StyrUnit *unit;
  int year, month;
  gint64 ore;
  gboolean replaced;
  GError *error = NULL;

  if ((unit = attr_unit (load, pos, attrs, "enhet")) == NULL ||
      !attr_month (load, pos, attrs, "period", &year, &month) ||
      !attr_amount (load, pos, attrs, "belopp", &ore, NULL))
    return FALSE;

  /* As for budget lines: setting an outcome the unit has replaces it. */
  if (!_styr_unit_add_outcome (unit, year, month, category, ore, &replaced, &error))
    return check_setter (load, pos, FALSE, &error);
  if (replaced)
    {
      g_autofree char *what = g_strdup_printf (_("utfallet för »%s«, %s %s"),
                                               get_attr (attrs, "enhet"), category,
                                               get_attr (attrs, "period"));
      return duplicate_row (load, pos, "utfall", what);
    }
  return TRUE;
}

static gboolean
start_unmapped (Load        *load,
                Pos          pos,
                const Attrs *attrs)
{
  const char *dim = empty_to_null (get_attr (attrs, "dim"));
  const char *object = empty_to_null (get_attr (attrs, "objekt"));
  const char *account = get_attr (attrs, "konto");
  int year, month;
  gint64 ore;
  guint n;
  GError *error = NULL;

  if (!attr_month (load, pos, attrs, "period", &year, &month) ||
      !attr_amount (load, pos, attrs, "belopp", &ore, NULL))
    return FALSE;

  /* The model adds an amount for a row it has to that row: a row that
   * does not make a new one repeats an earlier one. */
  n = styr_model_get_n_unmapped_outcomes (load->model);
  if (!styr_model_add_unmapped_outcome (load->model, year, month, dim, object,
                                        account, ore, &error))
    return check_setter (load, pos, FALSE, &error);
  if (styr_model_get_n_unmapped_outcomes (load->model) == n)
    {
      g_autofree char *what = g_strdup_printf (_("det omappade utfallet för konto %s, %s"),
                                               account, get_attr (attrs, "period"));
      return duplicate_row (load, pos, "omappat", what);
    }
  return TRUE;
}

/* <resultat post="…" ar="…" budget="…"/>,
 * <resultat post="…" period="…" utfall="…"/>, or, without an item,
 * <resultat ar="…" budget="…"/>: the budgeted result of the year. */
static gboolean
start_result_row (Load        *load,
                  Pos          pos,
                  const Attrs *attrs)
{
  gboolean budget = get_attr (attrs, "ar") != NULL || get_attr (attrs, "budget") != NULL;
  gboolean outcome = get_attr (attrs, "period") != NULL || get_attr (attrs, "utfall") != NULL;
  StyrResultItem item;
  int year, month = 0;
  gint64 ore;
  GError *error = NULL;

  if (get_attr (attrs, "post") == NULL)
    {
      /* No item: the budgeted result itself, <resultat ar="…" budget="…"/>. */
      if (outcome || get_attr (attrs, "ar") == NULL || get_attr (attrs, "budget") == NULL)
        {
          set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                     _("<resultat> utan »post« är årets budgeterade resultat och ska ha »ar« och »budget«"));
          return FALSE;
        }
      if (!attr_budget_year (load, pos, attrs, "ar", &year) ||
          !attr_amount (load, pos, attrs, "budget", &ore, NULL))
        return FALSE;
      if (styr_model_lookup_budgeted_result (load->model, year, NULL))
        {
          g_autofree char *what = g_strdup_printf (_("det budgeterade resultatet år %d"), year);
          return duplicate_row (load, pos, "resultat", what);
        }
      return check_setter (load, pos,
                           styr_model_set_budgeted_result (load->model, year, ore, &error),
                           &error);
    }

  if (!attr_result_item (load, pos, attrs, "post", &item))
    return FALSE;
  if (budget == outcome ||
      (budget && (get_attr (attrs, "ar") == NULL || get_attr (attrs, "budget") == NULL)) ||
      (outcome && (get_attr (attrs, "period") == NULL || get_attr (attrs, "utfall") == NULL)))
    {
      set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                 _("<resultat> ska ha antingen »ar« och »budget« (årets budget) eller »period« och »utfall« (en månads utfall)"));
      return FALSE;
    }

  if (budget)
    {
      if (!attr_budget_year (load, pos, attrs, "ar", &year) ||
          !attr_amount (load, pos, attrs, "budget", &ore, NULL))
        return FALSE;
      if (styr_model_lookup_result_budget (load->model, year, item, NULL))
        {
          g_autofree char *what = g_strdup_printf (_("budgeten för »%s« år %d"),
                                                   get_attr (attrs, "post"), year);
          return duplicate_row (load, pos, "resultat", what);
        }
      return check_setter (load, pos,
                           styr_model_set_result_budget (load->model, year, item, ore, &error),
                           &error);
    }

  if (!attr_month (load, pos, attrs, "period", &year, &month) ||
      !attr_amount (load, pos, attrs, "utfall", &ore, NULL))
    return FALSE;
  if (styr_model_lookup_result_outcome (load->model, year, month, item, NULL))
    {
      g_autofree char *what = g_strdup_printf (_("utfallet för »%s« %s"),
                                               get_attr (attrs, "post"),
                                               get_attr (attrs, "period"));
      return duplicate_row (load, pos, "resultat", what);
    }
  return check_setter (load, pos,
                       styr_model_set_result_outcome (load->model, year, month, item, ore, &error),
                       &error);
}


/* <prognos>: read here, stored with its comment at the end tag. */
static gboolean
start_forecast (Load        *load,
                Frame       *frame,
                Pos          pos,
                const Attrs *attrs)
{
  const char *occasion_id = get_attr (attrs, "tillfalle");
  const char *organ = get_attr (attrs, "organ");
  const char *unit = get_attr (attrs, "enhet");
  const char *post = get_attr (attrs, "post");
  gboolean found;

  if ((organ != NULL) + (unit != NULL) + (post != NULL) != 1)
    {
      set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                 _("<prognos> ska ha precis ett av »organ« (en nämnds prognos), »enhet« (en enhets) och »post« (en resultatposts)"));
      return FALSE;
    }
  if (!attr_id (load, pos, attrs, "tillfalle") ||
      !attr_amount (load, pos, attrs, "belopp", &frame->ore, NULL))
    return FALSE;

  frame->result_item = -1;
  if (organ != NULL)
    {
      if ((frame->forecast_of = (StyrEntity *) attr_organ (load, pos, attrs, "organ")) == NULL)
        return FALSE;
      found = styr_organ_lookup_forecast (STYR_ORGAN (frame->forecast_of), occasion_id, NULL, NULL);
    }
  else if (unit != NULL)
    {
      if ((frame->forecast_of = (StyrEntity *) attr_unit (load, pos, attrs, "enhet")) == NULL)
        return FALSE;
      found = styr_unit_lookup_forecast (STYR_UNIT (frame->forecast_of), occasion_id, NULL, NULL);
    }
  else
    {
      StyrResultItem item;

      if (!attr_result_item (load, pos, attrs, "post", &item))
        return FALSE;
      frame->result_item = (int) item;
      found = styr_model_lookup_result_forecast (load->model, occasion_id, item, NULL);
    }

  if (found)
    {
      g_autofree char *what = g_strdup_printf (_("prognosen för »%s« vid tillfället »%s«"),
                                               organ != NULL ? organ : unit != NULL ? unit : post,
                                               occasion_id);
      return duplicate_row (load, pos, "prognos", what);
    }

  frame->occasion_id = g_strdup (occasion_id);
  return TRUE;
}

static void
end_forecast (Load       *load,
              Frame      *frame,
              const char *comment)
{
  Pos pos = { frame->line, frame->column };
  GError *error = NULL;

  if (frame->forecast_of == NULL && comment != NULL)
    {
      set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                 _("<prognos post=\"…\"> kan inte ha någon kommentar; bara en nämnds eller en enhets prognos har det"));
      return;
    }

  if (frame->forecast_of == NULL)
    check_setter (load, pos,
                  styr_model_set_result_forecast (load->model, frame->occasion_id,
                                                  (StyrResultItem) frame->result_item,
                                                  frame->ore, &error),
                  &error);
  else if (STYR_IS_ORGAN (frame->forecast_of))
    check_setter (load, pos,
                  styr_organ_set_forecast (STYR_ORGAN (frame->forecast_of), frame->occasion_id,
                                           frame->ore, comment, &error),
                  &error);
  else
    check_setter (load, pos,
                  styr_unit_set_forecast (STYR_UNIT (frame->forecast_of), frame->occasion_id,
                                          frame->ore, comment, &error),
                  &error);
}


static gboolean
start_investment (Load        *load,
                  Frame       *frame,
                  Pos          pos,
                  const Attrs *attrs)
{
  const char *status_text = get_attr (attrs, "status");
  StyrInvestmentStatus status;
  StyrInvestment *investment;
  StyrOrgan *organ = NULL;
  gint64 total;
  int start, end;
  GError *error = NULL;

  if (!styr_investment_status_from_id (status_text, &status))
    {
      g_autoptr(GString) expected = g_string_new (NULL);

      for (int i = 0; i <= STYR_INVESTMENT_STATUS_POSTPONED; i++)
        g_string_append_printf (expected, "%s»%s«", i > 0 ? ", " : "",
                                styr_investment_status_get_id ((StyrInvestmentStatus) i));
      set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                 _("Ogiltigt värde »%s« för »status« i <investering>; väntade något av: %s"),
                 status_text, expected->str);
      return FALSE;
    }
  if (!attr_amount (load, pos, attrs, "total-budget", &total, NULL) ||
      !attr_year (load, pos, attrs, "start-ar", &start) ||
      !attr_year (load, pos, attrs, "slut-ar", &end))
    return FALSE;
  if (get_attr (attrs, "organ") != NULL &&
      (organ = attr_organ (load, pos, attrs, "organ")) == NULL)
    return FALSE;

  investment = styr_investment_new (get_attr (attrs, "id"),
                                    empty_to_null (get_attr (attrs, "namn")));
  styr_investment_set_status (investment, status);
  styr_investment_set_total_budget (investment, total);
  styr_investment_set_start_year (investment, start);
  styr_investment_set_end_year (investment, end);
  frame->entity = STYR_ENTITY (investment);
  if (!add_entity (load, pos, frame->entity))
    return FALSE;
  return organ == NULL ||
         check_setter (load, pos, styr_investment_set_organ (investment, organ, &error), &error);
}

static gboolean
start_investment_row (Load        *load,
                      Frame       *frame,
                      Frame       *parent,
                      Pos          pos,
                      const Attrs *attrs)
{
  StyrInvestment *investment = STYR_INVESTMENT (parent->entity);
  const char *id = styr_entity_get_id (parent->entity);
  g_autofree char *what = NULL;
  gint64 ore, total;
  int year, month;
  GError *error = NULL;

  switch (frame->elem)
    {
    case E_INVESTERING_AR:
      if (!attr_budget_year (load, pos, attrs, "ar", &year) ||
          !attr_amount (load, pos, attrs, "budget", &ore, NULL))
        return FALSE;
      if (styr_investment_lookup_budget (investment, year, NULL))
        {
          what = g_strdup_printf (_("budgeten för »%s« år %d"), id, year);
          return duplicate_row (load, pos, "ar", what);
        }
      return check_setter (load, pos,
                           styr_investment_set_budget (investment, year, ore, &error), &error);

    case E_INVESTERING_UTFALL:
      if (!attr_month (load, pos, attrs, "period", &year, &month) ||
          !attr_amount (load, pos, attrs, "belopp", &ore, NULL))
        return FALSE;
      if (styr_investment_lookup_outcome (investment, year, month, NULL))
        {
          what = g_strdup_printf (_("utfallet för »%s« %s"), id, get_attr (attrs, "period"));
          return duplicate_row (load, pos, "utfall", what);
        }
      return check_setter (load, pos,
                           styr_investment_set_outcome (investment, year, month, ore, &error),
                           &error);

    case E_INVESTERING_PROGNOS:
      if (!attr_id (load, pos, attrs, "tillfalle") ||
          !attr_amount (load, pos, attrs, "ar-belopp", &ore, NULL) ||
          !attr_amount (load, pos, attrs, "total-belopp", &total, NULL))
        return FALSE;
      if (styr_investment_lookup_forecast (investment, get_attr (attrs, "tillfalle"), NULL, NULL))
        {
          what = g_strdup_printf (_("prognosen för »%s« vid tillfället »%s«"),
                                  id, get_attr (attrs, "tillfalle"));
          return duplicate_row (load, pos, "prognos", what);
        }
      return check_setter (load, pos,
                           styr_investment_set_forecast (investment, get_attr (attrs, "tillfalle"),
                                                         ore, total, &error),
                           &error);

    case E_STYR:
    case E_KOMMUN:
    case E_VISION:
    case E_VARDE:
    case E_SKALA:
    case E_NIVA:
    case E_KALENDER:
    case E_TILLFALLE:
    case E_PERSPEKTIV:
    case E_BESKRIVNING:
    case E_ORGAN:
    case E_ENHET:
    case E_DOKUMENT:
    case E_FOKUSOMRADE:
    case E_INDIKATOR:
    case E_MALVARDE:
    case E_MATVARDE:
    case E_JAMFORELSE:
    case E_MAL:
    case E_BIDRAR_TILL:
    case E_REF_FOKUSOMRADE:
    case E_REF_INDIKATOR:
    case E_BEDOMNING:
    case E_ANALYS:
    case E_ATGARDER:
    case E_AKTIVITET:
    case E_FORVANTAT_RESULTAT:
    case E_REF_MAL:
    case E_ARENA:
    case E_PULS:
    case E_MEDLEM:
    case E_REF_AKTIVITET:
    case E_EKONOMI:
    case E_NYCKEL:
    case E_KONTO:
    case E_OBJEKT:
    case E_RAM:
    case E_FORDELNING:
    case E_DRIVARE:
    case E_FORDELNINGSAR:
    case E_VOLYM:
    case E_PRIS:
    case E_BUDGET:
    case E_UTFALL:
    case E_OMAPPAT:
    case E_RESULTAT:
    case E_PROGNOS:
    case E_INVESTERING:
    case N_ELEMS:
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

static gboolean
start_economy_element (Load        *load,
                       Frame       *frame,
                       Frame       *parent,
                       Pos          pos,
                       const Attrs *attrs)
{
  switch (frame->elem)
    {
    case E_EKONOMI:
      /* Every entity and every reference between them comes before
       * <ekonomi>: complete the model now, so that economy data is
       * applied to the model as it will be. */
      resolve_refs (load);
      if (load->error == NULL)
        apply_assessments (load);
      g_array_set_size (load->refs, 0);
      g_array_set_size (load->assessments, 0);
      g_string_chunk_clear (load->ids);
      return load->error == NULL;

    case E_NYCKEL:
      return start_key (load, pos, attrs);

    case E_RAM:
      return start_frame (load, pos, attrs);

    case E_FORDELNING:
      return start_allocation (load, frame, pos, attrs);

    case E_DRIVARE:
      {
        GError *error = NULL;

        return check_setter (load, pos,
                             styr_allocation_add_driver (parent->allocation,
                                                         get_attr (attrs, "id"),
                                                         empty_to_null (get_attr (attrs, "namn")),
                                                         empty_to_null (get_attr (attrs, "enhet")),
                                                         &error),
                             &error);
      }

    case E_FORDELNINGSAR:
      return start_allocation_year (load, parent, pos, attrs);

    case E_VOLYM:
    case E_PRIS:
      return start_driver_figure (load, frame, parent, pos, attrs);

    case E_BUDGET:
      return start_budget_line (load, pos, attrs);

    case E_KONTO:
      return start_account_rule (load, pos, attrs);

    case E_OBJEKT:
      return start_object_map (load, pos, attrs);

    case E_UTFALL:
      return start_outcome (load, pos, attrs);

    case E_OMAPPAT:
      return start_unmapped (load, pos, attrs);

    case E_RESULTAT:
      return start_result_row (load, pos, attrs);
    case E_PROGNOS:
      return start_forecast (load, frame, pos, attrs);

    case E_INVESTERING:
      return start_investment (load, frame, pos, attrs);

    case E_INVESTERING_AR:
    case E_INVESTERING_UTFALL:
    case E_INVESTERING_PROGNOS:
      return start_investment_row (load, frame, parent, pos, attrs);

    case E_STYR:
    case E_KOMMUN:
    case E_VISION:
    case E_VARDE:
    case E_SKALA:
    case E_NIVA:
    case E_KALENDER:
    case E_TILLFALLE:
    case E_PERSPEKTIV:
    case E_BESKRIVNING:
    case E_ORGAN:
    case E_ENHET:
    case E_DOKUMENT:
    case E_FOKUSOMRADE:
    case E_INDIKATOR:
    case E_MALVARDE:
    case E_MATVARDE:
    case E_JAMFORELSE:
    case E_MAL:
    case E_BIDRAR_TILL:
    case E_REF_FOKUSOMRADE:
    case E_REF_INDIKATOR:
    case E_BEDOMNING:
    case E_ANALYS:
    case E_ATGARDER:
    case E_AKTIVITET:
    case E_FORVANTAT_RESULTAT:
    case E_REF_MAL:
    case E_ARENA:
    case E_PULS:
    case E_MEDLEM:
    case E_REF_AKTIVITET:
    case N_ELEMS:
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

static gboolean
start_element_attrs (Load  *load,
                     Frame *frame,
                     Pos    pos,
                     Attrs *attrs)
{
  const ElemSpec *spec = attrs->spec;
  GError *error = NULL;
  Frame *parent = (load->frames->len > 0) ? top_frame (load) : NULL;

  switch (frame->elem)
    {
    case E_KOMMUN:
      {
        const char *code = get_attr (attrs, "kommunkod");

        if (code != NULL &&
            (strlen (code) != 4 || !g_ascii_isdigit (code[0]) || !g_ascii_isdigit (code[1]) ||
             !g_ascii_isdigit (code[2]) || !g_ascii_isdigit (code[3])))
          {
            set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                       _("Ogiltig kommunkod »%s«; väntade fyra siffror, till exempel »1292«"),
                       code);
            return FALSE;
          }
        if (!attr_id (load, pos, attrs, "sammanvagning"))
          return FALSE;
        styr_model_set_name (load->model, empty_to_null (get_attr (attrs, "namn")));
        styr_model_set_kommunkod (load->model, empty_to_null (code));
        /* Absent means the default rule (NULL restores it). */
        styr_model_set_rollup_rule (load->model, get_attr (attrs, "sammanvagning"));
      }
      return TRUE;

    case E_SKALA:
      {
        g_autoptr(StyrScale) scale = NULL;

        if (!attr_id (load, pos, attrs, "id"))
          return FALSE;
        scale = styr_scale_new (get_attr (attrs, "id"));
        styr_scale_set_name (scale, empty_to_null (get_attr (attrs, "namn")));
        styr_scale_set_not_assessed_label (scale, empty_to_null (get_attr (attrs, "ej-bedomd")));
        styr_model_set_scale (load->model, scale);
        load->scale = scale;
      }
      return TRUE;

    case E_NIVA:
      {
        g_autoptr(StyrScaleLevel) level = NULL;
        double score;

        if (!attr_id (load, pos, attrs, "id") ||
            !attr_colour (load, pos, attrs, "farg") ||
            !attr_double (load, pos, attrs, "poang", &score))
          return FALSE;
        level = styr_scale_level_new (get_attr (attrs, "id"));
        styr_scale_level_set_label (level, empty_to_null (get_attr (attrs, "namn")));
        styr_scale_level_set_colour (level, empty_to_null (get_attr (attrs, "farg")));
        styr_scale_level_set_score (level, score);
        if (!styr_scale_add_level (load->scale, level, &error))
          {
            take_error (load, pos.line, pos.column, error);
            return FALSE;
          }
      }
      return TRUE;

    case E_KALENDER:
      {
        g_autoptr(StyrCalendar) calendar =
          styr_calendar_new (empty_to_null (get_attr (attrs, "namn")));

        styr_model_set_calendar (load->model, calendar);
        load->calendar = calendar;
      }
      return TRUE;

    case E_TILLFALLE:
      {
        g_autoptr(StyrOccasion) occasion = NULL;
        g_autoptr(StyrOccasion) last = NULL;
        StyrPeriod period;
        const char *flags_text = get_attr (attrs, "flaggor");
        GListModel *occasions;
        guint flags = STYR_OCCASION_FLAGS_NONE;
        GDate deadline;

        if (!attr_period (load, pos, attrs, "period", &period) ||
            !attr_date (load, pos, attrs, "sista-dag", &deadline))
          return FALSE;
        if (flags_text != NULL &&
            !_styr_format_flags_from_string (STYR_TYPE_OCCASION_FLAGS, flags_text, &flags))
          {
            g_autofree char *expected = _styr_format_enum_tokens (STYR_TYPE_OCCASION_FLAGS);

            set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                       _("Ogiltigt värde »%s« för »flaggor« i <tillfalle>; väntade några av %s, åtskilda av mellanslag, i den ordningen och högst en gång vardera"),
                       flags_text, expected);
            return FALSE;
          }
        occasion = styr_occasion_new (get_attr (attrs, "id"),
                                      empty_to_null (get_attr (attrs, "namn")),
                                      &period, flags);
        styr_occasion_set_deadline (occasion, g_date_valid (&deadline) ? &deadline : NULL);
        if (!styr_calendar_add_occasion (load->calendar, occasion, &error))
          {
            take_error (load, pos.line, pos.column, error);
            return FALSE;
          }
        /* The calendar keeps its order; the file must have it too. */
        occasions = styr_calendar_get_occasions (load->calendar);
        last = g_list_model_get_item (occasions, g_list_model_get_n_items (occasions) - 1);
        if (last != occasion)
          {
            set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                       _("<tillfalle id=\"%s\"> står i fel ordning; tillfällena ska stå i årshjulets ordning, efter periodens slut"),
                       get_attr (attrs, "id"));
            return FALSE;
          }
      }
      return TRUE;

    case E_PERSPEKTIV:
      {
        StyrPerspective *perspective;

        if (!attr_colour (load, pos, attrs, "farg"))
          return FALSE;
        perspective = styr_perspective_new (get_attr (attrs, "id"),
                                            empty_to_null (get_attr (attrs, "namn")));
        styr_perspective_set_colour (perspective, empty_to_null (get_attr (attrs, "farg")));
        frame->entity = STYR_ENTITY (perspective);
        return add_entity (load, pos, frame->entity);
      }

    case E_ORGAN:
      {
        int kind;

        if (!attr_enum (load, pos, attrs, "typ", STYR_TYPE_ORGAN_KIND, &kind))
          return FALSE;
        frame->entity = STYR_ENTITY (styr_organ_new (get_attr (attrs, "id"), kind,
                                                     empty_to_null (get_attr (attrs, "namn"))));
        return add_entity (load, pos, frame->entity) &&
               add_ref (load, pos, attrs, "sektor", REF_ORGAN_SECTOR, frame->entity) &&
               add_ref (load, pos, attrs, "agardirektiv", REF_ORGAN_DIRECTIVE, frame->entity);
      }

    case E_ENHET:
      {
        StyrUnit *unit;
        int kind;

        if (!attr_enum (load, pos, attrs, "niva", STYR_TYPE_UNIT_KIND, &kind))
          return FALSE;
        unit = styr_unit_new (get_attr (attrs, "id"), kind,
                              empty_to_null (get_attr (attrs, "namn")));
        styr_unit_set_head (unit, empty_to_null (get_attr (attrs, "chef")));
        frame->entity = STYR_ENTITY (unit);
        return add_entity (load, pos, frame->entity) &&
               add_ref (load, pos, attrs, "overordnad", REF_UNIT_PARENT, frame->entity) &&
               add_ref (load, pos, attrs, "namnd", REF_UNIT_BUDGET_ORGAN, frame->entity);
      }

    case E_DOKUMENT:
      {
        StyrDocument *document;
        int kind, status, year;
        GDate decided, from, until, review;

        if (!attr_enum (load, pos, attrs, "typ", STYR_TYPE_DOCUMENT_KIND, &kind) ||
            !attr_enum (load, pos, attrs, "status", STYR_TYPE_DOCUMENT_STATUS, &status) ||
            !attr_year (load, pos, attrs, "ar", &year) ||
            !attr_date (load, pos, attrs, "beslutsdatum", &decided) ||
            !attr_date (load, pos, attrs, "giltig-fran", &from) ||
            !attr_date (load, pos, attrs, "giltig-till", &until) ||
            !attr_date (load, pos, attrs, "revideras", &review))
          return FALSE;
        document = styr_document_new (get_attr (attrs, "id"), kind,
                                      empty_to_null (get_attr (attrs, "titel")));
        styr_document_set_status (document, status);
        styr_document_set_year (document, year);
        styr_document_set_decision (document, empty_to_null (get_attr (attrs, "beslut")));
        styr_document_set_decision_date (document, g_date_valid (&decided) ? &decided : NULL);
        styr_document_set_valid_from (document, g_date_valid (&from) ? &from : NULL);
        styr_document_set_valid_until (document, g_date_valid (&until) ? &until : NULL);
        styr_document_set_review_date (document, g_date_valid (&review) ? &review : NULL);
        styr_document_set_responsible (document, empty_to_null (get_attr (attrs, "ansvarig")));
        frame->entity = STYR_ENTITY (document);
        return add_entity (load, pos, frame->entity) &&
               add_ref (load, pos, attrs, "agare", REF_DOCUMENT_OWNER, frame->entity);
      }

    case E_FOKUSOMRADE:
      frame->entity = STYR_ENTITY (styr_focus_area_new (get_attr (attrs, "id"),
                                                        empty_to_null (get_attr (attrs, "namn"))));
      return add_entity (load, pos, frame->entity) &&
             add_ref (load, pos, attrs, "agare", REF_FOCUS_AREA_OWNER, frame->entity);

    case E_INDIKATOR:
      {
        StyrIndicator *indicator;
        int direction, source, frequency, year;
        double baseline;
        gboolean split = FALSE;
        const char *split_text = get_attr (attrs, "konsuppdelad");
        const char *rule_text = get_attr (attrs, "regel");
        StyrFinancialRule rule = STYR_FINANCIAL_RULE_NONE;

        if (!attr_enum (load, pos, attrs, "riktning", STYR_TYPE_INDICATOR_DIRECTION, &direction) ||
            !attr_enum (load, pos, attrs, "kalla", STYR_TYPE_INDICATOR_SOURCE, &source) ||
            !attr_enum (load, pos, attrs, "frekvens", STYR_TYPE_FREQUENCY, &frequency) ||
            !attr_double (load, pos, attrs, "basvarde", &baseline) ||
            !attr_year (load, pos, attrs, "basar", &year))
          return FALSE;
        if (split_text != NULL && !_styr_format_parse_bool (split_text, &split))
          {
            set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                       _("Ogiltigt värde »%s« för »konsuppdelad« i <indikator>; väntade »ja« eller »nej«"),
                       split_text);
            return FALSE;
          }
        if (rule_text != NULL && !styr_financial_rule_from_id (rule_text, &rule))
          {
            g_autoptr(GString) expected = g_string_new (NULL);

            for (int i = STYR_FINANCIAL_RULE_NONE; i <= STYR_FINANCIAL_RULE_BUDGET_DEVIATION; i++)
              {
                const char *id = styr_financial_rule_get_id ((StyrFinancialRule) i);

                if (id != NULL && i != STYR_FINANCIAL_RULE_NONE)
                  g_string_append_printf (expected, "%s»%s«", expected->len > 0 ? ", " : "", id);
              }
            set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                       _("Ogiltigt värde »%s« för »regel« i <indikator>; väntade något av: %s"),
                       rule_text, expected->str);
            return FALSE;
          }
        indicator = styr_indicator_new (get_attr (attrs, "id"),
                                        empty_to_null (get_attr (attrs, "namn")));
        styr_indicator_set_measure_unit (indicator, empty_to_null (get_attr (attrs, "mattenhet")));
        styr_indicator_set_direction (indicator, direction);
        styr_indicator_set_source (indicator, source);
        styr_indicator_set_source_id (indicator, empty_to_null (get_attr (attrs, "kalla-id")));
        styr_indicator_set_baseline (indicator, baseline);
        styr_indicator_set_baseline_year (indicator, year);
        styr_indicator_set_frequency (indicator, frequency);
        styr_indicator_set_gender_split (indicator, split);
        styr_indicator_set_financial_rule (indicator, rule);
        frame->entity = STYR_ENTITY (indicator);
        return add_entity (load, pos, frame->entity);
      }

    case E_MALVARDE:
      {
        StyrIndicator *indicator = STYR_INDICATOR (parent->entity);
        int year;
        double value, high, yellow;
        gboolean ok;

        if (!attr_year (load, pos, attrs, "ar", &year) ||
            !attr_double (load, pos, attrs, "varde", &value) ||
            !attr_double (load, pos, attrs, "hog", &high) ||
            !attr_double (load, pos, attrs, "gul", &yellow))
          return FALSE;
        if (year <= parent->last_year)
          {
            set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                       _("Målvärdet för år %d kommer efter målvärdet för år %" G_GINT64_FORMAT "; målvärdena ska stå i årsordning (0 först), ett per år"),
                       year, parent->last_year);
            return FALSE;
          }
        parent->last_year = year;

        if (isnan (high))
          ok = styr_indicator_set_target (indicator, year, value, &error);
        else
          ok = styr_indicator_set_target_range (indicator, year, value, high, &error);
        if (ok && !isnan (yellow))
          ok = styr_indicator_set_yellow_threshold (indicator, year, yellow, &error);
        if (!ok)
          {
            take_error (load, pos.line, pos.column, error);
            return FALSE;
          }
      }
      return TRUE;

    case E_MATVARDE:
      {
        const char *text = get_attr (attrs, "period");
        g_autoptr(GError) period_error = NULL;

        if (!_styr_period_parse_into (text, &frame->period, &period_error))
          {
            set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                       _("Ogiltig period »%s« för »period« i <matvarde>; väntade till exempel »2025«, »2025-T2«, »2025-Q3« eller »2025-05« (%s)"),
                       text, period_error->message);
            return FALSE;
          }
        if (!attr_double (load, pos, attrs, "varde", &frame->value) ||
            !attr_double (load, pos, attrs, "kvinnor", &frame->women) ||
            !attr_double (load, pos, attrs, "man", &frame->men))
          return FALSE;
        if (parent->has_last_period &&
            styr_period_compare (&frame->period, &parent->last_period) <= 0)
          {
            g_autofree char *last = styr_period_to_string (&parent->last_period);

            set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                       _("Mätvärdet för %s kommer efter mätvärdet för %s; mätvärdena ska stå i periodordning, ett per period"),
                       text, last);
            return FALSE;
          }
      }
      return TRUE;

    case E_JAMFORELSE:
      {
        StyrPeriod period;
        const char *code = get_attr (attrs, "kommun");
        guint32 key;
        guint number;
        double value;

        if (strlen (code) != 4 || !g_ascii_isdigit (code[0]) || !g_ascii_isdigit (code[1]) ||
            !g_ascii_isdigit (code[2]) || !g_ascii_isdigit (code[3]))
          {
            set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                       _("Ogiltig kommunkod »%s« för »kommun« i <jamforelse>; väntade fyra siffror, till exempel »1292«"),
                       code);
            return FALSE;
          }
        if (!attr_period (load, pos, attrs, "period", &period) ||
            !attr_double (load, pos, attrs, "varde", &value))
          return FALSE;

        key = _styr_period_to_key (&period);
        number = (guint) ((code[0] - '0') * 1000 + (code[1] - '0') * 100 +
                          (code[2] - '0') * 10 + (code[3] - '0'));
        if (parent->has_comparison &&
            (key < parent->last_comparison_key ||
             (key == parent->last_comparison_key && number <= parent->last_comparison_code)))
          {
            set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                       _("Jämförelsevärdet för kommun %s och %s står i fel ordning; jämförelsevärdena ska stå i periodordning och inom en period efter kommunkod, ett per kommun och period"),
                       code, get_attr (attrs, "period"));
            return FALSE;
          }
        parent->has_comparison = TRUE;
        parent->last_comparison_key = key;
        parent->last_comparison_code = number;

        if (!styr_indicator_set_comparison_value (STYR_INDICATOR (parent->entity), code,
                                                  &period, value, &error))
          {
            take_error (load, pos.line, pos.column, error);
            return FALSE;
          }
      }
      return TRUE;

    case E_BEDOMNING:
      {
        PendingAssessment pending = { 0 };

        if (!attr_id (load, pos, attrs, "tillfalle") ||
            !attr_id (load, pos, attrs, "niva") ||
            !attr_id (load, pos, attrs, "prognos") ||
            !attr_date (load, pos, attrs, "datum", &pending.assessed_on))
          return FALSE;
        pending.goal = STYR_GOAL (parent->entity);
        pending.occasion_id = g_string_chunk_insert (load->ids, get_attr (attrs, "tillfalle"));
        pending.level_id = g_strdup (empty_to_null (get_attr (attrs, "niva")));
        pending.prognosis_id = g_strdup (empty_to_null (get_attr (attrs, "prognos")));
        pending.assessed_by = g_strdup (empty_to_null (get_attr (attrs, "av")));
        pending.line = pos.line;
        pending.column = pos.column;
        g_array_append_val (load->assessments, pending);
      }
      return TRUE;

    case E_MAL:
      {
        int level;

        if (!attr_enum (load, pos, attrs, "niva", STYR_TYPE_GOAL_LEVEL, &level) ||
            !attr_id (load, pos, attrs, "sammanvagning"))
          return FALSE;
        frame->entity = STYR_ENTITY (styr_goal_new (get_attr (attrs, "id"), level,
                                                    empty_to_null (get_attr (attrs, "titel"))));
        styr_goal_set_rollup_rule (STYR_GOAL (frame->entity), get_attr (attrs, "sammanvagning"));
        return add_entity (load, pos, frame->entity) &&
               add_ref (load, pos, attrs, "perspektiv", REF_GOAL_PERSPECTIVE, frame->entity) &&
               add_ref (load, pos, attrs, "agare", REF_GOAL_OWNER, frame->entity) &&
               add_ref (load, pos, attrs, "dokument", REF_GOAL_DOCUMENT, frame->entity);
      }

    case E_BIDRAR_TILL:
      return add_ref (load, pos, attrs, "mal", REF_GOAL_PARENT, parent->entity);

    case E_REF_FOKUSOMRADE:
      return add_ref (load, pos, attrs, "ref",
                      parent->elem == E_MAL ? REF_GOAL_FOCUS_AREA : REF_ACTIVITY_FOCUS_AREA,
                      parent->entity);

    case E_REF_INDIKATOR:
      return add_ref (load, pos, attrs, "ref",
                      parent->elem == E_MAL ? REF_GOAL_INDICATOR : REF_ACTIVITY_INDICATOR,
                      parent->entity);

    case E_REF_MAL:
      return add_ref (load, pos, attrs, "ref",
                      parent->elem == E_AKTIVITET ? REF_ACTIVITY_GOAL : REF_ARENA_GOAL,
                      parent->entity);

    case E_REF_AKTIVITET:
      return add_ref (load, pos, attrs, "ref", REF_ARENA_ACTIVITY, parent->entity);

    case E_MEDLEM:
      return add_ref (load, pos, attrs, "enhet", REF_ARENA_MEMBER, parent->entity);

    case E_AKTIVITET:
      {
        StyrActivity *activity;
        int status;
        GDate start, end;

        if (!attr_enum (load, pos, attrs, "status", STYR_TYPE_ACTIVITY_STATUS, &status) ||
            !attr_date (load, pos, attrs, "start", &start) ||
            !attr_date (load, pos, attrs, "slut", &end))
          return FALSE;
        activity = styr_activity_new (get_attr (attrs, "id"),
                                      empty_to_null (get_attr (attrs, "titel")));
        styr_activity_set_status (activity, status);
        styr_activity_set_start_date (activity, g_date_valid (&start) ? &start : NULL);
        styr_activity_set_end_date (activity, g_date_valid (&end) ? &end : NULL);
        styr_activity_set_responsible (activity, empty_to_null (get_attr (attrs, "ansvarig")));
        frame->entity = STYR_ENTITY (activity);
        return add_entity (load, pos, frame->entity) &&
               add_ref (load, pos, attrs, "enhet", REF_ACTIVITY_UNIT, frame->entity) &&
               add_ref (load, pos, attrs, "dokument", REF_ACTIVITY_DOCUMENT, frame->entity);
      }

    case E_ARENA:
      {
        StyrArena *arena = styr_arena_new (get_attr (attrs, "id"),
                                           empty_to_null (get_attr (attrs, "namn")));

        styr_arena_set_coordinator (arena, empty_to_null (get_attr (attrs, "samordnare")));
        frame->entity = STYR_ENTITY (arena);
        return add_entity (load, pos, frame->entity) &&
               add_ref (load, pos, attrs, "agare", REF_ARENA_OWNER, frame->entity);
      }

    case E_PULS:
      {
        int step;

        if (!attr_enum (load, pos, attrs, "steg", STYR_TYPE_PULS_STEP, &step))
          return FALSE;
        if (step <= parent->step)
          {
            set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                       _("<puls steg=\"%s\"> kommer i fel ordning eller en gång för mycket; stegen står i ordningen »p«, »u«, »l«, »s«, högst en gång vardera"),
                       get_attr (attrs, "steg"));
            return FALSE;
          }
        parent->step = step;
        frame->step = step;
      }
      return TRUE;

    case E_EKONOMI:
    case E_NYCKEL:
    case E_KONTO:
    case E_OBJEKT:
    case E_RAM:
    case E_FORDELNING:
    case E_DRIVARE:
    case E_FORDELNINGSAR:
    case E_VOLYM:
    case E_PRIS:
    case E_BUDGET:
    case E_UTFALL:
    case E_OMAPPAT:
    case E_RESULTAT:
    case E_PROGNOS:
    case E_INVESTERING:
    case E_INVESTERING_AR:
    case E_INVESTERING_UTFALL:
    case E_INVESTERING_PROGNOS:
      return start_economy_element (load, frame, parent, pos, attrs);

    case E_STYR:
    case E_VISION:
    case E_VARDE:
    case E_BESKRIVNING:
    case E_FORVANTAT_RESULTAT:
    case E_ANALYS:
    case E_ATGARDER:
    case N_ELEMS:
    default:
      (void) spec;
      return TRUE;
    }
}

static void
start_element (Load *load)
{
  const char *local = load->el->local;
  const char *ns = load->el_ns;
  Pos pos = load->el->pos;
  Frame *parent = top_frame (load);
  Frame frame = { 0 };
  Attrs attrs = { 0 };
  const ElemSpec *spec = NULL;
  int n_attrs;
  gboolean ok;

  if (local == NULL)
    local = "";

  if ((int) load->frames->len + 1 > load->max_depth)
    {
      set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_LIMIT_EXCEEDED,
                 _("Elementen är nästlade djupare än de %d nivåer som tillåts"),
                 load->max_depth);
      return;
    }

  /* Namespace declarations count, as they are attributes in the file. */
  n_attrs = (int) (load->el->n_attrs + load->el->n_namespaces);
  if (n_attrs > load->max_attributes)
    {
      set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_LIMIT_EXCEEDED,
                 _("<%s> har %d attribut; högst %d tillåts"),
                 local, n_attrs, load->max_attributes);
      return;
    }

  frame.line = pos.line;
  frame.column = pos.column;
  frame.stage = -1;
  frame.last_year = -1;
  frame.step = -1;

  if (parent == NULL)
    {
      if (load->seen_root)
        {
          set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                     _("Oväntat element <%s> efter </styr>"), local);
          return;
        }
      load->seen_root = TRUE;
      if (!start_root (load, pos, local, ns))
        return;
      frame.elem = E_STYR;
      g_array_append_val (load->frames, frame);
      return;
    }
  else
    {
      const ElemSpec *parent_spec = &specs[parent->elem];
      /* Found by the parse thread (see find_child ()). */
      int index = load->el->child_index;

      if (index < 0 || load->el->ns != EV_NS_STYR)
        {
          if (parent_spec->children == NULL)
            set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                       _("Oväntat element <%s>: <%s> får inte innehålla några element"),
                       local, parent_spec->name);
          else
            {
              g_autofree char *expected = spec_children_list (parent_spec);

              if (index >= 0)
                set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                           _("Elementet <%s> har namnrymden »%s«, väntade »%s«"),
                           local, ns != NULL ? ns : "", STYR_FORMAT_NAMESPACE);
              else
                set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                           _("Okänt element <%s> i <%s>; väntade något av: %s"),
                           local, parent_spec->name, expected);
            }
          return;
        }

      if (index < parent->stage ||
          (index == parent->stage && parent_spec->children[index].once))
        {
          g_autofree char *expected = spec_children_list (parent_spec);

          set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                     index == parent->stage
                       ? _("<%s> får bara förekomma en gång i <%s>")
                       : _("<%s> står på fel plats i <%s>; elementen ska stå i ordningen %s"),
                     local, parent_spec->name, expected);
          return;
        }
      parent->stage = index;
      frame.elem = parent_spec->children[index].elem;
      spec = &specs[frame.elem];
    }

  ok = read_attributes (load, spec, pos, &attrs);
  if (ok)
    {
      /* An entity's id first: every other check can name it then. */
      if (load->has_id[frame.elem] && frame.elem != E_SKALA && frame.elem != E_NIVA &&
          frame.elem != E_OBJEKT)
        ok = attr_id (load, pos, &attrs, "id");
      if (ok)
        ok = start_element_attrs (load, &frame, pos, &attrs);
    }
  attrs_clear (&attrs);

  if (!ok)
    {
      frame_clear (&frame);
      return;
    }

  if (spec->text)
    {
      frame.text = g_steal_pointer (&load->spare_text);
      if (frame.text != NULL)
        g_string_truncate (frame.text, 0);
      else
        frame.text = g_string_new (NULL);
    }
  g_array_append_val (load->frames, frame);
}

static void
end_element (Load *load)
{
  Frame *frame = top_frame (load);
  Frame *parent;
  const char *text;
  GError *error = NULL;

  g_assert (frame != NULL);
  parent = load->frames->len > 1 ? &g_array_index (load->frames, Frame, load->frames->len - 2) : NULL;
  text = frame->text != NULL ? frame->text->str : NULL;

  switch (frame->elem)
    {
    case E_STYR:
      if (frame->stage < 0 || load->scale == NULL)
        set_error (load, frame->line, frame->column, STYR_ERROR, STYR_ERROR_PARSE,
                   frame->stage < 0
                     ? _("<styr> saknar <kommun>, som krävs")
                     : _("<styr> saknar <skala>, som krävs"));
      load->done_root = TRUE;
      break;

    case E_KOMMUN:
      g_ptr_array_add (load->values, NULL);
      styr_model_set_values (load->model, (const char * const *) load->values->pdata);
      g_ptr_array_set_size (load->values, 0);
      break;

    case E_VISION:
      styr_model_set_vision (load->model, empty_to_null (text));
      break;

    case E_VARDE:
      g_ptr_array_add (load->values, g_strdup (text));
      break;

    case E_BESKRIVNING:
      {
        StyrEntity *entity = parent_entity (load);

        text = empty_to_null (text);
        if (STYR_IS_PERSPECTIVE (entity))
          styr_perspective_set_description (STYR_PERSPECTIVE (entity), text);
        else if (STYR_IS_FOCUS_AREA (entity))
          styr_focus_area_set_description (STYR_FOCUS_AREA (entity), text);
        else if (STYR_IS_INDICATOR (entity))
          styr_indicator_set_description (STYR_INDICATOR (entity), text);
        else if (STYR_IS_GOAL (entity))
          styr_goal_set_description (STYR_GOAL (entity), text);
        else if (STYR_IS_ACTIVITY (entity))
          styr_activity_set_description (STYR_ACTIVITY (entity), text);
        else if (STYR_IS_ARENA (entity))
          styr_arena_set_description (STYR_ARENA (entity), text);
        else
          g_assert_not_reached ();
      }
      break;

    case E_ANALYS:
    case E_ATGARDER:
      {
        PendingAssessment *pending = &g_array_index (load->assessments, PendingAssessment,
                                                     load->assessments->len - 1);
        char **field = frame->elem == E_ANALYS ? &pending->analysis : &pending->measures;

        g_free (*field);
        *field = g_strdup (empty_to_null (text));
      }
      break;

    case E_FORVANTAT_RESULTAT:
      styr_activity_set_expected_result (STYR_ACTIVITY (parent_entity (load)),
                                         empty_to_null (text));
      break;

    case E_PULS:
      styr_arena_set_puls_step (STYR_ARENA (parent_entity (load)), frame->step,
                                empty_to_null (text));
      break;

    case E_PROGNOS:
      end_forecast (load, frame, empty_to_null (text));
      break;

    case E_MATVARDE:
      if (!_styr_indicator_check_value (STYR_INDICATOR (parent_entity (load)),
                                        &frame->period, frame->value,
                                        frame->women, frame->men, &error))
        take_error (load, frame->line, frame->column, error);
      else
        {
          /* The rows come in period order (checked at the start tag), so
           * sorted by key, each key once. */
          StyrMeasurement row = { _styr_period_to_key (&frame->period),
                                  frame->value, frame->women, frame->men,
                                  g_strdup (empty_to_null (text)) };

          g_array_append_val (load->measurements, row);
          /* The next row is checked against this period. */
          parent->last_period = frame->period;
          parent->has_last_period = TRUE;
        }
      break;

    case E_INDIKATOR:
      _styr_indicator_take_measurements (STYR_INDICATOR (frame->entity),
                                         (const StyrMeasurement *) (gpointer) load->measurements->data,
                                         load->measurements->len);
      g_array_set_size (load->measurements, 0);
      break;

    case E_SKALA:
    case E_NIVA:
    case E_KALENDER:
    case E_TILLFALLE:
    case E_JAMFORELSE:
    case E_BEDOMNING:
    case E_PERSPEKTIV:
    case E_ORGAN:
    case E_ENHET:
    case E_DOKUMENT:
    case E_FOKUSOMRADE:
    case E_MALVARDE:
    case E_MAL:
    case E_BIDRAR_TILL:
    case E_REF_FOKUSOMRADE:
    case E_REF_INDIKATOR:
    case E_AKTIVITET:
    case E_REF_MAL:
    case E_ARENA:
    case E_MEDLEM:
    case E_REF_AKTIVITET:
    case E_EKONOMI:
    case E_NYCKEL:
    case E_KONTO:
    case E_OBJEKT:
    case E_RAM:
    case E_FORDELNING:
    case E_DRIVARE:
    case E_FORDELNINGSAR:
    case E_VOLYM:
    case E_PRIS:
    case E_BUDGET:
    case E_UTFALL:
    case E_OMAPPAT:
    case E_RESULTAT:
    case E_INVESTERING:
    case E_INVESTERING_AR:
    case E_INVESTERING_UTFALL:
    case E_INVESTERING_PROGNOS:
    case N_ELEMS:
    default:
      break;
    }

  (void) parent;
  if (load->spare_text == NULL && frame->text != NULL && frame->text->allocated_len <= 4096)
    load->spare_text = g_steal_pointer (&frame->text);
  g_array_set_size (load->frames, load->frames->len - 1);
}

static gboolean
is_blank (const char *text,
          gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];

      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        return FALSE;
    }
  return TRUE;
}

/* A text: @pos is where the last '<' before it is, @blank whether it is
 * only whitespace. */
static void
text_node (Load       *load,
           Pos         pos,
           const char *value,
           gsize       len,
           gboolean    blank)
{
  Frame *frame = top_frame (load);

  if (frame == NULL || frame->text == NULL)
    {
      if (blank)
        return;
      if (frame == NULL)
        set_error (load, pos.line, pos.column, STYR_ERROR, STYR_ERROR_PARSE,
                   _("Oväntad text utanför <styr>"));
      else
        set_error (load, frame->line, frame->column, STYR_ERROR, STYR_ERROR_PARSE,
                   _("Oväntad text i <%s>: elementet innehåller bara andra element"),
                   specs[frame->elem].name);
      return;
    }

  if (len > load->max_text_length || frame->text->len + len > load->max_text_length)
    {
      set_error (load, frame->line, frame->column, STYR_ERROR, STYR_ERROR_LIMIT_EXCEEDED,
                 _("Texten i <%s> är längre än de %" G_GSIZE_FORMAT " byte som tillåts"),
                 specs[frame->elem].name, load->max_text_length);
      return;
    }
  g_string_append_len (frame->text, value, (gssize) len);
}

/* ------------------------------------------------------------------ */
/* libxml2's SAX2 events, in the parse thread                         */
/* ------------------------------------------------------------------ */

static EventBlock *
event_block_new (void)
{
  EventBlock *block = g_new0 (EventBlock, 1);

  block->allocated = EVENT_BLOCK_SIZE;
  block->data = g_malloc (block->allocated);
  return block;
}

static void
event_block_free (EventBlock *block)
{
  g_free (block->data);
  g_free (block);
}

static void consume_block (Load             *load,
                           const EventBlock *block);

/* Hands the events written so far to the calling thread (or, without a
 * parse thread, builds them here) and starts a new block unless @last. */
static void
event_flush (Load     *load,
             gboolean  last)
{
  EventBlock *block = load->block;

  block->bytes_read = load->bytes_read;
  block->last = last;

  if (!load->threaded)
    {
      consume_block (load, block);
      block->len = 0;
      return;
    }

  g_async_queue_push (load->full_blocks, block);
  load->block = NULL;
  if (last)
    return;

  block = g_async_queue_try_pop (load->free_blocks);
  if (block == NULL)
    {
      if (load->n_blocks < MAX_EVENT_BLOCKS)
        {
          block = event_block_new ();
          load->n_blocks++;
        }
      else
        block = g_async_queue_pop (load->free_blocks);
    }
  block->len = 0;
  load->block = block;
}

/* Room for an event of @size bytes (a multiple of 8) at the end of the
 * current block, which is handed over first if the event does not fit,
 * and grown if it would not fit an empty block either. */
static gpointer
event_reserve (Load  *load,
               gsize  size)
{
  EventBlock *block = load->block;
  gpointer p;

  if (block->len + size > block->allocated)
    {
      if (block->len > 0)
        {
          event_flush (load, FALSE);
          block = load->block;
        }
      if (size > block->allocated)
        {
          block->allocated = size;
          block->data = g_realloc (block->data, block->allocated);
        }
    }
  p = block->data + block->len;
  block->len += size;
  return p;
}

/* The calling thread has failed: libxml2 stops at once and calls no more
 * of these. */
static void
sax_check (Load *load)
{
  if (g_atomic_int_get (&load->stop))
    xmlStopParser (load->ctxt);
}

/* The element named @local whose parent is @parent (an Elem, or -1 for
 * the root): sets @index to its index among the parent's children and
 * returns its Elem, or returns -1. The calling thread checks the
 * namespace and the order. */
static int
find_child (Load       *load,
            int         parent,
            const char *local,
            int        *index)
{
  const ElemSpec *parent_spec;

  *index = -1;
  if (parent < 0)
    {
      if (strcmp (local, "styr") != 0)
        return -1;
      *index = 0;
      return E_STYR;
    }

  parent_spec = &specs[parent];
  for (int i = 0; parent_spec->children != NULL && parent_spec->children[i].elem != N_ELEMS; i++)
    {
      const char *child = specs[parent_spec->children[i].elem].name;

      /* libxml2's names are interned: once seen, the same pointer. */
      if (i < MAX_CHILDREN && load->child_names[parent][i] == local)
        {
          *index = i;
          break;
        }
      if (child[0] == local[0] && strcmp (child, local) == 0)
        {
          if (i < MAX_CHILDREN)
            load->child_names[parent][i] = local;
          *index = i;
          break;
        }
    }
  return *index >= 0 ? (int) parent_spec->children[*index].elem : -1;
}

/* Which attribute of @elem (or -1) the attribute @name, not in a
 * namespace, is: its index in the element's ElemSpec, or -1. */
static int
find_attr (Load       *load,
           int         elem,
           const char *name)
{
  const ElemSpec *spec;
  const char **seen;
  int i;

  if (elem < 0 || name == NULL)
    return -1;
  spec = &specs[elem];
  seen = load->attr_names[elem];
  for (i = 0; spec->attrs[i] != NULL && seen[i] != name; i++)
    ;
  if (spec->attrs[i] != NULL)
    return i;
  i = spec_attr_index (spec, name);
  if (i >= 0)
    seen[i] = name;
  return i;
}

static void
sax_start_element (void           *user_data,
                   const xmlChar  *localname,
                   const xmlChar  *prefix,
                   const xmlChar  *uri,
                   int             nb_namespaces,
                   const xmlChar **namespaces,
                   int             nb_attributes,
                   int             nb_defaulted,
                   const xmlChar **attributes)
{
  Load *load = user_data;
  Pos pos = lex_next_tag (load);
  const char *local = localname != NULL ? (const char *) localname : "";
  EventStart *event;
  EventNs ns;
  gsize ns_length = 0;
  gsize size;
  int parent, elem, index;
  char *p;

  (void) prefix;
  (void) namespaces;
  (void) nb_defaulted;   /* none: there is no DTD to default from */

  if (parse_stopped (load))
    {
      sax_check (load);
      return;
    }
  nb_attributes = MAX (nb_attributes, 0);

  parent = load->elems->len > 0 ? g_array_index (load->elems, int, load->elems->len - 1) : -1;
  elem = load->elems->len == 0 || parent >= 0 ? find_child (load, parent, local, &index) : -1;
  if (elem < 0)
    index = -1;
  g_array_append_val (load->elems, elem);

  if (uri == NULL)
    ns = EV_NS_NONE;
  else if (strcmp ((const char *) uri, STYR_FORMAT_NAMESPACE) == 0)
    ns = EV_NS_STYR;
  else
    {
      ns = EV_NS_OTHER;
      ns_length = strlen ((const char *) uri);
    }

  size = sizeof (EventStart);
  if (ns == EV_NS_OTHER)
    size += EVENT_ALIGN (ns_length + 1);
  for (int k = 0; k < nb_attributes; k++)
    size += sizeof (EventAttr) +
            EVENT_ALIGN ((gsize) (attributes[5 * k + 4] - attributes[5 * k + 3]) + 1);

  event = event_reserve (load, size);
  event->header.kind = EV_START;
  event->header.size = (guint32) size;
  event->pos = pos;
  event->local = local;
  event->n_attrs = (guint32) nb_attributes;
  event->n_namespaces = (guint32) MAX (nb_namespaces, 0);
  event->ns = ns;
  event->ns_length = (guint32) ns_length;
  event->child_index = index;
  event->elem = elem;
  p = (char *) (event + 1);
  if (ns == EV_NS_OTHER)
    {
      memcpy (p, uri, ns_length + 1);
      p += EVENT_ALIGN (ns_length + 1);
    }
  for (int k = 0; k < nb_attributes; k++)
    {
      const xmlChar **attr = attributes + 5 * k;
      EventAttr *event_attr = (EventAttr *) p;
      gsize length = (gsize) (attr[4] - attr[3]);

      event_attr->name = (const char *) attr[0];
      event_attr->prefix = (const char *) attr[1];
      event_attr->slot = attr[2] == NULL ? find_attr (load, elem, (const char *) attr[0]) : -1;
      event_attr->length = (guint32) length;
      p += sizeof (EventAttr);
      copy_attr_value (p, (const char *) attr[3], length);
      p += EVENT_ALIGN (length + 1);
    }
}

static void
sax_end_element (void          *user_data,
                 const xmlChar *localname,
                 const xmlChar *prefix,
                 const xmlChar *uri)
{
  Load *load = user_data;
  EventHeader *event;

  (void) localname;
  (void) prefix;
  (void) uri;

  if (load->elems->len > 0)
    g_array_set_size (load->elems, load->elems->len - 1);
  if (parse_stopped (load))
    {
      sax_check (load);
      return;
    }
  event = event_reserve (load, sizeof (EventHeader));
  event->kind = EV_END;
  event->size = sizeof (EventHeader);
}

static void
sax_text (Load       *load,
          EventKind   kind,
          const char *text,
          gsize       len,
          gboolean    blank)
{
  gsize size = sizeof (EventText) + EVENT_ALIGN (len + 1);
  EventText *event = event_reserve (load, size);
  char *p = (char *) (event + 1);

  event->header.kind = kind;
  event->header.size = (guint32) size;
  event->pos.line = load->lt_line;
  event->pos.column = load->lt_column;
  event->length = (guint32) len;
  event->blank = blank;
  memcpy (p, text, len);
  p[len] = '\0';
}

static void
sax_characters (void          *user_data,
                const xmlChar *ch,
                int            len)
{
  Load *load = user_data;

  int elem;
  gboolean blank;

  if (parse_stopped (load) || len <= 0)
    {
      sax_check (load);
      return;
    }

  /* Whitespace between elements, where no text belongs, is what the
   * calling thread ignores anyway (text_node ()): most texts of a file
   * are that, and they are not handed over. */
  blank = is_blank ((const char *) ch, (gsize) len);
  elem = load->elems->len > 0 ? g_array_index (load->elems, int, load->elems->len - 1) : -1;
  if (blank && (load->elems->len == 0 || (elem >= 0 && !specs[elem].text)))
    return;
  sax_text (load, EV_TEXT, (const char *) ch, (gsize) len, blank);
}

/* <!DOCTYPE …>: refused before libxml2 reads what it declares; the
 * calling thread reports it when the parse has stopped. */
static void
sax_internal_subset (void          *user_data,
                     const xmlChar *name,
                     const xmlChar *external_id,
                     const xmlChar *system_id)
{
  Load *load = user_data;

  (void) name;
  (void) external_id;
  (void) system_id;

  if (load->decl.line == 0)
    {
      load->decl.line = load->lt_line;
      load->decl.column = load->lt_column;
    }
  xmlStopParser (load->ctxt);
}

/* An entity reference libxml2 did not expand: there are no declared
 * entities, so this only comes with a declaration, which is refused;
 * the calling thread reports it where it stands. */
static void
sax_reference (void          *user_data,
               const xmlChar *name)
{
  Load *load = user_data;
  const char *text = name != NULL ? (const char *) name : "";

  if (parse_stopped (load))
    {
      sax_check (load);
      return;
    }
  sax_text (load, EV_REFERENCE, text, strlen (text), FALSE);
}

/* No entity is ever declared: only the predefined ones, which libxml2
 * handles before it asks. */
static xmlEntityPtr
sax_get_entity (void          *user_data,
                const xmlChar *name)
{
  (void) user_data;
  (void) name;
  return NULL;
}

/* The parse: the body of the parse thread, or run in the calling
 * thread. */
static gpointer
parse_thread_run (gpointer data)
{
  Load *load = data;

  load->parse_ret = xmlParseDocument (load->ctxt);
  event_flush (load, TRUE);
  return NULL;
}

/* ------------------------------------------------------------------ */
/* The events, in the calling thread                                  */
/* ------------------------------------------------------------------ */

static void
reference_node (Load       *load,
                const char *name)
{
  Frame *frame = top_frame (load);

  set_error (load,
             frame != NULL ? frame->line : 1, frame != NULL ? frame->column : 1,
             STYR_ERROR, STYR_ERROR_UNSAFE,
             _("Entiteten »%s« är inte tillåten i en .styr-fil, av säkerhetsskäl"),
             name);
}

/* Sets the start tag of @event as the one being read. */
static void
take_start_event (Load             *load,
                  const EventStart *event)
{
  load->el = event;
  switch (event->ns)
    {
    case EV_NS_NONE:
      load->el_ns = NULL;
      break;
    case EV_NS_STYR:
      load->el_ns = STYR_FORMAT_NAMESPACE;
      break;
    default:
      load->el_ns = (const char *) (event + 1);
      break;
    }
}

/* Builds what the events of @block report, in order, until the load
 * fails; then asks the parse to stop. */
static void
consume_block (Load             *load,
               const EventBlock *block)
{
  const char *p = block->data;
  const char *end = p + block->len;

  while (p < end && load->error == NULL)
    {
      const EventHeader *header = (const EventHeader *) p;

      switch (header->kind)
        {
        case EV_START:
          take_start_event (load, (const EventStart *) header);
          start_element (load);
          load->el = NULL;
          break;

        case EV_END:
          if (load->frames->len > 0)
            end_element (load);
          break;

        case EV_TEXT:
          {
            const EventText *event = (const EventText *) header;

            text_node (load, event->pos, (const char *) (event + 1), event->length, event->blank);
          }
          break;

        case EV_REFERENCE:
          reference_node (load, (const char *) ((const EventText *) header + 1));
          break;

        default:
          g_assert_not_reached ();
        }
      p += header->size;
    }

  if (load->error != NULL)
    g_atomic_int_set (&load->stop, 1);
  else
    advance_progress (load, block->bytes_read);
}

/* ------------------------------------------------------------------ */
/* Resolving references                                               */
/* ------------------------------------------------------------------ */

typedef struct
{
  const char *attribute;  /* how the file names the reference */
  GType     (*get_type) (void);
  const char *what;       /* "en enhet", for "is not …" */
} RefInfo;

static GType
any_entity_type (void)
{
  return STYR_TYPE_ENTITY;
}

static const RefInfo ref_infos[] = {
  [REF_ORGAN_SECTOR] = { "sektor", styr_unit_get_type, N_("en enhet (<enhet>)") },
  [REF_ORGAN_DIRECTIVE] = { "agardirektiv", styr_document_get_type, N_("ett dokument (<dokument>)") },
  [REF_UNIT_PARENT] = { "overordnad", styr_unit_get_type, N_("en enhet (<enhet>)") },
  [REF_DOCUMENT_OWNER] = { "agare", any_entity_type, NULL },
  [REF_FOCUS_AREA_OWNER] = { "agare", styr_unit_get_type, N_("en enhet (<enhet>)") },
  [REF_GOAL_PERSPECTIVE] = { "perspektiv", styr_perspective_get_type, N_("ett perspektiv (<perspektiv>)") },
  [REF_GOAL_OWNER] = { "agare", any_entity_type, NULL },
  [REF_GOAL_DOCUMENT] = { "dokument", styr_document_get_type, N_("ett dokument (<dokument>)") },
  [REF_GOAL_PARENT] = { "bidrar-till mal", styr_goal_get_type, N_("ett mål (<mal>)") },
  [REF_GOAL_FOCUS_AREA] = { "fokusomrade ref", styr_focus_area_get_type, N_("ett fokusområde (<fokusomrade>)") },
  [REF_GOAL_INDICATOR] = { "indikator ref", styr_indicator_get_type, N_("en indikator (<indikator>)") },
  [REF_ACTIVITY_UNIT] = { "enhet", styr_unit_get_type, N_("en enhet (<enhet>)") },
  [REF_ACTIVITY_DOCUMENT] = { "dokument", styr_document_get_type, N_("ett dokument (<dokument>)") },
  [REF_ACTIVITY_GOAL] = { "mal ref", styr_goal_get_type, N_("ett mål (<mal>)") },
  [REF_ACTIVITY_INDICATOR] = { "indikator ref", styr_indicator_get_type, N_("en indikator (<indikator>)") },
  [REF_ACTIVITY_FOCUS_AREA] = { "fokusomrade ref", styr_focus_area_get_type, N_("ett fokusområde (<fokusomrade>)") },
  [REF_ARENA_OWNER] = { "agare", any_entity_type, NULL },
  [REF_ARENA_MEMBER] = { "medlem enhet", styr_unit_get_type, N_("en enhet (<enhet>)") },
  [REF_ARENA_GOAL] = { "mal ref", styr_goal_get_type, N_("ett mål (<mal>)") },
  [REF_ARENA_ACTIVITY] = { "aktivitet ref", styr_activity_get_type, N_("en aktivitet (<aktivitet>)") },
  [REF_UNIT_BUDGET_ORGAN] = { "namnd", styr_organ_get_type, N_("ett organ (<organ>)") },
};

static gboolean
apply_ref (const Ref   *ref,
           StyrEntity  *target,
           GError     **error)
{
  switch (ref->kind)
    {
    case REF_ORGAN_SECTOR:
      return styr_organ_set_sector (STYR_ORGAN (ref->from), STYR_UNIT (target), error);
    case REF_ORGAN_DIRECTIVE:
      return styr_organ_set_owner_directive (STYR_ORGAN (ref->from), STYR_DOCUMENT (target), error);
    case REF_UNIT_PARENT:
      return styr_unit_set_parent (STYR_UNIT (ref->from), STYR_UNIT (target), error);
    case REF_DOCUMENT_OWNER:
      return styr_document_set_owner (STYR_DOCUMENT (ref->from), target, error);
    case REF_FOCUS_AREA_OWNER:
      return styr_focus_area_set_owner (STYR_FOCUS_AREA (ref->from), STYR_UNIT (target), error);
    case REF_GOAL_PERSPECTIVE:
      return styr_goal_set_perspective (STYR_GOAL (ref->from), STYR_PERSPECTIVE (target), error);
    case REF_GOAL_OWNER:
      return styr_goal_set_owner (STYR_GOAL (ref->from), target, error);
    case REF_GOAL_DOCUMENT:
      return styr_goal_set_document (STYR_GOAL (ref->from), STYR_DOCUMENT (target), error);
    case REF_GOAL_PARENT:
      return styr_goal_add_parent (STYR_GOAL (ref->from), STYR_GOAL (target), error);
    case REF_GOAL_FOCUS_AREA:
      return styr_goal_add_focus_area (STYR_GOAL (ref->from), STYR_FOCUS_AREA (target), error);
    case REF_GOAL_INDICATOR:
      return styr_goal_add_indicator (STYR_GOAL (ref->from), STYR_INDICATOR (target), error);
    case REF_ACTIVITY_UNIT:
      return styr_activity_set_unit (STYR_ACTIVITY (ref->from), STYR_UNIT (target), error);
    case REF_ACTIVITY_DOCUMENT:
      return styr_activity_set_document (STYR_ACTIVITY (ref->from), STYR_DOCUMENT (target), error);
    case REF_ACTIVITY_GOAL:
      return styr_activity_add_goal (STYR_ACTIVITY (ref->from), STYR_GOAL (target), error);
    case REF_ACTIVITY_INDICATOR:
      return styr_activity_add_indicator (STYR_ACTIVITY (ref->from), STYR_INDICATOR (target), error);
    case REF_ACTIVITY_FOCUS_AREA:
      return styr_activity_add_focus_area (STYR_ACTIVITY (ref->from), STYR_FOCUS_AREA (target), error);
    case REF_ARENA_OWNER:
      return styr_arena_set_owner (STYR_ARENA (ref->from), target, error);
    case REF_ARENA_MEMBER:
      return styr_arena_add_member (STYR_ARENA (ref->from), STYR_UNIT (target), error);
    case REF_ARENA_GOAL:
      return styr_arena_add_goal (STYR_ARENA (ref->from), STYR_GOAL (target), error);
    case REF_ARENA_ACTIVITY:
      return styr_arena_add_activity (STYR_ARENA (ref->from), STYR_ACTIVITY (target), error);
    case REF_UNIT_BUDGET_ORGAN:
      return styr_unit_set_budget_organ (STYR_UNIT (ref->from), STYR_ORGAN (target), error);
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

static void
resolve_refs (Load *load)
{
  /* Per kind, the last id looked up and what it named: runs of entities
   * name the same unit, goal or document one after another, and the
   * string compare is cheaper than a hash lookup whose key compare
   * misses the cache. */
  const char *last_id[N_REF_KINDS] = { NULL, };
  StyrEntity *last_target[N_REF_KINDS] = { NULL, };

  for (guint i = 0; i < load->refs->len && load->error == NULL; i++)
    {
      const Ref *ref = &g_array_index (load->refs, Ref, i);
      const RefInfo *info = &ref_infos[ref->kind];
      StyrEntity *target;
      GError *error = NULL;

      if (last_id[ref->kind] != NULL && strcmp (last_id[ref->kind], ref->id) == 0)
        target = last_target[ref->kind];
      else
        {
          target = styr_model_lookup (load->model, ref->id);
          last_id[ref->kind] = ref->id;
          last_target[ref->kind] = target;
        }

      if (target == NULL)
        {
          g_autofree char *from = _styr_entity_describe (ref->from);

          set_error (load, ref->line, ref->column, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                     _("%s hänvisar till »%s« (%s), men inget sådant id finns i filen"),
                     from, ref->id, info->attribute);
          return;
        }
      if (!g_type_is_a (G_OBJECT_TYPE (target), info->get_type ()))
        {
          g_autofree char *from = _styr_entity_describe (ref->from);
          g_autofree char *to = _styr_entity_describe (target);

          set_error (load, ref->line, ref->column, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                     _("%s hänvisar till %s (%s), som inte är %s"),
                     from, to, info->attribute, _(info->what));
          return;
        }
      if (!apply_ref (ref, target, &error))
        take_error (load, ref->line, ref->column, error);
    }
}

/* Stores the assessments, in file order, once the calendar, the scale and
 * the goals are complete. An assessment that comes after those its goal
 * already has, as a valid file gives them, is made with its fields set and
 * appended without signals (nobody observes the model yet); any other goes
 * the public way, which reports a duplicate or a wrong order. */
static void
apply_assessments (Load *load)
{
  for (guint i = 0; i < load->assessments->len && load->error == NULL; i++)
    {
      PendingAssessment *pending = &g_array_index (load->assessments, PendingAssessment, i);
      g_autoptr(StyrAssessment) assessment = NULL;
      g_autoptr(StyrAssessment) last = NULL;
      StyrOccasion *occasion;
      GListModel *assessments;
      GError *error = NULL;

      occasion = styr_calendar_lookup_occasion (styr_model_get_calendar (load->model),
                                                pending->occasion_id);
      if (occasion == NULL)
        {
          g_autofree char *from = _styr_entity_describe (STYR_ENTITY (pending->goal));

          set_error (load, pending->line, pending->column, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                     _("%s hänvisar till »%s« (bedomning tillfalle), men inget sådant uppföljningstillfälle finns i <kalender>"),
                     from, pending->occasion_id);
          return;
        }

      if (_styr_goal_assessment_goes_last (pending->goal, occasion))
        {
          assessment = _styr_assessment_new_take (pending->goal, occasion,
                                                  g_steal_pointer (&pending->level_id),
                                                  g_steal_pointer (&pending->prognosis_id),
                                                  g_steal_pointer (&pending->assessed_by),
                                                  &pending->assessed_on,
                                                  g_steal_pointer (&pending->analysis),
                                                  g_steal_pointer (&pending->measures));
          if (!_styr_goal_append_assessment (pending->goal, assessment, &error))
            {
              take_error (load, pending->line, pending->column, error);
              return;
            }
          continue;
        }

      if (styr_goal_lookup_assessment (pending->goal, occasion) != NULL)
        {
          g_autofree char *from = _styr_entity_describe (STYR_ENTITY (pending->goal));

          set_error (load, pending->line, pending->column, STYR_ERROR, STYR_ERROR_PARSE,
                     _("%s har två bedömningar för uppföljningstillfället »%s«; högst en per tillfälle"),
                     from, pending->occasion_id);
          return;
        }

      assessment = styr_assessment_new (pending->goal, occasion);
      styr_assessment_set_level_id (assessment, pending->level_id);
      styr_assessment_set_prognosis_id (assessment, pending->prognosis_id);
      styr_assessment_set_assessed_by (assessment, pending->assessed_by);
      styr_assessment_set_assessed_on (assessment,
                                       g_date_valid (&pending->assessed_on) ? &pending->assessed_on : NULL);
      styr_assessment_set_analysis (assessment, pending->analysis);
      styr_assessment_set_measures (assessment, pending->measures);
      if (!styr_goal_set_assessment (pending->goal, assessment, &error))
        {
          take_error (load, pending->line, pending->column, error);
          return;
        }

      /* The goal keeps its assessments in calendar order; the file must
       * have them so too. */
      assessments = styr_goal_get_assessments (pending->goal);
      last = g_list_model_get_item (assessments, g_list_model_get_n_items (assessments) - 1);
      if (last != assessment)
        {
          set_error (load, pending->line, pending->column, STYR_ERROR, STYR_ERROR_PARSE,
                     _("<bedomning tillfalle=\"%s\"> står i fel ordning; bedömningarna ska stå i årshjulets ordning"),
                     pending->occasion_id);
          return;
        }
    }
}

/* ------------------------------------------------------------------ */
/* One load                                                           */
/* ------------------------------------------------------------------ */

typedef enum
{
  THREAD_AUTO,
  THREAD_ALWAYS,
  THREAD_NEVER,
} ThreadMode;

/* STYR_LOADER_THREAD=always or never overrides the size threshold, so
 * that the tests can run every load both ways. */
static ThreadMode
thread_mode (void)
{
  static gsize mode = 0;

  if (g_once_init_enter (&mode))
    {
      const char *value = g_getenv ("STYR_LOADER_THREAD");
      ThreadMode m = THREAD_AUTO;

      if (g_strcmp0 (value, "always") == 0)
        m = THREAD_ALWAYS;
      else if (g_strcmp0 (value, "never") == 0)
        m = THREAD_NEVER;
      g_once_init_leave (&mode, (gsize) m + 1);
    }
  return (ThreadMode) (mode - 1);
}

/* Whether to parse @stream, of @size bytes (0 if unknown), in a thread of
 * its own. Only streams GIO itself implements are read from another
 * thread: one a language binding implements may have to be called in
 * the thread that made it. */
/* How many processors this thread may run on: its affinity where the
 * system tells it, which g_get_num_processors () does not on every
 * GLib. */
static guint
n_processors (void)
{
#ifdef HAVE_SCHED_GETAFFINITY
  cpu_set_t set;

  if (sched_getaffinity (0, sizeof set, &set) == 0)
    return MAX (CPU_COUNT (&set), 1);
#endif
  return g_get_num_processors ();
}

static gboolean
use_parse_thread (GInputStream *stream,
                  guint64       size)
{
  ThreadMode mode = thread_mode ();

  if (mode == THREAD_NEVER)
    return FALSE;
  if (!G_IS_FILE_INPUT_STREAM (stream) && !G_IS_MEMORY_INPUT_STREAM (stream))
    return FALSE;
  if (mode == THREAD_ALWAYS)
    return TRUE;
  /* With one processor to run on (or one left to the process by its
   * affinity), the two halves take turns, and the hand-over between
   * them is a cost with nothing to show for it (3 % of a load of the
   * large profile under `taskset -c 0`). */
  if (n_processors () < 2)
    return FALSE;
  return size == 0 || size >= THREAD_MIN_SIZE;
}

/* Runs the parse, in a thread of its own if load->threaded, and builds
 * its events in this thread. */
static void
run_parse (Load *load)
{
  EventBlock *block;

  load->block = event_block_new ();
  load->n_blocks = 1;

  if (load->threaded)
    {
      load->full_blocks = g_async_queue_new ();
      load->free_blocks = g_async_queue_new ();
      load->parse_thread = g_thread_try_new ("styr-load", parse_thread_run, load, NULL);
      if (load->parse_thread == NULL)
        {
          g_clear_pointer (&load->full_blocks, g_async_queue_unref);
          g_clear_pointer (&load->free_blocks, g_async_queue_unref);
          load->threaded = FALSE;
        }
    }

  if (!load->threaded)
    {
      parse_thread_run (load);
      g_clear_pointer (&load->block, event_block_free);
      return;
    }

  /* Every block is given back, also after a failure, so that the parse
   * thread never waits for one in vain; it sees the failure at its next
   * event or read and ends. */
  for (;;)
    {
      gboolean last;

      block = g_async_queue_pop (load->full_blocks);
      last = block->last;
      if (load->error == NULL)
        consume_block (load, block);
      if (last)
        {
          event_block_free (block);
          break;
        }
      g_async_queue_push (load->free_blocks, block);
    }
  g_thread_join (g_steal_pointer (&load->parse_thread));

  while ((block = g_async_queue_try_pop (load->free_blocks)) != NULL)
    event_block_free (block);
  g_clear_pointer (&load->full_blocks, g_async_queue_unref);
  g_clear_pointer (&load->free_blocks, g_async_queue_unref);
}

static StyrModel *
load_stream (StyrLoader    *self,
             GInputStream  *stream,
             const char    *name,
             guint64        size,
             GMainContext  *context,
             GCancellable  *cancellable,
             GError       **error)
{
  Load load = { 0 };
  int ret = 1;
  guint64 max_run;

  load.loader = self;
  load.context = context;
  load.name = name != NULL ? name : "<data>";
  load.stream = stream;
  load.cancellable = cancellable;
  load.max_depth = self->max_depth;
  load.max_text_length = self->max_text_length;
  load.max_attributes = self->max_attributes;
  /* Escapes make the bytes of a value longer than the value, but never
   * this much longer; libxml2 stops at 10 000 000 on its own. */
  max_run = (guint64) self->max_text_length * 8 + 4096;
  load.max_run = (gsize) MIN (max_run, (guint64) 9 * 1000 * 1000);
  if (load.max_run < load.max_text_length)
    load.max_run = load.max_text_length + 1;
  load.size = size;
  load.percent = 0;
  load.line = 1;
  load.column = 1;
  load.lt_line = 1;
  load.lt_column = 1;
  load.lex = LEX_TEXT;
  load.tags = g_array_new (FALSE, FALSE, sizeof (Pos));
  load.frames = g_array_new (FALSE, TRUE, sizeof (Frame));
  g_array_set_clear_func (load.frames, frame_clear);
  load.refs = g_array_new (FALSE, TRUE, sizeof (Ref));
  load.ids = g_string_chunk_new (64 * 1024);
  load.assessments = g_array_new (FALSE, TRUE, sizeof (PendingAssessment));
  g_array_set_clear_func (load.assessments, pending_assessment_clear);
  load.values = g_ptr_array_new_with_free_func (g_free);
  load.measurements = g_array_new (FALSE, FALSE, sizeof (StyrMeasurement));
  load.elems = g_array_new (FALSE, FALSE, sizeof (int));
  load.in_buf = g_malloc (CHUNK_SIZE);
  load.model = styr_model_new ();
  load.calendar = styr_model_get_calendar (load.model);
  _styr_model_begin_bulk (load.model);
  for (int i = 0; i < N_ELEMS; i++)
    load.has_id[i] = spec_attr_index (&specs[i], "id") >= 0;

  report_progress (&load, 0.0);

  {
    xmlSAXHandler sax = { 0 };
    xmlCharEncodingHandlerPtr utf8;

    /* SAX2 callbacks only: libxml2 builds no tree and no document. */
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = sax_start_element;
    sax.endElementNs = sax_end_element;
    sax.characters = sax_characters;
    sax.ignorableWhitespace = sax_characters;
    sax.internalSubset = sax_internal_subset;
    sax.reference = sax_reference;
    sax.getEntity = sax_get_entity;
    sax.serror = structured_error_cb;

    load.ctxt = xmlCreateIOParserCtxt (&sax, &load, read_cb, NULL, &load,
                                       XML_CHAR_ENCODING_NONE);
    if (load.ctxt != NULL)
      {
        xmlCtxtUseOptions (load.ctxt,
                           XML_PARSE_NONET | XML_PARSE_NOCDATA |
                           XML_PARSE_IGNORE_ENC | XML_PARSE_BIG_LINES |
                           XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
        /* Always UTF-8, whatever the file declares. */
        utf8 = xmlFindCharEncodingHandler ("UTF-8");
        if (utf8 != NULL)
          xmlSwitchToEncoding (load.ctxt, utf8);
      }
  }

  if (load.ctxt == NULL)
    {
      if (load.error == NULL && load.io_error == NULL)
        set_error (&load, 1, 1, STYR_ERROR, STYR_ERROR_FAILED,
                   _("Kunde inte starta XML-tolken"));
    }
  else
    {
      load.threaded = use_parse_thread (stream, size);
      run_parse (&load);
      ret = load.parse_ret;

      /* The parse thread's errors come after any that the events it
       * handed over led to. */
      if (load.error == NULL && load.lex_error != NULL)
        {
          load.error = g_steal_pointer (&load.lex_error);
          g_clear_error (&load.io_error);
        }
      if (load.error == NULL && load.io_error == NULL && load.xml_failed)
        set_xml_error (&load);
      if (load.error == NULL && load.io_error == NULL && load.decl.line != 0)
        set_unsafe_declaration_error (&load);
      if (load.error == NULL && load.io_error == NULL && ret < 0)
        set_error (&load, load.line, load.column, STYR_ERROR, STYR_ERROR_PARSE,
                   _("Ogiltig XML"));
    }

  if (load.error == NULL && load.io_error != NULL)
    {
      take_error (&load, load.line, load.column, load.io_error);
      load.io_error = NULL;
    }

  if (load.error == NULL && !load.done_root)
    {
      if (load.bytes_read == 0)
        set_error (&load, 1, 1, STYR_ERROR, STYR_ERROR_PARSE,
                   _("Filen är tom: väntade ett <styr>-element"));
      else
        set_error (&load, load.line, load.column, STYR_ERROR, STYR_ERROR_PARSE,
                   _("Filen tar slut för tidigt: väntade ett fullständigt <styr>-element"));
    }

  if (load.error == NULL)
    resolve_refs (&load);
  if (load.error == NULL)
    apply_assessments (&load);

  g_clear_pointer (&load.ctxt, xmlFreeParserCtxt);
  g_clear_error (&load.io_error);
  g_clear_error (&load.lex_error);
  g_clear_pointer (&load.xml_message, g_free);
  g_clear_pointer (&load.tags, g_array_unref);
  g_clear_pointer (&load.frames, g_array_unref);
  g_clear_pointer (&load.refs, g_array_unref);
  g_clear_pointer (&load.ids, g_string_chunk_free);
  g_clear_pointer (&load.assessments, g_array_unref);
  g_clear_pointer (&load.values, g_ptr_array_unref);
  /* Rows of an <indikator> a failed load did not end. */
  for (guint i = 0; i < load.measurements->len; i++)
    g_free (g_array_index (load.measurements, StyrMeasurement, i).comment);
  g_array_unref (load.measurements);
  if (load.spare_text != NULL)
    g_string_free (load.spare_text, TRUE);
  g_array_unref (load.elems);
  g_free (load.in_buf);
  g_clear_pointer (&load.row_unit_id, g_free);

  if (load.error != NULL)
    {
      g_propagate_error (error, load.error);
      g_clear_object (&load.model);
      return NULL;
    }

  _styr_model_end_bulk (load.model);
  report_progress (&load, 1.0);
  return load.model;
}

/* The size of what @stream holds from where it stands, or 0. */
static guint64
stream_size (GInputStream *stream,
             GCancellable *cancellable)
{
  if (G_IS_FILE_INPUT_STREAM (stream))
    {
      g_autoptr(GFileInfo) info =
        g_file_input_stream_query_info (G_FILE_INPUT_STREAM (stream),
                                        G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                        cancellable, NULL);

      if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
        {
          goffset size = g_file_info_get_size (info);
          goffset at = g_seekable_tell (G_SEEKABLE (stream));

          return size > at ? (guint64) (size - at) : 0;
        }
      return 0;
    }

  if (G_IS_SEEKABLE (stream) && g_seekable_can_seek (G_SEEKABLE (stream)))
    {
      GSeekable *seekable = G_SEEKABLE (stream);
      goffset at = g_seekable_tell (seekable);
      goffset end;

      if (!g_seekable_seek (seekable, 0, G_SEEK_END, cancellable, NULL))
        return 0;
      end = g_seekable_tell (seekable);
      if (!g_seekable_seek (seekable, at, G_SEEK_SET, cancellable, NULL))
        return 0;
      return end > at ? (guint64) (end - at) : 0;
    }

  return 0;
}

static StyrModel *
load_file (StyrLoader    *self,
           GFile         *file,
           GMainContext  *context,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GFileInputStream) stream = NULL;
  GError *local_error = NULL;

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      g_prefix_error (&local_error, "%s: ", name);
      g_propagate_error (error, local_error);
      return NULL;
    }

  return load_stream (self, G_INPUT_STREAM (stream), name,
                      stream_size (G_INPUT_STREAM (stream), cancellable),
                      context, cancellable, error);
}

/* ------------------------------------------------------------------ */
/* GObject                                                            */
/* ------------------------------------------------------------------ */

static void
styr_loader_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  StyrLoader *self = STYR_LOADER (object);

  switch (prop_id)
    {
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;

    case PROP_MAX_DEPTH:
      g_value_set_int (value, self->max_depth);
      break;

    case PROP_MAX_TEXT_LENGTH:
      g_value_set_uint (value, self->max_text_length);
      break;

    case PROP_MAX_ATTRIBUTES:
      g_value_set_int (value, self->max_attributes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_loader_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  StyrLoader *self = STYR_LOADER (object);

  switch (prop_id)
    {
    case PROP_MAX_DEPTH:
      styr_loader_set_max_depth (self, g_value_get_int (value));
      break;

    case PROP_MAX_TEXT_LENGTH:
      styr_loader_set_max_text_length (self, g_value_get_uint (value));
      break;

    case PROP_MAX_ATTRIBUTES:
      styr_loader_set_max_attributes (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_loader_class_init (StyrLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = styr_loader_get_property;
  object_class->set_property = styr_loader_set_property;

  /**
   * StyrLoader:progress: (getter get_progress)
   *
   * How far the current or last load has come, from 0.0 to 1.0, by the
   * bytes read. It is notified as reading advances, at most about a
   * hundred times per load; for [method@Styr.Loader.load_file_async] in
   * the thread-default main context of the caller. When the size of the
   * input is not known, it goes from 0.0 to 1.0 in one step at the end.
   *
   * Since: 1.0
   */
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL,
                         0.0, 1.0, 0.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrLoader:max-depth: (getter get_max_depth) (setter set_max_depth)
   *
   * The deepest nesting of elements the loader accepts; the root element
   * is at depth 1. Deeper files fail with %STYR_ERROR_LIMIT_EXCEEDED.
   *
   * Since: 1.0
   */
  properties[PROP_MAX_DEPTH] =
    g_param_spec_int ("max-depth", NULL, NULL,
                      1, G_MAXINT, DEFAULT_MAX_DEPTH,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrLoader:max-text-length: (getter get_max_text_length) (setter set_max_text_length)
   *
   * The longest attribute value and the longest text of an element the
   * loader accepts, in bytes of UTF-8. Longer ones fail with
   * %STYR_ERROR_LIMIT_EXCEEDED. libxml2 itself refuses values and texts
   * of more than 10 000 000 bytes whatever this says.
   *
   * Since: 1.0
   */
  properties[PROP_MAX_TEXT_LENGTH] =
    g_param_spec_uint ("max-text-length", NULL, NULL,
                       1, G_MAXUINT, DEFAULT_MAX_TEXT_LENGTH,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrLoader:max-attributes: (getter get_max_attributes) (setter set_max_attributes)
   *
   * The most attributes (namespace declarations included) one element
   * may have. More fail with %STYR_ERROR_LIMIT_EXCEEDED.
   *
   * Since: 1.0
   */
  properties[PROP_MAX_ATTRIBUTES] =
    g_param_spec_int ("max-attributes", NULL, NULL,
                      1, G_MAXINT, DEFAULT_MAX_ATTRIBUTES,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  _styr_init_i18n ();
  xmlInitParser ();
}

static void
styr_loader_init (StyrLoader *self)
{
  self->max_depth = DEFAULT_MAX_DEPTH;
  self->max_text_length = DEFAULT_MAX_TEXT_LENGTH;
  self->max_attributes = DEFAULT_MAX_ATTRIBUTES;
}

/**
 * styr_loader_new:
 *
 * Creates a new loader with the default limits.
 *
 * Returns: (transfer full): a new [class@Styr.Loader]
 *
 * Since: 1.0
 */
StyrLoader *
styr_loader_new (void)
{
  return g_object_new (STYR_TYPE_LOADER, NULL);
}

/**
 * styr_loader_get_progress:
 * @self: a [class@Styr.Loader]
 *
 * Gets the [property@Styr.Loader:progress] of @self.
 *
 * Returns: the progress, from 0.0 to 1.0
 *
 * Since: 1.0
 */
double
styr_loader_get_progress (StyrLoader *self)
{
  g_return_val_if_fail (STYR_IS_LOADER (self), 0.0);

  return self->progress;
}

/**
 * styr_loader_get_max_depth:
 * @self: a [class@Styr.Loader]
 *
 * Gets the [property@Styr.Loader:max-depth] of @self.
 *
 * Returns: the deepest nesting accepted
 *
 * Since: 1.0
 */
int
styr_loader_get_max_depth (StyrLoader *self)
{
  g_return_val_if_fail (STYR_IS_LOADER (self), 0);

  return self->max_depth;
}

/**
 * styr_loader_set_max_depth:
 * @self: a [class@Styr.Loader]
 * @max_depth: the deepest nesting to accept, at least 1
 *
 * Sets the [property@Styr.Loader:max-depth] of @self. It applies to the
 * loads started after the call.
 *
 * Since: 1.0
 */
void
styr_loader_set_max_depth (StyrLoader *self,
                           int         max_depth)
{
  g_return_if_fail (STYR_IS_LOADER (self));
  g_return_if_fail (max_depth >= 1);

  if (self->max_depth == max_depth)
    return;
  self->max_depth = max_depth;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_DEPTH]);
}

/**
 * styr_loader_get_max_text_length:
 * @self: a [class@Styr.Loader]
 *
 * Gets the [property@Styr.Loader:max-text-length] of @self.
 *
 * Returns: the longest value or text accepted, in bytes
 *
 * Since: 1.0
 */
guint
styr_loader_get_max_text_length (StyrLoader *self)
{
  g_return_val_if_fail (STYR_IS_LOADER (self), 0);

  return self->max_text_length;
}

/**
 * styr_loader_set_max_text_length:
 * @self: a [class@Styr.Loader]
 * @max_text_length: the longest value or text to accept, in bytes, at
 *   least 1
 *
 * Sets the [property@Styr.Loader:max-text-length] of @self. It applies to
 * the loads started after the call.
 *
 * Since: 1.0
 */
void
styr_loader_set_max_text_length (StyrLoader *self,
                                 guint       max_text_length)
{
  g_return_if_fail (STYR_IS_LOADER (self));
  g_return_if_fail (max_text_length >= 1);

  if (self->max_text_length == max_text_length)
    return;
  self->max_text_length = max_text_length;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_TEXT_LENGTH]);
}

/**
 * styr_loader_get_max_attributes:
 * @self: a [class@Styr.Loader]
 *
 * Gets the [property@Styr.Loader:max-attributes] of @self.
 *
 * Returns: the most attributes accepted on one element
 *
 * Since: 1.0
 */
int
styr_loader_get_max_attributes (StyrLoader *self)
{
  g_return_val_if_fail (STYR_IS_LOADER (self), 0);

  return self->max_attributes;
}

/**
 * styr_loader_set_max_attributes:
 * @self: a [class@Styr.Loader]
 * @max_attributes: the most attributes to accept on one element, at
 *   least 1
 *
 * Sets the [property@Styr.Loader:max-attributes] of @self. It applies to
 * the loads started after the call.
 *
 * Since: 1.0
 */
void
styr_loader_set_max_attributes (StyrLoader *self,
                                int         max_attributes)
{
  g_return_if_fail (STYR_IS_LOADER (self));
  g_return_if_fail (max_attributes >= 1);

  if (self->max_attributes == max_attributes)
    return;
  self->max_attributes = max_attributes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_ATTRIBUTES]);
}

/**
 * styr_loader_load_file:
 * @self: a [class@Styr.Loader]
 * @file: the file to read
 * @cancellable: (nullable): a [class@Gio.Cancellable]
 * @error: return location for a [struct@GLib.Error]
 *
 * Reads @file into a new model. Errors carry the file's parse name, line
 * and column (`/home/anna/angelholm.styr:12:5: …`) and are in the
 * %STYR_ERROR domain, except those of reading the file (%G_IO_ERROR, e.g.
 * %G_IO_ERROR_NOT_FOUND, or %G_IO_ERROR_CANCELLED when @cancellable is
 * cancelled).
 *
 * Returns: (transfer full): the model, or %NULL on error
 *
 * Since: 1.0
 */
StyrModel *
styr_loader_load_file (StyrLoader    *self,
                       GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_return_val_if_fail (STYR_IS_LOADER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_file (self, file, NULL, cancellable, error);
}

/**
 * styr_loader_load_stream:
 * @self: a [class@Styr.Loader]
 * @stream: the stream to read, from where it stands to its end
 * @name: (nullable): the name of the input in error messages, or %NULL
 *   for `<data>`
 * @cancellable: (nullable): a [class@Gio.Cancellable]
 * @error: return location for a [struct@GLib.Error]
 *
 * Reads a `.styr` file from @stream into a new model. The stream is not
 * closed. Progress is reported by the bytes read when the stream can tell
 * its size (a file or a seekable stream).
 *
 * Returns: (transfer full): the model, or %NULL on error
 *
 * Since: 1.0
 */
StyrModel *
styr_loader_load_stream (StyrLoader    *self,
                         GInputStream  *stream,
                         const char    *name,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_return_val_if_fail (STYR_IS_LOADER (self), NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_stream (self, stream, name, stream_size (stream, cancellable),
                      NULL, cancellable, error);
}

/**
 * styr_loader_load_bytes:
 * @self: a [class@Styr.Loader]
 * @bytes: the contents of a `.styr` file
 * @name: (nullable): the name of the input in error messages, or %NULL
 *   for `<data>`
 * @error: return location for a [struct@GLib.Error]
 *
 * Reads a `.styr` file held in memory into a new model.
 *
 * Returns: (transfer full): the model, or %NULL on error
 *
 * Since: 1.0
 */
StyrModel *
styr_loader_load_bytes (StyrLoader  *self,
                        GBytes      *bytes,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(GInputStream) stream = NULL;

  g_return_val_if_fail (STYR_IS_LOADER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stream = g_memory_input_stream_new_from_bytes (bytes);
  return load_stream (self, stream, name, g_bytes_get_size (bytes),
                      NULL, NULL, error);
}

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  StyrLoader *self = source_object;
  GFile *file = task_data;
  GError *error = NULL;
  StyrModel *model;

  model = load_file (self, file, g_task_get_context (task), cancellable, &error);
  if (model == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, model, g_object_unref);
}

/**
 * styr_loader_load_file_async:
 * @self: a [class@Styr.Loader]
 * @file: the file to read
 * @cancellable: (nullable): a [class@Gio.Cancellable]
 * @callback: (scope async): called when the model is ready
 * @user_data: data for @callback
 *
 * Reads @file into a new model in a worker thread; see
 * [method@Styr.Loader.load_file]. [property@Styr.Loader:progress] is
 * notified in the thread-default main context of the caller, and
 * @callback is called there. Call [method@Styr.Loader.load_file_finish]
 * from it to get the model.
 *
 * Since: 1.0
 */
void
styr_loader_load_file_async (StyrLoader          *self,
                             GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (STYR_IS_LOADER (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, styr_loader_load_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  /* The error of a cancelled load names the file; GTask's own would not. */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, load_file_thread);
}

/**
 * styr_loader_load_file_finish:
 * @self: a [class@Styr.Loader]
 * @result: the [iface@Gio.AsyncResult] passed to the callback
 * @error: return location for a [struct@GLib.Error]
 *
 * Finishes [method@Styr.Loader.load_file_async].
 *
 * Returns: (transfer full): the model, or %NULL on error
 *
 * Since: 1.0
 */
StyrModel *
styr_loader_load_file_finish (StyrLoader    *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (STYR_IS_LOADER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * styr_model_new_from_file:
 * @file: the `.styr` file to read
 * @cancellable: (nullable): a [class@Gio.Cancellable]
 * @error: return location for a [struct@GLib.Error]
 *
 * Reads @file into a new model with a [class@Styr.Loader] of the default
 * limits; see [method@Styr.Loader.load_file].
 *
 * Returns: (transfer full): the model, or %NULL on error
 *
 * Since: 1.0
 */
StyrModel *
styr_model_new_from_file (GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(StyrLoader) loader = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  loader = styr_loader_new ();
  return styr_loader_load_file (loader, file, cancellable, error);
}

/**
 * styr_model_new_from_path:
 * @path: (type filename): the path of the `.styr` file to read
 * @error: return location for a [struct@GLib.Error]
 *
 * Reads the file at @path into a new model; see
 * [ctor@Styr.Model.new_from_file].
 *
 * Returns: (transfer full): the model, or %NULL on error
 *
 * Since: 1.0
 */
StyrModel *
styr_model_new_from_path (const char  *path,
                          GError     **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_file_new_for_path (path);
  return styr_model_new_from_file (file, NULL, error);
}

/**
 * styr_model_new_from_bytes:
 * @bytes: the contents of a `.styr` file
 * @error: return location for a [struct@GLib.Error]
 *
 * Reads a `.styr` file held in memory into a new model; errors name it
 * `<data>`. See [method@Styr.Loader.load_bytes].
 *
 * Returns: (transfer full): the model, or %NULL on error
 *
 * Since: 1.0
 */
StyrModel *
styr_model_new_from_bytes (GBytes  *bytes,
                           GError **error)
{
  g_autoptr(StyrLoader) loader = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  loader = styr_loader_new ();
  return styr_loader_load_bytes (loader, bytes, NULL, error);
}
