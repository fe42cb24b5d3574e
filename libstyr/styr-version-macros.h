/* styr-version-macros.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <glib.h>

#include "styr-version.h"

#ifndef _STYR_EXTERN
# define _STYR_EXTERN __attribute__((visibility("default"))) extern
#endif

#define STYR_VERSION_1_0 (G_ENCODE_VERSION (1, 0))

#ifdef STYR_DISABLE_DEPRECATION_WARNINGS
# define STYR_DEPRECATED _STYR_EXTERN
# define STYR_DEPRECATED_FOR(f) _STYR_EXTERN
# define STYR_UNAVAILABLE(maj,min) _STYR_EXTERN
#else
# define STYR_DEPRECATED G_DEPRECATED _STYR_EXTERN
# define STYR_DEPRECATED_FOR(f) G_DEPRECATED_FOR(f) _STYR_EXTERN
# define STYR_UNAVAILABLE(maj,min) G_UNAVAILABLE(maj,min) _STYR_EXTERN
#endif

#define STYR_AVAILABLE_IN_ALL _STYR_EXTERN
#define STYR_AVAILABLE_IN_1_0 _STYR_EXTERN
