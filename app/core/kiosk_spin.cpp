// The spinning kiosk's choice and caption (see kiosk_spin.h).
#include "kiosk_spin.h"

namespace atlas {

KioskSpin::KioskSpin(const Dataset& dataset, std::uint64_t seed) : random_(seed) {
  for (PartnershipIndex p = 0; p < dataset.partnerships.size(); ++p)
    if (dataset.partnerships[p].nrw_uk) links_.push_back(p);
}

PartnershipIndex KioskSpin::next() {
  if (links_.empty()) return kNoIndex;
  const std::size_t n = links_.size();
  std::size_t i = random_.below(n);
  if (links_[i] == last_ && n > 1) i = (i + 1 + random_.below(n - 1)) % n;  // any other one
  last_ = links_[i];
  return last_;
}

KioskCaption kiosk_caption(const Dataset& d, PartnershipIndex index) {
  const Partnership& p = d.partnerships[index];
  static const char* kKindDe[] = {"Städtepartnerschaft", "Freundschaft", "Kreispartnerschaft", "Kontakt"};
  static const char* kKindEn[] = {"town partnership", "friendship", "county partnership", "contact"};
  const int kind = static_cast<int>(p.kind);
  KioskCaption c;
  const std::string pair = d.towns[p.a].name + " – " + d.towns[p.b].name + ": ";
  c.de = pair + kKindDe[kind];
  c.en = pair + kKindEn[kind];
  if (p.start_year() > 0) {
    c.de += " seit " + std::to_string(p.start_year());
    c.en += " since " + std::to_string(p.start_year());
  }
  if (p.status != PartnershipStatus::Active) {
    c.de += p.status == PartnershipStatus::Dormant ? " (ruhend)" : " (beendet)";
    c.en += p.status == PartnershipStatus::Dormant ? " (dormant)" : " (ended)";
  }
  return c;
}

}  // namespace atlas
