#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace ed::emu {

struct GeneratedCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString certificateFile; // PEM written for clients to trust (--ca-file)
    QString error;

    explicit operator bool() const { return error.isEmpty(); }
};

// A fresh self-signed certificate (RSA 2048, SHA-256, one year) for CN=localhost with the subject
// alternative names DNS:localhost and IP:127.0.0.1, written as PEM into `directory` (a new
// temporary directory when empty). The private key stays in memory.
GeneratedCertificate makeSelfSignedCertificate(const QString &directory);

} // namespace ed::emu
