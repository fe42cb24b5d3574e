/* styr-document.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include "styr-entity.h"

G_BEGIN_DECLS

/**
 * StyrDocumentKind:
 * @STYR_DOCUMENT_KIND_BUDGET: the council's budget (*budget*, *mål och budget*), where *inriktningsmål* and frames are decided
 * @STYR_DOCUMENT_KIND_BOARD_PLAN: a board's plan, *nämndplan* (Borlänge: *sektorsplan*), where *nämndmål* are decided
 * @STYR_DOCUMENT_KIND_OPERATIONS_PLAN: an operations plan, *verksamhetsplan*, set by the head of an administration
 * @STYR_DOCUMENT_KIND_WORK_PLAN: a work plan, *arbetsplan*, set by the head of a unit
 * @STYR_DOCUMENT_KIND_OWNER_DIRECTIVE: an owner directive, *ägardirektiv*, steering a municipal company
 * @STYR_DOCUMENT_KIND_PROGRAM: a *program* (styrdokument)
 * @STYR_DOCUMENT_KIND_PLAN: a *plan* (styrdokument)
 * @STYR_DOCUMENT_KIND_POLICY: a *policy* (styrdokument)
 * @STYR_DOCUMENT_KIND_STRATEGY: a *strategi* (styrdokument)
 * @STYR_DOCUMENT_KIND_GUIDELINES: *riktlinjer* (styrdokument)
 * @STYR_DOCUMENT_KIND_INSTRUCTION: an *instruktion* (styrdokument)
 *
 * The kinds of plan and steering document (*plan- och styrdokument*).
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_DOCUMENT_KIND_BUDGET,
  STYR_DOCUMENT_KIND_BOARD_PLAN,
  STYR_DOCUMENT_KIND_OPERATIONS_PLAN,
  STYR_DOCUMENT_KIND_WORK_PLAN,
  STYR_DOCUMENT_KIND_OWNER_DIRECTIVE,
  STYR_DOCUMENT_KIND_PROGRAM,
  STYR_DOCUMENT_KIND_PLAN,
  STYR_DOCUMENT_KIND_POLICY,
  STYR_DOCUMENT_KIND_STRATEGY,
  STYR_DOCUMENT_KIND_GUIDELINES,
  STYR_DOCUMENT_KIND_INSTRUCTION,
} StyrDocumentKind;

/**
 * StyrDocumentStatus:
 * @STYR_DOCUMENT_STATUS_DRAFT: a draft, *utkast*
 * @STYR_DOCUMENT_STATUS_ADOPTED: adopted, *beslutad* (*antagen*, *fastställd*)
 * @STYR_DOCUMENT_STATUS_REVISED: revised after adoption, *reviderad*
 *
 * The status of a document.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_DOCUMENT_STATUS_DRAFT,
  STYR_DOCUMENT_STATUS_ADOPTED,
  STYR_DOCUMENT_STATUS_REVISED,
} StyrDocumentStatus;


#define STYR_TYPE_DOCUMENT (styr_document_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrDocument, styr_document, STYR, DOCUMENT, StyrEntity)

STYR_AVAILABLE_IN_ALL
StyrDocument *styr_document_new (const char *id, StyrDocumentKind kind, const char *title);

STYR_AVAILABLE_IN_ALL
const char *styr_document_get_title (StyrDocument *self);

STYR_AVAILABLE_IN_ALL
void styr_document_set_title (StyrDocument *self, const char *title);

STYR_AVAILABLE_IN_ALL
StyrDocumentKind styr_document_get_kind (StyrDocument *self);

STYR_AVAILABLE_IN_ALL
StyrDocumentStatus styr_document_get_status (StyrDocument *self);

STYR_AVAILABLE_IN_ALL
void styr_document_set_status (StyrDocument *self, StyrDocumentStatus status);

STYR_AVAILABLE_IN_ALL
int styr_document_get_year (StyrDocument *self);

STYR_AVAILABLE_IN_ALL
void styr_document_set_year (StyrDocument *self, int year);

STYR_AVAILABLE_IN_ALL
const char *styr_document_get_decision (StyrDocument *self);

STYR_AVAILABLE_IN_ALL
void styr_document_set_decision (StyrDocument *self, const char *decision);

STYR_AVAILABLE_IN_ALL
const GDate *styr_document_get_decision_date (StyrDocument *self);

STYR_AVAILABLE_IN_ALL
void styr_document_set_decision_date (StyrDocument *self, const GDate *decision_date);

STYR_AVAILABLE_IN_ALL
const GDate *styr_document_get_valid_from (StyrDocument *self);

STYR_AVAILABLE_IN_ALL
void styr_document_set_valid_from (StyrDocument *self, const GDate *valid_from);

STYR_AVAILABLE_IN_ALL
const GDate *styr_document_get_valid_until (StyrDocument *self);

STYR_AVAILABLE_IN_ALL
void styr_document_set_valid_until (StyrDocument *self, const GDate *valid_until);

STYR_AVAILABLE_IN_ALL
const GDate *styr_document_get_review_date (StyrDocument *self);

STYR_AVAILABLE_IN_ALL
void styr_document_set_review_date (StyrDocument *self, const GDate *review_date);

STYR_AVAILABLE_IN_ALL
const char *styr_document_get_responsible (StyrDocument *self);

STYR_AVAILABLE_IN_ALL
void styr_document_set_responsible (StyrDocument *self, const char *responsible);

STYR_AVAILABLE_IN_ALL
StyrEntity *styr_document_get_owner (StyrDocument *self);

STYR_AVAILABLE_IN_ALL
gboolean styr_document_set_owner (StyrDocument  *self,
                                  StyrEntity    *owner,
                                  GError       **error);

STYR_AVAILABLE_IN_ALL
gboolean styr_document_is_steering_document (StyrDocument *self);

STYR_AVAILABLE_IN_ALL
gboolean styr_document_is_past_review (StyrDocument *self,
                                       const GDate  *today);

G_END_DECLS
