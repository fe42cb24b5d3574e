/* styr-format-private.h — what the .styr reader and writer share.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "styr-private.h"

G_BEGIN_DECLS

#define STYR_FORMAT_NAMESPACE "urn:libstyr:styr:1"
#define STYR_FORMAT_VERSION   1

/* The Swedish file tokens of the model's enums (docs/format.md). Each
 * enum type the format uses has one table; looking up a type without one
 * is a programming error. */
const char *_styr_format_enum_to_token   (GType        enum_type,
                                          int          value);
gboolean    _styr_format_enum_from_token (GType        enum_type,
                                          const char  *token,
                                          int         *value);
/* The tokens of @enum_type joined with ", " for "expected …" messages. */
char       *_styr_format_enum_tokens     (GType        enum_type);

/* Flags as space-separated tokens in the table's fixed order, NULL when
 * @value has none; reading refuses unknown, repeated and out-of-order
 * tokens (any whitespace separates them; no token is no flag). */
char       *_styr_format_flags_to_string (GType        flags_type,
                                          guint        value);
gboolean    _styr_format_flags_from_string (GType      flags_type,
                                            const char *text,
                                            guint      *value);

/* Doubles in the shortest form that reads back to the same double, with
 * '.' as decimal point; @buf must hold G_ASCII_DTOSTR_BUF_SIZE bytes.
 * Non-finite values are not written (the caller leaves them out). */
const char *_styr_format_double          (char        *buf,
                                          double       value);
/* Strict: the whole string must be a finite number in C syntax. */
gboolean    _styr_format_parse_double    (const char  *text,
                                          double      *value);
/* Strict decimal integer within [min, max]. */
gboolean    _styr_format_parse_int       (const char  *text,
                                          gint64       min,
                                          gint64       max,
                                          gint64      *value);

/* ISO 8601 dates, YYYY-MM-DD; @buf must hold 11 bytes. */
const char *_styr_format_date            (char        *buf,
                                          const GDate *date);
gboolean    _styr_format_parse_date      (const char  *text,
                                          GDate       *date);

/* "ja" / "nej". */
gboolean    _styr_format_parse_bool      (const char  *text,
                                          gboolean    *value);

G_END_DECLS
