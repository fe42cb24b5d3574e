/* styr-error.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <glib.h>

#include "styr-version-macros.h"

G_BEGIN_DECLS

/**
 * STYR_ERROR:
 *
 * The error domain of libstyr. Errors in this domain carry a
 * [enum@Styr.Error] code.
 *
 * Since: 1.0
 */
#define STYR_ERROR (styr_error_quark ())

/**
 * StyrError:
 * @STYR_ERROR_FAILED: an error without a more specific code
 * @STYR_ERROR_INVALID_ID: an identifier is empty or contains characters
 *   an identifier may not hold (*ogiltigt id*)
 * @STYR_ERROR_DUPLICATE_ID: another object in the model already has the
 *   identifier (*id används redan*)
 * @STYR_ERROR_NOT_FOUND: no object has the identifier that was looked up
 *   or referred to (*hittades inte*)
 * @STYR_ERROR_WRONG_MODEL: an object is not part of a model, or belongs to
 *   another model than the one it is being linked within
 * @STYR_ERROR_CYCLE: a link would make the goal chain (*målkedjan*) cyclic
 * @STYR_ERROR_WRONG_LEVEL: a goal is linked to a goal at a level that
 *   cannot be its parent, e.g. an *inriktningsmål* under a *nämndmål*
 * @STYR_ERROR_WRONG_OWNER: an owner of the wrong kind for the object, e.g.
 *   a *nämndmål* owned by a unit (*enhet*)
 * @STYR_ERROR_IN_USE: an object cannot be removed because others refer to it
 * @STYR_ERROR_INVALID_ARGUMENT: a value is outside what the call accepts
 * @STYR_ERROR_PARSE: text could not be parsed (a period, a file)
 * @STYR_ERROR_UNSUPPORTED: a file is in another format, namespace or a
 *   newer format version than this library reads
 * @STYR_ERROR_UNSAFE: a file uses a construct the loader refuses for
 *   safety: a document type declaration, an external or internal entity
 * @STYR_ERROR_LIMIT_EXCEEDED: a file exceeds a limit of the loader
 *   (nesting depth, the length of a text or an attribute value)
 * @STYR_ERROR_OVERFLOW: a result does not fit the type that holds it, e.g.
 *   a sum of money beyond the range of a `gint64` in öre
 *   ([func@Styr.money_add])
 *
 * Error codes in the %STYR_ERROR domain.
 *
 * New codes may be added at the end in later versions.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_ERROR_FAILED,
  STYR_ERROR_INVALID_ID,
  STYR_ERROR_DUPLICATE_ID,
  STYR_ERROR_NOT_FOUND,
  STYR_ERROR_WRONG_MODEL,
  STYR_ERROR_CYCLE,
  STYR_ERROR_WRONG_LEVEL,
  STYR_ERROR_WRONG_OWNER,
  STYR_ERROR_IN_USE,
  STYR_ERROR_INVALID_ARGUMENT,
  STYR_ERROR_PARSE,
  STYR_ERROR_UNSUPPORTED,
  STYR_ERROR_UNSAFE,
  STYR_ERROR_LIMIT_EXCEEDED,
  STYR_ERROR_OVERFLOW,
} StyrError;

STYR_AVAILABLE_IN_ALL
GQuark styr_error_quark (void);

G_END_DECLS
