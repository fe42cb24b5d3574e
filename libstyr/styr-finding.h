/* styr-finding.h
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
 * StyrSeverity:
 * @STYR_SEVERITY_ERROR: an error (*fel*): the goal chain does not hang
 *   together or a goal cannot be followed up; the plan should not be
 *   adopted or reported on as it is
 * @STYR_SEVERITY_WARNING: a warning (*varning*): something a controller
 *   should fix before the next follow-up, e.g. a goal without an owner
 * @STYR_SEVERITY_INFO: information (*information*): worth knowing, but
 *   often deliberate, e.g. a perspective with no *verksamhetsmål*
 *
 * How serious a [class@Styr.Finding] is (*allvarlighet*), most serious
 * first.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_SEVERITY_ERROR,
  STYR_SEVERITY_WARNING,
  STYR_SEVERITY_INFO,
} StyrSeverity;

STYR_AVAILABLE_IN_ALL
const char  *styr_severity_to_string    (StyrSeverity   severity);

#define STYR_TYPE_FINDING (styr_finding_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrFinding, styr_finding, STYR, FINDING, GObject)

STYR_AVAILABLE_IN_ALL
StyrFinding *styr_finding_new           (StyrSeverity   severity,
                                         const char    *code,
                                         const char    *message,
                                         StyrEntity   **objects,
                                         gsize          n_objects);

STYR_AVAILABLE_IN_ALL
StyrSeverity styr_finding_get_severity  (StyrFinding   *self);
STYR_AVAILABLE_IN_ALL
const char  *styr_finding_get_code      (StyrFinding   *self);
STYR_AVAILABLE_IN_ALL
const char  *styr_finding_get_message   (StyrFinding   *self);
STYR_AVAILABLE_IN_ALL
GListModel  *styr_finding_get_objects   (StyrFinding   *self);

G_END_DECLS
