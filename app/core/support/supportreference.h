#pragma once

#include <QString>

// The short code a customer reads out to support ("K7QF3M"), so the report they paste and the
// verification they talk about can be matched. Kept in the settings; harmless on its own.
namespace SupportReference {

// 23456789ABCDEFGHJKLMNPQRSTUVWXYZ: no 0/O, 1/I to mix up when read aloud.
QString alphabet();
constexpr int length = 6;

// A fresh random code (not stored).
QString generate();
// The stored code; one is made and stored when there is none yet.
QString current();
// A new code, stored: each verification gets its own.
QString renew();
// True for six characters of the alphabet (case-insensitive, as people type it).
bool isValid(const QString &code);

} // namespace SupportReference
