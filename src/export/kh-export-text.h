/* kh-export-text.h — the fixed words of exported documents.
 *
 * These are document text in the plan's language (DESIGN §1, job 6), not
 * interface strings: a table of Vietnamese and English, never gettext.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-plan.h"

G_BEGIN_DECLS

typedef enum {
  KH_EXPORT_TEXT_APPENDIX,          /* PHỤ LỤC */
  KH_EXPORT_TEXT_APPENDIX_TITLE,    /* DANH MỤC CÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH */
  KH_EXPORT_TEXT_NO,                /* STT */
  KH_EXPORT_TEXT_TASK,              /* Tên nhiệm vụ */
  KH_EXPORT_TEXT_LEAD,              /* Đơn vị chủ trì */
  KH_EXPORT_TEXT_COOPERATE,         /* Đơn vị phối hợp */
  KH_EXPORT_TEXT_TIMELINE,          /* Thời gian thực hiện */
  KH_EXPORT_TEXT_PRODUCTS,          /* Sản phẩm */
  KH_EXPORT_TEXT_BUDGET,            /* Kinh phí (đồng) */
  KH_EXPORT_TEXT_FUNDING_SOURCE,    /* Nguồn kinh phí */
  KH_EXPORT_TEXT_NOTES,             /* Ghi chú */
  KH_EXPORT_TEXT_SHEET_APPENDIX,    /* sheet names, ≤ 31 characters */
  KH_EXPORT_TEXT_SHEET_MATRIX,
  KH_EXPORT_TEXT_SHEET_UNITS,
  KH_EXPORT_TEXT_MATRIX_TITLE,      /* MA TRẬN PHÂN CÔNG NHIỆM VỤ */
  KH_EXPORT_TEXT_MATRIX_LEGEND,     /* C: chủ trì; P: phối hợp */
  KH_EXPORT_TEXT_MARK_LEAD,         /* C */
  KH_EXPORT_TEXT_MARK_COOPERATE,    /* P */
  KH_EXPORT_TEXT_TOTAL_LEAD,        /* Số nhiệm vụ chủ trì */
  KH_EXPORT_TEXT_TOTAL_COOPERATE,   /* Số nhiệm vụ phối hợp */
  KH_EXPORT_TEXT_OTHER_UNITS,       /* the group of units that have none */
  KH_EXPORT_TEXT_UNITS_TITLE,       /* PHÂN CÔNG NHIỆM VỤ THEO ĐƠN VỊ */
  KH_EXPORT_TEXT_UNIT_LEADS,        /* Nhiệm vụ chủ trì */
  KH_EXPORT_TEXT_UNIT_COOPERATES,   /* Nhiệm vụ phối hợp */
  KH_EXPORT_TEXT_SCOPE,             /* Phạm vi */
  KH_EXPORT_TEXT_N
} KhExportTextId;

const char *kh_export_text                (KhLanguage     language,
                                           KhExportTextId id);

/* @text in capitals (Vietnamese letters included), white space squeezed. */
char       *kh_export_text_upper          (const char    *text);

/* "DANH MỤC CÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH CÔNG TÁC …" from the plan's
 * title. */
char       *kh_export_text_appendix_title (KhPlan        *plan,
                                           KhLanguage     language);

/* "(Kèm theo Kế hoạch số 44/KH-UBND ngày 07/02/2018 của UBND tỉnh)",
 * leaving out what the plan does not say yet; NULL when it has neither a
 * number nor a date. */
char       *kh_export_text_attached_line  (KhPlan        *plan,
                                           KhLanguage     language);

G_END_DECLS
