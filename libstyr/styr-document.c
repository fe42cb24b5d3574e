/* styr-document.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-document.h"

/**
 * StyrDocument:
 *
 * A plan or steering document (*plandokument*, *styrdokument*): the
 * council's budget, a board's *nämndplan*, a *verksamhetsplan*, an
 * *arbetsplan*, an *ägardirektiv*, or a *program*, *plan*, *policy*,
 * *strategi*, *riktlinjer* or *instruktion*.
 *
 * The library keeps who decided what: the owner ([method@Styr.Document.set_owner]),
 * the decision reference (e.g. "KF § 111/2009"), the status (*utkast*,
 * *beslutad*, *reviderad*), the person responsible (*dokumentansvarig*) and,
 * for steering documents, the validity and the date by which it must be
 * reviewed ("gäller tills vidare, dock längst fyra år efter antagandet").
 *
 * ```python
 * budget = Styr.Document(id="budget-2025", kind=Styr.DocumentKind.BUDGET,
 *                        title="Budget 2025", year=2025,
 *                        status=Styr.DocumentStatus.ADOPTED, decision="KF § 111/2024")
 * model.add(budget)
 * budget.set_owner(kf)
 * ```
 *
 * Since: 1.0
 */

struct _StyrDocument
{
  StyrEntity parent_instance;

  StyrDocumentKind kind;
  StyrDocumentStatus status;
  int year;
  char *decision;
  GDate decision_date;
  GDate valid_from;
  GDate valid_until;
  GDate review_date;
  char *responsible;
  StyrEntity *owner;  /* unowned organ or unit; cleared by detach */
};

G_DEFINE_FINAL_TYPE (StyrDocument, styr_document, STYR_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_KIND,
  PROP_STATUS,
  PROP_YEAR,
  PROP_DECISION,
  PROP_DECISION_DATE,
  PROP_VALID_FROM,
  PROP_VALID_UNTIL,
  PROP_REVIEW_DATE,
  PROP_RESPONSIBLE,
  PROP_OWNER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_document_finalize (GObject *object)
{
  StyrDocument *self = (StyrDocument *) object;

  g_clear_pointer (&self->decision, g_free);
  g_clear_pointer (&self->responsible, g_free);

  G_OBJECT_CLASS (styr_document_parent_class)->finalize (object);
}

static void
styr_document_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  StyrDocument *self = STYR_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, _styr_entity_get_label (STYR_ENTITY (self)));
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_DECISION:
      g_value_set_string (value, self->decision);
      break;
    case PROP_DECISION_DATE:
      g_value_set_boxed (value, g_date_valid (&self->decision_date) ? &self->decision_date : NULL);
      break;
    case PROP_VALID_FROM:
      g_value_set_boxed (value, g_date_valid (&self->valid_from) ? &self->valid_from : NULL);
      break;
    case PROP_VALID_UNTIL:
      g_value_set_boxed (value, g_date_valid (&self->valid_until) ? &self->valid_until : NULL);
      break;
    case PROP_REVIEW_DATE:
      g_value_set_boxed (value, g_date_valid (&self->review_date) ? &self->review_date : NULL);
      break;
    case PROP_RESPONSIBLE:
      g_value_set_string (value, self->responsible);
      break;
    case PROP_OWNER:
      g_value_set_object (value, self->owner);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_document_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  StyrDocument *self = STYR_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      styr_document_set_title (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_STATUS:
      styr_document_set_status (self, g_value_get_enum (value));
      break;
    case PROP_YEAR:
      styr_document_set_year (self, g_value_get_int (value));
      break;
    case PROP_DECISION:
      styr_document_set_decision (self, g_value_get_string (value));
      break;
    case PROP_DECISION_DATE:
      styr_document_set_decision_date (self, g_value_get_boxed (value));
      break;
    case PROP_VALID_FROM:
      styr_document_set_valid_from (self, g_value_get_boxed (value));
      break;
    case PROP_VALID_UNTIL:
      styr_document_set_valid_until (self, g_value_get_boxed (value));
      break;
    case PROP_REVIEW_DATE:
      styr_document_set_review_date (self, g_value_get_boxed (value));
      break;
    case PROP_RESPONSIBLE:
      styr_document_set_responsible (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
styr_document_refers_to (StyrEntity *entity,
                         StyrEntity *target)
{
  StyrDocument *self = STYR_DOCUMENT (entity);

  return target != NULL && target == self->owner;
}

static void
styr_document_detach (StyrEntity *entity)
{
  StyrDocument *self = STYR_DOCUMENT (entity);

  if (self->owner != NULL)
    {
      self->owner = NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
    }
}

static void
styr_document_class_init (StyrDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StyrEntityHooks *entity_class = _styr_entity_class_get_hooks (STYR_ENTITY_CLASS (klass));

  object_class->finalize = styr_document_finalize;
  object_class->get_property = styr_document_get_property;
  object_class->set_property = styr_document_set_property;
  entity_class->collection = STYR_COLLECTION_DOCUMENTS;
  entity_class->refers_to = styr_document_refers_to;
  entity_class->detach = styr_document_detach;

  /**
   * StyrDocument:title:
   *
   * e.g. "Budget 2025 med flerårsplan 2026–2027".
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrDocument:kind:
   *
   * the kind of document. Set when the document is made.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       STYR_TYPE_DOCUMENT_KIND, STYR_DOCUMENT_KIND_PLAN,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrDocument:status:
   *
   * the status of the document (*utkast*, *beslutad*, *reviderad*).
   *
   * Since: 1.0
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       STYR_TYPE_DOCUMENT_STATUS, STYR_DOCUMENT_STATUS_DRAFT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrDocument:year:
   *
   * the year a plan is for (*planår*), or 0 for a document that is not
   * tied to one year.
   *
   * Since: 1.0
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, 9999, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrDocument:decision:
   *
   * the decision reference (*beslut*), e.g. "KF § 111/2009".
   *
   * Since: 1.0
   */
  properties[PROP_DECISION] =
    g_param_spec_string ("decision", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrDocument:decision-date:
   *
   * the date of the decision (*beslutsdatum*), or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_DECISION_DATE] =
    g_param_spec_boxed ("decision-date", NULL, NULL,
                         G_TYPE_DATE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrDocument:valid-from:
   *
   * the first day the document applies (*gäller från*), or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_VALID_FROM] =
    g_param_spec_boxed ("valid-from", NULL, NULL,
                         G_TYPE_DATE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrDocument:valid-until:
   *
   * the last day the document applies (*gäller till*), or %NULL for "until
   * further notice".
   *
   * Since: 1.0
   */
  properties[PROP_VALID_UNTIL] =
    g_param_spec_boxed ("valid-until", NULL, NULL,
                         G_TYPE_DATE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrDocument:review-date:
   *
   * the date by which the document must be reviewed (*revideras senast*),
   * or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_REVIEW_DATE] =
    g_param_spec_boxed ("review-date", NULL, NULL,
                         G_TYPE_DATE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrDocument:responsible:
   *
   * the person or role responsible for the document (*dokumentansvarig*).
   *
   * Since: 1.0
   */
  properties[PROP_RESPONSIBLE] =
    g_param_spec_string ("responsible", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StyrDocument:owner:
   *
   * The organ ([class@Styr.Organ]) or unit ([class@Styr.Unit]) that owns
   * the document and decided it, or %NULL. Change it with
   * [method@Styr.Document.set_owner].
   *
   * Since: 1.0
   */
  properties[PROP_OWNER] =
    g_param_spec_object ("owner", NULL, NULL,
                         STYR_TYPE_ENTITY,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_document_init (StyrDocument *self)
{

}

/**
 * styr_document_new:
 * @id: the identifier, unique within the model
 * @kind: the kind of document
 * @title: (nullable): the title
 *
 * Creates a new [class@Styr.Document].
 *
 * Returns: (transfer full): a new [class@Styr.Document]
 *
 * Since: 1.0
 */
StyrDocument *
styr_document_new (const char *id,
                   StyrDocumentKind kind,
                   const char *title)
{
  return g_object_new (STYR_TYPE_DOCUMENT,
                       "id", id,
                       "kind", kind,
                       "title", title,
                       NULL);
}

/**
 * styr_document_get_title:
 * @self: a [class@Styr.Document]
 *
 * Gets the title of @self, e.g. "Budget 2025 med flerårsplan 2026–2027".
 *
 * Returns: (nullable): the title
 *
 * Since: 1.0
 */
const char *
styr_document_get_title (StyrDocument *self)
{
  g_return_val_if_fail (STYR_IS_DOCUMENT (self), NULL);

  return _styr_entity_get_label (STYR_ENTITY (self));
}

/**
 * styr_document_set_title:
 * @self: a [class@Styr.Document]
 * @title: (nullable): the new title
 *
 * Sets the title of @self, e.g. "Budget 2025 med flerårsplan 2026–2027".
 *
 * Since: 1.0
 */
void
styr_document_set_title (StyrDocument *self,
                         const char *title)
{
  g_return_if_fail (STYR_IS_DOCUMENT (self));

  _styr_entity_set_label (STYR_ENTITY (self), title, properties[PROP_TITLE]);
}

/**
 * styr_document_get_kind:
 * @self: a [class@Styr.Document]
 *
 * Gets the [property@Styr.Document:kind] of @self: the kind of document.
 * Set when the document is made.
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
StyrDocumentKind
styr_document_get_kind (StyrDocument *self)
{
  g_return_val_if_fail (STYR_IS_DOCUMENT (self), 0);

  return self->kind;
}

/**
 * styr_document_get_status:
 * @self: a [class@Styr.Document]
 *
 * Gets the [property@Styr.Document:status] of @self: the status of the
 * document (*utkast*, *beslutad*, *reviderad*).
 *
 * Returns: the status
 *
 * Since: 1.0
 */
StyrDocumentStatus
styr_document_get_status (StyrDocument *self)
{
  g_return_val_if_fail (STYR_IS_DOCUMENT (self), 0);

  return self->status;
}

/**
 * styr_document_set_status:
 * @self: a [class@Styr.Document]
 * @status: the new status
 *
 * Sets the [property@Styr.Document:status] of @self: the status of the
 * document (*utkast*, *beslutad*, *reviderad*).
 *
 * Since: 1.0
 */
void
styr_document_set_status (StyrDocument *self,
                          StyrDocumentStatus status)
{
  g_return_if_fail (STYR_IS_DOCUMENT (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * styr_document_get_year:
 * @self: a [class@Styr.Document]
 *
 * Gets the [property@Styr.Document:year] of @self: the year a plan is
 * for (*planår*), or 0 for a document that is not tied to one year.
 *
 * Returns: the year
 *
 * Since: 1.0
 */
int
styr_document_get_year (StyrDocument *self)
{
  g_return_val_if_fail (STYR_IS_DOCUMENT (self), 0);

  return self->year;
}

/**
 * styr_document_set_year:
 * @self: a [class@Styr.Document]
 * @year: the new year
 *
 * Sets the [property@Styr.Document:year] of @self: the year a plan is
 * for (*planår*), or 0 for a document that is not tied to one year.
 *
 * Since: 1.0
 */
void
styr_document_set_year (StyrDocument *self,
                        int year)
{
  g_return_if_fail (STYR_IS_DOCUMENT (self));

  if (self->year == year)
    return;

  self->year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/**
 * styr_document_get_decision:
 * @self: a [class@Styr.Document]
 *
 * Gets the [property@Styr.Document:decision] of @self: the decision
 * reference (*beslut*), e.g. "KF § 111/2009".
 *
 * Returns: (nullable): the decision
 *
 * Since: 1.0
 */
const char *
styr_document_get_decision (StyrDocument *self)
{
  g_return_val_if_fail (STYR_IS_DOCUMENT (self), NULL);

  return self->decision;
}

/**
 * styr_document_set_decision:
 * @self: a [class@Styr.Document]
 * @decision: (nullable): the new decision
 *
 * Sets the [property@Styr.Document:decision] of @self: the decision
 * reference (*beslut*), e.g. "KF § 111/2009".
 *
 * Since: 1.0
 */
void
styr_document_set_decision (StyrDocument *self,
                            const char *decision)
{
  g_return_if_fail (STYR_IS_DOCUMENT (self));

  if (g_strcmp0 (self->decision, decision) == 0)
    return;

  g_free (self->decision);
  self->decision = g_strdup (decision);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION]);
}

/**
 * styr_document_get_decision_date:
 * @self: a [class@Styr.Document]
 *
 * Gets the [property@Styr.Document:decision-date] of @self: the date of
 * the decision (*beslutsdatum*), or %NULL.
 *
 * Returns: (nullable): the decision date
 *
 * Since: 1.0
 */
const GDate *
styr_document_get_decision_date (StyrDocument *self)
{
  g_return_val_if_fail (STYR_IS_DOCUMENT (self), NULL);

  return g_date_valid (&self->decision_date) ? &self->decision_date : NULL;
}

/**
 * styr_document_set_decision_date:
 * @self: a [class@Styr.Document]
 * @decision_date: (nullable): the new decision date
 *
 * Sets the [property@Styr.Document:decision-date] of @self: the date of
 * the decision (*beslutsdatum*), or %NULL.
 *
 * Since: 1.0
 */
void
styr_document_set_decision_date (StyrDocument *self,
                                 const GDate *decision_date)
{
  g_return_if_fail (STYR_IS_DOCUMENT (self));

  if (_styr_date_equal (&self->decision_date, decision_date))
    return;

  _styr_date_assign (&self->decision_date, decision_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION_DATE]);
}

/**
 * styr_document_get_valid_from:
 * @self: a [class@Styr.Document]
 *
 * Gets the [property@Styr.Document:valid-from] of @self: the first day
 * the document applies (*gäller från*), or %NULL.
 *
 * Returns: (nullable): the first day of validity
 *
 * Since: 1.0
 */
const GDate *
styr_document_get_valid_from (StyrDocument *self)
{
  g_return_val_if_fail (STYR_IS_DOCUMENT (self), NULL);

  return g_date_valid (&self->valid_from) ? &self->valid_from : NULL;
}

/**
 * styr_document_set_valid_from:
 * @self: a [class@Styr.Document]
 * @valid_from: (nullable): the new first day of validity
 *
 * Sets the [property@Styr.Document:valid-from] of @self: the first day
 * the document applies (*gäller från*), or %NULL.
 *
 * Since: 1.0
 */
void
styr_document_set_valid_from (StyrDocument *self,
                              const GDate *valid_from)
{
  g_return_if_fail (STYR_IS_DOCUMENT (self));

  if (_styr_date_equal (&self->valid_from, valid_from))
    return;

  _styr_date_assign (&self->valid_from, valid_from);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID_FROM]);
}

/**
 * styr_document_get_valid_until:
 * @self: a [class@Styr.Document]
 *
 * Gets the [property@Styr.Document:valid-until] of @self: the last day
 * the document applies (*gäller till*), or %NULL for "until further
 * notice".
 *
 * Returns: (nullable): the last day of validity
 *
 * Since: 1.0
 */
const GDate *
styr_document_get_valid_until (StyrDocument *self)
{
  g_return_val_if_fail (STYR_IS_DOCUMENT (self), NULL);

  return g_date_valid (&self->valid_until) ? &self->valid_until : NULL;
}

/**
 * styr_document_set_valid_until:
 * @self: a [class@Styr.Document]
 * @valid_until: (nullable): the new last day of validity
 *
 * Sets the [property@Styr.Document:valid-until] of @self: the last day
 * the document applies (*gäller till*), or %NULL for "until further
 * notice".
 *
 * Since: 1.0
 */
void
styr_document_set_valid_until (StyrDocument *self,
                               const GDate *valid_until)
{
  g_return_if_fail (STYR_IS_DOCUMENT (self));

  if (_styr_date_equal (&self->valid_until, valid_until))
    return;

  _styr_date_assign (&self->valid_until, valid_until);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID_UNTIL]);
}

/**
 * styr_document_get_review_date:
 * @self: a [class@Styr.Document]
 *
 * Gets the [property@Styr.Document:review-date] of @self: the date by
 * which the document must be reviewed (*revideras senast*), or %NULL.
 *
 * Returns: (nullable): the review date
 *
 * Since: 1.0
 */
const GDate *
styr_document_get_review_date (StyrDocument *self)
{
  g_return_val_if_fail (STYR_IS_DOCUMENT (self), NULL);

  return g_date_valid (&self->review_date) ? &self->review_date : NULL;
}

/**
 * styr_document_set_review_date:
 * @self: a [class@Styr.Document]
 * @review_date: (nullable): the new review date
 *
 * Sets the [property@Styr.Document:review-date] of @self: the date by
 * which the document must be reviewed (*revideras senast*), or %NULL.
 *
 * Since: 1.0
 */
void
styr_document_set_review_date (StyrDocument *self,
                               const GDate *review_date)
{
  g_return_if_fail (STYR_IS_DOCUMENT (self));

  if (_styr_date_equal (&self->review_date, review_date))
    return;

  _styr_date_assign (&self->review_date, review_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_DATE]);
}

/**
 * styr_document_get_responsible:
 * @self: a [class@Styr.Document]
 *
 * Gets the [property@Styr.Document:responsible] of @self: the person or
 * role responsible for the document (*dokumentansvarig*).
 *
 * Returns: (nullable): the person or role responsible
 *
 * Since: 1.0
 */
const char *
styr_document_get_responsible (StyrDocument *self)
{
  g_return_val_if_fail (STYR_IS_DOCUMENT (self), NULL);

  return self->responsible;
}

/**
 * styr_document_set_responsible:
 * @self: a [class@Styr.Document]
 * @responsible: (nullable): the new person or role responsible
 *
 * Sets the [property@Styr.Document:responsible] of @self: the person or
 * role responsible for the document (*dokumentansvarig*).
 *
 * Since: 1.0
 */
void
styr_document_set_responsible (StyrDocument *self,
                               const char *responsible)
{
  g_return_if_fail (STYR_IS_DOCUMENT (self));

  if (g_strcmp0 (self->responsible, responsible) == 0)
    return;

  g_free (self->responsible);
  self->responsible = g_strdup (responsible);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSIBLE]);
}

/**
 * styr_document_get_owner:
 * @self: a [class@Styr.Document]
 *
 * Gets the [property@Styr.Document:owner] of @self: the organ or unit
 * that owns it.
 *
 * Returns: (transfer none) (nullable): the owner, a [class@Styr.Organ] or
 *   a [class@Styr.Unit], or %NULL if none is set
 *
 * Since: 1.0
 */
StyrEntity *
styr_document_get_owner (StyrDocument *self)
{
  g_return_val_if_fail (STYR_IS_DOCUMENT (self), NULL);

  return self->owner;
}

/**
 * styr_document_set_owner:
 * @self: a [class@Styr.Document]
 * @owner: (nullable): a [class@Styr.Organ] or [class@Styr.Unit], or %NULL
 *   to clear the owner
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sets the owner of @self: the organ that decided it (the council for the
 * budget, a board for its *nämndplan*) or the unit that made it (an
 * administration for its *verksamhetsplan*, a unit for its *arbetsplan*).
 *
 * Fails with %STYR_ERROR_WRONG_MODEL unless @self and @owner are in the
 * same model, and with %STYR_ERROR_WRONG_OWNER when @owner is neither an
 * organ nor a unit. On failure nothing changes.
 *
 * Returns: %TRUE if the owner was set
 *
 * Since: 1.0
 */
gboolean
styr_document_set_owner (StyrDocument  *self,
                         StyrEntity    *owner,
                         GError       **error)
{
  g_return_val_if_fail (STYR_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (owner == NULL || STYR_IS_ENTITY (owner), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->owner == owner)
    return TRUE;

  if (owner != NULL && !_styr_check_owner_entity (STYR_ENTITY (self), owner, error))
    return FALSE;

  self->owner = owner;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);

  return TRUE;
}

/**
 * styr_document_is_steering_document:
 * @self: a [class@Styr.Document]
 *
 * Checks whether @self is a steering document (*styrdokument*) in the
 * narrow sense of a document register: a *program*, *plan*, *policy*,
 * *strategi*, *riktlinjer* or *instruktion* (%STYR_DOCUMENT_KIND_PROGRAM
 * to %STYR_DOCUMENT_KIND_INSTRUCTION). Such documents have a review date
 * ([property@Styr.Document:review-date]); budgets, plans in the goal chain
 * and owner directives are not counted.
 *
 * Returns: %TRUE if @self is a steering document
 *
 * Since: 1.0
 */
gboolean
styr_document_is_steering_document (StyrDocument *self)
{
  g_return_val_if_fail (STYR_IS_DOCUMENT (self), FALSE);

  return self->kind >= STYR_DOCUMENT_KIND_PROGRAM &&
         self->kind <= STYR_DOCUMENT_KIND_INSTRUCTION;
}

/**
 * styr_document_is_past_review:
 * @self: a [class@Styr.Document]
 * @today: (nullable): the date to compare with, or %NULL for the current
 *   local date
 *
 * Checks whether @self should already have been reviewed: its
 * [property@Styr.Document:review-date] is set and lies before @today. A
 * document whose review date is @today is not yet past review. A register
 * of steering documents uses this to warn about documents that are out
 * of date.
 *
 * Returns: %TRUE if the review date has passed
 *
 * Since: 1.0
 */
gboolean
styr_document_is_past_review (StyrDocument *self,
                              const GDate  *today)
{
  GDate now;

  g_return_val_if_fail (STYR_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (today == NULL || g_date_valid (today), FALSE);

  if (!g_date_valid (&self->review_date))
    return FALSE;

  if (today == NULL)
    {
      g_date_clear (&now, 1);
      g_date_set_time_t (&now, time (NULL));
      today = &now;
    }

  return g_date_compare (&self->review_date, today) < 0;
}
