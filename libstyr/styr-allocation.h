/* styr-allocation.h
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

#define STYR_TYPE_ALLOCATION (styr_allocation_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrAllocation, styr_allocation, STYR, ALLOCATION, GObject)

STYR_AVAILABLE_IN_ALL
StyrAllocation  *styr_allocation_new              (void);
STYR_AVAILABLE_IN_ALL
StyrAllocation  *styr_allocation_copy             (StyrAllocation  *self);

STYR_AVAILABLE_IN_ALL
gboolean         styr_allocation_set_fixed        (StyrAllocation  *self,
                                                   int              year,
                                                   gint64           ore,
                                                   GError         **error);
STYR_AVAILABLE_IN_ALL
gint64           styr_allocation_get_fixed        (StyrAllocation  *self,
                                                   int              year);
STYR_AVAILABLE_IN_ALL
gboolean         styr_allocation_lookup_fixed     (StyrAllocation  *self,
                                                   int              year,
                                                   gint64          *ore);
STYR_AVAILABLE_IN_ALL
gboolean         styr_allocation_set_index        (StyrAllocation  *self,
                                                   int              year,
                                                   int              basis_points,
                                                   GError         **error);
STYR_AVAILABLE_IN_ALL
int              styr_allocation_get_index        (StyrAllocation  *self,
                                                   int              year);
STYR_AVAILABLE_IN_ALL
gboolean         styr_allocation_set_efficiency   (StyrAllocation  *self,
                                                   int              year,
                                                   int              basis_points,
                                                   GError         **error);
STYR_AVAILABLE_IN_ALL
int              styr_allocation_get_efficiency   (StyrAllocation  *self,
                                                   int              year);

STYR_AVAILABLE_IN_ALL
int             *styr_allocation_dup_years        (StyrAllocation  *self,
                                                   gsize           *n_years);

STYR_AVAILABLE_IN_ALL
gboolean         styr_allocation_add_driver       (StyrAllocation  *self,
                                                   const char      *id,
                                                   const char      *name,
                                                   const char      *unit,
                                                   GError         **error);
STYR_AVAILABLE_IN_ALL
char           **styr_allocation_dup_driver_ids   (StyrAllocation  *self);
STYR_AVAILABLE_IN_ALL
const char      *styr_allocation_get_driver_name  (StyrAllocation  *self,
                                                   const char      *driver_id);
STYR_AVAILABLE_IN_ALL
const char      *styr_allocation_get_driver_unit  (StyrAllocation  *self,
                                                   const char      *driver_id);
STYR_AVAILABLE_IN_ALL
gboolean         styr_allocation_set_volume       (StyrAllocation  *self,
                                                   const char      *driver_id,
                                                   int              year,
                                                   gint64           volume,
                                                   GError         **error);
STYR_AVAILABLE_IN_ALL
gboolean         styr_allocation_lookup_volume    (StyrAllocation  *self,
                                                   const char      *driver_id,
                                                   int              year,
                                                   gint64          *volume);
STYR_AVAILABLE_IN_ALL
gboolean         styr_allocation_set_price        (StyrAllocation  *self,
                                                   const char      *driver_id,
                                                   int              year,
                                                   gint64           ore,
                                                   GError         **error);
STYR_AVAILABLE_IN_ALL
gboolean         styr_allocation_lookup_price     (StyrAllocation  *self,
                                                   const char      *driver_id,
                                                   int              year,
                                                   gint64          *ore);

STYR_AVAILABLE_IN_ALL
gboolean         styr_allocation_compute_frame    (StyrAllocation  *self,
                                                   int              year,
                                                   gint64          *frame_ore,
                                                   GError         **error);
STYR_AVAILABLE_IN_ALL
gboolean         styr_allocation_get_cost_per_unit (StyrAllocation *self,
                                                    const char     *driver_id,
                                                    int             year,
                                                    gint64         *ore_per_unit,
                                                    GError        **error);

G_END_DECLS
