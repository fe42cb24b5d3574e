/* styr-scale-level.h
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


#define STYR_TYPE_SCALE_LEVEL (styr_scale_level_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrScaleLevel, styr_scale_level, STYR, SCALE_LEVEL, GObject)

STYR_AVAILABLE_IN_ALL
StyrScaleLevel *styr_scale_level_new (const char *id);

STYR_AVAILABLE_IN_ALL
const char *styr_scale_level_get_id (StyrScaleLevel *self);

STYR_AVAILABLE_IN_ALL
const char *styr_scale_level_get_label (StyrScaleLevel *self);

STYR_AVAILABLE_IN_ALL
void styr_scale_level_set_label (StyrScaleLevel *self, const char *label);

STYR_AVAILABLE_IN_ALL
const char *styr_scale_level_get_colour (StyrScaleLevel *self);

STYR_AVAILABLE_IN_ALL
void styr_scale_level_set_colour (StyrScaleLevel *self, const char *colour);

STYR_AVAILABLE_IN_ALL
double styr_scale_level_get_score (StyrScaleLevel *self);

STYR_AVAILABLE_IN_ALL
void styr_scale_level_set_score (StyrScaleLevel *self, double score);

G_END_DECLS
