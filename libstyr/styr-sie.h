/* styr-sie.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "styr-version-macros.h"

G_BEGIN_DECLS

/**
 * StyrSieBalanceKind:
 * @STYR_SIE_BALANCE_OPENING: an opening balance, `#IB` (*ingående balans*)
 * @STYR_SIE_BALANCE_CLOSING: a closing balance, `#UB` (*utgående balans*)
 * @STYR_SIE_BALANCE_RESULT: the result of a result account for a year,
 *   `#RES` (*saldo för resultatkonto*)
 *
 * The kind of a yearly balance row of a [class@Styr.SieFile].
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_SIE_BALANCE_OPENING,
  STYR_SIE_BALANCE_CLOSING,
  STYR_SIE_BALANCE_RESULT,
} StyrSieBalanceKind;

#define STYR_TYPE_SIE_FILE (styr_sie_file_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrSieFile, styr_sie_file, STYR, SIE_FILE, GObject)

STYR_AVAILABLE_IN_ALL
StyrSieFile *styr_sie_file_new_from_bytes        (GBytes        *bytes,
                                                  const char    *name,
                                                  GError       **error);
STYR_AVAILABLE_IN_ALL
StyrSieFile *styr_sie_file_new_from_stream       (GInputStream  *stream,
                                                  const char    *name,
                                                  GCancellable  *cancellable,
                                                  GError       **error);

STYR_AVAILABLE_IN_ALL
const char  *styr_sie_file_get_program           (StyrSieFile   *self);
STYR_AVAILABLE_IN_ALL
const char  *styr_sie_file_get_program_version   (StyrSieFile   *self);
STYR_AVAILABLE_IN_ALL
const char  *styr_sie_file_get_format            (StyrSieFile   *self);
STYR_AVAILABLE_IN_ALL
const char  *styr_sie_file_get_encoding          (StyrSieFile   *self);
STYR_AVAILABLE_IN_ALL
int          styr_sie_file_get_sie_type          (StyrSieFile   *self);
STYR_AVAILABLE_IN_ALL
const char  *styr_sie_file_get_company_name      (StyrSieFile   *self);
STYR_AVAILABLE_IN_ALL
const char  *styr_sie_file_get_org_number        (StyrSieFile   *self);

STYR_AVAILABLE_IN_ALL
guint        styr_sie_file_get_n_fiscal_years    (StyrSieFile   *self);
STYR_AVAILABLE_IN_ALL
void         styr_sie_file_get_fiscal_year       (StyrSieFile   *self,
                                                  guint          position,
                                                  int           *year_index,
                                                  GDate         *start,
                                                  GDate         *end);

STYR_AVAILABLE_IN_ALL
guint        styr_sie_file_get_n_accounts        (StyrSieFile   *self);
STYR_AVAILABLE_IN_ALL
void         styr_sie_file_get_account           (StyrSieFile   *self,
                                                  guint          position,
                                                  const char   **number,
                                                  const char   **name,
                                                  const char   **account_type);
STYR_AVAILABLE_IN_ALL
const char  *styr_sie_file_lookup_account_name   (StyrSieFile   *self,
                                                  const char    *number);

STYR_AVAILABLE_IN_ALL
guint        styr_sie_file_get_n_dimensions      (StyrSieFile   *self);
STYR_AVAILABLE_IN_ALL
void         styr_sie_file_get_dimension         (StyrSieFile   *self,
                                                  guint          position,
                                                  const char   **dim,
                                                  const char   **name);
STYR_AVAILABLE_IN_ALL
guint        styr_sie_file_get_n_objects         (StyrSieFile   *self);
STYR_AVAILABLE_IN_ALL
void         styr_sie_file_get_object            (StyrSieFile   *self,
                                                  guint          position,
                                                  const char   **dim,
                                                  const char   **id,
                                                  const char   **name);

STYR_AVAILABLE_IN_ALL
guint        styr_sie_file_get_n_balances        (StyrSieFile   *self);
STYR_AVAILABLE_IN_ALL
void         styr_sie_file_get_balance           (StyrSieFile   *self,
                                                  guint          position,
                                                  StyrSieBalanceKind *kind,
                                                  int           *year_index,
                                                  const char   **account,
                                                  gint64        *amount);

STYR_AVAILABLE_IN_ALL
guint        styr_sie_file_get_n_period_rows     (StyrSieFile   *self);
STYR_AVAILABLE_IN_ALL
void         styr_sie_file_get_period_row        (StyrSieFile   *self,
                                                  guint          position,
                                                  gboolean      *budget,
                                                  int           *year_index,
                                                  guint         *period,
                                                  const char   **account,
                                                  guint         *n_objects,
                                                  gint64        *amount,
                                                  gboolean      *has_quantity,
                                                  gint64        *quantity);
STYR_AVAILABLE_IN_ALL
void         styr_sie_file_get_period_row_object (StyrSieFile   *self,
                                                  guint          position,
                                                  guint          object,
                                                  const char   **dim,
                                                  const char   **id);
STYR_AVAILABLE_IN_ALL
gint64      *styr_sie_file_dup_period_balances   (StyrSieFile   *self,
                                                  gboolean       budget,
                                                  int            year_index,
                                                  const char    *account,
                                                  guint        **periods,
                                                  gsize         *n_periods);
STYR_AVAILABLE_IN_ALL
gboolean     styr_sie_file_get_period_balance    (StyrSieFile   *self,
                                                  int            year_index,
                                                  int            year,
                                                  int            month,
                                                  const char    *account,
                                                  gint64        *amount);
STYR_AVAILABLE_IN_ALL
gboolean     styr_sie_file_get_period_balance_for_object (StyrSieFile *self,
                                                  int            year_index,
                                                  int            year,
                                                  int            month,
                                                  const char    *account,
                                                  const char    *dim,
                                                  const char    *object,
                                                  gint64        *amount);
STYR_AVAILABLE_IN_ALL
gboolean     styr_sie_file_get_period_budget     (StyrSieFile   *self,
                                                  int            year_index,
                                                  int            year,
                                                  int            month,
                                                  const char    *account,
                                                  gint64        *amount);

STYR_AVAILABLE_IN_ALL
guint        styr_sie_file_get_n_vouchers        (StyrSieFile   *self);
STYR_AVAILABLE_IN_ALL
void         styr_sie_file_get_voucher           (StyrSieFile   *self,
                                                  guint          position,
                                                  const char   **series,
                                                  const char   **number,
                                                  GDate         *date,
                                                  const char   **text);
STYR_AVAILABLE_IN_ALL
guint        styr_sie_file_get_n_transactions    (StyrSieFile   *self);
STYR_AVAILABLE_IN_ALL
void         styr_sie_file_get_transaction       (StyrSieFile   *self,
                                                  guint          position,
                                                  guint         *voucher,
                                                  const char   **account,
                                                  guint         *n_objects,
                                                  gint64        *amount,
                                                  GDate         *date,
                                                  const char   **text);
STYR_AVAILABLE_IN_ALL
void         styr_sie_file_get_transaction_object (StyrSieFile  *self,
                                                  guint          position,
                                                  guint          object,
                                                  const char   **dim,
                                                  const char   **id);
STYR_AVAILABLE_IN_ALL
gboolean     styr_sie_file_sum_transactions      (StyrSieFile   *self,
                                                  const char    *account,
                                                  int            year,
                                                  int            month,
                                                  gint64        *amount);

G_END_DECLS
