/* kh-unit-match.h — finding the unit a typed name means.
 *
 * Names are compared by key: folded (kh_text_fold: no case, no
 * diacritics), punctuation and the word "và" dropped (so "Văn hóa - Thể
 * thao và Du lịch" = "Văn hóa, Thể thao và Du lịch"), and the common
 * abbreviations of kh-unit-abbrev.c expanded ("TT&TT" = "Thông tin và
 * Truyền thông", "UBND" = "Ủy ban nhân dân").  A unit is known by its name
 * and by its short name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-plan.h"

G_BEGIN_DECLS

/* The comparison key of @text ("Sở TT&TT" → "so thong tin truyen thong").
 * Where an abbreviation has several meanings ("BCH") this is the first;
 * kh_unit_match_keys gives them all. */
char      *kh_unit_match_key        (const char *text);
/* Every key of @text, one per reading of its ambiguous abbreviations (at
 * most a few), NULL-terminated. */
char     **kh_unit_match_keys       (const char *text);

/* TRUE when @a and @b name the same unit: their names have a key in
 * common, or their short names fold alike (duplicates in a unit list). */
gboolean   kh_unit_same             (KhUnit     *a,
                                     KhUnit     *b);
/* The groups of units of @units that are the same unit: a GPtrArray of
 * GPtrArrays of KhUnit (new references), each group in @units' order
 * with at least two units, the groups in the order of their first. */
GPtrArray *kh_unit_duplicates       (GListModel *units);

/* The unit of @units (a GListModel of KhUnit) that @typed names, or NULL:
 * first a unit whose name or short name has the same key (the earliest
 * such unit), then, when exactly one unit fits, the name with an implied
 * head ("Ngoại vụ" in "Các Sở: Ngoại vụ, …" → "Sở Ngoại vụ") or without
 * a leading "các" / trailing "tỉnh" ("Mặt trận Tổ quốc" → "… tỉnh"). */
KhUnit    *kh_unit_match            (GListModel *units,
                                     const char *typed);

/* Like kh_unit_match, and when that finds nothing, tolerant of OCR'd text
 * ("S& Thong tin va Truyén thong", "Pon vi" for "Đơn vị", "x4" for "xã"):
 * the nearest key within a few edits, when it is clearly the nearest. */
KhUnit    *kh_unit_match_tolerant   (GListModel *units,
                                     const char *typed);

/* Up to @max units (new references) for completing @typed, best first:
 * exact key, then name or short name starting with it, a word starting
 * with it, containing it, then initials ("stttt", "ptth"); within a rank
 * in @units' order.  Empty @typed gives an empty array. */
GPtrArray *kh_unit_match_candidates (GListModel *units,
                                     const char *typed,
                                     guint       max);

/* The units of @list (a GPtrArray of KhUnit, e.g. from kh_unit_list_load)
 * that @plan does not have yet (no unit of the plan is kh_unit_same),
 * without repeating one: new references, in @list's order, for the caller
 * to add (through edit commands when it must be undoable). */
GPtrArray *kh_unit_list_missing     (KhPlan     *plan,
                                     GPtrArray  *list);
/* A new unit with the fields of @unit (from a list) for @plan: @unit's id,
 * or a fresh one when the plan already uses it.  Not added to the plan. */
KhUnit    *kh_unit_list_copy_for_plan (KhPlan   *plan,
                                       KhUnit   *unit);
/* Adds kh_unit_list_missing (@plan, @list) at the end of the plan's units,
 * each as a new unit with a fresh id where its own is taken; returns how
 * many were added.  Records no undo step. */
guint      kh_unit_list_add_to_plan (KhPlan     *plan,
                                     GPtrArray  *list);

G_END_DECLS
