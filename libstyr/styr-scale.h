/* styr-scale.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <glib-object.h>

#include <gio/gio.h>

#include "styr-version-macros.h"
#include "styr-scale-level.h"

G_BEGIN_DECLS

/**
 * StyrScalePreset:
 * @STYR_SCALE_PRESET_THREE_LEVEL: the common three levels *uppfyllt* / *delvis uppfyllt* / *ej uppfyllt* (green / yellow / red, e.g. Helsingborg)
 * @STYR_SCALE_PRESET_VASTERAS: Västerås: *kan uppnås* / *kan delvis uppnås* / *blir svårt att uppnå*, with *bedömning saknas* as the not-assessed state
 * @STYR_SCALE_PRESET_JONKOPING: Jönköping's five levels: *uppnått* / *bedöms kunna uppnås* / *osäkert* / *bedöms inte kunna uppnås* / *har inte uppnåtts*
 *
 * The fulfilment scales shipped with libstyr ([ctor@Styr.Scale.new_preset]).
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_SCALE_PRESET_THREE_LEVEL,
  STYR_SCALE_PRESET_VASTERAS,
  STYR_SCALE_PRESET_JONKOPING,
} StyrScalePreset;


#define STYR_TYPE_SCALE (styr_scale_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrScale, styr_scale, STYR, SCALE, GObject)

STYR_AVAILABLE_IN_ALL
StyrScale *styr_scale_new (const char *id);

STYR_AVAILABLE_IN_ALL
const char *styr_scale_get_id (StyrScale *self);

STYR_AVAILABLE_IN_ALL
const char *styr_scale_get_name (StyrScale *self);

STYR_AVAILABLE_IN_ALL
void styr_scale_set_name (StyrScale *self, const char *name);

STYR_AVAILABLE_IN_ALL
const char *styr_scale_get_not_assessed_label (StyrScale *self);

STYR_AVAILABLE_IN_ALL
void styr_scale_set_not_assessed_label (StyrScale *self, const char *not_assessed_label);

STYR_AVAILABLE_IN_ALL
StyrScale *styr_scale_new_preset (StyrScalePreset preset);

STYR_AVAILABLE_IN_ALL
GListModel *styr_scale_get_levels (StyrScale *self);

STYR_AVAILABLE_IN_ALL
guint styr_scale_get_n_levels (StyrScale *self);

STYR_AVAILABLE_IN_ALL
StyrScaleLevel *styr_scale_get_level (StyrScale *self, guint position);

STYR_AVAILABLE_IN_ALL
StyrScaleLevel *styr_scale_lookup_level (StyrScale *self, const char *id);

STYR_AVAILABLE_IN_ALL
gboolean styr_scale_add_level (StyrScale *self, StyrScaleLevel *level, GError **error);

G_END_DECLS
