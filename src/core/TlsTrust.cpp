#include "TlsTrust.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

namespace ed {

using namespace Qt::StringLiterals;

Expected<int> TlsTrust::addCaFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{u"The CA file %1 does not exist."_s.arg(path)};
    if (!info.isFile() || !info.isReadable())
        return Error{u"The CA file %1 cannot be read."_s.arg(path)};
    constexpr qint64 maxBytes = qint64(16) * 1024 * 1024;
    if (info.size() > maxBytes)
        return Error{u"The CA file %1 is larger than 16 MiB; it is not a certificate bundle."_s.arg(path)};
    if (!QSslSocket::supportsSsl())
        return Error{
                u"No TLS backend is available (%1), so --ca-file cannot be used."_s.arg(QSslSocket::activeBackend())};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"The CA file %1 cannot be read: %2"_s.arg(path, file.errorString())};
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (certificates.isEmpty())
        return Error{u"The CA file %1 holds no PEM or DER certificate."_s.arg(path)};

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    for (const QSslCertificate &certificate : std::as_const(certificates))
        qCInfo(lcApp) << "Trusting extra CA" << certificate.subjectDisplayName() << "expires"
                      << certificate.expiryDate().toString(Qt::ISODate);
    return static_cast<int>(certificates.size());
}

} // namespace ed
