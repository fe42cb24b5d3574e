/* styr-model.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <locale.h>

#include "styr-private.h"
#include "styr-enum-types.h"

/**
 * StyrModel:
 *
 * The steering model of one municipality (*kommun*): the root that owns
 * everything else.
 *
 * A model holds the municipality's name and *kommunkod*, its vision and
 * values (*värdegrund*), the fulfilment scale in use, and the entities of
 * the goal chain (*målkedjan*): perspectives, the political organs and the
 * administration, plan and steering documents, focus areas and agile
 * arenas, goals on every level, indicators with their measurements, and
 * activities. Each kind is a [iface@Gio.ListModel] in insertion order
 * ([method@Styr.Model.get_goals] and its siblings); every entity is found
 * by its identifier with [method@Styr.Model.lookup].
 *
 * Entities are added with [method@Styr.Model.add] and linked to each other
 * with the methods of their classes ([method@Styr.Goal.set_owner],
 * [method@Styr.Goal.add_parent], …). Every broken invariant — a duplicate
 * identifier, a link that would make the chain cyclic, an owner of the
 * wrong kind, removing something others depend on — fails with a
 * [error@Styr.Error] and leaves the model unchanged.
 *
 * ```python
 * import gi
 * gi.require_version("Styr", "1.0")
 * from gi.repository import Styr
 *
 * model = Styr.Model(name="Ängelholm", kommunkod="1292",
 *                    vision="Kraftsamling Ängelholm 2020")
 * model.apply_preset(Styr.Preset.RATTEN)
 * kf = Styr.Organ(id="kf", kind=Styr.OrganKind.COUNCIL, name="Kommunfullmäktige")
 * model.add(kf)
 * for perspective in model.get_perspectives():
 *     print(perspective.props.name)
 * ```
 *
 * Since: 1.0
 */

struct _StyrModel
{
  GObject     parent_instance;

  char       *name;
  char       *kommunkod;
  char       *vision;
  GStrv       values;
  StyrScale  *scale;
  StyrCalendar *calendar;
  char       *rollup_rule;

  GHashTable *by_id;                          /* id → StyrEntity (ref) */
  GListStore *stores[STYR_N_COLLECTIONS];     /* per collection, in order */
  /* While the loader adds (_styr_model_begin_bulk()): entities added but
   * not yet in their store, per collection, in order; NULL otherwise. */
  GPtrArray  *pending[STYR_N_COLLECTIONS];
  StyrModelBudget *budget;                    /* styr-budget.c */
};

G_DEFINE_FINAL_TYPE (StyrModel, styr_model, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KOMMUNKOD,
  PROP_VISION,
  PROP_VALUES,
  PROP_SCALE,
  PROP_CALENDAR,
  PROP_ROLLUP_RULE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_styr_init_i18n (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&initialized, 1);
    }
}

static GType
collection_item_type (StyrCollection collection)
{
  switch (collection)
    {
    case STYR_COLLECTION_PERSPECTIVES: return STYR_TYPE_PERSPECTIVE;
    case STYR_COLLECTION_ORGANS:       return STYR_TYPE_ORGAN;
    case STYR_COLLECTION_UNITS:        return STYR_TYPE_UNIT;
    case STYR_COLLECTION_DOCUMENTS:    return STYR_TYPE_DOCUMENT;
    case STYR_COLLECTION_FOCUS_AREAS:  return STYR_TYPE_FOCUS_AREA;
    case STYR_COLLECTION_ARENAS:       return STYR_TYPE_ARENA;
    case STYR_COLLECTION_GOALS:        return STYR_TYPE_GOAL;
    case STYR_COLLECTION_INDICATORS:   return STYR_TYPE_INDICATOR;
    case STYR_COLLECTION_ACTIVITIES:   return STYR_TYPE_ACTIVITY;
    case STYR_COLLECTION_INVESTMENTS:  return STYR_TYPE_INVESTMENT;
    case STYR_COLLECTION_NONE:
    case STYR_N_COLLECTIONS:
    default:
      return STYR_TYPE_ENTITY;
    }
}

static void
styr_model_dispose (GObject *object)
{
  StyrModel *self = (StyrModel *) object;

  if (self->by_id != NULL)
    {
      GHashTableIter iter;
      gpointer value;

      guint notify_id = g_signal_lookup ("notify", G_TYPE_OBJECT);

      /* Entities may outlive the model (a binding holds one): cut every
       * link between them first so that none points into freed memory and
       * no list model keeps a reference cycle alive.
       *
       * The model may be disposed from a garbage collector (GJS sweeps
       * finalize it), where calling back into the language is fatal, so
       * the entities' notify handlers are blocked while the links go. */
      g_hash_table_iter_init (&iter, self->by_id);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_signal_handlers_block_matched (value, G_SIGNAL_MATCH_ID, notify_id,
                                         0, NULL, NULL, NULL);
      g_hash_table_iter_init (&iter, self->by_id);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        _styr_entity_detach (STYR_ENTITY (value));
      g_hash_table_iter_init (&iter, self->by_id);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          _styr_entity_set_model (STYR_ENTITY (value), NULL);
          g_signal_handlers_unblock_matched (value, G_SIGNAL_MATCH_ID, notify_id,
                                             0, NULL, NULL, NULL);
        }
    }

  for (guint i = 0; i < STYR_N_COLLECTIONS; i++)
    {
      g_clear_pointer (&self->pending[i], g_ptr_array_unref);
      g_clear_object (&self->stores[i]);
    }
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->scale);
  g_clear_object (&self->calendar);

  G_OBJECT_CLASS (styr_model_parent_class)->dispose (object);
}

static void
styr_model_finalize (GObject *object)
{
  StyrModel *self = (StyrModel *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->kommunkod, g_free);
  g_clear_pointer (&self->vision, g_free);
  g_clear_pointer (&self->values, g_strfreev);
  g_clear_pointer (&self->rollup_rule, g_free);
  g_clear_pointer (&self->budget, _styr_model_budget_free);

  G_OBJECT_CLASS (styr_model_parent_class)->finalize (object);
}

static void
styr_model_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  StyrModel *self = STYR_MODEL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KOMMUNKOD:
      g_value_set_string (value, self->kommunkod);
      break;

    case PROP_VISION:
      g_value_set_string (value, self->vision);
      break;

    case PROP_VALUES:
      g_value_set_boxed (value, self->values);
      break;

    case PROP_SCALE:
      g_value_set_object (value, self->scale);
      break;

    case PROP_CALENDAR:
      g_value_set_object (value, self->calendar);
      break;

    case PROP_ROLLUP_RULE:
      g_value_set_string (value, self->rollup_rule);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_model_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  StyrModel *self = STYR_MODEL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      styr_model_set_name (self, g_value_get_string (value));
      break;

    case PROP_KOMMUNKOD:
      styr_model_set_kommunkod (self, g_value_get_string (value));
      break;

    case PROP_VISION:
      styr_model_set_vision (self, g_value_get_string (value));
      break;

    case PROP_VALUES:
      styr_model_set_values (self, g_value_get_boxed (value));
      break;

    case PROP_SCALE:
      styr_model_set_scale (self, g_value_get_object (value));
      break;

    case PROP_CALENDAR:
      styr_model_set_calendar (self, g_value_get_object (value));
      break;

    case PROP_ROLLUP_RULE:
      styr_model_set_rollup_rule (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_model_class_init (StyrModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = styr_model_dispose;
  object_class->finalize = styr_model_finalize;
  object_class->get_property = styr_model_get_property;
  object_class->set_property = styr_model_set_property;

  _styr_init_i18n ();

  /**
   * StyrModel:name:
   *
   * The name of the municipality (*kommunens namn*), e.g. "Borlänge".
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrModel:kommunkod:
   *
   * The municipality's four-digit code (*kommunkod*), e.g. "2081" for
   * Borlänge or "1292" for Ängelholm. Kolada identifies municipalities by
   * it.
   *
   * Since: 1.0
   */
  properties[PROP_KOMMUNKOD] =
    g_param_spec_string ("kommunkod", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrModel:vision:
   *
   * The vision (*vision*) the council has set, the top of the goal chain,
   * e.g. "Kraftsamling Ängelholm 2020". Council goals (*inriktningsmål*)
   * serve it.
   *
   * Since: 1.0
   */
  properties[PROP_VISION] =
    g_param_spec_string ("vision", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrModel:values:
   *
   * The municipality's values (*värdegrund*), e.g. "Öppenhet", "Omtanke",
   * "Handlingskraft".
   *
   * Since: 1.0
   */
  properties[PROP_VALUES] =
    g_param_spec_boxed ("values", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrModel:scale:
   *
   * The fulfilment scale in use (*skala för måluppfyllelse*). A new model
   * uses the three-level preset ([enum@Styr.ScalePreset.THREE_LEVEL]).
   *
   * Since: 1.0
   */
  properties[PROP_SCALE] =
    g_param_spec_object ("scale", NULL, NULL,
                         STYR_TYPE_SCALE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrModel:calendar:
   *
   * The follow-up calendar (*årshjul*): the occasions at which goal
   * fulfilment and the economy are reported. Never %NULL: a new model has
   * an empty calendar named "Årshjul", to be filled from a preset
   * ([method@Styr.Calendar.add_preset_year]) or by hand.
   *
   * Since: 1.0
   */
  properties[PROP_CALENDAR] =
    g_param_spec_object ("calendar", NULL, NULL,
                         STYR_TYPE_CALENDAR,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrModel:rollup-rule: (getter get_rollup_rule) (setter set_rollup_rule)
   *
   * The name of the roll-up rule (*sammanvägningsregel*) that computes the
   * proposed status of the model's goals from their evidence
   * ([class@Styr.FollowUp]), unless a goal names its own
   * ([property@Styr.Goal:rollup-rule]). The built-in rules are
   * `viktat-medel` (the default), `samsta`, `alla-grona` and
   * `andel-barn`; more can be registered on a follow-up with
   * [method@Styr.FollowUp.register_rule]. Setting %NULL restores the
   * default.
   *
   * Since: 1.0
   */
  properties[PROP_ROLLUP_RULE] =
    g_param_spec_string ("rollup-rule", NULL, NULL,
                         "viktat-medel",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_model_init (StyrModel *self)
{
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  for (guint i = 0; i < STYR_N_COLLECTIONS; i++)
    self->stores[i] = g_list_store_new (collection_item_type ((StyrCollection) i));
  self->scale = styr_scale_new_preset (STYR_SCALE_PRESET_THREE_LEVEL);
  self->calendar = styr_calendar_new (_("Årshjul"));
  self->rollup_rule = g_strdup ("viktat-medel");
}

/**
 * styr_model_new:
 *
 * Creates a new, empty model with the three-level fulfilment scale and an
 * empty follow-up calendar.
 *
 * Returns: (transfer full): a new [class@Styr.Model]
 *
 * Since: 1.0
 */
StyrModel *
styr_model_new (void)
{
  return g_object_new (STYR_TYPE_MODEL, NULL);
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/**
 * styr_model_get_name:
 * @self: a [class@Styr.Model]
 *
 * Gets the [property@Styr.Model:name] of the municipality.
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
styr_model_get_name (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);

  return self->name;
}

/**
 * styr_model_set_name:
 * @self: a [class@Styr.Model]
 * @name: (nullable): the name of the municipality
 *
 * Sets the [property@Styr.Model:name] of the municipality.
 *
 * Since: 1.0
 */
void
styr_model_set_name (StyrModel  *self,
                     const char *name)
{
  g_return_if_fail (STYR_IS_MODEL (self));

  if (set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * styr_model_get_kommunkod:
 * @self: a [class@Styr.Model]
 *
 * Gets the [property@Styr.Model:kommunkod].
 *
 * Returns: (nullable): the four-digit municipality code
 *
 * Since: 1.0
 */
const char *
styr_model_get_kommunkod (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);

  return self->kommunkod;
}

/**
 * styr_model_set_kommunkod:
 * @self: a [class@Styr.Model]
 * @kommunkod: (nullable): the four-digit municipality code
 *
 * Sets the [property@Styr.Model:kommunkod]. Validation reports a code that
 * is not four digits.
 *
 * Since: 1.0
 */
void
styr_model_set_kommunkod (StyrModel  *self,
                          const char *kommunkod)
{
  g_return_if_fail (STYR_IS_MODEL (self));

  if (set_string (&self->kommunkod, kommunkod))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KOMMUNKOD]);
}

/**
 * styr_model_get_vision:
 * @self: a [class@Styr.Model]
 *
 * Gets the [property@Styr.Model:vision].
 *
 * Returns: (nullable): the vision
 *
 * Since: 1.0
 */
const char *
styr_model_get_vision (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);

  return self->vision;
}

/**
 * styr_model_set_vision:
 * @self: a [class@Styr.Model]
 * @vision: (nullable): the vision
 *
 * Sets the [property@Styr.Model:vision].
 *
 * Since: 1.0
 */
void
styr_model_set_vision (StyrModel  *self,
                       const char *vision)
{
  g_return_if_fail (STYR_IS_MODEL (self));

  if (set_string (&self->vision, vision))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISION]);
}

/**
 * styr_model_get_values:
 * @self: a [class@Styr.Model]
 *
 * Gets the municipality's values (*värdegrund*).
 *
 * Returns: (transfer none) (array zero-terminated=1) (nullable): the values
 *
 * Since: 1.0
 */
const char * const *
styr_model_get_values (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);

  return (const char * const *) self->values;
}

/**
 * styr_model_set_values:
 * @self: a [class@Styr.Model]
 * @values: (array zero-terminated=1) (nullable): the values
 *
 * Sets the municipality's values (*värdegrund*), in order.
 *
 * Since: 1.0
 */
void
styr_model_set_values (StyrModel          *self,
                       const char * const *values)
{
  g_return_if_fail (STYR_IS_MODEL (self));

  if (values != NULL && values[0] == NULL)
    values = NULL;
  if (self->values == NULL && values == NULL)
    return;
  if (self->values != NULL && values != NULL &&
      g_strv_equal ((const char * const *) self->values, values))
    return;

  g_strfreev (self->values);
  self->values = g_strdupv ((char **) values);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUES]);
}

/**
 * styr_model_get_scale:
 * @self: a [class@Styr.Model]
 *
 * Gets the fulfilment scale in use.
 *
 * Returns: (transfer none): the scale
 *
 * Since: 1.0
 */
StyrScale *
styr_model_get_scale (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);

  return self->scale;
}

/**
 * styr_model_set_scale:
 * @self: a [class@Styr.Model]
 * @scale: the fulfilment scale to use
 *
 * Sets the fulfilment scale the model's goals are assessed on, e.g.
 * `Styr.Scale.new_preset(Styr.ScalePreset.JONKOPING)`.
 *
 * Since: 1.0
 */
void
styr_model_set_scale (StyrModel *self,
                      StyrScale *scale)
{
  g_return_if_fail (STYR_IS_MODEL (self));
  g_return_if_fail (STYR_IS_SCALE (scale));

  if (g_set_object (&self->scale, scale))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
}

/**
 * styr_model_get_calendar:
 * @self: a [class@Styr.Model]
 *
 * Gets the follow-up calendar (*årshjul*).
 *
 * Returns: (transfer none): the calendar
 *
 * Since: 1.0
 */
StyrCalendar *
styr_model_get_calendar (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);

  return self->calendar;
}

/**
 * styr_model_set_calendar:
 * @self: a [class@Styr.Model]
 * @calendar: the follow-up calendar to use
 *
 * Sets the follow-up calendar, e.g.
 * `Styr.Calendar.new_preset(Styr.CalendarPreset.ANGELHOLM, 2025)`.
 *
 * Since: 1.0
 */
void
styr_model_set_calendar (StyrModel    *self,
                         StyrCalendar *calendar)
{
  g_return_if_fail (STYR_IS_MODEL (self));
  g_return_if_fail (STYR_IS_CALENDAR (calendar));

  if (g_set_object (&self->calendar, calendar))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALENDAR]);
}

/**
 * styr_model_get_rollup_rule:
 * @self: a [class@Styr.Model]
 *
 * Gets the name of the model's default roll-up rule
 * ([property@Styr.Model:rollup-rule]).
 *
 * Returns: the rule name, `viktat-medel` unless changed
 *
 * Since: 1.0
 */
const char *
styr_model_get_rollup_rule (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);

  return self->rollup_rule;
}

/**
 * styr_model_set_rollup_rule:
 * @self: a [class@Styr.Model]
 * @rule: (nullable): the name of a roll-up rule, or %NULL for
 *   `viktat-medel`
 *
 * Sets the model's default roll-up rule
 * ([property@Styr.Model:rollup-rule]). The name is not checked here:
 * an unknown name leaves the goals using it not assessed in the
 * roll-up, and [method@Styr.Model.validate] reports it
 * (`okand-sammanvagning`).
 *
 * Since: 1.0
 */
void
styr_model_set_rollup_rule (StyrModel  *self,
                            const char *rule)
{
  g_return_if_fail (STYR_IS_MODEL (self));

  if (rule == NULL)
    rule = "viktat-medel";

  if (g_strcmp0 (self->rollup_rule, rule) == 0)
    return;

  g_free (self->rollup_rule);
  self->rollup_rule = g_strdup (rule);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLLUP_RULE]);
}

/* The loader adds a hundred thousand entities: appending each to its
 * GListStore costs a sequence node, an items-changed emission and a
 * notification of n-items apiece. Between _styr_model_begin_bulk() and
 * _styr_model_end_bulk() styr_model_add() only collects them, and the
 * end adds each collection's in one splice. Anything that reads a store
 * in between (store_of()) gets the collected ones added first. */
void
_styr_model_begin_bulk (StyrModel *self)
{
  for (guint i = 0; i < STYR_N_COLLECTIONS; i++)
    if (self->pending[i] == NULL)
      self->pending[i] = g_ptr_array_new ();
}

static void
flush_pending (StyrModel      *self,
               StyrCollection  collection)
{
  GPtrArray *pending = self->pending[collection];

  if (pending == NULL || pending->len == 0)
    return;
  g_list_store_splice (self->stores[collection],
                       g_list_model_get_n_items (G_LIST_MODEL (self->stores[collection])),
                       0, pending->pdata, pending->len);
  g_ptr_array_set_size (pending, 0);
}

void
_styr_model_end_bulk (StyrModel *self)
{
  for (guint i = 0; i < STYR_N_COLLECTIONS; i++)
    {
      flush_pending (self, (StyrCollection) i);
      g_clear_pointer (&self->pending[i], g_ptr_array_unref);
    }
}

static GListStore *
store_of (StyrModel      *self,
          StyrCollection  collection)
{
  flush_pending (self, collection);
  return self->stores[collection];
}

/**
 * styr_model_add:
 * @self: a [class@Styr.Model]
 * @entity: the entity to add
 *
 * Adds @entity to the model, at the end of the list of its kind. The model
 * takes a reference; the entity's [property@Styr.Entity:model] becomes
 * @self.
 *
 * Fails with %STYR_ERROR_INVALID_ID when the identifier is missing or
 * malformed, %STYR_ERROR_DUPLICATE_ID when another entity of the model
 * already has it, and %STYR_ERROR_WRONG_MODEL when @entity already belongs
 * to a model. On failure nothing changes.
 *
 * Returns: %TRUE if @entity was added
 *
 * Since: 1.0
 */
gboolean
styr_model_add (StyrModel   *self,
                StyrEntity  *entity,
                GError     **error)
{
  const char *id;
  StyrEntity *existing;
  StyrCollection collection;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (STYR_IS_ENTITY (entity), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = styr_entity_get_id (entity);
  if (!_styr_id_is_valid (id))
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ID,
                   _("Ogiltigt id »%s«: ett id får bara innehålla bokstäverna a–z och A–Z, siffror, »-«, »_« och ».«, och måste börja med en bokstav, en siffra eller »_«"),
                   id != NULL ? id : "");
      return FALSE;
    }

  if (styr_entity_get_model (entity) != NULL)
    {
      g_autofree char *what = _styr_entity_describe (entity);

      g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL,
                   styr_entity_get_model (entity) == self
                     ? _("%s finns redan i modellen")
                     : _("%s hör redan till en annan modell"),
                   what);
      return FALSE;
    }

  existing = g_hash_table_lookup (self->by_id, id);
  if (existing != NULL)
    {
      g_autofree char *what = _styr_entity_describe (existing);

      g_set_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID,
                   _("Id »%s« används redan av %s"), id, what);
      return FALSE;
    }

  collection = _styr_entity_get_collection (entity);
  g_return_val_if_fail (collection > STYR_COLLECTION_NONE && collection < STYR_N_COLLECTIONS, FALSE);

  g_hash_table_insert (self->by_id, (gpointer) id, g_object_ref (entity));
  _styr_entity_set_model (entity, self);
  if (self->pending[collection] != NULL)
    g_ptr_array_add (self->pending[collection], entity);   /* by_id holds it */
  else
    g_list_store_append (self->stores[collection], entity);

  return TRUE;
}

/**
 * styr_model_remove:
 * @self: a [class@Styr.Model]
 * @entity: the entity to remove
 *
 * Removes @entity from the model. Links from @entity to others (a goal's
 * parents, owner, indicators, …) go with it.
 *
 * An entity that others still refer to cannot be removed: a goal with
 * child goals or activities serving it, an organ or unit that owns goals,
 * a perspective that goals are in, and so on. That fails with
 * %STYR_ERROR_IN_USE, naming one of the referrers, and nothing changes;
 * remove or relink the referrers first.
 *
 * Returns: %TRUE if @entity was removed
 *
 * Since: 1.0
 */
gboolean
styr_model_remove (StyrModel   *self,
                   StyrEntity  *entity,
                   GError     **error)
{
  GHashTableIter iter;
  gpointer value;
  StyrCollection collection;
  guint position;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (STYR_IS_ENTITY (entity), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (styr_entity_get_model (entity) != self)
    {
      g_autofree char *what = _styr_entity_describe (entity);

      g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL,
                   _("%s finns inte i modellen"), what);
      return FALSE;
    }

  g_hash_table_iter_init (&iter, self->by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      StyrEntity *other = value;

      if (other != entity && _styr_entity_refers_to (other, entity))
        {
          g_autofree char *what = _styr_entity_describe (entity);
          g_autofree char *who = _styr_entity_describe (other);

          g_set_error (error, STYR_ERROR, STYR_ERROR_IN_USE,
                       _("%s kan inte tas bort: %s hänvisar till det"),
                       what, who);
          return FALSE;
        }
    }

  collection = _styr_entity_get_collection (entity);
  _styr_entity_detach (entity);

  if (g_list_store_find (store_of (self, collection), entity, &position))
    g_list_store_remove (self->stores[collection], position);
  _styr_entity_set_model (entity, NULL);
  g_hash_table_remove (self->by_id, styr_entity_get_id (entity));

  return TRUE;
}

/**
 * styr_model_lookup:
 * @self: a [class@Styr.Model]
 * @id: an identifier
 *
 * Looks up the entity with the identifier @id, of any kind.
 *
 * Returns: (transfer none) (nullable): the entity, or %NULL if none has
 *   that identifier
 *
 * Since: 1.0
 */
StyrEntity *
styr_model_lookup (StyrModel  *self,
                   const char *id)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->by_id, id);
}

/**
 * styr_model_get_entity:
 * @self: a [class@Styr.Model]
 * @id: an identifier
 * @error: return location for a #GError
 *
 * Like [method@Styr.Model.lookup], but fails with %STYR_ERROR_NOT_FOUND
 * when no entity has the identifier. Scripts that would rather get an
 * exception than %None use it.
 *
 * Returns: (transfer none): the entity
 *
 * Since: 1.0
 */
StyrEntity *
styr_model_get_entity (StyrModel   *self,
                       const char  *id,
                       GError     **error)
{
  StyrEntity *entity;

  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  entity = styr_model_lookup (self, id);
  if (entity == NULL)
    g_set_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND,
                 _("Inget objekt i modellen har id »%s«"), id != NULL ? id : "");
  return entity;
}

/**
 * styr_model_get_n_entities:
 * @self: a [class@Styr.Model]
 *
 * Counts the entities in the model, of all kinds.
 *
 * Returns: the number of entities
 *
 * Since: 1.0
 */
guint
styr_model_get_n_entities (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), 0);

  return g_hash_table_size (self->by_id);
}

static gpointer
lookup_typed (StyrModel  *self,
              const char *id,
              GType       type)
{
  StyrEntity *entity = styr_model_lookup (self, id);

  if (entity != NULL && G_TYPE_CHECK_INSTANCE_TYPE (entity, type))
    return entity;
  return NULL;
}

/**
 * styr_model_lookup_perspective:
 * @self: a [class@Styr.Model]
 * @id: an identifier
 *
 * Looks up the perspective with the identifier @id.
 *
 * Returns: (transfer none) (nullable): the perspective, or %NULL
 *
 * Since: 1.0
 */
StyrPerspective *
styr_model_lookup_perspective (StyrModel  *self,
                               const char *id)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return lookup_typed (self, id, STYR_TYPE_PERSPECTIVE);
}

/**
 * styr_model_lookup_organ:
 * @self: a [class@Styr.Model]
 * @id: an identifier
 *
 * Looks up the political organ with the identifier @id.
 *
 * Returns: (transfer none) (nullable): the organ, or %NULL
 *
 * Since: 1.0
 */
StyrOrgan *
styr_model_lookup_organ (StyrModel  *self,
                         const char *id)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return lookup_typed (self, id, STYR_TYPE_ORGAN);
}

/**
 * styr_model_lookup_unit:
 * @self: a [class@Styr.Model]
 * @id: an identifier
 *
 * Looks up the unit of the administration with the identifier @id.
 *
 * Returns: (transfer none) (nullable): the unit, or %NULL
 *
 * Since: 1.0
 */
StyrUnit *
styr_model_lookup_unit (StyrModel  *self,
                        const char *id)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return lookup_typed (self, id, STYR_TYPE_UNIT);
}

/**
 * styr_model_lookup_document:
 * @self: a [class@Styr.Model]
 * @id: an identifier
 *
 * Looks up the document with the identifier @id.
 *
 * Returns: (transfer none) (nullable): the document, or %NULL
 *
 * Since: 1.0
 */
StyrDocument *
styr_model_lookup_document (StyrModel  *self,
                            const char *id)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return lookup_typed (self, id, STYR_TYPE_DOCUMENT);
}

/**
 * styr_model_lookup_focus_area:
 * @self: a [class@Styr.Model]
 * @id: an identifier
 *
 * Looks up the focus area with the identifier @id.
 *
 * Returns: (transfer none) (nullable): the focus area, or %NULL
 *
 * Since: 1.0
 */
StyrFocusArea *
styr_model_lookup_focus_area (StyrModel  *self,
                              const char *id)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return lookup_typed (self, id, STYR_TYPE_FOCUS_AREA);
}

/**
 * styr_model_lookup_arena:
 * @self: a [class@Styr.Model]
 * @id: an identifier
 *
 * Looks up the agile arena with the identifier @id.
 *
 * Returns: (transfer none) (nullable): the arena, or %NULL
 *
 * Since: 1.0
 */
StyrArena *
styr_model_lookup_arena (StyrModel  *self,
                         const char *id)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return lookup_typed (self, id, STYR_TYPE_ARENA);
}

/**
 * styr_model_lookup_goal:
 * @self: a [class@Styr.Model]
 * @id: an identifier
 *
 * Looks up the goal with the identifier @id.
 *
 * Returns: (transfer none) (nullable): the goal, or %NULL
 *
 * Since: 1.0
 */
StyrGoal *
styr_model_lookup_goal (StyrModel  *self,
                        const char *id)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return lookup_typed (self, id, STYR_TYPE_GOAL);
}

/**
 * styr_model_lookup_indicator:
 * @self: a [class@Styr.Model]
 * @id: an identifier
 *
 * Looks up the indicator with the identifier @id.
 *
 * Returns: (transfer none) (nullable): the indicator, or %NULL
 *
 * Since: 1.0
 */
StyrIndicator *
styr_model_lookup_indicator (StyrModel  *self,
                             const char *id)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return lookup_typed (self, id, STYR_TYPE_INDICATOR);
}

/**
 * styr_model_lookup_activity:
 * @self: a [class@Styr.Model]
 * @id: an identifier
 *
 * Looks up the activity with the identifier @id.
 *
 * Returns: (transfer none) (nullable): the activity, or %NULL
 *
 * Since: 1.0
 */
StyrActivity *
styr_model_lookup_activity (StyrModel  *self,
                            const char *id)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return lookup_typed (self, id, STYR_TYPE_ACTIVITY);
}

GListStore *
_styr_model_get_store (StyrModel      *self,
                       StyrCollection  collection)
{
  return store_of (self, collection);
}

/**
 * styr_model_get_perspectives:
 * @self: a [class@Styr.Model]
 *
 * Gets the perspectives of the model, in their order. Reports group goals
 * by perspective in this order; change it with
 * [method@Styr.Model.move_perspective].
 *
 * Returns: (transfer none): a list model of [class@Styr.Perspective]
 *
 * Since: 1.0
 */
GListModel *
styr_model_get_perspectives (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return G_LIST_MODEL (store_of (self, STYR_COLLECTION_PERSPECTIVES));
}

/**
 * styr_model_get_organs:
 * @self: a [class@Styr.Model]
 *
 * Gets the political organs of the model, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Styr.Organ]
 *
 * Since: 1.0
 */
GListModel *
styr_model_get_organs (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return G_LIST_MODEL (store_of (self, STYR_COLLECTION_ORGANS));
}

/**
 * styr_model_get_units:
 * @self: a [class@Styr.Model]
 *
 * Gets all units of the administration, of every level, in the order they
 * were added. [method@Styr.Unit.get_children] walks the tree.
 *
 * Returns: (transfer none): a list model of [class@Styr.Unit]
 *
 * Since: 1.0
 */
GListModel *
styr_model_get_units (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return G_LIST_MODEL (store_of (self, STYR_COLLECTION_UNITS));
}

/**
 * styr_model_get_documents:
 * @self: a [class@Styr.Model]
 *
 * Gets the plan and steering documents of the model.
 *
 * Returns: (transfer none): a list model of [class@Styr.Document]
 *
 * Since: 1.0
 */
GListModel *
styr_model_get_documents (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return G_LIST_MODEL (store_of (self, STYR_COLLECTION_DOCUMENTS));
}

/**
 * styr_model_get_focus_areas:
 * @self: a [class@Styr.Model]
 *
 * Gets the focus areas (*fokusområden*) of the model.
 *
 * Returns: (transfer none): a list model of [class@Styr.FocusArea]
 *
 * Since: 1.0
 */
GListModel *
styr_model_get_focus_areas (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return G_LIST_MODEL (store_of (self, STYR_COLLECTION_FOCUS_AREAS));
}

/**
 * styr_model_get_arenas:
 * @self: a [class@Styr.Model]
 *
 * Gets the agile arenas (*agila arenor*) of the model.
 *
 * Returns: (transfer none): a list model of [class@Styr.Arena]
 *
 * Since: 1.0
 */
GListModel *
styr_model_get_arenas (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return G_LIST_MODEL (store_of (self, STYR_COLLECTION_ARENAS));
}

/**
 * styr_model_get_goals:
 * @self: a [class@Styr.Model]
 *
 * Gets all goals of the model, of every level, in the order they were
 * added. [method@Styr.Model.get_goals_at_level] and its siblings filter
 * them.
 *
 * Returns: (transfer none): a list model of [class@Styr.Goal]
 *
 * Since: 1.0
 */
GListModel *
styr_model_get_goals (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return G_LIST_MODEL (store_of (self, STYR_COLLECTION_GOALS));
}

/**
 * styr_model_get_indicators:
 * @self: a [class@Styr.Model]
 *
 * Gets the indicators of the model.
 *
 * Returns: (transfer none): a list model of [class@Styr.Indicator]
 *
 * Since: 1.0
 */
GListModel *
styr_model_get_indicators (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return G_LIST_MODEL (store_of (self, STYR_COLLECTION_INDICATORS));
}

/**
 * styr_model_get_activities:
 * @self: a [class@Styr.Model]
 *
 * Gets the activities of the model.
 *
 * Returns: (transfer none): a list model of [class@Styr.Activity]
 *
 * Since: 1.0
 */
GListModel *
styr_model_get_activities (StyrModel *self)
{
  g_return_val_if_fail (STYR_IS_MODEL (self), NULL);
  return G_LIST_MODEL (store_of (self, STYR_COLLECTION_ACTIVITIES));
}

/**
 * styr_model_move_perspective:
 * @self: a [class@Styr.Model]
 * @perspective: a perspective of @self
 * @position: the new position, counted from 0; past the end means last
 *
 * Moves @perspective to @position in the model's order of perspectives.
 *
 * Fails with %STYR_ERROR_WRONG_MODEL if @perspective is not in @self.
 *
 * Returns: %TRUE if the perspective was moved
 *
 * Since: 1.0
 */
gboolean
styr_model_move_perspective (StyrModel        *self,
                             StyrPerspective  *perspective,
                             guint             position,
                             GError          **error)
{
  GListStore *store;
  guint old_position;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (STYR_IS_PERSPECTIVE (perspective), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  store = store_of (self, STYR_COLLECTION_PERSPECTIVES);
  if (styr_entity_get_model (STYR_ENTITY (perspective)) != self ||
      !g_list_store_find (store, perspective, &old_position))
    {
      g_autofree char *what = _styr_entity_describe (STYR_ENTITY (perspective));

      g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL,
                   _("%s finns inte i modellen"), what);
      return FALSE;
    }

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store)) - 1);
  if (position != old_position)
    {
      g_object_ref (perspective);
      g_list_store_remove (store, old_position);
      g_list_store_insert (store, position, perspective);
      g_object_unref (perspective);
    }

  return TRUE;
}

/* The periodisation keys of @self (styr-budget.c). */
StyrModelBudget *
_styr_model_get_budget (StyrModel *self,
                        gboolean   create)
{
  if (self->budget == NULL && create)
    self->budget = _styr_model_budget_new ();

  return self->budget;
}
