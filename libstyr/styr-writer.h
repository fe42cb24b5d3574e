/* styr-writer.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "styr-model.h"

G_BEGIN_DECLS

/**
 * StyrSaveFlags:
 * @STYR_SAVE_FLAGS_NONE: no flags
 * @STYR_SAVE_FLAGS_BACKUP: keep the previous contents of the file as a
 *   backup next to it, named like the file with `~` appended (`FILE~`)
 *
 * Flags for [method@Styr.Model.save] and [method@Styr.Model.save_to_path].
 *
 * Since: 1.0
 */
typedef enum /*< flags >*/
{
  STYR_SAVE_FLAGS_NONE   = 0,
  STYR_SAVE_FLAGS_BACKUP = 1 << 0,
} StyrSaveFlags;

STYR_AVAILABLE_IN_ALL
GBytes   *styr_model_to_bytes     (StyrModel      *self);

STYR_AVAILABLE_IN_ALL
gboolean  styr_model_save         (StyrModel      *self,
                                   GFile          *file,
                                   StyrSaveFlags   flags,
                                   GCancellable   *cancellable,
                                   GError        **error);

STYR_AVAILABLE_IN_ALL
gboolean  styr_model_save_to_path (StyrModel      *self,
                                   const char     *path,
                                   StyrSaveFlags   flags,
                                   GError        **error);

G_END_DECLS
