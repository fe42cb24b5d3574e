/* styr-unit.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "styr-entity.h"

G_BEGIN_DECLS

/**
 * StyrUnitKind:
 * @STYR_UNIT_KIND_ADMINISTRATION: an administration or sector, *förvaltning* or *sektor*, led by a *förvaltningschef* or *sektorschef*
 * @STYR_UNIT_KIND_OPERATION: an operation within an administration, *verksamhet*, led by a *verksamhetschef*
 * @STYR_UNIT_KIND_UNIT: a unit, *enhet* (a school, a home-care group), led by an *enhetschef* or *rektor*; budget lines and outcomes belong to units
 *
 * The levels of the administration (*förvaltningsorganisationen*).
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_UNIT_KIND_ADMINISTRATION,
  STYR_UNIT_KIND_OPERATION,
  STYR_UNIT_KIND_UNIT,
} StyrUnitKind;


#define STYR_TYPE_UNIT (styr_unit_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrUnit, styr_unit, STYR, UNIT, StyrEntity)

STYR_AVAILABLE_IN_ALL
StyrUnit *styr_unit_new (const char *id, StyrUnitKind kind, const char *name);

STYR_AVAILABLE_IN_ALL
const char *styr_unit_get_name (StyrUnit *self);

STYR_AVAILABLE_IN_ALL
void styr_unit_set_name (StyrUnit *self, const char *name);

STYR_AVAILABLE_IN_ALL
StyrUnitKind styr_unit_get_kind (StyrUnit *self);

STYR_AVAILABLE_IN_ALL
const char *styr_unit_get_head (StyrUnit *self);

STYR_AVAILABLE_IN_ALL
void styr_unit_set_head (StyrUnit *self, const char *head);

STYR_AVAILABLE_IN_ALL
StyrUnit *styr_unit_get_parent (StyrUnit *self);

STYR_AVAILABLE_IN_ALL
gboolean styr_unit_set_parent (StyrUnit  *self,
                               StyrUnit  *parent,
                               GError   **error);

STYR_AVAILABLE_IN_ALL
GListModel *styr_unit_get_children (StyrUnit *self);

STYR_AVAILABLE_IN_ALL
GListModel *styr_unit_get_organs_served (StyrUnit *self);

G_END_DECLS
