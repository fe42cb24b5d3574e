/* styr-private.h — internal declarations shared by the library's sources.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib/gi18n-lib.h>

#include "styr.h"

G_BEGIN_DECLS

/* The collections of a model. Each entity class names the one it lives in,
 * and the model keeps one GListStore per collection, in insertion order. */
typedef enum
{
  STYR_COLLECTION_NONE = -1,
  STYR_COLLECTION_PERSPECTIVES,
  STYR_COLLECTION_ORGANS,
  STYR_COLLECTION_UNITS,
  STYR_COLLECTION_DOCUMENTS,
  STYR_COLLECTION_FOCUS_AREAS,
  STYR_COLLECTION_ARENAS,
  STYR_COLLECTION_GOALS,
  STYR_COLLECTION_INDICATORS,
  STYR_COLLECTION_ACTIVITIES,
  STYR_COLLECTION_INVESTMENTS,
  STYR_N_COLLECTIONS
} StyrCollection;

/* What each entity class tells the model, kept in class-private data so
 * that it is neither ABI nor a virtual function bindings could override.
 * Subclasses fill it in class_init through _styr_entity_class_get_hooks(). */
typedef struct
{
  int        collection;
  /* Does @self link to @target (owner, parent, member …)? */
  gboolean (*refers_to) (StyrEntity *self,
                         StyrEntity *target);
  /* Drop all outgoing links and the reverse entries they made. */
  void     (*detach)    (StyrEntity *self);
} StyrEntityHooks;

StyrEntityHooks *_styr_entity_class_get_hooks (StyrEntityClass *klass);

/* Called once before any translated string is produced. */
void _styr_init_i18n (void);

/* Entity internals (styr-entity.c). */
void         _styr_entity_set_model        (StyrEntity     *self,
                                            StyrModel      *model);
const char  *_styr_entity_get_label        (StyrEntity     *self);
void         _styr_entity_set_label        (StyrEntity     *self,
                                            const char     *label,
                                            GParamSpec     *pspec);
gboolean     _styr_entity_refers_to        (StyrEntity     *self,
                                            StyrEntity     *target);
void         _styr_entity_detach           (StyrEntity     *self);
StyrCollection _styr_entity_get_collection (StyrEntity     *self);

/* Fails with STYR_ERROR_WRONG_MODEL unless @self is in a model and @other
 * (when not NULL) is in the same one. @what names the relation in the
 * message, e.g. "ägare". */
gboolean     _styr_entity_check_same_model (StyrEntity     *self,
                                            StyrEntity     *other,
                                            GError        **error);

/* A display name for messages: «label» (id), or the id alone. */
char        *_styr_entity_describe         (StyrEntity     *self);

/* Model internals (styr-model.c). */
GListStore  *_styr_model_get_store         (StyrModel      *self,
                                            StyrCollection  collection);
/* A scope in which @model does not change, so that the units of every
 * organ are found once (styr-forecast.c); they nest. */
void         _styr_budget_units_cache_push (StyrModel      *model);
void         _styr_budget_units_cache_pop  (StyrModel      *model);
/* The loader's bulk add: styr_model_add() collects entities and the end
 * puts each collection's into its store in one splice. */
void         _styr_model_begin_bulk        (StyrModel      *self);
void         _styr_model_end_bulk          (StyrModel      *self);

/* A list of plain (unowned) pointers to entities, with a GListModel view
 * made on first request and kept in step after that. The model owns the
 * entities; relations between them use these lists. */
typedef struct
{
  /* Plain storage rather than a GPtrArray: a big model has hundreds of
   * thousands of these lists, most of them one or two items long, and a
   * GPtrArray costs a slice-allocated header besides its array. */
  gpointer   *items;
  guint       n_items;
  guint       n_allocated;
  GListStore *store;
  GType       item_type;
} StyrRefList;

void         _styr_ref_list_init           (StyrRefList    *list,
                                            GType           item_type);
void         _styr_ref_list_clear          (StyrRefList    *list);
/* Empties @list but keeps its list model, so that a view an application
 * holds stays live if the entity is linked again later. */
void         _styr_ref_list_empty          (StyrRefList    *list);
guint        _styr_ref_list_get_n          (const StyrRefList *list);
gpointer     _styr_ref_list_get            (const StyrRefList *list,
                                            guint           i);
gboolean     _styr_ref_list_contains       (const StyrRefList *list,
                                            gconstpointer   item);
void         _styr_ref_list_insert         (StyrRefList    *list,
                                            guint           position,
                                            gpointer        item);
void         _styr_ref_list_append         (StyrRefList    *list,
                                            gpointer        item);
gboolean     _styr_ref_list_remove         (StyrRefList    *list,
                                            gconstpointer   item);
void         _styr_ref_list_move_to_front  (StyrRefList    *list,
                                            gconstpointer   item);
GListModel  *_styr_ref_list_get_model      (StyrRefList    *list);

/* A new GListStore holding the items of @list, a snapshot. */
GListModel  *_styr_ref_list_dup_snapshot   (const StyrRefList *list);

/* A goal's lists as it keeps them, unowned (styr-goal.c). */
const StyrRefList *_styr_goal_peek_parents    (StyrGoal *self);
const StyrRefList *_styr_goal_peek_children   (StyrGoal *self);
const StyrRefList *_styr_goal_peek_indicators (StyrGoal *self);
const StyrRefList *_styr_goal_peek_activities (StyrGoal *self);
const StyrRefList *_styr_goal_peek_focus_areas (StyrGoal *self);
/* The goals below @self as styr_goal_get_descendants() lists them (breadth
 * first, each once), unowned, without a list model; free with
 * g_ptr_array_unref(). */
GPtrArray         *_styr_goal_collect_descendants (StyrGoal *self);

StyrMunicipalResult *_styr_municipal_result_new_from_statement (StyrModel              *model,
                                                                const StyrPeriod       *period,
                                                                StyrOperatingStatement *statement,
                                                                GError                **error);

/* Reverse links. The side that owns a relation (a goal's indicators, an
 * activity's goals, a goal's focus areas) calls these to keep the other
 * side's read-only list in step; nothing else does. */
void _styr_indicator_link_goal       (StyrIndicator *self, StyrGoal     *goal);
void _styr_indicator_unlink_goal     (StyrIndicator *self, StyrGoal     *goal);
void _styr_indicator_link_activity   (StyrIndicator *self, StyrActivity *activity);
void _styr_indicator_unlink_activity (StyrIndicator *self, StyrActivity *activity);
void _styr_goal_link_activity        (StyrGoal      *self, StyrActivity *activity);
void _styr_goal_unlink_activity      (StyrGoal      *self, StyrActivity *activity);
void _styr_focus_area_link_goal      (StyrFocusArea *self, StyrGoal     *goal);
void _styr_focus_area_unlink_goal    (StyrFocusArea *self, StyrGoal     *goal);
void _styr_focus_area_link_activity  (StyrFocusArea *self, StyrActivity *activity);
void _styr_focus_area_unlink_activity(StyrFocusArea *self, StyrActivity *activity);

/* Assessments (styr-assessment.c, styr-goal.c). A stored assessment is
 * marked so and tells its goal of each changed property. The loader makes
 * its assessments with their fields set (taking the strings) and appends
 * them, without signals, when they come in calendar order. */
StyrAssessment *_styr_assessment_new_take      (StyrGoal       *goal,
                                                StyrOccasion   *occasion,
                                                char           *level_id,
                                                char           *prognosis_id,
                                                char           *assessed_by,
                                                const GDate    *assessed_on,
                                                char           *analysis,
                                                char           *measures);
void            _styr_assessment_set_stored    (StyrAssessment *self,
                                                gboolean        stored);
void            _styr_goal_assessment_notify   (StyrGoal       *self,
                                                StyrAssessment *assessment);
gboolean        _styr_goal_assessment_goes_last (StyrGoal      *self,
                                                 StyrOccasion  *occasion);
gboolean        _styr_goal_append_assessment   (StyrGoal       *self,
                                                StyrAssessment *assessment,
                                                GError        **error);

/* Tell the follow-ups of the object's model (styr-follow-up.c) that a
 * grading input changed: an indicator's measurements, targets, comparison
 * values, direction or baseline; a goal's assessment at an occasion; a
 * goal's children (@children) or indicators. Called by the object itself
 * before it emits its own signal, so a follow-up is up to date when an
 * application's handler runs. A follow-up of a model with tens of
 * thousands of goals and indicators would spend longer connecting a
 * handler to each than grading them; these calls cost nothing when the
 * model has no follow-up. */
void     _styr_follow_up_indicator_changed   (StyrIndicator *indicator);
void     _styr_follow_up_assessment_changed  (StyrGoal      *goal,
                                              StyrOccasion  *occasion);
void     _styr_follow_up_goal_links_changed  (StyrGoal      *goal,
                                              gboolean       children);

/* A measurement of an indicator (styr-indicator.c), one row of its
 * measurements. */
typedef struct
{
  guint32  period_key;  /* _styr_period_to_key() */
  double   value;
  double   women;       /* NaN = no gender split */
  double   men;
  char    *comment;     /* NULL = none */
} StyrMeasurement;

/* For the loader (styr-indicator.c): the check of a measurement that
 * styr_indicator_set_measurement() makes, and the rows of an indicator
 * stored at once, sorted by key with no key twice, taking their
 * comments, without a signal. */
gboolean _styr_indicator_check_value          (StyrIndicator         *self,
                                               const StyrPeriod      *period,
                                               double                 value,
                                               double                 women,
                                               double                 men,
                                               GError               **error);
void     _styr_indicator_take_measurements    (StyrIndicator         *self,
                                               const StyrMeasurement *rows,
                                               guint                  n_rows);

/* Rows of an indicator for grading (styr-indicator.c). The measurement
 * at @position (< styr_indicator_get_n_measurements()) in period order:
 * its period key and value. */
void     _styr_indicator_get_row             (StyrIndicator *self,
                                              guint          position,
                                              guint32       *period_key,
                                              double        *value);
/* The comparison values for the period with @period_key, in kommunkod
 * order, or NULL when there are none. */
double  *_styr_indicator_dup_comparison_values (StyrIndicator *self,
                                                guint32        period_key,
                                                guint         *n_values);
/* The comparison value at @position (< get_n_comparison_values()), in
 * the order they are kept: by period key, then kommunkod (as a number). */
void     _styr_indicator_get_comparison_row  (StyrIndicator *self,
                                              guint          position,
                                              guint32       *period_key,
                                              guint         *kommunkod,
                                              double        *value);

/* Checks that @owner (may be NULL to clear) is an organ or a unit of the
 * same model as @self. Kind-specific rules are the caller's. */
gboolean _styr_check_owner_entity    (StyrEntity    *self,
                                      StyrEntity    *owner,
                                      GError       **error);

/* Fails with STYR_ERROR_INVALID_ARGUMENT unless 1 ≤ @year ≤ 9999. */
gboolean    _styr_check_year         (int               year,
                                      GError          **error);

/* The fields of a period, here so that the loader can keep periods by
 * value instead of allocating one per measurement. */
struct _StyrPeriod
{
  StyrPeriodKind kind;
  int            year;
  int            number;
};

/* styr_period_parse() into @out, which is left alone on error. */
gboolean    _styr_period_parse_into  (const char       *text,
                                      StyrPeriod       *out,
                                      GError          **error);

/* Periods packed into 32 bits for compact storage, ordered the same way
 * as styr_period_compare(). */
guint32     _styr_period_to_key      (const StyrPeriod *period);
StyrPeriod *_styr_period_from_key    (guint32           key);

/* GDate fields: an invalid (cleared) GDate means "no date". */
gboolean     _styr_date_equal              (const GDate    *field,
                                            const GDate    *date);
void         _styr_date_assign             (GDate          *field,
                                            const GDate    *date);

/* A read-only gint64 property of an amount in öre (styr-money.c), for
 * the classes of figures. */
GParamSpec  *_styr_amount_property         (const char     *name);

/* Closes @out, a stream of g_file_replace(), without committing it: the
 * old file stays (styr-writer.c). */
void         _styr_abandon_stream          (GOutputStream  *out);

/* Budget data (styr-budget.c): frames and the allocation of an organ,
 * budget lines of a unit, periodisation keys of a model. The owner keeps
 * a pointer, made on first use (when @create) and freed in finalize. */
typedef struct _StyrOrganBudget StyrOrganBudget;
typedef struct _StyrUnitBudget  StyrUnitBudget;
typedef struct _StyrModelBudget StyrModelBudget;

StyrOrganBudget *_styr_organ_budget_new   (void);
void             _styr_organ_budget_free  (StyrOrganBudget *budget);
StyrOrganBudget *_styr_organ_get_budget   (StyrOrgan       *self,
                                           gboolean         create);
StyrUnitBudget  *_styr_unit_budget_new    (void);
void             _styr_unit_budget_free   (StyrUnitBudget  *budget);
StyrUnitBudget  *_styr_unit_get_budget    (StyrUnit        *self,
                                           gboolean         create);
StyrModelBudget *_styr_model_budget_new   (void);
void             _styr_model_budget_free  (StyrModelBudget *budget);
StyrModelBudget *_styr_model_get_budget   (StyrModel       *self,
                                           gboolean         create);

/* A unit's outcome rows (styr-outcome.c), in the unit rather than in
 * qdata: the loader adds 700,000 rows, and a qdata lookup per row takes
 * a lock. */
typedef struct _StyrUnitOutcomes StyrUnitOutcomes;

void              _styr_unit_outcomes_free (StyrUnitOutcomes *outcomes);
StyrUnitOutcomes **_styr_unit_outcomes_slot (StyrUnit        *self);

/* Cost category check of budget lines (styr-budget.c), shared with outcomes (styr-outcome.c). */
gboolean check_category (const char *category, GError **error);
/* styr_unit_set_outcome() telling whether the unit had the outcome
 * (styr-outcome.c), for the loader. */
gboolean _styr_unit_add_outcome (StyrUnit *self, int year, int month, const char *category, gint64 ore, gboolean *replaced, GError **error);
/* Outcome imports (styr-outcome.c) fill in their result (styr-import.c). */
void _styr_import_result_set_outcomes (StyrImportResult *self, guint n_values, guint n_replaced, gint64 unmapped_amount, guint n_balance_rows, GPtrArray *findings);

/* Identifier rules shared by the model and the file format. */
gboolean     _styr_id_is_valid             (const char     *id);

G_END_DECLS
