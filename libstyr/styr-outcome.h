/* styr-outcome.h — outcomes (*utfall*), account and object maps, the
 * municipality's result items, and the SIE and CSV outcome imports.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "styr-version-macros.h"
#include "styr-period.h"
#include "styr-unit.h"
#include "styr-model.h"
#include "styr-sie.h"
#include "styr-import.h"

G_BEGIN_DECLS

/**
 * STYR_FINDING_UTFALL_OMAPPAT:
 *
 * The code of a [class@Styr.Finding] of severity %STYR_SEVERITY_WARNING:
 * outcome amounts (*utfall*) could not be attributed to a unit and a cost
 * category, because their object (*kostnadsställe*, *ansvar*) has no unit
 * in the model's object map ([method@Styr.Model.map_object]) or their
 * account no cost category in the account map
 * ([method@Styr.Model.map_accounts]). The amounts are kept as unmapped
 * outcomes ([method@Styr.Model.get_unmapped_outcome]); an import reports
 * one finding per object or account, with the amount in the message, and
 * validation reports them while they remain.
 *
 * Since: 1.0
 */
#define STYR_FINDING_UTFALL_OMAPPAT "utfall-omappat"

/**
 * StyrResultItem:
 * @STYR_RESULT_ITEM_TAX_INCOME: *skatteintäkter*, id `skatteintakter`:
 *   municipal tax income (Kommun-Bas accounts 80xx)
 * @STYR_RESULT_ITEM_GENERAL_GRANTS: *generella statsbidrag och
 *   utjämning*, id `generella-statsbidrag` (accounts 82xx)
 * @STYR_RESULT_ITEM_FINANCIAL_NET: *finansnetto*, id `finansnetto`:
 *   financial income minus financial costs (accounts 84xx and 85xx)
 * @STYR_RESULT_ITEM_OTHER: *övrigt*, id `ovrigt`: the other items of the
 *   municipality's result outside the nämnder, e.g. pensions and internal
 *   items of the finance office (accounts 83xx and 86xx–89xx)
 * @STYR_RESULT_ITEM_BALANCE_ADJUSTMENTS: *balanskravsjusteringar*, id
 *   `balanskravsjusteringar`: the adjustments from *årets resultat* to the
 *   balance requirement result, e.g. gains from sales that are removed;
 *   never filled by an import
 *
 * The items of the municipality's result outside the nämnder' net costs.
 * Their amounts are **contributions to the result**: a positive amount
 * raises it. Tax income is positive; a net financial cost is negative.
 * *Årets resultat* is the sum of the items minus the sum of the nämnder'
 * net costs. The SIE import negates the accounting amounts of class 8
 * (credit negative) to get this sign.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_RESULT_ITEM_TAX_INCOME,
  STYR_RESULT_ITEM_GENERAL_GRANTS,
  STYR_RESULT_ITEM_FINANCIAL_NET,
  STYR_RESULT_ITEM_OTHER,
  STYR_RESULT_ITEM_BALANCE_ADJUSTMENTS,
} StyrResultItem;

/**
 * STYR_N_RESULT_ITEMS:
 *
 * The number of values of [enum@Styr.ResultItem]: 5. The items are
 * numbered 0 … %STYR_N_RESULT_ITEMS − 1.
 *
 * Since: 1.0
 */
#define STYR_N_RESULT_ITEMS 5

/**
 * StyrResultRowKind:
 * @STYR_RESULT_ROW_BUDGET: an annual budget of a result item
 *   ([method@Styr.Model.set_result_budget]); its month is 0
 * @STYR_RESULT_ROW_OUTCOME: a monthly outcome of a result item
 *   ([method@Styr.Model.set_result_outcome])
 *
 * The kind of a row of [method@Styr.Model.get_result_row].
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_RESULT_ROW_BUDGET,
  STYR_RESULT_ROW_OUTCOME,
} StyrResultRowKind;

STYR_AVAILABLE_IN_ALL
const char       *styr_result_item_get_id                  (StyrResultItem      item);
STYR_AVAILABLE_IN_ALL
gboolean          styr_result_item_from_id                 (const char         *id,
                                                            StyrResultItem     *item);

/* Outcomes of a unit. */
STYR_AVAILABLE_IN_ALL
gboolean          styr_unit_set_outcome                    (StyrUnit           *self,
                                                            int                 year,
                                                            int                 month,
                                                            const char         *category,
                                                            gint64              ore,
                                                            GError            **error);
STYR_AVAILABLE_IN_ALL
gboolean          styr_unit_remove_outcome                 (StyrUnit           *self,
                                                            int                 year,
                                                            int                 month,
                                                            const char         *category);
STYR_AVAILABLE_IN_ALL
gboolean          styr_unit_lookup_outcome                 (StyrUnit           *self,
                                                            int                 year,
                                                            int                 month,
                                                            const char         *category,
                                                            gint64             *ore);
STYR_AVAILABLE_IN_ALL
guint             styr_unit_get_n_outcomes                 (StyrUnit           *self);
STYR_AVAILABLE_IN_ALL
void              styr_unit_get_outcome_row                (StyrUnit           *self,
                                                            guint               position,
                                                            int                *year,
                                                            int                *month,
                                                            const char        **category,
                                                            gint64             *ore);
STYR_AVAILABLE_IN_ALL
gboolean          styr_unit_get_outcome                    (StyrUnit           *self,
                                                            const StyrPeriod   *period,
                                                            const char         *category,
                                                            gint64             *ore,
                                                            GError            **error);
STYR_AVAILABLE_IN_ALL
gboolean          styr_unit_get_outcome_to_date            (StyrUnit           *self,
                                                            const StyrPeriod   *period,
                                                            const char         *category,
                                                            gint64             *ore,
                                                            GError            **error);

/* The account map. */
STYR_AVAILABLE_IN_ALL
gboolean          styr_model_map_accounts                  (StyrModel          *self,
                                                            const char         *first,
                                                            const char         *last,
                                                            const char         *category,
                                                            GError            **error);
STYR_AVAILABLE_IN_ALL
gboolean          styr_model_unmap_accounts                (StyrModel          *self,
                                                            const char         *first,
                                                            const char         *last);
STYR_AVAILABLE_IN_ALL
guint             styr_model_get_n_account_rules           (StyrModel          *self);
STYR_AVAILABLE_IN_ALL
void              styr_model_get_account_rule              (StyrModel          *self,
                                                            guint               position,
                                                            const char        **first,
                                                            const char        **last,
                                                            const char        **category);
STYR_AVAILABLE_IN_ALL
const char       *styr_model_map_account                   (StyrModel          *self,
                                                            const char         *account);
STYR_AVAILABLE_IN_ALL
gboolean          styr_model_map_result_account            (StyrModel          *self,
                                                            const char         *account,
                                                            StyrResultItem     *item);

/* The object map. */
STYR_AVAILABLE_IN_ALL
gboolean          styr_model_map_object                    (StyrModel          *self,
                                                            const char         *dim,
                                                            const char         *object,
                                                            StyrUnit           *unit,
                                                            GError            **error);
STYR_AVAILABLE_IN_ALL
StyrUnit         *styr_model_lookup_object_unit            (StyrModel          *self,
                                                            const char         *dim,
                                                            const char         *object);
STYR_AVAILABLE_IN_ALL
guint             styr_model_get_n_object_maps             (StyrModel          *self);
STYR_AVAILABLE_IN_ALL
void              styr_model_get_object_map                (StyrModel          *self,
                                                            guint               position,
                                                            const char        **dim,
                                                            const char        **object,
                                                            StyrUnit          **unit);

/* Result items of the municipality. */
STYR_AVAILABLE_IN_ALL
gboolean          styr_model_set_result_budget             (StyrModel          *self,
                                                            int                 year,
                                                            StyrResultItem      item,
                                                            gint64              ore,
                                                            GError            **error);
STYR_AVAILABLE_IN_ALL
gboolean          styr_model_lookup_result_budget          (StyrModel          *self,
                                                            int                 year,
                                                            StyrResultItem      item,
                                                            gint64             *ore);
STYR_AVAILABLE_IN_ALL
gboolean          styr_model_remove_result_budget          (StyrModel          *self,
                                                            int                 year,
                                                            StyrResultItem      item);
STYR_AVAILABLE_IN_ALL
gboolean          styr_model_set_result_outcome            (StyrModel          *self,
                                                            int                 year,
                                                            int                 month,
                                                            StyrResultItem      item,
                                                            gint64              ore,
                                                            GError            **error);
STYR_AVAILABLE_IN_ALL
gboolean          styr_model_lookup_result_outcome         (StyrModel          *self,
                                                            int                 year,
                                                            int                 month,
                                                            StyrResultItem      item,
                                                            gint64             *ore);
STYR_AVAILABLE_IN_ALL
gboolean          styr_model_remove_result_outcome         (StyrModel          *self,
                                                            int                 year,
                                                            int                 month,
                                                            StyrResultItem      item);
STYR_AVAILABLE_IN_ALL
gboolean          styr_model_get_result_outcome            (StyrModel          *self,
                                                            const StyrPeriod   *period,
                                                            StyrResultItem      item,
                                                            gint64             *ore,
                                                            GError            **error);
STYR_AVAILABLE_IN_ALL
gboolean          styr_model_get_result_outcome_to_date    (StyrModel          *self,
                                                            const StyrPeriod   *period,
                                                            StyrResultItem      item,
                                                            gint64             *ore,
                                                            GError            **error);
STYR_AVAILABLE_IN_ALL
guint             styr_model_get_n_result_rows             (StyrModel          *self);
STYR_AVAILABLE_IN_ALL
void              styr_model_get_result_row                (StyrModel          *self,
                                                            guint               position,
                                                            StyrResultRowKind  *kind,
                                                            int                *year,
                                                            int                *month,
                                                            StyrResultItem     *item,
                                                            gint64             *ore);

/* Unmapped outcomes. */
STYR_AVAILABLE_IN_ALL
guint             styr_model_get_n_unmapped_outcomes       (StyrModel          *self);
STYR_AVAILABLE_IN_ALL
void              styr_model_get_unmapped_outcome          (StyrModel          *self,
                                                            guint               position,
                                                            int                *year,
                                                            int                *month,
                                                            const char        **dim,
                                                            const char        **object,
                                                            const char        **account,
                                                            gint64             *ore);
STYR_AVAILABLE_IN_ALL
gboolean          styr_model_add_unmapped_outcome          (StyrModel          *self,
                                                            int                 year,
                                                            int                 month,
                                                            const char         *dim,
                                                            const char         *object,
                                                            const char         *account,
                                                            gint64              ore,
                                                            GError            **error);
STYR_AVAILABLE_IN_ALL
guint             styr_model_clear_unmapped_outcomes       (StyrModel          *self,
                                                            int                 year,
                                                            int                 month);

/* Imports. */
STYR_AVAILABLE_IN_ALL
StyrImportResult *styr_model_import_sie                    (StyrModel          *self,
                                                            StyrSieFile        *file,
                                                            const StyrPeriod   *period,
                                                            GError            **error);
STYR_AVAILABLE_IN_ALL
StyrImportResult *styr_model_import_sie_path               (StyrModel          *self,
                                                            const char         *path,
                                                            const StyrPeriod   *period,
                                                            GError            **error);
STYR_AVAILABLE_IN_ALL
StyrImportResult *styr_model_import_outcomes               (StyrModel          *self,
                                                            GFile              *file,
                                                            GError            **error);
STYR_AVAILABLE_IN_ALL
StyrImportResult *styr_model_import_outcomes_bytes         (StyrModel          *self,
                                                            GBytes             *bytes,
                                                            const char         *name,
                                                            GError            **error);

G_END_DECLS
