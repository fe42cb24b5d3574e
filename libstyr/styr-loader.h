/* styr-loader.h
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

#define STYR_TYPE_LOADER (styr_loader_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrLoader, styr_loader, STYR, LOADER, GObject)

STYR_AVAILABLE_IN_ALL
StyrLoader *styr_loader_new                  (void);

STYR_AVAILABLE_IN_ALL
double      styr_loader_get_progress         (StyrLoader           *self);

STYR_AVAILABLE_IN_ALL
int         styr_loader_get_max_depth        (StyrLoader           *self);
STYR_AVAILABLE_IN_ALL
void        styr_loader_set_max_depth        (StyrLoader           *self,
                                              int                   max_depth);
STYR_AVAILABLE_IN_ALL
guint       styr_loader_get_max_text_length  (StyrLoader           *self);
STYR_AVAILABLE_IN_ALL
void        styr_loader_set_max_text_length  (StyrLoader           *self,
                                              guint                 max_text_length);
STYR_AVAILABLE_IN_ALL
int         styr_loader_get_max_attributes   (StyrLoader           *self);
STYR_AVAILABLE_IN_ALL
void        styr_loader_set_max_attributes   (StyrLoader           *self,
                                              int                   max_attributes);

STYR_AVAILABLE_IN_ALL
StyrModel  *styr_loader_load_file            (StyrLoader           *self,
                                              GFile                *file,
                                              GCancellable         *cancellable,
                                              GError              **error);
STYR_AVAILABLE_IN_ALL
StyrModel  *styr_loader_load_stream          (StyrLoader           *self,
                                              GInputStream         *stream,
                                              const char           *name,
                                              GCancellable         *cancellable,
                                              GError              **error);
STYR_AVAILABLE_IN_ALL
StyrModel  *styr_loader_load_bytes           (StyrLoader           *self,
                                              GBytes               *bytes,
                                              const char           *name,
                                              GError              **error);
STYR_AVAILABLE_IN_ALL
void        styr_loader_load_file_async      (StyrLoader           *self,
                                              GFile                *file,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
STYR_AVAILABLE_IN_ALL
StyrModel  *styr_loader_load_file_finish     (StyrLoader           *self,
                                              GAsyncResult         *result,
                                              GError              **error);

/* Convenience constructors of StyrModel (styr-loader.c). */
STYR_AVAILABLE_IN_ALL
StyrModel  *styr_model_new_from_file         (GFile                *file,
                                              GCancellable         *cancellable,
                                              GError              **error);
STYR_AVAILABLE_IN_ALL
StyrModel  *styr_model_new_from_path         (const char           *path,
                                              GError              **error);
STYR_AVAILABLE_IN_ALL
StyrModel  *styr_model_new_from_bytes        (GBytes               *bytes,
                                              GError              **error);

G_END_DECLS
