/* kh-assignments-page.h — the Assignments page: the assignment matrix
 * with its filters, and the duties of one unit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "kh-document.h"
#include "kh-matrix-view.h"
#include "kh-unit-duties-view.h"

G_BEGIN_DECLS

#define KH_TYPE_ASSIGNMENTS_PAGE (kh_assignments_page_get_type ())
G_DECLARE_FINAL_TYPE (KhAssignmentsPage, kh_assignments_page, KH, ASSIGNMENTS_PAGE, GtkWidget)

/* Properties: "document" (KhDocument, nullable: the page makes its
 * KhMatrix over the document's plan and history), "selected-node"
 * (KhNode, nullable: the task of the matrix's cursor; setting it moves
 * the cursor to that task's row when the matrix shows one).
 *
 * Actions: "assignments.show" (string: "matrix" or "by-unit"). */
GtkWidget        *kh_assignments_page_new               (void);
KhDocument       *kh_assignments_page_get_document      (KhAssignmentsPage *self);
void              kh_assignments_page_set_document      (KhAssignmentsPage *self,
                                                         KhDocument        *document);
KhNode           *kh_assignments_page_get_selected_node (KhAssignmentsPage *self);
void              kh_assignments_page_select_node       (KhAssignmentsPage *self,
                                                         KhNode            *node);

/* The parts, for the window and tests; the matrix is NULL without a
 * document. */
KhMatrix         *kh_assignments_page_get_matrix        (KhAssignmentsPage *self);
KhMatrixView     *kh_assignments_page_get_matrix_view   (KhAssignmentsPage *self);
KhUnitDutiesView *kh_assignments_page_get_duties_view   (KhAssignmentsPage *self);

G_END_DECLS
