/* styr-presets.c — the steering-model presets of StyrModel
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "styr-private.h"

typedef struct
{
  const char *id;
  const char *name;         /* N_() */
  const char *colour;
  const char *description;  /* N_() */
} PresetPerspective;

typedef struct
{
  const PresetPerspective *perspectives;
  guint                    n_perspectives;
  const char * const      *values;          /* N_(); NULL: leave as is */
  gboolean                 financial_goal;  /* Ratten's 2 % indicator */
} PresetDef;

static const PresetPerspective borlange_2009[] = {
  { "medborgare", N_("Medborgare"), "#2a6ebb",
    N_("Medborgarnas och brukarnas behov och hur nöjda de är med kommunens tjänster.") },
  { "ekonomi", N_("Ekonomi"), "#2e8540",
    N_("God ekonomisk hushållning, kostnadseffektivitet och kommunens övriga resurser.") },
  { "verksamhet", N_("Verksamhet"), "#e07b00",
    N_("Hur arbetet utförs: samverkan, arbetsmiljö och hälsa, sjukfrånvaro och medarbetarskap.") },
  { "utveckling", N_("Utveckling"), "#7b4fa0",
    N_("Förnyelse, anpassning till omvärlden och beredskap för framtiden.") },
};

static const PresetPerspective ratten[] = {
  { "medborgarfokus", N_("Medborgarfokus"), "#2a6ebb",
    N_("Medborgarnas behov i centrum: service, bemötande och nöjdhet.") },
  { "effektiva-verksamheter", N_("Effektiva verksamheter"), "#2e8540",
    N_("God ekonomisk hushållning och verksamheter som gör rätt saker på rätt sätt.") },
  { "samhallsutveckling", N_("Samhällsutveckling"), "#e07b00",
    N_("Kommunens utveckling som en plats att bo, arbeta och verka i.") },
  { "medskapande-medarbetare", N_("Medskapande medarbetare"), "#7b4fa0",
    N_("Delaktiga medarbetare som skapar verksamhetens resultat; personalmålen följs upp här.") },
};

static const char * const ratten_values[] = {
  N_("Öppenhet"),
  N_("Omtanke"),
  N_("Handlingskraft"),
  NULL
};

static const PresetPerspective balanced_scorecard[] = {
  { "finansiellt", N_("Finansiellt"), "#2e8540",
    N_("Hur verksamheten når sina ekonomiska mål.") },
  { "kund", N_("Kund"), "#2a6ebb",
    N_("Hur kunderna och brukarna ser på verksamheten.") },
  { "interna-processer", N_("Interna processer"), "#e07b00",
    N_("De processer verksamheten måste vara bäst på.") },
  { "larande-och-tillvaxt", N_("Lärande och tillväxt"), "#7b4fa0",
    N_("Hur verksamheten fortsätter att förbättras och skapa värde.") },
};

#define FINANCIAL_GOAL_ID     "finansiellt-resultat"
#define FINANCIAL_GOAL_TARGET 2.0

static const PresetDef *
get_preset (StyrPreset preset)
{
  static const PresetDef defs[] = {
    [STYR_PRESET_BORLANGE_2009] = {
      borlange_2009, G_N_ELEMENTS (borlange_2009), NULL, FALSE
    },
    [STYR_PRESET_RATTEN] = {
      ratten, G_N_ELEMENTS (ratten), ratten_values, TRUE
    },
    [STYR_PRESET_BALANCED_SCORECARD] = {
      balanced_scorecard, G_N_ELEMENTS (balanced_scorecard), NULL, FALSE
    },
  };

  if ((guint) preset >= G_N_ELEMENTS (defs))
    return NULL;
  return &defs[preset];
}

static gboolean
preset_uses_id (const PresetDef *def,
                const char      *id)
{
  for (guint i = 0; i < def->n_perspectives; i++)
    if (g_strcmp0 (def->perspectives[i].id, id) == 0)
      return TRUE;
  return FALSE;
}

/* The first entity of @self, other than @target, that refers to @target. */
static StyrEntity *
find_referrer (StyrModel  *self,
               StyrEntity *target)
{
  for (guint c = 0; c < STYR_N_COLLECTIONS; c++)
    {
      GListModel *store = G_LIST_MODEL (_styr_model_get_store (self, (StyrCollection) c));
      guint n = g_list_model_get_n_items (store);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(StyrEntity) other = g_list_model_get_item (store, i);

          if (other != target && _styr_entity_refers_to (other, target))
            return other;
        }
    }
  return NULL;
}

static StyrIndicator *
new_financial_goal (GError **error)
{
  g_autoptr(StyrIndicator) indicator = NULL;

  indicator = g_object_new (STYR_TYPE_INDICATOR,
                            "id", FINANCIAL_GOAL_ID,
                            "name", _("Årets resultat i procent av skatteintäkter och generella statsbidrag"),
                            "description", _("Finansiellt mål för god ekonomisk hushållning: årets resultat ska vara minst 2 % av skatteintäkter och generella statsbidrag."),
                            "measure-unit", "%",
                            "direction", STYR_INDICATOR_DIRECTION_HIGHER,
                            "source", STYR_INDICATOR_SOURCE_FINANCE,
                            "frequency", STYR_FREQUENCY_TERTIAL,
                            NULL);

  /* Year 0: the standing target, valid for every year without its own. */
  if (!styr_indicator_set_target (indicator, 0, FINANCIAL_GOAL_TARGET, error))
    return NULL;

  return g_steal_pointer (&indicator);
}

/**
 * styr_model_apply_preset:
 * @self: a [class@Styr.Model]
 * @preset: the steering-model preset to apply
 * @error: return location for a #GError
 *
 * Sets up @self after one of the steering models shipped with libstyr
 * (see [enum@Styr.Preset]).
 *
 * The model's perspectives become the preset's, in the preset's order.
 * Each has a stable identifier, a Swedish name, a colour and a short
 * description. The perspectives of each preset are:
 *
 * - [enum@Styr.Preset.BORLANGE_2009]: `medborgare` *Medborgare*, `ekonomi`
 *   *Ekonomi*, `verksamhet` *Verksamhet*, `utveckling` *Utveckling*.
 * - [enum@Styr.Preset.RATTEN]: `medborgarfokus` *Medborgarfokus*,
 *   `effektiva-verksamheter` *Effektiva verksamheter*, `samhallsutveckling`
 *   *Samhällsutveckling*, `medskapande-medarbetare` *Medskapande
 *   medarbetare*. Ratten also sets the model's values
 *   ([property@Styr.Model:values]) to *Öppenhet*, *Omtanke* and
 *   *Handlingskraft*, and adds the financial goal as an indicator,
 *   `finansiellt-resultat`, *Årets resultat i procent av skatteintäkter
 *   och generella statsbidrag*: unit `%`, higher is better, from the
 *   finance system, measured every tertial, with a standing target
 *   (year 0, see [method@Styr.Indicator.set_target]) of 2.0. The indicator
 *   is only added if no entity of the model has that identifier yet.
 * - [enum@Styr.Preset.BALANCED_SCORECARD]: `finansiellt` *Finansiellt*,
 *   `kund` *Kund*, `interna-processer` *Interna processer*,
 *   `larande-och-tillvaxt` *Lärande och tillväxt*.
 *
 * The names and descriptions are translatable; the identifiers are not.
 *
 * Perspectives already in the model are treated this way:
 *
 * - a perspective whose identifier the preset uses is kept, as the same
 *   object: its name, colour and description are set to the preset's and
 *   it is moved to the preset's position, so goals in it stay in it;
 * - a perspective whose identifier the preset does not use is removed
 *   (as by [method@Styr.Model.remove]).
 *
 * Applying the same preset twice changes nothing the second time, except
 * that names, colours and descriptions edited in between are reset.
 *
 * The call fails, and nothing changes, with %STYR_ERROR_IN_USE when a
 * perspective that would be removed is still in use (goals are in it:
 * move them to another perspective first), and with
 * %STYR_ERROR_DUPLICATE_ID when one of the preset's perspective
 * identifiers belongs to an entity that is not a perspective.
 *
 * Everything the preset sets is ordinary model data that can be changed
 * afterwards. The fulfilment scale ([property@Styr.Model:scale]) is left
 * as it is.
 *
 * ```python
 * model = Styr.Model(name="Ängelholm", kommunkod="1292")
 * model.apply_preset(Styr.Preset.RATTEN)
 * print([p.props.name for p in model.get_perspectives()])
 * ```
 *
 * Returns: %TRUE if the preset was applied
 *
 * Since: 1.0
 */
gboolean
styr_model_apply_preset (StyrModel   *self,
                         StyrPreset   preset,
                         GError     **error)
{
  const PresetDef *def;
  GListModel *perspectives;
  g_autoptr(GPtrArray) obsolete = NULL;
  g_autoptr(StyrIndicator) financial_goal = NULL;
  guint n;

  g_return_val_if_fail (STYR_IS_MODEL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  def = get_preset (preset);
  if (def == NULL)
    {
      g_set_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT,
                   _("Okänd förinställning %d"), (int) preset);
      return FALSE;
    }

  _styr_init_i18n ();

  /* First check everything, then change: a failing call changes nothing. */

  /* The preset's identifiers must be free or already perspectives. */
  for (guint i = 0; i < def->n_perspectives; i++)
    {
      const char *id = def->perspectives[i].id;
      StyrEntity *existing = styr_model_lookup (self, id);

      if (existing != NULL && !STYR_IS_PERSPECTIVE (existing))
        {
          g_autofree char *what = _styr_entity_describe (existing);

          g_set_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID,
                       _("Förinställningen kan inte tillämpas: perspektivet »%s« behöver id »%s«, som redan används av %s"),
                       _(def->perspectives[i].name), id, what);
          return FALSE;
        }
    }

  /* The perspectives the preset does not use must be removable. */
  obsolete = g_ptr_array_new_with_free_func (g_object_unref);
  perspectives = styr_model_get_perspectives (self);
  n = g_list_model_get_n_items (perspectives);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyrPerspective) perspective = g_list_model_get_item (perspectives, i);
      StyrEntity *referrer;

      if (preset_uses_id (def, styr_entity_get_id (STYR_ENTITY (perspective))))
        continue;

      referrer = find_referrer (self, STYR_ENTITY (perspective));
      if (referrer != NULL)
        {
          g_autofree char *what = _styr_entity_describe (STYR_ENTITY (perspective));
          g_autofree char *who = _styr_entity_describe (referrer);

          g_set_error (error, STYR_ERROR, STYR_ERROR_IN_USE,
                       _("Förinställningen kan inte tillämpas: %s ingår inte i den och kan inte tas bort, eftersom %s hänvisar till det"),
                       what, who);
          return FALSE;
        }

      g_ptr_array_add (obsolete, g_steal_pointer (&perspective));
    }

  /* The financial goal is made, complete, before anything changes. */
  if (def->financial_goal && styr_model_lookup (self, FINANCIAL_GOAL_ID) == NULL)
    {
      financial_goal = new_financial_goal (error);
      if (financial_goal == NULL)
        return FALSE;
    }

  /* Now change the model. None of the calls below can fail after the
   * checks above; if one does all the same, report it. */

  for (guint i = 0; i < obsolete->len; i++)
    {
      if (!styr_model_remove (self, g_ptr_array_index (obsolete, i), error))
        return FALSE;
    }

  for (guint i = 0; i < def->n_perspectives; i++)
    {
      const PresetPerspective *pp = &def->perspectives[i];
      StyrPerspective *perspective = styr_model_lookup_perspective (self, pp->id);

      if (perspective == NULL)
        {
          g_autoptr(StyrPerspective) created = styr_perspective_new (pp->id, _(pp->name));

          if (!styr_model_add (self, STYR_ENTITY (created), error))
            return FALSE;
          perspective = created;
        }

      styr_perspective_set_name (perspective, _(pp->name));
      styr_perspective_set_colour (perspective, pp->colour);
      styr_perspective_set_description (perspective, _(pp->description));

      if (!styr_model_move_perspective (self, perspective, i, error))
        return FALSE;
    }

  if (def->values != NULL)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) values = NULL;

      for (guint i = 0; def->values[i] != NULL; i++)
        g_strv_builder_add (builder, _(def->values[i]));
      values = g_strv_builder_end (builder);
      styr_model_set_values (self, (const char * const *) values);
    }

  if (financial_goal != NULL &&
      !styr_model_add (self, STYR_ENTITY (financial_goal), error))
    return FALSE;

  return TRUE;
}
