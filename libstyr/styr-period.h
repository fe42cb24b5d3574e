/* styr-period.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <glib-object.h>

#include "styr-version-macros.h"

G_BEGIN_DECLS

/**
 * StyrPeriodKind:
 * @STYR_PERIOD_KIND_YEAR: a calendar year (*år*), written `2025`; the
 *   budget year is the calendar year
 * @STYR_PERIOD_KIND_TERTIAL: a tertial (*tertial*), four months, written
 *   `2025-T2`; tertial *k* covers months 4(*k*−1)+1 … 4*k*
 * @STYR_PERIOD_KIND_QUARTER: a quarter (*kvartal*), written `2025-Q3`
 * @STYR_PERIOD_KIND_MONTH: a month (*månad*), written `2025-05`
 *
 * The lengths of a [struct@Styr.Period].
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_PERIOD_KIND_YEAR,
  STYR_PERIOD_KIND_TERTIAL,
  STYR_PERIOD_KIND_QUARTER,
  STYR_PERIOD_KIND_MONTH,
} StyrPeriodKind;

typedef struct _StyrPeriod StyrPeriod;

#define STYR_TYPE_PERIOD (styr_period_get_type ())

STYR_AVAILABLE_IN_ALL
GType           styr_period_get_type        (void) G_GNUC_CONST;

STYR_AVAILABLE_IN_ALL
StyrPeriod     *styr_period_new             (StyrPeriodKind     kind,
                                             int                year,
                                             int                number,
                                             GError           **error);
STYR_AVAILABLE_IN_ALL
StyrPeriod     *styr_period_new_year        (int                year);
STYR_AVAILABLE_IN_ALL
StyrPeriod     *styr_period_new_tertial     (int                year,
                                             int                tertial);
STYR_AVAILABLE_IN_ALL
StyrPeriod     *styr_period_new_quarter     (int                year,
                                             int                quarter);
STYR_AVAILABLE_IN_ALL
StyrPeriod     *styr_period_new_month       (int                year,
                                             int                month);
STYR_AVAILABLE_IN_ALL
StyrPeriod     *styr_period_parse           (const char        *text,
                                             GError           **error);
STYR_AVAILABLE_IN_ALL
StyrPeriod     *styr_period_copy            (const StyrPeriod  *self);
STYR_AVAILABLE_IN_ALL
void            styr_period_free            (StyrPeriod        *self);

STYR_AVAILABLE_IN_ALL
StyrPeriodKind  styr_period_get_kind        (const StyrPeriod  *self);
STYR_AVAILABLE_IN_ALL
int             styr_period_get_year        (const StyrPeriod  *self);
STYR_AVAILABLE_IN_ALL
int             styr_period_get_number      (const StyrPeriod  *self);
STYR_AVAILABLE_IN_ALL
int             styr_period_get_first_month (const StyrPeriod  *self);
STYR_AVAILABLE_IN_ALL
int             styr_period_get_last_month  (const StyrPeriod  *self);
STYR_AVAILABLE_IN_ALL
GDate          *styr_period_get_start_date  (const StyrPeriod  *self);
STYR_AVAILABLE_IN_ALL
GDate          *styr_period_get_end_date    (const StyrPeriod  *self);
STYR_AVAILABLE_IN_ALL
char           *styr_period_to_string       (const StyrPeriod  *self);
STYR_AVAILABLE_IN_ALL
int             styr_period_compare         (const StyrPeriod  *a,
                                             const StyrPeriod  *b);
STYR_AVAILABLE_IN_ALL
gboolean        styr_period_equal           (const StyrPeriod  *a,
                                             const StyrPeriod  *b);
STYR_AVAILABLE_IN_ALL
guint           styr_period_hash            (const StyrPeriod  *self);
STYR_AVAILABLE_IN_ALL
gboolean        styr_period_contains        (const StyrPeriod  *self,
                                             const StyrPeriod  *other);
STYR_AVAILABLE_IN_ALL
StyrPeriod     *styr_period_next            (const StyrPeriod  *self);
STYR_AVAILABLE_IN_ALL
StyrPeriod     *styr_period_previous        (const StyrPeriod  *self);
STYR_AVAILABLE_IN_ALL
StyrPeriod     *styr_period_get_year_period (const StyrPeriod  *self);
STYR_AVAILABLE_IN_ALL
gboolean        styr_period_covers_month    (const StyrPeriod  *self,
                                             int                year,
                                             int                month);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyrPeriod, styr_period_free)

G_END_DECLS
