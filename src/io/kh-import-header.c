/* kh-import-header.c — the document header of Decree 30/2020/NĐ-CP:
 *
 *   CƠ QUAN CHỦ QUẢN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *   CƠ QUAN BAN HÀNH                  Độc lập - Tự do - Hạnh phúc
 *   Số: 44/KH-UBND                Hà Tĩnh, ngày 07 tháng 02 năm 2018
 *                           KẾ HOẠCH
 *             Công tác thông tin đối ngoại năm 2018
 *
 * Text from a scan puts both columns on one line; text from Word puts them
 * one under the other, or elsewhere (text boxes come last).  So each piece
 * is recognised by what it says, not by where it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-import-private.h"
#include "kh-text.h"

/* The national motto, as folded text, OCR-tolerant: printed by every
 * document, so understood and not kept. */
static const char motto_pattern[] =
  "c\\S{0,2}ng h\\S{1,3} x\\S{1,2} h\\S{1,3} ch\\S{1,2} ngh\\S{1,3} vi\\S{1,2}t nam"
  "|\\S{1,3}c l\\S{1,2}p\\s*[-–—]\\s*t\\S{0,2} do\\s*[-–—]\\s*h\\S{1,3}nh ph\\S{1,3}c";

static gboolean remove_motto (char **text);

char *
kh_import_strip_motto (const char *line)
{
  char *text = g_strdup (line);

  remove_motto (&text);
  return text;
}

/* Removes the motto from @text (both columns may share the line); TRUE
 * when there was one. */
static gboolean
remove_motto (char **text)
{
  static GRegex *motto_slot;
  GRegex *motto = kh_import_regex (&motto_slot, motto_pattern);
  g_autoptr(GArray) starts = NULL;
  g_autoptr(GArray) ends = NULL;
  g_autofree char *folded = kh_import_fold_map (*text, &starts, &ends);
  g_autoptr(GMatchInfo) info = NULL;
  GString *out;
  gsize done = 0;
  gboolean found = FALSE;

  out = g_string_new (NULL);
  g_regex_match (motto, folded, 0, &info);
  while (g_match_info_matches (info))
    {
      int fs, fe;

      g_match_info_fetch_pos (info, 0, &fs, &fe);
      if (fe > fs)
        {
          gsize start = g_array_index (starts, gsize, fs);
          gsize end = g_array_index (ends, gsize, fe - 1);

          g_string_append_len (out, *text + done, (gssize) (start - done));
          g_string_append_c (out, ' ');
          done = end;
          found = TRUE;
        }
      g_match_info_next (info, NULL);
    }
  g_string_append (out, *text + done);
  if (found)
    {
      g_free (*text);
      *text = kh_text_squeeze (out->str);
    }
  g_string_free (out, TRUE);
  return found;
}

/* Level words of a local authority, folded, and as written in a short
 * name ("UBND tỉnh"). */
static const char * const levels[][2] = {
  { "thanh pho", "thành phố" }, { "thi xa", "thị xã" }, { "thi tran", "thị trấn" },
  { "tinh", "tỉnh" }, { "huyen", "huyện" }, { "quan", "quận" }, { "xa", "xã" },
  { "phuong", "phường" },
};

static const char *
level_at (const char *folded)
{
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      gsize n = strlen (levels[i][0]);

      if (strncmp (folded, levels[i][0], n) == 0 && (folded[n] == ' ' || folded[n] == '\0'))
        return levels[i][1];
    }
  return NULL;
}

static void
set_if_empty (KhPlan *plan, const char *property, const char *value)
{
  if (value != NULL && *value && *kh_plan_get_string (plan, property) == '\0')
    kh_plan_set_string (plan, property, value);
}

/* "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH" → "UBND tỉnh". */
static void
set_issuer_name (KhImportContext *ctx, const char *name)
{
  g_autofree char *upper = g_utf8_strup (name, -1);
  g_autofree char *folded = kh_text_fold (name);
  const char *level;

  set_if_empty (ctx->plan, "issuer-name", upper);
  if (g_str_has_prefix (folded, "uy ban nhan dan ")
      && (level = level_at (folded + strlen ("uy ban nhan dan "))) != NULL)
    {
      g_autofree char *short_name = g_strconcat ("UBND ", level, NULL);

      set_if_empty (ctx->plan, "issuer-short", short_name);
    }
}

/* The agency lines: one name (its second line starting with a level word,
 * "ỦY BAN NHÂN DÂN / TỈNH HÀ TĨNH"), or the parent agency above it. */
static void
set_issuer (KhImportContext *ctx, GPtrArray *names)
{
  g_autofree char *last_folded = NULL;
  g_autofree char *name = NULL;
  guint n = names->len, name_from;

  if (n == 0)
    return;
  last_folded = kh_text_fold (g_ptr_array_index (names, n - 1));
  name_from = n >= 2 && level_at (last_folded) != NULL ? n - 2 : n - 1;

  if (name_from > 0)
    {
      g_autoptr(GPtrArray) parent = g_ptr_array_new ();
      g_autofree char *joined = NULL;
      g_autofree char *upper = NULL;

      for (guint i = 0; i < name_from; i++)
        g_ptr_array_add (parent, g_ptr_array_index (names, i));
      g_ptr_array_add (parent, NULL);
      joined = g_strjoinv (" ", (char **) parent->pdata);
      upper = g_utf8_strup (joined, -1);
      set_if_empty (ctx->plan, "issuer-parent", upper);
    }
  name = name_from + 1 < n
         ? g_strconcat (g_ptr_array_index (names, name_from), " ", g_ptr_array_index (names, name_from + 1), NULL)
         : g_strdup (g_ptr_array_index (names, name_from));
  set_issuer_name (ctx, name);
}

/* A match of @pattern (on folded text) mapped back to @text: group @group. */
static char *
fetch_original (GMatchInfo *info, int group, const char *text, GArray *starts, GArray *ends)
{
  int fs, fe;

  if (!g_match_info_fetch_pos (info, group, &fs, &fe) || fs < 0 || fe <= fs)
    return NULL;
  return g_strndup (text + g_array_index (starts, gsize, fs),
                    g_array_index (ends, gsize, fe - 1) - g_array_index (starts, gsize, fs));
}

static int
fetch_int (GMatchInfo *info, int group)
{
  g_autofree char *digits = g_match_info_fetch (info, group);

  return digits && *digits ? (int) g_ascii_strtoll (digits, NULL, 10) : 0;
}

gboolean
kh_import_header_number_date (KhImportContext *ctx,
                              const char      *text)
{
  static GRegex *number_slot, *long_date_slot, *short_date_slot, *of_slot;
  GRegex *number = kh_import_regex (&number_slot,
                                    "(?:^|[\\s(])(?:s\\S{0,2}|(?:ke hoach|van ban) so)\\s*:?\\s*([0-9]*\\s*/\\s*[^\\s,;)]+)");
  GRegex *long_date = kh_import_regex (&long_date_slot,
                                       "(?:,\\s*)?ngay\\s*([0-9]{0,2})\\s*thang\\s*([0-9]{0,2})\\s*n\\S{1,2}m\\s*([0-9]{4})");
  GRegex *short_date = kh_import_regex (&short_date_slot,
                                        "(?:,\\s*)?ngay\\s*([0-9]{1,2})\\s*[/.-]\\s*([0-9]{1,2})\\s*[/.-]\\s*([0-9]{4})");
  GRegex *of = kh_import_regex (&of_slot, "\\bkem theo\\b.*\\bcua\\s+([^)]+?)\\s*\\)?\\s*$");
  g_autoptr(GArray) starts = NULL;
  g_autoptr(GArray) ends = NULL;
  g_autofree char *folded = kh_import_fold_map (text, &starts, &ends);
  g_autoptr(GMatchInfo) info = NULL;
  gboolean found = FALSE;
  int place_from = 0, date_at = -1;

  if (g_regex_match (number, folded, 0, &info))
    {
      g_autofree char *value = fetch_original (info, 1, text, starts, ends);

      if (value != NULL)
        {
          GString *compact = g_string_new (NULL);

          /* "267 / KH-UBND" as "267/KH-UBND". */
          for (const char *p = value; *p; p++)
            if (!g_ascii_isspace (*p))
              g_string_append_c (compact, *p);
          set_if_empty (ctx->plan, "number", compact->str);
          g_string_free (compact, TRUE);
          g_match_info_fetch_pos (info, 0, NULL, &place_from);
          found = TRUE;
        }
    }
  g_clear_pointer (&info, g_match_info_free);

  if (!g_regex_match (long_date, folded, 0, &info))
    {
      g_clear_pointer (&info, g_match_info_free);
      g_regex_match (short_date, folded, 0, &info);
    }
  if (g_match_info_matches (info))
    {
      int day = fetch_int (info, 1), month = fetch_int (info, 2), year = fetch_int (info, 3);

      if (g_date_valid_dmy (day, month, year))
        {
          g_autofree char *iso = g_strdup_printf ("%04d-%02d-%02d", year, month, day);

          set_if_empty (ctx->plan, "date", iso);
        }
      g_match_info_fetch_pos (info, 0, &date_at, NULL);
      found = TRUE;
    }
  g_clear_pointer (&info, g_match_info_free);

  /* The place is what stands before ", ngày" on a header line. */
  if (date_at > place_from && strstr (folded, "kem theo") == NULL)
    {
      g_autofree char *place = g_strndup (text + g_array_index (starts, gsize, place_from),
                                          g_array_index (starts, gsize, date_at)
                                          - g_array_index (starts, gsize, place_from));
      g_autofree char *clean = kh_import_clean_value (place);
      g_autoptr(GArray) words = kh_import_words (clean);

      if (words->len > 0 && words->len <= 6)
        set_if_empty (ctx->plan, "place", clean);
    }

  /* "(Kèm theo Kế hoạch số … của UBND tỉnh)" names the issuer in short. */
  if (g_regex_match (of, folded, 0, &info))
    {
      g_autofree char *issuer = fetch_original (info, 1, text, starts, ends);

      set_if_empty (ctx->plan, "issuer-short", issuer);
    }
  return found;
}

/* "KẾ HOẠCH" (the kind of document), maybe with the title after it on the
 * same line; *@rest is that title. */
static gboolean
is_type_line (const char *text, const char **rest)
{
  g_autoptr(GArray) words = kh_import_words (text);
  const char *second_end;

  if (words->len < 2 || !kh_import_words_match (words, 0, "ke hoach"))
    return FALSE;
  second_end = text + g_array_index (words, KhImportWord, 1).end;
  if (words->len > 2)
    {
      g_autofree char *type = g_strndup (text, (gsize) (second_end - text));

      /* "Kế hoạch này …" is a sentence; "KẾ HOẠCH Công tác …" a heading. */
      if (kh_import_upper_share (type) < 0.9)
        return FALSE;
    }
  while (*second_end && (g_ascii_isspace (*second_end) || *second_end == ':'))
    second_end++;
  *rest = second_end;
  return TRUE;
}

static gboolean
starts_preamble (const char *text)
{
  static const char * const openers[] = {
    "can cu", "thuc hien", "theo", "de", "nham", "xet", "trien khai", "uy ban", "nhu cau", NULL,
  };
  g_autoptr(GArray) words = kh_import_words (text);

  if (!kh_import_starts_upper (text))
    return FALSE;
  for (guint i = 0; openers[i]; i++)
    if (kh_import_words_match (words, 0, openers[i]) > 0)
      return TRUE;
  return FALSE;
}

/* The title: the lines after "KẾ HOẠCH" up to a gap or the preamble. */
static guint
read_title (KhImportContext *ctx, GPtrArray *lines, guint i, const char *rest)
{
  GString *title = g_string_new (rest);
  guint title_lines = *rest ? 1 : 0;

  for (i++; i < lines->len; i++)
    {
      KhImportLine *line = g_ptr_array_index (lines, i);

      if (line->kind == KH_LINE_BLANK || line->kind == KH_LINE_LAYOUT)
        {
          if (line->kind == KH_LINE_LAYOUT)
            kh_import_mark_layout (ctx, line->number);
          if (title_lines > 0)
            break;
          continue;
        }
      if (line->kind != KH_LINE_TEXT || line->mark.kind != KH_MARK_NONE || title_lines >= 6
          || (title_lines > 0 && starts_preamble (line->text)))
        break;
      if (title->len > 0)
        g_string_append_c (title, ' ');
      g_string_append (title, line->text);
      title_lines++;
    }

  if (title->len > 0)
    {
      g_autofree char *squeezed = kh_text_squeeze (title->str);

      kh_plan_set_string (ctx->plan, "title", squeezed);
    }
  g_string_free (title, TRUE);
  return i;
}

/* An agency line: mostly capitals, short, no sentence. */
static gboolean
is_agency_line (const char *text)
{
  g_autoptr(GArray) words = kh_import_words (text);

  return words->len > 0 && words->len <= 14 && kh_import_upper_share (text) >= 0.7
      && !kh_import_ends_sentence (text);
}

guint
kh_import_header_read (KhImportContext *ctx,
                       GPtrArray       *lines)
{
  g_autoptr(GPtrArray) agency = g_ptr_array_new_with_free_func (g_free);
  guint i;

  for (i = 0; i < lines->len; i++)
    {
      KhImportLine *line = g_ptr_array_index (lines, i);
      g_autofree char *text = NULL;
      const char *rest = NULL;
      gboolean motto;

      if (line->kind == KH_LINE_BLANK)
        continue;
      if (line->kind == KH_LINE_LAYOUT)
        {
          kh_import_mark_layout (ctx, line->number);
          continue;
        }
      if (line->kind != KH_LINE_TEXT || line->mark.kind != KH_MARK_NONE)
        break;

      text = g_strdup (line->text);
      motto = remove_motto (&text);
      if (*text == '\0')
        {
          kh_import_mark_layout (ctx, line->number);
          continue;
        }
      if (is_type_line (text, &rest))
        {
          i = read_title (ctx, lines, i, rest);
          break;
        }
      if (kh_import_header_number_date (ctx, text))
        continue;
      if (is_agency_line (text))
        {
          g_ptr_array_add (agency, g_steal_pointer (&text));
          continue;
        }
      if (motto)
        {
          /* Whatever shares the motto's line is kept in the preamble. */
          kh_import_note (ctx, line->number, NULL, KH_IMPORT_NOTE_WARNING,
                          _("Text beside the national motto was not understood; it was kept in the preamble"));
          kh_plan_set_string (ctx->plan, "preamble", text);
          continue;
        }
      break;
    }

  set_issuer (ctx, agency);
  return i;
}

gboolean
kh_import_header_line (KhImportContext *ctx,
                       KhImportLine    *line)
{
  g_autofree char *text = g_strdup (line->text);
  g_autofree char *folded = NULL;
  static const char * const agencies[] = {
    "uy ban", "ubnd", "so ", "ban ", "bo ", "hoi dong", "van phong", "tinh uy", "huyen uy", NULL,
  };

  if (line->kind != KH_LINE_TEXT || line->mark.kind != KH_MARK_NONE)
    return FALSE;
  if (remove_motto (&text) && *text == '\0')
    {
      kh_import_mark_layout (ctx, line->number);
      return TRUE;
    }
  folded = kh_text_fold (text);
  if (is_agency_line (text) && *kh_plan_get_string (ctx->plan, "issuer-name") == '\0')
    for (guint i = 0; agencies[i]; i++)
      if (g_str_has_prefix (folded, agencies[i]))
        {
          set_issuer_name (ctx, text);
          return TRUE;
        }
  return FALSE;
}

/* The year most timelines of the plan name, or 0. */
static int
timelines_year (KhPlan *plan)
{
  g_autoptr(GPtrArray) nodes = kh_plan_collect_nodes (plan);
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  int best = 0;
  guint best_count = 0;

  for (guint i = 0; i < nodes->len; i++)
    {
      const KhTimeline *t = kh_node_get_timeline (g_ptr_array_index (nodes, i));
      guint count;

      if (t == NULL || t->year == 0)
        continue;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (t->year))) + 1;
      g_hash_table_insert (counts, GINT_TO_POINTER (t->year), GUINT_TO_POINTER (count));
      if (count > best_count)
        {
          best = t->year;
          best_count = count;
        }
    }
  return best;
}

void
kh_import_header_finish (KhImportContext *ctx)
{
  KhPlan *plan = ctx->plan;
  const char *date = kh_plan_get_date (plan);
  int year = kh_import_title_year (kh_plan_get_title (plan));

  if (year == 0 && *date)
    year = (int) g_ascii_strtoll (date, NULL, 10);
  if (year == 0)
    year = timelines_year (plan);
  if (year < 1900 || year > 2200)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      year = g_date_time_get_year (now);
      kh_import_note (ctx, 0, NULL, KH_IMPORT_NOTE_WARNING,
                      _("The plan year was found nowhere; it was set to %d"), year);
    }
  kh_plan_set_year (plan, year);

  if (*kh_plan_get_title (plan) == '\0')
    kh_import_note (ctx, 0, NULL, KH_IMPORT_NOTE_WARNING,
                    _("No “KẾ HOẠCH” heading with a title was found; the plan has no title"));
}
