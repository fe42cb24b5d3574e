/* styr-report.c — the report model: StyrReport.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "styr-private.h"
#include "styr-enum-types.h"
#include "styr-error.h"
#include "styr-report-private.h"

struct _StyrReport
{
  GObject parent_instance;

  StyrReportContents  contents;
  GListStore         *tables;   /* of StyrReportTable, made on first request */
  GListStore         *charts;   /* of StyrReportChart, made on first request */
};

G_DEFINE_FINAL_TYPE (StyrReport, styr_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_PERIOD,
  PROP_ORGAN,
  PROP_OCCASION,
  PROP_KIND,
  PROP_TITLE,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styr_report_finalize (GObject *object)
{
  StyrReport *self = (StyrReport *) object;

  g_clear_object (&self->contents.model);
  g_clear_pointer (&self->contents.period, styr_period_free);
  g_clear_object (&self->contents.organ);
  g_clear_object (&self->contents.occasion);
  g_clear_pointer (&self->contents.title, g_free);
  g_clear_pointer (&self->contents.subtitle, g_free);
  g_clear_object (&self->contents.sections);
  g_clear_object (&self->tables);
  g_clear_object (&self->charts);

  G_OBJECT_CLASS (styr_report_parent_class)->finalize (object);
}

static void
styr_report_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  StyrReport *self = STYR_REPORT (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->contents.model);
      break;
    case PROP_PERIOD:
      g_value_set_boxed (value, self->contents.period);
      break;
    case PROP_ORGAN:
      g_value_set_object (value, self->contents.organ);
      break;
    case PROP_OCCASION:
      g_value_set_object (value, self->contents.occasion);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->contents.kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->contents.title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->contents.subtitle);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styr_report_class_init (StyrReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styr_report_finalize;
  object_class->get_property = styr_report_get_property;

  /**
   * StyrReport:model:
   *
   * The model the report was built from.
   *
   * Since: 1.0
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, STYR_TYPE_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReport:period:
   *
   * The period of the report.
   *
   * Since: 1.0
   */
  properties[PROP_PERIOD] =
    g_param_spec_boxed ("period", NULL, NULL, STYR_TYPE_PERIOD,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReport:organ:
   *
   * The organ the report is about, or %NULL for the whole municipality.
   *
   * Since: 1.0
   */
  properties[PROP_ORGAN] =
    g_param_spec_object ("organ", NULL, NULL, STYR_TYPE_ORGAN,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReport:occasion:
   *
   * The follow-up occasion of the report's period, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_OCCASION] =
    g_param_spec_object ("occasion", NULL, NULL, STYR_TYPE_OCCASION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReport:kind:
   *
   * An ordinary follow-up, the interim report or the annual report.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       STYR_TYPE_REPORT_KIND, STYR_REPORT_KIND_FOLLOW_UP,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReport:title:
   *
   * The report's title, e.g. "Tertialrapport 1 2025".
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * StyrReport:subtitle:
   *
   * The municipality and the scope of the report.
   *
   * Since: 1.0
   */
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styr_report_init (StyrReport *self)
{
  self->contents.sections = g_list_store_new (STYR_TYPE_REPORT_SECTION);
}

StyrReport *
styr_report_new (StyrModel        *model,
                 const StyrPeriod *period,
                 StyrOrgan        *organ,
                 GError          **error)
{
  g_autoptr(StyrReport) self = NULL;

  g_return_val_if_fail (STYR_IS_MODEL (model), NULL);
  g_return_val_if_fail (period != NULL, NULL);
  g_return_val_if_fail (organ == NULL || STYR_IS_ORGAN (organ), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _styr_init_i18n ();

  if (organ != NULL)
    {
      if (styr_entity_get_model (STYR_ENTITY (organ)) != model)
        {
          g_autofree char *what = _styr_entity_describe (STYR_ENTITY (organ));

          g_set_error (error, STYR_ERROR, STYR_ERROR_WRONG_MODEL,
                       _("Organet %s hör inte till modellen"), what);
          return NULL;
        }
      switch (styr_organ_get_kind (organ))
        {
        case STYR_ORGAN_KIND_BOARD:
        case STYR_ORGAN_KIND_EXECUTIVE_BOARD:
        case STYR_ORGAN_KIND_COMPANY:
          break;
        case STYR_ORGAN_KIND_COUNCIL:
        case STYR_ORGAN_KIND_COMMITTEE:
        case STYR_ORGAN_KIND_AUDIT:
        default:
          {
            g_autofree char *what = _styr_entity_describe (STYR_ENTITY (organ));

            g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                         _("%s har ingen egen uppföljningsrapport: välj en nämnd, "
                           "kommunstyrelsen, ett bolag eller hela kommunen"), what);
            return NULL;
          }
        }
    }

  self = g_object_new (STYR_TYPE_REPORT, NULL);
  self->contents.model = g_object_ref (model);
  self->contents.period = styr_period_copy (period);
  self->contents.organ = organ != NULL ? g_object_ref (organ) : NULL;

  if (!_styr_report_build (&self->contents, error))
    return NULL;

  return g_steal_pointer (&self);
}

StyrModel *
styr_report_get_model (StyrReport *self)
{
  g_return_val_if_fail (STYR_IS_REPORT (self), NULL);
  return self->contents.model;
}

const StyrPeriod *
styr_report_get_period (StyrReport *self)
{
  g_return_val_if_fail (STYR_IS_REPORT (self), NULL);
  return self->contents.period;
}

StyrOrgan *
styr_report_get_organ (StyrReport *self)
{
  g_return_val_if_fail (STYR_IS_REPORT (self), NULL);
  return self->contents.organ;
}

StyrOccasion *
styr_report_get_occasion (StyrReport *self)
{
  g_return_val_if_fail (STYR_IS_REPORT (self), NULL);
  return self->contents.occasion;
}

StyrReportKind
styr_report_get_kind (StyrReport *self)
{
  g_return_val_if_fail (STYR_IS_REPORT (self), STYR_REPORT_KIND_FOLLOW_UP);
  return self->contents.kind;
}

const char *
styr_report_get_title (StyrReport *self)
{
  g_return_val_if_fail (STYR_IS_REPORT (self), NULL);
  return self->contents.title != NULL ? self->contents.title : "";
}

const char *
styr_report_get_subtitle (StyrReport *self)
{
  g_return_val_if_fail (STYR_IS_REPORT (self), NULL);
  return self->contents.subtitle != NULL ? self->contents.subtitle : "";
}

GListModel *
styr_report_get_sections (StyrReport *self)
{
  g_return_val_if_fail (STYR_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->contents.sections);
}

static void
collect (StyrReport *self)
{
  GListModel *sections = G_LIST_MODEL (self->contents.sections);
  guint n_sections = g_list_model_get_n_items (sections);

  self->tables = g_list_store_new (STYR_TYPE_REPORT_TABLE);
  self->charts = g_list_store_new (STYR_TYPE_REPORT_CHART);

  for (guint s = 0; s < n_sections; s++)
    {
      g_autoptr(StyrReportSection) section = g_list_model_get_item (sections, s);
      GListModel *blocks = styr_report_section_get_blocks (section);
      guint n_blocks = g_list_model_get_n_items (blocks);

      for (guint b = 0; b < n_blocks; b++)
        {
          g_autoptr(StyrReportBlock) block = g_list_model_get_item (blocks, b);

          switch (styr_report_block_get_kind (block))
            {
            case STYR_REPORT_BLOCK_KIND_TABLE:
              g_list_store_append (self->tables, block);
              break;
            case STYR_REPORT_BLOCK_KIND_CHART:
              g_list_store_append (self->charts, block);
              break;
            case STYR_REPORT_BLOCK_KIND_GOAL:
              {
                StyrReportGoal *goal = STYR_REPORT_GOAL (block);
                GListModel *charts = styr_report_goal_get_charts (goal);
                guint n_charts = g_list_model_get_n_items (charts);

                g_list_store_append (self->tables, styr_report_goal_get_indicator_table (goal));
                if (styr_report_goal_get_activity_table (goal) != NULL)
                  g_list_store_append (self->tables, styr_report_goal_get_activity_table (goal));
                for (guint c = 0; c < n_charts; c++)
                  {
                    g_autoptr(GObject) chart = g_list_model_get_item (charts, c);

                    g_list_store_append (self->charts, chart);
                  }
              }
              break;
            case STYR_REPORT_BLOCK_KIND_PARAGRAPH:
            case STYR_REPORT_BLOCK_KIND_HEADING:
            default:
              break;
            }
        }
    }
}

GListModel *
styr_report_get_tables (StyrReport *self)
{
  g_return_val_if_fail (STYR_IS_REPORT (self), NULL);

  if (self->tables == NULL)
    collect (self);
  return G_LIST_MODEL (self->tables);
}

GListModel *
styr_report_get_charts (StyrReport *self)
{
  g_return_val_if_fail (STYR_IS_REPORT (self), NULL);

  if (self->charts == NULL)
    collect (self);
  return G_LIST_MODEL (self->charts);
}

StyrReportTable *
styr_report_lookup_table (StyrReport *self,
                          const char *id)
{
  GListModel *tables;
  guint n;

  g_return_val_if_fail (STYR_IS_REPORT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  tables = styr_report_get_tables (self);
  n = g_list_model_get_n_items (tables);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrReportTable) table = g_list_model_get_item (tables, i);

      if (g_strcmp0 (styr_report_table_get_id (table), id) == 0)
        return table;   /* the report holds a reference */
    }
  return NULL;
}

StyrReportSection *
styr_report_lookup_section (StyrReport *self,
                            const char *id)
{
  GListModel *sections;
  guint n;

  g_return_val_if_fail (STYR_IS_REPORT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  sections = G_LIST_MODEL (self->contents.sections);
  n = g_list_model_get_n_items (sections);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrReportSection) section = g_list_model_get_item (sections, i);

      if (g_strcmp0 (styr_report_section_get_id (section), id) == 0)
        return section;   /* the report holds a reference */
    }
  return NULL;
}

/* Writing files ------------------------------------------------------------ */

gboolean
_styr_report_replace_file (GFile                *file,
                           StyrReportWriteFunc   write,
                           gpointer              data,
                           GError              **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) query_error = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean created;

  /* As styr_model_save(): GIO writes a new file in place rather than
   * through a temporary file, so a failed write removes it again; only a
   * file known not to have existed counts as new. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, &query_error);
  created = info == NULL && g_error_matches (query_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, &local_error);
  if (out != NULL)
    {
      if (write (G_OUTPUT_STREAM (out), data, &local_error))
        g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &local_error);
      else
        _styr_abandon_stream (G_OUTPUT_STREAM (out));
    }

  if (local_error != NULL)
    {
      if (out != NULL && created)
        g_file_delete (file, NULL, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}
