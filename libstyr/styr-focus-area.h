/* styr-focus-area.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "styr-entity.h"
#include "styr-unit.h"

G_BEGIN_DECLS


#define STYR_TYPE_FOCUS_AREA (styr_focus_area_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrFocusArea, styr_focus_area, STYR, FOCUS_AREA, StyrEntity)

STYR_AVAILABLE_IN_ALL
StyrFocusArea *styr_focus_area_new (const char *id, const char *name);

STYR_AVAILABLE_IN_ALL
const char *styr_focus_area_get_name (StyrFocusArea *self);

STYR_AVAILABLE_IN_ALL
void styr_focus_area_set_name (StyrFocusArea *self, const char *name);

STYR_AVAILABLE_IN_ALL
const char *styr_focus_area_get_description (StyrFocusArea *self);

STYR_AVAILABLE_IN_ALL
void styr_focus_area_set_description (StyrFocusArea *self, const char *description);

STYR_AVAILABLE_IN_ALL
StyrUnit *styr_focus_area_get_owner (StyrFocusArea *self);

STYR_AVAILABLE_IN_ALL
gboolean styr_focus_area_set_owner (StyrFocusArea  *self,
                                    StyrUnit       *owner,
                                    GError        **error);

STYR_AVAILABLE_IN_ALL
GListModel *styr_focus_area_get_goals (StyrFocusArea *self);

STYR_AVAILABLE_IN_ALL
GListModel *styr_focus_area_get_activities (StyrFocusArea *self);

G_END_DECLS
