#pragma once

#include "Expected.h"

#include <QString>

namespace ed {

// Extra trusted certificate authorities (--ca-file): a corporate TLS-inspecting proxy, or the
// emulator's self-signed certificate. Adds them to Qt's default TLS configuration, so every
// request of the process (Graph and sign-in) trusts them on top of the system store.
class TlsTrust final
{
public:
    // Returns the number of CA certificates added, or why none could be.
    static Expected<int> addCaFile(const QString &path);
};

} // namespace ed
