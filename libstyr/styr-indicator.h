/* styr-indicator.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (STYR_INSIDE) && !defined (STYR_COMPILATION)
# error "Only <libstyr/styr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "styr-entity.h"
#include "styr-period.h"

G_BEGIN_DECLS

/**
 * StyrIndicatorDirection:
 * @STYR_INDICATOR_DIRECTION_HIGHER: higher is better (*högre är bättre*): the target is a floor
 * @STYR_INDICATOR_DIRECTION_LOWER: lower is better (*lägre är bättre*): the target is a ceiling
 * @STYR_INDICATOR_DIRECTION_RANGE: a target range (*målintervall*): values between the low and the high target are good
 *
 * Which values of an indicator are better.
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_INDICATOR_DIRECTION_HIGHER,
  STYR_INDICATOR_DIRECTION_LOWER,
  STYR_INDICATOR_DIRECTION_RANGE,
} StyrIndicatorDirection;

/**
 * StyrIndicatorSource:
 * @STYR_INDICATOR_SOURCE_OWN: the municipality's own measurement (*egen mätning*)
 * @STYR_INDICATOR_SOURCE_SURVEY: a survey (*enkät*, *brukarundersökning*)
 * @STYR_INDICATOR_SOURCE_FINANCE: the finance system (*ekonomisystemet*)
 * @STYR_INDICATOR_SOURCE_KOLADA: Kolada; [property@Styr.Indicator:source-id] holds the KPI id, e.g. "N00002"
 *
 * Where an indicator's values come from (*källa*).
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_INDICATOR_SOURCE_OWN,
  STYR_INDICATOR_SOURCE_SURVEY,
  STYR_INDICATOR_SOURCE_FINANCE,
  STYR_INDICATOR_SOURCE_KOLADA,
} StyrIndicatorSource;

/**
 * StyrFrequency:
 * @STYR_FREQUENCY_MONTHLY: every month (*månadsvis*)
 * @STYR_FREQUENCY_QUARTERLY: every quarter (*kvartalsvis*)
 * @STYR_FREQUENCY_TERTIAL: every tertial, four months (*tertialvis*)
 * @STYR_FREQUENCY_YEARLY: once a year (*årligen*)
 *
 * How often an indicator is measured (*mätfrekvens*).
 *
 * Since: 1.0
 */
typedef enum
{
  STYR_FREQUENCY_MONTHLY,
  STYR_FREQUENCY_QUARTERLY,
  STYR_FREQUENCY_TERTIAL,
  STYR_FREQUENCY_YEARLY,
} StyrFrequency;


#define STYR_TYPE_INDICATOR (styr_indicator_get_type ())

STYR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (StyrIndicator, styr_indicator, STYR, INDICATOR, StyrEntity)

STYR_AVAILABLE_IN_ALL
StyrIndicator *styr_indicator_new (const char *id, const char *name);

STYR_AVAILABLE_IN_ALL
const char *styr_indicator_get_name (StyrIndicator *self);

STYR_AVAILABLE_IN_ALL
void styr_indicator_set_name (StyrIndicator *self, const char *name);

STYR_AVAILABLE_IN_ALL
const char *styr_indicator_get_description (StyrIndicator *self);

STYR_AVAILABLE_IN_ALL
void styr_indicator_set_description (StyrIndicator *self, const char *description);

STYR_AVAILABLE_IN_ALL
const char *styr_indicator_get_measure_unit (StyrIndicator *self);

STYR_AVAILABLE_IN_ALL
void styr_indicator_set_measure_unit (StyrIndicator *self, const char *measure_unit);

STYR_AVAILABLE_IN_ALL
StyrIndicatorDirection styr_indicator_get_direction (StyrIndicator *self);

STYR_AVAILABLE_IN_ALL
void styr_indicator_set_direction (StyrIndicator *self, StyrIndicatorDirection direction);

STYR_AVAILABLE_IN_ALL
StyrIndicatorSource styr_indicator_get_source (StyrIndicator *self);

STYR_AVAILABLE_IN_ALL
void styr_indicator_set_source (StyrIndicator *self, StyrIndicatorSource source);

STYR_AVAILABLE_IN_ALL
const char *styr_indicator_get_source_id (StyrIndicator *self);

STYR_AVAILABLE_IN_ALL
void styr_indicator_set_source_id (StyrIndicator *self, const char *source_id);

STYR_AVAILABLE_IN_ALL
double styr_indicator_get_baseline (StyrIndicator *self);

STYR_AVAILABLE_IN_ALL
void styr_indicator_set_baseline (StyrIndicator *self, double baseline);

STYR_AVAILABLE_IN_ALL
int styr_indicator_get_baseline_year (StyrIndicator *self);

STYR_AVAILABLE_IN_ALL
void styr_indicator_set_baseline_year (StyrIndicator *self, int baseline_year);

STYR_AVAILABLE_IN_ALL
StyrFrequency styr_indicator_get_frequency (StyrIndicator *self);

STYR_AVAILABLE_IN_ALL
void styr_indicator_set_frequency (StyrIndicator *self, StyrFrequency frequency);

STYR_AVAILABLE_IN_ALL
gboolean styr_indicator_get_gender_split (StyrIndicator *self);

STYR_AVAILABLE_IN_ALL
void styr_indicator_set_gender_split (StyrIndicator *self, gboolean gender_split);

/* Targets (målvärden) per year; year 0 is the standing target. */

STYR_AVAILABLE_IN_ALL
gboolean styr_indicator_set_target (StyrIndicator  *self,
                                    int             year,
                                    double          value,
                                    GError        **error);

STYR_AVAILABLE_IN_ALL
gboolean styr_indicator_set_target_range (StyrIndicator  *self,
                                          int             year,
                                          double          low,
                                          double          high,
                                          GError        **error);

STYR_AVAILABLE_IN_ALL
gboolean styr_indicator_set_yellow_threshold (StyrIndicator  *self,
                                              int             year,
                                              double          value,
                                              GError        **error);

STYR_AVAILABLE_IN_ALL
gboolean styr_indicator_clear_yellow_threshold (StyrIndicator *self,
                                                int            year);

STYR_AVAILABLE_IN_ALL
gboolean styr_indicator_lookup_target (StyrIndicator *self,
                                       int            year,
                                       double        *value,
                                       double        *high);

STYR_AVAILABLE_IN_ALL
gboolean styr_indicator_lookup_yellow_threshold (StyrIndicator *self,
                                                 int            year,
                                                 double        *value);

STYR_AVAILABLE_IN_ALL
gboolean styr_indicator_clear_target (StyrIndicator *self,
                                      int            year);

STYR_AVAILABLE_IN_ALL
int *styr_indicator_get_target_years (StyrIndicator *self,
                                      gsize         *n_years);

/* Measurements (utfall), one per period, kept sorted by period. */

STYR_AVAILABLE_IN_ALL
gboolean styr_indicator_set_value (StyrIndicator     *self,
                                   const StyrPeriod  *period,
                                   double             value,
                                   GError           **error);

STYR_AVAILABLE_IN_ALL
gboolean styr_indicator_set_measurement (StyrIndicator     *self,
                                         const StyrPeriod  *period,
                                         double             value,
                                         double             women,
                                         double             men,
                                         const char        *comment,
                                         GError           **error);

STYR_AVAILABLE_IN_ALL
gboolean styr_indicator_lookup_value (StyrIndicator    *self,
                                      const StyrPeriod *period,
                                      double           *value);

STYR_AVAILABLE_IN_ALL
gboolean styr_indicator_lookup_measurement (StyrIndicator     *self,
                                            const StyrPeriod  *period,
                                            double            *value,
                                            double            *women,
                                            double            *men,
                                            const char       **comment);

STYR_AVAILABLE_IN_ALL
gboolean styr_indicator_find_measurement (StyrIndicator    *self,
                                          const StyrPeriod *period,
                                          guint            *position);

STYR_AVAILABLE_IN_ALL
gboolean styr_indicator_remove_measurement (StyrIndicator    *self,
                                            const StyrPeriod *period);

STYR_AVAILABLE_IN_ALL
void styr_indicator_clear_measurements (StyrIndicator *self);

STYR_AVAILABLE_IN_ALL
guint styr_indicator_get_n_measurements (StyrIndicator *self);

STYR_AVAILABLE_IN_ALL
StyrPeriod *styr_indicator_get_measurement_period (StyrIndicator *self,
                                                   guint          position);

STYR_AVAILABLE_IN_ALL
double styr_indicator_get_measurement_value (StyrIndicator *self,
                                             guint          position);

STYR_AVAILABLE_IN_ALL
void styr_indicator_get_measurement (StyrIndicator  *self,
                                     guint           position,
                                     double         *value,
                                     double         *women,
                                     double         *men,
                                     const char    **comment);

STYR_AVAILABLE_IN_ALL
double *styr_indicator_dup_values (StyrIndicator *self,
                                   gsize         *n_values);

STYR_AVAILABLE_IN_ALL
char **styr_indicator_dup_period_strings (StyrIndicator *self);

/* Comparison values (jämförelsekommuner), one per municipality and period. */

STYR_AVAILABLE_IN_ALL
gboolean styr_indicator_set_comparison_value (StyrIndicator     *self,
                                              const char        *kommunkod,
                                              const StyrPeriod  *period,
                                              double             value,
                                              GError           **error);

STYR_AVAILABLE_IN_ALL
gboolean styr_indicator_lookup_comparison_value (StyrIndicator    *self,
                                                 const char       *kommunkod,
                                                 const StyrPeriod *period,
                                                 double           *value);

STYR_AVAILABLE_IN_ALL
guint styr_indicator_get_n_comparison_values (StyrIndicator *self);

STYR_AVAILABLE_IN_ALL
char **styr_indicator_dup_comparison_municipalities (StyrIndicator *self);

STYR_AVAILABLE_IN_ALL
void styr_indicator_clear_comparison_values (StyrIndicator *self);

/* Reverse links. */

STYR_AVAILABLE_IN_ALL
GListModel *styr_indicator_get_goals (StyrIndicator *self);

STYR_AVAILABLE_IN_ALL
GListModel *styr_indicator_get_activities (StyrIndicator *self);

G_END_DECLS
