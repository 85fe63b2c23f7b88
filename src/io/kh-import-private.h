/* kh-import-private.h — the pieces of the text importer (kh-import*.c).
 *
 * The text goes through: lines (markup stripped, markers and kinds read),
 * the document header, paragraphs (broken lines joined), the outline
 * (headings, fields, per-unit duties), then the tail (closing paragraph,
 * recipients, signature, appendix table).  Every step writes into one
 * KhImportContext: the plan, the report and what it needs to remember.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-import.h"

G_BEGIN_DECLS

/* Text helpers (kh-import-text.c) ---------------------------------------- */

/* A word of a text (letters and digits) with its place in the text. */
typedef struct {
  gsize  start;
  gsize  end;
  char  *folded;  /* kh_text_fold of the word */
} KhImportWord;

/* The words of @text, in order; a GArray of KhImportWord that frees them. */
GArray   *kh_import_words          (const char *text);
/* kh_text_fold (@text), and for each byte of it the range of @text it comes
 * from: *@starts and *@ends (GArrays of gsize, one per folded byte). */
char     *kh_import_fold_map       (const char *text,
                                    GArray    **starts,
                                    GArray    **ends);
/* @word is @key give or take one letter, after undoing what OCR does to
 * the first letter ("pon" → "don"); keys under three letters match exactly. */
gboolean  kh_import_word_near      (const char *word,
                                    const char *key);
/* The words of @words from @first match the space-separated @keys, each
 * with kh_import_word_near; returns how many words matched (0: no match). */
guint     kh_import_words_match    (GArray     *words,
                                    guint       first,
                                    const char *keys);
/* TRUE when @text ends a sentence (. : ; ! ? …, maybe before a quote). */
gboolean  kh_import_ends_sentence  (const char *text);
/* TRUE when the first letter of @text is lower-case. */
gboolean  kh_import_starts_lower   (const char *text);
/* TRUE when the first letter of @text is upper-case. */
gboolean  kh_import_starts_upper   (const char *text);
/* The share of upper-case letters among the letters of @text (0 if none). */
double    kh_import_upper_share    (const char *text);
/* TRUE when @text reads like OCR output: most of its Vietnamese words
 * have lost their diacritics. */
gboolean  kh_import_looks_scanned  (const char *text);
/* @text trimmed, without the full stop or semicolon that ends it. */
char     *kh_import_clean_value    (const char *text);
/* @pattern compiled once, kept in *@slot (a static of the caller). */
GRegex   *kh_import_regex          (GRegex    **slot,
                                    const char *pattern);
/* The first year (1900–2200) written as "năm YYYY" in @text that is not
 * a horizon ("đến năm 2030", "giai đoạn … năm"), or 0. */
int       kh_import_title_year     (const char *text);

/* Encoding (kh-import-encoding.c) ----------------------------------------- */

typedef enum {
  KH_LEGACY_NONE,
  KH_LEGACY_TCVN3,
  KH_LEGACY_VNI,
} KhLegacyEncoding;

/* The legacy Vietnamese encoding @text (UTF-8, or Latin-1 read as UTF-8)
 * seems to be in. */
KhLegacyEncoding kh_import_legacy_encoding (const char *text);
/* @data as NUL-terminated UTF-8 text with "\n" line ends, or NULL and a
 * KH_IMPORT_ERROR when it is empty, binary, too large, not UTF-8 or in a
 * legacy encoding. */
char     *kh_import_decode         (const char  *data,
                                    gsize        len,
                                    GError     **error);

/* Lines (kh-import-lines.c) --------------------------------------------- */

typedef enum {
  KH_MARK_NONE,
  KH_MARK_ROMAN,   /* I.  II.  Phần I */
  KH_MARK_NUMBER,  /* 1.  1.1.  5.2.1. */
  KH_MARK_LETTER,  /* a)  đ)  ê)  f) */
  KH_MARK_BULLET,  /* -  +  • */
} KhMarkKind;

typedef struct {
  KhMarkKind kind;
  guint      level;   /* NUMBER: how many numbers ("5.2.1." → 3); else 1 */
  guint      value;   /* ROMAN, NUMBER: the (last) number; LETTER: rank */
  gunichar   bullet;  /* BULLET: the character, '-' for every dash */
} KhMark;

typedef enum {
  KH_LINE_BLANK,
  KH_LINE_TEXT,
  KH_LINE_TABLE,   /* cells separated by tabs (a Markdown table too) */
  KH_LINE_LAYOUT,  /* a page number or a rule: layout, not content */
} KhLineKind;

typedef struct {
  guint       number;   /* 1-based */
  KhLineKind  kind;
  char       *text;     /* markup stripped, trimmed; tables: cells joined by tabs */
  KhMark      mark;
  gsize       content;  /* where the text after the marker starts */
} KhImportLine;

/* The lines of @text (valid UTF-8, NUL-terminated); a GPtrArray of
 * KhImportLine that frees them. */
GPtrArray  *kh_import_lines_split   (const char *text);
/* @line without Markdown and bold markers, trimmed: what a reader sees. */
char       *kh_import_strip_markup  (const char *line);
/* Reads the numbering marker at the start of @text; FALSE when there is
 * none.  *@content is where the text after it starts. */
gboolean    kh_import_mark_parse    (const char *text,
                                     KhMark     *mark,
                                     gsize      *content);

typedef struct {
  guint    first_line;
  guint    last_line;
  KhMark   mark;
  char    *marker;    /* as written: "1.1.", "a)", "-" */
  char    *text;      /* the content, broken lines joined with spaces */
  gboolean table;     /* a table row (text holds the cells, tab-separated) */
} KhImportPara;

void        kh_import_para_free     (KhImportPara *para);
/* The paragraphs of @lines[@start, @end): a line that starts no heading,
 * field or bullet continues the paragraph before it when that one does
 * not end a sentence (text broken by OCR or a PDF). */
GPtrArray  *kh_import_paragraphs    (GPtrArray  *lines,
                                     guint       start,
                                     guint       end);

/* The context ------------------------------------------------------------ */

typedef struct _KhImportAppendix KhImportAppendix;

typedef struct {
  KhPlan           *plan;
  GPtrArray        *notes;       /* of KhImportNote */
  GHashTable       *bodies;      /* KhNode → GString, written at the end */
  GHashTable       *layout;      /* line numbers understood as document layout */
  KhImportAppendix *appendix;
  gboolean          decimal;     /* "1.1." seen: decimal numbering */
  GHashTable       *unit_keys;   /* unit-match key → KhUnit, of names already read */
  gboolean          match_limited;
  gboolean          scanned;     /* OCR'd text: most diacritics lost */
  guint             headings;    /* numbered headings read */
  guint             fields;      /* field lines read */
} KhImportContext;

/* A context with a new, empty plan; clearing frees what it holds. */
void     kh_import_context_init  (KhImportContext  *ctx);
void     kh_import_context_clear (KhImportContext  *ctx);
void     kh_import_note          (KhImportContext  *ctx,
                                  guint             line,
                                  KhNode           *node,
                                  KhImportSeverity  severity,
                                  const char       *format,
                                  ...) G_GNUC_PRINTF (5, 6);
/* Appends @paragraph to the body of @node (a new paragraph). */
void     kh_import_body_append   (KhImportContext  *ctx,
                                  KhNode           *node,
                                  const char       *paragraph);
/* The body written so far into @node (never NULL). */
const char *kh_import_body_peek  (KhImportContext  *ctx,
                                  KhNode           *node);
/* A new node with a fresh id, appended to @parent (NULL: the roots). */
KhNode  *kh_import_add_node      (KhImportContext  *ctx,
                                  KhNode           *parent,
                                  KhNodeKind        kind,
                                  const char       *title);
/* Records that line @line is layout the plan regenerates (the national
 * motto, a page number, the appendix heading): understood, not kept. */
void     kh_import_mark_layout   (KhImportContext  *ctx,
                                  guint             line);
/* Where text that fits nowhere is kept: the end of the last section. */
KhNode  *kh_import_last_section  (KhImportContext  *ctx);

/* Header and tail (kh-import-header.c, kh-import-footer.c) ---------------- */

/* Reads the document header (issuing agency, national motto, number, place
 * and date, "KẾ HOẠCH", the title) from the first lines; returns the index
 * of the first line after it. */
guint    kh_import_header_read   (KhImportContext  *ctx,
                                  GPtrArray        *lines);
/* @line without the national motto, which every document prints. */
char    *kh_import_strip_motto   (const char       *line);
/* Takes a line of the header found elsewhere (text from a Word file's text
 * boxes ends up at the end); FALSE when @line is no header line. */
gboolean kh_import_header_line   (KhImportContext  *ctx,
                                  KhImportLine     *line);
/* Reads "Số: 44/KH-UBND" and "Hà Tĩnh, ngày 7 tháng 2 năm 2018" in @text
 * (also "(Kèm theo Kế hoạch số … ngày … của …)"); TRUE when it found one. */
gboolean kh_import_header_number_date (KhImportContext *ctx,
                                       const char      *text);
/* The plan year: from the title, else the date, else the timelines. */
void     kh_import_header_finish (KhImportContext  *ctx);

/* The end of "Nơi nhận:" at the start of @text, or 0. */
gsize    kh_import_recipients_label (const char *text);
/* The end of any label @text starts with (a field's, "Nơi nhận:", "Số:"),
 * or 0: the words the importer reads as structure, not content. */
gsize    kh_import_label_end     (const char       *text);

/* The index of the first line of the document's end (closing paragraph,
 * recipients, signature or appendix) at or after @start, or lines->len. */
guint    kh_import_tail_start    (GPtrArray        *lines,
                                  guint             start);
void     kh_import_tail_read     (KhImportContext  *ctx,
                                  GPtrArray        *lines,
                                  guint             start);

/* Fields (kh-import-fields.c) -------------------------------------------- */

typedef enum {
  KH_FIELD_NONE,
  KH_FIELD_LEAD,          /* Đơn vị chủ trì */
  KH_FIELD_COOPERATE,     /* Đơn vị phối hợp */
  KH_FIELD_EXECUTOR,      /* Đơn vị thực hiện: "X chủ trì, phối hợp với Y" */
  KH_FIELD_TIMELINE,      /* Thời gian thực hiện, Thời gian, Thời gian ban hành */
  KH_FIELD_PARTICIPANTS,  /* Thành phần mời dự … */
  KH_FIELD_QUANTITY,      /* Số lượng dự kiến */
  KH_FIELD_DURATION,      /* Thời lượng */
  KH_FIELD_CONTENT,       /* Nội dung: into the body */
  KH_FIELD_PRODUCTS,      /* Sản phẩm */
  KH_FIELD_BUDGET,        /* Kinh phí */
  KH_FIELD_NOTES,         /* Ghi chú */
} KhImportField;

/* The field that @text starts with ("Đơn vị chủ trì: …", OCR'd too) and in
 * *@value where its value starts; KH_FIELD_NONE when it starts with none. */
KhImportField kh_import_field_parse (const char      *text,
                                     gsize           *value);
/* Puts @value into @node as field @field says; @line for the report. */
void          kh_import_field_apply (KhImportContext *ctx,
                                     KhNode          *node,
                                     KhImportField    field,
                                     const char      *value,
                                     guint            line);
/* "+ Sở Ngoại vụ: tổng hợp …" under an empty "Đơn vị chủ trì:": a lead with
 * its scope.  FALSE when @text does not start with a unit and a colon. */
gboolean      kh_import_field_scoped_lead (KhImportContext *ctx,
                                           KhNode          *node,
                                           const char      *text,
                                           guint            line);
/* @units and @note added to @node's leads and lead note (@role
 * KH_ROLE_LEAD) or to its cooperating units and their note. */
void          kh_import_add_units       (KhNode      *node,
                                         KhRole       role,
                                         GPtrArray   *units,
                                         const char  *note);

/* Unit names (kh-import-unit-names.c) ------------------------------------- */

/* TRUE when @text starts the way a unit's name does: a head word in
 * capitals ("Sở", "Ban", "Báo", "UBND"), OCR's "S&" too. */
gboolean    kh_import_unit_head        (const char *text);
/* The group a unit named @name most likely belongs to ("Sở, ban, ngành",
 * "Cơ quan báo chí" …), "" when its head says nothing. */
const char *kh_import_unit_group       (const char *name);
/* "S& Thong tin …" and "S¢ …", OCR's "Sở". */
gboolean    kh_import_ocr_so           (const char *text);
/* @name with OCR's "S&" head written "Sở". */
char       *kh_import_unit_repair      (const char *name);
/* "các", also as OCR writes it ("céc", "c4c"), but not "cục". */
gboolean    kh_import_is_cac           (const char *folded_word);
/* TRUE when @text starts with "các"/"những": the others, not a name. */
gboolean    kh_import_starts_remainder (const char *text);
/* How many words of @words from @i make a phrase of @list exactly (0: none). */
guint       kh_import_phrase_at        (GArray     *words,
                                        guint       i,
                                        const char * const *list);
/* Adds @unit to @units unless it is there. */
void        kh_import_units_add        (GPtrArray  *units,
                                        KhUnit     *unit);
/* Words, folded, that end a unit's name in running text (what it does
 * next), and the levels of local authorities ("huyện", "thành phố"). */
extern const char * const kh_import_verb_words[];
extern const char * const kh_import_level_words[];

/* Units (kh-import-units.c, kh-import-units-leading.c) -------------------- */

/* Splits a list of units as plans write them ("Sở A, Sở B và các cơ quan
 * liên quan", "Các Sở: A, B", "UBND các huyện A, B") into units of the
 * plan (matched, or created with a guessed group) and the free-text rest,
 * verbatim.  *@units is a GPtrArray of borrowed KhUnit without repeats. */
void       kh_import_units_parse   (KhImportContext  *ctx,
                                    const char       *text,
                                    guint             line,
                                    GPtrArray       **units,
                                    char            **note);
/* The units @title names when it names nothing else (the items of a
 * per-unit duty section: "Sở Ngoại vụ", "Báo …, Đài …"), else NULL. */
GPtrArray *kh_import_units_title   (KhImportContext  *ctx,
                                    const char       *title,
                                    guint             line);
/* The units named at the start of @text, before what they do ("Sở Ngoại
 * vụ, Công an tỉnh quản lý …"): known units of the plan, or when @create a
 * name that starts with a unit's head word (a new unit).  *@end: where the
 * rest starts; *@rest_note (nullable): the others they end with ("và các
 * cơ quan liên quan"), or NULL.  NULL when @text starts with no unit. */
GPtrArray *kh_import_units_leading (KhImportContext  *ctx,
                                    const char       *text,
                                    guint             line,
                                    gboolean          create,
                                    gsize            *end,
                                    char            **rest_note);
/* Where the noun phrase that starts @text ends: before the first word of
 * what it does, or at a stop. */
gsize      kh_import_units_phrase_end (const char    *text);
/* The unit of the plan @name means (give or take OCR's errors when
 * @tolerant and the text is a scan), or NULL; the one place that decides. */
KhUnit    *kh_import_unit_find     (KhImportContext  *ctx,
                                    const char       *name,
                                    gboolean          tolerant);
/* The unit of the plan @name means, created when there is none. */
KhUnit    *kh_import_unit_lookup   (KhImportContext  *ctx,
                                    const char       *name,
                                    guint             line);

/* Outline and duties (kh-import-outline.c, kh-import-duties.c) ----------- */

/* Builds the tree from @paras (of KhImportPara); paragraphs before the
 * first heading or field become the preamble. */
void     kh_import_outline_build (KhImportContext  *ctx,
                                  GPtrArray        *paras);
/* TRUE when a section titled @title assigns work per unit ("PHÂN CÔNG
 * NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"). */
gboolean kh_import_duties_section (const char      *title);
/* Gives @duty (a duty of @owners, or their item itself) its roles: led by
 * the owners, or supported by them for "Phối hợp với X …" (X leads). */
void     kh_import_duties_assign (KhImportContext  *ctx,
                                  KhNode           *duty,
                                  const char       *text,
                                  GPtrArray        *owners,
                                  guint             line);
/* "Giao Sở X theo dõi …" in a per-unit section: X leads @item. */
void     kh_import_duties_given  (KhImportContext  *ctx,
                                  KhNode           *item,
                                  const char       *text,
                                  guint             line);
/* After the tree is built: one note per duty section. */
void     kh_import_duties_report (KhImportContext  *ctx,
                                  KhNode           *section,
                                  guint             line,
                                  guint             n_duties,
                                  guint             n_supported);

/* Appendix (kh-import-appendix.c) ---------------------------------------- */

/* A "PHỤ LỤC" / "DANH MỤC" heading line. */
gboolean kh_import_appendix_heading (const char      *text);
void     kh_import_appendix_row      (KhImportContext *ctx,
                                      KhImportLine    *line);
/* Text in the appendix that is no table row; kept. */
void     kh_import_appendix_text     (KhImportContext *ctx,
                                      KhImportLine    *line);
/* Matches the rows read to the tasks they name, marks those for the
 * appendix and keeps the others in an "Appendix" section. */
void     kh_import_appendix_finish   (KhImportContext *ctx);
void     kh_import_appendix_free     (KhImportAppendix *appendix);

/* kh_import_text, and in *@layout (nullable) the sorted line numbers read
 * as layout (a guint GArray): what the tests allow not to be kept. */
KhPlan  *kh_import_text_full         (const char  *text,
                                      gsize        len,
                                      GPtrArray  **report,
                                      GArray     **layout,
                                      GError     **error);

G_END_DECLS
