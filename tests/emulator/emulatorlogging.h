#pragma once

#include <QLoggingCategory>

// "zoho.emulator": debug output is off unless QT_LOGGING_RULES or --verbose turns it on, so tests stay
// quiet. Never log secrets, grant codes, tokens or query strings (they carry all of those).
Q_DECLARE_LOGGING_CATEGORY(lcEmulator)
