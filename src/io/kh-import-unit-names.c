/* kh-import-unit-names.c — what the importer knows of unit names: their
 * head words ("Sở", "Báo", "UBND") and the group each suggests, the words
 * that end a name in running text, OCR's "S&" for "Sở"; and the one place
 * that finds or creates the unit of the plan a name means.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-import-private.h"
#include "kh-text.h"
#include "kh-unit-match.h"

/* Head words, folded, with the group a unit of that kind belongs to.
 * Longer heads first. */
typedef struct {
  const char *head;
  const char *group;
} Head;

/* Group names are plan data in the document's language, as in data/units,
 * not interface text: they are not translated. */
#define GROUP_DEPARTMENTS "Sở, ban, ngành"
#define GROUP_PRESS       "Cơ quan báo chí"
#define GROUP_PEOPLES     "UBND cấp huyện/xã"
#define GROUP_ARMED       "Lực lượng vũ trang"
#define GROUP_UNIONS      "Đoàn thể, hội"
#define GROUP_PARTY       "Cơ quan Đảng"
#define GROUP_ELECTED     "Cơ quan dân cử"
#define GROUP_SERVICES    "Đơn vị sự nghiệp"

static const Head heads[] = {
  { "uy ban mat tran", GROUP_UNIONS },
  { "uy ban nhan dan", GROUP_PEOPLES },
  { "ubmttq", GROUP_UNIONS },
  { "mttq", GROUP_UNIONS },
  { "ubnd", GROUP_PEOPLES },
  { "hoi dong nhan dan", GROUP_ELECTED },
  { "hdnd", GROUP_ELECTED },
  { "doan dai bieu", GROUP_ELECTED },
  { "mat tran", GROUP_UNIONS },
  { "lien hiep", GROUP_UNIONS },
  { "lien doan", GROUP_UNIONS },
  { "lien minh", GROUP_UNIONS },
  { "tinh doan", GROUP_UNIONS },
  { "thanh doan", GROUP_UNIONS },
  { "huyen doan", GROUP_UNIONS },
  { "doan thanh nien", GROUP_UNIONS },
  { "hoi", GROUP_UNIONS },
  { "cong an", GROUP_ARMED },
  { "bo chi huy", GROUP_ARMED },
  { "bchqs", GROUP_ARMED },
  { "bo doi", GROUP_ARMED },
  { "bo tu lenh", GROUP_ARMED },
  { "quan khu", GROUP_ARMED },
  { "canh sat", GROUP_ARMED },
  { "bao", GROUP_PRESS },
  { "dai", GROUP_PRESS },
  { "tap chi", GROUP_PRESS },
  { "cong thong tin", GROUP_PRESS },
  { "trang thong tin", GROUP_PRESS },
  { "thong tan xa", GROUP_PRESS },
  { "nha xuat ban", GROUP_PRESS },
  { "tinh uy", GROUP_PARTY },
  { "thanh uy", GROUP_PARTY },
  { "huyen uy", GROUP_PARTY },
  { "dang uy", GROUP_PARTY },
  { "trung tam", GROUP_SERVICES },
  { "truong", GROUP_SERVICES },
  { "vien", GROUP_SERVICES },
  { "benh vien", GROUP_SERVICES },
  { "dai hoc", GROUP_SERVICES },
  { "hoc vien", GROUP_SERVICES },
  { "van phong", GROUP_DEPARTMENTS },
  { "so", GROUP_DEPARTMENTS },
  { "ban", GROUP_DEPARTMENTS },
  { "bo", GROUP_DEPARTMENTS },
  { "bql", GROUP_DEPARTMENTS },
  { "vp", GROUP_DEPARTMENTS },
  { "thanh tra", GROUP_DEPARTMENTS },
  { "tong cuc", GROUP_DEPARTMENTS },
  { "chi cuc", GROUP_DEPARTMENTS },
  { "cuc", GROUP_DEPARTMENTS },
  { "kho bac", GROUP_DEPARTMENTS },
  { "ngan hang", GROUP_DEPARTMENTS },
  { "hai quan", GROUP_DEPARTMENTS },
  { "bao hiem", GROUP_DEPARTMENTS },
  { "buu dien", GROUP_DEPARTMENTS },
  { "toa an", GROUP_DEPARTMENTS },
  { "vien kiem sat", GROUP_DEPARTMENTS },
  { "cong ty", GROUP_DEPARTMENTS },
  { "tong cong ty", GROUP_DEPARTMENTS },
  { "phong", GROUP_DEPARTMENTS },
  { "thuong truc", GROUP_DEPARTMENTS },
};

/* Words that end a unit's name in running text: what it does next. */
const char * const kh_import_verb_words[] = {
  "trong", "de", "ve", "nham", "theo", "tai", "cho", "voi", "giup", "gui",
  "duoc", "da", "se", "phai", "lap", "trinh", "khi", "thuc hien", "to chuc",
  "trien khai", "xay dung", "cung cap", "quan ly", "huong dan", "dinh huong", "tham muu",
  "theo doi", "giam sat", "tuyen truyen", "phoi hop", "chu tri", "tiep tuc", "chu dong",
  "kiem tra", "bao cao", "de xuat", "tong hop", "van hanh", "dam bao", "tang cuong",
  "day manh", "nghien cuu", "bien soan", "phat hanh", "chi dao", "khao sat", "xu ly",
  "dau tranh", "phan bac", "hoan thanh", "ra soat", "danh gia", "tiep nhan", "ho tro",
  "tham gia", "thong bao", "cap nhat", "quang ba", "gioi thieu", "phat song", "xuat ban",
  "bao dam", "nang cao", "day manh", "san xuat", "to chuc", NULL,
};

/* Level words: "UBND các huyện, thành phố, thị xã". */
const char * const kh_import_level_words[] = {
  "thanh pho", "thi xa", "thi tran", "huyen", "quan", "xa", "phuong", "tinh", NULL,
};

/* Heads ------------------------------------------------------------------- */

/* The head of @folded (a unit name), or NULL. */
static const Head *
head_of (const char *folded)
{
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      gsize n = strlen (heads[i].head);

      if (strncmp (folded, heads[i].head, n) == 0 && (folded[n] == ' ' || folded[n] == '\0'))
        return &heads[i];
    }
  return NULL;
}

/* "S& Thong tin", "S¢ …", "S6 …": OCR's "Sở". */
gboolean
kh_import_ocr_so (const char *text)
{
  gunichar second;
  const char *p;

  if (text[0] != 'S')
    return FALSE;
  p = g_utf8_next_char (text);
  if (*p == '\0')
    return FALSE;
  if (*p == ' ')
    return kh_import_starts_upper (p);
  second = g_utf8_get_char (p);
  p = g_utf8_next_char (p);
  return *p == ' ' && !g_unichar_isalpha (second) && kh_import_starts_upper (p);
}

/* "S& Thong tin …" as "Sở Thong tin …": the head OCR garbles most. */
char *
kh_import_unit_repair (const char *name)
{
  if (kh_import_ocr_so (name))
    return g_strconcat ("Sở", strchr (name, ' '), NULL);
  return g_strdup (name);
}

/* The head of @text when it names a unit the way names start: capitalised
 * head word ("Sở", "Ban", "UBND"), OCR'd "S&" too. */
gboolean
kh_import_unit_head (const char *text)
{
  g_autofree char *folded = NULL;

  if (kh_import_ocr_so (text))
    return TRUE;
  if (!kh_import_starts_upper (text))
    return FALSE;
  folded = kh_text_fold (text);
  return head_of (folded) != NULL;
}

const char *
kh_import_unit_group (const char *name)
{
  g_autofree char *folded = kh_text_fold (name);
  const Head *head;

  if (strstr (folded, "tinh uy") || strstr (folded, "thanh uy") || strstr (folded, "huyen uy")
      || strstr (folded, "dang uy"))
    return GROUP_PARTY;
  if (strstr (folded, "bao chi"))
    return GROUP_PRESS;
  if (g_str_has_prefix (folded, "cac "))
    return strstr (folded, "uy ban") || strstr (folded, "ubnd") ? GROUP_PEOPLES : GROUP_DEPARTMENTS;
  head = kh_import_ocr_so (name) ? head_of ("so") : head_of (folded);
  return head ? head->group : "";
}

/* How many words of @words from @i make a phrase of @list, exactly (0:
 * none): running text has short words that OCR tolerance would confuse. */
guint
kh_import_phrase_at (GArray *words, guint i, const char * const *list)
{
  for (guint k = 0; list[k]; k++)
    {
      g_auto(GStrv) parts = g_strsplit (list[k], " ", -1);
      guint n = g_strv_length (parts), j = 0;

      while (j < n && i + j < words->len
             && g_str_equal (g_array_index (words, KhImportWord, i + j).folded, parts[j]))
        j++;
      if (j == n)
        return n;
    }
  return 0;
}

/* "các", also as OCR writes it ("céc", "c4c", "cic"), but not "cục". */
gboolean
kh_import_is_cac (const char *folded_word)
{
  return strlen (folded_word) == 3 && folded_word[0] == 'c' && folded_word[2] == 'c'
      && folded_word[1] != 'u' && folded_word[1] != 'o';
}

gboolean
kh_import_starts_remainder (const char *text)
{
  g_autoptr(GArray) words = kh_import_words (text);
  const char *first;

  if (words->len < 2)
    return FALSE;
  first = g_array_index (words, KhImportWord, 0).folded;
  return kh_import_is_cac (first) || g_str_equal (first, "nhung");
}

/* Lookup ------------------------------------------------------------------ */

/* Past this many units, a name is only matched when written the same
 * way: matching compares a name with every unit, and a text naming
 * thousands of units (no plan does) must not take hours. */
#define MATCH_LIMIT 400

KhUnit *
kh_import_unit_find (KhImportContext *ctx,
                     const char      *name,
                     gboolean         tolerant)
{
  GListModel *units = kh_plan_get_units (ctx->plan);
  g_autofree char *key = kh_unit_match_key (name);
  KhUnit *unit = g_hash_table_lookup (ctx->unit_keys, key);

  if (unit != NULL || *key == '\0')
    return unit;
  if (g_list_model_get_n_items (units) >= MATCH_LIMIT)
    {
      if (!ctx->match_limited)
        kh_import_note (ctx, 0, NULL, KH_IMPORT_NOTE_WARNING,
                        _("The text names more than %d units; past that, names are only taken for the same unit when written the same way"),
                        MATCH_LIMIT);
      ctx->match_limited = TRUE;
      return NULL;
    }
  /* Names a letter apart are other units ("Sở Nội vụ", "Sở Ngoại vụ")
   * unless the text is a scan, where a letter apart is OCR. */
  unit = tolerant && ctx->scanned ? kh_unit_match_tolerant (units, name) : kh_unit_match (units, name);
  if (unit != NULL)
    g_hash_table_insert (ctx->unit_keys, g_steal_pointer (&key), unit);
  return unit;
}

/* A name that OCR garbled: a lone letter with a digit or symbol ("S&",
 * "x4"), or digits inside a word. */
static gboolean
looks_garbled (const char *name)
{
  static GRegex *garbled_slot;
  GRegex *garbled = kh_import_regex (&garbled_slot,
                                     "(?:^|\\s)\\p{L}[0-9&¢@$]+(?:\\s|$)|\\p{L}[0-9]+\\p{L}|[¢§©®]");

  return g_regex_match (garbled, name, 0, NULL);
}

KhUnit *
kh_import_unit_lookup (KhImportContext *ctx,
                       const char      *name,
                       guint            line)
{
  g_autofree char *clean = kh_import_clean_value (name);
  g_autoptr(KhUnit) created = NULL;
  g_autofree char *id = NULL;
  KhUnit *unit;

  /* "S& Thong tin …": the head OCR garbled most, put right. */
  if (kh_import_ocr_so (clean))
    {
      char *fixed = kh_import_unit_repair (clean);

      g_free (clean);
      clean = fixed;
    }

  unit = kh_import_unit_find (ctx, clean, TRUE);
  if (unit != NULL)
    {
      g_autofree char *key = kh_unit_match_key (clean);
      g_autofree char *unit_key = kh_unit_match_key (kh_unit_get_name (unit));

      if (!kh_text_fold_equal (kh_unit_get_short_name (unit), clean)
          && !g_str_equal (key, unit_key))
        kh_import_note (ctx, line, NULL, KH_IMPORT_NOTE_INFO,
                        /* TRANSLATORS: a unit name as written, then the unit it was taken for */
                        _("“%s” was taken for the unit “%s”"), clean, kh_unit_get_name (unit));
      return unit;
    }

  id = kh_plan_new_unit_id (ctx->plan, clean);
  created = kh_unit_new (id, clean, "", kh_import_unit_group (clean));
  kh_plan_insert_unit (ctx->plan, g_list_model_get_n_items (kh_plan_get_units (ctx->plan)), created);
  g_hash_table_insert (ctx->unit_keys, kh_unit_match_key (clean), created);
  if (looks_garbled (clean))
    kh_import_note (ctx, line, NULL, KH_IMPORT_NOTE_WARNING,
                    _("The unit “%s” was created from text that looks garbled; check its name"),
                    clean);
  return created;
}

void
kh_import_units_add (GPtrArray *units, KhUnit *unit)
{
  if (!g_ptr_array_find (units, unit, NULL))
    g_ptr_array_add (units, unit);
}

