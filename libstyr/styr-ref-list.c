/* styr-ref-list.c — lists of unowned entity pointers with a lazy list model.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "styr-private.h"

void
_styr_ref_list_init (StyrRefList *list,
                     GType        item_type)
{
  list->items = NULL;
  list->store = NULL;
  list->item_type = item_type;
}

void
_styr_ref_list_clear (StyrRefList *list)
{
  g_clear_pointer (&list->items, g_ptr_array_unref);
  if (list->store != NULL)
    g_list_store_remove_all (list->store);
  g_clear_object (&list->store);
}

guint
_styr_ref_list_get_n (const StyrRefList *list)
{
  return list->items != NULL ? list->items->len : 0;
}

gpointer
_styr_ref_list_get (const StyrRefList *list,
                    guint              i)
{
  g_return_val_if_fail (list->items != NULL && i < list->items->len, NULL);
  return g_ptr_array_index (list->items, i);
}

gboolean
_styr_ref_list_contains (const StyrRefList *list,
                         gconstpointer      item)
{
  return list->items != NULL && g_ptr_array_find (list->items, item, NULL);
}

void
_styr_ref_list_insert (StyrRefList *list,
                       guint        position,
                       gpointer     item)
{
  if (list->items == NULL)
    list->items = g_ptr_array_new ();
  position = MIN (position, list->items->len);
  g_ptr_array_insert (list->items, (int) position, item);
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

  if (list->items == NULL || !g_ptr_array_find (list->items, item, &pos))
    return FALSE;
  g_ptr_array_remove_index (list->items, pos);
  if (list->store != NULL)
    g_list_store_remove (list->store, pos);
  return TRUE;
}

void
_styr_ref_list_move_to_front (StyrRefList   *list,
                              gconstpointer  item)
{
  gpointer p = (gpointer) item;

  if (list->items == NULL || list->items->len == 0 ||
      g_ptr_array_index (list->items, 0) == item)
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
      if (list->items != NULL && list->items->len > 0)
        g_list_store_splice (list->store, 0, 0, list->items->pdata, list->items->len);
    }
  return G_LIST_MODEL (list->store);
}

GListModel *
_styr_ref_list_dup_snapshot (const StyrRefList *list)
{
  GListStore *store = g_list_store_new (list->item_type);

  if (list->items != NULL && list->items->len > 0)
    g_list_store_splice (store, 0, 0, list->items->pdata, list->items->len);
  return G_LIST_MODEL (store);
}
