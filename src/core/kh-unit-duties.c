/* kh-unit-duties.c — what one unit has to do in a plan.
 *
 * The words of the text are document text in the plan's language, not
 * interface strings: a table, never gettext (as kh-timeline-render.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kh-numbering.h"
#include "kh-text.h"
#include "kh-unit-duties.h"

typedef struct {
  const char *and;          /* before the last of several units */
  const char *timeline;     /* before the rendered timeline */
  const char *no_duties;
} Words;

static const Words words_vi = { " và ", "Thời gian thực hiện: ", "Không có nhiệm vụ được giao." };
static const Words words_en = { " and ", "Timeline: ", "No tasks assigned." };

static const Words *
words_of (KhLanguage language)
{
  return language == KH_LANGUAGE_EN ? &words_en : &words_vi;
}

void
kh_unit_duty_free (KhUnitDuty *self)
{
  if (self == NULL)
    return;
  g_free (self->label);
  g_free (self->title);
  g_free (self->scope);
  g_free (self->timeline);
  g_free (self->partners);
  g_free (self);
}

static KhNode *
section_of (KhNode *node)
{
  for (KhNode *n = kh_node_get_parent (node); n != NULL; n = kh_node_get_parent (n))
    if (kh_node_get_kind (n) == KH_NODE_SECTION)
      return n;
  return NULL;
}

/* "A", "A và B", "A, B và C"; a free-text note goes last. */
static void
append_names (GPtrArray *names, GPtrArray *list, KhUnit *except)
{
  for (guint i = 0; i < list->len; i++)
    {
      KhAssignment *a = g_ptr_array_index (list, i);
      const char *name = kh_unit_get_name (a->unit);

      if (a->unit != except && !g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        g_ptr_array_add (names, (gpointer) name);
    }
}

static char *
join_names (GPtrArray *names, const char *note, KhLanguage language)
{
  g_autofree char *squeezed = kh_text_squeeze (note);
  GString *out = g_string_new (NULL);

  if (squeezed[0] != '\0')
    g_ptr_array_add (names, squeezed);
  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == names->len ? words_of (language)->and : ", ");
      g_string_append (out, g_ptr_array_index (names, i));
    }
  if (squeezed[0] != '\0')
    g_ptr_array_set_size (names, names->len - 1);
  return g_string_free (out, FALSE);
}

static KhUnitDuty *
duty_new (KhPlan *plan, KhNode *node, KhUnit *unit, KhRole role, KhLanguage language)
{
  KhUnitDuty *duty = g_new0 (KhUnitDuty, 1);
  GPtrArray *leads = kh_node_get_leads (node);
  const KhTimeline *timeline = kh_node_get_timeline (node);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  duty->node = node;
  duty->role = role;
  duty->section = section_of (node);
  duty->label = kh_numbering_label (plan, node);
  duty->title = kh_text_squeeze (kh_node_get_title (node));
  duty->timeline = timeline ? kh_timeline_render (timeline, language) : g_strdup ("");

  if (role == KH_ROLE_LEAD)
    {
      KhAssignment *lead = g_ptr_array_index (leads, kh_assignment_list_find (leads, unit));

      duty->scope = kh_text_squeeze (lead->scope);
      append_names (names, leads, unit);
      append_names (names, kh_node_get_cooperating (node), unit);
      duty->partners = join_names (names, kh_node_get_cooperate_note (node), language);
    }
  else
    {
      duty->scope = g_strdup ("");
      append_names (names, leads, unit);
      duty->partners = join_names (names, kh_node_get_lead_note (node), language);
    }
  return duty;
}

GPtrArray *
kh_unit_duties_collect (KhPlan     *plan,
                        KhUnit     *unit,
                        KhLanguage  language)
{
  g_autoptr(GPtrArray) nodes = NULL;
  GPtrArray *duties;
  g_autoptr(GPtrArray) supporting = NULL;

  g_return_val_if_fail (KH_IS_PLAN (plan), NULL);
  g_return_val_if_fail (KH_IS_UNIT (unit), NULL);

  nodes = kh_plan_collect_nodes (plan);
  duties = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_unit_duty_free);
  supporting = g_ptr_array_new ();
  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);
      KhRole role;

      if (kh_node_get_kind (node) != KH_NODE_ITEM)
        continue;
      role = kh_node_get_role (node, unit);
      if (role == KH_ROLE_LEAD)
        g_ptr_array_add (duties, duty_new (plan, node, unit, role, language));
      else if (role == KH_ROLE_COOPERATE)
        g_ptr_array_add (supporting, node);
    }
  for (guint i = 0; i < supporting->len; i++)
    g_ptr_array_add (duties, duty_new (plan, g_ptr_array_index (supporting, i), unit,
                                       KH_ROLE_COOPERATE, language));
  return duties;
}

/* Text */

/* @text without the full stop, semicolon or colon it ends with. */
static char *
strip_end (const char *text)
{
  char *out = g_strdup (text);
  gsize len = strlen (out);

  while (len > 0 && strchr (".;:, ", out[len - 1]) != NULL)
    out[--len] = '\0';
  return out;
}

/* A title continues the sentence "Chủ trì …": its first word loses its
 * capital when it is an ordinary word ("Xây dựng" → "xây dựng"), not an
 * abbreviation ("UBND") or a name ("Hà Tĩnh", "Sở Ngoại vụ"). */
static char *
lower_first_word (const char *title)
{
  const char *second = g_utf8_next_char (title);
  const char *space = strchr (title, ' ');
  gunichar first = g_utf8_get_char (title);

  if (!g_unichar_isupper (first))
    return g_strdup (title);
  for (const char *p = second; *p && *p != ' '; p = g_utf8_next_char (p))
    if (!g_unichar_islower (g_utf8_get_char (p)))
      return g_strdup (title);
  if (space != NULL && g_unichar_isupper (g_utf8_get_char (space + 1)))
    return g_strdup (title);

  {
    char buf[6];
    int n = g_unichar_to_utf8 (g_unichar_tolower (first), buf);

    return g_strdup_printf ("%.*s%s", n, buf, second);
  }
}

/* The role a title names by its first words, as the paragraphs of
 * "Phân công nhiệm vụ" begin ("Chủ trì, phối hợp với …", "Phối hợp với
 * …"); KH_ROLE_NONE for an ordinary title. */
static KhRole
title_role (const char *title)
{
  static const struct { const char *words; KhRole role; } starts[] = {
    { "chu tri", KH_ROLE_LEAD },
    { "phoi hop", KH_ROLE_COOPERATE },
  };
  g_autofree char *folded = kh_text_fold (title);

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      gsize len = strlen (starts[i].words);

      if (strncmp (folded, starts[i].words, len) == 0 && !g_ascii_isalnum (folded[len]))
        return starts[i].role;
    }
  return KH_ROLE_NONE;
}

static void
append_duty_vi (GString *out, const KhUnitDuty *duty, const char *title, const char *scope)
{
  KhRole named = title_role (title);
  g_autofree char *continued = NULL;

  /* The title says it all already, partners included. */
  if (named == duty->role)
    {
      g_string_append (out, title);
      if (scope[0] != '\0')
        g_string_append_printf (out, ": %s", scope);
      return;
    }
  /* Written from another unit's side: quoted, not continued. */
  if (named != KH_ROLE_NONE)
    continued = g_strdup_printf ("thực hiện nhiệm vụ “%s”", title);
  else
    continued = lower_first_word (title);

  if (duty->role == KH_ROLE_LEAD)
    {
      g_string_append (out, "Chủ trì");
      if (duty->partners[0] != '\0')
        g_string_append_printf (out, ", phối hợp với %s", duty->partners);
      g_string_append_printf (out, " %s", continued);
      if (scope[0] != '\0')
        g_string_append_printf (out, ": %s", scope);
    }
  else if (duty->partners[0] != '\0')
    g_string_append_printf (out, "Phối hợp với %s %s", duty->partners, continued);
  else
    g_string_append_printf (out, "Phối hợp %s", continued);
}

/* English keeps the title whole, in quotes: it cannot continue "Lead …"
 * as Vietnamese does. */
static void
append_duty_en (GString *out, const KhUnitDuty *duty, const char *title, const char *scope)
{
  if (duty->role == KH_ROLE_LEAD)
    {
      g_string_append_printf (out, "Lead “%s”", title);
      if (scope[0] != '\0')
        g_string_append_printf (out, " (%s)", scope);
      if (duty->partners[0] != '\0')
        g_string_append_printf (out, ", with %s", duty->partners);
    }
  else if (duty->partners[0] != '\0')
    g_string_append_printf (out, "Support %s in “%s”", duty->partners, title);
  else
    g_string_append_printf (out, "Support “%s”", title);
}

char *
kh_unit_duties_format_text (KhPlan     *plan,
                            KhUnit     *unit,
                            KhLanguage  language)
{
  g_autoptr(GPtrArray) duties = NULL;
  const Words *words = words_of (language);
  GString *out;

  g_return_val_if_fail (KH_IS_PLAN (plan), NULL);
  g_return_val_if_fail (KH_IS_UNIT (unit), NULL);

  duties = kh_unit_duties_collect (plan, unit, language);
  out = g_string_new (kh_unit_get_name (unit));
  g_string_append_c (out, '\n');
  if (duties->len == 0)
    g_string_append_printf (out, "%s\n", words->no_duties);

  for (guint i = 0; i < duties->len; i++)
    {
      const KhUnitDuty *duty = g_ptr_array_index (duties, i);
      g_autofree char *letter = kh_numbering_letter (i);
      g_autofree char *title = strip_end (duty->title);
      g_autofree char *scope = strip_end (duty->scope);
      g_autofree char *when = strip_end (duty->timeline);

      g_string_append_printf (out, "%s) ", letter);
      if (language == KH_LANGUAGE_EN)
        append_duty_en (out, duty, title, scope);
      else
        append_duty_vi (out, duty, title, scope);
      g_string_append_c (out, '.');
      if (when[0] != '\0')
        g_string_append_printf (out, " %s%s.", words->timeline, when);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}
