/* fuzz-load.c — libFuzzer target: any bytes into styr_loader_load_bytes().
 *
 * A load either gives a model or a GError, never both, never neither, and
 * never a crash, a leak or a sanitizer report.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdint.h>
#include <stdlib.h>

#include <libstyr/styr.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static StyrLoader *loader = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyrModel) model = NULL;

  if (loader == NULL)
    loader = styr_loader_new ();

  bytes = g_bytes_new_static (data, size);
  model = styr_loader_load_bytes (loader, bytes, "fuzz.styr", &error);
  if ((model == NULL) == (error == NULL))
    abort ();
  if (error != NULL && !g_str_has_prefix (error->message, "fuzz.styr:"))
    abort ();

  return 0;
}
