/* styr-model-query.c — computed views of a StyrModel's entities.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "styr-private.h"

typedef gboolean (*MatchFunc) (gpointer      item,
                               gconstpointer data);

/* A new GListStore of the items of @collection that @match accepts, in
 * model order. */
static GListModel *
filter_collection (StyrModel      *self,
                   StyrCollection  collection,
                   GType           item_type,
                   MatchFunc       match,
                   gconstpointer   data)
{
  GListModel *source = G_LIST_MODEL (_styr_model_get_store (self, collection));
  guint n = g_list_model_get_n_items (source);
  g_autoptr(GPtrArray) found = g_ptr_array_new_full (n, g_object_unref);
  GListStore *store = g_list_store_new (item_type);

  for (guint i = 0; i < n; i++)
    {
      gpointer item = g_list_model_get_item (source, i);

      if (match (item, data))
        g_ptr_array_add (found, item);
      else
        g_object_unref (item);
    }

  if (found->len > 0)
    g_list_store_splice (store, 0, 0, found->pdata, found->len);
  return G_LIST_MODEL (store);
}

static gboolean
goal_is_at_level (gpointer      item,
                  gconstpointer data)
{
  return styr_goal_get_level (item) == (StyrGoalLevel) GPOINTER_TO_INT (data);
}

static gboolean
goal_is_in_perspective (gpointer      item,
                        gconstpointer data)
{
  return (gconstpointer) styr_goal_get_perspective (item) == data;
}

static gboolean
goal_is_owned_by (gpointer      item,
                  gconstpointer data)
{
  return (gconstpointer) styr_goal_get_owner (item) == data;
}

static gboolean
activity_is_of_unit (gpointer      item,
                     gconstpointer data)
{
  return (gconstpointer) styr_activity_get_unit (item) == data;
}

/**
 * styr_model_get_goals_at_level:
 * @self: a [class@Styr.Model]
 * @level: a level of the goal chain
 *
 * Gets the goals of @self at @level, e.g. all *inriktningsmål* with
 * [enum@Styr.GoalLevel.COUNCIL], in the order they were added.
 *
 * Returns: (transfer full): a new list model of [class@Styr.Goal], a
 *   snapshot that does not follow later changes
 *
 * Since: 1.0
 */
GListModel *
styr_model_get_goals_at_level (StyrModel     *self,
                               StyrGoalLevel  level)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);

  return filter_collection (self, STYR_COLLECTION_GOALS, STYR_TYPE_GOAL,
                            goal_is_at_level, GINT_TO_POINTER (level));
}

/**
 * styr_model_get_goals_in_perspective:
 * @self: a [class@Styr.Model]
 * @perspective: (nullable): a perspective of @self, or %NULL
 *
 * Gets the goals of @self whose [property@Styr.Goal:perspective] is
 * @perspective, of every level, in the order they were added. With %NULL
 * it gets the goals that have no perspective.
 *
 * Returns: (transfer full): a new list model of [class@Styr.Goal], a
 *   snapshot that does not follow later changes
 *
 * Since: 1.0
 */
GListModel *
styr_model_get_goals_in_perspective (StyrModel       *self,
                                     StyrPerspective *perspective)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  g_return_val_if_fail (perspective == NULL || STYR_IS_PERSPECTIVE (perspective), NULL);

  return filter_collection (self, STYR_COLLECTION_GOALS, STYR_TYPE_GOAL,
                            goal_is_in_perspective, perspective);
}

/**
 * styr_model_get_goals_owned_by:
 * @self: a [class@Styr.Model]
 * @owner: (nullable): an organ or a unit of @self, or %NULL
 *
 * Gets the goals of @self whose [property@Styr.Goal:owner] is @owner, in
 * the order they were added: a board's *nämndmål*, say. With %NULL it gets
 * the goals that have no owner.
 *
 * Returns: (transfer full): a new list model of [class@Styr.Goal], a
 *   snapshot that does not follow later changes
 *
 * Since: 1.0
 */
GListModel *
styr_model_get_goals_owned_by (StyrModel  *self,
                               StyrEntity *owner)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  g_return_val_if_fail (owner == NULL || STYR_IS_ENTITY (owner), NULL);

  return filter_collection (self, STYR_COLLECTION_GOALS, STYR_TYPE_GOAL,
                            goal_is_owned_by, owner);
}

/**
 * styr_model_get_activities_of_unit:
 * @self: a [class@Styr.Model]
 * @unit: (nullable): a unit of @self, or %NULL
 *
 * Gets the activities of @self whose [property@Styr.Activity:unit] is
 * @unit, in the order they were added: the unit's *arbetsplan*. With
 * %NULL it gets the activities that have no unit.
 *
 * Returns: (transfer full): a new list model of [class@Styr.Activity], a
 *   snapshot that does not follow later changes
 *
 * Since: 1.0
 */
GListModel *
styr_model_get_activities_of_unit (StyrModel *self,
                                   StyrUnit  *unit)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  g_return_val_if_fail (unit == NULL || STYR_IS_UNIT (unit), NULL);

  return filter_collection (self, STYR_COLLECTION_ACTIVITIES, STYR_TYPE_ACTIVITY,
                            activity_is_of_unit, unit);
}

/**
 * styr_model_get_budget_year:
 * @self: a [class@Styr.Model]
 *
 * Gets the budget year the model plans for: the year of its newest
 * budget document ([enum@Styr.DocumentKind.BUDGET] with a
 * [property@Styr.Document:year]). Validation and the `styr` tool use it
 * when no year is given.
 *
 * Returns: the budget year, or 0 when the model has no budget document
 *   with a year
 *
 * Since: 1.0
 */
int
styr_model_get_budget_year (StyrModel *self)
{
  GListModel *documents;
  guint n;
  int year = 0;

  g_return_val_if_fail (STYR_IS_MODEL (self), 0);

  documents = styr_model_get_documents (self);
  n = g_list_model_get_n_items (documents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrDocument) document = g_list_model_get_item (documents, i);

      if (styr_document_get_kind (document) == STYR_DOCUMENT_KIND_BUDGET)
        year = MAX (year, styr_document_get_year (document));
    }

  return year;
}
