/* styr-finding.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-finding.h"

/**
 * StyrFinding:
 *
 * One problem found when checking a model (*iakttagelse*, *avvikelse* in a
 * controller's words): how serious it is ([enum@Styr.Severity]), a stable
 * code that scripts can filter on, a message in Swedish that names the
 * objects, and the objects themselves.
 *
 * Findings are made by [method@Styr.Model.validate] and never change. The
 * codes are listed there and as `STYR_FINDING_…` constants.
 *
 * ```python
 * for f in model.validate(2025, None):
 *     if f.props.severity == Styr.Severity.ERROR:
 *         print(f.props.code, f.props.message,
 *               [o.props.id for o in f.get_objects()])
 * ```
 *
 * Since: 1.0
 */

struct _StyrFinding
{
  GObject parent_instance;

  StyrSeverity severity;
  char *code;
  char *message;
  GListStore *objects;  /* StyrEntity */
};

G_DEFINE_FINAL_TYPE (StyrFinding, styr_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_CODE,
  PROP_MESSAGE,
  PROP_OBJECTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * styr_severity_to_string:
 * @severity: a [enum@Styr.Severity]
 *
 * Gets the Swedish word for @severity as it appears in the output of the
 * `styr validate` command: "fel", "varning" or "information". The words
 * are stable and not translated, so scripts may match on them.
 *
 * Returns: (transfer none): the word
 *
 * Since: 1.0
 */
const char *
styr_severity_to_string (StyrSeverity severity)
{
  switch (severity)
    {
    case STYR_SEVERITY_ERROR:
      return "fel";
    case STYR_SEVERITY_WARNING:
      return "varning";
    case STYR_SEVERITY_INFO:
      return "information";
    default:
      g_return_val_if_reached ("fel");
    }
}

static void
styr_finding_finalize (GObject *object)
{
  StyrFinding *self = (StyrFinding *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->message, g_free);
  g_clear_object (&self->objects);

  G_OBJECT_CLASS (styr_finding_parent_class)->finalize (object);
}

static void
styr_finding_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  StyrFinding *self = STYR_FINDING (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_OBJECTS:
      g_value_set_object (value, self->objects);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Copies the entities of @model into @self's own list, so that the
 * finding does not change when the caller's list does. */
static void
set_objects (StyrFinding *self,
             GListModel  *model)
{
  guint n;

  if (model == NULL)
    return;

  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (!STYR_IS_ENTITY (item))
        {
          g_critical ("StyrFinding:objects holds a %s, not a StyrEntity",
                      G_OBJECT_TYPE_NAME (item));
          continue;
        }
      g_list_store_append (self->objects, item);
    }
}

static void
styr_finding_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  StyrFinding *self = STYR_FINDING (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      self->severity = g_value_get_enum (value);
      break;
    case PROP_CODE:
      g_free (self->code);
      self->code = g_value_dup_string (value);
      break;
    case PROP_MESSAGE:
      g_free (self->message);
      self->message = g_value_dup_string (value);
      break;
    case PROP_OBJECTS:
      set_objects (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_finding_class_init (StyrFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styr_finding_finalize;
  object_class->get_property = styr_finding_get_property;
  object_class->set_property = styr_finding_set_property;

  /**
   * StyrFinding:severity:
   *
   * How serious the finding is (*allvarlighet*). Set when the finding is
   * made.
   *
   * Since: 1.0
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       STYR_TYPE_SEVERITY, STYR_SEVERITY_WARNING,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrFinding:code:
   *
   * The stable code of the check that made the finding, e.g.
   * `namndmal-ej-uppfoljningsbart` (%STYR_FINDING_NAMNDMAL_EJ_UPPFOLJNINGSBART).
   * Codes do not change between versions and are not translated. Set when
   * the finding is made.
   *
   * Since: 1.0
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrFinding:message:
   *
   * The finding in words, translated (Swedish by default), naming the
   * objects involved, e.g. "Nämndmålet »Fler elever når målen« (nm-1) är
   * inte uppföljningsbart: det har ingen indikator". Set when the finding
   * is made.
   *
   * Since: 1.0
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrFinding:objects:
   *
   * The objects involved, each a [class@Styr.Entity], the one the finding
   * is about first. Given when the finding is made, the items are copied
   * into a list of the finding's own, so reading the property gives a
   * [iface@Gio.ListModel] that never changes; it is empty, not %NULL,
   * when no objects were given (e.g. for an invalid *kommunkod*).
   *
   * Since: 1.0
   */
  properties[PROP_OBJECTS] =
    g_param_spec_object ("objects", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_finding_init (StyrFinding *self)
{
  self->severity = STYR_SEVERITY_WARNING;
  self->objects = g_list_store_new (STYR_TYPE_ENTITY);
}

/**
 * styr_finding_new:
 * @severity: how serious the finding is
 * @code: the stable code of the check, e.g. %STYR_FINDING_MAL_UTAN_AGARE
 * @message: the finding in words
 * @objects: (array length=n_objects) (nullable): the objects involved,
 *   the one the finding is about first
 * @n_objects: the number of @objects
 *
 * Creates a new [class@Styr.Finding]. Checks in applications can use this
 * to report findings like those of [method@Styr.Model.validate]; bindings
 * may equally construct a finding through its properties.
 *
 * Returns: (transfer full): a new [class@Styr.Finding]
 *
 * Since: 1.0
 */
StyrFinding *
styr_finding_new (StyrSeverity   severity,
                  const char    *code,
                  const char    *message,
                  StyrEntity   **objects,
                  gsize          n_objects)
{
  g_autoptr(GListStore) store = g_list_store_new (STYR_TYPE_ENTITY);

  g_return_val_if_fail (objects != NULL || n_objects == 0, NULL);

  if (n_objects > 0)
    g_list_store_splice (store, 0, 0, (gpointer *) objects, (guint) n_objects);

  return g_object_new (STYR_TYPE_FINDING,
                       "severity", severity,
                       "code", code,
                       "message", message,
                       "objects", store,
                       NULL);
}

/**
 * styr_finding_get_severity:
 * @self: a [class@Styr.Finding]
 *
 * Gets how serious @self is.
 *
 * Returns: the severity
 *
 * Since: 1.0
 */
StyrSeverity
styr_finding_get_severity (StyrFinding *self)
{
  g_return_val_if_fail (STYR_IS_FINDING (self), STYR_SEVERITY_ERROR);

  return self->severity;
}

/**
 * styr_finding_get_code:
 * @self: a [class@Styr.Finding]
 *
 * Gets the stable code of the check that found @self, e.g.
 * `mal-utan-overordnat`.
 *
 * Returns: (nullable): the code
 *
 * Since: 1.0
 */
const char *
styr_finding_get_code (StyrFinding *self)
{
  g_return_val_if_fail (STYR_IS_FINDING (self), NULL);

  return self->code;
}

/**
 * styr_finding_get_message:
 * @self: a [class@Styr.Finding]
 *
 * Gets the finding in words, naming the objects involved.
 *
 * Returns: (nullable): the message
 *
 * Since: 1.0
 */
const char *
styr_finding_get_message (StyrFinding *self)
{
  g_return_val_if_fail (STYR_IS_FINDING (self), NULL);

  return self->message;
}

/**
 * styr_finding_get_objects:
 * @self: a [class@Styr.Finding]
 *
 * Gets the objects involved in @self, the one the finding is about
 * first.
 *
 * Returns: (transfer none): a list model of [class@Styr.Entity] that does
 *   not change
 *
 * Since: 1.0
 */
GListModel *
styr_finding_get_objects (StyrFinding *self)
{
  g_return_val_if_fail (STYR_IS_FINDING (self), NULL);

  return G_LIST_MODEL (self->objects);
}
