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

/* "Văn phòng HĐND và UBND xã", "Văn phòng Đoàn ĐBQH và HĐND tỉnh": one
 * office serving two bodies, not two units. */
static gboolean
joint_office (const char *text, const char *after_and)
{
  static const char * const bodies[] = {
    "ubnd", "uy ban nhan dan", "hdnd", "hoi dong nhan dan", "doan dai bieu", NULL,
  };
  g_autofree char *folded = kh_text_fold (text);
  g_autofree char *after = kh_text_fold (after_and);

  if (!g_str_has_prefix (folded, "van phong "))
    return FALSE;
  for (guint i = 0; bodies[i]; i++)
    if (g_str_has_prefix (after, bodies[i]))
      return TRUE;
  return FALSE;
}

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
      gboolean rest = kh_import_is_cac (next_word) || g_str_equal (next_word, "nhung");

      if (!g_str_equal (w->folded, "va") || !(rest || kh_import_unit_head (next))
          || joint_office (text, next))
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
      n = kh_import_phrase_at (words, i + 1, kh_import_level_words);
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
  if (kh_import_starts_remainder (left))
    start = strchr (left, ' ') + 1;
  if (!kh_import_unit_head (start) && !kh_import_starts_upper (start))
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

      /* "A, B và C" names one unit ("Sở Văn hóa, Thể thao và Du lịch")
       * when the plan knows it so; else in a list that shares a head
       * ("Các Sở: Ngoại vụ, Kế hoạch và Đầu tư") it is another name, and
       * anywhere else it goes on the name before. */
      if (last != NULL && (last->unit || kh_import_unit_head (last->text))
          && kh_import_starts_upper (piece->text) && !kh_import_unit_head (piece->text)
          && strstr (piece->text, " và ") != NULL)
        {
          g_autofree char *joined = g_strconcat (last->text, ", ", piece->text, NULL);
          g_autofree char *alone = dist_head ? g_strconcat (dist_head, " ", piece->text, NULL)
                                             : g_strdup (piece->text);
          if (kh_import_unit_find (ctx, joined, FALSE) != NULL
              || (dist_head == NULL && kh_import_unit_find (ctx, alone, FALSE) == NULL))
            {
              g_free (last->text);
              last->text = g_steal_pointer (&joined);
              continue;
            }
        }

      /* Names that share the head said once before them. */
      if (dist_head != NULL && kh_import_starts_upper (piece->text)
          && !kh_import_unit_head (piece->text) && !kh_import_starts_remainder (piece->text))
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
       * phố"). */
      if (last != NULL && !kh_import_starts_remainder (piece->text) && !piece->remainder
          && !kh_import_starts_upper (piece->text))
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
      if (kh_import_starts_remainder (piece->text))
        piece->unit = is_collective (piece->text);
      else
        piece->unit = kh_import_unit_head (piece->text)
                      || kh_import_unit_find (ctx, piece->text, FALSE) != NULL;
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
        kh_import_units_add (*units, kh_import_unit_lookup (ctx, piece->text, line));
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
    kh_import_units_add (units, kh_import_unit_lookup (ctx, g_array_index (pieces, Piece, i).text, line));
  return units;
}

