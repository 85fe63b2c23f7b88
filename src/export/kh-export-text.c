/* kh-export-text.c — the fixed words of exported documents, vi and en.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-export-text.h"
#include "kh-text.h"
#include "kh-timeline.h"

/* Vietnamese as Decree 30 documents write it; English as GLOSSARY.md has it
 * for exported prose ("agency" rather than "unit"). */
static const char * const texts[KH_EXPORT_TEXT_N][2] = {
  [KH_EXPORT_TEXT_APPENDIX]        = { "PHỤ LỤC", "APPENDIX" },
  [KH_EXPORT_TEXT_APPENDIX_TITLE]  = { "DANH MỤC CÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH",
                                       "LIST OF TASKS IMPLEMENTING THE PLAN" },
  [KH_EXPORT_TEXT_NO]              = { "STT", "No." },
  [KH_EXPORT_TEXT_TASK]            = { "Tên nhiệm vụ", "Task" },
  [KH_EXPORT_TEXT_LEAD]            = { "Đơn vị chủ trì", "Lead agency" },
  [KH_EXPORT_TEXT_COOPERATE]       = { "Đơn vị phối hợp", "Cooperating agencies" },
  [KH_EXPORT_TEXT_TIMELINE]        = { "Thời gian thực hiện", "Timeline" },
  [KH_EXPORT_TEXT_PRODUCTS]        = { "Sản phẩm", "Products" },
  [KH_EXPORT_TEXT_BUDGET]          = { "Kinh phí (đồng)", "Budget (VND)" },
  [KH_EXPORT_TEXT_FUNDING_SOURCE]  = { "Nguồn kinh phí", "Funding source" },
  [KH_EXPORT_TEXT_NOTES]           = { "Ghi chú", "Notes" },
  [KH_EXPORT_TEXT_SHEET_APPENDIX]  = { "Phụ lục", "Appendix" },
  [KH_EXPORT_TEXT_SHEET_MATRIX]    = { "Ma trận phân công", "Assignment matrix" },
  [KH_EXPORT_TEXT_SHEET_UNITS]     = { "Theo đơn vị", "By unit" },
  [KH_EXPORT_TEXT_MATRIX_TITLE]    = { "MA TRẬN PHÂN CÔNG NHIỆM VỤ", "ASSIGNMENT MATRIX" },
  [KH_EXPORT_TEXT_MATRIX_LEGEND]   = { "C: chủ trì; P: phối hợp", "L: lead; C: cooperating" },
  [KH_EXPORT_TEXT_MARK_LEAD]       = { "C", "L" },
  [KH_EXPORT_TEXT_MARK_COOPERATE]  = { "P", "C" },
  [KH_EXPORT_TEXT_TOTAL_LEAD]      = { "Số nhiệm vụ chủ trì", "Tasks led" },
  [KH_EXPORT_TEXT_TOTAL_COOPERATE] = { "Số nhiệm vụ phối hợp", "Tasks supported" },
  [KH_EXPORT_TEXT_OTHER_UNITS]     = { "Đơn vị khác", "Other agencies" },
  [KH_EXPORT_TEXT_UNITS_TITLE]     = { "PHÂN CÔNG NHIỆM VỤ THEO ĐƠN VỊ",
                                       "ASSIGNMENT OF TASKS BY AGENCY" },
  [KH_EXPORT_TEXT_UNIT_LEADS]      = { "Nhiệm vụ chủ trì", "Tasks it leads" },
  [KH_EXPORT_TEXT_UNIT_COOPERATES] = { "Nhiệm vụ phối hợp", "Tasks it supports" },
  [KH_EXPORT_TEXT_SCOPE]           = { "Phạm vi", "Scope" },
};

const char *
kh_export_text (KhLanguage     language,
                KhExportTextId id)
{
  g_return_val_if_fail (id < KH_EXPORT_TEXT_N, "");
  return texts[id][language == KH_LANGUAGE_EN ? 1 : 0];
}

char *
kh_export_text_upper (const char *text)
{
  g_autofree char *squeezed = kh_text_squeeze (text);

  /* Unicode case mapping, not the C locale's toupper: "ư" → "Ư". */
  return g_utf8_strup (squeezed, -1);
}

char *
kh_export_text_appendix_title (KhPlan     *plan,
                               KhLanguage  language)
{
  const char *lead = kh_export_text (language, KH_EXPORT_TEXT_APPENDIX_TITLE);
  g_autofree char *title = kh_export_text_upper (kh_plan_get_title (plan));

  if (title[0] == '\0')
    return g_strdup (lead);
  return g_strconcat (lead, " ", title, NULL);
}

/* "ngày 07/02/2018" or "dated 7 February 2018" from "2018-02-07": the
 * timeline renderer already writes dates as each language wants them.
 * A date that is not YYYY-MM-DD is printed as it is. */
static char *
format_date (const char *iso,
             KhLanguage  language)
{
  g_autoptr(KhTimeline) date = kh_timeline_new (KH_TIMELINE_DATE);
  g_auto(GStrv) parts = g_strsplit (iso, "-", -1);
  g_autofree char *rendered = NULL;

  if (g_strv_length (parts) == 3)
    {
      date->year = (int) g_ascii_strtoll (parts[0], NULL, 10);
      date->month = (int) g_ascii_strtoll (parts[1], NULL, 10);
      date->day = (int) g_ascii_strtoll (parts[2], NULL, 10);
    }
  if (kh_timeline_check (date) != NULL)
    return g_strdup_printf (language == KH_LANGUAGE_EN ? "dated %s" : "ngày %s", iso);

  rendered = kh_timeline_render (date, language);
  if (language == KH_LANGUAGE_EN)
    return g_strconcat ("dated ", rendered, NULL);
  /* "Ngày 07/02/2018" begins a sentence; here it follows the number. */
  rendered[0] = g_ascii_tolower (rendered[0]);
  return g_steal_pointer (&rendered);
}

char *
kh_export_text_attached_line (KhPlan     *plan,
                              KhLanguage  language)
{
  g_autofree char *number = kh_text_squeeze (kh_plan_get_number (plan));
  g_autofree char *date = kh_text_squeeze (kh_plan_get_date (plan));
  g_autofree char *issuer = kh_text_squeeze (kh_plan_get_issuer_short (plan));
  gboolean en = language == KH_LANGUAGE_EN;
  GString *out;

  if (number[0] == '\0' && date[0] == '\0')
    return NULL;

  out = g_string_new (en ? "(Attached to Plan" : "(Kèm theo Kế hoạch");
  if (number[0] != '\0')
    g_string_append_printf (out, en ? " No. %s" : " số %s", number);
  if (date[0] != '\0')
    {
      g_autofree char *when = format_date (date, language);

      g_string_append_printf (out, " %s", when);
    }
  if (issuer[0] != '\0')
    g_string_append_printf (out, en ? " of %s" : " của %s", issuer);
  g_string_append_c (out, ')');
  return g_string_free (out, FALSE);
}
