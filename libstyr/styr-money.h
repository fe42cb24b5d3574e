/* styr-money.h — amounts of money: checked arithmetic, rounding,
 * Swedish formatting and parsing.
 *
 * THE ONE MONEY REPRESENTATION OF LIBSTYR: an amount is a `gint64`
 * counting **öre** (1 kr = 100 öre). Never a float, never kronor in one
 * place and öre in another. Frames, budget lines, outcomes and forecasts
 * all hold öre; only display rounds, and totals are summed in öre before
 * they are rounded once (DOMAIN.md §8).
 *
 * A `gint64` holds ±9 223 372 036 854 775 807 öre (about ±92 000 000
 * miljarder kr). JavaScript (GJS) numbers are exact only up to ±2^53 öre,
 * about ±90 000 000 000 000 kr — far beyond the budget of any
 * municipality, but the library's own range is the `gint64` one.
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
 * StyrMoneyUnit:
 * @STYR_MONEY_UNIT_KR: kronor (*kr*): 100 öre
 * @STYR_MONEY_UNIT_TKR: thousands of kronor (*tkr*): 100 000 öre
 * @STYR_MONEY_UNIT_MNKR: millions of kronor (*mnkr*): 100 000 000 öre
 *
 * The unit an amount is shown in ([func@Styr.money_format],
 * [func@Styr.money_round]).
 *
 * **Amounts of money in libstyr are `gint64` öre** (1 kr = 100 öre),
 * everywhere: the one money representation of the library, exact and
 * never a float. The units here are for display only. Sums are made on
 * the öre and rounded once for display; rounding every amount first and
 * adding the rounded figures gives another — wrong — total.
 *
 * A `gint64` holds ±9 223 372 036 854 775 807 öre; arithmetic that goes
 * beyond fails with %STYR_ERROR_OVERFLOW ([func@Styr.money_add] and its
 * siblings). In JavaScript (GJS), where a `gint64` becomes a `Number`,
 * amounts are exact up to ±2^53 öre, about ±90 000 000 000 000 kr: far
 * beyond the budget of any municipality, but not checked by the library.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_MONEY_UNIT_KR,
  STYR_MONEY_UNIT_TKR,
  STYR_MONEY_UNIT_MNKR,
} StyrMoneyUnit;

STYR_AVAILABLE_IN_ALL
gboolean  styr_money_add           (gint64         a,
                                    gint64         b,
                                    gint64        *result,
                                    GError       **error);

STYR_AVAILABLE_IN_ALL
gboolean  styr_money_subtract      (gint64         a,
                                    gint64         b,
                                    gint64        *result,
                                    GError       **error);

STYR_AVAILABLE_IN_ALL
gboolean  styr_money_multiply      (gint64         amount,
                                    gint64         factor,
                                    gint64        *result,
                                    GError       **error);

STYR_AVAILABLE_IN_ALL
gboolean  styr_money_scale         (gint64         amount,
                                    gint64         numerator,
                                    gint64         denominator,
                                    gint64        *result,
                                    GError       **error);

STYR_AVAILABLE_IN_ALL
gboolean  styr_money_sum           (const gint64  *amounts,
                                    gsize          n_amounts,
                                    gint64        *result,
                                    GError       **error);

STYR_AVAILABLE_IN_ALL
gint64    styr_money_round         (gint64         ore,
                                    StyrMoneyUnit  unit,
                                    int            decimals);

STYR_AVAILABLE_IN_ALL
char     *styr_money_format        (gint64         ore,
                                    StyrMoneyUnit  unit,
                                    int            decimals);

STYR_AVAILABLE_IN_ALL
char     *styr_money_format_plain  (gint64         ore,
                                    StyrMoneyUnit  unit,
                                    int            decimals);

STYR_AVAILABLE_IN_ALL
gboolean  styr_money_parse         (const char    *text,
                                    gint64        *ore,
                                    GError       **error);

G_END_DECLS
