/* kh-unit-words.c — abbreviations of unit names, as officials write them.
 *
 * Forms and meanings are written as they appear in plans; matching turns
 * both into keys (kh-unit-match.c), so "VH,TT&DL", "VH-TT-DL" and
 * "VH, TT và DL" are one form.  Longer forms win over shorter ones.  Add a
 * line here, nowhere else.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-unit-words.h"

static const KhUnitAbbrev abbrevs[] = {
  /* Departments (sở) and their fields */
  { "TT&TT|TTTT",                 "Thông tin và Truyền thông" },
  { "KH&ĐT|KHĐT",                 "Kế hoạch và Đầu tư" },
  { "VH,TT&DL|VHTTDL|VH,TTDL",    "Văn hóa, Thể thao và Du lịch" },
  { "VH&TT|VHTT",                 "Văn hóa và Thể thao" },
  { "TT&DL|TTDL",                 "Thể thao và Du lịch" },
  { "VH",                         "Văn hóa" },
  { "DL",                         "Du lịch" },
  { "KH&CN|KHCN",                 "Khoa học và Công nghệ" },
  { "GD&ĐT|GDĐT",                 "Giáo dục và Đào tạo" },
  { "LĐ-TB&XH|LĐTBXH",            "Lao động - Thương binh và Xã hội" },
  { "NN&PTNT|NNPTNT",             "Nông nghiệp và Phát triển nông thôn" },
  { "NN&MT|NNMT",                 "Nông nghiệp và Môi trường" },
  { "TN&MT|TNMT",                 "Tài nguyên và Môi trường" },
  { "GTVT",                       "Giao thông vận tải" },
  { "XD",                         "Xây dựng" },
  { "NgV",                        "Ngoại vụ" },
  { "NV",                         "Nội vụ" },
  { "DT&TG|DTTG",                 "Dân tộc và Tôn giáo" },
  { "VH-XH|VHXH",                 "Văn hóa - Xã hội" },
  { "YT",                         "Y tế" },
  { "CNTT",                       "Công nghệ thông tin" },
  { "TTĐT",                       "Thông tin điện tử" },
  { "TTĐN",                       "Thông tin đối ngoại" },

  /* Press */
  { "PT-TH|PTTH",                 "Phát thanh và Truyền hình" },

  /* Authorities and party bodies */
  { "UBND",                       "Ủy ban nhân dân" },
  { "HĐND",                       "Hội đồng nhân dân" },
  { "VP",                         "Văn phòng" },
  { "BCH",                        "Bộ Chỉ huy|Ban Chỉ huy|Ban Chấp hành" },
  { "BCĐ",                        "Ban Chỉ đạo" },
  { "BTG",                        "Ban Tuyên giáo" },
  { "BTGDV|BTG&DV",               "Ban Tuyên giáo và Dân vận" },
  { "TG&DV|TGDV",                 "Tuyên giáo và Dân vận" },
  { "ĐBQH",                       "Đại biểu Quốc hội" },
  { "BQL",                        "Ban Quản lý" },
  { "KKT",                        "Khu kinh tế" },
  { "TW",                         "Trung ương" },
  { "TP",                         "Thành phố" },
  { "TX",                         "Thị xã" },

  /* Armed forces */
  { "CA",                         "Công an" },
  { "CH",                         "Chỉ huy" },
  { "CHQS",                       "Chỉ huy Quân sự" },
  { "QS",                         "Quân sự" },
  { "BĐBP",                       "Bộ đội Biên phòng" },

  /* Front and associations */
  { "UBMTTQ",                     "Ủy ban Mặt trận Tổ quốc" },
  { "MTTQ",                       "Mặt trận Tổ quốc" },
  { "VN",                         "Việt Nam" },
  { "TNCS HCM|TNCSHCM",           "Thanh niên Cộng sản Hồ Chí Minh" },
  { "HCM",                        "Hồ Chí Minh" },
  { "HLHPN",                      "Hội Liên hiệp Phụ nữ" },
  { "LHPN",                       "Liên hiệp Phụ nữ" },
  { "CCB",                        "Cựu chiến binh" },
  { "LĐLĐ",                       "Liên đoàn Lao động" },
  { "VHNT",                       "Văn học nghệ thuật" },
  { "HTX",                        "Hợp tác xã" },
  { "TN",                         "Thanh niên" },

  /* Central agencies in the province */
  { "BHXH",                       "Bảo hiểm xã hội" },
  { "KBNN",                       "Kho bạc Nhà nước" },

  { NULL, NULL }
};

static const char * const implied_heads[] = { "Sở", "Tạp chí", NULL };
static const char * const optional_leading[] = { "các", NULL };
static const char * const optional_trailing[] = { "tỉnh", NULL };

const KhUnitAbbrev *
kh_unit_abbrevs (void)
{
  return abbrevs;
}

const char * const *
kh_unit_implied_heads (void)
{
  return implied_heads;
}

const char * const *
kh_unit_optional_leading (void)
{
  return optional_leading;
}

const char * const *
kh_unit_optional_trailing (void)
{
  return optional_trailing;
}
