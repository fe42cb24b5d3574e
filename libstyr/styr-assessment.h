/* styr-assessment.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "styr-version-macros.h"
#include "styr-entity.h"
#include "styr-goal.h"
#include "styr-occasion.h"
#include "styr-scale-level.h"

G_BEGIN_DECLS

#define STYR_TYPE_ASSESSMENT (styr_assessment_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrAssessment, styr_assessment, STYR, ASSESSMENT, GObject)

STYR_AVAILABLE_IN_ALL
StyrAssessment *styr_assessment_new               (StyrGoal        *goal,
                                                   StyrOccasion    *occasion);

STYR_AVAILABLE_IN_ALL
StyrGoal       *styr_assessment_get_goal          (StyrAssessment  *self);
STYR_AVAILABLE_IN_ALL
StyrOccasion   *styr_assessment_get_occasion      (StyrAssessment  *self);
STYR_AVAILABLE_IN_ALL
const char     *styr_assessment_get_level_id      (StyrAssessment  *self);
STYR_AVAILABLE_IN_ALL
void            styr_assessment_set_level_id      (StyrAssessment  *self,
                                                   const char      *level_id);
STYR_AVAILABLE_IN_ALL
const char     *styr_assessment_get_analysis      (StyrAssessment  *self);
STYR_AVAILABLE_IN_ALL
void            styr_assessment_set_analysis      (StyrAssessment  *self,
                                                   const char      *analysis);
STYR_AVAILABLE_IN_ALL
const char     *styr_assessment_get_measures      (StyrAssessment  *self);
STYR_AVAILABLE_IN_ALL
void            styr_assessment_set_measures      (StyrAssessment  *self,
                                                   const char      *measures);
STYR_AVAILABLE_IN_ALL
const char     *styr_assessment_get_prognosis_id  (StyrAssessment  *self);
STYR_AVAILABLE_IN_ALL
void            styr_assessment_set_prognosis_id  (StyrAssessment  *self,
                                                   const char      *prognosis_id);
STYR_AVAILABLE_IN_ALL
const char     *styr_assessment_get_assessed_by   (StyrAssessment  *self);
STYR_AVAILABLE_IN_ALL
void            styr_assessment_set_assessed_by   (StyrAssessment  *self,
                                                   const char      *assessed_by);
STYR_AVAILABLE_IN_ALL
const GDate    *styr_assessment_get_assessed_on   (StyrAssessment  *self);
STYR_AVAILABLE_IN_ALL
void            styr_assessment_set_assessed_on   (StyrAssessment  *self,
                                                   const GDate     *assessed_on);

STYR_AVAILABLE_IN_ALL
StyrScaleLevel *styr_assessment_get_level         (StyrAssessment  *self);
STYR_AVAILABLE_IN_ALL
StyrScaleLevel *styr_assessment_get_prognosis     (StyrAssessment  *self);

/* Reporting status (rapporteringsstatus), methods of StyrModel. */
STYR_AVAILABLE_IN_ALL
GListModel     *styr_model_get_unassessed_goals   (StyrModel       *self,
                                                   StyrOccasion    *occasion,
                                                   StyrEntity      *owner);
STYR_AVAILABLE_IN_ALL
GListModel     *styr_model_get_owners_not_ready   (StyrModel       *self,
                                                   StyrOccasion    *occasion);

G_END_DECLS
