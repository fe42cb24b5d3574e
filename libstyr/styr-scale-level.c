/* styr-scale-level.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-scale-level.h"

/**
 * StyrScaleLevel:
 *
 * One level of a fulfilment scale ([class@Styr.Scale]), e.g. *uppfyllt*
 * (green, score 1.0), *delvis uppfyllt* (yellow, 0.5) or *ej uppfyllt*
 * (red, 0.0). The score places the level between 0 (worst) and 1 (best);
 * roll-up rules compute with it.
 *
 * Levels belong to a scale, best first ([method@Styr.Scale.get_levels]);
 * an assessment refers to one by its [property@Styr.ScaleLevel:id], and
 * a follow-up's [class@Styr.GoalStatus] gives the level objects, whose
 * label and colour a view shows. A scale of one's own is built from
 * levels:
 *
 * ```python
 * scale = Styr.Scale(id="tre-steg", name="Tre steg")
 * for level_id, label, colour, score in [("gron", "Uppfyllt", "#2e8540", 1.0),
 *                                        ("gul", "Delvis uppfyllt", "#f2c500", 0.5),
 *                                        ("rod", "Ej uppfyllt", "#b2182b", 0.0)]:
 *     scale.add_level(Styr.ScaleLevel(id=level_id, label=label,
 *                                     colour=colour, score=score))
 * model.set_scale(scale)
 * ```
 *
 * Since: 1.0
 */

struct _StyrScaleLevel
{
  GObject parent_instance;

  char *id;
  char *label;
  char *colour;
  double score;
};

G_DEFINE_FINAL_TYPE (StyrScaleLevel, styr_scale_level, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_COLOUR,
  PROP_SCORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_scale_level_finalize (GObject *object)
{
  StyrScaleLevel *self = (StyrScaleLevel *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->colour, g_free);

  G_OBJECT_CLASS (styr_scale_level_parent_class)->finalize (object);
}

static void
styr_scale_level_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  StyrScaleLevel *self = STYR_SCALE_LEVEL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_COLOUR:
      g_value_set_string (value, self->colour);
      break;
    case PROP_SCORE:
      g_value_set_double (value, self->score);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_scale_level_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  StyrScaleLevel *self = STYR_SCALE_LEVEL (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_LABEL:
      styr_scale_level_set_label (self, g_value_get_string (value));
      break;
    case PROP_COLOUR:
      styr_scale_level_set_colour (self, g_value_get_string (value));
      break;
    case PROP_SCORE:
      styr_scale_level_set_score (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_scale_level_class_init (StyrScaleLevelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);


  object_class->finalize = styr_scale_level_finalize;
  object_class->get_property = styr_scale_level_get_property;
  object_class->set_property = styr_scale_level_set_property;

  /**
   * StyrScaleLevel:id:
   *
   * the identifier of the level, unique within its scale. Set when the
   * level is made.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrScaleLevel:label:
   *
   * the Swedish label shown in reports, e.g. "Delvis uppfyllt".
   *
   * Since: 1.0
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrScaleLevel:colour:
   *
   * the colour shown for the level as `#rrggbb`, e.g. "#f2c500" for
   * yellow.
   *
   * Since: 1.0
   */
  properties[PROP_COLOUR] =
    g_param_spec_string ("colour", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrScaleLevel:score:
   *
   * the score of the level, from 0.0 (worst) to 1.0 (best).
   *
   * Since: 1.0
   */
  properties[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_scale_level_init (StyrScaleLevel *self)
{

}

/**
 * styr_scale_level_new:
 * @id: the identifier of the level, unique within its scale, e.g. "uppfyllt"
 *
 * Creates a new [class@Styr.ScaleLevel]. 
 *
 * Returns: (transfer full): a new [class@Styr.ScaleLevel]
 *
 * Since: 1.0
 */
StyrScaleLevel *
styr_scale_level_new (const char *id)
{
  return g_object_new (STYR_TYPE_SCALE_LEVEL,
                       "id", id,
                       NULL);
}

/**
 * styr_scale_level_get_id:
 * @self: a [class@Styr.ScaleLevel]
 *
 * Gets the [property@Styr.ScaleLevel:id] of @self: the identifier of the level, unique within its scale. Set when the level is made.
 *
 * Returns: (nullable): the id
 *
 * Since: 1.0
 */
const char *
styr_scale_level_get_id (StyrScaleLevel *self)
{
  g_return_val_if_fail (STYR_IS_SCALE_LEVEL (self), NULL);

  return self->id;
}

/**
 * styr_scale_level_get_label:
 * @self: a [class@Styr.ScaleLevel]
 *
 * Gets the [property@Styr.ScaleLevel:label] of @self: the Swedish label shown in reports, e.g. "Delvis uppfyllt".
 *
 * Returns: (nullable): the label
 *
 * Since: 1.0
 */
const char *
styr_scale_level_get_label (StyrScaleLevel *self)
{
  g_return_val_if_fail (STYR_IS_SCALE_LEVEL (self), NULL);

  return self->label;
}

/**
 * styr_scale_level_set_label:
 * @self: a [class@Styr.ScaleLevel]
 * @label: (nullable): the new label
 *
 * Sets the [property@Styr.ScaleLevel:label] of @self: the Swedish label shown in reports, e.g. "Delvis uppfyllt".
 *
 * Since: 1.0
 */
void
styr_scale_level_set_label (StyrScaleLevel *self,
                            const char *label)
{
  g_return_if_fail (STYR_IS_SCALE_LEVEL (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

/**
 * styr_scale_level_get_colour:
 * @self: a [class@Styr.ScaleLevel]
 *
 * Gets the [property@Styr.ScaleLevel:colour] of @self: the colour shown for the level as `#rrggbb`, e.g. "#f2c500" for yellow.
 *
 * Returns: (nullable): the colour
 *
 * Since: 1.0
 */
const char *
styr_scale_level_get_colour (StyrScaleLevel *self)
{
  g_return_val_if_fail (STYR_IS_SCALE_LEVEL (self), NULL);

  return self->colour;
}

/**
 * styr_scale_level_set_colour:
 * @self: a [class@Styr.ScaleLevel]
 * @colour: (nullable): the new colour
 *
 * Sets the [property@Styr.ScaleLevel:colour] of @self: the colour shown for the level as `#rrggbb`, e.g. "#f2c500" for yellow.
 *
 * Since: 1.0
 */
void
styr_scale_level_set_colour (StyrScaleLevel *self,
                             const char *colour)
{
  g_return_if_fail (STYR_IS_SCALE_LEVEL (self));

  if (g_strcmp0 (self->colour, colour) == 0)
    return;

  g_free (self->colour);
  self->colour = g_strdup (colour);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOUR]);
}

/**
 * styr_scale_level_get_score:
 * @self: a [class@Styr.ScaleLevel]
 *
 * Gets the [property@Styr.ScaleLevel:score] of @self: the score of the level, from 0.0 (worst) to 1.0 (best).
 *
 * Returns: the score
 *
 * Since: 1.0
 */
double 
styr_scale_level_get_score (StyrScaleLevel *self)
{
  g_return_val_if_fail (STYR_IS_SCALE_LEVEL (self), NAN);

  return self->score;
}

/**
 * styr_scale_level_set_score:
 * @self: a [class@Styr.ScaleLevel]
 * @score: the new score
 *
 * Sets the [property@Styr.ScaleLevel:score] of @self: the score of the level, from 0.0 (worst) to 1.0 (best).
 *
 * Since: 1.0
 */
void
styr_scale_level_set_score (StyrScaleLevel *self,
                            double score)
{
  g_return_if_fail (STYR_IS_SCALE_LEVEL (self));

  if ((self->score == score || (isnan (self->score) && isnan (score))))
    return;

  self->score = score;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
}
