/* styr-error.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "styr-error.h"

/**
 * styr_error_quark:
 *
 * The quark of the %STYR_ERROR domain.
 *
 * Returns: the error domain quark
 *
 * Since: 1.0
 */
G_DEFINE_QUARK (styr-error-quark, styr_error)
