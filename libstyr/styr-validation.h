/* styr-validation.h
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
#include "styr-outcome.h"   /* STYR_FINDING_UTFALL_OMAPPAT */

G_BEGIN_DECLS

/* The stable codes of the checks of styr_model_validate(), in the order
 * the checks run. */

/**
 * STYR_FINDING_KOMMUNKOD_OGILTIG:
 *
 * The code of a [class@Styr.Finding]: the *kommunkod* is set but is not
 * four digits. See [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_KOMMUNKOD_OGILTIG "kommunkod-ogiltig"

/**
 * STYR_FINDING_VISION_SAKNAS:
 *
 * The code of a [class@Styr.Finding]: the model has *inriktningsmål* but
 * no vision. See [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_VISION_SAKNAS "vision-saknas"

/**
 * STYR_FINDING_MAL_UTAN_OVERORDNAT:
 *
 * The code of a [class@Styr.Finding]: a goal below the council level
 * serves no parent goal. See [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_MAL_UTAN_OVERORDNAT "mal-utan-overordnat"

/**
 * STYR_FINDING_KEDJA_BRUTEN:
 *
 * The code of a [class@Styr.Finding]: a goal's ancestors never reach an
 * *inriktningsmål*. See [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_KEDJA_BRUTEN "kedja-bruten"

/**
 * STYR_FINDING_NAMNDMAL_EJ_UPPFOLJNINGSBART:
 *
 * The code of a [class@Styr.Finding]: a *nämndmål* has no indicator. See
 * [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_NAMNDMAL_EJ_UPPFOLJNINGSBART "namndmal-ej-uppfoljningsbart"

/**
 * STYR_FINDING_AKTIVITET_UTAN_MAL:
 *
 * The code of a [class@Styr.Finding]: an activity serves no goal. See
 * [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_AKTIVITET_UTAN_MAL "aktivitet-utan-mal"

/**
 * STYR_FINDING_AKTIVITET_UTAN_FORVANTAT_RESULTAT:
 *
 * The code of a [class@Styr.Finding]: an activity has neither an indicator
 * nor an expected result. See [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_AKTIVITET_UTAN_FORVANTAT_RESULTAT "aktivitet-utan-forvantat-resultat"

/**
 * STYR_FINDING_INRIKTNINGSMAL_UTAN_NAMNDMAL:
 *
 * The code of a [class@Styr.Finding]: an *inriktningsmål* has no
 * *nämndmål* below it (*träffbild*). See [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_INRIKTNINGSMAL_UTAN_NAMNDMAL "inriktningsmal-utan-namndmal"

/**
 * STYR_FINDING_PERSPEKTIV_UTAN_MAL:
 *
 * The code of a [class@Styr.Finding]: a perspective has no goal at a level
 * that has goals. See [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_PERSPEKTIV_UTAN_MAL "perspektiv-utan-mal"

/**
 * STYR_FINDING_BOLAG_UTAN_AGARDIREKTIVMAL:
 *
 * The code of a [class@Styr.Finding]: a municipal company has no owner
 * directive, or no goal in it. See [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_BOLAG_UTAN_AGARDIREKTIVMAL "bolag-utan-agardirektivmal"

/**
 * STYR_FINDING_INDIKATOR_UTAN_MALVARDE:
 *
 * The code of a [class@Styr.Finding]: an indicator that follows up a goal
 * has no target for the year. See [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_INDIKATOR_UTAN_MALVARDE "indikator-utan-malvarde"

/**
 * STYR_FINDING_MAL_UTAN_AGARE:
 *
 * The code of a [class@Styr.Finding]: a goal has no owner. See
 * [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_MAL_UTAN_AGARE "mal-utan-agare"

/**
 * STYR_FINDING_MAL_UTAN_PERSPEKTIV:
 *
 * The code of a [class@Styr.Finding]: a goal belongs to no perspective.
 * See [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_MAL_UTAN_PERSPEKTIV "mal-utan-perspektiv"

/**
 * STYR_FINDING_STYRDOKUMENT_EJ_REVIDERAT:
 *
 * The code of a [class@Styr.Finding]: a document is past its review date.
 * See [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_STYRDOKUMENT_EJ_REVIDERAT "styrdokument-ej-reviderat"

/**
 * STYR_FINDING_BEDOMNING_UTAN_ANALYS:
 *
 * The code of a [class@Styr.Finding]: an assessment below full
 * fulfilment has neither an analysis nor measures. See
 * [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_BEDOMNING_UTAN_ANALYS "bedomning-utan-analys"

/**
 * STYR_FINDING_MAL_EJ_BEDOMT:
 *
 * The code of a [class@Styr.Finding]: an *inriktningsmål* or *nämndmål*
 * is not assessed at a past follow-up occasion. See
 * [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_MAL_EJ_BEDOMT "mal-ej-bedomt"

/**
 * STYR_FINDING_BEDOMNING_OKAND_NIVA:
 *
 * The code of a [class@Styr.Finding]: the level or the prognosis of an
 * assessment is not a level of the model's scale. See
 * [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_BEDOMNING_OKAND_NIVA "bedomning-okand-niva"

/**
 * STYR_FINDING_OKAND_SAMMANVAGNING:
 *
 * The code of a [class@Styr.Finding]: the model or a goal names a roll-up
 * rule that is not built in. See [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_OKAND_SAMMANVAGNING "okand-sammanvagning"

/**
 * STYR_FINDING_RAMAR_SUMMERAR_INTE:
 *
 * The code of a [class@Styr.Finding]: the frames of the nämnder do not add
 * up with the budget of the result items and the budgeted result (or,
 * without a budgeted result, exceed what the result items finance). See
 * [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_RAMAR_SUMMERAR_INTE "ramar-summerar-inte"

/**
 * STYR_FINDING_BUDGET_EJ_LIKA_RAM:
 *
 * The code of a [class@Styr.Finding]: the budget lines of a nämnd's units
 * do not sum to its frame. See [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_BUDGET_EJ_LIKA_RAM "budget-ej-lika-ram"

/**
 * STYR_FINDING_ENHET_UTAN_BUDGET:
 *
 * The code of a [class@Styr.Finding]: a unit of a nämnd with a frame has
 * no budget line for the year. See [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_ENHET_UTAN_BUDGET "enhet-utan-budget"

/**
 * STYR_FINDING_PROGNOS_SAKNAS:
 *
 * The code of a [class@Styr.Finding]: a nämnd with a frame has no
 * full-year forecast at an economic follow-up that is due. See
 * [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_PROGNOS_SAKNAS "prognos-saknas"

/* STYR_FINDING_UTFALL_OMAPPAT ("utfall-omappat": outcome rows that no unit
 * or cost category took) is defined in styr-outcome.h, next to the import
 * that reports it too. */

/**
 * STYR_FINDING_ENHET_UTAN_NAMND:
 *
 * The code of a [class@Styr.Finding]: a unit has budget lines or outcomes
 * but belongs to no nämnd. See [method@Styr.Model.validate].
 *
 * Since: 1.0
 */
#define STYR_FINDING_ENHET_UTAN_NAMND "enhet-utan-namnd"

/* The budgeted result (budgeterat resultat) that ramar-summerar-inte
 * checks the frames against. */
STYR_AVAILABLE_IN_ALL
gboolean    styr_model_set_budgeted_result    (StyrModel   *self,
                                               int          year,
                                               gint64       ore,
                                               GError     **error);
STYR_AVAILABLE_IN_ALL
gboolean    styr_model_lookup_budgeted_result (StyrModel   *self,
                                               int          year,
                                               gint64      *ore);
STYR_AVAILABLE_IN_ALL
gboolean    styr_model_remove_budgeted_result (StyrModel   *self,
                                               int          year);
STYR_AVAILABLE_IN_ALL
guint       styr_model_get_n_budgeted_results (StyrModel   *self);
STYR_AVAILABLE_IN_ALL
void        styr_model_get_budgeted_result    (StyrModel   *self,
                                               guint        position,
                                               int         *year,
                                               gint64      *ore);

STYR_AVAILABLE_IN_ALL
GListModel *styr_model_validate (StyrModel   *self,
                                 int          year,
                                 const GDate *today);

G_END_DECLS
