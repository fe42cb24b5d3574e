/* styr-scale.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-scale.h"

/**
 * StyrScale:
 *
 * A fulfilment scale (*skala för måluppfyllelse*): the ordered levels a
 * goal can be assessed at, best first. Municipalities grade differently,
 * so the scale is model data ([property@Styr.Model:scale]); presets are
 * made with [ctor@Styr.Scale.new_preset].
 *
 * "Not assessed" (*ej bedömd*, *bedömning saknas*) is never one of the
 * levels: it is its own state, labelled by
 * [property@Styr.Scale:not-assessed-label], and never counted as the worst
 * level.
 *
 * ```python
 * scale = Styr.Scale.new_preset(Styr.ScalePreset.JONKOPING)
 * for level in scale.get_levels():
 *     print(level.props.label, level.props.score)
 * ```
 *
 * Since: 1.0
 */

struct _StyrScale
{
  GObject parent_instance;

  char *id;
  char *name;
  char *not_assessed_label;
  GListStore *levels;
};

G_DEFINE_FINAL_TYPE (StyrScale, styr_scale, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_NOT_ASSESSED_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_scale_finalize (GObject *object)
{
  StyrScale *self = (StyrScale *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->not_assessed_label, g_free);
  g_clear_object (&self->levels);

  G_OBJECT_CLASS (styr_scale_parent_class)->finalize (object);
}

static void
styr_scale_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  StyrScale *self = STYR_SCALE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_NOT_ASSESSED_LABEL:
      g_value_set_string (value, self->not_assessed_label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_scale_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  StyrScale *self = STYR_SCALE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      styr_scale_set_name (self, g_value_get_string (value));
      break;
    case PROP_NOT_ASSESSED_LABEL:
      styr_scale_set_not_assessed_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_scale_class_init (StyrScaleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);


  object_class->finalize = styr_scale_finalize;
  object_class->get_property = styr_scale_get_property;
  object_class->set_property = styr_scale_set_property;

  /**
   * StyrScale:id:
   *
   * the identifier of the scale. Set when the scale is made.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrScale:name:
   *
   * the name of the scale, e.g. "Tre nivåer".
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrScale:not-assessed-label:
   *
   * the label of the not-assessed state, e.g. "Ej bedömd" or "Bedömning
   * saknas".
   *
   * Since: 1.0
   */
  properties[PROP_NOT_ASSESSED_LABEL] =
    g_param_spec_string ("not-assessed-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_scale_init (StyrScale *self)
{
  self->levels = g_list_store_new (STYR_TYPE_SCALE_LEVEL);

}

/**
 * styr_scale_new:
 * @id: the identifier of the scale, e.g. "tre-nivaer"
 *
 * Creates a new [class@Styr.Scale]. 
 *
 * Returns: (transfer full): a new [class@Styr.Scale]
 *
 * Since: 1.0
 */
StyrScale *
styr_scale_new (const char *id)
{
  return g_object_new (STYR_TYPE_SCALE,
                       "id", id,
                       NULL);
}

/**
 * styr_scale_get_id:
 * @self: a [class@Styr.Scale]
 *
 * Gets the [property@Styr.Scale:id] of @self: the identifier of the scale. Set when the scale is made.
 *
 * Returns: (nullable): the id
 *
 * Since: 1.0
 */
const char *
styr_scale_get_id (StyrScale *self)
{
  g_return_val_if_fail (STYR_IS_SCALE (self), NULL);

  return self->id;
}

/**
 * styr_scale_get_name:
 * @self: a [class@Styr.Scale]
 *
 * Gets the [property@Styr.Scale:name] of @self: the name of the scale, e.g. "Tre nivåer".
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
styr_scale_get_name (StyrScale *self)
{
  g_return_val_if_fail (STYR_IS_SCALE (self), NULL);

  return self->name;
}

/**
 * styr_scale_set_name:
 * @self: a [class@Styr.Scale]
 * @name: (nullable): the new name
 *
 * Sets the [property@Styr.Scale:name] of @self: the name of the scale, e.g. "Tre nivåer".
 *
 * Since: 1.0
 */
void
styr_scale_set_name (StyrScale *self,
                     const char *name)
{
  g_return_if_fail (STYR_IS_SCALE (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * styr_scale_get_not_assessed_label:
 * @self: a [class@Styr.Scale]
 *
 * Gets the [property@Styr.Scale:not-assessed-label] of @self: the label of the not-assessed state, e.g. "Ej bedömd" or "Bedömning saknas".
 *
 * Returns: (nullable): the not assessed label
 *
 * Since: 1.0
 */
const char *
styr_scale_get_not_assessed_label (StyrScale *self)
{
  g_return_val_if_fail (STYR_IS_SCALE (self), NULL);

  return self->not_assessed_label;
}

/**
 * styr_scale_set_not_assessed_label:
 * @self: a [class@Styr.Scale]
 * @not_assessed_label: (nullable): the new not assessed label
 *
 * Sets the [property@Styr.Scale:not-assessed-label] of @self: the label of the not-assessed state, e.g. "Ej bedömd" or "Bedömning saknas".
 *
 * Since: 1.0
 */
void
styr_scale_set_not_assessed_label (StyrScale *self,
                                   const char *not_assessed_label)
{
  g_return_if_fail (STYR_IS_SCALE (self));

  if (g_strcmp0 (self->not_assessed_label, not_assessed_label) == 0)
    return;

  g_free (self->not_assessed_label);
  self->not_assessed_label = g_strdup (not_assessed_label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOT_ASSESSED_LABEL]);
}

/**
 * styr_scale_get_levels:
 * @self: a [class@Styr.Scale]
 *
 * Gets the levels of the scale, best first. The not-assessed state is not
 * among them.
 *
 * Returns: (transfer none): a list model of [class@Styr.ScaleLevel]
 *
 * Since: 1.0
 */
GListModel *
styr_scale_get_levels (StyrScale *self)
{
  g_return_val_if_fail (STYR_IS_SCALE (self), NULL);

  return G_LIST_MODEL (self->levels);
}

/**
 * styr_scale_get_n_levels:
 * @self: a [class@Styr.Scale]
 *
 * Counts the levels of the scale.
 *
 * Returns: the number of levels
 *
 * Since: 1.0
 */
guint
styr_scale_get_n_levels (StyrScale *self)
{
  g_return_val_if_fail (STYR_IS_SCALE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->levels));
}

/**
 * styr_scale_get_level:
 * @self: a [class@Styr.Scale]
 * @position: the position of the level, 0 for the best
 *
 * Gets the level at @position.
 *
 * Returns: (transfer none) (nullable): the level, or %NULL if @position
 *   is past the last level
 *
 * Since: 1.0
 */
StyrScaleLevel *
styr_scale_get_level (StyrScale *self,
                      guint      position)
{
  g_autoptr(StyrScaleLevel) level = NULL;

  g_return_val_if_fail (STYR_IS_SCALE (self), NULL);

  /* The store keeps its own reference; hand out a borrowed pointer. */
  level = g_list_model_get_item (G_LIST_MODEL (self->levels), position);
  return level;
}

/**
 * styr_scale_lookup_level:
 * @self: a [class@Styr.Scale]
 * @id: the identifier of a level
 *
 * Looks up the level with the identifier @id.
 *
 * Returns: (transfer none) (nullable): the level, or %NULL
 *
 * Since: 1.0
 */
StyrScaleLevel *
styr_scale_lookup_level (StyrScale  *self,
                         const char *id)
{
  guint n;

  g_return_val_if_fail (STYR_IS_SCALE (self), NULL);

  if (id == NULL)
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->levels));
  for (guint i = 0; i < n; i++)
    {
      StyrScaleLevel *level = styr_scale_get_level (self, i);

      if (g_strcmp0 (styr_scale_level_get_id (level), id) == 0)
        return level;
    }
  return NULL;
}

/**
 * styr_scale_add_level:
 * @self: a [class@Styr.Scale]
 * @level: the level to add below the existing ones
 * @error: return location for a #GError
 *
 * Adds @level as the new worst level of the scale. Add levels best first.
 *
 * Fails with %STYR_ERROR_INVALID_ID when the level has no valid
 * identifier, %STYR_ERROR_DUPLICATE_ID when the scale already has a level
 * with it, and %STYR_ERROR_INVALID_ARGUMENT when the score is outside
 * 0.0–1.0 or higher than the score of the level above.
 *
 * Returns: %TRUE if the level was added
 *
 * Since: 1.0
 */
gboolean
styr_scale_add_level (StyrScale       *self,
                      StyrScaleLevel  *level,
                      GError         **error)
{
  const char *id;
  double score;
  guint n;

  g_return_val_if_fail (STYR_IS_SCALE (self), FALSE);
  g_return_val_if_fail (STYR_IS_SCALE_LEVEL (level), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = styr_scale_level_get_id (level);
  if (!_styr_id_is_valid (id))
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ID,
                   _("Ogiltigt id »%s« för en nivå i skalan"), id != NULL ? id : "");
      return FALSE;
    }
  if (styr_scale_lookup_level (self, id) != NULL)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID,
                   _("Skalan har redan en nivå med id »%s«"), id);
      return FALSE;
    }

  score = styr_scale_level_get_score (level);
  if (!(score >= 0.0 && score <= 1.0))
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Nivån »%s« har poängen %g; poängen måste ligga mellan 0 och 1"),
                   id, score);
      return FALSE;
    }

  n = styr_scale_get_n_levels (self);
  if (n > 0)
    {
      StyrScaleLevel *above = styr_scale_get_level (self, n - 1);

      if (score > styr_scale_level_get_score (above))
        {
          g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                       _("Nivån »%s« har högre poäng (%g) än nivån ovanför, »%s« (%g); lägg till nivåerna med den bästa först"),
                       id, score, styr_scale_level_get_id (above),
                       styr_scale_level_get_score (above));
          return FALSE;
        }
    }

  g_list_store_append (self->levels, level);
  return TRUE;
}

typedef struct
{
  const char *id;
  const char *label;
  const char *colour;
  double      score;
} PresetLevel;

static const PresetLevel three_level[] = {
  { "uppfyllt",         N_("Uppfyllt"),         "#2e8540", 1.0 },
  { "delvis-uppfyllt",  N_("Delvis uppfyllt"),  "#f2c500", 0.5 },
  { "ej-uppfyllt",      N_("Ej uppfyllt"),      "#c8102e", 0.0 },
};

static const PresetLevel vasteras[] = {
  { "kan-uppnas",          N_("Kan uppnås"),          "#2e8540", 1.0 },
  { "kan-delvis-uppnas",   N_("Kan delvis uppnås"),   "#f2c500", 0.5 },
  { "blir-svart-att-uppna", N_("Blir svårt att uppnå"), "#c8102e", 0.0 },
};

static const PresetLevel jonkoping[] = {
  { "uppnatt",                   N_("Uppnått"),                   "#1b7837", 1.0 },
  { "bedoms-kunna-uppnas",         N_("Bedöms kunna uppnås"),       "#7fbf7b", 0.75 },
  { "osakert",                   N_("Osäkert"),                   "#f2c500", 0.5 },
  { "bedoms-inte-kunna-uppnas",    N_("Bedöms inte kunna uppnås"),  "#ef8a62", 0.25 },
  { "har-inte-uppnatts",         N_("Har inte uppnåtts"),         "#b2182b", 0.0 },
};

/**
 * styr_scale_new_preset:
 * @preset: a preset
 *
 * Creates a new scale from one of the presets shipped with libstyr:
 *
 * - [enum@Styr.ScalePreset.THREE_LEVEL], id `tre-nivaer`: *Uppfyllt* (1.0),
 *   *Delvis uppfyllt* (0.5), *Ej uppfyllt* (0.0); not assessed is
 *   *Ej bedömd*.
 * - [enum@Styr.ScalePreset.VASTERAS], id `vasteras`: *Kan uppnås* (1.0),
 *   *Kan delvis uppnås* (0.5), *Blir svårt att uppnå* (0.0); not assessed
 *   is *Bedömning saknas*.
 * - [enum@Styr.ScalePreset.JONKOPING], id `jonkoping`: *Uppnått* (1.0),
 *   *Bedöms kunna uppnås* (0.75), *Osäkert* (0.5), *Bedöms inte kunna
 *   uppnås* (0.25), *Har inte uppnåtts* (0.0); not assessed is *Ej bedömd*.
 *
 * The result is an ordinary scale that can be changed.
 *
 * Returns: (transfer full): a new [class@Styr.Scale]
 *
 * Since: 1.0
 */
StyrScale *
styr_scale_new_preset (StyrScalePreset preset)
{
  const PresetLevel *levels;
  guint n_levels;
  const char *id;
  const char *name;
  const char *not_assessed;
  StyrScale *scale;

  _styr_init_i18n ();

  switch (preset)
    {
    case STYR_SCALE_PRESET_VASTERAS:
      levels = vasteras;
      n_levels = G_N_ELEMENTS (vasteras);
      id = "vasteras";
      name = _("Västerås fyra nivåer");
      not_assessed = _("Bedömning saknas");
      break;

    case STYR_SCALE_PRESET_JONKOPING:
      levels = jonkoping;
      n_levels = G_N_ELEMENTS (jonkoping);
      id = "jonkoping";
      name = _("Jönköpings fem nivåer");
      not_assessed = _("Ej bedömd");
      break;

    case STYR_SCALE_PRESET_THREE_LEVEL:
    default:
      levels = three_level;
      n_levels = G_N_ELEMENTS (three_level);
      id = "tre-nivaer";
      name = _("Tre nivåer");
      not_assessed = _("Ej bedömd");
      break;
    }

  scale = g_object_new (STYR_TYPE_SCALE,
                        "id", id,
                        "name", name,
                        "not-assessed-label", not_assessed,
                        NULL);
  for (guint i = 0; i < n_levels; i++)
    {
      g_autoptr(StyrScaleLevel) level = g_object_new (STYR_TYPE_SCALE_LEVEL,
                                                      "id", levels[i].id,
                                                      "label", _(levels[i].label),
                                                      "colour", levels[i].colour,
                                                      "score", levels[i].score,
                                                      NULL);
      g_list_store_append (scale->levels, level);
    }

  return scale;
}
