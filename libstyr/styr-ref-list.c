/* styr-ref-list.c — lists of unowned entity pointers with a lazy list model.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "styr-private.h"

void
_styr_ref_list_init (StyrRefList *list,
                     GType        item_type)
{
  list->items = NULL;
  list->n_items = 0;
  list->n_allocated = 0;
  list->store = NULL;
  list->item_type = item_type;
}

void
_styr_ref_list_clear (StyrRefList *list)
{
  g_clear_pointer (&list->items, g_free);
  list->n_items = 0;
  list->n_allocated = 0;
  if (list->store != NULL)
    g_list_store_remove_all (list->store);
  g_clear_object (&list->store);
}

void
_styr_ref_list_empty (StyrRefList *list)
{
  list->n_items = 0;
  if (list->store != NULL)
    g_list_store_remove_all (list->store);
}

guint
_styr_ref_list_get_n (const StyrRefList *list)
{
  return list->n_items;
}

gpointer
_styr_ref_list_get (const StyrRefList *list,
                    guint              i)
{
  g_return_val_if_fail (i < list->n_items, NULL);
  return list->items[i];
}

static gboolean
find (const StyrRefList *list,
      gconstpointer      item,
      guint             *position)
{
  for (guint i = 0; i < list->n_items; i++)
    if (list->items[i] == item)
      {
        *position = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
_styr_ref_list_contains (const StyrRefList *list,
                         gconstpointer      item)
{
  guint pos;

  return find (list, item, &pos);
}

void
_styr_ref_list_insert (StyrRefList *list,
                       guint        position,
                       gpointer     item)
{
  position = MIN (position, list->n_items);
  if (list->n_items == list->n_allocated)
    {
      /* Two first: most lists hold one or two items. */
      list->n_allocated = list->n_allocated == 0 ? 2 : list->n_allocated * 2;
      list->items = g_renew (gpointer, list->items, list->n_allocated);
    }
  memmove (list->items + position + 1, list->items + position,
           (list->n_items - position) * sizeof (gpointer));
  list->items[position] = item;
  list->n_items++;
  if (list->store != NULL)
    g_list_store_insert (list->store, position, item);
}

void
_styr_ref_list_append (StyrRefList *list,
                       gpointer     item)
{
  _styr_ref_list_insert (list, G_MAXUINT, item);
}

gboolean
_styr_ref_list_remove (StyrRefList   *list,
                       gconstpointer  item)
{
  guint pos;

  if (!find (list, item, &pos))
    return FALSE;
  memmove (list->items + pos, list->items + pos + 1,
           (list->n_items - pos - 1) * sizeof (gpointer));
  list->n_items--;
  if (list->store != NULL)
    g_list_store_remove (list->store, pos);
  return TRUE;
}

void
_styr_ref_list_move_to_front (StyrRefList   *list,
                              gconstpointer  item)
{
  gpointer p = (gpointer) item;

  if (list->n_items == 0 || list->items[0] == item)
    return;
  if (_styr_ref_list_remove (list, item))
    _styr_ref_list_insert (list, 0, p);
}

GListModel *
_styr_ref_list_get_model (StyrRefList *list)
{
  if (list->store == NULL)
    {
      list->store = g_list_store_new (list->item_type);
      if (list->n_items > 0)
        g_list_store_splice (list->store, 0, 0, list->items, list->n_items);
    }
  return G_LIST_MODEL (list->store);
}

GListModel *
_styr_ref_list_dup_snapshot (const StyrRefList *list)
{
  GListStore *store = g_list_store_new (list->item_type);

  if (list->n_items > 0)
    g_list_store_splice (store, 0, 0, list->items, list->n_items);
  return G_LIST_MODEL (store);
}
