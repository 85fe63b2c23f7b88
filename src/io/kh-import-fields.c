/* kh-import-fields.c — the field lines of a task ("Đơn vị chủ trì: …",
 * "Thời gian thực hiện: …") and what they put into its node.
 *
 * Labels are compared word by word, give or take a letter, so that the
 * OCR'd "Pon vi thuc hién" and "Thoi gian thue hién" are read too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-import-private.h"
#include "kh-text.h"

typedef struct {
  KhImportField field;
  const char   *words;   /* folded label */
  gboolean      prefix;  /* more words may follow ("Thành phần mời dự tập huấn") */
} Label;

static const Label labels[] = {
  { KH_FIELD_LEAD,         "don vi chu tri", FALSE },
  { KH_FIELD_LEAD,         "co quan chu tri", FALSE },
  { KH_FIELD_LEAD,         "don vi chu tri thuc hien", FALSE },
  { KH_FIELD_LEAD,         "co quan chu tri thuc hien", FALSE },
  { KH_FIELD_LEAD,         "chu tri thuc hien", FALSE },
  { KH_FIELD_LEAD,         "chu tri", FALSE },
  { KH_FIELD_COOPERATE,    "don vi phoi hop", FALSE },
  { KH_FIELD_COOPERATE,    "co quan phoi hop", FALSE },
  { KH_FIELD_COOPERATE,    "don vi phoi hop thuc hien", FALSE },
  { KH_FIELD_COOPERATE,    "co quan phoi hop thuc hien", FALSE },
  { KH_FIELD_COOPERATE,    "phoi hop thuc hien", FALSE },
  { KH_FIELD_COOPERATE,    "phoi hop", FALSE },
  { KH_FIELD_EXECUTOR,     "don vi thuc hien", FALSE },
  { KH_FIELD_EXECUTOR,     "co quan thuc hien", FALSE },
  { KH_FIELD_EXECUTOR,     "don vi trien khai", FALSE },
  { KH_FIELD_EXECUTOR,     "trach nhiem thuc hien", FALSE },
  { KH_FIELD_EXECUTOR,     "phan cong thuc hien", FALSE },
  { KH_FIELD_TIMELINE,     "thoi gian", FALSE },
  { KH_FIELD_TIMELINE,     "thoi gian thuc hien", FALSE },
  { KH_FIELD_TIMELINE,     "thoi gian ban hanh", FALSE },
  { KH_FIELD_TIMELINE,     "thoi gian hoan thanh", FALSE },
  { KH_FIELD_TIMELINE,     "thoi gian to chuc", FALSE },
  { KH_FIELD_TIMELINE,     "thoi gian trien khai", FALSE },
  { KH_FIELD_TIMELINE,     "thoi han", FALSE },
  { KH_FIELD_TIMELINE,     "thoi han hoan thanh", FALSE },
  { KH_FIELD_TIMELINE,     "thoi han thuc hien", FALSE },
  { KH_FIELD_TIMELINE,     "tien do", FALSE },
  { KH_FIELD_TIMELINE,     "tien do thuc hien", FALSE },
  { KH_FIELD_TIMELINE,     "tien do hoan thanh", FALSE },
  { KH_FIELD_PARTICIPANTS, "thanh phan", TRUE },
  { KH_FIELD_PARTICIPANTS, "doi tuong", TRUE },
  { KH_FIELD_QUANTITY,     "so luong", TRUE },
  { KH_FIELD_QUANTITY,     "quy mo", FALSE },
  { KH_FIELD_DURATION,     "thoi luong", FALSE },
  { KH_FIELD_CONTENT,      "noi dung", FALSE },
  { KH_FIELD_CONTENT,      "noi dung thuc hien", FALSE },
  { KH_FIELD_CONTENT,      "noi dung chu yeu", FALSE },
  { KH_FIELD_CONTENT,      "noi dung cong viec", FALSE },
  { KH_FIELD_PRODUCTS,     "san pham", TRUE },
  { KH_FIELD_PRODUCTS,     "ket qua", FALSE },
  { KH_FIELD_PRODUCTS,     "ket qua san pham", FALSE },
  { KH_FIELD_BUDGET,       "kinh phi", FALSE },
  { KH_FIELD_BUDGET,       "kinh phi thuc hien", FALSE },
  { KH_FIELD_BUDGET,       "kinh phi du kien", FALSE },
  { KH_FIELD_BUDGET,       "nguon kinh phi", FALSE },
  { KH_FIELD_BUDGET,       "du toan kinh phi", FALSE },
  { KH_FIELD_NOTES,        "ghi chu", FALSE },
};

/* A word of a label: near the key, or for two-letter keys ("vi") the same
 * first letter and length, as OCR writes "vj". */
static gboolean
label_word (const char *word, const char *key)
{
  if (strlen (key) == 2)
    return strlen (word) == 2 && word[0] == key[0];
  return kh_import_word_near (word, key);
}

static gboolean
label_matches (GArray *words, const Label *label)
{
  g_auto(GStrv) keys = g_strsplit (label->words, " ", -1);
  guint n = g_strv_length (keys);

  if (words->len < n || (!label->prefix && words->len != n) || words->len > n + 5)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!label_word (g_array_index (words, KhImportWord, i).folded, keys[i]))
      return FALSE;
  return TRUE;
}

KhImportField
kh_import_field_parse (const char *text,
                       gsize      *value)
{
  const char *colon = strchr (text, ':');
  g_autofree char *label = NULL;
  g_autoptr(GArray) words = NULL;
  const char *p;

  *value = 0;
  if (colon == NULL || colon - text > 80)
    return KH_FIELD_NONE;

  label = g_strndup (text, (gsize) (colon - text));
  words = kh_import_words (label);
  if (words->len == 0 || words->len > 8)
    return KH_FIELD_NONE;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (label_matches (words, &labels[i]))
      {
        for (p = colon + 1; *p && g_unichar_isspace (g_utf8_get_char (p)); p = g_utf8_next_char (p))
          ;
        *value = (gsize) (p - text);
        return labels[i].field;
      }
  return KH_FIELD_NONE;
}

/* Assignments ------------------------------------------------------------ */

static char *
join_notes (const char *old, const char *new)
{
  if (new == NULL || *new == '\0')
    return g_strdup (old);
  if (*old == '\0')
    return g_strdup (new);
  return g_strconcat (old, "; ", new, NULL);
}

static void
add_units (GPtrArray *list, GPtrArray *units)
{
  for (guint i = 0; units && i < units->len; i++)
    {
      KhUnit *unit = g_ptr_array_index (units, i);

      if (kh_assignment_list_find (list, unit) < 0)
        g_ptr_array_add (list, kh_assignment_new (unit, ""));
    }
}

void
kh_import_add_units (KhNode     *node,
                     KhRole      role,
                     GPtrArray  *units,
                     const char *note)
{
  gboolean lead = role == KH_ROLE_LEAD;
  g_autoptr(GPtrArray) list = kh_assignment_list_copy (lead ? kh_node_get_leads (node)
                                                            : kh_node_get_cooperating (node));
  g_autofree char *joined = join_notes (lead ? kh_node_get_lead_note (node)
                                             : kh_node_get_cooperate_note (node), note);

  add_units (list, units);
  if (lead)
    {
      kh_node_set_leads (node, list);
      kh_node_set_lead_note (node, joined);
    }
  else
    {
      kh_node_set_cooperating (node, list);
      kh_node_set_cooperate_note (node, joined);
    }
}

static void
add_unit_text (KhImportContext *ctx,
               KhNode          *node,
               const char      *text,
               gboolean         lead,
               guint            line)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autofree char *note = NULL;

  kh_import_units_parse (ctx, text, line, &units, &note);
  kh_import_add_units (node, lead ? KH_ROLE_LEAD : KH_ROLE_COOPERATE, units, note);
}

/* "Sở A chủ trì, phối hợp với Sở B" → A leads, B cooperates; "A phối hợp
 * B" likewise; anything else: whoever it names carries the task out, so
 * leads it. */
static void
apply_executor (KhImportContext *ctx,
                KhNode          *node,
                const char      *value,
                guint            line)
{
  g_autoptr(GArray) words = kh_import_words (value);
  guint lead_at = G_MAXUINT, cooperate_at = G_MAXUINT, cooperate_len = 0;
  g_autofree char *lead_part = NULL;

  for (guint i = 0; i < words->len; i++)
    {
      if (lead_at == G_MAXUINT && cooperate_at == G_MAXUINT && i > 0
          && kh_import_words_match (words, i, "chu tri"))
        lead_at = i;
      else if (cooperate_at == G_MAXUINT && kh_import_words_match (words, i, "phoi hop"))
        {
          cooperate_at = i;
          cooperate_len = kh_import_words_match (words, i, "phoi hop voi") ? 3 : 2;
        }
    }

  if (lead_at == G_MAXUINT && (cooperate_at == G_MAXUINT || cooperate_at == 0))
    {
      add_unit_text (ctx, node, value, TRUE, line);
      return;
    }

  if (lead_at != G_MAXUINT)
    lead_part = g_strndup (value, g_array_index (words, KhImportWord, lead_at).start);
  else
    lead_part = g_strndup (value, g_array_index (words, KhImportWord, cooperate_at).start);
  add_unit_text (ctx, node, lead_part, TRUE, line);

  if (cooperate_at != G_MAXUINT && cooperate_at + cooperate_len < words->len)
    add_unit_text (ctx, node,
                   value + g_array_index (words, KhImportWord, cooperate_at + cooperate_len - 1).end,
                   FALSE, line);
}

/* Other fields ------------------------------------------------------------- */

static void
append_text (KhNode *node, const char *property, const char *value)
{
  g_autofree char *old = NULL;
  g_autofree char *joined = NULL;

  g_object_get (node, property, &old, NULL);
  joined = join_notes (old, value);
  g_object_set (node, property, joined, NULL);
}

/* "02 ngày, Quý II năm 2018": how long, then when.  Returns the end of
 * the duration (0: none) and in *@when where the timeline starts, or NULL
 * when the value says only how long ("02 ngày"). */
static gsize
split_duration (const char *value, const char **when)
{
  g_autoptr(GArray) words = kh_import_words (value);
  const char *after;

  *when = value;
  if (words->len < 2
      || !g_ascii_isdigit (g_array_index (words, KhImportWord, 0).folded[0])
      || !(kh_import_words_match (words, 1, "ngay") || kh_import_words_match (words, 1, "tuan")
           || kh_import_words_match (words, 1, "buoi") || kh_import_words_match (words, 1, "gio")
           || kh_import_words_match (words, 1, "thang")))
    return 0;
  after = value + g_array_index (words, KhImportWord, 1).end;
  if (words->len == 2 && strspn (after, " .;") == strlen (after))
    {
      *when = NULL;
      return (gsize) (after - value);
    }
  while (*after == ' ')
    after++;
  if (*after != ',' && *after != ';')
    return 0;
  for (*when = after + 1; **when == ' '; (*when)++)
    ;
  return (gsize) (after - value);
}

static void
apply_timeline (KhImportContext *ctx,
                KhNode          *node,
                const char      *value,
                guint            line)
{
  const char *when;
  gsize duration_end = split_duration (value, &when);
  g_autoptr(KhTimeline) timeline = NULL;

  if (duration_end > 0)
    {
      g_autofree char *duration = g_strndup (value, duration_end);

      append_text (node, "duration", g_strchomp (duration));
    }
  if (when == NULL)
    return;
  value = when;
  timeline = kh_timeline_parse (value);
  if (timeline == NULL)
    return;
  if (kh_node_get_timeline (node) != NULL)
    {
      g_autofree char *clean = kh_import_clean_value (value);

      append_text (node, "notes", clean);
      kh_import_note (ctx, line, node, KH_IMPORT_NOTE_WARNING,
                      _("The task has a second timeline; it was kept in its notes"));
      return;
    }
  kh_node_set_timeline (node, timeline);
  if (timeline->kind == KH_TIMELINE_TEXT)
    kh_import_note (ctx, line, node, KH_IMPORT_NOTE_INFO,
                    _("Timeline “%s” was kept as text"), timeline->text);
}

/* "200 triệu đồng" → 200000000; the rest of the phrase, if any, is the
 * source. */
static void
apply_budget (KhNode *node, const char *value)
{
  static GRegex *amount_slot;
  GRegex *amount = kh_import_regex (&amount_slot,
                                    "^([0-9][0-9.,]*)\\s*(trieu|ty|nghin|ngan)?\\s*(dong|vnd|d)\\b");
  g_autofree char *folded = kh_text_fold (value);
  g_autoptr(GMatchInfo) info = NULL;

  if (g_regex_match (amount, folded, 0, &info))
    {
      g_autofree char *digits = g_match_info_fetch (info, 1);
      g_autofree char *scale = g_match_info_fetch (info, 2);
      g_autofree char *plain = g_strdelimit (g_strdup (digits), ".,", ' ');
      GString *number = g_string_new (NULL);
      gint64 amount_value;
      int end;

      for (const char *p = plain; *p; p++)
        if (g_ascii_isdigit (*p))
          g_string_append_c (number, *p);
      amount_value = g_ascii_strtoll (number->str, NULL, 10);
      g_string_free (number, TRUE);
      if (g_str_equal (scale, "trieu"))
        amount_value *= 1000000;
      else if (g_str_equal (scale, "ty"))
        amount_value *= 1000000000;
      else if (*scale)
        amount_value *= 1000;
      kh_node_set_budget_amount (node, amount_value);
      g_match_info_fetch_pos (info, 0, NULL, &end);
      if ((gsize) end >= strlen (folded) - (folded[strlen (folded) - 1] == '.' ? 1 : 0))
        return;
    }
  append_text (node, "budget-source", value);
}

void
kh_import_field_apply (KhImportContext *ctx,
                       KhNode          *node,
                       KhImportField    field,
                       const char      *value,
                       guint            line)
{
  g_autofree char *clean = kh_import_clean_value (value);

  ctx->fields++;
  switch (field)
    {
    case KH_FIELD_LEAD:
      add_unit_text (ctx, node, clean, TRUE, line);
      break;
    case KH_FIELD_COOPERATE:
      add_unit_text (ctx, node, clean, FALSE, line);
      break;
    case KH_FIELD_EXECUTOR:
      apply_executor (ctx, node, clean, line);
      break;
    case KH_FIELD_TIMELINE:
      apply_timeline (ctx, node, value, line);
      break;
    case KH_FIELD_PARTICIPANTS:
      append_text (node, "participants", clean);
      break;
    case KH_FIELD_QUANTITY:
      append_text (node, "quantity", clean);
      break;
    case KH_FIELD_DURATION:
      append_text (node, "duration", clean);
      break;
    case KH_FIELD_CONTENT:
      {
        g_autofree char *text = kh_text_squeeze (value);

        kh_import_body_append (ctx, node, text);
      }
      break;
    case KH_FIELD_PRODUCTS:
      append_text (node, "products", clean);
      break;
    case KH_FIELD_BUDGET:
      apply_budget (node, clean);
      break;
    case KH_FIELD_NOTES:
      append_text (node, "notes", clean);
      break;
    case KH_FIELD_NONE:
    default:
      break;
    }
}

gboolean
kh_import_field_scoped_lead (KhImportContext *ctx,
                             KhNode          *node,
                             const char      *text,
                             guint            line)
{
  const char *colon = strchr (text, ':');
  g_autofree char *name = NULL;
  g_autofree char *scope = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autofree char *note = NULL;
  g_autoptr(GPtrArray) leads = NULL;
  KhUnit *unit;
  int at;

  if (colon == NULL || colon == text)
    return FALSE;
  name = g_strndup (text, (gsize) (colon - text));
  kh_import_units_parse (ctx, name, line, &units, &note);
  if (units->len != 1 || *note != '\0')
    return FALSE;

  unit = g_ptr_array_index (units, 0);
  scope = kh_text_squeeze (colon + 1);
  leads = kh_assignment_list_copy (kh_node_get_leads (node));
  at = kh_assignment_list_find (leads, unit);
  if (at < 0)
    g_ptr_array_add (leads, kh_assignment_new (unit, scope));
  else
    {
      KhAssignment *assignment = g_ptr_array_index (leads, at);
      char *joined = join_notes (assignment->scope, scope);

      g_free (assignment->scope);
      assignment->scope = joined;
    }
  kh_node_set_leads (node, leads);
  return TRUE;
}

gsize
kh_import_label_end (const char *text)
{
  static GRegex *number_slot;
  GRegex *number = kh_import_regex (&number_slot, "^S\\S{0,2}\\s*:\\s*");
  g_autoptr(GMatchInfo) info = NULL;
  gsize value;
  int end;

  if (kh_import_field_parse (text, &value) != KH_FIELD_NONE)
    return value;
  if ((value = kh_import_recipients_label (text)) > 0)
    return value;
  if (g_regex_match (number, text, 0, &info))
    {
      g_match_info_fetch_pos (info, 0, NULL, &end);
      return (gsize) end;
    }
  return 0;
}
