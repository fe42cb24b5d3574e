/* styr-budget.h — frames (*ramar*), budget lines and periodisation.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <glib-object.h>

#include "styr-version-macros.h"
#include "styr-period.h"
#include "styr-organ.h"
#include "styr-unit.h"
#include "styr-model.h"
#include "styr-allocation.h"

G_BEGIN_DECLS

/**
 * STYR_BASIS_POINTS_WHOLE:
 *
 * 100 % in basis points (*baspunkter*, hundredths of a per cent): 10 000.
 * libstyr keeps every percentage as an integer count of basis points, so
 * 1,5 % is 150 and 2,25 % is 225; the twelve weights of a periodisation
 * key sum to exactly this.
 *
 * Since: 1.0
 */
#define STYR_BASIS_POINTS_WHOLE 10000

/**
 * STYR_N_MONTHS:
 *
 * The number of months of a budget year, and of weights in a
 * periodisation key: 12.
 *
 * Since: 1.0
 */
#define STYR_N_MONTHS 12

/**
 * StyrPeriodisationKey:
 * @STYR_PERIODISATION_KEY_LINEAR: *linjär*, id `linjar`, the default: an
 *   exact twelfth of the year every month (twelve equal weights of 1, not
 *   rounded to basis points, so 1 200 öre gives 100 öre a month)
 * @STYR_PERIODISATION_KEY_PERSONNEL: *personal*, id `personal`: personnel
 *   costs with a low summer: 900 basis points (9 %) every month except
 *   July, 200 (2 %), and August, 800 (8 %): 10 × 900 + 200 + 800 = 10 000
 *
 * The built-in periodisation keys (*periodiseringsnycklar*): how an annual
 * budget amount is spread over the twelve months. Every model knows them
 * by their ids; [method@Styr.Model.add_periodisation_key] adds custom
 * twelve-month profiles next to them.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_PERIODISATION_KEY_LINEAR,
  STYR_PERIODISATION_KEY_PERSONNEL,
} StyrPeriodisationKey;

STYR_AVAILABLE_IN_ALL
const char    *styr_periodisation_key_get_id      (StyrPeriodisationKey  key);
STYR_AVAILABLE_IN_ALL
const int     *styr_periodisation_key_get_weights (StyrPeriodisationKey  key,
                                                   gsize                *n_weights);

STYR_AVAILABLE_IN_ALL
gint64        *styr_budget_periodise              (gint64                ore,
                                                   const int            *weights,
                                                   gsize                 n_weights,
                                                   gsize                *n_months,
                                                   GError              **error);

/* Frames (ramar) on organs. */
STYR_AVAILABLE_IN_ALL
gboolean       styr_organ_set_frame               (StyrOrgan            *self,
                                                   int                   year,
                                                   gint64                ore,
                                                   GError              **error);
STYR_AVAILABLE_IN_ALL
gboolean       styr_organ_lookup_frame            (StyrOrgan            *self,
                                                   int                   year,
                                                   gint64               *ore);
STYR_AVAILABLE_IN_ALL
gboolean       styr_organ_remove_frame            (StyrOrgan            *self,
                                                   int                   year);
STYR_AVAILABLE_IN_ALL
int           *styr_organ_dup_frame_years         (StyrOrgan            *self,
                                                   gsize                *n_years);
STYR_AVAILABLE_IN_ALL
StyrAllocation *styr_organ_get_allocation         (StyrOrgan            *self);
STYR_AVAILABLE_IN_ALL
gboolean       styr_organ_set_allocation          (StyrOrgan            *self,
                                                   StyrAllocation       *allocation,
                                                   GError              **error);
STYR_AVAILABLE_IN_ALL
gboolean       styr_allocation_apply              (StyrAllocation       *self,
                                                   StyrOrgan            *organ,
                                                   int                   year,
                                                   GError              **error);
STYR_AVAILABLE_IN_ALL
gboolean       styr_model_sum_frames              (StyrModel            *self,
                                                   int                   year,
                                                   gint64               *total,
                                                   GError              **error);

/* Periodisation keys of a model. */
STYR_AVAILABLE_IN_ALL
gboolean       styr_model_add_periodisation_key   (StyrModel            *self,
                                                   const char           *id,
                                                   const int            *weights,
                                                   gsize                 n_weights,
                                                   GError              **error);
STYR_AVAILABLE_IN_ALL
const int     *styr_model_lookup_periodisation_key (StyrModel           *self,
                                                    const char          *id,
                                                    gsize               *n_weights);
STYR_AVAILABLE_IN_ALL
char         **styr_model_dup_periodisation_key_ids (StyrModel          *self);

/* Budget lines on units. */
STYR_AVAILABLE_IN_ALL
gboolean       styr_unit_set_budget               (StyrUnit             *self,
                                                   int                   year,
                                                   const char           *category,
                                                   gint64                ore,
                                                   GError              **error);
STYR_AVAILABLE_IN_ALL
gboolean       styr_unit_lookup_budget            (StyrUnit             *self,
                                                   int                   year,
                                                   const char           *category,
                                                   gint64               *ore);
STYR_AVAILABLE_IN_ALL
gboolean       styr_unit_remove_budget            (StyrUnit             *self,
                                                   int                   year,
                                                   const char           *category);
STYR_AVAILABLE_IN_ALL
gboolean       styr_unit_set_budget_key           (StyrUnit             *self,
                                                   int                   year,
                                                   const char           *category,
                                                   const char           *key_id,
                                                   GError              **error);
STYR_AVAILABLE_IN_ALL
const char    *styr_unit_get_budget_key           (StyrUnit             *self,
                                                   int                   year,
                                                   const char           *category);
STYR_AVAILABLE_IN_ALL
guint          styr_unit_get_n_budget_lines       (StyrUnit             *self);
STYR_AVAILABLE_IN_ALL
void           styr_unit_get_budget_line          (StyrUnit             *self,
                                                   guint                 position,
                                                   int                  *year,
                                                   const char          **category,
                                                   gint64               *ore,
                                                   const char          **key_id);
STYR_AVAILABLE_IN_ALL
gint64        *styr_unit_dup_monthly_budget       (StyrUnit             *self,
                                                   int                   year,
                                                   const char           *category,
                                                   gsize                *n_months,
                                                   GError              **error);
STYR_AVAILABLE_IN_ALL
gboolean       styr_unit_get_periodised_budget    (StyrUnit             *self,
                                                   const StyrPeriod     *period,
                                                   const char           *category,
                                                   gint64               *ore,
                                                   GError              **error);

G_END_DECLS
