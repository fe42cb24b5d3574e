/* styr-entity.h
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

typedef struct _StyrModel StyrModel;

#define STYR_TYPE_ENTITY (styr_entity_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_DERIVABLE_TYPE (StyrEntity, styr_entity, STYR, ENTITY, GObject)

/**
 * StyrEntityClass:
 * @parent_class: the parent class
 *
 * The class structure of [class@Styr.Entity]. The library's entity types
 * are final; applications do not subclass [class@Styr.Entity].
 *
 * Since: 1.0
 */
struct _StyrEntityClass
{
  GObjectClass parent_class;

  /*< private >*/
  gpointer  _padding[8];
};

STYR_AVAILABLE_IN_ALL
const char *styr_entity_get_id    (StyrEntity *self);
STYR_AVAILABLE_IN_ALL
const char *styr_entity_get_label (StyrEntity *self);
STYR_AVAILABLE_IN_ALL
StyrModel  *styr_entity_get_model (StyrEntity *self);

G_END_DECLS
