/* kh-import-units.c — lists of units as plans write them, split into the
 * units of the plan's one unit list.
 *
 * A list is cut at commas and semicolons, and at "và" where what follows
 * is another unit or a remainder ("Sở Kế hoạch và Đầu tư" stays whole,
 * "Sở Ngoại vụ và các cơ quan liên quan" does not).  A piece that starts in
 * lower case carries on the piece before ("UBND các huyện, thành phố, thị
 * xã").  "Các Sở: A, B" and "UBND các huyện A, B" give their head to each
 * name.  A piece that starts with a unit's head word ("Sở", "Báo", "UBND")
 * is a unit; "các cơ quan, đơn vị liên quan" and the like are kept as the
 * free-text note of the list.
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
static const char * const verb_words[] = {
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
static const char * const level_words[] = {
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
static gboolean
ocr_so (const char *text)
{
  gunichar second;
  const char *p;

  if (text[0] != 'S')
    return FALSE;
  p = g_utf8_next_char (text);
  if (*p == ' ')
    return kh_import_starts_upper (p);
  second = g_utf8_get_char (p);
  p = g_utf8_next_char (p);
  return *p == ' ' && !g_unichar_isalpha (second) && kh_import_starts_upper (p);
}

/* "S& Thong tin …" as "Sở Thong tin …": the head OCR garbles most. */
static char *
repair_head (const char *name)
{
  if (ocr_so (name))
    return g_strconcat ("Sở", strchr (name, ' '), NULL);
  return g_strdup (name);
}

/* The head of @text when it names a unit the way names start: capitalised
 * head word ("Sở", "Ban", "UBND"), OCR'd "S&" too. */
static const Head *
unit_head (const char *text)
{
  g_autofree char *folded = NULL;
  const Head *head;

  if (ocr_so (text))
    return head_of ("so");
  if (!kh_import_starts_upper (text))
    return NULL;
  folded = kh_text_fold (text);
  head = head_of (folded);
  return head;
}

static const char *
group_of (const char *name)
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
  head = ocr_so (name) ? head_of ("so") : head_of (folded);
  return head ? head->group : "";
}

/* How many words of @words from @i make a phrase of @list, exactly (0:
 * none): running text has short words that OCR tolerance would confuse. */
static guint
phrase_at (GArray *words, guint i, const char * const *list)
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

/* Pieces -------------------------------------------------------------------- */

typedef struct {
  char     *text;
  gboolean  unit;
  gboolean  remainder;  /* came after "và các …": whoever else, never a unit */
} Piece;

static void
piece_clear (gpointer data)
{
  g_free (((Piece *) data)->text);
}

static void
add_piece (GArray *pieces, const char *start, gsize len)
{
  g_autofree char *raw = g_strndup (start, len);
  Piece piece = { kh_text_squeeze (raw), FALSE, FALSE };

  /* A stray "và" or "," left at either end by the cuts. */
  if (g_str_has_prefix (piece.text, "và "))
    memmove (piece.text, piece.text + strlen ("và "), strlen (piece.text) - strlen ("và ") + 1);
  g_strchomp (g_strdelimit (piece.text, "\n", ' '));
  if (piece.text[0] == '\0')
    {
      g_free (piece.text);
      return;
    }
  g_array_append_val (pieces, piece);
}

/* Cuts at top-level "," and ";" (not inside brackets or quotes). */
static GArray *
cut_pieces (const char *text)
{
  GArray *pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  const char *start = text;
  int depth = 0;

  g_array_set_clear_func (pieces, piece_clear);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(' || c == '[' || c == 0x201C)
        depth++;
      else if ((c == ')' || c == ']' || c == 0x201D) && depth > 0)
        depth--;
      else if ((c == ',' || c == ';') && depth == 0)
        {
          add_piece (pieces, start, (gsize) (p - start));
          start = p + 1;
        }
    }
  add_piece (pieces, start, strlen (start));
  return pieces;
}

static gboolean is_cac (const char *folded_word);

/* Cuts @text at each "và" that another unit or a remainder follows. */
static void
cut_and (GArray *out, const char *text)
{
  g_autoptr(GArray) words = kh_import_words (text);
  gsize start = 0;
  gboolean remainder = FALSE;

  for (guint i = 1; i + 1 < words->len; i++)
    {
      KhImportWord *w = &g_array_index (words, KhImportWord, i);
      const char *next_word = g_array_index (words, KhImportWord, i + 1).folded;
      const char *next = text + g_array_index (words, KhImportWord, i + 1).start;
      gboolean rest = is_cac (next_word) || g_str_equal (next_word, "nhung");

      if (!g_str_equal (w->folded, "va") || !(rest || unit_head (next) != NULL))
        continue;
      add_piece (out, text + start, w->start - start);
      if (remainder && out->len > 0)
        g_array_index (out, Piece, out->len - 1).remainder = TRUE;
      start = w->end;
      remainder = rest;
    }
  add_piece (out, text + start, strlen (text + start));
  if (remainder && out->len > 0)
    g_array_index (out, Piece, out->len - 1).remainder = TRUE;
}

/* "các", also as OCR writes it ("céc", "c4c", "cic"), but not "cục". */
static gboolean
is_cac (const char *folded_word)
{
  return strlen (folded_word) == 3 && folded_word[0] == 'c' && folded_word[2] == 'c'
      && folded_word[1] != 'u' && folded_word[1] != 'o';
}

static gboolean
is_remainder_start (const char *text)
{
  g_autoptr(GArray) words = kh_import_words (text);
  const char *first;

  if (words->len < 2)
    return FALSE;
  first = g_array_index (words, KhImportWord, 0).folded;
  return is_cac (first) || g_str_equal (first, "nhung");
}

/* A "các …" piece that names a body of units ("Các sở, ban, ngành cấp
 * tỉnh", "Các cơ quan báo chí trong tỉnh", "UBND các huyện") rather than
 * whoever is concerned ("các cơ quan, đơn vị liên quan"). */
static gboolean
is_collective (const char *text)
{
  static const char * const bodies[] = {
    "uy ban", "ubnd", "bao chi", "cap tinh", "cap huyen", "cap xa", "trung uong", NULL,
  };
  g_autofree char *folded = kh_text_fold (text);

  if (strstr (folded, "lien quan"))
    return FALSE;
  for (guint i = 0; bodies[i]; i++)
    if (strstr (folded, bodies[i]))
      return TRUE;
  return FALSE;
}

/* "UBND các huyện Lộc Hà" → "UBND", "huyện", "Lộc Hà" (head, level,
 * name); FALSE when @text is not of that shape. */
static gboolean
split_distributed (const char *text, char **head, char **level, char **name)
{
  g_autoptr(GArray) words = kh_import_words (text);

  for (guint i = 1; i + 2 < words->len; i++)
    {
      guint n;

      if (!g_str_equal (g_array_index (words, KhImportWord, i).folded, "cac"))
        continue;
      n = phrase_at (words, i + 1, level_words);
      if (n == 0 || i + 1 + n >= words->len
          || !kh_import_starts_upper (text + g_array_index (words, KhImportWord, i + 1 + n).start))
        return FALSE;
      *head = g_strndup (text, g_array_index (words, KhImportWord, i).start);
      *level = g_strndup (text + g_array_index (words, KhImportWord, i + 1).start,
                          g_array_index (words, KhImportWord, i + n).end
                          - g_array_index (words, KhImportWord, i + 1).start);
      *name = g_strdup (text + g_array_index (words, KhImportWord, i + 1 + n).start);
      g_strchomp (*head);
      return TRUE;
    }
  return FALSE;
}

/* "Các Sở: Ngoại vụ" → "Sở", "Ngoại vụ". */
static gboolean
split_colon_head (const char *text, char **head, char **name)
{
  const char *colon = strchr (text, ':');
  g_autofree char *left = NULL;
  const char *start;

  if (colon == NULL || colon[1] == '\0')
    return FALSE;
  left = g_strstrip (g_strndup (text, (gsize) (colon - text)));
  start = left;
  if (is_remainder_start (left))
    start = strchr (left, ' ') + 1;
  if (unit_head (start) == NULL && !kh_import_starts_upper (start))
    return FALSE;
  if (g_utf8_strlen (start, -1) > 30)
    return FALSE;
  *head = g_strdup (start);
  *name = g_strstrip (g_strdup (colon + 1));
  /* "Sở" is written "Sở" but said "các Sở": make the head look singular. */
  return TRUE;
}

/* The pieces of @text, each said to be a unit or not. */
static GArray *
split_list (KhImportContext *ctx, const char *text)
{
  g_autoptr(GArray) cut = cut_pieces (text);
  g_autoptr(GArray) anded = g_array_new (FALSE, FALSE, sizeof (Piece));
  GArray *pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_autofree char *dist_head = NULL;
  g_autofree char *dist_level = NULL;

  g_array_set_clear_func (anded, piece_clear);
  g_array_set_clear_func (pieces, piece_clear);
  for (guint i = 0; i < cut->len; i++)
    cut_and (anded, g_array_index (cut, Piece, i).text);

  for (guint i = 0; i < anded->len; i++)
    {
      Piece *piece = &g_array_index (anded, Piece, i);
      Piece *last = pieces->len ? &g_array_index (pieces, Piece, pieces->len - 1) : NULL;
      g_autofree char *head = NULL;
      g_autofree char *level = NULL;
      g_autofree char *name = NULL;
      Piece out = { NULL, FALSE, FALSE };

      /* Names that share the head said once before them. */
      if (dist_head != NULL && kh_import_starts_upper (piece->text)
          && unit_head (piece->text) == NULL && !is_remainder_start (piece->text))
        {
          out.text = dist_level ? g_strconcat (dist_head, " ", dist_level, " ", piece->text, NULL)
                                : g_strconcat (dist_head, " ", piece->text, NULL);
          out.unit = TRUE;
          g_array_append_val (pieces, out);
          continue;
        }
      g_clear_pointer (&dist_head, g_free);
      g_clear_pointer (&dist_level, g_free);

      /* A lower-case piece goes on the one before ("UBND các huyện, thành
       * phố"), and so does "Thể thao và Du lịch" after "Sở Văn hóa": names
       * of several fields are written "A, B và C". */
      if (last != NULL && !is_remainder_start (piece->text) && !piece->remainder
          && (!kh_import_starts_upper (piece->text)
              || (unit_head (last->text) != NULL && unit_head (piece->text) == NULL
                  && strstr (piece->text, " và ") != NULL)))
        {
          char *joined = g_strconcat (last->text, ", ", piece->text, NULL);

          g_free (last->text);
          last->text = joined;
          continue;
        }

      if (split_colon_head (piece->text, &head, &name))
        {
          out.text = g_strconcat (head, " ", name, NULL);
          out.unit = TRUE;
          dist_head = g_steal_pointer (&head);
        }
      else if (split_distributed (piece->text, &head, &level, &name))
        {
          out.text = g_strconcat (head, " ", level, " ", name, NULL);
          out.unit = TRUE;
          dist_head = g_steal_pointer (&head);
          dist_level = g_steal_pointer (&level);
        }
      else
        {
          out.text = g_strdup (piece->text);
          out.remainder = piece->remainder;
        }
      g_array_append_val (pieces, out);
    }

  /* Decide, now that every piece is whole. */
  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = &g_array_index (pieces, Piece, i);

      if (piece->unit || piece->remainder)
        continue;
      if (is_remainder_start (piece->text))
        piece->unit = is_collective (piece->text);
      else
        piece->unit = unit_head (piece->text) != NULL
                      || kh_unit_match (kh_plan_get_units (ctx->plan), piece->text) != NULL;
    }
  return pieces;
}

/* Drops what a list of doers ends with: "… triển khai thực hiện". */
static char *
strip_trailing_verb (const char *text)
{
  g_autofree char *clean = kh_import_clean_value (text);
  g_autoptr(GArray) words = kh_import_words (clean);
  static const char * const tails[] = {
    "trien khai thuc hien", "to chuc thuc hien", "thuc hien", "trien khai", NULL,
  };

  for (guint k = 0; tails[k]; k++)
    {
      g_auto(GStrv) parts = g_strsplit (tails[k], " ", -1);
      guint n = g_strv_length (parts);

      if (words->len > n && kh_import_words_match (words, words->len - n, tails[k]) == n)
        {
          g_autofree char *cut = g_strndup (clean, g_array_index (words, KhImportWord, words->len - n).start);

          return kh_import_clean_value (cut);
        }
    }
  return g_steal_pointer (&clean);
}

/* Lookup ------------------------------------------------------------------ */

/* The one place that decides which unit of the plan a name means. */
static KhUnit *
find_unit (KhImportContext *ctx, const char *name)
{
  return kh_unit_match_tolerant (kh_plan_get_units (ctx->plan), name);
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
  if (ocr_so (clean))
    {
      char *fixed = repair_head (clean);

      g_free (clean);
      clean = fixed;
    }

  unit = find_unit (ctx, clean);
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
  created = kh_unit_new (id, clean, "", group_of (clean));
  kh_plan_insert_unit (ctx->plan, g_list_model_get_n_items (kh_plan_get_units (ctx->plan)), created);
  if (looks_garbled (clean))
    kh_import_note (ctx, line, NULL, KH_IMPORT_NOTE_WARNING,
                    _("The unit “%s” was created from text that looks garbled; check its name"),
                    clean);
  return created;
}

static void
add_unit (GPtrArray *units, KhUnit *unit)
{
  if (!g_ptr_array_find (units, unit, NULL))
    g_ptr_array_add (units, unit);
}

void
kh_import_units_parse (KhImportContext  *ctx,
                       const char       *text,
                       guint             line,
                       GPtrArray       **units,
                       char            **note)
{
  g_autofree char *clean = strip_trailing_verb (text);
  g_autoptr(GArray) pieces = split_list (ctx, clean);
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();

  *units = g_ptr_array_new ();
  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = &g_array_index (pieces, Piece, i);

      if (piece->unit)
        add_unit (*units, kh_import_unit_lookup (ctx, piece->text, line));
      else
        g_ptr_array_add (notes, piece->text);
    }
  g_ptr_array_add (notes, NULL);
  *note = g_strjoinv (", ", (char **) notes->pdata);
}

/* Titles and sentences ------------------------------------------------------ */

/* "Ban Tuyên giáo Tỉnh ủy – Cơ quan thường trực …": the unit, without
 * what it is said to be. */
static char *
without_apposition (const char *title)
{
  static const char * const dashes[] = { " – ", " — ", " - ", NULL };

  for (guint i = 0; dashes[i]; i++)
    {
      const char *at = strstr (title, dashes[i]);
      g_autofree char *after = NULL;

      if (at == NULL)
        continue;
      after = kh_text_fold (at + strlen (dashes[i]));
      if (g_str_has_prefix (after, "co quan ") || g_str_has_prefix (after, "la ")
          || g_str_has_prefix (after, "don vi "))
        return g_strndup (title, (gsize) (at - title));
    }
  return g_strdup (title);
}

GPtrArray *
kh_import_units_title (KhImportContext *ctx,
                       const char      *title,
                       guint            line)
{
  g_autofree char *name = without_apposition (title);
  g_autofree char *clean = kh_import_clean_value (name);
  g_autoptr(GArray) pieces = NULL;
  g_autoptr(GArray) words = kh_import_words (clean);
  GPtrArray *units;

  if (words->len == 0 || words->len > 40)
    return NULL;
  pieces = split_list (ctx, clean);
  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = &g_array_index (pieces, Piece, i);
      g_autoptr(GArray) piece_words = kh_import_words (piece->text);

      if (!piece->unit || piece_words->len > 14)
        return NULL;
    }

  units = g_ptr_array_new ();
  for (guint i = 0; i < pieces->len; i++)
    add_unit (units, kh_import_unit_lookup (ctx, g_array_index (pieces, Piece, i).text, line));
  return units;
}

/* The run of @words from @first (at most @limit) that names a unit of the
 * plan: the longest that matches exactly, else the shortest that matches
 * give or take OCR's errors; its number of words, 0 if none. */
static guint
known_prefix (KhImportContext *ctx, const char *text, GArray *words, guint first,
              guint limit, const char *head)
{
  GListModel *units = kh_plan_get_units (ctx->plan);

  limit = MIN (limit, 14);
  for (int pass = 0; pass < 2; pass++)
    for (guint k = 0; k < limit; k++)
      {
        guint n = pass == 0 ? limit - k : k + 1;
        KhImportWord *from = &g_array_index (words, KhImportWord, first);
        KhImportWord *to = &g_array_index (words, KhImportWord, first + n - 1);
        g_autofree char *name = g_strndup (text + from->start, to->end - from->start);
        g_autofree char *headed = head ? g_strconcat (head, " ", name, NULL) : NULL;
        g_autofree char *repaired = repair_head (headed ? headed : name);

        /* Matching ignores "và": "A và" is no name of A. */
        if (g_str_equal (to->folded, "va") || g_str_equal (from->folded, "va"))
          continue;
        if (pass == 0 ? kh_unit_match (units, repaired) != NULL
                      : n >= 2 && kh_unit_match_tolerant (units, repaired) != NULL)
          return n;
      }
  return 0;
}

GPtrArray *
kh_import_units_leading (KhImportContext *ctx,
                         const char      *text,
                         guint            line,
                         gboolean         create,
                         gsize           *end,
                         char           **rest_note)
{
  g_autoptr(GArray) words = kh_import_words (text);
  g_autoptr(GPtrArray) units = g_ptr_array_new ();
  g_autofree char *dist_head = NULL;
  guint i = 0;

  *end = 0;
  if (rest_note != NULL)
    *rest_note = NULL;
  while (i < words->len)
    {
      KhImportWord *w = &g_array_index (words, KhImportWord, i);
      const char *at = text + w->start;
      guint limit = 0, n;
      g_autofree char *name = NULL;
      gboolean stopped = FALSE;

      /* The words up to the next "," or ";" or the end. */
      while (i + limit < words->len)
        {
          KhImportWord *last = &g_array_index (words, KhImportWord, i + limit);
          const char *after = text + last->end;

          limit++;
          while (*after == ' ')
            after++;
          if (*after == ',' || *after == ';' || *after == ':' || *after == '.')
            break;
        }

      /* "các Sở: Ngoại vụ, …" */
      if (g_str_equal (w->folded, "cac") && limit >= 2
          && text[g_array_index (words, KhImportWord, i + limit - 1).end] == ':')
        {
          KhImportWord *last = &g_array_index (words, KhImportWord, i + limit - 1);

          g_free (dist_head);
          dist_head = g_strndup (text + g_array_index (words, KhImportWord, i + 1).start,
                                 last->end - g_array_index (words, KhImportWord, i + 1).start);
          i += limit;
          continue;
        }

      n = known_prefix (ctx, text, words, i, limit, dist_head);
      if (n == 0 && create
          && (dist_head != NULL ? kh_import_starts_upper (at) : unit_head (at) != NULL))
        {
          /* An unknown unit: its name runs to the first word of what it does. */
          for (n = 1; n < limit; n++)
            {
              const char *word_text = text + g_array_index (words, KhImportWord, i + n).start;

              const char *after = i + n + 1 < words->len
                                  ? text + g_array_index (words, KhImportWord, i + n + 1).start : "";

              /* "và" ends the name only before another unit or a remainder. */
              if (!kh_import_starts_upper (word_text)
                  && (phrase_at (words, i + n, verb_words) > 0
                      || (g_str_equal (g_array_index (words, KhImportWord, i + n).folded, "va")
                          && (unit_head (after) != NULL || is_remainder_start (after)))))
                break;
            }
        }
      if (n == 0)
        break;

      name = g_strndup (at, g_array_index (words, KhImportWord, i + n - 1).end - w->start);
      if (dist_head != NULL)
        {
          char *headed = g_strconcat (dist_head, " ", name, NULL);

          g_free (name);
          name = headed;
        }
      add_unit (units, kh_import_unit_lookup (ctx, name, line));
      *end = g_array_index (words, KhImportWord, i + n - 1).end;
      i += n;

      /* "A và B …": another unit after "và", or the others ("và các cơ
       * quan liên quan"); else the piece ended early (what the units do
       * follows) or at a comma (more units follow). */
      if (i < words->len && g_str_equal (g_array_index (words, KhImportWord, i).folded, "va"))
        {
          const char *after = i + 1 < words->len ? text + g_array_index (words, KhImportWord, i + 1).start : "";

          if (is_remainder_start (after))
            {
              if (rest_note != NULL)
                {
                  g_autofree char *phrase = g_strndup (after, kh_import_units_phrase_end (after));

                  *rest_note = kh_import_clean_value (phrase);
                  *end = (gsize) (after - text) + strlen (phrase);
                }
              break;
            }
          i++;
          continue;
        }
      stopped = n < limit;
      if (stopped)
        break;
    }

  if (units->len == 0)
    return NULL;
  return g_steal_pointer (&units);
}

gsize
kh_import_units_phrase_end (const char *text)
{
  g_autoptr(GArray) words = kh_import_words (text);

  for (guint i = 1; i < words->len; i++)
    {
      KhImportWord *w = &g_array_index (words, KhImportWord, i);
      const char *between = text + g_array_index (words, KhImportWord, i - 1).end;

      if (memchr (between, ';', w->start - g_array_index (words, KhImportWord, i - 1).end)
          || memchr (between, '.', w->start - g_array_index (words, KhImportWord, i - 1).end))
        return g_array_index (words, KhImportWord, i - 1).end;
      if (!kh_import_starts_upper (text + w->start) && phrase_at (words, i, verb_words) > 0)
        return g_array_index (words, KhImportWord, i - 1).end;
      /* "các cơ quan liên quan" ends there. */
      if (g_str_equal (w->folded, "quan") && g_str_equal (g_array_index (words, KhImportWord, i - 1).folded, "lien"))
        return w->end;
    }
  return strlen (text);
}
