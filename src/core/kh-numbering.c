/* kh-numbering.c — labels computed from the tree (DESIGN §4).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-numbering.h"

/* Legal drafting skips ă â ê ô ơ and f j w z. */
static const char * const letters[] = {
  "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
  "n", "o", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y",
};

char *
kh_numbering_letter (guint index)
{
  const guint base = G_N_ELEMENTS (letters);
  GPtrArray *digits = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  /* Bijective base 24, like spreadsheet columns: y is followed by aa. */
  index++;
  while (index > 0)
    {
      index--;
      g_ptr_array_add (digits, (gpointer) letters[index % base]);
      index /= base;
    }
  for (guint i = digits->len; i > 0; i--)
    g_string_append (out, g_ptr_array_index (digits, i - 1));

  g_ptr_array_unref (digits);
  return g_string_free (out, FALSE);
}

char *
kh_numbering_roman (guint n)
{
  static const struct { guint value; const char *symbol; } numerals[] = {
    { 1000, "M" }, { 900, "CM" }, { 500, "D" }, { 400, "CD" },
    { 100, "C" }, { 90, "XC" }, { 50, "L" }, { 40, "XL" },
    { 10, "X" }, { 9, "IX" }, { 5, "V" }, { 4, "IV" }, { 1, "I" },
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (numerals); i++)
    while (n >= numerals[i].value)
      {
        g_string_append (out, numerals[i].symbol);
        n -= numerals[i].value;
      }
  return g_string_free (out, FALSE);
}

/* "1.2.3." from the positions at depths 2..depth. */
static char *
dotted (const guint *path, guint depth)
{
  GString *out = g_string_new (NULL);

  for (guint i = 1; i < depth; i++)
    g_string_append_printf (out, "%u.", path[i] + 1);
  return g_string_free (out, FALSE);
}

char *
kh_numbering_format (KhNumbering  scheme,
                     const guint *path,
                     guint        depth)
{
  guint position;
  guint bullet_depth;

  g_return_val_if_fail (depth >= 1, g_strdup (""));

  position = path[depth - 1];
  if (depth == 1)
    {
      g_autofree char *roman = kh_numbering_roman (position + 1);
      return g_strconcat (roman, ".", NULL);
    }
  if (depth == 2)
    return g_strdup_printf ("%u.", position + 1);

  if (scheme == KH_NUMBERING_DECREE30)
    {
      if (depth == 3)
        {
          g_autofree char *letter = kh_numbering_letter (position);
          return g_strconcat (letter, ")", NULL);
        }
      bullet_depth = 4;
    }
  else
    {
      if (depth <= 4)
        return dotted (path, depth);
      bullet_depth = 5;
    }

  return g_strdup (depth == bullet_depth ? "-" : "+");
}

char *
kh_numbering_label (KhPlan *plan,
                    KhNode *node)
{
  guint depth;
  g_autofree guint *path = NULL;
  guint i;

  g_return_val_if_fail (KH_IS_PLAN (plan), NULL);
  g_return_val_if_fail (KH_IS_NODE (node), NULL);

  depth = kh_node_get_depth (node);
  path = g_new0 (guint, depth);
  i = depth;
  for (KhNode *n = node; n != NULL; n = kh_node_get_parent (n))
    path[--i] = kh_plan_get_node_position (plan, n);

  return kh_numbering_format (kh_plan_get_numbering (plan), path, depth);
}
