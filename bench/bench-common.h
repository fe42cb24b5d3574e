/* bench-common.h — what the bench programs share: options, clock,
 * medians and the BENCH line of the contract with bench/run
 * (docs/dev/bench-design.md).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *file;     /* --file: the generated .styr */
  int   rounds;   /* --rounds: baseline and subject alternated this often */
} BenchOptions;

/* Parses --file and --rounds (and @extra, may be NULL) from @argv; prints
 * the error and returns FALSE when they are wrong or --file is missing
 * (unless @file_optional). */
gboolean bench_parse_options  (int                *argc,
                               char             ***argv,
                               const char         *summary,
                               const GOptionEntry *extra,
                               gboolean            file_optional,
                               BenchOptions       *options);
void     bench_options_clear  (BenchOptions       *options);

/* Seconds on the monotonic clock. */
double   bench_now            (void);

/* Timings of one measure over the rounds. */
typedef struct
{
  GArray *subject;    /* double seconds */
  GArray *baseline;   /* double seconds */
} BenchSamples;

void     bench_samples_init   (BenchSamples       *samples);
void     bench_samples_clear  (BenchSamples       *samples);
void     bench_samples_add    (BenchSamples       *samples,
                               double              subject,
                               double              baseline);

/* The median of @values (sorts a copy); 0 for none. */
double   bench_median         (GArray             *values);

/* Prints BENCH<TAB>id<TAB>subject<TAB>baseline<TAB>objects on stdout,
 * flushed, and the round values on stderr. */
void     bench_print          (const char         *id,
                               double              subject,
                               double              baseline,
                               guint64             objects);
void     bench_print_samples  (const char         *id,
                               BenchSamples       *samples,
                               guint64             objects);

G_END_DECLS
