/* styr-organ.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include "styr-entity.h"
#include "styr-unit.h"
#include "styr-document.h"

G_BEGIN_DECLS

/**
 * StyrOrganKind:
 * @STYR_ORGAN_KIND_COUNCIL: the municipal council, *kommunfullmäktige* (KF)
 * @STYR_ORGAN_KIND_EXECUTIVE_BOARD: the municipal executive board, *kommunstyrelsen* (KS)
 * @STYR_ORGAN_KIND_BOARD: a committee board, *nämnd*
 * @STYR_ORGAN_KIND_COMMITTEE: a council committee, *beredning*
 * @STYR_ORGAN_KIND_AUDIT: the auditors, *revision*
 * @STYR_ORGAN_KIND_COMPANY: a municipal company, *kommunalt bolag*, steered through *ägardirektiv*
 *
 * The kinds of political organ (*politiskt organ*).
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_ORGAN_KIND_COUNCIL,
  STYR_ORGAN_KIND_EXECUTIVE_BOARD,
  STYR_ORGAN_KIND_BOARD,
  STYR_ORGAN_KIND_COMMITTEE,
  STYR_ORGAN_KIND_AUDIT,
  STYR_ORGAN_KIND_COMPANY,
} StyrOrganKind;


#define STYR_TYPE_ORGAN (styr_organ_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrOrgan, styr_organ, STYR, ORGAN, StyrEntity)

STYR_AVAILABLE_IN_ALL
StyrOrgan *styr_organ_new (const char *id, StyrOrganKind kind, const char *name);

STYR_AVAILABLE_IN_ALL
const char *styr_organ_get_name (StyrOrgan *self);

STYR_AVAILABLE_IN_ALL
void styr_organ_set_name (StyrOrgan *self, const char *name);

STYR_AVAILABLE_IN_ALL
StyrOrganKind styr_organ_get_kind (StyrOrgan *self);

STYR_AVAILABLE_IN_ALL
StyrUnit *styr_organ_get_sector (StyrOrgan *self);

STYR_AVAILABLE_IN_ALL
gboolean styr_organ_set_sector (StyrOrgan  *self,
                                StyrUnit   *sector,
                                GError    **error);

STYR_AVAILABLE_IN_ALL
StyrDocument *styr_organ_get_owner_directive (StyrOrgan *self);

STYR_AVAILABLE_IN_ALL
gboolean styr_organ_set_owner_directive (StyrOrgan     *self,
                                         StyrDocument  *directive,
                                         GError       **error);

G_END_DECLS
