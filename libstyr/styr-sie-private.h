/* styr-sie-private.h — the compact form of a SIE file's rows, for the
 * importer (styr-outcome.c); not installed.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "styr-sie.h"

G_BEGIN_DECLS

/* A #PSALDO or #PBUDGET row, in 24 bytes. Strings (account numbers,
 * dimensions, object ids) are interned once per file as small integer
 * ids; a pair is an interned (dimension, object id). A row of one object
 * (the most of a large file) holds its pair itself; a longer object list
 * is a run of pair ids in the file's object refs, and a list of
 * STYR_SIE_MANY_OBJECTS or more has its length first in the run. Use
 * _styr_sie_row_n_objects () and _styr_sie_row_object (). */
typedef struct
{
  gint64  amount;
  guint32 account;          /* string id */
  guint32 objects;          /* the pair, or the first entry in the object refs */
  guint32 period : 20;      /* YYYYMM */
  guint32 budget : 1;
  guint32 has_quantity : 1; /* the quantity is in the file's quantities */
  gint16  year_index;
  guint16 n_objects;        /* STYR_SIE_MANY_OBJECTS: the length is in the refs */
} StyrSiePeriodRow;

#define STYR_SIE_MANY_OBJECTS 0xffffu

/* The length of @r's object list; @refs are the file's object refs. */
static inline guint
_styr_sie_row_n_objects (const StyrSiePeriodRow *r,
                         const guint32          *refs)
{
  return r->n_objects != STYR_SIE_MANY_OBJECTS ? r->n_objects : refs[r->objects];
}

/* The pair of entry @k of @r's object list. */
static inline guint32
_styr_sie_row_object (const StyrSiePeriodRow *r,
                      const guint32          *refs,
                      guint                   k)
{
  if (r->n_objects == 1)
    return r->objects;
  return refs[r->objects + (r->n_objects == STYR_SIE_MANY_OBJECTS ? 1 : 0) + k];
}

/* A period of #PSALDO rows, and whether one of them has objects. */
typedef struct
{
  guint32  period;          /* YYYYMM */
  gboolean has_objects;
} StyrSiePsaldoPeriod;

const StyrSiePsaldoPeriod *_styr_sie_file_get_psaldo_periods (StyrSieFile *self,
                                                              guint       *n_periods);
const StyrSiePeriodRow *_styr_sie_file_get_period_rows (StyrSieFile *self,
                                                        guint       *n_rows);
const guint32          *_styr_sie_file_get_object_refs (StyrSieFile *self);
guint                   _styr_sie_file_get_transaction_objects (StyrSieFile *self,
                                                                guint        position);
guint                   _styr_sie_file_get_n_strings   (StyrSieFile *self);
const char             *_styr_sie_file_get_string      (StyrSieFile *self,
                                                        guint        id);
guint                   _styr_sie_file_get_n_pairs     (StyrSieFile *self);
void                    _styr_sie_file_get_psaldo_shape (StyrSieFile *self,
                                                         guint       *max_objects,
                                                         guint       *n_totals);
/* An interned (dimension, object id) pair of string ids. */
typedef struct
{
  guint32 dim;
  guint32 id;
} StyrSiePair;

const StyrSiePair      *_styr_sie_file_get_pairs       (StyrSieFile *self);
void                    _styr_sie_file_get_pair        (StyrSieFile *self,
                                                        guint        pair,
                                                        guint       *dim,
                                                        guint       *id);

G_END_DECLS
