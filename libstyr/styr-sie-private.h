/* styr-sie-private.h — the compact form of a SIE file's rows, for the
 * importer (styr-outcome.c); not installed.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "styr-sie.h"

G_BEGIN_DECLS

/* A #PSALDO or #PBUDGET row. Strings (account numbers, dimensions,
 * object ids) are interned once per file as small integer ids; an
 * object list is a run of pair ids in the file's object refs, and a pair
 * is an interned (dimension, object id). */
typedef struct
{
  guint32 period;           /* YYYYMM */
  guint32 account;          /* string id */
  guint32 objects;          /* first entry in the object refs */
  guint32 n_objects;
  gint64  amount;
  gint16  year_index;
  guint8  budget;
  guint8  has_quantity;     /* the quantity is in the file's quantities */
} StyrSiePeriodRow;

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
void                    _styr_sie_file_get_pair        (StyrSieFile *self,
                                                        guint        pair,
                                                        guint       *dim,
                                                        guint       *id);

G_END_DECLS
