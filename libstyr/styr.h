/* styr.h — the one header to include: #include <libstyr/styr.h>
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#define STYR_INSIDE

#include <gio/gio.h>

#include "styr-version.h"
#include "styr-version-macros.h"
#include "styr-error.h"
#include "styr-enum-types.h"
#include "styr-period.h"
#include "styr-money.h"
#include "styr-entity.h"
#include "styr-scale-level.h"
#include "styr-scale.h"
#include "styr-perspective.h"
#include "styr-organ.h"
#include "styr-unit.h"
#include "styr-document.h"
#include "styr-focus-area.h"
#include "styr-arena.h"
#include "styr-goal.h"
#include "styr-indicator.h"
#include "styr-grading.h"
#include "styr-activity.h"
#include "styr-occasion.h"
#include "styr-calendar.h"
#include "styr-assessment.h"
#include "styr-goal-status.h"
#include "styr-follow-up.h"
#include "styr-model.h"
#include "styr-allocation.h"
#include "styr-budget.h"
#include "styr-investment.h"
#include "styr-import.h"
#include "styr-sie.h"
#include "styr-outcome.h"
#include "styr-forecast.h"
#include "styr-operating-statement.h"
#include "styr-municipal-result.h"
#include "styr-finding.h"
#include "styr-validation.h"
#include "styr-loader.h"
#include "styr-writer.h"
#include "styr-report.h"

#undef STYR_INSIDE
