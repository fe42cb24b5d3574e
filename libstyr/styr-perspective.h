/* styr-perspective.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include "styr-entity.h"

G_BEGIN_DECLS


#define STYR_TYPE_PERSPECTIVE (styr_perspective_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrPerspective, styr_perspective, STYR, PERSPECTIVE, StyrEntity)

STYR_AVAILABLE_IN_ALL
StyrPerspective *styr_perspective_new (const char *id, const char *name);

STYR_AVAILABLE_IN_ALL
const char *styr_perspective_get_name (StyrPerspective *self);

STYR_AVAILABLE_IN_ALL
void styr_perspective_set_name (StyrPerspective *self, const char *name);

STYR_AVAILABLE_IN_ALL
const char *styr_perspective_get_colour (StyrPerspective *self);

STYR_AVAILABLE_IN_ALL
void styr_perspective_set_colour (StyrPerspective *self, const char *colour);

STYR_AVAILABLE_IN_ALL
const char *styr_perspective_get_description (StyrPerspective *self);

STYR_AVAILABLE_IN_ALL
void styr_perspective_set_description (StyrPerspective *self, const char *description);

G_END_DECLS
