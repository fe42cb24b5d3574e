/* styr-import.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "styr-model.h"
#include "styr-finding.h"

G_BEGIN_DECLS

/**
 * STYR_FINDING_IMPORT_OKANT_NYCKELTAL:
 *
 * The code of a [class@Styr.Finding] of an import: a Kolada KPI in the
 * file has no indicator in the model (no indicator has source
 * %STYR_INDICATOR_SOURCE_KOLADA and the KPI id as source id); its values
 * were skipped. See [method@Styr.Model.import_kolada].
 *
 * Since: 1.0
 */
#define STYR_FINDING_IMPORT_OKANT_NYCKELTAL "import-okant-nyckeltal"

/**
 * STYR_FINDING_IMPORT_OKAND_KOMMUN:
 *
 * The code of a [class@Styr.Finding] of an import: Kolada values for
 * something that is not a municipality — the whole country (`0000`), a
 * region (`0001`–`0099`), an organisational unit or an id that is not a
 * *kommunkod* — were skipped. See [method@Styr.Model.import_kolada].
 *
 * Since: 1.0
 */
#define STYR_FINDING_IMPORT_OKAND_KOMMUN "import-okand-kommun"

/**
 * STYR_FINDING_IMPORT_VARDE_SAKNAS:
 *
 * The code of a [class@Styr.Finding] of an import: a Kolada entry has no
 * total (gender `T` missing or `null`, e.g. a value Kolada withholds), so
 * no value could be recorded for it. See [method@Styr.Model.import_kolada].
 *
 * Since: 1.0
 */
#define STYR_FINDING_IMPORT_VARDE_SAKNAS "import-varde-saknas"

/**
 * STYR_FINDING_IMPORT_FLER_SIDOR:
 *
 * The code of a [class@Styr.Finding] of an import: the Kolada file is one
 * page of a longer answer (it names a next page); the values on the other
 * pages were not in it. See [method@Styr.Model.import_kolada].
 *
 * Since: 1.0
 */
#define STYR_FINDING_IMPORT_FLER_SIDOR "import-fler-sidor"

/**
 * StyrImportFormat:
 * @STYR_IMPORT_FORMAT_TAB: the tab-separated measure file of goal-steering
 *   systems: unit, period date, measure, value
 * @STYR_IMPORT_FORMAT_CSV: a Swedish CSV file with a header line:
 *   `indikator;period;värde[;kvinnor;män][;kommentar]`
 *
 * The formats of [method@Styr.Model.import_measures]. The exact rules are
 * described there.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_IMPORT_FORMAT_TAB,
  STYR_IMPORT_FORMAT_CSV,
} StyrImportFormat;

#define STYR_TYPE_IMPORT_RESULT (styr_import_result_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrImportResult, styr_import_result, STYR, IMPORT_RESULT, GObject)

STYR_AVAILABLE_IN_ALL
guint             styr_import_result_get_n_values            (StyrImportResult  *self);
STYR_AVAILABLE_IN_ALL
guint             styr_import_result_get_n_replaced          (StyrImportResult  *self);
STYR_AVAILABLE_IN_ALL
guint             styr_import_result_get_n_comparison_values (StyrImportResult  *self);
STYR_AVAILABLE_IN_ALL
GListModel       *styr_import_result_get_findings            (StyrImportResult  *self);
STYR_AVAILABLE_IN_ALL
gint64            styr_import_result_get_unmapped_amount     (StyrImportResult  *self);
STYR_AVAILABLE_IN_ALL
guint             styr_import_result_get_n_balance_rows      (StyrImportResult  *self);

STYR_AVAILABLE_IN_ALL
StyrImportResult *styr_model_import_kolada                   (StyrModel         *self,
                                                              GInputStream      *stream,
                                                              const char        *name,
                                                              GCancellable      *cancellable,
                                                              GError           **error);
STYR_AVAILABLE_IN_ALL
StyrImportResult *styr_model_import_kolada_bytes             (StyrModel         *self,
                                                              GBytes            *bytes,
                                                              const char        *name,
                                                              GError           **error);
STYR_AVAILABLE_IN_ALL
StyrImportResult *styr_model_import_measures                 (StyrModel         *self,
                                                              GInputStream      *stream,
                                                              const char        *name,
                                                              StyrImportFormat   format,
                                                              GCancellable      *cancellable,
                                                              GError           **error);
STYR_AVAILABLE_IN_ALL
StyrImportResult *styr_model_import_measures_bytes           (StyrModel         *self,
                                                              GBytes            *bytes,
                                                              const char        *name,
                                                              StyrImportFormat   format,
                                                              GError           **error);

G_END_DECLS
